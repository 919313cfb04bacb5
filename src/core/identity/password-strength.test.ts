import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength.ts';

describe('passwordWeakness (ASVS 2.1.7, 2.1.8)', () => {
  it.each(['password1234', 'qwertyuiop123', 'iloveyou12345', 'aaaaaaaaaaaa', '123456789012', 'Password2026', 'p@ssw0rd1234'])('refuses %s, saying why', (p) => {
    const why = passwordWeakness(p);
    expect(why).toMatch(/^Choose a password that is harder to guess\. \S/);
    // The reason never repeats the password itself.
    expect(why).not.toContain(p);
  });

  it.each(['a brand new passphrase', 'correct horse battery staple', 'tangerine lorry whistles', 'Wx7#kQ9!pL2@'])(
    'accepts %s: no composition rules (ASVS 2.1.9)',
    (p) => {
      expect(passwordWeakness(p)).toBeNull();
    },
  );
});

it('sees a repeated pattern in a long password of symbols, within the bounded check', () => {
  // The bound is what keeps this test short: unbounded, each of these took seconds.
  for (const p of ['p@ssw0rd'.repeat(16), '!a1$'.repeat(32)]) expect(passwordWeakness(p)).toMatch(/harder to guess/);
});
