import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type Bar, barChartSvg, wrapLabel } from './bar-chart.ts';

const BARS: Bar[] = [
  { label: 'Female', value: 20, display: '20' },
  { label: 'Male', value: 10, display: '10' },
  { label: 'Non-binary', value: null, display: '*' },
  { label: 'Not known', value: 0, display: '0' },
];

function parse(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (root === null) throw new Error('no <svg> in the output');
  return root;
}

const tickLabels = (svg: SVGSVGElement): string[] =>
  Array.from(svg.querySelectorAll('g[aria-label="y-axis tick label"] text'), (t) =>
    t.querySelectorAll('tspan').length ? Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' ') : t.textContent,
  );
const figures = (svg: SVGSVGElement): string[] => Array.from(svg.querySelectorAll('g.lantern-bar-chart__figure text'), (t) => t.textContent);
const rects = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll('g.lantern-bar-chart__bar rect'));

describe('barChartSvg', () => {
  it('returns an empty string when there are no bars', () => {
    expect(barChartSvg([])).toBe('');
  });

  it('returns one accessible <svg> named after the largest figure', () => {
    const svg = barChartSvg(BARS, { title: 'Children at risk by gender' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const root = parse(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Children at risk by gender: 4 groups, largest Female (20)');
    expect(root.querySelector('title')?.textContent).toBe('Children at risk by gender: 4 groups, largest Female (20)');
  });

  it('says so when no figure can be drawn', () => {
    const root = parse(
      barChartSvg([
        { label: 'A', value: null, display: '*' },
        { label: 'B', value: 0, display: '0' },
      ]),
    );
    expect(root.getAttribute('aria-label')).toBe('Breakdown: 2 groups, no figure large enough to draw');
    expect(rects(root)).toHaveLength(0);
  });

  it('labels every bar in order and writes every figure, hidden ones included', () => {
    const root = parse(barChartSvg(BARS));
    expect(tickLabels(root)).toEqual(['Female', 'Male', 'Non-binary', 'Not known']);
    expect(figures(root)).toEqual(['20', '10', '*', '0']);
  });

  it('draws a bar only for a shown, non-zero figure, in proportion', () => {
    const bars = rects(parse(barChartSvg(BARS)));
    expect(bars).toHaveLength(2);
    const [female, male] = bars.map((r) => Number(r.getAttribute('width')));
    expect(female! / male!).toBeCloseTo(2, 5);
  });

  it('grows with the number of bars', () => {
    const h = (n: number) =>
      Number(parse(barChartSvg(Array.from({ length: n }, (_, i) => ({ label: `Ward ${i}`, value: i, display: String(i) })))).getAttribute('height'));
    expect(h(21)).toBeGreaterThan(h(5));
  });

  it('wraps long labels onto more lines', () => {
    expect(wrapLabel('Black, Black British, Caribbean or African')).toEqual(['Black, Black British,', 'Caribbean or African']);
    expect(wrapLabel('Harold Wood')).toEqual(['Harold Wood']);
    const root = parse(barChartSvg([{ label: 'Outside the area or not placed', value: 10, display: '10' }]));
    expect(root.querySelectorAll('g[aria-label="y-axis tick label"] tspan')).toHaveLength(2);
  });

  it('allows two bars with the same label', () => {
    const root = parse(
      barChartSvg([
        { label: 'Other', value: 10, display: '10' },
        { label: 'Other', value: 5, display: '5' },
      ]),
    );
    expect(tickLabels(root)).toEqual(['Other', 'Other']);
  });

  it('emits nothing the CSP would block: no script, no <style>, no style attributes', () => {
    const svg = barChartSvg(BARS, { title: 'By gender' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toContain('url(');
    expect(parse(svg).getAttribute('class')).toBe('lantern-bar-chart');
  });

  it('escapes the title and the labels', () => {
    const svg = barChartSvg([{ label: 'Rainham & <script>x</script>', value: 10, display: '10' }], { title: `"><b>t</b>` });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const root = parse(svg);
    expect(root.getAttribute('aria-label')).toBe(`"><b>t</b>: 1 group, largest Rainham & <script>x</script> (10)`);
    expect(tickLabels(root)).toEqual(['Rainham & <script>x</script>']);
  });

  it('leaves no aria-label on the mark groups', () => {
    expect(barChartSvg(BARS)).not.toMatch(/aria-label="(bar|rule|text)"/);
  });

  it('takes its width from the options', () => {
    expect(parse(barChartSvg(BARS, { width: 480 })).getAttribute('viewBox')).toMatch(/^0 0 480 \d+$/);
  });

  it.each([
    ['an empty label', [{ label: '', value: 1, display: '1' }], {}],
    ['a negative value', [{ label: 'A', value: -1, display: '-1' }], {}],
    ['an infinite value', [{ label: 'A', value: Infinity, display: '1' }], {}],
    ['a zero width', BARS, { width: 0 }],
  ])('refuses %s', (_name, bars, opts) => {
    expect(() => barChartSvg(bars, opts)).toThrow(RangeError);
  });
});
