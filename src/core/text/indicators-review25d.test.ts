// Regressions review D of round 25 found in the changes of branch pind25 (probe 25, indicators; 2026-12-01, main at
// b9f8331): ordinary wording the new entries or the widened vetoes flagged, and findings the widened vetoes silenced.
// Each sentence as the exact findings it must give ("code experiencer [negated] [hypothetical] [historical]"); the
// sentences the change was meant for are kept beside them. Every sentence is also run through the reference
// implementation, which must mirror the rules.
import { describe } from 'vitest';
import { givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

describe("1: the parent's shared location (tracking veto)", () => {
  gives('review 25D', [
    ['Dad shared that the men had been tracking her phone through Snapchat.', ['te_location_tracked child']],
    ['Mum shared with staff that the older men track her location on Snapchat.', ['te_location_tracked child']],
  ]);
});

describe("2: ep_exhaustion, the writer's own tiredness", () => {
  gives('review 25D', [
    ['She was exhausted and told staff she had been out all night with the men in the car.', ['am_staying_out_late child', 'ep_exhaustion child']],
    ['Exhausted, and staff could see new bruises on her arms.', ['ep_exhaustion child', 'ep_injuries_assault child hypothetical']],
    ['She was exhausted when I collected her at 8am from the flat.', ['ep_exhaustion child']],
    ['I was exhausted after a double shift and handed over to the day team.', []],
    ['We were all exhausted after the trip to the coast.', []],
  ]);
});

describe('3: go_older_friends, sport vetoes', () => {
  gives('review 25D', [
    ['On Sunday she was seen with older men at the bus station.', ['go_older_friends child']],
    ['She hangs about with older lads on Sunday nights at the park.', ['go_older_friends child']],
    ['Seen with older men outside the swimming pool after dark.', ['go_older_friends child']],
    ["He plays in a five-a-side league with older men from his dad's work.", []],
  ]);
});

describe('4: go_threats_violence, sanction vetoes', () => {
  gives('review 25D', [
    ['The olders threatened to stab him, then dropped him off at the park.', ['go_threats_violence child']],
    ['He was attacked by the olders and then dropped off at A&E.', ['go_threats_violence child']],
    ['His front door was kicked in and the family now face eviction.', ['fa_unsuitable_accommodation child', 'go_threats_violence child']],
    ['Coach: he was threatened with being dropped for being late again.', []],
  ]);
});

describe('5: rg_status_rewards, ordinary roles', () => {
  gives('review 25D', [
    ['Says he feels important now the gang give him work.', ['rg_status_rewards child']],
    ['He feels respected by the olders and has stopped going to class.', ['rg_status_rewards child']],
    ['He feels respected by the younger players he coaches.', []],
  ]);
});

describe('6: ep_injuries_assault, sport vetoes', () => {
  gives('review 25D', [
    ['Bruising to her face and knee noted after she came back from missing.', ['ep_injuries_assault child']],
    ['Bruises on his ankle and wrists seen after the weekend away with the men.', ['ep_injuries_assault child']],
    ["She had a bruise on her knee and one on her face she wouldn't explain.", ['ep_injuries_assault child']],
    ['Injuries to her knee and groin seen after the assault.', ['ep_injuries_assault child']],
    ['Coach: forced to miss the race with a hamstring injury.', []],
  ]);
});

describe('7: te_live_streaming, public-stream vetoes', () => {
  gives('review 25D', [
    ['He was made to live stream sexual acts in a game chat.', ['te_live_streaming child']],
    ['She was live streaming in her room to men while her class thought she was ill.', ['te_live_streaming child']],
    ['The men made her live stream on TikTok, the news said police were investigating.', ['te_live_streaming child']],
    ['The class watched a live stream of the rocket launch.', []],
    ['The school made a live stream of the Christmas assembly for parents.', []],
  ]);
});

describe("8: am_missing 'been missing', missed-session vetoes", () => {
  gives('review 25D', [
    ['She has been missing after her appointments at the clinic yesterday.', ['am_missing child']],
    ['He has been missing since his sessions at the youth club on Tuesday.', ['am_missing child']],
    ['He has been missing training for three weeks, says the coach.', ['am_missing child']],
  ]);
});

describe('9: am_unknown_address', () => {
  gives('review 25D', [
    ['GP receptionist: no current address on file for dad.', []],
    ['Mum will not give us her address as she has fled.', []],
    ['The school holds no known address for the father.', []],
    ["The school doesn't know where she is living now.", ['am_unknown_address child']],
    ['Police do not know where he was staying.', ['am_unknown_address child']],
  ]);
});

describe('10: ep_self_harm, tablets in number', () => {
  gives('review 25D', [
    ['Nan takes 12 tablets a day for her heart.', []],
    ['Dad takes 10 tablets every morning for his diabetes.', []],
    ['She took 16 paracetamol last night and then told staff.', ['ep_self_harm child']],
  ]);
});

describe('11: te_sexual_images', () => {
  gives('review 25D', [
    ['A lesson on images of a sexual nature in PSHE.', []],
    ['Pictures of a sexual nature were found on his phone.', ['te_sexual_images child']],
  ]);
});

describe("12: ep_isolated, 'in' and 'at'", () => {
  gives('review 25D', [
    ['Staff member does not speak to anyone in Polish at work.', []],
    ["Teacher: she doesn't mix with anyone in the other class now that sets have changed.", []],
    ["She doesn't talk to anyone in class anymore.", ['ep_isolated child']],
    ["He doesn't speak to anyone at school.", ['ep_isolated child']],
  ]);
});

describe("13: ep_eating_problems, 'for'", () => {
  gives('review 25D', [
    ['Carer daily log: not eaten much for tea but had a big lunch at school.', []],
    ["Handover: hasn't eaten anything for dinner, said she had a late lunch.", []],
    ['She has not eaten properly for three days.', ['ep_eating_problems child']],
    ['He has barely eaten anything for a week.', ['ep_eating_problems child']],
  ]);
});

describe('14: am_school_absence', () => {
  gives('review 25D', [
    ['She has been absent from class for a family wedding abroad.', []],
    ['She missed 10 sessions of football this term.', ['da_not_engaging child']],
    ['The school nurse is off every Wednesday.', []],
    ['Dad is off every Monday with his back.', []],
    ['He is off school every Friday and mum says he is with his cousins.', ['am_school_absence child']],
    ['Absent every Friday since September.', ['am_school_absence child']],
  ]);
});

describe('15: da_not_disclosing', () => {
  gives('review 25D', [
    ["He won't talk to anyone about his exams.", []],
    ["He couldn't explain what had happened to the money for the trip.", []],
    ['Dad could not explain what happened to the car.', []],
    ["She won't talk to staff about what happened at the party.", ['da_not_disclosing child']],
    ['She would not say what had happened to her face.', ['da_not_disclosing child']],
  ]);
});

describe('16: da_not_engaging', () => {
  gives('review 25D', [
    ['She missed all three appointments with the dentist.', []],
    ["He doesn't work with social media for his coursework.", []],
    ['He refuses to work with his social worker.', ['da_not_engaging child']],
    ['She missed all three appointments with her YOT worker.', ['da_not_engaging child']],
  ]);
});

describe('17: am_staying_out_late, arrivals in the small hours', () => {
  gives('review 25D', [
    ['Hotel night manager: the guests arrived after midnight.', []],
    ['She returned at 3am and would not say where she had been.', ['am_staying_out_late child']],
  ]);
});

describe('18: go_carrying_weapons_money, a knife found', () => {
  gives('review 25D', [
    ["Police searched the house and found a knife in dad's jacket.", []],
    ['Staff searched her bag and found a knife.', ['go_carrying_weapons_money child']],
  ]);
});

describe('19: te_worrying_calls', () => {
  gives('review 25D', [
    ['Pharmacy: she kept getting calls from the GP surgery and seemed worried about her results.', []],
    ['He keeps getting messages from the school about detention and seems worried.', []],
    ['He kept getting calls at school and seemed scared.', ['te_worrying_calls child']],
    ['He kept getting calls and seemed scared, he left soon after.', ['te_worrying_calls child']],
  ]);
});

describe('20: go_threats_violence, threats in contractions and slang', () => {
  gives('review 25D', [
    ["Mum said she'll kill him if he misses school again.", []],
    ["Dad joked he'd kill him if he scratched the car.", []],
    ["Coach: he'll smash them in the final.", []],
    ['Mum is going to do him in if he is late again, she joked.', []],
    ["She said they'll kill her if she tells.", ['go_threats_violence child']],
    ["Mum said they'll hurt him if he doesn't pay.", ['go_threats_violence child']],
  ]);
});

describe('21: rg_bank_account_used', () => {
  gives('review 25D', [
    ["Nan lets money go through her account for her grandson's rent.", []],
    ['He was told to let money go through his account by the olders.', ['rg_bank_account_used child']],
  ]);
});

describe('22: ep_low_mood', () => {
  gives('review 25D', [
    ['Appeared flat at the dentist after the anaesthetic.', []],
    ['The river was very low today on the walk.', []],
    ['Carer daily log: very low today, cried at tea.', ['ep_low_mood child']],
    ['She appeared withdrawn and flat at the appointment.', ['ep_low_mood child']],
  ]);
});

describe('23: rg_unexplained_money, flashing cash', () => {
  gives('review 25D', [
    ['She is always flashing cash from her job at the cafe.', []],
    ["He is always flashing cash and won't say where it comes from.", ['rg_unexplained_money child']],
  ]);
});

describe('24: go_carrying_drugs, bags between flats', () => {
  gives('review 25D', [
    ["Moving bags between flats for his uncle's shop.", ['am_moved_by_others child']],
    ['He is dropping packages around flats for older boys.', ['go_carrying_drugs child']],
  ]);
});

describe('25: ep_low_self_esteem', () => {
  gives('review 25D', [
    ['Carer daily log: she had little confidence in the maths test.', []],
    ['Coach: little confidence in his left foot yet.', []],
    ['She has no confidence in the police since the last report.', []],
    ['Mum has no confidence in the school after the complaint.', []],
    ['She has very little confidence.', ['ep_low_self_esteem child']],
    ['She has no confidence in herself.', ['ep_low_self_esteem child']],
  ]);
});

describe('26: go_cuckooing, coming and going', () => {
  gives('review 25D', [
    ['Shop security: customers coming and going late at night.', []],
    ['Visitors coming and going at the care home at all hours.', []],
    ['Lots of people coming and going from the flat at night.', ['go_cuckooing child']],
  ]);
});

describe('27: ad_substances_given', () => {
  gives('review 25D', [
    ['Sweets and drinks were given out to the kids at the youth club.', []],
    ['Alcohol was handed to the girls by the older men at the flat.', ['ad_substances_given child']],
  ]);
});

describe('28: fa_living_with_unrelated_adults', () => {
  gives('review 25D', [
    ['Staying with a family she met on holiday for the week as arranged by mum.', []],
    ['Lives with a couple she met through a friend.', ['fa_living_with_unrelated_adults child']],
  ]);
});

describe('29: fa_unaccompanied_migrant, travelled with a man not a parent', () => {
  gives('review 25D', [
    ['Came to the UK with a man who is not her father.', ['fa_unaccompanied_migrant child']],
    ['He travelled with a man who was not his brother, police at Dover said.', ['fa_unaccompanied_migrant child']],
  ]);
});

describe("30: ep_self_harm, taking one's own life", () => {
  gives('review 25D', [
    ['She is trying to take her life back after everything that happened.', []],
    ['He wants to take his life in a new direction with the apprenticeship.', []],
    ['She tried to take her own life last night.', ['ep_self_harm child']],
  ]);
});

describe('31: da_coached_account, told what to say', () => {
  gives('review 25D', [
    ['She was told by the receptionist what to write on the form.', []],
    ['He was told by the nurse what to say to the GP about his asthma.', []],
    ['Told by the older boys what to say to the police.', ['da_coached_account child']],
  ]);
});

describe('32: fa_family_breakdown, a parent who left', () => {
  gives('review 25D', [
    ['Dad left after the argument and came back an hour later.', []],
    ['Mum left before we arrived for the visit.', []],
    ['Dad left when she was four and has not been in touch.', ['fa_family_breakdown child historical']],
    ['Mum left home when Dad started drinking.', ['fa_family_breakdown child', 'fa_parental_substance_misuse other']],
  ]);
});

describe('33: am_missing, not come back since', () => {
  gives('review 25D', [
    ["Coach: she hasn't been back since her injury in March.", ['ep_injuries_assault child negated']],
    ["He hasn't been home since Friday and his phone is off.", ['am_missing child']],
  ]);
});

describe('34: te_worrying_calls, leaving after a call', () => {
  gives('review 25D', [
    ['He gets a call and leaves for training.', []],
    ['He gets a call and leaves the house straight away.', ['te_worrying_calls child']],
  ]);
});

describe('35: fa_no_trusted_adult', () => {
  gives('review 25D', [
    ['There was no adult to go with him on the trip.', []],
    ['No adult to go with her to the appointment, so it was rearranged.', []],
    ['She says there is no adult to go to for help.', ['fa_no_trusted_adult child']],
  ]);
});

describe('36: rg_unpaid_work, not paid', () => {
  gives('review 25D', [
    ["Carer daily log: staff didn't get paid overtime for the shift.", []],
    ['He works at the car wash and never gets paid, the men give him food.', ['rg_unpaid_work child']],
  ]);
});

describe('37: round-25 hard negatives (indicators-round25.test.ts) that the probe-25 entries flagged', () => {
  gives('review 25D', [
    ['He missed all his dentist appointments last term.', []],
    ['He was sleeping in the car on the way back from Wales.', []],
    ['She slept in the car while dad drove.', []],
    ['He spends his evenings with the men at the garage where he has a paid apprenticeship.', []],
    ['The team has changed completely this season, says the coach.', []],
    ['She is on the alcohol problems awareness course at college.', []],
    ['No drink problem in the family, says mum.', []],
    ['He cannot talk about what happened because of his speech and language difficulty; an interpreter is booked.', []],
    ['He is staying with a family he met at church for the school holidays, arranged by his parents.', []],
    ['She must answer the phone within three rings at the salon on Saturdays.', []],
    ['The caretaker is absent every Friday on a course.', []],
    ['Her dad had a drink problem.', ['fa_parental_substance_misuse other']],
    ['He must answer the phone within a minute or they hurt him.', ['te_location_tracked child']],
  ]);
});

describe('38: ep_eating_problems, sick after meals', () => {
  gives('review 25D', [
    ['She was sick after eating prawns at the party; she has a shellfish allergy.', []],
    ['He was throwing up after meals with food poisoning.', []],
    ['She is throwing up after meals and has lost a lot of weight.', ['ep_eating_problems child']],
  ]);
});

describe('39: go_cuckooing, visits to a flat', () => {
  gives('review 25D', [
    ['Police visiting the flat late at night for welfare checks.', []],
    ['Neighbours report police visiting the flat at all hours.', []],
    ['Neighbours report men visiting the flat at all hours; police have been told.', ['go_cuckooing child']],
  ]);
});

describe("40: rg_unexplained_gifts, won't say who paid or gave", () => {
  gives('review 25D', [
    ["He won't say who got hurt in the fight at school.", []],
    ["She won't tell staff who gave her the note in class.", ['da_not_disclosing child']],
    ["He won't say who bought him the new trainers.", ['rg_unexplained_gifts child']],
  ]);
});

describe('41: am_staying_out_late, arrivals of staff and services', () => {
  gives('review 25D', [
    ['The day staff arrived at 6am for handover.', []],
    ['The taxi arrived at 2am to take mum to the refuge.', ['fa_domestic_abuse other']],
    ['She returned at 3am in a taxi paid for by a man.', ['am_staying_out_late child', 'rg_unexplained_money child']],
  ]);
});

describe('42: rg_bank_account_used, a bank card brought', () => {
  gives('review 25D', [
    ['She was asked to bring her bank card to college for the bursary payment.', []],
    ["He is lending his mate's bank card to the olders.", ['rg_bank_account_used child']],
  ]);
});

describe('43: da_not_disclosing, the phone kept from the police', () => {
  gives('review 25D', [
    ['Mum refused to let the police see her phone.', []],
    ['She refused to let officers see her phone.', ['da_not_disclosing child']],
  ]);
});

describe('44: am_school_absence, days or lessons missed', () => {
  gives('review 25D', [
    ['He missed 20 lessons of PE because of his injury.', []],
    ['He has missed 8 days this term.', ['am_school_absence child']],
  ]);
});
