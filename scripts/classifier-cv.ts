// Leave-one-collection-out cross-validation of the language sentence classifier beside the lexicon (RESULTS.md round
// 12). For each training collection, a model is trained on the others and its possible findings are added to the
// lexicon's on the held-out one (only where the lexicon found nothing of that category in the sentence). Reported per
// threshold, pooled over the folds: span-level (the eval's scoring, scoreLanguage) and sentence-level (the categories
// of a line). Never reads the main test split or the blind judges (language-classifier-training.ts FORBIDDEN).
//
// Factual false alarms (RESULTS.md "Classifier: factual negatives"): each fold also scores the held-out collection's
// indicator sentences (factual notes about signs, none of them victim-blaming wording by design), and the share that get
// any possible finding is reported per threshold, out of fold; `--factual W` trains each fold with the other
// collections' indicator sentences as clean examples of weight W (0: none). A model trained on every collection is then
// scored on the hand-written factual sentences and the probe's seven (test/fixtures/eval/factual-negatives.ts), which
// no model is trained on, and on the language sets it was trained on (in sample). `--shipped` reports the same for the
// shipped model (classifier-model.ts) without training anything.
//
// The folds (since session 21): the main dev split and every tuning set among the training collections; fresh, fresh3,
// fresh8, fresh9 and fresh10 are trained on but not scored; the tuning sets not yet trained on (SESSION22_ADDED) are
// scored too, each by a model trained on every training collection. `--include session22` (or a comma-separated list)
// adds them to every training: the data after, judged on the same folds as the data before (RESULTS.md "Session 22: the
// classifiers retrained").
//   npx tsx scripts/classifier-cv.ts [--quoted ignore|positive|negative] [--floor X] [--epochs N] [--l2 X] [--pos X] [--min-count N] [--rate X] [--factual W] [--include session22|a,b] [--shipped]

import { checkLanguage } from '../src/core/language/check.ts';
import { parseModel, scorePossible, type ParsedModel } from '../src/core/language/classifier.ts';
import { CLASSIFIER_MODEL } from '../src/core/language/classifier-model.ts';
import { FACTUAL_CHECK_SENTENCES, FACTUAL_SENTENCES, PROBE_SENTENCES } from '../test/fixtures/eval/factual-negatives.ts';
import { TUNING_COLLECTIONS } from '../test/fixtures/eval/load.ts';
import type { LanguageFinding } from '../src/core/language/types.ts';
import { counts, scoreLanguage, type Counts, type LanguageSentence } from '../test/fixtures/eval/score.ts';
import {
  DEFAULT_QUOTED,
  DEFAULT_TRAIN,
  DEFAULT_FACTUAL_WEIGHT,
  factualNegativesOf,
  indicatorSentences,
  prune,
  PRUNE_FLOOR,
  NEGATIVE_FLOOR,
  PAIR_NEGATIVE_FLOOR,
  SCALE,
  SESSION22_ADDED,
  CANDIDATE_COLLECTIONS,
  examplesOf,
  type QuotedPolicy,
  train,
  TRAINING_COLLECTIONS,
  trainingSentences,
  type TrainOptions,
  type TrainingCollection,
} from './language-classifier-training.ts';

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

type Args = {
  quoted: QuotedPolicy;
  opts: TrainOptions;
  floor: number;
  negativeFloor: number;
  pairNegativeFloor: number;
  factual: number;
  shipped: boolean;
  include: readonly TrainingCollection[];
};

const AWAITING: readonly string[] = SESSION22_ADDED;
const TRAINED: readonly string[] = TRAINING_COLLECTIONS;

function included(v: string): TrainingCollection[] {
  if (v === 'session22') return [...SESSION22_ADDED];
  const names = v.split(',').filter((x) => x !== '');
  for (const n of names) if (!AWAITING.includes(n)) throw new Error(`--include: ${n} is not a collection awaiting training`);
  return names as TrainingCollection[];
}

function parseArgs(argv: readonly string[]): Args {
  let quoted: QuotedPolicy = DEFAULT_QUOTED;
  let factual = DEFAULT_FACTUAL_WEIGHT;
  let shipped = false;
  let include: TrainingCollection[] = [];
  let floor = PRUNE_FLOOR;
  let negativeFloor = NEGATIVE_FLOOR;
  let pairNegativeFloor = PAIR_NEGATIVE_FLOOR;
  const opts = { ...DEFAULT_TRAIN };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, v] = [argv[i]!, argv[i + 1] ?? ''];
    if (flag === '--shipped') {
      shipped = true;
      i--;
    } else if (flag === '--factual') factual = Number(v);
    else if (flag === '--include') include = included(v);
    else if (flag === '--quoted' && (v === 'ignore' || v === 'positive' || v === 'negative')) quoted = v;
    else if (flag === '--epochs') opts.epochs = Number(v);
    else if (flag === '--l2') opts.l2 = Number(v);
    else if (flag === '--pos') opts.positiveWeight = Number(v);
    else if (flag === '--min-count') opts.minCount = Number(v);
    else if (flag === '--pair-min-count') opts.pairMinCount = Number(v);
    else if (flag === '--rate') opts.rate = Number(v);
    else if (flag === '--floor') floor = Number(v);
    else if (flag === '--neg-floor') negativeFloor = Number(v);
    else if (flag === '--pair-neg-floor') pairNegativeFloor = Number(v);
    else throw new Error(`unknown argument ${flag} ${v}`);
  }
  return { quoted, opts, floor, negativeFloor, pairNegativeFloor, factual, shipped, include };
}

type Scored = {
  sentence: LanguageSentence;
  collection: TrainingCollection;
  lexicon: LanguageFinding[];
  possible: { finding: LanguageFinding; probability: number }[];
};

/** An indicator sentence scored out of fold: the highest probability of any possible finding in it (0: none). */
export type FactualScored = { collection: TrainingCollection; top: number };

/** The highest probability of a possible finding the model gives anywhere in the text (where the lexicon left the category open). */
export function topPossible(text: string, m: ParsedModel): number {
  return Math.max(0, ...allPossible(text, m));
}
/** The probabilities of every possible finding the model could give in the text (one per sentence and open category). */
function allPossible(text: string, m: ParsedModel): number[] {
  return scorePossible(text, checkLanguage(text), 0, m).map((p) => p.probability);
}

/**
 * The pooled out-of-fold predictions: every sentence of the scored folds (FOLDS), scored by a model that never saw its
 * collection. The models train on TRAINING_COLLECTIONS and `include` (collections awaiting training); a fold trained on by
 * neither is scored by the model trained on all of them.
 */
export function crossValidate(
  quoted: QuotedPolicy,
  opts: TrainOptions,
  floor = PRUNE_FLOOR,
  negativeFloor = NEGATIVE_FLOOR,
  factual = 0,
  pairNegativeFloor = PAIR_NEGATIVE_FLOOR,
  include: readonly TrainingCollection[] = [],
): { rows: Scored[]; factualRows: FactualScored[]; features: number } {
  let features = 0;
  const trained = CANDIDATE_COLLECTIONS.filter((c) => TRAINED.includes(c) || include.includes(c));
  const sets = new Map(CANDIDATE_COLLECTIONS.map((c) => [c, trainingSentences(c)]));
  const indicatorSets = new Map(CANDIDATE_COLLECTIONS.map((c) => [c, indicatorSentences(c)]));
  const out: Scored[] = [];
  const factualRows: FactualScored[] = [];
  // Every fold not trained on is scored by the same model (trained on all of `trained`): train it once.
  let whole: ParsedModel | null = null;
  for (const held of FOLDS) {
    let model: ParsedModel;
    if (!trained.includes(held) && whole) model = whole;
    else {
      const others = trained.filter((c) => c !== held);
      const examples = examplesOf(
        others.flatMap((c) => sets.get(c)!),
        quoted,
      );
      if (factual > 0)
        examples.push(
          ...factualNegativesOf(
            others.flatMap((c) => indicatorSets.get(c)!),
            factual,
          ),
        );
      model = prune(train(examples, opts), floor, SCALE, negativeFloor, pairNegativeFloor);
      if (!trained.includes(held)) whole = model;
    }
    features = Math.max(features, model.weights.size);
    for (const sentence of sets.get(held)!) {
      const lexicon = checkLanguage(sentence.text);
      out.push({ sentence, collection: held, lexicon, possible: scorePossible(sentence.text, lexicon, 0, model) });
    }
    for (const sentence of indicatorSets.get(held)!) factualRows.push({ collection: held, top: topPossible(sentence.text, model) });
  }
  return { rows: out, factualRows, features };
}

/** The model trained on every training collection and `include` with these options (without: what train-language-classifier.ts writes). */
export function trainFull(
  quoted: QuotedPolicy,
  opts: TrainOptions,
  floor = PRUNE_FLOOR,
  negativeFloor = NEGATIVE_FLOOR,
  factual = 0,
  pairNegativeFloor = PAIR_NEGATIVE_FLOOR,
  include: readonly TrainingCollection[] = [],
): ParsedModel {
  const trained = CANDIDATE_COLLECTIONS.filter((c) => TRAINED.includes(c) || include.includes(c));
  const examples = examplesOf(
    trained.flatMap((c) => trainingSentences(c)),
    quoted,
  );
  if (factual > 0)
    examples.push(
      ...factualNegativesOf(
        trained.flatMap((c) => indicatorSentences(c)),
        factual,
      ),
    );
  return prune(train(examples, opts), floor, SCALE, negativeFloor, pairNegativeFloor);
}

// The collections whose indicator sentences measure the false-alarm rate: the tuning sets and the main dev split.
const MEASURED: readonly TrainingCollection[] = CANDIDATE_COLLECTIONS.filter((c) => c === 'main' || TUNING_COLLECTIONS.includes(c));
/** The folds the cross-validation scores: the same collections (fresh, fresh3, fresh8, fresh9, fresh10: trained on, not scored). */
export const FOLDS = MEASURED;

const rate = (tops: readonly number[], t: number) => {
  const n = tops.filter((x) => x >= t).length;
  return `${n} / ${tops.length} (${((100 * n) / Math.max(1, tops.length)).toFixed(1)}%)`;
};

/** Out of fold: per threshold, how many indicator sentences get any possible finding. */
export function factualTable(rows: readonly FactualScored[], allColumn = false): string {
  const measured = rows.filter((r) => MEASURED.includes(r.collection)).map((r) => r.top);
  const all = rows.map((r) => r.top);
  const lines = [
    `| threshold | indicator sentences with a possible finding: tuning sets + main dev |${allColumn ? ' all the training collections |' : ''}`,
    allColumn ? '|---|---|---|' : '|---|---|',
  ];
  for (const t of THRESHOLDS) lines.push(`| ${t} | ${rate(measured, t)} |${allColumn ? ` ${rate(all, t)} |` : ''}`);
  return lines.join('\n');
}

// Sentences with any possible finding, and the findings.
const flagged = (probs: readonly (readonly number[])[], t: number) => {
  const n = probs.filter((p) => p.some((x) => x >= t)).length;
  return `${n} / ${probs.length} (${probs.flat().filter((x) => x >= t).length} findings)`;
};

/** One model: per threshold, the hand-written factual sentences and the probe's seven with any possible finding, and the language figures (lexicon + classifier) pooled over the tuning sets and the main dev split. */
export function modelTable(m: ParsedModel): string {
  const factual = FACTUAL_SENTENCES.map((t) => allPossible(t, m));
  const check = FACTUAL_CHECK_SENTENCES.map((t) => allPossible(t, m));
  const probes = PROBE_SENTENCES.map((t) => allPossible(t, m));
  const language = MEASURED.flatMap((c) => trainingSentences(c).map((s) => ({ ...s, id: `${c}/${s.id}` })));
  const scored = language.map((s) => {
    const lexicon = checkLanguage(s.text);
    return { s, lexicon, possible: scorePossible(s.text, lexicon, 0, m) };
  });
  const pooled = (t: number) =>
    scoreLanguage(language, new Map(scored.map((r) => [r.s.id, [...r.lexicon, ...r.possible.filter((p) => p.probability >= t).map((p) => p.finding)]])))
      .overall;
  const lines = [
    `| threshold | factual sentences with a possible finding (${FACTUAL_SENTENCES.length}) | check sentences (${FACTUAL_CHECK_SENTENCES.length}) | probe sentences (7) | language, tuning sets + main dev (in sample where trained on) |`,
    '|---|---|---|---|---|',
    `| lexicon only | | | | ${cell(pooled(Infinity))} |`,
  ];
  for (const t of THRESHOLDS) lines.push(`| ${t} | ${flagged(factual, t)} | ${flagged(check, t)} | ${flagged(probes, t)} | ${cell(pooled(t))} |`);
  return lines.join('\n');
}

function sentenceLevel(rows: readonly Scored[], threshold: number): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const expected = new Set(r.sentence.findings.map((f) => f.category));
    const predicted = new Set([...r.lexicon, ...r.possible.filter((p) => p.probability >= threshold).map((p) => p.finding)].map((f) => f.category));
    for (const c of predicted)
      if (expected.has(c)) tp++;
      else fp++;
    for (const c of expected) if (!predicted.has(c)) fn++;
  }
  return counts(tp, fp, fn);
}

function spanLevel(rows: readonly Scored[], threshold: number): Counts {
  // Ids repeat across collections (the fresh set also numbers its lines L001 ...): key them by collection.
  const predictions = new Map(
    rows.map((r) => [`${r.collection}/${r.sentence.id}`, [...r.lexicon, ...r.possible.filter((p) => p.probability >= threshold).map((p) => p.finding)]]),
  );
  return scoreLanguage(
    rows.map((r) => ({ ...r.sentence, id: `${r.collection}/${r.sentence.id}` })),
    predictions,
  ).overall;
}

const f2 = (x: number) => x.toFixed(3);
const cell = (c: Counts) => `${c.tp} / ${c.fp} / ${c.fn} (P ${f2(c.precision)}, R ${f2(c.recall)}, F1 ${f2(c.f1)})`;

export function cvTable(rows: readonly Scored[], factualRows: readonly FactualScored[]): string {
  const earlier = rows.filter((r) => !AWAITING.includes(r.collection));
  const added = rows.filter((r) => AWAITING.includes(r.collection));
  const nEarlier = new Set(earlier.map((r) => r.collection)).size;
  const nAdded = new Set(added.map((r) => r.collection)).size;
  const tops = factualRows.map((r) => r.top);
  const lines = [
    `| threshold | span, all ${FOLDS.length} folds (TP / FP / FN) | sentence, all ${FOLDS.length} folds | span, ${nEarlier} earlier folds | span, ${nAdded} folds awaiting training (session 22) | possible right / added | factual (${tops.length} indicator sentences) |`,
    '|---|---|---|---|---|---|---|',
  ];
  const base = spanLevel(rows, Infinity);
  for (const t of [Infinity, ...THRESHOLDS]) {
    const name = t === Infinity ? 'lexicon only' : `+ classifier >= ${t}`;
    const all = spanLevel(rows, t);
    const n = rows.reduce((k, r) => k + r.possible.filter((p) => p.probability >= t).length, 0);
    const possible = t === Infinity ? '' : `${all.tp - base.tp} / ${n}`;
    lines.push(
      `| ${name} | ${cell(all)} | ${cell(sentenceLevel(rows, t))} | ${cell(spanLevel(earlier, t))} | ${cell(spanLevel(added, t))} | ${possible} | ${t === Infinity ? '' : rate(tops, t)} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('classifier-cv.ts')) {
  const { quoted, opts, floor, negativeFloor, pairNegativeFloor, factual, shipped, include } = parseArgs(process.argv.slice(2));
  if (shipped) {
    const m = parseModel(CLASSIFIER_MODEL);
    const tops = MEASURED.flatMap((c) => indicatorSentences(c).map((s) => ({ collection: c, top: topPossible(s.text, m) })));
    process.stdout.write(`the shipped model (${m.weights.size} features, threshold ${CLASSIFIER_MODEL.threshold})\n\n`);
    process.stdout.write(factualTable(tops, false) + '\n\n');
    process.stdout.write(modelTable(m) + '\n');
  } else {
    const t0 = performance.now();
    const { rows, factualRows, features } = crossValidate(quoted, opts, floor, negativeFloor, factual, pairNegativeFloor, include);
    process.stdout.write(
      `quoted=${quoted} floor=${floor} negative floor=${negativeFloor} pair negative floor=${pairNegativeFloor} factual negatives weight=${factual} added to training: ${include.join(', ') || 'none'} (largest fold model: ${features} features) ${JSON.stringify(opts)} (${rows.length} sentences, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n`,
    );
    process.stdout.write(cvTable(rows, factualRows) + '\n\n' + factualTable(factualRows) + '\n\n');
    const m = trainFull(quoted, opts, floor, negativeFloor, factual, pairNegativeFloor, include);
    process.stdout.write(`model trained on every collection: ${m.weights.size} features\n\n` + modelTable(m) + '\n');
  }
}
