import type { RhiStatus } from './vocab.ts';

// The return home interview clock. Statutory guidance: an independent RHI is offered after every missing episode and
// completed within 72 hours of the return (SOURCES.md 2f; Missing People, "Return home interviews"). The 72 hours are
// elapsed time: they run through weekends and nights, and a clock change does not add or remove an hour.

export const RHI_DUE_HOURS = 72;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export const rhiDueAt = (returnedAt: Date): Date => new Date(returnedAt.getTime() + RHI_DUE_HOURS * HOUR);

// Shown in the case's time zone (issue 7: "use the case's time zone, Europe/London"), with GMT or BST named, so that a
// due time across a clock change is not misread.
const dueFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZoneName: 'short',
});

// The named parts of a formatted date ('' for a part the format does not give).
function partsOf(f: Intl.DateTimeFormat, at: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const x of f.formatToParts(at)) out[x.type] = x.value;
  return out;
}
const part = (p: Record<string, string>, k: string): string => p[k] ?? '';

/** "Monday 30 March 2026 at 11:00pm BST". */
export function londonDateTime(at: Date): string {
  const p = partsOf(dueFormat, at);
  return `${part(p, 'weekday')} ${part(p, 'day')} ${part(p, 'month')} ${part(p, 'year')} at ${part(p, 'hour')}:${part(p, 'minute')}${part(p, 'dayPeriod').toLowerCase()} ${part(p, 'timeZoneName')}`;
}

export type RhiClockState = 'due' | 'overdue' | 'done';

export type RhiClock = {
  state: RhiClockState;
  dueAt: Date;
  dueText: string; // the due time in London, with GMT or BST
  hours: number; // whole hours left (due) or overdue (overdue); 0 when done
  minutes: number; // and the minutes past those hours
  text: string; // the countdown in words: never colour alone
  onTime: boolean | null; // done: was it completed within 72 hours; null otherwise
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function durationText(hours: number, minutes: number): string {
  if (hours === 0) return plural(minutes, 'minute');
  return minutes === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(minutes, 'minute')}`;
}

/**
 * Where the RHI stands at `now`. It is due up to and including the 72nd hour and overdue after it; minutes are rounded
 * down, so that the time left is never overstated.
 */
export function rhiClock(rhi: { returnedAt: Date; status: RhiStatus; completedAt?: Date | null }, now: Date): RhiClock {
  const dueAt = rhiDueAt(rhi.returnedAt);
  const dueText = londonDateTime(dueAt);
  if (rhi.status !== 'due') {
    const onTime = rhi.status === 'completed' && rhi.completedAt ? rhi.completedAt.getTime() <= dueAt.getTime() : false;
    const text =
      rhi.status === 'completed' ? (onTime ? 'Completed within 72 hours of the return' : 'Completed, more than 72 hours after the return') : 'Closed';
    return { state: 'done', dueAt, dueText, hours: 0, minutes: 0, text, onTime };
  }
  const left = dueAt.getTime() - now.getTime();
  const span = Math.abs(left);
  const hours = Math.floor(span / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (left >= 0) return { state: 'due', dueAt, dueText, hours, minutes, text: `${durationText(hours, minutes)} left`, onTime: null };
  return { state: 'overdue', dueAt, dueText, hours, minutes, text: `Overdue by ${durationText(hours, minutes)}`, onTime: null };
}

// --- London wall-clock time to an instant (forms take "2026-03-28T22:00" as the time in London) ---

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** London's offset from UTC at `at`, in milliseconds (0 in GMT, one hour in BST). */
export function londonOffset(at: Date): number {
  const p = partsOf(partsFormat, at);
  const n = (k: string) => Number(part(p, k));
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant of a London wall-clock time 'YYYY-MM-DDTHH:MM[:SS]'. A time in the hour skipped in spring is read as GMT
 * (so 01:30 on the spring-forward day is 02:30 BST); a time repeated in autumn is read as its first (BST) occurrence.
 */
export function fromLondonTime(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x ? Number(x) : 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  // Try the later offset first (BST), then GMT: the first that maps back to the same wall time wins.
  for (const offset of [HOUR, 0]) {
    const at = new Date(wall - offset);
    if (londonOffset(at) === offset) return at;
  }
  return new Date(wall);
}

/** 'YYYY-MM-DDTHH:MM' in London, for a datetime-local form field. */
export function toLondonTime(at: Date): string {
  const p = partsOf(partsFormat, at);
  return `${part(p, 'year')}-${part(p, 'month')}-${part(p, 'day')}T${part(p, 'hour')}:${part(p, 'minute')}`;
}

/** Minutes past midnight in London (for time-of-day patterns). */
export function londonMinuteOfDay(at: Date): number {
  const p = partsOf(partsFormat, at);
  return Number(part(p, 'hour')) * 60 + Number(part(p, 'minute'));
}
