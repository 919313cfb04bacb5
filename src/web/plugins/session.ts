import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services/index.ts';

export const SESSION_COOKIE = 'lantern_session';

/**
 * On a deployment that declares HTTPS (LANTERN_COOKIE_SECURE=true) the cookies carry the `__Host-` prefix, which browsers
 * accept only with Secure, Path=/ and no Domain: no subdomain or plain-HTTP page can set or overwrite them (ASVS 3.4.4).
 * With `auto` the flag follows each request, so the prefix cannot be promised and the plain names stay.
 */
export const hostPrefixed = (name: string, secure: 'auto' | boolean): string => (secure === true ? `__Host-${name}` : name);

/** The session token the browser sent, if any. */
export const sessionToken = (request: FastifyRequest): string | undefined => request.cookies[request.server.sessionCookie.name];

export function clearSessionCookie(reply: FastifyReply): void {
  const { name, secure } = reply.server.sessionCookie;
  reply.clearCookie(name, { path: '/', secure });
}

// Resolves the server-side session for every request and enforces sign-in, the second factor, and then the change of a
// temporary password (ASVS 2.3.1). API requests (bearer tokens) and static files are not affected.
export function sessionPlugin(app: FastifyInstance, opts: { services: Services; cookieSecure: 'auto' | boolean }): void {
  app.decorateRequest('auth', null);
  app.decorate('sessionCookie', { name: hostPrefixed(SESSION_COOKIE, opts.cookieSecure), secure: opts.cookieSecure });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access ?? 'signed_in';
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || request.url.startsWith('/public/')) return;
    const token = sessionToken(request);
    const state = token ? await opts.services.auth.sessionOrEnd(token, request.routeOptions.config.passive === true) : null;
    request.auth = typeof state === 'string' ? null : state;
    if (token && !request.auth) clearSessionCookie(reply);
    if (access === 'public') return;
    // The sign-in page says why: timed out, or ended elsewhere (another browser, an administrator, signed out).
    const why = state === 'timed_out' ? '?timeout=1' : state === 'ended' ? '?ended=elsewhere' : '';
    if (!request.auth) return reply.redirect(request.method === 'GET' ? `/sign-in${why}` : '/sign-in', 303);
    if (access === 'signed_in' && !request.auth.mfaPassed) {
      return reply.redirect(request.auth.user.totpEnabled ? '/sign-in/mfa' : '/account/mfa', 303);
    }
    if (request.auth.passwordChangeRequired && request.auth.mfaPassed && !request.routeOptions.config.whilePasswordTemporary) {
      return reply.redirect('/account/password', 303);
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  const { name, secure } = reply.server.sessionCookie;
  reply.setCookie(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
