import { suppress } from '../core/disclosure/small-numbers.ts';
import { ageBand, AGE_BANDS, ethnicGroup, type Tally, tallyBy } from '../core/screening/identification.ts';
import { REFERRAL_OUTCOME_WORKING_DAYS, workingDaysBefore } from '../core/screening/schedule.ts';
import { GENDERS, labelOf } from '../core/records/vocab.ts';
import { londonDate, monthsBefore } from '../core/records/time.ts';
import type { Store } from '../db/store.ts';
import { type Clock, type Ctx, ensureAllowed } from './context.ts';

// The safeguarding lead's queues (issue 3), limited to cases the lead's agency leads or works on.
export function oversightService(store: Store, clock: Clock) {
  return {
    async leadQueues(ctx: Ctx) {
      ensureAllowed(ctx, 'lead_queue.read');
      const now = clock();
      const r = store.repos.screenings;
      const caseIds = await r.caseIdsForAgency(ctx.actor.agencyId);
      const [awaitingDecision, downgrades, noReferral, referrals, rescreens, consultations] = await Promise.all([
        r.awaitingDecision(caseIds),
        r.pendingDowngrades(caseIds),
        r.noReferralToReview(caseIds),
        r.referralsWithoutOutcome(caseIds, workingDaysBefore(now, REFERRAL_OUTCOME_WORKING_DAYS)),
        r.overdueRescreens(caseIds, londonDate(now)),
        r.openConsultations(caseIds),
      ]);
      const personIds = [
        ...awaitingDecision.map((s) => s.personId),
        ...downgrades.map((s) => s.personId),
        ...noReferral.map((x) => x.screening.personId),
        ...referrals.map((x) => x.personId),
        ...consultations.map((x) => x.consultation.personId),
        ...rescreens.map((x) => x.personId),
      ];
      const names = await store.repos.people.legalNames([...new Set(personIds)]);
      const nameOf = (id: string | undefined) => {
        const n = id ? names.get(id) : undefined;
        return n ? `${n.given} ${n.family}`.trim() : '(no name)';
      };
      return {
        awaitingDecision: awaitingDecision.map((s) => ({ screening: s, name: nameOf(s.personId) })),
        downgrades: downgrades.map((s) => ({ screening: s, name: nameOf(s.personId) })),
        noReferral: noReferral.map((x) => ({ ...x, name: nameOf(x.screening.personId) })),
        referrals: referrals.map((x) => ({ referral: x, name: nameOf(x.personId) })),
        rescreens: rescreens.map((x) => ({ ...x, name: nameOf(x.personId) })),
        consultations: consultations.map((x) => ({ ...x, name: nameOf(x.consultation.personId) })),
      };
    },

    // Children screened, at medium or above, and referred, by gender, age band and ethnic group; suppressed counts only.
    async identification(ctx: Ctx, months = 12) {
      ensureAllowed(ctx, 'identification.read');
      const since = monthsBefore(clock(), months);
      const rows = await store.repos.screenings.identification(since);
      const shown = (t: Tally[], label: (k: string) => string) =>
        t.map((x) => ({ key: x.key, label: label(x.key), screened: suppress(x.screened), mediumPlus: suppress(x.mediumPlus), referred: suppress(x.referred) }));
      const total = tallyBy(rows, () => 'all');
      return {
        months,
        total: shown(total, () => 'All children screened'),
        byGender: shown(
          tallyBy(rows, (r) => r.gender),
          (k) => labelOf(GENDERS, k),
        ),
        byAge: shown(
          tallyBy(rows, (r) => ageBand(r.age)),
          (k) => AGE_BANDS.find((b) => b.key === k)?.label ?? k,
        ),
        byEthnicity: shown(
          tallyBy(rows, (r) => ethnicGroup(r.ethnicity)),
          (k) => k,
        ),
      };
    },
  };
}
