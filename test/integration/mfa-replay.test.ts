import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// A one-time code is good once (ASVS 2.8.4): within its 30-second window it cannot sign in a second session, whether
// the same person's or someone who watched it being typed.

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let secret: string;

const codeAt = (at: Date) => generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });

async function session() {
  const { token } = await services.auth.signIn('home.auditor', PASSWORD);
  return { token, ...(await services.auth.resolveSession(token))! };
}

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock(new Date('2026-11-28T10:00:05Z'));
  services = createServices(t.store, clock, testConfig());
  await buildWorld(t.store, services);
  const first = await session();
  secret = (await services.auth.startTotp(first.user)).secret;
  await services.auth.confirmTotp(first, codeAt(clock.now()));
});

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('one-time codes', () => {
  it('refuses the code that enrolled the app, then takes the next one once, and refuses it in a second session', async () => {
    // Same 30-second step as the enrolment code.
    await expect(services.auth.verifyMfa(await session(), codeAt(clock.now()))).rejects.toBeInstanceOf(ValidationError);
    clock.advance(30_000);
    const code = codeAt(clock.now());
    const a = await session();
    await services.auth.verifyMfa(a, code);
    const b = await session();
    await expect(services.auth.verifyMfa(b, code)).rejects.toBeInstanceOf(ValidationError);
    expect((await services.auth.resolveSession(a.token))?.mfaPassed).toBe(true);
    expect((await services.auth.resolveSession(b.token))?.mfaPassed).toBe(false);
    clock.advance(30_000);
    await services.auth.verifyMfa(b, codeAt(clock.now()));
  });

  it('refuses an earlier code once a later one was used (the previous step is still within the clock tolerance)', async () => {
    clock.advance(30_000);
    const earlier = codeAt(clock.now());
    clock.advance(30_000);
    await services.auth.verifyMfa(await session(), codeAt(clock.now()));
    await expect(services.auth.verifyMfa(await session(), earlier)).rejects.toBeInstanceOf(ValidationError);
  });
});
