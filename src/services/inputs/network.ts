import { z } from 'zod';
import { CONFIDENCES, ENTITY_KINDS, ENTITY_ROLES, GROUP_TYPES, LINK_TYPES, LOCATION_TYPES } from '../../core/records/entities.ts';
import { RISK_LEVELS } from '../../core/screening/levels.ts';
import { oneOf, optionalChoice, optionalDate, optionalText, optionalUuid, required, version } from './fields.ts';

/**
 * Quick capture from a chronology entry: who, where, what vehicle, which phone or account, which group, and how they
 * are linked to the child. `entityId` is set when the practitioner chose an existing entity that Lantern offered.
 */
export const CaptureInput = z.object({
  kind: oneOf(ENTITY_KINDS, 'what you are recording'),
  entityId: optionalUuid(),
  // person
  name: optionalText('the name or nickname', 120),
  nameKind: z
    .enum(['legal', 'nickname', 'alias'])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  role: optionalChoice(ENTITY_ROLES, 'the person’s role'),
  approximateAge: optionalText('the approximate age', 40),
  // place and group
  label: optionalText('the name of the place or group', 160),
  locationType: optionalChoice(LOCATION_TYPES, 'the kind of place'),
  address: optionalText('the address', 300),
  postcode: optionalText('the postcode', 10),
  coordinates: optionalText('the coordinates', 60),
  groupType: optionalChoice(GROUP_TYPES, 'the kind of group'),
  // vehicle
  vrm: optionalText('the registration', 12),
  make: optionalText('the make', 60),
  colour: optionalText('the colour', 40),
  // phone and online account
  phone: optionalText('the phone number', 30),
  platform: optionalText('the platform', 60),
  handle: optionalText('the username', 80),
  description: optionalText('a description', 1000),
  // the link
  linkType: oneOf(LINK_TYPES, 'how they are linked to the child'),
  confidence: oneOf(CONFIDENCES, 'how sure this is'),
  validFrom: optionalDate('the date it started'),
  validTo: optionalDate('the date it ended'),
  note: optionalText('a note', 1000),
});
export type CaptureFields = z.infer<typeof CaptureInput>;

export const RetractInput = z.object({ version, reason: required('why the link is wrong', 1000) });

export const ExpandInput = z.object({
  hops: z.coerce.number().int().min(1, 'Choose 1 to 3 steps').max(3, 'Choose 1 to 3 steps').default(2),
  // One ticked box arrives as a string, several as a list.
  types: z.preprocess(
    (v: unknown): unknown => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(oneOf(LINK_TYPES, 'a link type')).max(Object.keys(LINK_TYPES).length * 2, 'Choose each link type once'),
  ),
  confidence: optionalChoice(CONFIDENCES, 'the lowest confidence to show'),
  from: optionalDate('the start of the period'),
  to: optionalDate('the end of the period'),
});

export const AlertAckInput = z.object({ version, note: required('what you did about it', 1000) });

export const MatchDecisionInput = z.object({
  version,
  decision: z.enum(['merge', 'reject'], { error: 'Select whether these are the same' }),
  reason: required('the reason for your decision', 1000),
});
export const MatchUndoInput = z.object({ version, reason: required('why the merge was wrong', 1000) });

export const ContextReferralInput = z.object({
  entityId: z.uuid({ error: 'Select the place or group' }),
  reason: required('why this context is a concern', 2000),
});

export const ContextAssessmentInput = z.object({
  version,
  guardianship: required('who looks after the place or group, and how', 2000),
  environment: required('the physical environment', 2000),
  youngPeople: required('the young people who gather there', 2000),
  concerns: required('the concerns', 2000),
  actions: required('the actions agreed', 2000),
  level: oneOf(RISK_LEVELS, 'the level of concern'),
});
