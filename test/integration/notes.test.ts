import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, ValidationError } from '../../src/core/errors.ts';
import { LEXICON_BY_ID } from '../../src/core/language/lexicon-index.ts';
import { NOTE_DECISIONS_UNREADABLE } from '../../src/services/chronology.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { signInAs, type WebSession } from '../fixtures/route-world.ts';
import { buildWorld } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(), testConfig());
  world = await buildWorld(t.store, services);
  // Real HTTP on loopback: the forms as a browser posts them (CSRF, redirects, status codes, body limit).
  app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  web = await signInAs(app, services, 'home.practitioner');
}, 60_000);
afterAll(async () => {
  ifSet(app)?.server.closeAllConnections();
  await ifSet(app)?.close();
  await ifSet(t)?.close();
});

let app: FastifyInstance;
let base: string;
let web: WebSession;
const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie: web.cookie }, redirect: 'manual' });
const post = (path: string, fields: Record<string, string>) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: web.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: web.csrf, ...fields }).toString(),
  });
const language = async (entryId: string) => (await t.store.repos.notes.forEntry(entryId)).filter((f) => f.kind === 'language');
const entryOf = async (id: string) => (await t.store.repos.chronology.byId(id))!;
// The text of a page with the markup taken out and entities read, for matching what a reader sees.
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const kw = () => world.ctxOf('home.practitioner');
const add = (detail: string, extra: Record<string, unknown> = {}) =>
  services.chronology.add(kw(), world.child.id, { kind: 'note', occurredAt: '2026-11-20', summary: 'Home visit', detail, ...extra });

describe('checking notes on save', () => {
  it('records wording and signs found in a new entry, without blocking the save', async () => {
    const r = await add('J keeps putting himself at risk. He was picked up by older males in a car last night and came home with a new phone.');
    expect(r.findings).toBeGreaterThan(0);
    const findings = await t.store.repos.notes.forEntry(r.id);
    const language = findings.filter((f) => f.kind === 'language');
    expect(language.map((f) => f.text.toLowerCase())).toContain('putting himself at risk');
    expect(findings.filter((f) => f.kind === 'indicator').length).toBeGreaterThan(0);
  });

  it('rewords a finding with the practitioner’s own words: the entry text changes and later findings move with it', async () => {
    const r = await add('Putting himself at risk. He is streetwise.');
    const before = await t.store.repos.notes.forEntry(r.id);
    const first = before.find((f) => f.kind === 'language' && f.start === 0)!;
    await services.notes.decide(kw(), first.id, { action: 'accept', wording: 'Going to a flat where adults give him cannabis', version: 1 });
    const entry = (await t.store.repos.chronology.byId(r.id))!;
    expect(entry.version).toBe(2);
    expect(entry.detail).toBe('Going to a flat where adults give him cannabis. He is streetwise.');
    const after = await t.store.repos.notes.forEntry(r.id);
    expect(after.find((f) => f.id === first.id)).toMatchObject({
      status: 'accepted',
      text: 'Putting himself at risk',
      reason: 'Going to a flat where adults give him cannabis',
    });
    for (const f of after.filter((x) => x.field === 'detail' && x.status === 'open')) expect(entry.detail.slice(f.start, f.end)).toBe(f.text);
  });

  it('needs a reason to dismiss, and marks the child’s own words as a quote', async () => {
    const r = await add('She said "I chose to go with them". Staff describe her as promiscuous.');
    const findings = (await t.store.repos.notes.forEntry(r.id)).filter((f) => f.kind === 'language');
    const promiscuous = findings.find((f) => /promiscuous/i.test(f.text))!;
    await expect(services.notes.decide(kw(), promiscuous.id, { action: 'dismiss', reason: '' })).rejects.toBeInstanceOf(ValidationError);
    await services.notes.decide(kw(), promiscuous.id, { action: 'dismiss', reason: 'Quoting a 2015 referral in full' });
    const quoted = findings.find((f) => f.quoted);
    expect(quoted).toBeDefined();
    await services.notes.decide(kw(), quoted!.id, { action: 'quote' });
    const after = await t.store.repos.notes.forEntry(r.id);
    expect(after.find((f) => f.id === quoted!.id)?.status).toBe('quoted');
  });

  it('records the sentence classifier’s possible wording as guidance: it cannot be pasted in, but can be dismissed', async () => {
    const r = await add('Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.');
    const possible = (await t.store.repos.notes.forEntry(r.id)).filter((f) => f.kind === 'language' && f.ref.startsWith('classifier:'));
    expect(possible.map((f) => [f.ref, f.category])).toEqual([['classifier:criminalises_child', 'criminalises_child']]);
    await expect(
      services.notes.decide(kw(), possible[0]!.id, { action: 'accept', wording: 'adults are making him sell drugs', version: 1 }),
    ).rejects.toMatchObject({
      fields: { action: expect.stringMatching(/possible finding/) as string },
    });
    expect((await t.store.repos.chronology.byId(r.id))!.version).toBe(1);
    await services.notes.decide(kw(), possible[0]!.id, { action: 'dismiss', reason: 'Reworded in the next entry' });
    expect((await t.store.repos.notes.forEntry(r.id)).find((f) => f.id === possible[0]!.id)?.status).toBe('dismissed');
  });

  it('applies decisions made in the live check before saving', async () => {
    const r = await add('He is streetwise and knows the area.', {
      noteDecisions: [{ field: 'detail', ref: 'x', text: 'nothing', action: 'dismiss', reason: 'Not in this note' }],
    });
    const open = (await t.store.repos.notes.forEntry(r.id)).filter((f) => f.kind === 'language');
    expect(open.map((f) => f.status)).toEqual(['open']);
    const again = await add('He is streetwise and knows the area.', {
      noteDecisions: [
        { field: 'detail', ref: open[0]!.ref, text: open[0]!.text, action: 'dismiss', reason: 'The youth worker’s own phrase, recorded verbatim' },
      ],
    });
    const decided = (await t.store.repos.notes.forEntry(again.id)).find((f) => f.ref === open[0]!.ref);
    expect(decided?.status).toBe('dismissed');
  });

  it('adds a sign to the next screening in one step, but never a negated one', async () => {
    const r = await add('No concerns about drugs. He went missing from home on Friday and was found in a hotel with adults.');
    const signs = (await t.store.repos.notes.forEntry(r.id)).filter((f) => f.kind === 'indicator');
    const negated = signs.find((f) => f.negated)!;
    expect(negated.ref).toBe('ad_drug_use');
    await expect(services.notes.addToScreening(kw(), negated.id)).rejects.toBeInstanceOf(ValidationError);
    const sign = signs.find((f) => !f.negated && !f.hypothetical)!;
    const { screeningId } = await services.notes.addToScreening(kw(), sign.id);
    const answers = await t.store.repos.screenings.answers(screeningId);
    expect(answers.find((a) => a.code === sign.ref)).toMatchObject({ status: 'present', when: 'current' });
    await expect(services.notes.addToScreening(kw(), sign.id)).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses someone outside the case team', async () => {
    const r = await add('Putting herself at risk.');
    const f = (await t.store.repos.notes.forEntry(r.id))[0]!;
    await expect(services.notes.decide(world.ctxOf('other.practitioner'), f.id, { action: 'quote' })).rejects.toBeInstanceOf(Forbidden);
    await expect(services.notes.forEntry(world.ctxOf('other.practitioner'), r.id)).rejects.toBeInstanceOf(Forbidden);
  });

  it('reports flagged wording by agency and month to leads only', async () => {
    const rows = await services.notes.languageReport(world.ctxOf('home.safeguarding_lead'));
    expect(rows.reduce((n, r) => n + r.n, 0)).toBeGreaterThan(3);
    expect(rows.every((r) => r.agency_id === world.home.id)).toBe(true);
    await expect(services.notes.languageReport(kw())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('the review page over HTTP: rewording, keeping and dismissing', () => {
  const review = (entryId: string, fields: Record<string, string>) => post(`/chronology/${entryId}/review`, fields);

  it('rewords with the practitioner’s own words and refuses guidance, placeholders, flagged or empty wording, saving nothing', async () => {
    const r = await add('She keeps putting herself at risk. She went missing with adults on Friday.');
    const f = (await language(r.id)).find((x) => x.ref === 'putting_self_at_risk')!;
    const page = await get(`/chronology/${r.id}/review`);
    const html = await page.text();
    // The guidance is listed, and the form asks for new wording (no radios of alternatives to splice in).
    expect(visible(html)).toContain('New wording for “putting herself at risk”');
    expect(html).not.toContain('name="alternative"');
    for (const g of LEXICON_BY_ID.get('putting_self_at_risk')!.alternatives) expect(visible(html)).toContain(g);
    expect(html).toContain(`action="/chronology/${r.id}/review"`);

    const refusals: [string, RegExp][] = [
      ['', /Enter the new wording/],
      ['with an adult aged [age]', /Replace “\[age\]”/],
      [LEXICON_BY_ID.get('putting_self_at_risk')!.alternatives[0]!, /the guidance itself/],
      ['placing herself at risk', /flagged too/],
      ['x'.repeat(501), /500 characters or fewer/],
    ];
    for (const [wording, error] of refusals) {
      const res = await review(r.id, { finding: f.id, action: 'accept', version: '1', wording });
      expect(res.status, wording).toBe(400);
      const body = visible(await res.text());
      expect(body).toMatch(error);
      expect(body).toContain('There is a problem');
      expect((await entryOf(r.id)).version).toBe(1);
      expect((await language(r.id)).find((x) => x.id === f.id)?.status).toBe('open');
    }
    // What was typed comes back in the field, beside its error.
    const again = await review(r.id, { finding: f.id, action: 'accept', version: '1', wording: 'with an adult aged [age]' });
    expect(await again.text()).toContain('value="with an adult aged [age]"');

    const wording = 'being taken to a flat where adults give her alcohol';
    const ok = await review(r.id, { finding: f.id, action: 'accept', version: '1', wording });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/chronology/${r.id}/review?saved=1`);
    const entry = await entryOf(r.id);
    expect(entry.version).toBe(2);
    expect(entry.detail).toBe(`She keeps ${wording}. She went missing with adults on Friday.`);
    expect((await language(r.id)).find((x) => x.id === f.id)).toMatchObject({ status: 'accepted', text: 'putting herself at risk', reason: wording });
    const after = visible(await (await get(`/chronology/${r.id}/review`)).text());
    expect(after).toContain('“putting herself at risk”');
    expect(after).toContain(`Reworded as: “${wording}”`);
    // Decided once: a second post changes nothing.
    expect((await review(r.id, { finding: f.id, action: 'accept', version: '2', wording: 'being groomed' })).status).toBe(400);
    expect((await entryOf(r.id)).version).toBe(2);
  });

  it('keeps words as the child’s own only when they are in quotation marks or the practitioner confirms it, and never a possible finding', async () => {
    const r = await add('Mum says he chose to go with them. Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.');
    const all = await language(r.id);
    const chose = all.find((x) => x.text === 'chose to')!;
    const possible = all.find((x) => x.ref.startsWith('classifier:'))!;
    const unconfirmed = await review(r.id, { finding: chose.id, action: 'quote', version: '1' });
    expect(unconfirmed.status).toBe(400);
    expect(visible(await unconfirmed.text())).toContain('Confirm that the child said these exact words');
    expect((await entryOf(r.id)).version).toBe(1);
    const confirmed = await review(r.id, { finding: chose.id, action: 'quote', version: '1', confirm: 'yes' });
    expect(confirmed.status).toBe(303);
    const entry = await entryOf(r.id);
    expect(entry.detail).toBe(
      'Mum says he “chose to” go with them. Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.',
    );
    const after = await language(r.id);
    expect(after.find((x) => x.id === chose.id)).toMatchObject({ status: 'quoted', quoted: true });
    for (const x of after.filter((y) => y.status === 'open')) expect(entry.detail.slice(x.start, x.end)).toBe(x.text);

    // The possible finding: the classifier’s reading of the whole sentence, shown uncut; no rewording or keeping.
    const html = visible(await (await get(`/chronology/${r.id}/review`)).text());
    expect(html).toContain('Possible: the sentence classifier’s reading');
    expect(html).toContain('“Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.”');
    expect(html).not.toContain('The child said these exact words: put “dealing');
    for (const fields of [
      { action: 'quote', confirm: 'yes', version: '2' } as Record<string, string>,
      { action: 'accept', wording: 'being made to sell drugs by adults', version: '2' },
    ]) {
      const res = await review(r.id, { finding: possible.id, ...fields });
      expect(res.status).toBe(400);
      expect(visible(await res.text())).toMatch(/possible finding/i);
    }
    expect((await language(r.id)).find((x) => x.id === possible.id)?.status).toBe('open');
  });

  it('answers a refused dismissal at the review page’s own address, and a finding of another entry is not found', async () => {
    const r = await add('He is streetwise.');
    const other = await add('She is streetwise.');
    const f = (await language(r.id))[0]!;
    const empty = await review(r.id, { finding: f.id, action: 'dismiss', reason: ' x ' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(visible(html)).toContain('Give a reason for dismissing this suggestion');
    // The error summary links to the field; every form on the page posts to the review page itself.
    expect(html).toContain(`href="#reason-${f.id}"`);
    expect(html).not.toContain('action="/note-findings/' + f.id + '"');
    // The old address is gone: a refresh of the review page never re-posts a decision elsewhere.
    expect((await post(`/note-findings/${f.id}`, { entryId: r.id, action: 'dismiss', reason: 'Said by police' })).status).toBe(404);
    expect((await review(other.id, { finding: f.id, action: 'dismiss', reason: 'Said by police' })).status).toBe(404);
    expect((await language(r.id))[0]?.status).toBe('open');
    const ok = await review(r.id, { finding: f.id, action: 'dismiss', reason: 'Said by police' });
    expect(ok.status).toBe(303);
    expect((await language(r.id))[0]).toMatchObject({ status: 'dismissed', reason: 'Said by police' });
  });
});

describe('the chronology editor over HTTP: live decisions, the date and the size limit', () => {
  const child = () => world.child.id;
  const save = (fields: Record<string, string>) =>
    post(`/people/${child()}/chronology/new`, { kind: 'note', occurredAt: '2026-11-21', summary: 'Visit', detail: '', noteDecisions: '', ...fields });
  const saved = async (detail: string) => (await t.store.repos.chronology.list(child(), {})).find((e) => e.detail === detail)!;

  it('records a live reword as accepted, with the original words, and counts it in the language report', async () => {
    const lead = world.ctxOf('home.safeguarding_lead');
    const reworded = async () =>
      (await services.notes.languageReport(lead)).filter((x) => x.status === 'accepted' && x.category === 'blames_child').reduce((n, x) => n + x.n, 0);
    const before = await reworded();
    const wording = 'going to a flat where adults give her vodka';
    const decisions = [{ field: 'detail', ref: 'putting_self_at_risk', text: 'putting herself at risk', action: 'reword', wording }];
    const res = await save({ detail: `She keeps ${wording}. Seen at school.`, noteDecisions: JSON.stringify(decisions) });
    expect(res.status).toBe(303);
    const entry = await saved(`She keeps ${wording}. Seen at school.`);
    const f = (await language(entry.id)).find((x) => x.ref === 'putting_self_at_risk');
    expect(f).toMatchObject({ status: 'accepted', text: 'putting herself at risk', reason: wording, category: 'blames_child' });
    expect(entry.detail.slice(f!.start, f!.end)).toBe(wording);
    expect(await reworded()).toBe(before + 1);
    const page = visible(await (await get(`/chronology/${entry.id}/review`)).text());
    expect(page).toContain('“putting herself at risk”');
    expect(page).toContain(`Reworded as: “${wording}”`);
  });

  it('records a live reword of a possible finding, read again with the classifier', async () => {
    const wording = 'being made to carry drugs by adults';
    const detail = `Kai seems to enjoy the status of ${wording} and is happy earning that way.`;
    const decisions = [{ field: 'detail', ref: 'classifier:criminalises_child', text: 'dealing for the older lads', action: 'reword', wording }];
    expect((await save({ detail, noteDecisions: JSON.stringify(decisions) })).status).toBe(303);
    const f = (await language((await saved(detail)).id)).find((x) => x.ref === 'classifier:criminalises_child');
    expect(f).toMatchObject({ status: 'accepted', text: 'dealing for the older lads', reason: wording, category: 'criminalises_child' });
  });

  it('ignores live decisions the saved text does not bear out, and a quote of words not in quotation marks', async () => {
    const decisions = [
      // The new wording is not in the text.
      { field: 'detail', ref: 'putting_self_at_risk', text: 'putting herself at risk', action: 'reword', wording: 'being groomed' },
      // The "original" words are not flagged by the entry named.
      { field: 'detail', ref: 'putting_self_at_risk', text: 'happy', action: 'reword', wording: 'seen at school' },
      // A placeholder: the reword rules refuse it.
      { field: 'detail', ref: 'older_boyfriend', text: 'older boyfriend', action: 'reword', wording: 'man aged [age]' },
      { field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'quote' },
    ];
    const detail = 'He was seen at school with a man aged [age]. He is streetwise.';
    const res = await save({ detail, noteDecisions: JSON.stringify(decisions) });
    expect(res.status).toBe(303);
    const found = await language((await saved(detail)).id);
    expect(found.filter((x) => x.status === 'accepted')).toEqual([]);
    expect(found.find((x) => x.text === 'streetwise')?.status).toBe('open');
  });

  it.each([
    ['not JSON', '{"field":'],
    ['not a list', '{"field":"detail"}'],
    ['an unknown action', JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'accept', reason: '' }])],
    ['a dismissal with a short reason', JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'dismiss', reason: 'no' }])],
    ['an extra key', JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'quote', html: '<b>' }])],
    ['an empty reword', JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'reword', wording: ' ' }])],
  ])('refuses decisions that are %s, saving nothing, and starts the decisions again', async (_, raw) => {
    const count = (await t.store.repos.chronology.list(child(), {})).length;
    const res = await save({ detail: 'He is streetwise.', noteDecisions: raw });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visible(html)).toContain(NOTE_DECISIONS_UNREADABLE);
    expect(html).toContain('name="noteDecisions" value=""');
    expect(html).toContain('href="#noteDecisions"');
    expect((await t.store.repos.chronology.list(child(), {})).length).toBe(count);
  });

  it('asks for the date it happened: the form starts blank and a blank date is refused', async () => {
    const form = await (await get(`/people/${child()}/chronology/new`)).text();
    expect(form).toMatch(/<input[^>]*name="occurredAt"[^>]*>/);
    expect(/<input[^>]*name="occurredAt"[^>]*>/.exec(form)![0]).not.toContain('value="2');
    expect(form).toMatch(/<textarea[^>]*maxlength="10000"/);
    expect(visible(form)).toContain('Up to 10,000 characters');
    const count = (await t.store.repos.chronology.list(child(), {})).length;
    const res = await save({ occurredAt: '', detail: 'Seen at school.' });
    expect(res.status).toBe(400);
    expect(visible(await res.text())).toContain('Enter when it happened');
    expect((await t.store.repos.chronology.list(child(), {})).length).toBe(count);
  });

  it('says what was too large when a note is over the body limit', async () => {
    const res = await save({ detail: 'Seen at school. '.repeat(70_000) });
    expect(res.status).toBe(413);
    const body = visible(await res.text());
    expect(body).toContain('What you sent was too large');
    expect(body).toContain('Back button');
    expect(body).not.toContain('could not be understood');
  });
});
