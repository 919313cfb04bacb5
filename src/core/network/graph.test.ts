import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { exampleCaseNetwork, link, person } from './example.ts';
import { analyseNetwork } from './metrics.ts';
import { buildNetwork, edgeListGraph, filterNetwork, linkFilter } from './graph.ts';
import type { LinkFilter } from './types.ts';

const { entities, links } = exampleCaseNetwork();
const linkIds = (f: LinkFilter) => links.filter(linkFilter(f)).map((l) => l.id);

describe('buildNetwork', () => {
  it('has a node for every entity and an edge for every linked pair', () => {
    const g = buildNetwork(entities, links);
    expect(g.order).toBe(entities.length);
    expect(g.size).toBe(links.length);
    expect(g.getNodeAttribute('p1', 'entity')).toEqual({ id: 'p1', kind: 'person', role: 'suspected_perpetrator' });
  });

  it('keeps several links between the same two entities on one edge, both kept', () => {
    const g = buildNetwork(entities, [...links, link('L99', 'p1', 'c1', 'associates_with', 'confirmed')]);
    expect(g.size).toBe(links.length);
    expect(g.getEdgeAttribute(g.edge('c1', 'p1')!, 'links').map((l) => l.id)).toEqual(['L01', 'L99']);
  });

  it('drops the links that do not pass the filter but keeps every entity', () => {
    const g = buildNetwork(entities, links, { minConfidence: 'confirmed' });
    expect(g.order).toBe(entities.length);
    expect(g.size).toBe(5);
    expect(filterNetwork(buildNetwork(entities, links), { minConfidence: 'confirmed' }).size).toBe(5);
  });

  it('refuses bad input, naming fields by position and never by content', () => {
    const bad = () =>
      buildNetwork(
        [person('x', 'child_at_risk'), person('x', 'child_at_risk')],
        [link('A', 'x', 'nobody', 'seen_with', 'confirmed'), link('B', 'x', 'x', 'seen_with', 'confirmed', { start: '2024-05-01', end: '2024-01-01' })],
      );
    expect(bad).toThrow(ValidationError);
    try {
      bad();
    } catch (e) {
      const fields = (e as ValidationError).fields;
      expect(Object.keys(fields).sort()).toEqual(['entities[1].id', 'links[0].to', 'links[1]', 'links[1].end']);
      expect(JSON.stringify(fields)).not.toContain('nobody');
    }
  });
});

describe('linkFilter', () => {
  it.each([
    ['no filter', {}, 14],
    ['one type', { types: ['supplied_drugs_to'] }, 2],
    ['confirmed only', { minConfidence: 'confirmed' }, 5],
    ['reported or stronger', { minConfidence: 'reported' }, 10],
    ['suspected or stronger (all)', { minConfidence: 'suspected' }, 14],
  ] as [string, LinkFilter, number][])('%s', (_name, f, count) => {
    expect(linkIds(f)).toHaveLength(count);
  });

  it('keeps links whose dates overlap the window, and undated ones unless told not to', () => {
    // 2024 window: L04 (2023) and L12 (2020) fall outside; L02 (open-ended from 2024-02) overlaps.
    expect(linkIds({ from: '2024-01-01', to: '2024-12-31' })).not.toEqual(expect.arrayContaining(['L04']));
    expect(linkIds({ from: '2024-01-01', to: '2024-12-31' })).toHaveLength(12);
    expect(linkIds({ from: '2024-01-01', to: '2024-12-31', includeUndated: false })).toEqual(['L01', 'L02', 'L03']);
    // A window that ends before a link starts, and one that starts after it ended.
    expect(linkIds({ to: '2023-12-31', includeUndated: false })).toEqual(['L04', 'L12']);
    expect(linkIds({ from: '2024-03-02', includeUndated: false })).toEqual(['L02']);
    // The boundary day counts.
    expect(linkIds({ from: '2024-02-10', to: '2024-02-10', includeUndated: false })).toEqual(['L01', 'L02', 'L03']);
  });

  it.each([
    [{ from: '1/2/2024' }, 'from'],
    [{ to: '2024-13' }, 'to'],
    [{ from: '2024-05-01', to: '2024-01-01' }, 'to'],
    [{ minConfidence: 'certain' }, 'minConfidence'],
    [{ types: ['knows'] }, 'types'],
  ] as [LinkFilter, string][])('refuses a malformed filter %j', (f, field) => {
    expect(() => linkFilter(f)).toThrow(ValidationError);
    try {
      linkFilter(f);
    } catch (e) {
      expect(Object.keys((e as ValidationError).fields)).toContain(field);
    }
  });
});

describe('edgeListGraph', () => {
  // graphology keeps neighbours in plain objects: these names once broke the graph (found by the importer fuzz target).
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', '\u0000constructor'])('takes a node named %j like any other', (name) => {
    const g = edgeListGraph([
      { source: 'A', target: name },
      { source: name, target: 'A', weight: 2 },
      { source: name, target: 'B' },
    ]);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    const a = analyseNetwork(g);
    expect(a.nodes.map((n) => n.id).sort()).toEqual(['A', 'B', name].sort());
    expect(a.nodes.find((n) => n.id === name)?.degree).toBe(2);
  });

  it('merges repeated pairs, summing weights, and drops self-loops (keeping the node)', () => {
    const g = edgeListGraph([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'a', weight: 3 },
      { source: 'b', target: 'c' },
      { source: 'd', target: 'd' },
    ]);
    expect(g.order).toBe(4);
    expect(g.size).toBe(2);
    expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'weight')).toBe(5);
    expect(g.getEdgeAttribute(g.edge('b', 'c')!, 'weight')).toBe(1);
  });

  it('keeps both directions apart when directed', () => {
    const g = edgeListGraph(
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
      ],
      { directed: true },
    );
    expect(g.type).toBe('directed');
    expect(g.size).toBe(2);
  });
});
