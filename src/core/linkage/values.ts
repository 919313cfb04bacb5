// Interned field values and their derived features. Every distinct normalised value gets an integer id; its characters
// sit in one packed Uint16Array and its derived features (phonetic keys, nickname groups, date parts, postcode
// district, e-mail user name) in typed arrays indexed by that id. Records then hold one Int32 per field, so comparing
// two records is integer compares plus, at most, a string measure over the packed characters: no objects per pair.
import { givenNameKeys } from '../identity/names.ts';
import {
  dayNumber,
  emailUser,
  normaliseDate,
  normaliseEmail,
  normaliseIdentifier,
  normaliseName,
  normalisePostcodeValue,
  parseDateParts,
  postcodeParts,
} from './normalise.ts';
import { charHistogram, charMask, nysiis, soundex } from './strings.ts';
import type { FieldKind, FieldSpec } from './types.ts';

export const MISSING = -1;
/** dayNumber of an incomplete or invalid date. */
export const NO_DAY = -2147483648;

const NORMALISERS: Readonly<Record<FieldKind, (raw: string) => string>> = {
  name: normaliseName,
  string: normaliseName,
  date: normaliseDate,
  postcode: normalisePostcodeValue,
  email: normaliseEmail,
  id: normaliseIdentifier,
  exact: (raw) => raw.trim(),
};

function grow<T extends Int32Array | Int16Array | Uint8Array | Uint16Array>(a: T, size: number, fill: number): T {
  if (a.length >= size) return a;
  const n = Math.max(size, a.length * 2);
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** Bits of `ValueTable.derived`: which kinds' features a value has. */
const DERIVED_BIT: Readonly<Record<FieldKind, number>> = { name: 1, date: 2, postcode: 4, email: 8, id: 0, exact: 0, string: 16 };

export class ValueTable {
  /** Packed UTF-16 code units of every value; value v is chars[start[v], start[v] + len[v]). */
  chars = new Uint16Array(4096);
  start = new Int32Array(256);
  len = new Int32Array(256);
  /** Per value, for cheap bounds before a string measure: character mask (Jaro-Winkler), character histogram (edit distance). */
  mask = new Int32Array(256);
  histLo = new Int32Array(256);
  histHi = new Int32Array(256);
  /** Interned derived keys (phonetic codes, nickname groups, postcode districts): key text -> id. */
  readonly keyIds = new Map<string, number>();
  // Derived features by value id (MISSING when not applicable).
  nysiis = new Int32Array(256).fill(MISSING);
  soundex = new Int32Array(256).fill(MISSING);
  initial = new Int32Array(256).fill(MISSING);
  nickStart = new Int32Array(256);
  nickCount = new Uint8Array(256);
  nickGroups = new Int32Array(256);
  year = new Int16Array(256);
  month = new Int16Array(256);
  day = new Int16Array(256);
  dayNo = new Int32Array(256).fill(NO_DAY);
  district = new Int32Array(256).fill(MISSING);
  area = new Int32Array(256).fill(MISSING);
  user = new Int32Array(256).fill(MISSING);
  derived = new Uint8Array(256);
  private readonly ids = new Map<string, number>();
  private readonly rawIds: Map<string, number>[] = Object.keys(NORMALISERS).map(() => new Map<string, number>());
  private used = 0;
  private nickUsed = 0;
  count = 0;

  /** Id of a normalised value (interning it). */
  intern(s: string): number {
    const known = this.ids.get(s);
    if (known !== undefined) return known;
    const v = this.count++;
    this.ids.set(s, v);
    if (v >= this.start.length) this.growValues(v + 1);
    this.chars = grow(this.chars, this.used + s.length, 0);
    for (let i = 0; i < s.length; i++) this.chars[this.used + i] = s.charCodeAt(i);
    this.start[v] = this.used;
    this.len[v] = s.length;
    this.mask[v] = charMask(this.chars, this.used, s.length);
    const [lo, hi] = charHistogram(this.chars, this.used, s.length);
    this.histLo[v] = lo;
    this.histHi[v] = hi;
    this.used += s.length;
    return v;
  }

  /** The normalised text of value v. */
  text(v: number): string {
    const s = this.start[v]!;
    return String.fromCharCode(...this.chars.subarray(s, s + this.len[v]!));
  }

  keyId(key: string): number {
    let k = this.keyIds.get(key);
    if (k === undefined) {
      k = this.keyIds.size;
      this.keyIds.set(key, k);
    }
    return k;
  }

  /** Value id of a raw field value for a kind of field, or MISSING when it is empty. Derived features are filled in. */
  add(raw: string | null | undefined, kind: FieldKind, kindIndex: number): number {
    if (raw === null || raw === undefined) return MISSING;
    const cache = this.rawIds[kindIndex]!;
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const norm = NORMALISERS[kind](raw);
    const v = norm === '' ? MISSING : this.intern(norm);
    if (v !== MISSING) this.derive(v, norm, kind);
    cache.set(raw, v);
    return v;
  }

  private derive(v: number, norm: string, kind: FieldKind): void {
    const bit = DERIVED_BIT[kind];
    if (bit === 0 || (this.derived[v]! & bit) !== 0) return;
    this.derived[v]! |= bit;
    this.initial[v] = norm.charCodeAt(0);
    if (kind === 'name') {
      const ny = nysiis(norm);
      const sx = soundex(norm);
      if (ny !== '') this.nysiis[v] = this.keyId(`n:${ny}`);
      if (sx !== '') this.soundex[v] = this.keyId(`s:${sx}`);
      const groups = givenNameKeys(norm).filter((k) => k.startsWith('grp:'));
      if (groups.length) {
        this.nickGroups = grow(this.nickGroups, this.nickUsed + groups.length, 0);
        this.nickStart[v] = this.nickUsed;
        this.nickCount[v] = Math.min(groups.length, 255);
        for (const g of groups.slice(0, 255)) this.nickGroups[this.nickUsed++] = this.keyId(g);
      }
    } else if (kind === 'date') {
      const p = parseDateParts(norm);
      if (p) {
        this.year[v] = p.year;
        this.month[v] = p.month;
        this.day[v] = p.day;
        const d = dayNumber(p);
        this.dayNo[v] = Number.isNaN(d) ? NO_DAY : d;
      }
    } else if (kind === 'postcode') {
      const { district, area } = postcodeParts(norm);
      if (district !== null) this.district[v] = this.keyId(`d:${district}`);
      if (area !== null) this.area[v] = this.keyId(`a:${area}`);
    } else if (kind === 'email') {
      const u = emailUser(norm);
      if (u !== '') this.user[v] = this.intern(u);
    }
  }

  private growValues(size: number): void {
    this.start = grow(this.start, size, 0);
    this.len = grow(this.len, size, 0);
    this.mask = grow(this.mask, size, 0);
    this.histLo = grow(this.histLo, size, 0);
    this.histHi = grow(this.histHi, size, 0);
    this.nysiis = grow(this.nysiis, size, MISSING);
    this.soundex = grow(this.soundex, size, MISSING);
    this.initial = grow(this.initial, size, MISSING);
    this.nickStart = grow(this.nickStart, size, 0);
    this.nickCount = grow(this.nickCount, size, 0);
    this.year = grow(this.year, size, 0);
    this.month = grow(this.month, size, 0);
    this.day = grow(this.day, size, 0);
    this.dayNo = grow(this.dayNo, size, NO_DAY);
    this.district = grow(this.district, size, MISSING);
    this.area = grow(this.area, size, MISSING);
    this.user = grow(this.user, size, MISSING);
    this.derived = grow(this.derived, size, 0);
  }

  /** Drops the raw-value caches once all records are in (they are only needed while adding). */
  seal(): void {
    for (const m of this.rawIds) m.clear();
    this.ids.clear();
  }
}

/** Records as value ids, one Int32Array per field. Records [0, nLeft) are the left file, the rest the right file. */
export type Features = {
  fields: readonly FieldSpec[];
  values: ValueTable;
  column: readonly Int32Array[];
  size: number;
  nLeft: number;
  /** True when linking two files (pairs are left x right); false when de-duplicating one file (pairs i < j). */
  linking: boolean;
};

const KIND_INDEX: Readonly<Record<FieldKind, number>> = Object.fromEntries(Object.keys(NORMALISERS).map((k, i) => [k, i])) as Record<FieldKind, number>;

/** Builds Features one record at a time, so that a reader can stream a file in without keeping its rows. */
export class FeatureBuilder {
  private readonly values = new ValueTable();
  private columns: Int32Array[];
  private size = 0;
  private nLeft = -1;

  constructor(private readonly fields: readonly FieldSpec[]) {
    this.columns = fields.map(() => new Int32Array(1024));
  }

  /** One record: its raw values in the order of the fields. */
  add(row: readonly (string | null | undefined)[]): void {
    const n = this.size++;
    if (n >= this.columns[0]!.length) this.columns = this.columns.map((c) => grow(c, n + 1, 0));
    for (let f = 0; f < this.fields.length; f++) {
      const kind = this.fields[f]!.kind;
      this.columns[f]![n] = this.values.add(row[f], kind, KIND_INDEX[kind]);
    }
  }

  /** The records added so far are the left file; those added next are the right file. */
  startRightFile(): void {
    if (this.nLeft >= 0) throw new Error('startRightFile was already called');
    this.nLeft = this.size;
  }

  finish(): Features {
    this.values.seal();
    const linking = this.nLeft >= 0;
    return {
      fields: this.fields,
      values: this.values,
      column: this.columns.map((c) => c.slice(0, this.size)),
      size: this.size,
      nLeft: linking ? this.nLeft : this.size,
      linking,
    };
  }
}
