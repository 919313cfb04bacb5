// An experiment (RESULTS.md "Indicator classifier experiment (session 19)"): can a sentence classifier, like the
// language checker's (src/core/language/classifier.ts, RESULTS.md round 12), find the indicators the spotter
// (src/core/text/indicators.ts) misses on new writers' sets, whose misses are wording no earlier set used?
//
// Model: one-vs-rest logistic regression over a sentence run's lowercased words, light stems and word pairs (the language
// classifier's features, forEachFeature; its trainer, language-classifier-training.ts `train`, and pruning), trained per
// SAFEGUARD category (9 columns) and, separately, per code (every code with at least MIN_CODE_EXAMPLES training items:
// all 86 of framework 2026.1). A *possible* finding is added only in a sentence run where the spotter found nothing of
// that category (or code). Variants:
//   category        the category model decides; the code is the one the code model scores highest among that
//                   category's codes; the span is the run of at most six words that weighed most for the category.
//   code/code-gate  the code model decides, where the spotter found nothing of that code in the run.
//   code/cat-gate   the same, where the spotter found nothing of that code's category in the run.
// Flags: the span goes through ConText (src/core/text/context.ts contextOf, with the eval's year) for negated,
// hypothetical, historical and experiencer; flags are reported by score.ts but are not part of TP/FP/FN.
//
// Training data: the main set's dev split and the tuning collections (load.ts TUNING_COLLECTIONS) only. NEVER the main
// test split nor fresh, fresh3, fresh8, fresh9, fresh10, fresh32, fresh35, fresh38, fresh39 (FORBIDDEN: the loader throws). The one exception is
// `--fresh32`: a single blind score of fresh32 with a model trained on all the training data, printed as aggregates
// only (no sentence, no error list). It was run once, in session 19; do not run it again to choose anything.
//
// Reported: leave-one-collection-out over the training collections (main dev + the tuning sets), pooled, and the
// stricter time-ordered folds: fresh27 to fresh31 (session 19) and fresh33, fresh34 and fresh36 (added in session 22),
// each scored by models trained only on the collections written before it (main dev and the tuning sets before it in
// TUNING_COLLECTIONS order), which mimics a new writer. `--exclude session22` (or a comma-separated list) leaves the
// collections added to the training in session 22 (SESSION22_ADDED) out of every training but still scores them, each
// by models trained on the rest: the data before, judged on the same folds as the data after (RESULTS.md "Session 22:
// the classifiers retrained").
//   npx tsx scripts/indicator-classifier-cv.ts [--epochs N] [--l2 X] [--pos X] [--floor X] [--no-loco] [--exclude session22|a,b] [--fresh32 VARIANT THRESHOLD]

import { CATEGORY_KEYS, CURRENT_FRAMEWORK, type CategoryKey } from '../src/core/indicators/index.ts';
import { bestSpan, forEachFeature, type ParsedModel, sentenceRuns } from '../src/core/text/sentence-features.ts';
import { columnScores } from '../src/core/text/sentence-model.ts';
import { contextOf } from '../src/core/text/context.ts';
import { findIndicators, type IndicatorFinding } from '../src/core/text/indicators.ts';
import { tokenize, type Token } from '../src/core/text/tokenize.ts';
import { inSplit, predictedIndicator } from '../test/fixtures/eval/evaluate.ts';
import { loadEvalSet, TUNING_COLLECTIONS, type EvalCollection } from '../test/fixtures/eval/load.ts';
import { locate, scoreIndicators, type Counts, type IndicatorSentence, type PredictedIndicator } from '../test/fixtures/eval/score.ts';
import { DEFAULT_TRAIN, type Example, prune, PRUNE_FLOOR, SCALE, train, type TrainOptions } from './language-classifier-training.ts';

// ---------------------------------------------------------------------------------------------------------------
// Data

/** Held out from this experiment: never read, trained on or scored (fresh32 only through `blindFresh32`, once; fresh35, written in session 22, and fresh38, written blind in session 22 to judge session 23, and fresh39, written blind in session 23, never). */
export const FORBIDDEN: readonly string[] = ['fresh', 'fresh3', 'fresh8', 'fresh9', 'fresh10', 'fresh32', 'fresh35', 'fresh38', 'fresh39'];
/** The training collections: the main set (dev split only) and the tuning sets, in the order they were written. */
export const INDICATOR_TRAINING: readonly EvalCollection[] = ['main', ...TUNING_COLLECTIONS];
/** The time-ordered folds: the five most recent tuning sets in session 19, and the three tuning sets written since. */
export const TIME_ORDERED: readonly EvalCollection[] = ['fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh33', 'fresh34', 'fresh36'];
/** The tuning sets the model was retrained with in session 22 (the model of session 19 was trained up to fresh31). */
export const SESSION22_ADDED: readonly EvalCollection[] = ['fresh33', 'fresh34', 'fresh36'];
// The sets are scored as written in 2026 (evaluate.ts EVAL_YEAR).
const EVAL_YEAR = 2026;

/** The indicator sentences of a training collection (the main set: dev split only). Throws on a held-out collection. */
export function indicatorTrainingSentences(collection: EvalCollection): IndicatorSentence[] {
  if (FORBIDDEN.includes(collection)) throw new Error(`${collection} is held out`);
  if (!INDICATOR_TRAINING.includes(collection)) throw new Error(`${collection} is not a training collection`);
  const all = loadEvalSet('indicators', collection);
  return collection === 'main' ? all.filter((s) => inSplit(s.id, 'dev')) : all;
}

const CATEGORY_OF = new Map<string, CategoryKey>(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));
/** A code gets its own column when the training data hold at least this many of its items. */
export const MIN_CODE_EXAMPLES = 30;

/** The model columns: categories, and codes with enough examples (in the framework's order). */
export type Columns = { categories: readonly CategoryKey[]; codes: readonly string[] };
export function columnsOf(sentences: readonly IndicatorSentence[]): Columns {
  const n = new Map<string, number>();
  for (const s of sentences) for (const i of s.indicators) n.set(i.code, (n.get(i.code) ?? 0) + 1);
  return { categories: CATEGORY_KEYS, codes: CURRENT_FRAMEWORK.indicators.map((i) => i.code).filter((c) => (n.get(c) ?? 0) >= MIN_CODE_EXAMPLES) };
}

/** A sentence run with its features, and its labels per category and per code (an expected item overlaps the run). */
type Labelled = { features: string[]; category: Int8Array; code: Int8Array };

function runFeatures(run: readonly Token[]): string[] {
  const seen = new Set<string>();
  forEachFeature(
    run.map((t) => t.norm),
    (f) => seen.add(f),
  );
  return [...seen];
}

export function labelledRuns(sentences: readonly IndicatorSentence[], cols: Columns): Labelled[] {
  const catIndex = new Map(cols.categories.map((c, i) => [c as string, i]));
  const codeIndex = new Map(cols.codes.map((c, i) => [c, i]));
  const out: Labelled[] = [];
  for (const s of sentences) {
    const spans = locate(s.text, s.indicators);
    for (const run of sentenceRuns(tokenize(s.text))) {
      const from = run[0]!.start;
      const to = run[run.length - 1]!.end;
      const category = new Int8Array(cols.categories.length);
      const code = new Int8Array(cols.codes.length);
      for (const i of spans) {
        if (!(i.start < to && i.end > from)) continue;
        category[catIndex.get(CATEGORY_OF.get(i.code)!)!] = 1;
        const k = codeIndex.get(i.code);
        if (k !== undefined) code[k] = 1;
      }
      out.push({ features: runFeatures(run), category, code });
    }
  }
  return out;
}

export type Models = { category: ParsedModel; code: ParsedModel };
export type Settings = { opts: TrainOptions; floor: number };
// Positive weight 1 (the language classifier uses 2): in the time-ordered folds it found more at the 2-in-3 bar (85 of
// 126 right at category >= 0.8, against 69 of 102 at 0.9 with weight 2). 15 epochs, to keep the 32 trainings in minutes.
export const DEFAULT_SETTINGS: Settings = { opts: { ...DEFAULT_TRAIN, epochs: 15, positiveWeight: 1 }, floor: PRUNE_FLOOR };
/** The setting chosen by the rule (choose): the category model, possible findings at probability >= 0.8. */
export const CHOSEN_VARIANT: Variant = 'category';
export const CHOSEN_THRESHOLD = 0.8;

/** Both models, trained on the labelled runs of some sentences, pruned to the floor and quantised as a shipped model would be. */
export function trainModels(runs: readonly Labelled[], s: Settings = DEFAULT_SETTINGS): Models {
  const as = (pick: (r: Labelled) => Int8Array): Example[] => runs.map((r) => ({ features: r.features, labels: pick(r) }));
  return {
    category: prune(
      train(
        as((r) => r.category),
        s.opts,
      ),
      s.floor,
      SCALE,
    ),
    code: prune(
      train(
        as((r) => r.code),
        s.opts,
      ),
      s.floor,
      SCALE,
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring (columnScores: core/text/sentence-model.ts, bestSpan: sentence-features.ts, shared with both classifiers)

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export const VARIANTS = ['category', 'code/code-gate', 'code/cat-gate'] as const;
export type Variant = (typeof VARIANTS)[number];

/** A candidate possible finding (every one at or above MIN_CANDIDATE; thresholds filter later). */
export type Candidate = { variant: Variant; probability: number; finding: PredictedIndicator };
const MIN_CANDIDATE = 0.5;

/**
 * The spotter's findings and every candidate possible finding of one text. A candidate is made only in a run where the
 * spotter found nothing of its category (variants category and code/cat-gate) or code (code/code-gate).
 */
export function candidatesOf(text: string, m: Models, cols: Columns): { spotter: IndicatorFinding[]; candidates: Candidate[] } {
  const spotter = findIndicators(text, { currentYear: EVAL_YEAR });
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  let offset = 0;
  for (const run of sentenceRuns(tokens)) {
    const from = run[0]!.start;
    const to = run[run.length - 1]!.end;
    const here = spotter.filter((f) => f.start < to && f.end > from);
    const coveredCats = new Set(here.map((f) => f.category));
    const coveredCodes = new Set(here.map((f) => f.code));
    const words = run.map((t) => t.norm);
    const cat = columnScores(words, m.category);
    const code = columnScores(words, m.code);
    const Kc = cols.categories.length;
    const Kk = cols.codes.length;
    const make = (variant: Variant, probability: number, codeName: string, contrib: Float64Array, K: number, c: number): Candidate => {
      const [a, b] = bestSpan(contrib, run.length, K, c);
      const ctx = contextOf(tokens, offset + a, offset + b + 1, { currentYear: EVAL_YEAR });
      return { variant, probability, finding: { code: codeName, start: run[a]!.start, end: run[b]!.end, ...ctx } };
    };
    for (let c = 0; c < Kc; c++) {
      const p = sigmoid(cat.logit[c]!);
      const category = cols.categories[c]!;
      if (p < MIN_CANDIDATE || coveredCats.has(category)) continue;
      // The code: the one the code model scores highest among this category's codes.
      let bestK = -1;
      for (let k = 0; k < Kk; k++) if (CATEGORY_OF.get(cols.codes[k]!) === category && (bestK < 0 || code.logit[k]! > code.logit[bestK]!)) bestK = k;
      if (bestK < 0) continue;
      candidates.push(make('category', p, cols.codes[bestK]!, cat.contrib, Kc, c));
    }
    for (let k = 0; k < Kk; k++) {
      const p = sigmoid(code.logit[k]!);
      const codeName = cols.codes[k]!;
      if (p < MIN_CANDIDATE || coveredCodes.has(codeName)) continue;
      const cand = make('code/code-gate', p, codeName, code.contrib, Kk, k);
      candidates.push(cand);
      if (!coveredCats.has(CATEGORY_OF.get(codeName)!)) candidates.push({ ...cand, variant: 'code/cat-gate' });
    }
    offset += run.length;
  }
  return { spotter, candidates };
}

/** One scored sentence: its collection, the spotter's findings and the candidates. */
export type Scored = { collection: EvalCollection; sentence: IndicatorSentence; spotter: PredictedIndicator[]; candidates: Candidate[] };

export function scoreWith(collection: EvalCollection, sentences: readonly IndicatorSentence[], m: Models, cols: Columns): Scored[] {
  return sentences.map((sentence) => {
    const { spotter, candidates } = candidatesOf(sentence.text, m, cols);
    return { collection, sentence, spotter: spotter.map(predictedIndicator), candidates };
  });
}

/** Overall counts with the candidates of one variant at or above a threshold (Infinity: the spotter alone). */
export function overall(rows: readonly Scored[], variant: Variant, threshold: number): { counts: Counts; added: number } {
  let added = 0;
  const predictions = new Map<string, PredictedIndicator[]>();
  for (const r of rows) {
    const extra = r.candidates.filter((c) => c.variant === variant && c.probability >= threshold).map((c) => c.finding);
    added += extra.length;
    predictions.set(`${r.collection}/${r.sentence.id}`, [...r.spotter, ...extra]);
  }
  const expected = rows.map((r) => ({ ...r.sentence, id: `${r.collection}/${r.sentence.id}` }));
  return { counts: scoreIndicators(expected, predictions).overall, added };
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-validation

type Sets = ReadonlyMap<EvalCollection, IndicatorSentence[]>;
type Runs = ReadonlyMap<EvalCollection, Labelled[]>;

/** Each held-out collection scored by models trained on `trainingFor` it (models trained once per distinct training set). */
function crossValidate(
  heldOut: readonly EvalCollection[],
  trainingFor: (held: EvalCollection) => readonly EvalCollection[],
  sets: Sets,
  runs: Runs,
  cols: Columns,
  s: Settings,
): Scored[] {
  const cache = new Map<string, Models>();
  return heldOut.flatMap((held) => {
    const training = trainingFor(held);
    const key = training.join(',');
    let m = cache.get(key);
    if (!m) {
      m = trainModels(
        training.flatMap((c) => runs.get(c)!),
        s,
      );
      cache.set(key, m);
    }
    return scoreWith(held, sets.get(held)!, m, cols);
  });
}

/** Leave one collection out: every training sentence scored by models that never saw its collection (nor any of `exclude`). */
export const leaveOneOut = (sets: Sets, runs: Runs, cols: Columns, s: Settings, exclude: readonly EvalCollection[] = []): Scored[] =>
  crossValidate(INDICATOR_TRAINING, (held) => INDICATOR_TRAINING.filter((c) => c !== held && !exclude.includes(c)), sets, runs, cols, s);

/** The time-ordered folds: each of TIME_ORDERED scored by models trained on the collections written before it (but `exclude`). */
export const timeOrdered = (sets: Sets, runs: Runs, cols: Columns, s: Settings, exclude: readonly EvalCollection[] = []): Scored[] =>
  crossValidate(TIME_ORDERED, (held) => INDICATOR_TRAINING.slice(0, INDICATOR_TRAINING.indexOf(held)).filter((c) => !exclude.includes(c)), sets, runs, cols, s);

export const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

const f2 = (x: number) => x.toFixed(3);
const cell = (c: Counts) => `${c.tp}/${c.fp}/${c.fn} (P ${f2(c.precision)}, R ${f2(c.recall)})`;

/** How many possible findings of a variant at a threshold overlap an expected item of their category (right or not in the code). */
export function categoryRight(rows: readonly Scored[], variant: Variant, threshold: number): number {
  let n = 0;
  for (const r of rows) {
    const spans = locate(r.sentence.text, r.sentence.indicators);
    for (const c of r.candidates) {
      if (c.variant !== variant || c.probability < threshold) continue;
      const cat = CATEGORY_OF.get(c.finding.code);
      if (spans.some((e) => CATEGORY_OF.get(e.code) === cat && e.start < c.finding.end && e.end > c.finding.start)) n++;
    }
  }
  return n;
}

/** Per variant and threshold: spotter + possible findings, and the possible findings alone (right / added). */
export function table(rows: readonly Scored[]): { text: string; grid: Map<string, { counts: Counts; base: Counts; added: number }> } {
  const base = overall(rows, 'category', Infinity).counts;
  const grid = new Map<string, { counts: Counts; base: Counts; added: number }>();
  const lines = [
    `spotter alone: ${cell(base)}`,
    '',
    '| variant | threshold | spotter + possible (TP/FP/FN) | possible findings right / added (precision) | of them on an item of their category |',
    '|---|---|---|---|---|',
  ];
  for (const v of VARIANTS)
    for (const t of THRESHOLDS) {
      const { counts, added } = overall(rows, v, t);
      grid.set(`${v}@${t}`, { counts, base, added });
      const right = counts.tp - base.tp;
      lines.push(`| ${v} | ${t} | ${cell(counts)} | ${right} / ${added} (${added === 0 ? '-' : f2(right / added)}) | ${categoryRight(rows, v, t)} |`);
    }
  return { text: lines.join('\n'), grid };
}

/** Per time-ordered fold, one setting: spotter alone, with the possible findings, and the possible findings' precision. */
export function foldTable(rows: readonly Scored[], v: Variant, t: number): string {
  const lines = [`| fold (${v} >= ${t}) | spotter alone | spotter + possible | possible right / added |`, '|---|---|---|---|'];
  for (const c of TIME_ORDERED) {
    const here = rows.filter((r) => r.collection === c);
    const base = overall(here, v, Infinity).counts;
    const { counts, added } = overall(here, v, t);
    lines.push(`| ${c} | ${cell(base)} | ${cell(counts)} | ${counts.tp - base.tp} / ${added} |`);
  }
  return lines.join('\n');
}

/** The selection rule: possible findings right at least 2 times in 3 in the time-ordered folds, and overall precision down by at most 0.02 there and in the pooled folds; of those, the most found. */
export function choose(
  loco: ReadonlyMap<string, { counts: Counts; base: Counts; added: number }> | null,
  time: ReadonlyMap<string, { counts: Counts; base: Counts; added: number }>,
): string | null {
  let best: string | null = null;
  let bestGain = 0;
  for (const [key, r] of time) {
    const gain = r.counts.tp - r.base.tp;
    if (r.added === 0 || gain / r.added < 2 / 3) continue;
    if (r.base.precision - r.counts.precision > 0.02) continue;
    const l = loco?.get(key);
    if (l && l.base.precision - l.counts.precision > 0.02) continue;
    if (gain > bestGain) [best, bestGain] = [key, gain];
  }
  return best;
}

/**
 * The one blind score of fresh32 (RESULTS.md session 19): models trained on all the training data, aggregates only.
 * Nothing of fresh32 but the counts is printed.
 */
export function blindFresh32(v: Variant, t: number, s: Settings): string {
  const sets = INDICATOR_TRAINING.map((c) => indicatorTrainingSentences(c));
  const cols = columnsOf(sets.flat());
  const m = trainModels(
    sets.flatMap((x) => labelledRuns(x, cols)),
    s,
  );
  const judge = loadEvalSet('indicators', 'fresh32');
  const rows = scoreWith('fresh32', judge, m, cols);
  const base = overall(rows, v, Infinity).counts;
  const { counts, added } = overall(rows, v, t);
  return `fresh32 (${judge.length} sentences), ${v} >= ${t}\nspotter alone: ${cell(base)}\nspotter + possible: ${cell(counts)}\npossible findings right / added: ${counts.tp - base.tp} / ${added}\n`;
}

function parseArgs(argv: readonly string[]): { s: Settings; loco: boolean; fresh32: [Variant, number] | null; exclude: readonly EvalCollection[] } {
  const opts = { ...DEFAULT_SETTINGS.opts };
  let floor = DEFAULT_SETTINGS.floor;
  let loco = true;
  let exclude: readonly EvalCollection[] = [];
  let fresh32: [Variant, number] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, v] = [argv[i]!, argv[i + 1] ?? ''];
    if (flag === '--no-loco') loco = false;
    else if (flag === '--fresh32') {
      if (!(VARIANTS as readonly string[]).includes(v)) throw new Error(`--fresh32 needs a variant (${VARIANTS.join(', ')}) and a threshold`);
      fresh32 = [v as Variant, Number(argv[i + 2])];
      i += 2;
    } else {
      i++;
      if (flag === '--epochs') opts.epochs = Number(v);
      else if (flag === '--l2') opts.l2 = Number(v);
      else if (flag === '--pos') opts.positiveWeight = Number(v);
      else if (flag === '--floor') floor = Number(v);
      else if (flag === '--min-count') opts.minCount = Number(v);
      else if (flag === '--pair-min-count') opts.pairMinCount = Number(v);
      else if (flag === '--exclude') {
        exclude = v === 'session22' ? SESSION22_ADDED : (v.split(',').filter((x) => x !== '') as EvalCollection[]);
        for (const c of exclude) if (!INDICATOR_TRAINING.includes(c)) throw new Error(`--exclude: ${c} is not a training collection`);
      } else throw new Error(`unknown argument ${flag}`);
    }
  }
  return { s: { opts, floor }, loco, fresh32, exclude };
}

if (process.argv[1]?.endsWith('indicator-classifier-cv.ts')) {
  const { s, loco, fresh32, exclude } = parseArgs(process.argv.slice(2));
  if (fresh32) {
    process.stdout.write(blindFresh32(fresh32[0], fresh32[1], s));
  } else {
    const t0 = performance.now();
    const sets = new Map(INDICATOR_TRAINING.map((c) => [c, indicatorTrainingSentences(c)]));
    const cols = columnsOf([...sets.values()].flat());
    const runs = new Map([...sets].map(([c, x]) => [c, labelledRuns(x, cols)]));
    const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
    process.stdout.write(
      `settings ${JSON.stringify(s)}; ${[...sets.values()].flat().length} sentences, ${[...runs.values()].flat().length} runs; ${cols.categories.length} categories, ${cols.codes.length} codes; excluded from training: ${exclude.join(', ') || 'none'}\n\n`,
    );
    const timeRows = timeOrdered(sets, runs, cols, s, exclude);
    const time = table(timeRows);
    process.stdout.write(`## Time-ordered folds (${TIME_ORDERED.join(', ')}), pooled (${secs()})\n\n${time.text}\n\n`);
    const addedOnly = (rows: readonly Scored[]) => table(rows.filter((r) => SESSION22_ADDED.includes(r.collection))).text;
    process.stdout.write(`### Of them, the folds added in session 22 (${SESSION22_ADDED.join(', ')})\n\n${addedOnly(timeRows)}\n\n`);
    let locoGrid: Map<string, { counts: Counts; base: Counts; added: number }> | null = null;
    if (loco) {
      const locoRows = leaveOneOut(sets, runs, cols, s, exclude);
      const l = table(locoRows);
      locoGrid = l.grid;
      process.stdout.write(`## Leave one collection out (${INDICATOR_TRAINING.length} folds), pooled (${secs()})\n\n${l.text}\n\n`);
      process.stdout.write(`### Of them, the folds added in session 22 (${SESSION22_ADDED.join(', ')})\n\n${addedOnly(locoRows)}\n\n`);
    }
    const chosen = choose(locoGrid, time.grid);
    process.stdout.write(`chosen by the rule: ${chosen ?? 'none (no setting passes)'}\n`);
    const [v, t] = chosen === null ? [CHOSEN_VARIANT, CHOSEN_THRESHOLD] : (chosen.split('@') as [Variant, string]);
    process.stdout.write(`\n${foldTable(timeRows, v, Number(t))}\n`);
  }
}
