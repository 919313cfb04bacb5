import { boolean, date, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { appUser } from './user.ts';

// Everything about a child hangs off the person (DATA-MODEL.md).
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    dateOfBirth: date('date_of_birth'),
    dobEstimated: boolean('dob_estimated').notNull().default(false),
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity').notNull(),
    nhsNumber: text('nhs_number'),
    school: text('school'),
    lookedAfter: text('looked_after').notNull().default('not_known'),
    cpPlan: text('cp_plan').notNull().default('not_known'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdByAgency: uuid('created_by_agency')
      .notNull()
      .references(() => agency.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('person_nhs_idx').on(t.nhsNumber), index('person_dob_idx').on(t.dateOfBirth)],
);

export const personName = pgTable(
  'person_name',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    kind: text('kind').notNull(),
    given: text('given').notNull(),
    family: text('family').notNull().default(''),
    // Normalised forms for tolerant search (core/identity): full text, and nickname-group keys.
    normalised: text('normalised').notNull(),
    givenNormalised: text('given_normalised').notNull().default(''),
    givenKeys: text('given_keys').array().notNull(),
    familyNormalised: text('family_normalised').notNull().default(''),
  },
  (t) => [index('person_name_person_idx').on(t.personId)],
);

export const personIdentifier = pgTable(
  'person_identifier',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    valueNormalised: text('value_normalised').notNull(),
  },
  (t) => [index('person_identifier_value_idx').on(t.valueNormalised)],
);

export const addressPeriod = pgTable(
  'address_period',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    line: text('line').notNull(),
    postcode: text('postcode').notNull(),
    // Placed by the configured postcode lookup (issue 6); null when the postcode is not in it.
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    wardCode: text('ward_code'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
  },
  (t) => [index('address_period_person_idx').on(t.personId), index('address_period_ward_idx').on(t.wardCode)],
);
