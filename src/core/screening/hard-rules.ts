import type { RiskLevel } from './levels.ts';

// Hard rules override the score: each sets a floor on the level and may require actions now.
// Each cites the guidance or law it comes from.

export const REQUIRED_ACTIONS = {
  decision: 'Decide now: refer to children’s social care (MASH) and/or the police, or record why not. A reason not to refer goes to the safeguarding lead.',
  refer_police_now: 'Refer to the police immediately.',
  refer_social_care_now: 'Refer to children’s social care (MASH) immediately.',
  offer_nrm_child:
    'Offer a National Referral Mechanism referral. The child’s consent is not needed: send the child welfare form to the local authority first, then make the NRM referral.',
  offer_nrm_adult:
    'Offer a National Referral Mechanism referral with the young adult’s informed consent; without consent, a first responder makes a Duty to Notify.',
  consider_cawn: 'Ask the police to consider a Child Abduction Warning Notice against the adults involved.',
  rescreen: 'Re-screen within 3 months while the level is low or above.',
} as const;
export type RequiredActionCode = keyof typeof REQUIRED_ACTIONS;

export type HardRule = {
  id: string;
  title: string;
  floor: RiskLevel;
  codes: readonly string[]; // any one present triggers the rule
  appliesAtAge?: (age: number) => boolean;
  currentOnly?: boolean;
  anySignificantCurrent?: boolean;
  actions: readonly RequiredActionCode[];
  source: { title: string; url?: string };
};

export const HARD_RULES: readonly HardRule[] = [
  {
    id: 'under_13_sexual_activity',
    title: 'Any sexual activity involving a child under 13 is rape: the child cannot consent',
    floor: 'high',
    codes: ['sh_sexual_activity', 'sh_sti', 'sh_pregnancy', 'sh_termination', 'sh_emergency_contraception', 'rg_sex_exchange', 'sh_many_partners'],
    appliesAtAge: (age) => age < 13,
    actions: ['refer_police_now', 'refer_social_care_now'],
    source: { title: 'Sexual Offences Act 2003, s.5 (rape of a child under 13)', url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/5' },
  },
  {
    id: 'sex_exchanged',
    title: 'Sexual activity exchanged for money, drugs, gifts, accommodation or status is sexual exploitation',
    floor: 'high',
    codes: ['rg_sex_exchange'],
    actions: ['refer_police_now', 'refer_social_care_now'],
    source: {
      title: 'Department for Education (2017), Child sexual exploitation: definition and guide for practitioners',
      url: 'https://www.gov.uk/government/publications/child-sexual-exploitation-definition-and-guide-for-practitioners',
    },
  },
  {
    id: 'moved_by_others',
    title: 'Being moved between places by others is a trafficking indicator: a child cannot consent to being trafficked',
    floor: 'high',
    codes: ['am_moved_by_others'],
    actions: ['refer_police_now', 'refer_social_care_now'],
    source: {
      title: 'Modern Slavery Act 2015, s.2 (human trafficking); Home Office NRM guidance',
      url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/2',
    },
  },
  {
    id: 'adult_partner',
    title: 'A "boyfriend" or "girlfriend" who is an adult or much older is treated as a significant risk: ask who they are and record the age gap',
    floor: 'medium',
    codes: ['go_older_partner'],
    actions: ['consider_cawn'],
    source: { title: 'Jay (2014), Independent Inquiry into CSE in Rotherham: perpetrators were seen as "boyfriends"; NSPCC, Why language matters' },
  },
  {
    id: 'found_with_adults',
    title: 'Found in adults’ homes, hotels or cars, or with older adults, after going missing',
    floor: 'medium',
    codes: ['am_found_with_adults'],
    actions: ['consider_cawn'],
    source: {
      title: 'London Child Exploitation Operating Protocol (2021), Appendix B SAFEGUARD',
      url: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
    },
  },
  {
    id: 'current_significant',
    title: 'A current significant indicator: the child is being targeted and coercion is likely',
    floor: 'medium',
    codes: [],
    anySignificantCurrent: true,
    actions: [],
    source: {
      title: 'Kent & Medway CSE Risk Assessment Toolkit v6 (2017), Category 2',
      url: 'https://docsbay.net/the-purpose-of-the-assessment-tool-is-to-enable-professionals-to-assess-a-young-person',
    },
  },
];
