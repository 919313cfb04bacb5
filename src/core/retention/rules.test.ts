import { describe, expect, it } from 'vitest';
import { RECORD_CLASS_KEYS } from './classes.ts';
import { evaluate, type PersonFacts } from './evaluate.ts';
import { DEFAULT_RULES, mergeRules, parseRules, RetentionRulesError } from './rules.ts';

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'child-protection-local',
  label: 'child protection record, 30th birthday (Havering policy)',
  covers: ['child_case'],
  anchor: 'date_of_birth',
  years: 30,
  source: 'Synthetic council records retention schedule, section 4',
  ...over,
});
const file = (...rules: unknown[]) => JSON.stringify({ rules });

describe('the default rules', () => {
  it('cover every record class and cite a source each', () => {
    expect(mergeRules(DEFAULT_RULES, [])).toHaveLength(DEFAULT_RULES.length);
    for (const c of RECORD_CLASS_KEYS)
      expect(
        DEFAULT_RULES.some((r) => r.covers.includes(c)),
        c,
      ).toBe(true);
    for (const r of DEFAULT_RULES) expect(r.source.length, r.id).toBeGreaterThan(10);
  });
});

describe('overriding the rules from a file', () => {
  it('replaces a default rule with the same id and keeps the others', () => {
    const merged = mergeRules(DEFAULT_RULES, parseRules(file(rule())));
    expect(merged).toHaveLength(DEFAULT_RULES.length);
    expect(merged.find((r) => r.id === 'child-protection-local')).toMatchObject({ years: 30 });
    expect(merged.find((r) => r.id === 'looked-after-75th-birthday')).toMatchObject({ years: 75 });
  });

  it('adds a rule with a new id, and the longest period wins', () => {
    const merged = mergeRules(
      DEFAULT_RULES,
      parseRules(file(rule({ id: 'cse-closure-plus-10', anchor: 'case_closure', years: 10, label: 'CSE case, 10 years after closure' }))),
    );
    expect(merged).toHaveLength(DEFAULT_RULES.length + 1);
    const f: PersonFacts = {
      personId: 'p',
      kind: 'child',
      dateOfBirth: '1995-01-01',
      dobEstimated: false,
      lookedAfter: 'no',
      hasSexualHealth: false,
      cases: 1,
      openCases: 0,
      lastClosedOn: '2019-05-01',
      lastActivityOn: '2019-05-01',
    };
    // The 25th birthday passed in 2020; the added rule keeps the record to 2029.
    expect(evaluate(f, DEFAULT_RULES, [], '2026-01-01').status).toBe('delete');
    expect(evaluate(f, merged, [], '2026-01-01')).toMatchObject({
      status: 'kept',
      until: '2029-05-01',
      explanation: 'kept until 2029-05-01: CSE case, 10 years after closure',
    });
  });

  it.each([
    ['text that is not JSON', '{ rules: [', /not valid JSON/],
    ['no rules list', '{}', /rules: the file needs a "rules" list/],
    ['an empty list', file(), /the "rules" list is empty/],
    [
      'an unknown record class',
      file(rule({ covers: ['school_records'] })),
      /rules\.0\.covers\.0: a record class is one of sexual_health, looked_after_case, child_case, adult_subject/,
    ],
    ['an unknown anchor', file(rule({ anchor: 'death' })), /rules\.0\.anchor: the anchor is one of date_of_birth, last_activity, case_closure/],
    ['negative years', file(rule({ years: -1 })), /rules\.0\.years: years is a whole number from 0 to 150/],
    ['years as text', file(rule({ years: '25' })), /rules\.0\.years: years is a whole number/],
    ['half a year', file(rule({ years: 2.5 })), /rules\.0\.years: years is a whole number/],
    ['no source', file(rule({ source: ' ' })), /rules\.0\.source: cite the source of the period/],
    ['a bad id', file(rule({ id: 'Child Protection' })), /rules\.0\.id: an id is lower-case letters/],
    ['an unknown field', file(rule({ yaers: 3 })), /rules\.0/],
    ['the same id twice', file(rule(), rule()), /rule "child-protection-local" appears twice/],
  ])('refuses %s, saying what is wrong', (_what, text, message) => {
    expect(() => parseRules(text)).toThrow(RetentionRulesError);
    expect(() => parseRules(text)).toThrow(message);
  });

  it('refuses an override that leaves a record class without a rule', () => {
    const narrowed = DEFAULT_RULES.filter((r) => r.covers.includes('adult_subject')).map((r) => ({
      ...r,
      covers: r.covers.filter((c) => c !== 'adult_subject'),
    }));
    const overrides = narrowed.map((r) => (r.covers.length ? r : { ...r, covers: ['child_case' as const] }));
    expect(() => mergeRules(DEFAULT_RULES, overrides)).toThrow(/no rule covers adult_subject/);
  });
});
