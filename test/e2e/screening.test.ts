// Screening journeys 1–3: a practitioner screens a boy at high and refers him (social care, police and NRM); a
// downgrade waits for a safeguarding lead in another agency, who approves it; a sexual health attendance starts a
// pre-filled screening. Every page visited is checked with axe-core through the Session helpers.
import { describe, expect, it } from 'vitest';
import { type ChildDetails, fillPersonForm, isoDaysAgo, type Session, signIn, tableRows, textIfPresent, useLantern } from './support.ts';

const lantern = useLantern('screening.test.ts');

const HEALTH = 'North East London Health (Sexual Health Service)';
const SOCIAL_CARE = "Havering Children's Social Care (MASH)";
const NRM_OFFER_TEXT = 'Offer a National Referral Mechanism referral. The child’s consent is not needed';

/** A date of birth giving the age in years today (plus about three months, so no birthday is near). */
function dobForAge(years: number): ChildDetails['dob'] {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

const boy = (given: string, family: string): ChildDetails => ({
  given,
  family,
  dob: dobForAge(15),
  gender: 'Male',
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
  await expect.poll(() => s.heading().innerText()).toBe('Open a case');
  expect(await page.getByLabel('Lead agency', { exact: true }).locator('option:checked').innerText()).toBe(HEALTH);
  const opened = await s.clickButton('Open case');
  expect(opened.status()).toBe(200);
  expect(s.path).toBe(`/people/${personId}?saved=1`);
  await expect.poll(() => page.getByTestId('person-name').innerText()).toBe(`${c.given} ${c.family}`);
  return personId;
}

/** Marks one sign present, "Current", with evidence (the When and Evidence fields are revealed by "Present"). */
async function markPresent(s: Session, code: string, evidence: string): Promise<void> {
  const indicator = s.page.locator(`.lantern-indicator[data-code="${code}"]`);
  expect(await indicator.count(), `sign ${code} on the form`).toBe(1);
  await indicator.getByLabel('Present', { exact: true }).check();
  const when = indicator.getByRole('group', { name: 'When' });
  await expect.poll(() => when.isVisible()).toBe(true);
  await when.getByLabel('Current (last 6 months)', { exact: true }).check();
  await indicator.getByLabel('Evidence', { exact: true }).fill(evidence);
}

const EVIDENCE = {
  am_missing: 'Reported missing three times in May; returned by police each time (PC Adams, 12 May).',
  go_carrying_drugs: 'Found with 14 wraps of crack cocaine in his sock by British Transport Police at Southend.',
  am_moved_by_others: 'Told the school nurse that "a man pays for my train tickets" to Southend and Margate.',
} as const;

/** From the child's record: starts a screening on the (only) open case, answers three signs and completes it. */
async function completeHighScreening(s: Session, personId: string, opts: { saveDraftFirst?: boolean } = {}): Promise<string> {
  const { page } = s;
  expect(s.path.split('?')[0]).toBe(`/people/${personId}`);
  await s.clickLink(/^Screen for exploitation/);
  expect(s.path).toMatch(/^\/cases\/[0-9a-f-]{36}\/screenings\/new$/);
  await expect.poll(() => s.heading().innerText()).toBe('Screen for exploitation');
  const started = await s.clickButton('Start screening');
  expect(started.status()).toBe(200);
  expect(s.path).toMatch(/^\/screenings\/[0-9a-f-]{36}$/);
  const screeningId = s.path.split('/')[2]!;
  await expect.poll(() => page.getByRole('button', { name: 'Complete and see the result' }).count()).toBe(1);

  for (const [code, evidence] of Object.entries(EVIDENCE)) await markPresent(s, code, evidence);
  if (opts.saveDraftFirst) {
    // A saved draft comes back with every answer: status, when and evidence.
    const draft = await s.clickButton('Save draft');
    expect(draft.status()).toBe(200);
    expect(s.path).toBe(`/screenings/${screeningId}?saved=1`);
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Draft saved.');
    for (const [code, evidence] of Object.entries(EVIDENCE)) {
      expect(await page.locator(`input[name="status-${code}"][value="present"]`).isChecked(), `${code} present`).toBe(true);
      expect(await page.locator(`input[name="when-${code}"][value="current"]`).isChecked(), `${code} when`).toBe(true);
      expect(await page.locator(`#evidence-${code}`).inputValue()).toBe(evidence);
    }
  }
  const done = await s.clickButton('Complete and see the result');
  expect(done.status()).toBe(200);
  expect(s.path).toBe(`/screenings/${screeningId}`);
  await expect.poll(() => page.getByTestId('risk-level').innerText()).toBe('High');
  return screeningId;
}

describe('Journey 1: a boy screened at high is referred to social care, the police and the NRM', () => {
  it('shows the level, the hard rule and the NRM offer, creates the referrals with the evidence, and the record shows the history', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    const child = boy('Kieran', 'Ashdown-Pryce');
    const personId = await createChildWithCase(s, child);
    expect(await page.getByText('This child has not been screened yet.').count()).toBe(1);
    const screeningId = await completeHighScreening(s, personId, { saveDraftFirst: true });

    // The result explains itself: a hard rule lifted the level, and the NRM must be offered.
    expect(await page.getByTestId('hard-rule').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('hard-rule').first().innerText()).toMatch(/At least high/);
    const nrmAction = page.getByTestId('required-actions').locator('li[data-code="offer_nrm_child"]');
    expect(await nrmAction.count()).toBe(1);
    expect(await nrmAction.innerText()).toContain(NRM_OFFER_TEXT);
    const reasons = await tableRows(page.getByTestId('reasons'));
    expect(reasons).toHaveLength(3);
    for (const evidence of Object.values(EVIDENCE)) expect(reasons.some((r) => r.includes(evidence))).toBe(true);

    // Decision: refer to social care, the police and the NRM.
    const decision = page.locator(`form[action="/screenings/${screeningId}/decision"]`);
    await decision.getByLabel('Make a referral', { exact: true }).check();
    const targets = decision.getByRole('group', { name: 'Refer to' });
    await expect.poll(() => targets.isVisible()).toBe(true);
    await targets.getByLabel('Children’s social care (MASH)', { exact: true }).check();
    await targets.getByLabel('Police', { exact: true }).check();
    await targets.getByLabel('National Referral Mechanism (NRM)', { exact: true }).check();
    await decision.getByLabel('Anything else the receiving team needs to know', { exact: true }).fill('Mother is supportive; call her first.');
    const decided = await s.clickButton('Record decision', decision);
    expect(decided.status()).toBe(200);
    expect(s.path).toMatch(/^\/referrals\/[0-9a-f-]{36}\?created=1$/);
    const referralId = s.path.split('/')[2]!.split('?')[0]!;

    // Social care receives its referral first (the child welfare form goes before the NRM referral).
    await expect.poll(() => page.getByTestId('referral-title').innerText()).toBe('Referral to children’s social care (MASH): concern about exploitation');
    await expect.poll(() => page.locator('.govuk-notification-banner').innerText()).toContain('Referral created');
    const body = await page.locator('main').innerText();
    for (const evidence of Object.values(EVIDENCE)) expect(body).toContain(evidence);
    expect(body).toContain(`${child.given} ${child.family}`);
    expect(body).toContain('Mother is supportive; call her first.');

    // The JSON download carries the target and the reasons (with the evidence).
    const json = await s.context.request.get(`/referrals/${referralId}/json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toMatch(/^application\/json/);
    const content = (await json.json()) as {
      id: string;
      target: string;
      screening: { id: string; level: string; reasons: { code: string; evidence: string | null }[] };
    };
    expect(content.id).toBe(referralId);
    expect(content.target).toBe('social_care');
    expect(content.screening.id).toBe(screeningId);
    expect(content.screening.level).toBe('high');
    expect(content.screening.reasons.map((r) => r.code).sort()).toEqual(['am_missing', 'am_moved_by_others', 'go_carrying_drugs']);
    expect(content.screening.reasons.find((r) => r.code === 'go_carrying_drugs')?.evidence).toBe(EVIDENCE.go_carrying_drugs);

    // Back on the screening, all three referrals are listed; the NRM one has the NRM section.
    await s.clickLink('Back');
    expect(s.path).toBe(`/screenings/${screeningId}`);
    const referralLinks = page.getByTestId('referrals').getByRole('link');
    expect(await referralLinks.count()).toBe(3);
    await s.clickLink(/^National Referral Mechanism referral,/, page.getByTestId('referrals'));
    await expect.poll(() => page.getByTestId('referral-title').innerText()).toBe('National Referral Mechanism: information for the first responder');
    expect(await page.getByRole('heading', { name: 'National Referral Mechanism', exact: true }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Not needed: the child is under 18');
    expect(await page.locator('main').innerText()).toContain(EVIDENCE.am_moved_by_others);

    // The child's record shows the screening history and the level chart.
    await s.goto(`/people/${personId}`);
    const history = await tableRows(page.getByTestId('screening-history'));
    expect(history).toHaveLength(1);
    expect(history[0]).toContain('High');
    expect(history[0]).toContain('Complete');
    expect(await page.locator('.lantern-chart svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.govuk-summary-card').first().innerText()).toContain('High');
  });
});

describe('Journey 2: a lower level waits for a safeguarding lead, who approves it', () => {
  it('keeps high in force until the lead in another agency approves medium', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    const child = boy('Reuben', 'Castellano-Moss');
    const personId = await createChildWithCase(s, child);

    // The lead works for children's social care; the case is led by health, so social care joins the case team.
    await s.clickLink(/^Add to the case team/);
    await expect.poll(() => s.heading().innerText()).toBe('Add to the case team');
    await page.getByLabel('Or a whole agency', { exact: true }).selectOption({ label: SOCIAL_CARE });
    const added = await s.clickButton('Add to team');
    expect(added.status()).toBe(200);
    expect(s.path).toBe(`/people/${personId}?saved=1`);
    expect(await page.locator('.govuk-summary-card').first().innerText()).toContain(`${SOCIAL_CARE} (whole agency)`);

    const screeningId = await completeHighScreening(s, personId);
    const judgement = page.locator(`form[action="/screenings/${screeningId}/override"]`);
    await judgement.getByLabel('Level you judge right', { exact: true }).selectOption({ label: 'Medium' });
    const reason = 'He has moved to his aunt in Devon and is engaging well with the youth worker there.';
    await judgement.getByLabel('Reason', { exact: true }).fill(reason);
    const recorded = await s.clickButton('Record judgement', judgement);
    expect(recorded.status()).toBe(200);
    expect(s.path).toBe(`/screenings/${screeningId}?saved=1`);
    await expect.poll(() => page.getByText('A change to medium is waiting for a safeguarding lead').count()).toBe(1);
    expect(await page.getByTestId('risk-level').innerText()).toBe('High');
    // The practitioner who asked cannot approve it.
    expect(await page.getByRole('button', { name: 'Record review' }).count()).toBe(0);

    // The lead finds it on the dashboard and approves it.
    const lead = await lantern().session();
    await signIn(lead.page, 'lead');
    await lead.nav('Lead dashboard');
    await expect.poll(() => lead.heading().innerText()).toBe('Safeguarding lead dashboard');
    const downgrades = lead.page.getByTestId('downgrades');
    const item = downgrades.locator('li', { hasText: `${child.given} ${child.family}` });
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('from high to medium');
    expect(await item.innerText()).toContain(reason);
    await lead.clickLink(`${child.given} ${child.family}`, item);
    expect(lead.path).toBe(`/screenings/${screeningId}`);
    await expect.poll(() => lead.page.getByTestId('risk-level').innerText()).toBe('High');
    const review = lead.page.locator(`form[action="/screenings/${screeningId}/downgrade-review"]`);
    await review.getByLabel('Approve', { exact: true }).check();
    const approved = await lead.clickButton('Record review', review);
    expect(approved.status()).toBe(200);
    expect(lead.path).toBe(`/screenings/${screeningId}?saved=1`);
    await expect.poll(() => lead.page.getByTestId('risk-level').innerText()).toBe('Medium');
    expect(await lead.page.locator('main').innerText()).toContain('Lower level approved by a safeguarding lead');

    // Off the lead's queue, and the practitioner sees medium.
    await lead.nav('Lead dashboard');
    expect(
      await lead.page
        .getByTestId('downgrades')
        .locator('li', { hasText: `${child.given} ${child.family}` })
        .count(),
    ).toBe(0);
    await s.goto(`/screenings/${screeningId}`);
    await expect.poll(() => page.getByTestId('risk-level').innerText()).toBe('Medium');
  });
});

describe('Journey 3: a sexual health attendance starts a pre-filled screening', () => {
  it('refuses an attendance without a professional analysis, then saves it and opens the screening draft', async () => {
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    const girl: ChildDetails = {
      given: 'Leah',
      family: 'Brannigan-Osei',
      dob: dobForAge(14),
      gender: 'Female',
      ethnicity: 'Mixed: White and Black Caribbean',
    };
    const personId = await createChildWithCase(s, girl);
    await s.clickLink('Record a sexual health attendance');
    expect(s.path).toBe(`/people/${personId}/sexual-health/new`);
    await expect.poll(() => s.heading().innerText()).toBe('Sexual health attendance');

    const attendedOn = isoDaysAgo(1);
    const sign = 'Adults or much older young people are contacting the child online, through apps, games or by phone';
    await page.getByLabel('Date of attendance', { exact: true }).fill(attendedOn);
    await page.getByLabel('Age of partner or partners', { exact: true }).fill('23');
    await page.getByLabel('Sexually transmitted infection', { exact: true }).check();
    await page.getByRole('group', { name: 'Fraser competence' }).getByLabel('Fraser competent', { exact: true }).check();
    await page.getByLabel(sign, { exact: true }).check();

    // No professional analysis: refused, with the error summary naming it, and nothing saved.
    const refused = await s.clickButton('Save attendance');
    expect(refused.status()).toBe(400);
    expect(s.path).toBe(`/people/${personId}/sexual-health/new`);
    await expect.poll(() => s.errorSummary().innerText()).toContain('There is a problem');
    expect(await s.errorSummary().innerText()).toMatch(/Enter your professional analysis/);
    expect(await s.errorSummary().getByRole('link').first().getAttribute('href')).toBe('#professionalAnalysis');
    await expect.poll(() => page.locator('#professionalAnalysis-error').innerText()).toMatch(/Enter your professional analysis/);

    // What was entered is kept.
    expect(await page.getByLabel('Date of attendance', { exact: true }).inputValue()).toBe(attendedOn);
    expect(await page.getByLabel('Age of partner or partners', { exact: true }).inputValue()).toBe('23');
    expect(await page.getByLabel('Sexually transmitted infection', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(sign, { exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Fraser competence' }).getByLabel('Fraser competent', { exact: true }).isChecked()).toBe(true);

    await page
      .getByLabel('Professional analysis', { exact: true })
      .fill('Leah (14) has chlamydia; her partner is 23 and messages her late at night. She would not say where they meet.');
    const saved = await s.clickButton('Save attendance');
    expect(saved.status(), await textIfPresent(s.errorSummary())).toBe(200);
    expect(s.path).toMatch(/^\/screenings\/[0-9a-f-]{36}\?fromAttendance=1$/);
    const screeningId = s.path.split('/')[2]!.split('?')[0]!;

    // A draft screening, filled in from the attendance.
    await expect.poll(() => s.heading().innerText()).toBe('Screen for exploitation');
    await expect.poll(() => page.locator('.govuk-inset-text').innerText()).toContain('This screening was started from a sexual health attendance');
    const present = (code: string) => page.locator(`input[name="status-${code}"][value="present"]`);
    expect(await present('sh_sti').isChecked()).toBe(true);
    expect(await present('go_older_partner').isChecked()).toBe(true);
    expect(await present('te_adults_contact_online').isChecked()).toBe(true);
    expect(await present('am_missing').isChecked()).toBe(false);
    // Each pre-filled sign shows when (current) and the evidence from the attendance.
    expect(await page.locator('input[name="when-sh_sti"][value="current"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="when-go_older_partner"][value="current"]').isChecked()).toBe(true);
    expect(await page.locator('#evidence-sh_sti').isVisible()).toBe(true);
    expect(await page.locator('#evidence-sh_sti').inputValue()).toContain('her partner is 23');

    // Exactly one attendance in the chronology: the refused attempt saved nothing.
    await s.goto(`/people/${personId}`);
    const attendances = page.getByTestId('timeline').locator('.moj-timeline__item', { hasText: 'Sexual health attendance' });
    expect(await attendances.count()).toBe(1);
    const history = await tableRows(page.getByTestId('screening-history'));
    expect(history).toHaveLength(1);
    expect(history[0]).toContain('Draft');
    expect(await page.getByTestId('screening-history').locator(`a[href="/screenings/${screeningId}"]`).count()).toBe(1);
  });
});
