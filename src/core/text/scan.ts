import type { ContextOptions } from './context.ts';
import { findIndicatorsInTokens, type IndicatorFinding } from './indicators.ts';
import type { PhraseMatch, PhraseMatcher } from './matcher.ts';
import { quoteSpans, tokenize, type Token } from './tokenize.ts';

export type ScanResult<E> = {
  tokens: Token[];
  indicators: IndicatorFinding[];
  extra: PhraseMatch<E>[]; // matches of the caller's matcher (e.g. the language lexicon), on the same tokens
  quotes: [number, number][];
};

/** One tokenization for every checker: indicators, an optional extra matcher, and the quoted spans. */
export function scan<E = never>(text: string, extra?: PhraseMatcher<E>, opts: ContextOptions = {}): ScanResult<E> {
  const tokens = tokenize(text);
  return {
    tokens,
    indicators: findIndicatorsInTokens(text, tokens, opts),
    extra: extra ? extra.match(tokens) : [],
    quotes: quoteSpans(text),
  };
}
