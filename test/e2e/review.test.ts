// Retrospective review in the web app (issue 4 §4): the safeguarding lead uploads a small synthetic file of notes,
// checks the progress page (a plain link, so it works without JavaScript) until the job is done, and reads
// the report. With JavaScript the page also moves its bar on its own (src/client/review-progress.ts). Every page visited, the self-contained report included, is checked with axe-core through the Session
// helpers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewNotesCsv } from '../fixtures/review-notes.ts';
import { checkA11y, signIn, summaryValue, tableRows, useLantern } from './support.ts';

const lantern = useLantern('review.test.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-e2e-review-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Journey: a retrospective review of exported notes', () => {
  it('uploads a file, watches the progress until done, and reads the report with its missed opportunity', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'lead');
    await s.nav('Review notes');
    expect(s.path).toBe('/reviews');
    await expect.poll(() => s.heading().innerText()).toBe('Review notes');

    // Nothing chosen: the error summary, and nothing started.
    const refused = await s.clickButton('Start the review');
    expect(refused.status()).toBe(400);
    expect(await s.errorSummary().innerText()).toContain('Select a file');

    const file = path.join(dir, 'spring-notes.csv');
    fs.writeFileSync(file, reviewNotesCsv({ bad: true }));
    await page.getByLabel('Upload a file of notes', { exact: true }).setInputFiles(file);
    const started = await s.clickButton('Start the review');
    expect(started.status()).toBe(200);
    expect(s.path).toMatch(/^\/reviews\/[0-9a-f-]{36}$/);
    const jobPath = s.path;
    await expect.poll(() => s.heading().innerText()).toBe('Review of notes');

    // A small file may be done at once; if not, the page's script loads the page again when the job ends (the
    // "Check progress" link, for a check without JavaScript, is covered by the integration tests).
    await expect
      .poll(
        () =>
          page
            .getByTestId('review-summary')
            .count()
            .catch(() => 0),
        { timeout: 30_000 },
      )
      .toBe(1);
    await checkA11y(page);
    expect(s.path).toBe(jobPath);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    // The finished state everywhere on the page: nothing left as it was while the job ran.
    expect(await page.getByTestId('review-status').innerText()).toContain('The review has finished.');
    expect(await page.getByTestId('review-figures').innerText()).not.toMatch(/Not yet|\b0 bytes|\(0%\)/);
    expect(await page.locator('progress').count()).toBe(0);
    const summary = page.getByTestId('review-summary');
    expect(await summaryValue(summary, 'Notes analysed').innerText()).toBe('8');
    expect(await summaryValue(summary, 'Bad rows skipped').innerText()).toBe('1');
    expect(await summaryValue(summary, 'People').innerText()).toBe('2');
    expect(Number(await summaryValue(summary, 'Missed opportunities').innerText())).toBeGreaterThan(0);

    // The report: self-contained, its own strict CSP, and the people with findings.
    const report = await s.clickButton('Open the report');
    expect(report.status()).toBe(200);
    expect(s.path).toBe(`${jobPath}/report`);
    expect((await report.allHeaders())['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Lantern retrospective review');
    expect(await page.getByRole('heading', { name: /^People \(2 with findings of 2\)$/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'SYN-0001' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'SYN-0002' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: /^Missed opportunities \(\d+\)$/ }).count()).toBe(1);
    const missed = await tableRows(page.locator('h2#missed + div table'));
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((r) => r.startsWith('SYN-0001 | '))).toBe(true);
    expect(await page.locator('#person-SYN-0001').innerText()).toContain('None recorded: missed opportunity');
    // A missed opportunity leads to its person's section (a fragment: the page is not loaded again).
    await page.locator('h2#missed + div table').getByRole('link', { name: 'SYN-0001' }).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#person-SYN-0001');

    // Back into Lantern from the report; report.json downloads; the list shows the finished job.
    await s.clickLink('Back to the review');
    expect(s.path).toBe(jobPath);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the report as JSON' }).click()]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as { summary: { people: number }; people: { personRef: string }[] };
    expect(json.summary.people).toBe(2);
    expect(json.people.map((p) => p.personRef)).toEqual(['SYN-0001', 'SYN-0002']);

    await s.nav('Review notes');
    const rows = await tableRows(page.getByTestId('review-jobs'));
    expect(rows[0]).toMatch(/^spring-notes\.csv \| .+ \| Finished \| 9 \| \d+$/);
  });

  it('moves the progress bar on its own while the job runs, announcing only milestones', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'lead');
    // A job that stays running until the test moves it: its progress is written to the row as the service would.
    const { store } = lantern().db;
    const lead = (await store.repos.users.byUsername('lead'))!;
    const job = await store.repos.reviewJobs.insert({
      createdBy: lead.id,
      agencyId: lead.agencyId,
      fileName: 'winter-notes.csv',
      format: 'csv',
      bytesTotal: 40_000_000,
      bytesRead: 2_000_000,
      rowsRead: 5_000,
      status: 'running',
      startedAt: new Date(Date.now() - 4_000),
      createdAt: new Date(),
    });
    await s.goto(`/reviews/${job.id}`);
    const bar = page.locator('progress#review-progress');
    const announce = page.getByTestId('review-announce');
    expect(await bar.getAttribute('value')).toBe('2000000');
    expect(await page.getByTestId('review-progress-text').innerText()).toMatch(/^Read 2\.0 MB of 40\.0 MB \(5%\)\. .+ rows a second\. About .+ left\.$/);
    expect(await announce.innerText()).toBe('');
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    // Half read: the bar follows with no click and no reload, and the region says the milestone once.
    await store.repos.reviewJobs.progress(job.id, { bytesRead: 20_000_000, rowsRead: 50_000 });
    await expect.poll(() => bar.evaluate((e: HTMLProgressElement) => e.value), { timeout: 10_000 }).toBe(20_000_000);
    expect(await page.getByTestId('review-progress-text').innerText()).toMatch(
      /^Read 20\.0 MB of 40\.0 MB \(50%\)\. [\d.]+ MB\/s, [\d,]+ rows a second\. About .+ left\.$/,
    );
    expect(await announce.innerText()).toBe('50% read.');
    await checkA11y(page);
    // A little more, within the same quarter: the bar moves, the region stays as it was.
    await store.repos.reviewJobs.progress(job.id, { bytesRead: 24_000_000, rowsRead: 60_000 });
    await expect.poll(() => bar.evaluate((e: HTMLProgressElement) => e.value), { timeout: 10_000 }).toBe(24_000_000);
    expect(await announce.innerText()).toBe('50% read.');

    // Ended: the page loads itself again, once, as the server's page for the failed job (its error summary takes the
    // focus), so that nothing on it is left as it was while the job ran.
    await store.repos.reviewJobs.update(job.id, { status: 'failed', error: 'Interrupted by a restart: upload the file again', finishedAt: new Date() });
    await expect.poll(() => loads.length, { timeout: 10_000 }).toBe(1);
    await checkA11y(page);
    expect(new URL(loads[0]!).pathname).toBe(`/reviews/${job.id}`);
    expect(await page.getByTestId('review-status').innerText()).toContain('Interrupted by a restart');
    expect(await page.getByTestId('review-figures').innerText()).not.toMatch(/Not yet|\(\d+%\)/);
    expect(await page.locator('progress').count()).toBe(0);
  });

  it('is not offered to practitioners, and refuses them', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Review notes' }).count()).toBe(0);
    const refused = await s.goto('/reviews');
    expect(refused.status()).toBe(403);
  });
});
