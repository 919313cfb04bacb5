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
