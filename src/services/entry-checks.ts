// Checking a chronology entry as it is written (issue 4): the language checker and the indicator spotter run on its
// text, and what they find is stored, so that the child's record and the lead's language report need no one to open it.
import { londonDate } from '../core/records/time.ts';
import { contextFields } from '../core/text/context-fields.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import type { NoteFindingRow } from '../db/repositories/notes.ts';
import type { chronologyEntry, noteFinding } from '../db/schema/index.ts';
import type { Repositories } from '../db/store.ts';
import { type NoteChecks, noteChecks } from './note-checks.ts';

const FIELDS = ['summary', 'detail'] as const;
export type Field = (typeof FIELDS)[number];

// Both checks on one text: the same core code the browser runs as the practitioner types. `year` is the entry's own
// year, so that a sign placed in an earlier year ("on 12/03/2019") is historical (core/text README, "Years"). The
// wording check includes the sentence classifier's possible findings (ref `classifier:<category>`): on three blind sets
// by new authors they added 68 findings and 18 false alarms (F1 +0.05 to +0.07; test/fixtures/eval/RESULTS.md round 15).
// The signs include the indicator classifier's possible ones (`possible`), as `lantern indicators` gives them: on the
// blind fresh33 set they were right 24 times in 27 (RESULTS.md session 20).
function analyseText(checks: NoteChecks, text: string, year: number) {
  const found = checks.findIndicators(text, { currentYear: year });
  const possible = checks.suggestIndicators(text, found, { currentYear: year });
  return { language: checks.checkLanguageWithClassifier(text), indicators: [...found, ...possible] };
}

type Entry = Pick<ChronologyRow, 'id' | 'personId' | 'agencyId' | 'occurredAt' | Field>;
type Sign = ReturnType<NoteChecks['findIndicators']>[number] | ReturnType<NoteChecks['suggestIndicators']>[number];
const yearOf = (entry: Entry): number => Number(londonDate(entry.occurredAt).slice(0, 4));
const commonOf = (entry: Entry, field: Field, teamId: string | null, createdAt: Date) => ({
  entryId: entry.id,
  personId: entry.personId,
  field,
  agencyId: entry.agencyId,
  teamId,
  createdAt,
});
const signRow = (common: ReturnType<typeof commonOf>, f: Sign): typeof noteFinding.$inferInsert => ({
  ...common,
  kind: 'indicator',
  ref: f.code,
  category: f.category,
  start: f.start,
  end: f.end,
  text: f.text,
  ...contextFields(f),
  possible: 'possible' in f,
});

// What both checks find in an entry, as rows to store (also for the demo loader's entries, in bulk).
export function findingRows(checks: NoteChecks, entry: Entry, teamId: string | null, createdAt: Date): (typeof noteFinding.$inferInsert)[] {
  const year = yearOf(entry);
  return FIELDS.flatMap((field) => {
    const { language, indicators } = analyseText(checks, entry[field], year);
    const common = commonOf(entry, field, teamId, createdAt);
    return [
      ...language.map((f) => ({
        ...common,
        kind: 'language',
        ref: f.entryId,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        quoted: f.quoted,
      })),
      ...indicators.map((f) => signRow(common, f)),
    ];
  });
}

// Runs both checks on an entry and stores what they found, in the caller's transaction: on a new entry as it is saved,
// or on one never checked when its review page first opens. Once per entry: the claim on its row lets only one of two
// first views store findings, and an entry checked already gets none (an empty list).
// The findings are dated when the entry was written (`writtenAt`), so that the lead's language report counts an old
// entry checked late in the month it was written, not in the month someone first opened it.
export async function recordFindings(repos: Repositories, entry: ChronologyRow, teamId: string | null, now: Date, writtenAt = now): Promise<NoteFindingRow[]> {
  if (!(await repos.chronology.claimCheck(entry.id, now))) return [];
  return repos.notes.insertMany(findingRows(await noteChecks(), entry, teamId, writtenAt));
}

/**
 * Adds the indicator classifier's possible signs to an entry checked before they existed (session 20), in the caller's
 * transaction, once, as if they had been found on save: beside the spotter's signs already stored (a category those
 * cover in a sentence gets no possible sign there, as on save), dated when the entry was written. A possible sign
 * already stored (an entry checked since, whose mark was lost to the migration) is not stored twice.
 */
export async function recordPossibleSigns(
  repos: Repositories,
  entry: ChronologyRow,
  teamId: string | null,
  now: Date,
  writtenAt = now,
): Promise<NoteFindingRow[]> {
  if (!(await repos.chronology.claimPossibleCheck(entry.id, now))) return [];
  const checks = await noteChecks();
  const stored = (await repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'indicator');
  const key = (f: { field: string; ref: string; start: number; end: number }) => `${f.field} ${f.ref} ${String(f.start)} ${String(f.end)}`;
  const have = new Set(stored.map(key));
  const rows = FIELDS.flatMap((field) => {
    const found = stored.filter((f) => f.field === field && !f.possible);
    const common = commonOf(entry, field, teamId, writtenAt);
    return checks.suggestIndicators(entry[field], found, { currentYear: yearOf(entry) }).map((f) => signRow(common, f));
  });
  return repos.notes.insertMany(rows.filter((r) => !have.has(key(r))));
}

/**
 * Adds a chronology entry checked as it is saved, in the caller's transaction: what both checks find is stored with it,
 * dated when it was written, and it is marked checked. Every flow that writes an entry (a note, a screening, a referral,
 * a sexual health attendance, a missing episode, a return home interview, the demo) goes through here, so that the
 * child's record and the lead's language report are right before anyone opens it. An entry written otherwise
 * (imported, or from before the checks) is checked on its first view (notesService.forEntry).
 */
export async function addCheckedEntry(
  repos: Repositories,
  row: Omit<typeof chronologyEntry.$inferInsert, 'checkedAt' | 'possibleCheckedAt'> & { createdAt: Date },
) {
  const entry = await repos.chronology.add({ ...row, checkedAt: row.createdAt, possibleCheckedAt: row.createdAt });
  const teamId = (await repos.users.byId(entry.authorId))?.teamId ?? null;
  const findings = await repos.notes.insertMany(findingRows(await noteChecks(), entry, teamId, entry.createdAt));
  return { entry, teamId, findings };
}
