import type { AgencyKind, Role } from '../core/records/vocab.ts';
import { agencyOfKind } from './agencies.ts';
import { NAME_POOLS, type Heritage } from './names.ts';
import type { Rng } from './prng.ts';
import type { DemoAgency, DemoUser } from './types.ts';

/** Shared password of every demo account. The loader hashes it; it is for local demos only. */
export const DEMO_PASSWORD = 'lantern-demo-2026';

export type DemoAccount = {
  username: string;
  displayName: string;
  role: Role;
  agencyKind: AgencyKind;
  team: number; // index into the agency's teams
  description: string;
};

// Fixed accounts a tester signs in with (password DEMO_PASSWORD).
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'practitioner',
    displayName: 'Hannah Reid',
    role: 'practitioner',
    agencyKind: 'health',
    team: 0,
    description: 'Health practitioner (safeguarding children nurse) with a caseload',
  },
  {
    username: 'socialworker',
    displayName: 'Daniel Mensah',
    role: 'practitioner',
    agencyKind: 'social_care',
    team: 1,
    description: "Social worker in children's social care with a caseload",
  },
  {
    username: 'police',
    displayName: 'Sergeant Kerry Walsh',
    role: 'practitioner',
    agencyKind: 'police',
    team: 0,
    description: 'Police officer in the child exploitation team with a caseload',
  },
  {
    username: 'lead',
    displayName: 'Amira Hussain',
    role: 'safeguarding_lead',
    agencyKind: 'social_care',
    team: 0,
    description: "Safeguarding lead in children's social care (MASH)",
  },
  {
    username: 'coordinator',
    displayName: 'Tom Fletcher',
    role: 'mase_coordinator',
    agencyKind: 'community_safety',
    team: 0,
    description: 'MASE panel coordinator',
  },
  {
    username: 'analyst',
    displayName: 'Mei Chen',
    role: 'analyst',
    agencyKind: 'community_safety',
    team: 1,
    description: 'Partnership analyst: aggregate data only',
  },
  {
    username: 'admin',
    displayName: 'Lantern Administrator',
    role: 'administrator',
    agencyKind: 'social_care',
    team: 0,
    description: 'System administrator: users and agencies',
  },
  {
    username: 'auditor',
    displayName: 'Olu Adeyemi',
    role: 'auditor',
    agencyKind: 'community_safety',
    team: 0,
    description: 'Read-only auditor of access to records',
  },
];

// Further staff, so every agency has people in the roles it would have.
const STAFF_PLAN: readonly { agencyKind: AgencyKind; role: Role; count: number }[] = [
  { agencyKind: 'social_care', role: 'practitioner', count: 4 },
  { agencyKind: 'health', role: 'practitioner', count: 2 },
  { agencyKind: 'health', role: 'safeguarding_lead', count: 1 },
  { agencyKind: 'police', role: 'practitioner', count: 2 },
  { agencyKind: 'police', role: 'safeguarding_lead', count: 1 },
  { agencyKind: 'police', role: 'analyst', count: 1 },
  { agencyKind: 'education', role: 'practitioner', count: 2 },
  { agencyKind: 'education', role: 'safeguarding_lead', count: 1 },
  { agencyKind: 'probation', role: 'practitioner', count: 1 },
  { agencyKind: 'probation', role: 'safeguarding_lead', count: 1 },
  { agencyKind: 'community_safety', role: 'practitioner', count: 1 },
  { agencyKind: 'youth_services', role: 'practitioner', count: 2 },
  { agencyKind: 'youth_services', role: 'safeguarding_lead', count: 1 },
  { agencyKind: 'third_sector', role: 'practitioner', count: 2 },
  { agencyKind: 'third_sector', role: 'safeguarding_lead', count: 1 },
];

const STAFF_HERITAGE: Readonly<Partial<Record<Heritage, number>>> = {
  english: 8,
  irish: 2,
  caribbean: 2,
  west_african: 2,
  indian: 2,
  pakistani_bangladeshi: 2,
  eastern_european: 1,
  turkish: 1,
  chinese: 1,
};

const asUsername = (given: string, family: string): string =>
  `${given}.${family}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z.]/g, '');

export function buildUsers(rng: Rng, agencies: readonly DemoAgency[]): DemoUser[] {
  const users: DemoUser[] = [];
  const taken = new Set<string>();
  const add = (username: string, displayName: string, role: Role, agency: DemoAgency, teamIndex: number) => {
    const team = agency.teams[Math.min(teamIndex, agency.teams.length - 1)];
    if (!team) throw new Error(`agency ${agency.id} has no teams`);
    taken.add(username);
    users.push({ id: `user-${users.length + 1}`, username, displayName, role, agencyId: agency.id, teamId: team.id });
  };

  for (const a of DEMO_ACCOUNTS) add(a.username, a.displayName, a.role, agencyOfKind(agencies, a.agencyKind), a.team);

  for (const plan of STAFF_PLAN) {
    const agency = agencyOfKind(agencies, plan.agencyKind);
    for (let i = 0; i < plan.count; i++) {
      const pool = NAME_POOLS[rng.weighted(STAFF_HERITAGE as Record<Heritage, number>)];
      let given = '';
      let family = '';
      let username = '';
      do {
        given = rng.pick(rng.chance(0.6) ? pool.female : pool.male);
        family = rng.pick(pool.family);
        username = asUsername(given, family);
      } while (taken.has(username));
      add(username, `${given} ${family}`, plan.role, agency, rng.int(0, agency.teams.length - 1));
    }
  }
  return users;
}
