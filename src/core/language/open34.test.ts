import { describe, expect, it } from 'vitest';
import { expectLanguageRow } from '../../../test/fixtures/text-checks.ts';
import { checkLanguage } from './check.ts';

// Session 22 (fresh34 as a tuning set): wording families that several tuning sets mark alike (lexicon-round34.ts), a
// clinic's client named by age, a child named by age before "male", and two single labels of one category joined by
// "and". Invented sentences. Rows: [sentence, entry id or category, found?]; the reference checker must agree.

type Row = [string, string, boolean];

describe('session 22: families the tuning sets mark alike', () => {
  it.each<Row>([
    ['ED: 14F, alcohol intox, self-inflicted, sleep it off in minors.', 'self_inflicted_round34', true],
    ['ED: 44M, self-inflicted laceration to the forearm, sutured.', 'self_inflicted_round34', false],
    ['YOT: Jordan is easily led, says his worker.', 'easily_led_round34', true],
    ['Teacher: he is easily led by his friends in class.', 'easily_led_round34', false],
    ['Night log: back at 2am smelling of cannabis, typical teen.', 'typical_teenager_round34', true],
    ['MACE: risk rated medium as she still goes to college.', 'risk_graded_with_reason_round34', true],
    ['MASH: rated low risk.', 'risk_graded_with_reason_round34', false],
    ['MASH: graded low because she always comes back.', 'risk_graded_with_reason_round34', false],
    ['Carer: Demi is sexualised and seeks out older men.', 'sexualised_label_round34', true],
    ['The material was sexualised by the adult who sent it.', 'sexualised_label_round34', false],
    ['Police: the strategy was agreed; the case is sexualised and complex.', 'sexualised_label_round34', false],
    ['Door staff: she is a party girl who leaves with the older men.', 'party_girl_round34', true],
    ['School: Mia has a lot of boyfriends and is overly forward.', 'forward_label_round34', true],
    ['School: Mia is looking forward to the trip.', 'forward_label_round34', false],
    ['Chronology: the 2011 file says Tia made her choices and must live with them.', 'made_her_choices_round34', true],
    ['Tia has made her own choices about her GCSE options.', 'made_her_choices_round34', false],
    ['Minutes: we must stop writing that she is making choices; she is groomed.', 'made_her_choices_round34', false],
    ['Youth club: the scrap between the two boys was only handbags.', 'handbags_round34', true],
    ['Police: two handbags were stolen from the car.', 'handbags_round34', false],
    ['Triage: 14M, OD of sertraline, cry for help, CAMHS in the morning.', 'cry_for_help_shorthand_round34', true],
    ['Triage: 14M, OD of sertraline, a cry for help rather than a real attempt.', 'cry_for_help_shorthand_round34', false],
    ['EWO: Kane is a habitual truant.', 'truant_label_round34', true],
    ['School log: Kane bunked off to meet the older lads at the flats.', 'truancy_slang_round34', true],
    ['School log: Kane bunked off and went to the park.', 'truancy_slang_round34', false],
    ['The puppy wagged its tail at the door.', 'truancy_slang_round34', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});

describe('session 22: the child named by age, and two labels joined', () => {
  it.each<Row>([
    ['GUM: Client (16) attends for a chlamydia test.', 'clients', false],
    ['GUM: Client aged 15 requesting the pill.', 'clients', false],
    ['Police: the clients pay her at the hotel.', 'adult_centred_label', true],
    ['Custody: 15yr old male dealing drugs from the precinct.', 'criminalises_child', true],
    ['Custody: 15-year-old male selling cannabis outside the shop.', 'criminalises_child', true],
    ['Custody: 34-year-old male dealing drugs from the precinct.', 'criminalises_child', false],
  ])('%s [%s present: %s]', expectLanguageRow);

  it('two single labels of one category joined by "and" are one finding', () => {
    const text = 'Custody: she was hostile and uncooperative when asked about the men.';
    const found = checkLanguage(text).filter((f) => f.category === 'blames_child');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['hostile and uncooperative']);
  });
});
