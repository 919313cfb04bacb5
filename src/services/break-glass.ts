import { z } from 'zod';
import { NotFound, ValidationError } from '../core/errors.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, personSubject } from './context.ts';
import { parse, required, trimmed } from './inputs/fields.ts';
import { can } from '../core/policy/index.ts';

// Break-glass: time-limited access outside the case team, with a typed reason, flagged to the
// safeguarding lead (NHS Care Identity Service "legitimate relationship" override model).
export const BREAK_GLASS_HOURS = 4;

export const BreakGlassInput = z.object({
  reason: required('the reason you need to see this record now', 1000).refine((r) => r.length >= 15, 'Explain the reason in at least 15 characters'),
});

export function breakGlassService(store: Store, clock: Clock) {
  return {
    // The form is offered only for a record that exists (it shows nothing of it): an unknown id is a 404, as elsewhere.
    async precheck(ctx: Ctx, personId: string): Promise<void> {
      ensureAllowed(ctx, 'person.break_glass');
      const p = isUuid(personId) ? await store.repos.people.get(personId) : undefined;
      if (!p) throw new NotFound('There is no record with that reference');
    },

    async grant(ctx: Ctx, personId: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'person.break_glass');
      const { reason } = parse(BreakGlassInput, raw);
      const now = clock();
      await store.transaction(async (repos) => {
        const p = isUuid(personId) ? await repos.people.get(personId) : undefined;
        if (!p) throw new NotFound('There is no record with that reference');
        const subject = await personSubject(repos, ctx, p, now);
        if (can(ctx.actor, 'person.read', subject).allowed) throw new ValidationError({ reason: 'You already have access to this record' });
        const bg = await repos.cases.insertBreakGlass({
          userId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          personId,
          reason,
          grantedAt: now,
          expiresAt: new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000),
        });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'person.break_glass',
            subjectType: 'person',
            subjectId: personId,
            personId,
            breakGlass: true,
            purpose: 'break-glass',
            detail: { breakGlassId: bg.id },
          }),
        );
      });
    },

    async alerts(ctx: Ctx) {
      ensureAllowed(ctx, 'break_glass.review');
      const rows = await store.repos.cases.breakGlassToReview();
      const [users, agencies] = await Promise.all([store.repos.users.list(), store.repos.users.agencies()]);
      const u = new Map(users.map((x) => [x.id, x.displayName]));
      const a = new Map(agencies.map((x) => [x.id, x.name]));
      return rows.map((r) => ({ ...r, userName: u.get(r.userId) ?? '', agencyName: a.get(r.agencyId) ?? '' }));
    },

    async review(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'break_glass.review');
      const { note } = parse(z.object({ note: trimmed('a review note', 1000).default('') }), raw);
      const now = clock();
      await store.transaction(async (repos) => {
        const bg = isUuid(id) ? await repos.cases.breakGlassById(id) : undefined;
        if (!bg) throw new NotFound('There is no break-glass alert with that reference');
        const done = await repos.cases.reviewBreakGlass(id, ctx.actor.id, now, note);
        if (!done.length) throw new ValidationError({ note: 'This alert has already been reviewed' });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'break_glass.reviewed', subjectType: 'break_glass', subjectId: id, personId: bg.personId, purpose: 'oversight' }),
        );
      });
    },
  };
}
