import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { type AuditRecord, GENESIS_HASH, eventHash } from '../../core/audit/chain.ts';
import type { Db } from '../connection.ts';
import { auditEvent } from '../schema/index.ts';

export type AuditInput = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

// Arbitrary constant key for the advisory lock that serialises appends to the chain.
const CHAIN_LOCK = 7_411_002;

export function auditRepository(db: Db) {
  return {
    // Called inside the action's transaction: if this fails, the action fails.
    async append(input: AuditInput): Promise<AuditRecord> {
      // The lock and the chain's last event in one round trip (migrations/0013: the read follows the lock).
      const [last] = (await db.execute<{ seq: string; hash: string }>(sql`select seq, hash from lantern_audit_tail(${CHAIN_LOCK})`)).rows.map((r) => ({
        seq: Number(r.seq),
        hash: r.hash,
      }));
      const base = { ...input, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
      const row = { ...base, hash: eventHash(base, sha256) };
      await db.insert(auditEvent).values(row);
      return row;
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

    async count(): Promise<number> {
      const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvent);
      return r?.n ?? 0;
    },
  };
}
