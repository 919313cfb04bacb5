import { describe, expect, it } from 'vitest';
import {
  type ChartFilter,
  type ChartNetwork,
  choiceLabels,
  describeNode,
  edgePasses,
  filterOptions,
  formatDate,
  hiddenBehind,
  layoutFor,
  readNetwork,
  ringPositions,
  showEverything,
  summary,
  toElements,
  visibleElements,
} from './link-chart-model.ts';

// Builders for the server's NetworkView JSON (src/services/network.ts), with only what a test changes spelt out.
const node = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'person',
  label: `Name ${id}`,
  detail: '',
  role: null,
  hops: 1,
  restricted: false,
  start: false,
  personId: null,
  ...over,
});
const edge = (id: string, from: string, to: string, over: Record<string, unknown> = {}) => ({
  id,
  from,
  to,
  type: 'seen_with',
  typeLabel: 'seen with',
  directed: false,
  confidence: 'confirmed',
  validFrom: null,
  validTo: null,
  sourceKind: 'chronology_entry',
  sourceId: 'src',
  sourcePersonId: 'p',
  agency: 'Police',
  restricted: false,
  ...over,
});
const view = (nodes: unknown[], edges: unknown[], start = 'c') => ({
  person: { id: 'p', name: 'Child', kind: 'child' },
  start,
  nodes,
  edges,
  otherChildren: [],
  hops: 2,
});

const read = (nodes: unknown[], edges: unknown[], start = 'c'): ChartNetwork => {
  const net = readNetwork(view(nodes, edges, start));
  if (!net) throw new Error('expected a network');
  return net;
};

// c (the child) - a - b - d, and c - e; a restricted stub r hangs off a.
const sample = () =>
  read(
    [
      node('c', { start: true, hops: 0, role: 'child_at_risk' }),
      node('a', { role: 'suspected_perpetrator' }),
      node('b', { kind: 'location', hops: 2 }),
      node('d', { kind: 'vehicle', hops: 3 }),
      node('e', { kind: 'phone' }),
      node('restricted-1', { kind: 'restricted', label: 'Restricted record', restricted: true, hops: -1 }),
    ],
    [
      edge('ca', 'c', 'a', { type: 'picked_up_by', typeLabel: 'picked up by', directed: true, validFrom: '2024-01-10' }),
      edge('ab', 'a', 'b', { type: 'stayed_at', typeLabel: 'stayed at', confidence: 'reported', validFrom: '2024-03-01', agency: 'Council' }),
      edge('bd', 'b', 'd', { confidence: 'suspected', validFrom: '2024-02-01' }),
      edge('ce', 'c', 'e', { type: 'called', typeLabel: 'called or messaged' }),
      edge('restricted-link-1', 'a', 'restricted-1', { type: null, typeLabel: 'restricted link', confidence: null, agency: null, restricted: true }),
    ],
  );

const everything = (net: ChartNetwork) => showEverything(filterOptions(net));
const without = (f: ChartFilter, key: 'types' | 'confidences' | 'agencies', value: string): ChartFilter => ({
  ...f,
  [key]: new Set([...f[key]].filter((v) => v !== value)),
});

describe('readNetwork', () => {
  it('reads the server JSON', () => {
    const net = sample();
    expect(net.start).toBe('c');
    expect(net.nodes).toHaveLength(6);
    expect(net.edges).toHaveLength(5);
  });

  it.each([
    ['not an object', 'nonsense'],
    ['no nodes', { edges: [] }],
    ['a node of an unknown kind', view([node('c', { kind: 'spaceship' })], [])],
    ['a node without an id', view([node('')], [])],
    ['a link with a confidence that does not exist', view([node('c'), node('a')], [edge('x', 'c', 'a', { confidence: 'certain' })])],
    ['a link with a date that is not a date', view([node('c'), node('a')], [edge('x', 'c', 'a', { validFrom: 'last week' })])],
    ['an HTML page', '<!DOCTYPE html><title>Sign in</title>'],
  ])('refuses %s', (_name, json) => {
    expect(readNetwork(json)).toBeNull();
  });

  it('drops links whose ends are not among the records, and repeated ids', () => {
    const net = read([node('c', { start: true }), node('a'), node('a')], [edge('x', 'c', 'a'), edge('x', 'c', 'a'), edge('y', 'c', 'ghost')]);
    expect(net.nodes.map((n) => n.id)).toEqual(['c', 'a']);
    expect(net.edges.map((e) => e.id)).toEqual(['x']);
  });

  it('shows nothing of a restricted record or link but that it is restricted, whatever the server sent', () => {
    const net = read(
      [
        node('c', { start: true }),
        node('r', { kind: 'person', label: 'Leaked Name', detail: 'leaked', role: 'suspected_perpetrator', restricted: true, personId: 'x' }),
      ],
      [edge('l', 'c', 'r', { typeLabel: 'leaked type', agency: 'Leaked agency', validFrom: '2024-01-01', restricted: true })],
    );
    expect(net.nodes[1]).toEqual({
      id: 'r',
      kind: 'restricted',
      label: 'Restricted record',
      detail: '',
      role: null,
      hops: -1,
      restricted: true,
      start: false,
      personId: null,
    });
    expect(net.edges[0]).toMatchObject({ type: null, typeLabel: '', confidence: null, agency: null, validFrom: null, directed: false });
    expect(JSON.stringify(toElements(net))).not.toMatch(/Leaked|leaked/);
  });

  it('takes the start from the view, or from the node marked start', () => {
    expect(
      read([node('c'), node('a', { start: true })], [], 'a')
        .nodes.filter((n) => n.start)
        .map((n) => n.id),
    ).toEqual(['a']);
    expect(read([node('c'), node('a', { start: true })], [], '').start).toBe('a');
  });
});

describe('toElements', () => {
  it('classes records by kind, start, role and restriction, and links by confidence and direction', () => {
    const els = toElements(sample());
    const byId = new Map(els.map((e) => [e.data.id, e]));
    expect(byId.get('c')?.classes).toEqual(['kind-person', 'start', 'role-child_at_risk']);
    expect(byId.get('a')?.classes).toEqual(['kind-person', 'role-suspected_perpetrator']);
    expect(byId.get('restricted-1')?.classes).toEqual(['kind-restricted', 'restricted']);
    expect(byId.get('ca')?.classes).toEqual(['confidence-confirmed', 'directed']);
    expect(byId.get('ab')?.classes).toEqual(['confidence-reported']);
    expect(byId.get('bd')?.classes).toEqual(['confidence-suspected']);
    expect(byId.get('restricted-link-1')?.classes).toEqual(['restricted']);
  });

  it('names marked roles under the record and leaves restricted links unlabelled', () => {
    const els = toElements(sample());
    const data = new Map(els.map((e) => [e.data.id, e.data]));
    expect(data.get('a')).toMatchObject({ label: 'Name a\n(Suspected perpetrator)' });
    expect(data.get('restricted-1')).toMatchObject({ label: 'Restricted record' });
    expect(data.get('restricted-link-1')).toMatchObject({ label: '', source: 'a', target: 'restricted-1' });
    expect(data.get('ca')).toMatchObject({ label: 'picked up by', source: 'c', target: 'a' });
  });
});

describe('filterOptions', () => {
  it('offers only the values present, with counts, unknowns last', () => {
    const o = filterOptions(sample());
    expect(o.types.map((t) => [t.label, t.count])).toEqual([
      ['called or messaged', 1],
      ['picked up by', 1],
      ['Restricted link', 1],
      ['seen with', 1],
      ['stayed at', 1],
    ]);
    expect(o.confidences.map((c) => c.label)).toEqual(['Confirmed', 'Reported', 'Suspected', 'Not recorded']);
    expect(o.agencies.map((a) => [a.label, a.count])).toEqual([
      ['Council', 1],
      ['Police', 3],
      ['Not shown', 1],
    ]);
    expect(o.dates).toEqual(['2024-01-10', '2024-02-01', '2024-03-01']);
  });
});

describe('edgePasses', () => {
  const net = sample();
  const all = everything(net);
  const e = (id: string) => net.edges.find((x) => x.id === id)!;

  it.each([
    ['everything shown', all, 'ab', true],
    ['its type unticked', without(all, 'types', 'stayed_at'), 'ab', false],
    ['its confidence unticked', without(all, 'confidences', 'reported'), 'ab', false],
    ['its agency unticked', without(all, 'agencies', 'Council'), 'ab', false],
    ['restricted links unticked', without(all, 'types', 'restricted'), 'restricted-link-1', false],
    ['slider before its start', { ...all, until: '2024-02-28' }, 'ab', false],
    ['slider on its start', { ...all, until: '2024-03-01' }, 'ab', true],
    ['slider early, link undated', { ...all, until: '2000-01-01' }, 'ce', true],
  ] as const)('%s', (_name, filter, id, shown) => {
    expect(edgePasses(e(id), filter)).toBe(shown);
  });
});

describe('visibleElements', () => {
  const ids = (s: Set<string>) => [...s].sort();

  it('shows everything at first', () => {
    const net = sample();
    const v = visibleElements(net, everything(net), new Set());
    expect(v.nodes.size).toBe(6);
    expect(v.edges.size).toBe(5);
    expect(summary(net, v)).toBe('Showing all 6 records and all 5 links.');
  });

  it('hides records left with no link shown, but never the start', () => {
    const net = sample();
    const f = without(without(everything(net), 'types', 'called'), 'types', 'picked_up_by');
    const v = visibleElements(net, f, new Set());
    expect(ids(v.nodes)).toEqual(['a', 'b', 'c', 'd', 'restricted-1']);
    expect(v.nodes.has('e')).toBe(false);
    expect(summary(net, v)).toBe('Showing 5 of 6 records and 3 of 5 links.');
    expect(summary(net, visibleElements(net, without(everything(net), 'confidences', 'reported'), new Set()))).toBe('Showing all 6 records and 4 of 5 links.');
  });

  it('moves with the time slider', () => {
    const net = sample();
    const v = visibleElements(net, { ...everything(net), until: '2024-01-31' }, new Set());
    expect(ids(v.edges)).toEqual(['ca', 'ce', 'restricted-link-1']);
    expect(ids(v.nodes)).toEqual(['a', 'c', 'e', 'restricted-1']);
  });

  it('collapsing a record hides what is reached only through it, and keeps the record', () => {
    const net = sample();
    const v = visibleElements(net, everything(net), new Set(['a']));
    expect(ids(v.nodes)).toEqual(['a', 'c', 'e']);
    expect(ids(v.edges)).toEqual(['ca', 'ce']);
    expect(hiddenBehind(net, everything(net), new Set(), 'a')).toBe(3);
    expect(hiddenBehind(net, everything(net), new Set(), 'e')).toBe(0);
  });

  it('keeps a record that can still be reached another way', () => {
    const net = read(
      [node('c', { start: true }), node('a'), node('b'), node('x')],
      [edge('ca', 'c', 'a'), edge('cb', 'c', 'b'), edge('ax', 'a', 'x'), edge('bx', 'b', 'x')],
    );
    expect(ids(visibleElements(net, everything(net), new Set(['a'])).nodes)).toEqual(['a', 'b', 'c', 'x']);
    expect(ids(visibleElements(net, everything(net), new Set(['a', 'b'])).nodes)).toEqual(['a', 'b', 'c']);
  });

  it('expanding shows the records again', () => {
    const net = sample();
    const collapsed = new Set(['b']);
    expect(visibleElements(net, everything(net), collapsed).nodes.has('d')).toBe(false);
    collapsed.delete('b');
    expect(visibleElements(net, everything(net), collapsed).nodes.has('d')).toBe(true);
  });

  it('collapses through the links shown, not the hidden ones', () => {
    const net = read(
      [node('c', { start: true }), node('a'), node('b'), node('x')],
      [edge('ca', 'c', 'a'), edge('cb', 'c', 'b', { confidence: 'suspected' }), edge('ax', 'a', 'x'), edge('bx', 'b', 'x')],
    );
    const f = without(everything(net), 'confidences', 'suspected');
    expect(ids(visibleElements(net, f, new Set(['a'])).nodes)).toEqual(['a', 'c']);
  });
});

describe('words', () => {
  it.each([
    ['2024-03-07', '7 March 2024'],
    ['2023-12-31', '31 December 2023'],
    ['not a date', 'not a date'],
  ])('formatDate(%s)', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it('describes a record without revealing a restricted one', () => {
    const net = sample();
    const n = (id: string) => net.nodes.find((x) => x.id === id)!;
    expect(describeNode(n('a'))).toBe('Name a (person, suspected perpetrator)');
    expect(describeNode(n('restricted-1'))).toBe('Restricted record');
  });

  it('lists the start first, tells records with the same name apart and leaves restricted records out', () => {
    const net = read(
      [
        node('c', { start: true, label: 'Ash' }),
        node('a', { label: 'Sam' }),
        node('b', { label: 'Sam', kind: 'location' }),
        node('d', { label: 'Sam' }),
        node('r', { restricted: true }),
      ],
      [],
    );
    expect(choiceLabels(net)).toEqual([
      { id: 'c', label: 'Ash (start)' },
      { id: 'a', label: 'Sam (person)' },
      { id: 'd', label: 'Sam (person) 2' },
      { id: 'b', label: 'Sam (place)' },
    ]);
  });
});

describe('ringPositions', () => {
  it('puts the start in the middle and each ring further out, the same every time', () => {
    const net = sample();
    const p = ringPositions(net);
    const r = (id: string) => Math.hypot(p.get(id)!.x, p.get(id)!.y);
    expect(p.get('c')).toEqual({ x: 0, y: 0 });
    expect(r('a')).toBeCloseTo(170, 0);
    expect(r('b')).toBeCloseTo(340, 0);
    expect(r('restricted-1')).toBeCloseTo(680, 0);
    expect(ringPositions(net)).toEqual(p);
  });
});

describe('layoutFor', () => {
  const star = (spokes: number, restricted = false) =>
    read(
      [node('c', { start: true }), ...Array.from({ length: spokes }, (_, i) => node(`n${i}`, restricted ? { restricted: true } : {}))],
      Array.from({ length: spokes }, (_, i) => edge(`e${i}`, 'c', `n${i}`, restricted ? { restricted: true } : {})),
    );
  const shown = (net: ChartNetwork) => visibleElements(net, everything(net), new Set());

  it.each([
    ['short rows', star(6), 'rows'],
    ['a row too wide to read', star(7, true), 'rings'],
    ['too many records for rings', star(151), 'force'],
  ] as const)('%s: %s', (_name, net, kind) => {
    expect(layoutFor(net, shown(net))).toBe(kind);
  });

  it('judges the rows by what is shown', () => {
    const net = star(10);
    const f = without(everything(net), 'types', 'seen_with');
    expect(layoutFor(net, visibleElements(net, f, new Set()))).toBe('rows');
  });
});
