import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { person } from './person.ts';
import { appUser } from './user.ts';

// A case is the working relationship around a child; access follows it (DATA-MODEL.md).
export const safeguardingCase = pgTable(
  'safeguarding_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    leadAgencyId: uuid('lead_agency_id')
      .notNull()
      .references(() => agency.id),
    keyWorkerId: uuid('key_worker_id')
      .notNull()
      .references(() => appUser.id),
    status: text('status').notNull().default('open'),
    summary: text('summary').notNull().default(''),
    riskLevel: text('risk_level'),
    // The form of exploitation (issue 3): types, model, setting and grooming stage where known.
    exploitationTypes: text('exploitation_types').array().notNull().default([]),
    exploitationModel: text('exploitation_model'),
    exploitationSetting: text('exploitation_setting'),
    groomingStage: text('grooming_stage'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('case_person_idx').on(t.personId)],
);

// A member is a named user, or a whole agency when userId is null.
export const caseMember = pgTable(
  'case_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => safeguardingCase.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    userId: uuid('user_id').references(() => appUser.id),
    role: text('role').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('case_member_case_idx').on(t.caseId), index('case_member_user_idx').on(t.userId), index('case_member_agency_idx').on(t.agencyId)],
);

export const task = pgTable(
  'task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => safeguardingCase.id),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('general'),
    dueOn: date('due_on'),
    assignedTo: uuid('assigned_to').references(() => appUser.id),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('task_case_idx').on(t.caseId)],
);
