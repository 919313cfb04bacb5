import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 23A found in the round-23 language changes (/tmp/rev-lang-1): ordinary wording the new entries,
// cues and vetoes flagged, and findings they silenced. Expected as in the review. The reference checker must agree.
const silent = (text: string): void => {
  expect(findings(text)).toEqual([]);
};
const found = (text: string, id: string): void => {
  expect(findings(text)).toContain(id);
};

describe('review 23A: Criticism cues silence real findings', () => {
  it.each([
    ['There is no evidence that Mia consented to the images being shared, but she is promiscuous and sends nudes to strangers.', 'sexualises:promiscuous'],
    ["There is no suggestion that she chose to be abused, but she chose to go back to the men's flat.", 'implies_consent:chose_to'],
    ['The school described this as a response to trauma, but in my view she is promiscuous and chooses to go with the men.', 'sexualises:promiscuous'],
    ['The school described this as a response to trauma, but in my view she is promiscuous and chooses to go with the men.', 'implies_consent:chose_to'],
    ['Staff recorded it as a sign of distress, yet the new worker calls her promiscuous and attention-seeking.', 'sexualises:promiscuous'],
    ['Staff recorded it as a sign of distress, yet the new worker calls her promiscuous and attention-seeking.', 'blames_child:attention_seeking'],
    ['Jo questioned the language used by the officer but she still chose to go with the men to the flat.', 'implies_consent:chose_to'],
    ['The language in the assessment is clear: Amy chose to go with the men and is sexually active with them.', 'implies_consent:chose_to'],
    ['The language in the assessment is clear: Amy chose to go with the men and is sexually active with them.', 'implies_consent:sexually_active'],
  ])('%s -> %s', found);
});

describe('review 23A: Next-clause criticism', () => {
  it.each([
    ['Kai was a willing participant in the dealing; the court found this was wrong and sentenced him.', 'implies_consent:consented'],
    ['Jay is a drug runner who knew the risks; the youth court said it was wrong to carry a knife.', 'criminalises_child:drug_runner'],
    ['She is promiscuous and chooses to stay out; the judge said it was wrong of her to lie to police.', 'sexualises:promiscuous'],
    ['She is promiscuous and chooses to stay out; the judge said it was wrong of her to lie to police.', 'implies_consent:chose_to'],
    ['Jade is sexually active with a 22-year-old; the court found it was inappropriate for him to contact her.', 'implies_consent:sexually_active'],
    ['Leah is promiscuous and a liar; the inspection report says it is inappropriate that she has no social worker.', 'sexualises:promiscuous'],
    ['Leah is promiscuous and a liar; the inspection report says it is inappropriate that she has no social worker.', 'blames_child:liar'],
  ])('%s -> %s', found);
});

describe('review 23A: harm_trifled_round23', () => {
  it.each([
    'The argument between the girls over Instagram messages is typical teenage drama and has settled.',
    'The fallout in the group chat is girl drama; the messages were deleted by an adult moderator.',
    'The cancelled contact was a misunderstanding about dates.',
    'The mix-up over the contact dates was a misunderstanding by the contact centre.',
    "Leah says the teacher's comment was a misunderstanding; the adult apologised.",
    'As part of Kindness Week, Jade made gifts for older residents at the care home as an act of kindness.',
    'The row with the man next door over the fence was just talk and nobody was hurt.',
    'Police consider the threats Kai, 15, made against the adult neighbour were just bravado.',
  ])('not flagged: %s', silent);
});

describe('review 23A: silly_pictures_round23', () => {
  it.each([
    'The teacher asked the children to bring in silly photos of themselves as babies.',
    "Older pupils took daft pictures at the leavers' prom.",
    'The youth worker asked the group to take silly selfies for the display board.',
  ])('not flagged: %s', silent);
});

describe('review 23A: partying_round23', () => {
  it.each([
    'She was out partying with friends from college at the weekend.',
    'Jade, 17, was out clubbing in town with college friends on Saturday.',
    'He was partying with the lads from his year after the exams.',
    'The neighbours report adults out partying at the flat every night, disturbing the children.',
    'The adults in the house were partying with the men next door while the children slept.',
  ])('not flagged: %s', silent);
});

describe('review 23A: spite_round23', () => {
  it.each([
    'Dad went out drinking to spite mum after the argument.',
    "Mum's partner left the bins out to annoy the neighbours and went to bed.",
    'The neighbour reported the family out of spite and went to the police.',
    'Mum left the children with gran to annoy their dad, who went to court.',
    'Mum says dad left out of spite and has not paid maintenance.',
    'The landlord left the heating off out of spite and went on holiday.',
    'Kai stayed up to annoy his brother and went to school tired.',
  ])('not flagged: %s', silent);
});

describe('review 23A: happy_to_round23', () => {
  it.each([
    'Kai is happy to stay at the supported lodgings with his adult host.',
    'Jade is happy to stay at the refuge with the other women.',
    "Leo seems happy to stay at the children's home with the adult staff.",
    'Kai is happy to stay at the youth hostel with the adult leaders on the DofE trip.',
  ])('not flagged: %s', silent);
});

describe('review 23A: young_offender_label', () => {
  it.each([
    'Lily was sexually assaulted by a 17-year-old offender known to police.',
    'Maya, 13, was raped by a 16-year-old offender on the estate.',
    'The 17-year-old offenders who assaulted Maya have been charged.',
    'Tom is a 14-year-old criminal exploitation victim known to CE.',
    'Referral concerns a 15-year-old criminal exploitation case and a possible NRM.',
  ])('not flagged: %s', silent);
});

describe('review 23A: working_for_dealers', () => {
  it.each([
    "His brother works the grill line at McDonald's on weekends.",
    'Jade is working the fish line at the factory on Saturdays.',
    'Kai is working with the stage crew at the theatre for his Duke of Edinburgh.',
    'He has work experience working with the film crew at the local studio.',
    'He is working with an events crew at the festival as a paid steward.',
  ])('not flagged: %s', silent);
});

describe('review 23A: blaming_idiom_round13', () => {
  it.each([
    'Staff are not protecting themselves from burnout and the home is short-staffed.',
    'Officers were not protecting themselves properly when they restrained the man.',
  ])('not flagged: %s', silent);
});

describe('review 23A: boss', () => {
  it.each([
    "Her boss at the vet's added her to a WhatsApp group for rota changes.",
    "Amy's boss at the riding school added her on WhatsApp to share the rota.",
    'She says her boss is strict and she has to do what he says at the stables.',
  ])('not flagged: %s', silent);
});

describe('review 23A: willingly', () => {
  it.each([
    'He voluntarily paid off the fine for the fare evasion in full.',
    'She willingly paid back the £20 she borrowed from the youth club tuck shop.',
    'He voluntarily paid back the £40 he took from the school office.',
    'Police seized the wraps; Kai voluntarily gave them his PIN code so they could check the phone.',
  ])('not flagged: %s', silent);
});

describe('review 23A: LABEL_FRAME_CUES', () => {
  it.each([
    'Contact was described by the supervisor as challenging because of the venue.',
    'The journey was described by the driver as troublesome because of roadworks.',
  ])('not flagged: %s', silent);
});

describe('review 23A: chose_to veto', () => {
  it.each([
    ["Amira chose to sit in the front of the man's car rather than go home.", 'implies_consent:chose_to'],
    ['CCTV shows Leah chose to sit in the car with the two men for over an hour.', 'implies_consent:chose_to'],
    ['Kai chose to sit with the olders in the car instead of going to school.', 'implies_consent:chose_to'],
    ['She chose to wear a short skirt to meet the 25-year-old at the hotel.', 'implies_consent:chose_to'],
    ['She chose to wear the underwear the 30-year-old bought her.', 'implies_consent:chose_to'],
    ['Jade chose to watch porn with the older men at the flat.', 'implies_consent:chose_to'],
  ])('%s -> %s', found);
});

describe('review 23A: boyfriend_adult / partner_adult veto', () => {
  it.each([
    ['Police found Tia, 14, with a 30-year-old man and her boyfriend, who is 23.', 'adult_centred_label:boyfriend_adult'],
    ['Tia was seen with a 19-year-old male and her boyfriend, 24, at the petrol station.', 'adult_centred_label:boyfriend_adult'],
    ['Officers found Kacey with two 20-year-old men and her boyfriend at the flat; he is 26.', 'adult_centred_label:boyfriend_adult'],
    ['Ella, 15, was found with a 22-year-old man and her partner, who is 31.', 'adult_centred_label:boyfriend_adult'],
    ['CCTV shows Ella, 15, with a 22-year-old and her partner at the hotel; the partner is 31.', 'adult_centred_label:boyfriend_adult'],
    ['CCTV shows Ella, 15, with a 22-year-old and her partner at the hotel; the partner is 31.', 'adult_centred_label:partner_adult'],
  ])('%s -> %s', found);
});

describe('review 23A: older_friends veto', () => {
  it.each([
    ['Ellie spends weekends with older friends aged 17 to 30 at a flat in town.', 'adult_centred_label:older_friends'],
    ['Ava, 12, has older friends aged 16 and 27 on Snapchat.', 'adult_centred_label:older_friends'],
    ['Zoe, 13, has older friends who are 17 and 24 and who pick her up in a car.', 'adult_centred_label:older_friends'],
  ])('%s -> %s', found);
});

describe('review 23A: prostitution veto', () => {
  it.each([
    ['Kayla, 15, was working as a prostitute alongside adult women in the flat.', 'sexualises:prostitution'],
    ['Amy, 15, and the older woman were working as prostitutes from the address.', 'sexualises:prostitution'],
  ])('%s -> %s', found);
});

describe('review 23A: risky_behaviour veto', () => {
  it.each([
    ['Her risky behaviour of visiting men at the flat has escalated since June.', 'blames_child:risky_behaviour'],
    ["Staff remain worried about Chloe's risky behaviour of meeting men from online.", 'blames_child:risky_behaviour'],
    ["Kayla's risky behaviour of texting adult men late at night continues.", 'blames_child:risky_behaviour'],
    ["Ella's high-risk behaviour of meeting adult men she has met online has increased.", 'blames_child:risky_behaviour'],
  ])('%s -> %s', found);
});

describe('review 23A: allowed_it veto', () => {
  it.each([
    ['Staff report the resident let him touch her in the car park.', 'blames_child:allowed_it'],
    ['Resident lets them touch her in exchange for vapes, staff believe.', 'blames_child:allowed_it'],
    ['The resident allowed men to use her for money.', 'blames_child:allowed_it'],
  ])('%s -> %s', found);
});

describe('review 23A: drunk_and_disorderly veto', () => {
  it.each([
    ['Police log: female in her early teens, drunk and disorderly in the town centre.', 'criminalises_child:drunk_and_disorderly'],
    ['Male in his mid teens arrested for being drunk and disorderly at the station.', 'criminalises_child:drunk_and_disorderly'],
    ['Call log: female in her mid teens, drunk and disorderly outside the station, with a man.', 'criminalises_child:drunk_and_disorderly'],
    ['Kai, 14, was arrested as drunk and disorderly after a man in his forties gave him vodka.', 'criminalises_child:drunk_and_disorderly'],
  ])('%s -> %s', found);
});

describe('review 23A: adult_labels_round13 veto', () => {
  it.each([
    ['Kai refers to the 24-year-old as his manager and works 12 hr days on the line.', 'adult_centred_label:adult_labels_round13'],
    ['Kai says his manager, a 24-year-old, moved his shift at the trap house to nights.', 'adult_centred_label:adult_labels_round13'],
  ])('%s -> %s', found);
});

describe('review 23A: recruited veto', () => {
  it.each([
    ['Kai and his friendship group were recruited by the olders to run the line.', 'criminalises_child:recruited'],
    ["Jordan's group were recruited by the men to run drugs to Margate.", 'criminalises_child:recruited'],
  ])('%s -> %s', found);
});

describe('review 23A: drug_dealer veto', () => {
  it.each([
    ['Police believe Kai, 16, is a drug dealer selling to students aged 18 to 21 at the college.', 'criminalises_child:drug_dealer'],
    ['Kai, 15, is selling cannabis at the park to people aged 18 and over.', 'criminalises_child:drug_dealer'],
  ])('%s -> %s', found);
});

describe('review 23A: contacting_adults veto', () => {
  it.each([
    ['Mia keeps messaging older men and deletes the messages from them.', 'blames_child:contacting_adults'],
    ['She has been texting adult men and replying to texts from strangers.', 'blames_child:contacting_adults'],
    ["She is messaging older men and sending texts from her sister's phone.", 'blames_child:contacting_adults'],
  ])('%s -> %s', found);
});

describe('review 23A: nobody_forced veto', () => {
  it.each([
    ['Nobody forced her, she was part of it, according to the officer.', 'implies_consent:nobody_forced'],
    ['She said nobody forced her to talk to the men online.', 'implies_consent:nobody_forced'],
    ['The report says she was not forced and agreed to attend the party at the flat.', 'implies_consent:nobody_forced'],
    ['She was not forced to eat or drink anything, but went with them willingly.', 'implies_consent:nobody_forced'],
  ])('%s -> %s', found);
});

describe('review 23A: had_sex_with_adult veto', () => {
  it.each([['She said she was having sex with the 24-year-old, and he told her to have sex with his friends too.', 'implies_consent:had_sex_with_adult']])(
    '%s -> %s',
    found,
  );
});

describe('review 23A: knew_full_well veto', () => {
  it.each([['She knew the risks but kept smoking cannabis in the car with the olders.', 'blames_child:knew_full_well']])('%s -> %s', found);
});

describe('review 23A: escort_label veto', () => {
  it.each([
    ['Jade said the men call her the escort and send her to hotels.', 'sexualises:escort_label'],
    ['Amy, 15, was advertised online as the escort for a man in Leeds.', 'sexualises:escort_label'],
    ['Messages show the men sent her to a hotel as the escort for the night.', 'sexualises:escort_label'],
    ['Police found adverts listing Leah, 15, among the escorts at the flat.', 'sexualises:escort_label'],
  ])('%s -> %s', found);
});

describe('review 23A: wrong before round 23 as well, mended where cheap', () => {
  it.each([
    'Tom is keen to do jobs at the allotment with the older volunteers.',
    'The journey was recorded by the escort as difficult because of traffic.',
    'Jake says his boss at the nursery looks after him.',
    'Kai voluntarily handed the cannabis to the PCSO.',
    'Kai voluntarily surrendered the cannabis at the front desk.',
    'Jordan willingly took part in the cannabis awareness group run by the YOT.',
  ])('not flagged: %s', silent);
  it.each([
    ["The older man's hugging and texting of the 12-year-old is him being affectionate.", 'minimises_harm:harm_trifled_round23'],
    ["Leah is happy to stop round at the 28-year-old's flat after school.", 'implies_consent:happy_to_round23'],
  ])('%s -> %s', found);
});

describe('review 23A: the round-23 findings kept', () => {
  it.each([
    ['Custody: Jamal, 14, was working the Ipswich line and was found with 30 wraps.', 'criminalises_child:working_for_dealers'],
    ['Police log: the boy is working for an OCG out of Manchester.', 'criminalises_child:working_for_dealers'],
    ['Police: Kai, 15, is working for the crew from Tottenham.', 'criminalises_child:working_for_dealers'],
    ['Custody: the 16-year-old offender was released under investigation.', 'criminalises_child:young_offender_label'],
    ['Police describe him as a 14-year-old criminal.', 'criminalises_child:young_offender_label'],
    ['Zara, 14, is content to stay at the flat with the 26-year-old.', 'implies_consent:happy_to_round23'],
    ['Strategy meeting minutes: Amira is not protecting herself from the 24-year-old.', 'blames_child:blaming_idiom_round13'],
    ['Residential log 01:10: Demi went missing again to spite staff after being told she could not have her phone back.', 'blames_child:spite_round23'],
    ['Residential manager: the girls were out partying in town over the weekend.', 'minimises_harm:partying_round23'],
    ['The DSL records the nude images the man, 31, asked for as silly pictures.', 'minimises_harm:silly_pictures_round23'],
  ])('%s -> %s', found);
});
