// Round 31: headings that name the writer's role, the specific code over the broad one on the same words, and a threat
// of arrest, beside ordinary sentences that share their words. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe("a heading that names the writer's role or the meeting", () => {
  lacksCode('the role heading is who wrote', 'ep_eating_problems', [
    'Eating disorder clinician: Zainab has gained the weight agreed in her plan.',
    'Community eating disorder service: Maya attended with her dad.',
    'Eating disorder team 12/03/2026: Maya attended with her dad.',
  ]);
  lacksCode('nor the exclusion officer or panel', 'am_school_exclusion', [
    'Exclusion officer: Rio may be carrying a knife, his friends say.',
    'Exclusion panel: Rio has never been arrested.',
  ]);
  givesCodes('the same words in the body, or the heading is the sign', [
    ['School nurse: Maya has an eating disorder and is restricting at lunch.', ['ep_eating_problems']],
    ["Maya's eating disorder nurse: no change this week.", ['ep_eating_problems']],
    ['Exclusion officer: Rio has been permanently excluded after the fight.', ['am_school_exclusion']],
    ['Suspected plugging: staff found cling film in his bag.', ['go_internal_concealment']],
  ]);
});
