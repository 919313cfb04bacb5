import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { TREND_STYLES, trendChartSvg, type TrendSeries } from './trend-chart.ts';

const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03'];
const TWO: TrendSeries[] = [
  { name: 'Concerns raised', values: [10, 15, null, 20] },
  { name: 'Missing episodes', values: [0, 5, 10, 0] },
];

function parse(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (root === null) throw new Error('no <svg> in the output');
  return root;
}

const texts = (svg: SVGSVGElement, group: string): string[] =>
  Array.from(svg.querySelectorAll(`g[aria-label="${group}"] text`), (t) =>
    t.querySelectorAll('tspan').length ? Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' ') : t.textContent,
  );

const linePaths = (svg: SVGSVGElement): Element[] => Array.from(svg.querySelectorAll('g.lantern-trend-chart__line path'));
const dotPaths = (svg: SVGSVGElement): Element[] => Array.from(svg.querySelectorAll('g.lantern-trend-chart__dot path, g.lantern-trend-chart__dot circle'));

describe('trendChartSvg', () => {
  it('returns an empty string with no months or no series', () => {
    expect(trendChartSvg([], TWO)).toBe('');
    expect(trendChartSvg(MONTHS, [])).toBe('');
  });

  it('returns one accessible <svg> named after its series and span', () => {
    const svg = trendChartSvg(MONTHS, TWO);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const root = parse(svg);
    const name = 'Trends by month, Dec 2025 to Mar 2026: Concerns raised, Missing episodes; hidden figures are gaps in the lines';
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(name);
    expect(root.querySelector('title')?.textContent).toBe(name);
  });

  it('says nothing about gaps when every figure is shown', () => {
    const root = parse(trendChartSvg(MONTHS, [{ name: 'Screenings', values: [5, 10, 0, 15] }], { title: 'Screenings by month' }));
    expect(root.getAttribute('aria-label')).toBe('Screenings by month, Dec 2025 to Mar 2026: Screenings');
  });

  it('draws one line per series in its own colour and dashes, and a marker for every shown figure only', () => {
    const root = parse(trendChartSvg(MONTHS, TWO));
    const groups = Array.from(root.querySelectorAll('g.lantern-trend-chart__line'));
    expect(groups.map((g) => g.getAttribute('stroke'))).toEqual([TREND_STYLES[0].colour, TREND_STYLES[1].colour]);
    expect(groups.map((g) => g.getAttribute('stroke-dasharray'))).toEqual([null, TREND_STYLES[1].dash]);
    expect(linePaths(root)).toHaveLength(2);
    // 3 shown figures in the first series, 4 in the second.
    expect(dotPaths(root)).toHaveLength(7);
  });

  it('breaks the line at a hidden month instead of drawing through it', () => {
    const root = parse(trendChartSvg(MONTHS, [{ name: 'Concerns', values: [10, 15, null, 20] }]));
    const d = linePaths(root)[0]!.getAttribute('d')!;
    // Two pieces: Dec to Jan, and Mar on its own.
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('labels the x axis with months, and the year under the first month and each January', () => {
    const root = parse(trendChartSvg(['2025-11', '2025-12', '2026-01', '2026-02'], [{ name: 'A', values: [1, 2, 3, 4] }]));
    expect(texts(root, 'x-axis tick label')).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb']);
  });

  it('draws a key naming every series', () => {
    const svg = trendChartSvg(MONTHS, TWO);
    const key = parse(svg).querySelector('g.lantern-trend-chart__key');
    expect(key?.getAttribute('aria-hidden')).toBe('true');
    expect(Array.from(key!.querySelectorAll('text'), (t) => t.textContent)).toEqual(['Concerns raised', 'Missing episodes']);
  });

  it('wraps the key to more rows on a narrow chart and makes room for them', () => {
    const series = ['Concerns raised', 'Screenings completed', 'Referrals made', 'Missing episodes'].map((name) => ({ name, values: [1, 2, 3, 4] }));
    const wide = parse(trendChartSvg(MONTHS, series, { width: 1200 }));
    const narrow = parse(trendChartSvg(MONTHS, series, { width: 400 }));
    const rows = (root: SVGSVGElement) => new Set(Array.from(root.querySelectorAll('g.lantern-trend-chart__key text'), (t) => t.getAttribute('y'))).size;
    expect(rows(wide)).toBe(1);
    expect(rows(narrow)).toBeGreaterThan(1);
  });

  it('emits nothing the CSP would block: no script, no <style>, no style attributes', () => {
    const svg = trendChartSvg(MONTHS, TWO, { title: 'Trends' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toContain('url(');
    expect(parse(svg).getAttribute('class')).toBe('lantern-trend-chart');
  });

  it('escapes the title and the series names', () => {
    const svg = trendChartSvg(MONTHS, [{ name: '<script>alert(1)</script> & co', values: [1, 2, 3, 4] }], { title: `"><b>x</b>` });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const root = parse(svg);
    expect(root.getAttribute('aria-label')).toBe(`"><b>x</b>, Dec 2025 to Mar 2026: <script>alert(1)</script> & co`);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelector('g.lantern-trend-chart__key text')?.textContent).toBe('<script>alert(1)</script> & co');
  });

  it('leaves no aria-label on the mark groups', () => {
    expect(trendChartSvg(MONTHS, TWO)).not.toMatch(/aria-label="(line|dot|rule)"/);
  });

  it('takes its size from the options', () => {
    expect(parse(trendChartSvg(MONTHS, TWO, { width: 480, height: 200 })).getAttribute('viewBox')).toBe('0 0 480 200');
  });

  it('draws all-hidden series as an empty plot with its axes', () => {
    const root = parse(trendChartSvg(MONTHS, [{ name: 'Hidden', values: [null, null, null, null] }]));
    expect(dotPaths(root)).toHaveLength(0);
    expect(texts(root, 'y-axis tick label')[0]).toBe('0');
  });

  it.each([
    ['a bad month', ['2026-13'], [{ name: 'A', values: [1] }], {}],
    ['a repeated month', ['2026-01', '2026-01'], [{ name: 'A', values: [1, 2] }], {}],
    ['too few values', MONTHS, [{ name: 'A', values: [1] }], {}],
    ['a negative value', MONTHS, [{ name: 'A', values: [1, -1, 2, 3] }], {}],
    ['a NaN value', MONTHS, [{ name: 'A', values: [1, Number.NaN, 2, 3] }], {}],
    ['an empty name', MONTHS, [{ name: ' ', values: [1, 2, 3, 4] }], {}],
    ['too many series', MONTHS, Array.from({ length: 6 }, (_, i) => ({ name: `S${i}`, values: [1, 2, 3, 4] })), {}],
    ['a zero width', MONTHS, TWO, { width: 0 }],
  ])('refuses %s', (_name, months, series, opts) => {
    expect(() => trendChartSvg(months, series, opts)).toThrow(RangeError);
  });
});
