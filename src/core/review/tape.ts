import type { DatedNote } from './person.ts';
import type { LanguageHit, NoteFacts, NotScoredReason } from './note.ts';

// Compact storage of note facts: one growable Int32Array per person, with codes, phrases and referral ids interned
// as small integers. A review of 1,000,000 notes keeps tens of bytes per note instead of hundreds of bytes of objects
// (issue 4 "Measured": peak memory under 1 GiB).
//
// Layout per note: day, seq, nScored, (code << 1 | historical)*, nShown, (code << 2 | reason)*, nLanguage,
// (hit << 1 | quoted)*, nReferrals, referral*, source (the note's agency and author role, for missed opportunities).
//
// The worker threads that analyse notes write the same layout with the note's person first and no seq (FactWriter), with
// ids of their own (people too); the batch carries the strings those ids stand for, and the main thread translates them
// (FactTables.translator) as it copies each note onto its person's tape. Ids never reach a report: the same notes give
// the same report whichever thread analysed them. A person crosses threads as a small integer, not as a string per note
// that the main thread would then look up.

// Two bits on the tape: four reasons at most.
export const REASONS: readonly NotScoredReason[] = ['negated', 'hypothetical', 'other', 'possible'];
const REASON_INDEX = Object.fromEntries(REASONS.map((r, i) => [r, i])) as Record<NotScoredReason, number>;

export type HitValue = Omit<LanguageHit, 'quoted'>;
/** Who wrote a note: its agency and author role as the file gives them (either may be empty). */
export type NoteSource = { agency: string; authorRole: string };

class Table<T> {
  private readonly index = new Map<string, number>();
  readonly values: T[] = [];
  /** The id of `key`; the first time, its value is `make(key)` (one function for the table, not a closure per call). */
  id(key: string, make: (key: string) => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(key, i);
      this.values.push(make(key));
    }
    return i;
  }
}

const same = (s: string) => s;
// A kept person_ref may be a slice of a batch's text (services/review-workers.ts): a copy of its own does not pin it.
const ownCopy = (s: string) => s.split('').join('');

/**
 * Language hits by entry, then phrase, without building a key string per hit (the writer's hot path). An entry has one
 * category, and a person's review lists wording by entry and phrase (person.ts).
 */
class HitTable {
  private readonly byEntry = new Map<string, Map<string, number>>();
  readonly values: HitValue[] = [];
  id(h: HitValue): number {
    let phrases = this.byEntry.get(h.entryId);
    if (phrases === undefined) this.byEntry.set(h.entryId, (phrases = new Map<string, number>()));
    let i = phrases.get(h.phrase);
    if (i === undefined) {
      phrases.set(h.phrase, (i = this.values.length));
      this.values.push({ entryId: h.entryId, category: h.category, phrase: h.phrase });
    }
    return i;
  }
}

/** Sources by agency, then author role, without building a key string per note (as HitTable). */
class SourceTable {
  private readonly byAgency = new Map<string, Map<string, number>>();
  readonly values: NoteSource[] = [];
  id(agency: string, authorRole: string): number {
    let roles = this.byAgency.get(agency);
    if (roles === undefined) this.byAgency.set(agency, (roles = new Map<string, number>()));
    let i = roles.get(authorRole);
    if (i === undefined) {
      roles.set(authorRole, (i = this.values.length));
      // Own copies: the strings may be slices of a batch's text (ownCopy).
      this.values.push({ agency: ownCopy(agency), authorRole: ownCopy(authorRole) });
    }
    return i;
  }
}

/** The strings a batch's local ids stand for, in id order. */
export type TableEntries = { codes: string[]; hits: HitValue[]; referrals: string[]; sources: NoteSource[] };

/** The interning tables shared by every person's tape, and the people (person_ref) in order of first note. */
export class FactTables {
  readonly codes = new Table<string>();
  readonly hits = new HitTable();
  readonly referrals = new Table<string>();
  readonly sources = new SourceTable();
  readonly people = new Table<string>();

  /** The tables as plain arrays (sent to the threads that review people). */
  entries(): TableEntries {
    return { codes: [...this.codes.values], hits: [...this.hits.values], referrals: [...this.referrals.values], sources: [...this.sources.values] };
  }

  /** Maps one writer's ids to these tables' ids, growing as the writer's batches bring new entries. */
  translator(): Translator {
    return new Translator(this);
  }
}

export class Translator {
  readonly codes: number[] = [];
  readonly hits: number[] = [];
  readonly referrals: number[] = [];
  readonly sources: number[] = [];
  readonly people: number[] = [];
  constructor(private readonly t: FactTables) {}
  learn(e: TableEntries, people: readonly string[]): void {
    for (const c of e.codes) this.codes.push(this.t.codes.id(c, same));
    for (const h of e.hits) this.hits.push(this.t.hits.id(h));
    for (const r of e.referrals) this.referrals.push(this.t.referrals.id(r, same));
    for (const x of e.sources) this.sources.push(this.t.sources.id(x.agency, x.authorRole));
    for (const p of people) this.people.push(this.t.people.id(p, same));
  }
}

class IntBuffer {
  buf: Int32Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Int32Array(capacity);
  }
  /** Room for `k` more ints, so that a caller can write them at buf[len ...] directly. */
  reserve(k: number): void {
    if (this.len + k <= this.buf.length) return;
    const next = new Int32Array(Math.max(this.buf.length * 2, this.len + k));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/**
 * Facts of a batch of notes, with ids of this writer's own; `take` hands them over with the entries and the people new
 * since the last take.
 */
export class FactWriter {
  private readonly codes = new Table<string>();
  private readonly hits = new HitTable();
  private readonly referrals = new Table<string>();
  private readonly sources = new SourceTable();
  private readonly people = new Table<string>();
  private sent = { codes: 0, hits: 0, referrals: 0, sources: 0, people: 0 };
  private readonly out = new IntBuffer(1024);
  notes = 0;

  add(personRef: string, day: number, f: NoteFacts, agency = '', authorRole = ''): void {
    const { scored, shown, language, referrals } = f;
    // Room for the whole note at once (the layout above, with the person first and no seq), then written directly.
    const b = this.out;
    b.reserve(7 + scored.length + shown.length + language.length + referrals.length);
    const o = b.buf;
    let w = b.len;
    this.notes++;
    o[w++] = this.people.id(personRef, ownCopy);
    o[w++] = day;
    o[w++] = scored.length;
    for (const s of scored) o[w++] = (this.codes.id(s.code, same) << 1) | (s.historical ? 1 : 0);
    o[w++] = shown.length;
    for (const s of shown) o[w++] = (this.codes.id(s.code, same) << 2) | REASON_INDEX[s.reason];
    o[w++] = language.length;
    for (const h of language) o[w++] = (this.hits.id(h) << 1) | (h.quoted ? 1 : 0);
    o[w++] = referrals.length;
    for (const r of referrals) o[w++] = this.referrals.id(r, same);
    o[w++] = this.sources.id(agency, authorRole);
    b.len = w;
  }

  take(): { notes: number; data: Int32Array; entries: TableEntries; people: string[] } {
    const entries = {
      codes: this.codes.values.slice(this.sent.codes),
      hits: this.hits.values.slice(this.sent.hits),
      referrals: this.referrals.values.slice(this.sent.referrals),
      sources: this.sources.values.slice(this.sent.sources),
    };
    const people = this.people.values.slice(this.sent.people);
    this.sent = {
      codes: this.codes.values.length,
      hits: this.hits.values.length,
      referrals: this.referrals.values.length,
      sources: this.sources.values.length,
      people: this.people.values.length,
    };
    const data = this.out.buf.slice(0, this.out.len);
    const notes = this.notes;
    this.out.len = 0;
    this.notes = 0;
    return { notes, data, entries, people };
  }
}

export class FactTape {
  private readonly b = new IntBuffer(32);
  notes = 0;

  /**
   * Copies one note written by a FactWriter (its facts at `src[at]`, after the person) onto this tape as note `seq`,
   * with its ids translated. Returns where the next note starts in `src`.
   */
  append(src: Int32Array, at: number, seq: number, tr: Translator): number {
    // The note's length from its four counts, so that the tape grows at most once per note and is written directly.
    const nScored = src[at + 1]!;
    const nShown = src[at + 2 + nScored]!;
    const nLanguage = src[at + 3 + nScored + nShown]!;
    const nReferrals = src[at + 4 + nScored + nShown + nLanguage]!;
    const b = this.b;
    b.reserve(7 + nScored + nShown + nLanguage + nReferrals);
    const o = b.buf;
    let w = b.len;
    this.notes++;
    o[w++] = src[at++]!;
    o[w++] = seq;
    o[w++] = src[at++]!;
    for (let n = nScored; n > 0; n--) {
      const v = src[at++]!;
      o[w++] = (tr.codes[v >> 1]! << 1) | (v & 1);
    }
    o[w++] = src[at++]!;
    for (let n = nShown; n > 0; n--) {
      const v = src[at++]!;
      o[w++] = (tr.codes[v >> 2]! << 2) | (v & 3);
    }
    o[w++] = src[at++]!;
    for (let n = nLanguage; n > 0; n--) {
      const v = src[at++]!;
      o[w++] = (tr.hits[v >> 1]! << 1) | (v & 1);
    }
    o[w++] = src[at++]!;
    for (let n = nReferrals; n > 0; n--) o[w++] = tr.referrals[src[at++]!]!;
    o[w++] = tr.sources[src[at++]!]!;
    b.len = w;
    return at;
  }

  /** The tape's ints (a view: valid until the next add). */
  get data(): Int32Array {
    return this.b.buf.subarray(0, this.b.len);
  }
}

/**
 * Notes written as one tape (the FactTape layout, in the order given) with tables of their own: a person's review reads
 * tapes (person.ts reviewTape), so notes held as objects are reviewed the same way.
 */
export function writeTape(notes: readonly DatedNote[]): { data: Int32Array; tables: TableEntries } {
  const codes = new Table<string>();
  const hits = new HitTable();
  const referrals = new Table<string>();
  const sources = new SourceTable();
  const b = new IntBuffer(64);
  for (const { day, seq, facts, agency, authorRole } of notes) {
    const { scored, shown, language, referrals: refs } = facts;
    b.reserve(7 + scored.length + shown.length + language.length + refs.length);
    const o = b.buf;
    let w = b.len;
    o[w++] = day;
    o[w++] = seq;
    o[w++] = scored.length;
    for (const s of scored) o[w++] = (codes.id(s.code, same) << 1) | (s.historical ? 1 : 0);
    o[w++] = shown.length;
    for (const s of shown) o[w++] = (codes.id(s.code, same) << 2) | REASON_INDEX[s.reason];
    o[w++] = language.length;
    for (const h of language) o[w++] = (hits.id(h) << 1) | (h.quoted ? 1 : 0);
    o[w++] = refs.length;
    for (const r of refs) o[w++] = referrals.id(r, same);
    o[w++] = sources.id(agency ?? '', authorRole ?? '');
    b.len = w;
  }
  return { data: b.buf.subarray(0, b.len), tables: { codes: codes.values, hits: hits.values, referrals: referrals.values, sources: sources.values } };
}
