import type { suggestIndicators } from '../core/text/indicator-classifier.ts';
import { contextFields } from '../core/text/context-fields.ts';
import { findIndicators } from '../core/text/indicators.ts';

// `lantern indicators`: the indicator spotter without a database, loading only the spotter (the language checker's
// lexicons are not needed). Offsets are UTF-16 code units, as the browser counts them.

/**
 * The year a note is read as written in: its date (`--date YYYY-MM-DD`, as a review reads each row by its own date), or
 * now. A sign placed in an earlier year is historical.
 */
export const indicatorsJson = (text: string, currentYear: number = new Date().getFullYear(), opts: { suggest?: typeof suggestIndicators } = {}) => {
  const found = findIndicators(text, { currentYear });
  // The sentence classifier's possible signs (core/text/indicator-classifier.ts; on unless `--no-classifier`), passed in
  // so that the spotter alone does not load the model: each with `possible: true`, where the spotter found nothing of that
  // category in the sentence.
  const possible = opts.suggest ? opts.suggest(text, found, { currentYear }) : [];
  return {
    indicators: [...found, ...possible]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((f) => ({
        code: f.code,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        ...contextFields(f),
        ...('possible' in f ? { possible: true as const } : {}),
      })),
  };
};
