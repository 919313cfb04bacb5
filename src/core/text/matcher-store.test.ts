import { afterEach, describe, expect, it } from 'vitest';
import { type AutomatonStore, compilePatterns, setAutomatonStore } from './matcher.ts';
import { scanText, newTokenArrays } from './tokenize.ts';

// A store of built automata (matcher.ts AutomatonStore): a matcher whose automaton comes from the store matches exactly
// as one built here, and anything but a whole packed automaton is built again and stored over.

const ENTRIES = [
  { patterns: ['picked up by [*] [older] man|men|male|males [in] [a] car|cars'], value: 'car' },
  { patterns: ['promiscu*', 'sexually active'], value: 'label' },
  { patterns: ['choose|chooses|chose|choosing to', '* in a shoebox'], value: 'choice' },
  { patterns: ['no concerns [about]', 'older boyfriend|boyfriends'], value: 'other' },
];
const TEXTS = [
  'She was picked up by two older men in a car after school; she chose to go.',
  'Promiscuous is not a word to use. No concerns about her older boyfriend, who is 24.',
  'The money was kept in a shoebox. He is sexually active, and chooses to stay out.',
];

/** Every match of the entries over TEXTS, as (text, entry, start token, end token). */
function matches(entries = ENTRIES): string[] {
  const m = compilePatterns(entries);
  const ta = newTokenArrays(64);
  return TEXTS.flatMap((t, i) => {
    scanText(t, ta);
    const n = m.matchTriples(ta, 0, ta.n);
    return Array.from({ length: n }, (_, k) => `${i}:${m.values[m.triples[3 * k]!]!}:${m.triples[3 * k + 1]!}-${m.triples[3 * k + 2]!}`);
  });
}

function memoryStore(): AutomatonStore & { saved: Map<string, Int32Array>; loads: number; saves: number } {
  const saved = new Map<string, Int32Array>();
  const s = {
    saved,
    loads: 0,
    saves: 0,
    load(key: string) {
      s.loads++;
      return saved.get(key) ?? null;
    },
    save(key: string, data: Int32Array) {
      s.saves++;
      saved.set(key, data.slice());
    },
  };
  return s;
}

afterEach(() => {
  setAutomatonStore(null);
});

describe('a store of built automata', () => {
  const built = matches();

  it('stores an automaton built on first use, then matches from the stored one without building again', () => {
    expect(built.length).toBeGreaterThan(6);
    const store = memoryStore();
    setAutomatonStore(store);
    expect(matches()).toEqual(built);
    expect([store.loads, store.saves, store.saved.size]).toEqual([1, 1, 1]);
    expect(matches()).toEqual(built);
    expect([store.loads, store.saves]).toEqual([2, 1]);
  });

  it('gives other patterns, or the same patterns under other entries, another key', () => {
    const store = memoryStore();
    setAutomatonStore(store);
    matches();
    matches([...ENTRIES, { patterns: ['county lines'], value: 'cl' }]);
    matches([ENTRIES[1]!, ENTRIES[0]!, ENTRIES[2]!, ENTRIES[3]!]);
    expect(store.saved.size).toBe(3);
  });

  // Each corruption of the one stored automaton: the matcher builds again (a second save) and matches as built.
  it.each<[string, (a: Int32Array) => Int32Array]>([
    ['one int changed', (a) => a.map((v, i) => (i === a.length - 5 ? v ^ 1 : v))],
    ['truncated', (a) => a.slice(0, a.length - 3)],
    ['another format', (a) => a.map((v, i) => (i === 1 ? 99 : v))],
    ['not an automaton', (a) => new Int32Array(a.length).fill(7)],
    ['empty', () => new Int32Array(0)],
  ])('builds again over a stored automaton that is %s', (_, spoil) => {
    const store = memoryStore();
    setAutomatonStore(store);
    matches();
    const [key, data] = [...store.saved][0]!;
    store.saved.set(key, spoil(data));
    expect(matches()).toEqual(built);
    expect(store.saves).toBe(2);
    expect(store.saved.get(key)).toEqual(data);
  });
});
