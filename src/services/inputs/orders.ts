import { z } from 'zod';
import { isRealDate } from '../../core/records/age.ts';
import { CAWN_BASES, ORDER_KINDS, ORDER_STATUSES } from '../../core/mase/vocab.ts';
import { oneOf, optionalChoice, optionalDate, optionalText, optionalUuid, parseWhen, required, trimmed, version } from './fields.ts';

// The orders and notices register (issue 7): forms, API and CLI share these.

export const OrderInput = z.object({
  kind: oneOf(ORDER_KINDS, 'the kind of order or notice'),
  status: oneOf(ORDER_STATUSES, 'where it is up to'),
  // The adult served or the premises; for a secure accommodation application the child's own record stands in.
  subjectEntityId: optionalUuid(),
  childPersonId: optionalUuid(),
  basis: optionalChoice(CAWN_BASES, 'the basis for the CAWN'),
  reference: trimmed('the reference', 80).optional().default(''),
  startsOn: optionalDate('the date it was served, made or applied for'),
  officer: trimmed('the officer or applicant', 160).optional().default(''),
  reviewOn: optionalDate('the review date'),
  expiresOn: optionalDate('the expiry date'),
  notes: trimmed('the notes', 4000).optional().default(''),
});
export type OrderFields = z.infer<typeof OrderInput>;

export const OrderStatusInput = z.object({
  version,
  status: oneOf(ORDER_STATUSES, 'where it is up to'),
  outcome: trimmed('the outcome', 4000).optional().default(''),
  // Blank keeps the date already recorded.
  startsOn: optionalDate('the date it was served or made'),
  reviewOn: optionalDate('the next review date'),
  expiresOn: optionalDate('the expiry date'),
});

export const BreachInput = z.object({
  occurredAt: z
    .string({ error: 'Enter when the breach happened' })
    .trim()
    .min(1, 'Enter when the breach happened')
    .refine(
      (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? isRealDate(s) : parseWhen(s) !== null) && s.slice(0, 4) >= '1900',
      'Enter when the breach happened as a date and time, like 2026-03-14 21:30',
    ),
  detail: required('what happened', 4000),
});

export const FollowUpInput = z.object({
  version,
  decision: z.enum(['application_made', 'not_applied'], { error: 'Select whether a Sexual Risk Order application is being made' }),
  reason: optionalText('the reason', 2000).transform((v) => v ?? ''),
});

export const OrderFilterInput = z.object({
  kind: optionalChoice(ORDER_KINDS, 'a kind of order'),
  status: optionalChoice(ORDER_STATUSES, 'a status'),
  review: z
    .enum(['due'])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  breaches: z
    .enum(['open'])
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type OrderFilter = z.infer<typeof OrderFilterInput>;
