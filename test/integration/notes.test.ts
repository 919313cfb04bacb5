import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
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
}, 60_000);
afterAll(async () => ifSet(t)?.close());

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

  it('accepts a suggested wording: the entry text changes and later findings move with it', async () => {
    const r = await add('Putting himself at risk. He is streetwise.');
    const before = await t.store.repos.notes.forEntry(r.id);
    const first = before.find((f) => f.kind === 'language' && f.start === 0)!;
    await services.notes.decide(kw(), first.id, { action: 'accept', alternative: 0, version: 1 });
    const entry = (await t.store.repos.chronology.byId(r.id))!;
    expect(entry.version).toBe(2);
    expect(entry.detail).not.toMatch(/putting himself at risk/i);
    const after = await t.store.repos.notes.forEntry(r.id);
    expect(after.find((f) => f.id === first.id)?.status).toBe('accepted');
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
    await expect(services.notes.decide(kw(), possible[0]!.id, { action: 'accept', alternative: 0, version: 1 })).rejects.toMatchObject({
      fields: { action: expect.stringMatching(/possible finding/) as string },
    });
    expect((await t.store.repos.chronology.byId(r.id))!.version).toBe(1);
    await services.notes.decide(kw(), possible[0]!.id, { action: 'dismiss', reason: 'Reworded in the next entry' });
    expect((await t.store.repos.notes.forEntry(r.id)).find((f) => f.id === possible[0]!.id)?.status).toBe('dismissed');
  });

  it('applies decisions made in the live check before saving', async () => {
    const r = await add('He is streetwise and knows the area.', {
      noteDecisions: [{ field: 'detail', ref: 'x', text: 'nothing', action: 'dismiss', reason: 'no' }],
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
