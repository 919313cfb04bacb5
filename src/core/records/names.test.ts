import { describe, expect, it } from 'vitest';
import { displayName } from './names.ts';

describe('displayName', () => {
  it('prefers the legal name, falls back to the first recorded, and says when there is none', () => {
    expect(
      displayName([
        { kind: 'nickname', given: 'Jonny', family: '' },
        { kind: 'legal', given: 'Jonathan', family: 'Testcase' },
      ]),
    ).toBe('Jonathan Testcase');
    expect(displayName([{ kind: 'nickname', given: 'Jonny', family: '' }])).toBe('Jonny');
    expect(displayName([], 'Child with no recorded name')).toBe('Child with no recorded name');
  });
});
