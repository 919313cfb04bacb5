import { compilePatterns, parsePattern, type PhraseMatch } from '../text/matcher.ts';
import { arraysAndCache } from '../text/context.ts';
import { lowerBound } from '../text/cues.ts';
import { newTokenArrays, quoteSpans, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { internPrefix, internWord } from '../text/vocab.ts';
import { LEXICON } from './lexicon.ts';
import { firstReaching, indexQuotes, type QuoteIndex, scareQuoted, withExtraQuotes } from './quotes.ts';
import { LANGUAGE_SOURCES } from './sources.ts';
import { DEFAULT_WINDOW, type LanguageFinding, type LexiconEntry } from './types.ts';

// The victim-blaming language checker (issue 4, part 1). Pure: it runs on the server and in the browser.
// The lexicon patterns are one compiled matcher, run over the whole note. Context cues (requiresNear/unlessNear) are
// tested only around candidate matches that have a condition: one-word cues by looking at the window's tokens,
// phrase cues with a second matcher over the merged windows. Most notes raise no candidate, so their cost is one
// walk of the lexicon trie.

type CompiledEntry = {
  entry: LexiconEntry;
  requires: readonly number[]; // cue indices
  unless: readonly number[];
  window: number;
  sourceTitle: string;
};

// A one-token cue ("police|officers|staff") is tested by looking at the window's tokens directly; longer cues
// ("over 18", "was|were sent") go through a phrase matcher over the window.
// Words and prefixes are vocabulary ids (core/text/vocab.ts), compared with the scanned tokens' ids.
// `words` is a bitmap by word id (1 for the cue's words), read in the window loop instead of a Set.
type WordCue = { words: Uint8Array; prefixes: readonly number[] };

function wordCue(pattern: string): WordCue | undefined {
  const slots = parsePattern(pattern);
  if (slots.length !== 1 || slots[0]!.optional) return undefined;
  const ids: number[] = [];
  const prefixes: number[] = [];
  for (const alt of slots[0]!.alts) {
    if (alt.kind === 'word') ids.push(internWord(alt.word));
    else if (alt.kind === 'prefix') prefixes.push(internPrefix(alt.prefix));
    else return undefined;
  }
  const words = new Uint8Array(Math.max(0, ...ids) + 1);
  for (const id of ids) words[id] = 1;
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
      window: entry.window ?? DEFAULT_WINDOW,
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

const SCRATCH = newTokenArrays(1024);

/** Check a note for victim-blaming wording. Offsets are UTF-16 code units of `text`. */
export function checkLanguage(text: string): LanguageFinding[] {
  return checkLanguageArrays(text, scanText(text, SCRATCH), () => quoteSpans(text));
}

/**
 * The same check over tokens and quote spans that the caller already has (a combined scanner tokenizes once).
 * `tokens` must come from `tokenize(text)` and `quotes` from `quoteSpans(text)`.
 */
export function checkLanguageTokens(text: string, tokens: readonly Token[], quotes: readonly (readonly [number, number])[]): LanguageFinding[] {
  return checkLanguageArrays(text, arraysAndCache(tokens).ta, () => quotes);
}

/** The lexicon's patterns, one entry per lexicon entry (value: its index): for a combined matcher (analyse.ts). */
export const LEXICON_PATTERNS: readonly { patterns: readonly string[]; value: number }[] = COMPILED.entries.map((e, i) => ({
  patterns: e.entry.patterns,
  value: i,
}));

/**
 * The check over scanned token arrays (core/text/tokenize.ts `scanText`): the fast path. `quotes` is called only
 * when there is a finding (quoteSpans is a second pass over the text).
 */
export function checkLanguageArrays(
  text: string,
  ta: TokenArrays,
  quotes: () => readonly (readonly [number, number])[],
  candidates: readonly PhraseMatch<number>[] = COMPILED.entryMatcher.matchArrays(ta, 0, ta.n),
): LanguageFinding[] {
  if (candidates.length === 0) return [];
  // No closures in here: tsx (keepNames) wraps every named closure in a defineProperty call, per call of this function.
  const hits = COMPILED.hasPhraseCues ? phraseCueHits(ta, candidates) : NO_HITS;
  const entries = COMPILED.entries;
  const kept: PhraseMatch<number>[] = [];
  let quoteList: QuoteIndex | null = null;
  for (const c of candidates) {
    const e = entries[c.value]!;
    const q = e.entry.quoted; // quotation marks as context (types.ts, quotes.ts)
    if (e.requires.length > 0 && !anyCueNear(ta, e.requires, c, e.window, hits)) {
      if (q !== 'sufficient' || !insideQuote((quoteList ??= indexQuotes(withExtraQuotes(text, quotes()))), c.start, c.end)) continue;
    }
    if (e.unless.length > 0 && anyCueNear(ta, e.unless, c, e.window, hits)) continue;
    if (q === 'required' && !insideQuote((quoteList ??= indexQuotes(withExtraQuotes(text, quotes()))), c.start, c.end)) continue;
    if (q === 'scare' && !scareQuoted((quoteList ??= indexQuotes(withExtraQuotes(text, quotes()))), c.start, c.end)) continue;
    kept.push(c);
  }
  kept.sort(byPreference);
  const taken = new Uint8Array(ta.n);
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
      quoted: insideQuote((quoteList ??= indexQuotes(withExtraQuotes(text, quotes()))), start, end),
    });
  }
  if (findings.length > 1) findings.sort(byStart);
  return findings;
}

// Phrase-cue hits per cue, as parallel arrays of [startToken, endToken) in order of start.
type CueHits = Map<number, { starts: number[]; ends: number[] }>;
const NO_HITS: CueHits = new Map();

// Phrase cues are searched for only in the windows of conditional candidates, widened by the longest cue and merged.
function phraseCueHits(ta: TokenArrays, candidates: readonly PhraseMatch<number>[]): CueHits {
  const { entries, longestCue } = COMPILED;
  const ranges: number[] = []; // lo, hi pairs
  for (const c of candidates) {
    const e = entries[c.value]!;
    if (e.requires.length === 0 && e.unless.length === 0) continue;
    ranges.push(Math.max(0, c.startToken - e.window - longestCue), Math.min(ta.n, c.endToken + e.window + longestCue));
  }
  if (ranges.length === 0) return NO_HITS;
  // Candidates come sorted by start token, and every conditional one has a window, so the ranges' starts are sorted
  // unless windows differ; sort pairs by start to be safe.
  const order: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) order.push(i);
  order.sort(byRangeStart(ranges));
  const hits: CueHits = new Map();
  let lo = ranges[order[0]!]!;
  let hi = ranges[order[0]! + 1]!;
  for (let k = 1; k < order.length; k++) {
    const l = ranges[order[k]!]!;
    const h = ranges[order[k]! + 1]!;
    if (l <= hi) hi = Math.max(hi, h);
    else {
      addCueHits(ta, lo, hi, hits);
      lo = l;
      hi = h;
    }
  }
  addCueHits(ta, lo, hi, hits);
  return hits;
}

function byRangeStart(ranges: readonly number[]): (a: number, b: number) => number {
  return (a, b) => ranges[a]! - ranges[b]!;
}

function addCueHits(ta: TokenArrays, from: number, to: number, hits: CueHits): void {
  const matcher = COMPILED.cueMatcher;
  const count = matcher.matchTriples(ta, from, to);
  const triples = matcher.triples;
  for (let k = 0; k < 3 * count; k += 3) {
    const cue = matcher.values[triples[k]!]!;
    let h = hits.get(cue);
    if (!h) hits.set(cue, (h = { starts: [], ends: [] }));
    h.starts.push(triples[k + 1]!);
    h.ends.push(triples[k + 2]!);
  }
}

function anyCueNear(ta: TokenArrays, cues: readonly number[], m: PhraseMatch<number>, window: number, hits: CueHits): boolean {
  for (let k = 0; k < cues.length; k++) if (cueNear(ta, cues[k]!, m, window, hits)) return true;
  return false;
}

// A cue counts when it overlaps [startToken - window, endToken + window) and lies in the match's sentence.
function cueNear(ta: TokenArrays, cue: number, m: PhraseMatch<number>, window: number, hits: CueHits): boolean {
  const lo = m.startToken - window;
  const hi = m.endToken + window;
  const sentences = ta.sentence;
  const sentence = sentences[m.startToken]!;
  const wc = COMPILED.wordCues[cue];
  if (wc) {
    const ids = ta.id;
    const words = wc.words;
    const nWords = words.length;
    const to = Math.min(hi, ta.n);
    for (let t = Math.max(0, lo); t < to; t++) {
      if (sentences[t] !== sentence) continue;
      const id = ids[t]!;
      if (id < nWords && words[id] === 1) return true;
      if (wc.prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (wc.prefixes.includes(ta.pfxData[q]!)) return true;
    }
    return false;
  }
  const h = hits.get(cue);
  if (!h) return false;
  const longestCue = COMPILED.longestCue;
  for (let i = lowerBound(h.starts, lo - longestCue); i < h.starts.length && h.starts[i]! < hi; i++) {
    if (h.ends[i]! > lo && sentences[h.starts[i]!] === sentence) return true;
  }
  return false;
}

// Longest first (tokens, then characters); on a tie the entry with a context condition is the more specific one;
// then lexicon order, then position. Greedy selection of non-overlapping token ranges.
function byPreference(a: PhraseMatch<number>, b: PhraseMatch<number>): number {
  const la = a.endToken - a.startToken;
  const lb = b.endToken - b.startToken;
  if (la !== lb) return lb - la;
  const ca = a.end - a.start;
  const cb = b.end - b.start;
  if (ca !== cb) return cb - ca;
  const entries = COMPILED.entries;
  const sa = entries[a.value]!.requires.length > 0 ? 0 : 1;
  const sb = entries[b.value]!.requires.length > 0 ? 0 : 1;
  if (sa !== sb) return sa - sb;
  return a.value - b.value || a.start - b.start;
}

function byStart(a: LanguageFinding, b: LanguageFinding): number {
  return a.start - b.start;
}

// A finding is quoted when most of it lies inside quotation marks, so that a match which takes in a word just outside
// the quote (`she "wanted to"`, `her “boyfriend”` matched with the pronoun) is still the quoted words, while a label
// wholly outside the quote (`her boyfriend "Jay"`) is not. quoteSpans returns spans sorted by start; spans may nest
// (a single-quoted stretch inside a double-quoted one), so overlaps are merged as they are counted.
function insideQuote(q: QuoteIndex, start: number, end: number): boolean {
  let inside = 0;
  let covered = start; // characters before this offset are already counted
  const { spans } = q;
  for (let i = firstReaching(q, start); i < spans.length; i++) {
    const [qs, qe] = spans[i]!;
    if (qs >= end) break;
    const lo = Math.max(qs, covered);
    const hi = Math.min(qe, end);
    if (hi > lo) {
      inside += hi - lo;
      covered = hi;
    }
  }
  return inside * 2 > end - start;
}
