// Users are told about changes to their own account (OWASP ASVS 2.2.3, 2.5.5), through the real web app and database:
// after a change made while they were away, or attempts to sign in as them, every page of their next session says so
// until they have looked at the list on their account page; a first sign-in and a sign-in with nothing new say nothing.
import { describe, expect, it } from 'vitest';
import { webTestEnv } from '../setup/web-app.ts';

const env = webTestEnv(new Date('2026-11-30T10:00:05Z'));

const { get, signInForm } = env.forms;

const NOTICE = 'Your account has changed, or someone tried to sign in as you, since you last signed in.';
// Any page but the account page keeps the notice; this one every role may open.
const ELSEWHERE = '/account/sessions';
const rowOf = (body: string, what: string) =>
  new RegExp(`<td class="govuk-table__cell">${what}</td>\\s*<td class="govuk-table__cell">([^<]*)</td>`).exec(body)?.[1];

describe('changes to your account', () => {
  it('says on every page that an administrator changed the account, until the user has looked at the list', async () => {
    const first = await signInForm('home.practitioner', undefined, ELSEWHERE);
    expect(first.first).not.toContain(NOTICE);
    env.clock.advance(60_000);
    await env.services.admin.resetMfa(env.world.ctxOf('home.administrator'), env.world.users['home.practitioner']!.id);
    env.clock.advance(60_000);

    const s = await signInForm('home.practitioner', undefined, ELSEWHERE);
    expect(s.first).toContain(NOTICE);
    expect((await get(s, '/help')).body).toContain(NOTICE);
    const account = await get(s, '/account');
    expect(account.body).not.toContain(NOTICE);
    expect(rowOf(account.body, 'Your authenticator app was removed by an administrator')).toBe('an administrator');
    // Seen: the rest of the session is quiet, and so is a next sign-in with nothing new.
    expect((await get(s, ELSEWHERE)).body).not.toContain(NOTICE);
    expect((await signInForm('home.practitioner', undefined, ELSEWHERE)).first).not.toContain(NOTICE);
  });

  it('tells the user about a failed attempt to sign in as them, and lists their own changes as theirs', async () => {
    await signInForm('home.analyst', undefined, ELSEWHERE);
    const wrong = await signInForm('home.analyst', 'not the password');
    expect(wrong.status).toBe(401);
    const s = await signInForm('home.analyst', undefined, ELSEWHERE);
    expect(s.first).toContain(NOTICE);
    const account = (await get(s, '/account')).body;
    expect(rowOf(account, 'Someone failed to sign in as you')).toBe('not signed in');
    // Their own sign-out of other browsers is listed as theirs.
    await env.services.auth.endOtherOwnSessions((await env.services.auth.resolveSession(/lantern_session=([^;]+)/.exec(s.cookie)![1]!))!);
    expect(rowOf((await get(s, '/account')).body, 'You were signed out of other browsers')).toBe('you');
  });

  it('lists nothing for an account without changes', async () => {
    const s = await signInForm('home.auditor', undefined, '/account');
    expect(s.first).toContain('No changes to your account have been recorded.');
    expect(s.first).not.toContain(NOTICE);
  });
});
