import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { appUser } from './user.ts';

// A retrospective review run in the web app (issue 4 §4: "the same import is available in the web app for leads, as a
// background job with a progress bar"). The uploaded file is only ever a temporary file; what is kept is the summary and
// report.json, which hold pseudonymous references from another system: personal data, seen by the creator and the
// leads and coordinators of the creator's agency only.
export const reviewJob = pgTable(
  'review_job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    fileName: text('file_name').notNull(), // the uploaded name, trimmed, at most 200 characters
    format: text('format').notNull(), // csv | jsonl
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull(),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    status: text('status').notNull().default('queued'), // queued | running | done | failed
    error: text('error'),
    summary: jsonb('summary'),
    reportJson: text('report_json'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('review_job_agency_idx').on(t.agencyId, t.createdAt), index('review_job_status_idx').on(t.status)],
);
