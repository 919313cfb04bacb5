import { isRealDate } from '../core/records/age.ts';
import { z } from 'zod';
import { publishCount, publishSeries } from '../core/disclosure/index.ts';
import { NotFound } from '../core/errors.ts';
import { ENTITY_ROLES, GROUP_TYPES, LOCATION_TYPES } from '../core/records/entities.ts';
import { londonDate } from '../core/records/time.ts';
import { seesNames } from '../core/policy/index.ts';
import {
  MAP_LAYERS,
  MAP_MEASURES,
  type MapLayer,
  type MapLine,
  type MapMeasure,
  type MapPoint,
  type MapWard,
  POINT_LAYERS,
  type PointLayer,
} from '../core/places/layers.ts';
import { placeHotspot, RISE_WINDOW_DAYS, type WardWindowCounts, wardHotspot } from '../core/places/hotspots.ts';
import type { Period, Viewer } from '../db/repositories/places.ts';
import type { Repositories, Store } from '../db/store.ts';
import { type Clock, type Ctx, auditOf, ensureAllowed } from './context.ts';
import type { Geo } from './geo.ts';
import { parse } from './inputs/fields.ts';

// The ward map (issue 6). Points are what the user may see (the network's rule: services/network.ts linkVisible); every
// count leaves through core/disclosure, for every user, because a ward count covers records the user may not see.

const MAX_POINTS = 1000;
const MAX_LINES = 500;
const OUTSIDE = '';

const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-31`)
    .refine(isRealDate, `${label} must be a real date`);

const MapQuery = z
  .object({
    from: isoDate('The start date')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    to: isoDate('The end date')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    measure: z
      .enum(Object.keys(MAP_MEASURES) as [MapMeasure, ...MapMeasure[]], { error: 'Select a measure from the list' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'The start date must be on or before the end date', path: ['from'] });

export type MapFilter = { from: string; to: string; measure: MapMeasure };

export type MapData = {
  area: string;
  countsOnly: boolean;
  filter: MapFilter;
  measure: { key: MapMeasure; label: string };
  layers: { key: MapLayer; label: string }[];
  wards: MapWard[];
  outsideArea: { shown: string };
  countedAt: string;
  points: MapPoint[];
  // More places than the map shows (the most-linked come first): a ward or a shorter period shows the rest.
  pointsMore: boolean;
  lines: MapLine[];
};

const daysBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export function readFilter(raw: unknown, now: Date): MapFilter {
  const q = parse(MapQuery, raw ?? {});
  const to = q.to ?? londonDate(now);
  return { from: q.from ?? daysBefore(to, 365), to, measure: q.measure ?? 'children_at_risk' };
}

function viewerOf(ctx: Ctx, now: Date): Viewer {
  const r = ctx.actor.role;
  return {
    userId: ctx.actor.id,
    agencyId: ctx.actor.agencyId,
    oversight: r === 'safeguarding_lead' || r === 'mase_coordinator',
    caseWorker: r === 'practitioner' || r === 'safeguarding_lead' || r === 'mase_coordinator',
    now,
  };
}

const typeLabelOf = (layer: PointLayer, type: string | null): string | null => {
  if (!type) return layer === 'perpetrators' ? ENTITY_ROLES.suspected_perpetrator : null;
  const vocab: Readonly<Record<string, string>> = layer === 'groups' ? GROUP_TYPES : LOCATION_TYPES;
  return vocab[type] ?? null;
};

// A ward keyed map of counts (null key = outside the area) into published figures per ward, one series with its total.
function publishByWard(geo: Geo, rows: readonly { ward: string | null; n: number }[]): { byWard: Map<string, string>; outside: string } {
  const codes = geo.wards.wards.map((w) => w.code);
  const known = new Set(codes);
  const count = new Map<string, number>();
  for (const r of rows) {
    const k = r.ward !== null && known.has(r.ward) ? r.ward : OUTSIDE;
    count.set(k, (count.get(k) ?? 0) + r.n);
  }
  const keys = [...codes, OUTSIDE];
  const s = publishSeries(
    keys,
    keys.map((k) => count.get(k) ?? 0),
    geo.rule,
  );
  const byWard = new Map(keys.map((k, i) => [k, s.values[i]!]));
  return { byWard, outside: byWard.get(OUTSIDE)! };
}

const valueOf = (shown: string): number | null => (/^\d+$/.test(shown) ? Number(shown) : null);

type Rows = { ward: string | null; n: number }[];
type WardFigures = {
  measures: Record<MapMeasure, Rows>;
  layers: Partial<Record<MapLayer, Rows>>;
  rises: (code: string) => WardWindowCounts[];
};

// Every count behind the ward figures for one period: the measures, each layer, and the two 90-day windows of the
// ward hotspot rule (one pass over the links for all three). Counts only: names never enter this.
async function wardFigures(repos: Repositories, p: Period): Promise<WardFigures> {
  const current = { from: daysBefore(p.to, RISE_WINDOW_DAYS - 1), to: p.to };
  const previous = { from: daysBefore(p.to, 2 * RISE_WINDOW_DAYS - 1), to: daysBefore(p.to, RISE_WINDOW_DAYS) };
  const children = await repos.places.childrenAtRisk(['low', 'medium', 'high']);
  const layerRows = await repos.places.layerCounts([
    { key: 'period', ...p },
    { key: 'current', ...current },
    { key: 'previous', ...previous },
  ]);
  const [missing, concerns, mc, mp, cc, cp] = [
    await repos.places.missingByWard(p),
    await repos.places.concernsByWard(p),
    await repos.places.missingByWard(current),
    await repos.places.missingByWard(previous),
    await repos.places.concernsByWard(current),
    await repos.places.concernsByWard(previous),
  ];
  const layer = (l: string, window = 'period'): Rows => layerRows.filter((r) => r.layer === l).map((r) => ({ ward: r.ward, n: r.counts[window] ?? 0 }));
  const byLevel = (levels: string[]) => children.filter((c) => levels.includes(c.level));
  const measures: Record<MapMeasure, Rows> = {
    children_at_risk: byLevel(['low', 'medium', 'high']),
    children_high: byLevel(['high']),
    children_medium: byLevel(['medium']),
    children_low: byLevel(['low']),
    missing,
    concerns,
    locations: layer('locations'),
  };
  const layers: Partial<Record<MapLayer, Rows>> = { children: measures.children_at_risk };
  for (const l of POINT_LAYERS) layers[l] = layer(l);
  const of = (rows: Rows, code: string) => rows.filter((r) => r.ward === code).reduce((a, r) => a + r.n, 0);
  const [lc, lp] = [layer('locations', 'current'), layer('locations', 'previous')];
  const rises = (code: string): WardWindowCounts[] => [
    { label: 'Missing episodes', current: of(mc, code), previous: of(mp, code) },
    { label: 'Concerns raised', current: of(cc, code), previous: of(cp, code) },
    { label: 'Locations of concern', current: of(lc, code), previous: of(lp, code) },
  ];
  return { measures, layers, rises };
}

// Ward figures cover every record and are the same for every user: kept for a minute per period (LANTERN_MAP_FIGURES_SECONDS),
// so that a map that many people open does not recount 100,000s of links each time. The page says when they were counted.

export function placesService(store: Store, clock: Clock, geo: Geo) {
  const show = (n: number) => publishCount(n, geo.rule);
  const cache = new Map<string, { at: number; figures: WardFigures }>();
  async function cachedFigures(repos: Repositories, p: Period, now: Date): Promise<{ at: number; figures: WardFigures }> {
    const key = `${p.from}/${p.to}`;
    const hit = cache.get(key);
    if (hit && now.getTime() - hit.at < geo.figuresCacheMs && now.getTime() >= hit.at) return hit;
    const fresh = { at: now.getTime(), figures: await wardFigures(repos, p) };
    if (cache.size > 50) cache.clear();
    cache.set(key, fresh);
    return fresh;
  }

  async function build(repos: Repositories, ctx: Ctx, filter: MapFilter, now: Date, ward?: string): Promise<MapData> {
    const countsOnly = !seesNames(ctx.actor) || ctx.actor.role === 'auditor';
    const period = { from: filter.from, to: filter.to };
    const { at: countedAt, figures } = await cachedFigures(repos, period, now);
    const measure = publishByWard(geo, figures.measures[filter.measure]);
    const layerFigures = Object.entries(figures.layers).map(([k, rows]) => [k as MapLayer, publishByWard(geo, rows)] as const);
    const wards: MapWard[] = geo.wards.wards.map((w) => {
      const shown = measure.byWard.get(w.code)!;
      return {
        code: w.code,
        name: w.name,
        value: valueOf(shown),
        shown,
        counts: Object.fromEntries(layerFigures.map(([k, f]) => [k, f.byWard.get(w.code)!])),
        // Everyone sees published figures in the reason; the rise itself is judged on the true counts.
        hotspot: wardHotspot(figures.rises(w.code), show),
      };
    });
    let points: MapPoint[] = [];
    let pointsMore = false;
    let lines: MapData['lines'] = [];
    if (!countsOnly) {
      const viewer = viewerOf(ctx, now);
      const found = await repos.places.visible(viewer, period, MAX_POINTS, MAX_LINES, ward);
      pointsMore = found.more;
      points = found.points.map((r) => ({
        id: r.id,
        layer: r.layer,
        lat: r.lat,
        lon: r.lon,
        label: r.label,
        type: r.type,
        typeLabel: typeLabelOf(r.layer, r.type),
        ward: r.ward,
        hotspot: r.layer === 'locations' ? placeHotspot(r.cases) : null,
        href: null,
      }));
      lines = found.lines.map((l) => ({
        from: [l.alat, l.alon],
        to: [l.blat, l.blon],
        label: `${l.shared} shared ${l.shared === 1 ? 'person, vehicle, phone or group' : 'people, vehicles, phones or groups'}`,
        count: l.shared,
      }));
    }
    const layerKeys = (Object.keys(MAP_LAYERS) as MapLayer[]).filter((k) => !countsOnly || k !== 'links');
    return {
      area: geo.wards.areaName,
      countsOnly,
      filter,
      measure: { key: filter.measure, label: MAP_MEASURES[filter.measure] },
      layers: layerKeys.map((key) => ({ key, label: MAP_LAYERS[key] })),
      wards,
      outsideArea: { shown: measure.outside },
      countedAt: new Date(countedAt).toISOString(),
      points,
      pointsMore,
      lines,
    };
  }

  return {
    geo,

    async mapData(ctx: Ctx, raw: unknown): Promise<MapData> {
      ensureAllowed(ctx, 'map.read');
      const now = clock();
      const filter = readFilter(raw, now);
      return store.transaction(async (repos) => {
        const data = await build(repos, ctx, filter, now);
        await repos.audit.append(
          auditOf(ctx, now, {
            action: 'map.view',
            subjectType: 'map',
            detail: { measure: filter.measure, points: data.points.length, countsOnly: data.countsOnly },
          }),
        );
        return data;
      });
    },

    // One ward: its published counts, and the children and places in it that the user may see.
    async ward(ctx: Ctx, code: string, raw: unknown) {
      ensureAllowed(ctx, 'map.read');
      const ward = geo.wards.byCode(code);
      if (!ward) throw new NotFound('There is no ward with that code in the configured area');
      const now = clock();
      const filter = readFilter(raw, now);
      return store.transaction(async (repos) => {
        const data = await build(repos, ctx, filter, now, code);
        const w = data.wards.find((x) => x.code === code)!;
        let children: { personId: string; caseId: string; riskLevel: string | null; name: string }[] = [];
        let points: MapPoint[] = [];
        if (!data.countsOnly) {
          const viewer = viewerOf(ctx, now);
          const kids = await repos.places.childrenInWard(viewer, code);
          const people = new Map((await repos.people.getMany(kids.map((k) => k.personId))).map((p) => [p.id, p]));
          children = kids.map((k) => {
            const p = people.get(k.personId);
            const legal = p?.names.find((n) => n.kind === 'legal') ?? p?.names[0];
            return { ...k, name: legal ? `${legal.given} ${legal.family}` : 'Child' };
          });
          points = data.points;
        }
        await repos.audit.append(auditOf(ctx, now, { action: 'map.ward', subjectType: 'ward', detail: { ward: code, children: children.length } }));
        return {
          ward: { code: ward.code, name: ward.name },
          figures: w,
          countsOnly: data.countsOnly,
          children,
          points,
          pointsMore: data.pointsMore,
          filter,
          layers: data.layers,
        };
      });
    },
  };
}
