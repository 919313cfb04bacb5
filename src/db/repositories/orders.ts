import type { Db } from '../connection.ts';

export function ordersRepository(db: Db) {
  void db;
  return {};
}
