import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx, Services } from '../../services/index.ts';

// Posts refused for a missing, expired or forged form token (CSRF), told apart in the trail from pages refused by policy:
// a run of them from one account is a forged-request attempt or a broken page, not someone trying records (ASVS 7.1.3).
const CSRF_REFUSED = new WeakSet<FastifyRequest>();
export const markCsrfRefused = (request: FastifyRequest): void => {
  CSRF_REFUSED.add(request);
};

// A user over the request limit (plugins/request-limits.ts) is recorded once a minute, not once per refused request,
// so that a script hammering the server cannot fill the trail. Per process, in memory; pruned as it grows.
const RATE_LIMIT_RECORD_EVERY_MS = 60_000;
const rateLimitRecorded = new Map<string, number>();
function firstRateLimitThisMinute(userId: string, now: number): boolean {
  const last = rateLimitRecorded.get(userId);
  if (last !== undefined && now - last < RATE_LIMIT_RECORD_EVERY_MS) return false;
  if (rateLimitRecorded.size >= 10_000) for (const [k, t] of rateLimitRecorded) if (now - t >= RATE_LIMIT_RECORD_EVERY_MS) rateLimitRecorded.delete(k);
  rateLimitRecorded.set(userId, now);
  return true;
}

// Every 403 given to a signed-in user (web session or API token) goes into the audit trail, after the answer is sent
// (so it adds no time to it), and so does a 429 for going over the request limit. Signed-out requests have no one to
// record: they are sent to sign in instead.
export function refusalsPlugin(app: FastifyInstance, services: Services): void {
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 403 && reply.statusCode !== 429) return;
    const ctx = actorOf(request);
    if (!ctx) return;
    const refused = { method: request.method, route: request.routeOptions.url ?? 'unknown' };
    const reason = reply.statusCode === 429 ? 'rate_limit' : CSRF_REFUSED.has(request) ? 'csrf' : undefined;
    if (reason === 'rate_limit' && !firstRateLimitThisMinute(ctx.actor.id, Date.now())) return;
    try {
      await services.audit.refused(ctx, reason ? { ...refused, reason } : refused);
    } catch (e) {
      request.log.error({ err: { type: (e as Error).name } }, 'could not record a refused request in the audit trail');
    }
  });
}

function actorOf(request: FastifyRequest): Ctx | null {
  if (request.auth) return { actor: request.auth.user, via: 'web' };
  // Set by the JSON API's own hook (src/api/plugin.ts) when a bearer token is valid.
  return (request as FastifyRequest & { apiCtx?: Ctx | null }).apiCtx ?? null;
}
