// Round 24 (2026-12-01): the wording families of fresh23 (newly a tuning set) and the items left from round 23. For every
// new pattern or rule, ordinary sentences that share its words (hard negatives) sit beside the positives it was made
// for. Every sentence is also run through the reference implementation (text-checks.ts), which must mirror the rules.
import { describe, expect, it } from 'vitest';
import { codesOf, givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('a care heading that names the writer is who wrote, whatever follows its colon', () => {
  lacksCode('the heading is not the sign', 'fa_in_care', [
    'Foster carer: no signs of self-harm this week.',
    'Foster carer: shes using ket, we found it in her bag.',
    'Foster carer: found a second phone hidden in his room.',
    'Foster carer: when he came to us he was badly neglected as a baby.',
    'Foster carers: he is really low and stays in his room.',
    'Foster mum: she came back at 2am.',
  ]);
  givesCodes('the care status named elsewhere stays', [
    ['Foster carer: Leo has lived with his foster carer in Gateshead since March.', ['fa_in_care']],
    ["Children's home log: came back at 3am smelling of cannabis.", ['fa_in_care']],
    ['Looked after child: stayed out overnight, returned with cash.', ['fa_in_care']],
    ['She has lived with her foster carer since 2022.', ['fa_in_care']],
  ]);
  it('the signs after the heading stay, also a broad one next to it', () => {
    expect(codesOf('Foster carer: Kayden has new trainers and a North Face coat.')).toContain('rg_unexplained_gifts');
    expect(codesOf('Foster carer: found a second phone hidden in his room.')).toContain('te_several_phones');
    expect(codesOf('Foster carer: no signs of self-harm this week.')).toContain('ep_self_harm');
  });
  givesCodes('a gift beside the care status is still a gift', [
    ['In foster care since May; has new trainers and will not say where from.', ['fa_in_care', 'rg_unexplained_gifts']],
  ]);
  lacksCode('an explained gift in care stays explained', 'rg_unexplained_gifts', ['Her foster carer bought her new trainers for her birthday.']);
});
