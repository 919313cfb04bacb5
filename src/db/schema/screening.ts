import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agency } from './agency.ts';
import { safeguardingCase } from './case.ts';
import { chronologyEntry } from './chronology.ts';
import { person } from './person.ts';
import { appUser } from './user.ts';

// A SAFEGUARD screening of a child in a case, scored against a named framework version (issue 3).
export const screening = pgTable(
  'screening',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => safeguardingCase.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    frameworkVersion: text('framework_version').notNull(),
    // draft -> awaiting_decision (medium or above) -> closed; or draft -> closed.
    status: text('status').notNull().default('draft'),
    ageAtScreening: integer('age_at_screening').notNull(),
    origin: text('origin').notNull().default('practitioner'),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    completedBy: uuid('completed_by').references(() => appUser.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    score: integer('score'),
    calculatedLevel: text('calculated_level'),
    finalLevel: text('final_level'),
    // The whole explanation as it stood when completed, so old screenings explain themselves.
    result: jsonb('result'),
    overrideLevel: text('override_level'),
    overrideReason: text('override_reason'),
    overrideBy: uuid('override_by').references(() => appUser.id),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    // none | applied (raised) | pending (lowering, awaiting a lead) | approved | rejected
    overrideStatus: text('override_status').notNull().default('none'),
    overrideReviewedBy: uuid('override_reviewed_by').references(() => appUser.id),
    overrideReviewedAt: timestamp('override_reviewed_at', { withTimezone: true }),
    overrideReviewNote: text('override_review_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('screening_person_idx').on(t.personId, t.startedAt), index('screening_case_idx').on(t.caseId), index('screening_status_idx').on(t.status)],
);

export const screeningAnswer = pgTable(
  'screening_answer',
  {
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    code: text('code').notNull(),
    status: text('status').notNull(),
    when: text('when'),
    evidence: text('evidence').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.code] })],
);

// The decision that closes a screening at medium or above: a referral, or a reason not to refer for a lead to review.
export const screeningDecision = pgTable(
  'screening_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    kind: text('kind').notNull(), // refer | no_referral
    reason: text('reason').notNull().default(''),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    // not_needed | pending | agreed | challenged
    reviewStatus: text('review_status').notNull().default('not_needed'),
    reviewedBy: uuid('reviewed_by').references(() => appUser.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (t) => [index('decision_screening_idx').on(t.screeningId), index('decision_review_idx').on(t.reviewStatus)],
);

// A referral generated from a screening: social care (MASH), police or the National Referral Mechanism.
export const referral = pgTable(
  'referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    decisionId: uuid('decision_id').references(() => screeningDecision.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => safeguardingCase.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    target: text('target').notNull(), // social_care | police | nrm
    // NRM only: route (nrm | duty_to_notify), consent (not_needed_child | given | refused), child welfare form date.
    nrmRoute: text('nrm_route'),
    consent: text('consent'),
    childWelfareFormSentOn: date('child_welfare_form_sent_on'),
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    outcome: text('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeBy: uuid('outcome_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('referral_person_idx').on(t.personId), index('referral_open_idx').on(t.createdAt)],
);

// "Discuss with the safeguarding lead": a question answered inside the record (DOMAIN.md practice principles).
export const consultation = pgTable(
  'consultation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screening.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    askedBy: uuid('asked_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    question: text('question').notNull(),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answer: text('answer'),
  },
  (t) => [index('consultation_screening_idx').on(t.screeningId)],
);

// A sexual health attendance for an under-18, in the style of Spotting the Signs (shared/SOURCES.md 2a).
export const sexualHealthAttendance = pgTable(
  'sexual_health_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    caseId: uuid('case_id').references(() => safeguardingCase.id),
    chronologyEntryId: uuid('chronology_entry_id')
      .notNull()
      .references(() => chronologyEntry.id),
    attendedOn: date('attended_on').notNull(),
    partnerAges: text('partner_ages').notNull().default(''),
    partnerCount: integer('partner_count'),
    sti: boolean('sti').notNull().default(false),
    pregnancy: boolean('pregnancy').notNull().default(false),
    emergencyContraception: boolean('emergency_contraception').notNull().default(false),
    fraserCompetent: text('fraser_competent').notNull(),
    indicators: jsonb('indicators').notNull(),
    professionalAnalysis: text('professional_analysis').notNull(),
    screeningId: uuid('screening_id').references(() => screening.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sha_person_idx').on(t.personId)],
);
