import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { RECORD_STATUS, type RecordStatus, recordReason } from '../core/review/csv.ts';
import { digestOf, type PersonDigest } from '../core/review/html.ts';
import {
  countPerson,
  emptyLanguageTotals,
  type NoteBatch,
  NoteAnalyser,
  noPeopleCounts,
  type PeopleCounts,
  type PeopleJob,
  type PeopleOptions,
  reviewPeople,
} from '../core/review/review.ts';
import { badByteText, checkRow, type RawRow, ROW_REASONS } from '../core/review/row.ts';
import type { BadRow } from '../core/review/summary.ts';
import type { SuggestSigns } from '../core/review/note.ts';
import type { TableEntries, Translator } from '../core/review/tape.ts';
import { useAutomatonCache } from './automaton-cache.ts';
import type { Batch } from './review-batches.ts';

// The work of a review (services/review-run.ts) that runs on worker threads, or on the calling thread with workers: 0:
// decoding, checking and analysing the rows of a batch, and reviewing a job of people. Results go back to the engine,
// which takes them in input order.

// ---------------------------------------------------------------------------------------------------------------------
// What the workers hand back.

export type Analysed = { rows: number; bad: BadRow[]; notes: NoteBatch };
/**
 * Reviewed people: their report.json lines as UTF-8, joined by ",\n" (line k ends at byte ends[k]; the next starts two
 * bytes later), so that they cross threads as one transferred buffer and reach the file without becoming strings here.
 */
export type PeopleDone = { json: Uint8Array; ends: Int32Array; digests: PersonDigest[]; counts: PeopleCounts };
export const lineOf = (done: PeopleDone, k: number): Uint8Array => done.json.subarray(k === 0 ? 0 : done.ends[k - 1]! + 2, done.ends[k]);

export const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Slot `s` of the CSV record indexed at `d[at]` (CsvIndexer layout), decoded; undefined when the file has no such column. */
function csvField(buf: Buffer, d: Int32Array, at: number, s: number): string | undefined {
  const start = d[at + 3 + 2 * s]!;
  if (start < 0) return undefined;
  const v = buf.toString('utf8', start, d[at + 4 + 2 * s]);
  return d[at + 2]! & (1 << s) ? v.replaceAll('""', '"') : v;
}

/** The bytes from the first to the end of the last column read of the CSV record at `d[at]` (CsvIndexer layout). */
function csvRecordBytes(d: Int32Array, at: number, slots: number): [number, number] {
  let from = Infinity;
  let to = 0;
  for (let s = 0; s < slots; s++) {
    const start = d[at + 3 + 2 * s]!;
    if (start < 0) continue;
    from = Math.min(from, start);
    to = Math.max(to, d[at + 4 + 2 * s]!);
  }
  return from === Infinity ? [0, 0] : [from, to];
}

/** Decodes, checks and analyses the rows of a batch (on a worker thread, or on this one with workers: 0). */
export function analyseBatch(b: Batch, analyser: NoteAnalyser | null, maxRecordBytes: number): Analysed {
  const bad: BadRow[] = [];
  let rows = 0;
  let good = 0;
  const buf = asBuffer(b.buf);
  // A bad row with its offending value when that is not personal (row.ts). True for a row in the wrong encoding: the
  // caller reads its bytes again, only then, to name the first bad byte (wrongEncoding).
  const row = (raw: RawRow, line: number): boolean => {
    const c = checkRow(raw);
    if (c.ok) {
      if (analyser) analyser.add(c.row);
      else good++;
    } else if (c.reason === ROW_REASONS.encoding) return true;
    else bad.push(c.value === undefined ? { line, reason: c.reason } : { line, reason: c.reason, value: c.value });
    return false;
  };
  const wrongEncoding = (line: number, [from, to]: readonly [number, number]) => {
    const value = badByteText(buf, from, to);
    bad.push(value === undefined ? { line, reason: ROW_REASONS.encoding } : { line, reason: ROW_REASONS.encoding, value });
  };
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
      // One object shape for every row (slot order is SLOT_COLUMNS); a column the file lacks is undefined.
      const raw: RawRow = {
        person_ref: csvField(buf, d, at, 0),
        date: csvField(buf, d, at, 1),
        agency: csvField(buf, d, at, 2),
        author_role: csvField(buf, d, at, 3),
        text: csvField(buf, d, at, 4),
      };
      if (row(raw, line)) wrongEncoding(line, csvRecordBytes(d, at, (b.stride - 3) / 2));
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
      const lineStart = start;
      let s = buf.toString('utf8', start, nl);
      start = nl + 1;
      if (line === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      if (s.endsWith('\r')) s = s.slice(0, -1);
      if (!s.trim()) continue;
      rows++;
      if (s.includes('\uFFFD')) {
        wrongEncoding(line, [lineStart, nl]);
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
      else if (row(v, line)) wrongEncoding(line, [lineStart, nl]);
    }
  }
  return { rows, bad, notes: analyser ? analyser.take() : { ...EMPTY_BATCH, notes: good } };
}
const EMPTY_BATCH: NoteBatch = {
  notes: 0,
  data: new Int32Array(0),
  entries: { codes: [], hits: [], referrals: [], sources: [] },
  people: [],
  minDay: 0,
  maxDay: 0,
  referralNotes: 0,
  language: emptyLanguageTotals(),
};

// Where a job's lines are encoded, kept from one job to the next on this thread (grown as needed: a job of
// NOTES_PER_PEOPLE_JOB notes makes about 3 MB of lines, and this holds up to three times their characters).
let lineBuffer = Buffer.allocUnsafeSlow(1024 * 1024);

/** Reviews a job of people: each person's report.json line, digest and counts. */
function reviewJob(job: PeopleJob, tables: TableEntries, options: PeopleOptions): PeopleDone {
  const digests: PersonDigest[] = [];
  const counts = noPeopleCounts();
  const ends = new Int32Array(job.refs.length);
  // Each line is encoded once, straight into a buffer with room for its worst case (3 bytes of UTF-8 per UTF-16 code
  // unit), instead of measured (Buffer.byteLength) and then written: the lines are mostly plain ASCII, and a wording
  // with a curly apostrophe makes a line two bytes a character, which made both passes slow.
  let out = lineBuffer;
  let at = 0;
  let k = 0;
  reviewPeople(job, tables, options, (p) => {
    countPerson(counts, p);
    const line = JSON.stringify(p);
    const need = at + 2 + 3 * line.length;
    if (need > out.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * out.length));
      out.copy(bigger, 0, 0, at);
      lineBuffer = out = bigger;
    }
    if (k > 0) at += out.write(',\n', at, 'latin1');
    ends[k++] = at += out.write(line, at, 'utf8');
    digests.push(digestOf(p));
  });
  // A copy the lines' size: the buffer crosses to the reading thread and waits there to be written.
  const json = Buffer.allocUnsafeSlow(at);
  out.copy(json, 0, 0, at);
  return { json, ends, digests, counts };
}
// ---------------------------------------------------------------------------------------------------------------------
// Workers. The worker is this module (services/review-workers.ts), loaded again in the thread through tsx (the code is TypeScript, run by tsx).

type ToWorker =
  | { id: number; kind: 'batch'; batch: Batch; maxRecordBytes: number }
  | { id: number; kind: 'tables'; tables: TableEntries; options: PeopleOptions }
  | { id: number; kind: 'people'; job: PeopleJob };
type FromWorker = { id: number; ok: true; value: Analysed | PeopleDone | null } | { id: number; ok: false; error: string };

const WORKER_FLAG = 'lanternReviewWorker';
// A worker allocates a short-lived string and a few objects per note: a larger young generation than V8's default
// means fewer scavenges, and fewer objects promoted to the old generation. Measured on a million notes (2 workers,
// alternating runs): median 15.3 s -> 14.5 s, the per-person review 4.1-5.0 s -> 3.4-4.1 s, peak memory +100 MB; 64 ->
// 128 MB (2026-11-30): 14.2, 13.3 s -> 13.8, 12.7, 12.7, 13.4 s at the same peak (about 700 MB); 256 MB was no faster
// and peaked at 840-920 MB, too near the 1 GiB limit.
const YOUNG_GENERATION_MB = 128;

/** The indicator classifier's possible signs, loaded only for a review that asks for them (the model is 2.1 MB). */
export const loadSuggest = async (): Promise<SuggestSigns> => (await import('../core/text/indicator-classifier.ts')).suggestIndicators;

async function workerMain(): Promise<void> {
  // As the CLI does for its own thread (cli/main.ts): the analysis's automaton from the cache, not built again here.
  useAutomatonCache();
  const port = parentPort!;
  // Messages wait on the port until the listener below is added, so the model can load first (only when asked for).
  const analyser = new NoteAnalyser((workerData as { possibleSigns?: boolean }).possibleSigns === true ? await loadSuggest() : undefined);
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

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) void workerMain();

/** Runs batches and jobs on worker threads, or on this thread. Every result is handed back in submission order. */
export interface Runner {
  readonly threads: number;
  /** Pieces of work (batches and people jobs) run so far on the workers and on this thread. */
  readonly done: { onWorkers: number; onMainThread: number };
  /** Resolves when another task may be submitted (a bounded number are in flight). */
  ready(): Promise<void>;
  analyse(batch: Batch): Promise<{ value: Analysed; tr: Translator }>;
  tables(tables: TableEntries, options: PeopleOptions): Promise<void>;
  people(job: PeopleJob): Promise<PeopleDone>;
  close(): Promise<void>;
}

export function inlineRunner(newTranslator: () => Translator, maxRecordBytes: number, suggest?: SuggestSigns): Runner {
  const analyser = new NoteAnalyser(suggest);
  const tr = newTranslator();
  let people: { tables: TableEntries; options: PeopleOptions } | null = null;
  const done = { onWorkers: 0, onMainThread: 0 };
  return {
    threads: 0,
    done,
    ready: () => Promise.resolve(),
    analyse: (batch) => {
      done.onMainThread++;
      return Promise.resolve({ value: analyseBatch(batch, analyser, maxRecordBytes), tr });
    },
    tables: (tables, options) => {
      people = { tables, options };
      return Promise.resolve();
    },
    people: (job) => {
      done.onMainThread++;
      return Promise.resolve(reviewJob(job, people!.tables, people!.options));
    },
    close: () => Promise.resolve(),
  };
}

/**
 * Runs on `threads` worker threads. With `mainHelps`, this thread also takes a task whenever every worker already has
 * its queue full (as inlineRunner would run it): while the workers start (about a second each, loading the code and the
 * automaton) and whenever they fall behind, so that this thread, idle but for reading, is never the only one waiting.
 */
export function workerRunner(threads: number, newTranslator: () => Translator, maxRecordBytes: number, mainHelps = false, suggest?: SuggestSigns): Runner {
  const possibleSigns = suggest !== undefined;
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  // Worker threads do not inherit the tsx loader: register it, then load this module.
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
  const slots = Array.from({ length: threads }, () => {
    const worker = new Worker(boot, {
      eval: true,
      workerData: { [WORKER_FLAG]: true, possibleSigns },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
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
  const here = mainHelps ? inlineRunner(newTranslator, maxRecordBytes, suggest) : null;
  // This thread runs the task when no worker has room: the workers each still have one queued behind the running one.
  const runHere = () => here !== null && slots.every((s) => s.pending.size >= MAX_IN_FLIGHT);
  const pick = () => slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const send = <T>(slot: (typeof slots)[number], msg: ToWorker, transfer: ArrayBuffer[] = []): Promise<T> => {
    if (slot.failed) return Promise.reject(slot.failed);
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(msg.id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage(msg, transfer);
    });
  };
  let onWorkers = 0;
  return {
    threads,
    get done() {
      return { onWorkers, onMainThread: here?.done.onMainThread ?? 0 };
    },
    ready: () => {
      const failed = slots.find((s) => s.failed)?.failed;
      if (failed) return Promise.reject(failed);
      if (here || inFlight() < threads * MAX_IN_FLIGHT) return Promise.resolve();
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async analyse(batch) {
      if (runHere()) return here!.analyse(batch);
      onWorkers++;
      const slot = pick();
      const transfer = [batch.buf.buffer as ArrayBuffer];
      if (batch.type === 'csv') transfer.push(batch.index.buffer as ArrayBuffer);
      const value = await send<Analysed>(slot, { id: nextId++, kind: 'batch', batch, maxRecordBytes }, transfer);
      return { value, tr: slot.tr };
    },
    async tables(tables, options) {
      await Promise.all([...slots.map((s) => send(s, { id: nextId++, kind: 'tables', tables, options })), here?.tables(tables, options)]);
    },
    people: (job) => {
      if (runHere()) return here!.people(job);
      onWorkers++;
      return send<PeopleDone>(pick(), { id: nextId++, kind: 'people', job }, [job.data.buffer as ArrayBuffer, job.ends.buffer as ArrayBuffer]);
    },
    async close() {
      for (const s of slots) s.worker.removeAllListeners('exit');
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
