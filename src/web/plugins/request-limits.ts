import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// A ceiling on requests per signed-in user, for pages and for the JSON API separately (OWASP ASVS 11.1.4: anti-automation
// against bulk extraction; 8.1.4: abnormal request volumes). A person reading records works at a few pages a minute; a
// script walking every child's record does not. Counted per user, not per address: colleagues share an office's
// address, and a stolen session moves between addresses. In memory, per web server process (cli/web-app.ts shares the
// configured rate out between processes). Routes with a limit of their own (sign-in, passwords, second factor) keep it.
export type RequestLimits = { pagesPerMinute: number; apiPerMinute: number };

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** A hook that counts each request of a signed-in caller (`userOf`) and answers 429 past `perMinute` in a minute. */
export function perUserLimit(app: FastifyInstance, perMinute: number, userOf: (request: FastifyRequest) => string | null): Hook {
  const limit = app.rateLimit({ max: perMinute, timeWindow: 60_000, keyGenerator: (request) => `user:${userOf(request) ?? ''}` });
  return async (request, reply) => {
    if (request.routeOptions.config.rateLimit || !userOf(request)) return;
    await limit.call(app, request, reply);
  };
}
