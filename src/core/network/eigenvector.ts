import type { Adjacency } from './adjacency.ts';

// Eigenvector centrality: a node is central when its neighbours are (Bonacich 1972). Power iteration on A + I, as
// networkx does: the shift keeps the iteration from oscillating on bipartite graphs (a star, a path), where plain
// power iteration on A never settles; A and A + I have the same leading eigenvector. Values have unit Euclidean norm.
// Unweighted, on the undirected view of the network (give it an undirected adjacency).

export type EigenvectorResult = { values: Float64Array; iterations: number; converged: boolean };

export function eigenvectorCentrality(adj: Adjacency, opts: { maxIterations?: number; tolerance?: number } = {}): EigenvectorResult {
  const { n, offsets, targets } = adj;
  const maxIterations = opts.maxIterations ?? 1000;
  const tolerance = opts.tolerance ?? 1e-6;
  let x = new Float64Array(n).fill(n ? 1 / n : 0);
  for (let it = 1; it <= maxIterations; it++) {
    const last = x;
    x = Float64Array.from(last);
    for (let v = 0; v < n; v++) {
      const xv = last[v]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const u = targets[i]!;
        x[u] = x[u]! + xv;
      }
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += x[v]! * x[v]!;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      x[v] = x[v]! / norm;
      change += Math.abs(x[v]! - last[v]!);
    }
    if (change < n * tolerance) return { values: x, iterations: it, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}
