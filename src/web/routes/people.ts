import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, ValidationError } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, ctxOf, handleForm, str } from '../forms.ts';
import { formShape, formValuesFrom, personInputFrom } from '../person-form.ts';
import { levelChartSvg } from '../charts/level-chart.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
const SEARCH_FIELDS = ['name', 'dateOfBirth', 'nhsNumber', 'reference'] as const;

export function peopleRoutes(app: FastifyInstance, services: Services): void {
  // The search form posts, so that a child's name, date of birth or NHS number never sits in a URL (browser history,
  // proxy and server logs). GET only shows the form: criteria in a query string are not searched, nor echoed back.
  async function search(request: FastifyRequest, reply: FastifyReply, q: Record<string, string>) {
    services.authorise(ctxOf(request), 'person.search');
    const searched = SEARCH_FIELDS.some((k) => q[k]);
    if (!searched) return page(request, reply, 'people/search.njk', { title: 'Search for a person', values: q });
    try {
      const hits = await services.people.search(ctxOf(request), {
        name: q['name'] || undefined,
        dateOfBirth: q['dateOfBirth'] || undefined,
        nhsNumber: q['nhsNumber'] || undefined,
        reference: q['reference'] || undefined,
        kind: q['kind'] || undefined,
      });
      return await page(request, reply, 'people/search.njk', { title: 'Search results', values: q, hits, searched: true });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(request, reply, 'people/search.njk', { title: 'Search for a person', values: q, errors: e.fields }, 400);
    }
  }
  app.get('/search', (request, reply) => {
    services.authorise(ctxOf(request), 'person.search');
    const q = request.query as Record<string, unknown>;
    const fromUrl = SEARCH_FIELDS.some((k) => q[k]);
    return page(request, reply, 'people/search.njk', { title: 'Search for a person', values: {}, fromUrl });
  });
  app.post('/search', (request, reply) => {
    const b = bodyOf(request);
    return search(request, reply, Object.fromEntries([...SEARCH_FIELDS, 'kind'].map((k) => [k, str(b, k)])));
  });

  app.get('/people/new', async (request, reply) => {
    services.authorise(ctxOf(request), 'person.create');
    const kind = (request.query as Record<string, string>)['kind'];
    if (kind !== 'child' && kind !== 'adult') return page(request, reply, 'people/choose-kind.njk', { title: 'Add a person' });
    return page(request, reply, 'people/form.njk', {
      title: kind === 'child' ? 'Add a child or young person' : 'Add an adult of concern',
      kind,
      values: {},
      ...formShape,
      action: `/people/new?kind=${kind}`,
    });
  });

  app.post('/people/new', async (request, reply) => {
    const kind = (request.query as Record<string, string>)['kind'] === 'adult' ? 'adult' : 'child';
    return handleForm(
      request,
      reply,
      async () => {
        const { id } = await services.people.create(ctxOf(request), personInputFrom(bodyOf(request), kind));
        return kind === 'child' ? `/people/${id}/cases/new?created=1` : `/people/${id}?created=1`;
      },
      {
        template: 'people/form.njk',
        data: () => ({
          title: kind === 'child' ? 'Add a child or young person' : 'Add an adult of concern',
          kind,
          ...formShape,
          action: `/people/new?kind=${kind}`,
        }),
      },
    );
  });

  app.get<{ Params: IdParams }>('/people/:id', async (request, reply) => {
    const ctx = ctxOf(request);
    const q = request.query as Record<string, string>;
    // One audited read for the whole page (services/people.ts record): one transaction, one page of the chronology.
    const r = await services.people.record(ctx, request.params.id, { kind: q['kind'] ?? '', agencyId: q['agencyId'] ?? '', page: q['page'] ?? '' });
    const levels = r.screenings.filter((x) => x.completedAt && x.level).reverse();
    // Links to the neighbouring chronology pages keep the filter.
    const pageHref = (n: number) => {
      const params = new URLSearchParams();
      if (q['kind']) params.set('kind', q['kind']);
      if (q['agencyId']) params.set('agencyId', q['agencyId']);
      if (n > 1) params.set('page', String(n));
      const query = params.toString();
      return `/people/${r.person.id}${query ? `?${query}` : ''}#chronology`;
    };
    const { page: current, hasOlder } = r.chronologyPage;
    return page(request, reply, 'people/record.njk', {
      title: 'Record',
      person: r.person,
      breakGlass: r.breakGlass,
      cases: r.cases,
      entries: r.entries,
      openFindings: Object.fromEntries(r.openFindings),
      chronologyPages: {
        current,
        newer: current > 1 ? pageHref(current - 1) : null,
        older: hasOlder ? pageHref(current + 1) : null,
      },
      screenings: r.screenings,
      levels,
      levelChart: levelChartSvg(levels.map((x) => ({ at: x.completedAt!, level: x.level! }))),
      agencies: Object.fromEntries(r.agencies.map((a) => [a.id, a.name])),
      people: Object.fromEntries(r.staffNames),
      directory: { agencies: r.agencies },
      filter: q,
      created: q['created'] === '1',
      saved: q['saved'] === '1',
    });
  });

  app.get<{ Params: IdParams }>('/people/:id/edit', async (request, reply) => {
    const { person } = await services.people.view(ctxOf(request), request.params.id, 'edit');
    return page(request, reply, 'people/form.njk', {
      title: 'Change details',
      kind: person.kind,
      person,
      values: formValuesFrom(person),
      ...formShape,
      action: `/people/${person.id}/edit`,
      backLink: `/people/${person.id}`,
    });
  });

  app.post<{ Params: IdParams }>('/people/:id/edit', async (request, reply) => {
    const ctx = ctxOf(request);
    const id = request.params.id;
    const b = bodyOf(request);
    try {
      // The form carries the record's kind; the service refuses a change between child and adult.
      await services.people.update(ctx, id, personInputFrom(b, str(b, 'kind')));
    } catch (e) {
      if (e instanceof Conflict) {
        const current = e.current as Parameters<typeof formValuesFrom>[0];
        return page(
          request,
          reply,
          'people/conflict.njk',
          {
            title: 'Someone else changed this record',
            current,
            mine: personInputFrom(b, current.kind),
            values: { ...b, version: String(current.version) },
            ...formShape,
            kind: current.kind,
            action: `/people/${id}/edit`,
          },
          409,
        );
      }
      if (!(e instanceof ValidationError)) throw e;
      return page(
        request,
        reply,
        'people/form.njk',
        {
          title: 'Change details',
          kind: str(b, 'kind') || 'child',
          values: b,
          errors: e.fields,
          ...formShape,
          action: `/people/${id}/edit`,
          backLink: `/people/${id}`,
        },
        400,
      );
    }
    return reply.redirect(`/people/${id}?saved=1`, 303);
  });
}
