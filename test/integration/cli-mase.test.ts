import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screened } from '../fixtures/screened.ts';
import { createServices } from '../../src/services/index.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

const run = promisify(execFile);
let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildWorld>>;

// `lantern mase agenda`: the real command against this file's own database through DATABASE_URL.
async function lantern(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['bin/lantern.js', ...args], {
      env: { ...process.env, DATABASE_URL: t.url, LANTERN_LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  t = await testDatabase();
  world = await buildWorld(t.store, createServices(t.store, testClock(), testConfig()));
  // Screened high on 23 November: on the agenda of a meeting on 28 November (newly raised in the last four weeks).
  const at = new Date('2026-11-23T10:00:00Z');
  await screened(t.store, world, [{ at, level: 'high' }]);
}, 60_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

// Each test starts the real command several times (a few seconds each, more when the machine is busy): a longer limit
// than the integration default of 30 s.
describe('lantern mase agenda', { timeout: 120_000 }, () => {
  it('is listed in the help', async () => {
    const r = await lantern(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+mase\b/m);
    const sub = await lantern(['mase', 'agenda', '--help']);
    expect(sub.stdout).toContain('--date <date>');
  });

  it('prints the agenda as JSON, and audits the preview as the command', async () => {
    const r = await lantern(['mase', 'agenda', '--date', '2026-11-28', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      date: '2026-11-28',
      items: [
        {
          kind: 'child',
          personId: world.child.id,
          entityId: null,
          breachId: null,
          actionId: null,
          title: 'Jonathan Testcase',
          reason: 'Newly at high (was not screened before) on 2026-11-23',
        },
      ],
    });
    const rows = await t.store.repos.audit.page({ action: 'mase.agenda_preview', limit: 10 });
    expect(rows[0]).toMatchObject({ via: 'cli', detail: { date: '2026-11-28', items: 1 } });
  });

  it('prints a readable list without --json, and says when there is nothing', async () => {
    const r = await lantern(['mase', 'agenda', '--date', '2026-11-28']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('MASE agenda for 2026-11-28: 1 item\n\n1. Child: Jonathan Testcase\n   Newly at high (was not screened before) on 2026-11-23\n');
    const empty = await lantern(['mase', 'agenda', '--date', '2026-06-01']);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toBe('MASE agenda for 2026-06-01: nothing to discuss.\n');
  });

  it.each([
    ['a missing date', [], /--date: give the date of the meeting as --date YYYY-MM-DD/],
    ['an impossible date', ['--date', '2026-02-31'], /--date: .*real date/],
    ['a date in another format', ['--date', '28/11/2026'], /--date: .*like 2026-03-14/],
  ])('refuses %s with one line and exit code 2', async (_what, args, message) => {
    const r = await lantern(['mase', 'agenda', ...args, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
