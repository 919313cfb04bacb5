import type {
  AgencyKind,
  CaseMemberRole,
  ChronologyKind,
  CpPlan,
  Ethnicity,
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
  title: string;
  dueOn: string; // YYYY-MM-DD
  assignedToUserId: string;
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
};
