import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.ts';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    ['[[],[[]]]', 3],
  ])('%s -> %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(jsonDepth('['.repeat(100_000))).toBe(MAX_JSON_DEPTH + 1);
  });
});
