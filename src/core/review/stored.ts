import type { NotScoredReason } from './note.ts';
import type { PersonReview, TimelineEntry } from './person.ts';

// report.json as earlier versions wrote it, read back (the web app keeps each finished review's report.json and renders
// report.html from it whenever it is opened). Until 2026-11-30 a timeline entry listed its signs as objects:
// `scored: [{ code, historical }]`, `notScored: [{ code, reason }]`, and always had `referrals`. Entries in the current
// form (person.ts TimelineEntry) pass through as they are.

type OldEntry = Omit<TimelineEntry, 'scored'> & {
  scored?: (string | { code: string; historical: boolean })[];
  notScored?: { code: string; reason: NotScoredReason }[];
};

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const list = (codes: string[]) => (codes.length ? [...new Set(codes)].sort(byCode) : undefined);

function upgradeEntry(t: OldEntry): TimelineEntry {
  const old = t.notScored !== undefined || (t.scored ?? []).some((s) => typeof s !== 'string');
  if (!old) return t as TimelineEntry;
  const signs = (t.scored ?? []).map((s) => (typeof s === 'string' ? { code: s, historical: false } : s));
  const shown = t.notScored ?? [];
  const reason = (r: NotScoredReason) => list(shown.filter((s) => s.reason === r).map((s) => s.code));
  return {
    date: t.date,
    notes: t.notes,
    level: t.level,
    score: t.score,
    scored: list(signs.filter((s) => !s.historical).map((s) => s.code)),
    scoredPast: list(signs.filter((s) => s.historical).map((s) => s.code)),
    negated: reason('negated'),
    hypothetical: reason('hypothetical'),
    other: reason('other'),
    possible: reason('possible'),
    referrals: list(t.referrals ?? []),
  };
}

/** The people of a stored report.json, with timelines in the current form. */
export function upgradeStoredPeople(people: readonly PersonReview[]): PersonReview[] {
  return people.map((p) => ({ ...p, timeline: (p.timeline as OldEntry[]).map(upgradeEntry) }));
}
