import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/index.ts';
import { bodyOf, ctxOf, handleForm, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

// The live check's decisions travel as JSON in a hidden field. It is user input: what does not parse is passed on as it
// came, for ChronologyInput to refuse (the form then says so and starts the decisions again).
function decisionsFrom(raw: string): unknown {
  if (!raw.trim()) return [];
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

// Chronology entries, the record's audit trail and break-glass access.
export function recordRoutes(app: FastifyInstance, services: Services): void {
  const personFor = async (request: Parameters<typeof ctxOf>[0], id: string, purpose: string) =>
    (await services.people.view(ctxOf(request), id, purpose)).person;

  app.get<{ Params: IdParams }>('/people/:id/chronology/new', async (request, reply) => {
    const person = await personFor(request, request.params.id, 'add to chronology');
    return page(request, reply, 'people/chronology-new.njk', {
      title: 'Add to the chronology',
      person,
      // No date filled in: a chronology records when things happened, so the practitioner gives it (required).
      values: {},
      today: services.chronology.today(),
      backLink: `/people/${person.id}`,
    });
  });

  app.post<{ Params: IdParams }>('/people/:id/chronology/new', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        const r = await services.chronology.add(ctxOf(request), id, {
          kind: str(b, 'kind'),
          occurredAt: str(b, 'occurredAt'),
          summary: str(b, 'summary'),
          detail: str(b, 'detail'),
          noteDecisions: decisionsFrom(str(b, 'noteDecisions')),
        });
        return r.findings ? `/chronology/${r.id}/review?added=1` : `/people/${id}?saved=1#chronology`;
      },
      {
        template: 'people/chronology-new.njk',
        data: async () => ({
          title: 'Add to the chronology',
          person: await personFor(request, id, 'add to chronology'),
          today: services.chronology.today(),
          backLink: `/people/${id}`,
        }),
      },
    );
  });

  app.get<{ Params: IdParams }>('/people/:id/audit', async (request, reply) => {
    const events = await services.audit.forPerson(ctxOf(request), request.params.id);
    return page(request, reply, 'audit/person.njk', {
      title: 'Who has viewed or changed this record',
      personId: request.params.id,
      events,
      backLink: `/people/${request.params.id}`,
    });
  });

  app.get<{ Params: IdParams }>('/people/:id/break-glass', async (request, reply) => {
    await services.breakGlass.precheck(ctxOf(request), request.params.id);
    return page(request, reply, 'people/break-glass.njk', { title: 'Emergency access to a restricted record', personId: request.params.id, values: {} });
  });

  app.post<{ Params: IdParams }>('/people/:id/break-glass', async (request, reply) => {
    const id = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        await services.breakGlass.grant(ctxOf(request), id, { reason: str(bodyOf(request), 'reason') });
        return `/people/${id}`;
      },
      { template: 'people/break-glass.njk', data: () => ({ title: 'Emergency access to a restricted record', personId: id }) },
    );
  });
}
