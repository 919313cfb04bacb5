import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';

// Session 23: wording that case reviews name, probed by hand. Sentences written for these tests, not taken from the
// evaluation sets.

const consent = (text: string) => checkLanguage(text).filter((f) => f.category === 'implies_consent' && !f.quoted);

// Exploitation ruled out because a child of 16 or 17 "consented": the decision reviews found behind no further action
// (Jay 2014).
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

describe('the child held partly responsible', () => {
  it.each(['She was drunk and so partly responsible.', 'He is largely responsible for what happens to him when he goes missing.'])('%s', (text) => {
    expect(checkLanguage(text).filter((f) => f.category === 'blames_child' && /responsible/.test(f.text))).toHaveLength(1);
  });

  it.each(['Mum and dad are jointly responsible for her care.', 'The home and the school are equally responsible for the plan.'])(
    '%s (not flagged)',
    (text) => {
      expect(checkLanguage(text)).toEqual([]);
    },
  );
});
