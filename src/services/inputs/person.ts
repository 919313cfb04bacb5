import { z } from 'zod';
import { nhsNumberProblem, normaliseNhsNumber } from '../../core/identity/index.ts';
import { ageOn, CHILD_MAX_AGE, isRealDate } from '../../core/records/age.ts';
import { normalisePostcode } from '../../core/records/postcode.ts';
import { CP_PLAN, ETHNICITIES, GENDERS, IDENTIFIER_KINDS, LOOKED_AFTER, NAME_KINDS, PERSON_KINDS } from '../../core/records/vocab.ts';
import { oneOf, optionalDate, optionalText, required, trimmed } from './fields.ts';

const date = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .min(1, `Enter ${label}`)
    .refine(isRealDate, `${label.charAt(0).toUpperCase() + label.slice(1)} must be a real date`);

export const NameInput = z.object({
  kind: oneOf(NAME_KINDS, 'the kind of name'),
  given: required('a first name or nickname', 100),
  family: trimmed('a last name', 100).default(''),
});

export const AddressInput = z
  .object({
    line: required('the address', 300),
    postcode: z.string({ error: 'Enter a postcode' }).transform((v, ctx) => {
      const p = normalisePostcode(v);
      if (!p) ctx.addIssue({ code: 'custom', message: 'Enter a real postcode, like RM3 7QX' });
      return p ?? v;
    }),
    fromDate: optionalDate('the date they moved in'),
    toDate: optionalDate('the date they moved out'),
  })
  .refine((a) => !a.fromDate || !a.toDate || a.fromDate <= a.toDate, { error: 'The move-out date must be after the move-in date', path: ['toDate'] });

export const IdentifierInput = z.object({
  kind: oneOf(IDENTIFIER_KINDS, 'the kind of reference'),
  value: required('the reference', 60),
});

export const nhsNumberField = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const problem = nhsNumberProblem(v);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return null;
    }
    return normaliseNhsNumber(v);
  });

export function personInput(now: Date) {
  return z
    .object({
      kind: oneOf(PERSON_KINDS, 'whether this is a child or an adult'),
      names: z.array(NameInput).min(1, 'Enter a first name').max(10),
      dateOfBirth: date('date of birth').refine((d) => d <= now.toISOString().slice(0, 10), 'Date of birth must be in the past'),
      dobEstimated: z.boolean().default(false),
      gender: oneOf(GENDERS, 'gender'),
      ethnicity: oneOf(ETHNICITIES, 'ethnicity'),
      nhsNumber: nhsNumberField,
      school: optionalText('the school', 200),
      lookedAfter: oneOf(LOOKED_AFTER, 'looked-after status').default('not_known'),
      cpPlan: oneOf(CP_PLAN, 'child protection plan status').default('not_known'),
      addresses: z.array(AddressInput).max(20).default([]),
      identifiers: z.array(IdentifierInput).max(20).default([]),
    })
    .superRefine((p, ctx) => {
      if (p.names[0]?.kind !== 'legal') ctx.addIssue({ code: 'custom', path: ['names', 0, 'kind'], message: 'The first name entered must be the legal name' });
      const age = ageOn(p.dateOfBirth, now);
      if (p.kind === 'child' && age > CHILD_MAX_AGE)
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'A child must be under 18: record an adult of concern instead' });
      if (p.kind === 'adult' && age <= CHILD_MAX_AGE)
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'An adult must be 18 or over: record a child instead' });
      if (age > 120) ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be a real date of birth' });
    });
}
export type PersonInput = z.infer<ReturnType<typeof personInput>>;
