import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { listenLocal } from '../setup/listen.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// The per-user request limits (src/web/plugins/request-limits.ts, ASVS 11.1.4 and 8.1.4): a signed-in user, or a token's
// owner on the API, past the limit in a minute gets 429 with Retry-After, other users are not held up, routes with a
// limit of their own keep it, and going over is recorded once a minute, not once per refused request.

const LIMIT = 12;
let t: TestDatabase;
let services: Services;
let app: FastifyInstance;
let base: string;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date()), testConfig());
  world = await buildWorld(t.store, services);
  app = await buildApp({
    services,
    databaseKind: t.kind,
    cookieSecure: false,
    signInRatePerMinute: 3,
    requestLimits: { pagesPerMinute: LIMIT, apiPerMinute: LIMIT },
    logLevel: 'silent',
  });
  base = await listenLocal(app);
});

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

const session = async (username: string) => `lantern_session=${(await services.auth.signIn(username, PASSWORD)).token}`;
const statuses = async (n: number, url: string, headers: Record<string, string>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await fetch(`${base}${url}`, { headers, redirect: 'manual' });
    await r.arrayBuffer();
    out.push(r.status);
  }
  return out;
};
const rateLimited = async () =>
  (await t.store.repos.audit.batchAfter(0, 100_000)).filter((e) => e.action === 'access.refused' && (e.detail as { reason?: string }).reason === 'rate_limit');

describe('per-user request limits', () => {
  it('answers 429 with Retry-After once a user passes the limit, and records it once, not per request', async () => {
    const cookie = await session('home.practitioner');
    const seen = await statuses(LIMIT + 5, `/people/${world.child.id}`, { cookie });
    expect(seen.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    expect(seen.slice(LIMIT)).toEqual(Array(5).fill(429));
    const r = await fetch(`${base}/people/${world.child.id}`, { headers: { cookie } });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await r.text();
    expect(html).toContain('Too many requests. Wait a minute and try again.');
    expect(html).not.toMatch(/at \S+\.ts:\d+/);
    await expect.poll(async () => (await rateLimited()).length, { timeout: 5_000 }).toBe(1);
    const [e] = await rateLimited();
    expect(e).toMatchObject({
      userId: world.users['home.practitioner']!.id,
      purpose: 'security',
      detail: { method: 'GET', route: '/people/:id', reason: 'rate_limit' },
    });
    expect(JSON.stringify(e)).not.toContain(world.child.id);
  });

  it('counts each user apart: a colleague in the same agency is not held up', async () => {
    const cookie = await session('home.safeguarding_lead');
    expect(await statuses(3, `/people/${world.child.id}`, { cookie })).toEqual([200, 200, 200]);
  });

  it('counts the API per token owner, apart from their pages', async () => {
    // The practitioner's pages are used up (the first test): their API calls are counted on their own.
    const { token } = await services.auth.createApiToken('home.practitioner', 'limit probe', 1);
    const headers = { authorization: `Bearer ${token}` };
    const seen = await statuses(LIMIT + 2, '/api/v1/framework', headers);
    expect(seen).toEqual([...Array(LIMIT).fill(200), 429, 429]);
    const r = await fetch(`${base}/api/v1/framework`, { headers });
    expect(r.status).toBe(429);
    expect(await r.json()).toEqual({ error: 'too_many_requests', message: 'Too many requests. Wait a minute and try again.' });
  });

  it('leaves sign-in to its own, stricter limit', async () => {
    const tries = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${base}/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'nobody', password: 'wrong' }).toString(),
        redirect: 'manual',
      });
      await r.arrayBuffer();
      tries.push(r.status);
    }
    expect(tries.at(-1)).toBe(429);
    expect(tries.filter((s) => s === 429)).toHaveLength(1);
  });

  it('ships with limits on: 300 pages and 600 API calls a minute per user unless configured', () => {
    expect(loadConfig({}).requestsPerMinute).toEqual({ pages: 300, api: 600 });
    expect(loadConfig({ LANTERN_USER_RATE_PER_MINUTE: '120', LANTERN_API_RATE_PER_MINUTE: '50' }).requestsPerMinute).toEqual({ pages: 120, api: 50 });
    expect(() => loadConfig({ LANTERN_USER_RATE_PER_MINUTE: '0' })).toThrow(/LANTERN_USER_RATE_PER_MINUTE/);
  });
});
