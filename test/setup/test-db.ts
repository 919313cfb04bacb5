// Helpers for integration and e2e tests. A test file gets its own database, cloned from the migrated template that
// test/setup/global-db.ts made for this run:
//
//   import { testDatabase, type TestDatabase } from '../../test/setup/test-db.ts';
//   let t: TestDatabase;
//   beforeAll(async () => { t = await testDatabase(); });
//   afterAll(() => t.close());
//
// The connection is a superuser (tests may bypass the audit trigger on purpose); the app's code only ever uses t.db.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { connect, type Database, type Db } from '../../src/db/connection.ts';
import { createStore, type Store } from '../../src/db/store.ts';
import type { Clock } from '../../src/services/index.ts';
import { databaseUrl, quoteIdent, type TestDbInfo } from './global-db.ts';

export type TestDatabase = {
  db: Db;
  pool: pg.Pool;
  store: Store;
  /** URL of this file's own database (superuser). */
  url: string;
  /** Database name: `test_<run>_<random>`. */
  name: string;
  kind: Database['kind'];
  serverVersion: string;
  /** Closes the pool and drops the database. Safe to call twice. */
  close: () => Promise<void>;
};

export function testDbInfo(): TestDbInfo {
  const info = inject('lanternTestDb');
  if (!info) {
    throw new Error(
      'No test database server: testDatabase() only works in the integration and e2e projects. Name the file *.int.test.ts (or put it under test/integration/).',
    );
  }
  return info;
}

async function admin<T>(info: TestDbInfo, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: info.adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const OBJECT_IN_USE = '55006';

async function cloneDatabase(c: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await c.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`);
      return;
    } catch (e) {
      // "source database is being accessed by other users": transient, retry briefly.
      if ((e as { code?: string }).code !== OBJECT_IN_USE || attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

/**
 * A database cloned from the migrated template, or from a seeded one: `seed` names a template this run builds once,
 * with `load`, the first time a file asks for it (the e2e journeys all start from the same demo data, so each file
 * clones it instead of loading it again). The seeded template carries the run's prefix, so the run drops it at the end.
 */
export async function testDatabase(seed?: { key: string; load: (t: TestDatabase) => Promise<void> }): Promise<TestDatabase> {
  const info = testDbInfo();
  const template = seed ? await seededTemplate(info, seed.key, seed.load) : info.template;
  const name = `${info.prefix}${randomBytes(6).toString('hex')}`;
  await admin(info, (c) => cloneDatabase(c, name, template));
  const url = databaseUrl(info.adminUrl, name);
  const database = connect(url, info.kind);
  let closed: Promise<void> | undefined;
  return {
    db: database.db,
    pool: database.pool,
    store: createStore(database.db),
    url,
    name,
    kind: info.kind,
    serverVersion: info.serverVersion,
    close: () =>
      (closed ??= (async () => {
        await database.close();
        await admin(info, (c) => c.query(`drop database if exists ${quoteIdent(name)} with (force)`));
      })()),
  };
}

async function seededTemplate(info: TestDbInfo, key: string, load: (t: TestDatabase) => Promise<void>): Promise<string> {
  const template = `${info.prefix}seed_${key}`;
  await admin(info, async (c) => {
    // One builder at a time across test files; the others wait and then find it.
    await c.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const found = await c.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rowCount) return;
      await cloneDatabase(c, template, info.template);
      const seeded = connect(databaseUrl(info.adminUrl, template), info.kind);
      try {
        await load({ ...seededHandle(seeded, template, info), close: () => Promise.resolve() });
      } finally {
        await seeded.close();
      }
    } catch (e) {
      await c.query(`drop database if exists ${quoteIdent(template)} with (force)`);
      throw e;
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

function seededHandle(database: ReturnType<typeof connect>, name: string, info: TestDbInfo): Omit<TestDatabase, 'close'> {
  return {
    db: database.db,
    pool: database.pool,
    store: createStore(database.db),
    url: databaseUrl(info.adminUrl, name),
    name,
    kind: info.kind,
    serverVersion: info.serverVersion,
  };
}

export type TestClock = Clock & {
  now: () => Date;
  /** Moves time forward (or back, with a negative ms) and returns the new time. */
  advance: (ms: number) => Date;
  set: (at: Date) => void;
};

// A clock the test controls. It is also callable, so it can be passed wherever a Clock (() => Date) is expected:
// createServices(store, clock, config).
export function testClock(start: Date = new Date('2026-11-28T10:00:00Z')): TestClock {
  let t = start.getTime();
  const now = (): Date => new Date(t);
  return Object.assign(() => now(), {
    now,
    advance: (ms: number) => {
      t += ms;
      return now();
    },
    set: (at: Date) => {
      t = at.getTime();
    },
  });
}

// Config for tests: built from an empty environment (the developer's shell never leaks in), quiet logs.
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Ward figures are counted afresh on every call, so that a test sees its own writes (the cache has its own test).
  return { ...loadConfig({ LANTERN_MAP_FIGURES_SECONDS: '0' }, { logLevel: 'silent', dataDir: path.resolve('.test-data') }), ...overrides };
}
