import Graph from 'graphology';
import { ValidationError } from '../errors.ts';
import { CONFIDENCE_ORDER, CONFIDENCES, ENTITY_KINDS, ENTITY_ROLES, LINK_TYPES, type Confidence, type Entity, type Link, type LinkFilter } from './types.ts';

// Builds the graphology graph that the analyses read: one node per entity, one undirected edge per linked pair
// carrying every link recorded between the two (a link's own direction stays on the link). Analyses walk links both
// ways: exploitation runs along "seen with" and "uses phone" as much as along "supplied drugs to".

export type NodeAttributes = { entity: Entity };
export type EdgeAttributes = { links: Link[] };
export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const rank = (c: Confidence) => CONFIDENCE_ORDER.indexOf(c);

function checkFilter(f: LinkFilter): void {
  const problems: Record<string, string> = {};
  if (f.from !== undefined && !ISO_DATE.test(f.from)) problems['from'] = 'Give the start of the date window as YYYY-MM-DD';
  if (f.to !== undefined && !ISO_DATE.test(f.to)) problems['to'] = 'Give the end of the date window as YYYY-MM-DD';
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) problems['to'] = 'The end of the date window is before its start';
  if (f.minConfidence !== undefined && !(f.minConfidence in CONFIDENCES)) problems['minConfidence'] = 'Unknown confidence';
  if (f.types?.some((t) => !(t in LINK_TYPES))) problems['types'] = 'Unknown link type';
  if (Object.keys(problems).length) throw new ValidationError(problems);
}

/** A predicate for one link; throws a ValidationError for a malformed filter. */
export function linkFilter(f: LinkFilter = {}): (link: Link) => boolean {
  checkFilter(f);
  const types = f.types ? new Set(f.types) : null;
  const max = f.minConfidence === undefined ? CONFIDENCE_ORDER.length - 1 : rank(f.minConfidence);
  const windowed = f.from !== undefined || f.to !== undefined;
  const undated = f.includeUndated ?? true;
  return (l) => {
    if (types && !types.has(l.type)) return false;
    if (rank(l.confidence) > max) return false;
    if (!windowed) return true;
    if (!l.start && !l.end) return undated;
    // Overlap of [start, end] with [from, to]; ISO dates compare as strings.
    if (f.to !== undefined && l.start && l.start > f.to) return false;
    if (f.from !== undefined && l.end && l.end < f.from) return false;
    return true;
  };
}

/** The links of an edge that pass, strongest (then earliest id) first; empty when none does. */
export function passingLinks(links: readonly Link[], keep: (link: Link) => boolean): Link[] {
  return links.filter(keep).sort((a, b) => rank(a.confidence) - rank(b.confidence) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function checkEntity(e: Entity, i: number, problems: Record<string, string>): void {
  if (typeof e.id !== 'string' || e.id === '') problems[`entities[${i}].id`] = 'Every entity needs an id';
  if (!(e.kind in ENTITY_KINDS)) problems[`entities[${i}].kind`] = 'Unknown entity kind';
  if (e.kind === 'person' && e.role !== null && !(e.role in ENTITY_ROLES)) problems[`entities[${i}].role`] = 'Unknown person role';
}

function checkLink(l: Link, i: number, ids: ReadonlySet<string>, problems: Record<string, string>): void {
  const at = `links[${i}]`;
  if (!ids.has(l.from)) problems[`${at}.from`] = 'The link refers to an entity that is not in the network';
  if (!ids.has(l.to)) problems[`${at}.to`] = 'The link refers to an entity that is not in the network';
  if (l.from === l.to) problems[at] = 'A link must join two different entities';
  if (!(l.type in LINK_TYPES)) problems[`${at}.type`] = 'Unknown link type';
  if (!(l.confidence in CONFIDENCES)) problems[`${at}.confidence`] = 'Unknown confidence';
  if (l.start && !ISO_DATE.test(l.start)) problems[`${at}.start`] = 'Dates are YYYY-MM-DD';
  if (l.end && !ISO_DATE.test(l.end)) problems[`${at}.end`] = 'Dates are YYYY-MM-DD';
  if (l.start && l.end && l.start > l.end) problems[`${at}.end`] = 'The link ends before it starts';
}

/**
 * The network of `entities` and the `links` that pass `filter` (all of them by default). Every entity is a node, linked
 * or not. Throws a ValidationError naming the bad fields (by position, never by content).
 */
export function buildNetwork(entities: readonly Entity[], links: readonly Link[], filter: LinkFilter = {}): NetworkGraph {
  const keep = linkFilter(filter);
  const problems: Record<string, string> = {};
  const ids = new Set<string>();
  entities.forEach((e, i) => {
    checkEntity(e, i, problems);
    if (ids.has(e.id)) problems[`entities[${i}].id`] = 'Two entities have the same id';
    ids.add(e.id);
  });
  const linkIds = new Set<string>();
  links.forEach((l, i) => {
    checkLink(l, i, ids, problems);
    if (linkIds.has(l.id)) problems[`links[${i}].id`] = 'Two links have the same id';
    linkIds.add(l.id);
  });
  if (Object.keys(problems).length) throw new ValidationError(problems);
  const graph: NetworkGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const e of entities) graph.addNode(e.id, { entity: e });
  for (const l of links) {
    if (!keep(l)) continue;
    const edge = graph.edge(l.from, l.to);
    if (edge === undefined) graph.addEdge(l.from, l.to, { links: [l] });
    else graph.getEdgeAttribute(edge, 'links').push(l);
  }
  return graph;
}

/** The same network keeping only the links that pass `filter` (edges left with none are dropped; nodes stay). */
export function filterNetwork(graph: NetworkGraph, filter: LinkFilter): NetworkGraph {
  const keep = linkFilter(filter);
  const out: NetworkGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id, attrs) => out.addNode(id, attrs));
  graph.forEachEdge((_edge, attrs, source, target) => {
    const kept = attrs.links.filter(keep);
    if (kept.length) out.addEdge(source, target, { links: kept });
  });
  return out;
}

export type EdgeRow = { source: string; target: string; weight?: number };

// graphology keeps each node's neighbours in plain objects, so a node named like a property of Object.prototype
// ("constructor", "__proto__", "toString" ...) finds a neighbour that is not there ("an edge linking A to constructor
// already exists"; found by the importer fuzz target). Such names, and any name starting with the escape, are keyed
// with a NUL in front; nodeName gives the name back. Every other name is its own key.
const ESCAPE = '\u0000';
export const nodeKey = (name: string): string => (name in Object.prototype || name.startsWith(ESCAPE) ? `${ESCAPE}${name}` : name);
export const nodeName = (key: string): string => (key.startsWith(ESCAPE) ? key.slice(1) : key);
export type PlainGraph = Graph<Record<string, never>, { weight: number }>;

/**
 * A plain graph from an edge list (imported networks such as CAVIAR): repeated pairs are merged, their weights summed
 * (a missing weight counts 1). Undirected unless `directed`; self-loops are dropped. Node keys are nodeKey(name).
 */
export function edgeListGraph(rows: readonly EdgeRow[], opts: { directed?: boolean } = {}): PlainGraph {
  const graph: PlainGraph = new Graph<Record<string, never>, { weight: number }>({ type: opts.directed ? 'directed' : 'undirected', multi: false });
  for (const r of rows) {
    const [source, target] = [nodeKey(r.source), nodeKey(r.target)];
    graph.mergeNode(source);
    if (source === target) continue;
    graph.mergeNode(target);
    const w = r.weight ?? 1;
    const edge = graph.edge(source, target);
    if (edge === undefined) graph.addEdge(source, target, { weight: w });
    else graph.updateEdgeAttribute(edge, 'weight', (old) => (old ?? 0) + w);
  }
  return graph;
}
