import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../errors.ts';
import {
  NHS_RULE,
  disclosureFootnote,
  parseRule,
  possibleCounts,
  publishCount,
  publishSeries,
  publishTable,
  suppress,
  type DisclosureRule,
  type PublishedSeries,
  type PublishedTable,
} from './index.ts';

// ---------------------------------------------------------------------------------------------------------------------
// The attacker: an exact, exhaustive integer search written independently of table.ts (which uses network flows).
// It sees only published figures and the rule. Every figure becomes a range of possible counts: '0' is 0, '*' is any count
// of 1 or more (zeros are never hidden; the search is capped far above the table's counts, which can only make it find
// fewer tables, never more), and a rounded figure is every count the rule would publish as that figure (found by trying
// them all). Every line (row, column, totals) must add up. For a hidden figure it tries each candidate value in turn and
// searches for a completion of all the other figures: bounds propagation along the lines, then splitting a range in two.
// ---------------------------------------------------------------------------------------------------------------------

type Puzzle = { lo: number[]; hi: number[]; lines: number[][] }; // each line: parts..., total

function rangeOf(shown: string, rule: DisclosureRule, cap: number): [number, number] {
  if (shown === '0') return [0, 0];
  if (shown === '*') return [1, cap];
  const s = Number(shown);
  const matches: number[] = [];
  for (let n = 0; n <= s + rule.roundTo; n++) if (publishCount(n, rule) === shown) matches.push(n);
  const lo = matches[0]!;
  const hi = matches[matches.length - 1]!;
  expect(matches.length, `counts published as ${shown} form one range`).toBe(hi - lo + 1);
  return [lo, hi];
}

function puzzle(shown: string[], lines: number[][], rule: DisclosureRule, cap: number): Puzzle {
  const ranges = shown.map((s) => rangeOf(s, rule, cap));
  return { lo: ranges.map(([lo]) => lo), hi: ranges.map(([, hi]) => hi), lines };
}

// Entries in the order cells (row by row), row totals, column totals, grand total, with the table's lines.
function tableEntries(p: PublishedTable): { shown: string[]; lines: number[][] } {
  const r = p.rows.length;
  const c = p.cols.length;
  const cell = (i: number, j: number) => i * c + j;
  const seq = (n: number) => [...Array(n).keys()];
  return {
    shown: [...p.cells.flat(), ...p.rowTotals, ...p.colTotals, p.total],
    lines: [
      ...seq(r).map((i) => [...seq(c).map((j) => cell(i, j)), r * c + i]),
      ...seq(c).map((j) => [...seq(r).map((i) => cell(i, j)), r * c + r + j]),
      [...seq(c).map((j) => r * c + r + j), r * c + r + c],
      [...seq(r).map((i) => r * c + i), r * c + r + c],
    ],
  };
}

function seriesEntries(p: PublishedSeries): { shown: string[]; lines: number[][] } {
  const n = p.values.length;
  return { shown: [...p.values, p.total], lines: [[...Array(n + 1).keys()]] };
}

function propagate(lo: number[], hi: number[], lines: number[][]): boolean {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const parts = line.slice(0, -1);
      const t = line[line.length - 1]!;
      const sumLo = parts.reduce((a, p) => a + lo[p]!, 0);
      const sumHi = parts.reduce((a, p) => a + hi[p]!, 0);
      if (sumLo > lo[t]!) [lo[t], changed] = [sumLo, true];
      if (sumHi < hi[t]!) [hi[t], changed] = [sumHi, true];
      if (lo[t]! > hi[t]!) return false;
      for (const p of parts) {
        // Stale sums only loosen these bounds, so they stay sound; the outer loop runs until nothing changes.
        const newLo = lo[t]! - (sumHi - hi[p]!);
        const newHi = hi[t]! - (sumLo - lo[p]!);
        if (newLo > lo[p]!) [lo[p], changed] = [newLo, true];
        if (newHi < hi[p]!) [hi[p], changed] = [newHi, true];
        if (lo[p]! > hi[p]!) return false;
      }
    }
  }
  return true;
}

function completes(lo0: number[], hi0: number[], lines: number[][], budget: { nodes: number }): boolean {
  if (--budget.nodes < 0) throw new Error('attacker search budget exhausted');
  const lo = [...lo0];
  const hi = [...hi0];
  if (!propagate(lo, hi, lines)) return false;
  let k = -1;
  for (let e = 0; e < lo.length; e++) if (lo[e]! < hi[e]! && (k === -1 || hi[e]! - lo[e]! < hi[k]! - lo[k]!)) k = e;
  if (k === -1) return lines.every((line) => line.slice(0, -1).reduce((a, p) => a + lo[p]!, 0) === lo[line[line.length - 1]!]);
  const mid = Math.floor((lo[k]! + hi[k]!) / 2);
  return completes(lo, hi.with(k, mid), lines, budget) || completes(lo.with(k, mid + 1), hi, lines, budget);
}

// Values of entry k consistent with everything published: each candidate value is tried with an exhaustive search.
function consistentValues(pz: Puzzle, k: number, enough = Infinity): number[] {
  const lo = [...pz.lo];
  const hi = [...pz.hi];
  if (!propagate(lo, hi, pz.lines)) return [];
  const found: number[] = [];
  const budget = { nodes: 200_000 };
  for (let x = lo[k]!; x <= hi[k]! && found.length < enough; x++) {
    if (completes(lo.with(k, x), hi.with(k, x), pz.lines, budget)) found.push(x);
  }
  return found;
}

const hiddenEntries = (shown: string[]) => shown.flatMap((s, k) => (s === '*' ? [k] : []));

// The attacker's verdict on a published table: for each hidden entry, how many values it could take (up to 2).
// Also checks that the true table is one of those consistent with the published figures (so the figures are honest).
function attack(shown: string[], lines: number[][], rule: DisclosureRule, truth: number[]) {
  const pz = puzzle(shown, lines, rule, 2 * Math.max(...truth) + 20);
  truth.forEach((v, k) => {
    expect(v).toBeGreaterThanOrEqual(pz.lo[k]!);
    expect(v).toBeLessThanOrEqual(pz.hi[k]!);
  });
  return hiddenEntries(shown).map((k) => ({ k, truth: truth[k]!, values: consistentValues(pz, k, 2) }));
}

function tableTruth(cells: number[][]): number[] {
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = cells[0]!.map((_, j) => cells.reduce((a, r) => a + r[j]!, 0));
  return [...cells.flat(), ...rowTotals, ...colTotals, rowTotals.reduce((a, b) => a + b, 0)];
}

const seriesTruth = (counts: number[]) => [...counts, counts.reduce((a, b) => a + b, 0)];

// ---------------------------------------------------------------------------------------------------------------------

const RULES = [NHS_RULE, parseRule('suppress=1-9,round=10'), parseRule('suppress=1-3,round=1'), parseRule('suppress=1-5,round=3')];

// Counts skewed towards zero and small numbers, where disclosure risk lives.
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 7 }), weight: 5 },
  { arbitrary: fc.integer({ min: 8, max: 20 }), weight: 3 },
  { arbitrary: fc.integer({ min: 21, max: 80 }), weight: 1 },
);
const tableCells = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const seriesCounts = fc.array(count, { minLength: 1, maxLength: 8 });
const rule = fc.constantFrom(...RULES);

const labels = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const publishCells = (cells: number[][], r: DisclosureRule = NHS_RULE, secondary = true) =>
  publishTable({ rows: labels('r', cells.length), cols: labels('c', cells[0]!.length), cells }, r, { secondary });

function expectFiguresFollowRule(shown: string[], truth: number[], r: DisclosureRule, suppressed: { primary: number; secondary: number }) {
  shown.forEach((s, k) => {
    const n = truth[k]!;
    if (n === 0) expect(s).toBe('0');
    else if (n <= r.suppressTo) expect(s).toBe('*');
    else if (s !== '*') expect(s).toBe(publishCount(n, r));
  });
  const primary = truth.filter((n) => n >= r.suppressFrom && n <= r.suppressTo).length;
  expect(suppressed).toEqual({ primary, secondary: hiddenEntries(shown).length - primary });
}

describe('rules', () => {
  it('parses the NHS rule and explicit rules', () => {
    expect(parseRule('nhs')).toBe(NHS_RULE);
    expect(parseRule(' NHS ')).toBe(NHS_RULE);
    expect(parseRule('suppress=1-9,round=10')).toEqual({ name: 'suppress=1-9,round=10', suppressFrom: 1, suppressTo: 9, roundTo: 10 });
    expect(parseRule(' round = 1 , Suppress = 1-3 ')).toEqual({ name: 'suppress=1-3,round=1', suppressFrom: 1, suppressTo: 3, roundTo: 1 });
    expect(NHS_RULE).toEqual({ name: 'nhs', suppressFrom: 1, suppressTo: 7, roundTo: 5 });
  });

  it.each([
    ['', /Give a disclosure rule/],
    ['hes', /not a setting/],
    ['suppress=1-9', /Give the rounding/],
    ['round=5', /Give the counts to hide/],
    ['suppress=1-7,round=5,round=5', /given twice/],
    ['colour=blue', /Unknown setting "colour"/],
    ['suppress=7,round=5', /not a range/],
    ['suppress=7-1,round=5', /runs backwards/],
    ['suppress=2-7,round=5', /must start at 1/],
    ['suppress=1-1,round=1', /at least the counts 1 to 2/],
    ['suppress=1-7,round=0', /1 or more/],
    ['suppress=1-7,round=x', /not a whole number/],
    ['suppress=1-2,round=10', /would show a count of 3 as 0/],
  ])('rejects %j', (spec, message) => {
    const error = (() => {
      try {
        parseRule(spec);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(message);
    expect((error as ValidationError).fields.rule).toMatch(message);
  });

  it('publishes counts under a rule, and suppress() is the NHS rule', () => {
    for (let n = 0; n <= 200; n++) expect(suppress(n)).toBe(publishCount(n, NHS_RULE));
    const tens = parseRule('suppress=1-9,round=10');
    expect([0, 1, 9, 10, 14, 15, 24, 25].map((n) => publishCount(n, tens))).toEqual(['0', '*', '*', '10', '10', '20', '20', '30']);
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(1, { ...NHS_RULE, suppressTo: 0 })).toThrow(ValidationError);
  });

  it('possibleCounts gives exactly the counts behind a published figure', () => {
    fc.assert(
      fc.property(rule, fc.integer({ min: 0, max: 400 }), (r, n) => {
        const shown = publishCount(n, r);
        const { min, max } = possibleCounts(shown, r);
        expect(n).toBeGreaterThanOrEqual(min);
        expect(n).toBeLessThanOrEqual(max);
        if (shown === '*') expect([min, max]).toEqual([1, Infinity]);
        else {
          expect([publishCount(min, r), publishCount(max, r)]).toEqual([shown, shown]);
          if (min > 0) expect(publishCount(min - 1, r)).not.toBe(shown);
          expect(publishCount(max + 1, r)).not.toBe(shown);
        }
      }),
      { numRuns: 300 },
    );
    expect(possibleCounts('10')).toEqual({ min: 8, max: 12 });
    expect(() => possibleCounts('12')).toThrow(RangeError);
    expect(() => possibleCounts('5')).toThrow(RangeError); // 3 to 7 are hidden, so 5 is never published
  });

  it('has a footnote that does not claim every * is 1 to 7', () => {
    expect(disclosureFootnote()).toMatch(/^\* a count from 1 to 7, or a larger count hidden/);
  });
});

describe('publishTable', () => {
  it('gives a row with a single small count a second suppression', () => {
    const p = publishCells([
      [3, 12, 20],
      [25, 30, 40],
    ]);
    expect(p.cells[0]).toEqual(['*', '*', '20']);
    expect(p.rowTotals[0]).toBe('35');
    // The 12 is hidden in its column too, so that column needs another hidden figure, and so on until every line is closed.
    const { shown, lines } = tableEntries(p);
    for (const line of lines) expect(line.filter((k) => shown[k] === '*').length).not.toBe(1);
    expect(p.suppressed.primary).toBe(1);
    expect(p.suppressed.secondary).toBeGreaterThanOrEqual(1);
  });

  it('publishes zeros as 0, even beside hidden counts', () => {
    const p = publishCells([
      [0, 3, 0],
      [0, 10, 12],
    ]);
    expect(p.cells.map((r) => r[0])).toEqual(['0', '0']);
    expect(p.cells[0]![2]).toBe('0');
    expect(p.colTotals[0]).toBe('0');
    expect(p.cells[0]![1]).toBe('*');
  });

  it('publishes an all-zero table as zeros', () => {
    const p = publishCells([
      [0, 0],
      [0, 0],
    ]);
    expect(p).toEqual({
      rows: ['r1', 'r2'],
      cols: ['c1', 'c2'],
      cells: [
        ['0', '0'],
        ['0', '0'],
      ],
      rowTotals: ['0', '0'],
      colTotals: ['0', '0'],
      total: '0',
      suppressed: { primary: 0, secondary: 0 },
    });
  });

  it('publishes large counts rounded with nothing hidden', () => {
    const p = publishCells([
      [12, 30],
      [41, 9],
    ]);
    expect(p.cells).toEqual([
      ['10', '30'],
      ['40', '10'],
    ]);
    expect([p.rowTotals, p.colTotals, p.total]).toEqual([['40', '50'], ['55', '40'], '90']);
  });

  it('rejects a malformed table', () => {
    expect(() => publishTable({ rows: ['a'], cols: ['x', 'y'], cells: [[1]] })).toThrow(RangeError);
    expect(() => publishTable({ rows: ['a', 'b'], cols: ['x'], cells: [[1]] })).toThrow(RangeError);
    expect(() => publishTable({ rows: [], cols: ['x'], cells: [] })).toThrow(RangeError);
    expect(() => publishTable({ rows: ['a'], cols: ['x'], cells: [[-1]] })).toThrow(RangeError);
    expect(() => publishTable({ rows: ['a'], cols: ['x'], cells: [[1.5]] })).toThrow(RangeError);
    expect(() => publishSeries(['a', 'b'], [1])).toThrow(RangeError);
  });

  // Rounding alone (the published NHS method) is not enough: a row of 1, 8 and 8 totals 17. Shown as *, 10, 10 and 15,
  // the two 8s are at least 8 each and the total at most 17, so the hidden count is 17 - 16 = 1.
  it('lets the attacker recover a count without secondary suppression, and not with it', () => {
    const cells = [[1, 8, 8]];
    const truth = tableTruth(cells);
    const bare = publishCells(cells, NHS_RULE, false);
    expect(bare.cells[0]).toEqual(['*', '10', '10']);
    expect(bare.rowTotals).toEqual(['15']);
    expect(bare.suppressed).toEqual({ primary: 2, secondary: 0 }); // the cell and its column total
    const { shown, lines } = tableEntries(bare);
    expect(consistentValues(puzzle(shown, lines, NHS_RULE, 100), 0)).toEqual([1]);

    const safe = publishCells(cells);
    expect(safe.suppressed.secondary).toBeGreaterThan(0);
    const entries = tableEntries(safe);
    const verdicts = attack(entries.shown, entries.lines, NHS_RULE, truth);
    expect(verdicts.length).toBeGreaterThan(1);
    expect(verdicts.filter(({ values }) => values.length < 2)).toEqual([]);
  });

  it('lets the attacker recover a count in a breakdown without secondary suppression, and not with it', () => {
    const bare = publishSeries(['a', 'b', 'c'], [1, 8, 8], NHS_RULE, { secondary: false });
    expect(bare).toEqual({ labels: ['a', 'b', 'c'], values: ['*', '10', '10'], total: '15', suppressed: { primary: 1, secondary: 0 } });
    const { shown, lines } = seriesEntries(bare);
    expect(consistentValues(puzzle(shown, lines, NHS_RULE, 100), 0)).toEqual([1]);

    const safe = publishSeries(['a', 'b', 'c'], [1, 8, 8]);
    const entries = seriesEntries(safe);
    for (const { values } of attack(entries.shown, entries.lines, NHS_RULE, seriesTruth([1, 8, 8]))) expect(values.length).toBe(2);
  });

  // Two hidden figures in every line is not enough on its own: in 1, 1, 8, 8, 8, 8, 8 (total 42) the 8s are shown as 10
  // (8 to 12) and the total as 40 (38 to 42), so the two hidden counts add up to at most 42 - 5 x 8 = 2: both are 1.
  // Every line already has two hidden figures, so only the exact audit notices and hides more.
  it('hides more when two hidden counts in a line can still be worked out', () => {
    const counts = [1, 1, 8, 8, 8, 8, 8];
    const bare = publishSeries(labels('l', 7), counts, NHS_RULE, { secondary: false });
    expect(bare.values).toEqual(['*', '*', '10', '10', '10', '10', '10']);
    expect(bare.total).toBe('40');
    const { shown, lines } = seriesEntries(bare);
    const pz = puzzle(shown, lines, NHS_RULE, 100);
    expect([consistentValues(pz, 0), consistentValues(pz, 1)]).toEqual([[1], [1]]);

    const safe = publishSeries(labels('l', 7), counts);
    expect(safe.suppressed.secondary).toBeGreaterThan(0);
    const entries = seriesEntries(safe);
    expect(attack(entries.shown, entries.lines, NHS_RULE, seriesTruth(counts)).filter(({ values }) => values.length < 2)).toEqual([]);

    const table = publishCells([counts]);
    const cells = tableEntries(table);
    expect(table.suppressed.secondary).toBeGreaterThan(0);
    expect(attack(cells.shown, cells.lines, NHS_RULE, tableTruth([counts])).filter(({ values }) => values.length < 2)).toEqual([]);
  });

  // Why '*' must be read as "not 0" rather than "1 to 7": here every figure is genuinely 1 to 7 (nothing needs secondary
  // suppression and nothing shown could be hidden: all non-zero figures already are), yet a reader who knew that would
  // see seven non-zero cells adding up to at most 7 and know they are all 1. Only the footnote's wording protects them.
  it('cannot protect against a reader who knows which * are 1 to 7 (seven 1s in a 3 x 3 table)', () => {
    const cells = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 0, 0],
    ];
    const p = publishCells(cells);
    const { shown, lines } = tableEntries(p);
    expect(shown.filter((s) => s !== '*').every((s) => s === '0')).toBe(true);
    const literal = puzzle(shown, lines, NHS_RULE, 100);
    shown.forEach((s, k) => {
      if (s === '*') literal.hi[k] = NHS_RULE.suppressTo;
    });
    expect(consistentValues(literal, 0)).toEqual([1]);
    // Read as the footnote says, the cell could be other values.
    expect(attack(shown, lines, NHS_RULE, tableTruth(cells)).every(({ values }) => values.length === 2)).toBe(true);
  });
});

describe('no published figure gives away a hidden count (exact attacker)', () => {
  it('for two-way tables of up to 5 x 5', () => {
    fc.assert(
      fc.property(tableCells, rule, (cells, r) => {
        const p = publishCells(cells, r);
        const truth = tableTruth(cells);
        const { shown, lines } = tableEntries(p);
        expectFiguresFollowRule(shown, truth, r, p.suppressed);
        for (const line of lines) expect(line.filter((k) => shown[k] === '*').length).not.toBe(1);
        for (const { truth: v, values } of attack(shown, lines, r, truth)) {
          expect(values.length, `hidden ${v} in ${JSON.stringify(cells)} under ${r.name}`).toBe(2);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('for one-way breakdowns of up to 8 counts', () => {
    fc.assert(
      fc.property(seriesCounts, rule, (counts, r) => {
        const p = publishSeries(labels('l', counts.length), counts, r);
        const truth = seriesTruth(counts);
        const { shown, lines } = seriesEntries(p);
        expectFiguresFollowRule(shown, truth, r, p.suppressed);
        expect(hiddenEntries(shown).length).not.toBe(1);
        for (const { truth: v, values } of attack(shown, lines, r, truth)) expect(values.length, `hidden ${v} in ${JSON.stringify(counts)}`).toBe(2);
      }),
      { numRuns: 250 },
    );
  });
});
