import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { LRUCache } from 'lru-cache';
import { LEVEL_ORDER, type RiskLevel } from '../../core/screening/levels.ts';

// A child's risk level over time, drawn on the server as SVG (ARCHITECTURE.md: charts are Observable Plot rendered to
// SVG on the server, each with a data table beside it). The table is the full accessible alternative; this SVG is
// role="img" with a one-line summary as its name.
//
// CSP: Plot puts a <style> element inside the SVG. The page's style-src has no 'unsafe-inline' (plugins/security.ts),
// so it is removed here and its rules live in public/lantern.css under .lantern-level-chart. Everything else is a
// presentation attribute (fill, stroke, font-size), which CSP does not govern.

export interface LevelPoint {
  at: Date;
  level: RiskLevel;
}

export interface LevelChartOptions {
  width?: number;
  height?: number;
  // Replaces "Risk level over time" at the start of the accessible name and the <title>.
  title?: string;
}

// Short axis labels. RISK_LEVELS says "No identified risk" for none, which is too long for an axis.
const AXIS_LABELS: Record<RiskLevel, string> = { none: 'None', low: 'Low', medium: 'Medium', high: 'High' };

const CLASS_NAME = 'lantern-level-chart';
const FONT_SIZE = 14;
// The widest x label ("Sept 2026" at 14px) is about 65px; keep at least this much room per tick.
const MIN_TICK_SPACING = 90;
// Month steps for the x ticks: the smallest that fits wins. Ticks fall on the first of a month (UTC), and steps of
// a year or more on January.
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// Months since January of year 0 (UTC), so that a step of 12 lands on January.
const monthIndex = (d: Date): number => d.getUTCFullYear() * 12 + d.getUTCMonth();
const monthStart = (index: number): Date => new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`levelChartSvg: ${name} must be a positive number`);
  return value;
}

function xTicks(first: Date, last: Date, plotWidth: number): { domain: [Date, Date]; ticks: Date[] } {
  // The domain runs from the first screening's month start to the month start after the last screening, so a single
  // screening still gets a whole month and two labelled ticks.
  const from = monthIndex(first);
  const lastMonth = monthIndex(last);
  const to = lastMonth > from && monthStart(lastMonth).getTime() === last.getTime() ? lastMonth : lastMonth + 1;
  const maxTicks = Math.max(2, Math.floor(plotWidth / MIN_TICK_SPACING) + 1);
  const count = (step: number): number => Math.floor(to / step) - Math.ceil(from / step) + 1;
  const step = MONTH_STEPS.find((s) => count(s) <= maxTicks) ?? 120;
  const ticks: Date[] = [];
  for (let m = Math.ceil(from / step) * step; m <= to; m += step) ticks.push(monthStart(m));
  const domain: [Date, Date] = [monthStart(from), monthStart(to)];
  return { domain, ticks: ticks.length >= 2 ? ticks : domain };
}

// A chart is a pure function of its points and options, and a record is opened far more often than it is screened:
// drawing one (Plot on a linkedom document) costs about a millisecond, a few per cent of a record page. Bounded, so
// the cache holds at most a few megabytes.
const drawn = new LRUCache<string, string>({ max: 2_000 });

export function levelChartSvg(points: readonly LevelPoint[], opts: LevelChartOptions = {}): string {
  if (points.length === 0) return '';
  const key = JSON.stringify([points.map((p) => [p.at instanceof Date ? p.at.getTime() : null, p.level]), String(opts.width), String(opts.height), opts.title]);
  const hit = drawn.get(key);
  if (hit !== undefined) return hit;
  const svg = draw(points, opts);
  drawn.set(key, svg);
  return svg;
}

function draw(points: readonly LevelPoint[], opts: LevelChartOptions): string {
  const width = positive(opts.width, 640, 'width');
  const height = positive(opts.height, 240, 'height');

  for (const p of points) {
    if (!(p.at instanceof Date) || Number.isNaN(p.at.getTime())) throw new RangeError('levelChartSvg: every point needs a valid date');
    if (!LEVEL_ORDER.includes(p.level)) throw new RangeError('levelChartSvg: unknown risk level');
  }
  const data = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = data[0]!;
  const latest = data[data.length - 1]!;

  const margin = { top: 20, right: 40, bottom: 36, left: 72 };
  const { domain, ticks } = xTicks(first.at, latest.at, width - margin.left - margin.right);

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document,
    className: CLASS_NAME,
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: 'utc', domain, ticks, inset: 12, tickFormat: (d: Date) => monthYear.format(d), label: null },
    // reverse: high at the top.
    y: { type: 'point', domain: [...LEVEL_ORDER], reverse: true, tickFormat: (l: RiskLevel) => AXIS_LABELS[l], label: null, grid: true },
    marks: [
      // step-after: a level holds until the next screening changes it.
      Plot.line(data, { x: 'at', y: 'level', curve: 'step-after', stroke: 'currentColor', strokeWidth: 2, className: `${CLASS_NAME}__line` }),
      Plot.dot(data, { x: 'at', y: 'level', r: 5, fill: 'currentColor', className: `${CLASS_NAME}__dot` }),
    ],
  });

  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  // Plot names its mark groups (aria-label="line", "dot") on <g> elements with no role, which ARIA prohibits (axe:
  // aria-prohibited-attr). The whole SVG is one image with its own name, so those labels go.
  for (const g of Array.from(svg.querySelectorAll('[aria-label="line"], [aria-label="dot"]'))) g.removeAttribute('aria-label');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');

  const count = `${data.length} ${data.length === 1 ? 'screening' : 'screenings'}`;
  const label = `${opts.title ?? 'Risk level over time'}: ${count}, latest ${AXIS_LABELS[latest.level]} (${monthYear.format(latest.at)})`;

  // The name goes in by hand, escaped here: linkedom escapes only quotes in attribute values. Every attribute on the
  // opening tag so far is one of ours (numbers and fixed strings), so its first '>' ends it.
  const markup = svg.outerHTML;
  const openEnd = markup.indexOf('>');
  if (!markup.startsWith('<svg ') || openEnd < 0) throw new Error('levelChartSvg: Plot did not return an <svg> element');
  const name = escapeHtml(label);
  return `${markup.slice(0, openEnd)} aria-label="${name}"><title>${name}</title>${markup.slice(openEnd + 1)}`;
}
