import type { DemoMap } from './map-places.ts';
import { castPanel } from './mase-cast.ts';
import { buildMissing, type DemoMissing } from './missing.ts';
import type { DemoEntity } from './network.ts';
import { buildOrders, type DemoOrders } from './orders.ts';
import { buildPanel, type DemoPanel } from './panel.ts';
import { createRng } from './prng.ts';
import type { DemoData } from './types.ts';

// The demo's missing episodes, orders and MASE panels (issue 7). Built after the map step (map-places.ts), whose
// found_at and missing_from links say where each episode's child was found and went missing from. Pure: the same data,
// map and now always give the same rows; the loader inserts them.

export type DemoMase = DemoMissing & Omit<DemoOrders, 'story'> & DemoPanel;

export function buildMaseDemo(data: DemoData, map: DemoMap, now: Date): DemoMase {
  const rng = createRng(data.seed ^ 0x6d617365);
  const entities: DemoEntity[] = [...data.network.entities, ...map.extra.entities];
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const personEntity = new Map<string, string>();
  for (const e of entities) if (e.kind === 'person' && e.personId && !personEntity.has(e.personId)) personEntity.set(e.personId, e.id);

  const missing = buildMissing({ rng: rng.fork('missing'), data, map, now, personEntity, entityById });
  const cast = castPanel({ data, now, episodes: missing.episodes, personEntity, entities });
  const { story, ...orders } = buildOrders({ rng: rng.fork('orders'), data, cast, now });
  const panel = buildPanel({ cast, orders: story, now });
  return { ...missing, ...orders, ...panel };
}
