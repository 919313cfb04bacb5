import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './user.ts';

// A legal hold stops the retention schedule from deleting records (issue 8): everything, or one person's record. The
// standing example is a public inquiry's instruction not to destroy, such as the Independent Inquiry into Child Sexual
// Abuse's letters of 23 June 2015 to local authorities, NHS bodies and police forces
// (https://www.iicsa.org.uk/news/chair-of-the-inquiry-issues-guidance-on-destruction-of-documents); the NHS Records
// Management Code of Practice 2021 (Appendix I) asks the same of health bodies. Holds are lifted, never deleted (a
// trigger refuses DELETE, migration 0011); person_id has no foreign key because the hold's history outlives the record.
export const legalHold = pgTable(
  'legal_hold',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope').notNull(), // all | person
    personId: uuid('person_id'),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by')
      .notNull()
      .references(() => appUser.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => appUser.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('legal_hold_person_idx').on(t.personId),
    index('legal_hold_active_idx')
      .on(t.placedAt)
      .where(sql`lifted_at is null`),
    check('legal_hold_scope_ck', sql`(scope = 'all' and person_id is null) or (scope = 'person' and person_id is not null)`),
    check('legal_hold_lift_ck', sql`(lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null)`),
  ],
);
