import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectationMaximisation, initialM, PatternCounter, type Probabilities } from './em.ts';
import { seededRandom } from './random.ts';

// A known model: three fields with 3, 4 and 5 levels (level 0 is "null" and carries no evidence).
const TRUE_M: Probabilities = [Float64Array.of(1, 0.9, 0.1), Float64Array.of(1, 0.7, 0.2, 0.1), Float64Array.of(1, 0.6, 0.2, 0.1, 0.1)];
const TRUE_U: Probabilities = [Float64Array.of(1, 0.05, 0.95), Float64Array.of(1, 0.01, 0.09, 0.9), Float64Array.of(1, 0.02, 0.03, 0.15, 0.8)];
const N_LEVELS = TRUE_M.map((m) => m.length);

function draw(random: () => number, p: Float64Array): number {
  let x = random();
  for (let l = 1; l < p.length; l++) {
    x -= p[l]!;
    if (x < 0) return l;
  }
  return p.length - 1;
}

/**
 * Comparison patterns drawn from the model (a share `missing` of values null), as distinct patterns and counts.
 * With `block`, only pairs that agree exactly on field 0 or field 1 are kept, as blocking would.
 */
function generate(seed: number, pairs: number, lambda: number, missing = 0, block = false) {
  const random = seededRandom(seed);
  const stride = [1, 3, 12];
  const counter = new PatternCounter(60);
  const lv = [0, 0, 0];
  for (let i = 0; i < pairs; i++) {
    const match = random() < lambda;
    let pattern = 0;
    for (let f = 0; f < 3; f++) {
      lv[f] = random() < missing ? 0 : draw(random, (match ? TRUE_M : TRUE_U)[f]!);
      pattern += lv[f]! * stride[f]!;
    }
    if (!block || lv[0] === 1 || lv[1] === 1) counter.add(pattern);
  }
  const { patterns, counts } = counter.entries();
  const levels = new Uint8Array(patterns.length * 3);
  patterns.forEach((p, i) => {
    levels[i * 3] = p % 3;
    levels[i * 3 + 1] = Math.floor(p / 3) % 4;
    levels[i * 3 + 2] = Math.floor(p / 12);
  });
  return { levels, counts, candidates: counter.total };
}

const flat = (ps: Probabilities) => ps.flatMap((p) => Array.from(p.subarray(1)));

describe('expectationMaximisation', () => {
  it('recovers known m, u and lambda from unlabelled comparison patterns', () => {
    const { levels, counts } = generate(42, 200_000, 0.1);
    const uniform = N_LEVELS.map((L) => Float64Array.from({ length: L }, (_, l) => (l === 0 ? 1 : 1 / (L - 1))));
    const r = expectationMaximisation(levels, counts, N_LEVELS, { m: initialM(N_LEVELS), u: uniform, lambda: 0.05 });
    expect(r.converged).toBe(true);
    expect(r.lambda).toBeCloseTo(0.1, 2);
    flat(r.m).forEach((m, i) => {
      expect(m).toBeCloseTo(flat(TRUE_M)[i]!, 1);
    });
    flat(r.u).forEach((u, i) => {
      expect(u).toBeCloseTo(flat(TRUE_U)[i]!, 2);
    });
  });

  it('handles missing values (null levels) without biasing m', () => {
    const { levels, counts } = generate(7, 200_000, 0.2, 0.3);
    const r = expectationMaximisation(levels, counts, N_LEVELS, { m: initialM(N_LEVELS), u: TRUE_U, lambda: 0.1 });
    expect(r.lambda).toBeCloseTo(0.2, 2);
    flat(r.m).forEach((m, i) => {
      expect(m).toBeCloseTo(flat(TRUE_M)[i]!, 1);
    });
  });

  it('with u fixed and a population, estimates lambda over all pairs from the blocked candidates only', () => {
    // 1,000,000 pairs, 1% matches; blocking keeps pairs that agree exactly on field 0 or 1 (97% of the matches:
    // the others miss both, 0.1 x 0.3), and EM sees only those.
    const { levels, counts, candidates } = generate(9, 1_000_000, 0.01, 0, true);
    expect(candidates).toBeLessThan(100_000);
    const r = expectationMaximisation(levels, counts, N_LEVELS, { m: initialM(N_LEVELS), u: TRUE_U, lambda: 0.001 }, { fixU: true, population: 1_000_000 });
    const expected = 1_000_000 * 0.01 * 0.97;
    expect(r.lambda * 1_000_000).toBeGreaterThan(expected * 0.95);
    expect(r.lambda * 1_000_000).toBeLessThan(expected * 1.05);
    expect(r.m[2]![1]).toBeCloseTo(TRUE_M[2]![1]!, 1); // the field not used for blocking
    expect(Array.from(r.u[1]!)).toEqual(Array.from(TRUE_U[1]!)); // untouched
  });

  it('keeps every probability strictly between 0 and 1 and each field summing to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 0.6, noNaN: true }), (seed, lambda) => {
        const { levels, counts } = generate(seed, 2_000, lambda);
        const r = expectationMaximisation(levels, counts, N_LEVELS, { m: initialM(N_LEVELS), u: TRUE_U, lambda: 0.1 }, { maxIterations: 30 });
        for (const p of [...r.m, ...r.u]) {
          let sum = 0;
          for (let l = 1; l < p.length; l++) {
            expect(p[l]).toBeGreaterThan(0);
            expect(p[l]).toBeLessThan(1);
            sum += p[l]!;
          }
          expect(sum).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('PatternCounter', () => {
  it('counts the same in its dense and sparse forms', () => {
    const dense = new PatternCounter(100);
    const sparse = new PatternCounter(2 ** 40);
    for (const p of [3, 3, 7, 99, 3]) {
      dense.add(p);
      sparse.add(p);
    }
    const a = dense.entries();
    const b = sparse.entries();
    const asMap = (e: { patterns: Float64Array; counts: Float64Array }) => new Map(Array.from(e.patterns, (p, i) => [p, e.counts[i]]));
    expect(asMap(a)).toEqual(
      new Map([
        [3, 3],
        [7, 1],
        [99, 1],
      ]),
    );
    expect(asMap(b)).toEqual(asMap(a));
    expect(dense.total).toBe(5);
  });
});
