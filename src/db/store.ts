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

export function createStore(db: Db): Store {
  return {
    db,
    repos: createRepositories(db),
    transaction: (fn) =>
      db.transaction((tx) => {
        const handle = tx as unknown as Db;
        return fn(createRepositories(handle), handle);
      }),
  };
}
