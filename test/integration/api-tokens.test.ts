// API tokens as strong as the sign-in of their user (ASVS 1.2.4), through the real web app and the real database: a user
// who must use a second factor gets tokens only on their own account page, after it and with a fresh code; the command
// line cannot make one for them; a token made without a second factor stops working once its user needs one. Tokens
// made on the page always expire (ASVS 3.5.2), are listed without their values, and are revoked there.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.ts';
import { csrfIn } from '../fixtures/web-forms.ts';
import { PASSWORD } from '../fixtures/world.ts';
import { webTestEnv } from '../setup/web-app.ts';

const env = webTestEnv(new Date('2026-11-30T10:00:05Z'));

const { codeOf, nextStep, get, post, signInForm, enrol, fullSignIn } = env.forms;

// Whether the API takes the token as its user's sign-in (401 when it does not; an analyst may not search, 403).
const apiStatus = async (token: string) =>
  (await env.app.inject({ method: 'POST', url: '/api/v1/children/search', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Nobody' } }))
    .statusCode;
const accepted = async (token: string) => (await apiStatus(token)) !== 401;
const tokenIn = (body: string) => /<code id="token"[^>]*>(lt_[A-Za-z0-9_-]+)<\/code>/.exec(body)?.[1];
const tokenRows = async (username: string) =>
  (
    await env.t.db.execute<{ id: string; label: string; expires_at: Date | null; created_with_mfa: boolean; revoked_at: Date | null }>(
      sql`select id, label, expires_at, created_with_mfa, revoked_at from api_token where user_id = (select id from app_user where username = ${username}) order by created_at`,
    )
  ).rows;
const tokenEvents = async (username: string) =>
  (
    await env.t.db.execute<{ action: string; via: string; detail: Record<string, unknown> }>(
      sql`select action, via, detail from audit_event where subject_id = (select id::text from app_user where username = ${username}) and (action like 'auth.token%' or detail->>'during' = 'token') order by seq`,
    )
  ).rows;
const setRoleMfa = (required: string[]) => env.services.admin.setRoleMfa(env.world.ctxOf('home.administrator'), { required });

describe('a user who must use a second factor', () => {
  it('cannot be given a token on the command line, and makes one on the account page with a fresh code', async () => {
    await setRoleMfa(['safeguarding_lead']);
    try {
      const cli = env.services.auth.createApiToken('home.safeguarding_lead', 'cli', 30);
      await expect(cli).rejects.toBeInstanceOf(ValidationError);
      await expect(cli).rejects.toMatchObject({ fields: { user: expect.stringMatching(/second factor/) } });

      const secret = await enrol('home.safeguarding_lead');
      const s = await fullSignIn('home.safeguarding_lead', secret);
      const pageRes = await get(s, '/account/tokens');
      expect(pageRes.statusCode).toBe(200);
      expect(pageRes.body).toContain('You have no API tokens.');
      expect(pageRes.body).toContain('name="code"');
      const form = { cookie: s.cookie, csrf: csrfIn(pageRes.body) };

      const noCode = await post(form, '/account/tokens', { label: 'Weekly report', days: '30' });
      expect(noCode.statusCode).toBe(400);
      expect(noCode.body).toContain('Enter the 6-digit code from your authenticator app');
      const wrong = await post(form, '/account/tokens', { label: 'Weekly report', days: '30', code: '000000' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('The code is not right');
      // The code used to sign in is not good twice.
      const replay = await post(form, '/account/tokens', { label: 'Weekly report', days: '30', code: codeOf(secret) });
      expect(replay.statusCode).toBe(400);
      expect(await tokenRows('home.safeguarding_lead')).toEqual([]);

      nextStep();
      const made = await post(form, '/account/tokens', { label: 'Weekly report', days: '30', code: codeOf(secret) });
      expect(made.statusCode).toBe(200);
      expect(made.headers['cache-control']).toBe('no-store');
      const token = tokenIn(made.body);
      expect(token).toBeDefined();
      const [row] = await tokenRows('home.safeguarding_lead');
      expect(row).toMatchObject({ label: 'Weekly report', created_with_mfa: true, revoked_at: null });
      expect(new Date(row!.expires_at!).getTime()).toBe(env.clock.now().getTime() + 30 * 86_400_000);
      expect(await apiStatus(token!)).toBe(200);

      // Listed without its value, and revoked from the same page.
      const listed = await get(s, '/account/tokens');
      expect(listed.body).toContain('Weekly report');
      expect(listed.body).not.toContain(token!);
      const revoked = await post({ cookie: s.cookie, csrf: csrfIn(listed.body) }, '/account/tokens/revoke', { id: row!.id });
      expect(revoked.headers.location).toBe('/account/tokens?revoked=1');
      expect(await apiStatus(token!)).toBe(401);
      expect((await get(s, '/account/tokens?revoked=1')).body).toContain('The token has been revoked');

      expect((await tokenEvents('home.safeguarding_lead')).map((e) => [e.action, e.via, e.detail['during'] ?? e.detail['label']])).toEqual([
        ['auth.mfa_failed', 'web', 'token'],
        ['auth.mfa_replayed', 'web', 'token'],
        ['auth.token_created', 'web', 'Weekly report'],
        ['auth.token_revoked', 'web', undefined],
      ]);
    } finally {
      await setRoleMfa([]);
    }
  });

  it('is asked for the second factor before making a token in a session opened before the role came to require one', async () => {
    const s = await signInForm('home.mase_coordinator');
    const form = { cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) };
    await setRoleMfa(['mase_coordinator']);
    try {
      // The session was opened without a factor: the next request goes to set one up, and nothing is made.
      const res = await post(form, '/account/tokens', { label: 'Panel export', days: '30', current: PASSWORD });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/account/mfa');
      expect(await tokenRows('home.mase_coordinator')).toEqual([]);
      // A session that is left as it was (say, set to mfa_passed by hand) still cannot make one without an authenticator.
      await env.t.db.execute(sql`update session set mfa_passed = true where user_id = (select id from app_user where username = 'home.mase_coordinator')`);
      const still = await post(form, '/account/tokens', { label: 'Panel export', days: '30', current: PASSWORD });
      expect(still.statusCode).toBe(400);
      expect(still.body).toContain('Set up an authenticator app on your account page first');
      expect(await tokenRows('home.mase_coordinator')).toEqual([]);
    } finally {
      await setRoleMfa([]);
    }
  });

  it("asks every signed-in user of a role for the factor when the role comes to require it, and only that role's", async () => {
    const lead = await signInForm('other.safeguarding_lead');
    const analyst = await signInForm('other.analyst');
    const setAt = await env.t.db.execute<{ n: number }>(sql`select coalesce(max(seq), 0)::int as n from audit_event`);
    await setRoleMfa(['safeguarding_lead']);
    try {
      expect((await get(lead, '/account')).headers.location).toBe('/account/mfa');
      expect((await get(analyst, '/account')).statusCode).toBe(200);
      const [event] = (
        await env.t.db.execute<{ detail: Record<string, unknown> }>(
          sql`select detail from audit_event where action = 'admin.mfa_roles' and seq > ${setAt.rows[0]!.n}`,
        )
      ).rows;
      expect(event!.detail).toMatchObject({ required: ['safeguarding_lead'] });
      expect(event!.detail['sessionsStepUp']).toBeGreaterThanOrEqual(1);
      // Saving the same setting again asks no one again.
      const again = await signInForm('other.safeguarding_lead');
      expect(again.location).toBe('/sign-in/mfa');
      await setRoleMfa(['safeguarding_lead', 'analyst']);
      expect((await get(analyst, '/account')).headers.location).toBe('/account/mfa');
    } finally {
      await setRoleMfa([]);
    }
  });

  it('loses the use of a token made without a second factor once the role requires one, and regains it when that is lifted', async () => {
    const { token } = await env.services.auth.createApiToken('home.practitioner', 'Old script', 30);
    expect(await apiStatus(token)).toBe(200);
    await setRoleMfa(['practitioner']);
    try {
      expect(await apiStatus(token)).toBe(401);
    } finally {
      await setRoleMfa([]);
    }
    expect(await apiStatus(token)).toBe(200);
  });
});

describe('a user who signs in with a password alone', () => {
  it('makes a token without a code, which always expires and is not marked as made with a second factor', async () => {
    const s = await signInForm('other.practitioner');
    const pageRes = await get(s, '/account/tokens');
    expect(pageRes.body).not.toContain('name="code"');
    expect(pageRes.body).toContain('name="current"');
    const made = await post({ cookie: s.cookie, csrf: csrfIn(pageRes.body) }, '/account/tokens', { label: 'Mapping export', days: '90', current: PASSWORD });
    expect(made.statusCode).toBe(200);
    expect(await apiStatus(tokenIn(made.body)!)).toBe(200);
    const [row] = await tokenRows('other.practitioner');
    expect(row).toMatchObject({ label: 'Mapping export', created_with_mfa: false });
    expect(new Date(row!.expires_at!).getTime()).toBe(env.clock.now().getTime() + 90 * 86_400_000);

    // Past its expiry it is refused, and listed as expired with nothing to revoke.
    env.clock.advance(91 * 86_400_000);
    try {
      expect(await apiStatus(tokenIn(made.body)!)).toBe(401);
      const later = await signInForm('other.practitioner');
      const listed = (await get(later, '/account/tokens')).body;
      expect(listed).toMatch(/Mapping export<\/td>[\s\S]*?Expired<\/td>/);
      expect(listed).not.toContain('action="/account/tokens/revoke"');
    } finally {
      env.clock.advance(-91 * 86_400_000);
    }
  });

  it.each([
    ['no label', { label: '  ', days: '30' }, 'Say what the token is for'],
    ['a label too long', { label: 'x'.repeat(101), days: '30' }, '100 characters or fewer'],
    ['no expiry', { label: 'Report', days: '' }, 'from 1 to 90'],
    ['an expiry past the limit', { label: 'Report', days: '91' }, 'from 1 to 90'],
    ['an expiry that is not a whole number', { label: 'Report', days: '2.5' }, 'from 1 to 90'],
    ['an expiry in words', { label: 'Report', days: 'forever' }, 'from 1 to 90'],
  ])('refuses %s with a specific error and makes nothing', async (_what, fields, message) => {
    const s = await signInForm('other.analyst');
    const before = (await tokenRows('other.analyst')).length;
    const res = await post({ cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) }, '/account/tokens', fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).not.toMatch(/lt_[A-Za-z0-9_-]{20,}/);
    expect(await tokenRows('other.analyst')).toHaveLength(before);
  });

  it('gives the password again: a missing or wrong one makes nothing, is audited, and the third wrong one ends the session', async () => {
    const s = await signInForm('home.analyst');
    const form = { cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) };
    const before = (await tokenRows('home.analyst')).length;
    const missing = await post(form, '/account/tokens', { label: 'Report', days: '30' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Enter your password');
    for (const attempt of [1, 2]) {
      const wrong = await post(form, '/account/tokens', { label: 'Report', days: '30', current: `not it ${attempt}` });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('Your current password is not right');
    }
    const third = await post(form, '/account/tokens', { label: 'Report', days: '30', current: 'not it 3' });
    expect(third.statusCode).toBe(303);
    expect(third.headers.location).toBe('/sign-in?ended=password');
    expect((await get(s, '/account/tokens')).headers.location).toMatch(/^\/sign-in/);
    expect(await tokenRows('home.analyst')).toHaveLength(before);
    const failed = (await tokenEvents('home.analyst')).filter((e) => e.action === 'auth.token_password_failed');
    expect(failed.map((e) => e.detail['signedOut'])).toEqual([false, false, true]);
  });

  it('keeps making tokens with the right password: tries start again after each', async () => {
    const s = await signInForm('other.mase_coordinator');
    const form = { cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) };
    for (const n of [1, 2, 3, 4]) {
      const made = await post(form, '/account/tokens', { label: `Export ${n}`, days: '7', current: PASSWORD });
      expect(made.statusCode).toBe(200);
      expect(tokenIn(made.body)).toBeDefined();
    }
    expect(await tokenRows('other.mase_coordinator')).toHaveLength(4);
  });

  it("cannot revoke another user's token, nor one that is not a token id", async () => {
    const { token } = await env.services.auth.createApiToken('home.analyst', 'Theirs', 30);
    const [theirs] = await tokenRows('home.analyst');
    const s = await signInForm('other.analyst');
    for (const id of [theirs!.id, 'not-an-id', '']) {
      const res = await post({ cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) }, '/account/tokens/revoke', { id });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('not one of your live tokens');
    }
    expect(await accepted(token)).toBe(true);
    expect((await tokenRows('home.analyst'))[0]!.revoked_at).toBeNull();
  });
});

describe("a change of credentials revokes the user's API tokens", () => {
  const live = async (username: string) => (await tokenRows(username)).filter((r) => !r.revoked_at).length;
  const lastDetail = async (action: string) =>
    (await env.t.db.execute<{ detail: Record<string, unknown> }>(sql`select detail from audit_event where action = ${action} order by seq desc limit 1`))
      .rows[0]!.detail;

  it('on a change of password by the user', async () => {
    const { token } = await env.services.auth.createApiToken('other.practitioner', 'Before the change', 30);
    const s = await signInForm('other.practitioner');
    const res = await post({ cookie: s.cookie, csrf: csrfIn((await get(s, '/account/password')).body) }, '/account/password', {
      current: PASSWORD,
      password: 'a brand new passphrase for the token test',
      confirm: 'a brand new passphrase for the token test',
    });
    expect(res.headers.location).toBe('/account?password=changed');
    expect(await accepted(token)).toBe(false);
    expect(await live('other.practitioner')).toBe(0);
    expect((await lastDetail('auth.password_changed'))['tokensRevoked']).toBeGreaterThanOrEqual(1);
    expect((await get(s, '/account?password=changed')).body).toContain('any API tokens you had were revoked');
  });

  it('on a password reset or deactivation by an administrator, and on a reset of the authenticator', async () => {
    const admin = env.world.ctxOf('home.administrator');
    type Row = {
      id: string;
      version: number;
      display_name: string;
      email: string | null;
      agency_id: string;
      team_id: string | null;
      role: string;
      active: boolean;
    };
    const userOf = async (username: string) =>
      (await env.t.db.execute<Row>(sql`select id, version, display_name, email, agency_id, team_id, role, active from app_user where username = ${username}`))
        .rows[0]!;
    const edit = async (username: string, patch: Record<string, unknown>) => {
      const u = await userOf(username);
      const form = { displayName: u.display_name, email: u.email ?? '', agencyId: u.agency_id, teamId: u.team_id ?? '', role: u.role, active: u.active };
      await env.services.admin.editUser(admin, u.id, { ...form, version: u.version, ...patch });
    };

    const reset = await env.services.auth.createApiToken('home.auditor', 'Reset me', 30);
    await edit('home.auditor', { password: 'a temporary passphrase given by phone' });
    expect(await accepted(reset.token)).toBe(false);
    expect(await lastDetail('admin.user_changed')).toMatchObject({ passwordReset: true, tokensRevoked: 1 });

    const renamed = await env.services.auth.createApiToken('other.auditor', 'Kept', 30);
    await edit('other.auditor', { displayName: 'A new display name' });
    expect(await accepted(renamed.token)).toBe(true);
    expect(await lastDetail('admin.user_changed')).not.toHaveProperty('tokensRevoked');

    const leaver = await env.services.auth.createApiToken('other.auditor', 'Leaver', 30);
    await edit('other.auditor', { active: false });
    await edit('other.auditor', { active: true });
    expect(await accepted(leaver.token)).toBe(false);
    expect(await accepted(renamed.token)).toBe(false);

    const device = await env.services.auth.createApiToken('home.mase_coordinator', 'Lost phone', 30);
    await env.services.admin.resetMfa(admin, (await userOf('home.mase_coordinator')).id);
    expect(await accepted(device.token)).toBe(false);
    expect(await lastDetail('admin.mfa_reset')).toMatchObject({ tokensRevoked: 1 });
  });
});
