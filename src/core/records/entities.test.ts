import { describe, expect, it } from 'vitest';
import { normaliseHandle, normalisePhone, normaliseVrm, strongestRoles, vrmCompatible } from './entities.ts';

describe('normalisePhone', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['(020) 7946 0018', '+442079460018'],
    ['0044 7700 900 123', '+447700900123'],
  ])('%s -> %s', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164);
  });
  it.each(['', '123', 'not a number', '07700'])('rejects %j', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('normaliseVrm', () => {
  it.each([
    ['lk19 abc', 'LK19ABC', false],
    ['LK19 ?', 'LK19', true],
    ['lk19 a', 'LK19A', true],
    ['LK19 A*', 'LK19A', true],
    ['L?19ABC', 'L?19ABC', true],
    ['A123 BCD', 'A123BCD', false],
  ])('%s -> %s (partial %s)', (input, vrm, partial) => {
    expect(normaliseVrm(input)).toEqual({ vrm, partial });
  });
  it.each(['', '???', 'AB-12', 'ABCDEFGHIJ'])('rejects %j', (input) => {
    expect(normaliseVrm(input)).toBeNull();
  });
  it('a partial mark is compatible with the full marks it could be', () => {
    expect(vrmCompatible('LK19', 'LK19ABC')).toBe(true);
    expect(vrmCompatible('L?19ABC', 'LK19ABC')).toBe(true);
    expect(vrmCompatible('LK18', 'LK19ABC')).toBe(false);
    expect(vrmCompatible('LK19ABCD', 'LK19ABC')).toBe(false);
  });
});

it('handles compare without case or a leading @', () => {
  expect(normaliseHandle(' @Tiny_Boss ')).toBe('tiny_boss');
});

it('shows a person by their most safeguarding-relevant role across cases', () => {
  const roles = strongestRoles([
    { entityId: 'a', role: 'peer' },
    { entityId: 'a', role: 'suspected_perpetrator' },
    { entityId: 'b', role: 'family_member' },
    { entityId: 'b', role: 'professional' },
  ]);
  expect(Object.fromEntries(roles)).toEqual({ a: 'suspected_perpetrator', b: 'family_member' });
});
