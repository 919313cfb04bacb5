import { describe, expect, it } from 'vitest';
import { checkRow, parseNoteDate } from './row.ts';

describe('parseNoteDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29T23:15:00Z', '2024-02-29'],
    ['2024-02-29 08:00', '2024-02-29'],
    ['2024-02-29T08:00:00.123+01:00', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-00-10', null],
    ['2024-01-10T25:00', null],
    ['10/01/2024', null],
    ['2024-1-10', null],
    ['', null],
  ])('%s -> %s', (raw, want) => {
    expect(parseNoteDate(raw)).toBe(want);
  });
});

describe('checkRow', () => {
  const ok = { person_ref: 'LAN-0001', date: '2024-01-10', agency: 'Health', author_role: 'School nurse', text: 'Seen in clinic.' };
  it('accepts a good row and trims the reference', () => {
    expect(checkRow({ ...ok, person_ref: ' LAN-0001 ' })).toEqual({
      ok: true,
      row: { personRef: 'LAN-0001', date: '2024-01-10', agency: 'Health', authorRole: 'School nurse', text: 'Seen in clinic.' },
    });
  });
  it.each([
    [{ person_ref: '' }, 'missing person_ref'],
    [{ person_ref: 'x'.repeat(101) }, 'person_ref is longer than 100 characters'],
    [{ date: undefined }, 'missing date'],
    [{ date: '2024-02-30' }, 'date is not a real date in the form YYYY-MM-DD'],
    [{ text: '   ' }, 'missing text'],
    [{ text: undefined }, 'missing text'],
    [{ text: 'caf\uFFFD' }, 'not valid UTF-8 text (wrong encoding)'],
    [{ agency: { nested: true } }, 'agency is not text'],
  ])('rejects %j: %s', (change, reason) => {
    expect(checkRow({ ...ok, ...change })).toEqual({ ok: false, reason });
  });
  it('never quotes the row in a reason', () => {
    const r = checkRow({ ...ok, date: 'Kerry 2024' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Kerry');
  });
});
