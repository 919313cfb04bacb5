// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
// Tokenizer for case notes: one pass over UTF-16 code units, no regex over the whole input (no backtracking risk),
// so that the scanner stays linear on adversarial notes (issue 4: "a 100 KB adversarial note in < 50 ms").

export type Token = {
  norm: string; // lowercase, curly apostrophes -> ', Unicode hyphens -> -, NFC for non-ASCII words
  start: number; // UTF-16 offset into the input
  end: number; // exclusive
  sentence: number; // bumped at . ! ? ; and at a blank line; tokens in different sentences never match together
  period?: number; // the same, not bumped at ; (context cues look across it)
};

// Character classes for the ASCII fast path.
const WORD = 1; // a-z, 0-9
const UPPER = 2; // A-Z (word char that needs lowercasing)
const APOS = 3; // ' (inner apostrophe, "don't")
const HYPHEN = 4; // - (inner hyphen, "county-lines", "16-year-old")
const STOP = 5; // . ! ? ; end a sentence
const NEWLINE = 6;
const SPACE = 7; // space, tab, \r, \f, \v

const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = WORD;
for (let c = 97; c <= 122; c++) ASCII[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
ASCII[39] = APOS;
ASCII[45] = HYPHEN;
ASCII[46] = STOP;
ASCII[33] = STOP;
ASCII[63] = STOP;
ASCII[59] = STOP;
ASCII[10] = NEWLINE;
ASCII[32] = SPACE;
ASCII[9] = SPACE;
ASCII[13] = SPACE;
ASCII[11] = SPACE;
ASCII[12] = SPACE;

// Letters, digits and combining marks outside ASCII. The test is per code point and cached for the BMP.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const bmpCache = new Uint8Array(65536); // 0 unknown, 1 word, 2 not a word char
const astralCache = new Map<number, boolean>(); // emoji and other astral code points seen so far

function isWordCodeUnit(c: number): boolean {
  const cached = bmpCache[c]!;
  if (cached !== 0) return cached === 1;
  const word = c < 0xd800 || c > 0xdfff ? WORD_CHAR.test(String.fromCharCode(c)) : false;
  bmpCache[c] = word ? 1 : 2;
  return word;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// Width (1 or 2 code units) of the word character at i, or 0 if the character at i does not belong to a word.
function wordCharWidth(text: string, i: number, c: number): number {
  if (c < 128) {
    const k = ASCII[c]!;
    return k === WORD || k === UPPER ? 1 : 0;
  }
  if (isHighSurrogate(c)) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let word = astralCache.get(cp);
      if (word === undefined) astralCache.set(cp, (word = WORD_CHAR.test(String.fromCodePoint(cp))));
      return word ? 2 : 0;
    }
    return 0;
  }
  return isWordCodeUnit(c) ? 1 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
function isSpaceOther(c: number): boolean {
  return c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

// A full stop after one of these does not end a sentence ("Mr. Smith", "approx. 3 hours"). Single letters are
// treated the same way: initials and "e.g." / "i.e." / "a.m.".
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'approx', 'vs', 'no', 'tel', 'dob', 'ref', 'pc', 'ds', 'dc', 'sgt', 'insp']);

// Combining marks in the common blocks: only a word containing one can change under NFC ("e\u0301" -> "é").
function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const SPECIAL = 1; // a curly apostrophe or a Unicode hyphen inside the word
const MARK = 2; // a combining mark inside the word

function normalise(raw: string, ascii: boolean, upper: boolean, flags: number): string {
  if (ascii) return upper ? raw.toLowerCase() : raw;
  let s = raw.toLowerCase();
  if (flags & SPECIAL) s = s.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
  return flags & MARK ? s.normalize('NFC') : s;
}

/**
 * Split a note into word tokens. A word is a run of letters/digits (any script), with inner apostrophes and hyphens
 * kept when a letter or digit follows them ("don't", "county-lines", "16-year-old"). Punctuation, emoji and symbols
 * are not tokens. Sentence ends (. ! ? ; and a blank line) bump `sentence`. A full stop inside a word or a number
 * ("snapchat.com", "3.5"), or after an abbreviation or a single letter ("Mr.", "e.g."), is not a sentence end.
 * A single newline is not a sentence end either: legacy exports hard-wrap lines mid-sentence.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let period = 0;
  let pendingBreak = false;
  let pendingSemicolon = false;
  let newlineSeen = false; // a newline since the last non-space character (a second one is a blank line)
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const w = wordCharWidth(text, i, c);
    if (w === 0) {
      // Not a word start: classify separators.
      if (c < 128) {
        const k = ASCII[c]!;
        if (k === SPACE) {
          i++;
          continue;
        }
        if (k === NEWLINE) {
          if (newlineSeen) pendingBreak = true;
          newlineSeen = true;
          i++;
          continue;
        }
        newlineSeen = false;
        if (k === STOP) {
          if (c === 59) pendingSemicolon = true;
          else if (c !== 46 || fullStopEndsSentence(text, i, tokens)) pendingBreak = true;
        }
        i++;
        continue;
      }
      if (isSpaceOther(c)) {
        if (c === 0x2029) pendingBreak = true; // paragraph separator
        i++;
        continue;
      }
      newlineSeen = false;
      i++;
      continue;
    }
    // A word: letters/digits with inner apostrophes or hyphens.
    newlineSeen = false;
    const start = i;
    let ascii = true;
    let upper = false;
    let flags = 0;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        const k = ASCII[d]!;
        if (k === WORD) {
          i++;
          continue;
        }
        if (k === UPPER) {
          upper = true;
          i++;
          continue;
        }
        if (k === APOS || k === HYPHEN) {
          const e = text.charCodeAt(i + 1);
          if (e === e && wordCharWidth(text, i + 1, e) > 0) {
            i++;
            continue;
          }
        }
        break;
      }
      // NaN (past the end) fails every comparison below and falls out.
      if (isApostrophe(d) || isHyphen(d)) {
        const e = text.charCodeAt(i + 1);
        if (e === e && wordCharWidth(text, i + 1, e) > 0) {
          ascii = false;
          flags |= SPECIAL;
          i++;
          continue;
        }
        break;
      }
      if (d !== d) break;
      const dw = wordCharWidth(text, i, d);
      if (dw === 0) break;
      ascii = false;
      if (dw === 2 || isCombiningMark(d)) flags |= MARK;
      i += dw;
    }
    if (pendingBreak || pendingSemicolon) {
      if (tokens.length > 0) {
        sentence++;
        if (pendingBreak) period++;
      }
      pendingBreak = false;
      pendingSemicolon = false;
    }
    tokens.push({ norm: normalise(text.slice(start, i), ascii, upper, flags), start, end: i, sentence, period });
  }
  return tokens;
}

function fullStopEndsSentence(text: string, i: number, tokens: readonly Token[]): boolean {
  const next = text.charCodeAt(i + 1);
  // "snapchat.com", "3.5", "e.g": a full stop directly followed by a word character is inside a word or number.
  if (next === next && wordCharWidth(text, i + 1, next) > 0) return false;
  const prev = tokens.length > 0 ? tokens[tokens.length - 1]! : undefined;
  if (prev?.end !== i) return true;
  const norm = prev.norm;
  if (norm.length === 1 && !(norm >= '0' && norm <= '9')) return false;
  return !ABBREVIATIONS.has(norm);
}

/**
 * Spans of text inside quotation marks, as [start, end) offsets of the quoted content (the marks themselves are
 * excluded). Recognises "…", “…”, ‘…’ and '…'. Apostrophes inside words (don't, children's) and a trailing
 * possessive with no open quote (childrens') are not quotes. A quote left open at a blank line or at the end of the
 * text is dropped, so one stray mark cannot swallow the rest of a note. Used to mark a finding as the child's own words.
 */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const n = text.length;
  let dOpen = -1; // index after an open double quote, or -1
  let sOpen = -1; // index after an open single quote, or -1
  let newlineSeen = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (newlineSeen) {
        dOpen = -1;
        sOpen = -1;
      }
      newlineSeen = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    newlineSeen = false;
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e) {
      // " toggles; “ „ open; ” closes (or opens when nothing is open and a word follows, for texts that only use ”).
      if (dOpen >= 0 && c !== 0x201c && c !== 0x201e) {
        if (i > dOpen) spans.push([dOpen, i]);
        if (sOpen >= dOpen) sOpen = -1; // a single quote left open inside the double quotes ends with them
        dOpen = -1;
      } else if (c !== 0x201d || isWordAt(text, i + 1)) {
        dOpen = i + 1;
      }
      continue;
    }
    if (c === 39 || c === 0x2018 || c === 0x2019) {
      const before = i > 0 ? isWordBefore(text, i) : false;
      const after = isWordAt(text, i + 1);
      if (before && after) continue; // apostrophe inside a word: don't, children's
      if (sOpen < 0) {
        // Opening: not after a word, and a word (or opening punctuation) follows. ’ does not open except after space.
        if (!before && after && c !== 0x2019) sOpen = i + 1;
        else if (!before && after && c === 0x2019 && (i === 0 || isSpaceAt(text, i - 1))) sOpen = i + 1;
      } else if (c !== 0x2018 && !after) {
        if (i > sOpen) spans.push([sOpen, i]);
        sOpen = -1;
      } else if (!before && after) {
        sOpen = i + 1; // a new opening quote before the last closed: restart
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return spans;
}

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && wordCharWidth(text, i, c) > 0;
}
function isWordBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2) return wordCharWidth(text, i - 2, text.charCodeAt(i - 2)) > 0;
  return c === c && wordCharWidth(text, i - 1, c) > 0;
}
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 91 || isSpaceOther(c);
}
