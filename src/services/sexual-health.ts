import { ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { ageOn, isRealDate } from '../core/records/age.ts';
import { instantForDate, londonDate } from '../core/records/time.ts';
import { indicatorsFromAttendance } from '../core/screening/sexual-health.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { Store } from '../db/store.ts';
import { addCheckedEntry } from './entry-checks.ts';
import { auditOf, type Clock, type Ctx, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';
import { AttendanceInput } from './inputs/screening.ts';
import { draftScreening } from './screening.ts';

// The health-to-safeguarding bridge (issue 3; Rotherham: sexual health was never linked to safeguarding).
export function sexualHealthService(store: Store, clock: Clock) {
  return {
    prompts: () => CURRENT_FRAMEWORK.indicators.filter((i) => i.sexualHealthPrompt),

    async record(ctx: Ctx, personId: string, raw: unknown): Promise<{ attendanceId: string; screeningId: string | null }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, subject, decision } = await loadPerson(repos, ctx, 'sexual_health.record', personId, now);
        const input = parse(AttendanceInput, raw);
        if (!isRealDate(input.attendedOn)) throw new ValidationError({ attendedOn: 'The date of the attendance must be a real date' });
        if (input.attendedOn > londonDate(now)) throw new ValidationError({ attendedOn: 'The date of the attendance must be today or in the past' });
        if (person.kind !== 'child') throw new ValidationError({ attendedOn: 'This record is for children and young people under 18' });
        if (!person.dateOfBirth) throw new ValidationError({ attendedOn: 'Record the young person’s date of birth first: this form is for under-18s' });
        const age = ageOn(person.dateOfBirth, new Date(`${input.attendedOn}T12:00:00Z`));
        if (age >= 18) throw new ValidationError({ attendedOn: 'This form is for young people under 18 at the attendance' });
        if (age < 16 && input.fraserCompetent === 'not_applicable')
          throw new ValidationError({ fraserCompetent: 'Assess Fraser competence for a young person under 16' });
        const prompts = new Set(CURRENT_FRAMEWORK.indicators.filter((i) => i.sexualHealthPrompt).map((i) => i.code));
        const unknown = input.indicators.find((c) => !prompts.has(c));
        if (unknown) throw new ValidationError({ indicators: 'Select signs from the list' });
        const partnerAges = input.partnerAges ? input.partnerAges.split(',').map((s) => Number(s.trim())) : [];
        const found = indicatorsFromAttendance({ ...input, partnerAges, ageAtAttendance: age });

        const caseId = subject.cases[0]?.caseId ?? null;
        const { entry } = await addCheckedEntry(repos, {
          personId,
          caseId,
          kind: 'sexual_health_attendance',
          occurredAt: instantForDate(input.attendedOn, now),
          occurredDateOnly: true,
          summary: found.length ? `Sexual health attendance: ${found.length} sign(s) of possible exploitation` : 'Sexual health attendance',
          detail: input.professionalAnalysis,
          authorId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        const a = await repos.screenings.insertAttendance({
          personId,
          caseId,
          chronologyEntryId: entry.id,
          attendedOn: input.attendedOn,
          partnerAges: partnerAges.join(', '),
          partnerCount: input.partnerCount,
          sti: input.sti,
          pregnancy: input.pregnancy,
          emergencyContraception: input.emergencyContraception,
          fraserCompetent: input.fraserCompetent,
          indicators: found.map((f) => f.code),
          professionalAnalysis: input.professionalAnalysis,
          recordedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        const recorded = auditOf(ctx, now, {
          action: 'sexual_health.record',
          subjectType: 'sexual_health_attendance',
          subjectId: a.id,
          personId,
          breakGlass: decision.breakGlass,
          detail: { signs: found.length },
        });
        if (!found.length) {
          await repos.audit.append(recorded);
          return { attendanceId: a.id, screeningId: null };
        }
        // Any sign present starts a screening, pre-filled. With no open case, the recorder's agency opens one.
        let screeningCase = caseId;
        let opened: AuditInput | null = null;
        if (!screeningCase) {
          const c = await repos.cases.open(
            {
              personId,
              leadAgencyId: ctx.actor.agencyId,
              keyWorkerId: ctx.actor.id,
              summary: 'Opened from a sexual health attendance',
              openedAt: now,
              lastActivityAt: now,
            },
            [{ userId: ctx.actor.id, agencyId: ctx.actor.agencyId, role: 'key_worker', addedAt: now }],
          );
          screeningCase = c.id;
          opened = auditOf(ctx, now, { action: 'case.open', subjectType: 'case', subjectId: c.id, personId, detail: { origin: 'sexual_health' } });
        }
        const s = await draftScreening(repos, ctx, screeningCase, now, { origin: 'sexual_health', answers: found, age });
        await repos.screenings.linkAttendance(a.id, s.id);
        // The audit rows last (the append holds the chain's lock until the commit), in the order the steps happened.
        for (const row of [recorded, opened, s.audit]) if (row) await repos.audit.append(row);
        return { attendanceId: a.id, screeningId: s.id };
      });
    },
  };
}
