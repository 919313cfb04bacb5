import fs from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { formatBytes } from '../core/review/progress.ts';
import type { ReviewFormat } from '../services/review-run.ts';

// `lantern review NOTES.(csv|jsonl) --out DIR`: a retrospective review of many notes (issue 4 §4). The engine (streamed
// reading, the analysis and the review on worker threads, the reports streamed to DIR) is services/review-run.ts, shared
// with the web app's review jobs; this file checks the arguments and shows progress on stderr.

export type { BadRow, ReviewSummary } from '../services/review-run.ts';

export type ReviewOptions = {
  out?: string;
  progress?: boolean;
  /** worker threads besides this one (0: none); by default one per CPU but one, from 64 MB */ workers?: number;
  /** the indicator classifier's possible signs on the timelines, shown and never scored */ possibleSigns?: boolean;
};
export type ReviewIo = { stderr: NodeJS.WriteStream; now: () => number };

function checkArgs(file: string | undefined, out: string | undefined): { file: string; format: ReviewFormat; size: number; out: string } {
  if (!file) throw new ValidationError({ file: 'Give the notes file to review: lantern review NOTES.csv --out DIR' });
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.jsonl') throw new ValidationError({ file: 'The notes file must end in .csv or .jsonl' });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new ValidationError({ file: 'The file does not exist or cannot be read' });
  }
  if (!stat.isFile()) throw new ValidationError({ file: 'The notes file is not a regular file' });
  if (!out) throw new ValidationError({ out: 'Give a folder for the report with --out DIR' });
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new ValidationError({ out: 'The --out path exists and is not a folder' });
  return { file, format: ext === '.csv' ? 'csv' : 'jsonl', size: stat.size, out };
}

/** `--workers N`: a whole number of threads, 0 to 32. */
export function workerCount(raw: string): number {
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 32) throw new ValidationError({ workers: 'The number of worker threads must be a whole number from 0 to 32' });
  return Number(raw);
}

const mb = (bytes: number) => bytes / 1_000_000;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const duration = (s: number) => (s >= 90 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);

class Progress {
  private last = 0;
  private shown = false;
  constructor(
    private readonly io: ReviewIo,
    private readonly enabled: boolean,
    private readonly total: number,
    private readonly started: number,
  ) {}
  update(bytes: number, rows: number, force = false): void {
    if (!this.enabled) return;
    const now = this.io.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const secs = Math.max((now - this.started) / 1000, 1e-6);
    const rate = mb(bytes) / secs;
    const left = rate > 0 ? mb(this.total - bytes) / rate : 0;
    const pct = this.total ? Math.floor((bytes / this.total) * 100) : 100;
    this.io.stderr.write(
      `\r\x1b[KReading ${fmt(mb(bytes))} / ${fmt(mb(this.total))} MB (${pct}%), ${rows.toLocaleString('en-GB')} rows, ` +
        `${Math.round(rows / secs).toLocaleString('en-GB')} rows/s, ${fmt(rate)} MB/s, about ${duration(left)} left`,
    );
    this.shown = true;
  }
  stage(text: string): void {
    if (this.enabled) this.io.stderr.write(`\r\x1b[K${text}`);
    this.shown = this.enabled;
  }
  end(): void {
    if (this.shown) this.io.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

export async function review(fileArg: string | undefined, opts: ReviewOptions, io: ReviewIo = { stderr: process.stderr, now: () => performance.now() }) {
  const { file, format, size, out } = checkArgs(fileArg, opts.out);
  // The engine (the whole analysis) loads only once the arguments are good: a refusal comes back at once.
  const { reviewToDir } = await import('../services/review-run.ts');
  const progress = new Progress(io, opts.progress === true || io.stderr.isTTY, size, io.now());
  try {
    const { summary } = await reviewToDir(
      { file, format, size },
      out,
      {
        now: io.now,
        onProgress: (bytes, rows) => {
          progress.update(bytes, rows);
        },
        onRead: (bytes, rows, notes) => {
          progress.update(bytes, rows, true);
          progress.stage(`Reviewing ${notes.toLocaleString('en-GB')} notes and writing the report ...`);
        },
      },
      // This thread has nothing else to do: it analyses too whenever the workers are busy.
      { workers: opts.workers, mainThreadHelps: true, possibleSigns: opts.possibleSigns === true },
    );
    progress.end();
    const bad = summary.badRows;
    for (const b of bad.listed.slice(0, 10)) io.stderr.write(`line ${b.line}: ${b.reason}${b.value === undefined ? '' : ` (${b.value})`}\n`);
    if (bad.count > 10) io.stderr.write(`... and ${plural(bad.count - 10, 'more bad row', 'more bad rows')}: see report.json\n`);
    // Said once for the whole file, after the rows it explains.
    for (const w of summary.warnings ?? []) io.stderr.write(`${w}\n`);
    const t = summary.timing;
    io.stderr.write(
      `Reviewed ${plural(summary.rowsAnalysed, 'note', 'notes')} about ${plural(summary.people, 'person', 'people')} ` +
        `(${plural(bad.count, 'bad row', 'bad rows')} skipped) in ${fmt(t.elapsedSeconds)} s, ${formatBytes(size / Math.max(t.elapsedSeconds, 1e-6))} a second, peak memory ${t.peakRssMB} MB. ` +
        `Medium or above: ${summary.peopleReachingMedium}; high: ${summary.peopleReachingHigh}; missed opportunities: ${summary.missedOpportunities}. ` +
        `Report: ${path.join(out, 'report.html')}\n`,
    );
    return summary;
  } catch (e) {
    progress.end();
    throw e;
  }
}
