import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditRecord, canonicalJson, chainParts, eventHash, GENESIS_HASH, verifyBatch } from './chain.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function chain(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const base = {
      seq: i,
      at: new Date(Date.UTC(2026, 10, 28, 10, i)),
      userId: 'u',
      agencyId: 'a',
      action: 'person.view',
      subjectType: 'person',
      subjectId: `p${i}`,
      personId: `p${i}`,
      purpose: 'direct care',
      breakGlass: false,
      via: 'web',
      detail: { b: 1, a: [1, 2] },
      prevHash: prev,
    };
    const rec = { ...base, hash: eventHash(base, sha) };
    out.push(rec);
    prev = rec.hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('verifies an intact chain, with the stored hash present on each row', () => {
    const c = chain(5);
    expect(verifyBatch(c, { seq: 0, hash: GENESIS_HASH }, sha)).toEqual({ break: null, last: { seq: 5, hash: c[4]!.hash } });
  });

  it.each([
    ['an altered field', (c: AuditRecord[]) => (c[2]!.purpose = 'changed'), { seq: 3, problem: 'hash' }],
    ['a deleted event', (c: AuditRecord[]) => c.splice(2, 1), { seq: 3, problem: 'gap' }],
    ['a relinked event', (c: AuditRecord[]) => (c[3]!.prevHash = GENESIS_HASH), { seq: 4, problem: 'prev_hash' }],
  ])('names the first broken event after %s', (_l, tamper, expected) => {
    const c = chain(6);
    tamper(c);
    expect(verifyBatch(c, { seq: 0, hash: GENESIS_HASH }, sha).break).toEqual(expected);
  });
});

describe('chainParts (the hash finished by the database at commit)', () => {
  const nullable = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
  const event = fc.record({
    at: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    userId: nullable(fc.uuid()),
    agencyId: nullable(fc.uuid()),
    action: fc.string(),
    subjectType: fc.string(),
    subjectId: nullable(fc.string()),
    personId: nullable(fc.uuid()),
    purpose: fc.string(),
    breakGlass: fc.boolean(),
    via: fc.constantFrom('web', 'api', 'cli', 'system'),
    detail: fc.dictionary(fc.string(), fc.jsonValue()),
  });

  it('gives the same hash as eventHash for any event, place in the chain and previous hash', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.stringMatching(/^[0-9a-f]{64}$/), (e, seq, prevHash) => {
        const { head, tail } = chainParts(e);
        expect(sha(`${prevHash}\n${head}${seq}${tail}`)).toBe(eventHash({ ...e, seq, prevHash }, sha));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined fields as canonicalJson does', () => {
    const e = {
      at: new Date('2026-11-30T10:00:00Z'),
      userId: null,
      agencyId: null,
      action: 'a',
      subjectType: 's',
      subjectId: null,
      personId: null,
      purpose: 'p',
      breakGlass: false,
      via: 'web',
      detail: { x: undefined, y: 1 },
    };
    const { head, tail } = chainParts(e);
    expect(`${head}7${tail}`).toBe(canonicalJson({ ...e, seq: 7, at: e.at.toISOString() }));
  });
});
