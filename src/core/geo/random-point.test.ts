import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../network/random.ts';
import { randomPointInWard } from './random-point.ts';
import { loadWards, pointInWard } from './wards.ts';

const wards = loadWards(readFileSync(new URL('../../../assets/geo/havering-wards-2022.geojson', import.meta.url), 'utf8'));

// Seeded, so that each run draws the same points.
const seeded = seededRandom;

describe('randomPointInWard', () => {
  it('draws points inside the ward, in every ward', () => {
    const rand = seeded(1);
    for (const w of wards.wards)
      for (let i = 0; i < 50; i++) {
        const [lon, lat] = randomPointInWard(w, rand);
        expect(wards.locate(lon, lat), w.name).toBe(w.code);
      }
  });

  it('spreads the points over the ward rather than piling them up', () => {
    const upminster = wards.wards.find((w) => w.name === 'Upminster')!;
    const rand = seeded(2);
    const points = Array.from({ length: 200 }, () => randomPointInWard(upminster, rand));
    expect(new Set(points.map(([x, y]) => `${x},${y}`)).size).toBe(200);
    const lons = points.map(([x]) => x);
    const [minLon, , maxLon] = upminster.bbox;
    // Points reach both the western and the eastern quarter of the ward's bbox.
    expect(Math.min(...lons)).toBeLessThan(minLon + (maxLon - minLon) / 4);
    expect(Math.max(...lons)).toBeGreaterThan(maxLon - (maxLon - minLon) / 4);
  });

  it('is repeatable with the same seed', () => {
    const w = wards.wards[0]!;
    const a = seeded(42);
    const b = seeded(42);
    expect(Array.from({ length: 5 }, () => randomPointInWard(w, a))).toEqual(Array.from({ length: 5 }, () => randomPointInWard(w, b)));
  });

  it('falls back to the label point when every draw misses', () => {
    // A triangle: the bbox corner (1, 1) that a generator stuck near 1 keeps drawing is outside it.
    const triangle = loadWards(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { WD22CD: 'E05000001', WD22NM: 'Triangle' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 51],
                  [1, 51],
                  [0, 52],
                  [0, 51],
                ],
              ],
            },
          },
        ],
      }),
    ).wards[0]!;
    const point = randomPointInWard(triangle, () => 0.999);
    expect(point).toEqual(triangle.centroid);
    expect(pointInWard(triangle, point[0], point[1])).toBe(true);
  });
});
