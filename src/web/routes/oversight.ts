import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { languageGuide } from '../../core/language/guide.ts';
import { LEXICON_BY_ID } from '../../core/language/lexicon-index.ts';
import type { Services } from '../../services/index.ts';
import { barChartSvg } from '../charts/bar-chart.ts';
import { trendChartSvg } from '../charts/trend-chart.ts';
import { bodyOf, ctxOf } from '../forms.ts';
import { page } from '../plugins/views.ts';

const MAX_GUIDE_QUERY = 100;

// Safeguarding lead dashboard, the auditor's trail, the analyst's figures, and health.
export function oversightRoutes(app: FastifyInstance, services: Services, databaseKind: 'embedded' | 'external'): void {
  app.get('/health', { config: { access: 'public' } }, async (_request, reply) => {
    const ok = await services.health();
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database: databaseKind });
  });

  app.get('/help', { config: { access: 'public' } }, async (request, reply) => page(request, reply, 'help.njk', { title: 'Help and language guide' }));

  // Every wording the checker flags, with why it harms and what to write instead (core/language/guide.ts).
  app.get('/help/language', { config: { access: 'public' } }, async (request, reply) => {
    const q = (request.query as Record<string, unknown>)['q'];
    const query = typeof q === 'string' ? q : '';
    const title = 'Language guide';
    if (query.length > MAX_GUIDE_QUERY)
      return page(request, reply, 'help-language.njk', { title, query, errors: { q: `Enter ${String(MAX_GUIDE_QUERY)} characters or fewer` } }, 400);
    const sections = languageGuide([...LEXICON_BY_ID.values()], query);
    return page(request, reply, 'help-language.njk', { title, query, sections, shown: sections.reduce((n, s) => n + s.entries.length, 0) });
  });

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

  // The whole trail, or one user's (?user=, linked from the unusual-access report); a bad query is a 400.
  app.get('/audit', async (request, reply) => {
    const { events, user } = await services.audit.page(ctxOf(request), request.query);
    return page(request, reply, 'audit/all.njk', {
      title: user ? `Audit trail: ${user.displayName}` : 'Audit trail',
      events,
      // Not `user`: the layout's `user` is whoever is signed in.
      trailUser: user,
      next: events.length === 100 ? events[events.length - 1]?.seq : null,
    });
  });

  // Unusual access to records (insider browsing): flagged user-days for a window, for auditors and safeguarding leads.
  // The query is checked by the service (zod); a bad one is shown on the form with a 400 and no report.
  app.get('/oversight/access', async (request, reply) => {
    const ctx = ctxOf(request);
    const form = await services.unusualAccess.form(ctx);
    const q = request.query as Record<string, unknown>;
    const typed = (k: string) => (typeof q[k] === 'string' ? q[k].slice(0, 100) : '');
    const view = { title: 'Unusual access to records', form };
    try {
      const report = await services.unusualAccess.report(ctx, request.query);
      return await page(request, reply, 'audit/unusual-access.njk', {
        ...view,
        report,
        entered: { from: report.from, to: report.to, agency: report.agencyId ?? '' },
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(
        request,
        reply,
        'audit/unusual-access.njk',
        { ...view, report: null, errors: e.fields, entered: { from: typed('from'), to: typed('to'), agency: typed('agency') } },
        400,
      );
    }
  });

  app.get('/stats', async (request, reply) => {
    const figures = await services.stats.dashboard(ctxOf(request));
    // Charts draw published figures only: a hidden figure ('*') has no value to draw.
    const value = (shown: string): number | null => (/^\d+$/.test(shown) ? Number(shown) : null);
    const bars = (b: { figures: { label: string; shown: string }[] }) => b.figures.map((f) => ({ label: f.label, value: value(f.shown), display: f.shown }));
    const { trends, atRisk } = figures;
    const charts = {
      trends: trendChartSvg(
        trends.months.map((m) => m.key),
        [
          { name: 'Concerns raised', values: trends.concerns.figures.map((f) => value(f.shown)) },
          { name: 'Screenings completed', values: trends.screenings.figures.map((f) => value(f.shown)) },
          { name: 'Referrals made', values: trends.referrals.figures.map((f) => value(f.shown)) },
          { name: 'Missing episodes', values: trends.missing.figures.map((f) => value(f.shown)) },
        ],
        { title: 'Concerns, screenings, referrals and missing episodes by month', width: 900 },
      ),
      byWard: barChartSvg(bars(atRisk.byWard), { title: 'Children at risk by ward', width: 460 }),
      byGender: barChartSvg(bars(atRisk.byGender), { title: 'Children at risk by gender', width: 460 }),
      byAgeBand: barChartSvg(bars(atRisk.byAgeBand), { title: 'Children at risk by age band', width: 460 }),
      byEthnicGroup: barChartSvg(bars(atRisk.byEthnicGroup), { title: 'Children at risk by ethnic group', width: 460 }),
    };
    return page(request, reply, 'stats.njk', { title: 'Figures and trends', figures, charts });
  });

  // The partner pack: every figure on /stats as one CSV, disclosure-controlled like the page.
  app.get('/stats/partner-pack.csv', async (request, reply) => {
    const { filename, csv } = await services.stats.partnerPack(ctxOf(request));
    return (
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .type('text/csv; charset=utf-8')
        // A byte order mark, so that spreadsheets read the file as UTF-8.
        .send(`\uFEFF${csv}`)
    );
  });
}
