import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { givenNameKeys, givenNamesShareKey, nameTokens, normaliseName } from './names.js';

describe('normaliseName', () => {
  it.each([
    ['John', 'john'],
    ['  JOHN   SMITH ', 'john smith'],
    ["O'Neill", 'oneill'],
    ['O’Neill', 'oneill'], // typographic apostrophe
    ['O´Neill', 'oneill'], // acute accent typed as an apostrophe
    ["D'Souza", 'dsouza'],
    ['Smith-Jones', 'smith jones'],
    ['Smith – Jones', 'smith jones'],
    ['St. John', 'st john'],
    ['Mary-Jane', 'mary jane'],
    ['Zoë', 'zoe'],
    ['ZOË', 'zoe'],
    ['Zoe\u0308', 'zoe'], // already decomposed
    ['José', 'jose'],
    ['Siobhán', 'siobhan'],
    ['Łukasz', 'lukasz'],
    ['ŁUKASZ', 'lukasz'],
    ['Małgorzata', 'malgorzata'],
    ['Wojciech Świątek', 'wojciech swiatek'],
    ['Søren', 'soren'],
    ['Strauß', 'strauss'],
    ['Ærø', 'aero'],
    ['Đorđe', 'dorde'],
    ['Þór', 'thor'],
    ['Ştefan', 'stefan'], // cedilla form
    ['Ștefan', 'stefan'], // comma-below form
    ['İbrahim', 'ibrahim'], // Turkish capital dotted I
    ['Yıldız', 'yildiz'], // Turkish dotless i
    ['Hüseyin', 'huseyin'],
    ['Saʿid', 'said'], // ʿayn in Arabic romanisation
    ['Abd al-Rahman', 'abd al rahman'],
    ['Ｊｏｈｎ', 'john'], // full-width
    ['Jo\u00adhn', 'john'], // soft hyphen
    ['Jo\u200bhn', 'john'], // zero-width space is an invisible format character (Cf)
    ['Mo\u200dhammed', 'mohammed'], // zero-width joiner
    ['\u202bJohn\u202c', 'john'], // bidi embedding marks
    ['John\tSmith\nJones', 'john smith jones'],
    ['Smith (née Jones)', 'smith nee jones'],
    ['محمد', 'محمد'], // other scripts are kept
    ['مُحَمَّد', 'محمد'], // Arabic harakat are removed
    ['Иван', 'иван'],
    ['', ''],
    ["  -- '  ", ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('property: idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => normaliseName(normaliseName(s)) === normaliseName(s)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => normaliseName(normaliseName(s)) === normaliseName(s)),
      { numRuns: 2000 },
    );
  });

  it('property: output is trimmed, lowercase words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = normaliseName(s);
        return out === out.trim() && !out.includes('  ') && out === out.toLowerCase() && !/[\p{M}\p{P}]/u.test(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nameTokens', () => {
  it.each([
    ['Mary-Jane  O’Neill', ['mary', 'jane', 'oneill']],
    ['Zoë Smith', ['zoe', 'smith']],
    ['', []],
    [' - ', []],
  ])('%j -> %j', (input, expected) => {
    expect(nameTokens(input)).toEqual(expected);
  });
});

describe('givenNameKeys', () => {
  it('includes the name itself and its group key', () => {
    expect(givenNameKeys('John')).toContain('john');
    expect(givenNameKeys('John')).toContain('grp:john');
  });

  it('is sorted, de-duplicated and deterministic', () => {
    const keys = givenNameKeys('Alex Alex');
    expect(keys).toEqual([...new Set(keys)].sort());
    expect(givenNameKeys('Alex Alex')).toEqual(keys);
  });

  it('returns nothing for an empty name', () => {
    expect(givenNameKeys('')).toEqual([]);
    expect(givenNameKeys(' - ')).toEqual([]);
  });

  it('keeps an unknown name as its own key only', () => {
    expect(givenNameKeys('Xylo')).toEqual(['xylo']);
  });

  it('gives keys for each word of a multi-word given name', () => {
    const keys = givenNameKeys('Mary-Jane');
    expect(keys).toEqual(expect.arrayContaining(['mary', 'jane', 'grp:mary', 'grp:jane']));
  });

  it('puts a name in every group it belongs to', () => {
    expect(givenNameKeys('Alex')).toEqual(expect.arrayContaining(['grp:alexander', 'grp:alexandra']));
    expect(givenNameKeys('Jon')).toEqual(expect.arrayContaining(['grp:john', 'grp:jonathan']));
  });

  it('matches a group entry spread over adjacent words', () => {
    expect(givenNameKeys('Abdul Rahman')).toContain('grp:abdulrahman');
    expect(givenNameKeys('Abd al-Rahman')).toContain('grp:abdulrahman');
    expect(givenNameKeys('Jo-Anne')).toContain('grp:joanne');
  });

  it('normalises before looking up', () => {
    expect(givenNameKeys('  ŁUKASZ ')).toEqual(givenNameKeys('lukasz'));
    expect(givenNameKeys('Zoë')).toEqual(givenNameKeys('Zoe'));
  });
});

describe('givenNamesShareKey: spelling variants and nicknames find each other', () => {
  it.each([
    ['Jon', 'John'],
    ['Johnny', 'John'],
    ['Jon', 'Johnny'],
    ['Jack', 'John'],
    ['Mo', 'Mohammed'],
    ['Mohammed', 'Muhammad'],
    ['Mohamed', 'Mohammad'],
    ['Md', 'Muhammad'],
    ['Maxamed', 'Mohamed'], // Somali orthography
    ['Liz', 'Elizabeth'],
    ['Beth', 'Elisabeth'],
    ['Lizzie', 'Eliza'],
    ['Kate', 'Catherine'],
    ['Katie', 'Katherine'],
    ['Kasia', 'Katarzyna'],
    ['Kasia', 'Kate'],
    ['Cath', 'Kathryn'],
    ['Bill', 'William'],
    ['Liam', 'Will'],
    ['Sasha', 'Alexander'],
    ['Sasha', 'Alexandra'],
    ['Olek', 'Aleksander'],
    ['Ola', 'Aleksandra'],
    ['Gosia', 'Margaret'],
    ['Kuba', 'Jakub'],
    ['Jake', 'Jakub'],
    ['Ahmed', 'Ahmad'],
    ['Yusuf', 'Yousef'],
    ['Hussain', 'Hüseyin'],
    ['Aisha', 'Ayesha'],
    ['Ayşe', 'Aisha'],
    ['Ion', 'John'],
    ['Łukasz', 'Luke'],
    ['Siobhán', 'Siobhan'],
    ['Zoë', 'Zoey'],
    ['Femi', 'Oluwafemi'],
    ['Kojo', 'Kwadwo'],
    ['Jasvinder', 'Jaswinder'],
    ['Abdul Rahman', 'Abdirahman'],
  ])('%s ~ %s', (a, b) => {
    expect(givenNamesShareKey(a, b)).toBe(true);
    expect(givenNamesShareKey(b, a)).toBe(true);
  });

  // Groups are kept sensible: cognates used as separate names in practice do not merge.
  it.each([
    ['John', 'Mohammed'],
    ['Yusuf', 'Joseph'],
    ['Dawud', 'David'],
    ['Ibrahim', 'Abraham'],
    ['Elizabeth', 'Katherine'],
    ['Alexander', 'Alexandra'], // only the shared short forms (Alex, Sasha) bridge them
    ['William', 'John'],
    ['Muhammad', 'Mahmoud'],
  ])('%s is not %s', (a, b) => {
    expect(givenNamesShareKey(a, b)).toBe(false);
  });
});
