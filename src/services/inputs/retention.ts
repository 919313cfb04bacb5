import { z } from 'zod';
import { required, version } from './fields.ts';

// Legal holds, applying the retention schedule, and subject access: forms, CLI and tests share these.

export const HOLD_SCOPES = { all: 'All records (for example, a public inquiry’s instruction not to destroy)', person: 'One person’s record' } as const;

const reference = z
  .string({ error: 'Enter the Lantern record reference' })
  .trim()
  .toLowerCase()
  .pipe(z.uuid({ error: 'Enter the Lantern record reference as shown on the record, like 3f2b6c1e-…' }));

export const PlaceHoldInput = z
  .object({
    scope: z.enum(['all', 'person'], { error: 'Select what the hold covers' }),
    personId: z.string().optional(),
    reference: required('the reference of the instruction (for example, the inquiry’s letter)', 120),
    reason: required('why the records must be kept', 2000),
  })
  .transform((v, ctx) => {
    if (v.scope === 'all') return { scope: 'all' as const, personId: null, reference: v.reference, reason: v.reason };
    const r = reference.safeParse(v.personId ?? '');
    if (!r.success) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: r.error.issues[0]?.message ?? 'Enter the Lantern record reference' });
      return z.NEVER;
    }
    return { scope: 'person' as const, personId: r.data, reference: v.reference, reason: v.reason };
  });
export type PlaceHoldFields = z.infer<typeof PlaceHoldInput>;

export const LiftHoldInput = z.object({
  version,
  reason: required('why the hold can be lifted (for example, the inquiry’s release of its instruction)', 2000),
});

/** The most records one confirmation may name (a form that long is already near the 1 MB body limit). */
export const RETENTION_APPLY_MAX = 50_000;

// Deleting for good needs an explicit yes: the box on the confirmation page, or --confirm on the command line.
export const ApplyInput = z.object({
  confirm: z.literal('yes', { error: 'Confirm that the records listed will be deleted for good' }),
  // The people the administrator was shown; omitted (the command line) means every record due for deletion.
  // Bounded like every list Lantern reads (a dry run lists at most this many; zod checks no length by default).
  personIds: z
    .array(z.uuid({ error: 'The list of records is out of date: start again from the dry run' }))
    .max(RETENTION_APPLY_MAX, `Delete at most ${RETENTION_APPLY_MAX.toLocaleString('en-GB')} records at a time: start again from the dry run`)
    .optional(),
});

export const SubjectLookupInput = z.object({ person: reference });
