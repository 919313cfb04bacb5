import type { Answer } from './assess.ts';

// A sexual health attendance for an under-18, after Spotting the Signs (BASHH and Brook, 2014; shared/SOURCES.md 2a).
export type Attendance = {
  attendedOn: string;
  ageAtAttendance: number;
  partnerAges: number[];
  partnerCount: number | null;
  sti: boolean;
  pregnancy: boolean;
  emergencyContraception: boolean;
  indicators: string[]; // codes the clinician ticked
  professionalAnalysis: string;
};

// Partners 5 or more years older, or any adult partner of a child under 16, are a warning sign of grooming
// (Spotting the Signs asks the age of partner(s) for this reason).
export const AGE_GAP_YEARS = 5;
// Several partners in a short time is a Spotting the Signs prompt; 3 or more in the last 3 months is our threshold.
export const MANY_PARTNERS = 3;

// What the attendance tells the screening: ticked indicators plus those implied by the structured fields.
export function indicatorsFromAttendance(a: Attendance): Answer[] {
  const codes = new Set(a.indicators);
  if (a.sti) codes.add('sh_sti');
  if (a.pregnancy) codes.add('sh_pregnancy');
  if (a.emergencyContraception) codes.add('sh_emergency_contraception');
  if (a.partnerCount !== null && a.partnerCount >= MANY_PARTNERS) codes.add('sh_many_partners');
  if (a.partnerAges.some((p) => p - a.ageAtAttendance >= AGE_GAP_YEARS || (p >= 18 && a.ageAtAttendance < 16))) codes.add('go_older_partner');
  if (a.ageAtAttendance < 13 && (a.partnerAges.length > 0 || (a.partnerCount ?? 0) > 0 || a.sti || a.pregnancy || a.emergencyContraception))
    codes.add('sh_sexual_activity');
  const evidence = `Sexual health attendance on ${a.attendedOn}. Professional analysis: ${a.professionalAnalysis}`.slice(0, 4000);
  return [...codes].sort().map((code) => ({ code, status: 'present', when: 'current', evidence }));
}
