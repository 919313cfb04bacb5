import { ValidationError } from '../errors.ts';
import { adjacencyOf } from './adjacency.ts';
import { betweenness, type BetweennessOptions, type BetweennessResult } from './betweenness.ts';
import { louvainCommunities } from './communities.ts';
import { filterNetwork, type NetworkGraph } from './graph.ts';
import { isChild, isSuspectedPerpetrator, type LinkFilter } from './types.ts';

// Key players among suspected perpetrators, two ways (Borgatti 2006, "Identifying sets of key players in a social
// network": reach and brokerage answer different questions):
// - reach: how many children are within k links, the people through whom most children can be reached or harmed;
// - brokerage: betweenness (Freeman 1977; Brandes 2001), and how many other Louvain communities the person links to,
//   the people who join otherwise separate groups (Morselli 2009 found CAVIAR's organiser first on both).
// A ranking is a prompt for professional judgement, not evidence: it reflects what has been recorded.

export type KeyPlayer = {
  id: string;
  degree: number;
  /** Children within `hops` links (not counting the person). */
  childrenReached: number;
  children: string[];
  /** Normalised betweenness on the (filtered) network. */
  betweenness: number;
  community: number;
  /** Communities other than the person's own among their direct links. */
  communitiesBridged: number;
};

export type KeyPlayers = {
  hops: number;
  byReach: KeyPlayer[];
  byBrokerage: KeyPlayer[];
  betweenness: Omit<BetweennessResult, 'values' | 'standardError'>;
  louvainSeed: number;
};

export type KeyPlayerOptions = { hops?: number; filter?: LinkFilter; louvainSeed?: number; betweenness?: BetweennessOptions };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function keyPlayers(network: NetworkGraph, opts: KeyPlayerOptions = {}): KeyPlayers {
  const hops = opts.hops ?? 2;
  if (!Number.isInteger(hops) || hops < 1 || hops > 6) throw new ValidationError({ hops: 'Give a whole number of links from 1 to 6' });
  const graph = opts.filter ? filterNetwork(network, opts.filter) : network;
  const adj = adjacencyOf(graph, { undirected: true });
  const bc = betweenness(adj, opts.betweenness);
  const louvain = louvainCommunities(graph, { seed: opts.louvainSeed });
  const { n, ids, offsets, targets } = adj;
  const entityAt = (i: number) => graph.getNodeAttribute(ids[i]!, 'entity');
  const child = Uint8Array.from({ length: n }, (_, i) => (isChild(entityAt(i)) ? 1 : 0));
  const communityAt = Int32Array.from(ids, (id) => louvain.community.get(id)!);

  const seen = new Int32Array(n).fill(-1);
  const players: KeyPlayer[] = [];
  for (let s = 0; s < n; s++) {
    if (!isSuspectedPerpetrator(entityAt(s))) continue;
    // Breadth-first to `hops` links; `seen[v] === s` marks nodes visited from this source.
    const children: string[] = [];
    let frontier = [s];
    seen[s] = s;
    for (let h = 1; h <= hops && frontier.length; h++) {
      const next: number[] = [];
      for (const v of frontier)
        for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
          const u = targets[i]!;
          if (seen[u] === s) continue;
          seen[u] = s;
          next.push(u);
          if (child[u]) children.push(ids[u]!);
        }
      frontier = next;
    }
    const bridged = new Set<number>();
    for (let i = offsets[s]!; i < offsets[s + 1]!; i++) if (communityAt[targets[i]!] !== communityAt[s]) bridged.add(communityAt[targets[i]!]!);
    players.push({
      id: ids[s]!,
      degree: offsets[s + 1]! - offsets[s]!,
      childrenReached: children.length,
      children: children.sort(),
      betweenness: bc.values[s]!,
      community: communityAt[s]!,
      communitiesBridged: bridged.size,
    });
  }
  const byReach = [...players].sort((a, b) => b.childrenReached - a.childrenReached || b.betweenness - a.betweenness || byId(a, b));
  const byBrokerage = [...players].sort((a, b) => b.betweenness - a.betweenness || b.communitiesBridged - a.communitiesBridged || byId(a, b));
  const { values: _v, standardError: _s, ...info } = bc;
  return { hops, byReach, byBrokerage, betweenness: info, louvainSeed: louvain.seed };
}
