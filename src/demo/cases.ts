import type { AgencyKind } from '../core/records/vocab.ts';
import { addDays, startOfDay } from './dates.ts';
import type { Rng } from './prng.ts';
import type { DemoAgency, DemoCase, DemoCaseMember, DemoPerson, DemoUser } from './types.ts';

// Which agency leads a child's case, and which others join it. Social care leads most exploitation cases;
// health often holds the longest relationship ("static caseload", DOMAIN.md).
const LEAD_WEIGHTS: Readonly<Partial<Record<AgencyKind, number>>> = {
  social_care: 55,
  health: 15,
  police: 12,
  third_sector: 7,
  youth_services: 6,
  education: 5,
};
const MEMBER_WEIGHTS: Readonly<Record<AgencyKind, number>> = {
  social_care: 4,
  police: 3,
  health: 3,
  education: 2,
  youth_services: 1.5,
  third_sector: 1.5,
  community_safety: 1,
  probation: 0.5,
};

export type CaseBuildInput = {
  rng: Rng;
  now: Date;
  children: readonly DemoPerson[];
  agencies: readonly DemoAgency[];
  users: readonly DemoUser[];
  openShare: number; // share of children with an open case
};

// The weights without one kind, the rest in their original order (rng.weighted walks the entries in order).
const withoutKind = (weights: Readonly<Record<AgencyKind, number>>, kind: AgencyKind): Readonly<Record<AgencyKind, number>> =>
  Object.fromEntries(Object.entries(weights).filter(([k]) => k !== kind)) as Record<AgencyKind, number>;

const practitionersOf = (users: readonly DemoUser[], agencyId: string): DemoUser[] => users.filter((u) => u.agencyId === agencyId && u.role === 'practitioner');

export function buildCases({ rng, now, children, agencies, users, openShare }: CaseBuildInput): DemoCase[] {
  const byKind = new Map(agencies.map((a) => [a.kind, a]));
  const cases: DemoCase[] = [];
  for (const child of children) {
    if (!rng.chance(openShare)) continue;
    const leadKind = rng.weighted(LEAD_WEIGHTS as Record<AgencyKind, number>);
    const lead = byKind.get(leadKind);
    if (!lead) throw new Error(`no agency of kind ${leadKind}`);
    const keyWorker = rng.pick(practitionersOf(users, lead.id));
    const members: DemoCaseMember[] = [{ userId: keyWorker.id, agencyId: lead.id, role: 'key_worker' }];

    const extra = Number(rng.weighted({ '0': 15, '1': 35, '2': 35, '3': 15 } as const));
    let weights = withoutKind(MEMBER_WEIGHTS, leadKind);
    for (let i = 0; i < extra; i++) {
      const kind = rng.weighted(weights);
      weights = withoutKind(weights, kind);
      const agency = byKind.get(kind);
      if (!agency) continue;
      const staff = practitionersOf(users, agency.id);
      members.push(
        staff.length > 0 && rng.chance(0.6)
          ? { userId: rng.pick(staff).id, agencyId: agency.id, role: 'team_member' }
          : { userId: null, agencyId: agency.id, role: 'agency' },
      );
    }
    cases.push({
      id: `case-${cases.length + 1}`,
      personId: child.id,
      leadAgencyId: lead.id,
      keyWorkerId: keyWorker.id,
      // Opened in office hours, between a month and 18 months ago.
      openedAt: new Date(startOfDay(addDays(now, -rng.int(30, 540))).getTime() + rng.int(8 * 60, 18 * 60) * 60_000).toISOString(),
      members,
    });
  }
  return cases;
}

const isMember = (c: DemoCase, userId: string) => c.members.some((m) => m.userId === userId);

/**
 * Puts a demo account on between `min` and `max` cases, so that "My cases" is populated but not every case,
 * leaving cases without the account's agency for break-glass demonstrations.
 */
export function balanceCaseload(rng: Rng, cases: DemoCase[], user: DemoUser, users: readonly DemoUser[], min: number, max: number): void {
  const colleagues = practitionersOf(users, user.agencyId).filter((u) => u.id !== user.id);
  let mine = cases.filter((c) => isMember(c, user.id));

  // Too many: hand some to colleagues in the same agency.
  for (const c of rng.shuffle(mine).slice(0, Math.max(0, mine.length - max))) {
    const colleague = rng.pick(colleagues);
    if (c.keyWorkerId === user.id) c.keyWorkerId = colleague.id;
    c.members = c.members.map((m) => (m.userId === user.id ? { ...m, userId: colleague.id } : m));
  }

  mine = cases.filter((c) => isMember(c, user.id));
  if (mine.length >= min) return;
  // Too few: take over the agency's place on cases it is already on, then join cases with room.
  const onAgency = rng.shuffle(cases.filter((c) => !isMember(c, user.id) && c.members.some((m) => m.agencyId === user.agencyId)));
  const withRoom = rng.shuffle(cases.filter((c) => !c.members.some((m) => m.agencyId === user.agencyId) && c.members.length < 4));
  let need = min - mine.length;
  for (const c of onAgency) {
    if (need === 0) return;
    const entry = c.members.find((m) => m.agencyId === user.agencyId);
    if (!entry) continue;
    if (entry.role === 'key_worker') c.keyWorkerId = user.id;
    entry.userId = user.id;
    if (entry.role === 'agency') entry.role = 'team_member';
    need--;
  }
  for (const c of withRoom) {
    if (need === 0) return;
    c.members.push({ userId: user.id, agencyId: user.agencyId, role: 'team_member' });
    need--;
  }
}
