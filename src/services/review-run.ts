import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { CsvIndexer, CsvSkipper, FIELD_ESCAPED, RECORD_STATUS, type RecordStatus, recordReason, sizeText } from '../core/review/csv.ts';
import { digestOf, type PersonDigest, renderReviewHtml, renderReviewHtmlParts, SectionPicker } from '../core/review/html.ts';
import { ASSUMED_AGE, CURRENT_MONTHS, LOOKBACK_MONTHS, REFERRAL_FOLLOW_UP_DAYS, type PersonReview } from '../core/review/person.ts';
import {
  countPerson,
  createReview,
  emptyLanguageTotals,
  type NoteBatch,
  NoteAnalyser,
  noPeopleCounts,
  type PeopleCounts,
  type PeopleJob,
  type PeopleOptions,
  reviewPeople,
  type ReviewTotals,
} from '../core/review/review.ts';
import { checkRow, type RawRow } from '../core/review/row.ts';
import type { BadRow, ReviewFormat, ReviewSummary } from '../core/review/summary.ts';
import type { TableEntries, Translator } from '../core/review/tape.ts';

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
   * CPU (at most four) for files of AUTO_THREADS_BYTES or more, none below (starting a thread costs about a second). */
  workers?: number;
  /** A row (CSV) or line (JSON Lines) larger than this is reported as a bad row and skipped. */
  maxRecordBytes?: number;
  /** How the work is cut (tests make both small to get many pieces): bytes read at a time, about one batch each ... */
  readBytes?: number;
  /** ... and notes per job of the per-person review. */
  notesPerJob?: number;
};
export type ReviewOutcome = { summary: ReviewSummary; people: PersonReview[] };

const REQUIRED_COLUMNS = ['person_ref', 'date', 'text'] as const;
// The columns the review reads, in slot order (csv.ts CsvIndexer slots).
const SLOT_COLUMNS = ['person_ref', 'date', 'agency', 'author_role', 'text'] as const;
const KNOWN_COLUMNS = new Set<string>(SLOT_COLUMNS);
// One note larger than this is not a note: it is a broken file (an unclosed quote swallowing the rest, say).
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_LISTED_BAD_ROWS = 1000;
const READ_CHUNK = 1024 * 1024;
export const AUTO_THREADS_BYTES = 4 * 1024 * 1024;
// Each thread holds its own copy of the analysers and its own heap (about 50 to 100 MB): past four, the memory a
// review may take (issue 4: under 1 GiB for a million notes) matters more than the speed.
export const AUTO_MAX_THREADS = 4;
// People per job in the review step, by notes: big enough that a job outweighs its messages, small enough to share out.
const NOTES_PER_PEOPLE_JOB = 10_000;

const mb = (bytes: number) => bytes / 1_000_000;
const BOM = [0xef, 0xbb, 0xbf];

function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length)
    throw new ValidationError({
      file: `line 1: the header row has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (expected person_ref,date,agency,author_role,text)`,
    });
  const dup = names.find((n, i) => KNOWN_COLUMNS.has(n) && names.indexOf(n) !== i);
  if (dup) throw new ValidationError({ file: `line 1: the header row names the ${dup} column twice` });
  return names;
}

// ---------------------------------------------------------------------------------------------------------------------
// Batches: what the reading thread hands to the workers, and what they hand back.

type CsvBatch = { type: 'csv'; buf: Uint8Array; index: Int32Array; records: number; stride: number };
type JsonlBatch = { type: 'jsonl'; buf: Uint8Array; line: number; bad: BadRow | null };
type Batch = CsvBatch | JsonlBatch;
type Analysed = { rows: number; bad: BadRow[]; notes: NoteBatch };
/**
 * Reviewed people: their report.json lines as UTF-8, joined by ",\n" (line k ends at byte ends[k]; the next starts two
 * bytes later), so that they cross threads as one transferred buffer and reach the file without becoming strings here.
 */
type PeopleDone = { json: Uint8Array; ends: Int32Array; digests: PersonDigest[]; counts: PeopleCounts };
const lineOf = (done: PeopleDone, k: number): Uint8Array => done.json.subarray(k === 0 ? 0 : done.ends[k - 1]! + 2, done.ends[k]);

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Decodes, checks and analyses the rows of a batch (on a worker thread, or on this one with workers: 0). */
function analyseBatch(b: Batch, analyser: NoteAnalyser | null, maxRecordBytes: number): Analysed {
  const bad: BadRow[] = [];
  let rows = 0;
  let good = 0;
  const row = (raw: RawRow, line: number) => {
    const c = checkRow(raw);
    if (!c.ok) bad.push({ line, reason: c.reason });
    else if (analyser) analyser.add(c.row);
    else good++;
  };
  const buf = asBuffer(b.buf);
  if (b.type === 'csv') {
    const d = b.index;
    for (let r = 0; r < b.records; r++) {
      const at = r * b.stride;
      const line = d[at]!;
      const status = d[at + 1]! as RecordStatus;
      rows++;
      if (status !== RECORD_STATUS.ok) {
        bad.push({ line, reason: recordReason(status, maxRecordBytes) });
        continue;
      }
      const escaped = d[at + 2]!;
      const raw: Record<string, string> = {};
      for (let s = 0; s < SLOT_COLUMNS.length; s++) {
        const start = d[at + 3 + 2 * s]!;
        if (start < 0) continue;
        const v = buf.toString('utf8', start, d[at + 4 + 2 * s]);
        raw[SLOT_COLUMNS[s]!] = escaped & (1 << s) ? v.replaceAll('""', '"') : v;
      }
      row(raw, line);
    }
  } else {
    // JSON Lines: one object per line; blank lines are not rows.
    if (b.bad) {
      rows++;
      bad.push(b.bad);
    }
    let line = b.line;
    for (let start = 0; start < buf.length; line++) {
      let nl = buf.indexOf(10, start);
      if (nl === -1) nl = buf.length;
      let s = buf.toString('utf8', start, nl);
      start = nl + 1;
      if (line === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      if (s.endsWith('\r')) s = s.slice(0, -1);
      if (!s.trim()) continue;
      rows++;
      if (s.includes('\uFFFD')) {
        bad.push({ line, reason: 'not valid UTF-8 text (wrong encoding)' });
        continue;
      }
      let v: unknown;
      try {
        v = JSON.parse(s);
      } catch {
        bad.push({ line, reason: 'not valid JSON' });
        continue;
      }
      if (v === null || typeof v !== 'object' || Array.isArray(v)) bad.push({ line, reason: 'not a JSON object' });
      else row(v, line);
    }
  }
  return { rows, bad, notes: analyser ? analyser.take() : { ...EMPTY_BATCH, refs: new Array<string>(good) } };
}
const EMPTY_BATCH: NoteBatch = {
  refs: [],
  data: new Int32Array(0),
  entries: { codes: [], hits: [], referrals: [] },
  minDay: 0,
  maxDay: 0,
  referralNotes: 0,
  language: emptyLanguageTotals(),
};

/** Reviews a job of people: each person's report.json line, digest and counts. */
function reviewJob(job: PeopleJob, tables: TableEntries, options: PeopleOptions): PeopleDone {
  const lines: string[] = [];
  const digests: PersonDigest[] = [];
  const counts = noPeopleCounts();
  let bytes = 0;
  reviewPeople(job, tables, options, (p) => {
    countPerson(counts, p);
    const line = JSON.stringify(p);
    lines.push(line);
    bytes += Buffer.byteLength(line);
    digests.push(digestOf(p));
  });
  const json = Buffer.allocUnsafeSlow(bytes + 2 * Math.max(0, lines.length - 1));
  const ends = new Int32Array(lines.length);
  let at = 0;
  lines.forEach((line, k) => {
    if (k > 0) at += json.write(',\n', at, 'latin1');
    ends[k] = at += json.write(line, at, 'utf8');
  });
  return { json, ends, digests, counts };
}

// ---------------------------------------------------------------------------------------------------------------------
// Workers. The worker is this module, loaded again in the thread through tsx (the code is TypeScript, run by tsx).

type ToWorker =
  | { id: number; kind: 'batch'; batch: Batch; maxRecordBytes: number }
  | { id: number; kind: 'tables'; tables: TableEntries; options: PeopleOptions }
  | { id: number; kind: 'people'; job: PeopleJob };
type FromWorker = { id: number; ok: true; value: Analysed | PeopleDone | null } | { id: number; ok: false; error: string };

const WORKER_FLAG = 'lanternReviewWorker';

function workerMain(): void {
  const port = parentPort!;
  const analyser = new NoteAnalyser();
  let people: { tables: TableEntries; options: PeopleOptions } | null = null;
  port.on('message', (m: ToWorker) => {
    try {
      if (m.kind === 'batch') {
        const value = analyseBatch(m.batch, analyser, m.maxRecordBytes);
        port.postMessage({ id: m.id, ok: true, value } satisfies FromWorker, [value.notes.data.buffer as ArrayBuffer]);
      } else if (m.kind === 'tables') {
        people = { tables: m.tables, options: m.options };
        port.postMessage({ id: m.id, ok: true, value: null } satisfies FromWorker);
      } else {
        if (!people) throw new Error('people job before tables');
        const value = reviewJob(m.job, people.tables, people.options);
        port.postMessage({ id: m.id, ok: true, value } satisfies FromWorker, [value.json.buffer as ArrayBuffer, value.ends.buffer as ArrayBuffer]);
      }
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
    }
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) workerMain();

/** Runs batches and jobs on worker threads, or on this thread. Every result is handed back in submission order. */
interface Runner {
  readonly threads: number;
  /** Resolves when another task may be submitted (a bounded number are in flight). */
  ready(): Promise<void>;
  analyse(batch: Batch): Promise<{ value: Analysed; tr: Translator }>;
  tables(tables: TableEntries, options: PeopleOptions): Promise<void>;
  people(job: PeopleJob): Promise<PeopleDone>;
  close(): Promise<void>;
}

function inlineRunner(newTranslator: () => Translator, maxRecordBytes: number): Runner {
  const analyser = new NoteAnalyser();
  const tr = newTranslator();
  let people: { tables: TableEntries; options: PeopleOptions } | null = null;
  return {
    threads: 0,
    ready: () => Promise.resolve(),
    analyse: (batch) => Promise.resolve({ value: analyseBatch(batch, analyser, maxRecordBytes), tr }),
    tables: (tables, options) => {
      people = { tables, options };
      return Promise.resolve();
    },
    people: (job) => Promise.resolve(reviewJob(job, people!.tables, people!.options)),
    close: () => Promise.resolve(),
  };
}

function workerRunner(threads: number, newTranslator: () => Translator, maxRecordBytes: number): Runner {
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  // Worker threads do not inherit the tsx loader: register it, then load this module.
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
  const slots = Array.from({ length: threads }, () => {
    const worker = new Worker(boot, { eval: true, workerData: { [WORKER_FLAG]: true } });
    const pending = new Map<number, Pending>();
    const slot = { worker, pending, tr: newTranslator(), failed: null as Error | null };
    const fail = (e: Error) => {
      slot.failed ??= e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      wake();
    };
    worker.on('message', (m: FromWorker) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(`review worker: ${m.error}`));
      wake();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      fail(new Error(`review worker stopped (exit code ${code})`));
    });
    return slot;
  });
  let nextId = 0;
  let waiting: (() => void)[] = [];
  const wake = () => {
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  const MAX_IN_FLIGHT = 2; // per thread: one running, one waiting, so that no thread idles between tasks
  const inFlight = () => slots.reduce((n, s) => n + s.pending.size, 0);
  const pick = () => slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const send = <T>(slot: (typeof slots)[number], msg: ToWorker, transfer: ArrayBuffer[] = []): Promise<T> => {
    if (slot.failed) return Promise.reject(slot.failed);
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(msg.id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage(msg, transfer);
    });
  };
  return {
    threads,
    ready: () => {
      const failed = slots.find((s) => s.failed)?.failed;
      if (failed) return Promise.reject(failed);
      if (inFlight() < threads * MAX_IN_FLIGHT) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async analyse(batch) {
      const slot = pick();
      const transfer = [batch.buf.buffer as ArrayBuffer];
      if (batch.type === 'csv') transfer.push(batch.index.buffer as ArrayBuffer);
      const value = await send<Analysed>(slot, { id: nextId++, kind: 'batch', batch, maxRecordBytes }, transfer);
      return { value, tr: slot.tr };
    },
    async tables(tables, options) {
      await Promise.all(slots.map((s) => send(s, { id: nextId++, kind: 'tables', tables, options })));
    },
    people: (job) => send<PeopleDone>(pick(), { id: nextId++, kind: 'people', job }, [job.data.buffer as ArrayBuffer, job.ends.buffer as ArrayBuffer]),
    async close() {
      for (const s of slots) s.worker.removeAllListeners('exit');
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Takes results in submission order, whatever order they arrive in. A failure (of a task or of `take`) is kept and
 * thrown by `check` and `finish`; no promise is left to reject unhandled.
 */
class InOrder<T> {
  private submitted = 0;
  private taken = 0;
  private readonly done = new Map<number, T>();
  private failure: { error: unknown } | null = null;
  private readonly all: Promise<void>[] = [];
  private chain: Promise<void> = Promise.resolve();
  private waiting: (() => void)[] = [];
  constructor(private readonly take: (value: T) => void | Promise<void>) {}

  add(p: Promise<T>): void {
    const k = this.submitted++;
    this.all.push(
      p
        .then((v) => {
          this.done.set(k, v);
          this.chain = this.chain.then(() => this.drain());
          return this.chain;
        })
        .catch((e: unknown) => {
          this.failure ??= { error: e };
          this.wake();
        }),
    );
  }

  private async drain(): Promise<void> {
    while (this.failure === null && this.done.has(this.taken)) {
      const v = this.done.get(this.taken)!;
      this.done.delete(this.taken);
      await this.take(v);
      this.taken++;
      this.wake();
    }
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const f of w) f();
  }

  /** Resolves when fewer than `max` results are submitted and not yet taken (or on a failure). */
  room(max: number): Promise<void> {
    if (this.submitted - this.taken < max || this.failure) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(() => this.room(max));
  }

  /** Throws the first failure so far. */
  check(): void {
    if (this.failure) throw this.failure.error;
  }

  async finish(): Promise<void> {
    await Promise.all(this.all);
    this.check();
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading: batches of whole rows.

type Reading = { bytes: number };

/** The file's bytes, a chunk at a time; a chunk is valid until the next is asked for. */
async function readChunks(file: string, reading: Reading, size = READ_CHUNK): Promise<AsyncGenerator<Buffer>> {
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(file, 'r');
  } catch {
    throw new ValidationError({ file: 'The file could not be read; no report was written' });
  }
  // One buffer, refilled: each chunk is copied into a batch (or dropped) before the next read.
  const buf = Buffer.allocUnsafeSlow(size);
  return (async function* () {
    try {
      for (;;) {
        let n: number;
        try {
          ({ bytesRead: n } = await fh.read(buf, 0, size, null));
        } catch {
          throw new ValidationError({ file: 'The file could not be read; no report was written' });
        }
        if (n === 0) return;
        reading.bytes += n;
        yield buf.subarray(0, n);
      }
    } finally {
      await fh.close();
    }
  })();
}

/** A fresh buffer holding a then b (the batch's buffer is handed to a worker, so the carried bytes are copied). */
function join(a: Uint8Array, b: Uint8Array): Buffer {
  const out = Buffer.allocUnsafeSlow(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

async function* csvBatches(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<CsvBatch> {
  let indexer: CsvIndexer | null = null;
  let carry: Uint8Array = new Uint8Array(0);
  let line = 1;
  let atStart = true;
  let skipping: CsvSkipper | null = null;
  const it = chunks[Symbol.asyncIterator]();
  try {
    for (let eof = false; !eof;) {
      const r = await it.next();
      eof = r.done === true;
      let chunk: Uint8Array = r.done ? new Uint8Array(0) : r.value;
      if (skipping) {
        // The rest of a row too large to keep: follow it to its end without keeping it.
        const k = eof ? -1 : skipping.feed(chunk);
        if (k < 0) {
          if (eof) skipping.end();
          else continue;
          chunk = new Uint8Array(0);
        } else chunk = chunk.subarray(k);
        line += skipping.breaks;
        skipping = null;
      }
      const buf = join(carry, chunk);
      let p = 0;
      if (atStart) {
        if (buf.length < 3 && !eof) {
          carry = buf;
          continue;
        }
        atStart = false;
        if (buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2]) p = 3;
      }
      if (!indexer) {
        // The header: the first row that is not an empty line.
        const probe = new CsvIndexer([], 0);
        let header: string[] | null = null;
        while (p < buf.length) {
          const sc = probe.scanFields(buf, p, eof);
          if (!sc) break;
          if (sc.nFields === 1 && sc.fieldFlags[0] === 0 && sc.fieldStart[0] === sc.fieldEnd[0]) {
            line += sc.breaks;
            p = sc.next;
            continue;
          }
          if (sc.status !== RECORD_STATUS.ok)
            throw new ValidationError({ file: `line ${line}: ${recordReason(sc.status, maxRecordBytes)}; no report was written` });
          header = [];
          for (let k = 0; k < sc.nFields; k++) {
            const v = buf.toString('utf8', sc.fieldStart[k], sc.fieldEnd[k]);
            header.push(sc.fieldFlags[k]! & FIELD_ESCAPED ? v.replaceAll('""', '"') : v);
          }
          line += sc.breaks;
          p = sc.next;
          break;
        }
        if (!header) {
          if (eof) break;
          if (buf.length - p > maxRecordBytes) throw new ValidationError({ file: `line ${line}: the header row is too large; no report was written` });
          carry = buf.subarray(p);
          continue;
        }
        const names = checkHeader(header);
        indexer = new CsvIndexer(
          names.map((n) => SLOT_COLUMNS.indexOf(n as (typeof SLOT_COLUMNS)[number])),
          SLOT_COLUMNS.length,
        );
      }
      const r2 = indexer.index(buf, p, line, eof);
      line = r2.line;
      carry = Buffer.from(buf.subarray(r2.next)); // a copy: buf goes to a worker
      if (!eof && carry.length > maxRecordBytes) {
        indexer.addBad(line, RECORD_STATUS.tooLarge);
        skipping = new CsvSkipper();
        if (skipping.feed(carry) >= 0) throw new Error('csv: a row the scanner could not end was ended by the skipper');
        carry = new Uint8Array(0);
      }
      if (indexer.records > 0) {
        const { records, data } = indexer.take();
        yield { type: 'csv', buf, index: data, records, stride: indexer.stride };
      }
    }
  } finally {
    await it.return?.();
  }
  if (!indexer) throw new ValidationError({ file: 'The file is empty: expected a header row person_ref,date,agency,author_role,text' });
}

async function* jsonlBatches(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<JsonlBatch> {
  let carry: Uint8Array = new Uint8Array(0);
  let line = 1; // the line the carried bytes start on
  let oversize = false;
  const tooLarge = (): JsonlBatch => ({
    type: 'jsonl',
    buf: new Uint8Array(0),
    line: line + 1,
    bad: { line, reason: `line is larger than ${sizeText(maxRecordBytes)}` },
  });
  for await (const chunk of chunks) {
    let part: Uint8Array = chunk;
    if (oversize) {
      const nl = chunk.indexOf(10);
      if (nl === -1) continue;
      yield tooLarge();
      line++;
      oversize = false;
      part = chunk.subarray(nl + 1);
    }
    const last = part.lastIndexOf(10);
    if (last === -1) {
      carry = join(carry, part);
    } else {
      const buf = join(carry, part.subarray(0, last + 1));
      const first = line;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) line++;
      carry = Buffer.from(part.subarray(last + 1));
      yield { type: 'jsonl', buf, line: first, bad: null };
    }
    if (carry.length > maxRecordBytes) {
      carry = new Uint8Array(0);
      oversize = true;
    }
  }
  if (oversize) yield tooLarge();
  else if (carry.length) yield { type: 'jsonl', buf: carry, line, bad: null };
}

// ---------------------------------------------------------------------------------------------------------------------
// The run.

/** Where the reviewed people go, in person_ref order. */
type PeopleSink = (done: PeopleDone) => void | Promise<void>;

type Engine = { summary: ReviewSummary };

function threadsFor(opts: ReviewRunOptions, size: number): number {
  if (opts.workers !== undefined) return Math.max(0, Math.floor(opts.workers));
  return size >= AUTO_THREADS_BYTES ? Math.min(AUTO_MAX_THREADS, Math.max(1, os.availableParallelism())) : 0;
}

async function engine(input: ReviewInput, hooks: ReviewHooks, opts: ReviewRunOptions, sink: PeopleSink): Promise<Engine> {
  const { file, format, size } = input;
  const { now } = hooks;
  const maxRecordBytes = opts.maxRecordBytes ?? MAX_RECORD_BYTES;
  const started = now();
  const rev = createReview({ age: ASSUMED_AGE });
  const threads = threadsFor(opts, size);
  const runner = threads > 0 ? workerRunner(threads, () => rev.translator(), maxRecordBytes) : inlineRunner(() => rev.translator(), maxRecordBytes);
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
        window: `On each note date, signs from the previous ${LOOKBACK_MONTHS} months are scored: current if within ${CURRENT_MONTHS} months, past if ${CURRENT_MONTHS} to ${LOOKBACK_MONTHS} months before, both if both. Negated and hypothetical signs, and signs about someone other than the child or the family, are shown but not scored.`,
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
    out.notes += a.notes.refs.length;
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

async function writeChunks(file: string, chunks: Iterable<string> | AsyncIterable<string | Buffer>, flags = 'w'): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: 'utf8', flags });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  for await (const c of chunks) if (!out.write(c)) await Promise.race([once(out, 'drain'), failed]);
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

/** Writes DIR/report.json and DIR/report.html, each whole or not at all. */
export async function writeReport(dir: string, summary: ReviewSummary, people: readonly PersonReview[]): Promise<void> {
  const tmpJson = path.join(dir, `.report.json.${process.pid}.tmp`);
  const tmpHtml = path.join(dir, `.report.html.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    await writeChunks(tmpJson, reportJsonChunks(summary, people));
    await writeChunks(tmpHtml, renderReviewHtml(summary, people));
    fs.renameSync(tmpJson, path.join(dir, 'report.json'));
    fs.renameSync(tmpHtml, path.join(dir, 'report.html'));
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
    made = fs.mkdirSync(dir, { recursive: true });
    const peopleOut = fs.createWriteStream(tmpPeople, { encoding: 'utf8' });
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
    await writeChunks(tmpJson, json());
    fs.rmSync(tmpPeople, { force: true });
    // The people shown in full, parsed back one at a time as report.html is written.
    const sections = (function* () {
      for (const line of picker.values()) yield JSON.parse(line.toString('utf8')) as PersonReview;
    })();
    await writeChunks(tmpHtml, renderReviewHtmlParts(summary, digests, picker.shown, sections));
    fs.renameSync(tmpJson, path.join(dir, 'report.json'));
    fs.renameSync(tmpHtml, path.join(dir, 'report.html'));
    return { summary, writeSeconds: (hooks.now() - t0) / 1000 };
  } catch (e) {
    cleanup();
    throw e;
  }
}
