import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingRecall, compileBlocking, defaultBlockingRules, describeBlocking, forEachCandidate, isCandidate } from './blocking.ts';
import type { BlockingRuleSpec, FieldSpec } from './types.ts';
import { FeatureBuilder, type Features } from './values.ts';

const FIELDS: FieldSpec[] = [
  { column: 'given', kind: 'name', swapWith: 'family' },
  { column: 'family', kind: 'name', swapWith: 'given' },
  { column: 'dob', kind: 'date' },
  { column: 'postcode', kind: 'postcode' },
];

function features(rows: string[][], right?: string[][]): Features {
  const b = new FeatureBuilder(FIELDS);
  for (const r of rows) b.add(r);
  if (right) {
    b.startRightFile();
    for (const r of right) b.add(r);
  }
  return b.finish();
}

const ROWS = [
  ['Isla', 'Hall', '1985-02-07', 'RM1 2AB'],
  ['Hall', 'Isla', '1985-02-07', 'RM1 2AB'], // swapped
  ['Isla', 'Hal', '1985-02-07', 'RM7 1QQ'],
  ['Ayla', 'Hull', '1990-01-01', 'RM1 2AB'],
  ['John', 'Smith', '1970-03-04', 'SW1A 1AA'],
  ['Jon', 'Smyth', '1970-03-04', 'SW1A 1AA'],
  ['', 'Smith', '', 'SW1A 1AA'],
];

const rule = (name: string, on: BlockingRuleSpec['on'], broad = false): BlockingRuleSpec => ({ name, on, ...(broad ? { broad } : {}) });
const byDob = rule('dob', [{ column: 'dob', transform: 'value' }]);
const byPostcode = rule('postcode', [{ column: 'postcode', transform: 'value' }]);
const bySurnameSoundex = rule('family Soundex', [{ column: 'family', transform: 'soundex' }]);
const eitherOrder = rule('names', [{ column: 'given', transform: 'anyOrder', other: 'family' }]);

function candidates(f: Features, rules: BlockingRuleSpec[]): [number, number][] {
  const out: [number, number][] = [];
  forEachCandidate(compileBlocking(f, rules), (a, b) => out.push([a, b]));
  return out;
}

describe('forEachCandidate', () => {
  it('produces each pair that shares a key under any rule exactly once', () => {
    const f = features(ROWS);
    const pairs = candidates(f, [byDob, byPostcode, bySurnameSoundex]);
    const keys = pairs.map(([a, b]) => `${a}-${b}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(['0-1', '0-2', '0-3', '1-2', '1-3', '2-3', '4-5', '4-6', '5-6'].sort());
  });

  it('puts records with the two names swapped in the same block for anyOrder', () => {
    const f = features(ROWS);
    expect(candidates(f, [eitherOrder])).toEqual([[0, 1]]);
  });

  it('skips records with a missing key part', () => {
    const f = features(ROWS);
    expect(candidates(f, [byDob]).some(([a, b]) => a === 6 || b === 6)).toBe(false);
  });

  it('in linking, pairs only left-file records with right-file records', () => {
    const f = features(ROWS.slice(0, 3), ROWS.slice(3));
    for (const [a, b] of candidates(f, [byDob, byPostcode, bySurnameSoundex])) {
      expect(a).toBeLessThan(3);
      expect(b).toBeGreaterThanOrEqual(3);
    }
    expect(candidates(f, [byPostcode])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('matches a brute-force union of the rules on random records', () => {
    const name = fc.constantFrom('ann', 'anne', 'bob', 'rob', 'cara', 'kara', '');
    const row = fc.tuple(name, name, fc.constantFrom('2000-01-01', '2000-01-02', '2001-01-01', ''), fc.constantFrom('RM1 2AB', 'RM1 3CD', 'E1 6AN', ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 25 }), (rows) => {
        const f = features(rows);
        const rules = [byDob, bySurnameSoundex, eitherOrder, rule('pc district', [{ column: 'postcode', transform: 'district' }])];
        const blocking = compileBlocking(f, rules);
        const got = candidates(f, rules).map(([a, b]) => `${a}-${b}`);
        const expected: string[] = [];
        for (let a = 0; a < rows.length; a++) for (let b = a + 1; b < rows.length; b++) if (isCandidate(blocking, a, b)) expected.push(`${a}-${b}`);
        expect(got.sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});

describe('budgets', () => {
  it('leaves out a broad rule that would exceed the candidate budget, and says so', () => {
    const f = features(ROWS);
    const blocking = compileBlocking(f, [byDob, rule('all', [], true)], { maxCandidatePairs: 5 });
    expect(blocking.rules.map((r) => r.name)).toEqual(['dob']);
    expect(blocking.dropped).toEqual([{ name: 'all', pairs: 21 }]);
    expect(compileBlocking(f, [byDob, rule('all', [], true)], { maxCandidatePairs: 100 }).rules).toHaveLength(2);
  });

  it('does not compare blocks over maxBlockPairs, and reports them', () => {
    const f = features(ROWS);
    const blocking = compileBlocking(f, [byPostcode], { maxBlockPairs: 2 });
    const stats = forEachCandidate(blocking, () => undefined);
    expect(stats.rules[0]).toMatchObject({ skippedBlocks: 2, skippedPairs: 6, newPairs: 0, largestBlock: 3 });
    expect(isCandidate(blocking, 0, 1)).toBe(false);
  });

  it('counts the total pairs of a dedupe and of a link', () => {
    expect(describeBlocking(compileBlocking(features(ROWS), [byDob])).totalPairs).toBe(21);
    expect(describeBlocking(compileBlocking(features(ROWS.slice(0, 3), ROWS.slice(3)), [byDob])).totalPairs).toBe(12);
  });
});

describe('blockingRecall', () => {
  it('is the share of true pairs that some rule makes candidates, overall and per rule', () => {
    const f = features(ROWS);
    const blocking = compileBlocking(f, [byDob, eitherOrder]);
    // True pairs: 0-1 (swapped names, same dob), 0-2 (same dob), 4-5 (same dob), 4-6 (dob missing).
    const r = blockingRecall(blocking, [0, 0, 4, 4], [1, 2, 5, 6]);
    expect(r).toMatchObject({ truePairs: 4, found: 3, recall: 0.75 });
    expect(r.byRule).toEqual([
      { name: 'dob', found: 3, recall: 0.75 },
      { name: 'names', found: 1, recall: 0.25 },
    ]);
  });
});

describe('defaultBlockingRules', () => {
  it('starts with strict combined rules and marks the single-field ones broad', () => {
    const rules = defaultBlockingRules(FIELDS);
    expect(rules[0]!.name).toBe('given and family in either order');
    const strict = rules.filter((r) => r.broad !== true);
    const broad = rules.filter((r) => r.broad === true);
    expect(strict.every((r) => r.on.length >= 2 || r.on[0]!.transform === 'anyOrder')).toBe(true);
    expect(broad.map((r) => r.name)).toContain('dob');
    expect(rules.findIndex((r) => r.broad === true)).toBe(strict.length); // strict first
  });

  it('still finds a pair with an error in any one field', () => {
    const base = ['Isla', 'Hall', '1985-02-07', 'RM1 2AB'];
    const variants = [
      ['Isle', 'Hall', '1985-02-07', 'RM1 2AB'],
      ['Isla', 'Hallam', '1985-02-07', 'RM1 2AB'],
      ['Isla', 'Hall', '1958-02-07', 'RM1 2AB'],
      ['Isla', 'Hall', '1985-02-07', 'E1 6AN'],
    ];
    const strict = defaultBlockingRules(FIELDS).filter((r) => r.broad !== true);
    for (const v of variants) expect(candidates(features([base, v]), strict)).toEqual([[0, 1]]);
  });
});
