import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { ENTITY_KIND_KEYS, ENTITY_KINDS, LINK_TYPES, type EntityKind } from '../../core/records/entities.ts';
import { ExpandInput } from '../../services/inputs/network.ts';
import { parse } from '../../services/inputs/fields.ts';
import type { Services } from '../../services/index.ts';
import { LINK_TYPES_FOR } from '../../services/network.ts';
import { bodyOf, ctxOf, str } from '../forms.ts';
import { listPage, pageHolding } from '../list-page.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

const isKind = (k: string): k is EntityKind => (ENTITY_KIND_KEYS as string[]).includes(k);

// Contextual safeguarding in the browser (issue 5): quick capture from a chronology entry, the network around a child
// (chart and table), and cross-referral alerts for leads.
export function networkRoutes(app: FastifyInstance, services: Services): void {
  async function capturePage(
    request: FastifyRequest,
    reply: FastifyReply,
    entryId: string,
    form: Record<string, string>,
    extra: { errors?: Record<string, string>; suggestions?: Awaited<ReturnType<Services['network']['suggest']>>; saved?: boolean; link?: string },
    status = 200,
  ) {
    const view = await services.network.captureView(ctxOf(request), entryId);
    const q = request.query as Record<string, string | undefined>;
    // The link a withdrawal was posted for, or asked for by a link (?link=), opens on the page that shows it.
    const focus = extra.link ?? q['link'];
    const linksPage = listPage(
      view.links,
      pageHolding(
        view.links.findIndex((l) => l.link.id === focus),
        q['linksPage'],
      ),
      (n) => `/chronology/${view.entry.id}/capture${n > 1 ? `?linksPage=${n}` : ''}#links`,
    );
    const kind = isKind(form['kind'] ?? '') ? (form['kind'] as EntityKind) : null;
    const linkTypes = kind
      ? LINK_TYPES_FOR[kind].map((k) => ({ value: k, text: LINK_TYPES[k].label, selected: form['linkType'] === k, checked: form['linkType'] === k }))
      : [];
    return page(
      request,
      reply,
      'network/capture.njk',
      {
        title: kind ? `Record a ${ENTITY_KINDS[kind].toLowerCase()} linked to the child` : 'Record who, where or what',
        ...view,
        linksPage,
        kind,
        form,
        linkTypes,
        errors: extra.errors ?? {},
        suggestions: extra.suggestions ?? null,
        saved: extra.saved ?? false,
        backLink: `/people/${view.entry.personId}#chronology`,
      },
      status,
    );
  }

  app.get<{ Params: IdParams; Querystring: Record<string, string> }>('/chronology/:id/capture', async (request, reply) =>
    capturePage(request, reply, request.params.id, { kind: request.query['kind'] ?? '' }, { saved: request.query['saved'] === '1' }),
  );

  app.post<{ Params: IdParams }>('/chronology/:id/capture', async (request, reply) => {
    const body = bodyOf(request);
    const form = Object.fromEntries(
      Object.entries(body)
        .filter(([k]) => k !== '_csrf')
        .map(([k, v]) => [k, typeof v === 'string' ? v : '']),
    ) as Record<string, string>;
    const ctx = ctxOf(request);
    try {
      if (str(body, 'action') === 'check') {
        const suggestions = await services.network.suggest(ctx, request.params.id, form);
        return await capturePage(request, reply, request.params.id, form, { suggestions });
      }
      await services.network.capture(ctx, request.params.id, form);
      return await reply.redirect(`/chronology/${request.params.id}/capture?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return capturePage(request, reply, request.params.id, form, { errors: e.fields }, 400);
    }
  });

  app.post<{ Params: IdParams }>('/links/:id/retract', async (request, reply) => {
    const b = bodyOf(request);
    try {
      const r = await services.network.retract(ctxOf(request), request.params.id, { version: str(b, 'version'), reason: str(b, 'reason') });
      return await reply.redirect(`/chronology/${r.entryId}/capture?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const entryId = str(b, 'entryId');
      if (!entryId) return page(request, reply, 'errors/bad-request.njk', { title: 'There is a problem', message: Object.values(e.fields)[0] }, 400);
      return capturePage(
        request,
        reply,
        entryId,
        {},
        { errors: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${request.params.id}`, v])), link: request.params.id },
        400,
      );
    }
  });

  async function networkOf(request: FastifyRequest<{ Params: IdParams; Querystring: Record<string, string | string[]> }>) {
    const q = request.query;
    const filter = parse(ExpandInput, {
      hops: q['hops'] ?? '2',
      types: q['types'],
      confidence: q['confidence'] ?? '',
      from: q['from'] ?? '',
      to: q['to'] ?? '',
    });
    return { filter, view: await services.network.personNetwork(ctxOf(request), request.params.id, filter) };
  }

  app.get<{ Params: IdParams; Querystring: Record<string, string | string[]> }>('/people/:id/network', async (request, reply) => {
    let filter;
    let view;
    let errors: Record<string, string> = {};
    try {
      ({ filter, view } = await networkOf(request));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors = e.fields;
      filter = parse(ExpandInput, {});
      view = await services.network.personNetwork(ctxOf(request), request.params.id, filter);
    }
    const nodeLabel = Object.fromEntries(view.nodes.map((n) => [n.id, n.label]));
    return page(
      request,
      reply,
      'network/person.njk',
      {
        title: 'Network around the child',
        person: view.person,
        view,
        filter,
        errors,
        nodeLabel,
        linkTypeItems: Object.entries(LINK_TYPES).map(([value, t]) => ({
          value,
          text: t.label,
          checked: filter.types.includes(value as keyof typeof LINK_TYPES),
        })),
        query: new URLSearchParams(Object.entries(request.query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString(),
      },
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // The chart's data: the same view as the table beside it (and the same audit), as JSON.
  app.get<{ Params: IdParams; Querystring: Record<string, string | string[]> }>('/people/:id/network.json', async (request, reply) => {
    const { view } = await networkOf(request);
    return reply.header('cache-control', 'no-store').send(view);
  });

  app.get('/network/alerts', async (request, reply) =>
    page(request, reply, 'network/alerts.njk', {
      title: 'Cross-referral alerts',
      alerts: await services.network.alerts(ctxOf(request)),
      saved: (request.query as Record<string, string>)['saved'] === '1',
    }),
  );

  app.post<{ Params: IdParams }>('/network/alerts/:id/acknowledge', async (request, reply) => {
    const b = bodyOf(request);
    try {
      await services.network.acknowledgeAlert(ctxOf(request), request.params.id, { version: str(b, 'version'), note: str(b, 'note') });
      return await reply.redirect('/network/alerts?saved=1', 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const alerts = await services.network.alerts(ctxOf(request));
      return page(
        request,
        reply,
        'network/alerts.njk',
        { title: 'Cross-referral alerts', alerts, errors: { [`note-${request.params.id}`]: e.fields['note'] ?? Object.values(e.fields)[0] } },
        400,
      );
    }
  });
}
