import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, ValidationError } from '../../src/core/errors.ts';
import { ORDER_KINDS, type OrderKind } from '../../src/core/mase/vocab.ts';
import { createServices, type Ctx, type Services } from '../../src/services/index.ts';
import { openBreaches } from '../../src/services/orders.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

// The orders and notices register (issue 7) through the real services and PostgreSQL: every kind, the CAWN basis
// (age on the date served, care order), what each kind is served on, breaches and the Sexual Risk Order prompt, the
// coordinator's decision, version clashes, who sees which order, audit rows, and the pages.

const NOW = new Date('2026-11-28T10:00:00Z');

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let kw: Ctx;
let adult: string; // "Tiny", recorded from the child's chronology: an adult entity
let hotel: string; // a place recorded from the child's chronology
let childEntity: string; // the child's own entity
let sixteen: string; // 16 on the day, living at home
let inCare: string; // 17, in care under a care order (s.31)
let accommodated: string; // 17, accommodated under s.20

const errorsOf = async (p: Promise<unknown>): Promise<Record<string, string>> => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fields;
};
const count = async (table: string): Promise<number> => Number((await t.db.execute<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);

const cawn = (over: Record<string, unknown> = {}) => ({
  kind: 'cawn',
  status: 'in_force',
  subjectEntityId: adult,
  childPersonId: world.child.id,
  basis: 'under_16_at_home',
  reference: 'CAWN/TEST/1',
  startsOn: '2026-11-01',
  officer: 'PC Example, child exploitation team',
  reviewOn: '2027-02-01',
  notes: 'Served at the address where the child was found.',
  ...over,
});

async function childWithCase(over: Record<string, unknown>): Promise<string> {
  const id = (await services.people.create(kw, childInput(over))).id;
  await services.cases.open(kw, id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  return id;
}

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  world = await buildWorld(t.store, services);
  kw = world.ctxOf('home.practitioner');
  const entry = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: '2026-10-20', summary: 'Found', detail: 'Found at a flat.' });
  adult = (await services.network.capture(kw, entry.id, { kind: 'person', name: 'Tiny', linkType: 'seen_with', confidence: 'reported' })).entityId;
  hotel = (
    await services.network.capture(kw, entry.id, {
      kind: 'location',
      label: 'Invented Lodge Hotel',
      locationType: 'hotel',
      linkType: 'seen_at',
      confidence: 'reported',
    })
  ).entityId;
  childEntity = (await t.store.repos.network.entityForPerson(world.child.id))!.id;
  sixteen = await childWithCase({ dateOfBirth: '2010-11-01', lookedAfter: 'no' });
  inCare = await childWithCase({ dateOfBirth: '2009-06-01', lookedAfter: 's31' });
  accommodated = await childWithCase({ dateOfBirth: '2009-06-01', lookedAfter: 's20' });
}, 120_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('recording orders and notices', () => {
  const subjectOf: Record<OrderKind, () => Record<string, unknown>> = {
    cawn: () => cawn(),
    sro: () => ({ subjectEntityId: adult }),
    shpo: () => ({ subjectEntityId: adult, childPersonId: world.child.id }),
    asb_injunction: () => ({ subjectEntityId: adult }),
    criminal_behaviour_order: () => ({ subjectEntityId: adult }),
    licensing_review: () => ({ subjectEntityId: hotel }),
    closure_order: () => ({ subjectEntityId: hotel }),
    secure_accommodation: () => ({ childPersonId: world.child.id }),
  };

  it.each(Object.keys(ORDER_KINDS) as OrderKind[])('records a %s against the right adult, place or child', async (kind) => {
    const input: Record<string, unknown> = { kind, status: 'applied', startsOn: '2026-11-20', reference: `${kind}-1`, ...subjectOf[kind]() };
    const { id } = await services.orders.record(kw, input);
    const row = (await t.store.repos.orders.get(id))!;
    expect(row).toMatchObject({ kind, status: input.status, createdBy: kw.actor.id, agencyId: world.home.id, version: 1 });
    if (kind === 'secure_accommodation') expect(row.subjectEntity).toBe(childEntity);
    else expect(row.subjectEntity).toBe(input['subjectEntityId']);
    if (row.childPersonId) expect(row.caseId).toBe(world.kase.id);
    const audit = await t.store.repos.audit.forPerson(world.child.id, 5);
    if (row.childPersonId) expect(audit[0]).toMatchObject({ action: 'order.record', subjectType: 'legal_order', subjectId: id, personId: world.child.id });
  });
});

describe('the CAWN basis on the date served (SOURCES.md 2e)', () => {
  it('refuses the under-16 basis for a child who was 16, and saves nothing', async () => {
    const before = [await count('legal_order'), await count('audit_event')];
    const errors = await errorsOf(services.orders.record(kw, cawn({ childPersonId: sixteen, reviewOn: null })));
    expect(errors['basis']).toMatch(/was 16 on the date served/);
    expect([await count('legal_order'), await count('audit_event')]).toEqual(before);
  });

  it('accepts the under-16 basis the day before the 16th birthday', async () => {
    await expect(services.orders.record(kw, cawn({ childPersonId: sixteen, startsOn: '2026-10-31', reviewOn: null }))).resolves.toHaveProperty('id');
  });

  it('accepts the in-care basis for a 17-year-old under a care order, not one accommodated under s.20', async () => {
    await expect(services.orders.record(kw, cawn({ childPersonId: inCare, basis: 'under_18_in_care' }))).resolves.toHaveProperty('id');
    const errors = await errorsOf(services.orders.record(kw, cawn({ childPersonId: accommodated, basis: 'under_18_in_care' })));
    expect(errors['basis']).toMatch(/s\.20, not in care under a care order/);
  });

  it('needs the child and the basis', async () => {
    expect(await errorsOf(services.orders.record(kw, cawn({ childPersonId: '' })))).toMatchObject({ childPersonId: 'Choose the child' });
    expect(await errorsOf(services.orders.record(kw, cawn({ basis: '' })))).toMatchObject({ basis: 'Select the basis for the CAWN' });
  });

  it('keeps the review date after the date served', async () => {
    expect((await errorsOf(services.orders.record(kw, cawn({ reviewOn: '2026-10-01' }))))['reviewOn']).toMatch(/after the date/);
    expect((await errorsOf(services.orders.record(kw, cawn({ expiresOn: '2026-11-01' }))))['expiresOn']).toMatch(/after the start/);
  });
});

describe('what each kind is served on', () => {
  it.each([
    ['a CAWN on a place', { subjectEntityId: () => hotel }, /Choose the adult/],
    ['a CAWN on the child', { subjectEntityId: () => childEntity }, /not on a child/],
    ['a licensing review of an adult', { kind: 'licensing_review', basis: '', subjectEntityId: () => adult }, /about premises/],
  ] as const)('refuses %s', async (_, over, message) => {
    const input = { ...cawn(), ...over, subjectEntityId: over.subjectEntityId() };
    expect((await errorsOf(services.orders.record(kw, input)))['subjectEntityId']).toMatch(message);
  });

  it('refuses an adult the recorder cannot see', async () => {
    // The other agency's practitioner has no record holding a link to Tiny.
    const okw = world.ctxOf('other.practitioner');
    const errors = await errorsOf(services.orders.record(okw, { kind: 'sro', status: 'applied', subjectEntityId: adult }));
    expect(errors['subjectEntityId']).toMatch(/Choose one of the people or places offered/);
  });

  it('offers the adults and places the recorder may see', async () => {
    const mine = await services.orders.subjectChoices(kw);
    expect(mine.adults.map((e) => e.id)).toContain(adult);
    expect(mine.places.map((e) => e.id)).toContain(hotel);
    expect(mine.adults.map((e) => e.id)).not.toContain(childEntity);
    const theirs = await services.orders.subjectChoices(world.ctxOf('other.practitioner'));
    expect([...theirs.adults, ...theirs.places].map((e) => e.id)).not.toContain(adult);
  });
});

describe('breaches and the Sexual Risk Order prompt', () => {
  let orderId: string;
  beforeAll(async () => {
    orderId = (await services.orders.record(kw, cawn({ reference: 'CAWN/BREACH' }))).id;
  });

  it('prompts the coordinator after a CAWN breach', async () => {
    const r = await services.orders.recordBreach(kw, orderId, { occurredAt: '2026-11-27T22:15', detail: 'Seen with the child at the flat again.' });
    expect(r.prompt).toBe('Breach: consider a Sexual Risk Order application');
    const b = (await t.store.repos.orders.breach(r.id))!;
    expect(b).toMatchObject({ followUp: 'to_consider', reportedBy: kw.actor.id });
    expect(b.occurredAt.toISOString()).toBe('2026-11-27T22:15:00.000Z'); // GMT in November
    const open = await t.store.transaction((repos) => openBreaches(repos));
    expect(open).toContainEqual(expect.objectContaining({ breachId: r.id, orderId, subjectEntityId: adult, childPersonId: world.child.id }));
    const view = await services.orders.get(world.ctxOf('home.mase_coordinator'), orderId);
    expect(view.openBreaches).toBe(1);
    expect(view.breaches[0]!.prompt).toMatch(/Sexual Risk Order/);
    const flagged = await services.orders.list(kw, { breaches: 'open' });
    expect(flagged.rows.map((s) => s.order.id)).toEqual([orderId]);
  });

  it('gives no prompt for a breach of another kind of order', async () => {
    const sro = (await services.orders.record(kw, { kind: 'sro', status: 'in_force', startsOn: '2026-06-01', subjectEntityId: adult })).id;
    const r = await services.orders.recordBreach(kw, sro, { occurredAt: '2026-11-20', detail: 'Contact with a child.' });
    expect(r.prompt).toBeNull();
    const open = await t.store.transaction((repos) => openBreaches(repos));
    expect(open.map((o) => o.breachId)).not.toContain(r.id);
  });

  it('refuses a breach in the future or before the notice was served', async () => {
    expect((await errorsOf(services.orders.recordBreach(kw, orderId, { occurredAt: '2026-12-01', detail: 'x' })))['occurredAt']).toMatch(/past/);
    expect((await errorsOf(services.orders.recordBreach(kw, orderId, { occurredAt: '2026-10-01', detail: 'x' })))['occurredAt']).toMatch(/before the date/);
    expect((await errorsOf(services.orders.recordBreach(kw, orderId, { occurredAt: '2026-02-30', detail: 'x' })))['occurredAt']).toMatch(/as a date and time/);
    expect(await errorsOf(services.orders.recordBreach(kw, orderId, { occurredAt: '2026-11-20', detail: '' }))).toMatchObject({
      detail: 'Enter what happened',
    });
  });

  it('lets only the MASE coordinator decide, with a reason when not applying, once', async () => {
    const [breach] = (await t.store.repos.orders.breaches([orderId])).filter((b) => b.followUp === 'to_consider');
    const coordinator = world.ctxOf('other.mase_coordinator');
    await expect(
      services.orders.decideFollowUp(world.ctxOf('home.safeguarding_lead'), orderId, breach!.id, { version: 1, decision: 'not_applied', reason: 'x' }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await errorsOf(services.orders.decideFollowUp(coordinator, orderId, breach!.id, { version: 1, decision: 'not_applied', reason: '' }))).toEqual({
      reason: 'Enter why no application is being made',
    });
    await services.orders.decideFollowUp(coordinator, orderId, breach!.id, {
      version: 1,
      decision: 'application_made',
      reason: 'Listed at the magistrates’ court',
    });
    expect(await t.store.repos.orders.breach(breach!.id)).toMatchObject({ followUp: 'application_made', decidedBy: coordinator.actor.id, version: 2 });
    await expect(
      services.orders.decideFollowUp(coordinator, orderId, breach!.id, { version: 2, decision: 'not_applied', reason: 'Changed my mind' }),
    ).rejects.toBeInstanceOf(Conflict);
    const open = await t.store.transaction((repos) => openBreaches(repos));
    expect(open.map((o) => o.breachId)).not.toContain(breach!.id);
    const history = (await services.orders.get(kw, orderId)).history.map((h) => h.action);
    expect(history).toEqual(['order.record', 'order.breach', 'order.breach_decision']);
  });
});

describe('status updates', () => {
  it('moves an order on, and refuses a stale version', async () => {
    const { id } = await services.orders.record(kw, { kind: 'licensing_review', status: 'applied', startsOn: '2026-11-10', subjectEntityId: hotel });
    expect(await errorsOf(services.orders.updateStatus(kw, id, { version: 1, status: 'concluded', outcome: '' }))).toEqual({ outcome: 'Enter the outcome' });
    await services.orders.updateStatus(kw, id, { version: 1, status: 'concluded', outcome: 'Licence suspended for three months' });
    expect(await t.store.repos.orders.get(id)).toMatchObject({ status: 'concluded', outcome: 'Licence suspended for three months', version: 2 });
    await expect(services.orders.updateStatus(kw, id, { version: 1, status: 'discharged', outcome: 'Withdrawn' })).rejects.toBeInstanceOf(Conflict);
    expect((await t.store.repos.orders.get(id))!.status).toBe('concluded');
  });

  it('checks the CAWN basis again when a notice being considered is served', async () => {
    // Sixteen today: a notice still being considered is checked against the child's age today.
    const errors = await errorsOf(services.orders.record(kw, cawn({ childPersonId: sixteen, status: 'considering', startsOn: '', reviewOn: '' })));
    expect(errors['basis']).toMatch(/was 16/);
    const ok = await services.orders.record(kw, cawn({ status: 'considering', startsOn: '', reviewOn: '' }));
    expect((await errorsOf(services.orders.updateStatus(kw, ok.id, { version: 1, status: 'in_force' })))['startsOn']).toMatch(/Enter the date/);
    await services.orders.updateStatus(kw, ok.id, { version: 1, status: 'in_force', startsOn: '2026-11-25', reviewOn: '2027-01-25' });
    expect(await t.store.repos.orders.get(ok.id)).toMatchObject({ status: 'in_force', startsOn: '2026-11-25', reviewOn: '2027-01-25' });
  });

  it('lists the orders due for review', async () => {
    const { id } = await services.orders.record(kw, cawn({ reviewOn: '2026-12-05', reference: 'DUE' }));
    const due = await services.orders.list(kw, { review: 'due' });
    expect(due.rows.find((r) => r.order.id === id)?.review).toBe('due');
    expect(due.rows.every((r) => r.review !== null)).toBe(true);
  });
});

describe('who sees which order', () => {
  let childOrder: string;
  let premises: string;
  beforeAll(async () => {
    childOrder = (await services.orders.record(kw, cawn({ reference: 'VIS' }))).id;
    premises = (await services.orders.record(kw, { kind: 'licensing_review', status: 'applied', startsOn: '2026-11-15', subjectEntityId: hotel })).id;
  });

  it('keeps a child’s CAWN from a practitioner of another agency with no part in the case', async () => {
    const okw = world.ctxOf('other.practitioner');
    await expect(services.orders.get(okw, childOrder)).rejects.toBeInstanceOf(Forbidden);
    await expect(services.orders.recordBreach(okw, childOrder, { occurredAt: '2026-11-20', detail: 'x' })).rejects.toBeInstanceOf(Forbidden);
    const list = await services.orders.list(okw);
    expect(list.rows.map((r) => r.order.id)).not.toContain(childOrder);
    expect(list.rows.every((r) => r.child === null)).toBe(true);
  });

  it('keeps it from a lead of another agency with no part in the case', async () => {
    const lead = world.ctxOf('other.safeguarding_lead');
    await expect(services.orders.get(lead, childOrder)).rejects.toBeInstanceOf(Forbidden);
    expect((await services.orders.list(lead)).rows.map((r) => r.order.id)).not.toContain(childOrder);
    await expect(services.orders.childRef(lead, world.child.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it.each(['other.mase_coordinator', 'home.safeguarding_lead', 'home.practitioner'])('shows it to %s', async (key) => {
    const v = await services.orders.get(world.ctxOf(key), childOrder);
    expect(v.child).toEqual({ id: world.child.id, name: 'Jonathan Testcase' });
    expect((await services.orders.list(world.ctxOf(key))).rows.map((r) => r.order.id)).toContain(childOrder);
  });

  it('lets only the recording agency or the coordinator change a premises review', async () => {
    const v = await services.orders.get(world.ctxOf('other.practitioner'), premises);
    await expect(
      services.orders.updateStatus(world.ctxOf('other.practitioner'), premises, { version: v.order.version, status: 'concluded', outcome: 'x' }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      services.orders.recordBreach(world.ctxOf('other.safeguarding_lead'), premises, { occurredAt: '2026-11-20', detail: 'x' }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect((await services.orders.get(world.ctxOf('other.practitioner'), premises)).order.version).toBe(v.order.version);
  });

  it('shows a premises review with no child to every case worker', async () => {
    for (const key of ['other.practitioner', 'home.practitioner', 'other.safeguarding_lead']) {
      expect((await services.orders.get(world.ctxOf(key), premises)).order.kind).toBe('licensing_review');
      expect((await services.orders.list(world.ctxOf(key))).rows.map((r) => r.order.id)).toContain(premises);
    }
  });

  it('lists the orders about a child for their record, to those who may see them', async () => {
    expect((await services.orders.forChild(world.ctxOf('other.mase_coordinator'), world.child.id)).map((r) => r.order.id)).toContain(childOrder);
    await expect(services.orders.forChild(world.ctxOf('other.practitioner'), world.child.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it.each(['other.analyst', 'home.administrator', 'home.auditor'])('refuses the register to %s', async (key) => {
    await expect(services.orders.list(world.ctxOf(key))).rejects.toBeInstanceOf(Forbidden);
    await expect(services.orders.get(world.ctxOf(key), premises)).rejects.toBeInstanceOf(Forbidden);
  });

  it('audits every read, with the child when there is one', async () => {
    const lead = world.ctxOf('other.mase_coordinator');
    await services.orders.get(lead, childOrder);
    await services.orders.get(lead, premises);
    await services.orders.list(lead, { kind: 'cawn' });
    const rows = (
      await t.db.execute<{ action: string; subject_id: string | null; person_id: string | null; user_id: string }>(
        `select action, subject_id, person_id, user_id from audit_event order by seq desc limit 3`,
      )
    ).rows.reverse();
    expect(rows).toEqual([
      { action: 'order.view', subject_id: childOrder, person_id: world.child.id, user_id: lead.actor.id },
      { action: 'order.view', subject_id: premises, person_id: null, user_id: lead.actor.id },
      { action: 'order.list', subject_id: null, person_id: null, user_id: lead.actor.id },
    ]);
  });
});

describe('the pages', () => {
  let app: FastifyInstance;
  let base: string;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  let orderId: string;

  beforeAll(async () => {
    app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
    base = await listenLocal(app);
    for (const key of ['home.practitioner', 'home.mase_coordinator', 'other.practitioner']) {
      const { token } = await services.auth.signIn(world.users[key]!.username, PASSWORD);
      const res = await fetch(`${base}/account`, { headers: { cookie: `lantern_session=${token}` } });
      const csrfCookie = (res.headers.getSetCookie().find((c) => c.startsWith('_csrf=')) ?? '').split(';')[0] ?? '';
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
      sessions.set(key, { cookie: `lantern_session=${token}; ${csrfCookie}`, csrf });
    }
    orderId = (await services.orders.record(kw, cawn({ reference: 'PAGES' }))).id;
  });

  afterAll(async () => {
    ifSet(app)?.server.closeAllConnections();
    await ifSet(app)?.close();
  });

  const get = async (key: string, url: string) => {
    const res = await fetch(`${base}${url}`, { headers: { cookie: sessions.get(key)!.cookie } });
    return { status: res.status, html: await res.text() };
  };
  const post = async (key: string, url: string, form: Record<string, string>) => {
    const s = sessions.get(key)!;
    const res = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: s.csrf, ...form }).toString(),
      redirect: 'manual',
    });
    return { status: res.status, location: res.headers.get('location') ?? '', html: await res.text() };
  };

  it('shows the register with its filters and the record button', async () => {
    const r = await get('home.practitioner', '/orders?kind=cawn');
    expect(r.status).toBe(200);
    expect(r.html).toContain('Record an order or notice');
    expect(r.html).toContain('<th scope="col" class="govuk-table__header">Order or notice</th>');
    expect((await get('home.practitioner', '/orders?kind=nonsense')).status).toBe(400);
  });

  it('records an order from the form, with a subject passed from a network page', async () => {
    const form = await get('home.practitioner', `/orders/new?subject=${hotel}`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('Invented Lodge Hotel');
    const bad = await post('home.practitioner', '/orders', { kind: 'licensing_review', status: 'in_force', subjectEntityId: hotel, fixedSubject: '1' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('govuk-error-summary');
    expect(bad.html).toContain('href="#startsOn"');
    const ok = await post('home.practitioner', '/orders', {
      kind: 'licensing_review',
      status: 'in_force',
      subjectEntityId: hotel,
      'startsOn-day': '20',
      'startsOn-month': '11',
      'startsOn-year': '2026',
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toMatch(/^\/orders\/[0-9a-f-]{36}\?saved=1$/);
  });

  it('records a breach, flags it, and takes the coordinator’s decision', async () => {
    const bad = await post('home.practitioner', `/orders/${orderId}/breaches`, {
      'occurredAt-day': '27',
      'occurredAt-month': '11',
      'occurredAt-year': '2026',
      'occurredAt-time': '25:00',
      detail: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('href="#occurredAt-time"');
    const ok = await post('home.practitioner', `/orders/${orderId}/breaches`, {
      'occurredAt-day': '27',
      'occurredAt-month': '11',
      'occurredAt-year': '2026',
      'occurredAt-time': '21:30',
      detail: 'Seen together near the school.',
    });
    expect(ok.status).toBe(303);
    const page = await get('home.mase_coordinator', `/orders/${orderId}`);
    expect(page.html).toContain('Breach: consider a Sexual Risk Order application');
    const breach = (await t.store.repos.orders.breaches([orderId]))[0]!;
    expect(page.html).toContain(`action="/orders/${orderId}/breaches/${breach.id}/decision"`);
    expect((await get('home.practitioner', `/orders/${orderId}`)).html).not.toContain('/decision"');
    const missing = await post('home.mase_coordinator', `/orders/${orderId}/breaches/${breach.id}/decision`, { version: '1', decision: 'not_applied' });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain(`href="#reason-${breach.id}"`);
    const decided = await post('home.mase_coordinator', `/orders/${orderId}/breaches/${breach.id}/decision`, {
      version: '1',
      decision: 'not_applied',
      reason: 'No contact since; to be reviewed at the next panel.',
    });
    expect(decided.status).toBe(303);
    expect((await get('home.mase_coordinator', `/orders/${orderId}`)).html).not.toContain('Breach: consider a Sexual Risk Order application');
  });

  it('refuses the page of a child’s CAWN to a practitioner outside the case', async () => {
    expect((await get('other.practitioner', `/orders/${orderId}`)).status).toBe(403);
  });
});
