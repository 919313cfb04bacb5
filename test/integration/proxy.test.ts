import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createServices } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Behind a TLS-terminating proxy (LANTERN_TRUST_PROXY): the session cookie is Secure when the proxy says the browser
// used https, and only when the proxy is one Lantern was told to trust.

let t: TestDatabase | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  await t?.close();
});

async function signInCookie(trustProxy: boolean | string[]): Promise<string> {
  t = await testDatabase();
  const services = createServices(t.store, testClock(new Date()), testConfig());
  await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: 'auto', trustProxy, signInRatePerMinute: 10_000, logLevel: 'silent' });
  const form = await app.inject({ method: 'GET', url: '/sign-in' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const csrfCookie = form.cookies.find((c) => c.name === '_csrf')!;
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress: '127.0.0.1',
    headers: {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.7',
      cookie: `_csrf=${csrfCookie.value}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams({ _csrf: csrf, username: 'home.practitioner', password: PASSWORD }).toString(),
  });
  expect(res.statusCode).toBe(303);
  return String(res.headers['set-cookie']);
}

describe('behind a proxy', () => {
  it('marks the session cookie Secure when a trusted proxy forwards https', async () => {
    expect(await signInCookie(['127.0.0.1'])).toMatch(/lantern_session=[^;]+;[^,]*Secure/);
  });

  it('ignores forwarded headers from a proxy it was not told to trust', async () => {
    expect(await signInCookie(false)).not.toMatch(/lantern_session=[^;]+;[^,]*Secure/);
  });

  it('reads LANTERN_TRUST_PROXY as on/off or addresses, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ LANTERN_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ LANTERN_TRUST_PROXY: '10.0.0.0/8,::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
    expect(() => loadConfig({ LANTERN_TRUST_PROXY: 'everyone' })).toThrow(/LANTERN_TRUST_PROXY/);
  });
});
