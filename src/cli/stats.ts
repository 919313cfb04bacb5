import { ValidationError } from '../core/errors.ts';
import type { Services } from '../services/index.ts';
import { csvField, parseStatsQuery, type StatsFigures, type StatsQuery } from '../services/stats.ts';

// `lantern stats`: one measure by one dimension, every figure published under the configured disclosure rule
// (LANTERN_DISCLOSURE, NHS England's small-number rule by default) by services/stats.ts, exactly as on the Figures page.

export const STATS_FORMATS = ['csv', 'json'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];
export type StatsOptions = StatsQuery & { format: StatsFormat };

// Checked before the database is opened, so that a mistyped option fails at once (exit code 2 through main.ts).
export function parseStatsOptions(o: { by?: string; measure?: string; format?: string }): StatsOptions {
  const query = parseStatsQuery(o);
  const format = o.format ?? 'csv';
  if (!(STATS_FORMATS as readonly string[]).includes(format)) throw new ValidationError({ format: 'give --format csv or json' });
  return { ...query, format: format as StatsFormat };
}

// The command runs as the system, with an analyst's access: published figures only. The read is audited ('via cli').
const SYSTEM_ANALYST = {
  actor: { id: '00000000-0000-0000-0000-000000000000', agencyId: '00000000-0000-0000-0000-000000000000', role: 'analyst' as const },
  via: 'cli' as const,
};

export function formatStats(f: StatsFigures, format: StatsFormat): string {
  if (format === 'json') {
    const { measure, by, measureLabel, byLabel, rule, footnote, note, asOf, figures, total } = f;
    return `${JSON.stringify({ measure, by, measureLabel, byLabel, asOf, rule, note, footnote, figures: figures.map(({ key, label, shown }) => ({ key, label, figure: shown })), total })}\n`;
  }
  const line = (fields: string[]) => `${fields.map(csvField).join(',')}\n`;
  return (
    line(['measure', 'by', 'key', 'label', 'figure']) +
    f.figures.map((x) => line([f.measure, f.by, x.key, x.label, x.shown])).join('') +
    line([f.measure, f.by, 'total', 'Total', f.total])
  );
}

// The figures for standard output; for CSV, what they count and the disclosure footnote go to standard error.
export async function stats(services: Services, o: StatsOptions): Promise<{ stdout: string; stderr: string }> {
  const figures = await services.stats.figures(SYSTEM_ANALYST, { by: o.by, measure: o.measure });
  return { stdout: formatStats(figures, o.format), stderr: o.format === 'csv' ? `${figures.note}\n${figures.footnote}\n` : '' };
}
