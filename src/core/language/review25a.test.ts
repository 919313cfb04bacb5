import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 25A found in the round-25 language changes (tlang25, 2af9d3c..7a6f699, as merged at b9f8331):
// ordinary wording the new entries, patterns and cues flagged, and findings the new vetoes and criticism cues silenced.
// Each sentence is expected to give what it gave before round 25. The reference checker must agree.
const gives = (text: string, expected: readonly string[]): void => {
  expect(findings(text)).toEqual(expected);
};

describe("review 25A: consented: not 'being transported' (an ambulance)", () => {
  it.each([['She consented to being transported to A&E by ambulance after the fall.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: boss: 'staff' and 'colleague' hear the child, they are no workplace veto", () => {
  it.each([['He told my colleague that his boss will hurt him if he loses the phone.', ['adult_centred_label:boss']]] as [string, string[]][])(
    '%s -> %j',
    gives,
  );
});

describe("review 25A: clients: 'the client told her' is the adult, no clinic veto", () => {
  it.each([['The girl said the client told her to get in the car at the hotel.', ['adult_centred_label:clients']]] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: uncle_not_related: 'a man who collected her from school' is what relatives do", () => {
  it.each([
    ['She lives with her uncle, a man who collected her from school every day before the placement.', []],
    ['Hannah lives with her uncle; a man who picked her up from the station was seen by staff.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: looks_older: 'seems like a grown man' is maturity, not looks", () => {
  it.each([['He seems like a grown man when he talks about his diabetes care.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: ran_off: a service for young runaways', () => {
  it.each([
    ['We referred her to the young runaways project run by the charity.', []],
    ['The child runaways service at Railway Children offered support.', []],
    ['The teen runaway hotline took her call.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: working_for_dealers: an ordinary job under an older worker', () => {
  it.each([
    ['She worked for an older guy who runs the market stall during the holidays.', []],
    ['The guys he works for on the building site are all qualified electricians.', []],
    ['The lads he works for at the garage have given him an apprenticeship.', []],
    ['He is working under an older male mentor on the construction course.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: can_look_after_self: well enough, sensible enough, well able to manage or cope', () => {
  it.each([
    ['Since the operation she is well enough to look after herself at home.', []],
    ['He is now well enough to look after himself after the leg cast came off.', []],
    ['She is well able to deal with the demands of the course at college.', []],
    ['He is well able to handle the workload of his apprenticeship.', []],
    ['She is well able to cope with changes to her timetable.', []],
    ['Nan says she is sensible enough to look after herself for an hour after school while mum works.', []],
    ['She is confident enough to look after herself on the bus to college.', []],
    ['He is well able to manage his diabetes.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: CRITICISM_CUES: a log, the child, a parent or one girl is no writer's criticism", () => {
  it.each([
    [
      'The log shows that staff have described the boys as drug runners and Tyler is a drug runner.',
      ['criminalises_child:drug_runner', 'criminalises_child:drug_runner'],
    ],
    [
      'He has stopped referring to the men as his friends and now calls them his olders.',
      ['adult_centred_label:adults_as_friends_round22', 'adult_centred_label:olders'],
    ],
    [
      'She has stopped describing the man as her boyfriend, but she is still putting herself at risk.',
      ['adult_centred_label:boyfriend_adult', 'blames_child:putting_self_at_risk'],
    ],
    ['Police found that officers had described the girl as missing, and she is now a drug runner for the men.', ['criminalises_child:drug_runner']],
    [
      'Mum stopped referring to him as her baby when he started running drugs for the olders.',
      ['criminalises_child:drug_runner', 'adult_centred_label:olders'],
    ],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: courier_for_group and doing_drops: a courier's job or a parcel network", () => {
  it.each([
    ['She got a job as a courier for the bike network in the city centre.', []],
    ['The courier for the parcel network left the school uniform with the carer.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: bit_of_fun_round25: quizzes, games, a nuisance neighbour, a boyfriend of her own age', () => {
  it.each([
    ['Coach: the team quiz was a bit of a laugh and raised money for the club.', []],
    ['PE teacher: the dodgeball was a bit of a laugh and nobody was hurt.', []],
    ['The pantomime was a bit of a laugh and the older pupils helped.', []],
    ['The boys in the car were a bit of a nuisance in the car park, security said.', ['blames_child:nuisance']],
    ['Housing officer: the man in flat 4 is a bit of a nuisance with his music.', []],
    ['Her boyfriend, 16, is a bit jealous of her friends at college.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: happily_goes_round25, will_not_help_self_round25, hard_work_round25: relatives, health, a baby, a tenant, a task', () => {
  it.each([
    ['He eagerly jumps into the van with his uncle to go fishing.', []],
    ["She doesn't help herself by missing her inhaler.", []],
    ['The new foster carer says the baby is hard work at night.', []],
    ['The tenant is hard work and complains weekly about the boiler.', []],
    ['Getting him to school is hard work, mum says.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: adult_mate_round25, meeting_up_adult_round25, frequents_place_round25: games, study, after school, an adult's own fella", () => {
  it.each([
    ['He plays FIFA online with his mates; one of them is 19 and at university.', []],
    ['He met up with the 18-year-old apprentice from his college course to revise.', []],
    ['He frequents the arcade with his friends after school.', []],
    ['He frequents the garage where his uncle works.', []],
    ["Housing officer: the tenant's fella, who is 29, has been staying over at the flat most nights.", []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: just_hanging_out_round25, recorded_as_choice_round25, adult_content_round25: ill at home, the GP, family court, a parent's videos", () => {
  it.each([
    ['He was just chilling at home for two days with a cold, mum said.', []],
    ['She was only chilling in her room for the evening after her missing episode last week was discussed.', []],
    ['The worker accepts this as his choice not to attend the GP.', []],
    ['The court viewed it as her decision to live with her father.', []],
    ["Mum's adult videos were found by the 12-year-old on the family laptop.", []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25A: boss: the anger of an ordinary job's boss", () => {
  it.each([
    ['Her boss at Tesco was angry that she was late for her shift.', []],
    ['His boss at the chippy was angry he had not turned up.', []],
    ['His boss at the football academy said he beat the club record.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: looks_older: a kit, a prom dress, caring for siblings', () => {
  it.each([
    ['He looked like a grown man in his football kit.', []],
    ['She looks like a grown woman in her prom dress.', []],
    ['She appeared like a grown adult in how she managed her little brothers.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: agreed_to_carry_round25 (merged with agreed_to_hold_probe25): older men at a mosque, a café or a food bank; errands', () => {
  it.each([
    ['He offered to move the furniture for the older men at the mosque.', []],
    ["She offered to take the older lads' orders at the café where she works.", []],
    ['He offered to carry the bags for the older men at the food bank.', []],
    ['He offered to run errands for the older lads on the estate.', ['minimises_harm:errands_for_olders']],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: will_not_help_self_round25: ordinary conduct at school or an interview', () => {
  it.each([
    ["He doesn't help himself by being rude to teachers.", []],
    ['She did not help herself at the interview by swearing.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: bit_of_fun_round25: a car park, school photos, a staff party, a partner at work, a taxi queue', () => {
  it.each([
    ['Security: the Year 9 boys were doing a bit of silly messing in the car park.', []],
    ['Station security: the lads having a bit of a laugh by the car park barrier were moved on.', []],
    ['The school photos were a bit of a laugh and everyone pulled faces.', []],
    ['The hotel staff Christmas party was a bit of a laugh.', []],
    ['Her partner at the salon is a bit pushy about the rota.', []],
    ['Taxi marshal: the girls were having a bit of a giggle in the queue for the cars.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: happily_goes_round25 (merged with happily_goes_probe25): appointments, outings, her own or supported flat, relatives', () => {
  it.each([
    ['She happily gets in the taxi to the hospital for her appointment.', []],
    ['Care leaver: she happily went back to her own flat after the discharge from hospital.', []],
    ['He happily goes off to the dentist in the car with his grandma.', []],
    ['She happily goes into the cinema with them on Saturdays; they are her cousins.', []],
    ['She happily goes in to her supported lodgings flat each night and the host says she is settled.', []],
    ['He happily went off with them to the swimming pool; they are the family he stays with.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: hard_work_round25 and recorded_as_choice_round25: a pet, twins, a school subject, a sport', () => {
  it.each([
    ['The new puppy is hard work, she told her teacher.', []],
    ['The twins are hard work for mum at bedtime.', []],
    ['Maths is hard work for him, says the tutor.', []],
    ['The panel viewed it as his decision to leave the football academy.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: frequents_place_round25: lunch near college, friends from sixth form', () => {
  it.each([
    ['He frequents the kebab shop near college at lunch.', []],
    ['She frequents the shisha bar in town with friends from sixth form.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: just_hanging_out_round25 and meeting_up_adult_round25: the dog, a boyfriend of her age, lessons', () => {
  it.each([
    ['She was only out with the dog for ten minutes before the men arrived.', []],
    ['She was just out with her boyfriend, 15, for the evening; no concerns.', []],
    ['She meets up regularly with a 40-year-old man from the mosque for Quran lessons.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: goes_along_round25: the group at a youth club', () => {
  it.each([['She goes along with whatever the group decides at the youth club.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: consented and adult_content_round25: brought home, back or into care; material for adult life', () => {
  it.each([
    ['She consented to being brought home by police after the missing episode.', []],
    ['He consented to being brought back to the unit by the on-call worker.', []],
    ['She consented to being brought into care under section 20.', []],
    ['The 17-year-old was given adult material about budgeting by the leaving care team.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25A: what the round-25 changes rightly find, kept after the fixes', () => {
  it.each([
    ['Her 26-year-old boyfriend is a bit controlling and takes her phone.', ['adult_centred_label:boyfriend_adult', 'minimises_harm:bit_of_fun_round25']],
    ['The weekend in Blackpool was a bit of a laugh, although a 31-year-old paid for the hotel.', ['minimises_harm:bit_of_fun_round25']],
    ['School: the images were a bit of silly behaviour and the Year 8 girl was spoken to about her phone use.', ['minimises_harm:bit_of_fun_round25']],
    ["She happily went back to the older man's flat after the party.", ['implies_consent:happily_goes_round25']],
    ['He is meeting up with a 21-year-old man he met on Snapchat.', ['implies_consent:meeting_up_adult_round25']],
    ['Station security: she meets up with a 30-year-old man after college most days.', ['implies_consent:meeting_up_adult_round25']],
    ['She is hard work and her missing episodes are draining the placement.', ['blames_child:hard_work_round25']],
    ['The officer recorded it as her choice to leave the flat with the men.', ['implies_consent:recorded_as_choice_round25']],
    ['The referral form describes it as her choice to go with the men.', ['implies_consent:recorded_as_choice_round25']],
    ["He's well able for them older lads, staff said.", ['minimises_harm:can_look_after_self']],
    ['He thinks he is streetwise enough to look after himself.', ['blames_child:streetwise', 'minimises_harm:can_look_after_self']],
    ['Residential worker: he said his boss would punish him if he did not go back to Swindon.', ['adult_centred_label:boss']],
    ['He is a courier for the network of older lads who run the line.', ['criminalises_child:courier_for_group']],
    ["Her mate's flat; he is 35 and gives her vodka.", ['adult_centred_label:adult_mate_round25']],
    ["She was just chilling at a mate's for three days and did not tell anyone.", ['minimises_harm:just_hanging_out_round25']],
    ['He said he was just doing favours for the older lads at the flat.', ['minimises_harm:just_hanging_out_round25']],
    ['The video of the 14-year-old was logged as adult content by the platform.', ['sexualises:adult_content_round25']],
    ['He is working for an older lad who pays him to drop parcels off.', ['criminalises_child:working_for_dealers']],
    ['The lads he works for in Stoke are all in their twenties.', ['criminalises_child:working_for_dealers']],
    ['We have stopped describing Jayden as streetwise.', []],
    ['The review found that staff had called the girls prostitutes.', []],
    ['He is a bit old for her, he is 22.', ['minimises_harm:bit_of_fun_round25']],
    ['The 14-year-old said she consented to being brought to the UK by the man.', ['implies_consent:consented']],
    ['She frequents the house on Elm Road where the men gather.', ['implies_consent:frequents_place_round25']],
    ['Social worker: we cannot keep her safe if she will not help herself.', ['blames_child:will_not_help_self_round25']],
    ['Mia is unwilling to help herself and goes back to the flat.', ['blames_child:will_not_help_self_round25']],
    ["He offered to hold the olders' phone and cash.", ['implies_consent:agreed_to_carry_round25', 'adult_centred_label:olders']],
  ] as [string, string[]][])('%s -> %j', gives);
});
