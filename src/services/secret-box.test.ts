import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretsKey, SecretKeyError, secretBox } from './secret-box.ts';

const USER = '0b6a2d4e-1111-4222-8333-944455556666';
const OTHER = '0b6a2d4e-1111-4222-8333-944455556667';

describe('sealed second-factor secrets', () => {
  const box = secretBox(randomBytes(32));

  it('opens what it sealed, for the same user only, and never stores the secret in the clear', () => {
    const sealed = box.seal(USER, 'JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^enc1:[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(USER, sealed)).toBe('JBSWY3DPEHPK3PXP');
    // Sealed twice, two different values (a fresh nonce each time).
    expect(box.seal(USER, 'JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(() => box.open(OTHER, sealed)).toThrow(SecretKeyError);
  });

  it('refuses a value that was altered or sealed under another key, and reads a value written before sealing', () => {
    const sealed = box.seal(USER, 'JBSWY3DPEHPK3PXP');
    const altered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'AB' : 'AA');
    expect(() => box.open(USER, altered)).toThrow(SecretKeyError);
    expect(() => secretBox(randomBytes(32)).open(USER, sealed)).toThrow(SecretKeyError);
    expect(box.open(USER, 'JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => secretBox(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('makes the default key file once, private to its owner, and keeps it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-key-'));
    try {
      const first = loadSecretsKey({ dataDir, secretsKeyFile: undefined });
      const file = path.join(dataDir, 'secrets.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(loadSecretsKey({ dataDir, secretsKeyFile: undefined }).equals(first)).toBe(true);
      expect(fs.readdirSync(dataDir)).toEqual(['secrets.key']);
      // A named file must exist and hold 64 hexadecimal characters.
      expect(() => loadSecretsKey({ dataDir, secretsKeyFile: path.join(dataDir, 'missing.key') })).toThrow(/cannot be read/);
      fs.writeFileSync(path.join(dataDir, 'short.key'), 'abc');
      expect(() => loadSecretsKey({ dataDir, secretsKeyFile: path.join(dataDir, 'short.key') })).toThrow(/64 hexadecimal/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
