// CSV records over UTF-8 bytes for the retrospective review (issue 4 §4), found without decoding the text. The reader
// (services/review-run.ts) cuts the file into batches of whole records and passes them to worker threads, so it has to
// know where each record ends; once it knows that, the field boundaries cost little more, so they are indexed here and
// the workers only decode the five columns they read. Pure: bytes in, integers out.
//
// The grammar is RFC 4180, with the choices `lantern review` documents:
// - A record ends at a line break (CRLF, LF or CR) outside a quoted field; the file may start with a UTF-8 byte order
//   mark; an empty line is not a record. A line break counts as one line, inside a quoted field too, so that a bad
//   row is reported on the line it starts on.
// - A field is quoted only when it starts with `"`; inside it `""` is one quote. A quote anywhere else, or anything
//   but a comma or a line break after a closing quote, makes the row malformed; the row still ends at the next line
//   break (a stray quote does not swallow the rest of the file), and it is reported and skipped.
// - A quoted field that is never closed runs to the end of the file: that row is reported as never closed.
// - A row with more or fewer fields than the header is reported and skipped.

/** A size for a message: whole MB, or KB below 1 MB. */
export const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

export const CSV_REASONS = {
  notClosed: 'malformed CSV: a quoted field is never closed',
  badClosing: 'malformed CSV: unexpected character after a closing quote',
  badOpening: 'malformed CSV: a quote inside an unquoted field',
  columns: 'malformed CSV: wrong number of fields for the header',
  tooLarge: (maxBytes: number) => `malformed CSV: a row is larger than ${sizeText(maxBytes)}`,
} as const;

/** A record's status in an index; anything but OK is a bad row. */
export const RECORD_STATUS = { ok: 0, notClosed: 1, badClosing: 2, badOpening: 3, columns: 4, tooLarge: 5 } as const;
export type RecordStatus = (typeof RECORD_STATUS)[keyof typeof RECORD_STATUS];

export function recordReason(status: RecordStatus, maxBytes: number): string {
  switch (status) {
    case RECORD_STATUS.notClosed:
      return CSV_REASONS.notClosed;
    case RECORD_STATUS.badClosing:
      return CSV_REASONS.badClosing;
    case RECORD_STATUS.badOpening:
      return CSV_REASONS.badOpening;
    case RECORD_STATUS.columns:
      return CSV_REASONS.columns;
    case RECORD_STATUS.tooLarge:
      return CSV_REASONS.tooLarge(maxBytes);
    default:
      return 'malformed CSV';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Field flags in a scan. */
export const FIELD_QUOTED = 1;
export const FIELD_ESCAPED = 2; // holds `""`: decode, then replace each `""` with `"`

// CsvSkipper's states.
const AT_FIELD_START = 0;
const IN_UNQUOTED = 1;
const IN_QUOTED = 2;
const AFTER_QUOTE_IN_QUOTED = 3;
const AFTER_CR = 4;

/**
 * Scans one record at a time. After `scan` returns true: `nFields` fields with content [fieldStart, fieldEnd) (inside
 * the quotes for a quoted field) and FIELD_* flags, the record's `status`, `next` (the first byte after its line
 * break) and `breaks` (line breaks consumed, its own included). `scan` returns false when the bytes end before the
 * record does and more may follow.
 */
export class CsvScanner {
  fieldStart = new Int32Array(16);
  fieldEnd = new Int32Array(16);
  fieldFlags = new Uint8Array(16);
  nFields = 0;
  status: RecordStatus = RECORD_STATUS.ok;
  next = 0;
  breaks = 0;
  // Cursors to the next LF and CR at or after a position (-1: none up to the end), so that counting the line breaks
  // inside quoted fields reads each byte at most once per buffer.
  private buf: Uint8Array | null = null;
  private nextLf = -2;
  private nextCr = -2;

  private push(start: number, end: number, flags: number): void {
    const k = this.nFields++;
    if (k === this.fieldStart.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.fieldStart = grow(this.fieldStart, new Int32Array(k * 2));
      this.fieldEnd = grow(this.fieldEnd, new Int32Array(k * 2));
      this.fieldFlags = grow(this.fieldFlags, new Uint8Array(k * 2));
    }
    this.fieldStart[k] = start;
    this.fieldEnd[k] = end;
    this.fieldFlags[k] = flags;
  }

  private fail(status: RecordStatus): void {
    if (this.status === RECORD_STATUS.ok) this.status = status;
  }

  // Line breaks in buf[from, to): each LF, and each CR not followed by LF (a CR at `to - 1` followed by LF at `to`
  // is one break, counted with the LF by the caller's next span or the record's end).
  private breaksIn(buf: Uint8Array, from: number, to: number): number {
    if (this.buf !== buf) {
      this.buf = buf;
      this.nextLf = this.nextCr = -2;
    }
    let n = 0;
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = buf.indexOf(LF, from);
    while (this.nextLf !== -1 && this.nextLf < to) {
      n++;
      this.nextLf = buf.indexOf(LF, this.nextLf + 1);
    }
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = buf.indexOf(CR, from);
    while (this.nextCr !== -1 && this.nextCr < to) {
      if (buf[this.nextCr + 1] !== LF) n++;
      this.nextCr = buf.indexOf(CR, this.nextCr + 1);
    }
    return n;
  }

  /** Scans the record that starts at `p` in buf (which ends at buf.length); `eof`: no bytes follow buf. */
  scan(buf: Uint8Array, p: number, eof: boolean): boolean {
    const end = buf.length;
    this.nFields = 0;
    this.status = RECORD_STATUS.ok;
    this.breaks = 0;
    let i = p;
    for (;;) {
      // At the start of a field.
      if (i < end && buf[i] === QUOTE) {
        const contentStart = i + 1;
        let flags = FIELD_QUOTED;
        let j = contentStart;
        let q: number;
        for (;;) {
          q = buf.indexOf(QUOTE, j);
          if (q === -1) {
            if (!eof) {
              return false;
            }
            // Never closed: the rest of the file is this field.
            this.breaks += this.breaksIn(buf, contentStart, end);
            this.push(contentStart, end, flags);
            this.fail(RECORD_STATUS.notClosed);
            this.next = end;
            return true;
          }
          if (q + 1 === end && !eof) {
            return false;
          }
          if (buf[q + 1] === QUOTE) {
            flags |= FIELD_ESCAPED;
            j = q + 2;
            continue;
          }
          break;
        }
        this.breaks += this.breaksIn(buf, contentStart, q);
        this.push(contentStart, q, flags);
        i = q + 1;
        if (i < end && buf[i] !== COMMA && buf[i] !== LF && buf[i] !== CR) {
          this.fail(RECORD_STATUS.badClosing);
          // The rest of the field is read as unquoted text, quotes included, up to the next comma or line break.
          while (i < end && buf[i] !== COMMA && buf[i] !== LF && buf[i] !== CR) i++;
          if (i === end && !eof) {
            return false;
          }
        }
      } else {
        const start = i;
        let c = 0;
        while (i < end) {
          c = buf[i]!;
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) this.fail(RECORD_STATUS.badOpening);
          i++;
        }
        if (i === end && !eof) {
          return false;
        }
        this.push(start, i, 0);
      }
      // After a field: a comma, a line break or the end of the file.
      if (i >= end) {
        this.next = end;
        return true;
      }
      const c = buf[i]!;
      if (c === COMMA) {
        i++;
        if (i === end && !eof) {
          return false;
        }
        continue;
      }
      if (c === CR) {
        if (i + 1 === end && !eof) {
          return false;
        }
        i += buf[i + 1] === LF ? 2 : 1;
      } else i++;
      this.breaks++;
      this.next = i;
      return true;
    }
  }
}

/**
 * Follows a record too large to keep, fed a chunk at a time from the record's first byte, with the same rules as
 * CsvScanner: `feed` returns the offset in the chunk just after the record's line break, or -1 when the chunk ends
 * first. `breaks` counts the line breaks consumed, the record's own included.
 */
export class CsvSkipper {
  breaks = 0;
  private state = AT_FIELD_START;
  private crAtEnd = false; // the last chunk ended with a CR inside a quoted field

  feed(buf: Uint8Array): number {
    let st = this.state;
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (buf.length > 0 && buf[0] !== LF) this.breaks++;
    }
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i]!;
      switch (st) {
        case AFTER_CR:
          this.breaks++;
          return c === LF ? i + 1 : i;
        case IN_QUOTED:
          if (c === QUOTE) st = AFTER_QUOTE_IN_QUOTED;
          else if (c === LF) this.breaks++;
          else if (c === CR) {
            if (i + 1 === buf.length) this.crAtEnd = true;
            else if (buf[i + 1] !== LF) this.breaks++;
          }
          break;
        case AFTER_QUOTE_IN_QUOTED:
          if (c === QUOTE) st = IN_QUOTED;
          else if (c === COMMA) st = AT_FIELD_START;
          else if (c === CR) st = AFTER_CR;
          else if (c === LF) {
            this.breaks++;
            return i + 1;
          } else st = IN_UNQUOTED;
          break;
        default: // AT_FIELD_START, IN_UNQUOTED
          if (c === CR) st = AFTER_CR;
          else if (c === LF) {
            this.breaks++;
            return i + 1;
          } else if (c === COMMA) st = AT_FIELD_START;
          else if (c === QUOTE && st === AT_FIELD_START) st = IN_QUOTED;
          else st = IN_UNQUOTED;
      }
    }
    this.state = st;
    return -1;
  }

  /** The file ended inside the record. */
  end(): void {
    if (this.crAtEnd || this.state === AFTER_CR) this.breaks++;
    this.crAtEnd = false;
  }
}

/** Where each record of a batch starts and what the review reads from it: see CsvIndexer. */
export type CsvBatchIndex = { records: number; data: Int32Array };

/** Ints per record in a CsvBatchIndex: line, status, escaped-field mask, then (start, end) for each column slot. */
export const indexStride = (slots: number): number => 3 + 2 * slots;

/**
 * Indexes whole records for a batch: for each, the line it starts on, its status, and the byte range of each wanted
 * column (by slot; -1 when the header has no such column). `columnSlots[k]` is the slot of the header's column k, or
 * -1 for a column the review does not read.
 */
export class CsvIndexer {
  private readonly scanner = new CsvScanner();
  private data: Int32Array;
  private n = 0;
  readonly stride: number;
  constructor(
    private readonly columnSlots: readonly number[],
    readonly slots: number,
  ) {
    this.stride = indexStride(slots);
    this.data = new Int32Array(this.stride * 1024);
  }

  /**
   * Indexes the records of buf from `p` (which is at line `line`) until the bytes end. Returns where the first
   * incomplete record starts (buf.length when every record was complete) and its line.
   */
  index(buf: Uint8Array, p: number, line: number, eof: boolean): { next: number; line: number } {
    const sc = this.scanner;
    const stride = this.stride;
    const cols = this.columnSlots;
    while (p < buf.length) {
      if (!sc.scan(buf, p, eof)) return { next: p, line };
      // An empty line is not a record.
      if (!(sc.nFields === 1 && sc.fieldFlags[0] === 0 && sc.fieldEnd[0] === sc.fieldStart[0])) {
        if (this.data.length < (this.n + 1) * stride) {
          const grown = new Int32Array(this.data.length * 2);
          grown.set(this.data);
          this.data = grown;
        }
        const at = this.n++ * stride;
        const d = this.data;
        let status: number = sc.status;
        if (status === RECORD_STATUS.ok && sc.nFields !== cols.length) status = RECORD_STATUS.columns;
        d[at] = line;
        d[at + 1] = status;
        let escaped = 0;
        for (let s = 0; s < this.slots; s++) {
          d[at + 3 + 2 * s] = -1;
          d[at + 4 + 2 * s] = -1;
        }
        if (status === RECORD_STATUS.ok) {
          for (let k = 0; k < sc.nFields; k++) {
            const s = cols[k]!;
            if (s < 0) continue;
            d[at + 3 + 2 * s] = sc.fieldStart[k]!;
            d[at + 4 + 2 * s] = sc.fieldEnd[k]!;
            if (sc.fieldFlags[k]! & FIELD_ESCAPED) escaped |= 1 << s;
          }
        }
        d[at + 2] = escaped;
      }
      line += sc.breaks;
      p = sc.next;
    }
    return { next: p, line };
  }

  /** A record found outside the scanner (a row too large to keep). */
  addBad(line: number, status: RecordStatus): void {
    if (this.data.length < (this.n + 1) * this.stride) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.n++ * this.stride;
    this.data.fill(-1, at, at + this.stride);
    this.data[at] = line;
    this.data[at + 1] = status;
    this.data[at + 2] = 0;
  }

  get records(): number {
    return this.n;
  }

  /** The index so far, and a fresh one for the next batch. */
  take(): CsvBatchIndex {
    const out = { records: this.n, data: this.data.slice(0, this.n * this.stride) };
    this.n = 0;
    return out;
  }

  /** The fields of one record as a scan found them (the header row). */
  scanFields(buf: Uint8Array, p: number, eof: boolean): CsvScanner | null {
    return this.scanner.scan(buf, p, eof) ? this.scanner : null;
  }
}
