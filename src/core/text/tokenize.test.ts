import { describe, expect, it } from 'vitest';
import { newTokenArrays, quoteSpans, scanText, tokenize } from './tokenize.ts';
import { internPrefix, internWord, prefixList, wordId } from './vocab.ts';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it.each([
    ['She went MISSING', ['she', 'went', 'missing']],
    ["don't can’t children's", ["don't", "can't", "children's"]],
    ['county-lines 16-year-old', ['county-lines', '16-year-old']],
    ['self‑harm', ['self-harm']], // non-breaking hyphen
    ["- a dash - 'quoted' word-", ['a', 'dash', 'quoted', 'word']],
    ['Café naïve Zoë', ['café', 'naïve', 'zoë']],
    ['cafe\u0301 decomposed', ['café', 'decomposed']],
    ['Ağustos İstanbul Łódź Ωμέγα', ['ağustos', 'i̇stanbul', 'łódź', 'ωμέγα']],
    ['snapchat.com 3.5 hours', ['snapchat', 'com', '3', '5', 'hours']],
    ['😀 emoji 👍🏽 only', ['emoji', 'only']],
  ])('%s', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('ends a sentence at a semicolon but keeps its period (the span context cues look across)', () => {
    const tokens = tokenize('Stays at his flat; he is 30. Home now.\n\nSeen');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3]);
    expect(tokens.map((t) => t.period)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
    const ta = scanText('one; two. three', newTokenArrays(4));
    expect([...ta.sentence.subarray(0, ta.n)]).toEqual([0, 1, 2]);
    expect([...ta.period.subarray(0, ta.n)]).toEqual([0, 0, 1]);
  });

  it('gives UTF-16 offsets, including after emoji and accented letters', () => {
    const text = 'Zoë 😀 went missing 👍🏽 from café';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    const toks = tokenize(text);
    expect(toks.map((t) => [t.start, t.end])).toEqual([
      [0, 3],
      [7, 11],
      [12, 19],
      [25, 29],
      [30, 34],
    ]);
  });

  it('keeps astral letters inside words (surrogate pairs)', () => {
    const text = 'a𝐀b next';
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it.each([
    ['One. Two! Three? Four; five', [0, 1, 2, 3, 4]],
    ['Seen by Mr. Smith today', [0, 0, 0, 0, 0]],
    ['e.g. cannabis', [0, 0, 0]],
    ['para one\n\npara two', [0, 0, 1, 1]],
    ['wrapped\nline', [0, 0]],
    ['end...   next', [0, 1]],
    ['3.5 hours', [0, 0, 0]],
  ])('sentence numbers for %j', (text, expected) => {
    expect(tokenize(text).map((t) => t.sentence)).toEqual(expected);
  });

  it('handles empty and punctuation-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('... !!! ???')).toEqual([]);
  });

  // U+02BC is a Unicode letter used as an apostrophe by some keyboards. Alone, or at the start or end of a word, it once
  // made the tokenizer loop for ever (found by the 10,000-case fuzz run).
  it.each([
    ['\u02bc', []],
    ['\u02bcsaid', ['said']],
    ['said\u02bc', ['said']],
    ['a \u02bc\u02bc b', ['a', 'b']],
    ['don\u02bct go', ["don't", 'go']],
  ])('reads the modifier letter apostrophe in %j as an apostrophe', (text, expected) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(expected);
  });
});

describe('quoteSpans', () => {
  it.each([
    ['She said "I chose to go" and left', ['I chose to go']],
    ['She said “he’s my boyfriend” again', ['he’s my boyfriend']],
    ["She said 'it's fine' to me", ["it's fine"]],
    ['She said ‘it’s fine’ to me', ['it’s fine']],
    ["The children's home said she doesn't want help", []],
    ["The childrens' home said she doesn't", []],
    ['An open " quote that never closes\n\nand "a closed one"', ['a closed one']],
    ['Nested “he said ‘run’ then” end', ['he said ‘run’ then', 'run']],
    ['"" empty', []],
  ])('%s', (text, expected) => {
    expect(quoteSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(expected);
  });
});

describe('scanText word ids', () => {
  // Words of up to 4 code units are looked up by the key packed in the character loop, longer ones by hash: both must
  // give the id of the lowercased word, whatever the case, with inner apostrophes and hyphens, and at the text's end.
  it('gives each word the id of its lowercased form', () => {
    const words = [
      'a',
      'I',
      'no',
      'No',
      'NOT',
      'mum',
      "don't",
      'd-j',
      'in',
      'A-B',
      '19',
      'x1y2',
      'went',
      'WeNt',
      'missing',
      'Missing',
      'self-harm',
      'abcd',
      'abcde',
    ];
    for (const w of words) internWord(w.toLowerCase().replace(/’/g, "'"));
    const text = `${words.join(' ')}. ${words.join(', ')}`;
    const ta = scanText(text, newTokenArrays(4));
    expect(ta.n).toBe(2 * words.length);
    for (let k = 0; k < ta.n; k++) {
      const w = text.slice(ta.start[k], ta.end[k]).toLowerCase();
      expect([w, ta.id[k]]).toEqual([w, wordId(w)]);
      expect(ta.id[k]).not.toBe(0);
    }
    // A word no pattern uses has id 0, short or long.
    expect(scanText('qzx qzxqzx', newTokenArrays(4)).id.slice(0, 2)).toEqual(Int32Array.from([0, 0]));
  });

  // Words of 5-12 code units are keyed exactly by their code units in groups of four (vocab.ts `midWordId`), with no check
  // of the text: a word that shares either part, or all but its length, with a known one must still get its own id.
  it('keys words of 5-12 code units exactly', () => {
    const known = ['qvabc', 'qvabcd', "qv'a-bc", 'qvab1234', 'zzzzzzzz', 'qvab5', 'qva-b', 'qvabcdefg', 'qvab1234q', 'qvab-234qrst', 'qvab1234qrstu'];
    for (const w of known) internWord(w);
    const unknown = ['qvabd', 'qvabcde', 'qvabcdef', 'xvabc', 'qvab12345', 'qvab123', 'zzzzzzz', 'zzzzzzzzz', 'qvab6', 'qva-c', "qv'a-bd"];
    unknown.push('qvabcdefh', 'qvab1235q', 'qvab1234r', 'qvab1234qq', 'qvab-234qrs', 'qvab-234qrsu', 'qvab1234qrst', 'qvab1234qrstv');
    const text = [...known, ...known.map((w) => w.toUpperCase()), ...unknown].join(' ');
    const ta = scanText(text, newTokenArrays(4));
    expect(ta.n).toBe(2 * known.length + unknown.length);
    for (let k = 0; k < ta.n; k++) {
      const w = text.slice(ta.start[k], ta.end[k]).toLowerCase();
      expect([w, ta.id[k]]).toEqual([w, k < 2 * known.length ? wordId(w) : 0]);
      if (k < 2 * known.length) expect(ta.id[k]).not.toBe(0);
    }
  });
});

describe('scanText prefix ids', () => {
  // The scanner filters words by their first two, then three code units before testing prefixes: the filter may let a
  // word through for nothing, never hold one back.
  it('marks exactly the words that start with a known prefix', () => {
    for (const p of ['refus', 'zq', 'x', 'qqa-b']) internPrefix(p);
    const words = ['refused', 'Refusing', 'REFUS', 'refu', 'ref', 're', 'rex', 'zq', 'zqx', 'Zq', 'z', 'x', 'X9', 'qqa-bc', 'qqa', 'qqb', 'other'];
    const ta = scanText(words.join(' '), newTokenArrays(4));
    const prefixes = prefixList();
    const text = ta.text;
    for (let k = 0; k < ta.n; k++) {
      const w = text.slice(ta.start[k], ta.end[k]).toLowerCase();
      expect([w, ta.pfx[k]! >= 0]).toEqual([w, prefixes.some((p) => w.startsWith(p))]);
    }
  });

  // The marks of known words that start a prefix (vocab.ts prefixedWords) are brought up to date when read; when the
  // vocabulary outgrows their array, the marks of the words already read must move with them.
  it('still marks a known word after the vocabulary has grown past the marks array', () => {
    internPrefix('qzpfx');
    const known = internWord('qzpfxalpha');
    const ta = newTokenArrays(4);
    expect(scanText('qzpfxalpha', ta).pfx[0]).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < 40_000; k++) internWord(`qzgrow${k}`);
    scanText('qzpfxalpha qzgrow7', ta);
    expect([ta.id[0], ta.pfx[0]! >= 0, ta.pfx[1]! >= 0]).toEqual([known, true, false]);
  });
});
