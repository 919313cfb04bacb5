import { describe, expect, it } from 'vitest';
import {
  amrShowsMfa,
  type ClaimRules,
  claimValues,
  DEFAULT_MFA_AMR,
  displayNameFrom,
  emailFrom,
  mapClaims,
  parseRoleMap,
  parseValueMap,
  usernameFrom,
} from './oidc-claims.ts';

const agencies = [
  { id: 'a-csc', name: "Havering Children's Social Care" },
  { id: 'a-police', name: 'Metropolitan Police' },
];
const mapped: ClaimRules = {
  agencyClaim: 'org',
  roleClaim: 'groups',
  agencyMap: parseValueMap("HAV-CSC=Havering Children's Social Care; MPS=metropolitan police"),
  roleMap: parseRoleMap('CSC-Workers=practitioner;CSC-Leads=safeguarding_lead;Lantern-Audit=auditor'),
};
const direct: ClaimRules = { agencyClaim: 'agency', roleClaim: 'role', agencyMap: null, roleMap: null };

describe('claimValues', () => {
  it.each([
    [{ groups: ['a', ' b ', '', 3, null] }, 'groups', ['a', 'b']],
    [{ role: 'x' }, 'role', ['x']],
    [{ realm_access: { roles: ['r1', 'r2'] } }, 'realm_access.roles', ['r1', 'r2']],
    // A namespaced claim named by a URL: the exact key wins over the dotted path.
    [{ 'https://lantern.example/agency': 'HAV-CSC' }, 'https://lantern.example/agency', ['HAV-CSC']],
    [{ a: { b: 1 } }, 'a.b', []],
    [{}, 'missing', []],
    [{ constructor: 'x' }, 'toString', []],
  ])('%j %s -> %j', (claims, name, expected) => {
    expect(claimValues(claims, name)).toEqual(expected);
  });
});

describe('mapClaims', () => {
  it.each<[string, ClaimRules, Record<string, unknown>, ReturnType<typeof mapClaims>]>([
    ['mapped agency and group', mapped, { org: 'HAV-CSC', groups: ['Everyone', 'CSC-Leads'] }, { ok: true, agencyId: 'a-csc', role: 'safeguarding_lead' }],
    ['agency name matched ignoring case and spaces', mapped, { org: 'MPS', groups: ['Lantern-Audit'] }, { ok: true, agencyId: 'a-police', role: 'auditor' }],
    ['direct names and role keys', direct, { agency: 'metropolitan  police', role: 'analyst' }, { ok: true, agencyId: 'a-police', role: 'analyst' }],
    ['no agency claim', mapped, { groups: ['CSC-Leads'] }, { ok: false, reason: 'agency_missing' }],
    ['agency value not in the map', mapped, { org: 'Other Council', groups: ['CSC-Leads'] }, { ok: false, reason: 'agency_unknown' }],
    ['agency not set up in Lantern', direct, { agency: 'Nowhere Trust', role: 'analyst' }, { ok: false, reason: 'agency_unknown' }],
    ['two agencies', mapped, { org: ['HAV-CSC', 'MPS'], groups: ['CSC-Leads'] }, { ok: false, reason: 'agency_ambiguous' }],
    ['no role claim', mapped, { org: 'HAV-CSC' }, { ok: false, reason: 'role_missing' }],
    ['group not in the map', mapped, { org: 'HAV-CSC', groups: ['Caretakers'] }, { ok: false, reason: 'role_unknown' }],
    ['not a role key', direct, { agency: 'Metropolitan Police', role: 'superuser' }, { ok: false, reason: 'role_unknown' }],
    ['prototype names are not roles', direct, { agency: 'Metropolitan Police', role: 'constructor' }, { ok: false, reason: 'role_unknown' }],
    ['two roles are not guessed between', mapped, { org: 'HAV-CSC', groups: ['CSC-Workers', 'CSC-Leads'] }, { ok: false, reason: 'role_ambiguous' }],
    [
      'the same role twice is one role',
      mapped,
      { org: 'HAV-CSC', groups: ['CSC-Leads', 'CSC-Leads'] },
      { ok: true, agencyId: 'a-csc', role: 'safeguarding_lead' },
    ],
  ])('%s', (_name, rules, claims, expected) => {
    expect(mapClaims(claims, rules, agencies)).toEqual(expected);
  });
});

describe('amrShowsMfa', () => {
  it.each([
    [['pwd', 'mfa'], true],
    [['otp'], true],
    [['hwk', 'user'], true],
    [['pwd'], false],
    [[], false],
    ['mfa', false],
    [undefined, false],
  ])('%j -> %s', (amr, expected) => {
    expect(amrShowsMfa(amr, DEFAULT_MFA_AMR)).toBe(expected);
  });
});

describe('profile claims', () => {
  it('builds a display name from name, or given and family names', () => {
    expect(displayNameFrom({ name: ' Sam Example ' })).toBe('Sam Example');
    expect(displayNameFrom({ given_name: 'Sam', family_name: 'Example' })).toBe('Sam Example');
    expect(displayNameFrom({})).toBeNull();
  });

  it('takes preferred_username only when it fits the username rule', () => {
    expect(usernameFrom({ preferred_username: 'Sam.Example' })).toBe('sam.example');
    expect(usernameFrom({ preferred_username: 'sam@example.org' })).toBeNull();
    expect(usernameFrom({})).toBeNull();
  });

  it('keeps an email address unless the provider marked it unverified', () => {
    expect(emailFrom({ email: 'sam@example.org' })).toBe('sam@example.org');
    expect(emailFrom({ email: 'sam@example.org', email_verified: false })).toBeNull();
    expect(emailFrom({ email: 'not an address' })).toBeNull();
  });
});

describe('parseValueMap and parseRoleMap', () => {
  it('reads value=target pairs separated by semicolons', () => {
    expect([...parseValueMap('a=Agency, with comma; b = B ;')]).toEqual([
      ['a', 'Agency, with comma'],
      ['b', 'B'],
    ]);
  });

  it.each([
    ['', 'the mapping is empty'],
    ['novalue', 'is not in the form value=target'],
    ['=x', 'is not in the form value=target'],
    ['a=x;a=y', '"a" is mapped twice'],
  ])('refuses %j', (text, message) => {
    expect(() => parseValueMap(text)).toThrow(message);
  });

  it('refuses a role that Lantern does not have', () => {
    expect(() => parseRoleMap('Staff=superuser')).toThrow(/"Staff" maps to "superuser", which is not one of practitioner/);
  });
});
