// Notes journeys 1–3: the live wording and signs check in the chronology editor, the review page after saving
// (reword, keep as the child's own words, dismiss with a reason, add a sign to the next screening), and the language
// report for safeguarding leads. Every page visited is checked with axe-core through the Session helpers; the editor
// is checked again with the live panel open.
import { describe, expect, it } from 'vitest';
import { checkA11y, type ChildDetails, fillPersonForm, isoDaysAgo, type Session, signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('notes.test.ts');

const HEALTH = 'North East London Health (Sexual Health Service)';

/** A date of birth giving the age in years today (plus about three months, so no birthday is near). */
function dobForAge(years: number): ChildDetails['dob'] {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

const child = (given: string, family: string, gender: 'Male' | 'Female'): ChildDetails => ({
  given,
  family,
  dob: dobForAge(14),
  gender,
  ethnicity: 'White: English, Welsh, Scottish, Northern Irish or British',
});

/** Records a new child through "Add a person", opens a case led by the practitioner's agency, returns the person id. */
async function createChildWithCase(s: Session, c: ChildDetails): Promise<string> {
  const { page } = s;
  await s.nav('Add a person');
  await s.clickLink('Add a child or young person (under 18)');
  await fillPersonForm(page, c);
  const created = await s.clickButton('Save');
  expect(created.status()).toBe(200);
  expect(s.path).toMatch(/^\/people\/[0-9a-f-]{36}\/cases\/new\?created=1$/);
  const personId = s.path.split('/')[2]!;
  expect(await page.getByLabel('Lead agency', { exact: true }).locator('option:checked').innerText()).toBe(HEALTH);
  const opened = await s.clickButton('Open case');
  expect(opened.status()).toBe(200);
  expect(s.path).toBe(`/people/${personId}?saved=1`);
  return personId;
}

/** From the child's record, opens "Add to the chronology" and fills the type, date and summary. */
async function startEntry(s: Session, summary: string): Promise<void> {
  const { page } = s;
  await s.clickLink('Add to chronology', page.getByRole('navigation', { name: 'Record sections' }));
  await expect.poll(() => s.heading().innerText()).toBe('Add to the chronology');
  await page.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Case note' });
  await page.getByLabel('When it happened', { exact: true }).fill(isoDaysAgo(2));
  await page.getByLabel('Summary', { exact: true }).fill(summary);
}

describe('Journey 1: live coaching in the editor, then a sign goes to the next screening', () => {
  it('suggests wording as the practitioner types, replaces it on request, and adds the missing sign to a draft screening', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    const personId = await createChildWithCase(s, child('Maisie', 'Thornbury-Vale', 'Female'));
    await startEntry(s, 'Home visit after the weekend');

    const panel = page.locator('[data-note-check-panel]');
    // The script has run: the panel says there is nothing yet.
    await expect.poll(() => panel.innerText()).toContain('No wording to check');
    const detail = page.getByLabel('Detail', { exact: true });
    // Typed, as a person would: the panel follows the input events.
    await detail.pressSequentially(
      'She keeps putting herself at risk. She went missing from home on Friday and came back with a new phone. No concerns about drugs.',
    );

    const finding = panel.getByTestId('live-language-finding').filter({ hasText: 'putting herself at risk' });
    await expect.poll(() => finding.count()).toBe(1);
    const useButtons = finding.getByRole('button', { name: /^Use: / });
    expect(await useButtons.count()).toBeGreaterThan(0);
    expect(await finding.getByRole('button', { name: /own words/ }).count()).toBe(1);
    expect(await finding.getByRole('button', { name: /^Dismiss/ }).count()).toBe(1);
    // Screen readers hear a short summary, not the whole panel.
    await expect.poll(() => page.locator('[role="status"][data-note-check-status]').innerText()).toMatch(/^1 wording suggestion, \d+ signs? noticed\.$/);
    const signs = await panel.getByTestId('live-sign').allInnerTexts();
    expect(signs.some((t) => t.startsWith('Sign noticed') && t.includes('went missing'))).toBe(true);
    expect(signs.some((t) => t.includes('drugs') && /ruled out/i.test(t))).toBe(true);

    // Text changed since the panel last checked it (a click within the typing pause): the button re-checks rather
    // than overwriting the wrong characters.
    await detail.evaluate((e: HTMLTextAreaElement) => {
      e.value = `On Saturday: ${e.value}`;
    });
    await useButtons.first().click();
    expect(await detail.inputValue()).toMatch(/^On Saturday: She keeps putting herself at risk\. She went missing/);

    // Accept the first suggestion: the phrase is replaced in the text.
    await expect.poll(() => useButtons.count()).toBeGreaterThan(0);
    const suggestion = (await useButtons.first().innerText()).replace(/^Use: /, '');
    await useButtons.first().click();
    await expect.poll(() => detail.inputValue()).not.toContain('putting herself at risk');
    expect(await detail.inputValue()).toContain(suggestion);
    expect(await detail.inputValue()).toMatch(
      new RegExp(`^On Saturday: She keeps ${suggestion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. She went missing from home on Friday`),
    );
    await expect.poll(() => panel.getByTestId('live-language-finding').filter({ hasText: 'putting herself at risk' }).count()).toBe(0);
    // The editor with the live panel open passes axe as well.
    await checkA11y(page);

    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review$/);
    const reviewPath = s.path;
    await expect.poll(() => s.heading().innerText()).toBe('Check the wording and signs');
    expect(await page.getByTestId('entry-text').innerText()).toContain(suggestion);
    // The accepted wording was applied before saving, so nothing is left to reword.
    expect(await page.getByTestId('language-finding').filter({ hasText: 'putting herself at risk' }).count()).toBe(0);

    const table = page.getByTestId('signs');
    const rows = await tableRows(table);
    const missing = rows.find((r) => r.includes('“went missing from home”'));
    expect(missing, rows.join('\n')).toBeDefined();
    expect(missing).toMatch(/missing/i);
    expect(missing).toContain('Current');
    const drugs = rows.find((r) => r.includes('“drugs”'));
    expect(drugs, rows.join('\n')).toBeDefined();
    expect(drugs).toContain('Ruled out in the note');
    expect(drugs).toContain('Not scored');

    // One form for the signs: those the screening scores are ticked, each with the framework's wording, its SAFEGUARD
    // category and the note's words; the ruled-out one is not offered.
    const form = page.getByTestId('add-signs');
    const boxes = form.getByRole('checkbox');
    expect(await boxes.count()).toBe(2);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    const missingBox = form.getByRole('checkbox', { name: /missing/i });
    expect(await missingBox.count()).toBe(1);
    const missingLabel = await form.locator('.govuk-checkboxes__item').filter({ hasText: 'went missing from home' }).innerText();
    expect(missingLabel).toContain('Absent from school or missing from home or care');
    expect(missingLabel).toContain('“went missing from home”');
    expect(await form.getByRole('checkbox', { name: /drugs/i }).count()).toBe(0);
    expect(await form.getByRole('button').count()).toBe(1);

    // Nothing ticked: a GOV.UK error, nothing added.
    for (const box of await boxes.all()) await box.uncheck();
    const none = await s.clickButton('Add the ticked signs to the next screening');
    expect(none.status()).toBe(400);
    await expect.poll(() => s.errorSummary().innerText()).toContain('Select at least one sign to add to the screening');
    await s.errorSummary().getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('findings');
    expect(await page.getByTestId('signs').innerText()).not.toContain('In the screening');

    for (const box of await boxes.all()) await box.check();
    const added = await s.clickButton('Add the ticked signs to the next screening');
    expect(added.status()).toBe(200);
    expect(s.path).toMatch(new RegExp(`^${reviewPath.replace('/review', '')}/signs/added\\?screening=[0-9a-f-]{36}&added=`));
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('2 signs added to Maisie Thornbury-Vale’s next screening');
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('A new draft screening was started');
    const list = await page.getByTestId('signs-added').innerText();
    expect(list).toContain('“went missing from home”');
    expect(list).toContain('“new phone”');
    expect(await page.getByTestId('signs-already').count()).toBe(0);
    const screeningId = new URL(page.url()).searchParams.get('screening')!;

    await s.clickButton('Open the screening');
    expect(s.path).toBe(`/screenings/${screeningId}`);
    await expect.poll(() => page.getByRole('button', { name: 'Complete and see the result' }).count()).toBe(1);
    expect(await page.locator('input[name="status-am_missing"][value="present"]').isChecked()).toBe(true);
    expect(await page.locator('#evidence-am_missing').inputValue()).toContain('went missing from home');
    expect(await page.locator('input[name="status-rg_unexplained_gifts"][value="present"]').isChecked()).toBe(true);

    // Back on the review page each sign links to that screening, and nothing is left to add.
    await s.goto(reviewPath);
    const link = page.getByTestId('signs').locator('tbody tr').filter({ hasText: 'went missing from home' }).getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/screenings/${screeningId}`);
    expect(await page.getByTestId('add-signs').count()).toBe(0);
    await s.clickLink('Back to the record');
    expect(s.path).toBe(`/people/${personId}`);
    expect(await page.getByTestId('timeline').innerText()).toContain('Home visit after the weekend');
    // The way back to the review page from the child's record: named for screen readers by the entry.
    const item = page.getByTestId('timeline').locator('.moj-timeline__item').filter({ hasText: 'Home visit after the weekend' });
    await s.clickLink(/^Check the wording and signs in “Home visit after the weekend”/, item);
    expect(s.path).toBe(reviewPath);
  });
});

describe('Journey 2: the review page without live decisions', () => {
  it('refuses a dismissal without a reason, then records one dismissed and one kept as the child’s own words', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await createChildWithCase(s, child('Corey', 'Halloran-Wicks', 'Male'));
    await startEntry(s, 'Call from his mother');
    // Filled in one go: the live panel is ignored.
    await page.getByLabel('Detail', { exact: true }).fill('He is streetwise. Mum says he chose to go with them.');
    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review$/);
    const reviewPath = s.path;

    // Left for later: the child's record says what is still to do on the entry, and links back to it.
    await s.clickLink('Back to the record');
    const item = page.getByTestId('timeline').locator('.moj-timeline__item').filter({ hasText: 'Call from his mother' });
    expect(await item.getByTestId('open-findings').innerText()).toBe('(2 wording findings not dealt with)');
    await s.clickLink(/^Check the wording and signs in “Call from his mother”/, item);
    expect(s.path).toBe(reviewPath);

    const card = (text: string) => page.getByTestId('language-finding').filter({ hasText: `“${text}”` });
    expect(await card('streetwise').count()).toBe(1);
    expect(await card('chose to').count()).toBe(1);
    expect(await card('streetwise').innerText()).toContain('Open');

    // Dismissing without a reason: error beside the field, nothing decided.
    const empty = await s.clickButton('Dismiss', card('streetwise'));
    expect(empty.status()).toBe(400);
    expect(s.path.split('?')[0]).not.toBe(reviewPath);
    await expect.poll(() => card('streetwise').locator('.govuk-error-message').innerText()).toContain('Give a reason for dismissing');
    expect(await card('streetwise').innerText()).toContain('Open');

    const reason = 'The police officer used this word; I am recording what was said to me.';
    await card('streetwise').getByLabel('Reason for dismissing', { exact: true }).fill(reason);
    const dismissed = await s.clickButton('Dismiss', card('streetwise'));
    expect(dismissed.status()).toBe(200);
    expect(s.path).toBe(`${reviewPath}?saved=1`);
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Saved.');

    const kept = await s.clickButton('Keep: these are the child’s own words', card('chose to'));
    expect(kept.status()).toBe(200);
    expect(s.path).toBe(`${reviewPath}?saved=1`);

    expect(await card('streetwise').locator('.govuk-tag').innerText()).toBe('Dismissed');
    expect(await card('streetwise').innerText()).toContain(`Reason: ${reason}`);
    expect(await card('chose to').locator('.govuk-tag').innerText()).toBe('Quoted');
    // Decided findings offer no more actions.
    expect(await page.getByTestId('language-finding').getByRole('button').count()).toBe(0);
    // Nothing left to do on the entry, so the record shows no count beside its link.
    await s.clickLink('Back to the record');
    expect(await item.getByRole('link', { name: /^Check the wording and signs/ }).count()).toBe(1);
    expect(await item.getByTestId('open-findings').count()).toBe(0);
  });
});

describe('Journey 2b: a decision made in the live panel survives a form error', () => {
  it('keeps “child’s own words” after the form comes back with an error, and saves the finding as quoted', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    const personId = await createChildWithCase(s, child('Tobias', 'Renshaw-Lyle', 'Male'));
    await s.clickLink('Add to chronology', page.getByRole('navigation', { name: 'Record sections' }));
    await page.getByLabel('Summary', { exact: true }).fill('Phone call with mum');
    const detail = page.getByLabel('Detail', { exact: true });
    await detail.fill('Mum said he is streetwise.');
    const panel = page.locator('[data-note-check-panel]');
    const finding = panel.getByTestId('live-language-finding');
    await expect.poll(() => finding.count()).toBe(1);
    await finding.getByRole('button', { name: /^Child’s own words/ }).click();
    await expect.poll(() => detail.inputValue()).toBe('Mum said he is “streetwise”.');
    await expect.poll(() => finding.count()).toBe(0);

    // No type of entry: the form comes back with the error, the text and the decision.
    const refused = await s.clickButton('Add entry');
    expect(refused.status()).toBe(400);
    await expect.poll(() => s.errorSummary().count()).toBe(1);
    expect(await detail.inputValue()).toBe('Mum said he is “streetwise”.');
    await expect.poll(() => panel.innerText()).toContain('No wording to check');
    expect(await finding.count()).toBe(0);

    await page.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Contact' });
    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    // Nothing left to review: the quoted wording was decided in the editor.
    expect(s.path).toBe(`/people/${personId}?saved=1`);
  });
});

describe('Journey 2c: wording the lexicon does not list, found by the sentence classifier', () => {
  it('shows it as possible, with guidance rather than wording to paste in, live and on the review page', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await createChildWithCase(s, child('Kai', 'Ferreira-Dunn', 'Male'));
    await startEntry(s, 'Youth worker update');
    const detail = page.getByLabel('Detail', { exact: true });
    await detail.fill('Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.');
    const panel = page.locator('[data-note-check-panel]');
    // The lexicon finds "enjoy the status"; the classifier adds the dealing, which no entry lists.
    await expect.poll(() => panel.getByTestId('live-language-finding').count()).toBe(2);
    const finding = panel.getByTestId('live-language-finding').filter({ hasText: 'Possible:' });
    expect(await finding.count()).toBe(1);
    expect(await finding.innerText()).toContain('dealing for the older lads');
    expect(await finding.getByTestId('live-language-guidance').locator('li').count()).toBe(2);
    expect(await finding.getByRole('button', { name: /^Use: / }).count()).toBe(0);
    expect(await finding.getByRole('button', { name: /^Dismiss/ }).count()).toBe(1);
    await checkA11y(page);

    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review$/);
    const card = page.getByTestId('language-finding').filter({ hasText: '“dealing for the older lads”' });
    expect(await card.count()).toBe(1);
    expect(await card.locator('.govuk-tag').allInnerTexts()).toEqual(['Possible', 'Open']);
    expect(await card.locator('li').count()).toBe(2);
    expect(await card.getByRole('button', { name: 'Use this wording' }).count()).toBe(0);
    await checkA11y(page);
    await card.getByLabel('Reason for dismissing', { exact: true }).fill('Reworded with the youth worker in the next entry');
    const dismissed = await s.clickButton('Dismiss', card);
    expect(dismissed.status()).toBe(200);
    expect(await card.locator('.govuk-tag').allInnerTexts()).toEqual(['Possible', 'Dismissed']);
  });
});

describe('Journey 3: the language report for safeguarding leads', () => {
  it('shows the flagged wording from the journeys above, by agency, with counts', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'lead');
    await s.nav('Language');
    expect(s.path).toBe('/reports/language');
    await expect.poll(() => s.heading().innerText()).toBe('Victim-blaming language in records');
    const rows = await tableRows(page.getByTestId('language-report'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).not.toContain('No flagged wording');
    const health = rows.filter((r) => r.split(' | ')[1] === HEALTH);
    expect(health.length, rows.join('\n')).toBeGreaterThan(0);
    // Each count is a link, named in full for screen readers ("3 entries: …").
    for (const r of rows) expect(parseInt(r.split(' | ')[5]!, 10)).toBeGreaterThan(0);
    const outcomes = health.map((r) => r.split(' | ')[4]);
    expect(outcomes).toContain('Dismissed');
    expect(outcomes).toContain('Child’s own words');
    // The possible wording dismissed in journey 2c is counted apart from the lexicon's.
    expect(
      health.some((r) => r.split(' | ')[3]!.endsWith('(possible)') && r.split(' | ')[4] === 'Dismissed'),
      health.join('\n'),
    ).toBe(true);
    // Months are written out, not as 2026-11.
    for (const r of rows) expect(r.split(' | ')[0]).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);

    // A count of wording not dealt with opens the entries behind it (journey 2c left the lexicon's finding open).
    const table = page.getByTestId('language-report');
    const open = table.locator('tbody tr').filter({ hasText: HEALTH }).filter({ hasText: 'Not dealt with' }).filter({ hasNotText: '(possible)' }).first();
    const count = parseInt(await open.locator('td').last().innerText(), 10);
    expect(count).toBeGreaterThan(0);
    await s.clickLink(/ not dealt with, /, open);
    expect(s.path).toMatch(/^\/reports\/language\/entries\?month=\d{4}-\d{2}&agency=/);
    await expect.poll(() => s.heading().innerText()).toBe('Entries with flagged wording');
    const entries = await tableRows(page.getByTestId('language-entries'));
    expect(entries).toHaveLength(count);
    for (const r of entries) expect(r).toContain('Not dealt with');
    expect(await page.locator('.govuk-summary-list').innerText()).toMatch(
      /Month\s+(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    );
    const links = page.getByTestId('language-entries').getByRole('link', { name: /^Check the wording and signs/ });
    expect(await links.count()).toBe(count);
    expect(await links.first().getAttribute('href')).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review$/);
  });
});
