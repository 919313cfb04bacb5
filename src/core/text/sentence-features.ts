import type { Token, TokenArrays } from './tokenize.ts';

// The features and sentence runs of the sentence classifiers (core/language/classifier.ts for wording,
// indicator-classifier.ts for signs), shared with their training scripts so that training and use see the same
// features, and the span of a score for any number of columns (the scoring itself: sentence-model.ts). Pure, linear in
// the length of the text.

// A run-on note without full stops is cut into windows of this many tokens, so that a legacy note of hundreds of words
// is scored as pieces of sentence size (the size the models were trained on).
const MAX_SENTENCE_TOKENS = 60;
// The span of a possible finding is the best contiguous run of contributing words, at most this long.
export const MAX_SPAN_TOKENS = 6;

// ---------------------------------------------------------------------------------------------------------------
// Features

// An adult's age: 18 to 79 on its own or as "19-year-old", "24yo", "20s"; or an age group in words.
const ADULT_AGE_WORDS = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'mid-twenties', 'mid-thirties', 'mid-forties']);
export function isAdultAge(w: string): boolean {
  if (ADULT_AGE_WORDS.has(w)) return true;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (!(c0 >= 49 && c0 <= 55 && c1 >= 48 && c1 <= 57)) return false; // two digits, 10 .. 79
  if (c0 === 49 && c1 < 56) return false; // 10 .. 17
  if (w.length === 2) return true;
  const rest = w.slice(2);
  return rest === 's' || rest === 'yo' || rest === '-year-old' || rest === '-years-old' || rest === 'yrs' || rest === '-yr-old';
}

// Words that name a relationship or an older person: with an adult's age nearby, an adult in a relationship with a
// child (the most frequent adult-centred label and consent wording in the sets).
export const RELATIONSHIP_WORDS: ReadonlySet<string> = new Set([
  'boyfriend',
  'girlfriend',
  'partner',
  'bf',
  'fella',
  'man',
  'men',
  'lover',
  'fiance',
  'fiancé',
  'husband',
  'friend',
  'friends',
  'mate',
  'mates',
  'older',
  'relationship',
  'dating',
  'seeing',
]);
export const AGE_WINDOW = 5;

// A light suffix strip, so that "choosing", "chooses" and "choosed" share a feature with each other (not with "chose").
export function stem(w: string): string {
  let s = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('ly')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

/**
 * The features of one sentence (its lowercased words), each with the token range it comes from: `u:` word, `s:` stem
 * (when it differs from the word), `b:` pair of adjacent words, `h:age_rel` an adult's age within a few words of a
 * relationship word. `emit(feature, firstToken, lastToken)` is called once per occurrence, in order.
 */
export function forEachFeature(words: readonly string[], emit: (feature: string, first: number, last: number) => void): void {
  const n = words.length;
  let lastAge = -1_000_000;
  let lastRel = -1_000_000;
  let ageRelDone = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    emit(`u:${w}`, i, i);
    const st = stem(w);
    if (st !== w) emit(`s:${st}`, i, i);
    if (i + 1 < n) emit(`b:${w} ${words[i + 1]!}`, i, i + 1);
    if (!ageRelDone) {
      if (isAdultAge(w)) lastAge = i;
      if (RELATIONSHIP_WORDS.has(w)) lastRel = i;
      if (lastAge >= 0 && lastRel >= 0 && Math.abs(lastAge - lastRel) <= AGE_WINDOW) {
        emit('h:age_rel', Math.min(lastAge, lastRel), Math.max(lastAge, lastRel));
        ageRelDone = true;
      }
    }
  }
}

/** The distinct features of a sentence (for training). */
export function sentenceFeatures(words: readonly string[]): string[] {
  const seen = new Set<string>();
  forEachFeature(words, (f) => seen.add(f));
  return [...seen];
}

// ---------------------------------------------------------------------------------------------------------------
// Sentence runs and scoring

/** The token runs the classifier scores as sentences: the tokenizer's sentences, long ones cut into windows. */
export function sentenceRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (run.length > 0 && (run[run.length - 1]!.sentence !== t.sentence || run.length >= MAX_SENTENCE_TOKENS)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * sentenceRuns over scanned tokens (tokenize.ts scanText), without an array per run: run r is tokens
 * [out.at[r], out.at[r + 1]). Returns the number of runs; `out.at` grows as needed.
 */
export function runBounds(ta: TokenArrays, out: { at: Int32Array }): number {
  if (out.at.length < 2) out.at = new Int32Array(64);
  out.at[0] = 0;
  if (ta.n === 0) return 0;
  let r = 0;
  let runStart = 0;
  for (let k = 1; k < ta.n; k++) {
    if (ta.sentence[k] !== ta.sentence[k - 1] || k - runStart >= MAX_SENTENCE_TOKENS) {
      if (r + 2 >= out.at.length) {
        const g = new Int32Array(out.at.length * 2);
        g.set(out.at);
        out.at = g;
      }
      out.at[++r] = k;
      runStart = k;
    }
  }
  if (r + 2 > out.at.length) {
    const g = new Int32Array(out.at.length * 2);
    g.set(out.at);
    out.at = g;
  }
  out.at[++r] = ta.n;
  return r;
}

/**
 * Marks `bit` on every run of `runBounds` that a span [start, end) of the text overlaps: a binary search for the first
 * run that ends after the span starts, so that a note with thousands of spans and sentences stays linear-logarithmic.
 */
export function markRuns(ta: TokenArrays, at: Int32Array, runs: number, start: number, end: number, mask: Uint8Array | Int32Array, bit: number): void {
  let lo = 0;
  let hi = runs;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ta.end[at[mid + 1]! - 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let r = lo; r < runs && ta.start[at[r]!]! < end; r++) mask[r]! |= bit;
}

/** A model: a bias and, per feature, a weight per column. */
export type ParsedModel = { bias: Float64Array; weights: Map<string, Float64Array> };

/**
 * The contiguous run of at most MAX_SPAN_TOKENS of the `n` words whose contributions to column `c` add up to the most
 * (O(n * MAX_SPAN_TOKENS); ties go to the earlier, shorter run), trimmed of words at either end that pull the other
 * way: [first, last] word indices.
 */
export function bestSpan(contrib: Float64Array, n: number, K: number, c: number): [number, number] {
  let bestSum = -Infinity;
  let bestFrom = 0;
  let bestTo = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = i; j < n && j < i + MAX_SPAN_TOKENS; j++) {
      sum += contrib[j * K + c]!;
      if (sum > bestSum + 1e-12) {
        bestSum = sum;
        bestFrom = i;
        bestTo = j;
      }
    }
  }
  while (bestTo > bestFrom && contrib[bestFrom * K + c]! <= 0) bestFrom++;
  while (bestTo > bestFrom && contrib[bestTo * K + c]! <= 0) bestTo--;
  return [bestFrom, bestTo];
}
