import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { safeguardingCase } from './case.ts';
import { person } from './person.ts';
import { appUser } from './user.ts';

// Contextual safeguarding (issue 5): the people, places, vehicles, phones, online accounts and groups around children,
// and the sourced links between them. One typed table for every kind, so that every kind can be a link end
// (DATA-MODEL.md). A person entity points at the person record, whose names (nicknames included) stay searchable.
export const entity = pgTable(
  'entity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // core/network/vocab.ts ENTITY_KINDS
    personId: uuid('person_id').references(() => person.id),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    // location
    locationType: text('location_type'),
    address: text('address'),
    postcode: text('postcode'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    // Ward (issue 6) from the configured boundaries by point-in-polygon; null with coordinates = outside the area.
    wardCode: text('ward_code'),
    placedBy: text('placed_by'), // coordinates | postcode | map
    // For a place: how many cases' records link to it (kept by a trigger, migration 0008); the map lists places by it.
    caseCount: integer('case_count').notNull().default(0),
    // vehicle: registration mark normalised (upper case, no spaces); partial marks keep their known characters
    vrm: text('vrm'),
    vrmPartial: boolean('vrm_partial').notNull().default(false),
    make: text('make'),
    colour: text('colour'),
    // phone, normalised to E.164
    phone: text('phone'),
    // online account
    platform: text('platform'),
    handle: text('handle'),
    // group or gang
    groupType: text('group_type'),
    // A merge (a reviewed decision, never automatic) points the merged entity at the one it joined; undo clears it.
    mergedInto: uuid('merged_into'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdByAgency: uuid('created_by_agency')
      .notNull()
      .references(() => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('entity_person_uq').on(t.personId),
    index('entity_phone_idx').on(t.phone),
    index('entity_vrm_idx').on(t.vrm),
    index('entity_handle_idx').on(t.platform, t.handle),
    index('entity_postcode_idx').on(t.postcode),
    index('entity_kind_idx').on(t.kind),
    index('entity_ward_idx').on(t.wardCode),
    index('entity_place_rank_idx')
      .on(t.caseCount.desc(), t.id)
      .where(sql`kind = 'location' and latitude is not null and merged_into is null and deleted_at is null`),
  ],
);

// A person's role in one case: child at risk, suspected perpetrator, peer, family member, professional.
export const entityRole = pgTable(
  'entity_role',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => safeguardingCase.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entity.id),
    role: text('role').notNull(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => appUser.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('entity_role_case_idx').on(t.caseId), index('entity_role_entity_idx').on(t.entityId)],
);

// A link always has a source: the record that asserted it (no link without a source). Retracting keeps the row.
export const entityLink = pgTable(
  'entity_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromEntity: uuid('from_entity')
      .notNull()
      .references(() => entity.id),
    toEntity: uuid('to_entity')
      .notNull()
      .references(() => entity.id),
    type: text('type').notNull(),
    directed: boolean('directed').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    confidence: text('confidence').notNull(), // confirmed / reported / suspected
    sourceKind: text('source_kind').notNull(), // chronology_entry / screening / missing_episode / report
    sourceId: uuid('source_id').notNull(),
    // The case whose record holds the source: access to the link follows access to it.
    caseId: uuid('case_id').references(() => safeguardingCase.id),
    personId: uuid('person_id').references(() => person.id),
    assertingAgency: uuid('asserting_agency')
      .notNull()
      .references(() => agency.id),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    retractedAt: timestamp('retracted_at', { withTimezone: true }),
    retractedBy: uuid('retracted_by').references(() => appUser.id),
    retractReason: text('retract_reason'),
  },
  (t) => [
    index('entity_link_from_idx').on(t.fromEntity),
    index('entity_link_to_idx').on(t.toEntity),
    index('entity_link_source_idx').on(t.sourceId),
    index('entity_link_case_idx').on(t.caseId),
  ],
);

// A candidate match between two entities found by core/linkage, with each field's contribution to the weight.
export const matchCandidate = pgTable(
  'match_candidate',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leftEntity: uuid('left_entity')
      .notNull()
      .references(() => entity.id),
    rightEntity: uuid('right_entity')
      .notNull()
      .references(() => entity.id),
    probability: doublePrecision('probability').notNull(),
    weight: doublePrecision('weight').notNull(),
    comparison: jsonb('comparison').notNull(),
    status: text('status').notNull().default('open'), // open / merged / rejected / undone
    foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by').references(() => appUser.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reason: text('reason'),
    undoneBy: uuid('undone_by').references(() => appUser.id),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('match_candidate_pair_uq').on(t.leftEntity, t.rightEntity), index('match_candidate_status_idx').on(t.status)],
);

// The same phone, vehicle, nickname, account or place turning up in the records of different children or agencies.
export const networkAlert = pgTable(
  'network_alert',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entity.id),
    kind: text('kind').notNull(),
    caseIds: uuid('case_ids').array().notNull(),
    agencyIds: uuid('agency_ids').array().notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('open'), // open / acknowledged
    acknowledgedBy: uuid('acknowledged_by').references(() => appUser.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('network_alert_entity_uq').on(t.entityId), index('network_alert_status_idx').on(t.status)],
);

// Contextual Safeguarding level 2: a place, group or school referred and assessed as a context, not only a child.
export const contextReferral = pgTable(
  'context_referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entity.id),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('open'), // open / assessed / closed
    referredBy: uuid('referred_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('context_referral_entity_idx').on(t.entityId)],
);

export const contextAssessment = pgTable(
  'context_assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => contextReferral.id),
    guardianship: text('guardianship').notNull(),
    environment: text('environment').notNull(),
    youngPeople: text('young_people').notNull(),
    concerns: text('concerns').notNull(),
    actions: text('actions').notNull(),
    level: text('level').notNull(),
    assessedBy: uuid('assessed_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('context_assessment_referral_idx').on(t.referralId)],
);
