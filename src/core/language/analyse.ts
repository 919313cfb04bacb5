import type { ContextOptions } from '../text/context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from '../text/indicator-phrases.ts';
import { findIndicatorsInArrays, type IndicatorFinding } from '../text/indicators.ts';
import { compilePatterns, type PhraseMatch } from '../text/matcher.ts';
import { newTokenArrays, quoteSpans, scanText } from '../text/tokenize.ts';
import { checkLanguageArrays, LEXICON_PATTERNS } from './check.ts';
import type { LanguageFinding } from './types.ts';
import { warmUp } from './warm-up.ts';

// The combined fast path for one note (the review command, the benchmark, the live hints): one scan of the text into
// token arrays with vocabulary ids (core/text/tokenize.ts `scanText`), then ONE trie of the indicator phrases and the
// language lexicon together over the arrays (each token is looked up once, not once per matcher), its matches split
// between the two checkers. No Token objects are built; ConText runs only for sentences with an indicator, and quoted
// spans are computed only when there is a language finding. Same findings as `findIndicators(text, opts)` and
// `checkLanguage(text)` (differential test in analyse.test.ts).

export type NoteAnalysis = { language: LanguageFinding[]; indicators: IndicatorFinding[] };

// Entries 0 .. N_INDICATORS - 1 are the indicator phrases, the rest the lexicon entries, in LEXICON_PATTERNS order.
const N_INDICATORS = INDICATOR_PHRASES.length;
const COMBINED = compilePatterns<number>([
  ...INDICATOR_PHRASES.map((indicator, i) => ({ patterns: indicator.patterns, value: i })),
  ...LEXICON_PATTERNS.map((e, i) => ({ patterns: e.patterns, value: N_INDICATORS + i })),
]);
const LEXICON_VALUES = LEXICON_PATTERNS.map((e) => e.value);

const SCRATCH = newTokenArrays(1024);

let warmedUp = false;

export function analyseText(text: string, opts: ContextOptions = {}): NoteAnalysis {
  if (!warmedUp) {
    warmedUp = true;
    warmUp(analyseText);
  }
  const ta = scanText(text, SCRATCH);
  // The matcher's triples (entry, startToken, endToken) become one match object each, for the checker they belong to.
  const count = COMBINED.matchTriples(ta, 0, ta.n);
  const triples = COMBINED.triples;
  const starts = ta.start;
  const ends = ta.end;
  let indicatorMatches: PhraseMatch<IndicatorPhraseEntry>[] | null = null;
  let lexiconMatches: PhraseMatch<number>[] | null = null;
  for (let k = 0; k < 3 * count; k += 3) {
    const entry = triples[k]!;
    const startToken = triples[k + 1]!;
    const endToken = triples[k + 2]!;
    const start = starts[startToken]!;
    const end = ends[endToken - 1]!;
    if (entry < N_INDICATORS) (indicatorMatches ??= []).push({ value: INDICATOR_PHRASES[entry]!, startToken, endToken, start, end });
    else (lexiconMatches ??= []).push({ value: LEXICON_VALUES[entry - N_INDICATORS]!, startToken, endToken, start, end });
  }
  return {
    indicators: indicatorMatches === null ? [] : findIndicatorsInArrays(text, ta, opts, undefined, indicatorMatches),
    language: lexiconMatches === null ? [] : checkLanguageArrays(text, ta, () => quoteSpans(text), lexiconMatches),
  };
}
