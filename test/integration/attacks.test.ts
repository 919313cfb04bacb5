import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { csvField } from '../../src/services/stats.ts';
import { buildApp } from '../../src/web/app.ts';
import { changedTables, stateProbe, type StateProbe } from '../fixtures/db-state.ts';
import { rawProbeIn, SQL_PAYLOADS, stackTraceIn } from '../fixtures/hostile.ts';
import { buildRouteWorld, type RouteWorld, signInAs, type WebSession } from '../fixtures/route-world.ts';
import { childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// The attack suite (issue 8, "a suite of XSS, SQL-injection, CSRF and header checks, with results listed"), over real
// HTTP on 127.0.0.1. Stored payloads go into every kind of free text a page shows (names, notes, place labels, titles,
// agency, team and user names, uploaded review notes); then every page of the app is fetched, by a role that may see it,
// and checked. Each check records its result in test-results/security-checks.json; docs/security-tests.md lists them
// (a test below keeps the two in step). test/integration/web-security.test.ts covers the sign-in page's headers, the
// session cookie's flags on sign-in, one CSRF refusal, error pages and rate limiting; this file goes wider.

type Check = { id: string; check: string; how: string; test: string; result?: 'pass' | 'fail'; detail?: string };
const CHECKS: Check[] = [];
// bench/fuzz.ts points this at a file of its own.
const RESULTS_FILE = path.resolve(process.env['LANTERN_SECURITY_RESULTS'] || path.join(here, '../../test-results/security-checks.json'));

/** An `it` whose outcome is recorded under a check id. */
function check(id: string, title: string, how: string, fn: () => Promise<void>, timeout?: number): void {
  const c: Check = { id, check: title, how, test: `attacks > ${title}` };
  CHECKS.push(c);
  it(
    title,
    async () => {
      try {
        await fn();
        c.result = 'pass';
      } catch (e) {
        c.result = 'fail';
        c.detail = e instanceof Error ? e.message.slice(0, 500) : String(e);
        throw e;
      }
    },
    timeout,
  );
}

// Stored payloads. Each is tagged so a page can be searched for it, raw or escaped.
const P = {
  script: '<script>xss-probe()</script>',
  img: '"><img src=x onerror=xss()>',
  svg: '<svg onload=xss()>',
  tag: '<xss-probe>',
  js: 'javascript:xss()',
  quote: "'; xss(); //",
};
const PAYLOADS = Object.values(P);
const escapedScript = '&lt;script&gt;xss-probe()&lt;/script&gt;';
const JS_URL = /(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*javascript:/i;

let t: TestDatabase;
let app: FastifyInstance;
let secureApp: FastifyInstance;
let services: Services;
let w: RouteWorld;
let probe: StateProbe;
let base: string;
let secureBase: string;
const sessions = new Map<string, WebSession>();
const ROLES = ['home.practitioner', 'home.safeguarding_lead', 'home.mase_coordinator', 'home.administrator', 'home.auditor', 'home.analyst'];
const ids = { payloadChild: '', payloadEntry: '', payloadPlace: '', payloadItem: '', payloadAction: '', payloadMeeting: '', payloadOrder: '', review: '' };
type Page = { route: string; url: string; role: string; status: number; headers: Headers; body: string };
const pages: Page[] = [];

const listen = async (a: FastifyInstance) => {
  return listenLocal(a);
};

/** Runs `task` over `items`, a few at a time (the server handles requests concurrently; the checks do not depend on order). */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>, width = 6): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** A GET with the path sent byte for byte (no URL normalisation), for the path-traversal check. */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const get = (url: string, key?: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${url}`, { redirect: 'manual', headers: { ...(key ? { cookie: sessions.get(key)!.cookie } : {}), ...headers } });

const apiSearch = (criteria: Record<string, string>) =>
  fetch(`${base}/api/v1/children/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sessions.get('home.practitioner')!.bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify(criteria),
  });

const postForm = (url: string, cookie: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${base}${url}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });

async function storePayloads(): Promise<void> {
  const kw = w.ctxOf('home.practitioner');
  const admin = w.ctxOf('home.administrator');
  const coordinator = w.ctxOf('home.mase_coordinator');
  // A child whose every name and free-text field is a payload, with a case so the team can see it.
  const child = await services.people.create(
    kw,
    childInput({
      names: [
        { kind: 'legal', given: P.script, family: P.img },
        { kind: 'nickname', given: P.svg, family: P.tag },
        { kind: 'alias', given: P.js, family: P.quote },
      ],
      school: P.img,
      nhsNumber: '',
      identifiers: [{ kind: 'social_care_ref', value: P.js }],
    }),
  );
  ids.payloadChild = child.id;
  await services.cases.open(kw, child.id, { leadAgencyId: w.home.id, keyWorkerId: w.users['home.practitioner']!.id, summary: P.script });
  const entry = await services.chronology.add(kw, child.id, {
    kind: 'note',
    occurredAt: '2026-01-07',
    summary: P.img,
    detail: `${P.script} She keeps putting herself at risk. ${P.svg}`,
  });
  ids.payloadEntry = entry.id;
  const place = await services.network.capture(kw, entry.id, {
    kind: 'location',
    label: P.script,
    locationType: 'hotel',
    linkType: 'stayed_at',
    confidence: 'reported',
    description: P.img,
  });
  ids.payloadPlace = place.entityId;
  await services.network.capture(kw, entry.id, { kind: 'person', name: P.svg, linkType: 'seen_with', confidence: 'reported', description: P.tag });
  await services.network.capture(kw, entry.id, { kind: 'phone', phone: '07700 900999', linkType: 'called', confidence: 'reported', description: P.js });
  await services.contexts.refer(kw, { entityId: place.entityId, reason: P.script });
  await services.missing.record(kw, child.id, {
    reportedAt: '2026-01-08T21:00',
    reportedBy: P.img,
    missingFrom: 'other',
    missingFromDetail: P.script,
    policeRisk: 'low',
  });
  ids.payloadOrder = (
    await services.orders.record(kw, {
      kind: 'licensing_review',
      status: 'applied',
      subjectEntityId: place.entityId,
      startsOn: '2026-01-09',
      notes: P.script,
      reference: P.img,
    })
  ).id;
  ids.payloadMeeting = (await services.mase.create(coordinator, { heldOn: '2026-01-12', title: P.script })).id;
  ids.payloadItem = (
    await services.mase.addItem(coordinator, ids.payloadMeeting, { kind: 'location', entityId: place.entityId, title: P.img, reason: P.svg })
  ).itemId;
  ids.payloadAction = (
    await services.mase.addAction(coordinator, ids.payloadMeeting, {
      type: 'licensing_review',
      description: P.script,
      agendaItemId: ids.payloadItem,
      ownerAgency: w.home.id,
      dueOn: '2026-01-30',
    })
  ).actionId;
  await services.admin.addAgency(admin, { name: P.script, kind: 'health' });
  await services.admin.addTeam(admin, { name: P.img, agencyId: w.home.id });
  await services.admin.addUser(admin, { username: 'xss.user', displayName: P.svg, email: '', agencyId: w.home.id, role: 'practitioner', password: PASSWORD });
  // Uploaded notes whose reference, agency and text are payloads: the review report must escape them.
  const upload = path.join(os.tmpdir(), `lantern-attacks-${randomUUID()}.csv`);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  fs.writeFileSync(
    upload,
    `person_ref,date,agency,author_role,text\n${q(P.script)},2023-03-02,${q(P.img)},${q(P.svg)},${q(`Went missing overnight. ${P.tag} She is putting herself at risk.`)}\n`,
  );
  ids.review = (
    await services.reviews.start(w.ctxOf('home.safeguarding_lead'), { fileName: `${P.tag}.csv`, path: upload, bytes: fs.statSync(upload).size })
  ).id;
  await services.reviews.settled();
}

// Every GET page of the app, fetched once by the first role that may see it (the payload records where a route takes
// an id of that kind, else the world's).
async function crawl(): Promise<void> {
  const concrete = (url: string) =>
    w.concrete(
      url
        .replace('/people/:id', `/people/${ids.payloadChild}`)
        .replace('/chronology/:id', `/chronology/${ids.payloadEntry}`)
        .replace('/mase/meetings/:id', `/mase/meetings/${ids.payloadMeeting}`)
        .replace('/mase/items/:id', `/mase/items/${ids.payloadItem}`)
        .replace('/mase/actions/:id', `/mase/actions/${ids.payloadAction}`)
        .replace('/mase/places/:id', `/mase/places/${ids.payloadPlace}`)
        .replace('/mase/children/:id', `/mase/children/${ids.payloadChild}`)
        .replace('/orders/:id', `/orders/${ids.payloadOrder}`)
        .replace('/reviews/:id', `/reviews/${ids.review}`),
    );
  const routes = app.routeTable.filter((r) => r.method === 'GET' && !/^\/(assets|public)\//.test(r.url) && r.url !== '*' && !r.url.startsWith('/api/v1/*'));
  for (const r of routes) {
    const url = r.url.startsWith('/api/') ? w.concrete(r.url) : concrete(r.url);
    for (const role of ROLES) {
      const headers: Record<string, string> = url.startsWith('/api/')
        ? { authorization: `Bearer ${sessions.get(role)!.bearer}` }
        : { cookie: sessions.get(role)!.cookie };
      const res = await fetch(`${base}${url}`, { redirect: 'manual', headers });
      if (res.status === 403 || res.status === 404) {
        await res.arrayBuffer();
        continue;
      }
      pages.push({ route: `GET ${r.url}`, url, role, status: res.status, headers: res.headers, body: await res.text() });
      break;
    }
  }
}

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date('2026-01-15T10:00:00Z')), testConfig());
  w = await buildRouteWorld(t.store, services);
  await storePayloads();
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1_000_000, logLevel: 'silent' });
  secureApp = await buildApp({ services, databaseKind: t.kind, cookieSecure: true, signInRatePerMinute: 1_000_000, logLevel: 'silent' });
  base = await listen(app);
  secureBase = await listen(secureApp);
  for (const key of [...ROLES, 'other.practitioner']) sessions.set(key, await signInAs(app, services, key));
  await crawl();
  probe = await stateProbe(t.pool);
}, 180_000);

afterAll(async () => {
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ checks: CHECKS.map((c) => ({ ...c, result: c.result ?? 'not run' })) }, null, 2)}\n`);
  for (const a of [ifSet(app), ifSet(secureApp)]) {
    a?.server.closeAllConnections();
    await a?.close();
  }
  await ifSet(t)?.close();
});

const htmlPages = () => pages.filter((p) => (p.headers.get('content-type') ?? '').startsWith('text/html'));
const mutating = () => app.routeTable.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/'));
/** A route pattern as an address for the CSRF checks (ids of the world's records). */
const target = (url: string) => w.concrete(url.replace('/screenings/:id', `/screenings/${w.ids.undecided}`));

describe('attacks', () => {
  it('crawled every page of the app', () => {
    const routes = app.routeTable.filter((r) => r.method === 'GET' && !/^\/(assets|public)\//.test(r.url) && r.url !== '*' && !r.url.startsWith('/api/v1/*'));
    const missed = routes.filter((r) => !pages.some((p) => p.route === `GET ${r.url}`)).map((r) => r.url);
    expect(pages.length, `${pages.length} of ${routes.length} pages fetched; refused to every role: ${missed.join(', ')}`).toBeGreaterThan(routes.length * 0.9);
    expect(pages.filter((p) => p.status >= 500).map((p) => `${p.route} ${p.status}`)).toEqual([]);
  });

  // --- XSS ---------------------------------------------------------------------------------------------------------

  check(
    'XSS-STORED',
    'stored XSS: payloads in names, notes, place labels, titles and agency, team and user names are escaped on every page',
    'Payloads stored through the services; every GET page fetched by a role that may see it; no payload appears unescaped, and the record page, search results, network page and MASE pages show the escaped text',
    async () => {
      const bad = htmlPages().flatMap((p) => PAYLOADS.filter((x) => /[<>"]/.test(x) && p.body.includes(x)).map((x) => `${p.route}: ${x}`));
      expect(bad).toEqual([]);
      expect(
        htmlPages()
          .filter((p) => rawProbeIn(p.body))
          .map((p) => p.route),
      ).toEqual([]);
      for (const route of ['GET /people/:id', 'GET /people/:id/network', 'GET /mase/meetings/:id', 'GET /mase/places/:id', 'GET /chronology/:id/capture'])
        expect(pages.find((p) => p.route === route)?.body, route).toContain(escapedScript);
      // Search results: the payload child found by its (payload) reference, its names shown escaped.
      const s = sessions.get('home.practitioner')!;
      const search = await (await postForm('/search', s.cookie, { _csrf: s.csrf, reference: P.js })).text();
      expect(search).toContain(escapedScript);
      expect(PAYLOADS.filter((x) => /[<>"]/.test(x) && search.includes(x))).toEqual([]);
    },
  );

  check(
    'XSS-JS-URL',
    'no javascript: URL in any link, source or form action',
    'Every crawled page searched for href/src/action/data attributes starting with javascript: (a stored identifier and an alias are javascript: URLs)',
    async () => {
      expect(
        htmlPages()
          .filter((p) => JS_URL.test(p.body))
          .map((p) => p.route),
      ).toEqual([]);
    },
  );

  check(
    'XSS-SCRIPT-NONCE',
    'every script element on every page carries the response’s CSP nonce',
    'Every crawled HTML page: each <script> tag has nonce="…" equal to the nonce in its Content-Security-Policy',
    async () => {
      const bad = htmlPages().flatMap((p) => {
        const nonce = /'nonce-([^']+)'/.exec(p.headers.get('content-security-policy') ?? '')?.[1];
        return (p.body.match(/<script\b[^>]*>/gi) ?? []).filter((s) => !nonce || !s.includes(`nonce="${nonce}"`)).map((s) => `${p.route}: ${s}`);
      });
      expect(bad).toEqual([]);
    },
  );

  check(
    'XSS-JSON',
    'JSON responses holding stored payloads are served as JSON, never as HTML',
    'network.json, the map data, the review report.json and API reads: Content-Type application/json with X-Content-Type-Options nosniff',
    async () => {
      const json = pages.filter((p) => p.url.endsWith('.json') || p.url.startsWith('/api/'));
      expect(json.length).toBeGreaterThan(5);
      const bad = json.filter(
        (p) =>
          p.status === 200 &&
          (!/^application\/(geo\+)?json/.test(p.headers.get('content-type') ?? '') || p.headers.get('x-content-type-options') !== 'nosniff'),
      );
      expect(bad.map((p) => `${p.route} ${p.headers.get('content-type') ?? ''}`)).toEqual([]);
      expect(pages.find((p) => p.route === 'GET /people/:id/network.json')?.body).toContain('xss-probe');
    },
  );

  check(
    'XSS-REPORT',
    'the review report escapes uploaded notes and allows no script',
    'A review of notes whose reference, agency, role and text are payloads; report.html has no raw payload and its own CSP has no script source',
    async () => {
      const report = pages.find((p) => p.route === 'GET /reviews/:id/report')!;
      expect(report.status).toBe(200);
      expect(rawProbeIn(report.body)).toBe(false);
      expect(PAYLOADS.filter((x) => /[<>"]/.test(x) && report.body.includes(x))).toEqual([]);
      const csp = report.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src/);
    },
  );

  check(
    'XSS-REFLECTED',
    'reflected XSS: payloads in the query string are escaped on every page',
    'Every GET page fetched again with each payload in q, name, kind, hops, types, from, to, agencyId, entityId, timeout, saved and created',
    async () => {
      const keys = ['q', 'name', 'kind', 'hops', 'types', 'from', 'to', 'agencyId', 'entityId', 'timeout', 'saved', 'created', 'dateOfBirth', 'reference'];
      const bad: string[] = [];
      await inParallel(
        htmlPages().flatMap((p) => [P.script, P.img].map((x) => ({ p, x }))),
        async ({ p, x }) => {
          const query = keys.map((k) => `${k}=${encodeURIComponent(x)}`).join('&');
          const res = await get(`${p.url}${p.url.includes('?') ? '&' : '?'}${query}`, p.role);
          const body = await res.text();
          if (res.status >= 500) bad.push(`${p.route}: ${res.status}`);
          if (body.includes(x) || rawProbeIn(body)) bad.push(`${p.route}: ${x}`);
        },
      );
      expect(bad).toEqual([]);
    },
    120_000,
  );

  check(
    'CSV-FORMULA',
    'CSV exports cannot carry a spreadsheet formula',
    'csvField on =HYPERLINK, +, -, @, tab and carriage-return payloads; the partner pack CSV fetched and every cell checked',
    async () => {
      for (const x of ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=cmd|" /C calc"!A0'])
        expect(csvField(x).replace(/^"/, '')).toMatch(/^'/);
      const res = await get('/stats/partner-pack.csv', 'home.safeguarding_lead');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const cells = (await res.text())
        .replace(/^\uFEFF/, '')
        .split(/\r\n/)
        .flatMap((line) => line.split(','));
      expect(cells.filter((c) => /^"?[=+\-@\t\r]/.test(c))).toEqual([]);
    },
  );

  // --- SQL injection -------------------------------------------------------------------------------------------------

  check(
    'SQLI-SEARCH',
    'SQL injection in search: 4xx or no results, never 5xx, tables intact',
    'Each SQL payload (quotes, unicode quotes, comments, stacked queries, UNION) in name, date of birth, NHS number and reference, in the search form (posted, and as a query string) and the API search; other children never listed; row counts unchanged',
    async () => {
      const before = await probe.snapshot();
      for (const x of SQL_PAYLOADS) {
        for (const k of ['name', 'dateOfBirth', 'nhsNumber', 'reference']) {
          const s = sessions.get('home.practitioner')!;
          for (const page of [
            await get(`/search?${k}=${encodeURIComponent(x)}`, 'home.practitioner'),
            await postForm('/search', s.cookie, { _csrf: s.csrf, [k]: x }),
          ]) {
            const html = await page.text();
            expect(page.status, `${k}=${x}`).toBeLessThan(500);
            expect(html, `${k}=${x}`).not.toMatch(/Testcase|Samira/);
            expect(stackTraceIn(html)).toBeNull();
          }
          const api = await apiSearch({ [k]: x });
          const body = await api.text();
          expect(api.status, `api ${k}=${x}`).toBeLessThan(500);
          expect(body, `api ${k}=${x}`).not.toMatch(/Testcase|Samira/);
        }
      }
      expect(changedTables(before, await probe.snapshot())).toEqual([]);
    },
    120_000,
  );

  check(
    'SQLI-FILTERS',
    'SQL injection in filters and list parameters: never 5xx, tables intact',
    'Each SQL payload in the filters of the record, network, audit, unusual-access, map, missing and orders pages and the API lists',
    async () => {
      const before = await probe.snapshot();
      const urls = [
        (x: string) => `/people/${w.child.id}?kind=${x}&agencyId=${x}`,
        (x: string) => `/people/${w.child.id}/network?hops=${x}&types=${x}&confidence=${x}&from=${x}&to=${x}`,
        (x: string) => `/audit?before=${x}`,
        (x: string) => `/audit?user=${x}&before=${x}`,
        (x: string) => `/oversight/access?from=${x}&to=${x}&agency=${x}`,
        (x: string) => `/missing?status=${x}`,
        (x: string) => `/orders?kind=${x}&status=${x}`,
        (x: string) => `/map/data.json?layer=${x}&from=${x}`,
      ];
      for (const x of SQL_PAYLOADS.map(encodeURIComponent)) {
        for (const u of urls) {
          const role = /^\/(audit|oversight)/.test(u(x)) ? 'home.auditor' : 'home.practitioner';
          const res = await get(u(x), role);
          expect(res.status, u(x)).toBeLessThan(500);
          expect(stackTraceIn(await res.text())).toBeNull();
        }
        for (const api of [
          `/api/v1/orders?status=${x}`,
          `/api/v1/return-home-interviews?status=${x}`,
          `/api/v1/children/${w.child.id}/chronology?kind=${x}`,
          `/api/v1/framework?version=${x}`,
        ]) {
          const res = await fetch(`${base}${api}`, { headers: { authorization: `Bearer ${sessions.get('home.practitioner')!.bearer}` } });
          expect(res.status, api).toBeLessThan(500);
          expect(stackTraceIn(await res.text())).toBeNull();
        }
      }
      expect(changedTables(before, await probe.snapshot())).toEqual([]);
    },
    120_000,
  );

  check(
    'SQLI-IDS',
    'SQL injection in ids: every id in every path answers 4xx',
    'Each SQL payload as the id of every web and API route that takes one',
    async () => {
      const before = await probe.snapshot();
      const routes = app.routeTable.filter((r) => r.method === 'GET' && r.url.includes(':id'));
      // The emergency-access page is a form that loads nothing by its id (the post checks it): it may answer 200.
      const formOnly = new Set(['/people/:id/break-glass']);
      const bad: string[] = [];
      for (const x of SQL_PAYLOADS) {
        for (const r of routes) {
          const url = r.url.replace(':id', encodeURIComponent(x).replace(/\./g, '%2E')).replace(':breachId', encodeURIComponent(x));
          const headers: Record<string, string> = url.startsWith('/api/')
            ? { authorization: `Bearer ${sessions.get('home.practitioner')!.bearer}` }
            : { cookie: sessions.get('home.practitioner')!.cookie };
          const res = await fetch(`${base}${url}`, { redirect: 'manual', headers });
          const body = await res.text();
          const ok = res.status < 500 && (res.status >= 400 || formOnly.has(r.url)) && stackTraceIn(body) === null && !/Testcase|Samira/.test(body);
          if (!ok) bad.push(`${r.url} with ${x}: ${res.status}`);
        }
      }
      expect(bad).toEqual([]);
      expect(changedTables(before, await probe.snapshot())).toEqual([]);
    },
    180_000,
  );

  check('SQLI-TIMING', 'time-based SQL injection has no effect', 'pg_sleep(5) payloads in search and the API answer in well under 5 seconds', async () => {
    for (const x of ["x' || pg_sleep(5) || '", "'; select pg_sleep(5); --", '1) or pg_sleep(5)--']) {
      const t0 = performance.now();
      const s = sessions.get('home.practitioner')!;
      await (await postForm('/search', s.cookie, { _csrf: s.csrf, name: x })).text();
      await (await apiSearch({ name: x })).text();
      expect(performance.now() - t0, x).toBeLessThan(4_000);
    }
  });

  check(
    'PII-URL',
    'search criteria in a web address are not searched',
    'GET /search with a child’s name, date of birth, NHS number or reference in the query string shows the empty form and a notice, lists no one and echoes nothing back; the form posts',
    async () => {
      for (const [k, v] of [
        ['name', 'Testcase'],
        ['dateOfBirth', '2012-05-04'],
        ['nhsNumber', '9434765919'],
        ['reference', 'SC-404'],
      ] as const) {
        const res = await get(`/search?${k}=${encodeURIComponent(v)}`, 'home.practitioner');
        const html = await res.text();
        expect(res.status, k).toBe(200);
        expect(html, k).toContain('Lantern does not search from a web address');
        expect(html, k).not.toContain(v);
        expect(html, k).not.toMatch(/matches?<\/h2>/);
      }
      const s = sessions.get('home.practitioner')!;
      const posted = await (await postForm('/search', s.cookie, { _csrf: s.csrf, name: 'Testcase' })).text();
      expect(posted).toMatch(/[1-9]\d* match(es)?<\/h2>/);
      expect(posted).toContain('Testcase');
      expect(posted).toContain('<form method="post" action="/search"');
    },
  );

  // --- CSRF --------------------------------------------------------------------------------------------------------

  async function refusedEverywhere(label: string, send: (url: string, route: string) => Promise<Response>) {
    const before = await probe.snapshot();
    const bad: string[] = [];
    for (const r of mutating()) {
      const res = await send(target(r.url), r.url);
      await res.arrayBuffer();
      if (res.status !== 403) bad.push(`${r.url}: ${res.status}`);
    }
    expect(bad, label).toEqual([]);
    expect(changedTables(before, await probe.snapshot())).toEqual([]);
  }

  check(
    'CSRF-NO-TOKEN',
    'CSRF: every state-changing form refuses a post without a token',
    'Every POST route of the web app, with a signed-in session (and its CSRF cookie) but no _csrf field: 403, nothing changed',
    async () => {
      const s = sessions.get('home.safeguarding_lead')!;
      await refusedEverywhere('no token', (url) => postForm(url, s.cookie, { reason: 'x' }));
    },
    60_000,
  );

  check(
    'CSRF-OTHER-SESSION',
    'CSRF: a token from another session is refused',
    'Every POST route, with one user’s cookies and another user’s valid token: 403, nothing changed',
    async () => {
      const s = sessions.get('home.safeguarding_lead')!;
      const other = sessions.get('other.practitioner')!;
      await refusedEverywhere('other session', (url) => postForm(url, s.cookie, { _csrf: other.csrf, reason: 'x' }));
    },
    60_000,
  );

  check(
    'CSRF-CROSS-SITE',
    'CSRF: a cross-site post is refused, and the cookies are not sent cross-site',
    'Every POST route with Origin and Referer of another site and the session cookie but no token: 403, nothing changed; the session cookie is SameSite=Lax and the CSRF cookie SameSite=Strict, so a browser sends neither on a cross-site post',
    async () => {
      const s = sessions.get('home.safeguarding_lead')!;
      const session = s.cookie.split('; ').find((c) => c.startsWith('lantern_session='))!;
      await refusedEverywhere('cross-site', (url) =>
        postForm(url, session, { reason: 'x' }, { origin: 'https://evil.example', referer: 'https://evil.example/attack' }),
      );
      const signIn = await fetch(`${base}/sign-in`);
      const csrfCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('_csrf='))!;
      expect(csrfCookie).toMatch(/SameSite=Strict/i);
      expect(csrfCookie).toMatch(/HttpOnly/i);
    },
    60_000,
  );

  check(
    'CSRF-MULTIPART',
    'CSRF: the upload form checks its token before any of the file is stored',
    'A multipart review upload with no _csrf field, and with the token after the file: 403, no job created',
    async () => {
      const s = sessions.get('home.safeguarding_lead')!;
      const before = await probe.snapshot();
      for (const withLateToken of [false, true]) {
        const form = new FormData();
        form.append('file', new Blob(['person_ref,date,text\nSYN-1,2026-01-01,Seen\n'], { type: 'text/csv' }), 'notes.csv');
        if (withLateToken) form.append('_csrf', s.csrf);
        const res = await fetch(`${base}/reviews`, { method: 'POST', redirect: 'manual', headers: { cookie: s.cookie }, body: form });
        await res.arrayBuffer();
        expect(res.status, `late token: ${String(withLateToken)}`).toBe(403);
      }
      expect(changedTables(before, await probe.snapshot())).toEqual([]);
    },
  );

  // --- headers -----------------------------------------------------------------------------------------------------

  check(
    'HDR-CSP',
    'every page sends a Content-Security-Policy with a script nonce and no unsafe-inline script',
    'Every crawled HTML page: script-src has a nonce and no unsafe-inline (or, for the review report, no script source at all), object-src none, base-uri none, frame-ancestors none',
    async () => {
      const bad = htmlPages().filter((p) => {
        const csp = p.headers.get('content-security-policy') ?? '';
        const script = /script-src ([^;]*)/.exec(csp)?.[1];
        const scriptOk = script === undefined ? /default-src 'none'/.test(csp) : /'nonce-/.test(script) && !script.includes('unsafe-inline');
        return !scriptOk || !/frame-ancestors 'none'/.test(csp) || !/base-uri 'none'/.test(csp) || (script !== undefined && !/object-src 'none'/.test(csp));
      });
      expect(bad.map((p) => `${p.route}: ${p.headers.get('content-security-policy') ?? 'none'}`)).toEqual([]);
    },
  );

  check(
    'HDR-HARDENING',
    'every response: nosniff, no framing, no referrer, no X-Powered-By',
    'Every crawled response: X-Content-Type-Options nosniff, X-Frame-Options SAMEORIGIN or DENY (with CSP frame-ancestors none), Referrer-Policy no-referrer, no X-Powered-By or Server version',
    async () => {
      const bad = pages.filter(
        (p) =>
          p.headers.get('x-content-type-options') !== 'nosniff' ||
          !/^(DENY|SAMEORIGIN)$/i.test(p.headers.get('x-frame-options') ?? '') ||
          p.headers.get('referrer-policy') !== 'no-referrer' ||
          p.headers.has('x-powered-by') ||
          /\d/.test(p.headers.get('server') ?? ''),
      );
      expect(bad.map((p) => p.route)).toEqual([]);
    },
  );

  check(
    'HDR-NO-STORE',
    'pages and data with personal data are never cached',
    'Every crawled response to a signed-in user (pages, JSON, the CSV export, the review report, the API): Cache-Control no-store; only /health and the published ward boundaries may be cached',
    async () => {
      const published = new Set(['GET /health', 'GET /map/wards.geojson']);
      const bad = pages.filter((p) => p.status === 200 && !published.has(p.route) && !(p.headers.get('cache-control') ?? '').includes('no-store'));
      expect(bad.map((p) => p.route)).toEqual([]);
    },
  );

  check(
    'HDR-HSTS',
    'HSTS is sent when cookies are secure',
    'The app built with secure cookies (as behind TLS): Strict-Transport-Security with max-age of at least a year and includeSubDomains',
    async () => {
      const res = await fetch(`${secureBase}/sign-in`);
      const hsts = res.headers.get('strict-transport-security') ?? '';
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0)).toBeGreaterThanOrEqual(31_536_000);
      expect(hsts).toMatch(/includeSubDomains/i);
    },
  );

  check(
    'COOKIE-FLAGS',
    'cookies are HttpOnly and SameSite, and Secure when configured',
    'Sign in through the form on the app with secure cookies and on the default app: the session and CSRF cookies are HttpOnly and SameSite; Secure only on the secure app',
    async () => {
      for (const [origin, secure] of [
        [secureBase, true],
        [base, false],
      ] as const) {
        const page = await fetch(`${origin}/sign-in`);
        const cookie = page.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
        const res = await fetch(`${origin}/sign-in`, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, username: 'other.auditor', password: PASSWORD }).toString(),
        });
        expect(res.status).toBe(303);
        const set = [...page.headers.getSetCookie(), ...res.headers.getSetCookie()];
        // Declared secure, the cookies carry the __Host- prefix (ASVS 3.4.4: Secure, Path=/, no Domain).
        for (const name of secure ? ['__Host-lantern_session=', '__Host-_csrf='] : ['lantern_session=', '_csrf=']) {
          const c = set.find((x) => x.startsWith(name))!;
          if (secure) expect(c, name).toMatch(/;\s*Path=\/(;|$)/i);
          expect(c, name).not.toMatch(/;\s*Domain=/i);
          expect(c, name).toMatch(/HttpOnly/i);
          expect(c, name).toMatch(/SameSite=(Lax|Strict)/i);
          if (secure) expect(c, name).toMatch(/;\s*Secure/i);
          else expect(c, name).not.toMatch(/;\s*Secure/i);
        }
      }
    },
  );

  // --- redirects, traversal, sizes -----------------------------------------------------------------------------------

  check(
    'REDIRECT-OPEN',
    'no open redirect through a return-to parameter',
    'Every GET route and the sign-in post with returnTo, return_to, next, redirect and url set to another site (absolute, protocol-relative, backslash and javascript: forms): no Location leaves the site',
    async () => {
      const targets = ['https://evil.example/x', '//evil.example/x', '/\\evil.example/x', 'javascript:alert(1)', 'http:evil.example'];
      const bad: string[] = [];
      const offSite = (location: string) => {
        if (!location) return false;
        if (/^javascript:/i.test(location.trim())) return true;
        return new URL(location, base).origin !== base;
      };
      await inParallel(
        pages.filter((p) => !p.url.startsWith('/api/')).flatMap((p) => targets.map((x) => ({ p, x }))),
        async ({ p, x }) => {
          const query = ['returnTo', 'return_to', 'next', 'redirect', 'url'].map((k) => `${k}=${encodeURIComponent(x)}`).join('&');
          const res = await get(`${p.url}${p.url.includes('?') ? '&' : '?'}${query}`, p.role);
          await res.arrayBuffer();
          if (offSite(res.headers.get('location') ?? '')) bad.push(`${p.route} -> ${res.headers.get('location') ?? ''}`);
        },
      );
      for (const x of targets) {
        const page = await fetch(`${base}/sign-in?returnTo=${encodeURIComponent(x)}&next=${encodeURIComponent(x)}`);
        const cookie = page.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
        const res = await postForm(`/sign-in?returnTo=${encodeURIComponent(x)}&next=${encodeURIComponent(x)}`, cookie, {
          _csrf: csrf,
          username: 'other.auditor',
          password: PASSWORD,
          returnTo: x,
          next: x,
        });
        await res.arrayBuffer();
        if (offSite(res.headers.get('location') ?? '')) bad.push(`POST /sign-in -> ${res.headers.get('location') ?? ''}`);
      }
      expect(bad).toEqual([]);
    },
    120_000,
  );

  check(
    'PATH-TRAVERSAL',
    'static files cannot be used to read other files',
    'Dot-dot, encoded, double-encoded, backslash and NUL paths under every static prefix: 4xx, and no file from outside the asset folders (package.json, /etc/passwd, source) is returned',
    async () => {
      const prefixes = ['/assets/', '/public/govuk/', '/public/moj/', '/public/lantern/'];
      const tricks = [
        '../../../../package.json',
        '..%2f..%2f..%2f..%2fpackage.json',
        '%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json',
        '%252e%252e%252f%252e%252e%252fpackage.json',
        '..\\..\\..\\..\\package.json',
        '....//....//....//package.json',
        '../../../../../../../../etc/passwd',
        '%2e%2e%5c%2e%2e%5c%2e%2e%5cpackage.json',
        'x%00.css',
        '../../../../src/config.ts',
        '/etc/passwd',
      ];
      const bad: string[] = [];
      for (const prefix of prefixes) {
        for (const trick of tricks) {
          // fetch would resolve the dot segments itself: send the path exactly as written.
          const res = await rawGet(`${prefix}${trick}`);
          if (res.status >= 500 || res.status < 400 || /"name":\s*"lantern"|root:x:0:|process\.env|DATABASE_URL/.test(res.body))
            bad.push(`${prefix}${trick}: ${res.status}`);
        }
      }
      expect(bad).toEqual([]);
      // The assets themselves are served.
      expect((await rawGet('/public/govuk/govuk-frontend.min.css')).status).toBe(200);
    },
  );

  check(
    'BODY-LIMITS',
    'oversize and malformed bodies are refused without harm',
    'A 1.1 MB form post: 413 and nothing changed; a 1.1 MB API body: 413 `too_large`; JSON nested 10,000 deep: 400; a 20 KB header: 431',
    async () => {
      const s = sessions.get('home.practitioner')!;
      const before = await probe.snapshot();
      const big = await postForm('/people/new?kind=child', s.cookie, { _csrf: s.csrf, 'names-0-given': 'x'.repeat(1_100_000) });
      expect(big.status).toBe(413);
      expect(stackTraceIn(await big.text())).toBeNull();
      const api = await fetch(`${base}/api/v1/children`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ school: 'x'.repeat(1_100_000) }),
      });
      expect(api.status).toBe(413);
      expect(await api.json()).toMatchObject({ error: 'too_large' });
      const deep = await fetch(`${base}/api/v1/children`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.bearer}`, 'content-type': 'application/json' },
        body: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      });
      expect(deep.status).toBe(400);
      const formJson = await fetch(`${base}/people/new?kind=child`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: s.cookie, 'content-type': 'application/json' },
        body: '[]'.repeat(5),
      });
      expect(formJson.status).toBe(415);
      const header = await fetch(`${base}/sign-in`, { headers: { 'x-filler': 'x'.repeat(20_000) } }).catch(() => null);
      if (header) expect(header.status).toBe(431);
      expect(changedTables(before, await probe.snapshot())).toEqual([]);
    },
  );

  it('docs/security-tests.md lists every check of this suite, and no other', () => {
    const doc = fs.readFileSync(path.resolve(here, '../../docs/security-tests.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `([A-Z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });
});
