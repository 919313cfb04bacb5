import type Graph from 'graphology';
import { adjacencyOf } from './adjacency.ts';
import { betweenness } from './betweenness.ts';
import { eigenvectorCentrality } from './eigenvector.ts';
import { nodeName } from './graph.ts';

// Centrality averaged over snapshots of one network (the phases of an investigation, months of a case), a node absent
// from a snapshot scoring 0 there. This is how the CAVIAR results in shared/data were computed (the 11 wiretap phases
// of Morselli 2009, each binarised and undirected), and it rewards being central throughout, not in one phase only.

export type MeanCentrality = { id: string; degree: number; betweenness: number; eigenvector: number; snapshots: number };

/**
 * Mean over `graphs` of normalised degree (degree / (n - 1)), normalised exact betweenness and eigenvector centrality,
 * each on the undirected view of its snapshot. Sorted by id.
 */
export function meanCentralityOverSnapshots(graphs: readonly Graph[]): MeanCentrality[] {
  const acc = new Map<string, MeanCentrality>();
  for (const g of graphs) {
    const adj = adjacencyOf(g, { undirected: true });
    const bc = betweenness(adj, { exactUpTo: Infinity });
    const eig = eigenvectorCentrality(adj);
    const n = adj.n;
    adj.ids.forEach((id, i) => {
      const m = acc.get(id) ?? { id: nodeName(id), degree: 0, betweenness: 0, eigenvector: 0, snapshots: 0 };
      m.degree += n > 1 ? (adj.offsets[i + 1]! - adj.offsets[i]!) / (n - 1) : 0;
      m.betweenness += bc.values[i]!;
      m.eigenvector += eig.values[i]!;
      m.snapshots++;
      acc.set(id, m);
    });
  }
  const k = graphs.length || 1;
  return [...acc.values()]
    .map((m) => ({ ...m, degree: m.degree / k, betweenness: m.betweenness / k, eigenvector: m.eigenvector / k }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
