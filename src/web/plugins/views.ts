import path from 'node:path';
import { fileURLToPath } from 'node:url';
import view from '@fastify/view';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import nunjucks from '../nunjucks.ts';
import type { FieldErrors } from '../../core/errors.ts';
import { navigationFor } from '../navigation.ts';
import { registerFilters } from '../filters.ts';
import { registerScreeningIndicator } from '../screening-indicator.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(here, '../../../node_modules');

export async function viewsPlugin(app: FastifyInstance): Promise<void> {
  await app.register(view, {
    engine: { nunjucks },
    templates: [path.resolve(here, '../views'), path.join(modules, 'govuk-frontend/dist'), path.join(modules, '@ministryofjustice/frontend')],
    options: {
      autoescape: true,
      throwOnUndefined: false,
      onConfigure: (env: nunjucks.Environment) => {
        registerFilters(env);
        registerScreeningIndicator(env);
      },
    },
  });
}

// GOV.UK error summary list: one link per field, in form order.
export function errorList(errors: FieldErrors | undefined): { text: string; href: string }[] {
  return Object.entries(errors ?? {}).map(([field, text]) => ({ text, href: `#${field.replace(/\./g, '-')}` }));
}

export async function page(
  request: FastifyRequest,
  reply: FastifyReply,
  template: string,
  data: Record<string, unknown> = {},
  status = 200,
): Promise<FastifyReply> {
  const user = request.auth?.mfaPassed ? request.auth.user : null;
  const errors = data['errors'] as FieldErrors | undefined;
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .view(template, {
      ...data,
      errorList: errorList(errors),
      user,
      navigation: user ? navigationFor(user, request.url) : [],
      csrfToken: reply.generateCsrf(),
      cspNonce: reply.cspNonce.script,
      currentPath: request.url,
      // The account changed since the previous sign-in (services/account-changes.ts): said on every page until seen.
      accountNotice: user !== null && request.auth!.accountNotice && data['accountChanges'] === undefined,
    });
}
