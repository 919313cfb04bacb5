import type { Config } from '../config.ts';
import { sql } from 'drizzle-orm';
import type { Store } from '../db/store.ts';
import { adminService } from './admin.ts';
import { auditService } from './audit.ts';
import { authService } from './auth.ts';
import { breakGlassService } from './break-glass.ts';
import { casesService } from './cases.ts';
import { chronologyService } from './chronology.ts';
import { type Clock, type Ctx, ensureAllowed } from './context.ts';
import type { Action } from '../core/policy/index.ts';
import { peopleService } from './people.ts';
import { statsService } from './stats.ts';
import { screeningService } from './screening.ts';
import { referralsService } from './referrals.ts';
import { oversightService } from './oversight.ts';
import { sexualHealthService } from './sexual-health.ts';
import { notesService } from './notes.ts';
import { languageReportService } from './language-report.ts';
import { reviewJobsService } from './review-jobs.ts';
import { networkService } from './network.ts';
import { networkMatchesService } from './network-matches.ts';
import { contextsService } from './contexts.ts';
import { networkPlayersService } from './network-players.ts';
import { loadGeo } from './geo.ts';
import { placesService } from './places.ts';
import { missingService } from './missing.ts';
import { ordersService } from './orders.ts';
import { maseService } from './mase.ts';
import { loadRetentionRules, retentionService } from './retention.ts';
import { subjectAccessService } from './subject-access.ts';
import { oidcService } from './oidc.ts';
import { unusualAccessService } from './unusual-access.ts';

export function createServices(store: Store, clock: Clock, config: Config) {
  const { db } = store;
  const geo = loadGeo(config);
  // A bad LANTERN_RETENTION_RULES file stops start-up with a ConfigError naming it.
  const retentionRules = loadRetentionRules(config);
  return {
    // For pages that show a form before any data is touched: the same policy, checked up front.
    authorise: (ctx: Ctx, action: Action): void => {
      ensureAllowed(ctx, action);
    },
    stats: statsService(store, clock, geo),
    // Health: the database answers a trivial query.
    health: async (): Promise<boolean> => {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    auth: authService(store, clock, config),
    oidc: oidcService(store, clock, config),
    people: peopleService(store, clock, geo),
    cases: casesService(store, clock),
    chronology: chronologyService(store, clock),
    audit: auditService(store, clock),
    breakGlass: breakGlassService(store, clock),
    admin: adminService(store, clock, config),
    screening: screeningService(store, clock),
    referrals: referralsService(store, clock),
    oversight: oversightService(store, clock),
    sexualHealth: sexualHealthService(store, clock),
    notes: notesService(store, clock),
    languageReport: languageReportService(store, clock),
    reviews: reviewJobsService(store, clock),
    network: networkService(store, clock, geo),
    matches: networkMatchesService(store, clock),
    contexts: contextsService(store, clock),
    players: networkPlayersService(store, clock),
    places: placesService(store, clock, geo),
    missing: missingService(store, clock, geo),
    orders: ordersService(store, clock),
    mase: maseService(store, clock),
    retention: retentionService(store, clock, retentionRules),
    subjectAccess: subjectAccessService(store, clock),
    unusualAccess: unusualAccessService(store, clock),
  };
}
export type Services = ReturnType<typeof createServices>;
export type { Ctx, Clock, Via } from './context.ts';
export type { PersonRecord } from '../db/repositories/people.ts';
export type { UserRow, AgencyRow, TeamRow } from '../db/repositories/users.ts';
