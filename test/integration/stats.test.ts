import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { statsRepository } from '../../src/db/repositories/stats.ts';
import { loadGeo } from '../../src/services/geo.ts';
import { csvField, type Dashboard, percentile, returnInterviews } from '../../src/services/stats.ts';
import { NHS_RULE } from '../../src/core/disclosure/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Figures and trends, the partner pack and `lantern stats` (issue 6) against real PostgreSQL: a small world whose exact
// counts are known. The repository's exact counts are checked directly; everything the service returns is checked as
// published under the NHS rule (1 to 7 -> '*', others to the nearest 5, with secondary suppression).

const run = promisify(execFile);
const NOW = new Date('2026-11-28T10:00:00Z');
const DAYS = [0, 1, 2, 3, 5, 8, 13, 21]; // first indicator to referral, one child each: median 4, 90th percentile 15.4
const DAY = 86_400_000;

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let app: FastifyInstance;
let world: Awaited<ReturnType<typeof buildWorld>>;
const geo = loadGeo(testConfig());
const [wardA, wardB] = geo.wards.wards;

async function lantern(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['bin/lantern.js', ...args], {
      env: { ...process.env, DATABASE_URL: t.url, LANTERN_LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

// A child with an open case, living in `ward` (null: not placed), opened at `openedAt`; risk levels are set at the end,
// because completing a screening sets its case's level.
async function child(over: { dateOfBirth: string; gender: string; ethnicity: string }, ward: (typeof geo.wards.wards)[number] | null) {
  const kw = world.ctxOf('home.practitioner');
  const p = await services.people.create(kw, childInput({ ...over, nhsNumber: '' }));
  const c = await services.cases.open(kw, p.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  if (ward) {
    const [lon, lat] = ward.centroid;
    await t.db.execute(sql`update address_period set ward_code = ${ward.code}, latitude = ${lat}, longitude = ${lon} where person_id = ${p.id}`);
  }
  return { personId: p.id, caseId: c.id };
}

const setCases = (ids: string[], level: string, openedAt: Date) =>
  t.db.execute(
    sql`update safeguarding_case set risk_level = ${level}, opened_at = ${openedAt} where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(NOW);
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  const kw = world.ctxOf('home.practitioner');

  // Ward A: 12 girls of 14 at high risk. Ward B: 3 boys of 14 at medium risk. Not placed: 10 girls of 11 at low risk.
  const a = [];
  for (let i = 0; i < 12; i++) a.push(await child({ dateOfBirth: '2012-03-01', gender: 'female', ethnicity: 'white_british' }, wardA!));
  const b = [];
  for (let i = 0; i < 3; i++) b.push(await child({ dateOfBirth: '2012-06-01', gender: 'male', ethnicity: 'black_african' }, wardB!));
  const outside = [];
  for (let i = 0; i < 10; i++) outside.push(await child({ dateOfBirth: '2015-06-01', gender: 'female', ethnicity: 'mixed_other' }, null));

  // Eight of ward A's children: a first indicator on 1 February + i, then a referral DAYS[i] days later.
  const answers = [{ code: 'go_carrying_drugs', status: 'present', when: 'current', evidence: 'Found holding drugs for an adult' }];
  for (const [i, d] of DAYS.entries()) {
    const indicator = new Date(Date.UTC(2026, 1, 1 + i, 10));
    clock.set(indicator);
    const s = await services.screening.start(kw, a[i]!.caseId, {});
    await services.screening.save(kw, s.id, { version: 1, answers }, true);
    clock.set(new Date(indicator.getTime() + d * DAY));
    await services.referrals.decide(kw, s.id, { version: 2, kind: 'refer', targets: ['social_care'] });
  }
  // Nine missing episodes in May.
  clock.set(new Date('2026-06-01T10:00:00Z'));
  for (let i = 0; i < 9; i++) {
    await services.chronology.add(kw, outside[i]!.personId, {
      kind: 'missing_episode',
      occurredAt: `2026-05-${String(10 + i).padStart(2, '0')}`,
      summary: 'Missing overnight',
      detail: 'Reported missing by her carer.',
    });
  }
  clock.set(NOW);

  // Concerns: 9 in March; 3 at 23:30 on 31 March UTC, which is already April in London; 3 in June; 10 before the 12 months.
  await setCases(
    a.slice(0, 9).map((x) => x.caseId),
    'high',
    new Date('2026-03-15T12:00:00Z'),
  );
  await setCases(
    a.slice(9).map((x) => x.caseId),
    'high',
    new Date('2026-03-31T23:30:00Z'),
  );
  await setCases(
    b.map((x) => x.caseId),
    'medium',
    new Date('2026-06-10T12:00:00Z'),
  );
  await setCases(
    outside.map((x) => x.caseId),
    'low',
    new Date('2025-10-01T12:00:00Z'),
  );

  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
}, 180_000);

afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const figure = (b: { figures: { key: string; shown: string }[] }, key: string) => b.figures.find((f) => f.key === key)?.shown;

describe('figures and trends', () => {
  let d: Dashboard;
  beforeAll(async () => {
    d = await services.stats.dashboard(world.ctxOf('home.analyst'));
  });

  it('publishes the children at risk by ward under the NHS rule: 12 -> 10, 3 -> *', () => {
    expect(figure(d.atRisk.byWard, wardA!.code)).toBe('10');
    expect(figure(d.atRisk.byWard, wardB!.code)).toBe('*');
    // 10 outside is hidden as well, or the 3 could be worked out from the total.
    expect(figure(d.atRisk.byWard, 'outside')).toBe('*');
    expect(d.atRisk.byWard.figures.filter((f) => f.shown === '0')).toHaveLength(geo.wards.wards.length - 2);
    expect(d.atRisk.byWard.total).toBe('25');
    expect(d.atRisk.total).toBe('25');
    expect(d.atRisk.byWard.hidden).toEqual({ primary: 1, secondary: 1 });
    // One total for every breakdown of the same children.
    const a = d.atRisk;
    expect(new Set([a.byLevel, a.byWard, a.byGender, a.byAgeBand, a.byEthnicGroup, a.levelByAgeBand].map((b) => b.total))).toEqual(new Set(['25']));
  });

  it('counts each child once, by gender, age band and ethnic group', async () => {
    const rows = await statsRepository(t.db).childrenAtRisk('2026-11-28');
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((a, r) => a + r.n, 0);
    expect(sum(() => true)).toBe(25);
    expect(sum((r) => r.gender === 'female')).toBe(22);
    expect(sum((r) => r.level === 'high' && r.age === 14 && r.ward === wardA!.code && r.month === '2026-03')).toBe(9);
    expect(sum((r) => r.level === 'high' && r.month === '2026-04')).toBe(3); // 23:30 UTC on 31 March is April in London
    expect(sum((r) => r.level === 'medium' && r.age === 14 && r.ward === wardB!.code && r.ethnicity === 'black_african')).toBe(3);
    expect(sum((r) => r.level === 'low' && r.age === 11 && r.ward === null)).toBe(10);
    // Under the NHS rule, the lone 3 takes the 22 with it.
    expect(figure(d.atRisk.byGender, 'male')).toBe('*');
    expect(figure(d.atRisk.byGender, 'female')).toBe('*');
    expect(d.atRisk.byGender.total).toBe('25');
    expect(figure(d.atRisk.byEthnicGroup, 'white')).toBe('10');
    expect(figure(d.atRisk.byEthnicGroup, 'black')).toBe('*');
    expect(d.atRisk.byLevel.figures.map((f) => f.key)).toEqual(['high', 'medium', 'low']);
  });

  it('shows secondary suppression in the risk level by age band table', () => {
    const t2 = d.atRisk.levelByAgeBand;
    const cell = (row: string, col: string) => t2.cells[t2.rows.findIndex((r) => r.key === row)]![t2.cols.findIndex((c) => c.key === col)]!;
    expect(cell('medium', '13_15')).toBe('*'); // 3: primary
    expect(t2.rowTotals[1]).toBe('*'); // 3: primary
    // 12 is hidden too (secondary): with it shown, the 3 could be worked out from its column total.
    expect(cell('high', '13_15')).toBe('*');
    expect(t2.rowTotals[0]).toBe('*');
    expect(t2.colTotals[t2.cols.findIndex((c) => c.key === '13_15')]).toBe('15');
    expect(t2.hidden).toEqual({ primary: 2, secondary: 2 });
    expect(t2.total).toBe('25');
    // The age bands beside it are the table's own column totals, so the two cannot be set against each other.
    expect(d.atRisk.byAgeBand.figures.map((f) => f.shown)).toEqual(t2.colTotals);
  });

  it('counts trends by London month over the last 12 months', async () => {
    expect(d.trends.months.map((m) => m.key)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(d.period.label).toBe('December 2025 to November 2026');
    const rows = await statsRepository(t.db).events({ from: '2025-12-01', to: '2026-12-01' });
    const count = (measure: string, month: string) => rows.filter((r) => r.measure === measure && r.month === month).reduce((a, r) => a + r.n, 0);
    // The world's own case was opened now (November); the not-placed children's cases before the 12 months.
    expect([count('concerns', '2026-03'), count('concerns', '2026-04'), count('concerns', '2026-06'), count('concerns', '2026-11')]).toEqual([9, 3, 3, 1]);
    expect(rows.filter((r) => r.measure === 'concerns').reduce((a, r) => a + r.n, 0)).toBe(16);
    expect(count('screenings', '2026-02')).toBe(8);
    expect([count('referrals', '2026-02'), count('referrals', '2026-03')]).toEqual([7, 1]);
    expect(rows.filter((r) => r.measure === 'referrals').every((r) => r.target === 'social_care')).toBe(true);
    expect(count('missing', '2026-05')).toBe(9);
    // Published under the NHS rule.
    expect(figure(d.trends.concerns, '2026-03')).toBe('10');
    expect(figure(d.trends.concerns, '2026-04')).toBe('*');
    expect(figure(d.trends.concerns, '2026-06')).toBe('*');
    expect(d.trends.concerns.total).toBe('15');
    expect(figure(d.trends.missing, '2026-05')).toBe('10');
    expect(figure(d.trends.screenings, '2026-02')).toBe('10');
    expect(figure(d.trends.referrals, '2026-02')).toBe('*');
    expect(d.trends.referrals.total).toBe('10');
    expect(d.trends.referrals.figures.map((f) => f.shown)).toEqual(d.trends.referralsByTarget.rowTotals);
  });

  it('measures the days from first indicator to referral: median and 90th percentile of known intervals', () => {
    expect(percentile(DAYS, 0.5)).toBe(4);
    expect(percentile(DAYS, 0.9)).toBeCloseTo(15.4, 10);
    expect(d.actInTime).toEqual({ children: '10', minimum: 8, medianDays: '4', p90Days: '15.4' });
  });

  it('says too few children when the statistics would rest on fewer than the rule allows', async () => {
    const strict = createServices(t.store, clock, testConfig({ disclosure: 'suppress=1-9,round=10' }));
    const s = await strict.stats.dashboard(world.ctxOf('home.analyst'));
    expect(s.actInTime).toEqual({ children: '*', minimum: 10, medianDays: null, p90Days: null });
  });

  it('says too few returns while no return home interview is due or done', () => {
    expect(d.returnHomeInterviews).toEqual({ recorded: true, returns: '0', minimum: 8, percent: null, note: 'Too few returns to show (fewer than 8)' });
  });

  it('is refused to roles without stats.read, and audits every read', async () => {
    await expect(services.stats.dashboard(world.ctxOf('home.practitioner'))).rejects.toBeInstanceOf(Forbidden);
    await expect(services.stats.partnerPack(world.ctxOf('home.auditor'))).rejects.toBeInstanceOf(Forbidden);
    await expect(services.stats.figures(world.ctxOf('home.administrator'), { by: 'ward' })).rejects.toBeInstanceOf(Forbidden);
    const r = await t.db.execute<{ action: string; user_id: string }>(sql`select action, user_id from audit_event where action like 'stats.%'`);
    expect(r.rows).toContainEqual({ action: 'stats.view', user_id: world.users['home.analyst']!.id });
  });
});

describe('the page and the partner pack', () => {
  let cookie: string;
  beforeAll(async () => {
    clock.set(NOW);
    const { token } = await services.auth.signIn('home.mase_coordinator', 'correct horse battery staple');
    cookie = `lantern_session=${token}`;
  });

  it('shows charts with tables, the disclosure rule and a link to the pack', async () => {
    const res = await app.inject({ method: 'GET', url: '/stats', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1 class="govuk-heading-l">Figures and trends</h1>');
    expect(html.match(/<svg [^>]*class="lantern-trend-chart"[^>]*role="img"|<svg role="img"[^>]*class="lantern-trend-chart"/g)).toHaveLength(1);
    expect(html.match(/class="lantern-bar-chart"/g)).toHaveLength(4);
    expect(html).toContain('href="/stats/partner-pack.csv"');
    expect(html).toContain('Return home interviews done within 72 hours');
    expect(html).toContain('data-testid="level-by-age"');
    expect(html).not.toContain('<style');
    expect(html).not.toContain('Testcase'); // no child's name
  });

  it('downloads every figure disclosure-controlled, with no raw small count', async () => {
    const res = await app.inject({ method: 'GET', url: '/stats/partner-pack.csv', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="lantern-partner-pack-2026-11-28.csv"');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('measure,breakdown,key,figure');
    const rows = lines.slice(1).map((l) => {
      const m = /^([^,]+),([^,]+),("(?:[^"]|"")*"|[^,]*),(.*)$/.exec(l);
      if (!m) throw new Error(`not a pack row: ${l}`);
      return { measure: m[1]!, breakdown: m[2]!, key: m[3]!.replace(/^"|"$/g, '').replace(/""/g, '"'), figure: m[4]! };
    });
    const counts = rows.filter((r) => r.measure !== 'about' && !/_days$/.test(r.breakdown) && r.measure !== 'return_home_interviews');
    expect(counts.length).toBeGreaterThan(60);
    for (const r of counts) expect(r.figure, `${r.measure} ${r.breakdown} ${r.key}`).toMatch(/^(0|\*|\d*[05])$/);
    expect(rows).toContainEqual({ measure: 'children_at_risk', breakdown: 'ward', key: wardA!.name, figure: '10' });
    expect(rows).toContainEqual({ measure: 'children_at_risk', breakdown: 'ward', key: wardB!.name, figure: '*' });
    expect(rows.filter((r) => r.measure === 'children_at_risk' && r.breakdown === 'ward')).toHaveLength(geo.wards.wards.length + 2);
    expect(rows).toContainEqual({ measure: 'time_to_referral', breakdown: 'median_days', key: 'Days from first indicator to referral', figure: '4' });
    expect(rows.filter((r) => r.measure === 'return_home_interviews').map((r) => r.breakdown)).toEqual(['returns', 'within_72_hours_percent']);
    const audit = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_event where action = 'stats.export' and detail->>'export' = 'partner_pack'`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('keeps spreadsheet formulas out of the CSV', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('Rainham, Wennington')).toBe('"Rainham, Wennington"');
    expect(csvField('10')).toBe('10');
  });
});

// Each test starts the real command (tsx, migrations, the query): seconds when quiet, far more on a busy machine.
describe('lantern stats', { timeout: 120_000 }, () => {
  it('prints children at risk by ward as JSON', async () => {
    const r = await lantern(['stats', '--by', 'ward', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { measure: string; by: string; rule: string; figures: { key: string; label: string; figure: string }[]; total: string };
    expect(out).toMatchObject({ measure: 'children_at_risk', by: 'ward', rule: 'nhs', total: '25' });
    expect(out.figures).toContainEqual({ key: wardA!.code, label: wardA!.name, figure: '10' });
    expect(out.figures).toContainEqual({ key: wardB!.code, label: wardB!.name, figure: '*' });
    expect(out.figures.at(-1)).toEqual({ key: 'outside', label: 'Outside the area or not placed', figure: '*' });
    for (const f of out.figures) expect(f.figure).toMatch(/^(0|\*|\d*[05])$/);
  });

  it('prints CSV by default', async () => {
    const r = await lantern(['stats', '--by', 'age_band', '--measure', 'children_at_risk']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('measure,by,key,label,figure');
    expect(lines.at(-1)).toBe('children_at_risk,age_band,total,Total,25');
    expect(lines).toContain('children_at_risk,age_band,13_15,13 to 15,15');
    expect(lines).toContain('children_at_risk,age_band,10_12,10 to 12,10');
    expect(r.stderr).toContain('a count from 1 to 7');
  });

  it.each([
    [['stats', '--by', 'street'], 'by:'],
    [['stats'], 'by:'],
    [['stats', '--by', 'ward', '--measure', 'arrests'], 'measure:'],
    [['stats', '--by', 'ward', '--format', 'xml'], 'format:'],
  ])('refuses %j with exit code 2 and one line', async (args, field) => {
    const r = await lantern(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`lantern: ${field}`);
  });
});

describe('return home interviews done within 72 hours', () => {
  const H = 3_600_000;
  let rhi: Dashboard['returnHomeInterviews'];
  // Returns in September 2026 (after the other figures' months, so their counts stay as they are): 8 completed within
  // 72 hours, 4 completed late, 2 declined, 1 not offered, 1 overdue with no outcome; 1 still inside its 72 hours and 1
  // returned before the 12 months, neither counted.
  beforeAll(async () => {
    clock.set(NOW);
    const kw = world.ctxOf('home.practitioner');
    const lead = world.ctxOf('other.mase_coordinator');
    const kids = (await t.db.execute<{ id: string }>(sql`select id from person where kind = 'child' order by created_at limit 18`)).rows.map((r) => r.id);
    const plan: { returned: Date; outcome: null | { status: string; afterHours: number } }[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        returned: new Date(Date.UTC(2026, 8, 1 + i, 20)),
        outcome: { status: 'completed', afterHours: i === 0 ? 72 : 30 },
      })),
      ...Array.from({ length: 4 }, (_, i) => ({ returned: new Date(Date.UTC(2026, 8, 10 + i, 20)), outcome: { status: 'completed', afterHours: 73 + i } })),
      ...Array.from({ length: 2 }, (_, i) => ({ returned: new Date(Date.UTC(2026, 8, 15 + i, 20)), outcome: { status: 'declined', afterHours: 10 } })),
      { returned: new Date(Date.UTC(2026, 8, 18, 20)), outcome: { status: 'not_offered', afterHours: 5 } },
      { returned: new Date(Date.UTC(2026, 8, 19, 20)), outcome: null },
      { returned: new Date(NOW.getTime() - 20 * H), outcome: null },
      { returned: new Date('2025-10-20T20:00:00Z'), outcome: { status: 'completed', afterHours: 10 } },
    ];
    for (const [i, p] of plan.entries()) {
      const ep = await services.missing.record(kw, kids[i]!, {
        reportedAt: new Date(p.returned.getTime() - 12 * H).toISOString(),
        reportedBy: 'residential care worker',
        missingFrom: 'care',
        policeRisk: 'medium',
        returnedAt: p.returned.toISOString(),
        returnMethod: 'own_accord',
      });
      if (!p.outcome) continue;
      const at = new Date(p.returned.getTime() + p.outcome.afterHours * H).toISOString();
      await services.missing.outcome(lead, ep.id, {
        version: 1,
        status: p.outcome.status,
        at,
        findings: p.outcome.status === 'completed' ? 'She said she stayed with friends of an older man.' : '',
        reason: p.outcome.status === 'completed' ? '' : 'She did not want to talk today.',
      });
    }
    rhi = (await services.stats.dashboard(world.ctxOf('home.analyst'))).returnHomeInterviews;
  });

  it('counts returns in the 12 months with an outcome or overdue, and those completed within 72 hours (exactly 72 counts)', async () => {
    expect(await statsRepository(t.db).rhiTiming({ from: '2025-12-01', to: '2026-12-01' }, NOW)).toEqual({ returns: 16, onTime: 8 });
  });

  it('publishes the percentage with a disclosure-controlled count of returns', () => {
    expect(rhi).toEqual({ recorded: true, returns: '15', minimum: 8, percent: '50%', note: '50% of 15 returns' });
  });

  it('hides a percentage that would reveal a small number, and one resting on too few returns', () => {
    expect(returnInterviews({ returns: 16, onTime: 13 }, NHS_RULE)).toMatchObject({ percent: null, note: 'Not shown: it would reveal a small number' });
    expect(returnInterviews({ returns: 10, onTime: 10 }, NHS_RULE)).toMatchObject({ percent: '100%', returns: '10' });
    expect(returnInterviews({ returns: 7, onTime: 0 }, NHS_RULE)).toMatchObject({ percent: null, returns: '*' });
  });
});
