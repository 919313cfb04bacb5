import { LANGUAGE_CATEGORY_KEYS, type LanguageCategory } from '../language/types.ts';
import { atLeast } from '../screening/levels.ts';
import { analyseNote, Interner, type NoteFacts } from './note.ts';
import { type DatedNote, type PersonReview, reviewPerson } from './person.ts';
import { dayNumber, isoOfDay, type NoteRow } from './row.ts';
import { FactTables, FactTape } from './tape.ts';

// A retrospective review over many notes (issue 4 §4). Notes arrive in any order: each is reduced to compact facts at
// once (analyseNote) and kept per person in a compact tape (tape.ts); `finish` sorts each person's notes by date and reviews them. Pure: the
// caller does the reading, the clock and the writing.

export type ReviewTotals = {
  notes: number;
  people: number;
  firstDate: string | null;
  lastDate: string | null;
  peopleReachingMedium: number;
  peopleReachingHigh: number;
  missedOpportunities: number;
  peopleWithMissedOpportunities: number;
  referralsRecorded: number; // notes with referral wording
  languageByCategory: Record<LanguageCategory, { count: number; quoted: number }>;
};

export type ReviewResult = { totals: ReviewTotals; people: PersonReview[] };

export type Review = {
  /** Analyses one valid note and keeps its facts. */
  addNote(row: NoteRow): void;
  /** Keeps already-analysed facts (tests, or a caller with its own analyser). */
  addFacts(personRef: string, date: string, facts: NoteFacts): void;
  readonly notes: number;
  /** Reviews every person, in person_ref order (UTF-16 code unit order, so the same on every machine). */
  finish(): ReviewResult;
};

export function createReview(opts: { age?: number } = {}): Review {
  const people = new Map<string, FactTape>();
  const tables = new FactTables();
  const interner = new Interner();
  const languageByCategory = Object.fromEntries(LANGUAGE_CATEGORY_KEYS.map((k) => [k, { count: 0, quoted: 0 }])) as ReviewTotals['languageByCategory'];
  let seq = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let referralNotes = 0;

  const addFacts = (personRef: string, date: string, facts: NoteFacts) => {
    const day = dayNumber(date);
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
    for (const h of facts.language) {
      const c = languageByCategory[h.category];
      if (h.quoted) c.quoted++;
      else c.count++;
    }
    if (facts.referrals.length) referralNotes++;
    let tape = people.get(personRef);
    if (!tape) people.set(personRef, (tape = new FactTape()));
    tape.add(tables, day, seq++, facts);
  };

  return {
    addNote: (row) => {
      addFacts(row.personRef, row.date, analyseNote(row.text, interner));
    },
    addFacts,
    get notes() {
      return seq;
    },
    finish() {
      const refs = [...people.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const reviews: PersonReview[] = [];
      for (const ref of refs) {
        const notes: DatedNote[] = [...people.get(ref)!.read(tables)];
        reviews.push(reviewPerson(ref, notes, { lastDayInData: maxDay, age: opts.age }));
        people.delete(ref); // the facts are no longer needed: keep the peak memory at one copy
      }
      const missed = reviews.reduce((n, p) => n + p.missedOpportunities.length, 0);
      return {
        totals: {
          notes: seq,
          people: reviews.length,
          firstDate: seq ? isoOfDay(minDay) : null,
          lastDate: seq ? isoOfDay(maxDay) : null,
          peopleReachingMedium: reviews.filter((p) => atLeast(p.highestLevel, 'medium')).length,
          peopleReachingHigh: reviews.filter((p) => p.highestLevel === 'high').length,
          missedOpportunities: missed,
          peopleWithMissedOpportunities: reviews.filter((p) => p.missedOpportunities.length > 0).length,
          referralsRecorded: referralNotes,
          languageByCategory,
        },
        people: reviews,
      };
    },
  };
}
