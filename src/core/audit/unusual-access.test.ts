import { describe, expect, it } from 'vitest';
import { addDays, countsNeededFrom, type DailyAccess, median, UNUSUAL_ACCESS, unusualAccess, unusualTokenDays } from './unusual-access.ts';

const day = (userId: string, d: string, over: Partial<Omit<DailyAccess, 'userId' | 'day'>> = {}): DailyAccess => ({
  userId,
  day: d,
  records: 0,
  searches: 0,
  breakGlass: 0,
  refusals: 0,
  ...over,
});

// A user's history: `records` records on each weekday of the 28 days before `before` (weekends left empty).
const weekdays = (userId: string, before: string, records: number, searches = 0): DailyAccess[] =>
  Array.from({ length: 28 }, (_, i) => addDays(before, -28 + i))
    .filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))
    .map((d) => day(userId, d, { records, searches }));

const TODAY = '2026-11-27'; // a Friday
const only = { from: TODAY, to: TODAY };
const kinds = (rows: DailyAccess[], window = only) => unusualAccess(rows, window).map((f) => f.reasons.map((r) => r.kind));

describe('calendar days', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', -1, '2026-03-28'], // the clocks go forward in London: still one calendar day
    ['2026-10-25', 1, '2026-10-26'], // and back
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-11-27', -28, '2026-10-30'],
  ])('%s plus %i is %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('27/11/2026', 1)).toThrow(RangeError);
  });

  it('needs counts from 28 days before the window', () => {
    expect(countsNeededFrom('2026-11-14')).toBe('2026-10-17');
  });

  it.each([
    [[], 0],
    [[5], 5],
    [[1, 9, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[0, 0, 7], 0],
  ])('median of %j is %d', (xs, m) => {
    expect(median(xs)).toBe(m);
  });
});

describe('the fixed ceilings, for anyone', () => {
  it.each([
    ['40 records is not flagged', { records: 40 }, []],
    ['41 records is flagged', { records: 41 }, ['records_ceiling']],
    ['30 searches is not flagged', { searches: 30 }, []],
    ['31 searches is flagged', { searches: 31 }, ['searches_ceiling']],
    ['one break-glass is flagged', { breakGlass: 1 }, ['break_glass']],
    ['two refusals are not flagged', { refusals: 2 }, []],
    ['three refusals are flagged', { refusals: 3 }, ['refusals']],
    [
      'everything at once, in a fixed order',
      { records: 90, searches: 50, breakGlass: 2, refusals: 7 },
      ['records_ceiling', 'searches_ceiling', 'break_glass', 'refusals'],
    ],
    ['a day of nothing', {}, []],
  ])('%s (a new user, no history)', (_label, counts, expected) => {
    const got = kinds([day('new', TODAY, counts)]);
    expect(got).toEqual(expected.length ? [expected] : []);
  });

  it('a new user gets no usual-day reason, however much above nothing they are', () => {
    const [f] = unusualAccess([day('new', TODAY, { records: 41 })], only);
    expect(f?.usual).toBeNull();
    expect(f?.reasons.map((r) => r.kind)).toEqual(['records_ceiling']);
    expect(unusualAccess([day('new', TODAY, { records: 39, searches: 29 })], only)).toEqual([]);
  });
});

describe('against the user’s own usual day', () => {
  it('flags more than 3 times the median of the previous 28 days', () => {
    const rows = [...weekdays('u', TODAY, 5), day('u', TODAY, { records: 16 })];
    const [f] = unusualAccess(rows, only);
    expect(f?.reasons.map((r) => r.kind)).toEqual(['records_usual']);
    expect(f?.usual).toEqual({ records: 5, searches: 0, activeDays: 20 });
    expect(f?.reasons[0]?.text).toBe('Opened 16 records: more than 3 times their usual 5 a day (median of their 20 active days in the previous 28).');
  });

  it.each([
    ['exactly 3 times is not flagged', 6, 18, false],
    ['just over 3 times is flagged', 6, 19, true],
    ['a quiet user opening 4 instead of 1 is not flagged (below the floor of 15)', 1, 4, false],
    ['a quiet user opening 14 instead of 1 is not flagged (below the floor)', 1, 14, false],
    ['a quiet user opening 15 instead of 1 is flagged (at the floor)', 1, 15, true],
    ['a busy user at their usual is not flagged', 30, 30, false],
  ])('%s', (_label, usual, today, flagged) => {
    const got = unusualAccess([...weekdays('u', TODAY, usual), day('u', TODAY, { records: today })], only);
    expect(got.some((f) => f.reasons.some((r) => r.kind === 'records_usual'))).toBe(flagged);
  });

  it('weekends and days off do not lower the usual day', () => {
    // 20 weekdays of 6 records and 8 empty weekend days: the usual day is 6, not 6 * 20 / 28.
    const rows = [...weekdays('u', TODAY, 6), day('u', TODAY, { records: 17 })];
    expect(unusualAccess(rows, only)).toEqual([]);
    // Explicit zero rows (a day with only a sign-in, say) are not active days either.
    const zeros = Array.from({ length: 28 }, (_, i) => day('u', addDays(TODAY, -28 + i)));
    expect(unusualAccess([...zeros, ...weekdays('u', TODAY, 6), day('u', TODAY, { records: 17 })], only)).toEqual([]);
  });

  it('one earlier busy day does not raise the bar (median, not mean)', () => {
    const rows = [...weekdays('u', TODAY, 4), day('u', addDays(TODAY, -3), { records: 200 }), day('u', TODAY, { records: 16 })];
    expect(kinds(rows)).toEqual([['records_usual']]);
  });

  it('needs 5 active days before a user has a usual day', () => {
    const four = [1, 2, 3, 4].map((n) => day('u', addDays(TODAY, -n), { records: 2 }));
    expect(unusualAccess([...four, day('u', TODAY, { records: 20 })], only)).toEqual([]);
    const five = [...four, day('u', addDays(TODAY, -5), { records: 2 })];
    expect(kinds([...five, day('u', TODAY, { records: 20 })])).toEqual([['records_usual']]);
  });

  it('forgets days older than 28 days, so a user back from long leave has only the fixed ceilings', () => {
    const longAgo = weekdays('u', addDays(TODAY, -40), 2);
    const [f] = unusualAccess([...longAgo, day('u', TODAY, { records: 41 })], only);
    expect(f?.usual).toBeNull();
    expect(f?.reasons.map((r) => r.kind)).toEqual(['records_ceiling']);
  });

  it('does not count the day itself in its own usual day', () => {
    // Five active days with 1 record before; today 20. Were today in the median, nothing would change here, but the
    // usual day reported must be 1 from 5 days.
    const rows = [1, 2, 3, 4, 5].map((n) => day('u', addDays(TODAY, -n), { records: 1 }));
    const [f] = unusualAccess([...rows, day('u', TODAY, { records: 20 })], only);
    expect(f?.usual).toEqual({ records: 1, searches: 0, activeDays: 5 });
  });

  it('explains a usual day of none', () => {
    // Active days spent searching only: opening records at all is new for this user.
    const rows = [...weekdays('u', TODAY, 0, 3), day('u', TODAY, { records: 15, searches: 3 })];
    const [f] = unusualAccess(rows, only);
    expect(f?.reasons).toEqual([
      { kind: 'records_usual', text: 'Opened 15 records, where their usual day has none (median of their 20 active days in the previous 28).' },
    ]);
  });

  it('judges searches the same way', () => {
    const rows = [...weekdays('u', TODAY, 2, 4), day('u', TODAY, { records: 2, searches: 16 })];
    expect(kinds(rows)).toEqual([['searches_usual']]);
    const quiet = [...weekdays('u', TODAY, 2, 1), day('u', TODAY, { records: 2, searches: 14 })];
    expect(kinds(quiet)).toEqual([]);
  });

  it('shows a half median to one decimal place', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => day('u', addDays(TODAY, -n), { records: n <= 3 ? 2 : 3 }));
    const [f] = unusualAccess([...rows, day('u', TODAY, { records: 16 })], only);
    expect(f?.reasons[0]?.text).toContain('their usual 2.5 a day');
  });
});

describe('the window', () => {
  it('judges only days in the window, using earlier days as their history', () => {
    const rows = [...weekdays('u', '2026-11-20', 3), day('u', '2026-11-19', { records: 50 }), day('u', '2026-11-20', { records: 50 })];
    const got = unusualAccess(rows, { from: '2026-11-20', to: '2026-11-27' });
    expect(got.map((f) => f.day)).toEqual(['2026-11-20']);
  });

  it('a flagged day in the window is history for the days after it', () => {
    // Days 1..6 of the window at 20 records each, after weeks at 3: the first is flagged against 3; by the 6th the
    // usual day has not moved (the median of 20 days of 3 and 5 of 20 is still 3), so every day is flagged.
    const start = '2026-11-16';
    const rows = [...weekdays('u', start, 3), ...[0, 1, 2, 3, 4].map((n) => day('u', addDays(start, n), { records: 20 }))];
    const got = unusualAccess(rows, { from: start, to: addDays(start, 4) });
    expect(got).toHaveLength(5);
    expect(got.every((f) => f.usual?.records === 3)).toBe(true);
  });

  it('lists newest first, then the day with more reasons, then more records', () => {
    const rows = [
      day('a', '2026-11-26', { records: 45 }),
      day('b', '2026-11-27', { records: 45 }),
      day('c', '2026-11-27', { records: 60 }),
      day('d', '2026-11-27', { records: 41, refusals: 3 }),
    ];
    expect(unusualAccess(rows, { from: '2026-11-20', to: '2026-11-27' }).map((f) => `${f.day} ${f.userId}`)).toEqual([
      '2026-11-27 d',
      '2026-11-27 c',
      '2026-11-27 b',
      '2026-11-26 a',
    ]);
  });

  it('keeps users apart', () => {
    const rows = [...weekdays('busy', TODAY, 30), day('busy', TODAY, { records: 30 }), day('quiet', TODAY, { records: 30 })];
    // The quiet user has no history, so 30 is within the fixed ceiling; the busy user is at their usual.
    expect(unusualAccess(rows, only)).toEqual([]);
  });

  it('adds together rows for the same user and day', () => {
    expect(kinds([day('u', TODAY, { refusals: 2 }), day('u', TODAY, { refusals: 1 })])).toEqual([['refusals']]);
  });

  it('counts only, in plain words: no reason names a record', () => {
    const [f] = unusualAccess([day('u', TODAY, { records: 41, searches: 31, breakGlass: 1, refusals: 3 })], only);
    expect(f?.reasons.map((r) => r.text)).toEqual([
      'Opened 41 different records in one day, more than the limit of 40.',
      'Made 31 searches in one day, more than the limit of 30.',
      'Used break-glass 1 time to open a record outside their case work.',
      'Was refused 3 pages they have no access to (3 or more in a day is unusual).',
    ]);
  });

  it('takes other thresholds', () => {
    const strict = { ...UNUSUAL_ACCESS, recordsCeiling: 10 };
    expect(unusualAccess([day('u', TODAY, { records: 11 })], only, strict)).toHaveLength(1);
  });
});

describe('unusualTokenDays', () => {
  const window = { from: '2026-11-10', to: '2026-11-16' };
  it('adds up each day, keeps the days at or over the threshold inside the window, newest first', () => {
    const rows = [
      { day: '2026-11-11', calls: 12 },
      { day: '2026-11-11', calls: 8 },
      { day: '2026-11-12', calls: 19 },
      { day: '2026-11-15', calls: 40 },
      { day: '2026-11-09', calls: 500 },
      { day: '2026-11-17', calls: 500 },
    ];
    expect(unusualTokenDays(rows, window)).toEqual([
      { day: '2026-11-15', calls: 40 },
      { day: '2026-11-11', calls: 20 },
    ]);
  });
  it('follows the threshold it is given', () => {
    expect(unusualTokenDays([{ day: '2026-11-12', calls: 2 }], window, { ...UNUSUAL_ACCESS, tokenRefusalsPerDay: 2 })).toEqual([
      { day: '2026-11-12', calls: 2 },
    ]);
  });
});
