import { compilePatterns, parsePattern, type PhraseMatch, type RangePhraseMatcher } from './matcher.ts';
import type { TokenArrays } from './tokenize.ts';
import { internPrefix, internWord } from './vocab.ts';

// Context cues for phrase matches: a match counts only when one of its `requiresNear` cues lies within `window` tokens
// of it in the same sentence, and none of its `unlessNear` cues does. Cue patterns use the phrase grammar of
// matcher.ts. The same approach as the language checker's cues (core/language/check.ts), as a reusable unit so the
// indicator spotter can use it too: one-token cues ("police|officers|staff") are tested by reading the window's
// vocabulary ids directly; longer cues ("awareness session") go through one phrase matcher run only over the merged
// windows of the candidates that carry a condition. Notes with no conditional candidate pay nothing.

export type CueSpec = {
  requiresNear?: readonly string[]; // at least one must match within `window` tokens, same sentence
  unlessNear?: readonly string[]; // none may match within `window` tokens, same sentence
  window?: number; // tokens either side of the match
};

type WordCue = { words: ReadonlySet<number>; prefixes: readonly number[] };
type CompiledSpec = { requires: readonly number[]; unless: readonly number[]; window: number };

export type CompiledCues = {
  specs: readonly CompiledSpec[]; // by spec index
  conditional: Uint8Array; // 1 when the spec has a condition
  wordCues: readonly (WordCue | undefined)[]; // by cue index
  longestCue: number; // the longest phrase cue, in tokens
  hasPhraseCues: boolean;
  cueMatcher: RangePhraseMatcher<number>;
};

function wordCue(pattern: string): WordCue | undefined {
  const slots = parsePattern(pattern);
  if (slots.length !== 1 || slots[0]!.optional) return undefined;
  const words = new Set<number>();
  const prefixes: number[] = [];
  for (const alt of slots[0]!.alts) {
    if (alt.kind === 'word') words.add(internWord(alt.word));
    else if (alt.kind === 'prefix') prefixes.push(internPrefix(alt.prefix));
    else return undefined;
  }
  return { words, prefixes };
}

/** Compile cue specs (index = spec index used by `filterByCues`). Bad cue patterns throw, with the pattern. */
export function compileCues(specs: readonly CueSpec[], defaultWindow: number): CompiledCues {
  const cueIndex = new Map<string, number>();
  const cueOf = (pattern: string): number => {
    let i = cueIndex.get(pattern);
    if (i === undefined) cueIndex.set(pattern, (i = cueIndex.size));
    return i;
  };
  const compiled = specs.map((s) => ({
    requires: (s.requiresNear ?? []).map(cueOf),
    unless: (s.unlessNear ?? []).map(cueOf),
    window: s.window ?? defaultWindow,
  }));
  const conditional = new Uint8Array(specs.length);
  compiled.forEach((c, i) => (conditional[i] = c.requires.length > 0 || c.unless.length > 0 ? 1 : 0));
  const cuePatterns = [...cueIndex.keys()];
  const wordCues = cuePatterns.map(wordCue);
  const phraseCues = cuePatterns.flatMap((p, i) => (wordCues[i] ? [] : [{ patterns: [p], value: i }]));
  return {
    specs: compiled,
    conditional,
    wordCues,
    longestCue: Math.max(1, ...phraseCues.map((c) => parsePattern(c.patterns[0]!).length)),
    hasPhraseCues: phraseCues.length > 0,
    cueMatcher: compilePatterns(phraseCues),
  };
}

/** The first index of `sorted` whose value is at least `value` (binary search). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  const { specs, conditional, wordCues, longestCue, hasPhraseCues, cueMatcher } = cues;
  let any = false;
  for (const c of candidates) {
    const k = specOf(c.value);
    if (k >= 0 && conditional[k] === 1) {
      any = true;
      break;
    }
  }
  if (!any) return candidates;
  const nTokens = ta.n;
  const sentences = ta.sentence;
  const ids = ta.id;

  // Phrase cues: matched once over the merged windows of the conditional candidates (widened by the longest cue).
  const hits = new Map<number, { starts: number[]; ends: number[] }>();
  if (hasPhraseCues) {
    const ranges: [number, number][] = [];
    for (const c of candidates) {
      const k = specOf(c.value);
      if (k < 0 || conditional[k] === 0) continue;
      const w = specs[k]!.window;
      ranges.push([Math.max(0, c.startToken - w - longestCue), Math.min(nTokens, c.endToken + w + longestCue)]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const flush = (from: number, to: number): void => {
      for (const m of cueMatcher.matchArrays(ta, from, to)) {
        let h = hits.get(m.value);
        if (!h) hits.set(m.value, (h = { starts: [], ends: [] }));
        h.starts.push(m.startToken);
        h.ends.push(m.endToken);
      }
    };
    let [lo, hi] = ranges[0]!;
    for (let i = 1; i < ranges.length; i++) {
      const [l, h] = ranges[i]!;
      if (l <= hi) hi = Math.max(hi, h);
      else {
        flush(lo, hi);
        [lo, hi] = [l, h];
      }
    }
    flush(lo, hi);
  }

  // A cue counts when it overlaps [startToken - window, endToken + window) and lies in the match's sentence.
  const cueNear = (cue: number, m: PhraseMatch<T>, window: number): boolean => {
    const lo = m.startToken - window;
    const hi = m.endToken + window;
    const sentence = sentences[m.startToken]!;
    const wc = wordCues[cue];
    if (wc) {
      for (let t = Math.max(0, lo); t < hi && t < nTokens; t++) {
        if (sentences[t] !== sentence) continue;
        if (wc.words.has(ids[t]!)) return true;
        if (wc.prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (wc.prefixes.includes(ta.pfxData[q]!)) return true;
      }
      return false;
    }
    const h = hits.get(cue);
    if (!h) return false;
    for (let i = lowerBound(h.starts, lo - longestCue); i < h.starts.length && h.starts[i]! < hi; i++) {
      if (h.ends[i]! > lo && sentences[h.starts[i]!] === sentence) return true;
    }
    return false;
  };

  const kept: PhraseMatch<T>[] = [];
  for (const c of candidates) {
    const k = specOf(c.value);
    if (k >= 0 && conditional[k] === 1) {
      const s = specs[k]!;
      if (s.requires.length > 0 && !s.requires.some((cue) => cueNear(cue, c, s.window))) continue;
      if (s.unless.some((cue) => cueNear(cue, c, s.window))) continue;
    }
    kept.push(c);
  }
  return kept;
}
