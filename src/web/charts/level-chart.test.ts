import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../core/screening/levels.ts';
import { levelChartSvg, type LevelPoint } from './level-chart.ts';

const at = (iso: string): Date => new Date(`${iso}T10:00:00Z`);
const point = (iso: string, level: RiskLevel): LevelPoint => ({ at: at(iso), level });

const FOUR: LevelPoint[] = [point('2026-01-12', 'low'), point('2026-02-20', 'medium'), point('2026-03-05', 'none'), point('2026-04-30', 'high')];

function parse(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (root === null) throw new Error('no <svg> in the output');
  return root;
}

const texts = (svg: SVGSVGElement, group: string): string[] => Array.from(svg.querySelectorAll(`g[aria-label="${group}"] text`), (t) => t.textContent);

// The dots' centres, left to right (time order).
const dots = (svg: SVGSVGElement): { cx: number; cy: number }[] =>
  Array.from(svg.querySelectorAll('circle'), (c) => ({ cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')) })).sort((a, b) => a.cx - b.cx);

describe('levelChartSvg', () => {
  it('returns an empty string when there are no screenings', () => {
    expect(levelChartSvg([])).toBe('');
  });

  it('returns one accessible <svg> named after the latest level', () => {
    const svg = levelChartSvg(FOUR);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const root = parse(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Risk level over time: 4 screenings, latest High (Apr 2026)');
    expect(root.querySelector('title')?.textContent).toBe('Risk level over time: 4 screenings, latest High (Apr 2026)');
  });

  it('names the latest screening by date, not by input order', () => {
    const shuffled = [FOUR[3]!, FOUR[0]!, FOUR[2]!, FOUR[1]!];
    expect(parse(levelChartSvg(shuffled)).getAttribute('aria-label')).toContain('latest High (Apr 2026)');
    expect(parse(levelChartSvg([point('2026-05-01', 'low'), point('2026-01-01', 'high')])).getAttribute('aria-label')).toContain('latest Low (May 2026)');
  });

  it('draws one circle per screening', () => {
    expect(parse(levelChartSvg(FOUR)).querySelectorAll('circle')).toHaveLength(4);
  });

  it('still draws a dot for a single screening', () => {
    const root = parse(levelChartSvg([point('2026-03-01', 'medium')]));
    expect(root.querySelectorAll('circle')).toHaveLength(1);
    expect(root.getAttribute('aria-label')).toBe('Risk level over time: 1 screening, latest Medium (Mar 2026)');
    expect(texts(root, 'x-axis tick label')).toEqual(['Mar 2026', 'Apr 2026']);
  });

  it('labels the y axis with the four levels, High at the top', () => {
    expect(texts(parse(levelChartSvg(FOUR)), 'y-axis tick label')).toEqual(['High', 'Medium', 'Low', 'None']);
  });

  it('labels the x axis with UTC months in en-GB', () => {
    expect(texts(parse(levelChartSvg(FOUR)), 'x-axis tick label')).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026']);
    // 23:30 on 31 March UTC is already April in London: the axis and the name stay in UTC.
    const late = parse(levelChartSvg([{ at: new Date('2026-03-31T23:30:00Z'), level: 'low' }]));
    expect(late.getAttribute('aria-label')).toContain('(Mar 2026)');
  });

  it('thins the x ticks over long spans so the labels do not collide', () => {
    const labels = texts(parse(levelChartSvg([point('2020-02-01', 'low'), point('2026-02-01', 'high')])), 'x-axis tick label');
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(7);
    for (const l of labels) expect(l).toMatch(/^[A-Z][a-z]{2,3} \d{4}$/);
  });

  it('draws higher levels above lower ones (smaller y)', () => {
    const cy = dots(parse(levelChartSvg(FOUR))).map((d) => d.cy);
    // FOUR in time order is low, medium, none, high.
    const [low, medium, none, high] = cy as [number, number, number, number];
    expect(high).toBeLessThan(medium);
    expect(medium).toBeLessThan(low);
    expect(low).toBeLessThan(none);

    const [first, second] = dots(parse(levelChartSvg([point('2026-01-01', 'high'), point('2026-02-01', 'low')])));
    expect(first!.cy).toBeLessThan(second!.cy);
  });

  it('emits nothing the CSP would block: no script, no <style>, no style attributes', () => {
    const svg = levelChartSvg(FOUR, { title: 'Screenings' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toContain('url(');
    expect(parse(svg).getAttribute('class')).toBe('lantern-level-chart');
  });

  it('escapes the title in the name and the <title>', () => {
    const svg = levelChartSvg(FOUR, { title: `"><script>alert(1)</script> & &amp; 'x'` });
    expect(svg).not.toContain('<script');
    const root = parse(svg);
    const name = `"><script>alert(1)</script> & &amp; 'x': 4 screenings, latest High (Apr 2026)`;
    expect(root.getAttribute('aria-label')).toBe(name);
    expect(root.querySelector('title')?.textContent).toBe(name);
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('takes its size from the options', () => {
    const root = parse(levelChartSvg(FOUR, { width: 480, height: 200 }));
    expect(root.getAttribute('viewBox')).toBe('0 0 480 200');
  });

  it.each([
    ['an invalid date', [{ at: new Date('not a date'), level: 'low' as const }], {}],
    ['an unknown level', [{ at: at('2026-01-01'), level: 'severe' as unknown as RiskLevel }], {}],
    ['a zero width', FOUR, { width: 0 }],
    ['a NaN height', FOUR, { height: Number.NaN }],
  ])('refuses %s', (_name, points, opts) => {
    expect(() => levelChartSvg(points, opts)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const input = [FOUR[2]!, FOUR[0]!];
    levelChartSvg(input);
    expect(input).toEqual([FOUR[2], FOUR[0]]);
  });
});

describe('inner accessibility labels', () => {
  it('leaves no aria-label on the line and dot groups', () => {
    const svg = levelChartSvg([
      { at: new Date('2026-01-10T00:00:00Z'), level: 'low' },
      { at: new Date('2026-05-10T00:00:00Z'), level: 'high' },
    ]);
    expect(svg).not.toMatch(/aria-label="(line|dot)"/);
    expect(svg).toMatch(/^<svg [^>]*aria-label="Risk level over time/);
  });
});

describe('drawn charts are kept', () => {
  it('gives the same chart for the same points and options, and a new one when any of them changes', () => {
    const first = levelChartSvg(FOUR);
    expect(levelChartSvg(FOUR.map((p) => ({ ...p, at: new Date(p.at) })))).toBe(first);
    const changed = [...FOUR.slice(0, 3), { ...FOUR[3]!, level: 'low' as const }];
    expect(levelChartSvg(changed)).not.toBe(first);
    expect(levelChartSvg(changed)).toMatch(/latest Low/);
    expect(levelChartSvg(FOUR, { width: 500 })).toMatch(/width="500"/);
    expect(levelChartSvg(FOUR, { title: 'Another title' })).toMatch(/aria-label="Another title/);
    expect(levelChartSvg(FOUR)).toBe(first);
  });
});
