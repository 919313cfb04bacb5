import type { Db } from './connection.ts';
import { auditRepository } from './repositories/audit.ts';
import { casesRepository } from './repositories/cases.ts';
import { chronologyRepository } from './repositories/chronology.ts';
import { networkRepository } from './repositories/network.ts';
import { placesRepository } from './repositories/places.ts';
import { notesRepository } from './repositories/notes.ts';
import { peopleRepository } from './repositories/people.ts';
import { recordPageRepository } from './repositories/record-page.ts';
import { reviewJobsRepository } from './repositories/review-jobs.ts';
import { screeningsRepository } from './repositories/screenings.ts';
import { usersRepository } from './repositories/users.ts';
import { missingRepository } from './repositories/missing.ts';
import { ordersRepository } from './repositories/orders.ts';
import { maseRepository } from './repositories/mase.ts';
import { retentionRepository } from './repositories/retention.ts';

export function createRepositories(db: Db) {
  return {
    audit: auditRepository(db),
    users: usersRepository(db),
    people: peopleRepository(db),
    cases: casesRepository(db),
    chronology: chronologyRepository(db),
    recordPage: recordPageRepository(db),
    screenings: screeningsRepository(db),
    notes: notesRepository(db),
    reviewJobs: reviewJobsRepository(db),
    network: networkRepository(db),
    places: placesRepository(db),
    missing: missingRepository(db),
    orders: ordersRepository(db),
    mase: maseRepository(db),
    retention: retentionRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

// Every service method runs its policy check, repository calls and audit write in one transaction.
// The transaction's own handle is passed too, for bulk loads that write tables directly.
export type Store = { transaction<T>(fn: (repos: Repositories, tx: Db) => Promise<T>): Promise<T>; repos: Repositories; db: Db };

// PostgreSQL ends one transaction of a deadlock (40P01) or of a serialization failure (40001) so that the others can
// go on; the ended one changed nothing and may simply run again (PostgreSQL manual, "Serialization Failure Handling").
// A service's transaction does only database work (policy, repositories, audit), so running it again is safe. A few
// tries with a short random wait, so that two retries do not meet again in the same order.
const RETRYABLE = new Set(['40P01', '40001']);
export const TRANSACTION_TRIES = 4;

/** The SQLSTATE of a driver error, also when drizzle has wrapped it (DrizzleQueryError.cause). */
export function sqlStateOf(e: unknown): string | undefined {
  for (let x = e, depth = 0; x && typeof x === 'object' && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createStore(db: Db): Store {
  const once = <T>(fn: (repos: Repositories, tx: Db) => Promise<T>) =>
    db.transaction((tx) => {
      const handle = tx as unknown as Db;
      return fn(createRepositories(handle), handle);
    });
  return {
    db,
    repos: createRepositories(db),
    async transaction(fn) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(fn);
        } catch (e) {
          const state = sqlStateOf(e);
          if (attempt >= TRANSACTION_TRIES || !state || !RETRYABLE.has(state)) throw e;
          await pause(5 + Math.random() * 20 * attempt);
        }
      }
    },
  };
}
