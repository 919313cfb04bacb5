// Validation of one input row of a retrospective review (issue 4 §4: "bad rows (missing text, a bad date, wrong
// encoding) are reported with their line numbers and skipped, never silently dropped"). Reasons never quote the row:
// a note is special-category data and the reasons end up in reports and on the terminal.

export const MAX_PERSON_REF_LENGTH = 100;

export type RawRow = { person_ref?: unknown; date?: unknown; agency?: unknown; author_role?: unknown; text?: unknown };
export type NoteRow = { personRef: string; date: string; agency: string; authorRole: string; text: string };
/** `value`: what was wrong, only when it cannot be personal (the shape of a date; never text or a name). */
export type RowCheck = { ok: true; row: NoteRow } | { ok: false; reason: string; value?: string };

export const ROW_REASONS = {
  encoding: 'not valid UTF-8 text (wrong encoding)',
  date: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY',
} as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// UK exports (Excel with en-GB settings) write DD/MM/YYYY or D/M/YYYY, often with a time. Always day first: a UK
// system never writes MM/DD, and guessing per row would read 01/02 one way and 13/02 the other.
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// A bad date is quoted back only when it has a date's shape: a shifted column could hold a name or a note.
const DATE_SHAPED = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ,]{1,2}[\d:.+Z-]{1,20})?$/;

// A review parses the same few thousand date strings a million times: answers are kept, up to a bound.
const PARSED = new Map<string, string | null>();
const MAX_PARSED = 50_000;

/**
 * The calendar date (YYYY-MM-DD) of a YYYY-MM-DD date, an ISO 8601 date-time or a UK DD/MM/YYYY date (with or without
 * a time), or null if it is not a real one.
 */
export function parseNoteDate(raw: string): string | null {
  let date = PARSED.get(raw);
  if (date === undefined) {
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(raw, (date = parseDate(raw)));
  }
  return date;
}

function parseDate(raw: string): string | null {
  const t = raw.trim();
  const m = DATE.exec(t);
  if (m) return realDate(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]) ? t.slice(0, 10) : null;
  const uk = UK_DATE.exec(t);
  if (!uk) return null;
  const [d, mo, y] = [uk[1]!.padStart(2, '0'), uk[2]!.padStart(2, '0'), uk[3]!];
  return realDate(y, mo, d, uk[4], uk[5], uk[6]) ? `${y}-${mo}-${d}` : null;
}

function realDate(ys: string, mos: string, ds: string, h?: string, mi?: string, sec?: string): boolean {
  const [y, mo, d] = [Number(ys), Number(mos), Number(ds)];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  return !(h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (sec !== undefined && Number(sec) > 59)));
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
    return { ok: false, reason: ROW_REASONS.encoding };
  if (notText(raw.agency)) return { ok: false, reason: 'agency is not text' };
  if (notText(raw.author_role)) return { ok: false, reason: 'author_role is not text' };
  const personRef = text(raw.person_ref)?.trim() ?? '';
  if (!personRef) return { ok: false, reason: 'missing person_ref' };
  if (personRef.length > MAX_PERSON_REF_LENGTH) return { ok: false, reason: `person_ref is longer than ${MAX_PERSON_REF_LENGTH} characters` };
  const dateRaw = text(raw.date)?.trim() ?? '';
  if (!dateRaw) return { ok: false, reason: 'missing date' };
  const date = parseNoteDate(dateRaw);
  if (!date) return DATE_SHAPED.test(dateRaw) ? { ok: false, reason: ROW_REASONS.date, value: dateRaw } : { ok: false, reason: ROW_REASONS.date };
  const note = text(raw.text) ?? '';
  if (!note.trim()) return { ok: false, reason: 'missing text' };
  return { ok: true, row: { personRef, date, agency: text(raw.agency)?.trim() ?? '', authorRole: text(raw.author_role)?.trim() ?? '', text: note } };
}

// Where bytes stop being UTF-8 (run only on a row already found to be wrong). The byte alone is not personal, and a
// Windows-1252 reading of it (é, £) tells the reader which encoding the file is really in.
const CP1252 = new TextDecoder('windows-1252');
/** The first byte of bytes[from, to) that is not UTF-8, as "byte E9 (é in Windows-1252)"; undefined when all are. */
export function badByteText(bytes: Uint8Array, from: number, to: number): string | undefined {
  for (let i = from; i < to;) {
    const c = bytes[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= to;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong, surrogate and out-of-range forms (RFC 3629 table).
    if (ok && len === 3) ok = !(c === 0xe0 && bytes[i + 1]! < 0xa0) && !(c === 0xed && bytes[i + 1]! > 0x9f);
    if (ok && len === 4) ok = !(c === 0xf0 && bytes[i + 1]! < 0x90) && !(c === 0xf4 && bytes[i + 1]! > 0x8f);
    if (!ok) {
      const hex = c.toString(16).toUpperCase().padStart(2, '0');
      const ch = CP1252.decode(bytes.subarray(i, i + 1));
      return /^[\p{L}\p{N}\p{S}\p{P}]$/u.test(ch) ? `byte ${hex} (${ch} in Windows-1252)` : `byte ${hex}`;
    }
    i += len;
  }
  return undefined;
}
