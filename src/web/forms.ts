import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../core/errors.ts';
import type { Ctx } from '../services/index.ts';
import { page } from './plugins/views.ts';

export type Body = Record<string, string | string[] | undefined>;

export const bodyOf = (request: FastifyRequest): Body => (request.body ?? {}) as Body;
export const str = (b: Body, k: string): string => {
  const v = b[k];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
export const list = (b: Body, k: string): string[] => {
  const v = b[k];
  return (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean);
};

export function ctxOf(request: FastifyRequest): Ctx {
  const user = request.auth!.user;
  return { actor: { id: user.id, agencyId: user.agencyId, role: user.role }, via: 'web' };
}

// GOV.UK date input (day, month, year) to 'YYYY-MM-DD'; blank stays blank, nonsense stays nonsense for zod to reject.
export function dateFrom(b: Body, name: string): string {
  const [d, m, y] = ['day', 'month', 'year'].map((p) => str(b, `${name}-${p}`).trim());
  if (!d && !m && !y) return '';
  return `${y!.padStart(4, '0')}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

// Runs a form action; on ValidationError re-renders the form with the user's input and inline errors.
export async function handleForm(
  request: FastifyRequest,
  reply: FastifyReply,
  action: () => Promise<string>,
  rerender: { template: string; data: () => Promise<Record<string, unknown>> | Record<string, unknown> },
): Promise<FastifyReply> {
  let target: string;
  try {
    target = await action();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return page(request, reply, rerender.template, { ...(await rerender.data()), values: bodyOf(request), errors: e.fields }, 400);
  }
  return reply.redirect(target, 303);
}
