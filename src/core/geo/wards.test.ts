import { readFileSync } from 'node:fs';
import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { labelPoint, loadWards, pointInWard, type Position, type WardGeometry } from './wards.ts';
import { errorOf } from '../../../test/fixtures/validation.ts';

const HAVERING_TEXT = readFileSync(new URL('../../../assets/geo/havering-wards-2022.geojson', import.meta.url), 'utf8');
const havering = loadWards(HAVERING_TEXT, 'havering-wards-2022.geojson');
const nameAt = (lon: number, lat: number) => {
  const code = havering.locate(lon, lat);
  return code === null ? null : havering.byCode(code)?.name;
};

// Small synthetic files: squares in lon/lat near Romford.
const square = (x: number, y: number, size = 0.01): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const feature = (props: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties: props, geometry });
const ward = (code: string, name: string, geometry: unknown, extra: Record<string, unknown> = {}) =>
  feature({ WD22CD: code, WD22NM: name, LAD22CD: 'E09000016', LAD22NM: 'Havering', ...extra }, geometry);
const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('loadWards on the shipped Havering file', () => {
  it('reads the 20 wards, the borough name and the boundary year', () => {
    expect(havering.wards).toHaveLength(20);
    expect(havering.areaName).toBe('Havering');
    expect(havering.year).toBe('2022');
    const names = havering.wards.map((w) => w.name);
    expect(names).toContain('Beam Park');
    expect(names).toContain('Upminster');
    expect(names).toContain("St Alban's");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(new Set(havering.wards.map((w) => w.code)).size).toBe(20);
    expect(havering.wards.every((w) => /^E05\d{6}$/.test(w.code))).toBe(true);
  });

  it('has a bbox around the borough that holds every ward bbox', () => {
    const [minLon, minLat, maxLon, maxLat] = havering.bbox;
    expect(minLon).toBeCloseTo(0.138, 2);
    expect(maxLon).toBeCloseTo(0.334, 2);
    expect(minLat).toBeCloseTo(51.488, 2);
    expect(maxLat).toBeCloseTo(51.632, 2);
    for (const w of havering.wards) {
      expect(w.bbox[0]).toBeGreaterThanOrEqual(minLon);
      expect(w.bbox[2]).toBeLessThanOrEqual(maxLon);
      expect(w.bbox[0]).toBeLessThan(w.bbox[2]);
      expect(w.bbox[1]).toBeLessThan(w.bbox[3]);
    }
  });

  // Landmarks (approximate coordinates, away from ward edges) and the 2022 ward each is in.
  it.each([
    ['Romford station', 51.575, 0.1832, "St Edward's"],
    ['Rainham station', 51.5168, 0.1906, 'Rainham & Wennington'],
    ['Harold Wood station', 51.5927, 0.2331, 'Harold Wood'],
    ['Elm Park station', 51.5497, 0.1977, 'Elm Park'],
    ['Gidea Park station', 51.5819, 0.2059, 'Squirrels Heath'],
    ["Queen's Hospital", 51.5681, 0.1797, 'Rush Green & Crowlands'],
    ['Havering-atte-Bower village', 51.6173, 0.183, 'Havering-atte-Bower'],
    ['Upminster windmill', 51.5573, 0.2436, 'Upminster'],
    ['Corbets Tey', 51.5421, 0.253, 'Upminster'],
    ['the Beam Park station site', 51.5232, 0.172, 'Beam Park'],
  ])('%s is in %s', (_label, lat, lon, name) => {
    expect(nameAt(lon, lat)).toBe(name);
  });

  // Interior points picked from the geometry, one in every ward.
  it.each([
    ['Beam Park', 0.17657, 51.52849],
    ['Cranham', 0.2594, 51.56747],
    ['Elm Park', 0.1963, 51.54826],
    ['Emerson Park', 0.23243, 51.5822],
    ['Gooshays', 0.2152, 51.61046],
    ['Hacton', 0.21794, 51.55336],
    ['Harold Wood', 0.23819, 51.5846],
    ['Havering-atte-Bower', 0.14734, 51.61996],
    ['Heaton', 0.22214, 51.60241],
    ['Hylands & Harrow Lodge', 0.18977, 51.56764],
    ['Marshalls & Rise Park', 0.17925, 51.59118],
    ['Mawneys', 0.17183, 51.60001],
    ['Rainham & Wennington', 0.21517, 51.52102],
    ['Rush Green & Crowlands', 0.16993, 51.5713],
    ['South Hornchurch', 0.19623, 51.53653],
    ['Squirrels Heath', 0.20933, 51.57449],
    ["St Alban's", 0.19471, 51.5762],
    ["St Andrew's", 0.23138, 51.55645],
    ["St Edward's", 0.1812, 51.57904],
    ['Upminster', 0.23231, 51.53707],
  ])('a point inside %s is located there', (name, lon, lat) => {
    expect(nameAt(lon, lat)).toBe(name);
  });

  it.each([
    ['central London (Trafalgar Square)', -0.1281, 51.508],
    ['Brentwood: inside the borough bbox, outside every ward', 0.3056, 51.6216],
    ['the Thames off Rainham, inside the bbox', 0.2299, 51.50087],
    ['the other side of the world', 151.2, -33.9],
  ])('%s is outside the area', (_label, lon, lat) => {
    expect(havering.locate(lon, lat)).toBeNull();
  });

  it('gives every ward a label point inside itself, away from its edge', () => {
    for (const w of havering.wards) {
      expect(havering.locate(w.centroid[0], w.centroid[1]), w.name).toBe(w.code);
      expect(w.geometry.type).toBe('Polygon');
      if (w.geometry.type === 'Polygon') expect(pointInPolygon(w.centroid, w.geometry.coordinates), w.name).toBe(true);
    }
  });

  it('puts a point on the edge between two wards in one of them', () => {
    // A corner shared by Beam Park and another ward: a vertex of Beam Park that another ward also has.
    const beamPark = havering.wards.find((w) => w.name === 'Beam Park')!;
    const others = havering.wards.filter((w) => w !== beamPark);
    const ring = beamPark.geometry.type === 'Polygon' ? beamPark.geometry.coordinates[0]! : [];
    const shared = ring.find(([x, y]) => others.some((o) => pointInWard(o, x, y)));
    expect(shared).toBeDefined();
    const code = havering.locate(shared![0], shared![1]);
    expect(code).not.toBeNull();
    expect(pointInWard(havering.byCode(code!)!, shared![0], shared![1])).toBe(true);
  });

  it('gives a browser FeatureCollection with only code and name', () => {
    const fc = havering.featureCollection();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(20);
    for (const f of fc.features) expect(Object.keys(f.properties).sort()).toEqual(['code', 'name']);
    expect(fc.features.find((f) => f.properties.name === 'Upminster')?.properties.code).toBe(havering.wards.find((w) => w.name === 'Upminster')?.code);
    expect(JSON.stringify(fc)).not.toContain('LAD22');
  });

  it('has a short fingerprint that survives reformatting and changes with the boundaries', () => {
    expect(havering.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    const reformatted = JSON.stringify(JSON.parse(HAVERING_TEXT), null, 2);
    expect(loadWards(reformatted).fingerprint).toBe(havering.fingerprint);
    const moved = HAVERING_TEXT.replace('[0.19696, 51.52332]', '[0.19697, 51.52332]');
    expect(moved).not.toBe(HAVERING_TEXT);
    expect(loadWards(moved).fingerprint).not.toBe(havering.fingerprint);
  });
});

describe('loadWards on other files', () => {
  it('reads any boundary year and lower-case property names, without a borough name', () => {
    const set = loadWards(collection(feature({ wd24cd: 'E05000001', wd24nm: 'North' }, polygon(square(0.1, 51.5)))));
    expect(set.year).toBe('2024');
    expect(set.areaName).toBe('the configured area');
    expect(set.wards[0]).toMatchObject({ code: 'E05000001', name: 'North', bbox: [0.1, 51.5, 0.11, 51.51] });
    expect(set.wards[0]!.centroid[0]).toBeCloseTo(0.105, 10);
    expect(set.wards[0]!.centroid[1]).toBeCloseTo(51.505, 10);
  });

  it('calls a file that spans two boroughs the configured area', () => {
    const set = loadWards(
      collection(ward('E05000001', 'A', polygon(square(0.1, 51.5))), ward('E05000002', 'B', polygon(square(0.2, 51.5)), { LAD22NM: 'Barking and Dagenham' })),
    );
    expect(set.areaName).toBe('the configured area');
  });

  it('reads MultiPolygon wards and places the label in the largest part', () => {
    const geometry = { type: 'MultiPolygon', coordinates: [[square(0.1, 51.5, 0.01)], [square(0.2, 51.5, 0.02)]] };
    const set = loadWards(collection(ward('E05000001', 'Islands', geometry)));
    expect(set.locate(0.105, 51.505)).toBe('E05000001');
    expect(set.locate(0.21, 51.51)).toBe('E05000001');
    expect(set.locate(0.15, 51.505)).toBeNull(); // between the parts, inside the bbox
    expect(set.wards[0]!.centroid[0]).toBeCloseTo(0.21, 10);
    expect(set.wards[0]!.bbox).toEqual([0.1, 51.5, 0.22, 51.52]);
  });

  it('honours holes: a ward enclosed by another is found inside the hole', () => {
    const outer = polygon(square(0.1, 51.5, 0.03), square(0.11, 51.51, 0.01));
    const inner = polygon(square(0.11, 51.51, 0.01));
    const set = loadWards(collection(ward('E05000001', 'Ring', outer), ward('E05000002', 'Enclave', inner)));
    expect(set.locate(0.115, 51.515)).toBe('E05000002');
    expect(set.locate(0.105, 51.505)).toBe('E05000001');
    // The ring's centroid is the middle of its hole: the label moves into the ring itself.
    const ring = set.byCode('E05000001')!;
    expect(set.locate(ring.centroid[0], ring.centroid[1])).toBe('E05000001');
  });

  it('weighs the centroid by area, less the holes', () => {
    // A 4 x 4 square (centroid x 2) with a 1 x 3 hole off to the west (centroid x 1): (16 * 2 - 3 * 1) / 13.
    const grid = (x: number, y: number): Position => [0.1 + x * 0.01, 51.5 + y * 0.01];
    const outer = [grid(0, 0), grid(4, 0), grid(4, 4), grid(0, 4), grid(0, 0)];
    const hole = [grid(0.5, 0.5), grid(0.5, 3.5), grid(1.5, 3.5), grid(1.5, 0.5), grid(0.5, 0.5)];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [outer, hole] });
    expect(x).toBeCloseTo(0.1 + (29 / 13) * 0.01, 10);
    expect(y).toBeCloseTo(51.52, 10);
  });

  it('moves the label of a U-shaped ward, whose centroid is in the notch, into the ward', () => {
    const u: Position[] = (
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ] as const
    ).map(([x, y]) => [0.1 + x * 0.01, 51.5 + y * 0.01]);
    const geometry: WardGeometry = { type: 'Polygon', coordinates: [u] };
    const label = labelPoint(geometry);
    expect(pointInPolygon(label, [u])).toBe(true);
    // The plain area-weighted centroid, (1.5, 1.357) in the grid, is not it.
    expect(Math.abs(label[0] - 0.115)).toBeGreaterThan(0.001);
  });

  it('closes a ring that the file left open', () => {
    const open = square(0.1, 51.5).slice(0, 4);
    const set = loadWards(collection(ward('E05000001', 'Open', polygon(open))));
    expect(set.locate(0.105, 51.505)).toBe('E05000001');
    expect(set.wards[0]!.geometry.coordinates[0]).toHaveLength(5);
  });

  const bad = (geometry: unknown) => collection(ward('E05000001', 'A', polygon(square(0.1, 51.5))), ward('E05000002', 'B', geometry));
  it.each([
    ['text that is not JSON', '{"type": "FeatureCollection", ', 'is not valid JSON'],
    ['a single Feature', JSON.stringify(ward('E05000001', 'A', polygon(square(0.1, 51.5)))), 'is not a GeoJSON FeatureCollection'],
    ['no features', collection(), 'has no features'],
    [
      'a feature that is not a Feature',
      collection(ward('E05000001', 'A', polygon(square(0.1, 51.5))), { type: 'Point' }),
      'features[1] is not a GeoJSON Feature',
    ],
    ['a point', bad({ type: 'Point', coordinates: [0.1, 51.5] }), 'features[1] (B) is a Point: ward boundaries must be Polygon or MultiPolygon'],
    ['a line', bad({ type: 'LineString', coordinates: square(0.1, 51.5) }), 'features[1] (B) is a LineString: ward boundaries must be Polygon or MultiPolygon'],
    ['no geometry', bad(null), 'features[1] (B) has no geometry'],
    ['no ward code', collection(feature({ WD22NM: 'A' }, polygon(square(0.1, 51.5)))), 'features[0] has no ward code (expected a property like WD22CD)'],
    [
      'no ward name',
      collection(feature({ WD22CD: 'E05000001' }, polygon(square(0.1, 51.5)))),
      'features[0] (E05000001) has no ward name (expected a property like WD22NM)',
    ],
    [
      'a duplicate code',
      collection(ward('E05000001', 'A', polygon(square(0.1, 51.5))), ward('E05000001', 'B', polygon(square(0.2, 51.5)))),
      'features[1] (B) has the ward code E05000001, which features[0] already has',
    ],
    [
      'a text coordinate',
      bad(polygon([[0.1, 51.5], ['0.2', 51.5] as unknown as Position, [0.2, 51.6], [0.1, 51.5]])),
      'features[1] (B) polygon ring 1 position 2 is not a [longitude, latitude] pair',
    ],
    [
      'a lone number as a position',
      bad(polygon([[0.1, 51.5], [0.2] as unknown as Position, [0.2, 51.6], [0.1, 51.5]])),
      'features[1] (B) polygon ring 1 position 2 is not a [longitude, latitude] pair of numbers',
    ],
    [
      'British National Grid eastings and northings',
      bad(polygon(square(551000, 188000, 100))),
      'features[1] (B) polygon ring 1 position 1 [551000, 188000] is not longitude/latitude in degrees',
    ],
    ['a latitude past the pole', bad(polygon(square(0.1, 95))), 'features[1] (B) polygon ring 1 position 1 [0.1, 95] is not longitude/latitude'],
    [
      'a ring of two corners',
      bad(
        polygon([
          [0.1, 51.5],
          [0.2, 51.5],
          [0.1, 51.5],
        ]),
      ),
      'features[1] (B) polygon ring 1 has fewer than 3 distinct corners',
    ],
    [
      'a ring with no area',
      bad(
        polygon([
          [0.1, 51.5],
          [0.2, 51.5],
          [0.3, 51.5],
          [0.1, 51.5],
        ]),
      ),
      'features[1] (B) has a boundary that encloses no area',
    ],
    ['a polygon with no rings', bad({ type: 'Polygon', coordinates: [] }), 'features[1] (B) polygon has no rings'],
    ['an empty MultiPolygon', bad({ type: 'MultiPolygon', coordinates: [] }), 'features[1] (B) is a MultiPolygon with no polygons'],
    [
      'a bad second part of a MultiPolygon',
      bad({ type: 'MultiPolygon', coordinates: [[square(0.1, 51.5)], [[[0.1, 51.5]]]] }),
      'features[1] (B) polygon 2 ring 1',
    ],
  ])('rejects %s with a specific message', (_label, text, message) => {
    const e = errorOf(() => loadWards(text, 'wards.geojson'));
    expect(e.fields.wards).toContain(`wards.geojson: ${message}`);
    expect(e.message).toBe(e.fields.wards);
  });

  it('leaves the file name out of the message when none is given', () => {
    expect(errorOf(() => loadWards(collection())).fields.wards).toBe('has no features: expected one ward boundary per feature');
  });
});
