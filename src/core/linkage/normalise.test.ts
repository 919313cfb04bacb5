import { describe, expect, it } from 'vitest';
import { dayNumber, normaliseDate, parseDateParts, postcodeParts } from './normalise.ts';

describe('parseDateParts', () => {
  it.each([
    ['19710624', { year: 1971, month: 6, day: 24 }],
    ['1971-06-24', { year: 1971, month: 6, day: 24 }],
    ['1971-6-4', { year: 1971, month: 6, day: 4 }],
    ['24/06/1971', { year: 1971, month: 6, day: 24 }],
    ['1971-06-24T00:00:00Z', { year: 1971, month: 6, day: 24 }],
    ['1971-06', { year: 1971, month: 6, day: 0 }],
    ['1971', { year: 1971, month: 0, day: 0 }],
    ['19711340', { year: 1971, month: 13, day: 40 }], // kept: comparisons can still use the year
    ['June 1971', null],
    ['', null],
  ])('%j -> %j', (raw, parts) => {
    expect(parseDateParts(raw)).toEqual(parts);
  });

  it.each([
    ['19710624', '1971-06-24'],
    ['1971-6', '1971-06'],
    [' 1971 ', '1971'],
    ['unknown', 'unknown'],
  ])('normaliseDate(%j) = %j', (raw, norm) => {
    expect(normaliseDate(raw)).toBe(norm);
  });

  it('numbers valid complete dates by day and refuses impossible ones', () => {
    expect(dayNumber({ year: 1900, month: 1, day: 2 })).toBe(1);
    expect(dayNumber({ year: 2000, month: 3, day: 1 }) - dayNumber({ year: 2000, month: 2, day: 28 })).toBe(2); // leap year
    expect(dayNumber({ year: 2001, month: 2, day: 29 })).toBeNaN();
    expect(dayNumber({ year: 2001, month: 0, day: 1 })).toBeNaN();
  });
});

describe('postcodeParts', () => {
  it.each([
    ['RM1 2AB', { district: 'RM1', area: 'RM' }],
    ['SW1A 1AA', { district: 'SW1A', area: 'SW' }],
    ['4223', { district: '422', area: '42' }],
    ['42', { district: null, area: null }],
  ])('%s -> %j', (pc, parts) => {
    expect(postcodeParts(pc)).toEqual(parts);
  });
});
