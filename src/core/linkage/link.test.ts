import { describe, expect, it } from 'vitest';
import { dedupeTruth, linkTruth } from '../../../test/fixtures/linkage-data.ts';
import { PEOPLE_SPEC, syntheticDedupe, syntheticLink } from '../../../test/fixtures/linkage-people.ts';
import { blockingRecall } from './blocking.ts';
import { connectedComponents } from './cluster.ts';
import { explainPair, linkRecords, type LinkResult } from './link.ts';
import { matchProbability, weightForProbability } from './score.ts';

// Small synthetic files (seeded), so these run on every test run without the public data sets.

function f1(result: LinkResult, truth: { keys: Set<number>; nRight: number }, threshold = 0.5) {
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < result.pairs.count; k++) {
    if (result.pairs.probability[k]! < threshold) continue;
    if (truth.keys.has(result.pairs.left[k]! * truth.nRight + result.pairs.right[k]!)) tp++;
    else fp++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / truth.keys.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

describe('linkRecords on synthetic people', () => {
  const dedupe = syntheticDedupe({ seed: 11, records: 3_000 });
  const truth = dedupeTruth(Array.from(dedupe.person, String));
  const result = linkRecords(dedupe.table, null, PEOPLE_SPEC, { seed: 3 });

  it('finds the duplicates with high precision and recall', () => {
    const acc = f1(result, truth);
    expect(acc.precision).toBeGreaterThan(0.97);
    expect(acc.recall).toBeGreaterThan(0.9);
  });

  it('estimates about as many matching pairs as there are (lambda over all pairs)', () => {
    expect(result.params.expectedMatches).toBeGreaterThan(truth.keys.size * 0.85);
    expect(result.params.expectedMatches).toBeLessThan(truth.keys.size * 1.15);
    expect(result.params.em.converged).toBe(true);
  });

  it('learns that exact agreement is evidence for a match and disagreement against', () => {
    for (const f of result.params.fields) {
      const exact = f.levels.find((l) => l.label === 'exact')!;
      const other = f.levels[f.levels.length - 1]!;
      expect(other.label).toBe('else');
      expect(exact.weight).toBeGreaterThan(3);
      expect(other.weight).toBeLessThan(0);
      expect(exact.m).toBeGreaterThan(exact.u);
    }
  });

  it('explains every kept pair: the prior plus each field weight is the match weight', () => {
    expect(result.pairs.count).toBeGreaterThan(100);
    for (let k = 0; k < result.pairs.count; k += 37) {
      const e = explainPair(result, k);
      expect(e.fields.map((f) => f.column)).toEqual(PEOPLE_SPEC.fields.map((f) => f.column));
      const sum = e.fields.reduce((s, f) => s + f.weight + f.termFrequency, e.prior);
      expect(sum).toBeCloseTo(result.pairs.weight[k]!, 9);
      expect(e.weight).toBeCloseTo(result.pairs.weight[k]!, 9);
      expect(e.probability).toBeCloseTo(result.pairs.probability[k]!, 12);
      for (const f of e.fields) expect(f.label).toBe(result.params.fields.find((p) => p.column === f.column)!.levels[f.level]!.label);
    }
  });

  it('keeps only pairs at or above the threshold, each pair once, in file order', () => {
    const seen = new Set<number>();
    for (let k = 0; k < result.pairs.count; k++) {
      expect(result.pairs.probability[k]).toBeGreaterThanOrEqual(0.5);
      expect(result.pairs.left[k]).toBeLessThan(result.pairs.right[k]!);
      const key = result.pairs.left[k]! * 3_000 + result.pairs.right[k]!;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('is repeatable: same input and seed, same pairs and parameters', () => {
    const again = linkRecords(dedupe.table, null, PEOPLE_SPEC, { seed: 3 });
    expect(again.pairs.weight).toEqual(result.pairs.weight);
    expect(again.params).toEqual(result.params);
  });

  it('clusters duplicates transitively', () => {
    const clusters = connectedComponents(dedupe.table.ids.length, result.pairs.left, result.pairs.right);
    const implied = dedupeTruth(Array.from(clusters, String));
    let tp = 0;
    for (const k of implied.keys) if (truth.keys.has(k)) tp++;
    expect(tp / truth.keys.size).toBeGreaterThanOrEqual(f1(result, truth).recall);
    expect(tp / implied.keys.size).toBeGreaterThan(0.95);
  });
});

describe('linkRecords linking two files', () => {
  const data = syntheticLink({ seed: 5, people: 1_500 });
  const truth = linkTruth(Array.from(data.leftPerson, String), Array.from(data.rightPerson, String));
  const result = linkRecords(data.left, data.right, PEOPLE_SPEC, { threshold: 0.5 });

  it('links the people in both files and no others', () => {
    const acc = f1(result, truth);
    expect(acc.precision).toBeGreaterThan(0.97);
    expect(acc.recall).toBeGreaterThan(0.9);
    for (let k = 0; k < result.pairs.count; k++) {
      expect(result.pairs.left[k]).toBeLessThan(1_500);
      expect(result.pairs.right[k]).toBeLessThan(1_500);
    }
  });

  it('blocks the true pairs (blocking recall) before any scoring', () => {
    const n = result.features.nLeft;
    const recall = blockingRecall(
      result.blocking,
      truth.a,
      Int32Array.from(truth.b, (b) => b + n),
    );
    expect(recall.recall).toBeGreaterThan(0.97);
    expect(recall.byRule.length).toBe(result.blocking.rules.length);
    expect(result.blockingStats.candidatePairs).toBeLessThan(result.blockingStats.totalPairs / 20);
  });
});

describe('linkRecords input checks', () => {
  it('names a missing column', () => {
    expect(() => linkRecords({ ids: ['1'], columns: {} }, null, PEOPLE_SPEC)).toThrow(/no column "first_name"/);
  });
  it('rejects a threshold that is not a probability', () => {
    const t = syntheticDedupe({ seed: 1, records: 20 }).table;
    expect(() => linkRecords(t, null, PEOPLE_SPEC, { threshold: 1.5 })).toThrow(RangeError);
  });
});

describe('match probability', () => {
  it.each([
    [0, 0.5],
    [1, 2 / 3],
    [-1, 1 / 3],
    [10, 1024 / 1025],
  ])('weight %f -> probability %f', (w, p) => {
    expect(matchProbability(w)).toBeCloseTo(p, 12);
    expect(weightForProbability(p)).toBeCloseTo(w, 9);
  });
});
