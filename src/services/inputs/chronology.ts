import { z } from 'zod';
import { isRealDate } from '../../core/records/age.ts';
import { CHRONOLOGY_KINDS } from '../../core/records/vocab.ts';
import {
  DISMISS_REASON_PLACEHOLDER,
  DISMISS_REASON_TOO_LONG,
  DISMISS_REASON_TOO_SHORT,
  isPlaceholderReason,
  MAX_DISMISS_REASON_LENGTH,
  MAX_REWORDING_LENGTH,
  MIN_DISMISS_REASON_LENGTH,
} from '../../core/language/reword.ts';
import { longText, oneOf, optionalUuid, parseWhen, required, trimmed } from './fields.ts';

// A chronology entry's input and the list's filter, apart from the service (services/chronology.ts) so that the API's
// schemas and the command line can use them without loading the note checks behind the service.
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// A reason for dismissing a wording finding, live or on the review page (core/language/reword.ts dismissReasonProblem).
// A reason the record keeps for a decision on a finding: long enough to mean something, and not a placeholder.
const decisionReason = (tooShort: string, placeholder: string) =>
  z
    .string()
    .trim()
    .min(MIN_DISMISS_REASON_LENGTH, tooShort)
    .max(MAX_DISMISS_REASON_LENGTH, DISMISS_REASON_TOO_LONG)
    .refine((r) => r.length < MIN_DISMISS_REASON_LENGTH || !isPlaceholderReason(r), placeholder);

export const DismissReason = decisionReason(DISMISS_REASON_TOO_SHORT, DISMISS_REASON_PLACEHOLDER);
// Why signs found in an entry do not apply to the child (services/notes.ts setAsideSigns).
export const SetAsideReason = decisionReason(
  `Give a reason for setting the signs aside, at least ${String(MIN_DISMISS_REASON_LENGTH)} characters`,
  'Say why the signs do not apply to this child: “n/a”, “none” or “ok” is not a reason',
);

const decisionBase = {
  field: z.enum(['summary', 'detail']),
  ref: z.string().min(1).max(100),
  text: z.string().min(1).max(500),
};
export const NoteDecision = z.discriminatedUnion('action', [
  z.strictObject({
    ...decisionBase,
    action: z.literal('dismiss'),
    reason: DismissReason,
  }),
  // `reason: ''` from forms opened before rewording came in.
  z.strictObject({ ...decisionBase, action: z.literal('quote'), reason: z.literal('').optional() }),
  z.strictObject({ ...decisionBase, action: z.literal('reword'), wording: z.string().trim().min(1).max(MAX_REWORDING_LENGTH) }),
]);
export type NoteDecision = z.infer<typeof NoteDecision>;
export const NOTE_DECISIONS_UNREADABLE = 'The wording decisions made as you typed could not be read: check the wording suggestions again, then add the entry';

export const ChronologyInput = z.object({
  kind: oneOf(CHRONOLOGY_KINDS, 'the type of entry'),
  occurredAt: z
    .string({ error: 'Enter when it happened' })
    .trim()
    .min(1, 'Enter when it happened')
    // A date, or a date and time as parseWhen reads them. JavaScript's own date parser took much more ("-000001-01-01",
    // year 1 BC, which PostgreSQL refused with a 500: found by the form fuzz target, part 5 of the 10,000-case run).
    .refine((v) => (DATE_ONLY.test(v) ? isRealDate(v) : parseWhen(v) !== null), 'When it happened must be a real date')
    .refine((v) => v.slice(0, 4) >= '1900', 'When it happened must be in 1900 or later'),
  summary: required('a summary', 200),
  detail: longText(trimmed('the detail', 10_000)).default(''),
  caseId: optionalUuid(),
  // Decisions the practitioner made in the live check before saving: dismissed with a reason, kept as the child's own
  // words (already inside quotation marks), or reworded (the flagged words replaced with their own). User input: each
  // one is checked against the saved text before it is recorded (recordLiveDecisions).
  noteDecisions: z.array(NoteDecision).max(200).default([]),
});

export const ChronologyFilter = z.object({
  kind: z
    .enum(Object.keys(CHRONOLOGY_KINDS) as [string, ...string[]])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  agencyId: optionalUuid(),
});
