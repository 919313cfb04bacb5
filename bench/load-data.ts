// The load benchmark's data set (issue 8): 100,000 children, 1,000,000 chronology entries and 5,000,000 audit events
// on a real PostgreSQL, with the demo's staff, agencies and cases, plus synthetic case workers and open cases so that a
// practitioner's caseload and the staff directory look like a large area's. Everything is synthetic (src/demo).
//
// Speed: people through growPeople (bench/fixture.ts, unnest batches, names normalised as the demo loader does); cases,
// chronology and the audit chain streamed through COPY (bench/load-copy.ts) while the next batch is generated. Audit
// hashes are computed with src/core/audit/chain.ts's eventHash and the repository's sha256, continuing the chain the demo
// left, so the result is one valid chain.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { eventHash, type AuditRecord, verifyBatch } from '../src/core/audit/chain.ts';
import type { Database } from '../src/db/connection.ts';
import { sha256 } from '../src/db/repositories/audit.ts';
import type { Store } from '../src/db/store.ts';
import { clip, fillTemplate, PRONOUNS } from '../src/demo/chronology.ts';
import { CHRONOLOGY_TEMPLATES } from '../src/demo/chronology-templates.ts';
import { NAME_POOLS, STREET_NAMES } from '../src/demo/names.ts';
import { COUNTY_TOWNS, GIFTS } from '../src/demo/places.ts';
import { createRng, type Rng } from '../src/demo/prng.ts';
import { loadDemo } from '../src/services/demo-loader.ts';
import type { Services } from '../src/services/index.ts';
import { type Fixture, growPeople } from './fixture.ts';
import { bulkLoader, type Column, type Row } from './load-copy.ts';

export type DatasetParams = {
  children: number;
  chronology: number;
  auditEvents: number;
  /** Synthetic case workers added to the demo's staff (the staff directory of a large area). */
  staff: number;
  /** Share of the synthetic children with an open case. */
  caseShare: number;
  /** Synthetic children added to each demo practitioner's caseload (key worker of an open case). */
  caseloadExtra: number;
  /** Chronology entries of each child on a demo practitioner's caseload: uniform in this range. */
  caseloadEntries: [number, number];
  seed: number;
};

export type Practitioner = { id: string; username: string; agencyId: string; caseload: string[] };

export type Dataset = {
  children: number;
  people: number;
  names: number;
  staff: number;
  openCases: number;
  chronology: number;
  audit: number;
  practitioners: Practitioner[];
  /** Entries per child on the practitioners' caseloads (what the case page shows). */
  caseloadEntries: { min: number; median: number; max: number; over500: number; children: number };
  /** Name queries practitioners type, drawn from the data (full names, nicknames, typos, family names). */
  queries: string[];
  method: 'copy' | 'insert';
  timings: { step: string; seconds: number; rows: number }[];
  chainCheck: string;
};

export type LoadDb = { url: string; database: Database; store: Store; services: Services };

const BATCH = 10_000;
const n0 = (n: number) => Math.round(n).toLocaleString('en-GB');

async function count(db: LoadDb, table: string, where = 'true'): Promise<number> {
  return (await db.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table} where ${where}`))).rows[0]!.n;
}

// Streams `total` rows from `make` into `table`, `BATCH` at a time; generation overlaps with the database's work.
async function stream(
  db: LoadDb,
  table: string,
  columns: Column[],
  total: number,
  make: (i: number) => Row,
  log: (m: string) => void,
): Promise<'copy' | 'insert'> {
  const loader = bulkLoader({ url: db.url, pool: db.database.pool }, table, columns);
  const t0 = performance.now();
  let nextLog = t0 + 10_000;
  let pending: Promise<void> = Promise.resolve();
  let generating = 0;
  try {
    for (let start = 0; start < total; start += BATCH) {
      const g = performance.now();
      const rows: Row[] = [];
      for (let i = start; i < Math.min(total, start + BATCH); i++) rows.push(make(i));
      generating += performance.now() - g;
      await pending;
      pending = loader.write(rows);
      if (performance.now() > nextLog) {
        const done = Math.min(total, start + BATCH);
        log(
          `   ${table}: ${n0(done)} of ${n0(total)} rows (${n0((done / (performance.now() - t0)) * 1000)} rows/s; generating ${n0(generating / 1000)} s of it)`,
        );
        nextLog = performance.now() + 10_000;
      }
    }
    await pending;
  } finally {
    await loader.end();
  }
  if (total >= BATCH)
    log(`   ${table}: ${n0(total)} rows, generated in ${(generating / 1000).toFixed(1)} s of ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return loader.method;
}

// PostgreSQL's advice for bulk loads ("Populating a Database"): add a table's secondary indexes and foreign keys after its
// rows are in (one sort and one join each, instead of millions of random B-tree inserts and per-row key checks). The
// definitions are read back from the catalogue and re-run unchanged, so the table ends up exactly as the migrations
// made it, and re-adding a foreign key validates every loaded row.
async function withIndexesAfter<T>(db: LoadDb, table: string, log: (m: string) => void, fn: () => Promise<T>): Promise<T> {
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const indexes = (
    await db.database.db.execute<{ name: string; def: string }>(
      sql`select i.indexname as name, i.indexdef as def from pg_indexes i where i.tablename = ${table} and i.schemaname = current_schema()
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    )
  ).rows;
  const foreign = (
    await db.database.db.execute<{ name: string; def: string }>(
      sql`select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ${table}::regclass and contype = 'f'`,
    )
  ).rows;
  for (const f of foreign) await db.database.db.execute(sql.raw(`alter table ${q(table)} drop constraint ${q(f.name)}`));
  for (const i of indexes) await db.database.db.execute(sql.raw(`drop index ${q(i.name)}`));
  try {
    return await fn();
  } finally {
    const t = performance.now();
    const client = await db.database.pool.connect();
    try {
      await client.query("set maintenance_work_mem = '512MB'");
      for (const i of indexes) await client.query(i.def);
      for (const f of foreign) await client.query(`alter table ${q(table)} add constraint ${q(f.name)} ${f.def}`);
    } finally {
      client.release();
    }
    log(
      `   ${table}: ${indexes.length} secondary indexes and ${foreign.length} foreign keys added back in ${((performance.now() - t) / 1000).toFixed(1)} s (${indexes.map((i) => i.name).join(', ')})`,
    );
  }
}

// A pool of filled chronology templates (summary, detail, kind), so that a million entries cost no template work.
export function entryPool(rng: Rng, size: number): { kind: string; summary: string; detail: string; agencyKinds: readonly string[] | undefined }[] {
  const pools = Object.values(NAME_POOLS);
  const out: { kind: string; summary: string; detail: string; agencyKinds: readonly string[] | undefined }[] = [];
  for (let tries = 0; out.length < size && tries < size * 5; tries++) {
    const t = rng.pick(CHRONOLOGY_TEMPLATES);
    const gender = t.genders ? rng.pick(t.genders) : rng.pick(['female', 'male', 'non_binary'] as const);
    const p = PRONOUNS[gender];
    const pool = rng.pick(pools);
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const slots: Record<string, string> = {
      ...p,
      They: cap(p.they),
      Their: cap(p.their),
      name: rng.pick(gender === 'male' ? pool.male : pool.female),
      nth: rng.pick(['second', 'third', 'fourth', 'fifth']),
      Carer: rng.pick(['Mum', 'Dad', 'The carer']),
      carer: rng.pick(['mum', 'dad', 'carer']),
      home: t.lookedAfterOnly ? 'placement' : rng.pick(['home', 'placement']),
      adult: rng.pick(STREET_NAMES),
      adult2: rng.pick(STREET_NAMES),
      adultAge: String(rng.int(19, 34)),
      place: rng.pick(['a takeaway on the high street', 'a budget hotel', 'the park by the station', 'a flat above a shop']),
      area: rng.pick(['Romford', 'Hornchurch', 'Rainham', 'Harold Hill', 'Upminster']),
      town: rng.pick(COUNTY_TOWNS),
      car: rng.pick(['a grey hatchback', 'a black saloon', 'a white van']),
      gift: rng.pick(GIFTS),
      amount: String(rng.int(2, 40) * 10),
      n: String(rng.int(2, 6)),
      time: `${rng.int(19, 23)}:${rng.pick(['00', '15', '30', '45'])}`,
      pct: String(rng.int(40, 80)),
      school: 'the secondary school',
    };
    try {
      out.push({ kind: t.kind, summary: clip(fillTemplate(t.summary, slots)), detail: fillTemplate(t.detail, slots), agencyKinds: t.agencies });
    } catch {
      /* a template with a slot this pool does not fill: skip it */
    }
  }
  if (!out.length) throw new Error('no chronology template could be filled');
  return out;
}

// Splits `total` over the weights, whole numbers summing exactly to `total`.
function apportion(weights: number[], total: number, rng: Rng): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - out.reduce((a, b) => a + b, 0);
  while (rest > 0) {
    out[rng.int(0, out.length - 1)]! += 1;
    rest--;
  }
  return out;
}

export async function buildDataset(db: LoadDb, p: DatasetParams, log: (m: string) => void): Promise<Dataset> {
  const { database, store } = db;
  const rng = createRng(p.seed);
  const clock = () => new Date();
  const now = clock();
  const timings: Dataset['timings'] = [];
  let method: 'copy' | 'insert' = 'insert';
  const step = async <T>(name: string, fn: () => Promise<T>, rows: (r: T) => number): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    const seconds = (performance.now() - t) / 1000;
    timings.push({ step: name, seconds, rows: rows(r) });
    log(`   ${name}: ${n0(rows(r))} rows in ${seconds.toFixed(1)} s`);
    return r;
  };

  await step(
    'demo data set (loadDemo)',
    () => loadDemo(store, clock, p.seed),
    () => 0,
  );

  // Synthetic staff: active case workers in every agency and team, with no password (they cannot sign in).
  const agencies = (await database.db.execute<{ id: string; kind: string }>(sql`select id, kind from agency`)).rows;
  const teams = (await database.db.execute<{ id: string; agency_id: string }>(sql`select id, agency_id from team`)).rows;
  const staffRows = await step(
    'synthetic staff',
    async () => {
      const pools = Object.values(NAME_POOLS);
      const rows: Row[] = [];
      for (let i = 0; i < p.staff; i++) {
        const a = rng.pick(agencies);
        const ts = teams.filter((t) => t.agency_id === a.id);
        const pool = rng.pick(pools);
        const given = rng.pick(rng.chance(0.5) ? pool.female : pool.male);
        const family = rng.pick(pool.family);
        rows.push([
          randomUUID(),
          `bench.worker.${i + 1}`,
          `${given} ${family}`,
          a.id,
          ts.length ? rng.pick(ts).id : null,
          rng.chance(0.9) ? 'practitioner' : 'safeguarding_lead',
          now,
        ]);
      }
      const cols: Column[] = [
        { name: 'id', type: 'uuid' },
        { name: 'username', type: 'text' },
        { name: 'display_name', type: 'text' },
        { name: 'agency_id', type: 'uuid' },
        { name: 'team_id', type: 'uuid' },
        { name: 'role', type: 'text' },
        { name: 'created_at', type: 'timestamptz' },
      ];
      method = await stream(db, 'app_user', cols, rows.length, (i) => rows[i]!, log);
      return rows;
    },
    (r) => r.length,
  );
  const staffByAgency = new Map<string, string[]>();
  for (const r of staffRows) staffByAgency.set(r[3] as string, [...(staffByAgency.get(r[3] as string) ?? []), r[0] as string]);

  // Children (and the demo's adults): growPeople stores names exactly as the demo loader does.
  const adults = await count(db, 'person', "kind <> 'child'");
  const fixture = { database, store, clock, nhsNumbers: [] as string[] } as unknown as Fixture; // growPeople reads only these
  const sizes = await step(
    'children (growPeople)',
    () => growPeople(fixture, p.children + adults, log),
    (r) => r.people,
  );

  // Open cases: each demo practitioner key worker for `caseloadExtra` more children; `caseShare` of the rest with a case
  // led by a random agency, its key worker from that agency's synthetic staff, and one or two other members.
  const practitioners = (
    await database.db.execute<{ id: string; username: string; agency_id: string }>(
      sql`select id, username, agency_id from app_user where role = 'practitioner' and password_hash is not null order by username`,
    )
  ).rows;
  const free = (
    await database.db.execute<{ id: string }>(
      sql`select p.id from person p where p.kind = 'child' and not exists (select 1 from safeguarding_case c where c.person_id = p.id) order by p.id`,
    )
  ).rows.map((r) => r.id);
  const shuffled = rng.shuffle(free);
  const caseRows: Row[] = [];
  const memberRows: Row[] = [];
  const taskRows: Row[] = [];
  const caseOf = new Map<string, string>();
  const levels = ['low', 'medium', 'high', null] as const;
  const openCase = (personId: string, agencyId: string, keyWorkerId: string) => {
    const id = randomUUID();
    const opened = new Date(now.getTime() - rng.int(10, 900) * 86_400_000);
    caseRows.push([id, personId, agencyId, keyWorkerId, 'open', '', rng.pick(levels), opened, opened]);
    memberRows.push([randomUUID(), id, agencyId, keyWorkerId, 'key_worker', opened]);
    for (let m = rng.int(0, 2); m > 0; m--) {
      const other = rng.pick(agencies);
      const pool = staffByAgency.get(other.id);
      // Mostly named colleagues; now and then a whole agency (which opens the case to everyone in it).
      if (pool?.length && !rng.chance(0.03)) memberRows.push([randomUUID(), id, other.id, rng.pick(pool), 'team_member', opened]);
      else memberRows.push([randomUUID(), id, other.id, null, 'agency', opened]);
    }
    const due = new Date(now.getTime() + rng.int(1, 60) * 86_400_000).toISOString().slice(0, 10);
    if (rng.chance(0.4)) taskRows.push([randomUUID(), id, 'Review the safety plan', 'general', due, keyWorkerId, 'open', now]);
    caseOf.set(personId, id);
  };
  let next = 0;
  for (const u of practitioners) for (let k = 0; k < p.caseloadExtra && next < shuffled.length; k++) openCase(shuffled[next++]!, u.agency_id, u.id);
  const withCase = Math.round(shuffled.length * p.caseShare);
  while (next < withCase && next < shuffled.length) {
    const a = rng.pick(agencies.filter((x) => staffByAgency.get(x.id)?.length));
    openCase(shuffled[next++]!, a.id, rng.pick(staffByAgency.get(a.id)!));
  }
  await step(
    'open cases, members and tasks',
    async () => {
      await stream(
        db,
        'safeguarding_case',
        ['id', 'person_id', 'lead_agency_id', 'key_worker_id', 'status', 'summary', 'risk_level', 'opened_at', 'last_activity_at'].map((name) => ({
          name,
          type: name.endsWith('_at') ? 'timestamptz' : name === 'id' || name.endsWith('_id') ? 'uuid' : 'text',
        })),
        caseRows.length,
        (i) => caseRows[i]!,
        log,
      );
      await stream(
        db,
        'case_member',
        ['id', 'case_id', 'agency_id', 'user_id', 'role', 'added_at'].map((name) => ({
          name,
          type: name.endsWith('_at') ? 'timestamptz' : name === 'id' || name.endsWith('_id') ? 'uuid' : 'text',
        })),
        memberRows.length,
        (i) => memberRows[i]!,
        log,
      );
      await stream(
        db,
        'task',
        [
          { name: 'id', type: 'uuid' },
          { name: 'case_id', type: 'uuid' },
          { name: 'title', type: 'text' },
          { name: 'kind', type: 'text' },
          { name: 'due_on', type: 'date' },
          { name: 'assigned_to', type: 'uuid' },
          { name: 'status', type: 'text' },
          { name: 'created_at', type: 'timestamptz' },
        ],
        taskRows.length,
        (i) => taskRows[i]!,
        log,
      );
      return caseRows.length + memberRows.length + taskRows.length;
    },
    (n) => n,
  );

  // Every child's open case (the demo's and the new ones), for the entries' case_id and the audit events' subjects.
  caseOf.clear();
  for (const r of (await database.db.execute<{ id: string; person_id: string }>(sql`select id, person_id from safeguarding_case where status = 'open'`)).rows)
    caseOf.set(r.person_id, r.id);

  // Caseloads: the children each demo practitioner works with by name (key worker or named case team member), the
  // pages they open. "My cases" also lists cases their whole agency was added to; those are someone else's caseload.
  const caseloads: Practitioner[] = [];
  for (const u of practitioners) {
    const mine = await store.repos.cases.myCases(u.id, u.agency_id, 1000);
    const named = new Set(
      (
        await database.db.execute<{ person_id: string }>(
          sql`select distinct c.person_id from safeguarding_case c where c.status = 'open' and (c.key_worker_id = ${u.id}
              or exists (select 1 from case_member m where m.case_id = c.id and m.user_id = ${u.id} and m.removed_at is null))`,
        )
      ).rows.map((r) => r.person_id),
    );
    caseloads.push({
      id: u.id,
      username: u.username,
      agencyId: u.agency_id,
      caseload: [...new Set(mine.map((r) => r.person_id))].filter((id) => named.has(id)),
    });
  }
  const onCaseload = new Set(caseloads.flatMap((c) => c.caseload));

  // Chronology: children on the practitioners' caseloads get long chronologies (the case page's worst case); other
  // children with an open case a few dozen entries; children without a case a few.
  const existingEntries = await count(db, 'chronology_entry');
  const toAdd = Math.max(0, p.chronology - existingEntries);
  const children = (await database.db.execute<{ id: string }>(sql`select id from person where kind = 'child' order by id`)).rows.map((r) => r.id);
  let fixed = children.map((id) => (onCaseload.has(id) ? rng.int(p.caseloadEntries[0], p.caseloadEntries[1]) : 0));
  // The long chronologies may take at most half of the entries; the rest go to everyone else.
  const wanted = fixed.reduce((a, b) => a + b, 0);
  if (wanted > toAdd / 2) fixed = fixed.map((n) => Math.round((n * toAdd) / 2 / wanted));
  const fixedTotal = fixed.reduce((a, b) => a + b, 0);
  const weights = children.map((id, i) => (fixed[i]! > 0 ? 0 : caseOf.has(id) ? rng.int(5, 45) : rng.int(0, 3)));
  const rest = apportion(weights, toAdd - fixedTotal, rng);
  const perChild = children.map((_, i) => (fixed[i]! > 0 ? fixed[i]! : rest[i]!));
  const agencyIdsByKind = new Map<string, string[]>();
  for (const a of agencies) agencyIdsByKind.set(a.kind, [...(agencyIdsByKind.get(a.kind) ?? []), a.id]);
  const pool = entryPool(rng, 3_000);
  const owner: number[] = [];
  perChild.forEach((n, i) => {
    for (let k = 0; k < n; k++) owner.push(i);
  });
  owner.length = Math.min(owner.length, toAdd);
  const threeYears = 3 * 365 * 86_400_000;
  const chronologyMethod = await step(
    'chronology entries (COPY)',
    () =>
      withIndexesAfter(db, 'chronology_entry', log, () =>
        stream(
          db,
          'chronology_entry',
          [
            { name: 'id', type: 'uuid' },
            { name: 'person_id', type: 'uuid' },
            { name: 'case_id', type: 'uuid' },
            { name: 'kind', type: 'text' },
            { name: 'occurred_at', type: 'timestamptz' },
            { name: 'summary', type: 'text' },
            { name: 'detail', type: 'text' },
            { name: 'author_id', type: 'uuid' },
            { name: 'agency_id', type: 'uuid' },
            { name: 'created_at', type: 'timestamptz' },
          ],
          owner.length,
          (i) => {
            const childId = children[owner[i]!]!;
            const e = rng.pick(pool);
            // An agency of a kind that would write this entry, and one of its case workers as the author.
            const kinds = e.agencyKinds?.filter((k) => agencyIdsByKind.has(k)) ?? [];
            const agencyId = kinds.length ? rng.pick(agencyIdsByKind.get(rng.pick(kinds))!) : rng.pick(agencies).id;
            const authors = staffByAgency.get(agencyId);
            const authorId = authors?.length ? rng.pick(authors) : (rng.pick(staffRows)[0] as string);
            const at = new Date(now.getTime() - 60_000 - Math.floor(rng.next() * threeYears));
            return [randomUUID(), childId, caseOf.get(childId) ?? null, e.kind, at, e.summary, e.detail, authorId, agencyId, at];
          },
          log,
        ),
      ),
    () => owner.length,
  );
  method = chronologyMethod;

  // The audit chain: continue from the demo's last event, hashing every event in order.
  const head = await store.repos.audit.head();
  if (!head) throw new Error('the demo left no audit events to continue from');
  const existingAudit = await count(db, 'audit_event');
  const auditToAdd = Math.max(0, p.auditEvents - existingAudit);
  const staffIds = staffRows.map((r) => [r[0] as string, r[3] as string] as const);
  const caseChildren = [...caseOf.keys()];
  const span = 2 * 365 * 86_400_000;
  let prev = { seq: head.seq, hash: head.hash };
  const ACTIONS = [
    'person.view',
    'person.view',
    'person.view',
    'person.view',
    'person.view',
    'person.view',
    'person.search',
    'person.search',
    'chronology.add',
    'person.update',
  ];
  await step(
    'audit events (hashed, COPY)',
    () =>
      withIndexesAfter(db, 'audit_event', log, () =>
        stream(
          db,
          'audit_event',
          [
            { name: 'seq', type: 'bigint' },
            { name: 'at', type: 'timestamptz' },
            { name: 'user_id', type: 'uuid' },
            { name: 'agency_id', type: 'uuid' },
            { name: 'action', type: 'text' },
            { name: 'subject_type', type: 'text' },
            { name: 'subject_id', type: 'text' },
            { name: 'person_id', type: 'uuid' },
            { name: 'purpose', type: 'text' },
            { name: 'break_glass', type: 'boolean' },
            { name: 'via', type: 'text' },
            { name: 'detail', type: 'jsonb' },
            { name: 'prev_hash', type: 'text' },
            { name: 'hash', type: 'text' },
          ],
          auditToAdd,
          (i) => {
            const [userId, agencyId] = rng.pick(staffIds);
            const action = rng.pick(ACTIONS);
            const personId = action === 'person.search' ? null : rng.pick(caseChildren);
            const subject =
              action === 'person.search'
                ? { subjectType: 'search', subjectId: null, detail: { criteria: ['given', 'family'], results: rng.int(0, 30) } }
                : action === 'chronology.add'
                  ? { subjectType: 'chronology_entry', subjectId: randomUUID(), detail: { kind: 'note' } }
                  : action === 'person.update'
                    ? { subjectType: 'person', subjectId: personId, detail: { changed: ['school'], version: 2 } }
                    : { subjectType: 'person', subjectId: personId, detail: { basis: 'case_team' } };
            const base: Omit<AuditRecord, 'hash'> = {
              seq: prev.seq + 1,
              at: new Date(now.getTime() - span + Math.floor((i / auditToAdd) * span)),
              userId,
              agencyId,
              action,
              subjectType: subject.subjectType,
              subjectId: subject.subjectId,
              personId,
              purpose: 'direct care',
              breakGlass: false,
              via: 'web',
              detail: subject.detail,
              prevHash: prev.hash,
            };
            const hash = eventHash(base, sha256);
            prev = { seq: base.seq, hash };
            return [
              base.seq,
              base.at,
              userId,
              agencyId,
              action,
              base.subjectType,
              base.subjectId,
              personId,
              base.purpose,
              false,
              'web',
              JSON.stringify(base.detail),
              base.prevHash,
              hash,
            ];
          },
          log,
        ),
      ),
    () => auditToAdd,
  );

  // The chain as stored must verify where the bulk events join the demo's and at its end (a full verification of
  // millions of events takes minutes; the hashes are computed by the same function either way).
  const windowCheck = async (afterSeq: number, expectedHash: string, n: number) => {
    const events = await store.repos.audit.batchAfter(afterSeq, n);
    const r = verifyBatch(events, { seq: afterSeq, hash: expectedHash }, sha256);
    if (r.break) throw new Error(`the loaded audit chain breaks at seq ${r.break.seq} (${r.break.problem})`);
    return events.length;
  };
  const first = await windowCheck(head.seq, head.hash, 20_000);
  const endFrom = Math.max(head.seq, prev.seq - 20_000);
  const endHash = endFrom === head.seq ? head.hash : await store.repos.audit.hashAt(endFrom);
  const last = await windowCheck(endFrom, endHash!, 20_001);
  const tail = await store.repos.audit.head();
  if (tail?.seq !== prev.seq || tail.hash !== prev.hash) throw new Error('the audit chain head is not the last event loaded');
  const chainCheck = `verified with verifyBatch where the bulk events join the demo's chain (${n0(first)} events after seq ${n0(head.seq)}) and at its end (${n0(last)} events up to seq ${n0(prev.seq)})`;
  log(`   audit chain ${chainCheck}`);

  // A bulk load leaves every table unvacuumed, and autovacuum would then work through millions of rows while the load
  // steps run (a few minutes on this machine): the steady state of a live system is measured instead, with the loaded
  // rows vacuumed, frozen and analysed, and written out by a checkpoint.
  await step(
    'vacuum, analyze and checkpoint',
    async () => {
      await database.db.execute(sql`vacuum (freeze, analyze)`);
      await database.db.execute(sql`checkpoint`);
      return 0;
    },
    () => 0,
  );

  // Name queries: full names of children, their given name with a typo, nickname-style first names and family names.
  const sample = (
    await database.db.execute<{ given: string; family: string }>(
      sql`select given, family from person_name where kind = 'legal' and person_id in (select id from person where kind = 'child') order by md5(person_id::text) limit 40`,
    )
  ).rows;
  const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s[3] + s[2] + s.slice(4) : s);
  const queries = sample.flatMap((r, i) =>
    i % 4 === 0
      ? [`${r.given} ${r.family}`]
      : i % 4 === 1
        ? [`${typo(r.given)} ${r.family}`]
        : i % 4 === 2
          ? [r.family]
          : [`${r.given.slice(0, 3)} ${r.family}`],
  );

  const entryCounts = (
    await database.db.execute<{ n: number }>(
      sql`select count(e.id)::int as n from unnest(${sql.param([...onCaseload])}::uuid[]) as c(id) left join chronology_entry e on e.person_id = c.id group by c.id order by 1`,
    )
  ).rows.map((r) => r.n);
  return {
    children: await count(db, 'person', "kind = 'child'"),
    people: sizes.people,
    names: sizes.names,
    staff: await count(db, 'app_user', "active and role in ('practitioner','safeguarding_lead','mase_coordinator')"),
    openCases: await count(db, 'safeguarding_case', "status = 'open'"),
    chronology: await count(db, 'chronology_entry'),
    audit: await count(db, 'audit_event'),
    practitioners: caseloads.filter((c) => c.caseload.length > 0),
    caseloadEntries: {
      min: entryCounts[0] ?? 0,
      median: entryCounts[Math.floor(entryCounts.length / 2)] ?? 0,
      max: entryCounts[entryCounts.length - 1] ?? 0,
      over500: entryCounts.filter((n) => n > 500).length,
      children: entryCounts.length,
    },
    queries,
    method,
    timings,
    chainCheck,
  };
}
