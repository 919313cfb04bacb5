import { describe, expect, it } from 'vitest';
import { ChronologyInput } from './inputs/chronology.ts';

const entry = (occurredAt: unknown) => ChronologyInput.safeParse({ kind: 'note', occurredAt, summary: 'Seen at school' });
const message = (occurredAt: unknown) => entry(occurredAt).error?.issues.find((i) => i.path[0] === 'occurredAt')?.message;

describe('ChronologyInput: when it happened', () => {
  it('takes a date, a London wall time from a form, or an ISO instant from the API', () => {
    for (const ok of ['2026-03-14', '2026-03-14T21:30', '2026-03-14 21:30', '2026-03-14T21:30:00.000Z', '2026-03-14T21:30:00+01:00', '1900-01-01'])
      expect(entry(ok).success, ok).toBe(true);
  });

  it('refuses what JavaScript would parse but PostgreSQL cannot store, or no one means (found by the form fuzz target)', () => {
    for (const bad of ['-000001-01-01', '+275760-09-13T00:00:00Z', '1', 'March', '2026-02-30', '2026-13-01T10:00', '14/03/2026', 'Sat Mar 14 2026'])
      expect(message(bad), bad).toBe('When it happened must be a real date');
    for (const early of ['1899-12-31', '0000-01-01T00:00Z', '0001-01-01']) expect(message(early), early).toBe('When it happened must be in 1900 or later');
  });
});
