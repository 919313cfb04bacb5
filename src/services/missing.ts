import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { missingPatterns, PATTERN_KINDS, type PatternFlag } from '../core/mase/patterns.ts';
import { displayName } from '../core/records/names.ts';
import { rhiClock, rhiDueAt, type RhiClock } from '../core/mase/rhi-clock.ts';
import { MISSING_FROM, POLICE_RISK, RETURN_METHODS, type RhiStatus } from '../core/mase/vocab.ts';
import { can, type PersonSubject } from '../core/policy/index.ts';
import { londonDate } from '../core/records/time.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import type { EpisodeRow, RhiRow } from '../db/repositories/missing.ts';
import type { PersonRecord } from '../db/repositories/people.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson, personSubject, lostRace } from './context.ts';
import type { Geo } from './geo.ts';
import { parse } from './inputs/fields.ts';
import { AssignInput, EpisodeInput, OutcomeInput, ReturnInput } from './inputs/missing.ts';
import { CaptureInput } from './inputs/network.ts';
import { describeEntity, entityVisible, type EntityView, linkCapture, linkVisible, readablePeople } from './network.ts';
import { addCheckedEntry } from './entry-checks.ts';

// Missing episodes and return home interviews (issue 7; SOURCES.md 2f). Recording an episode writes a chronology entry
// of kind missing_episode (the figures and the ward map count those), and links where the child went missing from,
// where they were found and who they were found with, with that entry as the source. A return starts the 72-hour RHI
// clock. The RHI is offered by someone independent of the child's care; what it finds becomes links through quick
// capture from its own chronology entry.

const DAY = 86_400_000;
const PATTERN_DAYS = 365; // patterns are looked for in the last 12 months of episodes
const SKEW = 60_000; // a minute's leeway between the browser's clock and ours

export type ChildRef = { id: string; name: string | null }; // name null: a record the reader may not open
export type RhiView = { rhi: RhiRow; clock: RhiClock; assignee: string | null; assigneeAgency: string | null };
export type EpisodeSummary = {
  episode: EpisodeRow;
  missingFromLabel: string;
  policeRiskLabel: string;
  returnMethodLabel: string | null;
  rhi: RhiView | null;
};
export type PlaceChoice = EntityView;
export type EpisodeView = EpisodeSummary & {
  child: ChildRef;
  agency: string;
  places: { missingFrom: EntityView | null; foundAt: EntityView | null; foundWith: EntityView | null };
  can: { recordReturn: boolean; assign: boolean; recordOutcome: boolean; capture: boolean };
  assignees: { id: string; name: string; agency: string }[];
  choices: { places: EntityView[]; people: EntityView[] };
};
export type DashboardItem = { episodeId: string; child: ChildRef; agency: string; returnedAt: Date; rhi: RhiView; assignedToMe: boolean };
export type PatternView = PatternFlag & { title: string; children: ChildRef[]; hiddenChildren: number };

// A stored key's label; a key outside the vocabulary (older data) is shown as it is.
const labelOf = (vocab: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(vocab, key) ? vocab[key]! : key);

const nameOf = (p: PersonRecord): string => displayName(p.names);

// The people named on the child's case teams (key workers and named members): they are involved in the child's care,
// so they cannot offer the independent interview (statutory guidance; SOURCES.md 2f).
const namedOnTeam = (s: PersonSubject): Set<string> =>
  new Set(s.cases.flatMap((c) => [c.keyWorkerId, ...c.members.flatMap((m) => (m.userId ? [m.userId] : []))]));

// Which form field a capture error belongs to, per link recorded from the episode form.
type Target = 'missingFrom' | 'foundAt' | 'foundWith';
const FIELD_OF: Record<Target, Record<string, string>> = {
  missingFrom: { entityId: 'missingFromPlaceId', label: 'missingFromPlace', postcode: 'missingFromPostcode' },
  foundAt: { entityId: 'foundAtPlaceId', label: 'foundAtPlace', postcode: 'foundAtPostcode' },
  foundWith: { entityId: 'foundWithPersonId', name: 'foundWithName', role: 'foundWithRole' },
};

const MAIN_FIELD: Record<Target, string> = { missingFrom: 'missingFromPlace', foundAt: 'foundAtPlace', foundWith: 'foundWithName' };

type ReturnParts = {
  foundAtPlaceId?: string | undefined;
  foundAtPlace: string | null;
  foundAtPostcode: string | null;
  foundAtDetail: string | null;
  foundWithPersonId?: string | undefined;
  foundWithName: string | null;
  foundWithRole?: string | null | undefined;
  foundWithDetail: string | null;
  returnMethod?: keyof typeof RETURN_METHODS | null | undefined;
  returnDetail: string | null;
};

export function missingService(store: Store, clock: Clock, geo: Geo | null = null) {
  // Links one place or person to the child from the episode's entry (services/network.ts does the work). The link's
  // audit row goes on `audits`, for the caller to append with its own as the transaction's last statements.
  async function link(
    repos: Repositories,
    ctx: Ctx,
    loaded: { entry: ChronologyRow; person: PersonRecord; decision: { breakGlass: boolean } },
    target: Target,
    raw: Record<string, unknown>,
    now: Date,
    audits: AuditInput[],
  ): Promise<string> {
    try {
      const { entityId, audit } = await linkCapture(repos, ctx, loaded, parse(CaptureInput, raw), now, geo);
      audits.push(audit);
      return entityId;
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const map = FIELD_OF[target];
      throw new ValidationError(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [map[k] ?? MAIN_FIELD[target], v])));
    }
  }

  // Where the child was found and with whom, as links from the episode's entry; returns the entity ids.
  async function linkReturn(
    repos: Repositories,
    ctx: Ctx,
    loaded: { entry: ChronologyRow; person: PersonRecord; decision: { breakGlass: boolean } },
    r: ReturnParts,
    returnedAt: Date,
    now: Date,
    audits: AuditInput[],
  ): Promise<{ foundAt: string | null; foundWith: string | null }> {
    const validFrom = londonDate(returnedAt);
    let foundAt: string | null = null;
    let foundWith: string | null = null;
    if (r.foundAtPlaceId ?? r.foundAtPlace ?? r.foundAtPostcode)
      foundAt = await link(
        repos,
        ctx,
        loaded,
        'foundAt',
        {
          kind: 'location',
          entityId: r.foundAtPlaceId ?? '',
          label: r.foundAtPlace ?? '',
          postcode: r.foundAtPostcode ?? '',
          locationType: '',
          linkType: 'found_at',
          confidence: 'confirmed',
          validFrom,
          validTo: validFrom,
          note: r.foundAtDetail ?? '',
        },
        now,
        audits,
      );
    if (r.foundWithPersonId ?? r.foundWithName) {
      // A drop-off is recorded as one: who brought the child back can be the person exploiting them (SOURCES.md 2f).
      const dropped = r.returnMethod === 'dropped_off_known' || r.returnMethod === 'dropped_off_unknown';
      foundWith = await link(
        repos,
        ctx,
        loaded,
        'foundWith',
        {
          kind: 'person',
          entityId: r.foundWithPersonId ?? '',
          name: r.foundWithName ?? '',
          nameKind: 'nickname',
          role: r.foundWithRole ?? '',
          linkType: dropped ? 'dropped_off_by' : 'seen_with',
          confidence: 'reported',
          validFrom,
          validTo: validFrom,
          note: r.foundWithDetail ?? '',
        },
        now,
        audits,
      );
    }
    return { foundAt, foundWith };
  }

  async function usersById(repos: Repositories): Promise<Map<string, { name: string; agency: string }>> {
    const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
    return new Map((await repos.users.list()).map((u) => [u.id, { name: u.displayName, agency: agencies.get(u.agencyId) ?? '' }]));
  }

  function rhiView(rhi: RhiRow | undefined, ep: EpisodeRow, users: Map<string, { name: string; agency: string }>, now: Date): RhiView | null {
    if (!rhi || !ep.returnedAt) return null;
    const who = rhi.assignedTo ? users.get(rhi.assignedTo) : undefined;
    return {
      rhi,
      clock: rhiClock({ returnedAt: ep.returnedAt, status: rhi.status as RhiStatus, completedAt: rhi.completedAt }, now),
      assignee: who?.name ?? null,
      assigneeAgency: who?.agency ?? null,
    };
  }

  const summary = (ep: EpisodeRow, rhi: RhiView | null): EpisodeSummary => ({
    episode: ep,
    missingFromLabel: labelOf(MISSING_FROM, ep.missingFrom),
    policeRiskLabel: labelOf(POLICE_RISK, ep.policeRisk),
    returnMethodLabel: ep.returnMethod ? labelOf(RETURN_METHODS, ep.returnMethod) : null,
    rhi,
  });

  // The places and people already linked to the child that the actor may see: offered on the forms, so that the same
  // hotel or adult is one record across episodes (the patterns depend on it).
  async function choices(repos: Repositories, ctx: Ctx, person: PersonRecord, now: Date): Promise<{ places: EntityView[]; people: EntityView[] }> {
    const childEntity = await repos.network.entityForPerson(person.id);
    if (!childEntity) return { places: [], people: [] };
    const readable = await readablePeople(repos, ctx, [person.id], now);
    const links = (await repos.network.linksTouching([childEntity.id])).filter((l) => linkVisible(l, readable, ctx.actor.agencyId));
    const ends = [...new Set(links.map((l) => (l.fromEntity === childEntity.id ? l.toEntity : l.fromEntity)))];
    const entities = (await repos.network.entities(ends)).filter((e) => !e.mergedInto).map(describeEntity);
    const byLabel = (a: EntityView, b: EntityView) => a.label.localeCompare(b.label);
    return { places: entities.filter((e) => e.kind === 'location').sort(byLabel), people: entities.filter((e) => e.kind === 'person').sort(byLabel) };
  }

  async function loadEpisode(repos: Repositories, ctx: Ctx, id: string, now: Date) {
    const episode = isUuid(id) ? await repos.missing.episode(id) : undefined;
    if (!episode) throw new NotFound('There is no missing episode with that reference');
    const person = await repos.people.get(episode.personId);
    if (!person) throw new NotFound('There is no missing episode with that reference');
    const subject = await personSubject(repos, ctx, person, now);
    const read = can(ctx.actor, 'person.read', subject);
    const rhi = await repos.missing.rhiForEpisode(episode.id);
    return { episode, person, subject, read, rhi };
  }

  function checkTimes(fields: Record<string, Date | undefined>, now: Date, after?: { at: Date; field: string; message: string }): void {
    for (const [field, at] of Object.entries(fields))
      if (at && at.getTime() > now.getTime() + SKEW) throw new ValidationError({ [field]: 'The time must be now or in the past' });
    if (after) {
      const at = fields[after.field];
      if (at && at.getTime() < after.at.getTime()) throw new ValidationError({ [after.field]: after.message });
    }
  }

  async function startRhi(repos: Repositories, episodeId: string, returnedAt: Date, now: Date): Promise<RhiRow> {
    return repos.missing.insertRhi({ episodeId, dueAt: rhiDueAt(returnedAt), status: 'due', createdAt: now, updatedAt: now });
  }

  async function patternViews(
    repos: Repositories,
    ctx: Ctx,
    episodes: EpisodeRow[],
    readable: ReadonlySet<string>,
    names: Map<string, string>,
    now: Date,
  ): Promise<PatternView[]> {
    const entityIds = [...new Set(episodes.flatMap((e) => [e.missingFromEntity, e.foundAtEntity, e.foundWithEntity]).filter((x): x is string => !!x))];
    const labels = new Map<string, string>();
    for (const e of await repos.network.entities(entityIds))
      labels.set(
        e.id,
        (await entityVisible(repos, ctx, e, new Set(readable), now)) ? e.label : `a ${e.kind === 'person' ? 'person' : 'place'} recorded elsewhere`,
      );
    const flags = missingPatterns(
      episodes.map((e) => ({
        id: e.id,
        personId: e.personId,
        reportedAt: e.reportedAt,
        missingFromEntity: e.missingFromEntity,
        foundAtEntity: e.foundAtEntity,
        foundWithEntity: e.foundWithEntity,
      })),
      (id) => labels.get(id) ?? 'the same record',
    );
    return flags.map((f) => ({
      ...f,
      title: PATTERN_KINDS[f.kind],
      children: f.personIds.filter((p) => readable.has(p)).map((id) => ({ id, name: names.get(id) ?? null })),
      hiddenChildren: f.personIds.filter((p) => !readable.has(p)).length,
    }));
  }

  return {
    /** The "Record a missing episode" form: the child, and the places and people already linked to them. */
    async newForm(ctx: Ctx, personId: string): Promise<{ child: ChildRef; choices: { places: EntityView[]; people: EntityView[] } }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, decision } = await loadPerson(repos, ctx, 'missing.record', personId, now);
        const out = { child: { id: person.id, name: nameOf(person) }, choices: await choices(repos, ctx, person, now) };
        await repos.audit.append(
          auditOf(ctx, now, { action: 'missing.form', subjectType: 'person', subjectId: person.id, personId: person.id, breakGlass: decision.breakGlass }),
        );
        return out;
      });
    },

    /** Records an episode (and the return, when the child is already back), its chronology entry and its links. */
    async record(ctx: Ctx, personId: string, raw: unknown): Promise<{ id: string; entryId: string; rhiId: string | null }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, subject, decision } = await loadPerson(repos, ctx, 'missing.record', personId, now);
        const f = parse(EpisodeInput, raw);
        if (person.kind !== 'child') throw new ValidationError({ missingFrom: 'Missing episodes are recorded on a child’s record' });
        checkTimes({ reportedAt: f.reportedAt, returnedAt: f.returnedAt }, now, {
          at: f.reportedAt,
          field: 'returnedAt',
          message: 'When the child came back must be after they were reported missing',
        });
        const returnGiven = f.returnMethod ?? f.foundAtPlaceId ?? f.foundAtPlace ?? f.foundWithPersonId ?? f.foundWithName ?? f.returnDetail;
        if (!f.returnedAt && returnGiven) throw new ValidationError({ returnedAt: 'Enter when the child came back, or leave the return details blank' });
        if (f.returnedAt && !f.returnMethod) throw new ValidationError({ returnMethod: 'Select how the child came back' });
        const caseId = subject.cases[0]?.caseId ?? null;
        const from = MISSING_FROM[f.missingFrom].toLowerCase();
        const detail = [
          `Reported missing by ${f.reportedBy}.`,
          f.missingFromDetail ? `Missing from: ${f.missingFromDetail}.` : '',
          `Police risk grading: ${POLICE_RISK[f.policeRisk].toLowerCase()}.`,
          f.policeRef ? `Police reference: ${f.policeRef}.` : '',
          f.returnMethod ? `Came back: ${RETURN_METHODS[f.returnMethod].toLowerCase()}.` : '',
          f.returnDetail ?? '',
        ]
          .filter(Boolean)
          .join('\n');
        const { entry } = await addCheckedEntry(repos, {
          personId: person.id,
          caseId,
          kind: 'missing_episode',
          occurredAt: f.reportedAt,
          summary: `Reported missing from ${from === 'somewhere else' ? 'another place' : from}`,
          detail,
          authorId: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
        });
        if (caseId) await repos.cases.touch(caseId, now);
        const loaded = { entry, person, decision };
        const linked: AuditInput[] = [];
        const reported = londonDate(f.reportedAt);
        const missingFromEntity =
          f.missingFromPlaceId || f.missingFromPlace || f.missingFromPostcode
            ? await link(
                repos,
                ctx,
                loaded,
                'missingFrom',
                {
                  kind: 'location',
                  entityId: f.missingFromPlaceId ?? '',
                  label: f.missingFromPlace ?? '',
                  postcode: f.missingFromPostcode ?? '',
                  locationType: f.missingFrom === 'school' ? 'school' : f.missingFrom === 'home' ? 'home' : 'other',
                  linkType: 'missing_from',
                  confidence: 'confirmed',
                  validFrom: reported,
                  validTo: reported,
                  note: '',
                },
                now,
                linked,
              )
            : null;
        const found = f.returnedAt ? await linkReturn(repos, ctx, loaded, f, f.returnedAt, now, linked) : { foundAt: null, foundWith: null };
        const episode = await repos.missing.insertEpisode({
          personId: person.id,
          caseId,
          entryId: entry.id,
          reportedAt: f.reportedAt,
          reportedBy: f.reportedBy,
          missingFrom: f.missingFrom,
          missingFromEntity,
          missingFromDetail: f.missingFromDetail ?? '',
          policeRef: f.policeRef,
          policeRisk: f.policeRisk,
          returnedAt: f.returnedAt ?? null,
          foundAtEntity: found.foundAt,
          foundAtDetail: f.foundAtDetail ?? '',
          foundWithEntity: found.foundWith,
          foundWithDetail: f.foundWithDetail ?? '',
          returnMethod: f.returnMethod ?? null,
          returnDetail: f.returnDetail ?? '',
          recordedBy: ctx.actor.id,
          agencyId: ctx.actor.agencyId,
          createdAt: now,
          updatedAt: now,
        });
        const rhi = f.returnedAt ? await startRhi(repos, episode.id, f.returnedAt, now) : null;
        // The links' audit rows, then the episode's: last, since the append holds the chain's lock until the commit.
        for (const row of linked) await repos.audit.append(row);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'missing.record',
            subjectType: 'missing_episode',
            subjectId: episode.id,
            personId: person.id,
            breakGlass: decision.breakGlass,
            detail: { entryId: entry.id, missingFrom: f.missingFrom, policeRisk: f.policeRisk, returned: Boolean(f.returnedAt), rhiId: rhi?.id ?? null },
          }),
        );
        return { id: episode.id, entryId: entry.id, rhiId: rhi?.id ?? null };
      });
    },

    /** Records the child's return on an open episode; starts the RHI clock (due 72 hours after the return). */
    async recordReturn(ctx: Ctx, episodeId: string, raw: unknown): Promise<{ rhiId: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const episode = isUuid(episodeId) ? await repos.missing.episode(episodeId) : undefined;
        if (!episode) throw new NotFound('There is no missing episode with that reference');
        const { person, decision } = await loadPerson(repos, ctx, 'missing.record', episode.personId, now);
        const f = parse(ReturnInput, raw);
        if (episode.returnedAt) throw new Conflict('The child’s return has already been recorded. Reload the page to see it.', episode);
        checkTimes({ returnedAt: f.returnedAt }, now, {
          at: episode.reportedAt,
          field: 'returnedAt',
          message: 'When the child came back must be after they were reported missing',
        });
        const entry = await repos.chronology.byId(episode.entryId);
        if (!entry) throw new NotFound('There is no missing episode with that reference');
        const linked: AuditInput[] = [];
        const found = await linkReturn(repos, ctx, { entry, person, decision }, f, f.returnedAt, now, linked);
        const updated = await repos.missing.recordReturn(episode.id, f.version, {
          returnedAt: f.returnedAt,
          foundAtEntity: found.foundAt,
          foundAtDetail: f.foundAtDetail ?? '',
          foundWithEntity: found.foundWith,
          foundWithDetail: f.foundWithDetail ?? '',
          returnMethod: f.returnMethod,
          returnDetail: f.returnDetail ?? '',
          updatedAt: now,
        });
        if (!updated)
          return lostRace('Someone else has just changed this episode. Reload the page to see it.', episode, () => repos.missing.episode(episode.id));
        const rhi = await startRhi(repos, episode.id, f.returnedAt, now);
        for (const row of linked) await repos.audit.append(row);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'missing.return',
            subjectType: 'missing_episode',
            subjectId: episode.id,
            personId: person.id,
            breakGlass: decision.breakGlass,
            detail: { returnMethod: f.returnMethod, rhiId: rhi.id },
          }),
        );
        return { rhiId: rhi.id };
      });
    },

    /** Assigns the RHI to someone independent of the child's care (leads and MASE coordinators). */
    async assign(ctx: Ctx, episodeId: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'rhi.manage');
      const now = clock();
      await store.transaction(async (repos) => {
        const { episode, subject, rhi } = await loadEpisode(repos, ctx, episodeId, now);
        const f = parse(AssignInput, raw);
        if (!rhi) throw new ValidationError({ assignedTo: 'Record the child’s return first: the interview follows the return' });
        if (rhi.status !== 'due') throw new Conflict('The interview already has an outcome. Reload the page to see it.', rhi);
        const user = await repos.users.byId(f.assignedTo);
        const caseWorker = user?.active && (user.role === 'practitioner' || user.role === 'safeguarding_lead' || user.role === 'mase_coordinator');
        if (!user || !caseWorker) throw new ValidationError({ assignedTo: 'Select who will offer the return home interview' });
        // Being assigned opens the episode to the interviewer; nobody opens it to themselves this way.
        if (user.id === ctx.actor.id) throw new ValidationError({ assignedTo: 'Choose someone else to offer the interview: you cannot assign it to yourself' });
        if (namedOnTeam(subject).has(user.id))
          throw new ValidationError({
            assignedTo: 'This person is on the child’s case team. Choose someone independent of the child’s care to offer the interview',
          });
        const done = await repos.missing.updateRhi(rhi.id, f.version, { assignedTo: user.id, assignedAgency: user.agencyId, assignedAt: now, updatedAt: now });
        if (!done) return lostRace('Someone else has just changed this interview. Reload the page to see it.', rhi, () => repos.missing.rhi(rhi.id));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'rhi.assign',
            subjectType: 'return_home_interview',
            subjectId: rhi.id,
            personId: episode.personId,
            detail: { episodeId: episode.id, assignedTo: user.id },
          }),
        );
      });
    },

    /**
     * Records the RHI outcome: completed (with what it found), declined by the child or not offered (each with a
     * reason). A completed interview gets a chronology entry, the source of the links to what it found; `capture` says
     * whether the actor may go on to record those links from it.
     */
    async outcome(ctx: Ctx, episodeId: string, raw: unknown): Promise<{ entryId: string | null; capture: boolean }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { episode, subject, read, rhi } = await loadEpisode(repos, ctx, episodeId, now);
        const manages = can(ctx.actor, 'rhi.manage').allowed;
        if (!manages && !(rhi?.assignedTo === ctx.actor.id))
          throw new Forbidden('The interviewer assigned to this return home interview, a safeguarding lead or the MASE coordinator records its outcome');
        const f = parse(OutcomeInput, raw);
        if (!rhi || !episode.returnedAt) throw new ValidationError({ status: 'Record the child’s return first: the interview follows the return' });
        if (rhi.status !== 'due') throw new Conflict('The interview already has an outcome. Reload the page to see it.', rhi);
        if (f.status === 'completed' && !f.at) throw new ValidationError({ at: 'Enter when the interview took place' });
        if (f.status === 'declined' && !f.at) throw new ValidationError({ at: 'Enter when the interview was offered' });
        if (f.status === 'completed' && !f.findings) throw new ValidationError({ findings: 'Enter what the child said and what the interview found' });
        // Findings go into the child's chronology: written by the interviewer, someone who may read the record, or the
        // MASE coordinator (who works across every agency's children, as for orders).
        if (f.status === 'completed' && rhi.assignedTo !== ctx.actor.id && !read.allowed && ctx.actor.role !== 'mase_coordinator')
          throw new Forbidden('Only the assigned interviewer, or someone who may read the child’s record, records what the interview found');
        if (f.status !== 'completed' && !f.reason)
          throw new ValidationError({
            reason: f.status === 'declined' ? 'Enter the reason the child gave, if any, and what was done' : 'Enter why an interview was not offered',
          });
        const at = f.at ?? now;
        checkTimes({ at }, now, { at: episode.returnedAt, field: 'at', message: 'This must be after the child came back' });
        let entry: ChronologyRow | null = null;
        if (f.status === 'completed') {
          ({ entry } = await addCheckedEntry(repos, {
            personId: episode.personId,
            caseId: episode.caseId,
            kind: 'return_home_interview',
            occurredAt: at,
            summary: 'Return home interview',
            detail: f.findings,
            authorId: ctx.actor.id,
            agencyId: ctx.actor.agencyId,
            createdAt: now,
          }));
          if (episode.caseId) await repos.cases.touch(episode.caseId, now);
        }
        const done = await repos.missing.updateRhi(rhi.id, f.version, {
          status: f.status,
          offeredAt: f.status === 'not_offered' ? null : at,
          completedAt: at,
          findings: f.status === 'completed' ? f.findings : '',
          reason: f.status === 'completed' ? '' : f.reason,
          entryId: entry?.id ?? null,
          recordedBy: ctx.actor.id,
          updatedAt: now,
        });
        if (!done) return lostRace('Someone else has just changed this interview. Reload the page to see it.', rhi, () => repos.missing.rhi(rhi.id));
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'rhi.outcome',
            subjectType: 'return_home_interview',
            subjectId: rhi.id,
            personId: episode.personId,
            breakGlass: read.allowed && read.breakGlass,
            detail: {
              episodeId: episode.id,
              status: f.status,
              entryId: entry?.id ?? null,
              withinHours: rhiClock({ returnedAt: episode.returnedAt, status: f.status, completedAt: at }, now).onTime,
            },
          }),
        );
        return { entryId: entry?.id ?? null, capture: entry !== null && can(ctx.actor, 'network.record', subject).allowed };
      });
    },

    /** A child's episodes, newest first, with their RHIs and the patterns in them. */
    async forPerson(ctx: Ctx, personId: string): Promise<{ child: ChildRef; episodes: EpisodeSummary[]; patterns: PatternView[]; canRecord: boolean }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, subject, decision } = await loadPerson(repos, ctx, 'person.read', personId, now);
        const episodes = await repos.missing.forPerson(person.id);
        const rhis = new Map((await repos.missing.rhisForEpisodes(episodes.map((e) => e.id))).map((r) => [r.episodeId, r]));
        const users = await usersById(repos);
        const child = { id: person.id, name: nameOf(person) };
        const patterns = await patternViews(repos, ctx, [...episodes].reverse(), new Set([person.id]), new Map([[person.id, child.name]]), now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'missing.list',
            subjectType: 'person',
            subjectId: person.id,
            personId: person.id,
            breakGlass: decision.breakGlass,
            detail: { episodes: episodes.length },
          }),
        );
        return {
          child,
          episodes: episodes.map((e) => summary(e, rhiView(rhis.get(e.id), e, users, now))),
          patterns,
          canRecord: can(ctx.actor, 'missing.record', subject).allowed,
        };
      });
    },

    /**
     * One episode. Readers of the child's record see it all; the assigned interviewer sees it to offer the interview;
     * leads and MASE coordinators (who assign and watch RHIs across agencies) see the clock, but the child's name only
     * when they may read the child's record.
     */
    async get(ctx: Ctx, episodeId: string): Promise<EpisodeView> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { episode, person, subject, read, rhi } = await loadEpisode(repos, ctx, episodeId, now);
        const assigned = rhi?.assignedTo === ctx.actor.id;
        const manages = can(ctx.actor, 'rhi.manage').allowed;
        if (!read.allowed && !assigned && !manages) throw new Forbidden(read.reason);
        const sees = read.allowed || assigned;
        const users = await usersById(repos);
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const ents = new Map(
          (await repos.network.entities([episode.missingFromEntity, episode.foundAtEntity, episode.foundWithEntity].filter((x): x is string => !!x))).map(
            (e) => [e.id, describeEntity(e)],
          ),
        );
        const place = (id: string | null) => (sees && id ? (ents.get(id) ?? null) : null);
        const named = namedOnTeam(subject);
        const canRecord = can(ctx.actor, 'missing.record', subject).allowed;
        const open = rhi?.status === 'due';
        const assignees =
          manages && open
            ? (await repos.users.activeCaseWorkers())
                .filter((u) => !named.has(u.id))
                .map((u) => ({ id: u.id, name: u.displayName, agency: agencies.get(u.agencyId) ?? '' }))
            : [];
        const choicesOf = canRecord && !episode.returnedAt ? await choices(repos, ctx, person, now) : { places: [], people: [] };
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'missing.view',
            subjectType: 'missing_episode',
            subjectId: episode.id,
            personId: person.id,
            breakGlass: read.allowed && read.breakGlass,
            detail: { basis: read.allowed ? read.basis : assigned ? 'rhi_assigned' : 'rhi_oversight' },
          }),
        );
        const full = rhiView(rhi, episode, users, now);
        // Without the record, what the interview found stays hidden too (the clock, outcome and interviewer stay).
        const base = summary(episode, full && !sees ? { ...full, rhi: { ...full.rhi, findings: '', reason: '' } } : full);
        return {
          ...base,
          // Without the record, free text about the child stays hidden; the clock and the outcome stay.
          episode: sees
            ? episode
            : { ...episode, reportedBy: '', missingFromDetail: '', foundAtDetail: '', foundWithDetail: '', returnDetail: '', policeRef: null },
          child: { id: person.id, name: sees ? nameOf(person) : null },
          agency: agencies.get(episode.agencyId) ?? '',
          places: { missingFrom: place(episode.missingFromEntity), foundAt: place(episode.foundAtEntity), foundWith: place(episode.foundWithEntity) },
          can: {
            recordReturn: canRecord && !episode.returnedAt,
            assign: manages && open,
            recordOutcome: open && (manages || assigned),
            capture: can(ctx.actor, 'network.record', subject).allowed,
          },
          assignees,
          choices: choicesOf,
        };
      });
    },

    /**
     * RHIs still due, overdue first then by due time: every one for leads and MASE coordinators (overdue RHIs go to the
     * coordinator's dashboard, issue 7), and for practitioners those of children whose records they may read or assigned
     * to them. Plus the patterns in the last 12 months of episodes they may see (leads and coordinators: all, with
     * children outside their records counted, not named).
     */
    async dashboard(ctx: Ctx): Promise<{ overdue: DashboardItem[]; due: DashboardItem[]; patterns: PatternView[]; all: boolean }> {
      ensureAllowed(ctx, 'my_cases.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const manages = can(ctx.actor, 'rhi.manage').allowed;
        const open = await repos.missing.openRhis();
        const since = new Date(now.getTime() - PATTERN_DAYS * DAY);
        const recent = manages ? await repos.missing.since(since) : [];
        const personIds = [...new Set([...open.map((o) => o.episode.personId), ...recent.map((e) => e.personId)])];
        const readable = await readablePeople(repos, ctx, personIds, now);
        const names = new Map((await repos.people.getMany([...readable])).map((p) => [p.id, nameOf(p)]));
        const users = await usersById(repos);
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const items: DashboardItem[] = [];
        for (const { rhi, episode } of open) {
          const mine = rhi.assignedTo === ctx.actor.id;
          const seen = readable.has(episode.personId);
          if (!manages && !seen && !mine) continue;
          const view = rhiView(rhi, episode, users, now);
          if (!view || !episode.returnedAt) continue;
          items.push({
            episodeId: episode.id,
            child: { id: episode.personId, name: seen || mine ? (names.get(episode.personId) ?? nameOf((await repos.people.get(episode.personId))!)) : null },
            agency: agencies.get(episode.agencyId) ?? '',
            returnedAt: episode.returnedAt,
            rhi: view,
            assignedToMe: mine,
          });
        }
        const episodes = manages ? recent : await repos.missing.forPeople([...readable], since);
        const patterns = await patternViews(repos, ctx, episodes, readable, names, now);
        const overdue = items.filter((i) => i.rhi.clock.state === 'overdue');
        const due = items.filter((i) => i.rhi.clock.state === 'due');
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'missing.dashboard',
            subjectType: 'return_home_interview',
            detail: { overdue: overdue.length, due: due.length, patterns: patterns.length },
          }),
        );
        return { overdue, due, patterns, all: manages };
      });
    },
  };
}
