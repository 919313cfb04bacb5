// Scoring: the match weight of a pair is the log2 Bayes factor of its comparison vector plus the log2 prior odds,
// a sum of one term per field, so every score can be shown as its parts.
// Fellegi & Sunter 1969 (JASA 64:1183): the weight log(m/u) of each field's agreement level, summed under
// conditional independence. Base 2 so that one unit is "twice as likely", as in the Splink documentation's
// explanation of match weights.
import type { Comparator, CompiledField } from './comparisons.ts';
import { exactLevel } from './comparisons.ts';
import type { Probabilities } from './em.ts';
import { type Features, MISSING } from './values.ts';

export type Model = {
  fields: readonly CompiledField[];
  lambda: number;
  /** log2(lambda / (1 - lambda)). */
  prior: number;
  m: Probabilities;
  u: Probabilities;
  /** log2(m / u) per field and level, flattened: weight[f * maxLevels + level]; 0 at the null level. */
  weight: Float64Array;
  maxLevels: number;
  /** Per field: an extra weight by value id for pairs at the exact level (term frequency), or null. */
  termFrequency: (Float64Array | null)[];
  /** Per field: the level that the term-frequency adjustment applies to (-1 for none). */
  tfLevel: Int32Array;
};

export const log2 = (x: number): number => Math.log(x) / Math.LN2;

/** Probability from a match weight: 2^w / (1 + 2^w). */
export const matchProbability = (weight: number): number => 1 / (1 + Math.pow(2, -weight));

/** The match weight for a probability (the inverse of matchProbability). */
export const weightForProbability = (p: number): number => log2(p / (1 - p));

/**
 * How much more (or less) an exact match on value v says than an exact match on an average value: log2(u_exact /
 * share of records with v). A pair agreeing on a surname 1 in 5,000 people have gains weight; on "smith", it loses.
 * The adjustment is bounded to +-`bound` bits, so that a typo that happens to be unique is not overwhelming evidence.
 */
// Winkler 1989, "Frequency-based matching in Fellegi-Sunter model of record linkage" (ASA Survey Research Methods);
// the same form as Splink's term-frequency adjustment, taken relative to u from random pairs.
export function termFrequencyWeights(column: Int32Array, nValues: number, uExact: number, bound = 6): Float64Array {
  const counts = new Float64Array(nValues);
  let present = 0;
  for (let r = 0; r < column.length; r++) {
    const v = column[r]!;
    if (v !== MISSING) {
      counts[v]!++;
      present++;
    }
  }
  const adj = new Float64Array(nValues);
  if (present === 0) return adj;
  for (let v = 0; v < nValues; v++) {
    const c = counts[v]!;
    if (c === 0) continue;
    const w = log2(uExact / (c / present));
    adj[v] = w > bound ? bound : w < -bound ? -bound : w;
  }
  return adj;
}

/** The scoring model from estimated parameters; term-frequency tables for the fields that ask for them. */
export function buildModel(
  features: Features,
  comparator: Comparator,
  params: { m: Probabilities; u: Probabilities; lambda: number },
  randomU: Probabilities,
): Model {
  const fields = comparator.fields;
  const maxLevels = Math.max(...comparator.nLevels);
  const weight = new Float64Array(fields.length * maxLevels);
  fields.forEach((f, i) => {
    for (let l = 1; l < f.labels.length; l++) weight[i * maxLevels + l] = log2(params.m[i]![l]! / params.u[i]![l]!);
  });
  const tfLevel = Int32Array.from(fields, (f) => (f.termFrequency ? exactLevel(f) : -1));
  const termFrequency = fields.map((f, i) =>
    tfLevel[i]! > 0 ? termFrequencyWeights(features.column[i]!, features.values.count, randomU[i]![tfLevel[i]!]!) : null,
  );
  return {
    fields,
    lambda: params.lambda,
    prior: log2(params.lambda / (1 - params.lambda)),
    m: params.m,
    u: params.u,
    weight,
    maxLevels,
    termFrequency,
    tfLevel,
  };
}

/** Match weight of records a and b whose levels are in `levels` (as written by Comparator.compare). */
export function pairWeight(model: Model, comparator: Comparator, levels: Uint8Array, a: number): number {
  let w = model.prior;
  const L = model.maxLevels;
  for (let f = 0; f < levels.length; f++) {
    const l = levels[f]!;
    w += model.weight[f * L + l]!;
    if (l === model.tfLevel[f]) w += model.termFrequency[f]![comparator.valueAt(f, a)]!;
  }
  return w;
}

/** Match weights straight from pattern numbers (cached per pattern), plus the term-frequency parts. */
export class PatternScorer {
  private readonly cache = new Map<number, number>();
  private readonly tfFields: Int32Array;

  constructor(
    private readonly model: Model,
    private readonly comparator: Comparator,
  ) {
    this.tfFields = Int32Array.from(Array.from(model.tfLevel).flatMap((l, f) => (l > 0 ? [f] : [])));
  }

  weightOf(pattern: number, a: number): number {
    let w = this.cache.get(pattern);
    if (w === undefined) {
      const lv = new Uint8Array(this.model.fields.length);
      this.comparator.decode(pattern, lv);
      w = this.model.prior;
      for (let f = 0; f < lv.length; f++) w += this.model.weight[f * this.model.maxLevels + lv[f]!]!;
      this.cache.set(pattern, w);
    }
    for (let i = 0; i < this.tfFields.length; i++) {
      const f = this.tfFields[i]!;
      const level = Math.floor(pattern / this.comparator.stride[f]!) % this.comparator.nLevels[f]!;
      if (level === this.model.tfLevel[f]) w += this.model.termFrequency[f]![this.comparator.valueAt(f, a)]!;
    }
    return w;
  }
}

export type FieldContribution = {
  column: string;
  level: number;
  label: string;
  m: number;
  u: number;
  /** log2(m / u) of the level (0 for null). */
  weight: number;
  /** Extra weight for how rare the agreed value is (exact level of term-frequency fields), else 0. */
  termFrequency: number;
};
export type Explanation = { prior: number; fields: FieldContribution[]; weight: number; probability: number };

/** Every field's level, label and log2 weight for a pair; prior + the field weights = the pair's match weight. */
export function explainLevels(model: Model, features: Features, levels: ArrayLike<number>, a: number): Explanation {
  const fields = model.fields.map((f, i): FieldContribution => {
    const l = levels[i]!;
    const tf = l === model.tfLevel[i] ? model.termFrequency[i]![features.column[i]![a]!]! : 0;
    return {
      column: f.column,
      level: l,
      label: f.labels[l]!,
      m: model.m[i]![l]!,
      u: model.u[i]![l]!,
      weight: model.weight[i * model.maxLevels + l]!,
      termFrequency: tf,
    };
  });
  const weight = fields.reduce((s, f) => s + f.weight + f.termFrequency, model.prior);
  return { prior: model.prior, fields, weight, probability: matchProbability(weight) };
}
