// NHS England small-number rule for published statistics: 1-7 suppressed as '*',
// other counts rounded to the nearest 5, zero shown as 0 (NHS Digital / NHS England disclosure control guidance).
export function suppress(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('A count must be a whole number of 0 or more');
  if (count === 0) return '0';
  if (count <= 7) return '*';
  return String(Math.round(count / 5) * 5);
}
