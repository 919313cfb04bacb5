// OpenID Connect sign-in against a real provider (oidc-provider) on 127.0.0.1: the whole flow over HTTP, driven the
// way a browser would be (redirects followed by hand, cookies carried), with Lantern's own session at the end; once in
// Chromium too, with axe-core on the sign-in and refusal pages (checkA11y from the browser journeys' support).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { generateSecret, generateSync } from 'otplib';
import { chromium } from 'playwright-core';
import { randomState } from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { createServices } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, checkA11y } from '../e2e/support.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { freePort, startMetadataServer, startOidcProvider, type TestAccount, type TestBrowser, testBrowser, type TestIdp } from '../setup/oidc-provider.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

const CLIENT_ID = 'lantern-test';
const CLIENT_SECRET = randomBytes(24).toString('hex');
const ID_TOKEN_TTL_SECONDS = 60;

// Synthetic people only. `agency` and `roles` are the provider's own values, mapped by Lantern's configuration.
const accounts: Record<string, TestAccount> = {
  alex: {
    claims: {
      name: 'Alex Synthetic',
      preferred_username: 'alex.synthetic',
      email: 'alex@example.test',
      agency: 'TSC',
      roles: ['Everyone', 'Lantern-Practitioners'],
    },
    amr: ['pwd'],
  },
  bea: { claims: { name: 'Bea Synthetic', agency: 'TSC', roles: ['Lantern-Leads'] }, amr: ['pwd', 'mfa'] },
  cal: { claims: { name: 'Cal Synthetic', agency: 'TSC', roles: ['Lantern-Leads'] }, amr: ['pwd'] },
  dee: { claims: { name: 'Dee Synthetic', agency: 'TSC', roles: ['Everyone', 'Caretakers'] }, amr: ['pwd'] },
  eli: { claims: { name: 'Eli Synthetic', agency: 'TSC', roles: ['Lantern-Practitioners'] }, amr: ['pwd'] },
};

type Lantern = { app: FastifyInstance; base: string };

let t: TestDatabase;
let clock: TestClock;
let idpA: TestIdp;
let idpB: TestIdp;
const closers: (() => Promise<void>)[] = [];
let main: Lantern; // configured for provider A
let plain: Lantern; // no OpenID Connect
let misdiscovered: Lantern; // its issuer's metadata names provider A as the issuer
let mixedUp: Lantern; // its issuer's metadata is provider B's, under its own name
let idpC: TestIdp;
let recent: Lantern; // provider C, asking for a sign-in within the last minute (max_age 60 s)
let agencyIds: { home: string; other: string };

function oidcConfig(issuer: string, port: number): Config {
  const oidc = loadConfig({
    LANTERN_OIDC_ISSUER: issuer,
    LANTERN_OIDC_CLIENT_ID: CLIENT_ID,
    LANTERN_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    LANTERN_OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/sign-in/oidc/callback`,
    LANTERN_OIDC_PROVIDER_NAME: 'Test County Council',
    LANTERN_OIDC_SCOPES: 'openid profile email lantern',
    LANTERN_OIDC_AGENCY_MAP: 'TSC=Test Social Care;TH=Test Health',
    LANTERN_OIDC_ROLE_MAP: 'Lantern-Practitioners=practitioner;Lantern-Leads=safeguarding_lead;Lantern-Analysts=analyst',
  }).oidc;
  return { ...testConfig(), oidc };
}

async function startLantern(config: (port: number) => Config): Promise<Lantern> {
  const port = await freePort();
  const services = createServices(t.store, clock, config(port));
  const app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  await app.listen({ port, host: '127.0.0.1' });
  closers.push(async () => {
    app.server.closeAllConnections();
    await app.close();
  });
  return { app, base: `http://127.0.0.1:${port}` };
}

/** Starts a sign-in at Lantern and goes through the provider's pages; returns the callback URL without visiting it. */
async function toCallback(b: TestBrowser, lantern: Lantern, account: string): Promise<string> {
  const first = await b.get(`${lantern.base}/sign-in/oidc`);
  expect(first.status, await first.clone().text()).toBe(303);
  return throughProvider(b, lantern, new URL(first.headers.get('location') ?? '', lantern.base).href, account);
}

/** From the provider's authorisation URL to Lantern's callback URL: sign-in and consent pages answered for `account`. */
async function throughProvider(b: TestBrowser, lantern: Lantern, authorise: string, account: string): Promise<string> {
  let url = authorise;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(`${lantern.base}/sign-in/oidc/callback`)) return url;
    const next = new URL(url);
    if (next.pathname.startsWith('/interaction/')) next.searchParams.set('account', account);
    const res = await b.get(next.href);
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${next.pathname} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(location, next).href;
  }
  throw new Error('too many redirects');
}

const sessionCookieIn = (res: Response): string | undefined =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('lantern_session=') && !c.startsWith('lantern_session=;'))
    ?.split(';')[0];

async function auditAfter(seq: number): Promise<{ action: string; userId: string | null; detail: Record<string, unknown> }[]> {
  const r = await t.pool.query<{ action: string; user_id: string | null; detail: Record<string, unknown> }>(
    'select action, user_id, detail from audit_event where seq > $1 order by seq',
    [seq],
  );
  return r.rows.map((row) => ({ action: row.action, userId: row.user_id, detail: row.detail }));
}
const auditHead = async (): Promise<number> => Number((await t.pool.query<{ n: string }>('select coalesce(max(seq), 0) as n from audit_event')).rows[0]!.n);
const count = async (sqlText: string, params: unknown[] = []): Promise<number> =>
  Number((await t.pool.query<{ n: string }>(`select count(*) as n from ${sqlText}`, params)).rows[0]!.n);
const oidcUser = async (issuer: string, subject: string) =>
  (
    await t.pool.query<{ id: string; agency_id: string; role: string; username: string; password_hash: string | null; active: boolean }>(
      'select id, agency_id, role, username, password_hash, active from app_user where oidc_issuer = $1 and oidc_subject = $2',
      [issuer, subject],
    )
  ).rows[0];

/** Expects a refused callback: a GOV.UK page, no session, and one failed sign-in audited with `reason`. */
async function expectRefused(res: Response, status: number, reason: string, since: number): Promise<string> {
  const html = await res.text();
  expect(res.status, html.slice(0, 400)).toBe(status);
  expect(html).toContain('govuk-template');
  expect(html).not.toMatch(/at .*\.(ts|js):\d+|ClientError|OAUTH_/);
  expect(sessionCookieIn(res)).toBeUndefined();
  const failed = (await auditAfter(since)).filter((e) => e.action === 'auth.sign_in_failed');
  expect(failed.map((e) => e.detail)).toEqual([expect.objectContaining({ method: 'oidc', reason })]);
  expect((await auditAfter(since)).map((e) => e.action)).not.toContain('auth.sign_in');
  return html;
}

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(new Date());
  const world = await buildWorld(t.store, createServices(t.store, clock, testConfig()));
  agencyIds = { home: world.home.id, other: world.other.id };
  // Leads need a second factor; practitioners and analysts do not.
  await t.store.repos.users.upsertRoleSetting('safeguarding_lead', true);

  idpA = await startOidcProvider({ accounts, idTokenTtlSeconds: ID_TOKEN_TTL_SECONDS });
  idpB = await startOidcProvider({ accounts });
  closers.push(idpA.close, idpB.close);
  const discoveryOf = async (issuer: string) => (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  // Serves provider A's own metadata (issuer A) at another address.
  const copyOfA = await startMetadataServer(() => discoveryOf(idpA.issuer));
  // Claims to be an issuer of its own while every endpoint is provider B's; like many providers it sends no `iss`.
  const frontForB = await startMetadataServer(async (self) => {
    const { authorization_response_iss_parameter_supported: _dropped, ...doc } = await discoveryOf(idpB.issuer);
    return { ...doc, issuer: self };
  });
  closers.push(copyOfA.close, frontForB.close);

  main = await startLantern((port) => oidcConfig(idpA.issuer, port));
  plain = await startLantern(() => testConfig());
  misdiscovered = await startLantern((port) => oidcConfig(copyOfA.url, port));
  mixedUp = await startLantern((port) => oidcConfig(frontForB.url, port));
  idpA.register({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [`${main.base}/sign-in/oidc/callback`] });
  idpB.register({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [`${mixedUp.base}/sign-in/oidc/callback`] });
  idpC = await startOidcProvider({ accounts });
  closers.push(idpC.close);
  recent = await startLantern((port) => {
    const c = oidcConfig(idpC.issuer, port);
    return { ...c, oidc: { ...c.oidc!, maxAgeSeconds: 60 } };
  });
  idpC.register({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [`${recent.base}/sign-in/oidc/callback`] });
}, 60_000);

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await ifSet(t)?.close();
});

describe('OpenID Connect sign-in', () => {
  it('shows "Sign in with" the provider only when OpenID Connect is configured', async () => {
    const withIdp = await (await fetch(`${main.base}/sign-in`)).text();
    expect(withIdp).toContain('Sign in with Test County Council');
    expect(withIdp).toContain('href="/sign-in/oidc"');
    expect(withIdp).toContain('name="password"');
    const without = await (await fetch(`${plain.base}/sign-in`)).text();
    expect(without).not.toContain('Sign in with');
    expect(without).toContain('name="password"');
    const start = await fetch(`${plain.base}/sign-in/oidc`, { redirect: 'manual' });
    expect(start.status).toBe(404);
    expect(await start.text()).toContain('not set up');
  });

  it('signs in through the provider (PKCE, state, nonce) and opens /cases with a Lantern session', async () => {
    const since = await auditHead();
    const b = testBrowser();
    const start = await b.get(`${main.base}/sign-in/oidc?return=/cases`);
    expect(start.status).toBe(303);
    const authorise = new URL(start.headers.get('location')!);
    expect(authorise.origin).toBe(idpA.issuer);
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorise.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorise.searchParams.get('nonce')).toBeTruthy();
    expect(authorise.searchParams.get('redirect_uri')).toBe(`${main.base}/sign-in/oidc/callback`);
    const state = authorise.searchParams.get('state')!;
    expect(b.cookie(main.base, 'lantern_oidc_state')).toBe(state);
    // Only the state's hash is stored.
    expect(await count('oidc_login where state_hash = encode(sha256($1::bytea), $2)', [state, 'hex'])).toBe(1);
    expect(await count('oidc_login where state_hash = $1', [state])).toBe(0);

    const callback = await throughProvider(b, main, authorise.href, 'alex');
    expect(new URL(callback).searchParams.get('state')).toBe(state);
    const done = await b.get(callback);
    expect(done.status, await done.clone().text()).toBe(303);
    expect(done.headers.get('location')).toBe('/cases');
    expect(sessionCookieIn(done)).toBeTruthy();
    expect(b.cookie(main.base, 'lantern_oidc_state')).toBeUndefined();

    const cases = await b.get(`${main.base}/cases`);
    expect(cases.status).toBe(200);
    expect(await cases.text()).toContain('Alex Synthetic');

    const user = await oidcUser(idpA.issuer, 'alex');
    expect(user).toMatchObject({ agency_id: agencyIds.home, role: 'practitioner', username: 'alex.synthetic', password_hash: null, active: true });
    const events = await auditAfter(since);
    expect(events.map((e) => e.action)).toEqual(['auth.oidc_user_created', 'auth.sign_in']);
    expect(events[1]).toMatchObject({ userId: user!.id, detail: { method: 'oidc', mfa: 'not_required' } });
    // No personal data in the audit detail.
    expect(JSON.stringify(events.map((e) => e.detail))).not.toMatch(/alex|example\.test/i);

    // A second sign-in links to the same user.
    const b2 = testBrowser();
    const second = await b2.get(await toCallback(b2, main, 'alex'));
    expect(second.headers.get('location')).toBe('/');
    expect(await count('app_user where oidc_subject = $1', ['alex'])).toBe(1);
  });

  it('refuses a callback opened in another browser than the one that started the sign-in', async () => {
    const since = await auditHead();
    const callback = await toCallback(testBrowser(), main, 'alex');
    await expectRefused(await testBrowser().get(callback), 400, 'state_missing', since);
  });

  it('in Chromium: the button starts the sign-in, the provider returns to Lantern, and the pages pass axe', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${main.base}/sign-in`);
      await checkA11y(page);
      await page.getByRole('button', { name: 'Sign in with Test County Council' }).click();
      // The provider's interaction page is this test's stand-in for a login form: name the account and carry on.
      await page.waitForURL((u) => u.pathname.startsWith('/interaction/'));
      await page.goto(`${page.url()}?account=alex`);
      await page.waitForURL(`${main.base}/**`);
      expect(new URL(page.url()).pathname).toBe('/cases');
      expect(await page.locator('body').innerText()).toContain('Alex Synthetic');
      // A refusal: the page a person sees when the callback is no good.
      const refused = await page.goto(`${main.base}/sign-in/oidc/callback?code=x&state=y`);
      expect(refused?.status()).toBe(400);
      await checkA11y(page);
    } finally {
      await browser.close();
    }
  });

  it('refuses a provider whose discovery metadata names another issuer', async () => {
    const before = await count('oidc_login');
    const res = await testBrowser().get(`${misdiscovered.base}/sign-in/oidc`);
    expect(res.status).toBe(503);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('Sign-in is not working');
    expect(html).not.toContain(idpA.issuer);
    expect(await count('oidc_login')).toBe(before);
  });

  it('refuses an ID token issued by another provider (issuer mix-up)', async () => {
    // Provider B answers with its own `iss` in the redirect: refused before the code is used.
    let since = await auditHead();
    const b1 = testBrowser();
    const withIss = await toCallback(b1, mixedUp, 'alex');
    expect(new URL(withIss).searchParams.get('iss')).toBe(idpB.issuer);
    await expectRefused(await b1.get(withIss), 400, 'response_issuer_mismatch', since);

    // Without `iss` in the redirect, the code is exchanged and the ID token's own issuer (B) is what gives it away.
    since = await auditHead();
    const b2 = testBrowser();
    const url = new URL(await toCallback(b2, mixedUp, 'alex'));
    url.searchParams.delete('iss');
    await expectRefused(await b2.get(url.href), 400, 'issuer_mismatch', since);
    expect(await count('app_user where oidc_issuer <> $1', [idpA.issuer])).toBe(0);
  });

  it('refuses an expired ID token', async () => {
    const since = await auditHead();
    const b = testBrowser();
    const callback = await toCallback(b, main, 'alex');
    // Five minutes on Lantern's clock: past the token's 60 s and openid-client's 30 s tolerance, within the login's 10 minutes.
    clock.advance(5 * 60_000);
    try {
      await expectRefused(await b.get(callback), 400, 'id_token_expired', since);
    } finally {
      clock.advance(-5 * 60_000);
    }
  });

  it('refuses a tampered state, and the login cannot be completed afterwards', async () => {
    let since = await auditHead();
    const b = testBrowser();
    const callback = await toCallback(b, main, 'alex');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', randomState());
    const cookie = b.cookieHeader(callback);
    await expectRefused(await b.get(tampered.href), 400, 'state_mismatch', since);
    // The login state was used up by that attempt: the genuine callback now finds nothing.
    since = await auditHead();
    const genuine = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    await expectRefused(genuine, 400, 'state_unknown', since);
    // A state that matches the cookie but was never issued by Lantern.
    since = await auditHead();
    const forged = testBrowser();
    const state = randomState();
    forged.setCookie(main.base, 'lantern_oidc_state', state);
    await expectRefused(await forged.get(`${main.base}/sign-in/oidc/callback?code=x&state=${state}`), 400, 'state_unknown', since);
  });

  it('refuses a replayed authorisation code and creates no second session', async () => {
    const b = testBrowser();
    const callback = await toCallback(b, main, 'alex');
    const cookie = b.cookieHeader(callback);
    const userId = (await oidcUser(idpA.issuer, 'alex'))!.id;
    const sessionsBefore = await count('session where user_id = $1', [userId]);
    const first = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(first.status).toBe(303);
    expect(await count('session where user_id = $1', [userId])).toBe(sessionsBefore + 1);

    // The same callback again, cookie and all.
    let since = await auditHead();
    await expectRefused(await fetch(callback, { redirect: 'manual', headers: { cookie } }), 400, 'state_unknown', since);

    // The used code inside a fresh, genuine sign-in: the provider refuses it (used already, and another PKCE verifier).
    since = await auditHead();
    const b2 = testBrowser();
    const fresh = new URL(await toCallback(b2, main, 'alex'));
    fresh.searchParams.set('code', new URL(callback).searchParams.get('code')!);
    const html = await expectRefused(await b2.get(fresh.href), 400, 'token_refused', since);
    expect(html).toContain('You have not been signed in');
    expect(await count('session where user_id = $1', [userId])).toBe(sessionsBefore + 1);
  });

  it('refuses a role claim that maps to no Lantern role, and creates no user', async () => {
    const since = await auditHead();
    const b = testBrowser();
    const html = await expectRefused(await b.get(await toCallback(b, main, 'dee')), 403, 'role_unknown', since);
    expect(html).toContain('does not give you one Lantern role');
    expect(await oidcUser(idpA.issuer, 'dee')).toBeUndefined();
  });

  it('treats amr "mfa" as the second factor for a role that requires one', async () => {
    const since = await auditHead();
    const b = testBrowser();
    const done = await b.get(await toCallback(b, main, 'bea'));
    expect(done.headers.get('location')).toBe('/');
    expect((await b.get(`${main.base}/cases`)).status).toBe(200);
    const signIn = (await auditAfter(since)).find((e) => e.action === 'auth.sign_in');
    expect(signIn?.detail).toEqual({ method: 'oidc', mfa: 'identity_provider' });
  });

  it("sends a role that requires MFA through Lantern's TOTP step when amr has no second factor", async () => {
    const b = testBrowser();
    const done = await b.get(await toCallback(b, main, 'cal'));
    expect(done.headers.get('location')).toBe('/sign-in/mfa');
    // Not yet through: pages send the person to set up, then enter, a code.
    const blocked = await b.get(`${main.base}/cases`);
    expect(blocked.status).toBe(303);
    expect(blocked.headers.get('location')).toBe('/account/mfa');

    const user = (await oidcUser(idpA.issuer, 'cal'))!;
    const secret = generateSecret();
    await t.store.repos.users.setTotp(user.id, secret, true);
    const form = await b.get(`${main.base}/sign-in/mfa`);
    expect(form.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const code = generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
    const verified = await fetch(`${main.base}/sign-in/mfa`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: b.cookieHeader(main.base), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, code }).toString(),
    });
    expect(verified.status).toBe(303);
    expect(verified.headers.get('location')).toBe('/');
    expect((await b.get(`${main.base}/cases`)).status).toBe(200);
  });

  it('brings agency and role up to date from changed claims (audited), and refuses a switched-off user', async () => {
    const b1 = testBrowser();
    expect((await b1.get(await toCallback(b1, main, 'eli'))).status).toBe(303);
    const first = (await oidcUser(idpA.issuer, 'eli'))!;
    expect(first).toMatchObject({ agency_id: agencyIds.home, role: 'practitioner' });

    accounts['eli']!.claims = { ...accounts['eli']!.claims, agency: 'TH', roles: ['Lantern-Analysts'] };
    let since = await auditHead();
    const b2 = testBrowser();
    expect((await b2.get(await toCallback(b2, main, 'eli'))).status).toBe(303);
    const second = (await oidcUser(idpA.issuer, 'eli'))!;
    expect(second).toMatchObject({ id: first.id, agency_id: agencyIds.other, role: 'analyst' });
    const changed = (await auditAfter(since)).find((e) => e.action === 'auth.oidc_user_changed');
    expect(changed).toMatchObject({
      userId: first.id,
      detail: {
        method: 'oidc',
        changed: ['agencyId', 'role'],
        from: { agencyId: agencyIds.home, role: 'practitioner' },
        to: { agencyId: agencyIds.other, role: 'analyst' },
      },
    });

    await t.pool.query('update app_user set active = false where id = $1', [first.id]);
    since = await auditHead();
    const b3 = testBrowser();
    const html = await expectRefused(await b3.get(await toCallback(b3, main, 'eli')), 403, 'inactive', since);
    expect(html).toContain('switched off');
    expect((await auditAfter(since)).find((e) => e.action === 'auth.sign_in_failed')?.userId).toBe(first.id);
  });

  it('asks the provider for a recent sign-in (max_age) and refuses an ID token whose sign-in is older (ASVS 3.6.1)', async () => {
    // The default asks for a sign-in at the provider within the last 8 hours.
    const start = await testBrowser().get(`${main.base}/sign-in/oidc`);
    expect(new URL(start.headers.get('location')!).searchParams.get('max_age')).toBe('28800');
    const since = await auditHead();
    const b = testBrowser();
    const authorise = new URL((await b.get(`${recent.base}/sign-in/oidc`)).headers.get('location')!);
    expect(authorise.searchParams.get('max_age')).toBe('60');
    const callback = await throughProvider(b, recent, authorise.href, 'alex');
    // Three minutes on Lantern's clock: past max_age (60 s) and openid-client's 30 s tolerance, within the ID token's hour.
    clock.advance(3 * 60_000);
    try {
      const html = await expectRefused(await b.get(callback), 400, 'auth_too_old', since);
      expect(html).toContain('sign in afresh');
    } finally {
      clock.advance(-3 * 60_000);
    }
    // A sign-in made just now is accepted.
    const b2 = testBrowser();
    const ok = await b2.get(await toCallback(b2, recent, 'alex'));
    expect(ok.status).toBe(303);
    expect(sessionCookieIn(ok)).toBeTruthy();
  });
});
