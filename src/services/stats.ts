import {
  type CountTable,
  type DisclosureRule,
  disclosureFootnote,
  publishCount,
  publishSeries,
  publishTable,
  type PublishedTable,
  SUPPRESSED,
} from '../core/disclosure/index.ts';
import { ValidationError } from '../core/errors.ts';
import { londonDate } from '../core/records/time.ts';
import { GENDERS, REFERRAL_TARGETS } from '../core/records/vocab.ts';
import { AGE_BANDS, ageBand, ETHNIC_GROUPS, ethnicGroupKey } from '../core/screening/identification.ts';
import { RISK_LEVELS } from '../core/screening/levels.ts';
import {
  type EventMeasure,
  type EventRow,
  type RhiTiming,
  type RiskRow,
  statsRepository,
  type StatsRepository,
  type Window,
} from '../db/repositories/stats.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed } from './context.ts';
import type { Geo } from './geo.ts';

// Dashboards, the partner pack and `lantern stats` (issue 6): figures about children, never about a child.
//
// Every figure leaves through core/disclosure under the configured rule (NHS England's small-number rule by default):
// exact counts stay inside this module, and what it returns holds only published figures ('0', '*' or rounded counts) and
// statistics shown only when they rest on enough children. Where two published tables share figures, the shared ones come
// from one publication (the age bands of children at risk are the column totals of the risk level by age band table, the
// referrals per month the row totals of the month by agency table), so that no two versions of a figure can be set
// against each other to uncover a hidden one.

export const MEASURES = {
  children_at_risk: 'Children at risk now',
  concerns: 'Concerns raised (cases opened)',
  screenings: 'Screenings completed',
  referrals: 'Referrals made',
  missing: 'Missing episodes',
} as const;
export type Measure = keyof typeof MEASURES;

export const DIMENSIONS = { ward: 'Ward', gender: 'Gender', age_band: 'Age band', month: 'Month' } as const;
export type Dimension = keyof typeof DIMENSIONS;

export const MONTHS_SHOWN = 12;

// A median or percentile rests on this many children at least (and never on fewer than the rule would hide as a count).
export const MIN_CHILDREN_FOR_STATISTICS = 8;

export const OUTSIDE_AREA = { key: 'outside', label: 'Outside the area or not placed' } as const;

// The identification report's age bands (core/screening/identification.ts), plus one for an age not recorded or past
// them; an age is whole years on the day (today for children at risk, the day of the event otherwise).
const OTHER_AGE = { key: 'other', label: 'Not recorded or over 25' } as const;
export const STATS_AGE_BANDS = [...AGE_BANDS.map(({ key, label }) => ({ key, label })), OTHER_AGE];
const OLDEST = AGE_BANDS[AGE_BANDS.length - 1]!.max;
export const ageBandOf = (age: number | null): string => (age === null || age < 0 || age > OLDEST ? OTHER_AGE.key : ageBand(age));

// ONS high-level ethnic groups, as in the identification report.
const ETHNIC_GROUP_KEYS = ['white', 'mixed', 'asian', 'black', 'other', 'not'].map((key) => ({ key, label: ETHNIC_GROUPS[key]! }));

const LEVELS_SHOWN = ['high', 'medium', 'low'] as const;
const TARGETS = Object.keys(REFERRAL_TARGETS) as (keyof typeof REFERRAL_TARGETS)[];

// --- pure helpers (exported for tests) ---

// The n calendar months ending with the month of `today` ('YYYY-MM-DD'), oldest first, as 'YYYY-MM'.
export function lastMonths(today: string, n: number): string[] {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => monthKey(index - (n - 1) + i));
}
const monthKey = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthAfter = (key: string): string => monthKey(Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)));
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const monthLabel = (key: string, long = false): string => (long ? longMonthFormat : monthFormat).format(new Date(`${key}-01T00:00:00Z`));

// Percentile by linear interpolation between the closest ranks (Hyndman and Fan type 7; PostgreSQL percentile_cont).
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('A percentile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError('A percentile is between 0 and 1');
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.ceil(h)]! - s[lo]!);
}

const days = (d: number): string => `${Number.isInteger(d) ? d : d.toFixed(1)}`;

// --- published shapes ---

export type Figure = { key: string; label: string; shown: string };
export type Hidden = { primary: number; secondary: number };
// hidden: how many figures were hidden, and why; null for the totals of a two-way table (its own count covers them).
export type Breakdown = { figures: Figure[]; total: string; hidden: Hidden | null };
export type TwoWay = {
  rows: { key: string; label: string }[];
  cols: { key: string; label: string }[];
  cells: string[][];
  rowTotals: string[];
  colTotals: string[];
  total: string;
  hidden: Hidden;
};
export type ActInTime = {
  children: string;
  minimum: number;
  // null: too few children to show.
  medianDays: string | null;
  p90Days: string | null;
};

export type Dashboard = {
  asOf: string; // London date
  rule: { name: string; footnote: string };
  period: { from: string; to: string; label: string }; // month keys and "December 2025 to November 2026"
  trends: {
    months: { key: string; label: string }[];
    concerns: Breakdown;
    screenings: Breakdown;
    referrals: Breakdown; // the row totals of referralsByTarget
    missing: Breakdown;
    referralsByTarget: TwoWay;
  };
  atRisk: {
    total: string;
    byLevel: Breakdown;
    byWard: Breakdown;
    byGender: Breakdown;
    byAgeBand: Breakdown;
    byEthnicGroup: Breakdown;
    levelByAgeBand: TwoWay;
  };
  actInTime: ActInTime;
  returnHomeInterviews: ReturnInterviews;
};

// The share of returns whose interview was completed within 72 hours, among those with an outcome or overdue.
export type ReturnInterviews = {
  recorded: true;
  returns: string; // published count of the returns counted
  minimum: number;
  percent: string | null; // '63%'; null when too few returns, or when it would reveal a hidden small number
  note: string; // the figure in words, as the page and the pack show it
};

export type StatsFigures = {
  measure: Measure;
  by: Dimension;
  measureLabel: string;
  byLabel: string;
  rule: string;
  footnote: string;
  note: string;
  asOf: string;
  figures: Figure[];
  total: string;
};

type Key = { key: string; label: string };

const hiddenOf = (s: { suppressed: { primary: number; secondary: number } }): Hidden => ({ primary: s.suppressed.primary, secondary: s.suppressed.secondary });

function tally<T extends { n: number }>(rows: readonly T[], keyOf: (r: T) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + r.n);
  }
  return m;
}

function breakdown(keys: readonly Key[], counts: Map<string, number>, rule: DisclosureRule): Breakdown {
  const s = publishSeries(
    keys.map((k) => k.label),
    keys.map((k) => counts.get(k.key) ?? 0),
    rule,
  );
  return { figures: keys.map((k, i) => ({ key: k.key, label: k.label, shown: s.values[i]! })), total: s.total, hidden: hiddenOf(s) };
}

function twoWay(rows: readonly Key[], cols: readonly Key[], count: (r: string, c: string) => number, rule: DisclosureRule): TwoWay {
  const table: CountTable = {
    rows: rows.map((r) => r.label),
    cols: cols.map((c) => c.label),
    cells: rows.map((r) => cols.map((c) => count(r.key, c.key))),
  };
  const t: PublishedTable = publishTable(table, rule);
  return { rows: [...rows], cols: [...cols], cells: t.cells, rowTotals: t.rowTotals, colTotals: t.colTotals, total: t.total, hidden: hiddenOf(t) };
}

const rowsOf = (t: TwoWay): Breakdown => ({
  figures: t.rows.map((r, i) => ({ ...r, shown: t.rowTotals[i]! })),
  total: t.total,
  hidden: null,
});
const colsOf = (t: TwoWay): Breakdown => ({
  figures: t.cols.map((c, i) => ({ ...c, shown: t.colTotals[i]! })),
  total: t.total,
  hidden: null,
});

// The keys of each dimension, in the order they are shown, and which key a row falls under. Nothing is dropped: an
// unknown ward is outside the area, an unknown gender "Not known", an unknown ethnicity "Not stated".
function dimension(geo: Geo, by: Exclude<Dimension, 'month'> | 'ethnic_group') {
  type Row = { ward: string | null; gender: string; ethnicity: string; age: number | null };
  switch (by) {
    case 'ward': {
      const known = new Set(geo.wards.wards.map((w) => w.code));
      return {
        keys: [...geo.wards.wards.map((w) => ({ key: w.code, label: w.name })), { ...OUTSIDE_AREA }],
        keyOf: (r: Row) => (r.ward !== null && known.has(r.ward) ? r.ward : OUTSIDE_AREA.key),
      };
    }
    case 'gender':
      return {
        keys: Object.entries(GENDERS).map(([key, label]) => ({ key, label })),
        keyOf: (r: Row) => (Object.hasOwn(GENDERS, r.gender) ? r.gender : 'not_known'),
      };
    case 'age_band':
      return { keys: STATS_AGE_BANDS, keyOf: (r: Row) => ageBandOf(r.age) };
    case 'ethnic_group':
      return { keys: ETHNIC_GROUP_KEYS, keyOf: (r: Row) => ethnicGroupKey(r.ethnicity) };
  }
}

type Raw = { today: string; months: string[]; window: Window; risk: RiskRow[]; events: EventRow[]; days: number[]; rhi: RhiTiming };

async function load(repo: StatsRepository, now: Date): Promise<Raw> {
  const today = londonDate(now);
  const months = lastMonths(today, MONTHS_SHOWN);
  const window: Window = { from: `${months[0]!}-01`, to: `${monthAfter(months[months.length - 1]!)}-01` };
  // One after another: the repository runs on the transaction's one connection.
  const risk = await repo.childrenAtRisk(today);
  const events = await repo.events(window);
  const days = await repo.daysToReferral(window);
  const rhi = await repo.rhiTiming(window, now);
  return { today, months, window, risk, events, days, rhi };
}

function monthKeys(months: readonly string[]): Key[] {
  return months.map((m) => ({ key: m, label: monthLabel(m) }));
}

function referralsByTarget(raw: Raw, rule: DisclosureRule): TwoWay {
  const rows = raw.events.filter((e) => e.measure === 'referrals');
  // Targets are validated on entry; one outside the list would be counted with social care rather than lost.
  const targetOf = (t: string | null): string => (t !== null && (TARGETS as readonly string[]).includes(t) ? t : 'social_care');
  const counts = tally(rows, (r) => `${r.month}|${targetOf(r.target)}`);
  return twoWay(
    monthKeys(raw.months),
    TARGETS.map((t) => ({ key: t, label: REFERRAL_TARGETS[t] })),
    (m, t) => counts.get(`${m}|${t}`) ?? 0,
    rule,
  );
}

function levelByAgeBand(raw: Raw, rule: DisclosureRule): TwoWay {
  const counts = tally(raw.risk, (r) => `${r.level}|${ageBandOf(r.age)}`);
  return twoWay(
    LEVELS_SHOWN.map((l) => ({ key: l, label: RISK_LEVELS[l] })),
    STATS_AGE_BANDS,
    (l, a) => counts.get(`${l}|${a}`) ?? 0,
    rule,
  );
}

function actInTime(values: readonly number[], rule: DisclosureRule): ActInTime {
  const minimum = Math.max(MIN_CHILDREN_FOR_STATISTICS, rule.suppressTo + 1);
  const enough = values.length >= minimum;
  return {
    children: publishCount(values.length, rule),
    minimum,
    medianDays: enough ? days(percentile(values, 0.5)) : null,
    p90Days: enough ? days(percentile(values, 0.9)) : null,
  };
}

// A percentage with its denominator reveals its numerator, and 100% minus it the rest. So it is shown only when it rests
// on enough returns (as the act-in-time statistics), and when neither the interviews done in time nor the others are a
// number the rule would hide as a count (a 0 is shown as counts are).
export function returnInterviews(t: RhiTiming, rule: DisclosureRule): ReturnInterviews {
  const minimum = Math.max(MIN_CHILDREN_FOR_STATISTICS, rule.suppressTo + 1);
  const hiddenCount = (n: number) => n >= rule.suppressFrom && n <= rule.suppressTo;
  const returns = publishCount(t.returns, rule);
  if (t.returns < minimum) return { recorded: true, returns, minimum, percent: null, note: `Too few returns to show (fewer than ${minimum})` };
  if (hiddenCount(t.onTime) || hiddenCount(t.returns - t.onTime))
    return { recorded: true, returns, minimum, percent: null, note: 'Not shown: it would reveal a small number' };
  const percent = `${Math.round((100 * t.onTime) / t.returns)}%`;
  return { recorded: true, returns, minimum, percent, note: `${percent} of ${returns} returns` };
}

function dashboardOf(raw: Raw, geo: Geo): Dashboard {
  const rule = geo.rule;
  const months = monthKeys(raw.months);
  const eventSeries = (measure: EventMeasure) =>
    breakdown(
      months,
      tally(
        raw.events.filter((e) => e.measure === measure),
        (r) => r.month,
      ),
      rule,
    );
  const byTarget = referralsByTarget(raw, rule);
  const first = raw.months[0]!;
  const last = raw.months[raw.months.length - 1]!;
  return {
    asOf: raw.today,
    rule: { name: rule.name, footnote: disclosureFootnote(rule) },
    period: { from: first, to: last, label: `${monthLabel(first, true)} to ${monthLabel(last, true)}` },
    trends: {
      months,
      concerns: eventSeries('concerns'),
      screenings: eventSeries('screenings'),
      referrals: rowsOf(byTarget),
      missing: eventSeries('missing'),
      referralsByTarget: byTarget,
    },
    atRisk: atRiskOf(raw, geo),
    actInTime: actInTime(raw.days, rule),
    returnHomeInterviews: returnInterviews(raw.rhi, rule),
  };
}

function atRiskBy(raw: Raw, geo: Geo, by: 'ward' | 'gender' | 'ethnic_group'): Breakdown {
  const d = dimension(geo, by);
  return breakdown(d.keys, tally(raw.risk, d.keyOf), geo.rule);
}

// Every breakdown of the children at risk shares one total. Each publication protects its hidden figures on its own, and
// the risk level by age band table may hide its grand total to do so (when that mends two lines at once); a total shown in
// another breakdown would then undo it. So the total is shown only when every breakdown shows it, and hidden in all
// of them otherwise (hiding more never narrows what a reader can conclude).
function atRiskOf(raw: Raw, geo: Geo): Dashboard['atRisk'] {
  const levelByAge = levelByAgeBand(raw, geo.rule);
  const parts = {
    byLevel: rowsOf(levelByAge),
    byWard: atRiskBy(raw, geo, 'ward'),
    byGender: atRiskBy(raw, geo, 'gender'),
    byAgeBand: colsOf(levelByAge),
    byEthnicGroup: atRiskBy(raw, geo, 'ethnic_group'),
  };
  const total = Object.values(parts).some((b) => b.total === SUPPRESSED) ? SUPPRESSED : levelByAge.total;
  const withTotal = (b: Breakdown): Breakdown => ({ ...b, total });
  return {
    total,
    byLevel: withTotal(parts.byLevel),
    byWard: withTotal(parts.byWard),
    byGender: withTotal(parts.byGender),
    byAgeBand: withTotal(parts.byAgeBand),
    byEthnicGroup: withTotal(parts.byEthnicGroup),
    levelByAgeBand: { ...levelByAge, total },
  };
}

// --- the partner pack ---

// A CSV field: quoted when needed, and never read as a formula by a spreadsheet (OWASP: CSV injection).
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

export function partnerPackCsv(d: Dashboard, areaName: string): string {
  const rows: string[][] = [];
  const add = (measure: string, breakdownName: string, key: string, figure: string) => {
    rows.push([measure, breakdownName, key, figure]);
  };
  const series = (measure: string, name: string, b: Breakdown, totalKey = 'Total') => {
    for (const f of b.figures) add(measure, name, f.label, f.shown);
    add(measure, name, totalKey, b.total);
  };
  const table = (measure: string, name: string, t: TwoWay) => {
    for (const [i, r] of t.rows.entries()) for (const [j, c] of t.cols.entries()) add(measure, name, `${r.label} / ${c.label}`, t.cells[i]![j]!);
  };
  add('about', 'area', 'Area', areaName);
  add('about', 'as_of', 'Figures as of', d.asOf);
  add('about', 'period', 'Months for trends', d.period.label);
  add('about', 'disclosure', `Rule: ${d.rule.name}`, d.rule.footnote);
  add('children_at_risk', 'total', 'All children at risk (open case, low, medium or high)', d.atRisk.total);
  series('children_at_risk', 'risk_level', d.atRisk.byLevel);
  series('children_at_risk', 'ward', d.atRisk.byWard);
  series('children_at_risk', 'gender', d.atRisk.byGender);
  series('children_at_risk', 'age_band', d.atRisk.byAgeBand);
  series('children_at_risk', 'ethnic_group', d.atRisk.byEthnicGroup);
  table('children_at_risk', 'risk_level_by_age_band', d.atRisk.levelByAgeBand);
  series('concerns', 'month', d.trends.concerns, 'Total (12 months)');
  series('screenings', 'month', d.trends.screenings, 'Total (12 months)');
  series('referrals', 'month', d.trends.referrals, 'Total (12 months)');
  series('referrals', 'agency', colsOf(d.trends.referralsByTarget), 'Total (12 months)');
  table('referrals', 'month_by_agency', d.trends.referralsByTarget);
  series('missing_episodes', 'month', d.trends.missing, 'Total (12 months)');
  const tooFew = `too few children to show (fewer than ${d.actInTime.minimum})`;
  add('time_to_referral', 'children', 'Children referred in the 12 months', d.actInTime.children);
  add('time_to_referral', 'median_days', 'Days from first indicator to referral', d.actInTime.medianDays ?? tooFew);
  add('time_to_referral', 'p90_days', 'Days from first indicator to referral', d.actInTime.p90Days ?? tooFew);
  add('return_home_interviews', 'returns', 'Returns with an interview outcome or overdue', d.returnHomeInterviews.returns);
  add(
    'return_home_interviews',
    'within_72_hours_percent',
    'Completed within 72 hours of the return',
    d.returnHomeInterviews.percent ?? d.returnHomeInterviews.note,
  );
  return csvLine(['measure', 'breakdown', 'key', 'figure']) + rows.map(csvLine).join('');
}

// --- `lantern stats` ---

export type StatsQuery = { by: Dimension; measure: Measure };

const listOf = (keys: readonly string[]): string => `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]!}`;

export function parseStatsQuery(raw: { by?: unknown; measure?: unknown }): StatsQuery {
  const by = raw.by;
  const measure = raw.measure ?? 'children_at_risk';
  if (typeof by !== 'string' || !Object.hasOwn(DIMENSIONS, by)) {
    throw new ValidationError({ by: `give --by ${listOf(Object.keys(DIMENSIONS))}` });
  }
  if (typeof measure !== 'string' || !Object.hasOwn(MEASURES, measure)) {
    throw new ValidationError({ measure: `give --measure ${listOf(Object.keys(MEASURES))}` });
  }
  return { by: by as Dimension, measure: measure as Measure };
}

const MONTH_NOTE: Record<Measure, string> = {
  children_at_risk:
    'Children at risk now (open case at low, medium or high risk), by the month their open case was opened; children whose case opened before these 12 months are not counted here.',
  concerns: 'Cases opened in each month.',
  screenings: 'Screenings completed in each month.',
  referrals: 'Referrals made in each month.',
  missing: 'Missing episodes recorded as happening in each month.',
};

function figuresOf(raw: Raw, geo: Geo, q: StatsQuery): { figures: Figure[]; total: string; note: string } {
  const rule = geo.rule;
  const period = `in the 12 months from ${monthLabel(raw.months[0]!, true)} to ${monthLabel(raw.months[raw.months.length - 1]!, true)}`;
  const flat = (b: Breakdown, note: string) => ({ figures: b.figures, total: b.total, note });
  if (q.measure === 'children_at_risk') {
    if (q.by === 'month')
      return flat(
        breakdown(
          monthKeys(raw.months),
          tally(raw.risk, (r) => r.month),
          rule,
        ),
        MONTH_NOTE.children_at_risk,
      );
    // The same figures as the page, totals included.
    const atRisk = atRiskOf(raw, geo);
    const what = 'Children at risk now (open case at low, medium or high risk)';
    if (q.by === 'age_band') return flat(atRisk.byAgeBand, `${what} by age band (age today).`);
    if (q.by === 'ward') return flat(atRisk.byWard, `${what} by the ward of their current home.`);
    return flat(atRisk.byGender, `${what} by gender.`);
  }
  if (q.measure === 'referrals' && q.by === 'month') return flat(rowsOf(referralsByTarget(raw, rule)), MONTH_NOTE.referrals);
  const rows = raw.events.filter((e) => e.measure === q.measure);
  if (q.by === 'month')
    return flat(
      breakdown(
        monthKeys(raw.months),
        tally(rows, (r) => r.month),
        rule,
      ),
      MONTH_NOTE[q.measure],
    );
  const d = dimension(geo, q.by);
  const how = q.by === 'ward' ? ' by the ward of the child’s current home' : q.by === 'age_band' ? ' by the child’s age on the day' : ' by gender';
  return flat(breakdown(d.keys, tally(rows, d.keyOf), rule), `${MEASURES[q.measure]} ${period}${how}.`);
}

export function statsService(store: Store, clock: Clock, geo: Geo) {
  // Policy, then the exact counts, the published result and the audit row, in one transaction.
  const read = async <T>(ctx: Ctx, audit: { action: string; detail: Record<string, unknown> }, build: (raw: Raw) => T): Promise<T> => {
    ensureAllowed(ctx, 'stats.read');
    const now = clock();
    return store.transaction(async (repos, tx) => {
      const raw = await load(statsRepository(tx), now);
      const result = build(raw);
      await repos.audit.append(
        auditOf(ctx, now, { action: audit.action, subjectType: 'statistics', purpose: 'statistics', detail: { rule: geo.rule.name, ...audit.detail } }),
      );
      return result;
    });
  };

  return {
    rule: geo.rule,

    // The "Figures and trends" page.
    dashboard: (ctx: Ctx): Promise<Dashboard> => read(ctx, { action: 'stats.view', detail: {} }, (raw) => dashboardOf(raw, geo)),

    // Every figure on the page, as one CSV to share with partners.
    partnerPack: (ctx: Ctx): Promise<{ filename: string; csv: string }> =>
      read(ctx, { action: 'stats.export', detail: { export: 'partner_pack' } }, (raw) => ({
        filename: `lantern-partner-pack-${raw.today}.csv`,
        csv: partnerPackCsv(dashboardOf(raw, geo), geo.wards.areaName),
      })),

    // One measure by one dimension (`lantern stats`).
    figures: async (ctx: Ctx, raw: { by?: unknown; measure?: unknown }): Promise<StatsFigures> => {
      ensureAllowed(ctx, 'stats.read');
      const q = parseStatsQuery(raw);
      return read(ctx, { action: 'stats.export', detail: { export: 'figures', by: q.by, measure: q.measure } }, (data) => ({
        measure: q.measure,
        by: q.by,
        measureLabel: MEASURES[q.measure],
        byLabel: DIMENSIONS[q.by],
        rule: geo.rule.name,
        footnote: disclosureFootnote(geo.rule),
        asOf: data.today,
        ...figuresOf(data, geo, q),
      }));
    },
  };
}
