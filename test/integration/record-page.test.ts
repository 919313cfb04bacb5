// The child's record page under a long chronology: one audited read per view (services.people.record), the chronology
// paged 50 entries at a time, newest first, with links that keep the filter, and every entry on exactly one page.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/services/audit.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { CHRONOLOGY_PAGE } from '../../src/services/people.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildWorld, PASSWORD } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestClock, type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let clock: TestClock;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let app: FastifyInstance;
let cookie: string;

const ENTRIES = 2 * CHRONOLOGY_PAGE + 20;
// Newest first: entry i happened i hours before the newest. Entries 49, 50 and 51 share one time, across the first
// page boundary, so the order within a tie has to be stable for no entry to repeat or go missing between pages.
const hoursBefore = (i: number) => (i >= CHRONOLOGY_PAGE - 1 && i <= CHRONOLOGY_PAGE + 1 ? CHRONOLOGY_PAGE - 1 : i);

beforeAll(async () => {
  t = await testDatabase();
  clock = testClock();
  services = createServices(t.store, clock, testConfig());
  world = await buildWorld(t.store, services);
  const author = world.users['home.practitioner']!;
  // Test data only: the entries go straight into the table (the add path is tested elsewhere).
  await t.store.transaction(async (repos) => {
    for (let i = 0; i < ENTRIES; i++) {
      await repos.chronology.add({
        personId: world.child.id,
        caseId: world.kase.id,
        kind: i % 3 === 0 ? 'contact' : 'note',
        occurredAt: new Date(clock.now().getTime() - 86_400_000 - hoursBefore(i) * 3_600_000),
        summary: `Synthetic entry ${i}`,
        detail: 'Synthetic detail',
        authorId: author.id,
        agencyId: author.agencyId,
        createdAt: clock.now(),
      });
    }
  });
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 100, logLevel: 'silent' });
  const { token } = await services.auth.signIn('home.practitioner', PASSWORD);
  cookie = `lantern_session=${token}`;
}, 60_000);
afterAll(async () => {
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

async function view(query = '') {
  const res = await app.inject({ method: 'GET', url: `/people/${world.child.id}${query}`, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  const html = res.body;
  const summaries = [...html.matchAll(/<h3 class="moj-timeline__title">[^:]+: (Synthetic entry \d+)<\/h3>/g)].map((m) => m[1]!);
  // The pagination's previous link is "Newer entries" and its next link "Older entries".
  const link = (rel: 'prev' | 'next', label: string) => {
    const m = new RegExp(`<a class="govuk-link govuk-pagination__link" href="([^"]+)" rel="${rel}">`).exec(html);
    if (m) expect(html.slice(m.index, html.indexOf('</a>', m.index))).toContain(label);
    return m ? m[1]!.replace(/&amp;/g, '&') : null;
  };
  return { html, summaries, newer: link('prev', 'Newer entries'), older: link('next', 'Older entries') };
}

describe("the child's record page with a long chronology", () => {
  it('shows 50 entries a page, newest first, every entry on exactly one page, with links to the neighbouring pages', async () => {
    const first = await view();
    expect(first.summaries).toHaveLength(CHRONOLOGY_PAGE);
    expect(first.summaries.slice(0, 3)).toEqual(['Synthetic entry 0', 'Synthetic entry 1', 'Synthetic entry 2']);
    expect(first.newer).toBeNull();
    expect(first.older).toBe(`/people/${world.child.id}?page=2#chronology`);

    const second = await view('?page=2');
    expect(second.summaries).toHaveLength(CHRONOLOGY_PAGE);
    expect(second.newer).toBe(`/people/${world.child.id}#chronology`);
    expect(second.older).toBe(`/people/${world.child.id}?page=3#chronology`);

    const third = await view('?page=3');
    expect(third.summaries).toHaveLength(ENTRIES - 2 * CHRONOLOGY_PAGE);
    expect(third.older).toBeNull();
    expect(third.newer).toBe(`/people/${world.child.id}?page=2#chronology`);

    const all = [...first.summaries, ...second.summaries, ...third.summaries];
    expect(new Set(all).size).toBe(ENTRIES);
    expect(all.slice(CHRONOLOGY_PAGE + 2)).toEqual(
      Array.from({ length: ENTRIES - CHRONOLOGY_PAGE - 2 }, (_, k) => `Synthetic entry ${k + CHRONOLOGY_PAGE + 2}`),
    );
  });

  it('keeps the filter in the page links, and filters before paging', async () => {
    const notes = await view('?kind=note');
    const noteCount = Array.from({ length: ENTRIES }, (_, i) => i).filter((i) => i % 3 !== 0).length;
    expect(notes.summaries).toHaveLength(CHRONOLOGY_PAGE);
    expect(notes.older).toBe(`/people/${world.child.id}?kind=note&page=2#chronology`);
    const rest = await view('?kind=note&page=2');
    expect(rest.summaries).toHaveLength(noteCount - CHRONOLOGY_PAGE);
    expect([...notes.summaries, ...rest.summaries].every((s) => Number(s.split(' ').pop()) % 3 !== 0)).toBe(true);
  });

  it('treats a page number it cannot read as the first page, and says when a page is past the end', async () => {
    for (const bad of ['?page=0', '?page=-1', '?page=abc', '?page=1e3']) expect((await view(bad)).summaries.slice(0, 1)).toEqual(['Synthetic entry 0']);
    const past = await view('?page=9');
    expect(past.summaries).toEqual([]);
    expect(past.html).toContain('No chronology entries on this page.');
    expect(past.newer).toBe(`/people/${world.child.id}?page=8#chronology`);
  });

  it('names the key worker and the authors, and audits each view once with an intact chain', async () => {
    const before = (await t.store.repos.audit.forPerson(world.child.id, 1000)).filter((e) => e.action === 'person.view').length;
    const page = await view();
    expect(page.html).toContain('by home practitioner, Test Social Care');
    expect(page.html).toMatch(/Key worker\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*home practitioner/);
    const after = await t.store.repos.audit.forPerson(world.child.id, 1000);
    expect(after.filter((e) => e.action === 'person.view').length).toBe(before + 1);
    expect(after[0]).toMatchObject({ action: 'person.view', userId: world.users['home.practitioner']!.id, detail: { basis: expect.any(String) } });
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });

  it('refuses a practitioner outside the case team without showing the record or recording a view', async () => {
    const outsider = await services.auth.signIn('other.practitioner', PASSWORD);
    const views = async () => (await t.store.repos.audit.forPerson(world.child.id, 1000)).filter((e) => e.action === 'person.view').length;
    const before = await views();
    const res = await app.inject({ method: 'GET', url: `/people/${world.child.id}`, headers: { cookie: `lantern_session=${outsider.token}` } });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Synthetic entry');
    expect(await views()).toBe(before);
  });
});
