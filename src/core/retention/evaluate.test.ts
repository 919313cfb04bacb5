import { describe, expect, it } from 'vitest';
import { classesOf } from './classes.ts';
import { addYears } from './dates.ts';
import { evaluate, type Hold, holdsFor, type PersonFacts } from './evaluate.ts';
import { DEFAULT_RULES } from './rules.ts';

const facts = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  personId: 'p1',
  kind: 'child',
  dateOfBirth: '2000-06-15',
  dobEstimated: false,
  lookedAfter: 'no',
  hasSexualHealth: false,
  cases: 1,
  openCases: 0,
  lastClosedOn: '2016-01-10',
  lastActivityOn: '2016-01-10',
  ...over,
});

describe('addYears', () => {
  it.each([
    ['2000-06-15', 25, '2025-06-15'],
    ['2004-02-29', 25, '2029-03-01'], // a common year: the birthday is 1 March
    ['2004-02-29', 24, '2028-02-29'], // a leap year keeps 29 February
    ['2000-02-29', 100, '2100-03-01'], // 2100 is not a leap year
    ['2000-02-29', 400, '2400-02-29'],
    ['1999-12-31', 0, '1999-12-31'],
    ['0999-01-01', 1, '1000-01-01'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('refuses something that is not a date', () => {
    expect(() => addYears('15/06/2000', 1)).toThrow(RangeError);
  });
});

describe('record classes', () => {
  it.each([
    [{ kind: 'child', lookedAfter: 'no', hasSexualHealth: false }, ['child_case']],
    [{ kind: 'child', lookedAfter: 'not_known', hasSexualHealth: false }, ['child_case']],
    [{ kind: 'child', lookedAfter: 's31', hasSexualHealth: true }, ['looked_after_case', 'sexual_health']],
    [{ kind: 'child', lookedAfter: 's20', hasSexualHealth: false }, ['looked_after_case']],
    [{ kind: 'child', lookedAfter: 'care_leaver', hasSexualHealth: false }, ['looked_after_case']],
    [{ kind: 'adult', lookedAfter: 'not_known', hasSexualHealth: false }, ['adult_subject']],
  ])('%o -> %o', (f, expected) => {
    expect(classesOf(f)).toEqual(expected);
  });
});

describe('the default rules', () => {
  const rules = DEFAULT_RULES;

  it.each([
    // [what, facts, today, status, until, rule]
    ['child protection: the day before the 25th birthday', facts(), '2025-06-14', 'kept', '2025-06-15', 'child-protection-local'],
    ['child protection: on the 25th birthday', facts(), '2025-06-15', 'delete', '2025-06-15', 'child-protection-local'],
    ['born 29 February: 28 February of a common year', facts({ dateOfBirth: '2004-02-29' }), '2029-02-28', 'kept', '2029-03-01', 'child-protection-local'],
    ['born 29 February: 1 March of a common year', facts({ dateOfBirth: '2004-02-29' }), '2029-03-01', 'delete', '2029-03-01', 'child-protection-local'],
    ['looked-after child: kept to the 75th birthday', facts({ lookedAfter: 's31' }), '2031-04-02', 'kept', '2075-06-15', 'looked-after-75th-birthday'],
    ['care leaver: deleted after the 75th birthday', facts({ lookedAfter: 'care_leaver' }), '2075-06-15', 'delete', '2075-06-15', 'looked-after-75th-birthday'],
    [
      'adult of concern: 6 years after the last activity',
      facts({ kind: 'adult', cases: 0, lastClosedOn: null }),
      '2022-01-09',
      'kept',
      '2022-01-10',
      'adult-of-concern-local',
    ],
    ['adult of concern: expired', facts({ kind: 'adult', cases: 0, lastClosedOn: null }), '2022-01-10', 'delete', '2022-01-10', 'adult-of-concern-local'],
    // Sexual health entries, last seen at 15: the 25th birthday is the later of the child's rules.
    [
      'health record, last entry at 15',
      facts({ hasSexualHealth: true, lastActivityOn: '2015-09-01' }),
      '2025-06-15',
      'delete',
      '2025-06-15',
      'health-25th-birthday',
    ],
    // Last seen at 17: the NHS code keeps a children's record to the 26th birthday.
    [
      'health record, last entry at 17',
      facts({ hasSexualHealth: true, lastActivityOn: '2017-09-01' }),
      '2025-06-15',
      'kept',
      '2026-06-15',
      'health-26th-birthday-if-17',
    ],
  ] as const)('%s', (_what, f, today, status, until, rule) => {
    const v = evaluate(f, rules, [], today);
    expect(v).toMatchObject({ status, until });
    expect(v.binding?.rule.id).toBe(rule);
  });

  it('explains a kept record with its date and rule', () => {
    const v = evaluate(facts({ dateOfBirth: '1956-04-02', lookedAfter: 's20' }), rules, [], '2026-11-28');
    expect(v.explanation).toBe('kept until 2031-04-02: looked-after child, 75th birthday');
  });

  it('keeps any record with an open case, whatever its age', () => {
    const v = evaluate(facts({ dateOfBirth: '1970-01-01', openCases: 2 }), rules, [], '2026-11-28');
    expect(v).toMatchObject({ status: 'kept', until: null });
    expect(v.binding?.rule.id).toBe('open-case');
    expect(v.explanation).toBe('kept: a case is still open (2 cases are open)');
  });

  it('keeps a child’s record without a date of birth for review by hand', () => {
    const v = evaluate(facts({ dateOfBirth: null }), rules, [], '2090-01-01');
    expect(v.status).toBe('kept');
    expect(v.explanation).toMatch(/no date of birth is recorded/);
  });

  it('says when the date comes from an estimated date of birth', () => {
    expect(evaluate(facts({ dobEstimated: true }), rules, [], '2026-01-01').explanation).toMatch(/estimated date of birth/);
  });
});

describe('legal holds', () => {
  const expired = facts({ dateOfBirth: '1990-01-01' });
  const today = '2026-11-28';
  const inquiry: Hold = { id: 'h1', scope: 'all', personId: null, reference: 'IICSA retention instruction' };
  const claim: Hold = { id: 'h2', scope: 'person', personId: 'p1', reference: 'Claim 2026/17' };
  const other: Hold = { id: 'h3', scope: 'person', personId: 'p2', reference: 'Another claim' };

  it.each([
    ['no hold', [], 'delete'],
    ['a hold on everything', [inquiry], 'held'],
    ['a hold on this person', [claim], 'held'],
    ['a hold on someone else', [other], 'delete'],
  ] as const)('%s -> %s', (_what, holds, status) => {
    expect(evaluate(expired, DEFAULT_RULES, holds, today).status).toBe(status);
  });

  it('names the holds that keep an expired record', () => {
    const v = evaluate(expired, DEFAULT_RULES, [inquiry, claim, other], today);
    expect(v.holds.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(v.explanation).toMatch(/^held back by a legal hold \(IICSA retention instruction; Claim 2026\/17\); every rule has expired/);
  });

  it('lists a hold on a record that is kept anyway, without changing its status', () => {
    const v = evaluate(facts({ dateOfBirth: '2015-01-01' }), DEFAULT_RULES, [claim], today);
    expect(v).toMatchObject({ status: 'kept', holds: [claim] });
  });

  it('finds the holds for a person', () => {
    expect(holdsFor('p2', [inquiry, claim, other]).map((h) => h.id)).toEqual(['h1', 'h3']);
  });
});

describe('a rule set that leaves a class uncovered', () => {
  it('keeps the record rather than deleting it', () => {
    const rules = DEFAULT_RULES.filter((r) => !r.covers.includes('adult_subject'));
    const v = evaluate(facts({ kind: 'adult', dateOfBirth: '1900-01-01' }), rules, [], '2026-11-28');
    expect(v.status).toBe('kept');
    expect(v.explanation).toMatch(/no retention rule covers Records of an adult of concern/);
  });
});
