import type Graph from 'graphology';

// A compact adjacency (compressed sparse rows over typed arrays) for the heavy loops: betweenness, components and
// hop-limited walks over 10^5 nodes and 10^6 edges run on integers, not on graphology's string-keyed maps.
// Node i's neighbours are targets[offsets[i] .. offsets[i + 1]). Undirected edges are stored in both directions;
// directed edges only from source to target (out-neighbours). Self-loops are dropped: they lie on no shortest path.

export type Adjacency = {
  readonly n: number;
  /** The node keys, by index. */
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly directed: boolean;
};

/** Builds the adjacency from parallel arrays of edge end indices (each edge once), for nodes 0 .. n-1. */
export function adjacencyFromEdges(n: number, sources: ArrayLike<number>, targets: ArrayLike<number>, directed: boolean, ids?: readonly string[]): Adjacency {
  if (sources.length !== targets.length) throw new RangeError('sources and targets must have the same length');
  const m = sources.length;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (a === b) continue;
    if (a < 0 || a >= n || b < 0 || b >= n) throw new RangeError(`edge ${e} has an end outside 0..${n - 1}`);
    degree[a]!++;
    if (!directed) degree[b]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const out = new Int32Array(offsets[n]!);
  for (let e = 0; e < m; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (a === b) continue;
    out[fill[a]!++] = b;
    if (!directed) out[fill[b]!++] = a;
  }
  return { n, ids: ids ?? Array.from({ length: n }, (_, i) => String(i)), offsets, targets: out, directed };
}

/**
 * The adjacency of a graphology graph, in its node order. A directed graph gives out-neighbours; in a mixed graph
 * undirected edges go both ways. `undirected: true` reads every edge both ways (direction ignored). Parallel edges
 * between the same pair are kept once.
 */
export function adjacencyOf(graph: Graph, opts: { undirected?: boolean } = {}): Adjacency {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const directed = graph.type !== 'undirected' && opts.undirected !== true;
  const sources: number[] = [];
  const targets: number[] = [];
  const seen = new Set<number>();
  const add = (a: number, b: number) => {
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    sources.push(a);
    targets.push(b);
  };
  graph.forEachEdge((_edge, _attrs, source, target, _sa, _ta, undirectedEdge) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a === b) return;
    if (!directed) add(Math.min(a, b), Math.max(a, b));
    else {
      add(a, b);
      if (undirectedEdge) add(b, a);
    }
  });
  return adjacencyFromEdges(n, sources, targets, directed, ids);
}
