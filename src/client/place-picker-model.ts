// The place picker's pure parts (issue 6): reading typed coordinates, writing a map click as text, and which ward holds
// a point. No DOM and no Leaflet here, so it is tested in the unit project; place-picker.ts draws the map. The ward
// boundaries are read with the ward map's readWards (ward-map-model.ts).
import pointInPolygon from 'point-in-polygon-hao';
import { polygonsOf, type WardShape } from './ward-map-model.ts';

export type LatLon = { lat: number; lon: number };

// The server's grammar (parseCoordinates in src/core/geo/place.ts, which is not imported: its module brings the postcode
// lookup's CSV parser into the bundle). The unit tests check that the two agree.
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const COORDINATES = new RegExp(String.raw`^(${NUMBER})\s*(?:,\s*|\s+)(${NUMBER})$`);

/** Typed coordinates, latitude then longitude ("51.5755, 0.1823" or "51.5755 0.1823"), or null when the server would refuse them. */
export function parseLatLon(text: string): LatLon | null {
  const m = COORDINATES.exec(text.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return { lat, lon };
}

/** A coordinate to 5 decimal places (about a metre), never "-0.00000". */
export function formatCoordinate(n: number): string {
  const r = Math.round(n * 1e5) / 1e5;
  return (r === 0 ? 0 : r).toFixed(5);
}

/** What a map click writes into the input: "51.57550, 0.18230". */
export const formatLatLon = (p: LatLon): string => `${formatCoordinate(p.lat)}, ${formatCoordinate(p.lon)}`;

/** The point a map click stands for: rounded as written, longitude brought into -180..180 (the map repeats the world) and latitude into -90..90. */
export function clickedPoint(lat: number, lon: number): LatLon {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return { lat: Number(formatCoordinate(Math.max(-90, Math.min(90, lat)))), lon: Number(formatCoordinate(wrapped)) };
}

/**
 * The ward that holds the point, by the server's rule (WardSet.locate in src/core/geo/wards.ts): a ward that holds it
 * strictly inside, or else the first (in the order given: the server sends them by name) with it on its edge.
 */
export function wardAt(shapes: readonly WardShape[], p: LatLon): WardShape | null {
  let edge: WardShape | null = null;
  for (const shape of shapes) {
    for (const rings of polygonsOf(shape.geometry)) {
      let r: boolean | 0;
      try {
        r = pointInPolygon([p.lon, p.lat], rings);
      } catch {
        continue; // a ring that is not closed (the server closes them; a hand-made file may not)
      }
      if (r === true) return shape;
      if (r === 0) edge ??= shape;
    }
  }
  return edge;
}

export const PROMPT = 'Click the map to place it, or type the coordinates above.';

/**
 * The line under the map once a point is placed: "Placed at 51.57550, 0.18230 in St Edward's ward", or outside the
 * wards, with a word when the numbers the other way round would be in a ward (longitude typed first).
 */
export function placedText(shapes: readonly WardShape[], p: LatLon): string {
  const at = `Placed at ${formatLatLon(p)}`;
  const ward = wardAt(shapes, p);
  if (ward) return `${at} in ${ward.name} ward`;
  const swapped = Math.abs(p.lon) <= 90 ? wardAt(shapes, { lat: p.lon, lon: p.lat }) : null;
  if (swapped) return `${at}, outside the wards shown. Latitude comes first: ${formatLatLon({ lat: p.lon, lon: p.lat })} would be in ${swapped.name} ward.`;
  return `${at}, outside the wards shown`;
}
