import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx, Services } from '../../services/index.ts';

// Posts refused for a missing, expired or forged form token (CSRF), told apart in the trail from pages refused by policy:
// a run of them from one account is a forged-request attempt or a broken page, not someone trying records (ASVS 7.1.3).
const CSRF_REFUSED = new WeakSet<FastifyRequest>();
export const markCsrfRefused = (request: FastifyRequest): void => {
  CSRF_REFUSED.add(request);
};

// Every 403 given to a signed-in user (web session or API token) goes into the audit trail, after the answer is sent
// (so it adds no time to it). Signed-out requests have no one to record: they are sent to sign in instead.
export function refusalsPlugin(app: FastifyInstance, services: Services): void {
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 403) return;
    const ctx = actorOf(request);
    if (!ctx) return;
    const refused = { method: request.method, route: request.routeOptions.url ?? 'unknown' };
    try {
      await services.audit.refused(ctx, CSRF_REFUSED.has(request) ? { ...refused, reason: 'csrf' } : refused);
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
