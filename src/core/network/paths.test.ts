import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { exampleCaseNetwork, link, thing } from './example.ts';
import { buildNetwork } from './graph.ts';
import { shortestPaths } from './paths.ts';
import { seededRandom } from './random.ts';

const { entities, links } = exampleCaseNetwork();
const graph = buildNetwork(entities, links);

describe('shortestPaths', () => {
  it('finds the one shortest path between two children', () => {
    expect(shortestPaths(graph, 'c1', 'c5')).toEqual({ hops: 3, paths: [['c1', 'p1', 'ph1', 'c5']], total: 1 });
  });

  it('lists every shortest path when there are several, and caps the list', () => {
    // A diamond x - {y1, y2, y3} - z: three paths of two links.
    const nodes = ['x', 'y1', 'y2', 'y3', 'z'].map((id) => thing(id, 'location'));
    const edges = ['y1', 'y2', 'y3'].flatMap((y, i) => [link(`a${i}`, 'x', y, 'seen_at', 'confirmed'), link(`b${i}`, y, 'z', 'seen_at', 'confirmed')]);
    const g = buildNetwork(nodes, edges);
    expect(shortestPaths(g, 'x', 'z')).toEqual({
      hops: 2,
      paths: [
        ['x', 'y1', 'z'],
        ['x', 'y2', 'z'],
        ['x', 'y3', 'z'],
      ],
      total: 3,
    });
    expect(shortestPaths(g, 'x', 'z', { max: 2 })).toMatchObject({
      hops: 2,
      total: 3,
      paths: [
        ['x', 'y1', 'z'],
        ['x', 'y2', 'z'],
      ],
    });
  });

  it('uses only passing links and visible entities, and says when there is no path', () => {
    // Without the phone (hidden) the way from c1 to c5 goes through the group: c1 p1 g1 p2 c5.
    expect(shortestPaths(graph, 'c1', 'c5', { visible: (id) => id !== 'ph1' })).toEqual({ hops: 4, paths: [['c1', 'p1', 'g1', 'p2', 'c5']], total: 1 });
    expect(shortestPaths(graph, 'c1', 'c5', { visible: (id) => id !== 'ph1', filter: { minConfidence: 'reported' } })).toEqual({
      hops: null,
      paths: [],
      total: 0,
    });
  });

  it('gives a zero-length path from an entity to itself', () => {
    expect(shortestPaths(graph, 'c1', 'c1')).toEqual({ hops: 0, paths: [['c1']], total: 1 });
  });

  it.each([
    ['nobody', 'c1', 'from'],
    ['c1', 'nobody', 'to'],
  ])('refuses an unknown end (%s to %s)', (from, to, field) => {
    expect(() => shortestPaths(graph, from, to)).toThrow(ValidationError);
    try {
      shortestPaths(graph, from, to);
    } catch (e) {
      expect(Object.keys((e as ValidationError).fields)).toEqual([field]);
    }
  });

  it('refuses a cap outside 1..1000', () => {
    expect(() => shortestPaths(graph, 'c1', 'c5', { max: 0 })).toThrow(ValidationError);
  });

  it('agrees on path length with graphology-shortest-path on a random network', () => {
    const r = seededRandom(4);
    const nodes = Array.from({ length: 200 }, (_, i) => thing(`n${i}`, 'phone'));
    const edges = Array.from({ length: 300 }, (_, i) => link(`e${i}`, `n${Math.floor(r() * 100)}`, `n${100 + Math.floor(r() * 100)}`, 'called', 'confirmed'));
    const g = buildNetwork(nodes, edges);
    const plain = new Graph({ type: 'undirected' });
    g.forEachNode((id) => plain.addNode(id));
    g.forEachEdge((_e, _a, s, t) => plain.addEdge(s, t));
    for (let k = 0; k < 30; k++) {
      const a = `n${Math.floor(r() * 200)}`;
      const b = `n${Math.floor(r() * 200)}`;
      const ref = bidirectional(plain, a, b);
      const mine = shortestPaths(g, a, b, { max: 5 });
      expect(mine.hops).toBe(ref ? ref.length - 1 : null);
      for (const p of mine.paths) for (let i = 1; i < p.length; i++) expect(g.hasEdge(p[i - 1]!, p[i]!)).toBe(true);
    }
  });
});
