// Load figures for the benchmark (issue 8, "Measured, in npm run bench"): the child's case page, name search and a
// chronology append through the web form, at 50 users, with autocannon on 127.0.0.1 against `lantern serve` on real
// PostgreSQL holding 100,000 children, 1,000,000 chronology entries and 5,000,000 audit events: on PostgreSQL 15
// (scripts/pg15.sh, external, DATABASE_URL) and on the embedded default. Two load models (closed loop; 50 users with
// think time at a fixed rate), the throughput knee of each endpoint, and GET /health as the baseline in the same run.
//
//   LANTERN_BENCH_ONLY=load npm run bench
//   LANTERN_LOAD_ENGINES=external|embedded|external,embedded (default: both, external first)
//   LANTERN_LOAD_PROFILE=<folder>  the server writes a V8 CPU profile there (node --cpu-prof), for finding hot spots
//   LANTERN_LOAD_SAVE=<file>       also writes the raw results as JSON
//   LANTERN_LOAD_BEFORE_ROOT=<dir> another copy of the repository (e.g. `git archive HEAD | tar -x -C <dir>` with a
//                                  node_modules link): on the external engine a server started from there is measured
//                                  beside this version, on the same data, step by step in turn (before/after figures)
//   LANTERN_LOAD_BEFORE_NOTE=<text> what that earlier version is, for the report
//   LANTERN_LOAD_FROM=<file>       renders the section from a file LANTERN_LOAD_SAVE wrote, without measuring
//   LANTERN_LOAD_WORKERS=<n>       web server processes (LANTERN_WORKERS of the server; default: one per core)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { londonDate } from '../src/core/records/time.ts';
import { connect, migrateDatabase, POOL_SIZE } from '../src/db/connection.ts';
import { startEmbedded } from '../src/db/embedded.ts';
import { createStore } from '../src/db/store.ts';
import { createRng } from '../src/demo/prng.ts';
import { DEMO_PASSWORD } from '../src/demo/staff.ts';
import { createServices } from '../src/services/index.ts';
import { formTokenFor } from './form-token.ts';
import { psqlAvailable } from './load-copy.ts';
import { buildDataset, type Dataset, type DatasetParams, entryPool, type LoadDb, type Practitioner } from './load-data.ts';
import { type KneeStep, kneeFinished, kneeOf, kneeStep, type Req, runStep, settle, spreadRate, type StepResult, type User } from './load-http.ts';
import { type LanternServer, pg15Available, startLantern, startPg15 } from './load-server.ts';
import type { Section } from './report.ts';
import { fmtMs, fmtRate, fmtRatio, ratio } from './stats.ts';

export const LOAD_SECTION_TITLE = 'Load: case page, search and chronology append at 50 users (autocannon)';
const KEY_PREFIX = 'Load (autocannon';
export const ownsLoadKey = (line: string): boolean => line.startsWith(KEY_PREFIX);

const TARGET = { p95: 100, p99: 250 };
const AUTOCANNON_VERSION = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;

type Engine = 'external' | 'embedded';
const ENDPOINTS = ['case', 'search', 'append'] as const;
type Endpoint = (typeof ENDPOINTS)[number];
const LABEL: Record<Endpoint | 'health', string> = {
  case: "GET /people/:id (the child's case page)",
  search: 'POST /search (name search, the form’s post)',
  append: 'POST /people/:id/chronology/new (add to the chronology, web form with CSRF)',
  health: 'Baseline: GET /health',
};
const SHORT: Record<Endpoint | 'health', string> = { case: 'case page', search: 'search', append: 'chronology append', health: 'health' };

export type LoadParams = {
  scale: number;
  engines: Engine[];
  dataset: DatasetParams;
  /** Data set of the embedded run, when smaller than the external one's. */
  embeddedDataset: DatasetParams;
  users: number;
  /** Requests per second per user in the think-time model. */
  userRate: number;
  warmupMs: number;
  durationMs: number;
  kneeDurationMs: number;
  /** Offered rates (requests per second) the knee search steps through, until one step past the knee. */
  kneeRates: number[];
  profileDir: string | undefined;
  saveFile: string | undefined;
  /** A copy of an earlier version to measure beside this one, on the external engine's data (before/after). */
  beforeRoot: string | undefined;
  /** What that earlier version is, for the report (LANTERN_LOAD_BEFORE_NOTE). */
  beforeNote: string | undefined;
  /** Render the section from a file LANTERN_LOAD_SAVE wrote, without measuring (LANTERN_LOAD_FROM). */
  fromFile: string | undefined;
  /** Web server processes (the server's LANTERN_WORKERS). */
  workers: number;
};

export function loadParams(scale: number, env: NodeJS.ProcessEnv = process.env): LoadParams {
  const s = Math.min(1, scale);
  const dataset: DatasetParams = {
    // The issue's sizes; below scale 1 (trial runs) they shrink with it.
    children: Math.max(2_000, Math.round(100_000 * s)),
    chronology: Math.max(20_000, Math.round(1_000_000 * s)),
    auditEvents: Math.max(50_000, Math.round(5_000_000 * s)),
    staff: Math.max(200, Math.round(2_000 * s)),
    caseShare: 0.3,
    caseloadExtra: 30,
    caseloadEntries: [Math.max(5, Math.round(50 * s)), Math.max(20, Math.round(600 * s))],
    seed: 20261128,
  };
  const engines = (env['LANTERN_LOAD_ENGINES'] || 'external,embedded').split(',').map((e) => e.trim());
  for (const e of engines) if (e !== 'external' && e !== 'embedded') throw new Error(`LANTERN_LOAD_ENGINES: unknown engine "${e}" (external, embedded)`);
  return {
    scale,
    engines: engines as Engine[],
    dataset,
    embeddedDataset: dataset,
    users: 50,
    userRate: 1,
    warmupMs: Math.max(2_000, Math.round(4_000 * scale)),
    durationMs: Math.max(4_000, Math.round(15_000 * scale)),
    kneeDurationMs: Math.max(3_000, Math.round(6_000 * scale)),
    kneeRates: [10, 25, 50, 75, 100, 150, 200, 300, 400, 600],
    profileDir: env['LANTERN_LOAD_PROFILE'] || undefined,
    saveFile: env['LANTERN_LOAD_SAVE'] || undefined,
    beforeRoot: env['LANTERN_LOAD_BEFORE_ROOT'] || undefined,
    beforeNote: env['LANTERN_LOAD_BEFORE_NOTE'] || undefined,
    fromFile: env['LANTERN_LOAD_FROM'] || undefined,
    workers: workersFrom(env['LANTERN_LOAD_WORKERS']),
  };
}

function workersFrom(raw: string | undefined): number {
  if (!raw) return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new Error(`LANTERN_LOAD_WORKERS must be a whole number from 1 to 32, not ${JSON.stringify(raw)}`);
  return n;
}

/** Linux pressure stall information: total microseconds in which some task waited on I/O, or null if unreadable. */
export function ioStallMicros(file = '/proc/pressure/io'): number | null {
  try {
    const m = /^some .*total=(\d+)/m.exec(fs.readFileSync(file, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

type KneeResult = { steps: KneeStep[]; knee: KneeStep | null };
/** One server version measured: the closed loop (with the health baseline), the think-time model and the knees. */
export type Suite = {
  closed: Record<Endpoint | 'health', StepResult>;
  open: Record<Endpoint, StepResult>;
  knee: Record<Endpoint, KneeResult>;
  load: { start: number; end: number };
  /** Share of this server's load-step time in which some task waited on the disk (Linux PSI `io some`); absent where unreadable. */
  ioPressure?: number | null;
};
export type EngineRun = Suite & {
  engine: Engine;
  version: string;
  settings: string;
  pool: number;
  /** Web server processes (older saved runs: 1). */
  workers?: number;
  dataset: Dataset;
  datasetSeconds: number;
  sessions: number;
  /** The earlier version, measured first on the same data (LANTERN_LOAD_BEFORE_ROOT). */
  before: Suite | null;
  seconds: number;
};

const n0 = (n: number) => Math.round(n).toLocaleString('en-GB');
const pct = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;
const meets = (r: StepResult) => r.p95 <= TARGET.p95 && r.p99 <= TARGET.p99 && r.errors === 0;

// ---------------------------------------------------------------------------------------------------------------
// Databases

type Provisioned = { url: string; serve: { databaseUrl?: string; dataDir?: string }; cleanup: () => Promise<void>; afterLoad: () => Promise<void> };

async function provision(engine: Engine, log: (m: string) => void): Promise<Provisioned> {
  if (engine === 'external') {
    if (!pg15Available()) throw new Error('PostgreSQL 15 is not installed (apt-get install -y postgresql): the external load run needs it');
    const cluster = startPg15(log);
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('create database lantern_load');
      await admin.end();
      const u = new URL(cluster.url);
      u.pathname = '/lantern_load';
      return { url: u.toString(), serve: { databaseUrl: u.toString() }, afterLoad: async () => {}, cleanup: async () => cluster.stop() };
    } catch (e) {
      cluster.stop();
      throw e;
    }
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-load-'));
  fs.chmodSync(tmp, 0o711); // as root the cluster runs as `postgres`, which must reach the folder
  const dataDir = path.join(tmp, 'data');
  const server = await startEmbedded(dataDir);
  let running = true;
  try {
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('create database lantern');
    await admin.end();
  } catch (e) {
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return {
    url: server.url('lantern'),
    serve: { dataDir },
    // The bench's own cluster stops before `lantern serve` opens the folder (one Lantern per data folder).
    afterLoad: async () => {
      if (running) await server.stop();
      running = false;
    },
    cleanup: async () => {
      if (running) await server.stop();
      running = false;
      // A server that had to be SIGKILLed leaves its postgres behind: starting and stopping on the folder stops it.
      if (fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))) await (await startEmbedded(dataDir)).stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Users

type Session = { practitioner: Practitioner; cookie: string; csrfCookie: string; csrfToken: string };

// Notes a practitioner might write: the demo's invented chronology text, so the language and indicator checks that run
// on every saved entry see realistic input.
function notePool(): { summary: string; detail: string }[] {
  return entryPool(createRng(8), 200).map((e) => ({ summary: e.summary, detail: e.detail }));
}

function makeUsers(sessions: Session[], queries: string[]): Record<Endpoint | 'health', (i: number) => User> {
  const notes = notePool();
  const today = londonDate(new Date());
  const sessionOf = (i: number) => sessions[i % sessions.length]!;
  const counter = () => {
    let k = 0;
    return () => k++;
  };
  const html = { accept: 'text/html' };
  return {
    health: (i) => {
      const s = sessionOf(i);
      return (): Req => ({ method: 'GET', path: '/health', headers: { ...html, cookie: s.cookie } });
    },
    case: (i) => {
      const s = sessionOf(i);
      const next = counter();
      const load = s.practitioner.caseload;
      return (): Req => ({ method: 'GET', path: `/people/${load[(next() * 7 + i) % load.length]!}`, headers: { ...html, cookie: s.cookie } });
    },
    search: (i) => {
      const s = sessionOf(i);
      const next = counter();
      // The search form posts its criteria (a name never goes in the address), with the form's CSRF token.
      return (): Req => ({
        method: 'POST',
        path: '/search',
        headers: { ...html, cookie: `${s.cookie}; ${s.csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: s.csrfToken, name: queries[(next() + i * 3) % queries.length]! }).toString(),
      });
    },
    append: (i) => {
      const s = sessionOf(i);
      const next = counter();
      const load = s.practitioner.caseload;
      return (): Req => {
        const k = next();
        const note = notes[(k + i) % notes.length]!;
        const body = new URLSearchParams({
          _csrf: s.csrfToken,
          noteDecisions: '',
          kind: 'note',
          occurredAt: today,
          summary: note.summary,
          detail: note.detail,
        });
        return {
          method: 'POST',
          path: `/people/${load[(k * 11 + i) % load.length]!}/chronology/new`,
          headers: { ...html, cookie: `${s.cookie}; ${s.csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: body.toString(),
        };
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One engine

const show = (r: StepResult) =>
  `${fmtRate(r.rps)} req/s, p50 ${fmtMs(r.p50)} p95 ${fmtMs(r.p95)} p99 ${fmtMs(r.p99)}, errors ${r.errors}/${n0(r.requests)}${r.firstSocketError ? ` (${r.firstSocketError})` : ''}`;

type Target = { label: string; serve: { databaseUrl?: string; dataDir?: string; root?: string } };

/**
 * Starts one server per target (this version, or an earlier one from `root`) on the same database and runs the closed
 * loop, the think-time model and the knee search on each. The targets take turns step by step (A, B, A, B …), so
 * that the machine's background load, which other people's work changes from minute to minute, falls on both alike.
 * After every step the server is given time to work off what the step left queued (bench/load-http.ts settle).
 */
async function measure(
  targets: Target[],
  sessions: { practitioner: Practitioner; token: string }[],
  queries: string[],
  p: LoadParams,
  log: (m: string) => void,
): Promise<Suite[]> {
  const servers: LanternServer[] = [];
  try {
    const runs: { label: string; base: string; users: ReturnType<typeof makeUsers>; health: Record<string, string>; suite: Suite }[] = [];
    for (const t of targets) {
      log(`load ${t.label}: starting lantern serve${t.serve.root ? ` from ${t.serve.root}` : ''}${p.profileDir ? ` (CPU profile to ${p.profileDir})` : ''}`);
      const server = await startLantern({ ...t.serve, workers: p.workers, ...(p.profileDir ? { cpuProfileDir: p.profileDir } : {}) });
      servers.push(server);
      const base = server.base;
      // The CSRF cookie is signed with the server's own secret: fetched from each server.
      const withCsrf: Session[] = [];
      for (const s of sessions) {
        const cookie = `lantern_session=${s.token}`;
        withCsrf.push({ practitioner: s.practitioner, cookie, ...(await formTokenFor(base, cookie, `/people/${s.practitioner.caseload[0]!}/chronology/new`)) });
      }
      const users = makeUsers(withCsrf, queries);
      // Each endpoint must answer as a practitioner's browser expects before load is applied (a redirect to sign-in or
      // an error page would look fast).
      const expected: Record<Endpoint | 'health', number> = { health: 200, case: 200, search: 200, append: 303 };
      for (const e of ['health', ...ENDPOINTS] as const) {
        const r = users[e](0)();
        const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body ?? null, redirect: 'manual' });
        await res.arrayBuffer();
        if (res.status !== expected[e]) throw new Error(`${r.method} ${r.path.split('?')[0]!} (${e}) answered ${res.status}, expected ${expected[e]}`);
      }
      const suite: Suite = {
        closed: {} as Suite['closed'],
        open: {} as Suite['open'],
        knee: {} as Suite['knee'],
        load: { start: os.loadavg()[0]!, end: NaN },
      };
      runs.push({ label: t.label, base, users, health: { cookie: withCsrf[0]!.cookie }, suite });
    }
    const group = (run: (typeof runs)[number], e: Endpoint | 'health', n: number) => Array.from({ length: n }, (_, i) => run.users[e](i));
    // Disk stalls show as tail latency (every audited view appends to the hash chain and commits with fsync): the time
    // some task waited on I/O during each server's own steps is kept beside its figures.
    const io = new Map(runs.map((run) => [run, { stalledUs: 0, ms: 0, readable: true }]));
    const step = async (run: (typeof runs)[number], e: Endpoint | 'health', durationMs: number, rates?: number[]) => {
      const before = ioStallMicros();
      const t0 = performance.now();
      const r = await runStep({ base: run.base, users: group(run, e, rates?.length ?? p.users), durationMs, ...(rates ? { rates } : {}) });
      const after = ioStallMicros();
      const acc = io.get(run)!;
      if (before === null || after === null) acc.readable = false;
      else {
        acc.stalledUs += after - before;
        acc.ms += performance.now() - t0;
      }
      await settle(run.base, run.health);
      return r;
    };

    log(`load ${targets.map((t) => t.label).join(' / ')}: warm-up, ${p.warmupMs / 1000} s per endpoint`);
    for (const e of ['health', ...ENDPOINTS] as const) for (const run of runs) await step(run, e, p.warmupMs);
    for (const e of ['health', ...ENDPOINTS] as const) {
      for (const run of runs) {
        run.suite.closed[e] = await step(run, e, p.durationMs);
        log(`   ${run.label}, closed loop, ${p.users} users, ${SHORT[e]}: ${show(run.suite.closed[e])}`);
      }
    }
    const rates = spreadRate(p.users * p.userRate, p.users);
    for (const e of ENDPOINTS) {
      for (const run of runs) {
        run.suite.open[e] = await step(run, e, p.durationMs, rates);
        log(`   ${run.label}, ${p.users} users at ${p.userRate} request/s each, ${SHORT[e]}: ${show(run.suite.open[e])}`);
      }
    }
    for (const e of ENDPOINTS) {
      const steps = new Map(runs.map((run) => [run, [] as KneeStep[]]));
      for (const offered of p.kneeRates) {
        const active = runs.filter((run) => !kneeFinished(steps.get(run)!));
        if (!active.length) break;
        for (const run of active) {
          const mine = steps.get(run)!;
          const s = kneeStep(mine, offered, await step(run, e, p.kneeDurationMs, spreadRate(offered, p.users)));
          mine.push(s);
          log(
            `   ${run.label}, knee ${SHORT[e]}: offered ${offered} req/s -> ${fmtRate(s.rps)} req/s, p50 ${fmtMs(s.p50)} p95 ${fmtMs(s.p95)} p99 ${fmtMs(s.p99)}, errors ${s.errors}${s.saturated ? ' [throughput no longer follows]' : ''}${s.bent ? ' [latency bent]' : ''}`,
          );
        }
      }
      for (const run of runs) run.suite.knee[e] = { steps: steps.get(run)!, knee: kneeOf(steps.get(run)!) };
    }
    for (const run of runs) {
      run.suite.load.end = os.loadavg()[0]!;
      const acc = io.get(run)!;
      run.suite.ioPressure = acc.readable && acc.ms > 0 ? acc.stalledUs / 1000 / acc.ms : null;
    }
    return runs.map((r) => r.suite);
  } finally {
    for (const s of servers) await s.stop();
  }
}

async function runEngine(engine: Engine, p: LoadParams, log: (m: string) => void): Promise<EngineRun> {
  const t0 = performance.now();
  const dp = engine === 'embedded' ? p.embeddedDataset : p.dataset;
  log(`load ${engine}: provisioning ${engine === 'external' ? 'PostgreSQL 15 (scripts/pg15.sh)' : 'the embedded PostgreSQL'}`);
  const db = await provision(engine, log);
  try {
    const database = connect(db.url, engine);
    let version: string;
    let settings: string;
    let dataset: Dataset;
    const sessions: { practitioner: Practitioner; token: string }[] = [];
    const tData = performance.now();
    try {
      await migrateDatabase(database.db);
      const store = createStore(database.db);
      const services = createServices(store, () => new Date(), loadConfig({}, { logLevel: 'silent' }));
      const loadDb: LoadDb = { url: db.url, database, store, services };
      log(
        `load ${engine}: building the data set (${n0(dp.children)} children, ${n0(dp.chronology)} chronology entries, ${n0(dp.auditEvents)} audit events; ${psqlAvailable() ? 'COPY through psql' : 'unnest INSERTs'})`,
      );
      dataset = await buildDataset(loadDb, dp, log);
      version = (await database.pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v.split(' ')[0]!;
      settings = (
        await database.pool.query<{ s: string }>(
          "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) as s from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections')",
        )
      ).rows[0]!.s.replace(/shared_buffers=(\d+)8kB/, (_, n: string) => `shared_buffers=${Math.round((Number(n) * 8) / 1024)}MB`);
      // Sessions are made as the sign-in form makes them (services.auth.signIn: password check, server-side row).
      for (const u of dataset.practitioners) {
        const { token, mfaRequired } = await services.auth.signIn(u.username, DEMO_PASSWORD);
        if (mfaRequired) throw new Error(`${u.username} needs a second factor; the benchmark signs in with the password only`);
        sessions.push({ practitioner: u, token });
      }
    } finally {
      await database.close();
    }
    const datasetSeconds = (performance.now() - tData) / 1000;
    await db.afterLoad();

    // With LANTERN_LOAD_BEFORE_ROOT, the earlier version runs beside this one (external engine only, to keep the run short).
    const withBefore = Boolean(p.beforeRoot) && engine === 'external';
    const targets: Target[] = [
      ...(withBefore ? [{ label: `${engine} before`, serve: { ...db.serve, root: p.beforeRoot! } }] : []),
      { label: engine, serve: db.serve },
    ];
    const suites = await measure(targets, sessions, dataset.queries, p, log);
    const after = suites[suites.length - 1]!;
    const before = withBefore ? suites[0]! : null;
    return {
      ...after,
      engine,
      version,
      settings,
      pool: POOL_SIZE,
      workers: p.workers,
      dataset,
      datasetSeconds,
      sessions: sessions.length,
      before,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await db.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const engineName = (r: EngineRun) => (r.engine === 'external' ? `PostgreSQL ${r.version} (external)` : `PostgreSQL ${r.version} (embedded default)`);

function closedRows(r: EngineRun): string[][] {
  const h = r.closed.health;
  return (['case', 'search', 'append', 'health'] as const).map((e) => {
    const x = r.closed[e];
    return [
      engineName(r),
      LABEL[e],
      n0(x.requests),
      fmtMs(x.p50),
      fmtMs(x.p95),
      fmtMs(x.p99),
      fmtRate(x.rps),
      `${x.errors} (${pct(x.errorRate)})`,
      e === 'health' ? '1×' : fmtRatio(ratio(x.p95, h.p95)),
      e === 'health' ? '1×' : fmtRatio(ratio(h.rps, x.rps)),
      e === 'health' ? '—' : meets(x) ? 'met' : 'not met',
    ];
  });
}

function openRows(r: EngineRun): string[][] {
  return ENDPOINTS.map((e) => {
    const x = r.open[e];
    return [
      engineName(r),
      LABEL[e],
      fmtRate(x.offered ?? NaN),
      fmtRate(x.rps),
      n0(x.requests),
      fmtMs(x.p50),
      fmtMs(x.p95),
      fmtMs(x.p99),
      `${x.errors} (${pct(x.errorRate)})`,
      fmtRatio(ratio(x.p95, r.closed.health.p95)),
      meets(x) ? 'met' : 'not met',
    ];
  });
}

function kneeRows(r: EngineRun): string[][] {
  return ENDPOINTS.flatMap((e) =>
    r.knee[e].steps.map((s) => [
      engineName(r),
      SHORT[e],
      n0(s.offered),
      String(s.users),
      fmtRate(s.rps),
      fmtMs(s.p50),
      fmtMs(s.p95),
      fmtMs(s.p99),
      String(s.errors),
      s.offered === r.knee[e].knee?.offered ? '**knee**' : s.saturated ? 'throughput no longer follows' : s.bent ? 'latency bent' : s.errors ? 'errors' : '',
    ]),
  );
}

function beforeAfter(runs: EngineRun[]): Section['tables'][number] | null {
  const rows: string[][] = [];
  for (const r of runs) {
    const b = r.before;
    if (!b) continue;
    for (const e of ENDPOINTS) {
      const model = [
        ['closed loop, 50 users', b.closed[e], r.closed[e]],
        [`50 users at ${fmtRate(r.open[e].offered ?? NaN)} req/s`, b.open[e], r.open[e]],
      ] as const;
      for (const [m, x, y] of model)
        rows.push([
          engineName(r),
          SHORT[e],
          m,
          fmtRate(x.rps),
          fmtRate(y.rps),
          fmtMs(x.p50),
          fmtMs(y.p50),
          fmtMs(x.p95),
          fmtMs(y.p95),
          fmtMs(x.p99),
          fmtMs(y.p99),
        ]);
      const kb = b.knee[e].knee;
      const ka = r.knee[e].knee;
      rows.push([engineName(r), SHORT[e], 'knee, offered req/s', kb ? n0(kb.offered) : 'below 10', ka ? n0(ka.offered) : 'below 10', '', '', '', '', '', '']);
    }
    rows.push([
      engineName(r),
      'health',
      'closed loop, 50 users',
      fmtRate(b.closed.health.rps),
      fmtRate(r.closed.health.rps),
      fmtMs(b.closed.health.p50),
      fmtMs(r.closed.health.p50),
      fmtMs(b.closed.health.p95),
      fmtMs(r.closed.health.p95),
      fmtMs(b.closed.health.p99),
      fmtMs(r.closed.health.p99),
    ]);
  }
  if (!rows.length) return null;
  return {
    header: [
      'Engine',
      'Endpoint',
      'Load model',
      'req/s before',
      'req/s after',
      'p50 before',
      'p50 after',
      'p95 before',
      'p95 after',
      'p99 before',
      'p99 after',
    ],
    rows,
    left: 3,
  };
}

// The knee flags and knee from the stored steps, by the rule in bench/load-http.ts (a saved run renders by today's rule).
function rekneed(r: EngineRun): EngineRun {
  const again = (k: KneeResult): KneeResult => {
    const steps: KneeStep[] = [];
    for (const s of k.steps) steps.push(kneeStep(steps, s.offered, s));
    return { steps, knee: kneeOf(steps) };
  };
  const knee = Object.fromEntries(ENDPOINTS.map((e) => [e, again(r.knee[e])])) as Suite['knee'];
  const before = r.before ? { ...r.before, knee: Object.fromEntries(ENDPOINTS.map((e) => [e, again(r.before!.knee[e])])) as Suite['knee'] } : null;
  return { ...r, knee, before };
}

function render(p: LoadParams, measured: EngineRun[]): { section: Section; keys: string[] } {
  const runs = measured.map(rekneed);
  const first = runs[0]!;
  const d = first.dataset;
  const sameScale = runs.every((r) => r.dataset.children === d.children && r.dataset.chronology === d.chronology);
  const keys: string[] = [];
  for (const r of runs) {
    const c = r.closed;
    const o = r.open;
    keys.push(
      `${KEY_PREFIX}, ${engineName(r)}, ${n0(r.dataset.children)} children / ${n0(r.dataset.chronology)} entries / ${n0(r.dataset.audit)} audit events): ` +
        `50 users each requesting every 2 s (${n0(p.users / 2)} req/s) — ${ENDPOINTS.map((e) => {
          const half = r.knee[e].steps.find((x) => x.offered === p.users / 2);
          return half ? `${SHORT[e]} p95 ${fmtMs(half.p95)} / p99 ${fmtMs(half.p99)}${meets(half) ? ' (met)' : ' (not met)'}` : `${SHORT[e]} not measured`;
        }).join(', ')}; every 1 s: ` +
        `${fmtRate(o.case.offered ?? NaN)} req/s — case page p95 ${fmtMs(o.case.p95)} / p99 ${fmtMs(o.case.p99)}, search p95 ${fmtMs(o.search.p95)} / p99 ${fmtMs(o.search.p99)}, append p95 ${fmtMs(o.append.p95)} / p99 ${fmtMs(o.append.p99)}, errors ${o.case.errors + o.search.errors + o.append.errors} (targets ${
          ENDPOINTS.every((e) => meets(o[e]))
            ? '**met**'
            : `met for ${
                ENDPOINTS.filter((e) => meets(o[e]))
                  .map((e) => SHORT[e])
                  .join(', ') || 'none'
              }`
        }); ` +
        `closed loop (no think time) ${fmtRate(c.case.rps)} / ${fmtRate(c.search.rps)} / ${fmtRate(c.append.rps)} req/s at p95 ${fmtMs(c.case.p95)} / ${fmtMs(c.search.p95)} / ${fmtMs(c.append.p95)} (targets ${ENDPOINTS.every((e) => meets(c[e])) ? 'met' : 'not met'}); knee ${ENDPOINTS.map((e) => `${SHORT[e]} ${r.knee[e].knee ? `${n0(r.knee[e].knee.offered)} req/s` : 'below the first step'}`).join(', ')}; health ${fmtRate(c.health.rps)} req/s.`,
    );
  }
  const tables: Section['tables'] = [
    {
      header: ['Data set', ...runs.map(engineName)],
      left: 1,
      rows: [
        ['Children', ...runs.map((r) => n0(r.dataset.children))],
        ['People (with the demo adults)', ...runs.map((r) => n0(r.dataset.people))],
        ['Chronology entries', ...runs.map((r) => n0(r.dataset.chronology))],
        ['Audit events (one hash chain)', ...runs.map((r) => n0(r.dataset.audit))],
        ['Active case workers (staff directory)', ...runs.map((r) => n0(r.dataset.staff))],
        ['Open cases', ...runs.map((r) => n0(r.dataset.openCases))],
        ['Practitioners signed in (sessions)', ...runs.map((r) => String(r.sessions))],
        [
          'Entries per caseload child (min / median / max; over 500)',
          ...runs.map((r) => {
            const x = r.dataset.caseloadEntries;
            return `${n0(x.min)} / ${n0(x.median)} / ${n0(x.max)}; ${n0(x.over500)} of ${n0(x.children)}`;
          }),
        ],
        ['Time to build it', ...runs.map((r) => `${r.datasetSeconds.toFixed(0)} s (${r.dataset.method === 'copy' ? 'COPY' : 'INSERT'})`)],
        ...first.dataset.timings.map((t, i) => [`of which: ${t.step}`, ...runs.map((r) => `${(r.dataset.timings[i]?.seconds ?? NaN).toFixed(1)} s`)]),
        ['PostgreSQL settings', ...runs.map((r) => r.settings)],
        ['Web server processes (LANTERN_WORKERS)', ...runs.map((r) => String(r.workers ?? 1))],
        ['App connection pool', ...runs.map((r) => `${r.pool} connections per web server process (src/db/connection.ts)`)],
        ['Load average (1 min), start → end', ...runs.map((r) => `${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}`)],
        [
          'Disk pressure during its load steps (PSI `io some`: share of time a task waited on I/O)',
          ...runs.map((r) => (r.ioPressure == null ? 'not measured' : `${(100 * r.ioPressure).toFixed(1)}%`)),
        ],
        ['Run time (data set and load)', ...runs.map((r) => `${r.seconds.toFixed(0)} s`)],
      ],
    },
    {
      header: [
        'Engine',
        'Closed loop, 50 users, no think time',
        'requests',
        'p50',
        'p95',
        'p99',
        'req/s',
        'errors',
        'p95 / health',
        'req/s: health ÷ this',
        'targets',
      ],
      left: 2,
      rows: runs.flatMap(closedRows),
    },
    {
      header: [
        'Engine',
        `50 users, each ${p.userRate} request/s (think time)`,
        'offered req/s',
        'answered req/s',
        'requests',
        'p50',
        'p95',
        'p99',
        'errors',
        'p95 / health',
        'targets',
      ],
      left: 2,
      rows: runs.flatMap(openRows),
    },
    {
      header: ['Engine', 'Endpoint', 'offered req/s', 'users', 'answered req/s', 'p50', 'p95', 'p99', 'errors', ''],
      left: 2,
      rows: runs.flatMap(kneeRows),
    },
  ];
  const ba = beforeAfter(runs);
  if (ba) tables.push(ba);
  // The knee steps at 25 req/s: 50 users each sending one request every 2 s, the other end of "every 1-2 s".
  const every2s = (r: EngineRun, e: Endpoint) => r.knee[e].steps.find((s) => s.offered === p.users / 2);
  const verdicts = runs.flatMap((r) =>
    ENDPOINTS.map((e) => {
      const half = every2s(r, e);
      return `${engineName(r)}, ${SHORT[e]}: 50 users each sending a request every second — p95 ${fmtMs(r.open[e].p95)}, p99 ${fmtMs(r.open[e].p99)}, ${r.open[e].errors} errors: ${meets(r.open[e]) ? '**meets**' : 'does not meet'} the targets${half ? `; every 2 s (${n0(half.offered)} req/s) — p95 ${fmtMs(half.p95)}, p99 ${fmtMs(half.p99)}, ${half.errors} errors: ${meets(half) ? '**meets**' : 'does not meet'} them` : ''}; closed loop p95 ${fmtMs(r.closed[e].p95)}, p99 ${fmtMs(r.closed[e].p99)}: ${meets(r.closed[e]) ? 'meets' : 'does not meet'} them; knee ${r.knee[e].knee ? `at ${n0(r.knee[e].knee.offered)} req/s offered (${fmtRate(r.knee[e].knee.rps)} answered, p95 ${fmtMs(r.knee[e].knee.p95)})` : 'below the lowest step'}.`;
    }),
  );
  const capacity = (r: EngineRun) => ENDPOINTS.map((e) => `${SHORT[e]} ${fmtRate(r.closed[e].rps)} req/s`).join(', ');
  return {
    keys,
    section: {
      title: LOAD_SECTION_TITLE,
      method:
        `\`lantern serve\` (bin/lantern.js, NODE_ENV=production, log level warn) in its own process${(first.workers ?? 1) > 1 ? `, with ${first.workers ?? 1} web server processes sharing the port (LANTERN_WORKERS=${first.workers ?? 1}, one per core; set with LANTERN_LOAD_WORKERS)` : ''}, on 127.0.0.1, against ${runs.map(engineName).join(' and then ')}, each with its own freshly built data set (${sameScale ? 'the same scale for both' : 'the embedded run at a smaller scale, see the table'}): the demo data set (seed ${p.dataset.seed}: agencies, ${n0(first.sessions)} practitioners with passwords, their cases), ${n0(d.staff)} active case workers in all (synthetic staff added so that the staff directory is a large area's), ${n0(d.children)} children (\`growPeople\`, names stored as the demo loader stores them; family names spread as in a real area, bench/surnames.ts: a quarter from the demo's 141-name pools, the rest from 4,560 invented names with Zipf-Mandelbrot weights, the commonest about 0.3% of children; before this session every family name was one of the 141, each shared by about 700 children), ${n0(d.openCases)} open cases with key workers and team members, each demo practitioner key worker for 30 more children, ${n0(d.chronology)} chronology entries (the demo's invented entry text; caseload children get long chronologies, other children with a case a few dozen entries, the rest a few) and ${n0(d.audit)} audit events continuing the demo's hash chain (\`eventHash\` and the repository's \`sha256\`; ${d.chainCheck}). Bulk rows go in through \`COPY … FROM STDIN\` (psql) streamed while the next batch is generated (bench/load-data.ts, bench/load-copy.ts). Then every table is vacuumed (frozen) and analysed and a checkpoint is taken, as a live system's older rows would be: left to autovacuum, the millions of bulk rows were still being vacuumed while the load steps ran. ` +
        `The external server is PostgreSQL 15 from scripts/pg15.sh, restarted with fsync, synchronous_commit and full_page_writes at their defaults (on; the script turns them off for tests), so both engines commit durably. ` +
        `Load: autocannon ${AUTOCANNON_VERSION} (programmatic API) in the benchmark process, one instance with one keep-alive connection per simulated user; user *i* is practitioner *i* mod ${first.sessions} with that practitioner's session cookie (made by \`services.auth.signIn\`), opening children on their own caseload, searching the data set's names (${d.queries.length} queries: full names, names with a typo, family names, shortened given names) and adding notes through the web form a practitioner's browser posts (\`POST /people/:id/chronology/new\` with the form's CSRF token and cookie; a 303 is success — the JSON API's POST is for integrations, not for practitioners), each note a different invented entry so the language and indicator checks run on realistic text. Every endpoint is checked to answer 200 (303 for the append) before load, then warmed up for ${p.warmupMs / 1000} s; after every step the benchmark waits until \`GET /health\` answers within 50 ms twice, so that no step inherits the previous one's queue. ` +
        `**Load model 1, closed loop (worst case):** ${p.users} users, each sending the next request as soon as the answer arrives, ${p.durationMs / 1000} s per endpoint. **Load model 2, think time (what "50 concurrent users" means for people):** ${p.users} users each sending ${p.userRate} request per second (autocannon \`overallRate\` on that user's instance), the users' one-second cycles spread evenly over the second, ${p.durationMs / 1000} s per endpoint. ` +
        `**Throughput knee:** the think-time model with the offered rate stepped up through ${p.kneeRates.join(', ')} requests per second (up to ${p.users} users at one request a second each, then ${p.users} users sharing the rate, ${p.kneeDurationMs / 1000} s per step) until the answered rate falls below 90% of the offered rate or p95 rises above 3× the lowest p95 at a lower rate (and above 100 ms), plus one step to show it; the knee is the last step before that. ` +
        `Baseline in the same run: \`GET /health\` (one \`select 1\`, with the session cookie, so it also pays for the hooks and the session lookup) in the closed loop. Latency is autocannon's per-response time (request written to response read); percentiles are nearest-rank over every answer; errors are answers other than 2xx/3xx, socket errors and time-outs (30 s).`,
      tables,
      ratios: verdicts,
      notes: [
        `Targets (issue 8): p95 ≤ ${TARGET.p95} ms, p99 ≤ ${TARGET.p99} ms, no errors, at 50 concurrent users.`,
        `A closed loop has latency ≈ users ÷ throughput: p95 ≤ 100 ms for 50 users with no think time needs about 500 answers per second, while the endpoints serve at most ${runs.map((r) => `${capacity(r)} on ${engineName(r)}`).join('; ')} on this 2-core machine, where the load generator, the server and PostgreSQL share the cores. The think-time model is the figure to read against the targets; the closed loop shows the ceiling.`,
        `How noisy: the think-time table and the knee step at ${n0(p.users * p.userRate)} req/s are the same load measured twice in one run, minutes apart; their p95 differ by ${runs
          .flatMap((r) =>
            ENDPOINTS.flatMap((e) => {
              const again = r.knee[e].steps.find((x) => x.offered === p.users * p.userRate);
              return again ? [`${fmtMs(r.open[e].p95)} vs ${fmtMs(again.p95)} (${SHORT[e]}, ${r.engine})`] : [];
            }),
          )
          .join(', ')}. Single figures here are indicative; the before/after pairs, measured in turn on the same data, are the comparison to trust.`,
        'Every case page view, search and append writes an audit event in its own transaction; the events join the hash chain at commit, one at a time under an advisory lock that a deferred trigger holds only while it links the event and the commit is flushed (migration 0021; before it, the lock was held from the append to the commit, through round trips to a busy web process).',
        `The 1-minute load average was ${runs.map((r) => `${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)} (${r.engine})`).join(', ')} on 2 cores. It counts the benchmark's own work (the data set just built, the server, PostgreSQL and the load generator) as well as anything else running on the machine; the health baseline, run in the same minutes, shows how busy the machine was.`,
        ...(ba
          ? [
              `Before/after: the last table measures the server as it was before the optimisations (LANTERN_LOAD_BEFORE_ROOT: ${p.beforeNote ?? 'an earlier version'}) side by side with this version, both on the same data and database in the same run, taking turns step by step (load average ${runs
                .filter((r) => r.before)
                .map((r) => `${r.before!.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}`)
                .join('; ')}).`,
            ]
          : []),
      ],
      meaning: `${runs
        .map((r) => {
          const part = (label: string, get: (e: Endpoint) => StepResult | undefined) => {
            const xs = ENDPOINTS.map((e) => [e, get(e)] as const).filter((x): x is readonly [Endpoint, StepResult] => x[1] !== undefined);
            const met = xs.filter(([, x]) => meets(x)).map(([e]) => SHORT[e]);
            return `${label}: ${xs.map(([e, x]) => `${SHORT[e]} p95 ${fmtMs(x.p95)}`).join(', ')} (targets ${met.length === xs.length ? 'met' : met.length ? `met for ${met.join(' and ')}` : 'not met'})`;
          };
          return `On ${engineName(r)}, ${part('with 50 users each requesting every 2 s', (e) => every2s(r, e))}; ${part('every second', (e) => r.open[e])}; with no think time the server saturates at ${capacity(r)}`;
        })
        .join(
          '. ',
        )}. The append, which renders no page, has the most headroom; search, which scores every candidate name, has the least, and is where the next work on this machine lies.`,
    },
  };
}

type Saved = { date: string; params: LoadParams; runs: EngineRun[] };

export async function loadFigures(p: LoadParams, log: (m: string) => void): Promise<{ section: Section; keys: string[] }> {
  if (p.fromFile) {
    // Re-rendering a saved run: its own parameters, not this invocation's.
    const saved = JSON.parse(fs.readFileSync(p.fromFile, 'utf8')) as Saved;
    log(`load: rendering the run of ${saved.date} from ${p.fromFile}`);
    return render({ ...saved.params, beforeNote: p.beforeNote ?? saved.params.beforeNote }, saved.runs);
  }
  const runs: EngineRun[] = [];
  for (const e of p.engines) runs.push(await runEngine(e, p, log));
  if (p.saveFile) {
    const saved: Saved = { date: new Date().toISOString(), params: p, runs };
    fs.writeFileSync(p.saveFile, JSON.stringify(saved, null, 1));
    log(`load: raw results written to ${p.saveFile}`);
  }
  return render(p, runs);
}
