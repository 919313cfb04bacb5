// Comparison levels: for each kind of field, an ordered list of tests that sort a pair of values into a level, from
// the strongest agreement to none. The model learns one m and one u probability per level, so a level is only worth
// having when matches and non-matches land in it at clearly different rates.
// The layered design (null level first, exact, fuzzy bands, a catch-all last; term-frequency adjustment of the exact
// level) follows the comparison-level design described in the Splink documentation (UK Ministry of Justice).
import { commonCharactersBound, editDistanceLowerBound, editDistanceWithinAt, jaroWinklerAt, jaroWinklerBoundAt, jaroWinklerBoundFor } from './strings.ts';
import type { FieldKind, FieldSpec, LevelSpec, LevelTest } from './types.ts';
import { type Features, MISSING, NO_DAY, type ValueTable } from './values.ts';

const exact: LevelSpec = { label: 'exact', test: { op: 'exact' } };
const jw = (min: number): LevelSpec => ({
  label: `Jaro-Winkler >= ${min}`,
  test: { op: 'jaroWinkler', min },
});

/** Default levels of each kind, strongest first ("null" and "else" are added around them). */
// Jaro-Winkler bands 0.95 / 0.88 / 0.7: Winkler 1990 (Proc. Section on Survey Research Methods, ASA) found the
// comparator most useful well above 0.8; 0.7 is the floor below which Winkler applies no prefix bonus.
export const DEFAULT_LEVELS: Readonly<Record<FieldKind, readonly LevelSpec[]>> = {
  name: [
    exact,
    { label: 'swapped with the other name field', test: { op: 'swapped' } }, // only when the field has swapWith
    jw(0.95),
    { label: 'nickname or short form', test: { op: 'nickname' } }, // only when the field has nicknames: true
    { label: 'same NYSIIS code', test: { op: 'phonetic' } }, // Taft 1970
    jw(0.88),
    jw(0.7),
  ],
  date: [
    exact,
    {
      label: 'agrees as far as the less precise date goes',
      test: { op: 'datePartial' },
    },
    { label: 'day and month transposed', test: { op: 'dateTransposed' } }, // US/UK order mix-ups
    {
      label: 'one of day, month, year differs',
      test: { op: 'dateOneComponent' },
    }, // a single keying error
    { label: 'within a year', test: { op: 'dateWithinDays', days: 366 } },
  ],
  postcode: [
    exact,
    {
      label: 'one character different',
      test: { op: 'editDistance', max: 1 },
    }, // Damerau 1964: most typing errors are one edit
    { label: 'same district', test: { op: 'postcodeDistrict' } }, // ONS Postcode Directory: outward code
    { label: 'same area', test: { op: 'postcodeArea' } },
  ],
  email: [
    exact,
    { label: 'same user name', test: { op: 'emailUser' } }, // the same person at another provider
    jw(0.88),
    {
      label: 'user name Jaro-Winkler >= 0.88',
      test: { op: 'emailUserJaroWinkler', min: 0.88 },
    },
  ],
  id: [
    exact,
    { label: 'one edit', test: { op: 'editDistance', max: 1 } }, // Damerau 1964
    { label: 'two edits', test: { op: 'editDistance', max: 2 } },
  ],
  exact: [exact],
  string: [exact, jw(0.95), jw(0.88), jw(0.7)],
};

const OP = {
  exact: 0,
  jaroWinkler: 1,
  phonetic: 2,
  nickname: 3,
  swapped: 4,
  editDistance: 5,
  datePartial: 6,
  dateTransposed: 7,
  dateOneComponent: 8,
  dateWithinDays: 9,
  postcodeDistrict: 10,
  postcodeArea: 11,
  emailUser: 12,
  emailUserJaroWinkler: 13,
} as const satisfies Record<LevelTest['op'], number>;

const CACHE_BITS = 14;
const CACHE_SIZE = 1 << CACHE_BITS;
const CACHE_SHIFT = 32 - CACHE_BITS;

const paramOf = (t: LevelTest): number =>
  t.op === 'jaroWinkler' || t.op === 'emailUserJaroWinkler' ? t.min : t.op === 'editDistance' ? t.max : t.op === 'dateWithinDays' ? t.days : 0;

/** The levels of one field after defaults: labels[0] is "null", the last is "else". */
export type CompiledField = {
  column: string;
  kind: FieldKind;
  labels: readonly string[];
  tests: readonly (LevelTest | null)[];
  termFrequency: boolean;
};

/** The levels a field actually uses: optional levels drop out when the field does not ask for them. */
export function fieldLevels(spec: FieldSpec): LevelSpec[] {
  const base = spec.levels ?? DEFAULT_LEVELS[spec.kind];
  return base.filter((l) => (l.test.op === 'nickname' ? spec.nicknames === true : l.test.op === 'swapped' ? spec.swapWith !== undefined : true));
}

export function compileField(spec: FieldSpec): CompiledField {
  const levels = fieldLevels(spec);
  return {
    column: spec.column,
    kind: spec.kind,
    labels: ['null', ...levels.map((l) => l.label), 'else'],
    tests: [null, ...levels.map((l) => l.test), null],
    termFrequency: spec.termFrequency === true,
  };
}

/** Index of the level that the exact-match test sits at, or -1. Term-frequency adjustments apply to that level. */
export const exactLevel = (f: CompiledField): number => f.tests.findIndex((t) => t?.op === 'exact');

/**
 * Compares pairs of records field by field. `compare(a, b, out)` writes each field's level into `out` and returns the
 * pair's pattern number (the levels in mixed radix), which EM counts and scoring looks up. No allocation per pair.
 */
export class Comparator {
  readonly fields: readonly CompiledField[];
  readonly nLevels: Uint8Array;
  /** Pattern number = sum of level * stride. */
  readonly stride: Float64Array;
  readonly patternSpace: number;
  private readonly ops: Int32Array; // per field, per level slot: opcode (-1 for null/else)
  private readonly params: Float64Array;
  private readonly other: Int32Array; // per field: index of the swapWith field, or -1
  private readonly minJw: Float64Array; // per field: the lowest Jaro-Winkler band (below it, no band holds)
  private readonly recordSplit: Int32Array; // per field: levels below this may depend on the records (swaps)
  private readonly cacheA: Int32Array; // level cache: the two value ids and the level, CACHE_SIZE slots per field
  private readonly cacheB: Int32Array;
  private readonly cacheLevel: Uint8Array;
  private readonly maxLevels: number;
  // The records' value ids row by row (record r's fields at r * nf): a pair's fields share cache lines.
  private readonly rows: Int32Array;
  private readonly nf: number;
  private readonly v: ValueTable;

  constructor(features: Features, specs: readonly FieldSpec[]) {
    this.fields = specs.map(compileField);
    this.nf = specs.length;
    this.rows = new Int32Array(features.size * this.nf);
    features.column.forEach((col, f) => {
      for (let r = 0; r < features.size; r++) this.rows[r * this.nf + f] = col[r]!;
    });
    this.v = features.values;
    const nf = this.fields.length;
    this.nLevels = Uint8Array.from(this.fields.map((f) => f.labels.length));
    this.maxLevels = Math.max(...this.nLevels);
    this.ops = new Int32Array(nf * this.maxLevels).fill(-1);
    this.params = new Float64Array(nf * this.maxLevels);
    this.other = Int32Array.from(specs.map((s) => (s.swapWith === undefined ? -1 : specs.findIndex((o) => o.column === s.swapWith))));
    this.minJw = Float64Array.from(this.fields, (f) => Math.min(2, ...f.tests.map((t) => (t?.op === 'jaroWinkler' ? t.min : 2))));
    this.cacheA = new Int32Array(nf * CACHE_SIZE).fill(-1);
    this.cacheB = new Int32Array(nf * CACHE_SIZE).fill(-1);
    this.cacheLevel = new Uint8Array(nf * CACHE_SIZE);
    this.recordSplit = Int32Array.from(this.fields, (f) => Math.max(1, f.tests.findLastIndex((t) => t?.op === 'swapped') + 1));
    this.stride = new Float64Array(nf);
    let space = 1;
    this.fields.forEach((f, i) => {
      if (f.labels.length > 255) throw new RangeError(`${f.column}: too many comparison levels`);
      this.stride[i] = space;
      space *= f.labels.length;
      f.tests.forEach((t, l) => {
        if (t === null) return;
        this.ops[i * this.maxLevels + l] = OP[t.op];
        this.params[i * this.maxLevels + l] = paramOf(t);
      });
      if (f.tests.some((t) => t?.op === 'swapped') && this.other[i]! < 0) throw new RangeError(`${f.column}: swapWith names no compared field`);
    });
    if (space > Number.MAX_SAFE_INTEGER) throw new RangeError('too many fields and levels to number the comparison patterns');
    this.patternSpace = space;
  }

  /** The value id of field f of record r (MISSING when empty). */
  valueAt(f: number, r: number): number {
    return this.rows[r * this.nf + f]!;
  }

  /** The level of field f for records a and b. */
  level(f: number, a: number, b: number): number {
    const rows = this.rows;
    const ra = a * this.nf;
    const rb = b * this.nf;
    const va = rows[ra + f]!;
    const vb = rows[rb + f]!;
    if (va === MISSING || vb === MISSING) return 0;
    const base = f * this.maxLevels;
    if (va === vb && this.ops[base + 1] === 0) return 1; // exact, the commonest level of true matches
    const n = this.nLevels[f]! - 1;
    // Levels that depend on the records, not only on the two values (a swap looks at the other name field).
    const split = this.recordSplit[f]!;
    for (let l = 1; l < split; l++) {
      if (this.ops[base + l] === 4) {
        // Both names swapped: one exactly, the other exactly, nearly (Jaro-Winkler >= 0.88) or missing. The swap
        // is one event: when both fields are present it counts on the first of the two, and the second says null.
        const g = this.other[f]!;
        const oa = rows[ra + g]!;
        const ob = rows[rb + g]!;
        const hit = (va === ob && this.near(oa, vb)) || (vb === oa && this.near(ob, va));
        if (hit) return f > g && oa !== MISSING && ob !== MISSING ? 0 : l;
      } else if (this.levelFrom(f, va, vb, l, l + 1) === l) return l;
    }
    // The rest depends only on the two values, so it is cached per field: values repeat across pairs (common
    // names, one date of birth in many blocks). Every value test is symmetric, so the key is the ordered pair.
    const x = va < vb ? va : vb;
    const y = va < vb ? vb : va;
    const slot = f * CACHE_SIZE + ((Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> CACHE_SHIFT);
    if (this.cacheA[slot] === x && this.cacheB[slot] === y) return this.cacheLevel[slot]!;
    const found = this.levelFrom(f, va, vb, split, n);
    const l = found < 0 ? n : found;
    this.cacheA[slot] = x;
    this.cacheB[slot] = y;
    this.cacheLevel[slot] = l;
    return l;
  }

  /** The first of levels [from, to) of field f that values va and vb (both present) satisfy, or -1. */
  private levelFrom(f: number, va: number, vb: number, from: number, to: number): number {
    const v = this.v;
    const base = f * this.maxLevels;
    let sim = -1; // Jaro-Winkler of the two values, computed at most once
    for (let l = from; l < to; l++) {
      const p = this.params[base + l]!;
      switch (this.ops[base + l]) {
        case 0: // exact
          if (va === vb) return l;
          break;
        case 1: // jaroWinkler
          if (va === vb) return l;
          if (sim < 0) {
            // A cheap upper bound first: most non-matching values cannot reach the field's lowest band.
            const sa = v.start[va]!;
            const la = v.len[va]!;
            const sb = v.start[vb]!;
            const lb = v.len[vb]!;
            const floor = this.minJw[f]!;
            sim =
              jaroWinklerBoundAt(v.chars, sa, la, v.mask[va]!, sb, lb, v.mask[vb]!) < floor ||
              jaroWinklerBoundFor(v.chars, sa, la, sb, lb, commonCharactersBound(v.histLo[va]!, v.histHi[va]!, v.histLo[vb]!, v.histHi[vb]!)) < floor
                ? 0
                : jaroWinklerAt(v.chars, sa, la, sb, lb);
          }
          if (sim >= p) return l;
          break;
        case 2: {
          const ka = v.nysiis[va]!;
          if (ka !== MISSING && ka === v.nysiis[vb]) return l;
          break;
        }
        case 3:
          if (sharesGroup(v, va, vb)) return l;
          break;
        case 5:
          if (va === vb) return l;
          if (editDistanceLowerBound(v.histLo[va]!, v.histHi[va]!, v.histLo[vb]!, v.histHi[vb]!) > p) break;
          if (editDistanceWithinAt(v.chars, v.start[va]!, v.len[va]!, v.start[vb]!, v.len[vb]!, p) <= p) return l;
          break;
        case 6:
          if (datePartial(v, va, vb)) return l;
          break;
        case 7:
          if (dateTransposed(v, va, vb)) return l;
          break;
        case 8:
          if (dateOneComponent(v, va, vb)) return l;
          break;
        case 9: {
          const da = v.dayNo[va]!;
          const db = v.dayNo[vb]!;
          if (da !== NO_DAY && db !== NO_DAY && Math.abs(da - db) <= p) return l;
          break;
        }
        case 10: {
          const d = v.district[va]!;
          if (d !== MISSING && d === v.district[vb]) return l;
          break;
        }
        case 11: {
          const d = v.area[va]!;
          if (d !== MISSING && d === v.area[vb]) return l;
          break;
        }
        case 12: {
          const u = v.user[va]!;
          if (u !== MISSING && u === v.user[vb]) return l;
          break;
        }
        case 13: {
          const ua = v.user[va]!;
          const ub = v.user[vb]!;
          if (ua !== MISSING && ub !== MISSING && (ua === ub || jaroWinklerAt(v.chars, v.start[ua]!, v.len[ua]!, v.start[ub]!, v.len[ub]!) >= p)) return l;
          break;
        }
      }
    }
    return -1;
  }

  // x and y are the same or nearly the same name, or x is missing (for the second half of a swap).
  private near(x: number, y: number): boolean {
    if (x === MISSING || x === y) return true;
    const v = this.v;
    return jaroWinklerAt(v.chars, v.start[x]!, v.len[x]!, v.start[y]!, v.len[y]!) >= 0.88;
  }

  /** Writes every field's level for records a and b into out; returns the pattern number. */
  compare(a: number, b: number, out: Uint8Array): number {
    let key = 0;
    for (let f = 0; f < out.length; f++) {
      const l = this.level(f, a, b);
      out[f] = l;
      key += l * this.stride[f]!;
    }
    return key;
  }

  /** The levels of a pattern number, into out. */
  decode(pattern: number, out: Uint8Array): void {
    for (let f = out.length - 1; f >= 0; f--) {
      const s = this.stride[f]!;
      const l = Math.floor(pattern / s);
      out[f] = l;
      pattern -= l * s;
    }
  }
}

function sharesGroup(v: ValueTable, a: number, b: number): boolean {
  const na = v.nickCount[a]!;
  const nb = v.nickCount[b]!;
  if (na === 0 || nb === 0) return false;
  const sa = v.nickStart[a]!;
  const sb = v.nickStart[b]!;
  for (let i = 0; i < na; i++) {
    const g = v.nickGroups[sa + i]!;
    for (let j = 0; j < nb; j++) if (v.nickGroups[sb + j] === g) return true;
  }
  return false;
}

// Dates: year 0 = not a parsed date; month or day 0 = not given (a partial date).
function datePartial(v: ValueTable, a: number, b: number): boolean {
  const ya = v.year[a]!;
  if (ya === 0 || ya !== v.year[b]) return false;
  const ma = v.month[a]!;
  const mb = v.month[b]!;
  if (ma === 0 || mb === 0) return true;
  if (ma !== mb) return false;
  return v.day[a] === 0 || v.day[b] === 0;
}

function dateTransposed(v: ValueTable, a: number, b: number): boolean {
  const ya = v.year[a]!;
  const ma = v.month[a]!;
  const da = v.day[a]!;
  return ya !== 0 && ya === v.year[b] && ma !== da && ma !== 0 && da !== 0 && ma === v.day[b] && da === v.month[b];
}

function dateOneComponent(v: ValueTable, a: number, b: number): boolean {
  const ya = v.year[a]!;
  const yb = v.year[b]!;
  if (ya === 0 || yb === 0) return false;
  const ma = v.month[a]!;
  const da = v.day[a]!;
  if (ma === 0 || da === 0 || v.month[b] === 0 || v.day[b] === 0) return false;
  const same = (ya === yb ? 1 : 0) + (ma === v.month[b] ? 1 : 0) + (da === v.day[b] ? 1 : 0);
  return same === 2;
}
