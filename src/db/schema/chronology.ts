import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { safeguardingCase } from './case.ts';
import { person } from './person.ts';
import { appUser } from './user.ts';

export const chronologyEntry = pgTable(
  'chronology_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    caseId: uuid('case_id').references(() => safeguardingCase.id),
    kind: text('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    // Given as a date alone: occurredAt is then a stand-in instant (midday, or the save time for today), never shown.
    occurredDateOnly: boolean('occurred_date_only').notNull().default(false),
    summary: text('summary').notNull(),
    detail: text('detail').notNull().default(''),
    authorId: uuid('author_id')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    // When the wording and signs checks last ran on it; null: never (seeded, imported or written before the checks).
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    // When the indicator classifier's possible signs were added (note_finding.possible); null on an entry checked before
    // them: they are added when its page next opens (services/entry-checks.ts recordPossibleSigns).
    possibleCheckedAt: timestamp('possible_checked_at', { withTimezone: true }),
  },
  (t) => [index('chronology_person_idx').on(t.personId, t.occurredAt)],
);
