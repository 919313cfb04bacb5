import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

// Monthly figures as lines, drawn on the server as SVG (ARCHITECTURE.md: charts are Observable Plot rendered to SVG on the
// server, each with a data table beside it). The table is the full accessible alternative; this SVG is role="img" with a
// one-line summary as its name.
//
// The figures are published ones (core/disclosure): a month whose figure is hidden ('*') has no value, and its line has
// a gap there rather than a guessed point. Series differ by colour, dash pattern and marker, so that colour is not the
// only way to tell them apart (WCAG 1.4.1), and a key is drawn above the plot.
//
// CSP: as in level-chart.ts, Plot's <style> element is removed and its rules live in public/lantern.css under
// .lantern-trend-chart; everything else is a presentation attribute, which CSP does not govern.

export interface TrendSeries {
  name: string;
  // One per month; null: not shown (a hidden figure).
  values: readonly (number | null)[];
}

export interface TrendChartOptions {
  width?: number;
  height?: number;
  // Replaces "Trends by month" at the start of the accessible name and the <title>.
  title?: string;
}

const CLASS_NAME = 'lantern-trend-chart';
const FONT_SIZE = 14;
// GOV.UK Frontend colours with at least 3:1 contrast on white (WCAG 1.4.11), each with its own dashes and marker.
export const TREND_STYLES = [
  { colour: '#1d70b8', dash: 'none', symbol: 'circle' },
  { colour: '#d4351c', dash: '8 4', symbol: 'square' },
  { colour: '#00703c', dash: '2 4', symbol: 'triangle' },
  { colour: '#4c2c92', dash: '10 4 2 4', symbol: 'diamond' },
  { colour: '#505a5f', dash: '4 2', symbol: 'cross' },
] as const;
const LEGEND_ROW = 22;
// Rough width of one character at 14px, for laying out the key.
const CHAR_WIDTH = 7.8;

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const asDate = (key: string): Date => new Date(`${key}-01T00:00:00Z`);

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`trendChartSvg: ${name} must be a positive number`);
  return value;
}

// Rows of the key: each item is a sample line and marker, then the name; items wrap to the plot's width.
function legendItems(names: readonly string[], width: number, left: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = left;
  let row = 0;
  for (const name of names) {
    const w = 36 + name.length * CHAR_WIDTH + 24;
    if (x > left && x + w > width) {
      x = left;
      row += 1;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

// The marker shapes as paths centred on 0,0 (the same shapes Plot draws for these symbols, near enough for a key).
const MARKERS: Record<(typeof TREND_STYLES)[number]['symbol'], string> = {
  circle: 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0',
  square: 'M-4,-4h8v8h-8Z',
  triangle: 'M0,-5.2L4.5,2.6L-4.5,2.6Z',
  diamond: 'M0,-5.5L5.5,0L0,5.5L-5.5,0Z',
  cross: 'M-4.5,-1.5h3v-3h3v3h3v3h-3v3h-3v-3h-3Z',
};

function legendMarkup(names: readonly string[], width: number, left: number, top: number): string {
  const items = legendItems(names, width, left);
  return `<g class="${CLASS_NAME}__key" aria-hidden="true">${names
    .map((name, i) => {
      const { x, row } = items[i]!;
      const s = TREND_STYLES[i]!;
      const y = top + row * LEGEND_ROW;
      const dash = s.dash === 'none' ? '' : ` stroke-dasharray="${s.dash}"`;
      return (
        `<line x1="${x}" x2="${x + 28}" y1="${y}" y2="${y}" stroke="${s.colour}" stroke-width="2"${dash}/>` +
        `<path d="${MARKERS[s.symbol]}" transform="translate(${x + 14},${y})" fill="${s.colour}" stroke="${s.colour}"/>` +
        `<text x="${x + 36}" y="${y}" dy="0.32em" text-anchor="start" fill="currentColor">${escapeHtml(name)}</text>`
      );
    })
    .join('')}</g>`;
}

export function trendChartSvg(months: readonly string[], series: readonly TrendSeries[], opts: TrendChartOptions = {}): string {
  if (months.length === 0 || series.length === 0) return '';
  const width = positive(opts.width, 640, 'width');
  const height = positive(opts.height, 320, 'height');
  if (series.length > TREND_STYLES.length) throw new RangeError(`trendChartSvg: at most ${TREND_STYLES.length} series`);
  for (const m of months) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw new RangeError('trendChartSvg: months must be like 2026-03');
  }
  if (new Set(months).size !== months.length) throw new RangeError('trendChartSvg: each month once');
  for (const s of series) {
    if (typeof s.name !== 'string' || s.name.trim() === '') throw new RangeError('trendChartSvg: every series needs a name');
    if (s.values.length !== months.length) throw new RangeError('trendChartSvg: every series needs one value per month');
    for (const v of s.values) if (v !== null && (!Number.isFinite(v) || v < 0)) throw new RangeError('trendChartSvg: values must be 0 or more, or null');
  }

  const names = series.map((s) => s.name);
  const margin = { left: 56, right: 24, bottom: 48 };
  const legendRows = Math.max(...legendItems(names, width - margin.right, margin.left).map((i) => i.row)) + 1;
  const marginTop = 16 + legendRows * LEGEND_ROW;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const yMax = max === 0 ? 5 : max;

  // The year goes under the first month and every January.
  const tickFormat = (key: string, i: number): string => {
    const d = asDate(key);
    return i === 0 || d.getUTCMonth() === 0 ? `${monthShort.format(d)}\n${d.getUTCFullYear()}` : monthShort.format(d);
  };

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const marks = series.flatMap((s, i) => {
    const style = TREND_STYLES[i]!;
    const data = s.values.map((v, j) => ({ month: months[j]!, value: v }));
    const shown = data.filter((d) => d.value !== null);
    return [
      // A null breaks the line: a hidden month is a gap, not a point.
      Plot.line(data, {
        x: 'month',
        y: 'value',
        stroke: style.colour,
        strokeWidth: 2,
        ...(style.dash === 'none' ? {} : { strokeDasharray: style.dash }),
        className: `${CLASS_NAME}__line`,
      }),
      Plot.dot(shown, { x: 'month', y: 'value', symbol: style.symbol, r: 4, fill: style.colour, stroke: style.colour, className: `${CLASS_NAME}__dot` }),
    ];
  });
  const svg = Plot.plot({
    document,
    className: CLASS_NAME,
    width,
    height,
    marginTop,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: 'point', domain: [...months], padding: 0.3, tickFormat, label: null },
    y: { domain: [0, yMax], nice: true, grid: true, label: null, ticks: 5, tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : '') },
    marks: [Plot.ruleY([0]), ...marks],
  });

  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  // As in level-chart.ts: the whole SVG is one image with its own name, so the mark groups' own labels go.
  for (const g of Array.from(svg.querySelectorAll('[aria-label="line"], [aria-label="dot"], [aria-label="rule"]'))) g.removeAttribute('aria-label');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');

  const gaps = series.some((s) => s.values.includes(null)) ? '; hidden figures are gaps in the lines' : '';
  const span = `${monthYear.format(asDate(months[0]!))} to ${monthYear.format(asDate(months[months.length - 1]!))}`;
  const label = `${opts.title ?? 'Trends by month'}, ${span}: ${names.join(', ')}${gaps}`;

  // The name goes in by hand, escaped here: linkedom escapes only quotes in attribute values. Every attribute on the
  // opening tag so far is one of ours (numbers and fixed strings), so its first '>' ends it.
  const markup = svg.outerHTML;
  const openEnd = markup.indexOf('>');
  if (!markup.startsWith('<svg ') || openEnd < 0 || !markup.endsWith('</svg>')) throw new Error('trendChartSvg: Plot did not return an <svg> element');
  const name = escapeHtml(label);
  const key = legendMarkup(names, width - margin.right, margin.left, 14);
  return `${markup.slice(0, openEnd)} aria-label="${name}"><title>${name}</title>${markup.slice(openEnd + 1, -'</svg>'.length)}${key}</svg>`;
}
