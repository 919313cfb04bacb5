import { describe, expect, it } from 'vitest';
import { ETHNICITIES } from '../records/vocab.ts';
import { ageBand, ethnicGroup, type IdentificationRow, tallyBy } from './identification.ts';

describe('ageBand', () => {
  it.each<[number, string]>([
    [0, 'under_10'],
    [9, 'under_10'],
    [10, '10_12'],
    [12, '10_12'],
    [13, '13_15'],
    [15, '13_15'],
    [16, '16_17'],
    [17, '16_17'],
    [18, '18_25'],
    [25, '18_25'],
    [30, '18_25'],
  ])('age %i is in band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe('ethnicGroup', () => {
  it.each<[string, string]>([
    ['white_british', 'White'],
    ['white_gypsy_traveller', 'White'],
    ['mixed_white_black_caribbean', 'Mixed or multiple ethnic groups'],
    ['asian_pakistani', 'Asian or Asian British'],
    ['asian_chinese', 'Asian or Asian British'],
    ['black_african', 'Black, Black British, Caribbean or African'],
    ['black_caribbean', 'Black, Black British, Caribbean or African'],
    ['arab', 'Other ethnic group'],
    ['other', 'Other ethnic group'],
    ['not_stated', 'Not stated'],
    ['', 'Not stated'],
    ['unrecognised_value', 'Not stated'],
  ])('%s is in group %s', (ethnicity, group) => {
    expect(ethnicGroup(ethnicity)).toBe(group);
  });

  it('puts every recorded ethnicity except "not stated" in a stated group', () => {
    for (const key of Object.keys(ETHNICITIES)) {
      if (key === 'not_stated') continue;
      expect(ethnicGroup(key), key).not.toBe('Not stated');
    }
  });
});

describe('tallyBy', () => {
  const row = (gender: string, age: number, ethnicity: string, screened: number, medium_plus: number, referred: number): IdentificationRow => ({
    gender,
    age,
    ethnicity,
    screened,
    medium_plus,
    referred,
  });
  const ROWS: IdentificationRow[] = [
    row('male', 14, 'white_british', 3, 1, 1),
    row('female', 15, 'black_african', 5, 3, 2),
    row('male', 17, 'asian_pakistani', 2, 2, 2),
    row('female', 9, 'white_irish', 1, 0, 0),
    row('non_binary', 19, 'not_stated', 1, 1, 0),
  ];

  it.each<[string, (r: IdentificationRow) => string, { key: string; screened: number; mediumPlus: number; referred: number }[]]>([
    [
      'gender',
      (r) => r.gender,
      [
        { key: 'female', screened: 6, mediumPlus: 3, referred: 2 },
        { key: 'male', screened: 5, mediumPlus: 3, referred: 3 },
        { key: 'non_binary', screened: 1, mediumPlus: 1, referred: 0 },
      ],
    ],
    [
      'age band',
      (r) => ageBand(r.age),
      [
        { key: '13_15', screened: 8, mediumPlus: 4, referred: 3 },
        { key: '16_17', screened: 2, mediumPlus: 2, referred: 2 },
        { key: '18_25', screened: 1, mediumPlus: 1, referred: 0 },
        { key: 'under_10', screened: 1, mediumPlus: 0, referred: 0 },
      ],
    ],
    [
      'ethnic group',
      (r) => ethnicGroup(r.ethnicity),
      [
        { key: 'Asian or Asian British', screened: 2, mediumPlus: 2, referred: 2 },
        { key: 'Black, Black British, Caribbean or African', screened: 5, mediumPlus: 3, referred: 2 },
        { key: 'Not stated', screened: 1, mediumPlus: 1, referred: 0 },
        { key: 'White', screened: 4, mediumPlus: 1, referred: 1 },
      ],
    ],
  ])('by %s: sums each group, sorted by key', (_by, keyOf, expected) => {
    expect(tallyBy(ROWS, keyOf)).toEqual(expected);
  });

  it('gives nothing for no rows', () => {
    expect(tallyBy([], (r) => r.gender)).toEqual([]);
  });

  it('keeps the totals', () => {
    const t = tallyBy(ROWS, (r) => r.gender);
    expect(t.reduce((s, x) => s + x.screened, 0)).toBe(12);
    expect(t.reduce((s, x) => s + x.referred, 0)).toBe(5);
  });
});
