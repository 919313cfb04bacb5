import type { LookedAfter } from '../records/vocab.ts';

// What a person's record in Lantern is made of, grouped by the retention rule that governs it (issue 8, "Retention and
// the rights of the child"). A person's records interlock (a sexual health attendance is also a chronology entry and
// may start a screening; a link's source is an entry), so Lantern deletes a person's record as a whole, once every rule
// that covers any part of it has expired: see evaluate.ts.
export const RECORD_CLASSES = {
  sexual_health: 'Sexual health entries (a health record)',
  looked_after_case: 'Case records of a looked-after child or care leaver',
  child_case: 'Other case records of a child (child protection and exploitation)',
  adult_subject: 'Records of an adult of concern',
} as const;
export type RecordClass = keyof typeof RECORD_CLASSES;
export const RECORD_CLASS_KEYS = Object.keys(RECORD_CLASSES) as RecordClass[];

// Looked after under the Children Act 1989 (s.20 accommodation or a s.31 care order), or a care leaver. "Not known" is
// not treated as looked after: the field holds the status now, so a child who left care shows as a care leaver.
const LOOKED_AFTER_STATES: ReadonlySet<string> = new Set(['s20', 's31', 'care_leaver'] satisfies LookedAfter[]);

export type ClassFacts = { kind: string; lookedAfter: string; hasSexualHealth: boolean };

/** The record classes a person's record falls into. */
export function classesOf(f: ClassFacts): RecordClass[] {
  const out: RecordClass[] = [];
  if (f.kind === 'adult') out.push('adult_subject');
  else out.push(LOOKED_AFTER_STATES.has(f.lookedAfter) ? 'looked_after_case' : 'child_case');
  if (f.hasSexualHealth) out.push('sexual_health');
  return out;
}

// The tables that hold a person's record, as the dry run and the tombstone count them. Order: as shown to people.
export const RECORD_TABLES = {
  person: 'Person record',
  person_name: 'Names',
  person_identifier: 'Agency references',
  address_period: 'Addresses',
  break_glass: 'Break-glass grants on the record',
  safeguarding_case: 'Cases',
  case_member: 'Case team members',
  task: 'Tasks',
  chronology_entry: 'Chronology entries',
  note_finding: 'Wording and indicator findings in notes',
  screening: 'Screenings',
  screening_answer: 'Screening answers',
  screening_decision: 'Screening decisions',
  consultation: 'Questions to the safeguarding lead',
  referral: 'Referrals',
  sexual_health_attendance: 'Sexual health attendances',
  missing_episode: 'Missing episodes',
  return_home_interview: 'Return home interviews',
  legal_order: 'Orders and notices about the person',
  order_breach: 'Breaches of those orders',
  agenda_item: 'MASE agenda items about the person',
  mase_action: 'MASE actions about the person',
  entity_link: 'Network links recorded in the record',
  entity_role: 'Network roles in the person’s cases',
  entity: 'Network entities held only by this record',
  match_candidate: 'Possible matches with those entities',
  network_alert: 'Cross-referral alerts on those entities',
} as const;
export type RecordTable = keyof typeof RECORD_TABLES;
export const RECORD_TABLE_KEYS = Object.keys(RECORD_TABLES) as RecordTable[];
