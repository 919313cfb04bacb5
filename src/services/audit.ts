import { GENESIS_HASH, verifyBatch, type ChainBreak } from '../core/audit/chain.ts';
import { sha256 } from '../db/repositories/audit.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, loadPerson } from './context.ts';

export type AuditView = {
  seq: number;
  at: Date;
  action: string;
  userName: string;
  agencyName: string;
  purpose: string;
  breakGlass: boolean;
  via: string;
  subjectType: string;
};

export function auditService(store: Store, clock: Clock) {
  async function named(
    rows: {
      seq: number;
      at: Date;
      action: string;
      userId: string | null;
      agencyId: string | null;
      purpose: string;
      breakGlass: boolean;
      via: string;
      subjectType: string;
    }[],
  ): Promise<AuditView[]> {
    const [users, agencies] = await Promise.all([store.repos.users.list(), store.repos.users.agencies()]);
    const u = new Map(users.map((x) => [x.id, x.displayName]));
    const a = new Map(agencies.map((x) => [x.id, x.name]));
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      action: r.action,
      userName: (r.userId && u.get(r.userId)) ?? 'System',
      agencyName: (r.agencyId && a.get(r.agencyId)) ?? '',
      purpose: r.purpose,
      breakGlass: r.breakGlass,
      via: r.via,
      subjectType: r.subjectType,
    }));
  }

  return {
    // A request refused to a signed-in user (ASVS 7.1.3 and 7.2.2: access-control failures are logged), so that
    // someone trying record after record shows in the trail. The route pattern and method only: no ids, no body.
    async refused(ctx: Ctx, e: { method: string; route: string }): Promise<void> {
      await store.transaction((repos) =>
        repos.audit.append(auditOf(ctx, clock(), { action: 'access.refused', subjectType: 'route', purpose: 'security', detail: e })),
      );
    },

    // "Who has viewed or changed this record". Looking at the trail is itself a view of the record.
    async forPerson(ctx: Ctx, personId: string): Promise<AuditView[]> {
      const now = clock();
      const rows = await store.transaction(async (repos) => {
        const { decision } = await loadPerson(repos, ctx, 'person.audit', personId, now);
        await repos.audit.append({
          at: now,
          userId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          action: 'person.audit_view',
          subjectType: 'person',
          subjectId: personId,
          personId,
          purpose: ctx.actor.role === 'auditor' ? 'audit' : 'direct care',
          breakGlass: decision.breakGlass,
          via: ctx.via,
          detail: {},
        });
        return repos.audit.forPerson(personId);
      });
      return named(rows);
    },

    async page(ctx: Ctx, opts: { beforeSeq?: number | undefined; action?: string | undefined }) {
      ensureAllowed(ctx, 'audit.read_all');
      return named(await store.repos.audit.page({ ...opts, limit: 100 }));
    },
  };
}

// Streams the chain in batches so that millions of events verify in constant memory.
export async function verifyAuditChain(store: Store, batchSize = 5000): Promise<{ ok: true; count: number } | { ok: false; count: number; break: ChainBreak }> {
  let last = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  for (;;) {
    const batch = await store.repos.audit.batchAfter(last.seq, batchSize);
    if (!batch.length) return { ok: true, count };
    const r = verifyBatch(batch, last, sha256);
    if (r.break) return { ok: false, count, break: r.break };
    count += batch.length;
    last = r.last;
  }
}
