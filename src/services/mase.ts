import type { LanguageFinding } from '../core/language/types.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { displayName } from '../core/records/names.ts';
import { actionHistory, isOverdue, toCarryForward } from '../core/mase/actions.ts';
import { fromLondonTime } from '../core/mase/rhi-clock.ts';
import { agendaKey, buildAgenda, type AgendaCandidate, type AgendaDraftItem } from '../core/mase/agenda.ts';
import { type ItemScope, mayKnow, needToKnow, quoracy, type Viewer } from '../core/mase/need-to-know.ts';
import { ACTION_STATUSES, ACTION_TYPES, AGENDA_KINDS, labelOf, ORDER_FOR_ACTION } from '../core/mase/vocab.ts';
import { HOTSPOT_MIN_CASES, placeHotspot } from '../core/places/hotspots.ts';
import { londonDate } from '../core/records/time.ts';
import { RISK_LEVELS, rank, type RiskLevel } from '../core/screening/levels.ts';
import type { ActionRow, AgendaItemRow, AttendanceRow, MeetingRow } from '../db/repositories/mase.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson, lostRace } from './context.ts';
import { parse } from './inputs/fields.ts';
import {
  ActionInput,
  ActionUpdateInput,
  AgendaDateInput,
  AgendaItemInput,
  AttendanceInput,
  DiscussionInput,
  MeetingInput,
  MeetingStatusInput,
  MoveInput,
  VersionInput,
} from './inputs/mase.ts';
import { type NoteChecks, noteChecks } from './note-checks.ts';

// The MASE panel (issue 7): meetings with attendance and quoracy, an agenda built for the coordinator, discussion and
// decisions per item, typed actions that carry forward until done, packs shared per agency on a need-to-know basis,
// and outcomes per child and per place. DOMAIN.md "What happens when a child cannot or will not disclose".

const REPEAT_MISSING = { episodes: 3, days: 90 }; // issue 7 "3 or more episodes in 90 days"
const FIRST_AGENDA_DAYS = 28; // with no earlier meeting, "newly" raised means in the last four weeks
const OUTCOME_WINDOW_DAYS = 90;
const DAY = 86_400_000;

export type ActionView = {
  action: ActionRow;
  typeLabel: string;
  statusLabel: string;
  owner: string;
  ownerAgency: string;
  about: string | null;
  overdue: boolean;
  history: { meetingId: string; heldOn: string; status: string; statusLabel: string; outcome: string }[];
  mayUpdate: boolean;
  /** For an action that is an order or notice: where to record it in the register. */
  orderHref: string | null;
};
export type ItemView = { item: AgendaItemRow; kindLabel: string; findings: LanguageFinding[]; actions: ActionView[] };
export type MeetingView = {
  meeting: MeetingRow;
  chair: string | null;
  attendance: AttendanceRow[];
  quoracy: { quorate: boolean; missing: string[] };
  items: ItemView[];
  withheldItems: number;
  otherActions: ActionView[];
  /** Every action shown, in due-date order. */
  actions: ActionView[];
  withheldActions: number;
  manage: boolean;
  agencyName: string;
};

function orderHref(a: ActionRow): string | null {
  const kind = ORDER_FOR_ACTION[a.type as keyof typeof ORDER_FOR_ACTION];
  if (!kind) return null;
  const q = new URLSearchParams({ kind });
  if (a.entityId) q.set('subject', a.entityId);
  if (a.personId) q.set('child', a.personId);
  return `/orders/new?${q.toString()}`;
}

// The end of a London calendar day (a meeting's date), as an instant: 23:59:59 is 22:59:59Z in summer.
const end = (date: string): Date => new Date((fromLondonTime(`${date}T23:59:59`) ?? new Date(`${date}T23:59:59Z`)).getTime() + 999);

export function maseService(store: Store, clock: Clock) {
  const manages = (ctx: Ctx) => ctx.actor.role === 'mase_coordinator';

  async function personName(repos: Repositories, personId: string): Promise<string> {
    return displayName((await repos.people.get(personId))?.names ?? []);
  }

  async function loadMeeting(repos: Repositories, ctx: Ctx, id: string): Promise<MeetingRow> {
    ensureAllowed(ctx, 'mase.read');
    const m = isUuid(id) ? await repos.mase.meeting(id) : undefined;
    if (!m) throw new NotFound('There is no panel meeting with that reference');
    return m;
  }

  async function viewerOf(repos: Repositories, ctx: Ctx): Promise<Viewer> {
    return { agencyId: ctx.actor.agencyId, coordinator: manages(ctx), worksWith: manages(ctx) ? new Set() : await repos.mase.worksWith(ctx.actor.agencyId) };
  }

  /** What the agenda builder proposes for a meeting on `heldOn` (YYYY-MM-DD), before anything is saved. */
  async function candidates(repos: Repositories, heldOn: string, meetingId: string | null): Promise<AgendaCandidate[]> {
    const until = end(heldOn);
    const previous = (await repos.mase.meetingsBefore(heldOn))[0];
    const since = previous ? end(previous.heldOn) : new Date(until.getTime() - FIRST_AGENDA_DAYS * DAY);
    const out: AgendaCandidate[] = [];
    for (const r of await repos.mase.newlyRaised(since, until)) {
      const was = r.previous ? RISK_LEVELS[r.previous as RiskLevel].toLowerCase() : 'not screened before';
      out.push({
        kind: 'child',
        personId: r.person_id,
        title: await personName(repos, r.person_id),
        reason: `Newly at ${RISK_LEVELS[r.level as RiskLevel].toLowerCase()} (was ${was}) on ${londonDate(new Date(r.completed_at))}`,
        weight: rank(r.level as RiskLevel),
      });
    }
    const missingFrom = new Date(until.getTime() - REPEAT_MISSING.days * DAY);
    for (const r of await repos.mase.repeatMissing(missingFrom, until, REPEAT_MISSING.episodes)) {
      out.push({
        kind: 'child',
        personId: r.person_id,
        title: await personName(repos, r.person_id),
        reason: `${r.n} missing episodes in the ${REPEAT_MISSING.days} days to ${heldOn}`,
        weight: 1,
      });
    }
    for (const f of await repos.mase.foundInEpisodes(since, until)) {
      const times = f.episodes === 1 ? 'once' : `${f.episodes} times`;
      const last = londonDate(new Date(f.last));
      out.push(
        f.kind === 'location'
          ? {
              kind: 'location',
              entityId: f.entity_id,
              title: f.label,
              reason: `Missing children found here ${times} since the last meeting (latest ${last})`,
              weight: f.episodes,
            }
          : {
              kind: 'perpetrator',
              entityId: f.entity_id,
              title: f.label,
              reason: `Adult a missing child was found with, ${times} since the last meeting (latest ${last})`,
              weight: f.episodes,
            },
      );
    }
    for (const p of await repos.mase.linkedPerpetrators(2)) {
      out.push({ kind: 'perpetrator', entityId: p.id, title: p.label, reason: `Suspected perpetrator linked to ${p.children} children`, weight: p.children });
    }
    for (const p of await repos.mase.hotspotPlaces(HOTSPOT_MIN_CASES)) {
      out.push({ kind: 'location', entityId: p.id, title: p.label, reason: `Hotspot: ${placeHotspot(p.case_count)!.toLowerCase()}`, weight: p.case_count });
    }
    const breaches = await repos.orders.openCawnBreaches();
    // The adults in one query, not one per breach (a long-running notice can have hundreds of breaches).
    const adults = new Map(
      (await repos.network.entities([...new Set(breaches.map((b) => b.subjectEntityId))])).filter((e) => !e.deletedAt).map((e) => [e.id, e]),
    );
    for (const b of breaches) {
      const adult = adults.get(b.subjectEntityId);
      out.push({
        kind: 'cawn_breach',
        breachId: b.breachId,
        personId: b.childPersonId,
        entityId: b.subjectEntityId,
        title: `CAWN breach: ${adult?.label ?? 'adult'}`,
        reason: `Breached on ${londonDate(b.occurredAt)}: consider an application for a Sexual Risk Order`,
      });
    }
    if (meetingId) {
      for (const a of (await repos.mase.actions(meetingId)).filter((x) => isOverdue(x, heldOn))) {
        out.push({
          kind: 'overdue_action',
          actionId: a.id,
          personId: a.personId,
          entityId: a.entityId,
          title: `${labelOf(ACTION_TYPES, a.type)}: ${a.description.slice(0, 80)}`,
          reason: `Overdue: was due on ${a.dueOn}`,
        });
      }
    }
    return out;
  }

  /**
   * Actions as shown. `names`: the children whose names the viewer may see (the coordinator and those who may read the
   * record: all); another child an action is about is described, not named.
   */
  async function actionViews(repos: Repositories, ctx: Ctx, actions: ActionRow[], today: string, names: ReadonlySet<string> | 'all'): Promise<ActionView[]> {
    const rows = new Map<string, ActionRow>(actions.map((a) => [a.id, a]));
    for (let missing = actions.map((a) => a.carriedFrom).filter((x): x is string => !!x && !rows.has(x)); missing.length;) {
      const found = await repos.mase.actionsByIds(missing);
      for (const f of found) rows.set(f.id, f);
      missing = found.map((a) => a.carriedFrom).filter((x): x is string => !!x && !rows.has(x));
    }
    const meetings = new Map<string, string>();
    for (const id of new Set([...rows.values()].map((a) => a.meetingId))) meetings.set(id, (await repos.mase.meeting(id))?.heldOn ?? '');
    const users = new Map((await repos.users.list()).map((u) => [u.id, u.displayName]));
    const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
    const labels = new Map<string, string>();
    for (const a of actions) {
      if (a.personId && !labels.has(a.personId))
        labels.set(a.personId, names === 'all' || names.has(a.personId) ? await personName(repos, a.personId) : 'a child your agency does not work with');
      if (a.entityId && !labels.has(a.entityId)) labels.set(a.entityId, (await repos.network.entity(a.entityId))?.label ?? '');
    }
    return actions.map((a) => ({
      action: a,
      typeLabel: labelOf(ACTION_TYPES, a.type),
      statusLabel: labelOf(ACTION_STATUSES, a.status),
      owner: a.ownerUser ? (users.get(a.ownerUser) ?? '') : '',
      ownerAgency: agencies.get(a.ownerAgency) ?? '',
      about:
        [a.personId, a.entityId]
          .filter((x): x is string => !!x)
          .map((x) => labels.get(x))
          .filter(Boolean)
          .join(' and ') || null,
      overdue: isOverdue(a, today),
      history: actionHistory(a.id, rows).map((h) => ({
        meetingId: h.meetingId,
        heldOn: meetings.get(h.meetingId) ?? '',
        status: h.status,
        statusLabel: labelOf(ACTION_STATUSES, h.status),
        outcome: h.outcome,
      })),
      orderHref: orderHref(a),
      mayUpdate: manages(ctx) || a.ownerUser === ctx.actor.id || (a.ownerAgency === ctx.actor.agencyId && ctx.actor.role === 'safeguarding_lead'),
    }));
  }

  async function scopes(repos: Repositories, items: AgendaItemRow[], actions: ActionRow[]) {
    const entityIds = [...new Set([...items, ...actions].map((x) => x.entityId).filter((x): x is string => !!x))];
    const linked = await repos.mase.childrenLinkedTo(entityIds);
    const byAction = new Map(actions.map((a) => [a.id, a]));
    const childrenOf = (x: { personId: string | null; entityId: string | null }) => [
      ...(x.personId ? [x.personId] : []),
      ...(x.entityId ? (linked.get(x.entityId) ?? []) : []),
    ];
    const actionScope = (a: ActionRow): ItemScope => ({ childIds: childrenOf(a), ownerAgencies: [a.ownerAgency] });
    const itemScope = (i: AgendaItemRow): ItemScope => {
      if (i.kind === 'other') return { childIds: [], open: true };
      // About one child: not widened to the other children linked to the adult a breach is about.
      if ((i.kind === 'child' || i.kind === 'cawn_breach') && i.personId) return { childIds: [i.personId] };
      const a = i.actionId ? byAction.get(i.actionId) : undefined;
      return a ? { childIds: [...childrenOf(i), ...childrenOf(a)], ownerAgencies: [a.ownerAgency] } : { childIds: childrenOf(i) };
    };
    return { itemScope, actionScope };
  }

  // `findings`: the language check of every item's discussion (the API shows it; the meeting page does not, and on a
  // long agenda with long discussions it was most of the page's time).
  async function meetingView(repos: Repositories, ctx: Ctx, m: MeetingRow, findings = true): Promise<MeetingView> {
    const attendance = await repos.mase.attendance(m.id);
    const items = await repos.mase.items(m.id);
    const actions = await repos.mase.actions(m.id);
    const viewer = await viewerOf(repos, ctx);
    const { itemScope, actionScope } = await scopes(repos, items, actions);
    const today = londonDate(clock());
    const shownItems = needToKnow(viewer, items, itemScope);
    const shownActions = actions.filter((a) => mayKnow(viewer, actionScope(a)));
    const views = await actionViews(repos, ctx, shownActions, today, viewer.coordinator ? 'all' : viewer.worksWith);
    const itemIds = new Set(shownItems.shown.map((i) => i.id));
    const chair = m.chairId ? ((await repos.users.byId(m.chairId))?.displayName ?? null) : null;
    const checks = findings ? await noteChecks() : null;
    return {
      meeting: m,
      chair,
      attendance,
      quoracy: quoracy(attendance.filter((a) => a.status === 'present')),
      items: shownItems.shown.map((item) => ({
        item,
        kindLabel: labelOf(AGENDA_KINDS, item.kind),
        findings: checks ? itemFindings(checks, item) : [],
        actions: views.filter((v) => v.action.agendaItemId === item.id),
      })),
      withheldItems: shownItems.withheld,
      otherActions: views.filter((v) => !v.action.agendaItemId || !itemIds.has(v.action.agendaItemId)),
      actions: views,
      withheldActions: actions.length - shownActions.length,
      manage: manages(ctx),
      agencyName: (await repos.users.agencyById(ctx.actor.agencyId))?.name ?? '',
    };
  }

  const itemFindings = (checks: NoteChecks, item: AgendaItemRow) => checks.checkLanguage(`${item.summary}\n${item.decisions}`).filter((f) => !f.quoted);

  /**
   * One item as meetingView shows it (null when the viewer may not know of it), from the item and its own actions only:
   * the scopes, labels and need-to-know rules are per row, so the rest of the meeting changes nothing here.
   */
  async function itemView(repos: Repositories, ctx: Ctx, item: AgendaItemRow): Promise<ItemView | null> {
    const actions = await repos.mase.actionsForItem(item.meetingId, item.id, item.actionId);
    const viewer = await viewerOf(repos, ctx);
    const { itemScope, actionScope } = await scopes(repos, [item], actions);
    if (!needToKnow(viewer, [item], itemScope).shown.length) return null;
    const shownActions = actions.filter((a) => a.agendaItemId === item.id && mayKnow(viewer, actionScope(a)));
    const views = await actionViews(repos, ctx, shownActions, londonDate(clock()), viewer.coordinator ? 'all' : viewer.worksWith);
    return { item, kindLabel: labelOf(AGENDA_KINDS, item.kind), findings: itemFindings(await noteChecks(), item), actions: views };
  }

  /** A meeting's need-to-know view, with the audit row saying how it was seen. */
  async function audited(ctx: Ctx, id: string, action: string, detail: Record<string, unknown>, findings = true): Promise<MeetingView> {
    const now = clock();
    return store.transaction(async (repos) => {
      const m = await loadMeeting(repos, ctx, id);
      const view = await meetingView(repos, ctx, m, findings);
      await repos.audit.append(
        auditOf(ctx, now, {
          action,
          subjectType: 'mase_meeting',
          subjectId: m.id,
          detail: { ...detail, items: view.items.length, withheld: view.withheldItems },
        }),
      );
      return view;
    });
  }

  async function updateItem(
    ctx: Ctx,
    itemId: string,
    fn: (repos: Repositories, item: AgendaItemRow, now: Date) => Promise<string>,
  ): Promise<{ meetingId: string }> {
    const now = clock();
    return store.transaction(async (repos) => {
      ensureAllowed(ctx, 'mase.manage');
      const item = isUuid(itemId) ? await repos.mase.item(itemId) : undefined;
      if (!item || item.removedAt) throw new NotFound('There is no agenda item with that reference');
      const action = await fn(repos, item, now);
      await repos.audit.append(auditOf(ctx, now, { action, subjectType: 'agenda_item', subjectId: item.id, personId: item.personId }));
      return { meetingId: item.meetingId };
    });
  }

  return {
    /** Meetings still to be held, for "add to a meeting's agenda" (the coordinator). */
    async planned(ctx: Ctx): Promise<MeetingRow[]> {
      if (!manages(ctx)) return [];
      return store.transaction(async (repos) => (await repos.mase.meetings()).filter((m) => m.status === 'planned'));
    },

    async list(ctx: Ctx): Promise<{ meetings: MeetingRow[]; manage: boolean }> {
      ensureAllowed(ctx, 'mase.read');
      return store.transaction(async (repos) => ({ meetings: await repos.mase.meetings(), manage: manages(ctx) }));
    },

    /** Creates a meeting and carries every open action from earlier meetings into it. */
    async create(ctx: Ctx, raw: unknown): Promise<{ id: string; carried: number }> {
      ensureAllowed(ctx, 'mase.manage');
      const now = clock();
      return store.transaction(async (repos) => {
        const input = parse(MeetingInput, raw);
        if (input.chairId && !(await repos.users.byId(input.chairId))) throw new ValidationError({ chairId: 'Select the chair from the list' });
        const m = await repos.mase.insertMeeting({
          heldOn: input.heldOn,
          title: input.title,
          chairId: input.chairId ?? null,
          createdBy: ctx.actor.id,
          createdAt: now,
          updatedAt: now,
        });
        const earlier = new Set((await repos.mase.meetingsBefore(input.heldOn)).map((x) => x.id));
        const carry = toCarryForward(await repos.mase.openActionsBefore(input.heldOn), earlier);
        for (const a of carry) {
          const { id, meetingId: _m, createdAt: _c, updatedAt: _u, version, ...rest } = a;
          await repos.mase.insertAction({ ...rest, meetingId: m.id, carriedFrom: id, createdAt: now, updatedAt: now });
          if (!(await repos.mase.updateAction(id, version, { status: 'carried_forward', updatedAt: now })))
            throw new Conflict('An action was changed while the meeting was being created. Try again.', a);
        }
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.meeting_create', subjectType: 'mase_meeting', subjectId: m.id, detail: { carried: carry.length } }),
        );
        return { id: m.id, carried: carry.length };
      });
    },

    /** `opts.findings: false` leaves out the language check of each item (the meeting page does not show it). */
    get: (ctx: Ctx, id: string, opts: { findings?: boolean } = {}): Promise<MeetingView> => audited(ctx, id, 'mase.meeting_view', {}, opts.findings ?? true),

    /** One agenda item with its actions, if the viewer's agency needs to know about it. */
    async item(ctx: Ctx, itemId: string): Promise<{ meeting: MeetingRow; view: ItemView; manage: boolean }> {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.read');
        const item = isUuid(itemId) ? await repos.mase.item(itemId) : undefined;
        if (!item || item.removedAt) throw new NotFound('There is no agenda item with that reference');
        const m = (await repos.mase.meeting(item.meetingId))!;
        const view = await itemView(repos, ctx, item);
        if (!view) throw new Forbidden('This item is about children your agency does not work with');
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.item_view', subjectType: 'agenda_item', subjectId: item.id, personId: item.personId }));
        return { meeting: m, view, manage: manages(ctx) };
      });
    },

    /** One action with its history, if the viewer's agency needs to know about it. */
    async action(ctx: Ctx, actionId: string): Promise<{ view: ActionView; heldOn: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.read');
        const a = isUuid(actionId) ? await repos.mase.action(actionId) : undefined;
        if (!a) throw new NotFound('There is no action with that reference');
        const { actionScope } = await scopes(repos, [], [a]);
        const viewer = await viewerOf(repos, ctx);
        if (!mayKnow(viewer, actionScope(a))) throw new Forbidden('This action is about children your agency does not work with');
        const [view] = await actionViews(repos, ctx, [a], londonDate(now), viewer.coordinator ? 'all' : viewer.worksWith);
        const heldOn = (await repos.mase.meeting(a.meetingId))?.heldOn ?? '';
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.action_view', subjectType: 'mase_action', subjectId: a.id, personId: a.personId }));
        return { view: view!, heldOn };
      });
    },

    /** The printable pack: the same need-to-know view, audited as a pack. */
    pack: (ctx: Ctx, id: string, format: 'html' | 'pdf' = 'html'): Promise<MeetingView> => audited(ctx, id, 'mase.pack', { format }),

    async setStatus(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const { status, version } = parse(MeetingStatusInput, raw);
        if (!(await repos.mase.updateMeeting(m.id, version, { status, updatedAt: now })))
          throw new Conflict('Someone else has just changed this meeting. Reload the page to see it.', m);
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.meeting_status', subjectType: 'mase_meeting', subjectId: m.id, detail: { status } }));
      });
    },

    async addAttendee(ctx: Ctx, id: string, raw: unknown): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const input = parse(AttendanceInput, raw);
        const user = input.userId ? await repos.users.byId(input.userId) : undefined;
        if (input.userId && !user) throw new ValidationError({ userId: 'Select a member of staff from the list' });
        const agencyId = user?.agencyId ?? input.agencyId!;
        if (!(await repos.users.agencyById(agencyId))) throw new ValidationError({ agencyId: 'Select their agency from the list' });
        if (user && (await repos.mase.attendance(m.id)).some((a) => a.userId === user.id))
          throw new ValidationError({ userId: `${user.displayName} is already recorded for this meeting` });
        const row = await repos.mase.addAttendance({
          meetingId: m.id,
          userId: user?.id ?? null,
          name: user?.displayName ?? input.name!,
          agencyId,
          status: input.status,
          recordedAt: now,
        });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.attendance', subjectType: 'mase_meeting', subjectId: m.id, detail: { attendance: row.id, status: input.status } }),
        );
      });
    },

    async removeAttendee(ctx: Ctx, id: string, attendanceId: string): Promise<void> {
      const now = clock();
      await store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const removed = isUuid(attendanceId) ? await repos.mase.removeAttendance(m.id, attendanceId) : [];
        if (!removed.length) throw new ValidationError({ attendanceId: 'Select someone recorded for this meeting' });
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.attendance_remove', subjectType: 'mase_meeting', subjectId: m.id }));
      });
    },

    /** The agenda the panel would see on a date, without saving anything (the lantern mase agenda command). */
    async preview(ctx: Ctx, raw: unknown): Promise<{ date: string; items: AgendaDraftItem[] }> {
      ensureAllowed(ctx, 'mase.manage');
      const now = clock();
      return store.transaction(async (repos) => {
        const { date } = parse(AgendaDateInput, raw);
        const items = buildAgenda(await candidates(repos, date, null));
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.agenda_preview', subjectType: 'mase_meeting', detail: { date, items: items.length } }));
        return { date, items };
      });
    },

    /** Adds what the builder finds to the meeting's agenda; subjects already on it are not added twice. */
    async buildAgenda(ctx: Ctx, id: string): Promise<{ added: number }> {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const existing = await repos.mase.items(m.id);
        const draft = buildAgenda(await candidates(repos, m.heldOn, m.id), new Set(existing.map(agendaKey)));
        const start = existing.reduce((n, i) => Math.max(n, i.position), 0);
        await repos.mase.insertItems(
          draft.map((d, i) => ({ ...d, meetingId: m.id, position: start + i + 1, source: 'auto', createdBy: ctx.actor.id, createdAt: now, updatedAt: now })),
        );
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.agenda_build', subjectType: 'mase_meeting', subjectId: m.id, detail: { added: draft.length } }),
        );
        return { added: draft.length };
      });
    },

    async addItem(ctx: Ctx, id: string, raw: unknown): Promise<{ itemId: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const input = parse(AgendaItemInput, raw);
        if (input.personId) await loadPerson(repos, ctx, 'person.read', input.personId, now);
        const subject = input.entityId ? await repos.network.entity(input.entityId) : undefined;
        if (input.entityId && !subject) throw new ValidationError({ entityId: 'Select the person, place or group from the list' });
        const expected = { location: 'location', perpetrator: 'person', group: 'group' }[input.kind as 'location' | 'perpetrator' | 'group'] as
          string | undefined;
        if (subject && expected && subject.kind !== expected)
          throw new ValidationError({ entityId: `Select a ${input.kind === 'perpetrator' ? 'person' : input.kind} for this item` });
        const title = input.title ?? (input.personId ? await personName(repos, input.personId) : (subject?.label ?? ''));
        const position = (await repos.mase.items(m.id)).reduce((n, i) => Math.max(n, i.position), 0) + 1;
        const [row] = await repos.mase.insertItems([
          {
            meetingId: m.id,
            position,
            kind: input.kind,
            personId: input.personId ?? null,
            entityId: input.entityId ?? null,
            title,
            reason: input.reason ?? '',
            source: 'coordinator',
            createdBy: ctx.actor.id,
            createdAt: now,
            updatedAt: now,
          },
        ]);
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.item_add', subjectType: 'agenda_item', subjectId: row!.id, personId: input.personId ?? null }),
        );
        return { itemId: row!.id };
      });
    },

    removeItem: (ctx: Ctx, itemId: string, raw: unknown) =>
      updateItem(ctx, itemId, async (repos, item, now) => {
        const { version } = parse(VersionInput, raw);
        if (!(await repos.mase.updateItem(item.id, version, { removedAt: now, updatedAt: now })))
          throw new Conflict('Someone else has just changed this item. Reload the page to see it.', item);
        return 'mase.item_remove';
      }),

    moveItem: (ctx: Ctx, itemId: string, raw: unknown) =>
      updateItem(ctx, itemId, async (repos, item, now) => {
        const { direction } = parse(MoveInput, raw);
        const items = await repos.mase.items(item.meetingId);
        const at = items.findIndex((i) => i.id === item.id);
        const other = items[direction === 'up' ? at - 1 : at + 1];
        if (other) {
          const moved = await repos.mase.updateItem(item.id, item.version, { position: other.position, updatedAt: now });
          const swapped = await repos.mase.updateItem(other.id, other.version, { position: item.position, updatedAt: now });
          if (!moved || !swapped) throw new Conflict('Someone else has just changed the agenda. Reload the page to see it.', item);
        }
        return 'mase.item_move';
      }),

    /** The discussion summary and decisions (the language checker's findings are shown on the page). */
    discuss: (ctx: Ctx, itemId: string, raw: unknown) =>
      updateItem(ctx, itemId, async (repos, item, now) => {
        const input = parse(DiscussionInput, raw);
        const saved = await repos.mase.updateItem(item.id, input.version, { summary: input.summary ?? '', decisions: input.decisions ?? '', updatedAt: now });
        if (!saved) throw new Conflict('Someone else has just changed this item. Reload the page to see their version.', item);
        return 'mase.item_discuss';
      }),

    async addAction(ctx: Ctx, id: string, raw: unknown): Promise<{ actionId: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.manage');
        const m = await loadMeeting(repos, ctx, id);
        const input = parse(ActionInput, raw);
        const item = input.agendaItemId ? await repos.mase.item(input.agendaItemId) : undefined;
        if (input.agendaItemId && (!item || item.meetingId !== m.id || item.removedAt))
          throw new ValidationError({ agendaItemId: 'Select an item on this agenda' });
        if (!(await repos.users.agencyById(input.ownerAgency))) throw new ValidationError({ ownerAgency: 'Select the agency that owns the action' });
        const owner = input.ownerUser ? await repos.users.byId(input.ownerUser) : undefined;
        if (input.ownerUser && (!owner || owner.agencyId !== input.ownerAgency))
          throw new ValidationError({ ownerUser: 'Select an owner who works for the owning agency' });
        if (input.dueOn < m.heldOn) throw new ValidationError({ dueOn: 'The due date must be on or after the meeting' });
        const childId = item?.kind === 'child' || item?.kind === 'cawn_breach' ? item.personId : null;
        const a = await repos.mase.insertAction({
          meetingId: m.id,
          agendaItemId: item?.id ?? null,
          type: input.type,
          description: input.description,
          personId: childId,
          entityId: item?.entityId ?? null,
          ownerUser: owner?.id ?? null,
          ownerAgency: input.ownerAgency,
          dueOn: input.dueOn,
          createdBy: ctx.actor.id,
          createdAt: now,
          updatedAt: now,
        });
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.action_add', subjectType: 'mase_action', subjectId: a.id, personId: childId, detail: { type: input.type } }),
        );
        return { actionId: a.id };
      });
    },

    /** Status and outcome, by the coordinator, the owner, or a lead of the owning agency. */
    async updateAction(ctx: Ctx, actionId: string, raw: unknown): Promise<{ meetingId: string }> {
      ensureAllowed(ctx, 'mase.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const a = isUuid(actionId) ? await repos.mase.action(actionId) : undefined;
        if (!a) throw new NotFound('There is no action with that reference');
        const [view] = await actionViews(repos, ctx, [a], londonDate(now), new Set());
        if (!view!.mayUpdate) throw new Forbidden('Only the owner, a lead of the owning agency or the MASE coordinator can update this action');
        if (a.status === 'carried_forward') throw new ValidationError({ status: 'This action was carried forward: update it in the latest meeting' });
        const input = parse(ActionUpdateInput, raw);
        const saved = await repos.mase.updateAction(a.id, input.version, { status: input.status, outcome: input.outcome ?? '', updatedAt: now });
        if (!saved) return lostRace('Someone else has just changed this action. Reload the page to see their version.', a, () => repos.mase.action(a.id));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'mase.action_update',
            subjectType: 'mase_action',
            subjectId: a.id,
            personId: a.personId,
            detail: { status: input.status },
          }),
        );
        return { meetingId: a.meetingId };
      });
    },

    /** The form's choices: staff and agencies for attendance and owners. */
    async choices(ctx: Ctx) {
      ensureAllowed(ctx, 'mase.read');
      return store.transaction(async (repos) => {
        const agencies = await repos.users.agencies();
        const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
        const users = (await repos.users.list()).filter((u) => u.active && u.role !== 'administrator' && u.role !== 'auditor');
        return { users: users.map((u) => ({ id: u.id, agencyId: u.agencyId, label: `${u.displayName} (${agencyName.get(u.agencyId) ?? ''})` })), agencies };
      });
    },

    /** A child's panel history and risk level over time. */
    async childOutcome(ctx: Ctx, personId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.read');
        const { person, decision } = await loadPerson(repos, ctx, 'person.read', personId, now);
        const items = await repos.mase.itemsAbout({ personId: person.id });
        const actions = (await repos.mase.actionsAbout({ personId: person.id })).filter((a) => a.action.status !== 'carried_forward');
        const risk = await repos.mase.riskHistory(person.id);
        const name = await personName(repos, person.id);
        const views = await actionViews(
          repos,
          ctx,
          actions.map((a) => a.action),
          londonDate(now),
          'all',
        );
        await repos.audit.append(
          auditOf(ctx, now, { action: 'mase.outcome_view', subjectType: 'person', subjectId: person.id, personId: person.id, breakGlass: decision.breakGlass }),
        );
        return {
          person,
          name,
          items,
          actions: views,
          risk: risk.map((r) => ({ at: londonDate(new Date(r.completed_at)), level: r.level, label: labelOf(RISK_LEVELS, r.level) })),
        };
      });
    },

    /** A place's actions and whether concerns fell in the 90 days after the panel first acted. */
    async placeOutcome(ctx: Ctx, entityId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        ensureAllowed(ctx, 'mase.read');
        const e = isUuid(entityId) ? await repos.network.entity(entityId) : undefined;
        if (!e || e.kind !== 'location') throw new NotFound('There is no place with that reference');
        const viewer = await viewerOf(repos, ctx);
        const children = (await repos.mase.childrenLinkedTo([e.id])).get(e.id) ?? [];
        const actions = (await repos.mase.actionsAbout({ entityId: e.id })).filter((a) => a.action.status !== 'carried_forward');
        if (!mayKnow(viewer, { childIds: children, ownerAgencies: actions.map((a) => a.action.ownerAgency) }))
          throw new Forbidden('This place is not linked to children your agency works with');
        const first = actions[0]?.action.createdAt;
        const concerns = first ? await repos.mase.placeConcernsAround(e.id, first, OUTCOME_WINDOW_DAYS) : null;
        const items = await repos.mase.itemsAbout({ entityId: e.id });
        const views = await actionViews(
          repos,
          ctx,
          actions.map((a) => a.action),
          londonDate(now),
          viewer.coordinator ? 'all' : viewer.worksWith,
        );
        await repos.audit.append(auditOf(ctx, now, { action: 'mase.outcome_view', subjectType: 'entity', subjectId: e.id }));
        return {
          place: e,
          items,
          actions: views,
          concerns: concerns && { ...concerns, from: londonDate(first!), days: OUTCOME_WINDOW_DAYS, fell: concerns.after < concerns.before },
        };
      });
    },
  };
}
