// The vocabulary of every compiled pattern: each word on a trie edge gets a small integer id, each prefix wildcard
// (`promiscu*`) a prefix id. The scanner (tokenize.ts `scanText`) packs each lowercased ASCII word of up to 8 code units
// into integer keys during its character loop and looks them up here exactly (`shortWordId`, `midWordId`); a longer
// or non-ASCII word is hashed and verified. So matching runs on integers: no norm string and no Token object per word.
// Words that no pattern uses get id 0 (UNKNOWN); long ones are mostly rejected by an 8 KB filter, without a probe.
//
// The table only grows (compilePatterns interns its words at compile time, normally at module load), so an id never
// changes meaning. Pure code: runs in Node and in the browser.

export const UNKNOWN = 0;

// FNV-1a over the UTF-16 code units of the lowercased word.
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

const words: string[] = ['']; // id -> norm; id 0 is UNKNOWN
const byWord = new Map<string, number>();
// The words' code units in one pool, for the verification in asciiWordId (a flat typed array is faster to compare
// than the pattern strings, which are often slices of the pattern text).
let pool = new Uint16Array(1 << 15);
let poolUsed = 0;
let wordPos = new Int32Array(1 << 12);
let wordLen = new Int32Array(1 << 12);
let cap = 1 << 14;
let mask = cap - 1;
let slots = new Int32Array(4 * cap); // slot s at 4s: hash, id (0: empty slot), length, pool offset; one cache line per probe
// A 65,536-bit filter over the words' mixed hashes (8 KB, stays in L1): most words of a note are in no pattern, and
// the filter rejects them without touching the table.
const BLOOM_BITS = 16;
const bloom = new Int32Array(1 << (BLOOM_BITS - 5));
// By word id: 1 when the word starts with the prefix of a prefix wildcard, so that the scanner looks a known word's
// prefixes up only when it has one (`prefixedWords`). Brought up to date when read, not as each word or prefix is
// added: interning thousands of pattern words against hundreds of prefixes one by one took a tenth of the lexicons'
// compile time. `prefixedUpTo`: the words already marked against every prefix (1, the first word id, once a prefix has
// been added since).
let prefixed = new Uint8Array(1 << 12);
let prefixedUpTo = 1;
let longestPrefix = 0;

// ASCII words of up to 4 code units are keyed exactly by their packed lowercase code units (7 bits each, plus the
// length), so the commonest words ("she", "the", "in", "was") need no character comparison.
let shortCap = 1 << 12;
let shortMask = shortCap - 1;
let shortSlots = new Int32Array(2 * shortCap); // slot q at 2q: packed key (0: empty; a key is never 0, the length is part of it), id
let shortCount = 0;

// ASCII words of 5-12 code units are keyed exactly by three integers, their code units packed 7 bits each: the first
// four (k0); the next four of a word of 9-12, else 0 (k1); the length in bits 28-31 and the rest, shifted up to bit 27
// (k2). Most of a note's longer words are such.
let midCap = 1 << 12;
let midMask = midCap - 1;
let midSlots = new Int32Array(4 * midCap); // slot q at 4q: k0, k1, k2 (0: empty; never 0 for a key, the length is in it), id
let midCount = 0;
const midKey = new Int32Array(3); // packMid's result

/** Packs an ASCII word of 5-12 code units into midKey (k0, k1, k2) and returns true; false for any other word. */
function packMid(s: string): boolean {
  const len = s.length;
  if (len < 5 || len > 12) return false;
  let k0 = 0;
  let k1 = 0;
  let k2 = len;
  const rest = len > 8 ? 8 : 4; // where k2's code units start
  for (let k = 0; k < len; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return false;
    if (k < 4) k0 = (k0 << 7) | c;
    else if (k < rest) k1 = (k1 << 7) | c;
    else k2 = (k2 << 7) | c;
  }
  midKey[0] = k0;
  midKey[1] = k1;
  midKey[2] = k2 << (7 * (4 - (len - rest)));
  return true;
}

function midSlot(k0: number, k1: number, k2: number): number {
  return Math.imul(k0 ^ Math.imul(k1 ^ Math.imul(k2, 0x85ebca6b), 0xc2b2ae35), 0x9e3779b1) >>> 16;
}

function placeMid(id: number): void {
  let q = midSlot(midKey[0]!, midKey[1]!, midKey[2]!) & midMask;
  while (midSlots[4 * q + 2] !== 0) q = (q + 1) & midMask;
  midSlots.set(midKey, 4 * q);
  midSlots[4 * q + 3] = id;
}

/** The packed key of an ASCII word of 1-4 code units, lowercased, or 0 when the word is longer or not ASCII. */
function packWord(s: string): number {
  if (s.length > 4) return 0;
  let key = s.length;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return 0;
    key = (key << 7) | c;
  }
  return key;
}

function shortSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 20;
}

function placeShort(key: number, id: number): void {
  let s = shortSlot(key) & shortMask;
  while (shortSlots[2 * s] !== 0) s = (s + 1) & shortMask;
  shortSlots[2 * s] = key;
  shortSlots[2 * s + 1] = id;
}

// The low bits of FNV-1a are weak for short words: mix before masking. The table uses the low bits, the filter the high.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

function place(h: number, id: number): void {
  const m = mix(h);
  const b = m >>> (32 - BLOOM_BITS);
  bloom[b >>> 5]! |= 1 << (b & 31);
  let s = m & mask;
  while (slots[4 * s + 1] !== 0) s = (s + 1) & mask;
  slots[4 * s] = h;
  slots[4 * s + 1] = id;
  slots[4 * s + 2] = wordLen[id]!;
  slots[4 * s + 3] = wordPos[id]!;
}

/** The id of a normalised word (Token.norm), adding it if new. */
export function internWord(word: string): number {
  const known = byWord.get(word);
  if (known !== undefined) return known;
  const id = words.length;
  words.push(word);
  byWord.set(word, id);
  if (id >= wordPos.length) {
    const pos = new Int32Array(wordPos.length * 2);
    pos.set(wordPos);
    wordPos = pos;
    const len = new Int32Array(wordLen.length * 2);
    len.set(wordLen);
    wordLen = len;
  }
  if (poolUsed + word.length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + word.length));
    grown.set(pool);
    pool = grown;
  }
  const key = packWord(word);
  if (key !== 0) {
    shortCount++;
    if (shortCount * 2 > shortCap) {
      shortCap *= 2;
      shortMask = shortCap - 1;
      shortSlots = new Int32Array(2 * shortCap);
      for (let k = 1; k < words.length; k++) {
        const kk = packWord(words[k]!);
        if (kk !== 0) placeShort(kk, k);
      }
    } else {
      placeShort(key, id);
    }
  }
  if (packMid(word)) {
    midCount++;
    if (midCount * 2 > midCap) {
      midCap *= 2;
      midMask = midCap - 1;
      midSlots = new Int32Array(4 * midCap);
      for (let k = 1; k < words.length; k++) if (packMid(words[k]!)) placeMid(k);
    } else {
      placeMid(id);
    }
  }
  wordPos[id] = poolUsed;
  wordLen[id] = word.length;
  for (let k = 0; k < word.length; k++) pool[poolUsed++] = word.charCodeAt(k);
  // At most 1/4 full, so that a probe rarely goes past its first slot.
  if (words.length * 4 > cap) {
    cap *= 2;
    mask = cap - 1;
    slots = new Int32Array(4 * cap);
    for (let k = 1; k < words.length; k++) place(hashString(words[k]!), k);
  } else {
    place(hashString(word), id);
  }
  return id;
}

// Marks the words from prefixedUpTo on: each of a word's own prefixes (up to the longest wildcard's) looked up.
function markPrefixed(): void {
  if (prefixed.length < words.length) {
    const grown = new Uint8Array(Math.max(words.length, 2 * prefixed.length));
    grown.set(prefixed); // the marks of the words before prefixedUpTo are kept, not recomputed
    prefixed = grown;
  }
  for (let k = prefixedUpTo; k < words.length; k++) {
    const w = words[k]!;
    let hit = 0;
    for (let len = Math.min(w.length, longestPrefix); len >= 1 && hit === 0; len--) if (byPrefix.has(w.slice(0, len))) hit = 1;
    prefixed[k] = hit;
  }
  prefixedUpTo = words.length;
}

/**
 * By word id: 1 when the word starts with the prefix of some prefix wildcard (`promiscuous` for `promiscu*`), else 0.
 * The array is replaced when it grows: read it again after compiling patterns.
 */
export function prefixedWords(): Uint8Array {
  if (prefixedUpTo < words.length) markPrefixed();
  return prefixed;
}

/** The id of a normalised word, or UNKNOWN. */
export function wordId(norm: string): number {
  return byWord.get(norm) ?? UNKNOWN;
}

/**
 * The id of an ASCII word of 1-4 code units by its packed key (`packWord`: the length, then 7 bits per lowercased code
 * unit), or UNKNOWN. The key is the word itself, so no verification is needed.
 */
export function shortWordId(key: number): number {
  let q = shortSlot(key) & shortMask;
  for (;;) {
    const kq = shortSlots[2 * q]!;
    if (kq === key) return shortSlots[2 * q + 1]!;
    if (kq === 0) return UNKNOWN;
    q = (q + 1) & shortMask;
  }
}

/** The id of an ASCII word of 5-12 code units by its key (k0, k1, k2: see packMid), or UNKNOWN. */
export function midWordId(k0: number, k1: number, k2: number): number {
  let q = midSlot(k0, k1, k2) & midMask;
  for (;;) {
    const c = midSlots[4 * q + 2]!;
    if (c === k2 && midSlots[4 * q] === k0 && midSlots[4 * q + 1] === k1) return midSlots[4 * q + 3]!;
    if (c === 0) return UNKNOWN;
    q = (q + 1) & midMask;
  }
}

/**
 * The id of the ASCII word text[start, end) lowercased. The candidate is verified character by character, so a hash
 * collision never gives a wrong id.
 */
export function asciiWordId(text: string, start: number, end: number): number {
  const len = end - start;
  if (len <= 4) {
    let key = len;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 65 && c <= 90) c += 32;
      key = (key << 7) | c;
    }
    return shortWordId(key);
  }
  let h = HASH_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), HASH_PRIME);
  }
  const m = mix(h);
  const b = m >>> (32 - BLOOM_BITS);
  if ((bloom[b >>> 5]! & (1 << (b & 31))) === 0) return UNKNOWN;
  let s = m & mask;
  for (;;) {
    const id = slots[4 * s + 1]!;
    if (id === 0) return UNKNOWN;
    if (slots[4 * s] === h && slots[4 * s + 2] === len) {
      const at = slots[4 * s + 3]!;
      let k = 0;
      for (; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== pool[at + k]) break;
      }
      if (k === len) return id;
    }
    s = (s + 1) & mask;
  }
}

// Prefix wildcards. ASCII prefixes are indexed by their first one or two code units; any other prefix is only tested
// against non-ASCII words (an ASCII word cannot start with a non-ASCII prefix).
const prefixes: string[] = []; // pid -> prefix
let nonAsciiPrefixes = 0; // prefixes not indexed by index1/index2
const byPrefix = new Map<string, number>();
const chainNext: number[] = []; // next pid with the same index key, or -1
const index1 = new Int32Array(128).fill(-1); // one-letter prefixes by first code unit
const index2 = new Int32Array(128 * 128).fill(-1); // longer prefixes by their first two code units
/**
 * Non-zero where an ASCII word whose first two code units, lowercased, are (c0, c1) may start with a known prefix
 * (c1 = 0 for a one-letter word): the scanner calls `asciiPrefixIds` only for those, so most words cost one read here.
 * 1: a prefix of one or two code units starts so; 2: only longer ones do, so a word of 3+ code units is tested against
 * PREFIX_THIRD first (about one word in six starts like a prefix, "re", "se", "ex", but few go on like one).
 */
export const PREFIX_START = new Uint8Array(128 * 128);
/** A 65,536-bit filter over the first three code units of the ASCII prefixes of 3+ code units (`prefixThirdBit`). */
export const PREFIX_THIRD = new Int32Array(1 << 11);
/** The PREFIX_THIRD bit of the first three lowercased code units: key2 = c0 * 128 + c1 as in PREFIX_START. */
export function prefixThirdBit(key2: number, c2: number): number {
  return Math.imul((key2 << 7) | c2, 0x9e3779b1) >>> 16;
}

/** The id of a prefix wildcard's prefix (`promiscu` for `promiscu*`), adding it if new. */
export function internPrefix(prefix: string): number {
  const known = byPrefix.get(prefix);
  if (known !== undefined) return known;
  const pid = prefixes.length;
  prefixes.push(prefix);
  byPrefix.set(prefix, pid);
  prefixedUpTo = 1;
  if (prefix.length > longestPrefix) longestPrefix = prefix.length;
  chainNext.push(-1);
  const c0 = prefix.charCodeAt(0);
  const c1 = prefix.charCodeAt(1);
  if (prefix.length === 1 && c0 < 128) {
    chainNext[pid] = index1[c0]!;
    index1[c0] = pid;
    PREFIX_START.fill(1, c0 * 128, c0 * 128 + 128);
  } else if (c0 < 128 && c1 < 128) {
    const key = c0 * 128 + c1;
    chainNext[pid] = index2[key]!;
    index2[key] = pid;
    if (prefix.length === 2) PREFIX_START[key] = 1;
    else {
      if (PREFIX_START[key] === 0) PREFIX_START[key] = 2;
      const c2 = prefix.charCodeAt(2);
      // A third code unit outside ASCII: no ASCII word starts with the prefix, and asciiPrefixIds never reports it.
      if (c2 < 128) {
        const b = prefixThirdBit(key, c2);
        PREFIX_THIRD[b >>> 5]! |= 1 << (b & 31);
      }
    }
  } else {
    nonAsciiPrefixes++;
  }
  return pid;
}

export function prefixCount(): number {
  return prefixes.length;
}

/** The prefixes of every prefix wildcard compiled so far (for warm-up notes that exercise the prefix paths). */
export function prefixList(): readonly string[] {
  return prefixes;
}

/**
 * Appends to out (from position at) the ids of the prefixes that the lowercased ASCII word text[start, end) starts
 * with, and returns the new length. Most words cost one or two array reads.
 */
export function asciiPrefixIds(text: string, start: number, end: number, out: number[], at: number): number {
  let c0 = text.charCodeAt(start);
  if (c0 >= 65 && c0 <= 90) c0 += 32;
  for (let p = index1[c0]!; p >= 0; p = chainNext[p]!) out[at++] = p;
  if (end - start < 2) return at;
  let c1 = text.charCodeAt(start + 1);
  if (c1 >= 65 && c1 <= 90) c1 += 32;
  for (let p = index2[c0 * 128 + c1]!; p >= 0; p = chainNext[p]!) {
    const pre = prefixes[p]!;
    if (pre.length > end - start) continue;
    let k = 2;
    for (; k < pre.length; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== pre.charCodeAt(k)) break;
    }
    if (k === pre.length) out[at++] = p;
  }
  return at;
}

/** The same for a normalised word given as a string (non-ASCII words, and Token arrays built by hand). */
export function stringPrefixIds(norm: string, out: number[], at: number): number {
  // Most words start with no known prefix: ruled out by their first two code units, as in asciiPrefixIds, so that a
  // note full of non-ASCII words does not test every prefix against every word.
  if (nonAsciiPrefixes === 0 && !mayStartPrefix(norm)) return at;
  for (let p = 0; p < prefixes.length; p++) if (norm.startsWith(prefixes[p]!)) out[at++] = p;
  return at;
}

// Can the word start with an ASCII prefix? (A prefix with a non-ASCII code unit in its first two is not indexed.)
function mayStartPrefix(norm: string): boolean {
  const c0 = norm.charCodeAt(0);
  if (!(c0 < 128)) return false;
  if (index1[c0]! >= 0) return true;
  const c1 = norm.charCodeAt(1);
  return c1 < 128 && PREFIX_START[c0 * 128 + c1] !== 0;
}
