import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { TestFigures } from '../fixtures/figures.ts';
import { buildWorld, childInput, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

// 100 editors at once on the same records (issue 8, "Concurrency"), over real HTTP against real PostgreSQL. The rule
// is optimistic locking: a save carries the version it read, and a save based on an older version is refused with the
// record as it is now (API 409 with `current`; the web form's "Someone else changed this record" page). "No silent
// overwrite" is checked from what was stored: every accepted save was based on the version just before it, so no two
// accepted saves were based on the same read.

const EDITORS = 100;

// What each scenario measured, for the benchmark (bench/authz.ts): saves sent, stored, refused with the conflict shown,
// and saves stored without being based on the version before them (silent overwrites: must be 0).
type EditorFigures = { scenario: string; editors: number; saves: number; stored: number; conflictsShown: number; silentOverwrites: number };
// Every save sent at once read the same version, so every stored save after the first overwrote another unseen.
const atOnce = (scenario: string, statuses: number[], ok: number, conflict = 409): EditorFigures => {
  const stored = statuses.filter((s) => s === ok).length;
  return {
    scenario,
    editors: EDITORS,
    saves: statuses.length,
    stored,
    conflictsShown: statuses.filter((s) => s === conflict).length,
    silentOverwrites: Math.max(0, stored - 1),
  };
};
const figures = new TestFigures<EditorFigures>('parallel-editors');

let t: TestDatabase;
let services: Services;
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;
const tokens: string[] = [];
const editorIds: string[] = [];

// The editors are named members of the child's case team, as a practitioner must be to change a record.
async function addEditors(caseId: string): Promise<void> {
  for (const userId of editorIds) await services.cases.addMember(world.ctxOf('home.practitioner'), caseId, { userId });
}

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date()), testConfig());
  world = await buildWorld(t.store, services);
  // Ten practitioners of the lead agency, each with ten API clients open: 100 editors on the case team.
  for (let u = 0; u < 10; u++) {
    const user = await t.store.repos.users.insert({
      username: `editor.${u}`,
      displayName: `Editor ${u}`,
      agencyId: world.home.id,
      role: 'practitioner',
      passwordHash: (await t.store.repos.users.byUsername('home.practitioner'))!.passwordHash,
    });
    editorIds.push(user.id);
    for (let c = 0; c < 10; c++) tokens.push((await services.auth.createApiToken(user.username, `client ${c}`, 1)).token);
  }
  await addEditors(world.kase.id);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  base = await listenLocal(app);
}, 120_000);

afterAll(async () => {
  figures.write();
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

type Person = { version: number; school?: string | null } & Record<string, unknown>;

// What these tests read from the API's answers: a record (`data`), a save (`version`), or a conflict (`current`).
type Reply = { data?: Person; id?: string; version?: number; current?: Person };

async function api(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: Reply }> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Reply };
}

// The record as the API sends it, turned back into an update body with one change.
function edit(current: Person, school: string): Record<string, unknown> {
  return { ...childInput(), school, version: current.version };
}

async function newChild(): Promise<string> {
  const kw = world.ctxOf('home.practitioner');
  const child = await services.people.create(kw, childInput({ nhsNumber: '' }));
  const kase = await services.cases.open(kw, child.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  await addEditors(kase.id);
  return child.id;
}

async function updatesOf(personId: string): Promise<{ version: number }[]> {
  const events = await t.store.repos.audit.forPerson(personId, 10_000);
  return events.filter((e) => e.action === 'person.update').map((e) => ({ version: (e.detail as { version: number }).version }));
}

describe(`${EDITORS} parallel editors`, () => {
  it('all saving the version they read at once: one is saved, every other gets a 409 with the record as saved', async () => {
    const id = await newChild();
    const read = await api(tokens[0]!, 'GET', `/children/${id}`);
    const v = read.json.data!.version;
    const results = await Promise.all(tokens.map((tok, n) => api(tok, 'PUT', `/children/${id}`, edit(read.json.data!, `Editor ${n} Academy`))));
    const saved = results.flatMap((r, n) => (r.status === 200 ? [n] : []));
    const conflicts = results.filter((r) => r.status === 409);
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(EDITORS - 1);
    const winner = `Editor ${saved[0]!} Academy`;
    // Every refused editor is shown what was saved instead of theirs.
    for (const c of conflicts) expect(c.json.current).toMatchObject({ version: v + 1, school: winner });
    const stored = await api(tokens[0]!, 'GET', `/children/${id}`);
    expect(stored.json.data).toMatchObject({ version: v + 1, school: winner });
    expect(await updatesOf(id)).toEqual([{ version: v + 1 }]);
    figures.add(
      atOnce(
        'child record (API), all at once',
        results.map((r) => r.status),
        200,
      ),
    );
  });

  it('each retrying on conflict from the record it was shown: all 100 changes land, in unbroken version chains', async () => {
    // Ten children, ten editors on each: every editor keeps trying until its change is saved.
    const children = await Promise.all(Array.from({ length: 10 }, () => newChild()));
    const starts = new Map<string, Person>();
    for (const id of children) starts.set(id, (await api(tokens[0]!, 'GET', `/children/${id}`)).json.data!);
    const accepted: { id: string; editor: number; base: number; saved: number }[] = [];
    let refusals = 0;
    await Promise.all(
      tokens.map(async (tok, n) => {
        const id = children[n % children.length]!;
        let current = starts.get(id)!;
        for (let attempt = 0; attempt < 200; attempt++) {
          const r = await api(tok, 'PUT', `/children/${id}`, edit(current, `Editor ${n} Academy`));
          if (r.status === 200) return void accepted.push({ id, editor: n, base: current.version, saved: r.json.version! });
          expect(r.status).toBe(409);
          refusals++;
          current = r.json.current!;
          // A short random pause, as a person re-reading the record would take.
          await new Promise((res) => setTimeout(res, Math.random() * 20));
        }
        throw new Error(`editor ${n} never saved`);
      }),
    );
    expect(accepted).toHaveLength(EDITORS);
    for (const id of children) {
      const start = starts.get(id)!;
      const mine = accepted.filter((a) => a.id === id);
      const bases = mine.map((a) => a.base).sort((a, b) => a - b);
      // Accepted saves were based on consecutive versions, each exactly once: none was based on a stale read.
      expect(bases).toEqual(Array.from({ length: mine.length }, (_, i) => start.version + i));
      for (const a of mine) expect(a.saved).toBe(a.base + 1);
      const last = mine.find((a) => a.saved === start.version + mine.length)!;
      const stored = (await api(tokens[0]!, 'GET', `/children/${id}`)).json.data!;
      expect(stored).toMatchObject({ version: start.version + mine.length, school: `Editor ${last.editor} Academy` });
      expect((await updatesOf(id)).map((u) => u.version).sort((a, b) => a - b)).toEqual(bases.map((b) => b + 1));
    }
    expect(refusals, 'the editors did collide').toBeGreaterThan(0);
    figures.add({
      scenario: '10 child records (API), each editor retrying until saved',
      editors: EDITORS,
      saves: accepted.length + refusals,
      stored: accepted.length,
      conflictsShown: refusals,
      // Two accepted saves based on the same version of a record: the second overwrote the first unseen.
      silentOverwrites: accepted.length - new Set(accepted.map((a) => `${a.id}@${a.base}`)).size,
    });
  }, 120_000);

  it('the same on an order and a panel action: one saved, every other a 409 showing the saved version', async () => {
    const kw = world.ctxOf('home.practitioner');
    const entry = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: '2026-01-05', summary: 'Seen', detail: 'Seen with an adult.' });
    const adult = await services.network.capture(kw, entry.id, { kind: 'person', name: 'Tiny', linkType: 'seen_with', confidence: 'reported' });
    const order = await services.orders.record(kw, {
      kind: 'cawn',
      status: 'in_force',
      subjectEntityId: adult.entityId,
      childPersonId: world.child.id,
      basis: 'under_16_at_home',
      startsOn: '2026-01-06',
    });
    const orderVersion = (await api(tokens[0]!, 'GET', `/orders/${order.id}`)).json.version!;
    const orders = await Promise.all(
      tokens.map((tok, n) =>
        api(tok, 'PUT', `/orders/${order.id}`, {
          version: orderVersion,
          status: 'in_force',
          outcome: `Reviewed by editor ${n}`,
        }),
      ),
    );
    expect(orders.filter((r) => r.status === 200)).toHaveLength(1);
    const orderConflicts = orders.filter((r) => r.status === 409);
    expect(orderConflicts).toHaveLength(EDITORS - 1);
    for (const c of orderConflicts) expect(c.json.current?.version).toBe(orderVersion + 1);
    figures.add(
      atOnce(
        'order (API), all at once',
        orders.map((r) => r.status),
        200,
      ),
    );

    const coordinator = world.ctxOf('home.mase_coordinator');
    const meeting = await services.mase.create(coordinator, { heldOn: '2026-01-10', title: 'Concurrency panel' });
    const item = await services.mase.addItem(coordinator, meeting.id, { kind: 'child', personId: world.child.id, title: 'The child' });
    const { actionId } = await services.mase.addAction(coordinator, meeting.id, {
      type: 'cawn',
      description: 'Serve a CAWN',
      agendaItemId: item.itemId,
      ownerAgency: world.home.id,
      dueOn: '2026-01-20',
    });
    const panelTokens = await Promise.all(Array.from({ length: EDITORS }, (_, c) => services.auth.createApiToken('home.mase_coordinator', `panel ${c}`, 1)));
    const actionVersion = (await api(panelTokens[0]!.token, 'GET', `/mase/actions/${actionId}`)).json.version!;
    const actions = await Promise.all(
      panelTokens.map(({ token }, n) =>
        api(token, 'PUT', `/mase/actions/${actionId}`, {
          version: actionVersion,
          status: 'done',
          outcome: `Served, recorded by tab ${n}`,
        }),
      ),
    );
    expect(actions.filter((r) => r.status === 200)).toHaveLength(1);
    const actionConflicts = actions.filter((r) => r.status === 409);
    expect(actionConflicts).toHaveLength(EDITORS - 1);
    for (const c of actionConflicts) expect(c.json.current?.version).toBe(actionVersion + 1);
    figures.add(
      atOnce(
        'panel action (API), all at once',
        actions.map((r) => r.status),
        200,
      ),
    );
  });

  it('the same on a screening: answers saved at once by 100 editors, one saved and 99 conflicts', async () => {
    const kw = world.ctxOf('home.practitioner');
    const started = await services.screening.start(kw, world.kase.id, {});
    const screening = (await api(tokens[0]!, 'GET', `/screenings/${started.id}`)).json;
    const results = await Promise.all(
      tokens.map((tok, n) =>
        api(tok, 'PUT', `/screenings/${started.id}/answers`, {
          version: screening.version,
          answers: [{ code: 'go_carrying_drugs', status: 'present', when: 'current', evidence: `Seen by editor ${n}` }],
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const conflicts = results.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(EDITORS - 1);
    for (const c of conflicts) expect(c.json.current?.version).toBe(screening.version! + 1);
    figures.add(
      atOnce(
        'screening answers (API), all at once',
        results.map((r) => r.status),
        200,
      ),
    );
  });

  it('in the browser form: every stale save is shown the conflict page, and only one change is stored', async () => {
    const id = await newChild();
    // Ten signed-in practitioners, each with the edit form open in ten tabs.
    const tabs: { cookie: string; csrf: string; version: string }[] = [];
    for (let u = 0; u < 10; u++) {
      const { token } = await services.auth.signIn(`editor.${u}`, PASSWORD);
      const res = await fetch(`${base}/people/${id}/edit`, { headers: { cookie: `lantern_session=${token}` } });
      const html = await res.text();
      const csrfCookie = (res.headers.getSetCookie().find((c) => c.startsWith('_csrf=')) ?? '').split(';')[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
      const version = /name="version" value="(\d+)"/.exec(html)![1]!;
      for (let c = 0; c < 10; c++) tabs.push({ cookie: `lantern_session=${token}; ${csrfCookie}`, csrf, version });
    }
    const input = childInput();
    const results = await Promise.all(
      tabs.map(async (tab, n) => {
        const form = new URLSearchParams({
          _csrf: tab.csrf,
          version: tab.version,
          kind: 'child',
          'names-0-given': input.names[0]!.given,
          'names-0-family': input.names[0]!.family,
          'dateOfBirth-day': '4',
          'dateOfBirth-month': '5',
          'dateOfBirth-year': '2012',
          gender: input.gender,
          ethnicity: input.ethnicity,
          school: `Tab ${n} School`,
        });
        const res = await fetch(`${base}/people/${id}/edit`, {
          method: 'POST',
          headers: { cookie: tab.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
          redirect: 'manual',
        });
        return { status: res.status, html: await res.text() };
      }),
    );
    const saved = results.filter((r) => r.status === 303);
    const conflicts = results.filter((r) => r.status === 409);
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(EDITORS - 1);
    for (const c of conflicts) expect(c.html).toContain('Someone else changed this record');
    expect(await updatesOf(id)).toHaveLength(1);
    figures.add(
      atOnce(
        'child record (browser form, 100 tabs), all at once',
        results.map((r) => r.status),
        303,
      ),
    );
  });
});
