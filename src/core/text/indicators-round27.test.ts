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

// Round 27, second part: fresh26's misses, each with ordinary sentences that share its words.
describe('round 27: fresh26 families', () => {
  givesCodes('the sign in other words', [
    ['Harvey was made to take part in video calls with adults he did not know.', ['te_live_streaming']],
    ['The men moved him to a new house every week.', ['am_moved_by_others']],
    ['Older males drove him to Cornwall on Friday.', ['am_moved_by_others']],
    ['He was brought to Birmingham by the driver and left at a flat.', ['am_moved_by_others']],
    ['An adult is messaging Evie on Instagram late at night.', ['te_adults_contact_online']],
    ['Her cousin works for the Leeds group.', ['fa_family_links_to_exploitation']],
    ['His older brother is in the county line.', ['fa_family_links_to_exploitation']],
    ['Older boys give Zak cannabis at the park.', ['ad_substances_given']],
    ['The adults at the flat gave the girls drugs.', ['ad_substances_given']],
    ['A man drove her to parties in Bolton.', ['go_taken_to_parties']],
    ['She has changed how she dresses and who she sees.', ['ep_change_in_behaviour']],
    ["There has been a big change in Kai's mood since the summer.", ['ep_change_in_behaviour']],
    ['The olders promised Jordan status and money.', ['rg_status_rewards']],
    ['A man of about 30 waits outside in a car for her.', ['go_unknown_adults_collect']],
    ['She receives messages all night from older men.', ['te_worrying_calls']],
    ['Her phone rings throughout the session and she will not answer it.', ['te_worrying_calls']],
    ['They check where Dre is through his phone.', ['te_location_tracked']],
    ['Money that cannot be accounted for was found in his room.', ['rg_unexplained_money']],
    ['He steals to order for the adults at the flat.', ['go_forced_theft_begging']],
    ['He is often absent and staff do not know where he goes.', ['am_school_absence']],
    ['Men are dealing from the flat.', ['go_cuckooing']],
    ['He arrived in a lorry without family.', ['fa_unaccompanied_migrant']],
    ['He came to the UK without his parents.', ['fa_unaccompanied_migrant']],
    ['She goes with older men for cigarettes.', ['rg_sex_exchange']],
    ['Her self-esteem was poor at the review.', ['ep_low_self_esteem']],
    ["The group had use of Ethan's bank account.", ['rg_bank_account_used']],
    ['She says the man loves her.', ['da_protects_abusers']],
    ["The group controls Zak's supply of crack.", ['ad_supply_controlled']],
    ['She has been binge eating since the assault.', ['ep_eating_problems']],
    ["Dre's friends are in the county line.", ['go_peers_exploited']],
  ]);
  lacksCode('a video call at school or with family', 'te_live_streaming', [
    'She was asked to join the video call with her social worker.',
    'Mum made her take part in video calls with her nan.',
  ]);
  lacksCode('moves arranged by services or family', 'am_moved_by_others', [
    'Dad drove him to Cornwall for the holiday.',
    'She was brought to hospital unconscious by an adult.',
    'Police officers drove him to the station.',
  ]);
  lacksCode('a relative in ordinary work', 'fa_family_links_to_exploitation', [
    'Her cousin works for the council group in Leeds.',
    'His brother works for the same company as mum.',
  ]);
  lacksCode('medicine given by professionals', 'ad_substances_given', [
    'The nurse gave him pills for the pain.',
    'The doctor gave her medication at the hospital.',
  ]);
  lacksCode('family parties', 'go_taken_to_parties', ['Mum took her to parties for her cousins at Christmas.']);
  lacksCode('a change for the better or by medicine', 'ep_change_in_behaviour', [
    'There has been a big change in her mood since the new medication, an improvement.',
  ]);
  lacksCode('family waiting', 'go_unknown_adults_collect', ['Her dad, a man of about 30, waits outside for her after school.']);
  lacksCode('calls from family or work', 'te_worrying_calls', ['Her phone rings throughout the evening because mum keeps checking in.']);
  lacksCode('tracking agreed with carers', 'te_location_tracked', ['Her carers check where she is through her phone, as agreed in her safety plan.']);
  lacksCode('a child in a clinic', 'fa_unaccompanied_migrant', ['He came to the clinic without his parents.']);
  lacksCode('an absent-minded adult', 'am_school_absence', ['Her teacher is often absent-minded about the register.']);
  lacksCode('watching television', 'ep_eating_problems', ['They have been binge watching the series all weekend.']);
});

// Round 27, third part: fresh25's misses that round 26 left.
describe('round 27: fresh25 families', () => {
  givesCodes('the sign in other words', [
    ['Men at the shisha bar give her free drinks.', ['ad_substances_given']],
    ['She has started refusing food.', ['ep_eating_problems']],
    ['The adult she travelled with has her ID card.', ['da_documents_held']],
    ['He believes the police will put him in prison if he tells.', ['da_fear_of_authorities']],
    ["Money has been moved through the 16-year-old's account.", ['rg_bank_account_used']],
    ["Someone is using Kai's bank card.", ['rg_bank_account_used']],
    ['His cousin is one of the men who run the line.', ['fa_family_links_to_exploitation']],
    ['They bring young girls to parties in the function room.', ['go_taken_to_parties']],
    ['She was abused by a neighbour in 2022.', ['fa_previous_abuse']],
    ['He was physically abused as a small child.', ['fa_previous_abuse']],
    ['The boys are being sent in to steal by the man outside.', ['go_forced_theft_begging']],
    ['Every time she tries to stay away they get her back.', ['da_controlled_return']],
    ['There was a car with two men outside the house again.', ['go_unknown_adults_collect']],
    ['Taxis keep turning up for her that nobody here booked.', ['go_unknown_adults_collect']],
    ['She was taken to A&E after drinking a litre of vodka.', ['ad_intoxication_hospital']],
    ["Three of Tyler's friends are running lines.", ['go_peers_exploited']],
    ['He is out most nights until the early hours.', ['am_staying_out_late']],
    ['She goes silent when asked about the men.', ['da_not_disclosing']],
    ['She was kept as a servant in the house.', ['fa_domestic_servitude']],
    ['She used to be bubbly and now hardly speaks.', ['ep_change_in_behaviour']],
    ['He looks worn out and hungry.', ['ep_exhaustion']],
    ["She will not give the men's names because she loves them.", ['da_protects_abusers']],
    ['The men are paying to have sex with the girl.', ['rg_sex_exchange']],
    ['She needs the pills the man gives her.', ['ad_supply_controlled']],
    ['He pushed his hand up her skirt.', ['sh_sexual_assault']],
    ['She has been sleeping in the lobby of the flats.', ['fa_unsuitable_accommodation']],
    ['His family fell apart after the fire.', ['fa_family_breakdown']],
    ['He spends most evenings with a man of 41.', ['go_older_friends']],
  ]);
  lacksCode('a baby or a diet', 'ep_eating_problems', ['The baby is refusing food while teething.', 'She is refusing meals during Ramadan fasting.']);
  lacksCode('documents with family or services', 'da_documents_held', ['Her social worker has her passport for the trip.', 'Mum has his passport at home.']);
  lacksCode('wages into an account', 'rg_bank_account_used', ['Her wages have been paid into her own account.']);
  lacksCode('a family party', 'go_taken_to_parties', ['The youth club takes young children to parties at Christmas.']);
  lacksCode('a sexual assault by a neighbour', 'fa_previous_abuse', ['She was indecently assaulted by a neighbour in 2020.']);
  lacksCode('family or staff who bring the child back', 'da_controlled_return', ['Every time she runs off, staff get her back within the hour.']);
  lacksCode('tiredness after sport or exams', 'ep_exhaustion', ['He looks worn out after the football match.']);
  lacksCode('sleeping in the car on a trip', 'fa_unsuitable_accommodation', ['She was sleeping in the car on the journey to the holiday cottage.']);
  lacksCode('a pretend game', 'fa_domestic_servitude', ['In the drama game she was treated as a servant by the king.']);
});

// Round 28: false alarms the round-27 review left open (RESULTS.md "Round 27", the reviews), mended with vetoes.
describe('round 28: ordinary wording the review found still flagged', () => {
  lacksCode('her singing, not her', 'da_protects_abusers', ['She said the man loved her singing.']);
  lacksCode('a hand put up in class', 'sh_sexual_assault', ['In class she put her hand up, her top was covered in paint.']);
  lacksCode('a pitch or a track', 'am_moved_by_others', ['The men moved them to the other pitch.', 'Older men drove them around the track in vintage cars.']);
  lacksCode("an adult's own past", 'fa_previous_abuse', ['The volunteer was abused by a neighbour as a child.']);
  lacksCode('wages paid in', 'rg_bank_account_used', ['Her wages are paid into her account every Friday.']);
  lacksCode('a family celebration', 'am_staying_out_late', ["She was out until the early hours at her cousin's wedding."]);
  lacksCode('held by the council', 'da_documents_held', ["Her passport is held by the council's immigration team."]);
  lacksCode('an adult absent from meetings', 'am_school_absence', ['The social worker is often absent from meetings.']);
  givesCodes('the signs are still found', [
    ['She says the man loves her.', ['da_protects_abusers']],
    ['He pushed his hand up her skirt.', ['sh_sexual_assault']],
    ['The men moved him to a new house every week.', ['am_moved_by_others']],
    ['She was abused by a neighbour in 2022.', ['fa_previous_abuse']],
    ['He is out most nights until the early hours.', ['am_staying_out_late']],
    ['His passport is held by the man he works for.', ['da_documents_held']],
  ]);
});
