import { z } from 'zod';
import type { FieldErrors } from '../../core/errors.ts';
import { ValidationError } from '../../core/errors.ts';
import { fromLondonTime } from '../../core/mase/rhi-clock.ts';
import { isRealDate } from '../../core/records/age.ts';

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

/**
 * A textarea's text read by `field` (trimmed, required, optionalText) with its line breaks as LF. Browsers post them as
 * CRLF, but the page counts each as one character (HTML's maxlength and GOV.UK's character count read the LF value):
 * so the limit checked is the one the page showed, and the text stored is the text the live check read.
 */
export const longText = <T extends z.ZodType>(field: T) => z.preprocess((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v), field);

export const oneOf = <T extends Record<string, unknown>>(vocab: T, label: string) =>
  z.enum(Object.keys(vocab) as [keyof T & string, ...(keyof T & string)[]], { error: `Select ${label}` });

// A choice a form may leave blank (an unselected <select> sends the empty string): null when blank.
export const optionalChoice = <T extends Record<string, unknown>>(vocab: T, label: string) =>
  z.preprocess((v) => (v === '' ? null : v), oneOf(vocab, label).nullable().optional()).transform((v) => v ?? null);

// A date a form may leave blank: null when blank. One given must be on the calendar: the shape alone let "0000-00-00"
// and "2026-02-30" through to PostgreSQL, which refused them with a 500 (found by the form fuzz target).
export const optionalDate = (label: string) =>
  z
    .string({ error: `Enter ${label} as a real date, like 2026-03-14` })
    .trim()
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isRealDate(v), `Enter ${label} as a real date, like 2026-03-14`);

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

/** A time from a form ('2026-03-28T22:00' or '2026-03-28 22:00', in London) or the API (ISO 8601 with Z or an offset). */
export function parseWhen(v: string): Date | null {
  const local = v.replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return fromLondonTime(local);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}
