import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

// OWASP ASVS 2.1.7 (refuse breached and common passwords) and 2.1.8 (help the user choose a strong one), with zxcvbn:
// tens of thousands of passwords common in breaches, names and words, and the patterns crackers try first (keyboard
// runs, dates, repeats, l33t). Score 3 or more means about 10^10 guesses or more (zxcvbn: "safely unguessable"), which
// a slow password hash (argon2id here) puts out of reach of an offline attack. No composition rules (ASVS 2.1.9).
export const MIN_SCORE = 3;

let checker: ZxcvbnFactory | null = null;
// The dictionaries take a moment to index, so they are loaded on first use rather than at start-up.
const zxcvbn = (): ZxcvbnFactory =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // Bounded work per check: unbounded, a 128-character password of symbols took seconds (l33t substitutions
    // multiply). Two substitutions still catch "p@ssw0rd"-style passwords, and 64 characters that are hard to guess
    // make the whole password hard to guess. Measured here: under 50 ms at the median for any 128 characters.
    maxLength: 64,
    l33tMaxSubstitutions: 2,
  }));

/** Why the password is too easy to guess, in words for the person choosing it; null when it is strong enough. */
export function passwordWeakness(password: string): string | null {
  const { score, feedback } = zxcvbn().check(password);
  if (score >= MIN_SCORE) return null;
  const why = feedback.warning ?? 'It would be easy to guess.';
  const tip = feedback.suggestions[0] ?? 'Use a few words that are not common, or a longer passphrase.';
  return `Choose a password that is harder to guess. ${why} ${tip}`;
}
