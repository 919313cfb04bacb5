import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { generateSync } from 'otplib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Unauthenticated, ValidationError } from '../../src/core/errors.ts';
import { verifyAuditChain } from '../../src/services/audit.ts';
import { backup, BackupError, restore } from '../../src/services/backup.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
}, 60_000);
afterAll(async () => ifSet(t)?.close());

describe('sessions and sign-in', () => {
  it('gives the same generic error for an unknown user and a wrong password', async () => {
    const a = await services.auth.signIn('nobody', 'x').catch((e: unknown) => e);
    const b = await services.auth.signIn('home.practitioner', 'wrong password').catch((e: unknown) => e);
    expect(a).toBeInstanceOf(Unauthenticated);
    expect((a as Error).message).toBe((b as Error).message);
  });

  it('expires a session after 15 minutes idle and after 12 hours in all', async () => {
    const { token } = await services.auth.signIn('home.practitioner', PASSWORD);
    clock.advance(14 * 60_000);
    expect(await services.auth.resolveSession(token)).not.toBeNull();
    clock.advance(14 * 60_000);
    expect(await services.auth.resolveSession(token)).not.toBeNull();
    clock.advance(16 * 60_000);
    expect(await services.auth.resolveSession(token)).toBeNull();

    const second = await services.auth.signIn('home.practitioner', PASSWORD);
    for (let h = 0; h < 52; h++) {
      clock.advance(14 * 60_000);
      await services.auth.resolveSession(second.token);
    }
    expect(await services.auth.resolveSession(second.token)).toBeNull();
  });

  it('locks an account after 5 failures, even for the right password, then unlocks after 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await expect(services.auth.signIn('other.practitioner', 'nope')).rejects.toBeInstanceOf(Unauthenticated);
    await expect(services.auth.signIn('other.practitioner', PASSWORD)).rejects.toBeInstanceOf(Unauthenticated);
    clock.advance(16 * 60_000);
    await expect(services.auth.signIn('other.practitioner', PASSWORD)).resolves.toMatchObject({ mfaRequired: false });
  });

  it('requires a TOTP code once enrolled, and when the role requires it', async () => {
    const first = await services.auth.signIn('home.auditor', PASSWORD);
    const session = (await services.auth.resolveSession(first.token))!;
    const { secret } = await services.auth.startTotp(session.user);
    await expect(services.auth.confirmTotp(session, '000000')).rejects.toBeInstanceOf(ValidationError);
    await services.auth.confirmTotp(session, generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) }));
    const again = await services.auth.signIn('home.auditor', PASSWORD);
    expect(again.mfaRequired).toBe(true);
    const pending = (await services.auth.resolveSession(again.token))!;
    expect(pending.mfaPassed).toBe(false);
    // A code is good once (test/integration/mfa-replay.test.ts): the next 30-second step's code.
    await services.auth.verifyMfa(pending, generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + 30 }));
    expect((await services.auth.resolveSession(again.token))!.mfaPassed).toBe(true);

    await services.admin.setRoleMfa(world.ctxOf('home.administrator'), { required: ['analyst'] });
    expect((await services.auth.signIn('home.analyst', PASSWORD)).mfaRequired).toBe(true);
  });
});

describe('records', () => {
  it('validates NHS numbers and keeps nothing of a bad form', async () => {
    const before = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from person`);
    const e = await services.people.create(world.ctxOf('home.practitioner'), childInput({ nhsNumber: '943 476 5918' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fields['nhsNumber']).toMatch(/check digit/);
    const after = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from person`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('finds a child by nickname, spelling variant, NHS number and reference', async () => {
    const ctx = world.ctxOf('home.practitioner');
    for (const q of [
      { name: 'Jon Testcase' },
      { name: 'Johnny Tescase' },
      { name: 'Jonny' },
      { nhsNumber: '9434765919' },
      { reference: 'sc000123' },
      { dateOfBirth: '2012-05-04' },
    ]) {
      const hits = await services.people.search(ctx, q);
      expect(
        hits.map((h) => h.id),
        JSON.stringify(q),
      ).toContain(world.child.id);
    }
  });

  it('refuses a stale save with a conflict that carries the current record', async () => {
    const ctx = world.ctxOf('home.practitioner');
    const { person } = await services.people.view(ctx, world.child.id);
    await services.people.update(ctx, world.child.id, { ...childInput({ school: 'First change' }), version: person.version });
    const e = await services.people
      .update(ctx, world.child.id, { ...childInput({ school: 'Second change' }), version: person.version })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Conflict);
    expect(((e as Conflict).current as { school: string }).school).toBe('First change');
    expect((await services.people.view(ctx, world.child.id)).person.school).toBe('First change');
  });

  it('audits every view in the same transaction, and fails the view if the audit write fails', async () => {
    const ctx = world.ctxOf('home.practitioner');
    const before = (await t.store.repos.audit.forPerson(world.child.id)).length;
    await services.people.view(ctx, world.child.id);
    const events = await t.store.repos.audit.forPerson(world.child.id);
    expect(events.length).toBe(before + 1);
    expect(events[0]).toMatchObject({ action: 'person.view', userId: ctx.actor.id });

    await t.db.execute(sql`alter table audit_event add constraint audit_block check (action <> 'person.view') not valid`);
    try {
      await expect(services.people.view(ctx, world.child.id)).rejects.toThrow();
    } finally {
      await t.db.execute(sql`alter table audit_event drop constraint audit_block`);
    }
  });

  it('break-glass needs a reason, grants time-limited access and is flagged to the lead', async () => {
    const outsider = world.ctxOf('other.mase_coordinator');
    await expect(services.people.view(outsider, world.child.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(services.breakGlass.grant(outsider, world.child.id, { reason: 'because' })).rejects.toBeInstanceOf(ValidationError);
    await services.breakGlass.grant(outsider, world.child.id, { reason: 'Child presented out of hours; checking for a plan' });
    expect((await services.people.view(outsider, world.child.id)).breakGlass).toBe(true);
    const alerts = await services.breakGlass.alerts(world.ctxOf('home.safeguarding_lead'));
    expect(alerts.some((a) => a.userId === outsider.actor.id && a.personId === world.child.id)).toBe(true);
    clock.advance(5 * 3_600_000);
    await expect(services.people.view(outsider, world.child.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it('keeps the audit chain intact through all of the above', async () => {
    const r = await verifyAuditChain(t.store);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect(r.count).toBeGreaterThan(20);
  });
});

describe('backup and restore', () => {
  it('round-trips all data, and refuses a corrupt file without touching the data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-backup-'));
    const file = path.join(dir, 'b.gz');
    try {
      const b = await backup(t.db, file);
      expect(b.rows).toBeGreaterThan(10);
      const count = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from person`)).rows[0]!.n;
      const people = await count();

      const text = gunzipSync(fs.readFileSync(file)).toString('utf8');
      const corrupt = path.join(dir, 'corrupt.gz');
      fs.writeFileSync(corrupt, gzipSync(text.replace('Testcase', 'Tampered')));
      await expect(restore(t.db, corrupt)).rejects.toBeInstanceOf(BackupError);
      const truncated = path.join(dir, 'truncated.gz');
      fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 200));
      await expect(restore(t.db, truncated)).rejects.toBeInstanceOf(BackupError);
      expect(await count()).toBe(people);

      await services.people.create(
        world.ctxOf('home.practitioner'),
        childInput({ names: [{ kind: 'legal', given: 'After', family: 'Backup' }], nhsNumber: '' }),
      );
      expect(await count()).toBe(people + 1);
      await restore(t.db, file);
      expect(await count()).toBe(people);
      expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
