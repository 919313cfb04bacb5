import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, notLike, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { agency, apiToken, appUser, oidcLogin, roleSetting, session, team } from '../schema/index.ts';

export type UserRow = typeof appUser.$inferSelect;
export type AgencyRow = typeof agency.$inferSelect;
export type TeamRow = typeof team.$inferSelect;

// Active users who work cases: the people a case page may name (the staff directory and the names on a record).
export const activeCaseWorker = and(eq(appUser.active, true), sql`${appUser.role} in ('practitioner','safeguarding_lead','mase_coordinator')`)!;

export function usersRepository(db: Db) {
  return {
    byUsername: async (username: string) => (await db.select().from(appUser).where(eq(appUser.username, username)))[0],
    byId: async (id: string) => (await db.select().from(appUser).where(eq(appUser.id, id)))[0],
    byOidcIdentity: async (issuer: string, subject: string) =>
      (
        await db
          .select()
          .from(appUser)
          .where(and(eq(appUser.oidcIssuer, issuer), eq(appUser.oidcSubject, subject)))
      )[0],
    list: () => db.select().from(appUser).orderBy(asc(appUser.displayName)),
    listByAgency: (agencyId: string) =>
      db
        .select()
        .from(appUser)
        .where(and(eq(appUser.agencyId, agencyId), eq(appUser.active, true)))
        .orderBy(asc(appUser.displayName)),
    activeCaseWorkers: () =>
      db
        .select({ id: appUser.id, displayName: appUser.displayName, agencyId: appUser.agencyId, role: appUser.role })
        .from(appUser)
        .where(activeCaseWorker)
        .orderBy(asc(appUser.displayName)),
    // Display names of the case workers among `ids` (as activeCaseWorkers, for the people one page mentions).
    caseWorkerNames: async (ids: string[]) =>
      ids.length
        ? db
            .select({ id: appUser.id, displayName: appUser.displayName })
            .from(appUser)
            .where(and(inArray(appUser.id, ids), activeCaseWorker))
        : [],
    insert: async (row: typeof appUser.$inferInsert) => (await db.insert(appUser).values(row).returning())[0]!,
    // Compare-and-set on version: returns undefined when someone else saved first.
    update: async (id: string, version: number, patch: Partial<typeof appUser.$inferInsert>) =>
      (
        await db
          .update(appUser)
          .set({ ...patch, version: version + 1 })
          .where(and(eq(appUser.id, id), eq(appUser.version, version)))
          .returning()
      )[0],
    recordFailure: async (id: string, failures: number, lockedUntil: Date | null) =>
      db.update(appUser).set({ failedSignIns: failures, lockedUntil }).where(eq(appUser.id, id)),
    // Takes a TOTP time step for the user: false when it (or a later one) was already used.
    useTotpStep: async (id: string, step: number) =>
      (
        await db
          .update(appUser)
          .set({ totpLastStep: step })
          .where(and(eq(appUser.id, id), or(isNull(appUser.totpLastStep), lt(appUser.totpLastStep, step))))
          .returning({ id: appUser.id })
      ).length === 1,
    setTotp: async (id: string, secret: string | null, enabled: boolean) =>
      db.update(appUser).set({ totpSecret: secret, totpEnabled: enabled }).where(eq(appUser.id, id)),
    // Turns on the authenticator being set up, leaving its stored secret as it is (`lantern secrets seal` may have
    // sealed it since it was read).
    enableTotp: async (id: string) => db.update(appUser).set({ totpEnabled: true }).where(eq(appUser.id, id)),
    // Takes one of the account's `limit` sign-in tries for a one-time code before the code is checked (so that parallel
    // requests cannot all be checked): the failures counted with this one, or null while the account is locked or its
    // tries are used up.
    takeSignInTry: async (id: string, now: Date, limit: number) =>
      (
        await db
          .update(appUser)
          .set({ failedSignIns: sql`${appUser.failedSignIns} + 1` })
          .where(and(eq(appUser.id, id), lt(appUser.failedSignIns, limit), or(isNull(appUser.lockedUntil), lte(appUser.lockedUntil, now))))
          .returning({ n: appUser.failedSignIns })
      )[0]?.n ?? null,
    // Locks an account whose tries are used up but which is not locked yet (a request that took the last try is
    // still checking its code, or stopped before it could lock).
    lockAtLimit: (id: string, limit: number, now: Date, lockedUntil: Date) =>
      db
        .update(appUser)
        .set({ failedSignIns: 0, lockedUntil })
        .where(and(eq(appUser.id, id), sql`${appUser.failedSignIns} >= ${limit}`, or(isNull(appUser.lockedUntil), lte(appUser.lockedUntil, now)))),
    // A new authenticator being set up beside the one in use (ASVS 2.5.7).
    setPendingTotp: (id: string, secret: string, at: Date) =>
      db.update(appUser).set({ totpPendingSecret: secret, totpPendingAt: at }).where(eq(appUser.id, id)),
    // The pending authenticator replaces the current one, if it is still the one the user confirmed a code from: false otherwise.
    replaceTotp: async (id: string, pendingSecret: string, step: number) =>
      (
        await db
          .update(appUser)
          .set({ totpSecret: pendingSecret, totpEnabled: true, totpLastStep: step, totpPendingSecret: null, totpPendingAt: null })
          .where(and(eq(appUser.id, id), eq(appUser.totpEnabled, true), eq(appUser.totpPendingSecret, pendingSecret)))
          .returning({ id: appUser.id })
      ).length === 1,
    // Users with a second-factor secret stored before sealing (no `sealedPrefix`), locked until the transaction ends so
    // that a secret set up meanwhile is not overwritten with the old one.
    unsealedSecrets: (sealedPrefix: string) =>
      db
        .select({ id: appUser.id, totpSecret: appUser.totpSecret, totpPendingSecret: appUser.totpPendingSecret })
        .from(appUser)
        .where(
          or(
            and(isNotNull(appUser.totpSecret), notLike(appUser.totpSecret, `${sealedPrefix}%`)),
            and(isNotNull(appUser.totpPendingSecret), notLike(appUser.totpPendingSecret, `${sealedPrefix}%`)),
          ),
        )
        .orderBy(asc(appUser.id))
        .for('update'),
    // One secret already sealed (any user's), to check that a key is the one it was sealed with.
    aSealedSecret: async (sealedPrefix: string) =>
      (
        await db
          .select({ id: appUser.id, stored: appUser.totpSecret })
          .from(appUser)
          .where(sql`${appUser.totpSecret} like ${`${sealedPrefix}%`}`)
          .limit(1)
      )[0],
    resealSecrets: (id: string, secrets: { totpSecret: string | null; totpPendingSecret: string | null }) =>
      db.update(appUser).set(secrets).where(eq(appUser.id, id)),
    // An administrator's reset for a lost authenticator: the user sets one up again at their next sign-in.
    resetTotp: (id: string) =>
      db
        .update(appUser)
        .set({ totpSecret: null, totpEnabled: false, totpLastStep: null, totpPendingSecret: null, totpPendingAt: null })
        .where(eq(appUser.id, id)),

    agencies: () => db.select().from(agency).orderBy(asc(agency.name)),
    agencyById: async (id: string) => (await db.select().from(agency).where(eq(agency.id, id)))[0],
    insertAgency: async (row: typeof agency.$inferInsert) => (await db.insert(agency).values(row).returning())[0]!,
    updateAgency: async (id: string, version: number, patch: Partial<typeof agency.$inferInsert>) =>
      (
        await db
          .update(agency)
          .set({ ...patch, version: version + 1 })
          .where(and(eq(agency.id, id), eq(agency.version, version)))
          .returning()
      )[0],
    teams: () => db.select().from(team).orderBy(asc(team.name)),
    insertTeam: async (row: typeof team.$inferInsert) => (await db.insert(team).values(row).returning())[0]!,

    roleSettings: () => db.select().from(roleSetting),
    roleSetting: async (role: string) => (await db.select().from(roleSetting).where(eq(roleSetting.role, role)))[0],
    upsertRoleSetting: (role: string, mfaRequired: boolean) =>
      db
        .insert(roleSetting)
        .values({ role, mfaRequired })
        .onConflictDoUpdate({ target: roleSetting.role, set: { mfaRequired, version: sql`${roleSetting.version} + 1` } }),

    insertSession: (row: typeof session.$inferInsert) => db.insert(session).values(row),
    // Every request's session check in one query: the session, its user and whether the user's role requires a second factor.
    sessionWithUser: async (tokenHash: string) =>
      (
        await db
          .select({ session, user: appUser, roleMfaRequired: sql<boolean>`coalesce(${roleSetting.mfaRequired}, false)` })
          .from(session)
          .innerJoin(appUser, eq(appUser.id, session.userId))
          .leftJoin(roleSetting, eq(roleSetting.role, appUser.role))
          .where(eq(session.tokenHash, tokenHash))
      )[0],
    touchSession: (tokenHash: string, at: Date) => db.update(session).set({ lastSeenAt: at }).where(eq(session.tokenHash, tokenHash)),
    clearAccountNotice: (tokenHash: string) => db.update(session).set({ accountNotice: false }).where(eq(session.tokenHash, tokenHash)),
    // Sessions of the users of these roles must pass the second factor (again) before their next page: the number asked.
    requireMfaAgain: async (roles: string[]) =>
      (
        await db
          .update(session)
          .set({ mfaPassed: false })
          .where(and(eq(session.mfaPassed, true), inArray(session.userId, db.select({ id: appUser.id }).from(appUser).where(inArray(appUser.role, roles)))))
          .returning({ t: session.tokenHash })
      ).length,
    passMfa: (tokenHash: string) => db.update(session).set({ mfaPassed: true }).where(eq(session.tokenHash, tokenHash)),
    deleteSession: (tokenHash: string) => db.delete(session).where(eq(session.tokenHash, tokenHash)),
    deleteSessionsOf: (userId: string) => db.delete(session).where(eq(session.userId, userId)),
    deleteOtherSessionsOf: (userId: string, keepTokenHash: string) =>
      db.delete(session).where(and(eq(session.userId, userId), ne(session.tokenHash, keepTokenHash))),
    // A user's sessions, newest first, for their account page (the caller leaves out the timed-out ones).
    sessionsOf: (userId: string) =>
      db
        .select({ tokenHash: session.tokenHash, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, mfaPassed: session.mfaPassed })
        .from(session)
        .where(eq(session.userId, userId))
        .orderBy(desc(session.lastSeenAt)),
    // Takes one of the session's `limit` tries at the current password on the change form, before the password is
    // checked (so that parallel requests cannot all be checked): the tries used with this one, or null when the session
    // is gone or has none left.
    takePasswordTry: async (tokenHash: string, limit: number) =>
      (
        await db
          .update(session)
          .set({ passwordFailures: sql`${session.passwordFailures} + 1` })
          .where(and(eq(session.tokenHash, tokenHash), lt(session.passwordFailures, limit)))
          .returning({ n: session.passwordFailures })
      )[0]?.n ?? null,
    // After the current password was confirmed: the session is locked for the change (gone: false) and its tries at the
    // password start again.
    holdSessionForChange: async (tokenHash: string) =>
      (await db.update(session).set({ passwordFailures: 0 }).where(eq(session.tokenHash, tokenHash)).returning({ t: session.tokenHash })).length > 0,
    // The user's own choice: no longer a temporary password (ASVS 2.3.1).
    setPassword: (id: string, passwordHash: string) =>
      db.update(appUser).set({ passwordHash, temporaryPasswordUntil: null, failedSignIns: 0, lockedUntil: null }).where(eq(appUser.id, id)),
    purgeSessions: (idleBefore: Date, createdBefore: Date) =>
      db.delete(session).where(or(lt(session.lastSeenAt, idleBefore), lt(session.createdAt, createdBefore))),

    // OpenID Connect sign-ins in progress: taking one deletes it, so a state can complete a sign-in once at most.
    insertOidcLogin: (row: typeof oidcLogin.$inferInsert) => db.insert(oidcLogin).values(row),
    takeOidcLogin: async (stateHash: string) => (await db.delete(oidcLogin).where(eq(oidcLogin.stateHash, stateHash)).returning())[0],
    purgeOidcLogins: (createdBefore: Date) => db.delete(oidcLogin).where(lt(oidcLogin.createdAt, createdBefore)),

    insertToken: async (row: typeof apiToken.$inferInsert) => (await db.insert(apiToken).values(row).returning())[0]!,
    tokensOf: (userId: string) =>
      db
        .select({
          id: apiToken.id,
          label: apiToken.label,
          createdAt: apiToken.createdAt,
          expiresAt: apiToken.expiresAt,
          revokedAt: apiToken.revokedAt,
          createdWithMfa: apiToken.createdWithMfa,
        })
        .from(apiToken)
        .where(eq(apiToken.userId, userId))
        .orderBy(asc(apiToken.createdAt)),
    // The ids revoked now; a token already revoked keeps the time it was first revoked.
    revokeTokens: async (userId: string, ids: string[] | 'all', at: Date) =>
      await db
        .update(apiToken)
        .set({ revokedAt: at })
        .where(and(eq(apiToken.userId, userId), isNull(apiToken.revokedAt), ids === 'all' ? undefined : inArray(apiToken.id, ids)))
        .returning({ id: apiToken.id, label: apiToken.label }),
    // Every API request's token check in one query: the live token, its user and whether the user's role requires a
    // second factor (services/api-tokens.ts).
    activeTokenWithUser: async (tokenHash: string, now: Date) =>
      (
        await db
          .select({
            createdWithMfa: apiToken.createdWithMfa,
            user: appUser,
            roleMfaRequired: sql<boolean>`coalesce(${roleSetting.mfaRequired}, false)`,
          })
          .from(apiToken)
          .innerJoin(appUser, eq(appUser.id, apiToken.userId))
          .leftJoin(roleSetting, eq(roleSetting.role, appUser.role))
          .where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt), or(isNull(apiToken.expiresAt), gt(apiToken.expiresAt, now))))
      )[0],
  };
}
