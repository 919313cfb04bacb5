import type { ReviewTotals } from './review.ts';
import { ROW_REASONS } from './row.ts';

// The summary of a retrospective review (issue 4 §4): report.json's "summary", the figures the web app shows for a
// finished review job, and the header of report.html.

/** `value`: the offending value, only when it cannot be personal (a date's shape, a byte): row.ts RowCheck. */
export type BadRow = { line: number; reason: string; value?: string };
export type ReviewFormat = 'csv' | 'jsonl';
export type ReviewSummary = {
  tool: 'lantern review';
  framework: string;
  files: { path: string; format: ReviewFormat; bytes: number }[];
  assumptions: { age: number; ageNote: string; window: string; referralFollowUpDays: number; detection: string };
  rowsRead: number;
  rowsAnalysed: number;
  badRows: { count: number; byReason: Record<string, number>; listed: BadRow[]; truncated: boolean };
  /** Problems with the whole file, said once (fileWarnings). Absent from reports before 2027-01. */
  warnings?: string[];
  firstDate: string | null;
  lastDate: string | null;
  people: number;
  peopleReachingMedium: number;
  peopleReachingHigh: number;
  missedOpportunities: number;
  peopleWithMissedOpportunities: number;
  notesWithReferrals: number;
  languageFindingsByCategory: ReviewTotals['languageByCategory'];
  timing: {
    elapsedSeconds: number;
    readSeconds: number;
    reviewSeconds: number;
    mbPerSecond: number;
    rowsPerSecond: number;
    peakRssMB: number;
    /** Worker threads, and the pieces of work (batches of rows, jobs of people) done on them and on the main thread. */
    threads: { workers: number; onWorkers: number; onMainThread: number };
  };
};

export const ENCODING_WARNING =
  'the file looks like a Windows-1252 export (Excel’s “CSV” format), which breaks every row with é, £ or another accented letter or symbol. Save it as “CSV UTF-8” and run the review again.';

/**
 * Problems with the whole file that row-by-row reasons would bury: many rows in the wrong encoding (an Excel export
 * saved as plain "CSV" breaks every row with é or £, and only those). Many: at least 3 rows and 1 in 100, or 1 in 10.
 */
export function fileWarnings(byReason: Readonly<Record<string, number>>, rowsRead: number): string[] {
  const wrong = byReason[ROW_REASONS.encoding] ?? 0;
  const many = (wrong >= 3 && wrong * 100 >= rowsRead) || (wrong > 0 && wrong * 10 >= rowsRead);
  if (!many) return [];
  const rows = wrong === 1 ? '1 row' : `${wrong.toLocaleString('en-GB')} rows`;
  return [`${rows} of ${rowsRead.toLocaleString('en-GB')} ${wrong === 1 ? 'is' : 'are'} not UTF-8 text: ${ENCODING_WARNING}`];
}
