// Hash-chained audit trail: each event's hash covers its content and the previous hash,
// so altering or deleting any row breaks every later link (tamper evidence, DATA-MODEL.md).

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRecord = {
  seq: number;
  at: Date;
  userId: string | null;
  agencyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  personId: string | null;
  purpose: string;
  breakGlass: boolean;
  via: string;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type HashFn = (input: string) => string;

// Keys sorted at every depth so that jsonb's reordering does not change the hash.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(e: Omit<AuditRecord, 'hash'> & { hash?: string }, hash: HashFn): string {
  const { prevHash, hash: _stored, ...content } = e;
  return hash(`${prevHash}\n${canonicalJson({ ...content, at: content.at.toISOString() })}`);
}

/**
 * An event's hashed text around its place in the chain, for the database to finish at commit (migrations/0021): the hash
 * is sha256(`${prevHash}\n${head}${seq}${tail}`), the same as eventHash's, with `seq` the only part written in between.
 * Keys are sorted at the top level as canonicalJson sorts them, so `seq` falls between the keys before it and after it.
 */
export function chainParts(e: Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>): { head: string; tail: string } {
  // Read as canonicalJson reads an object: a field left undefined at run time is left out.
  const entries = Object.entries({ ...e, at: e.at.toISOString() } as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, `${JSON.stringify(k)}:${canonicalJson(v)}`] as const);
  const before = entries.filter(([k]) => k < 'seq').map(([, text]) => text);
  const after = entries.filter(([k]) => k > 'seq').map(([, text]) => text);
  return { head: `{${before.map((x) => `${x},`).join('')}"seq":`, tail: `${after.map((x) => `,${x}`).join('')}}` };
}

export type ChainBreak = { seq: number; problem: 'gap' | 'prev_hash' | 'hash' };

// Verifies a batch that follows `expected` (the previous seq and hash). Returns the first break, if any.
export function verifyBatch(
  events: readonly AuditRecord[],
  expected: { seq: number; hash: string },
  hash: HashFn,
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = expected;
  for (const e of events) {
    if (e.seq !== last.seq + 1) return { break: { seq: last.seq + 1, problem: 'gap' }, last };
    if (e.prevHash !== last.hash) return { break: { seq: e.seq, problem: 'prev_hash' }, last };
    if (eventHash(e, hash) !== e.hash) return { break: { seq: e.seq, problem: 'hash' }, last };
    last = { seq: e.seq, hash: e.hash };
  }
  return { break: null, last };
}
