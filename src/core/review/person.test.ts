import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { type Answer, assess } from '../screening/assess.ts';
import { HARD_RULES } from '../screening/hard-rules.ts';
import { levelAndScore } from './person.ts';

// person.ts screens every date with a finding through levelAndScore, not the full `assess` (which it calls only where a
// threshold is met). The two must agree on every answer set, whatever the rules become.

const CODES = CURRENT_FRAMEWORK.indicators.map((i) => i.code);
const RULE_CODES = [...new Set(HARD_RULES.flatMap((r) => r.codes))];

const answer: fc.Arbitrary<Answer> = fc.record({
  code: fc.oneof(fc.constantFrom(...CODES), fc.constantFrom(...RULE_CODES), fc.constant('not_a_code')),
  status: fc.constantFrom('present', 'present', 'present', 'absent', 'unknown'),
  when: fc.constantFrom('current', 'past', 'both', null, undefined),
});
const answers = fc.uniqueArray(answer, { selector: (a) => a.code, maxLength: 30 });

describe('levelAndScore', () => {
  it('gives the level and score of assess, for any answers and age', () => {
    let high = 0;
    let byRule = 0;
    fc.assert(
      fc.property(answers, fc.integer({ min: 8, max: 25 }), (as, age) => {
        const full = assess(CURRENT_FRAMEWORK, { age, answers: as });
        expect(levelAndScore(age, as)).toEqual({ level: full.level, score: full.score });
        if (full.level === 'high') high++;
        if (full.hardRules.length && full.level !== full.scoreLevel) byRule++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: high levels, and levels raised by a hard rule above the score's band, were both compared.
    expect(high).toBeGreaterThan(100);
    expect(byRule).toBeGreaterThan(20);
  });

  it('is none with no answers', () => {
    expect(levelAndScore(15, [])).toEqual({ level: 'none', score: 0 });
  });
});
