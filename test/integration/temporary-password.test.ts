// ASVS 2.3.1: a password set by an administrator (or `lantern user add`) is temporary. It stops working after
// LANTERN_TEMPORARY_PASSWORD_HOURS, and signing in with it leads only to the change-password page until the user has
// chosen their own. Through the real web app and the real database.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_SIGN_IN_ERROR } from '../../src/services/auth.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { signInAs, type WebSession } from '../fixtures/route-world.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

const HOURS = 48;
const TEMPORARY = 'a temporary passphrase for you';
const CHOSEN = 'lantern orchard ribbon compass';

let t: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: WebSession;

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(new Date());
  const config = testConfig();
  services = createServices(t.store, clock, { ...config, signIn: { ...config.signIn, temporaryPasswordMs: HOURS * 3_600_000 } });
  world = await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  admin = await signInAs(app, services, 'home.administrator');
}, 60_000);
afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const form = (s: { cookie: string; csrf: string }, url: string, fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
  });

// Signs in through the sign-in form (no session yet: the CSRF token comes from the sign-in page).
async function signInForm(username: string, password: string) {
  const pageRes = await app.inject({ method: 'GET', url: '/sign-in' });
  const csrfCookie = pageRes.cookies.find((c) => c.name === '_csrf')!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(pageRes.body)![1]!;
  const res = await form({ cookie: `_csrf=${csrfCookie.value}`, csrf }, '/sign-in', { username, password });
  const session = res.cookies.find((c) => c.name === 'lantern_session');
  return { res, cookie: session ? `lantern_session=${session.value}; _csrf=${csrfCookie.value}` : '', csrf };
}

const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
const untilOf = async (username: string) =>
  (await t.db.execute<{ until: Date | null }>(sql`select temporary_password_until as until from app_user where username = ${username}`)).rows[0]!.until;
const auditCount = async (action: string, username: string) =>
  (
    await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_event where action = ${action} and subject_id = (select id::text from app_user where username = ${username})`,
    )
  ).rows[0]!.n;

describe('temporary passwords', () => {
  it('an administrator’s new user must choose a password before anything else; API tokens and static files are unaffected', async () => {
    const added = await form(admin, '/admin/users/new', {
      username: 'temp.practitioner',
      displayName: 'Temporary Practitioner',
      email: '',
      agencyId: world.home.id,
      role: 'practitioner',
      password: TEMPORARY,
    });
    expect(added.statusCode, added.body.slice(0, 300)).toBe(303);
    const until = await untilOf('temp.practitioner');
    expect(new Date(until!).getTime()).toBe(clock.now().getTime() + HOURS * 3_600_000);

    const s = await signInForm('temp.practitioner', TEMPORARY);
    expect(s.res.statusCode).toBe(303);
    // Every page, GET or POST, leads to the change-password page.
    for (const url of ['/', '/cases', '/account', '/account/mfa', '/help', '/framework', '/no-such-page']) {
      const res = await get(s.cookie, url);
      if (url === '/help') continue; // a public page, open to anyone signed in or not
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location, url).toBe('/account/password');
    }
    const post = await form(s, '/search', { q: 'Testcase' });
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toBe('/account/password');
    // Static files and the JSON API (bearer tokens) are not sessions and are not held up.
    expect((await get(s.cookie, '/public/lantern/lantern.css')).statusCode).toBe(200);
    const { token } = await services.auth.createApiToken('temp.practitioner', 'test', 1);
    const api = await app.inject({ method: 'GET', url: '/api/v1/framework', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/framework' })).statusCode).toBe(401);

    const change = await get(s.cookie, '/account/password');
    expect(change.statusCode).toBe(200);
    expect(change.body).toContain('You signed in with a temporary password');
    expect(change.body).not.toContain('href="/account">Back to your account');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(change.body)![1]!;
    const session = { cookie: s.cookie, csrf };

    const changed = await form(session, '/account/password', { current: TEMPORARY, password: CHOSEN, confirm: CHOSEN });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe('/account?password=changed');
    expect(await untilOf('temp.practitioner')).toBeNull();
    expect((await get(s.cookie, '/cases')).statusCode).toBe(200);
    const plain = await get(s.cookie, '/account/password');
    expect(plain.body).not.toContain('temporary password');
    // The chosen password does not expire.
    clock.advance((HOURS + 1) * 3_600_000);
    expect((await signInForm('temp.practitioner', CHOSEN)).res.headers.location).toBe('/');
  });

  it('sign-out still works while the password must be changed', async () => {
    await services.admin.addUser(world.ctxOf('home.administrator'), {
      username: 'temp.leaver',
      displayName: 'Temporary Leaver',
      email: '',
      agencyId: world.home.id,
      role: 'analyst',
      password: TEMPORARY,
    });
    const s = await signInForm('temp.leaver', TEMPORARY);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await get(s.cookie, '/account/password')).body)![1]!;
    const out = await form({ cookie: s.cookie, csrf }, '/sign-out', {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/sign-in');
    expect((await get(s.cookie, '/account/password')).headers.location).toMatch(/^\/sign-in/);
  });

  it('refuses an expired temporary password with the wrong-password message, and audits it', async () => {
    await services.admin.addUser(world.ctxOf('home.administrator'), {
      username: 'temp.late',
      displayName: 'Temporary Late',
      email: '',
      agencyId: world.other.id,
      role: 'practitioner',
      password: TEMPORARY,
    });
    clock.advance(HOURS * 3_600_000 - 1000);
    const inTime = await signInForm('temp.late', TEMPORARY);
    expect(inTime.res.statusCode).toBe(303);
    clock.advance(1000);
    const late = await signInForm('temp.late', TEMPORARY);
    const wrong = await signInForm('temp.late', 'not the password at all');
    const unknown = await signInForm('nobody.here', TEMPORARY);
    for (const r of [late, wrong, unknown]) {
      expect(r.res.statusCode).toBe(401);
      expect(r.cookie).toBe('');
    }
    const message = (body: string) => /govuk-error-summary__list[\s\S]*?<a [^>]*>([^<]+)<\/a>/.exec(body)?.[1]?.trim();
    expect(message(late.res.body)).toBe(message(wrong.res.body));
    expect(message(late.res.body)).toBe(message(unknown.res.body));
    expect(late.res.body).toContain(GENERIC_SIGN_IN_ERROR.slice(0, 40));
    expect(await auditCount('auth.temporary_password_expired', 'temp.late')).toBe(1);
    // The session opened in time is still sent to the change-password page, where the temporary password still works.
    expect((await get(inTime.cookie, '/cases')).headers.location).toBe('/account/password');
  });

  it('a reset by an administrator is temporary too, signs the user out, and the user’s own change clears it', async () => {
    const user = world.users['other.analyst']!;
    admin = await signInAs(app, services, 'home.administrator');
    const before = await signInAs(app, services, 'other.analyst');
    expect(await untilOf('other.analyst')).toBeNull();
    const editPage = await get(admin.cookie, `/admin/users/${user.id}`);
    expect(editPage.body).toContain('Chosen by them');
    const version = /name="version" value="(\d+)"/.exec(editPage.body)![1]!;
    const reset = await form(admin, `/admin/users/${user.id}`, {
      displayName: 'other analyst',
      email: '',
      agencyId: world.other.id,
      teamId: '',
      role: 'analyst',
      active: 'yes',
      version,
      password: TEMPORARY,
    });
    expect(reset.statusCode, reset.body.slice(0, 300)).toBe(303);
    expect(await untilOf('other.analyst')).not.toBeNull();
    expect((await get(admin.cookie, `/admin/users/${user.id}`)).body).toContain('Temporary password, works until');
    expect((await get(before.cookie, '/stats')).headers.location).toMatch(/^\/sign-in/);
    // The old password no longer works; the temporary one leads to the change-password page.
    expect((await signInForm('other.analyst', PASSWORD)).res.statusCode).toBe(401);
    const s = await signInForm('other.analyst', TEMPORARY);
    expect((await get(s.cookie, '/stats')).headers.location).toBe('/account/password');
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await get(s.cookie, '/account/password')).body)![1]!;
    expect((await form({ cookie: s.cookie, csrf }, '/account/password', { current: TEMPORARY, password: CHOSEN, confirm: CHOSEN })).statusCode).toBe(303);
    expect((await get(s.cookie, '/stats')).statusCode).toBe(200);
  });

  it('with a second factor required, the code comes first and then the password change', async () => {
    await services.admin.setRoleMfa(world.ctxOf('home.administrator'), { required: ['auditor'] });
    await services.admin.addUser(world.ctxOf('home.administrator'), {
      username: 'temp.auditor',
      displayName: 'Temporary Auditor',
      email: '',
      agencyId: world.home.id,
      role: 'auditor',
      password: TEMPORARY,
    });
    const s = await signInForm('temp.auditor', TEMPORARY);
    expect((await get(s.cookie, '/audit')).headers.location).toBe('/account/mfa');
    expect((await get(s.cookie, '/account/password')).headers.location).toBe('/account/mfa');
    await services.admin.setRoleMfa(world.ctxOf('home.administrator'), { required: [] });
  });
});
