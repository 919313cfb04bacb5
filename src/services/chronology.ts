import { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { isRealDate } from '../core/records/age.ts';
import { instantForDate, londonDate } from '../core/records/time.ts';
import { CHRONOLOGY_KINDS } from '../core/records/vocab.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, loadPerson } from './context.ts';
import { oneOf, optionalUuid, parse, required, trimmed } from './inputs/fields.ts';

export const ChronologyInput = z.object({
  kind: oneOf(CHRONOLOGY_KINDS, 'the type of entry'),
  occurredAt: z
    .string({ error: 'Enter when it happened' })
    .trim()
    .min(1, 'Enter when it happened')
    .refine((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? isRealDate(v) : !Number.isNaN(new Date(v).getTime())), 'When it happened must be a real date'),
  summary: required('a summary', 200),
  detail: trimmed('the detail', 10_000).default(''),
  caseId: optionalUuid(),
});

export const ChronologyFilter = z.object({
  kind: z
    .enum(Object.keys(CHRONOLOGY_KINDS) as [string, ...string[]])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  agencyId: optionalUuid(),
});

export function chronologyService(store: Store, clock: Clock) {
  return {
    async add(ctx: Ctx, personId: string, raw: unknown): Promise<{ id: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { subject, decision } = await loadPerson(repos, ctx, 'chronology.add', personId, now);
        const input = parse(ChronologyInput, raw);
        const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(input.occurredAt);
        const future = dateOnly ? input.occurredAt > londonDate(now) : new Date(input.occurredAt).getTime() > now.getTime() + 60_000;
        if (future) throw new ValidationError({ occurredAt: 'When it happened must be today or in the past' });
        const occurredAt = dateOnly ? instantForDate(input.occurredAt, now) : new Date(input.occurredAt);
        const caseId = input.caseId ?? subject.cases[0]?.caseId ?? null;
        if (input.caseId && !subject.cases.some((c) => c.caseId === input.caseId)) throw new ValidationError({ caseId: 'Select an open case for this child' });
        const e = await repos.chronology.add({
          personId,
          caseId,
          kind: input.kind,
          occurredAt,
          summary: input.summary,
          detail: input.detail,
          authorId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        if (caseId) await repos.cases.touch(caseId, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'chronology.add',
            subjectType: 'chronology_entry',
            subjectId: e.id,
            personId,
            breakGlass: decision.breakGlass,
            detail: { kind: input.kind },
          }),
        );
        return { id: e.id };
      });
    },

    // Read as part of the record view, which is itself audited.
    async list(ctx: Ctx, personId: string, rawFilter: unknown) {
      const filter = parse(ChronologyFilter, rawFilter);
      const now = clock();
      return store.transaction(async (repos) => {
        await loadPerson(repos, ctx, 'person.read', personId, now);
        return repos.chronology.list(personId, filter);
      });
    },
  };
}
