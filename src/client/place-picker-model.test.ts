import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../core/geo/place.ts';
import { loadWards } from '../core/geo/wards.ts';
import { clickedPoint, formatCoordinate, formatLatLon, parseLatLon, placedText, wardAt } from './place-picker-model.ts';
import { readWards, type WardShape } from './ward-map-model.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const HAVERING_TEXT = fs.readFileSync(path.resolve(here, '../../assets/geo/havering-wards-2022.geojson'), 'utf8');
// What the server sends from /map/wards.geojson: its own ward set's FeatureCollection ({ code, name }, by name).
const SERVER = loadWards(HAVERING_TEXT);
const read = readWards(JSON.parse(JSON.stringify(SERVER.featureCollection())));
if (!read.ok) throw new Error(read.error);
const SHAPES: WardShape[] = read.value;

const square = (code: string, name: string, [x0, y0, x1, y1]: [number, number, number, number]): WardShape => ({
  code,
  name,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

describe('parseLatLon', () => {
  it('reads latitude then longitude, with a comma or spaces', () => {
    expect(parseLatLon('51.5755, 0.1823')).toEqual({ lat: 51.5755, lon: 0.1823 });
    expect(parseLatLon('  51.5755 0.1823 ')).toEqual({ lat: 51.5755, lon: 0.1823 });
    expect(parseLatLon('51.5755,-0.1823')).toEqual({ lat: 51.5755, lon: -0.1823 });
    expect(parseLatLon('-33.9 , +151.2')).toEqual({ lat: -33.9, lon: 151.2 });
    expect(parseLatLon('.5 1.')).toEqual({ lat: 0.5, lon: 1 });
  });

  it('refuses anything the server would refuse', () => {
    for (const text of ['', '51.5755', '51.5755,', '51.5755, 0.1823, 3', 'abc', '51,5755 0,1823', '91, 0', '0, 181', '51.5755; 0.1823', '1e1 2'])
      expect(parseLatLon(text), text).toBeNull();
  });

  it('agrees with the server’s parseCoordinates on what it accepts and what it reads', () => {
    const cases = [
      '51.5755, 0.1823',
      '51.5755 0.1823',
      '51.5755,0.1823',
      '51.5755 ,  0.1823',
      '-90, -180',
      '90 180',
      '90.0001, 0',
      '0, 180.0001',
      '0.1823, 51.5755',
      '51.5755\t0.1823',
      '51.5755',
      'fifty one',
      ' 51.57550, 0.18230 ',
      '+51.5 -.2',
      '51.5755 , ',
      '51.5755 - 0.1823',
    ];
    for (const text of cases) {
      let server: { lat: number; lon: number } | null;
      try {
        server = parseCoordinates(text);
      } catch {
        server = null;
      }
      expect(parseLatLon(text), text).toEqual(server);
    }
  });
});

describe('formatting a point', () => {
  it('writes five decimal places, latitude first, which the server reads back', () => {
    expect(formatLatLon({ lat: 51.5755, lon: 0.1823 })).toBe('51.57550, 0.18230');
    expect(formatLatLon({ lat: 51.123456789, lon: -0.987654321 })).toBe('51.12346, -0.98765');
    expect(parseCoordinates(formatLatLon({ lat: 51.123456789, lon: -0.987654321 }))).toEqual({ lat: 51.12346, lon: -0.98765 });
  });

  it('never writes minus zero', () => {
    expect(formatCoordinate(-0.000001)).toBe('0.00000');
    expect(formatCoordinate(-0)).toBe('0.00000');
  });

  it('brings a click on a repeated world back into range, rounded as written', () => {
    expect(clickedPoint(51.575512345, 0.182312345)).toEqual({ lat: 51.57551, lon: 0.18231 });
    expect(clickedPoint(51.5, 360.25)).toEqual({ lat: 51.5, lon: 0.25 });
    expect(clickedPoint(51.5, -359.75)).toEqual({ lat: 51.5, lon: 0.25 });
    expect(clickedPoint(95, 190)).toEqual({ lat: 90, lon: -170 });
  });
});

describe('wardAt', () => {
  it('finds the ward that holds a point, as the server does', () => {
    const ward = wardAt(SHAPES, { lat: 51.5755, lon: 0.1823 });
    expect(ward?.code).toBe(SERVER.locate(0.1823, 51.5755));
    expect(ward).not.toBeNull();
    // Across a grid over the borough and around it (points in, out and near boundaries).
    const [w, s, e, n] = SERVER.bbox;
    let inside = 0;
    for (let i = -2; i <= 42; i++)
      for (let j = -2; j <= 42; j++) {
        const lon = w + ((e - w) * i) / 40;
        const lat = s + ((n - s) * j) / 40;
        const code = wardAt(SHAPES, { lat, lon })?.code ?? null;
        expect(code, `${lat}, ${lon}`).toBe(SERVER.locate(lon, lat));
        if (code) inside++;
      }
    expect(inside).toBeGreaterThan(500);
  });

  it('gives a point on a shared edge to the first ward with it on its edge, after any that holds it inside', () => {
    const a = square('A', 'Alpha', [0, 0, 1, 1]);
    const b = square('B', 'Beta', [1, 0, 2, 1]);
    expect(wardAt([a, b], { lat: 0.5, lon: 1 })?.code).toBe('A');
    expect(wardAt([b, a], { lat: 0.5, lon: 1 })?.code).toBe('B');
    expect(wardAt([a, b], { lat: 0.5, lon: 1.5 })?.code).toBe('B');
    expect(wardAt([a, b], { lat: 5, lon: 5 })).toBeNull();
  });

  it('skips a ring that is not closed rather than failing', () => {
    const open: WardShape = {
      code: 'X',
      name: 'Open',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
    };
    expect(() => wardAt([open], { lat: 0.5, lon: 0.5 })).not.toThrow();
  });

  it('reads holes and MultiPolygons', () => {
    const donut: WardShape = {
      code: 'D',
      name: 'Donut',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [4, 0],
              [4, 4],
              [0, 4],
              [0, 0],
            ],
            [
              [1, 1],
              [3, 1],
              [3, 3],
              [1, 3],
              [1, 1],
            ],
          ],
          [
            [
              [10, 10],
              [11, 10],
              [11, 11],
              [10, 11],
              [10, 10],
            ],
          ],
        ],
      },
    };
    expect(wardAt([donut], { lat: 0.5, lon: 0.5 })?.code).toBe('D');
    expect(wardAt([donut], { lat: 2, lon: 2 })).toBeNull();
    expect(wardAt([donut], { lat: 10.5, lon: 10.5 })?.code).toBe('D');
  });
});

describe('placedText', () => {
  it('names the ward', () => {
    const p = { lat: 51.5755, lon: 0.1823 };
    const name = SERVER.byCode(SERVER.locate(p.lon, p.lat)!)!.name;
    expect(placedText(SHAPES, p)).toBe(`Placed at 51.57550, 0.18230 in ${name} ward`);
  });

  it('says when the point is outside the wards', () => {
    expect(placedText(SHAPES, { lat: 52.2053, lon: 0.1218 })).toBe('Placed at 52.20530, 0.12180, outside the wards shown');
  });

  it('says so when the numbers the other way round would be in a ward', () => {
    const name = SERVER.byCode(SERVER.locate(0.1823, 51.5755)!)!.name;
    expect(placedText(SHAPES, { lat: 0.1823, lon: 51.5755 })).toBe(
      `Placed at 0.18230, 51.57550, outside the wards shown. Latitude comes first: 51.57550, 0.18230 would be in ${name} ward.`,
    );
  });
});
