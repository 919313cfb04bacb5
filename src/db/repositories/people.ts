import { and, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { CaseTeam } from '../../core/policy/index.ts';
import type { Db } from '../connection.ts';
import { fromJsonRows, jsonRowsOf } from '../json-rows.ts';
import { addressPeriod, person, personIdentifier, personName } from '../schema/index.ts';
import { accessFactsOf } from './cases.ts';

export type PersonRow = typeof person.$inferSelect;
export type NameRow = typeof personName.$inferSelect;
export type IdentifierRow = typeof personIdentifier.$inferSelect;
export type AddressRow = typeof addressPeriod.$inferSelect;
export type PersonRecord = PersonRow & { names: NameRow[]; identifiers: IdentifierRow[]; addresses: AddressRow[] };

export type PersonParts = {
  names: Omit<typeof personName.$inferInsert, 'personId'>[];
  identifiers: Omit<typeof personIdentifier.$inferInsert, 'personId'>[];
  addresses: Omit<typeof addressPeriod.$inferInsert, 'personId'>[];
};

export type SearchCriteria = {
  given?: { raw: string; keys: string[] } | undefined;
  family?: string | undefined;
  single?: { raw: string; keys: string[] } | undefined;
  dateOfBirth?: string | undefined;
  nhsNumber?: string | undefined;
  reference?: string | undefined;
  kind?: string | undefined;
};

const NAME_ORDER: Record<string, number> = { legal: 0, alias: 1, nickname: 2 };

type JsonRows = Record<string, unknown>[];

// Legal name first, then aliases and nicknames; the most recent address first.
function assemble(p: PersonRow, nameRows: JsonRows, identifierRows: JsonRows, addressRows: JsonRows): PersonRecord {
  const names = fromJsonRows(personName, nameRows);
  const identifiers = fromJsonRows(personIdentifier, identifierRows);
  const addresses = fromJsonRows(addressPeriod, addressRows);
  names.sort((a, b) => (NAME_ORDER[a.kind] ?? 9) - (NAME_ORDER[b.kind] ?? 9));
  addresses.sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? ''));
  return { ...p, names, identifiers, addresses };
}

// A person's part table (names, identifiers, addresses) as one JSON array in the person's row.
const partsOf = (table: typeof personName | typeof personIdentifier | typeof addressPeriod) => jsonRowsOf(table, 'part', sql`part.person_id = "person"."id"`);

export function peopleRepository(db: Db) {
  // A record's names, identifiers and addresses as JSON arrays in the same row as the person.
  const withParts = {
    names: partsOf(personName),
    identifiers: partsOf(personIdentifier),
    addresses: partsOf(addressPeriod),
  };

  async function insertParts(personId: string, parts: PersonParts) {
    if (parts.names.length) await db.insert(personName).values(parts.names.map((n) => ({ ...n, personId })));
    if (parts.identifiers.length) await db.insert(personIdentifier).values(parts.identifiers.map((n) => ({ ...n, personId })));
    if (parts.addresses.length) await db.insert(addressPeriod).values(parts.addresses.map((n) => ({ ...n, personId })));
  }

  return {
    async create(row: typeof person.$inferInsert, parts: PersonParts): Promise<PersonRow> {
      const [created] = await db.insert(person).values(row).returning();
      await insertParts(created!.id, parts);
      return created!;
    },

    // One query: every read of a record (each view, each policy check) starts here.
    async get(id: string): Promise<PersonRecord | undefined> {
      const [row] = await db
        .select({ ...getTableColumns(person), ...withParts })
        .from(person)
        .where(and(eq(person.id, id), isNull(person.deletedAt)));
      if (!row) return undefined;
      const { names, identifiers, addresses, ...p } = row;
      return assemble(p, names, identifiers, addresses);
    },

    // The record and what the policy needs to decide on it (cases.ts accessFactsOf), in one query: the start of every
    // person-scoped request (services/context.ts loadPerson).
    async getForAccess(id: string, userId: string, now: Date): Promise<(PersonRecord & { teams: CaseTeam[]; breakGlassActive: boolean }) | undefined> {
      const [row] = await db
        .select({ ...getTableColumns(person), ...withParts, ...accessFactsOf(sql`"person"."id"`, userId, now) })
        .from(person)
        .where(and(eq(person.id, id), isNull(person.deletedAt)));
      if (!row) return undefined;
      const { names, identifiers, addresses, teams, breakGlassActive, ...p } = row;
      return { ...assemble(p, names, identifiers, addresses), teams, breakGlassActive };
    },

    // Compare-and-set on version; parts are replaced whole. Undefined means a concurrent save won.
    async update(id: string, version: number, row: Partial<typeof person.$inferInsert>, parts: PersonParts): Promise<PersonRow | undefined> {
      const [updated] = await db
        .update(person)
        .set({ ...row, version: version + 1 })
        .where(and(eq(person.id, id), eq(person.version, version)))
        .returning();
      if (!updated) return undefined;
      await db.delete(personName).where(eq(personName.personId, id));
      await db.delete(personIdentifier).where(eq(personIdentifier.personId, id));
      await db.delete(addressPeriod).where(eq(addressPeriod.personId, id));
      await insertParts(id, parts);
      return updated;
    },

    // Several records at once, for search results: one query whatever the number of ids.
    async getMany(ids: string[]): Promise<PersonRecord[]> {
      if (!ids.length) return [];
      const people = await db
        .select({ ...getTableColumns(person), ...withParts })
        .from(person)
        .where(and(inArray(person.id, ids), isNull(person.deletedAt)));
      return people.map(({ names, identifiers, addresses, ...p }) => assemble(p, names, identifiers, addresses));
    },

    async legalNames(ids: string[]): Promise<Map<string, NameRow>> {
      if (!ids.length) return new Map();
      const rows = await db
        .select()
        .from(personName)
        .where(and(inArray(personName.personId, ids), eq(personName.kind, 'legal')));
      return new Map(rows.map((r) => [r.personId, r]));
    },

    async search(c: SearchCriteria, limit = 50): Promise<{ id: string; score: number }[]> {
      const conds = [sql`p.deleted_at is null`];
      if (c.kind) conds.push(sql`p.kind = ${c.kind}`);
      if (c.dateOfBirth) conds.push(sql`p.date_of_birth = ${c.dateOfBirth}`);
      if (c.nhsNumber) conds.push(sql`p.nhs_number = ${c.nhsNumber}`);
      if (c.reference) conds.push(sql`exists (select 1 from person_identifier i where i.person_id = p.id and i.value_normalised = ${c.reference})`);
      // Candidates come from the name indexes only (nickname keys; trigram spelling and dmetaphone sound over the distinct
      // names, migrations/0014), inside functions that keep the planner off sequential scans. Given and family may match
      // on different name rows: "Jonny Smith" finds legal "Jonathan Smith" with nickname "Jonny".
      const givenIds = (g: { raw: string; keys: string[] }) => sql`select lantern_given_candidates(${g.raw}, ${sql.param(g.keys)}::text[])`;
      const familyIds = (f: string) => sql`select lantern_family_candidates(${f})`;
      const where = sql.join(conds, sql` and `);
      // Name searches: both names must match for two words, either for one; the candidates' name rows are scored in one
      // grouped pass.
      let candidates: SQL | undefined;
      let score: SQL | undefined;
      if (c.given && c.family) {
        candidates = sql`select lantern_full_name_candidates(${c.given.raw}, ${sql.param(c.given.keys)}::text[], ${c.family})`;
        score = sql`similarity(n.normalised, ${c.given.raw + ' ' + c.family})`;
      } else if (c.single) {
        candidates = sql`${givenIds(c.single)} union ${familyIds(c.single.raw)}`;
        score = sql`greatest(similarity(n.given_normalised, ${c.single.raw}), similarity(n.family_normalised, ${c.single.raw}))`;
      }
      if (!candidates || !score) {
        const rows = await db.execute<{ id: string; score: number }>(sql`
          select p.id, 1.0::float as score
          from person p
          where ${where}
          order by score desc, p.id
          limit ${limit}`);
        return rows.rows;
      }
      // One statement. The candidates are ranked from their name rows alone; the person row's conditions are checked in
      // rank order (a scalar subquery stays a per-row filter, not a join), so a common family name with thousands of
      // candidates reads about \`limit\` person rows, not all of them. \`offset 0\` keeps the ranking a subquery.
      const rows = await db.execute<{ id: string; score: number }>(sql`
        select s.id, s.score from (
          select n.person_id as id, max(${score})::float as score
          from person_name n
          where n.person_id in (${candidates})
          group by n.person_id
          order by score desc, n.person_id
          offset 0) s
        where coalesce((select true from person p where p.id = s.id and ${where}), false)
        order by s.score desc, s.id
        limit ${limit}`);
      return rows.rows;
    },
  };
}
