// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
import { parsePattern } from '../../text/matcher.ts';
import { compilePatterns, type PhraseMatch } from '../../text/reference/matcher.ts';
import { contextDetail } from '../../text/reference/context.ts';
import { quoteSpans, tokenize, type Token } from '../../text/reference/tokenize.ts';
import { CRITICISM_CUES, EXPLOITATION_CONTEXT_CUES, LEXICON } from '../lexicon.ts';
import { withExtraQuotes } from '../quotes.ts';
import { LANGUAGE_SOURCES } from '../sources.ts';
import { QUOTED_BLAME_SEQUELS, QUOTED_JUSTIFICATION } from '../lexicon-round37.ts';
import { victimFramed } from '../victim-frame.ts';
import {
  ADULT_GAP_WORDS,
  ADULT_MODIFIER_WORDS,
  ADULT_OPENING_DETERMINER_WORDS,
  ADULT_RELATIVE_WORDS,
  ADULT_SEX_WORDS,
  ADULT_SUBJECT_WORDS,
  BARE_ADULT_SUBJECT_WORDS,
  CONTEXT_IN_SENTENCE_WINDOW,
  COPULA_FILLER_WORDS,
  COPULA_WORDS,
  DECADE_WORDS,
  DEFAULT_WINDOW,
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
} from '../types.ts';

// The victim-blaming language checker (issue 4, part 1). Pure: it runs on the server and in the browser.
// The lexicon patterns are one compiled matcher, run over the whole note. Context cues (requiresNear/unlessNear) are
// tested only around candidate matches that have a condition: one-word cues by looking at the window's tokens,
// phrase cues with a second matcher over the merged windows. Most notes raise no candidate, so their cost is one
// walk of the lexicon trie.

type CompiledEntry = {
  entry: LexiconEntry;
  requires: readonly number[]; // cue indices
  unless: readonly number[];
  unlessAcross: readonly number[]; // types.ts unlessNearAcross
  window: number;
  acrossWindow: number; // types.ts unlessNearAcrossWindow
  sourceTitle: string;
};

// A one-token cue ("police|officers|staff") is tested by looking at the window's tokens directly; longer cues
// ("over 18", "was|were sent") go through a phrase matcher over the window.
type WordCue = { words: ReadonlySet<string>; prefixes: readonly string[] };

function wordCue(pattern: string): WordCue | undefined {
  const slots = parsePattern(pattern);
  if (slots.length !== 1 || slots[0]!.optional) return undefined;
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of slots[0]!.alts) {
    if (alt.kind === 'word') words.add(alt.word);
    else if (alt.kind === 'prefix') prefixes.push(alt.prefix);
    else return undefined;
  }
  return { words, prefixes };
}

function compileLexicon(lexicon: readonly LexiconEntry[]) {
  const cueIndex = new Map<string, number>();
  const cueOf = (pattern: string): number => {
    let i = cueIndex.get(pattern);
    if (i === undefined) cueIndex.set(pattern, (i = cueIndex.size));
    return i;
  };
  const entries: CompiledEntry[] = lexicon.map((entry) => {
    const source = (LANGUAGE_SOURCES as Readonly<Record<string, { title: string } | undefined>>)[entry.source];
    if (!source) throw new Error(`Lexicon entry "${entry.id}" cites unknown source "${entry.source}"`);
    return {
      entry,
      requires: (entry.requiresNear ?? []).map(cueOf),
      unless: (entry.unlessNear ?? []).map(cueOf),
      unlessAcross: (entry.unlessNearAcross ?? []).map(cueOf),
      window: entry.window ?? DEFAULT_WINDOW,
      acrossWindow: entry.unlessNearAcrossWindow ?? entry.window ?? DEFAULT_WINDOW,
      sourceTitle: source.title,
    };
  });
  const cuePatterns = [...cueIndex.keys()];
  const wordCues = cuePatterns.map(wordCue);
  const phraseCues = cuePatterns.flatMap((p, i) => (wordCues[i] ? [] : [{ patterns: [p], value: i }]));
  return {
    entries,
    wordCues,
    // The longest phrase cue, in tokens: a hit that starts more than this before a window cannot reach into it.
    longestCue: Math.max(1, ...phraseCues.map((c) => parsePattern(c.patterns[0]!).length)),
    hasPhraseCues: phraseCues.length > 0,
    entryMatcher: compilePatterns(entries.map((e, i) => ({ patterns: e.entry.patterns, value: i }))),
    cueMatcher: compilePatterns(phraseCues),
  };
}

const COMPILED = compileLexicon(LEXICON);
const CONTEXT_WORDS = EXPLOITATION_CONTEXT_CUES.map((c) => wordCue(c)!);
const CRITICISM_WORDS = CRITICISM_CUES.flatMap((c) => wordCue(c) ?? []);
const NEXT_CRITICISM = compilePatterns([{ patterns: NEXT_CLAUSE_CRITICISM, value: 0 }]);
const NEXT_NAMES_HARM = compilePatterns([{ patterns: NEXT_CLAUSE_NAMES_HARM, value: 0 }]);
const NEXT_AMENDED = compilePatterns([{ patterns: NEXT_CLAUSE_AMENDED, value: 0 }]);
const CRITICISM_PHRASES = compilePatterns(CRITICISM_CUES.filter((c) => !wordCue(c)).map((c) => ({ patterns: [c], value: 0 })));

/** Check a note for victim-blaming wording. Offsets are UTF-16 code units of `text`. */
export function checkLanguage(text: string): LanguageFinding[] {
  return checkLanguageTokens(text, tokenize(text), quoteSpans(text));
}

/**
 * The same check over tokens and quote spans that the caller already has (a combined scanner tokenizes once).
 * `tokens` must come from `tokenize(text)` and `quotes` from `quoteSpans(text)`.
 */
export function checkLanguageTokens(text: string, tokens: readonly Token[], quotes: readonly (readonly [number, number])[]): LanguageFinding[] {
  const { entries, wordCues, longestCue, hasPhraseCues, entryMatcher, cueMatcher } = COMPILED;
  const candidates = entryMatcher.match(tokens);
  if (candidates.length === 0) return [];

  // Token ranges to search for phrase cues: each conditional candidate's window, widened by the longest cue, merged.
  const ranges: [number, number][] = [];
  for (const c of candidates) {
    const e = entries[c.value]!;
    if (!hasPhraseCues || (e.requires.length === 0 && e.unless.length === 0 && e.unlessAcross.length === 0)) continue;
    const w = Math.max(e.window, e.acrossWindow);
    const lo = Math.max(0, c.startToken - w - longestCue);
    const hi = Math.min(tokens.length, c.endToken + w + longestCue);
    ranges.push([lo, hi]);
  }
  // Cue hits per cue, as parallel arrays of [startToken, endToken), in order of start.
  const hits = new Map<number, { starts: number[]; ends: number[] }>();
  if (ranges.length > 0) {
    ranges.sort((a, b) => a[0] - b[0]);
    let [lo, hi] = ranges[0]!;
    const flush = (from: number, to: number): void => {
      const slice = tokens.slice(from, to);
      for (const m of cueMatcher.match(slice)) {
        let h = hits.get(m.value);
        if (!h) hits.set(m.value, (h = { starts: [], ends: [] }));
        h.starts.push(m.startToken + from);
        h.ends.push(m.endToken + from);
      }
    };
    for (let i = 1; i < ranges.length; i++) {
      const [l, h] = ranges[i]!;
      if (l <= hi) hi = Math.max(hi, h);
      else {
        flush(lo, hi);
        [lo, hi] = [l, h];
      }
    }
    flush(lo, hi);
  }

  // A cue counts when it overlaps [startToken - window, endToken + window) and lies in the match's sentence: for a
  // requiresNear cue its semicolon clauses together (Token.period, `across`), for an unlessNear one its own clause (or its
  // period too, for an entry with unlessAcrossSemicolon: types.ts).
  const periodOfToken = (t: Token): number => t.period ?? t.sentence;
  const clauseOf = (t: Token): number => t.sentence;
  // `inside` (optional): only cues whose tokens all lie within these offsets count.
  const cueNear = (
    cue: number,
    m: PhraseMatch<number>,
    window: number,
    across: boolean,
    inside?: readonly [number, number],
    from = 0,
    skip?: (t: number) => boolean,
  ): boolean => {
    const periodOf = across ? periodOfToken : clauseOf;
    const lo = Math.max(m.startToken - window, from);
    const hi = m.endToken + window;
    const sentence = periodOf(tokens[m.startToken]!);
    const within = (a: number, b: number): boolean =>
      a >= from &&
      (!inside || (tokens[a]!.start >= inside[0] && tokens[b - 1]!.end <= inside[1])) &&
      !(skip && Array.from({ length: b - a }, (_, i) => a + i).some(skip));
    const wc = wordCues[cue];
    if (wc) {
      for (let t = Math.max(0, lo); t < hi && t < tokens.length; t++) {
        const tok = tokens[t]!;
        if (periodOf(tok) !== sentence || !within(t, t + 1)) continue;
        if (wc.words.has(tok.norm)) return true;
        for (const p of wc.prefixes) if (tok.norm.startsWith(p)) return true;
      }
      return false;
    }
    const h = hits.get(cue);
    if (!h) return false;
    for (let i = lowerBound(h.starts, lo - longestCue); i < h.starts.length && h.starts[i]! < hi; i++) {
      if (h.ends[i]! > lo && periodOf(tokens[h.starts[i]!]!) === sentence && within(h.starts[i]!, h.ends[i]!)) return true;
    }
    return false;
  };

  // contextInSentence (types.ts): a word of EXPLOITATION_CONTEXT_CUES anywhere in the candidate's sentence.
  // (Not before `from`: check.ts writerHeadingEnd.)
  const contextInSentence = (m: PhraseMatch<number>, from: number): boolean => {
    const sentence = periodOfToken(tokens[m.startToken]!);
    const lo = Math.max(0, m.startToken - CONTEXT_IN_SENTENCE_WINDOW, from);
    const near = tokens.slice(lo, Math.max(lo, m.endToken + CONTEXT_IN_SENTENCE_WINDOW));
    return near.some((t) => periodOfToken(t) === sentence && CONTEXT_WORDS.some((w) => w.words.has(t.norm) || w.prefixes.some((p) => t.norm.startsWith(p))));
  };

  // A writer criticising the wording they report: a CRITICISM_CUES word in the candidate's own clause, as near as above.
  // A phrase cue ("must not write") counts when it overlaps that window in the same sentence.
  let criticismPhrases: PhraseMatch<number>[] | null = null;
  const criticisedAt = (s: number, e: number): boolean => {
    const sentence = clauseOf(tokens[s]!);
    // check.ts criticismNear (review 29): not from before the nearest "but" before the wording that a name or a
    // pronoun follows within two words.
    for (let from = s; from > 0 && clauseOf(tokens[from - 1]!) === sentence; from--) {
      if (!CONTRAST_WORDS.includes(tokens[from - 1]!.norm)) continue;
      const subject = tokens.slice(from, Math.min(s, from + 3)).some((tok) => CONTRAST_SUBJECT_WORDS.includes(tok.norm) || !lowerAt(text, tok.start));
      if (subject) return criticisedFrom(s, e, 0) && criticisedFrom(s, e, from);
    }
    return criticisedFrom(s, e, 0);
  };
  const criticisedFrom = (s: number, e: number, from: number): boolean => {
    const sentence = clauseOf(tokens[s]!);
    const lo = Math.max(s - CONTEXT_IN_SENTENCE_WINDOW, from);
    const hi = e + CONTEXT_IN_SENTENCE_WINDOW;
    const near = tokens.slice(Math.max(0, lo), hi);
    if (near.some((t) => clauseOf(t) === sentence && CRITICISM_WORDS.some((w) => w.words.has(t.norm) || w.prefixes.some((p) => t.norm.startsWith(p)))))
      return true;
    criticismPhrases ??= CRITICISM_PHRASES.match(tokens);
    return criticismPhrases.some((c) => c.endToken > lo && c.startToken < hi && c.startToken >= from && clauseOf(tokens[c.startToken]!) === sentence);
  };
  // Criticism in the match's clause, or a next clause (starting close after the match) that opens by calling the
  // wording wrong (types.ts NEXT_CLAUSE_CRITICISM).
  let nextCriticism: PhraseMatch<number>[] | null = null;
  let nextNamesHarm: PhraseMatch<number>[] | null = null;
  let nextAmended: PhraseMatch<number>[] | null = null;
  const criticised = (m: PhraseMatch<number>, quoted: boolean): boolean => {
    if (criticisedAt(m.startToken, m.endToken)) return true;
    let t = m.endToken;
    const limit = Math.min(tokens.length, m.endToken + CONTEXT_IN_SENTENCE_WINDOW);
    while (t < limit && clauseOf(tokens[t]!) === clauseOf(tokens[m.startToken]!)) t++;
    if (t >= limit) return false;
    nextCriticism ??= NEXT_CRITICISM.match(tokens);
    if (nextCriticism.some((c) => c.startToken === t)) return true;
    // Review 21b M15: "amended" at the clause's end; naming the harm after quoted or attributed wording only.
    nextAmended ??= NEXT_AMENDED.match(tokens);
    if (nextAmended.some((c) => c.startToken === t && (c.endToken >= tokens.length || clauseOf(tokens[c.endToken]!) !== clauseOf(tokens[t]!)))) return true;
    nextNamesHarm ??= NEXT_NAMES_HARM.match(tokens);
    if (!nextNamesHarm.some((c) => c.startToken === t)) return false;
    if (quoted) return true;
    for (let p = m.startToken - 1; p >= 0 && p >= m.startToken - ATTRIBUTION_REACH && clauseOf(tokens[p]!) === clauseOf(tokens[m.startToken]!); p--)
      if (ATTRIBUTION_WORDS.includes(tokens[p]!.norm)) return true;
    return false;
  };

  // Quotation marks as context (types.ts `quoted`): the base spans plus the forms quotes.ts adds.
  const allQuotes = withExtraQuotes(text, quotes);
  const kept: PhraseMatch<number>[] = [];
  for (const c of candidates) {
    const e = entries[c.value]!;
    // check.ts crossesHeading: not across the colon of the sentence's heading.
    if (text.slice(c.start, c.end).includes(':') && headingEnd(text, tokens, c.endToken - 1) > c.startToken) continue;
    const inQuotes = insideQuote(allQuotes, c.start, c.end);
    // check.ts writerHeadingEnd (round 26): a heading naming the writer's role meets no requirement.
    const writer = writerHeadingEnd(text, tokens, c.startToken);
    const requiresMet =
      e.requires.some((cue) => cueNear(cue, c, e.window, true, undefined, writer)) ||
      (e.entry.contextInSentence === true && contextInSentence(c, writer)) ||
      (e.entry.labelFrame === true && afterCopula(tokens, c.startToken));
    if (e.requires.length > 0 && !requiresMet && !(e.entry.quoted === 'sufficient' && inQuotes)) continue;
    // check.ts headingEnd: a veto in the sentence's heading ("Police: ...") does not count.
    // check.ts reportFrom (round 26): nor in a reporting speaker's words before a name ("social worker said Aisha is ...").
    const heading = Math.max(vetoFrom(text, tokens, c.startToken), reportFrom(text, tokens, c.startToken));
    const across = e.entry.unlessAcrossSemicolon === true; // types.ts: the vetoes count across a ; for this entry
    const vetoedBy = (inside?: readonly [number, number], from = 0, skip?: (t: number) => boolean): boolean =>
      e.unless.some((cue) => cueNear(cue, c, e.window, across, inside, from, skip)) ||
      e.unlessAcross.some((cue) => cueNear(cue, c, e.acrossWindow, true, inside, from, skip));
    // check.ts vetoedBesideChild (session 21): the child named by sex and age, and an adult in what the child is said
    // to know right after the wording ("knows full well what the men want"), veto nothing.
    const objectEnd = objectAdultEnd(tokens, c.endToken);
    const skip = (t: number): boolean => childBySex(tokens, t) || (t >= c.endToken && t < objectEnd);
    if (vetoedBy(undefined, heading, skip)) {
      // Inside a quotation that holds three words or more of the match, or more than the match and a few characters,
      // only cues in it count.
      const quote = innermostQuote(allQuotes, c.start, c.end);
      const recorded = quote !== null && (c.endToken - c.startToken >= 3 || quote[1] - quote[0] - (c.end - c.start) > 8);
      if (!recorded || vetoedBy(quote)) continue;
    }
    if (criticised(c, inQuotes)) continue;
    // check.ts (session 22b): an offence beside a victim frame (victim-frame.ts), outside quotation marks.
    if (
      e.entry.category === 'criminalises_child' &&
      !inQuotes &&
      victimFramed(
        (t) => tokens[t]!.norm,
        (t) => periodOfToken(tokens[t]!) === periodOfToken(tokens[c.startToken]!),
        tokens.length,
        c.startToken,
        c.endToken,
      )
    )
      continue;
    // (Someone's own words keep their finding: "Her mum: 'She's made her choice'".)
    if (adultOpens(text, tokens, c, e.entry.category) && !inQuotes) continue;
    // check.ts childBySex, objectAdultEnd (session 21).
    function childBySex(tokens: readonly Token[], t: number): boolean {
      if (!['male', 'female'].includes(tokens[t]!.norm)) return false;
      const a = ['aged', 'age'].includes(tokens[t + 1]?.norm ?? '') ? t + 2 : t + 1;
      const m =
        tokens[a] && tokens[a].sentence === tokens[t]!.sentence ? /^(\d{1,2})(?:-year-old|-years-old|-yr-old|yo|yrs?|f|m|y)?$/.exec(tokens[a].norm) : null;
      if (m !== null && Number(m[1]) < 18) return true;
      const b = tokens[t - 1]?.norm === 'old' ? t - 2 : t - 1;
      const n =
        b >= 0 && tokens[b]!.sentence === tokens[t]!.sentence ? /^(\d{1,2})(?:-year-old|-years-old|-yr-old|yo|yrs?|f|m|y)?$/.exec(tokens[b]!.norm) : null;
      return n !== null && Number(n[1]) < 18;
    }
    function objectAdultEnd(tokens: readonly Token[], e: number): number {
      const sentence = tokens[e - 1]!.sentence;
      const inSentence = (t: number): boolean => tokens[t]?.sentence === sentence;
      let t = inSentence(e) && ['exactly', 'just', 'precisely'].includes(tokens[e]!.norm) ? e + 1 : e;
      if (!inSentence(t) || !['what', 'how'].includes(tokens[t]!.norm)) return -1;
      const adults = ['man', 'men', 'male', 'males', 'adult', 'adults', 'older', 'olders', 'elders', 'woman', 'women'];
      const leads = ['the', 'these', 'those', 'older', 'adult', 'two', 'three', 'some'];
      let end = -1;
      for (t++; inSentence(t) && (leads.includes(tokens[t]!.norm) || adults.includes(tokens[t]!.norm)); t++) if (adults.includes(tokens[t]!.norm)) end = t + 1;
      return end;
    }

    // check.ts adultAgedSubject (round 29): an adult given by age opens a sentence with no child in it.
    if (
      ['implies_consent', 'criminalises_child', 'blames_child', 'sexualises'].includes(e.entry.category) &&
      adultAgedSubject(text, tokens, c.startToken) &&
      !inQuotes
    )
      continue;
    // check.ts nounUse (round 26): the wording's verb as a noun after a determiner ("the messages the man keeps sending").
    if (
      NOUN_VERB_WORDS.includes(tokens[c.startToken]!.norm) &&
      c.startToken > 0 &&
      tokens[c.startToken - 1]!.sentence === tokens[c.startToken]!.sentence &&
      NOUN_DETERMINER_WORDS.includes(tokens[c.startToken - 1]!.norm)
    )
      continue;
    // check.ts animalSubject (round 26): a pet opening the clause, no person named before the wording.
    if (animalSubject(text, tokens, c)) continue;
    // check.ts adultPossessor (round 26): a partner label whose possessive an adult owns, in a sentence only about them.
    if (e.entry.category === 'adult_centred_label' && adultPossessor(text, tokens, c) && !inQuotes) continue;
    // check.ts round 25: a denial outside the quotation marks is the writer's ('was not being "difficult"').
    const denial = deniedAt(text, tokens, c.startToken);
    if (denial >= 0 && (!inQuotes || !insideQuote(allQuotes, tokens[denial]!.start, tokens[denial]!.end))) continue;
    if (e.entry.quoted === 'required' && !inQuotes) continue;
    if (e.entry.quoted === 'scare' && !scareQuoted(allQuotes, c.start, c.end)) continue;
    kept.push(c);
  }

  // Longest first (tokens, then characters); on a tie the entry with a context condition is the more specific one;
  // then lexicon order, then position. Greedy selection of non-overlapping token ranges.
  kept.sort((a, b) => {
    const la = a.endToken - a.startToken;
    const lb = b.endToken - b.startToken;
    if (la !== lb) return lb - la;
    const ca = a.end - a.start;
    const cb = b.end - b.start;
    if (ca !== cb) return cb - ca;
    const sa = entries[a.value]!.requires.length > 0 ? 0 : 1;
    const sb = entries[b.value]!.requires.length > 0 ? 0 : 1;
    if (sa !== sb) return sa - sb;
    return a.value - b.value || a.start - b.start;
  });
  const taken = new Uint8Array(tokens.length);
  const findings: LanguageFinding[] = [];
  for (const c of kept) {
    const { startToken, endToken, start, end } = c;
    let free = true;
    for (let t = startToken; t < endToken; t++) {
      if (taken[t] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, startToken, endToken);
    const e = entries[c.value]!;
    findings.push({
      start,
      end,
      text: text.slice(start, end),
      entryId: e.entry.id,
      category: e.entry.category,
      explanation: e.entry.explanation,
      alternatives: [...e.entry.alternatives],
      source: e.sourceTitle,
      quoted: insideQuote(allQuotes, start, end),
    });
  }
  findings.sort((a, b) => a.start - b.start);
  // Review 32: not when the words after the last "and" hold a comma, colon or bracket, a reporting word or "by", or
  // more than three words (check.ts startsOwnClause).
  const startsOwnClause = (between: string): boolean => {
    const parts = between.split(/(?<![\p{L}\p{N}'’-])and(?![\p{L}\p{N}'’-])/iu);
    const tail = parts.at(-1)!;
    const words = tail.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const reporting =
      /^(?:says?|said|told|tells?|thinks?|thought|feels?|felt|believes?|believed|reports?|reported|according|describes?|described|states?|stated|claims?|claimed|added|wrote|writes|by)$/iu;
    return /[,:()]/.test(tail) || words.some((w) => reporting.test(w)) || words.length > 3;
  };
  // check.ts trailingAnd (round 32): a secondary entry's finding after the previous kept finding of the sentence, with
  // "and" between them and the same quotedness, is dropped.
  const trimmed: LanguageFinding[] = [];
  for (const f of findings) {
    const g = trimmed.at(-1);
    const secondary = LEXICON.some((x) => x.id === f.entryId && x.secondary === true);
    if (g && secondary && g.quoted === f.quoted) {
      const between = text.slice(g.end, f.start);
      if (/(?:^|[^\p{L}\p{N}'’-])and(?:$|[^\p{L}\p{N}'’-])/iu.test(between) && !/[.!?;\n]/.test(between) && !startsOwnClause(between)) continue;
    }
    trimmed.push(f);
  }
  // check.ts onePerQuote: a quoted consent or crime-as-work finding with the previous quoted finding of its category in
  // the same quotation and no sentence end between joins it (when it is the last one kept) or is dropped.
  const out: LanguageFinding[] = [];
  const last = new Map<string, LanguageFinding>();
  for (const f of trimmed) {
    // Session 22b: a quoted minimising remark that justifies the one before it (lexicon-round37.ts QUOTED_JUSTIFICATION),
    // and a quoted blame that follows a verdict (QUOTED_BLAME_SEQUELS).
    const sequel =
      (f.category === 'minimises_harm' && QUOTED_JUSTIFICATION.test(f.text)) || (f.category === 'blames_child' && QUOTED_BLAME_SEQUELS.has(f.entryId));
    const oneOnly = f.category === 'implies_consent' || f.category === 'criminalises_child';
    if (f.quoted && (oneOnly || f.category === 'minimises_harm' || f.category === 'blames_child')) {
      const g = last.get(f.category);
      const quote = innermostQuote(allQuotes, f.start, f.end);
      if ((oneOnly || sequel) && g && quote !== null && g.start >= quote[0] && g.end <= quote[1] && !/[.!?;\n]/.test(text.slice(g.end, f.start))) {
        if (out.at(-1) === g) {
          const joined = { ...g, end: f.end, text: text.slice(g.start, f.end) };
          out[out.length - 1] = joined;
          last.set(f.category, joined);
        }
        continue;
      }
      last.set(f.category, f);
    }
    out.push(f);
  }
  // check.ts joinAdjacent (round 27): one category, the same quotedness, only spaces or tabs between (review 27: no line
  // break): one finding.
  const joined: LanguageFinding[] = [];
  for (const f of out) {
    const g = joined.at(-1);
    // Session 21: or two single words of one entry with "and" between ("clingy and needy"); session 22: of one category.
    const between = text.slice(g?.end ?? 0, f.start);
    const paired = g !== undefined && !/\s/.test(g.text + f.text) && /^[ \t]+and[ \t]+$/i.test(between);
    // Session 22b: a one-word label of blame (or two joined by "and"), then "and" and what it shows ("manipulative and
    // plays staff off"); not wasting police time.
    const illustrated =
      g !== undefined &&
      g.category === 'blames_child' &&
      /^[^\s]+(?:[ \t]+and[ \t]+[^\s]+)?$/i.test(g.text) &&
      f.entryId !== 'wasting_police_time' &&
      /^[ \t]+and[ \t]+$/i.test(between);
    if (g && g.category === f.category && g.quoted === f.quoted && (paired || illustrated || /^[ \t]*$/.test(between)))
      joined[joined.length - 1] = { ...g, end: f.end, text: text.slice(g.start, f.end) };
    else joined.push(f);
  }
  return joined;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Quoted when most of the finding lies inside quotation marks (the same rule as ../check.ts; written here as a plain
// character count over the union of the spans, independently of the fast path).
function insideQuote(quotes: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let inside = 0;
  for (let c = start; c < end; c++) if (quotes.some(([qs, qe]) => qs <= c && c < qe)) inside++;
  return inside * 2 > end - start;
}

// The straightforward scare-quote test (quotes.ts scareQuoted searches an index instead).
function scareQuoted(quotes: readonly (readonly [number, number])[], start: number, end: number, slack = 8): boolean {
  for (const [qs, qe] of quotes) {
    if (qs > start) break;
    if (qe >= end && qe - qs - (end - start) <= slack) return true;
  }
  return false;
}

// The smallest quotation that holds all of [start, end), or null.
function innermostQuote(quotes: readonly (readonly [number, number])[], start: number, end: number): readonly [number, number] | null {
  let best: readonly [number, number] | null = null;
  for (const q of quotes) if (q[0] <= start && q[1] >= end && (!best || q[1] - q[0] < best[1] - best[0])) best = q;
  return best;
}

// A copula right before token `s`, with at most two filler words between, in the same sentence (types.ts labelFrame).
function afterCopula(tokens: readonly Token[], s: number): boolean {
  const sentence = tokens[s]!.sentence;
  for (let skip = 0; skip <= 2; skip++) {
    const p = s - 1 - skip;
    if (p < 0) return false;
    const between = tokens.slice(p + 1, s);
    const copula = tokens[p]!;
    if (copula.sentence === sentence && COPULA_WORDS.includes(copula.norm) && between.every((t) => COPULA_FILLER_WORDS.includes(t.norm))) return true;
  }
  return false;
}

// A choice or an offence whose subject is an unnamed adult or a parent opening the sentence ("The men involved chose to
// target a 13-year-old", "Mum chose to let the men stay"), governed by it under ConText, is not the child's.
const ADULT_WORDS = new Set(ADULT_SUBJECT_WORDS);
const PARENT_WORDS = new Set(ADULT_RELATIVE_WORDS);
const PARENT_POSSESSIVES = new Set(PARENT_POSSESSIVE_WORDS);
const PARTNERS = new Set(PARTNER_WORDS);
const PARENT_DETERMINERS = new Set(PARENT_DETERMINER_WORDS);
const PARENT_GAP = new Set(PARENT_GAP_WORDS);
function adultOpens(text: string, tokens: readonly Token[], c: PhraseMatch<number>, category: string): boolean {
  if (category !== 'implies_consent' && category !== 'criminalises_child' && category !== 'blames_child') return false;
  let a = c.startToken;
  while (a > 0 && tokens[a - 1]!.sentence === tokens[c.startToken]!.sentence) a--;
  if (c.startToken - a > 14 || a >= c.startToken) return false; // check.ts SUBJECT_REACH
  // check.ts afterHeading: "Police: ...", "Strategy meeting: ..." (up to six words and a colon and a space).
  for (let t = a; t < a + 6 && t + 1 < c.startToken; t++) {
    if (HEADING_COLON.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) {
      a = t + 1;
      break;
    }
  }
  if (a >= c.startToken) return false;
  if (roleSubject(text, tokens, a, c.startToken, c.endToken)) return true;
  const first = tokens[a]!.norm;
  const second = a + 1 < c.startToken ? tokens[a + 1]!.norm : '';
  const third = a + 2 < c.startToken ? tokens[a + 2]!.norm : '';
  // check.ts adultOpening: "The 29-year-old man", "An adult male", "The older man" (the words between: gap words only).
  if (
    ADULT_OPENING_DETERMINER_WORDS.includes(first) &&
    (ADULT_MODIFIER_WORDS.includes(second) || isAdultAge(second)) &&
    (ADULT_WORDS.has(third) || ADULT_SEX_WORDS.includes(third))
  )
    return tokens.slice(a + 3, c.startToken).every((t) => PARENT_GAP.has(t.norm) || ADULT_GAP_WORDS.includes(t.norm));
  // check.ts adultOpening (round 24): an adult age, in one token or three ("the 19 year old sister"), then at most one
  // word that is not a gap word, then gap words only.
  if (ADULT_OPENING_DETERMINER_WORDS.includes(first)) {
    const norm = (t: number): string => (t < c.startToken ? tokens[t]!.norm : '');
    const aged = isAdultAge(second)
      ? a + 2
      : a + 3 < c.startToken && isAdultNumber(second) && AGE_YEAR_WORDS.includes(third) && norm(a + 3) === 'old'
        ? a + 4
        : -1;
    if (aged > 0) {
      const gap = (t: number): boolean => PARENT_GAP.has(norm(t)) || ADULT_GAP_WORDS.includes(norm(t));
      const from = aged < c.startToken && !gap(aged) ? aged + 1 : aged;
      return tokens.slice(from, c.startToken).every((t) => PARENT_GAP.has(t.norm) || ADULT_GAP_WORDS.includes(t.norm));
    }
  }
  // check.ts adultOpening (round 26): the adults' ages as a decade right after the noun ("Two men in their thirties").
  if (
    ADULT_OPENING_DETERMINER_WORDS.includes(first) &&
    ADULT_WORDS.has(second) &&
    a + 5 <= c.startToken &&
    third === 'in' &&
    ['their', 'his', 'her'].includes(tokens[a + 3]!.norm) &&
    DECADE_WORDS.includes(tokens[a + 4]!.norm)
  )
    return tokens.slice(a + 5, c.startToken).every((t) => PARENT_GAP.has(t.norm) || ADULT_GAP_WORDS.includes(t.norm));
  // check.ts adultOpening: plural adults without a determiner ("Adults have taken over ...", round 22).
  if (!((ADULT_OPENING_DETERMINER_WORDS.includes(first) && ADULT_WORDS.has(second)) || BARE_ADULT_SUBJECT_WORDS.includes(first))) {
    const p = PARENT_WORDS.has(first)
      ? a
      : (PARENT_DETERMINERS.has(first) && PARENT_WORDS.has(second)) ||
          (PARENT_POSSESSIVES.has(first) && PARTNERS.has(second)) ||
          // check.ts namePossessive (round 25): "Rebecca's mum ...".
          (PARENT_WORDS.has(second) &&
            first.length > 2 &&
            first.endsWith("'s") &&
            text.charAt(tokens[a]!.start) !== text.charAt(tokens[a]!.start).toLowerCase())
        ? a + 1
        : -1;
    if (p < 0) return false;
    // Not a heading or an address: "Mum: ...", "Mum - ...", "Dad, ..."; but the parent's own adult age in apposition
    // ("Mum, 42, is ...", check.ts round 24).
    const punctAfter = (t: number): boolean =>
      /[:,\-\u2013\u2014]/.test(text.slice(tokens[t]!.end, t + 1 < tokens.length ? tokens[t + 1]!.start : text.length));
    const q = p + 2 < c.startToken && isAdultNumber(tokens[p + 1]!.norm) && punctAfter(p + 1) ? p + 1 : p;
    if (punctAfter(p) && q === p) return false;
    if (tokens.slice(q + 1, c.startToken).some((t) => !PARENT_GAP.has(t.norm))) return false;
  }
  // check.ts adultIsSubject: governed by an adult, not by another child.
  const ctx = contextDetail(tokens, c.startToken, c.endToken);
  return ctx.experiencer === 'other' && ctx.otherKind !== 'peer' && ctx.otherKind !== 'sibling';
}

const lowerAt = (text: string, i: number): boolean => text.charAt(i) === text.charAt(i).toLowerCase();

// check.ts roleSubject (round 27): a determiner, at most three lower-case modifiers and a role (or a title and a
// capitalised name), an adult age or none, then gap words only (no pronoun).
const ROLE_GAP = new Set([...PARENT_GAP_WORDS, ...ADULT_GAP_WORDS, ...ROLE_GAP_WORDS].filter((w) => !HEADING_PRONOUN_WORDS.includes(w)));
function roleSubject(text: string, tokens: readonly Token[], a: number, s: number, e: number): boolean {
  if (tokens.slice(s, e).some((tok) => POSSESSOR_STOP_WORDS.includes(tok.norm))) return false; // "recorded it as her choice"
  const lower = (t: number): boolean => lowerAt(text, tokens[t]!.start);
  const punctAfter = (t: number): boolean => /[:,\-\u2013\u2014]/.test(text.slice(tokens[t]!.end, t + 1 < tokens.length ? tokens[t + 1]!.start : text.length));
  let t = a;
  if (TITLE_WORDS.includes(tokens[t]!.norm)) {
    if (t + 1 >= s || lower(t + 1)) return false;
    t += 2;
  } else {
    if (ADULT_OPENING_DETERMINER_WORDS.includes(tokens[t]!.norm)) t++;
    const role = tokens.slice(t, s).findIndex((tok) => ADULT_ROLE_WORDS.includes(tok.norm));
    if (role < 0 || role > 3) return false;
    for (let m = t; m < t + role; m++) if (!lower(m) || otherPerson(text, tokens, m, a) || punctAfter(m)) return false;
    t += role;
    while (t < s && ADULT_ROLE_WORDS.includes(tokens[t]!.norm)) t++;
  }
  if (t < s && /^\d{1,2}$/.test(tokens[t]!.norm)) {
    if (Number(tokens[t]!.norm) < 18) return false;
    t++;
  }
  return tokens.slice(t, s).every((tok) => ROLE_GAP.has(tok.norm));
}

// check.ts adultAgedSubject (round 29): a sentence of at most 80 tokens with no child's age or child word; after its
// heading, the adult's noun phrase (opening words, a name first or after a title) and the adult's age within seven
// tokens; then no pronoun but a reflexive, no reporting verb but before a reflexive, no name but after a title.
function adultAgedSubject(text: string, tokens: readonly Token[], s: number): boolean {
  const sentence = tokens[s]!.sentence;
  const inSentence = tokens.map((tok, i) => [tok, i] as const).filter(([tok]) => tok.sentence === sentence);
  if (inSentence.length > 80) return false;
  const childAge = (n: string): boolean => {
    const m = /^(\d{1,2})(?:-year-old|-years-old|-yr-old|yo|yrs?|f|m|y)?$/.exec(n);
    return m !== null && Number(m[1]) < 18;
  };
  if (inSentence.some(([tok]) => CHILD_MARKER_WORDS.includes(tok.norm) || childAge(tok.norm))) return false;
  let h = inSentence[0]![1];
  for (let t = h, a = h; t < a + 6 && t + 1 < s; t++) {
    if (HEADING_COLON.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) {
      h = t + 1;
      break;
    }
  }
  const upper = (t: number): boolean => !lowerAt(text, tokens[t]!.start);
  const openers = AGED_OPENER_WORDS;
  let after = -1;
  for (let t = h; t < s && t <= h + 6; t++) {
    const n = tokens[t]!.norm;
    if (isAdultAge(n) || n === 'adult') after = t + 1;
    else if (n === 'aged' && t + 1 < s && isAdultNumber(tokens[t + 1]!.norm)) after = t + 2;
    else if (t > h && isAdultNumber(n) && /[,(]/.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start))) after = t + 1;
    if (after >= 0) break;
    if (!(upper(t) && (t === h || TITLE_WORDS.includes(tokens[t - 1]!.norm))) && !openers.includes(n)) return false;
  }
  if (after < 0) return false;
  // Review 29: a sentence opening in lower case (dictation) does not show its names; after the adult's own noun phrase a
  // word for a person is someone else.
  const first = text.charAt(inSentence[0]![0].start);
  if (first !== first.toUpperCase()) return false;
  const persons = AGED_PERSON_WORDS;
  const reflexive = (t: number): boolean => t < tokens.length && ['himself', 'herself', 'themselves', 'themself'].includes(tokens[t]!.norm);
  let phrase = true;
  for (let t = after; t < s; t++) {
    const n = tokens[t]!.norm;
    const person = persons.includes(n);
    if (phrase && !person && !TITLE_WORDS.includes(n) && !(t > 0 && TITLE_WORDS.includes(tokens[t - 1]!.norm))) phrase = false;
    if (!phrase && (person || AGED_OTHER_PERSON_WORDS.includes(n))) return false;
    if (AGED_SUBJECT_STOP_WORDS.includes(n)) return false;
    if (REPORTING_VERB_WORDS.includes(n) && !reflexive(t + 1)) return false;
    if (upper(t) && !TITLE_WORDS.includes(n) && !(t > 0 && TITLE_WORDS.includes(tokens[t - 1]!.norm))) return false;
  }
  return true;
}

function animalSubject(text: string, tokens: readonly Token[], c: PhraseMatch<number>): boolean {
  let a = c.startToken;
  while (a > 0 && a > c.startToken - 15 && tokens[a - 1]!.sentence === tokens[c.startToken]!.sentence) a--;
  if (c.startToken - a > 14 || a >= c.startToken || (a > 0 && tokens[a - 1]!.sentence === tokens[c.startToken]!.sentence)) return false; // check.ts SUBJECT_REACH
  for (let t = a; t < a + 6 && t + 1 < c.startToken; t++) {
    if (HEADING_COLON.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) {
      a = t + 1;
      break;
    }
  }
  const noun = a + 1 < c.startToken && NOUN_DETERMINER_WORDS.includes(tokens[a]!.norm) ? a + 1 : a;
  if (noun >= c.startToken || !ANIMAL_WORDS.includes(tokens[noun]!.norm)) return false;
  const first = text.charAt(tokens[a]!.start);
  if (noun === a && first !== first.toLowerCase()) return false; // check.ts: a capitalised bare animal word is a name
  for (let t = noun + 1; t < c.startToken; t++) if (otherPerson(text, tokens, t, a) || POSSESSOR_ADULT_WORDS.includes(tokens[t]!.norm)) return false;
  return true;
}

// check.ts otherPerson: a pronoun, a child, a relative, a label verb, a name, a child's age.
function otherPerson(text: string, tokens: readonly Token[], t: number, a: number): boolean {
  const norm = tokens[t]!.norm;
  if (POSSESSOR_STOP_WORDS.includes(norm) || PARENT_WORDS.has(norm) || LABEL_VERB_WORDS.includes(norm)) return true;
  const ch = text.charAt(tokens[t]!.start);
  if (t > a && ch !== ch.toLowerCase()) return true;
  const m = /^(\d{1,2})(?:-year-old|-yr-old|yo)?$/.exec(norm);
  return m !== null && Number(m[1]) < 18 && (Number(m[1]) >= 10 || norm.length > m[1]!.length);
}

// check.ts adultPossessor: the clause's first person is an adult (no relative) agreeing with "her" or "his" before the
// label, and nobody else (POSSESSOR_STOP_WORDS, a relative, a label verb, a name, a child's age) is in the sentence.
// Round 27: a relative may own it too ("Mum attended her own appointment with her partner"), unless a reporting or
// worrying word comes between; and an adult in the possessive right before it ("the man's girlfriend, 25").
const ADULT_OWNERS = new Set([...POSSESSOR_ADULT_WORDS, ...ADULT_ROLE_WORDS, ...ADULT_OWNER_WORDS]);
const RELATIVE_STOPS = new Set([...REPORTING_VERB_WORDS, ...RELATIVE_STOP_WORDS]);
const POSSESSOR_FEMALES = [...POSSESSOR_FEMALE_WORDS, ...SPEAKER_FEMALE_WORDS.filter((w) => PARENT_WORDS.has(w))];
const POSSESSOR_MALES = [...POSSESSOR_MALE_WORDS, ...SPEAKER_MALE_WORDS.filter((w) => PARENT_WORDS.has(w))];
function adultPossessor(text: string, tokens: readonly Token[], c: PhraseMatch<number>): boolean {
  const first = tokens[c.startToken]!.norm;
  const p = ['her', 'his', 'their'].includes(first) ? c.startToken : c.startToken - 1;
  if (p < 0 || tokens[p]!.sentence !== tokens[c.startToken]!.sentence) return false;
  const poss = tokens[p]!.norm;
  const owned = poss !== 'her' && poss !== 'his';
  if (owned && !(p === c.startToken - 1 && poss.endsWith("'s") && ADULT_OWNERS.has(poss.slice(0, -2)))) return false;
  let a = p;
  while (a > 0 && a > p - 15 && tokens[a - 1]!.sentence === tokens[p]!.sentence) a--;
  if (p - a > 14 || (a > 0 && tokens[a - 1]!.sentence === tokens[p]!.sentence)) return false; // check.ts SUBJECT_REACH
  for (let t = a; t < a + 6 && t + 1 < p; t++) {
    if (HEADING_COLON.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) {
      a = t + 1;
      break;
    }
  }
  const other = (t: number): boolean => otherPerson(text, tokens, t, a);
  const namesRelative = (t: number): boolean =>
    tokens[t]!.norm.length > 2 && tokens[t]!.norm.endsWith("'s") && !lowerAt(text, tokens[t]!.start) && t + 1 < p && PARENT_WORDS.has(tokens[t + 1]!.norm);
  let subject = owned ? poss : '';
  for (let t = a; t < p; t++) {
    const norm = tokens[t]!.norm;
    if (POSSESSOR_ADULT_WORDS.includes(norm) || (PARENT_WORDS.has(norm) && subject === '')) subject ||= norm;
    else if (PARENT_WORDS.has(subject) && RELATIVE_STOPS.has(norm)) return false;
    else if (PARENT_WORDS.has(subject) && norm === poss && tokens[t + 1]?.norm === 'own') t++;
    else if (!namesRelative(t) && other(t)) return false;
  }
  if (subject === '' || (poss === 'her' ? POSSESSOR_MALES.includes(subject) : poss === 'his' && POSSESSOR_FEMALES.includes(subject))) return false;
  const period = (t: Token): number => t.period ?? t.sentence;
  let t = c.endToken;
  for (; t < tokens.length && t < c.endToken + CONTEXT_IN_SENTENCE_WINDOW && period(tokens[t]!) === period(tokens[p]!); t++) if (other(t)) return false;
  return t >= tokens.length || period(tokens[t]!) !== period(tokens[p]!);
}

// check.ts reportFrom: after "<speaker> said|told ... [that]" when a capitalised name opens the reported words, else 0.
function reportFrom(text: string, tokens: readonly Token[], s: number): number {
  for (let t = s - 1; t >= 0 && t >= s - 12 && tokens[t]!.sentence === tokens[s]!.sentence; t--) {
    if (!REPORTING_VERB_WORDS.includes(tokens[t]!.norm)) continue;
    if (t === 0 || tokens[t - 1]!.sentence !== tokens[s]!.sentence) return 0;
    for (let u = t - 1; u >= 0 && u >= t - 3 && tokens[u]!.sentence === tokens[s]!.sentence; u--) if (ADULT_SPEAKER_WORDS.includes(tokens[u]!.norm)) return 0;
    let f = t + 1;
    for (let u = t + 1; u < s && u <= t + 4; u++)
      if (tokens[u]!.norm === 'that') {
        f = u + 1;
        break;
      }
    const ch = f < s ? text.charAt(tokens[f]!.start) : '';
    if (ch !== '' && ch !== ch.toLowerCase()) return f;
    // check.ts otherThanSpeaker: "it", or a pronoun of the other sex than the speaker just before the verb.
    if (f >= s) return 0;
    const p = tokens[f]!.norm;
    if (['it', "it's", 'its'].includes(p)) return f;
    const she = ['she', "she's", 'shes'].includes(p);
    if (!she && !['he', "he's", 'hes'].includes(p)) return 0;
    for (let u = t - 1; u >= 0 && u >= t - 3 && tokens[u]!.sentence === tokens[t]!.sentence; u--) {
      if (SPEAKER_FEMALE_WORDS.includes(tokens[u]!.norm)) return she ? 0 : f;
      if (SPEAKER_MALE_WORDS.includes(tokens[u]!.norm)) return she ? f : 0;
    }
    return 0;
  }
  return 0;
}

// check.ts headingEnd: the first token after a heading of up to six words and a colon and a space opening token s's
// sentence (looked for within 48 tokens back), else 0.
const HEADING_COLON = /:[ \n\r\t]/;
function headingEnd(text: string, tokens: readonly Token[], s: number): number {
  let a = s;
  while (a > 0 && a > s - 48 && tokens[a - 1]!.sentence === tokens[s]!.sentence) a--;
  if (a > 0 && tokens[a - 1]!.sentence === tokens[s]!.sentence) return 0;
  for (let t = a; t < a + 6 && t < s; t++) if (HEADING_COLON.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) return t + 1;
  return 0;
}

// check.ts writerHeadingEnd: after a heading that names the writer's role and not the episode, else 0.
function writerHeadingEnd(text: string, tokens: readonly Token[], s: number): number {
  const h = headingEnd(text, tokens, s);
  if (h === 0) return 0;
  const words: string[] = [];
  for (let t = h - 1; t >= 0 && tokens[t]!.sentence === tokens[h]!.sentence; t--) words.push(tokens[t]!.norm);
  return words.some((w) => HEADING_EPISODE_WORDS.includes(w)) || !words.some((w) => WRITER_ROLE_WORDS.includes(w)) ? 0 : h;
}

// check.ts vetoFrom: after the heading only when a pronoun, a determiner and a noun, or a capitalised name before the
// wording follows it.
function vetoFrom(text: string, tokens: readonly Token[], s: number): number {
  const h = headingEnd(text, tokens, s);
  if (h === 0 || HEADING_PRONOUN_WORDS.includes(tokens[h]!.norm) || HEADING_CHILD_WORDS.includes(tokens[h]!.norm)) return h;
  if (HEADING_RECORD_WORDS.includes(tokens[h - 1]!.norm)) return h; // check.ts round 26: a record names no one
  if (HEADING_DETERMINER_WORDS.includes(tokens[h]!.norm)) return tokens[h + 1]?.sentence === tokens[h]!.sentence ? h : 0;
  const ch = text.charAt(tokens[h]!.start);
  return h < s && ch !== ch.toLowerCase() ? h : 0;
}

// A label denied right before it ("were not promiscuous", "is not a drug runner"): the writer corrects it.
const DENIALS = new Set(DENIAL_WORDS);
function deniedAt(text: string, tokens: readonly Token[], s: number): number {
  // check.ts deniedAt (session 22b): "having" and "any" count as articles, one word further back.
  for (let p = s - 1, other = 0, reach = 3; p >= Math.max(0, s - reach); p--) {
    if (tokens[p]!.sentence !== tokens[s]!.sentence || text.slice(tokens[p]!.end, tokens[p + 1]!.start).includes(',')) return -1;
    const norm = tokens[p]!.norm;
    if (DENIALS.has(norm)) return !['only', 'just', 'merely', 'simply'].includes(tokens[p + 1]?.norm ?? '') || p + 1 >= s ? p : -1;
    if (norm === 'having' || norm === 'any') reach = 4;
    else if (norm !== 'a' && norm !== 'an' && ++other > 1) return -1;
  }
  return -1;
}
