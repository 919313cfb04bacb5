import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { LANGUAGE_CATEGORIES } from '../../core/language/types.ts';
import { isPossibleRef, possibleEntry } from '../../core/language/classifier.ts';
import { LEXICON_BY_ID } from '../../core/language/lexicon-index.ts';
import { MAX_REWORDING_LENGTH, sentenceAround } from '../../core/language/reword.ts';
import { CURRENT_FRAMEWORK, indicatorIndex } from '../../core/indicators/index.ts';
import type { Services } from '../../services/index.ts';
import { bodyOf, ctxOf, str } from '../forms.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };

// Reviewing what the language checker and indicator spotter found in a saved chronology entry (issue 4).
export function notesRoutes(app: FastifyInstance, services: Services): void {
  const indicators = indicatorIndex(CURRENT_FRAMEWORK);

  async function review(request: FastifyRequest, entryId: string, errors?: Record<string, string>, values?: Record<string, string>) {
    const view = await services.notes.forEntry(ctxOf(request), entryId);
    const language = view.findings
      .filter((f) => f.kind === 'language')
      .map((f) => ({
        ...f,
        entry: LEXICON_BY_ID.get(f.ref) ?? possibleEntry(f.ref),
        possible: isPossibleRef(f.ref),
        // A possible finding's span is the words that weighed most: shown as the note's own sentence, never cut.
        sentence: isPossibleRef(f.ref) ? sentenceAround(view.entry[f.field as 'summary' | 'detail'], f.start, f.end) : undefined,
        categoryLabel: LANGUAGE_CATEGORIES[f.category as keyof typeof LANGUAGE_CATEGORIES].label,
      }));
    const signs = view.findings.filter((f) => f.kind === 'indicator').map((f) => ({ ...f, indicator: indicators.get(f.ref) }));
    return {
      title: 'Check the wording and signs',
      ...view,
      language,
      signs,
      errors: errors ?? {},
      values: values ?? {},
      maxRewording: MAX_REWORDING_LENGTH,
      backLink: `/people/${view.entry.personId}#chronology`,
    };
  }

  // Re-shows the review page with the error beside the finding; without the entry (a bare post) a plain error page.
  async function invalid(request: FastifyRequest, reply: FastifyReply, entryId: string, findingId: string, e: ValidationError) {
    if (!entryId) return page(request, reply, 'errors/bad-request.njk', { title: 'There is a problem', message: Object.values(e.fields)[0] }, 400);
    const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`${k}-${findingId}`, v]));
    return page(request, reply, 'notes/review.njk', await review(request, entryId, fields), 400);
  }

  app.get<{ Params: IdParams }>('/chronology/:id/review', async (request, reply) =>
    page(request, reply, 'notes/review.njk', {
      ...(await review(request, request.params.id)),
      saved: (request.query as Record<string, string>)['saved'] === '1',
    }),
  );

  // A decision on one wording finding: reword, keep as the child's own words, or dismiss with a reason. Posted to the
  // review page's own address, as the app's other forms are (handleForm): a refusal re-renders the page here with the
  // error beside the finding and what was typed, so that refreshing it asks again rather than posting elsewhere; a
  // decision redirects (303) back to it.
  app.post<{ Params: IdParams }>('/chronology/:id/review', async (request, reply) => {
    const b = bodyOf(request);
    const entryId = request.params.id;
    const findingId = str(b, 'finding');
    try {
      await services.notes.decide(
        ctxOf(request),
        findingId,
        { action: str(b, 'action'), wording: str(b, 'wording'), version: str(b, 'version'), reason: str(b, 'reason'), confirm: str(b, 'confirm') || undefined },
        entryId,
      );
      return await reply.redirect(`/chronology/${entryId}/review?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const near = (k: string) => (['wording', 'reason', 'confirm'].includes(k) ? k : 'action');
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(e.fields)) fields[`${near(k)}-${findingId}`] ??= v;
      const values = { finding: findingId, action: str(b, 'action'), wording: str(b, 'wording'), reason: str(b, 'reason') };
      return page(request, reply, 'notes/review.njk', await review(request, entryId, fields, values), 400);
    }
  });

  app.post<{ Params: IdParams }>('/note-findings/:id/screening', async (request, reply) => {
    const entryId = str(bodyOf(request), 'entryId');
    try {
      const r = await services.notes.addToScreening(ctxOf(request), request.params.id);
      return await reply.redirect(`/screenings/${r.screeningId}?saved=1`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return invalid(request, reply, entryId, request.params.id, e);
    }
  });

  app.get('/reports/language', async (request, reply) => {
    const rows = await services.notes.languageReport(ctxOf(request));
    const directory = await services.admin.directory();
    return page(request, reply, 'notes/language-report.njk', {
      title: 'Victim-blaming language in records',
      rows,
      agencies: Object.fromEntries(directory.agencies.map((a) => [a.id, a.name])),
      teams: Object.fromEntries(directory.teams.map((t) => [t.id, t.name])),
      categories: LANGUAGE_CATEGORIES,
    });
  });
}
