import { ValidationError } from '../errors.ts';
import { linkFilter, passingLinks, type NetworkGraph } from './graph.ts';
import type { LinkFilter } from './types.ts';

// Shortest paths between two entities, for the link chart's "highlight paths": every path with the fewest links, found
// by one breadth-first search that records each node's predecessors on shortest paths (the same search as Brandes
// 2001), then read back from the target. The number of shortest paths can grow exponentially, so `max` caps the list.

export type ShortestPaths = {
  /** Links on each shortest path; null when the two are not connected (through passing links and visible entities). */
  hops: number | null;
  /** Each path as entity ids from `from` to `to`; at most `max` of them, in a stable order. */
  paths: string[][];
  /** How many shortest paths there are in all (may exceed `paths.length`). */
  total: number;
};

export type PathOptions = { filter?: LinkFilter; max?: number; visible?: (id: string) => boolean };

export function shortestPaths(graph: NetworkGraph, from: string, to: string, opts: PathOptions = {}): ShortestPaths {
  const visible = opts.visible ?? (() => true);
  const max = opts.max ?? 20;
  if (!Number.isInteger(max) || max < 1 || max > 1000) throw new ValidationError({ max: 'Give a whole number of paths from 1 to 1000' });
  if (!graph.hasNode(from) || !visible(from)) throw new ValidationError({ from: 'The record is not in this network' });
  if (!graph.hasNode(to) || !visible(to)) throw new ValidationError({ to: 'The record is not in this network' });
  if (from === to) return { hops: 0, paths: [[from]], total: 1 };
  const keep = linkFilter(opts.filter);
  const passes = (a: string, b: string) => passingLinks(graph.getEdgeAttribute(graph.edge(a, b)!, 'links'), keep).length > 0;

  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  const count = new Map<string, number>([[from, 1]]);
  let frontier = [from];
  for (let d = 1; frontier.length && !dist.has(to); d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const u of graph.neighbors(v).sort()) {
        if (!visible(u)) continue;
        const du = dist.get(u);
        if (du !== undefined && du !== d) continue;
        if (!passes(v, u)) continue;
        if (du === undefined) {
          dist.set(u, d);
          next.push(u);
        }
        preds.set(u, [...(preds.get(u) ?? []), v]);
        count.set(u, (count.get(u) ?? 0) + count.get(v)!);
      }
    }
    frontier = next;
  }
  const hops = dist.get(to);
  if (hops === undefined) return { hops: null, paths: [], total: 0 };

  // Depth-first from the target back to the source, predecessors in id order, stopping at `max` paths.
  const paths: string[][] = [];
  const walk = (v: string, suffix: string[]) => {
    if (paths.length >= max) return;
    if (v === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const p of preds.get(v) ?? []) walk(p, [v, ...suffix]);
  };
  walk(to, []);
  return { hops, paths, total: count.get(to)! };
}
