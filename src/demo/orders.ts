import type { BreachFollowUp, CawnBasis, OrderKind, OrderStatus } from '../core/mase/vocab.ts';
import { addDays, isoDate } from './dates.ts';
import { cawnBasisFor, type CastAdult, type CastChild, type PanelCast } from './mase-cast.ts';
import type { Rng } from './prng.ts';
import type { DemoData, DemoPerson } from './types.ts';

// The orders and notices register (issue 7): Child Abduction Warning Notices served by the police on suspected
// perpetrators in the harm contexts, one breached after the last panel (its Sexual Risk Order follow-up still to be
// considered), an earlier breach that led to an SRO application, a licensing review of the hotel, and an anti-social
// behaviour injunction. Each CAWN's basis follows the child's age and care status on the day it was served. Invented.

export type DemoOrder = {
  id: string;
  kind: OrderKind;
  status: OrderStatus;
  subjectEntityId: string; // demo entity id: the adult served, or the premises
  childPersonId: string | null;
  caseId: string | null;
  basis: CawnBasis | null;
  reference: string;
  startsOn: string | null;
  officer: string;
  reviewOn: string | null;
  expiresOn: string | null;
  outcome: string;
  notes: string;
  createdById: string;
  agencyId: string;
  createdAt: string;
  updatedAt: string;
};

export type DemoBreach = {
  id: string;
  orderId: string;
  occurredAt: string;
  detail: string;
  reportedById: string;
  agencyId: string;
  followUp: BreachFollowUp;
  followUpReason: string;
  decidedById: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type DemoOrders = {
  orders: DemoOrder[];
  breaches: DemoBreach[];
  // The orders the panel story points at (actions carry their id).
  story: { cawnA: DemoOrder; cawnB: DemoOrder; sro: DemoOrder; licensing: DemoOrder; asb: DemoOrder | null; breachA: DemoBreach; breachB: DemoBreach };
};

const DAY = 86_400_000;
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const plusDays = (date: string, days: number) => isoDate(addDays(new Date(`${date}T00:00:00Z`), days));
const birthday = (p: DemoPerson, years: number) => {
  const [y, m, d] = p.dateOfBirth.split('-').map(Number) as [number, number, number];
  // Born on 29 February: the birthday falls on 1 March in a common year.
  return isoDate(new Date(Date.UTC(y + years, m - 1, d)));
};

export function buildOrders({ rng, data, cast, now }: { rng: Rng; data: DemoData; cast: PanelCast; now: Date }): DemoOrders {
  const today = isoDate(now);
  const police = cast.user('police');
  const policeLead = cast.staff('police', 'safeguarding_lead');
  const coordinator = cast.user('coordinator');
  const licensingOfficer = cast.staff('community_safety', 'practitioner');
  const orders: DemoOrder[] = [];
  let ref = rng.int(20, 60);

  const cawn = (adult: CastAdult, child: CastChild, servedOn: string, by = police): DemoOrder => {
    const basis = cawnBasisFor(child.person, new Date(`${servedOn}T00:00:00Z`));
    if (!basis) throw new Error(`demo CAWN: ${child.personId} cannot be protected by a CAWN on ${servedOn}`);
    // A CAWN stays in force until the child is 16 (at home) or 18 (in care); reviewed every 6 months meanwhile.
    const expiresOn = birthday(child.person, basis === 'under_16_at_home' ? 16 : 18);
    const review = plusDays(servedOn, 182);
    const o: DemoOrder = {
      id: `order-${orders.length + 1}`,
      kind: 'cawn',
      status: expiresOn <= today ? 'expired' : 'in_force',
      subjectEntityId: adult.entityId,
      childPersonId: child.personId,
      caseId: child.caseId,
      basis,
      reference: `CAWN/${servedOn.slice(2, 4)}/${String(++ref).padStart(4, '0')}`,
      startsOn: servedOn,
      officer: by.displayName,
      reviewOn: review < expiresOn ? review : null,
      expiresOn,
      outcome: '',
      notes: `Served in person on '${adult.nickname}'. The notice names ${child.fullName} and says ${child.p.they} must not be contacted, harboured or taken anywhere without the ${basis === 'under_18_in_care' ? 'local authority' : 'parents'}' permission. Photograph taken and the notice read aloud.`,
      createdById: by.id,
      agencyId: by.agencyId,
      createdAt: at(servedOn, 16),
      updatedAt: at(servedOn, 16),
    };
    orders.push(o);
    return o;
  };

  // Network 1: 'Big T', served before the first panel; breached between the panels; an SRO was applied for.
  const cawnA = cawn(cast.headA, cast.childA, plusDays(cast.firstMeeting, -40));
  // Network 2: the line's holder, served after the first panel asked for it; breached after the second.
  const cawnB = cawn(cast.headB, cast.childB, plusDays(cast.firstMeeting, 6));

  // Other harm contexts: the first named adult, for a child in that context a CAWN can protect.
  for (let k = 2; k < data.contexts.length && orders.length < 6; k++) {
    const servedOn = isoDate(addDays(now, -rng.int(60, 150)));
    const kase = data.cases.find((c) => {
      const p = data.caseContext[c.id] === k ? data.persons.find((x) => x.id === c.personId) : undefined;
      return p ? cawnBasisFor(p, new Date(`${servedOn}T00:00:00Z`)) !== null : false;
    });
    const adult = cast.adultOf(data.contexts[k]?.adultIds[0]);
    if (!kase || !adult) continue;
    cawn(adult, cast.childOf(kase.id), servedOn, rng.chance(0.5) ? police : policeLead);
  }

  const breaches: DemoBreach[] = [];
  const breach = (order: DemoOrder, occurred: number, detail: string, followUp: BreachFollowUp, decided: string | null, reason = ''): DemoBreach => {
    const b: DemoBreach = {
      id: `breach-${breaches.length + 1}`,
      orderId: order.id,
      occurredAt: new Date(occurred).toISOString(),
      detail,
      reportedById: police.id,
      agencyId: police.agencyId,
      followUp,
      followUpReason: reason,
      decidedById: decided ? coordinator.id : null,
      decidedAt: decided,
      createdAt: new Date(occurred + 14 * 3_600_000).toISOString(),
      updatedAt: decided ?? new Date(occurred + 14 * 3_600_000).toISOString(),
    };
    breaches.push(b);
    return b;
  };
  const breachAt = Date.parse(at(cast.secondMeeting, 22)) - 9 * DAY;
  const weeks = Math.round((breachAt - Date.parse(at(cawnA.startsOn!))) / (7 * DAY));
  const breachA = breach(
    cawnA,
    breachAt,
    `Officers found ${cast.childA.name} in a car with '${cast.headA.nickname}' outside the ${cast.hotel.label} at 10pm, ${weeks} weeks after the notice was served. ${cast.childA.they} was taken home safe; the adult was arrested and released under investigation.`,
    'application_made',
    at(cast.secondMeeting, 12),
    'Agreed at the panel: the breach and the hotel intelligence support an application.',
  );
  const breachB = breach(
    cawnB,
    now.getTime() - 5 * DAY - 3 * 3_600_000,
    `${cast.childB.name} was found by officers at the flat used by '${cast.headB.nickname}', after the notice was served. ${cast.childB.they} was safeguarded as a victim of criminal exploitation.`,
    'to_consider',
    null,
  );

  // The SRO application that followed the first breach: the hearing is still to come.
  const sroOn = plusDays(cast.secondMeeting, 8);
  const sro: DemoOrder = {
    id: `order-${orders.length + 1}`,
    kind: 'sro',
    status: 'applied',
    subjectEntityId: cast.headA.entityId,
    childPersonId: cast.childA.personId,
    caseId: cast.childA.caseId,
    basis: null,
    reference: `SRO/${sroOn.slice(2, 4)}/0007`,
    startsOn: sroOn,
    officer: policeLead.displayName,
    reviewOn: plusDays(today, 10),
    expiresOn: null,
    outcome: '',
    notes: `Application to the magistrates' court after the CAWN breach: prohibitions sought on contact with any child under 18 and on being at the ${cast.hotel.label}.`,
    createdById: policeLead.id,
    agencyId: policeLead.agencyId,
    createdAt: at(sroOn, 15),
    updatedAt: at(sroOn, 15),
  };
  orders.push(sro);

  const reviewOn = plusDays(cast.firstMeeting, 16);
  const licensing: DemoOrder = {
    id: `order-${orders.length + 1}`,
    kind: 'licensing_review',
    status: 'applied',
    subjectEntityId: cast.hotel.entityId,
    childPersonId: null,
    caseId: null,
    basis: null,
    reference: `LIC/${reviewOn.slice(2, 4)}/0113`,
    startsOn: reviewOn,
    officer: licensingOfficer.displayName,
    reviewOn: plusDays(today, 12),
    expiresOn: null,
    outcome: '',
    notes:
      'Review of the premises licence under the protection of children from harm objective: rooms booked for adults with children present, no ID checks at night, and the night manager did not call the police when asked. Conditions sought: ID checks, a register of guests, CCTV kept for 31 days, staff training.',
    createdById: licensingOfficer.id,
    agencyId: licensingOfficer.agencyId,
    createdAt: at(reviewOn, 14),
    updatedAt: at(reviewOn, 14),
  };
  orders.push(licensing);

  let asb: DemoOrder | null = null;
  if (cast.asbAdult) {
    const madeOn = plusDays(cast.firstMeeting, 24);
    asb = {
      id: `order-${orders.length + 1}`,
      kind: 'asb_injunction',
      status: 'in_force',
      subjectEntityId: cast.asbAdult.entityId,
      childPersonId: null,
      caseId: null,
      basis: null,
      reference: `ASBI/${madeOn.slice(2, 4)}/0031`,
      startsOn: madeOn,
      officer: policeLead.displayName,
      reviewOn: plusDays(madeOn, 182),
      expiresOn: plusDays(madeOn, 365),
      outcome: '',
      notes: `Injunction made: '${cast.asbAdult.nickname}' must not enter the estate or contact the children named in the schedule.`,
      createdById: policeLead.id,
      agencyId: policeLead.agencyId,
      createdAt: at(madeOn, 15),
      updatedAt: at(madeOn, 15),
    };
    orders.push(asb);
  }
  return { orders, breaches, story: { cawnA, cawnB, sro, licensing, asb, breachA, breachB } };
}
