import { AGE_WINDOW, isAdultAge, type ParsedModel, RELATIONSHIP_WORDS, stem } from './sentence-features.ts';
import { normAt, type TokenArrays } from './tokenize.ts';

// Fast scoring for the sentence classifiers (core/language/classifier.ts, indicator-classifier.ts): a model compiled once
// into integer rows, so that scoring a sentence builds no feature string. Each word is looked up once in a table keyed
// by its lowercase code units, read straight from the note (no string per word); a word pair is a numeric key. The
// features, their order and the sums are those of forEachFeature over the string map (sentence-features.ts), so the
// logits are the same to the last bit.

/** What scoring needs of one word: its `u:` row, its stem's `s:` row (offsets in CompiledModel.rows; -1: none), its id among the pairs' words (-1: in no pair), and the hand feature's two tests. */
export type WordEntry = { u: number; s: number; p: number; age: boolean; rel: boolean };

/**
 * A model as rows of numbers, one per feature, each where it is used (an entry, a pair) named by its offset o in `rows`:
 * rows[o] is its count of non-zero weights, then (column, weight) pairs, columns ascending. One row is one stretch of
 * memory: a note's features are scattered over the model, and separate arrays would cost a cache miss each.
 */
export type CompiledModel = {
  K: number;
  bias: Float64Array;
  rows: Float64Array;
  ageRel: number; // the row of h:age_rel, or -1
  unigrams: Map<string, number>;
  stems: Map<string, number>;
  pairWords: Map<string, number>;
  pairs: Map<number, number>; // first word's pair id * pairWords.size + the second's -> row
  // The words seen so far, by hash (open addressing; slot = entry index + 1, 0 empty). Bounded: cleared when full.
  slots: Int32Array;
  hashes: number[];
  words: string[];
  entries: WordEntry[];
  // By the scanner's vocabulary id (vocab.ts: most words of a note are in some lexicon or indicator pattern, and an id
  // never changes meaning): no hashing for those.
  byVocab: (WordEntry | null)[];
};

// A million-note review sees unbounded names and numbers: the word table starts again when it holds this many.
const TABLE_BITS = 18;
const TABLE_LIMIT = 1 << (TABLE_BITS - 2);
// Longer words (a run of one letter, a pasted link) are looked up each time, not kept.
const MAX_KEPT_WORD = 64;

const compiledModels = new WeakMap<ParsedModel, CompiledModel>();

/** The model compiled for fast scoring (once per model object). */
export function compiled(m: ParsedModel): CompiledModel {
  let cm = compiledModels.get(m);
  if (cm !== undefined) return cm;
  const K = m.bias.length;
  const unigrams = new Map<string, number>();
  const stems = new Map<string, number>();
  const pairWords = new Map<string, number>();
  const pairFirst: number[] = [];
  const pairSecond: number[] = [];
  const pairRow: number[] = [];
  let nonZero = 0;
  for (const w of m.weights.values()) for (let c = 0; c < K; c++) if (w[c] !== 0) nonZero++;
  const rows = new Float64Array(m.weights.size + 2 * nonZero);
  let ageRel = -1;
  let at = 0;
  const pairWord = (x: string): number => {
    let id = pairWords.get(x);
    if (id === undefined) pairWords.set(x, (id = pairWords.size));
    return id;
  };
  // A callback, not a for-of loop: it runs once per model, and V8 optimises a hot callback sooner than a loop body.
  m.weights.forEach((w, f) => {
    const row = at;
    let j = at + 1;
    for (let c = 0; c < K; c++) {
      if (w[c] === 0) continue;
      rows[j++] = c;
      rows[j++] = w[c]!;
    }
    rows[row] = (j - row - 1) / 2;
    at = j;
    if (f.startsWith('u:')) unigrams.set(f.slice(2), row);
    else if (f.startsWith('s:')) stems.set(f.slice(2), row);
    else if (f.startsWith('b:')) {
      const space = f.indexOf(' ', 2);
      pairFirst.push(pairWord(f.slice(2, space)));
      pairSecond.push(pairWord(f.slice(space + 1)));
      pairRow.push(row);
    } else if (f === 'h:age_rel') ageRel = row;
  });
  const P = pairWords.size;
  const pairs = new Map<number, number>();
  for (let k = 0; k < pairRow.length; k++) pairs.set(pairFirst[k]! * P + pairSecond[k]!, pairRow[k]!);
  cm = {
    K,
    bias: m.bias,
    rows,
    ageRel,
    unigrams,
    stems,
    pairWords,
    pairs,
    slots: new Int32Array(1 << TABLE_BITS),
    hashes: [],
    words: [],
    entries: [],
    byVocab: [],
  };
  compiledModels.set(m, cm);
  return cm;
}

function newEntry(cm: CompiledModel, w: string): WordEntry {
  const st = stem(w);
  return {
    u: cm.unigrams.get(w) ?? -1,
    s: st === w ? -1 : (cm.stems.get(st) ?? -1),
    p: cm.pairWords.get(w) ?? -1,
    age: isAdultAge(w),
    rel: RELATIONSHIP_WORDS.has(w),
  };
}

function keep(cm: CompiledModel, h: number, w: string, e: WordEntry): void {
  if (w.length > MAX_KEPT_WORD) return;
  if (cm.words.length >= TABLE_LIMIT) {
    cm.slots.fill(0);
    cm.hashes.length = 0;
    cm.words.length = 0;
    cm.entries.length = 0;
  }
  const mask = cm.slots.length - 1;
  let q = (h ^ (h >>> 16)) & mask;
  while (cm.slots[q] !== 0) q = (q + 1) & mask;
  cm.slots[q] = cm.words.length + 1;
  cm.hashes.push(h);
  // A flat copy, not a slice of the note, so that the table does not keep notes alive.
  cm.words.push(w.length < 13 ? w : w.split('').join(''));
  cm.entries.push(e);
}

// FNV-1a over UTF-16 code units.
const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** The entry of a word (a lowercased norm). */
export function wordEntry(cm: CompiledModel, w: string): WordEntry {
  let h = SEED;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), PRIME);
  const { slots, hashes, words } = cm;
  const mask = slots.length - 1;
  for (let q = (h ^ (h >>> 16)) & mask; slots[q] !== 0; q = (q + 1) & mask) {
    const k = slots[q]! - 1;
    if (hashes[k] === h && words[k] === w) return cm.entries[k]!;
  }
  const e = newEntry(cm, w);
  keep(cm, h, w, e);
  return e;
}

/** The entry of token k of `ta`: an ASCII word is hashed and compared straight from the text, lowercased on the fly. */
export function tokenEntry(cm: CompiledModel, ta: TokenArrays, k: number): WordEntry {
  const id = ta.id[k]!;
  if (id !== 0 && id < cm.byVocab.length) {
    const e = cm.byVocab[id];
    if (e !== null) return e!;
  }
  const e = tokenLookup(cm, ta, k);
  if (id !== 0) {
    while (cm.byVocab.length <= id) cm.byVocab.push(null);
    cm.byVocab[id] = e;
  }
  return e;
}

function tokenLookup(cm: CompiledModel, ta: TokenArrays, k: number): WordEntry {
  if (ta.tokens !== null) return wordEntry(cm, ta.tokens[k]!.norm);
  const text = ta.text;
  const s = ta.start[k]!;
  const len = ta.end[k]! - s;
  let h = SEED;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(s + i);
    if (c >= 128) return wordEntry(cm, normAt(ta, k)); // lowercasing and NFC as the tokenizer's norm
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, PRIME);
  }
  const { slots, hashes, words } = cm;
  const mask = slots.length - 1;
  for (let q = (h ^ (h >>> 16)) & mask; slots[q] !== 0; q = (q + 1) & mask) {
    const j = slots[q]! - 1;
    if (hashes[j] !== h) continue;
    const w = words[j]!;
    if (w.length !== len) continue;
    let i = 0;
    for (; i < len; i++) {
      let c = text.charCodeAt(s + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(i)) break;
    }
    if (i === len) return cm.entries[j]!;
  }
  const w = text.slice(s, s + len).toLowerCase();
  const e = newEntry(cm, w);
  keep(cm, h, w, e);
  return e;
}

/**
 * One run's features as rows with their token ranges, in forEachFeature's order: filled by `featuresOf`, read by the
 * scoring below. Reusable: grown as needed.
 */
export type RunFeatures = { n: number; count: number; row: Int32Array; first: Int32Array; last: Int32Array };

export function newRunFeatures(): RunFeatures {
  return { n: 0, count: 0, row: new Int32Array(256), first: new Int32Array(256), last: new Int32Array(256) };
}

/** Fills `out` with the features of a run of `n` words, given their entries (wordEntry, tokenEntry) under `cm`. */
export function featuresOf(cm: CompiledModel, entries: readonly WordEntry[], n: number, out: RunFeatures): RunFeatures {
  if (out.row.length < 3 * n + 1) {
    const cap = 3 * n + 1;
    out.row = new Int32Array(cap);
    out.first = new Int32Array(cap);
    out.last = new Int32Array(cap);
  }
  const { row, first, last } = out;
  const P = cm.pairWords.size;
  let k = 0;
  let lastAge = -1_000_000;
  let lastRel = -1_000_000;
  let ageRelDone = false;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    if (e.u >= 0) {
      row[k] = e.u;
      first[k] = i;
      last[k++] = i;
    }
    if (e.s >= 0) {
      row[k] = e.s;
      first[k] = i;
      last[k++] = i;
    }
    if (i + 1 < n && e.p >= 0) {
      const q = entries[i + 1]!.p;
      const r = q >= 0 ? cm.pairs.get(e.p * P + q) : undefined;
      if (r !== undefined) {
        row[k] = r;
        first[k] = i;
        last[k++] = i + 1;
      }
    }
    if (!ageRelDone) {
      if (e.age) lastAge = i;
      if (e.rel) lastRel = i;
      if (lastAge >= 0 && lastRel >= 0 && Math.abs(lastAge - lastRel) <= AGE_WINDOW) {
        if (cm.ageRel >= 0) {
          row[k] = cm.ageRel;
          first[k] = Math.min(lastAge, lastRel);
          last[k++] = Math.max(lastAge, lastRel);
        }
        ageRelDone = true;
      }
    }
  }
  out.n = n;
  out.count = k;
  return out;
}

/** Tokens [from, from + n) of `ta` as entries of `cm`, into `out`. */
export function tokenEntries(cm: CompiledModel, ta: TokenArrays, from: number, n: number, out: WordEntry[]): WordEntry[] {
  for (let i = 0; i < n; i++) out[i] = tokenEntry(cm, ta, from + i);
  return out;
}

/** Every column's logit of a run (its features, featuresOf) into `logit` (length K). */
export function logitsOf(cm: CompiledModel, f: RunFeatures, logit: Float64Array): Float64Array {
  logit.set(cm.bias);
  const rows = cm.rows;
  for (let k = 0; k < f.count; k++) {
    const r = f.row[k]!;
    for (let j = r + 1, e = r + 1 + 2 * rows[r]!; j < e; j += 2) logit[rows[j]!]! += rows[j + 1]!;
  }
  return logit;
}

/** Each word's contribution to column `c` (columnScores' contrib for that column) into `out` (length >= f.n). */
export function columnContrib(cm: CompiledModel, f: RunFeatures, c: number, out: Float64Array): Float64Array {
  out.fill(0, 0, f.n);
  const rows = cm.rows;
  for (let k = 0; k < f.count; k++) {
    const r = f.row[k]!;
    for (let j = r + 1, e = r + 1 + 2 * rows[r]!; j < e; j += 2) {
      if (rows[j]! !== c) continue;
      const a = f.first[k]!;
      const b = f.last[k]!;
      const share = 1 / (b - a + 1);
      for (let i = a; i <= b; i++) out[i]! += rows[j + 1]! * share;
    }
  }
  return out;
}

/**
 * Every column's logit for one run's words, and each word's contribution per column (`contrib[i * K + c]`: its word
 * and stem weights, an equal share of each pair it belongs to). K is the model's number of columns.
 */
export function columnScores(words: readonly string[], m: ParsedModel): { logit: Float64Array; contrib: Float64Array } {
  const cm = compiled(m);
  const K = cm.K;
  const f = featuresOf(
    cm,
    words.map((w) => wordEntry(cm, w)),
    words.length,
    newRunFeatures(),
  );
  const logit = logitsOf(cm, f, new Float64Array(K));
  const contrib = new Float64Array(words.length * K);
  const rows = cm.rows;
  for (let k = 0; k < f.count; k++) {
    const r = f.row[k]!;
    const a = f.first[k]!;
    const b = f.last[k]!;
    const share = 1 / (b - a + 1);
    for (let j = r + 1, e = r + 1 + 2 * rows[r]!; j < e; j += 2) for (let i = a; i <= b; i++) contrib[i * K + rows[j]!]! += rows[j + 1]! * share;
  }
  return { logit, contrib };
}
