import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestClock, type TestDatabase, testClock, testDatabase } from '../../test/setup/test-db.ts';
import { GENESIS_HASH, eventHash } from '../core/audit/chain.ts';
import { verifyAuditChain } from '../services/audit.ts';
import { type AuditInput, sha256 } from './repositories/audit.ts';
import { auditEvent } from './schema/index.ts';
import type { Store } from './store.ts';

// The audit trail through the real repositories and the real trigger (migrations/0001): hash-chained, append-only.

let t: TestDatabase;
let clock: TestClock;
// Each test gets a fresh database: tampering is committed, so it cannot be rolled back between tests.
beforeEach(async () => {
  t = await testDatabase();
  clock = testClock();
});
afterEach(() => t.close());

const agencyId = randomUUID();
const userId = randomUUID();

function event(n: number): AuditInput {
  const personId = randomUUID();
  return {
    at: clock.advance(60_000),
    userId,
    agencyId,
    action: 'person.view',
    subjectType: 'person',
    subjectId: personId,
    personId,
    purpose: 'direct care',
    breakGlass: n % 7 === 0,
    via: 'web',
    // Keys out of order and nested: jsonb stores them in its own order, the hash must not care.
    detail: { zeta: n, alpha: { y: [1, 'two', null], x: true } },
  };
}

// Each event in its own transaction, returned as written (the chain gives it its seq and hash at commit).
async function appendInOrder(store: Store, count: number): Promise<AuditInput[]> {
  const out = [];
  for (let n = 1; n <= count; n++) {
    const e = event(n);
    await store.transaction((repos) => repos.audit.append(e));
    out.push(e);
  }
  return out;
}

const allRows = () => t.store.repos.audit.batchAfter(0, 10_000);

// What someone with the database superuser's password could do: switch triggers off for one transaction.
async function tamperAsSuperuser(pool: pg.Pool, text: string, values: unknown[]): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query('set local session_replication_role = replica');
    await c.query(text, values);
    await c.query('commit');
  } catch (e) {
    await c.query('rollback');
    throw e;
  } finally {
    c.release();
  }
}

// Drizzle wraps driver errors (DrizzleQueryError); the PostgreSQL error is the cause.
function pgError(e: unknown): { code?: string; message: string } {
  let cur: unknown = e;
  while (cur instanceof Error) {
    if ('code' in cur && typeof cur.code === 'string') return cur as { code: string; message: string };
    cur = cur.cause;
  }
  return { message: String(e) };
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, 'the statement should have been refused').toBeDefined();
  return pgError(e);
}

// On a break, verifyAuditChain's `count` is the number of events in the batches before the failing batch, so it
// depends on the batch size; these tests pin the break itself (seq and problem), which is what an auditor acts on.
describe('audit trail', () => {
  it('appends a chain: seq 1..n, each prev_hash is the previous hash, the first links to genesis', async () => {
    const appended = await appendInOrder(t.store, 6);
    const rows = await allRows();

    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(6);
    // What was written is what was stored, in the order written, and the hash is the one eventHash defines.
    expect(rows.map((r) => [r.subjectId, r.breakGlass, r.detail])).toEqual(appended.map((e) => [e.subjectId, e.breakGlass, e.detail]));
    for (const r of rows) expect(r.hash).toBe(eventHash(r, sha256));
    // Nothing is left waiting outside a transaction.
    expect((await t.db.execute(sql`select 1 from audit_pending`)).rows).toEqual([]);
    expect(await t.store.repos.audit.count()).toBe(6);
  });

  it('verifies an intact chain, across batch boundaries too', async () => {
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 0 });
    await appendInOrder(t.store, 7);
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 7 });
    expect(await verifyAuditChain(t.store, 2)).toEqual({ ok: true, count: 7 });
    expect(await verifyAuditChain(t.store, 7)).toEqual({ ok: true, count: 7 });
  });

  it('reports the first altered row when a superuser rewrites history behind the trigger', async () => {
    await appendInOrder(t.store, 6);
    await tamperAsSuperuser(t.pool, 'update audit_event set purpose = $1 where seq = $2', ['curiosity', 4]);

    const [row4] = await t.db.select().from(auditEvent).where(eq(auditEvent.seq, 4));
    expect(row4?.purpose).toBe('curiosity');
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, break: { seq: 4, problem: 'hash' } });
    expect(await verifyAuditChain(t.store, 2)).toMatchObject({ ok: false, break: { seq: 4, problem: 'hash' } });
  });

  it('reports a broken link at the next row when the altered row is re-hashed to hide the edit', async () => {
    await appendInOrder(t.store, 5);
    const [row2] = await t.db.select().from(auditEvent).where(eq(auditEvent.seq, 2));
    if (!row2) throw new Error('row 2 missing');
    const edited: Partial<typeof row2> = { ...row2, purpose: 'curiosity' };
    delete edited.hash;
    const rehashed = eventHash(edited as Omit<typeof row2, 'hash'>, sha256);
    await tamperAsSuperuser(t.pool, 'update audit_event set purpose = $1, hash = $2 where seq = $3', ['curiosity', rehashed, 2]);

    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, break: { seq: 3, problem: 'prev_hash' } });
  });

  it('reports a gap where a middle row was deleted', async () => {
    await appendInOrder(t.store, 6);
    await tamperAsSuperuser(t.pool, 'delete from audit_event where seq = $1', [3]);

    expect((await allRows()).map((r) => r.seq)).toEqual([1, 2, 4, 5, 6]);
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, break: { seq: 3, problem: 'gap' } });
    expect(await verifyAuditChain(t.store, 2)).toMatchObject({ ok: false, break: { seq: 3, problem: 'gap' } });
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application, even on a superuser connection', async () => {
    await appendInOrder(t.store, 3);

    const update = await refusal(t.db.update(auditEvent).set({ purpose: 'curiosity' }).where(eq(auditEvent.seq, 2)));
    expect(update).toMatchObject({ code: '42501', message: expect.stringContaining('audit_event is append-only') });

    const del = await refusal(t.db.delete(auditEvent).where(eq(auditEvent.seq, 2)));
    expect(del).toMatchObject({ code: '42501', message: expect.stringContaining('audit_event is append-only') });

    const truncate = await refusal(t.db.execute(sql`truncate audit_event`));
    expect(truncate).toMatchObject({ code: '42501' });

    // Refused inside a transaction too.
    const inTx = await refusal(t.db.transaction((tx) => tx.delete(auditEvent)));
    expect(inTx).toMatchObject({ code: '42501' });

    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 3 });
  });

  it('keeps no trace of an action whose transaction fails, and leaves no gap', async () => {
    await appendInOrder(t.store, 2);
    await expect(
      t.store.transaction(async (repos) => {
        await repos.audit.append(event(3));
        throw new Error('the action failed after auditing');
      }),
    ).rejects.toThrow('the action failed after auditing');

    expect(await t.store.repos.audit.count()).toBe(2);
    await t.store.transaction((repos) => repos.audit.append(event(4)));
    expect((await t.store.repos.audit.head())?.seq).toBe(3);
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 3 });
  });

  it('gives a gap-free chain under 20 concurrent transactions, several events each, in the order each wrote them', async () => {
    await appendInOrder(t.store, 2);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.store.transaction(async (repos) => {
          await repos.audit.append({ ...event(100 + i), subjectId: `tx${i}-first` });
          // Work between the appends and before commit: the chain is not held meanwhile.
          await repos.audit.count();
          await repos.audit.append({ ...event(200 + i), subjectId: `tx${i}-second` });
        }),
      ),
    );

    const rows = await allRows();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    // A transaction's events are next to each other, first before second: they join the chain together at its commit.
    for (let i = 0; i < 20; i++) {
      const at = rows.findIndex((r) => r.subjectId === `tx${i}-first`);
      expect(rows[at + 1]?.subjectId).toBe(`tx${i}-second`);
    }
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 42 });
  });

  it('hashes text beyond ASCII in the database as Node does (UTF-8)', async () => {
    const detail = { reason: 'Zoë’s aunt 👧 said “not safe”\u2028next line', nested: { clé: ['ü', '\u0007'] } };
    await t.store.transaction((repos) => repos.audit.append({ ...event(1), purpose: 'direct care – école', detail }));
    const [row] = await allRows();
    expect(row!.detail).toEqual(detail);
    expect(row!.hash).toBe(eventHash(row!, sha256));
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 1 });
  });

  it('keeps an event out of the chain until its transaction commits', async () => {
    await appendInOrder(t.store, 1);
    await t.store.transaction(async (repos) => {
      await repos.audit.append(event(2));
      expect(await t.store.repos.audit.count()).toBe(1);
    });
    expect(await t.store.repos.audit.count()).toBe(2);
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, count: 2 });
  });
});
