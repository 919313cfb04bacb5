// Journeys 7–9: break-glass access and its review, what each non-casework role can and cannot reach, and signing out.
// Every page visited is checked with axe-core.
import { describe, expect, it } from 'vitest';
import { countRows, identityOf, type Session, rowCells, signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('access.test.ts');

const HEALTH = 'North East London Health (Sexual Health Service)';

/** Expects the current page to be the 403 page. */
async function expectForbidden(s: Session, status: number): Promise<void> {
  expect(status, `${s.path} should be refused with 403`).toBe(403);
  await expect.poll(() => s.heading().innerText()).toBe('You do not have access');
}

/** A child the practitioner has no relationship with (from the demo data). */
async function childOnSomeCase(): Promise<string> {
  const r = await lantern().db.pool.query<{ person_id: string }>(
    "select c.person_id from safeguarding_case c join person p on p.id = c.person_id where p.kind = 'child' order by c.opened_at, c.id limit 1",
  );
  return r.rows[0]!.person_id;
}

describe('Journey 7: break-glass', () => {
  it('a practitioner opens a restricted record with a reason; the safeguarding lead sees the alert and reviews it', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.nav('Search');
    await page.getByLabel('Name, alias or nickname', { exact: true }).fill('Mo');
    await s.clickButton('Search');
    const restricted = page.locator('tbody tr', { has: page.locator('a[href$="/break-glass"]') }).first();
    expect(await restricted.innerText()).toContain('Restricted record');
    const personId = (await restricted.locator('a[href$="/break-glass"]').getAttribute('href'))!.split('/')[2]!;
    const legal = (await identityOf(lantern().db, personId)).names[0]!;

    // Opening the record directly is refused.
    const direct = await s.goto(`/people/${personId}`);
    await expectForbidden(s, direct.status());
    expect(await page.locator('main').innerText()).toContain('break-glass');
    await s.goto('/search');
    await page.getByLabel('Name, alias or nickname', { exact: true }).fill('Mo');
    await s.clickButton('Search');

    await s.clickLink(
      /^Request emergency access/,
      page.locator('tbody tr', {
        has: page.locator(`a[href="/people/${personId}/break-glass"]`),
      }),
    );
    expect(s.path).toBe(`/people/${personId}/break-glass`);
    await expect.poll(() => s.heading().innerText()).toBe('Emergency access to a restricted record');

    // No reason: refused, inline error, nothing granted.
    const grantsBefore = await countRows(lantern().db, 'break_glass');
    const empty = await s.clickButton('Open the record');
    expect(empty.status()).toBe(400);
    await expect.poll(() => page.locator('#reason-error').innerText()).toContain('Enter the reason you need to see this record now');
    await expect.poll(() => s.errorSummary().innerText()).toContain('Enter the reason you need to see this record now');
    expect(await countRows(lantern().db, 'break_glass')).toBe(grantsBefore);

    const reason = 'Child brought to the emergency department at 2am with injuries; need to check for a child protection plan.';
    await page.getByLabel('Why do you need to see this record now?', { exact: true }).fill(reason);
    const opened = await s.clickButton('Open the record');
    expect(opened.status()).toBe(200);
    expect(s.path).toBe(`/people/${personId}`);
    await expect.poll(() => page.getByTestId('break-glass-banner').innerText()).toContain('You are viewing this record through break-glass');
    await expect.poll(() => page.getByTestId('person-name').innerText()).toBe(`${legal.given} ${legal.family}`.trim());
    expect(await countRows(lantern().db, 'break_glass')).toBe(grantsBefore + 1);

    // The safeguarding lead, in another browser, sees the alert with the reason and marks it as reviewed.
    const lead = await lantern().session();
    await signIn(lead.page, 'lead');
    await lead.nav('Lead dashboard');
    await expect.poll(() => lead.heading().innerText()).toBe('Safeguarding lead dashboard');
    const alerts = lead.page.getByTestId('break-glass-alerts');
    const row = alerts.locator('tbody tr', { hasText: reason });
    expect(await row.count()).toBe(1);
    const cells = await rowCells(row);
    expect(cells[1]).toBe('Hannah Reid');
    expect(cells[2]).toBe(HEALTH);
    expect(cells[3]).toContain(reason);
    const countBefore = Number(await lead.page.getByTestId('break-glass-count').innerText());
    expect(countBefore).toBeGreaterThanOrEqual(1);

    await row.getByLabel('Review note', { exact: true }).fill('Checked with the nurse: appropriate use.');
    const reviewed = await lead.clickButton('Mark as reviewed', row);
    expect(reviewed.status()).toBe(200);
    expect(lead.path).toBe('/lead?reviewed=1');
    await expect.poll(() => lead.page.locator('.govuk-notification-banner').innerText()).toContain('Alert reviewed.');
    expect(await lead.page.getByText(reason).count()).toBe(0);
    expect(Number(await lead.page.getByTestId('break-glass-count').innerText())).toBe(countBefore - 1);
    const stored = await lantern().db.pool.query<{
      reviewed: boolean;
      note: string;
    }>('select reviewed_at is not null as reviewed, review_note as note from break_glass where person_id = $1', [personId]);
    expect(stored.rows).toEqual([{ reviewed: true, note: 'Checked with the nurse: appropriate use.' }]);
  });
});

describe('Journey 8: roles without casework', () => {
  it('the analyst sees figures without names and is refused search', async () => {
    const s = await lantern().session();
    const { page } = s;
    const home = await signIn(page, 'analyst');
    expect(home.status()).toBe(200);
    expect(s.path).toBe('/stats');
    await expect.poll(() => s.heading().innerText()).toBe('Figures and trends');
    const navItems = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts();
    expect(navItems.map((t) => t.trim())).toEqual(['Figures', 'Map', 'Who we identify', 'Your account']);

    const rows = await tableRows(page.getByTestId('figures'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const [, shown] = r.split(' | ');
      // Small numbers are suppressed as *, others rounded to the nearest 5.
      expect(shown).toMatch(/^(\*|\d*[05])$/);
    }
    // No child's name anywhere on the page.
    const text = await page.locator('main').innerText();
    const names = await lantern().db.pool.query<{ full: string }>(
      "select distinct n.given || ' ' || n.family as full from person_name n join person p on p.id = n.person_id where p.kind = 'child' and n.family <> ''",
    );
    expect(names.rows.length).toBeGreaterThan(100);
    const shownNames = names.rows.map((r) => r.full).filter((full) => text.includes(full));
    expect(shownNames).toEqual([]);

    // Search is not for analysts: the search page itself, and a search, are refused.
    const searchPage = await s.goto('/search');
    await expectForbidden(s, searchPage.status());
    const search = await s.goto('/search?name=Mo');
    await expectForbidden(s, search.status());
  });

  it('the administrator sees the users table and is refused a child’s record', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'admin');
    expect(s.path).toBe('/admin');
    await expect.poll(() => s.heading().innerText()).toBe('Administration');
    const users = await tableRows(page.getByTestId('admin-users'));
    expect(users.length).toBeGreaterThanOrEqual(8);
    expect(users.find((r) => r.split(' | ')[1] === 'practitioner')).toMatch(/^Hannah Reid \| practitioner \| Practitioner \| North East London Health/);
    expect(users.find((r) => r.split(' | ')[1] === 'auditor')).toContain('Read-only auditor');
    expect(await page.getByTestId('admin-agencies').locator('tbody tr').count()).toBe(8);

    const record = await s.goto(`/people/${await childOnSomeCase()}`);
    await expectForbidden(s, record.status());
    expect(await page.getByTestId('person-name').count()).toBe(0);
  });

  it('the auditor sees the audit trail, and a record’s trail, but not the record', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'auditor');
    expect(s.path).toBe('/audit');
    await expect.poll(() => s.heading().innerText()).toBe('Audit trail');
    const table = page.locator('table', {
      has: page.locator('caption', { hasText: 'Audit events' }),
    });
    const rows = await tableRows(table);
    expect(rows.length).toBeGreaterThan(0);
    // Newest first.
    const seqs = rows.map((r) => Number(r.split(' | ')[0]));
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    // The sign-ins of this journey's analyst and administrator are on the trail, by name.
    const who = new Set(rows.map((r) => r.split(' | ')[2]));
    expect(who.has('Mei Chen')).toBe(true);
    expect(who.has('Lantern Administrator')).toBe(true);

    const personId = await childOnSomeCase();
    await s.goto(`/people/${personId}/audit`);
    await expect.poll(() => s.heading().innerText()).toBe('Who has viewed or changed this record');
    const trail = await tableRows(page.getByTestId('audit-table'));
    expect(trail[0]).toMatch(/\| Olu Adeyemi \| .* \| Viewed this audit list \| audit$/);
    const record = await s.goto(`/people/${personId}`);
    await expectForbidden(s, record.status());

    // Unusual access (insider browsing): the report, its form, and a bad date shown as an error (each checked with axe).
    expect((await s.nav('Unusual access')).status()).toBe(200);
    await expect.poll(() => s.heading().innerText()).toBe('Unusual access to records');
    await page.getByLabel('First day').fill('2026-02-30');
    expect((await s.clickButton('Show unusual access')).status()).toBe(400);
    await expect.poll(() => s.errorSummary().innerText()).toContain('Enter the first day as a real date');
  });
});

describe('Journey 9: sign out', () => {
  it('returns to the sign-in page, and the page that was open now goes to sign-in', async () => {
    const s = await lantern().session();
    const { page, context } = s;
    await signIn(page, 'practitioner');
    await s.clickLink((await page.getByTestId('my-cases').locator('tbody tr a').first().innerText()).trim(), page.getByTestId('my-cases'));
    const recordPath = s.path;
    expect(recordPath).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    const token = (await context.cookies()).find((c) => c.name === 'lantern_session');
    expect(token).toBeDefined();

    const out = await s.clickButton('Sign out');
    expect(out.status()).toBe(200);
    expect(s.path).toBe('/sign-in');
    await expect.poll(() => s.heading().innerText()).toBe('Sign in to Lantern');
    expect(await page.getByText('Signed in as').count()).toBe(0);
    expect((await context.cookies()).find((c) => c.name === 'lantern_session')).toBeUndefined();

    // Back to the record: it is not shown from the cache, the server sends the browser to sign in.
    await s.navigate(() => page.goBack());
    expect(s.path).toMatch(/^\/sign-in(\?|$)/);
    expect(await page.getByTestId('person-name').count()).toBe(0);
    await s.goto(recordPath);
    expect(s.path).toMatch(/^\/sign-in(\?|$)/);
    await expect.poll(() => s.heading().innerText()).toBe('Sign in to Lantern');

    // The old session token is dead on the server too: replaying the cookie does not sign anyone in.
    await context.addCookies([token!]);
    await s.goto(recordPath);
    expect(s.path).toMatch(/^\/sign-in(\?|$)/);
    expect(await page.getByTestId('person-name').count()).toBe(0);
  });
});
