import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import inside from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { contrast } from './link-chart-style.ts';
import {
  bubbleDiameter,
  choroplethClasses,
  colourFor,
  countValue,
  defaultEnabled,
  escapeHtml,
  inGeometry,
  labelPoint,
  type LayerKey,
  layerLabel,
  legend,
  type MapData,
  maxCount,
  POINT_LAYERS,
  polygonsOf,
  readMapData,
  readWardDetail,
  readWards,
  SUPPRESSED_LABEL,
  summaryText,
  tileTemplate,
  visibleLines,
  visiblePoints,
  wardBounds,
  wardChoices,
  type WardGeometry,
  wardUrls,
} from './ward-map-model.ts';
import { HOTSPOT_COLOUR, PALETTE, POINT_STYLES, shapePath, SUPPRESSED_COLOUR, WARD_OUTLINE } from './ward-map-style.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const HAVERING = JSON.parse(fs.readFileSync(path.resolve(here, '../../assets/geo/havering-wards-2022.geojson'), 'utf8')) as unknown;

// Builders for the server's MapData JSON, with only what a test changes spelt out.
const ward = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: `Ward ${code}`,
  value: 1,
  shown: '1',
  counts: { children: '1' },
  hotspot: null,
  ...over,
});
const point = (id: string, layer: string, over: Record<string, unknown> = {}) => ({
  id,
  layer,
  lat: 51.57,
  lon: 0.2,
  label: `Place ${id}`,
  type: null,
  typeLabel: null,
  ward: 'A',
  hotspot: null,
  href: `/places/${id}`,
  ...over,
});
const ALL_LAYERS = [
  { key: 'children', label: 'Children at risk' },
  { key: 'perpetrators', label: 'Suspected perpetrators' },
  { key: 'locations', label: 'Places of concern' },
  { key: 'missing_from', label: 'Missing from' },
  { key: 'found_at', label: 'Found at' },
  { key: 'groups', label: 'Groups' },
  { key: 'links', label: 'Links between places' },
];
const json = (over: Record<string, unknown> = {}) => ({
  area: 'Havering',
  countsOnly: false,
  measure: { key: 'children', label: 'Children at risk' },
  layers: ALL_LAYERS,
  wards: [ward('A', { hotspot: 'Missing episodes rose from 2 to 9 against the previous 90 days' }), ward('B', { value: 12, shown: '12' }), ward('C')],
  outsideArea: { shown: '0' },
  points: [
    point('p1', 'locations', { hotspot: 'Five children seen here' }),
    point('p2', 'locations'),
    point('p3', 'perpetrators'),
    point('p4', 'missing_from', { ward: null }),
  ],
  lines: [{ from: [51.57, 0.2], to: [51.58, 0.21], label: 'Place p1 – Place p2', count: 3 }],
  ...over,
});

const read = (over: Record<string, unknown> = {}): MapData => {
  const r = readMapData(json(over));
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const errorOf = (r: { ok: boolean; error?: string }) => (r.ok ? '' : r.error);

describe('readMapData', () => {
  it('reads the contract', () => {
    const d = read();
    expect(d.area).toBe('Havering');
    expect(d.wards).toHaveLength(3);
    expect(d.wards[0]).toEqual({
      code: 'A',
      name: 'Ward A',
      value: 1,
      shown: '1',
      counts: { children: '1' },
      hotspot: 'Missing episodes rose from 2 to 9 against the previous 90 days',
    });
    expect(d.points.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(d.lines[0]).toEqual({ from: [51.57, 0.2], to: [51.58, 0.21], label: 'Place p1 – Place p2', count: 3 });
  });

  it('reads a counts-only response: no points, null values for suppressed wards', () => {
    const d = read({ countsOnly: true, points: [], lines: [], wards: [ward('A', { value: null, shown: '*' }), ward('B', { value: 10, shown: '10' })] });
    expect(d.countsOnly).toBe(true);
    expect(d.wards.map((w) => w.value)).toEqual([null, 10]);
  });

  it.each([
    ['not an object', [], 'the response is not an object'],
    ['no wards', { wards: undefined }, 'wards is not a list'],
    ['a value that is text', { wards: [ward('A', { value: '12' })] }, 'wards[0].value is not a number'],
    ['a ward without a code', { wards: [ward('')] }, 'wards[0].code is empty'],
    ['a ward twice', { wards: [ward('A'), ward('A')] }, 'wards list ward A twice'],
    ['an unknown layer', { layers: [{ key: 'cars', label: 'Cars' }] }, 'layers[0].key is not a layer this map knows ("cars")'],
    ['a layer twice', { layers: [ALL_LAYERS[0], ALL_LAYERS[0]] }, 'layers name a layer twice'],
    ['a count that is a number', { wards: [ward('A', { counts: { children: 3 } })] }, 'wards[0].counts.children is not text'],
    ['a count of an unknown layer', { wards: [ward('A', { counts: { cars: '3' } })] }, 'wards[0].counts key is not a layer this map knows ("cars")'],
    ['a point of the children layer', { points: [point('x', 'children')] }, 'points[0].layer is not a layer of places ("children")'],
    ['a point off the globe', { points: [point('x', 'locations', { lat: 151 })] }, 'points[0] is not at a latitude and longitude'],
    ['a point linking elsewhere', { points: [point('x', 'locations', { href: 'https://example.com/' })] }, 'points[0].href is not a link on this site'],
    ['a protocol-relative link', { points: [point('x', 'locations', { href: '//example.com/' })] }, 'points[0].href is not a link on this site'],
    ['a line with one end', { lines: [{ from: [51.5], to: [51.5, 0.2], label: 'x', count: 1 }] }, 'lines[0].from is not a [latitude, longitude] pair'],
    ['countsOnly missing', { countsOnly: undefined }, 'countsOnly is not true or false'],
    ['no outsideArea', { outsideArea: null }, 'outsideArea is not an object'],
    ['an empty measure label', { measure: { key: 'x', label: ' ' } }, 'measure.label is empty'],
  ])('refuses %s, saying what is wrong', (_name, over, message) => {
    const body = Array.isArray(over) ? over : json(over);
    expect(errorOf(readMapData(body))).toBe(`the map figures are not in the expected form: ${message}`);
  });

  it('refuses what is not JSON data at all', () => {
    expect(readMapData(null).ok).toBe(false);
    expect(readMapData('<html>').ok).toBe(false);
  });

  it('drops points of a layer the user is not offered', () => {
    const d = read({ layers: ALL_LAYERS.filter((l) => l.key !== 'perpetrators') });
    expect(d.points.map((p) => p.layer)).not.toContain('perpetrators');
    expect(d.points).toHaveLength(3);
  });
});

describe('readWardDetail', () => {
  const detail = (over: Record<string, unknown> = {}) => ({
    code: 'E05013971',
    name: 'Gooshays',
    counts: { children: '15', perpetrators: '*' },
    items: [{ layer: 'locations', label: 'Harold Hill shops', href: '/places/1' }],
    countsOnly: false,
    ...over,
  });

  it('reads a ward’s figures', () => {
    const r = readWardDetail(detail());
    expect(r.ok && r.value).toEqual(detail());
  });

  it('refuses malformed figures with the reason', () => {
    expect(errorOf(readWardDetail(detail({ items: [{ layer: 'locations', label: 'x', href: 'javascript:alert(1)' }] })))).toBe(
      'the ward’s figures are not in the expected form: items[0].href is not a link on this site',
    );
    expect(errorOf(readWardDetail(detail({ counts: null })))).toBe('the ward’s figures are not in the expected form: counts is not an object');
  });
});

describe('readWards', () => {
  it('reads the Havering boundary file (ONS property names) as 20 wards', () => {
    const r = readWards(HAVERING);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toHaveLength(20);
    expect(r.value[0]).toMatchObject({ code: 'E05013967', name: 'Beam Park', geometry: { type: 'Polygon' } });
  });

  it('reads { code, name } properties and MultiPolygons', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const r = readWards({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'X', name: 'Ex' }, geometry: { type: 'MultiPolygon', coordinates: [[square]] } }],
    });
    expect(r.ok && r.value[0]?.geometry.type).toBe('MultiPolygon');
  });

  it('refuses a file that is not ward polygons', () => {
    expect(errorOf(readWards({ type: 'Feature' }))).toBe('the ward boundaries are not in the expected form: the response is not a GeoJSON FeatureCollection');
    expect(
      errorOf(
        readWards({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { code: 'X', name: 'X' }, geometry: { type: 'Point', coordinates: [0, 0] } }],
        }),
      ),
    ).toBe('the ward boundaries are not in the expected form: features[0].geometry is a "Point", not a Polygon or MultiPolygon');
    expect(errorOf(readWards({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] }))).toBe(
      'the ward boundaries are not in the expected form: features[0].properties.code is not text',
    );
  });
});

describe('choropleth classes', () => {
  it('makes five quantile classes, lightest lowest, labelled with the values in them', () => {
    const values = [0, 1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 25, 30, 41, 55, 90];
    const classes = choroplethClasses(values);
    expect(classes.map((c) => c.colour)).toEqual([...PALETTE]);
    expect(classes.map((c) => c.label)).toEqual(['0 to 2', '3 to 6', '8 to 12', '15 to 25', '30 to 90']);
    expect(classes.map((c) => c.upper)).toEqual([2, 6, 12, 25, 90]);
    // Each class holds about a fifth of the wards.
    for (const c of classes) expect(values.filter((v) => v >= c.lower && v <= c.upper)).toHaveLength(4);
  });

  it('gives each value its own class when there are five or fewer, spread over the palette', () => {
    const classes = choroplethClasses([10, 20, 20, null, 30]);
    expect(classes.map((c) => c.label)).toEqual(['10', '20', '30']);
    expect(classes.map((c) => c.colour)).toEqual([PALETTE[0], PALETTE[2], PALETTE[4]]);
  });

  it('copes with all wards equal, all suppressed, and ties across the quantiles', () => {
    expect(choroplethClasses([7, 7, 7])).toEqual([{ lower: 7, upper: 7, colour: PALETTE[2], label: '7' }]);
    expect(choroplethClasses([null, null])).toEqual([]);
    expect(choroplethClasses([])).toEqual([]);
    const ties = choroplethClasses([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6]);
    expect(ties.map((c) => c.label)).toEqual(['0', '1 to 3', '4 to 6']);
    expect(new Set(ties.map((c) => c.colour)).size).toBe(3);
  });

  it('labels fractions (rates) without long decimals', () => {
    const classes = choroplethClasses([0.12345, 0.5, 1.5, 2.25, 3.125, 4.75, 9.8]);
    expect(classes.map((c) => c.label)).toEqual(['0.123 to 0.5', '1.5', '2.25 to 3.13', '4.75', '9.8']);
    expect(choroplethClasses([1234.5, 20000])[1]!.label).toBe('20,000');
    expect(choroplethClasses([1234.5])[0]!.label).toBe('1,235');
  });

  it('colours a value by its class, and a suppressed one grey', () => {
    const classes = choroplethClasses([0, 1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 25, 30, 41, 55, 90]);
    expect(colourFor(0, classes)).toBe(PALETTE[0]);
    expect(colourFor(2, classes)).toBe(PALETTE[0]);
    expect(colourFor(7, classes)).toBe(PALETTE[2]); // between classes: the next one up
    expect(colourFor(90, classes)).toBe(PALETTE[4]);
    expect(colourFor(500, classes)).toBe(PALETTE[4]);
    expect(colourFor(null, classes)).toBe(SUPPRESSED_COLOUR);
    expect(colourFor(3, [])).toBe(SUPPRESSED_COLOUR);
  });
});

describe('label points', () => {
  const wards = (() => {
    const r = readWards(HAVERING);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  })();
  const within = (pos: [number, number], g: WardGeometry) => polygonsOf(g).some((p) => inside(pos, p) !== false);

  it.each(wards.map((w) => [w.name, w.geometry] as const))('puts the label of %s inside the ward', (_name, geometry) => {
    const at = labelPoint(geometry);
    expect(within(at, geometry)).toBe(true);
    expect(inGeometry(at, geometry)).toBe(true);
  });

  it('falls back to a point inside when the centroid is outside (a C-shaped ward)', () => {
    const c: WardGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 8],
          [10, 8],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const at = labelPoint(c);
    expect(within(at, c)).toBe(true);
  });

  it('labels a MultiPolygon in its largest part, and keeps out of holes', () => {
    const ring = (x: number, y: number, s: number): [number, number][] => [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ];
    const g: WardGeometry = { type: 'MultiPolygon', coordinates: [[ring(100, 100, 1)], [ring(0, 0, 10), ring(3, 3, 4)]] };
    const at = labelPoint(g);
    expect(at[0]).toBeLessThan(10);
    expect(within(at, g)).toBe(true);
  });

  it('bounds the wards in Leaflet’s [lat, lon] order', () => {
    const b = wardBounds(wards)!;
    expect(b[0][0]).toBeGreaterThan(51.4);
    expect(b[1][0]).toBeLessThan(51.7);
    expect(b[0][1]).toBeGreaterThan(0.1);
    expect(b[1][1]).toBeLessThan(0.4);
    expect(wardBounds([])).toBeNull();
  });
});

describe('layers and points', () => {
  it('starts with every layer on except the links', () => {
    expect([...defaultEnabled(read())]).toEqual(['children', 'perpetrators', 'locations', 'missing_from', 'found_at', 'groups']);
  });

  it('shows the points of the layers switched on', () => {
    const d = read();
    expect(visiblePoints(d, new Set<LayerKey>(['locations'])).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(visiblePoints(d, new Set<LayerKey>(['perpetrators', 'missing_from'])).map((p) => p.id)).toEqual(['p3', 'p4']);
    expect(visiblePoints(d, new Set<LayerKey>())).toEqual([]);
    expect(visibleLines(d, defaultEnabled(d))).toEqual([]);
    expect(visibleLines(d, new Set<LayerKey>(['links']))).toHaveLength(1);
  });

  it('shows no points or lines to a user who sees counts only, whatever arrives', () => {
    const d = { ...read(), countsOnly: true };
    expect(visiblePoints(d, new Set<LayerKey>(POINT_LAYERS))).toEqual([]);
    expect(visibleLines(d, new Set<LayerKey>(['links']))).toEqual([]);
  });

  it('sizes the children-at-risk circles by area, smallest for a suppressed count, none for 0', () => {
    expect(countValue('15')).toBe(15);
    expect(countValue('*')).toBeNull();
    expect(bubbleDiameter('40', 40)).toBe(48);
    expect(bubbleDiameter('10', 40)).toBe(24);
    expect(bubbleDiameter('20', 40)).toBe(34);
    expect(bubbleDiameter('*', 40)).toBe(24);
    expect(bubbleDiameter('0', 40)).toBeNull();
    expect(bubbleDiameter(undefined, 40)).toBeNull();
    expect(maxCount(read().wards, 'children')).toBe(1);
  });
});

describe('the key', () => {
  it('lists the classes, suppressed, the hotspots and each layer’s symbol', () => {
    const d = read({ wards: [ward('A', { value: null, shown: '*' }), ward('B', { value: 12 }), ward('C', { value: 20 })] });
    const key = legend(d, choroplethClasses(d.wards.map((w) => w.value)));
    expect(key.title).toBe('Children at risk');
    expect(key.classes).toEqual([
      { kind: 'class', colour: PALETTE[0], label: '12' },
      { kind: 'class', colour: PALETTE[4], label: '20' },
      { kind: 'suppressed', colour: SUPPRESSED_COLOUR, label: SUPPRESSED_LABEL },
    ]);
    expect(SUPPRESSED_LABEL).toBe('Suppressed (fewer than 8)');
    expect(key.symbols.map((s) => (s.kind === 'point' ? s.layer : s.kind))).toEqual([
      'hotspot-ward',
      'children',
      'perpetrators',
      'locations',
      'missing_from',
      'found_at',
      'groups',
      'links',
      'hotspot-point',
    ]);
  });

  it('leaves out suppressed when nothing is, and places for a counts-only user', () => {
    const full = read();
    expect(legend(full, choroplethClasses(full.wards.map((w) => w.value))).classes.map((c) => c.kind)).not.toContain('suppressed');
    const counts = read({ countsOnly: true, points: [], lines: [], layers: ALL_LAYERS.filter((l) => l.key === 'children') });
    const key = legend(counts, choroplethClasses(counts.wards.map((w) => w.value)));
    expect(key.classes.map((c) => c.kind)).toContain('suppressed');
    expect(key.symbols.map((s) => s.kind)).toEqual(['hotspot-ward', 'children']);
  });
});

describe('words', () => {
  it('summarises the map in one line', () => {
    const d = read();
    expect(summaryText(d, defaultEnabled(d))).toBe('3 wards; 1 hotspot ward; 4 places');
    expect(summaryText(d, new Set<LayerKey>(['locations', 'links']))).toBe('3 wards; 1 hotspot ward; 2 of 4 places shown; 1 link between places');
    expect(summaryText(read({ outsideArea: { shown: '5' } }), defaultEnabled(d))).toBe('3 wards; 1 hotspot ward; 4 places; 5 outside Havering, not on the map');
    const counts = read({ countsOnly: true, points: [], lines: [] });
    expect(summaryText(counts, defaultEnabled(counts))).toBe('3 wards; 1 hotspot ward; counts only, no places shown');
  });

  it('lists the wards by name for the keyboard, hotspots marked', () => {
    const d = read({ wards: [ward('Z', { name: 'Upminster' }), ward('Y', { name: 'Cranham', hotspot: 'Rising' }), ward('X', { name: 'Elm Park' })] });
    expect(wardChoices(d)).toEqual([
      { code: 'Y', label: 'Cranham (hotspot)' },
      { code: 'X', label: 'Elm Park' },
      { code: 'Z', label: 'Upminster' },
    ]);
  });

  it('finds a ward’s own figures beside the map’s, with the same period and measure', () => {
    expect(wardUrls('/map/data.json?from=2025-01-01&to=2025-03-31&measure=children', 'E05013971', 'http://lantern.test/map')).toEqual({
      json: '/map/wards/E05013971.json?from=2025-01-01&to=2025-03-31&measure=children',
      page: '/map/wards/E05013971?from=2025-01-01&to=2025-03-31&measure=children',
    });
    expect(wardUrls('/map/data.json', 'A/B', 'http://lantern.test/map').json).toBe('/map/wards/A%2FB.json');
  });

  it('escapes the credit for Leaflet’s attribution (which sets innerHTML)', () => {
    expect(escapeHtml('Contains OS data © Crown copyright & <b>"x"</b>')).toBe('Contains OS data © Crown copyright &#38; &#60;b&#62;&#34;x&#34;&#60;/b&#62;');
  });

  it('takes a tile URL template only when it is one', () => {
    expect(tileTemplate('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080/{z}/{x}/{y}.png');
    expect(tileTemplate('')).toBeNull();
    expect(tileTemplate(undefined)).toBeNull();
    expect(tileTemplate('javascript:alert(1)//{z}{x}{y}')).toBeNull();
    expect(tileTemplate('http://tiles.test/map.png')).toBeNull();
  });
});

describe('ward map style', () => {
  it('gives every place layer its own shape and colour', () => {
    expect(new Set(POINT_LAYERS.map((k) => POINT_STYLES[k].shape)).size).toBe(POINT_LAYERS.length);
    expect(new Set(POINT_LAYERS.map((k) => POINT_STYLES[k].colour)).size).toBe(POINT_LAYERS.length);
  });

  it('uses a sequential palette that gets darker class by class, and a suppressed grey that is none of it', () => {
    for (let i = 1; i < PALETTE.length; i++) expect(contrast(PALETTE[i]!, '#ffffff')).toBeGreaterThan(contrast(PALETTE[i - 1]!, '#ffffff'));
    expect(contrast(PALETTE[0], PALETTE[4])).toBeGreaterThan(7);
    expect(PALETTE).not.toContain(SUPPRESSED_COLOUR);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(SUPPRESSED_COLOUR.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(24);
  });

  it('draws outlines and hotspot marks that can be seen on the light classes (WCAG 1.4.11: 3:1)', () => {
    for (const c of [WARD_OUTLINE.colour, HOTSPOT_COLOUR]) expect(contrast(c, PALETTE[0])).toBeGreaterThanOrEqual(3);
  });

  it('draws each shape as a closed path around its centre', () => {
    for (const k of POINT_LAYERS) expect(shapePath(POINT_STYLES[k].shape, 10, 10, 7)).toMatch(/^M[-\d.,]+[La].*Z$/);
    expect(shapePath('square', 0, 0, 2)).toBe('M-1.8,-1.8L1.8,-1.8L1.8,1.8L-1.8,1.8Z');
  });
});

describe('layer labels', () => {
  it('uses the server’s label, or a plain one for a layer it did not offer', () => {
    const d = read({ layers: [{ key: 'children', label: 'Children (home ward)' }] });
    expect(layerLabel(d, 'children')).toBe('Children (home ward)');
    expect(layerLabel(d, 'missing_from')).toBe('Missing from');
  });
});
