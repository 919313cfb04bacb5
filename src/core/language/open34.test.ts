import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';

// Open 34: an adult named after "runner" vetoes runner_label only as the runner (an apposition: an age, the runner's own
// verb), not as the one who tells of the child (lexicon.ts RUNNER_APPOSED). Rows: [sentence, entry id or category,
// found?]; the reference checker must agree.
type Row = [string, string, boolean];

function expectRow(text: string, key: string, present: boolean): void {
  const show = (fs: ReturnType<typeof checkLanguage>) => fs.map((f) => `${f.entryId}/${f.category}/${f.start}`);
  const fast = checkLanguage(text);
  expect(show(referenceCheckLanguage(text))).toEqual(show(fast));
  expect(fast.some((f) => f.entryId === key || f.category === key)).toBe(present);
}

describe('open 34: an adult who tells of the runner', () => {
  it.each<Row>([
    ['He is a runner for the Blackpool line, his mum told police.', 'criminalises_child', true],
    ['Tom is used as a runner, the youth worker said.', 'runner_label', true],
    ['Tom is used as a runner, an adult neighbour told police.', 'runner_label', true],
    ['He is a runner for the gang, an adult witness said.', 'runner_label', true],
    ['He is a runner, a 40-year-old neighbour said.', 'runner_label', true],
    ['The runner for the line, a man in his thirties, was charged.', 'runner_label', false],
    ['The runner, a 19-year-old male, was charged.', 'runner_label', false],
    ['He is the runner for the group, a man with previous convictions.', 'runner_label', false],
  ])('%s [%s present: %s]', expectRow);
});
