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

describe("a drug arrest in the child's own town or in a shop (left open by review 31)", () => {
  lacksCode('the note says the place is his own, just after it', 'go_drug_arrest_out_of_area', [
    'He was arrested for possession in Croydon, where he lives.',
    'He was arrested for drugs in Bolton, his home town.',
    'Kian was arrested for supplying cannabis in Hastings, near his home.',
    'Jay was arrested for possession in Tesco on Saturday.',
    "She was arrested with cannabis in McDonald's after school.",
  ]);
  givesCodes('far from home, or the home named further on', [
    ['He was arrested for supplying cannabis in Hastings, nowhere near where he lives.', ['go_drug_arrest_out_of_area']],
    ['He was arrested for supplying crack in Leeds, 100 miles from his home town.', ['go_drug_arrest_out_of_area']],
    ['He was arrested for supplying heroin in Cromer; he lives in Hackney.', ['go_drug_arrest_out_of_area']],
  ]);
});

describe("a referral or report named by the child's own harm (left open by review 31)", () => {
  givesCodes('the heading says why the child was referred', [
    ['Self-harm referral: Maya was seen by the school nurse today.', ['ep_self_harm']],
    ['Overdose report: she was taken to A&E by her carer.', ['ep_self_harm']],
    ['Eating disorder referral: Maya attended with her dad.', ['ep_eating_problems']],
  ]);
  lacksCode('a role or service heading stays the writer', 'ep_eating_problems', ['Eating disorder clinician: Maya has gained the weight agreed.']);
  lacksCode('a referral named by a scheme or crime', 'go_carrying_drugs', ['County lines referral: Rio attended with his mum.']);
});
