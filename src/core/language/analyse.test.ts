import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextOf } from '../text/context.ts';
import { INDICATOR_PHRASES } from '../text/indicator-phrases.ts';
import { findIndicators, findIndicatorsInTokens } from '../text/indicators.ts';
import { compilePatterns } from '../text/matcher.ts';
import { CONTEXT_TRIGGERS } from '../text/context-triggers.ts';
import { contextOf as refContextOf } from '../text/reference/context.ts';
import { findIndicators as refFindIndicators } from '../text/reference/indicators.ts';
import { compilePatterns as refCompilePatterns } from '../text/reference/matcher.ts';
import { tokenize as refTokenize } from '../text/reference/tokenize.ts';
import { quoteSpans, tokenize } from '../text/tokenize.ts';
import { analyseText } from './analyse.ts';
import { checkLanguage, checkLanguageTokens } from './check.ts';
import { LEXICON } from './lexicon.ts';
import { checkLanguage as refCheckLanguage } from './reference/check.ts';

// Differential tests: the fast path (scanText + id tries + ConText on token arrays) against the straightforward
// implementation it replaced (text/reference/*.ts, language/reference/check.ts), on random realistic notes.

// Words from every pattern (indicators, ConText triggers, lexicon entries and cues), so that random notes are dense
// with matches, triggers and near misses; plus case-note filler, names, numbers, years and punctuation.
const patternWords = [
  ...new Set(
    [
      ...INDICATOR_PHRASES.flatMap((e) => e.patterns),
      ...CONTEXT_TRIGGERS.flatMap((e) => e.patterns),
      ...LEXICON.flatMap((e) => [...e.patterns, ...(e.requiresNear ?? []), ...(e.unlessNear ?? [])]),
    ].flatMap((p) => p.split(/[\s|[\]]+/).map((w) => w.replace(/\*$/, 'ing'))),
  ),
].filter((w) => w !== '' && w !== 'ing');
const filler = ['the', 'a', 'she', 'Jade', 'Mr', 'Dr.', 'e.g.', 'was', 'seen', 'today', 'at', 'home', '2019', '12/03/2020', '3.5', 'SW', 'Tyler'];
const odd = ['Promiscuous', 'SELF-HARM', 'self‑harm', 'don’t', 'café', 'e\u0301', '😀', 'İ', 'ß', 'county-lines', '16-year-old', 'ＡＢＣ', '٢٠١٩'];
const seps = [' ', ' ', ' ', ' ', ', ', '. ', '; ', '? ', '\n', '\n\n', ' "', '" ', " '", "' ", ' “', '” ', ' (', ') ', ' - '];

// A random instance of a pattern: each slot takes one of its alternatives (optional slots are sometimes skipped,
// `*` takes a filler word, `prefix*` a completion), so that notes contain real matches, not only near misses.
const allPatterns = [
  ...INDICATOR_PHRASES.flatMap((e) => e.patterns),
  ...CONTEXT_TRIGGERS.flatMap((e) => e.patterns),
  ...LEXICON.flatMap((e) => [...e.patterns, ...(e.requiresNear ?? []), ...(e.unlessNear ?? [])]),
];
const phrase = fc.tuple(fc.constantFrom(...allPatterns), fc.array(fc.nat(1000), { minLength: 12, maxLength: 12 })).map(([p, picks]) =>
  p
    .trim()
    .split(/\s+/)
    .map((slot, k) => {
      const pick = picks[k % picks.length]!;
      const optional = slot.startsWith('[');
      if (optional && pick % 3 === 0) return '';
      const alts = slot.replace(/^\[|\]$/g, '').split('|');
      const alt = alts[pick % alts.length]!;
      return alt === '*' ? filler[pick % filler.length]! : alt.endsWith('*') ? alt.slice(0, -1) + 'ing' : alt;
    })
    .filter((w) => w !== '')
    .join(' '),
);
const word = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 6, arbitrary: fc.constantFrom(...patternWords) },
  { weight: 3, arbitrary: fc.constantFrom(...filler) },
  { weight: 1, arbitrary: fc.constantFrom(...odd) },
);
const casing = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => w.charAt(0).toUpperCase() + w.slice(1),
);
const noteArb = fc
  .array(fc.tuple(word, casing, fc.constantFrom(...seps)), { maxLength: 120, size: 'medium' })
  .map((parts) => parts.map(([w, c, s]) => c(w) + s).join(''));

describe('fast path = reference implementation', () => {
  it('the random notes are dense with findings and context (else the comparisons below prove little)', () => {
    // A fixed seed: with a random one the counts vary from run to run, and a threshold could fail by chance. Probe 25:
    // 300 notes, not 200 (new patterns shift the sample; 200 left 18 negations against the threshold of 20).
    const found = fc.sample(noteArb, { numRuns: 300, seed: 20261201 }).map((t) => analyseText(t));
    const indicators = found.flatMap((r) => r.indicators);
    expect(indicators.length).toBeGreaterThan(400);
    expect(found.flatMap((r) => r.language).length).toBeGreaterThan(50);
    expect(indicators.filter((f) => f.negated).length).toBeGreaterThan(20);
    expect(indicators.filter((f) => f.experiencer === 'other').length).toBeGreaterThan(5);
    // Round 26: the first analysis builds the combined automaton; with the shared machine busy (load 8) this passed 5 s.
  }, 30_000);

  it('tokenize', () => {
    fc.assert(
      fc.property(fc.oneof(noteArb, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expect(tokenize(text)).toEqual(refTokenize(text));
      }),
      { numRuns: 500 },
    );
  });

  it('findIndicators (with and without currentYear) and analyseText', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        const ref = refFindIndicators(text);
        expect(findIndicators(text)).toEqual(ref);
        expect(findIndicatorsInTokens(text, tokenize(text))).toEqual(ref);
        expect(findIndicators(text, { currentYear: 2026 })).toEqual(refFindIndicators(text, { currentYear: 2026 }));
        const both = analyseText(text);
        expect(both.indicators).toEqual(ref);
        expect(both.language).toEqual(refCheckLanguage(text));
      }),
      { numRuns: 600 },
    );
    // 600 notes through both reference implementations: about 2 s alone, well past the 5 s default on a busy machine.
  }, 30_000);

  it('checkLanguage and checkLanguageTokens', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        const ref = refCheckLanguage(text);
        expect(checkLanguage(text)).toEqual(ref);
        expect(checkLanguageTokens(text, tokenize(text), quoteSpans(text))).toEqual(ref);
      }),
      { numRuns: 600 },
    );
    // Round 26: 600 notes through the reference checker take about 4.5 s alone, past the 5 s default when the shared
    // machine is busy (load 8 while other sessions ran).
  }, 30_000);

  it('contextOf on every token span', () => {
    fc.assert(
      fc.property(noteArb, fc.integer({ min: 1, max: 4 }), (text, len) => {
        const tokens = tokenize(text);
        const refTokens = refTokenize(text);
        for (let s = 0; s < tokens.length; s++) {
          expect(contextOf(tokens, s, s + len, { currentYear: 2026 })).toEqual(refContextOf(refTokens, s, s + len, { currentYear: 2026 }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('compilePatterns: match and matchRange on arbitrary patterns', () => {
    const entries = [
      { patterns: ['promiscu*', 'put|puts|putting herself [at] risk', 'went [*] missing', 'picked up by [*] [older] men|males'], value: 'a' },
      { patterns: ['missing', 'went missing [from] [home|care]', '19*|20*', 'in [early|late] 20*', "don't|doesn't engage"], value: 'b' },
      { patterns: ['* risk', 'she|he * [*] cannabis'], value: 'c' },
    ];
    const fast = compilePatterns(entries);
    const ref = refCompilePatterns(entries);
    fc.assert(
      fc.property(noteArb, fc.nat(60), fc.nat(60), (text, a, b) => {
        const tokens = tokenize(text);
        expect(fast.match(tokens)).toEqual(ref.match(tokens));
        expect(fast.matchRange(tokens, a, a + b)).toEqual(ref.matchRange(tokens, a, a + b));
      }),
      { numRuns: 300 },
    );
  });

  // Their time is measured in the benchmark (bench/notes.ts, docs/benchmarks.md), not asserted here: a bound of a few
  // times the usual time failed on a busy machine, not on a slow scanner. Quadratic work on 100 KB (minutes) would still
  // fail, on the test's timeout.
  it("gives the public calls' findings on 100 KB adversarial notes, with spans that are the text", () => {
    const notes = [
      'she went missing '.repeat(5_900),
      'no drugs drugs cannabis alcohol '.repeat(3_200),
      'promiscuous putting herself at risk older boyfriend '.repeat(1_950),
      'a-'.repeat(50_000) + 'a',
      'é😀ß’'.repeat(20_000),
    ];
    const counts = notes.map((text) => {
      const a = analyseText(text);
      expect(a.indicators).toEqual(findIndicators(text));
      expect(a.language).toEqual(checkLanguage(text));
      for (const f of [...a.indicators, ...a.language]) expect(text.slice(f.start, f.end)).toBe(f.text);
      return a.indicators.length + a.language.length;
    });
    // The repeated signs and wording are found; one huge word and symbols give nothing.
    expect(counts.slice(0, 3).every((n) => n > 0)).toBe(true);
    expect(counts.slice(3)).toEqual([0, 0]);
  });
});
