import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { type PersonDigest, renderReviewHtml, renderReviewHtmlParts, SectionPicker } from '../core/review/html.ts';
import { ASSUMED_AGE, CURRENT_MONTHS, LOOKBACK_MONTHS, REFERRAL_FOLLOW_UP_DAYS, type PersonReview } from '../core/review/person.ts';
import { createReview, noPeopleCounts, type ReviewTotals } from '../core/review/review.ts';
import { type BadRow, fileWarnings, type ReviewFormat, type ReviewSummary } from '../core/review/summary.ts';
import type { Translator } from '../core/review/tape.ts';
import { type Batch, csvBatches, jsonlBatches, READ_CHUNK, type Reading, readChunks } from './review-batches.ts';
import { InOrder } from './review-in-order.ts';
import { type Analysed, analyseBatch, asBuffer, inlineRunner, lineOf, loadSuggest, type PeopleDone, workerRunner } from './review-workers.ts';

// The retrospective review engine (issue 4 §4), shared by `lantern review` and the web app's review jobs. The input is
// streamed (never loaded whole) and progress is reported through a callback; the caller owns the terminal or the job
// row. Reports are written to temporary files and renamed at the end, so a failed run never leaves a partial report
// and a rerun overwrites the last one safely (docs/ARCHITECTURE.md habit 10).
//
// How the work is shared out (a 1,000,000-note file is about 400 MB; issue 4 "Measured"):
// 1. This thread reads the file in 1 MB chunks and cuts them into batches of whole rows: for CSV it also indexes each
//    row's fields (core/review/csv.ts, about 1 GB/s), for JSON Lines it finds the line ends.
// 2. Worker threads decode and check the rows of a batch and analyse each note (core/review/review.ts NoteAnalyser).
//    Batches go out as transferred buffers; results come back in any order and are taken in input order, so every
//    note's sequence number, every bad row and every total is the same whatever the number of threads.
// 3. The people, in person_ref order, are cut into jobs; the workers review them and return each person's report.json
//    line and a digest for report.html. Lines stream to a temporary file, so a million notes never sit in memory as
//    report objects; report.html keeps a digest per person and the full review of the people it shows.
// With `workers: 0` (small files, and the tests that compare) the same functions run on this thread.
// The reading and batching is in review-batches.ts, the work done on the threads in review-workers.ts, and the taking of
// results in input order in review-in-order.ts.

export type { BadRow, ReviewFormat, ReviewSummary };

export type ReviewInput = {
  file: string;
  format: ReviewFormat;
  size: number;
  /** The name the report shows for the file (the uploaded name in the web app); the path by default. */
  name?: string;
};
export type ReviewHooks = {
  /** Called as the file is read: bytes read so far and rows read so far. Often: throttle it. */
  onProgress?: (bytes: number, rows: number) => void;
  /** Called once, when the whole file has been read and the review of each person starts. */
  onRead?: (bytes: number, rows: number, notes: number) => void;
  /** A monotonic clock in milliseconds (performance.now). */
  now: () => number;
};
export type ReviewRunOptions = {
  /** Worker threads for the analysis and the per-person review; 0 runs everything on this thread. Default: one per
   * CPU but one (at most three), with this thread helping, for files of AUTO_THREADS_BYTES or more; none below. */
  workers?: number;
  /**
   * With workers: this thread also analyses and reviews whenever every worker's queue is full (review-workers.ts), as
   * while they start. Default: when `workers` is not given (then one worker fewer); the web app's jobs give `workers`
   * and leave the server's thread to its requests.
   */
  mainThreadHelps?: boolean;
  /** A row (CSV) or line (JSON Lines) larger than this is reported as a bad row and skipped. */
  maxRecordBytes?: number;
  /** Add the indicator classifier's possible signs to the timelines, shown and never scored (about twice the time a note takes). */
  possibleSigns?: boolean;
  /** How the work is cut (tests make both small to get many pieces): bytes read at a time, about one batch each ... */
  readBytes?: number;
  /** ... and notes per job of the per-person review. */
  notesPerJob?: number;
};
export type ReviewOutcome = { summary: ReviewSummary; people: PersonReview[] };

// One note larger than this is not a note: it is a broken file (an unclosed quote swallowing the rest, say).
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_LISTED_BAD_ROWS = 1000;
export const NO_NOTES_MESSAGE = 'The file has no notes, only a header row or blank lines. No report was written.';
// A thread pays for its start (loading the code, building the matchers and warming the JIT: about 1.5 s of CPU each)
// only on a large file. Measured on 2 cores (2026-12-01, bench corpus, alternating runs): 10,000 notes (4 MB) 1.1 s on
// this thread against 2.2 s with 2 workers; 100,000 (40 MB) 3.7-4.4 s against 4.3-5.6 s; 250,000 (100 MB) 7.4-8.1 s
// against 6.3-6.7 s. With this thread helping one worker (later the same day): 10,000 notes 1.6 s against 0.8 s alone,
// 100,000 notes 3.1 s against 3.2-3.3 s at 150 MB more memory, so the threshold stays; 1,000,000 notes 14.3-14.6 s
// against 14.7-15.6 s with two workers, and a peak of 700-730 MB against 850-880 MB.
export const AUTO_THREADS_BYTES = 64 * 1024 * 1024;
// Each thread holds its own copy of the analysers and its own heap (about 50 to 100 MB): past four, the memory a
// review may take (issue 4: under 1 GiB for a million notes) matters more than the speed.
export const AUTO_MAX_THREADS = 4;
// People per job in the review step, by notes: big enough that a job outweighs its messages, small enough to share out.
const NOTES_PER_PEOPLE_JOB = 10_000;

const mb = (bytes: number) => bytes / 1_000_000;

// ---------------------------------------------------------------------------------------------------------------------
// The run.

/** Where the reviewed people go, in person_ref order. */
type PeopleSink = (done: PeopleDone) => void | Promise<void>;

type Engine = { summary: ReviewSummary };

/**
 * The threads a review of `size` bytes uses when `workers` is not given: none below AUTO_THREADS_BYTES; above, one
 * analyser per CPU (at most AUTO_MAX_THREADS), this thread being one of them (it is free but for reading, and each
 * worker costs its start and its heap).
 */
export function defaultThreads(size: number): { workers: number; mainThreadHelps: boolean } {
  if (size < AUTO_THREADS_BYTES) return { workers: 0, mainThreadHelps: false };
  const analysers = Math.min(AUTO_MAX_THREADS, Math.max(1, os.availableParallelism()));
  return { workers: analysers - 1, mainThreadHelps: analysers > 1 };
}

async function engine(input: ReviewInput, hooks: ReviewHooks, opts: ReviewRunOptions, sink: PeopleSink): Promise<Engine> {
  const { file, format, size } = input;
  const { now } = hooks;
  const maxRecordBytes = opts.maxRecordBytes ?? MAX_RECORD_BYTES;
  const started = now();
  const rev = createReview({ age: ASSUMED_AGE });
  const auto = defaultThreads(size);
  const threads = opts.workers === undefined ? auto.workers : Math.max(0, Math.floor(opts.workers));
  const helps = opts.mainThreadHelps ?? (opts.workers === undefined && auto.mainThreadHelps);
  const possible = opts.possibleSigns === true;
  const suggest = possible ? await loadSuggest() : undefined;
  const runner =
    threads > 0 ? workerRunner(threads, () => rev.translator(), maxRecordBytes, helps, suggest) : inlineRunner(() => rev.translator(), maxRecordBytes, suggest);
  const bad: BadRow[] = [];
  const byReason: Record<string, number> = {};
  let badCount = 0;
  let rowsRead = 0;
  const reading: Reading = { bytes: 0 };
  // Progress counts the bytes of the batches analysed so far (reading runs a few batches ahead).
  let analysedBytes = 0;
  const progress = () => hooks.onProgress?.(analysedBytes, rowsRead);
  try {
    // 1. Read, check and analyse every row.
    const merge = new InOrder<{ value: Analysed; tr: Translator; bytes: number }>(({ value, tr, bytes }) => {
      analysedBytes = bytes;
      rowsRead += value.rows;
      for (const b of value.bad) {
        badCount++;
        byReason[b.reason] = (byReason[b.reason] ?? 0) + 1;
        if (bad.length < MAX_LISTED_BAD_ROWS) bad.push(b);
      }
      rev.addBatch(value.notes, tr);
      progress();
    });
    const chunks = await readChunks(file, reading, opts.readBytes);
    const batches: AsyncIterable<Batch> = format === 'csv' ? csvBatches(chunks, maxRecordBytes) : jsonlBatches(chunks, maxRecordBytes);
    const backlog = Math.max(2, 4 * runner.threads);
    for await (const batch of batches) {
      await merge.room(backlog);
      merge.check();
      await runner.ready();
      const bytes = reading.bytes;
      merge.add(runner.analyse(batch).then((r) => ({ ...r, bytes })));
    }
    await merge.finish();
    // A header and nothing else (or only blank lines) is not a review with nothing found: nothing was reviewed.
    if (rowsRead === 0) throw new ValidationError({ file: NO_NOTES_MESSAGE });
    hooks.onRead?.(reading.bytes, rowsRead, rev.notes);
    const read = now();

    // 2. Review each person.
    const { tables, options, jobs } = rev.jobs(opts.notesPerJob ?? NOTES_PER_PEOPLE_JOB);
    await runner.tables(tables, options);
    const counts = noPeopleCounts();
    const out = new InOrder<PeopleDone>(async (done) => {
      const c = done.counts;
      counts.people += c.people;
      counts.medium += c.medium;
      counts.high += c.high;
      counts.missed += c.missed;
      counts.withMissed += c.withMissed;
      await sink(done);
    });
    for (const job of jobs) {
      await out.room(backlog);
      out.check();
      await runner.ready();
      out.add(runner.people(job));
    }
    await out.finish();
    const reviewed = now();

    // Bad rows in file order (they are already: batches are taken in order).
    bad.sort((a, b) => a.line - b.line);
    const elapsed = (now() - started) / 1000;
    const totals: ReviewTotals = rev.totals(counts);
    const summary: ReviewSummary = {
      tool: 'lantern review',
      framework: CURRENT_FRAMEWORK.version,
      files: [{ path: input.name ?? file, format, bytes: size }],
      assumptions: {
        age: ASSUMED_AGE,
        ageNote: `The notes carry no date of birth, so every screening assumes age ${ASSUMED_AGE}. The rule that any sexual activity under 13 is high risk cannot fire: check the ages of younger children by hand.`,
        window: `On each note date, signs from the previous ${LOOKBACK_MONTHS} months are scored: current if within ${CURRENT_MONTHS} months, past if ${CURRENT_MONTHS} to ${LOOKBACK_MONTHS} months before, both if both. Negated and hypothetical signs, and signs about someone other than the child or the family, are shown but not scored.${possible ? " So are the sentence classifier's possible signs: its reading of a sentence where the listed wording found nothing of that kind." : ''}`,
        referralFollowUpDays: REFERRAL_FOLLOW_UP_DAYS,
        detection: 'Indicators, wording and referrals are found automatically in free text: read the notes before acting on a finding.',
      },
      rowsRead,
      rowsAnalysed: rev.notes,
      badRows: {
        count: badCount,
        byReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => (a < b ? -1 : 1))),
        listed: bad,
        truncated: badCount > bad.length,
      },
      warnings: fileWarnings(byReason, rowsRead),
      firstDate: totals.firstDate,
      lastDate: totals.lastDate,
      people: totals.people,
      peopleReachingMedium: totals.peopleReachingMedium,
      peopleReachingHigh: totals.peopleReachingHigh,
      missedOpportunities: totals.missedOpportunities,
      peopleWithMissedOpportunities: totals.peopleWithMissedOpportunities,
      notesWithReferrals: totals.referralsRecorded,
      languageFindingsByCategory: totals.languageByCategory,
      timing: {
        elapsedSeconds: Math.round(elapsed * 1000) / 1000,
        readSeconds: Math.round(read - started) / 1000,
        reviewSeconds: Math.round(reviewed - read) / 1000,
        mbPerSecond: Math.round((mb(reading.bytes) / Math.max(elapsed, 1e-6)) * 10) / 10,
        rowsPerSecond: Math.round(rowsRead / Math.max(elapsed, 1e-6)),
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        threads: { workers: runner.threads, ...runner.done },
      },
    };
    return { summary };
  } finally {
    await runner.close();
  }
}

/**
 * Reads and checks every row as a review does (the same reader, decoding and row checks, on this thread) without
 * analysing the notes: the CSV-parsing baseline of the notes benchmark.
 */
export async function checkRows(input: Pick<ReviewInput, 'file' | 'format'>, opts: Pick<ReviewRunOptions, 'maxRecordBytes'> = {}) {
  const maxRecordBytes = opts.maxRecordBytes ?? MAX_RECORD_BYTES;
  const reading: Reading = { bytes: 0 };
  const chunks = await readChunks(input.file, reading);
  const batches: AsyncIterable<Batch> = input.format === 'csv' ? csvBatches(chunks, maxRecordBytes) : jsonlBatches(chunks, maxRecordBytes);
  const out = { bytes: 0, rows: 0, notes: 0, badRows: 0 };
  for await (const b of batches) {
    const a = analyseBatch(b, null, maxRecordBytes);
    out.rows += a.rows;
    out.badRows += a.bad.length;
    out.notes += a.notes.notes;
  }
  out.bytes = reading.bytes;
  return out;
}

/** Reviews a file and returns the summary and every person's review (the web app's jobs, and tests). */
export async function runReview(input: ReviewInput, hooks: ReviewHooks, opts: ReviewRunOptions = {}): Promise<ReviewOutcome> {
  const people: PersonReview[] = [];
  const { summary } = await engine(input, hooks, opts, (done) => {
    for (let k = 0; k < done.ends.length; k++) people.push(JSON.parse(asBuffer(lineOf(done, k)).toString('utf8')) as PersonReview);
  });
  return { summary, people };
}

// The reports hold personal data: readable by their owner only, as the subject-access export (cli/retention.ts) and
// backups are; a folder the run makes for them likewise. umask can only take permissions away, never add them.
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_DIR = 0o700;

// Strings are written in pieces of about this many characters: one write per small chunk cost more than the rendering.
const WRITE_BATCH = 256 * 1024;

async function writeChunks(file: string, chunks: Iterable<string> | AsyncIterable<string | Buffer>, flags = 'w'): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: 'utf8', flags, highWaterMark: READ_CHUNK, mode: OWNER_ONLY_FILE });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let pending = '';
  const drained = () => Promise.race([once(out, 'drain'), failed]);
  // True when the stream's buffer is full: wait for 'drain' before the next.
  const add = (c: string | Buffer): boolean => {
    if (typeof c === 'string') {
      pending += c;
      if (pending.length < WRITE_BATCH) return false;
      c = pending;
    } else if (pending) out.write(pending); // over the mark at most once: the next call waits
    pending = '';
    return !out.write(c);
  };
  // A synchronous source (report.html) is read without a promise per chunk.
  if (Symbol.iterator in chunks) {
    for (const c of chunks) if (add(c)) await drained();
  } else for await (const c of chunks) if (add(c)) await drained();
  if (pending && !out.write(pending)) await drained();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

const reportJsonHead = (summary: ReviewSummary) => `{\n"summary": ${JSON.stringify(summary, null, 2)},\n"people": [\n`;

export function* reportJsonChunks(summary: ReviewSummary, people: readonly PersonReview[]): Generator<string> {
  // The summary is indented for reading; each person is one line, so that a diff between two runs reads person by person.
  yield reportJsonHead(summary);
  for (let i = 0; i < people.length; i++) yield `${JSON.stringify(people[i])}${i < people.length - 1 ? ',' : ''}\n`;
  yield ']\n}\n';
}

/** report.json as one string (the web app keeps it in the job's row). */
export const reportJsonText = (summary: ReviewSummary, people: readonly PersonReview[]): string => [...reportJsonChunks(summary, people)].join('');

// A finished temporary report in place of the last one: owner-only even if a temporary file was left from an earlier
// run with the same process id (a stream's `mode` applies only when it creates the file).
function publish(tmp: string, file: string): void {
  fs.chmodSync(tmp, OWNER_ONLY_FILE);
  fs.renameSync(tmp, file);
}

/** Writes DIR/report.json and DIR/report.html (owner-only), each whole or not at all. */
export async function writeReport(dir: string, summary: ReviewSummary, people: readonly PersonReview[]): Promise<void> {
  const tmpJson = path.join(dir, `.report.json.${process.pid}.tmp`);
  const tmpHtml = path.join(dir, `.report.html.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
    await writeChunks(tmpJson, reportJsonChunks(summary, people));
    await writeChunks(tmpHtml, renderReviewHtml(summary, people));
    publish(tmpJson, path.join(dir, 'report.json'));
    publish(tmpHtml, path.join(dir, 'report.html'));
  } catch (e) {
    for (const t of [tmpJson, tmpHtml]) fs.rmSync(t, { force: true });
    throw e;
  }
}

/**
 * Reviews a file and writes DIR/report.json and DIR/report.html (`lantern review`), each whole or not at all, the same
 * bytes as writeReport would write. The people stream to a temporary file as they are reviewed and are copied after
 * the summary, which needs every person; report.html keeps a digest per person and the people it shows in full.
 * `writeSeconds` is the time spent after the review (the summary, the copy and report.html).
 */
export async function reviewToDir(
  input: ReviewInput,
  dir: string,
  hooks: ReviewHooks,
  opts: ReviewRunOptions = {},
): Promise<{ summary: ReviewSummary; writeSeconds: number }> {
  const tmp = (name: string) => path.join(dir, `.${name}.${process.pid}.tmp`);
  const [tmpPeople, tmpJson, tmpHtml] = [tmp('report.people'), tmp('report.json'), tmp('report.html')];
  let made: string | undefined;
  const cleanup = () => {
    for (const t of [tmpPeople, tmpJson, tmpHtml]) fs.rmSync(t, { force: true });
    // A folder this run made stays only with a report in it.
    if (made)
      try {
        fs.rmdirSync(dir);
      } catch {
        // not empty, or gone: leave it
      }
  };
  try {
    made = fs.mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
    const peopleOut = fs.createWriteStream(tmpPeople, { encoding: 'utf8', mode: OWNER_ONLY_FILE });
    const failed = new Promise<never>((_, reject) => peopleOut.once('error', reject));
    failed.catch(() => undefined);
    const digests: PersonDigest[] = [];
    const picker = new SectionPicker<Buffer>();
    let first = true;
    let engineResult: Engine;
    try {
      engineResult = await engine(input, hooks, opts, async (done) => {
        for (let k = 0; k < done.digests.length; k++) {
          const d = done.digests[k]!;
          digests.push(d);
          picker.offer(d, () => Buffer.from(lineOf(done, k))); // a copy: the job's buffer is freed once written
        }
        if (!done.ends.length) return;
        if (!first) peopleOut.write(',\n');
        first = false;
        if (!peopleOut.write(done.json)) await Promise.race([once(peopleOut, 'drain'), failed]);
      });
    } finally {
      peopleOut.end();
    }
    await Promise.race([once(peopleOut, 'finish'), failed]);
    const { summary } = engineResult;
    const t0 = hooks.now();
    async function* json(): AsyncGenerator<string | Buffer> {
      yield reportJsonHead(summary);
      for await (const chunk of fs.createReadStream(tmpPeople, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) yield chunk;
      yield first ? ']\n}\n' : '\n]\n}\n';
    }
    // The people shown in full, parsed back one at a time as report.html is written.
    const sections = (function* () {
      for (const line of picker.values()) yield JSON.parse(line.toString('utf8')) as PersonReview;
    })();
    // Both at once: the copy into report.json is mostly waiting on the disk, report.html mostly rendering.
    const written = await Promise.allSettled([
      writeChunks(tmpJson, json()),
      writeChunks(tmpHtml, renderReviewHtmlParts(summary, digests, { shown: picker.shown, refs: picker.refs(), sections })),
    ]);
    for (const w of written) if (w.status === 'rejected') throw w.reason;
    fs.rmSync(tmpPeople, { force: true });
    publish(tmpJson, path.join(dir, 'report.json'));
    publish(tmpHtml, path.join(dir, 'report.html'));
    return { summary, writeSeconds: (hooks.now() - t0) / 1000 };
  } catch (e) {
    cleanup();
    throw e;
  }
}
