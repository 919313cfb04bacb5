// The link chart on the network page (issue 5), drawn with Cytoscape.js. Progressive enhancement: the page lists the
// same network in tables, which stay; this script fills the hidden #link-chart, unhides it, and draws the network
// fetched from its data-src (the page's JSON twin, same session). The canvas cannot be read by a screen reader, so the
// region says where the tables are, and every action has a real form control (filters, slider, lists, buttons).
// Content Security Policy: no inline styles or handlers; classes from lantern.css, and the CSSOM where needed.
import cytoscape from 'cytoscape';
import {
  type ChartFilter,
  type ChartKind,
  type ChartNetwork,
  type ChartNode,
  type FilterOption,
  choiceLabels,
  describeNode,
  filterOptions,
  formatDate,
  hiddenBehind,
  kindLabel,
  layoutFor,
  MARKED_ROLES,
  nodeCaption,
  readNetwork,
  ringPositions,
  showEverything,
  summary,
  toElements,
  visibleElements,
} from './link-chart-model.ts';
import { chartStylesheet, glyphUrl, HIGHLIGHT, KIND_STYLES, LINK_COLOUR, RESTRICTED_LINK_COLOUR, ROLE_BORDERS } from './link-chart-style.ts';
import { el, svg } from './dom.ts';

const button = (text: string, attrs: Record<string, string> = {}) =>
  el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-2', ...attrs }, text);

const ID = 'link-chart';
const TABLES_NOTE = 'The same network is listed in the tables below.';
const MAX_EXPORT = 8000; // pixels a side: a bigger canvas fails in some browsers
const MAX_FIT_ZOOM = 1.25; // a small network is not blown up past this

class ChartLoadError extends Error {}

// Cytoscape adds a <style> to <head> (position: relative for its container) unless an element with this id is there.
// The CSP (style-src 'self' with a nonce) would block that <style> and report it, so the placeholder stops it and
// lantern.css gives .lantern-link-chart__canvas the same rule.
function keepCytoscapeStylesheetOut(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('template');
  placeholder.id = id;
  document.head.append(placeholder);
}

async function load(src: string): Promise<ChartNetwork> {
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) throw new ChartLoadError('the chart may only load from this site');
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new ChartLoadError('Lantern could not be reached');
  }
  if (!res.ok) throw new ChartLoadError(res.status === 401 || res.status === 403 ? 'you may not see this network' : 'Lantern could not send the network');
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ChartLoadError('Lantern sent something that is not a network (you may need to sign in again)');
  }
  const net = readNetwork(json);
  if (!net) throw new ChartLoadError('Lantern sent something that is not a network');
  return net;
}

function showError(root: HTMLElement, reason: string): void {
  const box = el('div', { class: 'govuk-inset-text lantern-link-chart__error', 'data-testid': 'link-chart-error' });
  box.append(
    el('p', { class: 'govuk-body govuk-!-font-weight-bold' }, 'The link chart could not be shown'),
    el('p', { class: 'govuk-body' }, `The chart could not be drawn: ${reason}. ${TABLES_NOTE} Reload the page to try again.`),
  );
  root.replaceChildren(heading(), box);
}

const heading = () => el('h2', { class: 'govuk-heading-m', id: `${ID}-heading` }, 'Link chart');

// ---------------------------------------------------------------------------------------------------------------
// The key

function keySymbol(width: number, height: number, viewBox: string, ...children: SVGElement[]): SVGElement {
  const s = svg('svg', { width, height, viewBox, 'aria-hidden': 'true', focusable: 'false', class: 'lantern-link-chart__symbol' });
  s.append(...children);
  return s;
}

function kindSymbol(k: ChartKind, border?: { colour: string; style: string }): SVGElement {
  const style = KIND_STYLES[k];
  const shape =
    style.points === null
      ? svg('circle', { cx: 0, cy: 0, r: 1, fill: style.colour })
      : svg('polygon', { points: style.points.replace(/(\S+) (\S+)/g, '$1,$2'), fill: style.colour });
  const parts: SVGElement[] = [];
  if (border) {
    parts.push(
      svg('circle', {
        cx: 0,
        cy: 0,
        r: 1.15,
        fill: 'none',
        stroke: border.colour,
        'stroke-width': border.style === 'double' ? 0.08 : 0.22,
        ...(border.style === 'dashed' ? { 'stroke-dasharray': '0.4 0.25' } : {}),
      }),
    );
    if (border.style === 'double') parts.push(svg('circle', { cx: 0, cy: 0, r: 1.32, fill: 'none', stroke: border.colour, 'stroke-width': 0.08 }));
  }
  parts.push(shape, svg('image', { href: glyphUrl(k), x: -0.58, y: -0.58, width: 1.16, height: 1.16 }));
  return keySymbol(36, 36, '-1.45 -1.45 2.9 2.9', ...parts);
}

function lineSymbol(dash: string | null, colour: string, arrow = false): SVGElement {
  const parts: SVGElement[] = [
    svg('line', { x1: 2, y1: 8, x2: arrow ? 38 : 46, y2: 8, stroke: colour, 'stroke-width': 2, ...(dash ? { 'stroke-dasharray': dash } : {}) }),
  ];
  if (arrow) parts.push(svg('polygon', { points: '36,3 46,8 36,13', fill: colour }));
  return keySymbol(48, 16, '0 0 48 16', ...parts);
}

function keyItem(symbol: SVGElement, text: string): HTMLLIElement {
  const li = el('li', { class: 'lantern-link-chart__key-item' });
  li.append(symbol, el('span', {}, text));
  return li;
}

function chartKey(net: ChartNetwork): HTMLDetailsElement {
  const details = el('details', { class: 'govuk-details govuk-!-margin-bottom-4' });
  const summaryEl = el('summary', { class: 'govuk-details__summary' });
  summaryEl.append(el('span', { class: 'govuk-details__summary-text' }, 'Key to the chart'));
  const body = el('div', { class: 'govuk-details__text' });
  const kinds = el('ul', { class: 'govuk-list lantern-link-chart__key' });
  const present = new Set(net.nodes.map((n) => n.kind));
  for (const k of Object.keys(KIND_STYLES) as ChartKind[])
    if (present.has(k)) kinds.append(keyItem(kindSymbol(k), k === 'restricted' ? 'Restricted record: ask its agency' : kindLabel(k)));
  const marks = el('ul', { class: 'govuk-list lantern-link-chart__key' });
  const startSymbol = keySymbol(
    36,
    36,
    '-1.45 -1.45 2.9 2.9',
    svg('circle', { cx: 0, cy: 0, r: 1.4, fill: HIGHLIGHT }),
    svg('circle', { cx: 0, cy: 0, r: 1, fill: KIND_STYLES.person.colour }),
    svg('image', { href: glyphUrl('person'), x: -0.58, y: -0.58, width: 1.16, height: 1.16 }),
  );
  marks.append(keyItem(startSymbol, 'Larger, with a yellow ring: the person this network is around'));
  for (const [role, b] of Object.entries(ROLE_BORDERS))
    marks.append(keyItem(kindSymbol('person', b), `${MARKED_ROLES[role] ?? role}: ${b.style} border, and named under the record`));
  const lines = el('ul', { class: 'govuk-list lantern-link-chart__key' });
  lines.append(
    keyItem(lineSymbol(null, LINK_COLOUR), 'Confirmed link: solid line'),
    keyItem(lineSymbol('9 5', LINK_COLOUR), 'Reported link: dashed line'),
    keyItem(lineSymbol('2 5', LINK_COLOUR), 'Suspected link: dotted line'),
    keyItem(lineSymbol(null, LINK_COLOUR, true), 'Arrow: read the link in its direction (for example, “picked up by”)'),
    keyItem(lineSymbol('2 4', RESTRICTED_LINK_COLOUR), 'Restricted link: grey dotted line, not named'),
  );
  body.append(
    el('h3', { class: 'govuk-heading-s' }, 'Records'),
    kinds,
    el('h3', { class: 'govuk-heading-s' }, 'Marks'),
    marks,
    el('h3', { class: 'govuk-heading-s' }, 'Links'),
    lines,
  );
  details.append(summaryEl, body);
  return details;
}

// ---------------------------------------------------------------------------------------------------------------
// Form controls

function checkboxes(name: string, legend: string, options: readonly FilterOption[], onChange: (value: string, on: boolean) => void): HTMLDivElement {
  const group = el('div', { class: 'govuk-form-group' });
  const fieldset = el('fieldset', { class: 'govuk-fieldset' });
  fieldset.append(el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend));
  const boxes = el('div', { class: 'govuk-checkboxes govuk-checkboxes--small' });
  options.forEach((o, i) => {
    const id = `${ID}-${name}-${i}`;
    const item = el('div', { class: 'govuk-checkboxes__item' });
    const input = el('input', { class: 'govuk-checkboxes__input', id, name: `${ID}-${name}`, type: 'checkbox', value: o.value });
    input.checked = true;
    input.addEventListener('change', () => {
      onChange(o.value, input.checked);
    });
    item.append(input, el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, `${o.label} (${o.count})`));
    boxes.append(item);
  });
  fieldset.append(boxes);
  group.append(fieldset);
  return group;
}

function select(
  id: string,
  label: string,
  choices: readonly { id: string; label: string }[],
  chosen: string | undefined,
): { group: HTMLDivElement; input: HTMLSelectElement } {
  const group = el('div', { class: 'govuk-form-group lantern-link-chart__field' });
  const input = el('select', { class: 'govuk-select', id, name: id });
  for (const c of choices) {
    const option = el('option', { value: c.id }, c.label);
    option.selected = c.id === chosen;
    input.append(option);
  }
  group.append(el('label', { class: 'govuk-label govuk-label--s', for: id }, label), input);
  return { group, input };
}

// ---------------------------------------------------------------------------------------------------------------
// The chart

function draw(root: HTMLElement, net: ChartNetwork, status: HTMLElement): void {
  const nodes = new Map<string, ChartNode>(net.nodes.map((n) => [n.id, n]));
  const opts = filterOptions(net);
  const all = showEverything(opts);
  const filter = { types: new Set(all.types), confidences: new Set(all.confidences), agencies: new Set(all.agencies), until: all.until } satisfies ChartFilter;
  const collapsed = new Set<string>();
  let pathShown = false;
  let exportUrl: string | undefined;
  const choices = choiceLabels(net);
  const nameOf = (id: string) => {
    const n = nodes.get(id);
    return !n || n.restricted ? 'Restricted record' : n.label;
  };

  // Filters: link type, confidence and agency, each only with the values the network holds.
  const filterBox = el('details', { class: 'govuk-details govuk-!-margin-bottom-4', 'data-testid': 'link-chart-filters' });
  const filterSummary = el('summary', { class: 'govuk-details__summary' });
  filterSummary.append(el('span', { class: 'govuk-details__summary-text' }, 'Filter the links in the chart'));
  const filterBody = el('div', { class: 'govuk-details__text' });
  const filterRow = el('div', { class: 'govuk-grid-row' });
  const column = (child: HTMLElement) => {
    const c = el('div', { class: 'govuk-grid-column-one-third' });
    c.append(child);
    return c;
  };
  const toggle = (set: Set<string>) => (value: string, on: boolean) => {
    if (on) set.add(value);
    else set.delete(value);
    apply();
  };
  filterRow.append(
    column(checkboxes('type', 'Link type', opts.types, toggle(filter.types))),
    column(checkboxes('confidence', 'Confidence', opts.confidences, toggle(filter.confidences))),
    column(checkboxes('agency', 'Recorded by', opts.agencies, toggle(filter.agencies))),
  );
  filterBody.append(filterRow);
  filterBox.append(filterSummary, filterBody);

  // The time slider over the links' start dates; undated links always show.
  const timeGroup = el('div', { class: 'govuk-form-group', 'data-testid': 'link-chart-time' });
  const dates = opts.dates;
  let slider: HTMLInputElement | undefined;
  if (dates.length) {
    const last = dates.length - 1;
    const value = el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0', id: `${ID}-until-value`, 'aria-hidden': 'true' });
    const range = el('input', {
      type: 'range',
      class: 'lantern-link-chart__range',
      id: `${ID}-until`,
      name: `${ID}-until`,
      min: '0',
      max: String(last),
      step: '1',
      value: String(last),
      'aria-describedby': `${ID}-until-hint`,
    });
    const show = () => {
      const i = Math.min(last, Math.max(0, Number(range.value)));
      const date = dates[i]!;
      filter.until = i === last ? null : date;
      const text = i === last ? `${formatDate(date)}: the latest, all links shown` : formatDate(date);
      value.textContent = text;
      range.setAttribute('aria-valuetext', text);
    };
    range.addEventListener('input', () => {
      show();
      apply();
    });
    show();
    slider = range;
    timeGroup.append(
      el('label', { class: 'govuk-label govuk-label--s', for: range.id }, 'Show links that had begun by'),
      el(
        'div',
        { class: 'govuk-hint', id: `${ID}-until-hint` },
        `From ${formatDate(dates[0]!)} to ${formatDate(dates[last]!)}. Links with no date are always shown.`,
      ),
      range,
      value,
    );
  } else {
    timeGroup.append(el('p', { class: 'govuk-body' }, 'None of these links has a date, so there is no time slider.'));
  }

  // Collapse and expand one record (the list, a button, or a double click in the chart).
  const record = select(`${ID}-record`, 'Record', choices, net.start || choices[0]?.id);
  const collapseButton = button('Collapse this record', { 'data-testid': 'link-chart-collapse' });
  const expandAll = button('Expand all records');
  const selected = el('p', { class: 'govuk-body-s', id: `${ID}-selected`, 'aria-live': 'polite' });
  const recordBox = el('div', { class: 'lantern-link-chart__group' });
  const recordButtons = el('div', { class: 'govuk-button-group' });
  recordButtons.append(collapseButton, expandAll);
  recordBox.append(
    el('h3', { class: 'govuk-heading-s' }, 'Collapse or expand a record'),
    el(
      'p',
      { class: 'govuk-hint' },
      'Collapsing a record hides what is linked to the network only through it. You can also choose a record by clicking it in the chart, and double-click it to collapse or expand it.',
    ),
    record.group,
    recordButtons,
    selected,
  );

  // The shortest path between two records.
  const others = choices.filter((c) => c.id !== net.start);
  const from = select(`${ID}-path-from`, 'From', choices, net.start || choices[0]?.id);
  const to = select(`${ID}-path-to`, 'To', choices, (others[0] ?? choices[0])?.id);
  const pathButton = button('Highlight the shortest path', { 'data-testid': 'link-chart-path' });
  const clearButton = button('Clear the path');
  const pathResult = el('p', { class: 'govuk-body-s', id: `${ID}-path-result`, 'aria-live': 'polite', 'data-testid': 'link-chart-path-result' });
  const pathBox = el('div', { class: 'lantern-link-chart__group' });
  const pathFields = el('div', { class: 'lantern-link-chart__fields' });
  pathFields.append(from.group, to.group);
  const pathButtons = el('div', { class: 'govuk-button-group' });
  pathButtons.append(pathButton, clearButton);
  pathBox.append(el('h3', { class: 'govuk-heading-s' }, 'Path between two records'), pathFields, pathButtons, pathResult);

  // View and export.
  const fitButton = button('Rearrange the chart');
  const resetButton = button('Show everything again');
  const exportButton = button('Save the chart as a picture (PNG)', { 'data-testid': 'link-chart-export' });
  // The link to the picture appears once there is one (a second way to save it if the browser stopped the download).
  const download = el('a', { class: 'govuk-link', download: 'network.png', 'data-testid': 'link-chart-download' }, 'Download network.png');
  const viewButtons = el('div', { class: 'govuk-button-group' });
  viewButtons.append(fitButton, resetButton, exportButton);

  const tools = el('div', { class: 'lantern-link-chart__tools' });
  tools.append(recordBox, pathBox);

  const canvas = el('div', { class: 'lantern-link-chart__canvas', 'data-testid': 'link-chart-canvas', 'aria-hidden': 'true' });
  root.append(chartKey(net), filterBox, timeGroup, tools, viewButtons, canvas);
  status.classList.add('govuk-!-margin-bottom-2');
  canvas.before(status);

  keepCytoscapeStylesheetOut();
  const positions = ringPositions(net);
  const cy = cytoscape({
    container: canvas,
    elements: toElements(net).map((e) => ({ ...e, ...(e.group === 'nodes' ? { position: positions.get(e.data.id) ?? { x: 0, y: 0 } } : {}) })),
    style: chartStylesheet(),
    layout: { name: 'preset' },
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.edges().unselectify();
  // Breadthfirst from the start, as rows or rings of records by links away (see layoutFor); cose for a big network.
  const layout = () => {
    const shown = cy.elements().not('.is-hidden');
    const root = cy.getElementById(net.start).not('.is-hidden');
    const kind = layoutFor(net, visibleElements(net, filter, collapsed));
    const options: cytoscape.LayoutOptions =
      kind === 'force'
        ? { name: 'cose', animate: false, randomize: false, fit: true, padding: 30, idealEdgeLength: () => 80, nodeRepulsion: () => 8000, componentSpacing: 80 }
        : {
            name: 'breadthfirst',
            ...(root.length ? { roots: root } : {}),
            circle: kind === 'rings',
            directed: false,
            spacingFactor: kind === 'rings' ? 0.8 : 1,
            avoidOverlap: true,
            nodeDimensionsIncludeLabels: true,
            animate: false,
            fit: true,
            padding: 30,
          };
    shown.layout(options).run();
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(shown);
    }
  };
  layout();

  const nodeText = (id: string) => {
    const n = nodes.get(id);
    return n ? describeNode(n) : '';
  };
  const syncRecord = () => {
    const id = record.input.value;
    collapseButton.textContent = collapsed.has(id) ? 'Expand this record' : 'Collapse this record';
    const n = nodes.get(id);
    selected.replaceChildren(`Chosen: ${nodeText(id)}.`);
    if (n?.personId && !n.start) {
      selected.append(' ', el('a', { class: 'govuk-link', href: `/people/${encodeURIComponent(n.personId)}/network` }, `Open the network around ${n.label}`));
    }
    cy.nodes(':selected').unselect();
    cy.getElementById(id).select();
  };

  function apply(announce?: string): void {
    const v = visibleElements(net, filter, collapsed);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('is-hidden', !v.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('is-hidden', !v.edges.has(e.id()));
      });
      cy.nodes().forEach((n) => {
        const node = nodes.get(n.id());
        if (node) n.data('label', collapsed.has(n.id()) ? `${nodeCaption(node)}\n[collapsed]` : nodeCaption(node));
      });
    });
    status.textContent = [announce, summary(net, v)].filter(Boolean).join(' ');
    if (pathShown) highlightPath();
  }

  function toggleCollapse(id: string): void {
    if (!nodes.has(id) || nodes.get(id)?.restricted) return;
    let said: string;
    if (collapsed.delete(id)) {
      said = `${nameOf(id)} expanded.`;
    } else {
      const hidden = hiddenBehind(net, filter, collapsed, id);
      collapsed.add(id);
      said = hidden
        ? `${nameOf(id)} collapsed: ${hidden} ${hidden === 1 ? 'record' : 'records'} hidden.`
        : `${nameOf(id)} collapsed: nothing is linked only through it.`;
    }
    apply(said);
    syncRecord();
  }

  function clearPath(): void {
    pathShown = false;
    cy.elements().removeClass('on-path faded');
  }

  function highlightPath(): void {
    cy.elements().removeClass('on-path faded');
    pathShown = true;
    const a = from.input.value;
    const b = to.input.value;
    if (a === b) {
      pathResult.textContent = 'Choose two different records.';
      return;
    }
    const shown = cy.elements().not('.is-hidden');
    const hidden = [a, b].filter((id) => cy.getElementById(id).hasClass('is-hidden'));
    if (hidden.length) {
      pathResult.textContent = `${hidden.map(nameOf).join(' and ')} ${hidden.length === 1 ? 'is' : 'are'} hidden by the filters or a collapsed record.`;
      return;
    }
    const found = shown.aStar({ root: cy.getElementById(a), goal: cy.getElementById(b), directed: false });
    if (!found.found) {
      pathResult.textContent = `There is no path between ${nameOf(a)} and ${nameOf(b)} through the links shown.`;
      return;
    }
    cy.elements().not(found.path).addClass('faded');
    found.path.addClass('on-path');
    const steps = found.path.map((e) => (e.isNode() ? nameOf(e.id()) : e.hasClass('restricted') ? 'restricted link' : String(e.data('label'))));
    const links = found.path.edges().length;
    pathResult.textContent = `Shortest path, ${links} ${links === 1 ? 'link' : 'links'}: ${steps.join(' – ')}.`;
  }

  record.input.addEventListener('change', syncRecord);
  collapseButton.addEventListener('click', () => {
    toggleCollapse(record.input.value);
  });
  expandAll.addEventListener('click', () => {
    collapsed.clear();
    apply('All records expanded.');
    syncRecord();
  });
  pathButton.addEventListener('click', highlightPath);
  clearButton.addEventListener('click', () => {
    clearPath();
    pathResult.textContent = 'Path cleared.';
  });
  fitButton.addEventListener('click', layout);
  resetButton.addEventListener('click', () => {
    for (const [set, values] of [
      [filter.types, all.types],
      [filter.confidences, all.confidences],
      [filter.agencies, all.agencies],
    ] as const)
      for (const v of values) set.add(v);
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
      box.checked = true;
    });
    if (slider) {
      slider.value = slider.max;
      slider.dispatchEvent(new Event('input'));
    }
    collapsed.clear();
    clearPath();
    pathResult.textContent = '';
    apply('Everything is shown again.');
    syncRecord();
    layout();
  });
  exportButton.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: MAX_EXPORT, maxHeight: MAX_EXPORT });
    if (exportUrl) URL.revokeObjectURL(exportUrl);
    exportUrl = URL.createObjectURL(blob);
    download.href = exportUrl;
    if (!download.isConnected) viewButtons.append(download);
    download.click();
  });

  cy.on('tap', 'node', (evt) => {
    const id = (evt.target as cytoscape.NodeSingular).id();
    if (nodes.get(id)?.restricted) {
      selected.textContent = 'Chosen: a restricted record. Ask its agency’s safeguarding lead.';
      return;
    }
    record.input.value = id;
    syncRecord();
  });
  cy.on('dbltap', 'node', (evt) => {
    const id = (evt.target as cytoscape.NodeSingular).id();
    if (nodes.get(id)?.restricted) return;
    record.input.value = id;
    toggleCollapse(id);
  });

  apply();
  syncRecord();
}

async function start(root: HTMLElement): Promise<void> {
  root.hidden = false;
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Link chart');
  const status = el('p', { class: 'govuk-body', role: 'status', id: `${ID}-status`, 'data-testid': 'link-chart-status' }, 'Loading the chart…');
  root.replaceChildren(heading(), el('p', { class: 'govuk-visually-hidden' }, `The chart draws the network as a picture. ${TABLES_NOTE}`), status);
  let net: ChartNetwork;
  try {
    net = await load(root.dataset['src'] ?? '');
  } catch (e) {
    showError(root, e instanceof ChartLoadError ? e.message : 'something went wrong');
    return;
  }
  if (!net.nodes.length) {
    status.textContent = `There is nothing to chart yet: no links are recorded. ${TABLES_NOTE}`;
    return;
  }
  try {
    draw(root, net, status);
  } catch {
    showError(root, 'this browser could not draw it');
  }
}

const root = document.getElementById(ID);
if (root?.dataset['src']) void start(root);
