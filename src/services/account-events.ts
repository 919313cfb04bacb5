import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../core/policy/index.ts';
import type { Role } from '../core/records/vocab.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { Repositories } from '../db/store.ts';
import { auditOf, type Via } from './context.ts';

// What the sign-in, session and API token services share: the signed-in user as the app sees them, the hashing of
// bearer secrets, and the audit event about a user's own account.

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export type SessionUser = Actor & { username: string; displayName: string; totpEnabled: boolean };
export type ResolvedSession = {
  user: SessionUser;
  csrfSecret: string;
  mfaPassed: boolean;
  mfaRequired: boolean;
  /** The password is a temporary one: every page but the change-password page sends the user there (ASVS 2.3.1). */
  passwordChangeRequired: boolean;
  /** The account changed since the previous sign-in and the user has not looked yet (services/account-changes.ts). */
  accountNotice: boolean;
  tokenHash: string;
};

/** Whether a session still lets its holder in: not idle too long, not past the absolute limit (ASVS 3.3). */
export const sessionLive = (s: { createdAt: Date; lastSeenAt: Date }, now: Date, limits: { idleMs: number; absoluteMs: number }): boolean =>
  now.getTime() - s.lastSeenAt.getTime() <= limits.idleMs && now.getTime() - s.createdAt.getTime() <= limits.absoluteMs;

/** A second factor is needed when the user has set one up or their role requires one (role_setting). */
export const needsSecondFactor = (u: { totpEnabled: boolean }, roleMfaRequired: boolean): boolean => u.totpEnabled || roleMfaRequired;

export const toSessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  agencyId: u.agencyId,
  role: u.role as Role,
  username: u.username,
  displayName: u.displayName,
  totpEnabled: u.totpEnabled,
});

// A security event about a user's own account (tokens, passwords): the user is the subject and, for lack of another
// identity on the command line, the actor.
export const accountEvent = (r: Repositories, u: UserRow, via: Via, now: Date, action: string, detail: Record<string, unknown> = {}) =>
  r.audit.append(auditOf({ actor: toSessionUser(u), via }, now, { action, subjectType: 'user', subjectId: u.id, purpose: 'security', detail }));
