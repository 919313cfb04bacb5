// Date helpers in UTC, so the output does not depend on the machine's time zone.

const DAY_MS = 86_400_000;

export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

export const daysBetween = (a: Date, b: Date): number => Math.floor((b.getTime() - a.getTime()) / DAY_MS);

/** Whole years of age on `at` for someone born on `dob` (YYYY-MM-DD). */
export function ageOn(dob: string, at: Date): number {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - y;
  const month = at.getUTCMonth() + 1;
  if (month < m || (month === m && at.getUTCDate() < d)) age--;
  return age;
}

/** Start of the UTC day. */
export const startOfDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
