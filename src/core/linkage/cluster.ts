// Clusters: records joined by links above the threshold, taken transitively (connected components), so that a person
// recorded five times by four agencies becomes one cluster. Union-find with union by size and path halving.
// Tarjan 1975, "Efficiency of a good but not linear set union algorithm" (JACM 22:215).

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins the sets of a and b; false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }
}

/**
 * Cluster id (0, 1, 2 ... in order of first record) of each of n records, joining a[i] and b[i] for every pair whose
 * probability is at least the threshold (every pair when no probabilities are given).
 */
export function connectedComponents(n: number, a: ArrayLike<number>, b: ArrayLike<number>, probability?: ArrayLike<number>, threshold = 0): Int32Array {
  const uf = new UnionFind(n);
  for (let i = 0; i < a.length; i++) if (!probability || probability[i]! >= threshold) uf.union(a[i]!, b[i]!);
  const id = new Int32Array(n).fill(-1);
  const out = new Int32Array(n);
  let next = 0;
  for (let r = 0; r < n; r++) {
    const root = uf.find(r);
    if (id[root] === -1) id[root] = next++;
    out[r] = id[root]!;
  }
  return out;
}
