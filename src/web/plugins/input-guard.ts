import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../core/errors.ts';

// PostgreSQL cannot store U+0000 in text, nor a lone UTF-16 surrogate in jsonb, so either one in a form, a query string
// or a JSON body made the database refuse the write with a server error (found by the hostile-input tests, issue 8).
// No real input holds one: the request is refused at the door, before any handler runs, with a message naming the field.
export const UNSTORABLE_MESSAGE = 'Remove the hidden or broken character: it cannot be saved';

// U+0000, or a surrogate without its pair.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first key or string value that cannot be stored ("names.0.given"), or null. */
export function unstorableField(value: unknown): string | null {
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return path || '_form';
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (UNSTORABLE.test(k)) return at.replace(new RegExp(UNSTORABLE.source, 'g'), '') || '_form';
        stack.push({ v: child, path: at });
      }
    }
  }
  return null;
}

export function inputGuardPlugin(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = unstorableField(request.params) ?? unstorableField(request.query) ?? unstorableField(request.body);
    if (field !== null) throw new ValidationError({ [field]: UNSTORABLE_MESSAGE });
  });
}
