import { ValidationError } from '../core/errors.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { Store } from '../db/store.ts';
import { accountEvent, needsSecondFactor, newToken, type ResolvedSession, type SessionUser, tokenHash, toSessionUser } from './account-events.ts';
import type { Clock, Via } from './context.ts';
import { OwnApiTokenInput } from './inputs/account.ts';
import { parse } from './inputs/fields.ts';

// API bearer tokens: shown once, stored as SHA-256, carrying exactly their user's permissions (ASVS 3.2.4, 3.5).
//
// One sign-in strength for every path (ASVS 1.2.4): a user who must use a second factor (their role requires it, or they
// set one up) gets tokens only from their own account page, in a session that passed it and with a fresh code from
// their authenticator; the command line cannot make one for them, and a token made without a second factor stops
// working once its user needs one. Tokens made on the account page always expire (ASVS 3.5.2: not a standing secret).

export type ApiTokenRow = { id: string; label: string; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null; createdWithMfa: boolean };

type Deps = {
  mfaRequired: (u: { role: string; totpEnabled: boolean }) => Promise<boolean>;
  /** Checks a code from the user's authenticator as sign-in does (lockout, replay, audit); throws if it is not right. */
  useCode: (u: UserRow, code: string, via: Via, during: 'token') => Promise<void>;
  /** Checks the current password as the change-password form does (per-session tries, audit); throws if it is wrong. */
  confirmPassword: (session: ResolvedSession, u: UserRow, current: string, during: 'token') => Promise<'ok' | 'signed_out'>;
};

const MFA_USER_ON_CLI = 'This user must sign in with a second factor, so only they can make their API tokens, on their account page (Your account, API tokens)';

export function apiTokenMethods(store: Store, clock: Clock, deps: Deps) {
  const { repos } = store;
  const userNamed = async (username: string): Promise<UserRow> => {
    const u = await repos.users.byUsername(username.trim().toLowerCase());
    if (!u) throw new ValidationError({ user: 'There is no user with that username' });
    return u;
  };

  // `session`: made on the account page after the password was confirmed, so the session must still be there (it may
  // have been ended meanwhile) and its tries at the password start again.
  async function insert(
    u: UserRow,
    via: Via,
    label: string,
    now: Date,
    expiresAt: Date | null,
    createdWithMfa: boolean,
    session?: string,
  ): Promise<string | null> {
    const token = `lt_${newToken()}`;
    return store.transaction(async (r) => {
      if (session && !(await r.users.holdSessionForChange(session))) return null;
      await r.users.insertToken({ userId: u.id, tokenHash: tokenHash(token), label, createdAt: now, expiresAt, createdWithMfa });
      const detail = { label, expiresAt: expiresAt?.toISOString() ?? null, ...(createdWithMfa ? { secondFactor: true } : {}) };
      await accountEvent(r, u, via, now, 'auth.token_created', detail);
      return token;
    });
  }

  async function revoke(u: UserRow, via: Via, which: string[] | 'all'): Promise<{ revoked: number }> {
    const now = clock();
    return store.transaction(async (r) => {
      const ids = which === 'all' ? 'all' : which.map((id) => id.trim().toLowerCase());
      if (ids !== 'all') {
        const live = new Set((await r.users.tokensOf(u.id)).filter((t) => !t.revokedAt).map((t) => t.id));
        const unknown = ids.filter((id) => !live.has(id));
        if (unknown.length) throw new ValidationError({ id: `Not a live token of this user: ${unknown.join(', ')}` });
      }
      const revoked = await r.users.revokeTokens(u.id, ids, now);
      if (!revoked.length) return { revoked: 0 };
      await accountEvent(r, u, via, now, 'auth.token_revoked', { tokens: revoked.map((t) => t.id), labels: revoked.map((t) => t.label) });
      return { revoked: revoked.length };
    });
  }

  return {
    // `lantern token create`: for users who sign in with a password alone (and service accounts).
    async createApiToken(username: string, label: string, expiresInDays: number | null): Promise<{ token: string; expiresAt: Date | null }> {
      const u = await repos.users.byUsername(username.trim().toLowerCase());
      if (!u || !u.active) throw new ValidationError({ user: 'There is no active user with that username' });
      if (await deps.mfaRequired(u)) throw new ValidationError({ user: MFA_USER_ON_CLI });
      const now = clock();
      const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * 86_400_000);
      return { token: (await insert(u, 'cli', label, now, expiresAt, false))!, expiresAt };
    },

    // The account page: the signed-in user's own token, made after re-authentication (ASVS 3.7.1). A user with an
    // authenticator confirms with a fresh code from it (a wrong one counts towards the lockout, as at sign-in), and only
    // such a token counts as made with a second factor: a session's own `mfaPassed` is also true for a sign-in that needed
    // no factor at the time. A user who must use a second factor but has no authenticator in Lantern (their
    // organisation's sign-in gave it) sets one up first. A user with a password alone gives it again, with the
    // change-password form's tries (the session ends when they are used up). A user who signs in only through their
    // organisation and needs no second factor has nothing Lantern can ask for again.
    async createOwnApiToken(session: ResolvedSession, raw: unknown): Promise<{ token: string; expiresAt: Date } | { signedOut: true }> {
      const input = parse(OwnApiTokenInput, raw);
      const u = await repos.users.byId(session.user.id);
      if (!u || !u.active) throw new ValidationError({ label: 'This account is not active' });
      if (session.mfaRequired && !session.mfaPassed) throw new ValidationError({ code: 'Sign in with your second factor first' });
      if (!u.totpEnabled && (await deps.mfaRequired(u)))
        throw new ValidationError({ code: 'Set up an authenticator app on your account page first: API tokens of your role need a code from it' });
      if (u.totpEnabled) {
        if (!input.code) throw new ValidationError({ code: 'Enter the 6-digit code from your authenticator app' });
        await deps.useCode(u, input.code, 'web', 'token');
        await repos.users.recordFailure(u.id, 0, null);
      } else if (u.passwordHash) {
        if (!input.current) throw new ValidationError({ current: 'Enter your password' });
        if ((await deps.confirmPassword(session, u, input.current, 'token')) === 'signed_out') return { signedOut: true };
      }
      const now = clock();
      const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
      const token = await insert(u, 'web', input.label, now, expiresAt, u.totpEnabled, session.tokenHash);
      return token ? { token, expiresAt } : { signedOut: true };
    },

    // Token values are never shown again after creation: a token is named by its id (ASVS 3.5: revocable tokens).
    async listApiTokens(username: string): Promise<ApiTokenRow[]> {
      return repos.users.tokensOf((await userNamed(username)).id);
    },

    // Newest first, each with whether it still works now.
    async listOwnApiTokens(user: SessionUser): Promise<(ApiTokenRow & { status: 'active' | 'expired' | 'revoked' })[]> {
      const now = clock().getTime();
      const rows = await repos.users.tokensOf(user.id);
      return rows.reverse().map((t) => ({ ...t, status: t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt.getTime() <= now ? 'expired' : 'active' }));
    },

    // Revokes the named tokens of one user, or all of them (someone leaves, a laptop is lost). Ids that are not the
    // user's live tokens are refused together, before anything changes.
    async revokeApiTokens(username: string, which: string[] | 'all'): Promise<{ revoked: number }> {
      return revoke(await userNamed(username), 'cli', which);
    },

    async revokeOwnApiToken(session: ResolvedSession, id: string): Promise<{ revoked: number }> {
      const u = await repos.users.byId(session.user.id);
      if (!u) throw new ValidationError({ id: 'Not a live token of this user' });
      if (!/^[0-9a-f-]{36}$/i.test(id.trim())) throw new ValidationError({ id: 'Not a live token of this user' });
      return revoke(u, 'web', [id]);
    },

    // A live token of an active user; one made without a second factor is refused once its user needs one.
    async resolveApiToken(token: string): Promise<SessionUser | null> {
      const found = await repos.users.activeTokenWithUser(tokenHash(token), clock());
      if (!found || !found.user.active) return null;
      if (!found.createdWithMfa && needsSecondFactor(found.user, found.roleMfaRequired)) return null;
      return toSessionUser(found.user);
    },
  };
}
