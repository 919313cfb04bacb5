import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { Services } from '../services/index.ts';
import { buildApp } from '../web/app.ts';

/** The web app for one process. Sign-in limits are shared out between the processes, so that together they allow the configured rate. */
export function webApp(services: Services, database: Database, config: Config, cookieSecret?: string): Promise<FastifyInstance> {
  return buildApp({
    services,
    databaseKind: database.kind,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    signInRatePerMinute: Math.max(1, Math.ceil(config.signIn.ratePerMinute / config.workers)),
    logLevel: config.logLevel,
    ...(cookieSecret ? { cookieSecret } : {}),
  });
}
