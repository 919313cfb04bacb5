// recordPage.parts reads what the record page shows after the cases in one query. It must give exactly what the separate
// reads give: each page of the chronology (with ties on the time, and filtered by kind and by agency), the screening
// history, the agencies, and the names of the case workers the page mentions, typed alike (dates, JSON, versions).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../services/index.ts';
import { buildWorld } from '../../../test/fixtures/world.ts';
import { ifSet } from '../../../test/setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../../../test/setup/test-db.ts';

const NOW = new Date('2026-03-02T09:00:00Z');
let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  world = await buildWorld(t.store, services);
  const lead = world.ctxOf('home.practitioner');
  await services.cases.addMember(lead, world.kase.id, { userId: world.users['home.safeguarding_lead']!.id });
  await services.cases.addMember(lead, world.kase.id, { userId: world.users['other.practitioner']!.id });
  // A member later removed is no longer named by the page.
  await t.db.execute(sql`update case_member set removed_at = ${NOW} where user_id = ${world.users['other.practitioner']!.id}`);
  const authors = ['home.practitioner', 'home.safeguarding_lead', 'other.mase_coordinator', 'home.analyst'];
  for (let i = 0; i < 13; i++) {
    const author = world.users[authors[i % authors.length]!]!;
    // Every third entry shares its time with the one before, so the id decides their order.
    const at = new Date(NOW.getTime() - (i - (i % 3 === 2 ? 1 : 0)) * 86_400_000);
    await t.store.repos.chronology.add({
      personId: world.child.id,
      caseId: world.kase.id,
      kind: i % 2 ? 'contact' : 'note',
      occurredAt: at,
      summary: `Synthetic entry ${i}`,
      detail: 'Synthetic detail',
      authorId: author.id,
      agencyId: author.agencyId,
      createdAt: NOW,
    });
  }
  await services.screening.start(lead, world.kase.id, {});
}, 60_000);
afterAll(async () => ifSet(t)?.close());

async function separately(personId: string, filter: { kind?: string; agencyId?: string } | null, limit: number, offset: number) {
  const repos = t.store.repos;
  const entries = filter ? await repos.chronology.list(personId, filter, limit, offset) : [];
  const cases = await repos.cases.forPersonWithTeams(personId);
  const named = [
    ...new Set([...cases.flatMap((c) => [c.keyWorkerId, ...c.members.flatMap((m) => (m.userId ? [m.userId] : []))]), ...entries.map((e) => e.authorId)]),
  ];
  const staff = await repos.users.caseWorkerNames(named);
  return {
    entries,
    screenings: await repos.screenings.forPerson(personId),
    agencies: await repos.users.agencies(),
    staffNames: new Map(staff.map((u) => [u.id, u.displayName])),
  };
}

describe('recordPage.parts', () => {
  it('gives every page, filtered or not, as the separate reads do', async () => {
    const filters = [
      {},
      { kind: 'note' },
      { kind: 'contact' },
      { agencyId: world.other.id },
      { kind: 'note', agencyId: world.home.id },
      { kind: 'incident' },
      null,
    ];
    let entriesSeen = 0;
    for (const filter of filters)
      for (const offset of [0, 4, 8, 12, 16]) {
        const one = await t.store.repos.recordPage.parts(world.child.id, filter, 4, offset);
        const expected = await separately(world.child.id, filter, 4, offset);
        expect(one.entries, JSON.stringify({ filter, offset })).toEqual(expected.entries);
        expect(one.staffNames).toEqual(expected.staffNames);
        entriesSeen += one.entries.length;
      }
    // 13 entries unfiltered, 7 notes, 6 contacts, 3 from the other agency, the home agency's notes.
    expect(entriesSeen).toBeGreaterThan(30);
  });

  it('gives the screenings and agencies with their types, and names only active case workers', async () => {
    const one = await t.store.repos.recordPage.parts(world.child.id, {}, 51, 0);
    const expected = await separately(world.child.id, {}, 51, 0);
    expect(one.screenings).toEqual(expected.screenings);
    expect(one.screenings).toHaveLength(1);
    expect(one.screenings[0]!.startedAt).toBeInstanceOf(Date);
    expect(one.agencies).toEqual(expected.agencies);
    expect(one.agencies.length).toBeGreaterThan(1);
    // The analyst wrote entries but is not a case worker; the removed member is not named.
    expect(one.staffNames.has(world.users['home.analyst']!.id)).toBe(false);
    expect(one.staffNames.has(world.users['other.practitioner']!.id)).toBe(false);
    expect(one.staffNames.get(world.users['other.mase_coordinator']!.id)).toBeTruthy();
    expect(one.staffNames.size).toBe(3);
  });

  it('gives nothing of the chronology for an unreadable filter, and nothing for a record with none', async () => {
    const none = await t.store.repos.recordPage.parts(world.child.id, null, 51, 0);
    expect(none.entries).toEqual([]);
    const empty = await t.store.repos.recordPage.parts('00000000-0000-4000-8000-000000000000', {}, 51, 0);
    expect(empty).toMatchObject({ entries: [], screenings: [] });
    expect(empty.staffNames.size).toBe(0);
  });
});
