import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { RecordTable } from '../../core/retention/classes.ts';
import type { Db } from '../connection.ts';
import {
  addressPeriod,
  agendaItem,
  auditEvent,
  breakGlass,
  caseMember,
  chronologyEntry,
  consultation,
  entity,
  entityLink,
  legalHold,
  legalOrder,
  maseAction,
  maseMeeting,
  missingEpisode,
  noteFinding,
  orderBreach,
  person,
  personIdentifier,
  personName,
  referral,
  returnHomeInterview,
  safeguardingCase,
  screening,
  screeningAnswer,
  screeningDecision,
  sexualHealthAttendance,
  task,
} from '../schema/index.ts';

// Retention (issue 8): the facts the schedule needs about each person, legal holds, the deletion of one person's whole
// record in dependency order, and the reads of the subject access report. No rules here: services/retention.ts and
// core/retention decide; this module only finds and removes rows.

export type HoldRow = typeof legalHold.$inferSelect;

export type FactsRow = {
  personId: string;
  kind: string;
  dateOfBirth: string | null;
  dobEstimated: boolean;
  lookedAfter: string;
  hasSexualHealth: boolean;
  cases: number;
  openCases: number;
  lastClosedAt: Date | null;
  lastActivityAt: Date;
};

/** Everything of one person's record, by table, found before anything is deleted. */
export type DeletionPlan = {
  personId: string;
  ids: Record<Exclude<RecordTable, 'screening_answer' | 'entity' | 'match_candidate' | 'network_alert'>, string[]>;
  screeningAnswers: number;
  /** Entities the record refers to: deleted if nothing else refers to them afterwards. */
  candidateEntities: string[];
};

export type Deleted = {
  ids: Partial<Record<RecordTable, string[]>>;
  counts: Partial<Record<RecordTable, number>>;
  /** Shared entities kept (other records still refer to them) but no longer pointing at the deleted person. */
  detached: string[];
  /** Entities kept whose links changed: their cross-referral alerts are worked out again. */
  touched: string[];
};

// Arbitrary constant key: deleting under the schedule and placing a hold take it, so a hold placed while a deletion
// runs is either seen by that deletion or waits for it to finish.
const SCHEDULE_LOCK = 7_411_008;

const uuids = (xs: readonly string[]): SQL => sql`${sql.param([...xs])}::uuid[]`;

export function retentionRepository(db: Db) {
  const ids = async (q: SQL): Promise<string[]> => (await db.execute<{ id: string }>(q)).rows.map((r) => r.id);
  const remove = (table: string, list: string[]): Promise<string[]> =>
    list.length ? ids(sql`delete from ${sql.identifier(table)} where id = any(${uuids(list)}) returning id`) : Promise.resolve([]);

  return {
    lockSchedule: async (): Promise<void> => {
      await db.execute(sql`select pg_advisory_xact_lock(${SCHEDULE_LOCK})`);
    },

    /** Locks the person row for this transaction; false when the person no longer exists. */
    async lockPerson(personId: string): Promise<boolean> {
      return (await ids(sql`select id from person where id = ${personId} for update`)).length === 1;
    },

    async personExists(personId: string): Promise<boolean> {
      return (await ids(sql`select id from person where id = ${personId}`)).length === 1;
    },

    /**
     * What the schedule needs about each person (all, or those given). The last activity is the latest change anywhere
     * on the record: the person, cases, entries, screenings, missing episodes, orders, and links in or to the record.
     */
    async facts(personIds?: readonly string[]): Promise<FactsRow[]> {
      const filter = personIds ? sql`where p.id = any(${uuids(personIds)})` : sql``;
      const r = await db.execute<{
        id: string;
        kind: string;
        date_of_birth: string | null;
        dob_estimated: boolean;
        looked_after: string;
        sexual_health: boolean;
        cases: number;
        open_cases: number;
        last_closed: Date | null;
        last_activity: Date;
      }>(sql`
        select p.id, p.kind, p.date_of_birth, p.dob_estimated, p.looked_after,
          exists (select 1 from sexual_health_attendance a where a.person_id = p.id) as sexual_health,
          c.cases, c.open_cases, c.last_closed,
          greatest(p.created_at, p.updated_at, c.last_activity,
            (select max(greatest(e.occurred_at, e.created_at)) from chronology_entry e where e.person_id = p.id),
            (select max(coalesce(s.completed_at, s.started_at)) from screening s where s.person_id = p.id),
            (select max(m.updated_at) from missing_episode m where m.person_id = p.id),
            (select max(o.updated_at) from legal_order o where o.child_person_id = p.id),
            (select max(l.created_at) from entity_link l where l.person_id = p.id),
            (select max(l.created_at) from entity e join entity_link l on l.from_entity = e.id where e.person_id = p.id),
            (select max(l.created_at) from entity e join entity_link l on l.to_entity = e.id where e.person_id = p.id),
            (select max(o.updated_at) from entity e join legal_order o on o.subject_entity = e.id where e.person_id = p.id)
          ) as last_activity
        from person p
        cross join lateral (
          select count(*)::int as cases,
                 (count(*) filter (where k.status <> 'closed'))::int as open_cases,
                 max(k.closed_at) as last_closed,
                 max(greatest(k.opened_at, k.last_activity_at, k.closed_at)) as last_activity
          from safeguarding_case k where k.person_id = p.id
        ) c
        ${filter}
        order by p.id`);
      return r.rows.map((x) => ({
        personId: x.id,
        kind: x.kind,
        dateOfBirth: x.date_of_birth,
        dobEstimated: x.dob_estimated,
        lookedAfter: x.looked_after,
        hasSexualHealth: x.sexual_health,
        cases: x.cases,
        openCases: x.open_cases,
        lastClosedAt: x.last_closed ? new Date(x.last_closed) : null,
        lastActivityAt: new Date(x.last_activity),
      }));
    },

    activeHolds: async (): Promise<HoldRow[]> => db.select().from(legalHold).where(isNull(legalHold.liftedAt)).orderBy(asc(legalHold.placedAt)),
    holds: async (): Promise<HoldRow[]> => db.select().from(legalHold).orderBy(desc(legalHold.placedAt)),
    holdsForPerson: async (personId: string): Promise<HoldRow[]> =>
      db
        .select()
        .from(legalHold)
        .where(or(eq(legalHold.personId, personId), eq(legalHold.scope, 'all')))
        .orderBy(desc(legalHold.placedAt)),
    hold: async (id: string): Promise<HoldRow | undefined> => (await db.select().from(legalHold).where(eq(legalHold.id, id)))[0],
    async insertHold(row: typeof legalHold.$inferInsert): Promise<HoldRow> {
      const [h] = await db.insert(legalHold).values(row).returning();
      return h!;
    },
    /** Lifts an active hold if nobody changed it since `version` was read; undefined otherwise. */
    async liftHold(id: string, version: number, by: string, at: Date, reason: string): Promise<HoldRow | undefined> {
      const [h] = await db
        .update(legalHold)
        .set({ liftedBy: by, liftedAt: at, liftReason: reason, version: version + 1 })
        .where(and(eq(legalHold.id, id), eq(legalHold.version, version), isNull(legalHold.liftedAt)))
        .returning();
      return h;
    },

    /** Finds every row of one person's record, without changing anything (the dry run counts these). */
    async collect(personId: string): Promise<DeletionPlan> {
      const p = personId;
      const cases = await ids(sql`select id from safeguarding_case where person_id = ${p}`);
      const entries = await ids(sql`select id from chronology_entry where person_id = ${p} or case_id = any(${uuids(cases)})`);
      const screenings = await ids(sql`select id from screening where person_id = ${p} or case_id = any(${uuids(cases)})`);
      const episodes = await ids(
        sql`select id from missing_episode where person_id = ${p} or case_id = any(${uuids(cases)}) or entry_id = any(${uuids(entries)})`,
      );
      const own = await ids(sql`select id from entity where person_id = ${p}`);
      // Orders about the person as a child, orders in their cases, and orders served on them alone (no child, no case):
      // an order served on them to protect another child is that child's record, and stays.
      const orders = await ids(sql`select id from legal_order where child_person_id = ${p} or case_id = any(${uuids(cases)})
        or (subject_entity = any(${uuids(own)}) and child_person_id is null and case_id is null)`);
      const breaches = await ids(sql`select id from order_breach where order_id = any(${uuids(orders)})`);
      const agenda = await ids(sql`select id from agenda_item where person_id = ${p} or breach_id = any(${uuids(breaches)})`);
      const actions = await ids(sql`select id from mase_action where person_id = ${p} or agenda_item_id = any(${uuids(agenda)})`);
      const sources = [...entries, ...screenings, ...episodes];
      const links = await ids(sql`select id from entity_link where person_id = ${p} or case_id = any(${uuids(cases)}) or source_id = any(${uuids(sources)})`);
      const roles = await ids(sql`select id from entity_role where case_id = any(${uuids(cases)})`);
      const candidateEntities = await ids(sql`
        select distinct id from (
          select from_entity as id from entity_link where id = any(${uuids(links)})
          union all select to_entity from entity_link where id = any(${uuids(links)})
          union all select entity_id from entity_role where id = any(${uuids(roles)})
          union all select unnest(array[missing_from_entity, found_at_entity, found_with_entity]) from missing_episode where id = any(${uuids(episodes)})
          union all select subject_entity from legal_order where id = any(${uuids(orders)})
          union all select entity_id from agenda_item where id = any(${uuids(agenda)})
          union all select entity_id from mase_action where id = any(${uuids(actions)})
          union all select id from entity where person_id = ${p}
        ) e where id is not null`);
      const answers = await db.execute<{ n: number }>(sql`select count(*)::int as n from screening_answer where screening_id = any(${uuids(screenings)})`);
      return {
        personId: p,
        screeningAnswers: answers.rows[0]?.n ?? 0,
        candidateEntities,
        ids: {
          person: [p],
          person_name: await ids(sql`select id from person_name where person_id = ${p}`),
          person_identifier: await ids(sql`select id from person_identifier where person_id = ${p}`),
          address_period: await ids(sql`select id from address_period where person_id = ${p}`),
          break_glass: await ids(sql`select id from break_glass where person_id = ${p}`),
          safeguarding_case: cases,
          case_member: await ids(sql`select id from case_member where case_id = any(${uuids(cases)})`),
          task: await ids(sql`select id from task where case_id = any(${uuids(cases)})`),
          chronology_entry: entries,
          note_finding: await ids(sql`select id from note_finding where person_id = ${p} or entry_id = any(${uuids(entries)})`),
          screening: screenings,
          screening_decision: await ids(sql`select id from screening_decision where screening_id = any(${uuids(screenings)})`),
          consultation: await ids(sql`select id from consultation where person_id = ${p} or screening_id = any(${uuids(screenings)})`),
          referral: await ids(
            sql`select id from referral where person_id = ${p} or screening_id = any(${uuids(screenings)}) or case_id = any(${uuids(cases)})`,
          ),
          sexual_health_attendance: await ids(sql`select id from sexual_health_attendance
            where person_id = ${p} or case_id = any(${uuids(cases)}) or chronology_entry_id = any(${uuids(entries)})`),
          missing_episode: episodes,
          return_home_interview: await ids(sql`select id from return_home_interview where episode_id = any(${uuids(episodes)})`),
          legal_order: orders,
          order_breach: breaches,
          agenda_item: agenda,
          mase_action: actions,
          entity_link: links,
          entity_role: roles,
        },
      };
    },

    /**
     * Deletes what `collect` found, children before parents, then the entities nothing refers to any more. Runs in the
     * caller's transaction: any failure undoes all of it.
     */
    async deletePlan(plan: DeletionPlan): Promise<Deleted> {
      const p = plan.personId;
      const x = plan.ids;
      const out: Deleted = { ids: {}, counts: {}, detached: [], touched: [] };
      const del = async (table: RecordTable, list: string[]) => {
        const gone = await remove(table, list);
        out.ids[table] = gone;
        out.counts[table] = gone.length;
      };
      // Rows of other records that merely point at this one lose the pointer rather than being deleted.
      if (x.legal_order.length) await db.execute(sql`update mase_action set order_id = null where order_id = any(${uuids(x.legal_order)})`);
      if (x.chronology_entry.length) await db.execute(sql`update return_home_interview set entry_id = null where entry_id = any(${uuids(x.chronology_entry)})`);
      if (x.screening.length) await db.execute(sql`update note_finding set screening_id = null where screening_id = any(${uuids(x.screening)})`);

      await del('mase_action', x.mase_action);
      await del('agenda_item', x.agenda_item);
      await del('order_breach', x.order_breach);
      await del('legal_order', x.legal_order);
      await del('return_home_interview', x.return_home_interview);
      await del('missing_episode', x.missing_episode);
      const linkEnds = await ids(sql`select distinct id from (select from_entity as id from entity_link where id = any(${uuids(x.entity_link)})
        union all select to_entity from entity_link where id = any(${uuids(x.entity_link)})) e`);
      await del('entity_link', x.entity_link);
      await del('entity_role', x.entity_role);
      await del('note_finding', x.note_finding);
      await del('sexual_health_attendance', x.sexual_health_attendance);
      await del('referral', x.referral);
      await del('consultation', x.consultation);
      await del('screening_decision', x.screening_decision);
      const answers = x.screening.length
        ? await db.execute(sql`delete from screening_answer where screening_id = any(${uuids(x.screening)})`)
        : { rowCount: 0 };
      out.counts.screening_answer = answers.rowCount ?? 0;
      await del('screening', x.screening);
      await del('chronology_entry', x.chronology_entry);
      await del('task', x.task);
      await del('case_member', x.case_member);
      await del('safeguarding_case', x.safeguarding_case);
      await del('person_name', x.person_name);
      await del('person_identifier', x.person_identifier);
      await del('address_period', x.address_period);
      await del('break_glass', x.break_glass);

      // Entities: delete those that only this record held (places, phones, the person's own entity...); keep any that
      // another record still refers to, or that is another person's own entity.
      const cands = plan.candidateEntities;
      const orphans = cands.length
        ? await ids(sql`
          select e.id from entity e
          where e.id = any(${uuids(cands)}) and (e.person_id is null or e.person_id = ${p})
            and not exists (select 1 from entity_link l where l.from_entity = e.id or l.to_entity = e.id)
            and not exists (select 1 from entity_role r where r.entity_id = e.id)
            and not exists (select 1 from context_referral c where c.entity_id = e.id)
            and not exists (select 1 from missing_episode m where e.id in (m.missing_from_entity, m.found_at_entity, m.found_with_entity))
            and not exists (select 1 from legal_order o where o.subject_entity = e.id)
            and not exists (select 1 from agenda_item a where a.entity_id = e.id)
            and not exists (select 1 from mase_action a where a.entity_id = e.id)
            and not exists (select 1 from entity m where m.merged_into = e.id)`)
        : [];
      // Entities that others were merged into count as this one on the network pages: their alerts change too.
      const mergeTargets = cands.length
        ? await ids(sql`select distinct merged_into as id from entity where id = any(${uuids(cands)}) and merged_into is not null`)
        : [];
      if (orphans.length) {
        const candidates = await ids(
          sql`delete from match_candidate where left_entity = any(${uuids(orphans)}) or right_entity = any(${uuids(orphans)}) returning id`,
        );
        out.ids.match_candidate = candidates;
        out.counts.match_candidate = candidates.length;
        out.ids.network_alert = await ids(sql`delete from network_alert where entity_id = any(${uuids(orphans)}) returning id`);
        out.counts.network_alert = out.ids.network_alert.length;
        await del('entity', orphans);
      }
      out.detached = await ids(sql`update entity set person_id = null, updated_at = now(), version = version + 1 where person_id = ${p} returning id`);
      const kept = new Set([...linkEnds, ...cands, ...mergeTargets].filter((id) => !orphans.includes(id)));
      out.touched = [...kept];
      await del('person', x.person);
      return out;
    },

    /** Sets an alert's cases and agencies after links were deleted, keeping its status; or removes it. */
    async updateAlert(entityId: string, caseIds: string[], agencyIds: string[]): Promise<void> {
      await db.execute(sql`update network_alert set case_ids = ${sql.param(caseIds)}::uuid[], agency_ids = ${sql.param(agencyIds)}::uuid[],
        version = version + 1 where entity_id = ${entityId}`);
    },
    async removeAlert(entityId: string): Promise<string[]> {
      return ids(sql`delete from network_alert where entity_id = ${entityId} returning id`);
    },

    // The subject access report's reads: every row of the person's record, by table.
    async subject(personId: string) {
      const p = personId;
      const [personRow] = await db.select().from(person).where(eq(person.id, p));
      if (!personRow) return undefined;
      const cases = await db.select().from(safeguardingCase).where(eq(safeguardingCase.personId, p)).orderBy(asc(safeguardingCase.openedAt));
      const caseIds = cases.map((c) => c.id);
      const screenings = await db.select().from(screening).where(eq(screening.personId, p)).orderBy(asc(screening.startedAt));
      const screeningIds = screenings.map((s) => s.id);
      const episodes = await db.select().from(missingEpisode).where(eq(missingEpisode.personId, p)).orderBy(asc(missingEpisode.reportedAt));
      const own = (await db.select().from(entity).where(eq(entity.personId, p)))[0] ?? null;
      const orders = await db
        .select()
        .from(legalOrder)
        .where(own ? or(eq(legalOrder.childPersonId, p), eq(legalOrder.subjectEntity, own.id)) : eq(legalOrder.childPersonId, p))
        .orderBy(asc(legalOrder.createdAt));
      const links = await db
        .select()
        .from(entityLink)
        .where(own ? or(eq(entityLink.personId, p), eq(entityLink.fromEntity, own.id), eq(entityLink.toEntity, own.id)) : eq(entityLink.personId, p))
        .orderBy(asc(entityLink.createdAt));
      const ends = [...new Set(links.flatMap((l) => [l.fromEntity, l.toEntity]))];
      const agenda = await db
        .select({ item: agendaItem, heldOn: maseMeeting.heldOn, meetingTitle: maseMeeting.title })
        .from(agendaItem)
        .innerJoin(maseMeeting, eq(maseMeeting.id, agendaItem.meetingId))
        .where(eq(agendaItem.personId, p))
        .orderBy(asc(maseMeeting.heldOn), asc(agendaItem.position));
      return {
        person: personRow,
        names: await db.select().from(personName).where(eq(personName.personId, p)),
        identifiers: await db.select().from(personIdentifier).where(eq(personIdentifier.personId, p)),
        addresses: await db.select().from(addressPeriod).where(eq(addressPeriod.personId, p)).orderBy(asc(addressPeriod.fromDate)),
        cases,
        members: caseIds.length ? await db.select().from(caseMember).where(inArray(caseMember.caseId, caseIds)).orderBy(asc(caseMember.addedAt)) : [],
        tasks: caseIds.length ? await db.select().from(task).where(inArray(task.caseId, caseIds)).orderBy(asc(task.createdAt)) : [],
        chronology: await db.select().from(chronologyEntry).where(eq(chronologyEntry.personId, p)).orderBy(asc(chronologyEntry.occurredAt)),
        findings: await db.select().from(noteFinding).where(eq(noteFinding.personId, p)).orderBy(asc(noteFinding.createdAt)),
        screenings,
        answers: screeningIds.length ? await db.select().from(screeningAnswer).where(inArray(screeningAnswer.screeningId, screeningIds)) : [],
        decisions: screeningIds.length ? await db.select().from(screeningDecision).where(inArray(screeningDecision.screeningId, screeningIds)) : [],
        consultations: await db.select().from(consultation).where(eq(consultation.personId, p)).orderBy(asc(consultation.askedAt)),
        referrals: await db.select().from(referral).where(eq(referral.personId, p)).orderBy(asc(referral.createdAt)),
        sexualHealth: await db
          .select()
          .from(sexualHealthAttendance)
          .where(eq(sexualHealthAttendance.personId, p))
          .orderBy(asc(sexualHealthAttendance.attendedOn)),
        episodes,
        rhis: episodes.length
          ? await db
              .select()
              .from(returnHomeInterview)
              .where(
                inArray(
                  returnHomeInterview.episodeId,
                  episodes.map((e) => e.id),
                ),
              )
          : [],
        orders,
        breaches: orders.length
          ? await db
              .select()
              .from(orderBreach)
              .where(
                inArray(
                  orderBreach.orderId,
                  orders.map((o) => o.id),
                ),
              )
              .orderBy(asc(orderBreach.occurredAt))
          : [],
        ownEntity: own,
        links,
        entities: ends.length
          ? await db.select({ id: entity.id, kind: entity.kind, label: entity.label, personId: entity.personId }).from(entity).where(inArray(entity.id, ends))
          : [],
        agenda,
        actions: await db.select().from(maseAction).where(eq(maseAction.personId, p)).orderBy(asc(maseAction.dueOn)),
        breakGlass: await db.select().from(breakGlass).where(eq(breakGlass.personId, p)).orderBy(asc(breakGlass.grantedAt)),
      };
    },

    /** Every audit event about the person, oldest first (audit_person_idx). */
    accessLog: async (personId: string) => db.select().from(auditEvent).where(eq(auditEvent.personId, personId)).orderBy(asc(auditEvent.seq)),
  };
}
export type RetentionRepository = ReturnType<typeof retentionRepository>;
export type SubjectRows = NonNullable<Awaited<ReturnType<RetentionRepository['subject']>>>;
