import { z } from 'zod';
import { NotFound, ValidationError } from '../core/errors.ts';
import { checkLanguageWithClassifier, isPossibleRef } from '../core/language/classifier.ts';
import { LEXICON_BY_ID } from '../core/language/lexicon-index.ts';
import { LANGUAGE_CATEGORY_KEYS } from '../core/language/types.ts';
import { answersFromSigns, scores, type SpottedSign } from '../core/screening/from-text.ts';
import { findIndicators } from '../core/text/indicators.ts';
import { londonDate, monthsBefore } from '../core/records/time.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import type { NoteFindingRow } from '../db/repositories/notes.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';
import { draftScreening } from './screening.ts';

const FIELDS = ['summary', 'detail'] as const;
type Field = (typeof FIELDS)[number];

// Both checks on one text: the same core code the browser runs as the practitioner types. `year` is the entry's own
// year, so that a sign placed in an earlier year ("on 12/03/2019") is historical (core/text README, "Years"). The
// wording check includes the sentence classifier's possible findings (ref `classifier:<category>`): on three blind sets
// by new authors they added 68 findings and 18 false alarms (F1 +0.05 to +0.07; test/fixtures/eval/RESULTS.md round 15).
export function analyseText(text: string, year: number) {
  return { language: checkLanguageWithClassifier(text), indicators: findIndicators(text, { currentYear: year }) };
}

// Runs both checks on a new chronology entry and stores what they found, in the entry's transaction.
export async function recordFindings(repos: Repositories, entry: ChronologyRow, teamId: string | null, now: Date): Promise<NoteFindingRow[]> {
  const year = Number(londonDate(entry.occurredAt).slice(0, 4));
  const rows = FIELDS.flatMap((field) => {
    const { language, indicators } = analyseText(entry[field], year);
    const common = { entryId: entry.id, personId: entry.personId, field, agencyId: entry.agencyId, teamId, createdAt: now };
    return [
      ...language.map((f) => ({
        ...common,
        kind: 'language',
        ref: f.entryId,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        quoted: f.quoted,
      })),
      ...indicators.map((f) => ({
        ...common,
        kind: 'indicator',
        ref: f.code,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        negated: f.negated,
        hypothetical: f.hypothetical,
        historical: f.historical,
        experiencer: f.experiencer,
      })),
    ];
  });
  return repos.notes.insertMany(rows);
}

// The signs ticked on the review page (one value, or several with the same name).
const AddSignsInput = z.object({
  findings: z.preprocess(
    (v): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(z.string().max(100)).min(1, 'Select at least one sign to add to the screening').max(200),
  ),
});

export type SignsAdded = { entryId: string; screeningId: string; started: boolean; added: string[]; already: string[] };

// A stored finding in the shape the screening's rule reads (core/screening/from-text.ts: which signs are scored).
const spotted = (f: NoteFindingRow): SpottedSign => ({
  code: f.ref,
  category: f.category,
  text: f.text,
  negated: f.negated,
  hypothetical: f.hypothetical,
  historical: f.historical,
  experiencer: f.experiencer === 'other' ? 'other' : 'child',
});

// One cell of the language report, as its link gives it (services/notes.ts languageReportFindings).
const ReportCellInput = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month from the report'),
    agency: z.uuid({ error: 'Choose an agency from the report' }),
    team: z.union([z.uuid(), z.literal('none')], { error: 'Choose a team from the report' }),
    category: z.enum(LANGUAGE_CATEGORY_KEYS, { error: 'Choose a kind of wording from the report' }),
    possible: z.enum(['0', '1'], { error: 'Choose a kind of wording from the report' }),
    status: z.enum(['open', 'accepted', 'dismissed', 'quoted'], { error: 'Choose an outcome from the report' }),
  })
  .transform((c) => ({
    month: c.month,
    agencyId: c.agency,
    teamId: c.team === 'none' ? null : c.team,
    category: c.category,
    possible: c.possible === '1',
    status: c.status,
  }));

const DecideInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), alternative: z.coerce.number().int().min(0).max(2), version: z.coerce.number().int().min(1) }),
  z.object({ action: z.literal('dismiss'), reason: z.string().trim().min(3, 'Give a reason for dismissing this suggestion').max(1000) }),
  z.object({ action: z.literal('quote') }),
]);

// The sentence around a span, as evidence for a screening answer.
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(Math.max(0, before), after < 0 ? text.length : end + after + 1).trim();
}

export function notesService(store: Store, clock: Clock) {
  async function loadFinding(repos: Repositories, ctx: Ctx, id: string, now: Date) {
    const f = isUuid(id) ? await repos.notes.byId(id) : undefined;
    if (!f) throw new NotFound('There is no finding with that reference');
    const loaded = await loadPerson(repos, ctx, 'chronology.add', f.personId, now);
    const entry = (await repos.chronology.byId(f.entryId))!;
    return { finding: f, entry, ...loaded };
  }

  return {
    // An entry with its findings, for the review page after saving.
    async forEntry(ctx: Ctx, entryId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        const entry = isUuid(entryId) ? await repos.chronology.byId(entryId) : undefined;
        if (!entry) throw new NotFound('There is no chronology entry with that reference');
        const { person, decision } = await loadPerson(repos, ctx, 'person.read', entry.personId, now);
        const findings = await repos.notes.forEntry(entry.id);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'chronology.view',
            subjectType: 'chronology_entry',
            subjectId: entry.id,
            personId: entry.personId,
            breakGlass: decision.breakGlass,
          }),
        );
        return { entry, person, findings };
      });
    },

    // Accept a suggested wording (the entry text changes, versioned), dismiss with a reason, or keep as the child's words.
    async decide(ctx: Ctx, findingId: string, raw: unknown) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { finding: f, entry, decision } = await loadFinding(repos, ctx, findingId, now);
        if (f.kind !== 'language') throw new ValidationError({ action: 'Only wording suggestions can be accepted, dismissed or kept as a quote' });
        const input = parse(DecideInput, raw);
        const base = { decidedBy: ctx.actor.id, decidedAt: now };
        if (input.action === 'accept') {
          if (isPossibleRef(f.ref))
            throw new ValidationError({
              action:
                'This is a possible finding with guidance, not wording to paste in: keep it as the child’s words, or dismiss it with a reason and record it differently from now on',
            });
          const alternative = LEXICON_BY_ID.get(f.ref)?.alternatives[input.alternative];
          if (!alternative) throw new ValidationError({ alternative: 'Choose one of the suggested wordings' });
          const field = f.field as Field;
          const current = entry[field];
          if (current.slice(f.start, f.end) !== f.text) throw new ValidationError({ action: 'The entry has changed since this was found: reload the page' });
          const replaced = current.slice(0, f.start) + alternative + current.slice(f.end);
          if (field === 'summary' && replaced.length > 200)
            throw new ValidationError({ alternative: 'The summary would be too long with this wording: edit it instead' });
          const updated = await repos.notes.updateEntryText(entry.id, input.version, { [field]: replaced });
          if (!updated) throw new ValidationError({ action: 'Someone else changed this entry: reload the page' });
          await repos.notes.decide(f.id, { ...base, status: 'accepted', reason: alternative });
          await repos.notes.shift(entry.id, field, f.end, alternative.length - (f.end - f.start));
        } else {
          const done = await repos.notes.decide(f.id, {
            ...base,
            status: input.action === 'dismiss' ? 'dismissed' : 'quoted',
            reason: input.action === 'dismiss' ? input.reason : null,
          });
          if (!done) throw new ValidationError({ action: 'This suggestion has already been dealt with' });
        }
        await repos.audit.append(
          auditOf(ctx, now, {
            action: `note_finding.${input.action}`,
            subjectType: 'chronology_entry',
            subjectId: entry.id,
            personId: entry.personId,
            breakGlass: decision.breakGlass,
            detail: { ref: f.ref },
          }),
        );
        return { entryId: entry.id };
      });
    },

    // Adds the signs a practitioner ticked on an entry's review page to the child's next screening (the case's draft,
    // started if there is none), in one transaction and one step (issue 4 §3). Everything is checked before anything is
    // written: a sign from another entry, a sign that is not scored, or no sign at all changes nothing. A sign whose code
    // the draft already holds as present is not added again, and is said to be there already.
    async addSignsToScreening(ctx: Ctx, entryId: string, raw: unknown): Promise<SignsAdded> {
      const now = clock();
      return store.transaction(async (repos) => {
        const entry = isUuid(entryId) ? await repos.chronology.byId(entryId) : undefined;
        if (!entry) throw new NotFound('There is no chronology entry with that reference');
        const { subject, decision } = await loadPerson(repos, ctx, 'chronology.add', entry.personId, now);
        const { findings: ids } = parse(AddSignsInput, raw);
        const mine = new Map((await repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'indicator').map((f) => [f.id, f]));
        const chosen = [...new Set(ids)].map((id) => mine.get(id));
        if (chosen.some((f) => f === undefined)) throw new ValidationError({ findings: 'Select signs found in this entry' });
        const signs = chosen as NoteFindingRow[];
        if (signs.some((f) => !scores(spotted(f))))
          throw new ValidationError({
            findings:
              'A sign that is ruled out, only possible, or about someone outside the family is not scored: record it in a screening yourself if it applies',
          });
        const caseId = entry.caseId ?? subject.cases[0]?.caseId;
        if (!caseId) throw new ValidationError({ findings: 'Open a case for this child first' });
        // Signs already taken to a screening (a second press of the button) are there already.
        const earlier = signs.filter((f) => f.status !== 'open');
        const open = signs.filter((f) => f.status === 'open');
        // A second press of the button, with nothing new: no draft is started.
        if (!open.length) return { entryId: entry.id, screeningId: earlier[0]!.screeningId!, started: false, added: [], already: earlier.map((f) => f.id) };
        const { id, audit: started } = await draftScreening(repos, ctx, caseId, now);
        const s = (await repos.screenings.byId(id))!;
        const answers = await repos.screenings.answers(id);
        const present = new Set(answers.filter((a) => a.status === 'present').map((a) => a.code));
        const already = open.filter((f) => present.has(f.ref));
        const added = open.filter((f) => !present.has(f.ref));
        const day = entry.occurredAt.toISOString().slice(0, 10);
        const rowOf = new Map<SpottedSign, NoteFindingRow>(added.map((f) => [spotted(f), f]));
        const fresh = answersFromSigns([...rowOf.keys()], (x) => {
          const f = rowOf.get(x)!;
          return `${sentenceAround(entry[f.field as Field], f.start, f.end)} (chronology, ${day})`;
        });
        if (fresh.length) {
          const codes = new Set(fresh.map((a) => a.code));
          await repos.screenings.replaceAnswers(id, [
            ...answers.filter((a) => !codes.has(a.code)),
            ...fresh.map((a) => ({ code: a.code, status: a.status, when: a.when ?? null, evidence: a.evidence ?? '' })),
          ]);
          const updated = await repos.screenings.update(id, s.version, {});
          if (!updated) throw new ValidationError({ findings: 'Someone else changed the screening just now: try again' });
        }
        for (const f of [...added, ...already]) {
          const done = await repos.notes.decide(f.id, { status: 'screened', screeningId: id, decidedBy: ctx.actor.id, decidedAt: now });
          if (!done) throw new ValidationError({ findings: 'Someone else added these signs just now: reload the page' });
        }
        // Last, in the order they happened: the new draft's start (when one was started), then each sign's move.
        if (started) await repos.audit.append(started);
        for (const f of [...added, ...already])
          await repos.audit.append(
            auditOf(ctx, now, {
              action: 'note_finding.to_screening',
              subjectType: 'screening',
              subjectId: id,
              personId: entry.personId,
              breakGlass: decision.breakGlass,
              detail: { code: f.ref, finding: f.id, ...(present.has(f.ref) ? { alreadyPresent: true } : {}) },
            }),
          );
        return {
          entryId: entry.id,
          screeningId: id,
          started: started !== null,
          added: added.map((f) => f.id),
          already: [...already, ...earlier].map((f) => f.id),
        };
      });
    },

    // What one "add the signs" step did, for its confirmation page: the findings named in the address that belong to the
    // entry and went into that screening (anything else in the address is ignored). An audited read of the entry.
    async signsAdded(ctx: Ctx, entryId: string, screeningId: string, added: readonly string[], already: readonly string[]) {
      const now = clock();
      return store.transaction(async (repos) => {
        const entry = isUuid(entryId) ? await repos.chronology.byId(entryId) : undefined;
        if (!entry) throw new NotFound('There is no chronology entry with that reference');
        const { person, decision } = await loadPerson(repos, ctx, 'person.read', entry.personId, now);
        const screening = isUuid(screeningId) ? await repos.screenings.byId(screeningId) : undefined;
        if (!screening || screening.personId !== entry.personId) throw new NotFound('There is no screening with that reference');
        const findings = (await repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'indicator' && f.screeningId === screening.id);
        const pick = (ids: readonly string[]) => findings.filter((f) => ids.includes(f.id));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'chronology.view',
            subjectType: 'chronology_entry',
            subjectId: entry.id,
            personId: entry.personId,
            breakGlass: decision.breakGlass,
          }),
        );
        return { entry, person, screening, added: pick(added), already: pick(already) };
      });
    },

    // Flagged wording per agency and team, by month (issue 4; HMICFRS 2023: "eradicate victim-blaming language").
    async languageReport(ctx: Ctx, months = 12) {
      ensureAllowed(ctx, 'language_report.read');
      const since = monthsBefore(clock(), months);
      return store.repos.notes.languageReport(since);
    },

    // The entries behind one count of the language report, for the lead to follow up wording not dealt with. The same
    // authorisation as the report; the list is audited as other list views are (one event naming the cell).
    async languageReportFindings(ctx: Ctx, raw: unknown, months = 12) {
      ensureAllowed(ctx, 'language_report.read');
      const cell = parse(ReportCellInput, raw);
      const now = clock();
      const since = monthsBefore(now, months);
      return store.transaction(async (repos) => {
        const rows = await repos.notes.languageReportFindings(since, cell);
        await repos.audit.append(auditOf(ctx, now, { action: 'note_finding.list', subjectType: 'note_finding', detail: { ...cell, count: rows.length } }));
        return { cell, rows };
      });
    },
  };
}
