import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import type { Framework } from '../indicators/types.ts';
import { GENDERS } from '../records/vocab.ts';
import { type Answer, ANSWER_STATUSES, WHEN } from './assess.ts';

// Screening covers children and young adults up to 25 (transitional safeguarding; care leavers).
export const MAX_SCREENING_AGE = 25;

const answerSchema = z.object({
  code: z.string({ error: 'Enter the indicator code' }).trim().min(1, 'Enter the indicator code'),
  status: z.enum(Object.keys(ANSWER_STATUSES) as [keyof typeof ANSWER_STATUSES], { error: 'Select present, not present or not known' }).default('present'),
  when: z.enum(Object.keys(WHEN) as [keyof typeof WHEN], { error: 'Select when: current, 6 to 12 months ago, or both' }).nullish(),
  evidence: z.string({ error: 'Evidence must be text' }).trim().max(4000, 'Evidence must be 4000 characters or fewer').nullish(),
});

export const screeningInputSchema = z.object({
  age: z
    .number({ error: 'Enter the child’s age in whole years' })
    .int('Enter the child’s age in whole years')
    .min(0, 'Age must be 0 or more')
    .max(MAX_SCREENING_AGE, `Age must be ${MAX_SCREENING_AGE} or under: screening is for children and young people`),
  gender: z.enum(Object.keys(GENDERS) as [keyof typeof GENDERS], { error: `Gender must be one of: ${Object.keys(GENDERS).join(', ')}` }).optional(),
  indicators: z.array(answerSchema, { error: 'Indicators must be a list' }).max(500),
});
export type ScreeningInput = { age: number; gender?: keyof typeof GENDERS; indicators: Answer[] };

// Checks answers against a framework: known codes, no repeats, and a time and evidence for each one present.
export function validateAnswers(framework: Framework, answers: readonly Answer[], path = 'indicators'): void {
  const known = new Set(framework.indicators.map((i) => i.code));
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!known.has(a.code)) errors[`${path}.${i}.code`] = `There is no indicator with code "${a.code.slice(0, 60)}" in framework ${framework.version}`;
    else if (seen.has(a.code)) errors[`${path}.${i}.code`] = `Indicator "${a.code}" is listed more than once`;
    seen.add(a.code);
    if (a.status !== 'present') return;
    if (!a.when) errors[`${path}.${i}.when`] = 'Select when: current, 6 to 12 months ago, or both';
    if (!a.evidence?.trim()) errors[`${path}.${i}.evidence`] = 'Enter the evidence for an indicator that is present';
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export function parseScreeningInput(framework: Framework, raw: unknown): ScreeningInput {
  const r = screeningInputSchema.safeParse(raw);
  if (!r.success) {
    const errors: Record<string, string> = {};
    for (const issue of r.error.issues) errors[issue.path.join('.') || 'input'] ??= issue.message;
    throw new ValidationError(errors);
  }
  const input: ScreeningInput = { age: r.data.age, gender: r.data.gender, indicators: r.data.indicators };
  validateAnswers(framework, input.indicators);
  return input;
}
