import { londonDate } from '../records/time.ts';
import { atLeast, type RiskLevel } from './levels.ts';

// SERAF is repeated at least every 3 months (shared/SOURCES.md 2c); issue 3 asks for it while the level is low or above.
export const RESCREEN_MONTHS = 3;

// The date `months` calendar months after `on` (YYYY-MM-DD), clamped to the month's last day.
export function addMonths(on: string, months: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function rescreenDue(level: RiskLevel, completedOn: string): string | null {
  return atLeast(level, 'low') ? addMonths(completedOn, RESCREEN_MONTHS) : null;
}

// A referral with no outcome after this many working days goes to the lead (issue 3).
export const REFERRAL_OUTCOME_WORKING_DAYS = 5;

// The instant `days` working days (Monday to Friday, counted on London dates) before `now`. Bank holidays are not counted out.
export function workingDaysBefore(now: Date, days: number): Date {
  const d = new Date(now);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    const wd = new Date(`${londonDate(d)}T12:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return d;
}
