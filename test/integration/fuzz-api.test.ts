import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { writeWatch, type WriteWatch } from '../fixtures/db-state.ts';
import {
  applyAlmostJson,
  FuzzSummary,
  hostileString,
  type JsonCase,
  jsonCase,
  prototypePolluted,
  SLOW_CASE_MS,
  stackTraceIn,
  toJson,
} from '../fixtures/hostile.ts';
import { buildRouteWorld, type RouteWorld, signInAs, type WebSession } from '../fixtures/route-world.ts';
import { childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Hostile input against every body the JSON API v1 takes (issue 8): LANTERN_FUZZ_RUNS cases per endpoint through the
// real app in-process (app.inject: bearer authentication, content-type parsing, schemas, services). For every case:
// never a 5xx, always a JSON answer with no stack trace or internal error text, Object.prototype untouched, a case
// without a usable token is refused, and a refused request (4xx) changed nothing in the database (noted by test-only
// triggers, test/fixtures/db-state.ts writeWatch; the whole-table fingerprint is compared with them after each target).

type Target = {
  route: string;
  as: string;
  /** Address pattern for RouteWorld.concrete (default: the route's path). */
  url?: string;
  /** The valid body as the records are now (versions read from the database). */
  body: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** A user whose token is refused by this endpoint's policy (the "denied" cases). */
  denied: string;
};

const NOW = new Date('2026-01-15T10:00:00Z');
const REASON = 'A synthetic reason, long enough for every field that asks for one.';

let t: TestDatabase;
let app: FastifyInstance;
let services: Services;
let w: RouteWorld;
let watch: WriteWatch;
const sessions = new Map<string, WebSession>();
const summary = new FuzzSummary('api', { defaultRuns: 20 });
// An episode with no return yet, and an RHI worker who is not on the child's case team.
const extra = { episode2: '', rhiWorker: '' };

const versionOf = async (table: string, id: string): Promise<number> =>
  (await t.pool.query<{ version: number }>(`select version from "${table}" where id = $1`, [id])).rows[0]?.version ?? 1;

const person = (over: Record<string, unknown> = {}) => {
  const { kind: _kind, ...rest } = childInput({ names: [{ kind: 'legal', given: 'Amira', family: 'Fuzzcase' }], ...over });
  return rest;
};

const TARGETS: Target[] = [
  { route: 'POST /api/v1/children', as: 'home.practitioner', denied: 'home.analyst', body: () => person() },
  { route: 'POST /api/v1/adults', as: 'home.practitioner', denied: 'home.auditor', body: () => person({ dateOfBirth: '1990-01-01', nhsNumber: '' }) },
  {
    route: 'POST /api/v1/children/search',
    as: 'home.practitioner',
    denied: 'home.analyst',
    body: () => ({ name: 'Jonny Testcase', dateOfBirth: '2012-05-04' }),
  },
  { route: 'POST /api/v1/adults/search', as: 'home.practitioner', denied: 'home.auditor', body: () => ({ name: 'Fuzzcase', reference: 'SC-1' }) },
  {
    route: 'PUT /api/v1/children/:id',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ ...person(), version: await versionOf('person', w.child.id) }),
  },
  {
    route: 'POST /api/v1/children/:id/cases',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: () => ({ leadAgencyId: w.other.id, keyWorkerId: w.users['other.practitioner']!.id, summary: REASON }),
  },
  {
    route: 'POST /api/v1/children/:id/chronology',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: () => ({ kind: 'note', occurredAt: '2026-01-08', summary: 'Visit', detail: 'Seen at home with her carer.' }),
  },
  { route: 'POST /api/v1/cases/:id/screenings', as: 'home.practitioner', denied: 'other.analyst', body: () => ({}) },
  {
    route: 'PUT /api/v1/screenings/:id/answers',
    url: '/api/v1/screenings/OPEN/answers',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({
      version: await versionOf('screening', w.ids.openScreening),
      answers: [{ code: 'go_carrying_drugs', status: 'present', when: 'current', evidence: 'Holding drugs' }],
    }),
  },
  {
    route: 'POST /api/v1/screenings/:id/override',
    url: '/api/v1/screenings/UNDECIDED/override',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ version: await versionOf('screening', w.ids.undecided), level: 'high', reason: REASON }),
  },
  {
    route: 'POST /api/v1/screenings/:id/decision',
    url: '/api/v1/screenings/UNDECIDED/decision',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ version: await versionOf('screening', w.ids.undecided), kind: 'refer', targets: ['police', 'social_care'], notes: REASON }),
  },
  {
    route: 'POST /api/v1/referrals/:id/outcome',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ version: await versionOf('referral', w.ids.referral), outcome: 'Accepted by the team' }),
  },
  // Before a new meeting is created: that carries the open actions forward, and a carried action is read-only.
  {
    route: 'PUT /api/v1/mase/actions/:id',
    as: 'home.mase_coordinator',
    denied: 'other.analyst',
    body: async () => ({ status: 'in_progress', outcome: 'Booked', version: await versionOf('mase_action', w.ids.action) }),
  },
  {
    route: 'POST /api/v1/mase/meetings',
    as: 'home.mase_coordinator',
    denied: 'home.practitioner',
    body: () => ({ heldOn: '2026-02-10', title: 'February panel' }),
  },
  { route: 'POST /api/v1/mase/meetings/:id/agenda', as: 'home.mase_coordinator', denied: 'home.practitioner', body: () => ({}) },
  {
    route: 'POST /api/v1/mase/meetings/:id/actions',
    as: 'home.mase_coordinator',
    denied: 'home.practitioner',
    body: () => ({
      type: 'licensing_review',
      description: 'Ask licensing to review',
      ownerAgency: w.home.id,
      ownerUser: w.users['home.mase_coordinator']!.id,
      dueOn: '2026-02-20',
    }),
  },
  {
    route: 'POST /api/v1/orders',
    as: 'home.practitioner',
    denied: 'home.analyst',
    body: () => ({ kind: 'licensing_review', status: 'applied', subjectEntityId: w.ids.place, startsOn: '2026-01-12', reference: 'LIC-1' }),
  },
  {
    route: 'PUT /api/v1/orders/:id',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ status: 'in_force', outcome: 'Served', version: await versionOf('legal_order', w.ids.order) }),
  },
  {
    route: 'POST /api/v1/orders/:id/breaches',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: () => ({ occurredAt: '2026-01-13T21:00', detail: 'Seen together' }),
  },
  {
    route: 'POST /api/v1/children/:id/missing-episodes',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: () => ({ reportedAt: '2026-01-11T20:00:00Z', reportedBy: 'Carer', missingFrom: 'home', policeRisk: 'medium' }),
  },
  {
    route: 'POST /api/v1/missing-episodes/:id/return',
    url: '/api/v1/missing-episodes/EPISODE2/return',
    as: 'home.practitioner',
    denied: 'other.analyst',
    body: async () => ({ version: await versionOf('missing_episode', extra.episode2), returnedAt: '2026-01-13T03:00:00Z', returnMethod: 'own_accord' }),
  },
  {
    route: 'POST /api/v1/missing-episodes/:id/rhi/assignment',
    as: 'home.safeguarding_lead',
    denied: 'home.practitioner',
    body: async () => ({ version: await rhiVersion(), assignedTo: extra.rhiWorker }),
  },
  {
    route: 'POST /api/v1/missing-episodes/:id/rhi/outcome',
    as: 'home.safeguarding_lead',
    denied: 'home.practitioner',
    body: async () => ({ version: await rhiVersion(), status: 'declined', at: '2026-01-06T10:00:00Z', reason: REASON }),
  },
];

const rhiVersion = async (): Promise<number> =>
  (await t.pool.query<{ version: number }>('select version from return_home_interview where episode_id = $1', [w.ids.episode])).rows[0]?.version ?? 1;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  w = await buildRouteWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1_000_000, logLevel: 'silent' });
  extra.episode2 = (
    await services.missing.record(w.ctxOf('home.practitioner'), w.child.id, {
      reportedAt: '2026-01-12T21:00',
      reportedBy: 'Carer',
      missingFrom: 'home',
      policeRisk: 'low',
    })
  ).id;
  extra.rhiWorker = (await t.store.repos.users.insert({ username: 'rhi.worker', displayName: 'RHI worker', agencyId: w.other.id, role: 'practitioner' })).id;
  for (const key of new Set(TARGETS.flatMap((x) => [x.as, x.denied]))) sessions.set(key, await signInAs(app, services, key));
  watch = await writeWatch(t.pool);
}, 120_000);

afterAll(async () => {
  summary.write();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const urlOf = (x: Target): string =>
  w.concrete(
    (x.url ?? x.route.slice(x.route.indexOf(' ') + 1))
      .replace('/screenings/OPEN', `/screenings/${w.ids.openScreening}`)
      .replace('/screenings/UNDECIDED', `/screenings/${w.ids.undecided}`)
      .replace('/missing-episodes/EPISODE2', `/missing-episodes/${extra.episode2}`),
  );

const CONTENT_TYPES: Record<JsonCase['contentType'], string | undefined> = {
  json: 'application/json',
  'json-charset': 'application/json; charset=utf-8',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  none: undefined,
};

function bodyText(c: JsonCase, valid: Record<string, unknown>): string {
  switch (c.kind) {
    case 'valid':
      return JSON.stringify(valid);
    case 'almost':
      return applyAlmostJson(valid, c);
    case 'hostile':
      return toJson(c.value);
    case 'raw':
      return c.body;
  }
}

const cls = (status: number) => `${Math.floor(status / 100)}xx`;

describe('hostile input: JSON API', () => {
  it('has a target for every API endpoint that takes a body', () => {
    const routes = app.routeTable.filter((r) => (r.method === 'POST' || r.method === 'PUT') && r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !TARGETS.some((x) => x.route === r))).toEqual([]);
  });

  it.each(TARGETS.map((x) => ({ name: x.url ? `${x.route.split(' ')[0]!} ${x.url}` : x.route, x })))(
    '$name',
    async ({ name, x }) => {
      const [method] = x.route.split(' ') as ['POST' | 'PUT'];
      let valid = await x.body();
      await watch.changes();
      await summary.run(name, 'api', jsonCase(Object.keys(valid)), async (c, tally) => {
        const token = { valid: sessions.get(x.as)!.bearer, missing: undefined, garbage: 'lt_not-a-token', denied: sessions.get(x.denied)!.bearer }[c.auth];
        const headers: Record<string, string> = {};
        if (token) headers['authorization'] = `Bearer ${token}`;
        const type = CONTENT_TYPES[c.contentType];
        if (type) headers['content-type'] = type;
        const t0 = performance.now();
        const res = await app.inject({ method, url: urlOf(x), headers, payload: bodyText(c, valid) });
        const elapsed = performance.now() - t0;
        const changed = await watch.changes();
        const status = res.statusCode;
        tally(cls(status));
        const where = `${name} (${c.kind}, auth ${c.auth}, ${c.contentType}) -> ${status}`;
        expect(status, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        expect(elapsed, `${where}: too slow`).toBeLessThan(SLOW_CASE_MS);
        expect(String(res.headers['content-type']), where).toMatch(/^application\/json/);
        expect(() => JSON.parse(res.body) as unknown, where).not.toThrow();
        expect(stackTraceIn(res.body), where).toBeNull();
        expect(prototypePolluted(), where).toBeNull();
        if (c.auth === 'missing' || c.auth === 'garbage') expect(status, where).toBe(401);
        if (c.auth === 'denied') expect([401, 403, 404, 415, 400], where).toContain(status);
        if (status >= 400) {
          expect(changed, `${where}: a refused request changed the database`).toEqual([]);
        } else {
          tally('accepted');
          valid = await x.body();
          await watch.changes();
        }
      });
      expect(await watch.crossCheck(), `${name}: tables changed that the write triggers did not note`).toEqual([]);
    },
    summary.timeout(1500),
  );

  it(
    'answers hostile ids in every API path with 4xx',
    async () => {
      const s = sessions.get('home.practitioner')!;
      const paths = app.routeTable.filter((r) => r.url.startsWith('/api/') && r.url.includes(':id'));
      await summary.run('path ids', 'api', fc.tuple(fc.constantFrom(...paths), hostileString), async ([route, id], tally) => {
        const url = route.url.replace(':id', encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, '\uFFFD')).replace(/\./g, '%2E') || '%20');
        const res = await app.inject({
          method: route.method as 'GET',
          url,
          headers: { authorization: `Bearer ${s.bearer}`, 'content-type': 'application/json' },
          payload: route.method === 'GET' ? undefined : '{}',
        });
        tally(cls(res.statusCode));
        expect(res.statusCode, `${route.method} ${url.slice(0, 200)}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.method} ${url.slice(0, 200)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        expect(stackTraceIn(res.body)).toBeNull();
      });
    },
    summary.timeout(500),
  );

  it(
    'answers hostile query strings on every API list and search with 2xx or 4xx',
    async () => {
      const s = sessions.get('home.mase_coordinator')!;
      const lists = app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes('openapi')).map((r) => w.concrete(r.url));
      const keys = fc.constantFrom(
        'name',
        'dateOfBirth',
        'nhsNumber',
        'reference',
        'kind',
        'status',
        'date',
        'version',
        'from',
        'to',
        'agencyId',
        'limit',
        'cursor',
        '__proto__',
      );
      await summary.run(
        'query strings',
        'api',
        fc.tuple(fc.constantFrom(...lists), fc.array(fc.tuple(keys, hostileString), { maxLength: 5 })),
        async ([url, q], tally) => {
          const query = q.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}`).join('&');
          const res = await app.inject({ method: 'GET', url: `${url}?${query}`, headers: { authorization: `Bearer ${s.bearer}` } });
          tally(cls(res.statusCode));
          expect(res.statusCode, `${url}?${query.slice(0, 200)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
          expect(stackTraceIn(res.body)).toBeNull();
          expect(prototypePolluted()).toBeNull();
        },
      );
    },
    summary.timeout(500),
  );
});
