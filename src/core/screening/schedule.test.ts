import { describe, expect, it } from 'vitest';
import type { RiskLevel } from './levels.ts';
import { addMonths, REFERRAL_OUTCOME_WORKING_DAYS, RESCREEN_MONTHS, rescreenDue, workingDaysBefore } from './schedule.ts';

describe('addMonths', () => {
  it.each<[string, number, string]>([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-11-15', 14, '2028-01-15'],
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-06-30', 0, '2026-06-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (on, months, expected) => {
    expect(addMonths(on, months)).toBe(expected);
  });
});

describe('rescreenDue', () => {
  it('is 3 months', () => {
    expect(RESCREEN_MONTHS).toBe(3);
  });

  it.each<[RiskLevel, string, string | null]>([
    ['none', '2026-11-30', null],
    ['low', '2026-11-30', '2027-02-28'],
    ['medium', '2026-11-30', '2027-02-28'],
    ['high', '2026-11-30', '2027-02-28'],
    ['low', '2026-12-31', '2027-03-31'],
    ['high', '2027-11-29', '2028-02-29'],
  ])('%s, completed %s: due %s', (level, on, due) => {
    expect(rescreenDue(level, on)).toBe(due);
  });
});

describe('workingDaysBefore', () => {
  // 2026-12-07 is a Monday; 2026-12-04 a Friday; 2026-12-12 and 13 the weekend.
  it.each<[string, string, number, string]>([
    ['Monday, 5 working days', '2026-12-07T09:30:00.000Z', 5, '2026-11-30T09:30:00.000Z'],
    ['Monday, 1 working day', '2026-12-07T09:30:00.000Z', 1, '2026-12-04T09:30:00.000Z'],
    ['Wednesday, 5 working days', '2026-12-09T15:00:00.000Z', 5, '2026-12-02T15:00:00.000Z'],
    ['Wednesday, 2 working days', '2026-12-09T15:00:00.000Z', 2, '2026-12-07T15:00:00.000Z'],
    ['Saturday, 1 working day', '2026-12-12T10:00:00.000Z', 1, '2026-12-11T10:00:00.000Z'],
    ['Sunday, 1 working day', '2026-12-13T10:00:00.000Z', 1, '2026-12-11T10:00:00.000Z'],
    ['Friday, 10 working days', '2026-12-11T08:00:00.000Z', 10, '2026-11-27T08:00:00.000Z'],
    ['Monday, 0 working days', '2026-12-07T09:30:00.000Z', 0, '2026-12-07T09:30:00.000Z'],
  ])('%s', (_what, now, days, expected) => {
    expect(workingDaysBefore(new Date(now), days).toISOString()).toBe(expected);
  });

  it('from a Monday, the referral outcome deadline is the previous Monday', () => {
    expect(REFERRAL_OUTCOME_WORKING_DAYS).toBe(5);
    const d = workingDaysBefore(new Date('2026-12-07T12:00:00.000Z'), REFERRAL_OUTCOME_WORKING_DAYS);
    expect(d.getUTCDay()).toBe(1);
    expect(d.toISOString()).toBe('2026-11-30T12:00:00.000Z');
  });

  it('does not change the date it is given', () => {
    const now = new Date('2026-12-07T09:30:00.000Z');
    workingDaysBefore(now, 5);
    expect(now.toISOString()).toBe('2026-12-07T09:30:00.000Z');
  });
});
