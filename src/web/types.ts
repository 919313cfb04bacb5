import type { ResolvedSession, SessionUser } from '../services/auth.ts';
import type { Services } from '../services/index.ts';
import type { RequestLimits } from './plugins/request-limits.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
    // The session cookie's name and Secure flag (web/plugins/session.ts): `__Host-` prefixed on HTTPS deployments.
    sessionCookie: { name: string; secure: 'auto' | boolean };
  }
  interface FastifyContextConfig {
    // 'public' routes need no sign-in; 'pre_mfa' routes are reachable between password and second factor.
    access?: 'public' | 'pre_mfa' | 'signed_in';
    // Reachable while the user's password is a temporary one that must be changed first (the change-password page).
    whilePasswordTemporary?: boolean;
    // A request the page makes by itself (polling), not the user: it does not count as activity for the idle time-out.
    passive?: boolean;
    // A multipart form whose first field is `_csrf`: the route checks it before it reads the file (routes/reviews.ts).
    csrf?: 'multipart-first-field';
  }
}

export type AppDeps = {
  services: Services;
  databaseKind: 'embedded' | 'external';
  cookieSecure: 'auto' | boolean;
  /** Fastify's trustProxy (config LANTERN_TRUST_PROXY); off unless set. */
  trustProxy?: boolean | string[];
  signInRatePerMinute: number;
  /** Requests a signed-in user may make a minute, pages and API apart (plugins/request-limits.ts); unset, no limit. */
  requestLimits?: RequestLimits;
  /** Signs cookies (the CSRF secret's): shared by every web server process, or one made per process when unset. */
  cookieSecret?: string;
  logLevel: string;
  /** Where the log goes (tests read it); standard output when unset. */
  logStream?: NodeJS.WritableStream;
};

export type { SessionUser };
