import type { Confidence, EntityKind, EntityRole, GroupType, LinkType, LocationType } from '../core/records/entities.ts';
import { LINK_TYPES } from '../core/records/entities.ts';
import type { HarmContext } from './chronology.ts';
import type { Rng } from './prng.ts';
import type { DemoCase, DemoCaseMember, DemoChronologyEntry, DemoPerson } from './types.ts';

// The demo's hidden networks (issue 5, "Done means"): the first two harm contexts become recorded entities and sourced
// links, each asserted by the agency whose chronology entry mentions it, so that no single agency sees the whole.
// Network 1 is sexual exploitation around a venue and a car; network 2 a county line with a shared "line" phone and a
// flat. A school also records a nickname-only adult ("Big T") and part of a registration: Lantern's matching offers the
// police's record of the same man to a lead. All invented.

export type DemoEntity = {
  id: string;
  kind: EntityKind;
  personId?: string;
  label: string;
  locationType?: LocationType;
  groupType?: GroupType;
  vrm?: string;
  vrmPartial?: boolean;
  make?: string;
  colour?: string;
  phone?: string;
  createdById: string;
  agencyId: string;
};
export type DemoRole = { caseId: string; entityId: string; role: EntityRole; addedById: string };
export type DemoLink = {
  id: string;
  from: string;
  to: string;
  type: LinkType;
  directed: boolean;
  confidence: Confidence;
  sourceEntryId: string;
  caseId: string;
  personId: string;
  agencyId: string;
  createdById: string;
  validFrom: string | null;
};
export type DemoNetwork = {
  entities: DemoEntity[];
  roles: DemoRole[];
  links: DemoLink[];
  nicknameOnly: DemoPerson[];
  entries: DemoChronologyEntry[];
  // The school practitioner joins the case they write in (every entry is by a member of the case team).
  members: { caseId: string; member: DemoCaseMember }[];
};

const placeType = (place: string): LocationType =>
  /hotel|lodge/i.test(place)
    ? 'hotel'
    : /chicken|kebab|pizza|takeaway/i.test(place)
      ? 'takeaway'
      : /car park/i.test(place)
        ? 'car_park'
        : /fields|park|ground/i.test(place)
          ? 'park'
          : /flat|estate|house/i.test(place)
            ? 'hmo'
            : 'other';

const trimArticle = (s: string) => s.replace(/^(the|a|an) /i, '');

type Input = {
  rng: Rng;
  contexts: readonly HarmContext[];
  contextAdults: readonly (readonly DemoPerson[])[];
  caseContext: ReadonlyMap<string, number>;
  cases: readonly DemoCase[];
  chronology: readonly DemoChronologyEntry[];
  schoolUserId: string;
  schoolAgencyId: string;
  now: Date;
};

const MAX_ENTRIES_PER_CASE = 15;

export function buildNetworks(input: Input): DemoNetwork {
  const { rng, contexts, contextAdults, caseContext, cases, chronology } = input;
  const entities: DemoEntity[] = [];
  const roles: DemoRole[] = [];
  const links: DemoLink[] = [];
  const nicknameOnly: DemoPerson[] = [];
  const entries: DemoChronologyEntry[] = [];
  const members: DemoNetwork['members'] = [];
  const perCase = new Map<string, number>();
  for (const e of chronology) perCase.set(e.caseId, (perCase.get(e.caseId) ?? 0) + 1);
  let n = 0;
  const entity = (e: Omit<DemoEntity, 'id'>): DemoEntity => {
    const made = { ...e, id: `entity-${++n}` };
    entities.push(made);
    return made;
  };
  const firstEntry = new Map<string, DemoChronologyEntry>();
  for (const e of chronology) if (!firstEntry.has(e.caseId)) firstEntry.set(e.caseId, e);
  const personEntity = new Map<string, DemoEntity>();
  const forPerson = (p: DemoPerson, label: string, by: DemoChronologyEntry) => {
    let e = personEntity.get(p.id);
    if (!e) personEntity.set(p.id, (e = entity({ kind: 'person', personId: p.id, label, createdById: by.authorId, agencyId: by.agencyId })));
    return e;
  };
  const link = (from: DemoEntity, to: DemoEntity, type: LinkType, confidence: Confidence, entry: DemoChronologyEntry, kase: DemoCase) =>
    links.push({
      id: `link-${links.length + 1}`,
      from: from.id,
      to: to.id,
      type,
      directed: LINK_TYPES[type].directed,
      confidence,
      sourceEntryId: entry.id,
      caseId: kase.id,
      personId: kase.personId,
      agencyId: entry.agencyId,
      createdById: entry.authorId,
      validFrom: entry.occurredAt.slice(0, 10),
    });

  for (const [k, ctx] of contexts.slice(0, 2).entries()) {
    const kases = cases.filter((c) => caseContext.get(c.id) === k && firstEntry.has(c.id));
    if (!kases.length) continue;
    const seed = firstEntry.get(kases[0]!.id)!;
    const adults = (contextAdults[k] ?? []).map((a) => {
      const nick = a.names.find((x) => x.kind === 'nickname')?.given;
      return forPerson(a, `${a.names[0]!.given} ${a.names[0]!.family}${nick ? ` (“${nick}”)` : ''}`, seed);
    });
    const place = entity({
      kind: 'location',
      label: trimArticle(ctx.place),
      locationType: placeType(ctx.place),
      createdById: seed.authorId,
      agencyId: seed.agencyId,
    });
    const phone = entity({
      kind: 'phone',
      label: k === 0 ? '+447700900461' : '+447700900777',
      phone: k === 0 ? '+447700900461' : '+447700900777',
      createdById: seed.authorId,
      agencyId: seed.agencyId,
    });
    const [colour, make] = k === 0 ? ['silver', 'hatchback'] : ['black', 'Audi'];
    const car = entity({
      kind: 'vehicle',
      label: `${colour} ${make} ${k === 0 ? 'LK19ABC' : 'YR68KDF'}`,
      vrm: k === 0 ? 'LK19ABC' : 'YR68KDF',
      vrmPartial: false,
      make,
      colour,
      createdById: seed.authorId,
      agencyId: seed.agencyId,
    });
    const group =
      k === 1 ? entity({ kind: 'group', label: 'the Gallowmead line', groupType: 'county_line', createdById: seed.authorId, agencyId: seed.agencyId }) : null;
    // The adults know each other: recorded once, by the police-style first entry.
    const head = adults[0];
    if (head) {
      for (const other of adults.slice(1)) link(head, other, 'associates_with', 'suspected', seed, kases[0]!);
      link(head, car, 'uses_vehicle', 'confirmed', seed, kases[0]!);
      link(head, phone, 'uses_phone', 'reported', seed, kases[0]!);
      if (group) link(head, group, 'member_of', 'suspected', seed, kases[0]!);
    }
    for (const kase of kases) {
      const entry = firstEntry.get(kase.id)!;
      const child = forPerson({ id: kase.personId } as DemoPerson, '', entry);
      roles.push({ caseId: kase.id, entityId: child.id, role: 'child_at_risk', addedById: entry.authorId });
      const adult = adults.length ? rng.pick(adults) : null;
      if (adult) {
        roles.push({ caseId: kase.id, entityId: adult.id, role: 'suspected_perpetrator', addedById: entry.authorId });
        link(adult, child, k === 0 ? 'picked_up_by' : 'supplied_drugs_to', rng.chance(0.4) ? 'reported' : 'suspected', entry, kase);
      }
      link(child, place, k === 0 ? 'stayed_at' : 'seen_at', rng.chance(0.5) ? 'confirmed' : 'reported', entry, kase);
      if (rng.chance(0.6)) link(phone, child, 'called', 'reported', entry, kase);
      if (k === 0 && rng.chance(0.5)) link(car, child, 'picked_up_by', 'reported', entry, kase);
      if (group && rng.chance(0.7)) link(child, group, 'member_of', 'suspected', entry, kase);
    }
    // The school's fragment: a nickname and part of a plate, for the first child of network 1.
    const roomy = kases.filter((c) => (perCase.get(c.id) ?? 0) < MAX_ENTRIES_PER_CASE);
    if (k === 0 && head && roomy.length) {
      const kase = roomy[roomy.length - 1]!;
      const entry = firstEntry.get(kase.id)!;
      const nick = (contextAdults[0]?.[0]?.names.find((x) => x.kind === 'nickname')?.given ?? 'Big T').trim();
      const only: DemoPerson = {
        id: 'person-nickname-1',
        kind: 'adult',
        dateOfBirth: '',
        gender: 'male',
        ethnicity: 'not_stated',
        names: [{ kind: 'nickname', given: nick, family: '' }],
        nhsNumber: null,
        school: null,
        lookedAfter: 'not_known',
        cpPlan: 'not_known',
        addresses: [],
        identifiers: [],
      };
      nicknameOnly.push(only);
      const at = new Date(Math.min(Date.parse(entry.occurredAt) + 3 * 86_400_000, input.now.getTime())).toISOString();
      members.push({ caseId: kase.id, member: { userId: input.schoolUserId, agencyId: input.schoolAgencyId, role: 'team_member' } });
      const school: DemoChronologyEntry = {
        id: 'chron-school-network-1',
        caseId: kase.id,
        kind: 'note',
        occurredAt: at,
        summary: 'Seen being collected after school by an adult',
        detail: `Staff on the gate saw the young person get into a silver hatchback after school. The driver, a man of about 25, was called "${nick}" by other pupils. Staff noted part of the registration: LK19.`,
        authorId: input.schoolUserId,
        agencyId: input.schoolAgencyId,
      };
      entries.push(school);
      const who = entity({ kind: 'person', personId: only.id, label: `“${nick}”, about 25`, createdById: school.authorId, agencyId: school.agencyId });
      const partial = entity({
        kind: 'vehicle',
        label: 'silver hatchback LK19…',
        vrm: 'LK19',
        vrmPartial: true,
        colour: 'silver',
        make: 'hatchback',
        createdById: school.authorId,
        agencyId: school.agencyId,
      });
      const child = personEntity.get(kase.personId)!;
      roles.push({ caseId: kase.id, entityId: who.id, role: 'suspected_perpetrator', addedById: school.authorId });
      link(who, child, 'picked_up_by', 'reported', school, kase);
      link(partial, child, 'picked_up_by', 'reported', school, kase);
      link(who, partial, 'uses_vehicle', 'reported', school, kase);
    }
  }
  // Child entities were created without labels: the loader labels them from the person's legal name.
  return { entities, roles, links, nicknameOnly, entries, members };
}
