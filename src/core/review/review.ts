import { LANGUAGE_CATEGORY_KEYS, type LanguageCategory } from '../language/types.ts';
import { atLeast } from '../screening/levels.ts';
import { analyseNote, Interner, type NoteFacts, type SuggestSigns } from './note.ts';
import { type PersonReview, reviewTape } from './person.ts';
import { isReferralMade } from './referrals.ts';
import { dayNumber, isoOfDay, type NoteRow } from './row.ts';
import { FactTables, FactTape, FactWriter, type TableEntries, type Translator } from './tape.ts';

// A retrospective review over many notes (issue 4 §4). Notes arrive in any order: each is reduced to compact facts at
// once (analyseNote) and kept per person in a compact tape (tape.ts); at the end each person's notes are sorted by date
// and reviewed (person.ts). Pure: the caller does the reading, the clock and the writing.
//
// The work splits into pieces that can run on worker threads (services/review-run.ts) and give the same result
// whichever thread runs them and in whatever order they finish:
// - analysing a batch of rows (NoteBatch: FactWriter output, plus the batch's sums for the totals);
// - copying the batches onto the people's tapes, in input order (the only step that must be in order: a note's
//   sequence number is its place in the input, and it orders notes of the same day);
// - reviewing people, a slice of the person_ref order at a time (PeopleJob), each person on its own.

export type LanguageTotals = Record<LanguageCategory, { count: number; quoted: number }>;

export type ReviewTotals = {
  notes: number;
  people: number;
  firstDate: string | null;
  lastDate: string | null;
  peopleReachingMedium: number;
  peopleReachingHigh: number;
  missedOpportunities: number;
  peopleWithMissedOpportunities: number;
  referralsRecorded: number; // notes recording a referral made (not one declined: referrals.ts)
  languageByCategory: LanguageTotals;
};

export type ReviewResult = { totals: ReviewTotals; people: PersonReview[] };

export const emptyLanguageTotals = (): LanguageTotals => Object.fromEntries(LANGUAGE_CATEGORY_KEYS.map((k) => [k, { count: 0, quoted: 0 }])) as LanguageTotals;

/** The notes of one batch, analysed: each note's person and facts in `data` (FactWriter layout). */
export type NoteBatch = {
  notes: number;
  data: Int32Array;
  entries: TableEntries; // the strings for the writer's ids first used in this batch
  people: string[]; // likewise, the person_refs
  minDay: number;
  maxDay: number;
  referralNotes: number;
  language: LanguageTotals;
};

/** Analyses notes into NoteBatches: one per thread (its FactWriter's ids are its own). */
export class NoteAnalyser {
  /** `suggest`: add the indicator classifier's possible signs to each note's facts (note.ts analyseNote). */
  constructor(private readonly suggest?: SuggestSigns) {}
  private readonly interner = new Interner();
  private readonly writer = new FactWriter();
  private minDay = Infinity;
  private maxDay = -Infinity;
  private referralNotes = 0;
  private language = emptyLanguageTotals();

  /** Analyses one valid row. */
  add(row: NoteRow): void {
    this.addFacts(row.personRef, row.date, analyseNote(row.text, this.interner, Number(row.date.slice(0, 4)), this.suggest), row.agency, row.authorRole);
  }

  addFacts(personRef: string, date: string, facts: NoteFacts, agency = '', authorRole = ''): void {
    const day = dayNumber(date);
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    for (const h of facts.language) {
      const c = this.language[h.category];
      if (h.quoted) c.quoted++;
      else c.count++;
    }
    if (facts.referrals.some(isReferralMade)) this.referralNotes++;
    this.writer.add(personRef, day, facts, agency, authorRole);
  }

  /** The notes added since the last take. */
  take(): NoteBatch {
    const { notes, data, entries, people } = this.writer.take();
    const out: NoteBatch = {
      notes,
      data,
      entries,
      people,
      minDay: this.minDay,
      maxDay: this.maxDay,
      referralNotes: this.referralNotes,
      language: this.language,
    };
    this.minDay = Infinity;
    this.maxDay = -Infinity;
    this.referralNotes = 0;
    this.language = emptyLanguageTotals();
    return out;
  }
}

/** People to review, a slice of the person_ref order: person k's notes are data[ends[k - 1] ?? 0, ends[k]). */
export type PeopleJob = { refs: string[]; data: Int32Array; ends: Int32Array };
export type PeopleOptions = { lastDayInData: number; age?: number };

/** Reviews the people of a job, in order, handing each review to `each`. */
export function reviewPeople(job: PeopleJob, tables: TableEntries, opts: PeopleOptions, each: (p: PersonReview) => void): void {
  let from = 0;
  for (let k = 0; k < job.refs.length; k++) {
    const to = job.ends[k]!;
    each(reviewTape(job.refs[k]!, job.data, from, to, tables, opts));
    from = to;
  }
}

/** Counts over reviewed people, for the totals; sums of counts from any split of the people give the same totals. */
export type PeopleCounts = { people: number; medium: number; high: number; missed: number; withMissed: number };
export const noPeopleCounts = (): PeopleCounts => ({ people: 0, medium: 0, high: 0, missed: 0, withMissed: 0 });
export function countPerson(c: PeopleCounts, p: PersonReview): void {
  c.people++;
  if (atLeast(p.highestLevel, 'medium')) c.medium++;
  if (p.highestLevel === 'high') c.high++;
  c.missed += p.missedOpportunities.length;
  if (p.missedOpportunities.length > 0) c.withMissed++;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type Review = {
  /** Analyses one valid note and keeps its facts. */
  addNote(row: NoteRow): void;
  /** Keeps already-analysed facts (tests, or a caller with its own analyser). */
  addFacts(personRef: string, date: string, facts: NoteFacts, agency?: string, authorRole?: string): void;
  /** A translator for the ids of one NoteAnalyser (one per thread). */
  translator(): Translator;
  /** Keeps a batch analysed by a NoteAnalyser whose ids `tr` translates. Batches must come in input order. */
  addBatch(batch: NoteBatch, tr: Translator): void;
  readonly notes: number;
  /** Reviews every person, in person_ref order (UTF-16 code unit order, so the same on every machine). */
  finish(): ReviewResult;
  /**
   * The same review in pieces, for threads: the people in person_ref order, cut into jobs of about `notesPerJob`
   * notes (each person whole), made as they are asked for; a person's tape is freed once it is in a job. Then
   * `totals(counts)` with the summed PeopleCounts of every job.
   */
  jobs(notesPerJob: number): { tables: TableEntries; options: PeopleOptions; people: number; jobs: Iterable<PeopleJob> };
  totals(counts: PeopleCounts): ReviewTotals;
};

export function createReview(opts: { age?: number } = {}): Review {
  // Each person's tape by their index in tables.people (null once handed to a job).
  const tapes: (FactTape | null)[] = [];
  const tables = new FactTables();
  const own = new NoteAnalyser(); // addNote and addFacts go through a NoteAnalyser too, one note at a time
  const ownTr = tables.translator();
  const languageByCategory = emptyLanguageTotals();
  let seq = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let referralNotes = 0;

  const addBatch = (b: NoteBatch, tr: Translator) => {
    tr.learn(b.entries, b.people);
    if (b.minDay < minDay) minDay = b.minDay;
    if (b.maxDay > maxDay) maxDay = b.maxDay;
    referralNotes += b.referralNotes;
    for (const k of LANGUAGE_CATEGORY_KEYS) {
      languageByCategory[k].count += b.language[k].count;
      languageByCategory[k].quoted += b.language[k].quoted;
    }
    const data = b.data;
    const persons = tr.people;
    let at = 0;
    for (let k = 0; k < b.notes; k++) {
      const p = persons[data[at]!]!;
      let tape = tapes[p];
      if (!tape) tapes[p] = tape = new FactTape();
      at = tape.append(data, at + 1, seq++, tr);
    }
  };

  // The people's indices in person_ref order.
  const sortedPeople = (): number[] => {
    const refs = tables.people.values;
    return refs.map((_, p) => p).sort((a, b) => byCodeUnits(refs[a]!, refs[b]!));
  };
  // A person's tape, no longer kept here: the facts are needed once.
  const takeTape = (p: number): FactTape => {
    const tape = tapes[p]!;
    tapes[p] = null;
    return tape;
  };
  const options = (): PeopleOptions => ({ lastDayInData: maxDay, age: opts.age });

  const totals = (c: PeopleCounts): ReviewTotals => ({
    notes: seq,
    people: c.people,
    firstDate: seq ? isoOfDay(minDay) : null,
    lastDate: seq ? isoOfDay(maxDay) : null,
    peopleReachingMedium: c.medium,
    peopleReachingHigh: c.high,
    missedOpportunities: c.missed,
    peopleWithMissedOpportunities: c.withMissed,
    referralsRecorded: referralNotes,
    languageByCategory,
  });

  return {
    addNote: (row) => {
      own.add(row);
      addBatch(own.take(), ownTr);
    },
    addFacts: (personRef, date, facts, agency, authorRole) => {
      own.addFacts(personRef, date, facts, agency, authorRole);
      addBatch(own.take(), ownTr);
    },
    translator: () => tables.translator(),
    addBatch,
    get notes() {
      return seq;
    },
    finish() {
      const entries = tables.entries();
      const o = options();
      const reviews: PersonReview[] = [];
      const counts = noPeopleCounts();
      for (const p of sortedPeople()) {
        const data = takeTape(p).data; // the facts are no longer needed: keep the peak memory at one copy
        reviewPeople({ refs: [tables.people.values[p]!], data, ends: Int32Array.of(data.length) }, entries, o, (p) => {
          countPerson(counts, p);
          reviews.push(p);
        });
      }
      return { totals: totals(counts), people: reviews };
    },
    jobs(notesPerJob) {
      const order = sortedPeople();
      const refs = tables.people.values;
      function* cut(): Generator<PeopleJob> {
        for (let i = 0; i < order.length;) {
          const jobRefs: string[] = [];
          const jobTapes: Int32Array[] = [];
          let notes = 0;
          let ints = 0;
          for (; i < order.length && (notes === 0 || notes + tapes[order[i]!]!.notes <= notesPerJob); i++) {
            const tape = takeTape(order[i]!);
            jobRefs.push(refs[order[i]!]!);
            jobTapes.push(tape.data);
            notes += tape.notes;
            ints += tape.data.length;
          }
          const data = new Int32Array(ints);
          const ends = new Int32Array(jobTapes.length);
          let at = 0;
          jobTapes.forEach((t, k) => {
            data.set(t, at);
            ends[k] = at += t.length;
          });
          yield { refs: jobRefs, data, ends };
        }
      }
      return { tables: tables.entries(), options: options(), people: order.length, jobs: cut() };
    },
    totals,
  };
}
