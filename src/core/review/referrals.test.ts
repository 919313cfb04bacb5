import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTextTokens } from '../language/analyse.ts';
import { contextOf } from '../text/context.ts';
import { compilePatterns } from '../text/matcher.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { findReferrals, findReferralsInScanned, findReferralsInText, PENDING_CUES, REFERRAL_PHRASES, type ReferralMention } from './referrals.ts';

// findReferralsInText (the review's fast path: scanned token arrays) against the Token-object code it replaced, kept
// here as the reference, on notes built from the referral wording, the pending cues and ConText triggers.

const REFERENCE = compilePatterns<string | null>([
  ...REFERRAL_PHRASES.map((p) => ({ patterns: p.patterns, value: p.id })),
  { patterns: PENDING_CUES, value: null },
]);

function reference(tokens: readonly Token[]): ReferralMention[] {
  const out: ReferralMention[] = [];
  let lastEnd = -1;
  let pendingEnd = -1;
  for (const m of REFERENCE.match(tokens)) {
    if (m.value === null) {
      pendingEnd = Math.max(pendingEnd, m.endToken);
      continue;
    }
    if (m.startToken < lastEnd) continue;
    const sentence = tokens[m.startToken]!.sentence;
    if (pendingEnd > 0 && m.startToken - pendingEnd <= 4 && tokens[pendingEnd - 1]!.sentence === sentence) continue;
    const ctx = contextOf(tokens, m.startToken, m.endToken);
    if (ctx.negated || ctx.hypothetical) continue;
    out.push({ id: m.value, start: m.start, end: m.end });
    lastEnd = m.endToken;
  }
  return out;
}

const PATTERN_WORDS = [...REFERRAL_PHRASES.flatMap((p) => p.patterns), ...PENDING_CUES]
  .flatMap((p) => p.split(/[\s|]+/))
  .map((w) => w.replace(/[[\]*]/g, ''))
  .filter(Boolean);
const OTHER_WORDS = ['no', 'not', 'if', 'may', 'will', 'previously', 'she', 'was', 'the', 'mum', 'today', 'but', 'MASH', 'Police', 'S47', 'NRM'];
const PUNCTUATION = ['.', ',', ';', '?', '\n', '\n\n', ' - ', '"'];

// An instance of a pattern: one alternative of each slot, optional slots in or out.
const instance = (pattern: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      ...pattern.split(' ').map((slot) => {
        const optional = slot.startsWith('[');
        const alts = slot.replace(/[[\]]/g, '').split('|');
        const word = fc.constantFrom(...alts.map((a) => (a === '*' ? 'someone' : a.replace(/\*$/, ''))));
        return optional ? fc.option(word, { nil: '' }) : word;
      }),
    )
    .map((ws) => ws.filter(Boolean).join(' '));
const PATTERNS = [...REFERRAL_PHRASES.flatMap((p) => p.patterns), ...PENDING_CUES];

const note = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PATTERNS).chain(instance) },
      { weight: 3, arbitrary: fc.constantFrom(...PATTERN_WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...OTHER_WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
    ),
    { maxLength: 30 },
  )
  .chain((words) =>
    fc.array(fc.boolean(), { minLength: words.length, maxLength: words.length }).map((caps) => words.map((w, i) => (caps[i] ? w.toUpperCase() : w)).join(' ')),
  );

describe('findReferralsInText', () => {
  it('finds what the Token-object reference finds', () => {
    let found = 0;
    let skipped = 0;
    fc.assert(
      fc.property(note, (text) => {
        const tokens = tokenize(text);
        const want = reference(tokens);
        expect(findReferralsInText(text)).toEqual(want);
        expect(findReferrals(tokens)).toEqual(want);
        // The review's path: the token arrays of the note's analysis, not a second scan.
        expect(findReferralsInScanned(text, analyseTextTokens(text).tokens)).toEqual(want);
        found += want.length;
        if (REFERENCE.match(tokens).some((m) => m.value !== null) && want.length === 0) skipped++;
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many mentions found, and many left out as plans, negations or hypotheses.
    expect(found).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(60);
  });

  it.each([
    ['Referral made to MASH today following the disclosure.', ['referred_to_social_care']],
    ['No referral was made to MASH.', []],
    ['Will make a referral to MASH if she goes missing again.', []],
    ['Seen in clinic for a routine appointment.', []],
  ])('%s', (text, ids) => {
    expect(findReferralsInText(text).map((r) => r.id)).toEqual(ids);
  });
});
