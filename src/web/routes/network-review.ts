import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { can } from '../../core/policy/index.ts';
import type { Services } from '../../services/index.ts';
import { fieldLabel } from '../../services/network-matches.ts';
import { bodyOf, ctxOf, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

// Leads review possible matches between agencies' records, and refer and assess places and groups as contexts
// (issue 5). Every decision has a reason; a merge can be undone.
export function networkReviewRoutes(app: FastifyInstance, services: Services): void {
  app.get('/network/matches', async (request, reply) =>
    page(request, reply, 'network/matches.njk', {
      title: 'Possible matches across agencies',
      ...(await services.matches.list(ctxOf(request))),
      saved: (request.query as Record<string, string>)['saved'] === '1',
    }),
  );

  async function matchPage(request: FastifyRequest<{ Params: IdParams }>, reply: FastifyReply, errors: Record<string, string> = {}, status = 200) {
    const m = await services.matches.get(ctxOf(request), request.params.id);
    const rows = m.comparison.fields.map((f) => ({ field: fieldLabel(f.column), level: f.label, weight: f.weight }));
    return page(request, reply, 'network/match.njk', { title: 'Are these the same person?', m, rows, errors, backLink: '/network/matches' }, status);
  }

  app.get<{ Params: IdParams }>('/network/matches/:id', async (request, reply) => matchPage(request, reply));

  app.post<{ Params: IdParams }>('/network/matches/:id', async (request, reply) => {
    const b = bodyOf(request);
    try {
      await services.matches.decide(ctxOf(request), request.params.id, { version: str(b, 'version'), decision: str(b, 'decision'), reason: str(b, 'reason') });
      return await reply.redirect('/network/matches?saved=1', 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return matchPage(request, reply, e.fields, 400);
    }
  });

  app.post<{ Params: IdParams }>('/network/matches/:id/undo', async (request, reply) => {
    const b = bodyOf(request);
    try {
      await services.matches.undo(ctxOf(request), request.params.id, { version: str(b, 'version'), reason: str(b, 'reason') });
      return await reply.redirect('/network/matches?saved=1', 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return matchPage(request, reply, Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`undo-${k}`, v])), 400);
    }
  });

  app.get('/network/key-players', async (request, reply) =>
    page(request, reply, 'network/key-players.njk', { title: 'Key players', ...(await services.players.keyPlayers(ctxOf(request))) }),
  );

  app.get('/contexts', async (request, reply) =>
    page(request, reply, 'network/contexts.njk', {
      title: 'Places and groups referred as contexts',
      contexts: await services.contexts.list(ctxOf(request)),
      saved: (request.query as Record<string, string>)['saved'] === '1',
    }),
  );

  app.get<{ Querystring: Record<string, string> }>('/contexts/new', async (request, reply) => {
    const subject = await services.contexts.subject(ctxOf(request), request.query['entityId'] ?? '');
    return page(request, reply, 'network/context-new.njk', { title: 'Refer a place or group as a context', subject, form: {}, errors: {} });
  });

  app.post('/contexts', async (request, reply) => {
    const b = bodyOf(request);
    const form = { entityId: str(b, 'entityId'), reason: str(b, 'reason') };
    try {
      const r = await services.contexts.refer(ctxOf(request), form);
      return await reply.redirect(`/contexts/${r.id}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      if (!form.entityId)
        return page(
          request,
          reply,
          'errors/bad-request.njk',
          { title: 'There is a problem', message: 'Choose the place or group from the network around a child' },
          400,
        );
      const subject = await services.contexts.subject(ctxOf(request), form.entityId);
      return page(request, reply, 'network/context-new.njk', { title: 'Refer a place or group as a context', subject, form, errors: e.fields }, 400);
    }
  });

  async function contextPage(
    request: FastifyRequest<{ Params: IdParams }>,
    reply: FastifyReply,
    form: Record<string, string>,
    errors: Record<string, string>,
    status = 200,
  ) {
    const q = request.query as Record<string, string>;
    const v = await services.contexts.get(ctxOf(request), request.params.id, typeof q['page'] === 'string' ? q['page'] : '1');
    const canAssess = can(ctxOf(request).actor, 'context.assess').allowed;
    const pageHref = (n: number) => `/contexts/${v.referral.id}${n > 1 ? `?page=${n}` : ''}`;
    return page(
      request,
      reply,
      'network/context.njk',
      {
        title: `Context: ${v.subject.label}`,
        v,
        canAssess,
        form,
        errors,
        saved: q['saved'] === '1',
        pages: { current: v.page, newer: v.page > 1 ? pageHref(v.page - 1) : null, older: v.hasOlder ? pageHref(v.page + 1) : null },
        backLink: '/contexts',
      },
      status,
    );
  }

  app.get<{ Params: IdParams }>('/contexts/:id', async (request, reply) => contextPage(request, reply, {}, {}));

  app.post<{ Params: IdParams }>('/contexts/:id/assessment', async (request, reply) => {
    const b = bodyOf(request);
    const form = Object.fromEntries(['version', 'guardianship', 'environment', 'youngPeople', 'concerns', 'actions', 'level'].map((k) => [k, str(b, k)]));
    try {
      await services.contexts.assess(ctxOf(request), request.params.id, form);
      return await reply.redirect(`/contexts/${request.params.id}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return contextPage(request, reply, form, e.fields, 400);
    }
  });
}
