import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../text/matcher.ts';
import { checkLanguage } from './check.ts';
import { LEXICON } from './lexicon.ts';
import { LANGUAGE_SOURCES } from './sources.ts';
import { LANGUAGE_CATEGORIES, LANGUAGE_CATEGORY_KEYS } from './types.ts';

const SOURCE_KEYS = new Set(Object.keys(LANGUAGE_SOURCES));
// Words an alternative must never use: they are the wording the checker exists to replace (issue 4).
const BANNED_IN_ALTERNATIVES: [string, RegExp][] = [
  ['promiscuous', /promiscu/i],
  ['prostitut*', /prostitut/i],
  ['chose to', /\bchose to\b/i],
  ['lifestyle', /lifestyle/i],
  ['putting * at risk', /\bputting \w+ at\b.*\brisk\b/i],
  ['a friend', /\bfriend\b/i],
];

describe('lexicon data', () => {
  it('has at least 80 entries with unique ids', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(80);
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
  });

  it('covers every category, each with several entries', () => {
    const counts = Object.fromEntries(LANGUAGE_CATEGORY_KEYS.map((k) => [k, LEXICON.filter((e) => e.category === k).length]));
    expect(counts).toMatchInlineSnapshot(`
      {
        "adult_centred_label": 35,
        "blames_child": 93,
        "criminalises_child": 85,
        "implies_consent": 76,
        "minimises_harm": 82,
        "sexualises": 43,
      }
    `);
    for (const k of LANGUAGE_CATEGORY_KEYS) expect(counts[k]).toBeGreaterThanOrEqual(5);
  });

  it('labels every category in plain words', () => {
    for (const k of LANGUAGE_CATEGORY_KEYS) expect(LANGUAGE_CATEGORIES[k].label).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('has sources with a title, and only https/http URLs from SOURCES.md section 3', () => {
    for (const s of Object.values(LANGUAGE_SOURCES) as { title: string; url?: string }[]) {
      expect(s.title.length).toBeGreaterThan(10);
      if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
    }
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))('%s is complete and valid', (_id, e) => {
    expect(e.id).toMatch(/^[a-z0-9_]+$/);
    expect(e.patterns.length).toBeGreaterThan(0);
    expect(LANGUAGE_CATEGORY_KEYS).toContain(e.category);
    expect(e.explanation.length).toBeGreaterThan(40);
    expect(e.explanation).toMatch(/[.!?]$/);
    expect(e.alternatives.length).toBeGreaterThanOrEqual(1);
    expect(e.alternatives.length).toBeLessThanOrEqual(3);
    for (const a of e.alternatives) expect(a.trim().length).toBeGreaterThan(10);
    expect(SOURCE_KEYS.has(e.source)).toBe(true);
    if (e.window !== undefined) expect(e.window).toBeGreaterThanOrEqual(1);
    // Every pattern and every context cue compiles on its own (the matcher throws, naming the bad pattern).
    expect(() => compilePatterns([{ patterns: e.patterns, value: e.id }])).not.toThrow();
    for (const cue of [...(e.requiresNear ?? []), ...(e.unlessNear ?? [])]) expect(() => compilePatterns([{ patterns: [cue], value: cue }])).not.toThrow();
  });

  it.each(LEXICON.flatMap((e) => e.alternatives.map((a) => [e.id, a] as const)))('%s: alternative "%s" keeps clear of banned wording', (_id, alternative) => {
    for (const [, re] of BANNED_IN_ALTERNATIVES) expect(alternative).not.toMatch(re);
  });

  it.each(LEXICON.flatMap((e) => e.alternatives.map((a) => [e.id, a] as const)))('%s: alternative "%s" passes the checker itself', (_id, alternative) => {
    expect(checkLanguage(alternative).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });
});
