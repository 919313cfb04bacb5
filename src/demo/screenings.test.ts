import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../core/indicators/index.ts';
import { assess } from '../core/screening/assess.ts';
import { LEVEL_ORDER, needsDecision, rank } from '../core/screening/levels.ts';
import { rescreenDue, workingDaysBefore } from '../core/screening/schedule.ts';
import { ageOn } from './dates.ts';
import { generateDemo } from './generate.ts';
import type { DemoCase, DemoScreening } from './types.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const data = generateDemo(20261128, NOW);
const completed = data.screenings.filter((s) => s.status !== 'draft');
const cases = new Map(data.cases.map((c) => [c.id, c]));
const persons = new Map(data.persons.map((p) => [p.id, p]));
const userOf = (username: string) => data.users.find((u) => u.username === username)!;
const caseOf = (s: { caseId: string }): DemoCase => cases.get(s.caseId)!;
const byCase = new Map<string, DemoScreening[]>();
for (const s of completed) byCase.set(s.caseId, [...(byCase.get(s.caseId) ?? []), s]);
const latestOf = (caseId: string) => byCase.get(caseId)?.at(-1);

// Victim-blaming language (DOMAIN.md: the Rotherham failures) never appears in screening text.
const BANNED = /promiscu|prostitut|\bchose to\b|\bchoosing to\b|lifestyle|put(ting|s)?\s+(her|him|them)sel(f|ves)\s+at\s+risk|boyfriend|girlfriend|consented/i;

// The lead's queues follow the lead's agency (screening repository caseIdsForAgency).
const leadSees = (c: DemoCase) => c.leadAgencyId === userOf('lead').agencyId || c.members.some((m) => m.agencyId === userOf('lead').agencyId);
const practitionerOn = (c: DemoCase) => c.members.some((m) => m.userId === userOf('practitioner').id);

describe('demo screenings', () => {
  it('scores every completed screening with the real assess()', () => {
    expect(completed.length).toBeGreaterThan(100);
    for (const s of completed) {
      const again = assess(CURRENT_FRAMEWORK, { age: s.ageAtScreening, answers: s.answers });
      expect(s.result, s.id).toEqual(again);
      expect(s.calculatedLevel).toBe(again.level);
      expect(s.score).toBe(again.score);
      expect(s.frameworkVersion).toBe(CURRENT_FRAMEWORK.version);
      expect(s.ageAtScreening).toBe(ageOn(persons.get(s.personId)!.dateOfBirth, new Date(s.startedAt)));
    }
  });

  it('has screenings at every level, and latest levels at every level', () => {
    for (const level of LEVEL_ORDER) {
      expect(
        completed.some((s) => s.calculatedLevel === level),
        level,
      ).toBe(true);
      expect(
        [...byCase.keys()].some((id) => latestOf(id)?.finalLevel === level),
        level,
      ).toBe(true);
    }
  });

  it('has history: several children with 2 to 5 screenings, with levels that change over time', () => {
    const multi = [...byCase.values()].filter((l) => l.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(20);
    for (const l of byCase.values()) expect(l.length).toBeLessThanOrEqual(5);
    const changing = multi.filter((l) => new Set(l.map((s) => s.calculatedLevel)).size > 1);
    const rising = changing.filter((l) => rank(l.at(-1)!.calculatedLevel!) > rank(l[0]!.calculatedLevel!));
    const falling = changing.filter((l) => rank(l.at(-1)!.calculatedLevel!) < rank(l[0]!.calculatedLevel!));
    expect(rising.length).toBeGreaterThan(3);
    expect(falling.length).toBeGreaterThan(3);
    const earliest = Math.min(...completed.map((s) => new Date(s.startedAt).getTime()));
    expect(NOW.getTime() - earliest).toBeGreaterThan(300 * 86_400_000);
    for (const s of completed) {
      expect(s.startedAt >= caseOf(s).openedAt && s.completedAt! <= NOW.toISOString(), s.id).toBe(true);
      expect(caseOf(s).members.some((m) => m.userId === s.startedById)).toBe(true);
    }
  });

  it('screens 40-60% of cases, boys as well as girls', () => {
    const share = byCase.size / data.cases.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
    const children = new Set(completed.map((s) => s.personId));
    const boys = [...children].filter((id) => persons.get(id)?.gender === 'male').length / children.size;
    expect(boys).toBeGreaterThan(0.3);
    expect(boys).toBeLessThan(0.5);
  });

  it('writes short, child-centred evidence for every indicator present', () => {
    for (const s of completed)
      for (const a of s.answers) {
        if (a.status !== 'present') continue;
        expect(a.when).toBeTruthy();
        expect(a.evidence?.trim().length, `${s.id} ${a.code}`).toBeGreaterThan(10);
        expect(a.evidence!.length).toBeLessThanOrEqual(4000);
        expect(a.evidence, a.code).not.toMatch(BANNED);
        expect(a.evidence).not.toMatch(/[{}]|undefined/);
      }
    const texts = [
      ...data.decisions.map((d) => `${d.reason} ${d.reviewNote ?? ''}`),
      ...data.screenings.map((s) => s.override?.reason ?? ''),
      ...data.consultations.map((c) => `${c.question} ${c.answer ?? ''}`),
      ...data.referrals.map((r) => `${r.notes} ${r.outcome ?? ''}`),
      ...data.sexualHealthAttendances.map((a) => a.professionalAnalysis),
    ];
    for (const t of texts) expect(t).not.toMatch(BANNED);
  });

  it('closes a screening at medium or above only with a decision, and refers to the right places', () => {
    const decisions = new Map(data.decisions.map((d) => [d.screeningId, d]));
    for (const s of completed) {
      const d = decisions.get(s.id);
      if (!needsDecision(s.finalLevel!)) expect(d, s.id).toBeUndefined();
      else if (s.status === 'closed') expect(d, s.id).toBeDefined();
      else expect(s.status).toBe('awaiting_decision');
    }
    for (const d of data.decisions) {
      const refs = data.referrals.filter((r) => r.decisionId === d.id);
      if (d.kind === 'refer') expect(refs.length).toBeGreaterThan(0);
      else expect(d.reason.length).toBeGreaterThanOrEqual(20);
      // NRM for a child: children's social care first (the child welfare form goes to the local authority).
      if (refs.some((r) => r.target === 'nrm')) {
        expect(refs.some((r) => r.target === 'social_care')).toBe(true);
        expect(refs.find((r) => r.target === 'nrm')?.childWelfareFormSentOn).toBeTruthy();
      }
    }
  });

  it('includes a boy at high on county-lines indicators, referred to social care, police and the NRM', () => {
    const boys = data.decisions.filter((d) => {
      const s = completed.find((x) => x.id === d.screeningId)!;
      const targets = new Set(data.referrals.filter((r) => r.decisionId === d.id).map((r) => r.target));
      return (
        persons.get(s.personId)?.gender === 'male' &&
        s.finalLevel === 'high' &&
        s.result?.tags.includes('county_lines') &&
        ['social_care', 'police', 'nrm'].every((t) => targets.has(t as 'nrm'))
      );
    });
    expect(boys.length).toBeGreaterThan(0);
  });

  it('fills every lead queue on cases the lead’s agency works on, several on the practitioner’s caseload', () => {
    const awaiting = completed.filter((s) => s.status === 'awaiting_decision');
    expect(awaiting.some((s) => s.finalLevel === 'medium' && leadSees(caseOf(s)) && practitionerOn(caseOf(s)))).toBe(true);

    const pending = data.decisions.filter((d) => d.kind === 'no_referral' && d.reviewStatus === 'pending');
    expect(pending).toHaveLength(1);
    expect(leadSees(caseOf(completed.find((s) => s.id === pending[0]!.screeningId)!))).toBe(true);
    expect(pending[0]!.decidedById).not.toBe(userOf('lead').id);

    const downgrades = completed.filter((s) => s.override?.status === 'pending');
    expect(downgrades).toHaveLength(1);
    const d = downgrades[0]!;
    expect(rank(d.override!.level)).toBeLessThan(rank(d.calculatedLevel!));
    expect(d.finalLevel).toBe(d.calculatedLevel);
    expect(d.override!.reason.length).toBeGreaterThan(20);
    expect(leadSees(caseOf(d))).toBe(true);

    const raised = completed.filter((s) => s.override?.status === 'applied');
    expect(raised.length).toBeGreaterThan(0);
    for (const s of raised) {
      expect(rank(s.override!.level)).toBeGreaterThan(rank(s.calculatedLevel!));
      expect(s.finalLevel).toBe(s.override!.level);
    }

    const stale = workingDaysBefore(NOW, 5).toISOString();
    const late = data.referrals.filter((r) => !r.outcome && r.createdAt < stale);
    expect(late.length).toBeGreaterThan(0);
    expect(late.some((r) => leadSees(caseOf(r)))).toBe(true);
    expect(data.referrals.filter((r) => r.outcome && r.outcomeAt && r.outcomeById).length).toBeGreaterThan(20);
    for (const r of data.referrals) if (r.outcomeAt) expect(r.outcomeAt > r.createdAt && r.outcomeAt <= NOW.toISOString()).toBe(true);

    const open = data.consultations.filter((c) => !c.answeredAt);
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((c) => leadSees(caseOf(completed.find((s) => s.id === c.screeningId)!)))).toBe(true);

    const mine = [...awaiting, ...downgrades, ...raised].filter((s) => practitionerOn(caseOf(s)));
    expect(mine.length).toBeGreaterThanOrEqual(3);
  });

  it('starts a screening from a sexual health attendance, with its chronology entry', () => {
    expect(data.sexualHealthAttendances.length).toBeGreaterThan(0);
    for (const a of data.sexualHealthAttendances) {
      const s = completed.find((x) => x.id === a.screeningId)!;
      expect(s.origin).toBe('sexual_health');
      expect(s.caseId).toBe(a.caseId);
      expect(s.personId).toBe(a.personId);
      const entry = data.chronology.find((e) => e.id === a.chronologyEntryId)!;
      expect(entry.kind).toBe('sexual_health_attendance');
      expect(entry.caseId).toBe(a.caseId);
      expect(a.indicators.length).toBeGreaterThan(0);
      for (const code of a.indicators) expect(s.answers.some((x) => x.code === code && x.status === 'present')).toBe(true);
      expect(ageOn(persons.get(a.personId)!.dateOfBirth, new Date(`${a.attendedOn}T12:00:00Z`))).toBeLessThan(18);
    }
  });

  it('sets a re-screen task 3 months after the latest screening at low or above, some overdue', () => {
    const rescreens = data.tasks.filter((t) => t.kind === 'rescreen');
    for (const [caseId, list] of byCase) {
      const last = list.at(-1)!;
      const due = rescreenDue(last.finalLevel!, last.completedAt!.slice(0, 10));
      const tasks = rescreens.filter((t) => t.caseId === caseId);
      expect(tasks.map((t) => t.dueOn)).toEqual(due ? [due] : []);
    }
    const today = NOW.toISOString().slice(0, 10);
    const overdue = rescreens.filter((t) => t.dueOn < today);
    expect(overdue.length).toBeGreaterThan(3);
    expect(overdue.length).toBeLessThan(rescreens.length / 2);
    expect(overdue.some((t) => leadSees(cases.get(t.caseId)!))).toBe(true);
  });

  it('sets the case level to the latest level in force, and the form of exploitation from the indicators', () => {
    const forms = new Map(data.caseForms.map((f) => [f.caseId, f]));
    expect(forms.size).toBe(byCase.size);
    for (const [caseId, list] of byCase) {
      const form = forms.get(caseId)!;
      expect(form.riskLevel).toBe(list.at(-1)!.finalLevel);
      const tags = new Set(list.flatMap((s) => s.result?.tags ?? []));
      for (const t of form.exploitationTypes) {
        if (t === 'cse' || t === 'cce' || t === 'county_lines') expect(tags.has(t), `${caseId} ${t}`).toBe(true);
        if (t === 'trafficking_sexual') expect(tags.has('trafficking')).toBe(true);
      }
    }
    const withForm = data.caseForms.filter((f) => f.exploitationTypes.length > 0);
    expect(withForm.length).toBeGreaterThan(20);
    expect(withForm.some((f) => f.exploitationTypes.includes('county_lines') && f.exploitationModel === 'network')).toBe(true);
    expect(withForm.some((f) => f.exploitationTypes.includes('cse') && f.groomingStage)).toBe(true);
  });

  it('dates everything in the past', () => {
    const now = NOW.toISOString();
    const stamps = [
      ...data.screenings.flatMap((s) => [s.startedAt, s.completedAt, s.closedAt, s.override?.at, s.override?.reviewedAt]),
      ...data.decisions.flatMap((d) => [d.decidedAt, d.reviewedAt]),
      ...data.referrals.flatMap((r) => [r.createdAt, r.outcomeAt]),
      ...data.consultations.flatMap((c) => [c.askedAt, c.answeredAt]),
      ...data.sexualHealthAttendances.map((a) => a.createdAt),
    ].filter((x): x is string => typeof x === 'string');
    for (const s of stamps) expect(s <= now, s).toBe(true);
    for (const s of completed) expect(s.completedAt! >= s.startedAt).toBe(true);
  });

  it('keeps referential links and unique ids', () => {
    const screeningIds = new Set(data.screenings.map((s) => s.id));
    const decisionIds = new Set(data.decisions.map((d) => d.id));
    for (const d of data.decisions) expect(screeningIds.has(d.screeningId)).toBe(true);
    for (const r of data.referrals) expect(decisionIds.has(r.decisionId) && screeningIds.has(r.screeningId)).toBe(true);
    for (const c of data.consultations) expect(screeningIds.has(c.screeningId)).toBe(true);
    const ids = [
      ...data.screenings.map((s) => s.id),
      ...data.decisions.map((d) => d.id),
      ...data.referrals.map((r) => r.id),
      ...data.consultations.map((c) => c.id),
      ...data.sexualHealthAttendances.map((a) => a.id),
      ...data.chronology.map((e) => e.id),
      ...data.tasks.map((t) => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of data.screenings) expect(new Set(s.answers.map((a) => a.code)).size).toBe(s.answers.length);
  });
});
