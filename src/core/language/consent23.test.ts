import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';

// Session 23: exploitation ruled out because a child of 16 or 17 "consented", the decision case reviews found behind
// no further action (Jay 2014). Sentences written for these tests, not taken from the evaluation sets.

const consent = (text: string) => checkLanguage(text).filter((f) => f.category === 'implies_consent' && !f.quoted);

describe('consent given as the reason exploitation is ruled out', () => {
  it.each([
    ['This is not CSE as she is over 16 and consenting.', 'consenting'],
    ['Not CSE, she is 16 and consenting.', 'consenting'],
    ['No CSE concerns, she is consenting.', 'consenting'],
    ['Logged as NFA: Tia is aged 17 and consented.', 'consented'],
  ])('%s', (text, words) => {
    expect(consent(text).map((f) => f.text)).toEqual([words]);
  });

  it.each([
    'She consented to talk to the CSE worker.',
    'Kayla, aged 16, consented to the health assessment.',
    'Aged 16 she consented to share her details with the youth worker.',
    'She is over 16 and is not consenting to any contact with him.',
  ])('%s (not flagged)', (text) => {
    expect(consent(text)).toEqual([]);
  });
});
