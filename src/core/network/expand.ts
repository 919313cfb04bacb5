import { ValidationError } from '../errors.ts';
import { linkFilter, passingLinks, type NetworkGraph } from './graph.ts';
import { isChild, isSuspectedPerpetrator, type Confidence, type Entity, type EntityKind, type EntityRole, type LinkFilter, type LinkType } from './types.ts';

// "Expand from a disclosure": when a child names a person, a place or a phone, walk out from the child a few links at
// a time to see who and what else is connected, and which other children share a suspected perpetrator or a place with
// them. Contextual safeguarding looks at the places and peer groups around a child, not only at the child (Firmin 2017).
// A breadth-first walk: every entity reached is listed once, at its fewest links from the start, with one such path
// (neighbours taken in id order, so the path does not depend on the order the links were recorded in).

export const MAX_HOPS = 6;

export type Step = { linkId: string; type: LinkType; confidence: Confidence };

export type Reached = {
  id: string;
  kind: EntityKind;
  role: EntityRole | null;
  hops: number;
  /** Entity ids from the start to this entity, both included. */
  path: string[];
  /** The strongest passing link of each step of `path` (path.length - 1 of them). */
  steps: Step[];
};

export type SharedVia = { kind: 'suspected_perpetrator' | 'location'; id: string };
export type FlaggedChild = { id: string; via: SharedVia[] };

export type Expansion = {
  start: string;
  hops: number;
  people: Reached[];
  places: Reached[];
  vehicles: Reached[];
  phones: Reached[];
  accounts: Reached[];
  groups: Reached[];
  /** Other children linked directly to a suspected perpetrator or a location that is linked directly to the start. */
  otherChildren: FlaggedChild[];
};

export type ExpandOptions = {
  hops: number;
  filter?: LinkFilter;
  /**
   * Entities the caller may see (default: all). Others are neither listed nor walked through, so that an expansion
   * never reveals what lies behind a record the user cannot open.
   */
  visible?: (id: string) => boolean;
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function expandFromDisclosure(graph: NetworkGraph, start: string, opts: ExpandOptions): Expansion {
  if (!Number.isInteger(opts.hops) || opts.hops < 0 || opts.hops > MAX_HOPS)
    throw new ValidationError({ hops: `Give a whole number of links from 0 to ${MAX_HOPS}` });
  const visible = opts.visible ?? (() => true);
  if (!graph.hasNode(start) || !visible(start)) throw new ValidationError({ start: 'The starting record is not in this network' });
  const keep = linkFilter(opts.filter);
  const entity = (id: string): Entity => graph.getNodeAttribute(id, 'entity');
  // The strongest passing link between two adjacent entities, or undefined when none passes.
  const stepBetween = (a: string, b: string): Step | undefined => {
    const l = passingLinks(graph.getEdgeAttribute(graph.edge(a, b)!, 'links'), keep)[0];
    return l && { linkId: l.id, type: l.type, confidence: l.confidence };
  };

  const parent = new Map<string, { from: string; step: Step } | null>([[start, null]]);
  const hopsOf = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let h = 1; h <= opts.hops && frontier.length; h++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const u of graph.neighbors(v).sort()) {
        if (parent.has(u) || !visible(u)) continue;
        const step = stepBetween(v, u);
        if (!step) continue;
        parent.set(u, { from: v, step });
        hopsOf.set(u, h);
        next.push(u);
      }
    }
    frontier = next;
  }

  const reached = (id: string): Reached => {
    const path: string[] = [id];
    const steps: Step[] = [];
    for (let p = parent.get(id); p; p = parent.get(p.from)) {
      path.push(p.from);
      steps.push(p.step);
    }
    const e = entity(id);
    return { id, kind: e.kind, role: e.kind === 'person' ? e.role : null, hops: hopsOf.get(id)!, path: path.reverse(), steps: steps.reverse() };
  };
  const all = [...hopsOf.keys()].filter((id) => id !== start).map(reached);
  all.sort((a, b) => a.hops - b.hops || byId(a, b));
  const of = (kind: EntityKind) => all.filter((r) => r.kind === kind);

  // Shared suspected perpetrators and places: one link from the start to them, one link from them to another child.
  const shared = new Map<string, SharedVia[]>();
  for (const hub of graph.neighbors(start)) {
    const e = entity(hub);
    const kind = isSuspectedPerpetrator(e) ? 'suspected_perpetrator' : e.kind === 'location' ? 'location' : null;
    if (!kind || !visible(hub) || !stepBetween(start, hub)) continue;
    for (const c of graph.neighbors(hub)) {
      if (c === start || !isChild(entity(c)) || !visible(c) || !stepBetween(hub, c)) continue;
      const list = shared.get(c) ?? [];
      list.push({ kind, id: hub });
      shared.set(c, list);
    }
  }
  const otherChildren = [...shared.entries()].map(([id, via]) => ({ id, via: via.sort(byId) })).sort(byId);

  return {
    start,
    hops: opts.hops,
    people: of('person'),
    places: of('location'),
    vehicles: of('vehicle'),
    phones: of('phone'),
    accounts: of('online_account'),
    groups: of('group'),
    otherChildren,
  };
}
