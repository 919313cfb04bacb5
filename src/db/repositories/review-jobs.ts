import { and, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { reviewJob } from '../schema/index.ts';

export type ReviewJobRow = typeof reviewJob.$inferSelect;
// A job without its report: lists and progress pages never load report.json.
export type ReviewJobInfo = Omit<ReviewJobRow, 'reportJson'>;

const { reportJson: _reportJson, ...info } = getTableColumns(reviewJob);

export function reviewJobsRepository(db: Db) {
  return {
    insert: async (row: typeof reviewJob.$inferInsert) => (await db.insert(reviewJob).values(row).returning())[0]!,
    info: async (id: string): Promise<ReviewJobInfo | undefined> => (await db.select(info).from(reviewJob).where(eq(reviewJob.id, id)))[0],
    byId: async (id: string): Promise<ReviewJobRow | undefined> => (await db.select().from(reviewJob).where(eq(reviewJob.id, id)))[0],
    forAgency: (agencyId: string, limit = 100): Promise<ReviewJobInfo[]> =>
      db.select(info).from(reviewJob).where(eq(reviewJob.agencyId, agencyId)).orderBy(desc(reviewJob.createdAt)).limit(limit),
    update: (id: string, set: Partial<typeof reviewJob.$inferInsert>) => db.update(reviewJob).set(set).where(eq(reviewJob.id, id)),
    // Progress is only written while the job runs: a late write never undoes its end.
    progress: (id: string, set: { bytesRead: number; rowsRead: number }) =>
      db
        .update(reviewJob)
        .set(set)
        .where(and(eq(reviewJob.id, id), eq(reviewJob.status, 'running'))),
    // Jobs a stopped process left unfinished.
    failUnfinished: async (error: string, at: Date) =>
      (
        await db
          .update(reviewJob)
          .set({ status: 'failed', error, finishedAt: at })
          .where(inArray(reviewJob.status, ['queued', 'running']))
          .returning({ id: reviewJob.id })
      ).length,
  };
}
