// Retention and subject access (issue 8) in the browser, on the demo data: the administrator's dry run shows the demo's
// old records and its public-inquiry hold, deleting needs a confirmation, holds are placed and lifted with reasons; the
// auditor reads the dry run and makes a subject access report. Every page visited is checked with axe-core.
import { describe, expect, it } from 'vitest';
import { countRows, signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('retention.test.ts');

describe('Retention: dry run, confirmation and legal holds', () => {
  it('shows what would be deleted and why, deletes only after confirmation, and places and lifts a hold', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'admin');
    await s.nav('Retention');
    await expect.poll(() => s.heading().innerText()).toBe('Retention and legal holds');
    expect((await tableRows(page.getByTestId('active-holds'))).join('\n')).toContain('Public inquiry: hold on destruction of records');
    const due = await tableRows(page.getByTestId('due'));
    expect(due).toHaveLength(2);
    expect(due.join('\n')).toMatch(/adult of concern, 6 years after the last activity/);
    expect(due.join('\n')).toMatch(/child protection record, 25th birthday/);
    const held = await tableRows(page.getByTestId('held'));
    expect(held).toHaveLength(1);
    expect(held[0]).toContain('held back by a legal hold (Public inquiry: hold on destruction of records)');
    // Kept records, soonest to become due first, each with its reason; the rules in force with their sources.
    expect((await tableRows(page.getByTestId('kept')))[0]).toMatch(/kept until \d{4}-\d\d-\d\d: /);
    expect((await tableRows(page.getByTestId('rules'))).join('\n')).toMatch(
      /looked-after child, 75th birthday.*the 75th birthday.*Care Planning, Placement and Case Review/,
    );

    // Deleting needs the box ticked; without it, nothing changes.
    await s.clickButton('Delete these records');
    await expect.poll(() => s.heading().innerText()).toBe('Delete records due for deletion');
    expect(await tableRows(page.getByTestId('confirm-list'))).toHaveLength(2);
    const people = await countRows(lantern().db, 'person');
    const refused = await s.clickButton('Delete records');
    expect(refused.status()).toBe(400);
    await expect.poll(() => s.errorSummary().innerText()).toContain('Confirm that the records listed will be deleted for good');
    expect(await countRows(lantern().db, 'person')).toBe(people);
    await page.getByLabel('I understand that these records will be deleted for good').check();
    const done = await s.clickButton('Delete records');
    expect(done.status()).toBe(200);
    expect(s.path).toMatch(/^\/retention\?deleted=2&skipped=0&failed=0$/);
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('The records of 2 people were deleted.');
    expect(await countRows(lantern().db, 'person')).toBe(people - 2);
    expect(await page.getByTestId('due').count()).toBe(0);
    expect(await tableRows(page.getByTestId('held'))).toHaveLength(1);

    // A hold on everything, with its reason; then lifted, with a reason.
    await s.clickButton('Place a legal hold');
    const empty = await s.clickButton('Place the hold');
    expect(empty.status()).toBe(400);
    await expect.poll(() => s.errorSummary().innerText()).toContain('Enter the reference of the instruction');
    await page.getByLabel('All records').check();
    await page.getByLabel('Reference of the instruction').fill('Inquiry letter of 2 March 2026');
    await page.getByLabel('Why the records must be kept').fill('The inquiry asked partners not to destroy any records while it gathers evidence.');
    await s.clickButton('Place the hold');
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('The legal hold is in force.');
    const noReason = await s.clickButton('Lift the hold');
    expect(noReason.status()).toBe(400);
    await page.getByLabel('Why the hold can be lifted').fill('The inquiry has released its instruction.');
    await s.clickButton('Lift the hold');
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('The legal hold has been lifted.');
  });
});

describe('Subject access', () => {
  it('an auditor reads the dry run without changing it and makes a printable subject access report', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'auditor');
    await s.nav('Retention');
    expect(await page.getByRole('button', { name: 'Place a legal hold' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete these records' }).count()).toBe(0);
    expect(await page.getByTestId('rules').count()).toBe(1);
    await s.nav('Subject access');
    await page.getByLabel('Lantern record reference').fill('Kerensa');
    const bad = await s.clickButton('Make the report');
    expect(bad.status()).toBe(400);
    const r = await lantern().db.pool.query<{ person_id: string }>(
      "select person_id from chronology_entry e join person p on p.id = e.person_id where p.kind = 'child' order by e.occurred_at desc limit 1",
    );
    const personId = r.rows[0]!.person_id;
    await page.getByLabel('Lantern record reference').fill(personId);
    const made = await s.clickButton('Make the report');
    expect(made.status()).toBe(200);
    expect(s.path).toBe(`/people/${personId}/subject-access`);
    await expect.poll(() => s.heading().innerText()).toBe('Subject access report');
    expect(await page.locator('#chronology ~ h3').count()).toBeGreaterThan(0);
    const events = await tableRows(page.getByTestId('access-events'));
    expect(events.at(-1)).toContain('Made a subject access report');
  });
});
