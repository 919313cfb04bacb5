import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../types.ts';
import { accountRoutes } from './account.ts';
import { adminRoutes } from './admin.ts';
import { authRoutes } from './auth.ts';
import { casesRoutes } from './cases.ts';
import { oversightRoutes } from './oversight.ts';
import { peopleRoutes } from './people.ts';
import { recordRoutes } from './records.ts';
import { notesRoutes } from './notes.ts';
import { oidcRoutes } from './oidc.ts';
import { networkRoutes } from './network.ts';
import { networkReviewRoutes } from './network-review.ts';
import { placesRoutes } from './places.ts';
import { missingRoutes } from './missing.ts';
import { ordersRoutes } from './orders.ts';
import { maseRoutes } from './mase.ts';
import { reviewsRoutes } from './reviews.ts';
import { screeningRoutes } from './screening.ts';
import { retentionRoutes } from './retention.ts';

export async function registerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  authRoutes(app, deps.services, { ratePerMinute: deps.signInRatePerMinute });
  oidcRoutes(app, deps.services, { cookieSecure: deps.cookieSecure, ratePerMinute: deps.signInRatePerMinute });
  accountRoutes(app, deps.services, { ratePerMinute: deps.signInRatePerMinute });
  casesRoutes(app, deps.services);
  peopleRoutes(app, deps.services);
  recordRoutes(app, deps.services);
  screeningRoutes(app, deps.services);
  notesRoutes(app, deps.services);
  networkRoutes(app, deps.services);
  networkReviewRoutes(app, deps.services);
  placesRoutes(app, deps.services);
  missingRoutes(app, deps.services);
  ordersRoutes(app, deps.services);
  maseRoutes(app, deps.services);
  oversightRoutes(app, deps.services, deps.databaseKind);
  // In a scope of its own: only these routes accept multipart uploads.
  await app.register((scope) => reviewsRoutes(scope, deps.services));
  adminRoutes(app, deps.services);
  retentionRoutes(app, deps.services);
}
