import Graph from 'graphology';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { adjacencyFromEdges, adjacencyOf } from './adjacency.ts';
import { connectedComponents } from './components.ts';
import { plantedPartition } from './generate.ts';

describe('connectedComponents', () => {
  it('two triangles joined by a bridge, plus an isolated node and a separate pair', () => {
    const adj = adjacencyFromEdges(9, [0, 1, 0, 2, 3, 4, 3, 7], [1, 2, 2, 3, 4, 5, 5, 8], false);
    const c = connectedComponents(adj);
    expect(c.count).toBe(3);
    expect(Array.from(c.component)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 2]);
    expect(c.sizes).toEqual([6, 1, 2]);
  });

  it('counts weak components of a directed graph (direction ignored)', () => {
    // 0 -> 1 <- 2 is one weak component although 0 and 2 cannot reach each other.
    const c = connectedComponents(adjacencyFromEdges(4, [0, 2], [1, 1], true));
    expect(c.count).toBe(2);
    expect(c.sizes).toEqual([3, 1]);
  });

  it('handles the empty graph', () => {
    expect(connectedComponents(adjacencyFromEdges(0, [], [], false))).toEqual({ count: 0, component: new Int32Array(0), sizes: [] });
  });

  it('agrees with graphology-components on a sparse generated graph', () => {
    const g = plantedPartition({ nodes: 3_000, edges: 2_000, seed: 5 });
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < g.n; i++) graph.addNode(String(i));
    g.sources.forEach((s, e) => graph.addEdge(String(s), String(g.targets[e])));
    const ref = graphologyComponents(graph);
    const adj = adjacencyOf(graph);
    const mine = connectedComponents(adj);
    expect(mine.count).toBe(ref.length);
    // Same partition: every reference component maps to exactly one of ours, of the same size.
    for (const comp of ref) {
      const numbers = new Set(comp.map((id) => mine.component[Number(id)]));
      expect(numbers.size).toBe(1);
      expect(mine.sizes[[...numbers][0]!]).toBe(comp.length);
    }
  });
});
