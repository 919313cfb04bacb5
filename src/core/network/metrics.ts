import type Graph from 'graphology';
import { adjacencyOf } from './adjacency.ts';
import { betweenness, type BetweennessOptions, type BetweennessResult } from './betweenness.ts';
import { louvainCommunities } from './communities.ts';
import { connectedComponents } from './components.ts';
import { eigenvectorCentrality } from './eigenvector.ts';
import { nodeName } from './graph.ts';

// One call for the usual network figures of every node: degree, betweenness (exact, or sampled on large graphs with its
// seed and error bound), eigenvector centrality, Louvain community and component. Morselli (2009, Inside Criminal
// Networks) read the CAVIAR wiretap network with the same measures: degree for who is most connected, betweenness for
// who brokers between parts of the network, and found the organiser first on both.

export type NodeMetrics = {
  id: string;
  /** Number of links (in + out for a directed graph), self-loops left out. */
  degree: number;
  /** Normalised betweenness, 0..1. */
  betweenness: number;
  /** Standard error of a sampled betweenness (0 when exact). */
  betweennessStandardError: number;
  /** Eigenvector centrality on the undirected view, unit norm. */
  eigenvector: number;
  community: number;
  component: number;
};

export type NetworkAnalysis = {
  nodes: NodeMetrics[];
  directed: boolean;
  edges: number;
  components: number;
  largestComponent: number;
  communities: number;
  modularity: number;
  louvainSeed: number;
  betweenness: Omit<BetweennessResult, 'values' | 'standardError'>;
  eigenvector: { converged: boolean; iterations: number };
};

export type AnalyseOptions = {
  betweenness?: BetweennessOptions;
  louvainSeed?: number;
  /** Edge attribute holding a weight for Louvain (null: every edge counts 1). Betweenness is always unweighted. */
  weight?: string | null;
};

export function analyseNetwork(graph: Graph, opts: AnalyseOptions = {}): NetworkAnalysis {
  const directed = graph.type === 'directed';
  const undirected = adjacencyOf(graph, { undirected: true });
  const paths = directed ? adjacencyOf(graph) : undirected;
  const bc = betweenness(paths, opts.betweenness);
  const comps = connectedComponents(undirected);
  const eig = eigenvectorCentrality(undirected);
  const louvain = louvainCommunities(graph, { seed: opts.louvainSeed, weight: opts.weight ?? null });
  const nodes = undirected.ids.map((id, i): NodeMetrics => ({
    id: nodeName(id),
    degree: graph.degreeWithoutSelfLoops(id),
    betweenness: bc.values[i]!,
    betweennessStandardError: bc.standardError[i]!,
    eigenvector: eig.values[i]!,
    community: louvain.community.get(id)!,
    component: comps.component[i]!,
  }));
  const { values: _v, standardError: _s, ...bcInfo } = bc;
  return {
    nodes,
    directed,
    edges: graph.size,
    components: comps.count,
    largestComponent: comps.sizes.reduce((a, b) => Math.max(a, b), 0),
    communities: louvain.count,
    modularity: louvain.modularity,
    louvainSeed: louvain.seed,
    betweenness: bcInfo,
    eigenvector: { converged: eig.converged, iterations: eig.iterations },
  };
}

type NumericKey = 'degree' | 'betweenness' | 'eigenvector';

/** The `k` nodes highest on `key`, ties broken by node id so that the order is stable. */
export function topNodes(nodes: readonly NodeMetrics[], key: NumericKey, k = nodes.length): NodeMetrics[] {
  return [...nodes].sort((a, b) => b[key] - a[key] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, k);
}
