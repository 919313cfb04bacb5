import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, childInput } from '../../test/fixtures/world.ts';
import { ifSet } from '../../test/setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../../test/setup/test-db.ts';
import type { Repositories, Store } from '../db/store.ts';
import { auditOf } from './context.ts';
import { createServices, type Services } from './index.ts';

// The audit append takes the chain's advisory lock, held until the commit, so it is the last statement of a service's
// transaction: a repository call after it keeps every other writer waiting. This store fails such a call, and records
// it in case a service catches the error, so the flows below check the order and not only the result. Reads of the
// trail itself may follow the append: they list the row just written (services/audit.ts and subject-access.ts).
// Statements a service sends through the transaction's raw handle (bulk loads) are not watched.
const ALLOWED_AFTER_APPEND = new Set(['audit.append', 'audit.forPerson', 'retention.accessLog']);

class AfterAppend extends Error {}

function watch(repos: Repositories, check: (call: string) => void): Repositories {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, repo] of Object.entries(repos)) {
    out[name] = Object.fromEntries(
      Object.entries(repo).map(([key, value]) => [
        key,
        typeof value === 'function'
          ? (...args: unknown[]) => {
              check(`${name}.${key}`);
              return (value as (...a: unknown[]) => unknown).apply(repo, args);
            }
          : value,
      ]),
    );
  }
  return out as Repositories;
}

function auditLast(store: Store, violations: string[]): Store {
  return {
    ...store,
    transaction: (fn) =>
      store.transaction((repos, tx) => {
        let appended = false;
        return fn(
          watch(repos, (call) => {
            if (call === 'audit.append') appended = true;
            else if (appended && !ALLOWED_AFTER_APPEND.has(call)) {
              violations.push(call);
              throw new AfterAppend(`${call} after audit.append in the same transaction`);
            }
          }),
          tx,
        );
      }),
  };
}

const NOW = new Date('2026-11-28T10:00:00Z');

let t: TestDatabase;
let store: Store;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
const violations: string[] = [];

// The actions audited since `seq`, in chain order.
const lastSeq = async () => (await t.store.repos.audit.head())?.seq ?? 0;
const actionsSince = async (seq: number) => (await t.store.repos.audit.batchAfter(seq, 1000)).map((e) => e.action);

beforeAll(async () => {
  t = await testDatabase();
  store = auditLast(t.store, violations);
  services = createServices(store, testClock(NOW), testConfig());
  world = await buildWorld(store, services);
}, 60_000);
afterAll(async () => ifSet(t)?.close());
afterEach(() => {
  expect(violations.splice(0)).toEqual([]);
});

describe('the audit append is the last statement of the transaction', () => {
  it('fails a repository call made after the append, and the transaction rolls back', async () => {
    const before = await lastSeq();
    const row = auditOf(world.ctxOf('home.practitioner'), NOW, { action: 'test.after_append', subjectType: 'test' });
    await expect(
      store.transaction(async (repos) => {
        await repos.audit.append(row);
        return repos.users.list();
      }),
    ).rejects.toBeInstanceOf(AfterAppend);
    expect(violations.splice(0)).toEqual(['users.list']);
    expect(await actionsSince(before)).toEqual([]);
  });

  it('notes: the entry with its findings, and a sign added to a new draft screening', async () => {
    const kw = world.ctxOf('home.practitioner');
    const e = await services.chronology.add(kw, world.child.id, {
      kind: 'note',
      occurredAt: '2026-11-20',
      summary: 'Home visit',
      detail: 'No concerns about drugs. He went missing from home on Friday and was found in a hotel with adults.',
    });
    let seq = await lastSeq();
    const { findings } = await services.notes.forEntry(kw, e.id);
    expect(await actionsSince(seq)).toEqual(['chronology.view']);
    const sign = findings.find((f) => f.kind === 'indicator' && !f.negated && !f.hypothetical)!;
    seq = await lastSeq();
    const { screeningId } = await services.notes.addToScreening(kw, sign.id);
    expect(screeningId).toBeTruthy();
    expect(await actionsSince(seq)).toEqual(['screening.start', 'note_finding.to_screening']);
  });

  it('sexual health: an attendance with a sign opens a case and starts a screening', async () => {
    const kw = world.ctxOf('home.practitioner');
    const child = await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Uncased', family: 'Child' }], nhsNumber: '' }));
    const seq = await lastSeq();
    const r = await services.sexualHealth.record(kw, child.id, {
      attendedOn: '2026-11-21',
      fraserCompetent: 'yes',
      emergencyContraception: 'yes',
      professionalAnalysis: 'Emergency contraception requested; would not say who the partner is.',
    });
    expect(r.screeningId).not.toBeNull();
    expect(await actionsSince(seq)).toEqual(['sexual_health.record', 'case.open', 'screening.start']);
  });

  let episodeId: string;
  it('missing: an episode with its links, the return later, and the episode page', async () => {
    const kw = world.ctxOf('home.practitioner');
    const episode = {
      reportedAt: '2026-11-27T21:30',
      reportedBy: 'residential care worker',
      missingFrom: 'care',
      missingFromPlace: 'Invented House children’s home',
      policeRisk: 'medium',
    };
    let seq = await lastSeq();
    await services.missing.record(kw, world.child.id, {
      ...episode,
      returnedAt: '2026-11-28T02:15',
      returnMethod: 'dropped_off_unknown',
      foundAtPlace: 'Invented Lodge Hotel',
      foundWithName: 'Tiny',
      foundWithRole: 'suspected_perpetrator',
    });
    expect(await actionsSince(seq)).toEqual(['network.link_add', 'network.link_add', 'network.link_add', 'missing.record']);

    episodeId = (await services.missing.record(kw, world.child.id, episode)).id;
    seq = await lastSeq();
    const page = await services.missing.get(kw, episodeId);
    expect(page.can.recordReturn).toBe(true);
    expect(await actionsSince(seq)).toEqual(['missing.view']);
    seq = await lastSeq();
    await services.missing.recordReturn(kw, episodeId, {
      version: 1,
      returnedAt: '2026-11-28T06:00',
      returnMethod: 'found_by_police',
      foundAtPlace: 'Invented park',
    });
    expect(await actionsSince(seq)).toEqual(['network.link_add', 'missing.return']);
  });

  it('MASE: an action, and the outcomes for a child and for a place', async () => {
    const coordinator = world.ctxOf('home.mase_coordinator');
    const { id: meeting } = await services.mase.create(coordinator, { heldOn: '2026-11-28', title: 'Test MASE' });
    const { itemId } = await services.mase.addItem(coordinator, meeting, { kind: 'child', personId: world.child.id });
    const { actionId } = await services.mase.addAction(coordinator, meeting, {
      agendaItemId: itemId,
      type: 'cawn',
      description: 'Serve a CAWN on the adult',
      ownerAgency: world.home.id,
      dueOn: '2026-12-12',
    });
    const place = (await t.store.repos.missing.episode(episodeId))!.missingFromEntity!;
    await services.mase.addItem(coordinator, meeting, { kind: 'location', entityId: place, reason: 'Children go missing from here' });
    const seq = await lastSeq();
    expect((await services.mase.action(coordinator, actionId)).heldOn).toBe('2026-11-28');
    expect((await services.mase.childOutcome(world.ctxOf('home.practitioner'), world.child.id)).actions).toHaveLength(1);
    expect((await services.mase.placeOutcome(coordinator, place)).items).toHaveLength(1);
    expect(await actionsSince(seq)).toEqual(['mase.action_view', 'mase.outcome_view', 'mase.outcome_view']);
  });

  it('the trail of a record lists the view or report that read it', async () => {
    const auditor = world.ctxOf('home.auditor');
    const report = await services.subjectAccess.report(auditor, world.child.id);
    expect(report.access.events.at(-1)?.action).toBe('person.subject_access');
    const trail = await services.audit.forPerson(auditor, world.child.id);
    expect(trail[0]?.action).toBe('person.audit_view');
  });
});
