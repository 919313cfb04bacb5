// Blocking: which pairs of records are compared at all. Comparing every pair is quadratic, so each rule groups records
// by a key (e.g. the Soundex code of the surname plus the year of birth) and only records that share a key are
// compared. The candidate pairs are the union over the rules; a pair that an earlier rule already produced is skipped
// by checking that rule's keys, so no set of pairs is ever held in memory.
// Fellegi & Sunter 1969 (JASA 64:1183), section 5, on "blocking" the comparison space; the union of several rules and
// the "skip if an earlier rule matched" dedupe follow the blocking design described in the Splink documentation.
import type { BlockingRuleSpec, BlockKeyPart, FieldSpec } from './types.ts';
import { type Features, MISSING } from './values.ts';

export type CompiledRule = {
  name: string;
  /** Block id of each record under this rule, or MISSING when part of its key is missing. */
  key: Int32Array;
  nBlocks: number;
  /** Members of block k: members[offsets[k], offsets[k+1]), ascending, so left-file records come first. */
  offsets: Int32Array;
  members: Int32Array;
  leftCount: Int32Array;
  /** Blocks with more pairs than maxBlockPairs are not compared (and are reported). */
  oversize: Uint8Array;
};

export type Blocking = {
  rules: readonly CompiledRule[];
  linking: boolean;
  nLeft: number;
  maxBlockPairs: number;
  /** Broad rules left out because they would have taken the candidate pairs over the budget. */
  dropped: readonly { name: string; pairs: number }[];
};

export type RuleStats = {
  name: string;
  blocks: number;
  largestBlock: number;
  /** Pairs this rule produced that no earlier rule had (filled in by enumeration). */
  newPairs: number;
  skippedBlocks: number;
  skippedPairs: number;
};
export type BlockingStats = { rules: RuleStats[]; candidatePairs: number; totalPairs: number; dropped: { name: string; pairs: number }[] };

/**
 * Default rules for a set of fields. Strict rules first, each a combination of fields, chosen so that an error in any
 * one field still leaves a rule that holds: names exact in either order (swaps), the names' Soundex codes with the
 * year of birth, each name's Soundex with the full date of birth, the names' Soundex with the postcode district,
 * identifiers and e-mail user names exactly, postcode with the year of birth. Broad rules follow (all names' Soundex,
 * the date of birth, the postcode, each name's Soundex with the year, each name's Soundex alone, the year and month of
 * birth): they add recall on small files and are used only while the candidate pairs stay within the budget.
 */
export function defaultBlockingRules(fields: readonly FieldSpec[]): BlockingRuleSpec[] {
  const names = fields.filter((f) => f.kind === 'name');
  const dob = fields.find((f) => f.kind === 'date');
  const postcode = fields.find((f) => f.kind === 'postcode');
  const rules: BlockingRuleSpec[] = [];
  const add = (name: string, on: BlockKeyPart[], broad = false) => rules.push({ name, on, ...(broad ? { broad } : {}) });
  const sdx = (f: FieldSpec): BlockKeyPart => ({ column: f.column, transform: 'soundex' });
  const allNames = names.map((f) => `${f.column} Soundex`).join(' + ');
  const swap = names.find((f) => f.swapWith !== undefined && names.some((g) => g.column === f.swapWith));
  if (swap) add(`${swap.column} and ${swap.swapWith!} in either order`, [{ column: swap.column, transform: 'anyOrder', other: swap.swapWith! }]);
  if (names.length && dob) {
    add(`${allNames} + ${dob.column} year`, [...names.map(sdx), { column: dob.column, transform: 'year' }]);
    for (const n of names) add(`${n.column} Soundex + ${dob.column}`, [sdx(n), { column: dob.column, transform: 'value' }]);
  }
  if (names.length && postcode) add(`${allNames} + ${postcode.column} district`, [...names.map(sdx), { column: postcode.column, transform: 'district' }]);
  for (const f of fields) {
    if (f.kind === 'id') add(f.column, [{ column: f.column, transform: 'value' }]);
    else if (f.kind === 'email') add(`${f.column} user name`, [{ column: f.column, transform: 'emailUser' }]);
  }
  if (postcode && dob)
    add(`${postcode.column} + ${dob.column} year`, [
      { column: postcode.column, transform: 'value' },
      { column: dob.column, transform: 'year' },
    ]);
  // Broad rules: only while they fit the budget.
  if (names.length) add(allNames, names.map(sdx), names.length > 1 || dob !== undefined);
  for (const f of fields) if (f.kind === 'date' || f.kind === 'postcode') add(f.column, [{ column: f.column, transform: 'value' }], true);
  if (dob) for (const n of [...names].reverse()) add(`${n.column} Soundex + ${dob.column} year`, [sdx(n), { column: dob.column, transform: 'year' }], true);
  if (names.length > 1) for (const n of names) add(`${n.column} Soundex`, [sdx(n)], true);
  if (dob) add(`${dob.column} year and month`, [{ column: dob.column, transform: 'yearMonth' }], true);
  if (rules.length === 0)
    add(
      fields[0]?.column ?? 'none',
      fields.slice(0, 1).map((f) => ({ column: f.column, transform: 'value' })),
    );
  return rules;
}

// The integer parts of every record's key under one part spec (two for anyOrder), MISSING where absent, with an
// upper bound of each part's values. One pass per part over the records, no closure per record.
function partColumns(features: Features, part: BlockKeyPart): { columns: Int32Array[]; bounds: number[] } {
  const f = features.fields.findIndex((x) => x.column === part.column);
  if (f < 0) throw new RangeError(`blocking rule names "${part.column}", which is not a compared field`);
  const col = features.column[f]!;
  const v = features.values;
  const n = features.size;
  const out = new Int32Array(n);
  const keys = Math.max(1, v.keyIds.size);
  const derived = (arr: Int32Array, bound: number) => {
    for (let r = 0; r < n; r++) {
      const x = col[r]!;
      out[r] = x === MISSING ? MISSING : arr[x]!;
    }
    return { columns: [out], bounds: [bound] };
  };
  switch (part.transform) {
    case 'value':
      return { columns: [col], bounds: [v.count] };
    case 'soundex':
      return derived(v.soundex, keys);
    case 'phonetic':
      return derived(v.nysiis, keys);
    case 'district':
      return derived(v.district, keys);
    case 'area':
      return derived(v.area, keys);
    case 'emailUser':
      return derived(v.user, v.count);
    case 'initial':
      return derived(v.initial, 65536);
    case 'year':
    case 'yearMonth': {
      const withMonth = part.transform === 'yearMonth';
      for (let r = 0; r < n; r++) {
        const x = col[r]!;
        const y = x === MISSING ? 0 : v.year[x]!;
        const m = x === MISSING ? 0 : v.month[x]!;
        out[r] = y <= 0 || y >= 10000 || (withMonth && (m <= 0 || m > 12)) ? MISSING : withMonth ? y * 13 + m : y;
      }
      return { columns: [out], bounds: [withMonth ? 10000 * 13 : 10000] };
    }
    case 'anyOrder': {
      const g = features.fields.findIndex((x) => x.column === part.other);
      if (g < 0) throw new RangeError(`blocking rule names "${part.other ?? ''}", which is not a compared field`);
      const col2 = features.column[g]!;
      const low = new Int32Array(n);
      for (let r = 0; r < n; r++) {
        const x = col[r]!;
        const y = col2[r]!;
        const missing = x === MISSING || y === MISSING;
        low[r] = missing ? MISSING : x < y ? x : y;
        out[r] = missing ? MISSING : x < y ? y : x;
      }
      return { columns: [low, out], bounds: [v.count, v.count] };
    }
  }
}

/** Interns numeric keys to 0, 1, 2 ... with open addressing (several times faster than a Map for millions of keys). */
class KeyInterner {
  private keys: Float64Array;
  private ids: Int32Array;
  private shift: number;
  size = 0;
  constructor(expected: number) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Float64Array(1 << bits);
    this.ids = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
  }
  // Fibonacci hashing of both 32-bit halves; the top bits of the product index the table.
  private slot(k: number): number {
    return Math.imul((k >>> 0) ^ Math.imul(Math.floor(k / 4294967296), 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }
  id(k: number): number {
    const mask = this.ids.length - 1;
    let h = this.slot(k);
    for (;;) {
      const id = this.ids[h]!;
      if (id === -1) {
        const fresh = this.size++;
        this.keys[h] = k;
        this.ids[h] = fresh;
        if (this.size * 2 > mask) this.grow();
        return fresh;
      }
      if (this.keys[h] === k) return id;
      h = (h + 1) & mask;
    }
  }
  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2).fill(-1);
    this.shift--;
    const mask = this.ids.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const id = ids[i]!;
      if (id === -1) continue;
      let h = this.slot(keys[i]!);
      while (this.ids[h] !== -1) h = (h + 1) & mask;
      this.keys[h] = keys[i]!;
      this.ids[h] = id;
    }
  }
}

/** Block id per record for one rule (MISSING when a key part is missing), and the number of blocks. */
function ruleKeys(features: Features, rule: BlockingRuleSpec): { key: Int32Array; nBlocks: number } {
  const parts = rule.on.map((p) => partColumns(features, p));
  const columns = parts.flatMap((p) => p.columns);
  // Tight bounds (the largest value present, plus one) keep the combined key within exact integers far longer.
  const bounds = columns.map((c) => {
    let max = 0;
    for (let r = 0; r < c.length; r++) if (c[r]! > max) max = c[r]!;
    return max + 1;
  });
  let space = 1;
  for (const b of bounds) space *= b;
  const n = features.size;
  const key = new Int32Array(n);
  if (space < Number.MAX_SAFE_INTEGER) {
    const interner = new KeyInterner(n);
    for (let r = 0; r < n; r++) {
      let k = 0;
      let missing = false;
      for (let i = 0; i < columns.length; i++) {
        const x = columns[i]![r]!;
        if (x === MISSING) {
          missing = true;
          break;
        }
        k = k * bounds[i]! + x;
      }
      key[r] = missing ? MISSING : interner.id(k);
    }
    return { key, nBlocks: interner.size };
  }
  // Too many combinations to number exactly: intern the parts as text.
  const ids = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    const xs = columns.map((c) => c[r]!);
    if (xs.includes(MISSING)) {
      key[r] = MISSING;
      continue;
    }
    const text = xs.join(':');
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    key[r] = id;
  }
  return { key, nBlocks: ids.size };
}

const blockPairs = (size: number, left: number, linking: boolean) => (linking ? left * (size - left) : (size * (size - 1)) / 2);

export type BlockingOptions = {
  /** Blocks with more pairs than this are not compared, and are reported (default 1,000,000). */
  maxBlockPairs?: number;
  /** Broad rules are added only while the candidate pairs (upper bound) stay within this (default 5,000,000). */
  maxCandidatePairs?: number;
};

function compileRule(features: Features, rule: BlockingRuleSpec, maxBlockPairs: number, room: number): { rule: CompiledRule | null; pairs: number } {
  const { key, nBlocks } = ruleKeys(features, rule);
  const offsets = new Int32Array(nBlocks + 1);
  const leftCount = new Int32Array(nBlocks);
  for (let r = 0; r < features.size; r++) {
    const k = key[r]!;
    if (k === MISSING) continue;
    offsets[k + 1]!++;
    if (r < features.nLeft) leftCount[k]!++;
  }
  const oversize = new Uint8Array(nBlocks);
  let pairs = 0;
  for (let k = 0; k < nBlocks; k++) {
    const p = blockPairs(offsets[k + 1]!, leftCount[k]!, features.linking);
    if (p > maxBlockPairs) oversize[k] = 1;
    else pairs += p;
  }
  if (pairs > room) return { rule: null, pairs };
  for (let k = 0; k < nBlocks; k++) offsets[k + 1]! += offsets[k]!;
  const members = new Int32Array(offsets[nBlocks]!);
  const fill = offsets.slice(0, nBlocks);
  for (let r = 0; r < features.size; r++) {
    const k = key[r]!;
    if (k !== MISSING) members[fill[k]!++] = r;
  }
  return { rule: { name: rule.name, key, nBlocks, offsets, members, leftCount, oversize }, pairs };
}

function rulePairs(rule: CompiledRule, linking: boolean): number {
  let total = 0;
  for (let k = 0; k < rule.nBlocks; k++) {
    if (rule.oversize[k] === 1) continue;
    total += blockPairs(rule.offsets[k + 1]! - rule.offsets[k]!, rule.leftCount[k]!, linking);
  }
  return total;
}

export function compileBlocking(features: Features, rules: readonly BlockingRuleSpec[], opts: BlockingOptions = {}): Blocking {
  const maxBlockPairs = opts.maxBlockPairs ?? 1_000_000;
  const budget = opts.maxCandidatePairs ?? 5_000_000;
  const compiled: CompiledRule[] = [];
  const dropped: { name: string; pairs: number }[] = [];
  let upper = 0;
  for (const rule of rules) {
    const { rule: c, pairs } = compileRule(features, rule, maxBlockPairs, rule.broad === true ? budget - upper : Infinity);
    if (!c) {
      dropped.push({ name: rule.name, pairs });
      continue;
    }
    upper += pairs;
    compiled.push(c);
  }
  return { rules: compiled, linking: features.linking, nLeft: features.nLeft, maxBlockPairs, dropped };
}

/** True when rule r puts a and b in the same (compared) block. */
function sameBlock(rule: CompiledRule, a: number, b: number): boolean {
  const k = rule.key[a]!;
  return k !== MISSING && k === rule.key[b] && rule.oversize[k] === 0;
}

/** True when any rule puts a and b in the same compared block: the pair is a candidate. */
export function isCandidate(blocking: Blocking, a: number, b: number): boolean {
  for (const rule of blocking.rules) if (sameBlock(rule, a, b)) return true;
  return false;
}

/**
 * Calls visit(a, b) once for every candidate pair (a < b; in linking, a is in the left file and b in the right).
 * Returns the statistics of the rules, with the number of new pairs each produced.
 */
export function forEachCandidate(blocking: Blocking, visit: (a: number, b: number) => void): BlockingStats {
  const stats = describeBlocking(blocking);
  const rules = blocking.rules;
  let total = 0;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    // The earlier rules' keys of this rule's members, gathered in member order, so that the "already produced" check
    // reads memory in order. A key of a block too large to compare becomes unique (-2 - position): it never matches.
    const w = r;
    const earlier = new Int32Array(rule.members.length * w);
    for (let e = 0; e < w; e++) {
      const er = rules[e]!;
      for (let i = 0; i < rule.members.length; i++) {
        const k = er.key[rule.members[i]!]!;
        earlier[i * w + e] = k === MISSING || er.oversize[k] === 1 ? -2 - i : k;
      }
    }
    let produced = 0;
    for (let k = 0; k < rule.nBlocks; k++) {
      if (rule.oversize[k] === 1) continue;
      const lo = rule.offsets[k]!;
      const hi = rule.offsets[k + 1]!;
      if (hi - lo < 2) continue;
      const split = blocking.linking ? lo + rule.leftCount[k]! : hi;
      for (let i = lo; i < (blocking.linking ? split : hi); i++) {
        const a = rule.members[i]!;
        for (let j = blocking.linking ? split : i + 1; j < hi; j++) {
          let seen = false;
          for (let e = 0; e < w; e++) {
            if (earlier[i * w + e] === earlier[j * w + e]) {
              seen = true;
              break;
            }
          }
          if (seen) continue;
          produced++;
          visit(a, rule.members[j]!);
        }
      }
    }
    stats.rules[r]!.newPairs = produced;
    total += produced;
  }
  stats.candidatePairs = total;
  return stats;
}

/** Block counts and sizes of each rule, without enumerating pairs (newPairs and candidatePairs are 0). */
export function describeBlocking(blocking: Blocking): BlockingStats {
  const n = blocking.rules[0]?.key.length ?? 0;
  const totalPairs = blocking.linking ? blocking.nLeft * (n - blocking.nLeft) : (n * (n - 1)) / 2;
  return {
    totalPairs,
    candidatePairs: 0,
    dropped: blocking.dropped.map((d) => ({ ...d })),
    rules: blocking.rules.map((rule) => {
      let largest = 0;
      let skippedBlocks = 0;
      let skippedPairs = 0;
      for (let k = 0; k < rule.nBlocks; k++) {
        const size = rule.offsets[k + 1]! - rule.offsets[k]!;
        if (size > largest) largest = size;
        if (rule.oversize[k] === 1) {
          skippedBlocks++;
          skippedPairs += blockPairs(size, rule.leftCount[k]!, blocking.linking);
        }
      }
      return { name: rule.name, blocks: rule.nBlocks, largestBlock: largest, newPairs: 0, skippedBlocks, skippedPairs };
    }),
  };
}

/** Upper bound of the candidate pairs (each rule's pairs, before removing those an earlier rule produced). */
export function candidateUpperBound(blocking: Blocking): number {
  return blocking.rules.reduce((s, rule) => s + rulePairs(rule, blocking.linking), 0);
}

export type BlockingRecall = { truePairs: number; found: number; recall: number; byRule: { name: string; found: number; recall: number }[] };

/**
 * Blocking recall: the share of known true pairs (record indices a, b) that blocking makes candidates, overall and
 * per rule. Blocking caps the recall of the whole linkage, so it is measured on its own.
 */
export function blockingRecall(blocking: Blocking, a: ArrayLike<number>, b: ArrayLike<number>): BlockingRecall {
  const byRule = blocking.rules.map((rule) => ({ name: rule.name, found: 0, recall: 0 }));
  let found = 0;
  for (let i = 0; i < a.length; i++) {
    let any = false;
    for (let r = 0; r < blocking.rules.length; r++) {
      if (sameBlock(blocking.rules[r]!, a[i]!, b[i]!)) {
        byRule[r]!.found++;
        any = true;
      }
    }
    if (any) found++;
  }
  const n = a.length;
  for (const r of byRule) r.recall = n ? r.found / n : 1;
  return { truePairs: n, found, recall: n ? found / n : 1, byRule };
}
