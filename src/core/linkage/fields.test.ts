import { describe, expect, it } from 'vitest';
import { fieldSpecs, inferFieldType } from './fields.ts';

describe('inferFieldType', () => {
  it.each([
    ['first_name', 'given'],
    ['given_name', 'given'],
    ['Forename', 'given'],
    ['surname', 'surname'],
    ['last_name', 'surname'],
    ['family name', 'surname'],
    ['full_name', 'name'],
    ['dob', 'date'],
    ['date_of_birth', 'date'],
    ['birth_date', 'date'],
    ['postcode', 'postcode'],
    ['post_code', 'postcode'],
    ['email', 'email'],
    ['e-mail', 'email'],
    ['nhs_number', 'id'],
    ['soc_sec_id', 'id'],
    ['city', 'string'],
    ['address_1', 'string'],
    ['street_number', 'string'],
  ])('%s -> %s', (column, type) => {
    expect(inferFieldType(column)).toBe(type);
  });
});

describe('fieldSpecs', () => {
  it('pairs one given and one family name for swaps, adds nicknames to the given name, and honours explicit types', () => {
    expect(fieldSpecs([{ column: 'first_name' }, { column: 'surname' }, { column: 'dob' }, { column: 'ref', type: 'exact' }])).toEqual([
      { column: 'first_name', kind: 'name', nicknames: true, swapWith: 'surname', termFrequency: true },
      { column: 'surname', kind: 'name', swapWith: 'first_name', termFrequency: true },
      { column: 'dob', kind: 'date' },
      { column: 'ref', kind: 'exact', termFrequency: true },
    ]);
  });

  it('does not guess a swap partner when there are two given names', () => {
    const specs = fieldSpecs([{ column: 'first_name' }, { column: 'forename' }, { column: 'surname' }]);
    expect(specs.every((s) => s.swapWith === undefined)).toBe(true);
  });
});
