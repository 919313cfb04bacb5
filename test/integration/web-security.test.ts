import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';
import { listenLocal } from '../setup/listen.ts';

let t: TestDatabase;
let app: FastifyInstance;
let base: string;

async function signInForm(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/sign-in`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  return { cookie, csrf };
}

async function postSignIn(username: string, password: string) {
  const { cookie, csrf } = await signInForm();
  return fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
  });
}

beforeAll(async () => {
  t = await testDatabase();
  const services = createServices(t.store, testClock(new Date()), testConfig());
  await buildWorld(t.store, services);
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 8, logLevel: 'silent' });
  base = await listenLocal(app);
}, 60_000);

afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

describe('web security', () => {
  it('sends a nonce-based CSP and hardening headers, and the nonce is on the page scripts', async () => {
    const res = await fetch(`${base}/sign-in`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
  });

  it('is not dressed as a GOV.UK service: no crown, no Crown copyright, no GOV.UK icons or GDS Transport font files', async () => {
    const html = await (await fetch(`${base}/sign-in`)).text();
    expect(html).toContain('govuk-generic-header');
    expect(html).toContain('Lantern');
    for (const mark of ['govuk-logo', 'govuk-header__logo', 'govuk-footer__crown', 'Crown copyright', 'crown-copyright', '/assets/images/', 'manifest.json'])
      expect(html).not.toContain(mark);
    for (const asset of ['/assets/fonts/bold-b542beb274-v2.woff2', '/assets/images/favicon.ico', '/assets/images/govuk-crest.svg', '/assets/manifest.json'])
      expect((await fetch(`${base}${asset}`)).status).toBe(404);
    expect((await fetch(`${base}/public/lantern/lantern-icon.svg`)).status).toBe(200);
    // GOV.UK Frontend's faces for GDS Transport are replaced by local ones declared after them.
    const css = await (await fetch(`${base}/public/lantern/lantern.css`)).text();
    expect(css).toMatch(/font-family: 'GDS Transport';[^}]*src: local\('Arial'\)/);
  });

  it('sends the built scripts compressed where the browser accepts it, and the same script where it does not', async () => {
    const url = `${base}/public/lantern/build/note-check.js`;
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect([plain.status, plain.headers.get('content-encoding')]).toEqual([200, null]);
    const body = await plain.text();
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(url, { headers: { 'accept-encoding': encoding } });
      expect([res.headers.get('content-encoding'), Number(res.headers.get('content-length'))]).toEqual([encoding, expect.any(Number)]);
      expect(Number(res.headers.get('content-length'))).toBeLessThan(body.length / 3);
      expect(await res.text()).toBe(body);
    }
  });

  it('signs in with an httpOnly, SameSite session cookie and shows My cases', async () => {
    const res = await postSignIn('home.practitioner', PASSWORD);
    expect(res.status).toBe(303);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('lantern_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cases = await fetch(`${base}/cases`, { headers: { cookie: session.split(';')[0]! } });
    expect(cases.status).toBe(200);
    expect(await cases.text()).toContain('Jonathan Testcase');
  });

  it('on an HTTPS deployment, names its cookies with the __Host- prefix: Secure, Path=/, no Domain (ASVS 3.4.4)', async () => {
    const secure = await buildApp({ services: createServicesFor(), databaseKind: t.kind, cookieSecure: true, signInRatePerMinute: 8, logLevel: 'silent' });
    try {
      const form = await secure.inject({ url: '/sign-in' });
      const csrfCookie = form.cookies.find((c) => c.name === '__Host-_csrf')!;
      expect(csrfCookie).toMatchObject({ path: '/', secure: true, httpOnly: true });
      expect(csrfCookie.domain).toBeUndefined();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      const res = await secure.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie: `__Host-_csrf=${csrfCookie.value}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf, username: 'home.practitioner', password: PASSWORD }).toString(),
      });
      expect(res.statusCode).toBe(303);
      const session = res.cookies.find((c) => c.name === '__Host-lantern_session')!;
      expect(session).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(session.domain).toBeUndefined();
      expect(res.cookies.map((c) => c.name)).not.toContain('lantern_session');
      // The prefixed cookie signs the browser in; the plain name is not read.
      expect((await secure.inject({ url: '/cases', headers: { cookie: `__Host-lantern_session=${session.value}` } })).statusCode).toBe(200);
      expect((await secure.inject({ url: '/cases', headers: { cookie: `lantern_session=${session.value}` } })).statusCode).toBe(303);
    } finally {
      await secure.close();
    }
  });

  it('refuses a form post without a CSRF token and changes nothing', async () => {
    const { token } = await createServicesFor().auth.signIn('home.practitioner', PASSWORD);
    const res = await fetch(`${base}/people/new?kind=child`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `lantern_session=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'names-0-given=Nobody',
    });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('This form has expired');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
  });

  it('gives one generic message for a wrong password and an unknown user', async () => {
    const a = await (await postSignIn('home.practitioner', 'wrong')).text();
    const b = await (await postSignIn('no.such.user', 'wrong')).text();
    const msg = (h: string) => /govuk-error-message[^>]*>\s*<span[^>]*>[^<]*<\/span>([^<]*)/.exec(h)?.[1]?.trim();
    expect(msg(a)).toBeTruthy();
    expect(msg(a)).toBe(msg(b));
  });

  it('rate-limits sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await postSignIn('other.auditor', 'wrong')).status);
    expect(statuses).toContain(429);
  });

  it('shows GOV.UK error pages, not stack traces, for unknown pages and ids', async () => {
    const { token } = await createServicesFor().auth.signIn('home.safeguarding_lead', PASSWORD);
    for (const url of ['/nowhere', '/people/not-a-uuid', '/people/00000000-0000-4000-8000-000000000000']) {
      const res = await fetch(`${base}${url}`, { headers: { cookie: `lantern_session=${token}` } });
      expect(res.status, url).toBe(404);
      const html = await res.text();
      expect(html).toContain('govuk-template');
      expect(html).not.toMatch(/Error:|\.ts:\d+/);
    }
  });

  it('answers a server fault with a GOV.UK page giving a reference that the log line carries, and nothing of the fault', async () => {
    const logs: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    const real = createServicesFor();
    // The record page's service fails in a way no handler expects, with personal data in the message.
    const people = { ...real.people, record: () => Promise.reject(new TypeError('Jordan Testerson 9434765919 broke it')) };
    const faulty = await buildApp({
      services: { ...real, people },
      databaseKind: t.kind,
      cookieSecure: false,
      signInRatePerMinute: 8,
      logLevel: 'error',
      logStream: stream,
    });
    try {
      const { token } = await real.auth.signIn('home.safeguarding_lead', PASSWORD);
      const res = await faulty.inject({ url: '/people/00000000-0000-4000-8000-000000000000', headers: { cookie: `lantern_session=${token}` } });
      expect(res.statusCode).toBe(500);
      expect(res.body).toContain('Sorry, there is a problem with Lantern');
      const reference = /data-error-reference>([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})</.exec(res.body)?.[1];
      expect(reference).toBeDefined();
      expect(res.body).not.toMatch(/Jordan|9434765919|TypeError|\.ts:\d+/);
      const logged = logs.join('');
      expect(logged).toContain(`"reference":"${reference ?? '(none)'}"`);
      expect(logged).toContain('TypeError');
      expect(logged).not.toMatch(/Jordan|9434765919/);
      // Each fault has its own reference.
      const again = await faulty.inject({ url: '/people/00000000-0000-4000-8000-000000000000', headers: { cookie: `lantern_session=${token}` } });
      expect(/data-error-reference>([^<]+)</.exec(again.body)?.[1]).not.toBe(reference);
    } finally {
      await faulty.close();
    }
  });

  it('reports health with the database kind', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.kind });
  });
});

function createServicesFor() {
  return createServices(t.store, () => new Date(), testConfig());
}
