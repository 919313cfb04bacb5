import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ifSet } from '../../test/setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../../test/setup/test-db.ts';
import { createServices, type Services } from '../services/index.ts';
import { buildApp } from '../web/app.ts';
import type {
  AuditList,
  CaseList,
  ChronologyList,
  ConflictBody,
  Created,
  ErrorBody,
  PersonResponse,
  PersonUpdated,
  SearchResults,
  ValidationErrorBody,
} from './schemas.ts';
import { listenLocal } from '../../test/setup/listen.ts';

// API v1 end to end: the real web app, real PostgreSQL, real HTTP, tokens made the way the CLI makes them.

// Response bodies are typed as the API documents them, in their wire form (z.input: timestamps are ISO strings).
// The types only say what a test expects to get back: the assertions are what check it.
type Wire<S extends z.ZodType> = z.input<S>;
type ErrorJson = Wire<typeof ErrorBody> & Partial<Pick<Wire<typeof ValidationErrorBody>, 'fields'> & Pick<Wire<typeof ConflictBody>, 'current'>>;
type Res<T> = { status: number; headers: Headers; json: T };

// The parts of the OpenAPI document that the tests below read.
type MediaTypes = Record<string, { schema?: { $ref?: string } }>;
type OpenApiOperation = {
  operationId?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: MediaTypes };
  responses: Record<string, { content?: MediaTypes }>;
  security?: unknown[];
};
type OpenApiDoc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
  };
};

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let app: FastifyInstance;
let base: string;

const ids = { agencyA: '', agencyB: '', a1: '', a2: '', b1: '', b2: '', auditor: '', analyst: '' };
const tokens = { a1: '', a2: '', b1: '', b2: '', auditor: '', analyst: '' };

const child = (over: Record<string, unknown> = {}) => ({
  names: [
    { kind: 'legal', given: 'Jordan', family: 'Testerson' },
    { kind: 'nickname', given: 'JJ' },
  ],
  dateOfBirth: '2012-05-06',
  gender: 'male',
  ethnicity: 'white_british',
  nhsNumber: '943 476 5919',
  school: 'Synthetic Academy',
  addresses: [{ line: '1 Example Street', postcode: 'rm3 7qx', fromDate: '2020-01-01' }],
  identifiers: [{ kind: 'social_care_ref', value: 'SC-000123' }],
  ...over,
});

// An error body unless the caller names the success body it expects, e.g. call<Wire<typeof Created>>(...).
async function call<T = ErrorJson>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string; contentType?: string; headers?: Record<string, string> } = {},
): Promise<Res<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
  }
  return { status: res.status, headers: res.headers, json: json as T };
}

const auditFor = (personId: string) => t.store.repos.audit.forPerson(personId, 1000);

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock();
  services = createServices(t.store, clock, testConfig());
  const users = t.store.repos.users;
  const a = await users.insertAgency({ name: 'Synthetic Children’s Services', kind: 'social_care' });
  const b = await users.insertAgency({ name: 'Synthetic Police', kind: 'police' });
  ids.agencyA = a.id;
  ids.agencyB = b.id;
  const people = [
    ['a1', a.id, 'practitioner'],
    ['a2', a.id, 'practitioner'],
    ['b1', b.id, 'practitioner'],
    ['b2', b.id, 'practitioner'],
    ['auditor', a.id, 'auditor'],
    ['analyst', a.id, 'analyst'],
  ] as const;
  for (const [key, agencyId, role] of people) {
    const u = await users.insert({ username: `api-${key}`, displayName: `API user ${key}`, agencyId, role, passwordHash: null });
    ids[key] = u.id;
    tokens[key] = (await services.auth.createApiToken(`api-${key}`, 'test', 30)).token;
  }
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  base = `${await listenLocal(app)}/api/v1`;
});

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

describe('authentication', () => {
  it('refuses a request without a token: 401 JSON with a Bearer challenge', async () => {
    const r = await call('POST', '/children/search', { body: { name: 'Jordan' } });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: 'unauthenticated', message: expect.any(String) });
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  it.each([
    ['an unknown token', 'Bearer lt_notarealtoken'],
    ['a malformed bearer header', 'Bearer not a token'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with 401', async (_what, header) => {
    const r = await call('POST', '/children/search', { body: { name: 'Jordan' }, headers: { authorization: header } });
    expect(r.status).toBe(401);
    expect(r.json.error).toBe('unauthenticated');
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  it('refuses a revoked-by-expiry token', async () => {
    const { token } = await services.auth.createApiToken('api-a1', 'short', 1);
    clock.advance(2 * 86_400_000);
    try {
      const r = await call('POST', '/children/search', { body: { name: 'Jordan' }, token });
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toContain('invalid_token');
    } finally {
      clock.advance(-2 * 86_400_000);
    }
  });

  it('answers unknown API addresses with 404 JSON once authenticated (401 before)', async () => {
    expect((await call('GET', '/nothing-here')).status).toBe(401);
    const r = await call('GET', '/nothing-here', { token: tokens.a1 });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error: 'not_found', message: expect.any(String) });
    expect((await call('DELETE', `/children/${ids.a1}`, { token: tokens.a1 })).status).toBe(404);
  });
});

describe('children', () => {
  let childId = '';

  it('creates a child: 201 with a Location that reads back with 200', async () => {
    const created = await call<Wire<typeof Created>>('POST', '/children', { token: tokens.a1, body: child() });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    childId = created.json.id;
    expect(created.headers.get('location')).toBe(`/api/v1/children/${childId}`);

    const read = await call<Wire<typeof PersonResponse>>('GET', `/children/${childId}`, { token: tokens.a1 });
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    // Opened in a browser, an answer is a download, never a page (ASVS 14.4.2).
    expect(read.headers.get('content-disposition')).toBe('attachment; filename="api.json"');
    const p = read.json.data;
    expect(p).toMatchObject({
      id: childId,
      kind: 'child',
      dateOfBirth: '2012-05-06',
      nhsNumber: '9434765919',
      gender: 'male',
      lookedAfter: 'not_known',
      version: 1,
      createdBy: ids.a1,
      createdByAgency: ids.agencyA,
      names: [
        { kind: 'legal', given: 'Jordan', family: 'Testerson' },
        { kind: 'nickname', given: 'JJ', family: '' },
      ],
      addresses: [{ line: '1 Example Street', postcode: 'RM3 7QX', fromDate: '2020-01-01', toDate: null }],
      identifiers: [{ kind: 'social_care_ref', value: 'SC-000123', agencyId: ids.agencyA }],
    });
    expect(p.createdAt).toBe(clock.now().toISOString());
    expect(read.json.access).toEqual({ basis: 'record_creator', breakGlass: false });
    // Only the documented wire shape leaves: no search keys, no internal row ids, no soft-delete column.
    expect(Object.keys(p.names[0] ?? {}).sort()).toEqual(['family', 'given', 'kind']);
    expect(p).not.toHaveProperty('deletedAt');
  });

  it('creates an adult at /adults, and each collection only finds its own kind', async () => {
    const adult = await call<Wire<typeof Created>>('POST', '/adults', {
      token: tokens.a1,
      body: child({ dateOfBirth: '1990-01-01', nhsNumber: undefined, names: [{ kind: 'legal', given: 'Casey', family: 'Adultperson' }] }),
    });
    expect(adult.status).toBe(201);
    expect(adult.headers.get('location')).toBe(`/api/v1/adults/${adult.json.id}`);
    expect((await call<Wire<typeof PersonResponse>>('GET', `/adults/${adult.json.id}`, { token: tokens.a1 })).json.data.kind).toBe('adult');
    expect((await call('GET', `/children/${adult.json.id}`, { token: tokens.a1 })).status).toBe(404);
    expect((await call('GET', `/adults/${childId}`, { token: tokens.a1 })).status).toBe(404);
    // A child's date of birth at /adults is a validation error on dateOfBirth (kind comes from the path).
    const wrong = await call('POST', '/adults', { token: tokens.a1, body: child({ kind: 'adult' }) });
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields).toHaveProperty('dateOfBirth');
    const updateAdult = await call('PUT', `/children/${adult.json.id}`, { token: tokens.a1, body: { ...child(), version: 1 } });
    expect(updateAdult.status).toBe(404);
  });

  it('answers 404 for an id that is not a record', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await call('GET', `/children/${id}`, { token: tokens.a1 });
      expect(r.status).toBe(404);
      expect(r.json.error).toBe('not_found');
    }
  });

  it('rejects a bad NHS number with 400 naming the field', async () => {
    const r = await call('POST', '/children', { token: tokens.a1, body: child({ nhsNumber: '1234567890' }) });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ error: 'validation', message: expect.any(String), fields: { nhsNumber: expect.stringContaining('NHS number') } });
  });

  it('names nested fields, e.g. names.0.given', async () => {
    const r = await call('POST', '/children', { token: tokens.a1, body: child({ names: [{ kind: 'legal', given: '' }] }) });
    expect(r.status).toBe(400);
    expect(r.json.fields).toHaveProperty(['names.0.given']);
  });

  it.each([
    ['invalid JSON', { raw: '{"names": [', contentType: 'application/json' }, 400, 'bad_request'],
    ['an empty JSON body', { raw: '', contentType: 'application/json' }, 400, 'bad_request'],
    ['a JSON array', { raw: '[1,2]', contentType: 'application/json' }, 400, 'bad_request'],
    ['a form post', { raw: 'names=Jordan', contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
    ['plain text', { raw: 'hello', contentType: 'text/plain' }, 415, 'unsupported_media_type'],
    ['a body over the size limit', { raw: JSON.stringify({ school: 'x'.repeat(1_100_000) }), contentType: 'application/json' }, 413, 'too_large'],
  ])('answers %s with %i', async (_what, opts, status, error) => {
    const r = await call('POST', '/children', { token: tokens.a1, ...opts });
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ error, message: expect.any(String) });
    // Fastify's JSON parser quotes the body in its message: it must never reach the client.
    expect(JSON.stringify(r.json)).not.toContain('names');
  });

  it('refuses another agency’s practitioner with 403 (and auditors cannot read records)', async () => {
    for (const token of [tokens.b1, tokens.auditor, tokens.analyst]) {
      const r = await call('GET', `/children/${childId}`, { token });
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ error: 'forbidden', message: expect.any(String) });
    }
  });

  it('opens a case, after which a team member’s search shows the child and a non-member’s shows a restricted hit', async () => {
    const opened = await call<Wire<typeof Created>>('POST', `/children/${childId}/cases`, {
      token: tokens.a1,
      body: { leadAgencyId: ids.agencyA, keyWorkerId: ids.a1, summary: 'Synthetic case', memberUserIds: [ids.b2] },
    });
    expect(opened.status).toBe(201);
    const caseId = opened.json.id;

    const cases = await call<Wire<typeof CaseList>>('GET', `/children/${childId}/cases`, { token: tokens.b2 });
    expect(cases.status).toBe(200);
    expect(cases.json.data).toHaveLength(1);
    expect(cases.json.data[0]).toMatchObject({
      id: caseId,
      personId: childId,
      leadAgencyId: ids.agencyA,
      keyWorkerId: ids.a1,
      status: 'open',
      summary: 'Synthetic case',
      closedAt: null,
    });
    expect(cases.json.data[0]?.members.map((m) => m.userId).sort()).toEqual([ids.a1, ids.b2].sort());

    const member = await call<Wire<typeof SearchResults>>('POST', '/children/search', { body: { name: 'Jordan Testerson' }, token: tokens.b2 });
    expect(member.status).toBe(200);
    expect(member.json.data).toContainEqual(
      expect.objectContaining({ access: 'visible', id: childId, name: 'Jordan Testerson', otherNames: ['JJ'], dateOfBirth: '2012-05-06', postcode: 'RM3 7QX' }),
    );

    const outsider = await call<Wire<typeof SearchResults>>('POST', '/children/search', {
      body: { nhsNumber: '9434765919', dateOfBirth: '2012-05-06' },
      token: tokens.b1,
    });
    expect(outsider.status).toBe(200);
    expect(outsider.json.data).toEqual([{ access: 'restricted', id: childId, kind: 'child' }]);

    // Tolerant matching: a nickname finds the child, and adults are not returned at /children.
    const nick = await call<Wire<typeof SearchResults>>('POST', '/children/search', { body: { name: 'JJ' }, token: tokens.b2 });
    expect(nick.json.data.map((h) => h.id)).toContain(childId);
    const adults = await call<Wire<typeof SearchResults>>('POST', '/adults/search', { body: { nhsNumber: '9434765919' }, token: tokens.b2 });
    expect(adults.json.data).toEqual([]);
  });

  it('validates search criteria: 400 naming the field, and 403 for a role that cannot search', async () => {
    const bad = await call('POST', '/children/search', { body: { nhsNumber: '1234567890' }, token: tokens.a1 });
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toHaveProperty('nhsNumber');
    const none = await call('POST', '/children/search', { body: {}, token: tokens.a1 });
    expect(none.status).toBe(400);
    expect(none.json.error).toBe('validation');
    // The criteria are never read from the address: there is no GET search.
    expect((await call('GET', '/children?name=Jordan', { token: tokens.a1 })).status).toBe(404);
    const notObject = await call('POST', '/children/search', { body: ['Jordan'], token: tokens.a1 });
    expect(notObject.status).toBe(400);
    expect((await call('POST', '/children/search', { body: { name: 'Jordan' }, token: tokens.analyst })).status).toBe(403);
  });

  it('updates with the current version (200) and refuses a stale version with 409 and the current record', async () => {
    const before = (await call<Wire<typeof PersonResponse>>('GET', `/children/${childId}`, { token: tokens.a1 })).json.data;
    const saved = await call<Wire<typeof PersonUpdated>>('PUT', `/children/${childId}`, {
      token: tokens.a1,
      body: { ...before, school: 'Another Synthetic School' },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ id: childId, version: before.version + 1 });

    const stale = await call('PUT', `/children/${childId}`, { token: tokens.b2, body: { ...before, school: 'Stale edit' } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({
      error: 'conflict',
      message: expect.any(String),
      current: { id: childId, version: before.version + 1, school: 'Another Synthetic School' },
    });
    expect(Object.keys(stale.json.current?.names[0] ?? {}).sort()).toEqual(['family', 'given', 'kind']);

    const after = (await call<Wire<typeof PersonResponse>>('GET', `/children/${childId}`, { token: tokens.a1 })).json.data;
    expect(after.school).toBe('Another Synthetic School');

    const noVersion = await call('PUT', `/children/${childId}`, { token: tokens.a1, body: { ...child() } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.json.fields).toHaveProperty('version');
    expect((await call('PUT', `/children/${childId}`, { token: tokens.b1, body: after })).status).toBe(403);
  });

  it('adds to and lists the chronology, with filters', async () => {
    const added = await call<Wire<typeof Created>>('POST', `/children/${childId}/chronology`, {
      token: tokens.b2,
      body: { kind: 'missing_episode', occurredAt: '2026-11-20', summary: 'Missing overnight', detail: 'Synthetic detail' },
    });
    expect(added.status).toBe(201);
    await call('POST', `/children/${childId}/chronology`, {
      token: tokens.a1,
      body: { kind: 'note', occurredAt: '2026-11-21T09:30:00Z', summary: 'Home visit' },
    });

    const all = await call<Wire<typeof ChronologyList>>('GET', `/children/${childId}/chronology`, { token: tokens.a1 });
    expect(all.status).toBe(200);
    expect(all.json.data.map((e) => e.summary)).toEqual(['Home visit', 'Missing overnight']);
    expect(all.json.data[1]).toMatchObject({
      id: added.json.id,
      kind: 'missing_episode',
      occurredAt: '2026-11-20T12:00:00.000Z',
      occurredDateOnly: true,
      authorId: ids.b2,
      agencyId: ids.agencyB,
      caseId: expect.any(String),
    });

    const police = await call<Wire<typeof ChronologyList>>('GET', `/children/${childId}/chronology?agencyId=${ids.agencyB}`, { token: tokens.a1 });
    expect(police.json.data.map((e) => e.summary)).toEqual(['Missing overnight']);
    const notes = await call<Wire<typeof ChronologyList>>('GET', `/children/${childId}/chronology?kind=note`, { token: tokens.a1 });
    expect(notes.json.data.map((e) => e.summary)).toEqual(['Home visit']);
    expect(notes.json.data[0]?.occurredDateOnly).toBe(false);

    const badFilter = await call('GET', `/children/${childId}/chronology?kind=gossip`, { token: tokens.a1 });
    expect(badFilter.status).toBe(400);
    expect(badFilter.json.fields).toHaveProperty('kind');
    const future = await call('POST', `/children/${childId}/chronology`, {
      token: tokens.a1,
      body: { kind: 'note', occurredAt: '2030-01-01', summary: 'Future' },
    });
    expect(future.status).toBe(400);
    expect(future.json.fields).toHaveProperty('occurredAt');
    expect(
      (await call('POST', `/children/${childId}/chronology`, { token: tokens.b1, body: { kind: 'note', occurredAt: '2026-11-21', summary: 'x' } })).status,
    ).toBe(403);
  });

  it('shows the audit trail to the team and to auditors, with via "api"', async () => {
    for (const token of [tokens.a1, tokens.auditor]) {
      const r = await call<Wire<typeof AuditList>>('GET', `/children/${childId}/audit`, { token });
      expect(r.status).toBe(200);
      expect(r.json.data.length).toBeGreaterThan(0);
      expect(r.json.data[0]).toMatchObject({ action: 'person.audit_view', via: 'api', at: expect.any(String) });
      expect(r.json.data.map((e) => e.action)).toEqual(
        expect.arrayContaining(['person.create', 'person.view', 'person.update', 'case.open', 'chronology.add']),
      );
    }
    expect((await call('GET', `/children/${childId}/audit`, { token: tokens.b1 })).status).toBe(403);
  });

  it('writes an audit row with via "api" for every read', async () => {
    const reads = [`/children/${childId}`, `/children/${childId}/cases`, `/children/${childId}/chronology`, `/children/${childId}/audit`];
    for (const path of reads) {
      const before = await auditFor(childId);
      const r = await call('GET', path, { token: tokens.b2 });
      expect(r.status, path).toBe(200);
      const after = await auditFor(childId);
      const added = after.filter((row) => !before.some((b) => b.seq === row.seq));
      expect(added.length, path).toBeGreaterThan(0);
      for (const row of added) expect(row, path).toMatchObject({ via: 'api', userId: ids.b2, agencyId: ids.agencyB, personId: childId });
    }

    const searches = () => t.store.repos.audit.page({ action: 'person.search', limit: 1000 });
    const before = await searches();
    expect((await call('POST', '/children/search', { body: { name: 'Jordan' }, token: tokens.b2 })).status).toBe(200);
    const after = await searches();
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({ via: 'api', userId: ids.b2, subjectType: 'search' });
    // Which criteria were used is audited, never the search terms.
    expect(JSON.stringify(after[0]!.detail)).not.toContain('Jordan');
  });
});

// Every route under /api/v1 that Fastify knows, from its route tree (`printRoutes` with full paths).
function registeredApiRoutes(instance: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of instance.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    const full = (depth > 0 ? (stack[depth - 1] ?? '') : '') + (m[2] ?? '');
    stack[depth] = full;
    stack.length = depth + 1;
    if (m[3] && full.startsWith('/api/v1/')) for (const method of m[3].split(', ')) out.push(`${method} ${full}`);
  }
  return out.sort();
}

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is public, valid JSON, OpenAPI 3.1.0, and documents exactly the registered routes', async () => {
    const r = await call<OpenApiDoc>('GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = r.json;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(doc.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));

    const documented: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) documented.push(`${method.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const registered = registeredApiRoutes(app);
    expect(registered.length).toBeGreaterThanOrEqual(12);
    expect(documented.sort()).toEqual(registered);
  });

  it('gives every operation its parameters, bodies and error responses, and every $ref resolves', async () => {
    const doc = (await call<OpenApiDoc>('GET', '/openapi.json')).json;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, o] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(o.operationId, where).toEqual(expect.any(String));
        const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(
          (o.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          where,
        ).toEqual(pathParams);
        expect(
          Object.keys(o.responses).some((s) => s.startsWith('2')),
          where,
        ).toBe(true);
        expect(o.responses['500'], where).toBeDefined();
        if (path !== '/openapi.json') {
          expect(o.responses['401'], where).toBeDefined();
          expect(o.security, where).toBeUndefined();
        } else expect(o.security).toEqual([]);
        if (method === 'post' || method === 'put') {
          expect(o.requestBody?.content?.['application/json']?.schema?.$ref, where).toMatch(/^#\/components\/schemas\//);
          expect(o.responses['400'], where).toBeDefined();
        }
      }
    }
    expect(doc.paths['/children/search']?.post?.requestBody?.content?.['application/json']?.schema?.$ref).toBe('#/components/schemas/SearchCriteria');
    expect(Object.keys(doc.components.schemas['SearchCriteria']?.properties ?? {})).toEqual(['name', 'dateOfBirth', 'nhsNumber', 'reference']);
    expect(doc.paths['/children']?.get).toBeUndefined();
    expect(doc.paths['/children/{id}']?.put?.responses['409']?.content?.['application/json']?.schema?.$ref).toBe('#/components/schemas/PersonConflict');
    expect(doc.components.schemas['PersonInput']?.properties).not.toHaveProperty('kind');
    expect(doc.components.schemas['PersonUpdateInput']?.required).toContain('version');
    expect(doc.components.schemas['ValidationError']?.properties?.['fields']).toBeDefined();

    for (const target of refsIn(doc)) {
      const parts = target.replace(/^#\//, '').split('/');
      let node: unknown = doc;
      for (const part of parts) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
      expect(node, target).toBeDefined();
    }
  });
});
