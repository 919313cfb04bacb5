// API tokens as strong as the sign-in of their user (ASVS 1.2.4), through the real web app and the real database: a user
// who must use a second factor gets tokens only on their own account page, after it and with a fresh code; the command
// line cannot make one for them; a token made without a second factor stops working once its user needs one. Tokens
// made on the page always expire (ASVS 3.5.2), are listed without their values, and are revoked there.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { csrfIn, webForms } from '../fixtures/web-forms.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(new Date('2026-11-30T10:00:05Z'));
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
}, 60_000);
afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const { codeOf, nextStep, get, post, signInForm, enrol, fullSignIn } = webForms(
  () => app,
  () => clock,
);

// Whether the API takes the token as its user's sign-in (401 when it does not; an analyst may not search, 403).
const apiStatus = async (token: string) =>
  (await app.inject({ method: 'POST', url: '/api/v1/children/search', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Nobody' } })).statusCode;
const accepted = async (token: string) => (await apiStatus(token)) !== 401;
const tokenIn = (body: string) => /<code id="token"[^>]*>(lt_[A-Za-z0-9_-]+)<\/code>/.exec(body)?.[1];
const tokenRows = async (username: string) =>
  (
    await t.db.execute<{ id: string; label: string; expires_at: Date | null; created_with_mfa: boolean; revoked_at: Date | null }>(
      sql`select id, label, expires_at, created_with_mfa, revoked_at from api_token where user_id = (select id from app_user where username = ${username}) order by created_at`,
    )
  ).rows;
const tokenEvents = async (username: string) =>
  (
    await t.db.execute<{ action: string; via: string; detail: Record<string, unknown> }>(
      sql`select action, via, detail from audit_event where subject_id = (select id::text from app_user where username = ${username}) and (action like 'auth.token%' or detail->>'during' = 'token') order by seq`,
    )
  ).rows;
const setRoleMfa = (required: string[]) => services.admin.setRoleMfa(world.ctxOf('home.administrator'), { required });

describe('a user who must use a second factor', () => {
  it('cannot be given a token on the command line, and makes one on the account page with a fresh code', async () => {
    await setRoleMfa(['safeguarding_lead']);
    try {
      const cli = services.auth.createApiToken('home.safeguarding_lead', 'cli', 30);
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
      expect(new Date(row!.expires_at!).getTime()).toBe(clock.now().getTime() + 30 * 86_400_000);
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

  it('cannot make a token from a session opened before the role came to require a second factor, without an authenticator', async () => {
    const s = await signInForm('home.mase_coordinator');
    const form = { cookie: s.cookie, csrf: csrfIn((await get(s, '/account/tokens')).body) };
    await setRoleMfa(['mase_coordinator']);
    try {
      const res = await post(form, '/account/tokens', { label: 'Panel export', days: '30' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Set up an authenticator app on your account page first');
      expect(await tokenRows('home.mase_coordinator')).toEqual([]);
    } finally {
      await setRoleMfa([]);
    }
  });

  it('loses the use of a token made without a second factor once the role requires one, and regains it when that is lifted', async () => {
    const { token } = await services.auth.createApiToken('home.practitioner', 'Old script', 30);
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
    const made = await post({ cookie: s.cookie, csrf: csrfIn(pageRes.body) }, '/account/tokens', { label: 'Mapping export', days: '90' });
    expect(made.statusCode).toBe(200);
    expect(await apiStatus(tokenIn(made.body)!)).toBe(200);
    const [row] = await tokenRows('other.practitioner');
    expect(row).toMatchObject({ label: 'Mapping export', created_with_mfa: false });
    expect(new Date(row!.expires_at!).getTime()).toBe(clock.now().getTime() + 90 * 86_400_000);

    // Past its expiry it is refused, and listed as expired with nothing to revoke.
    clock.advance(91 * 86_400_000);
    try {
      expect(await apiStatus(tokenIn(made.body)!)).toBe(401);
      const later = await signInForm('other.practitioner');
      const listed = (await get(later, '/account/tokens')).body;
      expect(listed).toMatch(/Mapping export<\/td>[\s\S]*?Expired<\/td>/);
      expect(listed).not.toContain('action="/account/tokens/revoke"');
    } finally {
      clock.advance(-91 * 86_400_000);
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

  it("cannot revoke another user's token, nor one that is not a token id", async () => {
    const { token } = await services.auth.createApiToken('home.analyst', 'Theirs', 30);
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
