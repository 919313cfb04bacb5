// Notes journeys 1–3: the live wording and signs check in the chronology editor, the review page after saving
// (reword in the practitioner's own words, keep as the child's own words, dismiss with a reason, add a sign to the
// next screening), and the language
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
  it('coaches wording as the practitioner types, rewords it in their own words on request, and adds the missing sign to a draft screening', async () => {
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
    // Which field, the category and the source, as the check page shows them; the panel has a visible heading.
    expect(await finding.getByTestId('live-finding-field').innerText()).toBe('In the detail');
    expect(await finding.innerText()).toContain('Blames the child for the harm done to them.');
    expect(await finding.getByTestId('live-finding-source').innerText()).toMatch(/^Source: \S/);
    expect(await page.getByRole('region', { name: 'Wording and signs, checked as you type' }).count()).toBe(1);
    // The lexicon's alternatives are guidance, listed; nothing offers to paste them into the note.
    expect(await finding.getByTestId('live-language-guidance').locator('li').count()).toBe(3);
    expect(await finding.getByRole('button', { name: /^Use/ }).count()).toBe(0);
    expect(await finding.getByRole('button', { name: /^Reword/ }).count()).toBe(1);
    expect(await finding.getByRole('button', { name: /own words/ }).count()).toBe(1);
    expect(await finding.getByRole('button', { name: /^Dismiss/ }).count()).toBe(1);
    // Screen readers hear a short summary, not the whole panel: only scorable signs count as noticed. It waits for the
    // possible signs (so that it changes once), and the first answer waits for the worker to load its model.
    await expect
      .poll(() => page.locator('[role="status"][data-note-check-status]').innerText(), { timeout: 15_000 })
      .toMatch(/^1 wording suggestion, \d+ signs? noticed, 1 shown but not scored\.$/);
    const signs = await panel.getByTestId('live-sign').allInnerTexts();
    const missingSign = signs.find((t) => t.includes('went missing'));
    // The framework's name for the sign and its SAFEGUARD category, then where and what the note says.
    expect(missingSign).toBe(
      'Sign noticed: The child has gone missing from home or care, or has been reported absent (Absent from school or missing from home or care). ' +
        'In the detail: “went missing from home” (current). You can add it to the next screening after saving.',
    );
    const drugsSign = signs.find((t) => t.includes('“drugs”'));
    expect(drugsSign).toMatch(/^Sign noticed: .+ \(Alcohol and drug misuse\)\. In the detail: “drugs” \(shown, not scored: ruled out in the note\)\.$/);
    // The entry's date decides how long ago a sign was: an old date makes it past, as the review page will say.
    const missingLive = panel.getByTestId('live-sign').filter({ hasText: 'went missing' });
    await page.getByLabel('When it happened', { exact: true }).fill(isoDaysAgo(400));
    await expect.poll(() => missingLive.innerText()).toContain('(more than 12 months ago)');
    await page.getByLabel('When it happened', { exact: true }).fill(isoDaysAgo(2));
    await expect.poll(() => missingLive.innerText()).toContain('(current)');

    // Text changed since the panel last checked it (a click within the typing pause): the button re-checks rather
    // than acting on the wrong characters.
    await detail.evaluate((e: HTMLTextAreaElement) => {
      e.value = `On Saturday: ${e.value}`;
    });
    await finding.getByRole('button', { name: /^Reword/ }).click();
    expect(await detail.inputValue()).toMatch(/^On Saturday: She keeps putting herself at risk\. She went missing/);

    // Reword: an inline input, prefilled with the flagged words; the practitioner writes their own.
    await finding.getByRole('button', { name: /^Reword/ }).click();
    const newWording = finding.getByLabel('New wording for “putting herself at risk”', { exact: true });
    await expect.poll(() => newWording.inputValue()).toBe('putting herself at risk');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(await newWording.getAttribute('id'));
    await checkA11y(page);
    // Refused inline, with a GOV.UK error message, and the note left as it was.
    for (const [wording, error] of [
      ['', 'Enter the new wording'],
      ['with an adult aged [age]', 'Replace “[age]”'],
      ['placing herself at risk', 'flagged too'],
    ] as const) {
      await newWording.fill(wording);
      await finding.getByRole('button', { name: /^Use my wording/ }).click();
      await expect.poll(() => finding.getByTestId('live-error').innerText()).toContain(error);
      expect(await detail.inputValue()).toMatch(/^On Saturday: She keeps putting herself at risk\. She went missing/);
    }
    expect(await finding.locator('.govuk-form-group--error').count()).toBe(1);
    await checkA11y(page);
    const suggestion = 'being taken to a flat by adults who give her vodka';
    await newWording.fill(suggestion);
    await newWording.press('Enter');
    // Exactly the flagged words are replaced; Enter applied the wording rather than submitting the entry.
    await expect
      .poll(() => detail.inputValue())
      .toBe(`On Saturday: She keeps ${suggestion}. She went missing from home on Friday and came back with a new phone. No concerns about drugs.`);
    expect(s.path).toBe(`/people/${personId}/chronology/new`);
    await expect.poll(() => panel.getByTestId('live-language-finding').filter({ hasText: 'putting herself at risk' }).count()).toBe(0);
    // No card left: focus goes to the panel's heading, not back to the text box.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Wording and signs, checked as you type');
    expect(JSON.parse(await page.locator('input[name="noteDecisions"]').inputValue())).toEqual([
      { field: 'detail', ref: 'putting_self_at_risk', text: 'putting herself at risk', action: 'reword', wording: suggestion },
    ]);
    // The editor with the live panel open passes axe as well.
    await checkA11y(page);

    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    // Straight after the save the page says so (only then: the address says it was this save).
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review\?added=1$/);
    const reviewPath = s.path.replace('?added=1', '');
    await expect.poll(() => s.heading().innerText()).toBe('Check the wording and signs');
    expect(await page.locator('main').innerText()).toContain('Your entry is saved.');
    expect(await page.getByTestId('entry-text').innerText()).toContain(suggestion);
    // The live reword was recorded: the original words are shown, reworded, with nothing left to do.
    const reworded = page.getByTestId('language-finding').filter({ hasText: '“putting herself at risk”' });
    expect(await reworded.count()).toBe(1);
    expect(await reworded.locator('.govuk-tag').innerText()).toBe('Reworded');
    expect(await reworded.getByTestId('new-wording').innerText()).toBe(`Reworded as: “${suggestion}”`);
    expect(await reworded.getByRole('button').count()).toBe(0);

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
    // Missing, the new phone, and the two signs the practitioner's own rewording names (taken to a flat, given vodka).
    expect(await boxes.count()).toBe(4);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    const missingBox = form.getByRole('checkbox', { name: /missing/i });
    expect(await missingBox.count()).toBe(1);
    const missingLabel = await form.locator('.govuk-checkboxes__item').filter({ hasText: 'went missing from home' }).innerText();
    expect(missingLabel).toContain('Absent from school or missing from home or care');
    expect(missingLabel).toContain('“went missing from home”');
    expect(await form.locator('.govuk-checkboxes__item').filter({ hasText: '“drugs”' }).count()).toBe(0);
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
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('4 signs added to Maisie Thornbury-Vale’s next screening');
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
    expect(await page.locator('input[name="status-te_several_phones"][value="present"]').isChecked()).toBe(true);

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
  it('refuses a dismissal without a reason and a reword with a placeholder, then records a dismissal, a reword and the child’s own words', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await createChildWithCase(s, child('Corey', 'Halloran-Wicks', 'Male'));
    await startEntry(s, 'Call from his mother');
    // Filled in one go: the live panel is ignored.
    // The last sentence names a town the spotter's list does not: the classifier's possible sign (as in cli-text.test.ts).
    await page
      .getByLabel('Detail', { exact: true })
      .fill(
        'He is streetwise. He said he chose to go with them. He keeps putting himself at risk.\n\nMFH report: Corey (15) from Lewisham found in Barnstaple.',
      );
    // The classifier runs in a worker of its own (its model is about 2 MB), started by the panel's first check: its sign
    // is named possible, live, and the page's own thread never parses the model. The worker fetches and parses about
    // 2 MB first: on a loaded machine that takes longer than the default second of polling.
    await expect
      .poll(() => page.getByTestId('live-possible-sign').allInnerTexts(), { timeout: 15_000 })
      .toEqual([
        expect.stringMatching(
          /^Possible sign: .+\. In the detail, Lantern read the sentence “MFH report: Corey \(15\) from Lewisham found in Barnstaple\.” as this sign \(current\)\. If it applies, you can add it to the next screening after saving\.$/,
        ),
      ]);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual(['/public/lantern/build/possible-signs-worker.js']);
    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review\?added=1$/);
    const reviewPath = s.path.replace('?added=1', '');

    // Left for later: the child's record says what is still to do on the entry, and links back to it.
    await s.clickLink('Back to the record');
    const item = page.getByTestId('timeline').locator('.moj-timeline__item').filter({ hasText: 'Call from his mother' });
    expect(await item.getByTestId('open-findings').innerText()).toBe('(3 wording findings not dealt with, 1 sign not yet in a screening)');
    await s.clickLink(/^Check the wording and signs in “Call from his mother”/, item);
    expect(s.path).toBe(reviewPath);

    // A possible sign is named so, with the note's own sentence, and is not ticked for the screening (axe checks the page).
    const possible = page.getByTestId('signs').locator('tr').filter({ hasText: 'Possible' });
    expect(await possible.innerText()).toContain('The sentence “MFH report: Corey (15) from Lewisham found in Barnstaple.”');
    expect(await page.getByTestId('add-signs').getByRole('checkbox', { checked: true }).count()).toBe(0);
    const card = (text: string) => page.getByTestId('language-finding').filter({ hasText: `“${text}”` });
    expect(await card('streetwise').count()).toBe(1);
    expect(await card('chose to').count()).toBe(1);
    expect(await card('streetwise').innerText()).toContain('Open');
    // Guidance is listed; there is no choice of alternatives to paste in.
    expect(await card('putting himself at risk').getByTestId('guidance').locator('li').count()).toBe(3);
    expect(await page.getByRole('radio').count()).toBe(0);

    // Dismissing without a reason: error beside the field, nothing decided, and the page is the review page's own
    // address (refreshing it asks again; it never re-posts to another address).
    const empty = await s.clickButton('Dismiss', card('streetwise'));
    expect(empty.status()).toBe(400);
    expect(s.path).toBe(reviewPath);
    await expect.poll(() => card('streetwise').locator('.govuk-error-message').innerText()).toContain('Give a reason for dismissing');
    await expect.poll(() => s.errorSummary().count()).toBe(1);
    expect(await card('streetwise').innerText()).toContain('Open');

    const reason = 'The police officer used this word; I am recording what was said to me.';
    await card('streetwise').getByLabel('Reason for dismissing', { exact: true }).fill(reason);
    const dismissed = await s.clickButton('Dismiss', card('streetwise'));
    expect(dismissed.status()).toBe(200);
    expect(s.path).toBe(`${reviewPath}?saved=1`);
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Saved.');

    // Reword: the practitioner's own words; a placeholder from the guidance is refused, with what was typed kept.
    const wordingField = () => card('putting himself at risk').getByLabel('New wording for “putting himself at risk”', { exact: true });
    await wordingField().fill('with an adult aged [age]');
    const refused = await s.clickButton('Reword', card('putting himself at risk'));
    expect(refused.status()).toBe(400);
    expect(s.path).toBe(reviewPath);
    await expect.poll(() => card('putting himself at risk').locator('.govuk-error-message').innerText()).toContain('Replace “[age]”');
    expect(await wordingField().inputValue()).toBe('with an adult aged [age]');
    await wordingField().fill('being taken to a flat by adults who give him cannabis');
    const rewordedPage = await s.clickButton('Reword', card('putting himself at risk'));
    expect(rewordedPage.status()).toBe(200);
    expect(await page.getByTestId('entry-text').innerText()).toContain('He keeps being taken to a flat by adults who give him cannabis.');
    expect(await card('putting himself at risk').locator('.govuk-tag').innerText()).toBe('Reworded');

    // Not in quotation marks: kept as the child's words only when the practitioner confirms it, and then quoted.
    const unconfirmed = await s.clickButton('Keep: these are the child’s own words', card('chose to'));
    expect(unconfirmed.status()).toBe(400);
    await expect.poll(() => card('chose to').locator('.govuk-error-message').innerText()).toContain('Confirm that the child said these exact words');
    await card('chose to').getByLabel('The child said these exact words: put “chose to” in quotation marks', { exact: true }).check();
    const kept = await s.clickButton('Keep: these are the child’s own words', card('chose to'));
    expect(kept.status()).toBe(200);
    expect(s.path).toBe(`${reviewPath}?saved=1`);
    expect(await page.getByTestId('entry-text').innerText()).toContain('He said he “chose to” go with them.');

    expect(await card('streetwise').locator('.govuk-tag').innerText()).toBe('Dismissed');
    expect(await card('streetwise').innerText()).toContain(`Reason: ${reason}`);
    expect(await card('chose to').locator('.govuk-tag').innerText()).toBe('Quoted');
    // Once kept, it no longer asks whether these are the child's words.
    expect(await card('chose to').innerText()).not.toContain('if these are the child’s own words');
    // Decided findings offer no more actions.
    expect(await page.getByTestId('language-finding').getByRole('button').count()).toBe(0);
    // No wording left to deal with: the record counts only the possible sign, which nobody has added to a screening.
    await s.clickLink('Back to the record');
    expect(await item.getByRole('link', { name: /^Check the wording and signs/ }).count()).toBe(1);
    expect(await item.getByTestId('open-findings').innerText()).toBe('(1 sign not yet in a screening)');

    // The possible sign does not apply to Corey: set aside with a reason, asked for first (axe checks the error page).
    await s.clickLink(/^Check the wording and signs in “Call from his mother”/, item);
    await page.getByText('Set aside signs that do not apply').click();
    const aside = page.getByTestId('set-aside-signs');
    await aside.getByRole('checkbox').check();
    expect((await s.clickButton('Set aside the ticked signs', aside)).status()).toBe(400);
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Give a reason for setting the signs aside');
    expect(await aside.getByRole('checkbox').isChecked()).toBe(true);
    await checkA11y(page);
    await aside.getByLabel('Reason for setting them aside').fill('Barnstaple is where Corey lives with his foster carers now.');
    expect((await s.clickButton('Set aside the ticked signs', aside)).status()).toBe(200);
    expect(await possible.innerText()).toContain('Set aside: Barnstaple is where Corey lives with his foster carers now.');
    // A mistake can be undone (integration-tested in notes.test.ts).
    expect(await possible.getByRole('button', { name: /^Put back/ }).count()).toBe(1);
    await checkA11y(page);
    await s.clickLink('Back to the record');
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
    // Leaving with unsaved text asks first (beforeunload), and only then.
    const asksBeforeLeaving = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    expect(await asksBeforeLeaving()).toBe(true);
    const panel = page.locator('[data-note-check-panel]');
    const finding = panel.getByTestId('live-language-finding');
    await expect.poll(() => finding.count()).toBe(1);
    // Not inside quotation marks: it asks first, inline, and changes nothing until confirmed.
    await finding.getByRole('button', { name: /^Child’s own words/ }).click();
    const ask = finding.getByTestId('live-quote');
    await expect.poll(() => ask.innerText()).toContain('Only if the child said these words: put them in quotation marks?');
    expect(await detail.inputValue()).toBe('Mum said he is streetwise.');
    await checkA11y(page);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => finding.getByTestId('live-quote').count()).toBe(0);
    expect(await detail.inputValue()).toBe('Mum said he is streetwise.');
    await finding.getByRole('button', { name: /^Child’s own words/ }).click();
    await finding
      .getByTestId('live-quote')
      .getByRole('button', { name: /^Confirm/ })
      .click();
    await expect.poll(() => detail.inputValue()).toBe('Mum said he is “streetwise”.');
    await expect.poll(() => finding.count()).toBe(0);

    // No type of entry and no date: the form comes back with the errors, the text and the decision.
    const refused = await s.clickButton('Add entry');
    expect(refused.status()).toBe(400);
    await expect.poll(() => s.errorSummary().count()).toBe(1);
    expect(await detail.inputValue()).toBe('Mum said he is “streetwise”.');
    // Shown again with an error, the text is still not saved.
    expect(await asksBeforeLeaving()).toBe(true);
    await expect.poll(() => panel.innerText()).toContain('No wording to check');
    expect(await finding.count()).toBe(0);

    // No date either: the form starts without one (a chronology records when things happened), and asks for it.
    expect(await s.errorSummary().innerText()).toContain('Enter when it happened');
    await page.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Contact' });
    await page.getByLabel('When it happened', { exact: true }).fill(isoDaysAgo(1));
    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    // Nothing left to review: the quoted wording was decided in the editor.
    expect(s.path).toBe(`/people/${personId}?saved=1`);
  });
});

describe('Journey 2d: dismissing and keeping quoted words in the live panel', () => {
  it('asks for a reason inline (never a browser prompt), and keeps words already in quotation marks without changing them', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await createChildWithCase(s, child('Priya', 'Ashworth-Kemp', 'Female'));
    // The possible signs' worker answers late, as on a slow machine: its answer comes after the first decision below,
    // and the panel it re-renders must leave the focus where the decision put it.
    await page.route('**/build/possible-signs-worker.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await startEntry(s, 'School visit');
    let prompted = false;
    page.on('dialog', (d) => {
      prompted = true;
      void d.dismiss();
    });
    const detail = page.getByLabel('Detail', { exact: true });
    const text = 'She told me “I am not a slag”. Staff describe her as promiscuous. Her mum calls her promiscuous.';
    await detail.fill(text);
    const panel = page.locator('[data-note-check-panel]');
    const quoted = panel.getByTestId('live-language-finding').filter({ hasText: '(in quotation marks)' });
    const promiscuous = panel.getByTestId('live-language-finding').filter({ hasText: '“promiscuous”' });
    await expect.poll(() => quoted.count()).toBe(1);
    // The same words twice: one card, with the count.
    await expect.poll(() => promiscuous.count()).toBe(1);
    expect(await promiscuous.getByTestId('live-finding-words').innerText()).toBe('“promiscuous” (2 times)');
    // Dismissing is routine: a secondary button, not a warning one.
    expect(await promiscuous.getByRole('button', { name: /^Dismiss/ }).getAttribute('class')).toContain('govuk-button--secondary');

    // Already in quotation marks: recorded as the child's words at once, the text unchanged; focus moves on to the
    // next card, not back to the text box.
    await quoted.getByRole('button', { name: /^Child’s own words/ }).click();
    await expect.poll(() => quoted.count()).toBe(0);
    expect(await detail.inputValue()).toBe(text);
    expect(await promiscuous.getByRole('button', { name: /^Reword/ }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await panel.getAttribute('data-possible-pending')).toBe('true');
    await expect.poll(() => panel.getAttribute('data-possible-pending'), { timeout: 15_000 }).toBe('false');
    expect(await promiscuous.getByRole('button', { name: /^Reword/ }).evaluate((b) => b === document.activeElement)).toBe(true);

    // Dismiss: an inline reason; empty or too short is an inline GOV.UK error, not silence.
    await promiscuous.getByRole('button', { name: /^Dismiss/ }).click();
    const reason = promiscuous.getByLabel('Why is “promiscuous” right here?', { exact: true });
    await expect.poll(() => reason.count()).toBe(1);
    for (const [typed, error] of [
      ['', 'Give a reason for dismissing this suggestion, at least 10 characters'],
      ['n/a', 'Give a reason for dismissing this suggestion, at least 10 characters'],
      ['not applicable', '“n/a”, “none” or “ok” is not a reason'],
    ] as const) {
      await reason.fill(typed);
      await promiscuous
        .getByTestId('live-dismiss')
        .getByRole('button', { name: /^Dismiss/ })
        .click();
      await expect.poll(() => promiscuous.getByTestId('live-error').innerText()).toContain(error);
    }
    await checkA11y(page);
    await reason.fill('Quoting the 2015 referral word for word');
    await promiscuous
      .getByTestId('live-dismiss')
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await expect.poll(() => promiscuous.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(prompted).toBe(false);
    expect(JSON.parse(await page.locator('input[name="noteDecisions"]').inputValue())).toEqual([
      { field: 'detail', ref: expect.any(String) as string, text: 'slag', action: 'quote' },
      { field: 'detail', ref: expect.any(String) as string, text: 'promiscuous', action: 'dismiss', reason: 'Quoting the 2015 referral word for word' },
    ]);

    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/people\/[0-9a-f-]{36}\?saved=1$/);
  });
});

describe('Journey 2e: a note too large to send', () => {
  it('states the limit on the detail, and a body over the limit gets a page that says what was too large; Back keeps the text', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await createChildWithCase(s, child('Ruby', 'Okafor-Lane', 'Female'));
    await startEntry(s, 'Pasted from the old system');
    const detail = page.getByLabel('Detail', { exact: true });
    // GOV.UK's character count, not a maxlength: pasted text over the limit is kept, and the count says by how much.
    expect(await detail.getAttribute('maxlength')).toBeNull();
    const count = page.locator('.govuk-character-count').filter({ has: detail }).locator('.govuk-character-count__status');
    const pasted = 'Seen at the shop with her carer. '.repeat(310);
    await detail.fill(pasted);
    expect(await detail.inputValue()).toBe(pasted);
    await expect.poll(() => count.innerText()).toBe(`You have ${pasted.length - 10_000} characters too many`);
    // Past the maxlength (a script or an old browser): more than the 1 MB body limit reaches the server.
    const big = 'Seen at the shop with her carer. '.repeat(35_000);
    await detail.evaluate((e: HTMLTextAreaElement, text: string) => {
      e.value = text;
    }, big);
    const res = await s.clickButton('Add entry');
    expect(res.status()).toBe(413);
    await expect.poll(() => s.heading().innerText()).toBe('What you sent was too large');
    expect(await page.locator('main').innerText()).toContain('Use your browser’s Back button: what you typed is still in the form');
    await page.goBack();
    await page.waitForLoadState('load');
    await checkA11y(page);
    await expect.poll(() => s.heading().innerText()).toBe('Add to the chronology');
    expect((await detail.inputValue()).length).toBe(big.length);
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
    // The note's own sentence, uncut, as the classifier's reading.
    expect(await finding.innerText()).toContain(
      'Possible: the sentence classifier’s reading of “Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.”',
    );
    expect(await finding.getByTestId('live-language-guidance').locator('li').count()).toBe(2);
    expect(await finding.getByRole('button', { name: /^Use/ }).count()).toBe(0);
    expect(await finding.getByRole('button', { name: /^Reword/ }).count()).toBe(1);
    expect(await finding.getByRole('button', { name: /own words/ }).count()).toBe(0);
    expect(await finding.getByRole('button', { name: /^Dismiss/ }).count()).toBe(1);
    await checkA11y(page);

    const saved = await s.clickButton('Add entry');
    expect(saved.status()).toBe(200);
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review\?added=1$/);
    const card = page.getByTestId('language-finding').filter({ hasText: 'Possible: the sentence classifier’s reading' });
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('finding-sentence').innerText()).toBe(
      '“Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.”',
    );
    expect(await card.locator('.govuk-tag').allInnerTexts()).toEqual(['Possible', 'Open']);
    expect(await card.locator('li').count()).toBe(2);
    // A possible finding may be dismissed (the saved entry is kept as written), not reworded here or kept as a quote.
    expect(await card.getByRole('button').allInnerTexts()).toEqual(['Dismiss']);
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
    // Journey 1's live reword and journey 2's reword on the review page are counted.
    expect(outcomes).toContain('Reworded');
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
