import { describe, expect, it } from 'vitest';
import { HARD_RULES } from '../screening/hard-rules.ts';
import { CATEGORY_KEYS, type CategoryKey, TAGS, type Tag, WEIGHT_CLASSES, type WeightClass } from './types.ts';
import { FRAMEWORK_2026_1 as F } from './v2026-1.ts';

const PREFIX: Record<CategoryKey, string> = {
  sexual_health: 'sh',
  absent_missing: 'am',
  familial: 'fa',
  emotional_physical: 'ep',
  gangs_older_crime: 'go',
  technology: 'te',
  alcohol_drugs: 'ad',
  receipt_gifts_money: 'rg',
  distrust_authority: 'da',
};

// Codes that hard rules, screens and tests depend on: they must keep their category and weight.
const REQUIRED: readonly [code: string, category: CategoryKey, weight: WeightClass][] = [
  ['sh_sexual_activity', 'sexual_health', 'moderate'],
  ['sh_sti', 'sexual_health', 'moderate'],
  ['sh_pregnancy', 'sexual_health', 'moderate'],
  ['sh_termination', 'sexual_health', 'moderate'],
  ['sh_emergency_contraception', 'sexual_health', 'moderate'],
  ['sh_many_partners', 'sexual_health', 'moderate'],
  ['go_older_partner', 'gangs_older_crime', 'significant'],
  ['am_found_with_adults', 'absent_missing', 'significant'],
  ['rg_sex_exchange', 'receipt_gifts_money', 'significant'],
  ['am_moved_by_others', 'absent_missing', 'significant'],
  ['am_missing', 'absent_missing', 'moderate'],
  ['go_carrying_drugs', 'gangs_older_crime', 'significant'],
  ['fa_domestic_abuse', 'familial', 'vulnerability'],
  ['fa_in_care', 'familial', 'vulnerability'],
  ['ep_self_harm', 'emotional_physical', 'moderate'],
];

// Tags a required code must carry, beyond whatever else it has.
const REQUIRED_TAGS: readonly [code: string, tags: readonly Tag[]][] = [
  ['am_moved_by_others', ['trafficking', 'county_lines']],
  ['go_carrying_drugs', ['cce', 'county_lines']],
];

// Behaviours that can be misread as the child's choice: each must carry the trauma-response note.
const TRAUMA_CODES = [
  'am_missing',
  'am_staying_out_late',
  'da_not_disclosing',
  'da_disclosure_withdrawn',
  'da_hostile',
  'da_not_engaging',
  'da_inconsistent_accounts',
  'da_controlled_return',
];

// Victim-blaming language (shared/SOURCES.md 3): never in wording or guidance.
const BANNED: readonly RegExp[] = [
  /promiscuous/i,
  /prostitut/i,
  /\bchose to\b/i,
  /\bchoosing to\b/i,
  /lifestyle/i,
  /put(ting|s)?\s+(him|her|them)sel(f|ves)\s+at\s+risk/i,
  /sexually active/i,
  /\bconsented\b/i,
  /streetwise/i,
  /attention[- ]seeking/i,
  /manipulative/i,
  /refuses? to engage/i,
];

const FIVE_FS = ['fright', 'flight', 'fight', 'freeze', 'forget'];
const text = (i: (typeof F.indicators)[number]): string => `${i.wording} ${i.guidance}`;
const byCode = new Map(F.indicators.map((i) => [i.code, i]));
const codes = F.indicators.map((i) => i.code);

describe('framework 2026.1', () => {
  it('has its version, publication date and summary', () => {
    expect(F.version).toBe('2026.1');
    expect(F.published).toBe('2026-11-28');
    expect(F.summary.trim().length).toBeGreaterThan(20);
  });

  it('has between 65 and 90 indicators', () => {
    expect(F.indicators.length).toBeGreaterThanOrEqual(65);
    expect(F.indicators.length).toBeLessThanOrEqual(90);
  });

  it('has unique codes', () => {
    const dupes = codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(F.indicators.map((i) => [i.code, i] as const))('%s: code is snake_case with its category prefix', (code, i) => {
    expect(code).toMatch(/^(sh|am|fa|ep|go|te|ad|rg|da)_[a-z0-9_]+$/);
    expect(code.split('_')[0]).toBe(PREFIX[i.category]);
  });

  it.each(CATEGORY_KEYS.map((c) => [c] as const))('category %s has at least 4 indicators', (category) => {
    expect(F.indicators.filter((i) => i.category === category).length).toBeGreaterThanOrEqual(4);
  });

  it('uses only known categories, weights and tags, and every indicator has at least one tag', () => {
    for (const i of F.indicators) {
      expect(CATEGORY_KEYS, i.code).toContain(i.category);
      expect(Object.keys(WEIGHT_CLASSES), i.code).toContain(i.weight);
      expect(i.tags.length, i.code).toBeGreaterThan(0);
      for (const t of i.tags) expect(Object.keys(TAGS), i.code).toContain(t);
      expect(new Set(i.tags).size, `${i.code} repeats a tag`).toBe(i.tags.length);
    }
  });

  it('uses every weight class', () => {
    for (const w of Object.keys(WEIGHT_CLASSES))
      expect(
        F.indicators.some((i) => i.weight === w),
        w,
      ).toBe(true);
  });

  it.each(F.indicators.map((i) => [i.code, i] as const))('%s: source resolves', (_, i) => {
    expect(Object.hasOwn(F.sources, i.source)).toBe(true);
  });

  it('has no unused sources, and every source has a title and an https url if any', () => {
    const used = new Set(F.indicators.map((i) => i.source));
    for (const [key, s] of Object.entries(F.sources)) {
      expect(used.has(key), `source ${key} is not used`).toBe(true);
      expect(s.title.trim().length, key).toBeGreaterThan(0);
      if (s.url !== undefined) expect(s.url, key).toMatch(/^https:\/\/\S+$/);
    }
  });

  it.each(F.indicators.map((i) => [i.code, i] as const))('%s: has wording and guidance of 2 to 4 sentences', (_, i) => {
    expect(i.wording.trim().length).toBeGreaterThan(10);
    expect(i.wording).not.toMatch(/\.$/);
    expect(i.guidance.trim().length).toBeGreaterThanOrEqual(60);
    const sentences = i.guidance.trim().split(/(?<=[.!?])\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it.each(REQUIRED.map((r) => [...r] as const))('keeps required code %s as %s, %s', (code, category, weight) => {
    const i = byCode.get(code);
    expect(i, code).toBeDefined();
    expect(i?.category).toBe(category);
    expect(i?.weight).toBe(weight);
  });

  it.each(REQUIRED_TAGS.map((r) => [...r] as const))('%s carries the tags %j', (code, tags) => {
    expect(byCode.get(code)?.tags).toEqual(expect.arrayContaining([...tags]));
  });

  it('asks about an adult or much older "boyfriend" or "girlfriend"', () => {
    expect(byCode.get('go_older_partner')?.wording).toMatch(/"boyfriend" or "girlfriend"/);
  });

  it.each(TRAUMA_CODES.map((c) => [c] as const))('%s is marked as a possible trauma response', (code) => {
    expect(byCode.get(code)?.traumaResponse).toBe(true);
  });

  it.each(F.indicators.filter((i) => i.traumaResponse).map((i) => [i.code, i] as const))(
    '%s: trauma-response guidance names at least three of the 5 Fs',
    (_, i) => {
      const named = FIVE_FS.filter((f) => new RegExp(`\\b${f}\\b`, 'i').test(i.guidance));
      expect(named.length, `names only: ${named.join(', ')}`).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(BANNED.map((re) => [re.source, re] as const))('never uses victim-blaming language: %s', (_, re) => {
    const hits = F.indicators.filter((i) => re.test(text(i))).map((i) => i.code);
    expect(hits).toEqual([]);
  });

  it('writes "boyfriend" and "girlfriend" only inside quotation marks', () => {
    const hits = F.indicators.filter((i) => /(boy|girl)friend/i.test(text(i).replace(/"[^"]*"/g, ''))).map((i) => i.code);
    expect(hits).toEqual([]);
  });

  it('uses gender-neutral wording and guidance', () => {
    const hits = F.indicators.filter((i) => /\b(she|her|hers|herself|he|him|his|himself)\b/i.test(text(i))).map((i) => i.code);
    expect(hits).toEqual([]);
  });

  it.each(Object.keys(TAGS).map((t) => [t] as const))('tag %s is used by at least 3 indicators', (tag) => {
    expect(F.indicators.filter((i) => (i.tags as readonly string[]).includes(tag)).length).toBeGreaterThanOrEqual(3);
  });

  it('marks every sexual health indicator, and at least 12 in all, as sexual health prompts', () => {
    const prompts = F.indicators.filter((i) => i.sexualHealthPrompt);
    expect(prompts.length).toBeGreaterThanOrEqual(12);
    for (const i of F.indicators.filter((x) => x.category === 'sexual_health')) expect(i.sexualHealthPrompt, i.code).toBe(true);
  });

  it.each(HARD_RULES.flatMap((r) => r.codes.map((c) => [r.id, c] as const)))('hard rule %s: code %s exists in the framework', (_, code) => {
    expect(codes).toContain(code);
  });

  it('gives trafficking and county lines tags only to indicators of at least moderate weight', () => {
    // These tags offer an NRM referral (assess.ts): a background vulnerability alone must not.
    const hits = F.indicators.filter((i) => i.weight === 'vulnerability' && i.tags.some((t) => t === 'trafficking' || t === 'county_lines')).map((i) => i.code);
    expect(hits).toEqual([]);
  });
});
