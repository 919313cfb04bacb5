import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { chronologyEntry } from './chronology.ts';
import { person } from './person.ts';
import { screening } from './screening.ts';
import { appUser } from './user.ts';

// What the language checker and the indicator spotter found in a chronology entry, and what the practitioner did
// about it (issue 4): accepted a suggested wording, dismissed it with a reason, kept it as the child's own words,
// or added a suggested indicator to the child's next screening.
export const noteFinding = pgTable(
  'note_finding',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => chronologyEntry.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    field: text('field').notNull(), // summary | detail
    kind: text('kind').notNull(), // language | indicator
    ref: text('ref').notNull(), // lexicon entry id, or framework indicator code
    category: text('category').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    quoted: boolean('quoted').notNull().default(false),
    negated: boolean('negated').notNull().default(false),
    hypothetical: boolean('hypothetical').notNull().default(false),
    historical: boolean('historical').notNull().default(false),
    experiencer: text('experiencer').notNull().default('child'),
    // A sign the sentence classifier read in the entry (core/text/indicator-classifier.ts), not words the spotter lists:
    // shown for the practitioner to confirm, never ticked for a screening by default.
    possible: boolean('possible').notNull().default(false),
    // open | accepted | dismissed | quoted | screened
    status: text('status').notNull().default('open'),
    reason: text('reason'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    screeningId: uuid('screening_id').references(() => screening.id),
    // The author's agency and team at the time of writing: the lead's language report groups by these.
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    teamId: uuid('team_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('note_finding_entry_idx').on(t.entryId), index('note_finding_report_idx').on(t.kind, t.createdAt)],
);
