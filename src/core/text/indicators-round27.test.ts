// Round 27 (2026-12-01): a sum named instead of the word "money", and "school" as the place a child is collected from.
// For each rule, ordinary sentences that share its words sit beside the sentences it was made for. Every sentence is
// also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('a sum given to the child by an adult', () => {
  givesCodes('the amount named after a verb of giving', [
    ['She was given £50 by an older man.', ['rg_unexplained_money']],
    ['He was handed £1,200 in cash by a man he met online.', ['rg_unexplained_money']],
    ['Mum says Tia was sent £300 from someone she will not name.', ['rg_unexplained_money']],
  ]);
  lacksCode('ages, times, counts and family', 'rg_unexplained_money', [
    'She was groomed at 14 by an older man.',
    'He was paid £20 by his uncle for washing the car.',
    'She was given 2 tablets by an older man at the party.',
    'He was seen at 23:00 by a man walking his dog.',
    'The school was given 30 laptops by a local business.',
  ]);
});

describe('collected from school by an adult: "school" names the place, not the transport', () => {
  givesCodes('an adult collects the child from school', [
    ['Her older boyfriend (24) collects her from school in a car.', ['go_unknown_adults_collect']],
    ['A man collects her from school in a black car most days.', ['go_unknown_adults_collect']],
  ]);
  lacksCode('family, carers and arranged school transport', 'go_unknown_adults_collect', [
    'Mum collects her from school in the car.',
    'Her foster carer collects her from school in the car.',
    'The school taxi collects him from the unit in a silver car.',
    'The school minibus collects him from home in the morning.',
  ]);
});
