import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Conflict, ValidationError } from '../../core/errors.ts';
import { RECORD_CLASSES, type RetentionRule } from '../../core/retention/index.ts';
import type { Services } from '../../services/index.ts';
import { parse } from '../../services/inputs/fields.ts';
import { SubjectLookupInput } from '../../services/inputs/retention.ts';
import { bodyOf, ctxOf, handleForm, list, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

// Retention and legal holds (issue 8): the dry run for administrators (auditors read it), the confirmation step before
// anything is deleted, legal holds, and the printable subject access report.

// How many kept records the page lists (soonest to expire first); the command line prints them all.
const KEPT_SHOWN = 100;

const numberOf = (q: Record<string, string>, k: string): number => (/^\d{1,9}$/.test(q[k] ?? '') ? Number(q[k]) : 0);
const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

// "25th birthday", "6 years after the last activity", "until the case closes": the rule's period in words.
function period(r: RetentionRule): string {
  const years = r.years === 1 ? '1 year' : `${r.years} years`;
  const when = r.minAgeAtLastActivity === undefined ? '' : ` (if ${r.minAgeAtLastActivity} or older at the last activity)`;
  if (r.anchor === 'date_of_birth') return `the ${ordinal(r.years)} birthday${when}`;
  if (r.anchor === 'last_activity') return `${years} after the last activity${when}`;
  return r.years === 0 ? `the case closes${when}` : `${years} after the case closes${when}`;
}

// The result of an apply, from the redirect's counts (numbers only: no one is named in a URL).
function doneMessage(q: Record<string, string>): string | null {
  if (q['deleted'] === undefined) return null;
  const [deleted, skipped, failed] = [numberOf(q, 'deleted'), numberOf(q, 'skipped'), numberOf(q, 'failed')];
  return [
    `The records of ${people(deleted)} were deleted.`,
    skipped ? `${people(skipped)} no longer due when checked again, and kept.` : '',
    failed ? `${people(failed)} could not be deleted: nothing of their records was changed.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function retentionRoutes(app: FastifyInstance, services: Services): void {
  const retention = services.retention;

  const indexData = async (request: FastifyRequest) => {
    const report = await retention.report(ctxOf(request));
    const q = request.query as Record<string, string>;
    return {
      title: 'Retention and legal holds',
      report,
      kept: report.kept.slice(0, KEPT_SHOWN),
      keptHidden: Math.max(0, report.kept.length - KEPT_SHOWN),
      activeHolds: report.holds.filter((h) => h.active),
      liftedHolds: report.holds.filter((h) => !h.active),
      canManage: request.auth!.user.role === 'administrator',
      done: doneMessage(q),
      rules: report.rules.map((r) => ({ id: r.id, label: r.label, source: r.source, covers: r.covers.map((c) => RECORD_CLASSES[c]), period: period(r) })),
    };
  };

  app.get('/retention', async (request, reply) => page(request, reply, 'retention/index.njk', await indexData(request)));

  const confirmData = async (request: FastifyRequest) => {
    services.authorise(ctxOf(request), 'retention.apply');
    const report = await retention.report(ctxOf(request));
    return { title: 'Delete records due for deletion', report, backLink: '/retention' };
  };

  app.get('/retention/apply', async (request, reply) => page(request, reply, 'retention/confirm.njk', await confirmData(request)));

  app.post('/retention/apply', async (request, reply) => {
    const b = bodyOf(request);
    try {
      const r = await retention.apply(ctxOf(request), { confirm: str(b, 'confirm'), personIds: list(b, 'personId') });
      return await reply.redirect(`/retention?deleted=${r.deleted.length}&skipped=${r.skipped.length}&failed=${r.failed.length}`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(request, reply, 'retention/confirm.njk', { ...(await confirmData(request)), errors: e.fields }, 400);
    }
  });

  const holdFormData = () => ({ title: 'Place a legal hold', backLink: '/retention' });

  app.get('/retention/holds/new', async (request, reply) => {
    services.authorise(ctxOf(request), 'legal_hold.manage');
    return page(request, reply, 'retention/hold-form.njk', { ...holdFormData(), values: { scope: 'all' } });
  });

  app.post('/retention/holds', async (request, reply) => {
    const b = bodyOf(request);
    return handleForm(
      request,
      reply,
      async () => {
        const h = await retention.placeHold(ctxOf(request), {
          scope: str(b, 'scope'),
          personId: str(b, 'personId'),
          reference: str(b, 'reference'),
          reason: str(b, 'reason'),
        });
        return `/retention/holds/${h.id}?placed=1`;
      },
      { template: 'retention/hold-form.njk', data: holdFormData },
    );
  });

  const holdData = async (request: FastifyRequest, id: string) => ({
    title: 'Legal hold',
    hold: await retention.hold(ctxOf(request), id),
    canManage: request.auth!.user.role === 'administrator',
    backLink: '/retention',
  });

  app.get<{ Params: IdParams }>('/retention/holds/:id', async (request, reply) => {
    const q = request.query as Record<string, string>;
    return page(request, reply, 'retention/hold.njk', {
      ...(await holdData(request, request.params.id)),
      placed: q['placed'] === '1',
      lifted: q['lifted'] === '1',
    });
  });

  app.post<{ Params: IdParams }>('/retention/holds/:id/lift', async (request, reply) => {
    const id = request.params.id;
    const b = bodyOf(request);
    try {
      return await handleForm(
        request,
        reply,
        async () => {
          await retention.liftHold(ctxOf(request), id, { version: str(b, 'version'), reason: str(b, 'reason') });
          return `/retention/holds/${id}?lifted=1`;
        },
        { template: 'retention/hold.njk', data: () => holdData(request, id) },
      );
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      return page(request, reply, 'retention/hold.njk', { ...(await holdData(request, id)), conflict: true }, 409);
    }
  });

  // Subject access: find the record by its Lantern reference (posted, so that whatever is typed stays out of URLs and
  // logs), then the printable report.
  const lookupForm = { title: 'Subject access report' };
  app.get('/subject-access', async (request, reply) => {
    services.authorise(ctxOf(request), 'subject_access.request');
    return page(request, reply, 'retention/subject-access-form.njk', { ...lookupForm, values: {} });
  });

  app.post('/subject-access', async (request, reply) => {
    services.authorise(ctxOf(request), 'subject_access.request');
    const b = bodyOf(request);
    return handleForm(
      request,
      reply,
      async () => {
        const { person } = parse(SubjectLookupInput, { person: str(b, 'person') });
        return `/people/${person}/subject-access`;
      },
      { template: 'retention/subject-access-form.njk', data: () => lookupForm },
    );
  });

  app.get<{ Params: IdParams }>('/people/:id/subject-access', async (request, reply) => {
    const report = await services.subjectAccess.report(ctxOf(request), request.params.id);
    return page(request, reply, 'retention/subject-access.njk', { title: 'Subject access report', report, backLink: '/subject-access' });
  });
}
