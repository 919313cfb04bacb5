import { describe, expect, it } from 'vitest';
import { compilePatterns } from './matcher.ts';
import { newTokenArrays, scanText, tokenize } from './tokenize.ts';

const texts = (pattern: string, text: string) =>
  compilePatterns([{ patterns: [pattern], value: 1 }])
    .match(tokenize(text))
    .map((m) => text.slice(m.start, m.end));

describe('compilePatterns: grammar', () => {
  it.each([
    // alternatives
    ['choose|chooses|chose|choosing to', 'She chose to go, he is choosing to stay', ['chose to', 'choosing to']],
    // optional slot
    ['put|puts|putting himself|herself|themselves [at] risk', 'putting herself at risk; puts himself risk', ['putting herself at risk', 'puts himself risk']],
    // optional alternatives
    ['older [boy|girl] friends', 'older friends and older boy friends', ['older friends', 'older boy friends']],
    // exactly one any word
    ['picked up by * men', 'picked up by two men; picked up by men', ['picked up by two men']],
    // zero or one any word
    ['picked up by [*] men', 'picked up by two men; picked up by men', ['picked up by two men', 'picked up by men']],
    // prefix wildcard
    ['promiscu*', 'Promiscuous and promiscuity, not promise', ['Promiscuous', 'promiscuity']],
    ['self-harm*', 'self-harming and self-harm', ['self-harming', 'self-harm']],
    // case-insensitive and curly apostrophes
    ["doesn't engage", 'She DOESN’T ENGAGE', ['DOESN’T ENGAGE']],
    // never across a sentence boundary
    ['went missing', 'She went. Missing', []],
    ['went missing', 'She went\n\nmissing', []],
    // hyphenated words are one token
    ['county lines', 'county-lines and county lines', ['county lines']],
  ])('%s on %j', (pattern, text, expected) => {
    expect(texts(pattern, text)).toEqual(expected);
  });

  it('returns all matches, overlapping, sorted by start then longest first', () => {
    const m = compilePatterns([
      { patterns: ['went missing'], value: 'a' },
      { patterns: ['went missing from home', 'missing'], value: 'b' },
    ]);
    const text = 'She went missing from home';
    expect(m.match(tokenize(text)).map((x) => [x.value, x.startToken, x.endToken, text.slice(x.start, x.end)])).toEqual([
      ['b', 1, 5, 'went missing from home'],
      ['a', 1, 3, 'went missing'],
      ['b', 2, 3, 'missing'],
    ]);
  });

  it('reports one match per value and span even when several patterns reach it', () => {
    const m = compilePatterns([{ patterns: ['a b', '* b', 'a [x] b'], value: 1 }]);
    expect(m.match(tokenize('a b'))).toHaveLength(1);
  });

  it('does not leak one pattern’s suffix onto another pattern’s shared prefix', () => {
    const m = compilePatterns([
      { patterns: ['a|b x'], value: 1 },
      { patterns: ['a x y'], value: 2 },
    ]);
    expect(m.match(tokenize('b x y')).map((x) => x.value)).toEqual([1]);
    expect(m.match(tokenize('a x y')).map((x) => x.value)).toEqual([2, 1]);
  });

  it('an optional slot that shares a word with the next slot never ends a match on its own', () => {
    // The old copy-on-write trie gave both slots' words one node, so `older` alone matched `[older|adult] adult`.
    expect(texts('[older|adult] adult', 'older. older adult. adult adult')).toEqual(['older adult', 'adult', 'adult adult', 'adult', 'adult']);
    expect(texts('seek out [the] [older|adult] men|adults|older', 'seek out adult. seek out older. seek out the adult men')).toEqual([
      'seek out older',
      'seek out the adult men',
    ]);
    expect(texts('only [smoking|a] a bit of weed', 'only smoking bit of weed. only a bit of weed. only a a bit of weed')).toEqual([
      'only a bit of weed',
      'only a a bit of weed',
    ]);
  });

  it('interns pattern words when compiling, so text scanned before the first match has their ids', () => {
    // The automaton itself is built on first use; the scanner must already know the words and prefixes.
    const m = compilePatterns([{ patterns: ['zyxwvut quorbl*'], value: 1 }]);
    const text = 'A zyxwvut quorbling here';
    const ta = scanText(text, newTokenArrays(16));
    expect(m.matchArrays(ta, 0, ta.n).map((x) => text.slice(x.start, x.end))).toEqual(['zyxwvut quorbling']);
  });

  it('compiles many alternatives per slot without blowing up', () => {
    const alts = Array.from({ length: 50 }, (_, i) => `w${i}`).join('|');
    const m = compilePatterns([{ patterns: [`${alts} [${alts}] ${alts} [${alts}] ${alts} end`], value: 1 }]);
    // Three overlapping matches: all six words, then from w2 and from w3 (each optional slot left out in turn).
    expect(m.match(tokenize('w1 w2 w3 w4 w5 end')).map((x) => [x.startToken, x.endToken])).toEqual([
      [0, 6],
      [1, 6],
      [2, 6],
    ]);
    expect(m.match(tokenize('w1 w3 w5 end'))).toHaveLength(1);
  });
});

describe('compilePatterns: invalid patterns throw at compile time, naming the pattern', () => {
  it.each([
    ['', /empty pattern/],
    ['   ', /empty pattern/],
    ['[optional]', /every slot is optional/],
    ['[a] [b]', /every slot is optional/],
    ['* *', /at least one word/],
    ['a||b', /empty alternative/],
    ['|a', /empty alternative/],
    ['[a', /unbalanced/],
    ['a]', /misplaced bracket/],
    ['[]', /unbalanced or empty/],
    ['a[b]', /misplaced bracket/],
    ['[[a]]', /misplaced bracket/],
    ['a*b', /may only end a word/],
    ['**', /may only end a word|not a single word/],
    ['a|* b', /only alternative/],
    ['a, b', /not a single word/],
    ['a&e', /not a single word/],
    ["adults'", /not a single word/],
  ])('%j', (pattern, message) => {
    expect(() => compilePatterns([{ patterns: [pattern], value: 1 }])).toThrow(message);
    expect(() => compilePatterns([{ patterns: [pattern], value: 1 }])).toThrow(`"${pattern}"`);
  });
});
