import { searchableName } from '../core/identity/index.ts';
import type { Db } from '../db/connection.ts';
import type { Repositories } from '../db/store.ts';
import { caseMember, legalHold, person, personName, safeguardingCase } from '../db/schema/index.ts';
import { DEMO_ACCOUNTS, type DemoUser } from '../demo/generate.ts';
import { buildRetentionDemo } from '../demo/retention.ts';
import { addCheckedEntry } from './entry-checks.ts';

// Loads the demo's retention story (src/demo/retention.ts) inside the demo loader's transaction, as the other demo
// parts are: old closed records for the dry run to find, and a legal hold that keeps one of them.
export async function loadRetentionDemo(
  repos: Repositories,
  tx: Db,
  now: Date,
  users: readonly DemoUser[],
  id: (key: string) => string,
): Promise<{ persons: number; holdId: string }> {
  const demo = buildRetentionDemo(now);
  // A social care practitioner outside the demo sign-ins keeps the old cases, so no demo caseload changes.
  const signIns = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const keyWorker = users.find((u) => u.role === 'practitioner' && !signIns.has(u.username)) ?? users[0]!;
  const admin = users.find((u) => u.role === 'administrator') ?? users[0]!;
  const ids = new Map(demo.people.map((p) => [p.key, id(p.key)]));
  for (const p of demo.people) {
    const personId = ids.get(p.key)!;
    const created = new Date(p.createdAt);
    await tx.insert(person).values({
      id: personId,
      kind: p.kind,
      dateOfBirth: p.dateOfBirth,
      gender: p.gender,
      ethnicity: 'not_stated',
      lookedAfter: p.lookedAfter,
      createdBy: id(keyWorker.id),
      createdByAgency: id(keyWorker.agencyId),
      createdAt: created,
      updatedAt: created,
    });
    await tx.insert(personName).values({ personId, kind: 'legal', given: p.given, family: p.family, ...searchableName(p.given, p.family) });
    if (!p.kase) continue;
    const caseId = id(`${p.key}-case`);
    const closed = new Date(p.kase.closedAt);
    await tx.insert(safeguardingCase).values({
      id: caseId,
      personId,
      leadAgencyId: id(keyWorker.agencyId),
      keyWorkerId: id(keyWorker.id),
      status: 'closed',
      openedAt: new Date(p.kase.openedAt),
      closedAt: closed,
      lastActivityAt: closed,
    });
    await tx
      .insert(caseMember)
      .values({ caseId, agencyId: id(keyWorker.agencyId), userId: id(keyWorker.id), role: 'key_worker', addedAt: new Date(p.kase.openedAt) });
    // Checked as they are added, as every entry is (services/entry-checks.ts).
    for (const n of p.kase.notes)
      await addCheckedEntry(repos, {
        personId,
        caseId,
        kind: 'note',
        occurredAt: new Date(n.occurredAt),
        summary: n.summary,
        detail: n.detail,
        authorId: id(keyWorker.id),
        agencyId: id(keyWorker.agencyId),
        createdAt: new Date(n.occurredAt),
      });
  }
  const holdId = id('retention-hold');
  await tx.insert(legalHold).values({
    id: holdId,
    scope: 'person',
    personId: ids.get(demo.hold.personKey)!,
    reference: demo.hold.reference,
    reason: demo.hold.reason,
    placedBy: id(admin.id),
    placedAt: new Date(demo.hold.placedAt),
  });
  return { persons: demo.people.length, holdId };
}
