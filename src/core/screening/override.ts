import { rank, type RiskLevel } from './levels.ts';

// Professional judgement may override the score (Southampton SERAF guidance, shared/SOURCES.md 2c).
// Raising takes effect at once with a reason; lowering needs a reason and a safeguarding lead's approval (issue 3).
export type OverrideKind = 'raise' | 'lower';

export function overrideKind(calculated: RiskLevel, requested: RiskLevel): OverrideKind | null {
  const d = rank(requested) - rank(calculated);
  return d > 0 ? 'raise' : d < 0 ? 'lower' : null;
}

// The level in force: a raise applies now; a downgrade only once approved.
export function levelInForce(calculated: RiskLevel, override: { level: RiskLevel; status: string } | null): RiskLevel {
  if (!override) return calculated;
  return override.status === 'applied' || override.status === 'approved' ? override.level : calculated;
}
