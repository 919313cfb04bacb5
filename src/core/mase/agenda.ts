import type { AgendaKind } from './vocab.ts';

// The agenda the coordinator starts from (issue 7 "Agenda built for the coordinator"). Each candidate says why it is on
// the agenda; a subject found for several reasons becomes one item with every reason, so that the panel discusses a
// child once. Order: children (highest risk first), suspected perpetrators, places, groups, CAWN breaches, overdue
// actions: the Harrow MASE terms of reference put victims first, then perpetrators and locations (SOURCES.md 2g).

export type AgendaCandidate = {
  kind: AgendaKind;
  /** The child or the adult (person id), if the item is about a person. */
  personId?: string | null;
  entityId?: string | null;
  breachId?: string | null;
  actionId?: string | null;
  title: string;
  reason: string;
  /** Within a kind, higher comes first (e.g. a child's risk rank, the number of children linked). */
  weight?: number;
};

export type AgendaDraftItem = Required<Omit<AgendaCandidate, 'weight' | 'reason'>> & { reason: string };

const KIND_ORDER: readonly AgendaKind[] = ['child', 'perpetrator', 'location', 'group', 'cawn_breach', 'overdue_action', 'other'];

type Keyed = Pick<AgendaCandidate, 'personId' | 'entityId' | 'breachId' | 'actionId' | 'title'> & { kind: string };

const subjectKey = (c: Keyed): string => `${c.kind}:${c.breachId ?? c.actionId ?? c.personId ?? c.entityId ?? c.title.toLowerCase()}`;

/** Merges candidates about the same subject and orders the result. Already-listed subjects (by key) are left out. */
export function buildAgenda(candidates: readonly AgendaCandidate[], alreadyListed: ReadonlySet<string> = new Set()): AgendaDraftItem[] {
  const merged = new Map<string, AgendaCandidate & { reasons: string[] }>();
  for (const c of candidates) {
    const key = subjectKey(c);
    if (alreadyListed.has(key)) continue;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...c, reasons: [c.reason] });
    else {
      if (!seen.reasons.includes(c.reason)) seen.reasons.push(c.reason);
      seen.weight = Math.max(seen.weight ?? 0, c.weight ?? 0);
    }
  }
  return [...merged.values()]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (b.weight ?? 0) - (a.weight ?? 0) || a.title.localeCompare(b.title, 'en-GB'))
    .map((c) => ({
      kind: c.kind,
      personId: c.personId ?? null,
      entityId: c.entityId ?? null,
      breachId: c.breachId ?? null,
      actionId: c.actionId ?? null,
      title: c.title,
      reason: c.reasons.join('; '),
    }));
}

/** The key an existing agenda row is known by, so that rebuilding an agenda does not list a subject twice. */
export const agendaKey = (row: Keyed): string => subjectKey(row);
