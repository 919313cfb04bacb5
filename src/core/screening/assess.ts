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

// Each framework's indicators by code, built once per framework (frameworks are read-only data) rather than per
// screening: a retrospective review scores every date with a finding (core/review/person.ts).
const INDEXES = new WeakMap<Framework, ReadonlyMap<string, Indicator>>();
export function indicatorsByCode(framework: Framework): ReadonlyMap<string, Indicator> {
  let byCode = INDEXES.get(framework);
  if (!byCode) INDEXES.set(framework, (byCode = new Map<string, Indicator>(framework.indicators.map((i) => [i.code, i]))));
  return byCode;
}

export type Scoring = {
  score: number;
  scoreLevel: RiskLevel;
  level: RiskLevel;
  /** The present answers that count, by code (a later answer for the same code replaces an earlier one). */
  present: ReadonlyMap<string, { indicator: Indicator; when: When }>;
  /** The hard rules that apply, in HARD_RULES order, with the codes that trigger each. */
  hits: readonly { rule: HardRule; triggeredBy: string[] }[];
};

/**
 * The score, its band and the level after the hard-rule floors: the arithmetic of `assess`, without its reasons,
 * actions or tags. Cheap enough to run on every date of a retrospective review (core/review/person.ts).
 */
export function scoreAnswers(framework: Framework, age: number, answers: readonly Answer[]): Scoring {
  const byCode = indicatorsByCode(framework);
  const present = new Map<string, { indicator: Indicator; when: When }>();
  let score = 0;
  for (const a of answers) {
    const ind = byCode.get(a.code);
    if (a.status !== 'present' || !ind) continue;
    const when = a.when ?? 'current';
    present.set(a.code, { indicator: ind, when });
    score += pointsFor(ind.weight, when);
  }
  const scoreLevel = levelForScore(score);
  const hits: { rule: HardRule; triggeredBy: string[] }[] = [];
  const level = applyHardRules(age, present, scoreLevel, hits);
  return { score, scoreLevel, level, present, hits };
}

/** A present sign by code, as scoreAnswers keeps them: a caller may keep such a map up to date itself (core/review/person.ts). */
export type PresentSign = { readonly indicator: Indicator; when: When };

/** The score and level (hard-rule floors applied) of present signs: scoreAnswers' arithmetic on a map the caller keeps. */
export function scorePresent(age: number, present: ReadonlyMap<string, PresentSign>): { score: number; level: RiskLevel } {
  let score = 0;
  for (const p of present.values()) score += pointsFor(p.indicator.weight, p.when);
  return { score, level: applyHardRules(age, present, levelForScore(score), null) };
}

// The level after the floors of the hard rules that apply; each rule that fires goes into `hits` (when given) with the
// codes that trigger it, in present-sign order (any current significant) or the rule's order (its codes).
function applyHardRules(
  age: number,
  present: ReadonlyMap<string, PresentSign>,
  scoreLevel: RiskLevel,
  hits: { rule: HardRule; triggeredBy: string[] }[] | null,
): RiskLevel {
  let level = scoreLevel;
  for (const rule of HARD_RULES) {
    if (rule.appliesAtAge && !rule.appliesAtAge(age)) continue;
    // The level alone (scorePresent, on every date of a retrospective review) needs only the first trigger.
    const triggeredBy = triggering(rule, present, hits === null);
    if (triggeredBy) {
      hits?.push({ rule, triggeredBy });
      level = higher(level, rule.floor);
    }
  }
  return level;
}

// The codes of the present signs that trigger a hard rule, in present-sign order (any current significant) or the
// rule's order (its codes); null when it does not fire (no array is made then). `firstOnly` stops at the first.
function triggering(rule: HardRule, present: ReadonlyMap<string, PresentSign>, firstOnly: boolean): string[] | null {
  let codes: string[] | null = null;
  if (rule.anySignificantCurrent) {
    for (const p of present.values())
      if (p.indicator.weight === 'significant' && isCurrent(p.when)) {
        (codes ??= []).push(p.indicator.code);
        if (firstOnly) break;
      }
  } else {
    for (const c of rule.codes) {
      const p = present.get(c);
      if (p && (!rule.currentOnly || isCurrent(p.when))) {
        (codes ??= []).push(c);
        if (firstOnly) break;
      }
    }
  }
  return codes;
}

// Scores present answers against a framework. Answers must already be valid for it (see validateAnswers).
export function assess(framework: Framework, input: { age: number; answers: readonly Answer[] }): Assessment {
  const { score, scoreLevel, level, present, hits } = scoreAnswers(framework, input.age, input.answers);
  const byCode = indicatorsByCode(framework);
  const reasons: Reason[] = [];
  for (const a of input.answers) {
    const ind = byCode.get(a.code);
    if (a.status !== 'present' || !ind) continue;
    const when = a.when ?? 'current';
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
  const hardRules: HardRuleHit[] = hits.map(({ rule, triggeredBy }) => ({
    id: rule.id,
    title: rule.title,
    floor: rule.floor,
    triggeredBy,
    source: rule.source,
  }));

  const tags = [...new Set([...present.values()].flatMap((p) => p.indicator.tags))].sort();
  const actions = new Set<RequiredActionCode>();
  for (const { rule } of hits) for (const a of rule.actions) actions.add(a);
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
