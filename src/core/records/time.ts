// Dates are shown and entered in Europe/London; instants are stored in UTC (DATA-MODEL.md).
const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

// The calendar date in London at `now`, as 'YYYY-MM-DD'.
export const londonDate = (now: Date): string => londonDay.format(now);

// A date-only entry ("it happened on 28 November") becomes noon that day, or now if that is earlier,
// so that an entry dated today is never in the future.
export function instantForDate(date: string, now: Date): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  return noon > now ? now : noon;
}

// The start of a reporting window of `months` average calendar months (30.44 days) before `now`.
export const monthsBefore = (now: Date, months: number): Date => new Date(now.getTime() - months * 30.44 * 86_400_000);
