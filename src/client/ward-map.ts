// The ward map on the map page (issue 6), drawn with Leaflet. Progressive enhancement: the page has the same figures in
// a table (#map-table), which stays; this script fills the hidden #ward-map, unhides it, and draws the wards shaded by
// the chosen measure, the layers the user may see, and a key, from its data-src and data-wards (same origin, same
// session). Every action has a real form control: the layer switches, and "Show a ward" does what a click on a ward
// does. Content Security Policy: no inline styles or handlers; classes from lantern.css, the CSSOM where needed, and no
// HTML strings with data in them (Leaflet sets innerHTML from strings, so tooltips and popups are given elements).
import * as L from 'leaflet';
import {
  type ChoroplethClass,
  type LayerKey,
  type LegendEntry,
  type MapData,
  type MapPoint,
  type MapWard,
  type Read,
  type WardDetail,
  type WardShape,
  bubbleDiameter,
  choroplethClasses,
  colourFor,
  defaultEnabled,
  escapeHtml,
  labelPoint,
  layerLabel,
  legend,
  maxCount,
  pointCaption,
  POINT_LAYERS,
  polygonsOf,
  readMapData,
  readWardDetail,
  readWards,
  summaryText,
  SUPPRESSION_THRESHOLD,
  tileTemplate,
  wardBounds,
  wardCaption,
  wardChoices,
  wardUrls,
} from './ward-map-model.ts';
import {
  CHILDREN_BUBBLE,
  HOTSPOT_POINT,
  HOTSPOT_WARD,
  LINK_LINE,
  POINT_RADIUS,
  POINT_STYLES,
  POINT_WEIGHT,
  SELECTED_WARD,
  type Shape,
  shapePath,
  WARD_OUTLINE,
} from './ward-map-style.ts';
import { el, svg } from './dom.ts';

const ID = 'ward-map';
const TABLE = '#map-table';

class MapLoadError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Loading

async function getJson<T>(src: string, what: string, read: (json: unknown) => Read<T>): Promise<T> {
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) throw new MapLoadError('the map may only load from this site');
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json, application/geo+json' } });
  } catch {
    throw new MapLoadError('Lantern could not be reached');
  }
  if (!res.ok) {
    throw new MapLoadError(
      res.status === 401 || res.status === 403
        ? `you may not see ${what}`
        : res.status === 404
          ? `${what} could not be found`
          : `Lantern could not send ${what}`,
    );
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new MapLoadError(`Lantern sent something that is not ${what} (you may need to sign in again)`);
  }
  const r = read(json);
  if (!r.ok) throw new MapLoadError(r.error);
  return r.value;
}

/** leaflet.css, from beside this script, unless the page links it already; drawing waits for it (the panes need it). */
async function leafletStylesheet(): Promise<void> {
  if (document.querySelector('link[rel="stylesheet"][href*="leaflet.css"]')) return;
  const link = el('link', { rel: 'stylesheet', href: new URL('leaflet.css', import.meta.url).href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => {
      resolve();
    });
    link.addEventListener('error', () => {
      resolve();
    });
    setTimeout(resolve, 5000);
  });
  document.head.append(link);
  await loaded;
}

const heading = () => el('h2', { class: 'govuk-heading-m', id: `${ID}-heading` }, 'Ward map');

function tableNote(before: string): HTMLParagraphElement {
  const p = el('p', { class: 'govuk-body lantern-ward-map__note' }, `${before}The same figures are in the `);
  p.append(el('a', { class: 'govuk-link', href: TABLE }, 'table below'), '.');
  return p;
}

function showError(root: HTMLElement, reason: string): void {
  const box = el('div', { class: 'govuk-inset-text lantern-ward-map__error', 'data-testid': 'ward-map-error' });
  box.append(el('p', { class: 'govuk-body govuk-!-font-weight-bold' }, 'The map could not be shown'), tableNote(`The map could not be drawn: ${reason}. `));
  box.append(el('p', { class: 'govuk-body' }, 'Reload the page to try again.'));
  root.replaceChildren(heading(), box);
}

// ---------------------------------------------------------------------------------------------------------------
// Symbols (the key), drawn as inline SVG with the map's own shapes

function symbol(width: number, height: number, ...children: SVGElement[]): SVGElement {
  const s = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false', class: 'lantern-ward-map__symbol' });
  s.append(...children);
  return s;
}

const shapeSymbol = (shape: Shape, fill: string, stroke: string, weight: number) =>
  symbol(24, 24, svg('path', { d: shapePath(shape, 12, 12, POINT_RADIUS), fill, stroke, 'stroke-width': weight }));

function legendSymbol(e: LegendEntry): SVGElement {
  switch (e.kind) {
    case 'class':
    case 'suppressed':
      return symbol(32, 20, svg('rect', { x: 1, y: 1, width: 30, height: 18, fill: e.colour, stroke: WARD_OUTLINE.colour, 'stroke-width': 1 }));
    case 'hotspot-ward':
      return symbol(
        32,
        20,
        svg('rect', { x: 2, y: 2, width: 28, height: 16, fill: '#ffffff', stroke: HOTSPOT_WARD.colour, 'stroke-width': 3, 'stroke-dasharray': '6 3' }),
      );
    case 'hotspot-point':
      return shapeSymbol('circle', '#ffffff', HOTSPOT_POINT.colour, HOTSPOT_POINT.weight - 1);
    case 'point': {
      const s = POINT_STYLES[e.layer];
      return shapeSymbol(s.shape, s.colour, s.stroke === '#ffffff' ? '#0b0c0c' : s.stroke, 1);
    }
    case 'children':
      return symbol(
        24,
        24,
        svg('circle', { cx: 12, cy: 12, r: 11, fill: CHILDREN_BUBBLE.colour }),
        Object.assign(svg('text', { x: 12, y: 16, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: CHILDREN_BUBBLE.text }), {
          textContent: '5',
        }),
      );
    case 'links':
      return symbol(
        40,
        16,
        svg('line', { x1: 2, y1: 8, x2: 38, y2: 8, stroke: LINK_LINE.colour, 'stroke-width': 2.5, 'stroke-dasharray': LINK_LINE.dashArray }),
      );
  }
}

function legendList(entries: readonly LegendEntry[]): HTMLUListElement {
  const ul = el('ul', { class: 'govuk-list lantern-ward-map__key' });
  for (const e of entries) {
    const li = el('li', { class: 'lantern-ward-map__key-item', 'data-key': e.kind === 'point' ? e.layer : e.kind });
    li.append(legendSymbol(e), el('span', {}, e.label));
    ul.append(li);
  }
  return ul;
}

function legendBox(data: MapData, classes: readonly ChoroplethClass[]): HTMLDivElement {
  const key = legend(data, classes);
  const box = el('div', { class: 'lantern-ward-map__legend', id: `${ID}-legend`, 'data-testid': 'ward-map-legend' });
  box.append(el('h3', { class: 'govuk-heading-s' }, 'Key'), el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2' }, key.title));
  if (!classes.length) box.append(el('p', { class: 'govuk-body' }, 'There are no figures for this measure in this period.'));
  if (key.classes.length) box.append(legendList(key.classes));
  box.append(el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2' }, 'Symbols'), legendList(key.symbols));
  return box;
}

// ---------------------------------------------------------------------------------------------------------------
// Leaflet pieces

type ShapeMarkerOptions = L.CircleMarkerOptions & { shape: Shape };
type PathInternals = { _renderer?: unknown; _path?: SVGPathElement; _point?: L.Point; _radius: number; _empty(): boolean };

/**
 * A circle marker drawn as another shape: the same hit area, radius in pixels and styling, with the SVG path's outline
 * replaced (Leaflet's SVG renderer draws a circle marker as a path of two arcs; this draws the shape instead).
 */
class ShapeMarker extends L.CircleMarker {
  readonly shape: Shape;
  constructor(latlng: L.LatLngExpression, options: ShapeMarkerOptions) {
    super(latlng, options);
    this.shape = options.shape;
  }
  _updatePath(): void {
    const self = this as unknown as PathInternals;
    if (this.shape !== 'circle' && self._renderer instanceof L.SVG && self._path && self._point) {
      self._path.setAttribute('d', self._empty() ? 'M0 0' : shapePath(this.shape, self._point.x, self._point.y, Math.max(1, self._radius)));
      return;
    }
    (L.CircleMarker.prototype as unknown as { _updatePath(this: unknown): void })._updatePath.call(this);
  }
}

/**
 * Sets attributes on a layer's element each time Leaflet (re)creates it, for tests and for the selection. Chromium
 * puts an SVG element with focus listeners (Leaflet adds them for tooltips) in the tab order: every ward and place
 * would be an unnamed tab stop, so they are taken out of it (tabindex -1). Keyboard users choose a ward from the list,
 * and reach its places through the panel's links.
 */
function tagWhenAdded(layer: L.Path | L.Marker, attrs: Record<string, string>): void {
  layer.on('add', () => {
    const e = layer.getElement();
    if (!e) return;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (layer instanceof L.Path) e.setAttribute('tabindex', '-1');
  });
}

function caption(lines: readonly (string | null | undefined)[], bold = true): HTMLDivElement {
  const box = el('div', { class: 'lantern-ward-map__caption' });
  lines.forEach((line, i) => {
    if (!line) return;
    box.append(el(i === 0 && bold ? 'strong' : 'div', {}, line));
  });
  return box;
}

function pointPopup(p: MapPoint, data: MapData, wardName: (code: string) => string | undefined): HTMLDivElement {
  const box = el('div', { class: 'lantern-ward-map__popup' });
  box.append(el('p', { class: 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, p.label));
  const layer = data.layers.find((l) => l.key === p.layer)?.label;
  const where = p.ward ? `In ${wardName(p.ward) ?? p.ward}` : `Outside ${data.area || 'the area'}`;
  box.append(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, [layer, p.typeLabel, where].filter(Boolean).join(' · ')));
  if (p.hotspot) box.append(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1 lantern-ward-map__hotspot' }, `Hotspot: ${p.hotspot}`));
  if (p.href) {
    const a = el('a', { class: 'govuk-link govuk-body-s', href: p.href }, 'Open ');
    a.append(el('span', {}, p.label));
    box.append(a);
  }
  return box;
}

// ---------------------------------------------------------------------------------------------------------------
// Controls

function layerSwitches(data: MapData, enabled: ReadonlySet<LayerKey>, onChange: (key: LayerKey, on: boolean) => void): HTMLDivElement {
  const group = el('div', { class: 'govuk-form-group lantern-ward-map__layers' });
  const fieldset = el('fieldset', { class: 'govuk-fieldset', id: `${ID}-layers`, 'data-testid': 'ward-map-layers' });
  fieldset.append(el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Layers'));
  const boxes = el('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' });
  for (const layer of data.layers) {
    const id = `${ID}-layer-${layer.key}`;
    const item = el('div', { class: 'govuk-checkboxes__item' });
    const input = el('input', { class: 'govuk-checkboxes__input', id, name: `${ID}-layer`, type: 'checkbox', value: layer.key });
    input.checked = enabled.has(layer.key);
    input.addEventListener('change', () => {
      onChange(layer.key, input.checked);
    });
    const n = (POINT_LAYERS as readonly string[]).includes(layer.key)
      ? data.points.filter((p) => p.layer === layer.key).length
      : layer.key === 'links'
        ? data.lines.length
        : null;
    item.append(
      input,
      el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, n === null || data.countsOnly ? layer.label : `${layer.label} (${n})`),
    );
    boxes.append(item);
  }
  fieldset.append(boxes);
  group.append(fieldset);
  return group;
}

function wardSelect(data: MapData): { group: HTMLDivElement; input: HTMLSelectElement } {
  const id = `${ID}-ward`;
  const group = el('div', { class: 'govuk-form-group lantern-ward-map__choose' });
  const input = el('select', { class: 'govuk-select', id, name: id, 'aria-describedby': `${id}-hint` });
  input.append(el('option', { value: '' }, 'Choose a ward'));
  for (const c of wardChoices(data)) input.append(el('option', { value: c.code }, c.label));
  group.append(
    el('label', { class: 'govuk-label govuk-label--s', for: id }, 'Show a ward'),
    el('div', { class: 'govuk-hint', id: `${id}-hint` }, 'Its figures appear beside the map, as when you click the ward.'),
    input,
  );
  return { group, input };
}

// ---------------------------------------------------------------------------------------------------------------
// The ward panel

function countsList(data: MapData, counts: Partial<Record<LayerKey, string>>): HTMLElement {
  const dl = el('dl', { class: 'govuk-body-s lantern-ward-map__counts', 'data-testid': 'ward-map-counts' });
  const offered = data.layers.map((l) => l.key);
  const keys = [...offered.filter((k) => k in counts), ...(Object.keys(counts) as LayerKey[]).filter((k) => !offered.includes(k))];
  for (const k of keys) dl.append(el('dt', {}, layerLabel(data, k)), el('dd', {}, counts[k] ?? ''));
  return dl;
}

function panelContent(panel: HTMLElement, data: MapData, ward: MapWard | undefined, detail: WardDetail, pageHref: string): void {
  const parts: HTMLElement[] = [el('h3', { class: 'govuk-heading-s', id: `${ID}-panel-heading` }, detail.name)];
  // The measure's figure, unless the counts below give it already (the measure is one of the layers' counts).
  if (ward && !(data.measure.key in detail.counts))
    parts.push(el('p', { class: 'govuk-body-s govuk-!-margin-bottom-2' }, `${data.measure.label}: ${ward.shown}`));
  if (ward?.hotspot) parts.push(el('p', { class: 'govuk-body-s lantern-ward-map__hotspot' }, `Hotspot: ${ward.hotspot}`));
  if (Object.keys(detail.counts).length) parts.push(countsList(data, detail.counts));
  if (detail.countsOnly) parts.push(el('p', { class: 'govuk-body-s' }, `You see counts only: a count under ${SUPPRESSION_THRESHOLD} is shown as *.`));
  if (detail.items.length) {
    const byLayer = new Map<LayerKey, WardDetail['items']>();
    for (const it of detail.items) byLayer.set(it.layer, [...(byLayer.get(it.layer) ?? []), it]);
    for (const [layer, items] of byLayer) {
      parts.push(el('h4', { class: 'govuk-heading-s govuk-!-font-size-16 govuk-!-margin-bottom-1' }, layerLabel(data, layer)));
      const ul = el('ul', { class: 'govuk-list govuk-body-s lantern-ward-map__items' });
      for (const it of items) {
        const li = el('li');
        li.append(it.href ? el('a', { class: 'govuk-link', href: it.href }, it.label) : el('span', {}, it.label));
        ul.append(li);
      }
      parts.push(ul);
    }
  }
  const open = el('a', { class: 'govuk-link govuk-body-s', href: pageHref, 'data-testid': 'ward-map-open-ward' }, 'Open ward page');
  open.append(el('span', { class: 'govuk-visually-hidden' }, `: ${detail.name}`));
  const p = el('p', { class: 'govuk-body-s' });
  p.append(open);
  parts.push(p);
  panel.replaceChildren(...parts);
}

const PANEL_PROMPT = 'Choose a ward on the map, or from “Show a ward”, to see its figures here.';

// ---------------------------------------------------------------------------------------------------------------
// The map

function draw(root: HTMLElement, status: HTMLElement, data: MapData, shapes: readonly WardShape[]): void {
  const src = root.dataset['src'] ?? '';
  const tiles = tileTemplate(root.dataset['tiles']);
  const enabled = defaultEnabled(data);
  const classes = choroplethClasses(data.wards.map((w) => w.value));
  const wardsByCode = new Map(data.wards.map((w) => [w.code, w]));
  const wardName = (code: string) => wardsByCode.get(code)?.name;

  // The page around the map: the switches and the ward list, the map and its panel, the key.
  const chooser = wardSelect(data);
  const controls = el('div', { class: 'lantern-ward-map__controls' });
  controls.append(
    chooser.group,
    layerSwitches(data, enabled, (key, on) => {
      if (on) enabled.add(key);
      else enabled.delete(key);
      syncLayers();
    }),
  );
  const canvas = el('div', {
    class: 'lantern-ward-map__map',
    id: `${ID}-canvas`,
    'data-testid': 'ward-map-canvas',
    role: 'group',
    'aria-roledescription': 'map',
    'aria-label': `Map of the wards of ${data.area || 'the area'}`,
    'aria-describedby': `${ID}-canvas-hint`,
  });
  const canvasHint = el(
    'p',
    { class: 'govuk-visually-hidden', id: `${ID}-canvas-hint` },
    'The arrow keys move the map, and plus and minus zoom it. Choose a ward from “Show a ward” to see its figures.',
  );
  const panel = el('div', { class: 'lantern-ward-map__panel', id: `${ID}-panel`, 'aria-live': 'polite', tabindex: '-1', 'data-testid': 'ward-map-panel' });
  panel.append(el('p', { class: 'govuk-body-s' }, PANEL_PROMPT));
  const body = el('div', { class: 'lantern-ward-map__body' });
  body.append(canvas, panel);
  root.append(controls, canvasHint, body, legendBox(data, classes));

  // The map itself.
  const map = L.map(canvas, { renderer: L.svg(), attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
  // The wheel zooms only once the map has the focus, so the page still scrolls past it.
  map.on('focus', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  const credit = root.dataset['attribution']?.trim();
  if (credit) attribution.addAttribution(escapeHtml(credit));
  if (tiles) {
    const tileCredit = root.dataset['tilesAttribution']?.trim();
    L.tileLayer(tiles, { maxZoom: 19, ...(tileCredit ? { attribution: escapeHtml(tileCredit) } : {}) }).addTo(map);
  }
  const pane = (name: string, z: number) => {
    map.createPane(name).style.zIndex = String(z);
    return name;
  };
  const childrenPane = pane('lanternChildren', 450);
  const linksPane = pane('lanternLinks', 460);
  const pointsPane = pane('lanternPoints', 470);

  // Wards, shaded by the measure. A ward in the boundaries but not in the figures is drawn as having no figure.
  let selected: string | null = null;
  const wardLayers = new Map<string, L.Polygon>();
  const wardStyle = (code: string): L.PathOptions => {
    const w = wardsByCode.get(code);
    const hot = Boolean(w?.hotspot);
    const chosen = code === selected;
    return {
      fillColor: colourFor(w?.value ?? null, classes),
      fillOpacity: tiles ? 0.65 : 1,
      color: chosen ? SELECTED_WARD.colour : hot ? HOTSPOT_WARD.colour : WARD_OUTLINE.colour,
      weight: chosen ? SELECTED_WARD.weight : hot ? HOTSPOT_WARD.weight : WARD_OUTLINE.weight,
      dashArray: !chosen && hot ? HOTSPOT_WARD.dashArray : '',
      opacity: 1,
    };
  };
  const wardGroup = L.featureGroup().addTo(map);
  for (const shape of shapes) {
    const latLngs = polygonsOf(shape.geometry).map((p) => p.map((r) => r.map(([lon, lat]) => L.latLng(lat, lon))));
    const polygon = L.polygon(latLngs, { ...wardStyle(shape.code), className: 'lantern-ward-map__ward' });
    const w = wardsByCode.get(shape.code);
    polygon.bindTooltip(caption([w ? wardCaption(w) : `${shape.name}: no figure`, w?.hotspot ? `Hotspot: ${w.hotspot}` : null]), {
      sticky: true,
      className: 'lantern-ward-map__tooltip',
    });
    polygon.on('click', () => {
      void choose(shape.code);
    });
    tagWhenAdded(polygon, { 'data-ward': shape.code });
    polygon.addTo(wardGroup);
    wardLayers.set(shape.code, polygon);
  }
  for (const [code, layer] of wardLayers) if (wardsByCode.get(code)?.hotspot) layer.bringToFront();

  // Children at risk by home ward: a circle at each ward's label point, never at homes.
  const layers = new Map<LayerKey, L.LayerGroup>();
  if (data.layers.some((l) => l.key === 'children')) {
    const group = L.layerGroup();
    const max = maxCount(data.wards, 'children');
    const label = data.layers.find((l) => l.key === 'children')?.label ?? 'Children at risk';
    for (const shape of shapes) {
      const shown = wardsByCode.get(shape.code)?.counts.children;
      const d = bubbleDiameter(shown, max, { min: CHILDREN_BUBBLE.minDiameter, max: CHILDREN_BUBBLE.maxDiameter });
      if (d === null || shown === undefined) continue;
      const [lon, lat] = labelPoint(shape.geometry);
      const number = el('span', { 'aria-hidden': 'true' }, shown);
      const icon = L.divIcon({ className: 'lantern-ward-map__bubble', html: number, iconSize: [d, d] });
      const marker = L.marker([lat, lon], { icon, pane: childrenPane, keyboard: false });
      marker.bindTooltip(caption([`${shape.name}: ${shown}`, label]), { direction: 'top', offset: [0, -d / 2], className: 'lantern-ward-map__tooltip' });
      marker.on('click', () => {
        void choose(shape.code);
      });
      tagWhenAdded(marker, { 'data-ward': shape.code, 'data-layer': 'children' });
      marker.addTo(group);
    }
    layers.set('children', group);
  }

  // Places, one layer each; hotspots on top, with a thick red outline.
  for (const key of POINT_LAYERS) {
    if (!data.layers.some((l) => l.key === key) || data.countsOnly) continue;
    const group = L.layerGroup();
    const style = POINT_STYLES[key];
    const points = data.points.filter((p) => p.layer === key).sort((a, b) => Number(Boolean(a.hotspot)) - Number(Boolean(b.hotspot)));
    for (const p of points) {
      const marker = new ShapeMarker([p.lat, p.lon], {
        shape: style.shape,
        pane: pointsPane,
        radius: p.hotspot ? HOTSPOT_POINT.radius : POINT_RADIUS,
        fillColor: style.colour,
        fillOpacity: 1,
        color: p.hotspot ? HOTSPOT_POINT.colour : style.stroke,
        weight: p.hotspot ? HOTSPOT_POINT.weight : POINT_WEIGHT,
        opacity: 1,
        className: 'lantern-ward-map__point',
      });
      marker.bindTooltip(caption([pointCaption(p), p.hotspot ? 'Hotspot' : null]), {
        direction: 'top',
        offset: [0, -POINT_RADIUS],
        className: 'lantern-ward-map__tooltip',
      });
      marker.bindPopup(pointPopup(p, data, wardName), { className: 'lantern-ward-map__popup-frame' });
      tagWhenAdded(marker, { 'data-point': p.id, 'data-layer': key, ...(p.hotspot ? { 'data-hotspot': 'true' } : {}) });
      marker.addTo(group);
    }
    layers.set(key, group);
  }

  // Links between places, thicker for more links.
  if (data.layers.some((l) => l.key === 'links') && !data.countsOnly) {
    const group = L.layerGroup();
    const most = Math.max(1, ...data.lines.map((l) => l.count));
    for (const line of data.lines) {
      const weight = LINK_LINE.minWeight + ((LINK_LINE.maxWeight - LINK_LINE.minWeight) * Math.sqrt(Math.max(0, line.count))) / Math.sqrt(most);
      const polyline = L.polyline([line.from, line.to], {
        pane: linksPane,
        color: LINK_LINE.colour,
        weight,
        opacity: LINK_LINE.opacity,
        dashArray: LINK_LINE.dashArray,
        className: 'lantern-ward-map__link',
      });
      polyline.bindTooltip(caption([line.label, `${line.count} ${line.count === 1 ? 'link' : 'links'}`]), {
        sticky: true,
        className: 'lantern-ward-map__tooltip',
      });
      tagWhenAdded(polyline, { 'data-layer': 'links' });
      polyline.addTo(group);
    }
    layers.set('links', group);
  }

  function syncLayers(): void {
    for (const [key, group] of layers) {
      if (enabled.has(key) && !map.hasLayer(group)) group.addTo(map);
      else if (!enabled.has(key) && map.hasLayer(group)) group.removeFrom(map);
    }
    status.textContent = summaryText(data, enabled);
  }

  // Choosing a ward: by a click on the map (the ward or its circle) or from the list.
  let asked = 0;
  function highlight(code: string | null): void {
    const before = selected;
    selected = code;
    for (const c of [before, code]) {
      if (c === null) continue;
      const layer = wardLayers.get(c);
      layer?.setStyle(wardStyle(c));
      layer?.getElement()?.toggleAttribute('data-selected', c === code);
    }
    if (code) wardLayers.get(code)?.bringToFront();
  }
  async function choose(code: string): Promise<void> {
    chooser.input.value = code;
    highlight(code);
    const mine = ++asked;
    const name = wardName(code) ?? code;
    const urls = wardUrls(src, code, window.location.href);
    panel.replaceChildren(el('h3', { class: 'govuk-heading-s' }, name), el('p', { class: 'govuk-body-s' }, `Loading the figures for ${name}…`));
    let detail: WardDetail;
    try {
      detail = await getJson(urls.json, 'this ward’s figures', readWardDetail);
    } catch (e) {
      if (mine !== asked) return;
      const reason = e instanceof MapLoadError ? e.message : 'something went wrong';
      const p = el('p', { class: 'govuk-body-s' }, `The figures for ${name} could not be loaded: ${reason}. `);
      p.append(el('a', { class: 'govuk-link', href: urls.page }, `Open the page for ${name}`), '.');
      panel.replaceChildren(el('h3', { class: 'govuk-heading-s' }, name), p);
      return;
    }
    if (mine !== asked) return;
    panelContent(panel, data, wardsByCode.get(code), detail, urls.page);
  }
  chooser.input.addEventListener('change', () => {
    const code = chooser.input.value;
    if (code) {
      void choose(code);
    } else {
      asked++;
      highlight(null);
      panel.replaceChildren(el('p', { class: 'govuk-body-s' }, PANEL_PROMPT));
    }
  });

  const bounds = wardBounds(shapes);
  if (bounds) {
    map.fitBounds(bounds, { padding: [12, 12] });
    map.setMinZoom(Math.max(0, map.getZoom() - 2));
  }
  syncLayers();
}

async function start(root: HTMLElement): Promise<void> {
  root.hidden = false;
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', `${ID}-heading`);
  const status = el('p', { class: 'govuk-body', role: 'status', id: `${ID}-status`, 'data-testid': 'ward-map-status' }, 'Loading the map…');
  root.replaceChildren(heading(), tableNote(''), status);
  let data: MapData;
  let shapes: WardShape[];
  try {
    [data, shapes] = await Promise.all([
      getJson(root.dataset['src'] ?? '', 'the map figures', readMapData),
      getJson(root.dataset['wards'] ?? '', 'the ward boundaries', readWards),
      leafletStylesheet(),
    ]);
  } catch (e) {
    showError(root, e instanceof MapLoadError ? e.message : 'something went wrong');
    return;
  }
  if (!shapes.length) {
    showError(root, 'there are no ward boundaries to draw');
    return;
  }
  try {
    draw(root, status, data, shapes);
  } catch {
    showError(root, 'this browser could not draw it');
  }
}

const root = document.getElementById(ID);
if (root?.dataset['src'] && root.dataset['wards']) void start(root);
