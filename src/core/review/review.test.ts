import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { HARD_RULES } from '../screening/hard-rules.ts';
import { esc, personSection } from './html.ts';
import { NOT_SCORED_REASONS, type NoteFacts, type ScoredSign } from './note.ts';
import { type DatedNote, REFERRAL_FOLLOW_UP_DAYS, reviewPerson } from './person.ts';
import { dayNumber } from './row.ts';
import { createReview, NoteAnalyser, reviewPeople, type ReviewResult } from './review.ts';
import type { PersonReview } from './person.ts';

// The retrospective review over compact note facts: no text scanning here, so the rules are tested on their own.

const facts = (codes: (string | ScoredSign)[] = [], extra: Partial<NoteFacts> = {}): NoteFacts => ({
  scored: codes.map((c) => (typeof c === 'string' ? { code: c, historical: false } : c)),
  shown: [],
  language: [],
  referrals: [],
  ...extra,
});
const referral = facts([], { referrals: ['referred_to_social_care'] });

type Note = [person: string, date: string, facts: NoteFacts];
function run(notes: readonly Note[]): ReviewResult {
  const r = createReview();
  for (const [p, d, f] of notes) r.addFacts(p, d, f);
  return r.finish();
}
const person = (notes: readonly Note[], ref = 'P1') => run(notes).people.find((p) => p.personRef === ref)!;

describe('thresholds over time', () => {
  it('finds the first medium and the first high as signs build up', () => {
    const p = person([
      ['P1', '2024-01-05', facts(['am_missing'])], // moderate, current: 1 point, low
      ['P1', '2024-02-10', facts(['go_carrying_drugs'])], // significant, current: 6 points, medium
      ['P1', '2024-03-01', facts(['ep_injuries_assault'])], // another significant: 11 points, high
    ]);
    expect(p.timeline.map((t) => [t.date, t.level, t.score])).toEqual([
      ['2024-01-05', 'low', 1],
      ['2024-02-10', 'medium', 6],
      ['2024-03-01', 'high', 11],
    ]);
    expect(p).toMatchObject({ firstMedium: '2024-02-10', firstHigh: '2024-03-01', highestLevel: 'high' });
    expect(p.thresholds.map((t) => [t.date, t.level])).toEqual([
      ['2024-02-10', 'medium'],
      ['2024-03-01', 'high'],
    ]);
    const high = p.thresholds[1]!;
    expect(high.indicators.map((i) => [i.code, i.when, i.points, i.seen])).toEqual([
      ['ep_injuries_assault', 'current', 5, ['2024-03-01']],
      ['go_carrying_drugs', 'current', 5, ['2024-02-10']],
      ['am_missing', 'current', 1, ['2024-01-05']],
    ]);
  });

  it('reports one high threshold when medium and high are first met on the same date', () => {
    const p = person([['P1', '2024-05-01', facts(['go_carrying_drugs', 'ep_injuries_assault', 'am_missing'])]]);
    expect(p).toMatchObject({ firstMedium: '2024-05-01', firstHigh: '2024-05-01' });
    expect(p.thresholds.map((t) => t.level)).toEqual(['high']);
  });

  it('never scores negated, hypothetical or possible signs, and shows them', () => {
    const shown = [
      { code: 'go_carrying_drugs', reason: 'negated' as const },
      { code: 'am_missing', reason: 'possible' as const },
    ];
    const p = person([['P1', '2024-05-01', facts([], { shown })]]);
    // Empty lists are left out of the entry.
    expect(p.timeline).toEqual([{ date: '2024-05-01', notes: 1, level: 'none', score: 0, negated: ['go_carrying_drugs'], possible: ['am_missing'] }]);
    expect(p.thresholds).toEqual([]);
  });
});

describe('the 12-month window', () => {
  // A significant sign on 2023-01-10 (5 points current, 1 point when 6-12 months old), another on 2023-12-01, a third on
  // the date below: the first one adds the point that makes it high only while it is inside 12 months.
  it.each([
    ['2024-01-05', 'high', 11],
    ['2024-01-10', 'high', 11], // exactly 12 months: still inside
    ['2024-01-11', 'medium', 10],
    ['2024-02-01', 'medium', 10],
  ])('third sign on %s gives %s (%i points)', (date, level, score) => {
    const p = person([
      ['P1', '2023-01-10', facts(['go_carrying_drugs'])],
      ['P1', '2023-12-01', facts(['ep_injuries_assault'])],
      ['P1', date, facts(['go_threats_violence'])],
    ]);
    expect(p.timeline.at(-1)).toMatchObject({ level, score });
  });

  it('counts a sign seen in both halves of the window as both (6 points), and a historical sign as past', () => {
    const both = person([
      ['P1', '2024-01-01', facts(['go_carrying_drugs'])],
      ['P1', '2024-08-01', facts(['go_carrying_drugs'])],
    ]);
    expect(both.timeline.at(-1)).toMatchObject({ score: 6 });
    expect(both.thresholds[0]!.indicators[0]).toMatchObject({ when: 'current' });
    const past = person([['P1', '2024-01-01', facts([{ code: 'go_carrying_drugs', historical: true }])]]);
    expect(past.timeline[0]).toEqual({ date: '2024-01-01', notes: 1, level: 'low', score: 1, scoredPast: ['go_carrying_drugs'] });
  });

  it('does not let a sign count after it has aged out', () => {
    const p = person([
      ['P1', '2022-01-01', facts(['go_carrying_drugs', 'ep_injuries_assault'])],
      ['P1', '2023-06-01', facts(['am_missing'])],
    ]);
    expect(p.timeline.map((t) => t.level)).toEqual(['medium', 'low']);
  });
});

describe('missed opportunities', () => {
  const threshold: Note = ['P1', '2024-02-10', facts(['go_carrying_drugs'])];
  it.each([
    ['a referral the same day', '2024-02-10', false],
    [`a referral ${REFERRAL_FOLLOW_UP_DAYS} days later`, '2024-03-09', false],
    [`a referral ${REFERRAL_FOLLOW_UP_DAYS + 1} days later`, '2024-03-10', true],
    ['a referral only before the threshold', '2024-01-20', true],
  ])('%s: missed %s', (_what, referralDate, missed) => {
    const p = person([threshold, ['P1', referralDate, referral], ['P1', '2024-06-01', facts()]]);
    expect(p.missedOpportunities.length).toBe(missed ? 1 : 0);
    expect(p.thresholds[0]!.referral).toEqual(missed ? null : { date: referralDate, phrases: ['referred_to_social_care'] });
  });

  it('reports the date, level, indicators and the last referral before', () => {
    const p = person([['P1', '2024-01-20', referral], threshold]);
    expect(p.missedOpportunities).toEqual([
      {
        date: '2024-02-10',
        level: 'medium',
        score: 5,
        indicators: [expect.objectContaining({ code: 'go_carrying_drugs', when: 'current', points: 5, seen: ['2024-02-10'] })],
        hardRules: ['current_significant'],
        lastReferralBefore: '2024-01-20',
        followUpInData: false, // the notes end on 2024-02-10
        recordedBy: [{ agency: '', authorRole: '' }],
      },
    ]);
  });

  it('says which agency and author role held the notes that met the threshold: those with scored signs, each once', () => {
    const r = createReview();
    r.addFacts('P1', '2024-02-10', facts(), 'Education', 'DSL'); // the same day, nothing scored
    r.addFacts('P1', '2024-02-10', facts(['go_carrying_drugs']), 'Police', 'PCSO');
    r.addFacts('P1', '2024-02-10', facts(['am_missing']), 'Police', 'PCSO');
    r.addFacts('P1', '2024-02-10', facts(['am_missing']), 'Health', 'School nurse');
    const [p] = r.finish().people;
    expect(p!.missedOpportunities.map((m) => m.recordedBy)).toEqual([
      [
        { agency: 'Police', authorRole: 'PCSO' },
        { agency: 'Health', authorRole: 'School nurse' },
      ],
    ]);
  });

  it('counts each threshold that goes unreferred', () => {
    const r = run([
      ['A', '2024-01-01', facts(['go_carrying_drugs'])],
      ['A', '2024-03-01', facts(['ep_injuries_assault', 'am_missing'])],
      ['B', '2024-01-01', facts(['go_carrying_drugs'])],
      ['B', '2024-01-05', referral],
    ]);
    expect(r.totals).toMatchObject({ people: 2, peopleReachingMedium: 2, peopleReachingHigh: 1, missedOpportunities: 2, peopleWithMissedOpportunities: 1 });
  });
});

describe('deterministic results', () => {
  const notes: Note[] = [
    ['Zed-9', '2024-03-01', facts(['ep_injuries_assault'])],
    ['alpha', '2024-01-05', facts(['am_missing'], { language: [{ entryId: 'promiscuous', category: 'sexualises', phrase: 'promiscuous', quoted: false }] })],
    ['Zed-9', '2024-01-05', facts(['am_missing'])],
    ['Zed-9', '2024-02-10', facts(['go_carrying_drugs'], { shown: [{ code: 'ad_drug_use', reason: 'hypothetical' }] })],
    [
      'alpha',
      '2024-01-05',
      facts(['te_several_phones'], { language: [{ entryId: 'promiscuous', category: 'sexualises', phrase: 'promiscuous', quoted: true }] }),
    ],
    ['Zed-9', '2024-02-10', referral],
  ];

  it('gives the same result whatever order the notes arrive in', () => {
    const first = run(notes);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...notes].sort((a, b) => ((notes.indexOf(a) * 7 + seed * 3) % 11) - ((notes.indexOf(b) * 7 + seed * 3) % 11));
      expect(run(shuffled)).toEqual(first);
    }
    expect(first.people.map((p) => p.personRef)).toEqual(['Zed-9', 'alpha']); // code unit order, not locale order
  });

  it('merges notes on the same date and counts quoted wording apart', () => {
    const alpha = run(notes).people.find((p) => p.personRef === 'alpha')!;
    expect(alpha.timeline).toHaveLength(1);
    expect(alpha.timeline[0]!.scored).toEqual(['am_missing', 'te_several_phones']);
    expect(alpha.language).toEqual([{ phrase: 'promiscuous', entryId: 'promiscuous', category: 'sexualises', count: 1, quoted: 1, dates: ['2024-01-05'] }]);
    expect(run(notes).totals.languageByCategory.sexualises).toEqual({ count: 1, quoted: 1 });
  });
});

describe('the timeline in report.html', () => {
  it('shows the signs scored as current and as past, and the signs shown but not scored with their reason', () => {
    const p = person([
      ['P1', '2024-05-01', facts(['am_missing', { code: 'go_carrying_drugs', historical: true }], { shown: [{ code: 'ep_self_harm', reason: 'negated' }] })],
    ]);
    const row = personSection(p).match(/<tr><td>2024-05-01<\/td>.*<\/tr>/)?.[0] ?? '';
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!);
    const wording = (code: string) => esc(CURRENT_FRAMEWORK.indicators.find((i) => i.code === code)!.wording);
    expect(cells[2]).toBe(
      `<span class="tag" title="am_missing">${wording('am_missing')}</span> <span class="tag" title="go_carrying_drugs">${wording('go_carrying_drugs')} (in the past)</span>`,
    );
    expect(cells[3]).toBe(
      `<span class="tag off" title="ep_self_harm">${wording('ep_self_harm')}</span> <span class="muted">${NOT_SCORED_REASONS.negated}</span>`,
    );
    expect(cells[4]).toBe('');
  });
});

describe('a declined referral', () => {
  const declined = facts([], { referrals: ['referral_declined'] });
  const high = facts(['go_carrying_drugs', 'ep_injuries_assault', 'am_missing']);

  it('keeps the missed opportunity open, and is shown on the timeline and beside it', () => {
    const r = run([
      ['P1', '2024-05-01', high],
      ['P1', '2024-05-03', declined],
      ['P1', '2024-08-01', facts()],
    ]);
    const p = r.people[0]!;
    expect(p.thresholds[0]).toMatchObject({ date: '2024-05-01', referral: null, referralDeclined: '2024-05-03' });
    expect(p.missedOpportunities).toHaveLength(1);
    expect(p.missedOpportunities[0]!.referralDeclined).toBe('2024-05-03');
    expect(p.referrals).toEqual([]);
    expect(p.timeline.find((t) => t.date === '2024-05-03')?.referrals).toEqual(['referral_declined']);
    expect(r.totals.referralsRecorded).toBe(0);
    const html = personSection(p);
    expect(html).toContain('Referral declined or not progressed');
    expect(html).toContain('referral declined or not progressed: 2024-05-03');
  });

  it('names the hard rules that set a threshold in words, keeping the id as the tooltip', () => {
    const p = person([['P1', '2024-05-01', high]]);
    const rules = p.thresholds.flatMap((t) => t.hardRules);
    expect(rules.length).toBeGreaterThan(0);
    const html = personSection(p);
    for (const id of rules) {
      const title = HARD_RULES.find((r) => r.id === id)!.title;
      expect(html).toContain(`<span title="${esc(id)}">${esc(title)}</span>`);
    }
    expect(html).not.toMatch(/Hard rules: [a-z_]+(,|<)/);
  });

  it('does not hide a referral made on the same day', () => {
    const p = person([
      ['P1', '2024-05-01', high],
      ['P1', '2024-05-03', facts([], { referrals: ['referral_declined', 'referred_to_social_care'] })],
    ]);
    expect(p.thresholds[0]).toMatchObject({ referral: { date: '2024-05-03', phrases: ['referred_to_social_care'] } });
    expect(p.thresholds[0]!.referralDeclined).toBeUndefined();
    expect(p.missedOpportunities).toEqual([]);
  });
});

describe('batches from several threads', () => {
  // As the engine runs it (services/review-run.ts): each thread's NoteAnalyser has ids of its own, people included; the
  // main thread takes the batches in input order through one translator per thread, then cuts the people into jobs.
  const codes = ['am_missing', 'go_carrying_drugs', 'ep_injuries_assault', 'sh_sti', 'te_several_phones'];
  const notes: Note[] = Array.from({ length: 240 }, (_, i) => {
    const refs = ['P-b', 'P-a', 'Zed', 'P-c', 'alpha'];
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const extra: Partial<NoteFacts> = i % 9 === 0 ? { referrals: ['referred_to_social_care'] } : {};
    return [refs[(i * 3) % refs.length]!, `2023-${month}-${day}`, facts([codes[i % codes.length]!], extra)];
  });

  it('gives the same people, in the same order, as one thread reviewing note by note', () => {
    const expected = run(notes);
    const rev = createReview();
    const threads = [0, 1, 2].map(() => ({ analyser: new NoteAnalyser(), tr: rev.translator() }));
    // Batches of varying size (some empty), each from the next thread in turn, taken in input order.
    let at = 0;
    for (let b = 0; at < notes.length; b++) {
      const t = threads[b % threads.length]!;
      const size = b % 4 === 3 ? 0 : 1 + ((b * 5) % 17);
      for (const [p, d, f] of notes.slice(at, at + size)) t.analyser.addFacts(p, d, f);
      at += size;
      rev.addBatch(t.analyser.take(), t.tr);
    }
    const { tables, options, people, jobs } = rev.jobs(37);
    expect(people).toBe(5);
    const reviews: PersonReview[] = [];
    for (const job of jobs) reviewPeople(job, tables, options, (p) => reviews.push(p));
    expect(reviews).toEqual(expected.people);
    expect(reviews.map((p) => p.personRef)).toEqual(['P-a', 'P-b', 'P-c', 'Zed', 'alpha']);
  });
});

describe('a person reviewed from notes held as objects', () => {
  // reviewPerson writes the notes onto a tape of their own and reviews it as the engine reviews a person's tape.
  const codes = ['am_missing', 'go_carrying_drugs', 'ep_injuries_assault', 'te_several_phones'];
  const notes: Note[] = Array.from({ length: 60 }, (_, i) => {
    const j = i % 40; // some dates have two notes
    const date = `2023-${String(1 + ((j * 5) % 12)).padStart(2, '0')}-${String(1 + ((j * 11) % 27)).padStart(2, '0')}`;
    const extra: Partial<NoteFacts> = {
      shown: i % 4 === 0 ? [{ code: codes[(i + 1) % codes.length]!, reason: i % 8 === 0 ? 'negated' : 'other' }] : [],
      language: i % 6 === 0 ? [{ entryId: 'promiscuous', category: 'sexualises', phrase: 'promiscuous', quoted: i % 12 === 0 }] : [],
      referrals: i % 10 === 0 ? ['referred_to_social_care', 'referral_declined'] : [],
    };
    return ['P1', date, facts(i % 3 === 0 ? [{ code: codes[i % codes.length]!, historical: i % 9 === 0 }] : [codes[i % codes.length]!], extra)];
  });

  it('gives what the review of the same notes gives, whatever order the array holds them in', () => {
    const expected = person(notes);
    expect(expected.thresholds.length).toBeGreaterThan(0);
    const dated: DatedNote[] = notes.map(([, date, f], seq) => ({ day: dayNumber(date), seq, facts: f }));
    const lastDayInData = Math.max(...dated.map((d) => d.day));
    expect(reviewPerson('P1', dated, { lastDayInData })).toEqual(expected);
    expect(reviewPerson('P1', [...dated].reverse(), { lastDayInData })).toEqual(expected);
  });
});
