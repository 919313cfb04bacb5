import type { AgencyKind } from '../core/records/vocab.ts';
import type { DemoAgency } from './types.ts';

// The partnership in the demo: one agency of each kind around a MASE panel (see DOMAIN.md "Who uses it").
// Names are generic, not those of real organisations.

const AGENCY_PLAN: readonly { name: string; kind: AgencyKind; teams: readonly string[] }[] = [
  { name: "Havering Children's Social Care (MASH)", kind: 'social_care', teams: ['MASH', 'Adolescent Safeguarding and Exploitation Team'] },
  { name: 'North East London Health (Sexual Health Service)', kind: 'health', teams: ['Safeguarding Children Team', 'Sexual Health Service'] },
  { name: 'East Area Police: Child Exploitation Team', kind: 'police', teams: ['Child Exploitation Team', 'Missing Persons Unit'] },
  { name: 'Havering Schools Safeguarding', kind: 'education', teams: ['Education Safeguarding', 'Inclusion and Attendance'] },
  { name: 'Probation Service: East', kind: 'probation', teams: ['Public Protection'] },
  { name: 'Havering Community Safety Partnership', kind: 'community_safety', teams: ['MASE Coordination', 'Contextual Safeguarding'] },
  { name: 'Havering Youth Service', kind: 'youth_services', teams: ['Detached Youth Work'] },
  { name: "Voluntary sector: Young People's Advocacy", kind: 'third_sector', teams: ['Advocacy and Return Home Interviews'] },
];

export function buildAgencies(): DemoAgency[] {
  let team = 0;
  return AGENCY_PLAN.map((a, i) => ({
    id: `agency-${i + 1}`,
    name: a.name,
    kind: a.kind,
    teams: a.teams.map((name) => ({ id: `team-${++team}`, name })),
  }));
}

export function agencyOfKind(agencies: readonly DemoAgency[], kind: AgencyKind): DemoAgency {
  const found = agencies.find((a) => a.kind === kind);
  if (!found) throw new Error(`no agency of kind ${kind}`);
  return found;
}
