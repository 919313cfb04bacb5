import { z } from 'zod';
import { GENESIS_HASH, verifyBatch, type ChainBreak } from '../core/audit/chain.ts';
import { NotFound } from '../core/errors.ts';
import { sha256 } from '../db/repositories/audit.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';

// The whole trail's page: older events before a sequence number, optionally one user's events only (the unusual-access
// report links here). An empty value is no filter.
export const AuditPageQuery = z.object({
  before: z.coerce
    .number({ error: 'The page number is not valid' })
    .int('The page number is not valid')
    .min(1, 'The page number is not valid')
    .max(Number.MAX_SAFE_INTEGER, 'The page number is not valid')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  user: z
    .uuid({ error: 'There is no user with that reference' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

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

/** Bad API tokens are written to the trail at most this often, each record counting every one since the last. */
export const TOKEN_REFUSALS_EVERY_MS = 60_000;
const TOKEN_REFUSAL_ROUTES = 20;

export function auditService(store: Store, clock: Clock) {
  // API calls with a wrong, revoked or expired token (ASVS 7.1.3, 7.2.1): there is no one to name, and writing each one
  // would let anyone fill the trail. The first is written at once; later ones are counted into the next record, written
  // once the interval has passed (so a burst shows within a minute of its next call, and at most a minute is unwritten).
  let tokenRefusals = { count: 0, since: null as Date | null, routes: new Set<string>(), lastWritten: -Infinity };
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
    async refused(ctx: Ctx, e: { method: string; route: string; reason?: 'csrf' | 'rate_limit' }): Promise<void> {
      await store.transaction((repos) =>
        repos.audit.append(auditOf(ctx, clock(), { action: 'access.refused', subjectType: 'route', purpose: 'security', detail: e })),
      );
    },

    async tokenRefused(e: { method: string; route: string }): Promise<void> {
      const now = clock();
      const t = tokenRefusals;
      t.count += 1;
      t.since ??= now;
      if (t.routes.size < TOKEN_REFUSAL_ROUTES) t.routes.add(`${e.method} ${e.route}`);
      if (now.getTime() - t.lastWritten < TOKEN_REFUSALS_EVERY_MS) return;
      tokenRefusals = { count: 0, since: null, routes: new Set(), lastWritten: now.getTime() };
      const detail = { count: t.count, since: t.since.toISOString(), routes: [...t.routes].sort() };
      await store.transaction((repos) =>
        repos.audit.append({
          at: now,
          userId: null,
          agencyId: null,
          action: 'api.token_refused',
          subjectType: 'route',
          subjectId: null,
          personId: null,
          purpose: 'security',
          breakGlass: false,
          via: 'api',
          detail,
        }),
      );
    },

    // "Who has viewed or changed this record". Looking at the trail is itself a view of the record.
    async forPerson(ctx: Ctx, personId: string): Promise<AuditView[]> {
      const now = clock();
      await store.transaction(async (repos) => {
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
      });
      // Read once this view has joined the trail (at commit, migrations/0021), so that it lists itself.
      return named(await store.repos.audit.forPerson(personId));
    },

    // The trail's page from a query string (the /audit page): checked first, then validated (400 on a bad value).
    async page(ctx: Ctx, raw: unknown) {
      ensureAllowed(ctx, 'audit.read_all');
      const q = parse(AuditPageQuery, raw);
      const user = q.user ? await store.repos.users.byId(q.user) : undefined;
      if (q.user && !user) throw new NotFound('There is no user with that reference');
      const events = await named(await store.repos.audit.page({ beforeSeq: q.before, userId: q.user, limit: 100 }));
      return { events, user: user ? { id: user.id, displayName: user.displayName } : null };
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
