import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { assess } from '../core/screening/assess.ts';
import { answersFromSigns } from '../core/screening/from-text.ts';
import { MAX_SCREENING_AGE } from '../core/screening/validate.ts';
import { GENDERS } from '../core/records/vocab.ts';
import { suggestIndicators } from '../core/text/indicator-classifier.ts';
import { indicatorsJson } from './text-indicators.ts';
import { type LanguageOptions, languageJson } from './text-language.ts';

// `lantern triage`: the language check, the indicator spotter and a screening on one note, without a database. The
// other two commands load only their own checker (text-language.ts, text-indicators.ts).

export function triageJson(text: string, ageRaw: string, genderRaw: string | undefined, opts: LanguageOptions & { year?: number } = {}) {
  const age = Number(ageRaw);
  if (!/^\d+$/.test(ageRaw.trim()) || age > MAX_SCREENING_AGE)
    throw new ValidationError({ age: `Give the age as a whole number from 0 to ${MAX_SCREENING_AGE}` });
  if (genderRaw !== undefined && !Object.hasOwn(GENDERS, genderRaw))
    throw new ValidationError({ gender: `Gender must be one of: ${Object.keys(GENDERS).join(', ')}` });
  const language = languageJson(text, opts);
  const { indicators } = indicatorsJson(text, opts.year, { suggest: opts.classifier === false ? undefined : suggestIndicators });
  // Possible signs are shown for the practitioner to confirm, never scored: the screening explains itself by the words
  // each sign was found in, which a classifier's reading of a sentence does not give.
  const result = assess(CURRENT_FRAMEWORK, { age, answers: answersFromSigns(indicators.filter((f) => !f.possible)) });
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
