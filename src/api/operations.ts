import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Conflict, NotFound, ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK, frameworkByVersion } from '../core/indicators/index.ts';
import type { Assessment } from '../core/screening/assess.ts';
import type { Ctx, Services } from '../services/index.ts';
import type { ActionView } from '../services/mase.ts';
import type { EpisodeSummary, PatternView, RhiView } from '../services/missing.ts';
import type { OrderSummary as OrderSummaryView } from '../services/orders.ts';
import { parse } from '../services/inputs/fields.ts';
import { BadRequest, EncodedConflict } from './errors.ts';
import {
  AuditList,
  CaseList,
  ChronologyBody,
  ChronologyList,
  ChronologyQuery,
  ConflictBody,
  Created,
  DecisionBody,
  DecisionMade,
  FrameworkDocument,
  frameworkDocument,
  FrameworkQuery,
  MaseAction,
  MaseActionBody,
  MaseActionConflict,
  MaseActionRecord,
  MaseActionUpdateBody,
  MaseAgendaBuilt,
  MaseAgendaPreview,
  MaseAgendaQuery,
  MaseMeeting,
  MaseMeetingBody,
  MaseMeetingCreated,
  MaseMeetingList,
  NoBody,
  OpenCaseBody,
  Order,
  OrderBody,
  OrderConflict,
  OrderList,
  OrderQuery,
  OrderRecord,
  OrderStatusBody,
  BreachBody,
  BreachRecorded,
  EpisodeBody,
  EpisodeConflict,
  MissingEpisode,
  MissingEpisodeList,
  MissingEpisodeRecord,
  MissingEpisodeRecorded,
  ReturnBody,
  ReturnRecorded,
  RhiAssignBody,
  RhiConflict,
  RhiDashboard,
  RhiOutcomeBody,
  RhiOutcomeRecorded,
  RhiRecord,
  OverrideBody,
  Person,
  PersonInputBody,
  PersonResponse,
  PersonUpdateBody,
  PersonUpdated,
  ReferralOutcomeBody,
  ReferralResponse,
  ReferralSummary,
  SaveAnswersBody,
  Screening,
  ScreeningConflict,
  ScreeningStarted,
  ScreeningState,
  SearchBody,
  SearchResults,
  StartScreeningBody,
} from './schemas.ts';

// The API v1 route table. The plugin registers exactly these routes and the OpenAPI document is built from the same
// list, so a route cannot exist without its documentation. Handlers only translate HTTP to service calls: access
// checks, validation and audit all happen in the services.

export type ApiCall = {
  /** The authenticated caller. Reading it on a public route throws Unauthenticated. */
  readonly ctx: Ctx;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  reply: FastifyReply;
  /** Where the API is mounted, e.g. "/api/v1": for Location headers. */
  prefix: string;
};

/** Error statuses a route can answer besides 401 (every authenticated route) and 500 (every route). */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 415;

export type Operation<S extends z.ZodType = z.ZodType> = {
  method: 'GET' | 'POST' | 'PUT';
  /** Fastify path below the prefix, e.g. "/children/:id". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  public?: boolean;
  /** Documented query parameters: one per property. */
  query?: z.ZodObject;
  /** JSON request body: a schema registered in `components`. */
  body?: z.ZodType;
  /** The body may be left out (an action that takes no input). */
  bodyOptional?: boolean;
  success: { status: 200 | 201; schema: S; description: string; location?: boolean };
  errors: ErrorStatus[];
  /** How to send back the `current` record of a Conflict, and the 409 body that carries it. */
  conflict?: { current: z.ZodType; body: z.ZodType };
  handle: (call: ApiCall) => Promise<z.output<S>>;
};

// Checks each handler's result against its own response schema, then forgets the type parameter for the table.
const op = <S extends z.ZodType>(o: Operation<S>): Operation => o;

type PersonKind = 'child' | 'adult';
const COLLECTIONS = [
  { kind: 'child', path: '/children', tag: 'Children', one: 'child or young person', Plural: 'Children', Single: 'Child' },
  { kind: 'adult', path: '/adults', tag: 'Adults of concern', one: 'adult of concern', Plural: 'Adults', Single: 'Adult' },
] as const satisfies readonly { kind: PersonKind; path: string; tag: string; one: string; Plural: string; Single: string }[];

const NO_RECORD = 'There is no record with that reference';

function jsonObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequest('Send a JSON object in the request body, with Content-Type: application/json');
  return withoutNulls(body) as Record<string, unknown>;
}

// In a request body `null` means the same as leaving the field out, so a record read from the API (where empty
// optional fields are null) can be changed and sent straight back. The services' schemas expect absent fields.
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

// Only the documented parameters reach the service; repeated parameters arrive as arrays and fail its validation.
function pick(query: Record<string, unknown>, schema: z.ZodObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(schema.shape)
      .filter((k) => query[k] !== undefined)
      .map((k) => [k, query[k]]),
  );
}

// A screening row as the services return it (the api layer does not import the repositories).
type ScreeningRow = Awaited<ReturnType<Services['screening']['save']>>;

// Only the documented fields of a screening leave: override columns are grouped, the stored result is the assessment.
function screeningState(s: ScreeningRow): z.output<typeof ScreeningState> {
  return {
    id: s.id,
    caseId: s.caseId,
    personId: s.personId,
    framework: s.frameworkVersion,
    status: s.status,
    origin: s.origin,
    ageAtScreening: s.ageAtScreening,
    startedBy: s.startedBy,
    agencyId: s.agencyId,
    startedAt: s.startedAt,
    completedBy: s.completedBy,
    completedAt: s.completedAt,
    score: s.score,
    calculatedLevel: s.calculatedLevel,
    level: s.finalLevel,
    override:
      s.overrideStatus !== 'none' && s.overrideLevel && s.overrideBy && s.overrideAt
        ? {
            level: s.overrideLevel,
            reason: s.overrideReason ?? '',
            status: s.overrideStatus,
            by: s.overrideBy,
            at: s.overrideAt,
            reviewedBy: s.overrideReviewedBy,
            reviewedAt: s.overrideReviewedAt,
            reviewNote: s.overrideReviewNote,
          }
        : null,
    closedAt: s.closedAt,
    version: s.version,
    assessment: (s.result as Assessment | null) ?? null,
  };
}

// The screening services report a stale version with the raw row as `current`: send back its public shape instead.
async function screeningChange<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (e) {
    if (e instanceof Conflict && !(e instanceof EncodedConflict)) throw new Conflict(e.message, screeningState(e.current as ScreeningRow));
    throw e;
  }
}

// `complete` is the API's own addition to the services' answers schema (the web form has two buttons instead).
const CompleteFlag = z.object({ complete: z.boolean({ error: 'complete must be true or false' }).optional() });

// A panel action as the API shows it: the stored fields (MaseActionRecord strips the rest) and what the page shows.
function maseAction(v: ActionView): z.output<typeof MaseAction> {
  return {
    ...v.action,
    owner: v.owner || null,
    ownerAgencyName: v.ownerAgency,
    about: v.about,
    overdue: v.overdue,
    history: v.history.map((h) => ({ meetingId: h.meetingId, heldOn: h.heldOn, status: h.status, outcome: h.outcome })),
    mayUpdate: v.mayUpdate,
  };
}

// An order in the register: the stored fields and what the register page shows beside them.
function orderSummary(s: OrderSummaryView): z.output<typeof OrderRecord> & Omit<OrderSummaryView, 'order'> {
  return { ...s.order, subject: s.subject, child: s.child, review: s.review, openBreaches: s.openBreaches };
}

// What the episode page hides from a reader without the child's record (child.name null) stays hidden here: the RHI's
// findings and which places and people were linked. The service already blanks the episode's free text.
function rhiState(v: RhiView, sees: boolean) {
  return { ...v.rhi, findings: sees ? v.rhi.findings : '', clock: v.clock, assignee: v.assignee, assigneeAgency: v.assigneeAgency };
}
function episodeSummary(s: EpisodeSummary, sees: boolean) {
  const hidden = sees ? {} : { missingFromEntity: null, foundAtEntity: null, foundWithEntity: null };
  return { ...s.episode, ...hidden, rhi: s.rhi && rhiState(s.rhi, sees) };
}
// Only the children the reader may see, and a count of the others: not the pattern's full lists of people and episodes.
const missingPattern = (p: PatternView) => ({ kind: p.kind, title: p.title, reason: p.reason, children: p.children, hiddenChildren: p.hiddenChildren });

// An RHI conflict carries the stored row: its findings are left out (a lead may not read the child's record).
async function rhiChange<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (e) {
    if (e instanceof Conflict && !(e instanceof EncodedConflict) && e.current)
      throw new EncodedConflict(e.message, z.encode(RhiRecord, { ...(e.current as z.output<typeof RhiRecord>), findings: '', reason: '' }));
    throw e;
  }
}

export function apiOperations(services: Services): Operation[] {
  // people.view checks access and writes the audit row; the kind must match the collection in the path.
  async function view(ctx: Ctx, id: string, kind: PersonKind) {
    const v = await services.people.view(ctx, id);
    if (v.person.kind !== kind) throw new NotFound(NO_RECORD);
    return v;
  }

  const people = COLLECTIONS.flatMap((c) => [
    op({
      method: 'POST',
      path: `${c.path}/search`,
      operationId: `search${c.Plural}`,
      tag: c.tag,
      summary: `Search for a ${c.one}`,
      description:
        'Tolerant matching on name (nicknames, spelling variants), exact date of birth, NHS number or an agency reference; give at least one. ' +
        'The criteria are sent in the body, so that no name or NHS number is kept in an address or a proxy log. ' +
        'Matches outside your working relationships come back as `restricted`, with no identifying detail. The search is audited (which criteria were used, not the terms).',
      body: SearchBody,
      success: { status: 200, schema: SearchResults, description: 'Matches, best first (at most 50)' },
      errors: [400, 403],
      handle: async ({ ctx, body }) => ({ data: await services.people.search(ctx, { ...jsonObject(body), kind: c.kind }) }),
    }),
    op({
      method: 'POST',
      path: c.path,
      operationId: `create${c.Single}`,
      tag: c.tag,
      summary: `Record a new ${c.one}`,
      description: 'The first name must be the legal name. The record is created by your agency, and you can see it as its creator.',
      body: PersonInputBody,
      success: { status: 201, schema: Created, description: 'Created', location: true },
      errors: [400, 403],
      handle: async ({ ctx, body, reply, prefix }) => {
        const { id } = await services.people.create(ctx, { ...jsonObject(body), kind: c.kind });
        reply.header('location', `${prefix}${c.path}/${id}`);
        return { id };
      },
    }),
    op({
      method: 'GET',
      path: `${c.path}/:id`,
      operationId: `get${c.Single}`,
      tag: c.tag,
      summary: `Read a ${c.one}'s record`,
      description: 'Every read is written to the record’s audit trail.',
      success: { status: 200, schema: PersonResponse, description: 'The record' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const { person, basis, breakGlass } = await view(ctx, params['id'] ?? '', c.kind);
        return { data: person, access: { basis, breakGlass } };
      },
    }),
  ]);

  const children = COLLECTIONS[0];
  const child = [
    op({
      method: 'PUT',
      path: '/children/:id',
      operationId: 'updateChild',
      tag: children.tag,
      summary: 'Change a child’s record',
      description:
        'Send the whole record (names, addresses and identifiers are replaced) with the `version` you read. ' +
        'If someone else saved first the answer is 409 with the record as it is now: nothing is overwritten.',
      body: PersonUpdateBody,
      success: { status: 200, schema: PersonUpdated, description: 'Saved: the new version' },
      errors: [400, 403, 404, 409],
      conflict: { current: Person, body: ConflictBody },
      handle: async ({ ctx, params, body }) => {
        try {
          return await services.people.update(ctx, params['id'] ?? '', { ...jsonObject(body), kind: 'child' });
        } catch (e) {
          // The service refuses to turn an adult into a child: at /children that id is simply not found.
          if (e instanceof ValidationError && e.fields['kind']) throw new NotFound(NO_RECORD);
          throw e;
        }
      },
    }),
    op({
      method: 'GET',
      path: '/children/:id/cases',
      operationId: 'listChildCases',
      tag: children.tag,
      summary: 'A child’s cases, with their teams and open tasks',
      description: 'Audited as a view of the record.',
      success: { status: 200, schema: CaseList, description: 'Cases, newest first' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        // cases.forPerson does not audit: the view does, and checks the kind (see the report on service gaps).
        const { person } = await view(ctx, params['id'] ?? '', 'child');
        return { data: await services.cases.forPerson(ctx, person.id) };
      },
    }),
    op({
      method: 'POST',
      path: '/children/:id/cases',
      operationId: 'openChildCase',
      tag: children.tag,
      summary: 'Open a case for a child',
      description: 'One open case per child per lead agency. The key worker must be a practitioner of the lead agency.',
      body: OpenCaseBody,
      success: { status: 201, schema: Created, description: 'The case was opened' },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body }) => services.cases.open(ctx, params['id'] ?? '', jsonObject(body)),
    }),
    op({
      method: 'GET',
      path: '/children/:id/chronology',
      operationId: 'listChildChronology',
      tag: children.tag,
      summary: 'A child’s chronology',
      description: 'Optionally filtered by the kind of entry or the recording agency. Audited as a view of the record.',
      query: ChronologyQuery,
      success: { status: 200, schema: ChronologyList, description: 'Entries, most recent first (at most 500)' },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, query }) => {
        // Validated (with the service's own schema) before anything is read or audited.
        const filter = pick(query, ChronologyQuery);
        parse(ChronologyQuery, filter);
        const { person } = await view(ctx, params['id'] ?? '', 'child');
        return { data: await services.chronology.list(ctx, person.id, filter) };
      },
    }),
    op({
      method: 'POST',
      path: '/children/:id/chronology',
      operationId: 'addChildChronologyEntry',
      tag: children.tag,
      summary: 'Add an entry to a child’s chronology',
      description: 'Linked to the given case, or else to the child’s first open case.',
      body: ChronologyBody,
      success: { status: 201, schema: Created, description: 'The entry was added' },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body }) => services.chronology.add(ctx, params['id'] ?? '', jsonObject(body)),
    }),
    op({
      method: 'GET',
      path: '/children/:id/audit',
      operationId: 'listChildAudit',
      tag: children.tag,
      summary: 'Who has viewed or changed a child’s record',
      description: 'Open to the case team and to auditors. Looking at the trail is itself audited.',
      success: { status: 200, schema: AuditList, description: 'Audit events, newest first (at most 200)' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => ({ data: await services.audit.forPerson(ctx, params['id'] ?? '') }),
    }),
  ];

  const screeningConflict = { current: ScreeningState, body: ScreeningConflict };
  const screening = [
    op({
      method: 'POST',
      path: '/cases/:id/screenings',
      operationId: 'startScreening',
      tag: 'Screening',
      summary: 'Start a SAFEGUARD screening in a case',
      description:
        'Starts a draft screening of the case’s child against the current framework. A case has at most one draft: if there is one already, it is returned ' +
        '(with `created: false`). `age` is only needed when the child’s date of birth is not recorded.',
      body: StartScreeningBody,
      success: { status: 201, schema: ScreeningStarted, description: 'The draft screening', location: true },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body, reply, prefix }) => {
        const r = await services.screening.start(ctx, params['id'] ?? '', jsonObject(body));
        reply.header('location', `${prefix}/screenings/${r.id}`);
        return r;
      },
    }),
    op({
      method: 'GET',
      path: '/screenings/:id',
      operationId: 'getScreening',
      tag: 'Screening',
      summary: 'Read a screening: answers, result, decisions, referrals and consultations',
      description: 'Every read is written to the child’s audit trail.',
      success: { status: 200, schema: Screening, description: 'The screening' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const v = await services.screening.get(ctx, params['id'] ?? '');
        return {
          ...screeningState(v.screening),
          answers: v.answers.map((a) => ({ code: a.code, status: a.status, when: a.when ?? null, evidence: a.evidence ?? '' })),
          assessment: v.assessment,
          decisions: v.decisions,
          referrals: v.referrals,
          consultations: v.consultations,
        };
      },
    }),
    op({
      method: 'PUT',
      path: '/screenings/:id/answers',
      operationId: 'saveScreeningAnswers',
      tag: 'Screening',
      summary: 'Save the answers of a draft screening, and optionally complete it',
      description:
        'Replaces all the answers. With `complete: true` the screening is scored and its result recorded against its framework version: ' +
        'medium or high waits for a decision (POST /screenings/{id}/decision), none or low closes it. Send the `version` you read; ' +
        'if someone else saved first the answer is 409 with the screening as it is now.',
      body: SaveAnswersBody,
      success: { status: 200, schema: ScreeningState, description: 'Saved: the screening with its new version (and its result, once complete)' },
      errors: [400, 403, 404, 409],
      conflict: screeningConflict,
      handle: async ({ ctx, params, body }) => {
        const input = jsonObject(body);
        const { complete } = parse(CompleteFlag, { complete: input['complete'] });
        return screeningState(await screeningChange(() => services.screening.save(ctx, params['id'] ?? '', input, complete === true)));
      },
    }),
    op({
      method: 'POST',
      path: '/screenings/:id/override',
      operationId: 'overrideScreeningLevel',
      tag: 'Screening',
      summary: 'Record your professional judgement on a completed screening’s level',
      description:
        'Raising the level takes effect at once. Lowering it waits for a safeguarding lead’s approval (override.status `pending`). A reason is always needed.',
      body: OverrideBody,
      success: { status: 200, schema: ScreeningState, description: 'Saved: the screening with its new version' },
      errors: [400, 403, 404, 409],
      conflict: screeningConflict,
      handle: async ({ ctx, params, body }) =>
        screeningState(await screeningChange(() => services.screening.override(ctx, params['id'] ?? '', jsonObject(body)))),
    }),
    op({
      method: 'POST',
      path: '/screenings/:id/decision',
      operationId: 'decideScreening',
      tag: 'Screening',
      summary: 'Refer, or record why not',
      description:
        'Closes a completed screening. `refer` makes one referral per target, each carrying the evidence and reasons (read them at GET /referrals/{id}). ' +
        '`no_referral` needs a reason of at least 20 characters, which a safeguarding lead reviews. For a child, an NRM referral needs a social care referral ' +
        'too (now or earlier); for a young adult, record `adultConsent`.',
      body: DecisionBody,
      success: { status: 201, schema: DecisionMade, description: 'The decision, and the referrals made' },
      errors: [400, 403, 404, 409],
      conflict: screeningConflict,
      handle: async ({ ctx, params, body }) => {
        const { decisionId, referralIds } = await screeningChange(() => services.referrals.decide(ctx, params['id'] ?? '', jsonObject(body)));
        return { decisionId, referralIds };
      },
    }),
    op({
      method: 'GET',
      path: '/framework',
      operationId: 'getFramework',
      tag: 'Screening',
      summary: 'The SAFEGUARD indicator framework and its scoring rules',
      description: 'Categories, indicators with their wording and guidance, weights, score bands, hard rules and sources. Contains no personal data.',
      query: FrameworkQuery,
      success: { status: 200, schema: FrameworkDocument, description: 'The framework' },
      errors: [400],
      handle: async ({ query }) => {
        const { version } = parse(FrameworkQuery, pick(query, FrameworkQuery));
        const f = version === undefined ? CURRENT_FRAMEWORK : frameworkByVersion(version);
        if (!f) throw new ValidationError({ version: 'There is no framework with that version' });
        return frameworkDocument(f, f.version === CURRENT_FRAMEWORK.version);
      },
    }),
  ];

  const referrals = [
    op({
      method: 'GET',
      path: '/referrals/:id',
      operationId: 'getReferral',
      tag: 'Referrals',
      summary: 'Read a referral: the JSON referral as it was made, and its outcome',
      description: 'Every read is written to the child’s audit trail.',
      success: { status: 200, schema: ReferralResponse, description: 'The referral' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const { referral, content } = await services.referrals.get(ctx, params['id'] ?? '');
        return { data: content, referral };
      },
    }),
    op({
      method: 'POST',
      path: '/referrals/:id/outcome',
      operationId: 'recordReferralOutcome',
      tag: 'Referrals',
      summary: 'Record what came of a referral',
      description: 'Once only. A referral with no outcome after 5 working days goes to the safeguarding lead’s queue.',
      body: ReferralOutcomeBody,
      success: { status: 200, schema: ReferralSummary, description: 'Saved: the referral with its new version' },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body }) => services.referrals.recordOutcome(ctx, params['id'] ?? '', jsonObject(body)),
    }),
  ];

  // The MASE panel. Need-to-know filtering, access and audit are the service's: only what it returns is encoded.
  const maseTag = 'MASE panel';
  const mase = [
    op({
      method: 'GET',
      path: '/mase/meetings',
      operationId: 'listMaseMeetings',
      tag: maseTag,
      summary: 'Panel meetings',
      success: { status: 200, schema: MaseMeetingList, description: 'Meetings, latest first' },
      errors: [403],
      handle: async ({ ctx }) => {
        const { meetings, manage } = await services.mase.list(ctx);
        return { data: meetings, manage };
      },
    }),
    op({
      method: 'POST',
      path: '/mase/meetings',
      operationId: 'createMaseMeeting',
      tag: maseTag,
      summary: 'Plan a panel meeting',
      description: 'MASE coordinator only. Every open action from earlier meetings is carried forward into the new meeting, keeping its history.',
      body: MaseMeetingBody,
      success: { status: 201, schema: MaseMeetingCreated, description: 'The meeting was created', location: true },
      errors: [400, 403],
      handle: async ({ ctx, body, reply, prefix }) => {
        const r = await services.mase.create(ctx, jsonObject(body));
        reply.header('location', `${prefix}/mase/meetings/${r.id}`);
        return r;
      },
    }),
    op({
      method: 'GET',
      path: '/mase/meetings/:id',
      operationId: 'getMaseMeeting',
      tag: maseTag,
      summary: 'A panel meeting: attendance, quoracy, the agenda and its actions',
      description:
        'Need-to-know: a partner agency sees the items and actions about children it works with (and actions it owns); the rest are counted in `withheld`. ' +
        'The coordinator sees everything. Every read is audited.',
      success: { status: 200, schema: MaseMeeting, description: 'The meeting as your agency may see it' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const v = await services.mase.get(ctx, params['id'] ?? '');
        const m = v.meeting;
        return {
          id: m.id,
          heldOn: m.heldOn,
          title: m.title,
          status: m.status,
          chairId: m.chairId,
          version: m.version,
          chair: v.chair,
          createdBy: m.createdBy,
          createdAt: m.createdAt,
          updatedAt: m.updatedAt,
          attendance: v.attendance,
          quoracy: v.quoracy,
          items: v.items.map((i) => ({
            ...i.item,
            wording: i.findings.map((f) => ({ text: f.text, category: f.category, explanation: f.explanation, alternatives: f.alternatives })),
            actions: i.actions.map(maseAction),
          })),
          otherActions: v.otherActions.map(maseAction),
          withheld: { items: v.withheldItems, actions: v.withheldActions },
          manage: v.manage,
        };
      },
    }),
    op({
      method: 'GET',
      path: '/mase/agenda',
      operationId: 'previewMaseAgenda',
      tag: maseTag,
      summary: 'The agenda the panel would see on a date',
      description:
        'MASE coordinator only. Children newly at medium or high, children with 3 or more missing episodes in 90 days, hotspot places, suspected perpetrators ' +
        'linked to 2 or more children and CAWN breaches, as the agenda builder would propose them. Nothing is saved; the preview is audited.',
      query: MaseAgendaQuery,
      success: { status: 200, schema: MaseAgendaPreview, description: 'The proposed agenda, in order' },
      errors: [400, 403],
      handle: async ({ ctx, query }) => services.mase.preview(ctx, pick(query, MaseAgendaQuery)),
    }),
    op({
      method: 'POST',
      path: '/mase/meetings/:id/agenda',
      operationId: 'buildMaseAgenda',
      tag: maseTag,
      summary: 'Build a meeting’s agenda',
      description:
        'MASE coordinator only. Adds what the agenda builder finds for the meeting’s date, including the meeting’s overdue actions. Subjects already on the agenda are not added twice, so it can be run again.',
      body: NoBody,
      bodyOptional: true,
      success: { status: 200, schema: MaseAgendaBuilt, description: 'How many items were added' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => services.mase.buildAgenda(ctx, params['id'] ?? ''),
    }),
    op({
      method: 'POST',
      path: '/mase/meetings/:id/actions',
      operationId: 'addMaseAction',
      tag: maseTag,
      summary: 'Add an action at a meeting',
      description:
        'MASE coordinator only. On an agenda item (agendaItemId) the action is about that item’s child, person, place or group. The owner must work for the owning agency; ' +
        'the due date is on or after the meeting.',
      body: MaseActionBody,
      success: { status: 201, schema: Created, description: 'The action was added', location: true },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body, reply, prefix }) => {
        const { actionId } = await services.mase.addAction(ctx, params['id'] ?? '', jsonObject(body));
        reply.header('location', `${prefix}/mase/actions/${actionId}`);
        return { id: actionId };
      },
    }),
    op({
      method: 'GET',
      path: '/mase/actions/:id',
      operationId: 'getMaseAction',
      tag: maseTag,
      summary: 'A panel action with its history across meetings',
      description: 'Open to agencies that work with the children it is about, to the owning agency and to the coordinator. Every read is audited.',
      success: { status: 200, schema: MaseAction, description: 'The action' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => maseAction((await services.mase.action(ctx, params['id'] ?? '')).view),
    }),
    op({
      method: 'PUT',
      path: '/mase/actions/:id',
      operationId: 'updateMaseAction',
      tag: maseTag,
      summary: 'Change an action’s status and outcome',
      description:
        'By the owner, a safeguarding lead of the owning agency, or the coordinator. done and cancelled need an outcome. A carried-forward action is updated at ' +
        'the latest meeting instead (400). Send the `version` you read; if someone else saved first the answer is 409 with the action as it is now. ' +
        'The answer is the action as saved, read back (an audited read).',
      body: MaseActionUpdateBody,
      success: { status: 200, schema: MaseAction, description: 'Saved: the action with its new version' },
      errors: [400, 403, 404, 409],
      conflict: { current: MaseActionRecord, body: MaseActionConflict },
      handle: async ({ ctx, params, body }) => {
        const id = params['id'] ?? '';
        await services.mase.updateAction(ctx, id, jsonObject(body));
        return maseAction((await services.mase.action(ctx, id)).view);
      },
    }),
  ];

  // The orders and notices register. Who sees an order about a child is decided by the service.
  const ordersTag = 'Orders and notices';
  const orders = [
    op({
      method: 'GET',
      path: '/orders',
      operationId: 'listOrders',
      tag: ordersTag,
      summary: 'The register of orders and notices',
      description:
        'CAWNs, Sexual Risk and Sexual Harm Prevention Orders, ASB injunctions and orders, licensing reviews, closures and s.25 applications that you may see, ' +
        'optionally filtered. `review=due` lists those due or overdue for review; `breaches=open` those with a breach waiting for a decision.',
      query: OrderQuery,
      success: { status: 200, schema: OrderList, description: 'Orders and notices' },
      errors: [400, 403],
      handle: async ({ ctx, query }) => ({ data: (await services.orders.list(ctx, pick(query, OrderQuery))).rows.map(orderSummary) }),
    }),
    op({
      method: 'POST',
      path: '/orders',
      operationId: 'recordOrder',
      tag: ordersTag,
      summary: 'Record an order or notice',
      description:
        'The subject is the adult served or the premises (an entity id from the network); for an s.25 application, the child. A CAWN needs its child and basis ' +
        '(under 16 at home, or under 18 in care), checked against the child’s record. Nothing is saved unless every check passes.',
      body: OrderBody,
      success: { status: 201, schema: Created, description: 'Recorded', location: true },
      errors: [400, 403, 404],
      handle: async ({ ctx, body, reply, prefix }) => {
        const { id } = await services.orders.record(ctx, jsonObject(body));
        reply.header('location', `${prefix}/orders/${id}`);
        return { id };
      },
    }),
    op({
      method: 'GET',
      path: '/orders/:id',
      operationId: 'getOrder',
      tag: ordersTag,
      summary: 'An order or notice with its breaches and history',
      description: 'Every read is audited.',
      success: { status: 200, schema: Order, description: 'The order' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const v = await services.orders.get(ctx, params['id'] ?? '');
        return { ...orderSummary(v), agencyName: v.agencyName, breaches: v.breaches, history: v.history };
      },
    }),
    op({
      method: 'PUT',
      path: '/orders/:id',
      operationId: 'updateOrder',
      tag: ordersTag,
      summary: 'Move an order on: its status, outcome and dates',
      description:
        'Blank dates keep those recorded. Refused, expired, discharged and concluded need an outcome. Send the `version` you read; if someone else saved first ' +
        'the answer is 409 with the order as it is now. The answer is the order as saved, read back (an audited read).',
      body: OrderStatusBody,
      success: { status: 200, schema: Order, description: 'Saved: the order with its new version' },
      errors: [400, 403, 404, 409],
      conflict: { current: OrderRecord, body: OrderConflict },
      handle: async ({ ctx, params, body }) => {
        const id = params['id'] ?? '';
        await services.orders.updateStatus(ctx, id, jsonObject(body));
        const v = await services.orders.get(ctx, id);
        return { ...orderSummary(v), agencyName: v.agencyName, breaches: v.breaches, history: v.history };
      },
    }),
    op({
      method: 'POST',
      path: '/orders/:id/breaches',
      operationId: 'recordOrderBreach',
      tag: ordersTag,
      summary: 'Record a breach of an order or notice',
      description:
        '`occurredAt`: a date, a London wall time (YYYY-MM-DDTHH:MM) or an ISO 8601 instant; not in the future nor before the order was served. A CAWN breach ' +
        'goes to the MASE coordinator to consider an application for a Sexual Risk Order, and onto the next panel agenda.',
      body: BreachBody,
      success: { status: 201, schema: BreachRecorded, description: 'The breach was recorded' },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body }) => services.orders.recordBreach(ctx, params['id'] ?? '', jsonObject(body)),
    }),
  ];

  // Missing episodes and return home interviews. Access, masking of free text and audit are the service's.
  const missingTag = 'Missing episodes';
  const episode = async (ctx: Ctx, id: string) => {
    const v = await services.missing.get(ctx, id);
    const sees = v.child.name !== null;
    return { ...episodeSummary(v, sees), child: v.child, agencyName: v.agency, places: v.places, can: v.can };
  };
  const missing = [
    op({
      method: 'GET',
      path: '/children/:id/missing-episodes',
      operationId: 'listChildMissingEpisodes',
      tag: missingTag,
      summary: 'A child’s missing episodes, with their return home interviews and patterns',
      description: 'Audited as a view of the record.',
      success: { status: 200, schema: MissingEpisodeList, description: 'Episodes, newest first, and the patterns in them' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => {
        const r = await services.missing.forPerson(ctx, params['id'] ?? '');
        return { data: r.episodes.map((e) => episodeSummary(e, true)), patterns: r.patterns.map(missingPattern) };
      },
    }),
    op({
      method: 'POST',
      path: '/children/:id/missing-episodes',
      operationId: 'recordMissingEpisode',
      tag: missingTag,
      summary: 'Record a missing episode',
      description:
        'Times: ISO 8601 with Z or an offset, or a London wall time (YYYY-MM-DDTHH:MM). Writes a chronology entry and links where the child went missing from, ' +
        'where they were found and who with (an existing entity id, or a new name). With `returnedAt` the return is recorded too and the 72-hour RHI clock starts.',
      body: EpisodeBody,
      success: { status: 201, schema: MissingEpisodeRecorded, description: 'Recorded', location: true },
      errors: [400, 403, 404],
      handle: async ({ ctx, params, body, reply, prefix }) => {
        const r = await services.missing.record(ctx, params['id'] ?? '', jsonObject(body));
        reply.header('location', `${prefix}/missing-episodes/${r.id}`);
        return r;
      },
    }),
    op({
      method: 'GET',
      path: '/missing-episodes/:id',
      operationId: 'getMissingEpisode',
      tag: missingTag,
      summary: 'A missing episode with its return home interview clock',
      description: 'Every read is audited.',
      success: { status: 200, schema: MissingEpisode, description: 'The episode' },
      errors: [403, 404],
      handle: async ({ ctx, params }) => episode(ctx, params['id'] ?? ''),
    }),
    op({
      method: 'POST',
      path: '/missing-episodes/:id/return',
      operationId: 'recordMissingReturn',
      tag: missingTag,
      summary: 'Record the child’s return',
      description: 'Starts the 72-hour RHI clock. Send the episode’s `version`; if it changed (or the return was recorded already) the answer is 409.',
      body: ReturnBody,
      success: { status: 200, schema: ReturnRecorded, description: 'The return was recorded' },
      errors: [400, 403, 404, 409],
      conflict: { current: MissingEpisodeRecord, body: EpisodeConflict },
      handle: async ({ ctx, params, body }) => services.missing.recordReturn(ctx, params['id'] ?? '', jsonObject(body)),
    }),
    op({
      method: 'POST',
      path: '/missing-episodes/:id/rhi/assignment',
      operationId: 'assignReturnHomeInterview',
      tag: missingTag,
      summary: 'Assign the return home interview',
      description:
        'Safeguarding leads and the MASE coordinator. The interviewer must be independent of the child’s care (not on the child’s case team). ' +
        'Send the RHI’s `version`. The answer is the episode, read back (an audited read).',
      body: RhiAssignBody,
      success: { status: 200, schema: MissingEpisode, description: 'Assigned: the episode with its RHI' },
      errors: [400, 403, 404, 409],
      conflict: { current: RhiRecord, body: RhiConflict },
      handle: async ({ ctx, params, body }) => {
        const id = params['id'] ?? '';
        await rhiChange(() => services.missing.assign(ctx, id, jsonObject(body)));
        return episode(ctx, id);
      },
    }),
    op({
      method: 'POST',
      path: '/missing-episodes/:id/rhi/outcome',
      operationId: 'recordReturnHomeInterviewOutcome',
      tag: missingTag,
      summary: 'Record the return home interview’s outcome',
      description:
        'By the assigned interviewer, a safeguarding lead or the MASE coordinator: completed (with what it found), declined by the child or not offered (each ' +
        'with a reason). A completed interview gets its own chronology entry. A 409 answer carries the interview without its findings.',
      body: RhiOutcomeBody,
      success: { status: 200, schema: RhiOutcomeRecorded, description: 'The outcome was recorded' },
      errors: [400, 403, 404, 409],
      conflict: { current: RhiRecord, body: RhiConflict },
      handle: async ({ ctx, params, body }) => rhiChange(() => services.missing.outcome(ctx, params['id'] ?? '', jsonObject(body))),
    }),
    op({
      method: 'GET',
      path: '/return-home-interviews',
      operationId: 'listDueReturnHomeInterviews',
      tag: missingTag,
      summary: 'Return home interviews still due, overdue first, and missing patterns',
      description:
        'Leads and the MASE coordinator see every one (children whose records they may not read are not named); practitioners see those of children whose ' +
        'records they may read and those assigned to them.',
      success: { status: 200, schema: RhiDashboard, description: 'Due and overdue interviews' },
      errors: [403],
      handle: async ({ ctx }) => {
        const d = await services.missing.dashboard(ctx);
        const item = (i: (typeof d.due)[number]) => ({
          episodeId: i.episodeId,
          child: i.child,
          agencyName: i.agency,
          returnedAt: i.returnedAt,
          rhi: rhiState(i.rhi, i.child.name !== null),
          assignedToMe: i.assignedToMe,
        });
        return { overdue: d.overdue.map(item), due: d.due.map(item), patterns: d.patterns.map(missingPattern), all: d.all };
      },
    }),
  ];

  return [...people, ...child, ...screening, ...referrals, ...mase, ...orders, ...missing];
}
