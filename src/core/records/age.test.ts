import { describe, expect, it } from 'vitest';
import { ageOn, isRealDate } from './age.ts';
import { normalisePostcode } from './postcode.ts';
import { normaliseReference } from './reference.ts';

describe('ageOn', () => {
  it.each([
    ['2010-06-15', '2026-06-14T12:00:00Z', 15],
    ['2010-06-15', '2026-06-15T00:00:00Z', 16],
    ['2008-02-29', '2026-02-28T00:00:00Z', 17],
    ['2008-02-29', '2026-03-01T00:00:00Z', 18],
  ])('born %s is %i on %s', (dob, now, age) => {
    expect(ageOn(dob, new Date(now))).toBe(age);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['24-01-01', false],
    ['0000-01-12', false],
    ['0001-01-01', true],
  ])('%s -> %s', (s, ok) => {
    expect(isRealDate(s)).toBe(ok);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['rm3 7qx', 'RM3 7QX'],
    ['RM37QX', 'RM3 7QX'],
    ['  ec1a  1bb ', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['RM3', null],
    ['12345', null],
  ])('%s -> %s', (s, out) => {
    expect(normalisePostcode(s)).toBe(out);
  });
});

it('normalises references', () => {
  expect(normaliseReference('sc-104 233')).toBe('SC104233');
});
