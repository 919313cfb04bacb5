import type { FastifyError, FastifyInstance } from 'fastify';
import { Conflict, errorReference, Forbidden, NotFound, Unauthenticated, ValidationError } from '../../core/errors.ts';
import { markCsrfRefused } from './refusals.ts';
import { page } from './views.ts';

// The chronology editor, whose detail limit the too-large page names.
const CHRONOLOGY_NEW = /^\/people\/[^/]+\/chronology\/new(?:[?#]|$)/;

// One place turns typed errors into GOV.UK pages. Users never see a stack trace.
export function errorsPlugin(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => page(request, reply, 'errors/not-found.njk', { message: 'Page not found' }, 404));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Unauthenticated) return reply.redirect('/sign-in', 303);
    if (error instanceof NotFound) return page(request, reply, 'errors/not-found.njk', { message: error.message }, 404);
    if (error instanceof Forbidden) return page(request, reply, 'errors/forbidden.njk', { message: error.message }, 403);
    if (error instanceof ValidationError)
      return page(request, reply, 'errors/bad-request.njk', { message: Object.values(error.fields)[0] ?? error.message }, 400);
    if (error instanceof Conflict) return page(request, reply, 'errors/bad-request.njk', { message: error.message }, 409);
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      markCsrfRefused(request);
      return page(request, reply, 'errors/bad-request.njk', { message: 'This form has expired. Go back, reload the page and try again.' }, 403);
    }
    // A form bigger than the body limit (app.ts bodyLimit, 1 MB): say what was too large and that nothing is lost by
    // going back (the browser keeps what was typed in the form on Back).
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
      return page(
        request,
        reply,
        'errors/bad-request.njk',
        {
          title: 'What you sent was too large',
          heading: 'What you sent was too large',
          message: CHRONOLOGY_NEW.test(request.url)
            ? 'The form was more than 1 MB, the most Lantern accepts at once, so nothing was saved. A chronology entry’s detail can hold up to 10,000 characters. Use your browser’s Back button: what you typed is still in the form, so you can shorten it, or split it into more than one entry.'
            : 'The form was more than 1 MB, the most Lantern accepts at once, so nothing was saved. Use your browser’s Back button: what you typed is still in the form, so you can shorten it.',
        },
        413,
      );
    if (error.statusCode === 429) return page(request, reply, 'errors/bad-request.njk', { message: 'Too many requests. Wait a minute and try again.' }, 429);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return page(request, reply, 'errors/bad-request.njk', { message: 'The request could not be understood.' }, error.statusCode);
    // Log the error class, code and call sites only: the message can carry personal data, and it can span several
    // lines (a failed query's message lists its parameters), so only the "at ..." lines of the stack are kept.
    const reference = errorReference();
    request.log.error(
      {
        reference,
        err: {
          type: error.name,
          code: error.code,
          stack: error.stack
            ?.split('\n')
            .filter((l) => /^\s+at /.test(l))
            .slice(0, 5)
            .join('\n'),
        },
        route: request.routeOptions.url,
      },
      'unhandled error',
    );
    return page(request, reply, 'errors/server.njk', { reference }, 500);
  });
}
