import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Contextual safeguarding through the real services and PostgreSQL: quick capture with its source, exact-key reuse,
// cross-referral alerts, restricted records, withdrawal, and the nickname match offered to a lead (issue 5).

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let entryA: string;
let childB: string;
let entryB: string;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date('2026-11-28T10:00:00Z')), testConfig());
  world = await buildWorld(t.store, services);
  const kw = world.ctxOf('home.practitioner');
  entryA = (
    await services.chronology.add(kw, world.child.id, {
      kind: 'note',
      occurredAt: '2026-11-20',
      summary: 'Collected after school',
      detail: 'Picked up by an adult called Tiny in a silver car, part registration LK19.',
    })
  ).id;
  // A second child, whose case the other agency leads: the home agency cannot open it.
  const okw = world.ctxOf('other.practitioner');
  childB = (await services.people.create(okw, childInput())).id;
  await services.cases.open(okw, childB, { leadAgencyId: world.other.id, keyWorkerId: world.users['other.practitioner']!.id });
  entryB = (
    await services.chronology.add(okw, childB, { kind: 'note', occurredAt: '2026-11-21', summary: 'Phone seen', detail: 'Messages from the same number.' })
  ).id;
}, 120_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('quick capture', () => {
  it('links a nickname and a partial registration to the child, with the entry as the source', async () => {
    const kw = world.ctxOf('home.practitioner');
    const who = await services.network.capture(kw, entryA, {
      kind: 'person',
      name: 'Tiny',
      nameKind: 'nickname',
      role: 'suspected_perpetrator',
      linkType: 'picked_up_by',
      confidence: 'reported',
    });
    const car = await services.network.capture(kw, entryA, {
      kind: 'vehicle',
      vrm: 'LK19 ?',
      colour: 'silver',
      linkType: 'picked_up_by',
      confidence: 'reported',
    });
    expect(who.created && car.created).toBe(true);
    const view = await services.network.captureView(kw, entryA);
    expect(view.links.map((l) => l.typeLabel)).toEqual(['picked up by', 'picked up by']);
    expect(view.links.every((l) => l.link.sourceId === entryA && l.link.sourceKind === 'chronology_entry')).toBe(true);
    // "picked up by": the adult acts on the child, so the link reads from the adult to the child.
    const child = await t.store.repos.network.entityForPerson(world.child.id);
    expect(view.links.every((l) => l.link.toEntity === child!.id)).toBe(true);
    const vehicle = await t.store.repos.network.entity(car.entityId);
    expect(vehicle).toMatchObject({ vrm: 'LK19', vrmPartial: true });
  });

  it('refuses bad input with field errors and saves nothing', async () => {
    const kw = world.ctxOf('home.practitioner');
    const before = (await t.store.repos.network.linksFromSource(entryA)).length;
    await expect(services.network.capture(kw, entryA, { kind: 'phone', phone: 'not a number', linkType: 'called', confidence: 'reported' })).rejects.toThrow(
      ValidationError,
    );
    await expect(services.network.capture(kw, entryA, { kind: 'phone', phone: '07700 900123', linkType: 'stayed_at', confidence: 'reported' })).rejects.toThrow(
      ValidationError,
    );
    await expect(services.network.capture(kw, entryA, { kind: 'location', linkType: 'seen_at', confidence: 'sure' })).rejects.toThrow(ValidationError);
    // Dates of the right shape that are not on the calendar are refused here, not by the database (a 500 until the
    // form fuzz target found it).
    for (const validFrom of ['0000-00-00', '2026-02-30', '2026-13-01'])
      await expect(
        services.network.capture(kw, entryA, { kind: 'phone', phone: '07700 900124', linkType: 'called', confidence: 'reported', validFrom }),
      ).rejects.toMatchObject({ fields: { validFrom: expect.stringMatching(/real date/) } });
    expect((await t.store.repos.network.linksFromSource(entryA)).length).toBe(before);
  });

  it('a practitioner outside the case cannot capture from its entries', async () => {
    await expect(
      services.network.capture(world.ctxOf('other.practitioner'), entryA, { kind: 'phone', phone: '07700 900999', linkType: 'called', confidence: 'reported' }),
    ).rejects.toMatchObject({
      name: 'Forbidden',
    });
  });
});

describe('the same phone in two agencies’ records', () => {
  it('is one entity, raises an alert to both agencies’ leads, and stays restricted across the agency line', async () => {
    const phone = { kind: 'phone', phone: '+44 7700 900555', linkType: 'called', confidence: 'reported' };
    const a = await services.network.capture(world.ctxOf('home.practitioner'), entryA, phone);
    const b = await services.network.capture(world.ctxOf('other.practitioner'), entryB, { ...phone, phone: '07700900555' });
    expect(b.entityId).toBe(a.entityId);
    expect(b.created).toBe(false);

    const homeAlerts = await services.network.alerts(world.ctxOf('home.safeguarding_lead'));
    const alert = homeAlerts.find((x) => x.alert.entityId === a.entityId);
    expect(alert).toMatchObject({ children: 2, agencies: 2, kind: 'phone' });
    expect((await services.network.alerts(world.ctxOf('other.safeguarding_lead'))).some((x) => x.alert.entityId === a.entityId)).toBe(true);
    await expect(services.network.alerts(world.ctxOf('home.practitioner'))).rejects.toMatchObject({ name: 'Forbidden' });

    // The home team sees the phone and a restricted link beyond it, never the other child.
    const view = await services.network.personNetwork(world.ctxOf('home.practitioner'), world.child.id, { hops: 2, types: [] });
    const phoneNode = view.nodes.find((n) => n.id === a.entityId);
    expect(phoneNode).toMatchObject({ kind: 'phone', restricted: false });
    const restricted = view.nodes.filter((n) => n.restricted);
    expect(restricted.length).toBeGreaterThanOrEqual(1);
    expect(restricted.every((n) => n.label === 'Restricted record' && n.kind === 'restricted' && n.personId === null)).toBe(true);
    const childBEntity = await t.store.repos.network.entityForPerson(childB);
    expect(view.nodes.some((n) => n.id === childBEntity!.id)).toBe(false);
    expect(view.edges.filter((e) => e.restricted).every((e) => e.type === null && e.sourceId === null)).toBe(true);
  });

  it('a lead acknowledges the alert once; a stale form is a conflict', async () => {
    const lead = world.ctxOf('home.safeguarding_lead');
    const [first] = await services.network.alerts(lead);
    await services.network.acknowledgeAlert(lead, first!.alert.id, { version: String(first!.alert.version), note: 'Raised at the MASE panel' });
    await expect(services.network.acknowledgeAlert(lead, first!.alert.id, { version: String(first!.alert.version), note: 'Again' })).rejects.toMatchObject({
      name: 'Conflict',
    });
    await expect(services.network.acknowledgeAlert(lead, first!.alert.id, { version: '2', note: '' })).rejects.toThrow(ValidationError);
  });
});

describe('withdrawing a link', () => {
  it('keeps the row with the reason, and the link leaves the network', async () => {
    const kw = world.ctxOf('home.practitioner');
    const r = await services.network.capture(kw, entryA, {
      kind: 'location',
      label: 'Grange Lodge Hotel',
      locationType: 'hotel',
      linkType: 'stayed_at',
      confidence: 'suspected',
    });
    await expect(services.network.retract(kw, r.linkId, { version: '1', reason: '' })).rejects.toThrow(ValidationError);
    await services.network.retract(kw, r.linkId, { version: '1', reason: 'Recorded against the wrong child' });
    const row = await t.store.repos.network.link(r.linkId);
    expect(row).toMatchObject({ retractReason: 'Recorded against the wrong child', version: 2 });
    const view = await services.network.personNetwork(kw, world.child.id, { hops: 1, types: [] });
    expect(view.edges.some((e) => e.id === r.linkId)).toBe(false);
  });
});

describe('a possible match across agencies', () => {
  it('the nickname recorded by one agency is offered to a lead as the adult another agency knows; merge and undo are audited', async () => {
    // The other agency already knows an adult by his full name and the nickname "Tiny".
    const okw = world.ctxOf('other.practitioner');
    const adult = await services.people.create(okw, {
      ...childInput(),
      kind: 'adult',
      dateOfBirth: '1999-04-02',
      nhsNumber: '',
      names: [
        { kind: 'legal', given: 'Tariq', family: 'Ashdown' },
        { kind: 'nickname', given: 'Tiny', family: '' },
      ],
    });
    await services.network.capture(okw, entryB, {
      kind: 'person',
      entityId: '',
      name: 'Tiny',
      role: 'suspected_perpetrator',
      linkType: 'seen_with',
      confidence: 'reported',
    });
    const known = await t.store.repos.people.get(adult.id);
    expect(known).toBeDefined();
    // The home practitioner records "Tiny" again from a new entry: a new person, and a candidate for the leads.
    const kw = world.ctxOf('home.practitioner');
    const entry = (
      await services.chronology.add(kw, world.child.id, {
        kind: 'note',
        occurredAt: '2026-11-25',
        summary: 'Seen with Tiny',
        detail: 'Seen with an adult called Tiny.',
      })
    ).id;
    const r = await services.network.capture(kw, entry, {
      kind: 'person',
      name: 'Tiny',
      role: 'suspected_perpetrator',
      linkType: 'seen_with',
      confidence: 'reported',
    });
    expect(r.candidates).toBeGreaterThanOrEqual(1);

    const lead = world.ctxOf('home.safeguarding_lead');
    const { open } = await services.matches.list(lead);
    const m = open.find((x) => x.candidate.leftEntity === r.entityId || x.candidate.rightEntity === r.entityId)!;
    expect(m.comparison.fields.find((f) => f.column === 'nickname')).toMatchObject({ label: 'exact' });
    const total = m.comparison.fields.reduce((s, f) => s + f.weight, m.comparison.prior);
    expect(total).toBeCloseTo(m.candidate.weight, 6);
    await expect(services.matches.list(kw)).rejects.toMatchObject({ name: 'Forbidden' });

    await expect(services.matches.decide(lead, m.candidate.id, { version: '1', decision: 'merge', reason: '' })).rejects.toThrow(ValidationError);
    await services.matches.decide(lead, m.candidate.id, { version: '1', decision: 'merge', reason: 'Same nickname, same car, same area' });
    const merged = (await t.store.repos.network.entities([m.candidate.leftEntity, m.candidate.rightEntity])).filter((e) => e.mergedInto);
    expect(merged).toHaveLength(1);
    await services.matches.undo(lead, m.candidate.id, { version: '2', reason: 'Police confirmed a different man' });
    const after = await t.store.repos.network.entities([m.candidate.leftEntity, m.candidate.rightEntity]);
    expect(after.every((e) => e.mergedInto === null)).toBe(true);
    expect((await t.store.repos.network.candidate(m.candidate.id))!.status).toBe('undone');
  });
});

describe('a place referred as a context', () => {
  it('is referred by a practitioner and assessed by a lead', async () => {
    const kw = world.ctxOf('home.practitioner');
    const place = await services.network.capture(kw, entryA, {
      kind: 'location',
      label: 'Chicken Express',
      locationType: 'takeaway',
      linkType: 'seen_at',
      confidence: 'confirmed',
    });
    await expect(services.contexts.refer(kw, { entityId: place.entityId, reason: '' })).rejects.toThrow(ValidationError);
    const { id } = await services.contexts.refer(kw, { entityId: place.entityId, reason: 'Children given free food and lifts by adults' });
    await expect(
      services.contexts.assess(kw, id, { version: '1', guardianship: 'x', environment: 'x', youngPeople: 'x', concerns: 'x', actions: 'x', level: 'high' }),
    ).rejects.toMatchObject({
      name: 'Forbidden',
    });
    const lead = world.ctxOf('home.safeguarding_lead');
    await services.contexts.assess(lead, id, {
      version: '1',
      guardianship: 'Owner present until 11pm; staff do not challenge adults',
      environment: 'Back room with no CCTV',
      youngPeople: 'Groups of 13 to 15 year olds after school',
      concerns: 'Adults buying food for children and offering lifts',
      actions: 'Licensing review; takeaway awareness visit',
      level: 'high',
    });
    const v = await services.contexts.get(lead, id);
    expect(v.referral.status).toBe('assessed');
    expect(v.assessments[0]).toMatchObject({ level: 'high' });
    await expect(services.contexts.get(world.ctxOf('other.practitioner'), id)).rejects.toMatchObject({ name: 'Forbidden' });

    // A long history pages, newest first, ten at a time; the list shows the latest assessment only.
    for (let k = 0; k < 11; k++) {
      const version = String((await services.contexts.get(lead, id)).referral.version);
      await services.contexts.assess(lead, id, {
        version,
        guardianship: `Visit ${k}`,
        environment: 'x',
        youngPeople: 'x',
        concerns: 'x',
        actions: 'x',
        level: 'medium',
      });
    }
    const first = await services.contexts.get(lead, id);
    expect(first.assessments).toHaveLength(10);
    expect(first).toMatchObject({ page: 1, hasOlder: true });
    const second = await services.contexts.get(lead, id, '2');
    expect(second).toMatchObject({ page: 2, hasOlder: false });
    expect(second.assessments).toHaveLength(2);
    const all = [...first.assessments, ...second.assessments];
    expect(new Set(all.map((a) => a.id)).size).toBe(12);
    expect(all.map((a) => a.assessedAt.getTime())).toEqual([...all.map((a) => a.assessedAt.getTime())].sort((a, b) => b - a));
    for (const bad of ['0', '-1', 'abc', '1e3', '9999999']) expect((await services.contexts.get(lead, id, bad)).page).toBe(1);
    const listed = (await services.contexts.list(lead)).find((c) => c.referral.id === id)!;
    expect(listed.assessments).toHaveLength(1);
    expect(listed.assessments[0]!.id).toBe(first.assessments[0]!.id);
  });
});

describe('key players', () => {
  it('ranks suspected perpetrators by the children they reach, naming only records the lead may see', async () => {
    const lead = world.ctxOf('home.safeguarding_lead');
    const r = await services.players.keyPlayers(lead);
    expect(r.entities).toBeGreaterThan(0);
    expect(r.byReach.length).toBeGreaterThanOrEqual(1);
    expect(r.byReach[0]!.childrenReached).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < r.byReach.length; i++) expect(r.byReach[i - 1]!.childrenReached).toBeGreaterThanOrEqual(r.byReach[i]!.childrenReached);
    expect(r.byReach.filter((p) => p.restricted).every((p) => p.label === 'Restricted record')).toBe(true);
    await expect(services.players.keyPlayers(world.ctxOf('home.practitioner'))).rejects.toMatchObject({ name: 'Forbidden' });
  });
});
