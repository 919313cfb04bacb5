// Training and cross-validation helpers for the language sentence classifier (src/core/language/classifier.ts), shared
// by scripts/train-language-classifier.ts and scripts/classifier-cv.ts. Deterministic: fixed collection order, fixed
// seed, no clock.
//
// Training data (RESULTS.md rounds 12, 16, 17 and 21, session 22): the main set's dev split, the tuning sets and the
// retired held-out sets. NEVER the main set's test split (even ids) nor the blind judges (FORBIDDEN: fresh32, fresh35, fresh38 and fresh39):
// they are not in TRAINING_COLLECTIONS, the loaders throw on them, and the main set is filtered to the dev split here,
// before anything else sees it.

import { CLASSIFIER_CATEGORIES, forEachFeature, type ParsedModel, sentenceRuns } from '../src/core/language/classifier.ts';
import { tokenize } from '../src/core/text/tokenize.ts';
import { inSplit } from '../test/fixtures/eval/evaluate.ts';
import { loadEvalSet, type EvalCollection } from '../test/fixtures/eval/load.ts';
import { locate, type IndicatorSentence, type LanguageSentence } from '../test/fixtures/eval/score.ts';
import { checkLanguage } from '../src/core/language/check.ts';
import { mulberry32 } from '../src/demo/prng.ts';

export const TRAINING_COLLECTIONS = [
  'main',
  'tune4',
  'fresh5',
  'tune6',
  'tune9',
  'tune11',
  'fresh',
  'fresh3',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
  'fresh20',
] as const satisfies readonly EvalCollection[];

// The tuning sets not yet trained on (RESULTS.md session 21, "Session 22: the classifiers retrained" and "Session 23:
// the language classifier": measured, not shipped; with them the model flags "returned of her own accord" as consent,
// as the README's annotation rules do, in two sentences the factual-negative tests pin as factual). `scripts/classifier-cv.ts
// --include session22` trains with them too; both trainings are scored on the same folds (FOLDS there). Move them into
// TRAINING_COLLECTIONS to retrain with them.
export const SESSION22_ADDED = [
  'fresh21',
  'fresh22',
  'fresh23',
  'fresh24',
  'fresh25',
  'fresh26',
  'fresh27',
  'fresh28',
  'fresh29',
  'fresh30',
  'fresh31',
  'fresh33',
  'fresh34',
  'fresh36',
  'fresh37',
] as const satisfies readonly EvalCollection[];
export type TrainingCollection = (typeof TRAINING_COLLECTIONS)[number] | (typeof SESSION22_ADDED)[number];
/** Every collection the cross-validation may train on or score: the training collections and the ones not yet trained on. */
export const CANDIDATE_COLLECTIONS: readonly TrainingCollection[] = [...TRAINING_COLLECTIONS, ...SESSION22_ADDED];

// Sets written blind and scored as aggregates before any tuning on them (fresh11 is tuned on since round 13): the
// cross-validation's stand-in for a new blind set, kept the same since round 12 so that its figures compare.
export const BLIND_COLLECTIONS: readonly TrainingCollection[] = ['fresh', 'fresh3', 'fresh8', 'fresh9', 'fresh10', 'fresh11'];

// Retrained after round 16 with fresh12 to fresh15, after round 17 with fresh16 and after round 21 with fresh17 to
// fresh20 (tuning sets by then); fresh21 to fresh31, fresh33, fresh34 and fresh36 (tuning sets now) were measured in
// sessions 21 and 22 and not shipped (SESSION22_ADDED, with fresh37, written after the measurement). The blind judges stay out: fresh32, written during round 32,
// judged round 32 and the indicator classifier once (session 19); fresh35, written blind in session 22, is held out, and so is fresh38, written blind in session 22 to
// judge session 23, and so is fresh39, written blind in session 23.
const FORBIDDEN: readonly string[] = ['fresh32', 'fresh35', 'fresh38', 'fresh39'];

/** The language sentences of a training collection (the main set: its dev split only). */
export function trainingSentences(collection: TrainingCollection): LanguageSentence[] {
  if (FORBIDDEN.includes(collection)) throw new Error(`${collection} is held out`);
  const all = loadEvalSet('language', collection);
  return collection === 'main' ? all.filter((s) => inSplit(s.id, 'dev')) : all;
}

const K = CLASSIFIER_CATEGORIES.length;

/** The indicator sentences of a training collection (the main set: its dev split only): factual case-note sentences about signs. */
export function indicatorSentences(collection: TrainingCollection): IndicatorSentence[] {
  if (FORBIDDEN.includes(collection)) throw new Error(`${collection} is held out`);
  const all = loadEvalSet('indicators', collection);
  return collection === 'main' ? all.filter((s) => inSplit(s.id, 'dev')) : all;
}

/**
 * Factual negatives (RESULTS.md "Classifier: factual negatives"): the indicator sentences of some collections in which
 * the lexicon finds nothing, as sentence runs labelled clean in every category, each with `weight`. The indicator sets
 * record signs of exploitation in child-centred words (taxis late at night, drugs found in a search, bruising on
 * return): the wording the classifier must not mistake for victim-blaming. Sentences where the lexicon finds anything are
 * left out, so that blaming wording nobody annotated in an indicator set is not taught as clean.
 */
export function factualNegativesOf(sentences: readonly IndicatorSentence[], weight: number): Example[] {
  const out: Example[] = [];
  for (const s of sentences) {
    if (checkLanguage(s.text).length > 0) continue;
    for (const run of sentenceRuns(tokenize(s.text))) {
      const seen = new Set<string>();
      forEachFeature(
        run.map((t) => t.norm),
        (f) => seen.add(f),
      );
      out.push({ features: [...seen], labels: new Int8Array(K), weight });
    }
  }
  return out;
}

// How a sentence whose only finding of a category is quoted (someone's words, recorded as said) is labelled for that
// category: 'ignore' leaves it out of that category's training, 'positive' counts it, 'negative' counts it as clean.
export type QuotedPolicy = 'ignore' | 'positive' | 'negative';

/** One training example: a sentence run (as the classifier scores them) with its labels per category (1, 0, or -1 = left out). */
export type Example = { features: string[]; labels: Int8Array; weight?: number };

/** The examples of some sentences: each eval line is cut into the runs the classifier scores, labelled by where the annotated spans lie. */
export function examplesOf(sentences: readonly LanguageSentence[], quoted: QuotedPolicy): Example[] {
  const out: Example[] = [];
  for (const s of sentences) {
    const spans = locate(s.text, s.findings);
    for (const run of sentenceRuns(tokenize(s.text))) {
      const from = run[0]!.start;
      const to = run[run.length - 1]!.end;
      const labels = new Int8Array(K);
      for (let c = 0; c < K; c++) {
        const here = spans.filter((f) => f.category === CLASSIFIER_CATEGORIES[c] && f.start < to && f.end > from);
        if (here.some((f) => !f.quoted)) labels[c] = 1;
        else if (here.length > 0) labels[c] = quoted === 'positive' ? 1 : quoted === 'negative' ? 0 : -1;
      }
      const seen = new Set<string>();
      forEachFeature(
        run.map((t) => t.norm),
        (f) => seen.add(f),
      );
      out.push({ features: [...seen], labels });
    }
  }
  return out;
}

export type TrainOptions = {
  epochs: number;
  rate: number; // AdaGrad base learning rate
  l2: number; // L2 penalty per update
  positiveWeight: number; // weight of a positive example (positives are rare)
  minCount: number; // features seen in fewer examples are dropped
  pairMinCount: number; // the same for word pairs (most pairs are seen once: they make most of the model's size)
  seed: number;
};

// Chosen by scripts/classifier-cv.ts (RESULTS.md round 12): L2 1e-4 to 2e-2, positive weights 1 and 2, minimum counts
// and pruning floors were compared. Word pairs seen once are left out: they were two thirds of the model's size for
// about a point of recall.
export const DEFAULT_TRAIN: TrainOptions = { epochs: 25, rate: 0.3, l2: 5e-3, positiveWeight: 2, minCount: 1, pairMinCount: 2, seed: 20261201 };
// Quoted findings count as positives: the wording is what the model learns, and a possible finding inside quotation
// marks is marked `quoted` as the lexicon's are (so it is shown as someone's words, not as the writer's). In the
// cross-validation this found more of the blind sets' findings than leaving them out, at the same precision.
export const DEFAULT_QUOTED: QuotedPolicy = 'positive';
// The weight of each factual negative (factualNegativesOf; 0: none). Chosen by scripts/classifier-cv.ts (RESULTS.md
// "Classifier: factual negatives"): weights 0.25 to 2 cut the indicator sentences with a possible finding (out of fold,
// threshold 0.85) from 3.1% to 0.1-0.6%; 0.5 kept the span F1 and the recall the classifier adds.
export const DEFAULT_FACTUAL_WEIGHT = 0.5;
// Weights below this (absolute) are dropped from the shipped model and the rest rounded to 1/SCALE.
export const PRUNE_FLOOR = 0.25;
export const NEGATIVE_FLOOR = 0.25;
// A word pair that only counts against categories is kept only from this weight down: the factual negatives added about
// 4,500 such pairs (+48% features) at the floor of 0.25; at 0.75 the model grows by 3% and keeps most of the effect.
export const PAIR_NEGATIVE_FLOOR = 0.75;
export const SCALE = 100;
// The threshold chosen from the cross-validation table: the lowest whose span precision on the six blind sets stays at
// or above 0.85 (the lexicon's own on new blind sets: fresh11 0.86, fresh12 0.84), for about +8 points of recall there.
export const CHOSEN_THRESHOLD = 0.85;

/**
 * One-vs-rest logistic regression by AdaGrad SGD, in a seeded order. Returns the model with every weight (unpruned).
 * The number of columns is the examples' label length (the language categories here; the indicator experiment,
 * scripts/indicator-classifier-cv.ts, trains on SAFEGUARD categories or codes).
 */
export function train(examples: readonly Example[], opts: TrainOptions = DEFAULT_TRAIN): ParsedModel {
  const K = examples.length > 0 ? examples[0]!.labels.length : CLASSIFIER_CATEGORIES.length;
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...count.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (c >= (f.startsWith('b:') ? Math.max(opts.minCount, opts.pairMinCount) : opts.minCount)) index.set(f, index.size);
  const xs = examples.map((e) => Int32Array.from(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const F = index.size;
  const w = new Float64Array(F * K);
  const g2 = new Float64Array(F * K).fill(1e-8);
  const b = new Float64Array(K);
  const gb = new Float64Array(K).fill(1e-8);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  const order = examples.map((_, i) => i);
  const next = mulberry32(opts.seed); // seeded, so that the shuffle is the same on every machine
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      const y = examples[i]!.labels;
      // Every column's logit in one pass over the features (row-major weights), then every column's update: the same
      // sums and updates per weight as one column at a time, in a cache-friendly order (the indicator codes have 86).
      z.set(b);
      for (const f of x) for (let c = 0; c < K; c++) z[c]! += w[f * K + c]!;
      for (let c = 0; c < K; c++) {
        if (y[c] === -1) {
          g[c] = 0;
          continue;
        }
        const p = 1 / (1 + Math.exp(-z[c]!));
        g[c] = (p - y[c]!) * (y[c] === 1 ? opts.positiveWeight : 1) * (examples[i]!.weight ?? 1);
        gb[c]! += g[c]! * g[c]!;
        b[c]! -= (opts.rate * g[c]!) / Math.sqrt(gb[c]!);
      }
      for (const f of x)
        for (let c = 0; c < K; c++) {
          if (y[c] === -1) continue;
          const k = f * K + c;
          const gk = g[c]! + opts.l2 * w[k]!;
          g2[k]! += gk * gk;
          w[k]! -= (opts.rate * gk) / Math.sqrt(g2[k]!);
        }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [f, i] of index) weights.set(f, w.slice(i * K, i * K + K));
  return { bias: b, weights };
}

/**
 * The model with weights below `floor` (negative ones above -`negativeFloor`) set to 0 and features left with none
 * dropped, quantised to 1/scale. A word pair with no positive weight left is kept only if one of its weights is at or
 * below -`pairNegativeFloor` (pairs that only count against a category are most of what factual negatives add).
 */
export function prune(m: ParsedModel, floor: number, scale: number, negativeFloor: number = floor, pairNegativeFloor = negativeFloor): ParsedModel {
  const q = (x: number) => Math.round(x * scale) / scale;
  const weights = new Map<string, Float64Array>();
  for (const [f, w] of m.weights) {
    const v = w.map((x) => (x >= floor || x <= -negativeFloor ? q(x) : 0));
    if (!v.some((x) => x !== 0)) continue;
    if (f.startsWith('b:') && !v.some((x) => x > 0) && !v.some((x) => x <= -pairNegativeFloor)) continue;
    weights.set(f, v);
  }
  return { bias: m.bias.map(q), weights };
}
