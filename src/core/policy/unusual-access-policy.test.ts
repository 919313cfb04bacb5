import { describe, expect, it } from 'vitest';
import { ROLE_KEYS, type Role } from '../records/vocab.ts';
import { type Actor, can } from './policy.ts';

// Unusual access to records (insider browsing): auditors for every agency, safeguarding leads for their own agency.

const actor = (role: Role, agencyId = 'a1'): Actor => ({ id: 'u1', agencyId, role });

describe('opening the unusual-access report', () => {
  it.each(ROLE_KEYS)('for %s', (role) => {
    expect(can(actor(role), 'unusual_access.open').allowed).toBe(role === 'auditor' || role === 'safeguarding_lead');
  });
});

describe('what the unusual-access report covers', () => {
  it.each([
    ['an auditor, every agency', actor('auditor'), null, true],
    ['an auditor, one agency', actor('auditor'), 'a2', true],
    ['a safeguarding lead, their own agency', actor('safeguarding_lead'), 'a1', true],
    ['a safeguarding lead, another agency', actor('safeguarding_lead'), 'a2', false],
    ['a safeguarding lead, every agency', actor('safeguarding_lead'), null, false],
    ['a MASE coordinator, their own agency', actor('mase_coordinator'), 'a1', false],
    ['a practitioner, their own agency', actor('practitioner'), 'a1', false],
    ['an administrator, their own agency', actor('administrator'), 'a1', false],
    ['an analyst, every agency', actor('analyst'), null, false],
  ])('%s: %s', (_label, a, agencyId, allowed) => {
    expect(can(a, 'unusual_access.read', { kind: 'agency', agencyId }).allowed).toBe(allowed);
  });

  it('needs an agency (or every agency) to be named', () => {
    expect(can(actor('auditor'), 'unusual_access.read').allowed).toBe(false);
  });
});
