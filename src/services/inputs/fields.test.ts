import { describe, expect, it } from 'vitest';
import { optionalChoice, optionalDate, version } from './fields.ts';

describe('version', () => {
  it('takes a record version from a form field, and refuses anything PostgreSQL could not hold as one', () => {
    expect(version.parse('1')).toBe(1);
    expect(version.parse('2147483647')).toBe(2_147_483_647);
    // Found by the form fuzzer: 2^31 reached the query and overflowed it (a 500 instead of a clear refusal).
    for (const bad of ['2147483648', '0', '-1', '1.5', 'x', '1e400'])
      expect(version.safeParse(bad).error?.issues[0]?.message, bad).toBe('The form is out of date: reload the page');
  });
});

describe('optionalDate', () => {
  const field = optionalDate('the review date');
  it('gives null for a field left blank, missing or null, and the trimmed date otherwise', () => {
    for (const blank of ['', '   ', undefined, null]) expect(field.parse(blank), String(blank)).toBeNull();
    expect(field.parse(' 2024-02-29 ')).toBe('2024-02-29');
  });
  it('refuses a date of the right shape that is not on the calendar, and anything else, with one message', () => {
    for (const bad of ['2026-02-30', '0000-00-00', '2025-02-29', '2026-13-01', '14/03/2026', 'soon', 42])
      expect(field.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe('Enter the review date as a real date, like 2026-03-14');
  });
});

describe('optionalChoice', () => {
  const field = optionalChoice({ reported: 1, confirmed: 2 }, 'the confidence');
  it('gives null for an unselected choice and the key for a selected one', () => {
    for (const blank of ['', undefined, null]) expect(field.parse(blank), String(blank)).toBeNull();
    expect(field.parse('confirmed')).toBe('confirmed');
  });
  it('refuses a value outside the list', () => {
    for (const bad of ['certain', 'toString', ' reported', 1])
      expect(field.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe('Select the confidence');
  });
});
