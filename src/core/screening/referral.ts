import type { Assessment } from './assess.ts';
import { LONDON_CATEGORIES, type RiskLevel } from './levels.ts';

export type ReferralTargetKey = 'social_care' | 'police' | 'nrm';

export type ReferralContent = {
  target: ReferralTargetKey;
  title: string;
  child: {
    name: string;
    otherNames: string[];
    dateOfBirth: string | null;
    age: number;
    gender: string;
    ethnicity: string;
    nhsNumber: string | null;
    postcode: string | null;
    school: string | null;
    lookedAfter: string;
    cpPlan: string;
  };
  referrer: { name: string; agency: string; email: string };
  screening: {
    id: string;
    framework: string;
    completedAt: string;
    score: number;
    calculatedLevel: RiskLevel;
    level: RiskLevel;
    londonCategory: string;
    londonMeaning: string;
    override: { level: string; reason: string; status: string } | null;
    hardRules: Assessment['hardRules'];
    reasons: Assessment['reasons'];
    requiredActions: Assessment['requiredActions'];
  };
  exploitation: { types: string[]; model: string | null; setting: string | null; groomingStage: string | null };
  nrm: { route: 'nrm' | 'duty_to_notify'; consent: 'not_needed_child' | 'given' | 'refused' | 'not_recorded'; childWelfareFormFirst: boolean } | null;
  notes: string;
};

const TITLES: Record<ReferralTargetKey, string> = {
  social_care: 'Referral to children’s social care (MASH): concern about exploitation',
  police: 'Referral to the police: concern about exploitation',
  nrm: 'National Referral Mechanism: information for the first responder',
};

// Builds the referral from the screening, carrying the evidence and the reasons with it.
export function buildReferral(input: {
  target: ReferralTargetKey;
  child: ReferralContent['child'];
  referrer: ReferralContent['referrer'];
  screeningId: string;
  completedAt: Date;
  assessment: Assessment;
  finalLevel: RiskLevel;
  override: ReferralContent['screening']['override'];
  exploitation: ReferralContent['exploitation'];
  nrm: ReferralContent['nrm'];
  notes: string;
}): ReferralContent {
  const a = input.assessment;
  return {
    target: input.target,
    title: TITLES[input.target],
    child: input.child,
    referrer: input.referrer,
    screening: {
      id: input.screeningId,
      framework: a.framework,
      completedAt: input.completedAt.toISOString(),
      score: a.score,
      calculatedLevel: a.level,
      level: input.finalLevel,
      londonCategory: LONDON_CATEGORIES[input.finalLevel].category,
      londonMeaning: LONDON_CATEGORIES[input.finalLevel].meaning,
      override: input.override,
      hardRules: a.hardRules,
      reasons: a.reasons,
      requiredActions: a.requiredActions,
    },
    exploitation: input.exploitation,
    nrm: input.nrm,
    notes: input.notes,
  };
}

// NRM route (shared/SOURCES.md 2d): a child (or someone who may be under 18) goes to the NRM without consent, child
// welfare form to the local authority first; an adult consents to an NRM referral, or else a Duty to Notify is made.
export function nrmRoute(age: number, adultConsent: 'given' | 'refused' | null): NonNullable<ReferralContent['nrm']> {
  if (age < 18) return { route: 'nrm', consent: 'not_needed_child', childWelfareFormFirst: true };
  return adultConsent === 'given'
    ? { route: 'nrm', consent: 'given', childWelfareFormFirst: false }
    : { route: 'duty_to_notify', consent: adultConsent ?? 'not_recorded', childWelfareFormFirst: false };
}
