import type { Store } from '../db/store.ts';
import type { Clock } from './context.ts';

export function ordersService(store: Store, clock: Clock) {
  void store;
  void clock;
  return {};
}
