import { tokenize as simpleTokenize } from './reference/tokenize.ts';
import { arraysFromTokens, type Token, type TokenArrays } from './tokenize.ts';
import { internPrefix, internWord } from './vocab.ts';

/*
 * Phrase patterns, compiled to a token automaton (a minimal DAG over words, prefixes and `*`).
 *
 * Grammar (matching is on Token.norm: lowercase, ’ -> ', so patterns are case-insensitive):
 *   pattern      := slot (" " slot)*            slots are separated by spaces; each slot matches one token
 *   slot         := alternatives | "[" alternatives "]"
 *                                               square brackets make the slot optional (zero or one token)
 *   alternatives := alt ("|" alt)*              e.g. `choose|chooses|chose|choosing`
 *   alt          := word | word "*" | "*"
 *     word       one token as the tokenizer sees it: letters/digits with inner ' or - ("don't", "county-lines")
 *     word*      prefix wildcard: `promiscu*` matches promiscu, promiscuous, promiscuity
 *     *          exactly one token of any kind; `[*]` is zero or one; `*` must be the slot's only alternative
 *
 * Examples:
 *   `choose|chooses|chose|choosing to`
 *   `put|puts|putting himself|herself|themselves [at] risk`
 *   `picked up by [*] [older] male|males|man|men|adults [in] [a] car|cars`
 *
 * A match never crosses a sentence boundary (Token.sentence). A pattern must contain at least one word or word*
 * slot and must not be able to match zero tokens. Invalid patterns throw at compile time, naming the pattern.
 * A pattern matches exactly the token sequences the grammar says, and a compiled set the union of its patterns (one
 * match per entry and span). Optional and wildcard slots become branches; paths that can continue alike share nodes,
 * so the automaton is a small DAG (see "Compilation" below). Match time is linear in the text times the (small)
 * number of live branches per start token.
 */

export type PhraseMatch<T> = { value: T; startToken: number; endToken: number; start: number; end: number }; // endToken exclusive; start/end UTF-16 offsets
export type PhraseMatcher<T> = { match(tokens: readonly Token[]): PhraseMatch<T>[] }; // all matches, including overlaps, sorted by start then longest first

type Alt = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'any' };
type Slot = { optional: boolean; alts: Alt[] };

export type TrieNode = {
  words: Map<string, TrieNode> | null;
  prefixes: Map<string, TrieNode> | null;
  prefixList: [string, TrieNode][] | null; // the same edges, for iteration in the match loop
  any: TrieNode | null;
  values: number[] | null; // entry indices that end here
};

export function newNode(): TrieNode {
  return { words: null, prefixes: null, prefixList: null, any: null, values: null };
}

function fail(pattern: string, reason: string): never {
  throw new Error(`Invalid phrase pattern "${pattern}": ${reason}`);
}

// Most pattern words are plain lowercase ASCII, their own norm; the others are tokenized once each.
const PLAIN_WORD = /^[a-z0-9]+$/;
const wordNorms = new Map<string, string>();

function parseWord(pattern: string, raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw;
  const known = wordNorms.get(raw);
  if (known !== undefined) return known;
  const toks = simpleTokenize(raw);
  if (toks.length !== 1 || toks[0]!.start !== 0 || toks[0]!.end !== raw.length) {
    fail(pattern, `"${raw}" is not a single word (letters or digits, with inner ' or - only)`);
  }
  if (wordNorms.size >= 100_000) wordNorms.clear();
  wordNorms.set(raw, toks[0]!.norm);
  return toks[0]!.norm;
}

export function parsePattern(pattern: string): Slot[] {
  const parts = pattern.trim().split(/\s+/);
  if (pattern.trim() === '') fail(pattern, 'empty pattern');
  const slots = parts.map((part) => parseSlot(pattern, part));
  if (slots.every((s) => s.optional)) fail(pattern, 'every slot is optional, so it could match nothing');
  if (slots.every((s) => s.alts[0]!.kind === 'any')) fail(pattern, 'needs at least one word');
  return slots;
}

function parseSlot(pattern: string, part: string): Slot {
  let body = part;
  let optional = false;
  if (part.startsWith('[')) {
    if (!part.endsWith(']') || part.length < 3) fail(pattern, `unbalanced or empty brackets in "${part}"`);
    optional = true;
    body = part.slice(1, -1);
  }
  if (body.includes('[') || body.includes(']')) fail(pattern, `misplaced bracket in "${part}" (brackets wrap a whole slot, no spaces inside)`);
  const alts: Alt[] = [];
  for (const raw of body.split('|')) {
    if (raw === '') fail(pattern, `empty alternative in "${part}"`);
    if (raw === '*') {
      alts.push({ kind: 'any' });
      continue;
    }
    const star = raw.indexOf('*');
    if (star >= 0) {
      if (star !== raw.length - 1) fail(pattern, `"*" may only end a word, in "${raw}"`);
      alts.push({ kind: 'prefix', prefix: parseWord(pattern, raw.slice(0, -1)) });
      continue;
    }
    alts.push({ kind: 'word', word: parseWord(pattern, raw) });
  }
  if (alts.length > 1 && alts.some((a) => a.kind === 'any')) fail(pattern, `"*" must be the only alternative in its slot, in "${part}"`);
  return { optional, alts };
}

// The trie builder that the reference matcher (reference/matcher.ts) walks; compilePatterns below builds the same
// automaton directly. Inserting a pattern is a persistent union: merge(node, positions) returns a node whose paths are
// node's paths plus the pattern's rest from those positions (see "Positions" below), copying only what changes. A node
// may be shared by many paths, so it is never modified once built (copy on write), and another pattern's suffix never
// leaks onto a prefix it was not written for. Memoised on (node, positions), so the many paths of one pattern through
// the same positions (the alternatives of a slot, skipped optional slots) end in one node: a small DAG, not a tree.
export function insert(root: TrieNode, slots: readonly Slot[], entry: number): void {
  const n = slots.length;
  const closeEnd: number[] = [];
  closeEnd[n] = n;
  for (let k = n - 1; k >= 0; k--) closeEnd[k] = slots[k]!.optional ? closeEnd[k + 1]! : k;
  const close = (targets: number[]): number[] => {
    const out: number[] = [];
    for (const t of [...new Set(targets)].sort((a, b) => a - b)) for (let c = t; c <= closeEnd[t]!; c++) if (!out.includes(c)) out.push(c);
    return out;
  };
  const memo = new Map<TrieNode | null, Map<string, TrieNode>>();
  const merge = (node: TrieNode | null, positions: readonly number[]): TrieNode => {
    const key = positions.join(',');
    let byPositions = memo.get(node);
    if (!byPositions) memo.set(node, (byPositions = new Map<string, TrieNode>()));
    const done = byPositions.get(key);
    if (done) return done;
    const out = node ? cloneNode(node) : newNode();
    if (positions.includes(n)) {
      out.values ??= [];
      if (!out.values.includes(entry)) out.values.push(entry);
    }
    const words = new Map<string, number[]>();
    const prefixes = new Map<string, number[]>();
    const any: number[] = [];
    for (const k of positions) {
      if (k === n) continue;
      for (const alt of slots[k]!.alts) {
        if (alt.kind === 'word') words.set(alt.word, [...(words.get(alt.word) ?? []), k + 1]);
        else if (alt.kind === 'prefix') prefixes.set(alt.prefix, [...(prefixes.get(alt.prefix) ?? []), k + 1]);
        else any.push(k + 1);
      }
    }
    for (const [w, targets] of words) (out.words ??= new Map()).set(w, merge(node?.words?.get(w) ?? null, close(targets)));
    for (const [p, targets] of prefixes) {
      const child = merge(node?.prefixes?.get(p) ?? null, close(targets));
      (out.prefixes ??= new Map()).set(p, child);
      const list = (out.prefixList ??= []);
      const k = list.findIndex(([q]) => q === p);
      if (k >= 0) list[k] = [p, child];
      else list.push([p, child]);
    }
    if (any.length > 0) out.any = merge(node?.any ?? null, close(any));
    byPositions.set(key, out);
    return out;
  };
  const merged = merge(root, close([0]));
  root.words = merged.words;
  root.prefixes = merged.prefixes;
  root.prefixList = merged.prefixList;
  root.any = merged.any;
  root.values = merged.values;
}

function cloneNode(n: TrieNode): TrieNode {
  return {
    words: n.words ? new Map(n.words) : null,
    prefixes: n.prefixes ? new Map(n.prefixes) : null,
    prefixList: n.prefixList ? n.prefixList.map(([p, c]) => [p, c] as [string, TrieNode]) : null,
    any: n.any,
    values: n.values ? [...n.values] : null,
  };
}

/** A matcher that can also match inside a token range (used by ConText to match one sentence without copying). */
export type RangePhraseMatcher<T> = PhraseMatcher<T> & {
  matchRange(tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[];
  /** The fast path: match over scanned token arrays (tokenize.ts `scanText`), tokens [from, to). */
  matchArrays(ta: TokenArrays, from: number, to: number): PhraseMatch<T>[];
  /**
   * matchArrays without objects: the number of matches, written to `triples` as (entry index, startToken, endToken),
   * in the same order; `values[entry index]` is the entry's value. `triples` is reused by the next call.
   */
  matchTriples(ta: TokenArrays, from: number, to: number): number;
  readonly triples: readonly number[];
  readonly values: readonly T[];
};

// The match loop runs on a flat copy of the trie in typed arrays (one monomorphic loop for every matcher, no objects
// per node): nodes are integers (root 0), each with one record of NODE_SIZE ints, so that a step of the walk reads one
// cache line for its node. A node's word and prefix edges (a prefix edge's symbol is -(prefix id + 1)) lie together,
// sorted by symbol, in `edges`; word id 0 (UNKNOWN) is never a symbol. The root's word edges are also a dense array
// by word id, so most tokens are rejected with one read. Word edges are also in one hash table keyed by (node, word):
// the walk follows a word with one probe there, not a search of the node's edges (a node such as the one after "the"
// has hundreds). Measured on the bench corpus (matching alone, alternating passes): 10-20% faster than the search.
type Flat = {
  nodes: number;
  node: Int32Array; // per node: VAL_START, VAL_END, BLOOM (two words), ANY_KID, HAS_PREFIXES, EDGE_START, EDGE_END
  valData: Int32Array; // entry indices ending at each node
  edges: Int32Array; // (symbol, child) pairs
  // Per word id, ROOT_SIZE ints: the root's child for the word (-1: none); and when that child's only ways on are word
  // edges (no entry ends there, no prefix or `*` edge: the first word of longer patterns only), a 32-bit filter over
  // those words (the two words of its BLOOM or-ed), else 0. The commonest start token is then tested from this one
  // record and the hash table, without reading the child's.
  root: Int32Array;
  hash: Int32Array; // word edges as (node, word symbol, child) triples, open addressing at most half full; node -1: empty
  hmask: number; // slots - 1 (a power of two)
};
const ROOT_SIZE = 2;

// The fields of a node record (NODE_SIZE ints).
const NODE_SIZE = 8;
const VAL_START = 0; // the node's entry indices: valData[VAL_START, VAL_END)
const VAL_END = 1;
const BLOOM = 2; // two words of a 64-bit filter over the node's word symbols (bloomBit); 0, 0: no word edge
const ANY_KID = 4; // the `*` child, or -1
const HAS_PREFIXES = 5; // 1 when the node has a prefix edge
const EDGE_START = 6; // the node's edges: edges[2 * EDGE_START, 2 * EDGE_END)
const EDGE_END = 7;

// Compilation. The patterns of all entries define a finite set of (symbol sequence, entry) pairs: a symbol is a word,
// a prefix (`word*`) or `*`, and each slot contributes one of its alternatives (an optional slot zero or one). The
// match loop walks the minimal automaton of that set that is deterministic over symbols (at most one edge per symbol
// per node; a token can still follow a word edge, prefix edges and the `*` edge at once). It is built directly, with
// no trie: a subset construction over pattern positions, children before parents, each node hash-consed on its
// signature as soon as its children are known.
//
//   - Positions: pattern p with n slots has positions base_p + 0 .. base_p + n ("slots before this one consumed");
//     base_p + n is final and carries p's entry. Skipping an optional slot is a free move from k to k + 1, so the
//     closure of position k is the run k .. closeEnd[k] (up to the first required slot or the final position).
//   - A node is a set of positions (closed, sorted). Its entries are those of its final positions; its edge for symbol
//     x goes to the closure of { k + 1 : k in the node, x an alternative of slot k }. This is the trie that `insert`
//     builds, node for node (a trie node is the set of positions its path can have reached, in each pattern).
//   - Two nodes with the same sorted entries and the same (symbol, child) edges are the same node (the register: a
//     numeric hash of the signature, then an exact comparison). Built bottom up, that gives the minimal DAG: 2,084
//     nodes for the indicator phrases, where the old copy-on-write trie had about 100,000 before minimising.
//   - The same position set is built once (memo), so a pattern's many paths through the same positions (alternatives,
//     skipped optional slots: `[*] [older] male|men ...`) cost one node, not one per combination.
//
// Matchers are compiled at module load (in the server, every CLI command, every test worker and the browser), so this
// is startup time. compilePatterns parses, checks and interns every pattern at once (cached per pattern and per slot
// across matchers) and builds the automaton on first use. The build runs once per matcher, mostly before V8 has
// optimised it: integers in typed arrays only (no boxed doubles, no strings or objects per node), buffers sized up
// front from the input so that optimised code is rarely thrown away when one grows, and the phases in separate
// functions.
//
// Symbols are integers: a word is its vocabulary id (>= 1), `*` is ANY (0), a prefix is -(prefix id + 1).
const ANY = 0;

// Patterns parsed to integers and interned (the same pattern is often compiled into several matchers: the indicator
// phrases and the lexicon each into their own and into analyse.ts's combined one): the slot count, then per slot
// 1 if it is optional else 0, the number of alternatives, and their symbols. Slots are interned too (the same
// `found|located|recovered|traced|discovered` starts many patterns). Both caches are bounded, in case a caller compiles
// an endless stream of patterns.
const encodedPatterns = new Map<string, Int32Array>();
const encodedSlots = new Map<string, Int32Array>();

function encodePattern(pattern: string): Int32Array {
  const known = encodedPatterns.get(pattern);
  if (known) return known;
  const trimmed = pattern.trim();
  if (trimmed === '') parsePattern(pattern); // throws
  const parts = trimmed.split(/\s+/);
  const slots: Int32Array[] = [];
  let size = 1;
  let allOptional = true;
  let allAny = true;
  for (const part of parts) {
    let slot = encodedSlots.get(part);
    if (!slot) {
      slot = encodeSlot(pattern, part);
      if (encodedSlots.size >= 100_000) encodedSlots.clear();
      encodedSlots.set(part, slot);
    }
    slots.push(slot);
    size += slot.length;
    if (slot[0] === 0) allOptional = false;
    if (slot[2] !== ANY) allAny = false; // `*` is always alone in its slot
  }
  if (allOptional || allAny) parsePattern(pattern); // throws
  const out = new Int32Array(size);
  out[0] = slots.length;
  for (let k = 0, at = 1; k < slots.length; at += slots[k]!.length, k++) out.set(slots[k]!, at);
  if (encodedPatterns.size >= 100_000) encodedPatterns.clear();
  encodedPatterns.set(pattern, out);
  return out;
}

/**
 * A pattern's slot count and, when it is one slot that is not optional and holds only words and `word*` prefixes, their
 * vocabulary and prefix ids (else null). From the cached encoding: for the cue compiler, which asks this of every cue of
 * every spec (cues.ts). Throws for an invalid pattern, as parsePattern does.
 */
export function patternShape(pattern: string): { slots: number; single: { words: number[]; prefixes: number[] } | null } {
  const enc = encodePattern(pattern);
  if (enc[0] !== 1 || enc[1] === 1) return { slots: enc[0]!, single: null };
  const words: number[] = [];
  const prefixes: number[] = [];
  for (let k = 3; k < 3 + enc[2]!; k++) {
    const sym = enc[k]!;
    if (sym === ANY) return { slots: 1, single: null };
    if (sym > 0) words.push(sym);
    else prefixes.push(-sym - 1);
  }
  return { slots: 1, single: { words, prefixes } };
}

// Most slots are plain lowercase words, `word*` prefixes or `*` (no Alt objects for those); anything else goes through
// parseSlot, which also throws the error for an invalid one.
const PLAIN_SLOT = /^\[?[a-z0-9|*]+\]?$/;

function encodeSlot(pattern: string, part: string): Int32Array {
  if (PLAIN_SLOT.test(part)) {
    const optional = part.charCodeAt(0) === 91; // [
    if (optional === (part.charCodeAt(part.length - 1) === 93) && (!optional || part.length >= 3)) {
      const raws = (optional ? part.slice(1, -1) : part).split('|');
      const out = new Int32Array(2 + raws.length);
      out[0] = optional ? 1 : 0;
      out[1] = raws.length;
      let k = 0;
      for (; k < raws.length; k++) {
        const raw = raws[k]!;
        const star = raw.indexOf('*');
        if (star < 0 && raw.length > 0) out[2 + k] = internWord(raw);
        else if (star > 0 && star === raw.length - 1) out[2 + k] = -(internPrefix(raw.slice(0, -1)) + 1);
        else if (raw === '*' && raws.length === 1) out[2 + k] = ANY;
        else break;
      }
      if (k === raws.length) return out;
    }
  }
  const slot = parseSlot(pattern, part);
  const out = new Int32Array(2 + slot.alts.length);
  out[0] = slot.optional ? 1 : 0;
  out[1] = slot.alts.length;
  slot.alts.forEach((alt, k) => (out[2 + k] = alt.kind === 'word' ? internWord(alt.word) : alt.kind === 'prefix' ? -(internPrefix(alt.prefix) + 1) : ANY));
  return out;
}

/** A copy of a with room for at least `need` elements. */
function grow(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, need));
  b.set(a);
  return b;
}

function pow2AtLeast(n: number): number {
  let p = 16;
  while (p < n) p *= 2;
  return p;
}

/** Integer sequences -> integer: open addressing on a numeric hash, verified element by element. */
class SeqTable {
  private data: Int32Array;
  private used = 0;
  private start: Int32Array;
  private len: Int32Array;
  private hash: Int32Array;
  private value: Int32Array;
  private count = 0;
  private slots: Int32Array; // entry index + 1; 0 is empty
  private mask: number;

  constructor(entries: number, elements: number) {
    this.data = new Int32Array(elements);
    this.start = new Int32Array(entries);
    this.len = new Int32Array(entries);
    this.hash = new Int32Array(entries);
    this.value = new Int32Array(entries);
    this.slots = new Int32Array(pow2AtLeast(entries * 2));
    this.mask = this.slots.length - 1;
  }

  /** The value stored for seq[from, from + n), or -1. */
  get(seq: Int32Array, from: number, n: number): number {
    const h = hashSeq(seq, from, n);
    const data = this.data;
    const slots = this.slots;
    const mask = this.mask;
    for (let q = h & mask; ; q = (q + 1) & mask) {
      const e = slots[q]! - 1;
      if (e < 0) return -1;
      if (this.hash[e] !== h || this.len[e] !== n) continue;
      const at = this.start[e]! - from;
      let k = from;
      while (k < from + n && data[at + k] === seq[k]) k++;
      if (k === from + n) return this.value[e]!;
    }
  }

  /** Stores value for seq[from, from + n), which must not be in the table yet. */
  add(seq: Int32Array, from: number, n: number, value: number): void {
    if (this.used + n > this.data.length || this.count === this.start.length) this.grow(n);
    const e = this.count++;
    const at = this.used;
    const data = this.data;
    for (let k = 0; k < n; k++) data[at + k] = seq[from + k]!;
    this.used += n;
    this.start[e] = at;
    this.len[e] = n;
    this.hash[e] = hashSeq(seq, from, n);
    this.value[e] = value;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(e);
  }

  private grow(n: number): void {
    this.data = grow(this.data, this.used + n);
    this.start = grow(this.start, this.count + 1);
    this.len = grow(this.len, this.count + 1);
    this.hash = grow(this.hash, this.count + 1);
    this.value = grow(this.value, this.count + 1);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) this.place(e);
  }

  private place(e: number): void {
    const slots = this.slots;
    let q = this.hash[e]! & this.mask;
    while (slots[q] !== 0) q = (q + 1) & this.mask;
    slots[q] = e + 1;
  }
}

function hashSeq(seq: Int32Array, from: number, n: number): number {
  let h = Math.imul(n, 0x9e3779b1) ^ 0x2545f491;
  for (let k = from, end = from + n; k < end; k++) {
    h = Math.imul(h ^ seq[k]!, 0x85ebca77);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

type Positions = {
  total: number;
  final: Int32Array; // entry index at a final position, else -1
  symStart: Int32Array; // slot k's alternatives: syms[symStart[k], symStart[k + 1])
  syms: Int32Array; // symbol - minSym: dense, from 0
  minSym: number;
  symCount: number; // maxSym - minSym + 1
  closeEnd: Int32Array;
  root: Int32Array; // every pattern at its start, and past its leading optional slots
};

function positionsOf(patterns: readonly Int32Array[], entries: readonly number[]): Positions {
  let total = 0;
  let nSyms = 0;
  for (const enc of patterns) {
    total += enc[0]! + 1;
    nSyms += enc.length - 1 - 2 * enc[0]!;
  }
  const final = new Int32Array(total).fill(-1);
  const symStart = new Int32Array(total + 1);
  const closeEnd = new Int32Array(total);
  const syms = new Int32Array(nSyms);
  let at = 0;
  nSyms = 0;
  let nRoot = 0;
  for (let p = 0; p < patterns.length; p++) {
    const enc = patterns[p]!;
    const n = enc[0]!;
    for (let k = 0, q = 1; k < n; k++) {
      closeEnd[at + k] = enc[q]!; // for now: 1 if the slot is optional
      const nAlts = enc[q + 1]!;
      symStart[at + k] = nSyms;
      for (let a = 0; a < nAlts; a++) syms[nSyms++] = enc[q + 2 + a]!;
      q += 2 + nAlts;
    }
    symStart[at + n] = nSyms;
    final[at + n] = entries[p]!;
    closeEnd[at + n] = at + n;
    for (let k = at + n - 1; k >= at; k--) closeEnd[k] = closeEnd[k] === 1 ? closeEnd[k + 1]! : k;
    nRoot += closeEnd[at]! - at + 1;
    at += n + 1;
  }
  symStart[total] = nSyms;
  let minSym = 0;
  let maxSym = 0;
  for (let q = 0; q < nSyms; q++) {
    const s = syms[q]!;
    if (s < minSym) minSym = s;
    if (s > maxSym) maxSym = s;
  }
  for (let q = 0; q < nSyms; q++) syms[q] = syms[q]! - minSym;
  const root = new Int32Array(nRoot);
  nRoot = 0;
  for (let p = 0, base = 0; p < patterns.length; base += patterns[p]![0]! + 1, p++) {
    for (let c = base; c <= closeEnd[base]!; c++) root[nRoot++] = c;
  }
  return { total, final, symStart, syms, minSym, symCount: maxSym - minSym + 1, closeEnd, root };
}

/** The minimal DAG, nodes numbered children first (the root is the last): entries and (symbol, child) edges. */
type Dag = { count: number; root: number; valStart: Int32Array; vals: Int32Array; edgeStart: Int32Array; edges: Int32Array };

// Insertion sort of a[0, n): a node's handful of symbols.
function sortSmall(a: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    let j = i - 1;
    for (; j >= 0 && a[j]! > x; j--) a[j + 1] = a[j]!;
    a[j + 1] = x;
  }
}

function minimalDag(pos: Positions): Dag {
  const { total, final, symStart, syms, closeEnd } = pos;
  const nSyms = syms.length;
  let nodes = 0;
  let valStart = new Int32Array(total + 2);
  let vals = new Int32Array(total + 1);
  let nVal = 0;
  let edgeStart = new Int32Array(total + 2);
  let edges = new Int32Array(2 * nSyms + 2); // dense symbol, child, ...
  let nEdge = 0;
  const memo = new SeqTable(total + 16, 4 * total + 64); // position set -> node
  const register = new SeqTable(total + 16, 4 * (total + nSyms) + 64); // signature -> node
  const byClosure = new Int32Array(total).fill(-1); // position k -> the node of the set k .. closeEnd[k]
  // Work stacks for the depth-first build: position sets, and per node its groups (symbol, child set start, child set
  // length, single source position or -1). A node's child sets are pushed above everything in use and popped once its
  // children are built.
  let sets = new Int32Array(2 * total + 4096);
  let setTop = 0;
  let groups = new Int32Array(4 * nSyms + 4096);
  let groupTop = 0;
  // One node's (symbol, next position) pairs, chained per symbol in position order, and its distinct symbols: all
  // consumed into child sets before any child is built, so one buffer serves every level. A node has at most one pair
  // per alternative of the patterns, so these never grow; nor does the signature buffer.
  const pairPos = new Int32Array(nSyms + 1);
  const pairNext = new Int32Array(nSyms + 1);
  const distinct = new Int32Array(nSyms + 1);
  const sig = new Int32Array(total + 2 * nSyms + 2);
  const stamp = new Int32Array(pos.symCount); // the build that last saw the symbol (numbered from 1)
  const head = new Int32Array(pos.symCount);
  const tail = new Int32Array(pos.symCount);
  let builds = 0;

  // A node's (symbol, next position) pairs over the position set sets[from, from + n), chained per symbol, and its
  // distinct symbols in order; returns how many. Its own function, as is childSets: the root's loops run over thousands
  // of positions, and V8 compiled build for them (on-stack) before any call had reached the code after them, then left
  // that code at the first comparison it had never seen, once for every recursive call, thousands of times a build.
  const pairsOf = (from: number, n: number): number => {
    const me = ++builds;
    let np = 0;
    let nd = 0;
    for (let k = from; k < from + n; k++) {
      const p = sets[k]!;
      for (let q = symStart[p]!, e = symStart[p + 1]!; q < e; q++) {
        const s = syms[q]!;
        pairPos[np] = p + 1;
        pairNext[np] = -1;
        if (stamp[s] !== me) {
          stamp[s] = me;
          head[s] = np;
          distinct[nd++] = s;
        } else {
          pairNext[tail[s]!] = np;
        }
        tail[s] = np++;
      }
    }
    // Edges in symbol order, for the signature (insertion sort: a node has a handful of symbols, except the root).
    if (nd > 32) distinct.subarray(0, nd).sort();
    else sortSmall(distinct, nd);
    return nd;
  };

  // Per distinct symbol, its child's position set pushed on `sets` and a group (symbol, set start, set length, single
  // source position or -1) on `groups`.
  const childSets = (nd: number): void => {
    if (groupTop + 4 * nd > groups.length) groups = grow(groups, groupTop + 4 * nd);
    for (let d = 0; d < nd; d++) {
      const s = distinct[d]!;
      const start = setTop;
      const first = pairPos[head[s]!]!;
      let last = -1; // the highest position in the child set so far (its pairs come in position order)
      for (let p = head[s]!; p >= 0; p = pairNext[p]!) {
        const k = pairPos[p]!;
        const e = closeEnd[k]!;
        if (setTop + e - k + 1 > sets.length) sets = grow(sets, setTop + e - k + 1);
        for (let c = k > last ? k : last + 1; c <= e; c++) sets[setTop++] = c;
        if (e > last) last = e;
      }
      groups[groupTop] = s;
      groups[groupTop + 1] = start;
      groups[groupTop + 2] = setTop - start;
      groups[groupTop + 3] = last === closeEnd[first] && setTop - start === last - first + 1 ? first : -1;
      groupTop += 4;
    }
  };

  const build = (from: number, n: number): number => {
    const known = memo.get(sets, from, n);
    if (known >= 0) return known;
    const nd = pairsOf(from, n);
    const setFrom = setTop;
    const groupFrom = groupTop;
    childSets(nd);
    for (let g = groupFrom; g < groupTop; g += 4) {
      // Most child sets are the closure of one position (a word that one pattern continues): cached by position.
      const single = groups[g + 3]!;
      let child = single >= 0 ? byClosure[single]! : -1;
      if (child < 0) child = build(groups[g + 1]!, groups[g + 2]!);
      if (single >= 0) byClosure[single] = child;
      groups[g + 1] = child;
    }
    setTop = setFrom;
    // The signature: sorted distinct entries, -1, then the (symbol, child) edges in symbol order.
    let nv = 0;
    for (let k = from; k < from + n; k++) {
      const v = final[sets[k]!]!;
      if (v < 0) continue;
      let m = nv++;
      for (; m > 0 && sig[m - 1]! > v; m--) sig[m] = sig[m - 1]!;
      sig[m] = v;
      if (m > 0 && sig[m - 1] === v) {
        for (; m + 1 < nv; m++) sig[m] = sig[m + 1]!;
        nv--;
      }
    }
    sig[nv] = -1;
    let len = nv + 1;
    for (let g = groupFrom; g < groupTop; g += 4) {
      sig[len++] = groups[g]!;
      sig[len++] = groups[g + 1]!;
    }
    groupTop = groupFrom;
    let id = register.get(sig, 0, len);
    if (id < 0) {
      id = nodes++;
      if (nodes + 1 >= valStart.length) {
        valStart = grow(valStart, nodes + 2);
        edgeStart = grow(edgeStart, nodes + 2);
      }
      if (nVal + nv > vals.length) vals = grow(vals, nVal + nv);
      if (nEdge + len - nv - 1 > edges.length) edges = grow(edges, nEdge + len - nv - 1);
      valStart[id] = nVal;
      for (let k = 0; k < nv; k++) vals[nVal++] = sig[k]!;
      edgeStart[id] = nEdge;
      for (let k = nv + 1; k < len; k++) edges[nEdge++] = sig[k]!;
      register.add(sig, 0, len, id);
    }
    memo.add(sets, from, n, id);
    return id;
  };

  if (pos.root.length > sets.length) sets = grow(sets, pos.root.length);
  sets.set(pos.root);
  setTop = pos.root.length;
  const root = build(0, pos.root.length);
  valStart[nodes] = nVal;
  edgeStart[nodes] = nEdge;
  return { count: nodes, root, valStart, vals, edgeStart, edges };
}

// Flat ids: the root is node 0 (it is the last node built, and no other node can equal it: its longest path is longer
// than any child's), the others in reverse creation order, parents before children.
function flatten(dag: Dag, minSym: number): Flat {
  const { count, root, valStart, vals, edgeStart, edges } = dag;
  const flatId = new Int32Array(count); // node -> flat id
  const order = new Int32Array(count); // flat id -> node
  for (let n = 0; n < count; n++) flatId[n] = count - 1 - n;
  flatId[count - 1] = flatId[root]!;
  flatId[root] = 0;
  for (let n = 0; n < count; n++) order[flatId[n]!] = n;
  const any = ANY - minSym;
  const node = new Int32Array(NODE_SIZE * count);
  const valData = new Int32Array(valStart[count]!);
  const flatEdges = new Int32Array(edgeStart[count]!); // at most as many pairs as the DAG's, `*` edges left out
  let maxRootId = 0;
  for (let e = edgeStart[root]!; e < edgeStart[root + 1]!; e += 2) maxRootId = Math.max(maxRootId, edges[e]! + minSym);
  const rootTable = new Int32Array(ROOT_SIZE * (maxRootId + 1));
  for (let id = 0; id <= maxRootId; id++) rootTable[ROOT_SIZE * id] = -1;
  let nv = 0;
  let ne = 0;
  for (let f = 0; f < count; f++) {
    const n = order[f]!;
    const r = NODE_SIZE * f;
    node[r + VAL_START] = nv;
    for (let v = valStart[n]!; v < valStart[n + 1]!; v++) valData[nv++] = vals[v]!;
    node[r + VAL_END] = nv;
    node[r + ANY_KID] = -1;
    node[r + EDGE_START] = ne / 2;
    // The DAG's edges are in symbol order, so each node's edges here are sorted by symbol.
    for (let e = edgeStart[n]!; e < edgeStart[n + 1]!; e += 2) {
      const s = edges[e]!;
      const kid = flatId[edges[e + 1]!]!;
      if (s === any) {
        node[r + ANY_KID] = kid;
        continue;
      }
      const sym = s + minSym;
      flatEdges[ne++] = sym;
      flatEdges[ne++] = kid;
      if (s > any) {
        const bit = bloomBit(sym);
        node[r + BLOOM + (bit >>> 5)]! |= 1 << (bit & 31);
        if (f === 0) rootTable[ROOT_SIZE * sym] = kid;
      } else node[r + HAS_PREFIXES] = 1;
    }
    node[r + EDGE_END] = ne / 2;
  }
  for (let id = 0; id <= maxRootId; id++) {
    const kid = rootTable[ROOT_SIZE * id]!;
    if (kid < 0) continue;
    const r = NODE_SIZE * kid;
    const filter = node[r + BLOOM]! | node[r + BLOOM + 1]!;
    if (node[r + VAL_START] !== node[r + VAL_END] || node[r + ANY_KID]! >= 0 || node[r + HAS_PREFIXES] === 1 || filter === 0) continue;
    rootTable[ROOT_SIZE * id + 1] = filter;
  }
  let size = 16;
  while (size < 2 * (ne / 2)) size *= 2;
  const hash = new Int32Array(3 * size).fill(-1);
  const hmask = size - 1;
  for (let f = 0; f < count; f++) {
    const r = NODE_SIZE * f;
    for (let e = node[r + EDGE_START]!; e < node[r + EDGE_END]!; e++) {
      const sym = flatEdges[2 * e]!;
      if (sym <= 0) continue;
      let q = slotOf(f, sym) & hmask;
      while (hash[3 * q] !== -1) q = (q + 1) & hmask;
      hash[3 * q] = f;
      hash[3 * q + 1] = sym;
      hash[3 * q + 2] = flatEdges[2 * e + 1]!;
    }
  }
  return { nodes: count, node, valData, edges: flatEdges, root: rootTable, hash, hmask };
}

// The first slot to probe for a node's edge on a word.
function slotOf(node: number, sym: number): number {
  const m = Math.imul(node ^ Math.imul(sym, 0x9e3779b1), 0x85ebca77);
  return m ^ (m >>> 15);
}

// The child of `node` for word symbol `sym`, or -1.
function hashEdge(h: Int32Array, mask: number, node: number, sym: number): number {
  for (let q = slotOf(node, sym) & mask; ; q = (q + 1) & mask) {
    const b = 3 * q;
    const n = h[b]!;
    if (n === node && h[b + 1] === sym) return h[b + 2]!;
    if (n === -1) return -1;
  }
}

// Which of a node's 64 filter bits a word symbol sets: most tokens after a pattern's first word continue no edge of
// the node, and the filter rejects them without a search of its edges.
function bloomBit(sym: number): number {
  return Math.imul(sym, 0x9e3779b1) >>> 26;
}

// The child of the node whose record starts at r for symbol sym, or -1 (the walk uses it for prefix symbols; words go
// through the hash table): a scan of a short edge list, else a binary search.
function edgeTo(f: Flat, r: number, sym: number): number {
  return edgeIn(f.edges, f.node[r + EDGE_START]!, f.node[r + EDGE_END]!, sym);
}

// The same in the node's edges [lo, hi).
function edgeIn(edges: Int32Array, lo: number, hi: number, sym: number): number {
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if (edges[2 * mid]! <= sym) lo = mid;
    else hi = mid;
  }
  for (; lo < hi; lo++) {
    const s = edges[2 * lo]!;
    if (s === sym) return edges[2 * lo + 1]!;
    if (s > sym) break;
  }
  return -1;
}

// Work stacks shared by every matcher (the match functions are synchronous and not re-entrant): (node, next token)
// pairs for the depth-first walk from one start token, and the [entry, endToken] pairs found from it.
let stackNode = new Int32Array(256);
let stackPos = new Int32Array(256);
let found = new Int32Array(64);

function growStacks(): void {
  const n = new Int32Array(stackNode.length * 2);
  n.set(stackNode);
  stackNode = n;
  const p = new Int32Array(stackPos.length * 2);
  p.set(stackPos);
  stackPos = p;
}

/**
 * All matches of the flat trie in tokens [from, to) of `ta`, as triples (entry, startToken, endToken) appended to
 * `out` (sorted by start token, then longest first, then entry); returns the number of triples.
 */
function matchFlat(f: Flat, ta: TokenArrays, from: number, to: number, out: number[]): number {
  const n = Math.min(to, ta.n);
  const ids = ta.id;
  const pfx = ta.pfx;
  const pfxData = ta.pfxData;
  const sentences = ta.sentence;
  const root = f.root;
  const rootLen = root.length / ROOT_SIZE;
  const nodes = f.node;
  const valData = f.valData;
  const H = f.hash;
  const hmask = f.hmask;
  const rootPrefixes = nodes[HAS_PREFIXES] === 1;
  const rootAny = nodes[ANY_KID]!;
  // The root's `*` child (a pattern that starts with `*`, such as "* in a shoebox") would be walked from every token:
  // it is pushed only when it can do something at the next token (an entry ends at it, or that token continues it).
  const anyR = NODE_SIZE * Math.max(0, rootAny);
  const anyAlways = rootAny >= 0 && (nodes[anyR + VAL_START] !== nodes[anyR + VAL_END] || nodes[anyR + ANY_KID]! >= 0);
  const anyPrefixes = rootAny >= 0 && nodes[anyR + HAS_PREFIXES] === 1;
  const anyBloom0 = rootAny >= 0 ? nodes[anyR + BLOOM]! : 0;
  const anyBloom1 = rootAny >= 0 ? nodes[anyR + BLOOM + 1]! : 0;
  let outLen = 0;
  for (let i = Math.max(0, from); i < n; i++) {
    const id = ids[i]!;
    let sp = 0;
    const j = i + 1;
    const nextInSentence = j < n && sentences[j] === sentences[i];
    if (id < rootLen) {
      const q = ROOT_SIZE * id;
      const r = root[q]!;
      if (r >= 0) {
        const filter = root[q + 1]!;
        if (filter !== 0) {
          // The commonest start: the first word of longer patterns only (no entry ends at the child, no prefix or `*`
          // edge on), whose one way on is the next token's word edge. Tested here, without the work stack; the walk
          // below starts from that grandchild (the child itself would add nothing to the matches). `1 << bit` takes
          // the low 5 bits of the 64-bit filter's bit number, as the or-ed 32-bit filter does.
          if (nextInSentence) {
            const idj = ids[j]!;
            if (idj !== 0 && (filter & (1 << bloomBit(idj))) !== 0) {
              const next = hashEdge(H, hmask, r, idj);
              if (next >= 0) {
                stackNode[0] = next;
                stackPos[0] = j + 1;
                sp = 1;
              }
            }
          }
        } else {
          stackNode[0] = r;
          stackPos[0] = j;
          sp = 1;
        }
      }
    }
    if (rootPrefixes && pfx[i]! >= 0) {
      for (let q = pfx[i]!; pfxData[q]! >= 0; q++) {
        const c = edgeTo(f, 0, -(pfxData[q]! + 1));
        if (c >= 0) {
          if (sp + 1 >= stackNode.length) growStacks();
          stackNode[sp] = c;
          stackPos[sp++] = i + 1;
        }
      }
    }
    if (rootAny >= 0) {
      let useful = anyAlways;
      if (!useful && nextInSentence) {
        const idj = ids[j]!;
        const bit = bloomBit(idj);
        useful = (idj !== 0 && ((bit >>> 5 === 0 ? anyBloom0 : anyBloom1) & (1 << (bit & 31))) !== 0) || (anyPrefixes && pfx[j]! >= 0);
      }
      if (useful) {
        if (sp + 1 >= stackNode.length) growStacks();
        stackNode[sp] = rootAny;
        stackPos[sp++] = i + 1;
      }
    }
    if (sp === 0) continue;
    const sentence = sentences[i]!;
    let nFound = 0;
    while (sp > 0) {
      sp--;
      const nodeId = stackNode[sp]!;
      const r = NODE_SIZE * nodeId;
      const j = stackPos[sp]!;
      for (let v = nodes[r + VAL_START]!, ve = nodes[r + VAL_END]!; v < ve; v++) {
        const value = valData[v]!;
        let dup = false;
        for (let k = 0; k < nFound; k += 2) {
          if (found[k] === value && found[k + 1] === j) {
            dup = true;
            break;
          }
        }
        if (!dup) {
          if (nFound + 2 > found.length) {
            const g = new Int32Array(found.length * 2);
            g.set(found);
            found = g;
          }
          found[nFound++] = value;
          found[nFound++] = j;
        }
      }
      if (j >= n || sentences[j] !== sentence) continue;
      // Children of node for token j; the walk continues at j + 1.
      if (sp + 2 + (pfx[j]! >= 0 ? 8 : 0) >= stackNode.length) growStacks();
      const idj = ids[j]!;
      const bit = bloomBit(idj);
      if (idj !== 0 && (nodes[r + BLOOM + (bit >>> 5)]! & (1 << (bit & 31))) !== 0) {
        const next = hashEdge(H, hmask, nodeId, idj);
        if (next >= 0) {
          stackNode[sp] = next;
          stackPos[sp++] = j + 1;
        }
      }
      if (nodes[r + HAS_PREFIXES] === 1 && pfx[j]! >= 0) {
        for (let q = pfx[j]!; pfxData[q]! >= 0; q++) {
          const c = edgeTo(f, r, -(pfxData[q]! + 1));
          if (c >= 0) {
            if (sp + 1 >= stackNode.length) growStacks();
            stackNode[sp] = c;
            stackPos[sp++] = j + 1;
          }
        }
      }
      const a = nodes[r + ANY_KID]!;
      if (a >= 0) {
        stackNode[sp] = a;
        stackPos[sp++] = j + 1;
      }
    }
    if (nFound === 0) continue;
    if (nFound === 2) {
      out[outLen++] = found[0]!;
      out[outLen++] = i;
      out[outLen++] = found[1]!;
      continue;
    }
    // Longest first, then entry order (insertion sort: a handful of pairs).
    for (let k = 2; k < nFound; k += 2) {
      const v = found[k]!;
      const e = found[k + 1]!;
      let m = k - 2;
      while (m >= 0 && (found[m + 1]! < e || (found[m + 1] === e && found[m]! > v))) {
        found[m + 2] = found[m]!;
        found[m + 3] = found[m + 1]!;
        m -= 2;
      }
      found[m + 2] = v;
      found[m + 3] = e;
    }
    for (let k = 0; k < nFound; k += 2) {
      out[outLen++] = found[k]!;
      out[outLen++] = i;
      out[outLen++] = found[k + 1]!;
    }
  }
  return outLen / 3;
}

// Building the automaton of the analysis's combined matcher takes about a second (most of it minimalDag), in every
// process and worker thread that analyses text: most of a CLI call's time, and a second of each review worker's. A
// store keeps built automata between processes; the Node entry points set one (services/automaton-cache.ts), the
// browser none. An automaton is stored under a key computed from its encoded patterns and entries (their words as this
// process's vocabulary ids), so a changed pattern, entry order or vocabulary gives a new key; the store adds the
// builder's own version (a hash of this file). A stored automaton is used only if it unpacks whole (packFlat's
// checksum), else it is built again and stored over it.
export type AutomatonStore = { load(key: string): Int32Array | null; save(key: string, data: Int32Array): void };
let store: AutomatonStore | null = null;
/** Sets (or, with null, removes) the store of built automata for matchers built from now on. */
export function setAutomatonStore(s: AutomatonStore | null): void {
  store = s;
}

function automatonKey(patterns: readonly Int32Array[], entries: readonly number[]): string {
  // Two independent 32-bit hashes over every pattern's ints and its entry, and the counts: a 64-bit key.
  let h1 = 0x2545f491;
  let h2 = 0x9e3779b9;
  let ints = 0;
  const mix = (v: number) => {
    h1 = Math.imul(h1 ^ v, 0x85ebca77);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = Math.imul(h2 + v, 0xc2b2ae3d) ^ (h2 >>> 16);
    ints++;
  };
  for (let p = 0; p < patterns.length; p++) {
    const enc = patterns[p]!;
    mix(enc.length);
    for (let k = 0; k < enc.length; k++) mix(enc[k]!);
    mix(entries[p]!);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${patterns.length}-${ints}-${hex(h1)}${hex(h2)}`;
}

// Packed layout: MAGIC, FORMAT, nodes, hmask, the lengths of node, valData, edges, root and hash, a checksum of what
// follows, then those five arrays.
const PACK_MAGIC = 0x4c4e5441; // "LNTA"
const PACK_FORMAT = 1;
const PACK_HEADER = 10;

function checksum(a: Int32Array, from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < a.length; k++) h = Math.imul(h ^ a[k]!, 0x01000193);
  return h | 0;
}

function packFlat(f: Flat): Int32Array {
  const parts = [f.node, f.valData, f.edges, f.root, f.hash];
  const out = new Int32Array(PACK_HEADER + parts.reduce((n, a) => n + a.length, 0));
  out.set([PACK_MAGIC, PACK_FORMAT, f.nodes, f.hmask, ...parts.map((a) => a.length)]);
  let at = PACK_HEADER;
  for (const a of parts) {
    out.set(a, at);
    at += a.length;
  }
  out[9] = checksum(out, PACK_HEADER);
  return out;
}

/** The automaton packed by packFlat, or null if `a` is not one whole (another format, truncated, altered). */
function unpackFlat(a: Int32Array | null): Flat | null {
  if (!a || a.length < PACK_HEADER || a[0] !== PACK_MAGIC || a[1] !== PACK_FORMAT) return null;
  const lengths = Array.from(a.subarray(4, 9));
  if (lengths.some((n) => n < 0) || PACK_HEADER + lengths.reduce((n, k) => n + k, 0) !== a.length) return null;
  const [nodes, hmask] = [a[2]!, a[3]!];
  if (lengths[0] !== NODE_SIZE * nodes || lengths[4] !== 3 * (hmask + 1) || checksum(a, PACK_HEADER) !== a[9]) return null;
  const parts: Int32Array[] = [];
  let at = PACK_HEADER;
  for (const n of lengths) {
    parts.push(a.slice(at, at + n));
    at += n;
  }
  const [node, valData, edges, root, hash] = parts as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  return { nodes, node, valData, edges, root, hash, hmask };
}

/** Compile entries of patterns into one matcher. Throws an Error naming the first invalid pattern. */
export function compilePatterns<T>(entries: readonly { patterns: readonly string[]; value: T }[]): RangePhraseMatcher<T> {
  const patterns: Int32Array[] = [];
  const patternEntries: number[] = [];
  entries.forEach((e, idx) => {
    for (const p of e.patterns) {
      patterns.push(encodePattern(p));
      patternEntries.push(idx);
    }
  });
  // The automaton is built on first use: every pattern is already parsed (an invalid one has thrown) and its words
  // interned (so that text scanned before that first use has their ids), and a module that compiles several matchers
  // at load pays only for those it uses (analyse.ts's combined matcher, not also the indicators' and the lexicon's).
  let flat: Flat | null = null;
  const build = (): Flat => {
    const key = store ? automatonKey(patterns, patternEntries) : '';
    const kept = store ? unpackFlat(store.load(key)) : null;
    if (kept) {
      patterns.length = patternEntries.length = 0;
      return kept;
    }
    const pos = positionsOf(patterns, patternEntries);
    patterns.length = patternEntries.length = 0;
    const built = flatten(minimalDag(pos), pos.minSym);
    store?.save(key, packFlat(built));
    return built;
  };
  const values = entries.map((e) => e.value);
  const triples: number[] = [];

  const matchArrays = (ta: TokenArrays, from: number, to: number): PhraseMatch<T>[] => {
    const count = matchFlat((flat ??= build()), ta, from, to, triples);
    // push, not new Array(count): a preallocated array of tens of thousands of matches (a 100 KB note of triggers)
    // is a dictionary, which deoptimises the callers that were compiled for small ones.
    const out: PhraseMatch<T>[] = [];
    for (let k = 0; k < count; k++) {
      const startToken = triples[3 * k + 1]!;
      const endToken = triples[3 * k + 2]!;
      out.push({ value: values[triples[3 * k]!]!, startToken, endToken, start: ta.start[startToken]!, end: ta.end[endToken - 1]! });
    }
    return out;
  };

  const matchRange = (tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] => {
    const a = Math.max(0, from);
    if (a === 0) return matchArrays(arraysFromTokens(tokens, 0, to), 0, to);
    // Only the range is converted; token indices are shifted back to the caller's array.
    const ms = matchArrays(arraysFromTokens(tokens, a, to), 0, to - a);
    for (const m of ms) {
      m.startToken += a;
      m.endToken += a;
    }
    return ms;
  };

  const matchTriples = (ta: TokenArrays, from: number, to: number): number => matchFlat((flat ??= build()), ta, from, to, triples);

  return { match: (tokens) => matchArrays(arraysFromTokens(tokens), 0, tokens.length), matchRange, matchArrays, matchTriples, triples, values };
}
