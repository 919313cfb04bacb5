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

// The match loop runs on a frozen copy keyed by vocabulary ids (vocab.ts): a word edge is keyed by its word id, a
// prefix edge by -(prefix id + 1). Word id 0 (UNKNOWN) is never a key. Small nodes keep their edges in a typed array
// (searched linearly), larger ones in a Map.
type Frozen = {
  keys: Int32Array;
  kids: Frozen[];
  map: Map<number, Frozen> | null; // when there are more than SMALL edges
  prefixes: boolean; // has prefix edges
  any: Frozen | null;
  values: number[] | null;
};
const SMALL = 6;

function child(node: Frozen, key: number): Frozen | undefined {
  if (node.map) return node.map.get(key);
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return node.kids[k];
  return undefined;
}

function freeze(root: TrieNode): Frozen {
  const seen = new Map<TrieNode, Frozen>();
  const visit = (n: TrieNode): Frozen => {
    const done = seen.get(n);
    if (done) return done;
    const f: Frozen = { keys: new Int32Array(0), kids: [], map: null, prefixes: false, any: null, values: n.values ? [...n.values] : null };
    seen.set(n, f);
    const keys: number[] = [];
    if (n.words)
      for (const [w, c] of n.words) {
        keys.push(internWord(w));
        f.kids.push(visit(c));
      }
    if (n.prefixList)
      for (const [p, c] of n.prefixList) {
        keys.push(-(internPrefix(p) + 1));
        f.kids.push(visit(c));
        f.prefixes = true;
      }
    f.keys = Int32Array.from(keys);
    if (keys.length > SMALL) f.map = new Map(keys.map((k, i) => [k, f.kids[i]!]));
    if (n.any) f.any = visit(n.any);
    return f;
  };
  return visit(root);
}

/** Compile entries of patterns into one matcher. Throws an Error naming the first invalid pattern. */
export function compilePatterns<T>(entries: readonly { patterns: readonly string[]; value: T }[]): RangePhraseMatcher<T> {
  const building = newNode();
  entries.forEach((e, idx) => {
    for (const p of e.patterns) insert(building, parsePattern(p), idx);
  });
  const root = freeze(building);
  const values = entries.map((e) => e.value);
  // The root's word edges as a dense array by word id: the first token of most windows is rejected by one read.
  let maxId = 0;
  for (const k of root.keys) maxId = Math.max(maxId, k);
  const rootIndex = new Int32Array(maxId + 1).fill(-1);
  root.keys.forEach((k, i) => {
    if (k > 0) rootIndex[k] = i;
  });
  const rootLen = rootIndex.length;
  const rootKids = root.kids;

  // Reused work stacks: (node, next token index) pairs for the depth-first walk from each start token.
  const nodeStack: Frozen[] = [];
  const posStack: number[] = [];
  const local: number[] = []; // [entry, endToken] pairs found from one start token

  const rootPrefixes = root.prefixes ? root : null;
  const rootAny = root.any;

  const matchArrays = (ta: TokenArrays, from: number, to: number): PhraseMatch<T>[] => {
    const out: PhraseMatch<T>[] = [];
    const n = Math.min(to, ta.n);
    const ids = ta.id;
    const pfx = ta.pfx;
    const pfxData = ta.pfxData;
    const sentences = ta.sentence;
    for (let i = Math.max(0, from); i < n; i++) {
      const id = ids[i]!;
      let sp = 0;
      if (id < rootLen) {
        const r = rootIndex[id]!;
        if (r >= 0) {
          nodeStack[sp] = rootKids[r]!;
          posStack[sp++] = i + 1;
        }
      }
      if (rootPrefixes && pfx[i]! >= 0) {
        for (let q = pfx[i]!; pfxData[q]! >= 0; q++) {
          const c = child(rootPrefixes, -(pfxData[q]! + 1));
          if (c) {
            nodeStack[sp] = c;
            posStack[sp++] = i + 1;
          }
        }
      }
      if (rootAny) {
        nodeStack[sp] = rootAny;
        posStack[sp++] = i + 1;
      }
      if (sp === 0) continue;
      const sentence = sentences[i]!;
      let found = 0;
      while (sp > 0) {
        sp--;
        const node = nodeStack[sp]!;
        const j = posStack[sp]!;
        const vs = node.values;
        if (vs) {
          for (const v of vs) {
            let dup = false;
            for (let k = 0; k < found; k += 2) {
              if (local[k] === v && local[k + 1] === j) {
                dup = true;
                break;
              }
            }
            if (!dup) {
              local[found++] = v;
              local[found++] = j;
            }
          }
        }
        if (j >= n || sentences[j] !== sentence) continue;
        // Children of node for token j; the walk continues at j + 1.
        const id = ids[j]!;
        if (id !== 0 && node.keys.length > 0) {
          const next = child(node, id);
          if (next) {
            nodeStack[sp] = next;
            posStack[sp++] = j + 1;
          }
        }
        if (node.prefixes && pfx[j]! >= 0) {
          for (let q = pfx[j]!; pfxData[q]! >= 0; q++) {
            const c = child(node, -(pfxData[q]! + 1));
            if (c) {
              nodeStack[sp] = c;
              posStack[sp++] = j + 1;
            }
          }
        }
        if (node.any) {
          nodeStack[sp] = node.any;
          posStack[sp++] = j + 1;
        }
      }
      if (found === 0) continue;
      const start = ta.start[i]!;
      if (found === 2) {
        const endToken = local[1]!;
        out.push({ value: values[local[0]!]!, startToken: i, endToken, start, end: ta.end[endToken - 1]! });
        continue;
      }
      const pairs: [number, number][] = [];
      for (let k = 0; k < found; k += 2) pairs.push([local[k]!, local[k + 1]!]);
      pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const [v, endToken] of pairs) out.push({ value: values[v]!, startToken: i, endToken, start, end: ta.end[endToken - 1]! });
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
