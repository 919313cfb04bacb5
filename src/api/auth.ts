import type { Ctx, Services } from '../services/index.ts';
import { BEARER_CHALLENGE, BearerRequired } from './errors.ts';

// RFC 6750 section 2.1: `Authorization: Bearer <b64token>`. Lantern's tokens are `lt_` + 43 base64url characters;
// anything much longer is not a token and is refused without a database look-up.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const MAX_TOKEN_LENGTH = 200;

export const MISSING_TOKEN = 'Send an API token in the Authorization header: "Authorization: Bearer <token>"';
export const INVALID_TOKEN = 'The API token is not valid, has expired or has been revoked';

export type BearerResult = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'token'; token: string };

export function bearerToken(header: string | undefined): BearerResult {
  if (!header?.trim()) return { kind: 'missing' };
  const m = BEARER.exec(header);
  if (!m?.[1] || m[1].length > MAX_TOKEN_LENGTH) return /^bearer\b/i.test(header.trim()) ? { kind: 'malformed' } : { kind: 'missing' };
  return { kind: 'token', token: m[1] };
}

// Resolves the caller for one API request. The token carries exactly its user's permissions: services do the rest.
export async function authenticate(services: Services, header: string | undefined): Promise<Ctx> {
  const b = bearerToken(header);
  if (b.kind === 'missing') throw new BearerRequired(MISSING_TOKEN, BEARER_CHALLENGE);
  const user = b.kind === 'token' ? await services.auth.resolveApiToken(b.token) : null;
  if (!user) throw new BearerRequired(INVALID_TOKEN, `${BEARER_CHALLENGE}, error="invalid_token"`);
  return { actor: { id: user.id, agencyId: user.agencyId, role: user.role }, via: 'api' };
}
