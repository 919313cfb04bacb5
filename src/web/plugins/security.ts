import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { hostPrefixed } from './session.ts';

// Security headers with a nonce-based CSP, CSRF tokens on every form, and a rate limiter that
// sign-in opts into (OWASP ASVS 3.4, 4.2, 14.4).
// `tileOrigin`: the optional map tile server (LANTERN_TILE_URL, issue 6) is the only other origin images may come from.
export async function securityPlugin(
  app: FastifyInstance,
  opts: { cookieSecure: 'auto' | boolean; cookieSecret?: string; tileOrigin?: string | null },
): Promise<void> {
  await app.register(cookie, { secret: opts.cookieSecret ?? randomBytes(32).toString('hex') });
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(opts.tileOrigin ? [opts.tileOrigin] : [])],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: hostPrefixed('_csrf', opts.cookieSecure),
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: opts.cookieSecure },
  });
  await app.register(rateLimit, { global: false });
}
