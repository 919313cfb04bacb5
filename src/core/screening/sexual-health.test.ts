import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { assess } from './assess.ts';
import { AGE_GAP_YEARS, type Attendance, indicatorsFromAttendance, MANY_PARTNERS } from './sexual-health.ts';

const attendance = (over: Partial<Attendance> = {}): Attendance => ({
  attendedOn: '2026-11-20',
  ageAtAttendance: 15,
  partnerAges: [],
  partnerCount: null,
  sti: false,
  pregnancy: false,
  emergencyContraception: false,
  indicators: [],
  professionalAnalysis: 'Quiet, would not say who she was staying with.',
  ...over,
});
const codesOf = (over: Partial<Attendance>): string[] => indicatorsFromAttendance(attendance(over)).map((a) => a.code);

describe('indicatorsFromAttendance', () => {
  it('finds nothing in an attendance with no signs', () => {
    expect(indicatorsFromAttendance(attendance())).toEqual([]);
  });

  it.each<[string, Partial<Attendance>, string]>([
    ['an STI', { sti: true }, 'sh_sti'],
    ['a pregnancy', { pregnancy: true }, 'sh_pregnancy'],
    ['emergency contraception', { emergencyContraception: true }, 'sh_emergency_contraception'],
  ])('%s at 15 gives %s alone', (_what, over, code) => {
    expect(codesOf(over)).toEqual([code]);
  });

  it.each<[number | null, boolean]>([
    [null, false],
    [0, false],
    [1, false],
    [2, false],
    [3, true],
    [7, true],
  ])('%s partners: many partners %s', (partnerCount, many) => {
    expect(MANY_PARTNERS).toBe(3);
    expect(codesOf({ partnerCount }).includes('sh_many_partners')).toBe(many);
  });

  // [child's age, partner ages, older partner flagged]. An adult partner of a child under 16, or a partner
  // AGE_GAP_YEARS (5) or more years older, is flagged.
  it.each<[number, number[], boolean]>([
    [15, [19], true], // adult partner of a child under 16
    [15, [18], true],
    [15, [17], false], // gap 2, not an adult
    [15, [16], false],
    [13, [18], true],
    [14, [16, 19], true], // any one partner is enough
    [14, [14, 15], false],
    [16, [21], true], // gap 5
    [16, [20], false], // gap 4 and the child is 16: see the report on this rule
    [16, [18], false],
    [17, [22], true], // gap 5
    [17, [21], false],
    [15, [], false],
  ])('age %i with partners aged %j: older partner %s', (ageAtAttendance, partnerAges, flagged) => {
    expect(AGE_GAP_YEARS).toBe(5);
    expect(codesOf({ ageAtAttendance, partnerAges }).includes('go_older_partner')).toBe(flagged);
  });

  // Any sexual activity with a child under 13 is rape (Sexual Offences Act 2003 s.5).
  it.each<[number, Partial<Attendance>, boolean]>([
    [12, { partnerAges: [12] }, true],
    [12, { partnerAges: [13] }, true],
    [10, { partnerAges: [11] }, true],
    [12, { sti: true }, true],
    [12, { pregnancy: true }, true],
    [12, { emergencyContraception: true }, true],
    [12, {}, false],
    [13, { partnerAges: [13] }, false],
    [13, { sti: true }, false],
  ])('age %i with %j: sexual activity %s', (ageAtAttendance, over, flagged) => {
    expect(codesOf({ ageAtAttendance, ...over }).includes('sh_sexual_activity')).toBe(flagged);
  });

  it('a 12-year-old with a 14-year-old partner gets sexual activity but not an older partner', () => {
    expect(codesOf({ ageAtAttendance: 12, partnerAges: [14] })).toEqual(['sh_sexual_activity']);
  });

  it('keeps the codes the clinician ticked, without repeats, sorted', () => {
    expect(codesOf({ indicators: ['sh_sti', 'ad_alcohol', 'am_missing'], sti: true, partnerCount: 4 })).toEqual([
      'ad_alcohol',
      'am_missing',
      'sh_many_partners',
      'sh_sti',
    ]);
  });

  it('marks each sign present and current, with the date and the professional analysis as evidence', () => {
    const found = indicatorsFromAttendance(attendance({ sti: true, partnerAges: [24], professionalAnalysis: 'Older partner collects her from school.' }));
    expect(found).toHaveLength(2);
    for (const a of found) {
      expect(a.status).toBe('present');
      expect(a.when).toBe('current');
      expect(a.evidence).toContain('2026-11-20');
      expect(a.evidence).toContain('Older partner collects her from school.');
    }
  });

  it('keeps evidence within the 4000 characters a screening accepts', () => {
    const [a] = indicatorsFromAttendance(attendance({ sti: true, professionalAnalysis: 'x'.repeat(5000) }));
    expect(a?.evidence).toHaveLength(4000);
    expect(a?.evidence).toContain('2026-11-20');
  });

  it('what it finds for a 12-year-old makes a screening high with referrals to the police and social care now', () => {
    const answers = indicatorsFromAttendance(attendance({ ageAtAttendance: 12, partnerAges: [12] }));
    const result = assess(CURRENT_FRAMEWORK, { age: 12, answers });
    expect(result.level).toBe('high');
    expect(result.hardRules.map((h) => h.id)).toContain('under_13_sexual_activity');
    expect(result.requiredActions.map((r) => r.code)).toEqual(expect.arrayContaining(['refer_police_now', 'refer_social_care_now']));
  });

  it('every code it can add is in the current framework', () => {
    const all = codesOf({ ageAtAttendance: 12, sti: true, pregnancy: true, emergencyContraception: true, partnerCount: 5, partnerAges: [30] });
    const known = CURRENT_FRAMEWORK.indicators.map((i) => i.code);
    for (const c of all) expect(known, c).toContain(c);
    expect(all).toHaveLength(6);
  });
});

describe('under-13 partners counted but ages not recorded', () => {
  it('still records sexual activity for a 12-year-old with one partner and no ages', () => {
    const codes = indicatorsFromAttendance({
      attendedOn: '2026-11-01',
      ageAtAttendance: 12,
      partnerAges: [],
      partnerCount: 1,
      sti: false,
      pregnancy: false,
      emergencyContraception: false,
      indicators: [],
      professionalAnalysis: 'Said there is one partner; would not give an age.',
    }).map((a) => a.code);
    expect(codes).toContain('sh_sexual_activity');
  });
});
