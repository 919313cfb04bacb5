import { compilePatterns } from '../text/matcher.ts';
import { arraysAndCache, type ContextCache, contextDetailArrays, newContextCache } from '../text/context.ts';
import { compileCues, type CompiledCues, findCueHits, requiresMet, vetoed } from '../text/cues.ts';
import { internWord } from '../text/vocab.ts';
import { commaAfter, newTokenArrays, normAt, quoteSpans, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { CRITICISM_CUES, EXPLOITATION_CONTEXT_CUES, LEXICON } from './lexicon.ts';
import { enclosingQuote, indexQuotes, insideQuote, type QuoteIndex, scareQuoted, withExtraQuotes } from './quotes.ts';
import { LANGUAGE_SOURCES } from './sources.ts';
import { QUOTED_BLAME_SEQUELS, QUOTED_JUSTIFICATION } from './lexicon-round37.ts';
import { victimFramed } from './victim-frame.ts';
import {
  ADULT_RELATIVE_WORDS,
  ADULT_SUBJECT_WORDS,
  CONTEXT_IN_SENTENCE_WINDOW,
  ADULT_GAP_WORDS,
  ADULT_MODIFIER_WORDS,
  ADULT_OPENING_DETERMINER_WORDS,
  ADULT_SEX_WORDS,
  BARE_ADULT_SUBJECT_WORDS,
  DENIAL_WORDS,
  HEADING_CHILD_WORDS,
  HEADING_DETERMINER_WORDS,
  HEADING_EPISODE_WORDS,
  HEADING_PRONOUN_WORDS,
  HEADING_RECORD_WORDS,
  WRITER_ROLE_WORDS,
  isAdultAge,
  isAdultNumber,
  AGE_YEAR_WORDS,
  COPULA_FILLER_WORDS,
  COPULA_WORDS,
  DECADE_WORDS,
  DEFAULT_WINDOW,
  type LanguageCategory,
  type LanguageFinding,
  type LexiconEntry,
  NEXT_CLAUSE_CRITICISM,
  NEXT_CLAUSE_NAMES_HARM,
  NEXT_CLAUSE_AMENDED,
  ATTRIBUTION_WORDS,
  ATTRIBUTION_REACH,
  PARENT_DETERMINER_WORDS,
  PARENT_GAP_WORDS,
  PARENT_POSSESSIVE_WORDS,
  PARTNER_WORDS,
  POSSESSOR_ADULT_WORDS,
  POSSESSOR_FEMALE_WORDS,
  POSSESSOR_MALE_WORDS,
  POSSESSOR_STOP_WORDS,
  LABEL_VERB_WORDS,
  REPORTING_VERB_WORDS,
  SPEAKER_FEMALE_WORDS,
  SPEAKER_MALE_WORDS,
  ADULT_SPEAKER_WORDS,
  NOUN_VERB_WORDS,
  NOUN_DETERMINER_WORDS,
  ANIMAL_WORDS,
  RELATIVE_STOP_WORDS,
  ADULT_ROLE_WORDS,
  TITLE_WORDS,
  ROLE_GAP_WORDS,
  ADULT_OWNER_WORDS,
  AGED_OPENER_WORDS,
  AGED_PERSON_WORDS,
  AGED_SUBJECT_STOP_WORDS,
  AGED_OTHER_PERSON_WORDS,
  CHILD_MARKER_WORDS,
  CONTRAST_WORDS,
  CONTRAST_SUBJECT_WORDS,
} from './types.ts';

// The victim-blaming language checker (issue 4, part 1). Pure: it runs on the server and in the browser.
// The lexicon patterns are one compiled matcher, run over the whole note. Context cues (requiresNear/unlessNear) are
// tested only around candidate matches that have a condition: one-word cues by looking at the window's tokens,
// phrase cues with a second matcher over the merged windows. Most notes raise no candidate, so their cost is one
// walk of the lexicon trie.

type CompiledEntry = { entry: LexiconEntry; hasRequires: boolean; sourceTitle: string };

// The cues (core/text/cues.ts: one-token cues by looking at the window's tokens, phrase cues with a matcher over the
// merged windows) are compiled with the lexicon's entry indices as spec indices.
function compileLexicon(lexicon: readonly LexiconEntry[]) {
  const entries: CompiledEntry[] = lexicon.map((entry) => {
    const source = (LANGUAGE_SOURCES as Readonly<Record<string, { title: string } | undefined>>)[entry.source];
    if (!source) throw new Error(`Lexicon entry "${entry.id}" cites unknown source "${entry.source}"`);
    return { entry, hasRequires: (entry.requiresNear ?? []).length > 0, sourceTitle: source.title };
  });
  return {
    entries,
    cues: compileCues(lexicon, DEFAULT_WINDOW),
    // EXPLOITATION_CONTEXT_CUES anywhere in the sentence, for the entries that take them (types.ts contextInSentence).
    sentenceCues: compileCues(
      lexicon.map((e) => (e.contextInSentence ? { requiresNear: EXPLOITATION_CONTEXT_CUES, window: CONTEXT_IN_SENTENCE_WINDOW } : {})),
      DEFAULT_WINDOW,
    ),
    // A writer criticising the wording they report (CRITICISM_CUES) anywhere in the sentence: no finding there. One spec
    // for every entry (index 0), phrase cues included.
    criticism: compileCues([{ unlessNear: CRITICISM_CUES, window: CONTEXT_IN_SENTENCE_WINDOW }], DEFAULT_WINDOW),
    entryMatcher: compilePatterns(entries.map((e, i) => ({ patterns: e.entry.patterns, value: i }))),
  };
}

const COMPILED = compileLexicon(LEXICON);
// The sentence-wide cues are tested word by word only (their phrase hits are never looked up here, nor in reference/):
// a phrase among them would silently never match, so it fails at module load instead.
if (COMPILED.sentenceCues.phraseCues.length > 0)
  throw new Error(
    `EXPLOITATION_CONTEXT_CUES must be single words (with | alternatives and word*), not phrases: ${COMPILED.sentenceCues.phraseCues.map((c) => c.patterns.join(' / ')).join('; ')}`,
  );
// 1 for the entries that hold only inside quotation marks ('required', 'scare'; 'sufficient' may hold without).
const NEEDS_QUOTES = Uint8Array.from(COMPILED.entries, (e) => (e.entry.quoted === 'required' || e.entry.quoted === 'scare' ? 1 : 0));

const SCRATCH = newTokenArrays(1024);

// labelFrame (types.ts): "is", "was", "seems", "presents as" … right before the label, with at most two words such as
// "a", "very", "quite" between: the label is hung on the subject of the sentence.
const COPULA = new Set(COPULA_WORDS.map(internWord));
const COPULA_FILLERS = new Set(COPULA_FILLER_WORDS.map(internWord));

function afterCopula(ta: TokenArrays, s: number): boolean {
  const sentence = ta.sentence[s];
  let t = s - 1;
  for (let skipped = 0; t >= 0 && skipped < 2 && ta.sentence[t] === sentence && COPULA_FILLERS.has(ta.id[t]!); skipped++) t--;
  return t >= 0 && ta.sentence[t] === sentence && COPULA.has(ta.id[t]!);
}

/** Check a note for victim-blaming wording. Offsets are UTF-16 code units of `text`. */
export function checkLanguage(text: string): LanguageFinding[] {
  return checkLanguageArrays(text, scanText(text, SCRATCH), null);
}

/**
 * For each span of `text` found by other means (the sentence classifier's possible findings, classifier.ts), by start:
 * whether the context rules that silence the lexicon's own wording would silence it: the writer criticising it in its
 * clause or the next, or, for a choice or an offence, an adult or a parent opening the sentence as its subject. Outside
 * quotation marks only, as for the lexicon. One scan of the note for all the spans.
 */
export function silencedByContext(text: string, spans: readonly { start: number; end: number; category: LanguageCategory }[]): boolean[] {
  if (spans.length === 0) return [];
  const ta = scanText(text, SCRATCH);
  while (candS.length < spans.length) growCandidates();
  let s = 0;
  spans.forEach((span, k) => {
    while (s > 0 && ta.end[s - 1]! > span.start) s--; // spans by start: rarely back
    while (s < ta.n && ta.end[s]! <= span.start) s++;
    let e = s;
    while (e < ta.n && ta.start[e]! < span.end) e++;
    candS[k] = s;
    candE[k] = e;
  });
  findCueHits(COMPILED.criticism, ta, criticismSpec, candS, candE, spans.length);
  let quotes: QuoteIndex | null = null;
  return spans.map((span, k) => {
    const [s, e] = [candS[k]!, candE[k]!];
    if (e === s) return false;
    // The model's span may hold the sentence's subject itself ("perpetrator is a known gang member"): the subject test
    // starts after it.
    let w = s;
    while (w + 1 < e && (ADULT_NOUNS.has(ta.id[w]!) || PARENT_NOUNS.has(ta.id[w]!))) w++;
    const silenced =
      criticismNear(text, ta, s, e) ||
      criticisedNext(ta, s, e, () => false) ||
      ((span.category === 'implies_consent' || span.category === 'criminalises_child') && adultIsSubject(text, ta, w, e, freshCache()));
    return silenced && !insideQuote((quotes ??= quoteIndex(text, ta, null)), span.start, span.end);
  });
}

/**
 * The same check over tokens and quote spans that the caller already has (a combined scanner tokenizes once).
 * `tokens` must come from `tokenize(text)` and `quotes` from `quoteSpans(text)`.
 */
export function checkLanguageTokens(text: string, tokens: readonly Token[], quotes: readonly (readonly [number, number])[]): LanguageFinding[] {
  return checkLanguageArrays(text, arraysAndCache(tokens).ta, () => quotes);
}

/**
 * The cue sets whose phrase cues `checkLanguageTriples` looks for (`findCueHits`): the entries' own and the criticism
 * cues, for a combined matcher that finds them in its own walk (analyse.ts, cues.ts `beginPrefill`).
 */
export const LANGUAGE_CUE_SETS: readonly CompiledCues[] = [COMPILED.cues, COMPILED.criticism];

/** The lexicon's patterns, one entry per lexicon entry (value: its index): for a combined matcher (analyse.ts). */
export const LEXICON_PATTERNS: readonly { patterns: readonly string[]; value: number }[] = COMPILED.entries.map((e, i) => ({
  patterns: e.entry.patterns,
  value: i,
}));

/** The check over scanned token arrays (core/text/tokenize.ts `scanText`). `quotes` (null: quoteSpans) is called only when needed. */
export function checkLanguageArrays(text: string, ta: TokenArrays, quotes: (() => readonly (readonly [number, number])[]) | null): LanguageFinding[] {
  const count = COMPILED.entryMatcher.matchTriples(ta, 0, ta.n);
  return checkLanguageTriples(text, ta, COMPILED.entryMatcher.triples, count, 0, quotes);
}

// Scratch (synchronous, not re-entrant): the candidates as parallel arrays (lexicon index, start and end token, start
// and end offset), the kept ones by candidate number, and the tokens taken by a finding (taken[t] === call: taken in
// this call, so nothing is cleared between calls).
let candEntry = new Int32Array(64);
let candS = new Int32Array(64);
let candE = new Int32Array(64);
let candStart = new Int32Array(64);
let candEnd = new Int32Array(64);
let kept = new Int32Array(64);
// Spec 0 of COMPILED.criticism for every candidate (all zeros), so that its phrase cues are found like the entries' own.
let criticismSpec = new Int32Array(64);
let taken = new Int32Array(1024);
let call = 0;

function growCandidates(): void {
  const g = (a: Int32Array) => {
    const b = new Int32Array(2 * a.length);
    b.set(a);
    return b;
  };
  candEntry = g(candEntry);
  kept = g(kept);
  criticismSpec = new Int32Array(kept.length);
  candS = g(candS);
  candE = g(candE);
  candStart = g(candStart);
  candEnd = g(candEnd);
}

/**
 * The check from a matcher's triples (entry, startToken, endToken) over `ta` (the fast path: analyse.ts runs one
 * matcher for the indicators, the lexicon and the ConText triggers): entries `first` + lexicon index are lexicon entries,
 * the others are skipped. `quotes` (quoteSpans by default) is called only when needed: it is a second pass over the text.
 * `context`: the scan's ConText cache when the caller has one (analyse.ts: its sentences' triggers come from the same
 * walk), else each sentence asked about runs the trigger matcher.
 */
export function checkLanguageTriples(
  text: string,
  ta: TokenArrays,
  triples: readonly number[],
  count: number,
  first: number,
  quotes: (() => readonly (readonly [number, number])[]) | null = null,
  context: ContextCache | null = null,
): LanguageFinding[] {
  let n = 0;
  // No quotation mark in the note (the scan saw none, and the caller gave no spans of its own): an entry that needs
  // quotes ('required', 'scare': common words such as "friend" or "work") can never hold, so it is dropped here, before
  // the cue checks. The other candidates' outcomes do not depend on it.
  const noQuotes = quotes === null && !ta.quoteMarks;
  const nEntries = COMPILED.entries.length;
  for (let k = 0; k < 3 * count; k += 3) {
    const entry = triples[k]! - first;
    if (entry < 0 || entry >= nEntries) continue;
    if (noQuotes && NEEDS_QUOTES[entry] === 1) continue;
    const s = triples[k + 1]!;
    const e = triples[k + 2]!;
    // Not across a heading's colon: "Strategy meeting: older men are targeting girls" holds no "meeting older men".
    if (e - s > 1 && crossesHeading(text, ta, s, e)) continue;
    if (n === candEntry.length) growCandidates();
    candEntry[n] = entry;
    candS[n] = s;
    candE[n] = e;
    candStart[n] = ta.start[s]!;
    candEnd[n++] = ta.end[e - 1]!;
  }
  if (n === 0) return [];
  const { entries, cues } = COMPILED;
  findCueHits(cues, ta, candEntry, candS, candE, n);
  findCueHits(COMPILED.criticism, ta, criticismSpec, candS, candE, n);
  let nKept = 0;
  heldQuoteList = null;
  heldContext = context;
  for (let k = 0; k < n; k++) if (candidateHolds(text, ta, k, quotes, cues, entries)) kept[nKept++] = k;
  let quoteList: QuoteIndex | null = heldQuoteList;
  heldQuoteList = null;
  heldContext = null;
  // By preference (a total order): insertion sort for the usual handful, the library sort for a long note.
  if (nKept > 16) kept.set(Array.from(kept.subarray(0, nKept)).sort(byPreference));
  else {
    for (let i = 1; i < nKept; i++) {
      const k = kept[i]!;
      let m = i;
      for (; m > 0 && byPreference(kept[m - 1]!, k) > 0; m--) kept[m] = kept[m - 1]!;
      kept[m] = k;
    }
  }
  if (taken.length < ta.n) taken = new Int32Array(Math.max(ta.n, 2 * taken.length));
  call = (call + 1) | 0;
  if (call === 0) {
    // Wrapped around: forget every old mark.
    taken.fill(0);
    call = 1;
  }
  const findings: LanguageFinding[] = [];
  for (let i = 0; i < nKept; i++) {
    const k = kept[i]!;
    const startToken = candS[k]!;
    const endToken = candE[k]!;
    let free = true;
    for (let t = startToken; t < endToken; t++) {
      if (taken[t] === call) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let t = startToken; t < endToken; t++) taken[t] = call;
    const e = entries[candEntry[k]!]!;
    const start = candStart[k]!;
    const end = candEnd[k]!;
    findings.push({
      start,
      end,
      text: text.slice(start, end),
      entryId: e.entry.id,
      category: e.entry.category,
      explanation: e.entry.explanation,
      alternatives: e.entry.alternatives.slice(), // a copy per finding (callers may change theirs); slice, not spread: no iterator
      source: e.sourceTitle,
      quoted: insideQuote((quoteList ??= quoteIndex(text, ta, quotes)), start, end),
    });
  }
  // By start (findings do not overlap): insertion sort for the usual handful, the library sort for a long note.
  if (findings.length > 16) findings.sort(byStart);
  else {
    for (let i = 1; i < findings.length; i++) {
      const f = findings[i]!;
      let m = i;
      for (; m > 0 && findings[m - 1]!.start > f.start; m--) findings[m] = findings[m - 1]!;
      findings[m] = f;
    }
  }
  const trimmed = trailingAnd(text, findings);
  return joinAdjacent(text, quoteList === null ? trimmed : onePerQuote(text, trimmed, quoteList));
}

// The quoted stretches and the ConText cache of the note in checkLanguageTriples, made when a candidate first needs them.
let heldQuoteList: QuoteIndex | null = null;
let heldContext: ContextCache | null = null;
function heldQuotes(text: string, ta: TokenArrays, quotes: (() => readonly (readonly [number, number])[]) | null): QuoteIndex {
  return (heldQuoteList ??= quoteIndex(text, ta, quotes));
}

// Whether candidate k of checkLanguageTriples holds. A function of its own, not the body of the loop over a note's
// candidates: in a long note V8 runs that loop as on-stack-replaced code, which kept deoptimising at a rule's branch
// first taken there (the cached code is not replaced), for every later candidate that took it.
function candidateHolds(
  text: string,
  ta: TokenArrays,
  k: number,
  quotes: (() => readonly (readonly [number, number])[]) | null,
  cues: CompiledCues,
  entries: typeof COMPILED.entries,
): boolean {
  const sp = candEntry[k]!;
  const q = entries[sp]!.entry.quoted; // quotation marks as context (types.ts, quotes.ts)
  const start = candStart[k]!;
  const end = candEnd[k]!;
  // (Round 26: the words of a heading that names the writer's role meet no requirement: writerHeadingEnd.)
  if (
    !requiresAfterWriter(cues, text, ta, sp, candS[k]!, candE[k]!) &&
    !(entries[sp]!.entry.contextInSentence === true && requiresAfterWriter(COMPILED.sentenceCues, text, ta, sp, candS[k]!, candE[k]!)) &&
    !(entries[sp]!.entry.labelFrame === true && afterCopula(ta, candS[k]!))
  ) {
    if (q !== 'sufficient' || !insideQuote(heldQuotes(text, ta, quotes), start, end)) return false;
  }
  // (The heading is looked for only when a veto is near at all: the test bounded by it can only say less.)
  if (
    vetoed(cues, ta, sp, candS[k]!, candE[k]!) &&
    vetoedBesideChild(cues, ta, sp, candS[k]!, candE[k]!, Math.max(vetoFrom(text, ta, candS[k]!), reportFrom(text, ta, candS[k]!))) &&
    !quotedPastVeto(cues, ta, sp, k, heldQuotes(text, ta, quotes))
  )
    return false;
  if (criticismNear(text, ta, candS[k]!, candE[k]!)) return false;
  // Session 22b: an offence beside a victim frame (victim-frame.ts), outside quotation marks.
  if (
    VICTIM_FRAME_ENTRY[sp] === 1 &&
    victimFramed(
      (t) => normAt(ta, t),
      (t) => ta.period[t] === ta.period[candS[k]!],
      ta.n,
      candS[k]!,
      candE[k]!,
    ) &&
    !insideQuote(heldQuotes(text, ta, quotes), start, end)
  )
    return false;
  if (criticisedNext(ta, candS[k]!, candE[k]!, () => insideQuote(heldQuotes(text, ta, quotes), start, end))) return false;
  // (Someone's own words keep their finding: "Her mum: 'She's made her choice'", "Dad described his son as 'a little drug dealer'".)
  if (
    ABOUT_CHILD[sp] === 1 &&
    adultIsSubject(text, ta, candS[k]!, candE[k]!, (heldContext ??= freshCache())) &&
    !insideQuote(heldQuotes(text, ta, quotes), start, end)
  )
    return false;
  // Round 29: a sentence about an adult given by age at its start, with no child in it ("Custody record: DP aged 47
  // detained for being drunk and disorderly", "the defendant, aged 34, has a long history of dealing cocaine", "a
  // 38-year-old woman working as a sex worker reported a robbery"): adultAgedSubject. Not a label (it names the adult
  // anyway) nor minimising wording (about what happened, whoever the subject).
  if (AGED_SUBJECT_ENTRY[sp] === 1 && adultAgedSubject(text, ta, candS[k]!) && !insideQuote(heldQuotes(text, ta, quotes), start, end)) return false;
  // Round 26: a verb of the wording used as a noun after a determiner ("the messages the man keeps sending", "her
  // online chats with two adult men"): the child is not said to do it (nounUse).
  if (nounUse(ta, candS[k]!)) return false;
  // Round 26: a pet as the subject ("the dog ran off in the park and came back safe and well": animalSubject).
  if (animalSubject(text, ta, candS[k]!)) return false;
  // Round 26: a partner named by a possessive whose owner is an adult ("the passenger was an adult woman who said her
  // boyfriend would pay", "the tenant lives with her partner"): the adult's own relationship (adultPossessor).
  if (LABEL_ENTRY[sp] === 1 && adultPossessor(text, ta, candS[k]!, candE[k]!) && !insideQuote(heldQuotes(text, ta, quotes), start, end)) return false;
  // (In someone's own words the denial records the label used about them: "I am not a slag" stays, as quoted; round
  // 25: not a denial outside the quotation marks, the writer's own: 'Kelly was not being "difficult", she was scared'.)
  const denial = deniedAt(text, ta, candS[k]!);
  if (denial >= 0) {
    const ql = heldQuotes(text, ta, quotes);
    if (!insideQuote(ql, start, end) || !insideQuote(ql, ta.start[denial]!, ta.end[denial]!)) return false;
  }
  if (q === 'required' && !insideQuote(heldQuotes(text, ta, quotes), start, end)) return false;
  if (q === 'scare' && !scareQuoted(heldQuotes(text, ta, quotes), start, end)) return false;
  return true;
}

// Round 32 (pass across sets): a secondary entry's finding (types.ts `secondary`) after another finding of the same
// sentence, with "and" between them and the same quotedness, is the second half of one statement ("Ola is her own worst
// enemy and will not listen", "came of her own accord and was not forced"): dropped. The findings are by start; a
// dropped finding is no predecessor. Pooled tuning sets and dev: 14 fewer false alarms in 10 sets, none lost.
const SECONDARY: ReadonlySet<string> = new Set(COMPILED.entries.filter((e) => e.entry.secondary === true).map((e) => e.entry.id));
const SENTENCE_END = /[.!?;\n]/;
// Review 32: not when what follows the last "and" starts a clause of its own, with a comma, a reporting word or an
// attribution ("... and the police officer told me she is not a victim", "... and Mum says he will not listen", "... and
// by the police as not a victim", "... and, when police found him, he would not listen"), or more than three words:
// another person's view or a separate statement, which a practitioner must still see.
const REPORTING_WORD =
  /(?:^|[^\p{L}\p{N}'’-])(?:says?|said|told|tells?|thinks?|thought|feels?|felt|believes?|believed|reports?|reported|according|describes?|described|states?|stated|claims?|claimed|added|wrote|writes|by)(?:$|[^\p{L}\p{N}'’-])/iu;
function startsOwnClause(tail: string): boolean {
  if (/[,:()]/.test(tail) || REPORTING_WORD.test(tail)) return true;
  return (tail.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > 3;
}
// What follows the last "and" of the words between two findings, or null when they hold no "and".
function lastAndTail(between: string): string | null {
  const re = /(?:^|[^\p{L}\p{N}'’-])and(?=$|[^\p{L}\p{N}'’-])/giu;
  let end = -1;
  for (let m = re.exec(between); m !== null; m = re.exec(between)) end = m.index + m[0].length;
  return end < 0 ? null : between.slice(end);
}
function trailingAnd(text: string, findings: LanguageFinding[]): LanguageFinding[] {
  if (findings.length < 2 || SECONDARY.size === 0) return findings;
  let out: LanguageFinding[] | null = null;
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    const prev = out === null ? findings[i - 1]! : out[out.length - 1];
    if (prev !== undefined && SECONDARY.has(f.entryId) && prev.quoted === f.quoted) {
      const between = text.slice(prev.end, f.start);
      const tail = lastAndTail(between);
      if (tail !== null && !SENTENCE_END.test(between) && !startsOwnClause(tail)) {
        out ??= findings.slice(0, i);
        continue;
      }
    }
    out?.push(f);
  }
  return out ?? findings;
}

const AND_BETWEEN = /^[ \t]+and[ \t]+$/i;
// One word, or two joined by "and" (joinAdjacent's pair): a label.
const ONE_LABEL = /^[^\s]+(?:[ \t]+and[ \t]+[^\s]+)?$/i;

// Round 27: two findings of one category with nothing but white space between are one statement ("went off with the
// men of her own accord"): one finding from the start of the first to the end of the second, with the first's advice.
// Review 27: not across a line break, which ends a line of a log or list ("went with the men willingly\nConsented to
// ..." is two statements).
function joinAdjacent(text: string, findings: LanguageFinding[]): LanguageFinding[] {
  if (findings.length < 2) return findings;
  let out: LanguageFinding[] | null = null;
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    const last = out === null ? findings[i - 1]! : out[out.length - 1]!;
    let blank = f.category === last.category && f.quoted === last.quoted;
    // Session 21: two single words of one entry joined by "and" are one label too ("clingy and needy"); not two phrases
    // ("very mature and much older than 14"), which annotators mark as two. Session 22: of one category, not only of
    // one entry ("defiant and uncooperative", "evasive and uncooperative": seven tuning sets mark one, three mark two).
    const paired = blank && !/\s/.test(last.text) && !/\s/.test(f.text) && AND_BETWEEN.test(text.slice(last.end, f.start));
    // Session 22b: a one-word label of blame, then "and" and what the child is said to do that shows it ("manipulative
    // and plays staff off against each other", "a hothead and kicks off", "difficult and defiant and does not want
    // help"), is one statement: six tuning sets mark the label only, one marks both. Not wasting police time, an
    // accusation of its own ("lippy and wasting our time": marked twice).
    const illustrated =
      blank &&
      !paired &&
      last.category === 'blames_child' &&
      ONE_LABEL.test(last.text) &&
      f.entryId !== 'wasting_police_time' &&
      AND_BETWEEN.test(text.slice(last.end, f.start));
    for (let c = last.end; blank && !paired && !illustrated && c < f.start; c++) blank = text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9;
    if (blank) {
      out ??= findings.slice(0, i);
      out[out.length - 1] = { ...last, end: f.end, text: text.slice(last.start, f.end) };
    } else out?.push(f);
  }
  return out ?? findings;
}

// One finding per statement in someone's words: a consent or choice ("I chose to do it, no one made me") or crime as
// work ("I'm working, that's my job") said twice in one sentence of a quotation is one statement, not two findings to
// deal with. The second joins the first (one span from the start of the first to the end of the second) when no other
// finding lies between them, else it is dropped. Labels in someone's words stay one finding each ("attention seeking
// and a liar"), and so do minimising remarks ("no harm done, she came back safe and well"), unless the second justifies
// the first (session 22b, lexicon-round37.ts QUOTED_JUSTIFICATION: "just lads being lads, he'll grow out of it").
// Findings by start. Pooled tuning sets and dev: 9 fewer false alarms, 3 lost (consent, the second dropped); round 21
// (joined, and crime as work): 7 fewer false alarms, 2 more found.
const ONE_PER_QUOTE: ReadonlySet<LanguageCategory> = new Set<LanguageCategory>(['implies_consent', 'criminalises_child']);
function onePerQuote(text: string, findings: LanguageFinding[], q: QuoteIndex): LanguageFinding[] {
  let out: LanguageFinding[] | null = null;
  const lastOf = new Map<LanguageCategory, LanguageFinding>(); // the previous quoted finding of each category, as kept or joined
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.quoted && (ONE_PER_QUOTE.has(f.category) || f.category === 'minimises_harm' || f.category === 'blames_child')) {
      const last = lastOf.get(f.category) ?? null;
      const quote = enclosingQuote(q, f.start, f.end);
      const joins =
        ONE_PER_QUOTE.has(f.category) ||
        (f.category === 'minimises_harm' && QUOTED_JUSTIFICATION.test(f.text)) ||
        (f.category === 'blames_child' && QUOTED_BLAME_SEQUELS.has(f.entryId));
      if (joins && last !== null && quote !== null && last.start >= quote[0] && last.end <= quote[1] && !sentenceEndIn(text, last.end, f.start)) {
        out ??= findings.slice(0, i);
        if (out[out.length - 1] === last) {
          const joined: LanguageFinding = { ...last, end: f.end, text: text.slice(last.start, f.end) };
          out[out.length - 1] = joined;
          lastOf.set(f.category, joined);
        }
        continue;
      }
      lastOf.set(f.category, f);
    }
    out?.push(f);
  }
  return out ?? findings;
}
// Within one sentence of the quotation only: a review quoting a whole old record ("Chloe chose to go to the flat. She
// agreed to have sex with the men.") keeps a finding per sentence.
const sentenceEndIn = (text: string, from: number, to: number): boolean => {
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 46 || ch === 33 || ch === 63 || ch === 59 || ch === 10) return true;
  }
  return false;
};

// A choice or an offence is not the child's when an unnamed adult or a parent opens the sentence as its subject and
// governs the wording (core/text/context.ts: an adult or a family member, not another child): "The men involved chose to target a
// 13-year-old", "The man, aged 31, absconded from the address", "Mum chose to let the men stay", "Her mother is in a
// consensual relationship with her new partner"), and so is blame hung on the adult ("Mum is out of control", "The
// hotel manager was uncooperative"; round 21: blame too, 1 fewer false alarm, none lost). Blame said of the child keeps
// its finding ("Mum says she is out of control", "The man called her an attention seeker": ConText gives it to the
// child), as do labels that sexualise ("The man called her a slag"), adult-centred labels (they name the adult) and
// minimising wording (anyone's).
const ABOUT_CHILD = Uint8Array.from(COMPILED.entries, (e) =>
  e.entry.category === 'implies_consent' || e.entry.category === 'criminalises_child' || e.entry.category === 'blames_child' ? 1 : 0,
);
// Session 22b: the entries that a victim frame silences (victim-frame.ts): those that criminalise.
const VICTIM_FRAME_ENTRY = Uint8Array.from(COMPILED.entries, (e) => (e.entry.category === 'criminalises_child' ? 1 : 0));
const LABEL_ENTRY = Uint8Array.from(COMPILED.entries, (e) => (e.entry.category === 'adult_centred_label' ? 1 : 0));

// Round 26: a wording that opens with a verb that is also a plural noun (types.ts NOUN_VERB_WORDS: "messages",
// "chats", "texts") right after a determiner (NOUN_DETERMINER_WORDS) is the noun: "she is frightened of the messages the
// man keeps sending" says nothing of her messaging the man.
const NOUN_VERBS: ReadonlySet<number> = new Set(NOUN_VERB_WORDS.map(internWord));
const NOUN_DETERMINERS: ReadonlySet<number> = new Set(NOUN_DETERMINER_WORDS.map(internWord));
function nounUse(ta: TokenArrays, s: number): boolean {
  return NOUN_VERBS.has(ta.id[s]!) && s > 0 && ta.sentence[s - 1] === ta.sentence[s] && NOUN_DETERMINERS.has(ta.id[s - 1]!);
}

// Round 26: an animal opening the clause (after a heading, with or without a determiner) as the subject of the wording,
// with no person named between ("the dog ran off in the park and came back safe and well", "our cat went missing for a
// week"): about the animal, not a child (types.ts ANIMAL_WORDS).
const ANIMALS: ReadonlySet<number> = new Set(ANIMAL_WORDS.map(internWord));
function animalSubject(text: string, ta: TokenArrays, s: number): boolean {
  let a = s;
  while (a > 0 && a > s - SUBJECT_REACH && ta.sentence[a - 1] === ta.sentence[s]) a--;
  if ((a > 0 && ta.sentence[a - 1] === ta.sentence[s]) || a >= s) return false;
  a = afterHeading(text, ta, a, s);
  const noun = a + 1 < s && NOUN_DETERMINERS.has(ta.id[a]!) ? a + 1 : a;
  if (noun >= s || !ANIMALS.has(ta.id[noun]!)) return false;
  // Review 26: a capitalised animal word with no determiner is a name ("Cat chose to go with the men": Catherine).
  if (noun === a && text.charAt(ta.start[a]!) !== text.charAt(ta.start[a]!).toLowerCase()) return false;
  for (let t = noun + 1; t < s; t++) if (otherPerson(text, ta, t, a) || POSSESSOR_ADULTS.has(ta.id[t]!)) return false;
  return true;
}

// Round 26: whose partner a possessive names. An adult-centred label right after "her", "his" or "their" (or opening
// with one: "her ex-partner") is about the child unless the sentence is wholly about an adult: the clause's subject (its
// first person, after a heading) is an adult who is no relative and agrees in sex with the possessive (types.ts
// POSSESSOR_ADULT_WORDS: "the passenger was an adult woman who said her boyfriend would pay", "a man bought nicotine
// patches and chatted about his partner's new job", "the tenant at flat 3 lives with her partner"), and no one else is
// named in the sentence, before or after the label (POSSESSOR_STOP_WORDS: a pronoun, a child, a relative, a friend, a
// name, an age under 18), and the label is not hung on someone ("as", "calls": "an adult male, 27, described as her
// boyfriend", "He calls the man at the trap house his manager", "man checked in with his girlfriend, she was in school
// uniform" keep their finding).
const POSSESSIVE_HER = internWord('her');
const POSSESSIVE_HIS = internWord('his');
const POSSESSIVE_THEIR = internWord('their');
const OWN_ID = internWord('own');
const POSSESSOR_FEMALE: ReadonlySet<number> = new Set([...POSSESSOR_FEMALE_WORDS, ...relatives(SPEAKER_FEMALE_WORDS)].map(internWord));
const POSSESSOR_MALE: ReadonlySet<number> = new Set([...POSSESSOR_MALE_WORDS, ...relatives(SPEAKER_MALE_WORDS)].map(internWord));
// Round 27: a relative as the possessor ("Mum attended her own appointment with her partner, aged 48", "Chantelle's
// mother lives with her partner"), unless the relative speaks of or worries about the partner, who may be the child's
// ("Mum is worried about her boyfriend, 24", "Mum said her boyfriend is 23": RELATIVE_STOP_WORDS).
function relatives(words: readonly string[]): string[] {
  return words.filter((w) => ADULT_RELATIVE_WORDS.includes(w));
}
const RELATIVE_STOPS: ReadonlySet<number> = new Set([...REPORTING_VERB_WORDS, ...RELATIVE_STOP_WORDS].map(internWord));
const POSSESSOR_ADULTS: ReadonlySet<number> = new Set(POSSESSOR_ADULT_WORDS.map(internWord));
const POSSESSOR_STOPS: ReadonlySet<number> = new Set(POSSESSOR_STOP_WORDS.map(internWord));
const LABEL_VERBS: ReadonlySet<number> = new Set(LABEL_VERB_WORDS.map(internWord));
// Round 27: an adult in the possessive right before the label ("The man's girlfriend, 25, was also arrested", "the
// suspect's partner, aged 31, holds the tenancy"): the adult's own partner, under the same conditions (no one else
// named in the sentence, no child's age).
const ADULT_OWNERS: ReadonlySet<string> = new Set([...POSSESSOR_ADULT_WORDS, ...ADULT_ROLE_WORDS, ...ADULT_OWNER_WORDS]);
// Someone other than the adult: a pronoun, a child, a relative, a name (a capitalised word that does not open the text
// at `first`), a child's age ("14-year-old", "15yo", or a bare 10 to 17: "the guest, 15, arrived with her boyfriend";
// not "flat 3").
function otherPerson(text: string, ta: TokenArrays, t: number, first: number): boolean {
  const id = ta.id[t]!;
  if (POSSESSOR_STOPS.has(id) || PARENT_NOUNS.has(id) || LABEL_VERBS.has(id)) return true;
  const ch = text.charAt(ta.start[t]!);
  if (t > first && ch !== ch.toLowerCase()) return true;
  const m = /^(\d{1,2})(?:-year-old|-yr-old|yo)?$/.exec(normAt(ta, t));
  return m !== null && Number(m[1]) < 18 && (Number(m[1]) >= 10 || normAt(ta, t).length > m[1]!.length);
}
function adultPossessor(text: string, ta: TokenArrays, s: number, e: number): boolean {
  const p = ta.id[s] === POSSESSIVE_HER || ta.id[s] === POSSESSIVE_HIS || ta.id[s] === POSSESSIVE_THEIR ? s : s - 1;
  if (p < 0 || ta.sentence[p] !== ta.sentence[s]) return false;
  const poss = ta.id[p]!;
  const owned = poss !== POSSESSIVE_HER && poss !== POSSESSIVE_HIS;
  if (owned && !(p === s - 1 && ADULT_OWNERS.has(normAt(ta, p).slice(0, -2)))) return false;
  // The clause's start, after its heading (at most SUBJECT_REACH words back: a longer clause is not walked).
  let a = p;
  while (a > 0 && a > p - SUBJECT_REACH && ta.sentence[a - 1] === ta.sentence[p]) a--;
  if (a > 0 && ta.sentence[a - 1] === ta.sentence[p]) return false;
  a = afterHeading(text, ta, a, p);
  let subject = owned ? poss : -1;
  for (let t = a; t < p; t++) {
    const id = ta.id[t]!;
    if (POSSESSOR_ADULTS.has(id) || (PARENT_NOUNS.has(id) && subject < 0)) {
      if (subject < 0) subject = id;
    } else if (PARENT_NOUNS.has(subject) && RELATIVE_STOPS.has(id)) return false;
    else if (PARENT_NOUNS.has(subject) && id === poss && ta.id[t + 1] === OWN_ID)
      t++; // the relative's own ("her own appointment")
    else if (!(namePossessive(text, ta, t) && t + 1 < p && PARENT_NOUNS.has(ta.id[t + 1]!)) && otherPerson(text, ta, t, a)) return false;
  }
  if (subject < 0 || (poss === POSSESSIVE_HER ? POSSESSOR_MALE.has(subject) : poss === POSSESSIVE_HIS && POSSESSOR_FEMALE.has(subject))) return false;
  // Nobody else later in the sentence, its ; clauses included (at most CONTEXT_IN_SENTENCE_WINDOW words on: a longer
  // sentence is not walked to its end, and keeps the label).
  let t = e;
  for (; t < ta.n && t < e + CONTEXT_IN_SENTENCE_WINDOW && ta.period[t] === ta.period[p]; t++) if (otherPerson(text, ta, t, a)) return false;
  return t >= ta.n || ta.period[t] !== ta.period[p];
}

const LANG_CONTEXT = newContextCache();
const NO_CONTEXT_OPTS = Object.freeze({});
function freshCache(): ContextCache {
  LANG_CONTEXT.sentence = -1;
  LANG_CONTEXT.last = null;
  LANG_CONTEXT.others = null;
  LANG_CONTEXT.triples = null;
  return LANG_CONTEXT;
}
// Wording denied right before it ("the girls were not promiscuous; they were children", "he is not a drug runner but a
// trafficked child", "Tommy did not choose to carry the drugs", "this is not a lifestyle choice", "is not putting
// herself at risk") is the writer correcting it, not using it. Any category: wording whose "not" is part of its meaning
// ("not a victim", "did not say no") holds the "not" inside its own match, so the look-back starts before it.
// Pooled dev and tuning sets (round 21, all categories instead of labels only): 4 fewer false alarms, none lost.
const DENIALS: ReadonlySet<number> = new Set(DENIAL_WORDS.map(internWord));
const ARTICLES: ReadonlySet<number> = new Set(['a', 'an'].map(internWord));
const DENIAL_FILLERS: ReadonlySet<number> = new Set(['having', 'any'].map(internWord));
const NOT_ONLY_IDS: ReadonlySet<number> = new Set(['only', 'just', 'merely', 'simply'].map(internWord));
// "not promiscuous", "not a prostitute", "not a drug runner": the denial at most three words before, with at most one
// word besides an article between.
// The denial's token, or -1.
function deniedAt(text: string, ta: TokenArrays, s: number): number {
  let other = 0;
  // Session 22b: "having" and "any" after a denial ("denies having an older boyfriend", "denies any sexual contact
  // with") count as articles do, one word further back.
  let reach = 3;
  for (let p = s - 1; p >= 0 && p >= s - reach && ta.sentence[p] === ta.sentence[s]; p--) {
    // Not across a comma: "I'm not a victim, I'm a runner" uses the label.
    if (commaAfter(text, ta, p)) return -1;
    const id = ta.id[p]!;
    // "not only promiscuous but also violent" uses the label.
    if (DENIALS.has(id)) return p + 1 >= s || !NOT_ONLY_IDS.has(ta.id[p + 1]!) ? p : -1;
    if (DENIAL_FILLERS.has(id)) reach = 4;
    else if (!ARTICLES.has(id) && ++other > 1) return -1;
  }
  return -1;
}

// The clause after candidate [s, e), when it starts within CONTEXT_IN_SENTENCE_WINDOW tokens of the candidate's end
// (bounded: a long clause is not walked to its end), opens with NEXT_CLAUSE_CRITICISM.
const NEXT_CRITICISM = compilePatterns([{ patterns: NEXT_CLAUSE_CRITICISM, value: 0 }]);
// "; this is grooming" only after quoted or attributed wording; "; the file has been amended" only at the clause's end
// (types.ts NEXT_CLAUSE_NAMES_HARM, NEXT_CLAUSE_AMENDED; review 21b M15).
const NEXT_NAMES_HARM = compilePatterns([{ patterns: NEXT_CLAUSE_NAMES_HARM, value: 0 }]);
const NEXT_AMENDED = compilePatterns([{ patterns: NEXT_CLAUSE_AMENDED, value: 0 }]);
const ATTRIBUTION: ReadonlySet<number> = new Set(ATTRIBUTION_WORDS.map(internWord));
const NEXT_CRITICISM_REACH = 14; // tokens: the longest pattern (12, round 23), with room
// The patterns' first words: most clauses open with none of them, and then the matcher is not run.
const NEXT_CRITICISM_OPENERS: ReadonlySet<number> = new Set(
  [...NEXT_CLAUSE_CRITICISM, ...NEXT_CLAUSE_NAMES_HARM, ...NEXT_CLAUSE_AMENDED]
    .flatMap((p) => p.split(' ')[0]!.split('|'))
    .map((w) => internWord(w.replace('’', "'"))),
);
function opensWith(m: ReturnType<typeof compilePatterns>, ta: TokenArrays, t: number): number {
  const found = m.matchTriples(ta, t, Math.min(ta.n, t + NEXT_CRITICISM_REACH));
  let end = -1;
  for (let k = 0; k < found; k++) if (m.triples[3 * k + 1] === t) end = Math.max(end, m.triples[3 * k + 2]!);
  return end;
}
function attributed(ta: TokenArrays, s: number): boolean {
  for (let p = s - 1; p >= 0 && p >= s - ATTRIBUTION_REACH && ta.sentence[p] === ta.sentence[s]; p--) if (ATTRIBUTION.has(ta.id[p]!)) return true;
  return false;
}
function criticisedNext(ta: TokenArrays, s: number, e: number, quoted: () => boolean): boolean {
  const sentence = ta.sentence[s];
  const limit = Math.min(ta.n, e + CONTEXT_IN_SENTENCE_WINDOW);
  let t = e;
  while (t < limit && ta.sentence[t] === sentence) t++;
  if (t >= limit || !NEXT_CRITICISM_OPENERS.has(ta.id[t]!)) return false;
  if (opensWith(NEXT_CRITICISM, ta, t) >= 0) return true;
  const amended = opensWith(NEXT_AMENDED, ta, t);
  if (amended >= 0 && (amended >= ta.n || ta.sentence[amended] !== ta.sentence[t])) return true;
  return opensWith(NEXT_NAMES_HARM, ta, t) >= 0 && (attributed(ta, s) || quoted());
}

const ADULT_NOUNS: ReadonlySet<number> = new Set(ADULT_SUBJECT_WORDS.map(internWord));
// "Mum", "Her mother", "The father", "Her uncle", "Mum's partner": a parent, carer or adult relative named as the
// subject, with or without a determiner (not a sibling or a cousin: they may be children too).
const PARENT_NOUNS: ReadonlySet<number> = new Set(ADULT_RELATIVE_WORDS.map(internWord));
const PARENT_DETERMINERS: ReadonlySet<number> = new Set(PARENT_DETERMINER_WORDS.map(internWord));
const PARENT_POSSESSIVES: ReadonlySet<number> = new Set(PARENT_POSSESSIVE_WORDS.map(internWord));
const PARTNER_NOUNS: ReadonlySet<number> = new Set(PARTNER_WORDS.map(internWord));
const PARENT_GAP: ReadonlySet<number> = new Set(PARENT_GAP_WORDS.map(internWord));
const SUBJECT_REACH = 14;
// The sentence (after a heading such as "Police:") opens with the adult or the parent ("The men ...", "Mum ...", not
// "She went with the men ..."), and ConText lets it govern the wording (no new subject or reporting verb between); an
// adult ConText does not know ("The 40-year-old man", "An adult male") governs it through gap words only. Pooled dev
// and tuning sets (round 21, heading and modified adults): 4 fewer false alarms, none lost. A parent only as the plain subject of
// the wording: not a heading or an address ("Mum: Chloe chose to ...", "Dad, Chloe ..."), and only PARENT_GAP words
// between.
function adultIsSubject(text: string, ta: TokenArrays, s: number, e: number, cache: ContextCache): boolean {
  // At most SUBJECT_REACH words back to the sentence's start (a walk to the start of a 100 KB sentence per candidate
  // would be quadratic; a subject further away does not govern the wording anyway).
  let a = s;
  while (a > 0 && a > s - SUBJECT_REACH && ta.sentence[a - 1] === ta.sentence[s]) a--;
  if ((a > 0 && ta.sentence[a - 1] === ta.sentence[s]) || a >= s) return false;
  a = afterHeading(text, ta, a, s);
  if (a >= s) return false;
  const first = ta.id[a]!;
  if (roleSubject(text, ta, a, s, e)) return true;
  const opening = adultOpening(ta, a, s);
  if (opening > 0) {
    // ConText knows "the men", not "the 29-year-old man" or "an adult male": the words between must keep the adult
    // the subject ("The 29-year-old man chose to", "the 40-year-old man admitted he had been selling", "an adult male
    // was arrested for being drunk and disorderly"; not "the older man told her she chose to").
    for (let t = opening; t < s; t++) if (!PARENT_GAP.has(ta.id[t]!) && !ADULT_GAP.has(ta.id[t]!)) return false;
    return true;
  }
  if (opening < 0) {
    const second = a + 1 < s ? ta.id[a + 1]! : -1;
    const p = PARENT_NOUNS.has(first)
      ? a
      : (PARENT_DETERMINERS.has(first) && PARENT_NOUNS.has(second)) ||
          (PARENT_POSSESSIVES.has(first) && PARTNER_NOUNS.has(second)) ||
          (PARENT_NOUNS.has(second) && namePossessive(text, ta, a))
        ? a + 1
        : -1;
    if (p < 0) return false;
    // Round 24: the parent's own adult age in apposition ("Mum, 42, is sexually active") is no address ("Dad, Chloe ...").
    const q = p + 2 < s && isAdultNumber(normAt(ta, p + 1)) && headingAfter(text, ta, p + 1) ? p + 1 : p;
    if (headingAfter(text, ta, p) && q === p) return false;
    for (let t = q + 1; t < s; t++) if (!PARENT_GAP.has(ta.id[t]!)) return false;
  }
  // Governed by the opener, or by another adult named on the way ("The man who she calls her partner is ... known to
  // police"): not by another child (a friend, a sibling), whose wording it would still be.
  const ctx = contextDetailArrays(ta, s, e, NO_CONTEXT_OPTS, cache);
  return ctx.experiencer === 'other' && ctx.otherKind !== 'peer' && ctx.otherKind !== 'sibling';
}

// Round 27: an adult named by a role opening the clause ("An adult caller was reported for wasting police time", "The
// clinic's new health adviser has chosen to work Saturdays", "The taxi driver, 44, brought it on himself", "Dr Singh
// is out of control of her diary"): a determiner, at most three lower-case modifiers, a role no child holds (types.ts
// ADULT_ROLE_WORDS; not "passenger" or "patient"), or a title and a name; then an adult age in apposition or none,
// and only words that keep the adult the subject. A child's age after the role ("the passenger, 15,") is no adult.
const ADULT_ROLES: ReadonlySet<number> = new Set(ADULT_ROLE_WORDS.map(internWord));
const TITLES: ReadonlySet<number> = new Set(TITLE_WORDS.map(internWord));
// (No pronoun: "the driver she chose to go with" is the child's choice.)
const ROLE_GAP: ReadonlySet<number> = new Set(
  [...PARENT_GAP_WORDS, ...ADULT_GAP_WORDS, ...ROLE_GAP_WORDS].filter((w) => !HEADING_PRONOUN_WORDS.includes(w)).map(internWord),
);
function roleSubject(text: string, ta: TokenArrays, a: number, s: number, e: number): boolean {
  // Not wording that names someone else itself ("The officer recorded it as her choice").
  for (let t = s; t < e; t++) if (POSSESSOR_STOPS.has(ta.id[t]!)) return false;
  let t = a;
  if (TITLES.has(ta.id[t]!)) {
    const ch = t + 1 < s ? text.charAt(ta.start[t + 1]!) : '';
    if (ch === '' || ch === ch.toLowerCase()) return false;
    t += 2;
  } else {
    if (ADULT_OPENING_DETERMINERS.has(ta.id[t]!)) t++;
    let m = 0;
    while (t < s && !ADULT_ROLES.has(ta.id[t]!)) {
      const ch = text.charAt(ta.start[t]!);
      if (++m > 3 || ch !== ch.toLowerCase() || otherPerson(text, ta, t, a) || headingAfter(text, ta, t)) return false;
      t++;
    }
    if (t >= s) return false;
    while (t < s && ADULT_ROLES.has(ta.id[t]!)) t++; // "an adult caller"
  }
  const age = t < s ? /^\d{1,2}$/.exec(normAt(ta, t)) : null;
  if (age !== null) {
    if (Number(age[0]) < 18) return false;
    t++;
  }
  for (; t < s; t++) if (!ROLE_GAP.has(ta.id[t]!)) return false;
  return true;
}

// Session 21: words for an adult that veto nothing. Police logs name the child by sex and age ("Male, 15, arrested as a
// drug dealer", "Female (14)", "female aged 13"): that word is the child. And an adult inside what the child is said to
// know or want, right after the wording ("She knows full well what the men want"), is its object, not its subject (not
// "The men knew full well what they were doing", where the adult comes first). The rest of the sentence still vetoes.
const CHILD_SEX_IDS: ReadonlySet<number> = new Set(['male', 'female'].map(internWord));
const AGE_WORD_IDS: ReadonlySet<number> = new Set(['aged', 'age'].map(internWord));
const OBJECT_WH_IDS: ReadonlySet<number> = new Set(['what', 'how'].map(internWord));
const OBJECT_ADVERB_IDS: ReadonlySet<number> = new Set(['exactly', 'just', 'precisely'].map(internWord));
const OBJECT_LEAD_IDS: ReadonlySet<number> = new Set(['the', 'these', 'those', 'older', 'adult', 'two', 'three', 'some'].map(internWord));
const OBJECT_ADULT_IDS: ReadonlySet<number> = new Set(
  ['man', 'men', 'male', 'males', 'adult', 'adults', 'older', 'olders', 'elders', 'woman', 'women'].map(internWord),
);
// Session 22: or after it, with "old" between or not ("14yr old male dealing drugs", "16YR MALE - OFFENDER", "a
// 15-year-old male").
const OLD_ID = internWord('old');
function childBySex(ta: TokenArrays, t: number): boolean {
  if (!CHILD_SEX_IDS.has(ta.id[t]!)) return false;
  const a = t + 1 < ta.n && AGE_WORD_IDS.has(ta.id[t + 1]!) ? t + 2 : t + 1;
  if (a < ta.n && ta.sentence[a] === ta.sentence[t] && childAge(normAt(ta, a))) return true;
  const b = t > 0 && ta.id[t - 1] === OLD_ID ? t - 2 : t - 1;
  return b >= 0 && ta.sentence[b] === ta.sentence[t] && childAge(normAt(ta, b));
}
// The end of the adult noun phrase in the wh-clause that follows wording ending before token e, or -1.
function objectAdultEnd(ta: TokenArrays, e: number): number {
  let t = e < ta.n && OBJECT_ADVERB_IDS.has(ta.id[e]!) ? e + 1 : e;
  if (t >= ta.n || ta.sentence[t] !== ta.sentence[e - 1] || !OBJECT_WH_IDS.has(ta.id[t]!)) return -1;
  let end = -1;
  for (t++; t < ta.n && ta.sentence[t] === ta.sentence[e - 1] && (OBJECT_LEAD_IDS.has(ta.id[t]!) || OBJECT_ADULT_IDS.has(ta.id[t]!)); t++)
    if (OBJECT_ADULT_IDS.has(ta.id[t]!)) end = t + 1;
  return end;
}
function vetoedBesideChild(cues: CompiledCues, ta: TokenArrays, sp: number, s: number, e: number, from: number): boolean {
  if (!vetoed(cues, ta, sp, s, e, from)) return false;
  let a = s;
  while (a > from && ta.sentence[a - 1] === ta.sentence[s]) a--;
  let lo = from;
  const object = objectAdultEnd(ta, e);
  for (let t = a; t < ta.n && ta.sentence[t] === ta.sentence[s]; t++) {
    const skip = object > 0 && t >= e && t < object ? object : childBySex(ta, t) ? t + 1 : -1;
    if (skip < 0) continue;
    if (lo < t && vetoed(cues, ta, sp, s, e, lo, t)) return true;
    lo = Math.max(lo, skip);
    t = skip - 1;
  }
  return lo === from || vetoed(cues, ta, sp, s, e, lo);
}

// Review 29: criticism in the sentence (CRITICISM_CUES), but not from before a "but" or "yet" that lies before the
// wording and is followed, within two words, by someone's name or a pronoun as the subject of the writer's own wording
// ("Guidance says the word promiscuous shifts blame, but she is promiscuous", "I know the training says never to write
// that a child chose, but she chose to go back to him"); not "were not seen as victims but were treated as perpetrators".
const CONTRASTS: ReadonlySet<number> = new Set(CONTRAST_WORDS.map(internWord));
const CONTRAST_SUBJECTS: ReadonlySet<number> = new Set(CONTRAST_SUBJECT_WORDS.map(internWord));
function criticismNear(text: string, ta: TokenArrays, s: number, e: number): boolean {
  if (!vetoed(COMPILED.criticism, ta, 0, s, e)) return false;
  for (let t = s; t > 0 && ta.sentence[t - 1] === ta.sentence[s]; t--) {
    if (!CONTRASTS.has(ta.id[t - 1]!)) continue;
    let subject = false;
    for (let u = t; u < s && u <= t + 2 && !subject; u++) subject = CONTRAST_SUBJECTS.has(ta.id[u]!) || capitalAt(text, ta, u);
    if (subject) return vetoed(COMPILED.criticism, ta, 0, s, e, t);
  }
  return true;
}

// Round 29: an adult given by age opens the sentence (after a heading) as its subject and no child is in it: the
// wording is about the adult ("STORM: male aged 38 absconded from the ward", "Probation: adult supervisee Mr H
// described himself as a former gang member", "A&E: RTC, driver (44) brought it on himself", "GP: the patient is a
// 40-year-old sex worker"). The age: "38-year-old", "aged 38", a number of 18 or more in apposition ("driver (44)",
// "Dean, 19,") or "adult", within AGED_OPENING tokens of the start with no pronoun or child before it. Then, up to the
// wording, no pronoun but a reflexive, no new name and no reporting verb (the adult speaking of someone else: "The
// man, 40, said she chose to", "the man, 28, told police Jade wanted to"); and nowhere in the sentence a child's age
// or a word for a child (types.ts CHILD_MARKER_WORDS: "a man aged 22 had sex with the 13-year-old").
const AGED_OPENING = 6;
const AGED_REACH = 80; // tokens of the sentence looked at for a child: a longer sentence keeps its findings
const CHILD_MARKERS: ReadonlySet<number> = new Set(CHILD_MARKER_WORDS.map(internWord));
const AGED_STOPS: ReadonlySet<number> = new Set(AGED_SUBJECT_STOP_WORDS.map(internWord));
const AGED_ID = internWord('aged');
const AGED_OPENERS: ReadonlySet<number> = new Set(AGED_OPENER_WORDS.map(internWord));
const ADULT_WORD_ID = internWord('adult');
const AGED_PERSONS: ReadonlySet<number> = new Set(AGED_PERSON_WORDS.map(internWord));
const AGED_OTHERS: ReadonlySet<number> = new Set(AGED_OTHER_PERSON_WORDS.map(internWord));
const AGED_SUBJECT_ENTRY = Uint8Array.from(COMPILED.entries, (e) =>
  e.entry.category === 'implies_consent' ||
  e.entry.category === 'criminalises_child' ||
  e.entry.category === 'blames_child' ||
  e.entry.category === 'sexualises'
    ? 1
    : 0,
);
function childAge(norm: string): boolean {
  const m = /^(\d{1,2})(?:-year-old|-years-old|-yr-old|yo|yrs?|f|m|y)?$/.exec(norm);
  return m !== null && Number(m[1]) < 18;
}
function adultAgedSubject(text: string, ta: TokenArrays, s: number): boolean {
  let a = s;
  while (a > 0 && a > s - AGED_REACH && ta.sentence[a - 1] === ta.sentence[s]) a--;
  if (a > 0 && ta.sentence[a - 1] === ta.sentence[s]) return false;
  let z = s;
  while (z < ta.n && z < a + AGED_REACH && ta.sentence[z] === ta.sentence[s]) z++;
  if (z < ta.n && ta.sentence[z] === ta.sentence[s]) return false;
  const h = afterHeading(text, ta, a, s);
  // The adult's age: the first token after it.
  let after = -1;
  for (let t = h; t < s && t <= h + AGED_OPENING; t++) {
    const n = normAt(ta, t);
    if (isAdultAge(n) || ta.id[t] === ADULT_WORD_ID) after = t + 1;
    else if (ta.id[t] === AGED_ID && t + 1 < s && isAdultNumber(normAt(ta, t + 1))) after = t + 2;
    else if (t > h && isAdultNumber(n) && appositionBefore(text, ta, t)) after = t + 1;
    if (after >= 0) break;
    // Before the age only the adult's noun phrase: a determiner, a copula, a word for an adult or a role (types.ts
    // AGED_OPENING_WORDS), a name opening the sentence or after a title ("DP aged 47", "Mr Jones, 52,"); not "Minutes say
    // Lily-Rose sees the 27-year-old" or "pt declined all advice re the 27yo".
    const name = capitalAt(text, ta, t) && (t === h || TITLES.has(ta.id[t - 1]!));
    if (!name && !AGED_OPENERS.has(ta.id[t]!)) return false;
  }
  if (after < 0) return false;
  // The whole sentence is read for a child only now: most sentences have no adult's age at their start.
  for (let t = a; t < z; t++) if (CHILD_MARKERS.has(ta.id[t]!) || childAge(normAt(ta, t))) return false;
  // Review 29: a sentence that opens in lower case (dictation: "man aged 40 picked up jade jade consented to sex") does
  // not show its names by their capitals.
  const first = text.charAt(ta.start[a]!);
  if (first !== first.toUpperCase()) return false;
  // Review 29: after the adult's own noun phrase ("a 38-year-old woman", "aged 33 female supervisee"), a word for a person
  // is someone else ("A man aged 30 and a female were in the car, the female consented").
  let phrase = true;
  for (let t = after; t < s; t++) {
    const id = ta.id[t]!;
    const person = AGED_PERSONS.has(id);
    const titled = TITLES.has(id) || (t > 0 && TITLES.has(ta.id[t - 1]!)); // a title, or the name after one ("Mr H")
    if (phrase && !person && !titled) phrase = false;
    if (!phrase && (person || AGED_OTHERS.has(id))) return false;
    if (AGED_STOPS.has(id)) return false;
    if (REPORT_VERBS.has(id) && !(t + 1 < ta.n && REFLEXIVES.has(ta.id[t + 1]!))) return false;
    // A capitalised word is someone else's name, unless it follows a title ("Mr H") or is a title.
    if (capitalAt(text, ta, t) && !titled) return false;
  }
  return true;
}
/** Token t starts with a capital letter. */
function capitalAt(text: string, ta: TokenArrays, t: number): boolean {
  const ch = text.charAt(ta.start[t]!);
  return ch !== ch.toLowerCase();
}
const REFLEXIVES: ReadonlySet<number> = new Set(['himself', 'herself', 'themselves', 'themself'].map(internWord));
// A comma or an opening bracket right before token t: "the defendant, 34,", "driver (44)".
function appositionBefore(text: string, ta: TokenArrays, t: number): boolean {
  for (let c = ta.end[t - 1]!; c < ta.start[t]!; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44 || ch === 40) return true;
  }
  return false;
}

// Round 25: a name in the possessive opens the sentence like a determiner ("Rebecca's mum was drunk and disorderly"),
// as it does for ConText (README "A name in the possessive"): a capitalised word ending in 's.
function namePossessive(text: string, ta: TokenArrays, t: number): boolean {
  const n = normAt(ta, t);
  const ch = text.charAt(ta.start[t]!);
  return n.length > 2 && n.endsWith("'s") && ch !== ch.toLowerCase();
}

// The first token after the heading of token s's sentence (0 when it has none): an unlessNear cue in the heading is the
// note's source, not the context of the wording ("Police: Jade, 15, agreed to meet the man", "Return home interview:
// Ashton wanted to be there"), so vetoes are looked for after it. Requirements still see it ("Sexual health: ...").
const HEADING_SEARCH = 48; // tokens back to the sentence's start: further than any cue window
function headingEnd(text: string, ta: TokenArrays, s: number): number {
  let a = s;
  while (a > 0 && a > s - HEADING_SEARCH && ta.sentence[a - 1] === ta.sentence[s]) a--;
  if (a > 0 && ta.sentence[a - 1] === ta.sentence[s]) return 0;
  const h = afterHeading(text, ta, a, s + 1);
  return h > a && h <= s ? h : 0;
}

// Round 26: a heading that names the writer's role (types.ts WRITER_ROLE_WORDS: "Police officer:", "Hotel night
// manager:", "Carer daily log:") says who wrote, so its words meet no requiresNear cue; a heading that names the episode
// (HEADING_EPISODE_WORDS: "Missing coordinator:") or any other heading ("Sexual health:", "MFH closure:") still does.
// The first token after such a heading, else 0.
const WRITER_ROLES: ReadonlySet<number> = new Set(WRITER_ROLE_WORDS.map(internWord));
const HEADING_EPISODES: ReadonlySet<number> = new Set(HEADING_EPISODE_WORDS.map(internWord));
function writerHeadingEnd(text: string, ta: TokenArrays, s: number): number {
  const h = headingEnd(text, ta, s);
  if (h === 0) return 0;
  let role = false;
  for (let t = h - 1; t >= 0 && ta.sentence[t] === ta.sentence[h]; t--) {
    if (HEADING_EPISODES.has(ta.id[t]!)) return 0;
    role ||= WRITER_ROLES.has(ta.id[t]!);
  }
  return role ? h : 0;
}
// requiresMet, with the cues of a writer's heading left out (looked for only when the cues are met at all: the test
// bounded by the heading can only say less).
function requiresAfterWriter(set: CompiledCues, text: string, ta: TokenArrays, sp: number, s: number, e: number): boolean {
  if (!requiresMet(set, ta, sp, s, e)) return false;
  const h = writerHeadingEnd(text, ta, s);
  return h === 0 || requiresMet(set, ta, sp, s, e, h);
}

// Where vetoes are looked for: after the heading when a subject opens the text after it (types.ts
// HEADING_PRONOUN_WORDS, HEADING_CHILD_WORDS) or the heading names a record (HEADING_RECORD_WORDS), else from the
// sentence's start: "Mum: uncooperative and hostile at the door" is about mum.
const HEADING_PRONOUNS: ReadonlySet<number> = new Set([...HEADING_PRONOUN_WORDS, ...HEADING_CHILD_WORDS].map(internWord));
const HEADING_DETERMINERS: ReadonlySet<number> = new Set(HEADING_DETERMINER_WORDS.map(internWord));
const HEADING_RECORDS: ReadonlySet<number> = new Set(HEADING_RECORD_WORDS.map(internWord));
function vetoFrom(text: string, ta: TokenArrays, s: number): number {
  const h = headingEnd(text, ta, s);
  if (h === 0 || HEADING_PRONOUNS.has(ta.id[h]!)) return h;
  // Round 26: a heading that names a record ("Carer daily log:", "Residential handover:") names no one the wording could
  // be about: its words veto nothing, whatever follows ("Carer daily log: came back at 2am, happily got into the car
  // with the men": the carer is who wrote). A person's heading may be the subject ("Hotel manager: would not cooperate").
  if (HEADING_RECORDS.has(ta.id[h - 1]!)) return h;
  if (HEADING_DETERMINERS.has(ta.id[h]!)) return h + 1 < ta.n && ta.sentence[h + 1] === ta.sentence[h] ? h : 0;
  // A capitalised name before the wording ("Police: Jade, 15, agreed to"), not the wording itself ("Mum: Uncooperative").
  const ch = text.charAt(ta.start[h]!);
  return h < s && ch !== ch.toLowerCase() ? h : 0;
}

// Round 26: reported speech. The speaker of "<speaker> said|reported|told ... [that] <wording>" reports the wording and
// is not its subject, so the speaker's words veto nothing ("social worker said Aisha is mixing with a group of older
// men", "Mum told police that Tia went off with a man from the bus station"): vetoes are looked for from after the reporting verb
// (and a "that" within REPORT_OBJECT words of it), as the words before a quotation are for quoted wording, when a name
// opens the reported words. Not a verb that opens the clause (no speaker), nor one more than REPORT_REACH words back.
// The first token where vetoes count, or 0.
const REPORT_REACH = 12;
const REPORT_OBJECT = 4;
const REPORT_VERBS: ReadonlySet<number> = new Set(REPORTING_VERB_WORDS.map(internWord));
const THAT_ID = internWord('that');
function reportFrom(text: string, ta: TokenArrays, s: number): number {
  const sentence = ta.sentence[s];
  for (let t = s - 1; t >= 0 && t >= s - REPORT_REACH && ta.sentence[t] === sentence; t--) {
    if (!REPORT_VERBS.has(ta.id[t]!)) continue;
    if (t === 0 || ta.sentence[t - 1] !== sentence) return 0;
    // An adult's own account ("The man said she was a victim but consenting"): the entries' vetoes name such speakers.
    for (let u = t - 1; u >= 0 && u >= t - 3 && ta.sentence[u] === sentence; u--) if (ADULT_SPEAKERS.has(ta.id[u]!)) return 0;
    let f = t + 1;
    for (let u = t + 1; u < s && u <= t + REPORT_OBJECT; u++)
      if (ta.id[u] === THAT_ID) {
        f = u + 1;
        break;
      }
    // The reported wording names its own subject, a name ("said Aisha is mixing with"), or a pronoun whose sex rules the
    // speaker out ("Mam says it's tidy money he's earning", "Mum said he goes off with the olders"): another pronoun may
    // be the speaker ("Dad says he was out of control as a teenager", "the woman told officers she chose to go").
    const ch = f < s ? text.charAt(ta.start[f]!) : '';
    if (ch !== '' && ch !== ch.toLowerCase()) return f;
    return f < s && otherThanSpeaker(ta, t, f) ? f : 0;
  }
  return 0;
}
const ADULT_SPEAKERS: ReadonlySet<number> = new Set(ADULT_SPEAKER_WORDS.map(internWord));
// The pronoun at f cannot be the speaker named just before the reporting verb at t (types.ts SPEAKER_* words).
const SPEAKER_FEMALE: ReadonlySet<number> = new Set(SPEAKER_FEMALE_WORDS.map(internWord));
const SPEAKER_MALE: ReadonlySet<number> = new Set(SPEAKER_MALE_WORDS.map(internWord));
const PRONOUN_IT: ReadonlySet<number> = new Set(['it', "it's", 'its'].map(internWord));
const PRONOUN_SHE: ReadonlySet<number> = new Set(['she', "she's", 'shes'].map(internWord));
const PRONOUN_HE: ReadonlySet<number> = new Set(['he', "he's", 'hes'].map(internWord));
function otherThanSpeaker(ta: TokenArrays, t: number, f: number): boolean {
  const p = ta.id[f]!;
  if (PRONOUN_IT.has(p)) return true;
  const she = PRONOUN_SHE.has(p);
  if (!she && !PRONOUN_HE.has(p)) return false;
  for (let u = t - 1; u >= 0 && u >= t - 3 && ta.sentence[u] === ta.sentence[t]; u--) {
    if (SPEAKER_FEMALE.has(ta.id[u]!)) return !she;
    if (SPEAKER_MALE.has(ta.id[u]!)) return she;
  }
  return false;
}

function crossesHeading(text: string, ta: TokenArrays, s: number, e: number): boolean {
  for (let c = ta.end[s]!, end = ta.start[e - 1]!; c < end; c++) if (text.charCodeAt(c) === 58) return headingEnd(text, ta, e - 1) > s;
  return false;
}

// A heading of up to HEADING_WORDS words and a colon opens most case-note lines ("Police: ...", "Strategy meeting: ...",
// "Youth offending: ..."): the subject is the first word after it. Otherwise the sentence's first word. Round 26: six
// words, for the roles front-line staff write out ("Security guard at the shopping centre:", "Sports coach's email to
// the DSL:"; pooled tuning sets: 1 more found, none lost), and a colon followed by a space or a line break, not a time
// ("At 10:30 she ...").
const HEADING_WORDS = 6;
function afterHeading(text: string, ta: TokenArrays, a: number, s: number): number {
  for (let t = a; t < a + HEADING_WORDS && t + 1 < s; t++) if (colonAfter(text, ta, t)) return t + 1;
  return a;
}
function colonAfter(text: string, ta: TokenArrays, t: number): boolean {
  for (let c = ta.end[t]!, e = ta.start[t + 1]! - 1; c < e; c++) if (text.charCodeAt(c) === 58 && isSpace(text.charCodeAt(c + 1))) return true;
  return false;
}
const isSpace = (ch: number): boolean => ch === 32 || ch === 10 || ch === 13 || ch === 9;

// An unnamed adult opening the sentence: "The men ...", "The 40-year-old man ...", "An adult male ...", "The older man
// ...": "the", "a" or "an", at most one of an adult age ("29-year-old"), "older" or "adult", then an adult noun (after
// such a word also "male", "female": a police log's "the male" alone may be the child).
const ADULT_OPENING_DETERMINERS: ReadonlySet<number> = new Set(ADULT_OPENING_DETERMINER_WORDS.map(internWord));
const ADULT_MODIFIERS: ReadonlySet<number> = new Set(ADULT_MODIFIER_WORDS.map(internWord));
const ADULT_SEX_NOUNS: ReadonlySet<number> = new Set(ADULT_SEX_WORDS.map(internWord));
// -1: no adult opening; 0: "the|a|an" and an adult noun (ConText decides whether it governs the wording); else the
// token after the noun of a modified adult opening.
const BARE_ADULT_NOUNS: ReadonlySet<number> = new Set(BARE_ADULT_SUBJECT_WORDS.map(internWord));
function adultOpening(ta: TokenArrays, a: number, s: number): number {
  if (BARE_ADULT_NOUNS.has(ta.id[a]!)) return 0; // "Adults have taken over ...", "Men were seen ..." (round 22)
  if (!ADULT_OPENING_DETERMINERS.has(ta.id[a]!) || a + 1 >= s) return -1;
  const modified = a + 2 < s && (ADULT_NOUNS.has(ta.id[a + 2]!) || ADULT_SEX_NOUNS.has(ta.id[a + 2]!));
  if (modified && (ADULT_MODIFIERS.has(ta.id[a + 1]!) || isAdultAge(normAt(ta, a + 1)))) return a + 3;
  // Round 24: with an adult age any one noun (or none) names an adult ("The 19 year old sister has chosen to move in
  // with her boyfriend", "The 25-year-old has chosen to"): the age, in one token or three ("19 year old").
  const aged = isAdultAge(normAt(ta, a + 1))
    ? a + 2
    : a + 3 < s && isAdultNumber(normAt(ta, a + 1)) && AGE_YEARS.has(ta.id[a + 2]!) && normAt(ta, a + 3) === 'old'
      ? a + 4
      : -1;
  if (aged > 0) return aged < s && !PARENT_GAP.has(ta.id[aged]!) && !ADULT_GAP.has(ta.id[aged]!) ? aged + 1 : aged;
  if (!ADULT_NOUNS.has(ta.id[a + 1]!)) return -1;
  // Round 26: the adults' ages as a decade right after the noun ("Two men in their thirties were arrested for dealing
  // cocaine", "The man in his forties chose to ..."): an adult opening as a modified one is.
  return a + 5 <= s && ta.id[a + 2] === IN_ID && AGE_POSSESSIVES.has(ta.id[a + 3]!) && DECADES.has(ta.id[a + 4]!) ? a + 5 : 0;
}
const IN_ID = internWord('in');
const AGE_POSSESSIVES: ReadonlySet<number> = new Set(['their', 'his', 'her'].map(internWord));
const DECADES: ReadonlySet<number> = new Set(DECADE_WORDS.map(internWord));
const AGE_YEARS: ReadonlySet<number> = new Set(AGE_YEAR_WORDS.map(internWord));
const ADULT_GAP: ReadonlySet<number> = new Set(ADULT_GAP_WORDS.map(internWord));

// A colon, dash or comma right after token t: "Mum: ...", "Mum - ...", "Dad, ...".
function headingAfter(text: string, ta: TokenArrays, t: number): boolean {
  for (let c = ta.end[t]!, end = t + 1 < ta.n ? ta.start[t + 1]! : text.length; c < end; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 58 || ch === 44 || ch === 45 || ch === 0x2013 || ch === 0x2014) return true;
  }
  return false;
}

// Longest first (tokens, then characters); on a tie the entry with a context condition is the more specific one;
// then lexicon order, then position. Greedy selection of non-overlapping token ranges.
const NO_QUOTES = indexQuotes([]);

function quoteIndex(text: string, ta: TokenArrays, quotes: (() => readonly (readonly [number, number])[]) | null): QuoteIndex {
  if (quotes !== null) return indexQuotes(withExtraQuotes(text, quotes()));
  // The scan saw no quotation mark: no quoted stretch of either kind, and no second pass over the text.
  return ta.quoteMarks ? indexQuotes(withExtraQuotes(text, quoteSpans(text))) : NO_QUOTES;
}

// Words recorded as said ("the 2014 police log says she was 'making her own choices'") carry their own context: the
// report's frame around the quotation ("police", "Dad described his son as") is not a reason to drop the quoted
// words, so a candidate inside such a quotation is vetoed only by cues inside it. Not a word or two in scare quotes
// (`she "chose to" go to college`): there the words outside still say what the quoted words are about.
function quotedPastVeto(cues: CompiledCues, ta: TokenArrays, sp: number, k: number, q: QuoteIndex): boolean {
  const quote = enclosingQuote(q, candStart[k]!, candEnd[k]!);
  if (quote === null || (candE[k]! - candS[k]! < 3 && quote[1] - quote[0] - (candEnd[k]! - candStart[k]!) <= 8)) return false;
  let from = candS[k]!;
  while (from > 0 && ta.start[from - 1]! >= quote[0]) from--;
  let to = candE[k]!;
  while (to < ta.n && ta.end[to]! <= quote[1]) to++;
  return !vetoed(cues, ta, sp, candS[k]!, candE[k]!, from, to);
}

function byStart(a: LanguageFinding, b: LanguageFinding): number {
  return a.start - b.start;
}

// Candidates a and b by their number in the scratch arrays.
function byPreference(a: number, b: number): number {
  const la = candE[a]! - candS[a]!;
  const lb = candE[b]! - candS[b]!;
  if (la !== lb) return lb - la;
  const ca = candEnd[a]! - candStart[a]!;
  const cb = candEnd[b]! - candStart[b]!;
  if (ca !== cb) return cb - ca;
  const entries = COMPILED.entries;
  const sa = entries[candEntry[a]!]!.hasRequires ? 0 : 1;
  const sb = entries[candEntry[b]!]!.hasRequires ? 0 : 1;
  if (sa !== sb) return sa - sb;
  return candEntry[a]! - candEntry[b]! || candStart[a]! - candStart[b]!;
}
