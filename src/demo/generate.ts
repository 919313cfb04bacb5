import { buildNetworks } from './network.ts';
import type { AgencyKind } from '../core/records/vocab.ts';
import { buildAgencies } from './agencies.ts';
import { balanceCaseload, buildCases } from './cases.ts';
import { buildChronology, type HarmContext } from './chronology.ts';
import { ageOn } from './dates.ts';
import { advocacyRef, healthRef, policeRef, probationCrn, socialCareRef, syntheticUpn } from './identifiers.ts';
import { buildAdult, buildChild, knownAs, nhsNumberSource } from './people.ts';
import { AREAS, CARS, HOTSPOTS } from './places.ts';
import { createRng, type Rng } from './prng.ts';
import { buildUsers } from './staff.ts';
import { buildScreenings } from './screenings.ts';
import { buildTasks } from './tasks.ts';
import type { DemoAgency, DemoCase, DemoData, DemoIdentifier, DemoPerson, DemoUser } from './types.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './staff.ts';
export type * from './types.ts';

export const DEMO_COUNTS = { children: 300, adults: 80, openCaseShare: 0.85, networks: 10 } as const;

// Each demo account with a caseload is on this many cases (the tests allow 15..40).
const CASELOAD = { min: 20, max: 35 } as const;
const CASELOAD_ACCOUNTS = ['practitioner', 'socialworker', 'police'] as const;

/**
 * A synthetic, deterministic demo data set: the same seed and `now` always give the same output.
 * Pure: no I/O and no clock (time is passed in). Every name, address and reference is invented.
 */
export function generateDemo(seed = 20261128, now: Date): DemoData {
  const root = createRng(seed);
  const agencies = buildAgencies();
  const users = buildUsers(root.fork('users'), agencies);
  const nextNhs = nhsNumberSource(root.fork('nhs'));

  const peopleRng = root.fork('people');
  const children = Array.from({ length: DEMO_COUNTS.children }, (_, i) => buildChild(peopleRng, now, `person-${i + 1}`, nextNhs));
  const forced = [
    { given: 'Tyrone', streetName: 'Big T' },
    { given: 'Darren', streetName: 'Dee' },
  ];
  const adults = Array.from({ length: DEMO_COUNTS.adults }, (_, i) => buildAdult(peopleRng, now, `person-${DEMO_COUNTS.children + i + 1}`, nextNhs, forced[i]));

  const { contexts, members: contextAdults } = harmContexts(root.fork('networks'), now, adults);
  const caseContext = new Map<string, number>();

  const cases = buildCases({ rng: root.fork('cases'), now, children, agencies, users, openShare: DEMO_COUNTS.openCaseShare });
  const balanceRng = root.fork('caseload');
  for (const username of CASELOAD_ACCOUNTS) {
    const user = users.find((u) => u.username === username);
    if (!user) throw new Error(`demo account ${username} missing`);
    balanceCaseload(balanceRng, cases, user, users, CASELOAD.min, CASELOAD.max);
    ensureKnownAsMo(cases, children, user);
  }

  addIdentifiers(root.fork('identifiers'), now, children, adults, cases, agencies);

  const usersById = new Map(users.map((u) => [u.id, u]));
  const agenciesById = new Map(agencies.map((a) => [a.id, a]));
  const childrenById = new Map(children.map((c) => [c.id, c]));
  const storyRng = root.fork('chronology');
  const taskRng = root.fork('tasks');
  let chronologyId = 0;
  let taskId = 0;
  const chronology = [];
  const tasks = [];
  for (const kase of cases) {
    const child = childrenById.get(kase.personId);
    if (!child) throw new Error(`case ${kase.id} has no child`);
    const nickname = child.names.find((n) => n.kind === 'nickname');
    // Drawn in the order the generator always drew them (knownAs, then the context), so the demo stays the same.
    const callName = nickname && storyRng.chance(0.6) ? nickname.given : (child.names[0]?.given ?? 'The child');
    const inNetwork = storyRng.chance(0.65);
    const context = inNetwork ? storyRng.pick(contexts) : looseContext(storyRng, now, adults);
    if (inNetwork) caseContext.set(kase.id, contexts.indexOf(context));
    const entries = buildChronology({
      rng: storyRng,
      now,
      kase,
      child,
      knownAs: callName,
      context,
      usersById,
      agenciesById,
      nextId: () => `chron-${++chronologyId}`,
    });
    chronology.push(...entries);
    const lookedAfter = child.lookedAfter === 's20' || child.lookedAfter === 's31';
    tasks.push(...buildTasks(taskRng, now, kase, lookedAfter, entries, () => `task-${++taskId}`));
  }

  // Screenings with history, decisions, referrals and re-screens, scored by the real assess() (issue 3).
  const screened = buildScreenings({ rng: root.fork('screenings'), now, cases, children, users, agencies, chronology });
  chronology.push(...screened.chronology);
  tasks.push(...screened.tasks);

  const school = users.find((u) => agencies.find((a) => a.id === u.agencyId)?.kind === 'education' && u.role === 'practitioner');
  if (!school) throw new Error('demo has no education practitioner');
  const network = buildNetworks({
    rng: root.fork('entities'),
    contexts,
    contextAdults,
    caseContext,
    cases,
    chronology,
    schoolUserId: school.id,
    schoolAgencyId: school.agencyId,
    now,
  });
  chronology.push(...network.entries);
  for (const { caseId, member } of network.members) cases.find((c) => c.id === caseId)?.members.push(member);

  return {
    seed,
    generatedAt: now.toISOString(),
    network,
    contexts: contexts.map((c, i) => ({ place: c.place, adultIds: (contextAdults[i] ?? []).map((a) => a.id) })),
    caseContext: Object.fromEntries(caseContext),
    agencies,
    users,
    persons: [...children, ...adults],
    cases,
    chronology,
    tasks,
    screenings: screened.screenings,
    decisions: screened.decisions,
    referrals: screened.referrals,
    consultations: screened.consultations,
    sexualHealthAttendances: screened.sexualHealthAttendances,
    caseForms: screened.caseForms,
  };
}

const quoted = (adult: DemoPerson): string => `'${knownAs(adult)}'`;

// Groups of adults who share a venue, area and car, so that several children's notes point at the same
// network (one disclosure can expose many victims and perpetrators: DOMAIN.md "Contextual safeguarding").
function harmContexts(rng: Rng, now: Date, adults: readonly DemoPerson[]): { contexts: HarmContext[]; members: DemoPerson[][] } {
  const [first, second, ...rest] = adults;
  const pool = rng.shuffle(rest);
  const contexts: HarmContext[] = [];
  const all: DemoPerson[][] = [];
  for (let i = 0; i < DEMO_COUNTS.networks; i++) {
    const members = pool.splice(0, rng.int(2, 5));
    if (i === 0 && first) members.unshift(first);
    if (i === 1 && second) members.unshift(second);
    all.push(members);
    contexts.push({
      adults: members.map(quoted),
      adultAges: members.map((a) => ageOn(a.dateOfBirth, now)),
      place: HOTSPOTS[i % HOTSPOTS.length] ?? rng.pick(HOTSPOTS),
      area: rng.pick(AREAS).name,
      car: rng.pick(CARS),
    });
  }
  return { contexts, members: all };
}

// For children whose harm is not (yet) linked to a known network.
function looseContext(rng: Rng, now: Date, adults: readonly DemoPerson[]): HarmContext {
  const members = rng.sample(adults, 2);
  return {
    adults: members.map(quoted),
    adultAges: members.map((a) => ageOn(a.dateOfBirth, now)),
    place: rng.pick(HOTSPOTS),
    area: rng.pick(AREAS).name,
    car: rng.pick(CARS),
  };
}

function addIdentifiers(
  rng: Rng,
  now: Date,
  children: DemoPerson[],
  adults: DemoPerson[],
  cases: readonly { personId: string; members: readonly { agencyId: string }[] }[],
  agencies: readonly DemoAgency[],
): void {
  const agencyByKind = (kind: AgencyKind): DemoAgency => {
    const a = agencies.find((x) => x.kind === kind);
    if (!a) throw new Error(`no agency of kind ${kind}`);
    return a;
  };
  const kindById = new Map(agencies.map((a) => [a.id, a.kind]));
  const year = now.getUTCFullYear();
  const onCase = new Map<string, Set<AgencyKind>>();
  for (const c of cases) {
    const kinds = onCase.get(c.personId) ?? new Set<AgencyKind>();
    for (const m of c.members) {
      const kind = kindById.get(m.agencyId);
      if (kind) kinds.add(kind);
    }
    onCase.set(c.personId, kinds);
  }
  const id = (kind: DemoIdentifier['kind'], agency: AgencyKind, value: string): DemoIdentifier => ({ kind, agencyId: agencyByKind(agency).id, value });

  for (const child of children) {
    const kinds = onCase.get(child.id) ?? new Set<AgencyKind>();
    const age = ageOn(child.dateOfBirth, now);
    if (kinds.has('social_care') || rng.chance(0.3)) child.identifiers.push(id('social_care_ref', 'social_care', socialCareRef(rng)));
    if (kinds.has('police')) child.identifiers.push(id('police_ref', 'police', policeRef(rng, year - rng.int(0, 1))));
    if (child.school && rng.chance(0.7)) child.identifiers.push(id('education_ref', 'education', syntheticUpn(rng, year - age + 4)));
    if (kinds.has('health')) child.identifiers.push(id('health_ref', 'health', healthRef(rng)));
    if (kinds.has('third_sector')) child.identifiers.push(id('other_ref', 'third_sector', advocacyRef(rng, year - rng.int(0, 1))));
  }
  for (const adult of adults) {
    if (rng.chance(0.8)) adult.identifiers.push(id('police_ref', 'police', policeRef(rng, year - rng.int(0, 4))));
    if (rng.chance(0.35)) adult.identifiers.push(id('probation_ref', 'probation', probationCrn(rng)));
  }
}

// Every caseload account can try nickname search on a child of its own: one of its cases is a child known as "Mo".
function ensureKnownAsMo(cases: DemoCase[], children: readonly DemoPerson[], user: DemoUser): void {
  const knownAsMo = new Set(children.filter((c) => c.names.some((n) => n.kind !== 'legal' && /^mo$/i.test(n.given))).map((c) => c.id));
  const mine = (c: DemoCase) => c.keyWorkerId === user.id || c.members.some((m) => m.userId === user.id);
  if (cases.some((c) => mine(c) && knownAsMo.has(c.personId))) return;
  const candidates = cases.filter((c) => knownAsMo.has(c.personId));
  const target = candidates.find((c) => c.members.length < 4 && !c.members.some((m) => m.agencyId === user.agencyId)) ?? candidates[0];
  target?.members.push({ userId: user.id, agencyId: user.agencyId, role: 'team_member' });
}
