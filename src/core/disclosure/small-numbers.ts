import { NHS_RULE, publishCount } from './rules.ts';

// NHS England small-number rule for one published count: 1-7 shown as '*', other counts rounded to the nearest 5, zero
// shown as 0 (source and the configurable form in rules.ts). A count published on its own needs no secondary suppression;
// for tables and breakdowns with totals use publishTable / publishSeries (table.ts).
export function suppress(count: number): string {
  return publishCount(count, NHS_RULE);
}
