// Name normalisation and nickname keys for tolerant person search.
// The database adds trigram and Double Metaphone matching; this module makes sure both sides of a
// comparison are in one form first, and that "Jon", "Johnny" and "John" share a key.
import { NICKNAME_GROUPS } from './nicknames.js';

// Apostrophes and their look-alikes join the parts of a name ("O'Neill" -> "oneill", "D’Souza"
// -> "dsouza"), because records spell the same surname with and without them. Includes the
// modifier letters used in Arabic romanisation for ʿayn/hamza ("Saʿid") and the Catalan middle dot.
// ´ (U+00B4) must go before NFKD, which would turn it into a space plus a combining accent.
const JOINING_PUNCTUATION = /['`´·ʹʻʼʽʾʿ′‘’‛＇]/gu;

// Invisible format characters (soft hyphen, zero-width joiners, bidi marks) sit inside names
// pasted from documents; they are removed, not turned into spaces.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

// Combining marks left after compatibility decomposition: accents on Latin letters, harakat in
// Arabic script. Removing them lets "Zoë" find "Zoe" (Unicode UAX #15, NFKD).
const COMBINING_MARKS = /\p{M}/gu;

// Letters that are not decomposed by Unicode normalisation, so NFKD cannot strip their "accent".
const UNDECOMPOSABLE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ł', 'l'], // Polish: Łukasz
  ['ø', 'o'], // Danish, Norwegian: Søren
  ['ß', 'ss'], // German: Strauß
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['đ', 'd'], // Croatian, Serbian Latin, Vietnamese
  ['ð', 'd'], // Icelandic, Faroese
  ['þ', 'th'], // Icelandic
  ['ħ', 'h'], // Maltese
  ['ı', 'i'], // Turkish dotless i
  ['ŧ', 't'], // Sámi
]);
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${[...UNDECOMPOSABLE_LETTERS.keys()].join('')}]`, 'gu');

// Anything else that is not a letter or digit (hyphens, dots, commas, brackets, spaces)
// separates words: "Smith-Jones" -> "smith jones".
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Lowercase, strip accents, drop apostrophes, turn other punctuation into single spaces, trim.
 * "O'Neill" -> "oneill", "Smith-Jones" -> "smith jones", "Zoë" -> "zoe", "Łukasz" -> "lukasz".
 * Letters of other scripts are kept (lowercased, marks removed); transliteration is out of scope.
 */
export function normaliseName(s: string): string {
  return (
    s
      .replace(JOINING_PUNCTUATION, '')
      // NFKD also folds compatibility forms (full-width letters, ligatures such as "ﬁ").
      // Lowercase between two decompositions: some capitals lowercase to a letter plus a
      // combining mark (İ -> i + U+0307), and some compatibility letters decompose to capitals.
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(FORMAT_CHARACTERS, '')
      .replace(JOINING_PUNCTUATION, '')
      .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE_LETTERS.get(letter) ?? letter)
      .replace(WORD_SEPARATORS, ' ')
      .trim()
  );
}

/** The normalised words of a name, in order. */
export function nameTokens(full: string): string[] {
  const normalised = normaliseName(full);
  return normalised === '' ? [] : normalised.split(' ');
}

const GROUP_KEY_PREFIX = 'grp:';
// A group entry written as two or three words ("Abdul Rahman", "Abd al-Rahman") is matched
// against that many adjacent words of the given name, with the spaces removed.
const MAX_WORDS_PER_ENTRY = 3;

function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}

// Built once from static data: compacted entry -> keys of every group containing it.
const GROUP_KEYS_BY_ENTRY: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const group of NICKNAME_GROUPS) {
    const first = group[0];
    if (first === undefined) continue;
    const key = `${GROUP_KEY_PREFIX}${compact(normaliseName(first))}`;
    for (const entry of group) {
      const form = compact(normaliseName(entry));
      if (form === '') continue;
      const keys = index.get(form);
      if (keys === undefined) index.set(form, [key]);
      else if (!keys.includes(key)) keys.push(key);
    }
  }
  return index;
})();

/**
 * Search keys for a given name: each normalised word, plus "grp:<canonical>" for every nickname
 * group a word (or 2–3 adjacent words run together) belongs to. Sorted and de-duplicated, so two
 * given names may refer to the same person's name when their key sets intersect.
 * givenNameKeys("Jon") -> ["grp:john", "grp:jonathan", "jon"].
 */
export function givenNameKeys(given: string): string[] {
  const words = nameTokens(given);
  const keys = new Set<string>(words);
  for (let start = 0; start < words.length; start += 1) {
    for (let size = 1; size <= MAX_WORDS_PER_ENTRY && start + size <= words.length; size += 1) {
      const form = words.slice(start, start + size).join('');
      for (const key of GROUP_KEYS_BY_ENTRY.get(form) ?? []) keys.add(key);
    }
  }
  return [...keys].sort();
}

/** True when two given names share a search key (same word, or same nickname group). */
export function givenNamesShareKey(a: string, b: string): boolean {
  const keysOfA = new Set(givenNameKeys(a));
  return givenNameKeys(b).some((key) => keysOfA.has(key));
}

export type SearchableName = { normalised: string; givenNormalised: string; givenKeys: string[]; familyNormalised: string };

// The stored search forms of one name (full, given, nickname-group keys, family), used by every writer of names.
export function searchableName(given: string, family: string): SearchableName {
  return {
    normalised: normaliseName(`${given} ${family}`),
    givenNormalised: normaliseName(given),
    givenKeys: givenNameKeys(given),
    familyNormalised: normaliseName(family),
  };
}
