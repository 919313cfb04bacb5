import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { agency, agendaItem, maseAction, maseAttendance, maseMeeting } from '../schema/index.ts';

// The MASE panel (issue 7): meetings, attendance, agenda items and actions, and the queries the agenda builder and the
// outcome pages read across the other records.

export type MeetingRow = typeof maseMeeting.$inferSelect;
export type AgendaItemRow = typeof agendaItem.$inferSelect;
export type ActionRow = typeof maseAction.$inferSelect;
export type AttendanceRow = typeof maseAttendance.$inferSelect & { agencyName: string; agencyKind: string };

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown): T[] => (r as Rows<T>).rows;

export function maseRepository(db: Db) {
  const versioned = async <T>(q: Promise<T[]>): Promise<T | undefined> => (await q)[0];

  return {
    meetings: (limit = 100): Promise<MeetingRow[]> => db.select().from(maseMeeting).orderBy(desc(maseMeeting.heldOn), desc(maseMeeting.createdAt)).limit(limit),
    meeting: async (id: string): Promise<MeetingRow | undefined> => (await db.select().from(maseMeeting).where(eq(maseMeeting.id, id)))[0],
    /** The meetings held before a date, latest first. */
    meetingsBefore: (heldOn: string): Promise<MeetingRow[]> =>
      db.select().from(maseMeeting).where(lt(maseMeeting.heldOn, heldOn)).orderBy(desc(maseMeeting.heldOn)),
    insertMeeting: async (row: typeof maseMeeting.$inferInsert) => (await db.insert(maseMeeting).values(row).returning())[0]!,
    updateMeeting: (id: string, version: number, set: Partial<typeof maseMeeting.$inferInsert>) =>
      versioned(
        db
          .update(maseMeeting)
          .set({ ...set, version: version + 1 })
          .where(and(eq(maseMeeting.id, id), eq(maseMeeting.version, version)))
          .returning(),
      ),

    attendance: (meetingId: string): Promise<AttendanceRow[]> =>
      db
        .select({ ...getTableColumns(maseAttendance), agencyName: agency.name, agencyKind: agency.kind })
        .from(maseAttendance)
        .innerJoin(agency, eq(agency.id, maseAttendance.agencyId))
        .where(eq(maseAttendance.meetingId, meetingId))
        .orderBy(asc(agency.name), asc(maseAttendance.name)),
    addAttendance: async (row: typeof maseAttendance.$inferInsert) => (await db.insert(maseAttendance).values(row).returning())[0]!,
    removeAttendance: (meetingId: string, id: string) =>
      db
        .delete(maseAttendance)
        .where(and(eq(maseAttendance.id, id), eq(maseAttendance.meetingId, meetingId)))
        .returning(),

    items: (meetingId: string): Promise<AgendaItemRow[]> =>
      db
        .select()
        .from(agendaItem)
        .where(and(eq(agendaItem.meetingId, meetingId), isNull(agendaItem.removedAt)))
        .orderBy(asc(agendaItem.position)),
    item: async (id: string): Promise<AgendaItemRow | undefined> => (await db.select().from(agendaItem).where(eq(agendaItem.id, id)))[0],
    insertItems: async (rows: (typeof agendaItem.$inferInsert)[]) => (rows.length ? db.insert(agendaItem).values(rows).returning() : []),
    updateItem: (id: string, version: number, set: Partial<typeof agendaItem.$inferInsert>) =>
      versioned(
        db
          .update(agendaItem)
          .set({ ...set, version: version + 1 })
          .where(and(eq(agendaItem.id, id), eq(agendaItem.version, version)))
          .returning(),
      ),
    /** The panel's history for a child or a place: every item about it, with its meeting's date. */
    itemsAbout: (subject: { personId?: string; entityId?: string }) =>
      db
        .select({ item: agendaItem, heldOn: maseMeeting.heldOn, meetingTitle: maseMeeting.title })
        .from(agendaItem)
        .innerJoin(maseMeeting, eq(maseMeeting.id, agendaItem.meetingId))
        .where(
          and(isNull(agendaItem.removedAt), subject.personId ? eq(agendaItem.personId, subject.personId) : eq(agendaItem.entityId, subject.entityId ?? '')),
        )
        .orderBy(asc(maseMeeting.heldOn)),

    actions: (meetingId: string): Promise<ActionRow[]> =>
      db.select().from(maseAction).where(eq(maseAction.meetingId, meetingId)).orderBy(asc(maseAction.dueOn), asc(maseAction.createdAt)),
    /** One item's actions, and the action the item is about (if any), in the order of `actions`. */
    actionsForItem: (meetingId: string, itemId: string, actionId: string | null): Promise<ActionRow[]> =>
      db
        .select()
        .from(maseAction)
        .where(
          and(
            eq(maseAction.meetingId, meetingId),
            actionId ? or(eq(maseAction.agendaItemId, itemId), eq(maseAction.id, actionId)) : eq(maseAction.agendaItemId, itemId),
          ),
        )
        .orderBy(asc(maseAction.dueOn), asc(maseAction.createdAt)),
    action: async (id: string): Promise<ActionRow | undefined> => (await db.select().from(maseAction).where(eq(maseAction.id, id)))[0],
    actionsByIds: (ids: readonly string[]): Promise<ActionRow[]> =>
      ids.length
        ? db
            .select()
            .from(maseAction)
            .where(inArray(maseAction.id, [...ids]))
        : Promise.resolve([]),
    actionsAbout: (subject: { personId?: string; entityId?: string }) =>
      db
        .select({ action: maseAction, heldOn: maseMeeting.heldOn })
        .from(maseAction)
        .innerJoin(maseMeeting, eq(maseMeeting.id, maseAction.meetingId))
        .where(subject.personId ? eq(maseAction.personId, subject.personId) : eq(maseAction.entityId, subject.entityId ?? ''))
        .orderBy(asc(maseMeeting.heldOn), asc(maseAction.createdAt)),
    /** Open actions raised at meetings held before `heldOn`: the ones a new meeting carries forward. */
    openActionsBefore: (heldOn: string): Promise<ActionRow[]> =>
      db
        .select(getTableColumns(maseAction))
        .from(maseAction)
        .innerJoin(maseMeeting, eq(maseMeeting.id, maseAction.meetingId))
        .where(and(inArray(maseAction.status, ['open', 'in_progress']), lt(maseMeeting.heldOn, heldOn))),
    insertAction: async (row: typeof maseAction.$inferInsert) => (await db.insert(maseAction).values(row).returning())[0]!,
    updateAction: (id: string, version: number, set: Partial<typeof maseAction.$inferInsert>) =>
      versioned(
        db
          .update(maseAction)
          .set({ ...set, version: version + 1 })
          .where(and(eq(maseAction.id, id), eq(maseAction.version, version)))
          .returning(),
      ),

    // ---- what the agenda builder reads (as of the meeting's date) ----

    /** Children whose latest screening completed in (since, until] is medium or high and above the screening before. */
    newlyRaised: async (since: Date, until: Date) =>
      rowsOf<{ person_id: string; level: string; previous: string | null; completed_at: string }>(
        await db.execute(sql`
          with s as (
            select person_id, coalesce(final_level, calculated_level) as level, completed_at,
              lag(coalesce(final_level, calculated_level)) over (partition by person_id order by completed_at) as previous,
              row_number() over (partition by person_id order by completed_at desc) as latest
            from screening where completed_at is not null and completed_at <= ${until}
          )
          select person_id, level, previous, completed_at from s
          where latest = 1 and completed_at > ${since} and level in ('medium', 'high')
            and (previous is null or array_position(array['none','low','medium','high'], previous) < array_position(array['none','low','medium','high'], level))`),
      ),
    /** Children with `min` or more missing episodes reported in [from, to). */
    repeatMissing: async (from: Date, to: Date, min: number) =>
      rowsOf<{ person_id: string; n: number }>(
        await db.execute(sql`
          select person_id, count(*)::int as n from missing_episode
          where reported_at >= ${from} and reported_at < ${to}
          group by person_id having count(*) >= ${min}`),
      ),
    /** Places linked to children in `min` or more cases (core/places/hotspots). */
    hotspotPlaces: async (min: number, limit = 20) =>
      rowsOf<{ id: string; label: string; case_count: number }>(
        await db.execute(sql`
          select id, label, case_count from entity
          where kind = 'location' and case_count >= ${min} and merged_into is null and deleted_at is null
          order by case_count desc, label limit ${limit}`),
      ),
    /** Suspected perpetrators linked (by live links) to `min` or more children. */
    linkedPerpetrators: async (min: number, limit = 20) =>
      rowsOf<{ id: string; label: string; person_id: string | null; children: number }>(
        await db.execute(sql`
          select e.id, e.label, e.person_id, count(distinct l.person_id)::int as children
          from entity e
          join entity_link l on (l.from_entity = e.id or l.to_entity = e.id) and l.retracted_at is null and l.person_id is not null
            and l.person_id is distinct from e.person_id
          where e.merged_into is null and e.deleted_at is null
            and exists (select 1 from entity_role r where r.entity_id = e.id and r.role = 'suspected_perpetrator' and r.removed_at is null)
          group by e.id, e.label, e.person_id having count(distinct l.person_id) >= ${min}
          order by children desc, e.label limit ${limit}`),
      ),
    /** Adults found with children and places children were found at, in returns since a date (RHI intelligence for
     * the panel: SOURCES.md 2f). Only adults: a child found with another child is on the agenda as a child. */
    foundInEpisodes: async (since: Date, until: Date) =>
      rowsOf<{ entity_id: string; kind: string; label: string; episodes: number; last: string }>(
        await db.execute(sql`
          with found as (
            select found_with_entity as entity_id, returned_at from missing_episode
            where found_with_entity is not null and returned_at > ${since} and returned_at <= ${until}
            union all
            select found_at_entity, returned_at from missing_episode
            where found_at_entity is not null and returned_at > ${since} and returned_at <= ${until}
          )
          select e.id as entity_id, e.kind, e.label, count(*)::int as episodes, max(f.returned_at) as last
          from found f join entity e on e.id = f.entity_id
          left join person p on p.id = e.person_id
          where e.merged_into is null and e.deleted_at is null and (e.kind = 'location' or (e.kind = 'person' and coalesce(p.kind, 'adult') = 'adult'))
          group by e.id, e.kind, e.label order by count(*) desc, e.label limit 30`),
      ),
    /** The children whose records link to each entity (for need-to-know on items about places, adults and groups). */
    childrenLinkedTo: async (entityIds: readonly string[]): Promise<Map<string, string[]>> => {
      const out = new Map<string, string[]>();
      if (!entityIds.length) return out;
      const rows = rowsOf<{ entity: string; person_id: string }>(
        await db.execute(sql`
          select distinct x.entity, l.person_id from entity_link l
          cross join lateral (values (l.from_entity), (l.to_entity)) as x(entity)
          where l.retracted_at is null and l.person_id is not null and x.entity in (${sql.join(
            entityIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`),
      );
      for (const r of rows) out.set(r.entity, [...(out.get(r.entity) ?? []), r.person_id]);
      return out;
    },
    /** The children an agency works with: an open case it leads or is a member of (by the agency or a named user). */
    worksWith: async (agencyId: string): Promise<Set<string>> =>
      new Set(
        rowsOf<{ person_id: string }>(
          await db.execute(sql`
            select distinct c.person_id from safeguarding_case c
            where c.status = 'open' and (c.lead_agency_id = ${agencyId}
              or exists (select 1 from case_member m where m.case_id = c.id and m.removed_at is null and m.agency_id = ${agencyId}))`),
        ).map((r) => r.person_id),
      ),
    /** A child's risk level over time: every completed screening. */
    riskHistory: async (personId: string) =>
      rowsOf<{ completed_at: string; level: string }>(
        await db.execute(sql`
          select completed_at, coalesce(final_level, calculated_level) as level from screening
          where person_id = ${personId} and completed_at is not null order by completed_at`),
      ),
    /** Links to a place in the days before and after a date (did concerns fall after the panel acted?), dated by when
     * what they record happened: the source entry's date, else the link's own start, else when it was recorded. */
    placeConcernsAround: async (entityId: string, at: Date, days: number) =>
      rowsOf<{ before: number; after: number }>(
        await db.execute(sql`
          with dated as (
            select coalesce(ce.occurred_at, l.valid_from::timestamptz, l.created_at) as t
            from entity_link l left join chronology_entry ce on l.source_kind = 'chronology_entry' and ce.id = l.source_id
            where (l.from_entity = ${entityId} or l.to_entity = ${entityId}) and l.retracted_at is null
          )
          select count(*) filter (where t < ${at} and t >= ${at}::timestamptz - make_interval(days => ${days}))::int as before,
                 count(*) filter (where t >= ${at} and t < ${at}::timestamptz + make_interval(days => ${days}))::int as after
          from dated`),
      )[0] ?? { before: 0, after: 0 },
  };
}
