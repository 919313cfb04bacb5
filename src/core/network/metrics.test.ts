import { describe, expect, it } from 'vitest';
import { edgeListGraph } from './graph.ts';
import { analyseNetwork, topNodes } from './metrics.ts';

const rows = (pairs: string) => pairs.split(' ').map((p) => ({ source: p.split('-')[0]!, target: p.split('-')[1]! }));

describe('analyseNetwork', () => {
  // Two triangles a-b-c and d-e-f joined by the bridge c-d, and a separate pair x-y.
  const g = edgeListGraph(rows('a-b b-c a-c c-d d-e e-f d-f x-y'));
  const r = analyseNetwork(g);
  const node = (id: string) => r.nodes.find((n) => n.id === id)!;

  it('gives degree, betweenness, community and component for every node', () => {
    expect(r.nodes).toHaveLength(8);
    // c lies on the 2 x 3 = 6 shortest paths from a or b to d, e or f, of (n-1)(n-2)/2 = 21 pairs.
    expect(node('c').degree).toBe(3);
    expect(node('c').betweenness).toBeCloseTo(6 / 21, 12);
    expect(node('a')).toMatchObject({ degree: 2, betweenness: 0 });
    expect(r.components).toBe(2);
    expect(r.largestComponent).toBe(6);
    expect(node('a').component).toBe(node('f').component);
    expect(node('x').component).not.toBe(node('a').component);
    expect(r.communities).toBe(3);
    expect(node('a').community).toBe(node('c').community);
    expect(node('d').community).toBe(node('f').community);
    expect(node('a').community).not.toBe(node('d').community);
    expect(r.betweenness).toMatchObject({ method: 'exact', pivots: 8, errorBound: 0 });
    expect(r.eigenvector.converged).toBe(true);
  });

  it('ranks with stable ties', () => {
    expect(topNodes(r.nodes, 'betweenness', 3).map((n) => n.id)).toEqual(['c', 'd', 'a']);
    expect(topNodes(r.nodes, 'degree', 2).map((n) => n.id)).toEqual(['c', 'd']);
  });

  it('uses directed shortest paths and in + out degree for a directed graph', () => {
    const d = analyseNetwork(edgeListGraph(rows('a-b b-c c-a'), { directed: true }));
    expect(d.directed).toBe(true);
    // In a directed 3-cycle each node lies on the one path between the other two in one direction: 1 of 2 ordered pairs.
    for (const n of d.nodes) expect(n).toMatchObject({ degree: 2, betweenness: 0.5 });
    expect(d.components).toBe(1);
  });

  it('samples betweenness above the exact limit and says so', () => {
    const big = analyseNetwork(g, { betweenness: { exactUpTo: 4, pivots: 4, seed: 7 } });
    expect(big.betweenness).toMatchObject({ method: 'sampled', pivots: 4, seed: 7 });
    expect(big.betweenness.errorBound).toBeGreaterThan(0);
  });
});
