import { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { givenNameKeys, normaliseName, normaliseNhsNumber, nhsNumberProblem, searchableName } from '../core/identity/index.ts';
import { can, type PersonSubject, seesNames } from '../core/policy/index.ts';
import { isRealDate } from '../core/records/age.ts';
import { normaliseReference } from '../core/records/reference.ts';
import type { CaseRow, MemberRow, TaskRow } from '../db/repositories/cases.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import type { OpenFindingCount } from '../db/repositories/record-page.ts';
import { scores } from '../core/screening/from-text.ts';
import type { PersonParts, PersonRecord, SearchCriteria } from '../db/repositories/people.ts';
import type { AgencyRow } from '../db/repositories/users.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, loadPerson, lostRace } from './context.ts';
import { ChronologyFilter } from './inputs/chronology.ts';
import { parse, version } from './inputs/fields.ts';
import { type ScreeningSummary, screeningSummary } from './screening-context.ts';
import { placeLocation } from '../core/geo/place.ts';
import type { Geo } from './geo.ts';
import { type PersonInput, personInput } from './inputs/person.ts';

export const SearchInput = z.object({
  name: z.string().trim().max(100).optional(),
  dateOfBirth: z.string().trim().optional(),
  nhsNumber: z.string().trim().optional(),
  reference: z.string().trim().max(60).optional(),
  kind: z.enum(['child', 'adult']).optional(),
});

export type SearchHit =
  | { access: 'visible'; id: string; kind: string; name: string; otherNames: string[]; dateOfBirth: string | null; gender: string; postcode: string | null }
  | { access: 'restricted'; id: string; kind: string };

function partsFrom(input: PersonInput, agencyId: string, geo: Geo | null): PersonParts {
  return {
    names: input.names.map((n) => ({
      kind: n.kind,
      given: n.given,
      family: n.family,
      ...searchableName(n.given, n.family),
    })),
    identifiers: input.identifiers.map((i) => ({ kind: i.kind, value: i.value, valueNormalised: normaliseReference(i.value), agencyId })),
    // Each address is placed in its ward when the configured postcode lookup knows the postcode (issue 6).
    addresses: input.addresses.map((a) => {
      const found = geo?.postcodes?.lookup(a.postcode);
      if (!geo || !found || found.lat === null || found.lon === null) return a;
      const placed = placeLocation({ postcode: a.postcode }, geo.wards, geo.postcodes);
      return { ...a, latitude: placed.lat, longitude: placed.lon, wardCode: placed.wardCode };
    }),
  };
}

const columnsFrom = (input: PersonInput) => ({
  kind: input.kind,
  dateOfBirth: input.dateOfBirth,
  dobEstimated: input.dobEstimated,
  gender: input.gender,
  ethnicity: input.ethnicity,
  nhsNumber: input.nhsNumber,
  school: input.school,
  lookedAfter: input.lookedAfter,
  cpPlan: input.cpPlan,
});

export function criteriaFrom(raw: z.infer<typeof SearchInput>): SearchCriteria {
  const errors: Record<string, string> = {};
  const c: SearchCriteria = { kind: raw.kind };
  const words = normaliseName(raw.name ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 1) c.single = { raw: words[0]!, keys: givenNameKeys(words[0]!) };
  if (words.length >= 2) {
    c.given = { raw: words[0]!, keys: givenNameKeys(words[0]!) };
    c.family = words.slice(1).join(' ');
  }
  if (raw.dateOfBirth) {
    if (isRealDate(raw.dateOfBirth)) c.dateOfBirth = raw.dateOfBirth;
    else errors['dateOfBirth'] = 'Date of birth must be a real date';
  }
  if (raw.nhsNumber) {
    const problem = nhsNumberProblem(raw.nhsNumber);
    if (problem) errors['nhsNumber'] = problem;
    else c.nhsNumber = normaliseNhsNumber(raw.nhsNumber) ?? undefined;
  }
  if (raw.reference) c.reference = normaliseReference(raw.reference) || undefined;
  if (Object.keys(errors).length) throw new ValidationError(errors);
  if (!words.length && !c.dateOfBirth && !c.nhsNumber && !c.reference)
    throw new ValidationError({ name: 'Enter a name, date of birth, NHS number or reference to search' });
  return c;
}

// Chronology entries on one page of the child's record: a long chronology (hundreds of entries) pages instead of
// loading and rendering all of them on every view.
export const CHRONOLOGY_PAGE = 50;

// What is left to do on each entry's "Check the wording and signs" page: wording not dealt with, and signs not yet in a
// screening that the screening would score (core/screening/from-text.ts; a negated or possible sign never is).
function openFindingsByEntry(rows: readonly OpenFindingCount[]): Map<string, { wording: number; signs: number }> {
  const out = new Map<string, { wording: number; signs: number }>();
  for (const r of rows) {
    const c = out.get(r.entryId) ?? { wording: 0, signs: 0 };
    if (r.kind === 'language') c.wording += r.n;
    else if (scores({ ...r, code: r.ref, text: '', experiencer: r.experiencer === 'other' ? 'other' : 'child' })) c.signs += r.n;
    out.set(r.entryId, c);
  }
  return out;
}

// A completed or draft screening as the record page lists it (the level-over-time chart and table).

export function peopleService(store: Store, clock: Clock, geo: Geo | null = null) {
  async function hitsFor(repos: Repositories, ctx: Ctx, ids: string[], now: Date): Promise<SearchHit[]> {
    const people = new Map((await repos.people.getMany(ids)).map((p) => [p.id, p]));
    const teams = await repos.cases.teamsForPeople(ids);
    const glass = await repos.cases.activeBreakGlassFor(ctx.actor.id, ids, now);
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const p = people.get(id);
      if (!p) continue;
      const subject: PersonSubject = {
        kind: 'person',
        personId: id,
        createdBy: p.createdBy,
        createdByAgency: p.createdByAgency,
        cases: teams.get(id) ?? [],
        breakGlassActive: glass.has(id),
      };
      // Only what the user may see: outside the case team a match shows no identifying detail.
      if (!can(ctx.actor, 'person.read', subject).allowed || !seesNames(ctx.actor)) {
        hits.push({ access: 'restricted', id, kind: p.kind });
        continue;
      }
      const legal = p.names.find((n) => n.kind === 'legal') ?? p.names[0];
      hits.push({
        access: 'visible',
        id,
        kind: p.kind,
        name: legal ? `${legal.given} ${legal.family}`.trim() : '(no name)',
        otherNames: p.names.filter((n) => n !== legal).map((n) => `${n.given} ${n.family}`.trim()),
        dateOfBirth: p.dateOfBirth,
        gender: p.gender,
        postcode: p.addresses[0]?.postcode ?? null,
      });
    }
    return hits;
  }

  return {
    async search(ctx: Ctx, raw: unknown): Promise<SearchHit[]> {
      ensureAllowed(ctx, 'person.search');
      const criteria = criteriaFrom(parse(SearchInput, raw));
      const now = clock();
      return store.transaction(async (repos) => {
        const rows = await repos.people.search(criteria);
        // Records the user may open come first; restricted matches follow for break-glass.
        const hits = (
          await hitsFor(
            repos,
            ctx,
            rows.map((r) => r.id),
            now,
          )
        ).sort((a, b) => Number(a.access === 'restricted') - Number(b.access === 'restricted'));
        // The audit records which criteria were used and how many matched, not the search terms.
        // entries<unknown>: an optional criterion can be present with the value undefined, which its type does not say.
        const used = Object.entries<unknown>(criteria)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k);
        await repos.audit.append(auditOf(ctx, now, { action: 'person.search', subjectType: 'search', detail: { criteria: used, results: hits.length } }));
        return hits;
      });
    },

    async create(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
      ensureAllowed(ctx, 'person.create');
      const now = clock();
      const input = parse(personInput(now), raw);
      return store.transaction(async (repos) => {
        const p = await repos.people.create(
          { ...columnsFrom(input), createdBy: ctx.actor.id, createdByAgency: ctx.actor.agencyId, createdAt: now, updatedAt: now },
          partsFrom(input, ctx.actor.agencyId, geo),
        );
        await repos.audit.append(
          auditOf(ctx, now, { action: 'person.create', subjectType: 'person', subjectId: p.id, personId: p.id, detail: { kind: p.kind } }),
        );
        return { id: p.id };
      });
    },

    // The child's record page in one audited read: the record, its cases with their teams and open tasks, one page of the
    // chronology (newest first), the screening history, and the names the page shows. One transaction and one policy
    // check instead of one per part; the audit event is its last statement, so the chain's lock is held only until the
    // commit. An unreadable chronology filter shows no entries, as before.
    async record(
      ctx: Ctx,
      personId: string,
      raw: { kind?: string; agencyId?: string; page?: string } = {},
    ): Promise<{
      person: PersonRecord;
      breakGlass: boolean;
      cases: (CaseRow & { members: MemberRow[]; tasks: TaskRow[] })[];
      entries: ChronologyRow[];
      chronologyPage: { page: number; hasOlder: boolean; pageSize: number };
      screenings: ScreeningSummary[];
      agencies: AgencyRow[];
      staffNames: Map<string, string>;
      /** Per entry on the page: wording not dealt with, and signs the screening would score not yet in one. */
      openFindings: Map<string, { wording: number; signs: number }>;
    }> {
      const now = clock();
      const filter = ChronologyFilter.safeParse({ kind: raw.kind ?? '', agencyId: raw.agencyId ?? '' });
      const pageNo = /^[1-9]\d{0,5}$/.test(raw.page ?? '') ? Number(raw.page) : 1;
      return store.transaction(async (repos) => {
        const { person, decision } = await loadPerson(repos, ctx, 'person.read', personId, now);
        const cases = await repos.cases.forPersonWithTeams(personId);
        // One row past the page says whether there are older entries.
        const parts = await repos.recordPage.parts(personId, filter.success ? filter.data : null, CHRONOLOGY_PAGE + 1, (pageNo - 1) * CHRONOLOGY_PAGE);
        const entries = parts.entries.slice(0, CHRONOLOGY_PAGE);
        const screenings = parts.screenings.map(screeningSummary);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'person.view',
            subjectType: 'person',
            subjectId: person.id,
            personId: person.id,
            breakGlass: decision.breakGlass,
            detail: { basis: decision.basis },
          }),
        );
        return {
          person,
          breakGlass: decision.breakGlass,
          cases,
          entries,
          chronologyPage: { page: pageNo, hasOlder: parts.entries.length > CHRONOLOGY_PAGE, pageSize: CHRONOLOGY_PAGE },
          screenings,
          agencies: parts.agencies,
          staffNames: parts.staffNames,
          openFindings: openFindingsByEntry(parts.openFindings),
        };
      });
    },

    // Every view of a record is audited in the same transaction as the read.
    async view(ctx: Ctx, personId: string, purpose = 'direct care'): Promise<{ person: PersonRecord; breakGlass: boolean; basis: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, decision } = await loadPerson(repos, ctx, 'person.read', personId, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'person.view',
            subjectType: 'person',
            subjectId: person.id,
            personId: person.id,
            purpose,
            breakGlass: decision.breakGlass,
            detail: { basis: decision.basis },
          }),
        );
        return { person, breakGlass: decision.breakGlass, basis: decision.basis };
      });
    },

    // Compare-and-set on version: a stale save gets Conflict with the current record, never last-write-wins.
    async update(ctx: Ctx, personId: string, raw: unknown): Promise<{ id: string; version: number }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, decision } = await loadPerson(repos, ctx, 'person.update', personId, now);
        const expected = parse(z.object({ version }), raw).version;
        const input = parse(personInput(now), raw);
        if (person.kind !== input.kind) throw new ValidationError({ kind: 'A record cannot change between child and adult' });
        const updated =
          person.version === expected
            ? await repos.people.update(personId, expected, { ...columnsFrom(input), updatedAt: now }, partsFrom(input, ctx.actor.agencyId, geo))
            : undefined;
        // Re-read: the row this transaction loaded may be older than the save that won (read committed).
        if (!updated) return lostRace('Someone else changed this record after you opened it', person, () => repos.people.get(personId));
        const changed = Object.entries(columnsFrom(input))
          .filter(([k, v]) => (person as Record<string, unknown>)[k] !== v)
          .map(([k]) => k);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'person.update',
            subjectType: 'person',
            subjectId: personId,
            personId,
            breakGlass: decision.breakGlass,
            detail: { changed, version: updated.version },
          }),
        );
        return { id: personId, version: updated.version };
      });
    },
  };
}
