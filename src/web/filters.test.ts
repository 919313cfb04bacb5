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

  it('takes linear time on a long run of spaces inside the text', () => {
    const x = `a${' '.repeat(500_000)}b `;
    const t0 = performance.now();
    expect(ours.renderString('{{ x | trim }}', { x })).toBe(x.trim());
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
