import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, ValidationError } from '../../core/errors.ts';
import { toLondonTime } from '../../core/mase/rhi-clock.ts';
import { MISSING_FROM, POLICE_RISK, RETURN_METHODS } from '../../core/mase/vocab.ts';
import { ENTITY_ROLES } from '../../core/records/entities.ts';
import type { Services } from '../../services/index.ts';
import { RHI_OUTCOMES } from '../../services/inputs/missing.ts';
import { bodyOf, ctxOf, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Form = Record<string, string>;

// Missing episodes and return home interviews in the browser (issue 7): the RHI dashboard, a child's episodes, the
// episode form, and the episode page with the RHI clock, assignment, return and outcome forms.

const items = (vocab: Record<string, string>, selected: string | undefined, blank?: string) => [
  ...(blank ? [{ value: '', text: blank, selected: !selected }] : []),
  ...Object.entries(vocab).map(([value, text]) => ({ value, text, selected: value === selected, checked: value === selected })),
];
const entityItems = (list: { id: string; label: string; detail: string }[], selected: string | undefined, blank: string) => [
  { value: '', text: blank, selected: !selected },
  ...list.map((e) => ({ value: e.id, text: e.detail ? `${e.label} (${e.detail})` : e.label, selected: e.id === selected })),
];

function formOf(request: FastifyRequest): Form {
  return Object.fromEntries(
    Object.entries(bodyOf(request))
      .filter(([k]) => k !== '_csrf')
      .map(([k, v]) => [k, typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '']),
  );
}

export function missingRoutes(app: FastifyInstance, services: Services): void {
  app.get('/missing', async (request, reply) => {
    const d = await services.missing.dashboard(ctxOf(request));
    return page(request, reply, 'missing/dashboard.njk', { title: 'Missing episodes and return home interviews', ...d });
  });

  app.get<{ Params: IdParams; Querystring: Record<string, string> }>('/people/:id/missing', async (request, reply) => {
    const v = await services.missing.forPerson(ctxOf(request), request.params.id);
    return page(request, reply, 'missing/person.njk', {
      title: 'Missing episodes',
      ...v,
      saved: request.query['saved'] === '1',
      backLink: `/people/${v.child.id}`,
    });
  });

  async function newPage(request: FastifyRequest<{ Params: IdParams }>, reply: FastifyReply, values: Form, errors: Record<string, string> = {}, status = 200) {
    const v = await services.missing.newForm(ctxOf(request), request.params.id);
    return page(
      request,
      reply,
      'missing/new.njk',
      {
        title: 'Record a missing episode',
        ...v,
        values,
        errors,
        missingFromItems: items(MISSING_FROM, values['missingFrom']),
        policeRiskItems: items(POLICE_RISK, values['policeRisk'], 'Select the police risk grading'),
        returnMethodItems: items(RETURN_METHODS, values['returnMethod'], 'Select how the child came back'),
        roleItems: items(ENTITY_ROLES, values['foundWithRole'], 'Not known'),
        missingFromPlaceItems: entityItems(v.choices.places, values['missingFromPlaceId'], 'None of these, or a new place below'),
        foundAtPlaceItems: entityItems(v.choices.places, values['foundAtPlaceId'], 'None of these, or a new place below'),
        foundWithItems: entityItems(v.choices.people, values['foundWithPersonId'], 'None of these, or a new person below'),
        backLink: `/people/${v.child.id}/missing`,
      },
      status,
    );
  }

  app.get<{ Params: IdParams }>('/people/:id/missing/new', async (request, reply) => newPage(request, reply, { reportedAt: toLondonTime(new Date()) }));

  app.post<{ Params: IdParams }>('/people/:id/missing/new', async (request, reply) => {
    const form = formOf(request);
    try {
      const r = await services.missing.record(ctxOf(request), request.params.id, form);
      return await reply.redirect(`/missing/${r.id}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return newPage(request, reply, form, e.fields, 400);
    }
  });

  async function episodePage(
    request: FastifyRequest<{ Params: IdParams }>,
    reply: FastifyReply,
    extra: { values?: Form; errors?: Record<string, string>; saved?: string; conflict?: string } = {},
    status = 200,
  ) {
    const v = await services.missing.get(ctxOf(request), request.params.id);
    const values = extra.values ?? {};
    return page(
      request,
      reply,
      'missing/episode.njk',
      {
        title: 'Missing episode',
        ...v,
        values,
        errors: extra.errors ?? {},
        saved: extra.saved ?? '',
        conflict: extra.conflict ?? '',
        returnMethodItems: items(RETURN_METHODS, values['returnMethod'], 'Select how the child came back'),
        roleItems: items(ENTITY_ROLES, values['foundWithRole'], 'Not known'),
        foundAtPlaceItems: entityItems(v.choices.places, values['foundAtPlaceId'], 'None of these, or a new place below'),
        foundWithItems: entityItems(v.choices.people, values['foundWithPersonId'], 'None of these, or a new person below'),
        assigneeItems: [
          { value: '', text: 'Select who will offer the interview', selected: !values['assignedTo'] },
          ...v.assignees.map((a) => ({ value: a.id, text: `${a.name} (${a.agency})`, selected: a.id === values['assignedTo'] })),
        ],
        outcomeItems: Object.entries(RHI_OUTCOMES).map(([value, text]) => ({ value, text, checked: value === values['status'] })),
        backLink: v.child.name ? `/people/${v.child.id}/missing` : '/missing',
      },
      status,
    );
  }

  app.get<{ Params: IdParams; Querystring: Record<string, string> }>('/missing/:id', async (request, reply) =>
    episodePage(request, reply, { saved: request.query['saved'] ?? '' }),
  );

  // The three forms on the episode page share one shape: act, then back to the page; a clash shows the current state.
  const act =
    (run: (s: Services, request: FastifyRequest<{ Params: IdParams }>, form: Form) => Promise<string | null>) =>
    async (request: FastifyRequest<{ Params: IdParams }>, reply: FastifyReply) => {
      const form = formOf(request);
      try {
        const target = await run(services, request, form);
        return await reply.redirect(target ?? `/missing/${request.params.id}?saved=1`, 303);
      } catch (e) {
        if (e instanceof ValidationError) return episodePage(request, reply, { values: form, errors: e.fields }, 400);
        if (e instanceof Conflict) return episodePage(request, reply, { conflict: e.message }, 409);
        throw e;
      }
    };

  app.post<{ Params: IdParams }>(
    '/missing/:id/return',
    act(async (s, request, form) => {
      await s.missing.recordReturn(ctxOf(request), request.params.id, form);
      return null;
    }),
  );

  app.post<{ Params: IdParams }>(
    '/missing/:id/assign',
    act(async (s, request, form) => {
      await s.missing.assign(ctxOf(request), request.params.id, { version: str(form, 'version'), assignedTo: str(form, 'assignedTo') });
      return null;
    }),
  );

  app.post<{ Params: IdParams }>(
    '/missing/:id/outcome',
    act(async (s, request, form) => {
      const r = await s.missing.outcome(ctxOf(request), request.params.id, form);
      // What the interview found (places, people, vehicles, phones) becomes links from its entry.
      if (r.entryId && r.capture) return `/chronology/${r.entryId}/capture`;
      return `/missing/${request.params.id}?saved=outcome`;
    }),
  );
}
