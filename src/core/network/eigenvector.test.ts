import Graph from 'graphology';
import graphologyEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import { describe, expect, it } from 'vitest';
import { adjacencyFromEdges, adjacencyOf } from './adjacency.ts';
import { eigenvectorCentrality } from './eigenvector.ts';

describe('eigenvectorCentrality', () => {
  it('converges on a star (bipartite, where plain power iteration oscillates); centre highest, leaves equal', () => {
    const r = eigenvectorCentrality(adjacencyFromEdges(5, [0, 0, 0, 0], [1, 2, 3, 4], false));
    expect(r.converged).toBe(true);
    // Leading eigenvector of a star with k leaves: centre sqrt(k) times each leaf; unit norm.
    expect(r.values[0]).toBeCloseTo(Math.SQRT1_2, 5);
    for (let i = 1; i < 5; i++) expect(r.values[i]).toBeCloseTo(Math.SQRT1_2 / 2, 5);
  });

  it('agrees with graphology-metrics on a connected non-bipartite graph', () => {
    const g = new Graph({ type: 'undirected' });
    const edges = ['a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'e-f', 'd-f', 'f-g', 'a-g', 'b-h'];
    for (const e of edges) {
      const [s, t] = e.split('-') as [string, string];
      g.mergeEdge(s, t);
    }
    const ref = graphologyEigenvector(g, { getEdgeWeight: null, tolerance: 1e-12, maxIterations: 10_000 });
    const adj = adjacencyOf(g);
    const mine = eigenvectorCentrality(adj, { tolerance: 1e-12, maxIterations: 10_000 });
    adj.ids.forEach((id, i) => {
      expect(mine.values[i]).toBeCloseTo(ref[id]!, 6);
    });
  });

  it('reports non-convergence instead of throwing', () => {
    const r = eigenvectorCentrality(adjacencyFromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4], false), { maxIterations: 2 });
    expect(r).toMatchObject({ converged: false, iterations: 2 });
  });
});
