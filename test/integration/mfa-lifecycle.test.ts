// The second factor over its life, through the real web app and the real database:
// - ASVS 2.8.4 and 2.8.5: a reused code is refused and audited; wrong codes count towards the account's sign-in lockout
//   and are audited, and signing in with the password again does not wipe them out.
// - ASVS 2.5.7: moving to a new authenticator needs a code from the current one, which keeps working until the new one
//   is confirmed; an administrator can reset a lost one (audited).
// - ASVS 2.8.2: the secrets are sealed in the database (services/secret-box.ts); `userRow` opens them to compare.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadSecretsKey, secretBox } from '../../src/services/secret-box.ts';
import { signInAs } from '../fixtures/route-world.ts';
import { testConfig } from '../setup/test-db.ts';
import { webTestEnv } from '../setup/web-app.ts';

const env = webTestEnv(new Date('2026-11-28T10:00:05Z'));

const { codeOf, nextStep, get, post, signInForm, enrol, fullSignIn } = env.forms;

const box = secretBox(loadSecretsKey(testConfig()));
// The user's row, with the second-factor secret as stored (`stored`) and opened (`secret`).
const userRow = async (username: string) => {
  const row = (
    await env.t.db.execute<{ id: string; stored: string | null; enabled: boolean; failures: number; locked: Date | null }>(
      sql`select id, totp_secret as stored, totp_enabled as enabled, failed_sign_ins as failures, locked_until as locked from app_user where username = ${username}`,
    )
  ).rows[0]!;
  return { ...row, secret: row.stored === null ? null : box.open(row.id, row.stored) };
};
const audits = async (username: string) =>
  (
    await env.t.db.execute<{ action: string; detail: Record<string, unknown> }>(
      sql`select action, detail from audit_event where subject_id = (select id::text from app_user where username = ${username}) order by seq`,
    )
  ).rows;
const sessionsOf = async (username: string) =>
  (await env.t.db.execute<{ n: number }>(sql`select count(*)::int as n from session where user_id = (select id from app_user where username = ${username})`))
    .rows[0]!.n;

describe('one-time codes at sign-in', () => {
  it('refuses a reused code in a second session and audits it as a replay', async () => {
    const secret = await enrol('home.safeguarding_lead');
    // Sealed in the database: the stored value is not the secret the user was shown.
    const stored = (await userRow('home.safeguarding_lead')).stored!;
    expect(stored).toMatch(/^enc1:/);
    expect(stored).not.toContain(secret);
    nextStep();
    const code = codeOf(secret);
    const a = await signInForm('home.safeguarding_lead');
    expect((await post(a, '/sign-in/mfa', { code })).headers.location).toBe('/');
    const b = await signInForm('home.safeguarding_lead');
    const replay = await post(b, '/sign-in/mfa', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('The code is not right');
    expect((await get(b, '/cases')).headers.location).toBe('/sign-in/mfa');
    expect((await audits('home.safeguarding_lead')).filter((e) => e.action === 'auth.mfa_replayed')).toEqual([
      { action: 'auth.mfa_replayed', detail: { factor: 'totp', during: 'sign_in' } },
    ]);
  });

  it('counts wrong codes towards the lockout, audits each, and a new password sign-in does not start the count again', async () => {
    const secret = await enrol('home.mase_coordinator');
    nextStep();
    const first = await signInForm('home.mase_coordinator');
    for (let i = 0; i < 3; i++) expect((await post(first, '/sign-in/mfa', { code: '000000' })).statusCode).toBe(400);
    // The right password again: the count goes on from 3.
    const second = await signInForm('home.mase_coordinator');
    expect(second.location).toBe('/sign-in/mfa');
    expect((await userRow('home.mase_coordinator')).failures).toBe(3);
    expect((await post(second, '/sign-in/mfa', { code: '000000' })).statusCode).toBe(400);
    const fifth = await post(second, '/sign-in/mfa', { code: '000000' });
    expect(fifth.statusCode).toBe(400);
    expect(fifth.body).toContain('Your account is locked');
    expect((await userRow('home.mase_coordinator')).locked).not.toBeNull();
    // Locked: the right code and the right password are both refused.
    nextStep();
    expect((await post(second, '/sign-in/mfa', { code: codeOf(secret) })).statusCode).toBe(400);
    expect((await get(second, '/cases')).headers.location).toBe('/sign-in/mfa');
    expect((await signInForm('home.mase_coordinator')).status).toBe(401);
    const actions = (await audits('home.mase_coordinator')).map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.mfa_failed')).toHaveLength(5);
    expect(actions).toContain('auth.locked');
    expect(actions.filter((a) => a === 'auth.sign_in_while_locked')).toHaveLength(2);
    // After the lock time the right code signs in, and the count starts again.
    env.clock.advance(16 * 60_000);
    await fullSignIn('home.mase_coordinator', secret);
    expect((await userRow('home.mase_coordinator')).failures).toBe(0);
  });

  it('takes no more guesses from requests sent at once than from requests sent one after another', async () => {
    const secret = await enrol('other.safeguarding_lead');
    nextStep();
    const s = await signInForm('other.safeguarding_lead');
    const wrong = ['000001', '000002', '000003', '000004', '000005', '000006', '000007', '000008'].filter((c) => c !== codeOf(secret));
    const answers = await Promise.all(wrong.map((code) => post(s, '/sign-in/mfa', { code })));
    expect(answers.every((r) => r.statusCode === 400)).toBe(true);
    const actions = (await audits('other.safeguarding_lead')).map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.mfa_failed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'auth.sign_in_while_locked')).toHaveLength(wrong.length - 5);
    expect((await userRow('other.safeguarding_lead')).locked).not.toBeNull();
  });
});

describe('moving to a new authenticator app', () => {
  it('keeps the current app working until the new one is confirmed, and needs a code from the current one to start', async () => {
    const oldSecret = await enrol('home.auditor');
    const s = await fullSignIn('home.auditor', oldSecret);
    const other = await fullSignIn('home.auditor', oldSecret);
    const onPage = await get(s, '/account/mfa');
    expect(onPage.statusCode).toBe(200);
    expect(onPage.body).toContain('Move to a new authenticator app');
    // Opening the page changes nothing.
    expect(await userRow('home.auditor')).toMatchObject({ secret: oldSecret, enabled: true });
    expect((await get(s, '/account/mfa/new')).headers.location).toBe('/account/mfa');

    // A wrong current code: refused, audited and counted towards the lockout.
    const wrong = await post(s, '/account/mfa/replace', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('The code is not right');
    expect((await userRow('home.auditor')).failures).toBe(1);
    expect((await audits('home.auditor')).at(-1)).toEqual({ action: 'auth.mfa_failed', detail: { factor: 'totp', during: 'replace' } });

    nextStep();
    const started = await post(s, '/account/mfa/replace', { code: codeOf(oldSecret) });
    expect(started.headers.location).toBe('/account/mfa/new');
    expect((await userRow('home.auditor')).failures).toBe(0);
    const newPage = await get(s, '/account/mfa/new');
    expect(newPage.statusCode).toBe(200);
    const newSecret = /data-secret="([A-Z2-7]+)"/.exec(newPage.body)![1]!;
    expect(newSecret).not.toBe(oldSecret);
    // The same new key until it is confirmed, and the old app still signs in.
    expect((await get(s, '/account/mfa/new')).body).toContain(`data-secret="${newSecret}"`);
    expect(await userRow('home.auditor')).toMatchObject({ secret: oldSecret, enabled: true });
    await fullSignIn('home.auditor', oldSecret);

    nextStep();
    const refused = await post(s, '/account/mfa/new', { code: codeOf(oldSecret) });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(`data-secret="${newSecret}"`);
    const done = await post(s, '/account/mfa/new', { code: codeOf(newSecret) });
    expect(done.headers.location).toBe('/account?mfa=changed');
    expect(await userRow('home.auditor')).toMatchObject({ secret: newSecret, enabled: true });
    expect((await get(s, '/account?mfa=changed')).body).toContain('You have moved to your new authenticator app');
    // Other sessions (opened with the old app) have ended; the old app no longer signs in, the new one does.
    expect((await get(other, '/audit')).headers.location).toMatch(/^\/sign-in/);
    nextStep();
    const next = await signInForm('home.auditor');
    expect((await post(next, '/sign-in/mfa', { code: codeOf(oldSecret) })).statusCode).toBe(400);
    await fullSignIn('home.auditor', newSecret);
    const actions = (await audits('home.auditor')).map((e) => e.action);
    expect(actions).toContain('auth.mfa_replacement_started');
    expect(actions).toContain('auth.mfa_replaced');
  });

  it('lets a started replacement lapse after 15 minutes, leaving the current app in place', async () => {
    const secret = await enrol('other.auditor');
    const s = await fullSignIn('other.auditor', secret);
    nextStep();
    expect((await post(s, '/account/mfa/replace', { code: codeOf(secret) })).headers.location).toBe('/account/mfa/new');
    const newSecret = /data-secret="([A-Z2-7]+)"/.exec((await get(s, '/account/mfa/new')).body)![1]!;
    for (let i = 0; i < 4; i++) {
      env.clock.advance(4 * 60_000);
      await get(s, '/account'); // keeps the session from going idle
    }
    expect((await get(s, '/account/mfa/new')).headers.location).toBe('/account/mfa');
    expect((await post(s, '/account/mfa/new', { code: codeOf(newSecret) })).headers.location).toBe('/account/mfa');
    expect(await userRow('other.auditor')).toMatchObject({ secret, enabled: true });
  });

  it('a user with no app set up is sent to set one up', async () => {
    const s = await signInAs(env.app, env.services, 'home.analyst');
    expect((await post(s, '/account/mfa/replace', { code: '123456' })).headers.location).toBe('/account/mfa');
    expect((await userRow('home.analyst')).failures).toBe(0);
  });
});

describe('an administrator resets a lost authenticator app', () => {
  it('removes it, ends the user’s sessions, audits it, and the user sets up a new one at the next sign-in', async () => {
    const secret = await enrol('other.mase_coordinator');
    const user = await fullSignIn('other.mase_coordinator', secret);
    const { id } = await userRow('other.mase_coordinator');
    const admin = await signInAs(env.app, env.services, 'home.administrator');
    const edit = await get(admin, `/admin/users/${id}`);
    expect(edit.body).toContain('Reset authenticator app');
    expect(edit.body).not.toContain(secret);

    // Another role cannot reset it.
    const practitioner = await signInAs(env.app, env.services, 'home.practitioner');
    expect((await post(practitioner, `/admin/users/${id}/mfa-reset`)).statusCode).toBe(403);
    expect((await userRow('other.mase_coordinator')).enabled).toBe(true);

    const reset = await post(admin, `/admin/users/${id}/mfa-reset`);
    expect(reset.statusCode).toBe(303);
    expect(reset.headers.location).toBe(`/admin/users/${id}?reset=mfa`);
    expect((await get(admin, String(reset.headers.location))).body).toContain('Their authenticator app has been reset');
    expect(await userRow('other.mase_coordinator')).toMatchObject({ secret: null, enabled: false });
    expect(await sessionsOf('other.mase_coordinator')).toBe(0);
    expect((await get(user, '/mase')).headers.location).toMatch(/^\/sign-in/);
    const event = (
      await env.t.db.execute<{ user_id: string; detail: Record<string, unknown> }>(
        sql`select user_id, detail from audit_event where action = 'admin.mfa_reset' and subject_id = ${id}`,
      )
    ).rows;
    expect(event).toEqual([{ user_id: env.world.users['home.administrator']!.id, detail: { hadAuthenticator: true } }]);

    // An unknown id is a 404, and nothing is audited.
    expect((await post(admin, '/admin/users/00000000-0000-4000-8000-000000000000/mfa-reset')).statusCode).toBe(404);

    // With the role requiring a second factor, the next sign-in goes to set up a new app.
    await env.services.admin.setRoleMfa(env.world.ctxOf('home.administrator'), { required: ['mase_coordinator'] });
    const again = await signInForm('other.mase_coordinator');
    expect(again.location).toBe('/sign-in/mfa');
    expect((await get(again, '/sign-in/mfa')).headers.location).toBe('/account/mfa');
    await env.services.admin.setRoleMfa(env.world.ctxOf('home.administrator'), { required: [] });
  });
});
