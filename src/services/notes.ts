import { z } from 'zod';
import { NotFound, ValidationError } from '../core/errors.ts';
import { checkLanguageWithClassifier, isPossibleRef } from '../core/language/classifier.ts';
import { LEXICON_BY_ID } from '../core/language/lexicon-index.ts';
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

    // Adds a suggested indicator to the child's next screening (a draft, started if there is none) in one step.
    async addToScreening(ctx: Ctx, findingId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { finding: f, entry, subject, decision } = await loadFinding(repos, ctx, findingId, now);
        if (f.kind !== 'indicator' || f.status !== 'open') throw new ValidationError({ action: 'This sign has already been dealt with' });
        if (f.negated || f.hypothetical)
          throw new ValidationError({ action: 'A negated or possible sign is not scored: record it in a screening yourself if it applies' });
        const caseId = entry.caseId ?? subject.cases[0]?.caseId;
        if (!caseId) throw new ValidationError({ action: 'Open a case for this child first' });
        const { id, audit: started } = await draftScreening(repos, ctx, caseId, now);
        const s = (await repos.screenings.byId(id))!;
        const answers = await repos.screenings.answers(id);
        const evidence = `${sentenceAround(entry[f.field as Field], f.start, f.end)} (chronology, ${entry.occurredAt.toISOString().slice(0, 10)})`.slice(
          0,
          4000,
        );
        const when = f.historical ? 'past' : 'current';
        const others = answers.filter((a) => a.code !== f.ref);
        await repos.screenings.replaceAnswers(id, [...others, { code: f.ref, status: 'present', when, evidence }]);
        await repos.screenings.update(id, s.version, {});
        await repos.notes.decide(f.id, { status: 'screened', screeningId: id, decidedBy: ctx.actor.id, decidedAt: now });
        // Last, in the order they happened: the new draft's start (when one was started), then the finding's move.
        if (started) await repos.audit.append(started);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'note_finding.to_screening',
            subjectType: 'screening',
            subjectId: id,
            personId: entry.personId,
            breakGlass: decision.breakGlass,
            detail: { code: f.ref },
          }),
        );
        return { screeningId: id };
      });
    },

    // Flagged wording per agency and team, by month (issue 4; HMICFRS 2023: "eradicate victim-blaming language").
    async languageReport(ctx: Ctx, months = 12) {
      ensureAllowed(ctx, 'language_report.read');
      const since = monthsBefore(clock(), months);
      return store.repos.notes.languageReport(since);
    },
  };
}
