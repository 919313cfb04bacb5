import { randomPointInWard } from '../core/geo/random-point.ts';
import type { Ward, WardSet } from '../core/geo/wards.ts';
import { LINK_TYPES, type LinkType, type LocationType } from '../core/records/entities.ts';
import { SCHOOLS } from './places.ts';
import { createRng } from './prng.ts';
import type { DemoEntity, DemoLink, DemoRole } from './network.ts';
import type { DemoCase, DemoChronologyEntry, DemoData } from './types.ts';

// Where the demo's people and places are (issue 6). All synthetic: homes are random points inside a ward (no real
// address), venues are invented and placed in a ward chosen per harm context. Children drawn into one harm context
// mostly live near each other, as a county line or a grooming network recruits locally, so the demo map shows
// clusters and hotspots. Every link has a source entry in the child's chronology, like any recorded link.

export type Placed = { lat: number; lon: number; ward: string | null };
export type DemoMap = {
  addresses: Map<string, Placed>; // person id -> current home (every address of the person is placed there)
  entities: Map<string, Placed>; // location entity id -> where it is
  extra: { entities: DemoEntity[]; roles: DemoRole[]; links: DemoLink[] };
};

const HOME_NEAR_CONTEXT = 0.65;

export function placeDemo(data: DemoData, wards: WardSet): DemoMap {
  const rng = createRng(data.seed ^ 0x6d6170);
  const all = wards.wards;
  const pick = (w: Ward): Placed => {
    const [lon, lat] = randomPointInWard(w, rng.next).map(round) as [number, number];
    return { lat, lon, ward: wards.locate(lon, lat) };
  };
  const contextWard = (k: number): Ward => all[(k * 7 + 3) % all.length]!;
  const caseOf = new Map(data.cases.map((c) => [c.personId, c]));

  const addresses = new Map<string, Placed>();
  for (const p of data.persons) {
    const kase = caseOf.get(p.id);
    const k = kase ? data.caseContext[kase.id] : undefined;
    const near = k !== undefined && rng.chance(HOME_NEAR_CONTEXT);
    addresses.set(p.id, pick(near ? contextWard(k) : rng.pick(all)));
  }

  const entities = new Map<string, Placed>();
  const extra: DemoMap['extra'] = { entities: [], roles: [], links: [] };
  let n = 0;
  const entity = (e: Omit<DemoEntity, 'id'>): DemoEntity => {
    const made = { ...e, id: `map-entity-${++n}` };
    extra.entities.push(made);
    return made;
  };
  const link = (from: string, to: string, type: LinkType, entry: DemoChronologyEntry, kase: DemoCase) =>
    extra.links.push({
      id: `map-link-${extra.links.length + 1}`,
      from,
      to,
      type,
      directed: LINK_TYPES[type].directed,
      confidence: type === 'found_at' || type === 'missing_from' ? 'confirmed' : 'reported',
      sourceEntryId: entry.id,
      caseId: kase.id,
      personId: kase.personId,
      agencyId: entry.agencyId,
      createdById: entry.authorId,
      validFrom: entry.occurredAt.slice(0, 10),
    });

  // Entities the network already holds: places keep their label, people their person record.
  const placeByLabel = new Map<string, string>();
  for (const e of data.network.entities) {
    if (e.kind !== 'location') continue;
    placeByLabel.set(e.label, e.id);
  }
  const personEntity = new Map<string, string>();
  for (const e of data.network.entities) if (e.kind === 'person' && e.personId) personEntity.set(e.personId, e.id);
  const roleKeys = new Set(data.network.roles.map((r) => `${r.caseId}:${r.entityId}:${r.role}`));
  const role = (r: DemoRole) => {
    const key = `${r.caseId}:${r.entityId}:${r.role}`;
    if (roleKeys.has(key)) return;
    roleKeys.add(key);
    extra.roles.push(r);
  };

  const entriesByCase = new Map<string, DemoChronologyEntry[]>();
  for (const e of data.chronology) entriesByCase.set(e.caseId, [...(entriesByCase.get(e.caseId) ?? []), e]);

  const venue = (label: string, type: LocationType, by: DemoChronologyEntry, ward: Ward): string => {
    const found = placeByLabel.get(label);
    if (found) return found;
    const e = entity({ kind: 'location', label, locationType: type, createdById: by.authorId, agencyId: by.agencyId });
    placeByLabel.set(label, e.id);
    entities.set(e.id, pick(ward));
    return e.id;
  };
  const personFor = (personId: string, label: string, by: DemoChronologyEntry): string => {
    let id = personEntity.get(personId);
    if (!id) personEntity.set(personId, (id = entity({ kind: 'person', personId, label, createdById: by.authorId, agencyId: by.agencyId }).id));
    return id;
  };
  const labelOf = new Map(data.persons.map((p) => [p.id, `${p.names[0]!.given} ${p.names[0]!.family}`]));

  for (const kase of data.cases) {
    const k = data.caseContext[kase.id];
    const entries = entriesByCase.get(kase.id) ?? [];
    const first = entries[0];
    if (k === undefined || !first) continue;
    const ctx = data.contexts[k]!;
    const label = ctx.place.replace(/^(the|a|an) /i, '');
    const place = venue(label, typeOf(label), first, all[(k * 7 + 4) % all.length]!);
    const child = personFor(kase.personId, labelOf.get(kase.personId) ?? 'Child', first);
    role({ caseId: kase.id, entityId: child, role: 'child_at_risk', addedById: first.authorId });
    link(child, place, 'seen_at', first, kase);
    // The context's adults are seen at the place: recorded from this child's account.
    for (const adultId of ctx.adultIds.slice(0, 2)) {
      const adult = personFor(adultId, labelOf.get(adultId) ?? 'Adult', first);
      role({ caseId: kase.id, entityId: adult, role: 'suspected_perpetrator', addedById: first.authorId });
      link(adult, place, 'seen_at', first, kase);
    }
    // Missing episodes: found at the context's place; went missing from school or from the placement.
    const person = data.persons.find((p) => p.id === kase.personId);
    for (const e of entries.filter((x) => x.kind === 'missing_episode')) {
      if (rng.chance(0.6)) link(child, place, 'found_at', e, kase);
      // Drawn as before for every child with a school (the map keeps its places); only an episode that began after
      // school is linked to the school: the others began in the evening, from home or the placement.
      if (person?.school) rng.chance(0.5);
      const fromLabel =
        person?.school && /after school/i.test(e.summary)
          ? person.school
          : person?.lookedAfter === 's20' || person?.lookedAfter === 's31'
            ? 'Beacon House children’s home'
            : null;
      if (fromLabel) link(child, venue(fromLabel, fromLabel === person?.school ? 'school' : 'other', e, rng.pick(all)), 'missing_from', e, kase);
    }
  }
  // Network places the issue-5 demo created (contexts 0 and 1) are placed too.
  for (const e of data.network.entities) if (e.kind === 'location' && !entities.has(e.id)) entities.set(e.id, pick(contextWard(2 + entities.size)));
  return { addresses, entities, extra };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

const typeOf = (label: string): LocationType =>
  SCHOOLS.includes(label)
    ? 'school'
    : /hotel|lodge|guest house/i.test(label)
      ? 'hotel'
      : /chicken|takeaway|shisha/i.test(label)
        ? 'takeaway'
        : /car park/i.test(label)
          ? 'car_park'
          : /fields|park|ground/i.test(label)
            ? 'park'
            : /flat|estate/i.test(label)
              ? 'hmo'
              : /shop/i.test(label)
                ? 'shop'
                : 'other';
