import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services/index.ts';

export const SESSION_COOKIE = 'lantern_session';

// Resolves the server-side session for every request and enforces sign-in, the second factor, and then the change of a
// temporary password (ASVS 2.3.1). API requests (bearer tokens) and static files are not affected.
export function sessionPlugin(app: FastifyInstance, opts: { services: Services; cookieSecure: 'auto' | boolean }): void {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access ?? 'signed_in';
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || request.url.startsWith('/public/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await opts.services.auth.resolveSession(token) : null;
    if (token && !request.auth) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (access === 'public') return;
    if (!request.auth) return reply.redirect(request.method === 'GET' ? `/sign-in?timeout=${token ? 1 : 0}` : '/sign-in', 303);
    if (access === 'signed_in' && !request.auth.mfaPassed) {
      return reply.redirect(request.auth.user.totpEnabled ? '/sign-in/mfa' : '/account/mfa', 303);
    }
    if (request.auth.passwordChangeRequired && request.auth.mfaPassed && !request.routeOptions.config.whilePasswordTemporary) {
      return reply.redirect('/account/password', 303);
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: 'auto' | boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
