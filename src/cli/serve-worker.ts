import { loadConfig } from '../config.ts';
import { connect, type Database } from '../db/connection.ts';
import { createStore } from '../db/store.ts';
import { loadGeo } from '../services/geo.ts';
import { createServices } from '../services/index.ts';
import { webApp } from './web-app.ts';

/** What the first process tells each web server process: the database it started and migrated (as the app's login), and
 * the secret that signs cookies, so that a form fetched from one process can be posted to another. */
export type WorkerStart = { databaseUrl: string; kind: Database['kind']; cookieSecret: string };
export const WORKER_READY = 'lantern-worker-ready';
const STOP_GRACE_MS = 10_000;

const isStart = (m: unknown): m is WorkerStart =>
  typeof m === 'object' &&
  m !== null &&
  typeof (m as WorkerStart).databaseUrl === 'string' &&
  typeof (m as WorkerStart).cookieSecret === 'string' &&
  ['embedded', 'external'].includes((m as WorkerStart).kind);

/**
 * One of several web server processes (LANTERN_WORKERS, src/cli/serve.ts). The first process has already started the
 * database, migrated, checked the app's login and seeded; this one connects, serves on the shared port, and on SIGTERM
 * finishes the requests in flight, closes its connections and exits.
 */
export async function serveWorker(opts: { port?: number | undefined; dataDir?: string | undefined; demo: boolean }): Promise<void> {
  const start = await new Promise<WorkerStart>((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isStart(m)) return;
      process.off('message', onMessage);
      resolve(m);
    };
    process.on('message', onMessage);
    process.send?.(WORKER_READY);
  });
  const config = loadConfig(process.env, { port: opts.port, dataDir: opts.dataDir, defaultLogLevel: opts.demo ? 'warn' : 'info' });
  loadGeo(config);
  const database = connect(start.databaseUrl, start.kind);
  const services = createServices(createStore(database.db), () => new Date(), config);
  const app = await webApp(services, database, config, start.cookieSecret);
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    // Requests still running after this long are cut off, so that a stop always ends.
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(s);
  // Ctrl+C reaches every process in the terminal's group: the first process decides when each worker stops.
  process.on('SIGINT', () => undefined);
  process.on('SIGHUP', () => undefined);
  process.once('SIGTERM', () => void stop());
  // The first process gone (killed): nothing will stop this one in order, so stop now.
  process.once('disconnect', () => void stop());
  await app.listen({ port: config.port, host: config.host });
}
