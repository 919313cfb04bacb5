import { describe, expect, it } from 'vitest';
import { PasswordChangeInput, password } from './account.ts';

describe('the password field', () => {
  it('gives one message: the length first, then the guessability', () => {
    const short = password.safeParse('tooshort');
    expect(short.success).toBe(false);
    expect(short.error?.issues.map((i) => i.message)).toEqual(['Password must be 12 characters or more']);
    const common = password.safeParse('password1234');
    expect(common.error?.issues).toHaveLength(1);
    expect(common.error?.issues[0]?.message).toMatch(/harder to guess/);
    expect(password.safeParse('tangerine lorry whistles').success).toBe(true);
  });

  it('refuses a common new password on the change form, against the new password field', () => {
    const r = PasswordChangeInput.safeParse({ current: 'anything at all', password: 'iloveyou12345', confirm: 'iloveyou12345' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['password']);
  });
});
