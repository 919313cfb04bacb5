import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { consultation, referral, safeguardingCase, screening, screeningAnswer, screeningDecision, sexualHealthAttendance, task } from '../schema/index.ts';

export type ScreeningRow = typeof screening.$inferSelect;
export type AnswerRow = typeof screeningAnswer.$inferSelect;
export type DecisionRow = typeof screeningDecision.$inferSelect;
export type ReferralRow = typeof referral.$inferSelect;
export type ConsultationRow = typeof consultation.$inferSelect;
export type AttendanceRow = typeof sexualHealthAttendance.$inferSelect;

export function screeningsRepository(db: Db) {
  return {
    insert: async (row: typeof screening.$inferInsert) => (await db.insert(screening).values(row).returning())[0]!,
    byId: async (id: string) => (await db.select().from(screening).where(eq(screening.id, id)))[0],
    // Compare-and-set on version: undefined when someone else saved first.
    update: async (id: string, version: number, set: Partial<typeof screening.$inferInsert>) =>
      (
        await db
          .update(screening)
          .set({ ...set, version: version + 1 })
          .where(and(eq(screening.id, id), eq(screening.version, version)))
          .returning()
      )[0],
    forPerson: (personId: string) => db.select().from(screening).where(eq(screening.personId, personId)).orderBy(desc(screening.startedAt)),
    openDraft: async (caseId: string) =>
      (
        await db
          .select()
          .from(screening)
          .where(and(eq(screening.caseId, caseId), eq(screening.status, 'draft')))
      )[0],
    answers: (screeningId: string) => db.select().from(screeningAnswer).where(eq(screeningAnswer.screeningId, screeningId)).orderBy(asc(screeningAnswer.code)),
    async replaceAnswers(screeningId: string, rows: Omit<typeof screeningAnswer.$inferInsert, 'screeningId'>[]) {
      await db.delete(screeningAnswer).where(eq(screeningAnswer.screeningId, screeningId));
      if (rows.length) await db.insert(screeningAnswer).values(rows.map((r) => ({ ...r, screeningId })));
    },

    insertDecision: async (row: typeof screeningDecision.$inferInsert) => (await db.insert(screeningDecision).values(row).returning())[0]!,
    decisions: (screeningId: string) =>
      db.select().from(screeningDecision).where(eq(screeningDecision.screeningId, screeningId)).orderBy(asc(screeningDecision.decidedAt)),
    decisionById: async (id: string) => (await db.select().from(screeningDecision).where(eq(screeningDecision.id, id)))[0],
    reviewDecision: async (id: string, set: Pick<DecisionRow, 'reviewStatus' | 'reviewedBy' | 'reviewedAt' | 'reviewNote'>) =>
      (
        await db
          .update(screeningDecision)
          .set(set)
          .where(and(eq(screeningDecision.id, id), eq(screeningDecision.reviewStatus, 'pending')))
          .returning()
      )[0],

    insertReferral: async (row: typeof referral.$inferInsert) => (await db.insert(referral).values(row).returning())[0]!,
    referralById: async (id: string) => (await db.select().from(referral).where(eq(referral.id, id)))[0],
    referrals: (screeningId: string) => db.select().from(referral).where(eq(referral.screeningId, screeningId)).orderBy(asc(referral.createdAt)),
    referralsForPerson: (personId: string) => db.select().from(referral).where(eq(referral.personId, personId)).orderBy(desc(referral.createdAt)),
    recordOutcome: async (id: string, version: number, set: Pick<ReferralRow, 'outcome' | 'outcomeAt' | 'outcomeBy'>) =>
      (
        await db
          .update(referral)
          .set({ ...set, version: version + 1 })
          .where(and(eq(referral.id, id), eq(referral.version, version)))
          .returning()
      )[0],

    insertConsultation: async (row: typeof consultation.$inferInsert) => (await db.insert(consultation).values(row).returning())[0]!,
    consultationById: async (id: string) => (await db.select().from(consultation).where(eq(consultation.id, id)))[0],
    consultations: (screeningId: string) => db.select().from(consultation).where(eq(consultation.screeningId, screeningId)).orderBy(asc(consultation.askedAt)),
    answerConsultation: async (id: string, set: Pick<ConsultationRow, 'answer' | 'answeredBy' | 'answeredAt'>) =>
      (
        await db
          .update(consultation)
          .set(set)
          .where(and(eq(consultation.id, id), isNull(consultation.answeredAt)))
          .returning()
      )[0],

    insertAttendance: async (row: typeof sexualHealthAttendance.$inferInsert) => (await db.insert(sexualHealthAttendance).values(row).returning())[0]!,
    attendanceById: async (id: string) => (await db.select().from(sexualHealthAttendance).where(eq(sexualHealthAttendance.id, id)))[0],
    linkAttendance: (id: string, screeningId: string) => db.update(sexualHealthAttendance).set({ screeningId }).where(eq(sexualHealthAttendance.id, id)),

    setCaseLevel: (caseId: string, level: string | null, at: Date) =>
      db.update(safeguardingCase).set({ riskLevel: level, lastActivityAt: at }).where(eq(safeguardingCase.id, caseId)),
    updateCaseForm: async (caseId: string, version: number, set: Partial<typeof safeguardingCase.$inferInsert>) =>
      (
        await db
          .update(safeguardingCase)
          .set({ ...set, version: version + 1 })
          .where(and(eq(safeguardingCase.id, caseId), eq(safeguardingCase.version, version)))
          .returning()
      )[0],

    // Re-screens are tasks of kind 'rescreen'; a new completed screening replaces the open one.
    async scheduleRescreen(caseId: string, dueOn: string, assignedTo: string, at: Date) {
      await db
        .update(task)
        .set({ status: 'done', version: sql`${task.version} + 1` })
        .where(and(eq(task.caseId, caseId), eq(task.kind, 'rescreen'), eq(task.status, 'open')));
      await db.insert(task).values({ caseId, kind: 'rescreen', title: 'Re-screen for exploitation (every 3 months)', dueOn, assignedTo, createdAt: at });
    },
    closeRescreens: (caseId: string) =>
      db
        .update(task)
        .set({ status: 'done', version: sql`${task.version} + 1` })
        .where(and(eq(task.caseId, caseId), eq(task.kind, 'rescreen'), eq(task.status, 'open'))),

    // Oversight queues for safeguarding leads, limited to cases their agency leads or works on.
    awaitingDecision: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select()
            .from(screening)
            .where(and(inArray(screening.caseId, caseIds), eq(screening.status, 'awaiting_decision')))
            .orderBy(asc(screening.completedAt))
        : Promise.resolve([]),
    pendingDowngrades: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select()
            .from(screening)
            .where(and(inArray(screening.caseId, caseIds), eq(screening.overrideStatus, 'pending')))
            .orderBy(asc(screening.overrideAt))
        : Promise.resolve([]),
    noReferralToReview: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select({ decision: screeningDecision, screening })
            .from(screeningDecision)
            .innerJoin(screening, eq(screening.id, screeningDecision.screeningId))
            .where(and(inArray(screening.caseId, caseIds), eq(screeningDecision.reviewStatus, 'pending')))
            .orderBy(asc(screeningDecision.decidedAt))
        : Promise.resolve([]),
    referralsWithoutOutcome: (caseIds: string[], createdBefore: Date) =>
      caseIds.length
        ? db
            .select()
            .from(referral)
            .where(and(inArray(referral.caseId, caseIds), isNull(referral.outcome), lt(referral.createdAt, createdBefore)))
            .orderBy(asc(referral.createdAt))
        : Promise.resolve([]),
    overdueRescreens: (caseIds: string[], today: string) =>
      caseIds.length
        ? db
            .select({ task, personId: safeguardingCase.personId })
            .from(task)
            .innerJoin(safeguardingCase, eq(safeguardingCase.id, task.caseId))
            .where(and(inArray(task.caseId, caseIds), eq(task.kind, 'rescreen'), eq(task.status, 'open'), lt(task.dueOn, today)))
            .orderBy(asc(task.dueOn))
        : Promise.resolve([]),
    openConsultations: (caseIds: string[]) =>
      caseIds.length
        ? db
            .select({ consultation, caseId: screening.caseId })
            .from(consultation)
            .innerJoin(screening, eq(screening.id, consultation.screeningId))
            .where(and(inArray(screening.caseId, caseIds), isNull(consultation.answeredAt)))
            .orderBy(asc(consultation.askedAt))
        : Promise.resolve([]),
    // Open cases an agency leads or works on: the scope of a lead's oversight.
    async caseIdsForAgency(agencyId: string): Promise<string[]> {
      const r = await db.execute<{ id: string }>(sql`
        select c.id from safeguarding_case c where c.status = 'open' and (c.lead_agency_id = ${agencyId}
          or exists (select 1 from case_member m where m.case_id = c.id and m.removed_at is null and m.agency_id = ${agencyId}))`);
      return r.rows.map((x) => x.id);
    },

    // Identification: children screened and referred, by gender, age band and ethnicity (issue 3).
    async identification(since: Date) {
      const r = await db.execute<{ gender: string; age: number; ethnicity: string; screened: number; referred: number; medium_plus: number }>(sql`
        select p.gender, s.age_at_screening as age, coalesce(p.ethnicity, 'not_stated') as ethnicity,
          1 as screened,
          (exists (select 1 from referral r where r.person_id = p.id and r.created_at >= ${since}))::int as referred,
          (s.final_level in ('medium', 'high'))::int as medium_plus
        from person p
        join lateral (select * from screening s where s.person_id = p.id and s.status <> 'draft' and s.completed_at >= ${since}
          order by s.completed_at desc limit 1) s on true`);
      return r.rows;
    },
  };
}
