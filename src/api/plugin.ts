import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Conflict, Unauthenticated } from '../core/errors.ts';
import type { Ctx, Services } from '../services/index.ts';
import { authenticate } from './auth.ts';
import { BadRequest, EncodedConflict, toApiError } from './errors.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.ts';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.ts';
import { type ApiCall, apiOperations, type Operation } from './operations.ts';
import { OpenApiDocument as OpenApiDocumentSchema } from './schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API caller, set by the API's own onRequest hook (null on public API routes). */
    apiCtx: Ctx | null;
  }
  interface FastifyContextConfig {
    /** An API route that needs no bearer token. */
    apiPublic?: boolean;
  }
}

// JSON API v1. Registered by the web app with `prefix: '/api/v1'`, as an encapsulated plugin: its hooks, parsers,
// error handler and not-found handler apply to /api/v1 only. The web app's session hook and CSRF check skip /api/,
// so authentication happens here, on every request, from the bearer token.
export async function apiPlugin(
  app: FastifyInstance,
  opts: { services: Services; limit?: (request: FastifyRequest, reply: FastifyReply) => Promise<void> },
): Promise<void> {
  const { services } = opts;

  // JSON bodies only (the web app's form parser is not inherited): anything else is 415.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(new BadRequest(`The request body nests objects or arrays more than ${MAX_JSON_DEPTH} deep`), undefined);
      return;
    }
    void parseJson(request, text, done);
  });

  app.decorateRequest('apiCtx', null);
  // `limit` counts calls per token owner once the token is known (web/plugins/request-limits.ts).
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.apiPublic) return;
    request.apiCtx = await authenticate(services, request.headers.authorization);
    if (opts.limit) await opts.limit(request, reply);
  });

  // A call that sent a token which is not valid (not one that sent none) is counted into the audit trail, after the
  // answer is sent (services/audit.ts tokenRefused).
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 401 || !request.headers.authorization) return;
    try {
      await services.audit.tokenRefused({ method: request.method, route: request.routeOptions.url ?? 'unknown' });
    } catch (e) {
      request.log.error({ err: { type: (e as Error).name } }, 'could not record a refused API token in the audit trail');
    }
  });

  // Responses carry personal data: no caching anywhere on the way. And an answer opened in a browser is a download,
  // never a page rendered from its content (OWASP ASVS 14.4.2).
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    if (!reply.hasHeader('content-disposition')) reply.header('content-disposition', 'attachment; filename="api.json"');
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const e = toApiError(error);
    // Server faults only, and only the error's type: messages can carry personal data (ARCHITECTURE: logging).
    if (e.log) request.log.error({ err: e.log, route: request.routeOptions.url }, 'API request failed');
    return reply
      .code(e.status)
      .headers(e.headers ?? {})
      .send(e.body);
  });

  const notFound = `There is no API endpoint at this address. The endpoints are listed in ${app.prefix}/openapi.json`;
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found', message: notFound }));

  const operations = apiOperations(services);
  const openapi: Operation = {
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'API',
    summary: 'This OpenAPI 3.1 document',
    public: true,
    success: { status: 200, schema: OpenApiDocumentSchema, description: 'The OpenAPI document' },
    errors: [],
    handle: async () => document,
  };
  const all = [...operations, openapi];
  // Built once, now: a schema that cannot be documented stops the app starting rather than serving a wrong document.
  const document: OpenApiDocument = buildOpenApiDocument(all, app.prefix || '/');

  for (const o of all) {
    app.route({
      method: o.method,
      url: o.path,
      exposeHeadRoute: false,
      config: { apiPublic: o.public === true },
      handler: async (request, reply) => {
        const call = apiCall(request, reply, app.prefix);
        let result: unknown;
        try {
          result = await o.handle(call);
        } catch (err) {
          throw encodeConflict(o, err);
        }
        reply.code(o.success.status);
        return z.encode(o.success.schema, result);
      },
    });
  }
}

function apiCall(request: FastifyRequest, reply: ApiCall['reply'], prefix: string): ApiCall {
  return {
    get ctx(): Ctx {
      if (!request.apiCtx) throw new Unauthenticated('Sign in with an API token');
      return request.apiCtx;
    },
    params: (request.params ?? {}) as Record<string, string>,
    query: (request.query ?? {}) as Record<string, unknown>,
    body: request.body,
    reply,
    prefix,
  };
}

// A Conflict's `current` is a service-side record: only its documented wire shape may leave.
function encodeConflict(o: Operation, err: unknown): unknown {
  if (!(err instanceof Conflict) || err instanceof EncodedConflict) return err;
  return new EncodedConflict(err.message, o.conflict ? z.encode(o.conflict.current, err.current) : undefined);
}
