// A user sees where they are signed in and ends the sessions they do not recognise (OWASP ASVS 3.3.4), through the real
// web app and the real database: the list shows their live sessions only, the one asking marked; ending one, or all the
// others, signs those browsers out at once and is audited; a handle that is not one of their other live sessions
// (their own session's, another user's, an ended one, or nonsense) ends nothing and says so.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/services/auth.ts';
import { csrfIn } from '../fixtures/web-forms.ts';
import { webTestEnv } from '../setup/web-app.ts';

const env = webTestEnv(new Date('2026-11-30T10:00:05Z'));

const { get, post, signInForm } = env.forms;

const signedIn = async (s: { cookie: string }) => (await get(s, '/account')).statusCode === 200;
const handlesIn = (body: string) => [...body.matchAll(/name="handle" value="([0-9a-f]{16})"/g)].map((m) => m[1]!);
const handleOf = (cookie: string) => tokenHash(/lantern_session=([^;]+)/.exec(cookie)![1]!).slice(0, 16);
const endedEvents = async (username: string) =>
  (
    await env.t.db.execute<{ detail: { sessions: number } }>(
      sql`select detail from audit_event where action = 'auth.sessions_ended' and subject_id = (select id::text from app_user where username = ${username}) order by seq`,
    )
  ).rows.map((r) => r.detail.sessions);

describe('where you are signed in', () => {
  it('lists the live sessions with this one marked, and ends another one so that its browser is signed out', async () => {
    const other = await signInForm('home.practitioner');
    env.clock.advance(60_000);
    const here = await signInForm('home.practitioner');
    const page = await get(here, '/account/sessions');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Where you are signed in');
    expect(page.body).toContain('This browser');
    // Only the other session has a sign-out form; this one ends by signing out.
    expect(handlesIn(page.body)).toEqual([handleOf(other.cookie)]);
    expect(page.body).toContain('Sign out everywhere else');

    const ended = await post({ cookie: here.cookie, csrf: csrfIn(page.body) }, '/account/sessions/end', { handle: handleOf(other.cookie) });
    expect(ended.statusCode).toBe(303);
    expect(ended.headers.location).toBe('/account/sessions?ended=1');
    expect(await signedIn(other)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect((await get(here, '/account/sessions?ended=1')).body).toContain('That session has been signed out.');
    // The browser signed out from elsewhere is told so, not that it was inactive.
    expect((await get(other, '/cases')).headers.location).toBe('/sign-in?ended=elsewhere');
    const told = await get({ cookie: '' }, '/sign-in?ended=elsewhere');
    expect(told.body).toContain('this session was ended from another browser');
    expect(told.body).not.toContain('because you were inactive');
    expect(await endedEvents('home.practitioner')).toEqual([1]);
  });

  it('ends nothing for a handle that is not one of the user’s other live sessions, and says so', async () => {
    const mine = await signInForm('home.mase_coordinator');
    const theirs = await signInForm('other.practitioner');
    const csrf = csrfIn((await get(mine, '/account/sessions')).body);
    for (const handle of [handleOf(mine.cookie), handleOf(theirs.cookie), '0123456789abcdef', 'not a handle', '']) {
      const r = await post({ cookie: mine.cookie, csrf }, '/account/sessions/end', { handle });
      expect(r.statusCode, handle).toBe(400);
      expect(r.body).toContain('That session has already ended');
    }
    expect(await signedIn(mine)).toBe(true);
    expect(await signedIn(theirs)).toBe(true);
    expect(await endedEvents('home.mase_coordinator')).toEqual([]);
  });

  it('signs out everywhere else at once, and leaves out sessions that have timed out', async () => {
    const first = await signInForm('home.analyst');
    const second = await signInForm('home.analyst');
    // Idle past the time-out (15 minutes): no longer listed, and not counted when the others are ended.
    env.clock.advance(16 * 60_000);
    expect((await get(second, '/cases')).headers.location).toBe('/sign-in?timeout=1');
    const third = await signInForm('home.analyst');
    const here = await signInForm('home.analyst');
    await get(third, '/account');
    const page = await get(here, '/account/sessions');
    expect(handlesIn(page.body)).toEqual([handleOf(third.cookie)]);
    const r = await post({ cookie: here.cookie, csrf: csrfIn(page.body) }, '/account/sessions/end-others');
    expect(r.headers.location).toBe('/account/sessions?ended=others');
    expect(await signedIn(third)).toBe(false);
    expect(await signedIn(first)).toBe(false);
    expect(await signedIn(second)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect((await get(here, '/account/sessions?ended=others')).body).toContain('You have been signed out everywhere else.');
    expect(await endedEvents('home.analyst')).toEqual([1]);
    // Alone now: no sign-out forms.
    expect(handlesIn((await get(here, '/account/sessions')).body)).toEqual([]);
  });
});
