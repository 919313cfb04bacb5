import { describe, expect, it } from 'vitest';
import { ROLE_KEYS, type Role } from '../records/vocab.ts';
import { type Actor, can, type PersonSubject } from './policy.ts';

// Retention, legal holds and subject access (issue 8).

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

describe('retention and legal holds by role', () => {
  const table = {
    'retention.read': ['administrator', 'auditor'],
    'retention.apply': ['administrator'],
    'legal_hold.manage': ['administrator'],
    'subject_access.request': ['safeguarding_lead', 'auditor'],
  } as const;
  for (const [action, allowed] of Object.entries(table)) {
    it.each(ROLE_KEYS)(`${action} for %s`, (role) => {
      expect(can(actor(role), action as keyof typeof table).allowed).toBe((allowed as readonly Role[]).includes(role));
    });
  }
});

describe('subject access report for one record', () => {
  it.each([
    ['an auditor, for any record', actor('auditor'), person(), true],
    ['a safeguarding lead of an agency on the case', actor('safeguarding_lead', 'u1', 'a2'), person(), true],
    ['a safeguarding lead of the agency that created the record', actor('safeguarding_lead', 'u1', 'a9'), person(), true],
    ['a safeguarding lead of another agency', actor('safeguarding_lead'), person(), false],
    ['a safeguarding lead of another agency, even with break-glass', actor('safeguarding_lead'), person({ breakGlassActive: true }), false],
    ['the key worker (a practitioner)', actor('practitioner', 'kw', 'a2'), person(), false],
    ['a MASE coordinator on the case', actor('mase_coordinator', 'u1', 'a2'), person(), false],
    ['an administrator', actor('administrator', 'u1', 'a2'), person(), false],
    ['an analyst', actor('analyst', 'u1', 'a2'), person(), false],
  ])('%s: %s', (_who, a, p, allowed) => {
    expect(can(a, 'subject_access.report', p).allowed).toBe(allowed);
  });

  it('needs a record', () => {
    expect(can(actor('auditor'), 'subject_access.report').allowed).toBe(false);
  });
});
