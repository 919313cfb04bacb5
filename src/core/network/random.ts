// Seeded pseudo-random numbers for the network analyses (sampled pivots, Louvain's move order, synthetic graphs), so that
// every result can be reproduced from the seed it reports. Core has no clock and no global randomness.
// mulberry32 (Tommy Ettinger, public domain): a small 32-bit generator, good enough for sampling, not for secrets.

export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct integers from [0, n), in random order: a partial Fisher-Yates shuffle. */
export function sampleIndices(n: number, k: number, random: Random): Int32Array {
  const m = Math.min(n, Math.max(0, Math.floor(k)));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, m);
}
