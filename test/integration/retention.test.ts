import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { Forbidden, ValidationError } from '../../src/core/errors.ts';
import { verifyAuditChain } from '../../src/services/audit.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Retention, legal holds and subject access (issue 8) against real PostgreSQL: records made in 2010 are past their
// rules in 2026; the dry run lists exactly those, a hold keeps one, applying deletes exactly the rest (nothing else), the
// tombstone has no content, the chain still verifies, and a failure part-way through a deletion leaves that person whole.

const OLD = new Date('2010-05-01T10:00:00Z');
const NOW = new Date('2026-11-28T10:00:00Z');

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
const ids = { expired: '', rollback: '', race: '', held: '', lookedAfter: '', tiny: '', expiredEntity: '', phone: '', place: '', holdId: '' };
const SECRETS = ['Amelia', 'Retentiontest', 'Mimi', 'an older man gives her lifts', '1995-03-10', '943 476 5919', '9434765919', 'Canal Bridge Cafe', 'Tiny'];

type Snapshot = Map<string, Set<string>>;
async function snapshot(): Promise<Snapshot> {
  const tables = await t.db.execute<{ table_name: string }>(sql`
    select c.table_name from information_schema.columns c join information_schema.tables x using (table_schema, table_name)
    where c.table_schema = 'public' and c.column_name = 'id' and x.table_type = 'BASE TABLE' order by 1`);
  const out: Snapshot = new Map();
  for (const { table_name: name } of tables.rows) {
    const r = await t.db.execute<{ id: string }>(sql.raw(`select id::text as id from "${name}"`));
    out.set(name, new Set(r.rows.map((x) => x.id)));
  }
  return out;
}
const removed = (before: Snapshot, after: Snapshot): Record<string, string[]> =>
  Object.fromEntries(
    [...before].flatMap(([table, rows]) => {
      const gone = [...rows].filter((id) => !after.get(table)?.has(id)).sort();
      return gone.length ? [[table, gone]] : [];
    }),
  );
const count = async (q: ReturnType<typeof sql>): Promise<number> => (await t.db.execute<{ n: number }>(q)).rows[0]!.n;

const admin = () => world.ctxOf('home.administrator');

// An old child's whole story, written in 2010 through the services: case, notes with network links, a screening with
// a referral, a sexual health attendance, a missing episode, break-glass; the case is closed in 2011.
async function oldChild(given: string, family: string, dob: string, over: Record<string, unknown> = {}): Promise<string> {
  const kw = world.ctxOf('home.practitioner');
  const p = await services.people.create(
    kw,
    childInput({ names: [{ kind: 'legal', given, family }], dateOfBirth: dob, nhsNumber: '', identifiers: [], ...over }),
  );
  await services.cases.open(kw, p.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  await services.chronology.add(kw, p.id, { kind: 'note', occurredAt: '2010-04-20', summary: `${given} seen at the bus station`, detail: 'Says she is fine.' });
  return p.id;
}
const closeCases = (personId: string) =>
  t.db.execute(sql`update safeguarding_case set status = 'closed', closed_at = '2011-06-01T12:00:00Z' where person_id = ${personId}`);

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(NOW);
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services); // world.child: born 2012, an open case: kept
  clock.set(OLD);
  const kw = world.ctxOf('home.practitioner');

  // The child whose record has everything: born 1995, 25th birthday in 2020.
  ids.expired = await oldChild('Amelia', 'Retentiontest', '1995-03-10', {
    names: [
      { kind: 'legal', given: 'Amelia', family: 'Retentiontest' },
      { kind: 'nickname', given: 'Mimi', family: '' },
    ],
    nhsNumber: '943 476 5919',
    identifiers: [{ kind: 'social_care_ref', value: 'SC-RET-1' }],
  });
  const entry = await services.chronology.add(kw, ids.expired, {
    kind: 'note',
    occurredAt: '2010-04-25',
    summary: 'Amelia says an older man gives her lifts',
    detail: 'He is called Tiny. They meet at the Canal Bridge Cafe.',
  });
  ids.phone = (await services.network.capture(kw, entry.id, { kind: 'phone', phone: '07700 900111', linkType: 'called', confidence: 'reported' })).entityId;
  ids.place = (
    await services.network.capture(kw, entry.id, {
      kind: 'location',
      label: 'Canal Bridge Cafe',
      locationType: 'takeaway',
      linkType: 'seen_at',
      confidence: 'reported',
    })
  ).entityId;
  const tiny = await services.network.capture(kw, entry.id, {
    kind: 'person',
    name: 'Tiny',
    role: 'suspected_perpetrator',
    linkType: 'picked_up_by',
    confidence: 'reported',
  });
  ids.tiny = (await t.store.repos.network.entity(tiny.entityId))!.personId!;
  const s = await services.screening.start(kw, (await t.store.repos.cases.forPerson(ids.expired))[0]!.id, {});
  await services.screening.save(
    kw,
    s.id,
    { version: 1, answers: [{ code: 'go_older_partner', status: 'present', when: 'current', evidence: 'Lifts from an older man' }] },
    true,
  );
  await services.referrals.decide(kw, s.id, { version: 2, kind: 'refer', targets: ['social_care'] });
  await services.screening.consult(kw, s.id, { question: 'Should the police know about the lifts?' });
  await services.sexualHealth.record(kw, ids.expired, {
    attendedOn: '2010-04-28',
    partnerAges: '24',
    partnerCount: '1',
    sti: true,
    fraserCompetent: 'yes',
    professionalAnalysis: 'Partner much older; gifts. Worried about grooming.',
  });
  await services.missing.record(kw, ids.expired, {
    reportedAt: '2010-04-29T21:00',
    reportedBy: 'Mother',
    missingFrom: 'home',
    policeRisk: 'medium',
    returnedAt: '2010-04-30T02:00',
    returnMethod: 'own_accord',
  });
  await services.breakGlass.grant(world.ctxOf('other.practitioner'), ids.expired, { reason: 'Seen at A&E at night: checking for a plan' });
  ids.expiredEntity = (await t.store.repos.network.entityForPerson(ids.expired))!.id;
  await closeCases(ids.expired);

  // Three more expired children (one for the rollback, one for the race), a looked-after child kept to 75, an adult held.
  ids.rollback = await oldChild('Bethan', 'Rollbacktest', '1996-01-01');
  await closeCases(ids.rollback);
  ids.race = await oldChild('Cerys', 'Racetest', '1994-07-07');
  await closeCases(ids.race);
  ids.lookedAfter = await oldChild('Dylan', 'Caretest', '1995-01-01', { lookedAfter: 's31' });
  await closeCases(ids.lookedAfter);
  ids.held = (
    await services.people.create(
      kw,
      childInput({ kind: 'adult', names: [{ kind: 'legal', given: 'Evan', family: 'Holdtest' }], dateOfBirth: '1970-01-01', nhsNumber: '', identifiers: [] }),
    )
  ).id;

  // Now: a current child's record uses the same phone and names the old child: both stay when the old record goes.
  clock.set(NOW);
  const current = await services.chronology.add(kw, world.child.id, {
    kind: 'note',
    occurredAt: '2026-11-20',
    summary: 'New phone',
    detail: 'Calls from a number we know.',
  });
  await services.network.capture(kw, current.id, { kind: 'phone', phone: '07700 900111', linkType: 'called', confidence: 'reported' });
  await services.network.capture(kw, current.id, {
    kind: 'person',
    entityId: ids.expiredEntity,
    role: 'peer',
    linkType: 'associates_with',
    confidence: 'reported',
  });
  ids.holdId = (
    await services.retention.placeHold(admin(), {
      scope: 'person',
      personId: ids.held,
      reference: 'Inquiry letter 2026/01',
      reason: 'Keep everything about this adult',
    })
  ).id;
}, 60_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('the dry run', () => {
  it('lists exactly the expired records, the held one, and why the rest are kept, changing nothing', async () => {
    const before = await snapshot();
    const r = await services.retention.report(admin());
    expect(r.toDelete.map((e) => e.personId).sort()).toEqual([ids.expired, ids.rollback, ids.race, ids.tiny].sort());
    expect(r.held.map((e) => e.personId)).toEqual([ids.held]);
    expect(r.held[0]!.explanation).toMatch(/^held back by a legal hold \(Inquiry letter 2026\/01\); every rule has expired, the last on 2016-/);
    const kept = new Map(r.kept.map((e) => [e.personId, e.explanation]));
    expect(kept.get(ids.lookedAfter)).toBe('kept until 2070-01-01: looked-after child, 75th birthday');
    expect(kept.get(world.child.id)).toBe('kept: a case is still open (one case is open)');
    const expired = r.toDelete.find((e) => e.personId === ids.expired)!;
    expect(expired.classes.map((c) => c.key)).toEqual(['child_case', 'sexual_health']);
    const counts = Object.fromEntries(expired.records!.map((x) => [x.table, x.count]));
    expect(counts).toMatchObject({
      person: 1,
      person_name: 2,
      safeguarding_case: 1,
      screening: 2,
      sexual_health_attendance: 1,
      missing_episode: 1,
      break_glass: 1,
    });
    expect(counts['chronology_entry']).toBeGreaterThanOrEqual(5);
    expect(await snapshot()).toEqual(before);
  });

  it('is for administrators and auditors only', async () => {
    await expect(services.retention.report(world.ctxOf('home.auditor'))).resolves.toMatchObject({ asOf: '2026-11-28' });
    await expect(services.retention.report(world.ctxOf('home.safeguarding_lead'))).rejects.toThrow(Forbidden);
    await expect(services.retention.apply(world.ctxOf('home.auditor'), { confirm: 'yes' })).rejects.toThrow(Forbidden);
  });
});

describe('rules from LANTERN_RETENTION_RULES', () => {
  it('lays a file over the defaults, and a bad file stops start-up naming it and the problem', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-rules-'));
    try {
      const file = path.join(dir, 'rules.json');
      fs.writeFileSync(
        file,
        JSON.stringify({
          rules: [
            {
              id: 'child-protection-local',
              label: 'child protection, 40th birthday',
              covers: ['child_case'],
              anchor: 'date_of_birth',
              years: 40,
              source: 'Synthetic local policy',
            },
          ],
        }),
      );
      const longer = createServices(t.store, clock, testConfig({ retention: { rulesFile: file } }));
      const r = await longer.retention.report(admin());
      expect(r.toDelete.map((e) => e.personId)).toEqual([ids.tiny]); // only the adult: the children are now kept to 40
      expect(r.kept.find((e) => e.personId === ids.rollback)?.explanation).toBe('kept until 2036-01-01: child protection, 40th birthday');
      fs.writeFileSync(file, '{"rules": [{"id": "x"}]}');
      expect(() => createServices(t.store, clock, testConfig({ retention: { rulesFile: file } }))).toThrow(ConfigError);
      expect(() => createServices(t.store, clock, testConfig({ retention: { rulesFile: file } }))).toThrow(
        `The retention rules file ${file} (LANTERN_RETENTION_RULES) is not usable: rules.0.label: give the rule a label`,
      );
      expect(() => createServices(t.store, clock, testConfig({ retention: { rulesFile: path.join(dir, 'missing.json') } }))).toThrow(
        /Could not read the retention rules file .*missing\.json/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('legal holds', () => {
  it('refuses an unknown record and an incomplete form, and only administrators place them', async () => {
    await expect(
      services.retention.placeHold(admin(), { scope: 'person', personId: '00000000-0000-4000-8000-000000000000', reference: 'X', reason: 'Y' }),
    ).rejects.toMatchObject({ fields: { personId: 'There is no record with that reference' } });
    await expect(services.retention.placeHold(admin(), { scope: 'person', personId: 'Amelia', reference: 'X', reason: 'Y' })).rejects.toThrow(ValidationError);
    await expect(services.retention.placeHold(admin(), { scope: 'all', reference: '', reason: '' })).rejects.toMatchObject({
      fields: { reference: expect.stringMatching(/^Enter/), reason: expect.stringMatching(/^Enter/) },
    });
    await expect(services.retention.placeHold(world.ctxOf('home.auditor'), { scope: 'all', reference: 'X', reason: 'Y' })).rejects.toThrow(Forbidden);
  });

  it('a hold placed while the deletion waits is seen at the moment of deletion', async () => {
    // Another session places a hold under the schedule lock and has not committed when the apply starts.
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(7411008)');
      await other.query(
        `insert into legal_hold (scope, person_id, reference, reason, placed_by, placed_at) values ('person', $1, 'Late claim', 'A claim arrived', $2, now())`,
        [ids.race, world.users['home.administrator']!.id],
      );
      const applying = services.retention.apply(admin(), { confirm: 'yes', personIds: [ids.race] });
      for (let i = 0; i < 200; i++) {
        const waiting = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`);
        if (waiting.rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await other.query('commit');
      const r = await applying;
      expect(r.deleted).toEqual([]);
      expect(r.skipped).toEqual([{ personId: ids.race, reason: expect.stringMatching(/^held back by a legal hold \(Late claim\)/) }]);
      expect(await count(sql`select count(*)::int as n from person where id = ${ids.race}`)).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('cannot be deleted or changed, only lifted once, and lifting is audited', async () => {
    await expect(t.db.execute(sql`delete from legal_hold where id = ${ids.holdId}`)).rejects.toThrow();
    await expect(t.db.execute(sql`update legal_hold set reference = 'changed' where id = ${ids.holdId}`)).rejects.toThrow();
    const h = await services.retention.hold(admin(), ids.holdId);
    await expect(services.retention.liftHold(admin(), ids.holdId, { version: h.version, reason: '' })).rejects.toThrow(ValidationError);
    await expect(services.retention.liftHold(admin(), ids.holdId, { version: h.version + 5, reason: 'Released' })).rejects.toThrow(/Someone else/);
    const lifted = await services.retention.liftHold(admin(), ids.holdId, { version: h.version, reason: 'The inquiry released its instruction' });
    expect(lifted).toMatchObject({ active: false, liftReason: 'The inquiry released its instruction' });
    await expect(services.retention.liftHold(admin(), ids.holdId, { version: lifted.version, reason: 'Again' })).rejects.toThrow(ValidationError);
    const trail = await t.store.repos.audit.forPerson(ids.held);
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['legal_hold.place', 'legal_hold.lift']));
    // Held again for the rest of the file, by a hold on everything that is lifted before the apply.
    const r = await services.retention.report(admin());
    expect(r.toDelete.map((e) => e.personId)).toContain(ids.held);
    await services.retention.placeHold(admin(), { scope: 'person', personId: ids.held, reference: 'Second letter', reason: 'Keep it after all' });
  });
});

describe('applying the schedule', () => {
  it('rolls a person back completely when the deletion fails part-way', async () => {
    const before = await snapshot();
    // A fault injected in the database: deleting this person's case fails after their entries, screenings and links went.
    await t.db.execute(
      sql.raw(`create function fail_case_delete() returns trigger language plpgsql as $$
      begin if old.person_id = '${ids.rollback}' then raise exception 'injected fault'; end if; return old; end $$`),
    );
    await t.db.execute(sql`create trigger fail_case_delete before delete on safeguarding_case for each row execute function fail_case_delete()`);
    try {
      const r = await services.retention.apply(admin(), { confirm: 'yes', personIds: [ids.rollback] });
      expect(r).toMatchObject({ deleted: [], failed: [ids.rollback] });
    } finally {
      await t.db.execute(sql`drop trigger fail_case_delete on safeguarding_case`);
      await t.db.execute(sql`drop function fail_case_delete()`);
    }
    expect(removed(before, await snapshot())).toEqual({});
    expect(await count(sql`select count(*)::int as n from audit_event where action = 'retention.delete'`)).toBe(0);
  });

  it('needs an explicit yes', async () => {
    await expect(services.retention.apply(admin(), {})).rejects.toMatchObject({ fields: { confirm: expect.stringMatching(/^Confirm/) } });
    await expect(services.retention.apply(admin(), { confirm: 'yes', personIds: ['not-an-id'] })).rejects.toThrow(ValidationError);
  });

  it('deletes exactly the expired records, keeps shared entities, writes tombstones without content, and the chain verifies', async () => {
    const before = await snapshot();
    const alertBefore = await t.store.repos.network.alertForEntity(ids.phone);
    expect(alertBefore?.caseIds).toHaveLength(2);
    const seqBefore = (await t.store.repos.audit.head())!.seq;
    const r = await services.retention.apply(admin(), { confirm: 'yes' });
    expect(r.deleted.map((d) => d.personId).sort()).toEqual([ids.expired, ids.rollback, ids.tiny].sort());
    expect(r).toMatchObject({ failed: [], held: 2 }); // the adult, and the child whose hold arrived late

    const tombstones = (
      await t.db.execute<{ person_id: string; detail: Record<string, unknown> }>(
        sql`select person_id, detail from audit_event where action = 'retention.delete' and seq > ${seqBefore}`,
      )
    ).rows;
    expect(tombstones.map((x) => x.person_id).sort()).toEqual([ids.expired, ids.rollback, ids.tiny].sort());
    // Every row that went is named by id in a tombstone, and nothing else went.
    const named: Record<string, string[]> = {};
    for (const x of tombstones) for (const [table, list] of Object.entries(x.detail['ids'] as Record<string, string[]>)) (named[table] ??= []).push(...list);
    for (const list of Object.values(named)) list.sort();
    expect(removed(before, await snapshot())).toEqual(named);
    const detail = JSON.stringify(tombstones.map((x) => x.detail));
    for (const secret of SECRETS) expect(detail, secret).not.toContain(secret);
    const amelia = tombstones.find((x) => x.person_id === ids.expired)!.detail;
    // Seen at 15 and named in a record at 31: the NHS code's 26th birthday was the last of her rules to expire.
    expect(amelia).toMatchObject({ rule: { id: 'health-26th-birthday-if-17' }, deletedOn: '2026-11-28', classes: ['child_case', 'sexual_health'] });
    // No date that would give away a date of birth (a birthday rule's expiry falls on the birthday).
    expect(detail).not.toMatch(/\d{4}-03-10|\d{4}-01-01/);
    expect((amelia['counts'] as Record<string, number>)['screening_answer']).toBeGreaterThan(0);

    // The phone and the old child's own entity are kept for the current child's record; the place only she had is gone.
    expect(await t.store.repos.network.entity(ids.phone)).toBeDefined();
    expect(await t.store.repos.network.entity(ids.expiredEntity)).toMatchObject({ personId: null });
    expect(await t.store.repos.network.entity(ids.place)).toBeUndefined();
    expect(await t.store.repos.network.linksForPerson(world.child.id)).toHaveLength(2);
    // The cross-referral alert on the phone no longer crosses two children's records.
    expect(await t.store.repos.network.alertForEntity(ids.phone)).toBeUndefined();
    // The audit trail about the deleted child stays, and still verifies.
    expect((await t.store.repos.audit.forPerson(ids.expired)).length).toBeGreaterThan(5);
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true });
    // Nothing more is due; the kept and held records are still there.
    const after = await services.retention.report(admin());
    expect(after.toDelete).toEqual([]);
    for (const id of [ids.held, ids.race, ids.lookedAfter, world.child.id])
      expect(await count(sql`select count(*)::int as n from person where id = ${id}`)).toBe(1);
  });
});

describe('subject access report', () => {
  it('holds the record and everyone who viewed it, break-glass included, and is itself audited', async () => {
    const bg = world.ctxOf('other.practitioner');
    await services.breakGlass.grant(bg, world.child.id, { reason: 'Out-of-hours attendance: checking for a plan' });
    await services.people.view(bg, world.child.id);
    const r = await services.subjectAccess.report(world.ctxOf('home.auditor'), world.child.id);
    const text = JSON.stringify(r.sections);
    expect(text).toContain('Jonathan');
    expect(text).toContain('New phone');
    expect(text).toContain('Calls from a number we know.');
    expect(text).toContain('Out-of-hours attendance: checking for a plan');
    // A link to the deleted child's old entity: its label stays in this record, but it is no one's record now.
    expect(r.sections.find((s) => s.key === 'network')!.items).toHaveLength(2);
    const viewer = r.access.viewers.find((v) => v.who === 'other practitioner')!;
    // Two flagged events: using break-glass, and the view it allowed.
    expect(viewer).toMatchObject({ agency: 'Test Health', breakGlass: 2, views: 1 });
    expect(r.access.events.some((e) => e.action === 'person.view' && e.breakGlass && e.who === 'other practitioner')).toBe(true);
    expect(r.access.events.at(-1)).toMatchObject({ action: 'person.subject_access', who: 'home auditor', purpose: 'subject access request' });
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true });
  });

  it('is for the auditor and the leads of agencies that work with the record', async () => {
    await expect(services.subjectAccess.report(world.ctxOf('home.safeguarding_lead'), world.child.id)).resolves.toMatchObject({ personId: world.child.id });
    await expect(services.subjectAccess.report(world.ctxOf('other.safeguarding_lead'), world.child.id)).rejects.toThrow(Forbidden);
    await expect(services.subjectAccess.report(world.ctxOf('home.practitioner'), world.child.id)).rejects.toThrow(Forbidden);
    await expect(services.subjectAccess.report(world.ctxOf('home.auditor'), ids.expired)).rejects.toThrow(/no record/);
  });
});
