// Every list a request may carry has a length limit: zod checks none by default, and a list of a million entries would
// be parsed and checked one by one (advisory GHSA-mrhx-c7xc-m3w5 on unbounded containers; docs/dependency-advisories.md).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_TYPES } from '../../core/records/entities.ts';
import { ExpandInput } from './network.ts';
import { ApplyInput, RETENTION_APPLY_MAX } from './retention.ts';

describe('lists in requests are bounded', () => {
  it('takes a retention confirmation up to its limit and refuses a longer one with a message for people', () => {
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    expect(ApplyInput.safeParse({ confirm: 'yes', personIds: ids(3) }).success).toBe(true);
    const long = ApplyInput.safeParse({ confirm: 'yes', personIds: ids(RETENTION_APPLY_MAX + 1) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toMatch(/^Delete at most 50,000 records at a time/);
  });

  it('takes every link type once in a network filter, and refuses a list padded with repeats', () => {
    const types = Object.keys(LINK_TYPES);
    expect(ExpandInput.parse({ types }).types).toEqual(types);
    const padded = ExpandInput.safeParse({ types: Array.from({ length: types.length * 2 + 1 }, () => types[0]) });
    expect(padded.success).toBe(false);
    expect(padded.error?.issues[0]?.message).toBe('Choose each link type once');
  });
});
