// A user changes their own password (ASVS 2.1.1, 2.1.2, 2.1.5, 2.1.6, 3.3.3): through the real web app, with the
// current password, 12 to 128 characters, other sessions ended, repeated wrong current passwords ending the session.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_CHANGE_TRIES } from '../../src/services/auth.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { signInAs, type WebSession } from '../fixtures/route-world.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let app: FastifyInstance;
let services: Services;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date()), testConfig());
  await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
}, 60_000);
afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const change = (s: WebSession, fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/account/password',
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
  });
const stillSignedIn = async (s: WebSession) => (await app.inject({ method: 'GET', url: '/account', headers: { cookie: s.cookie } })).statusCode === 200;
const hashOf = async (username: string) =>
  (await t.db.execute<{ h: string }>(sql`select password_hash as h from app_user where username = ${username}`)).rows[0]!.h;
const signsIn = (username: string, password: string) =>
  services.auth.signIn(username, password).then(
    () => true,
    () => false,
  );

describe('changing your own password', () => {
  it('shows the form, linked from the account page, with the autocomplete hints password managers need', async () => {
    const s = await signInAs(app, services, 'home.practitioner');
    const account = await app.inject({ method: 'GET', url: '/account', headers: { cookie: s.cookie } });
    expect(account.body).toContain('href="/account/password"');
    const form = await app.inject({ method: 'GET', url: '/account/password', headers: { cookie: s.cookie } });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('autocomplete="current-password"');
    expect(form.body.match(/autocomplete="new-password"/g)).toHaveLength(2);
  });

  it('refuses a wrong current password, a short, an over-long or a mismatched new one, and changes nothing', async () => {
    const s = await signInAs(app, services, 'home.analyst');
    const before = await hashOf('home.analyst');
    const cases: [Record<string, string>, RegExp][] = [
      [{ current: 'not the password at all', password: 'a brand new passphrase', confirm: 'a brand new passphrase' }, /current password is not right/],
      [{ current: PASSWORD, password: 'elevenchars', confirm: 'elevenchars' }, /12 characters or more/],
      [{ current: PASSWORD, password: 'x'.repeat(129), confirm: 'x'.repeat(129) }, /128 characters or fewer/],
      // ASVS 2.1.7: a common password is refused, with the reason.
      [{ current: PASSWORD, password: 'iloveyou12345', confirm: 'iloveyou12345' }, /harder to guess\. This is similar to a commonly used password/],
      [{ current: PASSWORD, password: 'a brand new passphrase', confirm: 'a different passphrase' }, /do not match/],
      [{ current: PASSWORD, password: PASSWORD, confirm: PASSWORD }, /different from your current one/],
    ];
    for (const [fields, message] of cases) {
      const res = await change(s, fields);
      expect(res.statusCode, JSON.stringify(fields).slice(0, 80)).toBe(400);
      expect(res.body).toMatch(message);
      // A refused form never sends a password back.
      for (const v of Object.values(fields)) if (v.length >= 12) expect(res.body).not.toContain(v);
    }
    expect(await hashOf('home.analyst')).toBe(before);
    expect(await stillSignedIn(s)).toBe(true);
  });

  it('changes it with the current password: 12 and 128 characters both work, other sessions end, this one stays', async () => {
    const here = await signInAs(app, services, 'home.safeguarding_lead');
    const elsewhere = await signInAs(app, services, 'home.safeguarding_lead');
    const twelve = 'quince fjord';
    const res = await change(here, { current: PASSWORD, password: twelve, confirm: twelve });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account?password=changed');
    expect(await stillSignedIn(here)).toBe(true);
    expect(await stillSignedIn(elsewhere)).toBe(false);
    expect(await signsIn('home.safeguarding_lead', PASSWORD)).toBe(false);
    expect(await signsIn('home.safeguarding_lead', twelve)).toBe(true);
    const long = 'amber lorry whistle copper fjord quince velvet harbour ginger marble nimbus otter '.repeat(2).slice(0, 128);
    expect((await change(here, { current: twelve, password: long, confirm: long })).statusCode).toBe(303);
    expect(await signsIn('home.safeguarding_lead', long)).toBe(true);
    const shown = await app.inject({ method: 'GET', url: '/account?password=changed', headers: { cookie: here.cookie } });
    expect(shown.body).toContain('Your password has been changed');
    const audited = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_event where action = 'auth.password_changed'`);
    expect(audited.rows[0]!.n).toBe(2);
  });

  it(`ends the session after ${PASSWORD_CHANGE_TRIES} wrong current passwords, without locking the account`, async () => {
    const s = await signInAs(app, services, 'other.practitioner');
    const wrong = { current: 'a wrong guess at it', password: 'a brand new passphrase', confirm: 'a brand new passphrase' };
    for (let i = 1; i < PASSWORD_CHANGE_TRIES; i++) expect((await change(s, wrong)).statusCode).toBe(400);
    const last = await change(s, wrong);
    expect(last.statusCode).toBe(303);
    expect(last.headers.location).toBe('/sign-in?ended=password');
    expect(await stillSignedIn(s)).toBe(false);
    expect(await signsIn('other.practitioner', PASSWORD)).toBe(true);
    const page = await app.inject({ method: 'GET', url: '/sign-in?ended=password' });
    expect(page.body).toContain('password was entered wrongly too many times');
  });

  it('takes each try before checking the password, so parallel guesses get no more than the limit', async () => {
    const s = await signInAs(app, services, 'other.mase_coordinator');
    const wrong = (i: number) => ({ current: `wrong guess number ${i}`, password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => change(s, wrong(i))));
    const refused = answers.filter((r) => r.statusCode === 400);
    // A guess that arrives after another one ended the session finds no session, and is sent to sign in like any other.
    const ended = answers.filter((r) => r.statusCode === 303 && String(r.headers.location).startsWith('/sign-in'));
    expect(refused.length + ended.length, answers.map((r) => `${r.statusCode} ${r.headers.location ?? ''}`).join(', ')).toBe(12);
    expect(ended.filter((r) => r.headers.location === '/sign-in?ended=password').length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(PASSWORD_CHANGE_TRIES - 1);
    expect(await stillSignedIn(s)).toBe(false);
    // The right password, sent after the tries ran out, changes nothing.
    const late = await change(s, { current: PASSWORD, password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    expect(late.statusCode).not.toBe(200);
    expect(await signsIn('other.mase_coordinator', PASSWORD)).toBe(true);
  });

  it('starts the tries again after a successful change', async () => {
    const s = await signInAs(app, services, 'other.auditor');
    const wrong = { current: 'not it either', password: 'another new passphrase', confirm: 'another new passphrase' };
    for (let i = 1; i < PASSWORD_CHANGE_TRIES; i++) expect((await change(s, wrong)).statusCode).toBe(400);
    const next = 'a passphrase of my own';
    expect((await change(s, { current: PASSWORD, password: next, confirm: next })).statusCode).toBe(303);
    expect((await change(s, { ...wrong, current: 'still not it' })).statusCode).toBe(400);
    expect(await stillSignedIn(s)).toBe(true);
  });
});
