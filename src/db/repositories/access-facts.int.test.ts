// people.getForAccess reads a record and its policy facts in one query (cases.ts accessFactsOf), and
// cases.forPersonWithTeams a person's cases with members and open tasks (json-rows.ts). Each must give exactly what the
// separate reads give: the open cases' teams (members added and removed, a whole agency, a closed case), whether the
// user holds unexpired break-glass on the person, and the rows with their types (dates, versions).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseTeam } from '../../core/policy/index.ts';
import { createServices, type Services } from '../../services/index.ts';
import { buildWorld, childInput } from '../../../test/fixtures/world.ts';
import { ifSet } from '../../../test/setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../../../test/setup/test-db.ts';

const NOW = new Date('2026-03-02T09:00:00Z');
let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
const people: string[] = [];

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), testConfig());
  world = await buildWorld(t.store, services);
  const lead = world.ctxOf('home.practitioner');
  people.push(world.child.id);
  await services.cases.addMember(lead, world.kase.id, { userId: world.users['home.safeguarding_lead']!.id });
  await services.cases.addMember(lead, world.kase.id, { agencyId: world.other.id });
  // A second child with two cases: one open with a member later removed, one closed.
  const second = await services.people.create(lead, childInput({ names: [{ kind: 'legal', given: 'Ada', family: 'Factcase' }], nhsNumber: '' }));
  people.push(second.id);
  const open = await services.cases.open(lead, second.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  await services.cases.addMember(lead, open.id, { userId: world.users['home.analyst']!.id });
  await t.db.execute(sql`update case_member set removed_at = ${NOW} where case_id = ${open.id} and user_id = ${world.users['home.analyst']!.id}`);
  const closed = await services.cases.open(lead, second.id, { leadAgencyId: world.other.id, keyWorkerId: world.users['other.practitioner']!.id });
  await t.db.execute(sql`update safeguarding_case set status = 'closed' where id = ${closed.id}`);
  const task = (caseId: string, title: string, dueOn: string | null, status = 'open') =>
    t.store.repos.cases.insertTask({ caseId, title, dueOn, status, createdAt: NOW, assignedTo: world.users['home.practitioner']!.id });
  await task(open.id, 'Return home interview', '2026-03-09');
  await task(open.id, 'Strategy discussion', null);
  await task(open.id, 'Chase school attendance', '2026-03-04');
  await task(open.id, 'Done already', '2026-03-01', 'done');
  await task(closed.id, 'Closing summary', '2026-02-20');
  // A third with no case at all, on which another agency's practitioner breaks the glass.
  const third = await services.people.create(lead, childInput({ names: [{ kind: 'legal', given: 'Bea', family: 'Factcase' }], nhsNumber: '' }));
  people.push(third.id);
  await services.breakGlass.grant(world.ctxOf('other.safeguarding_lead'), third.id, { reason: 'A synthetic reason, long enough for the form.' });
}, 60_000);
afterAll(async () => ifSet(t)?.close());

const sorted = (teams: CaseTeam[]) =>
  teams
    .map((c) => ({ ...c, members: [...c.members].sort((a, b) => `${a.userId ?? ''}${a.agencyId}`.localeCompare(`${b.userId ?? ''}${b.agencyId}`)) }))
    .sort((a, b) => a.caseId.localeCompare(b.caseId));

describe('people.getForAccess', () => {
  it('gives the same teams and break-glass as the separate reads, for every user, before and after the glass expires', async () => {
    const later = new Date(NOW.getTime() + 13 * 3_600_000);
    let glassSeen = 0;
    for (const personId of people)
      for (const user of Object.values(world.users))
        for (const at of [NOW, later]) {
          const one = await t.store.repos.people.getForAccess(personId, user.id, at);
          const teams = await t.store.repos.cases.teamsForPerson(personId);
          const glass = Boolean(await t.store.repos.cases.activeBreakGlass(user.id, personId, at));
          expect(one, personId).toBeDefined();
          expect(sorted(one!.teams)).toEqual(sorted(teams));
          expect(one!.breakGlassActive, `${user.username} at ${at.toISOString()}`).toBe(glass);
          const { teams: _teams, breakGlassActive: _glass, ...record } = one!;
          expect(record).toEqual(await t.store.repos.people.get(personId));
          if (glass) glassSeen++;
        }
    // The comparison covered a live break-glass, a closed case and a removed member, not only empty facts.
    expect(glassSeen).toBe(1);
    const second = await t.store.repos.people.getForAccess(people[1]!, world.users['home.practitioner']!.id, NOW);
    expect(second!.teams).toHaveLength(1);
    expect(second!.teams[0]!.members.map((m) => m.userId)).not.toContain(world.users['home.analyst']!.id);
  });

  it('finds no deleted record', async () => {
    await t.db.execute(sql`update person set deleted_at = ${NOW} where id = ${people[2]!}`);
    expect(await t.store.repos.people.getForAccess(people[2]!, world.users['home.practitioner']!.id, NOW)).toBeUndefined();
  });
  it('cases.forPersonWithTeams gives the rows of forPerson, members and openTasks, typed alike', async () => {
    let tasksSeen = 0;
    for (const personId of people) {
      const one = await t.store.repos.cases.forPersonWithTeams(personId);
      const cases = await t.store.repos.cases.forPerson(personId);
      const ids = cases.map((c) => c.id);
      const members = await t.store.repos.cases.members(ids);
      const tasks = await t.store.repos.cases.openTasks(ids);
      expect(one.map(({ members: _m, tasks: _t, ...c }) => c)).toEqual(cases);
      for (const c of one) {
        expect(c.members).toEqual(members.filter((m) => m.caseId === c.id));
        // Tasks with the same due date may come in either order: compare as sets, and the due dates in order.
        const expected = tasks.filter((x) => x.caseId === c.id);
        expect([...c.tasks].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected].sort((a, b) => a.id.localeCompare(b.id)));
        expect(c.tasks.map((x) => x.dueOn)).toEqual(expected.map((x) => x.dueOn));
        tasksSeen += c.tasks.length;
        for (const m of c.members) expect(m.addedAt).toBeInstanceOf(Date);
        for (const x of c.tasks) expect(x.createdAt).toBeInstanceOf(Date);
      }
    }
    expect(tasksSeen).toBe(4);
  });
});
