import { describe, expect, it } from 'vitest';
import type { RiskLevel } from './levels.ts';
import { levelInForce, type OverrideKind, overrideKind } from './override.ts';

describe('overrideKind', () => {
  it.each<[RiskLevel, RiskLevel, OverrideKind | null]>([
    ['none', 'low', 'raise'],
    ['none', 'high', 'raise'],
    ['low', 'medium', 'raise'],
    ['medium', 'high', 'raise'],
    ['high', 'medium', 'lower'],
    ['high', 'none', 'lower'],
    ['medium', 'low', 'lower'],
    ['low', 'none', 'lower'],
    ['none', 'none', null],
    ['low', 'low', null],
    ['medium', 'medium', null],
    ['high', 'high', null],
  ])('from %s to %s: %s', (calculated, requested, kind) => {
    expect(overrideKind(calculated, requested)).toBe(kind);
  });
});

describe('levelInForce', () => {
  it.each<[string, RiskLevel, { level: RiskLevel; status: string } | null, RiskLevel]>([
    ['no override', 'medium', null, 'medium'],
    ['a raise applied at once', 'low', { level: 'high', status: 'applied' }, 'high'],
    ['a downgrade approved by a lead', 'high', { level: 'medium', status: 'approved' }, 'medium'],
    ['a downgrade waiting for a lead', 'high', { level: 'low', status: 'pending' }, 'high'],
    ['a downgrade a lead rejected', 'medium', { level: 'none', status: 'rejected' }, 'medium'],
    ['an override with a status it does not know', 'medium', { level: 'none', status: 'withdrawn' }, 'medium'],
  ])('%s', (_what, calculated, override, level) => {
    expect(levelInForce(calculated, override)).toBe(level);
  });
});
