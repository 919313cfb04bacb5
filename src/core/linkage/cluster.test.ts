import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectedComponents, UnionFind } from './cluster.ts';

describe('connectedComponents', () => {
  it('joins records transitively and numbers clusters in order of first record', () => {
    // 0-1, 1-2 (so 0-2), 4-5; 3 and 6 alone.
    expect(Array.from(connectedComponents(7, [0, 1, 5], [1, 2, 4]))).toEqual([0, 0, 0, 1, 2, 2, 3]);
  });

  it('uses only the pairs at or above the threshold', () => {
    const c = connectedComponents(4, [0, 1, 2], [1, 2, 3], [0.99, 0.4, 0.95], 0.9);
    expect(Array.from(c)).toEqual([0, 0, 1, 1]);
  });

  it('gives every record its own cluster when there are no pairs', () => {
    expect(Array.from(connectedComponents(3, [], []))).toEqual([0, 1, 2]);
  });

  it('agrees with a naive flood fill on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }))),
        ([n, edges]) => {
          const got = connectedComponents(
            n,
            edges.map((e) => e[0]),
            edges.map((e) => e[1]),
          );
          const label = new Array<number>(n).fill(-1);
          let next = 0;
          for (let s = 0; s < n; s++) {
            if (label[s] !== -1) continue;
            const stack = [s];
            label[s] = next;
            while (stack.length) {
              const x = stack.pop()!;
              for (const [a, b] of edges) {
                const y = a === x ? b : b === x ? a : -1;
                if (y >= 0 && label[y] === -1) {
                  label[y] = next;
                  stack.push(y);
                }
              }
            }
            next++;
          }
          expect(Array.from(got)).toEqual(label);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('UnionFind', () => {
  it('reports whether a union joined two sets', () => {
    const uf = new UnionFind(3);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(2)).not.toBe(uf.find(0));
  });
});
