import {
  asciiPrefixIds,
  asciiWordId,
  internWord,
  midWordId,
  PREFIX_START,
  PREFIX_THIRD,
  prefixCount,
  prefixedWords,
  prefixThirdBit,
  shortWordId,
  stringPrefixIds,
  wordId,
} from './vocab.ts';

// Tokenizer for case notes: one pass over UTF-16 code units, no regex over the whole input (no backtracking risk),
// so that the scanner stays linear on adversarial notes (issue 4: "a 100 KB adversarial note in < 50 ms").

export type Token = {
  norm: string; // lowercase, curly apostrophes -> ', Unicode hyphens -> -, NFC for non-ASCII words
  start: number; // UTF-16 offset into the input
  end: number; // exclusive
  sentence: number; // bumped at . ! ? ; and at a blank line; tokens in different sentences never match together
  // The same, but not bumped at ; (a sentence with its semicolon clauses together): context cues look this far
  // ("staying at her boyfriend's flat; he is 30"). Set by `tokenize`; where absent, `sentence` is used.
  period?: number;
};

// Character classes for the ASCII fast path.
const WORD = 1; // a-z, 0-9 (scanText repeats these classes as locals)
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
    if (i + 1 >= text.length) return 0;
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
  if (flags & SPECIAL) s = plainMarks(s);
  return flags & MARK ? s.normalize('NFC') : s;
}

// Curly apostrophes -> ', Unicode hyphens -> - (a loop, not two regex replacements: "he’s" and "Mum’s" are common).
function plainMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c === 0x2019 || c === 0x2018 || c === 0x02bc ? "'" : c === 0x2010 || c === 0x2011 ? '-' : '';
    if (r === '') continue;
    out += s.slice(from, i) + r;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Word tokens as parallel typed arrays: what the fast path (matcher, ConText, indicators, language) runs on. Filled by
 * `scanText` in one pass without a string or object per word; `tokenize` builds its Token objects from it.
 */
export type TokenArrays = {
  text: string; // the scanned text ('' when built from Token objects)
  n: number; // token count
  start: Int32Array;
  end: Int32Array;
  id: Int32Array; // vocab.ts word id of the norm, or UNKNOWN (0) when no compiled pattern uses the word
  sentence: Int32Array;
  period: Int32Array; // Token.period: not bumped at ;
  flags: Uint8Array; // how to rebuild the norm from the text: NON_ASCII | UPPER | SPECIAL | MARK
  pfx: Int32Array; // offset in pfxData of the token's prefix ids (ended by -1), or -1 when it starts no known prefix
  pfxData: number[]; // may hold stale ids past the last list of the current scan
  tokens: readonly Token[] | null; // when built from Token objects: their norms
  // False when the text has no quotation mark (" ' ‘ ’ “ ” „ « » ‹ ›) other than an apostrophe inside a word: then
  // quoteSpans finds nothing, and neither do the language checker's extra quote forms. True when not known.
  quoteMarks: boolean;
  // A number no other scan (scanText or arraysFromTokens) has had: results that depend only on the tokens may be kept
  // under it (cues.ts caches a sentence's cue test so).
  serial: number;
};

let serials = 0;

const NON_ASCII = 4;
const UPPER_CASE = 8;

export function newTokenArrays(capacity = 256): TokenArrays {
  return {
    text: '',
    n: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    id: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    period: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    pfx: new Int32Array(capacity),
    pfxData: [],
    tokens: null,
    quoteMarks: true,
    serial: ++serials,
  };
}

function growArrays(ta: TokenArrays, need: number): void {
  let cap = ta.start.length * 2;
  while (cap < need) cap *= 2;
  const g32 = (a: Int32Array) => {
    const b = new Int32Array(cap);
    b.set(a);
    return b;
  };
  ta.start = g32(ta.start);
  ta.end = g32(ta.end);
  ta.id = g32(ta.id);
  ta.sentence = g32(ta.sentence);
  ta.period = g32(ta.period);
  ta.pfx = g32(ta.pfx);
  const f = new Uint8Array(cap);
  f.set(ta.flags);
  ta.flags = f;
}

/** Token i's norm (lowercase, ’ -> ', NFC as in Token.norm). Built on demand: the fast path rarely needs it. */
export function normAt(ta: TokenArrays, i: number): string {
  if (ta.tokens) return ta.tokens[i]!.norm;
  const f = ta.flags[i]!;
  return normalise(ta.text.slice(ta.start[i], ta.end[i]), (f & NON_ASCII) === 0, (f & UPPER_CASE) !== 0, f & (SPECIAL | MARK));
}

const ABBREVIATION_IDS = new Set([...ABBREVIATIONS].map(internWord));

/**
 * Scan a note into `ta` (reused: its arrays grow as needed and are overwritten). Exactly the tokens of `tokenize`,
 * with each word's vocabulary id and prefix ids computed in the character loop.
 */
export function scanText(text: string, ta: TokenArrays): TokenArrays {
  // Locals for the tables and classes: the hot loop then works on constants and one typed array, not on module slots.
  const table = ASCII;
  const cWORD = 1;
  const cUPPER = 2;
  const cAPOS = 3;
  const cHYPHEN = 4;
  const cSTOP = 5;
  const cNEWLINE = 6;
  const cSPACE = 7;
  // The vocabulary's lookups as locals too: where the modules are compiled to CommonJS (tsx for an entry outside the
  // package, some test runners), every imported name is a getter call, which V8 does not inline, per word otherwise.
  const shortId = shortWordId;
  const midId = midWordId;
  const asciiId = asciiWordId;
  const prefixIds = asciiPrefixIds;
  const thirdBit = prefixThirdBit;
  ta.text = text;
  ta.tokens = null;
  // pfxData is overwritten from the start, not cleared: only offsets written by this scan are read.
  let pfxUsed = 0;
  let quoteMarks = false;
  const pfxData = ta.pfxData;
  const hasPrefixes = prefixCount() > 0;
  const wordPrefixed = prefixedWords();
  const prefixStart = PREFIX_START;
  const prefixThird = PREFIX_THIRD;
  let count = 0;
  let cap = ta.start.length;
  // The output arrays as locals (reloaded only when they grow): the calls in the loop would otherwise make V8 reload
  // them from `ta` for every word.
  let tStart = ta.start;
  let tEnd = ta.end;
  let tSentence = ta.sentence;
  let tPeriod = ta.period;
  let tId = ta.id;
  let tFlags = ta.flags;
  let tPfx = ta.pfx;
  const n = text.length;
  let sentence = 0;
  let period = 0;
  let pendingBreak = false;
  let pendingSemicolon = false; // a ; ends the sentence but not the period
  let newlineSeen = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = table[c]!;
      if (k === cSPACE) {
        i++;
        continue;
      }
      if (k !== cWORD && k !== cUPPER) {
        if (k === cNEWLINE) {
          if (newlineSeen) pendingBreak = true;
          newlineSeen = true;
          i++;
          continue;
        }
        newlineSeen = false;
        if (k === cSTOP) {
          if (c === 59) pendingSemicolon = true;
          else if (c !== 46 || fullStopEndsSentenceAt(text, i, ta, count)) pendingBreak = true;
        } else if (k === cAPOS || c === 34) quoteMarks = true;
        i++;
        continue;
      }
    } else if (wordCharWidth(text, i, c) === 0 || c === 0x02bc) {
      // U+02BC (modifier letter apostrophe, "donʼt") is a letter to Unicode but an apostrophe here: it never starts a
      // word (the word loop below would stop on it at once and never move on).
      if (isSpaceOther(c)) {
        if (c === 0x2029) pendingBreak = true;
        i++;
        continue;
      }
      if ((c >= 0x2018 && c <= 0x203a) || c === 0xab || c === 0xbb) quoteMarks = true;
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
    // The lowercased code units packed 7 bits each (the last four and a few bits): the key of a word of up to 4
    // (vocab.ts `shortWordId`), so that those words, most of a note, are not read a second time, and the end of the key
    // of a word of 5-12 (`midWordId`).
    let packed = 0;
    if (c < 128) {
      // An ASCII letter or digit (the class test above): take it here, not by reading it again in the loop below.
      const lc = c >= 65 && c <= 90 ? c + 32 : c;
      upper = lc !== c;
      packed = lc;
      i++;
    }
    // Never read past the end: charCodeAt's NaN there would make every comparison below a float comparison.
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        // a-z, most characters of a note: no table read
        packed = (packed << 7) | d;
        i++;
        continue;
      }
      if (d < 128) {
        const k = table[d]!;
        if (k === cWORD) {
          packed = (packed << 7) | d;
          i++;
          continue;
        }
        if (k === cUPPER) {
          upper = true;
          packed = (packed << 7) | (d + 32);
          i++;
          continue;
        }
        if ((k === cAPOS || k === cHYPHEN) && i + 1 < n && wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0) {
          packed = (packed << 7) | d;
          i++;
          continue;
        }
        break;
      }
      if (isApostrophe(d) || isHyphen(d)) {
        if (i + 1 < n && wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0) {
          ascii = false;
          flags |= SPECIAL;
          i++;
          continue;
        }
        break;
      }
      const dw = wordCharWidth(text, i, d);
      if (dw === 0) break;
      ascii = false;
      if (dw === 2 || isCombiningMark(d)) flags |= MARK;
      i += dw;
    }
    if (pendingBreak || pendingSemicolon) {
      if (count > 0) {
        sentence++;
        if (pendingBreak) period++;
      }
      pendingBreak = false;
      pendingSemicolon = false;
    }
    if (count === cap) {
      growArrays(ta, count + 1);
      cap = ta.start.length;
      tStart = ta.start;
      tEnd = ta.end;
      tSentence = ta.sentence;
      tPeriod = ta.period;
      tId = ta.id;
      tFlags = ta.flags;
      tPfx = ta.pfx;
    }
    tStart[count] = start;
    tEnd[count] = i;
    tSentence[count] = sentence;
    tPeriod[count] = period;
    let p0 = -1;
    if (ascii) {
      const len = i - start;
      // A longer word's first four code units, lowercased: by `| 32`, which is exact for the code units of an ASCII
      // word (letters, digits, ' and -). A word of up to 4 has them in `packed`.
      const head =
        len <= 4
          ? packed
          : ((text.charCodeAt(start) | 32) << 21) |
            ((text.charCodeAt(start + 1) | 32) << 14) |
            ((text.charCodeAt(start + 2) | 32) << 7) |
            (text.charCodeAt(start + 3) | 32);
      let wid: number;
      if (len <= 4) wid = shortId((len << (7 * len)) | packed);
      else if (len <= 8) wid = midId(head, 0, (len << 28) | ((packed << (56 - 7 * len)) & 0x0fffffff));
      else if (len <= 12) {
        const next =
          ((text.charCodeAt(start + 4) | 32) << 21) |
          ((text.charCodeAt(start + 5) | 32) << 14) |
          ((text.charCodeAt(start + 6) | 32) << 7) |
          (text.charCodeAt(start + 7) | 32);
        wid = midId(head, next, (len << 28) | ((packed << (84 - 7 * len)) & 0x0fffffff));
      } else wid = asciiId(text, start, i);
      tId[count] = wid;
      tFlags[count] = upper ? UPPER_CASE : 0;
      // May the word start with a prefix wildcard? A known word (most of a note) says so itself (vocab.ts
      // `prefixedWords`); another is tested by its first code units (vocab.ts PREFIX_START, PREFIX_THIRD), read from `head`.
      let mayPrefix = false;
      if (wid !== 0) mayPrefix = wordPrefixed[wid] === 1;
      else if (hasPrefixes) {
        const key2 = len >= 4 ? head >>> 14 : len === 1 ? packed << 7 : packed >>> (7 * (len - 2));
        const ps = prefixStart[key2]!;
        mayPrefix = ps === 1;
        if (ps === 2 && len > 2) {
          const b = thirdBit(key2, len >= 4 ? (head >>> 7) & 127 : (packed >>> (7 * (len - 3))) & 127);
          mayPrefix = (prefixThird[b >>> 5]! & (1 << (b & 31))) !== 0;
        }
      }
      if (mayPrefix) {
        const at = pfxUsed;
        const to = prefixIds(text, start, i, pfxData, at);
        if (to > at) {
          pfxData[to] = -1;
          pfxUsed = to + 1;
          p0 = at;
        }
      }
    } else {
      const norm = normalise(text.slice(start, i), false, upper, flags);
      tId[count] = wordId(norm);
      tFlags[count] = NON_ASCII | (upper ? UPPER_CASE : 0) | flags;
      if (hasPrefixes) {
        const at = pfxUsed;
        const to = stringPrefixIds(norm, pfxData, at);
        if (to > at) {
          pfxData[to] = -1;
          pfxUsed = to + 1;
          p0 = at;
        }
      }
    }
    tPfx[count] = p0;
    count++;
    // A space after a word changes nothing: step over it here, not in the class dispatch above.
    if (i < n && text.charCodeAt(i) === 32) i++;
  }
  ta.n = count;
  ta.quoteMarks = quoteMarks;
  ta.serial = ++serials;
  return ta;
}

/** TokenArrays for tokens[from, to) of a Token array (norms looked up in the vocabulary); indices start at 0. */
export function arraysFromTokens(tokens: readonly Token[], from = 0, to = tokens.length): TokenArrays {
  const a = Math.max(0, from);
  const b = Math.min(to, tokens.length);
  const ta = newTokenArrays(Math.max(1, b - a));
  ta.tokens = a === 0 && b === tokens.length ? tokens : tokens.slice(a, b);
  const pfxData = ta.pfxData;
  for (let k = 0; k < b - a; k++) {
    const t = tokens[a + k]!;
    ta.start[k] = t.start;
    ta.end[k] = t.end;
    ta.sentence[k] = t.sentence;
    ta.period[k] = t.period ?? t.sentence;
    ta.id[k] = wordId(t.norm);
    const at = pfxData.length;
    const end = stringPrefixIds(t.norm, pfxData, at);
    if (end > at) {
      pfxData[end] = -1;
      ta.pfx[k] = at;
    } else {
      ta.pfx[k] = -1;
    }
  }
  ta.n = Math.max(0, b - a);
  ta.serial = ++serials;
  return ta;
}

const SCRATCH = newTokenArrays(1024);

/**
 * Split a note into word tokens. A word is a run of letters/digits (any script), with inner apostrophes and hyphens
 * kept when a letter or digit follows them ("don't", "county-lines", "16-year-old"). Punctuation, emoji and symbols
 * are not tokens. Sentence ends (. ! ? ; and a blank line) bump `sentence`. A full stop inside a word or a number
 * ("snapchat.com", "3.5"), or after an abbreviation or a single letter ("Mr.", "e.g."), is not a sentence end.
 * A single newline is not a sentence end either: legacy exports hard-wrap lines mid-sentence.
 */
export function tokenize(text: string): Token[] {
  const ta = scanText(text, SCRATCH);
  const tokens: Token[] = new Array<Token>(ta.n);
  for (let k = 0; k < ta.n; k++) tokens[k] = { norm: normAt(ta, k), start: ta.start[k]!, end: ta.end[k]!, sentence: ta.sentence[k]!, period: ta.period[k]! };
  return tokens;
}

function fullStopEndsSentenceAt(text: string, i: number, ta: TokenArrays, count: number): boolean {
  // "snapchat.com", "3.5", "e.g": a full stop directly followed by a word character is inside a word or number.
  if (i + 1 < text.length && wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0) return false;
  if (count === 0 || ta.end[count - 1] !== i) return true;
  const p = count - 1;
  if ((ta.flags[p]! & NON_ASCII) === 0) {
    if (ta.end[p]! - ta.start[p]! === 1) {
      const c = text.charCodeAt(ta.start[p]!);
      if (!(c >= 48 && c <= 57)) return false;
    }
    return !ABBREVIATION_IDS.has(ta.id[p]!);
  }
  const norm = normAt(ta, p);
  if (norm.length === 1 && !(norm >= '0' && norm <= '9')) return false;
  return !ABBREVIATIONS.has(norm);
}

/** Is there a comma between token t and the next one (`ta` scanned from `text`)? Clause readers stop at it. */
export function commaAfter(text: string, ta: TokenArrays, t: number): boolean {
  for (let c = ta.end[t]!, e = ta.start[t + 1]!; c < e; c++) if (text.charCodeAt(c) === 44) return true;
  return false;
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
    if (dOpen < 0 && sOpen < 0) {
      // Nothing open: only a quote mark changes the state (it also resets newlineSeen), so go straight to the next one.
      QUOTE_MARK.lastIndex = i;
      if (!QUOTE_MARK.test(text)) break;
      i = QUOTE_MARK.lastIndex - 1;
    }
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
  if (spans.length > 1) spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return spans;
}

// The marks quoteSpans acts on (global, for `lastIndex`).
const QUOTE_MARK = /["'\u2018\u2019\u201c\u201d\u201e]/g;

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
