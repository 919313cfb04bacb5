import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { contextAssessment, contextReferral, entity, entityLink, entityRole, matchCandidate, networkAlert } from '../schema/index.ts';

export type EntityRow = typeof entity.$inferSelect;
export type LinkRow = typeof entityLink.$inferSelect;
export type RoleRow = typeof entityRole.$inferSelect;
export type CandidateRow = typeof matchCandidate.$inferSelect;
export type AlertRow = typeof networkAlert.$inferSelect;
export type ContextReferralRow = typeof contextReferral.$inferSelect;
export type ContextAssessmentRow = typeof contextAssessment.$inferSelect;

const live = isNull(entityLink.retractedAt);

export function networkRepository(db: Db) {
  return {
    async createEntity(row: typeof entity.$inferInsert): Promise<EntityRow> {
      const [e] = await db.insert(entity).values(row).returning();
      return e!;
    },
    entity: async (id: string): Promise<EntityRow | undefined> =>
      (
        await db
          .select()
          .from(entity)
          .where(and(eq(entity.id, id), isNull(entity.deletedAt)))
      )[0],
    entities: async (ids: string[]): Promise<EntityRow[]> => (ids.length ? db.select().from(entity).where(inArray(entity.id, ids)) : []),
    personEntities: async (): Promise<EntityRow[]> =>
      db
        .select()
        .from(entity)
        .where(and(eq(entity.kind, 'person'), isNull(entity.deletedAt), isNull(entity.mergedInto))),
    /** Adults of concern that no entity points at yet, with a display label from their first name row. */
    async adultsWithoutEntity(): Promise<{ id: string; label: string; createdBy: string; createdByAgency: string }[]> {
      const rows = await db.execute<{ id: string; label: string | null; created_by: string; created_by_agency: string }>(sql`
        select p.id, (select trim(n.given || ' ' || n.family) from person_name n where n.person_id = p.id order by (n.kind <> 'legal'), n.id limit 1) as label,
               p.created_by, p.created_by_agency
        from person p
        where p.kind = 'adult' and p.deleted_at is null and not exists (select 1 from entity e where e.person_id = p.id)`);
      return rows.rows.map((r) => ({ id: r.id, label: r.label ?? 'Adult', createdBy: r.created_by, createdByAgency: r.created_by_agency }));
    },
    entityForPerson: async (personId: string): Promise<EntityRow | undefined> => (await db.select().from(entity).where(eq(entity.personId, personId)))[0],
    async updateEntity(id: string, version: number, patch: Partial<typeof entity.$inferInsert>): Promise<EntityRow | undefined> {
      const [e] = await db
        .update(entity)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(entity.id, id), eq(entity.version, version)))
        .returning();
      return e;
    },
    /** Entities that may be the same as a new phone, vehicle, account or place (exact keys; the caller refines). */
    async sameKey(kind: string, key: { phone?: string; vrmPrefix?: string; platform?: string; handle?: string; postcode?: string }): Promise<EntityRow[]> {
      const base = and(eq(entity.kind, kind), isNull(entity.deletedAt), isNull(entity.mergedInto));
      if (key.phone)
        return db
          .select()
          .from(entity)
          .where(and(base, eq(entity.phone, key.phone)));
      if (key.vrmPrefix !== undefined) {
        // A partial mark matches marks that start with its first two known characters; the caller checks `?` slots.
        const stem = key.vrmPrefix.slice(0, 2).replace(/[?%_]/g, '');
        return db
          .select()
          .from(entity)
          .where(and(base, sql`${entity.vrm} like ${`${stem}%`}`))
          .limit(200);
      }
      if (key.handle)
        return db
          .select()
          .from(entity)
          .where(and(base, eq(entity.platform, key.platform ?? ''), eq(entity.handle, key.handle)));
      if (key.postcode)
        return db
          .select()
          .from(entity)
          .where(and(base, eq(entity.postcode, key.postcode)))
          .limit(200);
      return [];
    },
    /** Place, group and other entities whose label is like the text (case-insensitive trigram similarity). */
    async similarLabel(kind: string, label: string): Promise<EntityRow[]> {
      return db
        .select()
        .from(entity)
        .where(and(eq(entity.kind, kind), isNull(entity.deletedAt), isNull(entity.mergedInto), sql`similarity(lower(${entity.label}), lower(${label})) > 0.4`))
        .orderBy(sql`similarity(lower(${entity.label}), lower(${label})) desc`)
        .limit(10);
    },

    async addRole(row: typeof entityRole.$inferInsert): Promise<RoleRow> {
      const [r] = await db.insert(entityRole).values(row).returning();
      return r!;
    },
    rolesForCases: async (caseIds: string[]): Promise<RoleRow[]> =>
      caseIds.length
        ? db
            .select()
            .from(entityRole)
            .where(and(inArray(entityRole.caseId, caseIds), isNull(entityRole.removedAt)))
        : [],
    rolesForEntities: async (entityIds: string[]): Promise<RoleRow[]> =>
      entityIds.length
        ? db
            .select()
            .from(entityRole)
            .where(and(inArray(entityRole.entityId, entityIds), isNull(entityRole.removedAt)))
        : [],

    async addLink(row: typeof entityLink.$inferInsert): Promise<LinkRow> {
      const [l] = await db.insert(entityLink).values(row).returning();
      return l!;
    },
    link: async (id: string): Promise<LinkRow | undefined> => (await db.select().from(entityLink).where(eq(entityLink.id, id)))[0],
    async retractLink(id: string, version: number, by: string, at: Date, reason: string): Promise<LinkRow | undefined> {
      const [l] = await db
        .update(entityLink)
        .set({ retractedAt: at, retractedBy: by, retractReason: reason, version: version + 1 })
        .where(and(eq(entityLink.id, id), eq(entityLink.version, version), live))
        .returning();
      return l;
    },
    /** Live links touching any of the entities (either end). */
    linksTouching: async (entityIds: string[]): Promise<LinkRow[]> =>
      entityIds.length
        ? db
            .select()
            .from(entityLink)
            .where(and(live, or(inArray(entityLink.fromEntity, entityIds), inArray(entityLink.toEntity, entityIds))))
        : [],
    linksFromSource: async (sourceId: string): Promise<LinkRow[]> =>
      db
        .select()
        .from(entityLink)
        .where(and(live, eq(entityLink.sourceId, sourceId)))
        // A fixed order, so that the capture page's pages of links do not shift between reads.
        .orderBy(asc(entityLink.createdAt), asc(entityLink.id)),
    linksForPerson: async (personId: string): Promise<LinkRow[]> =>
      db
        .select()
        .from(entityLink)
        .where(and(live, eq(entityLink.personId, personId)))
        .orderBy(desc(entityLink.createdAt)),
    /** Every live entity and link (the whole recorded network, for key-player analysis), up to a bound. */
    allEntities: async (limit = 200_000): Promise<EntityRow[]> => db.select().from(entity).where(isNull(entity.deletedAt)).limit(limit),
    allLinks: async (limit = 500_000): Promise<LinkRow[]> => db.select().from(entityLink).where(live).limit(limit),
    allRoles: async (): Promise<RoleRow[]> => db.select().from(entityRole).where(isNull(entityRole.removedAt)),
    /** Entities merged into any of these (merges point the merged entity at the one it joined). */
    mergedInto: async (ids: string[]): Promise<EntityRow[]> => (ids.length ? db.select().from(entity).where(inArray(entity.mergedInto, ids)) : []),

    async upsertAlert(row: typeof networkAlert.$inferInsert): Promise<AlertRow> {
      const [a] = await db
        .insert(networkAlert)
        .values(row)
        .onConflictDoUpdate({
          target: networkAlert.entityId,
          set: {
            caseIds: row.caseIds,
            agencyIds: row.agencyIds,
            updatedAt: row.updatedAt,
            kind: row.kind,
            status: 'open',
            version: sql`${networkAlert.version} + 1`,
          },
        })
        .returning();
      return a!;
    },
    alertForEntity: async (entityId: string): Promise<AlertRow | undefined> =>
      (await db.select().from(networkAlert).where(eq(networkAlert.entityId, entityId)))[0],
    alert: async (id: string): Promise<AlertRow | undefined> => (await db.select().from(networkAlert).where(eq(networkAlert.id, id)))[0],
    openAlerts: async (): Promise<AlertRow[]> => db.select().from(networkAlert).where(eq(networkAlert.status, 'open')).orderBy(desc(networkAlert.updatedAt)),
    async acknowledgeAlert(id: string, version: number, by: string, at: Date, note: string): Promise<AlertRow | undefined> {
      const [a] = await db
        .update(networkAlert)
        .set({ status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: at, note, version: version + 1 })
        .where(and(eq(networkAlert.id, id), eq(networkAlert.version, version)))
        .returning();
      return a;
    },

    async insertCandidates(rows: (typeof matchCandidate.$inferInsert)[]): Promise<number> {
      if (!rows.length) return 0;
      const out = await db.insert(matchCandidate).values(rows).onConflictDoNothing().returning({ id: matchCandidate.id });
      return out.length;
    },
    candidate: async (id: string): Promise<CandidateRow | undefined> => (await db.select().from(matchCandidate).where(eq(matchCandidate.id, id)))[0],
    candidatesByStatus: async (status: string): Promise<CandidateRow[]> =>
      db.select().from(matchCandidate).where(eq(matchCandidate.status, status)).orderBy(desc(matchCandidate.probability)).limit(200),
    async updateCandidate(id: string, version: number, patch: Partial<typeof matchCandidate.$inferInsert>): Promise<CandidateRow | undefined> {
      const [c] = await db
        .update(matchCandidate)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(matchCandidate.id, id), eq(matchCandidate.version, version)))
        .returning();
      return c;
    },

    async addContextReferral(row: typeof contextReferral.$inferInsert): Promise<ContextReferralRow> {
      const [r] = await db.insert(contextReferral).values(row).returning();
      return r!;
    },
    contextReferral: async (id: string): Promise<ContextReferralRow | undefined> =>
      (await db.select().from(contextReferral).where(eq(contextReferral.id, id)))[0],
    contextReferrals: async (): Promise<ContextReferralRow[]> => db.select().from(contextReferral).orderBy(desc(contextReferral.createdAt)).limit(200),
    contextReferralsFor: async (entityId: string): Promise<ContextReferralRow[]> =>
      db.select().from(contextReferral).where(eq(contextReferral.entityId, entityId)).orderBy(desc(contextReferral.createdAt)),
    async setContextReferralStatus(id: string, version: number, status: string): Promise<ContextReferralRow | undefined> {
      const [r] = await db
        .update(contextReferral)
        .set({ status, version: version + 1 })
        .where(and(eq(contextReferral.id, id), eq(contextReferral.version, version)))
        .returning();
      return r;
    },
    async addContextAssessment(row: typeof contextAssessment.$inferInsert): Promise<ContextAssessmentRow> {
      const [a] = await db.insert(contextAssessment).values(row).returning();
      return a!;
    },
    /** A referral's assessments, newest first: `limit` of them after skipping `offset`. */
    contextAssessments: async (referralId: string, limit: number, offset = 0): Promise<ContextAssessmentRow[]> =>
      db
        .select()
        .from(contextAssessment)
        .where(eq(contextAssessment.referralId, referralId))
        .orderBy(desc(contextAssessment.assessedAt), desc(contextAssessment.id))
        .limit(limit)
        .offset(offset),
  };
}
