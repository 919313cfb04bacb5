import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, ValidationError } from '../../src/core/errors.ts';
import { CURRENT_FRAMEWORK } from '../../src/core/indicators/index.ts';
import { verifyAuditChain } from '../../src/services/audit.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
}, 60_000);
afterAll(async () => ifSet(t)?.close());

const present = (code: string, evidence = `Seen by the key worker: ${code}`) => ({ code, status: 'present', when: 'current', evidence });
const countyLines = [present('am_missing'), present('go_carrying_drugs'), present('am_moved_by_others')];

async function newChildCase(over: Record<string, unknown> = {}) {
  const kw = world.ctxOf('home.practitioner');
  const child = await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Synthetic', family: 'Child' }], nhsNumber: '', ...over }));
  const kase = await services.cases.open(kw, child.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  return { child, kase, kw };
}

async function completed(answers: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  const { child, kase, kw } = await newChildCase(over);
  const { id } = await services.screening.start(kw, kase.id, {});
  const s = await services.screening.save(kw, id, { version: 1, answers }, true);
  return { child, kase, kw, id, s };
}

describe('screening a child', () => {
  it('scores a boy with county lines signs as high, explains why, and records the framework version', async () => {
    const { id, kw, kase } = await completed(countyLines);
    const view = await services.screening.get(kw, id);
    expect(view.screening.frameworkVersion).toBe(CURRENT_FRAMEWORK.version);
    expect(view.screening.status).toBe('awaiting_decision');
    expect(view.assessment.level).toBe('high');
    expect(view.assessment.hardRules.map((h) => h.id)).toContain('moved_by_others');
    expect(view.assessment.reasons.map((r) => r.code).sort()).toEqual(['am_missing', 'am_moved_by_others', 'go_carrying_drugs']);
    expect(view.assessment.requiredActions.map((a) => a.code)).toEqual(expect.arrayContaining(['decision', 'offer_nrm_child']));
    const c = await t.store.repos.cases.byId(kase.id);
    expect(c?.riskLevel).toBe('high');
    const tasks = await t.store.repos.cases.openTasks([kase.id]);
    expect(tasks.filter((x) => x.kind === 'rescreen').map((x) => x.dueOn)).toEqual(['2027-02-28']);
    const timeline = await t.store.repos.chronology.list(view.screening.personId, { kind: 'screening' });
    expect(timeline.map((e) => e.summary)).toEqual(['Screening completed: High (11 points)']);
  });

  it('keeps the stored explanation even if the framework data changes later', async () => {
    const { id, kw } = await completed([present('fa_domestic_abuse')]);
    await t.db.execute(sql`update screening set framework_version = 'retired' where id = ${id}`).catch(() => undefined);
    const view = await services.screening.get(kw, id).catch((e: unknown) => e);
    // An unknown framework is refused rather than re-scored with the wrong rules.
    expect((view as Error).message).toMatch(/framework/);
    await t.db.execute(sql`update screening set framework_version = ${CURRENT_FRAMEWORK.version} where id = ${id}`);
    const ok = await services.screening.get(kw, id);
    expect(ok.assessment.reasons[0]?.evidence).toMatch(/fa_domestic_abuse/);
  });

  it('refuses a present sign without evidence and saves nothing', async () => {
    const { kase, kw } = await newChildCase();
    const { id } = await services.screening.start(kw, kase.id, {});
    const err = await services.screening
      .save(kw, id, { version: 1, answers: [{ code: 'am_missing', status: 'present', when: 'current', evidence: '' }] }, true)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toHaveProperty('answers.0.evidence');
    expect(await t.store.repos.screenings.answers(id)).toEqual([]);
    expect((await t.store.repos.screenings.byId(id))?.status).toBe('draft');
  });

  it('refuses a stale save with a conflict', async () => {
    const { kase, kw } = await newChildCase();
    const { id } = await services.screening.start(kw, kase.id, {});
    await services.screening.save(kw, id, { version: 1, answers: [present('fa_in_care')] }, false);
    await expect(services.screening.save(kw, id, { version: 1, answers: [] }, false)).rejects.toBeInstanceOf(Conflict);
  });

  it('does not let someone outside the case team start or read a screening', async () => {
    const { kase, kw } = await newChildCase();
    const { id } = await services.screening.start(kw, kase.id, {});
    await expect(services.screening.start(world.ctxOf('other.practitioner'), kase.id, {})).rejects.toBeInstanceOf(Forbidden);
    await expect(services.screening.get(world.ctxOf('other.practitioner'), id)).rejects.toBeInstanceOf(Forbidden);
    await expect(services.screening.get(world.ctxOf('home.analyst'), id)).rejects.toBeInstanceOf(Forbidden);
  });

  it('closes a screening with no signs at once, with no re-screen', async () => {
    const { s, kase } = await completed([{ code: 'am_missing', status: 'absent' }]);
    expect(s.status).toBe('closed');
    expect(s.finalLevel).toBe('none');
    expect((await t.store.repos.cases.openTasks([kase.id])).filter((x) => x.kind === 'rescreen')).toEqual([]);
  });
});

describe('decisions and referrals', () => {
  it('generates referrals with the evidence; for a child the NRM needs social care first', async () => {
    const { id, kw } = await completed(countyLines);
    const nrmOnly = await services.referrals.decide(kw, id, { version: 2, kind: 'refer', targets: ['nrm'] }).catch((e: unknown) => e);
    expect((nrmOnly as ValidationError).fields).toHaveProperty('targets');
    const r = await services.referrals.decide(kw, id, { version: 2, kind: 'refer', targets: ['nrm', 'police', 'social_care'] });
    expect(r.screening.status).toBe('closed');
    expect(r.referralIds).toHaveLength(3);
    const first = await services.referrals.get(kw, r.referralIds[0]!);
    expect(first.content.target).toBe('social_care');
    const nrm = await services.referrals.get(kw, r.referralIds[2]!);
    expect(nrm.content.nrm).toEqual({ route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true });
    expect(nrm.content.screening.reasons.map((x) => x.evidence).join(' ')).toMatch(/go_carrying_drugs/);
    expect(nrm.content.child.name).toBe('Synthetic Child');
  });

  it('sends a decision not to refer to a lead, who can send it back', async () => {
    const { id, kw } = await completed(countyLines);
    const short = await services.referrals.decide(kw, id, { version: 2, kind: 'no_referral', reason: 'no' }).catch((e: unknown) => e);
    expect((short as ValidationError).fields).toHaveProperty('reason');
    const d = await services.referrals.decide(kw, id, {
      version: 2,
      kind: 'no_referral',
      reason: 'Already known to the exploitation team, who are visiting today.',
    });
    const queues = await services.oversight.leadQueues(world.ctxOf('home.safeguarding_lead'));
    expect(queues.noReferral.map((x) => x.decision.id)).toContain(d.decisionId);
    await expect(services.referrals.reviewNoReferral(world.ctxOf('home.practitioner'), d.decisionId, { outcome: 'agree' })).rejects.toBeInstanceOf(Forbidden);
    await services.referrals.reviewNoReferral(world.ctxOf('home.safeguarding_lead'), d.decisionId, { outcome: 'disagree', note: 'Refer to MASH today.' });
    expect((await t.store.repos.screenings.byId(id))?.status).toBe('awaiting_decision');
  });

  it('shows referrals without an outcome after 5 working days to the lead, and records outcomes', async () => {
    const { id, kw } = await completed(countyLines);
    const r = await services.referrals.decide(kw, id, { version: 2, kind: 'refer', targets: ['social_care'] });
    const lead = world.ctxOf('home.safeguarding_lead');
    expect((await services.oversight.leadQueues(lead)).referrals.map((x) => x.referral.id)).not.toContain(r.referralIds[0]);
    clock.advance(8 * 86_400_000);
    expect((await services.oversight.leadQueues(lead)).referrals.map((x) => x.referral.id)).toContain(r.referralIds[0]);
    await services.referrals.recordOutcome(kw, r.referralIds[0]!, { version: 1, outcome: 'Accepted by MASH; strategy discussion held.' });
    expect((await services.oversight.leadQueues(lead)).referrals.map((x) => x.referral.id)).not.toContain(r.referralIds[0]);
  });
});

describe('professional judgement', () => {
  it('applies a raise at once, with the reason', async () => {
    const { id, kw, kase } = await completed([present('fa_in_care')]);
    const s = await services.screening.override(kw, id, { version: 2, level: 'medium', reason: 'Seen twice with unknown adults in a car this week.' });
    expect(s.finalLevel).toBe('medium');
    expect(s.status).toBe('awaiting_decision');
    expect((await t.store.repos.cases.byId(kase.id))?.riskLevel).toBe('medium');
  });

  it('holds a downgrade until another safeguarding lead approves it', async () => {
    const { id, kw, kase } = await completed(countyLines);
    const s = await services.screening.override(kw, id, {
      version: 2,
      level: 'medium',
      reason: 'Moved to a placement out of area; no contact with the adults since.',
    });
    expect(s.finalLevel).toBe('high');
    expect(s.overrideStatus).toBe('pending');
    const lead = world.ctxOf('home.safeguarding_lead');
    expect((await services.oversight.leadQueues(lead)).downgrades.map((x) => x.screening.id)).toContain(id);
    await expect(services.screening.reviewDowngrade(kw, id, { outcome: 'agree' })).rejects.toBeInstanceOf(Forbidden);
    const approved = await services.screening.reviewDowngrade(lead, id, { outcome: 'agree' });
    expect(approved.finalLevel).toBe('medium');
    expect((await t.store.repos.cases.byId(kase.id))?.riskLevel).toBe('medium');
  });
});

describe('sexual health attendance', () => {
  it('requires a professional analysis and saves nothing without it', async () => {
    const { child, kw } = await newChildCase();
    const before = await t.store.repos.chronology.list(child.id, {});
    const err = await services.sexualHealth
      .record(kw, child.id, { attendedOn: '2026-11-20', fraserCompetent: 'yes', sti: true, professionalAnalysis: '' })
      .catch((e: unknown) => e);
    expect((err as ValidationError).fields).toHaveProperty('professionalAnalysis');
    expect(await t.store.repos.chronology.list(child.id, {})).toHaveLength(before.length);
  });

  it('refuses an attendance date that is not on the calendar, and saves nothing', async () => {
    const { child, kw } = await newChildCase();
    const before = await t.store.repos.chronology.list(child.id, {});
    for (const attendedOn of ['2026-13-45', '0000-01-01', '2026-02-29']) {
      const err = await services.sexualHealth
        .record(kw, child.id, { attendedOn, fraserCompetent: 'yes', sti: true, professionalAnalysis: 'A synthetic professional analysis.' })
        .catch((e: unknown) => e);
      expect((err as ValidationError).fields['attendedOn']).toMatch(/real date/);
    }
    expect(await t.store.repos.chronology.list(child.id, {})).toHaveLength(before.length);
  });

  it('starts a screening pre-filled from the attendance when a sign is present, its entry checked as it is written', async () => {
    const { child, kw } = await newChildCase();
    const labels = async () =>
      (await services.notes.languageReport(world.ctxOf('home.safeguarding_lead')))
        .filter((x) => x.category === 'adult_centred_label')
        .reduce((n, x) => n + x.n, 0);
    const before = await labels();
    const r = await services.sexualHealth.record(kw, child.id, {
      attendedOn: '2026-11-20',
      partnerAges: '22',
      partnerCount: '1',
      sti: true,
      fraserCompetent: 'yes',
      indicators: ['rg_unexplained_gifts'],
      professionalAnalysis: 'Partner described as 22 and called her older boyfriend; new phone and clothes with no explanation. Worried about grooming.',
    });
    expect(r.screeningId).not.toBeNull();
    const view = await services.screening.get(kw, r.screeningId!);
    expect(view.screening.origin).toBe('sexual_health');
    expect(view.answers.map((a) => a.code).sort()).toEqual(['go_older_partner', 'rg_unexplained_gifts', 'sh_sti']);
    const entries = await t.store.repos.chronology.list(child.id, { kind: 'sexual_health_attendance' });
    expect(entries).toHaveLength(1);
    // Checked as it was written, as a saved note is, before anyone opens it: the lead's language report counts it.
    expect(entries[0]!.checkedAt).toEqual(entries[0]!.createdAt);
    const findings = await t.store.repos.notes.forEntry(entries[0]!.id);
    expect(findings.filter((f) => f.kind === 'language').map((f) => [f.ref, f.createdAt])).toEqual([['older_boyfriend', entries[0]!.createdAt]]);
    expect(await labels()).toBe(before + 1);
  });

  it('opens a case when the child has none, so that the screening has a home', async () => {
    const kw = world.ctxOf('home.practitioner');
    const child = await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Uncased', family: 'Child' }], nhsNumber: '' }));
    const r = await services.sexualHealth.record(kw, child.id, {
      attendedOn: '2026-11-21',
      fraserCompetent: 'yes',
      emergencyContraception: 'yes',
      professionalAnalysis: 'Emergency contraception requested; would not say who the partner is.',
    });
    expect(r.screeningId).not.toBeNull();
    expect(await t.store.repos.cases.forPerson(child.id)).toHaveLength(1);
  });
});

describe('oversight', () => {
  it('answers a consultation inside the record', async () => {
    const { id, kw } = await completed([present('fa_in_care')]);
    const c = await services.screening.consult(kw, id, { question: 'Is this enough to refer?' });
    const lead = world.ctxOf('home.safeguarding_lead');
    expect((await services.oversight.leadQueues(lead)).consultations.map((x) => x.consultation.id)).toContain(c.id);
    await services.screening.answerConsultation(lead, c.id, { answer: 'Yes: refer to MASH and re-screen in a month.' });
    const view = await services.screening.get(kw, id);
    expect(view.consultations[0]?.answer).toMatch(/refer to MASH/);
  });

  it('reports identification by gender with small numbers suppressed', async () => {
    const report = await services.oversight.identification(world.ctxOf('home.analyst'));
    const boys = report.byGender.find((r) => r.key === 'male');
    expect(boys?.screened).toMatch(/^(\*|\d+)$/);
    expect(report.total[0]?.screened).not.toBe('0');
    await expect(services.oversight.identification(world.ctxOf('home.practitioner'))).rejects.toBeInstanceOf(Forbidden);
  });

  it('keeps the audit chain whole after all of this', async () => {
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });
});
