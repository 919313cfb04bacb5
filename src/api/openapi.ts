import { z } from 'zod';
import type { ErrorStatus, Operation } from './operations.ts';
import { components, ErrorBody, KIND_FROM_PATH, ValidationErrorBody } from './schemas.ts';

// Builds the OpenAPI 3.1 document from the route table and the zod schemas (z.toJSONSchema, JSON Schema 2020-12,
// which is OpenAPI 3.1's own dialect). Nothing here is written by hand twice: a route or a field added in code
// shows up in the document.

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, JsonSchema>; responses: Record<string, unknown> };
};

const SCHEMA_REF = '#/components/schemas/';
const ref = (id: string) => ({ $ref: `${SCHEMA_REF}${id}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });

function idOf(schema: z.ZodType, what: string): string {
  const id = components.get(schema)?.id;
  if (!id) throw new Error(`The OpenAPI document needs ${what} to be registered in api/schemas.ts components`);
  return id;
}

// Removes noise that readers of the document do not need: a regex beside every `format`, and JavaScript's
// safe-integer bounds on every integer.
function tidy({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema['format'] && jsonSchema['pattern']) delete jsonSchema['pattern'];
  if (jsonSchema['maximum'] === Number.MAX_SAFE_INTEGER) delete jsonSchema['maximum'];
  if (jsonSchema['minimum'] === Number.MIN_SAFE_INTEGER) delete jsonSchema['minimum'];
}

// The services check these strings with refinements, which JSON Schema cannot express: say what is expected.
const PERSON_HINTS: Record<string, JsonSchema> = {
  dateOfBirth: { format: 'date', description: 'YYYY-MM-DD, in the past. A child is under 18, an adult 18 or over.' },
  nhsNumber: { description: '10 digits (spaces allowed), with a valid check digit' },
};
const HINTS: Record<string, Record<string, JsonSchema>> = {
  PersonInput: PERSON_HINTS,
  PersonUpdateInput: { ...PERSON_HINTS, version: { description: 'The version you read' } },
  ChronologyInput: {
    occurredAt: {
      description: 'When it happened: an ISO 8601 date-time, or a date alone (stored as midday UTC, with occurredDateOnly true). Today or earlier.',
    },
  },
};

export function componentSchemas(): Record<string, JsonSchema> {
  const out = z.toJSONSchema(components, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `${SCHEMA_REF}${id}`,
    override: tidy,
  }).schemas as Record<string, JsonSchema>;

  // Schemas that zod had to share but that have no id of ours land in `__shared`: give them a component each.
  const shared = out['__shared'] as { $defs?: Record<string, JsonSchema> } | undefined;
  delete out['__shared'];
  const schemas: Record<string, JsonSchema> = { ...out, ...(shared?.$defs ?? {}) };
  const text = JSON.stringify(schemas).replaceAll(`${SCHEMA_REF}__shared#/$defs/`, SCHEMA_REF);
  const cleaned = JSON.parse(text) as Record<string, JsonSchema>;
  for (const s of Object.values(cleaned)) {
    delete s['$schema'];
    delete s['$id'];
  }
  // The person's kind comes from the path (/children or /adults), not from the body.
  for (const id of KIND_FROM_PATH) {
    const s = cleaned[id] as { properties?: Record<string, unknown>; required?: string[] } | undefined;
    if (!s) continue;
    delete s.properties?.['kind'];
    if (s.required) s.required = s.required.filter((k) => k !== 'kind');
  }
  for (const [id, props] of Object.entries(HINTS)) {
    const s = cleaned[id] as { properties?: Record<string, JsonSchema> } | undefined;
    for (const [name, hint] of Object.entries(props)) {
      const p = s?.properties?.[name];
      if (p) Object.assign(p, hint);
    }
  }
  return cleaned;
}

function queryParameters(schema: z.ZodObject): unknown[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: tidy }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: js.required?.includes(name) ?? false, schema: s }));
}

function pathParameters(path: string): unknown[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    description: 'Opaque record id',
    schema: { type: 'string', format: 'uuid' },
  }));
}

export const toOpenApiPath = (fastifyPath: string): string => fastifyPath.replace(/:(\w+)/g, '{$1}');

const ERROR_RESPONSES: Record<ErrorStatus | 401 | 500, string> = {
  400: 'BadRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'ContentTooLarge',
  415: 'UnsupportedMediaType',
  500: 'InternalError',
};

function operationObject(o: Operation): Record<string, unknown> {
  const errors = new Set<ErrorStatus | 401 | 500>(o.errors);
  if (o.body) {
    errors.add(400);
    errors.add(413);
    errors.add(415);
  }
  if (o.query) errors.add(400);
  if (!o.public) errors.add(401);
  errors.add(500);

  const responses: Record<string, unknown> = {
    [o.success.status]: {
      description: o.success.description,
      ...(o.success.location ? { headers: { Location: { description: 'Where the new record can be read', schema: { type: 'string' } } } } : {}),
      content: json(ref(idOf(o.success.schema, `the response of ${o.operationId}`))),
    },
  };
  for (const status of [...errors].sort((a, b) => a - b)) {
    if (status === 409 && o.conflict)
      responses[status] = { description: 'Someone else saved first', content: json(ref(idOf(o.conflict.body, `the 409 body of ${o.operationId}`))) };
    else responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` };
  }

  const parameters = [...pathParameters(o.path), ...(o.query ? queryParameters(o.query) : [])];
  return {
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    ...(o.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(o.body ? { requestBody: { required: o.bodyOptional !== true, content: json(ref(idOf(o.body, `the body of ${o.operationId}`))) } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: readonly Operation[], serverUrl: string): OpenApiDocument {
  const ids = new Set<string>();
  const paths: OpenApiDocument['paths'] = {};
  for (const o of operations) {
    if (ids.has(o.operationId)) throw new Error(`Duplicate operationId ${o.operationId}`);
    ids.add(o.operationId);
    const entry = (paths[toOpenApiPath(o.path)] ??= {});
    entry[o.method.toLowerCase()] = operationObject(o);
  }
  const error = (description: string, extra: Record<string, unknown> = {}) => ({
    description,
    ...extra,
    content: json(ref(idOf(ErrorBody, 'the error body'))),
  });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: '1.0.0',
      description:
        'JSON API over the same services as the Lantern web app: the same access rules, validation and audit. ' +
        'Authenticate with an API token (made on the account page, Your account, API tokens, or with `lantern token create`) as `Authorization: Bearer <token>`; a token carries exactly its user’s permissions. ' +
        'URLs carry opaque ids only. Every read of a record is written to its audit trail with via "api". ' +
        'In request bodies, `null` means the same as leaving a field out, so a record that was read can be changed and sent back.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A Lantern API token' } },
      schemas: componentSchemas(),
      responses: {
        BadRequest: {
          description: 'The request was not valid: `validation` names each field with a problem; `bad_request` is a body that could not be read',
          content: json({ anyOf: [ref(idOf(ValidationErrorBody, 'the validation error body')), ref(idOf(ErrorBody, 'the error body'))] }),
        },
        Unauthenticated: error('No API token, or one that is not valid, has expired or was revoked', {
          headers: { 'WWW-Authenticate': { description: 'Bearer challenge (RFC 6750)', schema: { type: 'string' } } },
        }),
        Forbidden: error('Your role or your working relationships do not allow this'),
        NotFound: error('There is no such record (or no such endpoint)'),
        Conflict: error('The change conflicts with the current state'),
        ContentTooLarge: error('The body is over the 1 MB limit'),
        UnsupportedMediaType: error('The body was not sent as application/json'),
        InternalError: error('Something went wrong on the server; the message gives a reference to quote to the administrator, nothing else about it is shown'),
      },
    },
  };
}
