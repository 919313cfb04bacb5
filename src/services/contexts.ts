import { inTurn } from './in-turn.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import type { ContextAssessmentRow, ContextReferralRow } from '../db/repositories/network.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid } from './context.ts';
import { parse } from './inputs/fields.ts';
import { ContextAssessmentInput, ContextReferralInput } from './inputs/network.ts';
import { describeEntity, type EntityView } from './network.ts';

// Contextual Safeguarding level 2 (Firmin 2020; the Contextual Safeguarding Network's context assessment): a place or
// a group is referred and assessed as a context, not only the children harmed there. The assessment records
// guardianship (who is responsible for the place and how they act), the physical environment, the young people who
// gather there, the concerns, and the actions agreed (which the MASE panel can take on).

/** One page of a referral's assessments, newest first (`hasOlder`: there are more after it). */
export type ContextView = {
  referral: ContextReferralRow;
  subject: EntityView;
  assessments: ContextAssessmentRow[];
  agency: string;
  page: number;
  hasOlder: boolean;
};

// A place assessed every month for years keeps a long history: the page shows ten at a time, newest first.
export const ASSESSMENTS_PER_PAGE = 10;

const CONTEXT_KINDS = new Set(['location', 'group']);

export function contextsService(store: Store, clock: Clock) {
  // The referring agency's case workers, and every lead and MASE coordinator (the panel works across agencies).
  const mayRead = (ctx: Ctx, r: ContextReferralRow) =>
    ctx.actor.role === 'safeguarding_lead' || ctx.actor.role === 'mase_coordinator' || r.agencyId === ctx.actor.agencyId;

  // `pageSize` assessments from page `page` (1 = the newest); one row past the page says whether there are older ones.
  async function viewOf(
    repos: Repositories,
    r: ContextReferralRow,
    agencies: Map<string, string>,
    page: number,
    pageSize: number,
  ): Promise<ContextView | null> {
    const e = await repos.network.entity(r.entityId);
    if (!e) return null;
    const rows = await repos.network.contextAssessments(r.id, pageSize + 1, (page - 1) * pageSize);
    return {
      referral: r,
      subject: describeEntity(e),
      assessments: rows.slice(0, pageSize),
      agency: agencies.get(r.agencyId) ?? '',
      page,
      hasOlder: rows.length > pageSize,
    };
  }

  async function load(repos: Repositories, ctx: Ctx, id: string): Promise<ContextReferralRow> {
    ensureAllowed(ctx, 'context.refer');
    const r = isUuid(id) ? await repos.network.contextReferral(id) : undefined;
    if (!r) throw new NotFound('There is no context referral with that reference');
    if (!mayRead(ctx, r)) throw new Forbidden('This referral is for the referring agency and the safeguarding leads');
    return r;
  }

  return {
    /** The place or group a referral would be about (offered from the network page). */
    async subject(ctx: Ctx, entityId: string): Promise<EntityView> {
      ensureAllowed(ctx, 'context.refer');
      return store.transaction(async (repos) => {
        const e = isUuid(entityId) ? await repos.network.entity(entityId) : undefined;
        if (!e || !CONTEXT_KINDS.has(e.kind)) throw new NotFound('There is no place or group with that reference');
        return describeEntity(e);
      });
    },

    async refer(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'context.refer');
      const now = clock();
      return store.transaction(async (repos) => {
        const input = parse(ContextReferralInput, raw);
        const e = await repos.network.entity(input.entityId);
        if (!e || !CONTEXT_KINDS.has(e.kind)) throw new ValidationError({ entityId: 'Select a place or a group' });
        const r = await repos.network.addContextReferral({
          entityId: e.id,
          reason: input.reason,
          referredBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        await repos.audit.append(auditOf(ctx, now, { action: 'context.refer', subjectType: 'context_referral', subjectId: r.id }));
        return { id: r.id };
      });
    },

    async list(ctx: Ctx): Promise<ContextView[]> {
      ensureAllowed(ctx, 'context.refer');
      return store.transaction(async (repos) => {
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const rows = (await repos.network.contextReferrals()).filter((r) => mayRead(ctx, r));
        // The list shows each referral's latest assessment only.
        return (await inTurn(rows, (r) => viewOf(repos, r, agencies, 1, 1))).filter((v) => v !== null);
      });
    },

    /** One referral with one page of its assessments (`page` as given in the address; anything but 1-999999 is 1). */
    async get(ctx: Ctx, id: string, page = '1'): Promise<ContextView> {
      const now = clock();
      const pageNo = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1;
      return store.transaction(async (repos) => {
        const r = await load(repos, ctx, id);
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const v = await viewOf(repos, r, agencies, pageNo, ASSESSMENTS_PER_PAGE);
        if (!v) throw new NotFound('There is no context referral with that reference');
        await repos.audit.append(auditOf(ctx, now, { action: 'context.view', subjectType: 'context_referral', subjectId: r.id }));
        return v;
      });
    },

    async assess(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        const r = await load(repos, ctx, id);
        ensureAllowed(ctx, 'context.assess');
        const input = parse(ContextAssessmentInput, raw);
        const moved = await repos.network.setContextReferralStatus(r.id, input.version, 'assessed');
        if (!moved) throw new Conflict('Someone else has just changed this referral. Reload the page to see it.', r);
        await repos.network.addContextAssessment({
          referralId: r.id,
          guardianship: input.guardianship,
          environment: input.environment,
          youngPeople: input.youngPeople,
          concerns: input.concerns,
          actions: input.actions,
          level: input.level,
          assessedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          assessedAt: now,
        });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'context.assess', subjectType: 'context_referral', subjectId: r.id, detail: { level: input.level } }),
        );
      });
    },
  };
}
