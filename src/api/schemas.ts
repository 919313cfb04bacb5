import { z } from 'zod';
import { OpenCaseInput } from '../services/cases.ts';
import { ChronologyFilter, ChronologyInput } from '../services/chronology.ts';
import { IdentifierInput, NameInput, personInput } from '../services/inputs/person.ts';
import { version } from '../services/inputs/fields.ts';
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

// Query strings: each property is one query parameter.
export const SearchQuery = SearchInput.omit({ kind: true });
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

// ---- errors -------------------------------------------------------------------------------------------------------

export const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
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
