import { inTurn } from './in-turn.ts';
import { Conflict, NotFound, ValidationError } from '../core/errors.ts';
import type { CandidateRow, EntityRow } from '../db/repositories/network.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid } from './context.ts';
import { parse } from './inputs/fields.ts';
import { MatchDecisionInput, MatchUndoInput } from './inputs/network.ts';
import { describeEntity, refreshAlert, type EntityView } from './network.ts';

// Reviewing possible matches between records of different agencies (issue 5): a merge is a lead's decision, recorded
// with a reason and audited, and it can be undone. Lantern never merges on its own. A merge points the merged entity
// at the one it joins (entity.merged_into); links are not rewritten, so undoing a merge restores exactly what was there.

export type Comparison = { prior: number; fields: { column: string; label: string; weight: number }[] };
export type MatchView = { candidate: CandidateRow; left: EntityView; right: EntityView; comparison: Comparison };

const FIELD_LABELS: Readonly<Record<string, string>> = {
  given: 'Given name',
  family: 'Family name',
  nickname: 'Nickname',
  dob: 'Date of birth',
  postcode: 'Postcode',
  phone: 'Phone number',
  vrm: 'Vehicle registration',
};
export const fieldLabel = (column: string): string => FIELD_LABELS[column] ?? column;

function comparisonOf(c: CandidateRow): Comparison {
  const raw = c.comparison as Partial<Comparison> | null;
  return { prior: typeof raw?.prior === 'number' ? raw.prior : 0, fields: Array.isArray(raw?.fields) ? raw.fields : [] };
}

async function viewOf(repos: Repositories, c: CandidateRow): Promise<MatchView | null> {
  const ends = new Map((await repos.network.entities([c.leftEntity, c.rightEntity])).map((e) => [e.id, e]));
  const left = ends.get(c.leftEntity);
  const right = ends.get(c.rightEntity);
  if (!left || !right) return null;
  return { candidate: c, left: describeEntity(left), right: describeEntity(right), comparison: comparisonOf(c) };
}

// The survivor of a merge: the record made first (its id is the one other agencies have been linking to longest).
const survivorOf = (a: EntityRow, b: EntityRow): [EntityRow, EntityRow] => (a.createdAt <= b.createdAt ? [a, b] : [b, a]);

export function networkMatchesService(store: Store, clock: Clock) {
  async function load(repos: Repositories, ctx: Ctx, id: string): Promise<CandidateRow> {
    ensureAllowed(ctx, 'linkage.review');
    const c = isUuid(id) ? await repos.network.candidate(id) : undefined;
    if (!c) throw new NotFound('There is no possible match with that reference');
    return c;
  }

  return {
    async list(ctx: Ctx): Promise<{ open: MatchView[]; decided: MatchView[] }> {
      ensureAllowed(ctx, 'linkage.review');
      const now = clock();
      return store.transaction(async (repos) => {
        const views = async (status: string) =>
          (await inTurn(await repos.network.candidatesByStatus(status), (c) => viewOf(repos, c))).filter((v) => v !== null);
        const open = await views('open');
        const decided = [...(await views('merged')), ...(await views('rejected')), ...(await views('undone'))];
        await repos.audit.append(auditOf(ctx, now, { action: 'linkage.list', subjectType: 'match_candidate', detail: { open: open.length } }));
        return { open, decided };
      });
    },

    async get(ctx: Ctx, id: string): Promise<MatchView> {
      const now = clock();
      return store.transaction(async (repos) => {
        const c = await load(repos, ctx, id);
        const v = await viewOf(repos, c);
        if (!v) throw new NotFound('There is no possible match with that reference');
        await repos.audit.append(auditOf(ctx, now, { action: 'linkage.view', subjectType: 'match_candidate', subjectId: c.id }));
        return v;
      });
    },

    /** Same person (merge) or not (reject), with the lead's reason. */
    async decide(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        const c = await load(repos, ctx, id);
        const input = parse(MatchDecisionInput, raw);
        if (c.status !== 'open') throw new ValidationError({ decision: 'This possible match has already been decided' });
        const done = await repos.network.updateCandidate(c.id, input.version, {
          status: input.decision === 'merge' ? 'merged' : 'rejected',
          reviewedBy: ctx.actor.id,
          reviewedAt: now,
          reason: input.reason,
        });
        if (!done) throw new Conflict('Someone else has just decided this possible match. Reload the page to see it.', c);
        if (input.decision === 'merge') {
          const ends = await repos.network.entities([c.leftEntity, c.rightEntity]);
          if (ends.length !== 2 || ends.some((e) => e.mergedInto)) throw new ValidationError({ decision: 'One of these records has already been merged' });
          const [keep, merged] = survivorOf(ends[0]!, ends[1]!);
          await repos.network.updateEntity(merged.id, merged.version, { mergedInto: keep.id, updatedAt: now });
          await refreshAlert(repos, keep.id, now);
        }
        await repos.audit.append(
          auditOf(ctx, now, { action: input.decision === 'merge' ? 'linkage.merge' : 'linkage.reject', subjectType: 'match_candidate', subjectId: c.id }),
        );
      });
    },

    /** Undoes a merge: the merged record stands on its own again, with all its links. */
    async undo(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        const c = await load(repos, ctx, id);
        const input = parse(MatchUndoInput, raw);
        if (c.status !== 'merged') throw new ValidationError({ reason: 'Only a merge can be undone' });
        const done = await repos.network.updateCandidate(c.id, input.version, {
          status: 'undone',
          undoneBy: ctx.actor.id,
          undoneAt: now,
          reason: `${c.reason ?? ''} | undone: ${input.reason}`,
        });
        if (!done) throw new Conflict('Someone else has just changed this decision. Reload the page to see it.', c);
        for (const e of await repos.network.entities([c.leftEntity, c.rightEntity]))
          if (e.mergedInto === c.leftEntity || e.mergedInto === c.rightEntity)
            await repos.network.updateEntity(e.id, e.version, { mergedInto: null, updatedAt: now });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'linkage.undo', subjectType: 'match_candidate', subjectId: c.id, detail: { reason: 'recorded on the candidate' } }),
        );
      });
    },
  };
}
