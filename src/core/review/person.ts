import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import type { LanguageCategory } from '../language/types.ts';
import { type Answer, assess, indicatorsByCode, type PresentSign, scorePresent, type When } from '../screening/assess.ts';
import { atLeast, higher, type RiskLevel } from '../screening/levels.ts';
import { addMonths } from '../screening/schedule.ts';
import type { NoteFacts, NotScoredReason } from './note.ts';
import { isReferralMade } from './referrals.ts';
import { CACHED_DAYS, cachedDayIndex, dayNumber, isoOfDay } from './row.ts';
import { type NoteSource, REASONS, type TableEntries, writeTape } from './tape.ts';

// What a retrospective review says about one person (issue 4 §4): an indicator timeline, the first dates a medium and
// a high threshold would have been met, the victim-blaming wording found, and the missed opportunities.

// The input carries no date of birth. Every screening in a review assumes this age, which keeps the adult-only NRM
// wording out and means the under-13 hard rule (Sexual Offences Act 2003 s.5) cannot fire: the report says so.
export const ASSUMED_AGE = 15;

// SERAF looks back 12 months and counts a sign as current for 6 (shared/SOURCES.md 2c; assess.ts WHEN).
export const CURRENT_MONTHS = 6;
export const LOOKBACK_MONTHS = 12;

// A threshold met with no referral recorded within this many days afterwards is a missed opportunity. 28 days is four
// working weeks: far beyond "immediately" for a high level and the one working day Working Together 2023 gives
// children's social care to decide on a referral, so a later referral is a response to something else, not this.
export const REFERRAL_FOLLOW_UP_DAYS = 28;

export type DatedNote = { day: number; seq: number; facts: NoteFacts; agency?: string; authorRole?: string };

export type IndicatorSeen = { code: string; wording: string; when: When; points: number; seen: string[] };
// One entry per date with a finding. Code lists are sorted, and left out when empty: a review of a million notes has
// about half a million entries, most with one or two signs, and this keeps report.json about a third smaller than one
// object per sign did.
export type TimelineEntry = {
  date: string;
  notes: number;
  level: RiskLevel; // the level a screening from the last 12 months of notes would give on this date
  score: number;
  scored?: string[]; // signs scored, as current
  scoredPast?: string[]; // signs the note itself placed in the past, scored as past
  negated?: string[]; // the rest are shown but not scored (note.ts NOT_SCORED_REASONS)
  hypothetical?: string[];
  other?: string[];
  possible?: string[]; // the classifier's possible signs (note.ts NOT_SCORED_REASONS); absent from reports before 2026-12-02
  referrals?: string[];
};
/** The lists of a timeline entry that hold signs not scored, by reason. */
export const NOT_SCORED_KEYS = ['negated', 'hypothetical', 'other', 'possible'] as const satisfies readonly NotScoredReason[];
export type ThresholdEvent = {
  date: string;
  level: 'medium' | 'high';
  score: number;
  indicators: IndicatorSeen[];
  hardRules: string[];
  referral: { date: string; phrases: string[] } | null; // the first referral recorded within REFERRAL_FOLLOW_UP_DAYS
  // The first referral recorded as declined or not progressed within REFERRAL_FOLLOW_UP_DAYS, when no referral was made
  // (referrals.ts REFERRAL_DECLINED): it does not close the missed opportunity. Absent from reports before 2026-12.
  referralDeclined?: string;
  lastReferralBefore: string | null;
  followUpInData: boolean; // the notes run on for REFERRAL_FOLLOW_UP_DAYS after the date, so an absence is meaningful
  // Who held the notes that met the threshold: the agency and author role of that date's notes with scored signs, in
  // input order, each once. Absent from reports before 2027-01.
  recordedBy?: NoteSource[];
};
export type MissedOpportunity = Omit<ThresholdEvent, 'referral'>;
export type LanguagePhrase = { phrase: string; entryId: string; category: LanguageCategory; count: number; quoted: number; dates: string[] };

export type PersonReview = {
  personRef: string;
  notes: number;
  firstNote: string;
  lastNote: string;
  highestLevel: RiskLevel;
  firstMedium: string | null;
  firstHigh: string | null;
  thresholds: ThresholdEvent[];
  missedOpportunities: MissedOpportunity[];
  referrals: { date: string; phrases: string[] }[];
  language: LanguagePhrase[];
  timeline: TimelineEntry[];
};

const INDICATORS = indicatorsByCode(CURRENT_FRAMEWORK);

// Adds a code to one of a date's lists (each code once), making the list on its first code.
function addTo(list: string[] | undefined, code: string): string[] {
  if (!list) return [code];
  if (!list.includes(code)) list.push(code);
  return list;
}
// Most lists hold one code: those are not handed to sort (a call, and a comparator set up, per list).
const sorted = (list: string[] | undefined) => (list !== undefined && list.length > 1 ? list.sort(codeOrder) : list);

const byDayThenSeq = (a: DatedNote, b: DatedNote) => a.day - b.day || a.seq - b.seq;
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const uniqueSorted = (xs: Iterable<string>) => [...new Set(xs)].sort(codeOrder);
// The day `months` calendar months before `day` (screening/schedule.ts addMonths), computed once per (day, months)
// for the days row.ts caches (a typed array per `months`: a review asks millions of times, for a few thousand days).
const UNSET = -0x80000000;
const MONTHS_BEFORE = new Map<number, Int32Array>();
function monthsBefore(day: number, months: number): number {
  const k = cachedDayIndex(day);
  if (k < 0) return dayNumber(addMonths(isoOfDay(day), -months));
  let cache = MONTHS_BEFORE.get(months);
  if (!cache) MONTHS_BEFORE.set(months, (cache = new Int32Array(CACHED_DAYS).fill(UNSET)));
  let d = cache[k]!;
  if (d === UNSET) cache[k] = d = dayNumber(addMonths(isoOfDay(day), -months));
  return d;
}

// Scratch space reused from one person to the next (a thread reviews one person at a time, start to end): each note's
// place on the tape and its day, in date order, and the scored signs as events (day; code id << 1 | historical). A
// review of a million notes made an object per note and per sign here; these are made once and grow as needed.
let NOTE_AT = new Int32Array(256);
let NOTE_DAY = new Int32Array(256);
let EV_DAY = new Int32Array(1024);
let EV_SIGN = new Int32Array(1024);
// Per code id: the window's signs counted as current and as past.
let CURRENT = new Int32Array(256);
let PAST = new Int32Array(256);
const room = (a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> => (a.length >= n ? a : new Int32Array(Math.max(n, 2 * a.length)));

const whenOfCounts = (current: number, past: number): When => (current > 0 && past > 0 ? 'both' : current > 0 ? 'current' : 'past');

/**
 * SERAF-style answers from the signs in a sliding 12-month window, kept incrementally: each sign enters as current
 * (or past, when the note itself places it in the past), moves to past after 6 months and leaves after 12.
 * `version` changes whenever an answer does (a code enters or leaves, or its current/past/both changes), so a caller
 * can keep a screening until it does. The events are EV_DAY and EV_SIGN[0, events), in date order; the counts are
 * CURRENT and PAST, zero for every code id at the start.
 */
class SignWindow {
  /** The signs in the window as the screening scores them (screening/assess.ts scorePresent), kept with the counts. */
  readonly present = new Map<string, PresentSign>();
  private add = 0;
  private mid = 0;
  private lo = 0;
  version = 0;
  constructor(
    private readonly events: number,
    private readonly codes: readonly string[],
  ) {}

  moveTo(day: number): void {
    const evDay = EV_DAY;
    const evSign = EV_SIGN;
    const current = CURRENT;
    const past = PAST;
    const midDay = monthsBefore(day, CURRENT_MONTHS);
    const loDay = monthsBefore(day, LOOKBACK_MONTHS);
    for (; this.add < this.events && evDay[this.add]! <= day; this.add++) {
      const v = evSign[this.add]!;
      const c = v >> 1;
      if (v & 1 ? past[c]!++ === 0 : current[c]!++ === 0) this.changed(c);
    }
    // loDay < midDay, so every sign leaving the window has already moved to past.
    for (; this.mid < this.add && evDay[this.mid]! < midDay; this.mid++) {
      const v = evSign[this.mid]!;
      if (v & 1) continue;
      const c = v >> 1;
      const noneCurrent = --current[c]! === 0;
      const firstPast = past[c]!++ === 0;
      if (noneCurrent || firstPast) this.changed(c);
    }
    for (; this.lo < this.add && evDay[this.lo]! < loDay; this.lo++) {
      const c = evSign[this.lo]! >> 1;
      if (--past[c]! === 0) this.changed(c);
    }
  }

  // A code's answer changed (it entered or left, or its current/past/both did): a new version, and its present sign.
  private changed(c: number): void {
    this.version++;
    const code = this.codes[c]!;
    const current = CURRENT[c]!;
    const past = PAST[c]!;
    if (current === 0 && past === 0) {
      this.present.delete(code);
      return;
    }
    const when = whenOfCounts(current, past);
    const p = this.present.get(code);
    if (p) p.when = when;
    else {
      const indicator = INDICATORS.get(code);
      if (indicator) this.present.set(code, { indicator, when });
    }
  }

  /** The answers, sorted by code (so that hard-rule triggers come out in the same order whatever order the notes arrived in). */
  answers(): Answer[] {
    const out: Answer[] = [];
    for (let c = 0; c < this.codes.length; c++)
      if (CURRENT[c]! > 0 || PAST[c]! > 0) out.push({ code: this.codes[c]!, status: 'present', when: whenOfCounts(CURRENT[c]!, PAST[c]!) });
    return out.sort((a, b) => codeOrder(a.code, b.code));
  }

  /** The dates each code in the window was seen on. */
  seen(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (let i = this.lo; i < this.add; i++) {
      const code = this.codes[EV_SIGN[i]! >> 1]!;
      const dates = out.get(code) ?? [];
      const iso = isoOfDay(EV_DAY[i]!);
      if (dates[dates.length - 1] !== iso) dates.push(iso);
      out.set(code, dates);
    }
    return out;
  }
}

export type PersonOptions = { lastDayInData: number; age?: number };

// The index of the first of `days` (in date order) on or after `day`, or days.length.
function firstOnOrAfter(days: readonly { day: number }[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A threshold without a referral, as a missed opportunity (built field by field, in the threshold's order: an object
// spread was the slowest line of a person's review).
const missedOf = (t: ThresholdEvent): MissedOpportunity => ({
  date: t.date,
  level: t.level,
  score: t.score,
  indicators: t.indicators,
  hardRules: t.hardRules,
  referralDeclined: t.referralDeclined,
  lastReferralBefore: t.lastReferralBefore,
  followUpInData: t.followUpInData,
  recordedBy: t.recordedBy,
});

// The source id at the end of the note at `at` (tape layout).
function sourceOf(b: Int32Array, at: number): number {
  let i = at + 3 + b[at + 2]!;
  i += 1 + b[i]!;
  i += 1 + b[i]!;
  i += 1 + b[i]!;
  return b[i]!;
}

// The sources of the notes k in [from, to) (date order) with scored signs, or of all of them if none has any.
function sourcesOf(b: Int32Array, noteAt: Int32Array, from: number, to: number, sources: readonly NoteSource[]): NoteSource[] {
  const ids: number[] = [];
  for (let k = from; k < to; k++) if (b[noteAt[k]! + 2]! > 0) ids.push(sourceOf(b, noteAt[k]!));
  if (!ids.length) for (let k = from; k < to; k++) ids.push(sourceOf(b, noteAt[k]!));
  return [...new Set(ids)].map((id) => sources[id]!);
}

// Every phrase of every entry, in one list (a loop: flatMap and spreads cost more than the rest of a person's review).
function phraseList(language: Map<number, LanguagePhrase>): LanguagePhrase[] {
  const out: LanguagePhrase[] = [];
  for (const p of language.values()) out.push(p);
  return out;
}

/** Reviews one person's notes (any order: they are sorted by date, then input order). Pure and deterministic. */
export function reviewPerson(personRef: string, input: readonly DatedNote[], opts: PersonOptions): PersonReview {
  const { data, tables } = writeTape([...input].sort(byDayThenSeq));
  return reviewTape(personRef, data, 0, data.length, tables, opts);
}

// Puts the first n notes of NOTE_AT and NOTE_DAY in date order, keeping the tape's order (input order) within a day.
// Each note is one number, its day then its place (day * 2^26 + k, exact in a double), so that the sort is the typed
// array's own numeric sort, with no comparator called: a person's notes are seldom in date order in the input.
const PLACE = 2 ** 26;
let SORT_KEYS = new Float64Array(256);
function sortNotes(n: number): void {
  const days = NOTE_DAY.slice(0, n);
  const at = NOTE_AT.slice(0, n);
  let min = days[0]!;
  let max = min;
  for (let k = 1; k < n; k++) {
    const d = days[k]!;
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  if (n > PLACE || max - min >= PLACE) {
    // Never in practice (67 million notes, or days 180,000 years apart): the same order by comparison.
    const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => days[x]! - days[y]! || x - y);
    for (let k = 0; k < n; k++) {
      NOTE_AT[k] = at[order[k]!]!;
      NOTE_DAY[k] = days[order[k]!]!;
    }
    return;
  }
  if (SORT_KEYS.length < n) SORT_KEYS = new Float64Array(Math.max(n, 2 * SORT_KEYS.length));
  const keys = SORT_KEYS.subarray(0, n);
  for (let k = 0; k < n; k++) keys[k] = (days[k]! - min) * PLACE + k;
  keys.sort();
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    const from = key % PLACE;
    NOTE_AT[k] = at[from]!;
    NOTE_DAY[k] = days[from]!;
  }
}

/**
 * Reviews one person's notes as they are on a tape (tape.ts layout), b[from, to), with the strings of `t`: the notes
 * in tape order must be in input order (a FactTape is; so is writeTape's output from notes sorted by day and seq).
 * The facts are read from the tape where they are used, not made into objects first.
 */
export function reviewTape(personRef: string, b: Int32Array, from: number, to: number, t: TableEntries, opts: PersonOptions): PersonReview {
  const age = opts.age ?? ASSUMED_AGE;
  const codes = t.codes;
  // The notes and scored signs, counted; then each note's place and day.
  let n = 0;
  let events = 0;
  for (let i = from; i < to; n++) {
    const nScored = b[i + 2]!;
    events += nScored;
    i += 3 + nScored;
    i += 1 + b[i]!;
    i += 1 + b[i]!;
    i += 2 + b[i]!; // referrals, then the source
  }
  NOTE_AT = room(NOTE_AT, n);
  NOTE_DAY = room(NOTE_DAY, n);
  EV_DAY = room(EV_DAY, events);
  EV_SIGN = room(EV_SIGN, events);
  CURRENT = room(CURRENT, codes.length);
  PAST = room(PAST, codes.length);
  CURRENT.fill(0, 0, codes.length);
  PAST.fill(0, 0, codes.length);
  let inOrder = true;
  for (let i = from, k = 0; i < to; k++) {
    NOTE_AT[k] = i;
    const day = b[i]!;
    if (k > 0 && day < NOTE_DAY[k - 1]!) inOrder = false;
    NOTE_DAY[k] = day;
    i += 3 + b[i + 2]!;
    i += 1 + b[i]!;
    i += 1 + b[i]!;
    i += 2 + b[i]!; // referrals, then the source
  }
  if (!inOrder) sortNotes(n);
  const noteAt = NOTE_AT;
  const days = NOTE_DAY;

  const referralDays: { day: number; phrases: string[] }[] = [];
  const declinedDays: number[] = []; // days with a referral declined or not progressed
  // By hit id (one per entry and phrase): the strings come from the review's tables, so no key is built per hit.
  const language = new Map<number, LanguagePhrase>();
  for (let k = 0, e = 0; k < n; k++) {
    const day = days[k]!;
    let i = noteAt[k]! + 2;
    for (let m = b[i++]!; m > 0; m--) {
      EV_DAY[e] = day;
      EV_SIGN[e++] = b[i++]!;
    }
    i += 1 + b[i]!; // signs shown, not scored
    const nLanguage = b[i++]!;
    const languageAt = i;
    i += nLanguage;
    const nReferrals = b[i++]!;
    if (nReferrals) {
      // Only a referral made closes a threshold; a declined one is kept apart (and shown on the timeline).
      let made: string[] | null = null;
      let declined = false;
      for (let r = 0; r < nReferrals; r++) {
        const id = t.referrals[b[i + r]!]!;
        if (isReferralMade(id)) (made ??= []).push(id);
        else declined = true;
      }
      if (declined && declinedDays[declinedDays.length - 1] !== day) declinedDays.push(day);
      const last = referralDays[referralDays.length - 1];
      if (made === null) {
        // nothing made on this note
      } else if (last?.day === day) last.phrases = uniqueSorted([...last.phrases, ...made]);
      else referralDays.push({ day, phrases: uniqueSorted(made) });
    }
    for (let h = 0; h < nLanguage; h++) {
      const v = b[languageAt + h]!;
      let p = language.get(v >> 1);
      if (!p) {
        const hit = t.hits[v >> 1]!;
        language.set(v >> 1, (p = { phrase: hit.phrase, entryId: hit.entryId, category: hit.category, count: 0, quoted: 0, dates: [] }));
      }
      // Wording inside quotation marks records what someone said: listed, not counted against the author.
      if (v & 1) p.quoted++;
      else p.count++;
      // Notes come in date order: the phrase's last date is the only one this note's date can repeat (isoOfDay's strings).
      const iso = isoOfDay(day);
      if (p.dates[p.dates.length - 1] !== iso) p.dates.push(iso);
    }
  }

  const window = new SignWindow(events, codes);
  const timeline: TimelineEntry[] = [];
  const thresholds: ThresholdEvent[] = [];
  let highest: RiskLevel = 'none';
  let firstMedium: string | null = null;
  let firstHigh: string | null = null;
  // The screening of the window, kept until the window's answers change.
  let screenedAt = -1;
  let level: RiskLevel = 'none';
  let score = 0;
  for (let i = 0; i < n;) {
    const day = days[i]!;
    const dayFrom = i;
    let j = i;
    let scored: string[] | undefined, scoredPast: string[] | undefined, referrals: string[] | undefined;
    let negated: string[] | undefined, hypothetical: string[] | undefined, other: string[] | undefined, possible: string[] | undefined;
    let found = 0;
    for (; j < n && days[j] === day; j++) {
      let at = noteAt[j]! + 2;
      let m = b[at++]!;
      found += m;
      for (; m > 0; m--) {
        const v = b[at++]!;
        if (v & 1) scoredPast = addTo(scoredPast, codes[v >> 1]!);
        else scored = addTo(scored, codes[v >> 1]!);
      }
      m = b[at++]!;
      found += m;
      for (; m > 0; m--) {
        const v = b[at++]!;
        const code = codes[v >> 2]!;
        const reason = REASONS[v & 3]!;
        switch (reason) {
          case 'negated':
            negated = addTo(negated, code);
            break;
          case 'hypothetical':
            hypothetical = addTo(hypothetical, code);
            break;
          case 'other':
            other = addTo(other, code);
            break;
          case 'possible':
            possible = addTo(possible, code);
            break;
          default:
            // A new reason needs its own list (TimelineEntry) and its label in report.html.
            reason satisfies never;
        }
      }
      at += 1 + b[at]!; // wording
      m = b[at++]!;
      found += m;
      for (; m > 0; m--) referrals = addTo(referrals, t.referrals[b[at++]!]!);
    }
    const count = j - i;
    i = j;
    window.moveTo(day);
    if (found === 0) continue;
    // The level and score only (screening/assess.ts scorePresent, the arithmetic of `assess` on the window's own map): a review screens every
    // date with a finding, about one in two notes. The full assessment is made on the dates a threshold is met.
    if (window.version !== screenedAt) {
      ({ level, score } = scorePresent(age, window.present));
      screenedAt = window.version;
    }
    const iso = isoOfDay(day);
    // One object shape for every entry (absent lists are undefined, which JSON leaves out).
    timeline.push({
      date: iso,
      notes: count,
      level,
      score,
      scored: sorted(scored),
      scoredPast: sorted(scoredPast),
      negated: sorted(negated),
      hypothetical: sorted(hypothetical),
      other: sorted(other),
      possible: sorted(possible),
      referrals: sorted(referrals),
    });
    highest = higher(highest, level);
    // The level only rises on a date with a new scored sign (signs age out, they never age in), so evaluating on the
    // dates with findings finds the first medium and the first high exactly.
    const reachedMedium = firstMedium === null && atLeast(level, 'medium');
    const reachedHigh = firstHigh === null && level === 'high';
    if (!reachedMedium && !reachedHigh) continue;
    if (reachedMedium) firstMedium = iso;
    if (reachedHigh) firstHigh = iso;
    const a = assess(CURRENT_FRAMEWORK, { age, answers: window.answers() });
    const seen = window.seen();
    // referralDays is in date order: the first on or after this date is the one a referral within the follow-up would be.
    const k = firstOnOrAfter(referralDays, day);
    const after = k < referralDays.length && referralDays[k]!.day <= day + REFERRAL_FOLLOW_UP_DAYS ? referralDays[k] : undefined;
    const before = k > 0 ? referralDays[k - 1] : undefined;
    const declined = after ? undefined : declinedDays.find((d) => d >= day && d <= day + REFERRAL_FOLLOW_UP_DAYS);
    thresholds.push({
      date: iso,
      level: reachedHigh ? 'high' : 'medium',
      score: a.score,
      indicators: a.reasons.map((r) => ({ code: r.code, wording: r.wording, when: r.when, points: r.points, seen: seen.get(r.code) ?? [] })),
      hardRules: a.hardRules.map((h) => h.id),
      referral: after ? { date: isoOfDay(after.day), phrases: after.phrases } : null,
      referralDeclined: declined === undefined ? undefined : isoOfDay(declined), // undefined: left out of report.json
      lastReferralBefore: before ? isoOfDay(before.day) : null,
      followUpInData: opts.lastDayInData >= day + REFERRAL_FOLLOW_UP_DAYS,
      recordedBy: sourcesOf(b, noteAt, dayFrom, j, t.sources),
    });
  }

  return {
    personRef,
    notes: n,
    firstNote: isoOfDay(n ? days[0]! : 0),
    lastNote: isoOfDay(n ? days[n - 1]! : 0),
    highestLevel: highest,
    firstMedium,
    firstHigh,
    thresholds,
    missedOpportunities: thresholds.filter((t) => t.referral === null).map(missedOf),
    referrals: referralDays.map((r) => ({ date: isoOfDay(r.day), phrases: r.phrases })),
    language: phraseList(language).sort(
      (x, y) => y.count + y.quoted - (x.count + x.quoted) || codeOrder(x.phrase, y.phrase) || codeOrder(x.entryId, y.entryId),
    ),
    timeline,
  };
}
