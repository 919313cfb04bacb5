import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { exampleCaseNetwork } from './example.ts';
import { expandFromDisclosure, type Expansion } from './expand.ts';
import { buildNetwork } from './graph.ts';

const { entities, links } = exampleCaseNetwork();
const graph = buildNetwork(entities, links);
const ids = (x: { id: string }[]) => x.map((r) => r.id);
const reachedIds = (e: Expansion) => [...e.people, ...e.places, ...e.vehicles, ...e.phones, ...e.accounts, ...e.groups].map((r) => r.id).sort();

describe('expandFromDisclosure', () => {
  it('respects the hop limit: each extra hop adds only what is that many links away', () => {
    expect(reachedIds(expandFromDisclosure(graph, 'c1', { hops: 0 }))).toEqual([]);
    expect(reachedIds(expandFromDisclosure(graph, 'c1', { hops: 1 }))).toEqual(['a1', 'l1', 'p1']);
    expect(reachedIds(expandFromDisclosure(graph, 'c1', { hops: 2 }))).toEqual(['a1', 'acc1', 'c2', 'c3', 'g1', 'l1', 'p1', 'ph1', 'v1']);
    const three = expandFromDisclosure(graph, 'c1', { hops: 3 });
    expect(reachedIds(three)).toEqual(['a1', 'acc1', 'c2', 'c3', 'c4', 'c5', 'g1', 'l1', 'p1', 'p2', 'ph1', 'v1']);
    expect(three.people.every((r) => r.hops <= 3)).toBe(true);
  });

  it('groups what it reaches by kind, nearest first, with hops, path and the link of each step', () => {
    const e = expandFromDisclosure(graph, 'c1', { hops: 3 });
    expect(ids(e.people)).toEqual(['a1', 'p1', 'c2', 'c3', 'c4', 'c5', 'p2']);
    expect(ids(e.places)).toEqual(['l1']);
    expect(ids(e.vehicles)).toEqual(['v1']);
    expect(ids(e.phones)).toEqual(['ph1']);
    expect(ids(e.accounts)).toEqual(['acc1']);
    expect(ids(e.groups)).toEqual(['g1']);
    const c5 = e.people.find((r) => r.id === 'c5')!;
    expect(c5).toEqual({
      id: 'c5',
      kind: 'person',
      role: 'child_at_risk',
      hops: 3,
      path: ['c1', 'p1', 'ph1', 'c5'],
      steps: [
        { linkId: 'L01', type: 'seen_with', confidence: 'reported' },
        { linkId: 'L07', type: 'uses_phone', confidence: 'confirmed' },
        { linkId: 'L08', type: 'called', confidence: 'reported' },
      ],
    });
  });

  it('flags other children who share a suspected perpetrator or a place with the start child', () => {
    const e = expandFromDisclosure(graph, 'c1', { hops: 1 });
    expect(e.otherChildren).toEqual([
      { id: 'c2', via: [{ kind: 'suspected_perpetrator', id: 'p1' }] },
      { id: 'c3', via: [{ kind: 'location', id: 'l1' }] },
    ]);
    // c4 shares a vehicle with p1 and c5 a phone: not a direct share, so not flagged.
    expect(ids(expandFromDisclosure(graph, 'c1', { hops: 3 }).otherChildren)).toEqual(['c2', 'c3']);
  });

  it('walks only the links that pass the filter: confidence', () => {
    const e = expandFromDisclosure(graph, 'c1', { hops: 3, filter: { minConfidence: 'reported' } });
    // The suspected links p1->c2, c4-v1 and p1-g1 are not walked.
    expect(reachedIds(e)).toEqual(['a1', 'acc1', 'c3', 'c5', 'l1', 'p1', 'ph1', 'v1']);
    expect(e.otherChildren).toEqual([{ id: 'c3', via: [{ kind: 'location', id: 'l1' }] }]);
  });

  it('walks only the links that pass the filter: dates and types', () => {
    const in2024 = expandFromDisclosure(graph, 'c1', { hops: 2, filter: { from: '2024-01-01', to: '2024-12-31' } });
    expect(reachedIds(in2024)).not.toContain('c3');
    expect(ids(in2024.otherChildren)).toEqual(['c2']);
    const seenWith = expandFromDisclosure(graph, 'c1', { hops: 3, filter: { types: ['seen_with'] } });
    expect(reachedIds(seenWith)).toEqual(['p1']);
    expect(seenWith.otherChildren).toEqual([]);
  });

  it('neither lists nor walks through entities the caller may not see', () => {
    const e = expandFromDisclosure(graph, 'c1', { hops: 3, visible: (id) => id !== 'p1' });
    expect(reachedIds(e)).toEqual(['a1', 'acc1', 'c3', 'l1']);
    expect(ids(e.otherChildren)).toEqual(['c3']);
  });

  it('picks the strongest link of a step when a pair has several', () => {
    const g = buildNetwork(entities, [...links, { ...links[0]!, id: 'L00', confidence: 'confirmed', type: 'associates_with' }]);
    expect(expandFromDisclosure(g, 'c1', { hops: 1 }).people.find((r) => r.id === 'p1')!.steps).toEqual([
      { linkId: 'L00', type: 'associates_with', confidence: 'confirmed' },
    ]);
  });

  it.each([
    ['an unknown start', 'nobody', { hops: 2 }, 'start'],
    ['a hidden start', 'c1', { hops: 2, visible: () => false }, 'start'],
    ['negative hops', 'c1', { hops: -1 }, 'hops'],
    ['fractional hops', 'c1', { hops: 1.5 }, 'hops'],
    ['too many hops', 'c1', { hops: 7 }, 'hops'],
    ['a bad filter', 'c1', { hops: 1, filter: { from: 'yesterday' } }, 'from'],
  ] as const)('refuses %s', (_name, start, opts, field) => {
    const run = () => expandFromDisclosure(graph, start, opts);
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (e) {
      expect(Object.keys((e as ValidationError).fields)).toEqual([field]);
    }
  });

  it('reaches nothing from an entity with no links', () => {
    const g = buildNetwork([...entities, { id: 'alone', kind: 'person', role: 'child_at_risk' }], links);
    const e = expandFromDisclosure(g, 'alone', { hops: 6 });
    expect(reachedIds(e)).toEqual([]);
    expect(e.otherChildren).toEqual([]);
  });
});
