import type { Answer, When } from './assess.ts';

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

export function answersFromSigns(signs: readonly SpottedSign[], evidenceOf: (s: SpottedSign) => string = (s) => s.text): Answer[] {
  const byCode = new Map<string, { when: When; evidence: string[] }>();
  for (const s of signs.filter(scores)) {
    const when: When = s.historical ? 'past' : 'current';
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
export function answerHolds(answer: StoredAnswer | undefined, sign: { historical: boolean }): boolean {
  if (answer?.status !== 'present') return false;
  const w = answer.when;
  return w === null || w === undefined || w === 'both' || w === (sign.historical ? 'past' : 'current');
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
