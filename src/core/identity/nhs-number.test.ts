import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NHS_NUMBER_PROBLEMS, formatNhsNumber, isValidNhsNumber, nhsNumberProblem, normaliseNhsNumber, syntheticNhsNumber } from './nhs-number.js';

describe('normaliseNhsNumber', () => {
  it.each([
    ['9434765919', '9434765919'],
    ['943 476 5919', '9434765919'],
    ['943-476-5919', '9434765919'],
    ['  943 476-5919  ', '9434765919'],
    ['943\u00a0476\u00a05919', '9434765919'], // non-breaking spaces from a pasted letter
    ['943\u2013476\u20135919', '9434765919'], // en dashes
    ['943476591', null], // 9 digits
    ['94347659190', null], // 11 digits
    ['', null],
    ['943 476 591X', null],
    ['943.476.5919', null],
    ['٩٤٣٤٧٦٥٩١٩', null], // Arabic-Indic digits are not accepted
  ])('%j -> %j', (input, expected) => {
    expect(normaliseNhsNumber(input)).toBe(expected);
  });
});

describe('isValidNhsNumber (Modulus 11)', () => {
  it.each([
    ['9434765919'], // worked example: sum 299, 299 mod 11 = 2, 11 - 2 = 9
    ['4010232137'],
    ['943 476 5919'],
    ['401-023-2137'],
    ['9990000050'], // 11 - 0 = 11, so the check digit is 0
    ['0000000000'], // passes the arithmetic; ranges are not the check digit's job
  ])('accepts %s', (input) => {
    expect(isValidNhsNumber(input)).toBe(true);
  });

  it.each([
    ['9434765918', 'wrong check digit'],
    ['9434765910', 'wrong check digit'],
    ['4010232138', 'wrong check digit'],
    ['9876544321', 'the published 3-3-4 syntax example does not pass the checksum'],
    ['4903232137', 'two digits transposed'],
    ['943476591', 'too short'],
    ['94347659190', 'too long'],
    ['', 'empty'],
    ['abcdefghij', 'not digits'],
  ])('rejects %s (%s)', (input) => {
    expect(isValidNhsNumber(input)).toBe(false);
  });

  // 999123456 and 999000000 weight to a remainder of 1, so 11 - 1 = 10: no check digit can be valid.
  it.each(Array.from({ length: 10 }, (_, d) => [`999123456${String(d)}`, `999000000${String(d)}`]))(
    'rejects every number whose Modulus 11 result is 10: %s, %s',
    (a, b) => {
      expect(isValidNhsNumber(a)).toBe(false);
      expect(isValidNhsNumber(b)).toBe(false);
    },
  );

  it('detects every single-digit substitution of a valid number', () => {
    const valid = '9434765919';
    for (let i = 0; i < 10; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === valid.charAt(i)) continue;
        const changed = `${valid.slice(0, i)}${String(d)}${valid.slice(i + 1)}`;
        expect(isValidNhsNumber(changed)).toBe(false);
      }
    }
  });
});

describe('formatNhsNumber', () => {
  it.each([
    ['9991234568', '999 123 4568'],
    ['9434765919', '943 476 5919'],
    ['943-476-5919', '943 476 5919'],
    [' 943 476 5919 ', '943 476 5919'],
    ['12345', '12345'], // not 10 digits: shown as typed
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(formatNhsNumber(input)).toBe(expected);
  });
});

describe('nhsNumberProblem', () => {
  it.each([
    ['9434765919', null],
    ['943 476 5919', null],
    ['', NHS_NUMBER_PROBLEMS.length],
    ['943 476 591', NHS_NUMBER_PROBLEMS.length],
    ['943 476 59199', NHS_NUMBER_PROBLEMS.length],
    ['NHS 943 476 5919', NHS_NUMBER_PROBLEMS.length],
    ['9434765918', NHS_NUMBER_PROBLEMS.checkDigit],
    ['9991234560', NHS_NUMBER_PROBLEMS.checkDigit],
  ])('%j -> %j', (input, expected) => {
    expect(nhsNumberProblem(input)).toBe(expected);
  });

  it('uses the agreed wording', () => {
    expect(NHS_NUMBER_PROBLEMS).toEqual({
      length: 'Enter an NHS number with 10 digits',
      checkDigit: 'Enter a valid NHS number: the check digit does not match',
    });
  });
});

describe('syntheticNhsNumber', () => {
  it.each([[0], [1], [42], [99_999], [100_000], [899_999], [-1], [Number.MAX_SAFE_INTEGER]])('seed %d gives a valid 999-range number', (seed) => {
    const n = syntheticNhsNumber(seed);
    expect(n).toMatch(/^999[0-9]{7}$/);
    expect(isValidNhsNumber(n)).toBe(true);
  });

  it('is deterministic', () => {
    expect(syntheticNhsNumber(1234)).toBe(syntheticNhsNumber(1234));
  });

  it('gives distinct numbers for distinct seeds (all 9 choices across 2 000 blocks)', () => {
    const seen = new Set<string>();
    for (let choice = 0; choice < 9; choice += 1) {
      for (let block = 0; block < 2_000; block += 1) seen.add(syntheticNhsNumber(choice * 100_000 + block));
    }
    expect(seen.size).toBe(18_000);
  });

  it('wraps seeds outside 0..899 999', () => {
    expect(syntheticNhsNumber(900_000)).toBe(syntheticNhsNumber(0));
    expect(syntheticNhsNumber(-1)).toBe(syntheticNhsNumber(899_999));
  });

  it.each([[0.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])('rejects seed %d', (seed) => {
    expect(() => syntheticNhsNumber(seed)).toThrow(RangeError);
  });

  it('property: always valid and always in the never-issued 999 range', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (seed) => {
        const n = syntheticNhsNumber(seed);
        return n.startsWith('999') && n.length === 10 && isValidNhsNumber(n) && nhsNumberProblem(n) === null;
      }),
    );
  });

  it('property: formatting then normalising round-trips', () => {
    fc.assert(
      fc.property(fc.nat({ max: 899_999 }), (seed) => {
        const n = syntheticNhsNumber(seed);
        return normaliseNhsNumber(formatNhsNumber(n)) === n;
      }),
    );
  });
});
