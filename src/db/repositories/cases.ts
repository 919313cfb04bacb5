import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { CaseTeam } from '../../core/policy/index.ts';
import type { Db } from '../connection.ts';
import { fromJsonRows, jsonRowsOf } from '../json-rows.ts';
import { breakGlass, caseMember, safeguardingCase, task } from '../schema/index.ts';

export type CaseRow = typeof safeguardingCase.$inferSelect;
export type MemberRow = typeof caseMember.$inferSelect;
export type TaskRow = typeof task.$inferSelect;

// A case's current team members, as core/policy's CaseTeam lists them.
const teamMembersOf = (caseId: SQL): SQL<CaseTeam['members']> =>
  sql<CaseTeam['members']>`(select coalesce(json_agg(json_build_object('userId', m.user_id, 'agencyId', m.agency_id)), '[]'::json)
    from case_member m where m.case_id = ${caseId} and m.removed_at is null)`;

// What core/policy needs about one person, as columns of a query that reads the person (people.ts getForAccess), so that
// every person-scoped request loads the record and its access facts in one round trip: the open cases' teams (as
// teamsForPeople gives them) and whether `userId` holds unexpired break-glass on the person.
export function accessFactsOf(personId: SQL, userId: string, now: Date): { teams: SQL<CaseTeam[]>; breakGlassActive: SQL<boolean> } {
  return {
    teams: sql<CaseTeam[]>`(select coalesce(json_agg(json_build_object('caseId', c.id, 'leadAgencyId', c.lead_agency_id, 'keyWorkerId', c.key_worker_id,
        'members', ${teamMembersOf(sql`c.id`)})), '[]'::json)
      from safeguarding_case c where c.person_id = ${personId} and c.status = 'open')`,
    breakGlassActive: sql<boolean>`exists (select 1 from break_glass b where b.user_id = ${userId} and b.person_id = ${personId} and b.expires_at > ${now})`,
  };
}

export function casesRepository(db: Db) {
  // The teams around several people's open cases, keyed by person: one query whatever the number (the members come
  // as a JSON array in each case's row). Every policy check on a person starts here.
  async function teamsForPeople(personIds: string[]): Promise<Map<string, CaseTeam[]>> {
    const out = new Map<string, CaseTeam[]>();
    if (!personIds.length) return out;
    const cases = await db
      .select({
        id: safeguardingCase.id,
        personId: safeguardingCase.personId,
        leadAgencyId: safeguardingCase.leadAgencyId,
        keyWorkerId: safeguardingCase.keyWorkerId,
        members: teamMembersOf(sql`"safeguarding_case"."id"`),
      })
      .from(safeguardingCase)
      .where(and(inArray(safeguardingCase.personId, personIds), eq(safeguardingCase.status, 'open')));
    for (const c of cases) {
      const team: CaseTeam = { caseId: c.id, leadAgencyId: c.leadAgencyId, keyWorkerId: c.keyWorkerId, members: c.members };
      out.set(c.personId, [...(out.get(c.personId) ?? []), team]);
    }
    return out;
  }

  return {
    async open(row: typeof safeguardingCase.$inferInsert, members: Omit<typeof caseMember.$inferInsert, 'caseId'>[]): Promise<CaseRow> {
      const [c] = await db.insert(safeguardingCase).values(row).returning();
      if (members.length) await db.insert(caseMember).values(members.map((m) => ({ ...m, caseId: c!.id })));
      return c!;
    },
    byId: async (id: string) => (await db.select().from(safeguardingCase).where(eq(safeguardingCase.id, id)))[0],
    forPerson: (personId: string) => db.select().from(safeguardingCase).where(eq(safeguardingCase.personId, personId)).orderBy(desc(safeguardingCase.openedAt)),
    // A person's cases, newest first, each with its current members (as `members` orders them) and open tasks (as
    // `openTasks` does): one query for the record page.
    async forPersonWithTeams(personId: string): Promise<(CaseRow & { members: MemberRow[]; tasks: TaskRow[] })[]> {
      const rows = await db
        .select({
          ...getTableColumns(safeguardingCase),
          members: jsonRowsOf(caseMember, 'm', sql`m.case_id = "safeguarding_case"."id" and m.removed_at is null`, sql`m.added_at`),
          tasks: jsonRowsOf(task, 't', sql`t.case_id = "safeguarding_case"."id" and t.status = 'open'`, sql`t.due_on`),
        })
        .from(safeguardingCase)
        .where(eq(safeguardingCase.personId, personId))
        .orderBy(desc(safeguardingCase.openedAt));
      return rows.map(({ members, tasks, ...c }) => ({ ...c, members: fromJsonRows(caseMember, members), tasks: fromJsonRows(task, tasks) }));
    },
    openForPersonAndAgency: async (personId: string, agencyId: string) =>
      (
        await db
          .select()
          .from(safeguardingCase)
          .where(and(eq(safeguardingCase.personId, personId), eq(safeguardingCase.leadAgencyId, agencyId), eq(safeguardingCase.status, 'open')))
      )[0],
    members: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select()
            .from(caseMember)
            .where(and(inArray(caseMember.caseId, caseIds), isNull(caseMember.removedAt)))
            .orderBy(asc(caseMember.addedAt))
        : Promise.resolve([]),
    addMember: (row: typeof caseMember.$inferInsert) => db.insert(caseMember).values(row),
    removeMember: (id: string, caseId: string, at: Date) =>
      db
        .update(caseMember)
        .set({ removedAt: at })
        .where(and(eq(caseMember.id, id), eq(caseMember.caseId, caseId))),
    touch: (caseId: string, at: Date) => db.update(safeguardingCase).set({ lastActivityAt: at }).where(eq(safeguardingCase.id, caseId)),

    // The teams around a person's cases: the input to core/policy.
    teamsForPeople,

    async teamsForPerson(personId: string): Promise<CaseTeam[]> {
      return (await teamsForPeople([personId])).get(personId) ?? [];
    },

    async activeBreakGlassFor(userId: string, personIds: string[], now: Date): Promise<Set<string>> {
      if (!personIds.length) return new Set();
      const rows = await db
        .select({ personId: breakGlass.personId })
        .from(breakGlass)
        .where(and(eq(breakGlass.userId, userId), inArray(breakGlass.personId, personIds), gt(breakGlass.expiresAt, now)));
      return new Set(rows.map((r) => r.personId));
    },

    async activeBreakGlass(userId: string, personId: string, now: Date) {
      return (
        await db
          .select()
          .from(breakGlass)
          .where(and(eq(breakGlass.userId, userId), eq(breakGlass.personId, personId), gt(breakGlass.expiresAt, now)))
          .limit(1)
      )[0];
    },

    // "My cases": open cases where the user is key worker or a named member, or their agency joined as a whole.
    async myCases(userId: string, agencyId: string, limit = 200) {
      const rows = await db.execute<{
        id: string;
        person_id: string;
        risk_level: string | null;
        last_activity_at: string;
        opened_at: string;
        open_tasks: number;
        lead_agency_id: string;
        key_worker_id: string;
      }>(sql`
        select c.id, c.person_id, c.risk_level, c.last_activity_at, c.opened_at, c.lead_agency_id, c.key_worker_id,
          (select count(*)::int from task t where t.case_id = c.id and t.status = 'open') as open_tasks
        from safeguarding_case c
        where c.status = 'open' and (c.key_worker_id = ${userId} or exists (
          select 1 from case_member m where m.case_id = c.id and m.removed_at is null
            and (m.user_id = ${userId} or (m.user_id is null and m.agency_id = ${agencyId}))))
        order by c.last_activity_at desc
        limit ${limit}`);
      return rows.rows;
    },

    insertTask: (row: typeof task.$inferInsert) => db.insert(task).values(row),
    openTasks: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select()
            .from(task)
            .where(and(inArray(task.caseId, caseIds), eq(task.status, 'open')))
            .orderBy(asc(task.dueOn))
        : Promise.resolve([]),
    insertBreakGlass: async (row: typeof breakGlass.$inferInsert) => (await db.insert(breakGlass).values(row).returning())[0]!,
    breakGlassById: async (id: string) => (await db.select().from(breakGlass).where(eq(breakGlass.id, id)))[0],
    breakGlassToReview: () => db.select().from(breakGlass).where(isNull(breakGlass.reviewedAt)).orderBy(desc(breakGlass.grantedAt)).limit(200),
    reviewBreakGlass: (id: string, by: string, at: Date, note: string) =>
      db
        .update(breakGlass)
        .set({ reviewedBy: by, reviewedAt: at, reviewNote: note })
        .where(and(eq(breakGlass.id, id), isNull(breakGlass.reviewedAt)))
        .returning(),
  };
}
