import { describe, expect, it } from 'vitest';
import { unstorableField } from './input-guard.ts';

describe('unstorableField', () => {
  it.each([
    [{ name: 'Ann' }, null],
    [{ name: 'A\u0000nn' }, 'name'],
    [{ names: [{ given: 'x' }, { given: 'y\u0000' }] }, 'names.1.given'],
    [{ ['a\u0000b']: 'x' }, 'ab'],
    [['\u0000'], '0'],
    ['\u0000', '_form'],
    [{ evidence: 'lone \uD800 high' }, 'evidence'],
    [{ evidence: 'lone \uDC00 low' }, 'evidence'],
    [{ evidence: 'a pair 😀 is fine' }, null],
    [null, null],
    [42, null],
  ])('%j -> %s', (value, expected) => {
    expect(unstorableField(value)).toBe(expected);
  });

  it('walks deep JSON without recursion', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(unstorableField(deep)).toMatch(/^0(\.0)*$/);
  });
});
