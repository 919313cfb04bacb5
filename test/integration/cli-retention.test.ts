import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/services/audit.ts';
import { createServices } from '../../src/services/index.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// `lantern retention` and `lantern subject-access`, spawned for real against this file's own database.

const run = promisify(execFile);
let t: TestDatabase;
let dir: string;
let world: Awaited<ReturnType<typeof buildWorld>>;
const ids = { old: '', held: '' };

async function lantern(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['bin/lantern.js', ...args], {
      env: { ...process.env, DATABASE_URL: t.url, LANTERN_LOG_LEVEL: 'silent', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
const people = async (): Promise<number> => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from person`)).rows[0]!.n;

beforeAll(async () => {
  t = await testDatabase();
  const clock = testClock(new Date('2026-11-28T10:00:00Z'));
  const services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  // Two adults of concern recorded in 2012 and not heard of since: one is due for deletion, the other is held.
  clock.set(new Date('2012-03-01T10:00:00Z'));
  const kw = world.ctxOf('home.practitioner');
  const adult = (given: string) =>
    services.people.create(
      kw,
      childInput({ kind: 'adult', names: [{ kind: 'legal', given, family: 'Clitest' }], dateOfBirth: '1975-05-05', nhsNumber: '', identifiers: [] }),
    );
  ids.old = (await adult('Olwen')).id;
  ids.held = (await adult('Huw')).id;
  clock.set(new Date('2026-11-28T10:00:00Z'));
  await services.retention.placeHold(world.ctxOf('home.administrator'), {
    scope: 'person',
    personId: ids.held,
    reference: 'Claim 2026/44',
    reason: 'A claim names him',
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-retention-'));
}, 60_000);

afterAll(async () => {
  await ifSet(t)?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Each test starts the real command several times (a few seconds each, more when the machine is busy): a longer limit
// than the integration default of 30 s.
describe('lantern retention', { timeout: 120_000 }, () => {
  it('refuses --apply without --confirm, and a bad rules file, with exit code 2, changing nothing', async () => {
    const bad = path.join(dir, 'rules.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({ rules: [{ id: 'adult-of-concern-local', label: 'x', covers: ['adults'], anchor: 'last_activity', years: 6, source: 'y' }] }),
    );
    const before = await people();
    const [noConfirm, rules] = await Promise.all([lantern(['retention', '--apply']), lantern(['retention', '--dry-run'], { LANTERN_RETENTION_RULES: bad })]);
    expect(noConfirm).toMatchObject({ code: 2, stderr: expect.stringMatching(/--confirm: deleting is for good/) });
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain(`The retention rules file ${bad} (LANTERN_RETENTION_RULES) is not usable: rules.0.covers.0: a record class is one of`);
    expect(rules.stderr).not.toMatch(/\n\s+at /);
    expect(await people()).toBe(before);
  });

  it('--dry-run --json lists what is due and what is held', async () => {
    const dry = await lantern(['retention', '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const report = JSON.parse(dry.stdout) as { toDelete: { personId: string }[]; held: { personId: string; explanation: string }[] };
    expect(report.toDelete.map((e) => e.personId)).toEqual([ids.old]);
    expect(report.held).toEqual([expect.objectContaining({ personId: ids.held, explanation: expect.stringContaining('Claim 2026/44') })]);
  });

  it('--apply --confirm deletes what is due, leaves a tombstone, and the chain verifies', async () => {
    const r = await lantern(['retention', '--apply', '--confirm']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`deleted ${ids.old}`);
    expect(r.stdout).toContain('1 held back by a legal hold.');
    const gone = await t.db.execute<{ id: string }>(sql`select id from person where id in (${ids.old}, ${ids.held})`);
    expect(gone.rows.map((x) => x.id)).toEqual([ids.held]);
    const tomb = await t.db.execute<{ via: string; detail: Record<string, unknown> }>(
      sql`select via, detail from audit_event where action = 'retention.delete'`,
    );
    expect(tomb.rows).toHaveLength(1);
    expect(tomb.rows[0]!.via).toBe('cli');
    expect(JSON.stringify(tomb.rows[0]!.detail)).not.toMatch(/Olwen|Clitest|1975/);
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true });
  });
});

describe('lantern subject-access', { timeout: 120_000 }, () => {
  it('writes the report to a file only its owner can read, and is audited', async () => {
    const out = path.join(dir, 'sar.json');
    const ok = await lantern(['subject-access', '--person', world.child.id, '--out', out]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`Subject access report written to ${out}`);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      sections: { key: string; items: unknown[] }[];
      access: { events: { action: string; via: string }[] };
    };
    expect(JSON.stringify(report.sections)).toContain('Jonathan');
    expect(report.sections.find((s) => s.key === 'cases')!.items).toHaveLength(1);
    expect(report.access.events.at(-1)).toMatchObject({ action: 'person.subject_access', via: 'cli' });
  });
});
