import { LANGUAGE_CATEGORIES, LANGUAGE_CATEGORY_KEYS, type LanguageCategory, type LexiconEntry } from './types.ts';

// The language guide (issue 4: the lexicon is data, each entry with why the wording harms, child-centred alternatives
// that keep the risk explicit, and its source): every entry of the lexicon as a practitioner reads it, by category.

/**
 * Wording a pattern matches, written out: the first alternative of each slot, optional slots left out, any one word
 * as "…" and a word prefix with "…" ("choose|chooses|chose to [go]" gives "choose to"; "promiscu*" gives "promiscu…").
 */
export function patternExample(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .filter((slot) => !slot.startsWith('['))
    .map((slot) => slot.split('|')[0]!.replace(/\*$/, '…'))
    .join(' ');
}

export type GuideEntry = { id: string; examples: string[]; explanation: string; alternatives: readonly string[]; source: string };
export type GuideSection = { category: LanguageCategory; label: string; entries: GuideEntry[] };

/** The guide's sections (the category order), up to `examples` distinct wordings per entry, narrowed by `query`. */
export function languageGuide(lexicon: readonly (LexiconEntry & { sourceTitle: string })[], query = '', examples = 3): GuideSection[] {
  const q = query.trim().toLowerCase();
  return LANGUAGE_CATEGORY_KEYS.map((category) => ({
    category,
    label: LANGUAGE_CATEGORIES[category].label,
    entries: lexicon
      .filter((e) => e.category === category)
      .map((e) => ({
        id: e.id,
        examples: [...new Set(e.patterns.map(patternExample))].slice(0, examples),
        explanation: e.explanation,
        alternatives: e.alternatives,
        source: e.sourceTitle,
      }))
      .filter((e) => !q || [...e.examples, e.explanation, ...e.alternatives].some((s) => s.toLowerCase().includes(q))),
  }));
}
