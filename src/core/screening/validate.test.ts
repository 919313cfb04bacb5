import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import type { Framework, Indicator } from '../indicators/types.ts';
import { MAX_SCREENING_AGE, parseScreeningInput, validateAnswers } from './validate.ts';

const ind = (code: string): Indicator => ({
  code,
  category: 'absent_missing',
  weight: 'moderate',
  wording: `Wording for ${code}`,
  guidance: `Guidance for ${code}`,
  tags: [],
  source: 'test',
});
const F: Framework = {
  version: 'test.1',
  published: '2026-01-01',
  summary: 'Test framework',
  sources: { test: { title: 'Test source' } },
  indicators: [ind('am_missing'), ind('am_staying_out_late'), ind('ad_alcohol')],
};

const ok = { code: 'am_missing', status: 'present', when: 'current', evidence: 'Missing twice this month' };

// The field errors of a call that must throw a ValidationError.
function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error('Expected a ValidationError, but nothing was thrown');
}

describe('parseScreeningInput', () => {
  it('accepts a valid screening and returns it trimmed, with status defaulting to present', () => {
    const input = parseScreeningInput(F, {
      age: 14,
      gender: 'male',
      indicators: [
        { code: ' am_missing ', when: 'both', evidence: '  Missing twice this month  ' },
        { code: 'am_staying_out_late', status: 'absent' },
        { code: 'ad_alcohol', status: 'unknown', when: null, evidence: null },
      ],
    });
    expect(input).toEqual({
      age: 14,
      gender: 'male',
      indicators: [
        { code: 'am_missing', status: 'present', when: 'both', evidence: 'Missing twice this month' },
        { code: 'am_staying_out_late', status: 'absent' },
        { code: 'ad_alcohol', status: 'unknown', when: null, evidence: null },
      ],
    });
  });

  it.each([0, 12, 13, 17, 18, MAX_SCREENING_AGE])('accepts age %i', (age) => {
    expect(parseScreeningInput(F, { age, indicators: [] }).age).toBe(age);
  });

  it('accepts a screening without gender', () => {
    expect(parseScreeningInput(F, { age: 15, indicators: [ok] }).gender).toBeUndefined();
  });

  // [what is wrong, raw input, the only field named]
  it.each<[string, unknown, string]>([
    ['age -1', { age: -1, indicators: [] }, 'age'],
    ['age 12.5', { age: 12.5, indicators: [] }, 'age'],
    ['age 26', { age: 26, indicators: [] }, 'age'],
    ['age "fourteen"', { age: 'fourteen', indicators: [] }, 'age'],
    ['age "14" as text', { age: '14', indicators: [] }, 'age'],
    ['age missing', { indicators: [] }, 'age'],
    ['age null', { age: null, indicators: [] }, 'age'],
    ['an unknown gender', { age: 14, gender: 'boy', indicators: [] }, 'gender'],
    ['indicators not a list', { age: 14, indicators: 'am_missing' }, 'indicators'],
    ['an unknown code', { age: 14, indicators: [ok, { code: 'am_mising', status: 'absent' }] }, 'indicators.1.code'],
    ['an empty code', { age: 14, indicators: [{ ...ok, code: '  ' }] }, 'indicators.0.code'],
    ['an unknown status', { age: 14, indicators: [{ ...ok, status: 'maybe' }] }, 'indicators.0.status'],
    ['a present indicator without evidence', { age: 14, indicators: [{ code: 'am_missing', status: 'present', when: 'current' }] }, 'indicators.0.evidence'],
    ['a present indicator with null evidence', { age: 14, indicators: [{ ...ok, evidence: null }] }, 'indicators.0.evidence'],
    ['a present indicator with blank evidence', { age: 14, indicators: [{ ...ok, evidence: '   ' }] }, 'indicators.0.evidence'],
    ['evidence over 4000 characters', { age: 14, indicators: [{ ...ok, evidence: 'x'.repeat(4001) }] }, 'indicators.0.evidence'],
    ['evidence that is not text', { age: 14, indicators: [{ ...ok, evidence: 42 }] }, 'indicators.0.evidence'],
    ['a present indicator without when', { age: 14, indicators: [{ code: 'am_missing', evidence: 'Seen' }] }, 'indicators.0.when'],
    ['a present indicator with null when', { age: 14, indicators: [ok, { ...ok, code: 'ad_alcohol', when: null }] }, 'indicators.1.when'],
    ['an unknown when', { age: 14, indicators: [{ ...ok, when: 'yesterday' }] }, 'indicators.0.when'],
    ['a repeated code', { age: 14, indicators: [ok, { code: 'ad_alcohol', status: 'absent' }, { ...ok, evidence: 'Again' }] }, 'indicators.2.code'],
    ['input that is not an object', 'age=14', 'input'],
  ])('rejects %s, naming the field', (_what, raw, key) => {
    const fields = fieldsOf(() => parseScreeningInput(F, raw));
    expect(Object.keys(fields)).toEqual([key]);
    expect(fields[key]).toMatch(/\S/);
  });

  it('says which code is unknown and in which framework', () => {
    const fields = fieldsOf(() => parseScreeningInput(F, { age: 14, indicators: [{ code: 'am_mising', status: 'absent' }] }));
    expect(fields['indicators.0.code']).toContain('"am_mising"');
    expect(fields['indicators.0.code']).toContain('test.1');
  });

  it('says a repeated code is listed more than once', () => {
    const fields = fieldsOf(() => parseScreeningInput(F, { age: 14, indicators: [ok, ok] }));
    expect(fields).toEqual({ 'indicators.1.code': 'Indicator "am_missing" is listed more than once' });
  });

  it('names every field that is wrong at once', () => {
    const fields = fieldsOf(() =>
      parseScreeningInput(F, {
        age: 14,
        indicators: [
          { code: 'am_missing', status: 'present' },
          { code: 'nope', status: 'absent' },
        ],
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(['indicators.0.evidence', 'indicators.0.when', 'indicators.1.code']);
  });

  it('does not ask for when or evidence on an absent or unknown indicator', () => {
    const input = parseScreeningInput(F, {
      age: 9,
      indicators: [
        { code: 'am_missing', status: 'absent' },
        { code: 'ad_alcohol', status: 'unknown' },
      ],
    });
    expect(input.indicators.map((i) => i.status)).toEqual(['absent', 'unknown']);
  });

  it('throws a ValidationError with the standard message', () => {
    expect(() => parseScreeningInput(F, { age: -1, indicators: [] })).toThrow(ValidationError);
    expect(() => parseScreeningInput(F, { age: -1, indicators: [] })).toThrow('There is a problem with what was entered');
  });
});

describe('validateAnswers', () => {
  it('uses the path it is given in field names', () => {
    const fields = fieldsOf(() => {
      validateAnswers(F, [{ code: 'zz', status: 'absent' }], 'answers');
    });
    expect(fields).toEqual({ 'answers.0.code': expect.stringContaining('"zz"') });
  });

  it('passes valid answers', () => {
    expect(() => {
      validateAnswers(F, [
        { code: 'am_missing', status: 'present', when: 'past', evidence: 'Seen' },
        { code: 'ad_alcohol', status: 'absent' },
      ]);
    }).not.toThrow();
  });
});
