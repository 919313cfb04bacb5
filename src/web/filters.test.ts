import nunjucks from './nunjucks.ts';
import { describe, expect, it } from 'vitest';
import { registerFilters } from './filters.ts';

describe('the trim filter', () => {
  const plain = new nunjucks.Environment(null, { autoescape: true });
  const ours = new nunjucks.Environment(null, { autoescape: true });
  registerFilters(ours);

  it.each(['  a b  ', '\n\t x \u00a0', '', 'no space', ' <b>html</b> '])('gives what Nunjucks gives for %j', (x) => {
    for (const tpl of ['{{ x | trim }}', '{{ x | safe | trim }}']) expect(ours.renderString(tpl, { x })).toBe(plain.renderString(tpl, { x }));
  });

  // A backtracking trim is quadratic here (hours for 500,000 spaces): the test's own time-out catches that, without a
  // timed assertion (performance belongs in the benchmarks).
  it('trims a long run of spaces inside the text', { timeout: 10_000 }, () => {
    const x = `a${' '.repeat(500_000)}b `;
    expect(ours.renderString('{{ x | trim }}', { x })).toBe(x.trim());
  });
});
