import { londonMinuteOfDay } from './rhi-clock.ts';

// Patterns in missing episodes that no single record shows (DOMAIN.md: "surface patterns across records that no single
// person sees"; issue 7 "Patterns"). Repeat episodes, the same place or person where children are found, a usual time
// of going missing, and the same placement: each can point to a child being drawn away by someone, not to "choice".

export type EpisodeFacts = {
  id: string;
  personId: string;
  reportedAt: Date;
  missingFromEntity: string | null;
  foundAtEntity: string | null;
  foundWithEntity: string | null;
};

export const PATTERN_KINDS = {
  repeat_90_days: 'Repeated episodes',
  same_found_at: 'Found at the same place',
  same_found_with: 'Found with the same person',
  same_time_of_day: 'Goes missing at the same time of day',
  same_placement: 'Missing from the same placement',
} as const;
export type PatternKind = keyof typeof PATTERN_KINDS;

export type PatternFlag = {
  kind: PatternKind;
  episodeIds: string[];
  personIds: string[];
  entityId: string | null;
  reason: string;
};

// Thresholds. 3 or more episodes in 90 days is the usual "repeat missing" trigger for a strategy discussion in local
// missing-children protocols; issue 7 sets it, and the same-time and same-placement counts, at 3.
export const REPEAT_COUNT = 3;
export const REPEAT_DAYS = 90;
export const SAME_TIME_COUNT = 3;
export const SAME_TIME_WINDOW_MINUTES = 120;
export const SAME_PLACEMENT_COUNT = 3;

const DAY = 86_400_000;
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const children = (n: number) => (n === 1 ? '1 child' : `${n} children`);

function byPerson(episodes: readonly EpisodeFacts[]): Map<string, EpisodeFacts[]> {
  const m = new Map<string, EpisodeFacts[]>();
  for (const e of episodes) m.set(e.personId, [...(m.get(e.personId) ?? []), e]);
  for (const list of m.values()) list.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  return m;
}

/** The largest run of a child's episodes within 90 days (the latest such run on a tie). */
function repeatRun(list: readonly EpisodeFacts[]): EpisodeFacts[] | null {
  let best: EpisodeFacts[] = [];
  let i = 0;
  for (let j = 0; j < list.length; j++) {
    while (list[j]!.reportedAt.getTime() - list[i]!.reportedAt.getTime() > REPEAT_DAYS * DAY) i++;
    if (j - i + 1 >= best.length) best = list.slice(i, j + 1);
  }
  return best.length >= REPEAT_COUNT ? best : null;
}

/**
 * The most episodes whose London start times fall within one 2-hour window, wrapping past midnight (23:30 and 00:45
 * are 75 minutes apart). Returns the episodes and the window's first and last minute.
 */
function sameTimeRun(list: readonly EpisodeFacts[]): { episodes: EpisodeFacts[]; from: number; to: number } | null {
  const points = list.map((e) => ({ e, m: londonMinuteOfDay(e.reportedAt) })).sort((a, b) => a.m - b.m);
  const circle = [...points, ...points.map((p) => ({ e: p.e, m: p.m + 1440 }))];
  let best: typeof points = [];
  let j = 0;
  for (let i = 0; i < points.length; i++) {
    if (j < i) j = i;
    while (j + 1 < i + points.length && circle[j + 1]!.m - circle[i]!.m <= SAME_TIME_WINDOW_MINUTES) j++;
    if (j - i + 1 > best.length) best = circle.slice(i, j + 1);
  }
  if (best.length < SAME_TIME_COUNT) return null;
  return { episodes: best.map((p) => p.e), from: best[0]!.m, to: best[best.length - 1]!.m };
}

function sharedEntity(
  episodes: readonly EpisodeFacts[],
  key: 'foundAtEntity' | 'foundWithEntity' | 'missingFromEntity',
  min: number,
): { entityId: string; episodes: EpisodeFacts[] }[] {
  const m = new Map<string, EpisodeFacts[]>();
  for (const e of episodes) {
    const id = e[key];
    if (id) m.set(id, [...(m.get(id) ?? []), e]);
  }
  return [...m].filter(([, list]) => list.length >= min).map(([entityId, list]) => ({ entityId, episodes: list }));
}

const ids = (list: readonly EpisodeFacts[]) => ({
  episodeIds: list.map((e) => e.id),
  personIds: [...new Set(list.map((e) => e.personId))],
});

/**
 * Flags for one child's or several children's episodes. `label` names a place or person for the reason (the caller
 * decides what the reader may see; a hidden record can be called "a place recorded elsewhere").
 */
export function missingPatterns(episodes: readonly EpisodeFacts[], label: (entityId: string) => string = () => 'the same record'): PatternFlag[] {
  const flags: PatternFlag[] = [];
  for (const list of byPerson(episodes).values()) {
    const run = repeatRun(list);
    if (run) {
      const first = dayFormat.format(run[0]!.reportedAt);
      const last = dayFormat.format(run[run.length - 1]!.reportedAt);
      flags.push({
        kind: 'repeat_90_days',
        ...ids(run),
        entityId: null,
        reason: `${run.length} missing episodes within ${REPEAT_DAYS} days (${first} to ${last}). Repeated episodes can mean someone is drawing the child away: consider a strategy discussion.`,
      });
    }
    const time = sameTimeRun(list);
    if (time) {
      flags.push({
        kind: 'same_time_of_day',
        ...ids(time.episodes),
        entityId: null,
        reason: `${time.episodes.length} episodes started between ${hhmm(time.from)} and ${hhmm(time.to)} (London time). A regular time can point to a pick-up arranged by someone else.`,
      });
    }
  }
  for (const [key, kind, min] of [
    ['foundAtEntity', 'same_found_at', 2],
    ['foundWithEntity', 'same_found_with', 2],
    ['missingFromEntity', 'same_placement', SAME_PLACEMENT_COUNT],
  ] as const) {
    for (const s of sharedEntity(episodes, key, min)) {
      const who = ids(s.episodes);
      const n = s.episodes.length;
      const across = who.personIds.length > 1 ? `, across ${children(who.personIds.length)}` : '';
      const name = label(s.entityId);
      const reason =
        kind === 'same_found_at'
          ? `Found at ${name} in ${n} episodes${across}. A place where children are repeatedly found may be where they are being harmed.`
          : kind === 'same_found_with'
            ? `Found with ${name} in ${n} episodes${across}. Ask who this person is and what their relationship to the child is.`
            : `Reported missing from ${name} ${n} times${across}. Consider what is happening at or around the placement.`;
      flags.push({ kind, ...who, entityId: s.entityId, reason });
    }
  }
  return flags;
}
