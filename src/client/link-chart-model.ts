// The link chart's pure parts (issue 5): reading the network JSON, turning it into chart elements, and deciding which
// records and links are shown under the toolbar's filters, the time slider and the collapsed records. No DOM here, so
// it is tested in the unit project; link-chart.ts draws the result with Cytoscape.js.
//
// The JSON is NetworkView from src/services/network.ts. The client may not import services (the layering rule), so
// the shape is restated here and checked at the boundary: a response that does not match is refused, not drawn.

export const CHART_KINDS = ['person', 'location', 'vehicle', 'phone', 'online_account', 'group', 'restricted'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const CHART_CONFIDENCES = ['confirmed', 'reported', 'suspected'] as const;
export type ChartConfidence = (typeof CHART_CONFIDENCES)[number];

export type ChartNode = {
  id: string;
  kind: ChartKind;
  label: string;
  detail: string;
  role: string | null;
  hops: number;
  restricted: boolean;
  start: boolean;
  personId: string | null;
};

export type ChartEdge = {
  id: string;
  from: string;
  to: string;
  type: string | null;
  typeLabel: string;
  directed: boolean;
  confidence: ChartConfidence | null;
  validFrom: string | null;
  validTo: string | null;
  agency: string | null;
  restricted: boolean;
};

export type ChartNetwork = { start: string; nodes: ChartNode[]; edges: ChartEdge[] };

/** What a restricted record is called everywhere in the chart: nothing else about it is shown. */
export const RESTRICTED_LABEL = 'Restricted record';

const KIND_LABELS: Readonly<Record<ChartKind, string>> = {
  person: 'Person',
  location: 'Place',
  vehicle: 'Vehicle',
  phone: 'Phone number',
  online_account: 'Online account',
  group: 'Group or gang',
  restricted: 'Restricted record',
};
export const kindLabel = (k: ChartKind): string => KIND_LABELS[k];

/** The roles the chart draws differently (a border style each), with their words for the label and the key. */
export const MARKED_ROLES: Readonly<Record<string, string>> = { child_at_risk: 'Child at risk', suspected_perpetrator: 'Suspected perpetrator' };

const CONFIDENCE_LABELS: Readonly<Record<ChartConfidence | typeof NONE, string>> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  suspected: 'Suspected',
  '': 'Not recorded',
};

// ---------------------------------------------------------------------------------------------------------------
// Reading the JSON

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && ISO_DATE.test(v));
const isKind = (v: unknown): v is ChartKind => (CHART_KINDS as readonly unknown[]).includes(v);
const isConfidence = (v: unknown): v is ChartConfidence => (CHART_CONFIDENCES as readonly unknown[]).includes(v);

function readNode(v: unknown): ChartNode | null {
  if (!isRecord(v)) return null;
  const { id, kind, label, detail, role, hops, restricted, start, personId } = v;
  if (!str(id) || !id || !isKind(kind) || !str(label) || !strOrNull(role) || typeof restricted !== 'boolean' || typeof start !== 'boolean') return null;
  if (restricted || kind === 'restricted') {
    // Whatever the server sent, a restricted record shows its label and nothing else.
    return { id, kind: 'restricted', label: RESTRICTED_LABEL, detail: '', role: null, hops: -1, restricted: true, start: false, personId: null };
  }
  return {
    id,
    kind,
    label,
    detail: str(detail) ? detail : '',
    role,
    hops: typeof hops === 'number' ? hops : 0,
    restricted: false,
    start,
    personId: str(personId) ? personId : null,
  };
}

function readEdge(v: unknown): ChartEdge | null {
  if (!isRecord(v)) return null;
  const { id, from, to, type, typeLabel, directed, confidence, validFrom, validTo, agency, restricted } = v;
  if (!str(id) || !id || !str(from) || !str(to) || typeof restricted !== 'boolean') return null;
  if (restricted) {
    return { id, from, to, type: null, typeLabel: '', directed: false, confidence: null, validFrom: null, validTo: null, agency: null, restricted: true };
  }
  if (!strOrNull(type) || !str(typeLabel) || typeof directed !== 'boolean' || !(confidence === null || isConfidence(confidence))) return null;
  if (!dateOrNull(validFrom) || !dateOrNull(validTo) || !strOrNull(agency)) return null;
  return { id, from, to, type, typeLabel, directed, confidence, validFrom, validTo, agency, restricted: false };
}

/**
 * The network from the server's JSON, or null when the JSON is not a network. Links whose ends are not among the
 * records are dropped (the chart cannot draw them; the tables still list them).
 */
export function readNetwork(json: unknown): ChartNetwork | null {
  if (!isRecord(json) || !Array.isArray(json['nodes']) || !Array.isArray(json['edges'])) return null;
  const nodes: ChartNode[] = [];
  const ids = new Set<string>();
  for (const raw of json['nodes'] as unknown[]) {
    const n = readNode(raw);
    if (!n) return null;
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    nodes.push(n);
  }
  const edges: ChartEdge[] = [];
  const edgeIds = new Set<string>();
  for (const raw of json['edges'] as unknown[]) {
    const e = readEdge(raw);
    if (!e) return null;
    if (edgeIds.has(e.id) || !ids.has(e.from) || !ids.has(e.to)) continue;
    edgeIds.add(e.id);
    edges.push(e);
  }
  const start = str(json['start']) && ids.has(json['start']) ? json['start'] : (nodes.find((n) => n.start)?.id ?? '');
  return { start, nodes: nodes.map((n) => ({ ...n, start: n.id === start })), edges };
}

// ---------------------------------------------------------------------------------------------------------------
// Chart elements (Cytoscape's element JSON, without importing Cytoscape here)

export type NodeElement = {
  group: 'nodes';
  data: { id: string; label: string; kind: ChartKind; role: string; name: string };
  classes: string[];
};
export type EdgeElement = {
  group: 'edges';
  data: { id: string; source: string; target: string; label: string };
  classes: string[];
};

/** The text drawn under a record: its name, and the role when the chart marks it (so the role is not in the border only). */
export function nodeCaption(n: ChartNode): string {
  if (n.restricted) return RESTRICTED_LABEL;
  const role = n.role ? MARKED_ROLES[n.role] : undefined;
  return role ? `${n.label}\n(${role})` : n.label;
}

export function toElements(net: ChartNetwork): (NodeElement | EdgeElement)[] {
  const nodes: NodeElement[] = net.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: nodeCaption(n), kind: n.kind, role: n.role ?? '', name: n.restricted ? RESTRICTED_LABEL : n.label },
    classes: [
      `kind-${n.kind}`,
      ...(n.start ? ['start'] : []),
      ...(n.restricted ? ['restricted'] : []),
      ...(!n.restricted && n.role && n.role in MARKED_ROLES ? [`role-${n.role}`] : []),
    ],
  }));
  const edges: EdgeElement[] = net.edges.map((e) => ({
    group: 'edges',
    data: { id: e.id, source: e.from, target: e.to, label: e.restricted ? '' : e.typeLabel },
    classes: e.restricted ? ['restricted'] : [`confidence-${e.confidence ?? 'none'}`, ...(e.directed ? ['directed'] : [])],
  }));
  return [...nodes, ...edges];
}

// ---------------------------------------------------------------------------------------------------------------
// Filters

/** The filter key for a missing value (a restricted link's type, an unrecorded confidence, an agency not shown). */
export const NONE = '';
export const RESTRICTED_TYPE = 'restricted';

export const typeKey = (e: ChartEdge): string => (e.restricted ? RESTRICTED_TYPE : (e.type ?? NONE));
export const confidenceKey = (e: ChartEdge): string => e.confidence ?? NONE;
export const agencyKey = (e: ChartEdge): string => e.agency ?? NONE;

export type FilterOption = { value: string; label: string; count: number };
export type FilterOptions = { types: FilterOption[]; confidences: FilterOption[]; agencies: FilterOption[]; dates: string[] };

function countBy(edges: readonly ChartEdge[], key: (e: ChartEdge) => string, label: (e: ChartEdge) => string): FilterOption[] {
  const out = new Map<string, FilterOption>();
  for (const e of edges) {
    const k = key(e);
    const o = out.get(k) ?? { value: k, label: label(e), count: 0 };
    o.count += 1;
    out.set(k, o);
  }
  return [...out.values()];
}

const byLabel = (a: FilterOption, b: FilterOption) => (a.value === NONE ? 1 : b.value === NONE ? -1 : a.label.localeCompare(b.label, 'en-GB'));

/** The choices the toolbar offers: only the values the network holds, each with its number of links. */
export function filterOptions(net: ChartNetwork): FilterOptions {
  const types = countBy(net.edges, typeKey, (e) => (e.restricted ? 'Restricted link' : e.typeLabel || 'Other link')).sort(byLabel);
  const rank = (v: string) => (v === NONE ? 9 : CHART_CONFIDENCES.indexOf(v as ChartConfidence));
  const confidences = countBy(net.edges, confidenceKey, (e) => CONFIDENCE_LABELS[e.confidence ?? NONE]).sort((a, b) => rank(a.value) - rank(b.value));
  const agencies = countBy(net.edges, agencyKey, (e) => e.agency ?? 'Not shown').sort(byLabel);
  return { types, confidences, agencies, dates: linkDates(net.edges) };
}

/** The distinct start dates of the links, in order: the steps of the time slider. */
export function linkDates(edges: readonly ChartEdge[]): string[] {
  return [...new Set(edges.flatMap((e) => (e.validFrom ? [e.validFrom] : [])))].sort();
}

/** The toolbar's state: the values shown for each filter, the slider's date (null: no limit), the collapsed records. */
export type ChartFilter = {
  types: ReadonlySet<string>;
  confidences: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  until: string | null;
};

export function showEverything(opts: FilterOptions): ChartFilter {
  return {
    types: new Set(opts.types.map((o) => o.value)),
    confidences: new Set(opts.confidences.map((o) => o.value)),
    agencies: new Set(opts.agencies.map((o) => o.value)),
    until: null,
  };
}

/**
 * Whether a link passes the filters. The time slider shows the links that had begun by its date ("valid up to" it);
 * a link with no start date is always shown, since when it began is not known.
 */
export function edgePasses(e: ChartEdge, f: ChartFilter): boolean {
  if (!f.types.has(typeKey(e)) || !f.confidences.has(confidenceKey(e)) || !f.agencies.has(agencyKey(e))) return false;
  return f.until === null || e.validFrom === null || e.validFrom <= f.until;
}

export type Visible = { nodes: Set<string>; edges: Set<string> };

/**
 * What the chart shows. A link shows when it passes the filters and both its ends show. A record shows when it is the
 * start, when one of its links passes the filters, or when it had no links to begin with; then the records behind a
 * collapsed record are hidden: those reached from the start only through it (the collapsed record itself stays).
 */
export function visibleElements(net: ChartNetwork, f: ChartFilter, collapsed: ReadonlySet<string>): Visible {
  const passing = net.edges.filter((e) => edgePasses(e, f));
  const linked = new Set<string>();
  for (const e of net.edges) linked.add(e.from).add(e.to);
  const nodes = new Set<string>();
  for (const e of passing) nodes.add(e.from).add(e.to);
  for (const n of net.nodes) if (n.start || !linked.has(n.id)) nodes.add(n.id);

  if (collapsed.size && net.start && nodes.has(net.start)) {
    const adjacent = new Map<string, string[]>();
    for (const e of passing) {
      adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
      adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), e.from]);
    }
    const everywhere = reach(net.start, adjacent, new Set());
    const around = reach(net.start, adjacent, collapsed);
    for (const id of everywhere) if (!around.has(id)) nodes.delete(id);
  }
  const edges = new Set(passing.filter((e) => nodes.has(e.from) && nodes.has(e.to)).map((e) => e.id));
  return { nodes, edges };
}

// Breadth-first reach from `root`; a record in `stop` is reached but not walked through.
function reach(root: string, adjacent: ReadonlyMap<string, readonly string[]>, stop: ReadonlySet<string>): Set<string> {
  const seen = new Set([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    if (stop.has(id)) continue;
    for (const next of adjacent.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** How many records collapsing `id` would hide now (0: nothing is reached only through it). */
export function hiddenBehind(net: ChartNetwork, f: ChartFilter, collapsed: ReadonlySet<string>, id: string): number {
  const before = visibleElements(net, f, collapsed).nodes.size;
  return before - visibleElements(net, f, new Set([...collapsed, id])).nodes.size;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-07" as "7 March 2024" (GOV.UK date style), without the browser's time zone getting a say. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 0) - 1];
  return y && month && d ? `${d} ${month} ${y}` : iso;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The status line under the toolbar. */
export function summary(net: ChartNetwork, v: Visible): string {
  const part = (shown: number, all: number, one: string, many: string) =>
    shown === all ? `all ${plural(all, one, many)}` : `${shown} of ${plural(all, one, many)}`;
  return `Showing ${part(v.nodes.size, net.nodes.length, 'record', 'records')} and ${part(v.edges.size, net.edges.length, 'link', 'links')}.`;
}

/** A record's name and what it is, for the selection line and the path: "Sam Jones (person, suspected perpetrator)". */
export function describeNode(n: ChartNode): string {
  if (n.restricted) return RESTRICTED_LABEL;
  const bits = [kindLabel(n.kind).toLowerCase(), ...(n.role ? [(MARKED_ROLES[n.role] ?? n.role.replaceAll('_', ' ')).toLowerCase()] : [])];
  return `${n.label} (${bits.join(', ')})${n.detail ? `: ${n.detail}` : ''}`;
}

/**
 * Names for the records in the keyboard lists. Two records with the same name get their kind, then a number, so that
 * the choices can be told apart; restricted records are left out (they cannot be chosen, only passed through).
 */
export function choiceLabels(net: ChartNetwork): { id: string; label: string }[] {
  const shown = net.nodes.filter((n) => !n.restricted);
  const count = new Map<string, number>();
  for (const n of shown) count.set(n.label, (count.get(n.label) ?? 0) + 1);
  const used = new Map<string, number>();
  return shown
    .map((n) => {
      let label = (count.get(n.label) ?? 0) > 1 ? `${n.label} (${kindLabel(n.kind).toLowerCase()})` : n.label;
      const k = (used.get(label) ?? 0) + 1;
      used.set(label, k);
      if (k > 1) label = `${label} ${k}`;
      return { id: n.id, label: n.start ? `${label} (start)` : label };
    })
    .sort((a, b) => (a.id === net.start ? -1 : b.id === net.start ? 1 : a.label.localeCompare(b.label, 'en-GB')));
}

/**
 * Where each record starts before the force layout settles it: the start in the middle and each further ring one link
 * further out (restricted records on the outside). Starting from rings keeps the layout the same on every load.
 */
export function ringPositions(net: ChartNetwork, spacing = 170): Map<string, { x: number; y: number }> {
  const outer = Math.max(0, ...net.nodes.map((n) => n.hops)) + 1;
  const rings = new Map<number, string[]>();
  for (const n of net.nodes) {
    const ring = n.start ? 0 : n.restricted || n.hops < 1 ? outer : n.hops;
    rings.set(ring, [...(rings.get(ring) ?? []), n.id]);
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const [ring, ids] of rings) {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + ring * 0.4;
      const r = ring === 0 && ids.length === 1 ? 0 : spacing * Math.max(ring, 0.5);
      out.set(id, { x: Math.round(r * Math.cos(angle)), y: Math.round(r * Math.sin(angle)) });
    });
  }
  return out;
}

export type LayoutKind = 'rows' | 'rings' | 'force';

/**
 * How to lay out what is shown. Rows by links away from the start read best while each row is short; rings (the same
 * levels drawn as circles round the start) when a row would be too wide to read, as when many restricted records
 * hang off one place; a force-directed layout when the network is too big for either.
 */
export function layoutFor(net: ChartNetwork, v: Visible, limits = { row: 6, rings: 150 }): LayoutKind {
  if (v.nodes.size > limits.rings) return 'force';
  const adjacent = new Map<string, string[]>();
  for (const e of net.edges) {
    if (!v.edges.has(e.id)) continue;
    adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
    adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), e.from]);
  }
  const depth = new Map<string, number>();
  const roots = [...(v.nodes.has(net.start) ? [net.start] : []), ...[...v.nodes].filter((id) => id !== net.start)];
  for (const root of roots) {
    if (depth.has(root)) continue;
    depth.set(root, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      for (const next of adjacent.get(id) ?? []) {
        if (depth.has(next)) continue;
        depth.set(next, depth.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  const perLevel = new Map<number, number>();
  for (const d of depth.values()) perLevel.set(d, (perLevel.get(d) ?? 0) + 1);
  return Math.max(0, ...perLevel.values()) > limits.row ? 'rings' : 'rows';
}
