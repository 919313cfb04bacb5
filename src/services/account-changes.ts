import { ACCOUNT_CHANGE_ACTIONS, type AccountChange, describeAccountEvent, needsNotice } from '../core/account/changes.ts';
import type { Repositories, Store } from '../db/store.ts';
import type { ResolvedSession } from './account-events.ts';

// Telling users about changes to their own account (ASVS 2.2.3, 2.5.5). Lantern sends no email: a sign-in that follows
// a change, or attempts to sign in as the user, starts a session whose every page says so until the user has looked at
// the list on their account page.

// How far back the account page lists; the notice looks at everything since the previous sign-in, up to this many.
const LISTED = 10;
const SINCE_SIGN_IN = 50;

const toEvent = (userId: string) => (r: { at: Date; action: string; userId: string | null; detail: Record<string, unknown> }) => ({
  at: r.at,
  action: r.action,
  byUser: r.userId === userId,
  detail: r.detail,
});

/** At sign-in, before the new sign-in is recorded: whether anything the user is told about happened since their last. */
export async function accountNoticeDue(r: Repositories, userId: string): Promise<boolean> {
  const last = await r.audit.lastSignInSeq(userId);
  if (last === null) return false; // a first sign-in: the account's making is not news to its owner
  const events = await r.audit.accountEvents(userId, ACCOUNT_CHANGE_ACTIONS, { afterSeq: last, limit: SINCE_SIGN_IN });
  return needsNotice(events.map(toEvent(userId)));
}

export function accountChangeMethods(store: Store) {
  return {
    /** The latest changes to the user's account, newest first; looking at them ends this session's notice. */
    async recentAccountChanges(session: ResolvedSession): Promise<AccountChange[]> {
      const rows = await store.repos.audit.accountEvents(session.user.id, ACCOUNT_CHANGE_ACTIONS, { limit: LISTED });
      if (session.accountNotice) await store.repos.users.clearAccountNotice(session.tokenHash);
      return rows.map(toEvent(session.user.id)).flatMap((e) => describeAccountEvent(e) ?? []);
    },
  };
}
