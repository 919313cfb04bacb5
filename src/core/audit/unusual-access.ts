// Unusual access to records: which user-days stand out from the audit trail's daily counts, and why, in plain words.
// The insider-browsing threat (docs/security.md, threat model): a worker who opens or searches far more records than
// their work explains. NHS privacy monitoring looks for exactly this against the "legitimate relationship" (NHS Care
// Identity Service; the NHS Digital Data Security and Protection Toolkit asks for monitoring of unusual access), and
// OWASP ASVS 4.0.3 asks for it in 7.2 (access decisions logged and reviewable), 8.1.4 (abnormal request volumes
// detected) and 11.1.7 (unusual activity monitored).
//
// Pure: counts in, flagged days out. No clock (the window is passed in) and no I/O.

/** One user's audited activity on one calendar day (Europe/London), as counted from the audit trail. */
export type DailyAccess = {
  userId: string;
  /** 'YYYY-MM-DD' */
  day: string;
  /** Distinct people's records (children and adults) the user touched that day. */
  records: number;
  /** Searches for people. */
  searches: number;
  /** Break-glass grants: records opened outside the user's case work. */
  breakGlass: number;
  /** Pages or records refused to the user (403, `access.refused`). */
  refusals: number;
};

// Every threshold in one place. The defaults are deliberately conservative: the report is for a person to review, so a
// missed pattern costs more than a row the reviewer can dismiss, but a report full of ordinary days gets ignored.
export const UNUSUAL_ACCESS = {
  // More than this many different records in one day is flagged for anyone. The Department for Education's children's
  // social work workforce statistics put the average caseload at about 16-17 children per social worker; 40 is more
  // than two whole caseloads opened in a day, which ordinary casework does not explain.
  recordsCeiling: 40,
  // Searches find children the user does not yet work with, which is how browsing starts; a duty or MASH worker may
  // search a few dozen times on a busy day, so the fixed limit is above that.
  searchesCeiling: 30,
  // The user's own usual day: the median of the days they were active in the previous 28 days (four whole weeks, so
  // every weekday counts equally). The median, not the mean, so one earlier busy day does not raise the bar.
  baselineDays: 28,
  // Flag a day at more than this many times the user's usual day (the "well above their own usual" of NHS monitoring).
  baselineMultiple: 3,
  // Days off, weekends and leave are not part of the usual day: only active days (a record opened or a search made)
  // count, and at least this many of them are needed before a user has a usual day at all. Until then (new users, or
  // after long leave) only the fixed ceilings apply.
  baselineMinActiveDays: 5,
  // Above their usual day, but below this, is not flagged: a quiet user who opens 4 records instead of 1 is doing
  // ordinary work. 15 is about one caseload (see recordsCeiling).
  baselineFloorRecords: 15,
  baselineFloorSearches: 15,
  // Any break-glass: it is already flagged to the safeguarding lead, and it belongs beside the rest of that day.
  breakGlassPerDay: 1,
  // One refusal is a mistyped address or an old link; three or more in a day is someone trying records they may not see.
  refusalsPerDay: 3,
  // API calls with a wrong, revoked or expired token (counted with no user: a token that is not valid names no one). An
  // integration left on an expired token retries a few times; dozens in a day is guessing or a stolen token's replay.
  tokenRefusalsPerDay: 20,
} as const;

// What is counted, by audit action. A record counts as opened when an audit event of the user names it (a view, a
// change, its chronology, screenings, network, break-glass, its audit list...), once per day however often. Two actions
// name a record without opening it: the retention schedule's deletion tombstone, and a lead marking a break-glass alert
// as reviewed from the dashboard.
export const COUNTED_ACTIONS = {
  search: 'person.search',
  breakGlass: 'person.break_glass',
  refused: 'access.refused',
  tokenRefused: 'api.token_refused',
  notOpening: ['retention.delete', 'break_glass.reviewed'],
} as const;

export type UnusualAccessThresholds = { [K in keyof typeof UNUSUAL_ACCESS]: number };

export const UNUSUAL_ACCESS_REASONS = {
  records_ceiling: 'Many records',
  records_usual: 'Records well above usual',
  searches_ceiling: 'Many searches',
  searches_usual: 'Searches well above usual',
  break_glass: 'Break-glass',
  refusals: 'Repeated refusals',
} as const;
export type UnusualAccessReasonKind = keyof typeof UNUSUAL_ACCESS_REASONS;

export type UnusualAccessReason = { kind: UnusualAccessReasonKind; text: string };

/** The user's usual day before the flagged one, or null when they have too few active days to have one. */
export type UsualDay = { records: number; searches: number; activeDays: number } | null;

export type FlaggedDay = {
  userId: string;
  day: string;
  counts: Omit<DailyAccess, 'userId' | 'day'>;
  usual: UsualDay;
  reasons: UnusualAccessReason[];
};

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day `n` days after `day` (negative: before). Plain calendar arithmetic, so clock changes do not matter. */
export function addDays(day: string, n: number): string {
  const m = DATE.exec(day);
  if (!m) throw new RangeError(`Not a date: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The first day whose counts are needed to judge days from `from`: the start of the first day's baseline. */
export const countsNeededFrom = (from: string, t: UnusualAccessThresholds = UNUSUAL_ACCESS): string => addDays(from, -t.baselineDays);

export function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const shown = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function usualDay(history: readonly DailyAccess[], t: UnusualAccessThresholds): UsualDay {
  const active = history.filter((d) => d.records > 0 || d.searches > 0);
  if (active.length < t.baselineMinActiveDays) return null;
  return { records: median(active.map((d) => d.records)), searches: median(active.map((d) => d.searches)), activeDays: active.length };
}

// "More than N times their usual" with a floor; a usual of 0 (active days spent only searching, say) is still a usual.
const aboveUsual = (count: number, usual: number, floor: number, t: UnusualAccessThresholds): boolean => count >= floor && count > t.baselineMultiple * usual;

function reasonsFor(d: DailyAccess, usual: UsualDay, t: UnusualAccessThresholds): UnusualAccessReason[] {
  const reasons: UnusualAccessReason[] = [];
  const basis = usual ? ` (median of their ${plural(usual.activeDays, 'active day', 'active days')} in the previous ${t.baselineDays})` : '';
  const vsUsual = (count: string, typical: number) =>
    typical === 0
      ? `${count}, where their usual day has none${basis}.`
      : `${count}: more than ${t.baselineMultiple} times their usual ${shown(typical)} a day${basis}.`;
  if (d.records > t.recordsCeiling) {
    reasons.push({
      kind: 'records_ceiling',
      text: `Opened ${plural(d.records, 'record', 'different records')} in one day, more than the limit of ${t.recordsCeiling}.`,
    });
  }
  if (usual && aboveUsual(d.records, usual.records, t.baselineFloorRecords, t)) {
    reasons.push({ kind: 'records_usual', text: vsUsual(`Opened ${plural(d.records, 'record', 'records')}`, usual.records) });
  }
  if (d.searches > t.searchesCeiling) {
    reasons.push({
      kind: 'searches_ceiling',
      text: `Made ${plural(d.searches, 'search', 'searches')} in one day, more than the limit of ${t.searchesCeiling}.`,
    });
  }
  if (usual && aboveUsual(d.searches, usual.searches, t.baselineFloorSearches, t)) {
    reasons.push({ kind: 'searches_usual', text: vsUsual(`Made ${plural(d.searches, 'search', 'searches')}`, usual.searches) });
  }
  if (d.breakGlass >= t.breakGlassPerDay) {
    reasons.push({ kind: 'break_glass', text: `Used break-glass ${plural(d.breakGlass, 'time', 'times')} to open a record outside their case work.` });
  }
  if (d.refusals >= t.refusalsPerDay) {
    reasons.push({
      kind: 'refusals',
      text: `Was refused ${plural(d.refusals, 'page', 'pages')} they have no access to (${t.refusalsPerDay} or more in a day is unusual).`,
    });
  }
  return reasons;
}

/**
 * The user-days from `window.from` to `window.to` (inclusive, 'YYYY-MM-DD') that are unusual, newest first, each with
 * its reasons. `rows` should hold each user's counts from `countsNeededFrom(window.from)` so that every day in the
 * window has its full baseline; a day with no row is a day with no activity. Rows for the same user and day are added
 * together.
 */
export function unusualAccess(rows: readonly DailyAccess[], window: { from: string; to: string }, t: UnusualAccessThresholds = UNUSUAL_ACCESS): FlaggedDay[] {
  const byUser = new Map<string, Map<string, DailyAccess>>();
  for (const r of rows) {
    let days = byUser.get(r.userId);
    if (!days) byUser.set(r.userId, (days = new Map<string, DailyAccess>()));
    const had = days.get(r.day);
    days.set(
      r.day,
      had
        ? {
            ...had,
            records: had.records + r.records,
            searches: had.searches + r.searches,
            breakGlass: had.breakGlass + r.breakGlass,
            refusals: had.refusals + r.refusals,
          }
        : { ...r },
    );
  }
  const flagged: FlaggedDay[] = [];
  for (const [userId, days] of byUser) {
    const sorted = [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (const d of sorted) {
      if (d.day < window.from || d.day > window.to) continue;
      const since = addDays(d.day, -t.baselineDays);
      const usual = usualDay(
        sorted.filter((h) => h.day >= since && h.day < d.day),
        t,
      );
      const reasons = reasonsFor(d, usual, t);
      if (reasons.length) {
        flagged.push({
          userId,
          day: d.day,
          counts: { records: d.records, searches: d.searches, breakGlass: d.breakGlass, refusals: d.refusals },
          usual,
          reasons,
        });
      }
    }
  }
  return flagged.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : b.reasons.length - a.reasons.length || b.counts.records - a.counts.records));
}

/** API calls refused for their token on one London day: `calls` summed from the audit trail's per-minute records. */
export type TokenRefusalDay = { day: string; calls: number };

/** The days in the window with at least `tokenRefusalsPerDay` refused API calls, newest first. */
export function unusualTokenDays(
  rows: readonly TokenRefusalDay[],
  window: { from: string; to: string },
  t: UnusualAccessThresholds = UNUSUAL_ACCESS,
): TokenRefusalDay[] {
  const byDay = new Map<string, number>();
  for (const r of rows) if (r.day >= window.from && r.day <= window.to) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.calls);
  return [...byDay]
    .filter(([, calls]) => calls >= t.tokenRefusalsPerDay)
    .map(([day, calls]) => ({ day, calls }))
    .sort((a, b) => (a.day < b.day ? 1 : -1));
}
