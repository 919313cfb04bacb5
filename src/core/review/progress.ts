// The progress of a review job as the web page and its status endpoint show it (issue 4 §4: "a background job with a
// progress bar"), with the rate and time remaining that `lantern review` shows on the command line. Pure: the time is
// passed in.

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** What the progress needs of a job (services/review-jobs.ts ReviewJob has all of it). */
export type JobProgressInput = {
  status: JobState;
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
};

export type JobProgress = {
  status: JobState;
  /** Whole per cent read, or null for a failed job (it has no meaningful bar). */
  percent: number | null;
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  /** "4.6 KB of 12.0 KB" */
  read: string;
  /** The file's size: "12.0 KB" */
  size: string;
  /** "1.2 MB/s, 3,400 rows a second", once there is enough to measure (or the average of a finished job). */
  rate: string | null;
  /** "about 2 min 5 s left", while the job runs and the rate is known. */
  timeLeft: string | null;
  secondsLeft: number | null;
  /** One line for people: what the job is doing. */
  message: string;
  error: string | null;
};

// A rate over less than this is mostly start-up time: none is shown until then.
const MIN_SECONDS_FOR_RATE = 1;

const number = (n: number, digits: number) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * A file size for people, in decimal units as the command line uses (1 MB = 1,000,000 bytes): "812 bytes", "4.6 KB",
 * "12.3 MB", "1.50 GB". KB under 1 MB, so that a small file never reads "0.0 MB".
 */
export function formatBytes(bytes: number): string {
  const b = Math.max(0, Math.round(bytes));
  if (b < 1000) return `${b.toLocaleString('en-GB')} ${b === 1 ? 'byte' : 'bytes'}`;
  // Rounding up to the next unit's size ("1,000.0 KB") reads as the next unit.
  if (b < 999_950) return `${number(b / 1000, 1)} KB`;
  if (b < 999_950_000) return `${number(b / 1_000_000, 1)} MB`;
  return `${number(b / 1_000_000_000, 2)} GB`;
}

/** A duration for people, as the command line shows it: "45 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 90) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The progress of a job at `now`. */
export function jobProgress(job: JobProgressInput, now: Date): JobProgress {
  const total = Math.max(0, job.bytesTotal);
  const done = job.status === 'done';
  const bytesRead = done ? total : Math.min(Math.max(0, job.bytesRead), total);
  const percent = job.status === 'failed' ? null : done || total === 0 ? 100 : Math.min(100, Math.floor((bytesRead / total) * 100));
  let rate: string | null = null;
  let secondsLeft: number | null = null;
  const until = done ? job.finishedAt : job.status === 'running' ? now : null;
  if (job.startedAt && until && bytesRead > 0) {
    const seconds = (until.getTime() - job.startedAt.getTime()) / 1000;
    if (seconds >= MIN_SECONDS_FOR_RATE) {
      const perSecond = bytesRead / seconds;
      rate = `${formatBytes(perSecond)}/s, ${Math.round(job.rowsRead / seconds).toLocaleString('en-GB')} rows a second`;
      if (!done) secondsLeft = Math.round((total - bytesRead) / perSecond);
    }
  }
  const message =
    job.status === 'queued'
      ? 'Waiting to start.'
      : job.status === 'running'
        ? bytesRead >= total
          ? 'Read the whole file: reviewing the notes and writing the report.'
          : 'Reading the notes.'
        : done
          ? 'Finished.'
          : 'The review failed.';
  return {
    status: job.status,
    percent,
    bytesRead,
    bytesTotal: total,
    rowsRead: job.rowsRead,
    read: `${formatBytes(bytesRead)} of ${formatBytes(total)}`,
    size: formatBytes(total),
    rate,
    timeLeft: secondsLeft === null ? null : `about ${formatDuration(secondsLeft)} left`,
    secondsLeft,
    message,
    error: job.status === 'failed' ? (job.error ?? 'The review could not be finished.') : null,
  };
}

/**
 * What a screen reader hears as the job moves on: the start, each quarter read, the end of reading, and the finish or
 * failure; null between them, so that a live region does not speak every few seconds (WCAG 4.1.3 without the noise).
 */
export function milestone(p: Pick<JobProgress, 'status' | 'percent' | 'bytesRead' | 'bytesTotal'>): string | null {
  if (p.status === 'done') return 'The review has finished.';
  if (p.status === 'failed') return 'The review failed.';
  if (p.status === 'queued') return null;
  const pct = p.percent ?? 0;
  if (p.bytesTotal > 0 && p.bytesRead >= p.bytesTotal) return 'Read the whole file. Writing the report.';
  const quarter = Math.floor(pct / 25) * 25;
  return quarter === 0 ? 'The review has started.' : `${quarter}% read.`;
}
