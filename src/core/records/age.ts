// Whole years between a date of birth ('YYYY-MM-DD') and `now`, in UTC.
export function ageOn(dateOfBirth: string, now: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = now.getUTCFullYear() - y;
  const beforeBirthday = now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

// Year 0000 is not one: the calendar goes from 1 BC to AD 1, and PostgreSQL refuses it (a date form with the day and
// month but no year made it, and a 500; found by the hostile-input tests, issue 8).
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || s.startsWith('0000')) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// A child is anyone under 18 (Children Act 1989 s.105).
export const CHILD_MAX_AGE = 17;
