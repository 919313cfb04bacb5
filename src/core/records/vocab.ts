// Controlled vocabularies shared by the database, services, forms and API.
// `as const` objects with derived unions (ARCHITECTURE habit 5).

export const ROLES = {
  practitioner: 'Practitioner',
  safeguarding_lead: 'Safeguarding lead',
  mase_coordinator: 'MASE coordinator',
  analyst: 'Analyst (aggregate data only)',
  administrator: 'Administrator',
  auditor: 'Read-only auditor',
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as Role[];

export const AGENCY_KINDS = {
  health: 'Health',
  social_care: "Children's social care",
  police: 'Police',
  probation: 'Probation',
  education: 'Education',
  community_safety: 'Community safety',
  youth_services: 'Youth services',
  third_sector: 'Voluntary and community sector',
} as const;
export type AgencyKind = keyof typeof AGENCY_KINDS;

export const PERSON_KINDS = { child: 'Child or young person', adult: 'Adult of concern' } as const;
export type PersonKind = keyof typeof PERSON_KINDS;

export const GENDERS = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
  other: 'Another gender',
  not_known: 'Not known',
} as const;
export type Gender = keyof typeof GENDERS;

// ONS 2021 census ethnic groups (high-level with the 19 categories), as used in NHS and DfE returns.
export const ETHNICITIES = {
  white_british: 'White: English, Welsh, Scottish, Northern Irish or British',
  white_irish: 'White: Irish',
  white_gypsy_traveller: 'White: Gypsy or Irish Traveller',
  white_roma: 'White: Roma',
  white_other: 'White: any other White background',
  mixed_white_black_caribbean: 'Mixed: White and Black Caribbean',
  mixed_white_black_african: 'Mixed: White and Black African',
  mixed_white_asian: 'Mixed: White and Asian',
  mixed_other: 'Mixed: any other mixed or multiple ethnic background',
  asian_indian: 'Asian or Asian British: Indian',
  asian_pakistani: 'Asian or Asian British: Pakistani',
  asian_bangladeshi: 'Asian or Asian British: Bangladeshi',
  asian_chinese: 'Asian or Asian British: Chinese',
  asian_other: 'Asian or Asian British: any other Asian background',
  black_african: 'Black, Black British, Caribbean or African: African',
  black_caribbean: 'Black, Black British, Caribbean or African: Caribbean',
  black_other: 'Black, Black British, Caribbean or African: any other background',
  arab: 'Other ethnic group: Arab',
  other: 'Other ethnic group: any other ethnic group',
  not_stated: 'Not stated',
} as const;
export type Ethnicity = keyof typeof ETHNICITIES;

export const NAME_KINDS = { legal: 'Legal name', alias: 'Alias', nickname: 'Nickname or street name' } as const;
export type NameKind = keyof typeof NAME_KINDS;

export const IDENTIFIER_KINDS = {
  social_care_ref: "Children's social care reference",
  police_ref: 'Police reference',
  education_ref: 'Education reference (UPN)',
  health_ref: 'Health local reference',
  probation_ref: 'Probation reference (CRN)',
  other_ref: 'Other agency reference',
} as const;
export type IdentifierKind = keyof typeof IDENTIFIER_KINDS;

export const LOOKED_AFTER = {
  no: 'Not looked after',
  s20: 'Looked after: voluntary (Children Act 1989 s.20)',
  s31: 'Looked after: care order (Children Act 1989 s.31)',
  care_leaver: 'Care leaver',
  not_known: 'Not known',
} as const;
export type LookedAfter = keyof typeof LOOKED_AFTER;

export const CP_PLAN = {
  none: 'No child protection plan',
  child_in_need: 'Child in need plan',
  cp_plan: 'Child protection plan',
  not_known: 'Not known',
} as const;
export type CpPlan = keyof typeof CP_PLAN;

export const CHRONOLOGY_KINDS = {
  note: 'Case note',
  contact: 'Contact',
  incident: 'Incident',
  sexual_health_attendance: 'Sexual health attendance',
  missing_episode: 'Missing episode',
  return_home_interview: 'Return home interview',
  screening: 'Exploitation screening',
  referral: 'Referral decision',
} as const;
export type ChronologyKind = keyof typeof CHRONOLOGY_KINDS;

// The kinds a practitioner adds by hand. Missing episodes and RHIs have their own forms (the RHI clock and the links
// start there); screenings and referral decisions are written by their own steps.
export const MANUAL_CHRONOLOGY_KINDS = {
  note: CHRONOLOGY_KINDS.note,
  contact: CHRONOLOGY_KINDS.contact,
  incident: CHRONOLOGY_KINDS.incident,
  sexual_health_attendance: CHRONOLOGY_KINDS.sexual_health_attendance,
} as const;

export const CASE_MEMBER_ROLES = {
  key_worker: 'Key worker',
  team_member: 'Case team member',
  agency: 'Agency on the case team',
} as const;
export type CaseMemberRole = keyof typeof CASE_MEMBER_ROLES;

export const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

// The form of exploitation recorded on a case (shared/DOMAIN.md definitions; trafficking types per the NRM).
export const EXPLOITATION_TYPES = {
  cse: 'Child sexual exploitation',
  cce: 'Child criminal exploitation',
  county_lines: 'County lines',
  trafficking_sexual: 'Trafficking: sexual exploitation',
  trafficking_labour: 'Trafficking: forced labour',
  trafficking_domestic: 'Trafficking: domestic servitude',
  trafficking_organs: 'Trafficking: organ harvesting',
  financial: 'Child financial exploitation',
} as const;
export type ExploitationType = keyof typeof EXPLOITATION_TYPES;

export const EXPLOITATION_MODELS = { lone: 'A lone perpetrator', group: 'A group', network: 'An organised network', not_known: 'Not known yet' } as const;
export const EXPLOITATION_SETTINGS = { online: 'Online', offline: 'Offline', both: 'Online and offline', not_known: 'Not known yet' } as const;

// Grooming stages (DOMAIN.md "Grooming"): recorded where known.
export const GROOMING_STAGES = {
  targeting: 'Targeting',
  befriending: 'Befriending and gaining trust',
  relationship: '“Loving relationship” phase',
  control: 'Control and abuse',
  not_known: 'Not known',
} as const;

export const REFERRAL_TARGETS = {
  social_care: 'Children’s social care (MASH)',
  police: 'Police',
  nrm: 'National Referral Mechanism',
} as const;
export type ReferralTarget = keyof typeof REFERRAL_TARGETS;

// Fraser guidelines for contraception and sexual health advice to under-16s (Gillick v West Norfolk AHA, 1985).
export const FRASER = { yes: 'Fraser competent', no: 'Not Fraser competent', not_applicable: 'Not applicable (16 or 17)' } as const;

// The label for a stored key, or the key itself when the vocabulary has no such entry.
export const labelOf = (table: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(table, key) ? table[key]! : key);
