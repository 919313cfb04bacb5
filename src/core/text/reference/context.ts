// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
import { type Context, type ContextDetail, type ContextOptions, otherKindOf } from '../context.ts';
import {
  CONTEXT_TRIGGERS,
  POLARITY_WORDS,
  REPORT_WORDS,
  SAYING_WORDS,
  EXCEPTION_WORDS,
  SUBJECT_ADJECTIVES,
  SUBJECT_ADVERBS,
  SUBJECT_DETERMINERS,
  SUBJECT_PRONOUNS,
  type Trigger,
} from '../context-triggers.ts';
import { isHeadingDate, isOpeningDateStamp } from '../date-stamp.ts';
import { compilePatterns, type PhraseMatch } from './matcher.ts';
import type { Token } from './tokenize.ts';

// ConText (Harkema, Dowling, Thornblade & Chapman 2009, J Biomed Inform 42:839), the successor of NegEx (Chapman et
// al. 2001), adapted to safeguarding case-note wording (issue 4 §2): a finding is negated, hypothetical, historical or
// about another person when a trigger governs it. Pre-triggers govern words after them, post-triggers words before
// them, up to a terminator ("but", "however" ...), the end of the sentence, or the trigger's own window in tokens
// (case notes run long sentences together, so every scope is bounded: this also keeps the cost linear).

const TRIGGER_MATCHER = compilePatterns(CONTEXT_TRIGGERS);
const MAX_SCOPE = CONTEXT_TRIGGERS.reduce((m, e) => Math.max(m, e.value.scope), 0);
const MAX_TRIGGER_LEN = 8;

type Accepted = { trigger: Trigger; s: number; e: number; year?: number };
type SentenceAnalysis = {
  triggers: Accepted[]; // sorted by start token (absolute indices)
  termStarts: number[]; // sorted token indices where a terminator starts (not the negation-only ones)
  negStarts: number[]; // the same with the negation-only terminators (Review 23C: they end only negation)
  clauseStarts: number[]; // the same for terminators that also end the subject (not `keepsSubject`)
  blockStarts: number[]; // sorted token indices where a blocker starts
  start: number; // the sentence's first token
};

// Words that give a finding its own polarity (a trigger running into it does not govern it), and words before a person
// at the start of a sentence that keep the person its subject. The same lists as context.ts.
const POLARITY = new Set(POLARITY_WORDS);
const DETERMINERS = new Set(SUBJECT_DETERMINERS);
const REPORTS = new Set(REPORT_WORDS);
// The sentence's subject reaches further (context.ts SUBJECT_SCOPE).
const SUBJECT_SCOPE = 12;
const ADJECTIVES = new Set(SUBJECT_ADJECTIVES);
const ADVERBS = new Set(SUBJECT_ADVERBS);

// Per token array, per sentence number. Sentence numbers are unique within one tokenize() result.
const cache = new WeakMap<readonly Token[], Map<number, SentenceAnalysis>>();

function sentenceBounds(tokens: readonly Token[], i: number): [number, number] {
  const s = tokens[i]!.sentence;
  let a = i;
  while (a > 0 && tokens[a - 1]!.sentence === s) a--;
  let b = i + 1;
  while (b < tokens.length && tokens[b]!.sentence === s) b++;
  return [a, b];
}

function parseYear(norm: string): number | undefined {
  if (norm.length !== 4) return undefined;
  const y = Number(norm);
  return Number.isInteger(y) && y >= 1990 && y <= 2099 ? y : undefined;
}

function analyse(tokens: readonly Token[], a: number, b: number): SentenceAnalysis {
  // Match offsets below are made sentence-relative, as the masking array is per sentence.
  const matches: PhraseMatch<Trigger>[] = TRIGGER_MATCHER.matchRange(tokens, a, b).map((m) => ({
    ...m,
    startToken: m.startToken - a,
    endToken: m.endToken - a,
  }));
  // Longest first: a longer trigger masks every strictly shorter trigger it overlaps (pseudo-triggers work this way).
  const order = matches
    .map((_, k) => k)
    .sort((x, y) => matches[y]!.endToken - matches[y]!.startToken - (matches[x]!.endToken - matches[x]!.startToken) || x - y);
  const cover = new Int32Array(b - a); // longest accepted trigger covering each token
  const coverBlock = new Int32Array(b - a); // the same, of pseudo-triggers and blockers only
  const coverPerson = new Int32Array(b - a); // the same, of pseudo-triggers, blockers and other persons
  const triggers: Accepted[] = [];
  for (const k of order) {
    const m = matches[k]!;
    const len = m.endToken - m.startToken;
    // A pronoun is masked only by a pseudo-trigger or a longer blocker (context.ts).
    const blocks = m.value.kind === 'blocker' || m.value.kind === 'pseudo';
    // Nor another person by a longer trigger of another kind (context.ts, session 21).
    const against = m.value.pronoun === true ? coverBlock : m.value.kind === 'other' ? coverPerson : cover;
    let masked = false;
    for (let j = m.startToken; j < m.endToken; j++) {
      if (against[j]! > len) {
        masked = true;
        break;
      }
    }
    if (masked) continue;
    for (let j = m.startToken; j < m.endToken; j++) if (cover[j]! < len) cover[j] = len;
    if (blocks) for (let j = m.startToken; j < m.endToken; j++) if (coverBlock[j]! < len) coverBlock[j] = len;
    if (blocks || m.value.kind === 'other') for (let j = m.startToken; j < m.endToken; j++) if (coverPerson[j]! < len) coverPerson[j] = len;
    if (m.value.kind === 'pseudo') continue;
    const acc: Accepted = { trigger: m.value, s: m.startToken + a, e: m.endToken + a };
    if (m.value.kind === 'year') {
      const year = parseYear(tokens[m.endToken - 1 + a]!.norm);
      if (year === undefined || isOpeningDateStamp((i) => tokens[i]!.norm, a, m.endToken - 1 + a)) continue;
      acc.year = year;
      // A bare year is kept only for the current-year rule; "in 2019" is historical on its own.
      if (len === 1) acc.trigger = { ...m.value, scope: -1 };
    }
    triggers.push(acc);
  }
  triggers.sort((x, y) => x.s - y.s || x.e - y.e);
  const termStarts: number[] = [];
  const negStarts: number[] = [];
  const clauseStarts: number[] = [];
  const blockStarts: number[] = [];
  for (const tr of triggers) {
    if (tr.trigger.kind === 'terminator') {
      negStarts.push(tr.s);
      if (tr.trigger.negationOnly === true) continue;
      termStarts.push(tr.s);
      if (tr.trigger.keepsSubject !== true) clauseStarts.push(tr.s);
    } else if (tr.trigger.kind === 'blocker') blockStarts.push(tr.s);
  }
  return { triggers, termStarts, negStarts, clauseStarts, blockStarts, start: a };
}

function getAnalysis(tokens: readonly Token[], i: number): SentenceAnalysis {
  let perTokens = cache.get(tokens);
  if (!perTokens) cache.set(tokens, (perTokens = new Map<number, SentenceAnalysis>()));
  const sentence = tokens[i]!.sentence;
  let an = perTokens.get(sentence);
  if (!an) {
    const [a, b] = sentenceBounds(tokens, i);
    perTokens.set(sentence, (an = analyse(tokens, a, b)));
  }
  return an;
}

// Is there a value v in sorted xs with lo <= v < hi?
function anyIn(xs: readonly number[], lo: number, hi: number): boolean {
  if (lo >= hi || xs.length === 0) return false;
  let l = 0;
  let r = xs.length;
  while (l < r) {
    const m = (l + r) >>> 1;
    if (xs[m]! < lo) l = m + 1;
    else r = m;
  }
  return l < xs.length && xs[l]! < hi;
}

function firstStartAtLeast(trs: readonly Accepted[], lo: number): number {
  let l = 0;
  let r = trs.length;
  while (l < r) {
    const m = (l + r) >>> 1;
    if (trs[m]!.s < lo) l = m + 1;
    else r = m;
  }
  return l;
}

/** Context with the kind of other person, for mapping a finding to a familial code. */
export function contextDetail(tokens: readonly Token[], startToken: number, endToken: number, opts: ContextOptions = {}): ContextDetail {
  const result: ContextDetail = { negated: false, hypothetical: false, historical: false, experiencer: 'child', otherKind: null };
  const n = tokens.length;
  if (n === 0 || !(startToken >= 0 && startToken < n)) return result;
  const s = startToken;
  const e = Math.max(s + 1, Math.min(endToken, n));
  const an = getAnalysis(tokens, s);
  const { triggers, termStarts, negStarts, clauseStarts, blockStarts } = an;
  // A record's heading ("Carer's diary:", "Mum:"): its person is not the subject, which starts after it.
  const header = opts.header !== undefined && opts.header > an.start && opts.header <= s ? opts.header : -1;
  const start = header >= 0 ? header : an.start;
  const dated = header >= 0 ? header : opts.datedHeading !== undefined && opts.datedHeading > an.start && opts.datedHeading <= s ? opts.datedHeading : -1;
  // A reporting verb that opens a longer finding stops the person before it in "X reported Y missing" (context.ts).
  const blockTo =
    e - s >= 3 && SAYING_WORDS.includes(tokens[s]!.norm) && SUBJECT_PRONOUNS.includes(tokens[s + 1]!.norm)
      ? s + 2
      : e - s >= 3 && REPORTS.has(tokens[s]!.norm) && tokens.slice(s + 2, e).some((t) => t.norm === 'missing')
        ? s + 1
        : s;
  // A finding that opens with a word of exception is not governed by the negation or person before it (context.ts).
  const exception = EXCEPTION_WORDS.includes(tokens[s]!.norm);
  let nearestOther: Accepted | undefined;
  const from = firstStartAtLeast(triggers, s - MAX_SCOPE - MAX_TRIGGER_LEN);
  for (let k = from; k < triggers.length; k++) {
    const tr = triggers[k]!;
    if (tr.s > e + MAX_SCOPE) break;
    const { kind, dir, scope } = tr.trigger;
    if (tr.s >= s && tr.e <= e) {
      // Inside the finding: part of its own wording, unless an intention or possibility opens it.
      if (tr.s === s && tr.e < e && kind === 'hypothetical' && dir === 'pre') result.hypothetical = true;
      // Round 29: … or a modal of possibility and "be"/"have" after its subject ("the olders could be supplying him").
      if (
        kind === 'hypothetical' &&
        tr.s > s &&
        tr.s <= s + 4 &&
        tr.s + 1 < e &&
        ['may', 'might', 'could'].includes(tokens[tr.s]!.norm) &&
        ['be', 'have'].includes(tokens[tr.s + 1]!.norm)
      )
        result.hypothetical = true;
      continue;
    }
    if (kind === 'terminator' || kind === 'blocker') continue;
    if (tr.e > s && tr.s < e) {
      // Runs into the finding: governs it unless it is a person or the shared words hold a negation of the finding's own.
      // A relative owning up to what they do takes in the finding's verb and still governs it (Trigger.ownsVerb).
      if (kind === 'other' && (tr.s >= s || tr.trigger.ownsVerb !== true)) continue;
      let polar = false;
      if (kind !== 'other') for (let t = Math.max(s, tr.s); t < Math.min(e, tr.e); t++) if (POLARITY.has(tokens[t]!.norm)) polar = true;
      if (polar) continue;
    }
    let governs = false;
    if (tr.s < s) {
      if (exception && (kind === 'other' || kind === 'negation')) continue;
      const end = Math.min(tr.e, s);
      if (kind === 'other') {
        if (tr.e <= header) continue;
        const subject =
          tr.s === start ||
          (tr.s === start + 1 && (DETERMINERS.has(tokens[start]!.norm) || tokens[start]!.norm.endsWith("'s"))) ||
          (tr.s === start + 2 && DETERMINERS.has(tokens[start]!.norm) && ADJECTIVES.has(tokens[start + 1]!.norm));
        // A relative clause straight after the person is about them.
        const from = tokens[end]?.norm === 'who' ? end + 1 : end;
        const adverbs = s > end && s - end <= 2 && tokens.slice(end, s).every((t) => ADVERBS.has(t.norm));
        governs =
          dir === 'pre' &&
          s - end <= (subject ? SUBJECT_SCOPE : scope) &&
          (adverbs || !anyIn(subject ? clauseStarts : termStarts, from, s)) &&
          !anyIn(blockStarts, end, blockTo);
        if (governs && (!nearestOther || tr.e > nearestOther.e)) nearestOther = tr;
        continue;
      }
      governs = (dir === 'pre' || dir === 'both') && s - end <= scope && !anyIn(kind === 'negation' ? negStarts : termStarts, end, s);
    } else {
      const begin = Math.max(tr.s, e);
      governs = (dir === 'post' || dir === 'both') && begin - e <= scope && !anyIn(kind === 'negation' ? negStarts : termStarts, e, begin + 1);
    }
    if (kind === 'year') {
      // A full date in the record's heading is the entry's own date.
      if (tr.e <= dated && isHeadingDate((i) => tokens[i]!.norm, an.start, tr.e - 1)) continue;
      const y = tr.year!;
      // Twelve words either side; a record's own year ("A 2009 health visitor note records ...") reaches further, forwards.
      const reach = tr.s < s ? Math.max(12, tr.trigger.scope) : 12;
      const inScope =
        tr.s < s ? s - Math.min(tr.e, s) <= reach && !anyIn(termStarts, tr.e, s) : Math.max(tr.s, e) - e <= reach && !anyIn(termStarts, e, tr.s + 1);
      if (opts.currentYear !== undefined) {
        if (inScope && y < opts.currentYear) result.historical = true;
      } else if (governs && scope >= 0) {
        result.historical = true;
      }
      continue;
    }
    if (!governs) continue;
    if (kind === 'negation') result.negated = true;
    else if (kind === 'hypothetical') result.hypothetical = true;
    else if (kind === 'historical') result.historical = true;
  }
  if (nearestOther) {
    result.experiencer = 'other';
    result.otherKind = otherKindOf(nearestOther.trigger);
  }
  return result;
}

/** ConText for the finding spanning tokens [startToken, endToken). Never throws; out-of-range spans get the default. */
export function contextOf(tokens: readonly Token[], startToken: number, endToken: number, opts: ContextOptions = {}): Context {
  const { negated, hypothetical, historical, experiencer } = contextDetail(tokens, startToken, endToken, opts);
  return { negated, hypothetical, historical, experiencer };
}
