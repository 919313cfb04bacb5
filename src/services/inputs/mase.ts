import { z } from 'zod';
import { isRealDate } from '../../core/records/age.ts';
import { ACTION_TYPES, AGENDA_KINDS, ATTENDANCE, SETTABLE_ACTION_STATUSES } from '../../core/mase/vocab.ts';
import { longText, oneOf, optionalText, optionalUuid, required, version } from './fields.ts';

// A calendar date as YYYY-MM-DD that exists (no 31 February).
export const calendarDate = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${label} as a date, like 2026-03-14`)
    .refine(isRealDate, `Enter ${label} as a real date`);

export const MeetingInput = z.object({
  heldOn: calendarDate('the date of the meeting'),
  title: required('a title', 120),
  chairId: optionalUuid(),
});

export const AttendanceInput = z
  .object({
    userId: optionalUuid(),
    name: optionalText('the name', 120),
    agencyId: optionalUuid(),
    status: oneOf(ATTENDANCE, 'whether they were present or sent apologies'),
  })
  .refine((a) => a.userId || (a.name && a.agencyId), { error: 'Select a member of staff, or enter a name and select their agency', path: ['userId'] });

export const AgendaItemInput = z
  .object({
    kind: oneOf(AGENDA_KINDS, 'what the item is about'),
    personId: optionalUuid(),
    entityId: optionalUuid(),
    // Items about a child, person, place or group take its name when no title is given.
    title: optionalText('a title', 160),
    reason: longText(optionalText('why it is on the agenda', 500)),
  })
  .refine((i) => i.kind === 'other' || i.personId || i.entityId, { error: 'Select the child, person, place or group', path: ['personId'] })
  // A child item names the child only; a place, adult or group item names that entity only; breaches and overdue
  // actions come from the agenda builder, not by hand.
  .refine((i) => i.kind !== 'child' || !i.entityId, { error: 'An item about a child names only the child', path: ['entityId'] })
  .refine((i) => !['location', 'perpetrator', 'group'].includes(i.kind) || !i.personId, {
    error: 'Select the place, person or group, not a child',
    path: ['personId'],
  })
  .refine((i) => i.kind !== 'cawn_breach' && i.kind !== 'overdue_action', {
    error: 'Breaches and overdue actions are added when the agenda is built',
    path: ['kind'],
  })
  .refine((i) => i.kind !== 'other' || i.title, { error: 'Enter a title', path: ['title'] });

export const DiscussionInput = z.object({
  summary: longText(optionalText('the discussion summary', 8000)),
  decisions: longText(optionalText('the decisions', 4000)),
  version,
});

export const VersionInput = z.object({ version });

export const MeetingStatusInput = z.object({
  status: z.enum(['planned', 'held'], { error: 'Select whether the meeting is planned or has been held' }),
  version,
});

export const MoveInput = z.object({ direction: z.enum(['up', 'down'], { error: 'Select up or down' }) });

export const ActionInput = z.object({
  type: oneOf(ACTION_TYPES, 'the type of action'),
  description: longText(required('what is to be done', 1000)),
  agendaItemId: optionalUuid(),
  ownerUser: optionalUuid(),
  ownerAgency: z.uuid({ error: 'Select the agency that owns the action' }),
  dueOn: calendarDate('the due date'),
});

export const ActionUpdateInput = z
  .object({
    status: z.enum(SETTABLE_ACTION_STATUSES, { error: 'Select a status' }),
    outcome: longText(optionalText('the outcome', 4000)),
    version,
  })
  .refine((a) => !(a.status === 'done' || a.status === 'cancelled') || a.outcome, {
    error: 'Enter the outcome: what was done, or why the action was cancelled',
    path: ['outcome'],
  });

export const AgendaDateInput = z.object({ date: calendarDate('the date of the meeting') });
