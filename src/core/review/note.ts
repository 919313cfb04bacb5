import { analyserWith } from '../language/analyse.ts';
import type { ContextOptions } from '../text/context.ts';
import type { LanguageCategory } from '../language/types.ts';
import { scores } from '../screening/from-text.ts';
import type { suggestIndicators } from '../text/indicator-classifier.ts';
import { REFERRAL_ENTRIES, referralsInTriples } from './referrals.ts';

// One note reduced to the compact facts a retrospective review keeps (issue 4 §4). The note's text is dropped after
// this: a 1,000,000-note review must stay well under 1 GiB, so only codes, flags and short interned phrases survive.

// `possible`: the indicator classifier's reading of a sentence where the spotter found nothing of that category
// (core/text/indicator-classifier.ts; right 24 times in 27 on the blind fresh33 set, test/fixtures/eval/RESULTS.md
// session 20): shown for a reviewer to check, never scored, as on the note's check page.
export const NOT_SCORED_REASONS = {
  negated: 'negated',
  hypothetical: 'hypothetical or possible',
  other: 'about someone else',
  possible: 'possible: the classifier’s reading of the sentence',
} as const;
export type NotScoredReason = keyof typeof NOT_SCORED_REASONS;

export type ScoredSign = { code: string; historical: boolean };
export type ShownSign = { code: string; reason: NotScoredReason };
export type LanguageHit = { entryId: string; category: LanguageCategory; phrase: string; quoted: boolean };

export type NoteFacts = {
  scored: readonly ScoredSign[]; // count in a screening (from-text.ts `scores`)
  shown: readonly ShownSign[]; // found but never scored
  language: readonly LanguageHit[];
  referrals: readonly string[]; // referral phrase ids (referrals.ts)
};

const NONE: readonly never[] = Object.freeze([]);

/**
 * Interns the short strings that outlive a note (phrases), so that a million notes share a few thousand strings and no
 * kept string is a slice that would pin the whole note in memory.
 */
export class Interner {
  private readonly seen = new Map<string, string>();
  get size(): number {
    return this.seen.size;
  }
  intern(s: string): string {
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit;
    // split/join builds a fresh flat string: a substring of the note would keep the note alive.
    const own = s.split('').join('');
    this.seen.set(own, own);
    return own;
  }
}

// Lowercase, runs of white space as one space, trimmed. Most phrases are already so (plain lowercase ASCII words with
// single spaces): those are returned as they are, without the three passes and a new string.
function normalisePhrase(s: string): string {
  const n = s.length;
  let plain = n > 0 && s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32;
  for (let i = 0; plain && i < n; i++) {
    const c = s.charCodeAt(i);
    // Not ASCII, an upper-case letter, white space other than a space, or a second space in a row.
    if (c >= 128 || (c >= 65 && c <= 90) || (c >= 9 && c <= 13) || (c === 32 && s.charCodeAt(i - 1) === 32)) plain = false;
  }
  return plain ? s : s.toLowerCase().replace(/\s+/g, ' ').trim();
}

// The full analysis (core/language/analyse.ts) with the referral wording in the same matcher.
const ANALYSE = analyserWith(REFERRAL_ENTRIES);

// One options object per year, so that a million notes do not allocate one each.
const YEAR_OPTS = new Map<number, ContextOptions>();
const yearOpts = (year: number): ContextOptions => {
  let o = YEAR_OPTS.get(year);
  if (o === undefined) YEAR_OPTS.set(year, (o = Object.freeze({ currentYear: year })));
  return o;
};

export type SuggestSigns = typeof suggestIndicators;

/**
 * The facts of one note: scored and shown indicators, victim-blaming wording, and referral wording. `year` is the
 * note's own year: a sign placed in an earlier year is historical for that note ("in 2017" in a note of 2019), one in
 * the same year is not.
 * `suggest` (the indicator classifier's suggestIndicators, passed in so that a review without it never loads the model)
 * adds its possible signs, shown and never scored.
 */
export function analyseNote(text: string, interner: Interner, year?: number, suggest?: SuggestSigns): NoteFacts {
  // The one-pass fast path finds signs, wording and referral wording (one matcher: ANALYSE).
  const { analysis, tokens, sentences, triples, count, first } = ANALYSE(text, year === undefined ? undefined : yearOpts(year));
  const refs = referralsInTriples(tokens, sentences, triples, count, first);
  const { indicators, language: found } = analysis;
  let scored: ScoredSign[] | null = null;
  let shown: ShownSign[] | null = null;
  for (const f of indicators) {
    if (scores(f)) (scored ??= []).push({ code: f.code, historical: f.historical });
    else (shown ??= []).push({ code: f.code, reason: f.negated ? 'negated' : f.hypothetical ? 'hypothetical' : 'other' });
  }
  // Only the possible signs that would score if confirmed: a possible sign ruled out or about someone else says little.
  // Asked for (review options `possibleSigns`): the classifier about doubles the time a note takes.
  if (suggest)
    for (const f of suggest(text, indicators, { currentYear: year, tokens })) if (scores(f)) (shown ??= []).push({ code: f.code, reason: 'possible' });
  const language = found.length
    ? found.map((f) => ({ entryId: f.entryId, category: f.category, phrase: interner.intern(normalisePhrase(f.text)), quoted: f.quoted }))
    : NONE;
  return { scored: scored ?? NONE, shown: shown ?? NONE, language, referrals: refs.length ? refs.map((r) => r.id) : NONE };
}
