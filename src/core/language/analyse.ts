import { type ContextCache, type ContextOptions, newContextCache, TRIGGER_PATTERNS } from '../text/context.ts';
import { INDICATOR_PHRASES } from '../text/indicator-phrases.ts';
import { addCueHit, beginPrefill, endPrefill } from '../text/cues.ts';
import { findIndicatorsInTriples, INDICATOR_CUES, type IndicatorFinding } from '../text/indicators.ts';
import { compilePatterns, type RangePhraseMatcher } from '../text/matcher.ts';
import { newTokenArrays, scanText, type TokenArrays } from '../text/tokenize.ts';
import { checkLanguageTriples, LANGUAGE_CUE_SETS, LEXICON_PATTERNS } from './check.ts';
import type { LanguageFinding } from './types.ts';
import { warmUp } from './warm-up.ts';

// The combined fast path for one note (the review command, the benchmark, the live hints): one scan of the text into
// token arrays with vocabulary ids (core/text/tokenize.ts `scanText`), then ONE trie of the indicator phrases and the
// language lexicon together over the arrays (each token is looked up once, not once per matcher), its matches split
// between the two checkers. No Token objects are built; ConText runs only for sentences with an indicator, and quoted
// spans are computed only when there is a language finding. Same findings as `findIndicators(text, opts)` and
// `checkLanguage(text)` (differential test in analyse.test.ts).

export type NoteAnalysis = { language: LanguageFinding[]; indicators: IndicatorFinding[] };

// Entries 0 .. N_INDICATORS - 1 are the indicator phrases, then the lexicon entries in LEXICON_PATTERNS order, then the
// ConText triggers in TRIGGER_PATTERNS order (so that ConText does not walk a sentence's tokens a second time).
const N_INDICATORS = INDICATOR_PHRASES.length;
const FIRST_TRIGGER = N_INDICATORS + LEXICON_PATTERNS.length;
// Then the phrase cues of the cue sets that the checkers look for around their candidates (cues.ts), so that their hits
// come from this walk too, not from a second matcher over the candidates' windows.
const FIRST_CUE = FIRST_TRIGGER + TRIGGER_PATTERNS.length;
const CUE_SETS = [INDICATOR_CUES, ...LANGUAGE_CUE_SETS];
// By cue entry - FIRST_CUE: its cue set (index in CUE_SETS) and its cue index in that set.
const CUE_SET_OF = Int32Array.from(CUE_SETS.flatMap((cues, k) => cues.phraseCues.map(() => k)));
const CUE_OF = Int32Array.from(CUE_SETS.flatMap((cues) => cues.phraseCues.map((c) => c.value)));
const CUE_ENTRIES = CUE_SETS.flatMap((cues) => cues.phraseCues);
// A caller's own patterns (analyserWith) come last.
const FIRST_EXTRA = FIRST_CUE + CUE_ENTRIES.length;
const combined = (extra: readonly { patterns: readonly string[] }[]): RangePhraseMatcher<number> =>
  compilePatterns<number>([
    ...INDICATOR_PHRASES.map((indicator, i) => ({ patterns: indicator.patterns, value: i })),
    ...LEXICON_PATTERNS.map((e, i) => ({ patterns: e.patterns, value: N_INDICATORS + i })),
    ...TRIGGER_PATTERNS.map((t, i) => ({ patterns: t.patterns, value: FIRST_TRIGGER + i })),
    ...CUE_ENTRIES.map((c, i) => ({ patterns: c.patterns, value: FIRST_CUE + i })),
    ...extra.map((e, i) => ({ patterns: e.patterns, value: FIRST_EXTRA + i })),
  ]);
const COMBINED = combined([]);

const SCRATCH = newTokenArrays(1024);
const SENTENCES = newContextCache();

let warmedUp = false;

// The default options, shared: a `= {}` default would allocate an object per note (opts is only read).
const NO_OPTS: ContextOptions = Object.freeze({});

export function analyseText(text: string, opts: ContextOptions = NO_OPTS): NoteAnalysis {
  return analyseScanned(text, opts, COMBINED);
}

/**
 * analyseText, and the note's token arrays (reused: valid until the next call), so that a caller with a matcher of its
 * own (the review's referral wording) runs it on them instead of scanning the note again, with the scan's ConText cache
 * (`sentences`, valid as long as the arrays).
 */
export function analyseTextTokens(text: string, opts: ContextOptions = NO_OPTS): { analysis: NoteAnalysis; tokens: TokenArrays; sentences: ContextCache } {
  return { analysis: analyseScanned(text, opts, COMBINED), tokens: SCRATCH, sentences: SENTENCES };
}

/**
 * What an analyser of `analyserWith` returns: the analysis, the note's token arrays and ConText cache (as
 * analyseTextTokens), and the matches of the caller's patterns among the matcher's `count` triples (entry, startToken,
 * endToken): entry `first + k` is the caller's k-th entry (other entries are the analysis's own). All valid until the
 * next call.
 */
export type ExtraAnalysis = {
  analysis: NoteAnalysis;
  tokens: TokenArrays;
  sentences: ContextCache;
  triples: readonly number[];
  count: number;
  first: number;
};

/**
 * analyseTextTokens with more patterns (entries of the core/text/matcher.ts grammar) in the same matcher, so that a
 * caller with wording of its own (the review's referrals) does not walk the note a second time. The patterns are parsed
 * when this is called; the matcher's automaton is built on the first note (matcher.ts).
 */
export function analyserWith(extra: readonly { patterns: readonly string[] }[]): (text: string, opts?: ContextOptions) => ExtraAnalysis {
  const matcher = combined(extra);
  return (text, opts = NO_OPTS) => {
    const analysis = analyseScanned(text, opts, matcher);
    return { analysis, tokens: SCRATCH, sentences: SENTENCES, triples: matcher.triples, count: SENTENCES.count, first: FIRST_EXTRA };
  };
}

/**
 * Only the first two steps of analyseText: the scan and the one matcher walk, without ConText, cues or the checkers'
 * decisions. Returns the number of matches. For the benchmark's rows on where the time goes (bench/notes.ts).
 */
export function scanAndMatch(text: string): number {
  const ta = scanText(text, SCRATCH);
  return COMBINED.matchTriples(ta, 0, ta.n);
}

// The analysis itself, into SCRATCH (analyseText does not build the wrapper object of analyseTextTokens).
function analyseScanned(text: string, opts: ContextOptions, matcher: RangePhraseMatcher<number>): NoteAnalysis {
  if (!warmedUp) {
    warmedUp = true;
    warmUp(analyseText);
  }
  const ta = scanText(text, SCRATCH);
  // A sentence's ConText analysis depends only on the tokens: one cache per scan, handed on by analyseTextTokens.
  SENTENCES.sentence = -1;
  SENTENCES.last = null;
  SENTENCES.others = null;
  // Both checkers and ConText read the matcher's triples (entry, startToken, endToken) directly.
  const count = matcher.matchTriples(ta, 0, ta.n);
  const triples = matcher.triples;
  SENTENCES.triples = triples;
  SENTENCES.count = count;
  SENTENCES.first = FIRST_TRIGGER;
  for (let k = 0; k < CUE_SETS.length; k++) beginPrefill(CUE_SETS[k]!);
  for (let k = 0; k < 3 * count; k += 3) {
    const cue = triples[k]! - FIRST_CUE;
    if (cue >= 0 && cue < CUE_OF.length) addCueHit(CUE_SETS[CUE_SET_OF[cue]!]!, CUE_OF[cue]!, triples[k + 1]!, triples[k + 2]!);
  }
  try {
    return {
      indicators: findIndicatorsInTriples(text, ta, opts, triples, count, SENTENCES),
      language: checkLanguageTriples(text, ta, triples, count, N_INDICATORS, null, SENTENCES),
    };
  } finally {
    for (let k = 0; k < CUE_SETS.length; k++) endPrefill(CUE_SETS[k]!);
  }
}
