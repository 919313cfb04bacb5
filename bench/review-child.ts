// One measurement of the notes benchmark's end-to-end figure, in its own process so that peak memory (maxRSS) belongs
// to that run alone. Started by bench/notes.ts as `node --import tsx bench/review-child.ts MODE FILE [OUT_DIR [WORKERS]]`;
// prints one line of JSON on stdout.
//   review  reviewToDir (the engine of `lantern review`: read, analyse, review and write report.json and report.html
//           into OUT_DIR, or a temporary folder) over the CSV file, with WORKERS threads (default: one per CPU)
//   parse   baseline: read the file and parse it as the review does (services/review-run.ts checkRows: the same CSV
//           reader and row checks, on one thread), no analysis
//   csv-parse  the same with csv-parse (the parser the review used before), for comparison
//   read    ceiling: read the file in 1 MB chunks and do nothing with them
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { checkRow, type RawRow } from '../src/core/review/row.ts';
import { useAutomatonCache } from '../src/services/automaton-cache.ts';
import { checkRows, reviewToDir } from '../src/services/review-run.ts';

export type ChildResult = {
  mode: 'review' | 'parse' | 'csv-parse' | 'read';
  bytes: number;
  ms: number; // the measured work (reviewToDir for review, reports included), from inside the process: start-up is not included
  rows: number;
  notes: number;
  people: number;
  badRows: number;
  readMs: number; // review: reading, parsing and analysing every note (the summary's own split)
  reviewMs: number; // review: reviewing each person and streaming report.json's people
  reportMs: number; // review: after that, the summary, report.json's assembly and report.html
  maxRssMB: number;
};

// As `lantern review` does (cli/main.ts): built phrase automata are kept in node_modules/.cache between runs.
useAutomatonCache();

const [mode, file, out, workersArg] = process.argv.slice(2);
if ((mode !== 'review' && mode !== 'parse' && mode !== 'csv-parse' && mode !== 'read') || !file) {
  process.stderr.write('usage: review-child.ts review|parse|csv-parse|read FILE [OUT_DIR [WORKERS]]\n');
  process.exit(2);
}
const bytes = fs.statSync(file).size;
const READ_CHUNK = 1024 * 1024;
const result: ChildResult = { mode, bytes, ms: 0, rows: 0, notes: 0, people: 0, badRows: 0, readMs: 0, reviewMs: 0, reportMs: 0, maxRssMB: 0 };

if (mode === 'read') {
  const t0 = performance.now();
  let n = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) n += chunk.length;
  result.ms = performance.now() - t0;
  if (n !== bytes) throw new Error(`read ${n} bytes of ${bytes}`);
} else if (mode === 'parse') {
  const t0 = performance.now();
  const r = await checkRows({ file, format: 'csv' });
  result.ms = performance.now() - t0;
  result.rows = r.rows;
  result.notes = r.notes;
  result.badRows = r.badRows;
} else if (mode === 'csv-parse') {
  const t0 = performance.now();
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, skip_records_with_error: true, max_record_size: 8 * 1024 * 1024 });
  fs.createReadStream(file, { highWaterMark: READ_CHUNK }).pipe(parser);
  for await (const rec of parser as AsyncIterable<RawRow>) {
    result.rows++;
    if (checkRow(rec).ok) result.notes++;
    else result.badRows++;
  }
  result.ms = performance.now() - t0;
} else {
  const dir = out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-review-child-'));
  const t0 = performance.now();
  const { summary, writeSeconds } = await reviewToDir(
    { file, format: 'csv', size: bytes },
    dir,
    { now: () => performance.now() },
    { workers: workersArg === undefined ? undefined : Number(workersArg) },
  );
  result.ms = performance.now() - t0;
  if (!out) fs.rmSync(dir, { recursive: true, force: true });
  result.rows = summary.rowsRead;
  result.notes = summary.rowsAnalysed;
  result.people = summary.people;
  result.badRows = summary.badRows.count;
  result.readMs = summary.timing.readSeconds * 1000;
  result.reviewMs = summary.timing.reviewSeconds * 1000;
  result.reportMs = writeSeconds * 1000;
}
result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(result)}\n`);
