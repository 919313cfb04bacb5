import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { NEEDS_CHILD } from '../../core/mase/orders.ts';
import { BREACH_FOLLOW_UP, CAWN_BASES, ORDER_KINDS, ORDER_STATUSES } from '../../core/mase/vocab.ts';
import { can } from '../../core/policy/index.ts';
import type { Services } from '../../services/index.ts';
import type { EntityView } from '../../services/network.ts';
import type { ChildRef } from '../../services/orders.ts';
import { bodyOf, ctxOf, dateFrom, str } from '../forms.ts';
import { listPage, pageHolding } from '../list-page.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Query = Record<string, string>;
type Form = Record<string, string>;

const items = (vocab: Record<string, string>, selected: string | undefined, blank?: string) => [
  ...(blank === undefined ? [] : [{ value: '', text: blank, selected: !selected }]),
  ...Object.entries(vocab).map(([value, text]) => ({ value, text, selected: value === selected, checked: value === selected })),
];

// Labels the templates need; the vocabularies live in core/mase/vocab.ts.
const labels = {
  kinds: ORDER_KINDS,
  statuses: ORDER_STATUSES,
  bases: CAWN_BASES,
  followUps: { ...BREACH_FOLLOW_UP, not_applicable: 'No Sexual Risk Order prompt' },
};

const DATE_FIELDS = ['startsOn', 'reviewOn', 'expiresOn'] as const;

// The orders and notices register (issue 7): the register, recording an order, and one order's page with its breaches.
export function ordersRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: Query }>('/orders', async (request, reply) => {
    const q = request.query;
    const form = { kind: q['kind'] ?? '', status: q['status'] ?? '', review: q['review'] ?? '', breaches: q['breaches'] ?? '' };
    let errors: Record<string, string> = {};
    let result;
    try {
      result = await services.orders.list(ctxOf(request), form);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors = e.fields;
      result = await services.orders.list(ctxOf(request), {});
    }
    return page(
      request,
      reply,
      'orders/register.njk',
      {
        title: 'Orders and notices',
        rows: result.rows,
        labels,
        form,
        errors,
        kindItems: items(ORDER_KINDS, form.kind, 'Any kind'),
        statusItems: items(ORDER_STATUSES, form.status, 'Any status'),
        filtered: Object.values(form).some(Boolean),
      },
      Object.keys(errors).length ? 400 : 200,
    );
  });

  async function newPage(request: FastifyRequest, reply: FastifyReply, form: Form, errors: Record<string, string>, status = 200) {
    const ctx = ctxOf(request);
    let fixedSubject: EntityView | null = null;
    let choices = { adults: [] as EntityView[], places: [] as EntityView[] };
    if (form['fixedSubject'] === '1' && form['subjectEntityId']) fixedSubject = await services.orders.subject(ctx, form['subjectEntityId']);
    else choices = await services.orders.subjectChoices(ctx);
    const children: ChildRef[] = await services.orders.childChoices(ctx, form['subjectEntityId']);
    const child = form['childPersonId'];
    if (child && !children.some((c) => c.id === child)) children.unshift(await services.orders.childRef(ctx, child));
    const subjectItems = [
      { value: '', text: 'Choose an adult or a place', selected: !form['subjectEntityId'] },
      ...choices.adults.map((e) => ({ value: e.id, text: `Adult: ${e.label}`, selected: e.id === form['subjectEntityId'] })),
      ...choices.places.map((e) => ({ value: e.id, text: `Place: ${e.label}${e.detail ? ` (${e.detail})` : ''}`, selected: e.id === form['subjectEntityId'] })),
    ];
    return page(
      request,
      reply,
      'orders/new.njk',
      {
        title: 'Record an order or notice',
        form,
        errors,
        fixedSubject,
        subjectItems,
        childItems: [
          { value: '', text: 'No child named', selected: !child },
          ...children.map((c) => ({ value: c.id, text: c.name, selected: c.id === child })),
        ],
        kindItems: items(ORDER_KINDS, form['kind']),
        statusItems: items(ORDER_STATUSES, form['status'] ?? 'in_force'),
        basisItems: items(CAWN_BASES, form['basis']),
        needsChild: [...NEEDS_CHILD].map((k) => ORDER_KINDS[k]).join(' or '),
        backLink: '/orders',
      },
      status,
    );
  }

  app.get<{ Querystring: Query }>('/orders/new', async (request, reply) => {
    const q = request.query;
    const form: Form = { kind: q['kind'] ?? '', status: 'in_force', childPersonId: q['child'] ?? '' };
    if (q['subject']) Object.assign(form, { subjectEntityId: q['subject'], fixedSubject: '1' });
    return newPage(request, reply, form, {});
  });

  app.post('/orders', async (request, reply) => {
    const b = bodyOf(request);
    const form: Form = Object.fromEntries(
      ['kind', 'status', 'subjectEntityId', 'fixedSubject', 'childPersonId', 'basis', 'reference', 'officer', 'notes'].map((k) => [k, str(b, k)]),
    );
    for (const d of DATE_FIELDS) for (const p of ['day', 'month', 'year']) form[`${d}-${p}`] = str(b, `${d}-${p}`);
    const input = { ...form, ...Object.fromEntries(DATE_FIELDS.map((d) => [d, dateFrom(b, d)])) };
    try {
      const r = await services.orders.record(ctxOf(request), input);
      return await reply.redirect(`/orders/${r.id}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return newPage(request, reply, form, e.fields, 400);
    }
  });

  async function orderPage(request: FastifyRequest, reply: FastifyReply, id: string, form: Form, errors: Record<string, string>, status = 200) {
    const ctx = ctxOf(request);
    const v = await services.orders.get(ctx, id);
    const q = request.query as Query;
    // The breach a decision was posted for, or asked for by a link (?breach=), opens on the page that shows it.
    const focus = form['breachId'] ?? q['breach'];
    const href = (key: string, anchor: string) => (n: number) => `/orders/${v.order.id}${n > 1 ? `?${key}=${n}` : ''}#${anchor}`;
    const breachesPage = listPage(
      v.breaches,
      pageHolding(
        v.breaches.findIndex((b) => b.id === focus),
        q['breachesPage'],
      ),
      href('breachesPage', 'breaches'),
    );
    const awaiting = breachesPage.rows.filter((x) => x.followUp === 'to_consider');
    return page(
      request,
      reply,
      'orders/order.njk',
      {
        title: `${labels.kinds[v.order.kind as keyof typeof ORDER_KINDS]}: ${v.subject?.label ?? ''}`,
        v,
        labels,
        awaiting,
        awaitingElsewhere: v.breaches.filter((x) => x.followUp === 'to_consider').length - awaiting.length,
        breachesPage,
        historyPage: listPage(v.history, q['historyPage'], href('historyPage', 'history')),
        form,
        errors,
        canRecord: can(ctx.actor, 'order.record').allowed,
        canDecide: can(ctx.actor, 'mase.manage').allowed,
        statusItems: items(ORDER_STATUSES, form['status'] ?? v.order.status),
        saved: (request.query as Query)['saved'] === '1',
        backLink: '/orders',
      },
      status,
    );
  }

  app.get<{ Params: IdParams }>('/orders/:id', async (request, reply) => orderPage(request, reply, request.params.id, {}, {}));

  app.post<{ Params: IdParams }>('/orders/:id/status', async (request, reply) => {
    const b = bodyOf(request);
    const form: Form = { version: str(b, 'version'), status: str(b, 'status'), outcome: str(b, 'outcome') };
    for (const d of DATE_FIELDS) for (const p of ['day', 'month', 'year']) form[`${d}-${p}`] = str(b, `${d}-${p}`);
    try {
      await services.orders.updateStatus(ctxOf(request), request.params.id, {
        ...form,
        ...Object.fromEntries(DATE_FIELDS.map((d) => [d, dateFrom(b, d)])),
      });
      return await reply.redirect(`/orders/${request.params.id}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return orderPage(request, reply, request.params.id, form, e.fields, 400);
    }
  });

  app.post<{ Params: IdParams }>('/orders/:id/breaches', async (request, reply) => {
    const b = bodyOf(request);
    const form: Form = { 'occurredAt-time': str(b, 'occurredAt-time').trim(), detail: str(b, 'detail') };
    for (const p of ['day', 'month', 'year']) form[`occurredAt-${p}`] = str(b, `occurredAt-${p}`);
    const date = dateFrom(b, 'occurredAt');
    const time = form['occurredAt-time']!;
    const errors: Record<string, string> = {};
    if (time && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(time)) errors['occurredAt-time'] = 'Enter the time as hours and minutes, like 21:30';
    try {
      if (Object.keys(errors).length) throw new ValidationError(errors);
      const occurredAt = date && time ? `${date}T${time.padStart(5, '0')}` : date;
      await services.orders.recordBreach(ctxOf(request), request.params.id, { occurredAt, detail: form['detail'] });
      return await reply.redirect(`/orders/${request.params.id}?saved=1#breaches`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return orderPage(
        request,
        reply,
        request.params.id,
        form,
        Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k === 'detail' ? 'breachDetail' : k, m])),
        400,
      );
    }
  });

  app.post<{ Params: { id: string; breachId: string } }>('/orders/:id/breaches/:breachId/decision', async (request, reply) => {
    const b = bodyOf(request);
    const { id, breachId } = request.params;
    const form: Form = { version: str(b, 'version'), decision: str(b, 'decision'), reason: str(b, 'reason') };
    try {
      await services.orders.decideFollowUp(ctxOf(request), id, breachId, form);
      return await reply.redirect(`/orders/${id}?saved=1#breaches`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const errors = Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [`${k}-${breachId}`, m]));
      return orderPage(request, reply, id, { ...form, breachId }, errors, 400);
    }
  });
}
