import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agency, team } from './agency.ts';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    teamId: uuid('team_id').references(() => team.id),
    role: text('role').notNull(),
    passwordHash: text('password_hash'),
    // Set while the password is a temporary one (set by an administrator, or by `lantern user add`): it stops working
    // at this time, and signing in with it leads only to the change-password page (ASVS 2.3.1). Null once the user
    // has chosen their own.
    temporaryPasswordUntil: timestamp('temporary_password_until', { withTimezone: true }),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    // The last TOTP time step accepted: a code is good once (ASVS 2.8.4), not for its whole 30-second window.
    totpLastStep: integer('totp_last_step'),
    // A new authenticator being set up while the current one stays in use (ASVS 2.5.7): it replaces totp_secret only
    // once a code from it is confirmed, and only within a short time of being started with a code from the current one.
    totpPendingSecret: text('totp_pending_secret'),
    totpPendingAt: timestamp('totp_pending_at', { withTimezone: true }),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // OpenID Connect sign-in (issue 8): the identity provider's issuer and its stable subject for this person.
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
  },
  (t) => [unique('app_user_oidc_identity').on(t.oidcIssuer, t.oidcSubject)],
);

// One row per OpenID Connect sign-in in progress: the state, nonce and PKCE verifier are kept on the server and
// used once, so a tampered or replayed callback finds nothing to match.
export const oidcLogin = pgTable('oidc_login', {
  stateHash: text('state_hash').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

// Per-role settings an administrator controls, e.g. "multi-factor required".
export const roleSetting = pgTable('role_setting', {
  role: text('role').primaryKey(),
  mfaRequired: boolean('mfa_required').notNull().default(false),
  version: integer('version').notNull().default(1),
});

// Server-side sessions: the cookie holds a random token, the table its SHA-256.
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    csrfSecret: text('csrf_secret').notNull(),
    mfaPassed: boolean('mfa_passed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    // Wrong current passwords given to the change-password form in this session (services/auth.ts changePassword).
    passwordFailures: integer('password_failures').notNull().default(0),
    // The account changed, or someone failed to sign in as the user, since their previous sign-in: every page says so
    // until they have seen the list on their account page (services/account-changes.ts; ASVS 2.2.3, 2.5.5).
    accountNotice: boolean('account_notice').notNull().default(false),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const apiToken = pgTable('api_token', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => appUser.id),
  tokenHash: text('token_hash').notNull().unique(),
  label: text('label').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  // Made in a session that passed a second factor (the user's own account page). A user who must use a second factor
  // can use only such tokens (ASVS 1.2.4): see services/api-tokens.ts.
  createdWithMfa: boolean('created_with_mfa').notNull().default(false),
});
