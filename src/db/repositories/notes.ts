import type { LanguageReportRow } from '../../core/language/report.ts';
import { LANGUAGE_CATEGORY_KEYS, POSSIBLE_REF_PREFIX } from '../../core/language/types.ts';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { chronologyEntry, noteFinding } from '../schema/index.ts';

export type NoteFindingRow = typeof noteFinding.$inferSelect;

export function notesRepository(db: Db) {
  return {
    insertMany: async (rows: (typeof noteFinding.$inferInsert)[]) => (rows.length ? db.insert(noteFinding).values(rows).returning() : []),
    forEntry: (entryId: string) =>
      db.select().from(noteFinding).where(eq(noteFinding.entryId, entryId)).orderBy(asc(noteFinding.field), asc(noteFinding.start)),
    byId: async (id: string) => (await db.select().from(noteFinding).where(eq(noteFinding.id, id)))[0],
    // Only an open finding can be decided: a second decision on the same finding changes nothing.
    decide: async (id: string, set: Partial<typeof noteFinding.$inferInsert>) =>
      (
        await db
          .update(noteFinding)
          .set(set)
          .where(and(eq(noteFinding.id, id), eq(noteFinding.status, 'open')))
          .returning()
      )[0],
    // A sign set aside (dismissed) is open again: a second reopening changes nothing.
    reopenSign: async (id: string) =>
      (
        await db
          .update(noteFinding)
          .set({ status: 'open', reason: null, decidedBy: null, decidedAt: null })
          .where(and(eq(noteFinding.id, id), eq(noteFinding.kind, 'indicator'), eq(noteFinding.status, 'dismissed')))
          .returning()
      )[0],
    // After a span in a field is replaced, later findings in that field move by `delta`.
    // The field's text changed length by `delta` at offset `at`: every finding offset past it moves, start and end each
    // on its own, so that a finding that contains or overlaps the change keeps its words. A start at `at` moves (its
    // words are pushed along); an end at `at` moves only when `endsMove` (the span that ends there was replaced), not
    // when characters are inserted after it.
    insertAt: (entryId: string, field: string, at: number, delta: number, endsMove: boolean) =>
      db
        .update(noteFinding)
        .set({
          start: sql`case when ${noteFinding.start} >= ${at} then ${noteFinding.start} + ${delta} else ${noteFinding.start} end`,
          end: endsMove
            ? sql`case when ${noteFinding.end} >= ${at} then ${noteFinding.end} + ${delta} else ${noteFinding.end} end`
            : sql`case when ${noteFinding.end} > ${at} then ${noteFinding.end} + ${delta} else ${noteFinding.end} end`,
        })
        .where(and(eq(noteFinding.entryId, entryId), eq(noteFinding.field, field), gte(noteFinding.end, at))),
    updateEntryText: async (entryId: string, version: number, set: { summary?: string; detail?: string }) =>
      (
        await db
          .update(chronologyEntry)
          .set({ ...set, version: version + 1 })
          .where(and(eq(chronologyEntry.id, entryId), eq(chronologyEntry.version, version)))
          .returning()
      )[0],
    // Flagged wording by month, agency, team, category and what was done about it (issue 4: lead's report).
    async languageReport(since: Date) {
      // `possible`: found by the sentence classifier (ref `classifier:<category>`), not a lexicon entry.
      const r = await db.execute<LanguageReportRow>(sql`
        select to_char(date_trunc('month', created_at at time zone 'Europe/London'), 'YYYY-MM') as month,
          agency_id, team_id, category, ref like ${`${POSSIBLE_REF_PREFIX}%`} as possible, status, count(*)::int as n
        from note_finding where kind = 'language' and created_at >= ${since}
        group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`);
      return r.rows;
    },
    // Entries written per month (London) and agency, and those among them holding flagged wording of the writer's own
    // (lexicon findings not marked quoted): per kind of wording, and for any kind (category null), for the report's
    // rates. Grouped by the entry's time of writing, so that a later re-check of an old entry counts in its own month.
    async languageReportEntries(since: Date) {
      const month = sql`to_char(date_trunc('month', e.created_at at time zone 'Europe/London'), 'YYYY-MM')`;
      const written = await db.execute<{ month: string; agency_id: string; entries: number }>(sql`
        select ${month} as month, e.agency_id, count(*)::int as entries
        from chronology_entry e where e.created_at >= ${since} group by 1, 2`);
      const flagged = await db.execute<{ month: string; agency_id: string; category: string | null; flagged: number }>(sql`
        select ${month} as month, e.agency_id, n.category, count(distinct e.id)::int as flagged
        from chronology_entry e join note_finding n on n.entry_id = e.id
        where e.created_at >= ${since} and n.kind = 'language' and not n.quoted and n.ref not like ${`${POSSIBLE_REF_PREFIX}%`}
        group by grouping sets ((1, 2, 3), (1, 2))`);
      const key = (m: string, a: string, c: string | null) => `${m}|${a}|${c ?? ''}`;
      const count = new Map(flagged.rows.map((r) => [key(r.month, r.agency_id, r.category), r.flagged]));
      const categories = [null, ...LANGUAGE_CATEGORY_KEYS];
      return written.rows.flatMap((w) => categories.map((category) => ({ ...w, category, flagged: count.get(key(w.month, w.agency_id, category)) ?? 0 })));
    },
    // The findings behind one count of the language report: the same month (in London), agency, team, kind and outcome,
    // newest first, one page of `size` at a time (a large agency's month can hold thousands). `page` past the last
    // page gives the last page.
    async languageReportFindings(since: Date, f: LanguageReportCell, page: number, size: number) {
      const where = sql`n.kind = 'language' and n.created_at >= ${since}
          and to_char(date_trunc('month', n.created_at at time zone 'Europe/London'), 'YYYY-MM') = ${f.month}
          and n.agency_id = ${f.agencyId} and n.team_id is not distinct from ${f.teamId} and n.category = ${f.category}
          and (n.ref like ${`${POSSIBLE_REF_PREFIX}%`}) = ${f.possible} and n.status = ${f.status}`;
      const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from note_finding n where ${where}`);
      const total = counted.rows[0]?.n ?? 0;
      const at = Math.max(1, Math.min(page, Math.ceil(total / size)));
      const r = await db.execute<{
        id: string;
        entry_id: string;
        text: string;
        status: string;
        occurred_at: string;
        occurred_date_only: boolean;
        created_at: string;
      }>(sql`
        select n.id, n.entry_id, n.text, n.status, e.occurred_at, e.occurred_date_only, n.created_at
        from note_finding n join chronology_entry e on e.id = n.entry_id
        where ${where}
        order by n.created_at desc, n.id
        limit ${size} offset ${(at - 1) * size}`);
      const rows = r.rows.map((x) => ({ ...x, occurredAt: new Date(x.occurred_at), createdAt: new Date(x.created_at) }));
      return { rows, total, page: at };
    },
  };
}

/** One cell of the language report: the findings of one month, agency, team (null: none), kind and outcome. */
export type LanguageReportCell = { month: string; agencyId: string; teamId: string | null; category: string; possible: boolean; status: string };
