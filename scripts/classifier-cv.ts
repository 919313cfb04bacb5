// Leave-one-collection-out cross-validation of the language sentence classifier beside the lexicon (RESULTS.md round
// 12). For each training collection, a model is trained on the others and its possible findings are added to the
// lexicon's on the held-out one (only where the lexicon found nothing of that category in the sentence). Reported per
// threshold, pooled over the folds: span-level (the eval's scoring, scoreLanguage) and sentence-level (the categories
// of a line). Never reads the main test split or the blind judges (language-classifier-training.ts FORBIDDEN).
//   npx tsx scripts/classifier-cv.ts [--quoted ignore|positive|negative] [--floor X] [--epochs N] [--l2 X] [--pos X] [--min-count N] [--rate X]

import { checkLanguage } from '../src/core/language/check.ts';
import { scorePossible } from '../src/core/language/classifier.ts';
import type { LanguageFinding } from '../src/core/language/types.ts';
import { counts, scoreLanguage, type Counts, type LanguageSentence } from '../test/fixtures/eval/score.ts';
import {
  BLIND_COLLECTIONS,
  DEFAULT_QUOTED,
  DEFAULT_TRAIN,
  prune,
  PRUNE_FLOOR,
  NEGATIVE_FLOOR,
  SCALE,
  examplesOf,
  type QuotedPolicy,
  train,
  TRAINING_COLLECTIONS,
  trainingSentences,
  type TrainOptions,
  type TrainingCollection,
} from './language-classifier-training.ts';

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

function parseArgs(argv: readonly string[]): { quoted: QuotedPolicy; opts: TrainOptions; floor: number; negativeFloor: number } {
  let quoted: QuotedPolicy = DEFAULT_QUOTED;
  let floor = PRUNE_FLOOR;
  let negativeFloor = NEGATIVE_FLOOR;
  const opts = { ...DEFAULT_TRAIN };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, v] = [argv[i]!, argv[i + 1] ?? ''];
    if (flag === '--quoted' && (v === 'ignore' || v === 'positive' || v === 'negative')) quoted = v;
    else if (flag === '--epochs') opts.epochs = Number(v);
    else if (flag === '--l2') opts.l2 = Number(v);
    else if (flag === '--pos') opts.positiveWeight = Number(v);
    else if (flag === '--min-count') opts.minCount = Number(v);
    else if (flag === '--pair-min-count') opts.pairMinCount = Number(v);
    else if (flag === '--rate') opts.rate = Number(v);
    else if (flag === '--floor') floor = Number(v);
    else if (flag === '--neg-floor') negativeFloor = Number(v);
    else throw new Error(`unknown argument ${flag} ${v}`);
  }
  return { quoted, opts, floor, negativeFloor };
}

type Scored = {
  sentence: LanguageSentence;
  collection: TrainingCollection;
  lexicon: LanguageFinding[];
  possible: { finding: LanguageFinding; probability: number }[];
};

/** The pooled out-of-fold predictions: every training sentence, scored by a model that never saw its collection. */
export function crossValidate(
  quoted: QuotedPolicy,
  opts: TrainOptions,
  floor = PRUNE_FLOOR,
  negativeFloor = NEGATIVE_FLOOR,
): { rows: Scored[]; features: number } {
  let features = 0;
  const sets = new Map(TRAINING_COLLECTIONS.map((c) => [c, trainingSentences(c)]));
  const out: Scored[] = [];
  for (const held of TRAINING_COLLECTIONS) {
    const trainSentences = TRAINING_COLLECTIONS.filter((c) => c !== held).flatMap((c) => sets.get(c)!);
    const model = prune(train(examplesOf(trainSentences, quoted), opts), floor, SCALE, negativeFloor);
    features = Math.max(features, model.weights.size);
    for (const sentence of sets.get(held)!) {
      const lexicon = checkLanguage(sentence.text);
      out.push({ sentence, collection: held, lexicon, possible: scorePossible(sentence.text, lexicon, 0, model) });
    }
  }
  return { rows: out, features };
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

export function cvTable(rows: readonly Scored[]): string {
  const blind = rows.filter((r) => BLIND_COLLECTIONS.includes(r.collection));
  const lines = [
    '| threshold | span, all 12 folds (TP / FP / FN) | sentence, all 12 folds | span, the 6 blind sets | sentence, the 6 blind sets |',
    '|---|---|---|---|---|',
  ];
  for (const t of [Infinity, ...THRESHOLDS]) {
    const name = t === Infinity ? 'lexicon only' : `+ classifier >= ${t}`;
    lines.push(`| ${name} | ${cell(spanLevel(rows, t))} | ${cell(sentenceLevel(rows, t))} | ${cell(spanLevel(blind, t))} | ${cell(sentenceLevel(blind, t))} |`);
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('classifier-cv.ts')) {
  const { quoted, opts, floor, negativeFloor } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const { rows, features } = crossValidate(quoted, opts, floor, negativeFloor);
  process.stdout.write(
    `quoted=${quoted} floor=${floor} negative floor=${negativeFloor} (largest fold model: ${features} features) ${JSON.stringify(opts)} (${rows.length} sentences, ${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n`,
  );
  process.stdout.write(cvTable(rows) + '\n');
}
