// The ward map's pure parts (issue 6): reading the map's JSON and the ward boundaries, the choropleth classes, where a
// ward's label goes, the key, and which points the switches leave on. No DOM and no Leaflet here, so it is tested in
// the unit project; ward-map.ts draws the result with Leaflet.
//
// The JSON's types come from core/places/layers.ts, shared with the server, and are checked at the boundary: a
// response that does not match is refused with the reason, not drawn.

import type { MapLine, MapPoint, MapWard } from '../core/places/layers.ts';
import { PALETTE, SUPPRESSED_COLOUR } from './ward-map-style.ts';

export const LAYER_KEYS = ['children', 'perpetrators', 'locations', 'missing_from', 'found_at', 'groups', 'links'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** The layers drawn as points at places (the others: children as a figure per ward, links as lines). */
export const POINT_LAYERS = ['locations', 'perpetrators', 'missing_from', 'found_at', 'groups'] as const;
export type PointLayer = (typeof POINT_LAYERS)[number];

/** What each layer is called when the server names a count without offering its layer (the server's label wins). */
const LAYER_NAMES: Readonly<Record<LayerKey, string>> = {
  children: 'Children at risk',
  perpetrators: 'Suspected perpetrators',
  locations: 'Places of concern',
  missing_from: 'Missing from',
  found_at: 'Found at',
  groups: 'Groups',
  links: 'Links between places',
};
export const layerLabel = (data: Pick<MapData, 'layers'>, key: LayerKey): string => data.layers.find((l) => l.key === key)?.label ?? LAYER_NAMES[key];

/** Below this many, a count is published as '*' (and the ward's value is null) for users who see counts only. */
export const SUPPRESSION_THRESHOLD = 8;
export const SUPPRESSED_LABEL = `Suppressed (fewer than ${SUPPRESSION_THRESHOLD})`;

export type { MapLine, MapPoint, MapWard };

export type MapData = {
  area: string;
  countsOnly: boolean;
  measure: { key: string; label: string };
  layers: { key: LayerKey; label: string }[];
  wards: MapWard[];
  outsideArea: { shown: string };
  points: MapPoint[];
  lines: MapLine[];
};

export type WardDetail = {
  code: string;
  name: string;
  counts: Partial<Record<LayerKey, string>>;
  items: { layer: LayerKey; label: string; href: string | null }[];
  countsOnly: boolean;
};

/** GeoJSON positions are [lon, lat]. */
export type Position = [number, number];
export type Ring = Position[];
export type WardGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type WardShape = { code: string; name: string; geometry: WardGeometry };

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------------------------------
// Reading the JSON

class Malformed extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (at: string, what: string): never => {
  throw new Malformed(`${at} ${what}`);
};
const isLayerKey = (v: unknown): v is LayerKey => (LAYER_KEYS as readonly unknown[]).includes(v);
const isPointLayer = (v: unknown): v is PointLayer => (POINT_LAYERS as readonly unknown[]).includes(v);

function object(v: unknown, at: string): Record<string, unknown> {
  return isRecord(v) ? v : fail(at, 'is not an object');
}
function array(v: unknown, at: string): unknown[] {
  return Array.isArray(v) ? (v as unknown[]) : fail(at, 'is not a list');
}
function string(v: unknown, at: string, nonEmpty = false): string {
  if (typeof v !== 'string') return fail(at, 'is not text');
  return nonEmpty && !v.trim() ? fail(at, 'is empty') : v;
}
function stringOrNull(v: unknown, at: string): string | null {
  return v === null ? null : string(v, at);
}
function number(v: unknown, at: string): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'is not a number');
}
function boolean(v: unknown, at: string): boolean {
  return typeof v === 'boolean' ? v : fail(at, 'is not true or false');
}
function layerKey(v: unknown, at: string): LayerKey {
  return isLayerKey(v) ? v : fail(at, `is not a layer this map knows (${JSON.stringify(v)})`);
}
/** A link must stay on this site: a path from the root, not "//elsewhere" or a scheme. */
function localHref(v: unknown, at: string): string | null {
  const href = stringOrNull(v, at);
  if (href === null) return null;
  return /^\/(?![/\\])/.test(href) ? href : fail(at, 'is not a link on this site');
}
function latLon(v: unknown, at: string): [number, number] {
  const pair = array(v, at);
  if (pair.length !== 2) fail(at, 'is not a [latitude, longitude] pair');
  const lat = number(pair[0], `${at}[0]`);
  const lon = number(pair[1], `${at}[1]`);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(at, 'is not a latitude and longitude');
  return [lat, lon];
}
function counts(v: unknown, at: string): Partial<Record<LayerKey, string>> {
  const out: Partial<Record<LayerKey, string>> = {};
  for (const [k, c] of Object.entries(object(v, at))) out[layerKey(k, `${at} key`)] = string(c, `${at}.${k}`);
  return out;
}

function readWard(v: unknown, at: string): MapWard {
  const w = object(v, at);
  return {
    code: string(w['code'], `${at}.code`, true),
    name: string(w['name'], `${at}.name`),
    value: w['value'] === null ? null : number(w['value'], `${at}.value`),
    shown: string(w['shown'], `${at}.shown`),
    counts: counts(w['counts'], `${at}.counts`),
    hotspot: stringOrNull(w['hotspot'], `${at}.hotspot`),
  };
}

function readPoint(v: unknown, at: string): MapPoint {
  const p = object(v, at);
  const layer = p['layer'];
  if (!isPointLayer(layer)) return fail(`${at}.layer`, `is not a layer of places (${JSON.stringify(layer)})`);
  const lat = number(p['lat'], `${at}.lat`);
  const lon = number(p['lon'], `${at}.lon`);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(at, 'is not at a latitude and longitude');
  return {
    id: string(p['id'], `${at}.id`, true),
    layer,
    lat,
    lon,
    label: string(p['label'], `${at}.label`),
    type: stringOrNull(p['type'], `${at}.type`),
    typeLabel: stringOrNull(p['typeLabel'], `${at}.typeLabel`),
    ward: stringOrNull(p['ward'], `${at}.ward`),
    hotspot: stringOrNull(p['hotspot'], `${at}.hotspot`),
    href: localHref(p['href'], `${at}.href`),
  };
}

function readLine(v: unknown, at: string): MapLine {
  const l = object(v, at);
  return {
    from: latLon(l['from'], `${at}.from`),
    to: latLon(l['to'], `${at}.to`),
    label: string(l['label'], `${at}.label`),
    count: number(l['count'], `${at}.count`),
  };
}

function attempt<T>(what: string, read: () => T): Read<T> {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, error: `${what}: ${e.message}` };
    throw e;
  }
}

/**
 * The map's figures from GET data-src, or the first thing wrong with them. Points of a layer the user is not offered
 * (not in `layers`) are dropped; a ward listed twice is refused.
 */
export function readMapData(json: unknown): Read<MapData> {
  return attempt('the map figures are not in the expected form', () => {
    const d = object(json, 'the response');
    const measure = object(d['measure'], 'measure');
    const layers = array(d['layers'], 'layers').map((v, i) => {
      const l = object(v, `layers[${i}]`);
      return { key: layerKey(l['key'], `layers[${i}].key`), label: string(l['label'], `layers[${i}].label`, true) };
    });
    const offered = new Set(layers.map((l) => l.key));
    if (offered.size !== layers.length) fail('layers', 'name a layer twice');
    const wards = array(d['wards'], 'wards').map((v, i) => readWard(v, `wards[${i}]`));
    const codes = new Set<string>();
    for (const w of wards) {
      if (codes.has(w.code)) fail('wards', `list ward ${w.code} twice`);
      codes.add(w.code);
    }
    return {
      area: string(d['area'], 'area'),
      countsOnly: boolean(d['countsOnly'], 'countsOnly'),
      measure: { key: string(measure['key'], 'measure.key'), label: string(measure['label'], 'measure.label', true) },
      layers,
      wards,
      outsideArea: { shown: string(object(d['outsideArea'], 'outsideArea')['shown'], 'outsideArea.shown') },
      points: array(d['points'], 'points')
        .map((v, i) => readPoint(v, `points[${i}]`))
        .filter((p) => offered.has(p.layer)),
      lines: array(d['lines'], 'lines').map((v, i) => readLine(v, `lines[${i}]`)),
    };
  });
}

/** One ward's figures and records from GET /map/wards/{code}.json. */
export function readWardDetail(json: unknown): Read<WardDetail> {
  return attempt('the ward’s figures are not in the expected form', () => {
    const d = object(json, 'the response');
    return {
      code: string(d['code'], 'code', true),
      name: string(d['name'], 'name'),
      counts: counts(d['counts'], 'counts'),
      items: array(d['items'], 'items').map((v, i) => {
        const it = object(v, `items[${i}]`);
        return {
          layer: layerKey(it['layer'], `items[${i}].layer`),
          label: string(it['label'], `items[${i}].label`),
          href: localHref(it['href'], `items[${i}].href`),
        };
      }),
      countsOnly: boolean(d['countsOnly'], 'countsOnly'),
    };
  });
}

function position(v: unknown, at: string): Position {
  const p = array(v, at);
  if (p.length < 2) fail(at, 'is not a position');
  return [number(p[0], `${at}[0]`), number(p[1], `${at}[1]`)];
}
function ring(v: unknown, at: string): Ring {
  const r = array(v, at).map((p, i) => position(p, `${at}[${i}]`));
  return r.length >= 4 ? r : fail(at, 'has fewer than 4 positions');
}
function rings(v: unknown, at: string): Ring[] {
  const rs = array(v, at).map((r, i) => ring(r, `${at}[${i}]`));
  return rs.length ? rs : fail(at, 'has no rings');
}

/**
 * The ward boundaries from GET data-wards: a FeatureCollection of Polygons and MultiPolygons in longitude/latitude,
 * with properties { code, name }. ONS's own property names (WD22CD and WD22NM, any year) are read too, so an ONS
 * boundary file can be served as it is.
 */
export function readWards(json: unknown): Read<WardShape[]> {
  return attempt('the ward boundaries are not in the expected form', () => {
    const fc = object(json, 'the response');
    if (fc['type'] !== 'FeatureCollection') fail('the response', 'is not a GeoJSON FeatureCollection');
    const seen = new Set<string>();
    return array(fc['features'], 'features').map((v, i) => {
      const at = `features[${i}]`;
      const f = object(v, at);
      const props = object(f['properties'], `${at}.properties`);
      const onsKey = (suffix: string) => Object.keys(props).find((k) => new RegExp(`^WD\\d\\d${suffix}$`).test(k));
      const code = string(props['code'] ?? props[onsKey('CD') ?? ''], `${at}.properties.code`, true);
      const name = string(props['name'] ?? props[onsKey('NM') ?? ''], `${at}.properties.name`);
      if (seen.has(code)) fail('features', `have ward ${code} twice`);
      seen.add(code);
      const g = object(f['geometry'], `${at}.geometry`);
      const geometry: WardGeometry =
        g['type'] === 'Polygon'
          ? { type: 'Polygon', coordinates: rings(g['coordinates'], `${at}.geometry.coordinates`) }
          : g['type'] === 'MultiPolygon'
            ? {
                type: 'MultiPolygon',
                coordinates: array(g['coordinates'], `${at}.geometry.coordinates`).map((p, j) => rings(p, `${at}.geometry.coordinates[${j}]`)),
              }
            : fail(`${at}.geometry`, `is a ${JSON.stringify(g['type'])}, not a Polygon or MultiPolygon`);
      return { code, name, geometry };
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Choropleth classes

export type ChoroplethClass = { lower: number; upper: number; colour: string; label: string };

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
/** A class bound as written in the key: whole numbers as they are, fractions (rates) to three significant figures. */
export const formatNumber = (n: number): string => NUMBER_FORMAT.format(Number.isInteger(n) || Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(3)));

/**
 * Up to five classes over the values (quantiles, so that a few large figures do not leave every other ward in the
 * lightest class). Nulls are left out (they are drawn as suppressed). Five or fewer distinct values get a class each;
 * all equal gives one class; no values, none. The colours spread over the palette, lightest for the lowest class.
 * Each class is labelled with the lowest and highest value in it.
 */
export function choroplethClasses(values: readonly (number | null)[], palette: readonly string[] = PALETTE): ChoroplethClass[] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const k = palette.length;
  const distinct = [...new Set(sorted)];
  let uppers: number[];
  if (distinct.length <= k) {
    uppers = distinct;
  } else {
    const n = sorted.length;
    uppers = [...new Set([...Array.from({ length: k - 1 }, (_, i) => sorted[Math.ceil(((i + 1) * n) / k) - 1]!), sorted[n - 1]!])];
  }
  return uppers.map((upper, i) => {
    const lower = i === 0 ? sorted[0]! : sorted.find((v) => v > uppers[i - 1]!)!;
    const colour = uppers.length === 1 ? palette[Math.floor(k / 2)]! : palette[Math.round((i * (k - 1)) / (uppers.length - 1))]!;
    return { lower, upper, colour, label: lower === upper ? formatNumber(lower) : `${formatNumber(lower)} to ${formatNumber(upper)}` };
  });
}

/** The fill for a ward's value: its class's colour, or the suppressed grey for null. */
export function colourFor(value: number | null, classes: readonly ChoroplethClass[]): string {
  if (value === null || !Number.isFinite(value) || !classes.length) return SUPPRESSED_COLOUR;
  return (classes.find((c) => value <= c.upper) ?? classes[classes.length - 1]!).colour;
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry (planar in longitude/latitude: fine at the scale of a borough)

/** Twice the signed area of a ring (positive anticlockwise). */
function ringArea2(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += r[j]![0] * r[i]![1] - r[i]![0] * r[j]![1];
  return a;
}

function polygonArea(p: readonly Ring[]): number {
  return p.reduce((sum, r, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea2(r)), 0) / 2;
}

function inRing(x: number, y: number, r: Ring): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!;
    const [xj, yj] = r[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lon, lat] is inside a polygon (its outer ring and none of its holes). */
export function inPolygon([x, y]: Position, p: readonly Ring[]): boolean {
  return p.length > 0 && inRing(x, y, p[0]!) && !p.slice(1).some((hole) => inRing(x, y, hole));
}

export const polygonsOf = (g: WardGeometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export const inGeometry = (pos: Position, g: WardGeometry): boolean => polygonsOf(g).some((p) => inPolygon(pos, p));

function centroid(p: readonly Ring[]): Position | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  p.forEach((r, k) => {
    // Outer ring counted positive and holes negative, whichever way each is wound.
    const sign = (k === 0 ? 1 : -1) * Math.sign(ringArea2(r));
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [x0, y0] = r[j]!;
      const [x1, y1] = r[i]!;
      const cross = (x0 * y1 - x1 * y0) * sign;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  });
  return a === 0 ? null : [cx / (3 * a), cy / (3 * a)];
}

/** The middle of the widest stretch of the polygon's inside along a few horizontal lines: always inside it. */
function widestInside(p: readonly Ring[], preferY: number | null): Position {
  const ys = p[0]!.map((q) => q[1]);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const tries = [...(preferY === null ? [] : [preferY]), ...Array.from({ length: 19 }, (_, i) => minY + ((i + 1) * (maxY - minY)) / 20)];
  let best: { width: number; at: Position } | null = null;
  for (const raw of tries) {
    const y = raw + (maxY - minY) * 1e-7; // off any vertex's latitude
    const xs: number[] = [];
    for (const r of p) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i]!;
        const [xj, yj] = r[j]!;
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1]! - xs[i]!;
      if (!best || width > best.width) best = { width, at: [(xs[i]! + xs[i + 1]!) / 2, y] };
    }
  }
  return best?.at ?? p[0]![0]!;
}

/**
 * Where a ward's label (and its children-at-risk circle) goes, as [lon, lat]: the centroid of its largest polygon when
 * that is inside the ward, or else the middle of the widest stretch across it (a C-shaped ward's centroid is outside).
 */
export function labelPoint(g: WardGeometry): Position {
  const largest = polygonsOf(g).reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  const c = centroid(largest);
  if (c && inPolygon(c, largest)) return c;
  return widestInside(largest, c ? c[1] : null);
}

/** The bounding box [[south, west], [north, east]] of all the wards, in Leaflet's [lat, lon] order; null when none. */
export function wardBounds(shapes: readonly WardShape[]): [[number, number], [number, number]] | null {
  let s = Infinity;
  let w = Infinity;
  let n = -Infinity;
  let e = -Infinity;
  for (const shape of shapes)
    for (const p of polygonsOf(shape.geometry))
      for (const [lon, lat] of p[0] ?? []) {
        s = Math.min(s, lat);
        n = Math.max(n, lat);
        w = Math.min(w, lon);
        e = Math.max(e, lon);
      }
  return Number.isFinite(s)
    ? [
        [s, w],
        [n, e],
      ]
    : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Layers, points and the words around the map

/** The switches' starting state: every layer offered, except the network links (busy; the user turns them on). */
export function defaultEnabled(data: MapData): Set<LayerKey> {
  return new Set(data.layers.map((l) => l.key).filter((k) => k !== 'links'));
}

export function visiblePoints(data: MapData, enabled: ReadonlySet<LayerKey>): MapPoint[] {
  return data.countsOnly ? [] : data.points.filter((p) => enabled.has(p.layer));
}

export function visibleLines(data: MapData, enabled: ReadonlySet<LayerKey>): MapLine[] {
  return !data.countsOnly && enabled.has('links') ? data.lines : [];
}

/** The number inside a count as published ('15' → 15, '*' → null: suppressed, '' → null). */
export function countValue(shown: string | undefined): number | null {
  if (shown === undefined || !/^\d+$/.test(shown.trim())) return null;
  return Number(shown.trim());
}

/**
 * The diameter in pixels of a ward's children-at-risk circle: its area in proportion to the count, between the
 * smallest (a suppressed '*' or the smallest count) and the largest; null when there is nothing to draw ('0' or none).
 */
export function bubbleDiameter(shown: string | undefined, max: number, sizes = { min: 24, max: 48 }): number | null {
  if (shown === undefined || !shown.trim()) return null;
  const n = countValue(shown);
  if (n === 0) return null;
  if (n === null || max <= 0) return sizes.min;
  return Math.round(Math.max(sizes.min, sizes.max * Math.sqrt(Math.min(n, max) / max)));
}

/** The largest children-at-risk count among the wards (for scaling the circles). */
export const maxCount = (wards: readonly MapWard[], layer: LayerKey): number => Math.max(0, ...wards.map((w) => countValue(w.counts[layer]) ?? 0));

export type LegendEntry =
  | { kind: 'class'; colour: string; label: string }
  | { kind: 'suppressed'; colour: string; label: string }
  | { kind: 'hotspot-ward'; label: string }
  | { kind: 'hotspot-point'; label: string }
  | { kind: 'children'; label: string }
  | { kind: 'point'; layer: PointLayer; label: string }
  | { kind: 'links'; label: string };

export type Legend = { title: string; classes: LegendEntry[]; symbols: LegendEntry[] };

/**
 * The key: the measure's classes (with suppressed wards when any figure is held back, or always for a user who sees
 * counts only), then a symbol for each layer offered and the hotspot marks.
 */
export function legend(data: MapData, classes: readonly ChoroplethClass[]): Legend {
  const entries: LegendEntry[] = classes.map((c) => ({ kind: 'class', colour: c.colour, label: c.label }));
  if (data.countsOnly || data.wards.some((w) => w.value === null)) entries.push({ kind: 'suppressed', colour: SUPPRESSED_COLOUR, label: SUPPRESSED_LABEL });
  const symbols: LegendEntry[] = [{ kind: 'hotspot-ward', label: 'Hotspot ward: thick red dashed outline' }];
  for (const l of data.layers) {
    if (l.key === 'children') symbols.push({ kind: 'children', label: `${l.label}: the number in the black circle, by home ward` });
    else if (l.key === 'links') {
      if (!data.countsOnly) symbols.push({ kind: 'links', label: `${l.label}: dashed line, thicker for more links` });
    } else if (!data.countsOnly) symbols.push({ kind: 'point', layer: l.key, label: l.label });
  }
  if (!data.countsOnly && data.layers.some((l) => isPointLayer(l.key))) symbols.push({ kind: 'hotspot-point', label: 'Hotspot place: thick red outline' });
  return { title: data.measure.label, classes: entries, symbols };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The line under the map's heading, read out after each switch: "20 wards; 3 hotspot wards; 57 places". */
export function summaryText(data: MapData, enabled: ReadonlySet<LayerKey>): string {
  const hot = data.wards.filter((w) => w.hotspot).length;
  const parts = [plural(data.wards.length, 'ward', 'wards'), plural(hot, 'hotspot ward', 'hotspot wards')];
  if (data.countsOnly) {
    parts.push('counts only, no places shown');
  } else {
    const shown = visiblePoints(data, enabled).length;
    const all = data.points.length;
    parts.push(shown === all ? plural(all, 'place', 'places') : `${shown} of ${plural(all, 'place', 'places')} shown`);
    const lines = visibleLines(data, enabled).length;
    if (lines) parts.push(plural(lines, 'link between places', 'links between places'));
  }
  const outside = data.outsideArea.shown.trim();
  if (outside && outside !== '0') parts.push(`${outside} outside ${data.area || 'the area'}, not on the map`);
  return parts.join('; ');
}

/** The wards for the "Show a ward" list, by name. */
export function wardChoices(data: MapData): { code: string; label: string }[] {
  return data.wards.map((w) => ({ code: w.code, label: w.hotspot ? `${w.name} (hotspot)` : w.name })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** A ward's tooltip: "Gooshays: 12" (and why it is a hotspot). */
export function wardCaption(w: MapWard): string {
  return `${w.name}: ${w.shown}`;
}

/** A point's tooltip: "12 High Street (address)". */
export function pointCaption(p: MapPoint): string {
  return p.typeLabel ? `${p.label} (${p.typeLabel})` : p.label;
}

/** Where a ward's own figures come from, next to data-src (so /map/data.json?from=… gives /map/wards/X.json?from=…). */
export function wardUrls(src: string, code: string, base: string): { json: string; page: string } {
  const url = new URL(src, base);
  const query = url.search;
  const json = new URL(`wards/${encodeURIComponent(code)}.json${query}`, url);
  const page = new URL(`wards/${encodeURIComponent(code)}${query}`, url);
  return { json: `${json.pathname}${json.search}`, page: `${page.pathname}${page.search}` };
}

/** Text for Leaflet's attribution control, which sets innerHTML: escaped, so the credit is shown as text. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tile URL template Leaflet can use (http(s), with {z}, {x} and {y}), or null. */
export function tileTemplate(v: string | undefined): string | null {
  const t = v?.trim() ?? '';
  if (!t || (!/^https?:\/\//i.test(t) && !t.startsWith('/'))) return null;
  return ['{z}', '{x}', '{y}'].every((p) => t.includes(p)) ? t : null;
}
