import type { Framework, Indicator, Tag, WeightClass } from '../indicators/types.ts';
import { HARD_RULES, type HardRule, REQUIRED_ACTIONS, type RequiredActionCode } from './hard-rules.ts';
import { atLeast, higher, LONDON_CATEGORIES, levelForScore, needsDecision, type RiskLevel } from './levels.ts';

export const ANSWER_STATUSES = { present: 'Present', absent: 'Not present', unknown: 'Not known' } as const;
export type AnswerStatus = keyof typeof ANSWER_STATUSES;

// "Current" means within the last 6 months (SERAF, shared/SOURCES.md 2c).
export const WHEN = { current: 'Current (last 6 months)', past: '6 to 12 months ago', both: 'Both' } as const;
export type When = keyof typeof WHEN;

export type Answer = { code: string; status: AnswerStatus; when?: When | null; evidence?: string | null };

export type Reason = { code: string; category: string; wording: string; weight: WeightClass; when: When; points: number; evidence: string };
export type HardRuleHit = { id: string; title: string; floor: RiskLevel; triggeredBy: string[]; source: HardRule['source'] };
export type RequiredAction = { code: RequiredActionCode; text: string };

export type Assessment = {
  framework: string;
  score: number;
  scoreLevel: RiskLevel;
  level: RiskLevel;
  londonCategory: string;
  hardRules: HardRuleHit[];
  reasons: Reason[];
  requiredActions: RequiredAction[];
  tags: Tag[];
};

// SERAF points: vulnerability 1; moderate 1 if current; significant 5 current, 1 past, 6 both (shared/SOURCES.md 2c).
export function pointsFor(weight: WeightClass, when: When): number {
  if (weight === 'vulnerability') return 1;
  if (weight === 'moderate') return when === 'past' ? 0 : 1;
  return when === 'current' ? 5 : when === 'past' ? 1 : 6;
}

const isCurrent = (w: When): boolean => w !== 'past';

// Scores present answers against a framework. Answers must already be valid for it (see validateAnswers).
export function assess(framework: Framework, input: { age: number; answers: readonly Answer[] }): Assessment {
  const byCode = new Map<string, Indicator>(framework.indicators.map((i) => [i.code, i]));
  const reasons: Reason[] = [];
  const present = new Map<string, { indicator: Indicator; when: When }>();
  for (const a of input.answers) {
    const ind = byCode.get(a.code);
    if (a.status !== 'present' || !ind) continue;
    const when = a.when ?? 'current';
    present.set(a.code, { indicator: ind, when });
    reasons.push({
      code: ind.code,
      category: ind.category,
      wording: ind.wording,
      weight: ind.weight,
      when,
      points: pointsFor(ind.weight, when),
      evidence: a.evidence ?? '',
    });
  }
  reasons.sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
  const score = reasons.reduce((s, r) => s + r.points, 0);
  const scoreLevel = levelForScore(score);

  const hardRules: HardRuleHit[] = [];
  for (const rule of HARD_RULES) {
    if (rule.appliesAtAge && !rule.appliesAtAge(input.age)) continue;
    const triggeredBy = rule.anySignificantCurrent
      ? [...present.values()].filter((p) => p.indicator.weight === 'significant' && isCurrent(p.when)).map((p) => p.indicator.code)
      : rule.codes.filter((c) => present.has(c) && (!rule.currentOnly || isCurrent(present.get(c)!.when)));
    if (triggeredBy.length) hardRules.push({ id: rule.id, title: rule.title, floor: rule.floor, triggeredBy, source: rule.source });
  }
  const level = hardRules.reduce<RiskLevel>((l, h) => higher(l, h.floor), scoreLevel);

  const tags = [...new Set([...present.values()].flatMap((p) => p.indicator.tags))].sort();
  const actions = new Set<RequiredActionCode>();
  for (const h of hardRules) for (const a of HARD_RULES.find((r) => r.id === h.id)!.actions) actions.add(a);
  if (needsDecision(level)) actions.add('decision');
  // Trafficking and county lines indicators open the NRM: children need no consent; adults consent or DtN (SOURCES.md 2d).
  if (tags.includes('trafficking') || tags.includes('county_lines')) actions.add(input.age < 18 ? 'offer_nrm_child' : 'offer_nrm_adult');
  if (atLeast(level, 'low')) actions.add('rescreen');
  const order = Object.keys(REQUIRED_ACTIONS) as RequiredActionCode[];
  const requiredActions = [...actions].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((code) => ({ code, text: REQUIRED_ACTIONS[code] }));

  return {
    framework: framework.version,
    score,
    scoreLevel,
    level,
    londonCategory: LONDON_CATEGORIES[level].category,
    hardRules,
    reasons,
    requiredActions,
    tags,
  };
}
