import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/index.ts';
import { secretBox } from '../../src/services/secret-box.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

const run = promisify(execFile);
let t: TestDatabase;
let dir: string;

// The real `lantern` command, against this file's own database through DATABASE_URL.
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

beforeAll(async () => {
  t = await testDatabase();
  await buildWorld(t.store, createServices(t.store, testClock(), testConfig()));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-cli-'));
}, 60_000);

afterAll(async () => {
  await ifSet(t)?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each test starts the real command several times (a few seconds each, more when the machine is busy): a longer limit
// than the integration default of 30 s.
describe('lantern CLI', { timeout: 120_000 }, () => {
  it('prints help listing every command', async () => {
    const r = await lantern(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'demo', 'migrate', 'user', 'token', 'audit', 'backup', 'restore']) expect(r.stdout).toContain(c);
  });

  it('adds a user and refuses an unknown agency with exit code 2', async () => {
    const ok = await lantern(['user', 'add', '--username', 'cli.user', '--name', 'CLI User', '--agency', 'Test Health', '--role', 'practitioner'], {
      LANTERN_NEW_PASSWORD: 'a long enough password',
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(await t.store.repos.users.byUsername('cli.user')).toMatchObject({ role: 'practitioner' });
    // ASVS 2.3.1: the password is temporary, for 72 hours by default, and is not printed when it was given.
    const added = (await t.store.repos.users.byUsername('cli.user'))!;
    expect(added.temporaryPasswordUntil!.getTime() - added.createdAt.getTime()).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(added.temporaryPasswordUntil!.getTime() - added.createdAt.getTime()).toBeLessThanOrEqual(72 * 3_600_000 + 60_000);
    expect(ok.stdout).toContain('must be changed at first sign-in');
    expect(ok.stdout).not.toContain('a long enough password');
    const generated = await lantern(['user', 'add', '--username', 'cli.generated', '--name', 'CLI Generated', '--agency', 'Test Health', '--role', 'analyst']);
    expect(generated.code, generated.stderr).toBe(0);
    const shown = /Temporary password \(shown once\): (\S+)/.exec(generated.stdout)?.[1];
    expect(shown).toHaveLength(16);
    const svc = createServices(t.store, () => new Date(), testConfig());
    const { token } = await svc.auth.signIn('cli.generated', shown!);
    expect((await svc.auth.resolveSession(token))?.passwordChangeRequired).toBe(true);
    const bad = await lantern(['user', 'add', '--username', 'x', '--name', 'X', '--agency', 'Nowhere', '--role', 'practitioner']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no agency called');
  });

  it('creates an API token that works and is stored hashed', async () => {
    const r = await lantern(['token', 'create', '--user', 'home.practitioner', '--expires', '30d']);
    expect(r.code, r.stderr).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^lt_/);
    const stored = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from api_token where token_hash = ${token}`);
    expect(stored.rows[0]!.n).toBe(0);
    const svc = createServices(t.store, () => new Date(), testConfig());
    expect(await svc.auth.resolveApiToken(token)).toMatchObject({ username: 'home.practitioner' });
    // Without --expires a token lasts 90 days (ASVS 3.5.2); `never` must be asked for.
    const byDefault = await lantern(['token', 'create', '--user', 'home.analyst', '--label', 'default expiry']);
    expect(byDefault.code, byDefault.stderr).toBe(0);
    const never = await lantern(['token', 'create', '--user', 'home.analyst', '--label', 'service account', '--expires', 'never']);
    expect(never.code, never.stderr).toBe(0);
    expect(never.stderr).toContain('Does not expire');
    const rows = await t.db.execute<{ label: string; days: number | null }>(
      sql`select label, round(extract(epoch from expires_at - created_at) / 86400)::int as days from api_token where user_id = (select id from app_user where username = 'home.analyst') order by created_at`,
    );
    expect(rows.rows).toEqual([
      { label: 'default expiry', days: 90 },
      { label: 'service account', days: null },
    ]);
  });

  it('refuses a token for a user whose role requires a second factor, naming where they make their own (ASVS 1.2.4)', async () => {
    await t.db.execute(sql`insert into role_setting (role, mfa_required) values ('auditor', true) on conflict (role) do update set mfa_required = true`);
    try {
      const r = await lantern(['token', 'create', '--user', 'home.auditor']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('must sign in with a second factor');
      expect(r.stderr).toContain('account page');
      expect(r.stdout).not.toMatch(/lt_/);
      const stored = await t.db.execute<{ n: number }>(
        sql`select count(*)::int as n from api_token where user_id = (select id from app_user where username = 'home.auditor')`,
      );
      expect(stored.rows[0]!.n).toBe(0);
    } finally {
      await t.db.execute(sql`update role_setting set mfa_required = false where role = 'auditor'`);
    }
  });

  it('lists a user’s API tokens without their values, and revokes them by id or all at once', async () => {
    const svc = createServices(t.store, () => new Date(), testConfig());
    const made = [];
    for (const label of ['rota sync', 'case export']) {
      const r = await lantern(['token', 'create', '--user', 'home.safeguarding_lead', '--label', label]);
      expect(r.code, r.stderr).toBe(0);
      made.push(r.stdout.trim());
    }
    const list = await lantern(['token', 'list', '--user', 'home.safeguarding_lead']);
    expect(list.code, list.stderr).toBe(0);
    const rows = list.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    expect(rows.map((r) => r[1])).toEqual(['rota sync', 'case export']);
    for (const token of made) expect(list.stdout).not.toContain(token);
    // A mistyped id is refused with exit code 2 and revokes nothing, not even the good id beside it.
    const bad = await lantern(['token', 'revoke', '--user', 'home.safeguarding_lead', rows[0]![0]!, 'not-a-token-id']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Not a live token of this user');
    expect(await svc.auth.resolveApiToken(made[0]!)).not.toBeNull();
    const one = await lantern(['token', 'revoke', '--user', 'home.safeguarding_lead', rows[0]![0]!]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('Revoked 1 token.');
    expect(await svc.auth.resolveApiToken(made[0]!)).toBeNull();
    expect(await svc.auth.resolveApiToken(made[1]!)).toMatchObject({ username: 'home.safeguarding_lead' });
    const neither = await lantern(['token', 'revoke', '--user', 'home.safeguarding_lead']);
    expect(neither.code).toBe(2);
    const all = await lantern(['token', 'revoke', '--user', 'home.safeguarding_lead', '--all']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('Revoked 1 token.');
    expect(await svc.auth.resolveApiToken(made[1]!)).toBeNull();
    const audited = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_event where action = 'auth.token_revoked'`);
    expect(audited.rows[0]!.n).toBe(2);
  });

  it('signs an audit checkpoint, verifies against it, and catches the newest events being cut', async () => {
    const key = path.join(dir, 'audit-key.pem');
    fs.writeFileSync(key, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const file = path.join(dir, 'checkpoint.json');
    const noKey = await lantern(['audit', 'checkpoint', '--out', file]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/LANTERN_AUDIT_SIGNING_KEY/);
    const made = await lantern(['audit', 'checkpoint', '--out', file], { LANTERN_AUDIT_SIGNING_KEY: key });
    expect(made.code, made.stderr).toBe(0);
    const signed = (JSON.parse(fs.readFileSync(file, 'utf8')) as { seq: number }).seq;
    const ok = await lantern(['audit', 'verify', '--checkpoint', file], { LANTERN_AUDIT_SIGNING_KEY: key });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`none of the ${signed} the checkpoint signed was cut or rewritten`);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from audit_event where seq = ${signed}`);
    });
    const cut = await lantern(['audit', 'verify', '--checkpoint', file], { LANTERN_AUDIT_SIGNING_KEY: key });
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain(`the checkpoint signed ${signed} events, ${signed - 1} remain`);
  });

  it('verifies the audit chain, and names the first altered event with exit code 1', async () => {
    const ok = await lantern(['audit', 'verify']);
    expect(ok.code).toBe(0);
    const n = Number(/audit chain intact: (\d+) events/.exec(ok.stdout)?.[1]);
    expect(n).toBeGreaterThanOrEqual(2);

    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_event set purpose = 'altered' where seq = 2`);
    });
    const broken = await lantern(['audit', 'verify']);
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    expect(broken.stdout).toContain('BROKEN at event 2');
  });

  it('backs up, refuses a corrupt file with exit code 2 and no change, and restores', async () => {
    const file = path.join(dir, 'backup.gz');
    const b = await lantern(['backup', file]);
    expect(b.code, b.stderr).toBe(0);
    const corrupt = path.join(dir, 'corrupt.gz');
    const bytes = fs.readFileSync(file);
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = (bytes[mid] ?? 0) ^ 0xff;
    fs.writeFileSync(corrupt, bytes);
    const count = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from app_user`)).rows[0]!.n;
    const users = await count();
    const bad = await lantern(['restore', corrupt]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/corrupt|incomplete/);
    expect(await count()).toBe(users);
    const ok = await lantern(['restore', file]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(await count()).toBe(users);
  });

  it('seals second-factor secrets stored before sealing, leaves sealed ones alone, audits it, and finds nothing the second time', async () => {
    const keyFile = path.join(dir, 'secrets.key');
    const key = randomBytes(32);
    fs.writeFileSync(keyFile, key.toString('hex'), { mode: 0o600 });
    const box = secretBox(key);
    const [a, b, c] = await t.db.execute<{ id: string }>(sql`select id from app_user order by username limit 3`).then((r) => r.rows);
    const sealedBefore = box.seal(c!.id, 'KRUGS4ZANFZSA5DIMUQHGZLDOJSXI3DB');
    await t.db.execute(
      sql`update app_user set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = true, totp_pending_secret = 'GEZDGNBVGY3TQOJQ' where id = ${a!.id}`,
    );
    await t.db.execute(sql`update app_user set totp_pending_secret = 'MFRGGZDFMZTWQ2LK' where id = ${b!.id}`);
    await t.db.execute(sql`update app_user set totp_secret = ${sealedBefore}, totp_enabled = true where id = ${c!.id}`);
    const stored = async (id: string) =>
      (await t.db.execute<{ s: string | null; p: string | null }>(sql`select totp_secret as s, totp_pending_secret as p from app_user where id = ${id}`))
        .rows[0]!;
    const events = async () =>
      (await t.db.execute<{ detail: unknown }>(sql`select detail from audit_event where action = 'admin.secrets_sealed' order by seq`)).rows;

    const r = await lantern(['secrets', 'seal'], { LANTERN_SECRETS_KEY_FILE: keyFile });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Sealed 3 second-factor secrets of 2 users');
    const sa = await stored(a!.id);
    expect(sa.s).toMatch(/^enc1:/);
    expect([box.open(a!.id, sa.s!), box.open(a!.id, sa.p!)]).toEqual(['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQ']);
    const sb = await stored(b!.id);
    expect([sb.s, box.open(b!.id, sb.p!)]).toEqual([null, 'MFRGGZDFMZTWQ2LK']);
    expect((await stored(c!.id)).s).toBe(sealedBefore);
    expect(await events()).toEqual([{ detail: { users: 2, secrets: 3 } }]);

    // Another key is refused: it does not open what is sealed, and sealing under it would lock the second factors out.
    const otherKey = path.join(dir, 'other.key');
    fs.writeFileSync(otherKey, randomBytes(32).toString('hex'), { mode: 0o600 });
    await t.db.execute(sql`update app_user set totp_pending_secret = 'NB2HI4DTHIXS6ZDF' where id = ${b!.id}`);
    const wrongKey = await lantern(['secrets', 'seal'], { LANTERN_SECRETS_KEY_FILE: otherKey });
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toContain('does not open the secrets already sealed');
    expect((await stored(b!.id)).p).toBe('NB2HI4DTHIXS6ZDF');
    // No key file at all: refused before anything is opened, and no key is made.
    const missing = path.join(dir, 'missing.key');
    const noKey = await lantern(['secrets', 'seal'], { LANTERN_SECRETS_KEY_FILE: missing });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('There is no secrets key');
    expect(fs.existsSync(missing)).toBe(false);
    await t.db.execute(sql`update app_user set totp_pending_secret = ${sb.p} where id = ${b!.id}`);

    const again = await lantern(['secrets', 'seal'], { LANTERN_SECRETS_KEY_FILE: keyFile });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('nothing to do');
    expect(await stored(a!.id)).toEqual(sa);
    expect(await events()).toHaveLength(1);
    expect((await lantern(['secrets', 'open'])).code).toBe(2);
  });
});
