// The lead's language report (issue 4, part 3): flagged wording per agency and team over time, so that a partnership
// can show whether victim-blaming language is going down (HMICFRS 2023: "eradicate victim-blaming language"). Counts
// alone cannot show that when the number of entries written changes, so each month and agency also carries the share
// of entries written that held flagged wording. Pure: the rows come from the repository, the months from the caller.

/** One count of flagged wording: a month ('YYYY-MM', London), agency, team, kind of wording and outcome. */
export type LanguageReportRow = {
  month: string;
  agency_id: string;
  team_id: string | null;
  category: string;
  possible: boolean;
  status: string;
  n: number;
};

/**
 * Entries written in a month by an agency, and how many of them held flagged wording (lexicon findings in the writer's
 * own words, not quoted, not the classifier's possible ones): per kind of wording, and for any kind (`category` null).
 */
export type LanguageReportEntries = { month: string; agency_id: string; category: string | null; entries: number; flagged: number };

export type LanguageReportFilter = { agencyId: string | null; category: string | null };

type Outcomes = { phrases: number; open: number; accepted: number; dismissed: number; quoted: number };
export type LanguageReportLine = Outcomes & { entries: number; flaggedEntries: number; rate: number | null };
export type LanguageReportSummary = {
  rows: LanguageReportRow[];
  months: (LanguageReportLine & { month: string })[];
  agencies: (LanguageReportLine & { agencyId: string; teams: (Outcomes & { teamId: string | null })[] })[];
  total: LanguageReportLine;
};

const noOutcomes = (): Outcomes => ({ phrases: 0, open: 0, accepted: 0, dismissed: 0, quoted: 0 });
const emptyLine = (): LanguageReportLine => ({ ...noOutcomes(), entries: 0, flaggedEntries: 0, rate: null });

function addRow(o: Outcomes, r: LanguageReportRow): void {
  o.phrases += r.n;
  if (r.status === 'open' || r.status === 'accepted' || r.status === 'dismissed' || r.status === 'quoted') o[r.status] += r.n;
}

// Entries with flagged wording per 100 entries written, to one decimal; none written: no rate (not 0).
const withRate = (l: LanguageReportLine): LanguageReportLine => ({ ...l, rate: l.entries ? Math.round((1000 * l.flaggedEntries) / l.entries) / 10 : null });

/**
 * The report for `months` (every month shown, oldest first, also those with nothing written), narrowed to one agency
 * and one kind of wording when the filter names them.
 */
export function summariseLanguageReport(
  months: readonly string[],
  allRows: readonly LanguageReportRow[],
  entries: readonly LanguageReportEntries[],
  filter: LanguageReportFilter,
): LanguageReportSummary {
  const shown = new Set(months);
  const rows = allRows.filter(
    (r) => shown.has(r.month) && (!filter.agencyId || r.agency_id === filter.agencyId) && (!filter.category || r.category === filter.category),
  );
  const written = entries.filter((e) => shown.has(e.month) && (!filter.agencyId || e.agency_id === filter.agencyId) && e.category === filter.category);
  const byMonth = new Map(months.map((m) => [m, emptyLine()]));
  const byAgency = new Map<string, LanguageReportLine & { teams: Map<string | null, Outcomes> }>();
  const agency = (id: string) => byAgency.get(id) ?? byAgency.set(id, { ...emptyLine(), teams: new Map() }).get(id)!;
  const total = emptyLine();
  for (const e of written) {
    for (const line of [byMonth.get(e.month)!, agency(e.agency_id), total]) {
      line.entries += e.entries;
      line.flaggedEntries += e.flagged;
    }
  }
  for (const r of rows) {
    const a = agency(r.agency_id);
    const team = a.teams.get(r.team_id) ?? a.teams.set(r.team_id, noOutcomes()).get(r.team_id)!;
    for (const o of [byMonth.get(r.month)!, a, team, total]) addRow(o, r);
  }
  return {
    rows,
    months: months.map((month) => ({ month, ...withRate(byMonth.get(month)!) })),
    agencies: [...byAgency].map(([agencyId, { teams, ...line }]) => ({
      agencyId,
      ...withRate(line),
      teams: [...teams].map(([teamId, o]) => ({ teamId, ...o })),
    })),
    total: withRate(total),
  };
}
