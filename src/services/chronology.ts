import { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { instantForDate, londonDate } from '../core/records/time.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, loadPerson } from './context.ts';
import { addCheckedEntry } from './entry-checks.ts';
import { recordLiveDecisions } from './notes.ts';
import { ChronologyFilter, ChronologyInput, DATE_ONLY, NOTE_DECISIONS_UNREADABLE } from './inputs/chronology.ts';
import { parse, parseWhen } from './inputs/fields.ts';

// The entry's input; any problem in the live decisions (nested paths such as "noteDecisions.0.reason") is one error on
// the field, so that the form can say it once and start the decisions again.
function parseEntry(raw: unknown): z.infer<typeof ChronologyInput> {
  try {
    return parse(ChronologyInput, raw);
  } catch (e) {
    if (!(e instanceof ValidationError) || !Object.keys(e.fields).some((k) => k.startsWith('noteDecisions'))) throw e;
    const fields = Object.fromEntries(Object.entries(e.fields).filter(([k]) => !k.startsWith('noteDecisions')));
    throw new ValidationError({ ...fields, noteDecisions: NOTE_DECISIONS_UNREADABLE });
  }
}

export function chronologyService(store: Store, clock: Clock) {
  return {
    // Today's London date: the latest a new entry may be dated (the editor's date field and live check use it).
    today: (): string => londonDate(clock()),

    // Adds an entry and records what the language checker and indicator spotter find in it (never blocks saving).
    async add(ctx: Ctx, personId: string, raw: unknown): Promise<{ id: string; findings: number }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { subject, decision } = await loadPerson(repos, ctx, 'chronology.add', personId, now);
        const input = parseEntry(raw);
        const dateOnly = DATE_ONLY.test(input.occurredAt);
        const at = dateOnly ? null : parseWhen(input.occurredAt)!;
        const future = at ? at.getTime() > now.getTime() + 60_000 : input.occurredAt > londonDate(now);
        if (future) throw new ValidationError({ occurredAt: 'When it happened must be today or in the past' });
        const occurredAt = at ?? instantForDate(input.occurredAt, now);
        const caseId = input.caseId ?? subject.cases[0]?.caseId ?? null;
        if (input.caseId && !subject.cases.some((c) => c.caseId === input.caseId)) throw new ValidationError({ caseId: 'Select an open case for this child' });
        const checked = await addCheckedEntry(repos, {
          personId,
          caseId,
          kind: input.kind,
          occurredAt,
          occurredDateOnly: dateOnly,
          summary: input.summary,
          detail: input.detail,
          authorId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        const { entry: e, findings, teamId } = checked;
        if (caseId) await repos.cases.touch(caseId, now);
        const live = await recordLiveDecisions(repos, e, findings, input.noteDecisions, { decidedBy: ctx.actor.id, decidedAt: now, teamId });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'chronology.add',
            subjectType: 'chronology_entry',
            subjectId: e.id,
            personId,
            breakGlass: decision.breakGlass,
            // The wording decided as it was typed: counts only (the findings hold the words and reasons).
            detail: { kind: input.kind, ...(live.reworded + live.dismissed + live.quoted > 0 ? { liveDecisions: live } : {}) },
          }),
        );
        const toReview = findings.filter((f) => (f.kind === 'language' && f.status === 'open') || (f.kind === 'indicator' && !f.negated && !f.hypothetical));
        return { id: e.id, findings: toReview.length };
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
