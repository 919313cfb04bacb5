// How the link chart draws records and links (issue 5): one shape, colour and pictogram per kind of record, so that
// kind never rests on colour alone; a border style per marked role; a line style per confidence. The same table
// draws the key beside the chart. Pictograms are small SVGs made here (data: URLs, allowed by the CSP's img-src), not
// image files fetched from anywhere. Every fill has at least 4.5:1 contrast with white (the page and the pictograms).
import type cytoscape from 'cytoscape';
import type { ChartKind } from './link-chart-model.ts';

export type KindStyle = {
  colour: string;
  /** The outline in Cytoscape's polygon units (-1..1, y down); null for an ellipse. */
  points: string | null;
  /** The pictogram's SVG elements, drawn white on a 24 x 24 grid. */
  glyph: string;
};

const W = '#ffffff';

export const KIND_STYLES: Readonly<Record<ChartKind, KindStyle>> = {
  person: {
    colour: '#1d70b8',
    points: null,
    glyph: `<circle cx="12" cy="7.5" r="4.5" fill="${W}"/><path d="M3.5 21.5c0-4.7 3.8-8.5 8.5-8.5s8.5 3.8 8.5 8.5z" fill="${W}"/>`,
  },
  location: {
    colour: '#00703c',
    points: '0 -1 1 -0.25 1 1 -1 1 -1 -0.25', // a house
    glyph: `<path d="M12 1.5a7.5 7.5 0 0 0-7.5 7.5c0 5.6 7.5 13.5 7.5 13.5s7.5-7.9 7.5-13.5A7.5 7.5 0 0 0 12 1.5zm0 4.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z" fill="${W}" fill-rule="evenodd"/>`,
  },
  vehicle: {
    colour: '#4c2c92',
    points: '-1 -0.62 1 -0.62 1 0.62 -1 0.62', // a wide box
    glyph: `<path d="M2 13l2.2-5.6A2 2 0 0 1 6.1 6h11.8a2 2 0 0 1 1.9 1.4L22 13v5h-2.2a2.8 2.8 0 0 1-5.6 0H9.8a2.8 2.8 0 0 1-5.6 0H2zm4.2-1h11.6l-1.4-4H7.6z" fill="${W}" fill-rule="evenodd"/>`,
  },
  phone: {
    colour: '#a34d00',
    points: '-0.62 -1 0.62 -1 0.62 1 -0.62 1', // a tall box
    glyph: `<path d="M7 1.5h10a1.5 1.5 0 0 1 1.5 1.5v18a1.5 1.5 0 0 1-1.5 1.5H7A1.5 1.5 0 0 1 5.5 21V3A1.5 1.5 0 0 1 7 1.5zM8 4.5v13h8v-13zm4 14.5a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4z" fill="${W}" fill-rule="evenodd"/>`,
  },
  online_account: {
    colour: '#b0246a',
    points: '-0.5 -1 0.5 -1 1 0 0.5 1 -0.5 1 -1 0', // a hexagon
    glyph: `<path d="M3 3.5h18a1 1 0 0 1 1 1v11.5a1 1 0 0 1-1 1H9.5L4 21.5v-4.5H3a1 1 0 0 1-1-1V4.5a1 1 0 0 1 1-1z" fill="${W}"/>`,
  },
  group: {
    colour: '#0b0c0c',
    points: '-0.41 -1 0.41 -1 1 -0.41 1 0.41 0.41 1 -0.41 1 -1 0.41 -1 -0.41', // an octagon
    glyph: `<circle cx="6" cy="9" r="3" fill="${W}"/><circle cx="18" cy="9" r="3" fill="${W}"/><circle cx="12" cy="6.5" r="3.5" fill="${W}"/><path d="M0.5 20c0-3.3 2.5-6 5.5-6 1 0 2 .3 2.8.9A7 7 0 0 0 6.5 20zm23 0c0-3.3-2.5-6-5.5-6-1 0-2 .3-2.8.9a7 7 0 0 1 2.3 5.1zM7 21c0-3.6 2.2-6.5 5-6.5s5 2.9 5 6.5z" fill="${W}"/>`,
  },
  restricted: {
    colour: '#505a5f',
    points: '-0.85 -0.85 0.85 -0.85 0.85 0.85 -0.85 0.85', // a square
    glyph: `<path d="M8 10V7.5a4 4 0 0 1 8 0V10" fill="none" stroke="${W}" stroke-width="2.2"/><rect x="5" y="10" width="14" height="11" rx="1.5" fill="${W}"/>`,
  },
};

export const glyphUrl = (k: ChartKind): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">${KIND_STYLES[k].glyph}</svg>`)}`;

/** Marked roles: the child at risk with a thick double black border, a suspected perpetrator with a dashed red one. */
export const ROLE_BORDERS = {
  child_at_risk: { colour: '#0b0c0c', style: 'double', width: 7 },
  suspected_perpetrator: { colour: '#d4351c', style: 'dashed', width: 5 },
} as const;

/** Line style per confidence: confirmed solid, reported dashed, suspected dotted; restricted links grey dotted. */
export const LINE_STYLES = {
  confirmed: { dash: null },
  reported: { dash: [9, 5] },
  suspected: { dash: [2, 5] },
  none: { dash: null },
} as const;
export const LINK_COLOUR = '#0b0c0c';
export const RESTRICTED_LINK_COLOUR = '#6f777b';
/** GOV.UK's focus yellow: the start record's halo and the highlighted path. */
export const HIGHLIGHT = '#ffdd00';

const FONT = 'arial, sans-serif';
export const NODE_SIZE = 46;
export const START_SIZE = 66;

export function chartStylesheet(): cytoscape.StylesheetJson {
  const kinds = (Object.entries(KIND_STYLES) as [ChartKind, KindStyle][]).map(([k, s]) => ({
    selector: `node.kind-${k}`,
    style: {
      'background-color': s.colour,
      'background-image': glyphUrl(k),
      'underlay-shape': s.points === null ? ('ellipse' as const) : ('round-rectangle' as const),
      ...(s.points === null ? { shape: 'ellipse' as const } : { shape: 'polygon' as const, 'shape-polygon-points': s.points }),
    },
  }));
  const lines = (Object.entries(LINE_STYLES) as [keyof typeof LINE_STYLES, { dash: readonly number[] | null }][]).map(([c, l]) => ({
    selector: `edge.confidence-${c}`,
    style: l.dash ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...l.dash] } : { 'line-style': 'solid' as const },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-fit': 'none',
        'background-width': '58%',
        'background-height': '58%',
        'background-clip': 'none',
        'border-width': 0,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 13,
        color: '#0b0c0c',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-background-color': W,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
      },
    },
    ...kinds,
    { selector: 'node.role-child_at_risk', style: roleBorder('child_at_risk') },
    { selector: 'node.role-suspected_perpetrator', style: roleBorder('suspected_perpetrator') },
    {
      selector: 'node.start',
      style: {
        width: START_SIZE,
        height: START_SIZE,
        'font-weight': 'bold',
        'font-size': 14,
        'underlay-color': HIGHLIGHT,
        'underlay-padding': 9,
        'underlay-opacity': 1,
      },
    },
    { selector: 'node.restricted', style: { color: '#505a5f', 'font-style': 'italic' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': LINK_COLOUR,
        'target-arrow-color': LINK_COLOUR,
        'arrow-scale': 1.3,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#0b0c0c',
        'text-rotation': 'autorotate',
        'text-background-color': W,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
    ...lines,
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    {
      selector: 'edge.restricted',
      style: {
        'line-color': RESTRICTED_LINK_COLOUR,
        'line-style': 'dashed',
        'line-dash-pattern': [...LINE_STYLES.suspected.dash],
        label: '',
        'target-arrow-shape': 'none',
      },
    },
    { selector: 'node:selected', style: { 'outline-width': 3, 'outline-color': '#0b0c0c', 'outline-offset': 4, 'outline-style': 'solid' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node.on-path', style: { 'underlay-color': HIGHLIGHT, 'underlay-padding': 9, 'underlay-opacity': 1 } },
    { selector: 'edge.on-path', style: { width: 5, 'line-outline-width': 4, 'line-outline-color': HIGHLIGHT } },
    { selector: '.is-hidden', style: { display: 'none' } },
  ];
}

function roleBorder(role: keyof typeof ROLE_BORDERS) {
  const b = ROLE_BORDERS[role];
  return { 'border-width': b.width, 'border-color': b.colour, 'border-style': b.style, 'border-position': 'outside' as const };
}

/** WCAG relative luminance contrast between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
