import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../src/core/errors.ts';
import { legalOrder, missingEpisode, orderBreach } from '../../src/db/schema/index.ts';
import { screened } from '../fixtures/screened.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// The MASE panel through the real services and PostgreSQL (issue 7): the agenda builder finds every kind of item,
// actions carry forward with their history, partners see only what they need to know, quoracy, and bad input
// changes nothing.

const NOW = new Date('2026-11-28T10:00:00Z');
const day = (offset: number) => new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => new Date(NOW.getTime() - offset * 86_400_000);

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let second: string; // a home-agency child with three missing episodes
let otherChild: string; // a child on the other agency's case
let hotel: string;
let adult: string; // a suspected perpetrator linked to the first child and to the other agency's child
let breachId: string;
let police: { id: string };

// The field messages of the ValidationError a call rejects with.
async function fieldsOf(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(e)}`);
  return e.fields;
}

const coordinator = () => world.ctxOf('home.mase_coordinator');

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  world = await buildWorld(t.store, services);
  police = await t.store.repos.users.insertAgency({ name: 'Test Police', kind: 'police' });
  const kw = world.ctxOf('home.practitioner');
  const okw = world.ctxOf('other.practitioner');
  second = (await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Alexis', family: 'Invented' }], nhsNumber: '' }))).id;
  await services.cases.open(kw, second, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  otherChild = (await services.people.create(okw, childInput({ names: [{ kind: 'legal', given: 'Robin', family: 'Madeup' }], nhsNumber: '' }))).id;
  const otherCase = await services.cases.open(okw, otherChild, { leadAgencyId: world.other.id, keyWorkerId: world.users['other.practitioner']!.id });

  // The hotel is recorded from two home-agency children's records: a hotspot.
  const e1 = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: day(10), summary: 'Hotel', detail: 'Seen at the hotel.' });
  hotel = (
    await services.network.capture(kw, e1.id, {
      kind: 'location',
      label: 'Invented Lodge Hotel',
      locationType: 'hotel',
      linkType: 'seen_at',
      confidence: 'confirmed',
    })
  ).entityId;
  const e2 = await services.chronology.add(kw, second, { kind: 'note', occurredAt: day(9), summary: 'Hotel', detail: 'Stayed at the hotel.' });
  await services.network.capture(kw, e2.id, { kind: 'location', entityId: hotel, linkType: 'stayed_at', confidence: 'reported' });

  // One adult, a suspected perpetrator, picked up the first child and the other agency's child.
  adult = (
    await services.network.capture(kw, e1.id, {
      kind: 'person',
      name: 'Invented Adult',
      role: 'suspected_perpetrator',
      linkType: 'picked_up_by',
      confidence: 'reported',
    })
  ).entityId;
  const e3 = await services.chronology.add(okw, otherChild, { kind: 'note', occurredAt: day(8), summary: 'Car', detail: 'Collected by an adult in a car.' });
  // Recorded by the other agency, which cannot see the home agency's record of the adult: written directly.
  const childEntity = await t.store.repos.network.createEntity({
    kind: 'person',
    personId: otherChild,
    label: 'Robin Madeup',
    createdBy: world.users['other.practitioner']!.id,
    createdByAgency: world.other.id,
    createdAt: NOW,
    updatedAt: NOW,
  });
  await t.store.repos.network.addLink({
    fromEntity: adult,
    toEntity: childEntity.id,
    type: 'picked_up_by',
    directed: true,
    confidence: 'reported',
    sourceKind: 'chronology_entry',
    sourceId: e3.id,
    caseId: otherCase.id,
    personId: otherChild,
    assertingAgency: world.other.id,
    createdBy: world.users['other.practitioner']!.id,
    createdAt: NOW,
  });

  // The first child was screened high five days ago (after a low screening in the summer).
  await screened(t.store, world, [
    { at: at(150), level: 'low' },
    { at: at(5), level: 'high' },
  ]);

  // Three missing episodes for the second child in the last 60 days.
  for (const d of [60, 30, 3]) {
    const entry = await services.chronology.add(kw, second, {
      kind: 'missing_episode',
      occurredAt: day(d),
      summary: 'Missing from home',
      detail: 'Reported missing by a parent.',
    });
    await t.store.db.insert(missingEpisode).values({
      personId: second,
      entryId: entry.id,
      reportedAt: at(d),
      reportedBy: 'Parent',
      missingFrom: 'home',
      policeRisk: 'medium',
      recordedBy: world.users['home.practitioner']!.id,
      agencyId: world.home.id,
      createdAt: NOW,
      updatedAt: NOW,
      // The latest: back the next morning, found at the hotel with the adult (what the RHI told the panel).
      ...(d === 3 ? { returnedAt: at(2.7), foundAtEntity: hotel, foundWithEntity: adult } : {}),
    });
  }

  // A CAWN served on the adult about the first child, breached a week ago.
  const [order] = await t.store.db
    .insert(legalOrder)
    .values({
      kind: 'cawn',
      status: 'in_force',
      subjectEntity: adult,
      childPersonId: world.child.id,
      basis: 'under_16_at_home',
      startsOn: day(40),
      createdBy: world.users['home.practitioner']!.id,
      agencyId: world.home.id,
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  const [breach] = await t.store.db
    .insert(orderBreach)
    .values({
      orderId: order!.id,
      occurredAt: at(7),
      detail: 'Seen with the child',
      reportedBy: world.users['home.practitioner']!.id,
      agencyId: world.home.id,
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning();
  breachId = breach!.id;
}, 120_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('meetings and carrying actions forward', () => {
  let first: string;
  let carriedOpen: string;

  it('creates a meeting; only the coordinator may', async () => {
    await expect(services.mase.create(world.ctxOf('home.practitioner'), { heldOn: day(35), title: 'Panel' })).rejects.toBeInstanceOf(Forbidden);
    first = (await services.mase.create(coordinator(), { heldOn: day(35), title: 'Test MASE, October', chairId: world.users['home.mase_coordinator']!.id })).id;
    const v = await services.mase.get(coordinator(), first);
    expect(v.meeting.title).toBe('Test MASE, October');
    expect(v.chair).toBe('home mase_coordinator');
  });

  it('refuses bad input and saves nothing', async () => {
    const before = (await services.mase.list(coordinator())).meetings.length;
    expect(await fieldsOf(services.mase.create(coordinator(), { heldOn: '2026-02-31', title: 'x' }))).toMatchObject({
      heldOn: /real date/,
    });
    expect(await fieldsOf(services.mase.create(coordinator(), { heldOn: day(1), title: '  ' }))).toMatchObject({
      title: /Enter a title/,
    });
    expect((await services.mase.list(coordinator())).meetings).toHaveLength(before);
    const bad = [
      [{ type: 'cawn', description: 'Serve', ownerAgency: police.id, dueOn: day(40) }, 'dueOn'],
      [{ type: 'cawn', description: 'Serve', ownerAgency: police.id, ownerUser: world.users['home.practitioner']!.id, dueOn: day(20) }, 'ownerUser'],
      [{ type: 'teleport', description: 'Serve', ownerAgency: police.id, dueOn: day(20) }, 'type'],
      [{ type: 'cawn', description: '', ownerAgency: police.id, dueOn: day(20) }, 'description'],
    ] as const;
    for (const [input, field] of bad) {
      const e = await services.mase.addAction(coordinator(), first, input).catch((x: unknown) => x);
      expect(e, field).toBeInstanceOf(ValidationError);
      expect(Object.keys((e as ValidationError).fields)).toContain(field);
    }
    expect((await services.mase.get(coordinator(), first)).actions).toHaveLength(0);
  });

  it('carries open actions forward to the next meeting, with their history, and leaves done ones behind', async () => {
    const owner = world.users['home.practitioner']!;
    carriedOpen = (
      await services.mase.addAction(coordinator(), first, {
        type: 'cawn',
        description: 'Serve a CAWN on the adult',
        ownerAgency: world.home.id,
        ownerUser: owner.id,
        dueOn: day(20),
      })
    ).actionId;
    const done = (
      await services.mase.addAction(coordinator(), first, {
        type: 'street_lighting_cctv',
        description: 'Ask for CCTV near the hotel',
        ownerAgency: police.id,
        dueOn: day(20),
      })
    ).actionId;
    await services.mase.updateAction(coordinator(), done, { status: 'done', outcome: 'CCTV camera moved to cover the car park', version: 1 });

    const second = await services.mase.create(coordinator(), { heldOn: day(0), title: 'Test MASE, November' });
    expect(second.carried).toBe(1);
    const v = await services.mase.get(coordinator(), second.id);
    expect(v.actions.map((a) => a.action.description)).toEqual(['Serve a CAWN on the adult']);
    const carried = v.actions[0]!;
    expect(carried.action.carriedFrom).toBe(carriedOpen);
    expect(carried.history.map((h) => [h.heldOn, h.status])).toEqual([
      [day(35), 'carried_forward'],
      [day(0), 'open'],
    ]);
    expect(carried.overdue).toBe(true);
    // The earlier row is history now: it cannot be updated.
    expect(await fieldsOf(services.mase.updateAction(coordinator(), carriedOpen, { status: 'done', outcome: 'x', version: 2 }))).toMatchObject({
      status: /carried forward/,
    });
  });
});

describe('the agenda', () => {
  let meeting: string;

  beforeAll(async () => {
    meeting = (await services.mase.list(coordinator())).meetings.find((m) => m.heldOn === day(0))!.id;
  });

  it('finds each kind of item, with its reason, and adds nothing twice', async () => {
    const { added } = await services.mase.buildAgenda(coordinator(), meeting);
    const v = await services.mase.get(coordinator(), meeting);
    const byKind = (k: string) => v.items.filter((i) => i.item.kind === k);
    expect(byKind('child').map((i) => [i.item.personId, i.item.reason])).toEqual([
      [world.child.id, expect.stringMatching(/^Newly at high \(was low\)/)],
      [second, expect.stringMatching(/^3 missing episodes in the 90 days/)],
    ]);
    expect(byKind('perpetrator').map((i) => [i.item.entityId, i.item.reason])).toEqual([
      [adult, `Adult a missing child was found with, once since the last meeting (latest ${day(3)}); Suspected perpetrator linked to 2 children`],
    ]);
    expect(byKind('location').map((i) => [i.item.entityId, i.item.reason])).toEqual([
      [hotel, `Missing children found here once since the last meeting (latest ${day(3)}); Hotspot: linked to children in 2 different cases`],
    ]);
    expect(byKind('cawn_breach').map((i) => [i.item.breachId, i.item.reason])).toEqual([
      [breachId, expect.stringMatching(/consider an application for a Sexual Risk Order/)],
    ]);
    expect(byKind('overdue_action')).toHaveLength(1);
    expect(added).toBe(v.items.length);
    expect((await services.mase.buildAgenda(coordinator(), meeting)).added).toBe(0);
  });

  it('previews the same agenda for a date without saving it', async () => {
    const p = await services.mase.preview(coordinator(), { date: day(0) });
    expect(p.items.map((i) => i.kind)).toEqual(['child', 'child', 'perpetrator', 'location', 'cawn_breach']);
    expect(await fieldsOf(services.mase.preview(coordinator(), { date: 'soon' }))).toMatchObject({ date: /as a date/ });
  });

  it('lets the coordinator reorder, remove and add items, and record the discussion', async () => {
    const items = (await services.mase.get(coordinator(), meeting)).items;
    await services.mase.moveItem(coordinator(), items[1]!.item.id, { direction: 'up' });
    const moved = (await services.mase.get(coordinator(), meeting)).items;
    expect(moved[0]!.item.id).toBe(items[1]!.item.id);
    await expect(services.mase.removeItem(coordinator(), items[4]!.item.id, { version: 9 })).rejects.toBeInstanceOf(Conflict);
    await services.mase.removeItem(coordinator(), items[4]!.item.id, { version: items[4]!.item.version });
    expect((await services.mase.get(coordinator(), meeting)).items).toHaveLength(items.length - 1);
    // A child or a place added by the coordinator takes its name as the title; other business needs one.
    const added = await services.mase.addItem(coordinator(), meeting, { kind: 'location', entityId: hotel, reason: 'Raised by the licensing team' });
    expect((await services.mase.item(coordinator(), added.itemId)).view.item.title).toBe('Invented Lodge Hotel');
    expect(await fieldsOf(services.mase.addItem(coordinator(), meeting, { kind: 'other' }))).toMatchObject({ title: /Enter a title/ });
    // Kinds and subjects must match: a child item cannot be widened with a place; a place item needs a place.
    expect(await fieldsOf(services.mase.addItem(coordinator(), meeting, { kind: 'child', personId: world.child.id, entityId: hotel }))).toMatchObject({
      entityId: /only the child/,
    });
    expect(await fieldsOf(services.mase.addItem(coordinator(), meeting, { kind: 'location', entityId: adult }))).toMatchObject({
      entityId: /Select a location/,
    });
    expect(await fieldsOf(services.mase.addItem(coordinator(), meeting, { kind: 'cawn_breach', personId: world.child.id }))).toMatchObject({
      kind: /when the agenda is built/,
    });
    await services.mase.removeItem(coordinator(), added.itemId, { version: 1 });
    const { itemId } = await services.mase.addItem(coordinator(), meeting, { kind: 'other', title: 'Half-term awareness week' });
    // The decisions' 4,000 characters as the page counts them, posted with the CRLF line breaks a browser sends: saved.
    const decisions = `${'Hotel visits.\n'.repeat(285)}Patrols in`;
    expect(decisions.length).toBe(4000);
    await services.mase.discuss(coordinator(), itemId, { summary: 'She is putting herself at risk.', decisions: decisions.replace(/\n/g, '\r\n'), version: 1 });
    const item = await services.mase.item(coordinator(), itemId);
    expect(item.view.item.decisions).toBe(decisions);
    expect(item.view.findings.map((f) => f.text)).toContain('putting herself at risk');
    await expect(services.mase.discuss(coordinator(), itemId, { summary: 'x', version: 1 })).rejects.toBeInstanceOf(Conflict);
    await expect(services.mase.discuss(world.ctxOf('home.safeguarding_lead'), itemId, { summary: 'x', version: 2 })).rejects.toBeInstanceOf(Forbidden);
  });

  it('shows each partner only the items about children its agency works with, and counts the rest', async () => {
    // The CAWN breach (removed above) back on the agenda, with an action: it is about the first child only, though
    // the adult it concerns is linked to the other agency's child too.
    await services.mase.buildAgenda(coordinator(), meeting);
    const breach = (await services.mase.get(coordinator(), meeting)).items.find((i) => i.item.kind === 'cawn_breach')!;
    await services.mase.addAction(coordinator(), meeting, {
      type: 'sro_application',
      description: 'Apply for an SRO',
      agendaItemId: breach.item.id,
      ownerAgency: police.id,
      dueOn: day(-7),
    });
    const all = await services.mase.get(coordinator(), meeting);
    const other = await services.mase.get(world.ctxOf('other.practitioner'), meeting);
    expect(other.items.some((i) => i.item.kind === 'cawn_breach')).toBe(false);
    const sro = other.actions.find((a) => a.action.type === 'sro_application')!;
    expect(sro.about).toBe('a child your agency does not work with and “Invented Adult”');
    expect(all.actions.find((a) => a.action.type === 'sro_application')!.about).toBe('Jonathan Testcase and “Invented Adult”');
    // The other agency works with the other child only: it sees the adult linked to that child, and open business.
    expect(other.items.map((i) => i.item.kind).sort()).toEqual(['other', 'perpetrator']);
    expect(other.withheldItems).toBe(all.items.length - 2);
    const hidden = all.items.find((i) => i.item.kind === 'child')!;
    await expect(services.mase.item(world.ctxOf('other.practitioner'), hidden.item.id)).rejects.toBeInstanceOf(Forbidden);
    const pack = await services.mase.pack(world.ctxOf('other.practitioner'), meeting);
    expect(pack.items.map((i) => i.item.title).join(' ')).not.toMatch(/Jonathan|Alexis/);
    const home = await services.mase.get(world.ctxOf('home.practitioner'), meeting);
    expect(home.items.filter((i) => i.item.kind === 'child')).toHaveLength(2);
    await expect(services.mase.get(world.ctxOf('home.analyst'), meeting)).rejects.toBeInstanceOf(Forbidden);
    await expect(services.mase.get(coordinator(), '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound);
  });

  // The item page reads one item and its own actions, not the whole meeting: it must show exactly what the meeting does.
  it('shows one item to each viewer as the meeting shows it, and the meeting without the wording check when asked', async () => {
    const all = await services.mase.get(coordinator(), meeting);
    expect(all.items.some((i) => i.actions.length)).toBe(true);
    for (const who of ['home.mase_coordinator', 'home.practitioner', 'other.practitioner']) {
      const ctx = world.ctxOf(who);
      const v = await services.mase.get(ctx, meeting);
      for (const i of v.items) expect((await services.mase.item(ctx, i.item.id)).view, `${who}: ${i.item.title}`).toEqual(i);
      for (const i of all.items.filter((x) => !v.items.some((y) => y.item.id === x.item.id)))
        await expect(services.mase.item(ctx, i.item.id)).rejects.toBeInstanceOf(Forbidden);
      expect(await services.mase.get(ctx, meeting, { findings: false })).toEqual({ ...v, items: v.items.map((i) => ({ ...i, findings: [] })) });
    }
  });
});

describe('the next meeting', () => {
  it('carries the still-open action again; the chain grows; the owner closes it with an outcome', async () => {
    // A meeting created later carries it again; the chain grows.
    const third = await services.mase.create(coordinator(), { heldOn: '2026-12-30', title: 'Test MASE, December' });
    expect(third.carried).toBe(2); // the CAWN action, and the SRO application from the breach
    const latest = (await services.mase.get(coordinator(), third.id)).actions[0]!;
    expect(latest.history).toHaveLength(3);
    // The owner closes it with an outcome; nobody else outside the owning agency may.
    await expect(
      services.mase.updateAction(world.ctxOf('other.safeguarding_lead'), latest.action.id, { status: 'done', outcome: 'x', version: 1 }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await fieldsOf(services.mase.updateAction(world.ctxOf('home.practitioner'), latest.action.id, { status: 'done', version: 1 }))).toMatchObject({
      outcome: /Enter the outcome/,
    });
    await services.mase.updateAction(world.ctxOf('home.practitioner'), latest.action.id, { status: 'done', outcome: 'CAWN served on 1 December', version: 1 });
    await expect(services.mase.updateAction(coordinator(), latest.action.id, { status: 'in_progress', version: 1 })).rejects.toBeInstanceOf(Conflict);
  });
});

describe('attendance and quoracy', () => {
  it('is quorate only with police, health and social care present; apologies do not count', async () => {
    const id = (await services.mase.create(coordinator(), { heldOn: day(2), title: 'Extraordinary panel' })).id;
    await services.mase.addAttendee(coordinator(), id, { userId: world.users['home.safeguarding_lead']!.id, status: 'present' });
    await services.mase.addAttendee(coordinator(), id, { userId: world.users['other.safeguarding_lead']!.id, status: 'apologies' });
    await services.mase.addAttendee(coordinator(), id, { name: 'DS Invented', agencyId: police.id, status: 'present' });
    let v = await services.mase.get(coordinator(), id);
    expect(v.quoracy).toEqual({ quorate: false, missing: ['health'] });
    const apology = v.attendance.find((a) => a.status === 'apologies')!;
    await services.mase.removeAttendee(coordinator(), id, apology.id);
    await services.mase.addAttendee(coordinator(), id, { userId: world.users['other.safeguarding_lead']!.id, status: 'present' });
    v = await services.mase.get(coordinator(), id);
    expect(v.quoracy.quorate).toBe(true);
    expect(await fieldsOf(services.mase.setStatus(coordinator(), id, { status: 'finished', version: 1 }))).toMatchObject({
      status: /planned or has been held/,
    });
    await services.mase.setStatus(coordinator(), id, { status: 'held', version: 1 });
    await expect(services.mase.setStatus(coordinator(), id, { status: 'planned', version: 1 })).rejects.toBeInstanceOf(Conflict);
    expect((await services.mase.get(coordinator(), id)).meeting.status).toBe('held');
    expect(await fieldsOf(services.mase.addAttendee(coordinator(), id, { status: 'present' }))).toMatchObject({
      userId: /Select a member of staff/,
    });
    expect(
      await fieldsOf(services.mase.addAttendee(coordinator(), id, { userId: world.users['other.safeguarding_lead']!.id, status: 'present' })),
    ).toMatchObject({ userId: /already recorded/ });
  });
});

describe('outcomes', () => {
  it('shows a child’s panel history and risk over time to those who may read the record', async () => {
    const o = await services.mase.childOutcome(world.ctxOf('home.practitioner'), world.child.id);
    expect(o.risk.map((r) => r.level)).toEqual(['low', 'high']);
    expect(o.items.length).toBeGreaterThan(0);
    await expect(services.mase.childOutcome(world.ctxOf('other.practitioner'), world.child.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it('shows a place’s actions and whether concerns fell afterwards', async () => {
    const meeting = (await services.mase.list(coordinator())).meetings.find((m) => m.heldOn === day(0))!.id;
    const item = (await services.mase.get(coordinator(), meeting)).items.find((i) => i.item.kind === 'location')!;
    await services.mase.addAction(coordinator(), meeting, {
      type: 'licensing_review',
      description: 'Ask for a licensing review',
      agendaItemId: item.item.id,
      ownerAgency: police.id,
      dueOn: day(-14),
    });
    const o = await services.mase.placeOutcome(coordinator(), hotel);
    expect(o.actions.map((a) => a.action.type)).toEqual(['licensing_review']);
    expect(o.concerns).toMatchObject({ before: 2, after: 0, fell: true });
    await expect(services.mase.placeOutcome(world.ctxOf('other.practitioner'), hotel)).rejects.toBeInstanceOf(Forbidden);
  });

  it('audits every view', async () => {
    const rows = await t.store.repos.audit.page({ limit: 500, action: 'mase.meeting_view' });
    expect(rows.length).toBeGreaterThan(3);
  });
});
