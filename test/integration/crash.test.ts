// Crash test: Lantern is killed with SIGKILL in the middle of a stream of API writes, then started again. Every write
// that was acknowledged (a 201 with its id, read in full) must still be there, with its audit event, and
// `lantern audit verify` must pass. Both engines:
//
//   embedded  the default: Lantern starts its own PostgreSQL 18 in a data folder. A SIGKILLed Lantern leaves that
//             postgres running, orphaned; the next Lantern on the folder must deal with it (src/db/embedded.ts). On
//             every second cycle the postgres processes are SIGKILLed too, as in a machine crash, so that PostgreSQL
//             has to recover from its WAL.
//   external  DATABASE_URL: a fresh database on this run's test server (embedded 18, or TEST_DATABASE_URL such as
//             PostgreSQL 15 from scripts/pg15.sh).
//
// Each cycle: start `lantern serve`; check what the previous crash kept (every acknowledged id, in the database and read
// back through the API) and that the audit chain verifies (the app's verifyAuditChain, in this process); run concurrent
// writers; SIGKILL the server while requests are in flight. After the last crash `lantern audit verify` is the first
// process to open the crashed folder or database; then a last restart checks everything and stops cleanly (SIGTERM).
//
// Environment: LANTERN_CRASH_CYCLES (default 3), LANTERN_CRASH_WRITERS (4), LANTERN_CRASH_WRITE_MS (1000-2000, per
// cycle), LANTERN_CRASH_ENGINES (default "embedded,external"; "external" alone when TEST_DATABASE_URL is set, as the
// embedded run covers the embedded engine), LANTERN_CRASH_CLI_VERIFY ("last", or "every" to run the command
// after every crash), LANTERN_CRASH_REPORT (a file for one JSON line per cycle: the benchmark).
//
//   npx vitest run --project integration test/integration/crash.test.ts
//   LANTERN_CRASH_CYCLES=20 npx vitest run --project integration test/integration/crash.test.ts
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Ack,
  ProcessTracker,
  type Server,
  type Unacked,
  checkKept,
  checkThroughApi,
  crashSettings,
  describeCli,
  embeddedUrl,
  freePort,
  killPostgresTree,
  lanternEnv,
  report,
  runCli,
  runningPostmaster,
  sleep,
  startServer,
  stopOrphanedPostgres,
  stopServer,
  verifyChain,
  withTimeout,
  writeStream,
} from '../crash/harness.ts';
import { databaseUrl, quoteIdent } from '../setup/global-db.ts';
import { testDbInfo } from '../setup/test-db.ts';

const info = testDbInfo();
const settings = crashSettings(info.kind);
const CYCLE_BUDGET_MS = 40_000;
const cyclesTimeout = 60_000 + settings.cycles * CYCLE_BUDGET_MS;

type Engine = {
  name: 'embedded' | 'external';
  tracker: ProcessTracker;
  /** --data-dir for the CLI (embedded only). */
  dataDir: string | null;
  env: NodeJS.ProcessEnv;
  /** The `lantern` database, while a server runs. */
  dbUrl: () => string;
};

const cliArgs = (e: Engine, ...args: string[]) => [...args, ...(e.dataDir ? ['--data-dir', e.dataDir] : [])];
const between = ([lo, hi]: [number, number]) => lo + Math.floor(Math.random() * (hi - lo + 1));
const log = (e: Engine, msg: string): void => {
  console.log(`[crash ${e.name}] ${msg}`);
};

/** Seeds the demo data (which brings the `practitioner` user) by starting `lantern demo`; the caller stops it. */
async function seed(e: Engine): Promise<Server> {
  const server = await startServer(e.tracker, 'demo', e.dataDir, e.env, 90_000);
  log(e, `demo data seeded, server ready in ${server.startMs} ms`);
  return server;
}

async function createToken(e: Engine): Promise<string> {
  const r = await runCli(e.tracker, cliArgs(e, 'token', 'create', '--user', 'practitioner', '--label', 'crash test'), e.env);
  expect(r.code, `token create: ${describeCli(r)}`).toBe(0);
  const token = r.stdout.trim().split('\n').pop() ?? '';
  expect(token).toMatch(/^lt_/);
  return token;
}

async function auditVerify(e: Engine, context: string): Promise<{ events: number; ms: number }> {
  const r = await runCli(e.tracker, cliArgs(e, 'audit', 'verify'), e.env);
  // The message and the exit status both: scripts rely on the status.
  expect(r.stdout, `audit verify ${context}: ${describeCli(r)}`).toMatch(/audit chain intact: \d+ events/);
  expect(r.code, `audit verify ${context}: ${describeCli(r)}`).toBe(0);
  return {
    events: Number(/audit chain intact: (\d+) events/.exec(r.stdout)![1]),
    ms: r.ms,
  };
}

async function expectKept(e: Engine, server: Server, token: string, all: readonly Ack[], unacked: readonly Unacked[], recent: readonly Ack[], context: string) {
  const kept = await checkKept(e.dbUrl(), all, unacked);
  expect(
    {
      missingChildren: kept.missingChildren,
      missingEntries: kept.missingEntries,
      alteredEntries: kept.alteredEntries,
      missingAudit: kept.missingAudit,
    },
    `acknowledged writes ${context}`,
  ).toEqual({
    missingChildren: [],
    missingEntries: [],
    alteredEntries: [],
    missingAudit: [],
  });
  // The app itself reads them back (the database check alone would not show a server that cannot read its data).
  expect(await checkThroughApi(server.base, token, recent), `acknowledged writes read through the API ${context}`).toEqual([]);
  return kept;
}

/** The SIGKILL cycles, then one clean start and stop. */
async function crashCycles(e: Engine, token: string): Promise<void> {
  const all: Ack[] = [];
  const allUnacked: Unacked[] = [];
  let recent: Ack[] = [];
  // Every acknowledged write has its audit event, in the same transaction: the chain can only be at least this long.
  let minEvents = 0;
  const checkChain = async (context: string) => {
    const chain = await verifyChain(e.dbUrl());
    expect(chain, `audit chain ${context}`).toMatchObject({ ok: true });
    expect(chain.count, `audit events ${context}: one for each acknowledged write`).toBeGreaterThanOrEqual(minEvents);
    minEvents = chain.count;
    return chain.count;
  };
  const afterRestart = async (server: Server, crash: number) => {
    const kept = await expectKept(e, server, token, all, allUnacked, recent, `after crash ${crash}`);
    const events = await checkChain(`after crash ${crash}`);
    const cutOff = allUnacked.filter((u) => u.kind === 'entry').length;
    log(
      e,
      `  restart ${crash}: ready in ${server.startMs} ms; all ${all.length} acknowledged writes kept (and ${kept.committedUnacked} of ${cutOff} cut-off entries had committed); audit chain intact, ${events} events`,
    );
  };

  for (let cycle = 1; cycle <= settings.cycles; cycle++) {
    const server = await startServer(e.tracker, 'serve', e.dataDir, e.env);
    if (cycle === 1) log(e, `  started in ${server.startMs} ms`);
    else await afterRestart(server, cycle - 1);

    // The stream, cut off by SIGKILL while requests are in flight.
    const writeMs = between(settings.writeMs);
    const stream = writeStream({
      base: server.base,
      token,
      writers: settings.writers,
      cycle,
      label: `crash-${e.name}`,
    });
    await sleep(writeMs);
    const waitUntil = Date.now() + 15_000;
    while ((stream.acked() === 0 || stream.inFlight() === 0) && Date.now() < waitUntil) await sleep(stream.acked() === 0 ? 50 : 0);
    const alsoPostgres = e.name === 'embedded' && cycle % 2 === 0;
    stream.killed(Date.now());
    process.kill(server.proc.pid, 'SIGKILL');
    const postgresKilled = alsoPostgres ? await killPostgresTree(e.dataDir!) : [];
    const exit = await withTimeout(server.proc.exited, 10_000, `lantern (pid ${server.proc.pid}) still running 10 s after SIGKILL`);
    expect(exit.signal).toBe('SIGKILL');
    const r = await stream.done;
    expect(r.earlyFailures, `writes failed before the kill in cycle ${cycle}:\n${server.proc.output()}`).toEqual([]);
    expect(r.rejections, `writes refused in cycle ${cycle}`).toEqual([]);
    expect(r.acks.length, `no write was acknowledged in cycle ${cycle}`).toBeGreaterThan(0);
    expect(r.inFlightAtKill, `the kill in cycle ${cycle} did not land mid-stream`).toBeGreaterThan(0);
    if (alsoPostgres) expect(postgresKilled.length, 'the embedded postgres was running at the kill').toBeGreaterThan(0);
    all.push(...r.acks);
    allUnacked.push(...r.unacked);
    recent = r.acks;
    minEvents += r.acks.length;

    const children = r.acks.filter((a) => a.kind === 'child').length;
    const what = alsoPostgres ? `lantern + ${postgresKilled.length} postgres processes` : 'lantern';
    let verified: { events: number; ms: number } | undefined;
    if (settings.cliVerify === 'every' || cycle === settings.cycles) {
      // `lantern audit verify` as the first process after the crash: it has to open the crashed folder or database.
      verified = await auditVerify(e, `after crash ${cycle}`);
      expect(verified.events, `audit events after crash ${cycle}: one for each acknowledged write`).toBeGreaterThanOrEqual(minEvents);
      minEvents = verified.events;
    }
    log(
      e,
      `cycle ${cycle}/${settings.cycles}: ${r.acks.length} writes acknowledged in ${writeMs} ms (${children} children, ${r.acks.length - children} entries); SIGKILL ${what} with ${r.inFlightAtKill} requests in flight` +
        (verified ? `; lantern audit verify: intact, ${verified.events} events (${verified.ms} ms)` : ''),
    );
    report(settings.reportFile, {
      engine: e.name,
      serverVersion: info.serverVersion,
      cycle,
      startMs: server.startMs,
      writeMs,
      acked: r.acks.length,
      children,
      inFlightAtKill: r.inFlightAtKill,
      killed: what,
      cliVerifyMs: verified?.ms ?? null,
    });
  }

  // A last restart: everything from every cycle is there, then a clean stop.
  const server = await startServer(e.tracker, 'serve', e.dataDir, e.env);
  await afterRestart(server, settings.cycles);
  const exit = await stopServer(server);
  expect(exit, `clean stop after the crashes:\n${server.proc.output()}`).toEqual({ code: 0, signal: null });
  if (e.dataDir) {
    expect(runningPostmaster(e.dataDir), 'a clean stop leaves no postgres running on the folder').toBeNull();
    expect(fs.existsSync(path.join(e.dataDir, 'lantern.lock')), 'a clean stop releases the folder').toBe(false);
  }
}

const EMBEDDED_SKIPPED =
  info.kind === 'external'
    ? 'TEST_DATABASE_URL is set: the embedded run of the integration project covers the embedded engine'
    : 'LANTERN_CRASH_ENGINES leaves it out';
// The reason is in the suite name so that it shows in every reporter when the tests are skipped.
const embeddedName = settings.engines.has('embedded') ? 'crash: embedded PostgreSQL (default)' : `crash: embedded PostgreSQL (skipped: ${EMBEDDED_SKIPPED})`;
const externalName = settings.engines.has('external')
  ? `crash: external PostgreSQL ${info.serverVersion} (DATABASE_URL)`
  : 'crash: external PostgreSQL (skipped: LANTERN_CRASH_ENGINES leaves it out)';

// The two engines run side by side (each suite's own tests run in order): the run is mostly waiting for processes.
describe(embeddedName, { concurrent: true, skip: !settings.engines.has('embedded') }, () => {
  const tracker = new ProcessTracker();
  let tmp = '';
  let dataDir = '';
  let demo: Server | undefined;
  const engine = (): Engine => ({
    name: 'embedded',
    tracker,
    dataDir,
    env: lanternEnv({}),
    dbUrl: () => embeddedUrl(dataDir),
  });

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-crash-'));
    // As root the cluster runs as the `postgres` user, which must be able to reach the folder.
    fs.chmodSync(tmp, 0o711);
    dataDir = path.join(tmp, 'data');
    demo = await seed(engine());
  }, 120_000);

  afterAll(async () => {
    await tracker.killAll();
    if (dataDir) {
      const note = await stopOrphanedPostgres(dataDir);
      if (note) console.log(`[crash embedded] clean-up: ${note}`);
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('refuses a second Lantern on a data folder that is in use, then stops cleanly', { concurrent: false, timeout: 60_000 }, async () => {
    expect(demo, 'the demo server started').toBeDefined();
    const running = demo!;
    const second = await runCli(tracker, ['serve', '--port', String(await freePort()), '--data-dir', dataDir], lanternEnv({}), 30_000);
    expect(second.code, `second serve on ${dataDir}: ${describeCli(second)}`).not.toBe(0);
    expect(second.code).not.toBeNull();
    expect(second.stderr).toMatch(/in use/);
    expect(second.stderr).toContain(dataDir);
    // The refusal did not disturb the running server or take its lock.
    expect((await fetch(`${running.base}/health`)).status).toBe(200);
    expect(fs.readFileSync(path.join(dataDir, 'lantern.lock'), 'utf8').trim()).toBe(String(running.proc.pid));

    demo = undefined;
    const exit = await stopServer(running);
    expect(exit, `SIGTERM:\n${running.proc.output()}`).toEqual({
      code: 0,
      signal: null,
    });
    expect(runningPostmaster(dataDir), 'a clean stop leaves no postgres running on the folder').toBeNull();
  });

  it(
    `keeps every acknowledged write through ${settings.cycles} SIGKILLs mid-stream, and the audit chain verifies`,
    { concurrent: false, timeout: cyclesTimeout },
    async () => {
      if (demo) await stopServer(demo).catch(() => tracker.killAll());
      demo = undefined;
      const e = engine();
      const token = await createToken(e);
      await crashCycles(e, token);
    },
  );
});

describe(externalName, { concurrent: true, skip: !settings.engines.has('external') }, () => {
  const tracker = new ProcessTracker();
  const database = `${info.prefix}crash_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(info.adminUrl, database);
  let created = false;
  const engine = (): Engine => ({
    name: 'external',
    tracker,
    dataDir: null,
    env: lanternEnv({ DATABASE_URL: url }),
    dbUrl: () => url,
  });

  async function admin(sql: string): Promise<void> {
    const c = new pg.Client({ connectionString: info.adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    // An empty database: Lantern applies its own migrations, as on a real server.
    await admin(`create database ${quoteIdent(database)}`);
    created = true;
    const demo = await seed(engine());
    const exit = await stopServer(demo);
    expect(exit, `SIGTERM:\n${demo.proc.output()}`).toEqual({
      code: 0,
      signal: null,
    });
  }, 120_000);

  afterAll(async () => {
    await tracker.killAll();
    if (created) await admin(`drop database if exists ${quoteIdent(database)} with (force)`);
  }, 60_000);

  it(
    `keeps every acknowledged write through ${settings.cycles} SIGKILLs mid-stream, and the audit chain verifies`,
    { concurrent: false, timeout: cyclesTimeout },
    async () => {
      const e = engine();
      const token = await createToken(e);
      await crashCycles(e, token);
    },
  );
});
