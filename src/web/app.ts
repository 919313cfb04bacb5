import path from 'node:path';
import { fileURLToPath } from 'node:url';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import qs from 'node:querystring';
import { apiPlugin } from '../api/plugin.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { refusalsPlugin } from './plugins/refusals.ts';
import { perUserLimit } from './plugins/request-limits.ts';
import { inputGuardPlugin } from './plugins/input-guard.ts';
import { securityPlugin } from './plugins/security.ts';
import { sessionPlugin } from './plugins/session.ts';
import { viewsPlugin } from './plugins/views.ts';
import { registerRoutes } from './routes/index.ts';
import type { AppDeps } from './types.ts';
import './types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(here, '../../node_modules');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // No personal data in logs: paths carry opaque ids only, and query strings (search terms) are dropped.
    logger: {
      level: deps.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 1_000_000,
  });
  // Every route is listed, so that the authorisation matrix test fails when a route has no row.
  const routes: { method: string; url: string }[] = [];
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  const tiles = deps.services.places.geo.tileUrl;
  await securityPlugin(app, {
    cookieSecure: deps.cookieSecure,
    ...(deps.cookieSecret ? { cookieSecret: deps.cookieSecret } : {}),
    tileOrigin: tiles ? new URL(tiles.replace(/\{[a-z]\}/g, '0')).origin : null,
  });
  await app.register(formbody, { parser: (s) => qs.parse(s) });
  // Pages post HTML forms only: a JSON body to a page route is refused (415) rather than handed to form code that expects
  // strings (the JSON API has its own parser, with a depth limit).
  app.removeContentTypeParser('application/json');
  // GOV.UK Frontend's own assets (the GDS Transport font files, the crown, GOV.UK icons and web manifest) are for GOV.UK
  // only, and Lantern is not a GOV.UK service: they are not served (layout.njk, lantern.css).
  await app.register(fastifyStatic, {
    root: path.join(modules, 'govuk-frontend/dist/govuk'),
    prefix: '/public/govuk/',
    decorateReply: false,
    allowedPath: (p) => /^\/govuk-frontend\.min\.(css|js)(\.map)?$/.test(p),
  });
  await app.register(fastifyStatic, {
    root: path.join(modules, '@ministryofjustice/frontend/moj'),
    prefix: '/public/moj/',
    decorateReply: false,
    allowedPath: (p) => /^\/(moj-frontend\.min\.(css|js)|assets\/.*)$/.test(p),
  });
  // The built bundles have .br and .gz copies (scripts/build-client.mjs), sent where the browser accepts them.
  await app.register(fastifyStatic, { root: path.join(here, 'public'), prefix: '/public/lantern/', decorateReply: false, preCompressed: true });
  await viewsPlugin(app);
  sessionPlugin(app, { services: deps.services, cookieSecure: deps.cookieSecure });
  // After the session is known: pages are counted per user (the API counts its own, by token owner).
  if (deps.requestLimits)
    app.addHook(
      'onRequest',
      perUserLimit(app, deps.requestLimits.pagesPerMinute, (r) => r.auth?.user.id ?? null),
    );
  errorsPlugin(app);
  refusalsPlugin(app, deps.services);
  inputGuardPlugin(app);
  // CSRF on every state-changing form post (the JSON API uses bearer tokens instead).
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.url.startsWith('/api/')) {
      done();
      return;
    }
    // Uploads check the token in their own first field, before the file is read (routes/reviews.ts).
    if (
      request.routeOptions.config.csrf === 'multipart-first-field' &&
      (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')
    ) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });
  await registerRoutes(app, deps);
  const apiLimit = deps.requestLimits && perUserLimit(app, deps.requestLimits.apiPerMinute, (r) => r.apiCtx?.actor.id ?? null);
  await app.register(apiPlugin, { prefix: '/api/v1', services: deps.services, ...(apiLimit ? { limit: apiLimit } : {}) });
  return app;
}
