import type { Answer, When } from './assess.ts';
import { addMonths } from './schedule.ts';

// What the indicator spotter found, in the shape the screening needs (issue 4: negated or hypothetical findings are
// shown but never scored). A sign about someone else counts only when the indicator itself is about those people: the
// child's family (familial) or the child's friends being exploited (go_peers_exploited, "two boys from his year were
// arrested on a county line"), which the framework defines as signs for the child.
export type SpottedSign = {
  code: string;
  category: string;
  text: string;
  negated: boolean;
  hypothetical: boolean;
  historical: boolean;
  experiencer: 'child' | 'other';
};

// core/text/indicators.ts PEER_CODE (not imported: that module builds the spotter's automaton when loaded).
const ABOUT_OTHERS: ReadonlySet<string> = new Set(['go_peers_exploited']);
export const scores = (s: SpottedSign): boolean =>
  !s.negated && !s.hypothetical && (s.experiencer === 'child' || s.category === 'familial' || ABOUT_OTHERS.has(s.code));

// When a sign happened, from the entry's own date (YYYY-MM-DD, London) against today's: SERAF scores a significant sign
// 5 if current (last 6 months), 1 if 6 to 12 months ago (shared/SOURCES.md 2c). A sign the note itself places in the past
// is "earlier" even in a recent entry. SERAF has no window past 12 months: such a sign is recorded as 6 to 12 months
// ago (its nearest, and lowest, score) with the entry's date in the evidence, for the practitioner to judge.
export const SIGN_TIMES = {
  current: 'Current',
  earlier: 'In the past, as the entry says',
  past: '6 to 12 months ago',
  older: 'More than 12 months ago',
} as const;
export type SignTime = keyof typeof SIGN_TIMES;

export function signTime(sign: { historical: boolean }, entryDate: string, today: string): SignTime {
  if (entryDate < addMonths(today, -12)) return 'older';
  if (entryDate < addMonths(today, -6)) return 'past';
  return sign.historical ? 'earlier' : 'current';
}

/** The screening's time for a sign's time: only a current sign is current. */
export const whenOf = (t: SignTime): When => (t === 'current' ? 'current' : 'past');

// Without an entry date (text checked on its own, as `lantern indicators` does), the note's own reading decides.
const undated = (s: SpottedSign): When => (s.historical ? 'past' : 'current');

export function answersFromSigns(
  signs: readonly SpottedSign[],
  evidenceOf: (s: SpottedSign) => string = (s) => s.text,
  timeOf: (s: SpottedSign) => When = undated,
): Answer[] {
  const byCode = new Map<string, { when: When; evidence: string[] }>();
  for (const s of signs.filter(scores)) {
    const when = timeOf(s);
    const seen = byCode.get(s.code);
    if (!seen) byCode.set(s.code, { when, evidence: [evidenceOf(s)] });
    else {
      if (seen.when !== when) seen.when = 'both';
      seen.evidence.push(evidenceOf(s));
    }
  }
  return [...byCode].map(([code, v]) => ({ code, status: 'present', when: v.when, evidence: [...new Set(v.evidence)].join(' | ').slice(0, 4000) }));
}

// An answer as stored (its status and time as text).
type StoredAnswer = { status: string; when?: string | null; evidence?: string | null };

/** Whether an answer already holds a sign: present, for the sign's time (a past answer does not hold a current sign). */
export function answerHolds(answer: StoredAnswer | undefined, when: When): boolean {
  if (answer?.status !== 'present') return false;
  const w = answer.when;
  return w === null || w === undefined || w === 'both' || w === when;
}

/**
 * A present answer for signs from a note, merged into the answer the screening already had for that code: the times
 * join ("past" and "current" make "both", which scores as current) and the evidence is kept from both.
 */
export function mergeAnswer(was: StoredAnswer | undefined, fresh: Answer): Answer {
  if (was?.status !== 'present') return fresh;
  const evidence = [...new Set([was.evidence, fresh.evidence].filter((e): e is string => !!e))].join(' | ').slice(0, 4000);
  return { code: fresh.code, status: 'present', when: was.when === fresh.when ? fresh.when : 'both', evidence };
}
