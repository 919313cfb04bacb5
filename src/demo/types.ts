import type { DemoNetwork } from './network.ts';
import type { Answer, Assessment } from '../core/screening/assess.ts';
import type { RiskLevel } from '../core/screening/levels.ts';
import type { ReferralTargetKey } from '../core/screening/referral.ts';
import type {
  AgencyKind,
  CaseMemberRole,
  ChronologyKind,
  CpPlan,
  Ethnicity,
  ExploitationType,
  Gender,
  IdentifierKind,
  LookedAfter,
  NameKind,
  PersonKind,
  Role,
} from '../core/records/vocab.ts';

// Output of the synthetic demo generator. Plain objects with string ids ('agency-1', 'person-17' ...)
// that the loader maps to UUIDs. Everything here is invented: no real people, addresses or references.

export type DemoTeam = { id: string; name: string };

export type DemoAgency = { id: string; name: string; kind: AgencyKind; teams: DemoTeam[] };

export type DemoUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  teamId: string;
};

export type DemoName = { kind: NameKind; given: string; family: string };

export type DemoAddress = {
  line: string;
  postcode: string;
  from: string; // YYYY-MM-DD
  to: string | null; // null = current address
};

export type DemoIdentifier = { kind: IdentifierKind; agencyId: string; value: string };

export type DemoPerson = {
  id: string;
  kind: PersonKind;
  dateOfBirth: string; // YYYY-MM-DD
  gender: Gender;
  ethnicity: Ethnicity;
  names: DemoName[]; // names[0] is the legal name
  nhsNumber: string | null;
  school: string | null;
  lookedAfter: LookedAfter;
  cpPlan: CpPlan;
  addresses: DemoAddress[];
  identifiers: DemoIdentifier[];
};

export type DemoCaseMember = { userId: string | null; agencyId: string; role: CaseMemberRole };

export type DemoCase = {
  id: string;
  personId: string;
  leadAgencyId: string;
  keyWorkerId: string;
  openedAt: string; // ISO timestamp
  members: DemoCaseMember[];
};

export type DemoChronologyEntry = {
  id: string;
  caseId: string;
  kind: ChronologyKind;
  occurredAt: string; // ISO timestamp
  summary: string; // <= 120 characters
  detail: string;
  authorId: string;
  agencyId: string;
};

export type DemoTask = {
  id: string;
  caseId: string;
  kind: 'general' | 'rescreen';
  title: string;
  dueOn: string; // YYYY-MM-DD
  assignedToUserId: string;
};

export type DemoScreeningStatus = 'draft' | 'awaiting_decision' | 'closed';

// Professional judgement on a completed screening: a raise applies at once, a downgrade waits for a lead.
export type DemoOverride = {
  level: RiskLevel;
  reason: string;
  byId: string;
  at: string; // ISO timestamp
  status: 'applied' | 'pending' | 'approved' | 'rejected';
  reviewedById: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
};

export type DemoScreening = {
  id: string;
  caseId: string;
  personId: string;
  frameworkVersion: string;
  status: DemoScreeningStatus;
  ageAtScreening: number;
  origin: 'practitioner' | 'sexual_health';
  startedById: string;
  agencyId: string;
  startedAt: string; // ISO timestamp
  completedById: string | null;
  completedAt: string | null;
  answers: Answer[];
  result: Assessment | null; // the real assess() result, stored as the screening's explanation
  score: number | null;
  calculatedLevel: RiskLevel | null;
  finalLevel: RiskLevel | null; // the level in force
  override: DemoOverride | null;
  closedAt: string | null;
};

export type DemoDecision = {
  id: string;
  screeningId: string;
  kind: 'refer' | 'no_referral';
  reason: string;
  decidedById: string;
  agencyId: string;
  decidedAt: string;
  reviewStatus: 'not_needed' | 'pending' | 'agreed' | 'challenged';
  reviewedById: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
};

// The loader builds the referral's content with buildReferral (core/screening/referral.ts).
export type DemoReferral = {
  id: string;
  screeningId: string;
  decisionId: string;
  caseId: string;
  personId: string;
  target: ReferralTargetKey;
  childWelfareFormSentOn: string | null; // NRM for a child: the form goes to the local authority first
  notes: string;
  createdById: string;
  agencyId: string;
  createdAt: string;
  outcome: string | null;
  outcomeAt: string | null;
  outcomeById: string | null;
};

export type DemoConsultation = {
  id: string;
  screeningId: string;
  personId: string;
  askedById: string;
  agencyId: string;
  askedAt: string;
  question: string;
  answeredById: string | null;
  answeredAt: string | null;
  answer: string | null;
};

export type DemoSexualHealthAttendance = {
  id: string;
  personId: string;
  caseId: string;
  chronologyEntryId: string;
  attendedOn: string; // YYYY-MM-DD
  partnerAges: number[];
  partnerCount: number | null;
  sti: boolean;
  pregnancy: boolean;
  emergencyContraception: boolean;
  fraserCompetent: 'yes' | 'no' | 'not_applicable';
  indicators: string[];
  professionalAnalysis: string;
  screeningId: string;
  recordedById: string;
  agencyId: string;
  createdAt: string;
};

// What the screenings leave on a case: the level in force and the form of exploitation where known.
export type DemoCaseForm = {
  caseId: string;
  riskLevel: RiskLevel;
  exploitationTypes: ExploitationType[];
  exploitationModel: 'lone' | 'group' | 'network' | 'not_known' | null;
  exploitationSetting: 'online' | 'offline' | 'both' | 'not_known' | null;
  groomingStage: 'targeting' | 'befriending' | 'relationship' | 'control' | 'not_known' | null;
};

export type DemoData = {
  seed: number;
  generatedAt: string;
  agencies: DemoAgency[];
  users: DemoUser[];
  persons: DemoPerson[];
  cases: DemoCase[];
  chronology: DemoChronologyEntry[];
  tasks: DemoTask[];
  screenings: DemoScreening[];
  decisions: DemoDecision[];
  referrals: DemoReferral[];
  consultations: DemoConsultation[];
  sexualHealthAttendances: DemoSexualHealthAttendance[];
  caseForms: DemoCaseForm[];
  network: DemoNetwork;
  // The harm contexts (shared places and adults) and which case belongs to which: the ward map's places (issue 6).
  contexts: { place: string; adultIds: string[] }[];
  caseContext: Record<string, number>;
};
