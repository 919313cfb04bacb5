import { describe, expect, it } from 'vitest';
import { checkRow, dayNumber, parseNoteDate } from './row.ts';

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
    // The ten-character fast path agrees with the general parse: leap years, month lengths, the 1900 floor, shapes.
    ['2000-02-29', '2000-02-29'],
    ['1900-02-29', null],
    ['2023-04-31', null],
    ['2023-12-31', '2023-12-31'],
    ['1899-12-31', null],
    ['1900-01-01', '1900-01-01'],
    ['2024/01/10', null],
    ['2024-01-1x', null],
    [' 2024-01-1', null],
  ])('%s -> %s', (raw, want) => {
    expect(parseNoteDate(raw)).toBe(want);
  });

  it('gives the same day number as the calendar, before and after 1970', () => {
    for (const iso of ['1900-01-01', '1969-12-30', '1969-12-31', '1970-01-01', '2000-02-29', '2024-12-31']) {
      expect(dayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    }
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
