import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { searchableName } from '../core/identity/index.ts';
import { normaliseReference } from '../core/records/reference.ts';
import type { Db } from '../db/connection.ts';
import {
  addressPeriod,
  agency,
  appUser,
  caseMember,
  chronologyEntry,
  person,
  personIdentifier,
  personName,
  safeguardingCase,
  task,
  team,
} from '../db/schema/index.ts';
import type { Store } from '../db/store.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoData, generateDemo } from '../demo/generate.ts';
import { hashPassword } from './auth.ts';
import type { Clock } from './context.ts';

// Loads the seeded synthetic data set into an empty database, in one transaction.
// Nothing here is real: names, NHS numbers (999 test range) and postcodes are generated.
export async function isEmpty(db: Db): Promise<boolean> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from app_user`);
  return (r.rows[0]?.n ?? 0) === 0;
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function loadDemo(store: Store, clock: Clock, seed?: number): Promise<{ data: DemoData; accounts: typeof DEMO_ACCOUNTS; password: string }> {
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

  await store.transaction(async (repos, tx) => {
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
    const addresses = data.persons.flatMap((p) =>
      p.addresses.map((a) => ({ personId: id(p.id), line: a.line, postcode: a.postcode, fromDate: a.from, toDate: a.to })),
    );
    await insertChunks(addresses, (chunk) => tx.insert(addressPeriod).values(chunk));
    const lastActivity = new Map<string, Date>();
    for (const e of data.chronology) {
      const at = new Date(e.occurredAt);
      if (at > (lastActivity.get(e.caseId) ?? new Date(0))) lastActivity.set(e.caseId, at);
    }
    await insertChunks(data.cases, (chunk) =>
      tx.insert(safeguardingCase).values(
        chunk.map((c) => ({
          id: id(c.id),
          personId: id(c.personId),
          leadAgencyId: id(c.leadAgencyId),
          keyWorkerId: id(c.keyWorkerId),
          openedAt: new Date(c.openedAt),
          lastActivityAt: lastActivity.get(c.id) ?? new Date(c.openedAt),
        })),
      ),
    );
    const members = data.cases.flatMap((c) =>
      c.members.map((m) => ({
        caseId: id(c.id),
        userId: m.userId ? id(m.userId) : null,
        agencyId: id(m.agencyId),
        role: m.role,
        addedAt: new Date(c.openedAt),
      })),
    );
    await insertChunks(members, (chunk) => tx.insert(caseMember).values(chunk));
    const personOfCase = new Map(data.cases.map((c) => [c.id, c.personId]));
    await insertChunks(data.chronology, (chunk) =>
      tx.insert(chronologyEntry).values(
        chunk.map((e) => ({
          personId: id(personOfCase.get(e.caseId)!),
          caseId: id(e.caseId),
          kind: e.kind,
          occurredAt: new Date(e.occurredAt),
          summary: e.summary,
          detail: e.detail,
          authorId: id(e.authorId),
          agencyId: id(e.agencyId),
          createdAt: new Date(e.occurredAt),
        })),
      ),
    );
    await insertChunks(data.tasks, (chunk) =>
      tx.insert(task).values(chunk.map((t) => ({ caseId: id(t.caseId), title: t.title, dueOn: t.dueOn, assignedTo: id(t.assignedToUserId), createdAt: now }))),
    );
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
  return { data, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}
