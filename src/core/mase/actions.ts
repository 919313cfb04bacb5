import { OPEN_ACTION_STATUSES } from './vocab.ts';

// Panel actions carry forward until they are done (issue 7; SOURCES.md 3, "carried forward to the next meeting").
// Carrying forward never edits the action: the next meeting gets a new row pointing at it (carried_from), and the
// earlier row is marked carried_forward. Following the chain gives the action's history, meeting by meeting.

export type ActionLike = { id: string; meetingId: string; status: string; dueOn: string; carriedFrom: string | null };

/** The actions to carry into a new meeting: still open, and raised at an earlier meeting than the new one. */
export function toCarryForward<A extends ActionLike>(actions: readonly A[], earlierMeetingIds: ReadonlySet<string>): A[] {
  return actions.filter((a) => OPEN_ACTION_STATUSES.has(a.status) && earlierMeetingIds.has(a.meetingId));
}

/** An action's history, oldest first: the chain of rows it was carried through, ending at `id`. */
export function actionHistory<A extends ActionLike>(id: string, byId: ReadonlyMap<string, A>): A[] {
  const chain: A[] = [];
  const seen = new Set<string>();
  for (let a = byId.get(id); a && !seen.has(a.id); a = a.carriedFrom ? byId.get(a.carriedFrom) : undefined) {
    seen.add(a.id);
    chain.unshift(a);
  }
  return chain;
}

/** Open and past its due date on `today` (YYYY-MM-DD, London). */
export const isOverdue = (a: Pick<ActionLike, 'status' | 'dueOn'>, today: string): boolean => OPEN_ACTION_STATUSES.has(a.status) && a.dueOn < today;
