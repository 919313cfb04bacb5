import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './random.ts';

// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
// large networks"): move nodes greedily to the neighbouring community that most raises modularity, fold communities
// into single nodes, repeat. graphology-communities-louvain visits nodes in a random order, so the seed is passed in and
// reported: the same seed gives the same communities.

export const DEFAULT_LOUVAIN_SEED = 20_261_128;

export type Communities = {
  /** Community of each node key, numbered 0.. by size (largest first), ties by first node in graph order. */
  community: Map<string, number>;
  count: number;
  modularity: number;
  seed: number;
};

export function louvainCommunities(graph: Graph, opts: { seed?: number; weight?: string | null; resolution?: number } = {}): Communities {
  const seed = (opts.seed ?? DEFAULT_LOUVAIN_SEED) >>> 0;
  const out = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: opts.weight ?? null, resolution: opts.resolution ?? 1 });
  // Renumber: the library's numbers depend on its internals; size order is stable and easier to read.
  const members = new Map<number, { size: number; first: number }>();
  let i = 0;
  graph.forEachNode((node) => {
    const c = out.communities[node]!;
    const m = members.get(c);
    if (m) m.size++;
    else members.set(c, { size: 1, first: i });
    i++;
  });
  const order = [...members.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first);
  const renumber = new Map(order.map(([c], k) => [c, k]));
  const community = new Map<string, number>();
  graph.forEachNode((node) => community.set(node, renumber.get(out.communities[node]!)!));
  return { community, count: order.length, modularity: Number.isNaN(out.modularity) ? 0 : out.modularity, seed };
}
