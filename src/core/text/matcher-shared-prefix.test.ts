import { describe, expect, it } from 'vitest';
import { compilePatterns } from './matcher.ts';
import { tokenize } from './tokenize.ts';

// Regression: entries compiled together share trie nodes (`found with ...`). Optional slots that follow one another
// and can take the same token (`[*] [*]`, `[big|heavy] [big|heavy]`) must keep every path: zero, one or two tokens.
// The entry order matters for the bug, so keep `weapon` (which owns `found with` first) before `cash`.
const matcher = compilePatterns([
  { patterns: ['found with [a|an] knife|blade'], value: 'weapon' },
  { patterns: ['found|caught with [*] [*] cash'], value: 'cash' },
  { patterns: ['found|seen with [large|small] [*] drugs|cannabis'], value: 'drugs' },
  { patterns: ['found|caught with [big|heavy] [big|heavy] bag*'], value: 'bags' },
]);

const values = (text: string): string[] => [...new Set(matcher.match(tokenize(text)).map((m) => m.value))].sort();

describe('compilePatterns: optional and wildcard slots on a shared prefix', () => {
  it.each([
    // optional alternatives slot, taken and skipped
    ['He was found with a knife', ['weapon']],
    ['found with blade', ['weapon']],
    // [*] [*]: zero, one and two wildcard tokens, through the prefix another entry already owns (found with)
    ['found with cash', ['cash']],
    ['He was found with lots of cash', ['cash']],
    // ... and through the prefix only this entry has (caught with)
    ['He was caught with large amounts cash', ['cash']],
    // at most two optional tokens; never across a sentence boundary
    ['He was found with a lot of cash', []],
    ['found with a knife. Cash was also seized', ['weapon']],
    // optional alternatives then an optional wildcard
    ['found with small wrapped cannabis', ['drugs']],
    ['found with wrapped cannabis', ['drugs']],
    // the same optional alternatives twice, then a prefix wildcard
    ['caught with heavy bags', ['bags']],
    ['found with big heavy bags', ['bags']],
    ['caught with big heavy bags', ['bags']],
  ])('%j -> %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});
