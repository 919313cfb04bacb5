// What the ward map shows (issue 6): its layers and the measures a ward can be shaded by.

export const MAP_LAYERS = {
  children: 'Children at risk (by home ward)',
  perpetrators: 'Suspected perpetrators',
  locations: 'Locations of concern',
  missing_from: 'Missing from',
  found_at: 'Found at',
  groups: 'Groups and gangs',
  links: 'Network links between places',
} as const;
export type MapLayer = keyof typeof MAP_LAYERS;
export type PointLayer = Exclude<MapLayer, 'children' | 'links'>;
export const POINT_LAYERS: readonly PointLayer[] = ['locations', 'perpetrators', 'missing_from', 'found_at', 'groups'];

// Children are counted by the risk level on their open case now; the other measures count what happened in the period.
export const MAP_MEASURES = {
  children_at_risk: 'Children at risk (low, medium or high)',
  children_high: 'Children at high risk',
  children_medium: 'Children at medium risk',
  children_low: 'Children at low risk',
  missing: 'Missing episodes',
  concerns: 'Concerns raised (cases opened)',
  locations: 'Locations of concern',
} as const;
export type MapMeasure = keyof typeof MAP_MEASURES;
export const MAP_MEASURE_KEYS = Object.keys(MAP_MEASURES) as MapMeasure[];

// The map's JSON (GET /map/data.json), shared by the server and the browser map (src/client/ward-map-model.ts checks it
// at the boundary).
export type MapWard = {
  code: string;
  name: string;
  value: number | null; // the choropleth value as published: null when suppressed
  shown: string;
  counts: Partial<Record<MapLayer, string>>;
  hotspot: string | null;
};

export type MapPoint = {
  id: string;
  layer: PointLayer;
  lat: number;
  lon: number;
  label: string;
  type: string | null;
  typeLabel: string | null;
  ward: string | null; // null: outside the area
  hotspot: string | null;
  href: string | null;
};

export type MapLine = { from: [number, number]; to: [number, number]; label: string; count: number };
