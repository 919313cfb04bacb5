import { z } from 'zod';
import type { Config } from '../config.ts';
import { Conflict, NotFound, ValidationError } from '../core/errors.ts';
import { AGENCY_KINDS, ROLES } from '../core/records/vocab.ts';
import type { Store } from '../db/store.ts';
import { hashPassword } from './auth.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid } from './context.ts';
import { password } from './inputs/account.ts';
import { oneOf, optionalText, optionalUuid, parse, required, uuid, version } from './inputs/fields.ts';

export const UserInput = z.object({
  username: required('a username', 60)
    .transform((u) => u.toLowerCase())
    .refine((u) => /^[a-z0-9._-]+$/.test(u), 'Username can only contain letters, numbers, dots, hyphens and underscores'),
  displayName: required('the full name', 120),
  email: optionalText('an email address', 200).refine((e) => e === null || /^[^@\s]+@[^@\s]+$/.test(e), 'Enter an email address in the correct format'),
  agencyId: uuid('an agency'),
  teamId: optionalUuid(),
  role: oneOf(ROLES, 'a role'),
});
export const NewUserInput = UserInput.extend({ password });
export const EditUserInput = UserInput.omit({ username: true }).extend({
  version,
  active: z.boolean().default(true),
  password: password.optional().or(z.literal('').transform(() => undefined)),
});
export const AgencyInput = z.object({ name: required('the agency name', 200), kind: oneOf(AGENCY_KINDS, 'the kind of agency') });
export const TeamInput = z.object({ name: required('the team name', 200), agencyId: uuid('an agency') });

export function adminService(store: Store, clock: Clock, config: Pick<Config, 'signIn'>) {
  // ASVS 2.3.1: every password an administrator sets is temporary: it stops working after a short time, and signing
  // in with it leads only to the change-password page until the user has chosen their own.
  const temporaryUntil = () => new Date(clock().getTime() + config.signIn.temporaryPasswordMs);
  const audit = (ctx: Ctx, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown> = {}) =>
    auditOf(ctx, clock(), { action, subjectType, subjectId, purpose: 'administration', detail });

  async function checkTeam(agencyId: string, teamId: string | undefined) {
    if (!(await store.repos.users.agencyById(agencyId))) throw new ValidationError({ agencyId: 'Select an agency from the list' });
    if (teamId && !(await store.repos.users.teams()).some((t) => t.id === teamId && t.agencyId === agencyId))
      throw new ValidationError({ teamId: 'Select a team in the chosen agency' });
  }

  return {
    async overview(ctx: Ctx) {
      ensureAllowed(ctx, 'admin.manage');
      const [users, agencies, teams, roleSettings] = await Promise.all([
        store.repos.users.list(),
        store.repos.users.agencies(),
        store.repos.users.teams(),
        store.repos.users.roleSettings(),
      ]);
      return { users, agencies, teams, roleSettings, temporaryPasswordHours: config.signIn.temporaryPasswordMs / 3_600_000 };
    },

    async addUser(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'admin.manage');
      const input = parse(NewUserInput, raw);
      await checkTeam(input.agencyId, input.teamId);
      const passwordHash = await hashPassword(input.password);
      return store.transaction(async (repos) => {
        if (await repos.users.byUsername(input.username)) throw new ValidationError({ username: 'That username is already taken' });
        const u = await repos.users.insert({
          username: input.username,
          displayName: input.displayName,
          email: input.email,
          agencyId: input.agencyId,
          teamId: input.teamId ?? null,
          role: input.role,
          passwordHash,
          temporaryPasswordUntil: temporaryUntil(),
        });
        await repos.audit.append(audit(ctx, 'admin.user_added', 'user', u.id, { role: input.role }));
        return { id: u.id };
      });
    },

    async editUser(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'admin.manage');
      const input = parse(EditUserInput, raw);
      await checkTeam(input.agencyId, input.teamId);
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      await store.transaction(async (repos) => {
        const current = isUuid(id) ? await repos.users.byId(id) : undefined;
        if (!current) throw new NotFound('There is no user with that reference');
        const patch = {
          displayName: input.displayName,
          email: input.email,
          agencyId: input.agencyId,
          teamId: input.teamId ?? null,
          role: input.role,
          active: input.active,
          ...(passwordHash ? { passwordHash, temporaryPasswordUntil: temporaryUntil(), failedSignIns: 0, lockedUntil: null } : {}),
        };
        const updated = await repos.users.update(id, input.version, patch);
        if (!updated) throw new Conflict('Someone else changed this user after you opened it', current);
        // A role or agency change, deactivation or reset ends the user's sessions; deactivation or a reset also revokes
        // their API tokens (a returning user, or one whose password may be known to someone else, makes new ones).
        if (current.role !== input.role || current.agencyId !== input.agencyId || !input.active || passwordHash) await repos.users.deleteSessionsOf(id);
        const tokensRevoked = !input.active || passwordHash ? (await repos.users.revokeTokens(id, 'all', clock())).length : 0;
        await repos.audit.append(
          audit(ctx, 'admin.user_changed', 'user', id, {
            role: input.role,
            active: input.active,
            passwordReset: Boolean(passwordHash),
            ...(tokensRevoked ? { tokensRevoked } : {}),
          }),
        );
      });
    },

    // ASVS 2.5.7: a lost or replaced device. The administrator checks who is asking as they did when the account was
    // made; the authenticator is removed, the user's sessions end and their API tokens are revoked (the device may be in
    // someone else's hands), so the user sets up a new one at their next sign-in.
    async resetMfa(ctx: Ctx, id: string): Promise<void> {
      ensureAllowed(ctx, 'admin.manage');
      await store.transaction(async (repos) => {
        const current = isUuid(id) ? await repos.users.byId(id) : undefined;
        if (!current) throw new NotFound('There is no user with that reference');
        await repos.users.resetTotp(id);
        await repos.users.deleteSessionsOf(id);
        const tokensRevoked = (await repos.users.revokeTokens(id, 'all', clock())).length;
        await repos.audit.append(
          audit(ctx, 'admin.mfa_reset', 'user', id, { hadAuthenticator: current.totpEnabled, ...(tokensRevoked ? { tokensRevoked } : {}) }),
        );
      });
    },

    async addAgency(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'admin.manage');
      const input = parse(AgencyInput, raw);
      return store.transaction(async (repos) => {
        if ((await repos.users.agencies()).some((a) => a.name.toLowerCase() === input.name.toLowerCase()))
          throw new ValidationError({ name: 'An agency with that name already exists' });
        const a = await repos.users.insertAgency(input);
        await repos.audit.append(audit(ctx, 'admin.agency_added', 'agency', a.id));
        return { id: a.id };
      });
    },

    async addTeam(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'admin.manage');
      const input = parse(TeamInput, raw);
      if (!(await store.repos.users.agencyById(input.agencyId))) throw new ValidationError({ agencyId: 'Select an agency from the list' });
      return store.transaction(async (repos) => {
        const t = await repos.users.insertTeam(input);
        await repos.audit.append(audit(ctx, 'admin.team_added', 'team', t.id));
        return { id: t.id };
      });
    },

    async setRoleMfa(ctx: Ctx, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'admin.manage');
      const input = parse(
        z.object({
          required: z
            .array(oneOf(ROLES, 'a role'))
            .max(Object.keys(ROLES).length * 2, 'Choose each role once')
            .default([]),
        }),
        raw,
      );
      await store.transaction(async (repos) => {
        const before = new Set((await repos.users.roleSettings()).filter((s) => s.mfaRequired).map((s) => s.role));
        for (const role of Object.keys(ROLES)) await repos.users.upsertRoleSetting(role, input.required.includes(role as keyof typeof ROLES));
        // The signed-in users of a role that now requires a second factor give one at their next request: their
        // sessions were opened without it (ASVS 2.1.1 and 1.2.4, one strength for every user of the role).
        const newly = input.required.filter((role) => !before.has(role));
        const sessionsStepUp = newly.length ? await repos.users.requireMfaAgain(newly) : 0;
        await repos.audit.append(audit(ctx, 'admin.mfa_roles', 'role_setting', 'all', { required: input.required, sessionsStepUp }));
      });
    },

    // Lists for pick-lists in forms (agencies, case workers); no case data.
    async directory() {
      const [agencies, teams, workers] = await Promise.all([store.repos.users.agencies(), store.repos.users.teams(), store.repos.users.activeCaseWorkers()]);
      return { agencies, teams, workers };
    },
  };
}
