import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, ctxOf } from '../forms.ts';
import { page } from '../plugins/views.ts';

// Safeguarding lead dashboard, the auditor's trail, the analyst's figures, and health.
export function oversightRoutes(app: FastifyInstance, services: Services, databaseKind: 'embedded' | 'external'): void {
  app.get('/health', { config: { access: 'public' } }, async (_request, reply) => {
    const ok = await services.health();
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database: databaseKind });
  });

  app.get('/help', { config: { access: 'public' } }, async (request, reply) => page(request, reply, 'help.njk', { title: 'Help and language guide' }));

  app.get('/lead', async (request, reply) => {
    const alerts = await services.breakGlass.alerts(ctxOf(request));
    const queues = await services.oversight.leadQueues(ctxOf(request));
    return page(request, reply, 'lead.njk', {
      title: 'Safeguarding lead dashboard',
      alerts,
      queues,
      reviewed: (request.query as Record<string, string>)['reviewed'] === '1',
    });
  });

  app.post<{ Params: { id: string } }>('/lead/break-glass/:id/review', async (request, reply) => {
    try {
      await services.breakGlass.review(ctxOf(request), request.params.id, bodyOf(request));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
    }
    return reply.redirect('/lead?reviewed=1', 303);
  });

  app.get('/audit', async (request, reply) => {
    const q = request.query as Record<string, string>;
    const before = Number(q['before']) || undefined;
    const events = await services.audit.page(ctxOf(request), { beforeSeq: before });
    return page(request, reply, 'audit/all.njk', { title: 'Audit trail', events, next: events.length === 100 ? events[events.length - 1]?.seq : null });
  });

  app.get('/stats', async (request, reply) => {
    const figures = await services.stats.overview(ctxOf(request));
    return page(request, reply, 'stats.njk', { title: 'Figures', figures });
  });
}
