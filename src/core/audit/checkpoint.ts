import { canonicalJson } from './chain.ts';

// Signed checkpoints of the audit chain (issue 8, "audit that cannot be quietly changed"). The hash chain shows an
// edit, but not a cut: deleting the newest events leaves a shorter chain that still verifies. A checkpoint, signed
// with a key the database never holds and kept in another store, records how long the chain was and how it ended;
// a later chain shorter than that, or ending differently at that point, has been truncated or rewritten.

export const CHECKPOINT_FORMAT = 'lantern-audit-checkpoint/1';

/** What is signed: the chain's length and its last hash when the checkpoint was made. */
export type CheckpointClaim = { format: typeof CHECKPOINT_FORMAT; seq: number; hash: string; signedAt: string };
export type Checkpoint = CheckpointClaim & { publicKey: string; signature: string };

/** The exact bytes a signature covers. */
export const signedBytes = (c: CheckpointClaim): Buffer =>
  Buffer.from(canonicalJson({ format: c.format, seq: c.seq, hash: c.hash, signedAt: c.signedAt }), 'utf8');

/** Reads a checkpoint file's JSON, or says what is wrong with it. */
export function parseCheckpoint(text: string): Checkpoint | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { error: 'The checkpoint file is not JSON' };
  }
  const o = (v ?? {}) as Record<string, unknown>;
  if (o['format'] !== CHECKPOINT_FORMAT) return { error: `The checkpoint file is not a ${CHECKPOINT_FORMAT} file` };
  if (!Number.isInteger(o['seq']) || (o['seq'] as number) < 0) return { error: 'The checkpoint has no valid event number (seq)' };
  if (typeof o['hash'] !== 'string' || !/^[0-9a-f]{64}$/.test(o['hash'])) return { error: 'The checkpoint has no valid hash' };
  if (typeof o['signedAt'] !== 'string' || Number.isNaN(Date.parse(o['signedAt']))) return { error: 'The checkpoint has no valid signing time' };
  for (const k of ['publicKey', 'signature'] as const)
    if (typeof o[k] !== 'string' || !/^[A-Za-z0-9+/=]+$/.test(o[k])) return { error: `The checkpoint has no valid ${k}` };
  return {
    format: CHECKPOINT_FORMAT,
    seq: o['seq'] as number,
    hash: o['hash'],
    signedAt: o['signedAt'],
    publicKey: o['publicKey'] as string,
    signature: o['signature'] as string,
  };
}

export type CheckpointFinding =
  { ok: true } | { ok: false; problem: 'truncated'; signed: number; remaining: number } | { ok: false; problem: 'rewritten'; seq: number };

/**
 * Compares a (signature-checked) checkpoint with the chain as it is now: `head` is the chain's last event number and
 * `hashAt` the stored hash of the checkpoint's event, if that event still exists.
 */
export function compareWithChain(c: Pick<Checkpoint, 'seq' | 'hash'>, head: number, hashAt: string | null): CheckpointFinding {
  if (head < c.seq || (c.seq > 0 && hashAt === null)) return { ok: false, problem: 'truncated', signed: c.seq, remaining: head };
  if (c.seq > 0 && hashAt !== c.hash) return { ok: false, problem: 'rewritten', seq: c.seq };
  return { ok: true };
}
