import { describe, expect, it } from 'vitest';
import { type EpisodeFacts, missingPatterns } from './patterns.ts';

let n = 0;
const ep = (personId: string, iso: string, over: Partial<EpisodeFacts> = {}): EpisodeFacts => ({
  id: `e${++n}`,
  personId,
  reportedAt: new Date(iso),
  missingFromEntity: null,
  foundAtEntity: null,
  foundWithEntity: null,
  ...over,
});
const kinds = (eps: EpisodeFacts[]) => missingPatterns(eps).map((f) => f.kind);

describe('repeated episodes', () => {
  it('flags 3 episodes within 90 days', () => {
    const f = missingPatterns([ep('a', '2026-01-01T10:00:00Z'), ep('a', '2026-02-01T15:00:00Z'), ep('a', '2026-03-31T20:00:00Z')]);
    expect(f.find((x) => x.kind === 'repeat_90_days')?.reason).toBe(
      '3 missing episodes within 90 days (1 January 2026 to 31 March 2026). Repeated episodes can mean someone is drawing the child away: consider a strategy discussion.',
    );
  });

  it('does not flag 3 episodes spread over more than 90 days, or 2 episodes', () => {
    expect(kinds([ep('a', '2026-01-01T10:00:00Z'), ep('a', '2026-02-01T15:00:00Z'), ep('a', '2026-04-02T20:00:00Z')])).not.toContain('repeat_90_days');
    expect(kinds([ep('a', '2026-01-01T10:00:00Z'), ep('a', '2026-01-02T15:00:00Z')])).toEqual([]);
  });

  it('counts each child on their own', () => {
    expect(kinds([ep('a', '2026-01-01T10:00:00Z'), ep('b', '2026-01-02T15:00:00Z'), ep('c', '2026-01-03T20:00:00Z')])).toEqual([]);
  });

  it('finds the largest run in a long history', () => {
    const f = missingPatterns([
      ep('a', '2025-01-01T10:00:00Z'),
      ep('a', '2026-01-01T10:00:00Z'),
      ep('a', '2026-01-20T02:00:00Z'),
      ep('a', '2026-02-10T12:00:00Z'),
      ep('a', '2026-03-01T17:00:00Z'),
    ]).find((x) => x.kind === 'repeat_90_days');
    expect(f?.episodeIds).toHaveLength(4);
  });
});

describe('same time of day', () => {
  it('flags 3 starts within a 2-hour window across midnight (London time)', () => {
    // 23:30 GMT, 00:45 GMT, 00:10 BST (= 23:10 UTC the day before)
    const f = missingPatterns([ep('a', '2026-01-10T23:30:00Z'), ep('a', '2026-02-20T00:45:00Z'), ep('a', '2026-06-01T23:10:00Z')]);
    const t = f.find((x) => x.kind === 'same_time_of_day');
    expect(t?.reason).toBe('3 episodes started between 23:30 and 00:45 (London time). A regular time can point to a pick-up arranged by someone else.');
    expect(t?.episodeIds).toHaveLength(3);
  });

  it('uses London time, not UTC: 21:30 UTC in summer is 22:30 in London', () => {
    const f = missingPatterns([ep('a', '2026-07-01T21:30:00Z'), ep('a', '2026-12-01T23:00:00Z'), ep('a', '2027-01-05T23:59:00Z')]);
    expect(f.find((x) => x.kind === 'same_time_of_day')?.reason).toMatch(/between 22:30 and 23:59/);
  });

  it('does not flag starts more than 2 hours apart', () => {
    expect(kinds([ep('a', '2026-01-10T18:00:00Z'), ep('a', '2026-03-10T20:01:00Z'), ep('a', '2026-08-10T11:00:00Z')])).toEqual([]);
  });

  it('includes the boundary: exactly 2 hours apart', () => {
    expect(kinds([ep('a', '2025-01-10T18:00:00Z'), ep('a', '2025-06-10T18:30:00Z'), ep('a', '2025-12-10T20:00:00Z')])).toEqual(['same_time_of_day']);
  });
});

describe('the same place, person or placement', () => {
  it('flags the same found-at place across children, naming it through the caller', () => {
    const f = missingPatterns(
      [ep('a', '2026-01-01T10:00:00Z', { foundAtEntity: 'hotel' }), ep('b', '2026-05-01T10:00:00Z', { foundAtEntity: 'hotel' })],
      (id) => (id === 'hotel' ? 'Invented Lodge Hotel' : '?'),
    );
    expect(f).toEqual([
      expect.objectContaining({
        kind: 'same_found_at',
        entityId: 'hotel',
        personIds: ['a', 'b'],
        reason:
          'Found at Invented Lodge Hotel in 2 episodes, across 2 children. A place where children are repeatedly found may be where they are being harmed.',
      }),
    ]);
  });

  it('flags the same found-with person across one child’s episodes', () => {
    const f = missingPatterns(
      [ep('a', '2026-01-01T10:00:00Z', { foundWithEntity: 'p1' }), ep('a', '2026-09-01T13:00:00Z', { foundWithEntity: 'p1' })],
      () => '“Jay”',
    );
    expect(f.map((x) => [x.kind, x.reason])).toEqual([
      ['same_found_with', 'Found with “Jay” in 2 episodes. Ask who this person is and what their relationship to the child is.'],
    ]);
  });

  it('flags a placement only from 3 episodes', () => {
    const two = [ep('a', '2026-01-01T10:00:00Z', { missingFromEntity: 'home1' }), ep('b', '2026-09-01T10:00:00Z', { missingFromEntity: 'home1' })];
    expect(kinds(two)).toEqual([]);
    const three = [...two, ep('a', '2026-12-01T16:00:00Z', { missingFromEntity: 'home1' })];
    expect(missingPatterns(three).find((x) => x.kind === 'same_placement')).toMatchObject({ episodeIds: three.map((e) => e.id), personIds: ['a', 'b'] });
  });

  it('says nothing about an episode with no place or person', () => {
    expect(missingPatterns([ep('a', '2026-01-01T10:00:00Z')])).toEqual([]);
    expect(missingPatterns([])).toEqual([]);
  });
});
