import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { missingEpisode, returnHomeInterview } from '../schema/index.ts';

export type EpisodeRow = typeof missingEpisode.$inferSelect;
export type RhiRow = typeof returnHomeInterview.$inferSelect;

// Missing episodes and their return home interviews (issue 7). Updates carry the row's version: a stale form matches no
// row and the service reports a conflict.
export function missingRepository(db: Db) {
  return {
    insertEpisode: async (row: typeof missingEpisode.$inferInsert): Promise<EpisodeRow> => (await db.insert(missingEpisode).values(row).returning())[0]!,
    episode: async (id: string): Promise<EpisodeRow | undefined> => (await db.select().from(missingEpisode).where(eq(missingEpisode.id, id)))[0],
    forPerson: (personId: string): Promise<EpisodeRow[]> =>
      db.select().from(missingEpisode).where(eq(missingEpisode.personId, personId)).orderBy(desc(missingEpisode.reportedAt)),
    forPeople: (personIds: string[], since: Date): Promise<EpisodeRow[]> =>
      personIds.length
        ? db
            .select()
            .from(missingEpisode)
            .where(and(inArray(missingEpisode.personId, personIds), gte(missingEpisode.reportedAt, since)))
            .orderBy(asc(missingEpisode.reportedAt))
        : Promise.resolve([]),
    since: (since: Date): Promise<EpisodeRow[]> =>
      db.select().from(missingEpisode).where(gte(missingEpisode.reportedAt, since)).orderBy(asc(missingEpisode.reportedAt)),
    episodes: (ids: string[]): Promise<EpisodeRow[]> =>
      ids.length ? db.select().from(missingEpisode).where(inArray(missingEpisode.id, ids)) : Promise.resolve([]),

    /** Records the return on an episode not yet returned, if the version still matches. */
    async recordReturn(
      id: string,
      version: number,
      patch: Pick<
        EpisodeRow,
        'returnedAt' | 'foundAtEntity' | 'foundAtDetail' | 'foundWithEntity' | 'foundWithDetail' | 'returnMethod' | 'returnDetail' | 'updatedAt'
      >,
    ): Promise<EpisodeRow | undefined> {
      const [r] = await db
        .update(missingEpisode)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(missingEpisode.id, id), eq(missingEpisode.version, version)))
        .returning();
      return r;
    },

    insertRhi: async (row: typeof returnHomeInterview.$inferInsert): Promise<RhiRow> => (await db.insert(returnHomeInterview).values(row).returning())[0]!,
    rhi: async (id: string): Promise<RhiRow | undefined> => (await db.select().from(returnHomeInterview).where(eq(returnHomeInterview.id, id)))[0],
    rhiForEpisode: async (episodeId: string): Promise<RhiRow | undefined> =>
      (await db.select().from(returnHomeInterview).where(eq(returnHomeInterview.episodeId, episodeId)))[0],
    rhisForEpisodes: (episodeIds: string[]): Promise<RhiRow[]> =>
      episodeIds.length ? db.select().from(returnHomeInterview).where(inArray(returnHomeInterview.episodeId, episodeIds)) : Promise.resolve([]),
    /** Interviews still due (not yet completed, declined or not offered), soonest first, with their episodes. */
    openRhis: (): Promise<{ rhi: RhiRow; episode: EpisodeRow }[]> =>
      db
        .select({ rhi: returnHomeInterview, episode: missingEpisode })
        .from(returnHomeInterview)
        .innerJoin(missingEpisode, eq(missingEpisode.id, returnHomeInterview.episodeId))
        .where(eq(returnHomeInterview.status, 'due'))
        .orderBy(asc(returnHomeInterview.dueAt)),

    async updateRhi(id: string, version: number, patch: Partial<typeof returnHomeInterview.$inferInsert>, onlyWhileDue = true): Promise<RhiRow | undefined> {
      const conds = [eq(returnHomeInterview.id, id), eq(returnHomeInterview.version, version)];
      if (onlyWhileDue) conds.push(eq(returnHomeInterview.status, 'due'));
      const [r] = await db
        .update(returnHomeInterview)
        .set({ ...patch, version: version + 1 })
        .where(and(...conds))
        .returning();
      return r;
    },
  };
}
