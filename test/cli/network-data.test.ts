import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEdgeCsv } from '../../src/cli/network.ts';
import { analyseNetwork, edgeListGraph, meanCentralityOverSnapshots, type MeanCentrality, type NodeMetrics } from '../../src/core/network/index.ts';

// Real covert networks from ../shared/data/networks (never copied into the repository): CAVIAR (Morselli 2009), the
// London street gang (Grund & Densley 2015) and the Montagna Mafia network. Skips, saying why, when the folder is absent.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.resolve(ROOT, '../shared/data/networks');
const file = (name: string) => path.join(DIR, name);
const present = fs.existsSync(file('caviar_phase01_edges.csv')) && fs.existsSync(file('caviar_aggregate_ucinet_edges.csv'));
if (!present) console.warn(`network-data.test.ts: skipped: the shared network data is not at ${DIR}`);

const phases = Array.from({ length: 11 }, (_, i) => `caviar_phase${String(i + 1).padStart(2, '0')}_edges.csv`);
const load = async (name: string, directed = false) => edgeListGraph((await readEdgeCsv(file(name))).rows, { directed });
const rank = <T extends { id: string }>(xs: readonly T[], key: (x: T) => number) =>
  [...xs].sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : 1)).map((x) => `n${x.id}`);

describe.skipIf(!present)('CAVIAR (Morselli 2009): the published centrality rankings are reproduced', () => {
  it('mean over the 11 phases (undirected, binarised): n1 first on degree, betweenness and eigenvector, n3 and n12 next', async () => {
    const graphs = await Promise.all(phases.map((p) => load(p)));
    // Sizes as published (caviar_published_results.md).
    expect(graphs.map((g) => [g.order, g.size])).toEqual([
      [15, 18],
      [24, 28],
      [33, 56],
      [33, 48],
      [32, 39],
      [27, 47],
      [36, 49],
      [42, 58],
      [34, 44],
      [42, 50],
      [41, 50],
    ]);
    const mean = meanCentralityOverSnapshots(graphs);
    expect(rank(mean, (m) => m.degree).slice(0, 6)).toEqual(['n1', 'n3', 'n12', 'n85', 'n76', 'n83']);
    expect(rank(mean, (m) => m.betweenness).slice(0, 6)).toEqual(['n1', 'n12', 'n3', 'n76', 'n87', 'n41']);
    expect(rank(mean, (m) => m.eigenvector).slice(0, 6)).toEqual(['n1', 'n3', 'n85', 'n76', 'n83', 'n8']);
    const at = (id: string) => mean.find((m) => m.id === id)!;
    // The published means (networkx 3.6.1), to their six decimals.
    const published: [string, keyof MeanCentrality, number][] = [
      ['1', 'degree', 0.601485],
      ['3', 'degree', 0.223505],
      ['12', 'degree', 0.170893],
      ['1', 'betweenness', 0.655051],
      ['12', 'betweenness', 0.167562],
      ['3', 'betweenness', 0.129403],
      ['1', 'eigenvector', 0.546391],
      ['3', 'eigenvector', 0.298095],
    ];
    for (const [id, key, value] of published) expect(at(id)[key]).toBeCloseTo(value, key === 'eigenvector' ? 3 : 6);
  });

  it('phases 4 and 5 (around the first seizure): the published top-8 degree and betweenness orders, up to ties', async () => {
    // The published lists break ties in networkx's node order; ours break them by id. So the check is that the published
    // list, valued by our figures, gives the same values position by position as our own top 8.
    const cases: [string, 'degree' | 'betweenness', string[]][] = [
      ['caviar_phase04_edges.csv', 'degree', ['n1', 'n83', 'n3', 'n89', 'n85', 'n8', 'n9', 'n86']],
      ['caviar_phase04_edges.csv', 'betweenness', ['n1', 'n89', 'n3', 'n83', 'n8', 'n107', 'n13', 'n86']],
      ['caviar_phase05_edges.csv', 'degree', ['n1', 'n12', 'n3', 'n31', 'n89', 'n85', 'n83', 'n5']],
      ['caviar_phase05_edges.csv', 'betweenness', ['n1', 'n12', 'n89', 'n83', 'n85', 'n31', 'n3', 'n4']],
    ];
    for (const [p, key, published] of cases) {
      const nodes = analyseNetwork(await load(p)).nodes;
      const value = (id: string) => nodes.find((n) => `n${n.id}` === id)![key];
      const ours = rank(nodes, (n: NodeMetrics) => n[key]).slice(0, 8);
      expect(published.map(value), `${p} ${key}`).toEqual(ours.map(value));
      expect(ours[0]).toBe('n1');
    }
  });

  it('aggregate 110-node network: the computed reference values (n1, then n12 and n3 on degree)', async () => {
    const a = analyseNetwork(await load('caviar_aggregate_ucinet_edges.csv'));
    expect([a.nodes.length, a.edges, a.components]).toEqual([110, 205, 1]);
    expect(rank(a.nodes, (n) => n.degree).slice(0, 3)).toEqual(['n1', 'n12', 'n3']);
    expect(rank(a.nodes, (n) => n.betweenness).slice(0, 5)).toEqual(['n1', 'n12', 'n87', 'n76', 'n3']);
    const ref = fs
      .readFileSync(file('caviar_aggregate_centrality_COMPUTED.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    for (const [id, degree, , bc] of ref) {
      const n = a.nodes.find((x) => x.id === id)!;
      expect(n.degree, `n${id ?? ''}`).toBe(Number(degree));
      expect(n.betweenness, `n${id ?? ''}`).toBeCloseTo(Number(bc), 5);
    }
  });
});

describe.skipIf(!present)('other covert networks load and analyse', () => {
  it.each([
    ['london_gang_edges.csv', 54, 315],
    ['montagna_cosa_nostra_edges.csv', null, null],
  ] as const)('%s', async (name, nodes, edges) => {
    const a = analyseNetwork(await load(name));
    if (nodes !== null) expect([a.nodes.length, a.edges]).toEqual([nodes, edges]);
    expect(a.communities).toBeGreaterThan(1);
    expect(a.modularity).toBeGreaterThan(0.1);
    expect(a.betweenness.method).toBe('exact');
  });
});
