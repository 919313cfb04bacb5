// A chronology entry opens with its own date ("03/02/2024 14:10 MFH: ...", "Mon 12 March 2024: ..."). That date is
// when the entry happened, not an earlier period: its year must not make the entry's signs historical, however long
// ago it was (a review of a 2009 chronology read in 2026 keeps 2009's current signs current). A year elsewhere ("in
// 2019", "A 2013 police log records ...") still places what follows in the past.

const WEEKDAYS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'weds',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
]);
const MONTHS = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);

const numberIn = (s: string, lo: number, hi: number): boolean => /^\d{1,2}$/.test(s) && Number(s) >= lo && Number(s) <= hi;
const isDay = (s: string) => numberIn(s, 1, 31) || (/^\d{1,2}(st|nd|rd|th)$/.test(s) && numberIn(s.slice(0, -2), 1, 31));
const isMonth = (s: string) => numberIn(s, 1, 12) || MONTHS.has(s);

/**
 * True when the year at token `year` completes a full date (day, month, year; a weekday may come first) that opens the
 * sentence starting at token `start`. `norm(i)` is token i's lower-case text.
 */
export function isOpeningDateStamp(norm: (i: number) => string, start: number, year: number): boolean {
  let i = start;
  if (year - i === 3 && WEEKDAYS.has(norm(i))) i++;
  return year - i === 2 && isDay(norm(i)) && isMonth(norm(i + 1));
}

/** True when the year at token `year` ends a full date (day, month, year; a weekday may come first) from token `from` on. */
export function isHeadingDate(norm: (i: number) => string, from: number, year: number): boolean {
  return (year - 2 >= from && isOpeningDateStamp(norm, year - 2, year)) || (year - 3 >= from && isOpeningDateStamp(norm, year - 3, year));
}

/** A word of a date or time in a heading ("12", "5th", "march", "at", "on", "pm"): skipped to find who the heading names. */
export function isHeadingDateWord(s: string): boolean {
  return /^\d+(st|nd|rd|th)?$/.test(s) || MONTHS.has(s) || WEEKDAYS.has(s) || /^(at|on|am|pm|hrs|h)$/.test(s);
}
