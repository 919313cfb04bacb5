// Processes for the load benchmark: the Lantern server as it is deployed (`lantern serve`, its own process, so that the
// load generator does not share its event loop), and a throwaway PostgreSQL 15 cluster from scripts/pg15.sh. Every
// process is remembered by pid and stopped by pid.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/embedded.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export type LanternServer = { base: string; pid: number; output: () => string; stop: () => Promise<void> };

/** The environment for the server: this process's, without anything that would point it at another database. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!(k === 'DATABASE_URL' || k === 'TEST_DATABASE_URL' || k.startsWith('LANTERN_'))) env[k] = v;
  // The per-user request limits stay on (their cost is part of the figures) at a rate the load cannot reach: the
  // benchmark's 50 users share a few accounts and ask as fast as the server answers.
  const limits = { LANTERN_USER_RATE_PER_MINUTE: '1000000', LANTERN_API_RATE_PER_MINUTE: '1000000' };
  return { ...env, NODE_ENV: 'production', LANTERN_LOG_LEVEL: 'warn', LANTERN_COOKIE_SECURE: 'false', ...limits, ...extra };
}

/**
 * Starts `lantern serve` on a free port (with DATABASE_URL, or on the embedded cluster in `dataDir`) and waits for
 * GET /health. `cpuProfileDir`: write a V8 CPU profile there when the server stops (node --cpu-prof). `root`: another
 * copy of the repository to run the server from (an earlier version, for before/after figures on the same data).
 */
export async function startLantern(opts: {
  databaseUrl?: string;
  dataDir?: string;
  cpuProfileDir?: string;
  timeoutMs?: number;
  root?: string;
  /** LANTERN_WORKERS for the server (web server processes). */
  workers?: number;
}): Promise<LanternServer> {
  const port = await freePort();
  const root = opts.root ?? ROOT;
  const args = [
    ...(opts.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfileDir] : []),
    path.join(root, 'bin', 'lantern.js'),
    'serve',
    '--port',
    String(port),
    ...(opts.dataDir ? ['--data-dir', opts.dataDir] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: serverEnv({ ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}), ...(opts.workers ? { LANTERN_WORKERS: String(opts.workers) } : {}) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not start lantern serve');
  let out = '';
  const keep = (d: string) => {
    out = (out + d).slice(-20_000);
  };
  child.stdout!.setEncoding('utf8').on('data', keep);
  child.stderr!.setEncoding('utf8').on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`lantern serve exited before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`lantern serve was not ready in time:\n${out}`);
    }
    try {
      const r = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) });
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  return {
    base,
    pid: child.pid,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type Pg15 = { dir: string; url: string; stop: () => void };

const PG15_BIN = process.env['PG15_BIN'] ?? '/usr/lib/postgresql/15/bin';
export const pg15Available = (): boolean => fs.existsSync(path.join(PG15_BIN, 'pg_ctl'));

/**
 * A throwaway PostgreSQL 15 cluster (scripts/pg15.sh start), restarted with durable settings: the script starts it for
 * tests with fsync, synchronous_commit and full_page_writes off, which would flatter every write figure here. The
 * restart keeps its port, socket folder and connection limit and drops those three, so they take PostgreSQL's defaults
 * (on), as on a production server and as the embedded cluster runs.
 */
export function startPg15(log: (m: string) => void): Pg15 {
  const script = path.join(ROOT, 'scripts', 'pg15.sh');
  const outText = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const dir = /^PG15_DIR=(.+)$/m.exec(outText)?.[1];
  const url = /^TEST_DATABASE_URL=(.+)$/m.exec(outText)?.[1];
  if (!dir || !url) throw new Error(`scripts/pg15.sh start printed no PG15_DIR/TEST_DATABASE_URL:\n${outText}`);
  const stop = () => {
    execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
  };
  try {
    const port = new URL(url).port;
    const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    const [cmd, ...args] = [
      ...asOwner,
      path.join(PG15_BIN, 'pg_ctl'),
      '-D',
      path.join(dir, 'data'),
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
      'restart',
    ];
    execFileSync(cmd!, args, { stdio: 'ignore' });
    log(`   PostgreSQL 15 restarted with durable settings on 127.0.0.1:${port} (${dir})`);
  } catch (e) {
    stop();
    throw e;
  }
  return { dir, url, stop };
}
