// Calendar arithmetic on 'YYYY-MM-DD' dates, without time zones (a date of birth has none).

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The same calendar day `years` later. Someone born on 29 February has the anniversary on 1 March in a common year, as
 * core/records/age.ts counts birthdays (ageOn turns a year older on 1 March), so a "25th birthday" rule and the age
 * shown on the record agree.
 */
export function addYears(date: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError('Expected a date as YYYY-MM-DD');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = y + years;
  if (mo === 2 && d === 29 && !isLeap(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}
