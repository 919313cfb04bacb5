import { checkLanguage } from '../core/language/check.ts';
import { checkLanguageWithClassifier } from '../core/language/classifier.ts';

// `lantern check-language`: the wording check without a database, loading only the language checker (its lexicons
// compile on import; the indicator spotter's are not needed). Offsets are UTF-16 code units, as the browser counts them.

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
