import type { RiskLevel } from '../core/screening/levels.ts';
import { PRONOUNS, type Pronouns } from './chronology.ts';
import { addDays, ageOn, isoDate, startOfDay } from './dates.ts';
import type { DemoMissingEpisode } from './missing.ts';
import type { DemoEntity } from './network.ts';
import type { AgencyKind, Role } from '../core/records/vocab.ts';
import type { DemoData, DemoPerson, DemoUser } from './types.ts';

// Who the demo's MASE panel story is about (issue 7): children from the first harm contexts (the Grange Lodge Hotel
// network and the county line), a looked-after child who keeps going missing from the same placement, the suspected
// perpetrators the notes keep naming, and the places they use. Chosen from the generated data by fixed rules (no
// random draws), so the story follows the data it sits on.

export type CastChild = {
  personId: string;
  caseId: string;
  person: DemoPerson;
  name: string; // the name the notes use
  fullName: string;
  age: number; // on the demo's now
  p: Pronouns;
  they: string; // capitalised pronoun
  risk: RiskLevel | null;
  episodes: DemoMissingEpisode[]; // oldest first
};
export type CastAdult = { personId: string; entityId: string; title: string; nickname: string };
export type CastPlace = { entityId: string; label: string };

export type PanelCast = {
  firstMeeting: string; // YYYY-MM-DD, about 8 weeks before now
  secondMeeting: string; // about 4 weeks before now
  childA: CastChild; // sexual exploitation around the hotel; CAWN on 'Big T'
  childB: CastChild; // county line; CAWN on the line's holder, raised at the first meeting
  childC: CastChild; // looked after, repeatedly missing from the same placement
  childD: CastChild; // newly at high risk, linked to the hotel: on the second agenda
  headA: CastAdult; // 'Big T': linked to most children in network 1
  headB: CastAdult; // 'Dee': network 2, the county line
  secondA: CastAdult | null; // another adult around the hotel
  asbAdult: CastAdult | null; // an adult in a later harm context (ASB injunction)
  hotel: CastPlace;
  takeaway: CastPlace;
  carPark: CastPlace | null;
  fields: CastPlace | null;
  adultOf: (personId: string | undefined) => CastAdult | null;
  childOf: (caseId: string) => CastChild;
  user: (username: string) => DemoUser;
  staff: (kind: AgencyKind, role: Role, index?: number) => DemoUser;
};

const DAY = 86_400_000;
const isLookedAfter = (p: DemoPerson) => p.lookedAfter === 's20' || p.lookedAfter === 's31';

/** The day a child can have a CAWN served to protect them on `on` (College of Policing CAWN advice; core/mase/orders.ts). */
export function cawnBasisFor(p: DemoPerson, on: Date): 'under_16_at_home' | 'under_18_in_care' | null {
  const age = ageOn(p.dateOfBirth, on);
  // Children Act 1989 s.49 covers a child in care under a care order (s.31); a child accommodated under s.20 is not
  // "in care" for it, so the under-16 basis is the one that applies to them.
  if (p.lookedAfter === 's31' && age < 18) return 'under_18_in_care';
  if (age < 16) return 'under_16_at_home';
  return null;
}

/** A panel on a Wednesday `weeks` weeks before now (on or before that day). */
export function panelDay(now: Date, weeks: number): string {
  const d = startOfDay(addDays(now, -7 * weeks));
  return isoDate(addDays(d, -((d.getUTCDay() - 3 + 7) % 7)));
}

type Input = {
  data: DemoData;
  now: Date;
  episodes: readonly DemoMissingEpisode[];
  personEntity: ReadonlyMap<string, string>;
  entities: readonly DemoEntity[];
};

export function castPanel({ data, now, episodes, personEntity, entities }: Input): PanelCast {
  const firstMeeting = panelDay(now, 8);
  const secondMeeting = panelDay(now, 4);
  const first = new Date(`${firstMeeting}T10:00:00Z`);
  const persons = new Map(data.persons.map((p) => [p.id, p]));
  const risk = new Map(data.caseForms.map((f) => [f.caseId, f.riskLevel]));
  const byCase = new Map<string, DemoMissingEpisode[]>();
  for (const e of episodes) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const placeOf = (k: number): CastPlace | null => {
    const label = data.contexts[k]?.place.replace(/^(the|a|an) /i, '');
    const e = entities.find((x) => x.kind === 'location' && x.label === label);
    return e && label ? { entityId: e.id, label } : null;
  };

  const child = (caseId: string): CastChild => {
    const kase = data.cases.find((c) => c.id === caseId)!;
    const person = persons.get(kase.personId)!;
    const legal = person.names[0]!;
    const p = PRONOUNS[person.gender];
    return {
      personId: person.id,
      caseId,
      person,
      name: person.names.find((n) => n.kind === 'nickname')?.given ?? legal.given,
      fullName: `${legal.given} ${legal.family}`,
      age: ageOn(person.dateOfBirth, now),
      p,
      they: p.they.charAt(0).toUpperCase() + p.they.slice(1),
      risk: risk.get(caseId) ?? null,
      episodes: byCase.get(caseId) ?? [],
    };
  };
  const adult = (personId: string | undefined): CastAdult | null => {
    const person = personId ? persons.get(personId) : undefined;
    const entityId = personId ? personEntity.get(personId) : undefined;
    if (!person || !entityId) return null;
    const legal = person.names[0]!;
    const nickname = person.names.find((n) => n.kind === 'nickname')?.given ?? legal.given;
    return { personId: person.id, entityId, title: `${legal.given} ${legal.family} ('${nickname}')`, nickname };
  };

  const rank: Record<RiskLevel, number> = { high: 3, medium: 2, low: 1, none: 0 };
  const inContext = (k: number) => data.cases.filter((c) => data.caseContext[c.id] === k);
  const recent = (caseId: string, before: Date, days: number) =>
    (byCase.get(caseId) ?? []).filter((e) => Date.parse(e.reportedAt) <= before.getTime() && Date.parse(e.reportedAt) > before.getTime() - days * DAY).length;
  const best = (candidates: readonly { id: string }[], score: (id: string) => number, what: string): string => {
    const sorted = [...candidates].sort((a, b) => score(b.id) - score(a.id) || a.id.localeCompare(b.id));
    if (!sorted[0]) throw new Error(`demo MASE panel: no child for ${what}`);
    return sorted[0].id;
  };
  const personOf = (caseId: string) => persons.get(data.cases.find((c) => c.id === caseId)!.personId)!;
  const hotel = placeOf(0);
  const takeaway = placeOf(1);
  if (!hotel || !takeaway) throw new Error('demo MASE panel: the first two harm contexts have no place');

  const served = addDays(first, -40);
  // Panels mostly discuss children of 13 to 15: old enough to be drawn away for nights, young enough for a CAWN at home.
  const usualAge = (id: string) => {
    const age = ageOn(personOf(id).dateOfBirth, now);
    return age >= 13 && age <= 15 ? 1 : 0;
  };
  const has = (id: string) => ((byCase.get(id) ?? []).length > 0 ? 1 : 0);
  // A: the child the hotel network harms most (at medium or high, found there after going missing), whom a CAWN can protect.
  const a = best(
    inContext(0).filter((c) => cawnBasisFor(personOf(c.id), served)),
    (id) =>
      has(id) * 10_000 +
      rank[risk.get(id) ?? 'none'] * 1000 +
      (byCase.get(id) ?? []).filter((e) => e.foundAtEntity === hotel.entityId).length * 100 +
      recent(id, first, 180) * 10 +
      usualAge(id),
    'the hotel network',
  );
  const b = best(
    inContext(1).filter((c) => cawnBasisFor(personOf(c.id), addDays(first, 7))),
    (id) => has(id) * 10_000 + rank[risk.get(id) ?? 'none'] * 1000 + recent(id, first, 365) * 10 + usualAge(id),
    'the county line',
  );
  const c = best(
    data.cases.filter((x) => x.id !== a && x.id !== b && isLookedAfter(personOf(x.id))),
    (id) => recent(id, first, 90) * 100 + (byCase.get(id) ?? []).filter((e) => e.missingFromEntity).length,
    'a looked-after child',
  );
  const second = new Date(`${secondMeeting}T10:00:00Z`);
  const d = best(
    inContext(0).filter((x) => ![a, b, c].includes(x.id)),
    (id) => has(id) * 10_000 + rank[risk.get(id) ?? 'none'] * 1000 + recent(id, second, 90) * 10 + usualAge(id),
    'a child newly at high risk',
  );

  const headA = adult(data.contexts[0]?.adultIds[0]);
  const headB = adult(data.contexts[1]?.adultIds[0]);
  if (!headA || !headB) throw new Error('demo MASE panel: the networks have no recorded adults');
  const asbContext = [4, 5, 6, 7, 8, 9, 2, 3].find((k) => adult(data.contexts[k]?.adultIds[0]));

  const user = (username: string): DemoUser => {
    const u = data.users.find((x) => x.username === username);
    if (!u) throw new Error(`demo user ${username} missing`);
    return u;
  };
  const agencyOf = (kind: AgencyKind) => data.agencies.find((x) => x.kind === kind)!.id;
  const staff = (kind: AgencyKind, role: Role, index = 0): DemoUser => {
    const found = data.users.filter((u) => u.agencyId === agencyOf(kind) && u.role === role);
    const u = found[Math.min(index, found.length - 1)];
    if (!u) throw new Error(`demo has no ${role} in ${kind}`);
    return u;
  };

  return {
    firstMeeting,
    secondMeeting,
    childA: child(a),
    childB: child(b),
    childC: child(c),
    childD: child(d),
    headA,
    headB,
    secondA: adult(data.contexts[0]?.adultIds[1]),
    asbAdult: asbContext === undefined ? null : adult(data.contexts[asbContext]?.adultIds[0]),
    hotel,
    takeaway,
    carPark: placeOf(2),
    fields: placeOf(3),
    adultOf: adult,
    childOf: child,
    user,
    staff,
  };
}
