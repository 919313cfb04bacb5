import type { ActionStatus, ActionType, AgendaKind, Attendance } from '../core/mase/vocab.ts';
import { addDays, isoDate } from './dates.ts';
import { cawnBasisFor, type CastChild, type PanelCast } from './mase-cast.ts';
import type { DemoOrders } from './orders.ts';
import type { DemoUser } from './types.ts';

// Two MASE panels, about 8 and 4 weeks before the demo's now (issue 7 "The panel"): who came (one apology each time,
// both quorate: police, health and social care present), what was discussed about each child, place and suspected
// perpetrator, what was decided, and the actions with their owners, due dates, statuses and outcomes. Actions still
// open at the first panel were carried forward to the second as new rows pointing at the earlier ones (carried_from),
// which are marked carried_forward; actions still open at the second wait for the next panel, which the coordinator
// creates. Summaries describe children as victims and the adults' behaviour as the risk. Invented.

export type DemoMeeting = {
  id: string;
  heldOn: string;
  title: string;
  chairId: string;
  status: 'held';
  notes: string;
  createdById: string;
  createdAt: string;
  updatedAt: string;
};
export type DemoAttendance = { id: string; meetingId: string; userId: string; name: string; agencyId: string; status: Attendance; recordedAt: string };
export type DemoAgendaItem = {
  id: string;
  meetingId: string;
  position: number;
  kind: AgendaKind;
  personId: string | null;
  entityId: string | null;
  breachId: string | null;
  actionId: string | null;
  title: string;
  reason: string;
  source: 'auto' | 'coordinator';
  summary: string;
  decisions: string;
  createdById: string;
  createdAt: string;
  updatedAt: string;
};
export type DemoAction = {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  type: ActionType;
  description: string;
  personId: string | null;
  entityId: string | null;
  ownerUserId: string | null;
  ownerAgencyId: string;
  dueOn: string;
  status: ActionStatus;
  outcome: string;
  carriedFromId: string | null;
  orderId: string | null;
  createdById: string;
  createdAt: string;
  updatedAt: string;
};
export type DemoPanel = { meetings: DemoMeeting[]; attendance: DemoAttendance[]; agenda: DemoAgendaItem[]; actions: DemoAction[] };

const DAY = 86_400_000;
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const plusDays = (date: string, days: number) => isoDate(addDays(new Date(`${date}T00:00:00Z`), days));
const fmt = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthYear = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

type Input = { cast: PanelCast; orders: DemoOrders['story']; now: Date };

export function buildPanel({ cast, orders, now }: Input): DemoPanel {
  const { childA: a, childB: b, childC: c, childD: d, firstMeeting: m1Day, secondMeeting: m2Day } = cast;
  const today = isoDate(now);
  const coordinator = cast.user('coordinator');
  const chair = cast.staff('police', 'safeguarding_lead');
  const police = cast.user('police');
  const policeAnalyst = cast.staff('police', 'analyst');
  const lead = cast.user('lead');
  const socialWorker = cast.user('socialworker');
  const healthLead = cast.staff('health', 'safeguarding_lead');
  const nurse = cast.user('practitioner');
  const schoolLead = cast.staff('education', 'safeguarding_lead');
  const school = cast.staff('education', 'practitioner');
  const probation = cast.staff('probation', 'practitioner');
  const probationLead = cast.staff('probation', 'safeguarding_lead');
  const communitySafety = cast.staff('community_safety', 'practitioner');
  const youthLead = cast.staff('youth_services', 'safeguarding_lead');
  const advocacyLead = cast.staff('third_sector', 'safeguarding_lead');

  const panel: DemoPanel = { meetings: [], attendance: [], agenda: [], actions: [] };
  const meeting = (heldOn: string, notes: string, present: readonly DemoUser[], apologies: readonly DemoUser[]) => {
    const m: DemoMeeting = {
      id: `mase-meeting-${panel.meetings.length + 1}`,
      heldOn,
      title: `MASE panel, ${monthYear(heldOn)}`,
      chairId: chair.id,
      status: 'held',
      notes,
      createdById: coordinator.id,
      createdAt: at(plusDays(heldOn, -21), 9),
      updatedAt: at(heldOn, 13),
    };
    panel.meetings.push(m);
    for (const [status, users] of [
      ['present', present],
      ['apologies', apologies],
    ] as const)
      for (const u of users)
        panel.attendance.push({
          id: `mase-attendance-${panel.attendance.length + 1}`,
          meetingId: m.id,
          userId: u.id,
          name: u.displayName,
          agencyId: u.agencyId,
          status,
          recordedAt: at(heldOn, 10),
        });
    return m;
  };
  type ItemInput = Pick<DemoAgendaItem, 'kind' | 'title' | 'reason' | 'summary' | 'decisions'> &
    Partial<Pick<DemoAgendaItem, 'personId' | 'entityId' | 'breachId' | 'actionId' | 'source'>>;
  const item = (meetingId: string, heldOn: string, i: ItemInput): DemoAgendaItem => {
    const row: DemoAgendaItem = {
      id: `mase-item-${panel.agenda.length + 1}`,
      meetingId,
      position: panel.agenda.filter((x) => x.meetingId === meetingId).length + 1,
      personId: null,
      entityId: null,
      breachId: null,
      actionId: null,
      source: 'auto',
      ...i,
      createdById: coordinator.id,
      createdAt: at(plusDays(heldOn, -7), 9),
      updatedAt: at(heldOn, 12),
    };
    panel.agenda.push(row);
    return row;
  };
  type ActionInput = Pick<DemoAction, 'type' | 'description' | 'dueOn' | 'status' | 'outcome'> & {
    owner: { id?: string; agencyId: string };
    item: DemoAgendaItem | null;
    personId?: string | null;
    entityId?: string | null;
    orderId?: string | null;
    doneOn?: string; // when the status last changed
  };
  const action = (meetingId: string, heldOn: string, x: ActionInput, carriedFrom: DemoAction | null = null): DemoAction => {
    const row: DemoAction = {
      id: `mase-action-${panel.actions.length + 1}`,
      meetingId,
      agendaItemId: x.item?.id ?? null,
      type: x.type,
      description: x.description,
      personId: x.personId ?? x.item?.personId ?? null,
      entityId: x.entityId ?? (x.item?.kind === 'child' ? null : (x.item?.entityId ?? null)),
      ownerUserId: x.owner.id ?? null,
      ownerAgencyId: x.owner.agencyId,
      dueOn: x.dueOn,
      status: x.status,
      outcome: x.outcome,
      carriedFromId: carriedFrom?.id ?? null,
      orderId: x.orderId ?? null,
      createdById: coordinator.id,
      createdAt: at(heldOn, 12),
      updatedAt: at(x.doneOn && x.doneOn <= today ? x.doneOn : heldOn, x.doneOn ? 16 : 12),
    };
    panel.actions.push(row);
    return row;
  };
  // Carrying forward: a new row at the next meeting; the earlier row is marked carried_forward then.
  const carry = (from: DemoAction, meetingId: string, heldOn: string, x: Omit<ActionInput, 'type' | 'owner' | 'item'> & { item: DemoAgendaItem | null }) => {
    from.status = 'carried_forward';
    from.updatedAt = at(heldOn, 12);
    return action(
      meetingId,
      heldOn,
      {
        type: from.type,
        owner: from.ownerUserId ? { id: from.ownerUserId, agencyId: from.ownerAgencyId } : { agencyId: from.ownerAgencyId },
        personId: from.personId,
        entityId: from.entityId,
        orderId: from.orderId,
        ...x,
      },
      from,
    );
  };

  const childTitle = (x: CastChild) => `${x.fullName} (${x.age})`;
  const lastEpisodes = (x: CastChild, before: string, days: number) =>
    x.episodes.filter((e) => e.reportedAt < at(before, 0) && Date.parse(e.reportedAt) >= Date.parse(at(before, 0)) - days * DAY);
  const missingReason = (x: CastChild, on: string) => {
    const n = lastEpisodes(x, on, 90).length;
    const level = x.risk === 'high' || x.risk === 'medium' ? `risk level ${x.risk}` : 'professional concern';
    return n >= 3 ? `${level}; ${n} missing episodes in 90 days` : n > 0 ? `${level}; missing ${n === 1 ? 'once' : `${n} times`} in 90 days` : level;
  };
  const foundAtHotel = (x: CastChild) => x.episodes.filter((e) => e.foundAtEntity === cast.hotel.entityId).length;

  // ---- First panel, about 8 weeks ago ----
  const m1 = meeting(
    m1Day,
    'Quorate: police, health and children’s social care present. Apologies from probation (public protection lead); probation represented by the case manager.',
    [chair, coordinator, police, lead, socialWorker, healthLead, nurse, schoolLead, probation, communitySafety, youthLead, advocacyLead],
    [probationLead],
  );
  const m1a = item(m1.id, m1Day, {
    kind: 'child',
    personId: a.personId,
    title: childTitle(a),
    reason: missingReason(a, m1Day),
    summary: `${a.name} is ${a.age} and is being sexually exploited by adults linked to the ${cast.hotel.label}. ${a.they} has been found there ${foundAtHotel(a) > 1 ? `${foundAtHotel(a)} times` : ''} after going missing, and has come back with gifts and alcohol ${a.p.they} could not explain. '${cast.headA.nickname}' is named in several agencies' notes. ${a.they} has not disclosed and the panel agreed that support and disruption do not depend on ${a.p.them} doing so.`,
    decisions: `Keep ${a.name} on the panel list. Advocacy service to offer the return home interview after every episode. Strategy discussion under child protection procedures. Sexual health appointment to be offered through the school nurse.`,
  });
  const m1b = item(m1.id, m1Day, {
    kind: 'child',
    personId: b.personId,
    title: childTitle(b),
    reason: missingReason(b, m1Day),
    summary: `${b.name} is ${b.age} and is being criminally exploited through a county line run by adults around the ${cast.takeaway.label}. ${b.they} has been found in a flat in another town and has talked about a debt ${b.p.they} is told ${b.p.they} owes. ${b.they} is a victim of exploitation and trafficking, not an offender.`,
    decisions: `Police to serve a CAWN on '${cast.headB.nickname}'. Social care to make an NRM referral as first responder. School to put a reduced timetable and a trusted adult in place.`,
  });
  const m1c = item(m1.id, m1Day, {
    kind: 'child',
    personId: c.personId,
    title: childTitle(c),
    reason: `${missingReason(c, m1Day)}; looked after, going missing from the same placement`,
    summary: `${c.name} is ${c.age}, looked after, and has gone missing from ${c.p.their} placement ${lastEpisodes(c, m1Day, 90).length || 'several'} times in 90 days, usually in the evening and usually collected by adults in a car at the end of the road. Carers have done everything asked of them; the pattern points to adults drawing ${c.p.them} away.`,
    decisions: `Strategy meeting on placement stability. Legal planning meeting to consider whether secure accommodation (s.25) is needed, with the least restrictive option first.`,
  });
  item(m1.id, m1Day, {
    kind: 'perpetrator',
    personId: cast.headA.personId,
    entityId: cast.headA.entityId,
    title: cast.headA.title,
    reason: 'Suspected perpetrator linked to 2 or more children',
    summary: `'${cast.headA.nickname}' is linked to several children through police, school and health records: seen collecting children from school in a silver hatchback, giving them gifts and taking them to the ${cast.hotel.label}. A CAWN was served on ${fmt(orders.cawnA.startsOn!)} for ${a.name}.`,
    decisions: 'Police to keep the intelligence picture up to date and report any breach of the CAWN to the coordinator at once.',
  });
  const m1h = item(m1.id, m1Day, {
    kind: 'location',
    entityId: cast.hotel.entityId,
    title: cast.hotel.label,
    reason: 'Hotspot: place linked to children in two or more cases',
    summary: `Children from several cases have been found at the ${cast.hotel.label} after going missing. Rooms are booked by adults and children are seen going in late at night. Staff do not ask for ID and did not call the police when a child asked for help.`,
    decisions: 'Licensing review of the premises licence. Awareness visit to the hotel and the guest houses nearby.',
  });
  const m1k = cast.carPark
    ? item(m1.id, m1Day, {
        kind: 'location',
        entityId: cast.carPark.entityId,
        title: cast.carPark.label,
        reason: 'Missing episodes and concerns in the ward rose against the previous 90 days',
        summary: `Young people are being met by adults on the top floor of the ${cast.carPark.label}, where two lights are broken and the camera does not cover the stairwell.`,
        decisions: 'Ask the council for lighting repairs and a change to the CCTV coverage.',
      })
    : null;
  const m1o = item(m1.id, m1Day, {
    kind: 'other',
    source: 'coordinator',
    title: 'Places where adults meet children: takeaways, parks and wifi',
    reason: 'Added by the coordinator',
    summary: `Open wifi at the ${cast.takeaway.label} is being used to message children after dark, and young people gather on ${cast.fields?.label ?? 'the recreation ground'} at weekends where adults supply alcohol.`,
    decisions: 'Ask the takeaway to switch off its public wifi. Detached youth work and patrols at the recreation ground.',
  });

  const dueM1 = (days: number) => plusDays(m1Day, days);
  action(m1.id, m1Day, {
    type: 'return_home_interview',
    item: m1a,
    description: `Offer ${a.name} a return home interview within 72 hours after every missing episode, by the same advocacy worker, and share the findings with the case team.`,
    owner: advocacyLead,
    dueOn: dueM1(14),
    status: 'done',
    outcome: `Interviews offered within 72 hours after the last two episodes; ${a.name} spoke to the same worker both times and named the hotel. Findings shared with the police.`,
    doneOn: dueM1(12),
  });
  action(m1.id, m1Day, {
    type: 'child_protection',
    item: m1a,
    description: `Hold a strategy discussion for ${a.name} under child protection procedures and decide on an initial child protection conference.`,
    owner: socialWorker,
    dueOn: dueM1(7),
    status: 'done',
    outcome: `Strategy discussion held on ${fmt(dueM1(3))}; section 47 enquiries completed and an initial child protection conference held.`,
    doneOn: dueM1(20),
  });
  const m1Health = action(m1.id, m1Day, {
    type: 'sexual_health',
    item: m1a,
    description: `Offer ${a.name} a sexual health appointment with the school nurse, at a time and place ${a.p.they} chooses.`,
    owner: nurse,
    dueOn: dueM1(21),
    status: 'open',
    outcome: '',
  });
  action(m1.id, m1Day, {
    type: 'cawn',
    item: m1b,
    description: `Serve a Child Abduction Warning Notice on '${cast.headB.nickname}' naming ${b.name}.`,
    entityId: cast.headB.entityId,
    owner: police,
    dueOn: dueM1(10),
    status: 'done',
    outcome: `CAWN served on ${fmt(orders.cawnB.startsOn!)} (${orders.cawnB.reference}).`,
    orderId: orders.cawnB.id,
    doneOn: orders.cawnB.startsOn!,
  });
  action(m1.id, m1Day, {
    type: 'nrm_referral',
    item: m1b,
    description: `Make a National Referral Mechanism referral for ${b.name} as a possible child victim of trafficking for criminal exploitation.`,
    owner: socialWorker,
    dueOn: dueM1(5),
    status: 'done',
    outcome: 'NRM referral made by children’s social care as first responder; a positive reasonable grounds decision was received.',
    doneOn: dueM1(18),
  });
  const m1Education = action(m1.id, m1Day, {
    type: 'education_plan',
    item: m1b,
    description: `Agree an education plan for ${b.name}: a reduced timetable with a trusted adult, and a safe route to and from school.`,
    owner: schoolLead,
    dueOn: dueM1(14),
    status: 'in_progress',
    outcome: '',
  });
  action(m1.id, m1Day, {
    type: 'looked_after_strategy',
    item: m1c,
    description: `Hold a strategy meeting on ${c.name}'s placement and the adults collecting ${c.p.them} from near it.`,
    owner: socialWorker,
    dueOn: dueM1(7),
    status: 'done',
    outcome: 'Strategy meeting held; the placement plan now includes evening activities with a key worker and the police have the car’s details.',
    doneOn: dueM1(6),
  });
  action(m1.id, m1Day, {
    type: 'secure_accommodation',
    item: m1c,
    description: `Consider at a legal planning meeting whether secure accommodation under s.25 is needed to keep ${c.name} safe.`,
    owner: lead,
    dueOn: dueM1(14),
    status: 'done',
    outcome: `Legal planning meeting decided secure accommodation is not needed at present: a move to a placement nearer ${c.p.their} school with a safety plan instead, reviewed if the episodes continue.`,
    doneOn: dueM1(13),
  });
  action(m1.id, m1Day, {
    type: 'awareness_visit',
    item: m1h,
    description: `Awareness visits to the ${cast.hotel.label} and nearby guest houses: signs of exploitation, when to call the police, ID checks.`,
    owner: police,
    dueOn: dueM1(21),
    status: 'done',
    outcome: 'Visits made to three premises; staff briefed and given the police contact. One guest house now asks for ID for every booking.',
    doneOn: dueM1(19),
  });
  const m1Licensing = action(m1.id, m1Day, {
    type: 'licensing_review',
    item: m1h,
    description: `Apply for a review of the ${cast.hotel.label}'s premises licence under the protection of children from harm objective.`,
    owner: communitySafety,
    dueOn: dueM1(28),
    status: 'in_progress',
    outcome: '',
    orderId: orders.licensing.id,
  });
  const m1Lighting = m1k
    ? action(m1.id, m1Day, {
        type: 'street_lighting_cctv',
        item: m1k,
        description: `Ask the council to repair the lighting and extend CCTV coverage to the stairwell of the ${m1k.title}.`,
        owner: { agencyId: communitySafety.agencyId },
        dueOn: dueM1(21),
        status: 'open',
        outcome: '',
      })
    : null;
  action(m1.id, m1Day, {
    type: 'public_wifi_off',
    item: m1o,
    entityId: cast.takeaway.entityId,
    description: `Ask the owner of the ${cast.takeaway.label} to switch off the open public wifi.`,
    owner: communitySafety,
    dueOn: dueM1(14),
    status: 'done',
    outcome: 'The owner switched off the open wifi after a joint visit with licensing; staff have the police contact.',
    doneOn: dueM1(9),
  });
  action(m1.id, m1Day, {
    type: 'location_disruption',
    item: m1o,
    entityId: cast.fields?.entityId ?? null,
    description: `Detached youth work and police patrols at ${cast.fields?.label ?? 'the recreation ground'} on Friday and Saturday evenings for six weeks.`,
    owner: youthLead,
    dueOn: dueM1(42),
    status: 'done',
    outcome: 'Six weeks of sessions held; fewer adults seen at the ground and two young people referred to youth work.',
    doneOn: plusDays(m2Day, 10),
  });
  if (cast.asbAdult && orders.asb) {
    action(m1.id, m1Day, {
      type: 'asb_order',
      item: m1o,
      entityId: cast.asbAdult.entityId,
      description: `Apply for an anti-social behaviour injunction against '${cast.asbAdult.nickname}', who uses a flat to meet children.`,
      owner: chair,
      dueOn: dueM1(28),
      status: 'done',
      outcome: `Injunction made on ${fmt(orders.asb.startsOn!)} (${orders.asb.reference}).`,
      orderId: orders.asb.id,
      doneOn: orders.asb.startsOn!,
    });
  }

  // ---- Second panel, about 4 weeks ago ----
  const m2 = meeting(
    m2Day,
    'Quorate: police, health and children’s social care present. Apologies from the education safeguarding lead; education represented by the school’s designated safeguarding lead.',
    [
      chair,
      coordinator,
      police,
      policeAnalyst,
      lead,
      socialWorker,
      healthLead,
      nurse,
      school,
      probation,
      probationLead,
      communitySafety,
      youthLead,
      advocacyLead,
    ],
    [schoolLead],
  );
  const m2a = item(m2.id, m2Day, {
    kind: 'child',
    personId: a.personId,
    title: childTitle(a),
    reason: missingReason(a, m2Day),
    summary: `${a.name} was found in a car with '${cast.headA.nickname}' outside the hotel, in breach of the CAWN. ${a.they} is talking more to the advocacy worker and has said ${a.p.they} is frightened of what the adults will do. The initial child protection conference has been held.`,
    decisions: `Apply for a Sexual Risk Order. Keep ${a.name} on the panel list; the sexual health appointment is still to be offered.`,
  });
  const m2b = item(m2.id, m2Day, {
    kind: 'child',
    personId: b.personId,
    title: childTitle(b),
    reason: missingReason(b, m2Day),
    summary: `The CAWN on '${cast.headB.nickname}' was served and ${b.name} has not been found with ${b.p.them} since. ${b.they} still misses school on the days the line is busy; the education plan is not yet in place.`,
    decisions: 'Education plan carried forward as a priority. Police to disrupt the line at the takeaway.',
  });
  const m2d = item(m2.id, m2Day, {
    kind: 'child',
    personId: d.personId,
    title: childTitle(d),
    reason: [`newly at ${d.risk === 'high' || d.risk === 'medium' ? d.risk : 'higher'} risk`, ...missingReason(d, m2Day).split('; ').slice(1)].join('; '),
    summary: `${d.name} is ${d.age} and has been seen with adults linked to the ${cast.hotel.label}. ${d.they} has been given a phone and is messaged late at night. The risk has risen since the last screening.`,
    decisions: `Return home interviews after every episode. Consider a CAWN on the adult seen with ${d.name}. School to review ${d.p.their} attendance plan.`,
  });
  const m2p = item(m2.id, m2Day, {
    kind: 'perpetrator',
    personId: cast.headB.personId,
    entityId: cast.headB.entityId,
    title: cast.headB.title,
    reason: 'Suspected perpetrator linked to 2 or more children',
    summary: `'${cast.headB.nickname}' holds the line phone and is linked to several children through police and social care records. Probation confirmed ${cast.headB.nickname} is not under supervision.`,
    decisions: 'Police analyst to map the associates and the line phone and share a network chart with the panel.',
  });
  const m2t = item(m2.id, m2Day, {
    kind: 'location',
    entityId: cast.takeaway.entityId,
    title: cast.takeaway.label,
    reason: 'Hotspot: place linked to children in two or more cases',
    summary: `The wifi has been switched off, but children are still being sent to the ${cast.takeaway.label} to collect and drop off. Taxis from one office are used to move them.`,
    decisions: 'Police disruption at the takeaway. Awareness visit to the taxi office.',
  });
  const m2x = item(m2.id, m2Day, {
    kind: 'cawn_breach',
    breachId: orders.breachA.id,
    title: `CAWN breach: '${cast.headA.nickname}'`,
    reason: 'CAWN breach: consider a Sexual Risk Order application',
    summary: `'${cast.headA.nickname}' was found with ${a.name} outside the hotel after the CAWN was served.`,
    decisions: 'Sexual Risk Order application to be made by the police.',
  });
  const m2r = item(m2.id, m2Day, {
    kind: 'overdue_action',
    actionId: m1Education.id,
    title: `Overdue action: education plan for ${b.name}`,
    reason: 'Overdue action',
    summary: 'The plan was due two weeks after the first panel. The school is waiting for the alternative provision place.',
    decisions: 'Carried forward with a new due date.',
  });

  const dueM2 = (days: number) => plusDays(m2Day, days);
  // Carried forward from the first panel.
  if (m1Lighting)
    carry(m1Lighting, m2.id, m2Day, {
      item: null,
      description: m1Lighting.description,
      dueOn: dueM2(14),
      status: 'done',
      outcome: 'Two lights repaired and the camera moved to cover the stairwell.',
      doneOn: dueM2(12),
    });
  carry(m1Health, m2.id, m2Day, {
    item: m2a,
    description: m1Health.description,
    dueOn: dueM2(14),
    status: 'done',
    outcome: `${a.name} went to the appointment with the advocacy worker; follow-up arranged.`,
    doneOn: dueM2(9),
  });
  carry(m1Licensing, m2.id, m2Day, {
    item: null,
    description: m1Licensing.description,
    dueOn: orders.licensing.reviewOn ?? dueM2(42),
    status: 'in_progress',
    outcome: `Review applied for on ${fmt(orders.licensing.startsOn!)}; the licensing sub-committee hearing is on ${fmt(orders.licensing.reviewOn ?? dueM2(42))}.`,
  });
  carry(m1Education, m2.id, m2Day, {
    item: m2r,
    description: m1Education.description,
    dueOn: dueM2(14),
    status: 'open',
    outcome: '',
  });
  // New at the second panel.
  action(m2.id, m2Day, {
    type: 'sro_application',
    item: m2x,
    personId: a.personId,
    entityId: cast.headA.entityId,
    description: `Apply for a Sexual Risk Order against '${cast.headA.nickname}' after the CAWN breach.`,
    owner: chair,
    dueOn: dueM2(21),
    status: 'in_progress',
    outcome: `Application made on ${fmt(orders.sro.startsOn!)}; hearing on ${fmt(orders.sro.reviewOn!)}.`,
    orderId: orders.sro.id,
    doneOn: orders.sro.startsOn!,
  });
  action(m2.id, m2Day, {
    type: 'return_home_interview',
    item: m2d,
    description: `Offer ${d.name} a return home interview within 72 hours after every missing episode.`,
    owner: advocacyLead,
    dueOn: dueM2(14),
    status: 'done',
    outcome: `Interviews offered after each episode; ${d.name} has talked to the worker once.`,
    doneOn: dueM2(11),
  });
  const adultD = cast.secondA ? `'${cast.secondA.nickname}'` : 'the adult seen with the child';
  // A CAWN can protect a child under 16, or under 18 in care under a care order; for an older child the panel uses other powers.
  const cawnForD = cawnBasisFor(d.person, new Date(`${dueM2(21)}T00:00:00Z`));
  action(m2.id, m2Day, {
    type: cawnForD ? 'cawn' : 'asb_order',
    item: m2d,
    entityId: cast.secondA?.entityId ?? null,
    description: cawnForD
      ? `Consider a CAWN on ${adultD} to protect ${d.name}.`
      : `Consider an anti-social behaviour injunction against ${adultD}: a CAWN cannot protect ${d.name}, who is ${d.age} and lives at home.`,
    owner: police,
    dueOn: dueM2(21),
    status: 'open',
    outcome: '',
  });
  action(m2.id, m2Day, {
    type: 'education_plan',
    item: m2d,
    description: `Review ${d.name}'s attendance and put a named trusted adult in place at school.`,
    owner: school,
    dueOn: plusDays(today, 7),
    status: 'open',
    outcome: '',
  });
  action(m2.id, m2Day, {
    type: 'other',
    item: m2p,
    description: `Map the associates of '${cast.headB.nickname}' and the line phone, and share a network chart with the panel.`,
    owner: policeAnalyst,
    dueOn: dueM2(14),
    status: 'done',
    outcome: 'Chart shared with panel members (need-to-know); two more adults identified and passed to the police.',
    doneOn: dueM2(13),
  });
  action(m2.id, m2Day, {
    type: 'location_disruption',
    item: m2t,
    description: `Disrupt the county line at the ${cast.takeaway.label}: visible patrols, stop checks and a closure notice if the evidence supports one.`,
    owner: police,
    dueOn: plusDays(today, 14),
    status: 'in_progress',
    outcome: '',
  });
  action(m2.id, m2Day, {
    type: 'awareness_visit',
    item: m2t,
    entityId: null,
    description: 'Awareness visit to the taxi office on Parkfield Parade: drivers briefed on the signs of children being moved and how to report them.',
    owner: { agencyId: communitySafety.agencyId },
    dueOn: plusDays(today, 7),
    status: 'open',
    outcome: '',
  });
  action(m2.id, m2Day, {
    type: 'other',
    item: m2b,
    description: `Ask the bus company for CCTV from the route ${b.name} takes to the takeaway.`,
    owner: police,
    dueOn: dueM2(7),
    status: 'cancelled',
    outcome: 'Not needed: officers obtained the footage directly.',
    doneOn: dueM2(4),
  });
  return panel;
}
