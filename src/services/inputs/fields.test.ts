import { describe, expect, it } from 'vitest';
import { version } from './fields.ts';

describe('version', () => {
  it('takes a record version from a form field, and refuses anything PostgreSQL could not hold as one', () => {
    expect(version.parse('1')).toBe(1);
    expect(version.parse('2147483647')).toBe(2_147_483_647);
    // Found by the form fuzzer: 2^31 reached the query and overflowed it (a 500 instead of a clear refusal).
    for (const bad of ['2147483648', '0', '-1', '1.5', 'x', '1e400'])
      expect(version.safeParse(bad).error?.issues[0]?.message, bad).toBe('The form is out of date: reload the page');
  });
});
