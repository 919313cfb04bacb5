import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from './matcher.ts';
import { compilePatterns as refCompilePatterns } from './reference/matcher.ts';
import { tokenize, type Token } from './tokenize.ts';

// Random pattern sets against a naive matcher that tries every pattern at every start token, slot by slot, straight
// from the grammar in matcher.ts. A few short, overlapping words and prefixes make patterns share prefixes and
// suffixes, optional slots repeat the next slot's words (`[older|adult] adult`), and `*` slots stand next to words.

type Alt = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'any' };
type Slot = { optional: boolean; alts: Alt[] };
type Entry = { patterns: Slot[][] };

const WORDS = ['a', 'b', 'c', 'ab', 'abc', 'ba', "a'b", 'a-b'];
const PREFIXES = ['a', 'ab', 'b', 'c'];

const altArb: fc.Arbitrary<Alt> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS).map((word): Alt => ({ kind: 'word', word })) },
  { weight: 2, arbitrary: fc.constantFrom(...PREFIXES).map((prefix): Alt => ({ kind: 'prefix', prefix })) },
);
const slotArb: fc.Arbitrary<Slot> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ optional: fc.boolean(), alts: fc.uniqueArray(altArb, { minLength: 1, maxLength: 3, selector: render }) }) },
  { weight: 1, arbitrary: fc.boolean().map((optional): Slot => ({ optional, alts: [{ kind: 'any' }] })) },
);
// Valid patterns only: at least one required slot and at least one word or prefix (matcher.test.ts covers the errors).
const patternArb = fc
  .array(slotArb, { minLength: 1, maxLength: 5 })
  .filter((slots) => slots.some((s) => !s.optional) && slots.some((s) => s.alts[0]!.kind !== 'any'));
const entriesArb = fc.array(fc.record({ patterns: fc.array(patternArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 });

// Notes: the pattern words in any case, words that only a prefix or `*` matches, and sentence breaks.
const noteArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, 'abd', 'bb', 'A', 'AB', 'Ba', 'zz', "a'bc", 'a-bc'), fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n\n')), {
    maxLength: 24,
  })
  .map((ws) => ws.map(([w, sep]) => w + sep).join(''));

function render(alt: Alt): string {
  return alt.kind === 'word' ? alt.word : alt.kind === 'prefix' ? `${alt.prefix}*` : '*';
}

function patternText(slots: Slot[]): string {
  return slots.map((s) => (s.optional ? `[${s.alts.map(render).join('|')}]` : s.alts.map(render).join('|'))).join(' ');
}

function altMatches(alt: Alt, norm: string): boolean {
  return alt.kind === 'any' || (alt.kind === 'word' ? norm === alt.word : norm.startsWith(alt.prefix));
}

type Triple = [entry: number, startToken: number, endToken: number];

// Every (entry, start, end) such that tokens [start, end) of one sentence match a pattern of the entry, sorted by start,
// then longest first, then entry.
function naiveMatches(entries: Entry[], tokens: readonly Token[]): Triple[] {
  const found = new Set<string>();
  const out: Triple[] = [];
  entries.forEach((entry, e) => {
    for (const slots of entry.patterns) {
      for (let i = 0; i < tokens.length; i++) {
        let ends = new Set([i]); // token positions reachable after the slots so far
        for (const slot of slots) {
          const next = new Set<number>(slot.optional ? ends : []);
          for (const j of ends) {
            const t = tokens[j];
            if (t && t.sentence === tokens[i]!.sentence && slot.alts.some((a) => altMatches(a, t.norm))) next.add(j + 1);
          }
          ends = next;
        }
        for (const j of ends) {
          if (j > i && !found.has(`${e},${i},${j}`)) {
            found.add(`${e},${i},${j}`);
            out.push([e, i, j]);
          }
        }
      }
    }
  });
  return out.sort((x, y) => x[1] - y[1] || y[2] - x[2] || x[0] - y[0]);
}

const compiled = (entries: Entry[]) => entries.map((e, i) => ({ patterns: e.patterns.map(patternText), value: i }));

describe('compilePatterns on random pattern sets = a naive matcher', () => {
  it('match: every (entry, start, end), with offsets', () => {
    fc.assert(
      fc.property(entriesArb, fc.array(noteArb, { minLength: 1, maxLength: 4 }), (entries, notes) => {
        const fast = compilePatterns(compiled(entries));
        const ref = refCompilePatterns(compiled(entries));
        for (const note of notes) {
          const tokens = tokenize(note);
          const expected = naiveMatches(entries, tokens);
          const got = fast.match(tokens);
          expect(got.map((m): Triple => [m.value, m.startToken, m.endToken])).toEqual(expected);
          expect(got.filter((m) => m.start !== tokens[m.startToken]!.start || m.end !== tokens[m.endToken - 1]!.end)).toEqual([]);
          expect(ref.match(tokens).map((m): Triple => [m.value, m.startToken, m.endToken])).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('matchRange: the matches inside the range', () => {
    fc.assert(
      fc.property(entriesArb, noteArb, fc.nat(25), fc.nat(25), (entries, note, from, len) => {
        const tokens = tokenize(note);
        const expected = naiveMatches(entries, tokens.slice(from, from + len)).map(([e, s, t]): Triple => [e, s + from, t + from]);
        const got = compilePatterns(compiled(entries)).matchRange(tokens, from, from + len);
        expect(got.map((m): Triple => [m.value, m.startToken, m.endToken])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
