import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/records/vocab.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { TestFigures } from '../fixtures/figures.ts';
import { buildRouteWorld, type RouteWorld } from '../fixtures/route-world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

// Every route x every role x member / non-member of the child's case team.
// A route added without a row here fails the "every route has a row" test.

type Outcome = 'allow' | 'deny';
type Rule = 'public' | ((role: Role, member: boolean) => Outcome);

const CW: Role[] = ['practitioner', 'safeguarding_lead', 'mase_coordinator'];
const all: Rule = () => 'allow';
const roles =
  (...allowed: Role[]): Rule =>
  (r) =>
    allowed.includes(r) ? 'allow' : 'deny';
const caseWorkers = roles(...CW);
const members: Rule = (r, m) => (CW.includes(r) && m ? 'allow' : 'deny');
const membersOrAuditor: Rule = (r, m) => (r === 'auditor' || (CW.includes(r) && m) ? 'allow' : 'deny');
const admin = roles('administrator');
const leadMembers: Rule = (r, m) => (r === 'safeguarding_lead' && m ? 'allow' : 'deny');
const oversight = roles('safeguarding_lead', 'mase_coordinator');
// A review job: its creator (the home agency's lead) and the leads and coordinators of the same agency.
const agencyOversight: Rule = (r, m) => ((r === 'safeguarding_lead' || r === 'mase_coordinator') && m ? 'allow' : 'deny');
// A cross-referral alert: the leads of the agencies that recorded it, and every MASE coordinator (the panel sees all).
// A context referral: the referring agency's practitioners, and every lead and MASE coordinator.
const contextReaders: Rule = (r, m) => (r === 'safeguarding_lead' || r === 'mase_coordinator' || (r === 'practitioner' && m) ? 'allow' : 'deny');
// A panel item, action or place about the home agency's child: every MASE coordinator, and that agency's case workers.
const needToKnow: Rule = (r, m) => (r === 'mase_coordinator' || (CW.includes(r) && m) ? 'allow' : 'deny');
const alertOversight: Rule = (r, m) => (r === 'mase_coordinator' || (r === 'safeguarding_lead' && m) ? 'allow' : 'deny');

const MATRIX: Record<string, Rule> = {
  'GET /': all,
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'POST /sign-out': 'public',
  // OpenID Connect sign-in (issue 8): public, the login state is checked in the service (test/integration/oidc.test.ts).
  'GET /sign-in/oidc': 'public',
  'GET /sign-in/oidc/callback': 'public',
  'GET /health': 'public',
  'GET /help': 'public',
  'GET /help/language': 'public',
  'GET /sign-in/mfa': all,
  'POST /sign-in/mfa': all,
  'GET /account': all,
  'GET /account/mfa': all,
  'POST /account/mfa': all,
  // Moving to a new authenticator app (ASVS 2.5.7): the session's own user only, started with a code from the current app.
  'POST /account/mfa/replace': all,
  'GET /account/mfa/new': all,
  'POST /account/mfa/new': all,
  // Every signed-in user makes and revokes their own API tokens; the service acts on the session's own user only.
  'GET /account/tokens': all,
  'POST /account/tokens': all,
  'POST /account/tokens/revoke': all,
  // Every signed-in user sees and ends their own sessions; the service acts on the session's own user only.
  'GET /account/sessions': all,
  'POST /account/sessions/end': all,
  'POST /account/sessions/end-others': all,
  // Every signed-in user changes their own password; the service acts on the session's own user only.
  'GET /account/password': all,
  'POST /account/password': all,
  'GET /cases': caseWorkers,
  'GET /search': caseWorkers,
  'POST /search': caseWorkers,
  'GET /people/new': caseWorkers,
  'POST /people/new': caseWorkers,
  'GET /people/:id': members,
  'GET /people/:id/edit': members,
  'POST /people/:id/edit': members,
  'GET /people/:id/cases/new': members,
  'POST /people/:id/cases/new': members,
  'GET /cases/:id/team': members,
  'POST /cases/:id/team': members,
  'GET /cases/:id/person': members,
  'GET /people/:id/chronology/new': members,
  'POST /people/:id/chronology/new': members,
  'GET /people/:id/audit': membersOrAuditor,
  'GET /people/:id/break-glass': caseWorkers,
  'POST /people/:id/break-glass': caseWorkers,
  'GET /framework': all,
  'GET /cases/:id/screenings/new': members,
  'POST /cases/:id/screenings': members,
  'GET /screenings/:id': members,
  'POST /screenings/:id': members,
  'POST /screenings/:id/override': members,
  'POST /screenings/:id/downgrade-review': leadMembers,
  'POST /screenings/:id/decision': members,
  'POST /screenings/:id/consult': members,
  'POST /consultations/:id/answer': leadMembers,
  'POST /decisions/:id/review': leadMembers,
  'GET /referrals/:id': members,
  'GET /referrals/:id/json': members,
  'POST /referrals/:id/outcome': members,
  'GET /cases/:id/exploitation': members,
  'POST /cases/:id/exploitation': members,
  'GET /people/:id/sexual-health/new': members,
  'POST /people/:id/sexual-health/new': members,
  'GET /reports/identification': roles('analyst', 'safeguarding_lead', 'mase_coordinator'),
  'GET /chronology/:id/review': members,
  'POST /chronology/:id/review': members,
  // The signs of an entry into the child's next screening in one step, and its confirmation (issue 4).
  'POST /chronology/:id/signs': members,
  'POST /chronology/:id/signs/set-aside': members,
  'POST /chronology/:id/signs/reopen': members,
  'GET /chronology/:id/signs/added': members,
  'GET /reports/language': roles('safeguarding_lead', 'mase_coordinator'),
  // The entries behind one count of the language report: the report's own authorisation.
  'GET /reports/language/entries': roles('safeguarding_lead', 'mase_coordinator'),
  'GET /chronology/:id/capture': members,
  'POST /chronology/:id/capture': members,
  'POST /links/:id/retract': members,
  'GET /people/:id/network': members,
  'GET /people/:id/network.json': members,
  'GET /network/alerts': oversight,
  'POST /network/alerts/:id/acknowledge': alertOversight,
  'GET /network/matches': oversight,
  'GET /network/key-players': oversight,
  'GET /network/matches/:id': oversight,
  'POST /network/matches/:id': oversight,
  'POST /network/matches/:id/undo': oversight,
  'GET /contexts': caseWorkers,
  'GET /contexts/new': caseWorkers,
  'POST /contexts': caseWorkers,
  'GET /contexts/:id': contextReaders,
  'POST /contexts/:id/assessment': oversight,
  'GET /reviews': oversight,
  'POST /reviews': oversight,
  'GET /reviews/:id': agencyOversight,
  'GET /reviews/:id/report': agencyOversight,
  'GET /reviews/:id/report.json': agencyOversight,
  // The job page's progress as JSON, for its script (src/client/review-progress.ts).
  'GET /reviews/:id/status': agencyOversight,
  'GET /lead': roles('safeguarding_lead'),
  'POST /lead/break-glass/:id/review': roles('safeguarding_lead'),
  'GET /audit': roles('auditor'),
  // Unusual access to records (insider browsing): auditors for every agency, safeguarding leads for their own agency's
  // users (another agency's is refused: test/integration/unusual-access.test.ts).
  'GET /oversight/access': roles('auditor', 'safeguarding_lead'),
  'GET /stats': roles('analyst', 'safeguarding_lead', 'mase_coordinator'),
  'GET /stats/partner-pack.csv': roles('analyst', 'safeguarding_lead', 'mase_coordinator'),
  // The ward map (issue 6): case workers see what they may see; analysts see counts only.
  'GET /map': roles(...CW, 'analyst'),
  'GET /map/data.json': roles(...CW, 'analyst'),
  'GET /map/wards.geojson': roles(...CW, 'analyst'),
  'GET /map/wards/:code': roles(...CW, 'analyst'),
  // Missing episodes and return home interviews (issue 7): the child's team records; leads and coordinators assign RHIs.
  'GET /missing': caseWorkers,
  'GET /people/:id/missing': members,
  'GET /people/:id/missing/new': members,
  'POST /people/:id/missing/new': members,
  'GET /missing/:id': contextReaders,
  'POST /missing/:id/return': members,
  'POST /missing/:id/assign': oversight,
  'POST /missing/:id/outcome': oversight,
  // Orders and notices: about a child, as its record (and every MASE coordinator); SRO decisions by the coordinator.
  'GET /orders': caseWorkers,
  'GET /orders/new': caseWorkers,
  'POST /orders': caseWorkers,
  'GET /orders/:id': needToKnow,
  'POST /orders/:id/status': needToKnow,
  'POST /orders/:id/breaches': needToKnow,
  'POST /orders/:id/breaches/:breachId/decision': roles('mase_coordinator'),
  // The MASE panel: the coordinator runs it; case workers see it on a need-to-know basis (the item and action here are
  // about the home agency's child).
  'GET /mase': caseWorkers,
  'GET /mase/meetings/new': roles('mase_coordinator'),
  'POST /mase/meetings/new': roles('mase_coordinator'),
  'GET /mase/meetings/:id': caseWorkers,
  'GET /mase/meetings/:id/pack': caseWorkers,
  'GET /mase/meetings/:id/pack.pdf': caseWorkers,
  'POST /mase/meetings/:id/status': roles('mase_coordinator'),
  'POST /mase/meetings/:id/attendance': roles('mase_coordinator'),
  'POST /mase/meetings/:id/attendance/remove': roles('mase_coordinator'),
  'POST /mase/meetings/:id/agenda/build': roles('mase_coordinator'),
  'POST /mase/meetings/:id/items': roles('mase_coordinator'),
  'POST /mase/meetings/:id/actions': roles('mase_coordinator'),
  'POST /mase/items': roles('mase_coordinator'),
  'GET /mase/items/:id': needToKnow,
  'POST /mase/items/:id/discussion': roles('mase_coordinator'),
  'POST /mase/items/:id/actions': roles('mase_coordinator'),
  'POST /mase/items/:id/remove': roles('mase_coordinator'),
  'POST /mase/items/:id/move': roles('mase_coordinator'),
  'GET /mase/actions/:id': needToKnow,
  'POST /mase/actions/:id': (r, m) => (r === 'mase_coordinator' || (r === 'safeguarding_lead' && m) ? 'allow' : 'deny'),
  'GET /mase/children/:id': members,
  'GET /mase/places/:id': needToKnow,
  'GET /admin': admin,
  'POST /admin/roles': admin,
  'GET /admin/users/new': admin,
  'POST /admin/users/new': admin,
  'GET /admin/users/:id': admin,
  'POST /admin/users/:id': admin,
  // Resetting a lost authenticator app (ASVS 2.5.7).
  'POST /admin/users/:id/mfa-reset': admin,
  'GET /admin/agencies/new': admin,
  'POST /admin/agencies/new': admin,
  'GET /admin/teams/new': admin,
  'POST /admin/teams/new': admin,
  // JSON API v1: same policy, bearer tokens.
  'GET /api/v1/openapi.json': 'public',
  'GET /api/v1/mase/meetings': caseWorkers,
  'POST /api/v1/mase/meetings': roles('mase_coordinator'),
  'GET /api/v1/mase/meetings/:id': caseWorkers,
  'GET /api/v1/mase/agenda': roles('mase_coordinator'),
  'POST /api/v1/mase/meetings/:id/agenda': roles('mase_coordinator'),
  'POST /api/v1/mase/meetings/:id/actions': roles('mase_coordinator'),
  'GET /api/v1/mase/actions/:id': needToKnow,
  'PUT /api/v1/mase/actions/:id': (r, m) => (r === 'mase_coordinator' || (r === 'safeguarding_lead' && m) ? 'allow' : 'deny'),
  'GET /api/v1/orders': caseWorkers,
  'POST /api/v1/orders': caseWorkers,
  'GET /api/v1/orders/:id': needToKnow,
  'PUT /api/v1/orders/:id': needToKnow,
  'POST /api/v1/orders/:id/breaches': needToKnow,
  'GET /api/v1/children/:id/missing-episodes': members,
  'POST /api/v1/children/:id/missing-episodes': members,
  'GET /api/v1/missing-episodes/:id': contextReaders,
  'POST /api/v1/missing-episodes/:id/return': members,
  'POST /api/v1/missing-episodes/:id/rhi/assignment': oversight,
  'POST /api/v1/missing-episodes/:id/rhi/outcome': oversight,
  'GET /api/v1/return-home-interviews': caseWorkers,
  'POST /api/v1/children/search': caseWorkers,
  'POST /api/v1/adults/search': caseWorkers,
  'POST /api/v1/children': caseWorkers,
  'POST /api/v1/adults': caseWorkers,
  'GET /api/v1/children/:id': members,
  'GET /api/v1/adults/:id': members,
  'PUT /api/v1/children/:id': members,
  'GET /api/v1/children/:id/cases': members,
  'POST /api/v1/children/:id/cases': members,
  'GET /api/v1/children/:id/chronology': members,
  'POST /api/v1/children/:id/chronology': members,
  'GET /api/v1/children/:id/audit': membersOrAuditor,
  'POST /api/v1/cases/:id/screenings': members,
  'GET /api/v1/screenings/:id': members,
  'PUT /api/v1/screenings/:id/answers': members,
  'POST /api/v1/screenings/:id/override': members,
  'POST /api/v1/screenings/:id/decision': members,
  'GET /api/v1/referrals/:id': members,
  'POST /api/v1/referrals/:id/outcome': members,
  'GET /api/v1/framework': all,
  // Retention and legal holds (issue 8): administrators run them, auditors read them; subject access reports are for the
  // auditor and for safeguarding leads whose agency works with the record (core/policy).
  'GET /retention': roles('administrator', 'auditor'),
  'GET /retention/apply': admin,
  'POST /retention/apply': admin,
  'GET /retention/holds/new': admin,
  'POST /retention/holds': admin,
  'GET /retention/holds/:id': roles('administrator', 'auditor'),
  'POST /retention/holds/:id/lift': admin,
  'GET /subject-access': roles('auditor', 'safeguarding_lead'),
  'POST /subject-access': roles('auditor', 'safeguarding_lead'),
  'GET /people/:id/subject-access': (r, m) => (r === 'auditor' || (r === 'safeguarding_lead' && m) ? 'allow' : 'deny'),
};

const ROLES: Role[] = ['practitioner', 'safeguarding_lead', 'mase_coordinator', 'analyst', 'administrator', 'auditor'];
// A practitioner of the other agency, not on the child's team, who has used break-glass on the child's record.
const BREAK_GLASS = 'bg.practitioner';
// Break-glass opens the child's own record to a case worker for urgent care (core/policy: the person-scoped actions);
// it does not make them a partner of the panel, a lead of the case, or a reader of who viewed the record.
const OPENED_BY_BREAK_GLASS = new Set<Rule>([members, membersOrAuditor]);
// Also opened: the child's missing episodes and the orders that name the child, which are part of the child's record.
const ALSO_OPENED_BY_BREAK_GLASS = new Set([
  'GET /missing/:id',
  'GET /api/v1/missing-episodes/:id',
  'GET /orders/:id',
  'POST /orders/:id/status',
  'POST /orders/:id/breaches',
  'GET /api/v1/orders/:id',
  'PUT /api/v1/orders/:id',
  'POST /api/v1/orders/:id/breaches',
]);
// Not opened: the case team (a lead's decision) and an adult's record (the glass was broken on the child's only).
const NOT_OPENED_BY_BREAK_GLASS = new Set(['POST /cases/:id/team', 'GET /api/v1/adults/:id']);
const breakGlassRule = (route: string, rule: Exclude<Rule, 'public'>): Outcome =>
  NOT_OPENED_BY_BREAK_GLASS.has(route) ? 'deny' : ALSO_OPENED_BY_BREAK_GLASS.has(route) ? 'allow' : rule('practitioner', OPENED_BY_BREAK_GLASS.has(rule));

let t: TestDatabase;
let app: FastifyInstance;
let services: Services;
let base: string;
// The same world of records behind every route as the fuzz suite uses (test/fixtures/route-world.ts).
let world: RouteWorld;
const sessions = new Map<string, { cookie: string; csrf: string; token: string }>();
// What the run counted, for the benchmark (bench/authz.ts): the app's routes against the matrix's rows, and the IDOR
// probes sent, refused, and (must be 0) showing any of the child's record.
const counted = { appRoutes: 0, matrixRows: Object.keys(MATRIX).length, publicRows: 0, idorRequests: 0, idorRefused: 0, idorShownMarkers: 0 };
counted.publicRows = Object.values(MATRIX).filter((rule) => rule === 'public').length;
const figures = new TestFigures<typeof counted>('authorisation-matrix');

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date()), testConfig());
  world = await buildRouteWorld(t.store, services);
  expect((await services.reviews.get(world.ctxOf('home.safeguarding_lead'), world.ids.review)).status).toBe('done');
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  base = await listenLocal(app);
  const usernames: Record<string, string> = {
    ...Object.fromEntries(Object.entries(world.users).map(([k, u]) => [k, u.username])),
    [BREAK_GLASS]: world.ids.breakGlassUser,
  };
  for (const [key, username] of Object.entries(usernames)) {
    const { token } = await services.auth.signIn(username, 'correct horse battery staple');
    const res = await fetch(`${base}/account`, { headers: { cookie: `lantern_session=${token}` } });
    const csrfCookie = (res.headers.getSetCookie().find((c) => c.startsWith('_csrf=')) ?? '').split(';')[0] ?? '';
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
    const api = await services.auth.createApiToken(username, 'matrix', 1);
    sessions.set(key, { cookie: `lantern_session=${token}; ${csrfCookie}`, csrf, token: api.token });
  }
}, 120_000);

afterAll(async () => {
  figures.add(counted);
  figures.write();
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const concrete = (url: string): string => world.concrete(url);

async function outcome(method: string, url: string, key: string): Promise<{ outcome: Outcome | 'unexpected'; status: number }> {
  const s = sessions.get(key)!;
  const isApi = url.startsWith('/api/');
  const headers: Record<string, string> = isApi ? { authorization: `Bearer ${s.token}` } : { cookie: s.cookie };
  let body: string | undefined;
  if (method !== 'GET') {
    if (isApi) {
      headers['content-type'] = 'application/json';
      body = '{}';
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = `_csrf=${encodeURIComponent(s.csrf)}`;
    }
  }
  const res = await fetch(`${base}${concrete(url)}`, { method, headers, body, redirect: 'manual' });
  const location = res.headers.get('location') ?? '';
  if (res.status === 403) return { outcome: 'deny', status: 403 };
  if (res.status === 401 || location.startsWith('/sign-in') || res.status >= 500 || res.status === 404) return { outcome: 'unexpected', status: res.status };
  return { outcome: 'allow', status: res.status };
}

describe('authorisation matrix', () => {
  it('every route has a row, and every row is a route', () => {
    const routes = app.routeTable.filter(
      (r) => !r.url.startsWith('/assets/') && !r.url.startsWith('/public/') && r.url !== '*' && !r.url.startsWith('/api/v1/*'),
    );
    const keys = new Set(routes.map((r) => `${r.method} ${r.url}`));
    counted.appRoutes = keys.size;
    expect(
      [...keys].filter((k) => !(k in MATRIX)),
      'routes without a row in the authorisation matrix',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !keys.has(k)),
      'rows without a route',
    ).toEqual([]);
  });

  const cells = Object.entries(MATRIX).flatMap(([route, rule]) =>
    rule === 'public' ? [] : ROLES.flatMap((role) => [true, false].map((member) => ({ route, role, member, expected: rule(role, member) }))),
  );

  it.each(cells)('$route as $role (member: $member) -> $expected', async ({ route, role, member, expected }) => {
    const [method, url] = route.split(' ') as [string, string];
    const key = `${member ? 'home' : 'other'}.${role}`;
    const got = await outcome(method, url, key);
    expect(got, `${route} as ${key} returned ${got.status}`).toMatchObject({ outcome: expected });
  });

  // Break-glass, as a third column: the same routes for a practitioner outside the team who has broken the glass.
  const breakGlassCells = Object.entries(MATRIX).flatMap(([route, rule]) => (rule === 'public' ? [] : [{ route, expected: breakGlassRule(route, rule) }]));

  it.each(breakGlassCells)('$route with break-glass -> $expected', async ({ route, expected }) => {
    const [method, url] = route.split(' ') as [string, string];
    const got = await outcome(method, url, BREAK_GLASS);
    expect(got, `${route} with break-glass returned ${got.status}`).toMatchObject({ outcome: expected });
  });

  it('public pages need no sign-in', async () => {
    for (const url of ['/sign-in', '/health', '/help', '/help/language', '/api/v1/openapi.json']) {
      const res = await fetch(`${base}${url}`, { redirect: 'manual' });
      expect(res.status, url).toBe(200);
    }
  });

  it('signed-out requests to any other page go to sign-in', async () => {
    for (const [route, rule] of Object.entries(MATRIX)) {
      if (rule === 'public' || !route.startsWith('GET ')) continue;
      const url = concrete(route.slice(4));
      const res = await fetch(`${base}${url}`, { redirect: 'manual' });
      if (url.startsWith('/api/')) expect(res.status, url).toBe(401);
      else expect(res.headers.get('location') ?? '', url).toMatch(/^\/sign-in/);
    }
  });
});

// IDOR probes: every id in every URL swapped, one at a time, for an id that names no record, for the id of a record
// of another kind, and for a malformed id, by the team's own members (who may read the real record). Nothing may be
// served: the answer is 400, 403 or 404 (never 2xx, a redirect into the record, or 5xx), and no page or error names
// the child. Swapping in another agency's record of the same kind is the "non-member" column of the matrix above.
describe('IDOR probes', () => {
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const PROBERS = ['home.practitioner', 'home.safeguarding_lead', 'home.mase_coordinator', 'home.auditor'];
  const routes = Object.entries(MATRIX)
    .filter(([route, rule]) => rule !== 'public' && route.includes(':') && route !== 'GET /map/wards/:code')
    .map(([route]) => route);
  // What the child's record would show: none of it may appear in an answer to a probe.
  const MARKERS = ['Jonathan', 'Testcase', 'SC-000123', '943 476 5919', 'putting herself at risk'];

  it.each(routes)('%s', async (route) => {
    const [method, url] = route.split(' ') as [string, string];
    const real = concrete(url);
    const known = [world.child.id, world.kase.id, ...Object.values(world.ids)].filter((k) => /^[0-9a-f]{8}-/.test(k));
    const found = [...real.matchAll(UUID)].map((m) => m[0]);
    expect(found.length, `${route}: no id in ${real}`).toBeGreaterThan(0);
    for (const original of found) {
      const otherKind = known.find((k) => k !== original && !real.includes(k))!;
      for (const probe of [randomUUID(), otherKind, 'not-an-id']) {
        const probed = real.replace(original, probe);
        for (const key of PROBERS) {
          const s = sessions.get(key)!;
          const isApi = probed.startsWith('/api/');
          const headers: Record<string, string> = isApi ? { authorization: `Bearer ${s.token}` } : { cookie: s.cookie };
          let body: string | undefined;
          if (method !== 'GET') {
            headers['content-type'] = isApi ? 'application/json' : 'application/x-www-form-urlencoded';
            body = isApi ? '{}' : `_csrf=${encodeURIComponent(s.csrf)}`;
          }
          const res = await fetch(`${base}${probed}`, { method, headers, body, redirect: 'manual' });
          const text = await res.text();
          counted.idorRequests++;
          if ([400, 403, 404].includes(res.status)) counted.idorRefused++;
          if (MARKERS.some((m) => text.includes(m))) counted.idorShownMarkers++;
          expect([400, 403, 404], `${method} ${probed} as ${key} returned ${res.status}`).toContain(res.status);
          for (const m of MARKERS) expect(text, `${method} ${probed} as ${key} shows "${m}"`).not.toContain(m);
        }
      }
    }
  });
});
