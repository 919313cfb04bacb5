import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from './link-chart-model.ts';
import { chartStylesheet, contrast, glyphUrl, KIND_STYLES, LINK_COLOUR, RESTRICTED_LINK_COLOUR, ROLE_BORDERS } from './link-chart-style.ts';

describe('link chart style', () => {
  it.each(CHART_KINDS)('%s has a fill with at least 4.5:1 contrast against white', (k) => {
    expect(contrast(KIND_STYLES[k].colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every kind its own shape, so kind does not rest on colour', () => {
    const shapes = CHART_KINDS.map((k) => KIND_STYLES[k].points ?? 'ellipse');
    expect(new Set(shapes).size).toBe(CHART_KINDS.length);
    expect(new Set(CHART_KINDS.map((k) => KIND_STYLES[k].colour)).size).toBe(CHART_KINDS.length);
  });

  it('draws lines and role borders that can be seen on white (WCAG 1.4.11: 3:1)', () => {
    for (const c of [LINK_COLOUR, RESTRICTED_LINK_COLOUR, ROLE_BORDERS.child_at_risk.colour, ROLE_BORDERS.suspected_perpetrator.colour]) {
      expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('makes pictograms as data: URLs, fetching nothing', () => {
    for (const k of CHART_KINDS) expect(glyphUrl(k)).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  });

  it('styles every kind, the roles and the confidences', () => {
    const selectors = chartStylesheet().map((b) => ('selector' in b ? b.selector : ''));
    for (const k of CHART_KINDS) expect(selectors).toContain(`node.kind-${k}`);
    expect(selectors).toEqual(
      expect.arrayContaining([
        'node.role-child_at_risk',
        'node.role-suspected_perpetrator',
        'node.start',
        'edge.confidence-confirmed',
        'edge.confidence-reported',
        'edge.confidence-suspected',
        'edge.directed',
        'edge.restricted',
        '.is-hidden',
      ]),
    );
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
});
