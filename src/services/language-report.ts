import { z } from 'zod';
import { summariseLanguageReport } from '../core/language/report.ts';
import { LANGUAGE_CATEGORY_KEYS } from '../core/language/types.ts';
import { londonDate } from '../core/records/time.ts';
import type { Store } from '../db/store.ts';
import { type Clock, type Ctx, ensureAllowed } from './context.ts';
import { parse } from './inputs/fields.ts';
import { lastMonths } from './stats.ts';

/** The periods a lead can choose, in months (the latest month counted to today). */
export const LANGUAGE_REPORT_PERIODS = [3, 6, 12, 24] as const;

// The report's filter, as its form gives it: empty fields mean "all".
const ReportFilterInput = z.object({
  months: z
    .enum(LANGUAGE_REPORT_PERIODS.map(String) as [string, ...string[]], { error: 'Choose a period from the list' })
    .default('12')
    .transform(Number),
  agency: z.union([z.uuid({ error: 'Choose an agency from the list' }), z.literal('')]).default(''),
  category: z.enum(['', ...LANGUAGE_CATEGORY_KEYS], { error: 'Choose a kind of wording from the list' }).default(''),
});
export type LanguageReportFilterValues = z.output<typeof ReportFilterInput>;

export function languageReportService(store: Store, clock: Clock) {
  return {
    // Flagged wording per agency and team by month, with the share of entries written that held it (issue 4; HMICFRS
    // 2023: "eradicate victim-blaming language"). The same access as the cells' lists (services/notes.ts).
    async summary(ctx: Ctx, raw: unknown) {
      ensureAllowed(ctx, 'language_report.read');
      const filter = parse(ReportFilterInput, raw);
      const now = clock();
      const months = lastMonths(londonDate(now), filter.months);
      // From a day before the first month's first day: the months are London's, the instants UTC.
      const since = new Date(Date.parse(`${months[0]!}-01T00:00:00Z`) - 86_400_000);
      const [rows, entries] = await Promise.all([store.repos.notes.languageReport(since), store.repos.notes.languageReportEntries(since)]);
      const summary = summariseLanguageReport(months, rows, entries, { agencyId: filter.agency || null, category: filter.category || null });
      return { filter, ...summary };
    },
  };
}
