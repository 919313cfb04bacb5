import { describe, expect, it } from 'vitest';
import { answerHolds, answersFromSigns, mergeAnswer, scores, signTime, type SpottedSign, whenOf } from './from-text.ts';

describe('signs from a note against the answers a screening already has', () => {
  it.each([
    [{ status: 'present', when: 'current' }, 'current', true],
    [{ status: 'present', when: 'both' }, 'current', true],
    [{ status: 'present', when: null }, 'current', true],
    [{ status: 'present', when: 'past' }, 'past', true],
    // A past answer does not hold a current sign, nor a current answer a past one; an absent answer holds nothing.
    [{ status: 'present', when: 'past' }, 'current', false],
    [{ status: 'present', when: 'current' }, 'past', false],
    [{ status: 'absent', when: null }, 'current', false],
    [undefined, 'current', false],
  ] as const)('answer %o holds a sign of time %s: %s', (answer, when, holds) => {
    expect(answerHolds(answer, when)).toBe(holds);
  });

  it('merges a current sign into a past answer as both, keeping both pieces of evidence once', () => {
    const fresh = { code: 'am_missing', status: 'present', when: 'current', evidence: 'Went missing on Friday.' } as const;
    expect(mergeAnswer({ status: 'present', when: 'past', evidence: 'Missing twice in 2024' }, fresh)).toEqual({
      code: 'am_missing',
      status: 'present',
      when: 'both',
      evidence: 'Missing twice in 2024 | Went missing on Friday.',
    });
    expect(mergeAnswer({ status: 'present', when: 'current', evidence: 'Went missing on Friday.' }, fresh)).toMatchObject({
      when: 'current',
      evidence: 'Went missing on Friday.',
    });
    // Nothing present before: the new answer as it is.
    expect(mergeAnswer({ status: 'absent', when: null, evidence: null }, fresh)).toBe(fresh);
    expect(mergeAnswer(undefined, fresh)).toBe(fresh);
  });
});

describe('which spotted signs a screening scores', () => {
  const sign = { text: 'x', negated: false, hypothetical: false, historical: false } as const;
  it.each([
    [{ code: 'ad_drug_use', category: 'alcohol_drugs', experiencer: 'child' }, true],
    // About someone else: only when the indicator itself is about those people (the family, the child's friends).
    [{ code: 'ad_drug_use', category: 'alcohol_drugs', experiencer: 'other' }, false],
    [{ code: 'fa_parental_substance_misuse', category: 'familial', experiencer: 'other' }, true],
    [{ code: 'go_peers_exploited', category: 'gangs_older_crime', experiencer: 'other' }, true],
    [{ code: 'go_arrests', category: 'gangs_older_crime', experiencer: 'other' }, false],
  ] as const)('%o: %s', (s, scored) => {
    expect(scores({ ...sign, ...s })).toBe(scored);
    expect(scores({ ...sign, ...s, negated: true })).toBe(false);
    expect(scores({ ...sign, ...s, hypothetical: true })).toBe(false);
  });
});

// Today 2 December 2026: SERAF's current is the last 6 months (from 2 June 2026), past 6 to 12 months (from 2 December 2025).
describe('when a sign happened, from the entry’s date', () => {
  const today = '2026-12-02';
  it.each([
    ['2026-12-02', false, 'current'],
    ['2026-06-02', false, 'current'],
    ['2026-11-20', true, 'earlier'],
    ['2026-06-01', false, 'past'],
    ['2025-12-20', false, 'past'],
    ['2025-12-02', true, 'past'],
    ['2025-12-01', false, 'older'],
    ['2024-01-10', false, 'older'],
  ] as const)('an entry dated %s (historical in the note: %s) is %s', (entryDate, historical, time) => {
    expect(signTime({ historical }, entryDate, today)).toBe(time);
    expect(whenOf(time)).toBe(time === 'current' ? 'current' : 'past');
  });

  it('scores signs by the time given, and by the note’s own reading without one', () => {
    const s = (code: string, historical: boolean): SpottedSign => ({
      code,
      category: 'x',
      text: code,
      negated: false,
      hypothetical: false,
      historical,
      experiencer: 'child',
    });
    const signs = [s('am_missing', false), s('am_missing', true), s('gi_new_phone', false)];
    expect(answersFromSigns(signs).map((a) => [a.code, a.when])).toEqual([
      ['am_missing', 'both'],
      ['gi_new_phone', 'current'],
    ]);
    // An old entry: every sign is past, whatever the note says.
    expect(answersFromSigns(signs, undefined, (x) => whenOf(signTime(x, '2024-01-10', today))).map((a) => a.when)).toEqual(['past', 'past']);
  });
});
