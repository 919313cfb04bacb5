import { describe, expect, it } from 'vitest';
import { Comparator, compileField, DEFAULT_LEVELS } from './comparisons.ts';
import type { FieldSpec } from './types.ts';
import { FeatureBuilder } from './values.ts';

/** The label of the level that two values of one field fall in. */
function levelOf(spec: FieldSpec, a: string, b: string): string {
  const builder = new FeatureBuilder([spec]);
  builder.add([a]);
  builder.add([b]);
  const c = new Comparator(builder.finish(), [spec]);
  return c.fields[0]!.labels[c.level(0, 0, 1)]!;
}

const given: FieldSpec = { column: 'given', kind: 'name', nicknames: true };
const surname: FieldSpec = { column: 'surname', kind: 'name' };

describe('name levels', () => {
  it.each([
    ['John', 'john', 'exact'], // normalised first
    ["O'Neill", 'ONEILL', 'exact'],
    ['Zoë', 'Zoe', 'exact'],
    ['Jon', 'John', 'nickname or short form'], // Jaro-Winkler 0.933: below the top band, so the nickname table decides
    ['Robert', 'Bob', 'nickname or short form'],
    ['Catherine', 'Kathryn', 'nickname or short form'],
    ['Katherine', 'Kat', 'nickname or short form'],
    ['Harriet', 'Harvey', 'Jaro-Winkler >= 0.7'], // different names that look alike: the weakest band
    ['Jonathon', 'Jonathan', 'Jaro-Winkler >= 0.95'],
    ['Philips', 'Phillips', 'Jaro-Winkler >= 0.95'],
    ['Smith', 'Smyth', 'Jaro-Winkler >= 0.88'],
    ['Catherine', 'Kathleen', 'Jaro-Winkler >= 0.7'],
    ['Ann', 'Zebedee', 'else'],
    ['', 'John', 'null'],
    ['John', '  ', 'null'],
  ])('given name %j vs %j: %s', (a, b, label) => {
    expect(levelOf(given, a, b)).toBe(label);
  });

  it.each([
    ['Macintosh', 'Mackintosh', 'Jaro-Winkler >= 0.95'],
    ['Brown', 'Braun', 'same NYSIIS code'],
    ['Knight', 'Night', 'same NYSIIS code'],
    ['Smith', 'Smyth', 'Jaro-Winkler >= 0.88'],
    ['Bob', 'Robert', 'else'], // no nickname level on a family name
  ])('family name %j vs %j: %s', (a, b, label) => {
    expect(levelOf(surname, a, b)).toBe(label);
  });

  it('only has the nickname and swap levels when the field asks for them', () => {
    expect(compileField(surname).labels).not.toContain('nickname or short form');
    expect(compileField(surname).labels).not.toContain('swapped with the other name field');
    expect(compileField(given).labels).toContain('nickname or short form');
    expect(compileField({ ...surname, swapWith: 'given' }).labels).toContain('swapped with the other name field');
  });
});

describe('swapped names', () => {
  const fields: FieldSpec[] = [
    { column: 'given', kind: 'name', swapWith: 'surname' },
    { column: 'surname', kind: 'name', swapWith: 'given' },
  ];
  const levels = (a: [string, string], b: [string, string]) => {
    const builder = new FeatureBuilder(fields);
    builder.add(a);
    builder.add(b);
    const c = new Comparator(builder.finish(), fields);
    return [c.fields[0]!.labels[c.level(0, 0, 1)], c.fields[1]!.labels[c.level(1, 0, 1)]];
  };
  it.each<[[string, string], [string, string], string[]]>([
    // One event, counted once: the given-name field says "swapped", the surname field says nothing (null).
    [
      ['Isla', 'Hall'],
      ['Hall', 'Isla'],
      ['swapped with the other name field', 'null'],
    ],
    [
      ['Caleb', 'Rwoe'],
      ['Rowe', 'Caleb'],
      ['swapped with the other name field', 'null'],
    ], // a typo in one half
    // With the given name missing on one side, the surname field carries the evidence.
    [
      ['', 'Thomas'],
      ['Thomas', 'Gabriel'],
      ['null', 'swapped with the other name field'],
    ],
    // Only one half agrees and the other differs: not a swap.
    [
      ['Thomas', 'Smith'],
      ['Jones', 'Thomas'],
      ['else', 'else'],
    ],
    [
      ['Isla', 'Hall'],
      ['Isla', 'Hall'],
      ['exact', 'exact'],
    ],
  ])('%j vs %j: %j', (a, b, expected) => {
    expect(levels(a, b)).toEqual(expected);
  });
});

describe('date levels', () => {
  const dob: FieldSpec = { column: 'dob', kind: 'date' };
  it.each([
    ['1971-06-24', '1971-06-24', 'exact'],
    ['19710624', '1971-06-24', 'exact'], // FEBRL's compact form
    ['24/06/1971', '1971-06-24', 'exact'], // UK order
    ['1971-06', '1971-06-24', 'agrees as far as the less precise date goes'],
    ['1971', '1971-06-24', 'agrees as far as the less precise date goes'],
    ['1971', '1971', 'exact'],
    ['1971-05', '1971-06-24', 'else'], // partial and disagreeing: no level for it
    ['1971-06-04', '1971-04-06', 'day and month transposed'],
    ['1971-06-24', '1971-05-24', 'one of day, month, year differs'],
    ['1971-06-24', '1981-06-24', 'one of day, month, year differs'],
    ['1971-06-24', '1971-06-25', 'one of day, month, year differs'],
    ['1971-06-24', '1971-09-30', 'within a year'],
    ['1971-12-30', '1972-01-02', 'within a year'],
    ['1971-06-24', '1985-02-07', 'else'],
    ['1971-13-40', '1971-13-41', 'one of day, month, year differs'], // impossible dates still compare by parts
    ['not a date', 'not a date', 'exact'],
    ['not a date', '1971-06-24', 'else'],
    ['', '1971-06-24', 'null'],
  ])('%j vs %j: %s', (a, b, label) => {
    expect(levelOf(dob, a, b)).toBe(label);
  });
});

describe('postcode levels', () => {
  const pc: FieldSpec = { column: 'postcode', kind: 'postcode' };
  it.each([
    ['RM1 2AB', 'rm12ab', 'exact'],
    ['RM1 2AB', 'RM1 2AD', 'one character different'],
    ['RM1 2AB', 'RM1 4XY', 'same district'],
    ['RM1 2AB', 'RM7 9QQ', 'same area'],
    ['RM1 2AB', 'SW1A 1AA', 'else'],
    ['4223', '4232', 'one character different'], // FEBRL's Australian postcodes: a transposition
    ['4223', '4251', 'same area'], // four digits: the first two are the area ...
    ['4223', '4227', 'one character different'], // ... but one edit comes first
    ['2000', '2999', 'else'],
    ['', 'RM1 2AB', 'null'],
  ])('%j vs %j: %s', (a, b, label) => {
    expect(levelOf(pc, a, b)).toBe(label);
  });
});

describe('other kinds', () => {
  it.each<[FieldSpec, string, string, string]>([
    [{ column: 'email', kind: 'email' }, 'Robert255@Smith.net', 'robert255@smith.net', 'exact'],
    [{ column: 'email', kind: 'email' }, 'robert255@smith.net', 'robert255@gmail.com', 'same user name'],
    [{ column: 'email', kind: 'email' }, 'robert255@smith.net', 'roberta25@smith.net', 'Jaro-Winkler >= 0.88'],
    [{ column: 'email', kind: 'email' }, 'gabriel.t54@nichols.info', 'ann@example.org', 'else'],
    [{ column: 'nhs', kind: 'id' }, '943 476 5919', '9434765919', 'exact'],
    [{ column: 'nhs', kind: 'id' }, '9434765919', '9434765991', 'one edit'],
    [{ column: 'nhs', kind: 'id' }, '9434765919', '9434756991', 'two edits'],
    [{ column: 'nhs', kind: 'id' }, '9434765919', '1234567890', 'else'],
    [{ column: 'sex', kind: 'exact' }, 'F', 'F', 'exact'],
    [{ column: 'sex', kind: 'exact' }, 'F', 'f', 'else'],
    [{ column: 'city', kind: 'string' }, 'London', 'Londn', 'Jaro-Winkler >= 0.95'],
    [{ column: 'city', kind: 'string' }, 'Birmingham', 'Birgmhniam', 'Jaro-Winkler >= 0.88'],
    [{ column: 'city', kind: 'string' }, 'Leeds', 'Hull', 'else'],
  ])('%o: %j vs %j = %s', (spec, a, b, label) => {
    expect(levelOf(spec, a, b)).toBe(label);
  });
});

describe('Comparator', () => {
  it('numbers patterns in mixed radix and decodes them back', () => {
    const fields: FieldSpec[] = [given, surname, { column: 'dob', kind: 'date' }];
    const builder = new FeatureBuilder(fields);
    builder.add(['Jon', 'Smith', '1990-01-02']);
    builder.add(['John', 'Smyth', '1990-02-01']);
    const c = new Comparator(builder.finish(), fields);
    const out = new Uint8Array(3);
    const pattern = c.compare(0, 1, out);
    expect(c.fields.map((f, i) => f.labels[out[i]!])).toEqual(['nickname or short form', 'Jaro-Winkler >= 0.88', 'day and month transposed']);
    const back = new Uint8Array(3);
    c.decode(pattern, back);
    expect(back).toEqual(out);
    expect(c.patternSpace).toBe(c.nLevels.reduce((p, n) => p * n, 1));
  });

  it('rejects a swap partner that is not a compared field', () => {
    const fields: FieldSpec[] = [{ column: 'given', kind: 'name', swapWith: 'nope' }];
    const builder = new FeatureBuilder(fields);
    builder.add(['a']);
    expect(() => new Comparator(builder.finish(), fields)).toThrow(/swapWith/);
  });

  it('has a default level list for every kind of field', () => {
    for (const levels of Object.values(DEFAULT_LEVELS)) expect(levels[0]?.test.op).toBe('exact');
  });
});
