import { describe, expect, it } from 'vitest';
import { compileCues, filterByCues } from './cues.ts';
import { compilePatterns } from './matcher.ts';
import { newTokenArrays, scanText } from './tokenize.ts';

// Entries: 0 "county lines" unless near teaching words; 1 "pick up" only near adult words; 2 "phone" unconditional;
// 3 "session" unless near the phrase "training needs" (a phrase cue), window 2; 4 "promise" only near "groom*".
const SPECS = [
  { unlessNear: ['awareness|session|lesson'], window: 5 },
  { requiresNear: ['man|men|adult|adults'] },
  {},
  { unlessNear: ['training needs'], window: 2 },
  { requiresNear: ['groom*'] },
];
const MATCHER = compilePatterns([
  { patterns: ['county lines'], value: 0 },
  { patterns: ['picked|picks up'], value: 1 },
  { patterns: ['phone'], value: 2 },
  { patterns: ['session'], value: 3 },
  { patterns: ['promised'], value: 4 },
]);
const CUES = compileCues(SPECS, 6);
const ta = newTokenArrays(64);

function kept(text: string): number[] {
  const arrays = scanText(text, ta);
  const matches = MATCHER.matchArrays(arrays, 0, arrays.n);
  return filterByCues(CUES, arrays, matches, (v) => v).map((m) => m.value);
}

describe('compileCues / filterByCues', () => {
  it('drops a match with an unlessNear cue in its window and keeps it without one', () => {
    expect(kept('Police gave a county lines awareness session.')).toEqual([3]); // the session itself is entry 3
    expect(kept('He is involved in county lines.')).toEqual([0]);
  });

  it('keeps a match with a requiresNear cue only when the cue is in the window', () => {
    expect(kept('An adult man picks up Jade after school.')).toEqual([1]);
    expect(kept('Mum picks up Jade after school.')).toEqual([]);
  });

  it('looks only within the window and the sentence', () => {
    // "lesson" is 6 tokens after the match, outside the window of 5
    expect(kept('He talks about county lines and the police and a lesson.')).toEqual([0]);
    // the cue is in the next sentence
    expect(kept('He is involved in county lines. The awareness week is next month.')).toEqual([0]);
    expect(kept('The man was outside. Mum picks up Jade.')).toEqual([]);
  });

  it('matches phrase cues and prefix cues', () => {
    expect(kept('The session covered training needs.')).toEqual([]);
    expect(kept('The session ran on late into the evening, then training needs.')).toEqual([3]); // outside the window of 2
    expect(kept('He promised her gifts while grooming her.')).toEqual([4]);
    expect(kept('He promised to come to the review.')).toEqual([]);
  });

  it('returns the same array when no candidate carries a condition', () => {
    const arrays = scanText('She has a new phone.', ta);
    const matches = MATCHER.matchArrays(arrays, 0, arrays.n);
    expect(filterByCues(CUES, arrays, matches, (v) => v)).toBe(matches);
  });

  it('rejects a bad cue pattern when compiled', () => {
    expect(() => compileCues([{ requiresNear: ['a&e'] }], 6)).toThrow(/a&e/);
  });
});

// A sentence longer than the window (a legacy note with no full stops) is indexed once per cue list and asked by binary
// search (cues.ts sentenceHits): the same answers as reading each window's tokens, at the window's edges too.
describe('cues in one long sentence', () => {
  const filler = (n: number) => Array.from({ length: n }, () => 'then').join(' ');
  it('finds a cue word just inside the window and not one just outside, many times in one sentence', () => {
    // "picks up" is entry 1 (requires an adult word within 6 tokens); each repeat has its own window.
    const near = `${filler(30)} ${Array.from({ length: 40 }, () => `an adult ${filler(5)} picks up Jade ${filler(12)}`).join(' ')}`;
    const far = `${filler(30)} ${Array.from({ length: 40 }, () => `an adult ${filler(6)} picks up Jade ${filler(12)}`).join(' ')}`;
    // The same edges in a sentence of its own, read token by token.
    expect(kept(`An adult ${filler(5)} picks up Jade.`)).toEqual([1]);
    expect(kept(`An adult ${filler(6)} picks up Jade.`)).toEqual([]);
    expect(kept(near)).toEqual(Array.from({ length: 40 }, () => 1));
    expect(kept(far)).toEqual([]);
    // Windows that overlap: the words read for one are asked again by the next, which reads on from there ("men" is read
    // only for the last match, "adult" for the first and asked by the second).
    const overlap = `${filler(30)} picks up ${filler(3)} an adult ${filler(2)} picks up ${filler(7)} picks up ${filler(9)} picks up ${filler(3)} men ${filler(30)}`;
    expect(kept(overlap)).toEqual([1, 1, 1]);
    // A prefix cue (entry 4: "promised" only near "groom*") in a long sentence.
    expect(kept(`${filler(100)} he was groomed and promised ${filler(100)} promised ${filler(100)}`)).toEqual([4]);
  });
});
