import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { fromJsonRows, jsonRowsOf } from '../json-rows.ts';
import { agency, appUser, caseMember, chronologyEntry, noteFinding, safeguardingCase, screening } from '../schema/index.ts';
import { type ChronologyFilter, type ChronologyRow, chronologyWhere } from './chronology.ts';
import type { ScreeningRow } from './screenings.ts';
import { type AgencyRow, activeCaseWorker } from './users.ts';

export interface RecordPageParts {
  entries: ChronologyRow[];
  screenings: ScreeningRow[];
  agencies: AgencyRow[];
  /** Display names of the case workers the page names: the entries' authors and the cases' key workers and members. */
  staffNames: Map<string, string>;
  /** The page's entries' findings not yet dealt with, counted by what decides whether a sign is scored. */
  openFindings: OpenFindingCount[];
}

export type OpenFindingCount = {
  entryId: string;
  kind: string;
  category: string;
  negated: boolean;
  hypothetical: boolean;
  historical: boolean;
  experiencer: string;
  ref: string; // the finding's code (an indicator) or lexicon entry (wording)
  n: number;
};

// The parts of a child's record page that follow its cases, in one round trip instead of four: one page of the
// chronology (newest first, id breaking ties, as chronology.list), the screening history, the agencies, and the names of
// the staff the page mentions. `filter` null (an unreadable filter) gives no entries.
export function recordPageRepository(db: Db) {
  return {
    async parts(personId: string, filter: ChronologyFilter | null, limit: number, offset: number): Promise<RecordPageParts> {
      const where = filter ? chronologyWhere(personId, filter) : sql`false`;
      const newestFirst = sql`e.occurred_at desc, e.id desc`;
      const named = sql`select author_id from page
        union select key_worker_id from ${safeguardingCase} where person_id = ${personId}
        union select m.user_id from ${caseMember} m join ${safeguardingCase} c on c.id = m.case_id where c.person_id = ${personId} and m.removed_at is null`;
      const r = await db.execute<{
        entries: Record<string, unknown>[];
        screenings: Record<string, unknown>[];
        agencies: Record<string, unknown>[];
        staff: { id: string; name: string }[];
        findings: OpenFindingCount[];
      }>(sql`
        with page as (select * from ${chronologyEntry} where ${where} order by ${chronologyEntry.occurredAt} desc, ${chronologyEntry.id} desc limit ${limit} offset ${offset})
        select ${jsonRowsOf(chronologyEntry, 'e', sql`true`, newestFirst, sql`page`)} as entries,
          ${jsonRowsOf(screening, 's', sql`s.person_id = ${personId}`, sql`s.started_at desc`)} as screenings,
          ${jsonRowsOf(agency, 'a', sql`true`, sql`a.name`)} as agencies,
          (select coalesce(json_agg(json_build_object('id', ${appUser.id}, 'name', ${appUser.displayName})), '[]'::json)
            from ${appUser} where ${activeCaseWorker} and ${appUser.id} in (${named})) as staff,
          (select coalesce(json_agg(json_build_object('entryId', f.entry_id, 'kind', f.kind, 'category', f.category, 'negated', f.negated,
              'hypothetical', f.hypothetical, 'historical', f.historical, 'experiencer', f.experiencer, 'ref', f.ref, 'n', f.n)), '[]'::json)
            from (select entry_id, kind, category, negated, hypothetical, historical, experiencer, ref, count(*)::int as n from ${noteFinding}
              where entry_id in (select id from page) and status = 'open' group by 1, 2, 3, 4, 5, 6, 7, 8) f) as findings`);
      const row = r.rows[0]!;
      return {
        entries: fromJsonRows(chronologyEntry, row.entries),
        screenings: fromJsonRows(screening, row.screenings),
        agencies: fromJsonRows(agency, row.agencies),
        staffNames: new Map(row.staff.map((u) => [u.id, u.name])),
        openFindings: row.findings,
      };
    },
  };
}
