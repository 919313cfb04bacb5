import { findIndicators } from '../core/text/indicators.ts';

// `lantern indicators`: the indicator spotter without a database, loading only the spotter (the language checker's
// lexicons are not needed). Offsets are UTF-16 code units, as the browser counts them.

/**
 * The year a note is read as written in: its date (`--date YYYY-MM-DD`, as a review reads each row by its own date), or
 * now. A sign placed in an earlier year is historical.
 */
export const indicatorsJson = (text: string, currentYear: number = new Date().getFullYear()) => ({
  indicators: findIndicators(text, { currentYear }).map((f) => ({
    code: f.code,
    category: f.category,
    start: f.start,
    end: f.end,
    text: f.text,
    negated: f.negated,
    hypothetical: f.hypothetical,
    historical: f.historical,
    experiencer: f.experiencer,
  })),
});
