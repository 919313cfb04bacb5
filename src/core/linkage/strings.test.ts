import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charHistogram, charMask, editDistance, editDistanceLowerBound, jaroWinkler, jaroWinklerBoundAt, nysiis, popcount, soundex } from './strings.ts';

const codes = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('jaroWinkler', () => {
  // Winkler 1990's worked examples, as reproduced in most references on the measure.
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
  ])('%s / %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['', '', 1],
    ['abc', '', 0],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
  ])('edge case %j / %j = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBe(expected);
  });

  it('gives no prefix bonus below a Jaro score of 0.7', () => {
    // Jaro("abcdefgh", "abxyzuvw") = (2/8 + 2/8 + 1) / 3 = 0.5: the shared prefix "ab" adds nothing.
    expect(jaroWinkler('abcdefgh', 'abxyzuvw')).toBeCloseTo(0.5, 10);
  });

  it('is symmetric, between 0 and 1, and 1 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeCloseTo(jaroWinkler(b, a), 12);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
        if (a !== b && a.length && b.length) expect(x).toBeLessThan(1);
      }),
    );
  });

  it('is never above the cheap upper bound used to skip it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), fc.string({ maxLength: 14 }), (a, b) => {
        const buf = codes(a + b);
        const bound = jaroWinklerBoundAt(buf, 0, a.length, charMask(buf, 0, a.length), a.length, b.length, charMask(buf, a.length, b.length));
        expect(jaroWinkler(a, b)).toBeLessThanOrEqual(bound + 1e-12);
      }),
      { numRuns: 500 },
    );
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['ca', 'ac', 1], // one transposition
    ['abc', 'ca', 3], // OSA does not edit a transposed pair again
    ['4223', '4232', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops at max + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editDistance('abc', 'abd', 1)).toBe(1);
  });

  it('is never below the histogram lower bound used to skip it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const buf = codes(a + b);
        const [loA, hiA] = charHistogram(buf, 0, a.length);
        const [loB, hiB] = charHistogram(buf, a.length, b.length);
        expect(editDistanceLowerBound(loA, hiA, loB, hiB)).toBeLessThanOrEqual(editDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('phonetic keys', () => {
  it.each([
    ['robert', 'R163'],
    ['rupert', 'R163'],
    ['ashcraft', 'A261'], // H does not separate S and C
    ['tymczak', 'T522'],
    ['pfister', 'P236'], // the first letter's code is not repeated
    ['jackson', 'J250'],
    ['lee', 'L000'],
    ['', ''],
  ])('soundex(%s) = %s', (name, key) => {
    expect(soundex(name)).toBe(key);
  });

  it.each([
    ['brown', 'BRAN'],
    ['braun', 'BRAN'],
    ['knight', 'NAGT'],
    ['mitchell', 'MATCAL'],
    ['macintosh', 'MCANT'],
    ['mackintosh', 'MCANT'],
    ['phillips', 'FALAP'],
    ['filips', 'FALAP'],
    ['mohammed', 'MAHANAD'],
    ['muhammad', 'MAHANAD'],
    ['', ''],
  ])('nysiis(%s) = %s', (name, key) => {
    expect(nysiis(name)).toBe(key);
  });

  it('separates names that only share a first letter', () => {
    expect(nysiis('smith')).not.toBe(nysiis('sanders'));
    expect(soundex('smith')).not.toBe(soundex('sanders'));
  });
});

describe('popcount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [0xff, 8],
    [-1, 32],
    [0x80000000 | 0, 1],
  ])('popcount(%i) = %i', (x, n) => {
    expect(popcount(x)).toBe(n);
  });
});
