// Hotspots on the ward map (issue 6). Each flag says why it was raised.
//
// A place is a hotspot when records from two or more children's cases link to it: the contextual safeguarding signal
// that harm sits in the place, not in one child's circumstances (Firmin, Contextual Safeguarding, University of
// Bedfordshire). A ward is a hotspot when a count rose against the 90 days before: the MASE panel's "emerging
// locations" (DOMAIN.md). Small rises are noise, so a ward needs at least MIN_CURRENT in the latest 90 days and a rise
// of at least MIN_RISE.

export const HOTSPOT_MIN_CASES = 2;
export const RISE_WINDOW_DAYS = 90;
export const MIN_CURRENT = 3;
export const MIN_RISE = 2;

export function placeHotspot(cases: number): string | null {
  return cases >= HOTSPOT_MIN_CASES ? `Linked to children in ${cases} different cases` : null;
}

export type WardWindowCounts = { label: string; current: number; previous: number };

/**
 * Why a ward is flagged, or null. `show` publishes a figure (core/disclosure for users who see counts only), so that a
 * reason never carries a count the user may not see.
 */
export function wardHotspot(counts: readonly WardWindowCounts[], show: (n: number) => string = String): string | null {
  const reasons = counts
    .filter((c) => c.current >= MIN_CURRENT && c.current - c.previous >= MIN_RISE)
    .map((c) => `${c.label} rose from ${show(c.previous)} to ${show(c.current)} against the previous ${RISE_WINDOW_DAYS} days`);
  return reasons.length ? reasons.join('; ') : null;
}
