import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, type JobProgressInput, jobProgress, milestone } from './progress.ts';

// The review job page's progress (issue 4 §4): sizes people can read, the rate and time left as the command line shows
// them, a failed job without a bar, and milestones for the live region.

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [812, '812 bytes'],
    [4_600, '4.6 KB'],
    [4_649, '4.6 KB'],
    [999_949, '999.9 KB'],
    [999_950, '1.0 MB'],
    [12_345_678, '12.3 MB'],
    [1_500_000_000, '1.50 GB'],
  ])('%i bytes -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45.4, '45 s'],
    [125, '2 min 5 s'],
    [3780, '1 h 3 min'],
  ])('%d s -> %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});

const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s));
const job = (over: Partial<JobProgressInput>): JobProgressInput => ({
  status: 'running',
  bytesRead: 0,
  bytesTotal: 4_600,
  rowsRead: 0,
  startedAt: at(0),
  finishedAt: null,
  error: null,
  ...over,
});

describe('jobProgress', () => {
  it('shows a small file in KB, not "0.0 MB of 0.0 MB"', () => {
    const p = jobProgress(job({ status: 'done', bytesRead: 4_600, rowsRead: 9, finishedAt: at(2) }), at(10));
    expect(p).toMatchObject({ percent: 100, read: '4.6 KB of 4.6 KB', size: '4.6 KB', message: 'Finished.', timeLeft: null, error: null });
    // The average rate of a finished job.
    expect(p.rate).toBe('2.3 KB/s, 5 rows a second');
  });

  it('gives the rate and the time left while the job runs, as the command line does', () => {
    const p = jobProgress(job({ bytesRead: 50_000_000, bytesTotal: 200_000_000, rowsRead: 125_000 }), at(10));
    expect(p).toMatchObject({ percent: 25, read: '50.0 MB of 200.0 MB', rate: '5.0 MB/s, 12,500 rows a second', secondsLeft: 30, timeLeft: 'about 30 s left' });
  });

  it('waits for a second of reading before giving a rate', () => {
    const p = jobProgress(job({ bytesRead: 1_000, startedAt: at(0) }), new Date(at(0).getTime() + 400));
    expect(p).toMatchObject({ rate: null, timeLeft: null, percent: 21 });
    expect(jobProgress(job({ status: 'queued', startedAt: null }), at(5))).toMatchObject({ rate: null, message: 'Waiting to start.', percent: 0 });
  });

  it('shows a failed job as failed with its reason, with no percentage', () => {
    const p = jobProgress(job({ status: 'failed', bytesRead: 0, error: 'line 1: the header row has no text column', finishedAt: at(1) }), at(5));
    expect(p).toMatchObject({ percent: null, rate: null, timeLeft: null, message: 'The review failed.', error: 'line 1: the header row has no text column' });
  });
});

describe('milestone', () => {
  it.each([
    [{ status: 'queued', percent: 0, bytesRead: 0, bytesTotal: 100 }, null],
    [{ status: 'running', percent: 3, bytesRead: 3, bytesTotal: 100 }, 'The review has started.'],
    [{ status: 'running', percent: 24, bytesRead: 24, bytesTotal: 100 }, 'The review has started.'],
    [{ status: 'running', percent: 25, bytesRead: 25, bytesTotal: 100 }, '25% read.'],
    [{ status: 'running', percent: 99, bytesRead: 99, bytesTotal: 100 }, '75% read.'],
    [{ status: 'running', percent: 100, bytesRead: 100, bytesTotal: 100 }, 'Read the whole file. Writing the report.'],
    [{ status: 'done', percent: 100, bytesRead: 100, bytesTotal: 100 }, 'The review has finished.'],
    [{ status: 'failed', percent: null, bytesRead: 0, bytesTotal: 100 }, 'The review failed.'],
  ] as const)('%o -> %s', (p, text) => {
    expect(milestone(p)).toBe(text);
  });
});
