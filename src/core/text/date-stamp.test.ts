// A chronology entry's own opening date does not make its signs historical (date-stamp.ts); a year placed elsewhere
// still does. Every sentence also runs through the reference implementation, which must agree.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';
import { isOpeningDateStamp } from './date-stamp.ts';

const historical = indicatorRows(['code', 'historical']);

describe('an entry dated at its start', () => {
  it.each([
    ['03/02/2024 14:10 MFH: reported missing from placement by her carer.', 'am_missing'],
    ['12 March 2024: found in a car with two adult men.', 'am_found_with_adults'],
    ['Tues 4th March 2024 - she went missing again.', 'am_missing'],
    ['Mon 12/03/2009 22:40 carer reports she has two phones she will not explain.', 'te_several_phones'],
  ])('keeps the entry current: %s', (note, code) => {
    expect(historical(note)).toContainEqual([code, false]);
  });

  it.each([
    ['In 2019 she went missing.', 'am_missing'],
    ['03/02/2024: police note that she went missing in 2019.', 'am_missing'],
    ['Chronology 2023: went missing three times in March.', 'am_missing'],
    ['She was reported missing 12 times in 2021.', 'am_missing'],
  ])('a year elsewhere still places the sign in the past: %s', (note, code) => {
    expect(historical(note)).toContainEqual([code, true]);
  });
});

describe('isOpeningDateStamp', () => {
  const at = (words: string[]) => (i: number) => words[i]!;
  it('needs a day, a month and the year, from the start', () => {
    expect(isOpeningDateStamp(at(['03', '02', '2024']), 0, 2)).toBe(true);
    expect(isOpeningDateStamp(at(['mon', '12', 'march', '2024']), 0, 3)).toBe(true);
    expect(isOpeningDateStamp(at(['march', '2024']), 0, 1)).toBe(false);
    expect(isOpeningDateStamp(at(['in', 'march', '2024']), 0, 2)).toBe(false);
    expect(isOpeningDateStamp(at(['32', '02', '2024']), 0, 2)).toBe(false);
    expect(isOpeningDateStamp(at(['12', '13', '2024']), 0, 2)).toBe(false);
    expect(isOpeningDateStamp(at(['she', '03', '02', '2024']), 0, 3)).toBe(false);
  });
});
