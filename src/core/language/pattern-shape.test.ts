import { describe, expect, it } from 'vitest';
import { CONTEXT_TRIGGERS } from '../text/context-triggers.ts';
import { INDICATOR_PHRASES } from '../text/indicator-phrases.ts';
import { parsePattern } from '../text/matcher.ts';
import { LEXICON } from './lexicon.ts';
import { codesOf, hasFinding } from '../../../test/fixtures/text-checks.ts';

// A slot of the phrase grammar (core/text/matcher.ts) is one word: "won't|will not hear" is the slot "won't|will"
// followed by "not", so it matches "will not hear" and the meaningless "won't not hear", never "won't hear". Found in
// round 28 in six patterns and cues of the lexicon and the phrase list; this keeps the shape from coming back.

const CONTRACTED_NEGATION = /n't$|^(?:cannot|wont|dont|cant|didnt|doesnt|isnt|wasnt|couldnt|wouldnt)$/;
const AUXILIARIES = new Set(['will', 'would', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'can', 'could', 'has', 'have', 'had', 'should']);

/** The patterns with a slot that offers both a contracted negation and a bare auxiliary before a required "not". */
function contractedThenNot(patterns: readonly string[]): string[] {
  // The matcher's own parser: its words are normalised as tokens are (curly apostrophes straightened).
  const words = (alts: ReturnType<typeof parsePattern>[number]['alts']) => alts.flatMap((a) => (a.kind === 'word' ? [a.word] : []));
  return patterns.filter((p) => {
    const slots = parsePattern(p);
    return slots.some((slot, i) => {
      const next = slots[i + 1];
      if (next === undefined || next.optional || !words(next.alts).includes('not')) return false;
      const here = words(slot.alts);
      return here.some((w) => CONTRACTED_NEGATION.test(w)) && here.some((w) => AUXILIARIES.has(w));
    });
  });
}

const cuesOf = (e: { requiresNear?: readonly string[]; unlessNear?: readonly string[]; unlessNearAcross?: readonly string[] }) => [
  ...(e.requiresNear ?? []),
  ...(e.unlessNear ?? []),
  ...(e.unlessNearAcross ?? []),
];

describe('phrase patterns: no contracted negation in a slot before "not"', () => {
  it('recognises the shape, and not its correct forms', () => {
    expect(contractedThenNot(["won't|will not hear a word against", "could|couldn't not tell", 'is|was not'])).toEqual([
      "won't|will not hear a word against",
      "could|couldn't not tell",
    ]);
    expect(contractedThenNot(["won't|wont hear a word against", 'will not hear a word against', 'did|does [not] know', "can't|cannot not"])).toEqual([]);
  });

  it('in the language lexicon, its patterns and its cues', () => {
    expect(contractedThenNot(LEXICON.flatMap((e) => [...e.patterns, ...cuesOf(e)]))).toEqual([]);
  });

  it('in the indicator phrases, their patterns and their cues', () => {
    expect(contractedThenNot(INDICATOR_PHRASES.flatMap((e) => [...e.patterns, ...cuesOf(e)]))).toEqual([]);
  });

  it('in the ConText triggers', () => {
    expect(contractedThenNot(CONTEXT_TRIGGERS.flatMap((t) => t.patterns))).toEqual([]);
  });
});

describe('the wording those patterns were written for is found now', () => {
  it.each([
    ['She told the nurse "I did not say no, so it was fine".', 'own_words_consent'],
    ['Staff feel she is not protecting herself from the men at the flat.', 'blaming_idiom_round13'],
  ])('%s -> %s', hasFinding);

  it.each([
    ['Mia now says it didn’t happen and wants the referral closed.', 'da_disclosure_withdrawn'],
    ['He couldn’t tell staff what town he was in when police found him.', 'am_unknown_address'],
    ['She will not hear a word against the 24-year-old.', 'da_protects_abusers'],
  ])('%s -> %s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
});
