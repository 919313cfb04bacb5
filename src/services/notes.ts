import { z } from 'zod';
import { NotFound, ValidationError } from '../core/errors.ts';
import { possibleEntry } from '../core/language/possible.ts';
import { LEXICON_BY_ID } from '../core/language/lexicon-index.ts';
import { reword, sentenceAround } from '../core/language/reword.ts';
import { isPossibleRef, LANGUAGE_CATEGORY_KEYS } from '../core/language/types.ts';
import { answerHolds, answersFromSigns, mergeAnswer, scores, type SignTime, signTime, type SpottedSign, whenOf } from '../core/screening/from-text.ts';
import { londonDate, monthsBefore } from '../core/records/time.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import { DismissReason, type NoteDecision, SetAsideReason } from './inputs/chronology.ts';
import type { NoteFindingRow } from '../db/repositories/notes.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson } from './context.ts';
import { parse, version } from './inputs/fields.ts';
import { type NoteChecks, noteChecks } from './note-checks.ts';
import { draftScreening } from './screening.ts';
import { type Field, recordFindings, recordPossibleSigns } from './entry-checks.ts';

// Signs ticked on the review page (one value, or several with the same name), at least one.
const tickedSigns = (none: string) =>
  z.preprocess(
    (v): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(z.string().max(100)).min(1, none).max(200),
  );
const AddSignsInput = z.object({ findings: tickedSigns('Select at least one sign to add to the screening') });
// Signs that do not apply to this child, with the practitioner's reason.
const SetAsideInput = z.object({ findings: tickedSigns('Select at least one sign to set aside'), reason: SetAsideReason });

// Said in the evidence of a sign from an older entry, so that the screening shows why it is not current.
const AGE_NOTE: Record<SignTime, string> = {
  current: '',
  earlier: '',
  past: ': 6 to 12 months before it was added',
  older: ': more than 12 months before it was added',
};

// The signs of an entry named by the ids a form posted (each once), or a refusal on `field` if any is not one of them.
async function signsOf(repos: Repositories, entryId: string, ids: readonly string[], field: string): Promise<NoteFindingRow[]> {
  const mine = new Map((await repos.notes.forEntry(entryId)).filter((f) => f.kind === 'indicator').map((f) => [f.id, f]));
  const chosen = [...new Set(ids)].map((id) => mine.get(id));
  if (chosen.some((f) => f === undefined)) throw new ValidationError({ [field]: 'Select signs found in this entry' });
  return chosen as NoteFindingRow[];
}

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
  // Reword: the practitioner's own words replace the flagged ones (core/language/reword.ts checks them).
  z.object({ action: z.literal('accept'), wording: z.string().default(''), version }),
  z.object({
    action: z.literal('dismiss'),
    reason: DismissReason,
  }),
  // `confirm: 'yes'` for words not yet inside quotation marks: the practitioner says the child said them, and they are
  // put in quotation marks (versioned). Words already inside quotation marks need neither.
  z.object({ action: z.literal('quote'), confirm: z.string().optional(), version: version.optional() }),
]);

// The longest each field may be (services/chronology.ts ChronologyInput).
const FIELD_MAX: Record<Field, number> = { summary: 200, detail: 10_000 };

// The checker a finding's new wording is read with: the lexicon's own, or with the classifier for a possible finding.
const checkerFor = (checks: NoteChecks, ref: string) => (isPossibleRef(ref) ? checks.checkLanguageWithClassifier : checks.checkLanguage);
const guidanceFor = (ref: string): readonly string[] | undefined => (isPossibleRef(ref) ? possibleEntry(ref) : LEXICON_BY_ID.get(ref))?.alternatives;

// Applies the decisions made in the live check to the findings of a new entry (in its transaction). A dismissal or a
// quote marks the open finding it names; a quote only counts for lexicon wording inside quotation marks (the editor
// puts the marks in first, once the practitioner confirms that the child said the words). A reword names wording that
// is no longer in the text: it is recorded, as accepted with the original words and the new wording, only if putting
// the original words back where the new wording stands is flagged by the same entry there, and the new wording passes
// the reword rules; anything else is ignored (the review page shows what the saved text holds).
export async function recordLiveDecisions(
  repos: Repositories,
  entry: ChronologyRow,
  findings: NoteFindingRow[],
  decisions: readonly NoteDecision[],
  by: { decidedBy: string; decidedAt: Date; teamId: string | null },
): Promise<LiveDecisionCounts> {
  const decided = { decidedBy: by.decidedBy, decidedAt: by.decidedAt };
  const counts: LiveDecisionCounts = { reworded: 0, dismissed: 0, quoted: 0 };
  const rewords: (typeof findings)[number][] = [];
  let rewordsTried = 0;
  for (const d of decisions) {
    if (d.action === 'reword') {
      // Each costs a check of the field per place the wording stands: a bounded number per save (a typed note has a
      // handful; the rest are ignored, as decisions the text does not bear out are).
      if (++rewordsTried > MAX_LIVE_REWORDS) continue;
      // One accepted finding per flagged span the card's wording replaced: the report counts findings, not cards.
      const rows = rewordedFindings(await noteChecks(), entry, d).filter((row) => !rewords.some((r) => r.field === row.field && r.start === row.start));
      rewords.push(
        ...(await repos.notes.insertMany(
          rows.map((row) => ({
            ...row,
            entryId: entry.id,
            personId: entry.personId,
            agencyId: entry.agencyId,
            teamId: by.teamId,
            kind: 'language',
            createdAt: by.decidedAt,
            status: 'accepted',
            ...decided,
          })),
        )),
      );
      continue;
    }
    // Every open finding of the same words in the field: the live panel shows them as one card ("promiscuous" x 70).
    const same = findings.filter((x) => x.kind === 'language' && x.status === 'open' && x.field === d.field && x.ref === d.ref && x.text === d.text);
    for (const f of same) {
      if (d.action === 'quote' && (!f.quoted || isPossibleRef(f.ref))) continue;
      const status = d.action === 'dismiss' ? 'dismissed' : 'quoted';
      f.status = status;
      if (await repos.notes.decide(f.id, { status, reason: d.action === 'dismiss' ? d.reason : null, ...decided })) counts[status] += 1;
    }
  }
  findings.push(...rewords);
  counts.reworded = rewords.length;
  return counts;
}

/** The live decisions recorded with an entry, for its audit event (the review page's decisions are audited one by one). */
export type LiveDecisionCounts = { reworded: number; dismissed: number; quoted: number };

const MAX_LIVE_REWORDS = 20;
// Places of one reword's wording looked at in a field (a card covered "promiscuous" 70 times): each costs string work
// only, as the field is checked twice per reword, not once per place.
const MAX_REWORD_PLACES = 200;

// A live reword as finding rows, one per place its wording stands in for the flagged words (the live panel rewords
// every one of a card's identical findings at once), or none where the saved text does not bear it out. The original
// is the saved text with the flagged words put back at every place, checked once; a place counts when the words put
// back there are flagged by the same entry and the reword rules pass the wording there (each place's reword reads the
// saved text itself, so that check is made once too).
function rewordedFindings(checks: NoteChecks, entry: ChronologyRow, d: Extract<NoteDecision, { action: 'reword' }>) {
  const text = entry[d.field];
  const guidance = guidanceFor(d.ref);
  if (!guidance) return [];
  const checker = checkerFor(checks, d.ref);
  let last: { text: string; found: ReturnType<typeof checker> } | undefined;
  const check = (t: string) => (last?.text === t ? last.found : (last = { text: t, found: checker(t) }).found);
  const places: number[] = [];
  for (let at = text.indexOf(d.wording); at >= 0 && places.length < MAX_REWORD_PLACES; at = text.indexOf(d.wording, at + d.wording.length)) places.push(at);
  const pieces: string[] = [];
  let from = 0;
  for (const at of places) {
    pieces.push(text.slice(from, at), d.text);
    from = at + d.wording.length;
  }
  const original = pieces.join('') + text.slice(from);
  const flagged = places.length ? checker(original) : [];
  const shift = d.text.length - d.wording.length;
  return places.flatMap((at, i) => {
    const start = at + i * shift;
    const was = flagged.find((f) => f.entryId === d.ref && f.start === start && f.end === start + d.text.length);
    if (!was) return [];
    const one = text.slice(0, at) + d.text + text.slice(at + d.wording.length);
    const r = reword(one, { start: at, end: at + d.text.length, ref: d.ref }, d.wording, guidance, check);
    if (!r.ok || r.text !== text) return [];
    return [{ field: d.field, ref: d.ref, category: was.category, start: r.start, end: r.end, text: d.text, quoted: false, reason: r.wording }];
  });
}

export function notesService(store: Store, clock: Clock) {
  // An entry by the id in its address, and the right to `action` on its child (403 for someone outside the case team).
  async function loadEntry(repos: Repositories, ctx: Ctx, entryId: string, action: 'person.read' | 'chronology.add', now: Date) {
    const entry = isUuid(entryId) ? await repos.chronology.byId(entryId) : undefined;
    if (!entry) throw new NotFound('There is no chronology entry with that reference');
    return { entry, ...(await loadPerson(repos, ctx, action, entry.personId, now)) };
  }

  // The audit event of one decision on a sign (set aside, put back).
  const signEvent = (ctx: Ctx, now: Date, entry: ChronologyRow, breakGlass: boolean, action: string, f: NoteFindingRow) =>
    auditOf(ctx, now, {
      action,
      subjectType: 'chronology_entry',
      subjectId: entry.id,
      personId: entry.personId,
      breakGlass,
      detail: { code: f.ref, finding: f.id },
    });

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
        const { entry, person, decision } = await loadEntry(repos, ctx, entryId, 'person.read', now);
        // Never checked (seeded, imported or written before the checks): checked now, as if on save by its author, so
        // that the page never says nothing was found when nothing was looked for. Checked before the possible signs
        // existed: those are added now, the same way.
        if (!entry.checkedAt || !entry.possibleCheckedAt) {
          const teamId = (await repos.users.byId(entry.authorId))?.teamId ?? null;
          await (entry.checkedAt ? recordPossibleSigns : recordFindings)(repos, entry, teamId, now, entry.createdAt);
        }
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
        // Today's London date: the page says how long ago each sign was (core/screening/from-text.ts signTime).
        return { entry, person, findings, today: londonDate(now) };
      });
    },

    // Reword (the practitioner's own words replace the flagged ones: the entry text changes, versioned), dismiss with a
    // reason, or keep as the child's words (put in quotation marks, versioned, when they were not already).
    // `entryId`: the entry whose review page the decision was posted from; a finding of another entry is not found.
    async decide(ctx: Ctx, findingId: string, raw: unknown, entryId?: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        if (entryId !== undefined) {
          // Posted from an entry's review page: the entry and the right to change it come first (403 before 404).
          await loadEntry(repos, ctx, entryId, 'chronology.add', now);
          if (!isUuid(findingId)) throw new ValidationError({ action: 'Choose a suggestion to decide on' });
        }
        const { finding: f, entry, decision } = await loadFinding(repos, ctx, findingId, now);
        if (entryId !== undefined && f.entryId !== entryId) throw new NotFound('There is no finding with that reference');
        if (f.kind !== 'language') throw new ValidationError({ action: 'Only wording suggestions can be accepted, dismissed or kept as a quote' });
        const input = parse(DecideInput, raw);
        if (f.status !== 'open') throw new ValidationError({ action: 'This suggestion has already been dealt with' });
        const base = { decidedBy: ctx.actor.id, decidedAt: now };
        const field = f.field as Field;
        const current = entry[field];
        const changed = () => new ValidationError({ action: 'The entry has changed since this was found: reload the page' });
        if (input.action === 'accept') {
          if (isPossibleRef(f.ref))
            throw new ValidationError({
              action:
                'This is a possible finding with guidance: the saved entry is kept as written. Dismiss it with a reason, and record it differently from now on',
            });
          const guidance = guidanceFor(f.ref);
          if (!guidance) throw new ValidationError({ action: 'This wording can no longer be reworded here: dismiss it with a reason' });
          if (current.slice(f.start, f.end) !== f.text) throw changed();
          const r = reword(current, { start: f.start, end: f.end, ref: f.ref }, input.wording, guidance, checkerFor(await noteChecks(), f.ref));
          if (!r.ok) throw new ValidationError({ wording: r.error });
          if (r.text.length > FIELD_MAX[field])
            throw new ValidationError({ wording: `The ${field} would be longer than ${FIELD_MAX[field].toLocaleString('en-GB')} characters: use fewer words` });
          const updated = await repos.notes.updateEntryText(entry.id, input.version, { [field]: r.text });
          if (!updated) throw new ValidationError({ action: 'Someone else changed this entry: reload the page' });
          await repos.notes.insertAt(entry.id, field, f.end, r.wording.length - (f.end - f.start), true);
          // The finding keeps the original words (its text) and records the new wording; its span is the new wording's.
          if (!(await repos.notes.decide(f.id, { ...base, status: 'accepted', reason: r.wording, start: r.start, end: r.end })))
            throw new ValidationError({ action: 'This suggestion has already been dealt with' });
        } else if (input.action === 'quote') {
          if (isPossibleRef(f.ref))
            throw new ValidationError({
              action: 'A possible finding is the classifier’s reading of the sentence, not words to keep: dismiss it with a reason if it is right as written',
            });
          if (f.quoted) {
            if (!(await repos.notes.decide(f.id, { ...base, status: 'quoted' })))
              throw new ValidationError({ action: 'This suggestion has already been dealt with' });
          } else {
            // Not inside quotation marks: only if the child said these words, and then they are put in quotation marks.
            if (input.confirm !== 'yes')
              throw new ValidationError({ confirm: 'Confirm that the child said these exact words, or reword or dismiss this suggestion' });
            if (input.version === undefined) throw new ValidationError({ action: 'The form is out of date: reload the page' });
            if (current.slice(f.start, f.end) !== f.text) throw changed();
            const quoted = `${current.slice(0, f.start)}“${f.text}”${current.slice(f.end)}`;
            if (quoted.length > FIELD_MAX[field])
              throw new ValidationError({ confirm: `The ${field} would be too long with quotation marks: edit it instead` });
            const updated = await repos.notes.updateEntryText(entry.id, input.version, { [field]: quoted });
            if (!updated) throw new ValidationError({ action: 'Someone else changed this entry: reload the page' });
            // One mark before the words and one after: every offset past f.start moves by one, past f.end by two.
            await repos.notes.insertAt(entry.id, field, f.start, 1, false);
            await repos.notes.insertAt(entry.id, field, f.end + 1, 1, false);
            if (!(await repos.notes.decide(f.id, { ...base, status: 'quoted', quoted: true, start: f.start + 1, end: f.end + 1 })))
              throw new ValidationError({ action: 'This suggestion has already been dealt with' });
          }
        } else {
          const done = await repos.notes.decide(f.id, { ...base, status: 'dismissed', reason: input.reason });
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
        const { entry, subject, decision } = await loadEntry(repos, ctx, entryId, 'chronology.add', now);
        const { findings: ids } = parse(AddSignsInput, raw);
        const signs = await signsOf(repos, entry.id, ids, 'findings');
        if (signs.some((f) => !scores(spotted(f))))
          throw new ValidationError({
            findings:
              'A sign that is ruled out, only possible, or about someone other than the child, their family or their friends being exploited is not scored: record it in a screening yourself if it applies',
          });
        if (signs.some((f) => f.status === 'dismissed'))
          throw new ValidationError({ findings: 'A ticked sign was set aside since the page opened: reload the page' });
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
        // A sign is there already only when the draft holds its code as present for the same time (a current sign
        // beside a past answer is added: the answer becomes "both", which scores as current).
        // The entry's own date decides how long ago each sign was (core/screening/from-text.ts signTime).
        const day = londonDate(entry.occurredAt);
        const timeOf = (f: { historical: boolean }) => signTime(f, day, londonDate(now));
        const present = new Map(answers.filter((a) => a.status === 'present').map((a) => [a.code, a]));
        const covered = (f: NoteFindingRow) => answerHolds(present.get(f.ref), whenOf(timeOf(f)));
        const already = open.filter(covered);
        const added = open.filter((f) => !covered(f));
        const rowOf = new Map<SpottedSign, NoteFindingRow>(added.map((f) => [spotted(f), f]));
        const fresh = answersFromSigns(
          [...rowOf.keys()],
          (x) => {
            const f = rowOf.get(x)!;
            return `${sentenceAround(entry[f.field as Field], f.start, f.end)} (chronology, ${day}${AGE_NOTE[timeOf(f)]})`;
          },
          (x) => whenOf(timeOf(x)),
        );
        if (fresh.length) {
          const codes = new Set(fresh.map((a) => a.code));
          await repos.screenings.replaceAnswers(id, [
            ...answers.filter((a) => !codes.has(a.code)),
            ...fresh.map((a) => {
              const m = mergeAnswer(present.get(a.code), a);
              return { code: m.code, status: m.status, when: m.when ?? null, evidence: m.evidence ?? '' };
            }),
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
              detail: { code: f.ref, finding: f.id, ...(already.includes(f) ? { alreadyPresent: true } : {}) },
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

    // Sets aside signs that do not apply to this child (misread, about someone else, or already known), with a reason
    // the record keeps: they are then no longer counted as signs waiting for a screening. All or nothing, audited.
    async setAsideSigns(ctx: Ctx, entryId: string, raw: unknown): Promise<{ entryId: string; setAside: number }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { entry, decision } = await loadEntry(repos, ctx, entryId, 'chronology.add', now);
        const { findings: ids, reason } = parse(SetAsideInput, raw);
        const chosen = await signsOf(repos, entry.id, ids, 'setAside');
        for (const f of chosen) {
          if (!(await repos.notes.decide(f.id, { status: 'dismissed', reason, decidedBy: ctx.actor.id, decidedAt: now })))
            throw new ValidationError({ setAside: 'A ticked sign is already in a screening or set aside: reload the page' });
          await repos.audit.append(signEvent(ctx, now, entry, decision.breakGlass, 'note_finding.set_aside', f));
        }
        return { entryId: entry.id, setAside: chosen.length };
      });
    },

    // Puts back a sign set aside by mistake: open again, waiting for a screening; the audit trail keeps both steps.
    async reopenSign(ctx: Ctx, entryId: string, findingId: string): Promise<{ entryId: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { entry, decision } = await loadEntry(repos, ctx, entryId, 'chronology.add', now);
        const [f] = await signsOf(repos, entry.id, [findingId], 'reopen');
        if (!(await repos.notes.reopenSign(f!.id))) throw new ValidationError({ reopen: 'This sign is not set aside: reload the page' });
        await repos.audit.append(signEvent(ctx, now, entry, decision.breakGlass, 'note_finding.reopen', f!));
        return { entryId: entry.id };
      });
    },

    // What one "add the signs" step did, for its confirmation page: the findings named in the address that belong to the
    // entry and went into that screening (anything else in the address is ignored). An audited read of the entry.
    async signsAdded(ctx: Ctx, entryId: string, screeningId: string, added: readonly string[], already: readonly string[]) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { entry, person, decision } = await loadEntry(repos, ctx, entryId, 'person.read', now);
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
        return { entry, person, screening, added: pick(added), already: pick(already), today: londonDate(now) };
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
    async languageReportFindings(ctx: Ctx, raw: unknown, page = 1, size = 50, months = 12) {
      ensureAllowed(ctx, 'language_report.read');
      const cell = parse(ReportCellInput, raw);
      const now = clock();
      const since = monthsBefore(now, months);
      return store.transaction(async (repos) => {
        const r = await repos.notes.languageReportFindings(since, cell, page, size);
        const detail = { ...cell, count: r.total, page: r.page, shown: r.rows.length };
        await repos.audit.append(auditOf(ctx, now, { action: 'note_finding.list', subjectType: 'note_finding', detail }));
        return { cell, ...r };
      });
    },
  };
}
