import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { generateSecret, generateURI, verifySync } from 'otplib';
import type { Config } from '../config.ts';
import { Unauthenticated, ValidationError } from '../core/errors.ts';
import type { Role } from '../core/records/vocab.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { Repositories, Store } from '../db/store.ts';
import { accountChangeMethods, accountNoticeDue } from './account-changes.ts';
import { ownSessionMethods } from './own-sessions.ts';
import { isSealed, loadSecretsKey, SEALED_PREFIX, secretBox } from './secret-box.ts';
import { accountEvent, needsSecondFactor, sessionLive, newToken, type ResolvedSession, type SessionUser, tokenHash, toSessionUser } from './account-events.ts';
import { apiTokenMethods } from './api-tokens.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, type Via } from './context.ts';
import { PasswordChangeInput } from './inputs/account.ts';
import { parse } from './inputs/fields.ts';

export { type ResolvedSession, type SessionUser, tokenHash } from './account-events.ts';

// OWASP ASVS 2.4: argon2id with memory-hard parameters (the @node-rs/argon2 defaults are argon2id).
export const hashPassword = (password: string): Promise<string> => argonHash(password);

// Verified against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

// Wrong current passwords one session may give the change-password form before it is ended.
export const PASSWORD_CHANGE_TRIES = 3;

export const GENERIC_SIGN_IN_ERROR = 'The username or password is not right, or the account is locked. Try again, or ask your administrator.';

export const WRONG_CODE = 'The code is not right. Enter the 6-digit code from your authenticator app';
const LOCKED_CODE = 'Your account is locked after too many wrong codes or passwords. Try again later, or ask your administrator.';

// How long a new authenticator may wait to be confirmed after a code from the current one started its set-up.
export const TOTP_REPLACEMENT_MS = 15 * 60_000;

// A new server-side session for a signed-in user (password or OpenID Connect): the cookie gets `token`, the table its hash.
export function newSession(userId: string, mfaPassed: boolean, now: Date) {
  const token = newToken();
  return { token, row: { tokenHash: tokenHash(token), userId, csrfSecret: newToken(), mfaPassed, createdAt: now, lastSeenAt: now } };
}

// A second factor is needed when the user's role requires one (role_setting) or the user has set one up.
export async function mfaRequiredFor(users: Repositories['users'], u: { role: string; totpEnabled: boolean }): Promise<boolean> {
  if (u.totpEnabled) return true;
  return (await users.roleSetting(u.role))?.mfaRequired ?? false;
}

export function authService(store: Store, clock: Clock, config: Config) {
  const { repos } = store;
  // Second-factor secrets are sealed in the database (secret-box.ts); opened only to check a code or show a new one.
  const box = secretBox(loadSecretsKey(config));

  const mfaRequired = (u: { role: string; totpEnabled: boolean }): Promise<boolean> => mfaRequiredFor(repos.users, u);
  // Checks a code from the user's current authenticator. Each check first takes one of the account's sign-in tries,
  // so that requests sent in parallel get no more guesses than one after another; the count starts again when a sign-in
  // is complete. A wrong or reused code is audited, and the last try locks the account as wrong passwords do.
  async function useCode(u: UserRow, code: string, via: Via, during: 'sign_in' | 'replace' | 'token'): Promise<void> {
    const now = clock();
    const actor = toSessionUser(u);
    const event = (action: string, detail: Record<string, unknown> = {}) =>
      auditOf({ actor, via }, now, { action, subjectType: 'user', subjectId: u.id, purpose: 'security', detail: { factor: 'totp', during, ...detail } });
    const max = config.signIn.maxFailures;
    const lockUntil = new Date(now.getTime() + config.signIn.lockMs);
    const tries = await repos.users.takeSignInTry(u.id, now, max);
    if (tries === null) {
      await store.transaction(async (r) => {
        await r.users.lockAtLimit(u.id, max, now, lockUntil);
        await r.audit.append(event('auth.sign_in_while_locked'));
      });
      throw new ValidationError({ code: LOCKED_CODE });
    }
    const step = checkTotp(u.totpSecret ? box.open(u.id, u.totpSecret) : '', code, now, null);
    // A code already used (here or in another session) is refused as if wrong: replay gains nothing (ASVS 2.8.4).
    if (step !== null && (await repos.users.useTotpStep(u.id, step))) return;
    const lock = tries >= max;
    await store.transaction(async (r) => {
      if (lock) await r.users.recordFailure(u.id, 0, lockUntil);
      await r.audit.append(event(step === null ? 'auth.mfa_failed' : 'auth.mfa_replayed'));
      if (lock) await r.audit.append(event('auth.locked'));
    });
    throw new ValidationError({ code: lock ? LOCKED_CODE : WRONG_CODE });
  }

  // Re-authentication with the current password (ASVS 2.1.6, 3.7.1) for a change of password or a new API token. Each
  // session has PASSWORD_CHANGE_TRIES tries, taken before the password is checked, so that a borrowed session cannot be
  // used to guess it, not even with requests sent in parallel; when they are used up the session is ended. A wrong
  // password is audited (`during` says where) and throws; the sign-in lockout counter is left alone.
  async function confirmPassword(session: ResolvedSession, u: UserRow, current: string, during: 'password_change' | 'token'): Promise<'ok' | 'signed_out'> {
    const now = clock();
    const failed = (r: Repositories, signedOut: boolean) =>
      accountEvent(r, u, 'web', now, during === 'token' ? 'auth.token_password_failed' : 'auth.password_change_failed', { signedOut });
    const tries = await repos.users.takePasswordTry(session.tokenHash, PASSWORD_CHANGE_TRIES);
    const right = tries !== null && u.passwordHash !== null && (await argonVerify(u.passwordHash, current).catch(() => false));
    if (right) return 'ok';
    if (tries === null || tries >= PASSWORD_CHANGE_TRIES) {
      await store.transaction(async (r) => {
        await r.users.deleteSession(session.tokenHash);
        await failed(r, true);
      });
      return 'signed_out';
    }
    await store.transaction((r) => failed(r, false));
    throw new ValidationError({ current: 'Your current password is not right' });
  }

  // Idle and absolute time-outs (ASVS 3.3): 15 minutes idle, 12 hours absolute by default. A session that no longer
  // lets its holder in says why: 'timed_out' (idle or too old), or 'ended' (signed out, ended from another browser or
  // by an administrator, or the account switched off), so that the sign-in page does not blame inactivity for both.
  // `passive`: a request the page made by itself (polling) does not count as activity, so it cannot hold a session
  // open past the idle time-out.
  async function sessionOrEnd(token: string, passive = false): Promise<ResolvedSession | 'timed_out' | 'ended'> {
    const now = clock();
    const h = tokenHash(token);
    const found = await repos.users.sessionWithUser(h);
    if (!found) return 'ended';
    const { session: s, user: u } = found;
    if (!sessionLive(s, now, config.session) || !u.active) {
      await repos.users.deleteSession(h);
      return u.active ? 'timed_out' : 'ended';
    }
    if (!passive && now.getTime() - s.lastSeenAt.getTime() > 15_000) await repos.users.touchSession(h, now);
    const required = needsSecondFactor(u, found.roleMfaRequired);
    return {
      user: toSessionUser(u),
      csrfSecret: s.csrfSecret,
      mfaPassed: s.mfaPassed,
      mfaRequired: required,
      passwordChangeRequired: u.passwordHash !== null && u.temporaryPasswordUntil !== null,
      accountNotice: s.accountNotice,
      tokenHash: h,
    };
  }

  return {
    ...apiTokenMethods(store, clock, { mfaRequired, useCode, confirmPassword }),
    ...ownSessionMethods(store, clock, config),
    ...accountChangeMethods(store),

    /**
     * Seals every second-factor secret stored before sealing (ASVS 2.8.2), in one transaction: `lantern secrets seal`.
     * Audited with the number sealed; running it again finds nothing to do.
     */
    async sealStoredSecrets(ctx: Ctx): Promise<{ users: number; secrets: number }> {
      ensureAllowed(ctx, 'admin.manage');
      const now = clock();
      return store.transaction(async (r) => {
        // Sealing under a key other than the server's would lock every second factor out: the key must open what is sealed.
        const sample = await r.users.aSealedSecret(SEALED_PREFIX);
        if (sample?.stored) {
          try {
            box.open(sample.id, sample.stored);
          } catch {
            throw new ValidationError({
              key: 'This secrets key does not open the secrets already sealed: it is not the key the server uses (LANTERN_SECRETS_KEY_FILE)',
            });
          }
        }
        const rows = await r.users.unsealedSecrets(SEALED_PREFIX);
        let secrets = 0;
        const seal = (id: string, v: string | null) => (v === null || isSealed(v) ? v : (secrets++, box.seal(id, v)));
        for (const u of rows) await r.users.resealSecrets(u.id, { totpSecret: seal(u.id, u.totpSecret), totpPendingSecret: seal(u.id, u.totpPendingSecret) });
        if (secrets > 0)
          await r.audit.append(
            auditOf(ctx, now, { action: 'admin.secrets_sealed', subjectType: 'user', purpose: 'security', detail: { users: rows.length, secrets } }),
          );
        return { users: rows.length, secrets };
      });
    },

    // Generic failure for every reason (unknown user, wrong password, locked, inactive): ASVS 2.2.
    async signIn(username: string, password: string, via: Via = 'web'): Promise<{ token: string; mfaRequired: boolean }> {
      const now = clock();
      const u = await repos.users.byUsername(username.trim().toLowerCase());
      if (!u || !u.passwordHash || !u.active) {
        dummyHash ??= hashPassword('not-a-real-password');
        await argonVerify(await dummyHash, password).catch(() => false);
        throw new Unauthenticated(GENERIC_SIGN_IN_ERROR);
      }
      const locked = u.lockedUntil !== null && u.lockedUntil > now;
      const ok = !locked && (await argonVerify(u.passwordHash, password).catch(() => false));
      const actor = { id: u.id, agencyId: u.agencyId, role: u.role as Role };
      if (!ok) {
        await store.transaction(async (r) => {
          if (!locked) {
            const failures = u.failedSignIns + 1;
            const lock = failures >= config.signIn.maxFailures;
            await r.users.recordFailure(u.id, lock ? 0 : failures, lock ? new Date(now.getTime() + config.signIn.lockMs) : null);
            await r.audit.append(
              auditOf({ actor, via }, now, { action: lock ? 'auth.locked' : 'auth.sign_in_failed', subjectType: 'user', subjectId: u.id, purpose: 'security' }),
            );
          } else {
            await r.audit.append(
              auditOf({ actor, via }, now, { action: 'auth.sign_in_while_locked', subjectType: 'user', subjectId: u.id, purpose: 'security' }),
            );
          }
        });
        throw new Unauthenticated(GENERIC_SIGN_IN_ERROR);
      }
      // ASVS 2.3.1: a temporary password that has run out is refused like a wrong one (nothing tells an outsider the
      // account exists), without counting towards the lockout: its holder knew it, and an administrator must set another.
      if (u.temporaryPasswordUntil !== null && u.temporaryPasswordUntil <= now) {
        await store.transaction((r) =>
          r.audit.append(
            auditOf({ actor, via }, now, { action: 'auth.temporary_password_expired', subjectType: 'user', subjectId: u.id, purpose: 'security' }),
          ),
        );
        throw new Unauthenticated(GENERIC_SIGN_IN_ERROR);
      }
      const required = await mfaRequired(u);
      const { token, row } = newSession(u.id, !required, now);
      await store.transaction(async (r) => {
        // The failure count starts again only once the whole sign-in is done: with a second factor, when its code is
        // right (verifyMfa), so that the password cannot be used to wipe out wrong codes (ASVS 2.8.5).
        if (!required) await r.users.recordFailure(u.id, 0, null);
        await r.users.insertSession({ ...row, accountNotice: await accountNoticeDue(r, u.id) });
        await r.audit.append(auditOf({ actor, via }, now, { action: 'auth.sign_in', subjectType: 'user', subjectId: u.id, purpose: 'security' }));
      });
      return { token, mfaRequired: required };
    },

    async resolveSession(token: string): Promise<ResolvedSession | null> {
      const r = await sessionOrEnd(token);
      return typeof r === 'string' ? null : r;
    },

    sessionOrEnd,

    // ASVS 2.1.5 and 2.1.6: a user changes their own password with the current one. The change ends the user's other
    // sessions (ASVS 3.3.3: a stolen session does not outlive it) and revokes their API tokens (a token made by someone
    // who knew the old password must not outlive it either). The current password is checked by confirmPassword. The
    // account's sign-in lockout counter is left alone, so the form cannot be used to lock someone out.
    async changePassword(session: ResolvedSession, raw: unknown): Promise<{ signedOut: boolean }> {
      const now = clock();
      const input = parse(PasswordChangeInput, raw);
      const u = await repos.users.byId(session.user.id);
      if (!u?.passwordHash) throw new ValidationError({ current: 'This account signs in through your organisation, so its password is changed there' });
      if (input.password === input.current) throw new ValidationError({ password: 'Choose a new password that is different from your current one' });
      if ((await confirmPassword(session, u, input.current, 'password_change')) === 'signed_out') return { signedOut: true };
      const passwordHash = await hashPassword(input.password);
      return store.transaction(async (r) => {
        // The session may have been ended meanwhile (signed out, or its tries used up by a parallel request).
        if (!(await r.users.holdSessionForChange(session.tokenHash))) return { signedOut: true };
        await r.users.setPassword(u.id, passwordHash);
        await r.users.deleteOtherSessionsOf(u.id, session.tokenHash);
        const tokensRevoked = (await r.users.revokeTokens(u.id, 'all', now)).length;
        await accountEvent(r, u, 'web', now, 'auth.password_changed', tokensRevoked ? { tokensRevoked } : {});
        return { signedOut: false };
      });
    },

    // Accounts that sign in through their organisation (OpenID Connect) have no Lantern password to change.
    async hasPassword(userId: string): Promise<boolean> {
      return Boolean((await repos.users.byId(userId))?.passwordHash);
    },

    async signOut(token: string): Promise<void> {
      await repos.users.deleteSession(tokenHash(token));
    },

    // ASVS 2.8.4 and 2.8.5: a code is good once (the user's last used time step is kept), and every wrong or reused code
    // counts towards the account's sign-in lockout and is audited.
    async verifyMfa(session: ResolvedSession, code: string, via: Via = 'web'): Promise<void> {
      const u = await repos.users.byId(session.user.id);
      if (!u?.totpSecret || !u.totpEnabled) throw new ValidationError({ code: 'Set up an authenticator app first' });
      await useCode(u, code, via, 'sign_in');
      await store.transaction(async (r) => {
        await r.users.recordFailure(u.id, 0, null);
        await r.users.passMfa(session.tokenHash);
      });
    },

    // Enrolment: a secret is stored but not enabled until the user proves they can generate codes.
    async startTotp(user: SessionUser): Promise<{ secret: string; uri: string }> {
      // Never replace a factor in use here: that would switch it off until the new one is confirmed (see startTotpReplacement).
      if ((await repos.users.byId(user.id))?.totpEnabled) throw new ValidationError({ code: 'An authenticator app is already set up for this account' });
      const secret = generateSecret();
      await repos.users.setTotp(user.id, box.seal(user.id, secret), false);
      return { secret, uri: totpUri(user.username, secret) };
    },

    async confirmTotp(session: ResolvedSession, code: string, via: Via = 'web'): Promise<void> {
      const now = clock();
      const u = await repos.users.byId(session.user.id);
      if (!u?.totpSecret) throw new ValidationError({ code: 'Start setting up an authenticator app first' });
      if (u.totpEnabled) throw new ValidationError({ code: 'An authenticator app is already set up for this account' });
      const step = checkTotp(box.open(u.id, u.totpSecret), code, now, null);
      if (step === null) throw new ValidationError({ code: WRONG_CODE });
      await store.transaction(async (r) => {
        await r.users.enableTotp(u.id);
        await r.users.useTotpStep(u.id, step);
        await r.users.passMfa(session.tokenHash);
        await r.audit.append(
          auditOf({ actor: session.user, via }, now, { action: 'auth.mfa_enrolled', subjectType: 'user', subjectId: u.id, purpose: 'security' }),
        );
      });
    },

    // ASVS 2.5.7: moving to a new authenticator needs a code from the current one, which keeps working until a code
    // from the new one is confirmed (confirmTotpReplacement). A wrong code counts towards the lockout, as at sign-in.
    async startTotpReplacement(session: ResolvedSession, code: string, via: Via = 'web'): Promise<void> {
      const now = clock();
      const u = await repos.users.byId(session.user.id);
      if (!u?.totpSecret || !u.totpEnabled) throw new ValidationError({ code: 'Set up an authenticator app first' });
      await useCode(u, code, via, 'replace');
      await store.transaction(async (r) => {
        await r.users.recordFailure(u.id, 0, null);
        await r.users.setPendingTotp(u.id, box.seal(u.id, generateSecret()), now);
        await accountEvent(r, u, via, now, 'auth.mfa_replacement_started');
      });
    },

    // The new authenticator being set up, while it may still be confirmed; null when none is.
    async pendingTotp(session: ResolvedSession): Promise<{ secret: string; uri: string } | null> {
      const u = await repos.users.byId(session.user.id);
      const stored = u && pendingSecretOf(u, clock());
      if (!stored) return null;
      const secret = box.open(u.id, stored);
      return { secret, uri: totpUri(u.username, secret) };
    },

    // The new authenticator replaces the old one; the user's other sessions end and their API tokens are revoked (they
    // were opened or made with the old one, which may be why it is being replaced).
    async confirmTotpReplacement(session: ResolvedSession, code: string, via: Via = 'web'): Promise<void> {
      const now = clock();
      const u = await repos.users.byId(session.user.id);
      const pending = u && pendingSecretOf(u, now);
      if (!u || !pending) throw new ValidationError({ code: 'Start again: enter a code from your current authenticator app' });
      const step = checkTotp(box.open(u.id, pending), code, now, null);
      if (step === null) throw new ValidationError({ code: WRONG_CODE });
      await store.transaction(async (r) => {
        if (!(await r.users.replaceTotp(u.id, pending, step)))
          throw new ValidationError({ code: 'Start again: enter a code from your current authenticator app' });
        await r.users.deleteOtherSessionsOf(u.id, session.tokenHash);
        const tokensRevoked = (await r.users.revokeTokens(u.id, 'all', now)).length;
        await accountEvent(r, u, via, now, 'auth.mfa_replaced', tokensRevoked ? { tokensRevoked } : {});
      });
    },
  };
}

const totpUri = (username: string, secret: string): string => generateURI({ issuer: 'Lantern', label: username, secret });

// The new authenticator being set up (its stored, sealed value), unless it was started too long ago.
const pendingSecretOf = (u: UserRow, now: Date): string | null =>
  u.totpPendingSecret && u.totpPendingAt && now.getTime() - u.totpPendingAt.getTime() <= TOTP_REPLACEMENT_MS ? u.totpPendingSecret : null;

/** The 30-second time step the code belongs to, or null when it is wrong or not later than `lastStep`. */
export function checkTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const r = verifySync({ secret, token, epoch, epochTolerance: 30, ...(lastStep === null ? {} : { afterTimeStep: lastStep }) });
  return r.valid ? Math.floor(epoch / 30) + r.delta : null;
}
