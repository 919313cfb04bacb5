import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { listenLocal } from '../setup/listen.ts';
import { TOKEN_REFUSALS_EVERY_MS } from '../../src/services/audit.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// A refused request by a signed-in user is in the audit trail (ASVS 7.1.3, 7.2.2), with the route pattern and the
// method, never the record's id; signed-out requests are not (there is no one to name).

let t: TestDatabase;
let services: Services;
const clock = testClock(new Date());
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  base = await listenLocal(app);
});

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const refusals = async () => (await t.store.repos.audit.batchAfter(0, 10_000)).filter((e) => e.action === 'access.refused');

// The audit append runs after the answer is sent: wait for it.
async function settled(count: number) {
  await expect.poll(async () => (await refusals()).length, { timeout: 5_000 }).toBe(count);
  return refusals();
}

describe('refused requests in the audit trail', () => {
  it('records a page refused to a practitioner outside the team, by route pattern, without the id', async () => {
    const { token } = await services.auth.signIn('other.practitioner', PASSWORD);
    const res = await fetch(`${base}/people/${world.child.id}`, { headers: { cookie: `lantern_session=${token}` } });
    expect(res.status).toBe(403);
    const [e] = await settled(1);
    expect(e).toMatchObject({ userId: world.users['other.practitioner']!.id, subjectType: 'route', purpose: 'security', via: 'web', personId: null });
    expect(e!.detail).toEqual({ method: 'GET', route: '/people/:id' });
    expect(JSON.stringify(e)).not.toContain(world.child.id);
  });

  it('records an API call refused to a token holder', async () => {
    const { token } = await services.auth.createApiToken('other.analyst', 'probe', 1);
    const res = await fetch(`${base}/api/v1/children/${world.child.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    const events = await settled(2);
    expect(events[1]).toMatchObject({ userId: world.users['other.analyst']!.id, via: 'api', detail: { method: 'GET', route: '/api/v1/children/:id' } });
  });

  it('records a post refused for its form token as a CSRF refusal, apart from refusals by policy', async () => {
    const before = (await refusals()).length;
    const { token } = await services.auth.signIn('home.practitioner', PASSWORD);
    const res = await fetch(`${base}/people/${world.child.id}/chronology/new`, {
      method: 'POST',
      headers: { cookie: `lantern_session=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: 'forged', kind: 'note', summary: 'x' }).toString(),
    });
    expect(res.status).toBe(403);
    const events = await settled(before + 1);
    expect(events.at(-1)).toMatchObject({
      userId: world.users['home.practitioner']!.id,
      detail: { method: 'POST', route: '/people/:id/chronology/new', reason: 'csrf' },
    });
  });

  it('counts API calls with a bad token into one record a minute, with no user, and ignores calls with no token', async () => {
    const tokenRefusals = async () => (await t.store.repos.audit.batchAfter(0, 10_000)).filter((e) => e.action === 'api.token_refused');
    const call = (authorization?: string) =>
      fetch(`${base}/api/v1/children/${world.child.id}`, { headers: authorization ? { authorization } : {} }).then((r) => r.status);
    expect(await call('Bearer not-a-real-token')).toBe(401);
    await expect.poll(async () => (await tokenRefusals()).length, { timeout: 5_000 }).toBe(1);
    const [first] = await tokenRefusals();
    expect(first).toMatchObject({ userId: null, agencyId: null, via: 'api', purpose: 'security', detail: { count: 1, routes: ['GET /api/v1/children/:id'] } });
    expect(JSON.stringify(first)).not.toContain(world.child.id);
    // Within the minute: counted, not written. No token at all is not counted.
    for (let i = 0; i < 3; i++) expect(await call(`Bearer wrong-${i}`)).toBe(401);
    expect(await call()).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(await tokenRefusals()).toHaveLength(1);
    // The next bad call after the minute writes the ones counted meanwhile with it.
    clock.advance(TOKEN_REFUSALS_EVERY_MS);
    expect(await call('Bearer wrong-again')).toBe(401);
    await expect.poll(async () => (await tokenRefusals()).length, { timeout: 5_000 }).toBe(2);
    expect((await tokenRefusals())[1]!.detail).toMatchObject({ count: 4 });
  });

  it('records nothing for a signed-out request, and nothing for an allowed one', async () => {
    const before = (await refusals()).length;
    expect((await fetch(`${base}/people/${world.child.id}`, { redirect: 'manual' })).status).toBe(303);
    const { token } = await services.auth.signIn('home.practitioner', PASSWORD);
    expect((await fetch(`${base}/people/${world.child.id}`, { headers: { cookie: `lantern_session=${token}` } })).status).toBe(200);
    // Give a wrongly recorded event the time to appear.
    await new Promise((r) => setTimeout(r, 300));
    expect((await refusals()).length).toBe(before);
  });
});
