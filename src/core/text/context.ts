import { compilePatterns } from './matcher.ts';
import { arraysFromTokens, normAt, type Token, type TokenArrays } from './tokenize.ts';
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
} from './context-triggers.ts';
import { isHeadingDate, isOpeningDateStamp } from './date-stamp.ts';
import { internWord } from './vocab.ts';

// ConText (Harkema, Dowling, Thornblade & Chapman 2009, J Biomed Inform 42:839), the successor of NegEx (Chapman et
// al. 2001), adapted to safeguarding case-note wording (issue 4 §2): a finding is negated, hypothetical, historical or
// about another person when a trigger governs it. Pre-triggers govern words after them, post-triggers words before
// them, up to a terminator ("but", "however" ...), the end of the sentence, or the trigger's own window in tokens
// (case notes run long sentences together, so every scope is bounded: this also keeps the cost linear).

export type Context = { negated: boolean; hypothetical: boolean; historical: boolean; experiencer: 'child' | 'other' };

/**
 * Who the other person is, when experiencer is 'other': family/household (maps to familial codes), a sibling or
 * cousin (to familial codes that are not a parent's), a friend or other child (exploitation signs about them are
 * go_peers_exploited, indicators.ts PEER_SIGNS), an unnamed adult
 * ("the men": acts on children stay the child's, indicators.ts ADULT_ACTS) or anyone else.
 */
export type OtherKind = 'family' | 'sibling' | 'adult' | 'peer' | 'nonfamily';

/** The kind of other person an 'other' trigger names. */
export function otherKindOf(t: Trigger): OtherKind {
  return t.sibling ? 'sibling' : t.family ? 'family' : t.adult ? 'adult' : t.peer ? 'peer' : 'nonfamily';
}
export type ContextDetail = Context & { otherKind: OtherKind | null };
/**
 * `header`: the token just after a record's heading that opens the finding's sentence ("Carer's diary:", "Mum:",
 * "Home visit:"; indicators.ts `headerEnd` finds it in the text). A person named in the heading is who wrote or told the
 * note, not the subject of what follows ("Carer's diary: Shay stayed out all night"), and the sentence's subject starts
 * after it.
 *
 * `datedHeading`: the same token when the heading is a relative who stays the subject ("Dad 12/03/2024 14:10: drinking
 * again"): a full date in it is still the entry's own date.
 */
export type ContextOptions = { currentYear?: number; header?: number; datedHeading?: number };

const TRIGGER_MATCHER = compilePatterns(CONTEXT_TRIGGERS);
const MAX_SCOPE = CONTEXT_TRIGGERS.reduce((m, e) => Math.max(m, e.value.scope), 0);
const MAX_TRIGGER_LEN = 8;

// Words that give a finding its own polarity: a trigger running into a finding that holds one of them ("is not" over
// the finding "not attending school") does not govern it; one that runs in with other words does ("no concerns about"
// over the finding "concerns about eating").
const POLARITY_IDS: ReadonlySet<number> = new Set(POLARITY_WORDS.map(internWord));

// Words before a person at the start of a sentence that keep the person its subject ("Her mother", "The family").
const DETERMINER_IDS: ReadonlySet<number> = new Set(SUBJECT_DETERMINERS.map(internWord));
// Another person who opens the sentence stays its subject along the clauses joined to it ("His friend Kaden was
// reported missing from Hull on Saturday and found in Scarborough"), a little further than one named later (8 words):
// not 20, which ran on into "... for possession of cannabis and Tyler has been missing since Sunday".
export const SUBJECT_SCOPE = 12;
const ADJECTIVE_IDS: ReadonlySet<number> = new Set(SUBJECT_ADJECTIVES.map(internWord));
const WHO_ID = internWord('who');
const ADVERB_IDS: ReadonlySet<number> = new Set(SUBJECT_ADVERBS.map(internWord));
const REPORT_IDS: ReadonlySet<number> = new Set(REPORT_WORDS.map(internWord));
const MISSING_ID = internWord('missing');
// Round 29: a possibility inside the finding's words, after its subject ("the olders could be supplying him", "men
// may have given her drugs"): the modal and "be"/"have" straight after it.
const INNER_MODAL_IDS = new Set(['may', 'might', 'could'].map(internWord));
const BE_HAVE_IDS = new Set(['be', 'have'].map(internWord));
const SAYING_IDS: ReadonlySet<number> = new Set(SAYING_WORDS.map(internWord));
const EXCEPTION_IDS: ReadonlySet<number> = new Set(EXCEPTION_WORDS.map(internWord));
const PRONOUN_IDS: ReadonlySet<number> = new Set(SUBJECT_PRONOUNS.map(internWord));

// Does the part [from, to) of a finding hold a polarity word?
function hasPolarity(ids: Int32Array, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (POLARITY_IDS.has(ids[t]!)) return true;
  return false;
}

type Accepted = { trigger: Trigger; s: number; e: number; year: number }; // year: 0 unless kind 'year'
type SentenceAnalysis = {
  triggers: Accepted[]; // sorted by start token (absolute indices)
  termStarts: number[]; // sorted token indices where a terminator starts (not the negation-only ones)
  negStarts: number[]; // the same with the negation-only terminators (Review 23C: they end only negation)
  clauseStarts: number[]; // the same for terminators that also end the subject (not `keepsSubject`)
  blockStarts: number[]; // sorted token indices where a blocker starts
  start: number; // the sentence's first token
};

/**
 * Sentence analyses of one token array, by sentence number (unique within one tokenize/scanText result). Findings come
 * in token order, so the last sentence is checked first; an array by sentence number holds the others only once a
 * second sentence is seen (an array, not a Map: most notes with findings have several sentences, and a Map per note
 * was a measurable share of the allocation).
 */
export type ContextCache = {
  sentence: number;
  last: SentenceAnalysis | null;
  others: (SentenceAnalysis | undefined)[] | null;
  // The trigger matches of the whole scan, when a combined matcher has found them (analyse.ts): its first `count`
  // triples (entry, startToken, endToken), of which entries first + i are TRIGGER_PATTERNS[i]. Null: each sentence
  // analysed runs the trigger matcher itself.
  triples: readonly number[] | null;
  count: number;
  first: number;
};

export function newContextCache(): ContextCache {
  return { sentence: -1, last: null, others: null, triples: null, count: 0, first: 0 };
}

/** The trigger patterns, one entry per CONTEXT_TRIGGERS entry (value: its index): for a combined matcher (analyse.ts). */
export const TRIGGER_PATTERNS: readonly { patterns: readonly string[]; value: number }[] = CONTEXT_TRIGGERS.map((t, i) => ({ patterns: t.patterns, value: i }));

// For the Token[] API: the token arrays and the analyses, per Token array.
const cache = new WeakMap<readonly Token[], { ta: TokenArrays; sentences: ContextCache }>();

function parseYear(norm: string): number | undefined {
  if (norm.length !== 4) return undefined;
  const y = Number(norm);
  return Number.isInteger(y) && y >= 1990 && y <= 2099 ? y : undefined;
}

// A bare year keeps only the current-year rule (scope -1): one copy per trigger value, not one per match.
const bareYears = new Map<Trigger, Trigger>();
function bareYear(t: Trigger): Trigger {
  let b = bareYears.get(t);
  if (b === undefined) bareYears.set(t, (b = { ...t, scope: -1 }));
  return b;
}

// Scratch for analyse (synchronous, not re-entrant): the matches' order by length, and the per-token cover.
let order = new Int32Array(256);
let byLen = new Int32Array(16);
let cover = new Int32Array(256);
let coverBlock = new Int32Array(256);
let coverPerson = new Int32Array(256);

// Shared by every sentence without triggers, terminators or blockers: never modified.
const NONE: number[] = [];
const NO_TRIGGERS: SentenceAnalysis = { triggers: [], termStarts: NONE, negStarts: NONE, clauseStarts: NONE, blockStarts: NONE, start: 0 };

// Scratch: one sentence's trigger matches, taken from a combined matcher's (ContextCache.triples).
const picked: number[] = [];

// The trigger matches of tokens [a, b) (one sentence) in the cache's triples, into `picked`; returns their count. The
// same triples, in the same order, as the trigger matcher run over the sentence: the combined matcher's matches of one
// start token are ordered longest first, then by entry, and the trigger entries keep their order within it.
function pickTriggers(c: ContextCache, a: number, b: number): number {
  const triples = c.triples!;
  let lo = 0;
  let hi = c.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (triples[3 * mid + 1]! < a) lo = mid + 1;
    else hi = mid;
  }
  const first = c.first;
  const last = first + TRIGGER_PATTERNS.length;
  let n = 0;
  for (let k = 3 * lo; k < 3 * c.count && triples[k + 1]! < b; k += 3) {
    const entry = triples[k]!;
    if (entry < first || entry >= last) continue;
    picked[n++] = entry - first;
    picked[n++] = triples[k + 1]!;
    picked[n++] = triples[k + 2]!;
  }
  return n / 3;
}

function analyse(ta: TokenArrays, a: number, b: number, c: ContextCache): SentenceAnalysis {
  const fromCache = c.triples !== null;
  const count = fromCache ? pickTriggers(c, a, b) : TRIGGER_MATCHER.matchTriples(ta, a, b);
  const triples = fromCache ? picked : TRIGGER_MATCHER.triples;
  const values = TRIGGER_MATCHER.values;
  if (count === 0) return NO_TRIGGERS;
  const triggers: Accepted[] = [];
  // Longest first, then match order (a stable counting sort by length): a longer trigger masks every strictly shorter
  // trigger it overlaps (pseudo-triggers work this way).
  let maxLen = 0;
  for (let k = 0; k < count; k++) maxLen = Math.max(maxLen, triples[3 * k + 2]! - triples[3 * k + 1]!);
  if (maxLen + 2 > byLen.length) byLen = new Int32Array(2 * (maxLen + 2));
  if (count > order.length) order = new Int32Array(2 * count);
  for (let l = 0; l < maxLen + 2; l++) byLen[l] = 0;
  for (let k = 0; k < count; k++) byLen[maxLen - (triples[3 * k + 2]! - triples[3 * k + 1]!) + 1]!++;
  for (let l = 1; l <= maxLen + 1; l++) byLen[l]! += byLen[l - 1]!;
  for (let k = 0; k < count; k++) order[byLen[maxLen - (triples[3 * k + 2]! - triples[3 * k + 1]!)]!++] = k;
  if (b - a > cover.length) {
    cover = new Int32Array(2 * (b - a));
    coverBlock = new Int32Array(2 * (b - a));
    coverPerson = new Int32Array(2 * (b - a));
  }
  // The longest accepted trigger covering each token (sentence-relative), and the same of pseudo-triggers and blockers.
  for (let j = 0; j < b - a; j++) cover[j] = coverBlock[j] = coverPerson[j] = 0;
  for (let o = 0; o < count; o++) {
    const k = order[o]!;
    const s = triples[3 * k + 1]!;
    const e = triples[3 * k + 2]!;
    const len = e - s;
    const trigger = values[triples[3 * k]!]!;
    // A pronoun (a new subject) is masked only by a pseudo-trigger or a longer blocker: "Mum is worried she will start
    // drinking" keeps "she" as the subject, inside the longer "worried she will". Other blockers are masked as before
    // ("is suspected of" keeps the brother as the subject of "Her older brother is suspected of carrying a knife").
    // Session 21: nor is another person by a longer trigger of another kind that spans them ("Concern that mum may be
    // drinking again": the hypothetical "concern that ... may" leaves mum the one drinking).
    const against = trigger.pronoun === true ? coverBlock : trigger.kind === 'other' ? coverPerson : cover;
    let masked = false;
    for (let j = s; j < e; j++) {
      if (against[j - a]! > len) {
        masked = true;
        break;
      }
    }
    if (masked) continue;
    for (let j = s; j < e; j++) if (cover[j - a]! < len) cover[j - a] = len;
    if (trigger.kind === 'blocker' || trigger.kind === 'pseudo') for (let j = s; j < e; j++) if (coverBlock[j - a]! < len) coverBlock[j - a] = len;
    if (trigger.kind === 'blocker' || trigger.kind === 'pseudo' || trigger.kind === 'other')
      for (let j = s; j < e; j++) if (coverPerson[j - a]! < len) coverPerson[j - a] = len;
    if (trigger.kind === 'pseudo') continue;
    const acc: Accepted = { trigger, s, e, year: 0 };
    if (trigger.kind === 'year') {
      const year = parseYear(normAt(ta, e - 1));
      if (year === undefined || isOpeningDateStamp((i) => normAt(ta, i), a, e - 1)) continue;
      acc.year = year;
      // A bare year is kept only for the current-year rule; "in 2019" is historical on its own.
      if (len === 1) acc.trigger = bareYear(trigger);
    }
    triggers.push(acc);
  }
  // By start, then end; stable. Insertion sort for the usual handful, the library sort for a long run-on sentence.
  if (triggers.length > 16) triggers.sort(byPosition);
  else {
    for (let i = 1; i < triggers.length; i++) {
      const t = triggers[i]!;
      let m = i;
      for (; m > 0 && byPosition(triggers[m - 1]!, t) > 0; m--) triggers[m] = triggers[m - 1]!;
      triggers[m] = t;
    }
  }
  let termStarts = NONE;
  let negStarts = NONE;
  let clauseStarts = NONE;
  let blockStarts = NONE;
  for (let k = 0; k < triggers.length; k++) {
    const tr = triggers[k]!;
    const kind = tr.trigger.kind;
    if (kind === 'terminator') {
      if (negStarts === NONE) negStarts = [];
      negStarts.push(tr.s);
      if (tr.trigger.negationOnly === true) continue;
      if (termStarts === NONE) termStarts = [];
      termStarts.push(tr.s);
      if (tr.trigger.keepsSubject !== true) {
        if (clauseStarts === NONE) clauseStarts = [];
        clauseStarts.push(tr.s);
      }
    } else if (kind === 'blocker') {
      if (blockStarts === NONE) blockStarts = [];
      blockStarts.push(tr.s);
    }
  }
  return { triggers, termStarts, negStarts, clauseStarts, blockStarts, start: a };
}

function byPosition(x: Accepted, y: Accepted): number {
  return x.s - y.s || x.e - y.e;
}

function getAnalysis(ta: TokenArrays, i: number, perSentence: ContextCache): SentenceAnalysis {
  const sentence = ta.sentence[i]!;
  if (perSentence.sentence === sentence && perSentence.last !== null) return perSentence.last;
  let an = perSentence.others?.[sentence];
  if (an === undefined) {
    const sentences = ta.sentence;
    let a = i;
    while (a > 0 && sentences[a - 1] === sentence) a--;
    let b = i + 1;
    while (b < ta.n && sentences[b] === sentence) b++;
    an = analyse(ta, a, b, perSentence);
  }
  if (perSentence.last !== null) (perSentence.others ??= [])[perSentence.sentence] = perSentence.last;
  perSentence.sentence = sentence;
  perSentence.last = an;
  return an;
}

/** The token arrays of a Token array and its sentence analyses, built once per array (contextOf is called per finding). */
export function arraysAndCache(tokens: readonly Token[]): { ta: TokenArrays; sentences: ContextCache } {
  let c = cache.get(tokens);
  if (!c) cache.set(tokens, (c = { ta: arraysFromTokens(tokens), sentences: newContextCache() }));
  return c;
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
  if (tokens.length === 0 || !(startToken >= 0 && startToken < tokens.length)) {
    return { negated: false, hypothetical: false, historical: false, experiencer: 'child', otherKind: null };
  }
  const { ta, sentences } = arraysAndCache(tokens);
  return contextDetailArrays(ta, startToken, endToken, opts, sentences);
}

/** contextDetail on scanned token arrays (the fast path); `perSentence` caches the trigger analysis of each sentence. */
export function contextDetailArrays(ta: TokenArrays, startToken: number, endToken: number, opts: ContextOptions, perSentence: ContextCache): ContextDetail {
  const result: ContextDetail = { negated: false, hypothetical: false, historical: false, experiencer: 'child', otherKind: null };
  const n = ta.n;
  if (n === 0 || !(startToken >= 0 && startToken < n)) return result;
  const s = startToken;
  const e = Math.max(s + 1, Math.min(endToken, n));
  const an = getAnalysis(ta, s, perSentence);
  const { triggers, termStarts, negStarts, clauseStarts, blockStarts } = an;
  const header = opts.header !== undefined && opts.header > an.start && opts.header <= s ? opts.header : -1;
  const start = header >= 0 ? header : an.start;
  const dated = header >= 0 ? header : opts.datedHeading !== undefined && opts.datedHeading > an.start && opts.datedHeading <= s ? opts.datedHeading : -1;
  // A reporting verb that opens a longer finding stops the person before it: "Mum reported Tom missing" (not "Her sister reported sex with ...").
  let blockTo = s;
  if (e - s >= 3 && REPORT_IDS.has(ta.id[s]!)) for (let t = s + 2; t < e; t++) if (ta.id[t] === MISSING_ID) blockTo = s + 1;
  // Round 26: so does a verb of saying with a pronoun after it, inside the finding ("Mum says he owes someone money").
  if (e - s >= 3 && SAYING_IDS.has(ta.id[s]!) && PRONOUN_IDS.has(ta.id[s + 1]!)) blockTo = s + 2;
  // Session 23: a finding that opens with a word of exception is not governed by the negation or person before it.
  const exception = EXCEPTION_IDS.has(ta.id[s]!);
  let nearestOther: Accepted | undefined;
  const from = firstStartAtLeast(triggers, s - MAX_SCOPE - MAX_TRIGGER_LEN);
  for (let k = from; k < triggers.length; k++) {
    const tr = triggers[k]!;
    if (tr.s > e + MAX_SCOPE) break;
    // A trigger inside the finding is part of its own wording ("did not attend"); one that starts before the finding
    // and runs into it still governs it ("no concerns about" over the finding "concerns about eating"), as one that
    // starts inside it and runs past its end does as a post-trigger. A person who is part of the finding's words is
    // not its subject ("says her boyfriend is 23": the finding is the child's older partner).
    const { kind, dir, scope } = tr.trigger;
    if (tr.s >= s && tr.e <= e) {
      // … except an intention or possibility that opens the finding's words: "planning to meet someone from online".
      if (tr.s === s && tr.e < e && kind === 'hypothetical' && dir === 'pre') result.hypothetical = true;
      // Round 29: … and a modal of possibility after the finding's subject, up to four words in.
      if (kind === 'hypothetical' && tr.s > s && tr.s <= s + 4 && tr.s + 1 < e && INNER_MODAL_IDS.has(ta.id[tr.s]!) && BE_HAVE_IDS.has(ta.id[tr.s + 1]!))
        result.hypothetical = true;
      continue;
    }
    if (kind === 'terminator' || kind === 'blocker') continue;
    if (tr.e > s && tr.s < e && (kind === 'other' ? tr.s >= s || tr.trigger.ownsVerb !== true : hasPolarity(ta.id, Math.max(s, tr.s), Math.min(e, tr.e))))
      continue;
    let governs = false;
    if (tr.s < s) {
      if (exception && (kind === 'other' || kind === 'negation')) continue;
      const end = Math.min(tr.e, s);
      if (kind === 'other') {
        if (tr.e <= header) continue; // who wrote or told the note ("Carer's diary:", "Mum:")
        // The subject at the start of the sentence ("Mum has bipolar disorder and was sectioned", "Her mother now
        // drinks") keeps its clauses joined by "and was", "now" ...; a person named later ("lives with mum and has
        // been self-harming") is an object, and those words end its scope.
        const subject =
          tr.s === start ||
          (tr.s === start + 1 && (DETERMINER_IDS.has(ta.id[start]!) || normAt(ta, start).endsWith("'s"))) ||
          (tr.s === start + 2 && DETERMINER_IDS.has(ta.id[start]!) && ADJECTIVE_IDS.has(ta.id[start + 1]!));
        // A relative clause straight after the person is about them ("caring for his dad, who has severe depression").
        const from = ta.id[end] === WHO_ID ? end + 1 : end;
        // Only words of time or frequency between the person and the finding: the person is its subject (SUBJECT_ADVERBS).
        const adverbs = s > end && s - end <= 2 && ADVERB_IDS.has(ta.id[end]!) && ADVERB_IDS.has(ta.id[s - 1]!);
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
      // Round 26: from the first word after the finding, so that a terminator straight after it ends the scope ("arrived
      // unaccompanied in a lorry and had previously gone missing": the arrival is not the past).
      governs = (dir === 'post' || dir === 'both') && begin - e <= scope && !anyIn(kind === 'negation' ? negStarts : termStarts, e, begin + 1);
    }
    if (kind === 'year') {
      // A full date in the record's heading is the entry's own date ("Chronology 13/03/2024: ...", date-stamp.ts).
      if (tr.e <= dated && isHeadingDate((i) => normAt(ta, i), an.start, tr.e - 1)) continue;
      const y = tr.year;
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
