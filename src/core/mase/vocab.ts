// Vocabularies for missing episodes, orders and the MASE panel (issue 7; DOMAIN.md "the MASE panel").

export const MISSING_FROM = { home: 'Home', care: 'Care placement', school: 'School or college', other: 'Somewhere else' } as const;
export type MissingFrom = keyof typeof MISSING_FROM;

// Police risk grading of a missing report (College of Policing APP, missing persons; older reports say "no apparent risk").
export const POLICE_RISK = {
  very_low: 'Very low (no apparent risk)',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  not_graded: 'Not graded yet',
} as const;
export type PoliceRisk = keyof typeof POLICE_RISK;

// How the child came back: a drop-off by an unknown car is itself intelligence (DOMAIN.md, RHI purposes).
export const RETURN_METHODS = {
  own_accord: 'Came back on their own',
  found_by_police: 'Found by police',
  brought_by_carer: 'Brought back by a parent or carer',
  brought_by_professional: 'Brought back by a professional',
  dropped_off_known: 'Dropped off by someone known',
  dropped_off_unknown: 'Dropped off by an unknown person or car',
  other: 'Another way',
} as const;
export type ReturnMethod = keyof typeof RETURN_METHODS;

// Return home interview outcomes; the decision not to offer one is recorded with a reason (SOURCES.md 2f).
export const RHI_STATUSES = {
  due: 'Due',
  completed: 'Completed',
  declined: 'Offered and declined by the child',
  not_offered: 'Not offered',
} as const;
export type RhiStatus = keyof typeof RHI_STATUSES;

export const ORDER_KINDS = {
  cawn: 'Child Abduction Warning Notice',
  sro: 'Sexual Risk Order',
  shpo: 'Sexual Harm Prevention Order',
  asb_injunction: 'Anti-social behaviour injunction',
  criminal_behaviour_order: 'Criminal behaviour order',
  licensing_review: 'Licensing review of premises',
  closure_order: 'Closure notice or order for premises',
  secure_accommodation: 'Secure accommodation application (Children Act 1989 s.25)',
} as const;
export type OrderKind = keyof typeof ORDER_KINDS;

// What each kind is served on or made about: an adult, a place, or the child (s.25).
export const ORDER_SUBJECT: Readonly<Record<OrderKind, 'adult' | 'place' | 'child'>> = {
  cawn: 'adult',
  sro: 'adult',
  shpo: 'adult',
  asb_injunction: 'adult',
  criminal_behaviour_order: 'adult',
  licensing_review: 'place',
  closure_order: 'place',
  secure_accommodation: 'child',
};

export const ORDER_STATUSES = {
  considering: 'Being considered',
  applied: 'Applied for',
  in_force: 'Served or made (in force)',
  refused: 'Refused',
  expired: 'Expired',
  discharged: 'Discharged or withdrawn',
  concluded: 'Concluded',
} as const;
export type OrderStatus = keyof typeof ORDER_STATUSES;

// CAWN basis (College of Policing CAWN advice 4.1 and 4.2; SOURCES.md 2e): the offence a later breach would point to.
export const CAWN_BASES = {
  under_16_at_home: 'Child under 16 living at home (Child Abduction Act 1984 s.2)',
  under_18_in_care: 'Child under 18 in care (Children Act 1989 s.49)',
} as const;
export type CawnBasis = keyof typeof CAWN_BASES;

// After a breach: the coordinator considers an application for a Sexual Risk Order (Serious Crime Act 2015).
export const BREACH_FOLLOW_UP = {
  to_consider: 'Sexual Risk Order to be considered',
  application_made: 'Sexual Risk Order applied for',
  not_applied: 'Considered: no application',
  not_applicable: 'No follow-up needed (not a CAWN)',
} as const;
export type BreachFollowUp = keyof typeof BREACH_FOLLOW_UP;

export const ATTENDANCE = { present: 'Present', apologies: 'Apologies' } as const;
export type Attendance = keyof typeof ATTENDANCE;

export const AGENDA_KINDS = {
  child: 'Child',
  location: 'Place of concern',
  perpetrator: 'Suspected perpetrator',
  group: 'Group or gang',
  cawn_breach: 'CAWN breach',
  overdue_action: 'Overdue action',
  other: 'Other business',
} as const;
export type AgendaKind = keyof typeof AGENDA_KINDS;

// Panel actions (DOMAIN.md "What happens when a child cannot or will not disclose"; Harrow MASE ToR 4P structure).
export const ACTION_TYPES = {
  return_home_interview: 'Return home interview',
  cawn: 'Child Abduction Warning Notice',
  location_disruption: 'Disruption of a location',
  licensing_review: 'Licensing review',
  street_lighting_cctv: 'Street lighting or CCTV request',
  public_wifi_off: 'Switch off public wifi',
  looked_after_strategy: 'Looked-after status or strategy meeting',
  secure_accommodation: 'Secure accommodation (s.25)',
  child_protection: 'Child protection plan or conference',
  asb_order: 'ASB order or injunction',
  awareness_visit: 'Hotel, taxi or takeaway awareness visit',
  nrm_referral: 'National Referral Mechanism referral',
  sexual_health: 'Sexual health appointment',
  education_plan: 'Education plan',
  sro_application: 'Sexual Risk Order application',
  other: 'Other action',
} as const;
export type ActionType = keyof typeof ACTION_TYPES;

export const ACTION_STATUSES = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
  carried_forward: 'Carried forward',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;

/** The order or notice an action leads to, recorded in the register (issue 7: CAWN, licensing review, ...). */
export const ORDER_FOR_ACTION: Readonly<Partial<Record<ActionType, OrderKind>>> = {
  cawn: 'cawn',
  licensing_review: 'licensing_review',
  asb_order: 'asb_injunction',
  sro_application: 'sro',
  secure_accommodation: 'secure_accommodation',
};

/** Statuses an owner can set; carried_forward is set only by the carry-forward step. */
export const SETTABLE_ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const OPEN_ACTION_STATUSES: ReadonlySet<string> = new Set(['open', 'in_progress']);

/** A vocabulary's label for a stored key; an unknown key (from an older vocabulary) is shown as it is. */
export const labelOf = (vocab: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(vocab, key) ? String(vocab[key]) : key);
