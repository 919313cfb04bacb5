import type { FastifyInstance } from 'fastify';
import { Unauthenticated, ValidationError } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, str } from '../forms.ts';
import { homeFor } from '../navigation.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../plugins/session.ts';
import { page } from '../plugins/views.ts';

export function authRoutes(app: FastifyInstance, services: Services, opts: { ratePerMinute: number }): void {
  app.get('/', async (request, reply) => reply.redirect(homeFor(request.auth!.user), 303));

  app.get('/sign-in', { config: { access: 'public' } }, async (request, reply) => {
    if (request.auth?.mfaPassed) return reply.redirect('/', 303);
    const q = request.query as Record<string, string>;
    return page(request, reply, 'sign-in.njk', {
      title: 'Sign in to Lantern',
      timedOut: q['timeout'] === '1',
      passwordEnded: q['ended'] === 'password',
      endedElsewhere: q['ended'] === 'elsewhere',
    });
  });

  app.post('/sign-in', { config: { access: 'public', rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    const b = bodyOf(request);
    let signedIn: Awaited<ReturnType<Services['auth']['signIn']>>;
    try {
      signedIn = await services.auth.signIn(str(b, 'username'), str(b, 'password'));
    } catch (e) {
      if (!(e instanceof Unauthenticated)) throw e;
      return page(
        request,
        reply,
        'sign-in.njk',
        { title: 'Sign in to Lantern', values: { username: str(b, 'username') }, errors: { username: e.message } },
        401,
      );
    }
    setSessionCookie(reply, signedIn.token);
    return reply.redirect(signedIn.mfaRequired ? '/sign-in/mfa' : '/', 303);
  });

  app.get('/sign-in/mfa', { config: { access: 'pre_mfa' } }, async (request, reply) => {
    if (!request.auth!.user.totpEnabled) return reply.redirect('/account/mfa', 303);
    return page(request, reply, 'mfa.njk', { title: 'Enter your security code' });
  });

  app.post('/sign-in/mfa', { config: { access: 'pre_mfa', rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    try {
      await services.auth.verifyMfa(request.auth!, str(bodyOf(request), 'code'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(request, reply, 'mfa.njk', { title: 'Enter your security code', errors: e.fields }, 400);
    }
    return reply.redirect('/', 303);
  });

  app.post('/sign-out', { config: { access: 'public' } }, async (request, reply) => {
    const token = sessionToken(request);
    if (token) await services.auth.signOut(token);
    clearSessionCookie(reply);
    return reply.redirect('/sign-in', 303);
  });
}
