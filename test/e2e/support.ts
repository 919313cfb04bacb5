// Browser-journey support: a real Lantern server on the file's own test database (demo data loaded), Chromium through
// playwright-core, and a Session page object whose navigation helpers run axe-core on every page they land on.
//
//   let lantern: Lantern;
//   beforeAll(async () => { lantern = await startLantern(); });
//   afterAll(() => ifSet(lantern)?.close());        // ifSet: from test/setup/hooks.ts
//   afterEach(() => lantern.closeSessions());   // also fails the test on page errors, blocked requests, unchecked pages
//
//   const s = await lantern.session();
//   await signIn(s.page, 'practitioner');
//   await s.clickLink('Search');
//
// Rules the helpers enforce (test/e2e is the only place they live):
// - Chromium is launched as /usr/bin/chromium with the flags in /work/shared/STACK-NOTES.md. Playwright refuses a
//   --user-data-dir argument to launch(); it always starts the browser with a fresh temporary profile of its own
//   (--user-data-dir=/tmp/playwright_chromiumdev_profile-*), deleted on close. Every Session is a new, isolated context.
// - Every request that is not to 127.0.0.1 is aborted, and recorded: a page that tries to reach the internet fails.
// - Any `pageerror` (an uncaught exception in the page) fails the test.
// - Every document the page loads must have been checked with axe-core; a serious or critical violation fails the test.
//   Moderate and minor findings are printed after each file. E2E_TIMING=1 prints how long each axe check took.
import { afterAll, afterEach, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result as AxeResult } from 'axe-core';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page, type Response } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { createServices, type Clock } from '../../src/services/index.ts';
import { loadDemo } from '../../src/services/demo-loader.ts';
import { buildApp } from '../../src/web/app.ts';
import { type TestDatabase, testConfig, testDatabase } from '../setup/test-db.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const AXE_SOURCE = fs.readFileSync(path.resolve(here, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export { DEMO_PASSWORD };

/** Impacts that fail a page. Moderate and minor findings are collected and printed, not failed. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export type A11yFinding = {
  url: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
};

/** Every axe finding of the run (all impacts), for the summary printed after each file. */
export const a11yFindings: A11yFinding[] = [];

const describeViolation = (v: AxeResult): string =>
  `  [${v.impact ?? 'no impact'}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      at ${n.target.join(' ')}`).join('\n')}`;

/**
 * Runs axe-core on the current document, unless a document of the same shape was checked before, and fails on any
 * serious or critical violation.
 * axe is injected with page.evaluate (not a <script> tag), which the app's nonce CSP does not block; bypassCSP is not used.
 */
export async function checkA11y(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const shape = await page.evaluate(documentShape);
  if (CHECKED_SHAPES.has(shape)) {
    SESSIONS.get(page)?.markChecked();
    return;
  }
  const t0 = Date.now();
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const t1 = Date.now();
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> };
      }
    ).axe.run(document, { resultTypes: ['violations'] }),
  );
  if (process.env['E2E_TIMING']) console.log(`[axe] inject ${t1 - t0} ms, run ${Date.now() - t1} ms ${page.url()}`);
  const url = new URL(page.url());
  const where = `${url.pathname}${url.search}`;
  for (const v of results.violations) {
    a11yFindings.push({
      url: where,
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    });
  }
  const failing = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  if (failing.length) {
    throw new Error(`axe-core: ${failing.length} serious or critical accessibility violation(s) on ${where}:\n${failing.map(describeViolation).join('\n')}`);
  }
  CHECKED_SHAPES.add(shape);
  SESSIONS.get(page)?.markChecked();
}

/**
 * Documents already checked, by their shape (documentShape). A document whose shape was checked before differs only in
 * its text, its ids or its number of like rows, which change no axe rule that can fail here; about half the documents a
 * journey loads are such repeats (77 checks, 35-40% of the notes journeys' time, 2026-12-01).
 */
const CHECKED_SHAPES = new Set<string>();

/**
 * Runs in the page: every element's tag, attributes (digits in values made '#', form values left out) and whether it
 * has text of its own, nested, with runs of identical siblings (table rows, list items) written once; then a hash.
 */
function documentShape(): string {
  const ignored = new Set(['value', 'nonce', 'content', 'datetime']);
  const shapeOf = (el: Element): string => {
    let own = el.tagName;
    for (const a of Array.from(el.attributes).sort((x, y) => (x.name < y.name ? -1 : 1)))
      own += ` ${a.name}=${ignored.has(a.name) ? '' : a.value.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+/g, '#')}`;
    if (Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) own += ' +text';
    const kids: string[] = [];
    for (const child of Array.from(el.children)) {
      const k = shapeOf(child);
      if (kids[kids.length - 1] !== k) kids.push(k);
    }
    return `${own}(${kids.join(',')})`;
  };
  const text = shapeOf(document.documentElement);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193);
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995);
  }
  return `${text.length}:${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`;
}

/** Prints the moderate and minor axe findings (deduplicated by rule and page path) collected so far. */
export function printA11ySummary(label: string): void {
  const seen = new Map<string, A11yFinding & { pages: Set<string> }>();
  for (const f of a11yFindings) {
    const key = `${f.id}|${f.targets.join(',')}`;
    const shape = f.url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id').split('?')[0]!;
    const entry = seen.get(key) ?? { ...f, pages: new Set<string>() };
    entry.pages.add(shape);
    seen.set(key, entry);
  }
  // The findings are per file: with isolate: false the next file shares this module.
  a11yFindings.length = 0;
  if (!seen.size) {
    console.log(`[axe] ${label}: no violations of any impact`);
    return;
  }
  const lines = [...seen.values()].map((f) => `  [${f.impact}] ${f.id}: ${f.help} (${f.targets.join(', ')}) on ${[...f.pages].join(', ')}`);
  console.log(`[axe] ${label}: ${seen.size} finding(s) below serious:\n${lines.join('\n')}`);
}

const SESSIONS = new WeakMap<Page, Session>();

/** One isolated browser context (its own cookies: one signed-in user) with one page. */
export class Session {
  readonly pageErrors: string[] = [];
  readonly blockedRequests: string[] = [];
  private loads = 0;
  private checkedLoads = new Set<number>();
  private uncheckedUrls = new Map<number, string>();

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    SESSIONS.set(page, this);
    page.on('pageerror', (e) => this.pageErrors.push(`${e.name}: ${e.message}`));
    page.on('load', () => {
      this.loads += 1;
      this.uncheckedUrls.set(this.loads, page.url());
    });
  }

  static async open(browser: Browser, baseUrl: string): Promise<Session> {
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const s = new Session(context, await context.newPage(), baseUrl);
    await context.route('**/*', (r) => {
      const url = r.request().url();
      if (new URL(url).hostname === '127.0.0.1') return r.continue();
      s.blockedRequests.push(url);
      return r.abort();
    });
    context.setDefaultTimeout(15_000);
    return s;
  }

  /** Called by checkA11y: the current document has been checked. */
  markChecked(): void {
    this.checkedLoads.add(this.loads);
    this.uncheckedUrls.delete(this.loads);
  }

  /**
   * Runs an action that navigates the main frame (link, form submit, goto), waits for the new document to load,
   * checks it with axe, and returns the final (non-redirect) response, so tests can assert on its status.
   */
  async navigate(action: () => Promise<unknown>): Promise<Response> {
    const page = this.page;
    const committed = page.waitForEvent('framenavigated', {
      predicate: (f) => f === page.mainFrame(),
    });
    const responded = page.waitForResponse(
      (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400),
    );
    // If the action throws, the waiters must not surface later as unhandled rejections.
    committed.catch(() => undefined);
    responded.catch(() => undefined);
    await action();
    const [response] = await Promise.all([responded, committed]);
    await page.waitForLoadState('load');
    await checkA11y(page);
    return response;
  }

  goto(pathname: string): Promise<Response> {
    return this.navigate(() => this.page.goto(new URL(pathname, this.baseUrl).toString()));
  }

  /** Follows a link by its accessible name (exact by default). */
  clickLink(name: string | RegExp, within: Page | Locator = this.page): Promise<Response> {
    return this.navigate(() =>
      within
        .getByRole('link', { name, exact: typeof name === 'string' })
        .first()
        .click(),
    );
  }

  /** Presses a button that submits a form. */
  clickButton(name: string | RegExp, within: Page | Locator = this.page): Promise<Response> {
    return this.navigate(() => within.getByRole('button', { name, exact: typeof name === 'string' }).click());
  }

  /** Follows an item of the service navigation (the nav bar under the header). */
  nav(name: string): Promise<Response> {
    return this.clickLink(name, this.page.getByRole('navigation', { name: 'Menu' }));
  }

  /** The current path and query, e.g. /people/…?saved=1 */
  get path(): string {
    const u = new URL(this.page.url());
    return `${u.pathname}${u.search}`;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The GOV.UK error summary ("There is a problem"). */
  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  /** Problems that fail any test: uncaught page errors, requests to other hosts, documents not checked with axe. */
  problems(): string[] {
    const out: string[] = [];
    if (this.pageErrors.length) out.push(`page errors:\n  ${this.pageErrors.join('\n  ')}`);
    if (this.blockedRequests.length) out.push(`requests to hosts other than 127.0.0.1 (aborted):\n  ${this.blockedRequests.join('\n  ')}`);
    if (this.uncheckedUrls.size)
      out.push(`documents loaded without an axe check (use the Session navigation helpers):\n  ${[...this.uncheckedUrls.values()].join('\n  ')}`);
    return out;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Signs in through the sign-in form (going there first unless the page is already on it) and returns the response of the page it lands on. */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<Response> {
  const s = sessionOf(page);
  // Already on the sign-in form (e.g. after a failed attempt): type again, as a person would.
  const onForm = new URL(page.url()).pathname === '/sign-in' && (await page.getByRole('button', { name: 'Sign in', exact: true }).count()) === 1;
  if (!onForm) await s.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  return s.clickButton('Sign in');
}

export function sessionOf(page: Page): Session {
  const s = SESSIONS.get(page);
  if (!s) throw new Error('This page was not opened through Lantern.session()');
  return s;
}

export type Lantern = {
  baseUrl: string;
  db: TestDatabase;
  app: FastifyInstance;
  browser: Browser;
  /** A new isolated browser context and page. */
  session: () => Promise<Session>;
  /** A second server on the same database with its own clock (for time-dependent checks). */
  serverWithClock: (clock: Clock) => Promise<{
    baseUrl: string;
    session: () => Promise<Session>;
    close: () => Promise<void>;
  }>;
  /** Closes this test's sessions and throws if any of them had page errors, blocked requests or unchecked pages. */
  closeSessions: () => Promise<void>;
  close: () => Promise<void>;
};

async function listen(db: TestDatabase, clock: Clock): Promise<{ app: FastifyInstance; baseUrl: string }> {
  const services = createServices(db.store, clock, testConfig());
  const app = await buildApp({
    services,
    databaseKind: db.kind,
    cookieSecure: false,
    signInRatePerMinute: 1000,
    // The shipped per-user limits, so that the journeys show a person's use never meets them.
    requestLimits: { pagesPerMinute: testConfig().requestsPerMinute.pages, apiPerMinute: testConfig().requestsPerMinute.api },
    logLevel: 'silent',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('Lantern did not listen on a TCP port');
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** Starts Lantern (fresh database, demo data, real clock) and Chromium. */
export async function startLantern(): Promise<Lantern> {
  const clock: Clock = () => new Date();
  // Every journey starts from the same demo data: loaded once per run into a template, cloned per file.
  const db = await testDatabase({
    key: `demo_${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`,
    load: (t) => loadDemo(t.store, clock).then(() => undefined),
  });
  const extra: { close: () => Promise<unknown> }[] = [];
  let browser: Browser | undefined;
  let app: FastifyInstance | undefined;
  try {
    const main = await listen(db, clock);
    app = main.app;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const b = browser;
    const open: Session[] = [];
    const session = async (baseUrl = main.baseUrl) => {
      const s = await Session.open(b, baseUrl);
      open.push(s);
      return s;
    };
    return {
      baseUrl: main.baseUrl,
      db,
      app,
      browser,
      session: () => session(),
      serverWithClock: async (other) => {
        const second = await listen(db, other);
        extra.push(second.app);
        return {
          baseUrl: second.baseUrl,
          session: () => session(second.baseUrl),
          close: () => second.app.close(),
        };
      },
      closeSessions: async () => {
        const sessions = open.splice(0);
        const problems = sessions.flatMap((s) => s.problems());
        await Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
        if (problems.length) throw new Error(`Browser session problems:\n${problems.join('\n')}`);
      },
      close: async () => {
        await browser?.close().catch(() => undefined);
        for (const e of extra) await e.close().catch(() => undefined);
        await app?.close();
        await db.close();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await db.close();
    throw e;
  }
}

// ---- Page-specific helpers ------------------------------------------------------------------------------------------

/** Text of every row of a table (cells joined by " | "), header row excluded. */
export async function tableRows(table: Locator): Promise<string[]> {
  const rows = table.locator('tbody tr');
  const n = await rows.count();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const cells = await rows.nth(i).locator('th, td').allInnerTexts();
    out.push(cells.map((c) => c.replace(/\s+/g, ' ').trim()).join(' | '));
  }
  return out;
}

/** The element's text, or '' at once when it is absent (innerText alone would wait the whole timeout for it). */
export async function textIfPresent(locator: Locator): Promise<string> {
  return (await locator.count()) ? locator.first().innerText() : '';
}

/** Text of each cell of one table row. */
export async function rowCells(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
}

/** The value shown beside a key in a GOV.UK summary list. */
export function summaryValue(scope: Page | Locator, key: string): Locator {
  // A `has` locator must start from the page, not from the scope.
  const page = 'goto' in scope ? scope : scope.page();
  return scope
    .locator('.govuk-summary-list__row')
    .filter({
      has: page.locator('.govuk-summary-list__key', {
        hasText: new RegExp(`^\\s*${key}\\s*$`),
      }),
    })
    .locator('.govuk-summary-list__value');
}

export type ChildDetails = {
  given: string;
  family: string;
  alias?: { kind: 'Alias' | 'Nickname or street name'; given: string };
  dob: { day: string; month: string; year: string };
  gender: string;
  ethnicity: string;
  nhsNumber?: string;
  address?: { line: string; postcode: string };
  school?: string;
};

/** Fills the "Add a child or young person" / "Change details" form by its labels. */
export async function fillPersonForm(page: Page, c: ChildDetails): Promise<void> {
  await page.getByLabel('First name', { exact: true }).fill(c.given);
  await page.getByLabel('Last name', { exact: true }).fill(c.family);
  if (c.alias) {
    await page.getByLabel('Kind of name 1', { exact: true }).selectOption({ label: c.alias.kind });
    await page.getByLabel('First name or nickname 1', { exact: true }).fill(c.alias.given);
  }
  const dob = page.getByRole('group', { name: 'Date of birth' });
  await dob.getByLabel('Day', { exact: true }).fill(c.dob.day);
  await dob.getByLabel('Month', { exact: true }).fill(c.dob.month);
  await dob.getByLabel('Year', { exact: true }).fill(c.dob.year);
  await page.getByLabel('Gender', { exact: true }).selectOption({ label: c.gender });
  await page.getByLabel('Ethnicity', { exact: true }).selectOption({ label: c.ethnicity });
  if (c.nhsNumber !== undefined) await page.getByLabel('NHS number (optional)', { exact: true }).fill(c.nhsNumber);
  if (c.address) {
    await page.getByLabel('Address 1', { exact: true }).fill(c.address.line);
    await page.getByLabel('Postcode 1', { exact: true }).fill(c.address.postcode);
  }
  if (c.school !== undefined) await page.getByLabel('School or college (optional)', { exact: true }).fill(c.school);
}

/** yyyy-mm-dd for a date `daysAgo` days before today (UTC). */
export function isoDaysAgo(daysAgo: number, from: Date = new Date()): string {
  return new Date(from.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** Database helpers for arranging and checking (the test connection is a superuser; the app never uses it). */
export async function countRows(db: TestDatabase, table: 'person' | 'chronology_entry' | 'break_glass' | 'safeguarding_case'): Promise<number> {
  const r = await db.pool.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return r.rows[0]?.n ?? 0;
}

export async function identityOf(
  db: TestDatabase,
  personId: string,
): Promise<{
  names: { given: string; family: string }[];
  dateOfBirth: string | null;
  postcodes: string[];
}> {
  const names = await db.pool.query<{ given: string; family: string }>('select given, family from person_name where person_id = $1', [personId]);
  const p = await db.pool.query<{ dob: string | null }>("select to_char(date_of_birth, 'YYYY-MM-DD') as dob from person where id = $1", [personId]);
  const a = await db.pool.query<{ postcode: string }>('select postcode from address_period where person_id = $1', [personId]);
  return {
    names: names.rows,
    dateOfBirth: p.rows[0]?.dob ?? null,
    postcodes: a.rows.map((r) => r.postcode),
  };
}

// One Lantern per journey file: started before the first test, sessions closed (and checked) after each test,
// the axe summary printed and everything stopped at the end. Call at the top level of a test file.
export function useLantern(label: string): () => Lantern {
  let lantern: Lantern | undefined;
  beforeAll(async () => {
    lantern = await startLantern();
  });
  afterEach(async () => {
    await lantern?.closeSessions();
  });
  afterAll(async () => {
    printA11ySummary(label);
    await lantern?.close();
  });
  return () => {
    if (!lantern) throw new Error('Lantern did not start: see the beforeAll error');
    return lantern;
  };
}
