import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/index.ts';
import { bodyOf, ctxOf, handleForm, list, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

export function casesRoutes(app: FastifyInstance, services: Services): void {
  app.get('/cases', async (request, reply) => {
    const cases = await services.cases.myCases(ctxOf(request));
    return page(request, reply, 'cases/mine.njk', { title: 'My cases', cases });
  });

  app.get<{ Params: IdParams }>('/people/:id/cases/new', async (request, reply) => {
    const { person } = await services.people.view(ctxOf(request), request.params.id, 'open a case');
    const directory = await services.admin.directory();
    const created = (request.query as Record<string, string>)['created'] === '1';
    return page(request, reply, 'cases/new.njk', {
      title: 'Open a case',
      person,
      directory,
      created,
      values: { leadAgencyId: request.auth!.user.agencyId, keyWorkerId: request.auth!.user.id },
      backLink: `/people/${person.id}`,
    });
  });

  app.post<{ Params: IdParams }>('/people/:id/cases/new', async (request, reply) => {
    const b = bodyOf(request);
    const id = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        await services.cases.open(ctxOf(request), id, {
          leadAgencyId: str(b, 'leadAgencyId'),
          keyWorkerId: str(b, 'keyWorkerId'),
          summary: str(b, 'summary'),
          memberAgencyIds: list(b, 'memberAgencyIds'),
          memberUserIds: list(b, 'memberUserIds'),
        });
        return `/people/${id}?saved=1`;
      },
      {
        template: 'cases/new.njk',
        data: async () => ({
          title: 'Open a case',
          person: (await services.people.view(ctxOf(request), id, 'open a case')).person,
          directory: await services.admin.directory(),
          backLink: `/people/${id}`,
        }),
      },
    );
  });

  app.get<{ Params: IdParams }>('/cases/:id/team', async (request, reply) => {
    await services.cases.personOf(ctxOf(request), request.params.id);
    const directory = await services.admin.directory();
    return page(request, reply, 'cases/team.njk', { title: 'Add to the case team', caseId: request.params.id, directory, values: {} });
  });

  app.post<{ Params: IdParams }>('/cases/:id/team', async (request, reply) => {
    const b = bodyOf(request);
    const caseId = request.params.id;
    return handleForm(
      request,
      reply,
      async () => {
        await services.cases.addMember(ctxOf(request), caseId, { userId: str(b, 'userId'), agencyId: str(b, 'agencyId') });
        return `/cases/${caseId}/person`;
      },
      { template: 'cases/team.njk', data: async () => ({ title: 'Add to the case team', caseId, directory: await services.admin.directory() }) },
    );
  });

  // Redirects to the child's record for a case, after checking access.
  app.get<{ Params: IdParams }>('/cases/:id/person', async (request, reply) => {
    const personId = await services.cases.personOf(ctxOf(request), request.params.id);
    return reply.redirect(`/people/${personId}?saved=1`, 303);
  });
}
