import { describe, expect, it } from 'vitest';
import { languageGuide, patternExample } from './guide.ts';
import { LEXICON_BY_ID } from './lexicon-index.ts';
import { LANGUAGE_CATEGORY_KEYS } from './types.ts';

const LEXICON = [...LEXICON_BY_ID.values()];

describe('the language guide', () => {
  it.each([
    ['choose|chooses|chose|choosing to', 'choose to'],
    ['putting herself|himself|themselves at risk', 'putting herself at risk'],
    ['[older] boyfriend|girlfriend', 'boyfriend'],
    ['promiscu*', 'promiscu…'],
    ['* in a shoebox', '… in a shoebox'],
  ])('writes out %j as %j', (pattern, example) => {
    expect(patternExample(pattern)).toBe(example);
  });

  it('lists every lexicon entry once, under its category, with its explanation, alternatives and source', () => {
    const guide = languageGuide(LEXICON);
    expect(guide.map((s) => s.category)).toEqual(LANGUAGE_CATEGORY_KEYS);
    const ids = guide.flatMap((s) => s.entries.map((e) => e.id));
    expect(ids.sort()).toEqual(LEXICON.map((e) => e.id).sort());
    for (const e of guide.flatMap((s) => s.entries)) {
      expect(e.examples.length).toBeGreaterThan(0);
      expect(e.examples.length).toBeLessThanOrEqual(3);
      expect(e.alternatives.length).toBeGreaterThan(0);
      expect(e.source).not.toBe('');
    }
    const promiscuous = guide.flatMap((s) => s.entries).find((e) => e.examples.some((x) => x.startsWith('promiscu')));
    expect(promiscuous?.explanation).toMatch(/blame/);
  });

  it('narrows to entries whose wording, explanation or alternatives hold the words asked for', () => {
    const found = languageGuide(LEXICON, '  Streetwise ').flatMap((s) => s.entries);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(LEXICON.length / 10);
    for (const e of found) expect([...e.examples, e.explanation, ...e.alternatives].join(' ').toLowerCase()).toContain('streetwise');
    expect(languageGuide(LEXICON, 'zzqx').flatMap((s) => s.entries)).toEqual([]);
  });
});
