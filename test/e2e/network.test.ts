// Contextual safeguarding journeys (issue 5): a key worker opens the network around a child in one of the demo's hidden
// networks (records they may not open are drawn as restricted), records an adult known only by a nickname and part of
// a registration from a chronology entry; the MASE coordinator acts on a cross-referral alert and merges the school's
// "Big T" with the police's record of the same man after reading the field-by-field explanation. Every page visited
// is checked with axe-core through the Session helpers.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('network.test.ts');

/** The child in the school's entry about "Big T" and the username of their key worker. */
async function schoolStory(): Promise<{ personId: string; entryId: string; keyWorker: string }> {
  const r = await lantern().db.store.db.execute<{ person_id: string; entry_id: string; username: string }>(sql`
    select e.person_id, e.id as entry_id, u.username from chronology_entry e
    join safeguarding_case c on c.id = e.case_id join app_user u on u.id = c.key_worker_id
    where e.summary = 'Seen being collected after school by an adult' limit 1`);
  const row = r.rows[0];
  if (!row) throw new Error('the demo has no school entry about Big T');
  return { personId: row.person_id, entryId: row.entry_id, keyWorker: row.username };
}

describe('Journey: the network around a child, and quick capture from an entry', () => {
  it('shows linked people, places and vehicles with their sources, restricted records as restricted, and records a new adult', async () => {
    const story = await schoolStory();
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, story.keyWorker);
    await s.goto(`/people/${story.personId}`);
    await s.clickLink('Network', page.getByRole('navigation', { name: 'Record sections' }));
    await expect.poll(() => s.heading().innerText()).toBe('Network around the child');
    const nodes = await tableRows(page.getByTestId('network-nodes'));
    expect(nodes.some((r) => r.includes('Big T'))).toBe(true);
    expect(nodes.some((r) => r.includes('LK19'))).toBe(true);
    expect(nodes.some((r) => r.includes('Restricted'))).toBe(true);
    const links = await tableRows(page.getByTestId('network-links'));
    expect(links.some((r) => r.includes('picked up by') && r.includes('Chronology entry'))).toBe(true);

    // Quick capture from the school's entry: an adult known only as "Jay", then check for existing records.
    await s.goto(`/chronology/${story.entryId}/capture`);
    await page.getByLabel('Person', { exact: true }).check();
    await s.clickButton('Continue');
    await page.getByLabel('Name or nickname', { exact: true }).fill('Jay');
    await page.getByLabel('Their role', { exact: true }).selectOption({ label: 'Suspected perpetrator' });
    const checked = await s.clickButton('Check for existing records');
    expect(checked.status()).toBe(200);
    await expect.poll(() => page.getByTestId('suggestions').count()).toBe(1);
    const refused = await s.clickButton('Save link');
    expect(refused.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('Select how they are linked to the child');
    await page.getByLabel('seen with', { exact: true }).check();
    await page.getByLabel('Reported (told to a professional)', { exact: true }).check();
    const saved = await s.clickButton('Save link');
    expect(saved.status()).toBe(200);
    expect(s.path).toBe(`/chronology/${story.entryId}/capture?saved=1`);
    expect((await tableRows(page.getByTestId('entry-links'))).some((r) => r.includes('Jay') && r.includes('seen with'))).toBe(true);
  });
});

describe('Journey: the MASE coordinator acts on an alert and decides a possible match', () => {
  it('marks an alert as dealt with, reads why two records may be one man, and merges them', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'coordinator');
    await s.nav('Network alerts');
    await expect.poll(() => s.heading().innerText()).toBe('Cross-referral alerts');
    const alerts = page.getByTestId('network-alert');
    expect(await alerts.count()).toBeGreaterThanOrEqual(2);
    const first = alerts.first();
    const empty = await s.navigate(() => first.getByRole('button', { name: 'Mark as dealt with' }).click());
    expect(empty.status()).toBe(400);
    await page.getByTestId('network-alert').first().getByLabel('What you did about it').fill('Discussed at the MASE panel; police to share intelligence');
    const done = await s.navigate(() => page.getByTestId('network-alert').first().getByRole('button', { name: 'Mark as dealt with' }).click());
    expect(done.status()).toBe(200);
    expect(s.path).toBe('/network/alerts?saved=1');

    await s.clickLink('Key players across the recorded network');
    await expect.poll(() => s.heading().innerText()).toBe('Key players');
    const reach = await tableRows(page.getByTestId('players-reach'));
    expect(reach.length).toBeGreaterThanOrEqual(2);

    await s.nav('Possible matches');
    const open = await tableRows(page.getByTestId('open-matches'));
    const bigT = open.findIndex((r) => r.includes('Big T'));
    expect(bigT).toBeGreaterThanOrEqual(0);
    await s.navigate(() => page.getByTestId('open-matches').locator('tbody tr').nth(bigT).getByRole('link').click());
    await expect.poll(() => s.heading().innerText()).toBe('Are these the same person?');
    const why = await tableRows(page.getByTestId('match-explanation'));
    expect(why.some((r) => r.startsWith('Nickname') && r.includes('exact'))).toBe(true);
    await page.getByLabel('The same person: merge the records', { exact: true }).check();
    await page.getByLabel('Reason', { exact: true }).fill('Same nickname and the same silver hatchback; police confirm');
    const merged = await s.clickButton('Record decision');
    expect(merged.status()).toBe(200);
    expect(s.path).toBe('/network/matches?saved=1');
  });
});
