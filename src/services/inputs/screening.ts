import { isRealDate } from '../../core/records/age.ts';
import { z } from 'zod';
import { ANSWER_STATUSES, WHEN } from '../../core/screening/assess.ts';
import { RISK_LEVELS } from '../../core/screening/levels.ts';
import { EXPLOITATION_MODELS, EXPLOITATION_SETTINGS, EXPLOITATION_TYPES, FRASER, GROOMING_STAGES, REFERRAL_TARGETS } from '../../core/records/vocab.ts';
import { oneOf, optionalText, required, trimmed, version } from './fields.ts';

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a whole number` })
    .int(`Enter ${label} as a whole number`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be ${min} or more`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max} or less`);

export const StartScreeningInput = z.object({
  // Only asked when the child's date of birth is not known.
  age: z.union([z.literal('').transform(() => undefined), whole('the child’s age', 0, 25)]).optional(),
});

export const AnswerInput = z.object({
  code: z.string().trim().min(1),
  status: oneOf(ANSWER_STATUSES, 'present, not present or not known'),
  when: z
    .enum(Object.keys(WHEN) as [keyof typeof WHEN])
    .nullish()
    .or(z.literal('').transform(() => null)),
  evidence: trimmed('the evidence', 4000).nullish(),
});

export const SaveScreeningInput = z.object({ version, answers: z.array(AnswerInput).max(500) });

export const OverrideInput = z.object({
  version,
  level: oneOf(RISK_LEVELS, 'the level you judge right'),
  reason: required('the reason for your judgement', 2000),
});

export const ReviewInput = z.object({
  version: version.optional(),
  outcome: z.enum(['agree', 'disagree'], { error: 'Select whether you agree' }),
  note: optionalText('a note', 2000),
});

export const DecisionInput = z
  .object({
    version,
    kind: z.enum(['refer', 'no_referral'], { error: 'Select whether you are making a referral' }),
    targets: z.array(oneOf(REFERRAL_TARGETS, 'where you are referring')).max(3).default([]),
    reason: trimmed('the reason', 4000).default(''),
    notes: trimmed('notes for the referral', 4000).default(''),
    adultConsent: z
      .enum(['given', 'refused'])
      .optional()
      .or(z.literal('').transform(() => undefined)),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'refer' && !d.targets.length) ctx.addIssue({ code: 'custom', path: ['targets'], message: 'Select where you are referring' });
    if (d.kind === 'no_referral' && d.reason.length < 20)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Explain in at least 20 characters why you are not referring: a safeguarding lead will review it',
      });
  });

export const OutcomeInput = z.object({ version, outcome: required('the outcome of the referral', 2000) });
export const ConsultInput = z.object({ question: required('your question for the safeguarding lead', 2000) });
export const AnswerConsultationInput = z.object({ answer: required('your answer', 4000) });

export const ExploitationInput = z.object({
  version,
  types: z.array(oneOf(EXPLOITATION_TYPES, 'the form of exploitation')).max(8).default([]),
  model: oneOf(EXPLOITATION_MODELS, 'the model')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  setting: oneOf(EXPLOITATION_SETTINGS, 'online or offline')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  groomingStage: oneOf(GROOMING_STAGES, 'the grooming stage')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

const yesNo = z
  .union([z.boolean(), z.enum(['yes', 'no', 'true', 'false', 'on', '']).transform((v) => v === 'yes' || v === 'true' || v === 'on')])
  .default(false);

export const AttendanceInput = z.object({
  attendedOn: z
    .string({ error: 'Enter the date of the attendance' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the attendance')
    .refine(isRealDate, 'Enter the date of the attendance as a real date'),
  partnerAges: z
    .string()
    .trim()
    .max(100)
    .default('')
    .refine((s) => s === '' || /^\d{1,2}(\s*,\s*\d{1,2})*$/.test(s), 'Enter partners’ ages as numbers separated by commas, for example 15, 19'),
  partnerCount: z
    .union([z.literal('').transform(() => null), whole('the number of partners in the last 3 months', 0, 99)])
    .nullish()
    .transform((v) => v ?? null),
  sti: yesNo,
  pregnancy: yesNo,
  emergencyContraception: yesNo,
  fraserCompetent: oneOf(FRASER, 'whether the young person is Fraser competent'),
  indicators: z.array(z.string().trim().min(1)).max(100).default([]),
  // Left blank on paper in most notes (Bath audit: completed in 36%; shared/SOURCES.md 2a): required here.
  professionalAnalysis: z
    .string({ error: 'Enter your professional analysis' })
    .trim()
    .min(30, 'Enter your professional analysis: what you saw, what worries you and why (at least 30 characters)')
    .max(6000, 'Professional analysis must be 6000 characters or fewer'),
});
