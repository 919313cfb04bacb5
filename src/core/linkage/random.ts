// Seeded random numbers for sampling record pairs, so that a linkage run is repeatable: same input, same seed, same
// parameters. Core code takes the seed from its caller and never reads a clock or global randomness.

// One generator for all of core (network/random.ts).
export { seededRandom } from '../network/random.ts';

/** A well-mixed 32-bit hash of two integers and a seed (for keeping a repeatable sample of pairs). */
export function pairHash(a: number, b: number, seed: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + seed, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
