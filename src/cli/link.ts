import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { ValidationError } from '../core/errors.ts';
import {
  FeatureBuilder,
  FIELD_TYPES,
  fieldSpecs,
  isFieldType,
  linkFeatures,
  type FieldSpec,
  type FieldType,
  type LinkParams,
  type LinkProgress,
  type LinkResult,
} from '../core/linkage/index.ts';

// `lantern link A.csv [B.csv] --id COL --fields f1,f2:type,... [--threshold P] --out pairs.csv`: de-duplicates one file
// or links two with the Fellegi-Sunter model in core/linkage (parameters estimated by EM, no labels needed). This file
// is the I/O: it streams the CSV files into the model's features (rows are not kept, only ids), reports progress and
// the estimated parameters on stderr, and writes the pairs to a temporary file renamed at the end, so that a failed
// run leaves no partial output.

export type LinkCliOptions = { id?: string; fields?: string; threshold?: string; out?: string };
export type LinkIo = { stderr: NodeJS.WritableStream; now: () => number };

export const OUTPUT_HEADER = 'left_id,right_id,match_probability,match_weight';

type Checked = { files: string[]; id: string; fields: { column: string; type?: FieldType }[]; threshold: number; out: string };

function checkFile(file: string, label: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new ValidationError({ [label]: `${file} does not exist or cannot be read` });
  }
  if (!stat.isFile()) throw new ValidationError({ [label]: `${file} is not a regular file` });
}

function checkArgs(files: readonly string[], o: LinkCliOptions): Checked {
  if (files.length < 1 || files.length > 2)
    throw new ValidationError({ files: 'Give one CSV file to de-duplicate or two to link: lantern link A.csv [B.csv] ...' });
  files.forEach((f, i) => {
    checkFile(f, i === 0 ? 'file' : 'second file');
  });
  if (!o.id?.trim()) throw new ValidationError({ id: 'Give the column that identifies each record with --id COL' });
  if (!o.fields?.trim()) throw new ValidationError({ fields: 'Give the columns to compare with --fields, like --fields first_name,surname,dob:date' });
  const fields = o.fields.split(',').map((item) => {
    const [column = '', type, ...rest] = item.split(':').map((s) => s.trim());
    if (column === '' || rest.length) throw new ValidationError({ fields: `"${item}" is not a column name or column:type` });
    if (type !== undefined && !isFieldType(type))
      throw new ValidationError({ fields: `${column}: the type "${type}" is not one of ${FIELD_TYPES.join(', ')}` });
    return type === undefined ? { column } : { column, type };
  });
  const dup = fields.find((f, i) => fields.findIndex((g) => g.column === f.column) !== i);
  if (dup) throw new ValidationError({ fields: `${dup.column} is listed twice` });
  let threshold = 0.5;
  if (o.threshold !== undefined) {
    threshold = Number(o.threshold);
    if (o.threshold.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1)
      throw new ValidationError({ threshold: `The threshold is a match probability from 0 to 1, like 0.9, not "${o.threshold}"` });
  }
  if (!o.out?.trim()) throw new ValidationError({ out: 'Give the file to write the pairs to with --out pairs.csv' });
  const out = o.out;
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new ValidationError({ out: `${out} is a folder, not a file` });
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ValidationError({ out: `The folder ${path.dirname(out)} does not exist` });
  if (files.some((f) => path.resolve(f) === path.resolve(out))) throw new ValidationError({ out: 'The output file would overwrite an input file' });
  return { files: [...files], id: o.id.trim(), fields, threshold, out };
}

const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected character after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of fields for the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'wrong number of fields for the header',
};

/** The header row of a CSV file (so that both files are checked before either is read in full). */
async function readHeader(file: string): Promise<string[] | null> {
  const parser = parse({ bom: true, trim: true, skip_empty_lines: true, to_line: 1, relax_column_count: true });
  const src = fs.createReadStream(file, { highWaterMark: 1 << 16 });
  src.on('error', (e) => parser.destroy(e));
  src.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) return record.map((h) => h.trim());
    return null;
  } catch {
    throw new ValidationError({ file: `${path.basename(file)}: the header row could not be read as CSV` });
  } finally {
    src.destroy();
  }
}

function checkHeader(name: string, header: string[] | null, idColumn: string, fields: readonly { column: string }[]): void {
  if (!header) throw new ValidationError({ file: `${name} is empty: expected a header row` });
  if (!header.includes(idColumn)) throw new ValidationError({ id: `${name} has no column "${idColumn}" (its columns: ${header.join(', ')})` });
  const missing = fields.filter((f) => !header.includes(f.column)).map((f) => f.column);
  if (missing.length) throw new ValidationError({ fields: `${name} has no column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}` });
}

/**
 * Streams one CSV file into the builder: checks the header has the id column and every field, then adds each row's
 * field values. Returns the ids in file order. Cells are trimmed (FEBRL separates fields with a comma and a space).
 */
async function readFile(file: string, idColumn: string, fields: readonly FieldSpec[], builder: FeatureBuilder, onRows: (n: number) => void): Promise<string[]> {
  const parser = parse({ bom: true, trim: true, skip_empty_lines: true, max_record_size: 1 << 20 });
  fs.createReadStream(file, { highWaterMark: 1 << 20 })
    .on('error', (e) => parser.destroy(e))
    .pipe(parser);
  const ids: string[] = [];
  let idAt = -1;
  let at: number[] = [];
  const row: string[] = new Array<string>(fields.length);
  const name = path.basename(file);
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (idAt < 0) {
        const header = record.map((h) => h.trim());
        checkHeader(name, header, idColumn, fields);
        idAt = header.indexOf(idColumn);
        at = fields.map((f) => header.indexOf(f.column));
        continue;
      }
      for (let i = 0; i < at.length; i++) row[i] = record[at[i]!] ?? '';
      builder.add(row);
      ids.push(record[idAt] ?? '');
      if ((ids.length & 0xffff) === 0) onRows(ids.length);
    }
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    const ce = e as { code?: unknown; lines?: unknown };
    if (typeof ce.code === 'string' && (ce.code.startsWith('CSV') || ce.code === 'INVALID_OPENING_QUOTE'))
      throw new ValidationError({
        file: `${name} line ${typeof ce.lines === 'number' ? ce.lines : '?'}: malformed CSV: ${CSV_REASONS[ce.code] ?? 'cannot parse'}`,
      });
    throw new ValidationError({ file: `${name} could not be read` });
  }
  if (idAt < 0) throw new ValidationError({ file: `${name} is empty: expected a header row` });
  return ids;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const fmtP = (p: number) => (p >= 0.001 ? p.toFixed(4) : p.toExponential(2));

/** The estimated parameters as text: the prior, then m, u and the weight of every level of every field. */
export function formatParams(p: LinkParams): string {
  const lines = [
    `Estimated parameters (EM: ${p.em.iterations} iterations, ${p.em.converged ? 'converged' : 'NOT converged'}, ${n0(p.em.trainingPairs)} candidate pairs, ${n0(p.em.patterns)} distinct patterns; u from ${n0(p.randomPairs)} ${p.exhaustiveU ? '(all)' : 'random'} pairs)`,
    `  prior: lambda ${p.lambda.toExponential(3)} (about ${n0(p.expectedMatches)} matching pairs), weight ${p.prior.toFixed(2)}`,
  ];
  for (const f of p.fields) {
    lines.push(`  ${f.column} (${f.kind}${f.termFrequency ? ', term frequency' : ''})`);
    for (const l of f.levels.slice(1))
      lines.push(`    ${l.label.padEnd(46)} m ${fmtP(l.m).padStart(9)}  u ${fmtP(l.u).padStart(9)}  weight ${l.weight.toFixed(2).padStart(6)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function writePairs(out: string, result: LinkResult, leftIds: readonly string[], rightIds: readonly string[]): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  const { pairs } = result;
  // File order: by left row, then right row.
  const order = Array.from({ length: pairs.count }, (_, k) => k).sort((x, y) => pairs.left[x]! - pairs.left[y]! || pairs.right[x]! - pairs.right[y]!);
  const stream = fs.createWriteStream(tmp);
  try {
    const write = (s: string) => (stream.write(s) ? Promise.resolve() : new Promise<void>((resolve) => stream.once('drain', resolve)));
    await write(`${OUTPUT_HEADER}\n`);
    let chunk = '';
    for (const k of order) {
      chunk += `${csvCell(leftIds[pairs.left[k]!]!)},${csvCell(rightIds[pairs.right[k]!]!)},${Number(pairs.probability[k]!.toFixed(6))},${pairs.weight[k]!.toFixed(3)}\n`;
      if (chunk.length > 1 << 16) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => {
        resolve();
      });
    });
    fs.renameSync(tmp, out);
  } catch (e) {
    stream.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export async function link(
  files: readonly string[],
  opts: LinkCliOptions,
  io: LinkIo = { stderr: process.stderr, now: () => performance.now() },
): Promise<LinkResult> {
  const args = checkArgs(files, opts);
  for (const file of args.files) checkHeader(path.basename(file), await readHeader(file), args.id, args.fields);
  const started = io.now();
  const say = (s: string) => io.stderr.write(`${s}\n`);
  const fields = fieldSpecs(args.fields);
  say(`Comparing ${fields.map((f) => `${f.column} (${f.kind === 'name' && f.nicknames ? 'given name' : f.kind})`).join(', ')}`);
  const builder = new FeatureBuilder(fields);
  const ids: string[][] = [];
  for (const [i, file] of args.files.entries()) {
    if (i === 1) builder.startRightFile();
    const got = await readFile(file, args.id, fields, builder, (n) => say(`  reading ${path.basename(file)}: ${n0(n)} records`));
    say(`Read ${n0(got.length)} records from ${file}`);
    ids.push(got);
  }
  if (ids.some((x) => x.length === 0)) throw new ValidationError({ file: 'A file has a header but no records' });
  const features = builder.finish();
  const stageText: Record<LinkProgress['stage'], string> = {
    blocking: 'Blocking',
    sampling: 'Estimating u from random pairs',
    training: 'Comparing candidate pairs',
    estimating: 'Estimating m and lambda by EM',
    scoring: 'Scoring candidate pairs',
    done: 'Scored',
  };
  const result = linkFeatures(
    features,
    { fields },
    {
      threshold: args.threshold,
      onProgress: (p) => {
        if (p.stage === 'done') say(`Scored ${n0(p.done)} candidate pairs`);
        else say(p.done === 0 ? `${stageText[p.stage]} ...` : `  ${stageText[p.stage].toLowerCase()}: ${n0(p.done)} of about ${n0(p.total)}`);
      },
    },
  );
  const st = result.blockingStats;
  say(
    `Blocking: ${n0(st.candidatePairs)} candidate pairs of ${n0(st.totalPairs)} (${((st.candidatePairs / Math.max(1, st.totalPairs)) * 100).toPrecision(2)}%) from ${st.rules.length} rules`,
  );
  for (const r of st.rules)
    say(
      `  ${r.name}: ${n0(r.newPairs)} new pairs${r.skippedBlocks ? `, ${n0(r.skippedBlocks)} blocks too large to compare (${n0(r.skippedPairs)} pairs) skipped` : ''}`,
    );
  for (const d of st.dropped) say(`  ${d.name}: left out (${n0(d.pairs)} pairs would exceed the budget)`);
  io.stderr.write(formatParams(result.params));
  await writePairs(args.out, result, ids[0]!, ids[1] ?? ids[0]!);
  say(
    `Wrote ${n0(result.pairs.count)} pair${result.pairs.count === 1 ? '' : 's'} with match probability >= ${args.threshold} to ${args.out} in ${((io.now() - started) / 1000).toFixed(1)} s`,
  );
  return result;
}
