import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifSet } from '../../test/setup/hooks.ts';
import { type TestDatabase, testDatabase } from '../../test/setup/test-db.ts';
import { sqlStateOf, TRANSACTION_TRIES } from './store.ts';

// store.transaction runs a transaction again when PostgreSQL ends it to break a deadlock or a serialization failure,
// against the real server: two transactions that lock the same two rows in opposite orders both commit.

let t: TestDatabase;
const [a, b] = [randomUUID(), randomUUID()];

beforeAll(async () => {
  t = await testDatabase();
  const now = new Date();
  for (const [id, name] of [
    [a, 'Deadlock Agency A'],
    [b, 'Deadlock Agency B'],
  ] as const)
    await t.db.execute(sql`insert into agency (id, name, kind, created_at) values (${id}, ${name}, 'police', ${now})`);
});
afterAll(async () => ifSet(t)?.close());

describe('store.transaction', () => {
  it('runs again the transaction PostgreSQL ended to break a deadlock, so both writers commit', async () => {
    let bothHoldFirst!: () => void;
    const held = new Promise<void>((resolve) => {
      let n = 0;
      bothHoldFirst = () => {
        if (++n === 2) resolve();
      };
    });
    const runs = { ab: 0, ba: 0 };
    const writer = (first: string, second: string, key: 'ab' | 'ba') =>
      t.store.transaction(async (_repos, tx) => {
        runs[key]++;
        await tx.execute(sql`update agency set version = version + 1 where id = ${first}`);
        // Only the first run waits for the other: a run again takes both locks at once.
        if (runs[key] === 1) {
          bothHoldFirst();
          await held;
        }
        await tx.execute(sql`update agency set version = version + 1 where id = ${second}`);
        return key;
      });
    const results = await Promise.all([writer(a, b, 'ab'), writer(b, a, 'ba')]);
    expect(results).toEqual(['ab', 'ba']);
    // At least one of the two was ended by the deadlock detector and ran again (on a heavily loaded machine a run again
    // was once ended a second time, 4 runs in all; what matters is that both commit, once each, below).
    expect(runs.ab + runs.ba).toBeGreaterThanOrEqual(3);
    expect(runs.ab + runs.ba).toBeLessThanOrEqual(2 * TRANSACTION_TRIES);
    const versions = await t.db.execute<{ version: number }>(sql`select version from agency where id in (${a}, ${b})`);
    expect(versions.rows.map((r) => r.version)).toEqual([3, 3]);
  });

  it('gives up after a few tries, and never runs again a transaction that failed for another reason', async () => {
    let tries = 0;
    const serialization = Object.assign(new Error('could not serialize access'), { code: '40001' });
    await expect(
      t.store.transaction(async () => {
        tries++;
        throw serialization;
      }),
    ).rejects.toBe(serialization);
    expect(tries).toBe(TRANSACTION_TRIES);

    tries = 0;
    await expect(
      t.store.transaction(async (_repos, tx) => {
        tries++;
        await tx.execute(sql`insert into agency (id, name, kind, created_at) values (${a}, 'Duplicate', 'police', now())`);
      }),
    ).rejects.toThrow();
    expect(tries).toBe(1);
  });

  it('reads the SQLSTATE through drizzle’s wrapper', () => {
    expect(sqlStateOf(Object.assign(new Error('Failed query'), { cause: { code: '40P01' } }))).toBe('40P01');
    expect(sqlStateOf({ code: 'ECONNRESET' })).toBeUndefined();
    expect(sqlStateOf(null)).toBeUndefined();
  });
});
