import { rhiDueAt } from '../core/mase/rhi-clock.ts';
import type { MissingFrom, PoliceRisk, ReturnMethod, RhiStatus } from '../core/mase/vocab.ts';
import type { DemoMap } from './map-places.ts';
import type { DemoEntity, DemoLink } from './network.ts';
import { CARS } from './places.ts';
import type { Rng } from './prng.ts';
import type { DemoCase, DemoCaseMember, DemoChronologyEntry, DemoData, DemoUser } from './types.ts';

// Missing episodes and return home interviews (issue 7), one episode per missing_episode chronology entry the demo
// already wrote. What the entry says decides what the episode records (found by police, dropped off by an unknown car,
// away for days), and the map step's found_at / missing_from links (map-places.ts) decide where. The RHI is offered by
// the advocacy service, independent of the child's care (statutory guidance, SOURCES.md 2f), and due 72 hours after the
// return. All invented.

export type DemoMissingEpisode = {
  id: string;
  personId: string;
  caseId: string;
  entryId: string;
  reportedAt: string; // ISO timestamp: the entry's time
  reportedBy: string;
  missingFrom: MissingFrom;
  missingFromEntity: string | null; // demo entity id (network or map)
  missingFromDetail: string;
  policeRef: string;
  policeRisk: PoliceRisk;
  returnedAt: string | null;
  foundAtEntity: string | null;
  foundAtDetail: string;
  foundWithEntity: string | null;
  foundWithDetail: string;
  returnMethod: ReturnMethod | null;
  returnDetail: string;
  recordedById: string;
  agencyId: string;
};

export type DemoRhi = {
  id: string;
  episodeId: string;
  dueAt: string;
  status: RhiStatus;
  assignedToId: string | null;
  assignedAgencyId: string;
  assignedAt: string;
  offeredAt: string | null;
  completedAt: string | null;
  reason: string;
  findings: string;
  recordedById: string | null;
  createdAt: string;
  updatedAt: string;
};

export type DemoMissing = {
  episodes: DemoMissingEpisode[];
  rhis: DemoRhi[];
  // "Found with" adults, recorded from the episode's entry (the entry is the source, as for found_at).
  links: DemoLink[];
  // The RHI worker joins the case team of the child they interview.
  members: { caseId: string; member: DemoCaseMember }[];
};

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const isLookedAfter = (l: string) => l === 's20' || l === 's31';

// How many RHIs are left due although their 72 hours have passed (the coordinator's overdue list).
export const OVERDUE_RHIS = 2;

type Input = {
  rng: Rng;
  data: DemoData;
  map: DemoMap;
  now: Date;
  /** Person id -> the entity that stands for them (network first, then the map step's). */
  personEntity: ReadonlyMap<string, string>;
  entityById: ReadonlyMap<string, DemoEntity>;
};

export function buildMissing({ rng, data, map, now, personEntity, entityById }: Input): DemoMissing {
  const persons = new Map(data.persons.map((p) => [p.id, p]));
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  const users = new Map(data.users.map((u) => [u.id, u]));
  const rhiAgency = data.agencies.find((a) => a.kind === 'third_sector');
  if (!rhiAgency) throw new Error('demo has no advocacy (third sector) agency for return home interviews');
  const rhiWorkers = data.users.filter((u) => u.agencyId === rhiAgency.id && u.role === 'practitioner');
  if (!rhiWorkers.length) throw new Error('demo has no return home interview workers');
  const links = new Map<string, { foundAt?: string; missingFrom?: string }>();
  for (const l of map.extra.links) {
    if (l.type !== 'found_at' && l.type !== 'missing_from') continue;
    const at = links.get(l.sourceEntryId) ?? {};
    if (l.type === 'found_at') at.foundAt = l.to;
    else at.missingFrom = l.to;
    links.set(l.sourceEntryId, at);
  }
  const adultsByName = new Map<string, string>();
  for (const p of data.persons) {
    if (p.kind !== 'adult') continue;
    for (const n of p.names) if (n.kind === 'nickname' || n.kind === 'legal') adultsByName.set(n.given.toLowerCase(), p.id);
  }

  const episodes: DemoMissingEpisode[] = [];
  const foundWithLinks: DemoLink[] = [];
  const entries = data.chronology
    .filter((e) => e.kind === 'missing_episode')
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  for (const entry of entries) {
    const kase = cases.get(entry.caseId);
    const child = kase && persons.get(kase.personId);
    if (!kase || !child) throw new Error(`missing episode ${entry.id} has no case or child`);
    const text = `${entry.summary} ${entry.detail}`;
    const linked = links.get(entry.id) ?? {};
    const reported = Date.parse(entry.occurredAt);

    // Where from: the map step's link when there is one, else the placement for a looked-after child, else home.
    const fromEntity = linked.missingFrom ? entityById.get(linked.missingFrom) : undefined;
    const lookedAfter = isLookedAfter(child.lookedAfter);
    const missingFrom: MissingFrom = fromEntity
      ? fromEntity.locationType === 'school'
        ? 'school'
        : 'care'
      : lookedAfter
        ? 'care'
        : /after school/i.test(text)
          ? 'school'
          : 'home';
    const missingFromDetail = fromEntity
      ? fromEntity.label
      : missingFrom === 'care'
        ? /foster/i.test(text)
          ? 'Foster placement'
          : 'Children’s home placement'
        : missingFrom === 'school'
          ? (child.school ?? 'School')
          : 'Family home';

    // How long: as the entry says (days, overnight), else a few hours. Never past the demo's now.
    const days = /(?:for|after going missing|police) (\d) days|(\d) days after/i.exec(text);
    const away = days
      ? Number(days[1] ?? days[2]) * 24 * HOUR + rng.int(-6, 6) * HOUR
      : /overnight|next morning|night away|came back at/i.test(text)
        ? rng.int(9, 16) * HOUR
        : rng.int(2, 9) * HOUR + rng.int(0, 59) * 60_000;
    let returned: number | null = reported + away;
    if (returned > now.getTime()) returned = reported < now.getTime() - 3 * HOUR ? now.getTime() - rng.int(1, 2) * HOUR : null;

    // How they came back, as the entry tells it.
    const car = CARS.find((c) => text.includes(c));
    const byPolice = /by officers|by police|during a warrant|by local police/i.test(text);
    const droppedUnknown = /returned by an unknown adult|dropped off by an adult/i.test(text);
    const returnMethod: ReturnMethod | null =
      returned === null
        ? null
        : droppedUnknown
          ? 'dropped_off_unknown'
          : byPolice
            ? 'found_by_police'
            : rng.weighted({ own_accord: 40, brought_by_carer: 20, dropped_off_unknown: 18, dropped_off_known: 10, brought_by_professional: 12 });
    const returnDetail =
      returnMethod === 'dropped_off_unknown'
        ? `Dropped off near the ${lookedAfter ? 'placement' : 'home'} by an adult in ${car ?? rng.pick(CARS)}; the registration was not seen.`
        : returnMethod === 'dropped_off_known'
          ? 'Dropped off by an older young person known to the family; details passed to the police.'
          : returnMethod === 'brought_by_professional'
            ? 'Brought back by the emergency duty social worker.'
            : '';

    // Where and with whom they were found.
    const foundAt = returned !== null && linked.foundAt ? linked.foundAt : null;
    const town = /found in ([A-Z][\w' -]+?) (?:by|with|,)/.exec(entry.summary)?.[1];
    const foundAtDetail =
      returned === null
        ? ''
        : foundAt
          ? (entityById.get(foundAt)?.label ?? '')
          : /located at (.+?) at \d/i.exec(entry.summary)?.[1]
            ? (/located at (.+?) at \d/i.exec(entry.summary)?.[1] ?? '')
            : /a flat in/i.test(text)
              ? 'A flat, during a police warrant'
              : town
                ? town
                : returnMethod === 'own_accord'
                  ? 'Came back without saying where they had been'
                  : '';
    const named = /known as '([^']+)'/.exec(text)?.[1];
    const namedAdult = named ? adultsByName.get(named.toLowerCase()) : undefined;
    const contextIndex = data.caseContext[kase.id];
    const contextAdult =
      foundAt && contextIndex !== undefined && rng.chance(0.4) ? rng.pick(data.contexts[contextIndex]?.adultIds.slice(0, 2) ?? []) : undefined;
    const withAdult = returned === null ? undefined : (namedAdult ?? contextAdult);
    const foundWith = withAdult ? (personEntity.get(withAdult) ?? null) : null;
    const adultName = withAdult ? persons.get(withAdult)?.names : undefined;
    const nickname = adultName?.find((n) => n.kind === 'nickname')?.given;
    const foundWithDetail =
      returned === null
        ? ''
        : withAdult && adultName
          ? /two adults/i.test(text)
            ? `Two adults, one known as '${nickname ?? adultName[0]?.given ?? ''}'`
            : `An adult known as '${nickname ?? adultName[0]?.given ?? ''}'`
          : /older young people/i.test(text)
            ? 'A group of older young people'
            : '';

    const risk: PoliceRisk = returned === null || /warrant|train ticket/i.test(text) ? 'high' : rng.weighted({ medium: 55, high: 15, low: 25, very_low: 5 });
    const carerWord = /\b(foster carer|residential carer|mum|dad|grandmother|parent)\b/i.exec(text)?.[1]?.toLowerCase();
    // Reported by whoever expected the child back: the carers (an after-school episode too), or the school in the day.
    const reportedBy =
      missingFrom === 'school' && new Date(reported).getUTCHours() < 16 && new Date(reported).getUTCHours() > 8
        ? 'School designated safeguarding lead'
        : missingFrom === 'care' || lookedAfter
          ? carerWord === 'foster carer' || /foster/i.test(missingFromDetail)
            ? 'Foster carer'
            : 'Residential care worker'
          : carerWord === 'mum'
            ? 'Mother'
            : carerWord === 'dad'
              ? 'Father'
              : carerWord === 'grandmother'
                ? 'Grandmother'
                : rng.pick(['Mother', 'Father', 'Parent']);

    const episode: DemoMissingEpisode = {
      id: `missing-${episodes.length + 1}`,
      personId: kase.personId,
      caseId: kase.id,
      entryId: entry.id,
      reportedAt: entry.occurredAt,
      reportedBy,
      missingFrom,
      missingFromEntity: fromEntity ? (linked.missingFrom ?? null) : null,
      missingFromDetail,
      policeRef: `MISPER-${entry.occurredAt.slice(2, 4)}-${String(rng.int(1, 99999)).padStart(5, '0')}`,
      policeRisk: risk,
      returnedAt: returned === null ? null : iso(returned),
      foundAtEntity: foundAt,
      foundAtDetail,
      foundWithEntity: foundWith,
      foundWithDetail,
      returnMethod,
      returnDetail,
      recordedById: entry.authorId,
      agencyId: entry.agencyId,
    };
    episodes.push(episode);
    const childEntity = personEntity.get(kase.personId);
    if (foundWith && childEntity) foundWithLinks.push(foundWithLink(foundWithLinks.length + 1, foundWith, childEntity, byPolice, entry, kase));
  }

  const { rhis, members } = buildRhis(rng, episodes, now, cases, users, rhiWorkers);
  return { episodes, rhis, links: foundWithLinks, members };
}

const foundWithLink = (n: number, adult: string, child: string, confirmed: boolean, entry: DemoChronologyEntry, kase: DemoCase): DemoLink => ({
  id: `missing-link-${n}`,
  from: adult,
  to: child,
  type: 'seen_with',
  directed: false,
  confidence: confirmed ? 'confirmed' : 'reported',
  sourceEntryId: entry.id,
  caseId: kase.id,
  personId: kase.personId,
  agencyId: entry.agencyId,
  createdById: entry.authorId,
  validFrom: entry.occurredAt.slice(0, 10),
});

const FINDINGS = [
  'The young person talked about being collected by adults they met through friends and being given alcohol and cannabis. They were frightened of what would happen if they stopped going. Shared with the case team and the police.',
  'The young person said they stayed at a flat with people older than them and did not want to say more. They agreed to keep in touch with the advocacy worker. The worker thinks they are being told not to talk; shared with the social worker.',
  'The young person described being driven to a flat by adults who used them to store drugs. They are worried about a debt the adults say they owe. Treated as criminal exploitation; shared with the police and the social worker.',
  'The young person said they went to a party and were given vodka by adults they did not know. They could not remember how they got home. Health check and sexual health appointment offered.',
  'The young person talked about arguments at home and said they needed space. No exploitation concerns disclosed; a family support referral was discussed and agreed.',
  'The young person spoke about a phone given to them by an adult who messages them late at night. They agreed the number could be shared with the police.',
  'The young person described staying at a hotel with other young people and adults. Names given by the young person were passed to the police under the information-sharing agreement.',
];
const DECLINED = [
  'Offered in person at school. The young person did not want to talk with a new worker; the advocacy worker will offer again next week and the key worker will keep checking in.',
  'Offered by phone and at home. The young person said they were too tired to talk and did not want to go over it again; the offer stays open.',
  'Offered at the placement. The young person said they would rather speak to their key worker, who has been asked to cover the same ground.',
];
const NOT_OFFERED = [
  'Moved to an out-of-area placement the day after the return; the receiving authority was asked to offer the interview.',
  'The young person was admitted to hospital on return; the team manager recorded that the interview would be offered after discharge as a follow-up visit.',
  'Away for under two hours with whereabouts known to carers throughout; the team manager recorded the decision not to offer and the reason.',
];

function buildRhis(
  rng: Rng,
  episodes: readonly DemoMissingEpisode[],
  now: Date,
  cases: ReadonlyMap<string, DemoCase>,
  users: ReadonlyMap<string, DemoUser>,
  workers: readonly DemoUser[],
): { rhis: DemoRhi[]; members: DemoMissing['members'] } {
  const nowMs = now.getTime();
  const returned = episodes.filter((e) => e.returnedAt !== null);
  // The most recent returns whose 72 hours have run out stay due: the coordinator's overdue list has something on it.
  const overdue = new Set(
    returned
      .filter((e) => rhiDueAt(new Date(e.returnedAt!)).getTime() < nowMs)
      .sort((a, b) => b.returnedAt!.localeCompare(a.returnedAt!))
      .slice(0, OVERDUE_RHIS)
      .map((e) => e.id),
  );
  const rhis: DemoRhi[] = [];
  const members: DemoMissing['members'] = [];
  const caseWorker = new Map<string, DemoUser>();
  for (const e of returned) {
    const back = Date.parse(e.returnedAt!);
    const due = rhiDueAt(new Date(back)).getTime();
    const kase = cases.get(e.caseId)!;
    // The worker who already knows the child keeps them; otherwise one is allocated who is not on the child's case team
    // (the interview is independent of the child's care). Their service joins the case as an agency, so that they can
    // read the record and record what the interview found, without becoming a named member of the team.
    let worker = caseWorker.get(kase.id);
    if (!worker) {
      const independent = workers.filter((w) => !kase.members.some((m) => m.userId === w.id));
      worker = rng.pick(independent.length ? independent : workers);
      const agencyId = worker.agencyId;
      if (!kase.members.some((m) => m.agencyId === agencyId && m.userId === null))
        members.push({ caseId: kase.id, member: { userId: null, agencyId, role: 'agency' } });
    }
    caseWorker.set(kase.id, worker);
    const assignedAt = Math.min(back + rng.int(1, 5) * HOUR, nowMs);
    const base = { id: `rhi-${rhis.length + 1}`, episodeId: e.id, dueAt: iso(due), assignedToId: worker.id, assignedAgencyId: worker.agencyId };
    const keyWorker = users.get(kase.keyWorkerId);
    if (due >= nowMs || overdue.has(e.id)) {
      const offered = back + rng.int(4, 30) * HOUR;
      rhis.push({
        ...base,
        status: 'due',
        assignedAt: iso(assignedAt),
        offeredAt: offered < nowMs && rng.chance(0.5) ? iso(offered) : null,
        completedAt: null,
        reason: '',
        findings: '',
        recordedById: null,
        createdAt: iso(back),
        updatedAt: iso(assignedAt),
      });
      continue;
    }
    const status = rng.weighted({ completed: 78, declined: 13, not_offered: 9 } as const);
    if (status === 'completed') {
      const late = rng.chance(0.18);
      const done = late ? due + rng.int(4, 150) * HOUR : back + rng.int(12, 70) * HOUR;
      const at = Math.min(done, nowMs);
      rhis.push({
        ...base,
        status,
        assignedAt: iso(assignedAt),
        offeredAt: iso(Math.min(back + rng.int(6, 11) * HOUR, at)),
        completedAt: iso(at),
        reason: '',
        findings: rng.pick(FINDINGS),
        recordedById: worker.id,
        createdAt: iso(back),
        updatedAt: iso(at),
      });
    } else if (status === 'declined') {
      const offered = back + rng.int(10, 60) * HOUR;
      rhis.push({
        ...base,
        status,
        assignedAt: iso(assignedAt),
        offeredAt: iso(offered),
        completedAt: null,
        reason: rng.pick(DECLINED),
        findings: '',
        recordedById: worker.id,
        createdAt: iso(back),
        updatedAt: iso(offered),
      });
    } else {
      const decided = back + rng.int(6, 40) * HOUR;
      rhis.push({
        ...base,
        status,
        assignedAt: iso(assignedAt),
        offeredAt: null,
        completedAt: null,
        reason: rng.pick(NOT_OFFERED),
        findings: '',
        recordedById: keyWorker?.id ?? null,
        createdAt: iso(back),
        updatedAt: iso(decided),
      });
    }
  }
  return { rhis, members };
}
