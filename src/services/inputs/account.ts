import { z } from 'zod';
import { passwordWeakness } from '../../core/identity/password-strength.ts';

// OWASP ASVS 2.1.1, 2.1.2, 2.1.9: at least 12 characters, up to 128, no composition rules (long passphrases welcome).
// ASVS 2.1.7: and not one of the common or easily guessed passwords (core/identity/password-strength.ts).
export const password = z
  .string({ error: 'Enter a password' })
  .min(12, 'Password must be 12 characters or more')
  .max(128, 'Password must be 128 characters or fewer')
  .superRefine((value, ctx) => {
    if (value.length < 12 || value.length > 128) return;
    const weakness = passwordWeakness(value);
    if (weakness) ctx.addIssue({ code: 'custom', message: weakness });
  });

// ASVS 2.1.6: a change needs the current password as well as the new one.
export const PasswordChangeInput = z
  .object({
    current: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(1000, 'Enter your current password'),
    password,
    confirm: z.string({ error: 'Enter the new password again' }),
  })
  .refine((x) => x.confirm === x.password, { path: ['confirm'], error: 'The two new passwords do not match' });

// A user's own API token (services/api-tokens.ts): what it is for, how many days it lasts (it always expires), and a
// code from the user's authenticator when they have one, or else their password.
export const OWN_TOKEN_MAX_DAYS = 90;
const DAYS = `Enter how many days the token lasts, from 1 to ${OWN_TOKEN_MAX_DAYS}`;
export const OwnApiTokenInput = z.object({
  label: z
    .string({ error: 'Say what the token is for' })
    .trim()
    .min(1, 'Say what the token is for')
    .max(100, 'Keep what the token is for to 100 characters or fewer'),
  days: z.coerce.number({ error: DAYS }).int(DAYS).min(1, DAYS).max(OWN_TOKEN_MAX_DAYS, DAYS),
  code: z
    .string()
    .trim()
    .max(20, 'Enter the 6-digit code from your authenticator app')
    .optional()
    .transform((c) => (c ? c : undefined)),
  // The password of a user who has no authenticator, given again (not trimmed: spaces may be part of it).
  current: z
    .string()
    .max(1000, 'Enter your password')
    .optional()
    .transform((c) => (c ? c : undefined)),
});
