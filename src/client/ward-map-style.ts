// How the ward map draws (issue 6): the choropleth palette, one colour and shape per point layer (so that a layer never
// rests on colour alone), the hotspot marks and the ward outlines. Plain data with no Leaflet import, so that the key
// (ward-map.ts) and the tests read the same table. The shapes are SVG path data, drawn on the map by ward-map.ts's
// ShapeMarker and in the key as inline SVG (presentation attributes, not style attributes: the CSP allows them).

import type { PointLayer } from './ward-map-model.ts';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon';

export type PointStyle = { colour: string; stroke: string; shape: Shape; name: string };

/** Five sequential blues (ColorBrewer Blues), lightest for the lowest class. */
export const PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** A ward whose figure is suppressed (or missing): a warm grey that is none of the blues. */
export const SUPPRESSED_COLOUR = '#bfb7ae';

/** The map's background where there is no tile layer (GOV.UK light grey); set in lantern.css as well. */
export const BACKGROUND = '#f3f2f1';

export const WARD_OUTLINE = { colour: '#505a5f', weight: 1 } as const;
export const HOTSPOT_COLOUR = '#d4351c';
export const HOTSPOT_WARD = { colour: HOTSPOT_COLOUR, weight: 4, dashArray: '10 6' } as const;
export const SELECTED_WARD = { colour: '#0b0c0c', weight: 5 } as const;

/** Points: a white halo keeps each symbol apart from the blues; the yellow one has a black edge instead. */
export const POINT_STYLES: Readonly<Record<PointLayer, PointStyle>> = {
  locations: { colour: '#f47738', stroke: '#ffffff', shape: 'circle', name: 'orange circle' },
  perpetrators: { colour: '#4c2c92', stroke: '#ffffff', shape: 'square', name: 'purple square' },
  missing_from: { colour: '#d53880', stroke: '#ffffff', shape: 'triangle', name: 'pink triangle' },
  found_at: { colour: '#ffdd00', stroke: '#0b0c0c', shape: 'diamond', name: 'yellow diamond' },
  groups: { colour: '#00703c', stroke: '#ffffff', shape: 'hexagon', name: 'green hexagon' },
};
export const POINT_RADIUS = 7;
export const POINT_WEIGHT = 2;
export const HOTSPOT_POINT = { colour: HOTSPOT_COLOUR, weight: 4, radius: 8 } as const;

/** Children at risk by home ward: a dark circle per ward with the number in it, its area growing with the number. */
export const CHILDREN_BUBBLE = { colour: '#0b0c0c', text: '#ffffff', minDiameter: 22, maxDiameter: 40 } as const;

/** Links between places (the network layer). */
export const LINK_LINE = { colour: '#0b0c0c', minWeight: 1.5, maxWeight: 6, dashArray: '6 4', opacity: 0.75 } as const;

const round = (n: number) => Math.round(n * 10) / 10;
const poly = (pts: readonly (readonly [number, number])[]) => `M${pts.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;

/**
 * SVG path data for a symbol of `shape` centred on (x, y), sized so that every shape covers about the area of a
 * circle of radius r (a square does not look bigger than a circle of the same "size").
 */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1,0 ${round(2 * r)},0a${round(r)},${round(r)} 0 1,0 ${round(-2 * r)},0Z`;
    case 'square': {
      const h = (Math.sqrt(Math.PI) * r) / 2;
      return poly([
        [x - h, y - h],
        [x + h, y - h],
        [x + h, y + h],
        [x - h, y + h],
      ]);
    }
    case 'triangle': {
      const side = Math.sqrt((4 * Math.PI * r * r) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      return poly([
        [x, y - (2 * height) / 3],
        [x + side / 2, y + height / 3],
        [x - side / 2, y + height / 3],
      ]);
    }
    case 'diamond': {
      const d = r * Math.sqrt(Math.PI / 2);
      return poly([
        [x, y - d],
        [x + d, y],
        [x, y + d],
        [x - d, y],
      ]);
    }
    case 'hexagon': {
      const big = r * Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3)));
      return poly(Array.from({ length: 6 }, (_, i) => [x + big * Math.cos((Math.PI / 3) * i), y + big * Math.sin((Math.PI / 3) * i)] as const));
    }
  }
}
