import { describe, expect, it } from 'vitest';
import { answerHolds, mergeAnswer } from './from-text.ts';

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
