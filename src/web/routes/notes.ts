import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../core/errors.ts';
import { LANGUAGE_CATEGORIES } from '../../core/language/types.ts';
import { possibleEntry } from '../../core/language/possible.ts';
import { isPossibleRef } from '../../core/language/types.ts';
import { LEXICON_BY_ID } from '../../core/language/lexicon-index.ts';
import { MAX_REWORDING_LENGTH, MIN_DISMISS_REASON_LENGTH, sentenceAround } from '../../core/language/reword.ts';
import { CURRENT_FRAMEWORK, indicatorIndex } from '../../core/indicators/index.ts';
import { SAFEGUARD_CATEGORIES } from '../../core/indicators/types.ts';
import { londonDate } from '../../core/records/time.ts';
import { scores, SIGN_TIMES, signTime } from '../../core/screening/from-text.ts';
import type { Services } from '../../services/index.ts';
import { LANGUAGE_REPORT_PERIODS } from '../../services/language-report.ts';
import { trendChartSvg } from '../charts/trend-chart.ts';
import { bodyOf, ctxOf, list, str } from '../forms.ts';
import { askedPage, LIST_PAGE_SIZE, pageOf } from '../list-page.ts';
import { page } from '../plugins/views.ts';

type IdParams = { id: string };
type Finding = Awaited<ReturnType<Services['notes']['forEntry']>>['findings'][number];

// An entry's date as the page says it: without a time when it was given without one.
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const dayOf = (e: { occurredAt: Date }): string => dayFormat.format(e.occurredAt);

// Reviewing what the language checker and indicator spotter found in a saved chronology entry (issue 4).
export function notesRoutes(app: FastifyInstance, services: Services): void {
  const indicators = indicatorIndex(CURRENT_FRAMEWORK);
  // A sign as the page shows it: the framework's wording and SAFEGUARD category, whether the screening scores it, and
  // how long before today it was, from the entry's own date (`entryDay`, the page's words for that date).
  const signView = (f: Finding, entry: { occurredAt: Date; summary: string; detail: string }, today: string, entryDay: string) => {
    const indicator = indicators.get(f.ref);
    const time = signTime(f, londonDate(entry.occurredAt), today);
    const timeText = time === 'past' || time === 'older' ? `${SIGN_TIMES[time]} (entry dated ${entryDay})` : SIGN_TIMES[time];
    return {
      ...f,
      indicator,
      categoryLabel: indicator ? SAFEGUARD_CATEGORIES[indicator.category].label : f.category,
      scored: scores({ ...f, code: f.ref, experiencer: f.experiencer === 'other' ? 'other' : 'child' }),
      time,
      timeText,
      // The same within a sentence: "the entry says … (more than 12 months ago …)".
      timeInText: timeText.charAt(0).toLowerCase() + timeText.slice(1),
      // A possible sign's span is the words that weighed most: shown as the note's own sentence, as for wording.
      sentence: f.possible ? sentenceAround(entry[f.field as 'summary' | 'detail'], f.start, f.end) : undefined,
    };
  };

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
    const day = dayOf(view.entry);
    const signs = view.findings.filter((f) => f.kind === 'indicator').map((f) => signView(f, view.entry, view.today, day));
    return {
      title: 'Check the wording and signs',
      ...view,
      entryDay: day,
      language,
      signs,
      errors: errors ?? {},
      values: values ?? {},
      maxRewording: MAX_REWORDING_LENGTH,
      minReason: MIN_DISMISS_REASON_LENGTH,
      backLink: `/people/${view.entry.personId}#chronology`,
    };
  }

  app.get<{ Params: IdParams }>('/chronology/:id/review', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const view = await review(request, request.params.id);
    return page(request, reply, 'notes/review.njk', {
      ...view,
      saved: q['saved'] === '1',
      // Straight after the practitioner saved this entry (the editor's redirect): not for anyone else's entry.
      justAdded: q['added'] === '1' && view.entry.authorId === ctxOf(request).actor.id,
    });
  });

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

  // The ticked signs of an entry go into the child's next screening in one step; the confirmation says which went in
  // and which were there already (their ids in the address: opaque, and checked against the entry on the way back).
  app.post<{ Params: IdParams }>('/chronology/:id/signs', async (request, reply) => {
    try {
      const r = await services.notes.addSignsToScreening(ctxOf(request), request.params.id, { findings: bodyOf(request)['findings'] });
      const q = new URLSearchParams({ screening: r.screeningId });
      if (r.added.length) q.set('added', r.added.join(','));
      if (r.already.length) q.set('already', r.already.join(','));
      if (r.started) q.set('started', '1');
      return await reply.redirect(`/chronology/${r.entryId}/signs/added?${q.toString()}`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const chosen = list(bodyOf(request), 'findings');
      return page(request, reply, 'notes/review.njk', { ...(await review(request, request.params.id, e.fields)), chosen }, 400);
    }
  });

  // Ticked signs that do not apply to this child are set aside with a reason; a refusal comes back with the error, the
  // ticks and the reason kept, beside the add-signs form's own.
  app.post<{ Params: IdParams }>('/chronology/:id/signs/set-aside', async (request, reply) => {
    const b = bodyOf(request);
    try {
      const r = await services.notes.setAsideSigns(ctxOf(request), request.params.id, { findings: b['findings'], reason: str(b, 'reason') });
      return await reply.redirect(`/chronology/${r.entryId}/review?saved=1#signs`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const errors: Record<string, string> = {};
      for (const [k, v] of Object.entries(e.fields)) errors[k === 'reason' ? 'setAsideReason' : 'setAside'] ??= v;
      const values = { setAsideReason: str(b, 'reason') };
      return page(
        request,
        reply,
        'notes/review.njk',
        { ...(await review(request, request.params.id, errors, values)), setAsideChosen: list(b, 'findings') },
        400,
      );
    }
  });

  // A sign set aside by mistake is put back (its button beside the reason in the signs table).
  app.post<{ Params: IdParams }>('/chronology/:id/signs/reopen', async (request, reply) => {
    try {
      const r = await services.notes.reopenSign(ctxOf(request), request.params.id, str(bodyOf(request), 'finding'));
      return await reply.redirect(`/chronology/${r.entryId}/review?saved=1#signs`, 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(request, reply, 'notes/review.njk', await review(request, request.params.id, e.fields), 400);
    }
  });

  app.get<{ Params: IdParams }>('/chronology/:id/signs/added', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const ids = (k: string) => (typeof q[k] === 'string' ? q[k].split(',').slice(0, 200) : []);
    const r = await services.notes.signsAdded(ctxOf(request), request.params.id, q['screening'] ?? '', ids('added'), ids('already'));
    const view = (f: Finding) => signView(f, r.entry, r.today, dayOf(r.entry));
    return page(request, reply, 'notes/signs-added.njk', {
      title: r.added.length ? 'Signs added to the next screening' : 'Nothing new added to the screening',
      ...r,
      added: r.added.map(view),
      already: r.already.map(view),
      started: q['started'] === '1',
      backLink: `/chronology/${r.entry.id}/review`,
    });
  });

  app.get('/reports/language', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const asked = { months: q['months'] || undefined, agency: q['agency'] ?? '', category: q['category'] ?? '' };
    const directory = await services.admin.directory();
    const shape = {
      title: 'Victim-blaming language in records',
      agencies: Object.fromEntries(directory.agencies.map((a) => [a.id, a.name])),
      teams: Object.fromEntries(directory.teams.map((t) => [t.id, t.name])),
      categories: LANGUAGE_CATEGORIES,
      periods: LANGUAGE_REPORT_PERIODS,
    };
    let r;
    try {
      r = await services.languageReport.summary(ctxOf(request), asked);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return page(request, reply, 'notes/language-report.njk', { ...shape, values: asked, errors: e.fields }, 400);
    }
    const period = String(r.filter.months);
    const rate = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}%`);
    return page(request, reply, 'notes/language-report.njk', {
      ...shape,
      values: { months: period, agency: r.filter.agency, category: r.filter.category },
      report: {
        ...r,
        months: r.months.map((m) => ({ ...m, rateShown: rate(m.rate) })),
        agencies: r.agencies.map((a) => ({ ...a, rateShown: rate(a.rate) })),
        total: { ...r.total, rateShown: rate(r.total.rate) },
      },
      rows: r.rows.map((x) => ({ ...x, href: `/reports/language/entries?${cellQuery(x)}&months=${period}` })),
      chart: trendChartSvg(
        r.months.map((m) => m.month),
        [{ name: 'Entries with flagged wording, per 100 entries written', values: r.months.map((m) => m.rate) }],
        { title: 'Entries with flagged wording per 100 entries written, by month', width: 900 },
      ),
    });
  });

  // The entries behind one count of the report, a page at a time, each linking to its review page (which checks the
  // lead's access to the child's record itself).
  app.get('/reports/language/entries', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const cell = { month: q['month'], agency: q['agency'], team: q['team'], category: q['category'], possible: q['possible'], status: q['status'] };
    const months = LANGUAGE_REPORT_PERIODS.find((m) => String(m) === q['months']) ?? 12;
    const r = await services.notes.languageReportFindings(ctxOf(request), cell, askedPage(q['page']), LIST_PAGE_SIZE, months);
    const directory = await services.admin.directory();
    const query = `${cellQuery({ ...r.cell, agency_id: r.cell.agencyId, team_id: r.cell.teamId })}&months=${String(months)}`;
    return page(request, reply, 'notes/language-entries.njk', {
      title: 'Entries with flagged wording',
      cell: r.cell,
      listPage: pageOf(r.rows, r.total, r.page, (n) => `/reports/language/entries?${query}${n > 1 ? `&page=${String(n)}` : ''}`),
      agency: directory.agencies.find((a) => a.id === r.cell.agencyId)?.name ?? 'An agency no longer listed',
      team: r.cell.teamId ? (directory.teams.find((t) => t.id === r.cell.teamId)?.name ?? 'A team no longer listed') : 'No team',
      categoryLabel: LANGUAGE_CATEGORIES[r.cell.category].label,
      backLink: `/reports/language?months=${String(months)}`,
    });
  });
}

// The address of one cell of the language report (services/notes.ts ReportCellInput reads it back).
function cellQuery(c: { month: string; agency_id: string; team_id: string | null; category: string; possible: boolean; status: string }): string {
  return new URLSearchParams({
    month: c.month,
    agency: c.agency_id,
    team: c.team_id ?? 'none',
    category: c.category,
    possible: c.possible ? '1' : '0',
    status: c.status,
  }).toString();
}
