import { describe, expect, it } from 'vitest';
import { instantForDate, londonDate } from './time.ts';

describe('London dates', () => {
  it.each([
    ['2026-11-28T09:00:00Z', '2026-11-28'],
    ['2026-07-01T23:30:00Z', '2026-07-02'], // BST: already the next day in London
    ['2026-12-31T23:59:00Z', '2026-12-31'],
  ])('%s is %s in London', (iso, day) => {
    expect(londonDate(new Date(iso))).toBe(day);
  });

  it('keeps an entry dated today at or before now', () => {
    const now = new Date('2026-11-28T08:30:00Z');
    expect(instantForDate('2026-11-28', now)).toEqual(now);
    expect(instantForDate('2026-11-27', now)).toEqual(new Date('2026-11-27T12:00:00Z'));
  });
});
