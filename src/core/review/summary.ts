import type { ReviewTotals } from './review.ts';

// The summary of a retrospective review (issue 4 §4): report.json's "summary", the figures the web app shows for a
// finished review job, and the header of report.html.

export type BadRow = { line: number; reason: string };
export type ReviewFormat = 'csv' | 'jsonl';
export type ReviewSummary = {
  tool: 'lantern review';
  framework: string;
  files: { path: string; format: ReviewFormat; bytes: number }[];
  assumptions: { age: number; ageNote: string; window: string; referralFollowUpDays: number; detection: string };
  rowsRead: number;
  rowsAnalysed: number;
  badRows: { count: number; byReason: Record<string, number>; listed: BadRow[]; truncated: boolean };
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
