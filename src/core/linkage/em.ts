// Estimating the model's parameters without labels. For each field and level, m = P(level | the records are the
// same person) and u = P(level | they are not); lambda = the share of candidate pairs that are matches. The comparison
// vectors are a mixture of the two classes, and expectation-maximisation finds the mixture that best explains them,
// assuming fields agree independently within each class.
// Fellegi & Sunter 1969 (JASA 64:1183) for m, u and the decision rule; Winkler 1988, "Using the EM algorithm for
// weight computation in the Fellegi-Sunter model of record linkage" (ASA Survey Research Methods) for EM on the
// counts of distinct comparison patterns; Dempster, Laird & Rubin 1977 for EM itself.
import type { Comparator } from './comparisons.ts';
import { seededRandom } from './random.ts';
import type { Features } from './values.ts';

/** Counts of comparison patterns (pattern number -> number of pairs). Dense when the pattern space is small. */
export class PatternCounter {
  private readonly dense: Float64Array | null;
  private readonly sparse = new Map<number, number>();
  total = 0;

  constructor(patternSpace: number) {
    this.dense = patternSpace <= 1 << 22 ? new Float64Array(patternSpace) : null;
  }

  add(pattern: number, count = 1): void {
    this.total += count;
    if (this.dense) this.dense[pattern]! += count;
    else this.sparse.set(pattern, (this.sparse.get(pattern) ?? 0) + count);
  }

  /** The distinct patterns seen and their counts. */
  entries(): { patterns: Float64Array; counts: Float64Array } {
    const ps: number[] = [];
    const cs: number[] = [];
    if (this.dense) {
      for (let p = 0; p < this.dense.length; p++) {
        const c = this.dense[p]!;
        if (c > 0) {
          ps.push(p);
          cs.push(c);
        }
      }
    } else
      for (const [p, c] of this.sparse) {
        ps.push(p);
        cs.push(c);
      }
    return { patterns: Float64Array.from(ps), counts: Float64Array.from(cs) };
  }
}

/** Per-field probabilities by level. Index 0 is the null level, which carries no evidence (m = u = 1). */
export type Probabilities = Float64Array[];

const PSEUDO = 0.5; // added to every level's count, so that no level has probability 0 (infinite weights)

function normalise(counts: readonly Float64Array[]): Probabilities {
  return counts.map((c) => {
    const p = new Float64Array(c.length);
    let total = 0;
    for (let l = 1; l < c.length; l++) total += c[l]! + PSEUDO;
    p[0] = 1;
    for (let l = 1; l < c.length; l++) p[l] = (c[l]! + PSEUDO) / total;
    return p;
  });
}

/**
 * u from pairs of records drawn at random (nearly all non-matches): every pair when there are at most `n`, else `n`
 * pairs drawn with the seed. Returns u per field and level, and how many pairs were compared.
 */
export function estimateU(features: Features, comparator: Comparator, n: number, seed: number): { u: Probabilities; pairs: number; exhaustive: boolean } {
  const counts = Array.from(comparator.nLevels, (L) => new Float64Array(L));
  const out = new Uint8Array(comparator.nLevels.length);
  const tally = (a: number, b: number) => {
    comparator.compare(a, b, out);
    for (let f = 0; f < out.length; f++) counts[f]![out[f]!]!++;
  };
  const { size, nLeft, linking } = features;
  const nRight = size - nLeft;
  const all = linking ? nLeft * nRight : (size * (size - 1)) / 2;
  let pairs = 0;
  if (all <= n) {
    for (let a = 0; a < (linking ? nLeft : size); a++) for (let b = linking ? nLeft : a + 1; b < size; b++) tally(a, b);
    pairs = all;
  } else {
    const random = seededRandom(seed);
    for (; pairs < n; pairs++) {
      if (linking) tally(Math.floor(random() * nLeft), nLeft + Math.floor(random() * nRight));
      else {
        const a = Math.floor(random() * size);
        let b = Math.floor(random() * (size - 1));
        if (b >= a) b++;
        tally(a, b);
      }
    }
  }
  return { u: normalise(counts), pairs, exhaustive: all <= n };
}

export type EmOptions = {
  maxIterations?: number;
  tolerance?: number;
  /** Keep u as given. */
  fixU?: boolean;
  /**
   * The patterns are the candidate pairs out of this many pairs in all; the others are taken to be non-matches, so
   * lambda is the share of matches among all pairs (u should then be fixed, from random pairs).
   */
  population?: number;
};
export type EmResult = { m: Probabilities; u: Probabilities; lambda: number; iterations: number; converged: boolean; logLikelihood: number };

/** Starting m: most of the mass on the strongest level, the rest spread thinly, the least on "else". */
export function initialM(nLevels: ArrayLike<number>): Probabilities {
  return Array.from(nLevels, (L) => {
    const m = new Float64Array(L);
    m[0] = 1;
    const agreeing = L - 2; // levels between null and else
    if (agreeing <= 0) {
      m[L - 1] = 1;
      return m;
    }
    m[1] = 0.8;
    for (let l = 2; l < L - 1; l++) m[l] = 0.15 / Math.max(1, agreeing - 1);
    m[L - 1] = agreeing === 1 ? 0.2 : 0.05;
    return m;
  });
}

/**
 * EM over distinct comparison patterns and their counts. `levels` holds each pattern's levels (pattern-major).
 * Starts from the given m, u and lambda; with fixU the u probabilities stay as given (e.g. from random pairs).
 */
export function expectationMaximisation(
  levels: Uint8Array,
  counts: Float64Array,
  nLevels: ArrayLike<number>,
  start: { m: Probabilities; u: Probabilities; lambda: number },
  opts: EmOptions = {},
): EmResult {
  const nf = nLevels.length;
  const np = counts.length;
  const maxIterations = opts.maxIterations ?? 100;
  const tolerance = opts.tolerance ?? 1e-6;
  let m: Probabilities = start.m.map((x) => Float64Array.from(x));
  let u: Probabilities = start.u.map((x) => Float64Array.from(x));
  let lambda = Math.min(0.999, Math.max(1e-12, start.lambda));
  const post = new Float64Array(np);
  let iterations = 0;
  let converged = false;
  let logLikelihood = -Infinity;
  for (; iterations < maxIterations;) {
    iterations++;
    // E-step: the probability that each pattern is a match.
    let ll = 0;
    for (let p = 0; p < np; p++) {
      let pm = lambda;
      let pu = 1 - lambda;
      const base = p * nf;
      for (let f = 0; f < nf; f++) {
        const l = levels[base + f]!;
        pm *= m[f]![l]!;
        pu *= u[f]![l]!;
      }
      const total = pm + pu;
      post[p] = total > 0 ? pm / total : 0;
      ll += counts[p]! * Math.log(total > 0 ? total : Number.MIN_VALUE);
    }
    logLikelihood = ll;
    // M-step: expected level counts in each class.
    const mCounts = Array.from(nLevels, (L) => new Float64Array(L));
    const uCounts = Array.from(nLevels, (L) => new Float64Array(L));
    let matches = 0;
    let all = 0;
    for (let p = 0; p < np; p++) {
      const c = counts[p]!;
      const g = post[p]! * c;
      matches += g;
      all += c;
      const base = p * nf;
      for (let f = 0; f < nf; f++) {
        const l = levels[base + f]!;
        mCounts[f]![l]! += g;
        uCounts[f]![l]! += c - g;
      }
    }
    const nextM = normaliseClassCounts(mCounts, matches);
    const nextU = opts.fixU ? u : normaliseClassCounts(uCounts, all - matches);
    const nextLambda = Math.min(0.999, Math.max(1e-12, matches / (opts.population ?? all)));
    let change = Math.abs(nextLambda - lambda);
    for (let f = 0; f < nf; f++) {
      for (let l = 1; l < nextM[f]!.length; l++) {
        change = Math.max(change, Math.abs(nextM[f]![l]! - m[f]![l]!), Math.abs(nextU[f]![l]! - u[f]![l]!));
      }
    }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { m, u, lambda, iterations, converged, logLikelihood };
}

// Class-conditional level probabilities from expected counts, with a small pseudo-count relative to the class size.
function normaliseClassCounts(counts: readonly Float64Array[], classSize: number): Probabilities {
  const eps = Math.max(1e-6, classSize * 1e-6);
  return counts.map((c) => {
    const p = new Float64Array(c.length);
    p[0] = 1;
    let total = 0;
    for (let l = 1; l < c.length; l++) total += c[l]! + eps;
    for (let l = 1; l < c.length; l++) p[l] = (c[l]! + eps) / total;
    return p;
  });
}
