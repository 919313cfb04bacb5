import { describe, expect, it } from 'vitest';
import { ACCOUNT_CHANGE_ACTIONS, describeAccountEvent, needsNotice } from './changes.ts';

const at = new Date('2026-11-30T10:00:00Z');
const ev = (action: string, byUser: boolean, detail: Record<string, unknown> = {}) => ({ at, action, byUser, detail });

describe('changes to a user’s own account', () => {
  it('reads an administrator’s change from its detail', () => {
    expect(describeAccountEvent(ev('admin.user_changed', false, { role: 'practitioner', active: true, passwordReset: true }))).toEqual({
      at,
      what: 'An administrator changed your account: your password was reset, your details or role were updated',
      by: 'an administrator',
    });
    expect(describeAccountEvent(ev('admin.user_changed', false, { active: false }))?.what).toBe(
      'An administrator changed your account: your account was switched off',
    );
  });

  it('names who did it: the user, an administrator, their organisation, or someone not signed in', () => {
    expect(describeAccountEvent(ev('auth.password_changed', true))?.by).toBe('you');
    expect(describeAccountEvent(ev('admin.mfa_reset', false))?.by).toBe('an administrator');
    expect(describeAccountEvent(ev('auth.oidc_user_changed', true))?.by).toBe('your organisation');
    // A failed attempt is recorded with the user as actor, but whoever typed is not known to be them.
    expect(describeAccountEvent(ev('auth.sign_in_failed', true))?.by).toBe('not signed in');
  });

  it('leaves out what the user is not told about, and needs a notice only for what they are', () => {
    expect(describeAccountEvent(ev('auth.sign_in', true))).toBeNull();
    expect(needsNotice([ev('auth.sign_in', true), ev('record.view', true)])).toBe(false);
    expect(needsNotice([ev('auth.sign_in', true), ev('auth.locked', true)])).toBe(true);
    expect(ACCOUNT_CHANGE_ACTIONS).toContain('admin.user_changed');
    expect(ACCOUNT_CHANGE_ACTIONS).not.toContain('auth.sign_in');
  });
});
