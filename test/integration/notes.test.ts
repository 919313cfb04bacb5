import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, ValidationError } from '../../src/core/errors.ts';
import { checkLanguageWithClassifier } from '../../src/core/language/classifier.ts';
import { LEXICON_BY_ID } from '../../src/core/language/lexicon-index.ts';
import { MIGRATIONS_DIR } from '../../src/db/connection.ts';
import type { NoteFindingRow } from '../../src/db/repositories/notes.ts';
import { NOTE_DECISIONS_UNREADABLE } from '../../src/services/inputs/chronology.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { signInAs, type WebSession } from '../fixtures/route-world.ts';
import { buildWorld, childInput, PASSWORD } from '../fixtures/world.ts';
import { listenLocal } from '../setup/listen.ts';
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

// Four signs the screening scores (missing, found with adults, a new phone, a parent's drinking), one ruled out and one
// about a friend, which it does not.
const SIGNS_NOTE =
  'She went missing from home on Friday and was found in a hotel with adults. She came back with a new phone. No concerns about drugs. Mum drinks heavily. Her friend self-harms.';

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
    // The same words twice: the live panel shows them as one card, and its one decision covers both.
    const again = await add('He is streetwise and knows the area. Mum says he is streetwise.', {
      noteDecisions: [
        { field: 'detail', ref: open[0]!.ref, text: open[0]!.text, action: 'dismiss', reason: 'The youth worker’s own phrase, recorded verbatim' },
      ],
    });
    const decided = (await t.store.repos.notes.forEntry(again.id)).filter((f) => f.ref === open[0]!.ref);
    expect(decided.map((f) => f.status)).toEqual(['dismissed', 'dismissed']);
    // Audited with the entry: how many were decided as it was typed (the first entry's decision matched nothing).
    const audit = await t.pool.query<{ subject_id: string; detail: Record<string, unknown> }>(
      "select subject_id, detail from audit_event where action = 'chronology.add' and subject_id = any($1)",
      [[r.id, again.id]],
    );
    expect(audit.rows.find((a) => a.subject_id === again.id)?.detail).toMatchObject({ liveDecisions: { reworded: 0, dismissed: 2, quoted: 0 } });
    expect(audit.rows.find((a) => a.subject_id === r.id)?.detail).not.toHaveProperty('liveDecisions');
  });

  it('adds the scored signs of an entry to the next screening in one step, but never a negated one or one about a friend', async () => {
    const r = await add(SIGNS_NOTE);
    const signs = (await t.store.repos.notes.forEntry(r.id)).filter((f) => f.kind === 'indicator');
    const negated = signs.find((f) => f.negated)!;
    expect(negated.ref).toBe('ad_drug_use');
    const friend = signs.find((f) => f.experiencer === 'other' && f.category !== 'familial')!;
    expect(friend.ref).toBe('ep_self_harm');
    await expect(services.notes.addSignsToScreening(kw(), r.id, { findings: [negated.id] })).rejects.toBeInstanceOf(ValidationError);
    await expect(services.notes.addSignsToScreening(kw(), r.id, { findings: [friend.id] })).rejects.toBeInstanceOf(ValidationError);
    const scored = signs.filter((f) => f !== negated && f !== friend);
    const done = await services.notes.addSignsToScreening(kw(), r.id, { findings: scored.map((f) => f.id) });
    const answers = await t.store.repos.screenings.answers(done.screeningId);
    for (const f of scored) expect(answers.find((a) => a.code === f.ref)).toMatchObject({ status: 'present', when: 'current' });
    // The same signs again: nothing new, and said to be there already.
    const again = await services.notes.addSignsToScreening(kw(), r.id, { findings: scored.map((f) => f.id) });
    expect(again).toMatchObject({ screeningId: done.screeningId, added: [], already: scored.map((f) => f.id) });
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

  it('moves every finding with the words when they are put in quotation marks or reworded, also a sign on the same words', async () => {
    const r = await add('Mum says she is sexually active with older men. She went missing on Friday.');
    const all = await t.store.repos.notes.forEntry(r.id);
    const words = all.find((x) => x.kind === 'language' && x.text === 'sexually active')!;
    const sign = all.find((x) => x.kind === 'indicator' && x.start === words.start)!;
    expect(sign).toBeDefined();
    expect((await review(r.id, { finding: words.id, action: 'quote', version: '1', confirm: 'yes' })).status).toBe(303);
    const quoted = (await entryOf(r.id)).detail;
    expect(quoted).toBe('Mum says she is “sexually active” with older men. She went missing on Friday.');
    const after = await t.store.repos.notes.forEntry(r.id);
    // The sign's words are inside the marks now: its span is those words, not shifted past them.
    const moved = after.find((x) => x.id === sign.id)!;
    expect(quoted.slice(moved.start, moved.end)).toBe(sign.text);
    for (const x of after.filter((y) => y.id !== words.id && y.id !== sign.id)) expect(quoted.slice(x.start, x.end)).toBe(x.text);
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

  it('records a live reword as accepted, with the original words, and counts it in the language report once per finding it covers', async () => {
    const lead = world.ctxOf('home.safeguarding_lead');
    const reworded = async () =>
      (await services.notes.languageReport(lead)).filter((x) => x.status === 'accepted' && x.category === 'blames_child').reduce((n, x) => n + x.n, 0);
    const before = await reworded();
    const wording = 'going to a flat where adults give her vodka';
    // The same words twice: one card in the live panel, and its one reword replaced both.
    const decisions = [{ field: 'detail', ref: 'putting_self_at_risk', text: 'putting herself at risk', action: 'reword', wording }];
    const detail = `She keeps ${wording}. Seen at school. Mum says she keeps ${wording}.`;
    const res = await save({ detail, noteDecisions: JSON.stringify(decisions) });
    expect(res.status).toBe(303);
    const entry = await saved(detail);
    const fs = (await language(entry.id)).filter((x) => x.ref === 'putting_self_at_risk');
    expect(fs).toHaveLength(2);
    for (const f of fs) {
      expect(f).toMatchObject({ status: 'accepted', text: 'putting herself at risk', reason: wording, category: 'blames_child' });
      expect(entry.detail.slice(f.start, f.end)).toBe(wording);
    }
    expect(await reworded()).toBe(before + 2);
    const page = visible(await (await get(`/chronology/${entry.id}/review`)).text());
    expect(page).toContain('“putting herself at risk”');
    expect(page).toContain(`Reworded as: “${wording}”`);
  });

  it('records a live reword of a possible finding, read again with the classifier', async () => {
    // The words the classifier weighs most are the model's to choose: read them as the browser would.
    const original = 'Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.';
    const possible = checkLanguageWithClassifier(original).find((x) => x.entryId === 'classifier:criminalises_child')!;
    expect(possible).toBeDefined();
    const wording = 'being made to carry drugs by adults';
    const detail = original.slice(0, possible.start) + wording + original.slice(possible.end);
    const decisions = [{ field: 'detail', ref: 'classifier:criminalises_child', text: possible.text, action: 'reword', wording }];
    expect((await save({ detail, noteDecisions: JSON.stringify(decisions) })).status).toBe(303);
    const f = (await language((await saved(detail)).id)).find((x) => x.ref === 'classifier:criminalises_child');
    expect(f).toMatchObject({ status: 'accepted', text: possible.text, reason: wording, category: 'criminalises_child' });
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
    ['a dismissal with a short reason', JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'dismiss', reason: 'n/a' }])],
    [
      'a dismissal with a placeholder for a reason',
      JSON.stringify([{ field: 'detail', ref: 'streetwise', text: 'streetwise', action: 'dismiss', reason: 'not applicable' }]),
    ],
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
    // GOV.UK's character count, not a maxlength: pasted text over the limit is kept, counted and refused on save.
    expect(form).toMatch(/data-module="govuk-character-count"[^>]*data-maxlength="10000"/);
    expect(form).not.toMatch(/<textarea[^>]*maxlength=/);
    expect(form).not.toMatch(/<input[^>]*name="summary"[^>]*maxlength=/);
    expect(visible(form)).toContain('You can enter up to 10,000 characters');
    const count = (await t.store.repos.chronology.list(child(), {})).length;
    const res = await save({ occurredAt: '', detail: 'Seen at school.' });
    expect(res.status).toBe(400);
    expect(visible(await res.text())).toContain('Enter when it happened');
    expect((await t.store.repos.chronology.list(child(), {})).length).toBe(count);
  });

  it('refuses a detail over 10,000 characters with a clear error and the text kept, counting a line break once', async () => {
    const over = 'Seen at school. '.repeat(626).slice(0, 10_001);
    const res = await save({ detail: over });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visible(html)).toContain('The detail must be 10000 characters or fewer');
    expect(html).toContain(over.slice(-200));
    // 10,000 characters as the page counts them, with the CRLF line breaks a browser posts: saved.
    const lines = `${'Seen at school.\n'.repeat(624)}${'x'.repeat(16)}`;
    expect(lines.length).toBe(10_000);
    expect((await save({ detail: lines.replace(/\n/g, '\r\n') })).status).toBe(303);
  });

  it('refuses a date after today with the reason on the field, saving nothing, and takes today (the field offers no later day)', async () => {
    const form = await (await get(`/people/${child()}/chronology/new`)).text();
    expect(/<input[^>]*name="occurredAt"[^>]*>/.exec(form)![0]).toContain('max="2026-11-28"');
    expect(form).toContain('data-today="2026-11-28"');
    const count = (await t.store.repos.chronology.list(child(), {})).length;
    for (const occurredAt of ['2027-06-01', '2026-11-29', '2026-11-28T23:30']) {
      const res = await save({ occurredAt, detail: 'Seen at school.' });
      expect(res.status, occurredAt).toBe(400);
      const html = await res.text();
      expect(visible(html)).toContain('When it happened must be today or in the past');
      expect(html).toContain('href="#occurredAt"');
      expect(html).toContain(`value="${occurredAt}"`);
    }
    expect((await t.store.repos.chronology.list(child(), {})).length).toBe(count);
    expect((await save({ occurredAt: '2026-11-28', detail: 'Seen at school today.' })).status).toBe(303);
  });

  it('shows a date given without a time as the date alone, and a time when one was given', async () => {
    expect((await save({ occurredAt: '2026-02-03', summary: 'Date only', detail: 'Seen at school with a friend.' })).status).toBe(303);
    expect((await save({ occurredAt: '2026-02-04T21:30', summary: 'With a time', detail: 'Seen at the youth club.' })).status).toBe(303);
    const dateOnly = await saved('Seen at school with a friend.');
    expect((await saved('Seen at the youth club.')).occurredDateOnly).toBe(false);
    expect(dateOnly.occurredDateOnly).toBe(true);
    const record = await (await get(`/people/${child()}`)).text();
    expect(record).toContain('<time datetime="2026-02-03">3 February 2026</time>');
    expect(record).toContain('4 February 2026 at 21:30</time>');
    expect(visible(record)).not.toContain('3 February 2026 at');
    const review = visible(await (await get(`/chronology/${dateOnly.id}/review`)).text());
    expect(review).toContain('Date only (3 February 2026)');
  });

  it('says what was too large when a note is over the body limit', async () => {
    const res = await save({ detail: 'Seen at school. '.repeat(70_000) });
    expect(res.status).toBe(413);
    const body = visible(await res.text());
    expect(body).toContain('What you sent was too large');
    expect(body).toContain('Back button');
    expect(body).toContain('A chronology entry’s detail can hold up to 10,000 characters');
    expect(body).not.toContain('could not be understood');
    // Another form too large: the same page, without the chronology's limits.
    const other = await post('/chronology/00000000-0000-4000-8000-000000000000/review', { finding: 'x', reason: 'Seen at school. '.repeat(70_000) });
    expect(other.status).toBe(413);
    const otherBody = visible(await other.text());
    expect(otherBody).toContain('What you sent was too large');
    expect(otherBody).not.toContain('chronology entry’s detail');
  });
});

// The same steps over real HTTP: the review page's one form for the signs, its confirmation, the link back to the review
// page from the child's record, and the lead's report down to the entries behind a count.
describe('signs and wording over HTTP', () => {
  let app: FastifyInstance;
  let base: string;
  const sessions = new Map<string, { cookie: string; csrf: string }>();

  beforeAll(async () => {
    app = await buildApp({ services, databaseKind: t.kind, cookieSecure: false, signInRatePerMinute: 10_000, logLevel: 'silent' });
    base = await listenLocal(app);
    for (const key of ['home.practitioner', 'other.practitioner', 'home.safeguarding_lead']) {
      const { token } = await services.auth.signIn(key, PASSWORD);
      const res = await fetch(`${base}/account`, { headers: { cookie: `lantern_session=${token}` } });
      const csrfCookie = (res.headers.getSetCookie().find((c) => c.startsWith('_csrf=')) ?? '').split(';')[0] ?? '';
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
      sessions.set(key, { cookie: `lantern_session=${token}; ${csrfCookie}`, csrf });
    }
  }, 60_000);
  afterAll(async () => {
    ifSet(app)?.server.closeAllConnections();
    await ifSet(app)?.close();
  });

  const get = (url: string, as = 'home.practitioner') => fetch(`${base}${url}`, { headers: { cookie: sessions.get(as)!.cookie }, redirect: 'manual' });
  const post = (url: string, pairs: [string, string][], as = 'home.practitioner') => {
    const s = sessions.get(as)!;
    return fetch(`${base}${url}`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['_csrf', s.csrf], ...pairs]).toString(),
      redirect: 'manual',
    });
  };
  type Picked = Awaited<ReturnType<typeof childWithEntry>> & { wording: string; otherSign: string };
  const ticked = (ids: string[]) => ids.map((id): [string, string] => ['findings', id]);

  /** A new child with an open case (so that each test has its own next screening) and an entry with SIGNS_NOTE. */
  async function childWithEntry(detail = SIGNS_NOTE, occurredAt = '2026-11-20') {
    const child = await services.people.create(kw(), childInput({ names: [{ kind: 'legal', given: 'Ava', family: 'Signcase' }], nhsNumber: '' }));
    const kase = await services.cases.open(kw(), child.id, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
    const entry = await services.chronology.add(kw(), child.id, { kind: 'note', occurredAt, summary: 'Home visit', detail });
    const signs = (await t.store.repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'indicator');
    const scored = signs.filter((f) => !f.negated && !f.hypothetical && (f.experiencer === 'child' || f.category === 'familial'));
    return { child, kase, entry, signs, scored, code: (ref: string) => signs.find((f) => f.ref === ref)! };
  }

  /** What a refused post must not have changed: the child's screenings and answers, and the entry's findings. */
  async function state(personId: string, entryId: string) {
    const q = await t.pool.query<{ n: number; answers: number }>(
      'select count(*)::int as n, (select count(*)::int from screening_answer a join screening s on s.id = a.screening_id where s.person_id = $1) as answers from screening where person_id = $1',
      [personId],
    );
    const findings = (await t.store.repos.notes.forEntry(entryId)).map((f) => `${f.id}:${f.status}:${f.screeningId ?? ''}`);
    return { ...q.rows[0], findings };
  }

  it('offers one form with every scored sign ticked, labelled with the framework wording, its category and the note’s words', async () => {
    const { entry, scored, signs } = await childWithEntry();
    expect(scored.map((f) => f.ref).sort()).toEqual(['am_found_with_adults', 'am_missing', 'fa_parental_substance_misuse', 'te_several_phones']);
    const html = await (await get(`/chronology/${entry.id}/review`)).text();
    const form = /<form[^>]*action="\/chronology\/[^"]+\/signs"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const boxes = [...form.matchAll(/<input class="govuk-checkboxes__input"[^>]*value="([^"]+)"[^>]*>/g)];
    expect(boxes.map((m) => m[1]).sort()).toEqual(scored.map((f) => f.id).sort());
    for (const m of boxes) expect(m[0]).toContain('checked');
    expect(form).toContain('Absent from school or missing from home or care');
    expect(form).toContain('The entry says “went missing from home”');
    expect(form).toContain('Familial abuse or problems at home');
    for (const f of signs.filter((x) => !scored.includes(x))) expect(form).not.toContain(f.id);
    expect(form.match(/<button/g)).toHaveLength(1);
    // The old one-sign-at-a-time buttons are gone.
    expect(html).not.toMatch(/\/note-findings\/[^"]*\/screening/);
    expect(html.match(/Add to the next screening/g)).toBeNull();
  });

  it('offers a possible sign unticked, named as possible with its sentence, and adds it to the screening only when ticked', async () => {
    const { kase, entry, signs } = await childWithEntry('MFH report: Ava (15) from Lewisham found in Barnstaple.');
    const possible = signs.filter((f) => f.possible);
    expect(possible.map((f) => f.ref)).toEqual(['am_found_out_of_area']);
    const html = await (await get(`/chronology/${entry.id}/review`)).text();
    const form = /<form[^>]*action="\/chronology\/[^"]+\/signs"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const box = new RegExp(`<input class="govuk-checkboxes__input"[^>]*value="${possible[0]!.id}"[^>]*>`).exec(form)?.[0];
    expect(box).toBeDefined();
    expect(box).not.toContain('checked');
    expect(form).toContain('Possible: Lantern read the sentence “MFH report: Ava (15) from Lewisham found in Barnstaple.” as this sign');
    const draft = await services.screening.start(kw(), kase.id, {});
    expect((await post(`/chronology/${entry.id}/signs`, ticked([possible[0]!.id]))).status).toBe(303);
    expect((await t.store.repos.screenings.answers(draft.id)).map((a) => a.code)).toEqual(['am_found_out_of_area']);
  });

  it('adds a current sign to a draft that holds it only as past: the answer becomes both, with both pieces of evidence', async () => {
    const { kase, entry, scored } = await childWithEntry();
    const draft = await services.screening.start(kw(), kase.id, {});
    await t.store.repos.screenings.replaceAnswers(draft.id, [{ code: 'am_missing', status: 'present', when: 'past', evidence: 'Missing twice in 2024' }]);
    const missing = scored.find((f) => f.ref === 'am_missing')!;
    expect((await post(`/chronology/${entry.id}/signs`, ticked([missing.id]))).status).toBe(303);
    const answer = (await t.store.repos.screenings.answers(draft.id)).find((a) => a.code === 'am_missing')!;
    expect(answer.when).toBe('both');
    expect(answer.evidence).toContain('Missing twice in 2024');
    expect(answer.evidence).toContain('went missing from home');
    const audit = await t.pool.query<{ detail: { code: string; alreadyPresent?: boolean } }>(
      "select detail from audit_event where action = 'note_finding.to_screening' and subject_id = $1",
      [draft.id],
    );
    expect(audit.rows.map((r) => r.detail)).toEqual([{ code: 'am_missing', finding: missing.id }]);
  });

  it('adds the ticked signs in one step, skips one the draft already has, and confirms exactly which went in', async () => {
    const { child, kase, entry, scored, code } = await childWithEntry();
    // The case's draft already has the missing sign, with its own evidence.
    const draft = await services.screening.start(kw(), kase.id, {});
    await t.store.repos.screenings.replaceAnswers(draft.id, [{ code: 'am_missing', status: 'present', when: 'current', evidence: 'Reported by the carer' }]);
    const res = await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)));
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^/chronology/${entry.id}/signs/added\\?screening=${draft.id}&`));
    const answers = await t.store.repos.screenings.answers(draft.id);
    expect(answers.map((a) => a.code).sort()).toEqual(scored.map((f) => f.ref).sort());
    expect(answers.find((a) => a.code === 'am_missing')?.evidence).toBe('Reported by the carer');
    expect(answers.find((a) => a.code === 'te_several_phones')?.evidence).toBe('She came back with a new phone. (chronology, 2026-11-20)');
    for (const f of await t.store.repos.notes.forEntry(entry.id))
      if (scored.some((x) => x.id === f.id)) expect(f).toMatchObject({ status: 'screened', screeningId: draft.id });
    // Audited as the one-sign step was: one event per sign, the one already there marked so.
    const audit = await t.pool.query<{ detail: { code: string; alreadyPresent?: boolean } }>(
      "select detail from audit_event where action = 'note_finding.to_screening' and person_id = $1",
      [child.id],
    );
    expect(audit.rows.map((r) => r.detail.code).sort()).toEqual(scored.map((f) => f.ref).sort());
    expect(audit.rows.filter((r) => r.detail.alreadyPresent).map((r) => r.detail.code)).toEqual(['am_missing']);

    const confirm = await get(location);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('3 signs added to Ava Signcase’s next screening');
    const added = /data-testid="signs-added">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    const already = /data-testid="signs-already">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(added).toContain(`“${code('te_several_phones').text}”`);
    expect(added).toContain(`“${code('am_found_with_adults').text}”`);
    expect(added).toContain(`“${code('fa_parental_substance_misuse').text}”`);
    expect(added).not.toContain('went missing from home');
    expect(already).toContain('went missing from home');
    expect(html).toContain(`href="/chronology/${entry.id}/review"`);
    expect(html).toContain(`href="/screenings/${draft.id}"`);
    // The review page now links each sign to the screening and offers no form.
    const review = await (await get(`/chronology/${entry.id}/review`)).text();
    expect(review).not.toContain(`action="/chronology/${entry.id}/signs"`);
    expect(review.match(new RegExp(`href="/screenings/${draft.id}"`, 'g'))).toHaveLength(4);
  });

  // Today is 28 November 2026 (testClock): SERAF's current is the last 6 months, then 6 to 12 months.
  it.each([
    ['2026-11-20', 'current', 'Current', ''],
    ['2025-12-20', 'past', '6 to 12 months ago (entry dated 20 December 2025)', ': 6 to 12 months before it was added'],
    ['2024-01-10', 'past', 'More than 12 months ago (entry dated 10 January 2024)', ': more than 12 months before it was added'],
  ])('times the signs of an entry dated %s by that date: %s in the screening, said on the page and in the evidence', async (date, when, label, aged) => {
    const { kase, entry, scored } = await childWithEntry('She was found in a hotel room with two adult men. She came back with a new phone.', date);
    expect(scored.map((f) => f.ref).sort()).toEqual(['am_found_with_adults', 'te_several_phones']);
    const page = visible(await (await get(`/chronology/${entry.id}/review`)).text());
    const table = /Sign Words Read as Screening(.*?)Add signs to/.exec(page)?.[1] ?? '';
    expect(table.split(label).length - 1).toBe(scored.length);
    if (when === 'past') {
      expect(table).not.toContain('Current');
      expect(page).toContain('A sign from before the last 6 months goes in as 6 to 12 months ago');
    }
    const draft = await services.screening.start(kw(), kase.id, {});
    expect((await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)))).status).toBe(303);
    const answers = await t.store.repos.screenings.answers(draft.id);
    expect(answers.map((a) => a.when)).toEqual([when, when]);
    expect(answers.find((a) => a.code === 'te_several_phones')?.evidence).toBe(`She came back with a new phone. (chronology, ${date}${aged})`);
  });

  it('checks an entry that was never checked when its page first opens, once, and says it is saved only after its author saves it', async () => {
    const { child, kase } = await childWithEntry('Seen at school.');
    // As the demo loader, an import or a version before the checks left it: no checks, no findings.
    const detail = 'She talks about self-harm and has cuts to her forearms. She says she owes money to older ‘friends’.';
    const row = await t.store.repos.chronology.add({
      personId: child.id,
      caseId: kase.id,
      kind: 'note',
      occurredAt: new Date('2026-11-02T15:00:00Z'),
      summary: 'Visit at school',
      detail,
      authorId: world.users['home.safeguarding_lead']!.id,
      agencyId: world.home.id,
      createdAt: new Date('2026-11-02T16:00:00Z'),
    });
    const html = visible(await (await get(`/chronology/${row.id}/review?added=1`)).text());
    const stored = (await t.store.repos.notes.forEntry(row.id)).filter((f) => f.kind === 'indicator');
    expect(stored.map((f) => f.ref)).toEqual(expect.arrayContaining(['ep_self_harm']));
    expect(html).toMatch(new RegExp(`Signs of exploitation ${String(stored.length)} `));
    expect(html).not.toContain('No signs found');
    // Someone else's entry, whatever the address says.
    expect(html).not.toContain('Your entry is saved');
    expect((await t.store.repos.chronology.byId(row.id))?.checkedAt).toEqual(testClock().now());
    // Dated when the entry was written, so that the language report counts it in that month.
    expect(stored.every((f) => f.createdAt.getTime() === row.createdAt.getTime())).toBe(true);
    // Checked once: a second view finds the same findings, and each view is audited as before.
    await get(`/chronology/${row.id}/review`);
    expect((await t.store.repos.notes.forEntry(row.id)).length).toBe(stored.length + (await language(row.id)).length);
    const views = await t.pool.query("select 1 from audit_event where action = 'chronology.view' and subject_id = $1", [row.id]);
    expect(views.rowCount).toBe(2);

    // The practitioner's own save goes to the page saying so.
    const saved = await post(`/people/${child.id}/chronology/new`, [
      ['kind', 'note'],
      ['occurredAt', '2026-11-27'],
      ['summary', 'Visit'],
      ['detail', 'She went missing on Friday.'],
      ['noteDecisions', ''],
    ]);
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location')!;
    expect(location).toMatch(/^\/chronology\/[0-9a-f-]{36}\/review\?added=1$/);
    expect(visible(await (await get(location)).text())).toContain('Your entry is saved.');
  });

  it('adds the possible signs to an entry checked before they existed when its page next opens, once', async () => {
    const { entry, signs } = await childWithEntry('MFH report: Ava (15) from Lewisham found in Barnstaple. She went missing on Friday.');
    const shape = (f: NoteFindingRow) => [f.field, f.ref, f.start, f.end, f.possible, f.createdAt.getTime()];
    const before = signs.map(shape);
    expect(signs.filter((f) => f.possible).map((f) => f.ref)).toEqual(['am_found_out_of_area']);
    // As migration 0025 leaves an entry checked before session 20: the spotter's signs only, no possible-signs mark.
    await t.pool.query('delete from note_finding where entry_id = $1 and possible', [entry.id]);
    await t.pool.query('update chronology_entry set possible_checked_at = null where id = $1', [entry.id]);
    const signsNow = async () => (await t.store.repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'indicator');
    expect((await get(`/chronology/${entry.id}/review`)).status).toBe(200);
    expect((await signsNow()).map(shape)).toEqual(before);
    // Marked, and not added again; nor twice when the mark is lost and the signs are still there.
    expect((await t.store.repos.chronology.byId(entry.id))?.possibleCheckedAt).toEqual(testClock().now());
    await t.pool.query('update chronology_entry set possible_checked_at = null where id = $1', [entry.id]);
    await get(`/chronology/${entry.id}/review`);
    expect((await signsNow()).map(shape)).toEqual(before);
  });

  it('starts a draft when the case has none, as the one-sign step did', async () => {
    const { child, entry, scored } = await childWithEntry('He went missing from home on Friday.');
    expect((await state(child.id, entry.id)).n).toBe(0);
    const res = await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('started=1');
    const screenings = await t.store.repos.screenings.forPerson(child.id);
    expect(screenings.map((s) => s.status)).toEqual(['draft']);
    const html = await (await get(res.headers.get('location')!)).text();
    expect(html).toContain('1 sign added to Ava Signcase’s next screening');
    expect(html).toContain('A new draft screening was started');
  });

  it('adds only the ticked signs', async () => {
    const { kase, entry, code } = await childWithEntry();
    const draft = await services.screening.start(kw(), kase.id, {});
    const res = await post(`/chronology/${entry.id}/signs`, ticked([code('te_several_phones').id]));
    expect(res.status).toBe(303);
    expect((await t.store.repos.screenings.answers(draft.id)).map((a) => a.code)).toEqual(['te_several_phones']);
    expect((await t.store.repos.notes.forEntry(entry.id)).find((f) => f.ref === 'am_missing')?.status).toBe('open');
  });

  it.each([
    ['no box ticked', () => [] as string[], /Select at least one sign to add to the screening/],
    ['a sign ruled out in the note', (w: Picked) => [w.code('ad_drug_use').id], /is not scored/],
    ['a sign about a friend', (w: Picked) => [w.code('am_missing').id, w.code('ep_self_harm').id], /is not scored/],
    ['a tampered id', (w: Picked) => [w.code('am_missing').id, 'not-an-id'], /Select signs found in this entry/],
    ['a finding of this entry’s wording', (w: Picked) => [w.code('am_missing').id, w.wording], /Select signs found in this entry/],
    ['a sign of another entry', (w: Picked) => [w.code('am_missing').id, w.otherSign], /Select signs found in this entry/],
  ])('refuses %s with a GOV.UK error and changes nothing', async (_name, pick, message) => {
    const w = await childWithEntry(`${SIGNS_NOTE} She keeps putting herself at risk.`);
    const other = await add('He went missing from home again.');
    const world2 = {
      ...w,
      wording: (await t.store.repos.notes.forEntry(w.entry.id)).find((f) => f.kind === 'language')!.id,
      otherSign: (await t.store.repos.notes.forEntry(other.id)).find((f) => f.kind === 'indicator')!.id,
    };
    const before = await state(w.child.id, w.entry.id);
    const auditBefore = await t.pool.query('select count(*)::int as n from audit_event where person_id = $1 and action like $2', [
      w.child.id,
      'note_finding.%',
    ]);
    const res = await post(`/chronology/${w.entry.id}/signs`, ticked(pick(world2)));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#findings"');
    expect(html).toMatch(message);
    expect(html).toContain('id="findings"');
    expect(await state(w.child.id, w.entry.id)).toEqual(before);
    const auditAfter = await t.pool.query('select count(*)::int as n from audit_event where person_id = $1 and action like $2', [w.child.id, 'note_finding.%']);
    expect(auditAfter.rows).toEqual(auditBefore.rows);
  });

  it('keeps what was ticked when the form comes back with an error', async () => {
    const { entry, code } = await childWithEntry();
    const res = await post(`/chronology/${entry.id}/signs`, ticked([code('am_missing').id, code('ad_drug_use').id]));
    expect(res.status).toBe(400);
    const boxes = [...(await res.text()).matchAll(/<input class="govuk-checkboxes__input"[^>]*value="([^"]+)"[^>]*>/g)];
    expect(boxes.filter((m) => m[0].includes('checked')).map((m) => m[1])).toEqual([code('am_missing').id]);
  });

  it('is one transaction: when the last write (the audit) fails, no answer, draft or finding has changed', async () => {
    const { child, entry, scored } = await childWithEntry();
    const before = await state(child.id, entry.id);
    await t.pool.query(`create or replace function test_refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`);
    await t.pool.query(
      `create trigger test_refuse_audit before insert on audit_pending for each row when (new.action = 'note_finding.to_screening') execute function test_refuse_audit()`,
    );
    try {
      const res = await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)));
      expect(res.status).toBe(500);
    } finally {
      await t.pool.query('drop trigger test_refuse_audit on audit_pending');
      await t.pool.query('drop function test_refuse_audit()');
    }
    expect(await state(child.id, entry.id)).toEqual(before);
    expect(before.n).toBe(0);
  });

  it('refuses someone outside the case team, and a confirmation for another child’s screening', async () => {
    const { entry, scored } = await childWithEntry();
    const res = await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)), 'other.practitioner');
    expect(res.status).toBe(403);
    expect((await t.store.repos.notes.forEntry(entry.id)).every((f) => f.status === 'open')).toBe(true);
    const mine = await post(`/chronology/${entry.id}/signs`, ticked(scored.map((f) => f.id)));
    expect((await get(mine.headers.get('location')!, 'other.practitioner')).status).toBe(403);
    const second = await childWithEntry();
    const theirs = new URL(mine.headers.get('location')!, base);
    theirs.pathname = `/chronology/${second.entry.id}/signs/added`;
    expect((await get(`${theirs.pathname}${theirs.search}`)).status).toBe(404);
  });

  it('links each entry in the child’s record to its review page, with what is left to do', async () => {
    const { child, entry, code } = await childWithEntry(`${SIGNS_NOTE} She keeps putting herself at risk.`);
    await services.chronology.add(kw(), child.id, { kind: 'contact', occurredAt: '2026-11-21', summary: 'Phone call', detail: 'Arranged the next visit.' });
    const page = async () => {
      const html = await (await get(`/people/${child.id}`)).text();
      const item = (summary: string) =>
        [...html.matchAll(/<div class="moj-timeline__item">[\s\S]*?<\/div>\s*<\/div>/g)].map((m) => m[0]).find((x) => x.includes(`: ${summary}</h3>`)) ?? '';
      return { visit: item('Home visit'), call: item('Phone call') };
    };
    const wording = (await t.store.repos.notes.forEntry(entry.id)).filter((f) => f.kind === 'language').length;
    expect(wording).toBeGreaterThan(0);
    const findings = (n: number) => `${String(wording)} wording finding${wording === 1 ? '' : 's'} not dealt with, ${String(n)} signs not yet in a screening`;
    const first = await page();
    let visit = first.visit;
    const call = first.call;
    expect(visit).toContain(`href="/chronology/${entry.id}/review">Check the wording and signs<span class="govuk-visually-hidden"> in “Home visit”`);
    expect(visit).toContain(`(${findings(4)})`);
    expect(call).toContain('Check the wording and signs');
    expect(call).not.toContain('data-testid="open-findings"');
    await post(`/chronology/${entry.id}/signs`, ticked([code('am_missing').id]));
    ({ visit } = await page());
    expect(visit).toContain(`(${findings(3)})`);
  });

  it('sets aside signs that do not apply with a reason, all or nothing: no longer waiting for a screening, and never added to one', async () => {
    const { child, entry, code, scored } = await childWithEntry();
    const other = await childWithEntry();
    const html = await (await get(`/chronology/${entry.id}/review`)).text();
    const form = /<form[^>]*action="\/chronology\/[^"]+\/signs\/set-aside"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const boxes = [...form.matchAll(/<input class="govuk-checkboxes__input"[^>]*value="([^"]+)"[^>]*>/g)];
    expect(boxes.map((m) => m[1]).sort()).toEqual(scored.map((f) => f.id).sort());
    expect(boxes.some((m) => m[0].includes('checked'))).toBe(false);
    const before = await state(child.id, entry.id);
    const reason = 'Mum drinks heavily refers to a past tenancy, confirmed by the housing officer.';
    const refused: [[string, string][], string][] = [
      [[['reason', reason]], 'Select at least one sign to set aside'],
      [[...ticked([code('fa_parental_substance_misuse').id]), ['reason', 'n/a']], 'reason'],
      [[...ticked([code('fa_parental_substance_misuse').id, other.code('am_missing').id]), ['reason', reason]], 'Select signs found in this entry'],
    ];
    for (const [pairs, says] of refused) {
      const res = await post(`/chronology/${entry.id}/signs/set-aside`, pairs);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(says === 'reason' ? /id="setAsideReason-error"[\s\S]*?value="n\/a"/ : new RegExp(says));
    }
    expect(
      (await post(`/chronology/${entry.id}/signs/set-aside`, [...ticked([code('fa_parental_substance_misuse').id]), ['reason', reason]], 'other.practitioner'))
        .status,
    ).toBe(403);
    expect(await state(child.id, entry.id)).toEqual(before);
    const res = await post(`/chronology/${entry.id}/signs/set-aside`, [...ticked([code('fa_parental_substance_misuse').id]), ['reason', reason]]);
    expect([res.status, res.headers.get('location')]).toEqual([303, `/chronology/${entry.id}/review?saved=1#signs`]);
    const row = (await t.store.repos.notes.forEntry(entry.id)).find((f) => f.ref === 'fa_parental_substance_misuse')!;
    expect([row.status, row.reason, row.decidedBy]).toEqual(['dismissed', reason, world.users['home.practitioner']!.id]);
    const audit = await t.pool.query<{ n: number }>(`select count(*)::int as n from audit_event where action = 'note_finding.set_aside' and subject_id = $1`, [
      entry.id,
    ]);
    expect(audit.rows[0]!.n).toBe(1);
    const page = await (await get(`/chronology/${entry.id}/review`)).text();
    expect(page).toContain(`Set aside: ${reason}`);
    expect(await (await get(`/people/${child.id}`)).text()).toContain('3 signs not yet in a screening');
    // Stale pages: setting it aside again, or adding it to the screening, is refused and changes nothing.
    const after = await state(child.id, entry.id);
    expect((await post(`/chronology/${entry.id}/signs/set-aside`, [...ticked([row.id]), ['reason', reason]])).status).toBe(400);
    const add = await post(`/chronology/${entry.id}/signs`, ticked([row.id, code('am_missing').id]));
    expect([add.status, await add.text()]).toEqual([400, expect.stringContaining('set aside since the page opened') as string]);
    expect(await state(child.id, entry.id)).toEqual(after);
    // Put back by mistake: open again and counted again, audited; a second press is refused and changes nothing.
    expect((await post(`/chronology/${entry.id}/signs/reopen`, [['finding', row.id]], 'other.practitioner')).status).toBe(403);
    expect((await post(`/chronology/${entry.id}/signs/reopen`, [['finding', other.code('am_missing').id]])).status).toBe(400);
    expect((await post(`/chronology/${entry.id}/signs/reopen`, [['finding', row.id]])).status).toBe(303);
    const back = (await t.store.repos.notes.forEntry(entry.id)).find((f) => f.id === row.id)!;
    expect([back.status, back.reason, back.decidedBy]).toEqual(['open', null, null]);
    expect(await (await get(`/people/${child.id}`)).text()).toContain('4 signs not yet in a screening');
    const reopened = await post(`/chronology/${entry.id}/signs/reopen`, [['finding', row.id]]);
    expect([reopened.status, await reopened.text()]).toEqual([400, expect.stringContaining('This sign is not set aside') as string]);
    const events = await t.pool.query<{ action: string }>(
      `select action from audit_event where subject_id = $1 and action like 'note_finding.%' order by seq`,
      [entry.id],
    );
    expect(events.rows.map((r) => r.action)).toEqual(['note_finding.set_aside', 'note_finding.reopen']);
  });

  it('takes the lead from a count in the language report to the entries behind it, audited, with months written out', async () => {
    const report = await get('/reports/language', 'home.safeguarding_lead');
    expect(report.status).toBe(200);
    const html = await report.text();
    expect(html).toContain('November 2026');
    expect(html).not.toMatch(/<td class="govuk-table__cell">\d{4}-\d{2}<\/td>/);
    const links = [...html.matchAll(/href="(\/reports\/language\/entries\?[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const open = links.find((l) => l.includes('status=open') && l.includes('category=blames_child') && l.includes('possible=0'))!;
    expect(open).toBeDefined();
    const res = await get(open, 'home.safeguarding_lead');
    expect(res.status).toBe(200);
    const list = await res.text();
    expect(list).toContain('November 2026');
    expect(list).toContain('Not dealt with');
    const rows = [...list.matchAll(/href="\/chronology\/([0-9a-f-]{36})\/review"/g)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(0);
    const expected = await t.pool.query<{ entry_id: string }>(
      "select entry_id from note_finding where kind = 'language' and status = 'open' and category = 'blames_child' and ref not like 'classifier:%' and agency_id = $1",
      [world.home.id],
    );
    expect(new Set(rows)).toEqual(new Set(expected.rows.map((r) => r.entry_id)));
    const audit = await t.pool.query<{ detail: Record<string, unknown> }>(
      "select detail from audit_event where action = 'note_finding.list' and user_id = $1 order by seq desc limit 1",
      [world.users['home.safeguarding_lead']!.id],
    );
    expect(audit.rows[0]?.detail).toMatchObject({ status: 'open', category: 'blames_child', count: expected.rows.length });
    // Paged by the database, newest first: pages of one give every row once, in order, and a page past the end the last.
    expect(expected.rows.length).toBeGreaterThan(1);
    const cell = Object.fromEntries(new URL(open, 'http://127.0.0.1').searchParams);
    const lead = world.ctxOf('home.safeguarding_lead');
    const paged = [];
    for (let p = 1; p <= expected.rows.length; p++) {
      const r = await services.notes.languageReportFindings(lead, cell, p, 1);
      expect(r).toMatchObject({ total: expected.rows.length, page: p });
      paged.push(...r.rows);
    }
    expect(paged.map((r) => r.entry_id).sort()).toEqual(expected.rows.map((r) => r.entry_id).sort());
    expect(paged.map((r) => r.createdAt.getTime())).toEqual(paged.map((r) => r.createdAt.getTime()).sort((a, b) => b - a));
    const past = await services.notes.languageReportFindings(lead, cell, expected.rows.length + 5, 1);
    expect(past.page).toBe(expected.rows.length);
    expect(past.rows.map((r) => r.id)).toEqual([paged[paged.length - 1]!.id]);
    // A practitioner may not see it; a made-up cell is a clear error.
    expect((await get(open)).status).toBe(403);
    const bad = await get(open.replace(/month=[^&]+/, 'month=2026-13'), 'home.safeguarding_lead');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose a month from the report');
    // Free text from the records stays on the entry's own page: no dismissal reason here, and a possible finding is
    // named as the classifier's reading, not quoted.
    const dismissed = links.find((l) => l.includes('status=dismissed'));
    expect(dismissed).toBeDefined();
    const reasons = await t.pool.query<{ reason: string }>("select reason from note_finding where status = 'dismissed' and reason is not null");
    expect(reasons.rows.length).toBeGreaterThan(0);
    const page = await (await get(dismissed!, 'home.safeguarding_lead')).text();
    expect(page).toContain('Dismissed');
    for (const r of reasons.rows) expect(page).not.toContain(r.reason);
    const possible = links.find((l) => l.includes('possible=1'));
    expect(possible).toBeDefined();
    const possiblePage = await (await get(possible!, 'home.safeguarding_lead')).text();
    expect(possiblePage).toContain('The sentence classifier’s reading of a sentence');
  });

  it('offers every flagged wording in a language guide anyone can read, with a search that narrows it', async () => {
    const whole = await fetch(`${base}/help/language`, { redirect: 'manual' });
    expect(whole.status).toBe(200);
    const html = await whole.text();
    const count = Number(/data-testid="guide-count">(\d+) entries/.exec(html)?.[1]);
    expect(count).toBeGreaterThanOrEqual(80);
    expect(html).toContain('“promiscu…”');
    expect(html).toContain('Source: The Children’s Society');
    const found = await (await fetch(`${base}/help/language?q=streetwise`)).text();
    const narrowed = Number(/data-testid="guide-count">(\d+) entr/.exec(found)?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(count);
    expect(found).toContain('with “streetwise”');
    expect(await (await fetch(`${base}/help/language?q=zzqx`)).text()).toContain('No wording in the guide holds “zzqx”');
    // The editor links to it, in a new tab so that the note being written stays as it is.
    expect(await (await get(`/people/${world.child.id}/chronology/new`)).text()).toContain('href="/help/language" target="_blank" rel="noopener"');
    const long = await fetch(`${base}/help/language?q=${'a'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('Enter 100 characters or fewer');
  });

  it('gives the lead rates per 100 entries written by month and agency, filtered by period, agency and kind, and refuses a made-up filter', async () => {
    const lead = world.ctxOf('home.safeguarding_lead');
    const report = await services.languageReport.summary(lead, { months: '3' });
    expect(report.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']); // the test clock's November, and the two before
    const written = await t.pool.query<{ n: number }>('select count(*)::int as n from chronology_entry where agency_id = $1', [world.home.id]);
    const flagged = await t.pool.query<{ n: number }>(
      "select count(distinct e.id)::int as n from chronology_entry e join note_finding f on f.entry_id = e.id where e.agency_id = $1 and f.kind = 'language' and not f.quoted and f.ref not like 'classifier:%'",
      [world.home.id],
    );
    const home = report.agencies.find((a) => a.agencyId === world.home.id)!;
    expect(home).toMatchObject({ entries: written.rows[0]!.n, flaggedEntries: flagged.rows[0]!.n });
    expect(home.rate).toBeCloseTo((100 * flagged.rows[0]!.n) / written.rows[0]!.n, 1);
    const html = await (await get('/reports/language?months=3&agency=&category=blames_child', 'home.safeguarding_lead')).text();
    expect(html).toContain('In the last 3 months');
    expect(html).toContain('<svg');
    expect([...html.matchAll(/data-testid="language-report-months"[\s\S]*?<\/table>/g)][0]![0].match(/<th scope="row"/g)).toHaveLength(3);
    const links = [...html.matchAll(/href="(\/reports\/language\/entries\?[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/category=blames_child&.*months=3$/);
    await expect(services.languageReport.summary(kw(), {})).rejects.toBeInstanceOf(Forbidden);
    for (const [query, error] of [
      ['months=5', 'Choose a period from the list'],
      ['agency=nobody', 'Choose an agency from the list'],
      ['category=rude', 'Choose a kind of wording from the list'],
    ] as const) {
      const bad = await get(`/reports/language?${query}`, 'home.safeguarding_lead');
      expect(bad.status, query).toBe(400);
      expect(await bad.text()).toContain(error);
    }
  });
});

// Migration 0023's updates, run on entries as they stood before it (in a transaction rolled back after).
describe('migration 0023 on earlier entries', () => {
  it('takes hand-dated entries at exactly midday UTC as date-only, and entries with findings as checked', async () => {
    const updates = readFileSync(`${MIGRATIONS_DIR}/0023_chronology_date_only_and_checked.sql`, 'utf8')
      .split('--> statement-breakpoint')
      .map((x) => x.replace(/^--.*$/gm, '').trim())
      .filter((x) => x.startsWith('UPDATE'));
    expect(updates).toHaveLength(2);
    const client = await t.pool.connect();
    try {
      await client.query('begin');
      // Saved as the app saves them, then put back as they were before the migration (the kind as other steps write it).
      const entry = async (kind: string, at: string, detail: string) => {
        const { id } = await services.chronology.add(kw(), world.child.id, { kind: 'note', occurredAt: at, summary: 'Entry', detail });
        await client.query('update chronology_entry set kind = $2, occurred_date_only = false, checked_at = null where id = $1', [id, kind]);
        return id;
      };
      const ids = {
        noon: await entry('note', '2026-03-14T12:00:00Z', 'Seen at school.'),
        timed: await entry('contact', '2026-03-14T12:30:00Z', 'Phone call.'),
        missing: await entry('missing_episode', '2026-03-14T12:00:00Z', 'Reported missing.'),
        withFindings: await entry('note', '2026-03-14T09:00:00Z', 'He went missing from home on Friday.'),
      };
      for (const u of updates) await client.query(u);
      const rows = await client.query<{ id: string; occurred_date_only: boolean; checked: boolean }>(
        'select id, occurred_date_only, checked_at = created_at as checked from chronology_entry where id = any($1)',
        [Object.values(ids)],
      );
      const of = (id: string) => rows.rows.find((r) => r.id === id)!;
      expect(of(ids.noon)).toMatchObject({ occurred_date_only: true, checked: null });
      expect(of(ids.timed).occurred_date_only).toBe(false);
      expect(of(ids.missing).occurred_date_only).toBe(false);
      expect(of(ids.withFindings)).toMatchObject({ occurred_date_only: false, checked: true });
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
