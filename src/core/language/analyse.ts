import type { ContextOptions } from '../text/context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from '../text/indicator-phrases.ts';
import { findIndicatorsInArrays, type IndicatorFinding } from '../text/indicators.ts';
import { compilePatterns, type PhraseMatch } from '../text/matcher.ts';
import { newTokenArrays, quoteSpans, scanText } from '../text/tokenize.ts';
import { checkLanguageArrays, LEXICON_PATTERNS } from './check.ts';
import type { LanguageFinding } from './types.ts';

// The combined fast path for one note (the review command, the benchmark, the live hints): one scan of the text into
// token arrays with vocabulary ids (core/text/tokenize.ts `scanText`), then ONE trie of the indicator phrases and the
// language lexicon together over the arrays (each token is looked up once, not once per matcher), its matches split
// between the two checkers. No Token objects are built; ConText runs only for sentences with an indicator, and quoted
// spans are computed only when there is a language finding. Same findings as `findIndicators(text, opts)` and
// `checkLanguage(text)` (differential test in analyse.test.ts).

export type NoteAnalysis = { language: LanguageFinding[]; indicators: IndicatorFinding[] };

type Tagged = { indicator: IndicatorPhraseEntry; lexicon: -1 } | { indicator: null; lexicon: number };
const COMBINED = compilePatterns<Tagged>([
  ...INDICATOR_PHRASES.map((indicator) => ({ patterns: indicator.patterns, value: { indicator, lexicon: -1 as const } })),
  ...LEXICON_PATTERNS.map((e) => ({ patterns: e.patterns, value: { indicator: null, lexicon: e.value } })),
]);

const SCRATCH = newTokenArrays(1024);

export function analyseText(text: string, opts: ContextOptions = {}): NoteAnalysis {
  const ta = scanText(text, SCRATCH);
  const indicatorMatches: PhraseMatch<IndicatorPhraseEntry>[] = [];
  const lexiconMatches: PhraseMatch<number>[] = [];
  for (const m of COMBINED.matchArrays(ta, 0, ta.n)) {
    const v = m.value;
    if (v.indicator) indicatorMatches.push({ value: v.indicator, startToken: m.startToken, endToken: m.endToken, start: m.start, end: m.end });
    else lexiconMatches.push({ value: v.lexicon, startToken: m.startToken, endToken: m.endToken, start: m.start, end: m.end });
  }
  return {
    indicators: indicatorMatches.length === 0 ? [] : findIndicatorsInArrays(text, ta, opts, undefined, indicatorMatches),
    language: lexiconMatches.length === 0 ? [] : checkLanguageArrays(text, ta, () => quoteSpans(text), lexiconMatches),
  };
}
