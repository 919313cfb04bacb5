import { describe, expect, it } from 'vitest';
import { suppress } from './small-numbers.ts';

describe('suppress', () => {
  it.each([
    [0, '0'],
    [1, '*'],
    [7, '*'],
    [8, '10'],
    [12, '10'],
    [13, '15'],
    [102, '100'],
  ])('%i -> %s', (n, shown) => {
    expect(suppress(n)).toBe(shown);
  });
  it('rejects negative or fractional counts', () => {
    expect(() => suppress(-1)).toThrow(RangeError);
    expect(() => suppress(1.5)).toThrow(RangeError);
  });
});
