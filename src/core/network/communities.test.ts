import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { louvainCommunities } from './communities.ts';
import { plantedPartition } from './generate.ts';

function cliquesJoined(size: number, cliques: number): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let c = 0; c < cliques; c++) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) g.mergeEdge(`${c}.${i}`, `${c}.${j}`);
    if (c > 0) g.mergeEdge(`${c - 1}.0`, `${c}.0`);
  }
  return g;
}

describe('louvainCommunities (Blondel et al. 2008)', () => {
  it('finds each of three 5-cliques joined in a chain', () => {
    const r = louvainCommunities(cliquesJoined(5, 3));
    expect(r.count).toBe(3);
    for (let c = 0; c < 3; c++) {
      const ids = new Set([0, 1, 2, 3, 4].map((i) => r.community.get(`${c}.${i}`)));
      expect(ids.size).toBe(1);
    }
    expect(r.modularity).toBeGreaterThan(0.5);
  });

  it('is reproducible from its seed, which it reports', () => {
    const g = plantedPartition({ nodes: 2_000, edges: 10_000, seed: 2 });
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < g.n; i++) graph.addNode(String(i));
    g.sources.forEach((s, e) => graph.addEdge(String(s), String(g.targets[e])));
    const a = louvainCommunities(graph, { seed: 9 });
    const b = louvainCommunities(graph, { seed: 9 });
    expect(a.seed).toBe(9);
    expect([...a.community]).toEqual([...b.community]);
    // The planted communities are recovered: nodes placed together are mostly put together (pairs across edges).
    let agree = 0;
    g.sources.forEach((s, e) => {
      const t = g.targets[e]!;
      if ((g.community[s] === g.community[t]) === (a.community.get(String(s)) === a.community.get(String(t)))) agree++;
    });
    expect(agree / g.sources.length).toBeGreaterThan(0.85);
    expect(a.modularity).toBeGreaterThan(0.6);
  });

  it('numbers communities by size, largest first', () => {
    const g = cliquesJoined(4, 1);
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) g.mergeEdge(`big.${i}`, `big.${j}`);
    g.mergeEdge('0.0', 'big.0');
    const r = louvainCommunities(g);
    expect(r.community.get('big.3')).toBe(0);
    expect(r.community.get('0.3')).toBe(1);
  });

  it('gives every node its own community when there are no edges', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a');
    g.addNode('b');
    const r = louvainCommunities(g);
    expect(r.count).toBe(2);
    expect(r.modularity).toBe(0);
  });
});
