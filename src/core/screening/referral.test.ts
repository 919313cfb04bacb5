import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { type Answer, assess } from './assess.ts';
import type { RiskLevel } from './levels.ts';
import { buildReferral, nrmRoute, type ReferralContent, type ReferralTargetKey } from './referral.ts';

describe('nrmRoute', () => {
  it.each<[number, 'given' | 'refused' | null, NonNullable<ReferralContent['nrm']>]>([
    [15, null, { route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true }],
    [15, 'refused', { route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true }],
    [0, null, { route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true }],
    [17, 'given', { route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true }],
    [18, 'given', { route: 'nrm', consent: 'given', childWelfareFormFirst: false }],
    [19, 'given', { route: 'nrm', consent: 'given', childWelfareFormFirst: false }],
    [19, 'refused', { route: 'duty_to_notify', consent: 'refused', childWelfareFormFirst: false }],
    [25, 'refused', { route: 'duty_to_notify', consent: 'refused', childWelfareFormFirst: false }],
  ])('age %i, adult consent %s', (age, consent, expected) => {
    expect(nrmRoute(age, consent)).toEqual(expected);
  });

  it('an adult with no recorded consent goes to a Duty to Notify', () => {
    const r = nrmRoute(19, null);
    expect(r.route).toBe('duty_to_notify');
    expect(r.childWelfareFormFirst).toBe(false);
  });

  it('a child is never routed to a Duty to Notify, whatever the consent', () => {
    for (const age of [0, 12, 16, 17]) for (const c of ['given', 'refused', null] as const) expect(nrmRoute(age, c).route).toBe('nrm');
  });
});

describe('buildReferral', () => {
  const yes = (code: string, evidence: string): Answer => ({ code, status: 'present', when: 'current', evidence });
  const child: ReferralContent['child'] = {
    name: 'Test Child',
    otherNames: ['TC'],
    dateOfBirth: '2011-03-04',
    age: 15,
    gender: 'male',
    ethnicity: 'white_british',
    nhsNumber: null,
    postcode: 'ZZ99 9ZZ',
    school: 'Test Academy',
    lookedAfter: 'no',
    cpPlan: 'no',
  };
  const referrer = { name: 'A Nurse', agency: 'Test Health Trust', email: 'nurse@example.test' };
  const exploitation = { types: ['county_lines'], model: 'organised_network', setting: 'offline', groomingStage: null };
  const completedAt = new Date('2026-11-20T14:30:00.000Z');

  const make = (
    assessment: ReturnType<typeof assess>,
    target: ReferralTargetKey,
    finalLevel: RiskLevel,
    override: ReferralContent['screening']['override'] = null,
  ) =>
    buildReferral({
      target,
      child,
      referrer,
      screeningId: 'scr-1',
      completedAt,
      assessment,
      finalLevel,
      override,
      exploitation,
      nrm: target === 'nrm' ? nrmRoute(child.age, null) : null,
      notes: 'Discussed with the safeguarding lead.',
    });

  const countyLines = assess(CURRENT_FRAMEWORK, {
    age: 15,
    answers: [
      yes('am_missing', 'Missing four times since September'),
      yes('go_carrying_drugs', 'Arrested with drugs 60 miles from home'),
      yes('am_moved_by_others', 'Train tickets bought by an adult'),
    ],
  });

  it('keeps the reasons, the hard rules with their sources and the required actions of the screening', () => {
    const r = make(countyLines, 'police', 'high');
    expect(r.screening.reasons).toEqual(countyLines.reasons);
    expect(r.screening.hardRules).toEqual(countyLines.hardRules);
    expect(r.screening.hardRules.find((h) => h.id === 'moved_by_others')?.source.title).toContain('Modern Slavery Act 2015');
    expect(r.screening.requiredActions).toEqual(countyLines.requiredActions);
    expect(r.screening.reasons.map((x) => x.evidence)).toEqual(
      expect.arrayContaining(['Missing four times since September', 'Arrested with drugs 60 miles from home', 'Train tickets bought by an adult']),
    );
  });

  it('carries the screening’s identity, framework, time and score, and the referral’s people and notes', () => {
    const r = make(countyLines, 'social_care', 'high');
    expect(r.screening).toMatchObject({
      id: 'scr-1',
      framework: CURRENT_FRAMEWORK.version,
      completedAt: '2026-11-20T14:30:00.000Z',
      score: countyLines.score,
      calculatedLevel: 'high',
      level: 'high',
      londonCategory: 'Category 3 (high)',
      override: null,
    });
    expect(r.child).toEqual(child);
    expect(r.referrer).toEqual(referrer);
    expect(r.exploitation).toEqual(exploitation);
    expect(r.notes).toBe('Discussed with the safeguarding lead.');
    expect(r.nrm).toBeNull();
  });

  it('shows the level in force after a raise beside the calculated one', () => {
    const low = assess(CURRENT_FRAMEWORK, { age: 14, answers: [yes('fa_in_care', 'Looked after since 2024')] });
    expect(low.level).toBe('low');
    const override = { level: 'medium', reason: 'Seen with older men outside school', status: 'applied' };
    const r = make(low, 'social_care', 'medium', override);
    expect(r.screening.calculatedLevel).toBe('low');
    expect(r.screening.level).toBe('medium');
    expect(r.screening.londonCategory).toBe('Category 2 (medium)');
    expect(r.screening.londonMeaning).toMatch(/coercion and control is likely/);
    expect(r.screening.override).toEqual(override);
  });

  it.each<[ReferralTargetKey, RegExp]>([
    ['social_care', /social care/],
    ['police', /police/],
    ['nrm', /National Referral Mechanism/],
  ])('a %s referral has its own title', (target, title) => {
    const r = make(countyLines, target, 'high');
    expect(r.target).toBe(target);
    expect(r.title).toMatch(title);
  });

  it('an NRM referral for a child carries the child route', () => {
    expect(make(countyLines, 'nrm', 'high').nrm).toEqual({ route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true });
  });
});
