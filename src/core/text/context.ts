import { compilePatterns, type PhraseMatch } from './matcher.ts';
import { arraysFromTokens, normAt, type Token, type TokenArrays } from './tokenize.ts';
import { CONTEXT_TRIGGERS, type Trigger } from './context-triggers.ts';

// ConText (Harkema, Dowling, Thornblade & Chapman 2009, J Biomed Inform 42:839), the successor of NegEx (Chapman et
// al. 2001), adapted to safeguarding case-note wording (issue 4 §2): a finding is negated, hypothetical, historical or
// about another person when a trigger governs it. Pre-triggers govern words after them, post-triggers words before
// them, up to a terminator ("but", "however" ...), the end of the sentence, or the trigger's own window in tokens
// (case notes run long sentences together, so every scope is bounded: this also keeps the cost linear).

export type Context = { negated: boolean; hypothetical: boolean; historical: boolean; experiencer: 'child' | 'other' };

/** Who the other person is, when experiencer is 'other': family/household (maps to familial codes) or anyone else. */
export type OtherKind = 'family' | 'nonfamily';
export type ContextDetail = Context & { otherKind: OtherKind | null };
export type ContextOptions = { currentYear?: number };

const TRIGGER_MATCHER = compilePatterns(CONTEXT_TRIGGERS);
const MAX_SCOPE = CONTEXT_TRIGGERS.reduce((m, e) => Math.max(m, e.value.scope), 0);
const MAX_TRIGGER_LEN = 8;

type Accepted = { trigger: Trigger; s: number; e: number; year?: number };
type SentenceAnalysis = {
  triggers: Accepted[]; // sorted by start token (absolute indices)
  termStarts: number[]; // sorted token indices where a terminator starts
  blockStarts: number[]; // sorted token indices where a blocker starts
};

/** Sentence analyses of one token array, by sentence number (unique within one tokenize/scanText result). */
export type ContextCache = Map<number, SentenceAnalysis>;

export function newContextCache(): ContextCache {
  return new Map<number, SentenceAnalysis>();
}

// For the Token[] API: the token arrays and the analyses, per Token array.
const cache = new WeakMap<readonly Token[], { ta: TokenArrays; sentences: ContextCache }>();

function sentenceBounds(ta: TokenArrays, i: number): [number, number] {
  const sentences = ta.sentence;
  const s = sentences[i]!;
  let a = i;
  while (a > 0 && sentences[a - 1] === s) a--;
  let b = i + 1;
  while (b < ta.n && sentences[b] === s) b++;
  return [a, b];
}

function parseYear(norm: string): number | undefined {
  if (norm.length !== 4) return undefined;
  const y = Number(norm);
  return Number.isInteger(y) && y >= 1990 && y <= 2099 ? y : undefined;
}

function analyse(ta: TokenArrays, a: number, b: number): SentenceAnalysis {
  // Match offsets below are made sentence-relative, as the masking array is per sentence.
  const matches: PhraseMatch<Trigger>[] = TRIGGER_MATCHER.matchArrays(ta, a, b);
  for (const m of matches) {
    m.startToken -= a;
    m.endToken -= a;
  }
  // Longest first: a longer trigger masks every strictly shorter trigger it overlaps (pseudo-triggers work this way).
  const order = matches
    .map((_, k) => k)
    .sort((x, y) => matches[y]!.endToken - matches[y]!.startToken - (matches[x]!.endToken - matches[x]!.startToken) || x - y);
  const cover = new Int32Array(b - a); // longest accepted trigger covering each token
  const triggers: Accepted[] = [];
  for (const k of order) {
    const m = matches[k]!;
    const len = m.endToken - m.startToken;
    let masked = false;
    for (let j = m.startToken; j < m.endToken; j++) {
      if (cover[j]! > len) {
        masked = true;
        break;
      }
    }
    if (masked) continue;
    for (let j = m.startToken; j < m.endToken; j++) if (cover[j]! < len) cover[j] = len;
    if (m.value.kind === 'pseudo') continue;
    const acc: Accepted = { trigger: m.value, s: m.startToken + a, e: m.endToken + a };
    if (m.value.kind === 'year') {
      const year = parseYear(normAt(ta, m.endToken - 1 + a));
      if (year === undefined) continue;
      acc.year = year;
      // A bare year is kept only for the current-year rule; "in 2019" is historical on its own.
      if (len === 1) acc.trigger = { ...m.value, scope: -1 };
    }
    triggers.push(acc);
  }
  triggers.sort((x, y) => x.s - y.s || x.e - y.e);
  const termStarts: number[] = [];
  const blockStarts: number[] = [];
  for (const tr of triggers) {
    if (tr.trigger.kind === 'terminator') termStarts.push(tr.s);
    else if (tr.trigger.kind === 'blocker') blockStarts.push(tr.s);
  }
  return { triggers, termStarts, blockStarts };
}

function getAnalysis(ta: TokenArrays, i: number, perSentence: ContextCache): SentenceAnalysis {
  const sentence = ta.sentence[i]!;
  let an = perSentence.get(sentence);
  if (!an) {
    const [a, b] = sentenceBounds(ta, i);
    perSentence.set(sentence, (an = analyse(ta, a, b)));
  }
  return an;
}

/** The token arrays of a Token array and its sentence analyses, built once per array (contextOf is called per finding). */
export function arraysAndCache(tokens: readonly Token[]): { ta: TokenArrays; sentences: ContextCache } {
  let c = cache.get(tokens);
  if (!c) cache.set(tokens, (c = { ta: arraysFromTokens(tokens), sentences: new Map() }));
  return c;
}

// Is there a value v in sorted xs with lo <= v < hi?
function anyIn(xs: readonly number[], lo: number, hi: number): boolean {
  if (lo >= hi || xs.length === 0) return false;
  let l = 0;
  let r = xs.length;
  while (l < r) {
    const m = (l + r) >>> 1;
    if (xs[m]! < lo) l = m + 1;
    else r = m;
  }
  return l < xs.length && xs[l]! < hi;
}

function firstStartAtLeast(trs: readonly Accepted[], lo: number): number {
  let l = 0;
  let r = trs.length;
  while (l < r) {
    const m = (l + r) >>> 1;
    if (trs[m]!.s < lo) l = m + 1;
    else r = m;
  }
  return l;
}

/** Context with the kind of other person, for mapping a finding to a familial code. */
export function contextDetail(tokens: readonly Token[], startToken: number, endToken: number, opts: ContextOptions = {}): ContextDetail {
  if (tokens.length === 0 || !(startToken >= 0 && startToken < tokens.length)) {
    return { negated: false, hypothetical: false, historical: false, experiencer: 'child', otherKind: null };
  }
  const { ta, sentences } = arraysAndCache(tokens);
  return contextDetailArrays(ta, startToken, endToken, opts, sentences);
}

/** contextDetail on scanned token arrays (the fast path); `perSentence` caches the trigger analysis of each sentence. */
export function contextDetailArrays(ta: TokenArrays, startToken: number, endToken: number, opts: ContextOptions, perSentence: ContextCache): ContextDetail {
  const result: ContextDetail = { negated: false, hypothetical: false, historical: false, experiencer: 'child', otherKind: null };
  const n = ta.n;
  if (n === 0 || !(startToken >= 0 && startToken < n)) return result;
  const s = startToken;
  const e = Math.max(s + 1, Math.min(endToken, n));
  const { triggers, termStarts, blockStarts } = getAnalysis(ta, s, perSentence);
  let nearestOther: Accepted | undefined;
  const from = firstStartAtLeast(triggers, s - MAX_SCOPE - MAX_TRIGGER_LEN);
  for (let k = from; k < triggers.length; k++) {
    const tr = triggers[k]!;
    if (tr.s > e + MAX_SCOPE) break;
    if (tr.e > s && tr.s < e) continue; // overlaps the finding: part of its own wording
    const { kind, dir, scope } = tr.trigger;
    if (kind === 'terminator' || kind === 'blocker') continue;
    let governs = false;
    if (tr.e <= s) {
      governs = (dir === 'pre' || dir === 'both') && s - tr.e <= scope && !anyIn(termStarts, tr.e, s);
      if (kind === 'other' && governs) {
        if (anyIn(blockStarts, tr.e, s)) governs = false;
        else if (!nearestOther || tr.e > nearestOther.e) nearestOther = tr;
        continue;
      }
    } else {
      governs = (dir === 'post' || dir === 'both') && tr.s - e <= scope && !anyIn(termStarts, e + 1, tr.s + 1);
    }
    if (kind === 'year') {
      const y = tr.year!;
      const inScope = tr.e <= s ? s - tr.e <= 12 && !anyIn(termStarts, tr.e, s) : tr.s - e <= 12 && !anyIn(termStarts, e + 1, tr.s + 1);
      if (opts.currentYear !== undefined) {
        if (inScope && y < opts.currentYear) result.historical = true;
      } else if (governs && scope >= 0) {
        result.historical = true;
      }
      continue;
    }
    if (!governs) continue;
    if (kind === 'negation') result.negated = true;
    else if (kind === 'hypothetical') result.hypothetical = true;
    else if (kind === 'historical') result.historical = true;
  }
  if (nearestOther) {
    result.experiencer = 'other';
    result.otherKind = nearestOther.trigger.family ? 'family' : 'nonfamily';
  }
  return result;
}

/** ConText for the finding spanning tokens [startToken, endToken). Never throws; out-of-range spans get the default. */
export function contextOf(tokens: readonly Token[], startToken: number, endToken: number, opts: ContextOptions = {}): Context {
  const { negated, hypothetical, historical, experiencer } = contextDetail(tokens, startToken, endToken, opts);
  return { negated, hypothetical, historical, experiencer };
}
