import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

// A breakdown (counts by ward, gender, age band ...) as horizontal bars, drawn on the server as SVG (ARCHITECTURE.md:
// charts are Observable Plot rendered to SVG on the server, each with a data table beside it). The table is the full
// accessible alternative; this SVG is role="img" with a one-line summary as its name.
//
// The figures are published ones (core/disclosure): a hidden figure has no bar, only its published text ('*') where the
// bar would start, so that no length is drawn for a count that is not shown. Every bar carries its figure as text.
//
// CSP: as in level-chart.ts, Plot's <style> element is removed and its rules live in public/lantern.css under
// .lantern-bar-chart; everything else is a presentation attribute, which CSP does not govern.

export interface Bar {
  label: string;
  // null: not shown (a hidden figure).
  value: number | null;
  // The text written at the end of the bar: the published figure ('10', '*').
  display: string;
}

export interface BarChartOptions {
  width?: number;
  // Replaces "Breakdown" at the start of the accessible name and the <title>.
  title?: string;
}

const CLASS_NAME = 'lantern-bar-chart';
const FONT_SIZE = 14;
const BAR_COLOUR = '#1d70b8';
// Rough width of one character at 14px, for the room the category labels need.
const CHAR_WIDTH = 7.6;
const LINE_HEIGHT = 17;
// Category labels wrap at this many characters (on spaces) so that long names do not take half the chart.
const WRAP_AT = 24;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`barChartSvg: ${name} must be a positive number`);
  return value;
}

// Words into lines of at most WRAP_AT characters (a longer word gets a line to itself).
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= WRAP_AT) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function barChartSvg(bars: readonly Bar[], opts: BarChartOptions = {}): string {
  if (bars.length === 0) return '';
  const width = positive(opts.width, 640, 'width');
  for (const b of bars) {
    if (typeof b.label !== 'string' || b.label.trim() === '') throw new RangeError('barChartSvg: every bar needs a label');
    if (b.value !== null && (!Number.isFinite(b.value) || b.value < 0)) throw new RangeError('barChartSvg: values must be 0 or more, or null');
    if (typeof b.display !== 'string') throw new RangeError('barChartSvg: every bar needs its figure as text');
  }

  const wrapped = bars.map((b) => wrapLabel(b.label));
  const lines = Math.max(...wrapped.map((w) => w.length));
  const longest = Math.max(...wrapped.flat().map((l) => l.length));
  const step = Math.max(28, lines * LINE_HEIGHT + 10);
  const margin = { top: 32, right: 48, bottom: 8, left: Math.min(Math.ceil(longest * CHAR_WIDTH) + 16, Math.floor(width / 2)) };
  const height = margin.top + margin.bottom + step * bars.length;
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));

  // The y domain is the bar's position, so that two bars may share a label.
  const data = bars.map((b, i) => ({ i, value: b.value, display: b.display }));
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
    x: {
      domain: [0, max === 0 ? 5 : max],
      nice: true,
      grid: true,
      axis: 'top',
      ticks: 5,
      label: null,
      tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : ''),
    },
    y: { type: 'band', domain: data.map((d) => d.i), padding: 0.25, label: null, tickFormat: (i: number) => wrapped[i]!.join('\n'), tickSize: 0 },
    marks: [
      Plot.barX(
        data.filter((d) => d.value !== null && d.value > 0),
        { x: 'value', y: 'i', fill: BAR_COLOUR, className: `${CLASS_NAME}__bar` },
      ),
      Plot.ruleX([0]),
      Plot.text(data, {
        x: (d: (typeof data)[number]) => d.value ?? 0,
        y: 'i',
        text: 'display',
        textAnchor: 'start',
        dx: 6,
        fill: 'currentColor',
        className: `${CLASS_NAME}__figure`,
      }),
    ],
  });

  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  // As in level-chart.ts: the whole SVG is one image with its own name, so the mark groups' own labels go.
  for (const g of Array.from(svg.querySelectorAll('[aria-label="bar"], [aria-label="rule"], [aria-label="text"]'))) g.removeAttribute('aria-label');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');

  const shown = bars.filter((b): b is Bar & { value: number } => b.value !== null);
  const top = shown.reduce<(Bar & { value: number }) | undefined>((best, b) => (best === undefined || b.value > best.value ? b : best), undefined);
  const summary = top && top.value > 0 ? `largest ${top.label} (${top.display})` : 'no figure large enough to draw';
  const label = `${opts.title ?? 'Breakdown'}: ${bars.length} ${bars.length === 1 ? 'group' : 'groups'}, ${summary}`;

  // The name goes in by hand, escaped here: linkedom escapes only quotes in attribute values. Every attribute on the
  // opening tag so far is one of ours (numbers and fixed strings), so its first '>' ends it.
  const markup = svg.outerHTML;
  const openEnd = markup.indexOf('>');
  if (!markup.startsWith('<svg ') || openEnd < 0) throw new Error('barChartSvg: Plot did not return an <svg> element');
  const name = escapeHtml(label);
  return `${markup.slice(0, openEnd)} aria-label="${name}"><title>${name}</title>${markup.slice(openEnd + 1)}`;
}
