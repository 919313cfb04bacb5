import { describe, expect, it } from 'vitest';
import { emptyLanguageTotals, createReview } from './review.ts';
import type { NoteFacts } from './note.ts';
import { personAnchor, renderReviewHtml, thresholdMonths } from './html.ts';
import type { ReviewSummary } from './summary.ts';

// report.html's navigation, charts and wording, from a small review built over note facts (no text scanning here).

const facts = (codes: string[]): NoteFacts => ({ scored: codes.map((code) => ({ code, historical: false })), shown: [], language: [], referrals: [] });

function summaryOf(over: Partial<ReviewSummary> = {}): ReviewSummary {
  return {
    tool: 'lantern review',
    framework: 'test',
    files: [{ path: 'notes.csv', format: 'csv', bytes: 228_916 }],
    assumptions: { age: 15, ageNote: 'Age 15.', window: 'Window.', referralFollowUpDays: 28, detection: 'Automatic.' },
    rowsRead: 1,
    rowsAnalysed: 1,
    badRows: { count: 1, byReason: { 'missing date': 1 }, listed: [{ line: 3, reason: 'missing date' }], truncated: false },
    firstDate: '2024-01-01',
    lastDate: '2024-03-01',
    people: 1,
    peopleReachingMedium: 1,
    peopleReachingHigh: 0,
    missedOpportunities: 1,
    peopleWithMissedOpportunities: 1,
    notesWithReferrals: 0,
    languageFindingsByCategory: emptyLanguageTotals(),
    timing: {
      elapsedSeconds: 5.2,
      readSeconds: 4,
      reviewSeconds: 1,
      mbPerSecond: 0,
      rowsPerSecond: 0,
      peakRssMB: 1,
      threads: { workers: 0, onWorkers: 0, onMainThread: 1 },
    },
    ...over,
  };
}

const HOSTILE = 'A&B "x" <y> #1 é/?';

function report(nav?: { jobHref: string; listHref: string }) {
  const r = createReview();
  r.addFacts(HOSTILE, '2024-02-10', facts(['go_carrying_drugs']), 'Police', 'PCSO');
  const { people } = r.finish();
  return [...renderReviewHtml(summaryOf(), people, undefined, nav)].join('');
}

describe('report.html navigation', () => {
  it('has contents, and each missed opportunity links to its person’s section, with the agency and role that held the note', () => {
    const html = report();
    expect(html).toContain('<h2 id="contents">Contents</h2>');
    for (const id of ['summary', 'charts', 'missed', 'people', 'bad-rows']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
    const anchor = personAnchor(HOSTILE);
    expect(anchor).toMatch(/^person-[A-Za-z0-9%._~!*'()-]+$/); // no space, quote or angle bracket: a valid id and fragment
    expect(html).toContain(`<section id="${anchor}">`);
    const missed = html.slice(html.indexOf('<h2 id="missed">'), html.indexOf('<h2 id="people">'));
    expect(missed).toContain(`<tr><td><a href="#${anchor}">A&amp;B &quot;x&quot; &lt;y&gt; #1 é/?</a></td><td>2024-02-10</td>`);
    expect(missed).toContain('<th>Recorded by (agency, role)</th>');
    expect(missed).toContain('<td>Police, PCSO</td>');
    expect(html).toContain('<a href="#contents">Back to contents</a>');
  });

  it('gives every person listed with missed opportunities a section to link to, a short one past the limit, and says where the rest are', () => {
    const r = createReview();
    for (const ref of ['P1', 'P2', 'P3', 'P4', 'P5']) r.addFacts(ref, '2024-02-10', facts(['go_carrying_drugs']), 'Police', 'PCSO');
    const { people } = r.finish();
    const html = [...renderReviewHtml(summaryOf({ missedOpportunities: 5 }), people, { sections: 2, missedRows: 4 })].join('');
    const table = html.slice(html.indexOf('<h2 id="missed">'), html.indexOf('<h2 id="people">'));
    const linked = [...table.matchAll(/<tr><td><a href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(linked).toEqual(['P1', 'P2', 'P3', 'P4'].map(personAnchor));
    expect(table.match(/<tr><td>/g)).toHaveLength(4);
    for (const id of linked) expect(html).toContain(`<section id="${id}">`);
    // Two in full (with their timelines), two short ones; the fifth person, not listed, has none.
    expect(html.match(/<section /g)).toHaveLength(4);
    expect(html.match(/Indicator timeline/g)).toHaveLength(2);
    expect(html.match(/report\.json has their full review/g)).toHaveLength(2);
    expect(html).not.toContain(`id="${personAnchor('P5')}"`);
    expect(html).toContain(
      'The first 2 people are shown in full (missed opportunities first, then the highest level). The next 2 people with missed opportunities listed above have a short section after them. 1 person with findings has no section here. report.json has every person in full.',
    );
  });

  it('anchors any reference, half a surrogate pair included', () => {
    expect(personAnchor('\ud800x')).toBe('person-%EF%BF%BDx');
    expect(personAnchor('😀')).toBe('person-%F0%9F%98%80');
  });

  it('links back into Lantern only in the web app’s copy', () => {
    expect(report()).not.toContain('Back to the review');
    const web = report({ jobHref: '/reviews/0f5c3a3e-1b1e-4b8e-9d3a-0c1d2e3f4a5b', listHref: '/reviews' });
    expect(web).toContain('<nav aria-label="Lantern" class="back"><a href="/reviews/0f5c3a3e-1b1e-4b8e-9d3a-0c1d2e3f4a5b">Back to the review</a>');
    expect(web).toContain('<a href="/reviews">All reviews</a>');
  });
});

describe('report.html wording', () => {
  it('uses sensible units and the singular for one', () => {
    const html = report();
    expect(html).toContain('Read 228.9 KB in 5.2 s (44.0 KB a second).');
    expect(html).toContain('notes.csv (csv, 228.9 KB)');
    expect(html).toContain('<b>1</b>bad row skipped');
    expect(html).toContain('<b>1</b>missed opportunity<');
    expect(html).toContain('<b>1</b>person<');
    expect(html).toContain('Indicator timeline (1 date)');
    expect(html).toContain('1 note from 2024-02-10');
    expect(html).not.toMatch(/\b1 (dates|notes|bad rows|missed opportunities)\b/);
  });

  it('says once, at the top, that the file looks like Windows-1252, and shows a bad row’s date or byte', () => {
    const warning = '30 rows of 40 are not UTF-8 text: the file looks like a Windows-1252 export';
    const html = [
      ...renderReviewHtml(
        summaryOf({
          warnings: [warning],
          badRows: {
            count: 1,
            byReason: { x: 1 },
            listed: [{ line: 4, reason: 'not valid UTF-8 text (wrong encoding)', value: 'byte E9 (é in Windows-1252)' }],
            truncated: false,
          },
        }),
        [],
      ),
    ].join('');
    expect(html.match(/Windows-1252 export/g)).toHaveLength(1);
    expect(html.indexOf(warning)).toBeLessThan(html.indexOf('<div class="cards">'));
    expect(html).toContain('<td>byte E9 (é in Windows-1252)</td>');
  });
});

describe('the threshold chart', () => {
  const at = (...dates: string[]) => dates.map((firstMedium) => ({ firstMedium }));
  it('shows every month from the first to the last, those with none as 0', () => {
    expect(thresholdMonths(at('2019-11-03', '2020-02-01', '2020-02-20', null as unknown as string))).toEqual({
      unit: 'month',
      bars: [
        { label: '2019-11', value: 1 },
        { label: '2019-12', value: 0 },
        { label: '2020-01', value: 0 },
        { label: '2020-02', value: 2 },
      ],
    });
    expect(thresholdMonths([])).toEqual({ unit: 'month', bars: [] });
  });
  it('counts by year when the months are too many for one chart', () => {
    expect(thresholdMonths(at('2001-05-01', '2001-06-01', '2024-01-01'))).toMatchObject({ unit: 'year', bars: expect.any(Array) });
    const { bars } = thresholdMonths(at('2001-05-01', '2001-06-01', '2024-01-01'));
    expect(bars).toHaveLength(24);
    expect(bars[0]).toEqual({ label: '2001', value: 2 });
    expect(bars[1]).toEqual({ label: '2002', value: 0 });
  });
  it('fits a narrow screen: the chart scrolls in its own keyboard-reachable box', () => {
    const html = report();
    expect(html).toMatch(/<div class="scroll" tabindex="0" role="region" aria-label="People by month [^"]*"><svg /);
  });
});
