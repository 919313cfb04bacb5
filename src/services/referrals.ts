import { NotFound, ValidationError } from '../core/errors.ts';
import { type ReferralContent, type ReferralTargetKey, buildReferral, nrmRoute } from '../core/screening/referral.ts';
import { CP_PLAN, ETHNICITIES, GENDERS, labelOf, LOOKED_AFTER, REFERRAL_TARGETS } from '../core/records/vocab.ts';
import type { PersonRecord } from '../db/repositories/people.ts';
import type { ScreeningRow } from '../db/repositories/screenings.ts';
import type { Repositories, Store } from '../db/store.ts';
import { addCheckedEntry } from './entry-checks.ts';
import { auditOf, type Clock, type Ctx, isUuid, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';
import { DecisionInput, ExploitationInput, OutcomeInput, ReviewInput } from './inputs/screening.ts';
import { ensureVersion, levelOf, loadScreening, requireStatus, resultOf, saved } from './screening-context.ts';

function childOf(p: PersonRecord, age: number): ReferralContent['child'] {
  const legal = p.names.find((n) => n.kind === 'legal') ?? p.names[0];
  const current = [...p.addresses].sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? ''))[0];
  return {
    name: legal ? `${legal.given} ${legal.family}`.trim() : '(no name recorded)',
    otherNames: p.names.filter((n) => n !== legal).map((n) => `${n.given} ${n.family}`.trim()),
    dateOfBirth: p.dateOfBirth,
    age,
    gender: labelOf(GENDERS, p.gender),
    ethnicity: labelOf(ETHNICITIES, p.ethnicity),
    nhsNumber: p.nhsNumber,
    postcode: current?.postcode ?? null,
    school: p.school,
    lookedAfter: labelOf(LOOKED_AFTER, p.lookedAfter),
    cpPlan: labelOf(CP_PLAN, p.cpPlan),
  };
}

export function referralsService(store: Store, clock: Clock) {
  async function makeReferral(
    repos: Repositories,
    ctx: Ctx,
    s: ScreeningRow,
    person: PersonRecord,
    target: ReferralTargetKey,
    decisionId: string,
    notes: string,
    adultConsent: 'given' | 'refused' | null,
    now: Date,
  ) {
    const assessment = resultOf(s)!;
    const c = (await repos.cases.byId(s.caseId))!;
    const me = (await repos.users.byId(ctx.actor.id))!;
    const agency = await repos.users.agencyById(ctx.actor.agencyId);
    const nrm = target === 'nrm' ? nrmRoute(s.ageAtScreening, adultConsent) : null;
    const content = buildReferral({
      target,
      child: childOf(person, s.ageAtScreening),
      referrer: { name: me.displayName, agency: agency?.name ?? '', email: me.email ?? '' },
      screeningId: s.id,
      completedAt: s.completedAt!,
      assessment,
      finalLevel: levelOf(s)!,
      override: s.overrideLevel ? { level: s.overrideLevel, reason: s.overrideReason ?? '', status: s.overrideStatus } : null,
      exploitation: { types: c.exploitationTypes, model: c.exploitationModel, setting: c.exploitationSetting, groomingStage: c.groomingStage },
      nrm,
      notes,
    });
    return repos.screenings.insertReferral({
      screeningId: s.id,
      decisionId,
      caseId: s.caseId,
      personId: s.personId,
      target,
      nrmRoute: nrm?.route ?? null,
      consent: nrm?.consent ?? null,
      content,
      createdBy: ctx.actor.id,
      agencyId: ctx.actor.agencyId,
      createdAt: now,
    });
  }

  return {
    // Closes a completed screening with referrals, or with a reason not to refer that a lead will review (issue 3).
    async decide(ctx: Ctx, screeningId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { screening: s, person, decision } = await loadScreening(repos, ctx, 'screening.write', screeningId, now);
        requireStatus(s, ['awaiting_decision', 'closed'], 'Complete the screening before deciding on a referral.');
        const input = parse(DecisionInput, raw);
        ensureVersion(s, input.version);
        const targets = [...new Set(input.targets)];
        const earlier = await repos.screenings.referralsForPerson(s.personId);
        if (targets.includes('nrm') && s.ageAtScreening < 18 && !targets.includes('social_care') && !earlier.some((r) => r.target === 'social_care'))
          throw new ValidationError({
            targets: 'For a child, refer to children’s social care as well: the child welfare form goes to the local authority first',
          });
        if (targets.includes('nrm') && s.ageAtScreening >= 18 && !input.adultConsent)
          throw new ValidationError({ adultConsent: 'Record whether the young adult consents to an NRM referral (without consent, a Duty to Notify is made)' });
        // The versioned update before any insert: it locks the screening, so a second decision made at the same time
        // stops here with a Conflict.
        const updated = await saved(repos, await repos.screenings.update(s.id, s.version, { status: 'closed', closedAt: s.closedAt ?? now }), s);
        const d = await repos.screenings.insertDecision({
          screeningId: s.id,
          kind: input.kind,
          reason: input.reason,
          decidedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          decidedAt: now,
          reviewStatus: input.kind === 'no_referral' ? 'pending' : 'not_needed',
        });
        // Social care first, so that an NRM referral for a child follows the child welfare form.
        const order: ReferralTargetKey[] = ['social_care', 'police', 'nrm'];
        const ids: string[] = [];
        if (input.kind === 'refer')
          for (const t of order.filter((o) => targets.includes(o)))
            ids.push((await makeReferral(repos, ctx, s, person, t, d.id, input.notes, input.adultConsent ?? null, now)).id);
        await addCheckedEntry(repos, {
          personId: s.personId,
          caseId: s.caseId,
          kind: 'referral',
          occurredAt: now,
          summary:
            input.kind === 'refer'
              ? `Referred to ${targets.map((t) => REFERRAL_TARGETS[t]).join(', ')}`
              : 'Decision not to refer, for the safeguarding lead to review',
          detail: input.kind === 'refer' ? input.notes : input.reason,
          authorId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        await repos.cases.touch(s.caseId, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: input.kind === 'refer' ? 'screening.referred' : 'screening.not_referred',
            subjectType: 'screening',
            subjectId: s.id,
            personId: s.personId,
            breakGlass: decision.breakGlass,
            detail: { targets: input.kind === 'refer' ? targets : [], level: s.finalLevel },
          }),
        );
        return { screening: updated, decisionId: d.id, referralIds: ids };
      });
    },

    // A lead agrees with a decision not to refer, or disagrees and the screening needs a new decision.
    async reviewNoReferral(ctx: Ctx, decisionId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const d = isUuid(decisionId) ? await repos.screenings.decisionById(decisionId) : undefined;
        if (!d) throw new NotFound('There is no decision with that reference');
        const { screening: s } = await loadScreening(repos, ctx, 'screening.review', d.screeningId, now);
        if (d.decidedBy === ctx.actor.id) throw new ValidationError({ outcome: 'Another safeguarding lead must review a decision you made' });
        const input = parse(ReviewInput, raw);
        const agree = input.outcome === 'agree';
        if (!agree && !input.note) throw new ValidationError({ note: 'Say why you disagree and what should happen now' });
        const done = await repos.screenings.reviewDecision(d.id, {
          reviewStatus: agree ? 'agreed' : 'challenged',
          reviewedBy: ctx.actor.id,
          reviewedAt: now,
          reviewNote: input.note,
        });
        if (!done) throw new ValidationError({ outcome: 'This decision has already been reviewed' });
        if (!agree) await saved(repos, await repos.screenings.update(s.id, s.version, { status: 'awaiting_decision', closedAt: null }), s);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: agree ? 'decision.review_agreed' : 'decision.review_challenged',
            subjectType: 'screening',
            subjectId: s.id,
            personId: s.personId,
          }),
        );
        return { screeningId: s.id };
      });
    },

    async get(ctx: Ctx, referralId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        const r = isUuid(referralId) ? await repos.screenings.referralById(referralId) : undefined;
        if (!r) throw new NotFound('There is no referral with that reference');
        const { decision } = await loadPerson(repos, ctx, 'person.read', r.personId, now);
        await repos.audit.append(
          auditOf(ctx, now, { action: 'referral.view', subjectType: 'referral', subjectId: r.id, personId: r.personId, breakGlass: decision.breakGlass }),
        );
        return { referral: r, content: r.content as ReferralContent };
      });
    },

    async recordOutcome(ctx: Ctx, referralId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const r = isUuid(referralId) ? await repos.screenings.referralById(referralId) : undefined;
        if (!r) throw new NotFound('There is no referral with that reference');
        const { decision } = await loadPerson(repos, ctx, 'screening.write', r.personId, now);
        const input = parse(OutcomeInput, raw);
        if (r.outcome) throw new ValidationError({ outcome: 'An outcome is already recorded for this referral' });
        const updated = await repos.screenings.recordOutcome(r.id, input.version, { outcome: input.outcome, outcomeAt: now, outcomeBy: ctx.actor.id });
        if (!updated) throw new ValidationError({ outcome: 'Someone else changed this referral: reload the page' });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'referral.outcome', subjectType: 'referral', subjectId: r.id, personId: r.personId, breakGlass: decision.breakGlass }),
        );
        return updated;
      });
    },

    // The form of exploitation, recorded on the case (issue 3).
    async setExploitation(ctx: Ctx, caseId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const c = isUuid(caseId) ? await repos.cases.byId(caseId) : undefined;
        if (!c) throw new NotFound('There is no case with that reference');
        const { decision } = await loadPerson(repos, ctx, 'screening.write', c.personId, now);
        const input = parse(ExploitationInput, raw);
        const updated = await repos.screenings.updateCaseForm(c.id, input.version, {
          exploitationTypes: [...new Set(input.types)],
          exploitationModel: input.model ?? null,
          exploitationSetting: input.setting ?? null,
          groomingStage: input.groomingStage ?? null,
          lastActivityAt: now,
        });
        if (!updated) throw new ValidationError({ types: 'Someone else changed this case: reload the page' });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'case.exploitation_recorded',
            subjectType: 'case',
            subjectId: c.id,
            personId: c.personId,
            breakGlass: decision.breakGlass,
            detail: { types: updated.exploitationTypes },
          }),
        );
        return updated;
      });
    },
  };
}
