import { describe, expect, it } from 'vitest';
import { personSection } from './html.ts';
import type { PersonReview } from './person.ts';
import { upgradeStoredPeople } from './stored.ts';

// A review job finished before the timeline became compact keeps its report.json in the job's row: report.html made
// from it must read the same as from a new one.
const person = (timeline: unknown[]): PersonReview =>
  ({
    personRef: 'P1',
    notes: 2,
    firstNote: '2024-05-01',
    lastNote: '2024-05-01',
    highestLevel: 'low',
    firstMedium: null,
    firstHigh: null,
    thresholds: [],
    missedOpportunities: [],
    referrals: [],
    language: [],
    timeline,
  }) as PersonReview;

describe('report.json stored by an earlier version', () => {
  const entry = { date: '2024-05-01', notes: 2, level: 'low', score: 2 };
  const old = person([
    {
      ...entry,
      scored: [
        { code: 'go_carrying_drugs', historical: true },
        { code: 'am_missing', historical: false },
      ],
      notScored: [
        { code: 'ep_self_harm', reason: 'negated' },
        { code: 'ad_alcohol', reason: 'other' },
      ],
      referrals: [],
    },
  ]);
  const current = person([{ ...entry, scored: ['am_missing'], scoredPast: ['go_carrying_drugs'], negated: ['ep_self_harm'], other: ['ad_alcohol'] }]);

  it('reads old timeline entries into the current form, and leaves current ones as they are', () => {
    const [up] = upgradeStoredPeople([old]);
    expect(JSON.parse(JSON.stringify(up!.timeline))).toEqual(current.timeline);
    expect(upgradeStoredPeople([current])[0]!.timeline).toEqual(current.timeline);
  });

  it('renders the same person section from either', () => {
    expect(personSection(upgradeStoredPeople([old])[0]!)).toBe(personSection(current));
    expect(personSection(current)).toContain('(in the past)');
  });
});
