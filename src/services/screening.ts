import { NotFound, ValidationError } from '../core/errors.ts';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { type Answer, assess } from '../core/screening/assess.ts';
import { needsDecision, RISK_LEVELS, type RiskLevel } from '../core/screening/levels.ts';
import { levelInForce, overrideKind } from '../core/screening/override.ts';
import { rescreenDue } from '../core/screening/schedule.ts';
import { validateAnswers } from '../core/screening/validate.ts';
import { ageOn } from '../core/records/age.ts';
import { londonDate } from '../core/records/time.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { ScreeningRow } from '../db/repositories/screenings.ts';
import type { Repositories, Store } from '../db/store.ts';
import { addCheckedEntry } from './entry-checks.ts';
import { auditOf, type Clock, type Ctx, isUuid, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';
import { ConsultInput, AnswerConsultationInput, OverrideInput, ReviewInput, SaveScreeningInput, StartScreeningInput } from './inputs/screening.ts';
import { ensureVersion, frameworkOf, levelOf, loadScreening, requireStatus, resultOf, saved, screeningSummary } from './screening-context.ts';

type StartOptions = { age?: number | undefined; origin?: string; answers?: Answer[] };

// Starts a draft screening in a case; an existing draft is returned instead of a second one.
export async function startScreening(
  repos: Repositories,
  ctx: Ctx,
  caseId: string,
  now: Date,
  opts: StartOptions = {},
): Promise<{ id: string; created: boolean }> {
  const { audit, ...started } = await draftScreening(repos, ctx, caseId, now, opts);
  if (audit) await repos.audit.append(audit);
  return started;
}

// startScreening without the audit write: the row is returned (null when an existing draft is reused) for a caller
// with more work in its transaction to append last, since the append holds the chain's lock until the commit.
export async function draftScreening(
  repos: Repositories,
  ctx: Ctx,
  caseId: string,
  now: Date,
  opts: StartOptions = {},
): Promise<{ id: string; created: boolean; audit: AuditInput | null }> {
  const c = isUuid(caseId) ? await repos.cases.byId(caseId) : undefined;
  if (!c || c.status !== 'open') throw new NotFound('There is no open case with that reference');
  const { person, decision } = await loadPerson(repos, ctx, 'screening.write', c.personId, now);
  const existing = await repos.screenings.openDraft(caseId);
  if (existing && !opts.answers) return { id: existing.id, created: false, audit: null };
  const age = person.dateOfBirth ? ageOn(person.dateOfBirth, now) : opts.age;
  if (age === undefined) throw new ValidationError({ age: 'Enter the child’s age: their date of birth is not recorded' });
  const s = await repos.screenings.insert({
    caseId,
    personId: c.personId,
    frameworkVersion: CURRENT_FRAMEWORK.version,
    ageAtScreening: age,
    origin: opts.origin ?? 'practitioner',
    startedBy: ctx.actor.id,
    agencyId: ctx.actor.agencyId,
    startedAt: now,
  });
  if (opts.answers?.length) {
    validateAnswers(CURRENT_FRAMEWORK, opts.answers);
    await repos.screenings.replaceAnswers(s.id, opts.answers.map(answerRow));
  }
  await repos.cases.touch(caseId, now);
  const audit = auditOf(ctx, now, {
    action: 'screening.start',
    subjectType: 'screening',
    subjectId: s.id,
    personId: c.personId,
    breakGlass: decision.breakGlass,
    detail: { framework: CURRENT_FRAMEWORK.version, origin: s.origin },
  });
  return { id: s.id, created: true, audit };
}

const answerRow = (a: Answer) => ({
  code: a.code,
  status: a.status,
  when: a.status === 'present' ? (a.when ?? null) : null,
  evidence: a.status === 'present' ? (a.evidence ?? '').trim() : '',
});

const toAnswer = (r: { code: string; status: string; when: string | null; evidence: string }): Answer => ({
  code: r.code,
  status: r.status as Answer['status'],
  when: r.when as Answer['when'],
  evidence: r.evidence,
});

export function screeningService(store: Store, clock: Clock) {
  // Sets the case's level and the re-screen task after the level in force changes.
  async function applyLevel(repos: Repositories, s: ScreeningRow, level: RiskLevel, now: Date) {
    await repos.screenings.setCaseLevel(s.caseId, level, now);
    const due = rescreenDue(level, londonDate(now));
    if (due) await repos.screenings.scheduleRescreen(s.caseId, due, s.completedBy ?? s.startedBy, now);
    else await repos.screenings.closeRescreens(s.caseId);
  }

  return {
    async start(ctx: Ctx, caseId: string, raw: unknown) {
      const now = clock();
      const input = parse(StartScreeningInput, raw);
      return store.transaction((repos) => startScreening(repos, ctx, caseId, now, { age: input.age }));
    },

    // The whole screening: answers, the live or stored result, decisions, referrals and consultations.
    async get(ctx: Ctx, id: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s, person, decision } = await loadScreening(repos, ctx, 'person.read', id, now);
        const framework = frameworkOf(s);
        const answers = (await repos.screenings.answers(s.id)).map(toAnswer);
        const assessment = resultOf(s) ?? assess(framework, { age: s.ageAtScreening, answers });
        // One connection per transaction: queries run one after another.
        const decisions = await repos.screenings.decisions(s.id);
        const referrals = await repos.screenings.referrals(s.id);
        const consultations = await repos.screenings.consultations(s.id);
        const c = await repos.cases.byId(s.caseId);
        await repos.audit.append(
          auditOf(ctx, now, { action: 'screening.view', subjectType: 'screening', subjectId: s.id, personId: s.personId, breakGlass: decision.breakGlass }),
        );
        return { screening: s, person, framework, answers, assessment, decisions, referrals, consultations, case: c! };
      });
    },

    // Saves answers on a draft; with `complete`, scores it and records the result against its framework version.
    async save(ctx: Ctx, id: string, raw: unknown, complete: boolean) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s, decision } = await loadScreening(repos, ctx, 'screening.write', id, now);
        requireStatus(s, ['draft'], 'This screening is already complete. Start a new screening to record changes.');
        const input = parse(SaveScreeningInput, raw);
        ensureVersion(s, input.version);
        const framework = frameworkOf(s);
        const answers: Answer[] = input.answers.map((a) => ({ code: a.code, status: a.status, when: a.when ?? null, evidence: a.evidence ?? null }));
        validateAnswers(framework, answers, 'answers');
        let set: Partial<ScreeningRow> = {};
        if (complete) {
          const result = assess(framework, { age: s.ageAtScreening, answers });
          set = {
            status: needsDecision(result.level) ? 'awaiting_decision' : 'closed',
            completedAt: now,
            completedBy: ctx.actor.id,
            score: result.score,
            calculatedLevel: result.level,
            finalLevel: result.level,
            result,
            closedAt: needsDecision(result.level) ? null : now,
          };
        }
        // The versioned update first: it locks the screening, so concurrent saves queue here and the losers stop
        // with a Conflict before touching the answers (replacing them first let two saves collide on their keys).
        const updated = await saved(repos, await repos.screenings.update(s.id, s.version, set), s);
        await repos.screenings.replaceAnswers(s.id, answers.map(answerRow));
        if (complete) {
          await applyLevel(repos, updated, updated.finalLevel as RiskLevel, now);
          await addCheckedEntry(repos, {
            personId: s.personId,
            caseId: s.caseId,
            kind: 'screening',
            occurredAt: now,
            summary: `Screening completed: ${RISK_LEVELS[updated.finalLevel as RiskLevel]} (${updated.score ?? 0} points)`,
            detail: `Framework ${s.frameworkVersion}. ${
              resultOf(updated)
                ?.hardRules.map((h) => h.title)
                .join('. ') ?? ''
            }`.trim(),
            authorId: ctx.actor.id,
            agencyId: ctx.actor.agencyId,
            createdAt: now,
          });
        }
        await repos.cases.touch(s.caseId, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: complete ? 'screening.complete' : 'screening.save',
            subjectType: 'screening',
            subjectId: s.id,
            personId: s.personId,
            breakGlass: decision.breakGlass,
            detail: complete ? { level: updated.finalLevel, score: updated.score, framework: s.frameworkVersion } : { answered: answers.length },
          }),
        );
        return updated;
      });
    },

    // Professional judgement: raising applies now; lowering waits for a safeguarding lead (issue 3).
    async override(ctx: Ctx, id: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s, decision } = await loadScreening(repos, ctx, 'screening.write', id, now);
        requireStatus(s, ['awaiting_decision', 'closed'], 'Complete the screening before recording your judgement on the level.');
        const input = parse(OverrideInput, raw);
        ensureVersion(s, input.version);
        if (s.overrideStatus === 'pending') throw new ValidationError({ level: 'A change of level is already waiting for a safeguarding lead' });
        const current = levelOf(s)!;
        const kind = overrideKind(current, input.level);
        if (!kind) throw new ValidationError({ level: 'Select a level different from the current one' });
        const common = { overrideLevel: input.level, overrideReason: input.reason, overrideBy: ctx.actor.id, overrideAt: now };
        const set: Partial<ScreeningRow> =
          kind === 'raise'
            ? {
                ...common,
                overrideStatus: 'applied',
                finalLevel: input.level,
                ...(needsDecision(input.level) && !needsDecision(current) ? { status: 'awaiting_decision', closedAt: null } : {}),
              }
            : { ...common, overrideStatus: 'pending', overrideReviewedBy: null, overrideReviewedAt: null, overrideReviewNote: null };
        const updated = await saved(repos, await repos.screenings.update(s.id, s.version, set), s);
        if (kind === 'raise') await applyLevel(repos, updated, input.level, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: kind === 'raise' ? 'screening.level_raised' : 'screening.downgrade_requested',
            subjectType: 'screening',
            subjectId: s.id,
            personId: s.personId,
            breakGlass: decision.breakGlass,
            detail: { from: current, to: input.level },
          }),
        );
        return updated;
      });
    },

    // A safeguarding lead approves or refuses a downgrade. The person who asked cannot approve it.
    async reviewDowngrade(ctx: Ctx, id: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s } = await loadScreening(repos, ctx, 'screening.review', id, now);
        if (s.overrideStatus !== 'pending') throw new ValidationError({ outcome: 'There is no change of level waiting for review' });
        if (s.overrideBy === ctx.actor.id) throw new ValidationError({ outcome: 'Another safeguarding lead must review a change you asked for' });
        const input = parse(ReviewInput, raw);
        if (input.version !== undefined) ensureVersion(s, input.version);
        const approve = input.outcome === 'agree';
        if (!approve && !input.note) throw new ValidationError({ note: 'Say why you do not agree, so the practitioner knows what to do next' });
        const level = levelInForce(s.calculatedLevel as RiskLevel, { level: s.overrideLevel as RiskLevel, status: approve ? 'approved' : 'rejected' });
        const set: Partial<ScreeningRow> = {
          overrideStatus: approve ? 'approved' : 'rejected',
          overrideReviewedBy: ctx.actor.id,
          overrideReviewedAt: now,
          overrideReviewNote: input.note,
          finalLevel: approve ? level : s.finalLevel,
          ...(approve && !needsDecision(level) && s.status === 'awaiting_decision' ? { status: 'closed', closedAt: now } : {}),
        };
        const updated = await saved(repos, await repos.screenings.update(s.id, s.version, set), s);
        if (approve) await applyLevel(repos, updated, level, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: approve ? 'screening.downgrade_approved' : 'screening.downgrade_refused',
            subjectType: 'screening',
            subjectId: s.id,
            personId: s.personId,
            detail: { from: s.finalLevel, to: s.overrideLevel },
          }),
        );
        return updated;
      });
    },

    async consult(ctx: Ctx, id: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s, decision } = await loadScreening(repos, ctx, 'screening.write', id, now);
        const input = parse(ConsultInput, raw);
        const c = await repos.screenings.insertConsultation({
          screeningId: s.id,
          personId: s.personId,
          askedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          askedAt: now,
          question: input.question,
        });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'consultation.ask',
            subjectType: 'consultation',
            subjectId: c.id,
            personId: s.personId,
            breakGlass: decision.breakGlass,
          }),
        );
        return c;
      });
    },

    async answerConsultation(ctx: Ctx, consultationId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const c = isUuid(consultationId) ? await repos.screenings.consultationById(consultationId) : undefined;
        if (!c) throw new NotFound('There is no consultation with that reference');
        await loadPerson(repos, ctx, 'screening.review', c.personId, now);
        const input = parse(AnswerConsultationInput, raw);
        const done = await repos.screenings.answerConsultation(c.id, { answer: input.answer, answeredBy: ctx.actor.id, answeredAt: now });
        if (!done) throw new ValidationError({ answer: 'This question has already been answered' });
        await repos.audit.append(auditOf(ctx, now, { action: 'consultation.answer', subjectType: 'consultation', subjectId: c.id, personId: c.personId }));
        return { screeningId: c.screeningId };
      });
    },

    // Completed screenings for the level-over-time chart in the child's record (read within the audited record view).
    async history(ctx: Ctx, personId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        await loadPerson(repos, ctx, 'person.read', personId, now);
        const rows = await repos.screenings.forPerson(personId);
        return rows.map(screeningSummary);
      });
    },
  };
}
