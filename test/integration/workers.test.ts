// Several web server processes (LANTERN_WORKERS, src/cli/serve.ts): `lantern demo` with two workers on the embedded
// database serves a signed-in practitioner, replaces a worker that is killed (the session, kept in the database, still
// works), and on SIGTERM stops its workers and its database and exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { lanternEnv, pidAlive, ProcessTracker, runningPostmaster, type Server, sleep, startServer, stopServer } from '../crash/harness.ts';

const tracker = new ProcessTracker();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-workers-'));
fs.chmodSync(dataDir, 0o711); // as root the cluster runs as `postgres`, which must reach the folder
afterAll(async () => {
  await tracker.killAll();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The web server processes the first process forked (its children running lantern.js; postgres is a child too). */
function workersOf(pid: number): number[] {
  const out = execFileSync('ps', ['--ppid', String(pid), '-o', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes('lantern.js'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

async function signIn(base: string, username: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const csrfCookie = form.headers
    .getSetCookie()
    .find((c) => c.startsWith('_csrf='))
    ?.split(';')[0];
  if (!csrf || !csrfCookie) throw new Error('the sign-in form carried no CSRF token');
  const r = await fetch(`${base}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ _csrf: csrf, username, password: DEMO_PASSWORD }).toString(),
    redirect: 'manual',
  });
  await r.arrayBuffer();
  expect(r.status).toBe(303);
  expect(r.headers.get('location')).toBe('/');
  const session = r.headers.getSetCookie().find((c) => c.startsWith('lantern_session='));
  if (!session) throw new Error('no session cookie after sign-in');
  return `${session.split(';')[0]!}; ${csrfCookie}`;
}

// New connection each time (no keep-alive), so that requests are spread over the workers.
async function myCases(base: string, cookie: string): Promise<number> {
  const r = await fetch(`${base}/cases`, { headers: { cookie, connection: 'close' }, redirect: 'manual' });
  const html = await r.text();
  if (r.status === 200) expect(html).toContain('My cases');
  return r.status;
}

describe('lantern demo with LANTERN_WORKERS=2', () => {
  let server: Server;

  it('starts two web server processes that serve a signed-in practitioner', async () => {
    server = await startServer(tracker, 'demo', dataDir, lanternEnv({ LANTERN_WORKERS: '2' }), 120_000);
    // /health answers as soon as the first worker listens; the address line comes once both do.
    for (let i = 0; i < 300 && !server.proc.output().includes('Lantern is running'); i++) await sleep(100);
    expect(server.proc.output()).toContain('2 web server processes');
    expect(workersOf(server.proc.pid)).toHaveLength(2);
    const cookie = await signIn(server.base, 'practitioner');
    const statuses = await Promise.all(Array.from({ length: 12 }, () => myCases(server.base, cookie)));
    expect(statuses).toEqual(Array(12).fill(200));
  }, 180_000);

  it('replaces a worker that is killed, and the session still works through the new one', async () => {
    const before = workersOf(server.proc.pid);
    const cookie = await signIn(server.base, 'practitioner');
    process.kill(before[0]!, 'SIGKILL');
    let after: number[] = [];
    for (let i = 0; i < 100; i++) {
      after = workersOf(server.proc.pid);
      if (after.length === 2 && !after.includes(before[0]!)) break;
      await sleep(200);
    }
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(server.proc.output()).toContain('a web server process stopped (SIGKILL); starting another');
    // The new worker takes connections once it listens; every answer is the page, none an error.
    await sleep(3_000);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => myCases(server.base, cookie)));
    expect(statuses).toEqual(Array(12).fill(200));
  }, 60_000);

  it('on SIGTERM stops its workers and the database, and exits 0', async () => {
    const workers = workersOf(server.proc.pid);
    expect(runningPostmaster(dataDir)).not.toBeNull();
    const exit = await stopServer(server);
    expect(exit).toEqual({ code: 0, signal: null });
    for (const w of workers) expect(pidAlive(w)).toBe(false);
    expect(runningPostmaster(dataDir)).toBeNull();
  }, 60_000);
});
