import { seededRandom, type Random } from './random.ts';

// Seeded synthetic networks for tests and benchmarks: a planted partition with heavy-tailed degrees, closer to real
// contact networks than a uniform random graph. Edges fall inside communities with probability 1 - mixing and
// anywhere otherwise, their ends chosen in proportion to power-law node weights (a Chung-Lu model per community;
// Chung & Lu 2002; community sizes heavy-tailed as in the LFR benchmark, Lancichinetti, Fortunato & Radicchi 2008).

export type PlantedPartitionOptions = {
  nodes: number;
  edges: number;
  seed: number;
  /** Share of edges placed without regard to communities. */
  mixing?: number;
  /** Exponent of the power-law node weights (degrees follow it roughly). */
  degreeExponent?: number;
  minCommunity?: number;
  maxCommunity?: number;
};

export type GeneratedGraph = {
  n: number;
  /** Edge ends, each undirected edge once, no self-loops or duplicates. */
  sources: Int32Array;
  targets: Int32Array;
  /** The planted community of each node. */
  community: Int32Array;
  communities: number;
};

const powerLaw = (random: Random, min: number, exponent: number) => min * Math.pow(1 - random(), -1 / (exponent - 1));

// Smallest index i in [lo, hi) with cum[i + 1] > x, for cumulative weights cum (cum[0] = 0).
function search(cum: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi - 1) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function plantedPartition(o: PlantedPartitionOptions): GeneratedGraph {
  const n = o.nodes;
  const m = o.edges;
  if (!Number.isInteger(n) || n < 2) throw new RangeError('nodes must be a whole number of at least 2');
  if (!Number.isInteger(m) || m < 0 || m > (n * (n - 1)) / 4) throw new RangeError('edges must be at most a quarter of all possible pairs');
  const random = seededRandom(o.seed);
  const mixing = o.mixing ?? 0.1;
  const exponent = o.degreeExponent ?? 2.5;
  const minC = Math.min(n, o.minCommunity ?? 10);
  const maxC = Math.min(n, o.maxCommunity ?? Math.max(minC, Math.round(n / 50)));
  // Community sizes (power law, exponent 2) over consecutive nodes; node weights capped so that no node's expected
  // degree exceeds its community.
  const community = new Int32Array(n);
  const starts: number[] = [0];
  while (starts[starts.length - 1]! < n) {
    const size = Math.min(maxC, Math.round(powerLaw(random, minC, 2)));
    starts.push(Math.min(n, starts[starts.length - 1]! + size));
  }
  const c = starts.length - 1;
  for (let k = 0; k < c; k++) community.fill(k, starts[k], starts[k + 1]);
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + Math.min(powerLaw(random, 1, exponent), Math.sqrt(n));
  const ccum = new Float64Array(c + 1);
  for (let k = 0; k < c; k++) ccum[k + 1] = ccum[k]! + (cum[starts[k + 1]!]! - cum[starts[k]!]!);
  // Random labels, so that communities are not runs of consecutive ids (which would flatter memory locality).
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) label[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = label[i]!;
    label[i] = label[j]!;
    label[j] = t;
  }
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const seen = new Set<number>();
  let count = 0;
  let attempts = 0;
  while (count < m) {
    if (++attempts > 50 * m + 1000) throw new RangeError('could not place that many edges: lower edges or mixing');
    let lo = 0;
    let hi = n;
    if (random() >= mixing) {
      const k = search(ccum, 0, c, random() * ccum[c]!);
      lo = starts[k]!;
      hi = starts[k + 1]!;
      if (hi - lo < 2) continue;
    }
    const a = search(cum, lo, hi, cum[lo]! + random() * (cum[hi]! - cum[lo]!));
    const b = search(cum, lo, hi, cum[lo]! + random() * (cum[hi]! - cum[lo]!));
    if (a === b) continue;
    const x = label[a]!;
    const y = label[b]!;
    const key = x < y ? x * n + y : y * n + x;
    if (seen.has(key)) continue;
    seen.add(key);
    sources[count] = x;
    targets[count] = y;
    count++;
  }
  const labelled = new Int32Array(n);
  for (let i = 0; i < n; i++) labelled[label[i]!] = community[i]!;
  return { n, sources, targets, community: labelled, communities: c };
}
