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

describe("fresh31's misses by family", () => {
  givesCodes('an injury named by where it is', [
    ['Custody nurse: DP (16) has cuts to his knuckles and will not say how.', ['ep_injuries_assault']],
    ['She arrived with a gash across her forehead after the party.', ['ep_injuries_assault']],
    ['Burns to the back of his neck, which he cannot explain.', ['ep_injuries_assault']],
  ]);
  lacksCode('an ordinary cause, or self-harm', 'ep_injuries_assault', [
    'The cut on his hand is from woodwork, and an accident form was filled in.',
    'Burns to her fingers from the oven while baking with her nan.',
    'Cuts to her face that she says she did herself.',
  ]);
  givesCodes('a miscarriage in plain words', [
    ['Tia lost the baby at 12 weeks and nobody asked who the father was.', ['sh_termination']],
    ['She is frightened she will miscarry after the men hurt her.', ['sh_termination']],
  ]);
  lacksCode('not a baby lost in other senses', 'sh_termination', ['Mum is trying to lose the baby weight at the gym.', 'He lost the baby monitor on the bus.']);
  givesCodes("mum's partner hitting her", [
    ["Ellis says his mum's boyfriend punched her in the kitchen.", ['fa_domestic_abuse']],
    ["Mum's ex-husband strangled her in 2023, the file says.", ['fa_domestic_abuse']],
  ]);
  lacksCode('not a game', 'fa_domestic_abuse', ["Mum's partner beat her at chess again."]);
  givesCodes('work, money or a room offered online', [
    ['He showed me an Instagram message offering him cash to drive to Hull.', ['te_online_offers']],
    ['No online work offers were found on her phone.', ['te_online_offers']],
    ['The men on his PlayStation asked him to do jobs for them.', ['te_online_offers']],
  ]);
  lacksCode('offers in person or by a service', 'te_online_offers', [
    'His uncle offered him work at the garage for the summer.',
    'The college offered her a job in the canteen.',
  ]);
  givesCodes('missing school to care, or dropping out', [
    ['Ava misses school to look after her younger brothers when mum is unwell.', ['am_school_absence']],
    ['He dropped out of college in November and nobody knows where he goes.', ['am_school_absence']],
  ]);
  givesCodes('adults who keep texting or calling', [['The men keep calling her late at night.', ['te_worrying_calls']]]);
  lacksCode('names, not calls', 'te_worrying_calls', ['The older boys keep calling him names on the bus.']);
  givesCodes('an adult partner given by age', [
    ['She says she is pregnant by a man who is 31.', ['go_older_partner']],
    ['The man she stays with is 29, the hostel thinks.', ['go_older_partner']],
  ]);
  lacksCode("a parent's or an adult's partner", 'go_older_partner', [
    "Mum's partner, who is 44, has lived with the family for five years.",
    'A 20-year-old mum attended with her partner, who is 23, and the baby.',
  ]);
  givesCodes('a name or standing promised', [['The olders promised him respect on the estate if he did a run.', ['rg_status_rewards']]]);
  lacksCode('not a name badge', 'rg_status_rewards', ['Staff offered him a name badge for the open evening.']);
  givesCodes('admitted after drinking', [['Lily was admitted after drinking half a bottle of vodka in the park.', ['ad_intoxication_hospital']]]);
  givesCodes('an infection named with its treatment', [['Her friend has been treated for herpes after the party.', ['sh_sti']]]);
  lacksCode('not a cold sore', 'sh_sti', ['He was treated for herpes on his lip, a cold sore.']);
  givesCodes('left before being seen', [['ED: 15F left before being seen and gave a false name.', ['da_not_engaging']]]);
  lacksCode('the adult who brought the child left', 'da_not_engaging', [
    'ED: 14F brought in by a woman who left before triage.',
    'Her friends left before she was seen.',
  ]);
});
