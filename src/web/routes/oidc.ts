import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services/index.ts';
import { OidcNotConfigured, OidcRefused, OidcUnavailable } from '../../services/oidc.ts';
import { sessionToken, setSessionCookie } from '../plugins/session.ts';
import { page } from '../plugins/views.ts';

// The browser's half of the login state: the same random state the server keeps (hashed) in oidc_login. Scoped to the
// OIDC paths and sent on the provider's top-level redirect back (SameSite=Lax), it binds a callback to the browser that
// started the sign-in, so someone else's callback link cannot sign this browser in.
export const OIDC_STATE_COOKIE = 'lantern_oidc_state';
const COOKIE_PATH = '/sign-in/oidc';

export function oidcRoutes(app: FastifyInstance, services: Services, opts: { cookieSecure: 'auto' | boolean; ratePerMinute: number }): void {
  const { oidc } = services;
  const rateLimit = { max: opts.ratePerMinute, timeWindow: '1 minute' };

  // The sign-in page (routes/auth.ts) shows "Sign in with ..." only when a provider is configured: @fastify/view merges
  // reply.locals (which it declares at runtime but not in its types) into every template's data.
  if (oidc.providerName) {
    const oidcProviderName = oidc.providerName;
    app.addHook('preHandler', async (request, reply) => {
      if (request.routeOptions.url !== '/sign-in') return;
      const withLocals = reply as FastifyReply & { locals?: Record<string, unknown> | null };
      withLocals.locals = { ...withLocals.locals, oidcProviderName };
    });
  }

  const problem = (request: FastifyRequest, reply: FastifyReply, e: unknown): Promise<FastifyReply> => {
    if (e instanceof OidcNotConfigured) return page(request, reply, 'errors/not-found.njk', { message: e.message }, 404);
    if (e instanceof OidcUnavailable) {
      // A reason code only: the provider's answer is not logged.
      request.log.warn({ reason: e.reason }, 'OpenID Connect provider unavailable');
      return page(request, reply, 'oidc/problem.njk', { title: 'Sign-in is not working', heading: 'Sign-in is not working', message: e.message }, 503);
    }
    if (e instanceof OidcRefused) {
      const heading = e.kind === 'account' ? 'You cannot sign in to Lantern with this account' : 'You have not been signed in';
      return page(
        request,
        reply,
        'oidc/problem.njk',
        { title: heading, heading, message: e.message, retry: e.kind === 'protocol' },
        e.kind === 'account' ? 403 : 400,
      );
    }
    throw e;
  };

  app.get('/sign-in/oidc', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    if (request.auth?.mfaPassed) return reply.redirect('/', 303);
    let started: Awaited<ReturnType<Services['oidc']['start']>>;
    try {
      started = await oidc.start((request.query as Record<string, unknown>)['return']);
    } catch (e) {
      return problem(request, reply, e);
    }
    reply.setCookie(OIDC_STATE_COOKIE, started.state, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, maxAge: 600 });
    return reply.redirect(started.url, 303);
  });

  app.get('/sign-in/oidc/callback', { config: { access: 'public', rateLimit } }, async (request, reply) => {
    const browserState = request.cookies[OIDC_STATE_COOKIE];
    reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH });
    const at = request.url.indexOf('?');
    let signedIn: Awaited<ReturnType<Services['oidc']['complete']>>;
    try {
      signedIn = await oidc.complete(at >= 0 ? request.url.slice(at + 1) : '', browserState);
    } catch (e) {
      return problem(request, reply, e);
    }
    // A new sign-in replaces whatever session this browser had (no session fixation, no mixed identities).
    const previous = sessionToken(request);
    if (previous) await services.auth.signOut(previous);
    setSessionCookie(reply, signedIn.token);
    return reply.redirect(signedIn.mfaPending ? '/sign-in/mfa' : (signedIn.returnTo ?? '/'), 303);
  });
}
