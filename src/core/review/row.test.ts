import { describe, expect, it } from 'vitest';
import { badByteText, checkRow, dayNumber, parseNoteDate } from './row.ts';

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
    // UK dates are day first, always (never MM/DD), with or without a time.
    ['10/01/2024', '2024-01-10'],
    ['1/2/2020', '2020-02-01'],
    ['01/02/2020 14:30', '2020-02-01'],
    ['31/12/2023 08:05:59', '2023-12-31'],
    ['12/31/2023', null],
    ['29/02/2023', null],
    ['01/02/20', null],
    ['001/02/2020', null],
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
    [{ text: '   ' }, 'missing text'],
    [{ text: undefined }, 'missing text'],
    [{ text: 'caf\uFFFD' }, 'not valid UTF-8 text (wrong encoding)'],
    [{ agency: { nested: true } }, 'agency is not text'],
  ])('rejects %j: %s', (change, reason) => {
    expect(checkRow({ ...ok, ...change })).toEqual({ ok: false, reason });
  });
  it.each(['2024-02-30', '31/02/2024', '12/31/2023', '2024-02-30 10:00'])('rejects the date %s and gives it back: a date is not personal', (date) => {
    expect(checkRow({ ...ok, date })).toEqual({ ok: false, reason: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY', value: date });
  });
  it.each(['Kerry 2024', 'Seen at home 01/02/2020', '07700 900123', 'LAN-0001'])('never quotes a date that is not shaped like one: %s', (date) => {
    const r = checkRow({ ...ok, date });
    expect(r).toEqual({ ok: false, reason: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY' });
  });
});

describe('badByteText', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it.each([
    ['a Windows-1252 é', bytes('caf', [0xe9], ' au lait'), 'byte E9 (é in Windows-1252)'],
    ['a Windows-1252 £', bytes('paid ', [0xa3], '5'), 'byte A3 (£ in Windows-1252)'],
    ['a lone continuation byte after good UTF-8', bytes('café ', [0xa9]), 'byte A9 (© in Windows-1252)'],
    ['an overlong form', bytes([0xc0, 0xaf]), 'byte C0 (À in Windows-1252)'],
    ['a cut-off sequence at the end', bytes('x', [0xe2, 0x82]), 'byte E2 (â in Windows-1252)'],
    ['a control byte', bytes([0x81]), 'byte 81'],
  ])('names the first bad byte: %s', (_what, b, want) => {
    expect(badByteText(b, 0, b.length)).toBe(want);
  });
  it('finds nothing in good UTF-8', () => {
    const b = Buffer.from('Seen at café, paid £5 — “fine” 😀');
    expect(badByteText(b, 0, b.length)).toBeUndefined();
  });
});
