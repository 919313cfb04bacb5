// Journeys 1–6: a health practitioner signs in, searches, records a new child, opens a case, adds to the chronology,
// checks who has seen the record, and meets an edit conflict. Every page visited is checked with axe-core.
import { describe, expect, it } from 'vitest';
import { GENERIC_SIGN_IN_ERROR } from '../../src/services/auth.ts';
import { type ChildDetails, countRows, fillPersonForm, identityOf, isoDaysAgo, signIn, summaryValue, tableRows, textIfPresent, useLantern } from './support.ts';

const lantern = useLantern('record.test.ts');

// The child recorded in journey 3 and used by journeys 4 and 5.
const child: ChildDetails = {
  given: 'Jaydon',
  family: 'Okafor-Whitlock',
  alias: { kind: 'Alias', given: 'Jay' },
  dob: { day: '14', month: '6', year: '2012' },
  gender: 'Male',
  ethnicity: 'Mixed: White and Black African',
  nhsNumber: '9434765919',
  address: { line: '12 Example Close, Romford', postcode: 'rm3 7qx' },
  school: 'Harold Hill Academy',
};
let childId: string | undefined;
const entrySummary = 'Found by police at 6am after a night away';

const requireChild = (): string => {
  if (!childId) throw new Error('Journey 3 (create a child) did not complete, so there is no record to use');
  return childId;
};

describe('Journey 1: sign in', () => {
  it('a wrong password and an unknown username get the same generic error; the right password lands on My cases', async () => {
    const s = await lantern().session();
    const { page } = s;

    const wrong = await signIn(page, 'practitioner', 'not-the-password');
    expect(wrong.status()).toBe(401);
    await expect.poll(() => s.errorSummary().innerText()).toContain('There is a problem');
    await expect.poll(() => s.errorSummary().innerText()).toContain(GENERIC_SIGN_IN_ERROR);
    const wrongSummary = await s.errorSummary().innerText();
    const wrongInline = await page.locator('#username-error').innerText();
    expect(wrongInline).toContain(GENERIC_SIGN_IN_ERROR);
    // The username is kept, the password is not.
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe('practitioner');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    // The password can be shown while it is typed (GOV.UK password input; OWASP ASVS 2.1.12).
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('typed here');
    expect(await password.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await password.getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Hide password' }).click();
    expect(await password.getAttribute('type')).toBe('password');

    // No username enumeration: an unknown user gets exactly the same page text.
    const unknown = await signIn(page, 'no-such-user-here', 'not-the-password');
    expect(unknown.status()).toBe(401);
    expect(await s.errorSummary().innerText()).toBe(wrongSummary);
    expect((await page.locator('#username-error').innerText()).trim()).toBe(wrongInline.trim());
    expect(await s.errorSummary().innerText()).toContain(GENERIC_SIGN_IN_ERROR);

    const ok = await signIn(page, 'practitioner');
    expect(ok.status()).toBe(200);
    expect(s.path).toBe('/cases');
    await expect.poll(() => s.heading().innerText()).toBe('My cases');
    await expect.poll(() => page.getByText('Signed in as').innerText()).toContain('Hannah Reid');
    const cases = page.getByTestId('my-cases');
    const rows = await tableRows(cases);
    expect(rows.length).toBeGreaterThan(0);
    // Each row is a child with a link to their record.
    expect(await cases.locator('tbody tr a[href^="/people/"]').count()).toBe(rows.length);
  });
});

describe('Journey 2: search', () => {
  it('finds "Mo" by short form, alias or nickname; rejects an invalid NHS number inline; hides restricted matches', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.nav('Search');
    await expect.poll(() => s.heading().innerText()).toBe('Search for a person');

    await page.getByLabel('Name, alias or nickname', { exact: true }).fill('Mo');
    const res = await s.clickButton('Search');
    expect(res.status()).toBe(200);
    // The form posts: the name typed is not in the address (history, proxy logs).
    expect(page.url()).not.toContain('Mo');
    expect(new URL(page.url()).search).toBe('');
    const results = page.locator('table', {
      has: page.locator('caption', { hasText: 'Search results' }),
    });
    const rows = await tableRows(results);
    expect(rows.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#results').innerText()).toMatch(new RegExp(`^${rows.length} match(es)?$`));

    // Which records matched (visible rows link to the record, restricted rows to break-glass). The practitioner may
    // not see most names, so what each match was found by is checked in the database: at least one matched through
    // an alias or nickname "Mo", and at least one through the short form (a legal name such as Mohammed).
    const hitIds = (await results.locator('tbody tr a[href^="/people/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(
      (h) => h.split('/')[2]!,
    );
    expect(new Set(hitIds).size).toBe(rows.length);
    const names = await lantern().db.pool.query<{
      person_id: string;
      kind: string;
      given: string;
    }>('select person_id, kind, given from person_name where person_id = any($1::uuid[])', [hitIds]);
    const byAlias = names.rows.filter((n) => n.kind !== 'legal' && /^mo$/i.test(n.given));
    expect(byAlias.length, 'a match found through an alias or nickname "Mo"').toBeGreaterThan(0);
    const byShortForm = names.rows.filter((n) => n.kind === 'legal' && /^m[ou]h+[aeu]m+[ae]d$/i.test(n.given));
    expect(byShortForm.length, 'a match found through the short form (Mohammed, Muhammad, Mohamed …)').toBeGreaterThan(0);

    // Visible hits show the name and the other names the person is known by.
    const visible = results.locator('tbody tr', {
      has: page.locator('td:first-child a[href^="/people/"]'),
    });
    expect(await visible.count()).toBeGreaterThan(0);
    for (const r of await tableRows(visible)) expect(r).not.toContain('Restricted record');

    // Restricted hits: "Restricted record", a break-glass link, and none of the person's names, DOB or postcode.
    const restricted = results.locator('tbody tr', {
      has: page.locator('a[href$="/break-glass"]'),
    });
    const nRestricted = await restricted.count();
    expect(nRestricted).toBeGreaterThan(0);
    for (let i = 0; i < nRestricted; i++) {
      const row = restricted.nth(i);
      const text = await row.innerText();
      expect(text).toContain('Restricted record');
      const href = (await row.locator('a[href$="/break-glass"]').getAttribute('href'))!;
      const personId = href.split('/')[2]!;
      const who = await identityOf(lantern().db, personId);
      for (const word of [...who.names.flatMap((n) => [n.given, n.family]), ...who.postcodes].filter(Boolean)) {
        expect(text).not.toMatch(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
      }
      if (who.dateOfBirth) {
        expect(text).not.toContain(who.dateOfBirth);
        expect(text).not.toContain(
          new Date(`${who.dateOfBirth}T00:00:00Z`).toLocaleDateString('en-GB', {
            timeZone: 'UTC',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          }),
        );
      }
      expect(await row.locator('a[href="/people/' + personId + '"]').count()).toBe(0);
    }

    // An NHS number with a wrong check digit: inline error and error summary, status 400.
    await page.getByLabel('Name, alias or nickname', { exact: true }).fill('');
    await page.getByLabel('NHS number', { exact: true }).fill('1234567890');
    const bad = await s.clickButton('Search');
    expect(bad.status()).toBe(400);
    await expect.poll(() => page.locator('#nhsNumber-error').innerText()).toMatch(/Enter a valid NHS number/);
    await expect.poll(() => s.errorSummary().innerText()).toMatch(/Enter a valid NHS number/);
    expect(await s.errorSummary().getByRole('link').getAttribute('href')).toBe('#nhsNumber');
    expect(await page.getByLabel(/NHS number/).inputValue()).toBe('1234567890');
  });
});

describe('Journey 3: record a new child and open a case', () => {
  it('refuses an empty form without saving, then records the child and opens a case with own agency and key worker', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.nav('Add a person');
    await s.clickLink('Add a child or young person (under 18)');
    await expect.poll(() => s.heading().innerText()).toBe('Add a child or young person');

    const before = await countRows(lantern().db, 'person');
    const empty = await s.clickButton('Save');
    expect(empty.status()).toBe(400);
    const summary = await s.errorSummary().innerText();
    expect(summary).toContain('There is a problem');
    for (const message of ['Enter a first name or nickname', 'Select gender', 'Select ethnicity']) expect(summary).toContain(message);
    expect(summary).toMatch(/date of birth/i);
    // Inline messages beside the fields, and every summary link points at something on the page.
    await expect.poll(() => page.locator('#names-0-given-error').innerText()).toContain('Enter a first name or nickname');
    await expect.poll(() => page.locator('#gender-error').innerText()).toContain('Select gender');
    await expect.poll(() => page.locator('#ethnicity-error').innerText()).toContain('Select ethnicity');
    await expect.poll(() => page.locator('#dateOfBirth-error').innerText()).toMatch(/date of birth/i);
    for (const href of await s
      .errorSummary()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(await page.locator(href).count(), `error summary link ${href} has a target`).toBe(1);
    }
    expect(await countRows(lantern().db, 'person')).toBe(before);

    await fillPersonForm(page, child);
    const created = await s.clickButton('Save');
    expect(created.status()).toBe(200);
    expect(s.path).toMatch(/^\/people\/[0-9a-f-]{36}\/cases\/new\?created=1$/);
    childId = s.path.split('/')[2];
    expect(await countRows(lantern().db, 'person')).toBe(before + 1);
    await expect.poll(() => s.heading().innerText()).toBe('Open a case');
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Record created');
    await expect.poll(() => page.locator('.govuk-caption-l').innerText()).toBe(`${child.given} ${child.family}`);

    // The form starts with the practitioner's own agency and the practitioner as key worker.
    const lead = page.getByLabel('Lead agency', { exact: true });
    const keyWorker = page.getByLabel('Key worker', { exact: true });
    expect(await lead.locator('option:checked').innerText()).toBe('North East London Health (Sexual Health Service)');
    expect(await keyWorker.locator('option:checked').innerText()).toBe('Hannah Reid (Practitioner)');
    await page.getByLabel('Why the case is open (optional)', { exact: true }).fill('Missing episodes and older associates');
    const opened = await s.clickButton('Open case');
    expect(opened.status()).toBe(200);
    expect(s.path).toBe(`/people/${requireChild()}?saved=1`);

    await expect.poll(() => page.getByTestId('person-name').innerText()).toBe(`${child.given} ${child.family}`);
    expect(await summaryValue(page, 'Other names').innerText()).toContain('Jay');
    expect(await summaryValue(page, 'Other names').innerText()).toContain('Alias');
    expect(await summaryValue(page, 'Date of birth').innerText()).toContain('14 June 2012');
    expect(await summaryValue(page, 'Gender').innerText()).toBe('Male');
    expect(await summaryValue(page, 'Ethnicity').innerText()).toBe(child.ethnicity);
    expect(await summaryValue(page, 'NHS number').innerText()).toBe('943 476 5919');
    expect(await summaryValue(page, 'School').innerText()).toBe(child.school);
    expect(await summaryValue(page, 'Addresses').innerText()).toContain('RM3 7QX');
    const caseCard = page.locator('.govuk-summary-card');
    expect(await caseCard.count()).toBe(1);
    expect(await caseCard.locator('.govuk-summary-card__title').innerText()).toContain('Led by North East London Health (Sexual Health Service)');
    expect(await caseCard.locator('.govuk-summary-card__title').innerText()).toContain('Open');
    expect(await summaryValue(caseCard, 'Key worker').innerText()).toBe('Hannah Reid');

    // The new child is on the practitioner's caseload and found by the alias.
    await s.nav('My cases');
    expect((await tableRows(page.getByTestId('my-cases'))).some((r) => r.startsWith(`${child.given} ${child.family}`))).toBe(true);
    await s.goto('/search?name=Jay');
    // A name in the address is not searched (ASVS 8.3.1): the form says so, and searching means posting it.
    expect(await page.locator('.govuk-inset-text').innerText()).toContain('Lantern does not search from a web address');
    expect(await page.locator('table').count()).toBe(0);
    await page.getByLabel('Name, alias or nickname', { exact: true }).fill('Jay');
    await s.clickButton('Search');
    expect(s.path).toBe('/search');
    expect((await tableRows(page.locator('table'))).some((r) => r.includes(`${child.given} ${child.family}`))).toBe(true);
  });
});

describe('Journey 4: chronology', () => {
  it('adds an entry that appears in the timeline, and the type filter shows and hides it', async () => {
    const id = requireChild();
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.goto(`/people/${id}`);
    await expect.poll(() => page.getByText('No chronology entries.').count()).toBe(1);
    await s.clickLink('Add to chronology', page.getByRole('navigation', { name: 'Record sections' }));
    await expect.poll(() => s.heading().innerText()).toBe('Add to the chronology');

    const when = isoDaysAgo(3);
    await page.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Incident' });
    await page.getByLabel('When it happened', { exact: true }).fill(when);
    await page.getByLabel('Summary', { exact: true }).fill(entrySummary);
    await page.getByLabel('Detail', { exact: true }).fill('Jay said he had been "at a mate\'s flat". Found with a new phone and £200 cash.');
    const before = await countRows(lantern().db, 'chronology_entry');
    const added = await s.clickButton('Add entry');
    expect(added.status()).toBe(200);
    // Saved; the note mentions signs (a new phone, cash), so Lantern shows what it noticed before going back.
    expect(s.path).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review\?added=1$/);
    expect(await countRows(lantern().db, 'chronology_entry')).toBe(before + 1);
    await s.clickLink('Back to the record');
    expect(s.path).toBe(`/people/${id}`);

    const timeline = page.getByTestId('timeline');
    const items = timeline.locator('.moj-timeline__item');
    expect(await items.count()).toBe(1);
    expect(await items.first().locator('.moj-timeline__title').innerText()).toBe(`Incident: ${entrySummary}`);
    expect(await items.first().locator('.moj-timeline__byline').innerText()).toBe('by Hannah Reid, North East London Health (Sexual Health Service)');
    // A date given alone is shown alone, with no invented time of day.
    expect(await items.first().locator('time').getAttribute('datetime')).toBe(when);
    expect(await items.first().locator('time').innerText()).not.toContain(' at ');
    expect(await items.first().locator('.moj-timeline__description').innerText()).toContain('£200 cash');

    // Filter by the entry's type: shown. By another type: hidden.
    const filters = page.locator('form[method="get"]').filter({ has: page.getByRole('button', { name: 'Filter' }) });
    await filters.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Incident' });
    await s.clickButton('Filter', filters);
    expect(s.path).toContain('kind=incident');
    expect(await page.getByTestId('timeline').locator('.moj-timeline__title').allInnerTexts()).toEqual([`Incident: ${entrySummary}`]);
    expect(await filters.getByLabel('Type of entry', { exact: true }).locator('option:checked').innerText()).toBe('Incident');

    await filters.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Case note' });
    await s.clickButton('Filter', filters);
    expect(s.path).toContain('kind=note');
    expect(await page.getByTestId('timeline').count()).toBe(0);
    expect(await page.getByText(entrySummary).count()).toBe(0);
    await expect.poll(() => page.getByText('No chronology entries match the filter.').count()).toBe(1);
  });

  it('accepts an entry dated today in the morning', async () => {
    // The add-entry form starts with "When it happened" blank (a chronology records when things happened: the
    // practitioner gives the date). A server whose clock reads 08:30 UTC today must accept today's date: a date-only
    // entry for today is not "in the future".
    // Known bug (see report): src/services/chronology.ts turns a date into T12:00:00Z and rejects anything later than
    // now + 60 s, so before midday UTC today's date is refused with "When it happened must be today or in the past".
    const id = requireChild();
    const today = new Date().toISOString().slice(0, 10);
    const morning = new Date(`${today}T08:30:00Z`);
    // The second server stops with the rest in afterAll (lantern().close).
    const server = await lantern().serverWithClock(() => morning);
    const s = await server.session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.goto(`/people/${id}/chronology/new`);
    expect(await page.getByLabel('When it happened', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('When it happened', { exact: true }).fill(today);
    await page.getByLabel('Type of entry', { exact: true }).selectOption({ label: 'Contact' });
    await page.getByLabel('Summary', { exact: true }).fill('Phone call with Jay this morning');
    const res = await s.clickButton('Add entry');
    // BUG (src/services/chronology.ts, ChronologyInput.occurredAt + the "today or in the past" check): expected 200.
    expect(await page.locator('#occurredAt-error').count(), await textIfPresent(page.locator('#occurredAt-error'))).toBe(0);
    expect(res.status()).toBe(200);
    expect(s.path).toBe(`/people/${id}?saved=1`);
  });
});

describe('Journey 5: who has viewed or changed this record', () => {
  it("lists the practitioner's own view and chronology entry", async () => {
    const id = requireChild();
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.goto(`/people/${id}`);
    await s.clickLink('Who has viewed or changed this record', page.getByRole('navigation', { name: 'Record sections' }));
    expect(s.path).toBe(`/people/${id}/audit`);
    await expect.poll(() => s.heading().innerText()).toBe('Who has viewed or changed this record');
    const rows = await tableRows(page.getByTestId('audit-table'));
    const mine = rows.filter((r) => r.split(' | ')[1] === 'Hannah Reid');
    const what = (r: string) => r.split(' | ')[3];
    expect(mine.map(what)).toContain('Viewed the record');
    expect(mine.map(what)).toContain('Added a chronology entry');
    expect(mine.map(what)).toContain('Created the record');
    expect(mine.map(what)).toContain('Opened a case');
    // Newest first: looking at this list is itself the newest event.
    expect(what(rows[0]!)).toBe('Viewed this audit list');
    for (const r of mine) expect(r.split(' | ')[2]).toBe('North East London Health (Sexual Health Service)');
  });
});

describe('Journey 6: edit conflict', () => {
  it('a stale save gets the conflict page with both versions and overwrites nothing', async () => {
    // Two people on the same case open "Change details" for the same child.
    const first = await lantern().session();
    const second = await lantern().session();
    await signIn(first.page, 'practitioner');
    await signIn(second.page, 'practitioner');
    const link = first.page.getByTestId('my-cases').locator('tbody tr a').first();
    const personId = (await link.getAttribute('href'))!.split('/')[2]!;
    const name = await link.innerText();

    for (const s of [first, second]) {
      await s.goto(`/people/${personId}`);
      await s.clickLink('Change details');
      await expect.poll(() => s.heading().innerText()).toBe('Change details');
      expect(s.path).toBe(`/people/${personId}/edit`);
    }

    await first.page.getByLabel('School or college (optional)', { exact: true }).fill('Conflict Academy (first change)');
    const saved = await first.clickButton('Save');
    expect(saved.status()).toBe(200);
    expect(first.path).toBe(`/people/${personId}?saved=1`);
    expect(await summaryValue(first.page, 'School').innerText()).toBe('Conflict Academy (first change)');

    await second.page.getByLabel('School or college (optional)', { exact: true }).fill('Conflict College (second change)');
    const conflict = await second.clickButton('Save');
    expect(conflict.status()).toBe(409);
    await expect.poll(() => second.heading().innerText()).toBe('Someone else changed this record');
    const table = second.page.getByTestId('conflict-table');
    const school = (await tableRows(table)).find((r) => r.startsWith('School |'));
    expect(school).toBe('School | Conflict Academy (first change) | Conflict College (second change)');
    const legal = (await tableRows(table)).find((r) => r.startsWith('Legal name |'));
    expect(legal).toBe(`Legal name | ${name} | ${name}`);
    expect(await second.page.getByText('Your changes have not been saved. Nothing has been overwritten.').count()).toBe(1);
    // The form below keeps the second person's version, ready to save deliberately.
    expect(await second.page.getByLabel('School or college (optional)', { exact: true }).inputValue()).toBe('Conflict College (second change)');

    // Nothing was silently overwritten: the first change is still the saved one.
    await second.clickLink('Discard my changes and view the saved record');
    expect(await summaryValue(second.page, 'School').innerText()).toBe('Conflict Academy (first change)');
    await first.goto(`/people/${personId}`);
    expect(await summaryValue(first.page, 'School').innerText()).toBe('Conflict Academy (first change)');
  });
});
