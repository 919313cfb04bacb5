import { describe, expect, it } from 'vitest';
import { fromLondonTime, londonDateTime, londonMinuteOfDay, rhiClock, rhiDueAt, toLondonTime } from './rhi-clock.ts';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('the 72-hour due time', () => {
  it.each([
    // A Friday evening return is due on Monday evening: weekends do not pause the clock.
    ['Friday evening (GMT)', '2026-01-09T19:30:00Z', '2026-01-12T19:30:00.000Z', 'Monday 12 January 2026 at 7:30pm GMT'],
    // Spring forward (29 March 2026, 01:00 UTC): 72 real hours later, shown in BST one hour later on the clock.
    ['across spring forward', '2026-03-28T22:00:00Z', '2026-03-31T22:00:00.000Z', 'Tuesday 31 March 2026 at 11:00pm BST'],
    // Autumn back (25 October 2026, 01:00 UTC): shown in GMT, one hour earlier on the clock than at the return.
    ['across autumn back', '2026-10-24T20:00:00Z', '2026-10-27T20:00:00.000Z', 'Tuesday 27 October 2026 at 8:00pm GMT'],
    ['in summer (BST)', '2026-07-03T17:15:00Z', '2026-07-06T17:15:00.000Z', 'Monday 6 July 2026 at 6:15pm BST'],
  ])('%s', (_, returned, due, shown) => {
    const d = rhiDueAt(at(returned));
    expect(d.toISOString()).toBe(due);
    expect(d.getTime() - at(returned).getTime()).toBe(72 * H);
    expect(londonDateTime(d)).toBe(shown);
    expect(rhiClock({ returnedAt: at(returned), status: 'due' }, at(returned)).dueText).toBe(shown);
  });

  it('shows the London wall-clock shift across spring forward: returned 22:00 GMT Saturday, due 23:00 BST Tuesday', () => {
    const returned = at('2026-03-28T22:00:00Z');
    expect(toLondonTime(returned)).toBe('2026-03-28T22:00');
    expect(toLondonTime(rhiDueAt(returned))).toBe('2026-03-31T23:00');
  });
});

describe('the countdown', () => {
  const returnedAt = at('2026-01-09T19:30:00Z'); // Friday evening

  it('counts down while due, in hours and minutes (rounded down)', () => {
    const c = rhiClock({ returnedAt, status: 'due' }, at('2026-01-11T12:00:30Z'));
    expect(c).toMatchObject({ state: 'due', hours: 31, minutes: 29, text: '31 hours 29 minutes left', onTime: null });
  });

  it('is still due exactly at 72 hours, and overdue one minute later', () => {
    expect(rhiClock({ returnedAt, status: 'due' }, rhiDueAt(returnedAt))).toMatchObject({ state: 'due', hours: 0, minutes: 0, text: '0 minutes left' });
    const late = rhiClock({ returnedAt, status: 'due' }, new Date(rhiDueAt(returnedAt).getTime() + 60_000));
    expect(late).toMatchObject({ state: 'overdue', hours: 0, minutes: 1, text: 'Overdue by 1 minute' });
    const oneMs = rhiClock({ returnedAt, status: 'due' }, new Date(rhiDueAt(returnedAt).getTime() + 1));
    expect(oneMs.state).toBe('overdue');
  });

  it('says how long it is overdue', () => {
    expect(rhiClock({ returnedAt, status: 'due' }, at('2026-01-13T21:30:00Z')).text).toBe('Overdue by 26 hours');
  });

  it.each([
    ['completed at 72 hours', 'completed', '2026-01-12T19:30:00Z', true, 'Completed within 72 hours of the return'],
    ['completed late', 'completed', '2026-01-12T19:31:00Z', false, 'Completed, more than 72 hours after the return'],
    ['declined', 'declined', '2026-01-10T10:00:00Z', false, 'Closed'],
    ['not offered', 'not_offered', '2026-01-10T10:00:00Z', false, 'Closed'],
  ] as const)('is done once %s', (_, status, completed, onTime, text) => {
    const c = rhiClock({ returnedAt, status, completedAt: at(completed) }, at('2026-02-01T00:00:00Z'));
    expect(c).toMatchObject({ state: 'done', onTime, text });
  });
});

describe('London wall-clock times', () => {
  it.each([
    ['2026-01-15T09:05', '2026-01-15T09:05:00.000Z'],
    ['2026-07-15T09:05', '2026-07-15T08:05:00.000Z'],
    ['2026-03-29T00:30', '2026-03-29T00:30:00.000Z'], // before the change
    ['2026-03-29T01:30', '2026-03-29T01:30:00.000Z'], // the skipped hour, read as GMT (02:30 BST)
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25T01:30', '2026-10-25T00:30:00.000Z'], // the repeated hour: its first (BST) occurrence
    ['2026-10-25T02:30', '2026-10-25T02:30:00.000Z'],
  ])('%s in London is %s', (local, utc) => {
    expect(fromLondonTime(local)?.toISOString()).toBe(utc);
  });

  it.each(['2026-02-30T10:00', '2026-01-01T24:00', '2026-01-01', 'yesterday'])('refuses %s', (bad) => {
    expect(fromLondonTime(bad)).toBeNull();
  });

  it('gives minutes past midnight in London', () => {
    expect(londonMinuteOfDay(at('2026-07-01T22:45:00Z'))).toBe(23 * 60 + 45); // 23:45 BST
    expect(londonMinuteOfDay(at('2026-07-01T23:15:00Z'))).toBe(15); // 00:15 BST the next day
  });
});
