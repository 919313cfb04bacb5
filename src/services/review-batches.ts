import fs from 'node:fs';
import { ValidationError } from '../core/errors.ts';
import { CsvIndexer, CsvSkipper, FIELD_ESCAPED, RECORD_STATUS, recordReason, sizeText } from '../core/review/csv.ts';
import type { BadRow } from '../core/review/summary.ts';

// Reading a review's input file (services/review-run.ts): the file's bytes a chunk at a time, cut into batches of whole
// rows for the workers (services/review-workers.ts). For CSV each row's fields are also indexed (core/review/csv.ts,
// about 1 GB/s); for JSON Lines the line ends are found.

const REQUIRED_COLUMNS = ['person_ref', 'date', 'text'] as const;
// The columns the review reads, in slot order (csv.ts CsvIndexer slots).
export const SLOT_COLUMNS = ['person_ref', 'date', 'agency', 'author_role', 'text'] as const;
const KNOWN_COLUMNS = new Set<string>(SLOT_COLUMNS);
export const READ_CHUNK = 1024 * 1024;
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
// Batches: what the reading thread hands to the workers.

export type CsvBatch = { type: 'csv'; buf: Uint8Array; index: Int32Array; records: number; stride: number };
export type JsonlBatch = { type: 'jsonl'; buf: Uint8Array; line: number; bad: BadRow | null };
export type Batch = CsvBatch | JsonlBatch;

// ---------------------------------------------------------------------------------------------------------------------
// Reading: batches of whole rows.

export type Reading = { bytes: number };

/** The file's bytes, a chunk at a time; a chunk is valid until the next is asked for. */
export async function readChunks(file: string, reading: Reading, size = READ_CHUNK): Promise<AsyncGenerator<Buffer>> {
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
export function join(a: Uint8Array, b: Uint8Array): Buffer {
  const out = Buffer.allocUnsafeSlow(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export async function* csvBatches(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<CsvBatch> {
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

export async function* jsonlBatches(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<JsonlBatch> {
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
