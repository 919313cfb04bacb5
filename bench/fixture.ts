// Benchmark fixture: one embedded PostgreSQL cluster in a temp folder, the demo data set, extra synthetic
// children up to the target population, and a long audit chain. Everything is synthetic (src/demo).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { GENESIS_HASH, eventHash, type AuditRecord } from '../src/core/audit/chain.ts';
import { searchableName, syntheticNhsNumber } from '../src/core/identity/index.ts';
import { connect, migrateDatabase, type Database } from '../src/db/connection.ts';
import { startEmbedded, type EmbeddedServer } from '../src/db/embedded.ts';
import { sha256 } from '../src/db/repositories/audit.ts';
import { createStore, type Store } from '../src/db/store.ts';
import { buildChild } from '../src/demo/people.ts';
import { createRng } from '../src/demo/prng.ts';
import { loadDemo } from '../src/services/demo-loader.ts';
import { POOL_SHARE, surnameDrawer } from './surnames.ts';
import { createServices, type Ctx, type Services } from '../src/services/index.ts';
import { sql } from 'drizzle-orm';

export type Fixture = {
  dir: string;
  server: EmbeddedServer;
  database: Database;
  store: Store;
  services: Services;
  clock: () => Date;
  // The socialworker practitioner and the children on their caseload.
  practitioner: { username: string; ctx: Ctx; caseloadIds: string[] };
  // NHS numbers of loaded children, for the exact-match baseline.
  nhsNumbers: string[];
};

export const DEMO_SEED = 20261128;
export const PRACTITIONER = 'socialworker';

// Resources acquired so far, released by `teardown` even when setup fails half way.
export type Held = { dir?: string; server?: EmbeddedServer; database?: Database };

export async function setupFixture(held: Held, log: (m: string) => void): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-'));
  held.dir = dir;
  // As root the cluster runs as the `postgres` user, which must be able to reach the folder.
  fs.chmodSync(dir, 0o711);
  log(`starting embedded PostgreSQL in ${dir}`);
  const server = await startEmbedded(dir);
  held.server = server;
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  try {
    await admin.query('create database lantern_bench');
  } finally {
    await admin.end();
  }
  const database = connect(server.url('lantern_bench'), 'embedded');
  held.database = database;
  await migrateDatabase(database.db);
  const store = createStore(database.db);
  const clock = () => new Date();
  const services = createServices(store, clock, loadConfig({}, { logLevel: 'silent' }));
  log('loading the demo data set');
  await loadDemo(store, clock, DEMO_SEED);

  const u = await store.repos.users.byUsername(PRACTITIONER);
  if (!u) throw new Error(`demo user ${PRACTITIONER} missing`);
  const ctx: Ctx = { actor: { id: u.id, agencyId: u.agencyId, role: 'practitioner' }, via: 'web' };
  const caseloadIds = [...new Set((await services.cases.myCases(ctx)).map((c) => c.personId))];
  if (caseloadIds.length === 0) throw new Error('the practitioner has no cases');
  return { dir, server, database, store, services, clock, practitioner: { username: PRACTITIONER, ctx, caseloadIds }, nhsNumbers: [] };
}

// Adds synthetic children (src/demo/people.ts buildChild: pooled invented names, nicknames, spelling
// variants, 999-range NHS numbers) until the person table holds `target` rows. Names are stored the way
// src/services/demo-loader.ts stores them.
export async function growPeople(f: Fixture, target: number, log: (m: string) => void): Promise<{ people: number; names: number }> {
  const { db, pool } = f.database;
  const count = async (table: string) => (await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;
  const existing = await count('person');
  const used = new Set(
    (await db.execute<{ nhs_number: string }>(sql`select nhs_number from person where nhs_number is not null`)).rows.map((r) => r.nhs_number),
  );
  const creator = await f.store.repos.users.byUsername('admin');
  if (!creator) throw new Error('demo admin missing');
  const rng = createRng(0x1a27e5);
  // Family names spread as in a real area (bench/surnames.ts); its own generator, so the children are otherwise as before.
  const surnames = createRng(0x5a11e5);
  const surname = surnameDrawer(surnames);
  let nhsSeed = 500_000;
  const nextNhs = () => {
    let v = syntheticNhsNumber(nhsSeed++);
    while (used.has(v)) v = syntheticNhsNumber(nhsSeed++);
    used.add(v);
    return v;
  };
  const now = f.clock().toISOString();
  const toAdd = Math.max(0, target - existing);
  const CHUNK = 5000;
  const KEY_SEP = '\u001f'; // given_keys travel as one joined string per row: unnest() cannot carry text[][]
  for (let done = 0; done < toAdd; done += CHUNK) {
    const children = Array.from({ length: Math.min(CHUNK, toAdd - done) }, (_, i) => {
      const child = buildChild(rng, f.clock(), `bench-${done + i}`, nextNhs);
      const legal = child.names.find((n) => n.kind === 'legal')?.family;
      const family = surnames.chance(POOL_SHARE) ? null : surname.draw();
      const names = family ? child.names.map((n) => (n.family === legal ? { ...n, family } : n)) : child.names;
      return { ...child, names, uuid: randomUUID() };
    });
    const names = children.flatMap((p) =>
      p.names.map((n) => ({
        personId: p.uuid,
        kind: n.kind,
        given: n.given,
        family: n.family,
        ...searchableName(n.given, n.family),
      })),
    );
    const addresses = children.flatMap((p) => p.addresses.map((a) => ({ personId: p.uuid, line: a.line, postcode: a.postcode, from: a.from, to: a.to })));
    for (const n of names) if (n.givenKeys.some((k) => k.includes(KEY_SEP))) throw new Error('a name key contains the separator');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `insert into person (id, kind, date_of_birth, gender, ethnicity, nhs_number, school, looked_after, cp_plan, created_by, created_by_agency, created_at, updated_at)
         select id, kind, dob, gender, ethnicity, nhs, school, la, cp, $10::uuid, $11::uuid, $12::timestamptz, $12::timestamptz
         from unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) as t(id, kind, dob, gender, ethnicity, nhs, school, la, cp)`,
        [
          children.map((p) => p.uuid),
          children.map((p) => p.kind),
          children.map((p) => p.dateOfBirth),
          children.map((p) => p.gender),
          children.map((p) => p.ethnicity),
          children.map((p) => p.nhsNumber),
          children.map((p) => p.school),
          children.map((p) => p.lookedAfter),
          children.map((p) => p.cpPlan),
          creator.id,
          creator.agencyId,
          now,
        ],
      );
      await client.query(
        `insert into person_name (person_id, kind, given, family, normalised, given_normalised, given_keys, family_normalised)
         select pid, kind, given, family, norm, gnorm, case when keys = '' then '{}'::text[] else string_to_array(keys, $9) end, fnorm
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) as t(pid, kind, given, family, norm, gnorm, keys, fnorm)`,
        [
          names.map((n) => n.personId),
          names.map((n) => n.kind),
          names.map((n) => n.given),
          names.map((n) => n.family),
          names.map((n) => n.normalised),
          names.map((n) => n.givenNormalised),
          names.map((n) => n.givenKeys.join(KEY_SEP)),
          names.map((n) => n.familyNormalised),
          KEY_SEP,
        ],
      );
      await client.query(
        `insert into address_period (person_id, line, postcode, from_date, to_date)
         select * from unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[])`,
        [
          addresses.map((a) => a.personId),
          addresses.map((a) => a.line),
          addresses.map((a) => a.postcode),
          addresses.map((a) => a.from),
          addresses.map((a) => a.to),
        ],
      );
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    log(`  ${existing + Math.min(toAdd, done + CHUNK)} people`);
  }
  // The bulk path must store names exactly as the demo loader does.
  const sample = await db.execute<{ given: string; family: string; normalised: string; given_keys: string[]; family_normalised: string }>(
    sql`select given, family, normalised, given_keys, family_normalised from person_name order by random() limit 200`,
  );
  for (const r of sample.rows) {
    const want = searchableName(r.given, r.family);
    const ok =
      r.normalised === want.normalised && r.family_normalised === want.familyNormalised && JSON.stringify(r.given_keys) === JSON.stringify(want.givenKeys);
    if (!ok) throw new Error(`person_name row for ${JSON.stringify(r.given)} is not normalised like the demo loader's`);
  }
  await db.execute(sql`analyze`);
  f.nhsNumbers = (
    await db.execute<{ nhs_number: string }>(sql`select nhs_number from person where nhs_number is not null and kind = 'child' order by random() limit 200`)
  ).rows.map((r) => r.nhs_number);
  return { people: await count('person'), names: await count('person_name') };
}

// Appends `n` further audit events that continue the existing chain, hashed in JS with the same
// eventHash/sha256 as the repository, under the repository's advisory lock, inserted with unnest() in
// large batches (one statement per batch, 14 array parameters).
export async function growAuditChain(f: Fixture, n: number, log: (m: string) => void): Promise<number> {
  const { db, pool } = f.database;
  const users = await f.store.repos.users.list();
  const people = (await db.execute<{ id: string }>(sql`select id from person order by random() limit 2000`)).rows.map((r) => r.id);
  const rng = createRng(0xa0d17);
  const BATCH = 5_000;
  const PER_TX = 25_000;
  let appended = 0;
  while (appended < n) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock(7411002)');
      const last = (await client.query<{ seq: string; hash: string }>('select seq, hash from audit_event order by seq desc limit 1')).rows[0];
      let prev = { seq: last ? Number(last.seq) : 0, hash: last?.hash ?? GENESIS_HASH };
      const inTx = Math.min(PER_TX, n - appended);
      for (let done = 0; done < inTx; done += BATCH) {
        const rows: AuditRecord[] = [];
        for (let i = 0; i < Math.min(BATCH, inTx - done); i++) {
          const u = rng.pick(users);
          const personId = rng.pick(people);
          const base = {
            seq: prev.seq + 1,
            at: new Date(),
            userId: u.id,
            agencyId: u.agencyId,
            action: 'person.view',
            subjectType: 'person',
            subjectId: personId,
            personId,
            purpose: 'direct care',
            breakGlass: false,
            via: 'web',
            detail: { basis: 'case_team' },
            prevHash: prev.hash,
          };
          const row = { ...base, hash: eventHash(base, sha256) };
          rows.push(row);
          prev = { seq: row.seq, hash: row.hash };
        }
        const col = <T>(get: (r: AuditRecord) => T) => rows.map(get);
        await client.query(
          `insert into audit_event (seq, at, user_id, agency_id, action, subject_type, subject_id, person_id, purpose, break_glass, via, detail, prev_hash, hash)
           select * from unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::boolean[], $11::text[], $12::jsonb[], $13::text[], $14::text[])`,
          [
            col((r) => r.seq),
            col((r) => r.at.toISOString()),
            col((r) => r.userId),
            col((r) => r.agencyId),
            col((r) => r.action),
            col((r) => r.subjectType),
            col((r) => r.subjectId),
            col((r) => r.personId),
            col((r) => r.purpose),
            col((r) => r.breakGlass),
            col((r) => r.via),
            col((r) => JSON.stringify(r.detail)),
            col((r) => r.prevHash),
            col((r) => r.hash),
          ],
        );
      }
      await client.query('commit');
      appended += inTx;
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    log(`  ${appended} audit events appended`);
  }
  await db.execute(sql`analyze audit_event`);
  return f.store.repos.audit.count();
}

export async function teardown(held: Held, log: (m: string) => void): Promise<void> {
  if (held.database) {
    await held.database.close().catch((e: unknown) => log(`closing the pool failed: ${String(e)}`));
    held.database = undefined;
  }
  if (held.server) {
    log('stopping embedded PostgreSQL');
    await held.server.stop().catch((e: unknown) => log(`stopping PostgreSQL failed: ${String(e)}`));
    held.server = undefined;
  }
  if (held.dir) {
    fs.rmSync(held.dir, { recursive: true, force: true });
    log(`removed ${held.dir}`);
    held.dir = undefined;
  }
}
