import { Conflict, errorReference, Forbidden, NotFound, Unauthenticated, ValidationError } from '../core/errors.ts';
import type { ErrorCode } from './schemas.ts';

// Errors of the API layer itself. Services throw the typed errors of core/errors.ts; both are turned into JSON here.

/** The request is malformed before any service sees it (e.g. the body is not a JSON object). */
export class BadRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequest';
  }
}

/** No usable bearer token. `challenge` is the WWW-Authenticate value (RFC 6750 section 3). */
export class BearerRequired extends Unauthenticated {
  constructor(
    message: string,
    public readonly challenge: string,
  ) {
    super(message);
  }
}

/** A Conflict whose `current` record has already been encoded to its wire shape by the route. */
export class EncodedConflict extends Conflict {}

export type ApiErrorResponse = {
  status: number;
  body: { error: ErrorCode; message: string; fields?: Record<string, string>; current?: unknown };
  headers?: Record<string, string>;
  /** Logged at error level (server faults only): the error's class and code, never its message; the reference the client was given. */
  log?: { type: string; code?: string | undefined; issues?: string[]; reference: string };
};

export const INTERNAL_MESSAGE = 'Something went wrong';
export const BEARER_CHALLENGE = 'Bearer realm="lantern"';

type FastifyLike = Error & { code?: string; statusCode?: number };

// Fastify's own messages are fixed strings, but a JSON syntax error can quote the body: never pass one through.
const FASTIFY_MESSAGES: Record<string, { status: number; error: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'bad_request', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'bad_request', message: 'The request body is empty: send a JSON object' },
  // 413 Content Too Large (RFC 9110, 15.5.14): the client can tell a body to split from a body to fix.
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'too_large', message: 'The request body is too large: the limit is 1 MB' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'bad_request', message: 'The request body does not match its Content-Length' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported_media_type', message: 'Send the request body as application/json' },
};

// One place decides what every failure looks like to an API client (ARCHITECTURE habit 4).
export function toApiError(error: unknown): ApiErrorResponse {
  if (error instanceof ValidationError) return { status: 400, body: { error: 'validation', message: error.message, fields: error.fields } };
  if (error instanceof BearerRequired)
    return { status: 401, body: { error: 'unauthenticated', message: error.message }, headers: { 'www-authenticate': error.challenge } };
  if (error instanceof Unauthenticated)
    return { status: 401, body: { error: 'unauthenticated', message: error.message }, headers: { 'www-authenticate': BEARER_CHALLENGE } };
  if (error instanceof Forbidden) return { status: 403, body: { error: 'forbidden', message: error.message } };
  if (error instanceof NotFound) return { status: 404, body: { error: 'not_found', message: error.message } };
  // Only a route that knows the shape of `current` may send it back (it is encoded, so nothing internal leaks).
  if (error instanceof EncodedConflict && error.current !== undefined)
    return { status: 409, body: { error: 'conflict', message: error.message, current: error.current } };
  if (error instanceof Conflict) return { status: 409, body: { error: 'conflict', message: error.message } };
  if (error instanceof BadRequest) return { status: 400, body: { error: 'bad_request', message: error.message } };

  const e = (error ?? {}) as FastifyLike;
  const known = e.code ? FASTIFY_MESSAGES[e.code] : undefined;
  if (known) return { status: known.status, body: { error: known.error, message: known.message } };
  if (e.statusCode === 429) return { status: 429, body: { error: 'too_many_requests', message: 'Too many requests. Wait a minute and try again.' } };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return { status: e.statusCode, body: { error: 'bad_request', message: 'The request could not be understood' } };

  // Zod issues name the paths that failed (field names, no values), which is what a developer needs to fix a schema.
  const issues = Array.isArray((error as { issues?: unknown } | null)?.issues)
    ? (error as { issues: { path?: PropertyKey[]; code?: string }[] }).issues
        .slice(0, 10)
        .map((i) => `${(i.path ?? []).map(String).join('.')}: ${i.code ?? '?'}`)
    : undefined;
  const reference = errorReference();
  return {
    status: 500,
    body: { error: 'internal', message: `${INTERNAL_MESSAGE} (reference ${reference})` },
    log: {
      reference,
      type: error instanceof Error ? error.constructor.name : typeof error,
      code: typeof e.code === 'string' ? e.code : undefined,
      ...(issues ? { issues } : {}),
    },
  };
}
