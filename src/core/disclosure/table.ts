import { tableFeasible, type Bounds } from './flow.ts';
import { assertRule, NHS_RULE, possibleCounts, publishCount, SUPPRESSED, type DisclosureRule } from './rules.ts';

// Publishing tables of counts without letting anyone work out a hidden small count.
//
// Primary suppression hides every count the rule hides (1 to 7 under NHS_RULE). Secondary suppression then hides more
// figures so that no hidden figure can be worked out from the others, in two stages:
//
// 1. Lines. A table is a set of lines, each "these entries add up to that total": every row (its cells and row total), every
//    column (its cells and column total), the column totals with the grand total, and the row totals with the grand total.
//    Until it is stable, any line with exactly one hidden entry gets a second: the smallest non-zero shown entry of the
//    line, preferring one that also mends another such line, then one that does not leave another line with a single
//    hidden entry, then a cell over a total.
//    Zeros are never hidden. A line with exactly one hidden entry always has a non-zero shown entry to hide instead (if the
//    hidden entry is a cell, the total is at least as big; if it is the total, some cell is non-zero), so a zero is never
//    needed; and because '*' never stands for 0, a published 0 always means none, which readers of child-safeguarding
//    figures rely on (a zero row is often known anyway, for example no cases in an area).
//
// 2. An exact audit. Rounding makes every shown figure a range (a '10' is 8 to 12 under NHS_RULE) and a reader can combine
//    ranges with the additivity of the lines; "two hidden entries per line" is not enough on its own (a hidden entry can be
//    the only link between two groups of hidden entries, and ranges can pin a hidden entry to a single value). So every
//    hidden entry is checked: is there a table, consistent with every published figure and every line, in which it takes a
//    different value? That is decided exactly with a network-flow feasibility test (flow.ts). A hidden entry that is pinned
//    gets another figure hidden in one of its lines (one that frees it if there is one, then the smallest), lines are made
//    stable again, and the audit repeats. Hiding more only widens what a reader can conclude, so an entry once found free
//    stays free. The loop ends: with every non-zero figure hidden, any hidden entry could be one more along with its totals.
//
// What the reader is assumed to know: the rule, every published figure, which figures are '0', and every line. A '*' is read
// as "not 0": the footnote (disclosureFootnote) says it is a count of 1 to 7 or a larger count hidden to protect one.
// A reader who could tell which '*' are 1 to 7 could not always be stopped: in a 3 x 3 table of seven 1s and two 0s every
// figure is 1 to 7, and "seven non-zero cells adding up to at most 7" says they are all 1, whatever else is hidden.
// (table.test.ts checks both claims with a separate exhaustive search.)

export type CountTable = { rows: string[]; cols: string[]; cells: number[][] };

export type SuppressionCounts = { primary: number; secondary: number };

export type PublishedTable = {
  rows: string[];
  cols: string[];
  cells: string[][];
  rowTotals: string[];
  colTotals: string[];
  total: string;
  suppressed: SuppressionCounts;
};

export type PublishedSeries = { labels: string[]; values: string[]; total: string; suppressed: SuppressionCounts };

// secondary: false publishes with primary suppression only (for showing what secondary suppression prevents).
export type PublishOptions = { secondary?: boolean };

type Line = { entries: number[] };

type Grid = {
  values: number[];
  isTotal: boolean[];
  lines: Line[];
  linesOf: number[][];
  feasible: (bounds: Bounds[]) => boolean;
};

function makeGrid(values: number[], isTotal: boolean[], lines: Line[], feasible: (bounds: Bounds[]) => boolean): Grid {
  const linesOf = values.map(() => [] as number[]);
  lines.forEach((line, l) => {
    for (const k of line.entries) linesOf[k]!.push(l);
  });
  return { values, isTotal, lines, linesOf, feasible };
}

// Entries: cells row by row, then row totals, column totals, grand total.
function tableGrid(cells: number[][], rows: number, cols: number): Grid {
  const cell = (i: number, j: number) => i * cols + j;
  const rowTotal = (i: number) => rows * cols + i;
  const colTotal = (j: number) => rows * cols + rows + j;
  const grand = rows * cols + rows + cols;
  const rowSums = cells.map((line) => line.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, j) => cells.reduce((a, line) => a + line[j]!, 0));
  const values = [...cells.flat(), ...rowSums, ...colSums, rowSums.reduce((a, b) => a + b, 0)];
  const isTotal = values.map((_, k) => k >= rows * cols);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const lines: Line[] = [
    ...range(rows).map((i) => ({ entries: [...range(cols).map((j) => cell(i, j)), rowTotal(i)] })),
    ...range(cols).map((j) => ({ entries: [...range(rows).map((i) => cell(i, j)), colTotal(j)] })),
    { entries: [...range(cols).map(colTotal), grand] },
    { entries: [...range(rows).map(rowTotal), grand] },
  ];
  const feasible = (b: Bounds[]) =>
    tableFeasible({
      cells: range(rows).map((i) => range(cols).map((j) => b[cell(i, j)]!)),
      rowTotals: range(rows).map((i) => b[rowTotal(i)]!),
      colTotals: range(cols).map((j) => b[colTotal(j)]!),
      grand: b[grand]!,
    });
  return makeGrid(values, isTotal, lines, feasible);
}

// Entries: the counts, then the total. One line, so feasibility is a comparison of sums.
function seriesGrid(counts: number[]): Grid {
  const n = counts.length;
  const values = [...counts, counts.reduce((a, b) => a + b, 0)];
  const feasible = (b: Bounds[]) => {
    if (b.some(({ lo, hi }) => lo > hi)) return false;
    const parts = b.slice(0, n);
    const total = b[n]!;
    return parts.reduce((a, { lo }) => a + lo, 0) <= total.hi && parts.reduce((a, { hi }) => a + hi, 0) >= total.lo;
  };
  return makeGrid(
    values,
    values.map((_, k) => k === n),
    [{ entries: values.map((_, k) => k) }],
    feasible,
  );
}

// Hidden entries in each line.
function hiddenPerLine(grid: Grid, hidden: boolean[]): number[] {
  return grid.lines.map((line) => line.entries.filter((k) => hidden[k]).length);
}

// Order of preference among entries that could be hidden next: better first.
function byPreference(grid: Grid, score: (k: number) => number[]) {
  return (a: number, b: number): number => {
    const sa = [...score(a), grid.isTotal[a] ? 1 : 0, grid.values[a]!, a];
    const sb = [...score(b), grid.isTotal[b] ? 1 : 0, grid.values[b]!, b];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return 0;
  };
}

// Stage 1: until no line has exactly one hidden entry, hide a second entry in such a line.
function closeLines(grid: Grid, hidden: boolean[]): void {
  for (;;) {
    const count = hiddenPerLine(grid, hidden);
    const l = count.indexOf(1);
    if (l === -1) return;
    const candidates = grid.lines[l]!.entries.filter((k) => !hidden[k] && grid.values[k]! > 0);
    // Unreachable: see "Zeros are never hidden" above.
    if (candidates.length === 0) throw new Error('Disclosure control found a line with nothing left to hide');
    const score = (k: number) => {
      const others = grid.linesOf[k]!.filter((m) => m !== l).map((m) => count[m]!);
      return [-others.filter((c) => c === 1).length, others.filter((c) => c === 0).length];
    };
    hidden[candidates.sort(byPreference(grid, score))[0]!] = true;
  }
}

function bounds(shown: Bounds[], hidden: boolean[]): Bounds[] {
  return shown.map((b, k) => (hidden[k] ? { lo: 1, hi: Infinity } : b));
}

// Whether a hidden entry has only one value consistent with everything published.
function pinned(grid: Grid, shown: Bounds[], hidden: boolean[], k: number): boolean {
  const b = bounds(shown, hidden);
  const v = grid.values[k]!;
  const own = b[k]!;
  for (const other of [
    { lo: own.lo, hi: v - 1 },
    { lo: v + 1, hi: own.hi },
  ]) {
    if (other.lo > other.hi) continue;
    b[k] = other;
    if (grid.feasible(b)) return false;
  }
  return true;
}

// Stage 2's choice: a figure to hide so that entry k is no longer pinned.
function repairFor(grid: Grid, shown: Bounds[], hidden: boolean[], k: number): number {
  const open = (e: number) => !hidden[e] && grid.values[e]! > 0;
  let candidates = [...new Set(grid.linesOf[k]!.flatMap((l) => grid.lines[l]!.entries))].filter(open);
  if (candidates.length === 0) candidates = grid.values.map((_, e) => e).filter(open);
  // Unreachable: with every non-zero figure hidden nothing is pinned (see above).
  if (candidates.length === 0) throw new Error('Disclosure control could not protect a hidden figure');
  const frees = new Map(
    candidates.map((c) => {
      hidden[c] = true;
      const result = !pinned(grid, shown, hidden, k);
      hidden[c] = false;
      return [c, result];
    }),
  );
  return candidates.sort(byPreference(grid, (c) => [frees.get(c) ? 0 : 1]))[0]!;
}

function protect(grid: Grid, rule: DisclosureRule, secondary: boolean): { hidden: boolean[]; suppressed: SuppressionCounts } {
  const hidden = grid.values.map((v) => v >= rule.suppressFrom && v <= rule.suppressTo);
  const primary = hidden.filter(Boolean).length;
  if (secondary) {
    const shown = grid.values.map((v) => {
      const { min, max } = possibleCounts(publishCount(v, rule), rule);
      return { lo: min, hi: max };
    });
    closeLines(grid, hidden);
    const free = new Set<number>();
    for (let k = 0; k < grid.values.length; k++) {
      if (!hidden[k] || free.has(k)) continue;
      if (!pinned(grid, shown, hidden, k)) {
        free.add(k);
        continue;
      }
      hidden[repairFor(grid, shown, hidden, k)] = true;
      closeLines(grid, hidden);
      k = -1; // new hidden entries may come before k: check from the start (entries found free are skipped)
    }
  }
  return { hidden, suppressed: { primary, secondary: hidden.filter(Boolean).length - primary } };
}

function assertCounts(counts: unknown[], what: string): asserts counts is number[] {
  for (const n of counts) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be whole numbers of 0 or more`);
  }
}

function assertLabels(labels: unknown, what: string): asserts labels is string[] {
  if (!Array.isArray(labels) || labels.length === 0 || labels.some((l) => typeof l !== 'string')) {
    throw new RangeError(`${what} must be a non-empty list of labels`);
  }
}

// A two-way table of counts, published under the rule with totals and secondary suppression.
export function publishTable(table: CountTable, rule: DisclosureRule = NHS_RULE, options: PublishOptions = {}): PublishedTable {
  assertRule(rule);
  const { rows, cols, cells } = table;
  assertLabels(rows, 'The rows of a table');
  assertLabels(cols, 'The columns of a table');
  if (!Array.isArray(cells) || cells.length !== rows.length) throw new RangeError(`A table with ${rows.length} rows needs ${rows.length} rows of cells`);
  for (const line of cells) {
    if (!Array.isArray(line) || line.length !== cols.length)
      throw new RangeError(`Every row of a table with ${cols.length} columns needs ${cols.length} cells`);
    assertCounts(line, 'The cells of a table');
  }
  const grid = tableGrid(cells, rows.length, cols.length);
  const { hidden, suppressed } = protect(grid, rule, options.secondary ?? true);
  const out = grid.values.map((v, k) => (hidden[k] ? SUPPRESSED : publishCount(v, rule)));
  const n = rows.length * cols.length;
  return {
    rows: [...rows],
    cols: [...cols],
    cells: rows.map((_, i) => out.slice(i * cols.length, (i + 1) * cols.length)),
    rowTotals: out.slice(n, n + rows.length),
    colTotals: out.slice(n + rows.length, n + rows.length + cols.length),
    total: out[out.length - 1]!,
    suppressed,
  };
}

// A one-way breakdown (counts by label) with its total, published under the rule with secondary suppression.
export function publishSeries(labels: string[], counts: number[], rule: DisclosureRule = NHS_RULE, options: PublishOptions = {}): PublishedSeries {
  assertRule(rule);
  assertLabels(labels, 'A breakdown');
  if (!Array.isArray(counts) || counts.length !== labels.length) throw new RangeError(`A breakdown with ${labels.length} labels needs ${labels.length} counts`);
  assertCounts(counts, 'The counts of a breakdown');
  const grid = seriesGrid(counts);
  const { hidden, suppressed } = protect(grid, rule, options.secondary ?? true);
  const out = grid.values.map((v, k) => (hidden[k] ? SUPPRESSED : publishCount(v, rule)));
  return { labels: [...labels], values: out.slice(0, counts.length), total: out[counts.length]!, suppressed };
}
