import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { exampleCaseNetwork, link, person } from './example.ts';
import { buildNetwork } from './graph.ts';
import { keyPlayers } from './key-players.ts';

const { entities, links } = exampleCaseNetwork();
const graph = buildNetwork(entities, links);

describe('keyPlayers', () => {
  it('ranks suspected perpetrators by the children within two links', () => {
    const r = keyPlayers(graph);
    expect(r.hops).toBe(2);
    expect(r.byReach.map((p) => [p.id, p.childrenReached])).toEqual([
      ['p1', 4],
      ['p2', 1],
      ['p3', 1],
    ]);
    expect(r.byReach[0]!.children).toEqual(['c1', 'c2', 'c4', 'c5']);
    // p2 and p3 tie on reach; p2 brokers (it joins p3 to the rest) and so comes first.
    expect(r.byReach[1]!.betweenness).toBeGreaterThan(r.byReach[2]!.betweenness);
  });

  it('ranks them by brokerage: betweenness, then communities bridged', () => {
    const r = keyPlayers(graph);
    expect(r.byBrokerage.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(r.byBrokerage[2]!.betweenness).toBe(0);
    expect(r.byBrokerage[0]!.communitiesBridged).toBeGreaterThanOrEqual(1);
    expect(r.betweenness.method).toBe('exact');
  });

  it('reaches further with more hops, and less with a filter', () => {
    // p3 - p2 - c5 at 2 links; p1 at 3; c1 and c2 at 4.
    expect(keyPlayers(graph, { hops: 3 }).byReach.find((p) => p.id === 'p3')!.childrenReached).toBe(1);
    expect(keyPlayers(graph, { hops: 4 }).byReach.find((p) => p.id === 'p3')!.childrenReached).toBe(3);
    const confirmed = keyPlayers(graph, { filter: { minConfidence: 'reported' } });
    expect(confirmed.byReach.map((p) => [p.id, p.childrenReached])).toEqual([
      ['p1', 2],
      ['p2', 1],
      ['p3', 0],
    ]);
  });

  it('puts a well-connected newcomer first on reach', () => {
    const more = [...entities, person('p9', 'suspected_perpetrator')];
    const extra = ['c1', 'c2', 'c3', 'c4', 'c5'].map((c, i) => link(`X${i}`, 'p9', c, 'supplied_drugs_to', 'reported'));
    const r = keyPlayers(buildNetwork(more, [...links, ...extra]));
    expect(r.byReach[0]).toMatchObject({ id: 'p9', childrenReached: 5 });
  });

  it('returns empty rankings when nobody is a suspected perpetrator', () => {
    const r = keyPlayers(buildNetwork([person('a', 'child_at_risk'), person('b', 'child_at_risk')], [link('L', 'a', 'b', 'associates_with', 'confirmed')]));
    expect(r.byReach).toEqual([]);
    expect(r.byBrokerage).toEqual([]);
  });

  it('refuses hops outside 1..6', () => {
    expect(() => keyPlayers(graph, { hops: 0 })).toThrow(ValidationError);
    expect(() => keyPlayers(graph, { hops: 7 })).toThrow(ValidationError);
  });
});
