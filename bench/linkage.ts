// Record-linkage figures for the benchmark (issue 5, "Matching across agencies"): accuracy of core/linkage on the public
// benchmarks (FEBRL4 link, FEBRL3 dedupe, Splink's fake_1000) beside Splink's published figures, blocking recall on
// its own, the estimated m/u; throughput in scored candidate pairs per second against a naive per-pair object-based
// comparison measured in the same run; and how time grows with 10k, 100k and 1M synthetic person records. No database.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { givenNameKeys, normaliseName } from '../src/core/identity/names.ts';
import {
  blockingRecall,
  Comparator,
  connectedComponents,
  editDistance,
  featuresFromTables,
  forEachCandidate,
  jaroWinkler,
  linkFeatures,
  matchProbability,
  nysiis,
  parseDateParts,
  postcodeParts,
  type LinkParams,
  type LinkProgress,
  type LinkResult,
  type LinkSpec,
  type RecordTable,
} from '../src/core/linkage/index.ts';
import { dayNumber, normaliseDate, normalisePostcodeValue } from '../src/core/linkage/normalise.ts';
import { pairWeight } from '../src/core/linkage/score.ts';
import {
  accuracyAt,
  type Accuracy,
  bestF1,
  dedupeTruth,
  FAKE_1000_FIELDS,
  FAKE_1000_SPEC,
  FEBRL_DIR,
  FEBRL_FIELDS,
  FEBRL_SPEC,
  febrlPerson,
  hasLinkageData,
  linkTruth,
  publishedSplink,
  publishedSplinkAt,
  readTable,
  SHARED_DATA,
  SPLINK_DIR,
  type Truth,
} from '../test/fixtures/linkage-data.ts';
import { PEOPLE_SPEC, syntheticDedupe } from '../test/fixtures/linkage-people.ts';
import type { Section, Table } from './report.ts';
import { fmtRatio, ratio } from './stats.ts';

export type LinkageParams = {
  seed: number;
  scale: number;
  /** Synthetic records for the growth table (ascending). */
  sizes: number[];
  /** Synthetic records whose candidate pairs the throughput is measured on. */
  throughputRecords: number;
  passes: number;
  /** Candidate pairs the naive baseline runs over (it is slow). */
  naivePairs: number;
};

export const LINKAGE_SECTION_TITLE = 'Record linkage: accuracy on FEBRL and Splink data, throughput, growth';
const KEY = {
  accuracy: 'Record linkage accuracy',
  throughput: 'Record linkage throughput',
  growth: 'Record linkage growth',
} as const;
export const ownsLinkageKey = (line: string): boolean => Object.values(KEY).some((k) => line.startsWith(k));

const THRESHOLDS = [0.5, 0.8, 0.9, 0.95, 0.99] as const;
const TARGET = { febrl4: 0.995, febrl3: 0.99, fake_1000: 0.9, pairsPerSec: 1_000_000 } as const;

const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');
const f4 = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : 'n/a');
const fs1 = (ms: number) => `${(ms / 1000).toFixed(ms >= 100_000 ? 0 : 1)} s`;
const fmtMu = (x: number) => (x >= 0.001 ? x.toFixed(4) : x.toExponential(2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, ms: number) => n / (ms / 1000);
const fmtRate = (r: number) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M` : `${n0(r / 1e3)} k`);

// ---------------------------------------------------------------------------------------------------
// Accuracy on the public data sets.

type DatasetRun = {
  name: string;
  splinkKey: 'febrl4' | 'febrl3' | 'fake_1000';
  task: string;
  fields: string;
  records: string;
  truth: Truth;
  result: LinkResult;
  ms: number;
  acc: Accuracy[];
  best: Accuracy;
  blockingRecall: number;
  clusters: Accuracy[] | null;
  target: number;
};

/** Pairwise accuracy of the clusters (connected components of the pairs at each threshold): every pair inside a cluster counts as linked. */
function clusterAccuracy(result: LinkResult, truth: Truth, n: number): Accuracy[] {
  return THRESHOLDS.map((threshold) => {
    const c = connectedComponents(n, result.pairs.left, result.pairs.right, result.pairs.probability, threshold);
    const implied = dedupeTruth(Array.from(c, String));
    let tp = 0;
    for (const k of implied.keys) if (truth.keys.has(k)) tp++;
    const precision = implied.keys.size ? tp / implied.keys.size : 1;
    const recall = tp / truth.keys.size;
    return { threshold, tp, fp: implied.keys.size - tp, fn: truth.keys.size - tp, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  });
}

function runDataset(
  name: string,
  splinkKey: DatasetRun['splinkKey'],
  task: string,
  fields: string,
  spec: LinkSpec,
  left: RecordTable,
  right: RecordTable | null,
  truth: Truth,
  target: number,
): DatasetRun {
  const t0 = performance.now();
  // Threshold 0.01 keeps the pairs for every threshold reported (and for the best-F1 search); labels only score.
  const result = linkFeatures(featuresFromTables(spec, left, right), spec, { threshold: 0.01 });
  const ms = performance.now() - t0;
  const nLeft = result.features.nLeft;
  const recall = blockingRecall(result.blocking, truth.a, right ? Int32Array.from(truth.b, (b) => b + nLeft) : truth.b).recall;
  return {
    name,
    splinkKey,
    task,
    fields,
    records: right ? `${n0(left.ids.length)} + ${n0(right.ids.length)}` : n0(left.ids.length),
    truth,
    result,
    ms,
    acc: accuracyAt(result, truth, THRESHOLDS),
    best: bestF1(result, truth),
    blockingRecall: recall,
    clusters: right ? null : clusterAccuracy(result, truth, left.ids.length),
    target,
  };
}

function publicData(log: (m: string) => void): DatasetRun[] {
  const runs: DatasetRun[] = [];
  const a4 = readTable(path.join(FEBRL_DIR, 'febrl_dataset4a.csv'), 'rec_id');
  const b4 = readTable(path.join(FEBRL_DIR, 'febrl_dataset4b.csv'), 'rec_id');
  runs.push(
    runDataset(
      'FEBRL4',
      'febrl4',
      'link 4a with 4b',
      FEBRL_FIELDS,
      FEBRL_SPEC,
      a4,
      b4,
      linkTruth(a4.ids.map(febrlPerson), b4.ids.map(febrlPerson)),
      TARGET.febrl4,
    ),
  );
  log(`   FEBRL4: F1 ${f4(runs[0]!.acc[0]!.f1)} at p >= 0.5 in ${fs1(runs[0]!.ms)}`);
  const d3 = readTable(path.join(FEBRL_DIR, 'febrl_dataset3.csv'), 'rec_id');
  runs.push(runDataset('FEBRL3', 'febrl3', 'de-duplicate', FEBRL_FIELDS, FEBRL_SPEC, d3, null, dedupeTruth(d3.ids.map(febrlPerson)), TARGET.febrl3));
  log(`   FEBRL3: F1 ${f4(runs[1]!.acc[0]!.f1)} at p >= 0.5 in ${fs1(runs[1]!.ms)}`);
  const fk = readTable(path.join(SPLINK_DIR, 'fake_1000.csv'), 'unique_id');
  const labels = fk.columns['cluster'] as string[];
  // The label column is left out of the records the model sees.
  const unlabelled: RecordTable = { ids: fk.ids, columns: Object.fromEntries(Object.entries(fk.columns).filter(([k]) => k !== 'cluster')) };
  runs.push(runDataset('fake_1000', 'fake_1000', 'de-duplicate', FAKE_1000_FIELDS, FAKE_1000_SPEC, unlabelled, null, dedupeTruth(labels), TARGET.fake_1000));
  log(`   fake_1000: F1 ${f4(runs[2]!.acc[0]!.f1)} at p >= 0.5 in ${fs1(runs[2]!.ms)}`);
  return runs;
}

function muTable(run: DatasetRun): Table {
  const rows: string[][] = [];
  for (const f of run.result.params.fields)
    f.levels
      .slice(1)
      .forEach((l, i) =>
        rows.push([i === 0 ? `${f.column} (${f.kind}${f.termFrequency ? ', TF' : ''})` : '', l.label, fmtMu(l.m), fmtMu(l.u), l.weight.toFixed(2)]),
      );
  return { header: [`${run.name}: field`, 'level', 'm', 'u', 'weight (log2 m/u)'], rows, left: 2 };
}

// ---------------------------------------------------------------------------------------------------
// The naive baseline: the same comparison levels written the straightforward way, on record objects, normalising,
// parsing and computing phonetic keys for every pair, and returning an object per pair.

type PersonRecord = { first_name: string; surname: string; dob: string; postcode: string };
type NaiveResult = { levels: Record<string, string>; weight: number; probability: number };

function naiveNameLevel(x: string, y: string, otherX: string, otherY: string, nicknames: boolean, countsSwap: boolean): string {
  const a = normaliseName(x);
  const b = normaliseName(y);
  if (a === '' || b === '') return 'null';
  if (a === b) return 'exact';
  const oa = normaliseName(otherX);
  const ob = normaliseName(otherY);
  const near = (p: string, q: string) => p === '' || p === q || jaroWinkler(p, q) >= 0.88;
  if ((a === ob && near(oa, b)) || (b === oa && near(ob, a))) return countsSwap || oa === '' || ob === '' ? 'swapped with the other name field' : 'null';
  const jw = jaroWinkler(a, b);
  if (jw >= 0.95) return 'Jaro-Winkler >= 0.95';
  if (nicknames) {
    const groups = new Set(givenNameKeys(a).filter((k) => k.startsWith('grp:')));
    if (givenNameKeys(b).some((k) => groups.has(k))) return 'nickname or short form';
  }
  const na = nysiis(a);
  if (na !== '' && na === nysiis(b)) return 'same NYSIIS code';
  if (jw >= 0.88) return 'Jaro-Winkler >= 0.88';
  if (jw >= 0.7) return 'Jaro-Winkler >= 0.7';
  return 'else';
}

function naiveDateLevel(x: string, y: string): string {
  const a = normaliseDate(x);
  const b = normaliseDate(y);
  if (a === '' || b === '') return 'null';
  if (a === b) return 'exact';
  const p = parseDateParts(a);
  const q = parseDateParts(b);
  if (!p || !q) return 'else';
  if (p.year === q.year && (p.month === 0 || q.month === 0 || (p.month === q.month && (p.day === 0 || q.day === 0))))
    return 'agrees as far as the less precise date goes';
  if (p.year === q.year && p.month !== p.day && p.month && p.day && p.month === q.day && p.day === q.month) return 'day and month transposed';
  if (p.month && p.day && q.month && q.day && [p.year === q.year, p.month === q.month, p.day === q.day].filter(Boolean).length === 2)
    return 'one of day, month, year differs';
  const da = dayNumber(p);
  const db = dayNumber(q);
  if (!Number.isNaN(da) && !Number.isNaN(db) && Math.abs(da - db) <= 366) return 'within a year';
  return 'else';
}

function naivePostcodeLevel(x: string, y: string): string {
  const a = x.trim() === '' ? '' : normalisePostcodeValue(x);
  const b = y.trim() === '' ? '' : normalisePostcodeValue(y);
  if (a === '' || b === '') return 'null';
  if (a === b) return 'exact';
  if (editDistance(a, b, 1) <= 1) return 'one character different';
  const p = postcodeParts(a);
  const q = postcodeParts(b);
  if (p.district !== null && p.district === q.district) return 'same district';
  if (p.area !== null && p.area === q.area) return 'same area';
  return 'else';
}

/** The naive scorer: levels as above, weights from a Map, term-frequency adjustments looked up by value text. */
function naiveScorer(params: LinkParams, termFrequency: (column: string, value: string) => number): (x: PersonRecord, y: PersonRecord) => NaiveResult {
  const weights = new Map<string, number>();
  for (const f of params.fields) for (const l of f.levels) weights.set(`${f.column}|${l.label}`, l.weight);
  return (x, y) => {
    const levels: Record<string, string> = {
      first_name: naiveNameLevel(x.first_name, y.first_name, x.surname, y.surname, true, true),
      surname: naiveNameLevel(x.surname, y.surname, x.first_name, y.first_name, false, false),
      dob: naiveDateLevel(x.dob, y.dob),
      postcode: naivePostcodeLevel(x.postcode, y.postcode),
    };
    let weight = params.prior;
    for (const [column, label] of Object.entries(levels)) {
      weight += weights.get(`${column}|${label}`) ?? 0;
      if (label === 'exact' && column !== 'dob') {
        const raw = x[column as keyof PersonRecord];
        weight += termFrequency(column, column === 'postcode' ? normalisePostcodeValue(raw) : normaliseName(raw));
      }
    }
    return { levels, weight, probability: matchProbability(weight) };
  };
}

function personRecords(t: RecordTable): PersonRecord[] {
  const c = t.columns;
  return t.ids.map((_, i) => ({
    first_name: c['first_name']![i] ?? '',
    surname: c['surname']![i] ?? '',
    dob: c['dob']![i] ?? '',
    postcode: c['postcode']![i] ?? '',
  }));
}

type Pass = { name: string; pairs: number; fn: () => number };

function throughput(p: LinkageParams, log: (m: string) => void, febrl4: DatasetRun | undefined) {
  const data = syntheticDedupe({ seed: p.seed + 1, records: p.throughputRecords });
  const features = featuresFromTables(PEOPLE_SPEC, data.table, null);
  const result = linkFeatures(features, PEOPLE_SPEC, {});
  const comparator = new Comparator(features, PEOPLE_SPEC.fields);
  // The candidate pairs, once, so that the passes that do not enumerate see exactly the same pairs.
  const ca: number[] = [];
  const cb: number[] = [];
  forEachCandidate(result.blocking, (a, b) => {
    ca.push(a);
    cb.push(b);
  });
  const A = Int32Array.from(ca);
  const B = Int32Array.from(cb);
  const nf = PEOPLE_SPEC.fields.length;
  const lv = new Uint8Array(nf);
  // Term-frequency adjustments for the naive scorer: a map per field from value text to the fast path's adjustment.
  const byText = PEOPLE_SPEC.fields.map((_, i) => {
    const m = new Map<string, number>();
    const table = result.model.termFrequency[i];
    if (!table) return m;
    for (let r = 0; r < features.size; r++) {
      const v = features.column[i]![r]!;
      if (v >= 0) m.set(features.values.text(v), table[v]!);
    }
    return m;
  });
  const naive = naiveScorer(result.params, (column, value) => byText[PEOPLE_SPEC.fields.findIndex((f) => f.column === column)]?.get(value) ?? 0);
  const records = personRecords(data.table);
  const naiveN = Math.min(p.naivePairs, A.length);

  // Differential check: the naive scorer and the fast path agree on every level and weight of the naive sample.
  let sameLevels = 0;
  let maxWeightDiff = 0;
  for (let k = 0; k < naiveN; k++) {
    comparator.compare(A[k]!, B[k]!, lv);
    const fast = PEOPLE_SPEC.fields.map((f, i) => comparator.fields[i]!.labels[lv[i]!]!);
    const slow = naive(records[A[k]!]!, records[B[k]!]!);
    if (fast.every((l, i) => l === slow.levels[PEOPLE_SPEC.fields[i]!.column])) sameLevels++;
    maxWeightDiff = Math.max(maxWeightDiff, Math.abs(pairWeight(result.model, comparator, lv, A[k]!) - slow.weight));
  }

  const febrl = febrl4?.result;
  const febrlComparator = febrl ? new Comparator(febrl.features, FEBRL_SPEC.fields) : null;
  const flv = new Uint8Array(FEBRL_SPEC.fields.length);
  const febrlPairs = febrl ? febrl.blockingStats.candidatePairs : 0;
  let sink = 0;
  const passes: Pass[] = [
    {
      name: `Lantern, the scoring pass: enumerate candidates, compare (typed arrays), weigh (${nf} person fields)`,
      pairs: A.length,
      fn: () => {
        let n = 0;
        forEachCandidate(result.blocking, (a, b) => {
          comparator.compare(a, b, lv);
          sink += pairWeight(result.model, comparator, lv, a);
          n++;
        });
        return n;
      },
    },
    {
      name: 'Lantern, compare and weigh only (candidate pairs from an array)',
      pairs: A.length,
      fn: () => {
        for (let k = 0; k < A.length; k++) {
          comparator.compare(A[k]!, B[k]!, lv);
          sink += pairWeight(result.model, comparator, lv, A[k]!);
        }
        return A.length;
      },
    },
    ...(febrl && febrlComparator
      ? [
          {
            name: `Lantern, the scoring pass on FEBRL4's candidates (${FEBRL_SPEC.fields.length} fields, with addresses)`,
            pairs: febrlPairs,
            fn: () => {
              let n = 0;
              forEachCandidate(febrl.blocking, (a, b) => {
                febrlComparator.compare(a, b, flv);
                sink += pairWeight(febrl.model, febrlComparator, flv, a);
                n++;
              });
              return n;
            },
          },
        ]
      : []),
    {
      name: `Baseline: naive per-pair comparison of record objects (normalise, parse, phonetic keys, an object per pair), first ${n0(naiveN)} pairs`,
      pairs: naiveN,
      fn: () => {
        for (let k = 0; k < naiveN; k++) sink += naive(records[A[k]!]!, records[B[k]!]!).weight;
        return naiveN;
      },
    },
    {
      name: 'Ceiling: enumerating the candidate pairs only (blocking loop, no comparison)',
      pairs: A.length,
      fn: () => {
        let n = 0;
        forEachCandidate(result.blocking, () => {
          n++;
        });
        return n;
      },
    },
  ];
  for (const ps of passes) ps.fn(); // warm-up
  const times = passes.map(() => [] as number[]);
  for (let r = 0; r < p.passes; r++) {
    passes.forEach((ps, k) => {
      const t0 = performance.now();
      ps.fn();
      times[k]!.push(performance.now() - t0);
    });
    log(`   pass ${r + 1}: ${passes.map((ps, k) => fmtRate(rate(ps.pairs, times[k]![r]!))).join(' / ')} pairs/s`);
  }
  const rates = passes.map((ps, k) => rate(ps.pairs, median(times[k]!)));
  return { data, result, passes, times, rates, sameLevels, naiveN, maxWeightDiff, sink, candidates: A.length };
}

// ---------------------------------------------------------------------------------------------------
// Growth with the number of records.

type SizeRun = {
  records: number;
  people: number;
  genMs: number;
  featuresMs: number;
  stages: Partial<Record<LinkProgress['stage'], number>>;
  totalMs: number;
  candidates: number;
  dropped: string[];
  acc: Accuracy;
  blockingRecall: number;
  rssMB: number;
};

// Candidate pairs per second over the two passes (training compares them, or a sample; scoring weighs them, comparing
// again only those not compared in training).
const compareRate = (s: SizeRun) => rate(s.candidates, (s.stages.training ?? NaN) + (s.stages.scoring ?? NaN));

function growth(p: LinkageParams, log: (m: string) => void): SizeRun[] {
  const runs: SizeRun[] = [];
  for (const records of p.sizes) {
    let t = performance.now();
    const data = syntheticDedupe({ seed: p.seed, records });
    const genMs = performance.now() - t;
    t = performance.now();
    const features = featuresFromTables(PEOPLE_SPEC, data.table, null);
    const featuresMs = performance.now() - t;
    const marks: Partial<Record<LinkProgress['stage'], number>> = {};
    const t0 = performance.now();
    const result = linkFeatures(features, PEOPLE_SPEC, {
      threshold: 0.5,
      onProgress: (e) => {
        if (e.done === 0 || e.stage === 'done') marks[e.stage] ??= performance.now() - t0;
      },
    });
    const totalMs = performance.now() - t0;
    const truth = dedupeTruth(Array.from(data.person, String));
    const acc = accuracyAt(result, truth, [0.5])[0]!;
    const recall = blockingRecall(result.blocking, truth.a, truth.b).recall;
    const stages: Partial<Record<LinkProgress['stage'], number>> = {};
    const order: LinkProgress['stage'][] = ['blocking', 'sampling', 'training', 'estimating', 'scoring', 'done'];
    order.forEach((s, i) => {
      const next = order[i + 1];
      if (next && marks[s] !== undefined && marks[next] !== undefined) stages[s] = marks[next]! - marks[s]!;
    });
    const run: SizeRun = {
      records,
      people: new Set(data.person).size,
      genMs,
      featuresMs,
      stages,
      totalMs,
      candidates: result.blockingStats.candidatePairs,
      dropped: result.blockingStats.dropped.map((d) => d.name),
      acc,
      blockingRecall: recall,
      rssMB: process.resourceUsage().maxRSS / 1024,
    };
    runs.push(run);
    log(
      `   ${n0(records)} records: features ${fs1(featuresMs)}, link ${fs1(totalMs)} (${n0(run.candidates)} candidate pairs, ${fmtRate(compareRate(run))} pairs/s compared and scored), F1 ${f4(acc.f1)}, peak RSS ${n0(run.rssMB)} MB`,
    );
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------------
export async function linkageFigures(p: LinkageParams, log: (m: string) => void): Promise<{ section: Section; keys: string[] }> {
  const loadStart = os.loadavg()[0]!;
  const startedAt = performance.now();
  log(`linkage: FEBRL and fake_1000 accuracy, throughput on ${n0(p.throughputRecords)} synthetic records, growth at ${p.sizes.map(n0).join(', ')} records`);
  const have = hasLinkageData();
  const runs = have ? publicData(log) : [];
  if (!have) log(`   ${SHARED_DATA} not found: accuracy on the public data sets is skipped`);
  const tp = throughput(p, log, runs[0]);
  const sizes = growth(p, log);
  const sectionSeconds = (performance.now() - startedAt) / 1000;
  const loadEnd = os.loadavg()[0]!;

  // -- Tables.
  const tables: Table[] = [];
  if (runs.length) {
    tables.push({
      header: [
        'Data set',
        'task',
        'records',
        'true pairs',
        'candidate pairs (share of all pairs)',
        'blocking recall',
        'matching pairs estimated by EM (λ × all pairs)',
        'rules used / left out',
        'time',
      ],
      rows: runs.map((r) => [
        r.name,
        r.task,
        r.records,
        n0(r.truth.keys.size),
        `${n0(r.result.blockingStats.candidatePairs)} (${((r.result.blockingStats.candidatePairs / r.result.blockingStats.totalPairs) * 100).toPrecision(2)}%)`,
        f4(r.blockingRecall),
        `${n0(r.result.params.expectedMatches)} (λ = ${r.result.params.lambda.toExponential(2)})`,
        `${r.result.blocking.rules.length} / ${r.result.blocking.dropped.length}`,
        fs1(r.ms),
      ]),
      left: 2,
    });
    const accRows: string[][] = [];
    for (const r of runs) {
      const published = publishedSplinkAt(r.splinkKey, THRESHOLDS);
      r.acc.forEach((a, i) => {
        const s = published?.[i];
        accRows.push([
          i === 0 ? r.name : '',
          `≥ ${a.threshold}`,
          f4(a.precision),
          f4(a.recall),
          f4(a.f1),
          s ? f4(s.f1) : 'n/a',
          r.clusters ? f4(r.clusters[i]!.f1) : '—',
          `${n0(a.tp)} / ${n0(a.fp)} / ${n0(a.fn)}`,
        ]);
      });
      const sp = publishedSplink(r.splinkKey);
      accRows.push([
        '',
        `best (≥ ${r.best.threshold.toPrecision(3)})`,
        f4(r.best.precision),
        f4(r.best.recall),
        f4(r.best.f1),
        sp ? `${f4(sp.bestF1)} (≥ ${sp.bestAtProbability.toPrecision(2)})` : 'n/a',
        '',
        '',
      ]);
    }
    tables.push({
      header: ['Data set', 'match probability', 'precision', 'recall', 'F1', 'Splink F1 (published)', 'F1 of the clusters', 'TP / FP / FN'],
      rows: accRows,
      left: 2,
    });
    tables.push(muTable(runs[0]!));
    tables.push(muTable(runs[2]!));
  }
  const [scoring, compareOnly, ...rest] = tp.rates;
  const naiveRate = tp.rates[tp.passes.findIndex((x) => x.name.startsWith('Baseline'))]!;
  const enumRate = tp.rates[tp.rates.length - 1]!;
  const febrlRate = tp.passes.length === 5 ? rest[0]! : NaN;
  tables.push({
    header: ['Throughput (one core)', 'pairs', ...tp.times[0]!.map((_, i) => `pass ${i + 1}`), 'pairs/s (median)', 'scoring pass ÷ this row'],
    rows: tp.passes.map((ps, k) => [
      ps.name,
      n0(ps.pairs),
      ...tp.times[k]!.map((ms) => `${ms.toFixed(0)} ms`),
      fmtRate(tp.rates[k]!),
      fmtRatio(ratio(scoring!, tp.rates[k]!)),
    ]),
  });
  tables.push({
    header: [
      'Records',
      'people',
      'candidate pairs',
      'generate',
      'features',
      'blocking',
      'u (random pairs)',
      'compare candidates (training)',
      'EM',
      'scoring',
      'link total',
      'candidate pairs/s (both passes)',
      'time vs previous size',
      'F1 at p ≥ 0.5',
      'blocking recall',
      'peak RSS MB',
    ],
    rows: sizes.map((s, i) => {
      const prev = sizes[i - 1];
      const total = s.featuresMs + s.totalMs;
      return [
        n0(s.records),
        n0(s.people),
        n0(s.candidates),
        fs1(s.genMs),
        fs1(s.featuresMs),
        fs1(s.stages.blocking ?? NaN),
        fs1(s.stages.sampling ?? NaN),
        fs1(s.stages.training ?? NaN),
        `${(s.stages.estimating ?? NaN).toFixed(0)} ms`,
        fs1(s.stages.scoring ?? NaN),
        fs1(total),
        fmtRate(compareRate(s)),
        prev ? `${fmtRatio(ratio(total, prev.featuresMs + prev.totalMs))} for ${fmtRatio(s.records / prev.records)} records` : '—',
        f4(s.acc.f1),
        f4(s.blockingRecall),
        n0(s.rssMB),
      ];
    }),
  });

  // -- Key figures and bullets.
  const meets = runs.map((r) => r.acc[0]!.f1 >= r.target);
  const largest = sizes[sizes.length - 1];
  const keys = [
    runs.length
      ? `${KEY.accuracy} (pairwise F1 at match probability ≥ 0.5; Splink's published figure in brackets): ${runs
          .map(
            (r) =>
              `${r.name} ${r.task} **${f4(r.acc[0]!.f1)}** (${f4(publishedSplink(r.splinkKey)?.f1AtHalf ?? NaN)}; target ${r.target}: ${r.acc[0]!.f1 >= r.target ? 'met' : 'NOT met'})`,
          )
          .join(', ')}. Blocking recall ${runs.map((r) => `${r.name} ${f4(r.blockingRecall)}`).join(', ')}.`
      : `${KEY.accuracy}: not measured (${SHARED_DATA} not found).`,
    `${KEY.throughput}: **${fmtRate(scoring!)} scored candidate pairs/s** on one core (${PEOPLE_SPEC.fields.length} person fields; target ${fmtRate(TARGET.pairsPerSec)}: ${scoring! >= TARGET.pairsPerSec ? 'met' : 'not met'}), ${fmtRatio(ratio(scoring!, naiveRate))} the naive object-per-pair baseline${Number.isFinite(febrlRate) ? `; ${fmtRate(febrlRate)}/s on FEBRL4's 8 fields with addresses` : ''}.`,
    largest
      ? `${KEY.growth}: ${sizes.map((s) => `${n0(s.records)} records ${fs1(s.featuresMs + s.totalMs)}`).join(', ')} (features, blocking, EM and scoring; ${n0(largest.candidates)} candidate pairs and F1 ${f4(largest.acc.f1)} at ${n0(largest.records)}).`
      : `${KEY.growth}: not measured.`,
  ];

  const fmtGrowth = sizes.slice(1).map((s, i) => {
    const prev = sizes[i]!;
    return `${n0(prev.records)} → ${n0(s.records)} records: time ×${ratio(s.featuresMs + s.totalMs, prev.featuresMs + prev.totalMs).toFixed(1)}, candidate pairs ×${ratio(s.candidates, prev.candidates).toFixed(1)}`;
  });
  const section: Section = {
    title: LINKAGE_SECTION_TITLE,
    method: [
      `No database: core/linkage in Node on ${os.cpus()[0]?.model ?? 'this CPU'} (${os.availableParallelism()} cores), Node ${process.version}; 1-minute load average ${loadStart.toFixed(2)} at the start of this section and ${loadEnd.toFixed(2)} at the end; the section took ${Math.round(sectionSeconds)} s (LANTERN_BENCH_SCALE=${p.scale}). \`LANTERN_BENCH_ONLY=linkage npm run bench\` runs this section alone and merges it into this file.`,
      `**The model** (src/core/linkage/README.md): Fellegi-Sunter with comparison levels per field (exact, Jaro-Winkler bands, NYSIIS code, nicknames, names swapped; date parts and transpositions; postcode edits, district and area), blocking by a union of rules, u from ${n0(runs[0]?.result.params.randomPairs ?? 250_000)} seeded random pairs, and m and λ by expectation-maximisation over the candidate pairs, with the pairs no rule produced counted as non-matches (so λ is the share of matches among all pairs). **No labels are used to fit anything**: the labels (FEBRL's rec_id person number, fake_1000's \`cluster\` column, removed from the records the model sees) only score the output. Fields as a user would pass them to \`lantern link --fields\`: FEBRL \`${FEBRL_FIELDS}\`; fake_1000 \`${FAKE_1000_FIELDS}\`; types inferred from the names (src/core/linkage/fields.ts), default blocking rules (src/core/linkage/blocking.ts).`,
      `**Accuracy.** Pairwise, counted the way Splink's published tables count (their source files are in ${path.relative(process.cwd(), path.join(SHARED_DATA, 'splink_published_accuracy'))}): every true pair is a positive, so a pair that blocking missed is a false negative. FEBRL4: 5,000 + 5,000 records, rec-N-org in 4a matches rec-N-dup-0 in 4b. FEBRL3: 5,000 records, same N = same person. fake_1000: 1,000 records, the \`cluster\` column. The Splink column is Splink's published F1 at the first of its thresholds at or above ours (its best-F1 row for "best"). "F1 of the clusters" joins the pairs at the threshold into connected components (src/core/linkage/cluster.ts) and counts every pair inside a cluster as linked; it is how a case worker would see the result, but it is not what Splink's figure measures. Blocking recall is the share of true pairs that the blocking rules make candidates, before any scoring.`,
      `**Throughput.** Synthetic person records (test/fixtures/linkage-people.ts, seed ${p.seed + 1}): ${n0(p.throughputRecords)} records with duplicates (typing errors, nicknames and spelling variants, names swapped, day and month transposed, a wrong year or day, a house move, blanks), fields \`first_name,surname,dob,postcode\`. A scored candidate pair is one comparison vector (every field's level) and its match weight. The first row is the model's real scoring pass (src/core/linkage/link.ts: blocking enumeration, comparison on value ids, packed characters and per-value features, weight lookup); the second the same without the enumeration. Baseline in the same run: the same comparison levels written the straightforward way (bench/linkage.ts \`naiveScorer\`): record objects, every string normalised, every date parsed, NYSIIS codes and nickname keys computed for every pair, Jaro-Winkler on JavaScript strings, a label object per pair and a Map for the weights; it gave the same levels as the fast path for ${n0(tp.sameLevels)} of ${n0(tp.naiveN)} pairs, and weights within ${tp.maxWeightDiff.toExponential(1)}. A warm-up pass, then ${p.passes} interleaved passes; the rate is from the median pass.`,
      `**Growth.** The same generator (seed ${p.seed}) at ${p.sizes.map(n0).join(', ')} records, each about 0.67 of a person (1 + on average 0.5 duplicates). The whole pipeline in this process: features (normalising and interning every value), blocking (the default rules: strict combined rules always, broad single-field rules only within a budget of 5,000,000 candidate pairs), u from random pairs, the training pass (comparing every candidate, or a seeded sample of 2,000,000 when there are more), EM, and the scoring pass; times from the stage boundaries that linkFeatures reports. Peak RSS is the process's so far, so it includes the public data sets and the earlier sizes.`,
    ].join('\n\n'),
    tables,
    ratios: [
      ...(runs.length
        ? [
            `Against Splink's published figures, pairwise F1 at p ≥ 0.5: ${runs.map((r) => `${r.name} ${f4(r.acc[0]!.f1)} vs ${f4(publishedSplink(r.splinkKey)?.f1AtHalf ?? NaN)}`).join('; ')}. Best F1 over thresholds: ${runs.map((r) => `${r.name} ${f4(r.best.f1)} vs ${f4(publishedSplink(r.splinkKey)?.bestF1 ?? NaN)}`).join('; ')}. Targets (${runs.map((r) => `${r.name} ≥ ${r.target}`).join(', ')}): **${meets.every(Boolean) ? 'all met' : 'not all met'}**.`,
            `EM's estimate of how many pairs match, with no labels: ${runs.map((r) => `${r.name} ${n0(r.result.params.expectedMatches)} (true ${n0(r.truth.keys.size)})`).join(', ')}.`,
          ]
        : []),
      `Throughput: the scoring pass runs at ${fmtRate(scoring!)} pairs/s, ${fmtRatio(ratio(scoring!, naiveRate))} the naive baseline (${fmtRate(naiveRate)} pairs/s); comparing and weighing alone ${fmtRate(compareOnly!)} pairs/s; enumerating the candidates alone ${fmtRate(enumRate)} pairs/s.${Number.isFinite(febrlRate) ? ` On FEBRL4's candidates (8 fields, three of them free text such as street names, where Jaro-Winkler does the most work) ${fmtRate(febrlRate)} pairs/s.` : ''}`,
      `Growth: ${fmtGrowth.join('; ')}. ${largest ? `At ${n0(largest.records)} records the broad rules left out were: ${largest.dropped.length ? largest.dropped.join(', ') : 'none'}.` : ''}`,
    ],
    notes: [
      'One core, one process, garbage collection included; the machine is shared, so compare the ratios measured in the same run rather than the absolute rates.',
      'The synthetic records come from a generator written for this purpose (error rates of 15% per field and record): real agency extracts have other error patterns, so the synthetic F1 shows that the pipeline works at scale, not how accurate it will be on a given extract. The public data sets are the accuracy figures to compare.',
      'fake_1000 is small and heavily corrupted (names swapped in about a sixth of the true pairs, dates of birth years apart); its figures move by a few thousandths with the seed of the random pairs.',
    ],
    meaning: `${runs.length ? `On the three public benchmarks the linker ${meets.every(Boolean) ? 'meets every target and beats Splink’s published F1' : 'does not meet every target'} (${runs.map((r) => `${r.name} ${f4(r.acc[0]!.f1)}`).join(', ')} at p ≥ 0.5), with parameters estimated without labels. ` : ''}It scores ${fmtRate(scoring!)} candidate pairs per second on one core (${fmtRatio(ratio(scoring!, naiveRate))} a naive implementation of the same levels)${largest ? `, and links ${n0(largest.records)} records end to end in ${fs1(largest.featuresMs + largest.totalMs)}` : ''}.`,
  };
  return { section, keys };
}
