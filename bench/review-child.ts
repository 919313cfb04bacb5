// One measurement of the notes benchmark's end-to-end figure, in its own process so that peak memory (maxRSS) belongs
// to that run alone. Started by bench/notes.ts as `node --import tsx bench/review-child.ts MODE FILE [OUT_DIR]`;
// prints one line of JSON on stdout.
//   review  runReview (the engine of `lantern review`) over the CSV file, then writeReport into OUT_DIR when given
//   parse   baseline: read the file and parse it with csv-parse as runReview does, validate each row, no analysis
//   read    ceiling: read the file in 1 MB chunks and do nothing with them
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { checkRow, type RawRow } from '../src/core/review/row.ts';
import { runReview, writeReport } from '../src/services/review-run.ts';

export type ChildResult = {
  mode: 'review' | 'parse' | 'read';
  bytes: number;
  ms: number; // the measured work (runReview for review), from inside the process: start-up is not included
  rows: number;
  notes: number;
  people: number;
  badRows: number;
  readMs: number; // review: reading, parsing and analysing every note (runReview's own split)
  reviewMs: number; // review: sorting and reviewing each person
  reportMs: number; // review: writeReport (JSON and HTML)
  maxRssMB: number;
};

const [mode, file, out] = process.argv.slice(2);
if ((mode !== 'review' && mode !== 'parse' && mode !== 'read') || !file) {
  process.stderr.write('usage: review-child.ts review|parse|read FILE [OUT_DIR]\n');
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
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, skip_records_with_error: true, max_record_size: 8 * 1024 * 1024 });
  fs.createReadStream(file, { highWaterMark: READ_CHUNK }).pipe(parser);
  for await (const rec of parser as AsyncIterable<RawRow>) {
    result.rows++;
    if (checkRow(rec).ok) result.notes++;
    else result.badRows++;
  }
  result.ms = performance.now() - t0;
} else {
  const t0 = performance.now();
  const { summary, people } = await runReview({ file, format: 'csv', size: bytes }, { now: () => performance.now() });
  result.ms = performance.now() - t0;
  result.rows = summary.rowsRead;
  result.notes = summary.rowsAnalysed;
  result.people = summary.people;
  result.badRows = summary.badRows.count;
  result.readMs = summary.timing.readSeconds * 1000;
  result.reviewMs = summary.timing.reviewSeconds * 1000;
  if (out) {
    const t1 = performance.now();
    await writeReport(out, summary, people);
    result.reportMs = performance.now() - t1;
  }
}
result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(result)}\n`);
