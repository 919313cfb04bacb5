import { describe, it, expect } from 'vitest';
import { NICKNAME_GROUPS } from './nicknames.js';
import { normaliseName } from './names.js';

const compact = (name: string): string => normaliseName(name).replace(/ /g, '');

describe('NICKNAME_GROUPS data', () => {
  it('covers at least 150 groups', () => {
    expect(NICKNAME_GROUPS.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least two distinct names in every group', () => {
    const thin = NICKNAME_GROUPS.filter((group) => new Set(group.map(compact)).size < 2);
    expect(thin).toEqual([]);
  });

  it('has no entry that normalises to nothing', () => {
    const empty = NICKNAME_GROUPS.flat().filter((name) => compact(name) === '');
    expect(empty).toEqual([]);
  });

  it('has no name repeated inside a group (after normalising)', () => {
    const repeats = NICKNAME_GROUPS.filter((group) => new Set(group.map(compact)).size !== group.length);
    expect(repeats.map((group) => group[0])).toEqual([]);
  });

  it('has unique first entries, because each one becomes a group key', () => {
    const firsts = NICKNAME_GROUPS.map((group) => compact(group[0] ?? ''));
    const duplicates = firsts.filter((first, i) => firsts.indexOf(first) !== i);
    expect(duplicates).toEqual([]);
  });

  it('has no two groups with the same members', () => {
    const signatures = NICKNAME_GROUPS.map((group) => [...new Set(group.map(compact))].sort().join('|'));
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('uses letters, spaces, hyphens and apostrophes only', () => {
    const odd = NICKNAME_GROUPS.flat().filter((name) => !/^[\p{L}' -]+$/u.test(name));
    expect(odd).toEqual([]);
  });

  it.each([
    ['John', ['Jon', 'Johnny', 'Jack']],
    ['William', ['Will', 'Bill', 'Liam']],
    ['Elizabeth', ['Liz', 'Beth', 'Lizzie', 'Eliza']],
    ['Katherine', ['Catherine', 'Kate', 'Katie', 'Cath', 'Katarzyna', 'Kasia']],
    ['Alexander', ['Alex', 'Sasha', 'Aleksander', 'Olek']],
    ['Muhammad', ['Mohammed', 'Mohammad', 'Mohamed', 'Mo', 'Mohd', 'Mahomed']],
    ['Ahmed', ['Ahmad']],
    ['Yusuf', ['Yousef']],
  ])('the %s group includes %j', (first, members) => {
    const group = NICKNAME_GROUPS.find((g) => g[0] === first);
    expect(group).toBeDefined();
    expect(group).toEqual(expect.arrayContaining(members));
  });
});
