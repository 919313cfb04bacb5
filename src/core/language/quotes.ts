// Quoted stretches for the language checker: the spans of core/text/tokenize.ts `quoteSpans`, plus the double-quote
// forms it leaves out, so that the child's own words recorded in a note are marked as quoted (`quoted: true`) and the
// lexicon entries that only apply inside quotation marks (`quoted: 'required'`) can see them.
//
// Added here (core/text is not changed, so the indicator spotter keeps its spans):
// - guillemets: «…» and ‹…›, and the reversed »…« of some European keyboards;
// - “…“ (a closing mark typed as an opening one): a second “ with no word after it closes the quotation;
// - reported speech whose closing mark was never typed: `She said "I chose to go with them` counts as quoted up to
//   the end of the line, but only when the opening mark follows a reporting word (`said`, `told me`, `called him`)
//   or a colon or comma, so that a stray mark (an inch sign, a typo) does not mark the rest of the note as quoted.
//
// Apostrophes are not touched: `quoteSpans` already keeps `don't`, `children's` and `girls'` from opening a quote.

const REPORTING = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'stated',
  'states',
  'replied',
  'replies',
  'reported',
  'reports',
  'explained',
  'explains',
  'added',
  'adds',
  'described',
  'describes',
  'called',
  'calls',
  'disclosed',
  'discloses',
  'shouted',
  'wrote',
  'writes',
  'texted',
  'messaged',
  'answered',
  'asked',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'admitted',
  'denied',
  'me',
  'us',
  'her',
  'him',
  'them',
  'staff',
  'police',
  'that',
]);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || c === 0x2019;
}

// Whether the mark at `i` comes after a reporting word, a colon or a comma (skipping spaces).
function afterReporting(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  if (c === 58 || c === 44) return true; // : ,
  let k = j;
  while (k >= 0 && isWordChar(text.charCodeAt(k))) k--;
  return k < j && REPORTING.has(text.slice(k + 1, j + 1).toLowerCase());
}

function lineEnd(text: string, from: number): number {
  let e = text.indexOf('\n', from);
  if (e < 0) e = text.length;
  while (e > from && /[\s.!?;]/.test(text[e - 1]!)) e--;
  return e;
}

// Every mark the loop below acts on, and the same with a line break (global, for `lastIndex`): the loop jumps from one
// to the next, as nothing else changes its state (a line break only matters while a quotation is open).
const QUOTE_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/g;
const QUOTE_MARKS_OR_NEWLINE = /["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\n]/g;

/** Double-quote stretches that `quoteSpans` does not return: guillemets, “…“, and unclosed reported speech. */
export function extraQuoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  QUOTE_MARKS.lastIndex = 0;
  if (!QUOTE_MARKS.test(text)) return spans;
  let open = -1; // index after the opening mark
  let kind = 0; // 1: straight or curly double quote, 2: guillemet
  let openedAfterReporting = false;
  const n = text.length;
  const closeUnclosed = (at: number): void => {
    if (open >= 0 && kind === 1 && openedAfterReporting) {
      const e = lineEnd(text, open);
      if (e > open && e <= at) spans.push([open, e]);
    }
    open = -1;
  };
  for (let i = QUOTE_MARKS.lastIndex - 1; i < n; i++) {
    const marks = open >= 0 ? QUOTE_MARKS_OR_NEWLINE : QUOTE_MARKS;
    marks.lastIndex = i;
    if (!marks.test(text)) break;
    i = marks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A quotation may run over one line break (as in quoteSpans); a blank line ends an unclosed one.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) closeUnclosed(i);
      continue;
    }
    if (c === 0xab || c === 0x2039 || c === 0xbb || c === 0x203a) {
      const opening = c === 0xab || c === 0x2039;
      if (open >= 0 && kind === 2) {
        if (i > open) spans.push([open, i]);
        open = -1;
      } else if (open < 0 && (opening || isWordChar(text.charCodeAt(i + 1)))) {
        open = i + 1;
        kind = 2;
      }
      continue;
    }
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e) {
      const next = text.charCodeAt(i + 1);
      if (open >= 0 && kind === 1) {
        // “ closes too when no word follows it (“…“ typed with two opening marks).
        if (c !== 0x201c || !isWordChar(next)) {
          if (i > open) spans.push([open, i]);
          open = -1;
        } else {
          open = i + 1;
          openedAfterReporting = afterReporting(text, i);
        }
      } else if (open < 0 && (c !== 0x201d || isWordChar(next))) {
        open = i + 1;
        kind = 1;
        openedAfterReporting = afterReporting(text, i);
      }
    }
  }
  closeUnclosed(n);
  return spans;
}

/** `quoteSpans` output merged with `extraQuoteSpans`, sorted by start (the order `insideQuote` needs). */
export function withExtraQuotes(text: string, base: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  const extra = extraQuoteSpans(text);
  if (extra.length === 0) return base;
  return [...base, ...extra].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/**
 * Quoted stretches sorted by start, with `reach[i]`: the furthest end of spans 0..i. Spans may nest, so the spans that
 * can touch an offset are found by `reach`, not by start alone: a note with thousands of quotes costs a binary search
 * per finding, not a walk from the first quote.
 */
export type QuoteIndex = { spans: readonly (readonly [number, number])[]; reach: Int32Array };

const NO_REACH = new Int32Array(0);

export function indexQuotes(spans: readonly (readonly [number, number])[]): QuoteIndex {
  if (spans.length === 0) return { spans, reach: NO_REACH };
  const reach = new Int32Array(spans.length);
  let r = -1;
  for (let i = 0; i < spans.length; i++) reach[i] = r = Math.max(r, spans[i]![1]);
  return { spans, reach };
}

/** The first span that ends after `offset` or later (every span before it ends at or before `offset`). */
export function firstReaching(q: QuoteIndex, offset: number): number {
  let lo = 0;
  let hi = q.reach.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (q.reach[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first span that starts at `offset` or later. */
function firstStartingAt(q: QuoteIndex, offset: number): number {
  let lo = 0;
  let hi = q.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (q.spans[mid]![0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether [start, end) lies inside a quoted stretch that holds little else (at most `slack` more characters): scare
 * quotes around a word (`his "uncle"`, `her "family friend"`), not a sentence of the child's own words. Such a span
 * starts at most `slack` characters before `start`.
 */
export function scareQuoted(q: QuoteIndex, start: number, end: number, slack = 8): boolean {
  const { spans } = q;
  for (let i = Math.max(firstReaching(q, start), firstStartingAt(q, start - slack)); i < spans.length; i++) {
    const [qs, qe] = spans[i]!;
    if (qs > start) break;
    if (qe >= end && qe - qs - (end - start) <= slack) return true;
  }
  return false;
}

/** The innermost quoted stretch that holds all of [start, end), or null. */
export function enclosingQuote(q: QuoteIndex, start: number, end: number): readonly [number, number] | null {
  const { spans } = q;
  let best: readonly [number, number] | null = null;
  for (let i = firstReaching(q, start); i < spans.length; i++) {
    const span = spans[i]!;
    if (span[0] > start) break;
    if (span[1] >= end && (best === null || span[1] - span[0] < best[1] - best[0])) best = span;
  }
  return best;
}

// A finding is quoted when most of it lies inside quotation marks, so that a match which takes in a word just outside
// the quote (`she "wanted to"`, `her “boyfriend”` matched with the pronoun) is still the quoted words, while a label
// wholly outside the quote (`her boyfriend "Jay"`) is not. quoteSpans returns spans sorted by start; spans may nest
// (a single-quoted stretch inside a double-quoted one), so overlaps are merged as they are counted.
export function insideQuote(q: QuoteIndex, start: number, end: number): boolean {
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
