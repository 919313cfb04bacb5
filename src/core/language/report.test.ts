import { describe, expect, it } from 'vitest';
import { type LanguageReportEntries, type LanguageReportRow, summariseLanguageReport } from './report.ts';

const A = 'agency-a';
const B = 'agency-b';
const row = (month: string, agency_id: string, category: string, status: string, n: number, team_id: string | null = 't1'): LanguageReportRow => ({
  month,
  agency_id,
  team_id,
  category,
  possible: false,
  status,
  n,
});
const written = (month: string, agency_id: string, category: string | null, entries: number, flagged: number): LanguageReportEntries => ({
  month,
  agency_id,
  category,
  entries,
  flagged,
});

const ROWS = [
  row('2026-10', A, 'blames_child', 'open', 3),
  row('2026-10', A, 'blames_child', 'accepted', 1, null),
  row('2026-12', A, 'sexualises', 'dismissed', 2),
  row('2026-12', B, 'blames_child', 'quoted', 1),
  row('2025-01', A, 'blames_child', 'open', 9), // outside the months shown
];
const ENTRIES = [
  written('2026-10', A, null, 40, 4),
  written('2026-10', A, 'blames_child', 40, 4),
  written('2026-10', A, 'sexualises', 40, 0),
  written('2026-12', A, null, 10, 1),
  written('2026-12', A, 'sexualises', 10, 1),
  written('2026-12', A, 'blames_child', 10, 0),
  written('2026-12', B, null, 5, 1),
  written('2026-12', B, 'blames_child', 5, 1),
];
const MONTHS = ['2026-10', '2026-11', '2026-12'];

describe('the language report summary', () => {
  it('shows every month, with no rate where nothing was written, and rates per 100 entries written', () => {
    const r = summariseLanguageReport(MONTHS, ROWS, ENTRIES, { agencyId: null, category: null });
    expect(r.months.map((m) => [m.month, m.entries, m.flaggedEntries, m.rate, m.phrases, m.open])).toEqual([
      ['2026-10', 40, 4, 10, 4, 3],
      ['2026-11', 0, 0, null, 0, 0],
      ['2026-12', 15, 2, 13.3, 3, 0],
    ]);
    expect(r.total).toEqual({ entries: 55, flaggedEntries: 6, rate: 10.9, phrases: 7, open: 3, accepted: 1, dismissed: 2, quoted: 1 });
    expect(r.rows).toHaveLength(4);
  });

  it('groups outcomes by agency and team, keeping the entries and rate per agency', () => {
    const r = summariseLanguageReport(MONTHS, ROWS, ENTRIES, { agencyId: null, category: null });
    const a = r.agencies.find((x) => x.agencyId === A)!;
    expect(a).toMatchObject({ entries: 50, flaggedEntries: 5, rate: 10, phrases: 6, open: 3, accepted: 1, dismissed: 2 });
    expect(a.teams).toEqual([
      { teamId: 't1', phrases: 5, open: 3, accepted: 0, dismissed: 2, quoted: 0 },
      { teamId: null, phrases: 1, open: 0, accepted: 1, dismissed: 0, quoted: 0 },
    ]);
    expect(r.agencies.find((x) => x.agencyId === B)).toMatchObject({ entries: 5, flaggedEntries: 1, rate: 20, quoted: 1 });
  });

  it('narrows to one agency and one kind of wording, with the rate for that kind', () => {
    const r = summariseLanguageReport(MONTHS, ROWS, ENTRIES, { agencyId: A, category: 'sexualises' });
    expect(r.rows.map((x) => [x.month, x.category, x.n])).toEqual([['2026-12', 'sexualises', 2]]);
    expect(r.months.map((m) => m.rate)).toEqual([0, null, 10]);
    expect(r.total).toMatchObject({ entries: 50, flaggedEntries: 1, rate: 2, phrases: 2 });
    expect(r.agencies.map((x) => x.agencyId)).toEqual([A]);
  });
});
