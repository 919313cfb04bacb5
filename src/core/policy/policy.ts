import type { Role } from '../records/vocab.ts';
import type { Action } from './actions.ts';

// Access rules as pure functions: services call `can` before touching data (ARCHITECTURE habit 2).
// Model: NHS "legitimate relationship" plus break-glass; Primero roles limit actions and fields.

export type Actor = { id: string; agencyId: string; role: Role };

export type CaseTeam = { caseId: string; leadAgencyId: string; keyWorkerId: string; members: { userId: string | null; agencyId: string }[] };

// What policy needs to know about a person's record: who has a working relationship with it.
export type PersonSubject = {
  kind: 'person';
  personId: string;
  createdBy: string;
  createdByAgency: string;
  cases: CaseTeam[];
  breakGlassActive: boolean;
};

export type CaseSubject = { kind: 'case'; person: PersonSubject; team: CaseTeam };

// The users of one agency, or of every agency (null): the scope of a report about what users did.
export type AgencySubject = { kind: 'agency'; agencyId: string | null };

export type Subject = PersonSubject | CaseSubject | AgencySubject | undefined;

export type Basis = 'role' | 'case_team' | 'agency_on_case' | 'agency_oversight' | 'record_creator' | 'break_glass' | 'auditor';
export type Decision = { allowed: true; basis: Basis; breakGlass: boolean } | { allowed: false; reason: string };

const CASE_WORKERS: readonly Role[] = ['practitioner', 'safeguarding_lead', 'mase_coordinator'];
const OVERSIGHT: readonly Role[] = ['safeguarding_lead', 'mase_coordinator'];
// Subject access requests (UK GDPR Art. 15): Lantern has no information-governance role, so they go to the auditor, who
// is independent of casework and already reads every record's trail, and to safeguarding leads for records their agency
// works with, who can judge what in a child's record must be withheld before disclosure (DPA 2018 Sch. 3 serious harm).
const SUBJECT_ACCESS: readonly Role[] = ['auditor', 'safeguarding_lead'];
// Unusual access to records (insider browsing; ASVS 7.2, 8.1.4, 11.1.7): the auditor, who is independent of casework and
// reads every trail, for every agency; a safeguarding lead for the users of their own agency, whom they manage and
// already oversee through break-glass alerts (NHS legitimate-relationship monitoring is done by the organisation's own
// privacy officer for its own staff). The report holds counts about users, never a child's record.
const UNUSUAL_ACCESS: readonly Role[] = ['auditor', 'safeguarding_lead'];

const allow = (basis: Basis, breakGlass = false): Decision => ({ allowed: true, basis, breakGlass });
const deny = (reason: string): Decision => ({ allowed: false, reason });

const ROLE_ONLY: Partial<Record<Action, readonly Role[]>> = {
  'person.search': CASE_WORKERS,
  'person.create': CASE_WORKERS,
  'person.break_glass': CASE_WORKERS,
  'my_cases.read': CASE_WORKERS,
  'break_glass.review': ['safeguarding_lead'],
  'audit.read_all': ['auditor'],
  'audit.verify': ['auditor', 'administrator'],
  'admin.manage': ['administrator'],
  'stats.read': ['analyst', 'safeguarding_lead', 'mase_coordinator'],
  'lead_queue.read': ['safeguarding_lead'],
  'identification.read': ['analyst', 'safeguarding_lead', 'mase_coordinator'],
  'language_report.read': ['safeguarding_lead', 'mase_coordinator'],
  // Retrospective review of an exported file of notes (issue 4 §4: "available in the web app for leads").
  'review.run': OVERSIGHT,
  // Contextual safeguarding (issue 5): cross-case alerts and merge decisions are for leads and the MASE coordinator.
  'network_alert.read': OVERSIGHT,
  'linkage.review': OVERSIGHT,
  'context.refer': CASE_WORKERS,
  'context.assess': OVERSIGHT,
  // The ward map (issue 6): case workers see the places they may see; analysts see disclosure-controlled counts only.
  'map.read': [...CASE_WORKERS, 'analyst'],
  // The MASE panel (issue 7): the coordinator runs it; case workers of every agency see it on a need-to-know basis
  // (services/mase.ts), and leads assign return home interviews and watch the overdue ones.
  'rhi.manage': OVERSIGHT,
  'order.read': CASE_WORKERS,
  'order.record': CASE_WORKERS,
  'mase.read': CASE_WORKERS,
  'mase.manage': ['mase_coordinator'],
  'account.manage_own': ['practitioner', 'safeguarding_lead', 'mase_coordinator', 'analyst', 'administrator', 'auditor'],
  // Retention (issue 8): administrators run the schedule and place or lift legal holds; auditors read the dry run. The
  // report names no one (opaque references, record classes and counts), so neither role sees a child's record.
  'retention.read': ['administrator', 'auditor'],
  'retention.apply': ['administrator'],
  'legal_hold.manage': ['administrator'],
  // Opening the subject access form; the report itself is checked per record ('subject_access.report').
  'subject_access.request': SUBJECT_ACCESS,
  // Opening the unusual-access report; what it covers is checked per agency ('unusual_access.read').
  'unusual_access.open': UNUSUAL_ACCESS,
};

// The working relationship that lets an actor see a person's record, if any.
export function relationship(actor: Actor, p: PersonSubject): Basis | null {
  if (!CASE_WORKERS.includes(actor.role)) return null;
  for (const c of p.cases) {
    if (c.keyWorkerId === actor.id || c.members.some((m) => m.userId === actor.id)) return 'case_team';
  }
  for (const c of p.cases) {
    if (c.members.some((m) => m.userId === null && m.agencyId === actor.agencyId)) return 'agency_on_case';
  }
  if (OVERSIGHT.includes(actor.role)) {
    if (p.cases.some((c) => c.leadAgencyId === actor.agencyId || c.members.some((m) => m.agencyId === actor.agencyId))) return 'agency_oversight';
    if (p.createdByAgency === actor.agencyId) return 'agency_oversight';
  }
  if (p.createdBy === actor.id) return 'record_creator';
  return null;
}

function personAccess(actor: Actor, p: PersonSubject): Decision {
  const basis = relationship(actor, p);
  if (basis) return allow(basis);
  if (CASE_WORKERS.includes(actor.role) && p.breakGlassActive) return allow('break_glass', true);
  if (!CASE_WORKERS.includes(actor.role)) return deny('Your role does not give access to named records');
  return deny('You are not on this child’s case team. Use break-glass with a reason if you need access now.');
}

export function can(actor: Actor, action: Action, subject?: Subject): Decision {
  const roles = ROLE_ONLY[action];
  if (roles) return roles.includes(actor.role) ? allow('role') : deny('Your role does not allow this');

  switch (action) {
    case 'person.read':
    case 'network.read':
    case 'network.record':
    case 'person.update':
    case 'chronology.add':
    case 'screening.write':
    case 'sexual_health.record':
    case 'missing.record':
    case 'case.open': {
      if (subject?.kind !== 'person') return deny('No record given');
      return personAccess(actor, subject);
    }
    case 'person.audit': {
      if (subject?.kind !== 'person') return deny('No record given');
      if (actor.role === 'auditor') return allow('auditor');
      return personAccess(actor, subject);
    }
    // Approving a downgrade, reviewing a decision not to refer, answering a consultation (issue 3).
    case 'screening.review': {
      if (subject?.kind !== 'person') return deny('No record given');
      if (actor.role !== 'safeguarding_lead') return deny('Only a safeguarding lead can review this');
      return personAccess(actor, subject);
    }
    case 'subject_access.report': {
      if (subject?.kind !== 'person') return deny('No record given');
      if (actor.role === 'auditor') return allow('auditor');
      if (!SUBJECT_ACCESS.includes(actor.role)) return deny('Subject access reports are made by an auditor or a safeguarding lead');
      // A working relationship only: break-glass is for urgent care, not for disclosing a whole record.
      const basis = relationship(actor, subject);
      return basis ? allow(basis) : deny('Only a safeguarding lead whose agency works with this record can make its subject access report');
    }
    case 'unusual_access.read': {
      if (subject?.kind !== 'agency') return deny('No agency given');
      if (actor.role === 'auditor') return allow('auditor');
      if (!UNUSUAL_ACCESS.includes(actor.role)) return deny('Your role does not allow this');
      return subject.agencyId === actor.agencyId
        ? allow('agency_oversight')
        : deny('A safeguarding lead sees unusual access by the users of their own agency only');
    }
    case 'case.manage_team': {
      if (subject?.kind !== 'case') return deny('No case given');
      const t = subject.team;
      if (!CASE_WORKERS.includes(actor.role)) return deny('Your role does not allow this');
      if (t.keyWorkerId === actor.id) return allow('case_team');
      if (t.leadAgencyId === actor.agencyId && OVERSIGHT.includes(actor.role)) return allow('agency_oversight');
      if (t.leadAgencyId === actor.agencyId && t.members.some((m) => m.userId === actor.id)) return allow('case_team');
      return deny('Only the key worker, a lead-agency team member or a safeguarding lead can change the case team');
    }
    default:
      return deny('Not allowed');
  }
}

// Analysts and administrators never see names (issue 2: "analyst: aggregate data only").
export const seesNames = (actor: Actor): boolean => CASE_WORKERS.includes(actor.role) || actor.role === 'auditor';
