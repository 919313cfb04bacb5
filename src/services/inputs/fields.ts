import { z } from 'zod';
import type { FieldErrors } from '../../core/errors.ts';
import { ValidationError } from '../../core/errors.ts';

// Shared zod pieces for every boundary (forms, API, CLI). Messages follow the GOV.UK error style.
export const trimmed = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`);

export const required = (label: string, max = 200) => trimmed(label, max).min(1, `Enter ${label}`);

export const optionalText = (label: string, max = 200) =>
  trimmed(label, max)
    .optional()
    .transform((v) => (v ? v : null));

export const oneOf = <T extends Record<string, unknown>>(vocab: T, label: string) =>
  z.enum(Object.keys(vocab) as [keyof T & string, ...(keyof T & string)[]], { error: `Select ${label}` });

export const uuid = (label: string) => z.uuid({ error: `Select ${label}` });

// Record versions are PostgreSQL integers: a larger number is no version of anything (and would overflow the query).
const OUT_OF_DATE = 'The form is out of date: reload the page';
export const version = z.coerce.number({ error: OUT_OF_DATE }).int(OUT_OF_DATE).min(1, OUT_OF_DATE).max(2_147_483_647, OUT_OF_DATE);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Flattens zod issues into one message per field path ("names.0.given"), first message wins.
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(fieldErrors(r.error));
  return r.data;
}

// An optional id from a form, where an unselected <select> sends the empty string. `label` words the error ("Select …").
export const optionalUuid = (label?: string) =>
  z
    .uuid(label ? { error: `Select ${label}` } : undefined)
    .optional()
    .or(z.literal('').transform(() => undefined));
