// The place picker (issue 6): a map under each text input with data-map-picker (the coordinates of a place being
// recorded), drawn with Leaflet. Progressive enhancement: the input stays the way to enter the position, and the server
// checks what it holds. A click on the map writes "lat, lon" into the input; valid coordinates typed there move the
// marker; a line under the map says which ward the point is in. The map has no tiles: the ward outlines from the
// data-map-picker URL (same origin, same session) on a plain background. Content Security Policy: no inline styles or
// handlers, classes from lantern.css, and no HTML strings (the ward tooltips are given elements).
import * as L from 'leaflet';
import { clickedPoint, formatLatLon, type LatLon, parseLatLon, placedText, PROMPT, wardAt } from './place-picker-model.ts';
import { polygonsOf, readWards, wardBounds, type WardShape } from './ward-map-model.ts';
import { PALETTE, POINT_STYLES, POINT_WEIGHT, SELECTED_WARD, WARD_OUTLINE } from './ward-map-style.ts';
import { el } from './dom.ts';

/** How long typing must pause before the marker moves and the line under the map is read out. */
const TYPING_PAUSE_MS = 400;

const WARD_STYLE: L.PathOptions = { color: WARD_OUTLINE.colour, weight: WARD_OUTLINE.weight, fillColor: PALETTE[0], fillOpacity: 1, opacity: 1 };
const WARD_CHOSEN: L.PathOptions = { ...WARD_STYLE, color: SELECTED_WARD.colour, weight: SELECTED_WARD.weight - 2 };
const MARKER = POINT_STYLES.locations;

class PickerLoadError extends Error {}

async function loadWards(src: string): Promise<WardShape[]> {
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) throw new PickerLoadError('the map may only load from this site');
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/geo+json, application/json' } });
  } catch {
    throw new PickerLoadError('Lantern could not be reached');
  }
  if (!res.ok)
    throw new PickerLoadError(res.status === 401 || res.status === 403 ? 'you may not see the ward boundaries' : 'Lantern could not send the ward boundaries');
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new PickerLoadError('Lantern sent something that is not the ward boundaries (you may need to sign in again)');
  }
  const r = readWards(json);
  if (!r.ok) throw new PickerLoadError(r.error);
  if (!r.value.length) throw new PickerLoadError('there are no ward boundaries to show');
  return r.value;
}

/** Adds an id to the input's aria-describedby (GOV.UK's hint and error ids stay). */
function describe(input: HTMLInputElement, id: string): void {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) input.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function draw(input: HTMLInputElement, canvas: HTMLElement, status: HTMLElement, shapes: readonly WardShape[]): void {
  const map = L.map(canvas, { renderer: L.svg(), attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false, doubleClickZoom: false });
  // The wheel zooms only once the map has the focus, so the page still scrolls past it.
  map.on('focus', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());

  const wardLayers = new Map<string, L.Polygon>();
  for (const shape of shapes) {
    const latLngs = polygonsOf(shape.geometry).map((p) => p.map((r) => r.map(([lon, lat]) => L.latLng(lat, lon))));
    const polygon = L.polygon(latLngs, { ...WARD_STYLE, className: 'lantern-place-picker__ward' });
    polygon.bindTooltip(el('span', {}, shape.name), { sticky: true, className: 'lantern-ward-map__tooltip' });
    // Chromium puts an SVG path with focus listeners (Leaflet's, for the tooltip) in the tab order: an unnamed tab stop
    // for each ward. The input is the way to enter the place, so they are taken out of it.
    polygon.on('add', () => {
      const e = polygon.getElement();
      e?.setAttribute('tabindex', '-1');
      e?.setAttribute('data-ward', shape.code);
    });
    polygon.addTo(map);
    wardLayers.set(shape.code, polygon);
  }
  const bounds = wardBounds(shapes);
  // The wards, and a point near them that is out of view; a point far away (the numbers the wrong way round, say) is
  // not chased across the world: the map stays on the wards and the line under it says the point is outside them.
  const fit = (p?: LatLon) => {
    if (!bounds) return;
    const b = L.latLngBounds(bounds);
    if (p && b.pad(1).contains([p.lat, p.lon])) b.extend([p.lat, p.lon]);
    map.fitBounds(b, { padding: [12, 12] });
  };
  fit();
  map.setMinZoom(Math.max(0, map.getZoom() - 2));

  let marker: L.CircleMarker | null = null;
  let chosenWard: string | null = null;
  const show = (p: LatLon | null, announce: string) => {
    const ward = p ? (wardAt(shapes, p)?.code ?? null) : null;
    if (ward !== chosenWard) {
      if (chosenWard) wardLayers.get(chosenWard)?.setStyle(WARD_STYLE);
      if (ward) wardLayers.get(ward)?.setStyle(WARD_CHOSEN).bringToFront();
      chosenWard = ward;
    }
    if (!p) {
      marker?.remove();
      marker = null;
    } else {
      if (!marker) {
        marker = L.circleMarker([p.lat, p.lon], {
          radius: 8,
          fillColor: MARKER.colour,
          fillOpacity: 1,
          color: '#0b0c0c',
          weight: POINT_WEIGHT,
          opacity: 1,
          interactive: false,
          className: 'lantern-place-picker__marker',
        }).addTo(map);
      } else {
        marker.setLatLng([p.lat, p.lon]).bringToFront();
      }
      const e = marker.getElement();
      e?.setAttribute('data-testid', 'place-picker-marker');
      e?.setAttribute('data-lat', String(p.lat));
      e?.setAttribute('data-lon', String(p.lon));
      if (!map.getBounds().contains([p.lat, p.lon])) fit(p);
    }
    canvas.dataset['ward'] = ward ?? '';
    status.textContent = announce;
  };

  // A click writes the point into the input, for the form and for anything listening to it.
  let writing = false;
  let pending = 0;
  map.on('click', (e: L.LeafletMouseEvent) => {
    const p = clickedPoint(e.latlng.lat, e.latlng.lng);
    window.clearTimeout(pending);
    input.value = formatLatLon(p);
    writing = true;
    try {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } finally {
      writing = false;
    }
    show(p, placedText(shapes, p));
  });

  // Typing moves the marker once it reads as coordinates; anything else leaves the map as it is (the server says what
  // is wrong on save). An empty input takes the marker away: no place will be saved.
  const fromInput = () => {
    const text = input.value.trim();
    if (!text) {
      if (marker) show(null, PROMPT);
      return;
    }
    const p = parseLatLon(text);
    if (p) show(p, placedText(shapes, p));
  };
  input.addEventListener('input', () => {
    if (writing) return;
    window.clearTimeout(pending);
    pending = window.setTimeout(fromInput, TYPING_PAUSE_MS);
  });
  input.addEventListener('change', () => {
    window.clearTimeout(pending);
    fromInput();
  });

  // A value already there (the form shown again after an error) is placed without being read out.
  const start = parseLatLon(input.value);
  if (start) show(start, placedText(shapes, start));
}

async function start(input: HTMLInputElement): Promise<void> {
  const src = input.dataset['mapPicker'] ?? '';
  const id = input.id || input.name || 'place';
  const root = el('div', { class: 'lantern-place-picker', id: `${id}-map-region`, 'data-testid': 'place-picker' });
  const canvas = el('div', {
    class: 'lantern-place-picker__map',
    id: `${id}-map`,
    'data-testid': 'place-picker-map',
    role: 'region',
    'aria-roledescription': 'map',
    'aria-label': 'Map for placing the place',
    'aria-describedby': `${id}-map-hint`,
  });
  const hint = el(
    'p',
    { class: 'govuk-visually-hidden', id: `${id}-map-hint` },
    'A click on the map fills in the coordinates. The arrow keys move the map, and plus and minus zoom it.',
  );
  // Read out from when the map is drawn (not the loading line, nor the first prompt as the page opens).
  const status = el(
    'p',
    { class: 'govuk-body-s lantern-place-picker__status', id: `${id}-map-status`, 'data-testid': 'place-picker-status' },
    'Loading the map…',
  );
  root.append(hint, canvas, status);
  (input.closest('.govuk-form-group') ?? input).after(root);

  let shapes: WardShape[];
  try {
    shapes = await loadWards(src);
  } catch (e) {
    const reason = e instanceof PickerLoadError ? e.message : 'something went wrong';
    canvas.remove();
    hint.remove();
    status.classList.add('lantern-place-picker__error');
    status.setAttribute('data-testid', 'place-picker-error');
    status.textContent = `The map could not be shown: ${reason}. Type the coordinates instead.`;
    return;
  }
  status.textContent = PROMPT;
  describe(input, status.id);
  try {
    draw(input, canvas, status, shapes);
    status.setAttribute('aria-live', 'polite');
  } catch {
    canvas.remove();
    hint.remove();
    status.classList.add('lantern-place-picker__error');
    status.setAttribute('data-testid', 'place-picker-error');
    status.textContent = 'The map could not be shown in this browser. Type the coordinates instead.';
  }
}

document.querySelectorAll<HTMLInputElement>('input[data-map-picker]').forEach((input) => {
  if (input.dataset['mapPicker']) void start(input);
});
