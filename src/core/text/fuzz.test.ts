import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzSummary, hostileString } from '../../../test/fixtures/hostile.ts';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { analyseText } from '../language/analyse.ts';
import { checkLanguage } from '../language/check.ts';
import { analyseNote, Interner } from '../review/note.ts';
import { assess } from '../screening/assess.ts';
import { answersFromSigns } from '../screening/from-text.ts';
import { findIndicators } from './indicators.ts';

// Hostile input for the text analysis (issue 8): the entry points a note goes through (the language check, the sign
// spotter, the one-pass analyser the review and the live hints use, the review's per-note facts, and triage from text
// to a screening level), on notes mixed from safeguarding wording and hostile strings (NUL, lone surrogates, control
// characters, SQL and HTML payloads, 100 KB runs of one character). properties.test.ts checks the tokenizer and the
// matcher's invariants on its own random notes; this adds the hostile strings and the checkers built on top.

const summary = new FuzzSummary('unit-text', { defaultRuns: 150 });
afterAll(() => {
  summary.write();
});

const PHRASES = [
  'went missing overnight',
  'picked up by older men in a car',
  'she is putting herself at risk',
  'not ',
  'denies ',
  'if ',
  'previously ',
  'mum says ',
  '"',
  '“',
  '”',
  'promiscuous',
  'county lines',
  'new phone she cannot explain',
  'self-harm',
  '. ',
  '\n',
];

const note = fc.oneof(
  hostileString,
  fc.array(fc.oneof(hostileString, fc.constantFrom(...PHRASES)), { maxLength: 30 }).map((xs) => xs.join(' ')),
  fc.array(fc.constantFrom(...PHRASES), { maxLength: 200 }).map((xs) => xs.join('')),
);

type Span = { start: number; end: number; text: string };
const badSpans = (text: string, spans: readonly Span[]) =>
  spans.filter((s) => !(s.start >= 0 && s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text));
// A 100 KB note takes about 50 ms (docs/benchmarks.md); far above that is a catastrophic pattern, not a slow machine.
const SLOW_MS = 5_000;

describe('hostile input: text analysis', () => {
  it(
    'checkLanguage: never throws; findings in order, in bounds, not overlapping, and slice back to their text',
    async () => {
      await summary.run('checkLanguage', 'text', note, (text, tally) => {
        const t0 = performance.now();
        const found = checkLanguage(text);
        expect(performance.now() - t0).toBeLessThan(SLOW_MS);
        tally(found.length ? 'findings' : 'none');
        expect(badSpans(text, found)).toEqual([]);
        expect(found.filter((f, i) => i > 0 && f.start < found[i - 1]!.end)).toEqual([]);
      });
    },
    summary.timeout(200),
  );

  it(
    'findIndicators: never throws; spans in bounds; only codes of the framework',
    async () => {
      await summary.run('findIndicators', 'text', fc.tuple(note, fc.integer({ min: 1900, max: 2200 })), ([text, year], tally) => {
        const found = findIndicators(text, { currentYear: year });
        tally(found.length ? 'findings' : 'none');
        expect(badSpans(text, found)).toEqual([]);
        expect(found.filter((f) => !CURRENT_FRAMEWORK.indicators.some((i) => i.code === f.code))).toEqual([]);
      });
    },
    summary.timeout(200),
  );

  it(
    'analyseText: the one-pass analyser gives what the two checkers give',
    async () => {
      await summary.run('analyseText', 'text', note, (text, tally) => {
        const a = analyseText(text);
        tally(a.language.length + a.indicators.length ? 'findings' : 'none');
        expect(a.language).toEqual(checkLanguage(text));
        expect(a.indicators).toEqual(findIndicators(text));
      });
    },
    summary.timeout(300),
  );

  it(
    'analyseNote (retrospective review): never throws, and interns each phrase once',
    async () => {
      const interner = new Interner();
      await summary.run('analyseNote', 'text', note, (text, tally) => {
        const facts = analyseNote(text, interner);
        tally(facts.language.length ? 'findings' : 'none');
        for (const l of facts.language) expect(interner.intern(l.phrase)).toBe(l.phrase);
      });
    },
    summary.timeout(200),
  );

  it(
    'triage (note to screening level): never throws, and the level is one of the four',
    async () => {
      await summary.run('triage', 'text', fc.tuple(note, fc.integer({ min: 0, max: 25 })), ([text, age], tally) => {
        const a = assess(CURRENT_FRAMEWORK, { age, answers: answersFromSigns(findIndicators(text)) });
        tally(a.level);
        expect(['none', 'low', 'medium', 'high']).toContain(a.level);
        expect(Number.isFinite(a.score)).toBe(true);
      });
    },
    summary.timeout(200),
  );
});
