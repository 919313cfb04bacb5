import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as refCheckLanguage } from './reference/check.ts';

// Regressions the second round-21 code review found (false alarms and lost findings), each with the wording the change
// that caused it was meant to catch, which must still be found. The reference checker must agree.
const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);
const refIds = (text: string): string[] => refCheckLanguage(text).map((f) => f.entryId);

const found = (text: string, id: string): void => {
  expect(ids(text)).toContain(id);
  expect(refIds(text)).toEqual(ids(text));
};
const notFound = (text: string, id: string): void => {
  expect(ids(text)).not.toContain(id);
  expect(refIds(text)).toEqual(ids(text));
};

describe('review 21b H5: reassurance that it was in no way her fault', () => {
  it.each([
    ['Staff reassured her that it was in no way her fault.', 'to_blame'],
    ['It is important that she knows it is in no way her fault.', 'to_blame'],
    ['At no point was it her fault.', 'to_blame'],
    ['Officers explained to Kyra that nothing that happened at the party was her fault.', 'to_blame'],
    ['It was never her fault, the officer told her.', 'to_blame'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Kiara said she didn’t say no so it was her fault.', 'to_blame'],
    ['Nan said she never listens and it’s her own fault if something happens.', 'to_blame'],
  ])('%s -> %s', found);
});

describe('review 21b M13: a parent’s worry written off needs a worry object', () => {
  it.each([
    ['Mum was paranoid and hearing voices after she stopped her medication.', 'parent_worry_dismissed'],
    ['Dad is very overprotective and controlling and does not let her see friends.', 'parent_worry_dismissed'],
    ['Mum is over-anxious and has been referred to talking therapies.', 'parent_worry_dismissed'],
    ['Mum says Chloe is overreacting about the exam results.', 'parent_worry_dismissed'],
  ])('not flagged: %s (%s)', notFound);

  it.each([['Strategy meeting: mum is overreacting about the older men at the park.', 'parent_worry_dismissed']])('%s -> %s', found);
});
