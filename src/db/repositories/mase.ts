import type { Db } from '../connection.ts';

export function maseRepository(db: Db) {
  void db;
  return {};
}
