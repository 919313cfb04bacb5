import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import fs from 'node:fs';
import { CHECKPOINT_FORMAT, type Checkpoint, type CheckpointFinding, compareWithChain, parseCheckpoint, signedBytes } from '../core/audit/checkpoint.ts';
import { ValidationError } from '../core/errors.ts';
import type { Store } from '../db/store.ts';
import { verifyAuditChain } from './audit.ts';

// Signed audit checkpoints (issue 8): Ed25519 over the chain's length and last hash. The private key comes from
// LANTERN_AUDIT_SIGNING_KEY (a PEM file) and never enters the database; checkpoints are written to a file to keep in a
// separate store. Verifying needs only the public key: the one in the signing key, or LANTERN_AUDIT_VERIFY_KEY.

const KEY_HINT = 'an Ed25519 key in PEM (for example: openssl genpkey -algorithm ed25519 -out audit-key.pem)';

function readKey(file: string, kind: 'private' | 'public'): KeyObject {
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ValidationError({ key: `Cannot read the audit key file ${file}` });
  }
  let key: KeyObject;
  try {
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    throw new ValidationError({ key: `The audit key file ${file} is not ${KEY_HINT}` });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new ValidationError({ key: `The audit key file ${file} is not ${KEY_HINT}` });
  return key;
}

const publicOf = (k: KeyObject): KeyObject => (k.type === 'public' ? k : createPublicKey(k));
const spki = (k: KeyObject): string => publicOf(k).export({ type: 'spki', format: 'der' }).toString('base64');

export type AuditKeys = { signingKeyFile?: string | undefined; verifyKeyFile?: string | undefined };

/** Signs a checkpoint of the chain as it is now. */
export async function makeCheckpoint(store: Store, keys: AuditKeys, now: Date): Promise<Checkpoint> {
  if (!keys.signingKeyFile) throw new ValidationError({ key: `Set LANTERN_AUDIT_SIGNING_KEY to ${KEY_HINT}` });
  const key = readKey(keys.signingKeyFile, 'private');
  const head = (await store.repos.audit.head()) ?? { seq: 0, hash: '0'.repeat(64) };
  const claim = { format: CHECKPOINT_FORMAT, seq: head.seq, hash: head.hash, signedAt: now.toISOString() } as const;
  return { ...claim, publicKey: spki(key), signature: sign(null, signedBytes(claim), key).toString('base64') };
}

export type CheckpointVerdict =
  | { ok: true; count: number; seq: number }
  | { ok: false; reason: 'bad_file' | 'bad_signature' | 'other_key'; message: string }
  | { ok: false; reason: 'chain'; message: string }
  | (Extract<CheckpointFinding, { ok: false }> & { reason: 'checkpoint'; message: string });

/** Checks a checkpoint file's signature against our key, then the chain against it (edits and truncation). */
export async function verifyCheckpoint(store: Store, keys: AuditKeys, text: string): Promise<CheckpointVerdict> {
  const c = parseCheckpoint(text);
  if ('error' in c) return { ok: false, reason: 'bad_file', message: c.error };
  const ours = keys.verifyKeyFile ? readKey(keys.verifyKeyFile, 'public') : keys.signingKeyFile ? readKey(keys.signingKeyFile, 'private') : null;
  if (!ours) throw new ValidationError({ key: `Set LANTERN_AUDIT_VERIFY_KEY (or LANTERN_AUDIT_SIGNING_KEY) to ${KEY_HINT}` });
  if (c.publicKey !== spki(ours)) return { ok: false, reason: 'other_key', message: 'The checkpoint was not signed with this installation’s audit key' };
  if (!verify(null, signedBytes(c), publicOf(ours), Buffer.from(c.signature, 'base64')))
    return { ok: false, reason: 'bad_signature', message: 'The checkpoint’s signature does not verify: the file was changed' };
  const chain = await verifyAuditChain(store);
  if (!chain.ok) return { ok: false, reason: 'chain', message: `The chain is broken at event ${chain.break.seq}` };
  const head = (await store.repos.audit.head())?.seq ?? 0;
  const found = compareWithChain(c, head, c.seq > 0 ? await store.repos.audit.hashAt(c.seq) : null);
  if (found.ok) return { ok: true, count: chain.count, seq: c.seq };
  const message =
    found.problem === 'truncated'
      ? `The chain was cut: the checkpoint signed ${found.signed} events, ${found.remaining} remain`
      : `Event ${found.seq} differs from the signed checkpoint: the chain was rewritten from there`;
  return { ...found, reason: 'checkpoint', message };
}
