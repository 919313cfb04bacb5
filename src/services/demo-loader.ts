import { randomUUID } from 'node:crypto';
import { isNotNull, sql } from 'drizzle-orm';
import { searchableName } from '../core/identity/index.ts';
import { normaliseReference } from '../core/records/reference.ts';
import { CP_PLAN, ETHNICITIES, GENDERS, LOOKED_AFTER, ROLE_KEYS } from '../core/records/vocab.ts';
import { buildReferral, nrmRoute, type ReferralContent } from '../core/screening/referral.ts';
import type { Db } from '../db/connection.ts';
import {
  addressPeriod,
  agency,
  appUser,
  caseMember,
  chronologyEntry,
  consultation,
  entity,
  entityLink,
  entityRole,
  agendaItem,
  legalOrder,
  maseAction,
  maseAttendance,
  maseMeeting,
  missingEpisode,
  noteFinding,
  orderBreach,
  person,
  personIdentifier,
  personName,
  referral,
  returnHomeInterview,
  safeguardingCase,
  screening,
  screeningAnswer,
  screeningDecision,
  sexualHealthAttendance,
  task,
  team,
} from '../db/schema/index.ts';
import type { Store } from '../db/store.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoData, type DemoPerson, generateDemo } from '../demo/generate.ts';
import { hashPassword } from './auth.ts';
import type { Clock } from './context.ts';
import { raiseMatchCandidates } from './network-matching.ts';
import { refreshAlert } from './network.ts';
import type { Repositories } from '../db/store.ts';
import { DEFAULT_WARDS_FILE } from '../config.ts';
import type { WardSet } from '../core/geo/wards.ts';
import { type DemoMap, placeDemo } from '../demo/map-places.ts';
import { buildMaseDemo, type DemoMase } from '../demo/mase.ts';
import type { DemoLink } from '../demo/network.ts';
import { loadGeo } from './geo.ts';
import { loadRetentionDemo } from './retention-demo.ts';
import { noteChecks } from './note-checks.ts';
import { findingRows } from './entry-checks.ts';

// Loads the seeded synthetic data set into an empty database, in one transaction.
// Nothing here is real: names, NHS numbers (999 test range) and postcodes are generated.
export async function isEmpty(db: Db): Promise<boolean> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from app_user`);
  return (r.rows[0]?.n ?? 0) === 0;
}

/**
 * A demo data folder seeded before migrations/0019 got that migration's second factor for administrators, auditors and
 * safeguarding leads at its next start, and its demo sign-ins stopped working with the password alone. When no
 * administrator has ever set the roles' second factor (no `admin.mfa_roles` event in the trail), the demo's own choice
 * is put back. Returns whether it was. Only `lantern demo` calls it: a real install keeps the migration's default.
 */
export async function keepDemoSignInsPasswordOnly(store: Store): Promise<boolean> {
  return store.transaction(async (repos) => {
    if ((await repos.audit.page({ limit: 1, action: 'admin.mfa_roles' })).length) return false;
    const required = (await repos.users.roleSettings()).filter((r) => r.mfaRequired);
    for (const r of required) await repos.users.upsertRoleSetting(r.role, false);
    return required.length > 0;
  });
}

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

// The child as a referral shows them, in the words the referral form uses.
function referralChild(p: DemoPerson, age: number): ReferralContent['child'] {
  const [legal, ...others] = p.names;
  return {
    name: legal ? `${legal.given} ${legal.family}` : '(no name recorded)',
    otherNames: others.map((n) => `${n.given} ${n.family}`),
    dateOfBirth: p.dateOfBirth,
    age,
    gender: GENDERS[p.gender],
    ethnicity: ETHNICITIES[p.ethnicity],
    nhsNumber: p.nhsNumber,
    postcode: p.addresses.find((a) => a.to === null)?.postcode ?? null,
    school: p.school,
    lookedAfter: LOOKED_AFTER[p.lookedAfter],
    cpPlan: CP_PLAN[p.cpPlan],
  };
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function loadDemo(
  store: Store,
  clock: Clock,
  seed?: number,
  wards: WardSet = loadGeo({ geo: { wardsFile: DEFAULT_WARDS_FILE, postcodesFile: null, tileUrl: null, figuresCacheMs: 0 }, disclosure: 'nhs' }).wards,
): Promise<{ data: DemoData; mase: DemoMase; accounts: typeof DEMO_ACCOUNTS; password: string }> {
  const now = clock();
  const data = generateDemo(seed, now);
  const ids = new Map<string, string>();
  const id = (k: string): string => {
    let v = ids.get(k);
    if (!v) ids.set(k, (v = randomUUID()));
    return v;
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const creator = data.users.find((u) => u.username === 'admin') ?? data.users[0]!;
  let mase: DemoMase | undefined;

  await store.transaction(async (repos, tx) => {
    // The demo's sign-ins work with the password alone, every role included (a real install requires a second factor
    // for administrators, auditors and safeguarding leads: migrations/0019). Turn it back on from the administration page to try it.
    for (const role of ROLE_KEYS) await repos.users.upsertRoleSetting(role, false);
    await tx.insert(agency).values(data.agencies.map((a) => ({ id: id(a.id), name: a.name, kind: a.kind })));
    await tx.insert(team).values(data.agencies.flatMap((a) => a.teams.map((t) => ({ id: id(t.id), agencyId: id(a.id), name: t.name }))));
    await tx.insert(appUser).values(
      data.users.map((u) => ({
        id: id(u.id),
        username: u.username,
        displayName: u.displayName,
        agencyId: id(u.agencyId),
        teamId: id(u.teamId),
        role: u.role,
        passwordHash,
      })),
    );
    await insertChunks(data.persons, (chunk) =>
      tx.insert(person).values(
        chunk.map((p) => ({
          id: id(p.id),
          kind: p.kind,
          dateOfBirth: p.dateOfBirth,
          gender: p.gender,
          ethnicity: p.ethnicity,
          nhsNumber: p.nhsNumber,
          school: p.school,
          lookedAfter: p.lookedAfter,
          cpPlan: p.cpPlan,
          createdBy: id(creator.id),
          createdByAgency: id(creator.agencyId),
          createdAt: now,
          updatedAt: now,
        })),
      ),
    );
    const names = data.persons.flatMap((p) =>
      p.names.map((n) => ({
        personId: id(p.id),
        kind: n.kind,
        given: n.given,
        family: n.family,
        ...searchableName(n.given, n.family),
      })),
    );
    await insertChunks(names, (chunk) => tx.insert(personName).values(chunk));
    const idents = data.persons.flatMap((p) =>
      p.identifiers.map((i) => ({ personId: id(p.id), agencyId: id(i.agencyId), kind: i.kind, value: i.value, valueNormalised: normaliseReference(i.value) })),
    );
    await insertChunks(idents, (chunk) => tx.insert(personIdentifier).values(chunk));
    const map = placeDemo(data, wards);
    // Missing episodes, orders and MASE panels (issue 7) follow the map's found_at / missing_from links.
    mase = buildMaseDemo(data, map, now);
    const addresses = data.persons.flatMap((p) => {
      const at = map.addresses.get(p.id);
      return p.addresses.map((a) => ({
        personId: id(p.id),
        line: a.line,
        postcode: a.postcode,
        fromDate: a.from,
        toDate: a.to,
        latitude: at?.lat ?? null,
        longitude: at?.lon ?? null,
        wardCode: at?.ward ?? null,
      }));
    });
    await insertChunks(addresses, (chunk) => tx.insert(addressPeriod).values(chunk));
    const lastActivity = new Map<string, Date>();
    const touch = (caseId: string, iso: string | null) => {
      const at = date(iso);
      if (at && at > (lastActivity.get(caseId) ?? new Date(0))) lastActivity.set(caseId, at);
    };
    for (const e of data.chronology) touch(e.caseId, e.occurredAt);
    for (const s of data.screenings) touch(s.caseId, s.completedAt ?? s.startedAt);
    const forms = new Map(data.caseForms.map((f) => [f.caseId, f]));
    await insertChunks(data.cases, (chunk) =>
      tx.insert(safeguardingCase).values(
        chunk.map((c) => ({
          id: id(c.id),
          personId: id(c.personId),
          leadAgencyId: id(c.leadAgencyId),
          keyWorkerId: id(c.keyWorkerId),
          openedAt: new Date(c.openedAt),
          lastActivityAt: lastActivity.get(c.id) ?? new Date(c.openedAt),
          riskLevel: forms.get(c.id)?.riskLevel ?? null,
          exploitationTypes: forms.get(c.id)?.exploitationTypes ?? [],
          exploitationModel: forms.get(c.id)?.exploitationModel ?? null,
          exploitationSetting: forms.get(c.id)?.exploitationSetting ?? null,
          groomingStage: forms.get(c.id)?.groomingStage ?? null,
        })),
      ),
    );
    const openedAt = new Map(data.cases.map((c) => [c.id, c.openedAt]));
    const members = [...data.cases.flatMap((c) => c.members.map((member) => ({ caseId: c.id, member }))), ...mase.members].map(({ caseId, member: m }) => ({
      caseId: id(caseId),
      userId: m.userId ? id(m.userId) : null,
      agencyId: id(m.agencyId),
      role: m.role,
      addedAt: new Date(openedAt.get(caseId)!),
    }));
    await insertChunks(members, (chunk) => tx.insert(caseMember).values(chunk));
    const personOfCase = new Map(data.cases.map((c) => [c.id, c.personId]));
    const entries = data.chronology.map((e) => ({
      id: id(e.id),
      personId: id(personOfCase.get(e.caseId)!),
      caseId: id(e.caseId),
      kind: e.kind,
      occurredAt: new Date(e.occurredAt),
      summary: e.summary,
      detail: e.detail,
      authorId: id(e.authorId),
      agencyId: id(e.agencyId),
      createdAt: new Date(e.occurredAt),
      checkedAt: new Date(e.occurredAt),
      possibleCheckedAt: new Date(e.occurredAt),
    }));
    await insertChunks(entries, (chunk) => tx.insert(chronologyEntry).values(chunk));
    // The checks each entry would have had on save, so that the demo's records show what is not dealt with yet and the
    // lead's language report has months to show (about 5 s for some 2,500 entries on a two-core machine).
    const checks = await noteChecks();
    const teamOf = new Map(data.users.map((u) => [id(u.id), id(u.teamId)]));
    await insertChunks(
      entries.flatMap((e) => findingRows(checks, e, teamOf.get(e.authorId) ?? null, e.createdAt)),
      (chunk) => tx.insert(noteFinding).values(chunk),
    );
    await insertChunks(data.tasks, (chunk) =>
      tx
        .insert(task)
        .values(chunk.map((t) => ({ caseId: id(t.caseId), kind: t.kind, title: t.title, dueOn: t.dueOn, assignedTo: id(t.assignedToUserId), createdAt: now }))),
    );

    // Screenings with their answers, decisions, referrals, consultations and the sexual health attendance that started one.
    await insertChunks(data.screenings, (chunk) =>
      tx.insert(screening).values(
        chunk.map((s) => ({
          id: id(s.id),
          caseId: id(s.caseId),
          personId: id(s.personId),
          frameworkVersion: s.frameworkVersion,
          status: s.status,
          ageAtScreening: s.ageAtScreening,
          origin: s.origin,
          startedBy: id(s.startedById),
          agencyId: id(s.agencyId),
          startedAt: new Date(s.startedAt),
          completedBy: s.completedById ? id(s.completedById) : null,
          completedAt: date(s.completedAt),
          score: s.score,
          calculatedLevel: s.calculatedLevel,
          finalLevel: s.finalLevel,
          result: s.result,
          overrideLevel: s.override?.level ?? null,
          overrideReason: s.override?.reason ?? null,
          overrideBy: s.override ? id(s.override.byId) : null,
          overrideAt: date(s.override?.at ?? null),
          overrideStatus: s.override?.status ?? 'none',
          overrideReviewedBy: s.override?.reviewedById ? id(s.override.reviewedById) : null,
          overrideReviewedAt: date(s.override?.reviewedAt ?? null),
          overrideReviewNote: s.override?.reviewNote ?? null,
          closedAt: date(s.closedAt),
        })),
      ),
    );
    const answers = data.screenings.flatMap((s) =>
      s.answers.map((a) => ({
        screeningId: id(s.id),
        code: a.code,
        status: a.status,
        when: a.status === 'present' ? (a.when ?? null) : null,
        evidence: a.status === 'present' ? (a.evidence ?? '') : '',
      })),
    );
    await insertChunks(answers, (chunk) => tx.insert(screeningAnswer).values(chunk));
    await insertChunks(data.decisions, (chunk) =>
      tx.insert(screeningDecision).values(
        chunk.map((d) => ({
          id: id(d.id),
          screeningId: id(d.screeningId),
          kind: d.kind,
          reason: d.reason,
          decidedBy: id(d.decidedById),
          agencyId: id(d.agencyId),
          decidedAt: new Date(d.decidedAt),
          reviewStatus: d.reviewStatus,
          reviewedBy: d.reviewedById ? id(d.reviewedById) : null,
          reviewedAt: date(d.reviewedAt),
          reviewNote: d.reviewNote,
        })),
      ),
    );
    const screeningsById = new Map(data.screenings.map((s) => [s.id, s]));
    const personsById = new Map(data.persons.map((p) => [p.id, p]));
    const usersById = new Map(data.users.map((u) => [u.id, u]));
    const agencyNames = new Map(data.agencies.map((a) => [a.id, a.name]));
    await insertChunks(data.referrals, (chunk) =>
      tx.insert(referral).values(
        chunk.map((r) => {
          const s = screeningsById.get(r.screeningId)!;
          const form = forms.get(r.caseId);
          const referrer = usersById.get(r.createdById)!;
          const nrm = r.target === 'nrm' ? nrmRoute(s.ageAtScreening, null) : null;
          // As the referral was written: a change of level asked for later is not in it.
          const override =
            s.override && s.override.at <= r.createdAt ? { level: s.override.level, reason: s.override.reason, status: s.override.status } : null;
          const content = buildReferral({
            target: r.target,
            child: referralChild(personsById.get(r.personId)!, s.ageAtScreening),
            referrer: { name: referrer.displayName, agency: agencyNames.get(referrer.agencyId) ?? '', email: '' },
            screeningId: id(s.id),
            completedAt: new Date(s.completedAt!),
            assessment: s.result!,
            finalLevel: override?.status === 'applied' ? override.level : s.calculatedLevel!,
            override,
            exploitation: {
              types: form?.exploitationTypes ?? [],
              model: form?.exploitationModel ?? null,
              setting: form?.exploitationSetting ?? null,
              groomingStage: form?.groomingStage ?? null,
            },
            nrm,
            notes: r.notes,
          });
          return {
            id: id(r.id),
            screeningId: id(r.screeningId),
            decisionId: id(r.decisionId),
            caseId: id(r.caseId),
            personId: id(r.personId),
            target: r.target,
            nrmRoute: nrm?.route ?? null,
            consent: nrm?.consent ?? null,
            childWelfareFormSentOn: r.childWelfareFormSentOn,
            content,
            createdBy: id(r.createdById),
            agencyId: id(r.agencyId),
            createdAt: new Date(r.createdAt),
            outcome: r.outcome,
            outcomeAt: date(r.outcomeAt),
            outcomeBy: r.outcomeById ? id(r.outcomeById) : null,
          };
        }),
      ),
    );
    await insertChunks(data.consultations, (chunk) =>
      tx.insert(consultation).values(
        chunk.map((c) => ({
          id: id(c.id),
          screeningId: id(c.screeningId),
          personId: id(c.personId),
          askedBy: id(c.askedById),
          agencyId: id(c.agencyId),
          askedAt: new Date(c.askedAt),
          question: c.question,
          answeredBy: c.answeredById ? id(c.answeredById) : null,
          answeredAt: date(c.answeredAt),
          answer: c.answer,
        })),
      ),
    );
    await insertChunks(data.sexualHealthAttendances, (chunk) =>
      tx.insert(sexualHealthAttendance).values(
        chunk.map((a) => ({
          id: id(a.id),
          personId: id(a.personId),
          caseId: id(a.caseId),
          chronologyEntryId: id(a.chronologyEntryId),
          attendedOn: a.attendedOn,
          partnerAges: a.partnerAges.join(', '),
          partnerCount: a.partnerCount,
          sti: a.sti,
          pregnancy: a.pregnancy,
          emergencyContraception: a.emergencyContraception,
          fraserCompetent: a.fraserCompetent,
          indicators: a.indicators,
          professionalAnalysis: a.professionalAnalysis,
          screeningId: id(a.screeningId),
          recordedBy: id(a.recordedById),
          agencyId: id(a.agencyId),
          createdAt: new Date(a.createdAt),
        })),
      ),
    );
    const entityId = await loadNetwork(repos, tx, data, map, id, now);
    await loadMase(repos, tx, mase, id, entityId, now);
    // Old, closed records and a legal hold, so that the retention dry run has something to show (issue 8).
    await loadRetentionDemo(repos, tx, now, data.users, id);
    await repos.places.setFingerprint('wards', wards.fingerprint, now);
    // Recorded in the same transaction: the trail says "seeded" only if the data went in.
    await repos.audit.append({
      at: now,
      userId: null,
      agencyId: null,
      action: 'system.demo_seeded',
      subjectType: 'system',
      subjectId: null,
      personId: null,
      purpose: 'demo',
      breakGlass: false,
      via: 'cli',
      detail: { seed: data.seed },
    });
  });
  return { data, mase: mase!, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}

// The demo's hidden networks (src/demo/network.ts): entities, roles and sourced links; then the cross-referral alerts
// and the match candidates that the same records would raise if practitioners had entered them one by one.
// Returns the entity id resolver: map entities for people whom matching had already given an entity are that entity.
async function loadNetwork(repos: Repositories, tx: Db, data: DemoData, map: DemoMap, id: (k: string) => string, now: Date): Promise<(k: string) => string> {
  await insertNetwork(repos, tx, data, data.network, map, id, now);
  // The ward map's places and links (src/demo/map-places.ts) come after the issue-5 networks and their match candidates
  // (matching gave some people an entity meanwhile: those are reused, not created twice).
  const existing = new Map(
    (await tx.select({ id: entity.id, personId: entity.personId }).from(entity).where(isNotNull(entity.personId))).map((r) => [r.personId, r.id]),
  );
  const reuse = new Map(map.extra.entities.flatMap((e) => (e.personId && existing.has(id(e.personId)) ? [[e.id, existing.get(id(e.personId))!]] : [])));
  const extra = { entities: map.extra.entities.filter((e) => !reuse.has(e.id)), roles: map.extra.roles, links: map.extra.links, nicknameOnly: [] };
  const entityId = (k: string) => reuse.get(k) ?? id(k);
  await insertNetwork(repos, tx, data, extra, map, entityId, now);
  return entityId;
}

async function insertNetwork(
  repos: Repositories,
  tx: Db,
  data: DemoData,
  net: Pick<DemoData['network'], 'entities' | 'roles' | 'links' | 'nicknameOnly'>,
  map: DemoMap,
  id: (k: string) => string,
  now: Date,
): Promise<void> {
  const creator = id(data.users[0]!.id);
  for (const p of net.nicknameOnly) {
    const [row] = await tx
      .insert(person)
      .values({
        id: id(p.id),
        kind: p.kind,
        gender: p.gender,
        ethnicity: p.ethnicity,
        createdBy: creator,
        createdByAgency: id(data.agencies[0]!.id),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx
      .insert(personName)
      .values(p.names.map((n) => ({ personId: row!.id, kind: n.kind, given: n.given, family: n.family, ...searchableName(n.given, n.family) })));
  }
  const legal = new Map(data.persons.map((p) => [p.id, `${p.names[0]?.given ?? ''} ${p.names[0]?.family ?? ''}`.trim()]));
  const rows = net.entities.map((e) => ({
    id: id(e.id),
    kind: e.kind,
    personId: e.personId ? id(e.personId) : null,
    label: e.label || legal.get(e.personId ?? '') || 'Person',
    locationType: e.locationType ?? null,
    groupType: e.groupType ?? null,
    vrm: e.vrm ?? null,
    vrmPartial: e.vrmPartial ?? false,
    make: e.make ?? null,
    colour: e.colour ?? null,
    phone: e.phone ?? null,
    latitude: map.entities.get(e.id)?.lat ?? null,
    longitude: map.entities.get(e.id)?.lon ?? null,
    wardCode: map.entities.get(e.id)?.ward ?? null,
    placedBy: map.entities.has(e.id) ? 'coordinates' : null,
    createdBy: id(e.createdById),
    createdByAgency: id(e.agencyId),
    createdAt: now,
    updatedAt: now,
  }));
  if (rows.length) await tx.insert(entity).values(rows);
  if (net.roles.length)
    await tx
      .insert(entityRole)
      .values(net.roles.map((r) => ({ caseId: id(r.caseId), entityId: id(r.entityId), role: r.role, addedBy: id(r.addedById), addedAt: now })));
  await insertLinks(tx, net.links, id, id, now);
  for (const e of net.entities) await refreshAlert(repos, id(e.id), now);
  for (const p of net.nicknameOnly) {
    const e = await repos.network.entityForPerson(id(p.id));
    if (e) await raiseMatchCandidates(repos, e, now);
  }
}

// Demo links, each with the chronology entry that asserted it as its source. `end` resolves the entity keys.
async function insertLinks(tx: Db, links: readonly DemoLink[], end: (k: string) => string, id: (k: string) => string, now: Date): Promise<void> {
  if (!links.length) return;
  await tx.insert(entityLink).values(
    links.map((l) => ({
      fromEntity: end(l.from),
      toEntity: end(l.to),
      type: l.type,
      directed: l.directed,
      confidence: l.confidence,
      sourceKind: 'chronology_entry',
      sourceId: id(l.sourceEntryId),
      caseId: id(l.caseId),
      personId: id(l.personId),
      assertingAgency: id(l.agencyId),
      validFrom: l.validFrom,
      createdBy: id(l.createdById),
      createdAt: now,
    })),
  );
}

const when = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

// The MASE panel story (src/demo/mase.ts): missing episodes with their RHIs, orders and breaches, two held panels with
// attendance, agenda items and actions. Written directly, as for the other tables; the services are not involved.
async function loadMase(repos: Repositories, tx: Db, m: DemoMase, id: (k: string) => string, entityId: (k: string) => string, now: Date): Promise<void> {
  const ent = (k: string | null) => (k ? entityId(k) : null);
  const opt = (k: string | null) => (k ? id(k) : null);
  await insertLinks(tx, m.links, entityId, id, now);
  for (const e of new Set(m.links.map((l) => l.from))) await refreshAlert(repos, entityId(e), now);
  await insertChunks(m.episodes, (chunk) =>
    tx.insert(missingEpisode).values(
      chunk.map((e) => ({
        id: id(e.id),
        personId: id(e.personId),
        caseId: id(e.caseId),
        entryId: id(e.entryId),
        reportedAt: new Date(e.reportedAt),
        reportedBy: e.reportedBy,
        missingFrom: e.missingFrom,
        missingFromEntity: ent(e.missingFromEntity),
        missingFromDetail: e.missingFromDetail,
        policeRef: e.policeRef,
        policeRisk: e.policeRisk,
        returnedAt: when(e.returnedAt),
        foundAtEntity: ent(e.foundAtEntity),
        foundAtDetail: e.foundAtDetail,
        foundWithEntity: ent(e.foundWithEntity),
        foundWithDetail: e.foundWithDetail,
        returnMethod: e.returnMethod,
        returnDetail: e.returnDetail,
        recordedBy: id(e.recordedById),
        agencyId: id(e.agencyId),
        createdAt: new Date(e.returnedAt ?? e.reportedAt),
        updatedAt: new Date(e.returnedAt ?? e.reportedAt),
      })),
    ),
  );
  await insertChunks(m.rhis, (chunk) =>
    tx.insert(returnHomeInterview).values(
      chunk.map((r) => ({
        id: id(r.id),
        episodeId: id(r.episodeId),
        dueAt: new Date(r.dueAt),
        status: r.status,
        assignedTo: opt(r.assignedToId),
        assignedAgency: id(r.assignedAgencyId),
        assignedAt: new Date(r.assignedAt),
        offeredAt: when(r.offeredAt),
        completedAt: when(r.completedAt),
        reason: r.reason,
        findings: r.findings,
        recordedBy: opt(r.recordedById),
        createdAt: new Date(r.createdAt),
        updatedAt: new Date(r.updatedAt),
      })),
    ),
  );
  await tx.insert(legalOrder).values(
    m.orders.map((o) => ({
      id: id(o.id),
      kind: o.kind,
      status: o.status,
      subjectEntity: entityId(o.subjectEntityId),
      childPersonId: opt(o.childPersonId),
      caseId: opt(o.caseId),
      basis: o.basis,
      reference: o.reference,
      startsOn: o.startsOn,
      officer: o.officer,
      reviewOn: o.reviewOn,
      expiresOn: o.expiresOn,
      outcome: o.outcome,
      notes: o.notes,
      createdBy: id(o.createdById),
      agencyId: id(o.agencyId),
      createdAt: new Date(o.createdAt),
      updatedAt: new Date(o.updatedAt),
    })),
  );
  await tx.insert(orderBreach).values(
    m.breaches.map((b) => ({
      id: id(b.id),
      orderId: id(b.orderId),
      occurredAt: new Date(b.occurredAt),
      detail: b.detail,
      reportedBy: id(b.reportedById),
      agencyId: id(b.agencyId),
      followUp: b.followUp,
      followUpReason: b.followUpReason,
      decidedBy: opt(b.decidedById),
      decidedAt: when(b.decidedAt),
      createdAt: new Date(b.createdAt),
      updatedAt: new Date(b.updatedAt),
    })),
  );
  await tx.insert(maseMeeting).values(
    m.meetings.map((x) => ({
      id: id(x.id),
      heldOn: x.heldOn,
      title: x.title,
      chairId: id(x.chairId),
      status: x.status,
      notes: x.notes,
      createdBy: id(x.createdById),
      createdAt: new Date(x.createdAt),
      updatedAt: new Date(x.updatedAt),
    })),
  );
  await tx.insert(maseAttendance).values(
    m.attendance.map((a) => ({
      id: id(a.id),
      meetingId: id(a.meetingId),
      userId: id(a.userId),
      name: a.name,
      agencyId: id(a.agencyId),
      status: a.status,
      recordedAt: new Date(a.recordedAt),
    })),
  );
  await tx.insert(agendaItem).values(
    m.agenda.map((i) => ({
      id: id(i.id),
      meetingId: id(i.meetingId),
      position: i.position,
      kind: i.kind,
      personId: opt(i.personId),
      entityId: ent(i.entityId),
      breachId: opt(i.breachId),
      actionId: opt(i.actionId),
      title: i.title,
      reason: i.reason,
      source: i.source,
      summary: i.summary,
      decisions: i.decisions,
      createdBy: id(i.createdById),
      createdAt: new Date(i.createdAt),
      updatedAt: new Date(i.updatedAt),
    })),
  );
  await tx.insert(maseAction).values(
    m.actions.map((a) => ({
      id: id(a.id),
      meetingId: id(a.meetingId),
      agendaItemId: opt(a.agendaItemId),
      type: a.type,
      description: a.description,
      personId: opt(a.personId),
      entityId: ent(a.entityId),
      ownerUser: opt(a.ownerUserId),
      ownerAgency: id(a.ownerAgencyId),
      dueOn: a.dueOn,
      status: a.status,
      outcome: a.outcome,
      carriedFrom: opt(a.carriedFromId),
      orderId: opt(a.orderId),
      createdBy: id(a.createdById),
      createdAt: new Date(a.createdAt),
      updatedAt: new Date(a.updatedAt),
    })),
  );
}
