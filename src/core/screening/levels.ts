// Risk levels, score bands and their London category equivalents.

export const RISK_LEVELS = {
  none: 'No identified risk',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
} as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const LEVEL_ORDER: readonly RiskLevel[] = ['none', 'low', 'medium', 'high'];

export const rank = (l: RiskLevel): number => LEVEL_ORDER.indexOf(l);
export const higher = (a: RiskLevel, b: RiskLevel): RiskLevel => (rank(a) >= rank(b) ? a : b);
export const atLeast = (l: RiskLevel, floor: RiskLevel): boolean => rank(l) >= rank(floor);

// Score bands follow SERAF (0-5 / 6-10 / 11-15 / 16+, shared/SOURCES.md 2c), with SERAF's categories 3 and 4
// both counted as high, and 0 points (nothing present) kept apart as "none".
export const BANDS: readonly { level: RiskLevel; min: number; max: number | null }[] = [
  { level: 'none', min: 0, max: 0 },
  { level: 'low', min: 1, max: 5 },
  { level: 'medium', min: 6, max: 10 },
  { level: 'high', min: 11, max: null },
];

export function levelForScore(score: number): RiskLevel {
  for (const b of BANDS) if (score >= b.min && (b.max === null || score <= b.max)) return b.level;
  return 'none';
}

// How Lantern's levels map to the London CSE Operating Protocol categories, in the Kent & Medway wording
// (shared/SOURCES.md 2b). Shown to users beside every result.
export const LONDON_CATEGORIES: Record<RiskLevel, { category: string; meaning: string }> = {
  none: { category: 'No category', meaning: 'No indicators of exploitation identified at this screening. Keep listening and re-screen if anything changes.' },
  low: { category: 'Category 1 (at risk)', meaning: 'A vulnerable child who is at risk of being targeted and groomed.' },
  medium: {
    category: 'Category 2 (medium)',
    meaning: 'The child may be targeted for opportunistic abuse, for example sex exchanged for drugs or accommodation; coercion and control is likely.',
  },
  high: { category: 'Category 3 (high)', meaning: 'The child is being exploited and coercion or control is present, even if the child does not see it.' },
};

// A screening at or above this level cannot be closed without a referral or a recorded reason (issue 3).
export const DECISION_THRESHOLD: RiskLevel = 'medium';
export const needsDecision = (l: RiskLevel): boolean => atLeast(l, DECISION_THRESHOLD);
