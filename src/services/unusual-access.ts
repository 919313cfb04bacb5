import { z } from 'zod';
import {
  addDays,
  countsNeededFrom,
  type FlaggedDay,
  type TokenRefusalDay,
  UNUSUAL_ACCESS,
  unusualAccess,
  unusualTokenDays,
} from '../core/audit/unusual-access.ts';
import { Forbidden, ValidationError } from '../core/errors.ts';
import { can } from '../core/policy/index.ts';
import { isRealDate } from '../core/records/age.ts';
import { londonDate } from '../core/records/time.ts';
import { ROLES } from '../core/records/vocab.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed } from './context.ts';
import { optionalUuid, parse } from './inputs/fields.ts';

// Unusual access to records (insider browsing): the user-days that stand out from the audit trail, for an auditor (every
// agency) or a safeguarding lead (their own agency's users). Counts and reasons only: no child, no record, no event.

/** The window shown when none is chosen: the last 14 days, today included. */
export const DEFAULT_WINDOW_DAYS = 14;
/** The longest window: a quarter. Each day also needs the 28 days before it, so a query reads at most 120 days. */
export const MAX_WINDOW_DAYS = 92;

// No audit trail is older than Lantern: a day before 2000 is a typing slip.
const realDay = (s: string): boolean => isRealDate(s) && s >= '2000-01-01';

// A day as 'YYYY-MM-DD'; an empty box is no choice (the form sends it empty).
const day = (label: string) =>
  z
    .string({ error: `Enter ${label} as a date, for example 2026-11-15` })
    .trim()
    .refine((s) => s === '' || realDay(s), `Enter ${label} as a real date, for example 2026-11-15`)
    .optional()
    .transform((s) => s || undefined);

export const UnusualAccessQuery = z.object({
  from: day('the first day'),
  to: day('the last day'),
  agency: optionalUuid('an agency from the list'),
});

export type UnusualAccessRow = FlaggedDay & { userName: string; agencyName: string; role: string };

export type UnusualAccessReport = {
  from: string;
  to: string;
  /** The agency whose users are shown, or null for every agency. */
  agencyId: string | null;
  agencyName: string | null;
  rows: UnusualAccessRow[];
  /**
   * Days with many API calls refused for a wrong, revoked or expired token. Such a call names no user and no agency, so
   * only the report for every agency shows them; null in a report for one agency.
   */
  tokenDays: TokenRefusalDay[] | null;
  /** Whether the reader may open a user's whole audit trail (auditors). */
  canSeeTrails: boolean;
};

export type UnusualAccessForm = {
  today: string;
  defaults: { from: string; to: string };
  /** Agencies the reader may choose from (auditors); empty for a lead, who sees their own agency only. */
  agencies: { id: string; name: string }[];
  ownAgencyName: string | null;
  thresholds: typeof UNUSUAL_ACCESS;
};

export function unusualAccessService(store: Store, clock: Clock) {
  const defaultsFor = (today: string) => ({ from: addDays(today, -(DEFAULT_WINDOW_DAYS - 1)), to: today });

  // The window asked for, checked against today: a zod shape first, then the rules between the two days.
  function windowOf(q: z.infer<typeof UnusualAccessQuery>, today: string): { from: string; to: string } {
    const to = q.to ?? today;
    const from = q.from ?? addDays(to, -(DEFAULT_WINDOW_DAYS - 1));
    if (to > today) throw new ValidationError({ to: 'The last day must be today or in the past' });
    if (from > to) throw new ValidationError({ from: 'The first day must be the same as or before the last day' });
    if (from < addDays(to, -(MAX_WINDOW_DAYS - 1))) throw new ValidationError({ from: `Choose a period of ${MAX_WINDOW_DAYS} days or fewer` });
    return { from, to };
  }

  return {
    /** What the form offers, without reading the trail (shown again beside a 400). */
    async form(ctx: Ctx): Promise<UnusualAccessForm> {
      ensureAllowed(ctx, 'unusual_access.open');
      const today = londonDate(clock());
      const agencies = await store.repos.users.agencies();
      const everyAgency = can(ctx.actor, 'unusual_access.read', { kind: 'agency', agencyId: null }).allowed;
      return {
        today,
        defaults: defaultsFor(today),
        agencies: everyAgency ? agencies.map((a) => ({ id: a.id, name: a.name })) : [],
        ownAgencyName: agencies.find((a) => a.id === ctx.actor.agencyId)?.name ?? null,
        thresholds: UNUSUAL_ACCESS,
      };
    },

    /** The flagged user-days for the window asked for. Reading it is itself audited (purpose 'security'). */
    async report(ctx: Ctx, raw: unknown): Promise<UnusualAccessReport> {
      ensureAllowed(ctx, 'unusual_access.open');
      const now = clock();
      const q = parse(UnusualAccessQuery, raw);
      // An auditor sees every agency unless they choose one; a lead sees their own agency, and only that.
      const agencyId = q.agency ?? (can(ctx.actor, 'unusual_access.read', { kind: 'agency', agencyId: null }).allowed ? null : ctx.actor.agencyId);
      const decision = can(ctx.actor, 'unusual_access.read', { kind: 'agency', agencyId });
      if (!decision.allowed) throw new Forbidden(decision.reason);
      const { from, to } = windowOf(q, londonDate(now));
      return store.transaction(async (repos) => {
        const agencies = await repos.users.agencies();
        const agency = agencyId ? agencies.find((a) => a.id === agencyId) : undefined;
        if (agencyId && !agency) throw new ValidationError({ agency: 'Select an agency from the list' });
        const counts = await repos.audit.dailyAccess({ fromDay: countsNeededFrom(from), toDay: to, agencyId });
        const flagged = unusualAccess(counts, { from, to });
        const tokenDays = agencyId ? null : unusualTokenDays(await repos.audit.dailyTokenRefusals({ fromDay: from, toDay: to }), { from, to });
        const users = new Map((await repos.users.list()).map((u) => [u.id, u]));
        const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
        const rows = flagged.map((f) => {
          const u = users.get(f.userId);
          return {
            ...f,
            userName: u?.displayName ?? 'Unknown user',
            agencyName: (u && agencyName.get(u.agencyId)) ?? '',
            role: u ? ((ROLES as Record<string, string | undefined>)[u.role] ?? u.role) : '',
          };
        });
        // The audit row is the last statement (docs/ARCHITECTURE.md: it holds the chain's lock until the commit).
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'unusual_access.view',
            subjectType: 'agency',
            subjectId: agencyId,
            purpose: 'security',
            detail: { from, to, flagged: rows.length, ...(tokenDays ? { tokenDays: tokenDays.length } : {}) },
          }),
        );
        return {
          from,
          to,
          agencyId,
          agencyName: agency?.name ?? null,
          rows,
          tokenDays,
          canSeeTrails: can(ctx.actor, 'audit.read_all').allowed,
        };
      });
    },
  };
}
