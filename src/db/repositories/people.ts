import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { addressPeriod, person, personIdentifier, personName } from '../schema/index.ts';

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

// Trigram similarity above this counts as a spelling variant (pg_trgm's own default is 0.3).
const SIMILAR = 0.4;

const NAME_ORDER: Record<string, number> = { legal: 0, alias: 1, nickname: 2 };

// Legal name first, then aliases and nicknames; the most recent address first.
function assemble(p: PersonRow, names: NameRow[], identifiers: IdentifierRow[], addresses: AddressRow[]): PersonRecord {
  names.sort((a, b) => (NAME_ORDER[a.kind] ?? 9) - (NAME_ORDER[b.kind] ?? 9));
  addresses.sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? ''));
  return { ...p, names, identifiers, addresses };
}

export function peopleRepository(db: Db) {
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

    async get(id: string): Promise<PersonRecord | undefined> {
      const [p] = await db
        .select()
        .from(person)
        .where(and(eq(person.id, id), isNull(person.deletedAt)));
      if (!p) return undefined;
      // Sequential: inside a transaction there is one client, and pg queues concurrent queries anyway.
      const names = await db.select().from(personName).where(eq(personName.personId, id));
      const identifiers = await db.select().from(personIdentifier).where(eq(personIdentifier.personId, id));
      const addresses = await db.select().from(addressPeriod).where(eq(addressPeriod.personId, id));
      return assemble(p, names, identifiers, addresses);
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

    // Several records at once, for search results: four queries whatever the number of ids.
    async getMany(ids: string[]): Promise<PersonRecord[]> {
      if (!ids.length) return [];
      const people = await db
        .select()
        .from(person)
        .where(and(inArray(person.id, ids), isNull(person.deletedAt)));
      const names = await db.select().from(personName).where(inArray(personName.personId, ids));
      const identifiers = await db.select().from(personIdentifier).where(inArray(personIdentifier.personId, ids));
      const addresses = await db.select().from(addressPeriod).where(inArray(addressPeriod.personId, ids));
      return people.map((p) =>
        assemble(
          p,
          names.filter((n) => n.personId === p.id),
          identifiers.filter((i) => i.personId === p.id),
          addresses.filter((a) => a.personId === p.id),
        ),
      );
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
      // Candidates come from index-backed branches (nickname keys: GIN; spelling: trigram `%`; sound: dmetaphone
      // expression indexes), so no branch scans the name table. Given and family may match on different name rows:
      // "Jonny Smith" finds legal "Jonathan Smith" with nickname "Jonny". Sound-alikes only from 3 letters, since
      // dmetaphone codes "Mo" and "Miah" alike.
      const givenIds = (g: { raw: string; keys: string[] }) => sql`(
          select person_id from person_name where given_keys && string_to_array(${g.keys.join(',')}, ',')
          union select person_id from person_name where given_normalised % ${g.raw}
          union select person_id from person_name where length(${g.raw}) >= 3 and dmetaphone(given_normalised) = dmetaphone(${g.raw}))`;
      const familyIds = (f: string) => sql`(
          select person_id from person_name where family_normalised % ${f}
          union select person_id from person_name where length(${f}) >= 3 and dmetaphone(family_normalised) = dmetaphone(${f}))`;
      const where = sql.join(conds, sql` and `);
      // Name searches start from the candidate ids (the index-backed branches: both names must match for two words,
      // either for one) and score the candidates' name rows in one grouped pass, instead of filtering every person
      // row by the candidate sets and running a scoring subquery for each candidate (slow for common family names).
      let candidates: SQL | undefined;
      let score: SQL | undefined;
      if (c.given && c.family) {
        candidates = sql`${givenIds(c.given)} intersect ${familyIds(c.family)}`;
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
      await db.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILAR)}, true)`);
      const rows = await db.execute<{ id: string; score: number }>(sql`
        select p.id, max(${score})::float as score
        from (${candidates}) as candidate (person_id)
        join person p on p.id = candidate.person_id
        join person_name n on n.person_id = p.id
        where ${where}
        group by p.id
        order by score desc, p.id
        limit ${limit}`);
      return rows.rows;
    },
  };
}
