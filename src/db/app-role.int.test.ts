import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, childInput } from '../../test/fixtures/world.ts';
import { type TestDatabase, testClock, testConfig, testDatabase, testDbInfo } from '../../test/setup/test-db.ts';
import { quoteIdent } from '../../test/setup/global-db.ts';
import { ifSet } from '../../test/setup/hooks.ts';
import { createServices } from '../services/index.ts';
import { verifyAuditChain } from '../services/audit.ts';
import { backup } from '../services/backup.ts';
import { connect, type Database, openDatabase } from './connection.ts';
import { checkAppRole, ensureLoginRole, grantAppRole, withLogin } from './roles.ts';
import { createStore } from './store.ts';

// The app's own database login against a real server (embedded 18 here, PostgreSQL 15 in the second run): it can do
// the work of the app, and PostgreSQL itself refuses every way of changing or hiding audit rows.

let t: TestDatabase;
let app: Database;
const role = `lantern_app_test_${randomBytes(4).toString('hex')}`;
const password = randomBytes(18).toString('base64url');

async function asAdmin<T>(fn: (c: pg.Client) => Promise<T>, url = testDbInfo().adminUrl): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  t = await testDatabase();
  await asAdmin((c) => ensureLoginRole(c, role, password));
  await asAdmin((c) => grantAppRole(c, role), t.url);
  app = connect(withLogin(t.url, role, password), t.kind);
});

afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
  await asAdmin((c) => c.query(`drop database if exists ${quoteIdent(`${t.name}_ext`)} with (force)`));
  // The role's grants lived in the dropped database only, so it can go now.
  await asAdmin((c) => c.query(`drop role if exists ${quoteIdent(role)}`));
});

async function refusedWith(sql: string): Promise<string> {
  const e = await app.pool.query(sql).then(
    () => undefined,
    (err: unknown) => err as { code?: string },
  );
  expect(e, `${sql} should have been refused`).toBeDefined();
  return e!.code ?? '';
}

describe('the app database login', () => {
  it('does the app work through the services: a child, a case, a note, each audited', async () => {
    const store = createStore(app.db);
    const services = createServices(store, testClock(new Date()), testConfig());
    const world = await buildWorld(store, services);
    const kw = world.ctxOf('home.practitioner');
    const child = await services.people.create(kw, childInput());
    await services.cases.open(kw, child.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
    await services.chronology.add(kw, child.id, { kind: 'note', occurredAt: '2026-02-01', summary: 'Visit', detail: 'Seen at home.' });
    const rows = await app.pool.query<{ n: string }>('select count(*) as n from audit_event');
    expect(Number(rows.rows[0]!.n)).toBeGreaterThan(0);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true });
  });

  it('makes a backup (every table it may read, never audit_pending, which it may not)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-app-backup-'));
    try {
      const r = await backup(app.db, path.join(dir, 'backup.json'));
      expect(r.tables).toBeGreaterThan(10);
      expect(fs.readFileSync(path.join(dir, 'backup.json'), 'utf8')).not.toContain('audit_pending');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is reported restricted, and a superuser is not', async () => {
    expect(await checkAppRole(app.pool)).toEqual({ role, restricted: true, problems: [] });
    const su = await checkAppRole(t.pool);
    expect(su.restricted).toBe(false);
    expect(su.problems).toContain('it is a superuser');
  });

  it('cannot write, update, delete or truncate audit rows but through the chain: PostgreSQL refuses for lack of privilege', async () => {
    // 42501 is insufficient_privilege: refused by the grants, before the append-only trigger is even reached.
    expect(await refusedWith("update audit_event set action = 'person.view' where seq = 1")).toBe('42501');
    expect(await refusedWith('delete from audit_event where seq = 1')).toBe('42501');
    expect(await refusedWith('truncate audit_event')).toBe('42501');
    // Events reach the chain only through audit_pending's commit trigger: the app may add to it, nothing more.
    expect(
      await refusedWith("insert into audit_event (seq, at, action, subject_type, purpose, prev_hash, hash) values (999999, now(), 'x', 'x', 'x', 'x', 'x')"),
    ).toBe('42501');
    expect(await refusedWith('select * from audit_pending')).toBe('42501');
    expect(await refusedWith("update audit_pending set action = 'person.view'")).toBe('42501');
    expect(await refusedWith('delete from audit_pending')).toBe('42501');
    expect(await refusedWith('truncate audit_pending')).toBe('42501');
    expect(await refusedWith('alter table audit_pending disable trigger audit_pending_chain')).toBe('42501');
  });

  it('cannot switch the protection off: triggers, replica mode, ownership, a new table or function', async () => {
    expect(await refusedWith('alter table audit_event disable trigger audit_event_no_update')).toBe('42501');
    expect(await refusedWith('drop trigger audit_event_no_update on audit_event')).toBe('42501');
    expect(await refusedWith('drop table audit_event')).toBe('42501');
    expect(await refusedWith('set session_replication_role = replica')).toBe('42501');
    expect(await refusedWith(`alter table audit_event owner to ${quoteIdent(role)}`)).toBe('42501');
    expect(await refusedWith('create table public.shadow (id int)')).toBe('42501');
    expect(await refusedWith('create or replace function lantern_audit_append_only() returns trigger language plpgsql as $$ begin return new; end $$')).toBe(
      '42501',
    );
    expect(await refusedWith('delete from drizzle.__drizzle_migrations')).toBe('42501');
  });

  it('leaves every audit row as it was', async () => {
    const before = await t.pool.query<{ seq: string; hash: string }>('select seq, hash from audit_event order by seq');
    await refusedWith('delete from audit_event');
    const after = await t.pool.query<{ seq: string; hash: string }>('select seq, hash from audit_event order by seq');
    expect(after.rows).toEqual(before.rows);
    expect(before.rows.length).toBeGreaterThan(0);
  });

  it('on an external server, the owner login migrates and grants, and the app login it names is restricted', async () => {
    const name = `${t.name}_ext`;
    await asAdmin((c) => c.query(`create database ${quoteIdent(name)}`));
    const ownerUrl = new URL(t.url);
    ownerUrl.pathname = `/${name}`;
    const opened = await openDatabase({
      databaseUrl: withLogin(ownerUrl.toString(), role, password),
      migrationUrl: ownerUrl.toString(),
      dataDir: '/nonexistent',
    });
    try {
      expect(opened.kind).toBe('external');
      expect(opened.role).toEqual({ role, restricted: true, problems: [] });
      // Migrated: the tables exist and the app login can read them.
      const n = await opened.pool.query<{ n: string }>('select count(*) as n from person');
      expect(Number(n.rows[0]!.n)).toBe(0);
      // A fresh install asks administrators, auditors and safeguarding leads for a second factor, and no other role.
      const mfa = await opened.pool.query<{ role: string; mfa_required: boolean }>('select role, mfa_required from role_setting order by role');
      expect(mfa.rows).toEqual([
        { role: 'administrator', mfa_required: true },
        { role: 'auditor', mfa_required: true },
        { role: 'safeguarding_lead', mfa_required: true },
      ]);
    } finally {
      await opened.close();
    }
    // Without a separate owner the single login migrates, and is reported as able to change the audit trail.
    const single = await openDatabase({ databaseUrl: ownerUrl.toString(), dataDir: '/nonexistent' });
    try {
      expect(single.role?.restricted).toBe(false);
    } finally {
      await single.close();
    }
  });
});
