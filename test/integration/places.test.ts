import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { readablePeople } from '../../src/services/network.ts';
import { assignWards } from '../../src/services/geo.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// The ward map through the real services and PostgreSQL (issue 6): places by coordinates and by postcode, wards by
// point-in-polygon, outside-area places kept, who sees which point, counts-only for analysts, and both hotspot rules.

const POSTCODES = path.resolve('test/fixtures/geo/postcodes.csv');
const NOW = new Date('2026-11-28T10:00:00Z');
const ST_EDWARDS = 'E05013983'; // the ward the fixture's RM1 9ZZ lies in
const config = () => {
  const c = testConfig();
  return { ...c, geo: { ...c.geo, postcodesFile: POSTCODES } };
};

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
let otherChild: string;
let hotel: string;

const day = (offset: number) => new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(NOW), config());
  world = await buildWorld(t.store, services);
  const okw = world.ctxOf('other.practitioner');
  otherChild = (await services.people.create(okw, childInput({ addresses: [{ line: '2 Invented Road', postcode: 'RM1 9ZZ' }] }))).id;
  await services.cases.open(okw, otherChild, { leadAgencyId: world.other.id, keyWorkerId: world.users['other.practitioner']!.id });
  // The hotel is recorded from both children's records: a hotspot.
  const kw = world.ctxOf('home.practitioner');
  const e1 = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: day(10), summary: 'Seen at a hotel', detail: 'Seen at the hotel.' });
  hotel = (
    await services.network.capture(kw, e1.id, {
      kind: 'location',
      label: 'Invented Lodge Hotel',
      locationType: 'hotel',
      coordinates: '51.5742, 0.1793',
      linkType: 'seen_at',
      confidence: 'confirmed',
    })
  ).entityId;
  // A second child on a home-agency case, recorded at the same hotel.
  const second = (await services.people.create(kw, childInput({ names: [{ kind: 'legal', given: 'Alexis', family: 'Invented' }] }))).id;
  await services.cases.open(kw, second, { leadAgencyId: world.home.id, keyWorkerId: world.users['home.practitioner']!.id });
  const e2 = await services.chronology.add(kw, second, { kind: 'note', occurredAt: day(9), summary: 'Hotel', detail: 'Stayed at the hotel.' });
  await services.network.capture(kw, e2.id, { kind: 'location', entityId: hotel, linkType: 'stayed_at', confidence: 'reported' });
}, 120_000);

afterAll(async () => {
  await ifSet(t)?.close();
});

describe('placing a location', () => {
  it('puts typed coordinates in the ward that holds them', async () => {
    const e = await t.store.repos.network.entity(hotel);
    expect(e).toMatchObject({ latitude: 51.5742, longitude: 0.1793, placedBy: 'coordinates' });
    expect(services.places.geo.wards.byCode(e!.wardCode!)).toBeDefined();
    expect(e!.wardCode).toBe(services.places.geo.wards.locate(0.1793, 51.5742));
  });

  it('places by postcode through the configured lookup, and keeps a place outside the area', async () => {
    const kw = world.ctxOf('home.practitioner');
    const entry = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: day(3), summary: 'Places', detail: 'Two places.' });
    const byPostcode = await services.network.capture(kw, entry.id, {
      kind: 'location',
      label: 'Invented takeaway',
      postcode: 'rm1 9zz',
      linkType: 'seen_at',
      confidence: 'reported',
    });
    const row = await t.store.repos.network.entity(byPostcode.entityId);
    expect(row).toMatchObject({ postcode: 'RM1 9ZZ', latitude: 51.574157, longitude: 0.179284, placedBy: 'postcode', wardCode: ST_EDWARDS });
    const outside = await services.network.capture(kw, entry.id, {
      kind: 'location',
      label: 'A flat in Brentwood',
      postcode: 'CM14 9ZZ',
      linkType: 'seen_at',
      confidence: 'suspected',
    });
    const far = await t.store.repos.network.entity(outside.entityId);
    expect(far).toMatchObject({ placedBy: 'postcode', wardCode: null });
    expect(far!.latitude).not.toBeNull();
  });

  it('refuses impossible coordinates with a clear message and saves nothing', async () => {
    const kw = world.ctxOf('home.practitioner');
    const entry = await services.chronology.add(kw, world.child.id, { kind: 'note', occurredAt: day(2), summary: 'Bad', detail: 'Bad place.' });
    const err = await services.network
      .capture(kw, entry.id, { kind: 'location', label: 'Nowhere', coordinates: '95.1, 0.18', linkType: 'seen_at', confidence: 'reported' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields['coordinates']).toMatch(/latitude first/);
    expect(await t.store.repos.network.linksFromSource(entry.id)).toHaveLength(0);
  });

  it('places a child’s home by postcode when the lookup knows it', async () => {
    const p = await t.store.repos.people.get(otherChild);
    expect(p!.addresses[0]).toMatchObject({ postcode: 'RM1 9ZZ', wardCode: ST_EDWARDS });
  });
});

describe('who sees what on the map', () => {
  it('pushes the record-access rule into SQL without changing it: the same people for every user', async () => {
    const people = (await t.db.execute<{ id: string }>(`select id from person`)).rows.map((r) => r.id);
    for (const key of Object.keys(world.users)) {
      const ctx = world.ctxOf(key);
      const viaPolicy = await t.store.transaction((repos) => readablePeople(repos, ctx, people, NOW));
      const r = ctx.actor.role;
      const viaSql = await t.store.repos.places.readablePeopleIds({
        userId: ctx.actor.id,
        agencyId: ctx.actor.agencyId,
        oversight: r === 'safeguarding_lead' || r === 'mase_coordinator',
        caseWorker: r === 'practitioner' || r === 'safeguarding_lead' || r === 'mase_coordinator',
        now: NOW,
      });
      expect(new Set(viaSql), key).toEqual(viaPolicy);
    }
  });

  it('shows the key worker the places linked from their child, flagged as a hotspot with the reason', async () => {
    const data = await services.places.mapData(world.ctxOf('home.practitioner'), {});
    expect(data.countsOnly).toBe(false);
    const h = data.points.find((p) => p.id === hotel && p.layer === 'locations');
    expect(h).toMatchObject({ label: 'Invented Lodge Hotel', typeLabel: 'Hotel or guest house' });
    expect(h!.hotspot).toMatch(/2 different cases/);
    expect(data.points.some((p) => p.label === 'A flat in Brentwood' && p.ward === null)).toBe(true);
  });

  it('does not show another agency’s worker a place linked only from a child they may not see', async () => {
    const data = await services.places.mapData(world.ctxOf('other.practitioner'), {});
    expect(data.points.some((p) => p.label === 'Invented takeaway')).toBe(false);
  });

  it('gives an analyst published counts only: no points, no lines, small counts as *', async () => {
    const data = await services.places.mapData(world.ctxOf('home.analyst'), {});
    expect(data.countsOnly).toBe(true);
    expect(data.points).toHaveLength(0);
    expect(data.lines).toHaveLength(0);
    const shown = data.wards.flatMap((w) => Object.values(w.counts));
    expect(shown.every((s) => s === '0' || s === '*' || /^\d*[05]$/.test(s))).toBe(true);
    expect(data.wards.find((w) => w.code === services.places.geo.wards.locate(0.1793, 51.5742))!.counts.locations).toBe('*');
    const ward = await services.places.ward(world.ctxOf('home.analyst'), ST_EDWARDS, {});
    expect(ward.children).toHaveLength(0);
    expect(ward.points).toHaveLength(0);
  });

  it('lists the children a user may see in a ward, and none for a user who may not', async () => {
    await t.db.execute(`update safeguarding_case set risk_level = 'high' where person_id = '${otherChild}'`);
    const mine = await services.places.ward(world.ctxOf('other.practitioner'), ST_EDWARDS, {});
    expect(mine.children.map((c) => c.personId)).toEqual([otherChild]);
    const theirs = await services.places.ward(world.ctxOf('home.practitioner'), ST_EDWARDS, {});
    expect(theirs.children).toHaveLength(0);
    await expect(services.places.ward(world.ctxOf('home.practitioner'), 'E00000000', {})).rejects.toThrow(/no ward/);
  });

  it('refuses bad filters with field errors', async () => {
    await expect(services.places.mapData(world.ctxOf('home.practitioner'), { from: '2026-13-01' })).rejects.toThrow(ValidationError);
    await expect(services.places.mapData(world.ctxOf('home.practitioner'), { from: '2026-11-01', to: '2026-10-01' })).rejects.toThrow(ValidationError);
    await expect(services.places.mapData(world.ctxOf('home.practitioner'), { measure: 'names' })).rejects.toThrow(ValidationError);
    await expect(services.places.mapData(world.ctxOf('home.administrator'), {})).rejects.toThrow();
  });
});

describe('ward hotspots', () => {
  it('flags a ward whose missing episodes rose against the previous 90 days, saying by how much', async () => {
    const okw = world.ctxOf('other.practitioner');
    for (const d of [5, 20, 40, 60])
      await services.chronology.add(okw, otherChild, { kind: 'missing_episode', occurredAt: day(d), summary: 'Missing overnight', detail: 'Missing.' });
    const data = await services.places.mapData(world.ctxOf('home.mase_coordinator'), { measure: 'missing' });
    const w = data.wards.find((x) => x.code === ST_EDWARDS)!;
    // Published: the rise is judged on the true counts, and the reason shows published figures.
    expect(w.hotspot, String(w.hotspot)).toBe('Missing episodes rose from 0 to * against the previous 90 days');
    expect(w.shown).toBe('*');
  });
});

describe('ward figures', () => {
  it('are kept for the configured time, then counted again', async () => {
    let now = NOW;
    const c = config();
    const cached = createServices(t.store, () => now, { ...c, geo: { ...c.geo, figuresCacheMs: 60_000 } });
    const coordinator = world.ctxOf('home.mase_coordinator');
    const before = await cached.places.mapData(coordinator, { measure: 'missing' });
    await services.chronology.add(world.ctxOf('other.practitioner'), otherChild, {
      kind: 'missing_episode',
      occurredAt: day(1),
      summary: 'Missing',
      detail: 'Missing.',
    });
    now = new Date(NOW.getTime() + 30_000);
    const within = await cached.places.mapData(coordinator, { measure: 'missing' });
    expect(within.countedAt).toBe(before.countedAt);
    now = new Date(NOW.getTime() + 61_000);
    const after = await cached.places.mapData(coordinator, { measure: 'missing' });
    expect(after.countedAt).not.toBe(before.countedAt);
    const ward = (d: typeof before) => d.wards.find((w) => w.code === ST_EDWARDS)!.hotspot;
    expect(ward(after)).toBe('Missing episodes rose from 0 to * against the previous 90 days');
  });
});

describe('ward assignment', () => {
  it('assigns wards again when the boundaries change, and not otherwise', async () => {
    const geo = services.places.geo;
    await t.store.repos.places.setFingerprint('wards', 'something-else', NOW);
    await t.db.execute(`update entity set ward_code = null where id = '${hotel}'`);
    const r = await assignWards(t.store, geo, NOW);
    expect(r!.assigned).toBeGreaterThan(0);
    expect((await t.store.repos.network.entity(hotel))!.wardCode).toBe(geo.wards.locate(0.1793, 51.5742));
    expect(await assignWards(t.store, geo, NOW)).toBeNull();
  });
});
