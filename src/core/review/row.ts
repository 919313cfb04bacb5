// Validation of one input row of a retrospective review (issue 4 §4: "bad rows (missing text, a bad date, wrong
// encoding) are reported with their line numbers and skipped, never silently dropped"). Reasons never quote the row:
// a note is special-category data and the reasons end up in reports and on the terminal.

export const MAX_PERSON_REF_LENGTH = 100;

export type RawRow = { person_ref?: unknown; date?: unknown; agency?: unknown; author_role?: unknown; text?: unknown };
export type NoteRow = { personRef: string; date: string; agency: string; authorRole: string; text: string };
export type RowCheck = { ok: true; row: NoteRow } | { ok: false; reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

// A review parses the same few thousand date strings a million times: answers are kept, up to a bound.
const PARSED = new Map<string, string | null>();
const MAX_PARSED = 50_000;

/** The calendar date (YYYY-MM-DD) of a YYYY-MM-DD date or an ISO 8601 date-time, or null if it is not a real one. */
export function parseNoteDate(raw: string): string | null {
  let date = PARSED.get(raw);
  if (date === undefined) {
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(raw, (date = parseDate(raw)));
  }
  return date;
}

function parseDate(raw: string): string | null {
  const m = DATE.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) return null;
  return raw.trim().slice(0, 10);
}

// Days since 1970-01-01 for a valid YYYY-MM-DD, and back: the review keeps dates as small integers.
const DAYS = new Map<string, number>();
export function dayNumber(iso: string): number {
  let day = DAYS.get(iso);
  if (day === undefined) {
    day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    if (DAYS.size >= MAX_PARSED) DAYS.clear();
    DAYS.set(iso, day);
  }
  return day;
}

// A review turns the same few thousand days back into dates millions of times (timelines, thresholds, wording dates):
// each day's string from 1900 to 2169 is built once; other days are built each time.
const CACHE_FIRST_DAY = -25_567; // 1900-01-01
export const CACHED_DAYS = 98_616;
/** A day's index in per-day caches (0 for 1900-01-01), or -1 outside 1900 to 2169. */
export function cachedDayIndex(day: number): number {
  const k = day - CACHE_FIRST_DAY;
  return k >= 0 && k < CACHED_DAYS && (k | 0) === k ? k : -1;
}
const ISO_CACHE: (string | null)[] = new Array<string | null>(CACHED_DAYS).fill(null);
const buildIso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
export function isoOfDay(day: number): string {
  const k = cachedDayIndex(day);
  return k < 0 ? buildIso(day) : (ISO_CACHE[k] ??= buildIso(day));
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const badText = (v: unknown) => typeof v === 'string' && v.includes('\uFFFD');
// Present (not undefined or null) but neither text nor a number.
const notText = (v: unknown) => v !== undefined && v !== null && text(v) === null;

export function checkRow(raw: RawRow): RowCheck {
  // Invalid UTF-8 decodes to U+FFFD: the bytes were not text in the stated encoding, so the row cannot be trusted.
  // (Each column by name, not a list of them: this runs a million times in a review.)
  if (badText(raw.person_ref) || badText(raw.date) || badText(raw.agency) || badText(raw.author_role) || badText(raw.text))
    return { ok: false, reason: 'not valid UTF-8 text (wrong encoding)' };
  if (notText(raw.agency)) return { ok: false, reason: 'agency is not text' };
  if (notText(raw.author_role)) return { ok: false, reason: 'author_role is not text' };
  const personRef = text(raw.person_ref)?.trim() ?? '';
  if (!personRef) return { ok: false, reason: 'missing person_ref' };
  if (personRef.length > MAX_PERSON_REF_LENGTH) return { ok: false, reason: `person_ref is longer than ${MAX_PERSON_REF_LENGTH} characters` };
  const dateRaw = text(raw.date)?.trim() ?? '';
  if (!dateRaw) return { ok: false, reason: 'missing date' };
  const date = parseNoteDate(dateRaw);
  if (!date) return { ok: false, reason: 'date is not a real date in the form YYYY-MM-DD' };
  const note = text(raw.text) ?? '';
  if (!note.trim()) return { ok: false, reason: 'missing text' };
  return { ok: true, row: { personRef, date, agency: text(raw.agency)?.trim() ?? '', authorRole: text(raw.author_role)?.trim() ?? '', text: note } };
}
