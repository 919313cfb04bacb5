// Long lists on the pages that show several of them (a MASE meeting's attendance, agenda and actions; an agenda item's
// actions; an order's breaches and history; the links recorded from a chronology entry) come a page at a time, with
// page links; a short list shows whole, as before. A link to one breach or link opens the page that shows it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildRouteWorld, type RouteWorld, signInAs, type WebSession } from '../fixtures/route-world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

const NOW = new Date('2026-01-15T10:00:00Z');
let t: TestDatabase;
let app: FastifyInstance;
let services: Services;
let w: RouteWorld;
let coordinator: WebSession;
let practitioner: WebSession;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  w = await buildRouteWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  coordinator = await signInAs(app, services, 'home.mase_coordinator');
  practitioner = await signInAs(app, services, 'home.practitioner');
}, 120_000);
afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const get = async (s: WebSession, url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  expect(res.statusCode, url).toBe(200);
  return res.body;
};
const count = (html: string, re: RegExp) => html.match(new RegExp(re.source, 'g'))?.length ?? 0;

describe('a MASE meeting with a long agenda, attendance and list of actions', () => {
  const meeting = () => w.ids.meeting;
  const removeForms = /action="\/mase\/items\/[0-9a-f-]+\/remove"/;
  const upForms = /name="direction" value="up"/;
  const downForms = /name="direction" value="down"/;

  it('shows a short agenda whole, with no page links', async () => {
    const html = await get(coordinator, `/mase/meetings/${meeting()}`);
    expect(count(html, removeForms)).toBe(1);
    expect(html).not.toContain('agendaPage=');
    expect(html).not.toContain('Showing 1 to');
  });

  it('shows 200 agenda items and 50 of the other lists at a time, with links to the other pages, and moves across page edges', async () => {
    const ctx = w.ctxOf('home.mase_coordinator');
    for (let i = 1; i <= 204; i++) await services.mase.addItem(ctx, meeting(), { kind: 'other', title: `Invented business ${i}` });
    for (let i = 1; i <= 51; i++)
      await services.mase.addAttendee(ctx, meeting(), { name: `Invented Guest ${i}`, agencyId: w.home.id, status: i % 2 ? 'present' : 'apologies' });
    for (let i = 1; i <= 50; i++)
      await services.mase.addAction(ctx, meeting(), {
        type: 'awareness_visit',
        description: `Invented visit ${i}`,
        ownerAgency: w.home.id,
        dueOn: '2026-02-01',
      });

    const first = await get(coordinator, `/mase/meetings/${meeting()}`);
    expect(count(first, removeForms)).toBe(200);
    expect(first).toContain('Showing 1 to 200 of 205 agenda items.');
    expect(first).toContain(`href="/mase/meetings/${meeting()}?agendaPage=2#agenda"`);
    // The first item has no "Up"; every other item on the page has both.
    expect(count(first, upForms)).toBe(199);
    expect(count(first, downForms)).toBe(200);
    expect(first).toContain('Showing 1 to 50 of 51 people recorded.');
    expect(first).toContain(`href="/mase/meetings/${meeting()}?attendancePage=2#attendance"`);
    expect(first).toContain('Showing 1 to 50 of 51 actions.');
    expect(first).toContain(`href="/mase/meetings/${meeting()}?actionsPage=2#actions"`);
    // The "add an action" form still offers every item on the agenda.
    expect(first).toContain('Invented business 204</option>');

    const second = await get(coordinator, `/mase/meetings/${meeting()}?agendaPage=2`);
    expect(count(second, removeForms)).toBe(5);
    expect(second).toContain('Showing 201 to 205 of 205 agenda items.');
    expect(second).toContain(`href="/mase/meetings/${meeting()}#agenda"`);
    // The first item on page 2 can still move up; the last item of all cannot move down.
    expect(count(second, upForms)).toBe(5);
    expect(count(second, downForms)).toBe(4);
    expect(second).toContain('Invented business 204</a>');
    // The other lists stay on their first page.
    expect(second).toContain('Showing 1 to 50 of 51 people recorded.');
    // A page number that is not one, or past the end, shows the first or the last page.
    expect(count(await get(coordinator, `/mase/meetings/${meeting()}?agendaPage=x`), removeForms)).toBe(200);
    expect(count(await get(coordinator, `/mase/meetings/${meeting()}?agendaPage=99`), removeForms)).toBe(5);
  });

  it("pages an item's actions", async () => {
    const ctx = w.ctxOf('home.mase_coordinator');
    for (let i = 1; i <= 51; i++)
      await services.mase.addAction(ctx, meeting(), {
        type: 'awareness_visit',
        description: `Invented item visit ${i}`,
        agendaItemId: w.ids.item,
        ownerAgency: w.home.id,
        dueOn: '2026-02-02',
      });
    const actionRows = /href="\/mase\/actions\/[0-9a-f-]+"/;
    const first = await get(coordinator, `/mase/items/${w.ids.item}`);
    expect(count(first, actionRows)).toBe(50);
    expect(first).toContain('Showing 1 to 50 of 52 actions.');
    const second = await get(coordinator, `/mase/items/${w.ids.item}?actionsPage=2`);
    expect(count(second, actionRows)).toBe(2);
    expect(second).toContain(`href="/mase/items/${w.ids.item}#actions"`);
  });
});

describe("an order's breaches", () => {
  it('shows 50 at a time, newest first; a link to one breach opens its page with its decision form', async () => {
    const kw = w.ctxOf('home.practitioner');
    for (let i = 1; i <= 50; i++) await services.orders.recordBreach(kw, w.ids.order, { occurredAt: '2026-01-13T21:00', detail: `Invented breach ${i}` });
    const decision = `action="/orders/${w.ids.order}/breaches/${w.ids.breach}/decision"`;
    const first = await get(coordinator, `/orders/${w.ids.order}`);
    expect(count(first, /data-testid="breach"/)).toBe(50);
    expect(count(first, /data-testid="breach-flag"/)).toBe(50);
    expect(first).toContain('1 further breach is waiting for a decision on other pages of the breaches.');
    expect(first).not.toContain(decision);
    expect(first).toContain(`href="/orders/${w.ids.order}?breachesPage=2#breaches"`);
    const focused = await get(coordinator, `/orders/${w.ids.order}?breach=${w.ids.breach}`);
    expect(focused).toContain(decision);
    expect(count(focused, /data-testid="breach"/)).toBe(1);
    // A refused decision shows the page with the breach it was for, and its error.
    const res = await app.inject({
      method: 'POST',
      url: `/orders/${w.ids.order}/breaches/${w.ids.breach}/decision`,
      headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: coordinator.csrf, version: '1', decision: 'not_applied', reason: '' }).toString(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(decision);
    expect(res.body).toContain(`id="reason-${w.ids.breach}-error"`);
  });
});

describe('the links recorded from a chronology entry', () => {
  it('shows 50 at a time; a link to one opens its page', async () => {
    const kw = w.ctxOf('home.practitioner');
    for (let i = 0; i < 50; i++)
      await services.network.capture(kw, w.ids.entry, {
        kind: 'phone',
        phone: `07700 9001${String(i).padStart(2, '0')}`,
        linkType: 'called',
        confidence: 'reported',
      });
    const withdraw = `action="/links/${w.ids.link}/retract"`;
    const rows = /action="\/links\/[0-9a-f-]+\/retract"/;
    const first = await get(practitioner, `/chronology/${w.ids.entry}/capture`);
    expect(count(first, rows)).toBe(50);
    expect(first).toContain(`href="/chronology/${w.ids.entry}/capture?linksPage=2#links"`);
    const total = Number(/Showing 1 to 50 of (\d+) links\./.exec(first)?.[1]);
    expect(total).toBeGreaterThan(50);
    const second = await get(practitioner, `/chronology/${w.ids.entry}/capture?linksPage=2`);
    expect(count(second, rows)).toBe(total - 50);
    expect(first.includes(withdraw) || second.includes(withdraw)).toBe(true);
    expect(await get(practitioner, `/chronology/${w.ids.entry}/capture?link=${w.ids.link}`)).toContain(withdraw);
  });
});

describe("a context's long history of assessments", () => {
  it('shows the ten newest, with links to older and newer pages', async () => {
    const lead = await signInAs(app, services, 'home.safeguarding_lead');
    const ctx = w.ctxOf('home.safeguarding_lead');
    const id = w.ids.context;
    const before = await get(lead, `/contexts/${id}`);
    expect(before).not.toContain('Older assessments');
    for (let i = 1; i <= 12; i++) {
      const version = String((await services.contexts.get(ctx, id)).referral.version);
      await services.contexts.assess(ctx, id, {
        version,
        guardianship: `Invented visit ${i}`,
        environment: 'x',
        youngPeople: 'x',
        concerns: 'x',
        actions: 'x',
        level: 'low',
      });
    }
    const cards = /data-testid="context-assessment"/;
    const first = await get(lead, `/contexts/${id}`);
    expect(count(first, cards)).toBe(10);
    expect(first).toContain(`href="/contexts/${id}?page=2"`);
    expect(first).toContain('Older assessments');
    expect(first).not.toContain('Newer assessments');
    const second = await get(lead, `/contexts/${id}?page=2`);
    expect(count(second, cards)).toBeGreaterThanOrEqual(2);
    expect(second).toContain(`href="/contexts/${id}"`);
    expect(second).toContain('Newer assessments');
    // Each visit appears once across the pages.
    for (let i = 1; i <= 12; i++) expect(count(first + second, new RegExp(`Invented visit ${i}\\s*<`))).toBe(1);
    // A page number that is not one shows the first page.
    expect(count(await get(lead, `/contexts/${id}?page=abc`), cards)).toBe(10);
  });
});
