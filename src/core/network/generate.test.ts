import { describe, expect, it } from 'vitest';
import { plantedPartition } from './generate.ts';

describe('plantedPartition', () => {
  const g = plantedPartition({ nodes: 5_000, edges: 25_000, seed: 1 });

  it('has exactly the edges asked for, no self-loops, no duplicates', () => {
    expect(g.sources.length).toBe(25_000);
    const keys = new Set<number>();
    let loops = 0;
    g.sources.forEach((s, e) => {
      const t = g.targets[e]!;
      if (s === t) loops++;
      keys.add(Math.min(s, t) * g.n + Math.max(s, t));
    });
    expect(loops).toBe(0);
    expect(keys.size).toBe(25_000);
  });

  it('puts most edges inside communities and has heavy-tailed degrees', () => {
    let inside = 0;
    const degree = new Int32Array(g.n);
    g.sources.forEach((s, e) => {
      const t = g.targets[e]!;
      if (g.community[s] === g.community[t]) inside++;
      degree[s]!++;
      degree[t]!++;
    });
    expect(inside / g.sources.length).toBeGreaterThan(0.8);
    const max = Math.max(...degree);
    expect(max).toBeGreaterThan(10 * (50_000 / g.n));
  });

  it('is the same for the same seed and different for another', () => {
    const again = plantedPartition({ nodes: 5_000, edges: 25_000, seed: 1 });
    const other = plantedPartition({ nodes: 5_000, edges: 25_000, seed: 2 });
    expect(Array.from(again.sources)).toEqual(Array.from(g.sources));
    expect(Array.from(other.sources)).not.toEqual(Array.from(g.sources));
  });

  it('refuses impossible sizes', () => {
    expect(() => plantedPartition({ nodes: 10, edges: 40, seed: 1 })).toThrow(RangeError);
    expect(() => plantedPartition({ nodes: 1, edges: 0, seed: 1 })).toThrow(RangeError);
  });
});
