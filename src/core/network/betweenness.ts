import type { Adjacency } from './adjacency.ts';
import { sampleIndices, seededRandom } from './random.ts';

// Betweenness centrality: the share of shortest paths between other pairs that pass through a node. Unweighted (every
// link one step): link weights in case data count contacts or strength, not distance, so they are not path lengths.
// Brandes (2001), "A faster algorithm for betweenness centrality": one breadth-first search per source node, then
// dependencies accumulated back down the search order, O(nm) in all.
// Brandes & Pich (2007), "Centrality estimation in large networks": the same loop from k sampled source nodes
// (pivots), scaled by n/k, is an unbiased estimate; uniform random pivots did as well as cleverer choices.
// Values are normalised as networkx and graphology do: sum over ordered pairs of dependencies / ((n-1)(n-2)),
// so they run from 0 to 1 for undirected and directed graphs alike.

export const EXACT_BETWEENNESS_UP_TO = 5_000;
export const DEFAULT_SEED = 20_261_128;
// Default sample: as many pivots as fit in a fixed amount of work (nodes + arcs visited per pivot), between 128 and
// 1,000: 128 pivots on 10^5 nodes and 10^6 edges (about 5 s on one core here), up to 1,000 on smaller graphs.
export const PIVOT_WORK = 2.7e8;
export const MIN_DEFAULT_PIVOTS = 128;
export const MAX_DEFAULT_PIVOTS = 1_000;

/** The number of pivots used when none is given. */
export const defaultPivots = (adj: Adjacency): number =>
  Math.max(MIN_DEFAULT_PIVOTS, Math.min(MAX_DEFAULT_PIVOTS, Math.floor(PIVOT_WORK / (adj.n + adj.targets.length))));

export type BetweennessOptions = {
  /** Exact (every node a source) up to this many nodes, sampled above it. */
  exactUpTo?: number;
  /** Number of pivots when sampling (default: `defaultPivots`). */
  pivots?: number;
  /** Seed of the pivot sample; reported back so that a run can be repeated. */
  seed?: number;
  /** Confidence of the reported error bound. */
  confidence?: number;
};

export type BetweennessResult = {
  /** Normalised betweenness by node index of the adjacency. */
  values: Float64Array;
  method: 'exact' | 'sampled';
  pivots: number;
  /** The seed of the pivot sample (null when exact). */
  seed: number | null;
  confidence: number;
  /**
   * With probability at least `confidence`, every node's estimate is within this of its exact normalised value at
   * once (Hoeffding's inequality for each node's mean of per-pivot dependencies in [0, 1], union bound over all n
   * nodes). 0 when exact. A worst-case bound: the measured error is usually far smaller.
   */
  errorBound: number;
  /** Estimated standard error of each node's value (sample spread / sqrt(k), finite-population corrected); 0 when exact. */
  standardError: Float64Array;
  maxStandardError: number;
};

type Work = { dist: Int32Array; sigma: Float64Array; coef: Float64Array; order: Int32Array; succ: Int32Array; succEnd: Int32Array };

function newWork(adj: Adjacency): Work {
  const n = adj.n;
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coef: new Float64Array(n),
    order: new Int32Array(n),
    succ: new Int32Array(adj.targets.length),
    succEnd: new Int32Array(n),
  };
}

/**
 * Adds source `s`'s dependencies to `sum` (and their squares to `sumSq` when given). Visits only the nodes reachable
 * from `s`, and leaves the work arrays clean for the next source. The search writes each node's successors on
 * shortest paths (the arcs to the next level) into `succ` as it goes, so the way back reads only those arcs, in
 * order, instead of every arc with a level check: about half the random memory reads, twice as fast on 10^6 edges.
 */
function accumulate(adj: Adjacency, s: number, w: Work, sum: Float64Array, sumSq: Float64Array | null): void {
  const { offsets, targets } = adj;
  const { dist, sigma, coef, order, succ, succEnd } = w;
  let head = 0;
  let tail = 0;
  let k = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1;
  while (head < tail) {
    const v = order[head]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let i = offsets[v]!; i < end; i++) {
      const u = targets[i]!;
      const du = dist[u]!;
      if (du < 0) {
        dist[u] = next;
        sigma[u] = sv;
        order[tail++] = u;
        succ[k++] = u;
      } else if (du === next) {
        sigma[u] = sigma[u]! + sv;
        succ[k++] = u;
      }
    }
    succEnd[head++] = k;
  }
  // Back up the search order: delta(v) = sigma(v) * sum over successors u of (1 + delta(u)) / sigma(u).
  for (let j = tail - 1; j > 0; j--) {
    const v = order[j]!;
    const end = succEnd[j]!;
    let c = 0;
    for (let i = succEnd[j - 1]!; i < end; i++) c += coef[succ[i]!]!;
    const sv = sigma[v]!;
    const delta = sv * c;
    coef[v] = (1 + delta) / sv;
    sum[v] = sum[v]! + delta;
    if (sumSq) sumSq[v] = sumSq[v]! + delta * delta;
  }
  for (let j = 0; j < tail; j++) {
    const v = order[j]!;
    dist[v] = -1;
    sigma[v] = 0;
    coef[v] = 0;
  }
}

/**
 * Renumbers the nodes in breadth-first order, so that neighbours sit near each other in memory (about 15% faster on
 * large graphs, whose work arrays do not fit in the CPU cache). Returns the renumbered adjacency and old -> new.
 */
function breadthFirstRenumbering(adj: Adjacency): { adj: Adjacency; rank: Int32Array } {
  const { n, offsets, targets } = adj;
  const rank = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let tail = 0;
  for (let r = 0; r < n; r++) {
    if (rank[r]! >= 0) continue;
    let head = tail;
    rank[r] = tail;
    order[tail++] = r;
    while (head < tail) {
      const v = order[head++]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const u = targets[i]!;
        if (rank[u]! < 0) {
          rank[u] = tail;
          order[tail++] = u;
        }
      }
    }
  }
  const newOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    newOffsets[i + 1] = newOffsets[i]! + (offsets[v + 1]! - offsets[v]!);
  }
  const newTargets = new Int32Array(targets.length);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let k = newOffsets[i]!;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) newTargets[k++] = rank[targets[j]!]!;
  }
  return { adj: { n, ids: adj.ids, offsets: newOffsets, targets: newTargets, directed: adj.directed }, rank };
}

/** Exact betweenness up to `exactUpTo` nodes, sampled (with a reported seed and error bound) above. */
export function betweenness(adj: Adjacency, opts: BetweennessOptions = {}): BetweennessResult {
  const n = adj.n;
  const confidence = opts.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be between 0 and 1');
  const exactUpTo = opts.exactUpTo ?? EXACT_BETWEENNESS_UP_TO;
  const k = Math.floor(opts.pivots ?? defaultPivots(adj));
  const sum = new Float64Array(n);
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  if (n <= exactUpTo || k >= n) {
    const w = newWork(adj);
    for (let s = 0; s < n; s++) accumulate(adj, s, w, sum, null);
    for (let v = 0; v < n; v++) sum[v] = sum[v]! * norm;
    return { values: sum, method: 'exact', pivots: n, seed: null, confidence, errorBound: 0, standardError: new Float64Array(n), maxStandardError: 0 };
  }
  if (k < 2) throw new RangeError('sampled betweenness needs at least 2 pivots');
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const pivots = sampleIndices(n, k, seededRandom(seed));
  const { adj: renumbered, rank } = breadthFirstRenumbering(adj);
  const w = newWork(renumbered);
  const sumR = new Float64Array(n);
  const sumSqR = new Float64Array(n);
  for (const s of pivots) accumulate(renumbered, rank[s]!, w, sumR, sumSqR);
  const sumSq = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    sum[v] = sumR[rank[v]!]!;
    sumSq[v] = sumSqR[rank[v]!]!;
  }
  // Per pivot, X = delta_s(v) / (n - 2) lies in [0, 1]; the normalised value is n/(n-1) times the mean of X over all
  // sources, estimated by the mean over the pivots.
  const scale = n / (n - 1);
  const fpc = Math.sqrt((n - k) / (n - 1));
  const se = new Float64Array(n);
  let maxSe = 0;
  for (let v = 0; v < n; v++) {
    const mean = sum[v]! / k / (n - 2);
    const meanSq = sumSq[v]! / k / ((n - 2) * (n - 2));
    const variance = Math.max(0, ((meanSq - mean * mean) * k) / (k - 1));
    sum[v] = scale * mean;
    const e = scale * Math.sqrt(variance / k) * fpc;
    se[v] = e;
    if (e > maxSe) maxSe = e;
  }
  const errorBound = scale * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * k));
  return { values: sum, method: 'sampled', pivots: k, seed, confidence, errorBound, standardError: se, maxStandardError: maxSe };
}
