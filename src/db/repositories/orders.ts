import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { auditEvent, legalOrder, orderBreach } from '../schema/index.ts';

// The orders and notices register (issue 7): CAWNs, SROs, SHPOs, ASB orders, premises reviews and s.25 applications,
// each with its breaches. Who may see which order is decided in services/orders.ts.

export type OrderRow = typeof legalOrder.$inferSelect;
export type BreachRow = typeof orderBreach.$inferSelect;
export type OpenCawnBreach = {
  breachId: string;
  orderId: string;
  occurredAt: Date;
  subjectEntityId: string;
  childPersonId: string | null;
  caseId: string | null;
  agencyId: string;
};
export type OrderListFilter = { kind?: string | null | undefined; status?: string | null | undefined; openBreaches?: boolean | undefined };
export type HistoryRow = { at: Date; action: string; userId: string | null; agencyId: string | null; detail: Record<string, unknown> };

// A choice of adult or place for a new order: one the viewer may see (services/network.ts entityVisible pushed into
// SQL: the person's own record is readable, or a live link to it came from a readable record or the viewer's agency).
export type ChoiceRow = { id: string; kind: string; label: string; personId: string | null };

export function ordersRepository(db: Db) {
  return {
    async insert(row: typeof legalOrder.$inferInsert): Promise<OrderRow> {
      const [o] = await db.insert(legalOrder).values(row).returning();
      return o!;
    },
    get: async (id: string): Promise<OrderRow | undefined> => (await db.select().from(legalOrder).where(eq(legalOrder.id, id)))[0],
    /** Applies a change if nobody changed the order since `version` was read; undefined otherwise. */
    async update(id: string, version: number, set: Partial<typeof legalOrder.$inferInsert>): Promise<OrderRow | undefined> {
      const [o] = await db
        .update(legalOrder)
        .set({ ...set, version: version + 1 })
        .where(and(eq(legalOrder.id, id), eq(legalOrder.version, version)))
        .returning();
      return o;
    },
    /** The register, newest first, at most `limit` rows; `openBreaches` keeps orders with a breach awaiting a decision. */
    list: async (f: OrderListFilter, limit = 500): Promise<OrderRow[]> =>
      db
        .select()
        .from(legalOrder)
        .where(
          and(
            f.kind ? eq(legalOrder.kind, f.kind) : undefined,
            f.status ? eq(legalOrder.status, f.status) : undefined,
            f.openBreaches ? sql`exists (select 1 from order_breach b where b.order_id = ${legalOrder.id} and b.follow_up = 'to_consider')` : undefined,
          ),
        )
        .orderBy(desc(legalOrder.createdAt))
        .limit(limit),
    forChild: async (personId: string): Promise<OrderRow[]> =>
      db.select().from(legalOrder).where(eq(legalOrder.childPersonId, personId)).orderBy(desc(legalOrder.createdAt)),
    forSubject: async (entityId: string): Promise<OrderRow[]> =>
      db.select().from(legalOrder).where(eq(legalOrder.subjectEntity, entityId)).orderBy(desc(legalOrder.createdAt)),

    async insertBreach(row: typeof orderBreach.$inferInsert): Promise<BreachRow> {
      const [b] = await db.insert(orderBreach).values(row).returning();
      return b!;
    },
    breach: async (id: string): Promise<BreachRow | undefined> => (await db.select().from(orderBreach).where(eq(orderBreach.id, id)))[0],
    breaches: async (orderIds: string[]): Promise<BreachRow[]> =>
      orderIds.length ? db.select().from(orderBreach).where(inArray(orderBreach.orderId, orderIds)).orderBy(desc(orderBreach.occurredAt)) : [],
    /** Records the coordinator's decision on a breach if nobody decided it since `version` was read. */
    async decideBreach(
      id: string,
      version: number,
      set: { followUp: string; followUpReason: string; decidedBy: string; decidedAt: Date },
    ): Promise<BreachRow | undefined> {
      const [b] = await db
        .update(orderBreach)
        .set({ ...set, updatedAt: set.decidedAt, version: version + 1 })
        .where(and(eq(orderBreach.id, id), eq(orderBreach.version, version), eq(orderBreach.followUp, 'to_consider')))
        .returning();
      return b;
    },

    /**
     * CAWN breaches still waiting for the coordinator's Sexual Risk Order decision, oldest first: what the MASE agenda
     * lists as "CAWN breaches". Not filtered by viewer: the caller applies its own need-to-know rule.
     */
    async openCawnBreaches(): Promise<OpenCawnBreach[]> {
      return db
        .select({
          breachId: orderBreach.id,
          orderId: legalOrder.id,
          occurredAt: orderBreach.occurredAt,
          subjectEntityId: legalOrder.subjectEntity,
          childPersonId: legalOrder.childPersonId,
          caseId: legalOrder.caseId,
          agencyId: legalOrder.agencyId,
        })
        .from(orderBreach)
        .innerJoin(legalOrder, eq(legalOrder.id, orderBreach.orderId))
        .where(and(eq(legalOrder.kind, 'cawn'), eq(orderBreach.followUp, 'to_consider')))
        .orderBy(asc(orderBreach.occurredAt));
    },

    /** The audit rows that changed an order or its breaches (reads left out), oldest first: the order's history. */
    history: async (orderId: string): Promise<HistoryRow[]> =>
      db
        .select({ at: auditEvent.at, action: auditEvent.action, userId: auditEvent.userId, agencyId: auditEvent.agencyId, detail: auditEvent.detail })
        .from(auditEvent)
        // The condition as the partial index audit_order_idx states it (a literal, not a parameter), so that it is used.
        .where(and(sql`${auditEvent.subjectType} = 'legal_order'`, eq(auditEvent.subjectId, orderId), ne(auditEvent.action, 'order.view')))
        .orderBy(asc(auditEvent.seq)),

    /** Adults and places the viewer may choose as the subject of a new order, by label, at most `limit`. */
    async choices(readablePersonIds: string[], agencyId: string, limit = 300): Promise<ChoiceRow[]> {
      const ids = sql`${
        readablePersonIds.length
          ? sql`array[${sql.join(
              readablePersonIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}]`
          : sql`array[]::uuid[]`
      }`;
      const r = await db.execute<{ id: string; kind: string; label: string; person_id: string | null }>(sql`
        select e.id, e.kind, e.label, e.person_id
        from entity e
        left join person p on p.id = e.person_id
        where e.deleted_at is null and e.merged_into is null
          and (e.kind = 'location' or (e.kind = 'person' and p.kind = 'adult' and p.deleted_at is null))
          and (
            e.person_id = any(${ids})
            or exists (
              select 1 from entity_link l
              where (l.from_entity = e.id or l.to_entity = e.id) and l.retracted_at is null
                and ((l.person_id is not null and l.person_id = any(${ids})) or (l.person_id is null and l.asserting_agency = ${agencyId}))
            )
          )
        order by e.kind desc, e.label
        limit ${limit}`);
      return r.rows.map((x) => ({ id: x.id, kind: x.kind, label: x.label, personId: x.person_id }));
    },
  };
}
