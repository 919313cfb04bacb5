import { describe, expect, it } from 'vitest';
import { BreachInput } from './orders.ts';

const message = (occurredAt: unknown) => BreachInput.safeParse({ occurredAt, detail: 'Seen with the child at the station' }).error?.issues[0]?.message;

describe('BreachInput: when the breach happened', () => {
  it('takes a date, a London wall time from the form, or an ISO instant from the API', () => {
    for (const ok of ['2026-03-14', '2026-03-14 21:30', '2026-03-14T21:30', '2026-03-14T21:30:00Z', '2026-03-14T21:30:00+01:00'])
      expect(message(ok), ok).toBeUndefined();
  });
  it('refuses anything else, however JavaScript would parse it', () => {
    for (const bad of ['-000001-01-01', '2026-02-30', '2026-03-14 25:00', '2026-03-14 9pm', '0001-01-01T00:00Z', '14/03/2026 21:30', 'yesterday'])
      expect(message(bad), bad).toBe('Enter when the breach happened as a date and time, like 2026-03-14 21:30');
  });
});
