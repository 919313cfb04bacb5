import { Conflict, Forbidden, NotFound, ValidationError } from '../core/errors.ts';
import { searchableName } from '../core/identity/index.ts';
import { displayName } from '../core/records/names.ts';
import { alertFor } from '../core/network/alerts.ts';
import { can, type PersonSubject, seesNames } from '../core/policy/index.ts';
import { LINK_TYPES, normaliseHandle, strongestRoles, normalisePhone, normaliseVrm, vrmCompatible, type EntityKind } from '../core/records/entities.ts';
import { normalisePostcode } from '../core/records/postcode.ts';
import { londonDate } from '../core/records/time.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { EntityRow, LinkRow } from '../db/repositories/network.ts';
import type { ChronologyRow } from '../db/repositories/chronology.ts';
import type { PersonRecord } from '../db/repositories/people.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed, isUuid, loadPerson } from './context.ts';
import { parse } from './inputs/fields.ts';
import { AlertAckInput, CaptureInput, type CaptureFields, RetractInput } from './inputs/network.ts';
import { raiseMatchCandidates } from './network-matching.ts';
import { parseCoordinates, type PlacedLocation, placeLocation } from '../core/geo/place.ts';
import type { Geo } from './geo.ts';

// Contextual safeguarding (issue 5): quick capture of the people, places, vehicles, phones, accounts and groups around
// a child from a chronology entry, every link with its source; cross-referral alerts. Access follows the records that
// assert the links: a link is visible to someone who may read the child's record holding its source.

export type EntityView = {
  id: string;
  kind: EntityKind;
  label: string;
  detail: string;
};

/** The people (by person id) whose records the actor may read: the basis for seeing links. */
export async function readablePeople(repos: Repositories, ctx: Ctx, personIds: readonly string[], now: Date): Promise<Set<string>> {
  const ids = [...new Set(personIds)];
  if (!ids.length || !seesNames(ctx.actor)) return new Set();
  const people = await repos.people.getMany(ids);
  const teams = await repos.cases.teamsForPeople(ids);
  const glass = await repos.cases.activeBreakGlassFor(ctx.actor.id, ids, now);
  const out = new Set<string>();
  for (const p of people) {
    const subject: PersonSubject = {
      kind: 'person',
      personId: p.id,
      createdBy: p.createdBy,
      createdByAgency: p.createdByAgency,
      cases: teams.get(p.id) ?? [],
      breakGlassActive: glass.has(p.id),
    };
    if (can(ctx.actor, 'person.read', subject).allowed) out.add(p.id);
  }
  return out;
}

/** A link is visible when its source sits in a record the actor may read, or the actor's agency asserted it. */
export const linkVisible = (l: LinkRow, readable: ReadonlySet<string>, agencyId: string): boolean =>
  l.personId ? readable.has(l.personId) : l.assertingAgency === agencyId;

export function describeEntity(e: EntityRow): EntityView {
  const bits: string[] = [];
  if (e.kind === 'vehicle') bits.push(...[e.colour, e.make, e.vrm ? `${e.vrm}${e.vrmPartial ? ' (partial)' : ''}` : null].filter((x): x is string => !!x));
  if (e.kind === 'location') bits.push(...[e.address, e.postcode].filter((x): x is string => !!x));
  if (e.kind === 'online_account') bits.push(...[e.platform, e.handle ? `@${e.handle}` : null].filter((x): x is string => !!x));
  if (e.kind === 'phone' && e.phone) bits.push(e.phone);
  if (e.description) bits.push(e.description);
  return { id: e.id, kind: e.kind as EntityKind, label: e.label, detail: bits.join(', ') };
}

const personLabel = (p: PersonRecord): string => displayName(p.names);

/** The entity of a person, created on first use (every person can be a link end). */
export async function ensurePersonEntity(repos: Repositories, ctx: Ctx, p: PersonRecord, now: Date): Promise<EntityRow> {
  const existing = await repos.network.entityForPerson(p.id);
  if (existing) return existing;
  return repos.network.createEntity({
    kind: 'person',
    personId: p.id,
    label: personLabel(p),
    createdBy: ctx.actor.id,
    createdByAgency: ctx.actor.agencyId,
    createdAt: now,
    updatedAt: now,
  });
}

/** Recomputes the cross-referral alert of an entity from its live links. */
export async function refreshAlert(repos: Repositories, entityId: string, now: Date): Promise<void> {
  const e = await repos.network.entity(entityId);
  if (!e) return;
  // Records merged into this one count as this one (a lead decided they are the same).
  const merged = (await repos.network.mergedInto([entityId])).map((m) => m.id);
  const links = await repos.network.linksTouching([entityId, ...merged]);
  const childEntity = e.personId ? (await repos.people.get(e.personId))?.kind === 'child' : false;
  const v = alertFor(
    e.kind,
    childEntity,
    links.map((l) => ({ personId: l.personId, caseId: l.caseId, agencyId: l.assertingAgency })),
  );
  if (!v.raise) return;
  await repos.network.upsertAlert({ entityId, kind: v.kind, caseIds: v.cases, agencyIds: v.agencies, raisedAt: now, updatedAt: now });
}

type Resolved = { entity: EntityRow; created: boolean };

// Where a captured place is (issue 6): typed or map-clicked coordinates first, else the postcode when the configured
// lookup knows where it is. A place that cannot be placed is still recorded, without a position.
function placeOf(f: CaptureFields, postcode: string | null, geo: Geo): PlacedLocation | null {
  if (f.coordinates) return placeLocation(parseCoordinates(f.coordinates), geo.wards);
  const known = postcode ? geo.postcodes?.lookup(postcode) : null;
  return postcode && known && known.lat !== null ? placeLocation({ postcode }, geo.wards, geo.postcodes) : null;
}

// The entity a capture refers to: the one chosen from the offered matches, the one with the same exact key (phone,
// full registration, account), or a new one. Fuzzy matches the actor cannot see become match candidates for a lead.
async function resolveEntity(repos: Repositories, ctx: Ctx, f: CaptureFields, readable: ReadonlySet<string>, now: Date, geo: Geo | null): Promise<Resolved> {
  if (f.entityId) {
    const chosen = await repos.network.entity(f.entityId);
    if (!chosen || chosen.kind !== f.kind) throw new ValidationError({ entityId: 'Select one of the records offered, or record a new one' });
    if (!(await entityVisible(repos, ctx, chosen, readable, now)))
      throw new ValidationError({ entityId: 'Select one of the records offered, or record a new one' });
    return { entity: chosen, created: false };
  }
  const base = { createdBy: ctx.actor.id, createdByAgency: ctx.actor.agencyId, createdAt: now, updatedAt: now, description: f.description ?? '' };
  switch (f.kind) {
    case 'phone': {
      if (!f.phone) throw new ValidationError({ phone: 'Enter the phone number' });
      const phone = normalisePhone(f.phone);
      if (!phone) throw new ValidationError({ phone: 'Enter a phone number, like 07700 900123 or +44 7700 900123' });
      const same = (await repos.network.sameKey('phone', { phone }))[0];
      if (same) return { entity: same, created: false };
      return { entity: await repos.network.createEntity({ ...base, kind: 'phone', phone, label: phone }), created: true };
    }
    case 'vehicle': {
      if (!f.vrm && !f.make && !f.colour) throw new ValidationError({ vrm: 'Enter the registration, or the make and colour' });
      const mark = f.vrm ? normaliseVrm(f.vrm) : null;
      if (f.vrm && !mark) throw new ValidationError({ vrm: 'Enter the registration with letters and numbers only; use ? for a character not seen' });
      if (mark && !mark.partial) {
        const same = (await repos.network.sameKey('vehicle', { vrmPrefix: mark.vrm })).find((v) => v.vrm === mark.vrm && !v.vrmPartial);
        if (same) return { entity: same, created: false };
      }
      const label = [f.colour, f.make, mark ? `${mark.vrm}${mark.partial ? '…' : ''}` : null].filter(Boolean).join(' ') || 'Vehicle';
      const created = await repos.network.createEntity({
        ...base,
        kind: 'vehicle',
        label,
        vrm: mark?.vrm ?? null,
        vrmPartial: mark?.partial ?? false,
        make: f.make,
        colour: f.colour,
      });
      return { entity: created, created: true };
    }
    case 'online_account': {
      if (!f.platform || !f.handle) throw new ValidationError({ handle: 'Enter the platform and the username' });
      const handle = normaliseHandle(f.handle);
      const platform = f.platform.trim().toLowerCase();
      const same = (await repos.network.sameKey('online_account', { platform, handle }))[0];
      if (same) return { entity: same, created: false };
      return {
        entity: await repos.network.createEntity({ ...base, kind: 'online_account', platform, handle, label: `${f.platform} @${handle}` }),
        created: true,
      };
    }
    case 'location': {
      if (!f.label && !f.address && !f.postcode) throw new ValidationError({ label: 'Enter the name of the place, its address or its postcode' });
      const postcode = f.postcode ? normalisePostcode(f.postcode) : null;
      if (f.postcode && !postcode) throw new ValidationError({ postcode: 'Enter a real postcode, like RM1 3BB' });
      const placed = geo ? placeOf(f, postcode, geo) : null;
      return {
        entity: await repos.network.createEntity({
          ...base,
          kind: 'location',
          label: f.label ?? f.address ?? postcode ?? 'Place',
          locationType: f.locationType ?? 'other',
          address: f.address,
          postcode,
          latitude: placed?.lat ?? null,
          longitude: placed?.lon ?? null,
          wardCode: placed?.wardCode ?? null,
          placedBy: placed?.placedBy ?? null,
        }),
        created: true,
      };
    }
    case 'group': {
      if (!f.label) throw new ValidationError({ label: 'Enter the name the group is known by' });
      return { entity: await repos.network.createEntity({ ...base, kind: 'group', label: f.label, groupType: f.groupType ?? 'other' }), created: true };
    }
    case 'person': {
      if (!f.name) throw new ValidationError({ name: 'Enter the name or nickname the person is known by' });
      const kind = f.role === 'child_at_risk' || f.role === 'peer' ? 'child' : 'adult';
      const nameKind = f.nameKind ?? 'nickname';
      const [given, ...rest] = f.name.split(/\s+/);
      const family = nameKind === 'legal' ? rest.join(' ') : '';
      const givenText = nameKind === 'legal' ? given! : f.name;
      const p = await repos.people.create(
        {
          kind,
          gender: 'not_known',
          ethnicity: 'not_stated',
          createdBy: ctx.actor.id,
          createdByAgency: ctx.actor.agencyId,
          createdAt: now,
          updatedAt: now,
        },
        { names: [{ kind: nameKind, given: givenText, family, ...searchableName(givenText, family) }], identifiers: [], addresses: [] },
      );
      const label = nameKind === 'legal' ? f.name : `“${f.name}”`;
      const created = await repos.network.createEntity({
        ...base,
        kind: 'person',
        personId: p.id,
        label: f.approximateAge ? `${label}, about ${f.approximateAge}` : label,
      });
      return { entity: created, created: true };
    }
  }
}

export async function entityVisible(repos: Repositories, ctx: Ctx, e: EntityRow, readable: ReadonlySet<string>, now: Date): Promise<boolean> {
  if (e.personId && (await readablePeople(repos, ctx, [e.personId], now)).has(e.personId)) return true;
  const links = await repos.network.linksTouching([e.id]);
  const more = await readablePeople(
    repos,
    ctx,
    links.flatMap((l) => (l.personId && !readable.has(l.personId) ? [l.personId] : [])),
    now,
  );
  return links.some((l) => linkVisible(l, readable, ctx.actor.agencyId) || (l.personId !== null && more.has(l.personId)));
}

export type NetworkNode = {
  id: string;
  kind: EntityKind | 'restricted';
  label: string;
  detail: string;
  role: string | null;
  hops: number;
  restricted: boolean;
  start: boolean;
  personId: string | null; // for a visible person: the record to open
};
export type NetworkEdge = {
  id: string;
  from: string;
  to: string;
  type: string | null;
  typeLabel: string;
  directed: boolean;
  confidence: string | null;
  validFrom: string | null;
  validTo: string | null;
  sourceKind: string | null;
  sourceId: string | null;
  sourcePersonId: string | null;
  agency: string | null;
  restricted: boolean;
};
export type NetworkView = {
  person: { id: string; name: string; kind: string };
  start: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  otherChildren: { id: string; label: string; via: string[] }[];
  hops: number;
};

// Link types where the recorded person or thing acts on the child ("picked up by": the adult picked the child up); the
// others read from the child ("stayed at", "member of").
const ACTS_ON_CHILD: ReadonlySet<string> = new Set(['picked_up_by', 'dropped_off_by', 'gave_gifts_to', 'supplied_drugs_to', 'called', 'parent_of']);

/** The link types offered for each kind of record. */
export const LINK_TYPES_FOR: Readonly<Record<EntityKind, readonly (keyof typeof LINK_TYPES)[]>> = {
  person: [
    'seen_with',
    'picked_up_by',
    'dropped_off_by',
    'called',
    'gave_gifts_to',
    'supplied_drugs_to',
    'associates_with',
    'sibling_of',
    'parent_of',
    'other',
  ],
  location: ['seen_at', 'stayed_at', 'lives_at', 'works_at', 'missing_from', 'found_at', 'other'],
  vehicle: ['picked_up_by', 'dropped_off_by', 'seen_with', 'uses_vehicle', 'other'],
  phone: ['called', 'uses_phone', 'other'],
  online_account: ['called', 'uses_account', 'other'],
  group: ['member_of', 'associates_with', 'other'],
};

const CONFIDENCE_RANK: Readonly<Record<string, number>> = { confirmed: 0, reported: 1, suspected: 2 };

export type CaptureResult = { linkId: string; entityId: string; created: boolean; candidates: number };

/**
 * Records one person, place, vehicle, phone, account or group and links it to the child, with the chronology entry as
 * the source, inside the caller's transaction. The caller has loaded the entry and checked `network.record` on its
 * child (quick capture, and missing episodes recording where a child was found and with whom).
 */
export async function captureLink(
  repos: Repositories,
  ctx: Ctx,
  loaded: { entry: ChronologyRow; person: PersonRecord; decision: { breakGlass: boolean } },
  f: CaptureFields,
  now: Date,
  geo: Geo | null,
): Promise<CaptureResult> {
  const { audit, ...result } = await linkCapture(repos, ctx, loaded, f, now, geo);
  await repos.audit.append(audit);
  return result;
}

/**
 * captureLink without the audit write: the row is returned for a caller with more work in its transaction to append
 * last, since the append holds the chain's lock until the commit (missing episodes link several places and people).
 */
export async function linkCapture(
  repos: Repositories,
  ctx: Ctx,
  loaded: { entry: ChronologyRow; person: PersonRecord; decision: { breakGlass: boolean } },
  f: CaptureFields,
  now: Date,
  geo: Geo | null,
): Promise<CaptureResult & { audit: AuditInput }> {
  const { entry, person, decision } = loaded;
  if (!LINK_TYPES_FOR[f.kind].includes(f.linkType)) throw new ValidationError({ linkType: 'Select how they are linked to the child' });
  if (f.validFrom && f.validTo && f.validTo < f.validFrom) throw new ValidationError({ validTo: 'The end date must be on or after the start date' });
  if (f.validFrom && f.validFrom > londonDate(now)) throw new ValidationError({ validFrom: 'The start date must be today or in the past' });
  const readable = await readablePeople(repos, ctx, [person.id], now);
  const child = await ensurePersonEntity(repos, ctx, person, now);
  if (
    entry.caseId &&
    !(await repos.network.rolesForEntities([child.id])).some((r) => r.caseId === entry.caseId && r.role === 'child_at_risk') &&
    person.kind === 'child'
  )
    await repos.network.addRole({ caseId: entry.caseId, entityId: child.id, role: 'child_at_risk', addedBy: ctx.actor.id, addedAt: now });
  const { entity, created } = await resolveEntity(repos, ctx, f, readable, now, geo);
  if (entity.id === child.id) throw new ValidationError({ entityId: 'A child cannot be linked to themselves' });
  if (
    f.kind === 'person' &&
    f.role &&
    entry.caseId &&
    !(await repos.network.rolesForEntities([entity.id])).some((r) => r.caseId === entry.caseId && r.role === f.role)
  )
    await repos.network.addRole({ caseId: entry.caseId, entityId: entity.id, role: f.role, addedBy: ctx.actor.id, addedAt: now });
  const directed = LINK_TYPES[f.linkType].directed;
  const [from, to] = directed && ACTS_ON_CHILD.has(f.linkType) ? [entity.id, child.id] : [child.id, entity.id];
  const link = await repos.network.addLink({
    fromEntity: from,
    toEntity: to,
    type: f.linkType,
    directed,
    validFrom: f.validFrom ?? null,
    validTo: f.validTo ?? null,
    confidence: f.confidence,
    sourceKind: 'chronology_entry',
    sourceId: entry.id,
    caseId: entry.caseId,
    personId: person.id,
    assertingAgency: ctx.actor.agencyId,
    note: f.note ?? '',
    createdBy: ctx.actor.id,
    createdAt: now,
  });
  await refreshAlert(repos, entity.id, now);
  const candidates = created ? await raiseMatchCandidates(repos, entity, now) : 0;
  const audit = auditOf(ctx, now, {
    action: 'network.link_add',
    subjectType: 'entity_link',
    subjectId: link.id,
    personId: person.id,
    breakGlass: decision.breakGlass,
    detail: { kind: f.kind, type: f.linkType, confidence: f.confidence, newEntity: created, candidates },
  });
  return { linkId: link.id, entityId: entity.id, created, candidates, audit };
}

export function networkService(store: Store, clock: Clock, geo: Geo | null = null) {
  async function loadEntry(repos: Repositories, ctx: Ctx, entryId: string, action: 'network.record' | 'network.read', now: Date) {
    const entry = isUuid(entryId) ? await repos.chronology.byId(entryId) : undefined;
    if (!entry) throw new NotFound('There is no chronology entry with that reference');
    const loaded = await loadPerson(repos, ctx, action, entry.personId, now);
    return { entry, ...loaded };
  }

  return {
    /** What the quick-capture page shows: the entry and the links already recorded from it. */
    async captureView(ctx: Ctx, entryId: string) {
      const now = clock();
      return store.transaction(async (repos) => {
        const { entry, person } = await loadEntry(repos, ctx, entryId, 'network.record', now);
        const links = await repos.network.linksFromSource(entry.id);
        const entities = new Map((await repos.network.entities(links.flatMap((l) => [l.fromEntity, l.toEntity]))).map((e) => [e.id, describeEntity(e)]));
        return {
          entry,
          person,
          childName: personLabel(person),
          links: links.map((l) => ({
            link: l,
            from: entities.get(l.fromEntity),
            to: entities.get(l.toEntity),
            typeLabel: LINK_TYPES[l.type as keyof typeof LINK_TYPES].label,
          })),
        };
      });
    },

    /** Existing records the capture may refer to, among those the actor may see; and how many others may match. */
    async suggest(ctx: Ctx, entryId: string, raw: unknown): Promise<{ visible: EntityView[]; elsewhere: number }> {
      const now = clock();
      return store.transaction(async (repos) => {
        await loadEntry(repos, ctx, entryId, 'network.record', now);
        const f = parse(CaptureInput.partial({ linkType: true, confidence: true }).required({ kind: true }), raw);
        let found: EntityRow[] = [];
        if (f.kind === 'phone' && f.phone) {
          const phone = normalisePhone(f.phone);
          found = phone ? await repos.network.sameKey('phone', { phone }) : [];
        } else if (f.kind === 'vehicle' && f.vrm) {
          const mark = normaliseVrm(f.vrm);
          found = mark
            ? (await repos.network.sameKey('vehicle', { vrmPrefix: mark.vrm })).filter(
                (v) => v.vrm && (vrmCompatible(mark.vrm, v.vrm) || vrmCompatible(v.vrm, mark.vrm)),
              )
            : [];
        } else if (f.kind === 'online_account' && f.handle) {
          found = await repos.network.sameKey('online_account', { platform: (f.platform ?? '').trim().toLowerCase(), handle: normaliseHandle(f.handle) });
        } else if ((f.kind === 'location' || f.kind === 'group') && (f.label ?? f.postcode)) {
          const postcode = f.postcode ? normalisePostcode(f.postcode) : null;
          found = postcode ? await repos.network.sameKey('location', { postcode }) : await repos.network.similarLabel(f.kind, f.label ?? '');
        } else if (f.kind === 'person' && f.name) {
          const hits = await repos.people.search({ single: { raw: f.name.toLowerCase(), keys: searchableName(f.name, '').givenKeys } }, 20);
          for (const h of hits) {
            const e = await repos.network.entityForPerson(h.id);
            if (e) found.push(e);
          }
        }
        const readable = new Set<string>();
        const visible: EntityView[] = [];
        let elsewhere = 0;
        for (const e of found.slice(0, 20)) {
          if (await entityVisible(repos, ctx, e, readable, now)) visible.push(describeEntity(e));
          else elsewhere++;
        }
        return { visible, elsewhere };
      });
    },

    /** Records who/where/what from a chronology entry and links it to the child, with the entry as the source. */
    async capture(ctx: Ctx, entryId: string, raw: unknown): Promise<CaptureResult> {
      const now = clock();
      return store.transaction(async (repos) => {
        const loaded = await loadEntry(repos, ctx, entryId, 'network.record', now);
        return captureLink(repos, ctx, loaded, parse(CaptureInput, raw), now, geo);
      });
    },

    /** Withdraws a wrong link (the row stays, marked retracted, with the reason). */
    async retract(ctx: Ctx, linkId: string, raw: unknown): Promise<{ entryId: string }> {
      const now = clock();
      return store.transaction(async (repos) => {
        const link = isUuid(linkId) ? await repos.network.link(linkId) : undefined;
        if (!link || !link.personId) throw new NotFound('There is no link with that reference');
        const { decision } = await loadPerson(repos, ctx, 'network.record', link.personId, now);
        const input = parse(RetractInput, raw);
        const done = await repos.network.retractLink(link.id, input.version, ctx.actor.id, now, input.reason);
        if (!done) throw new Conflict('This link was changed or withdrawn by someone else. Reload the page to see it.', link);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'network.link_retract',
            subjectType: 'entity_link',
            subjectId: link.id,
            personId: link.personId,
            breakGlass: decision.breakGlass,
          }),
        );
        return { entryId: link.sourceId };
      });
    },

    /**
     * The network around a child (or any person): walked out `hops` links through the links the actor may see, each
     * link filtered by type, confidence and dates. Links the actor may not see are drawn one step out from what they
     * can see, as restricted: their ends are never named.
     */
    async personNetwork(
      ctx: Ctx,
      personId: string,
      filter: { hops: number; types: string[]; confidence?: string | null | undefined; from?: string | null | undefined; to?: string | null | undefined },
    ): Promise<NetworkView> {
      const now = clock();
      return store.transaction(async (repos) => {
        const { person, decision } = await loadPerson(repos, ctx, 'network.read', personId, now);
        const startEntity = await repos.network.entityForPerson(person.id);
        const agencies = new Map((await repos.users.agencies()).map((a) => [a.id, a.name]));
        const keep = (l: LinkRow) =>
          (filter.types.length === 0 || filter.types.includes(l.type)) &&
          (!filter.confidence || (CONFIDENCE_RANK[l.confidence] ?? 9) <= (CONFIDENCE_RANK[filter.confidence] ?? 9)) &&
          (!filter.from || !l.validTo || l.validTo >= filter.from) &&
          (!filter.to || !l.validFrom || l.validFrom <= filter.to);
        const entities = new Map<string, EntityRow>();
        const canon = new Map<string, string>(); // merged entity -> the entity it joined
        const hopsOf = new Map<string, number>();
        const visibleLinks = new Map<string, LinkRow>();
        const restrictedLinks = new Map<string, LinkRow>();
        const readable = await readablePeople(repos, ctx, [person.id], now);
        if (startEntity) {
          entities.set(startEntity.id, startEntity);
          hopsOf.set(startEntity.id, 0);
          let frontier = [startEntity.id];
          for (let h = 1; h <= filter.hops && frontier.length; h++) {
            for (const m of await repos.network.mergedInto(frontier)) canon.set(m.id, m.mergedInto!);
            const touching = await repos.network.linksTouching([...frontier, ...[...canon].filter(([, to]) => frontier.includes(to)).map(([id]) => id)]);
            const newReadable = await readablePeople(
              repos,
              ctx,
              touching.flatMap((l) => (l.personId && !readable.has(l.personId) ? [l.personId] : [])),
              now,
            );
            for (const id of newReadable) readable.add(id);
            const next: string[] = [];
            for (const l of touching) {
              if (!keep(l)) continue;
              const a = canon.get(l.fromEntity) ?? l.fromEntity;
              const b = canon.get(l.toEntity) ?? l.toEntity;
              if (!linkVisible(l, readable, ctx.actor.agencyId)) {
                restrictedLinks.set(l.id, { ...l, fromEntity: a, toEntity: b });
                continue;
              }
              visibleLinks.set(l.id, { ...l, fromEntity: a, toEntity: b });
              for (const end of [a, b])
                if (!hopsOf.has(end)) {
                  hopsOf.set(end, h);
                  next.push(end);
                }
            }
            frontier = next;
          }
          for (const e of await repos.network.entities([...hopsOf.keys()])) entities.set(e.id, e);
        }
        const roles = strongestRoles(await repos.network.rolesForEntities([...entities.keys()]));
        const kids = new Set(
          (await repos.people.getMany([...entities.values()].flatMap((e) => (e.personId ? [e.personId] : []))))
            .filter((p) => p.kind === 'child')
            .map((p) => p.id),
        );
        const nodes: NetworkNode[] = [...entities.values()].map((e) => ({
          ...describeEntity(e),
          role: roles.get(e.id) ?? (e.personId && kids.has(e.personId) ? 'child_at_risk' : null),
          hops: hopsOf.get(e.id) ?? 0,
          restricted: false,
          start: e.id === startEntity?.id,
          personId: e.personId && readable.has(e.personId) ? e.personId : null,
        }));
        // Restricted stubs: one per unseen end of a restricted link that touches a visible entity.
        const opaque = new Map<string, string>();
        const stub = (id: string) => {
          let o = opaque.get(id);
          if (!o) {
            opaque.set(id, (o = `restricted-${opaque.size + 1}`));
            nodes.push({
              id: o,
              kind: 'restricted',
              label: 'Restricted record',
              detail: '',
              role: null,
              hops: -1,
              restricted: true,
              start: false,
              personId: null,
            });
          }
          return o;
        };
        const edges: NetworkEdge[] = [...visibleLinks.values()].map((l) => ({
          id: l.id,
          from: l.fromEntity,
          to: l.toEntity,
          type: l.type,
          typeLabel: LINK_TYPES[l.type as keyof typeof LINK_TYPES].label,
          directed: l.directed,
          confidence: l.confidence,
          validFrom: l.validFrom,
          validTo: l.validTo,
          sourceKind: l.sourceKind,
          sourceId: l.sourceId,
          sourcePersonId: l.personId,
          agency: agencies.get(l.assertingAgency) ?? null,
          restricted: false,
        }));
        let r = 0;
        for (const l of restrictedLinks.values()) {
          const aSeen = entities.has(l.fromEntity) && hopsOf.has(l.fromEntity);
          const bSeen = entities.has(l.toEntity) && hopsOf.has(l.toEntity);
          if (!aSeen && !bSeen) continue;
          const from = aSeen ? l.fromEntity : stub(l.fromEntity);
          const to = bSeen ? l.toEntity : stub(l.toEntity);
          edges.push({
            id: `restricted-link-${++r}`,
            from,
            to,
            type: null,
            typeLabel: 'restricted link',
            directed: false,
            confidence: null,
            validFrom: null,
            validTo: null,
            sourceKind: null,
            sourceId: null,
            sourcePersonId: null,
            agency: null,
            restricted: true,
          });
        }
        // Other children who share a suspected perpetrator or a place with the start, through links the actor may see.
        const label = new Map(nodes.map((n) => [n.id, n.label]));
        const via = new Map<string, string[]>();
        if (startEntity) {
          const neighbours = (id: string) => edges.filter((e) => !e.restricted && (e.from === id || e.to === id)).map((e) => (e.from === id ? e.to : e.from));
          for (const hub of neighbours(startEntity.id)) {
            const n = nodes.find((x) => x.id === hub);
            if (!n || !(n.role === 'suspected_perpetrator' || n.kind === 'location')) continue;
            for (const c of neighbours(hub)) {
              const cn = nodes.find((x) => x.id === c);
              if (c === startEntity.id || cn?.role !== 'child_at_risk') continue;
              via.set(c, [...(via.get(c) ?? []), label.get(hub) ?? '']);
            }
          }
        }
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'network.read',
            subjectType: 'person',
            subjectId: person.id,
            personId: person.id,
            breakGlass: decision.breakGlass,
            detail: { hops: filter.hops, nodes: nodes.length, restricted: opaque.size },
          }),
        );
        return {
          person: { id: person.id, name: personLabel(person), kind: person.kind },
          start: startEntity?.id ?? '',
          nodes,
          edges,
          hops: filter.hops,
          otherChildren: [...via].map(([id, v]) => ({ id, label: label.get(id) ?? '', via: [...new Set(v)] })),
        };
      });
    },

    /** Open cross-referral alerts for a lead or the MASE coordinator: counts and kinds, no detail of unseen records. */
    async alerts(ctx: Ctx) {
      ensureAllowed(ctx, 'network_alert.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const rows = await repos.network.openAlerts();
        const mine = ctx.actor.role === 'mase_coordinator' ? rows : rows.filter((a) => a.agencyIds.includes(ctx.actor.agencyId));
        const entities = new Map((await repos.network.entities(mine.map((a) => a.entityId))).map((e) => [e.id, e]));
        const readable = new Set<string>();
        const out = [];
        for (const a of mine) {
          const e = entities.get(a.entityId);
          if (!e) continue;
          const seen = await entityVisible(repos, ctx, e, readable, now);
          out.push({ alert: a, entity: seen ? describeEntity(e) : null, kind: e.kind, children: a.caseIds.length, agencies: a.agencyIds.length });
        }
        await repos.audit.append(auditOf(ctx, now, { action: 'network_alert.list', subjectType: 'network_alert', detail: { count: out.length } }));
        return out;
      });
    },

    async acknowledgeAlert(ctx: Ctx, alertId: string, raw: unknown): Promise<void> {
      ensureAllowed(ctx, 'network_alert.read');
      const now = clock();
      await store.transaction(async (repos) => {
        const a = isUuid(alertId) ? await repos.network.alert(alertId) : undefined;
        if (!a) throw new NotFound('There is no alert with that reference');
        if (ctx.actor.role !== 'mase_coordinator' && !a.agencyIds.includes(ctx.actor.agencyId))
          throw new Forbidden('This alert is for the leads of the agencies that recorded it');
        const input = parse(AlertAckInput, raw);
        const done = await repos.network.acknowledgeAlert(a.id, input.version, ctx.actor.id, now, input.note);
        if (!done) throw new Conflict('Someone else has just acted on this alert. Reload the page to see it.', a);
        await repos.audit.append(auditOf(ctx, now, { action: 'network_alert.acknowledge', subjectType: 'network_alert', subjectId: a.id }));
      });
    },
  };
}
