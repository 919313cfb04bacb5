import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../core/identity/nhs-number.ts';
import { ROLE_KEYS } from '../core/records/vocab.ts';
import { CHRONOLOGY_TEMPLATES } from './chronology-templates.ts';
import { ageOn } from './dates.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemo } from './generate.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const data = generateDemo(20261128, NOW);

// Victim-blaming language that must never appear in demo notes (DOMAIN.md: Rotherham failures).
const FORBIDDEN: readonly RegExp[] = [
  /promiscuous/i,
  /prostitut/i,
  /\bchose to\b/i,
  /\bchoosing to\b/i,
  /lifestyle choice/i,
  /put(ting|s)?\s+(her|him|them)sel(f|ves)\s+at\s+risk/i,
  /\bconsented\b/i,
  /boyfriend/i,
  /streetwise/i,
  /attention[- ]seeking/i,
  /manipulative/i,
  /refuses? to engage/i,
];

const childrenOf = () => data.persons.filter((p) => p.kind === 'child');

describe('generateDemo', () => {
  it('is deterministic for the same seed and now', () => {
    expect(generateDemo(20261128, NOW)).toEqual(data);
  });

  it('differs for another seed', () => {
    const other = generateDemo(7, NOW);
    expect(other.persons[0]).not.toEqual(data.persons[0]);
  });

  it('makes 300 children aged 10 to 17 and 80 adults aged 18 to 45', () => {
    const children = childrenOf();
    const adults = data.persons.filter((p) => p.kind === 'adult');
    expect(children).toHaveLength(300);
    expect(adults).toHaveLength(80);
    for (const c of children) expect(ageOn(c.dateOfBirth, NOW)).toSatisfy((a: number) => a >= 10 && a <= 17);
    for (const a of adults) expect(ageOn(a.dateOfBirth, NOW)).toSatisfy((n: number) => n >= 18 && n <= 45);
  });

  it('includes boys as well as girls (boys are overlooked in practice)', () => {
    const children = childrenOf();
    const boys = children.filter((c) => c.gender === 'male').length;
    const girls = children.filter((c) => c.gender === 'female').length;
    expect(boys / children.length).toBeGreaterThanOrEqual(0.35);
    expect(girls / children.length).toBeGreaterThanOrEqual(0.45);
    expect(new Set(children.map((c) => c.ethnicity)).size).toBeGreaterThanOrEqual(12);
  });

  it('gives every NHS number a valid check digit in the 999 test range, with no duplicates', () => {
    const numbers = data.persons.flatMap((p) => (p.nhsNumber ? [p.nhsNumber] : []));
    expect(numbers.length).toBeGreaterThan(280);
    for (const n of numbers) {
      expect(isValidNhsNumber(n), n).toBe(true);
      expect(n.startsWith('999')).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('records a legal name first, and nicknames for children and street names for adults', () => {
    for (const p of data.persons) expect(p.names[0]?.kind).toBe('legal');
    const given = new Set(data.persons.flatMap((p) => p.names.map((n) => n.given)));
    expect(given.has('Mo')).toBe(true);
    expect(given.has('Big T')).toBe(true);
    expect(given.has('Dee')).toBe(true);
    const mohammeds = data.persons.filter((p) => /^M[ou]h?amm?[ae]d$/.test(p.names[0]?.given ?? ''));
    expect(new Set(mohammeds.map((p) => p.names[0]?.given)).size).toBeGreaterThanOrEqual(2);
  });

  it('uses Havering-shaped synthetic postcodes with one current address per person', () => {
    for (const p of data.persons) {
      expect(p.addresses.filter((a) => a.to === null)).toHaveLength(1);
      for (const a of p.addresses) expect(a.postcode).toMatch(/^RM(1|2|3|4|5|7|11|12|13|14) [0-9][ABDEFGHJLNPQRSTUWXYZ]{2}$/);
    }
  });

  it('has a demo account for every role, all sharing the demo password', () => {
    expect(DEMO_PASSWORD).toBe('lantern-demo-2026');
    const usernames = ['practitioner', 'socialworker', 'police', 'lead', 'coordinator', 'analyst', 'admin', 'auditor'];
    for (const u of usernames)
      expect(
        data.users.some((x) => x.username === u),
        u,
      ).toBe(true);
    const demoRoles = new Set(DEMO_ACCOUNTS.map((a) => a.role));
    for (const role of ROLE_KEYS) expect(demoRoles.has(role), role).toBe(true);
    const kindOf = (username: string) => {
      const user = data.users.find((u) => u.username === username);
      return data.agencies.find((a) => a.id === user?.agencyId)?.kind;
    };
    expect(kindOf('practitioner')).toBe('health');
    expect(kindOf('socialworker')).toBe('social_care');
    expect(kindOf('police')).toBe('police');
    expect(kindOf('coordinator')).toBe('community_safety');
  });

  it('puts every user in a team of their own agency', () => {
    for (const u of data.users) {
      const agency = data.agencies.find((a) => a.id === u.agencyId);
      expect(
        agency?.teams.some((t) => t.id === u.teamId),
        u.username,
      ).toBe(true);
    }
  });

  it('gives every case a key worker who is a practitioner in the lead agency, and 1 to 4 agencies', () => {
    const users = new Map(data.users.map((u) => [u.id, u]));
    for (const c of data.cases) {
      const kw = users.get(c.keyWorkerId);
      expect(kw?.agencyId, c.id).toBe(c.leadAgencyId);
      expect(kw?.role).toBe('practitioner');
      expect(c.members.some((m) => m.role === 'key_worker' && m.userId === c.keyWorkerId)).toBe(true);
      const agencies = new Set(c.members.map((m) => m.agencyId));
      expect(agencies.size).toBeGreaterThanOrEqual(1);
      expect(agencies.size).toBeLessThanOrEqual(4);
      for (const m of c.members) if (m.userId) expect(users.get(m.userId)?.agencyId).toBe(m.agencyId);
    }
  });

  it('opens a case for about 85% of children', () => {
    const share = new Set(data.cases.map((c) => c.personId)).size / 300;
    expect(share).toBeGreaterThan(0.78);
    expect(share).toBeLessThan(0.92);
  });

  it.each(['practitioner', 'socialworker', 'police'])('puts %s on 15 to 40 cases', (username) => {
    const user = data.users.find((u) => u.username === username);
    const mine = data.cases.filter((c) => c.members.some((m) => m.userId === user?.id));
    expect(mine.length).toBeGreaterThanOrEqual(15);
    expect(mine.length).toBeLessThanOrEqual(40);
  });

  it('leaves children on cases without the health agency, for break-glass demonstrations', () => {
    const health = data.agencies.find((a) => a.kind === 'health');
    const without = data.cases.filter((c) => !c.members.some((m) => m.agencyId === health?.id));
    expect(without.length).toBeGreaterThan(50);
  });

  it('writes 3 to 15 chronology entries per case, by a user on the case, within the case dates', () => {
    const users = new Map(data.users.map((u) => [u.id, u]));
    const byCase = new Map<string, typeof data.chronology>();
    for (const e of data.chronology) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    for (const c of data.cases) {
      const entries = byCase.get(c.id) ?? [];
      expect(entries.length).toBeGreaterThanOrEqual(3);
      expect(entries.length).toBeLessThanOrEqual(15);
      for (const e of entries) {
        expect(c.members.some((m) => m.userId === e.authorId)).toBe(true);
        expect(users.get(e.authorId)?.agencyId).toBe(e.agencyId);
        expect(e.occurredAt >= c.openedAt && e.occurredAt <= NOW.toISOString()).toBe(true);
      }
    }
  });

  it('keeps summaries to 120 characters with every slot filled', () => {
    for (const e of data.chronology) {
      expect(e.summary.length, e.summary).toBeLessThanOrEqual(120);
      expect(`${e.summary} ${e.detail}`).not.toMatch(/[{}]|undefined/);
    }
  });

  it('has at least 40 templates and uses every chronology kind', () => {
    expect(CHRONOLOGY_TEMPLATES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(data.chronology.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['note', 'contact', 'incident', 'sexual_health_attendance', 'missing_episode']));
  });

  it.each(FORBIDDEN.map((re) => [re.source, re] as const))('never uses victim-blaming language: %s', (_, re) => {
    for (const t of CHRONOLOGY_TEMPLATES) expect(`${t.summary} ${t.detail}`).not.toMatch(re);
    for (const e of data.chronology) expect(`${e.summary} ${e.detail}`).not.toMatch(re);
  });

  it('gives open tasks to users on the case', () => {
    const cases = new Map(data.cases.map((c) => [c.id, c]));
    expect(data.tasks.length).toBeGreaterThanOrEqual(data.cases.length);
    for (const t of data.tasks) {
      expect(cases.get(t.caseId)?.members.some((m) => m.userId === t.assignedToUserId)).toBe(true);
      expect(t.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('uses unique ids everywhere', () => {
    const ids = [
      ...data.agencies.map((a) => a.id),
      ...data.agencies.flatMap((a) => a.teams.map((t) => t.id)),
      ...data.users.map((u) => u.id),
      ...data.persons.map((p) => p.id),
      ...data.cases.map((c) => c.id),
      ...data.chronology.map((e) => e.id),
      ...data.tasks.map((t) => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(data.users.map((u) => u.username)).size).toBe(data.users.length);
  });
});

describe('nickname search can be shown from every caseload', () => {
  it('puts a child known as "Mo" on each caseload account', () => {
    const d = generateDemo(20261128, new Date('2026-11-28T10:00:00Z'));
    for (const username of ['practitioner', 'socialworker', 'police']) {
      const u = d.users.find((x) => x.username === username)!;
      const children = d.cases
        .filter((c) => c.keyWorkerId === u.id || c.members.some((m) => m.userId === u.id))
        .map((c) => d.persons.find((p) => p.id === c.personId)!);
      expect(
        children.some((p) => p.names.some((n) => n.kind !== 'legal' && /^mo$/i.test(n.given))),
        username,
      ).toBe(true);
    }
  });
});
