// Round 25 (2026-12-01): the wording families of fresh24 (newly a tuning set), in the plain words front-line staff use.
// For every new pattern or veto, ordinary sentences that share its words (hard negatives) sit beside the positives it
// was made for. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, givesExactly, givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('a new, dear item the child comes back or turns up with', () => {
  givesCodes('found', [
    // A new phone is te_several_phones (the framework's own wording: "a new phone that no one can account for").
    ['RHI: Jade went missing for three nights and came back with a new phone and a cut lip.', ['te_several_phones']],
    ['RHI: Jade went missing for three nights and came back with new trainers and a cut lip.', ['rg_unexplained_gifts']],
    ['School office: Keira arrived with a new iPhone that she says a man gave her.', ['rg_unexplained_gifts']],
    ['He turned up at school in new designer trainers on Monday.', ['rg_unexplained_gifts']],
    ['Carers say she came home with some expensive perfume.', ['rg_unexplained_gifts']],
    ['Night staff: returned to the unit with a new jacket at 1am.', ['rg_unexplained_gifts']],
  ]);
  lacksCode('explained, or not an item', 'rg_unexplained_gifts', [
    'She came back with a new phone her dad bought her for her birthday.',
    'He arrived with a new phone contract set up by mum.',
    'Reception: the parcel arrived with a new phone case for the office.',
    'She came back with a cut lip and would not say how.',
    'He arrived at school with new trainers from his nan for Eid.',
    'He turned up with new trainers bought with his wages from the bakery.',
  ]);
});

describe('a phone the child must always answer', () => {
  givesCodes('found', [
    ['Ricky said the olders gave him a phone he must answer day and night.', ['te_location_tracked']],
    ['He must answer the phone within a minute or they come looking for him.', ['te_location_tracked']],
    ['She has to pick up the phone whenever they ring, even in lessons.', ['te_location_tracked']],
    ['He is expected to answer his phone at any hour.', ['te_location_tracked']],
  ]);
  lacksCode('a job, a parent, or no duty', 'te_location_tracked', [
    'Reception staff must answer the phone within three rings.',
    'Night porter: must answer the phone at all hours during his shift.',
    'He did not answer the phone at the visit.',
    'GP receptionist: please answer the phone within office hours.',
    'She has to pick up her phone from the office at the end of the day.',
  ]);
});

describe('leaving as soon as a call comes', () => {
  givesCodes('found', [
    ['He gets a call and leaves the house straight away most evenings.', ['te_worrying_calls']],
    ['Taxi marshal: she got a text and then ran off towards the station.', ['te_worrying_calls']],
    ['He received a call and went out without a word.', ['te_worrying_calls']],
  ]);
  lacksCode('an ordinary call', 'te_worrying_calls', [
    'Mum got a call and left work early to collect him.',
    'He gets a call from his manager and leaves for his shift.',
    'She got a text from school and went to the appointment.',
    'Dad received a call and went to pick her up from training.',
  ]);
});

describe('going back to the exploiters whenever they call', () => {
  givesCodes('found', [
    ['He goes when they call, however late it is, and comes back shaking.', ['da_controlled_return']],
    ['Staff worry that if the men ring, she will go back to them despite the safety plan.', ['da_controlled_return']],
    ['In 2023 she kept returning to the house in Keighley however many times the police removed her.', ['da_controlled_return']],
    ['She keeps going back to the flat where the men stay.', ['da_controlled_return']],
    ['He leaves as soon as the olders text him.', ['da_controlled_return']],
  ]);
  lacksCode('family, school or a job', 'da_controlled_return', [
    'He goes when they call him for his shift at the garage.',
    'She goes when they call her in for a shift at the cafe.',
    "She kept returning to her nan's house after school.",
    'She kept returning to the library to finish her coursework.',
    'He goes when they call his name at the clinic.',
  ]);
  givesFlags('the past stays the past', [
    ['In 2023 she kept returning to the house in Keighley however many times the police removed her.', 'da_controlled_return', 'child', false, false, true],
  ]);
});

describe('a pattern of absence from school', () => {
  givesCodes('found', [
    ['DSL log: she has been absent every Friday since half term.', ['am_school_absence']],
    ['Year 10 pupil Jaylen has missed the last two mornings.', ['am_school_absence']],
    ['Attendance officer: absent on Mondays and leaving at lunch.', ['am_school_absence']],
    ['School: he has missed the past three afternoons without explanation.', ['am_school_absence']],
  ]);
  lacksCode('one explained absence, or not school', 'am_school_absence', [
    'School: Jack was absent on Monday with tonsillitis and mum phoned in.',
    'Year 9 pupil missed the last two days with flu; mum phoned in.',
    'He missed the last two mornings of training because of the bus strike.',
    'The teacher was absent every Friday this term for a course.',
    'She has missed the last three days of school after her operation.',
  ]);
});

describe('missed appointments and a worker no longer seen', () => {
  givesCodes('found', [
    ['She missed all three appointments with the sexual health nurse this month.', ['da_not_engaging']],
    ['He stopped seeing his YOT worker last year.', ['da_not_engaging']],
    ['She has stopped seeing her school nurse and will not say why.', ['da_not_engaging']],
    ['He missed both of his CAMHS appointments.', ['da_not_engaging']],
  ]);
  lacksCode('an explained stop or miss', 'da_not_engaging', [
    'She missed all three appointments because she was in hospital.',
    'He missed all his dentist appointments last term.',
    'He stopped seeing his youth worker when the project closed.',
    'She stopped seeing her counsellor when the sessions ended as planned.',
  ]);
});

describe('protection and belonging offered by the group', () => {
  givesCodes('found', [
    ['He may be staying with the group because it makes him feel protected.', ['rg_status_rewards']],
    ['He was told he was family by the older boys as long as he did what they said.', ['rg_status_rewards']],
    ['The olders make him feel untouchable on the estate.', ['rg_status_rewards']],
  ]);
  lacksCode('family, staff or a club', 'rg_status_rewards', [
    'Her foster carers make her feel protected and she is settled.',
    'The youth group makes him feel protected, says his mentor.',
    'He was told he was family by his aunt when he moved in.',
    'The team makes him feel respected, says his coach.',
    'The carers told her she is part of the family now.',
  ]);
});

describe('the adult arrested, not the child', () => {
  lacksCode('the adult found with the child', 'go_arrests', [
    'Police: Rosie, 13, found in a parked car with a 44-year-old man at the services, and the man was arrested.',
    'MFH Lacey found in a flat with three adult men in Burnley, and all three were arrested.',
    'The driver was arrested at the scene and Jade was taken home.',
    'Both men were later arrested and she was taken to the SARC.',
  ]);
  givesCodes('the child arrested', [
    ['He was arrested with two adult men in a car in Leeds.', ['go_arrests']],
    ['She was arrested for shoplifting, and the man was not.', ['go_arrests']],
    ['Jake was arrested last night for robbery.', ['go_arrests']],
    ['Arrested for possession; released under investigation.', ['go_arrests']],
    ['He and his friend were arrested on Saturday.', ['go_arrests']],
  ]);
});

describe('brought to the UK by an adult who is not a parent', () => {
  givesCodes('found', [
    ['Linh came to the UK with a man who is not her father, and the man has since disappeared.', ['fa_unaccompanied_migrant']],
    ['Thanh arrived in a lorry with adults who were not his family.', ['fa_unaccompanied_migrant']],
    ['She travelled to England with a woman who is not her mother.', ['fa_unaccompanied_migrant']],
  ]);
  lacksCode('with a parent, or an adult arriving', 'fa_unaccompanied_migrant', [
    'He came to the UK with his father in 2019.',
    'She arrived with a man who is her uncle, and the relationship is confirmed.',
    'The new teacher came to the school with adults who were not trained.',
  ]);
});

describe('living with adults who are not family', () => {
  givesCodes('found', [
    ['Ravi lives with a man he calls his uncle, who is not related to him.', ['fa_living_with_unrelated_adults']],
    ['Housing: Ellie, 15, is living with a couple she met through a friend in Luton.', ['fa_living_with_unrelated_adults']],
    ['He is staying with a family he met online.', ['fa_living_with_unrelated_adults']],
  ]);
  lacksCode('the adult is the subject or family', 'fa_living_with_unrelated_adults', [
    'He lives with his mum and a man he calls his uncle is a family friend who visits.',
  ]);
});

describe('a named learning disability', () => {
  givesCodes('found', [["Sami has Down's syndrome, and men at the park ask him to hold bags.", ['ep_learning_disability']]]);
});

describe('round 25 regressions caught by older tests', () => {
  lacksCode('a relative who lives with someone', 'fa_living_with_unrelated_adults', [
    'Mum is living with a man she met online.',
    'Her sister has been living with a couple she met through work.',
  ]);
  lacksCode('an ordinary evening', 'te_worrying_calls', ['She got a text and went to bed.', 'He got a call and went upstairs to do his homework.']);
});

describe('round 25 batch 2: the adults who collect', () => {
  givesCodes('found', [
    ['No unknown adults have been seen at the school gates since the CAWN was served.', ['go_unknown_adults_collect']],
    ['Ruby left site at lunchtime and was seen getting into a grey car on Church Road.', ['go_unknown_adults_collect']],
    ['Reported missing after a man in a black Audi collected her from the shop.', ['go_unknown_adults_collect']],
    ['School office: a man staff did not know tried to collect Aisha and said he was her cousin.', ['go_unknown_adults_collect']],
    ['Taxi marshal: an unfamiliar man was waiting for her at the rank.', ['go_unknown_adults_collect']],
  ]);
  lacksCode('family, staff, a known lift or no collecting', 'go_unknown_adults_collect', [
    'She got into a car with her mum after school.',
    'She got into a silver car for her driving lesson with the instructor.',
    'An unknown man called the school office asking for the head.',
    'Dad tried to collect her early for the dentist.',
    'Pharmacy: an unknown man phoned about a prescription.',
    'A man in a white van collected the parcels from reception.',
  ]);
});

describe('round 25 batch 2: accounts, addresses and withdrawal', () => {
  givesCodes('found', [
    ['YOT: his story about the journey did not add up, and he looked frightened when asked.', ['da_inconsistent_accounts']],
    ['Her accounts changed each time she was asked.', ['da_inconsistent_accounts']],
    ['RHI: Tia did not know which street the flat in Bradford was on.', ['am_unknown_address']],
    ['In 2024 she took back her account of the assault after her brother was threatened.', ['da_disclosure_withdrawn']],
  ]);
  lacksCode('figures, plans and directions', 'da_inconsistent_accounts', [
    'The figures in the budget did not add up, says the housing officer.',
    'The rota changes every time the manager is asked.',
  ]);
  lacksCode('a route, not an address', 'am_unknown_address', ['He did not know which road the bus goes down to college.']);
  lacksCode('a thing taken back', 'da_disclosure_withdrawn', ['The shop took back the faulty phone and refunded mum.']);
});

describe('round 25 batch 2: home, work and the body', () => {
  givesCodes('found', [
    ["Housing: the 17-year-old's flat has been taken over, and he is sleeping in his car on the retail park.", ['fa_unsuitable_accommodation']],
    ['Maisie was befriended by an older man at the bus stop.', ['go_older_friends']],
    ['Carers say he spends his evenings with the men at the garage.', ['go_older_friends']],
    ['Before coming to the UK she worked as a maid for a family in Lagos.', ['fa_domestic_servitude']],
    ["Thu looks after the family's three children all day, and she is not related to them.", ['fa_domestic_servitude']],
    ['The scan found no internal packages, and he was discharged.', ['go_internal_concealment']],
    ['Her earnings are taken from her by the woman who runs the salon.', ['rg_unpaid_work']],
    ['The men only give her the spice if she does what they say.', ['ad_supply_controlled']],
    ['Neighbours reported a group of men visiting the flat at all hours.', ['go_cuckooing']],
    ['Ricky said the olders gave him a moped.', ['rg_unexplained_gifts']],
    ['Carer: Ruby has started dressing differently and stopped laughing.', ['ep_change_in_behaviour']],
    ['Night log 02:15: Shay came back crying and shaking.', ['ep_change_in_behaviour']],
  ]);
  lacksCode('a trip in the car', 'fa_unsuitable_accommodation', [
    'He was sleeping in the car on the way back from Wales.',
    'She slept in the car while dad drove.',
  ]);
  lacksCode('a scheme, a job or family', 'go_older_friends', [
    'He spends his evenings with the men at the garage where he has a paid apprenticeship.',
    'She spends her weekends with the older girls in the netball team.',
  ]);
  lacksCode('an ordinary job', 'fa_domestic_servitude', ['Mum looks after the family’s children all day while dad works.']);
  lacksCode('deductions or family', 'rg_unpaid_work', [
    'Tax and national insurance are taken from his wages.',
    'His wages are kept by mum in a savings account for college.',
  ]);
  lacksCode('care workers at the door', 'go_cuckooing', ['Carers visiting the flat at all hours for her nan, says the housing officer.']);
  lacksCode('a moped from family', 'rg_unexplained_gifts', ['Dad bought him a moped for his 16th birthday.']);
  lacksCode('a play or a jab', 'ep_change_in_behaviour', [
    'She was dressed differently for the school play.',
    'He was crying and shaking after his jab at the clinic.',
  ]);
});

describe('round 25 batch 2: narrowed false alarms', () => {
  lacksCode('location sharing agreed or off', 'te_location_tracked', [
    "The carers have set up location sharing on Jayden's phone with his agreement, so that they can pick him up after football.",
    'Her location sharing is turned off.',
  ]);
  givesCodes('tracking by the men stays', [['The men track her location on Snap Map.', ['te_location_tracked']]]);
  lacksCode('phones he repairs', 'te_several_phones', ['Mo has three phones because he repairs them for friends as a hobby.']);
  givesCodes('several phones unexplained', [['Mo has three phones and will not say why.', ['te_several_phones']]]);
  lacksCode('a thing missing', 'am_missing', ["Police returned the lost wallet to Jake's dad, and nothing was missing from it."]);
  lacksCode('a test result, not a child found', 'am_found_with_adults', [
    'CSE screening at the clinic found Chlamydia, and Poppy said she has had sex with three men in a week.',
  ]);
  givesCodes('a child found with adults', [['Police found her at 2am in a flat with three adult men.', ['am_found_with_adults']]]);
});

describe('round 25 batch 2: regressions caught by older tests', () => {
  lacksCode('a man in a car who collects goods, or an arranged lift', 'go_unknown_adults_collect', [
    'A man in a council taxi collects Keeley for school as arranged.',
    'Unknown men were seen picking apples in the orchard behind the school.',
    "A man in a car collects Kai's laptop for repair.",
  ]);
});

describe('round 25 batch 3', () => {
  givesCodes('found', [
    ['Youth worker: Callum only gets his weed from the older lads, who decide when he has it.', ['ad_supply_controlled']],
    ['Police: Tomasz, 15, cannot say where the house was or how long he was there.', ['am_unknown_address']],
    ['She could not remember where the flat was.', ['am_unknown_address']],
    ['Form tutor: Chloe no longer sees any friends her own age and spends breaks alone.', ['ep_isolated']],
    ['Dentist: Max, 9, has untreated decay in every tooth.', ['fa_neglect']],
    ['School nurse: untreated head lice for the third term running.', ['fa_neglect']],
    ['SARC referral: unclear whether more than one man had sex with her at the house.', ['sh_many_partners']],
    ['CSE screening found Chlamydia, and Poppy said she has had sex with three men in a week.', ['sh_many_partners']],
    ['Sports coach: Jacob, 13, has changed completely and stopped coming to training.', ['ep_change_in_behaviour']],
    ['Youth worker: Ashton hangs around with lads in their twenties at the car wash.', ['go_older_friends']],
  ]);
  lacksCode('medicine, parents or a count of lessons', 'ad_supply_controlled', [
    'The nurse decides when he has his medication.',
    'Mum decides whether she can have a drink at the wedding.',
  ]);
  lacksCode('a move or a holiday', 'ep_isolated', ['She no longer meets any friends after school because the family moved to Leeds.']);
  lacksCode('the treated or the ordinary', 'fa_neglect', ['The GP treated the infection and she is well.']);
  lacksCode('more than one of something else', 'sh_many_partners', [
    'More than one man was at the door when police arrived.',
    'The sexual health clinic has more than one nurse on duty.',
  ]);
  lacksCode('a plan or a team that changed', 'ep_change_in_behaviour', [
    'The timetable has changed completely this term.',
    'The team has changed completely this season, says the coach.',
  ]);
  lacksCode('older boys who did something else', 'go_older_friends', [
    'YOT: Malik was beaten up with a bat in 2022 by older boys.',
    'He was told he was family by the older boys as long as he did what they said.',
  ]);
  givesCodes('older boys as friends stay', [['He hangs around with older boys at the park every night.', ['go_older_friends']]]);
  lacksCode('one partner', 'sh_sexual_activity', ['CSE screening found Chlamydia, and Poppy said she has had sex with three men in a week.']);
  givesCodes('one partner stays', [['She said she has had sex with a man she met online.', ['sh_sexual_activity']]]);
});

describe('round 25 batch 4: front-line wording (reception, housing, coaches)', () => {
  givesCodes('found', [
    ['Receptionist: a man we did not recognise came to pick her up at 3pm.', ['go_unknown_adults_collect']],
    ['School office: an older lad waits for her at the gate every day in a car.', ['go_unknown_adults_collect']],
    ['Station staff: she was with an older man who would not let her talk.', ['da_coached_account']],
    ['GP reception: the man with her would not let her answer any questions.', ['da_coached_account']],
    ['Housing officer: lots of visitors at all hours at the tenant’s flat since the summer.', ['go_cuckooing']],
    ['Neighbours say people are coming and going at all hours from the flat.', ['go_cuckooing']],
    ['Sports coach: he turns up to training with expensive new kit.', ['rg_unexplained_gifts']],
  ]);
  givesFlags('a person nobody recognised is not a negation', [
    ['Receptionist: a man we did not recognise came to pick her up at 3pm.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['A man staff did not know tried to collect Aisha and said he was her cousin.', 'go_unknown_adults_collect', 'child', false, false, false],
  ]);
  givesFlags('a real negation stays', [['No unknown man has collected her this term.', 'go_unknown_adults_collect', 'child', true, false, false]]);
  lacksCode('a parent or an escort at the gate', 'go_unknown_adults_collect', [
    'Her dad waits for her at the gate every day in his car.',
    'The taxi escort waits for him at the school gate as arranged.',
  ]);
  lacksCode('a teacher or a rule', 'da_coached_account', [
    'The teacher would not let him talk in class until he calmed down.',
    'Staff would not let her use the phone after bedtime.',
  ]);
  lacksCode('care, a shop, or the named sign', 'go_cuckooing', [
    'Carers visiting at all hours for her nan; the district nurse calls day and night too.',
    'The shop has callers day and night at the counter.',
  ]);
  lacksCode('kit from the club', 'rg_unexplained_gifts', ['He turned up to training with expensive new kit from the club.']);
});

describe('round 25 batch 5: a negative test result and what was not needed', () => {
  givesFlags('negated', [
    ['A pregnancy test at the clinic was negative, and emergency contraception was not needed this time.', 'sh_pregnancy', 'child', true, false, false],
    [
      'A pregnancy test at the clinic was negative, and emergency contraception was not needed this time.',
      'sh_emergency_contraception',
      'child',
      true,
      false,
      false,
    ],
    ['Pharmacy: emergency contraception was not required.', 'sh_emergency_contraception', 'child', true, false, false],
  ]);
  givesFlags('not negated', [
    ['A pregnancy test was done and was positive.', 'sh_pregnancy', 'child', false, false, false],
    ['Emergency contraception was given at the pharmacy and a follow-up is not needed.', 'sh_emergency_contraception', 'child', false, false, false],
    ['She is 12 weeks pregnant; her STI screen was negative.', 'sh_pregnancy', 'child', false, false, false],
  ]);
});

describe('round 25 batch 6: ConText for plain wording', () => {
  givesFlags('since a year is ongoing, not the past', [
    ['Kian has been looked after since 2022, and his placement is in Walsall.', 'fa_in_care', 'child', false, false, false],
    ['She has been self-harming since March 2024.', 'ep_self_harm', 'child', false, false, false],
  ]);
  givesFlags('a year on its own is still the past', [['She was self-harming in 2019.', 'ep_self_harm', 'child', false, false, true]]);
  givesFlags("other pupils' school year is not the child's past", [
    ['He is being bullied on WhatsApp by boys in Year 10.', 'te_online_bullying', 'child', false, false, false],
  ]);
  givesFlags("the child's own earlier school year stays the past", [['She went missing twice in Year 7.', 'am_missing', 'child', false, false, true]]);
  givesFlags('what others think does not make the sign theirs', [
    ['Neighbours think the flat may have been cuckooed, and the police are visiting tomorrow.', 'go_cuckooing', 'child', false, true, false],
  ]);
  givesFlags('a possibility with "now" inside it', [
    ['The drugs worker thinks Jake may now be dependent on the cannabis the older boys supply.', 'ad_supply_controlled', 'child', false, true, false],
  ]);
  givesFlags('"now" after a fact still ends nothing it should not', [
    ['Mum now drinks heavily.', 'fa_parental_substance_misuse', 'other', false, false, false],
  ]);
});

describe('round 25 batch 7: out most nights, and who is waiting', () => {
  givesCodes('found', [
    ['Family: mum reports he is out most nights until 2am and she does not know where he goes.', ['am_staying_out_late']],
    ['Carer: out every weekend till 3am since the summer.', ['am_staying_out_late']],
    ['An unknown man has been waiting outside the school for her.', ['go_unknown_adults_collect']],
  ]);
  lacksCode('a job or an event', 'am_staying_out_late', ['He is out most nights until midnight on shift at the bakery.']);
  lacksCode('any waiting', 'go_unknown_adults_collect', [
    'GP reception: an unknown man was waiting in the waiting room for his prescription.',
    'An unknown man was waiting for the bus at the stop.',
  ]);
});

describe('round 25 batch 8: plain wording across agencies', () => {
  givesCodes('found', [
    ['Her best friend tried to take her own life last week.', ['ep_self_harm']],
    ['She has a drink problem and is drinking most days.', ['ad_alcohol']],
    ['Dad had a drink problem before they separated in 2020.', ['fa_parental_substance_misuse']],
    ["Mum's drug problem is getting worse, says the health visitor.", ['fa_parental_substance_misuse']],
    ['Men drive the girls to hotel parties in Birmingham at weekends, according to the taxi firm.', ['go_taken_to_parties']],
    ['There is no suggestion that he was made to perform on camera.', ['te_live_streaming']],
    ['It is unclear whether money was exchanged for sex at the flat.', ['rg_sex_exchange']],
    ["Summer, 13, says she has been sleeping with her friend's uncle, who is 38.", ['sh_sexual_activity']],
    ['She denies any sexual contact since the last visit.', ['sh_sexual_activity']],
    ['It may be that he cannot talk about what happened yet.', ['da_not_disclosing']],
    ['Nina denies that anyone touched her at the party.', ['sh_sexual_assault']],
    ["Police think the man in Slough may hold the boys' ID cards.", ['da_documents_held']],
    ['Becca (15) says the father is a man of 26 she calls her boyfriend.', ['go_older_partner']],
    ['She has very little confidence and says she is ugly.', ['ep_low_self_esteem']],
    ['Before he came to Kent, he was moved around London by the people who brought him.', ['am_moved_by_others']],
    ['The bank says someone may have used her card to move money.', ['rg_bank_account_used']],
    ['She used to come home with cash when she lived in Rochdale.', ['rg_unexplained_money']],
  ]);
  givesFlags('negated', [
    ['Nina denies that anyone touched her at the party.', 'sh_sexual_assault', 'child', true, false, false],
    ['She denies any sexual contact since the last visit.', 'sh_sexual_activity', 'child', true, false, false],
  ]);
  lacksCode('a service or a lesson', 'ad_alcohol', [
    'She is on the alcohol problems awareness course at college.',
    'No drink problem in the family, says mum.',
  ]);
  lacksCode('a school run or a party with family', 'go_taken_to_parties', ['Her dad drives the girls to the party at the church hall.']);
  lacksCode('a show or a channel', 'te_live_streaming', ['She was asked to perform in front of the camera for the school drama video.']);
  lacksCode('not the child taking part in theft', 'go_forced_theft_begging', ['She was made to take part in live streaming abuse in 2023.']);
  givesCodes('made to steal stays', [['He was made to take things from shops by the olders.', ['go_forced_theft_begging']]]);
  lacksCode('protection, not touching', 'sh_sexual_assault', ['He says nobody touches him now he is with the olders.']);
  lacksCode('a school office holding passes', 'da_documents_held', ['Reception holds the boys ID cards for the trip.']);
  lacksCode('a speech difficulty', 'da_not_disclosing', [
    'He cannot talk about what happened because of his speech and language difficulty; an interpreter is booked.',
  ]);
  lacksCode('staff or furniture moved around', 'am_moved_by_others', ['The boxes were moved around the unit by the staff.']);
  lacksCode('money explained', 'rg_unexplained_money', ['He comes home with cash from his Saturday job at the bakery.']);
});

describe('round 25 batch 9: hard negatives for the new entries', () => {
  lacksCode('a name called', 'da_controlled_return', ['She goes when they call her name at the GP surgery.']);
  lacksCode('the adult arrested', 'go_arrests', ['Police arrested the man who assaulted her; the man was arrested at home.']);
  lacksCode('a stay arranged by family or church', 'fa_living_with_unrelated_adults', [
    'He is staying with a family he met at church for the school holidays, arranged by his parents.',
  ]);
  lacksCode('a letter taken back', 'da_disclosure_withdrawn', ['The council took back the statement letter and reissued it.']);
  lacksCode('a thing of hers touched', 'sh_sexual_assault', ['The dentist asked whether anyone touched her teeth before.']);
  lacksCode('a job with the phone', 'te_location_tracked', ['She must answer the phone within three rings at the salon on Saturdays.']);
  lacksCode('nothing', 'ad_supply_controlled', ['The doctor decides when she can have her medication.']);
  lacksCode('nothing', 'go_unknown_adults_collect', ['Mum got into a grey car with dad after the meeting.']);
  lacksCode('nothing', 'am_school_absence', ['The caretaker is absent every Friday on a course.']);
  lacksCode('nothing', 'da_inconsistent_accounts', ['The bill did not add up, so mum phoned the council.']);
  lacksCode('nothing', 'fa_unsuitable_accommodation', ['He slept in the car on the drive back from the holiday.']);
});

describe('round 25 batch 10: hotel rooms and drop-offs in the small hours', () => {
  givesCodes('found', [
    ['Hotel night porter: a girl who looked about 14 went up to room 12 with two men at 1am.', ['am_found_with_adults']],
    ['Hotel night manager 01:15: girl about 14 in room 7 with a man in his 40s, police called.', ['am_found_with_adults']],
    ['Residential handover: she was dropped off by a car at 4am and went straight to her room.', ['da_controlled_return']],
    ['Night staff: Jade returned at 04:00 dropped off by a car.', ['da_controlled_return']],
  ]);
  lacksCode('a meeting room, staff, or family', 'am_found_with_adults', [
    'She waited in the interview room with two police officers.',
    'The girls shared a room with their dad on holiday.',
    'Hotel: the conference room was booked with two men from the council for the meeting.',
  ]);
  lacksCode('an arranged lift or a parent', 'da_controlled_return', [
    'She was dropped off by a taxi at 1am after her shift, booked by the placement.',
    'Dropped off by a car at midnight: mum collected her from the party.',
  ]);
});

describe('round 25 batch 11: the flat used to sell drugs, bags held for the men', () => {
  givesExactly('one sign, not also the men dealing', [['Housing: his flat is being used by the men to sell drugs.', ['go_cuckooing']]]);
  givesCodes('found', [
    ['Men at the park have been asking him to hold bags for them, possibly drugs.', ['go_carrying_drugs']],
    ['The olders made him carry a package for them to Luton.', ['go_carrying_drugs']],
  ]);
  lacksCode('shopping, kit or family', 'go_carrying_drugs', [
    'Mum asked him to carry the shopping bags for the neighbours.',
    'The coach asked him to hold the kit bags for the team.',
    'Her nan asked her to mind her bags for her at the market.',
  ]);
  lacksCode('a hall hired', 'go_cuckooing', ['The church hall is used by the men to store the food bank stock.']);
});

describe('round 25 batch 12: threats to the family, drugs handed over, the same men, always going back, a debt on tick', () => {
  givesCodes('found', [
    ['SW: Marcus was told his little sister would be hurt if he talked.', ['go_threats_violence']],
    ['He was told his mum would be hurt.', ['go_threats_violence']],
    ['A&E: 14M found collapsed after taking pills given to him by older boys.', ['ad_substances_given']],
    ['The younger brother is now being collected from school by the same men.', ['go_unknown_adults_collect']],
    ['He always returns to them and does not try to get away.', ['da_controlled_return']],
    ['Residential: a taxi nobody ordered comes for Shannon most evenings.', ['go_unknown_adults_collect']],
    ['Ayo, 17, was given a bag of weed by the older lads and told he could pay it back later.', ['rg_debt_bondage']],
  ]);
  givesFlags('the threat is the child’s', [['He was told his mum would be hurt.', 'go_threats_violence', 'child', false, false, false]]);
  lacksCode('medicine given', 'ad_substances_given', ['Paracetamol was given to him by the paramedics at the scene.']);
  lacksCode('family or school', 'da_controlled_return', ['She always goes to them for help with her homework.']);
  lacksCode('a loan from a friend', 'rg_debt_bondage', ['Her mate lent her £10 for the bus and she will pay it back later.']);
  lacksCode('told of an accident', 'go_threats_violence', ['She was told her nan would be fine after the operation.']);
});

describe('round 25 batch 13: unable to talk about it', () => {
  givesCodes('found', [
    ['SARC: she is unable to talk about what happened and the worker will visit again.', ['da_not_disclosing']],
    ['He is not able to talk about what happened yet.', ['da_not_disclosing']],
  ]);
});

describe('round 25 batch 14: arriving with an adult whose tie is claimed or denied', () => {
  givesCodes('found', [
    ['Age assessment: the girl arrived with a man who said he was her uncle but could not prove any relationship.', ['fa_unaccompanied_migrant']],
    ['Border Force: Abdul arrived with a man who is not related to him.', ['fa_unaccompanied_migrant']],
  ]);
  lacksCode('a school visit, not a border', 'fa_unaccompanied_migrant', [
    'School: she arrived with a man who said he was her uncle to collect her sister.',
    'He came with a man who said he was his dad to the parents evening.',
  ]);
});
