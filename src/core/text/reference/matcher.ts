// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
import { insert, newNode, parsePattern, type TrieNode } from '../matcher.ts';
import type { Token } from './tokenize.ts';

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

// The pattern parser and trie builder are shared with the fast matcher (../matcher.ts): only the match loop over
// Token.norm strings below is the reference.

/** A matcher that can also match inside a token range (used by ConText to match one sentence without copying). */
export type RangePhraseMatcher<T> = PhraseMatcher<T> & { matchRange(tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] };

type Frozen = {
  words: Map<string, Frozen> | null;
  prefixes: (string | Frozen)[] | null; // flat [prefix, node, prefix, node, ...]
  prefixFirst: Set<number> | null; // first code units of the prefixes: a quick reject before startsWith
  any: Frozen | null;
  values: number[] | null;
};

// The match loop runs on a frozen copy with flat arrays (no per-edge tuples, no refs bookkeeping).
function freeze(root: TrieNode): Frozen {
  const seen = new Map<TrieNode, Frozen>();
  const visit = (n: TrieNode): Frozen => {
    const done = seen.get(n);
    if (done) return done;
    const f: Frozen = { words: null, prefixes: null, prefixFirst: null, any: null, values: n.values ? [...n.values] : null };
    seen.set(n, f);
    if (n.words) {
      f.words = new Map();
      for (const [w, c] of n.words) f.words.set(w, visit(c));
    }
    if (n.prefixList && n.prefixList.length > 0) {
      f.prefixes = [];
      f.prefixFirst = new Set();
      for (const [p, c] of n.prefixList) {
        f.prefixes.push(p, visit(c));
        f.prefixFirst.add(p.charCodeAt(0));
      }
    }
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

  // Reused work stacks: (node, next token index) pairs for the depth-first walk from each start token.
  const nodeStack: Frozen[] = [];
  const posStack: number[] = [];
  const local: number[] = []; // [entry, endToken] pairs found from one start token

  const push = (sp: number, node: Frozen, pos: number): number => {
    nodeStack[sp] = node;
    posStack[sp] = pos;
    return sp + 1;
  };
  const expand = (node: Frozen, norm: string, pos: number, sp: number): number => {
    if (node.words) {
      const next = node.words.get(norm);
      if (next) sp = push(sp, next, pos);
    }
    if (node.prefixFirst?.has(norm.charCodeAt(0))) {
      const ps = node.prefixes!;
      for (let k = 0; k < ps.length; k += 2) {
        if (norm.startsWith(ps[k] as string)) sp = push(sp, ps[k + 1] as Frozen, pos);
      }
    }
    if (node.any) sp = push(sp, node.any, pos);
    return sp;
  };

  const matchRange = (tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] => {
    const out: PhraseMatch<T>[] = [];
    const n = Math.min(to, tokens.length);
    for (let i = Math.max(0, from); i < n; i++) {
      const first = tokens[i]!;
      let sp = expand(root, first.norm, i + 1, 0);
      if (sp === 0) continue;
      const sentence = first.sentence;
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
        if (j >= n) continue;
        const tok = tokens[j]!;
        if (tok.sentence !== sentence) continue;
        sp = expand(node, tok.norm, j + 1, sp);
      }
      if (found === 0) continue;
      if (found === 2) {
        const endToken = local[1]!;
        out.push({ value: values[local[0]!]!, startToken: i, endToken, start: first.start, end: tokens[endToken - 1]!.end });
        continue;
      }
      const pairs: [number, number][] = [];
      for (let k = 0; k < found; k += 2) pairs.push([local[k]!, local[k + 1]!]);
      pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const [v, endToken] of pairs) {
        out.push({ value: values[v]!, startToken: i, endToken, start: first.start, end: tokens[endToken - 1]!.end });
      }
    }
    return out;
  };

  return { match: (tokens) => matchRange(tokens, 0, tokens.length), matchRange };
}
