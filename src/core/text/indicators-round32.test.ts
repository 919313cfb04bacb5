// Round 32: headings that name a meeting, a debrief or the writer's workplace, beside the same words in the body and
// the wording the round added, with ordinary sentences that share their words. Every sentence is also run through the
// reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe("a heading that names the meeting, the debrief or the writer's workplace", () => {
  lacksCode('a debrief or meeting on county lines is where the note comes from', 'go_carrying_drugs', [
    'County lines debrief: He says the men let him stay at the flat.',
    'County lines minutes: Rio has not been seen at school this week.',
  ]);
  lacksCode('the domestic abuse meeting named alone or by its minutes', 'fa_domestic_abuse', [
    'MARAC: Nadia has started at a new school and is settling well.',
    'MARAC minutes: The 13-year-old has been going missing at weekends.',
  ]);
  lacksCode('the workplace or its inspection', 'rg_unpaid_work', [
    'Car wash: The boy (15) looked tired and would not give his surname.',
    'Nail bar inspection: The girl said her aunt brings her in on Saturdays.',
    'Nail bar: Girl (16) had a valid passport with her.',
  ]);
  givesCodes('the same words in the body', [
    ['Youth worker: He has been caught up in county lines since the summer.', ['go_carrying_drugs']],
    ['School: The family were discussed at MARAC after dad hit mum.', ['fa_domestic_abuse']],
    ['NRM referral: Linh works at a nail bar for no pay.', ['rg_unpaid_work']],
  ]);
});
