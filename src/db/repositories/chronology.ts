import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { chronologyEntry } from '../schema/index.ts';

export type ChronologyRow = typeof chronologyEntry.$inferSelect;

export function chronologyRepository(db: Db) {
  return {
    add: async (row: typeof chronologyEntry.$inferInsert) => (await db.insert(chronologyEntry).values(row).returning())[0]!,
    // Newest first; `offset` pages through a long chronology (id breaks ties, so pages neither repeat nor skip entries).
    list: (personId: string, filter: { kind?: string | undefined; agencyId?: string | undefined }, limit = 500, offset = 0) => {
      const conds: SQL[] = [eq(chronologyEntry.personId, personId)];
      if (filter.kind) conds.push(eq(chronologyEntry.kind, filter.kind));
      if (filter.agencyId) conds.push(eq(chronologyEntry.agencyId, filter.agencyId));
      return db
        .select()
        .from(chronologyEntry)
        .where(and(...conds))
        .orderBy(desc(chronologyEntry.occurredAt), desc(chronologyEntry.id))
        .limit(limit)
        .offset(offset);
    },
    byId: async (id: string) => (await db.select().from(chronologyEntry).where(eq(chronologyEntry.id, id)))[0],
  };
}
