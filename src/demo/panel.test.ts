import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WARDS_FILE } from '../config.ts';
import { loadWards } from '../core/geo/wards.ts';
import { checkLanguage } from '../core/language/index.ts';
import { toCarryForward } from '../core/mase/actions.ts';
import { checkOrder } from '../core/mase/orders.ts';
import { missingPatterns } from '../core/mase/patterns.ts';
import { RHI_DUE_HOURS } from '../core/mase/rhi-clock.ts';
import { ACTION_TYPES, OPEN_ACTION_STATUSES } from '../core/mase/vocab.ts';
import { ageOn } from './dates.ts';
import { generateDemo } from './generate.ts';
import { placeDemo } from './map-places.ts';
import { buildMaseDemo } from './mase.ts';
import { OVERDUE_RHIS } from './missing.ts';

// The demo's MASE panel story (issue 7): missing episodes and RHIs, orders, and two held panels with carried actions.

const NOW = new Date('2026-11-28T12:00:00Z');
const data = generateDemo(20261128, NOW);
const wards = loadWards(readFileSync(DEFAULT_WARDS_FILE, 'utf8'));
const map = placeDemo(data, wards);
const mase = buildMaseDemo(data, map, NOW);
const persons = new Map(data.persons.map((p) => [p.id, p]));
const users = new Map(data.users.map((u) => [u.id, u]));
const entities = new Map([...data.network.entities, ...map.extra.entities].map((e) => [e.id, e]));
const today = NOW.toISOString().slice(0, 10);

describe('demo missing episodes', () => {
  it('is deterministic', () => {
    expect(buildMaseDemo(data, placeDemo(data, wards), NOW)).toEqual(mase);
  });

  it('records one episode per missing_episode chronology entry, reported when the entry says', () => {
    const entries = data.chronology.filter((e) => e.kind === 'missing_episode');
    expect(mase.episodes).toHaveLength(entries.length);
    const byEntry = new Map(mase.episodes.map((e) => [e.entryId, e]));
    for (const entry of entries) {
      const ep = byEntry.get(entry.id);
      expect(ep, entry.id).toBeDefined();
      expect(ep!.reportedAt).toBe(entry.occurredAt);
      expect(ep!.caseId).toBe(entry.caseId);
    }
  });

  it('says a looked-after child went missing from care unless the map links a school, and uses the map step’s places', () => {
    const foundAt = new Map(map.extra.links.filter((l) => l.type === 'found_at').map((l) => [l.sourceEntryId, l.to]));
    for (const e of mase.episodes) {
      const child = persons.get(e.personId)!;
      const lookedAfter = child.lookedAfter === 's20' || child.lookedAfter === 's31';
      if (lookedAfter && e.missingFrom !== 'school') expect(e.missingFrom).toBe('care');
      if (!lookedAfter) expect(e.missingFrom).not.toBe('care');
      if (e.missingFromEntity) expect(entities.get(e.missingFromEntity)?.kind).toBe('location');
      if (e.returnedAt) expect(e.foundAtEntity).toBe(foundAt.get(e.entryId) ?? null);
      if (e.foundWithEntity) expect(persons.get(entities.get(e.foundWithEntity)!.personId!)?.kind).toBe('adult');
      if (e.returnedAt) expect(e.returnedAt > e.reportedAt && e.returnedAt <= NOW.toISOString()).toBe(true);
    }
    expect(mase.episodes.some((e) => e.returnMethod === 'dropped_off_unknown')).toBe(true);
    expect(mase.episodes.filter((e) => e.foundWithEntity).length).toBeGreaterThan(10);
  });

  it('shows patterns: repeat episodes, and the same found-at place across children', () => {
    const flags = missingPatterns(mase.episodes.map((e) => ({ ...e, reportedAt: new Date(e.reportedAt) })));
    expect(flags.some((f) => f.kind === 'repeat_90_days')).toBe(true);
    expect(flags.some((f) => f.kind === 'same_found_at' && new Set(f.personIds).size >= 2)).toBe(true);
  });

  it('makes every RHI due 72 hours after the return, mostly completed, some late, declined, not offered, due and overdue', () => {
    const episodes = new Map(mase.episodes.map((e) => [e.id, e]));
    expect(mase.rhis).toHaveLength(mase.episodes.filter((e) => e.returnedAt).length);
    for (const r of mase.rhis) {
      const back = Date.parse(episodes.get(r.episodeId)!.returnedAt!);
      expect(Date.parse(r.dueAt) - back).toBe(RHI_DUE_HOURS * 3_600_000);
      expect(users.get(r.assignedToId!)?.agencyId).toBe(r.assignedAgencyId);
      if (r.status === 'completed') expect(r.completedAt && r.findings).toBeTruthy();
      if (r.status === 'declined' || r.status === 'not_offered') expect(r.reason).not.toBe('');
      if (r.completedAt) expect(r.completedAt <= NOW.toISOString()).toBe(true);
    }
    const completed = mase.rhis.filter((r) => r.status === 'completed');
    expect(completed.length / mase.rhis.length).toBeGreaterThan(0.6);
    expect(completed.some((r) => r.completedAt! > r.dueAt)).toBe(true);
    expect(mase.rhis.some((r) => r.status === 'declined')).toBe(true);
    expect(mase.rhis.some((r) => r.status === 'not_offered')).toBe(true);
    const due = mase.rhis.filter((r) => r.status === 'due');
    expect(due.filter((r) => r.dueAt < NOW.toISOString())).toHaveLength(OVERDUE_RHIS);
    expect(due.filter((r) => r.dueAt >= NOW.toISOString()).length).toBeGreaterThanOrEqual(1);
  });

  it('gives the RHI to a worker independent of the child’s case team, whose service joins the case as an agency', () => {
    const episodes = new Map(mase.episodes.map((e) => [e.id, e]));
    for (const r of mase.rhis) {
      const caseId = episodes.get(r.episodeId)!.caseId;
      const kase = data.cases.find((c) => c.id === caseId)!;
      const members = [...kase.members, ...mase.members.filter((m) => m.caseId === caseId).map((m) => m.member)];
      expect(
        members.some((m) => m.userId === r.assignedToId),
        `${r.id} named on the team`,
      ).toBe(false);
      expect(
        members.some((m) => m.userId === null && m.agencyId === r.assignedAgencyId),
        `${r.id} agency on the case`,
      ).toBe(true);
    }
  });
});

describe('demo orders', () => {
  it('passes the register’s own checks (CAWN basis consistent with age and care status)', () => {
    for (const o of mase.orders) {
      const subject = entities.get(o.subjectEntityId)!;
      const child = o.childPersonId ? persons.get(o.childPersonId)! : null;
      const errors = checkOrder(
        {
          kind: o.kind,
          status: o.status,
          subject: {
            entityKind: subject.kind,
            personKind: subject.personId ? (persons.get(subject.personId)?.kind ?? null) : null,
            personId: subject.personId ?? null,
          },
          child: child ? { personId: child.id, personKind: child.kind, dateOfBirth: child.dateOfBirth, lookedAfter: child.lookedAfter } : null,
          basis: o.basis,
          startsOn: o.startsOn,
          reviewOn: o.reviewOn,
          expiresOn: o.expiresOn,
        },
        today,
      );
      expect(errors, `${o.id} ${o.kind}`).toEqual({});
      if (o.kind === 'cawn' && child) {
        const age = ageOn(child.dateOfBirth, new Date(`${o.startsOn!}T00:00:00Z`));
        expect(o.basis).toBe(child.lookedAfter === 's31' ? 'under_18_in_care' : 'under_16_at_home');
        expect(age).toBeLessThan(o.basis === 'under_18_in_care' ? 18 : 16);
      }
    }
  });

  it('holds several CAWNs, one breach still to consider, an SRO applied for and a licensing review of a hotel or takeaway', () => {
    expect(mase.orders.filter((o) => o.kind === 'cawn').length).toBeGreaterThanOrEqual(4);
    const toConsider = mase.breaches.filter((b) => b.followUp === 'to_consider');
    expect(toConsider).toHaveLength(1);
    expect(mase.orders.find((o) => o.id === toConsider[0]!.orderId)?.kind).toBe('cawn');
    // After the last panel, so that the coordinator's next agenda picks it up.
    expect(toConsider[0]!.occurredAt > `${mase.meetings.at(-1)!.heldOn}T23:59:59Z`).toBe(true);
    expect(mase.orders.filter((o) => o.kind === 'sro' && o.status === 'applied')).toHaveLength(1);
    const review = mase.orders.find((o) => o.kind === 'licensing_review');
    expect(['hotel', 'takeaway']).toContain(entities.get(review!.subjectEntityId)?.locationType);
    for (const b of mase.breaches) expect(b.occurredAt.slice(0, 10) >= mase.orders.find((o) => o.id === b.orderId)!.startsOn!).toBe(true);
  });
});

describe('demo MASE panels', () => {
  const [first, second] = mase.meetings;

  it('held two panels about 8 and 4 weeks ago, quorate, with one apology each', () => {
    expect(mase.meetings).toHaveLength(2);
    const weeksAgo = (d: string) => (NOW.getTime() - Date.parse(`${d}T00:00:00Z`)) / (7 * 86_400_000);
    expect(weeksAgo(first!.heldOn)).toBeGreaterThanOrEqual(8);
    expect(weeksAgo(first!.heldOn)).toBeLessThan(9);
    expect(weeksAgo(second!.heldOn)).toBeGreaterThanOrEqual(4);
    expect(weeksAgo(second!.heldOn)).toBeLessThan(5);
    const kindOf = new Map(data.agencies.map((a) => [a.id, a.kind]));
    for (const m of mase.meetings) {
      const rows = mase.attendance.filter((a) => a.meetingId === m.id);
      expect(rows.filter((a) => a.status === 'apologies')).toHaveLength(1);
      const present = new Set(rows.filter((a) => a.status === 'present').map((a) => kindOf.get(a.agencyId)));
      for (const kind of ['police', 'health', 'social_care', 'education', 'community_safety'] as const) expect(present.has(kind), kind).toBe(true);
    }
  });

  it('discusses children, a place and a suspected perpetrator', () => {
    const kinds = new Set(mase.agenda.map((i) => i.kind));
    for (const k of ['child', 'location', 'perpetrator', 'cawn_breach']) expect(kinds.has(k as never), k).toBe(true);
    for (const i of mase.agenda) {
      if (i.kind === 'child') expect(persons.get(i.personId!)?.kind).toBe('child');
      if (i.kind === 'perpetrator') expect(persons.get(i.personId!)?.kind).toBe('adult');
      if (i.kind === 'location') expect(entities.get(i.entityId!)?.kind).toBe('location');
      expect(i.summary).not.toBe('');
      expect(i.decisions).not.toBe('');
    }
  });

  it('gives every action an owner agency and a due date, with the owner in that agency, and covers every action type', () => {
    for (const a of mase.actions) {
      expect(a.ownerAgencyId, a.id).toBeTruthy();
      expect(a.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.ownerUserId) expect(users.get(a.ownerUserId)?.agencyId).toBe(a.ownerAgencyId);
      if (a.status === 'done' || a.status === 'cancelled') expect(a.outcome).not.toBe('');
    }
    expect(new Set(mase.actions.map((a) => a.type))).toEqual(new Set(Object.keys(ACTION_TYPES)));
  });

  it('carries open actions from the first panel to the second as a consistent chain', () => {
    const byId = new Map(mase.actions.map((a) => [a.id, a]));
    const carried = mase.actions.filter((a) => a.carriedFromId);
    expect(carried.length).toBeGreaterThanOrEqual(2);
    for (const a of carried) {
      const from = byId.get(a.carriedFromId!)!;
      expect(from.status).toBe('carried_forward');
      expect(from.meetingId).toBe(first!.id);
      expect(a.meetingId).toBe(second!.id);
      expect([a.type, a.ownerAgencyId, a.personId, a.entityId]).toEqual([from.type, from.ownerAgencyId, from.personId, from.entityId]);
    }
    expect(new Set(carried.map((a) => a.carriedFromId)).size).toBe(carried.length);
    // Nothing at the first panel is left open, and every carried_forward row has its continuation.
    expect(
      toCarryForward(
        mase.actions.map((a) => ({ ...a, carriedFrom: a.carriedFromId })),
        new Set([first!.id]),
      ),
    ).toEqual([]);
    for (const a of mase.actions.filter((x) => x.status === 'carried_forward')) expect(carried.some((c) => c.carriedFromId === a.id)).toBe(true);
    // The second panel leaves open actions for the coordinator's next meeting, some of them overdue.
    const open = mase.actions.filter((a) => a.meetingId === second!.id && OPEN_ACTION_STATUSES.has(a.status));
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(open.some((a) => a.dueOn < today)).toBe(true);
  });

  it('writes panel and RHI text in child-centred language', () => {
    const texts = [
      ...mase.agenda.flatMap((i) => [i.summary, i.decisions, i.reason]),
      ...mase.actions.flatMap((a) => [a.description, a.outcome]),
      ...mase.rhis.flatMap((r) => [r.findings, r.reason]),
      ...mase.breaches.map((b) => b.detail),
      ...mase.orders.map((o) => o.notes),
      ...mase.episodes.flatMap((e) => [e.returnDetail, e.foundWithDetail, e.foundAtDetail]),
    ].filter(Boolean);
    for (const text of new Set(texts))
      expect(
        checkLanguage(text).filter((f) => !f.quoted),
        text,
      ).toEqual([]);
    for (const text of texts) expect(text).not.toMatch(/chose to|promiscu|prostitut|boyfriend|girlfriend|refuses? to engage|putting (her|him|them)sel/i);
  });
});
