import type { Db } from '../connection.ts';

export function missingRepository(db: Db) {
  void db;
  return {};
}
