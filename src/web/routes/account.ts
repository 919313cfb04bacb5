import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

export function accountRoutes(app: FastifyInstance, services: Services): void {
  app.get('/account', async (request, reply) => page(request, reply, 'account/index.njk', { title: 'Your account' }));

  // Reachable before the second factor, so that a role that requires MFA can enrol at first sign-in.
  app.get('/account/mfa', { config: { access: 'pre_mfa' } }, async (request, reply) => {
    const auth = request.auth!;
    if (auth.user.totpEnabled && !auth.mfaPassed) return reply.redirect('/sign-in/mfa', 303);
    const setup = await services.auth.startTotp(auth.user);
    return page(request, reply, 'account/mfa.njk', {
      title: 'Set up an authenticator app',
      setup,
      grouped: setup.secret.match(/.{1,4}/g)?.join(' '),
      required: auth.mfaRequired && !auth.mfaPassed,
    });
  });

  app.post('/account/mfa', { config: { access: 'pre_mfa' } }, async (request, reply) => {
    const auth = request.auth!;
    if (auth.user.totpEnabled && !auth.mfaPassed) return reply.redirect('/sign-in/mfa', 303);
    try {
      await services.auth.confirmTotp(auth, str(bodyOf(request), 'code'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const setup = await services.auth.startTotp(auth.user);
      return page(
        request,
        reply,
        'account/mfa.njk',
        {
          title: 'Set up an authenticator app',
          setup,
          grouped: setup.secret.match(/.{1,4}/g)?.join(' '),
          errors: e.fields,
          required: auth.mfaRequired && !auth.mfaPassed,
        },
        400,
      );
    }
    return reply.redirect('/account?mfa=on', 303);
  });
}
