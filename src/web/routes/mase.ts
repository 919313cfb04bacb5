import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFound, ValidationError } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { type Body, bodyOf, ctxOf, str } from '../forms.ts';
import { AGENDA_PAGE_SIZE, listPage } from '../list-page.ts';
import { findChromium, htmlToPdf, printStyles } from '../pdf.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Req = FastifyRequest<{ Params: IdParams }>;

const fields = (b: Body, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, str(b, k)]));
const saved = (request: FastifyRequest) => (request.query as Record<string, string>)['saved'] ?? '';

// The success banner after a redirect: only numbers are read from the query, never text to echo.
function banner(request: FastifyRequest): string | null {
  const s = saved(request);
  const created = /^created-(\d{1,4})$/.exec(s)?.[1];
  if (created) return `Meeting created. ${created} open ${created === '1' ? 'action' : 'actions'} carried forward.`;
  const agenda = /^agenda-(\d{1,4})$/.exec(s)?.[1];
  if (agenda) return `${agenda} ${agenda === '1' ? 'item' : 'items'} added to the agenda.`;
  return s ? 'Saved.' : null;
}

// The MASE panel (issue 7): meetings, agenda, discussion, actions, the pack, and outcomes per child and per place.
export function maseRoutes(app: FastifyInstance, services: Services): void {
  const mase = services.mase;
  const chromium = findChromium();
  let styles: string | undefined;

  async function meetingPage(request: Req, reply: FastifyReply, errors: Record<string, string> = {}, values: Record<string, string> = {}, status = 200) {
    const ctx = ctxOf(request);
    const v = await mase.get(ctx, request.params.id, { findings: false });
    const choices = v.manage ? await mase.choices(ctx) : { users: [], agencies: [] };
    const q = request.query as Record<string, string>;
    const at = (key: string, anchor: string) => (n: number) => `/mase/meetings/${v.meeting.id}${n > 1 ? `?${key}=${n}` : ''}#${anchor}`;
    return page(
      request,
      reply,
      'mase/meeting.njk',
      {
        title: v.meeting.title,
        v,
        attendancePage: listPage(v.attendance, q['attendancePage'], at('attendancePage', 'attendance')),
        agendaPage: listPage(v.items, q['agendaPage'], at('agendaPage', 'agenda'), AGENDA_PAGE_SIZE),
        actionsPage: listPage(v.actions, q['actionsPage'], at('actionsPage', 'actions')),
        choices,
        itemChoices: v.items.map((i) => ({ id: i.item.id, title: i.item.title })),
        errors,
        values,
        banner: banner(request),
        backLink: '/mase',
      },
      status,
    );
  }

  async function itemPage(request: Req, reply: FastifyReply, errors: Record<string, string> = {}, values: Record<string, string> = {}, status = 200) {
    const ctx = ctxOf(request);
    const item = await mase.item(ctx, request.params.id);
    const choices = await mase.choices(ctx);
    const actionsPage = listPage(
      item.view.actions,
      (request.query as Record<string, string>)['actionsPage'],
      (n) => `/mase/items/${item.view.item.id}${n > 1 ? `?actionsPage=${n}` : ''}#actions`,
    );
    return page(
      request,
      reply,
      'mase/item.njk',
      {
        title: `Agenda item: ${item.view.item.title}`,
        ...item,
        actionsPage,
        choices,
        errors,
        values,
        saved: saved(request),
        backLink: `/mase/meetings/${item.meeting.id}`,
      },
      status,
    );
  }

  // Runs a form post; a ValidationError re-renders `again` with the errors and what was typed (status 400).
  async function post(request: Req, reply: FastifyReply, run: () => Promise<string>, again: (errors: Record<string, string>) => Promise<FastifyReply>) {
    try {
      return await reply.redirect(await run(), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return again(e.fields);
    }
  }

  app.get('/mase', async (request, reply) => {
    const ctx = ctxOf(request);
    const list = await mase.list(ctx);
    // Overdue return home interviews go to the coordinator's dashboard (issue 7).
    const rhis = list.manage ? await services.missing.dashboard(ctx) : null;
    return page(request, reply, 'mase/index.njk', { title: 'MASE panel', ...list, overdueRhis: rhis?.overdue.length ?? 0, dueRhis: rhis?.due.length ?? 0 });
  });

  app.get('/mase/meetings/new', async (request, reply) => {
    services.authorise(ctxOf(request), 'mase.manage');
    return page(request, reply, 'mase/new.njk', {
      title: 'Plan a panel meeting',
      choices: await mase.choices(ctxOf(request)),
      values: {},
      errors: {},
      backLink: '/mase',
    });
  });

  app.post('/mase/meetings/new', async (request, reply) => {
    const values = fields(bodyOf(request), ['heldOn', 'title', 'chairId']);
    try {
      const r = await mase.create(ctxOf(request), values);
      return await reply.redirect(`/mase/meetings/${r.id}?saved=created-${r.carried}`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(
        request,
        reply,
        'mase/new.njk',
        { title: 'Plan a panel meeting', choices: await mase.choices(ctxOf(request)), values, errors: e.fields, backLink: '/mase' },
        400,
      );
    }
  });

  app.get<{ Params: IdParams }>('/mase/meetings/:id', (request, reply) => meetingPage(request, reply));

  app.get<{ Params: IdParams }>('/mase/meetings/:id/pack', async (request, reply) => {
    const v = await mase.pack(ctxOf(request), request.params.id, 'html');
    return page(request, reply, 'mase/pack.njk', { title: `Pack: ${v.meeting.title}`, v, pdf: chromium !== null, backLink: `/mase/meetings/${v.meeting.id}` });
  });

  app.get<{ Params: IdParams }>('/mase/meetings/:id/pack.pdf', async (request, reply) => {
    if (!chromium) throw new NotFound('A PDF needs Chromium on the server: print the pack from your browser instead');
    const v = await mase.pack(ctxOf(request), request.params.id, 'pdf');
    styles ??= printStyles();
    const html = await reply.viewAsync('mase/pack-pdf.njk', { title: `Pack: ${v.meeting.title}`, v, css: styles });
    const pdf = await htmlToPdf(html, chromium);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="mase-pack-${v.meeting.heldOn}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  const meetingPost = (path: string, keys: readonly string[], run: (request: Req, values: Record<string, string>) => Promise<string>) =>
    app.post<{ Params: IdParams }>(`/mase/meetings/:id/${path}`, async (request, reply) => {
      const values = fields(bodyOf(request), keys);
      return post(
        request,
        reply,
        () => run(request, values),
        (errors) => meetingPage(request, reply, errors, values, 400),
      );
    });

  meetingPost('status', ['status', 'version'], async (r, v) => {
    await mase.setStatus(ctxOf(r), r.params.id, v);
    return `/mase/meetings/${r.params.id}?saved=status`;
  });
  meetingPost('attendance', ['userId', 'name', 'agencyId', 'status'], async (r, v) => {
    await mase.addAttendee(ctxOf(r), r.params.id, v);
    return `/mase/meetings/${r.params.id}?saved=attendance#attendance`;
  });
  meetingPost('attendance/remove', ['attendanceId'], async (r, v) => {
    await mase.removeAttendee(ctxOf(r), r.params.id, v['attendanceId'] ?? '');
    return `/mase/meetings/${r.params.id}?saved=attendance#attendance`;
  });
  meetingPost('agenda/build', [], async (r) => {
    const { added } = await mase.buildAgenda(ctxOf(r), r.params.id);
    return `/mase/meetings/${r.params.id}?saved=agenda-${added}#agenda`;
  });
  meetingPost('items', ['kind', 'personId', 'entityId', 'title', 'reason'], async (r, v) => {
    const { itemId } = await mase.addItem(ctxOf(r), r.params.id, v);
    return `/mase/items/${itemId}?saved=added`;
  });
  meetingPost('actions', ['type', 'description', 'agendaItemId', 'ownerUser', 'ownerAgency', 'dueOn'], async (r, v) => {
    await mase.addAction(ctxOf(r), r.params.id, v);
    return `/mase/meetings/${r.params.id}?saved=action#actions`;
  });

  app.get<{ Params: IdParams }>('/mase/items/:id', (request, reply) => itemPage(request, reply));

  const itemPost = (path: string, keys: readonly string[], run: (request: Req, values: Record<string, string>) => Promise<string>) =>
    app.post<{ Params: IdParams }>(`/mase/items/:id/${path}`, async (request, reply) => {
      const values = fields(bodyOf(request), keys);
      return post(
        request,
        reply,
        () => run(request, values),
        (errors) => itemPage(request, reply, errors, values, 400),
      );
    });

  itemPost('discussion', ['summary', 'decisions', 'version'], async (r, v) => {
    await mase.discuss(ctxOf(r), r.params.id, v);
    return `/mase/items/${r.params.id}?saved=discussion`;
  });
  itemPost('actions', ['type', 'description', 'ownerUser', 'ownerAgency', 'dueOn'], async (r, v) => {
    const item = await mase.item(ctxOf(r), r.params.id);
    await mase.addAction(ctxOf(r), item.meeting.id, { ...v, agendaItemId: r.params.id });
    return `/mase/items/${r.params.id}?saved=action#actions`;
  });
  itemPost('remove', ['version'], async (r, v) => {
    const { meetingId } = await mase.removeItem(ctxOf(r), r.params.id, v);
    return `/mase/meetings/${meetingId}?saved=removed#agenda`;
  });
  itemPost('move', ['direction'], async (r, v) => {
    const { meetingId } = await mase.moveItem(ctxOf(r), r.params.id, v);
    return `/mase/meetings/${meetingId}#agenda`;
  });

  async function actionPage(request: Req, reply: FastifyReply, errors: Record<string, string> = {}, values: Record<string, string> = {}, status = 200) {
    const a = await mase.action(ctxOf(request), request.params.id);
    return page(
      request,
      reply,
      'mase/action.njk',
      { title: `Action: ${a.view.typeLabel}`, ...a, errors, values, saved: saved(request), backLink: `/mase/meetings/${a.view.action.meetingId}` },
      status,
    );
  }

  app.get<{ Params: IdParams }>('/mase/actions/:id', (request, reply) => actionPage(request, reply));
  app.post<{ Params: IdParams }>('/mase/actions/:id', async (request, reply) => {
    const values = fields(bodyOf(request), ['status', 'outcome', 'version']);
    return post(
      request,
      reply,
      async () => {
        await mase.updateAction(ctxOf(request), request.params.id, values);
        return `/mase/actions/${request.params.id}?saved=1`;
      },
      (errors) => actionPage(request, reply, errors, values, 400),
    );
  });

  app.get<{ Params: IdParams }>('/mase/children/:id', async (request, reply) => {
    const o = await mase.childOutcome(ctxOf(request), request.params.id);
    const orders = await services.orders.forChild(ctxOf(request), o.person.id);
    const planned = await mase.planned(ctxOf(request));
    return page(request, reply, 'mase/child.njk', { title: `Panel history: ${o.name}`, o, orders, planned, backLink: `/people/${o.person.id}` });
  });

  app.get<{ Params: IdParams }>('/mase/places/:id', async (request, reply) => {
    const o = await mase.placeOutcome(ctxOf(request), request.params.id);
    const planned = await mase.planned(ctxOf(request));
    return page(request, reply, 'mase/place.njk', { title: `Panel outcomes: ${o.place.label}`, o, planned, backLink: '/mase' });
  });

  // Adds a child or a place to a planned meeting's agenda, from its outcomes page (the coordinator edits the agenda).
  app.post('/mase/items', async (request, reply) => {
    services.authorise(ctxOf(request), 'mase.manage');
    const b = bodyOf(request);
    const meetingId = str(b, 'meetingId');
    if (!meetingId) throw new ValidationError({ meetingId: 'Select the meeting to add it to' });
    const { itemId } = await mase.addItem(ctxOf(request), meetingId, fields(b, ['kind', 'personId', 'entityId', 'reason']));
    return reply.redirect(`/mase/items/${itemId}?saved=added`, 303);
  });
}
