import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, lt, max, type SQL, sql } from 'drizzle-orm';
import { type AuditRecord, chainParts } from '../../core/audit/chain.ts';
import { COUNTED_ACTIONS, type DailyAccess, type TokenRefusalDay } from '../../core/audit/unusual-access.ts';
import type { Db } from '../connection.ts';
import { auditEvent, auditPending } from '../schema/index.ts';

export type AuditInput = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export type DailyAccessWindow = { fromDay: string; toDay: string; agencyId: string | null };

/**
 * Per user, per calendar day in London, from `fromDay` to `toDay` (inclusive, 'YYYY-MM-DD'): distinct records opened,
 * searches, break-glass grants and refusals (core/audit/unusual-access.ts COUNTED_ACTIONS). Counts only: no event's
 * detail and no record id leaves the database. `agencyId` limits it to what users did for that agency (the event's
 * agency). The range on `at` is read from audit_at_idx, which carries every column used here, so the table itself is
 * not read (migration 0018). Exported so that a test can check the plan.
 */
export function dailyAccessQuery(opts: DailyAccessWindow): SQL {
  const a = COUNTED_ACTIONS;
  // Grouped by the London date; its text form is made once per group, not once per event.
  const londonDay = sql`(at at time zone 'Europe/London')::date`;
  return sql`
    select user_id as "userId", to_char(${londonDay}, 'YYYY-MM-DD') as day,
      count(distinct person_id) filter (where action not in ${[...a.notOpening]})::int as records,
      count(*) filter (where action = ${a.search})::int as searches,
      count(*) filter (where action = ${a.breakGlass})::int as "breakGlass",
      count(*) filter (where action = ${a.refused})::int as refusals
    from audit_event
    where at >= (${opts.fromDay}::date::timestamp at time zone 'Europe/London')
      and at < ((${opts.toDay}::date + 1)::timestamp at time zone 'Europe/London')
      and user_id is not null
      ${opts.agencyId ? sql`and agency_id = ${opts.agencyId}` : sql``}
    group by user_id, ${londonDay}`;
}

export function auditRepository(db: Db) {
  return {
    // Called inside the action's transaction: if this fails, the action fails. The event joins the chain when the
    // transaction commits (migrations/0021: its seq and hash are given then, under the chain's lock), never if it rolls
    // back; until then it is not in audit_event.
    async append(input: AuditInput): Promise<void> {
      const { head, tail } = chainParts(input);
      await db.insert(auditPending).values({ ...input, hashHead: head, hashTail: tail });
    },

    async forPerson(personId: string, limit = 200) {
      return db.select().from(auditEvent).where(eq(auditEvent.personId, personId)).orderBy(desc(auditEvent.seq)).limit(limit);
    },

    async page(opts: { beforeSeq?: number | undefined; limit: number; userId?: string | undefined; action?: string | undefined }) {
      const conds = [
        opts.beforeSeq ? lt(auditEvent.seq, opts.beforeSeq) : undefined,
        opts.userId ? eq(auditEvent.userId, opts.userId) : undefined,
        opts.action ? eq(auditEvent.action, opts.action) : undefined,
      ].filter((c) => c !== undefined);
      return db
        .select()
        .from(auditEvent)
        .where(and(...conds))
        .orderBy(desc(auditEvent.seq))
        .limit(opts.limit);
    },

    // A user's own account history, newest first (migrations/0022 audit_account_idx: the condition is written as the
    // partial index states it, a literal, so that the index is used).
    async accountEvents(userId: string, actions: readonly string[], opts: { afterSeq?: number; limit: number }) {
      return db
        .select({ seq: auditEvent.seq, at: auditEvent.at, action: auditEvent.action, userId: auditEvent.userId, detail: auditEvent.detail })
        .from(auditEvent)
        .where(
          and(
            sql`${auditEvent.subjectType} = 'user'`,
            eq(auditEvent.subjectId, userId),
            inArray(auditEvent.action, [...actions]),
            opts.afterSeq !== undefined ? gt(auditEvent.seq, opts.afterSeq) : undefined,
          ),
        )
        .orderBy(desc(auditEvent.seq))
        .limit(opts.limit);
    },

    /** The seq of the user's latest sign-in, or null before their first. */
    async lastSignInSeq(userId: string): Promise<number | null> {
      const [row] = await db
        .select({ seq: max(auditEvent.seq) })
        .from(auditEvent)
        .where(and(sql`${auditEvent.subjectType} = 'user'`, eq(auditEvent.subjectId, userId), eq(auditEvent.action, 'auth.sign_in')));
      return row?.seq ?? null;
    },

    async batchAfter(seq: number, limit: number): Promise<AuditRecord[]> {
      return db.select().from(auditEvent).where(gt(auditEvent.seq, seq)).orderBy(asc(auditEvent.seq)).limit(limit);
    },

    /** The chain's last event (number and hash), or null when it is empty. */
    async head(): Promise<{ seq: number; hash: string } | null> {
      const [last] = await db.select({ seq: auditEvent.seq, hash: auditEvent.hash }).from(auditEvent).orderBy(desc(auditEvent.seq)).limit(1);
      return last ?? null;
    },

    async hashAt(seq: number): Promise<string | null> {
      const [r] = await db.select({ hash: auditEvent.hash }).from(auditEvent).where(eq(auditEvent.seq, seq));
      return r?.hash ?? null;
    },

    /** Per user and London day in a window: see dailyAccessQuery. */
    async dailyAccess(opts: DailyAccessWindow): Promise<DailyAccess[]> {
      return (await db.execute<DailyAccess>(dailyAccessQuery(opts))).rows;
    },

    /** API calls refused for their token, per London day (services/audit.ts tokenRefused writes one event a minute). */
    async dailyTokenRefusals(opts: { fromDay: string; toDay: string }): Promise<TokenRefusalDay[]> {
      const londonDay = sql`(at at time zone 'Europe/London')::date`;
      const q = sql`
        select to_char(${londonDay}, 'YYYY-MM-DD') as day, coalesce(sum((detail->>'count')::int), 0)::int as calls
        from audit_event
        where action = ${COUNTED_ACTIONS.tokenRefused}
          and at >= (${opts.fromDay}::date::timestamp at time zone 'Europe/London')
          and at < ((${opts.toDay}::date + 1)::timestamp at time zone 'Europe/London')
        group by ${londonDay}`;
      return (await db.execute<TokenRefusalDay>(q)).rows;
    },

    async count(): Promise<number> {
      const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvent);
      return r?.n ?? 0;
    },
  };
}
