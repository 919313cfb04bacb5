import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { ValidationError } from '../../core/errors.ts';
import type { FieldErrors } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, str } from '../forms.ts';
import { SESSION_COOKIE } from '../plugins/session.ts';
import { page } from '../plugins/views.ts';

export function accountRoutes(app: FastifyInstance, services: Services, opts: { ratePerMinute: number }): void {
  // A fresh secret each time the page is shown; it is enabled only once a code from it is confirmed.
  async function enrolmentPage(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors): Promise<FastifyReply> {
    const auth = request.auth!;
    const setup = await services.auth.startTotp(auth.user);
    // The QR code is an inline SVG drawn on the server: no script, nothing fetched from elsewhere.
    const qrSvg = await QRCode.toString(setup.uri, { type: 'svg', margin: 1, width: 200, errorCorrectionLevel: 'M' });
    return page(
      request,
      reply,
      'account/mfa.njk',
      {
        title: 'Set up an authenticator app',
        setup,
        qrSvg,
        grouped: setup.secret.match(/.{1,4}/g)?.join(' '),
        required: auth.mfaRequired && !auth.mfaPassed,
        errors,
      },
      errors ? 400 : 200,
    );
  }

  app.get('/account', async (request, reply) => {
    const q = request.query as Record<string, string>;
    const hasPassword = await services.auth.hasPassword(request.auth!.user.id);
    return page(request, reply, 'account/index.njk', {
      title: 'Your account',
      hasPassword,
      passwordChanged: q['password'] === 'changed',
      mfaOn: q['mfa'] === 'on',
    });
  });

  // Passwords are never put back into the form: a refused change shows empty fields with the reasons.
  const passwordPage = (request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) =>
    page(request, reply, 'account/password.njk', { title: 'Change your password', errors }, errors ? 400 : 200);

  app.get('/account/password', async (request, reply) => passwordPage(request, reply));

  // Checking a password is costly (argon2): limited per client as sign-in is.
  app.post('/account/password', { config: { rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = bodyOf(request);
    let signedOut: boolean;
    try {
      ({ signedOut } = await services.auth.changePassword(request.auth!, {
        current: str(body, 'current'),
        password: str(body, 'password'),
        confirm: str(body, 'confirm'),
      }));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return passwordPage(request, reply, e.fields);
    }
    if (!signedOut) return reply.redirect('/account?password=changed', 303);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in?ended=password', 303);
  });

  // Reachable before the second factor, so that a role that requires MFA can enrol at first sign-in.
  // Once an authenticator is on, this page only says so: a new enrolment would switch the second factor off until
  // confirmed, so anyone holding the password could then enrol their own device (ASVS 2.8, 3.7).
  const alreadyOn = (request: FastifyRequest, reply: FastifyReply) => page(request, reply, 'account/mfa-on.njk', { title: 'Your authenticator app is set up' });

  app.get('/account/mfa', { config: { access: 'pre_mfa' } }, async (request, reply) => {
    const auth = request.auth!;
    if (auth.user.totpEnabled && !auth.mfaPassed) return reply.redirect('/sign-in/mfa', 303);
    if (auth.user.totpEnabled) return alreadyOn(request, reply);
    return enrolmentPage(request, reply);
  });

  app.post('/account/mfa', { config: { access: 'pre_mfa' } }, async (request, reply) => {
    const auth = request.auth!;
    if (auth.user.totpEnabled && !auth.mfaPassed) return reply.redirect('/sign-in/mfa', 303);
    if (auth.user.totpEnabled) return alreadyOn(request, reply);
    try {
      await services.auth.confirmTotp(auth, str(bodyOf(request), 'code'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return enrolmentPage(request, reply, e.fields);
    }
    return reply.redirect('/account?mfa=on', 303);
  });
}
