import type { Store } from '../db/store.ts';
import type { Clock } from './context.ts';
import type { Geo } from './geo.ts';

export function missingService(store: Store, clock: Clock, geo: Geo | null = null) {
  void store;
  void clock;
  void geo;
  return {};
}
