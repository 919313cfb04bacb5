import { compilePatterns, patternShape, type PhraseMatch, type RangePhraseMatcher } from './matcher.ts';
import type { TokenArrays } from './tokenize.ts';

// Context cues for phrase matches: a match counts only when one of its `requiresNear` cues lies within `window` tokens
// of it in the same sentence, and none of its `unlessNear` cues does. Cue patterns use the phrase grammar of
// matcher.ts. Used by the indicator spotter and the language checker (core/language/check.ts): one-token cues
// ("police|officers|staff") are tested by reading the window's vocabulary ids directly; longer cues ("awareness
// session") go through one phrase matcher run only over the merged windows of the candidates whose spec has such a
// cue. Notes with no conditional candidate pay nothing.

// Where cues count (README "Contracts"): a requiresNear cue (evidence for the match) in the match's period, its semicolon
// clauses together; an unlessNear cue (which silences it) only in the match's own clause, since a person in the next
// clause is a new subject ("she is seeing a man in his twenties; mum is worried" keeps its sign). A spec whose vetoes
// name the circumstances of the match, not a person, lets them count across the ; (unlessAcrossSemicolon for all of
// them, unlessNearAcross for some).
export type CueSpec = {
  requiresNear?: readonly string[]; // at least one must match within `window` tokens, same period (a ; does not end it)
  unlessNear?: readonly string[]; // none may match within `window` tokens, same clause (a ; ends it)
  // The unlessNear cues count across a ; as the requiresNear ones do: only for specs whose vetoes name the circumstances
  // of the match, not a person, who in the next clause is a new subject ("she is seeing a man in his twenties; mum is
  // worried"). Language entries whose vetoes say how a return went ("returned on time after contact with mum; all
  // fine"), round 24; the indicator spotter uses none.
  unlessAcrossSemicolon?: boolean;
  // Fix 24A: vetoes that count across a ; whatever unlessAcrossSemicolon says, for the circumstances of the match only
  // ("returned on time; all fine"), so that the persons among the unlessNear ones stay in their clause.
  unlessNearAcross?: readonly string[];
  // Round 26: the window of the unlessNearAcross cues when it differs from `window`: a circumstance stated in the next
  // clause lies further off than the words around the match ("no one is forcing her to take the tablets; she has
  // capacity to decide"), while the clause's own vetoes keep a narrow window.
  unlessNearAcrossWindow?: number;
  window?: number; // tokens either side of the match
};

// A spec's requiresNear or unlessNear cues as one test: the words of its one-token cues as a bitset by vocabulary id
// (one pass over the window for all of them), their prefixes, and its phrase cues (cue indices).
// `memo*`: the last whole-sentence outcome (see cueNear), for the scan with that serial (TokenArrays.serial).
type CueList = {
  words: Int32Array; // bit id & 31 of words[id >>> 5]
  prefixes: readonly number[];
  phrases: readonly number[];
  memoSerial: number;
  memoStart: number; // the sentence's tokens [memoStart, memoEnd)
  memoEnd: number;
  memoResult: boolean;
  // In a sentence longer than the window (sentenceHits): the tokens of one sentence of one scan that are cue words, read
  // so far over the tokens [hitsFrom, hitsTo).
  hitsSerial: number;
  hitsSentence: number;
  hits: Int32Array;
  hitsLength: number;
  hitsFrom: number;
  hitsTo: number;
};
type CompiledSpec = {
  requires: readonly number[]; // cue indices
  unless: readonly number[];
  unlessAcross: boolean; // CueSpec.unlessAcrossSemicolon
  unlessAcrossCues: readonly number[]; // CueSpec.unlessNearAcross
  window: number;
  acrossWindow: number; // CueSpec.unlessNearAcrossWindow, else window
  need: CueList | null; // requires, or null when empty
  veto: CueList | null; // unless, or null when empty
  vetoAcross: CueList | null; // unlessNearAcross, or null when empty
  hasPhrases: boolean;
  // The longest of its phrase cues, in tokens, less one: a hit of one that overlaps [s - window, e + window) lies in
  // [s - window - reach, e + window + reach).
  reach: number;
};

export type CompiledCues = {
  specs: readonly CompiledSpec[]; // by spec index
  conditional: Uint8Array; // 1 when the spec has a condition
  longestCue: number; // the longest phrase cue, in tokens
  cueMatcher: RangePhraseMatcher<number>;
  // Phrase-cue hits of the current note by cue index, as [start, end) token pairs in order of start: the first
  // hitCount[cue] of hitStarts[cue] and hitEnds[cue] when hitStamp[cue] is `stamp`, else none (scratch: the functions
  // below are synchronous and not re-entrant; nothing is cleared between notes).
  hitStarts: number[][];
  hitEnds: number[][];
  hitCount: Int32Array;
  hitStamp: Int32Array;
  stamp: number;
  hitTotal: number; // hits of the current stamp, all cues
  // The phrase cues as matcher entries (value: cue index), for a combined matcher that finds them in its own walk
  // (core/language/analyse.ts), and whether the hits of the current note came from it (`beginPrefill`).
  phraseCues: readonly { patterns: readonly string[]; value: number }[];
  prefilled: boolean;
};

type WordCue = { words: number[]; prefixes: number[] };

function cueList(cues: readonly number[], wordCues: readonly (WordCue | undefined)[]): CueList | null {
  if (cues.length === 0) return null;
  let maxId = 0;
  for (const c of cues) for (const id of wordCues[c]?.words ?? []) if (id > maxId) maxId = id;
  // One bit per word id: thousands of specs each hold a list, and a byte per id of the vocabulary made the lexicons'
  // compile allocate tens of megabytes.
  const words = new Int32Array((maxId >>> 5) + 1);
  for (const c of cues) for (const id of wordCues[c]?.words ?? []) words[id >>> 5]! |= 1 << (id & 31);
  return {
    words,
    prefixes: cues.flatMap((c) => wordCues[c]?.prefixes ?? []),
    phrases: cues.filter((c) => !wordCues[c]),
    memoSerial: 0,
    memoStart: 0,
    memoEnd: 0,
    memoResult: false,
    hitsSerial: 0,
    hitsSentence: -1,
    hits: new Int32Array(16),
    hitsLength: 0,
    hitsFrom: 0,
    hitsTo: 0,
  };
}

/** Compile cue specs (index = spec index used by `filterByCues`). Bad cue patterns throw, with the pattern. */
export function compileCues(specs: readonly CueSpec[], defaultWindow: number): CompiledCues {
  const cueIndex = new Map<string, number>();
  const cueOf = (pattern: string): number => {
    let i = cueIndex.get(pattern);
    if (i === undefined) cueIndex.set(pattern, (i = cueIndex.size));
    return i;
  };
  const lists = specs.map((s) => ({
    requires: (s.requiresNear ?? []).map(cueOf),
    unless: (s.unlessNear ?? []).map(cueOf),
    unlessAcross: s.unlessAcrossSemicolon === true,
    unlessAcrossCues: (s.unlessNearAcross ?? []).map(cueOf),
    window: s.window ?? defaultWindow,
    acrossWindow: s.unlessNearAcrossWindow ?? s.window ?? defaultWindow,
  }));
  const cuePatterns = [...cueIndex.keys()];
  // Each distinct cue is parsed once (a cue is shared by many specs): a single-slot cue of words and prefixes is tested
  // word by word, any other is a phrase, whose length in tokens widens the window searched for it.
  const shapes = cuePatterns.map(patternShape);
  const wordCues = shapes.map((sh): WordCue | undefined => sh.single ?? undefined);
  const compiled = lists.map((c) => {
    const need = cueList(c.requires, wordCues);
    const veto = cueList(c.unless, wordCues);
    const vetoAcross = cueList(c.unlessAcrossCues, wordCues);
    let reach = 0;
    let hasPhrases = false;
    for (const list of [need, veto, vetoAcross]) {
      for (const k of list?.phrases ?? []) {
        hasPhrases = true;
        reach = Math.max(reach, shapes[k]!.slots - 1);
      }
    }
    return { ...c, need, veto, vetoAcross, hasPhrases, reach };
  });
  const conditional = Uint8Array.from(compiled, (c) => (c.need || c.veto || c.vetoAcross ? 1 : 0));
  const phraseCues = cuePatterns.flatMap((p, i) => (wordCues[i] ? [] : [{ patterns: [p], value: i }]));
  return {
    specs: compiled,
    conditional,
    longestCue: Math.max(1, ...phraseCues.map((c) => shapes[c.value]!.slots)),
    cueMatcher: compilePatterns(phraseCues),
    hitStarts: cuePatterns.map(() => []),
    hitEnds: cuePatterns.map(() => []),
    hitCount: new Int32Array(cuePatterns.length),
    hitStamp: new Int32Array(cuePatterns.length),
    stamp: 0,
    hitTotal: 0,
    phraseCues,
    prefilled: false,
  };
}

/** The first index of `sorted` (its first `length` values) whose value is at least `value` (binary search). */
export function lowerBound(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Scratch for findCueHits: the windows to search for phrase cues, as (lo, hi) pairs.
let ranges = new Int32Array(64);

/**
 * Finds the phrase cues around the candidates (spec `specs[k]`, -1 for none; tokens [starts[k], ends[k])) whose spec
 * has one, for `cueNear` below: call once per note. One matcher run over the merged windows (widened by the spec's
 * longest phrase cue and cut at the sentence, as a cue counts only in the candidate's sentence) finds every hit such a
 * test can use.
 */
export function findCueHits(
  cues: CompiledCues,
  ta: TokenArrays,
  specs: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  count: number,
): void {
  if (cues.prefilled) return;
  const { hitStarts, hitEnds, hitCount, hitStamp } = cues;
  const stamp = nextStamp(cues);
  const sentences = ta.period; // a cue counts across a ; (tokenize.ts Token.period)
  let nRanges = 0;
  for (let k = 0; k < count; k++) {
    const sp = specs[k]!;
    if (sp < 0 || !cues.specs[sp]!.hasPhrases) continue;
    if (2 * nRanges + 2 > ranges.length) {
      const g = new Int32Array(2 * ranges.length);
      g.set(ranges);
      ranges = g;
    }
    const w = Math.max(cues.specs[sp]!.window, cues.specs[sp]!.acrossWindow) + cues.specs[sp]!.reach;
    const s = starts[k]!;
    const e = ends[k]!;
    const sentence = sentences[s];
    const lo = Math.max(0, s - w);
    const hi = Math.min(ta.n, e + w);
    let a = s;
    while (a > lo && sentences[a - 1] === sentence) a--;
    let b = e;
    while (b < hi && sentences[b] === sentence) b++;
    // By start (insertion sort: the candidates come by start token, so the windows are nearly sorted already).
    let j = nRanges++ - 1;
    for (; j >= 0 && ranges[2 * j]! > a; j--) {
      ranges[2 * j + 2] = ranges[2 * j]!;
      ranges[2 * j + 3] = ranges[2 * j + 1]!;
    }
    ranges[2 * j + 2] = a;
    ranges[2 * j + 3] = b;
  }
  if (nRanges === 0) return;
  const matcher = cues.cueMatcher;
  let lo = ranges[0]!;
  let hi = ranges[1]!;
  for (let i = 1; i <= nRanges; i++) {
    const l = i < nRanges ? ranges[2 * i]! : 0x7fffffff;
    if (l <= hi) {
      hi = Math.max(hi, ranges[2 * i + 1]!);
      continue;
    }
    const found = matcher.matchTriples(ta, lo, hi);
    const triples = matcher.triples;
    for (let k = 0; k < 3 * found; k += 3) {
      const cue = matcher.values[triples[k]!]!;
      if (hitStamp[cue] !== stamp) {
        hitStamp[cue] = stamp;
        hitCount[cue] = 0;
      }
      const h = hitCount[cue]!++;
      hitStarts[cue]![h] = triples[k + 1]!;
      hitEnds[cue]![h] = triples[k + 2]!;
      cues.hitTotal++;
    }
    if (i < nRanges) {
      lo = l;
      hi = ranges[2 * i + 1]!;
    }
  }
}

// A new stamp for a note's hits (the old hits are then none).
function nextStamp(cues: CompiledCues): number {
  cues.hitTotal = 0;
  const stamp = (cues.stamp = (cues.stamp + 1) | 0);
  if (stamp !== 0) return stamp;
  // Wrapped around: forget every old stamp.
  cues.hitStamp.fill(0);
  return (cues.stamp = 1);
}

/**
 * Starts the phrase-cue hits of a note found by a combined matcher whose entries include `cues.phraseCues`
 * (analyse.ts): the caller then adds every hit of the whole note with `addCueHit`, and `findCueHits` finds nothing more
 * until `endPrefill`. Every hit that the windows of `findCueHits` would find is among them (a cue within a candidate's
 * window lies in the merged window searched for it, which is widened by the longest cue), and the tests (`cueNear`)
 * look only at hits within a window, so the outcome is the same.
 */
export function beginPrefill(cues: CompiledCues): void {
  nextStamp(cues);
  cues.prefilled = true;
}

/** A hit of cue `cue` (an index as in `phraseCues[k].value`) on tokens [s, e), after `beginPrefill`, in order of s. */
export function addCueHit(cues: CompiledCues, cue: number, s: number, e: number): void {
  if (cues.hitStamp[cue] !== cues.stamp) {
    cues.hitStamp[cue] = cues.stamp;
    cues.hitCount[cue] = 0;
  }
  const h = cues.hitCount[cue]!++;
  cues.hitStarts[cue]![h] = s;
  cues.hitEnds[cue]![h] = e;
  cues.hitTotal++;
}

/** Back to finding the hits with `findCueHits` (after a note whose hits came from `beginPrefill`). */
export function endPrefill(cues: CompiledCues): void {
  cues.prefilled = false;
}

/**
 * Whether spec `sp`'s requiresNear condition holds for tokens [s, e): true when it has none. Only cues from token `from`
 * on count (the language checker leaves out a heading that names the writer's role). After `findCueHits`.
 */
export function requiresMet(cues: CompiledCues, ta: TokenArrays, sp: number, s: number, e: number, from = 0): boolean {
  const spec = cues.specs[sp]!;
  return spec.need === null || cueNear(cues, ta, spec.need, ta.period, s, e, spec.window, from);
}

/**
 * Whether one of spec `sp`'s unlessNear cues is near tokens [s, e), counting only cues inside tokens [from, to) (by
 * default the whole note). After `findCueHits`.
 */
export function vetoed(cues: CompiledCues, ta: TokenArrays, sp: number, s: number, e: number, from = 0, to = ta.n): boolean {
  const spec = cues.specs[sp]!;
  return (
    (spec.veto !== null && cueNear(cues, ta, spec.veto, spec.unlessAcross ? ta.period : ta.sentence, s, e, spec.window, from, to)) ||
    (spec.vetoAcross !== null && cueNear(cues, ta, spec.vetoAcross, ta.period, s, e, spec.acrossWindow, from, to))
  );
}

// A cue counts when it overlaps [s - window, e + window), lies in the match's sentence and inside [from, to). The
// sentence is `sentences`: a `requiresNear` cue (evidence for the candidate) may lie across a ; (Token.period), an
// `unlessNear` one (which silences it) only in its own clause (Token.sentence), so that "she is seeing a man in his
// twenties; mum is worried" keeps its sign; unless the spec says otherwise (CueSpec.unlessAcrossSemicolon).
// When the window holds the whole sentence (a window of 40 mostly does), the outcome is the sentence's own: it is kept
// in the list (memo*) for the next match whose window holds the same sentence of the same scan (the criticism cues are
// tested for every candidate of a note, the sentence cues for many).
function cueNear(
  cues: CompiledCues,
  ta: TokenArrays,
  list: CueList,
  sentences: Int32Array,
  s: number,
  e: number,
  window: number,
  from = 0,
  to = ta.n,
): boolean {
  const lo = Math.max(s - window, from);
  const hi = Math.min(e + window, to);
  const whole = from === 0 && to === ta.n;
  if (whole && list.memoSerial === ta.serial && list.memoStart <= s && s < list.memoEnd && lo <= list.memoStart && hi >= list.memoEnd) return list.memoResult;
  const sentence = sentences[s]!;
  const { words, prefixes, phrases } = list;
  const ids = ta.id;
  const nWords = words.length;
  // Sentence numbers never decrease, so the window's tokens in the match's sentence are one run: from where a walk back
  // from the match stops, to the first token of a later sentence (a window of 40 either side mostly lies in others).
  let a = Math.max(0, lo);
  if (a < s) {
    let t = s;
    while (t > a && sentences[t - 1] === sentence) t--;
    a = t;
  }
  let t = a;
  if (a === lo && hi > lo && sentences[hi - 1] === sentence) {
    // The window lies inside one long sentence (a legacy note with no full stops, or an adversarial one): its cue words
    // are read once and each window asks them by binary search, instead of reading every window's tokens again for
    // every match (a 100 KB sentence has thousands of matches).
    sentenceHits(list, ta, sentence, lo, hi);
    const i = lowerBound(list.hits, lo, list.hitsLength);
    if (i < list.hitsLength && list.hits[i]! < hi) return true;
    t = hi;
  } else
    for (; t < hi && sentences[t] === sentence; t++) {
      const id = ids[t]!;
      if (id >>> 5 < nWords && (words[id >>> 5]! & (1 << (id & 31))) !== 0) return true;
      if (prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (prefixes.includes(ta.pfxData[q]!)) return true;
    }
  let near = false;
  if (cues.hitTotal > 0) {
    for (let c = 0; c < phrases.length && !near; c++) {
      const cue = phrases[c]!;
      if (cues.hitStamp[cue] !== cues.stamp) continue;
      const starts = cues.hitStarts[cue]!;
      const ends = cues.hitEnds[cue]!;
      const count = cues.hitCount[cue]!;
      for (let i = lowerBound(starts, lo - cues.longestCue, count); i < count && starts[i]! < hi; i++) {
        if (ends[i]! > lo && ends[i]! <= to && starts[i]! >= from && sentences[starts[i]!] === sentence) {
          near = true;
          break;
        }
      }
    }
  }
  // The whole sentence was in the window: from its first token (a) to its end (t).
  if (whole && (a === 0 || sentences[a - 1] !== sentence) && (t === ta.n || sentences[t] !== sentence)) {
    list.memoSerial = ta.serial;
    list.memoStart = a;
    list.memoEnd = t;
    list.memoResult = near;
  }
  return near;
}

/** Whether token t is one of the list's cue words, or has one of its prefixes. */
function isCueWord(list: CueList, ta: TokenArrays, t: number): boolean {
  const id = ta.id[t]!;
  if (id >>> 5 < list.words.length && (list.words[id >>> 5]! & (1 << (id & 31))) !== 0) return true;
  if (list.prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (list.prefixes.includes(ta.pfxData[q]!)) return true;
  return false;
}

/**
 * Brings list.hits up to date for the window [lo, hi) inside one sentence: the positions, in order, of the list's cue
 * words from where the list's reading of this sentence began. The windows of a sentence's matches mostly move forward,
 * so each token is read once per list, and only where a window of the list lies (thousands of lists ask about a 100 KB
 * sentence, most of them about a few windows: reading the whole sentence for each was most of such a note's time).
 */
function sentenceHits(list: CueList, ta: TokenArrays, sentence: number, lo: number, hi: number): void {
  if (list.hitsSerial !== ta.serial || list.hitsSentence !== sentence || lo < list.hitsFrom || lo > list.hitsTo) {
    list.hitsSerial = ta.serial;
    list.hitsSentence = sentence;
    list.hitsLength = 0;
    list.hitsFrom = lo;
    list.hitsTo = lo;
  }
  let n = list.hitsLength;
  for (let t = list.hitsTo; t < hi; t++) {
    if (!isCueWord(list, ta, t)) continue;
    if (n === list.hits.length) {
      const grown = new Int32Array(2 * n);
      grown.set(list.hits);
      list.hits = grown;
    }
    list.hits[n++] = t;
  }
  if (hi > list.hitsTo) list.hitsTo = hi;
  list.hitsLength = n;
}

/**
 * The cue test over parallel arrays (the fast path): candidate k has spec `specs[k]` (-1: no condition) and spans
 * tokens [starts[k], ends[k]); `keep[k]` is set to 1 when its conditions hold, else 0. `vetoFrom(k)`: the first token
 * whose unlessNear cues count for candidate k (the indicators skip a record's heading: "Railway staff:" is who wrote).
 */
export function keepByCues(
  cues: CompiledCues,
  ta: TokenArrays,
  specs: ArrayLike<number>,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  count: number,
  keep: Uint8Array,
  vetoFrom?: (k: number) => number,
): void {
  const conditional = cues.conditional;
  let any = false;
  for (let k = 0; k < count; k++) {
    const sp = specs[k]!;
    const c = sp >= 0 && conditional[sp] === 1;
    keep[k] = 1;
    any ||= c;
  }
  if (!any) return;
  findCueHits(cues, ta, specs, starts, ends, count);
  for (let k = 0; k < count; k++) {
    const sp = specs[k]!;
    if (sp < 0 || conditional[sp] === 0) continue;
    if (!requiresMet(cues, ta, sp, starts[k]!, ends[k]!)) keep[k] = 0;
    else if (
      (cues.specs[sp]!.veto !== null || cues.specs[sp]!.vetoAcross !== null) &&
      vetoed(cues, ta, sp, starts[k]!, ends[k]!, vetoFrom === undefined ? 0 : Math.max(0, vetoFrom(k)))
    )
      keep[k] = 0;
  }
}

/**
 * The candidates whose cue conditions hold, in their order. `specOf` gives a candidate's spec index, or -1 when it has
 * no condition. Returns `candidates` itself when no candidate carries a condition (no allocation on the common path).
 */
export function filterByCues<T>(
  cues: CompiledCues,
  ta: TokenArrays,
  candidates: readonly PhraseMatch<T>[],
  specOf: (value: T) => number,
): readonly PhraseMatch<T>[] {
  const n = candidates.length;
  const specs = candidates.map((c) => specOf(c.value));
  if (!specs.some((k) => k >= 0 && cues.conditional[k] === 1)) return candidates;
  const keep = new Uint8Array(n);
  keepByCues(
    cues,
    ta,
    specs,
    candidates.map((c) => c.startToken),
    candidates.map((c) => c.endToken),
    n,
    keep,
  );
  return candidates.filter((_, k) => keep[k] === 1);
}
