import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { safeguardingCase } from './case.ts';
import { chronologyEntry } from './chronology.ts';
import { entity } from './network.ts';
import { person } from './person.ts';
import { appUser } from './user.ts';

// The MASE panel and missing episodes (issue 7; DATA-MODEL.md: missing_episode ─< return_home_interview, order,
// mase_meeting ─< attendance / agenda_item / action). Vocabularies live in core/mase/vocab.ts.

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
};

// A missing episode is also a chronology entry of kind missing_episode (figures and the map count those); the entry is
// the source of the links recorded from the episode (missing from, found at, found with).
export const missingEpisode = pgTable(
  'missing_episode',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    caseId: uuid('case_id').references(() => safeguardingCase.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => chronologyEntry.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(), // when the child was reported missing
    reportedBy: text('reported_by').notNull(), // who reported (e.g. "residential care worker")
    missingFrom: text('missing_from').notNull(), // home | care | school | other
    missingFromEntity: uuid('missing_from_entity').references(() => entity.id),
    missingFromDetail: text('missing_from_detail').notNull().default(''),
    policeRef: text('police_ref'),
    policeRisk: text('police_risk').notNull(), // College of Policing APP: no_apparent_risk | low | medium | high
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    foundAtEntity: uuid('found_at_entity').references(() => entity.id),
    foundAtDetail: text('found_at_detail').notNull().default(''),
    foundWithEntity: uuid('found_with_entity').references(() => entity.id),
    foundWithDetail: text('found_with_detail').notNull().default(''),
    returnMethod: text('return_method'), // core/mase/vocab.ts RETURN_METHODS
    returnDetail: text('return_detail').notNull().default(''),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    ...stamps,
  },
  (t) => [index('missing_episode_person_idx').on(t.personId, t.reportedAt), uniqueIndex('missing_episode_entry_uq').on(t.entryId)],
);

// The return home interview offered after a return: due 72 hours after it, by someone independent of the child's care.
export const returnHomeInterview = pgTable(
  'return_home_interview',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => missingEpisode.id),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('due'), // due | completed | declined | not_offered
    assignedTo: uuid('assigned_to').references(() => appUser.id),
    assignedAgency: uuid('assigned_agency').references(() => agency.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    reason: text('reason').notNull().default(''), // why declined or not offered (the decision not to offer is recorded)
    findings: text('findings').notNull().default(''),
    // The RHI's chronology entry: the source of the places, people, vehicles and phones it found.
    entryId: uuid('entry_id').references(() => chronologyEntry.id),
    recordedBy: uuid('recorded_by').references(() => appUser.id),
    ...stamps,
  },
  (t) => [uniqueIndex('rhi_episode_uq').on(t.episodeId), index('rhi_status_due_idx').on(t.status, t.dueAt)],
);

// Orders and notices: CAWN, SRO, SHPO, ASB injunction/order, licensing review, s.25 secure accommodation.
export const legalOrder = pgTable(
  'legal_order',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    subjectEntity: uuid('subject_entity')
      .notNull()
      .references(() => entity.id), // the adult served, the premises reviewed, or the child (s.25)
    childPersonId: uuid('child_person_id').references(() => person.id),
    caseId: uuid('case_id').references(() => safeguardingCase.id),
    basis: text('basis'), // CAWN: under_16_at_home | under_18_in_care
    reference: text('reference').notNull().default(''),
    startsOn: date('starts_on'), // served, made or applied for
    officer: text('officer').notNull().default(''),
    reviewOn: date('review_on'),
    expiresOn: date('expires_on'),
    outcome: text('outcome').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    ...stamps,
  },
  (t) => [index('legal_order_subject_idx').on(t.subjectEntity), index('legal_order_child_idx').on(t.childPersonId), index('legal_order_kind_idx').on(t.kind)],
);

// A breach of an order; for a CAWN it prompts the coordinator to consider a Sexual Risk Order (Serious Crime Act 2015).
export const orderBreach = pgTable(
  'order_breach',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => legalOrder.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    detail: text('detail').notNull(),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    followUp: text('follow_up').notNull().default('to_consider'), // to_consider | application_made | not_applied
    followUpReason: text('follow_up_reason').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [index('order_breach_order_idx').on(t.orderId)],
);

export const maseMeeting = pgTable(
  'mase_meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    chairId: uuid('chair_id').references(() => appUser.id),
    status: text('status').notNull().default('planned'), // planned | held
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    ...stamps,
  },
  (t) => [index('mase_meeting_held_idx').on(t.heldOn)],
);

export const maseAttendance = pgTable(
  'mase_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => maseMeeting.id),
    userId: uuid('user_id').references(() => appUser.id),
    name: text('name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    status: text('status').notNull(), // present | apologies
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mase_attendance_meeting_idx').on(t.meetingId)],
);

// An agenda item is about a child, a place, a suspected perpetrator or a group (or a breach or an overdue action).
// Items built by the agenda builder carry source 'auto' and the reason they were added; removed items keep a tombstone.
export const agendaItem = pgTable(
  'agenda_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => maseMeeting.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(), // core/mase/vocab.ts AGENDA_KINDS
    personId: uuid('person_id').references(() => person.id),
    entityId: uuid('entity_id').references(() => entity.id),
    breachId: uuid('breach_id').references(() => orderBreach.id),
    actionId: uuid('action_id'),
    title: text('title').notNull(),
    reason: text('reason').notNull().default(''),
    source: text('source').notNull(), // auto | coordinator
    summary: text('summary').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [index('agenda_item_meeting_idx').on(t.meetingId, t.position)],
);

// An action raised at a meeting. Open actions carry forward to the next meeting as a new row pointing at the one it
// continues (carried_from), which is marked carried_forward: the chain is the action's history.
export const maseAction = pgTable(
  'mase_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => maseMeeting.id),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItem.id),
    type: text('type').notNull(), // core/mase/vocab.ts ACTION_TYPES
    description: text('description').notNull(),
    personId: uuid('person_id').references(() => person.id), // the child it is for, if any
    entityId: uuid('entity_id').references(() => entity.id), // the adult, place or group it acts on, if any
    ownerUser: uuid('owner_user').references(() => appUser.id),
    ownerAgency: uuid('owner_agency')
      .notNull()
      .references(() => agency.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'), // open | in_progress | done | cancelled | carried_forward
    outcome: text('outcome').notNull().default(''),
    carriedFrom: uuid('carried_from'),
    orderId: uuid('order_id').references(() => legalOrder.id), // the order it led to (a CAWN served), if any
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    ...stamps,
  },
  (t) => [
    index('mase_action_meeting_idx').on(t.meetingId),
    index('mase_action_status_idx').on(t.status, t.dueOn),
    uniqueIndex('mase_action_carried_uq').on(t.carriedFrom),
  ],
);
