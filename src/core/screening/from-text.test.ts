import { describe, expect, it } from 'vitest';
import { answerHolds, mergeAnswer, scores } from './from-text.ts';

describe('signs from a note against the answers a screening already has', () => {
  it.each([
    [{ status: 'present', when: 'current' }, false, true],
    [{ status: 'present', when: 'both' }, false, true],
    [{ status: 'present', when: null }, false, true],
    [{ status: 'present', when: 'past' }, true, true],
    // A past answer does not hold a current sign, nor a current answer a past one; an absent answer holds nothing.
    [{ status: 'present', when: 'past' }, false, false],
    [{ status: 'present', when: 'current' }, true, false],
    [{ status: 'absent', when: null }, false, false],
    [undefined, false, false],
  ] as const)('answer %o holds a sign (historical %s): %s', (answer, historical, holds) => {
    expect(answerHolds(answer, { historical })).toBe(holds);
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
