// What a user is told about their own account (ASVS 2.2.3 and 2.5.5: tell the user when their credentials or factors
// change, and about attempts to sign in as them). Read from the audit trail's events about the user; pure code.

/** Audit actions about a user's account that the user is told about, with how each reads to them. */
const CHANGES: Readonly<Record<string, string>> = {
  'auth.password_changed': 'Your password was changed',
  'auth.mfa_enrolled': 'An authenticator app was set up',
  'auth.mfa_replaced': 'Your authenticator app was replaced',
  'admin.mfa_reset': 'Your authenticator app was removed by an administrator',
  'auth.token_created': 'An API token was made',
  'auth.token_revoked': 'An API token was revoked',
  'auth.sessions_ended': 'You were signed out of other browsers',
  'auth.oidc_user_changed': "Your organisation's sign-in changed your agency or role",
  'auth.locked': 'Your account was locked after wrong passwords or codes',
  'auth.sign_in_failed': 'Someone failed to sign in as you',
  'auth.sign_in_while_locked': 'Someone tried to sign in as you while your account was locked',
  'auth.mfa_failed': 'A wrong security code was given for your account',
};

export const ACCOUNT_CHANGE_ACTIONS: readonly string[] = [...Object.keys(CHANGES), 'admin.user_changed'];

export type AccountEvent = { at: Date; action: string; byUser: boolean; detail: Record<string, unknown> };
export type AccountChange = { at: Date; what: string; by: 'you' | 'an administrator' | 'your organisation' | 'not signed in' };

// An administrator's change to the user: what it did, from the event's detail (services/admin.ts editUser).
function adminChange(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (detail['passwordReset'] === true) parts.push('your password was reset');
  if (detail['active'] === false) parts.push('your account was switched off');
  if (typeof detail['role'] === 'string') parts.push('your details or role were updated');
  return parts.length ? `An administrator changed your account: ${parts.join(', ')}` : 'An administrator changed your account';
}

/** How one audit event about the user reads on their account page, or null for events the user is not told about. */
export function describeAccountEvent(e: AccountEvent): AccountChange | null {
  const what = e.action === 'admin.user_changed' ? adminChange(e.detail) : CHANGES[e.action];
  if (what === undefined) return null;
  const by = e.action.startsWith('admin.')
    ? 'an administrator'
    : e.action === 'auth.oidc_user_changed'
      ? 'your organisation'
      : e.byUser && !FAILED.has(e.action)
        ? 'you'
        : 'not signed in';
  return { at: e.at, what, by };
}

// Failed attempts are made by whoever typed, who is not known to be the user.
const FAILED = new Set(['auth.locked', 'auth.sign_in_failed', 'auth.sign_in_while_locked', 'auth.mfa_failed']);

/** Whether these events, since the user's previous sign-in, call for the notice on every page until they have looked. */
export const needsNotice = (events: readonly AccountEvent[]): boolean => events.some((e) => describeAccountEvent(e) !== null);
