import { generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestClock, type TestDatabase, testClock, testDatabase } from '../../test/setup/test-db.ts';
import { ValidationError } from '../core/errors.ts';
import { makeCheckpoint, verifyCheckpoint } from '../services/audit-checkpoint.ts';
import type { AuditInput } from './repositories/audit.ts';

// Signed audit checkpoints against a real PostgreSQL (issue 8): a checkpoint made from the chain verifies; cutting
// the newest events (which leaves a chain that still verifies on its own) or rewriting the chain consistently from an
// earlier event is caught; a changed file, another installation's key, or a missing key are refused.

let t: TestDatabase;
let clock: TestClock;
let dir: string;
let keys: { signingKeyFile: string; verifyKeyFile: string };

function keyPair(name: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signingKeyFile = path.join(dir, `${name}.pem`);
  const verifyKeyFile = path.join(dir, `${name}.pub.pem`);
  fs.writeFileSync(signingKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  fs.writeFileSync(verifyKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
  return { signingKeyFile, verifyKeyFile };
}

const event = (): AuditInput => ({
  at: clock.advance(60_000),
  userId: randomUUID(),
  agencyId: randomUUID(),
  action: 'person.view',
  subjectType: 'person',
  subjectId: null,
  personId: null,
  purpose: 'direct care',
  breakGlass: false,
  via: 'web',
  detail: {},
});
const append = async (n: number) => {
  for (let i = 0; i < n; i++) await t.store.transaction((repos) => repos.audit.append(event()));
};

// What someone with the superuser's password could do: remove rows with the append-only trigger switched off.
async function cutAfter(seq: number): Promise<void> {
  const c = await t.pool.connect();
  try {
    await c.query('begin');
    await c.query('set local session_replication_role = replica');
    await c.query('delete from audit_event where seq > $1', [seq]);
    await c.query('commit');
  } finally {
    c.release();
  }
}

beforeEach(async () => {
  t = await testDatabase();
  clock = testClock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-audit-keys-'));
  keys = keyPair('ours');
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('signed audit checkpoints', () => {
  it('verifies a checkpoint of the chain, and still does after more events (with the public key only)', async () => {
    await append(5);
    const c = await makeCheckpoint(t.store, keys, clock());
    expect(c).toMatchObject({ format: 'lantern-audit-checkpoint/1', seq: 5 });
    await append(3);
    expect(await verifyCheckpoint(t.store, { verifyKeyFile: keys.verifyKeyFile }, JSON.stringify(c))).toEqual({ ok: true, count: 8, seq: 5 });
  });

  it('catches a cut: the newest events deleted, though what is left still chains', async () => {
    await append(6);
    const c = JSON.stringify(await makeCheckpoint(t.store, keys, clock()));
    await cutAfter(4);
    expect(await verifyCheckpoint(t.store, keys, c)).toMatchObject({ ok: false, reason: 'checkpoint', problem: 'truncated', signed: 6, remaining: 4 });
    // Covering the cut with new events does not help: event 6 is not the one that was signed.
    await append(3);
    expect(await verifyCheckpoint(t.store, keys, c)).toMatchObject({ ok: false, problem: 'rewritten', seq: 6 });
  });

  it('refuses a changed file, another installation’s key, and a file that is not a checkpoint', async () => {
    await append(2);
    const c = await makeCheckpoint(t.store, keys, clock());
    expect(await verifyCheckpoint(t.store, keys, JSON.stringify({ ...c, seq: 1 }))).toMatchObject({ ok: false, reason: 'bad_signature' });
    const other = await makeCheckpoint(t.store, keyPair('theirs'), clock());
    expect(await verifyCheckpoint(t.store, keys, JSON.stringify(other))).toMatchObject({ ok: false, reason: 'other_key' });
    expect(await verifyCheckpoint(t.store, keys, 'not json')).toMatchObject({ ok: false, reason: 'bad_file', message: /not JSON/ });
    expect(await verifyCheckpoint(t.store, keys, JSON.stringify({ ...c, hash: 'x' }))).toMatchObject({ ok: false, reason: 'bad_file', message: /hash/ });
  });

  it('needs a key, and an Ed25519 one', async () => {
    await expect(makeCheckpoint(t.store, {}, clock())).rejects.toBeInstanceOf(ValidationError);
    const notEd = path.join(dir, 'rsa.pem');
    fs.writeFileSync(notEd, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const e = await makeCheckpoint(t.store, { signingKeyFile: notEd }, clock()).catch((x: unknown) => x);
    expect((e as ValidationError).fields['key']).toMatch(/Ed25519/);
  });
});
