import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { ASSUMED_AGE, CURRENT_MONTHS, LOOKBACK_MONTHS, REFERRAL_FOLLOW_UP_DAYS, type PersonReview } from '../core/review/person.ts';
import { createReview, type ReviewTotals } from '../core/review/review.ts';
import { checkRow, type RawRow } from '../core/review/row.ts';
import { renderReviewHtml } from './review-report.ts';

// `lantern review NOTES.(csv|jsonl) --out DIR`: a retrospective review of many notes (issue 4 §4). The input is
// streamed (never loaded whole), progress goes to stderr, and the reports are written to temporary files and renamed
// at the end, so a failed run never leaves a partial report and a rerun overwrites the last one safely
// (docs/ARCHITECTURE.md habit 10).

const REQUIRED_COLUMNS = ['person_ref', 'date', 'text'] as const;
const KNOWN_COLUMNS = new Set(['person_ref', 'date', 'agency', 'author_role', 'text']);
// One note larger than this is not a note: it is a broken file (an unclosed quote swallowing the rest, say).
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const MAX_LISTED_BAD_ROWS = 1000;
const READ_CHUNK = 1024 * 1024;

export type BadRow = { line: number; reason: string };
export type ReviewSummary = {
  tool: 'lantern review';
  framework: string;
  files: { path: string; format: 'csv' | 'jsonl'; bytes: number }[];
  assumptions: { age: number; ageNote: string; window: string; referralFollowUpDays: number; detection: string };
  rowsRead: number;
  rowsAnalysed: number;
  badRows: { count: number; byReason: Record<string, number>; listed: BadRow[]; truncated: boolean };
  firstDate: string | null;
  lastDate: string | null;
  people: number;
  peopleReachingMedium: number;
  peopleReachingHigh: number;
  missedOpportunities: number;
  peopleWithMissedOpportunities: number;
  notesWithReferrals: number;
  languageFindingsByCategory: ReviewTotals['languageByCategory'];
  timing: { elapsedSeconds: number; readSeconds: number; reviewSeconds: number; mbPerSecond: number; rowsPerSecond: number; peakRssMB: number };
};

type Format = 'csv' | 'jsonl';
type Sink = { row(raw: RawRow, line: number): void; bad(line: number, reason: string): void; bytes(n: number): void };

export type ReviewOptions = { out?: string; progress?: boolean };
export type ReviewIo = { stderr: NodeJS.WriteStream; now: () => number };

function checkArgs(file: string | undefined, out: string | undefined): { file: string; format: Format; size: number; out: string } {
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

async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  for (const c of chunks) if (!out.write(c)) await Promise.race([once(out, 'drain'), failed]);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}

function* reportJson(summary: ReviewSummary, people: readonly PersonReview[]): Generator<string> {
  // The summary is indented for reading; each person is one line, so that a diff between two runs reads person by person.
  yield `{\n"summary": ${JSON.stringify(summary, null, 2)},\n"people": [\n`;
  for (let i = 0; i < people.length; i++) yield `${JSON.stringify(people[i])}${i < people.length - 1 ? ',' : ''}\n`;
  yield ']\n}\n';
}

export async function review(fileArg: string | undefined, opts: ReviewOptions, io: ReviewIo = { stderr: process.stderr, now: () => performance.now() }) {
  const { file, format, size, out } = checkArgs(fileArg, opts.out);
  const started = io.now();
  const progress = new Progress(io, opts.progress === true || io.stderr.isTTY, size, started);
  const rev = createReview({ age: ASSUMED_AGE });
  const bad: BadRow[] = [];
  const byReason: Record<string, number> = {};
  let badCount = 0;
  let rowsRead = 0;
  let bytesRead = 0;
  const sink: Sink = {
    bytes: (n) => {
      bytesRead += n;
      progress.update(bytesRead, rowsRead);
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
      if ((rowsRead & 1023) === 0) progress.update(bytesRead, rowsRead);
    },
  };

  const tmpJson = path.join(out, `.report.json.${process.pid}.tmp`);
  const tmpHtml = path.join(out, `.report.html.${process.pid}.tmp`);
  try {
    if (format === 'csv') await readCsv(file, sink);
    else await readJsonl(file, sink);
    progress.update(bytesRead, rowsRead, true);
    progress.stage(`Reviewing ${rev.notes.toLocaleString('en-GB')} notes ...`);
    const read = io.now();
    const { totals, people } = rev.finish();
    const reviewed = io.now();
    // Bad rows in file order, whichever reader path reported them first.
    bad.sort((a, b) => a.line - b.line);
    const elapsed = (io.now() - started) / 1000;
    const summary: ReviewSummary = {
      tool: 'lantern review',
      framework: CURRENT_FRAMEWORK.version,
      files: [{ path: file, format, bytes: size }],
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
    progress.stage('Writing the report ...');
    fs.mkdirSync(out, { recursive: true });
    await writeChunks(tmpJson, reportJson(summary, people));
    await writeChunks(tmpHtml, renderReviewHtml(summary, people));
    fs.renameSync(tmpJson, path.join(out, 'report.json'));
    fs.renameSync(tmpHtml, path.join(out, 'report.html'));
    progress.end();
    for (const b of bad.slice(0, 10)) io.stderr.write(`line ${b.line}: ${b.reason}\n`);
    if (badCount > 10) io.stderr.write(`... and ${badCount - 10} more bad rows: see report.json\n`);
    const t = summary.timing;
    io.stderr.write(
      `Reviewed ${rev.notes.toLocaleString('en-GB')} note${rev.notes === 1 ? '' : 's'} about ${totals.people.toLocaleString('en-GB')} ${totals.people === 1 ? 'person' : 'people'} ` +
        `(${badCount.toLocaleString('en-GB')} bad rows skipped) in ${fmt(t.elapsedSeconds)} s, ${fmt(t.mbPerSecond)} MB/s, peak memory ${t.peakRssMB} MB. ` +
        `Medium or above: ${totals.peopleReachingMedium}; high: ${totals.peopleReachingHigh}; missed opportunities: ${totals.missedOpportunities}. ` +
        `Report: ${path.join(out, 'report.html')}\n`,
    );
    return summary;
  } catch (e) {
    progress.end();
    for (const t of [tmpJson, tmpHtml]) fs.rmSync(t, { force: true });
    throw e;
  }
}
