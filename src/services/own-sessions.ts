import { ValidationError } from '../core/errors.ts';
import type { Config } from '../config.ts';
import type { Repositories, Store } from '../db/store.ts';
import { accountEvent, type ResolvedSession, sessionLive } from './account-events.ts';
import type { Clock, Via } from './context.ts';

// A user's own sessions: where they are signed in, and ending the ones they do not recognise (OWASP ASVS 3.3.4). A
// session is named on the page by a handle, the first characters of its token's hash: enough to tell one user's
// sessions apart, and nothing anyone could sign in with.

export type OwnSession = { handle: string; createdAt: Date; lastSeenAt: Date; current: boolean; secondFactor: boolean };

const HANDLE_LENGTH = 16;
const handleOf = (hash: string) => hash.slice(0, HANDLE_LENGTH);
const NOT_LIVE = 'That session has already ended: the list below is up to date';

export function ownSessionMethods(store: Store, clock: Clock, config: Config) {
  // The sessions that still let someone in (the rule resolveSession applies).
  const live = async (users: Repositories['users'], userId: string, now: Date) =>
    (await users.sessionsOf(userId)).filter((s) => sessionLive(s, now, config.session));

  async function end(session: ResolvedSession, which: (hash: string) => boolean, via: Via): Promise<number> {
    const now = clock();
    return store.transaction(async (r) => {
      const u = await r.users.byId(session.user.id);
      if (!u) return 0;
      const ended = (await live(r.users, u.id, now)).filter((s) => s.tokenHash !== session.tokenHash && which(s.tokenHash));
      for (const s of ended) await r.users.deleteSession(s.tokenHash);
      if (ended.length) await accountEvent(r, u, via, now, 'auth.sessions_ended', { sessions: ended.length });
      return ended.length;
    });
  }

  return {
    /** The user's live sessions, the one asking first, then by last use. */
    async ownSessions(session: ResolvedSession): Promise<OwnSession[]> {
      const rows = await live(store.repos.users, session.user.id, clock());
      return rows
        .map((s) => ({
          handle: handleOf(s.tokenHash),
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          current: s.tokenHash === session.tokenHash,
          secondFactor: s.mfaPassed,
        }))
        .sort((a, b) => Number(b.current) - Number(a.current));
    },

    /** Ends one of the user's other sessions, named by its handle. This session ends by signing out. */
    async endOwnSession(session: ResolvedSession, handle: string, via: Via = 'web'): Promise<void> {
      const h = handle.trim().toLowerCase();
      if (!/^[0-9a-f]{16}$/.test(h) || handleOf(session.tokenHash) === h) throw new ValidationError({ sessions: NOT_LIVE });
      if ((await end(session, (hash) => handleOf(hash) === h, via)) === 0) throw new ValidationError({ sessions: NOT_LIVE });
    },

    /** Ends every session of the user but this one: the number ended. */
    async endOtherOwnSessions(session: ResolvedSession, via: Via = 'web'): Promise<number> {
      return end(session, () => true, via);
    },
  };
}
