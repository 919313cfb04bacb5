import type { ContextOptions } from '../text/context.ts';
import { findIndicatorsInArrays, type IndicatorFinding } from '../text/indicators.ts';
import { newTokenArrays, quoteSpans, scanText } from '../text/tokenize.ts';
import { checkLanguageArrays } from './check.ts';
import type { LanguageFinding } from './types.ts';

// The combined fast path for one note (the review command, the benchmark, the live hints): one scan of the text into
// token arrays with vocabulary ids (core/text/tokenize.ts `scanText`), then the indicator matcher with ConText and the
// language lexicon over the same arrays. No Token objects are built; ConText runs only for sentences with an indicator,
// and quoted spans are computed only when there is a language finding. Same findings as `findIndicators(text, opts)`
// and `checkLanguage(text)` (differential test in analyse.test.ts).

export type NoteAnalysis = { language: LanguageFinding[]; indicators: IndicatorFinding[] };

const SCRATCH = newTokenArrays(1024);

export function analyseText(text: string, opts: ContextOptions = {}): NoteAnalysis {
  const ta = scanText(text, SCRATCH);
  return { indicators: findIndicatorsInArrays(text, ta, opts), language: checkLanguageArrays(text, ta, () => quoteSpans(text)) };
}
