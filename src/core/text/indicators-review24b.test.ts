// Regressions review rev-probe-1 found in the indicator probe of round 24 (2026-12-01, snapshot 57b6223): each false
// alarm and lost finding it listed, with the expected result, and the wording the narrowed entries must still find.
// Every sentence is also run through the reference implementation, which must mirror the rules.
import { describe, expect, it } from 'vitest';
import {
  codesOf as codes,
  flagRows as find,
  givesExactly as exactly,
  givesFlags as gives,
  lacksCode as falseAlarms,
} from '../../../test/fixtures/text-checks.ts';

describe('rg_unpaid_work: not volunteering or work experience', () => {
  exactly('volunteering and placements', [
    ['She is volunteering at the charity shop for no wages as part of her Duke of Edinburgh award.', []],
    ['He did a week of work experience at the garage for no wage, arranged by school.', []],
    ['He volunteers at the food bank for no wage.', []],
    ['She did a two-week placement at the salon for no wages.', []],
  ]);
  gives('work for no wages', [['She worked in a nail bar six days a week for no wages.', 'rg_unpaid_work', 'child', false, false, false]]);
});

describe('go_unknown_adults_collect (probe 24 entry): not a mentor, an instructor, paramedics or a lift after a shift', () => {
  exactly('arranged or ordinary', [
    ['The mentor rang to say he would come to collect him at 4pm for football.', []],
    ['The driving instructor rang and asked her to come out to his car for the lesson.', []],
    ['The paramedics came at 2am to take him off to A&E after the seizure.', []],
    ['She finished her shift at midnight and the taxi driver dropped her back at the hostel.', []],
    ['The coach rang to say he would come to collect him at 4pm for training.', []],
    ['She finished her shift and her manager dropped her back at the hostel.', []],
  ]);
  gives('unknown adults still', [
    ['An older man rang the home asking for Lily to come out to his car.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['A man rang the home at midnight asking her to come out to his car.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Different cars with older men turn up to collect her from the home late at night.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['A man in a car came at 2am to take her away.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['The taxi driver dropped her back at the flat at 3am.', 'go_unknown_adults_collect', 'child', false, false, false],
  ]);
});

describe('ARRANGED_TRAVEL_CUES: a carer who signs the child out, books or asks someone, or confirms who the driver is', () => {
  exactly('carer-arranged travel', [
    ['Her foster carer signed him out of school at lunchtime for his contact session.', ['fa_in_care']],
    ['Her carer signed her out of school early because she was unwell.', []],
    ["She got into a car with an older man, who her foster carer later confirmed is the carer's brother.", ['fa_in_care']],
    ['Her carer signed her out of school for a dentist appointment.', []],
    ['Her carer asked a taxi driver to pick her up from school.', []],
  ]);
  // Expected "no finding"; the go_older_friends finding about another person ("older man", after the carer as
  // subject) was there on the base too, so only the collection sign is checked here.
  falseAlarms('a neighbour the carer asked', 'go_unknown_adults_collect', ['Her carer asked a neighbour, an older man she knows, to pick her up from school.']);
  gives('a carer who reports, asks the child or confirms what happened does not veto', [
    ['Carers report that a man in a car beeps outside and she runs out.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Her carer asked about the older man who picked her up from school.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Carers asked her who the older man was who picked her up from school.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Carers confirmed she got into a car with an older man they do not know.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['An older man asked a friend of hers to pick her up from school.', 'go_unknown_adults_collect', 'child', false, false, false],
  ]);
});

describe("go_unknown_adults_collect lifts: the child's team vetoes, a tournament or a professional team does not", () => {
  gives('lifts from older men', [
    ['Older men have been giving her lifts to a tournament in Leeds that no one can confirm.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['The older men at the gym gave her a lift home and the team have asked about them.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Older men from the gym gave her a lift to the tournament.', 'go_unknown_adults_collect', 'child', false, false, false],
  ]);
  falseAlarms('the team', 'go_unknown_adults_collect', [
    'The older girls from the netball team gave her a lift to the tournament.',
    'An older man from her team gave her a lift home.',
  ]);
});

describe('da_inconsistent_accounts: not feelings or wishes; a sign inside the question keeps its finding', () => {
  exactly('feelings and wishes', [
    ['Her account of how she is feeling has changed a lot since she started therapy.', []],
    ['His account of what he wants from contact has changed since the last review.', []],
    ['His account of how he feels about school has changed.', []],
  ]);
  it('Her story of why she ran away has changed: the missing episode and the changed account', () => {
    expect(find('Her story of why she ran away has changed: she now says the men told her to.')).toEqual([
      ['da_inconsistent_accounts', 'child', false, false, false],
      ['am_missing', 'child', false, false, false],
    ]);
  });
  gives('changed accounts', [
    ['Her account of where she had been changed three times.', 'da_inconsistent_accounts', 'child', false, false, false],
    ['His account of who he was with has changed twice.', 'da_inconsistent_accounts', 'child', false, false, false],
    ['Her account of how she got the injury has changed several times.', 'da_inconsistent_accounts', 'child', false, false, false],
    ['Her explanation of why she had £200 changed when police asked.', 'da_inconsistent_accounts', 'child', false, false, false],
  ]);
});

describe('sh_many_partners: not "people" on a ward or at college', () => {
  exactly('people', [
    ['He has been with lots of people his own age at college since the move.', []],
    ['She has been with many people on the ward; she says the nurses are kind.', []],
    ['She has been with many people at the youth club.', []],
  ]);
  gives('men, lads', [
    ['She has been with several men this year.', 'sh_many_partners', 'child', false, false, false],
    ['She says she has been with lots of lads from the park.', 'sh_many_partners', 'child', false, false, false],
  ]);
});

describe('am_school_absence as a count: not sessions with a service or a club', () => {
  exactly('services and clubs', [
    ['She has only attended two of her last six sessions with the counsellor.', []],
    ['He has only attended 2 of the last 6 weeks of football training.', []],
    ['She has only attended 2 of the last 8 sessions with her youth worker.', []],
  ]);
  gives('school attendance', [
    ['He has only attended 3 of the last 10 days.', 'am_school_absence', 'child', false, false, false],
    ['She has only attended 4 of her last 20 sessions at school.', 'am_school_absence', 'child', false, false, false],
  ]);
});

describe('rg_sex_exchange: named men, not "them" alone; not a drug debt', () => {
  exactly('pocket money, a phone, a debt', [
    ['She gets pocket money from them for doing things like walking the dog.', []],
    ['He was told off by them for doing stuff on his phone after bedtime.', []],
    ['He had to do things for them to pay off the debt, which meant carrying packages to Hull.', ['rg_debt_bondage']],
  ]);
  falseAlarms('selling drugs', 'rg_sex_exchange', ['He had to do things for them to pay off his debt by selling drugs.']);
  gives('things for the men', [
    ['She gets vapes and weed from the men for doing things.', 'rg_sex_exchange', 'child', false, false, false],
    ['She gets vapes from them for doing stuff with the older lads.', 'rg_sex_exchange', 'child', false, false, false],
    ['She had to do stuff with the men to get cigarettes and a place to sleep.', 'rg_sex_exchange', 'child', false, false, false],
    ['She does things for the men to pay for her phone.', 'rg_sex_exchange', 'child', false, false, false],
  ]);
});

describe('go_internal_concealment: goods kept internally, not feelings', () => {
  exactly('feelings', [
    ['He has always kept things internally; CAMHS is helping him to talk.', []],
    ['She tends to hold things internally and has held things internally since her nan died.', []],
  ]);
  gives('goods', [
    ['He denied carrying anything internally.', 'go_internal_concealment', 'child', true, false, false],
    ['Police believe he has kept drugs internally.', 'go_internal_concealment', 'child', false, false, false],
    ['She kept packages internally on the train.', 'go_internal_concealment', 'child', false, false, false],
  ]);
});

describe('am_found_out_of_area tickets: not a placement, an expedition or a course', () => {
  exactly('planned travel', [
    ['Staff found train tickets to Birmingham for her work experience placement.', []],
    ['Train tickets to York were in his bag for his DofE expedition.', []],
    ['Train tickets to Leeds were in his bag for his college course.', []],
  ]);
  gives('tickets found', [
    ['Train tickets to Bournemouth and Weymouth were found in his room.', 'am_found_out_of_area', 'child', false, false, false],
    ['Staff found train tickets to Crewe in her coat pocket.', 'am_found_out_of_area', 'child', false, false, false],
  ]);
});

describe('da_documents_held: not bail, a protection order or a solicitor', () => {
  exactly('legal holds', [
    ['Police will hold his passport as a bail condition.', []],
    ['The FGM protection order requires police to hold her passport until the hearing.', []],
    ['The solicitor will keep his documents for the asylum appeal.', []],
    ['The court ordered police to hold his passport.', []],
  ]);
  gives('the people who brought the child', [
    ['The people who brought him keep his passport.', 'da_documents_held', 'child', false, false, false],
    ['The men who brought her here hold her documents.', 'da_documents_held', 'child', false, false, false],
  ]);
});

describe('te_live_streaming: not a school event', () => {
  exactly('school events', [
    ['The school play was streamed to people at home who could not attend.', []],
    ['The assembly was streamed to parents at home.', []],
  ]);
  gives('streamed to men', [
    ['Her videos were streamed to men overseas.', 'te_live_streaming', 'child', false, false, false],
    ['The video was streamed to people online for money.', 'te_live_streaming', 'child', false, false, false],
  ]);
});

describe('te_meeting_online_contacts: not a professional first met in person', () => {
  exactly('professionals', [
    ['He finally met his tutor whom he had only ever spoken to online.', []],
    ['She met the counsellor, whom she had only spoken to online, at the clinic.', []],
    ['He finally met his mentor, who he had only spoken to on Teams.', []],
    ['She met her new social worker, who she had only spoken to on the phone.', []],
  ]);
  gives('someone known only online', [
    ['She went to Leeds to meet someone she had only spoken to on TikTok.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['He met a man who he had only ever spoken to online.', 'te_meeting_online_contacts', 'child', false, false, false],
  ]);
});

describe('te_worrying_calls: not calls to a service', () => {
  exactly('services', [
    ['The helpline received more than 40 calls about the incident.', []],
    ['The duty desk received more than 20 calls about the missing dog.', []],
    ['The school office received more than 30 calls about the trip.', []],
    ['The police control room received over 100 calls about the fight.', []],
  ]);
  gives('calls to the child', [['She received more than 20 calls and messages from a contact saved as Z.', 'te_worrying_calls', 'child', false, false, false]]);
});

describe('rg_unexplained_gifts vouchers: not from a study, a worker, a charity or housing', () => {
  exactly('services', [
    ['The research team gave her an Amazon voucher for taking part in the study.', []],
    ['Her youth worker gave her Amazon vouchers for completing the course.', []],
    ['The charity sends her Tesco gift cards each month to help with food.', []],
    ['The housing officer gave him Argos gift vouchers for the flat.', []],
    ['Her social worker gave her a Tesco voucher for food.', []],
  ]);
  gives('gift cards from someone', [
    ['A man has been sending her Amazon gift cards.', 'rg_unexplained_gifts', 'child', false, false, false],
    ['Someone online sent her Steam codes and Robux.', 'rg_unexplained_gifts', 'child', false, false, false],
    ['The older boys bought him V-bucks and skins.', 'rg_unexplained_gifts', 'child', false, false, false],
  ]);
});

describe('te_online_offers: not shifts at a job', () => {
  exactly('work', [
    ['Her boss offered overtime on WhatsApp to cover the Saturday shift.', []],
    ['His manager offered extra shifts on WhatsApp to cover holidays.', []],
  ]);
  gives('offers through an app', [
    ['He was offered £1,000 a week on Instagram to run errands.', 'te_online_offers', 'child', false, false, false],
    ['She was offered money on Snapchat to send pictures.', 'te_online_offers', 'child', false, false, false],
  ]);
});

describe('fa_family_links_to_exploitation: a group of mums is not the men', () => {
  exactly('ordinary groups', [
    ['Mum is said to associate with the same group of mums from school.', []],
    ['Dad is said to socialise with the same group of friends from work.', []],
  ]);
  gives('the same men or group as the child', [
    ['Her brother is known to associate with the same men.', 'fa_family_links_to_exploitation', 'other', false, false, false],
    ['Her brother is known to associate with the same group as her.', 'fa_family_links_to_exploitation', 'other', false, false, false],
    ['Her older brother is known to run a line into Cumbria.', 'fa_family_links_to_exploitation', 'other', false, false, false],
  ]);
});

describe('te_sexual_images: not a sports trial', () => {
  exactly('trials', [
    ['He sent videos to the man from the football academy as part of his trial.', []],
    ['He sent videos to the scout from the club.', []],
  ]);
  gives('images to a man', [
    ['Unclear whether she has sent images to the man.', 'te_sexual_images', 'child', false, true, false],
    ['She sent pictures to the man she met online.', 'te_sexual_images', 'child', false, false, false],
  ]);
});

describe('go_drug_arrest_out_of_area: stopped with the drugs, not with a friend', () => {
  exactly('with a friend', [
    ['He was stopped by police in Leeds with his friend; he lives in Leeds and had cannabis.', ['ad_drug_use']],
    ['He was stopped by police in Leeds with his friend.', []],
  ]);
  gives('with the drugs', [
    ['He was stopped by police in Aberystwyth with 30 wraps of heroin.', 'go_drug_arrest_out_of_area', 'child', false, false, false],
    ['He was arrested in Bournemouth with a large quantity of cocaine.', 'go_drug_arrest_out_of_area', 'child', false, false, false],
  ]);
});

describe('go_cuckooing: a flat used to sell from, not to cook in', () => {
  exactly('cooking', [
    ['The family is using the flat to cook in while the kitchen is refitted.', []],
    ['They are using the flat to cook in.', []],
  ]);
  gives('selling and dealing', [
    ['The boys had been using his flat to sell from for weeks.', 'go_cuckooing', 'child', false, false, false],
    ['The men have been using her flat to deal from.', 'go_cuckooing', 'child', false, false, false],
  ]);
});

describe("fa_unaccompanied_migrant: not a trip to a relative's", () => {
  exactly('holidays', [
    ["He travelled alone by train from Dover to his aunt's in Leeds for the holidays.", []],
    ["He travelled alone to his nan's in Dover for half-term.", []],
  ]);
  gives('arrived alone', [
    ['Vietnamese boy, 15, arrived alone in a lorry at Dover.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['He travelled alone from Eritrea and arrived in the UK by boat.', 'fa_unaccompanied_migrant', 'child', false, false, false],
  ]);
});

describe('ad_substances_with_sex: only with a sexual element after waking', () => {
  // Review 24c: waking at a flat the child did not know is itself am_unknown_address.
  exactly('substances given, no sex mentioned', [
    ['He was given cannabis at the party and woke up at a flat he did not know.', ['ad_substances_given', 'am_unknown_address']],
    ['She was given alcohol and woke up in a park.', ['ad_substances_given']],
  ]);
  gives('waking with a man or naked', [
    ['She was given pills at the party and woke up with a man on top of her.', 'ad_substances_with_sex', 'child', false, false, false],
    ['She was given vodka at the flat and woke up naked.', 'ad_substances_with_sex', 'child', false, false, false],
  ]);
  it('no substances-with-sex finding without the sexual element', () => {
    expect(codes('He was given cannabis at the party and woke up at a flat he did not know.')).not.toContain('ad_substances_with_sex');
  });
});

// The fixer's own hard negatives for the probe-24 entries (not in the review).
describe('go_unknown_adults_collect (probe 24 entry): tradespeople, a bus, a delivery, a volunteer driver, housing', () => {
  exactly('ordinary visits and lifts', [
    ['The men came to fix the boiler and she went out to them with a cup of tea.', []],
    ['The bus driver beeps outside for her every morning.', []],
    ['The delivery driver beeps outside and she runs out to it.', []],
    ['The ice cream van man beeps outside and the kids run out to it.', []],
    ['Two men from the housing association came to collect her at 9am.', []],
    ['The volunteer driver came to collect him at 9pm after the youth club.', []],
    ['The taxi driver brought her back to the unit at 10pm as booked.', []],
    ['A man came to take them off to the cinema for her birthday.', []],
  ]);
  gives('a car waiting for the child', [
    ['A man in a blacked-out car beeps outside the house and she runs out to him.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['A man in a car came to collect her late at night.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['A driver has been ferrying her around to different addresses.', 'go_unknown_adults_collect', 'child', false, false, false],
  ]);
});

describe('te_sexual_images (probe 24): pictures of oneself sold as clothes or for a fundraiser', () => {
  exactly('selling clothes, fundraising', [
    ['She sells pictures of herself on Vinted, modelling the clothes she sells.', []],
    ['He sold photos of himself in his kit to raise money for the club.', []],
  ]);
  gives('pictures of herself sold', [['She sold pictures of herself on an app for money.', 'te_sexual_images', 'child', false, false, false]]);
});
