import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Missing episodes and return home interviews (issue 7) through the real services and PostgreSQL: the episode's
// chronology entry and links, the 72-hour RHI, an independent interviewer, outcomes, conflicts, access and audit.

const NOW = new Date('2026-11-28T10:00:00Z'); // a Saturday
const H = 3_600_000;

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

const err = async (p: Promise<unknown>) => p.then(() => null).catch((e: unknown) => e);
const count = async (table: string) => (await t.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;

const episode = (over: Record<string, unknown> = {}) => ({
  reportedAt: '2026-11-27T21:30', // London time
  reportedBy: 'residential care worker',
  missingFrom: 'care',
  missingFromPlace: 'Invented House children’s home',
  policeRef: 'MP/26/0001',
  policeRisk: 'medium',
  ...over,
});

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(NOW);
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
}, 120_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('recording an episode', () => {
  it('records the episode, a missing_episode chronology entry and links with the entry as their source', async () => {
    const kw = world.ctxOf('home.practitioner');
    // The field's 1,000 characters as the page counts them, posted with the CRLF line breaks a browser sends: saved.
    const returnDetail = `${'Seen in a grey car.\n'.repeat(49)}Registration LK19 AB`;
    expect(returnDetail.length).toBe(1000);
    const r = await services.missing.record(
      kw,
      world.child.id,
      episode({
        returnedAt: '2026-11-28T02:15',
        returnMethod: 'dropped_off_unknown',
        foundAtPlace: 'Invented Lodge Hotel',
        foundWithName: 'Tiny',
        foundWithRole: 'suspected_perpetrator',
        returnDetail: returnDetail.replace(/\n/g, '\r\n'),
      }),
    );
    const ep = (await t.store.repos.missing.episode(r.id))!;
    expect(ep).toMatchObject({
      returnDetail,
      personId: world.child.id,
      caseId: world.kase.id,
      missingFrom: 'care',
      policeRisk: 'medium',
      returnMethod: 'dropped_off_unknown',
    });
    expect(ep.reportedAt.toISOString()).toBe('2026-11-27T21:30:00.000Z'); // GMT in November
    const entry = (await t.store.repos.chronology.byId(r.entryId))!;
    expect(entry).toMatchObject({ kind: 'missing_episode', personId: world.child.id, summary: 'Reported missing from care placement' });
    const links = await t.store.repos.network.linksFromSource(r.entryId);
    expect(links.map((l) => l.type).sort()).toEqual(['dropped_off_by', 'found_at', 'missing_from']);
    expect(links.every((l) => l.sourceKind === 'chronology_entry' && l.personId === world.child.id)).toBe(true);
    const ents = await t.store.repos.network.entities([ep.missingFromEntity!, ep.foundAtEntity!, ep.foundWithEntity!]);
    expect(ents.map((e) => e.label).sort()).toEqual(['Invented House children’s home', 'Invented Lodge Hotel', '“Tiny”']);
  });

  it('starts the RHI on return, due 72 hours later', async () => {
    const kw = world.ctxOf('home.practitioner');
    const r = await services.missing.record(kw, world.child.id, episode({ returnedAt: '2026-11-27T23:00', returnMethod: 'own_accord' }));
    const rhi = (await t.store.repos.missing.rhi(r.rhiId!))!;
    expect(rhi.status).toBe('due');
    expect(rhi.dueAt.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('refuses bad input with a message per field and saves nothing', async () => {
    const kw = world.ctxOf('home.practitioner');
    const before = await Promise.all(['missing_episode', 'chronology_entry', 'entity_link', 'entity', 'return_home_interview'].map(count));
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [episode({ reportedAt: '' }), 'reportedAt', /Enter when the child was reported missing/],
      [episode({ reportedAt: '2026-02-30T10:00' }), 'reportedAt', /real date and time/],
      [episode({ reportedAt: '2026-12-01T10:00' }), 'reportedAt', /now or in the past/],
      [episode({ reportedBy: '' }), 'reportedBy', /Enter who reported/],
      [episode({ missingFrom: 'moon' }), 'missingFrom', /Select where/],
      [episode({ policeRisk: '' }), 'policeRisk', /Select the police risk/],
      [episode({ returnedAt: '2026-11-27T20:00', returnMethod: 'own_accord' }), 'returnedAt', /after they were reported missing/],
      [episode({ returnedAt: '2026-11-28T01:00' }), 'returnMethod', /Select how the child came back/],
      [episode({ foundWithName: 'Tiny' }), 'returnedAt', /Enter when the child came back/],
      [episode({ missingFromPostcode: 'QQ' }), 'missingFromPostcode', /real postcode/],
    ];
    for (const [input, field, message] of cases) {
      const e = await err(services.missing.record(kw, world.child.id, input));
      expect(e, field).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields[field], JSON.stringify((e as ValidationError).fields)).toMatch(message);
    }
    const after = await Promise.all(['missing_episode', 'chronology_entry', 'entity_link', 'entity', 'return_home_interview'].map(count));
    expect(after).toEqual(before);
  });

  it('refuses a practitioner outside the child’s case team, and audits every write and read', async () => {
    expect(await err(services.missing.record(world.ctxOf('other.practitioner'), world.child.id, episode()))).toBeInstanceOf(Forbidden);
    expect(await err(services.missing.forPerson(world.ctxOf('other.practitioner'), world.child.id))).toBeInstanceOf(Forbidden);
    expect(await err(services.missing.record(world.ctxOf('home.analyst'), world.child.id, episode()))).toBeInstanceOf(Forbidden);
    await services.missing.forPerson(world.ctxOf('home.practitioner'), world.child.id);
    const r = await t.db.execute<{ action: string }>(sql`select distinct action from audit_event where action like 'missing.%' or action like 'rhi.%'`);
    expect(r.rows.map((x) => x.action).sort()).toEqual(expect.arrayContaining(['missing.list', 'missing.record']));
  });
});

describe('the return and the interview', () => {
  let id: string;
  beforeAll(async () => {
    clock.set(NOW);
    id = (await services.missing.record(world.ctxOf('home.practitioner'), world.child.id, episode({ missingFromPlace: '' }))).id;
  });

  it('records the return later, with a version check', async () => {
    const kw = world.ctxOf('home.practitioner');
    const stale = await err(services.missing.recordReturn(kw, id, { version: 7, returnedAt: '2026-11-28T06:00', returnMethod: 'found_by_police' }));
    expect(stale).toBeInstanceOf(Conflict);
    expect(await t.store.repos.missing.rhiForEpisode(id)).toBeUndefined();
    const r = await services.missing.recordReturn(kw, id, {
      version: 1,
      returnedAt: '2026-11-28T06:00',
      returnMethod: 'found_by_police',
      foundAtPlace: 'Invented park',
    });
    const rhi = (await t.store.repos.missing.rhi(r.rhiId))!;
    expect(rhi.dueAt.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(await err(services.missing.recordReturn(kw, id, { version: 2, returnedAt: '2026-11-28T07:00', returnMethod: 'own_accord' }))).toBeInstanceOf(
      Conflict,
    );
  });

  it('assigns only someone independent of the child’s care, and only as a lead or coordinator', async () => {
    const lead = world.ctxOf('other.safeguarding_lead');
    expect(
      await err(services.missing.assign(world.ctxOf('home.practitioner'), id, { version: 1, assignedTo: world.users['other.practitioner']!.id })),
    ).toBeInstanceOf(Forbidden);
    const e = await err(services.missing.assign(lead, id, { version: 1, assignedTo: world.users['home.practitioner']!.id })); // the key worker
    expect((e as ValidationError).fields['assignedTo']).toMatch(/independent of the child’s care/);
    expect(
      ((await err(services.missing.assign(lead, id, { version: 1, assignedTo: world.users['home.analyst']!.id }))) as ValidationError).fields['assignedTo'],
    ).toMatch(/Select who/);
    // Assigning opens the episode to the interviewer: a lead cannot open it to themselves that way.
    expect(((await err(services.missing.assign(lead, id, { version: 1, assignedTo: lead.actor.id }))) as ValidationError).fields['assignedTo']).toMatch(
      /cannot assign it to yourself/,
    );
    await services.missing.assign(lead, id, { version: 1, assignedTo: world.users['other.practitioner']!.id });
    expect(await err(services.missing.assign(lead, id, { version: 1, assignedTo: world.users['other.practitioner']!.id }))).toBeInstanceOf(Conflict);
    // Nor can a lead who may not read the record write its findings into the child's chronology.
    expect(await err(services.missing.outcome(lead, id, { version: 2, status: 'completed', at: '2026-11-28T09:00', findings: 'Talked.' }))).toBeInstanceOf(
      Forbidden,
    );
    const rhi = (await t.store.repos.missing.rhiForEpisode(id))!;
    expect(rhi).toMatchObject({ assignedTo: world.users['other.practitioner']!.id, assignedAgency: world.other.id, version: 2 });
  });

  it('lets the assigned interviewer see the episode and the RHI, but not another non-member', async () => {
    const v = await services.missing.get(world.ctxOf('other.practitioner'), id);
    expect(v.child.name).toBe('Jonathan Testcase');
    expect(v.can).toMatchObject({ recordOutcome: true, assign: false, capture: false });
    expect(await err(services.missing.get(world.ctxOf('other.auditor'), id))).toBeInstanceOf(Forbidden);
    const d = await services.missing.dashboard(world.ctxOf('other.practitioner'));
    expect(d.due.map((x) => x.episodeId)).toContain(id);
    expect(d.due.find((x) => x.episodeId === id)?.assignedToMe).toBe(true);
  });

  it('validates the outcome: findings, reasons and times', async () => {
    const me = world.ctxOf('other.practitioner');
    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ version: 2, status: '' }, 'status', /Select what happened/],
      [{ version: 2, status: 'completed', at: '2026-11-28T09:00' }, 'findings', /Enter what the child said/],
      [{ version: 2, status: 'completed', findings: 'Talked.' }, 'at', /Enter when the interview took place/],
      [{ version: 2, status: 'completed', at: '2026-11-28T05:00', findings: 'Talked.' }, 'at', /after the child came back/],
      [{ version: 2, status: 'completed', at: '2026-11-29T09:00', findings: 'Talked.' }, 'at', /now or in the past/],
      [{ version: 2, status: 'declined', at: '2026-11-28T09:00' }, 'reason', /Enter the reason/],
      [{ version: 2, status: 'not_offered' }, 'reason', /Enter why an interview was not offered/],
    ];
    for (const [input, field, message] of bad) {
      const e = await err(services.missing.outcome(me, id, input));
      expect(e, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields[field], JSON.stringify(input)).toMatch(message);
    }
    expect(await err(services.missing.outcome(world.ctxOf('other.safeguarding_lead'), id, { version: 1, status: 'not_offered', reason: 'x' }))).toBeInstanceOf(
      Conflict,
    );
    expect((await t.store.repos.missing.rhiForEpisode(id))!.status).toBe('due');
    expect(await err(services.missing.outcome(world.ctxOf('home.practitioner'), id, { version: 2, status: 'not_offered', reason: 'x' }))).toBeInstanceOf(
      Forbidden,
    );
  });

  it('completes: a return_home_interview entry is the source for what it found', async () => {
    clock.set(new Date(NOW.getTime() + 2 * H));
    const r = await services.missing.outcome(world.ctxOf('other.practitioner'), id, {
      version: 2,
      status: 'completed',
      at: '2026-11-28T11:00',
      findings: 'She said an older man called Tiny drove her to a flat and gave her cannabis.',
    });
    expect(r.capture).toBe(false); // the interviewer is not on the case team: the page goes back to the episode
    const entry = (await t.store.repos.chronology.byId(r.entryId!))!;
    expect(entry).toMatchObject({ kind: 'return_home_interview', personId: world.child.id, summary: 'Return home interview' });
    // A case-team member records what it found, from that entry.
    const link = await services.network.capture(world.ctxOf('home.practitioner'), r.entryId!, {
      kind: 'phone',
      phone: '07700 900456',
      linkType: 'called',
      confidence: 'reported',
    });
    expect((await t.store.repos.network.link(link.linkId))!.sourceId).toBe(r.entryId);
    const rhi = (await t.store.repos.missing.rhiForEpisode(id))!;
    expect(rhi).toMatchObject({ status: 'completed', entryId: r.entryId, recordedBy: world.users['other.practitioner']!.id });
    const audit = await t.db.execute<{ action: string }>(sql`select action from audit_event where subject_id = ${rhi.id} order by at`);
    expect(audit.rows.map((x) => x.action)).toEqual(['rhi.assign', 'rhi.outcome']);
    // A lead of another agency oversees the RHI but cannot open the record: the findings stay hidden from them.
    const seen = await services.missing.get(world.ctxOf('other.safeguarding_lead'), id);
    expect(seen.child.name).toBeNull();
    expect(seen.rhi!.rhi.status).toBe('completed');
    expect(seen.rhi!.rhi.findings).toBe('');
    expect((await services.missing.get(world.ctxOf('home.practitioner'), id)).rhi!.rhi.findings).toMatch(/Tiny/);
    clock.set(NOW);
  });
});

describe('who sees the dashboard and the patterns', () => {
  let second: string;
  beforeAll(async () => {
    clock.set(NOW);
    const okw = world.ctxOf('other.practitioner');
    second = (await services.people.create(okw, childInput({ names: [{ kind: 'legal', given: 'Alexis', family: 'Invented' }], nhsNumber: '' }))).id;
    await services.cases.open(okw, second, { leadAgencyId: world.other.id, keyWorkerId: world.users['other.practitioner']!.id });
    // Found at the same hotel as the first child (the hotel entity is offered from the other child's links only to those
    // who see them; the other agency records it anew by id here as the coordinator sees it).
    const hotel = (await t.db.execute<{ id: string }>(sql`select id from entity where label = 'Invented Lodge Hotel'`)).rows[0]!.id;
    const r = await services.missing.record(okw, second, {
      ...episode({ missingFromPlace: '', reportedAt: '2026-11-20T21:00', returnedAt: '2026-11-24T08:00', returnMethod: 'found_by_police' }),
    });
    await t.db.execute(sql`update missing_episode set found_at_entity = ${hotel} where id = ${r.id}`);
  });

  it('shows a coordinator every RHI due, overdue first, and cross-agency patterns without naming unseen children', async () => {
    const d = await services.missing.dashboard(world.ctxOf('other.mase_coordinator'));
    expect(d.all).toBe(true);
    expect(d.overdue.length).toBeGreaterThanOrEqual(1);
    expect(d.overdue.every((x) => x.rhi.clock.state === 'overdue')).toBe(true);
    expect(d.due.length).toBeGreaterThanOrEqual(1);
    const hotel = d.patterns.find((p) => p.kind === 'same_found_at');
    expect(hotel?.personIds).toHaveLength(2);
    expect(hotel?.children.map((c) => c.name)).toEqual(['Alexis Invented']);
    expect(hotel?.hiddenChildren).toBe(1);
    // A child whose record the coordinator may not open is listed without a name.
    expect(d.due.concat(d.overdue).some((x) => x.child.name === null)).toBe(true);
  });

  it('shows a practitioner only their children’s RHIs and those assigned to them', async () => {
    const d = await services.missing.dashboard(world.ctxOf('home.practitioner'));
    expect(d.all).toBe(false);
    expect([...d.due, ...d.overdue].every((x) => x.child.id === world.child.id)).toBe(true);
    const p = d.patterns.find((x) => x.kind === 'repeat_90_days');
    expect(p?.reason).toMatch(/^3 missing episodes within 90 days/);
    expect(await err(services.missing.dashboard(world.ctxOf('home.analyst')))).toBeInstanceOf(Forbidden);
  });

  it('shows a child’s own patterns on their page', async () => {
    const v = await services.missing.forPerson(world.ctxOf('home.practitioner'), world.child.id);
    expect(v.episodes).toHaveLength(3);
    expect(v.patterns.map((p) => p.kind)).toEqual(expect.arrayContaining(['repeat_90_days', 'same_time_of_day']));
  });
});

describe('the pages', () => {
  let app: FastifyInstance;
  let cookie: string;
  beforeAll(async () => {
    app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
    const { token } = await services.auth.signIn('home.practitioner', 'correct horse battery staple');
    cookie = `lantern_session=${token}`;
  });
  afterAll(async () => {
    await ifSet(app)?.close();
  });

  it('renders the dashboard, the child’s episodes, the form and an episode, with the clock in words', async () => {
    const ep = (await t.store.repos.missing.forPerson(world.child.id)).find((e) => e.returnedAt)!;
    for (const url of ['/missing', `/people/${world.child.id}/missing`, `/people/${world.child.id}/missing/new`, `/missing/${ep.id}`]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 2000)}`).toBe(200);
    }
    const page = await app.inject({ method: 'GET', url: `/missing/${ep.id}`, headers: { cookie } });
    expect(page.body).toMatch(/data-testid="rhi-countdown">(\d+ hours?( \d+ minutes?)? left|Overdue by|Completed)/);
    expect(page.body).toContain('Due by');
    const record = await app.inject({ method: 'GET', url: `/people/${world.child.id}`, headers: { cookie } });
    expect(record.body).toContain(`href="/people/${world.child.id}/missing"`);
  });
});
