import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import type { Services } from '../services/index.ts';
import { bearerToken } from './auth.ts';
import { toApiError } from './errors.ts';
import { apiPlugin } from './plugin.ts';

// The plugin on its own, with fake services passed in (no database): error mapping, logging and the auth hook.

const ID = '3f0c1a52-9d4e-4c1b-8a55-0d7e9a1b2c3d';
const USER = { id: ID, agencyId: ID, role: 'practitioner', username: 'u', displayName: 'U', totpEnabled: false };

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function build(fake: Record<string, Record<string, (...args: never[]) => unknown>>): Promise<{ app: FastifyInstance; logs: string[] }> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const services = { auth: { resolveApiToken: async (t: string) => (t === 'lt_good' ? USER : null) }, ...fake } as unknown as Services;
  app = Fastify({ logger: { level: 'error', stream } });
  await app.register(apiPlugin, { prefix: '/api/v1', services });
  await app.ready();
  return { app, logs };
}

const auth = { authorization: 'Bearer lt_good' };

describe('apiPlugin error handling', () => {
  it('answers an unexpected error with a bare 500 and logs only its type', async () => {
    const { app, logs } = await build({
      people: {
        view: async () => {
          throw new TypeError('Jordan Testerson 9434765919');
        },
      },
    });
    const r = await app.inject({ url: `/api/v1/children/${ID}`, headers: auth });
    expect(r.statusCode).toBe(500);
    expect(r.headers['content-disposition']).toBe('attachment; filename="api.json"');
    const body = r.json<{ error: string; message: string }>();
    expect(body.error).toBe('internal');
    // A reference the client can quote, which the log line carries too (ASVS 7.4.1); nothing else about the fault.
    const reference = /^Something went wrong \(reference ([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})\)$/.exec(body.message)?.[1];
    expect(reference, body.message).toBeDefined();
    const logged = logs.join('');
    expect(logged).toContain(`"reference":"${reference ?? '(none)'}"`);
    expect(logged).toContain('TypeError');
    expect(logged).not.toContain('Jordan');
    expect(logged).not.toContain('9434765919');
    expect(logged).not.toMatch(/at .+:\d+:\d+/);
  });

  it('treats a response that does not match its schema as a server fault, logging the failing paths only', async () => {
    const { app, logs } = await build({
      people: { view: async () => ({ person: { id: ID, kind: 'child', names: 'Jordan' }, basis: 'case_team', breakGlass: false }) },
    });
    const r = await app.inject({ url: `/api/v1/children/${ID}`, headers: auth });
    expect(r.statusCode).toBe(500);
    expect(logs.join('')).toContain('data.names');
    expect(logs.join('')).not.toContain('Jordan');
  });

  it('sends a conflict without its record when the route has no shape for it', async () => {
    const { app } = await build({
      cases: {
        open: async () => {
          throw new Conflict('Changed', { secret: 'internal' });
        },
      },
    });
    const r = await app.inject({ method: 'POST', url: `/api/v1/children/${ID}/cases`, headers: auth, payload: {} });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toEqual({ error: 'conflict', message: 'Changed' });
  });

  it('checks the token before calling any service, and is encapsulated (the public document needs none)', async () => {
    let called = false;
    const { app } = await build({
      people: {
        search: async () => {
          called = true;
          return [];
        },
      },
    });
    const search = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/v1/children/search', headers, payload: { name: 'x' } });
    expect((await search({})).statusCode).toBe(401);
    expect((await search({ authorization: 'Bearer lt_bad' })).statusCode).toBe(401);
    expect(called).toBe(false);
    expect((await search(auth)).json()).toEqual({ data: [] });
    expect((await app.inject({ url: '/api/v1/openapi.json' })).statusCode).toBe(200);
    // Outside the prefix the plugin's handlers do not apply.
    const outside = await app.inject({ url: '/elsewhere' });
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).not.toHaveProperty('error', 'not_found');
  });
});

describe('toApiError', () => {
  it.each<[error: unknown, status: number, code: string]>([
    [new ValidationError({ nhsNumber: 'Enter a valid NHS number' }), 400, 'validation'],
    [new Forbidden('No'), 403, 'forbidden'],
    [new NotFound('None'), 404, 'not_found'],
    [new Conflict('Changed', {}), 409, 'conflict'],
    [Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }), 413, 'too_large'],
    [Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }), 415, 'unsupported_media_type'],
    [Object.assign(new Error('x'), { statusCode: 429 }), 429, 'too_many_requests'],
    [new Error('anything'), 500, 'internal'],
    ['a thrown string', 500, 'internal'],
  ])('maps %s to %i %s', (error, status, code) => {
    const e = toApiError(error);
    expect(e.status).toBe(status);
    expect(e.body.error).toBe(code);
  });

  it('keeps the field messages of a validation error', () => {
    expect(toApiError(new ValidationError({ 'names.0.given': 'Enter a first name or nickname' })).body.fields).toEqual({
      'names.0.given': 'Enter a first name or nickname',
    });
  });
});

describe('bearerToken', () => {
  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['Basic abc', 'missing'],
    ['Bearer', 'malformed'],
    ['Bearer two words', 'malformed'],
    [`Bearer lt_${'a'.repeat(300)}`, 'malformed'],
    ['Bearer lt_abc-DEF_123', 'token'],
    ['bearer  lt_abc', 'token'],
  ])('reads %j as %s', (header, kind) => {
    expect(bearerToken(header).kind).toBe(kind);
  });
});
