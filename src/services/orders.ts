import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { breachPrompt, checkFollowUpDecision, checkOrder, checkStatusChange, type OrderFacts, reviewState, type ReviewState } from '../core/mase/orders.ts';
import { displayName } from '../core/records/names.ts';
import { ORDER_SUBJECT, type CawnBasis, type OrderKind, type OrderStatus } from '../core/mase/vocab.ts';
import { can } from '../core/policy/index.ts';
import { instantForDate, londonDate } from '../core/records/time.ts';
import type { BreachRow, HistoryRow, OpenCawnBreach, OrderRow } from '../db/repositories/orders.ts';
import type { PersonRecord } from '../db/repositories/people.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, personSubject, lostRace } from './context.ts';
import { parse, parseWhen } from './inputs/fields.ts';
import { BreachInput, FollowUpInput, OrderFilterInput, OrderInput, OrderStatusInput } from './inputs/orders.ts';
import { describeEntity, ensurePersonEntity, entityVisible, type EntityView, readablePeople } from './network.ts';

// The orders and notices register (issue 7): CAWNs, Sexual Risk and Sexual Harm Prevention Orders, ASB injunctions and
// criminal behaviour orders, licensing reviews and closures of premises, and s.25 secure accommodation applications.
// Each is linked to the adult, place or child it concerns. A CAWN breach prompts the MASE coordinator to consider a
// Sexual Risk Order application (SOURCES.md 2e).
//
// Who sees an order: one about a child is for those who may read the child's record, and every safeguarding lead and
// MASE coordinator (the panel works across agencies); one with no child (a premises review) is for every case worker.

/** How many days ahead a review date counts as due. */
export const REVIEW_WINDOW_DAYS = 14;

export type ChildRef = { id: string; name: string };
export type OrderSummary = {
  order: OrderRow;
  subject: EntityView | null;
  child: ChildRef | null;
  review: ReviewState;
  openBreaches: number;
};
export type BreachView = BreachRow & { prompt: string | null };
export type OrderView = OrderSummary & {
  breaches: BreachView[];
  history: (HistoryRow & { userName: string; agencyName: string })[];
  agencyName: string;
};
export type SubjectChoices = { adults: EntityView[]; places: EntityView[] };

const OVERSIGHT = new Set(['safeguarding_lead', 'mase_coordinator']);
const isOversight = (ctx: Ctx): boolean => OVERSIGHT.has(ctx.actor.role);
// The register across every child is the panel's: the MASE coordinator. Leads see orders about the children whose
// records they may read (their agency's, through core/policy), like everyone else.
const seesAllOrders = (ctx: Ctx): boolean => ctx.actor.role === 'mase_coordinator';

const childName = (p: PersonRecord): string => displayName(p.names, 'Child with no recorded name');

/** CAWN breaches still waiting for the coordinator's Sexual Risk Order decision (for the MASE agenda). */
export const openBreaches = (repos: Repositories): Promise<OpenCawnBreach[]> => repos.orders.openCawnBreaches();

// 'YYYY-MM-DD' (noon that day, or now if earlier), or a London wall time or an ISO instant as parseWhen reads them.
function breachInstant(s: string, now: Date): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? instantForDate(s, now) : parseWhen(s);
}

export function ordersService(store: Store, clock: Clock) {
  // May the actor see orders about this child? Throws NotFound / Forbidden like loadPerson; returns break-glass use.
  async function childAccess(repos: Repositories, ctx: Ctx, personId: string, now: Date): Promise<{ person: PersonRecord; breakGlass: boolean }> {
    const person = isUuid(personId) ? await repos.people.get(personId) : undefined;
    if (!person) throw new NotFound('There is no record with that reference');
    if (seesAllOrders(ctx)) return { person, breakGlass: false };
    const d = can(ctx.actor, 'person.read', await personSubject(repos, ctx, person, now));
    if (!d.allowed) throw new Forbidden('This order is about a child whose record you do not have access to');
    return { person, breakGlass: d.breakGlass };
  }

  async function load(repos: Repositories, ctx: Ctx, id: string, now: Date) {
    ensureAllowed(ctx, 'order.read');
    const order = isUuid(id) ? await repos.orders.get(id) : undefined;
    if (!order) throw new NotFound('There is no order or notice with that reference');
    const access = order.childPersonId ? await childAccess(repos, ctx, order.childPersonId, now) : null;
    return { order, child: access?.person ?? null, breakGlass: access?.breakGlass ?? false };
  }

  // Changing an order about no child (premises, an adult): the agency that recorded it, or the MASE coordinator.
  async function loadForChange(repos: Repositories, ctx: Ctx, id: string, now: Date) {
    const loaded = await load(repos, ctx, id, now);
    if (!loaded.order.childPersonId && loaded.order.agencyId !== ctx.actor.agencyId && !seesAllOrders(ctx))
      throw new Forbidden('Only the agency that recorded this order or notice, or the MASE coordinator, can change it');
    return loaded;
  }

  async function factsOf(repos: Repositories, o: OrderRow, child: PersonRecord | null): Promise<OrderFacts> {
    const e = await repos.network.entity(o.subjectEntity);
    const subjectPerson = e?.personId ? await repos.people.get(e.personId) : undefined;
    return {
      kind: o.kind as OrderKind,
      status: o.status as OrderStatus,
      subject: { entityKind: e?.kind ?? '', personKind: subjectPerson?.kind ?? null, personId: e?.personId ?? null },
      child: child ? { personId: child.id, personKind: child.kind, dateOfBirth: child.dateOfBirth, lookedAfter: child.lookedAfter } : null,
      basis: o.basis as CawnBasis | null,
      startsOn: o.startsOn,
      reviewOn: o.reviewOn,
      expiresOn: o.expiresOn,
    };
  }

  async function summaries(repos: Repositories, rows: OrderRow[], today: string): Promise<OrderSummary[]> {
    const entities = new Map((await repos.network.entities([...new Set(rows.map((o) => o.subjectEntity))])).map((e) => [e.id, describeEntity(e)]));
    const children = new Map((await repos.people.getMany([...new Set(rows.flatMap((o) => (o.childPersonId ? [o.childPersonId] : [])))])).map((p) => [p.id, p]));
    const open = new Map<string, number>();
    for (const b of await repos.orders.breaches(rows.map((o) => o.id))) if (b.followUp === 'to_consider') open.set(b.orderId, (open.get(b.orderId) ?? 0) + 1);
    return rows.map((o) => {
      const c = o.childPersonId ? children.get(o.childPersonId) : undefined;
      return {
        order: o,
        subject: entities.get(o.subjectEntity) ?? null,
        child: c ? { id: c.id, name: childName(c) } : null,
        review: reviewState(o, today, REVIEW_WINDOW_DAYS),
        openBreaches: open.get(o.id) ?? 0,
      };
    });
  }

  return {
    /** Adults and places the actor may choose as the subject of a new order (form select). */
    async subjectChoices(ctx: Ctx): Promise<SubjectChoices> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      return store.transaction(async (repos) => {
        const v = { userId: ctx.actor.id, agencyId: ctx.actor.agencyId, oversight: isOversight(ctx), caseWorker: true, now };
        const readable = await repos.places.readablePeopleIds(v);
        const rows = await repos.orders.choices(readable, ctx.actor.agencyId);
        const views = await repos.network.entities(rows.map((r) => r.id));
        const described = views.map(describeEntity).sort((a, b) => a.label.localeCompare(b.label));
        await repos.audit.append(auditOf(ctx, now, { action: 'order.subject_choices', subjectType: 'entity', detail: { count: described.length } }));
        return { adults: described.filter((e) => e.kind === 'person'), places: described.filter((e) => e.kind === 'location') };
      });
    },

    /** One adult, place or child offered as the subject (?subject= from a network page), if the actor may see it. */
    async subject(ctx: Ctx, entityId: string): Promise<EntityView> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      return store.transaction(async (repos) => {
        const e = isUuid(entityId) ? await repos.network.entity(entityId) : undefined;
        if (!e || (e.kind !== 'person' && e.kind !== 'location') || !(await entityVisible(repos, ctx, e, new Set(), now)))
          throw new NotFound('There is no person or place with that reference');
        return describeEntity(e);
      });
    },

    /**
     * The children for the child select of a CAWN or s.25 application: those the actor works with (open cases), and,
     * for an order about an adult or a place, the children whose records link to it that the actor may see.
     */
    async childChoices(ctx: Ctx, subjectEntityId?: string): Promise<ChildRef[]> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      return store.transaction(async (repos) => {
        const cases = await repos.cases.myCases(ctx.actor.id, ctx.actor.agencyId);
        const ids = new Set(cases.map((c) => c.person_id));
        if (subjectEntityId && isUuid(subjectEntityId)) {
          for (const id of (await repos.mase.childrenLinkedTo([subjectEntityId])).get(subjectEntityId) ?? []) {
            if (ids.has(id)) continue;
            const seen = await childAccess(repos, ctx, id, now).then(
              () => true,
              () => false,
            );
            if (seen) ids.add(id);
          }
        }
        const people = await repos.people.getMany([...ids]);
        return people
          .filter((p) => p.kind === 'child')
          .map((p) => ({ id: p.id, name: childName(p) }))
          .sort((a, b) => a.name.localeCompare(b.name));
      });
    },

    /** A child offered for the order (?child= from the child's record), if the actor may see orders about them. */
    async childRef(ctx: Ctx, personId: string): Promise<ChildRef> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, breakGlass } = await childAccess(repos, ctx, personId, now);
        if (person.kind !== 'child') throw new NotFound('There is no child with that reference');
        await repos.audit.append(auditOf(ctx, now, { action: 'order.form', subjectType: 'person', subjectId: person.id, personId: person.id, breakGlass }));
        return { id: person.id, name: childName(person) };
      });
    },

    /** Records an order or notice. Nothing is saved unless every check passes. */
    async record(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      const today = londonDate(now);
      return store.transaction(async (repos) => {
        const input = parse(OrderInput, raw);
        const child = input.childPersonId ? await childAccess(repos, ctx, input.childPersonId, now) : null;
        let subjectId = input.subjectEntityId;
        // A secure accommodation application is about the child: their own record is the subject.
        if (!subjectId && ORDER_SUBJECT[input.kind] === 'child' && child) subjectId = (await ensurePersonEntity(repos, ctx, child.person, now)).id;
        if (!subjectId)
          throw new ValidationError({ subjectEntityId: ORDER_SUBJECT[input.kind] === 'place' ? 'Choose the place' : 'Choose the adult it is served on' });
        const e = await repos.network.entity(subjectId);
        const isChildSelf = e?.personId !== undefined && e.personId !== null && e.personId === child?.person.id;
        if (!e || (!isChildSelf && !(await entityVisible(repos, ctx, e, new Set(), now))))
          throw new ValidationError({ subjectEntityId: 'Choose one of the people or places offered' });
        const subjectPerson = e.personId ? await repos.people.get(e.personId) : undefined;
        const errors = checkOrder(
          {
            kind: input.kind,
            status: input.status,
            subject: { entityKind: e.kind, personKind: subjectPerson?.kind ?? null, personId: e.personId },
            child: child
              ? { personId: child.person.id, personKind: child.person.kind, dateOfBirth: child.person.dateOfBirth, lookedAfter: child.person.lookedAfter }
              : null,
            basis: input.basis,
            startsOn: input.startsOn,
            reviewOn: input.reviewOn,
            expiresOn: input.expiresOn,
          },
          today,
        );
        if (Object.keys(errors).length) throw new ValidationError(errors);
        const kase = child ? (await repos.cases.forPerson(child.person.id)).find((c) => c.status === 'open') : undefined;
        const o = await repos.orders.insert({
          kind: input.kind,
          status: input.status,
          subjectEntity: e.id,
          childPersonId: child?.person.id ?? null,
          caseId: kase?.id ?? null,
          basis: input.basis,
          reference: input.reference,
          startsOn: input.startsOn,
          officer: input.officer,
          reviewOn: input.reviewOn,
          expiresOn: input.expiresOn,
          notes: input.notes,
          createdBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
          updatedAt: now,
        });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.record',
            subjectType: 'legal_order',
            subjectId: o.id,
            personId: o.childPersonId,
            breakGlass: child?.breakGlass ?? false,
            detail: { kind: o.kind, status: o.status, basis: o.basis },
          }),
        );
        return { id: o.id };
      });
    },

    /** The register: the orders the actor may see, filtered by kind, status, review due or breaches awaiting a decision. */
    async list(ctx: Ctx, raw: unknown = {}): Promise<{ rows: OrderSummary[]; filter: ReturnType<typeof OrderFilterInput.parse> }> {
      ensureAllowed(ctx, 'order.read');
      const now = clock();
      const today = londonDate(now);
      return store.transaction(async (repos) => {
        const filter = parse(OrderFilterInput, raw);
        const rows = await repos.orders.list({ kind: filter.kind, status: filter.status, openBreaches: filter.breaches === 'open' });
        const readable = seesAllOrders(ctx)
          ? null
          : await readablePeople(
              repos,
              ctx,
              rows.flatMap((o) => (o.childPersonId ? [o.childPersonId] : [])),
              now,
            );
        const visible = rows.filter((o) => !o.childPersonId || readable === null || readable.has(o.childPersonId));
        let out = await summaries(repos, visible, today);
        if (filter.review === 'due') out = out.filter((s) => s.review !== null).sort((a, b) => (a.order.reviewOn ?? '').localeCompare(b.order.reviewOn ?? ''));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.list',
            subjectType: 'legal_order',
            detail: { count: out.length, children: new Set(out.flatMap((s) => (s.child ? [s.child.id] : []))).size, filter },
          }),
        );
        return { rows: out, filter };
      });
    },

    /** The orders about one child (for the child's record), if the actor may see orders about them. */
    async forChild(ctx: Ctx, personId: string): Promise<OrderSummary[]> {
      ensureAllowed(ctx, 'order.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, breakGlass } = await childAccess(repos, ctx, personId, now);
        const out = await summaries(repos, await repos.orders.forChild(person.id), londonDate(now));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.list',
            subjectType: 'person',
            subjectId: person.id,
            personId: person.id,
            breakGlass,
            detail: { count: out.length },
          }),
        );
        return out;
      });
    },

    /** One order with its breaches and history. */
    async get(ctx: Ctx, id: string): Promise<OrderView> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { order, breakGlass } = await load(repos, ctx, id, now);
        const [summary] = await summaries(repos, [order], londonDate(now));
        const breaches = (await repos.orders.breaches([order.id])).map((b) => ({
          ...b,
          prompt: b.followUp === 'to_consider' ? breachPrompt(order.kind as OrderKind).prompt : null,
        }));
        const users = new Map((await repos.users.list()).map((u) => [u.id, u.displayName]));
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const history = (await repos.orders.history(order.id)).map((h) => ({
          ...h,
          userName: (h.userId && users.get(h.userId)) || '',
          agencyName: (h.agencyId && agencies.get(h.agencyId)) || '',
        }));
        await repos.audit.append(
          auditOf(ctx, now, { action: 'order.view', subjectType: 'legal_order', subjectId: order.id, personId: order.childPersonId, breakGlass }),
        );
        return { ...summary!, breaches, history, agencyName: agencies.get(order.agencyId) ?? '' };
      });
    },

    /** Moves an order on (applied, served, refused, expired ...) with its outcome; refuses a stale version. */
    async updateStatus(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      await store.transaction(async (repos) => {
        const { order, child, breakGlass } = await loadForChange(repos, ctx, id, now);
        const input = parse(OrderStatusInput, raw);
        const next = {
          status: input.status,
          outcome: input.outcome,
          startsOn: input.startsOn ?? order.startsOn,
          reviewOn: input.reviewOn ?? order.reviewOn,
          expiresOn: input.expiresOn ?? order.expiresOn,
        };
        const facts = { ...(await factsOf(repos, order, child)), ...next };
        const errors = { ...checkOrder(facts, londonDate(now)), ...checkStatusChange(input.status, input.outcome) };
        // The CAWN basis is checked when the notice is served; later changes (it expires, the child turns 16) keep it.
        const served = next.startsOn !== order.startsOn || (input.status === 'in_force' && order.status !== 'in_force');
        if (!served) {
          delete errors['basis'];
          delete errors['childPersonId'];
        }
        delete errors['subjectEntityId'];
        if (Object.keys(errors).length) throw new ValidationError(errors);
        const updated = await repos.orders.update(order.id, input.version, { ...next, updatedAt: now });
        if (!updated) return lostRace('Someone else has just changed this order. Reload the page to see it.', order, () => repos.orders.get(order.id));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.status',
            subjectType: 'legal_order',
            subjectId: order.id,
            personId: order.childPersonId,
            breakGlass,
            detail: { from: order.status, to: input.status },
          }),
        );
      });
    },

    /** Records a breach; a CAWN breach starts waiting for the coordinator's Sexual Risk Order decision. */
    async recordBreach(ctx: Ctx, id: string, raw: unknown): Promise<{ id: string; prompt: string | null }> {
      ensureAllowed(ctx, 'order.record');
      const now = clock();
      return store.transaction(async (repos) => {
        const { order, breakGlass } = await loadForChange(repos, ctx, id, now);
        const input = parse(BreachInput, raw);
        const at = breachInstant(input.occurredAt, now);
        if (!at) throw new ValidationError({ occurredAt: 'Enter when the breach happened as a real date and time' });
        if (at.getTime() > now.getTime() + 60_000 || input.occurredAt.slice(0, 10) > londonDate(now))
          throw new ValidationError({ occurredAt: 'When the breach happened must be now or in the past' });
        if (order.startsOn && londonDate(at) < order.startsOn)
          throw new ValidationError({ occurredAt: 'A breach cannot be before the date the order or notice was served or made' });
        const { followUp, prompt } = breachPrompt(order.kind as OrderKind);
        const b = await repos.orders.insertBreach({
          orderId: order.id,
          occurredAt: at,
          detail: input.detail,
          reportedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          followUp,
          createdAt: now,
          updatedAt: now,
        });
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.breach',
            subjectType: 'legal_order',
            subjectId: order.id,
            personId: order.childPersonId,
            breakGlass,
            detail: { breachId: b.id, followUp },
          }),
        );
        return { id: b.id, prompt };
      });
    },

    /** The MASE coordinator's decision on a CAWN breach: a Sexual Risk Order application made, or not, with why. */
    async decideFollowUp(ctx: Ctx, orderId: string, breachId: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'mase.manage');
      const now = clock();
      await store.transaction(async (repos) => {
        const { order, breakGlass } = await load(repos, ctx, orderId, now);
        const b = isUuid(breachId) ? await repos.orders.breach(breachId) : undefined;
        if (!b || b.orderId !== order.id) throw new NotFound('There is no breach with that reference');
        if (order.kind !== 'cawn') throw new NotFound('There is no CAWN breach with that reference');
        const input = parse(FollowUpInput, raw);
        const errors = checkFollowUpDecision(input.decision, input.reason);
        if (Object.keys(errors).length) throw new ValidationError(errors);
        const done = await repos.orders.decideBreach(b.id, input.version, {
          followUp: input.decision,
          followUpReason: input.reason,
          decidedBy: ctx.actor.id,
          decidedAt: now,
        });
        if (!done) throw new Conflict('Someone else has just decided on this breach. Reload the page to see it.', b);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'order.breach_decision',
            subjectType: 'legal_order',
            subjectId: order.id,
            personId: order.childPersonId,
            breakGlass,
            detail: { breachId: b.id, decision: input.decision },
          }),
        );
      });
    },
  };
}
