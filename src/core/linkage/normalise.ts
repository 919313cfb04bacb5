// Normalising one raw field value per kind of field, and the parts that comparisons and blocking look at (date
// components, postcode district and area, e-mail user name). Each function runs once per distinct raw value.
import { normaliseName } from '../identity/names.ts';
import { normalisePostcode, postcodeDistrict } from '../records/postcode.ts';

export { normaliseName }; // names and free text share the identity module's normalisation

/** Year, month and day of a date; 0 where a part is unknown. Out-of-range parts are kept: data entry errors happen. */
export type DateParts = { year: number; month: number; day: number };

const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YMD = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YEAR = /^(\d{4})$/;

/**
 * Parses the date shapes found in agency extracts: 19710624 (FEBRL), 1971-06-24, 1971-06, 1971 and the UK order
 * 24/06/1971. Returns null for anything else. "00" for a month or day means unknown (a partial date).
 */
export function parseDateParts(raw: string): DateParts | null {
  const s = raw.trim();
  let m = YMD_COMPACT.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = YMD.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: m[3] === undefined ? 0 : Number(m[3]) };
  m = DMY.exec(s);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = YEAR.exec(s);
  if (m) return { year: Number(m[1]), month: 0, day: 0 };
  return null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The canonical text of a date (1971-06-24, 1971-06 or 1971), or the trimmed input when it is not a date. */
export function normaliseDate(raw: string): string {
  const p = parseDateParts(raw);
  if (!p) return raw.trim();
  if (p.month === 0) return String(p.year);
  if (p.day === 0) return `${p.year}-${pad2(p.month)}`;
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Days since 1 Jan 1900 when the date is complete and valid, else NaN (for "within a year" comparisons). */
export function dayNumber(p: DateParts): number {
  if (p.year === 0 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return NaN;
  const t = Date.UTC(p.year, p.month - 1, p.day);
  const back = new Date(t);
  if (back.getUTCDate() !== p.day) return NaN; // 31 February
  return Math.round((t - Date.UTC(1900, 0, 1)) / 86_400_000);
}

/**
 * Postcode in one form: a UK postcode as "RM1 2AB"; anything else upper case without spaces (e.g. the four-digit
 * Australian postcodes of FEBRL).
 */
export function normalisePostcodeValue(raw: string): string {
  return normalisePostcode(raw) ?? raw.toUpperCase().replace(/\s+/g, '');
}

/**
 * District and area of a normalised postcode. UK: the outward code ("RM1") and its letters ("RM"), per the ONS
 * Postcode Directory user guide. Other shapes: the value without its last one and two characters (for four-digit
 * postcodes, neighbouring delivery areas share leading digits), or null when too short.
 */
export function postcodeParts(pc: string): { district: string | null; area: string | null } {
  if (pc.includes(' ')) {
    const district = postcodeDistrict(pc);
    return { district, area: /^[A-Z]+/.exec(district)?.[0] ?? null };
  }
  return { district: pc.length >= 3 ? pc.slice(0, -1) : null, area: pc.length >= 4 ? pc.slice(0, -2) : null };
}

/** Lower case, trimmed. */
export const normaliseEmail = (raw: string): string => raw.trim().toLowerCase();

/** The part before the @ (the whole value when there is none). */
export const emailUser = (email: string): string => {
  const at = email.indexOf('@');
  return at < 0 ? email : email.slice(0, at);
};

/** Identifiers (NHS numbers, national insurance numbers, social security ids): upper case, no spaces or hyphens. */
export const normaliseIdentifier = (raw: string): string => raw.toUpperCase().replace(/[\s-]+/g, '');
