// The MASE panel cycle (issue 7) on the demo data: the coordinator records a missing episode with a found-with adult,
// sees the RHI clock, assigns and completes the RHI, builds the agenda; the panel adds a CAWN action against the adult
// and a licensing review against the hotel; the actions carry forward to the next meeting; the CAWN is served and then
// breached, and the breach is flagged and reaches the next agenda. A partner from another agency sees counts, not
// names. axe-core checks every page through the Session helpers.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkA11y, signIn, tableRows, useLantern } from './support.ts';

const lantern = useLantern('mase.test.ts');

const london = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** London wall-clock time `hours` ago, as a datetime-local value (YYYY-MM-DDTHH:MM). */
function localTime(hoursAgo: number): string {
  const parts = london.formatToParts(new Date(Date.now() - hoursAgo * 3_600_000));
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')}T${p('hour')}:${p('minute')}`;
}
const today = () => localTime(0).slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A child the coordinator's agency works with, young enough (or in care) for a CAWN, and their name. */
async function panelChild(): Promise<{ id: string; name: string }> {
  const r = await lantern().db.store.db.execute<{ id: string; given: string; family: string }>(sql`
    select p.id, n.given, n.family from person p
    join person_name n on n.person_id = p.id and n.kind = 'legal'
    join safeguarding_case c on c.person_id = p.id and c.status = 'open'
    join case_member m on m.case_id = c.id and m.removed_at is null
    join agency a on a.id = m.agency_id and a.kind = 'community_safety'
    where p.kind = 'child' and p.deleted_at is null and p.looked_after <> 's31'
      and p.date_of_birth > (now() - interval '15 years')::date
    order by p.id limit 1`);
  const row = r.rows[0];
  if (!row) throw new Error('the demo has no child under 15 whose case the community safety partnership is on');
  return { id: row.id, name: `${row.given} ${row.family}` };
}

describe('Journey: a MASE panel cycle', () => {
  it('runs from a missing episode to a flagged CAWN breach on the next agenda', async () => {
    const child = await panelChild();
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'coordinator');

    // 1. The missing episode: reported last night, back this morning, dropped off by an adult at a hotel.
    await s.goto(`/people/${child.id}/missing`);
    await s.clickButton('Record a missing episode');
    await page.getByLabel('When the child was reported missing').fill(localTime(14));
    await page.getByLabel('Who reported the child missing').fill('Parent');
    await page.getByLabel('Home', { exact: true }).check();
    await page.getByLabel('Police risk grading').selectOption({ label: 'Medium' });
    await page.getByLabel('When the child came back').fill(localTime(3));
    await page.getByLabel('How the child came back', { exact: true }).selectOption({ label: 'Dropped off by an unknown person or car' });
    await page.getByRole('group', { name: 'Where the child was found (optional)' }).getByLabel('Or the name of a new place').fill('Journey Lodge Hotel');
    const foundWith = page.getByRole('group', { name: 'Who the child was found with (optional)' });
    await foundWith.getByLabel('Or the name or nickname of a new person').fill('Journey Adult');
    await foundWith.getByLabel('Their role').selectOption({ label: 'Suspected perpetrator' });
    await s.clickButton('Save the episode');
    await expect.poll(() => s.heading().innerText()).toBe('Missing episode');
    const episodePath = s.path.split('?')[0]!;
    // The RHI clock: due, about 69 hours left, in words as well as colour.
    const clock = page.getByTestId('rhi-clock');
    expect(await clock.innerText()).toMatch(/Due/);
    expect(await page.getByTestId('rhi-countdown').innerText()).toMatch(/6[89] hours?/);

    // 2. The RHI: assigned to someone independent of the child's care, then completed.
    await page.getByLabel('Who will offer the interview').selectOption({ index: 1 });
    await s.clickButton('Assign the interview');
    await s.goto(episodePath);
    await page.getByLabel('Completed', { exact: true }).check();
    await page.getByLabel('When it took place or was offered').fill(localTime(1));
    await page
      .getByLabel('What the child said and what the interview found')
      .fill('Said an adult called Journey Adult drove them to the hotel and gave them a phone. Staff say the child keeps putting herself at risk.');
    // The field's limit is counted as GOV.UK's character count counts it, as the server checks it (line breaks once).
    await expect.poll(() => page.locator('#findings ~ .govuk-character-count__status').innerText()).toMatch(/^You have 9,8\d\d characters remaining$/);
    // The wording check runs as the interviewer types, as it does on chronology entries.
    await expect.poll(() => page.getByTestId('live-language-finding').count()).toBeGreaterThan(0);
    // Coaching only here: the outcome's route records no decisions, so only rewording (which changes the text) is
    // offered, and the panel says so.
    const card = page.getByTestId('live-language-finding').first();
    expect(await card.getByRole('button', { name: /^Reword/ }).count()).toBe(1);
    expect(await card.getByRole('button', { name: /^(Dismiss|Child’s own words)/ }).count()).toBe(0);
    expect(await page.getByTestId('live-coaching-only').innerText()).toContain('not recorded');
    await checkA11y(page);
    await s.clickButton('Save the outcome');
    await s.goto(episodePath);
    expect(await page.getByTestId('rhi-clock').innerText()).toMatch(/Completed/);

    // 3. The panel: a meeting today, attendance, and the agenda built from the records.
    await s.nav('MASE panel');
    // The demo's overdue return home interviews are on the coordinator's dashboard.
    expect(await page.getByTestId('overdue-rhis').innerText()).toMatch(/overdue/);
    await s.clickButton('Plan a panel meeting');
    await page.getByLabel('Date of the meeting').fill(today());
    await page.getByLabel('Title').fill('Havering MASE, journey');
    await s.clickButton('Create the meeting');
    await expect.poll(() => s.heading().innerText()).toBe('Havering MASE, journey');
    const meetingPath = s.path.split('?')[0]!;
    await s.clickButton('Build the agenda');
    const agenda = await tableRows(page.getByTestId('agenda'));
    expect(agenda.some((r) => r.includes('Journey Adult') && r.includes('found with'))).toBe(true);
    expect(agenda.some((r) => r.includes('Journey Lodge Hotel') && r.includes('found here'))).toBe(true);

    // 4. Actions: a CAWN against the adult, a licensing review against the hotel, both owned by the police.
    const addAction = async (item: string, type: string, description: string) => {
      await page.getByText('Add an action', { exact: true }).click();
      await page.getByLabel('Type of action').selectOption({ label: type });
      await page.getByLabel('What is to be done').fill(description);
      await page.getByLabel('Agenda item').selectOption({ label: item });
      await page.getByLabel('Owning agency').selectOption({ label: 'East Area Police: Child Exploitation Team' });
      await page.getByLabel('Due date').fill(inDays(14));
      await s.clickButton('Add the action');
    };
    // A new person known by name only is labelled as a nickname, in quotation marks.
    await addAction('“Journey Adult”', 'Child Abduction Warning Notice', 'Serve a CAWN on the adult');
    await addAction('Journey Lodge Hotel', 'Licensing review', 'Ask licensing for a review of the hotel');
    let actions = await tableRows(page.getByTestId('actions-table'));
    expect(actions.some((r) => r.includes('Serve a CAWN on the adult'))).toBe(true);
    expect(actions.some((r) => r.includes('Ask licensing for a review'))).toBe(true);

    // 5. The next meeting carries both open actions forward, with their history.
    await s.goto('/mase/meetings/new');
    await page.getByLabel('Date of the meeting').fill(inDays(28));
    await page.getByLabel('Title').fill('Havering MASE, next');
    await s.clickButton('Create the meeting');
    expect(await page.locator('.govuk-notification-banner').innerText()).toMatch(/[1-9]\d* open actions? carried forward/);
    const nextPath = s.path.split('?')[0]!;
    actions = await tableRows(page.getByTestId('actions-table'));
    const cawn = actions.find((r) => r.includes('Serve a CAWN on the adult'));
    expect(cawn).toMatch(/Carried forward from/);

    // 6. The CAWN is served (from the action, straight into the register) and then breached: the breach is flagged.
    await s.clickLink('Child Abduction Warning Notice', page.getByTestId('actions-table').locator('tr', { hasText: 'Serve a CAWN on the adult' }));
    await s.clickLink(/Record the child abduction warning notice in the register/);
    await page.getByLabel('The child it protects or concerns').selectOption(child.id);
    await page.getByLabel(/Child under 16 living at home/).check();
    await page.getByLabel('Served or made (in force)').check();
    const [y, m, d] = today().split('-');
    await page.locator('#startsOn-day').fill(d!);
    await page.locator('#startsOn-month').fill(m!);
    await page.locator('#startsOn-year').fill(y!);
    await page.getByLabel('Officer or applicant').fill('PC Invented, Havering Police');
    await s.clickButton('Save');
    expect(s.path).toMatch(/^\/orders\/[0-9a-f-]{36}/);
    await page.locator('#occurredAt-day').fill(d!);
    await page.locator('#occurredAt-month').fill(m!);
    await page.locator('#occurredAt-year').fill(y!);
    await page.getByLabel('What happened').fill('Seen with the child outside the hotel after the notice was served.');
    await s.clickButton('Record the breach');
    expect(await page.getByTestId('breach-flag').innerText()).toMatch(/Sexual Risk Order/);

    // 7. The breach reaches the next meeting's agenda.
    await s.goto(nextPath);
    await s.clickButton('Build the agenda');
    const next = await tableRows(page.getByTestId('agenda'));
    expect(next.some((r) => r.includes('CAWN breach: “Journey Adult”') && r.includes('Sexual Risk Order'))).toBe(true);

    // 8. The pack: printable, for the coordinator's agency (everything).
    await s.goto(`${meetingPath}/pack`);
    expect(await page.getByTestId('pack-item').count()).toBeGreaterThan(0);
    // The PDF, printed by headless Chromium on the server with no network.
    const pdf = await page.request.get((await page.getByTestId('pack-pdf').getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows a partner from another agency only counts for children it does not work with', async () => {
    const meeting = (await lantern().db.store.db.execute<{ id: string }>(sql`select id from mase_meeting order by held_on limit 1`)).rows[0]!.id;
    // The agenda's children that the health practitioner's agency does not work with.
    const hidden = await lantern().db.store.db.execute<{ title: string }>(sql`
      select i.title from agenda_item i where i.meeting_id = ${meeting} and i.kind = 'child' and i.removed_at is null
        and not exists (
          select 1 from safeguarding_case c join agency a on a.kind = 'health'
          where c.person_id = i.person_id and c.status = 'open' and (c.lead_agency_id = a.id
            or exists (select 1 from case_member m where m.case_id = c.id and m.agency_id = a.id and m.removed_at is null)))`);
    expect(hidden.rows.length).toBeGreaterThan(0);
    const s = await lantern().session();
    const { page } = s;
    await signIn(page, 'practitioner');
    await s.goto(`/mase/meetings/${meeting}`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/further items? (is|are) about children your agency does not work with/);
    for (const h of hidden.rows) expect(text).not.toContain(h.title);
    await s.goto(`/mase/meetings/${meeting}/pack`);
    expect(await page.getByTestId('withheld').innerText()).toMatch(/counted, not shown/);
    for (const h of hidden.rows) expect(await page.locator('main').innerText()).not.toContain(h.title);
  });
});
