import type { FastifyInstance } from 'fastify';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/audit/unusual-access.ts';
import { dailyAccessQuery } from '../../src/db/repositories/audit.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { listenLocal } from '../setup/listen.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Unusual access to records (insider browsing; docs/security.md "What to fix" 2): the report an auditor, or a lead for
// their own agency, reads at /oversight/access. Built from real service calls over four weeks of synthetic work.

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

// "Today" in the tests: Friday 27 November 2026. The default window is the 14 days to today (14 to 27 November).
const TODAY = '2026-11-27';
const BROWSING_DAY = '2026-11-26';
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);
const weekday = (day: string) => ![0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
// What a child's record would show: none of it may be on the report.
const MARKERS = ['Jonathan', 'Testcase', 'SC-000123', '943 476 5919', 'Browsed', 'Usual'];

const homeRecords: string[] = [];
const otherRecords: string[] = [];

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(at('2026-10-26', '08:00'));
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  const ctx = world.ctxOf;

  // Monday 2 November: the home practitioner records 45 children (a day of data entry, outside the default window), and
  // the other agency's practitioner records the 3 children of their caseload.
  clock.set(at('2026-11-02'));
  for (let i = 0; i < 45; i++) {
    homeRecords.push(
      (
        await services.people.create(
          ctx('home.practitioner'),
          childInput({ names: [{ kind: 'legal', given: 'Browsed', family: `Child${i}` }], nhsNumber: '', identifiers: [] }),
        )
      ).id,
    );
  }
  for (let i = 0; i < 3; i++) {
    otherRecords.push(
      (
        await services.people.create(
          ctx('other.practitioner'),
          childInput({ names: [{ kind: 'legal', given: 'Usual', family: `Child${i}` }], nhsNumber: '', identifiers: [] }),
        )
      ).id,
    );
  }
  // Three weeks of ordinary work: 2 records a weekday for the home practitioner, 3 for the other agency's.
  for (let day = '2026-11-03'; day <= '2026-11-25'; day = addDays(day, 1)) {
    if (!weekday(day)) continue;
    clock.set(at(day));
    for (const id of homeRecords.slice(0, 2)) await services.people.view(ctx('home.practitioner'), id);
    for (const id of otherRecords) await services.people.view(ctx('other.practitioner'), id);
  }
  // Thursday 26 November: the home practitioner opens all 45 (insider browsing); the other practitioner works as usual,
  // and the other agency's MASE coordinator breaks the glass on the home agency's child.
  clock.set(at(BROWSING_DAY, '14:00'));
  for (const id of homeRecords) await services.people.view(ctx('home.practitioner'), id);
  for (const id of otherRecords) await services.people.view(ctx('other.practitioner'), id);
  await services.breakGlass.grant(ctx('other.mase_coordinator'), world.child.id, { reason: 'Police request about a missing child tonight' });
  // Today: the home MASE coordinator is refused three pages.
  clock.set(at(TODAY, '09:00'));
  for (let i = 0; i < 3; i++) await services.audit.refused(ctx('home.mase_coordinator'), { method: 'GET', route: '/people/:id' });

  // API calls with a bad token, as services/audit.ts counts them (one event a minute, no user): 27 on Tuesday 24 November
  // (guessing), 4 on Wednesday 25 November (an integration left on an expired token).
  const tokenRefusals = (when: Date, count: number) =>
    t.store.transaction((repos) =>
      repos.audit.append({
        at: when,
        userId: null,
        agencyId: null,
        action: 'api.token_refused',
        subjectType: 'route',
        subjectId: null,
        personId: null,
        purpose: 'security',
        breakGlass: false,
        via: 'api',
        detail: { count, since: when.toISOString(), routes: ['GET /api/v1/children/:id'] },
      }),
    );
  for (const [time, count] of [
    ['02:00', 10],
    ['02:01', 12],
    ['02:02', 5],
  ] as const)
    await tokenRefusals(at('2026-11-24', time), count);
  await tokenRefusals(at('2026-11-25', '09:00'), 4);

  clock.set(at(TODAY, '10:00'));
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  base = await listenLocal(app);
}, 120_000);

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const cookies = new Map<string, string>();
async function get(user: string, url: string): Promise<{ status: number; text: string }> {
  let cookie = cookies.get(user);
  if (!cookie) {
    cookie = `lantern_session=${(await services.auth.signIn(user, PASSWORD)).token}`;
    cookies.set(user, cookie);
  }
  const res = await fetch(`${base}${url}`, { headers: { cookie }, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

// The report's rows as text: one string per row, cells joined with " | ", tags stripped.
const rows = (html: string): string[] =>
  [...(/<table[^>]*data-testid="unusual-access"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '').matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)]
    .map((m) =>
      [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)]
        .map((c) =>
          c[1]!
            .replace(/<span class="govuk-visually-hidden">[\s\S]*?<\/span>/g, '')
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .join(' | '),
    )
    .filter(Boolean);

// The user column of a row, without the auditor's "Audit trail" link.
const userOf = (row: string): string => (row.split(' | ')[1] ?? '').replace(/ Audit trail$/, '');

const views = async () => (await t.store.repos.audit.batchAfter(0, 100_000)).filter((e) => e.action === 'unusual_access.view');

describe('the unusual-access report', () => {
  it('flags the user who opened 45 records against a usual 2, and not the user who worked as usual', async () => {
    const res = await get('home.auditor', '/oversight/access');
    expect(res.status).toBe(200);
    const r = rows(res.text);
    const browsing = r.find((x) => x.includes('home practitioner'));
    expect(browsing).toContain('26 November 2026');
    expect(browsing).toContain('Test Social Care Practitioner');
    expect(browsing).toMatch(/\| 45 \| 0 \| 0 \| 0 \|/);
    expect(browsing).toContain('Opened 45 different records in one day, more than the limit of 40.');
    expect(browsing).toContain('Opened 45 records: more than 3 times their usual 2 a day (median of their 18 active days in the previous 28).');
    expect(r.some((x) => x.includes('other practitioner'))).toBe(false);
    // Break-glass and repeated refusals are on it too, with their counts.
    expect(r.find((x) => x.includes('other mase_coordinator'))).toMatch(/26 November 2026 .*\| 1 \| 0 \| 1 \| 0 \| Used break-glass 1 time/);
    expect(r.find((x) => x.includes('home mase_coordinator'))).toMatch(/27 November 2026 .*\| 0 \| 0 \| 0 \| 3 \| Was refused 3 pages/);
    expect(r).toHaveLength(3);
  });

  it('shows an auditor a link to each user’s audit trail, and nothing of any child', async () => {
    const res = await get('home.auditor', '/oversight/access');
    expect(res.text).toContain(`href="/audit?user=${world.users['home.practitioner']!.id}"`);
    for (const m of MARKERS) expect(res.text).not.toContain(m);
    for (const id of [world.child.id, ...homeRecords, ...otherRecords]) expect(res.text).not.toContain(id);
    expect(res.text).toMatch(
      /<caption class="govuk-table__caption govuk-table__caption--m">3 unusual days from 14 November 2026 to 27 November 2026<\/caption>/,
    );
    expect(res.text).toContain('<h1 class="govuk-heading-l">Unusual access to records</h1>');
    expect(res.text).toMatch(/<label class="govuk-label govuk-label--s" for="from">\s*First day\s*<\/label>/);
  });

  it('the audit trail link opens that user’s events only', async () => {
    const id = world.users['other.practitioner']!.id;
    const res = await get('home.auditor', `/audit?user=${id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1 class="govuk-heading-l"><span class="govuk-caption-l">Audit trail</span>other practitioner</h1>');
    expect((await get('home.auditor', '/audit')).text).toContain('<h1 class="govuk-heading-l">Audit trail</h1>');
    const who = [...res.text.matchAll(/<td class="govuk-table__cell">([^<]*)<\/td>\s*<td class="govuk-table__cell">Test/g)].map((m) => m[1]);
    expect(new Set(who)).toEqual(new Set(['other practitioner']));
    expect((await get('home.auditor', '/audit?user=not-an-id')).status).toBe(400);
    expect((await get('home.auditor', '/audit?before=-3')).status).toBe(400);
    expect((await get('home.auditor', '/audit?user=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('home.safeguarding_lead', `/audit?user=${id}`)).status).toBe(403);
  });

  it('shows a safeguarding lead their own agency’s users only, without trail links (they cannot open the trail)', async () => {
    const home = await get('home.safeguarding_lead', '/oversight/access');
    expect(home.status).toBe(200);
    expect(rows(home.text).map(userOf)).toEqual(['home mase_coordinator', 'home practitioner']);
    expect(home.text).toContain('Users of Test Social Care.');
    expect(home.text).not.toContain('/audit?user=');
    const other = await get('other.safeguarding_lead', '/oversight/access');
    expect(rows(other.text).map(userOf)).toEqual(['other mase_coordinator']);
    // Choosing their own agency is the same report.
    expect((await get('home.safeguarding_lead', `/oversight/access?agency=${world.home.id}`)).status).toBe(200);
  });

  it('refuses the report to a lead of another agency, and to every other role', async () => {
    expect((await get('other.safeguarding_lead', `/oversight/access?agency=${world.home.id}`)).status).toBe(403);
    for (const user of ['home.practitioner', 'home.mase_coordinator', 'home.analyst', 'home.administrator']) {
      const res = await get(user, '/oversight/access');
      expect(res.status, user).toBe(403);
      expect(res.text).not.toContain('data-testid="unusual-access"');
      expect(res.text).not.toContain('Opened 45');
    }
    // Refused before the query is even read: a bad query is still a 403.
    expect((await get('home.practitioner', '/oversight/access?from=nonsense')).status).toBe(403);
  });

  it('lets an auditor choose an agency and a window', async () => {
    const other = await get('home.auditor', `/oversight/access?agency=${world.other.id}`);
    expect(rows(other.text).map(userOf)).toEqual(['other mase_coordinator']);
    expect(other.text).toContain(', users of Test Health</caption>');
    // The day of data entry: 45 records created, and no usual day yet (the trail starts that day).
    const entry = await get('home.auditor', '/oversight/access?from=2026-11-02&to=2026-11-02');
    const [row] = rows(entry.text);
    expect(row).toContain('2 November 2026');
    expect(row).toContain('New or returning user');
    expect(row).not.toContain('usual 2');
    // A week with nothing unusual.
    const quiet = await get('home.auditor', '/oversight/access?from=2026-11-09&to=2026-11-13');
    expect(quiet.text).toContain('No unusual access from 9 November 2026 to 13 November 2026.');
  });

  it('lists the days with many API calls refused for their token, in the report for every agency only', async () => {
    const all = await get('home.auditor', '/oversight/access');
    const table = /<table[^>]*data-testid="token-refusals"[\s\S]*?<\/table>/.exec(all.text)?.[0] ?? '';
    const cells = [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.trim());
    expect(cells).toEqual(['24 November 2026', '27']);
    const quiet = await get('home.auditor', '/oversight/access?from=2026-11-25&to=2026-11-27');
    expect(quiet.text).toContain('data-testid="token-refusals-none"');
    // A report for one agency (a lead's, or an auditor's choice) cannot place a call that names no one.
    for (const [user, url] of [
      ['home.auditor', `/oversight/access?agency=${world.home.id}`],
      ['home.safeguarding_lead', '/oversight/access'],
    ] as const) {
      const one = await get(user, url);
      expect(one.status).toBe(200);
      expect(one.text).not.toContain('token-refusals');
    }
  });

  it('audits every view of the report, with purpose security and counts only', async () => {
    const before = (await views()).length;
    await get('home.auditor', '/oversight/access?from=2026-11-20&to=2026-11-27');
    await get('other.safeguarding_lead', '/oversight/access');
    const events = (await views()).slice(before);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      userId: world.users['home.auditor']!.id,
      subjectType: 'agency',
      subjectId: null,
      personId: null,
      purpose: 'security',
      via: 'web',
      detail: { from: '2026-11-20', to: '2026-11-27', flagged: 3 },
    });
    expect(events[1]).toMatchObject({ userId: world.users['other.safeguarding_lead']!.id, subjectId: world.other.id, detail: { flagged: 1 } });
  });

  it('answers a bad query with a 400, the form and its errors, no report and no audit row', async () => {
    const before = (await views()).length;
    for (const [query, message] of [
      ['from=2026-13-01', 'Enter the first day as a real date, for example 2026-11-15'],
      ['from=27%2F11%2F2026', 'Enter the first day as a real date, for example 2026-11-15'],
      ['to=2026-02-30', 'Enter the last day as a real date, for example 2026-11-15'],
      ['from=0999-01-01&to=2026-11-27', 'Enter the first day as a real date, for example 2026-11-15'],
      ['to=2026-11-28', 'The last day must be today or in the past'],
      ['from=2026-11-20&to=2026-11-19', 'The first day must be the same as or before the last day'],
      ['from=2026-08-01&to=2026-11-27', 'Choose a period of 92 days or fewer'],
      ['agency=not-an-agency', 'Select an agency from the list'],
      ['agency=00000000-0000-4000-8000-000000000000', 'Select an agency from the list'],
      ['from=2026-11-01&from=2026-11-02', 'Enter the first day as a date, for example 2026-11-15'],
    ] as const) {
      const res = await get('home.auditor', `/oversight/access?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.text, query).toContain(message);
      expect(res.text, query).toContain('There is a problem');
      expect(res.text, query).not.toContain('data-testid="unusual-access"');
      expect(res.text, query).toContain('<title>Error: Unusual access to records');
    }
    // What was typed goes back in the box, escaped.
    const typed = await get('home.auditor', `/oversight/access?from=${encodeURIComponent('"><script>x</script>')}`);
    expect(typed.status).toBe(400);
    expect(typed.text).not.toContain('<script>x</script>');
    // 92 days exactly is allowed, and empty boxes are the defaults.
    expect((await get('home.auditor', '/oversight/access?from=2026-08-28&to=2026-11-27')).status).toBe(200);
    expect((await get('home.auditor', '/oversight/access?from=&to=&agency=')).status).toBe(200);
    expect((await views()).length).toBe(before + 2);
  });

  it('is in the navigation of auditors and safeguarding leads', async () => {
    expect((await get('home.auditor', '/account')).text).toContain('href="/oversight/access"');
    expect((await get('home.safeguarding_lead', '/account')).text).toContain('href="/oversight/access"');
    expect((await get('home.practitioner', '/account')).text).not.toContain('href="/oversight/access"');
  });
});

describe('the daily counts (repository)', () => {
  it('counts distinct records per user and London day, and not the deletion tombstone or a break-glass review', async () => {
    const u = world.users['home.analyst']!;
    const p = [0, 1, 2].map((i) => `00000000-0000-4000-a000-00000000000${i}`);
    const append = (when: string, action: string, personId: string | null) =>
      t.store.transaction((repos) =>
        repos.audit.append({
          at: new Date(when),
          userId: u.id,
          agencyId: u.agencyId,
          action,
          subjectType: 'person',
          subjectId: null,
          personId,
          purpose: 'test',
          breakGlass: false,
          via: 'web',
          detail: {},
        }),
      );
    // 1 June is British Summer Time: 23:30 UTC on the 1st is 00:30 on the 2nd in London.
    await append('2026-06-01T22:30:00Z', 'person.view', p[0]!);
    await append('2026-06-01T22:40:00Z', 'person.view', p[0]!);
    await append('2026-06-01T22:50:00Z', 'chronology.view', p[1]!);
    await append('2026-06-01T22:55:00Z', 'retention.delete', p[2]!);
    await append('2026-06-01T22:56:00Z', 'break_glass.reviewed', p[2]!);
    await append('2026-06-01T23:30:00Z', 'person.view', p[2]!);
    await append('2026-06-01T23:31:00Z', 'person.search', null);
    await append('2026-06-01T23:32:00Z', 'person.search', null);
    await append('2026-06-01T23:33:00Z', 'access.refused', null);
    await append('2026-06-01T23:34:00Z', 'person.break_glass', p[1]!);
    const got = (await t.store.repos.audit.dailyAccess({ fromDay: '2026-06-01', toDay: '2026-06-02', agencyId: null })).filter((r) => r.userId === u.id);
    expect(got.sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { userId: u.id, day: '2026-06-01', records: 2, searches: 0, breakGlass: 0, refusals: 0 },
      { userId: u.id, day: '2026-06-02', records: 2, searches: 2, breakGlass: 1, refusals: 1 },
    ]);
    expect(await t.store.repos.audit.dailyAccess({ fromDay: '2026-06-01', toDay: '2026-06-02', agencyId: world.other.id })).toEqual([]);
    // The window ends at midnight in London: the 2nd alone has the 2nd's events only.
    expect((await t.store.repos.audit.dailyAccess({ fromDay: '2026-06-02', toDay: '2026-06-02', agencyId: u.agencyId })).map((r) => r.day)).toEqual([
      '2026-06-02',
    ]);
  });

  it('reads the window from audit_at_idx alone (an index-only scan)', async () => {
    // The table is tiny here, so the planner's choice between indexes says nothing about 5,000,000 rows. What matters is
    // that this index alone can answer the query without reading the table: the other indexes are set aside inside a
    // transaction that is rolled back, and the vacuum marks the pages all-visible, as autovacuum does on the real trail.
    await t.pool.query('vacuum analyze audit_event');
    const c = await t.pool.connect();
    try {
      await c.query('begin');
      // Neither the table nor a bitmap of it: on a table this small PostgreSQL 15 prefers a bitmap heap scan of the same index.
      await c.query('set local enable_seqscan = off');
      await c.query('set local enable_bitmapscan = off');
      await c.query('drop index audit_user_idx, audit_person_idx');
      const q = new PgDialect().sqlToQuery(dailyAccessQuery({ fromDay: '2026-11-01', toDay: '2026-11-27', agencyId: world.home.id }));
      const plan = (await c.query<{ 'QUERY PLAN': string }>(`explain ${q.sql}`, q.params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Only Scan using audit_at_idx/);
      expect(plan).not.toMatch(/Heap|Seq Scan/);
    } finally {
      await c.query('rollback');
      c.release();
    }
  });
});
