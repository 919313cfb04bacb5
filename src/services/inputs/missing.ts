import { z } from 'zod';
import { MISSING_FROM, POLICE_RISK, RETURN_METHODS } from '../../core/mase/vocab.ts';
import { ENTITY_ROLES } from '../../core/records/entities.ts';
import { longText, oneOf, optionalChoice, optionalText, optionalUuid, parseWhen, trimmed, uuid, version } from './fields.ts';

// Missing episodes and return home interviews (issue 7), for the web forms, the API and the CLI.

const when = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .transform((v, ctx) => {
      const d = parseWhen(v);
      if (!d) {
        ctx.addIssue({ code: 'custom', message: `Enter ${label} as a real date and time, like 28 March 2026 22:00` });
        return z.NEVER;
      }
      return d;
    });

const optionalWhen = (label: string) =>
  when(label)
    .optional()
    .or(z.literal('').transform(() => undefined));

// Where and with whom the child was found. A place or person is either one already linked to the child (its entity id,
// offered on the form) or a new one named here; both become links from the episode's chronology entry.
const returnFields = {
  foundAtPlaceId: optionalUuid(),
  foundAtPlace: optionalText('the name of the place where the child was found', 160),
  foundAtPostcode: optionalText('the postcode of the place where the child was found', 10),
  foundAtDetail: optionalText('more about where the child was found', 500),
  foundWithPersonId: optionalUuid(),
  foundWithName: optionalText('the name or nickname of the person the child was found with', 120),
  foundWithRole: optionalChoice(ENTITY_ROLES, 'the role of the person the child was found with'),
  foundWithDetail: optionalText('more about the person the child was found with', 500),
  returnDetail: longText(optionalText('more about how the child came back', 1000)),
};

export const EpisodeInput = z.object({
  reportedAt: when('when the child was reported missing'),
  reportedBy: trimmed('who reported the child missing', 200).min(1, 'Enter who reported the child missing'),
  missingFrom: oneOf(MISSING_FROM, 'where the child went missing from'),
  missingFromPlaceId: optionalUuid(),
  missingFromPlace: optionalText('the name of the placement or place', 160),
  missingFromPostcode: optionalText('the postcode of the placement or place', 10),
  missingFromDetail: optionalText('more about where the child went missing from', 500),
  policeRef: optionalText('the police reference', 60),
  policeRisk: oneOf(POLICE_RISK, 'the police risk grading'),
  returnedAt: optionalWhen('when the child came back'),
  returnMethod: optionalChoice(RETURN_METHODS, 'how the child came back'),
  ...returnFields,
});
export type EpisodeFields = z.infer<typeof EpisodeInput>;

export const ReturnInput = z.object({
  version,
  returnedAt: when('when the child came back'),
  returnMethod: oneOf(RETURN_METHODS, 'how the child came back'),
  ...returnFields,
});
export type ReturnFields = z.infer<typeof ReturnInput>;

export const AssignInput = z.object({ version, assignedTo: uuid('who will offer the return home interview') });

export const RHI_OUTCOMES = { completed: 'Completed', declined: 'Offered and declined by the child', not_offered: 'Not offered' } as const;

export const OutcomeInput = z.object({
  version,
  status: oneOf(RHI_OUTCOMES, 'what happened with the return home interview'),
  at: optionalWhen('when it happened'),
  findings: longText(trimmed('what the child said and what the interview found', 10_000)).default(''),
  reason: longText(trimmed('the reason', 1000)).default(''),
});
