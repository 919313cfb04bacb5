import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { webForms } from '../fixtures/web-forms.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from './hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from './test-db.ts';

export type WebTestEnv = {
  t: TestDatabase;
  app: FastifyInstance;
  clock: TestClock;
  services: Services;
  world: Awaited<ReturnType<typeof buildWorld>>;
};

/**
 * A test file's real database, services on a test clock starting at `start`, the test world and the web app, opened in
 * beforeAll and closed in afterAll; with the web-forms helpers (sign-in through the forms, codes from the clock) bound
 * to them. The fields are set once beforeAll has run.
 */
export function webTestEnv(start: Date): WebTestEnv & { forms: ReturnType<typeof webForms> } {
  const env = {} as WebTestEnv;
  beforeAll(async () => {
    env.t = await testDatabase();
    env.clock = testClock(start);
    env.services = createServices(env.t.store, env.clock, testConfig());
    env.world = await buildWorld(env.t.store, env.services);
    env.app = await buildApp({ services: env.services, databaseKind: env.t.kind, cookieSecure: false, signInRatePerMinute: 1000, logLevel: 'silent' });
  }, 60_000);
  afterAll(async () => {
    await ifSet(env.app)?.close();
    await ifSet(env.t)?.close();
  });
  const forms = webForms(
    () => env.app,
    () => env.clock,
  );
  return Object.assign(env, { forms });
}
