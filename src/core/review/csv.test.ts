import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_REASONS, CsvIndexer, CsvScanner, CsvSkipper, FIELD_ESCAPED, indexStride, RECORD_STATUS, recordReason } from './csv.ts';

// The review's CSV reader below the threads: records, fields, line numbers and bad rows, and the same answer however
// the bytes are cut into chunks.

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

type Rec = { line: number; status: number; fields: string[] };

/** Every record of `text` (the first is not treated as a header), fed in chunks cut at `cuts`. */
function records(text: string, columns: number, cuts: number[] = []): Rec[] {
  const bytes = enc(text);
  const ix = new CsvIndexer(
    Array.from({ length: columns }, (_, k) => k),
    columns,
  );
  const out: Rec[] = [];
  const stride = indexStride(columns);
  let carry = new Uint8Array(0);
  let line = 1;
  const bounds = [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  let from = 0;
  const take = (buf: Uint8Array) => {
    const { records: n, data } = ix.take();
    for (let r = 0; r < n; r++) {
      const at = r * stride;
      const fields: string[] = [];
      for (let s = 0; s < columns; s++) {
        const a = data[at + 3 + 2 * s]!;
        if (a < 0) continue;
        const v = dec(buf.subarray(a, data[at + 4 + 2 * s]));
        fields.push(data[at + 2]! & (1 << s) ? v.replaceAll('""', '"') : v);
      }
      out.push({ line: data[at]!, status: data[at + 1]!, fields });
    }
  };
  for (const to of [...bounds, -1]) {
    const eof = to === -1;
    const chunk = eof ? new Uint8Array(0) : bytes.subarray(from, to);
    const buf = new Uint8Array(carry.length + chunk.length);
    buf.set(carry);
    buf.set(chunk, carry.length);
    const r = ix.index(buf, 0, line, eof);
    line = r.line;
    take(buf);
    carry = buf.slice(r.next);
    if (!eof) from = to;
  }
  return out;
}

const ok = (line: number, ...fields: string[]): Rec => ({ line, status: RECORD_STATUS.ok, fields });
const bad = (line: number, status: number): Rec => ({ line, status, fields: [] });

describe('CSV records', () => {
  it.each([
    ['plain rows, LF', 'a,b\nc,d\n', [ok(1, 'a', 'b'), ok(2, 'c', 'd')]],
    ['CRLF and CR line ends, and no line end at the end', 'a,b\r\nc,d\re,f', [ok(1, 'a', 'b'), ok(2, 'c', 'd'), ok(3, 'e', 'f')]],
    ['quoted fields with commas, doubled quotes and line breaks', '"a,1","say ""hi"""\n"x\ny",z\n', [ok(1, 'a,1', 'say "hi"'), ok(2, 'x\ny', 'z')]],
    ['a CRLF inside a quoted field is one line', '"x\r\ny",z\nq,r\n', [ok(1, 'x\r\ny', 'z'), ok(3, 'q', 'r')]],
    ['empty lines are not records, but count as lines', '\na,b\n\n\r\nc,d\n', [ok(2, 'a', 'b'), ok(5, 'c', 'd')]],
    ['empty fields', ',\n"",""\n', [ok(1, '', ''), ok(2, '', '')]],
    ['a line of spaces is a record (with the wrong number of fields)', 'a,b\n  \nc,d\n', [ok(1, 'a', 'b'), bad(2, RECORD_STATUS.columns), ok(3, 'c', 'd')]],
    ['too few and too many fields', 'a\na,b,c\nc,d\n', [bad(1, RECORD_STATUS.columns), bad(2, RECORD_STATUS.columns), ok(3, 'c', 'd')]],
    ['a quote inside an unquoted field: that row only', 'a"b,c\nd,"e"\n', [bad(1, RECORD_STATUS.badOpening), ok(2, 'd', 'e')]],
    [
      'text after a closing quote: that row only',
      '"a"b,c\n"a" ,c\nd,e\n',
      [bad(1, RECORD_STATUS.badClosing), bad(2, RECORD_STATUS.badClosing), ok(3, 'd', 'e')],
    ],
    ['a quote never closed runs to the end of the file', 'a,b\nc,"d\ne,f\n', [ok(1, 'a', 'b'), bad(2, RECORD_STATUS.notClosed)]],
  ])('%s', (_what, text, expected) => {
    expect(records(text, 2)).toEqual(expected);
  });

  it('finds the same records however the bytes are cut into chunks', () => {
    const text = 'h1,h2\r\n"a,""1""\r\nx",b\n\n"é😀",c\rd,"e"\r\n"never"x,y\nlast,"one"';
    const whole = records(text, 2);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 5, 6, 7, 8]);
    const n = enc(text).length;
    for (let a = 1; a < n; a++) {
      expect(records(text, 2, [a])).toEqual(whole);
      expect(records(text, 2, [a, a + 1, a + 3])).toEqual(whole);
    }
  });

  it('reads what csv-parse reads from well-formed CSV, with line numbers', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', '"', '""', ',', '\n', '\r\n', 'a"b', 'é', '😀', ' x '),
      fc.array(fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é'), { maxLength: 12 }).map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(400), { maxLength: 3 }),
        (rows, eol, cuts) => {
          // Quote every field that needs it (and some that do not), as an export would.
          const q = (c: string, i: number) => (/[",\r\n]/.test(c) || c === '' || i % 2 === 1 ? `"${c.replace(/"/g, '""')}"` : c);
          const text = rows.map((r) => r.map(q).join(',')).join(eol) + eol;
          const ours = records(text, 3, cuts);
          const theirs = (parse(text, { relax_column_count: true, info: true, record_delimiter: eol }) as unknown as { record: string[] }[]).map(
            (x) => x.record,
          );
          expect(ours.map((r) => r.fields)).toEqual(theirs);
          expect(ours.every((r) => r.status === RECORD_STATUS.ok)).toBe(true);
          // Each row starts on the line after the line breaks of the rows before it.
          let line = 1;
          rows.forEach((r, k) => {
            expect(ours[k]!.line).toBe(line);
            line += 1 + r.reduce((n, c) => n + (c.match(/\r\n|\n/g)?.length ?? 0), 0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('CsvScanner', () => {
  it('marks quoted fields and fields with doubled quotes', () => {
    const sc = new CsvScanner();
    expect(sc.scan(enc('"a""b",c,"d"\n'), 0, false)).toBe(true);
    expect(sc.nFields).toBe(3);
    expect([...sc.fieldFlags.subarray(0, 3)].map((f) => f & FIELD_ESCAPED)).toEqual([FIELD_ESCAPED, 0, 0]);
    expect(sc.next).toBe(13);
  });

  it('waits for more bytes when a record or a CRLF may go on', () => {
    const sc = new CsvScanner();
    expect(sc.scan(enc('a,"b'), 0, false)).toBe(false);
    expect(sc.scan(enc('a,"b"'), 0, false)).toBe(false); // the next byte might be another quote
    expect(sc.scan(enc('a,b\r'), 0, false)).toBe(false); // the next byte might be LF
    expect(sc.scan(enc('a,b\r'), 0, true)).toBe(true);
  });
});

describe('CsvSkipper (a row too large to keep)', () => {
  it.each([
    ['a,b,c\nnext', 6, 1],
    ['"a\nb","c\r\nd"\r\nnext', 14, 3],
    ['"a""\n",b\rnext', 9, 2],
    ['a"b\nnext', 4, 1],
  ])('ends %j where the scanner does, with its line breaks', (text, end, breaks) => {
    const bytes = enc(text);
    const sc = new CsvScanner();
    expect(sc.scan(bytes, 0, false)).toBe(true);
    expect([sc.next, sc.breaks]).toEqual([end, breaks]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const sk = new CsvSkipper();
      let k = sk.feed(bytes.subarray(0, cut));
      if (k < 0) k = cut + sk.feed(bytes.subarray(cut));
      expect([k, sk.breaks]).toEqual([end, breaks]);
    }
  });
});

it('words every bad-row status without quoting the row', () => {
  expect(recordReason(RECORD_STATUS.notClosed, 8 << 20)).toBe(CSV_REASONS.notClosed);
  expect(recordReason(RECORD_STATUS.tooLarge, 8 << 20)).toBe('malformed CSV: a row is larger than 8 MB');
  expect(recordReason(RECORD_STATUS.tooLarge, 2048)).toBe('malformed CSV: a row is larger than 2 KB');
});
