import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { chronologyEntry } from '../schema/index.ts';

export type ChronologyRow = typeof chronologyEntry.$inferSelect;

export type ChronologyFilter = { kind?: string | undefined; agencyId?: string | undefined };

/** A person's entries that pass the filter (kind, agency): the condition of `list` and of the record page's read. */
export function chronologyWhere(personId: string, filter: ChronologyFilter): SQL {
  const conds: SQL[] = [eq(chronologyEntry.personId, personId)];
  if (filter.kind) conds.push(eq(chronologyEntry.kind, filter.kind));
  if (filter.agencyId) conds.push(eq(chronologyEntry.agencyId, filter.agencyId));
  return and(...conds)!;
}

export function chronologyRepository(db: Db) {
  return {
    add: async (row: typeof chronologyEntry.$inferInsert) => (await db.insert(chronologyEntry).values(row).returning())[0]!,
    // Newest first; `offset` pages through a long chronology (id breaks ties, so pages neither repeat nor skip entries).
    list: (personId: string, filter: ChronologyFilter, limit = 500, offset = 0) => {
      return db
        .select()
        .from(chronologyEntry)
        .where(chronologyWhere(personId, filter))
        .orderBy(desc(chronologyEntry.occurredAt), desc(chronologyEntry.id))
        .limit(limit)
        .offset(offset);
    },
    byId: async (id: string) => (await db.select().from(chronologyEntry).where(eq(chronologyEntry.id, id)))[0],
    // Marks the entry as checked, possible signs included, once: false when it was already (a second first view waits on
    // the row, then gets false).
    claimCheck: async (id: string, at: Date) =>
      (
        await db
          .update(chronologyEntry)
          .set({ checkedAt: at, possibleCheckedAt: at })
          .where(and(eq(chronologyEntry.id, id), isNull(chronologyEntry.checkedAt)))
          .returning({ id: chronologyEntry.id })
      ).length > 0,
    // The same for the possible signs alone, on an entry checked before they existed.
    claimPossibleCheck: async (id: string, at: Date) =>
      (
        await db
          .update(chronologyEntry)
          .set({ possibleCheckedAt: at })
          .where(and(eq(chronologyEntry.id, id), isNull(chronologyEntry.possibleCheckedAt)))
          .returning({ id: chronologyEntry.id })
      ).length > 0,
  };
}
