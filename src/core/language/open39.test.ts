import { describe, it } from 'vitest';
import { expectLanguageRow } from '../../../test/fixtures/text-checks.ts';

// Session 23 (language round 39): families of wording from the pooled errors of the main dev split and the tuning sets
// (lexicon-round39.ts and the entries it narrows or widens), and the ordinary senses that stay quiet. Each row is
// [sentence, entry id or category, found?]; the reference checker must agree. Sentences are invented for this file, not
// taken from the evaluation sets.

type Row = [string, string, boolean];

describe('session 23: compliance with adults read as contentment', () => {
  it.each<Row>([
    ['Shop log: the lad was happy to carry the bags for the older men in the Audi.', 'happy_to_help_round39', true],
    ['Two boys said they were told to do it by the older lads and were happy to do it.', 'happy_to_help_round39', true],
    ['Police: girl (13) happy to stay at the male’s flat, no concerns.', 'happy_to_help_round39', true],
    ['She lives above the salon with the owners and is happy to help out for pocket money.', 'happy_to_help_round39', true],
    ['Mum was happy to help with the assessment and the older children joined in.', 'happy_to_help_round39', false],
    ['The youth worker is happy to help the lads with their CVs.', 'happy_to_help_round39', false],
    ['He was happy to help at the school fair.', 'happy_to_help_round39', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: inviting adults in is consent, inviting them back is blame', () => {
  it.each<Row>([
    ['Housing officer: the 16-year-old invited the men into her flat and now they will not leave.', 'invited_adults_in_round39', true],
    ['Police log: Kayla invited the older men round to the flat while her carer was out.', 'invited_adults_in_round39', true],
    ['The tenant, 17, invited them in and let them use the flat.', 'invited_adults_in_round39', true],
    ['Police log: Kayla invited the older men round to the flat while her carer was out.', 'blames_child', false],
    ['MASH note: she invites the men back to the flat and then complains about what happens.', 'blame_in_review_wording', true],
    ['She invited her friends round for a birthday tea.', 'invited_adults_in_round39', false],
    ['The school invited the men from the fire service in to talk to Year 9.', 'invited_adults_in_round39', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: begging for adults, and thieves beside the adults who send them', () => {
  it.each<Row>([
    ['Station security: teenager (15) begging for the men in the van, moved on.', 'begging_for_adults_round39', true],
    ['He was begging outside the supermarket for money for the older men.', 'begging_for_adults_round39', true],
    ['The boy was logged as begging at the ticket machines while a man watched.', 'begging_for_adults_round39', true],
    ['A boy of 12 was seen begging with an adult; a strategy discussion was held.', 'begging_for_adults_round39', false],
    ['She was begging for attention, her carer said.', 'begging_for_adults_round39', false],
    ['Store report: the girl is a known shoplifter who comes in with an older man who waits outside.', 'child_as_thief', true],
    ['Guard logged the boy as a known thief although the men who sent him were outside.', 'child_as_thief', true],
    ['An adult male shoplifter was detained by store staff.', 'child_as_thief', false],
    ['The man, a known thief, was seen with her at the tills.', 'child_as_thief', false],
    ['She was with a man who is a known shoplifter.', 'child_as_thief', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: company, sign-up, maturity and leading on', () => {
  it.each<Row>([
    ['Beat note: girl is knocking about with a crowd of men from the garage.', 'associating_with', true],
    ['Caller says her son has been hanging out with a 20 year old who has a car.', 'associating_with', true],
    ['Old log: "a runaway who hangs round with taxi drivers".', 'associating_with', true],
    ['He knocks about with his cousins at the weekend.', 'associating_with', false],
    ['PA note: Reece has signed up with the Hull line again.', 'signed_up_for', true],
    ['He signed up for the trips to Hull knowing full well what they were for.', 'signed_up_for', true],
    ['Jay has signed up with the boxing club for the summer.', 'signed_up_for', false],
    ['GP 2001: this girl is very mature for her age and understands the risks of her relationship.', 'mature_for_age', true],
    ['He is mature for his age and wants to be a mechanic.', 'mature_for_age', false],
    ['Quoted court report: "The girl led him on."', 'led_him_on_round39', true],
    ['Quoted court report: "The girl led him on."', 'led_on', false],
    ['She leads men on, the door staff said.', 'led_on', true],
    ['She led him on to the bridge where the police were waiting.', 'led_him_on_round39', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: sexualising wording', () => {
  it.each<Row>([
    ['Night staff: Chloe was tarted up when she left with the older woman.', 'tarted_up_round39', true],
    ['The girls (14) tart themselves up to meet the drivers.', 'tarted_up_round39', true],
    ['Clinic: 15yo requesting STI screen, has multiple partners.', 'multiple_partners_round39', true],
    ['GUM: multiple sexual partners reported, advice given.', 'multiple_partners_round39', true],
    ['Mum has multiple partners visiting the house.', 'multiple_partners_round39', false],
    ['The firm has multiple partners in its Leeds office.', 'multiple_partners_round39', false],
    ['She baked a jam tart with her foster carer.', 'sexualises', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: the older ones', () => {
  it.each<Row>([
    ['The older ones hit them if they lose a parcel, Junior said.', 'olders', false],
    ['He has been given a phone by the older ones.', 'adult_centred_label', false],
    ['Kai said his olders look after him.', 'olders', true],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: wishes, phases and sexting', () => {
  it.each<Row>([
    ['The driver’s email says the girl "wanted to go with him" and paid cash.', 'wants_to_go_round39', true],
    ['Staff noted that Ben wants to go to the flat in Hull again and will not be told otherwise.', 'wants_to_go_round39', true],
    ['Ellis said he was scared of the men and did not want to go back to the flat.', 'wants_to_go_round39', false],
    ['Sam wants to go to the house to see his dad at the weekend.', 'wants_to_go_round39', false],
    ['Mum thinks it is a phase she’ll grow out of once she starts college.', 'teenage_phase_round39', true],
    ['The carer thinks his weekends in Hull are a teenage thing.', 'teenage_phase_round39', true],
    ['Her eczema is a phase she will grow out of, the GP said.', 'teenage_phase_round39', false],
    ['Dad said "it’s just lads being daft" about the weed.', 'boys_being_boys', true],
    ['Mum said the injuries were "just lads scrapping".', 'boys_being_boys', true],
    ['The lads were being daft in the corridor.', 'boys_being_boys', false],
    ['Moderation queue: sexting between a 13yo user and an adult account.', 'sexting_adults', true],
    ['PSHE lesson on sexting and consent for Year 9.', 'sexting_adults', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: offender labels beside the adults who direct the child', () => {
  it.each<Row>([
    ['Kai is a perpetrator of violence at school, though the older lads set it up.', 'perpetrator_label', true],
    ['The sergeant called the 13-year-old a perpetrator of the robbery even though the older men planned it.', 'perpetrator_label', true],
    ['The adult co-defendant is the main perpetrator and has previous convictions.', 'perpetrator_label', false],
    ['Police say the perpetrator, a 33-year-old man, has been remanded.', 'perpetrator_label', false],
    ['The 40-year-old perpetrator was described as controlling.', 'perpetrator_label', false],
    ['Assessment: Kyle’s offending behaviour escalated over the summer.', 'offending_behaviour_child', true],
    ['Court report: his offending is driven by peer influence.', 'offending_behaviour_child', true],
    ['Reece was caught stealing for older boys; YOT to address his offending.', 'offending_behaviour_child', true],
    ['Police note: "he is a drug dealer, not a victim".', 'perpetrator_not_victim_probe23', true],
    ['Police note: "he is a drug dealer, not a victim".', 'blames_child', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});

describe('session 23: consent claimed for the child, an adult’s autonomy, help for pocket money', () => {
  it.each<Row>([
    ['Clinic note: she was up for it, according to the 20-year-old.', 'up_for_it_round39', true],
    ['The girls are up for it, according to one of the lads.', 'up_for_it_round39', true],
    ['The whole team was up for it before the match.', 'up_for_it_round39', false],
    ['Dad’s position is that "she knows her own mind, she’s 14 and she picked him".', 'knows_own_mind_probe24', true],
    ['15yo requesting the implant, knows her own mind.', 'knows_own_mind_probe24', true],
    ['She knows her own mind about which college course to take.', 'knows_own_mind_probe24', false],
    ['Referral: the 13-year-old helps out at the car wash for pocket money.', 'helping_out_round22', true],
    ['She helps out at the church fair for pocket money.', 'helping_out_round22', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});
