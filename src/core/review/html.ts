import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { LANGUAGE_CATEGORIES, LANGUAGE_CATEGORY_KEYS } from '../language/types.ts';
import { HARD_RULES } from '../screening/hard-rules.ts';
import { RISK_LEVELS, type RiskLevel } from '../screening/levels.ts';
import { NOT_SCORED_REASONS } from './note.ts';
import { type IndicatorSeen, NOT_SCORED_KEYS, type PersonReview } from './person.ts';
import { formatBytes } from './progress.ts';
import { REFERRAL_PHRASES } from './referrals.ts';
import type { ReviewSummary } from './summary.ts';
import type { NoteSource } from './tape.ts';

// report.html of a retrospective review (`lantern review` writes it to DIR; the web app serves it for a review job):
// one self-contained document (no scripts, no external assets, one inline <style>). Everything from the input is
// escaped. Charts are hand-written SVG, each with its data table beside it (docs/ARCHITECTURE.md: charts). Pure.

/** Links back into Lantern for the copy the web app serves (the CLI's file has none: it must open offline). */
export type ReportNav = { jobHref: string; listHref: string };

// The file must open in a browser in a few seconds, so it lists only so much; report.json has everything. With 2,000
// sections and every missed opportunity, a review of a million notes made a 62 MB page (34 MB of it timelines); with
// these limits it is about 15 MB.
export type HtmlLimits = { sections: number; missedRows: number };
export const HTML_LIMITS: HtmlLimits = { sections: 500, missedRows: 5000 };

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
// Most values have nothing to escape: test first, replace only when needed (a report escapes millions of values).
export const esc = (s: string | number): string => {
  const t = String(s);
  return SPECIAL.test(t) ? t.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : t;
};

const WORDING = new Map(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.wording]));
const REFERRAL_LABELS = new Map(REFERRAL_PHRASES.map((p) => [p.id, p.label]));
// A hard rule in words (its id stays in the report's JSON and in the tooltip).
const HARD_RULE_TITLES = new Map(HARD_RULES.map((r) => [r.id, r.title]));
const wording = (code: string) => WORDING.get(code) ?? code;
// Small whole numbers (most in a report) read the same in en-GB as String gives them, without the cost of Intl.
const n = (x: number) => (Number.isInteger(x) && x >= 0 && x < 1000 && !Object.is(x, -0) ? String(x) : x.toLocaleString('en-GB'));
const signTags = (codes: readonly string[] | undefined, suffix: string) =>
  codes ? codes.map((c) => `<span class="tag" title="${esc(c)}">${esc(wording(c))}${suffix}</span>`).join(' ') : '';
const levelHtml = (l: RiskLevel) => `<span class="level level-${l}">${esc(RISK_LEVELS[l])}</span>`;
const LEVEL_HTML = new Map(Object.keys(RISK_LEVELS).map((l) => [l, levelHtml(l as RiskLevel)]));
const level = (l: RiskLevel) => LEVEL_HTML.get(l) ?? levelHtml(l);
const dateOrDash = (d: string | null) => (d ? esc(d) : '&ndash;');
/** "1 missed opportunity", "2 missed opportunities" (GOV.UK style: numerals, and the plural only when needed). */
const count = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

// encodeURIComponent throws on half a surrogate pair, which a JSON Lines reference can hold ("\ud800").
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A person's section id: their reference, percent-encoded so that any reference makes a valid id and fragment. It
 * stays in the report (a local file, or a page behind sign-in): never in a server URL's path or query.
 */
export const personAnchor = (personRef: string) => `person-${encodeURIComponent(personRef.replace(LONE_SURROGATE, '\uFFFD'))}`;
const sourcesText = (xs: readonly NoteSource[] | undefined) =>
  xs?.length ? xs.map((x) => esc([x.agency, x.authorRole].filter(Boolean).join(', ') || 'not recorded')).join('; ') : '&ndash;';

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0;line-height:1.4;font-size:16px}
header{background:#1d2a44;color:#fff;padding:16px 24px}header h1{margin:0;font-size:28px}header p{margin:4px 0 0}
main{padding:16px 24px;max-width:1200px}h2{margin-top:40px;border-bottom:2px solid #1d2a44}h3{margin-top:32px}
table{border-collapse:collapse;margin:8px 0 16px;width:100%}th,td{border-bottom:1px solid #b1b4b6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f3f2f1}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #b1b4b6;padding:12px 16px;min-width:150px}.card b{display:block;font-size:28px}
.note{background:#fff7bf;border-left:6px solid #ffdd00;padding:8px 16px;margin:16px 0}
.chart{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}.chart>div{flex:1 1 300px;min-width:0}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #fd0}nav.toc ul{margin:4px 0}
.back{background:#0b0c0c;padding:8px 24px}.back a{color:#fff;margin-right:24px}.back a:focus{background:#fd0;color:#0b0c0c;outline:none}
@media (max-width:640px){main,header{padding:12px}table{font-size:14px}}
.level{font-weight:bold;padding:0 4px}.level-high{background:#d4351c;color:#fff}.level-medium{background:#f47738;color:#0b0c0c}
.level-low{background:#ffdd00}.level-none{background:#f3f2f1}.missed{color:#d4351c;font-weight:bold}.declined{color:#d4351c}.muted{color:#505a5f}
.tag{display:inline-block;background:#f3f2f1;margin:1px 2px;padding:0 4px}.tag.off{text-decoration:line-through;color:#505a5f}
details{margin:8px 0}summary{cursor:pointer;color:#1d70b8}
`;

type Bar = { label: string; value: number };

// A horizontal bar chart: one row per bar, labels on the left, values at the bar's end. The labels take the room their
// text needs (months need little); a chart wider than the screen scrolls in its own box, keyboard-reachable.
function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const rowH = 22;
  const labelW = Math.min(340, 16 + 7 * Math.max(4, ...bars.map((b) => b.label.length)));
  const barW = 220;
  const h = Math.max(bars.length, 1) * rowH + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = i * rowH + 5;
    const w = Math.round((b.value / max) * barW);
    return (
      `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="#1d70b8"/>` +
      `<text x="${labelW + w + 4}" y="${y + 15}">${n(b.value)}</text>`
    );
  });
  return (
    `<div class="scroll" tabindex="0" role="region" aria-label="${esc(title)}"><svg role="img" aria-labelledby="${id}" width="${labelW + barW + 60}" height="${h}" viewBox="0 0 ${labelW + barW + 60} ${h}" font-size="13" font-family="Arial,Helvetica,sans-serif">` +
    `<title id="${id}">${esc(title)}</title>${bars.length ? rows.join('') : '<text x="0" y="18">Nothing to show</text>'}</svg></div>`
  );
}

function dataTable(caption: string, head: [string, string], bars: readonly Bar[]): string {
  return (
    `<table><caption class="muted">${esc(caption)}</caption><thead><tr><th>${esc(head[0])}</th><th class="num">${esc(head[1])}</th></tr></thead><tbody>` +
    bars.map((b) => `<tr><td>${esc(b.label)}</td><td class="num">${n(b.value)}</td></tr>`).join('') +
    '</tbody></table>'
  );
}

// Past this many months from the first to the last, the chart counts by year: a bar a month would be too many to read.
export const MAX_CHART_MONTHS = 120;

/**
 * People by the month (YYYY-MM) they first met a medium threshold, every month from the first to the last, those with
 * none as 0 (a gap left out reads as no change); by year (YYYY) when the months are more than MAX_CHART_MONTHS.
 */
export function thresholdMonths(people: readonly { firstMedium: string | null }[]): { unit: 'month' | 'year'; bars: Bar[] } {
  const counts = new Map<string, number>();
  for (const p of people) if (p.firstMedium) counts.set(p.firstMedium.slice(0, 7), (counts.get(p.firstMedium.slice(0, 7)) ?? 0) + 1);
  if (!counts.size) return { unit: 'month', bars: [] };
  const keys = [...counts.keys()].sort();
  const index = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  const [first, last] = [index(keys[0]!), index(keys[keys.length - 1]!)];
  const byYear = last - first + 1 > MAX_CHART_MONTHS;
  const bars: Bar[] = [];
  for (let m = first; m <= last; m++) {
    const ym = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const value = counts.get(ym) ?? 0;
    if (!byYear) bars.push({ label: ym, value });
    else if (bars[bars.length - 1]?.label === ym.slice(0, 4)) bars[bars.length - 1]!.value += value;
    else bars.push({ label: ym.slice(0, 4), value });
  }
  return { unit: byYear ? 'year' : 'month', bars };
}

const indicatorList = (xs: readonly IndicatorSeen[]) =>
  xs.length
    ? `<ul>${xs.map((i) => `<li>${esc(i.wording)} <span class="muted">(${esc(i.code)}; ${esc(i.when)}, ${n(i.points)} pt; seen ${i.seen.map(esc).join(', ')})</span></li>`).join('')}</ul>`
    : '';

/** What a section's heading and first paragraph say about a person. */
type PersonHead = Pick<PersonReview, 'personRef' | 'notes' | 'firstNote' | 'lastNote' | 'highestLevel' | 'firstMedium' | 'firstHigh'>;
const personHead = (p: PersonHead, missed: number) =>
  `<section id="${esc(personAnchor(p.personRef))}"><h3>${esc(p.personRef)}</h3>\n` +
  `<p>${count(p.notes, 'note', 'notes')} from ${esc(p.firstNote)} to ${esc(p.lastNote)}. Highest level: ${level(p.highestLevel)}. ` +
  `First medium: ${dateOrDash(p.firstMedium)}. First high: ${dateOrDash(p.firstHigh)}.` +
  (missed ? ` <span class="missed">${count(missed, 'missed opportunity', 'missed opportunities')}.</span>` : '') +
  '</p>';

export function personSection(p: PersonReview): string {
  const out: string[] = [personHead(p, p.missedOpportunities.length)];
  if (p.thresholds.length) {
    out.push(
      '<div class="scroll" tabindex="0" role="region" aria-label="Thresholds met"><table><caption class="muted">Thresholds met</caption><thead><tr><th>Date</th><th>Level</th><th class="num">Score</th><th>Recorded by</th><th>Indicators behind it</th><th>Referral within the follow-up period</th></tr></thead><tbody>',
    );
    for (const t of p.thresholds) {
      const ref = t.referral
        ? `${esc(t.referral.date)}: ${t.referral.phrases.map((x) => esc(REFERRAL_LABELS.get(x) ?? x)).join(', ')}`
        : `<span class="missed">None recorded: missed opportunity</span>${t.referralDeclined ? ` <span class="declined">(referral declined or not progressed: ${esc(t.referralDeclined)})</span>` : ''}${t.lastReferralBefore ? ` <span class="muted">(last referral before: ${esc(t.lastReferralBefore)})</span>` : ''}${t.followUpInData ? '' : ' <span class="muted">(the notes end before the follow-up period does)</span>'}`;
      out.push(
        `<tr><td>${esc(t.date)}</td><td>${level(t.level)}</td><td class="num">${n(t.score)}</td><td>${sourcesText(t.recordedBy)}</td><td>${indicatorList(t.indicators)}${t.hardRules.length ? `<span class="muted">Hard rules: ${t.hardRules.map((r) => `<span title="${esc(r)}">${esc(HARD_RULE_TITLES.get(r) ?? r)}</span>`).join('; ')}</span>` : ''}</td><td>${ref}</td></tr>`,
      );
    }
    out.push('</tbody></table></div>');
  }
  if (p.language.length) {
    out.push(
      '<table><caption class="muted">Victim-blaming wording (quoted wording records someone’s own words and is not counted)</caption><thead><tr><th>Wording</th><th>Category</th><th class="num">Count</th><th class="num">Quoted</th><th>Dates</th></tr></thead><tbody>',
    );
    for (const l of p.language)
      out.push(
        `<tr><td>${esc(l.phrase)}</td><td>${esc(LANGUAGE_CATEGORIES[l.category].label)}</td><td class="num">${n(l.count)}</td><td class="num">${n(l.quoted)}</td><td>${l.dates.map(esc).join(', ')}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  if (p.timeline.length) {
    out.push(
      `<details><summary>Indicator timeline (${count(p.timeline.length, 'date', 'dates')})</summary><table><thead><tr><th>Date</th><th>Level on this date</th><th>Scored</th><th>Shown but not scored</th><th>Referral wording</th></tr></thead><tbody>`,
    );
    for (const t of p.timeline)
      out.push(
        `<tr><td>${esc(t.date)}</td><td>${level(t.level)} <span class="muted">${n(t.score)} pt</span></td>` +
          `<td>${signTags(t.scored, '')}${t.scored && t.scoredPast ? ' ' : ''}${signTags(t.scoredPast, ' (in the past)')}</td>` +
          `<td>${NOT_SCORED_KEYS.flatMap((k) => (t[k] ?? []).map((c) => `<span class="tag off" title="${esc(c)}">${esc(wording(c))}</span> <span class="muted">${esc(NOT_SCORED_REASONS[k])}</span>`)).join(' ')}</td>` +
          `<td>${(t.referrals ?? []).map((r) => esc(REFERRAL_LABELS.get(r) ?? r)).join(', ')}</td></tr>`,
      );
    out.push('</tbody></table></details>');
  }
  out.push('<p><a href="#contents">Back to contents</a></p></section>');
  return out.join('\n');
}

/**
 * What the report needs to know about every person, whether or not the person gets a section: small, so that a review
 * of millions of notes keeps one per person while the full reviews stream to report.json.
 */
export type PersonDigest = {
  personRef: string;
  highestLevel: RiskLevel;
  firstMedium: string | null;
  missed: number; // missed opportunities
  findings: boolean; // a threshold, wording or a timeline entry: the person gets a section
  // The person's rows of the missed-opportunities table after the person's cell, which links to the person's section.
  missedRows: string[];
  // For a person with missed opportunities: what a short section says (its first paragraph), for when the person is
  // listed in the missed-opportunities table but not among the people shown in full.
  head?: Omit<PersonHead, 'personRef' | 'highestLevel' | 'firstMedium'>;
};

const briefSection = (d: PersonDigest) =>
  `${d.head ? personHead({ ...d, ...d.head }, d.missed) : `<section id="${esc(personAnchor(d.personRef))}"><h3>${esc(d.personRef)}</h3>`}\n` +
  '<p>Their missed opportunities are in the table above; report.json has their full review.</p><p><a href="#missed">Back to missed opportunities</a></p></section>';

export function digestOf(p: PersonReview): PersonDigest {
  const missedRows = p.missedOpportunities.map(
    (m) =>
      `<td>${esc(m.date)}</td><td>${level(m.level)}</td><td>${sourcesText(m.recordedBy)}</td><td>${m.indicators.map((i) => esc(i.wording)).join('; ')}</td><td>${dateOrDash(m.referralDeclined ?? null)}</td><td>${dateOrDash(m.lastReferralBefore)}</td></tr>\n`,
  );
  return {
    personRef: p.personRef,
    highestLevel: p.highestLevel,
    firstMedium: p.firstMedium,
    missed: p.missedOpportunities.length,
    findings: p.thresholds.length > 0 || p.language.length > 0 || p.timeline.length > 0,
    missedRows,
    ...(missedRows.length ? { head: { notes: p.notes, firstNote: p.firstNote, lastNote: p.lastNote, firstHigh: p.firstHigh } } : {}),
  };
}

// Missed opportunities first, then the highest level, then the earliest threshold; person_ref breaks ties.
const priority = (p: PersonDigest) => [p.missed ? 0 : 1, 3 - ['none', 'low', 'medium', 'high'].indexOf(p.highestLevel), p.firstMedium ?? '9999'] as const;
export function byPriority(a: PersonDigest, b: PersonDigest): number {
  const [x, y] = [priority(a), priority(b)];
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0) || (a.personRef < b.personRef ? -1 : a.personRef > b.personRef ? 1 : 0);
}

/**
 * The people who get a section in report.html (the first HTML_LIMITS.sections with findings, by priority), chosen while
 * the reviews stream past: offered every person once, in any order, it keeps a value (the review, or its JSON text)
 * only for those still among the first, and counts all with findings.
 */
export class SectionPicker<T> {
  private readonly kept: { d: PersonDigest; value: T }[] = [];
  shown = 0;
  constructor(private readonly max = HTML_LIMITS.sections) {}
  offer(d: PersonDigest, value: () => T): void {
    if (!d.findings) return;
    this.shown++;
    const k = this.kept;
    if (k.length === this.max && byPriority(d, k[k.length - 1]!.d) > 0) return;
    let lo = 0;
    let hi = k.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byPriority(k[mid]!.d, d) < 0) lo = mid + 1;
      else hi = mid;
    }
    k.splice(lo, 0, { d, value: value() });
    if (k.length > this.max) k.pop();
  }
  /** The kept values, in priority order. */
  values(): T[] {
    return this.kept.map((x) => x.value);
  }
  /** The person_refs of the kept values. */
  refs(): Set<string> {
    return new Set(this.kept.map((x) => x.d.personRef));
  }
}

// The people whose missed opportunities the table lists when they are more than `max` rows (null: all of them).
function missedToList(digests: readonly PersonDigest[], max: number): Set<PersonDigest> | null {
  const withMissed = digests.filter((d) => d.missed > 0);
  if (withMissed.reduce((t, d) => t + d.missed, 0) <= max) return null;
  const listed = new Set<PersonDigest>();
  let rows = 0;
  for (const d of withMissed.sort(byPriority)) {
    if (rows > 0 && rows + d.missed > max) break;
    listed.add(d);
    rows += d.missed;
  }
  return listed;
}

export function* renderReviewHtml(s: ReviewSummary, people: readonly PersonReview[], limits: HtmlLimits = HTML_LIMITS, nav?: ReportNav): Generator<string> {
  const picker = new SectionPicker<PersonReview>(limits.sections);
  const digests = people.map((p) => {
    const d = digestOf(p);
    picker.offer(d, () => p);
    return d;
  });
  yield* renderReviewHtmlParts(s, digests, { shown: picker.shown, refs: picker.refs(), sections: picker.values() }, limits, nav);
}

/** The people who get a section (a SectionPicker's), out of `shown` people with findings. */
export type PickedSections = { shown: number; refs: ReadonlySet<string>; sections: Iterable<PersonReview> };

/**
 * report.html from a digest of every person (in person_ref order) and the full reviews of the people who get a
 * section (from a SectionPicker, in priority order); `nav` only for the web app's copy.
 */
export function* renderReviewHtmlParts(
  s: ReviewSummary,
  digests: readonly PersonDigest[],
  picked: PickedSections,
  limits: HtmlLimits = HTML_LIMITS,
  nav?: ReportNav,
): Generator<string> {
  const { shown, refs, sections } = picked;
  // People listed with missed opportunities who are not shown in full: each gets a short section. At most one per
  // missed opportunity listed (limits.missedRows), a few hundred bytes each.
  const briefs: PersonDigest[] = [];
  const lang = LANGUAGE_CATEGORY_KEYS.map((k) => ({ label: LANGUAGE_CATEGORIES[k].label, value: s.languageFindingsByCategory[k].count }));
  const months = thresholdMonths(digests);
  const files = s.files.map((f) => `${esc(f.path)} (${esc(f.format)}, ${esc(formatBytes(f.bytes))})`).join(', ');
  const bytes = s.files.reduce((t, f) => t + f.bytes, 0);
  const seconds = s.timing.elapsedSeconds;
  yield `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`;
  yield `<title>Lantern retrospective review</title><style>${STYLE}</style></head><body>\n`;
  if (nav)
    yield `<nav aria-label="Lantern" class="back"><a href="${esc(nav.jobHref)}">Back to the review</a> <a href="${esc(nav.listHref)}">All reviews</a></nav>\n`;
  yield `<header><h1>Lantern retrospective review</h1><p>${files}. Framework ${esc(s.framework)}. Notes dated ${dateOrDash(s.firstDate)} to ${dateOrDash(s.lastDate)}.</p></header><main>\n`;
  yield (
    '<nav class="toc" aria-labelledby="contents"><h2 id="contents">Contents</h2><ul>' +
    '<li><a href="#summary">Summary</a></li><li><a href="#charts">Charts</a></li>' +
    `<li><a href="#missed">Missed opportunities (${n(s.missedOpportunities)})</a></li><li><a href="#people">People (${n(shown)} with findings)</a></li>` +
    `<li><a href="#bad-rows">Bad rows (${n(s.badRows.count)})</a></li></ul></nav>\n`
  );
  yield '<h2 id="summary">Summary</h2>';
  for (const w of s.warnings ?? []) yield `<div class="note" role="note"><strong>The file’s encoding.</strong> ${esc(w)}</div>`;
  yield '<div class="cards">';
  const card = (value: number, one: string, many: string, cls = '') => `<div class="card${cls}"><b>${n(value)}</b>${esc(value === 1 ? one : many)}</div>`;
  yield (
    card(s.rowsRead, 'row read', 'rows read') +
    card(s.rowsAnalysed, 'note analysed', 'notes analysed') +
    card(s.badRows.count, 'bad row skipped', 'bad rows skipped') +
    card(s.people, 'person', 'people')
  );
  yield (
    card(s.peopleReachingMedium, 'reached medium or above', 'reached medium or above') +
    card(s.peopleReachingHigh, 'reached high', 'reached high') +
    card(s.missedOpportunities, 'missed opportunity', 'missed opportunities', ' missed')
  );
  yield card(s.notesWithReferrals, 'note recording a referral', 'notes recording a referral') + '</div>\n';
  yield `<p class="muted">Read ${esc(formatBytes(bytes))} in ${esc(seconds.toFixed(1))} s${seconds > 0 ? ` (${esc(formatBytes(bytes / seconds))} a second)` : ''}.</p>`;
  yield `<div class="note"><h3>How to read this report</h3><ul><li>${esc(s.assumptions.window)}</li><li>${esc(s.assumptions.ageNote)}</li>`;
  yield `<li>A missed opportunity is a date when a medium or high threshold was first met with no referral, strategy discussion or section 47 enquiry recorded in the notes in the following ${n(s.assumptions.referralFollowUpDays)} days. A referral recorded as declined, refused, rejected, not accepted or progressed, closed with no further action (NFA) or withdrawn, or one only planned or discussed, is not a referral made: the missed opportunity stays open, and a declined referral is shown beside it and on the timeline.</li>`;
  yield `<li>${esc(s.assumptions.detection)}</li><li>Boys are screened the same way as girls: exploitation of boys often shows as going missing, drugs and offending.</li></ul></div>\n`;

  const byWhen = `People by ${months.unit} a medium or high threshold was first met`;
  yield `<h2 id="charts">Charts</h2><div class="chart"><div><h3>${esc(byWhen)}</h3>`;
  yield barChart('chart-months', `${byWhen}${months.unit === 'month' ? ', months with none shown as 0' : ''}`, months.bars);
  yield dataTable('The same figures', [months.unit === 'month' ? 'Month' : 'Year', 'People'], months.bars);
  yield '</div><div><h3>Victim-blaming wording by category</h3>';
  yield barChart('chart-language', 'Victim-blaming wording by category (not counting quoted words)', lang);
  yield dataTable('The same figures (quoted wording not counted)', ['Category', 'Findings'], lang);
  yield '</div></div>\n';

  yield `<h2 id="missed">Missed opportunities (${n(s.missedOpportunities)})</h2>`;
  if (digests.some((d) => d.missed > 0)) {
    yield '<div class="scroll" tabindex="0" role="region" aria-label="Missed opportunities"><table><thead><tr><th>Person</th><th>Date</th><th>Level</th><th>Recorded by (agency, role)</th><th>Indicators</th><th>Referral declined</th><th>Last referral before</th></tr></thead><tbody>';
    // All of them, or whole people by priority (as the sections below) up to limits.missedRows rows; in person_ref order.
    // Each person listed links to a section: shown in full, or a short one (below the full ones).
    const listed = missedToList(digests, limits.missedRows);
    let rows = 0;
    for (const d of digests)
      if (d.missed && (listed === null || listed.has(d))) {
        rows += d.missed;
        if (!refs.has(d.personRef)) briefs.push(d);
        const who = `<a href="#${esc(personAnchor(d.personRef))}">${esc(d.personRef)}</a>`;
        for (const r of d.missedRows) yield `<tr><td>${who}</td>${r}`;
      }
    yield '</tbody></table></div>';
    if (rows < s.missedOpportunities)
      yield `<p class="note">${count(rows, 'missed opportunity is', 'missed opportunities are')} listed: those of the people first by priority (as the sections below), in person reference order. report.json has all ${n(s.missedOpportunities)}.</p>`;
  } else yield '<p>None found.</p>';

  yield `<h2 id="people">People (${n(shown)} with findings of ${n(digests.length)})</h2>`;
  const full = Math.min(shown, limits.sections);
  if (shown > full) {
    const more = briefs.length
      ? ` The next ${count(briefs.length, 'person', 'people')} with missed opportunities listed above ${briefs.length === 1 ? 'has' : 'have'} a short section after them.`
      : '';
    const left = shown - full - briefs.length;
    yield (
      `<p class="note">The first ${n(limits.sections)} people are shown in full (missed opportunities first, then the highest level).${more}` +
      `${left > 0 ? ` ${count(left, 'person', 'people')} with findings ${left === 1 ? 'has' : 'have'} no section here.` : ''} report.json has every person in full.</p>`
    );
  }
  let i = 0;
  for (const p of sections) {
    if (i++ === limits.sections) break;
    yield `${personSection(p)}\n`;
  }
  for (const d of briefs.sort(byPriority)) yield `${briefSection(d)}\n`;

  yield `<h2 id="bad-rows">Bad rows (${n(s.badRows.count)})</h2>`;
  if (s.badRows.count) {
    yield '<table><thead><tr><th>Reason</th><th class="num">Rows</th></tr></thead><tbody>';
    for (const [reason, count] of Object.entries(s.badRows.byReason)) yield `<tr><td>${esc(reason)}</td><td class="num">${n(count)}</td></tr>`;
    yield '</tbody></table><table><thead><tr><th class="num">Line</th><th>Reason</th><th>Value <span class="muted">(a date or a byte only: never text or a name)</span></th></tr></thead><tbody>';
    for (const b of s.badRows.listed)
      yield `<tr><td class="num">${n(b.line)}</td><td>${esc(b.reason)}</td><td>${b.value === undefined ? '' : esc(b.value)}</td></tr>\n`;
    yield '</tbody></table>';
    if (s.badRows.truncated) yield `<p>The first ${n(s.badRows.listed.length)} bad rows are listed.</p>`;
  } else yield '<p>None: every row was read.</p>';
  yield '</main></body></html>\n';
}
