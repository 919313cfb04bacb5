import { describe, expect, it } from 'vitest';
import { CHECKPOINT_FORMAT, compareWithChain, parseCheckpoint, signedBytes } from './checkpoint.ts';

const h = (c: string) => c.repeat(64);
const valid = { format: CHECKPOINT_FORMAT, seq: 10, hash: h('a'), signedAt: '2026-11-28T10:00:00.000Z', publicKey: 'AAAA', signature: 'BBBB' };

describe('parseCheckpoint', () => {
  it('reads a valid file and names what is wrong with a bad one', () => {
    expect(parseCheckpoint(JSON.stringify(valid))).toEqual(valid);
    expect(parseCheckpoint('{')).toEqual({ error: 'The checkpoint file is not JSON' });
    expect(parseCheckpoint('null')).toMatchObject({ error: /not a lantern-audit-checkpoint/ });
    expect(parseCheckpoint(JSON.stringify({ ...valid, seq: -1 }))).toMatchObject({ error: /seq/ });
    expect(parseCheckpoint(JSON.stringify({ ...valid, signedAt: 'yesterday' }))).toMatchObject({ error: /signing time/ });
    expect(parseCheckpoint(JSON.stringify({ ...valid, signature: 'not base64!' }))).toMatchObject({ error: /signature/ });
  });

  it('signs the claim only, in a canonical order', () => {
    expect(signedBytes({ signedAt: valid.signedAt, hash: valid.hash, seq: 10, format: CHECKPOINT_FORMAT }).toString()).toBe(
      `{"format":"${CHECKPOINT_FORMAT}","hash":"${h('a')}","seq":10,"signedAt":"${valid.signedAt}"}`,
    );
  });
});

describe('compareWithChain', () => {
  it('passes a chain that reaches the checkpoint with the same hash there, and grew after', () => {
    expect(compareWithChain({ seq: 10, hash: h('a') }, 12, h('a'))).toEqual({ ok: true });
    expect(compareWithChain({ seq: 0, hash: h('0') }, 0, null)).toEqual({ ok: true });
  });
  it('catches a cut and a rewrite', () => {
    expect(compareWithChain({ seq: 10, hash: h('a') }, 9, null)).toEqual({ ok: false, problem: 'truncated', signed: 10, remaining: 9 });
    expect(compareWithChain({ seq: 10, hash: h('a') }, 12, h('b'))).toEqual({ ok: false, problem: 'rewritten', seq: 10 });
  });
});
