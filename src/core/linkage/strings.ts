// String similarity and phonetic keys for record linkage. The hot functions work on UTF-16 code units held in one
// packed Uint16Array (see values.ts), with module-level scratch buffers, so that comparing two values allocates nothing.

// Matched positions of the longer string carry the current call's stamp, so nothing is cleared between calls.
let matchedB = new Int32Array(64);
let matchedA = new Uint16Array(64);
let stamp = 0;
let rows = new Int32Array(3 * 65);
let scratch = new Uint16Array(128);

/**
 * Jaro-Winkler similarity of buf[a, a+la) and buf[b, b+lb): Jaro's agreement of characters within a window, with
 * Winkler's bonus of 0.1 per agreeing prefix character (up to 4) when the Jaro score exceeds 0.7.
 */
// Jaro 1989 (JASA 84:414); Winkler 1990, "String comparator metrics and enhanced decision rules in the Fellegi-Sunter model".
export function jaroWinklerAt(buf: Uint16Array, a: number, la: number, b: number, lb: number): number {
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  // The shorter string drives the outer loop; the result is symmetric.
  if (la > lb) {
    const t = a;
    a = b;
    b = t;
    const tl = la;
    la = lb;
    lb = tl;
  }
  if (matchedB.length < lb) {
    matchedB = new Int32Array(Math.max(lb, matchedB.length * 2));
    matchedA = new Uint16Array(matchedB.length);
    stamp = 0;
  }
  if (stamp === 0x7fffffff) {
    matchedB.fill(0);
    stamp = 0;
  }
  const st = ++stamp;
  const fb = matchedB;
  const ma = matchedA;
  let range = (lb >> 1) - 1;
  if (range < 0) range = 0;
  let m = 0;
  for (let i = 0; i < la; i++) {
    const c = buf[a + i]!;
    const lo = i > range ? i - range : 0;
    const hi = i + range < lb - 1 ? i + range : lb - 1;
    for (let j = lo; j <= hi; j++) {
      if (fb[j] !== st && buf[b + j] === c) {
        fb[j] = st;
        ma[m++] = c; // matched characters of the shorter string, in its order
        break;
      }
    }
  }
  if (m === 0) return 0;
  let half = 0;
  let k = 0;
  for (let j = 0; j < lb; j++) {
    if (fb[j] === st) {
      if (buf[b + j] !== ma[k]) half++;
      k++;
    }
  }
  const jaro = (m / la + m / lb + (m - half / 2) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  const maxPrefix = la < 4 ? la : 4;
  while (prefix < maxPrefix && buf[a + prefix] === buf[b + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A 32-bit set of the characters of buf[a, a+la), by code unit mod 32 (for bounds, so collisions are harmless). */
export function charMask(buf: Uint16Array, a: number, la: number): number {
  let mask = 0;
  for (let i = 0; i < la; i++) mask |= 1 << (buf[a + i]! & 31);
  return mask;
}

/**
 * An upper bound of the Jaro-Winkler similarity from the strings' lengths, character masks and common prefix, without
 * the character matching: at most |shared characters| + (repeated characters) can match, and no transpositions.
 */
export function jaroWinklerBoundAt(buf: Uint16Array, a: number, la: number, maskA: number, b: number, lb: number, maskB: number): number {
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  const repeats = Math.min(la - popcount(maskA), lb - popcount(maskB));
  let m = popcount(maskA & maskB) + repeats;
  const short = la < lb ? la : lb;
  if (m > short) m = short;
  if (m === 0) return 0;
  const jaro = (m / la + m / lb + 1) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  const maxPrefix = short < 4 ? short : 4;
  while (prefix < maxPrefix && buf[a + prefix] === buf[b + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * The most characters two strings can have in common by their histograms (charHistogram): the sum over the 16
 * buckets of the smaller count. Jaro's matching characters cannot exceed it.
 */
export function commonCharactersBound(loA: number, hiA: number, loB: number, hiB: number): number {
  let m = 0;
  for (let k = 0; k < 32; k += 4) {
    const x = (loA >>> k) & 15;
    const y = (loB >>> k) & 15;
    const u = (hiA >>> k) & 15;
    const w = (hiB >>> k) & 15;
    m += (x < y ? x : y) + (u < w ? u : w);
  }
  return m;
}

/** The Jaro-Winkler upper bound for at most m matching characters and the common prefix of the two strings. */
export function jaroWinklerBoundFor(buf: Uint16Array, a: number, la: number, b: number, lb: number, m: number): number {
  const short = la < lb ? la : lb;
  if (m > short) m = short;
  if (m <= 0) return la === 0 && lb === 0 ? 1 : 0;
  const jaro = (m / la + m / lb + 1) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  const maxPrefix = short < 4 ? short : 4;
  while (prefix < maxPrefix && buf[a + prefix] === buf[b + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Character counts of buf[a, a+la) by code unit mod 16, as 4-bit counters (capped at 15) in two 32-bit integers. */
export function charHistogram(buf: Uint16Array, a: number, la: number): [number, number] {
  const counts = new Uint8Array(16);
  for (let i = 0; i < la; i++) {
    const k = buf[a + i]! & 15;
    if (counts[k]! < 15) counts[k]!++;
  }
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < 8; k++) {
    lo |= counts[k]! << (4 * k);
    hi |= counts[k + 8]! << (4 * k);
  }
  return [lo, hi];
}

/**
 * A lower bound of the edit distance from two character histograms (charHistogram): an edit changes at most two
 * character counts by one each, so the distance is at least half the total count difference.
 */
export function editDistanceLowerBound(loA: number, hiA: number, loB: number, hiB: number): number {
  let diff = 0;
  for (let k = 0; k < 32; k += 4) {
    const x = ((loA >>> k) & 15) - ((loB >>> k) & 15);
    const y = ((hiA >>> k) & 15) - ((hiB >>> k) & 15);
    diff += (x < 0 ? -x : x) + (y < 0 ? -y : y);
  }
  return (diff + 1) >> 1;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus transposition of two adjacent characters, Damerau 1964) between
 * buf[a, a+la) and buf[b, b+lb), or max + 1 as soon as it is known to exceed max.
 */
export function editDistanceWithinAt(buf: Uint16Array, a: number, la: number, b: number, lb: number, max: number): number {
  const diff = la > lb ? la - lb : lb - la;
  if (diff > max) return max + 1;
  const w = lb + 1;
  if (rows.length < 3 * w) rows = new Int32Array(3 * Math.max(w, rows.length));
  const r = rows;
  // Three rows: two back (for transpositions), previous, current, rotated by offset.
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= lb; j++) r[prev + j] = j;
  for (let i = 1; i <= la; i++) {
    r[cur] = i;
    let rowMin = i;
    const ca = buf[a + i - 1]!;
    for (let j = 1; j <= lb; j++) {
      const cb = buf[b + j - 1]!;
      const cost = ca === cb ? 0 : 1;
      let v = r[prev + j - 1]! + cost;
      const del = r[prev + j]! + 1;
      if (del < v) v = del;
      const ins = r[cur + j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === buf[b + j - 2] && buf[a + i - 2] === cb) {
        const tr = r[prev2 + j - 2]! + 1;
        if (tr < v) v = tr;
      }
      r[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = r[prev + lb]!;
  return d > max ? max + 1 : d;
}

function packTwo(x: string, y: string): Uint16Array {
  const n = x.length + y.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  for (let i = 0; i < x.length; i++) scratch[i] = x.charCodeAt(i);
  for (let i = 0; i < y.length; i++) scratch[x.length + i] = y.charCodeAt(i);
  return scratch;
}

/** Jaro-Winkler similarity of two strings (case-sensitive; normalise first). 1 = identical, 0 = nothing in common. */
export function jaroWinkler(x: string, y: string): number {
  return jaroWinklerAt(packTwo(x, y), 0, x.length, x.length, y.length);
}

/** Optimal-string-alignment edit distance, or max + 1 when it is over max (default: no limit). */
export function editDistance(x: string, y: string, max = Math.max(x.length, y.length)): number {
  return editDistanceWithinAt(packTwo(x, y), 0, x.length, x.length, y.length, max);
}

const isVowel = (c: string | undefined) => c === 'A' || c === 'E' || c === 'I' || c === 'O' || c === 'U';

/** The letters A-Z of an already normalised name, upper case (spaces, digits and other scripts dropped). */
function latinLetters(s: string): string {
  return s.toUpperCase().replace(/[^A-Z]/g, '');
}

/**
 * NYSIIS phonetic key of a name (lower case, accents stripped first: see normaliseName). Spelling variants that sound
 * alike share a key: "brown" and "braun" -> "BRAN". Not truncated to six letters, so that keys stay selective.
 */
// Taft 1970, "Name search techniques", New York State Identification and Intelligence System, Special Report 1.
export function nysiis(name: string): string {
  let s = latinLetters(name);
  if (s === '') return '';
  if (s.startsWith('MAC')) s = `MCC${s.slice(3)}`;
  else if (s.startsWith('KN')) s = `NN${s.slice(2)}`;
  else if (s.startsWith('K')) s = `C${s.slice(1)}`;
  else if (s.startsWith('PH') || s.startsWith('PF')) s = `FF${s.slice(2)}`;
  else if (s.startsWith('SCH')) s = `SSS${s.slice(3)}`;
  if (s.length > 2 && (s.endsWith('EE') || s.endsWith('IE'))) s = `${s.slice(0, -2)}Y`;
  else if (s.length > 2 && /(DT|RT|RD|NT|ND)$/.test(s)) s = `${s.slice(0, -2)}D`;
  const c = s.split('');
  let key = c[0]!;
  for (let i = 1; i < c.length; i++) {
    const ch = c[i]!;
    if (ch === 'E' && c[i + 1] === 'V') {
      c[i] = 'A';
      c[i + 1] = 'F';
    } else if (isVowel(ch)) c[i] = 'A';
    else if (ch === 'Q') c[i] = 'G';
    else if (ch === 'Z') c[i] = 'S';
    else if (ch === 'M') c[i] = 'N';
    else if (ch === 'K') c[i] = c[i + 1] === 'N' ? 'N' : 'C';
    else if (ch === 'S' && c[i + 1] === 'C' && c[i + 2] === 'H') {
      c[i + 1] = 'S';
      c[i + 2] = 'S';
    } else if (ch === 'P' && c[i + 1] === 'H') {
      c[i] = 'F';
      c[i + 1] = 'F';
    } else if (ch === 'H' && (!isVowel(c[i - 1]) || (i + 1 < c.length && !isVowel(c[i + 1])))) c[i] = c[i - 1]!;
    else if (ch === 'W' && isVowel(c[i - 1])) c[i] = c[i - 1]!;
    if (c[i] !== key[key.length - 1]) key += c[i]!;
  }
  if (key.length > 1 && key.endsWith('S')) key = key.slice(0, -1);
  if (key.length > 2 && key.endsWith('AY')) key = `${key.slice(0, -2)}Y`;
  if (key.length > 1 && key.endsWith('A')) key = key.slice(0, -1);
  return key;
}

const SOUNDEX_CODES = '01230120022455012623010202'; // A..Z

/** American Soundex: first letter and three digits ("robert" and "rupert" -> "R163"). Coarse, so good for blocking. */
// Russell & Odell, US patents 1,261,167 (1918) and 1,435,663 (1922); the H/W rule as in the US National Archives' version.
export function soundex(name: string): string {
  const s = latinLetters(name);
  if (s === '') return '';
  let key = s[0]!;
  let last = SOUNDEX_CODES[s.charCodeAt(0) - 65]!;
  for (let i = 1; i < s.length && key.length < 4; i++) {
    const ch = s[i]!;
    const code = SOUNDEX_CODES[s.charCodeAt(i) - 65]!;
    if (ch === 'H' || ch === 'W') continue; // H and W do not separate letters with the same code
    if (code !== '0' && code !== last) key += code;
    last = code;
  }
  return key.padEnd(4, '0');
}
