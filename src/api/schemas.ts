import { z } from 'zod';
import { type Framework, SAFEGUARD_CATEGORIES, TAGS, WEIGHT_CLASSES } from '../core/indicators/index.ts';
import { LANGUAGE_CATEGORIES } from '../core/language/types.ts';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  AGENDA_KINDS,
  BREACH_FOLLOW_UP,
  CAWN_BASES,
  MISSING_FROM,
  ORDER_KINDS,
  ORDER_STATUSES,
  POLICE_RISK,
  RETURN_METHODS,
  RHI_STATUSES,
} from '../core/mase/vocab.ts';
import { PATTERN_KINDS } from '../core/mase/patterns.ts';
import { REFERRAL_TARGETS } from '../core/records/vocab.ts';
import { ANSWER_STATUSES, pointsFor, WHEN } from '../core/screening/assess.ts';
import { HARD_RULES, REQUIRED_ACTIONS } from '../core/screening/hard-rules.ts';
import { BANDS, LONDON_CATEGORIES, RISK_LEVELS } from '../core/screening/levels.ts';
import { MAX_SCREENING_AGE } from '../core/screening/validate.ts';
import { OpenCaseInput } from '../services/cases.ts';
import { ChronologyFilter, ChronologyInput } from '../services/inputs/chronology.ts';
import { IdentifierInput, NameInput, personInput } from '../services/inputs/person.ts';
import { version } from '../services/inputs/fields.ts';
import { ActionInput, ActionUpdateInput, AgendaDateInput, MeetingInput } from '../services/inputs/mase.ts';
import { BreachInput, OrderFilterInput, OrderInput, OrderStatusInput } from '../services/inputs/orders.ts';
import { AssignInput, EpisodeInput, OutcomeInput as RhiOutcomeInput, ReturnInput } from '../services/inputs/missing.ts';
import { DecisionInput, OutcomeInput, OverrideInput, SaveScreeningInput, StartScreeningInput } from '../services/inputs/screening.ts';
import { SearchInput } from '../services/people.ts';

// The wire shapes of API v1, defined once. Request bodies are the services' own input schemas, so the document
// cannot drift from what is actually accepted; responses are encoded through the schemas below, which both whitelists
// the fields that leave the system (no normalised search keys, no internal row ids) and keeps the OpenAPI document
// honest. Every schema a route names is registered in `components` and becomes `#/components/schemas/<id>`.

export const components = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, schema: T): T {
  components.add(schema, { id });
  return schema;
}

// ---- scalars ------------------------------------------------------------------------------------------------------

// Any 8-4-4-4-12 hex id (PostgreSQL gen_random_uuid and demo data alike).
const id = z.guid();
// Timestamps travel as ISO 8601 strings in UTC; in the services they are Dates.
const timestamp = z.codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() });
const isoDate = z.iso.date();

// Controlled vocabularies are documented as enums but read back leniently: a value retired from the vocabulary must
// never make a child's record unreadable through the API.
function vocabulary(options: readonly string[], description?: string) {
  return z.string().meta({ enum: [...options], ...(description ? { description } : {}) });
}

const personShape = personInput(new Date()).shape;
const kinds = {
  person: personShape.kind.options,
  gender: personShape.gender.options,
  ethnicity: personShape.ethnicity.options,
  lookedAfter: personShape.lookedAfter.unwrap().options,
  cpPlan: personShape.cpPlan.unwrap().options,
  name: NameInput.shape.kind.options,
  identifier: IdentifierInput.shape.kind.options,
  chronology: ChronologyInput.shape.kind.options,
};

// ---- requests (the services' schemas) -------------------------------------------------------------------------------

// `kind` is taken from the path (/children or /adults) and removed from these two in the document (see openapi.ts).
export const PersonInputBody = named('PersonInput', personInput(new Date()));
export const PersonUpdateBody = named('PersonUpdateInput', personInput(new Date()).safeExtend({ version }));
export const OpenCaseBody = named('OpenCaseInput', OpenCaseInput);
export const ChronologyBody = named('ChronologyInput', ChronologyInput);
export const KIND_FROM_PATH = ['PersonInput', 'PersonUpdateInput'] as const;

// A search's criteria travel in the body, never the address (ASVS 8.3.1); `kind` comes from the path.
export const SearchBody = named('SearchCriteria', SearchInput.omit({ kind: true }));
// Query strings: each property is one query parameter.
export const ChronologyQuery = ChronologyFilter;

// ---- responses ----------------------------------------------------------------------------------------------------

const SearchHitVisible = z.object({
  access: z.literal('visible'),
  id,
  kind: vocabulary(kinds.person),
  name: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: isoDate.nullable(),
  gender: vocabulary(kinds.gender),
  postcode: z.string().nullable(),
});
const SearchHitRestricted = z
  .object({ access: z.literal('restricted'), id, kind: vocabulary(kinds.person) })
  .meta({ description: 'A match outside your working relationships: no identifying detail. Ask the case team, or use break-glass in Lantern.' });
export const SearchHit = named('SearchHit', z.discriminatedUnion('access', [SearchHitVisible, SearchHitRestricted]));
export const SearchResults = named('SearchResults', z.object({ data: z.array(SearchHit) }));

const PersonName = z.object({ kind: vocabulary(kinds.name), given: z.string(), family: z.string() });
const PersonIdentifier = z.object({ kind: vocabulary(kinds.identifier), value: z.string(), agencyId: id.nullable() });
const PersonAddress = z.object({ line: z.string(), postcode: z.string(), fromDate: isoDate.nullable(), toDate: isoDate.nullable() });

export const Person = named(
  'Person',
  z
    .object({
      id,
      kind: vocabulary(kinds.person),
      names: z.array(PersonName).meta({ description: 'The legal name first' }),
      dateOfBirth: isoDate.nullable(),
      dobEstimated: z.boolean(),
      gender: vocabulary(kinds.gender),
      ethnicity: vocabulary(kinds.ethnicity),
      nhsNumber: z.string().nullable(),
      school: z.string().nullable(),
      lookedAfter: vocabulary(kinds.lookedAfter),
      cpPlan: vocabulary(kinds.cpPlan),
      addresses: z.array(PersonAddress).meta({ description: 'Most recent first' }),
      identifiers: z.array(PersonIdentifier),
      version: z.int().min(1).meta({ description: 'Send this back in PUT: a stale version gets 409 with the current record' }),
      createdBy: id,
      createdByAgency: id,
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .meta({
      description: 'A child or young person, or an adult of concern. The shape is close to PersonInput, so a record can be read, changed and sent back.',
    }),
);

export const PersonResponse = named(
  'PersonResponse',
  z.object({
    data: Person,
    access: z
      .object({ basis: z.string().meta({ description: 'The working relationship that gave access, e.g. case_team' }), breakGlass: z.boolean() })
      .meta({ description: 'Why you can see this record. breakGlass is true when access came through break-glass.' }),
  }),
);

export const Created = named('Created', z.object({ id }));
export const PersonUpdated = named('PersonUpdated', z.object({ id, version: z.int().min(1) }));

const CaseMember = z.object({
  id,
  agencyId: id,
  userId: id.nullable().meta({ description: 'null when a whole agency is on the case team' }),
  role: vocabulary(['key_worker', 'team_member', 'agency']),
  addedAt: timestamp,
});
const CaseTask = z.object({ id, title: z.string(), dueOn: isoDate.nullable(), assignedTo: id.nullable(), status: z.string(), createdAt: timestamp });
export const Case = named(
  'Case',
  z.object({
    id,
    personId: id,
    leadAgencyId: id,
    keyWorkerId: id,
    status: z.string(),
    summary: z.string(),
    riskLevel: z.string().nullable(),
    openedAt: timestamp,
    closedAt: timestamp.nullable(),
    lastActivityAt: timestamp,
    version: z.int().min(1),
    members: z.array(CaseMember),
    tasks: z.array(CaseTask).meta({ description: 'Open tasks' }),
  }),
);
export const CaseList = named('CaseList', z.object({ data: z.array(Case) }));

export const ChronologyEntry = named(
  'ChronologyEntry',
  z.object({
    id,
    personId: id,
    caseId: id.nullable(),
    kind: vocabulary(kinds.chronology),
    occurredAt: timestamp,
    occurredDateOnly: z.boolean().meta({ description: 'Given as a date alone: only the London date of occurredAt means anything, not its time' }),
    summary: z.string(),
    detail: z.string(),
    authorId: id,
    agencyId: id,
    createdAt: timestamp,
    version: z.int().min(1),
  }),
);
export const ChronologyList = named('ChronologyList', z.object({ data: z.array(ChronologyEntry) }));

export const AuditEvent = named(
  'AuditEvent',
  z.object({
    seq: z.int(),
    at: timestamp,
    action: z.string(),
    userName: z.string(),
    agencyName: z.string(),
    purpose: z.string(),
    breakGlass: z.boolean(),
    via: vocabulary(['web', 'api', 'cli']),
    subjectType: z.string(),
  }),
);
export const AuditList = named('AuditList', z.object({ data: z.array(AuditEvent).meta({ description: 'Newest first' }) }));

export const OpenApiDocument = named('OpenApiDocument', z.record(z.string(), z.unknown()).meta({ description: 'This document' }));

// ---- screening, referrals and the indicator framework -------------------------------------------------------------

const riskLevel = vocabulary(Object.keys(RISK_LEVELS));
const answerStatus = vocabulary(Object.keys(ANSWER_STATUSES));
const when = vocabulary(Object.keys(WHEN), 'current: the last 6 months; past: 6 to 12 months ago; both');
const categoryKey = vocabulary(Object.keys(SAFEGUARD_CATEGORIES));
const weightClass = vocabulary(Object.keys(WEIGHT_CLASSES));
const referralTarget = vocabulary(Object.keys(REFERRAL_TARGETS));
const citation = z.object({ title: z.string(), url: z.string().optional() });

export const StartScreeningBody = named('StartScreeningInput', StartScreeningInput);
export const SaveAnswersBody = named(
  'SaveScreeningAnswersInput',
  SaveScreeningInput.safeExtend({
    complete: z
      .boolean()
      .optional()
      .meta({ description: 'true scores the screening and records the result: no more answers can be saved to it. Leave out to save a draft.' }),
  }).meta({ description: 'Replaces all the answers of a draft screening. An indicator that is present needs `when` and `evidence`.' }),
);
export const OverrideBody = named('OverrideInput', OverrideInput);
export const DecisionBody = named('DecisionInput', DecisionInput);
export const ReferralOutcomeBody = named('ReferralOutcomeInput', OutcomeInput);
export const FrameworkQuery = z.object({
  version: z.string().trim().min(1).max(40).optional().meta({ description: 'A framework version, e.g. 2026.1. Leave out for the current framework.' }),
});

const HardRuleHit = z.object({
  id: z.string(),
  title: z.string(),
  floor: riskLevel.meta({ description: 'The lowest level the screening can have once this rule applies' }),
  triggeredBy: z.array(z.string()).meta({ description: 'Indicator codes' }),
  source: citation,
});
const Reason = z.object({
  code: z.string(),
  category: categoryKey,
  wording: z.string(),
  weight: weightClass,
  when,
  points: z.int(),
  evidence: z.string(),
});
const RequiredAction = z.object({ code: vocabulary(Object.keys(REQUIRED_ACTIONS)), text: z.string() });

export const ScreeningAssessment = named(
  'ScreeningAssessment',
  z
    .object({
      framework: z.string().meta({ description: 'The framework version the answers were scored against' }),
      score: z.int(),
      scoreLevel: riskLevel.meta({ description: 'The level from the score alone' }),
      level: riskLevel.meta({ description: 'The calculated level: the score level raised by any hard rule' }),
      londonCategory: z.string(),
      hardRules: z.array(HardRuleHit),
      reasons: z.array(Reason).meta({ description: 'Each indicator present, with its points and evidence: most points first' }),
      requiredActions: z.array(RequiredAction),
      tags: z.array(vocabulary(Object.keys(TAGS))),
    })
    .meta({ description: 'Why the screening has its level: score, hard rules, reasons and the actions they require.' }),
);

const ScreeningOverride = z
  .object({
    level: riskLevel,
    reason: z.string(),
    status: vocabulary(
      ['applied', 'pending', 'approved', 'rejected'],
      'applied: a raise, in force at once; pending: a lowering waiting for a safeguarding lead',
    ),
    by: id,
    at: timestamp,
    reviewedBy: id.nullable(),
    reviewedAt: timestamp.nullable(),
    reviewNote: z.string().nullable(),
  })
  .meta({ description: 'Professional judgement on the level: null when there is none' });

export const ScreeningState = named(
  'ScreeningState',
  z
    .object({
      id,
      caseId: id,
      personId: id,
      framework: z.string().meta({ description: 'The framework version of this screening (see GET /framework?version=)' }),
      status: vocabulary(['draft', 'awaiting_decision', 'closed'], 'awaiting_decision: medium or high, waiting for a referral or a reason not to refer'),
      origin: z.string(),
      ageAtScreening: z.int(),
      startedBy: id,
      agencyId: id,
      startedAt: timestamp,
      completedBy: id.nullable(),
      completedAt: timestamp.nullable(),
      score: z.int().nullable(),
      calculatedLevel: riskLevel.nullable(),
      level: riskLevel.nullable().meta({ description: 'The level in force: the calculated level, or a raise, or an approved lowering. null while a draft.' }),
      override: ScreeningOverride.nullable(),
      closedAt: timestamp.nullable(),
      version: z.int().min(1).meta({ description: 'Send this back with a change: a stale version gets 409 with the screening as it is now' }),
      assessment: ScreeningAssessment.nullable().meta({ description: 'The result recorded when the screening was completed; null while a draft' }),
    })
    .meta({ description: 'A screening without its answers, decisions and referrals: what a change answers with.' }),
);

const ScreeningAnswer = z.object({ code: z.string(), status: answerStatus, when: when.nullable(), evidence: z.string() });
const ScreeningDecision = z.object({
  id,
  kind: vocabulary(['refer', 'no_referral']),
  reason: z.string(),
  decidedBy: id,
  agencyId: id,
  decidedAt: timestamp,
  reviewStatus: vocabulary(['not_needed', 'pending', 'agreed', 'challenged'], 'A decision not to refer is reviewed by a safeguarding lead'),
  reviewedBy: id.nullable(),
  reviewedAt: timestamp.nullable(),
  reviewNote: z.string().nullable(),
});
const Consultation = z.object({
  id,
  askedBy: id,
  agencyId: id,
  askedAt: timestamp,
  question: z.string(),
  answeredBy: id.nullable(),
  answeredAt: timestamp.nullable(),
  answer: z.string().nullable(),
});

export const ReferralSummary = named(
  'ReferralSummary',
  z.object({
    id,
    screeningId: id,
    decisionId: id.nullable(),
    caseId: id,
    personId: id,
    target: referralTarget,
    nrmRoute: vocabulary(['nrm', 'duty_to_notify']).nullable(),
    consent: vocabulary(['not_needed_child', 'given', 'refused']).nullable(),
    childWelfareFormSentOn: isoDate.nullable(),
    createdBy: id,
    agencyId: id,
    createdAt: timestamp,
    outcome: z.string().nullable(),
    outcomeAt: timestamp.nullable(),
    outcomeBy: id.nullable(),
    version: z.int().min(1).meta({ description: 'Send this back when recording the outcome' }),
  }),
);

export const Screening = named(
  'Screening',
  ScreeningState.safeExtend({
    answers: z.array(ScreeningAnswer),
    assessment: ScreeningAssessment.meta({ description: 'For a draft, the result of the answers saved so far; once complete, the result as recorded' }),
    decisions: z.array(ScreeningDecision).meta({ description: 'Oldest first' }),
    referrals: z.array(ReferralSummary).meta({ description: 'Oldest first' }),
    consultations: z.array(Consultation).meta({ description: 'Questions for the safeguarding lead, oldest first' }),
  }).meta({ description: 'A screening with its answers, result, decisions, referrals and consultations. Every read is audited.' }),
);

export const ScreeningStarted = named(
  'ScreeningStarted',
  z.object({ id, created: z.boolean().meta({ description: 'false when the case already had a draft screening: that draft is returned instead' }) }),
);
export const DecisionMade = named(
  'DecisionMade',
  z.object({ decisionId: id, referralIds: z.array(id).meta({ description: 'Social care first, then police, then NRM; empty for a decision not to refer' }) }),
);
export const ScreeningConflict = named(
  'ScreeningConflict',
  z
    .object({ error: z.literal('conflict'), message: z.string(), current: ScreeningState })
    .meta({ description: 'Someone else changed the screening first. current is the screening as it is now.' }),
);

// The "JSON referral": what was sent, built from the screening when the decision was made (core/screening/referral.ts).
export const ReferralContent = named(
  'ReferralContent',
  z.object({
    target: referralTarget,
    title: z.string(),
    child: z.object({
      name: z.string(),
      otherNames: z.array(z.string()),
      dateOfBirth: isoDate.nullable(),
      age: z.int(),
      gender: z.string(),
      ethnicity: z.string(),
      nhsNumber: z.string().nullable(),
      postcode: z.string().nullable(),
      school: z.string().nullable(),
      lookedAfter: z.string(),
      cpPlan: z.string(),
    }),
    referrer: z.object({ name: z.string(), agency: z.string(), email: z.string() }),
    screening: z.object({
      id,
      framework: z.string(),
      completedAt: z.iso.datetime(),
      score: z.int(),
      calculatedLevel: riskLevel,
      level: riskLevel,
      londonCategory: z.string(),
      londonMeaning: z.string(),
      override: z.object({ level: riskLevel, reason: z.string(), status: z.string() }).nullable(),
      hardRules: z.array(HardRuleHit),
      reasons: z.array(Reason),
      requiredActions: z.array(RequiredAction),
    }),
    exploitation: z.object({
      types: z.array(z.string()),
      model: z.string().nullable(),
      setting: z.string().nullable(),
      groomingStage: z.string().nullable(),
    }),
    nrm: z
      .object({
        route: vocabulary(['nrm', 'duty_to_notify']),
        consent: vocabulary(['not_needed_child', 'given', 'refused']),
        childWelfareFormFirst: z.boolean(),
      })
      .nullable()
      .meta({ description: 'NRM referrals only' }),
    notes: z.string(),
  }),
);
export const ReferralResponse = named(
  'ReferralResponse',
  z.object({ data: ReferralContent.meta({ description: 'The referral as sent, with the evidence and reasons' }), referral: ReferralSummary }),
);

const keyLabel = z.object({ key: z.string(), label: z.string() });
export const FrameworkDocument = named(
  'Framework',
  z
    .object({
      version: z.string(),
      published: isoDate,
      current: z.boolean().meta({ description: 'Whether new screenings use this version' }),
      summary: z.string(),
      categories: z
        .array(z.object({ key: categoryKey, letter: z.string(), label: z.string(), indicators: z.array(z.string()).meta({ description: 'Indicator codes' }) }))
        .meta({ description: 'The SAFEGUARD categories, in order' }),
      weightClasses: z.array(
        z.object({
          key: weightClass,
          description: z.string(),
          points: z.object({ current: z.int(), past: z.int(), both: z.int() }).meta({ description: 'Points for an indicator present at each time' }),
        }),
      ),
      bands: z
        .array(
          z.object({
            level: riskLevel,
            label: z.string(),
            minScore: z.int(),
            maxScore: z.int().nullable(),
            londonCategory: z.string(),
            meaning: z.string(),
          }),
        )
        .meta({ description: 'Score bands and their London protocol categories' }),
      hardRules: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          floor: riskLevel,
          codes: z.array(z.string()).meta({ description: 'Any one present triggers the rule' }),
          anySignificantCurrent: z.boolean().meta({ description: 'Triggered by any significant indicator that is current' }),
          currentOnly: z.boolean(),
          ages: z.object({ min: z.int(), max: z.int() }).nullable().meta({ description: 'The ages at which the rule applies; null for every age' }),
          actions: z.array(vocabulary(Object.keys(REQUIRED_ACTIONS))),
          source: z.object({ title: z.string(), url: z.string().nullable() }),
        }),
      ),
      requiredActions: z.array(z.object({ code: vocabulary(Object.keys(REQUIRED_ACTIONS)), text: z.string() })),
      tags: z.array(keyLabel),
      answerStatuses: z.array(keyLabel),
      when: z.array(keyLabel),
      sources: z.array(z.object({ key: z.string(), title: z.string(), url: z.string().nullable() })),
      indicators: z.array(
        z.object({
          code: z.string(),
          category: categoryKey,
          weight: weightClass,
          wording: z.string(),
          guidance: z.string(),
          tags: z.array(vocabulary(Object.keys(TAGS))),
          source: z.string().meta({ description: 'A key of sources' }),
          traumaResponse: z.boolean(),
          sexualHealthPrompt: z.boolean(),
        }),
      ),
    })
    .meta({ description: 'A SAFEGUARD indicator framework with the scoring rules Lantern applies to it.' }),
);

const labelled = (vocab: Readonly<Record<string, string>>) => Object.entries(vocab).map(([key, label]) => ({ key, label }));

// The framework as public data: the same document for GET /framework and `lantern framework --json`.
export function frameworkDocument(f: Framework, current: boolean): z.output<typeof FrameworkDocument> {
  const ages = Array.from({ length: MAX_SCREENING_AGE + 1 }, (_, age) => age);
  return {
    version: f.version,
    published: f.published,
    current,
    summary: f.summary,
    categories: Object.entries(SAFEGUARD_CATEGORIES).map(([key, c]) => ({
      key,
      letter: c.letter,
      label: c.label,
      indicators: f.indicators.filter((i) => i.category === key).map((i) => i.code),
    })),
    weightClasses: Object.entries(WEIGHT_CLASSES).map(([key, description]) => {
      const w = key as keyof typeof WEIGHT_CLASSES;
      return { key, description, points: { current: pointsFor(w, 'current'), past: pointsFor(w, 'past'), both: pointsFor(w, 'both') } };
    }),
    bands: BANDS.map((b) => ({
      level: b.level,
      label: RISK_LEVELS[b.level],
      minScore: b.min,
      maxScore: b.max,
      londonCategory: LONDON_CATEGORIES[b.level].category,
      meaning: LONDON_CATEGORIES[b.level].meaning,
    })),
    hardRules: HARD_RULES.map((r) => {
      const applies = r.appliesAtAge ? ages.filter(r.appliesAtAge) : ages;
      return {
        id: r.id,
        title: r.title,
        floor: r.floor,
        codes: [...r.codes],
        anySignificantCurrent: r.anySignificantCurrent ?? false,
        currentOnly: r.currentOnly ?? false,
        ages: r.appliesAtAge ? { min: applies[0] ?? 0, max: applies[applies.length - 1] ?? 0 } : null,
        actions: [...r.actions],
        source: { title: r.source.title, url: r.source.url ?? null },
      };
    }),
    requiredActions: Object.entries(REQUIRED_ACTIONS).map(([code, text]) => ({ code, text })),
    tags: labelled(TAGS),
    answerStatuses: labelled(ANSWER_STATUSES),
    when: labelled(WHEN),
    sources: Object.entries(f.sources).map(([key, s]) => ({ key, title: s.title, url: s.url ?? null })),
    indicators: f.indicators.map((i) => ({
      code: i.code,
      category: i.category,
      weight: i.weight,
      wording: i.wording,
      guidance: i.guidance,
      tags: [...i.tags],
      source: i.source,
      traumaResponse: i.traumaResponse ?? false,
      sexualHealthPrompt: i.sexualHealthPrompt ?? false,
    })),
  };
}

// ---- the MASE panel -----------------------------------------------------------------------------------------------

const agendaKind = vocabulary(Object.keys(AGENDA_KINDS));
const actionType = vocabulary(Object.keys(ACTION_TYPES));
const actionStatus = vocabulary(Object.keys(ACTION_STATUSES), 'carried_forward: continued at a later meeting, where it is updated');
const meetingStatus = vocabulary(['planned', 'held']);

export const MaseMeetingBody = named('MaseMeetingInput', MeetingInput);
export const MaseActionBody = named('MaseActionInput', ActionInput);
export const MaseActionUpdateBody = named('MaseActionUpdateInput', ActionUpdateInput);
export const MaseAgendaQuery = AgendaDateInput;
// Building the agenda takes no input; the schema exists so that the document can say so.
export const NoBody = named('NoInput', z.object({}).meta({ description: 'No fields. The body can be left out.' }));

export const MaseMeetingSummary = z.object({ id, heldOn: isoDate, title: z.string(), status: meetingStatus, chairId: id.nullable(), version: z.int().min(1) });
export const MaseMeetingList = named(
  'MaseMeetingList',
  z.object({
    data: z.array(MaseMeetingSummary).meta({ description: 'Latest first' }),
    manage: z.boolean().meta({ description: 'true for the MASE coordinator, who plans meetings and builds agendas' }),
  }),
);
export const MaseMeetingCreated = named(
  'MaseMeetingCreated',
  z.object({ id, carried: z.int().min(0).meta({ description: 'Open actions from earlier meetings carried forward into this one' }) }),
);

// Field names follow the stored action, so that a Conflict's current record is encoded by this schema directly.
export const MaseActionRecord = named(
  'MaseActionRecord',
  z
    .object({
      id,
      meetingId: id,
      type: actionType,
      description: z.string(),
      personId: id.nullable().meta({ description: 'The child the action is for, if any' }),
      entityId: id.nullable().meta({ description: 'The adult, place or group it acts on, if any' }),
      ownerUser: id.nullable(),
      ownerAgency: id,
      dueOn: isoDate,
      status: actionStatus,
      outcome: z.string(),
      carriedFrom: id.nullable().meta({ description: 'The same action at the previous meeting' }),
      orderId: id.nullable().meta({ description: 'The order or notice it led to, if any' }),
      createdBy: id,
      createdAt: timestamp,
      updatedAt: timestamp,
      version: z.int().min(1).meta({ description: 'Send this back in PUT: a stale version gets 409 with the action as it is now' }),
    })
    .meta({ description: 'A panel action as stored.' }),
);
const ActionHistoryEntry = z.object({ meetingId: id, heldOn: isoDate, status: actionStatus, outcome: z.string() });
export const MaseAction = named(
  'MaseAction',
  MaseActionRecord.safeExtend({
    owner: z.string().nullable().meta({ description: 'The owner’s name, when a person owns it' }),
    ownerAgencyName: z.string(),
    about: z.string().nullable().meta({ description: 'Who or what it is about, as shown on the action’s page' }),
    overdue: z.boolean(),
    history: z.array(ActionHistoryEntry).meta({ description: 'Each meeting the action has been through, oldest first, ending with this one' }),
    mayUpdate: z.boolean().meta({ description: 'Whether you may change its status and outcome' }),
  }).meta({ description: 'A panel action with its owner, what it is about and its history across meetings.' }),
);
export const MaseActionConflict = named(
  'MaseActionConflict',
  z
    .object({ error: z.literal('conflict'), message: z.string(), current: MaseActionRecord })
    .meta({ description: 'Someone else changed the action first. current is the action as it is now.' }),
);

const WordingFinding = z.object({
  text: z.string(),
  category: vocabulary(Object.keys(LANGUAGE_CATEGORIES)),
  explanation: z.string(),
  alternatives: z.array(z.string()),
});
const MaseAgendaItem = z.object({
  id,
  position: z.int(),
  kind: agendaKind,
  personId: id.nullable(),
  entityId: id.nullable(),
  breachId: id.nullable(),
  actionId: id.nullable(),
  title: z.string(),
  reason: z.string(),
  source: vocabulary(['auto', 'coordinator'], 'auto: added by the agenda builder'),
  summary: z.string().meta({ description: 'The discussion summary' }),
  decisions: z.string(),
  version: z.int().min(1),
  wording: z.array(WordingFinding).meta({ description: 'Victim-blaming wording in the summary or decisions, with child-centred alternatives' }),
  actions: z.array(MaseAction).meta({ description: 'Actions raised on this item that you may see' }),
});
const MaseAttendance = z.object({
  id,
  userId: id.nullable().meta({ description: 'null for someone without a Lantern account' }),
  name: z.string(),
  agencyId: id,
  agencyName: z.string(),
  agencyKind: z.string(),
  status: vocabulary(['present', 'apologies']),
  recordedAt: timestamp,
});
export const MaseMeeting = named(
  'MaseMeeting',
  MaseMeetingSummary.safeExtend({
    chair: z.string().nullable(),
    createdBy: id,
    createdAt: timestamp,
    updatedAt: timestamp,
    attendance: z.array(MaseAttendance),
    quoracy: z
      .object({ quorate: z.boolean(), missing: z.array(z.string()).meta({ description: 'Agency kinds not present: police, health, social_care' }) })
      .meta({ description: 'Quorate when police, health and children’s social care are present; apologies do not count' }),
    items: z.array(MaseAgendaItem).meta({ description: 'The agenda items your agency needs to know about, in order' }),
    otherActions: z.array(MaseAction).meta({ description: 'Actions you may see that are not on an item shown above' }),
    withheld: z
      .object({ items: z.int().min(0), actions: z.int().min(0) })
      .meta({ description: 'Items and actions about children your agency does not work with: counted, not shown' }),
    manage: z.boolean(),
  }).meta({ description: 'A panel meeting as your agency may see it (need-to-know). Every read is audited.' }),
);

const AgendaDraftItem = z.object({
  kind: agendaKind,
  personId: id.nullable(),
  entityId: id.nullable(),
  breachId: id.nullable(),
  actionId: id.nullable(),
  title: z.string(),
  reason: z.string().meta({ description: 'Why it is on the agenda; several reasons are joined with "; "' }),
});
export const MaseAgendaPreview = named(
  'MaseAgendaPreview',
  z
    .object({ date: isoDate, items: z.array(AgendaDraftItem) })
    .meta({ description: 'The agenda the builder would propose for a meeting on that date. Nothing is saved.' }),
);
export const MaseAgendaBuilt = named(
  'MaseAgendaBuilt',
  z.object({ added: z.int().min(0).meta({ description: 'Items added; nothing already on the agenda is added twice' }) }),
);

// ---- orders and notices -------------------------------------------------------------------------------------------

export const OrderBody = named('OrderInput', OrderInput);
export const OrderStatusBody = named('OrderStatusInput', OrderStatusInput);
export const BreachBody = named('BreachInput', BreachInput);
export const OrderQuery = OrderFilterInput;

const orderKind = vocabulary(Object.keys(ORDER_KINDS));
const orderStatus = vocabulary(Object.keys(ORDER_STATUSES));
const EntityRef = z
  .object({ id, kind: z.string(), label: z.string(), detail: z.string() })
  .meta({ description: 'The adult, place or child the order concerns, as the network pages show it' });

// Field names follow the stored order, so that a Conflict's current record is encoded by this schema directly.
export const OrderRecord = named(
  'OrderRecord',
  z.object({
    id,
    kind: orderKind,
    status: orderStatus,
    subjectEntity: id,
    childPersonId: id.nullable(),
    caseId: id.nullable(),
    basis: vocabulary(Object.keys(CAWN_BASES)).nullable().meta({ description: 'CAWNs only' }),
    reference: z.string(),
    startsOn: isoDate.nullable().meta({ description: 'Served, made or applied for' }),
    officer: z.string(),
    reviewOn: isoDate.nullable(),
    expiresOn: isoDate.nullable(),
    outcome: z.string(),
    notes: z.string(),
    createdBy: id,
    agencyId: id,
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.int().min(1).meta({ description: 'Send this back in PUT: a stale version gets 409 with the order as it is now' }),
  }),
);
export const OrderSummary = named(
  'OrderSummary',
  OrderRecord.safeExtend({
    subject: EntityRef.nullable(),
    child: z.object({ id, name: z.string() }).nullable(),
    review: vocabulary(['overdue', 'due']).nullable().meta({ description: 'due: the review date is within 14 days' }),
    openBreaches: z.int().min(0).meta({ description: 'Breaches waiting for the coordinator’s Sexual Risk Order decision' }),
  }),
);
export const OrderList = named('OrderList', z.object({ data: z.array(OrderSummary) }));
const Breach = z.object({
  id,
  occurredAt: timestamp,
  detail: z.string(),
  reportedBy: id,
  agencyId: id,
  followUp: vocabulary(Object.keys(BREACH_FOLLOW_UP)),
  followUpReason: z.string(),
  decidedBy: id.nullable(),
  decidedAt: timestamp.nullable(),
  prompt: z.string().nullable().meta({ description: 'What the breach asks of the coordinator, while undecided' }),
  version: z.int().min(1),
});
const OrderHistoryEntry = z.object({
  at: timestamp,
  action: z.string(),
  userName: z.string(),
  agencyName: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export const Order = named(
  'Order',
  OrderSummary.safeExtend({
    agencyName: z.string(),
    breaches: z.array(Breach),
    history: z.array(OrderHistoryEntry).meta({ description: 'Recorded, status changes and breaches, from the audit trail' }),
  }).meta({ description: 'An order or notice with its breaches and history. Every read is audited.' }),
);
export const OrderConflict = named(
  'OrderConflict',
  z
    .object({ error: z.literal('conflict'), message: z.string(), current: OrderRecord })
    .meta({ description: 'Someone else changed the order first. current is the order as it is now.' }),
);
export const BreachRecorded = named(
  'BreachRecorded',
  z.object({ id, prompt: z.string().nullable().meta({ description: 'For a CAWN: consider an application for a Sexual Risk Order' }) }),
);

// ---- missing episodes and return home interviews ------------------------------------------------------------------

export const EpisodeBody = named('MissingEpisodeInput', EpisodeInput);
export const ReturnBody = named('MissingReturnInput', ReturnInput);
export const RhiAssignBody = named('RhiAssignInput', AssignInput);
export const RhiOutcomeBody = named('RhiOutcomeInput', RhiOutcomeInput);

// Field names follow the stored rows, so that a Conflict's current record is encoded by these schemas directly.
export const MissingEpisodeRecord = named(
  'MissingEpisodeRecord',
  z.object({
    id,
    personId: id,
    caseId: id.nullable(),
    entryId: id.meta({ description: 'The chronology entry of the episode: the source of its links' }),
    reportedAt: timestamp,
    reportedBy: z.string(),
    missingFrom: vocabulary(Object.keys(MISSING_FROM)),
    missingFromEntity: id.nullable(),
    missingFromDetail: z.string(),
    policeRef: z.string().nullable(),
    policeRisk: vocabulary(Object.keys(POLICE_RISK)),
    returnedAt: timestamp.nullable(),
    foundAtEntity: id.nullable(),
    foundAtDetail: z.string(),
    foundWithEntity: id.nullable(),
    foundWithDetail: z.string(),
    returnMethod: vocabulary(Object.keys(RETURN_METHODS)).nullable(),
    returnDetail: z.string(),
    recordedBy: id,
    agencyId: id,
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.int().min(1).meta({ description: 'Send this back when recording the return' }),
  }),
);
export const RhiRecord = named(
  'RhiRecord',
  z.object({
    id,
    episodeId: id,
    dueAt: timestamp.meta({ description: '72 hours after the return' }),
    status: vocabulary(Object.keys(RHI_STATUSES)),
    assignedTo: id.nullable(),
    assignedAgency: id.nullable(),
    assignedAt: timestamp.nullable(),
    offeredAt: timestamp.nullable(),
    completedAt: timestamp.nullable(),
    reason: z.string(),
    findings: z.string().meta({ description: 'Empty unless you may read the child’s record' }),
    entryId: id.nullable(),
    recordedBy: id.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.int().min(1).meta({ description: 'Send this back when assigning the interview or recording its outcome' }),
  }),
);
const RhiState = RhiRecord.safeExtend({
  clock: z
    .object({
      state: vocabulary(['due', 'overdue', 'done']),
      dueText: z.string().meta({ description: 'The due time in London, with GMT or BST' }),
      hours: z.int(),
      minutes: z.int(),
      text: z.string(),
      onTime: z.boolean().nullable().meta({ description: 'Once done: whether it was within 72 hours' }),
    })
    .meta({ description: 'The 72-hour clock, in the case’s time zone (Europe/London)' }),
  assignee: z.string().nullable(),
  assigneeAgency: z.string().nullable(),
});
const MissingEpisodeSummary = MissingEpisodeRecord.safeExtend({ rhi: RhiState.nullable() });
const MissingPattern = z.object({
  kind: vocabulary(Object.keys(PATTERN_KINDS)),
  title: z.string(),
  reason: z.string(),
  children: z.array(z.object({ id, name: z.string().nullable() })).meta({ description: 'The children in the pattern whose records you may read' }),
  hiddenChildren: z.int().min(0).meta({ description: 'Children in the pattern whose records you may not read: counted, not named' }),
});
export const MissingEpisodeList = named(
  'MissingEpisodeList',
  z.object({ data: z.array(MissingEpisodeSummary).meta({ description: 'Newest first' }), patterns: z.array(MissingPattern) }),
);
export const MissingEpisode = named(
  'MissingEpisode',
  MissingEpisodeSummary.safeExtend({
    child: z.object({ id, name: z.string().nullable().meta({ description: 'null when you may not read the child’s record' }) }),
    agencyName: z.string(),
    places: z.object({ missingFrom: EntityRef.nullable(), foundAt: EntityRef.nullable(), foundWith: EntityRef.nullable() }),
    can: z.object({ recordReturn: z.boolean(), assign: z.boolean(), recordOutcome: z.boolean(), capture: z.boolean() }),
  }).meta({
    description:
      'One missing episode. Leads, MASE coordinators and the assigned interviewer who may not read the child’s record see the RHI clock and outcome, ' +
      'without the child’s name, free text or places. Every read is audited.',
  }),
);
export const MissingEpisodeRecorded = named('MissingEpisodeRecorded', z.object({ id, entryId: id, rhiId: id.nullable() }));
export const ReturnRecorded = named('MissingReturnRecorded', z.object({ rhiId: id }));
export const RhiOutcomeRecorded = named(
  'RhiOutcomeRecorded',
  z.object({
    entryId: id.nullable().meta({ description: 'A completed interview’s chronology entry: record what it found as links from it' }),
    capture: z.boolean(),
  }),
);
export const EpisodeConflict = named('MissingEpisodeConflict', z.object({ error: z.literal('conflict'), message: z.string(), current: MissingEpisodeRecord }));
export const RhiConflict = named('RhiConflict', z.object({ error: z.literal('conflict'), message: z.string(), current: RhiRecord }));
const RhiDashboardItem = z.object({
  episodeId: id,
  child: z.object({ id, name: z.string().nullable() }),
  agencyName: z.string(),
  returnedAt: timestamp,
  rhi: RhiState,
  assignedToMe: z.boolean(),
});
export const RhiDashboard = named(
  'RhiDashboard',
  z
    .object({ overdue: z.array(RhiDashboardItem), due: z.array(RhiDashboardItem), patterns: z.array(MissingPattern), all: z.boolean() })
    .meta({ description: 'Return home interviews still due. all: true for leads and coordinators, who see every one' }),
);

// ---- errors -------------------------------------------------------------------------------------------------------

export const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media_type',
  'too_many_requests',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBody = named(
  'Error',
  z.object({ error: z.enum(ERROR_CODES), message: z.string().meta({ description: 'Written for people; never contains personal data' }) }),
);
export const ValidationErrorBody = named(
  'ValidationError',
  z.object({
    error: z.literal('validation'),
    message: z.string(),
    fields: z
      .record(z.string(), z.string())
      .meta({ description: 'One message per field path, e.g. "nhsNumber" or "names.0.given"; "_form" for the body as a whole' }),
  }),
);
export const ConflictBody = named(
  'PersonConflict',
  z
    .object({ error: z.literal('conflict'), message: z.string(), current: Person })
    .meta({ description: 'Someone else saved the record first. current is the record as it is now.' }),
);
