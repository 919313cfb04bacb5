// Ward boundaries from an ONS ward GeoJSON file (any year: WD22CD/WD22NM, WD24CD/WD24NM ...), in WGS84 lon/lat.
// Pure: the caller reads the file and passes its text in. Runs in Node and in the browser.
import pointInPolygon from 'point-in-polygon-hao';
import { ValidationError } from '../errors.ts';

export type Position = [lon: number, lat: number];
export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

// GeoJSON (RFC 7946) polygon geometry: rings of closed positions, the first ring outer, the rest holes.
export type WardGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface Ward {
  code: string;
  name: string;
  bbox: Bbox;
  /** An interior label point, always inside the ward (tested). */
  centroid: Position;
  geometry: WardGeometry;
}

export interface WardFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name: string }; geometry: WardGeometry }[];
}

export interface WardSet {
  /** The local authority's name from the file (LAD22NM ...), or 'the configured area'. */
  areaName: string;
  /** The boundary year from the code property: '2022' for WD22CD; null if it has no two digits. */
  year: string | null;
  /** Sorted by name. */
  wards: readonly Ward[];
  bbox: Bbox;
  /** The code of the ward that holds the point, or null when it is outside the area. */
  locate(lon: number, lat: number): string | null;
  byCode(code: string): Ward | undefined;
  /** Only code, name and geometry for each ward: what the browser map needs. */
  featureCollection(): WardFeatureCollection;
  /** A short stable hash of the codes and geometry (8 hex digits): changes when the boundaries do. */
  fingerprint: string;
}

export const DEFAULT_AREA_NAME = 'the configured area';

const CODE_KEY = /^WD(\d{2})CD$/i;
const NAME_KEY = /^WD\d{2}NM$/i;
const LAD_NAME_KEY = /^LAD\d{2}NM$/i;

type Polygon = Position[][];
interface Part {
  bbox: Bbox;
  rings: Polygon;
}
interface Compiled {
  code: string;
  bbox: Bbox;
  parts: Part[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const bboxOf = (positions: Iterable<Position>): Bbox => {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
};

const unionBbox = (boxes: Bbox[]): Bbox =>
  boxes.reduce<Bbox>(
    (u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );

const inBbox = (b: Bbox, x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** Whether the point is inside the ward or on its boundary. */
export function pointInWard(ward: Pick<Ward, 'bbox' | 'geometry'>, lon: number, lat: number): boolean {
  if (!inBbox(ward.bbox, lon, lat)) return false;
  const polygons = ward.geometry.type === 'Polygon' ? [ward.geometry.coordinates] : ward.geometry.coordinates;
  return polygons.some((rings) => pointInPolygon([lon, lat], rings) !== false);
}

// ---- reading and checking the file ----

function fail(source: string | undefined, message: string): never {
  const text = source ? `${source}: ${message}` : message;
  throw new ValidationError({ wards: text }, text);
}

function readPosition(value: unknown, where: () => string, source?: string): Position {
  if (!Array.isArray(value) || value.length < 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number')
    fail(source, `${where()} is not a [longitude, latitude] pair of numbers`);
  const [lon, lat] = value as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) fail(source, `${where()} is not a pair of finite numbers`);
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
    fail(
      source,
      `${where()} [${lon}, ${lat}] is not longitude/latitude in degrees (longitude -180 to 180, latitude -90 to 90): ` +
        'the file may be in British National Grid; export it as WGS84 (EPSG:4326)',
    );
  return [lon, lat];
}

function readPolygon(value: unknown, label: string, source?: string): Polygon {
  if (!Array.isArray(value) || value.length === 0) fail(source, `${label} has no rings`);
  return value.map((ringValue: unknown, r) => {
    const ringLabel = `${label} ring ${r + 1}`;
    if (!Array.isArray(ringValue)) fail(source, `${ringLabel} is not a list of positions`);
    const ring = ringValue.map((p: unknown, i) => readPosition(p, () => `${ringLabel} position ${i + 1}`, source));
    const first = ring[0];
    const last = ring[ring.length - 1];
    // RFC 7946 rings are closed; close an open one rather than reject a file for it (point-in-polygon-hao needs it).
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
    if (new Set(ring.map(([x, y]) => `${x},${y}`)).size < 3) fail(source, `${ringLabel} has fewer than 3 distinct corners`);
    return ring;
  });
}

function readGeometry(value: unknown, label: string, source?: string): WardGeometry {
  if (!isRecord(value)) fail(source, `${label} has no geometry`);
  const { type, coordinates } = value;
  if (type === 'Polygon') return { type, coordinates: readPolygon(coordinates, `${label} polygon`, source) };
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) fail(source, `${label} is a MultiPolygon with no polygons`);
    return { type, coordinates: coordinates.map((p: unknown, i) => readPolygon(p, `${label} polygon ${i + 1}`, source)) };
  }
  fail(source, `${label} is a ${typeof type === 'string' ? type : 'geometry of no type'}: ward boundaries must be Polygon or MultiPolygon`);
}

const findKey = (props: Record<string, unknown>, pattern: RegExp): string | undefined => Object.keys(props).find((k) => pattern.test(k));

const textProperty = (props: Record<string, unknown>, key: string | undefined): string => {
  const v = key === undefined ? undefined : props[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
};

// ---- label point ----

// Area and area-weighted centroid of a ring (shoelace), taken relative to its first corner for precision.
function ringMoments(ring: Position[]): { area: number; cx: number; cy: number } {
  const [ox, oy] = ring[0]!;
  let a2 = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const ax = x0 - ox;
    const ay = y0 - oy;
    const bx = x1 - ox;
    const by = y1 - oy;
    const cross = ax * by - bx * ay;
    a2 += cross;
    sx += (ax + bx) * cross;
    sy += (ay + by) * cross;
  }
  const area = Math.abs(a2) / 2;
  return a2 === 0 ? { area: 0, cx: ox, cy: oy } : { area, cx: ox + sx / (3 * a2), cy: oy + sy / (3 * a2) };
}

// A polygon's net area (outer ring less holes) and the centroid of that area.
function polygonMoments(rings: Polygon): { area: number; centroid: Position } {
  let area = 0;
  let mx = 0;
  let my = 0;
  rings.forEach((ring, i) => {
    const m = ringMoments(ring);
    const sign = i === 0 ? 1 : -1;
    area += sign * m.area;
    mx += sign * m.area * m.cx;
    my += sign * m.area * m.cy;
  });
  return area > 0 ? { area, centroid: [mx / area, my / area] } : { area: 0, centroid: rings[0]![0]! };
}

// The midpoint of the widest span of the polygon along the horizontal line at latitude y (even-odd rule, half-open edges).
function widestSpanMidpoint(rings: Polygon, y: number): Position | null {
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      if (y0 > y !== y1 > y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) {
      width = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

// A point for the ward's label that is inside it: the area-weighted centroid of its largest polygon, or, when that falls
// outside (a crescent or a ring-shaped ward), the midpoint of the widest horizontal span through the bbox middle, then
// through other heights.
export function labelPoint(geometry: WardGeometry): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let best = polygonMoments(largest);
  for (const rings of polygons.slice(1)) {
    const m = polygonMoments(rings);
    if (m.area > best.area) {
      largest = rings;
      best = m;
    }
  }
  const strictlyInside = (p: Position) => pointInPolygon(p, largest) === true;
  if (strictlyInside(best.centroid)) return best.centroid;
  const [, minY, , maxY] = bboxOf(largest[0]!);
  const steps = 32;
  // Heights from the middle outwards: 1/2, then 1/2 -+ 1/32, ...
  for (let k = 0; k < steps; k++) {
    const offset = (Math.ceil(k / 2) * (k % 2 ? -1 : 1)) / steps;
    const p = widestSpanMidpoint(largest, minY + (maxY - minY) * (0.5 + offset));
    if (p && strictlyInside(p)) return p;
  }
  return best.centroid;
}

// ---- fingerprint ----

// FNV-1a (32-bit) over UTF-16 code units: small, stable and the same in every JavaScript engine (no node:crypto in core).
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// ---- loading ----

/**
 * Read an ONS ward boundary FeatureCollection. `source` (a file name) prefixes every error message.
 * Throws ValidationError ({ wards: message }) naming the feature (features[i], counting from 0) and what is wrong.
 */
export function loadWards(text: string, source?: string): WardSet {
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch {
    fail(source, 'is not valid JSON: expected a GeoJSON FeatureCollection of ward boundaries');
  }
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
    fail(source, 'is not a GeoJSON FeatureCollection (expected "type": "FeatureCollection" and a "features" list)');
  const features: unknown[] = doc.features;
  if (features.length === 0) fail(source, 'has no features: expected one ward boundary per feature');

  const wards: Ward[] = [];
  const seen = new Map<string, number>();
  const areaNames = new Set<string>();
  let year: string | null | undefined;
  features.forEach((feature, i) => {
    const label = `features[${i}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') fail(source, `${label} is not a GeoJSON Feature`);
    const props = isRecord(feature.properties) ? feature.properties : {};
    const codeKey = findKey(props, CODE_KEY);
    const code = textProperty(props, codeKey);
    if (!code) fail(source, `${label} has no ward code (expected a property like WD22CD)`);
    const name = textProperty(props, findKey(props, NAME_KEY));
    if (!name) fail(source, `${label} (${code}) has no ward name (expected a property like WD22NM)`);
    const first = seen.get(code);
    if (first !== undefined) fail(source, `${label} (${name}) has the ward code ${code}, which features[${first}] already has`);
    seen.set(code, i);
    year ??= codeKey ? `20${CODE_KEY.exec(codeKey)![1]!}` : null;
    const lad = textProperty(props, findKey(props, LAD_NAME_KEY));
    areaNames.add(lad || DEFAULT_AREA_NAME);

    const geometry = readGeometry(feature.geometry, `${label} (${name})`, source);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.every((rings) => polygonMoments(rings).area === 0)) fail(source, `${label} (${name}) has a boundary that encloses no area`);
    const bbox = bboxOf(polygons.flatMap((rings) => rings[0]!));
    wards.push({ code, name, bbox, centroid: labelPoint(geometry), geometry });
  });

  wards.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
  const byCode = new Map(wards.map((w) => [w.code, w]));
  const compiled: Compiled[] = wards.map((w) => ({
    code: w.code,
    bbox: w.bbox,
    parts: (w.geometry.type === 'Polygon' ? [w.geometry.coordinates] : w.geometry.coordinates).map((rings) => ({ bbox: bboxOf(rings[0]!), rings })),
  }));
  const bbox = unionBbox(wards.map((w) => w.bbox));

  const fingerprintText = [...wards]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((w) => `${w.code}:${JSON.stringify(w.geometry.coordinates)}`)
    .join('\n');
  const fingerprint = fnv1a(fingerprintText).toString(16).padStart(8, '0');

  return {
    areaName: areaNames.size === 1 ? [...areaNames][0]! : DEFAULT_AREA_NAME,
    year: year ?? null,
    wards,
    bbox,
    locate(lon, lat) {
      if (!inBbox(bbox, lon, lat)) return null;
      // A point on a shared boundary belongs to the first ward (by name) that has it on its edge, after any ward that
      // holds it strictly inside.
      let edge: string | null = null;
      for (const w of compiled) {
        if (!inBbox(w.bbox, lon, lat)) continue;
        for (const part of w.parts) {
          if (!inBbox(part.bbox, lon, lat)) continue;
          const r = pointInPolygon([lon, lat], part.rings);
          if (r === true) return w.code;
          if (r === 0) edge ??= w.code;
        }
      }
      return edge;
    },
    byCode: (code) => byCode.get(code),
    featureCollection: () => ({
      type: 'FeatureCollection',
      features: wards.map((w) => ({ type: 'Feature', properties: { code: w.code, name: w.name }, geometry: w.geometry })),
    }),
    fingerprint,
  };
}
