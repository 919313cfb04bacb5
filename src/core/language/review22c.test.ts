import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';

// Regressions the third review of language round 22 found ('in good spirits' on a return, 'quite happy staying'), each
// beside the wording the change was made for, which must still be found.
const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);
const categories = (text: string): string[] => checkLanguage(text).map((f) => f.category);

describe('review 22c: ordinary wellbeing wording is not minimising or consent', () => {
  it.each([
    'When I visited I found Amy in good spirits and chatty.',
    "She returned from her nan's in good spirits.",
    'He returned from football in good spirits.',
    'She returned to the unit overnight after her shift at work in good spirits.',
  ])('%s (not minimises_harm)', (text) => {
    expect(categories(text)).not.toContain('minimises_harm');
  });

  it.each([
    'He seemed really happy being back at his flat after his hospital stay.',
    'Mum is very happy living in the new flat.',
    'She is very happy living with her foster carers.',
    "She was not very happy staying at the 30-year-old's house.",
  ])('%s (not happy_enough_round22)', (text) => {
    expect(ids(text)).not.toContain('happy_enough_round22');
  });
});

describe('review 22c: the round-22 wording is still found', () => {
  it.each([
    ['Kayla returned to the unit at 06:40 in good spirits.', 'minimises_harm'],
    ['She was located by police at 3am and returned to the unit in good spirits.', 'minimises_harm'],
    ["Shay was quite happy staying at the 30-year-old's house.", 'implies_consent'],
    ["She seemed perfectly happy sleeping at the man's flat.", 'implies_consent'],
  ])('%s -> %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
