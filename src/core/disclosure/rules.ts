import { ValidationError } from '../errors.ts';

// Small-number rules for published counts.
//
// Source of the NHS rule: NHS Digital (now NHS England), "Disclosure control methodology for Hospital Episode Statistics
// (HES) and Emergency Care Data Set (ECDS)", September 2018, since used across NHS England's published statistics: below
// national level a count of 1 to 7 is shown as '*', every other count is rounded to the nearest 5, and totals are worked out
// from the unrounded counts before being rounded themselves. Zero is shown as 0.
// https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018
//
// The NHS method leans on rounding instead of secondary suppression. Rounding alone does not always stop a hidden count being
// worked out from a table's totals (examples in table.test.ts), so publishTable and publishSeries add secondary suppression.

export type DisclosureRule = {
  name: string;
  // Counts from suppressFrom to suppressTo (inclusive) are shown as '*'.
  suppressFrom: number;
  suppressTo: number;
  // Every other non-zero count is rounded to the nearest multiple of roundTo (1: shown exactly).
  roundTo: number;
};

export const NHS_RULE: DisclosureRule = Object.freeze({ name: 'nhs', suppressFrom: 1, suppressTo: 7, roundTo: 5 });

export const SUPPRESSED = '*';

// Largest setting accepted, far above any sensible threshold; keeps the arithmetic exact.
const MAX_SETTING = 1_000_000;

function isWhole(n: number, min: number): boolean {
  return Number.isSafeInteger(n) && n >= min && n <= MAX_SETTING;
}

// What is wrong with a rule, or undefined when it is usable.
function ruleProblem(rule: DisclosureRule): string | undefined {
  if (typeof rule.name !== 'string' || rule.name.trim() === '') return 'A disclosure rule needs a name';
  // Showing 1 or 2 while hiding 3 would publish exactly the most identifying counts.
  if (rule.suppressFrom !== 1) return 'Small-number suppression must start at 1 (for example suppress=1-7)';
  // A range of one value would say what every '*' is.
  if (!isWhole(rule.suppressTo, 2)) return 'Small-number suppression must cover at least the counts 1 to 2 (for example suppress=1-7)';
  if (!isWhole(rule.roundTo, 1)) return 'Rounding must be to a whole number of 1 or more (round=1 means no rounding)';
  // The smallest count shown must not round down to 0: a published 0 always means none.
  if (Math.round((rule.suppressTo + 1) / rule.roundTo) < 1) {
    return `Rounding to ${rule.roundTo} would show a count of ${rule.suppressTo + 1} as 0: suppress more counts or round less`;
  }
  return undefined;
}

const checked = new WeakSet<DisclosureRule>();

export function assertRule(rule: DisclosureRule): void {
  if (checked.has(rule)) return;
  const problem = ruleProblem(rule);
  if (problem) throw new ValidationError({ rule: problem }, problem);
  checked.add(rule);
}

// Configuration text for a rule: `nhs`, or `suppress=FROM-TO,round=N` (for example `suppress=1-9,round=10`).
export function parseRule(spec: string): DisclosureRule {
  const fail = (message: string): never => {
    throw new ValidationError({ rule: message }, message);
  };
  const text = spec.trim().toLowerCase();
  if (text === '') fail('Give a disclosure rule: nhs, or suppress=FROM-TO,round=N (for example suppress=1-9,round=10)');
  if (text === 'nhs') return NHS_RULE;
  const settings = new Map<string, string>();
  for (const part of text.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\S+)\s*$/.exec(part);
    if (!match) return fail(`"${part.trim()}" is not a setting: write suppress=FROM-TO,round=N (for example suppress=1-9,round=10) or nhs`);
    const [, key = '', value = ''] = match;
    if (key !== 'suppress' && key !== 'round') return fail(`Unknown setting "${key}": the settings are suppress=FROM-TO and round=N`);
    if (settings.has(key)) return fail(`The setting "${key}" is given twice`);
    settings.set(key, value);
  }
  const suppress = settings.get('suppress');
  const round = settings.get('round');
  if (suppress === undefined) return fail('Give the counts to hide, for example suppress=1-7');
  if (round === undefined) return fail('Give the rounding, for example round=5 (round=1 means no rounding)');
  const range = /^(\d{1,7})-(\d{1,7})$/.exec(suppress);
  if (!range) return fail(`suppress=${suppress} is not a range of counts: write it as FROM-TO, for example suppress=1-7`);
  const from = Number(range[1]);
  const to = Number(range[2]);
  if (to < from) return fail(`suppress=${suppress} runs backwards: write the smaller count first`);
  if (!/^\d{1,7}$/.test(round)) return fail(`round=${round} is not a whole number`);
  const rule: DisclosureRule = { name: `suppress=${from}-${to},round=${Number(round)}`, suppressFrom: from, suppressTo: to, roundTo: Number(round) };
  assertRule(rule);
  return rule;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('A count must be a whole number of 0 or more');
}

// The published form of one count: '0', '*', or the count rounded to the rule's multiple.
export function publishCount(n: number, rule: DisclosureRule = NHS_RULE): string {
  assertRule(rule);
  assertCount(n);
  if (n === 0) return '0';
  if (n >= rule.suppressFrom && n <= rule.suppressTo) return SUPPRESSED;
  return String(Math.round(n / rule.roundTo) * rule.roundTo);
}

export type CountRange = { min: number; max: number };

// What a reader can conclude from one published figure on its own: the true count lies in [min, max].
// '*' is a count of 1 to suppressTo, or a larger count hidden by secondary suppression, so it only says "not 0"
// (zeros are never hidden); max is then Infinity. A rounded figure s stands for the counts that round to s and are not hidden.
export function possibleCounts(shown: string, rule: DisclosureRule = NHS_RULE): CountRange {
  assertRule(rule);
  if (shown === '0') return { min: 0, max: 0 };
  if (shown === SUPPRESSED) return { min: 1, max: Infinity };
  const s = /^\d{1,15}$/.test(shown) ? Number(shown) : NaN;
  const r = rule.roundTo;
  if (!Number.isSafeInteger(s) || s % r !== 0 || s === 0) throw new RangeError(`"${shown}" is not a figure published under the rule ${rule.name}`);
  // Math.round(n / r) === k exactly when r(k - 1/2) <= n < r(k + 1/2).
  const k = s / r;
  const min = Math.max(Math.ceil(r * (k - 0.5)), rule.suppressTo + 1);
  const max = Math.ceil(r * (k + 0.5)) - 1;
  if (min > max) throw new RangeError(`"${shown}" is not a figure published under the rule ${rule.name}`);
  return { min, max };
}

// The footnote to print under any table published with the rule: it must not say that '*' is only ever 1 to suppressTo,
// because secondary suppression hides larger counts too (and a reader who knew which '*' were small could work some out).
export function disclosureFootnote(rule: DisclosureRule = NHS_RULE): string {
  assertRule(rule);
  const rounding = rule.roundTo === 1 ? 'Other figures are exact' : `Other figures are rounded to the nearest ${rule.roundTo}`;
  return `* a count from ${rule.suppressFrom} to ${rule.suppressTo}, or a larger count hidden so that a small count cannot be worked out. ${rounding}, and totals are rounded from the exact counts.`;
}
