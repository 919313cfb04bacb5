// Postcode lookup from an ONS Postcode Directory (ONSPD) CSV, or an area extract of one (~50k rows for a borough).
// Pure: the caller reads the file and passes its text in. Column names follow the ONSPD user guide: pcds (or pcd/pcd2)
// for the postcode, lat and long in WGS84, osward for the ward (or a year-specific column such as wd22cd).
// csv-parse/sync, not the package root: the root imports node:stream. (The sync parser still uses the Buffer global.)
import { CsvError, parse } from 'csv-parse/sync';
import { ValidationError } from '../errors.ts';
import { normalisePostcode } from '../records/postcode.ts';

export { normalisePostcode };

export interface PostcodeRecord {
  /** Normalised: upper case, one space before the inward code. */
  postcode: string;
  /** null when the directory has no grid reference for the postcode. */
  lat: number | null;
  lon: number | null;
  /** null when the row has no ward, or a pseudo code (E99999999 ...). */
  wardCode: string | null;
}

export interface PostcodeIndex {
  lookup(postcode: string): PostcodeRecord | null;
  readonly size: number;
}

// ONSPD marks a postcode with no grid reference with lat 99.999999 and long 0.000000 (ONSPD user guide, "lat/long").
const NO_GRID_LAT = 99.999999;
// ONSPD pseudo codes (E99999999, W99999999, S99999999, N99999999, L99999999, M99999999) mean "no ward".
const PSEUDO_CODE = /^[A-Z]99999999$/;
const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd2'] as const;
const YEAR_WARD_COLUMN = /^wd\d{2}cd$/;

// csv-parse error codes in words that never quote the row (its own messages include field values).
const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected character after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'wrong number of fields for the header',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of fields for the header',
};

function fail(message: string): never {
  throw new ValidationError({ postcodes: message }, message);
}

interface Columns {
  postcode: number;
  postcodeName: string;
  lat: number;
  long: number;
  ward: number;
  wardName: string;
}

function findColumns(header: string[]): Columns {
  const names = header.map((h) => h.trim().toLowerCase());
  const postcodeName = POSTCODE_COLUMNS.find((c) => names.includes(c));
  const wardName = names.includes('osward') ? 'osward' : names.find((n) => YEAR_WARD_COLUMN.test(n));
  const missing = [
    postcodeName ? null : 'pcds (or pcd, pcd2)',
    names.includes('lat') ? null : 'lat',
    names.includes('long') ? null : 'long',
    wardName ? null : 'osward (or a ward code column such as wd22cd)',
  ].filter((m) => m !== null);
  if (!postcodeName || !wardName || missing.length)
    fail(`line 1: the header row has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (expected the ONS Postcode Directory layout)`);
  return {
    postcode: names.indexOf(postcodeName),
    postcodeName,
    lat: names.indexOf('lat'),
    long: names.indexOf('long'),
    ward: names.indexOf(wardName),
    wardName,
  };
}

const readNumber = (raw: string): number | null => (raw.trim() === '' ? null : Number(raw));

/**
 * Build a postcode index from ONSPD-layout CSV text. Throws ValidationError ({ postcodes: message }) naming the missing
 * column, or the first bad line (by line number, counting the header as line 1) and what is wrong with it.
 */
export function loadPostcodes(text: string): PostcodeIndex {
  const rows = new Map<string, number>(); // normalised postcode -> row index
  const lats: number[] = [];
  const lons: number[] = [];
  const wards: number[] = []; // index into wardCodes, or -1
  const wardCodes: string[] = [];
  const wardIndex = new Map<string, number>();
  const firstLine: number[] = [];
  let columns: Columns | undefined;

  const onRecord = (record: string[], info: { lines: number }): null => {
    const line = info.lines;
    if (!columns) {
      columns = findColumns(record);
      return null;
    }
    const c = columns;
    const postcode = normalisePostcode(record[c.postcode] ?? '');
    if (!postcode) fail(`line ${line}: the ${c.postcodeName} column does not hold a UK postcode`);
    const previous = rows.get(postcode);
    if (previous !== undefined) fail(`line ${line}: the postcode is listed twice (first on line ${firstLine[previous]!})`);
    let lat = readNumber(record[c.lat] ?? '');
    let lon = readNumber(record[c.long] ?? '');
    if ((lat !== null && !Number.isFinite(lat)) || (lon !== null && !Number.isFinite(lon))) fail(`line ${line}: lat or long is not a number`);
    if (lat === NO_GRID_LAT || lat === null || lon === null) {
      lat = null;
      lon = null;
    } else if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      fail(`line ${line}: lat must be -90 to 90 and long -180 to 180 (decimal degrees, WGS84)`);
    }
    const ward = (record[c.ward] ?? '').trim().toUpperCase();
    let w = -1;
    if (ward !== '' && !PSEUDO_CODE.test(ward)) {
      w = wardIndex.get(ward) ?? -1;
      if (w === -1) {
        w = wardCodes.push(ward) - 1;
        wardIndex.set(ward, w);
      }
    }
    rows.set(postcode, lats.length);
    firstLine.push(line);
    lats.push(lat ?? NaN);
    lons.push(lon ?? NaN);
    wards.push(w);
    return null;
  };

  try {
    parse(text, { bom: true, skip_empty_lines: true, trim: true, on_record: onRecord });
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    if (e instanceof CsvError) fail(`line ${typeof e.lines === 'number' ? e.lines : '?'}: malformed CSV: ${CSV_REASONS[e.code] ?? 'the row cannot be read'}`);
    throw e;
  }
  if (!columns) fail('the file is empty: expected a header row (pcds, lat, long, osward ...) and one row per postcode');
  if (rows.size === 0) fail('the file has a header row but no postcodes');

  // Compact storage: the Map holds only the key and a row number; the numbers live in typed arrays.
  const lat = Float64Array.from(lats);
  const lon = Float64Array.from(lons);
  const ward = Int32Array.from(wards);
  return {
    size: rows.size,
    lookup(query) {
      const postcode = normalisePostcode(query);
      const i = postcode === null ? undefined : rows.get(postcode);
      if (postcode === null || i === undefined) return null;
      const la = lat[i]!;
      const w = ward[i]!;
      return {
        postcode,
        lat: Number.isNaN(la) ? null : la,
        lon: Number.isNaN(la) ? null : lon[i]!,
        wardCode: w === -1 ? null : wardCodes[w]!,
      };
    },
  };
}
