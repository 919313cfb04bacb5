import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { adjacencyFromEdges, adjacencyOf, type Adjacency } from './adjacency.ts';
import { betweenness, defaultPivots } from './betweenness.ts';
import { plantedPartition } from './generate.ts';
import { seededRandom } from './random.ts';

const undirected = (n: number, edges: [number, number][]) =>
  adjacencyFromEdges(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
    false,
  );
const values = (adj: Adjacency) => Array.from(betweenness(adj).values);

// Hand-computed: raw betweenness divided by (n-1)(n-2)/2 for an undirected graph.
describe('exact betweenness on small graphs with known values', () => {
  it.each([
    [
      'path of 5',
      5,
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ],
      [0, 3 / 6, 4 / 6, 3 / 6, 0],
    ],
    [
      'star with 5 leaves',
      6,
      [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
        [0, 5],
      ],
      [1, 0, 0, 0, 0, 0],
    ],
    // a-b-c triangle, d-e-f triangle, bridge c-d: c and d each lie on the 3 x 3 = 9 paths across, 6 of them through both.
    [
      'two triangles and a bridge',
      6,
      [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [3, 5],
      ],
      [0, 0, 6 / 10, 6 / 10, 0, 0],
    ],
    [
      'cycle of 4 (two shortest paths per opposite pair)',
      4,
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ],
      [1 / 6, 1 / 6, 1 / 6, 1 / 6],
    ],
    [
      'complete graph of 4',
      4,
      [
        [0, 1],
        [0, 2],
        [0, 3],
        [1, 2],
        [1, 3],
        [2, 3],
      ],
      [0, 0, 0, 0],
    ],
  ] as [string, number, [number, number][], number[]][])('%s', (_name, n, edges, expected) => {
    const got = values(undirected(n, edges));
    got.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i]!, 12);
    });
  });

  it('directed: a -> b -> c puts b on the one path from a to c', () => {
    const adj = adjacencyFromEdges(3, [0, 1], [1, 2], true);
    // One ordered pair (a, c) of (n-1)(n-2) = 2 goes through b.
    expect(Array.from(betweenness(adj).values)).toEqual([0, 0.5, 0]);
  });

  it('handles isolated nodes, one node and no nodes', () => {
    expect(values(undirected(4, [[0, 1]]))).toEqual([0, 0, 0, 0]);
    expect(values(undirected(1, []))).toEqual([0]);
    expect(values(undirected(0, []))).toEqual([]);
  });
});

function randomGraph(n: number, m: number, seed: number, type: 'directed' | 'undirected'): Graph {
  const r = seededRandom(seed);
  const g = new Graph({ type });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  while (g.size < m) {
    const a = String(Math.floor(r() * n));
    const b = String(Math.floor(r() * n));
    if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
  }
  return g;
}

describe('exact betweenness agrees with graphology-metrics', () => {
  it.each(['undirected', 'directed'] as const)('%s random graph of 300 nodes', (type) => {
    const g = randomGraph(300, 900, 7, type);
    const ref = graphologyBetweenness(g, { getEdgeWeight: null, normalized: true });
    const adj = adjacencyOf(g);
    const got = betweenness(adj);
    expect(got.method).toBe('exact');
    adj.ids.forEach((id, i) => {
      expect(got.values[i]).toBeCloseTo(ref[id]!, 10);
    });
  });
});

const topIndices = (v: Float64Array, k: number) => [...v.keys()].sort((a, b) => v[b]! - v[a]!).slice(0, k);

describe('sampled betweenness (Brandes & Pich 2007)', () => {
  // A mid-size graph with communities and heavy-tailed degrees: what the sampler is for.
  const g = plantedPartition({ nodes: 1_500, edges: 6_000, seed: 11 });
  const adj = adjacencyFromEdges(g.n, g.sources, g.targets, false);
  const exact = betweenness(adj);

  it('converges to the exact values within the reported bound, and closer with more pivots', () => {
    const errors = [50, 400].map((pivots) => {
      const s = betweenness(adj, { exactUpTo: 0, pivots, seed: 3 });
      expect(s.method).toBe('sampled');
      expect(s.pivots).toBe(pivots);
      let max = 0;
      let sum = 0;
      for (let v = 0; v < adj.n; v++) {
        const e = Math.abs(s.values[v]! - exact.values[v]!);
        max = Math.max(max, e);
        sum += e;
      }
      // The rigorous bound holds for every node at once; the largest standard error gives the practical scale.
      expect(max).toBeLessThanOrEqual(s.errorBound);
      expect(max).toBeLessThanOrEqual(3 * s.maxStandardError);
      // For the nodes that matter most (top 1% by exact betweenness) each node's own standard error covers its error.
      for (const v of topIndices(exact.values, Math.ceil(adj.n / 100)))
        expect(Math.abs(s.values[v]! - exact.values[v]!)).toBeLessThanOrEqual(3 * s.standardError[v]!);
      return { max, mean: sum / adj.n, bound: s.errorBound };
    });
    expect(errors[1]!.mean).toBeLessThan(errors[0]!.mean);
    expect(errors[1]!.bound).toBeLessThan(errors[0]!.bound);
  });

  it('finds the same top nodes as the exact computation', () => {
    const s = betweenness(adj, { exactUpTo: 0, pivots: 400, seed: 5 });
    const exactTop = topIndices(exact.values, 5);
    expect(topIndices(s.values, 5).filter((i) => exactTop.includes(i)).length).toBeGreaterThanOrEqual(4);
  });

  it('reports its seed, and the same seed gives the same values', () => {
    const a = betweenness(adj, { exactUpTo: 0, pivots: 30, seed: 42 });
    const b = betweenness(adj, { exactUpTo: 0, pivots: 30, seed: 42 });
    const c = betweenness(adj, { exactUpTo: 0, pivots: 30, seed: 43 });
    expect(a.seed).toBe(42);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('is exact, with no error, when there are no more nodes than pivots or exactUpTo', () => {
    const small = undirected(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const r = betweenness(small, { exactUpTo: 0, pivots: 5 });
    expect(r).toMatchObject({ method: 'exact', seed: null, errorBound: 0, maxStandardError: 0 });
  });

  it('takes 128 pivots by default at 10^5 nodes and 10^6 edges, more on smaller graphs, at most 1,000', () => {
    const sized = (n: number, arcs: number) => ({ n, ids: [], offsets: new Int32Array(0), targets: new Int32Array(arcs), directed: false });
    expect(defaultPivots(sized(100_000, 2_000_000))).toBe(128);
    expect(defaultPivots(sized(1_000_000, 20_000_000))).toBe(128);
    expect(defaultPivots(sized(20_000, 200_000))).toBe(1_000);
    expect(defaultPivots(sized(50_000, 1_000_000))).toBe(257);
    expect(betweenness(adj, { exactUpTo: 0 }).pivots).toBe(1_000);
  });

  it('refuses a sample too small to estimate a spread, and a confidence outside (0, 1)', () => {
    expect(() => betweenness(adj, { exactUpTo: 0, pivots: 1 })).toThrow(RangeError);
    expect(() => betweenness(adj, { confidence: 1 })).toThrow(RangeError);
  });
});
