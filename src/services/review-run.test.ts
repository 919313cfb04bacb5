import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteGenerator, writeCorpusCsv } from '../../bench/corpus.ts';
import { byPriority, digestOf, renderReviewHtml } from '../core/review/html.ts';
import type { ReviewSummary } from '../core/review/summary.ts';
import { reportJsonText, type ReviewRunOptions, reviewToDir, runReview } from './review-run.ts';

// The review engine's threads (issue 4 "Measured"): the same report, byte for byte, whatever the number of worker
// threads and however the file and the people are cut into pieces; and the same as the reports built from every
// person's review in memory. On a generated corpus (bench/corpus.ts), with bad rows in it.

let dir: string;
const csvFile = () => path.join(dir, 'notes.csv');
const jsonlFile = () => path.join(dir, 'notes.jsonl');
const NOTES = 1500;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-review-run-'));
  await writeCorpusCsv(csvFile(), { seed: 7, notes: NOTES, notesPerPerson: 25, badEvery: 200 });
  const gen = new NoteGenerator({ seed: 7, notes: NOTES, notesPerPerson: 25, badEvery: 200 });
  const lines: string[] = [];
  for (let i = 0; i < NOTES; i++) {
    const n = gen.next();
    lines.push(JSON.stringify({ person_ref: n.personRef, date: n.date, agency: n.agency, author_role: n.authorRole, text: n.text }));
    if (i % 250 === 7) lines.push('', '{"person_ref":"X-1","date":"2024-01-01","text":"cut off');
  }
  fs.writeFileSync(jsonlFile(), lines.join('\n') + '\n');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = () => performance.now();
const withoutTiming = (json: string) => json.replace(/"timing": \{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/, '"timing": null');
const withoutTimingHtml = (html: string) => html.replace(/<p class="muted">Read [^<]*<\/p>/, '');

type Threads = ReviewSummary['timing']['threads'];
async function reportsOf(file: string, opts: ReviewRunOptions): Promise<{ json: string; html: string; threads: Threads }> {
  const out = fs.mkdtempSync(path.join(dir, 'out-'));
  const { summary } = await reviewToDir({ file, format: file.endsWith('.csv') ? 'csv' : 'jsonl', size: fs.statSync(file).size }, out, { now }, opts);
  const read = (name: string) => fs.readFileSync(path.join(out, name), 'utf8');
  return { json: withoutTiming(read('report.json')), html: withoutTimingHtml(read('report.html')), threads: summary.timing.threads };
}

// Small pieces, so that results come back out of order: about 20 batches and 12 people jobs.
const SMALL = { readBytes: 32 * 1024, notesPerJob: 125 };

describe('review of a generated CSV file', () => {
  const file = csvFile;
  it('writes the same report.json and report.html with 0, 1 and 2 worker threads, and with this thread helping', { timeout: 120_000 }, async () => {
    const one = await reportsOf(file(), { ...SMALL, workers: 1 });
    const two = await reportsOf(file(), { ...SMALL, workers: 2 });
    const none = await reportsOf(file(), { ...SMALL, workers: 0 });
    // The default piece sizes, on this thread: pieces and threads are independent (a worker costs a second or two to start).
    const defaults = await reportsOf(file(), { workers: 0 });
    // The worker takes the first two pieces at once; this thread the ones that come while the worker's queue is full.
    const helped = await reportsOf(file(), { ...SMALL, workers: 1, mainThreadHelps: true });
    expect(helped.threads.workers).toBe(1);
    expect(helped.threads.onWorkers).toBeGreaterThan(1);
    expect(helped.threads.onMainThread).toBeGreaterThan(1);
    expect(one.threads).toEqual({ workers: 1, onWorkers: helped.threads.onWorkers + helped.threads.onMainThread, onMainThread: 0 });
    expect(none.threads).toEqual({ workers: 0, onWorkers: 0, onMainThread: one.threads.onWorkers });
    expect(helped.json).toBe(one.json);
    expect(helped.html).toBe(one.html);
    const report = JSON.parse(one.json) as { summary: { rowsAnalysed: number; people: number; badRows: { count: number } } };
    expect(report.summary.rowsAnalysed).toBeGreaterThan(NOTES * 0.95);
    expect(report.summary.people).toBeGreaterThan(50);
    expect(report.summary.badRows.count).toBeGreaterThan(5);
    expect(two.json).toBe(one.json);
    expect(none.json).toBe(one.json);
    expect(defaults.json).toBe(one.json);
    expect(two.html).toBe(one.html);
    expect(none.html).toBe(one.html);
    expect(defaults.html).toBe(one.html);
  });
});

// Threads and pieces are cut the same way for both formats (the CSV test above tries every arrangement): here, no
// worker thread against two.
describe('review of a generated JSON Lines file', () => {
  it('writes the same report.json and report.html with no worker thread and with two', { timeout: 120_000 }, async () => {
    const two = await reportsOf(jsonlFile(), { ...SMALL, workers: 2 });
    const none = await reportsOf(jsonlFile(), { ...SMALL, workers: 0 });
    expect(two.threads.onWorkers).toBeGreaterThan(1);
    expect((JSON.parse(none.json) as { summary: { rowsAnalysed: number } }).summary.rowsAnalysed).toBeGreaterThan(NOTES * 0.95);
    expect(two.json).toBe(none.json);
    expect(two.html).toBe(none.html);
  });
});

describe.each([
  ['CSV', csvFile],
  ['JSON Lines', jsonlFile],
])('review of a generated %s file', (_format, file) => {
  // No worker threads here: the tests above show that they change nothing, and each costs a second or two to start.
  it('streams the same reports as the ones built from every review in memory', { timeout: 60_000 }, async () => {
    const format = file().endsWith('.csv') ? 'csv' : 'jsonl';
    const { summary, people } = await runReview({ file: file(), format, size: fs.statSync(file()).size }, { now }, { ...SMALL, workers: 0 });
    const streamed = await reportsOf(file(), { ...SMALL, workers: 0 });
    expect(withoutTiming(reportJsonText(summary, people))).toBe(streamed.json);
    expect(withoutTimingHtml([...renderReviewHtml(summary, people)].join(''))).toBe(streamed.html);
  });
});

describe('report.html stays small enough to open', () => {
  it('lists missed opportunities by whole people up to the limit, and a section for the first people by priority', { timeout: 60_000 }, async () => {
    const { summary, people } = await runReview({ file: csvFile(), format: 'csv', size: fs.statSync(csvFile()).size }, { now }, { workers: 0 });
    const missed = people.filter((p) => p.missedOpportunities.length > 0);
    expect(missed.length).toBeGreaterThan(3);
    // Room for the missed opportunities of the first two people by priority: the third person's would not fit whole.
    const [first, second] = missed.map(digestOf).sort(byPriority);
    const rows = first!.missed + second!.missed;
    const html = [...renderReviewHtml(summary, people, { sections: 3, missedRows: rows })].join('');
    const table = html.slice(html.indexOf('<h2 id="missed">'), html.indexOf('<h2 id="people">'));
    expect(table.match(/<tr><td>/g)).toHaveLength(rows);
    const listedRefs = [...new Set([...table.matchAll(/<tr><td>(?:<a href="#[^"]*">)?([^<]*)(?:<\/a>)?<\/td>/g)].map((m) => m[1]!))];
    expect(listedRefs).toEqual([first!.personRef, second!.personRef].sort());
    expect(table).toContain(`${rows} missed opportunities are listed: those of the people first by priority`);
    expect(table).toContain(`report.json has all ${summary.missedOpportunities}.`);
    expect(html.match(/<section/g)).toHaveLength(3);
    expect(html).toContain('The first 3 people are shown');
    // The default limits list everything this small corpus has.
    const full = [...renderReviewHtml(summary, people)].join('');
    expect(full).not.toContain('missed opportunities are listed');
    expect(full.slice(full.indexOf('<h2 id="missed">'), full.indexOf('<h2 id="people">')).match(/<tr><td>/g)).toHaveLength(summary.missedOpportunities);
  });
});

describe('rows too large to keep', () => {
  const opts = { workers: 0, maxRecordBytes: 4096, readBytes: 1024 };
  const review = async (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return runReview({ file, format: name.endsWith('.csv') ? 'csv' : 'jsonl', size: content.length }, { now }, opts);
  };
  const good = (ref: string, day: number) => `${ref},2024-01-${String(day).padStart(2, '0')},Police,PC,"Went missing from home overnight."\n`;

  it('CSV: reports the row by the line it starts on and reads on after it, line numbers included', async () => {
    const huge = `B,2024-01-02,Police,PC,"${'word '.repeat(1500)}\n${'more "" words '.repeat(400)}\n"\n`;
    const csv = `person_ref,date,agency,author_role,text\n${good('A', 1)}${huge}${good('C', 3)}2024-13-01,x\n`;
    const { summary, people } = await review('big.csv', csv);
    expect(summary.badRows.listed).toEqual([
      { line: 3, reason: 'malformed CSV: a row is larger than 4 KB' },
      { line: 7, reason: 'malformed CSV: wrong number of fields for the header' },
    ]);
    expect(people.map((p) => p.personRef)).toEqual(['A', 'C']);
    expect(summary.rowsRead).toBe(4);
  });

  it('JSON Lines: the same', async () => {
    const line = (ref: string, text: string) => `${JSON.stringify({ person_ref: ref, date: '2024-01-01', text })}\n`;
    const { summary, people } = await review('big.jsonl', line('A', 'Went missing.') + line('B', 'x'.repeat(9000)) + '\n' + line('C', 'Went missing.') + '{');
    expect(summary.badRows.listed).toEqual([
      { line: 2, reason: 'line is larger than 4 KB' },
      { line: 5, reason: 'not valid JSON' },
    ]);
    expect(people.map((p) => p.personRef)).toEqual(['A', 'C']);
  });
});
