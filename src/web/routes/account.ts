import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { ValidationError } from '../../core/errors.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { OWN_TOKEN_MAX_DAYS } from '../../services/inputs/account.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, str } from '../forms.ts';
import { clearSessionCookie } from '../plugins/session.ts';
import { page } from '../plugins/views.ts';

// The QR code is an inline SVG drawn on the server: no script, nothing fetched from elsewhere.
async function setupModel(setup: { secret: string; uri: string }) {
  const qrSvg = await QRCode.toString(setup.uri, { type: 'svg', margin: 1, width: 200, errorCorrectionLevel: 'M' });
  return { setup, qrSvg, grouped: setup.secret.match(/.{1,4}/g)?.join(' ') };
}

export function accountRoutes(app: FastifyInstance, services: Services, opts: { ratePerMinute: number }): void {
  // A fresh secret each time the page is shown; it is enabled only once a code from it is confirmed.
  async function enrolmentPage(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors): Promise<FastifyReply> {
    const auth = request.auth!;
    const setup = await services.auth.startTotp(auth.user);
    return page(
      request,
      reply,
      'account/mfa.njk',
      {
        title: 'Set up an authenticator app',
        ...(await setupModel(setup)),
        action: '/account/mfa',
        required: auth.mfaRequired && !auth.mfaPassed,
        errors,
      },
      errors ? 400 : 200,
    );
  }

  // The new authenticator started with a code from the current one (ASVS 2.5.7); the same key until it is confirmed.
  async function replacementPage(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors): Promise<FastifyReply> {
    const setup = await services.auth.pendingTotp(request.auth!);
    if (!setup) return reply.redirect('/account/mfa', 303);
    return page(
      request,
      reply,
      'account/mfa.njk',
      { title: 'Set up your new authenticator app', ...(await setupModel(setup)), action: '/account/mfa/new', replacing: true, errors },
      errors ? 400 : 200,
    );
  }

  app.get('/account', async (request, reply) => {
    const q = request.query as Record<string, string>;
    const hasPassword = await services.auth.hasPassword(request.auth!.user.id);
    const accountChanges = await services.auth.recentAccountChanges(request.auth!);
    return page(request, reply, 'account/index.njk', {
      title: 'Your account',
      hasPassword,
      accountChanges,
      noticeSeen: request.auth!.accountNotice,
      passwordChanged: q['password'] === 'changed',
      mfaOn: q['mfa'] === 'on',
      mfaChanged: q['mfa'] === 'changed',
    });
  });

  // Passwords are never put back into the form: a refused change shows empty fields with the reasons. A user signed in
  // with a temporary password is told why they are here, and has nowhere else to go but sign-out (ASVS 2.3.1).
  const passwordPage = (request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) =>
    page(
      request,
      reply,
      'account/password.njk',
      { title: 'Change your password', mustChange: request.auth!.passwordChangeRequired, errors },
      errors ? 400 : 200,
    );

  app.get('/account/password', { config: { whilePasswordTemporary: true } }, async (request, reply) => passwordPage(request, reply));

  // Checking a password is costly (argon2): limited per client as sign-in is.
  const passwordPost = { whilePasswordTemporary: true, rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } };
  app.post('/account/password', { config: passwordPost }, async (request, reply) => {
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
    clearSessionCookie(reply);
    return reply.redirect('/sign-in?ended=password', 303);
  });

  // Reachable before the second factor, so that a role that requires MFA can enrol at first sign-in.
  // Once an authenticator is on, a new enrolment here would switch the second factor off until confirmed, so anyone
  // holding the password could then enrol their own device: instead the page offers a replacement, started with a code
  // from the current app, which keeps working until the new one is confirmed (ASVS 2.5.7).
  const alreadyOn = (request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) =>
    page(request, reply, 'account/mfa-on.njk', { title: 'Your authenticator app is set up', errors }, errors ? 400 : 200);

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

  // A code from the current app starts the replacement. Rate-limited like sign-in: a wrong code counts towards the
  // account's lockout.
  app.post('/account/mfa/replace', { config: { rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    if (!request.auth!.user.totpEnabled) return reply.redirect('/account/mfa', 303);
    try {
      await services.auth.startTotpReplacement(request.auth!, str(bodyOf(request), 'code'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return alreadyOn(request, reply, e.fields);
    }
    return reply.redirect('/account/mfa/new', 303);
  });

  app.get('/account/mfa/new', async (request, reply) => replacementPage(request, reply));

  app.post('/account/mfa/new', { config: { rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    try {
      await services.auth.confirmTotpReplacement(request.auth!, str(bodyOf(request), 'code'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return replacementPage(request, reply, e.fields);
    }
    return reply.redirect('/account?mfa=changed', 303);
  });

  // The user's own API tokens (services/api-tokens.ts): made here, after the second factor when one is required, and
  // with a fresh code from the authenticator when the user has one; a wrong code counts towards the lockout.
  async function tokensPage(request: FastifyRequest, reply: FastifyReply, form?: { values: Record<string, string>; errors: FieldErrors }) {
    return page(
      request,
      reply,
      'account/tokens.njk',
      {
        title: 'Your API tokens',
        tokens: await services.auth.listOwnApiTokens(request.auth!.user),
        hasPassword: await services.auth.hasPassword(request.auth!.user.id),
        maxDays: OWN_TOKEN_MAX_DAYS,
        values: form?.values ?? { days: '30' },
        errors: form?.errors,
        revoked: (request.query as Record<string, string>)['revoked'] === '1',
      },
      form ? 400 : 200,
    );
  }

  app.get('/account/tokens', async (request, reply) => tokensPage(request, reply));

  app.post('/account/tokens', { config: { rateLimit: { max: opts.ratePerMinute, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = bodyOf(request);
    const values = { label: str(body, 'label'), days: str(body, 'days') };
    let made: Awaited<ReturnType<Services['auth']['createOwnApiToken']>>;
    try {
      made = await services.auth.createOwnApiToken(request.auth!, { ...values, code: str(body, 'code'), current: str(body, 'current') });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return tokensPage(request, reply, { values, errors: e.fields });
    }
    if ('signedOut' in made) {
      clearSessionCookie(reply);
      return reply.redirect('/sign-in?ended=password', 303);
    }
    return page(request, reply, 'account/token-created.njk', {
      title: 'Your new API token',
      token: made.token,
      label: values.label.trim(),
      expiresAt: made.expiresAt,
    });
  });

  // Where the user is signed in, and ending the sessions they do not recognise (ASVS 3.3.4).
  async function sessionsPage(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors): Promise<FastifyReply> {
    const sessions = await services.auth.ownSessions(request.auth!);
    const ended = (request.query as Record<string, string>)['ended'];
    return page(
      request,
      reply,
      'account/sessions.njk',
      { title: 'Where you are signed in', sessions, ended: ended === '1' || ended === 'others' ? ended : null, errors },
      errors ? 400 : 200,
    );
  }

  app.get('/account/sessions', async (request, reply) => sessionsPage(request, reply));

  app.post('/account/sessions/end', async (request, reply) => {
    try {
      await services.auth.endOwnSession(request.auth!, str(bodyOf(request), 'handle'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return sessionsPage(request, reply, e.fields);
    }
    return reply.redirect('/account/sessions?ended=1', 303);
  });

  app.post('/account/sessions/end-others', async (request, reply) => {
    await services.auth.endOtherOwnSessions(request.auth!);
    return reply.redirect('/account/sessions?ended=others', 303);
  });

  app.post('/account/tokens/revoke', async (request, reply) => {
    try {
      await services.auth.revokeOwnApiToken(request.auth!, str(bodyOf(request), 'id'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return tokensPage(request, reply, { values: { days: '30' }, errors: { tokens: 'That token is not one of your live tokens: it may already be revoked' } });
    }
    return reply.redirect('/account/tokens?revoked=1', 303);
  });
}
