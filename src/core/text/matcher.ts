import { tokenize as simpleTokenize } from './reference/tokenize.ts';
import { arraysFromTokens, type Token, type TokenArrays } from './tokenize.ts';
import { internPrefix, internWord } from './vocab.ts';

/*
 * Phrase patterns, compiled to a token trie.
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
 * Optional and wildcard slots become trie branches; the alternatives of a slot share one node, so the trie is a small
 * DAG. Match time is linear in the text times the (small) number of live branches per start token.
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
  refs: number; // incoming edges (the trie is a DAG: see insert)
};

export function newNode(): TrieNode {
  return { words: null, prefixes: null, prefixList: null, any: null, values: null, refs: 0 };
}

function fail(pattern: string, reason: string): never {
  throw new Error(`Invalid phrase pattern "${pattern}": ${reason}`);
}

function parseWord(pattern: string, raw: string): string {
  const toks = simpleTokenize(raw);
  if (toks.length !== 1 || toks[0]!.start !== 0 || toks[0]!.end !== raw.length) {
    fail(pattern, `"${raw}" is not a single word (letters or digits, with inner ' or - only)`);
  }
  return toks[0]!.norm;
}

export function parsePattern(pattern: string): Slot[] {
  const parts = pattern.trim().split(/\s+/);
  if (pattern.trim() === '') fail(pattern, 'empty pattern');
  const slots: Slot[] = [];
  for (const part of parts) {
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
    slots.push({ optional, alts });
  }
  if (slots.every((s) => s.optional)) fail(pattern, 'every slot is optional, so it could match nothing');
  if (slots.every((s) => s.alts[0]!.kind === 'any')) fail(pattern, 'needs at least one word');
  return slots;
}

// Insert one pattern, slot by slot, keeping the set of trie nodes reached so far (the frontier). The alternatives of a
// slot that are new share one fresh node, so a pattern compiles to a small DAG instead of a tree of every combination.
// A shared node reached through an existing edge is cloned first (copy on write), so that another pattern's suffix
// never leaks onto a prefix it was not written for.
export function insert(root: TrieNode, slots: readonly Slot[], entry: number): void {
  let frontier = new Set<TrieNode>([root]);
  // Nodes this pattern created or copied: shared only between its own paths, so never copied again (copying one
  // before its own later edges are added would lose those paths).
  const mine = new Set<TrieNode>();
  for (const slot of slots) {
    const next = new Set<TrieNode>();
    if (slot.optional) for (const node of frontier) next.add(node);
    let fresh: TrieNode | null = null;
    const follow = (existing: TrieNode | undefined | null, set: (child: TrieNode) => void): void => {
      if (!existing) {
        fresh ??= newNode();
        mine.add(fresh);
        fresh.refs++;
        set(fresh);
        next.add(fresh);
      } else if (existing.refs > 1 && !mine.has(existing)) {
        const copy = cloneNode(existing);
        mine.add(copy);
        existing.refs--;
        copy.refs = 1;
        set(copy);
        next.add(copy);
      } else {
        next.add(existing);
      }
    };
    for (const node of frontier) {
      for (const alt of slot.alts) {
        if (alt.kind === 'word') {
          const words = (node.words ??= new Map<string, TrieNode>());
          follow(words.get(alt.word), (c) => words.set(alt.word, c));
        } else if (alt.kind === 'prefix') {
          const prefixes = (node.prefixes ??= new Map<string, TrieNode>());
          const list = (node.prefixList ??= []);
          follow(prefixes.get(alt.prefix), (c) => {
            const k = list.findIndex(([p]) => p === alt.prefix);
            if (k >= 0) list[k] = [alt.prefix, c];
            else list.push([alt.prefix, c]);
            prefixes.set(alt.prefix, c);
          });
        } else {
          follow(node.any, (c) => (node.any = c));
        }
      }
    }
    frontier = next;
  }
  for (const node of frontier) {
    node.values ??= [];
    if (!node.values.includes(entry)) node.values.push(entry);
  }
}

function cloneNode(n: TrieNode): TrieNode {
  const copy: TrieNode = {
    words: n.words ? new Map(n.words) : null,
    prefixes: n.prefixes ? new Map(n.prefixes) : null,
    prefixList: n.prefixList ? n.prefixList.map(([p, c]) => [p, c] as [string, TrieNode]) : null,
    any: n.any,
    values: n.values ? [...n.values] : null,
    refs: 0,
  };
  if (copy.words) for (const c of copy.words.values()) c.refs++;
  if (copy.prefixList) for (const [, c] of copy.prefixList) c.refs++;
  if (copy.any) copy.any.refs++;
  return copy;
}

/** A matcher that can also match inside a token range (used by ConText to match one sentence without copying). */
export type RangePhraseMatcher<T> = PhraseMatcher<T> & {
  matchRange(tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[];
  /** The fast path: match over scanned token arrays (tokenize.ts `scanText`), tokens [from, to). */
  matchArrays(ta: TokenArrays, from: number, to: number): PhraseMatch<T>[];
};

// The match loop runs on a flat copy of the trie in typed arrays (one monomorphic loop for every matcher, no objects
// per node): nodes are integers (root 0); a word edge is keyed by (node, word id), a prefix edge by (node, -(prefix id
// + 1)), in one open-addressing table; word id 0 (UNKNOWN) is never a key. The root's word edges are also a dense
// array by word id, so most tokens are rejected with one read.
type Flat = {
  nodes: number;
  anyKid: Int32Array; // the `*` child, or -1
  hasWords: Uint8Array;
  hasPrefixes: Uint8Array;
  valStart: Int32Array; // node k's entry indices: valData[valStart[k], valStart[k + 1])
  valData: Int32Array;
  edgeNode: Int32Array; // node + 1; 0 marks an empty slot
  edgeSym: Int32Array;
  edgeKid: Int32Array;
  edgeMask: number;
  rootIndex: Int32Array; // word id -> root child, or -1
};

function edgeSlot(node: number, sym: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h & mask;
}

// Insertion copies shared nodes (copy on write), so the trie holds many identical sub-DAGs (100,000 nodes for the
// indicator phrases). Merging nodes with the same entries and the same edges to the same (merged) children, bottom up,
// gives the minimal DAG for the same matches: a walk from either of two merged nodes finds the same (entry, end) pairs.
function flatten(root: TrieNode): Flat {
  const canon = new Map<TrieNode, number>(); // node -> canonical id
  const bySignature = new Map<string, number>();
  const order: TrieNode[] = []; // canonical id -> representative node
  const visit = (n: TrieNode): number => {
    const done = canon.get(n);
    if (done !== undefined) return done;
    const parts: string[] = [n.values ? [...n.values].sort((x, y) => x - y).join(',') : ''];
    const words = n.words ? [...n.words].map(([w, c]) => `${w}\u0000${visit(c)}`).sort() : [];
    const prefixes = n.prefixList ? n.prefixList.map(([p, c]) => `${p}\u0000${visit(c)}`).sort() : [];
    parts.push(words.join('\u0001'), prefixes.join('\u0001'), n.any ? String(visit(n.any)) : '');
    const signature = parts.join('\u0002');
    let id = bySignature.get(signature);
    if (id === undefined) {
      bySignature.set(signature, (id = order.length));
      order.push(n);
    }
    canon.set(n, id);
    return id;
  };
  const rootId = visit(root);
  // The root must be node 0: swap it to the front.
  const swap = (x: number): number => (x === rootId ? 0 : x === 0 ? rootId : x);
  [order[0], order[rootId]] = [order[rootId]!, order[0]!];
  const ids = new Map<TrieNode, number>();
  for (const [n, c] of canon) ids.set(n, swap(c));
  const number = (n: TrieNode): number => ids.get(n)!;
  const edges: [number, number, number][] = [];
  for (let k = 0; k < order.length; k++) {
    const n = order[k]!;
    if (n.words) for (const [w, c] of n.words) edges.push([k, internWord(w), number(c)]);
    if (n.prefixList) for (const [p, c] of n.prefixList) edges.push([k, -(internPrefix(p) + 1), number(c)]);
  }
  const count = order.length;
  const anyKid = new Int32Array(count).fill(-1);
  const hasWords = new Uint8Array(count);
  const hasPrefixes = new Uint8Array(count);
  const valStart = new Int32Array(count + 1);
  const vals: number[] = [];
  order.forEach((n, k) => {
    if (n.any) anyKid[k] = ids.get(n.any)!;
    valStart[k] = vals.length;
    if (n.values) vals.push(...n.values);
  });
  valStart[count] = vals.length;
  let cap = 16;
  while (cap < edges.length * 4) cap *= 2;
  const edgeNode = new Int32Array(cap);
  const edgeSym = new Int32Array(cap);
  const edgeKid = new Int32Array(cap);
  const mask = cap - 1;
  let maxRootId = 0;
  for (const [node, sym, kid] of edges) {
    if (sym > 0) hasWords[node] = 1;
    else hasPrefixes[node] = 1;
    if (node === 0 && sym > maxRootId) maxRootId = sym;
    let q = edgeSlot(node, sym, mask);
    while (edgeNode[q] !== 0) q = (q + 1) & mask;
    edgeNode[q] = node + 1;
    edgeSym[q] = sym;
    edgeKid[q] = kid;
  }
  const rootIndex = new Int32Array(maxRootId + 1).fill(-1);
  for (const [node, sym, kid] of edges) if (node === 0 && sym > 0) rootIndex[sym] = kid;
  return { nodes: count, anyKid, hasWords, hasPrefixes, valStart, valData: Int32Array.from(vals), edgeNode, edgeSym, edgeKid, edgeMask: mask, rootIndex };
}

function edgeTo(f: Flat, node: number, sym: number): number {
  const key = node + 1;
  const edgeNode = f.edgeNode;
  const mask = f.edgeMask;
  let q = edgeSlot(node, sym, mask);
  for (;;) {
    const en = edgeNode[q]!;
    if (en === 0) return -1;
    if (en === key && f.edgeSym[q] === sym) return f.edgeKid[q]!;
    q = (q + 1) & mask;
  }
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
  const rootIndex = f.rootIndex;
  const rootLen = rootIndex.length;
  const anyKid = f.anyKid;
  const hasWords = f.hasWords;
  const hasPrefixes = f.hasPrefixes;
  const valStart = f.valStart;
  const valData = f.valData;
  const rootPrefixes = hasPrefixes[0] === 1;
  const rootAny = anyKid[0]!;
  let outLen = 0;
  for (let i = Math.max(0, from); i < n; i++) {
    const id = ids[i]!;
    let sp = 0;
    if (id < rootLen) {
      const r = rootIndex[id]!;
      if (r >= 0) {
        stackNode[0] = r;
        stackPos[0] = i + 1;
        sp = 1;
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
      if (sp + 1 >= stackNode.length) growStacks();
      stackNode[sp] = rootAny;
      stackPos[sp++] = i + 1;
    }
    if (sp === 0) continue;
    const sentence = sentences[i]!;
    let nFound = 0;
    while (sp > 0) {
      sp--;
      const node = stackNode[sp]!;
      const j = stackPos[sp]!;
      for (let v = valStart[node]!, ve = valStart[node + 1]!; v < ve; v++) {
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
      if (idj !== 0 && hasWords[node] === 1) {
        const next = edgeTo(f, node, idj);
        if (next >= 0) {
          stackNode[sp] = next;
          stackPos[sp++] = j + 1;
        }
      }
      if (hasPrefixes[node] === 1 && pfx[j]! >= 0) {
        for (let q = pfx[j]!; pfxData[q]! >= 0; q++) {
          const c = edgeTo(f, node, -(pfxData[q]! + 1));
          if (c >= 0) {
            if (sp + 1 >= stackNode.length) growStacks();
            stackNode[sp] = c;
            stackPos[sp++] = j + 1;
          }
        }
      }
      const a = anyKid[node]!;
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

/** Compile entries of patterns into one matcher. Throws an Error naming the first invalid pattern. */
export function compilePatterns<T>(entries: readonly { patterns: readonly string[]; value: T }[]): RangePhraseMatcher<T> {
  const building = newNode();
  entries.forEach((e, idx) => {
    for (const p of e.patterns) insert(building, parsePattern(p), idx);
  });
  const flat = flatten(building);
  const values = entries.map((e) => e.value);
  const triples: number[] = [];

  const matchArrays = (ta: TokenArrays, from: number, to: number): PhraseMatch<T>[] => {
    const count = matchFlat(flat, ta, from, to, triples);
    const out = new Array<PhraseMatch<T>>(count);
    for (let k = 0; k < count; k++) {
      const startToken = triples[3 * k + 1]!;
      const endToken = triples[3 * k + 2]!;
      out[k] = { value: values[triples[3 * k]!]!, startToken, endToken, start: ta.start[startToken]!, end: ta.end[endToken - 1]! };
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

  return { match: (tokens) => matchArrays(arraysFromTokens(tokens), 0, tokens.length), matchRange, matchArrays };
}
