// Public surface of core/language: the victim-blaming lexicon and checker (issue 4, part 1).
export { analyseText, type NoteAnalysis } from './analyse.ts';
export { checkLanguage, checkLanguageTokens } from './check.ts';
export { checkLanguageWithClassifier, suggestLanguage } from './classifier.ts';
export { LEXICON } from './lexicon.ts';
export { LEXICON_BY_ID } from './lexicon-index.ts';
export { LANGUAGE_SOURCES, type LanguageSourceKey } from './sources.ts';
export * from './types.ts';
