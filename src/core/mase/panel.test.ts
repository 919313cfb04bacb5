import { describe, expect, it } from 'vitest';
import { actionHistory, isOverdue, toCarryForward, type ActionLike } from './actions.ts';
import { agendaKey, buildAgenda, type AgendaCandidate } from './agenda.ts';
import { mayKnow, needToKnow, quoracy } from './need-to-know.ts';

const act = (id: string, meetingId: string, status: string, carriedFrom: string | null = null, dueOn = '2026-11-01'): ActionLike => ({
  id,
  meetingId,
  status,
  dueOn,
  carriedFrom,
});

describe('buildAgenda', () => {
  const child = (id: string, reason: string, weight = 0): AgendaCandidate => ({ kind: 'child', personId: id, title: `Child ${id}`, reason, weight });

  it('lists a child found for two reasons once, with both reasons', () => {
    const items = buildAgenda([child('a', 'Newly at high'), child('a', '3 missing episodes in 90 days'), child('b', 'Newly at medium')]);
    expect(items.map((i) => [i.personId, i.reason])).toEqual([
      ['a', 'Newly at high; 3 missing episodes in 90 days'],
      ['b', 'Newly at medium'],
    ]);
  });

  it('orders children first (highest weight first), then perpetrators, places, breaches and overdue actions', () => {
    const items = buildAgenda([
      { kind: 'overdue_action', actionId: 'x', title: 'Overdue', reason: 'Due 1 November' },
      { kind: 'location', entityId: 'p', title: 'Hotel', reason: 'Linked to children in 2 different cases' },
      { kind: 'cawn_breach', breachId: 'br', title: 'Breach', reason: 'CAWN breached' },
      { kind: 'perpetrator', entityId: 'adult', title: 'Adult', reason: 'Linked to 3 children' },
      child('low', 'Newly at medium', 2),
      child('high', 'Newly at high', 3),
    ]);
    expect(items.map((i) => i.kind)).toEqual(['child', 'child', 'perpetrator', 'location', 'cawn_breach', 'overdue_action']);
    expect(items[0]!.personId).toBe('high');
  });

  it('leaves out subjects already on the agenda, so rebuilding adds only what is new', () => {
    const first = buildAgenda([child('a', 'Newly at high')]);
    const listed = new Set(first.map(agendaKey));
    expect(buildAgenda([child('a', 'Newly at high'), child('b', 'Newly at medium')], listed).map((i) => i.personId)).toEqual(['b']);
  });
});

describe('carrying actions forward', () => {
  it('carries open and in-progress actions from earlier meetings only', () => {
    const actions = [act('1', 'm1', 'open'), act('2', 'm1', 'done'), act('3', 'm1', 'in_progress'), act('4', 'm2', 'open'), act('5', 'm1', 'carried_forward')];
    expect(toCarryForward(actions, new Set(['m1'])).map((a) => a.id)).toEqual(['1', '3']);
  });

  it('follows the chain back to where the action was raised, and stops on a loop', () => {
    const rows = [act('a', 'm1', 'carried_forward'), act('b', 'm2', 'carried_forward', 'a'), act('c', 'm3', 'open', 'b')];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(actionHistory('c', byId).map((a) => a.meetingId)).toEqual(['m1', 'm2', 'm3']);
    const loop = new Map([
      ['x', act('x', 'm1', 'open', 'y')],
      ['y', act('y', 'm2', 'open', 'x')],
    ]);
    expect(actionHistory('x', loop).map((a) => a.id)).toEqual(['y', 'x']);
  });

  it('is overdue only while open and past its due date', () => {
    expect(isOverdue(act('1', 'm', 'open', null, '2026-11-01'), '2026-11-02')).toBe(true);
    expect(isOverdue(act('1', 'm', 'open', null, '2026-11-02'), '2026-11-02')).toBe(false);
    expect(isOverdue(act('1', 'm', 'done', null, '2026-11-01'), '2026-11-02')).toBe(false);
  });
});

describe('need to know', () => {
  const viewer = { agencyId: 'police', coordinator: false, worksWith: new Set(['child-1']) };

  it('shows items about children the agency works with, and counts the rest', () => {
    const items = [{ childIds: ['child-1'] }, { childIds: ['child-2'] }, { childIds: ['child-2', 'child-1'] }, { childIds: [] }];
    const r = needToKnow(viewer, items, (i) => i);
    expect(r.shown).toHaveLength(2);
    expect(r.withheld).toBe(2);
  });

  it('shows an action to the agency that owns it, open business to all, and everything to the coordinator', () => {
    expect(mayKnow(viewer, { childIds: ['child-9'], ownerAgencies: ['police'] })).toBe(true);
    expect(mayKnow(viewer, { childIds: [], open: true })).toBe(true);
    expect(mayKnow({ ...viewer, coordinator: true }, { childIds: ['child-9'] })).toBe(true);
    expect(mayKnow(viewer, { childIds: ['child-9'], ownerAgencies: ['health'] })).toBe(false);
  });
});

describe('quoracy', () => {
  it('needs police, health and social care present', () => {
    expect(quoracy([{ agencyKind: 'police' }, { agencyKind: 'health' }, { agencyKind: 'social_care' }, { agencyKind: 'education' }])).toEqual({
      quorate: true,
      missing: [],
    });
    expect(quoracy([{ agencyKind: 'police' }, { agencyKind: 'education' }])).toEqual({ quorate: false, missing: ['health', 'social_care'] });
  });
});
