// The whole linkage run: features -> blocking -> u from random pairs -> EM on (a sample of) the candidate pairs ->
// scoring every candidate pair and keeping those at or above the threshold. Two passes over the candidates (train,
// then score) keep memory to the records, the distinct comparison patterns and the pairs kept.
import {
  type BlockingStats,
  candidateUpperBound,
  describeBlocking,
  compileBlocking,
  defaultBlockingRules,
  forEachCandidate,
  type Blocking,
} from './blocking.ts';
import { Comparator } from './comparisons.ts';
import { estimateU, expectationMaximisation, initialM, PatternCounter } from './em.ts';
import { pairHash } from './random.ts';
import { buildModel, explainLevels, type Explanation, matchProbability, type Model, pairWeight, PatternScorer } from './score.ts';
import type { BlockingRuleSpec, LinkSpec, RecordTable } from './types.ts';
import { FeatureBuilder, type Features } from './values.ts';

export type LinkStage = 'blocking' | 'sampling' | 'training' | 'estimating' | 'scoring' | 'done';
/** Each stage reports done = 0 when it starts, then every 2^20 pairs; 'done' comes last. */
export type LinkProgress = { stage: LinkStage; done: number; total: number };

export type LinkOptions = {
  /** Keep pairs whose match probability is at least this (default 0.5). */
  threshold?: number;
  /** Seed for the random pairs and the training sample (default 1). */
  seed?: number;
  /** Random pairs compared to estimate u (default 250,000; all pairs when there are fewer). */
  randomPairs?: number;
  /** At most about this many candidate pairs are compared for EM (default 2,000,000; a seeded sample above that). */
  maxTrainingPairs?: number;
  /** Blocks with more pairs than this are not compared, and are reported (default 1,000,000). */
  maxBlockPairs?: number;
  /** Broad blocking rules are used only while the candidate pairs stay within this (default 5,000,000). */
  maxCandidatePairs?: number;
  maxIterations?: number;
  onProgress?: (p: LinkProgress) => void;
};

export type LevelParams = { label: string; m: number; u: number; weight: number };
export type FieldParams = { column: string; kind: string; termFrequency: boolean; levels: LevelParams[] };
export type LinkParams = {
  /** Share of all pairs estimated to be matches (lambda), and its log2 odds (the prior weight). */
  lambda: number;
  prior: number;
  /** lambda times the number of pairs: how many matching pairs the model expects. */
  expectedMatches: number;
  fields: FieldParams[];
  em: { iterations: number; converged: boolean; trainingPairs: number; patterns: number };
  /** Random pairs compared for u (all pairs when exhaustive). */
  randomPairs: number;
  exhaustiveU: boolean;
};

/** Kept pairs, column by column. left/right are row numbers in their own files (both in the one file when de-duplicating). */
export type LinkedPairs = {
  count: number;
  left: Int32Array;
  right: Int32Array;
  weight: Float64Array;
  probability: Float64Array;
  /** Each pair's level per field: levels[k * fields + f]. */
  levels: Uint8Array;
};

export type LinkResult = {
  pairs: LinkedPairs;
  params: LinkParams;
  blockingStats: BlockingStats;
  model: Model;
  features: Features;
  blocking: Blocking;
  comparator: Comparator;
};

class PairBuffer {
  count = 0;
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  weight = new Float64Array(1024);
  probability = new Float64Array(1024);
  levels: Uint8Array;
  constructor(private readonly nf: number) {
    this.levels = new Uint8Array(1024 * nf);
  }
  push(a: number, b: number, w: number, p: number, lv: Uint8Array): void {
    if (this.count === this.left.length) {
      const n = this.count * 2;
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(x: T, size: number): T => {
        const y = new (x.constructor as new (n: number) => T)(size);
        y.set(x);
        return y;
      };
      this.left = grow(this.left, n);
      this.right = grow(this.right, n);
      this.weight = grow(this.weight, n);
      this.probability = grow(this.probability, n);
      this.levels = grow(this.levels, n * this.nf);
    }
    const k = this.count++;
    this.left[k] = a;
    this.right[k] = b;
    this.weight[k] = w;
    this.probability[k] = p;
    this.levels.set(lv, k * this.nf);
  }
  done(): LinkedPairs {
    const n = this.count;
    return {
      count: n,
      left: this.left.slice(0, n),
      right: this.right.slice(0, n),
      weight: this.weight.slice(0, n),
      probability: this.probability.slice(0, n),
      levels: this.levels.slice(0, n * this.nf),
    };
  }
}

const PROGRESS_EVERY = 1 << 20;
const DEFAULT_RANDOM_PAIRS = 250_000;

/** Features from in-memory tables (the CLI streams rows into a FeatureBuilder instead). */
export function featuresFromTables(spec: LinkSpec, left: RecordTable, right: RecordTable | null): Features {
  const builder = new FeatureBuilder(spec.fields);
  const addAll = (t: RecordTable) => {
    const cols = spec.fields.map((f) => {
      const c = t.columns[f.column];
      if (!c) throw new RangeError(`the records have no column "${f.column}"`);
      return c;
    });
    const row = new Array<string | null | undefined>(cols.length);
    for (let r = 0; r < t.ids.length; r++) {
      for (let f = 0; f < cols.length; f++) row[f] = cols[f]![r];
      builder.add(row);
    }
  };
  addAll(left);
  if (right) {
    builder.startRightFile();
    addAll(right);
  }
  return builder.finish();
}

/** Trains the model on the candidate pairs of `features` and scores them. */
export function linkFeatures(features: Features, spec: LinkSpec, opts: LinkOptions = {}): LinkResult {
  const threshold = opts.threshold ?? 0.5;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError('threshold must be a probability between 0 and 1');
  const seed = opts.seed ?? 1;
  const progress = opts.onProgress;
  const rules: readonly BlockingRuleSpec[] = spec.blocking ?? defaultBlockingRules(spec.fields);
  const comparator = new Comparator(features, spec.fields);
  const nf = spec.fields.length;

  progress?.({ stage: 'blocking', done: 0, total: features.size });
  const blocking = compileBlocking(features, rules, {
    ...(opts.maxBlockPairs === undefined ? {} : { maxBlockPairs: opts.maxBlockPairs }),
    ...(opts.maxCandidatePairs === undefined ? {} : { maxCandidatePairs: opts.maxCandidatePairs }),
  });
  const upper = candidateUpperBound(blocking);

  progress?.({ stage: 'sampling', done: 0, total: opts.randomPairs ?? DEFAULT_RANDOM_PAIRS });
  const random = estimateU(features, comparator, opts.randomPairs ?? DEFAULT_RANDOM_PAIRS, seed);

  // Pass 1: comparison patterns of the candidate pairs (a seeded sample when there are very many). When every
  // candidate is compared here, its pattern is kept so that pass 2 does not compare it again.
  const maxTraining = opts.maxTrainingPairs ?? 2_000_000;
  const sampled = upper > maxTraining;
  const keepBelow = sampled ? Math.floor((maxTraining / upper) * 2 ** 32) : 2 ** 32;
  const counter = new PatternCounter(comparator.patternSpace);
  const stored = sampled ? null : new Float64Array(upper);
  const lv = new Uint8Array(nf);
  let seen = 0;
  progress?.({ stage: 'training', done: 0, total: upper });
  forEachCandidate(blocking, (a, b) => {
    const k = seen++;
    if ((k & (PROGRESS_EVERY - 1)) === 0 && k > 0) progress?.({ stage: 'training', done: k, total: upper });
    if (stored) {
      const pattern = comparator.compare(a, b, lv);
      stored[k] = pattern;
      counter.add(pattern);
    } else if (pairHash(a, b, seed) < keepBelow) counter.add(comparator.compare(a, b, lv));
  });
  progress?.({ stage: 'estimating', done: 0, total: counter.total });
  const { patterns, counts } = counter.entries();
  // The model describes all pairs, not only the candidates: u comes from random pairs and stays fixed, and the pairs
  // that no blocking rule produced count as non-matches, so lambda is the share of matches among all pairs. (EM on
  // the candidates alone, with u free, finds "same name" rather than "same person" once common names fill the blocks.)
  // When only a sample of the candidates was compared, it stands for its share of all pairs.
  const population = describeBlocking(blocking).totalPairs * (counter.total / Math.max(1, seen));
  const levels = new Uint8Array(patterns.length * nf);
  for (let p = 0; p < patterns.length; p++) comparator.decode(patterns[p]!, levels.subarray(p * nf, (p + 1) * nf));
  const em = expectationMaximisation(
    levels,
    counts,
    comparator.nLevels,
    { m: initialM(comparator.nLevels), u: random.u, lambda: initialLambda(levels, counts, comparator.nLevels) * (counter.total / population) },
    { maxIterations: opts.maxIterations ?? 100, fixU: true, population },
  );
  const model = buildModel(features, comparator, em, random.u);

  // Pass 2: score every candidate pair, keep those at or above the threshold.
  const minWeight = threshold <= 0 ? -Infinity : threshold >= 1 ? Infinity : Math.log2(threshold / (1 - threshold));
  const out = new PairBuffer(nf);
  const rightBase = features.linking ? features.nLeft : 0;
  const scorer = new PatternScorer(model, comparator);
  let scored = 0;
  progress?.({ stage: 'scoring', done: 0, total: upper });
  const stats = forEachCandidate(blocking, (a, b) => {
    const k = scored++;
    if ((k & (PROGRESS_EVERY - 1)) === 0 && k > 0) progress?.({ stage: 'scoring', done: k, total: upper });
    let w: number;
    if (stored) w = scorer.weightOf(stored[k]!, a);
    else {
      comparator.compare(a, b, lv);
      w = pairWeight(model, comparator, lv, a);
    }
    if (w >= minWeight) {
      if (stored) comparator.decode(stored[k]!, lv);
      out.push(a, b - rightBase, w, matchProbability(w), lv);
    }
  });
  progress?.({ stage: 'done', done: scored, total: scored });

  const params: LinkParams = {
    lambda: em.lambda,
    prior: model.prior,
    fields: comparator.fields.map((f, i) => ({
      column: f.column,
      kind: f.kind,
      termFrequency: f.termFrequency,
      levels: f.labels.map((label, l) => ({ label, m: em.m[i]![l]!, u: em.u[i]![l]!, weight: model.weight[i * model.maxLevels + l]! })),
    })),
    expectedMatches: em.lambda * stats.totalPairs,
    em: { iterations: em.iterations, converged: em.converged, trainingPairs: counter.total, patterns: patterns.length },
    randomPairs: random.pairs,
    exhaustiveU: random.exhaustive,
  };
  return { pairs: out.done(), params, blockingStats: stats, model, features, blocking, comparator };
}

/**
 * Links two files (right given) or de-duplicates one (right null): returns the pairs at or above the threshold, the
 * estimated parameters and the blocking statistics.
 */
export function linkRecords(left: RecordTable, right: RecordTable | null, spec: LinkSpec, opts: LinkOptions = {}): LinkResult {
  return linkFeatures(featuresFromTables(spec, left, right), spec, opts);
}

/** The field-by-field explanation of kept pair k: prior + field weights (+ term-frequency parts) = its match weight. */
export function explainPair(result: LinkResult, k: number): Explanation {
  const nf = result.model.fields.length;
  return explainLevels(result.model, result.features, result.pairs.levels.subarray(k * nf, (k + 1) * nf), result.pairs.left[k]!);
}

// Starting lambda: the share of training pairs that agree exactly on most of their non-missing fields.
function initialLambda(levels: Uint8Array, counts: Float64Array, nLevels: ArrayLike<number>): number {
  const nf = nLevels.length;
  let agree = 0;
  let all = 0;
  for (let p = 0; p < counts.length; p++) {
    let present = 0;
    let exact = 0;
    for (let f = 0; f < nf; f++) {
      const l = levels[p * nf + f]!;
      if (l !== 0) present++;
      if (l === 1) exact++;
    }
    all += counts[p]!;
    if (present > 0 && exact * 2 > present) agree += counts[p]!;
  }
  return all > 0 ? Math.min(0.5, Math.max(1e-4, agree / all)) : 0.01;
}
