import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { checkLanguage } from '../core/language/check.ts';
import { checkLanguageWithClassifier } from '../core/language/classifier.ts';
import { assess } from '../core/screening/assess.ts';
import { answersFromSigns } from '../core/screening/from-text.ts';
import { MAX_SCREENING_AGE } from '../core/screening/validate.ts';
import { GENDERS } from '../core/records/vocab.ts';
import { findIndicators } from '../core/text/indicators.ts';

// `lantern check-language`, `lantern indicators` and `lantern triage`: the note checks without a database.
// Offsets are UTF-16 code units of the input, as the browser counts them.

// With the sentence classifier's possible findings (core/language/classifier.ts), each with `possible: true`, unless
// `classifier: false`: the same check as the note editor's (services/notes.ts analyseText).
export type LanguageOptions = { classifier?: boolean };
export const languageJson = (text: string, opts: LanguageOptions = {}) => ({
  findings: (opts.classifier === false ? checkLanguage(text) : checkLanguageWithClassifier(text)).map((f) => ({
    start: f.start,
    end: f.end,
    text: f.text,
    category: f.category,
    explanation: f.explanation,
    alternatives: f.alternatives,
    source: f.source,
    quoted: f.quoted,
    ...(f.possible ? { possible: true as const } : {}),
  })),
});

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

export function triageJson(text: string, ageRaw: string, genderRaw: string | undefined, opts: LanguageOptions & { year?: number } = {}) {
  const age = Number(ageRaw);
  if (!/^\d+$/.test(ageRaw.trim()) || age > MAX_SCREENING_AGE)
    throw new ValidationError({ age: `Give the age as a whole number from 0 to ${MAX_SCREENING_AGE}` });
  if (genderRaw !== undefined && !Object.hasOwn(GENDERS, genderRaw))
    throw new ValidationError({ gender: `Gender must be one of: ${Object.keys(GENDERS).join(', ')}` });
  const language = languageJson(text, opts);
  const { indicators } = indicatorsJson(text, opts.year);
  const result = assess(CURRENT_FRAMEWORK, { age, answers: answersFromSigns(indicators) });
  return {
    language,
    indicators,
    screening: {
      framework: result.framework,
      score: result.score,
      level: result.level,
      hardRules: result.hardRules,
      reasons: result.reasons,
      requiredActions: result.requiredActions,
      londonCategory: result.londonCategory,
    },
  };
}
