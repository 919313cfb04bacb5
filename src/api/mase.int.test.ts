import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildWorld } from '../../test/fixtures/world.ts';
import { ifSet } from '../../test/setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../../test/setup/test-db.ts';
import { screened } from '../../test/fixtures/screened.ts';
import { createServices, type Services } from '../services/index.ts';
import { buildApp } from '../web/app.ts';
import type {
  Created,
  ErrorBody,
  MaseAction,
  MaseActionConflict,
  MaseAgendaBuilt,
  MaseAgendaPreview,
  MaseMeeting,
  MaseMeetingCreated,
  MaseMeetingList,
  MissingEpisode,
  MissingEpisodeList,
  MissingEpisodeRecorded,
  Order,
  OrderList,
  RhiDashboard,
  ValidationErrorBody,
} from './schemas.ts';
import { listenLocal } from '../../test/setup/listen.ts';

// The MASE panel over API v1, end to end: the real web app, real PostgreSQL, real HTTP, bearer tokens. A coordinator
// runs the meeting; a practitioner of another agency sees only counts of what is about children it does not work with.

type Wire<S extends z.ZodType> = z.input<S>;
type ErrorJson = Wire<typeof ErrorBody> & Partial<Pick<Wire<typeof ValidationErrorBody>, 'fields'> & Pick<Wire<typeof MaseActionConflict>, 'current'>>;
type Res<T> = { status: number; headers: Headers; json: T };
type OpenApiOperation = { operationId?: string; tags?: string[]; requestBody?: { required?: boolean }; responses: Record<string, { content?: unknown }> };
type OpenApiDoc = { paths: Record<string, Record<string, OpenApiOperation>>; components: { schemas: Record<string, unknown> } };

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';

let t: TestDatabase;
let services: Services;
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

const USERS = ['home.mase_coordinator', 'home.practitioner', 'other.practitioner', 'other.safeguarding_lead', 'home.analyst'] as const;
const tokens = {} as Record<(typeof USERS)[number], string>;
const coordinator = () => tokens['home.mase_coordinator'];

async function call<T = ErrorJson>(method: string, path: string, opts: { token?: string; body?: unknown } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = {};
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as T };
}

const meetings = async () => (await call<Wire<typeof MaseMeetingList>>('GET', '/mase/meetings', { token: coordinator() })).json.data;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  world = await buildWorld(t.store, services);
  for (const key of USERS) tokens[key] = (await services.auth.createApiToken(world.users[key]!.username, 'test', 30)).token;
  // The home agency's child was screened high five days ago: the agenda builder puts the child on the agenda.
  const at = new Date(NOW.getTime() - 5 * 86_400_000);
  await screened(t.store, world, [{ at, level: 'high' }]);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  base = `${await listenLocal(app)}/api/v1`;
}, 60_000);

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

describe('a panel cycle over the API', () => {
  let meetingId = '';
  let childItemId = '';
  let actionId = '';

  it('lets only the coordinator plan a meeting; bad input is 400 per field and saves nothing', async () => {
    const denied = await call('POST', '/mase/meetings', { token: tokens['home.practitioner'], body: { heldOn: TODAY, title: 'Panel' } });
    expect(denied.status).toBe(403);
    expect(denied.json).toEqual({ error: 'forbidden', message: expect.any(String) });

    const bad = await call('POST', '/mase/meetings', { token: coordinator(), body: { heldOn: '2026-02-31', title: '  ' } });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      error: 'validation',
      message: expect.any(String),
      fields: { heldOn: expect.stringMatching(/real date/), title: expect.any(String) },
    });
    expect(await meetings()).toEqual([]);

    const created = await call<Wire<typeof MaseMeetingCreated>>('POST', '/mase/meetings', {
      token: coordinator(),
      body: { heldOn: TODAY, title: 'Test MASE, November', chairId: world.users['home.mase_coordinator']!.id },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), carried: 0 });
    meetingId = created.json.id;
    expect(created.headers.get('location')).toBe(`/api/v1/mase/meetings/${meetingId}`);

    const list = await call<Wire<typeof MaseMeetingList>>('GET', '/mase/meetings', { token: tokens['other.practitioner'] });
    expect(list.status).toBe(200);
    expect(list.json).toEqual({
      data: [{ id: meetingId, heldOn: TODAY, title: 'Test MASE, November', status: 'planned', chairId: world.users['home.mase_coordinator']!.id, version: 1 }],
      manage: false,
    });
    expect((await call('GET', '/mase/meetings', { token: tokens['home.analyst'] })).status).toBe(403);
  });

  it('previews the agenda for a date (coordinator only), validating the date', async () => {
    const p = await call<Wire<typeof MaseAgendaPreview>>('GET', `/mase/agenda?date=${TODAY}`, { token: coordinator() });
    expect(p.status).toBe(200);
    expect(p.json).toEqual({
      date: TODAY,
      items: [
        {
          kind: 'child',
          personId: world.child.id,
          entityId: null,
          breachId: null,
          actionId: null,
          title: 'Jonathan Testcase',
          reason: expect.stringMatching(/^Newly at high \(was not screened before\)/),
        },
      ],
    });
    for (const q of ['?date=2026-13-01', '?date=soon', '']) {
      const bad = await call('GET', `/mase/agenda${q}`, { token: coordinator() });
      expect(bad.status, q).toBe(400);
      expect(bad.json.fields, q).toHaveProperty('date');
    }
    expect((await call('GET', `/mase/agenda?date=${TODAY}`, { token: tokens['home.practitioner'] })).status).toBe(403);
  });

  it('builds the meeting’s agenda once: running it again adds nothing', async () => {
    expect((await call('POST', `/mase/meetings/${meetingId}/agenda`, { token: tokens['home.practitioner'] })).status).toBe(403);
    const built = await call<Wire<typeof MaseAgendaBuilt>>('POST', `/mase/meetings/${meetingId}/agenda`, { token: coordinator() });
    expect(built.status).toBe(200);
    expect(built.json).toEqual({ added: 1 });
    // An empty JSON object is accepted too.
    expect((await call<Wire<typeof MaseAgendaBuilt>>('POST', `/mase/meetings/${meetingId}/agenda`, { token: coordinator(), body: {} })).json).toEqual({
      added: 0,
    });
    expect((await call('POST', '/mase/meetings/00000000-0000-4000-8000-000000000000/agenda', { token: coordinator() })).status).toBe(404);
  });

  it('adds an action on an item: 201 with a Location; bad input is 400 per field and saves nothing', async () => {
    // Other business is open to every partner (added through the service: the API has no item endpoints yet).
    await services.mase.addItem(world.ctxOf('home.mase_coordinator', 'api'), meetingId, { kind: 'other', title: 'Half-term awareness week' });
    const v = await call<Wire<typeof MaseMeeting>>('GET', `/mase/meetings/${meetingId}`, { token: coordinator() });
    childItemId = v.json.items.find((i) => i.kind === 'child')!.id;

    const action = {
      type: 'return_home_interview',
      description: 'Offer a return home interview',
      agendaItemId: childItemId,
      ownerAgency: world.home.id,
      ownerUser: world.users['home.practitioner']!.id,
      dueOn: '2026-12-05',
    };
    const bad = await call('POST', `/mase/meetings/${meetingId}/actions`, { token: coordinator(), body: { ...action, type: 'teleport', dueOn: '2026-11-01' } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toHaveProperty('type');
    const early = await call('POST', `/mase/meetings/${meetingId}/actions`, { token: coordinator(), body: { ...action, dueOn: '2026-11-01' } });
    expect(early.status).toBe(400);
    expect(early.json.fields).toEqual({ dueOn: expect.stringMatching(/on or after the meeting/) });
    expect((await call('POST', `/mase/meetings/${meetingId}/actions`, { token: tokens['home.practitioner'], body: action })).status).toBe(403);
    const none = await call<Wire<typeof MaseMeeting>>('GET', `/mase/meetings/${meetingId}`, { token: coordinator() });
    expect(none.json.items.flatMap((i) => i.actions)).toEqual([]);

    const added = await call<Wire<typeof Created>>('POST', `/mase/meetings/${meetingId}/actions`, { token: coordinator(), body: action });
    expect(added.status).toBe(201);
    actionId = added.json.id;
    expect(added.headers.get('location')).toBe(`/api/v1/mase/actions/${actionId}`);
  });

  it('shows the coordinator and the child’s agency the whole meeting', async () => {
    for (const key of ['home.mase_coordinator', 'home.practitioner'] as const) {
      const r = await call<Wire<typeof MaseMeeting>>('GET', `/mase/meetings/${meetingId}`, { token: tokens[key] });
      expect(r.status, key).toBe(200);
      expect(r.json).toMatchObject({
        id: meetingId,
        heldOn: TODAY,
        chair: 'home mase_coordinator',
        quoracy: { quorate: false, missing: ['police', 'health', 'social_care'] },
        withheld: { items: 0, actions: 0 },
        manage: key === 'home.mase_coordinator',
      });
      expect(r.json.items.map((i) => i.kind)).toEqual(['child', 'other']);
      const child = r.json.items[0]!;
      expect(child).toMatchObject({ personId: world.child.id, title: 'Jonathan Testcase', source: 'auto', wording: [] });
      expect(child.actions).toEqual([
        expect.objectContaining({
          id: actionId,
          type: 'return_home_interview',
          personId: world.child.id,
          ownerAgency: world.home.id,
          owner: 'home practitioner',
          about: 'Jonathan Testcase',
          status: 'open',
          version: 1,
          history: [{ meetingId, heldOn: TODAY, status: 'open', outcome: '' }],
        }),
      ]);
      // Only the documented fields leave.
      expect(child).not.toHaveProperty('removedAt');
      expect(child.actions[0]).not.toHaveProperty('agendaItemId');
    }
  });

  it('shows a partner that does not work with the child only counts of what is about the child', async () => {
    const r = await call<Wire<typeof MaseMeeting>>('GET', `/mase/meetings/${meetingId}`, { token: tokens['other.practitioner'] });
    expect(r.status).toBe(200);
    expect(r.json.items.map((i) => [i.kind, i.title])).toEqual([['other', 'Half-term awareness week']]);
    expect(r.json.otherActions).toEqual([]);
    expect(r.json.withheld).toEqual({ items: 1, actions: 1 });
    const text = JSON.stringify(r.json);
    for (const hidden of [world.child.id, 'Jonathan', 'Testcase', actionId, childItemId]) expect(text).not.toContain(hidden);

    const action = await call('GET', `/mase/actions/${actionId}`, { token: tokens['other.practitioner'] });
    expect(action.status).toBe(403);
    expect(JSON.stringify(action.json)).not.toContain('Jonathan');
  });

  it('updates an action with the current version, refuses a stale one with 409 and the action as it is now', async () => {
    const read = await call<Wire<typeof MaseAction>>('GET', `/mase/actions/${actionId}`, { token: tokens['home.practitioner'] });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: actionId, version: 1, mayUpdate: true, overdue: false });

    const done = await call('PUT', `/mase/actions/${actionId}`, { token: tokens['home.practitioner'], body: { status: 'done', version: 1 } });
    expect(done.status).toBe(400);
    expect(done.json.fields).toEqual({ outcome: expect.stringMatching(/Enter the outcome/) });
    expect((await call('PUT', `/mase/actions/${actionId}`, { token: tokens['other.practitioner'], body: { status: 'in_progress', version: 1 } })).status).toBe(
      403,
    );

    const saved = await call<Wire<typeof MaseAction>>('PUT', `/mase/actions/${actionId}`, {
      token: tokens['home.practitioner'],
      body: { status: 'in_progress', outcome: 'Interview booked', version: 1 },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ id: actionId, status: 'in_progress', outcome: 'Interview booked', version: 2 });

    const stale = await call('PUT', `/mase/actions/${actionId}`, { token: coordinator(), body: { status: 'cancelled', outcome: 'Not needed', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'conflict', current: { id: actionId, status: 'in_progress', outcome: 'Interview booked', version: 2 } });
    expect(Object.keys(stale.json.current ?? {})).not.toContain('agendaItemId');
    const after = await call<Wire<typeof MaseAction>>('GET', `/mase/actions/${actionId}`, { token: coordinator() });
    expect(after.json).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('carries the open action into the next meeting with its history; the old one cannot be updated', async () => {
    const next = await call<Wire<typeof MaseMeetingCreated>>('POST', '/mase/meetings', {
      token: coordinator(),
      body: { heldOn: '2026-12-12', title: 'Test MASE, December' },
    });
    expect(next.status).toBe(201);
    expect(next.json.carried).toBe(1);
    const v = await call<Wire<typeof MaseMeeting>>('GET', `/mase/meetings/${next.json.id}`, { token: coordinator() });
    const carried = v.json.otherActions[0]!;
    expect(carried).toMatchObject({ carriedFrom: actionId, status: 'in_progress', outcome: 'Interview booked' });
    expect(carried.history.map((h) => [h.heldOn, h.status])).toEqual([
      [TODAY, 'carried_forward'],
      ['2026-12-12', 'in_progress'],
    ]);
    const old = await call('PUT', `/mase/actions/${actionId}`, { token: coordinator(), body: { status: 'done', outcome: 'Done', version: 3 } });
    expect(old.status).toBe(400);
    expect(old.json.fields).toHaveProperty('status');
    expect((await meetings()).map((m) => m.heldOn)).toEqual(['2026-12-12', TODAY]);
  });

  it('answers 404 for ids that are not meetings or actions', async () => {
    for (const path of [
      '/mase/meetings/not-a-uuid',
      '/mase/meetings/00000000-0000-4000-8000-000000000000',
      '/mase/actions/00000000-0000-4000-8000-000000000000',
    ]) {
      const r = await call('GET', path, { token: coordinator() });
      expect(r.status, path).toBe(404);
      expect(r.json.error).toBe('not_found');
    }
  });

  it('audits the reads with via "api"', async () => {
    for (const action of ['mase.meeting_view', 'mase.action_view', 'mase.agenda_preview', 'mase.meeting_create', 'mase.action_update']) {
      const rows = await t.store.repos.audit.page({ action, limit: 100 });
      expect(rows.length, action).toBeGreaterThan(0);
      expect(rows[0], action).toMatchObject({ via: 'api' });
    }
  });
});

describe('orders and notices', () => {
  let orderId = '';

  it('records a licensing review of a place, lists it, moves it on, and refuses a stale version with 409', async () => {
    const kw = world.ctxOf('home.practitioner');
    const entry = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: '2026-11-20', summary: 'Hotel', detail: 'Seen at the hotel.' });
    const { entityId: hotel } = await services.network.capture(kw, entry.id, {
      kind: 'location',
      label: 'Invented Lodge Hotel',
      locationType: 'hotel',
      linkType: 'seen_at',
      confidence: 'confirmed',
    });

    const bad = await call('POST', '/orders', { token: tokens['home.practitioner'], body: { kind: 'banishment', status: 'applied', subjectEntityId: hotel } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toHaveProperty('kind');
    expect((await call<Wire<typeof OrderList>>('GET', '/orders', { token: coordinator() })).json.data).toEqual([]);

    const created = await call<Wire<typeof Created>>('POST', '/orders', {
      token: tokens['home.practitioner'],
      body: { kind: 'licensing_review', status: 'applied', subjectEntityId: hotel, startsOn: '2026-11-21', reference: 'LIC-1' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    orderId = created.json.id;
    expect(created.headers.get('location')).toBe(`/api/v1/orders/${orderId}`);

    const list = await call<Wire<typeof OrderList>>('GET', '/orders?kind=licensing_review', { token: tokens['other.practitioner'] });
    expect(list.status).toBe(200);
    expect(list.json.data).toEqual([
      expect.objectContaining({
        id: orderId,
        kind: 'licensing_review',
        status: 'applied',
        subject: expect.objectContaining({ label: 'Invented Lodge Hotel' }),
      }),
    ]);
    expect((await call('GET', '/orders?kind=banishment', { token: coordinator() })).status).toBe(400);

    const moved = await call<Wire<typeof Order>>('PUT', `/orders/${orderId}`, {
      token: tokens['home.practitioner'],
      body: { status: 'in_force', version: 1, reviewOn: '2027-05-01' },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    expect(moved.json).toMatchObject({ id: orderId, status: 'in_force', reviewOn: '2027-05-01', version: 2 });
    expect(moved.json.history.map((h) => h.action)).toEqual(expect.arrayContaining(['order.record', 'order.status']));

    const stale = await call('PUT', `/orders/${orderId}`, { token: coordinator(), body: { status: 'concluded', outcome: 'Licence revoked', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'conflict', current: { id: orderId, status: 'in_force', version: 2 } });
  });

  it('records a breach', async () => {
    const r = await call('POST', `/orders/${orderId}/breaches`, {
      token: tokens['home.practitioner'],
      body: { occurredAt: '2026-11-27', detail: 'Children seen on the premises' },
    });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    const v = await call<Wire<typeof Order>>('GET', `/orders/${orderId}`, { token: tokens['home.practitioner'] });
    expect(v.json.breaches.map((b) => b.detail)).toEqual(['Children seen on the premises']);
    expect((await call('POST', `/orders/${orderId}/breaches`, { token: tokens['home.practitioner'], body: { detail: '' } })).status).toBe(400);
  });
});

describe('missing episodes and return home interviews', () => {
  let episodeId = '';

  it('records an episode and the return, starting the 72-hour clock; a stale version is 409', async () => {
    const path = `/children/${world.child.id}/missing-episodes`;
    const bad = await call('POST', path, { token: tokens['home.practitioner'], body: { reportedAt: 'last night', missingFrom: 'home', policeRisk: 'medium' } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toHaveProperty('reportedAt');
    expect((await call('POST', path, { token: tokens['other.practitioner'], body: {} })).status).toBe(403);

    const created = await call<Wire<typeof MissingEpisodeRecorded>>('POST', path, {
      token: tokens['home.practitioner'],
      body: { reportedAt: '2026-11-27T20:00:00Z', reportedBy: 'Parent', missingFrom: 'home', policeRisk: 'medium' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    episodeId = created.json.id;
    expect(created.json.rhiId).toBeNull();
    expect(created.headers.get('location')).toBe(`/api/v1/missing-episodes/${episodeId}`);

    const back = { version: 1, returnedAt: '2026-11-28T08:00:00Z', returnMethod: 'dropped_off_unknown', foundWithName: 'Invented Driver' };
    const returned = await call('POST', `/missing-episodes/${episodeId}/return`, { token: tokens['home.practitioner'], body: back });
    expect(returned.status, JSON.stringify(returned.json)).toBe(200);
    const again = await call('POST', `/missing-episodes/${episodeId}/return`, { token: tokens['home.practitioner'], body: back });
    expect(again.status).toBe(409);
    expect(again.json.current).toMatchObject({ id: episodeId, returnedAt: '2026-11-28T08:00:00.000Z' });

    const list = await call<Wire<typeof MissingEpisodeList>>('GET', path, { token: tokens['home.practitioner'] });
    expect(list.json.data).toEqual([expect.objectContaining({ id: episodeId, reportedBy: 'Parent', rhi: expect.objectContaining({ status: 'due' }) })]);
  });

  it('shows a lead without the child’s record the clock, not the child', async () => {
    const own = await call<Wire<typeof MissingEpisode>>('GET', `/missing-episodes/${episodeId}`, { token: tokens['home.practitioner'] });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ child: { id: world.child.id, name: 'Jonathan Testcase' }, reportedBy: 'Parent', rhi: { clock: { state: 'due' } } });
    expect(own.json.foundWithEntity).toEqual(expect.any(String));

    const lead = await call<Wire<typeof MissingEpisode>>('GET', `/missing-episodes/${episodeId}`, { token: tokens['other.safeguarding_lead'] });
    expect(lead.status).toBe(200);
    expect(lead.json).toMatchObject({
      child: { name: null },
      reportedBy: '',
      foundWithEntity: null,
      places: { foundWith: null },
      rhi: { clock: { state: 'due' } },
    });
    expect(JSON.stringify(lead.json)).not.toMatch(/Jonathan|Invented Driver|Parent/);
    expect((await call('GET', `/missing-episodes/${episodeId}`, { token: tokens['other.practitioner'] })).status).toBe(403);

    const due = await call<Wire<typeof RhiDashboard>>('GET', '/return-home-interviews', { token: tokens['other.safeguarding_lead'] });
    expect(due.status).toBe(200);
    expect(due.json.due).toEqual([expect.objectContaining({ episodeId, child: { id: world.child.id, name: null } })]);
  });
});

describe('OpenAPI document', () => {
  it('lists the MASE panel operations', async () => {
    const doc = (await call<OpenApiDoc>('GET', '/openapi.json')).json;
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, o]) => `${method.toUpperCase()} ${path} ${o.operationId ?? ''} ${o.tags?.join(',') ?? ''}`),
    );
    expect(ops).toEqual(
      expect.arrayContaining([
        'GET /mase/meetings listMaseMeetings MASE panel',
        'POST /mase/meetings createMaseMeeting MASE panel',
        'GET /mase/meetings/{id} getMaseMeeting MASE panel',
        'GET /mase/agenda previewMaseAgenda MASE panel',
        'POST /mase/meetings/{id}/agenda buildMaseAgenda MASE panel',
        'POST /mase/meetings/{id}/actions addMaseAction MASE panel',
        'GET /mase/actions/{id} getMaseAction MASE panel',
        'PUT /mase/actions/{id} updateMaseAction MASE panel',
        'GET /orders listOrders Orders and notices',
        'POST /orders recordOrder Orders and notices',
        'GET /orders/{id} getOrder Orders and notices',
        'PUT /orders/{id} updateOrder Orders and notices',
        'POST /orders/{id}/breaches recordOrderBreach Orders and notices',
        'GET /children/{id}/missing-episodes listChildMissingEpisodes Missing episodes',
        'POST /children/{id}/missing-episodes recordMissingEpisode Missing episodes',
        'GET /missing-episodes/{id} getMissingEpisode Missing episodes',
        'POST /missing-episodes/{id}/return recordMissingReturn Missing episodes',
        'POST /missing-episodes/{id}/rhi/assignment assignReturnHomeInterview Missing episodes',
        'POST /missing-episodes/{id}/rhi/outcome recordReturnHomeInterviewOutcome Missing episodes',
        'GET /return-home-interviews listDueReturnHomeInterviews Missing episodes',
      ]),
    );
    expect(doc.paths['/mase/meetings/{id}/agenda']?.['post']?.requestBody?.required).toBe(false);
    expect(doc.paths['/mase/meetings']?.['post']?.requestBody?.required).toBe(true);
    expect(JSON.stringify(doc.paths['/mase/actions/{id}']?.['put']?.responses['409'])).toContain('#/components/schemas/MaseActionConflict');
    for (const schema of ['MaseMeeting', 'MaseMeetingList', 'MaseAction', 'MaseActionRecord', 'MaseAgendaPreview', 'MaseMeetingInput', 'MaseActionInput'])
      expect(doc.components.schemas, schema).toHaveProperty([schema]);
  });
});
