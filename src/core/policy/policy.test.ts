import { describe, expect, it } from 'vitest';
import { ROLE_KEYS, type Role } from '../records/vocab.ts';
import { ACTIONS } from './actions.ts';
import { type Actor, can, type PersonSubject, seesNames } from './policy.ts';

const actor = (role: Role, id = 'u1', agencyId = 'a1'): Actor => ({ id, agencyId, role });
const person = (over: Partial<PersonSubject> = {}): PersonSubject => ({
  kind: 'person',
  personId: 'p1',
  createdBy: 'creator',
  createdByAgency: 'a9',
  cases: [{ caseId: 'c1', leadAgencyId: 'a2', keyWorkerId: 'kw', members: [{ userId: 'kw', agencyId: 'a2' }] }],
  breakGlassActive: false,
  ...over,
});

describe('person.read by relationship', () => {
  it.each([
    ['key worker', actor('practitioner', 'kw', 'a2'), person(), 'case_team'],
    [
      'named member',
      actor('practitioner', 'u1', 'a3'),
      person({ cases: [{ caseId: 'c', leadAgencyId: 'a2', keyWorkerId: 'kw', members: [{ userId: 'u1', agencyId: 'a3' }] }] }),
      'case_team',
    ],
    [
      'whole agency on team',
      actor('practitioner', 'u1', 'a3'),
      person({ cases: [{ caseId: 'c', leadAgencyId: 'a2', keyWorkerId: 'kw', members: [{ userId: null, agencyId: 'a3' }] }] }),
      'agency_on_case',
    ],
    ['lead of an agency on the case', actor('safeguarding_lead', 'u1', 'a2'), person(), 'agency_oversight'],
    ['creator', actor('practitioner', 'creator', 'a9'), person({ cases: [] }), 'record_creator'],
    ['break-glass', actor('practitioner'), person({ breakGlassActive: true }), 'break_glass'],
  ])('%s is allowed', (_label, a, p, basis) => {
    const d = can(a, 'person.read', p);
    expect(d).toMatchObject({ allowed: true, basis });
  });

  it.each([
    ['practitioner outside the team', actor('practitioner')],
    ['practitioner of an agency on the team but not named', actor('practitioner', 'u1', 'a2')],
    ['analyst, even with break-glass', actor('analyst')],
    ['administrator', actor('administrator')],
    ['auditor', actor('auditor')],
  ])('%s is refused', (_label, a) => {
    expect(can(a, 'person.read', person({ breakGlassActive: a.role === 'analyst' })).allowed).toBe(false);
  });

  it('break-glass is marked on the decision so that it can be flagged', () => {
    expect(can(actor('practitioner'), 'person.read', person({ breakGlassActive: true }))).toMatchObject({ breakGlass: true });
    expect(can(actor('practitioner', 'kw', 'a2'), 'person.read', person({ breakGlassActive: true }))).toMatchObject({ breakGlass: false });
  });
});

describe('role-only actions', () => {
  const table: Record<string, Role[]> = {
    'person.search': ['practitioner', 'safeguarding_lead', 'mase_coordinator'],
    'person.create': ['practitioner', 'safeguarding_lead', 'mase_coordinator'],
    'break_glass.review': ['safeguarding_lead'],
    'audit.read_all': ['auditor'],
    'admin.manage': ['administrator'],
    'stats.read': ['analyst', 'safeguarding_lead', 'mase_coordinator'],
    'review.run': ['safeguarding_lead', 'mase_coordinator'],
    'map.read': ['practitioner', 'safeguarding_lead', 'mase_coordinator', 'analyst'],
  };
  for (const [action, allowed] of Object.entries(table)) {
    it.each(ROLE_KEYS)(`${action} for %s`, (role) => {
      expect(can(actor(role), action as (typeof ACTIONS)[number]).allowed).toBe(allowed.includes(role));
    });
  }
});

it('auditors can read any record’s audit trail but not the record', () => {
  expect(can(actor('auditor'), 'person.audit', person()).allowed).toBe(true);
  expect(can(actor('auditor'), 'person.read', person()).allowed).toBe(false);
});

it('only the key worker, lead-agency members and lead-agency leads manage the team', () => {
  const p = person();
  const team = p.cases[0]!;
  expect(can(actor('practitioner', 'kw', 'a2'), 'case.manage_team', { kind: 'case', person: p, team }).allowed).toBe(true);
  expect(can(actor('safeguarding_lead', 'x', 'a2'), 'case.manage_team', { kind: 'case', person: p, team }).allowed).toBe(true);
  expect(can(actor('practitioner', 'x', 'a2'), 'case.manage_team', { kind: 'case', person: p, team }).allowed).toBe(false);
  expect(can(actor('analyst', 'kw', 'a2'), 'case.manage_team', { kind: 'case', person: p, team }).allowed).toBe(false);
});

it('record actions without a subject are refused', () => {
  for (const a of ['person.read', 'person.update', 'chronology.add', 'case.open', 'person.audit'] as const)
    expect(can(actor('practitioner'), a).allowed).toBe(false);
});

it('analysts and administrators never see names', () => {
  expect(ROLE_KEYS.filter((r) => !seesNames(actor(r)))).toEqual(['analyst', 'administrator']);
});
