import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { ASSUMED_AGE, CURRENT_MONTHS, LOOKBACK_MONTHS, REFERRAL_FOLLOW_UP_DAYS, type PersonReview } from '../core/review/person.ts';
import { createReview } from '../core/review/review.ts';
import { checkRow, type RawRow } from '../core/review/row.ts';
import { renderReviewHtml } from '../core/review/html.ts';
import type { BadRow, ReviewFormat, ReviewSummary } from '../core/review/summary.ts';

// The retrospective review engine (issue 4 §4), shared by `lantern review` and the web app's review jobs. The input is
// streamed (never loaded whole) and progress is reported through a callback; the caller owns the terminal or the job
// row. writeReport writes the reports to temporary files and renames them at the end, so a failed run never leaves a
// partial report and a rerun overwrites the last one safely (docs/ARCHITECTURE.md habit 10).

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
export type ReviewOutcome = { summary: ReviewSummary; people: PersonReview[] };

type Sink = { row(raw: RawRow, line: number): void; bad(line: number, reason: string): void; bytes(n: number): void };

const REQUIRED_COLUMNS = ['person_ref', 'date', 'text'] as const;
const KNOWN_COLUMNS = new Set(['person_ref', 'date', 'agency', 'author_role', 'text']);
// One note larger than this is not a note: it is a broken file (an unclosed quote swallowing the rest, say).
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_LISTED_BAD_ROWS = 1000;
const READ_CHUNK = 1024 * 1024;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

// csv-parse error codes, in words that never quote the row (its own messages include field values).
const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'malformed CSV: a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'malformed CSV: unexpected character after a closing quote',
  INVALID_OPENING_QUOTE: 'malformed CSV: a quote inside an unquoted field',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'malformed CSV: wrong number of fields for the header',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'malformed CSV: wrong number of fields for the header',
  CSV_MAX_RECORD_SIZE: `malformed CSV: a row is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB`,
};
const csvReason = (e: CsvError) => CSV_REASONS[e.code] ?? 'malformed CSV';

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

async function readCsv(file: string, sink: Sink): Promise<void> {
  const seen = { header: false }; // set by the parser's callback
  // Where the last row ended, and how many blank lines the parser had skipped by then: a skipped row starts on the
  // next line that is not blank. (csv-parse reports where it found the problem, which for an unclosed quote is the end.)
  const last = { line: 1, empty: 0 };
  const parser: Parser = parse({
    columns: (h: string[]) => {
      seen.header = true;
      last.line = parser.info.lines;
      last.empty = parser.info.empty_lines;
      return checkHeader(h);
    },
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    // Runs in step with the parser (on_skip too), unlike the consumer below, which reads rows from a buffer.
    on_record: (record: Record<string, string>, info: { lines: number; empty_lines: number }) => {
      // info.lines is the line the row ends on; the newlines inside its quoted fields give the line it starts on.
      let inner = 0;
      for (const k in record) inner += countNewlines(record[k]!);
      last.line = info.lines;
      last.empty = info.empty_lines;
      return { record, line: info.lines - inner };
    },
    on_skip: (err: CsvError | undefined) => {
      if (!err) return;
      const start = last.line + 1 + (parser.info.empty_lines - last.empty);
      sink.bad(start, csvReason(err));
      last.line = Math.max(start, typeof err.lines === 'number' ? err.lines : start);
      last.empty = parser.info.empty_lines;
    },
  });
  const src = fs.createReadStream(file, { highWaterMark: READ_CHUNK });
  src.on('data', (chunk) => {
    sink.bytes(chunk.length);
  });
  src.on('error', (e) => parser.destroy(e));
  src.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; line: number }>) sink.row(item.record, item.line);
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    const ce = e as { code?: unknown; lines?: unknown; cause?: unknown };
    if (ce.cause instanceof ValidationError) throw ce.cause;
    if (typeof ce.code === 'string' && ce.code.startsWith('CSV'))
      throw new ValidationError({
        file: `${typeof ce.lines === 'number' ? `line ${ce.lines}: ` : ''}${csvReason(e as CsvError)}; no report was written`,
      });
    throw new ValidationError({ file: 'The file could not be read; no report was written' });
  }
  if (!seen.header) throw new ValidationError({ file: 'The file is empty: expected a header row person_ref,date,agency,author_role,text' });
}

async function readJsonl(file: string, sink: Sink): Promise<void> {
  let line = 0;
  let carry: Buffer | null = null;
  let oversize = false;
  const handle = (buf: Buffer) => {
    line++;
    if (oversize) {
      oversize = false;
      sink.bad(line, `line is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB`);
      return;
    }
    let s = buf.toString('utf8');
    if (line === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    if (s.endsWith('\r')) s = s.slice(0, -1);
    if (!s.trim()) return;
    if (s.includes('\uFFFD')) {
      sink.bad(line, 'not valid UTF-8 text (wrong encoding)');
      return;
    }
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch {
      sink.bad(line, 'not valid JSON');
      return;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) sink.bad(line, 'not a JSON object');
    else sink.row(v, line);
  };
  const src = fs.createReadStream(file, { highWaterMark: READ_CHUNK });
  try {
    for await (const chunk of src as AsyncIterable<Buffer>) {
      sink.bytes(chunk.length);
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        const part = chunk.subarray(start, nl);
        handle(carry ? Buffer.concat([carry, part]) : part);
        carry = null;
        start = nl + 1;
      }
      if (start < chunk.length) {
        const rest = chunk.subarray(start);
        if (oversize) continue;
        carry = carry ? Buffer.concat([carry, rest]) : Buffer.from(rest);
        if (carry.length > MAX_RECORD_BYTES) {
          carry = null;
          oversize = true;
        }
      }
    }
  } catch {
    throw new ValidationError({ file: 'The file could not be read; no report was written' });
  }
  if (carry || oversize) handle(carry ?? Buffer.alloc(0));
}

const mb = (bytes: number) => bytes / 1_000_000;

export async function runReview(input: ReviewInput, hooks: ReviewHooks): Promise<ReviewOutcome> {
  const { file, format, size } = input;
  const { now } = hooks;
  const started = now();
  const rev = createReview({ age: ASSUMED_AGE });
  const bad: BadRow[] = [];
  const byReason: Record<string, number> = {};
  let badCount = 0;
  let rowsRead = 0;
  let bytesRead = 0;
  const progress = () => hooks.onProgress?.(bytesRead, rowsRead);
  const sink: Sink = {
    bytes: (n) => {
      bytesRead += n;
      progress();
    },
    bad: (line, reason) => {
      rowsRead++;
      badCount++;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
      if (bad.length < MAX_LISTED_BAD_ROWS) bad.push({ line, reason });
    },
    row: (raw, line) => {
      const c = checkRow(raw);
      if (!c.ok) {
        sink.bad(line, c.reason);
        return;
      }
      rowsRead++;
      rev.addNote(c.row);
      if ((rowsRead & 1023) === 0) progress();
    },
  };

  if (format === 'csv') await readCsv(file, sink);
  else await readJsonl(file, sink);
  hooks.onRead?.(bytesRead, rowsRead, rev.notes);
  const read = now();
  const { totals, people } = rev.finish();
  const reviewed = now();
  // Bad rows in file order, whichever reader path reported them first.
  bad.sort((a, b) => a.line - b.line);
  const elapsed = (now() - started) / 1000;
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
      mbPerSecond: Math.round((mb(bytesRead) / Math.max(elapsed, 1e-6)) * 10) / 10,
      rowsPerSecond: Math.round(rowsRead / Math.max(elapsed, 1e-6)),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  };
  return { summary, people };
}

async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  for (const c of chunks) if (!out.write(c)) await Promise.race([once(out, 'drain'), failed]);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

export function* reportJsonChunks(summary: ReviewSummary, people: readonly PersonReview[]): Generator<string> {
  // The summary is indented for reading; each person is one line, so that a diff between two runs reads person by person.
  yield `{\n"summary": ${JSON.stringify(summary, null, 2)},\n"people": [\n`;
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
