import { compilePatterns, parsePattern, type PhraseMatch } from '../text/matcher.ts';
import { arraysAndCache } from '../text/context.ts';
import { newTokenArrays, quoteSpans, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { internPrefix, internWord } from '../text/vocab.ts';
import { LEXICON } from './lexicon.ts';
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
type WordCue = { words: ReadonlySet<number>; prefixes: readonly number[] };

function wordCue(pattern: string): WordCue | undefined {
  const slots = parsePattern(pattern);
  if (slots.length !== 1 || slots[0]!.optional) return undefined;
  const words = new Set<number>();
  const prefixes: number[] = [];
  for (const alt of slots[0]!.alts) {
    if (alt.kind === 'word') words.add(internWord(alt.word));
    else if (alt.kind === 'prefix') prefixes.push(internPrefix(alt.prefix));
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
  const { entries, wordCues, longestCue, hasPhraseCues, cueMatcher } = COMPILED;
  if (candidates.length === 0) return [];
  const nTokens = ta.n;
  const sentences = ta.sentence;
  const ids = ta.id;

  // Token ranges to search for phrase cues: each conditional candidate's window, widened by the longest cue, merged.
  const ranges: [number, number][] = [];
  for (const c of candidates) {
    const e = entries[c.value]!;
    if (!hasPhraseCues || (e.requires.length === 0 && e.unless.length === 0)) continue;
    const lo = Math.max(0, c.startToken - e.window - longestCue);
    const hi = Math.min(nTokens, c.endToken + e.window + longestCue);
    ranges.push([lo, hi]);
  }
  // Cue hits per cue, as parallel arrays of [startToken, endToken), in order of start.
  const hits = new Map<number, { starts: number[]; ends: number[] }>();
  if (ranges.length > 0) {
    ranges.sort((a, b) => a[0] - b[0]);
    let [lo, hi] = ranges[0]!;
    const flush = (from: number, to: number): void => {
      for (const m of cueMatcher.matchArrays(ta, from, to)) {
        let h = hits.get(m.value);
        if (!h) hits.set(m.value, (h = { starts: [], ends: [] }));
        h.starts.push(m.startToken);
        h.ends.push(m.endToken);
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

  // A cue counts when it overlaps [startToken - window, endToken + window) and lies in the match's sentence.
  const cueNear = (cue: number, m: PhraseMatch<number>, window: number): boolean => {
    const lo = m.startToken - window;
    const hi = m.endToken + window;
    const sentence = sentences[m.startToken]!;
    const wc = wordCues[cue];
    if (wc) {
      for (let t = Math.max(0, lo); t < hi && t < nTokens; t++) {
        if (sentences[t] !== sentence) continue;
        if (wc.words.has(ids[t]!)) return true;
        if (wc.prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (wc.prefixes.includes(ta.pfxData[q]!)) return true;
      }
      return false;
    }
    const h = hits.get(cue);
    if (!h) return false;
    for (let i = lowerBound(h.starts, lo - longestCue); i < h.starts.length && h.starts[i]! < hi; i++) {
      if (h.ends[i]! > lo && sentences[h.starts[i]!] === sentence) return true;
    }
    return false;
  };

  const kept: PhraseMatch<number>[] = [];
  for (const c of candidates) {
    const e = entries[c.value]!;
    if (e.requires.length > 0 && !e.requires.some((cue) => cueNear(cue, c, e.window))) continue;
    if (e.unless.some((cue) => cueNear(cue, c, e.window))) continue;
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
  const taken = new Uint8Array(nTokens);
  let quoteList: readonly (readonly [number, number])[] | null = null;
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
      quoted: insideQuote((quoteList ??= quotes()), start, end),
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return findings;
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

// A finding is quoted when most of it lies inside quotation marks, so that a match which takes in a word just outside
// the quote (`she "wanted to"`, `her “boyfriend”` matched with the pronoun) is still the quoted words, while a label
// wholly outside the quote (`her boyfriend "Jay"`) is not. quoteSpans returns spans sorted by start; spans may nest
// (a single-quoted stretch inside a double-quoted one), so overlaps are merged as they are counted.
function insideQuote(quotes: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let inside = 0;
  let covered = start; // characters before this offset are already counted
  for (const [qs, qe] of quotes) {
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
