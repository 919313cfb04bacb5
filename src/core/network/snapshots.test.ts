import { describe, expect, it } from 'vitest';
import { edgeListGraph } from './graph.ts';
import { meanCentralityOverSnapshots } from './snapshots.ts';

const g = (pairs: string) => edgeListGraph(pairs.split(' ').map((p) => ({ source: p.split('-')[0]!, target: p.split('-')[1]! })));

describe('meanCentralityOverSnapshots', () => {
  it('averages over snapshots, a node absent from one scoring 0 there', () => {
    // Snapshot 1: star centred on a (a: degree 1, betweenness 1). Snapshot 2: path b-c-d without a.
    const r = meanCentralityOverSnapshots([g('a-b a-c a-d'), g('b-c c-d')]);
    const at = (id: string) => r.find((m) => m.id === id)!;
    expect(at('a')).toMatchObject({ degree: 0.5, betweenness: 0.5, snapshots: 1 });
    // c: degree 1/3 then 2/2; betweenness 0 then 1.
    expect(at('c').degree).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(at('c').betweenness).toBeCloseTo(0.5, 12);
    expect(at('c').snapshots).toBe(2);
    expect(r.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns nothing for no snapshots', () => {
    expect(meanCentralityOverSnapshots([])).toEqual([]);
  });
});
