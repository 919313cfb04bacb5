import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextOf } from './context.ts';
import { findIndicators } from './indicators.ts';
import { compilePatterns } from './matcher.ts';
import { scan } from './scan.ts';
import { quoteSpans, tokenize } from './tokenize.ts';

// Adversarial and random notes: long runs of one character, many quotes, deep repetition of trigger and indicator
// words, random Unicode (including lone surrogates and emoji). Timing is measured in README.md, not asserted here.
const pieces = [
  'a',
  ' ',
  '.',
  '\n',
  '\n\n',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '\u02bc',
  '-',
  '‑',
  '😀',
  '\ud800',
  '\udc00',
  'é',
  'e\u0301',
  'no ',
  'not ',
  'denies ',
  'but ',
  'if ',
  'may ',
  'previously ',
  'in 2019 ',
  'mum ',
  'she ',
  'went missing ',
  'picked up by ',
  'older men in a car ',
  'cannabis ',
  'self-harm ',
  'promiscuous ',
  "don't ",
  "children's ",
];
const noteArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 5000 })).map(([p, n]) => p.repeat(n)),
);

describe('text engine on random and adversarial input', () => {
  it('tokenize: never throws, offsets in bounds and increasing, sentences non-decreasing', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        let prevEnd = 0;
        let prevSentence = 0;
        const bad: unknown[] = [];
        for (const t of tokenize(text)) {
          const ok = t.start >= prevEnd && t.end > t.start && t.end <= text.length && t.sentence >= prevSentence && t.norm.length > 0;
          if (!ok) bad.push(t);
          prevEnd = t.end;
          prevSentence = t.sentence;
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('quoteSpans: spans in bounds, non-empty', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        expect(quoteSpans(text).filter(([a, b]) => !(a > 0 && b > a && b < text.length))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('findIndicators and scan: never throw, spans in bounds, text matches the slice', () => {
    const extra = compilePatterns([{ patterns: ['promiscu*', 'put|puts|putting herself [at] risk', 'went [*] missing'], value: 'x' }]);
    fc.assert(
      fc.property(noteArb, (text) => {
        const found = findIndicators(text, { currentYear: 2026 });
        expect(found.filter((f) => !(f.start >= 0 && f.end > f.start && f.end <= text.length && text.slice(f.start, f.end) === f.text))).toEqual([]);
        const r = scan(text, extra);
        expect(r.indicators).toEqual(findIndicators(text));
        const badExtra = r.extra.filter((m) => {
          const first = r.tokens[m.startToken]!;
          const last = r.tokens[m.endToken - 1]!;
          return !(m.endToken > m.startToken && m.start === first.start && m.end === last.end && first.sentence === last.sentence);
        });
        expect(badExtra).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('contextOf: never throws for any span', () => {
    fc.assert(
      fc.property(noteArb, fc.integer({ min: -5, max: 500 }), fc.integer({ min: -5, max: 500 }), (text, a, b) => {
        const c = contextOf(tokenize(text), a, b);
        expect(['child', 'other']).toContain(c.experiencer);
      }),
      { numRuns: 200 },
    );
  });

  it('handles 100 KB adversarial notes', () => {
    for (const text of ['a'.repeat(100_000), '"\''.repeat(50_000), 'no went missing '.repeat(6_250), 'picked up by '.repeat(7_700), 'é😀ß’'.repeat(20_000)]) {
      expect(findIndicators(text).filter((f) => text.slice(f.start, f.end) !== f.text)).toEqual([]);
    }
  });
});
