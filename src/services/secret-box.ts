import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

// Second-factor secrets are kept sealed in the database (ASVS 2.8.2, 6.2.1): AES-256-GCM under a key held outside it,
// with the user's id as additional data, so that a database dump or a backup alone does not give anyone the means to
// make a user's codes, and a sealed secret copied to another user's row does not open. The key is a file of 32 random
// bytes (hex): LANTERN_SECRETS_KEY_FILE, or `secrets.key` in the data folder, made on first use. Values written before
// sealing (no prefix) are still read as they are, until `lantern secrets seal` seals them; an authenticator set up or
// replaced from now on is sealed.

const PREFIX = 'enc1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretKeyError extends Error {}

/** True for a value sealed by a SecretBox (one stored before sealing is plain). */
export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);
export const SEALED_PREFIX = PREFIX;

export type SecretBox = { seal(userId: string, plain: string): string; open(userId: string, stored: string): string };

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError('The secrets key must be 32 bytes (64 hexadecimal characters)');
  return {
    seal(userId, plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(userId, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(userId, stored) {
      if (!isSealed(stored)) return stored; // written before sealing (`lantern secrets seal` seals them)
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(userId, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretKeyError('A sealed second-factor secret could not be opened: wrong secrets key, or the value was altered');
      }
    },
  };
}

/** The key file's 32 bytes; the default file is made (mode 0600) the first time, atomically, if it does not exist. */
export function loadSecretsKey(config: Pick<Config, 'secretsKeyFile' | 'dataDir'>): Buffer {
  const file = config.secretsKeyFile ?? path.join(config.dataDir, 'secrets.key');
  if (!config.secretsKeyFile && !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(temp, file); // fails if another process made it first: theirs is kept
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.unlinkSync(temp);
    }
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new SecretKeyError(`The secrets key file cannot be read (LANTERN_SECRETS_KEY_FILE): ${path.basename(file)}`);
  }
  if (!/^[0-9a-f]{64}$/i.test(text)) throw new SecretKeyError('The secrets key file must hold 64 hexadecimal characters (32 bytes)');
  return Buffer.from(text, 'hex');
}
