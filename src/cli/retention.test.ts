import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.ts';
import { parseRetentionOptions, parseSubjectAccessOptions } from './retention.ts';

// The options are checked before the database is opened (test/integration/cli-retention.test.ts runs the command).

describe('lantern retention options', () => {
  it.each([
    [{ dryRun: true }, { mode: 'dry-run', json: false }],
    [
      { dryRun: true, json: true },
      { mode: 'dry-run', json: true },
    ],
    [
      { apply: true, confirm: true },
      { mode: 'apply', json: false },
    ],
  ])('%o -> %o', (o, expected) => {
    expect(parseRetentionOptions(o)).toEqual(expected);
  });

  it.each([
    [{}, '--dry-run', /give --dry-run to see what would be deleted/],
    [{ apply: true }, '--confirm', /deleting is for good: add --confirm/],
    [{ dryRun: true, apply: true, confirm: true }, '--apply', /choose --dry-run or --apply, not both/],
    [{ dryRun: true, confirm: true }, '--confirm', /--confirm goes with --apply/],
  ])('refuses %o', (o, field, message) => {
    try {
      parseRetentionOptions(o);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fields[field]).toMatch(message);
    }
  });
});

describe('lantern subject-access options', () => {
  it('takes a record reference in any case and a file', () => {
    expect(parseSubjectAccessOptions({ person: ' 3F2B6C1E-0D4A-4C1B-9A57-2F0E8D6B7C10 ', out: 'r.json' })).toEqual({
      person: '3f2b6c1e-0d4a-4c1b-9a57-2f0e8d6b7c10',
      out: 'r.json',
    });
  });

  it.each([
    [{ person: 'Jonathan', out: 'r.json' }, '--person'],
    [{ out: 'r.json' }, '--person'],
    [{ person: '3f2b6c1e-0d4a-4c1b-9a57-2f0e8d6b7c10' }, '--out'],
  ])('refuses %o', (o, field) => {
    expect(() => parseSubjectAccessOptions(o)).toThrow(ValidationError);
    try {
      parseSubjectAccessOptions(o);
    } catch (e) {
      expect(Object.keys((e as ValidationError).fields)).toEqual([field]);
    }
  });
});
