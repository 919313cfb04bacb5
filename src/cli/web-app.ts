import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { Services } from '../services/index.ts';
import { buildApp } from '../web/app.ts';

/** The web app for one process. Rate limits are shared out between the processes, so that together they allow the configured rate. */
export function webApp(services: Services, database: Database, config: Config, cookieSecret?: string): Promise<FastifyInstance> {
  const share = (perMinute: number) => Math.max(1, Math.ceil(perMinute / config.workers));
  return buildApp({
    services,
    databaseKind: database.kind,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    signInRatePerMinute: share(config.signIn.ratePerMinute),
    requestLimits: { pagesPerMinute: share(config.requestsPerMinute.pages), apiPerMinute: share(config.requestsPerMinute.api) },
    logLevel: config.logLevel,
    ...(cookieSecret ? { cookieSecret } : {}),
  });
}
