// The ward map (issue 6): the MASE coordinator opens the map on the demo data, sees hotspots, switches layers, picks a
// ward (the panel lists what they may see), opens the ward page and the table alternative; an analyst sees counts only,
// never a name or an unsuppressed small count. axe-core checks every page, and the map after each change.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkA11y, signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('map.test.ts');

const published = (s: string) => s === '0' || s === '*' || /^\d*[05]$/.test(s);

describe('Journey: the MASE coordinator and the ward map', () => {
  it('shows hotspots, switches layers, drills into a ward and opens the table alternative', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'coordinator');
    await s.goto('/map');
    await expect.poll(() => s.heading().innerText()).toBe('Ward map: Havering');
    await expect.poll(() => page.locator('#ward-map-status').innerText(), { timeout: 20_000 }).toContain('20 wards');
    await checkA11y(page);

    // Hotspots from the demo's networks: places linked to children in several cases.
    const hotspots = await page.getByTestId('map-hotspots').innerText();
    expect(hotspots).toMatch(/Linked to children in \d+ different cases/);

    // Layers: places off, network links on.
    const places = page.locator('#ward-map-canvas path[data-layer="locations"]');
    expect(await places.count()).toBeGreaterThan(0);
    await page.locator('#ward-map-layer-locations').uncheck();
    await expect.poll(() => places.count()).toBe(0);
    await page.locator('#ward-map-layer-links').check();
    await expect.poll(() => page.locator('#ward-map-canvas path[data-layer="links"]').count()).toBeGreaterThan(0);
    await page.locator('#ward-map-layer-locations').check();
    await expect.poll(() => places.count()).toBeGreaterThan(0);
    await checkA11y(page);

    // A ward: the panel lists its counts and what the coordinator may see, and links to the ward page.
    const hotspotWard = (
      await lantern().db.store.db.execute<{ ward_code: string }>(sql`
        select e.ward_code from entity e join entity_link l on l.to_entity = e.id or l.from_entity = e.id
        where e.kind = 'location' and e.ward_code is not null group by e.id, e.ward_code order by count(distinct l.case_id) desc limit 1`)
    ).rows[0]!.ward_code;
    await page.locator('#ward-map-ward').selectOption(hotspotWard);
    const panel = page.getByTestId('ward-map-panel');
    await expect.poll(() => panel.locator('#ward-map-panel-heading').innerText()).not.toBe('');
    const wardName = await panel.locator('#ward-map-panel-heading').innerText();
    expect(await panel.getByTestId('ward-map-counts').innerText()).toContain('Locations of concern');
    await checkA11y(page);
    await s.navigate(() => panel.getByTestId('ward-map-open-ward').click());
    expect(s.path.startsWith(`/map/wards/${hotspotWard}?`)).toBe(true);
    expect(await s.heading().innerText()).toContain(wardName.replace(/ ward$/, ''));
    expect((await tableRows(page.getByTestId('map-point-table'))).length).toBeGreaterThan(0);

    // The table alternative: every ward with the same figures.
    await s.goto('/map');
    await page.getByRole('link', { name: 'Skip the map: the same figures as tables' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#map-table');
    const rows = await tableRows(page.getByTestId('map-ward-table'));
    expect(rows).toHaveLength(20);
    expect(rows.some((r) => r.includes('Beam Park'))).toBe(true);

    // The partner pack from the figures page: a download in which every figure is published under the rule.
    await s.goto('/stats');
    const href = await page.getByTestId('partner-pack').getAttribute('href');
    const pack = await page.request.get(href!);
    expect(pack.status()).toBe(200);
    expect(pack.headers()['content-disposition']).toMatch(/^attachment/);
    const lines = (await pack.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('measure,breakdown,key,figure');
    expect(lines.some((l) => l.includes('ward'))).toBe(true);
    // Counts only: the rule's description, the median and 90th percentile (statistics) and the not-yet-recorded RHI row are left out.
    for (const l of lines.slice(1).filter((x) => !/^(about,|time_to_referral,(median|p90)_days,|return_home_interviews,)/.test(x)))
      expect(published(l.slice(l.lastIndexOf(',') + 1)), l).toBe(true);
  });

  it('places a new location by clicking the map on the quick-capture form', async () => {
    const s = await lantern().session();
    const { page } = s;
    const entry = (
      await lantern().db.store.db.execute<{ id: string; username: string }>(sql`
        select e.id, u.username from chronology_entry e join safeguarding_case c on c.id = e.case_id join app_user u on u.id = c.key_worker_id
        where u.username = 'socialworker' order by e.occurred_at desc limit 1`)
    ).rows[0]!;
    await signIn(page, entry.username);
    await s.goto(`/chronology/${entry.id}/capture?kind=location`);
    await expect.poll(() => page.locator('#coordinates-map path[data-ward]').count(), { timeout: 20_000 }).toBe(20);
    await checkA11y(page);
    const box = (await page.locator('#coordinates-map').boundingBox())!;
    await page.locator('#coordinates-map').click({ position: { x: box.width / 2, y: box.height / 2 } });
    await expect.poll(() => page.locator('#coordinates-map-status').innerText()).toMatch(/^Placed at 51\.\d{5}, 0\.\d{5}/);
    expect(await page.locator('#coordinates').inputValue()).toMatch(/^51\.\d{5}, 0\.\d{5}$/);
    await page.getByLabel('Name of the place', { exact: true }).fill('Invented car wash');
    await page.getByLabel('seen at', { exact: true }).check();
    await page.getByLabel('Suspected (professional concern or intelligence)', { exact: true }).check();
    const saved = await s.clickButton('Save link');
    expect(saved.status()).toBe(200);
    const placed = (
      await lantern().db.store.db.execute<{ ward_code: string | null; placed_by: string }>(
        sql`select ward_code, placed_by from entity where label = 'Invented car wash'`,
      )
    ).rows[0]!;
    expect(placed.placed_by).toBe('coordinates');
  });

  it('refuses a bad filter with a clear message on the page', async () => {
    const s = await lantern().session();
    await signIn(s.page, 'coordinator');
    const res = await s.goto('/map?from=2026-02-31');
    expect(res.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('The start date must be a real date');
  });
});

describe('Journey: an analyst sees counts only', () => {
  it('has no names and no unsuppressed small count on the map or the ward page', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'analyst');
    await s.goto('/map');
    await expect.poll(() => page.locator('#ward-map-status').innerText(), { timeout: 20_000 }).toContain('20 wards');
    await checkA11y(page);
    expect(await page.locator('#ward-map-canvas path[data-point]').count()).toBe(0);
    const rows = await tableRows(page.getByTestId('map-ward-table'));
    for (const r of rows) for (const cell of r.split(' | ').slice(1, -1)) expect(published(cell.trim()), r).toBe(true);
    const names = (
      await lantern().db.store.db.execute<{ given: string; family: string }>(sql`select given, family from person_name where kind = 'legal' limit 50`)
    ).rows;
    const text = await page.locator('main').innerText();
    for (const n of names) expect(text).not.toContain(`${n.given} ${n.family}`);
    const json = await page.request.get('/map/data.json');
    const data = (await json.json()) as { points: unknown[]; countsOnly: boolean };
    expect(data.countsOnly).toBe(true);
    expect(data.points).toHaveLength(0);
  });
});
