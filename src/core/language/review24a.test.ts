import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 24A found in the round-24 language changes (/tmp/rev-lang-1, lang24 at b3e25fd): ordinary wording
// the new entries and cues flagged, and findings the new vetoes silenced. Expected as in the review. The reference
// checker must agree.
const silent = (text: string): void => {
  expect(findings(text)).toEqual([]);
};
const found = (text: string, id: string): void => {
  expect(findings(text)).toContain(id);
};

describe('review 24A: worse_for_wear_return: unlessAcrossSemicolon', () => {
  it.each([
    ['Returned to the unit at 3am worse for wear with two older males; mum informed.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to placement at 3am worse for wear with older males; carer informed.', 'minimises_harm:worse_for_wear_return'],
    ['Came back to the unit worse for wear after a night with older men; sister collected her belongings.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to the hostel worse for wear with two older males; time of return logged.', 'minimises_harm:worse_for_wear_return'],
    ['Back at the unit worse for wear with older lads; school informed.', 'minimises_harm:worse_for_wear_return'],
    ['Missed contact with mum; returned at 3am worse for wear with two older males.', 'minimises_harm:worse_for_wear_return'],
    ['Weekend plan agreed on Friday; she returned to placement worse for wear with older men on Saturday night.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to the unit at 4am worse for wear with a 30 year old man; review on Monday.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to the hostel at 3am worse for wear with older males; visit from her social worker booked.', 'minimises_harm:worse_for_wear_return'],
    ['Returned at 2am worse for wear, dropped off by two men; contact to be discussed.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to the unit worse for wear with a 25 year old man; planned response followed.', 'minimises_harm:worse_for_wear_return'],
    ['Returned to placement worse for wear with older males; agreed to speak to staff tomorrow.', 'minimises_harm:worse_for_wear_return'],
  ])('%s -> %s', found);
});

describe('review 24A: worse_for_wear_return: new vetoes planned|agreed|arranged', () => {
  it.each([
    ['Found at a hotel with two men after 2 days missing; all good, strategy meeting as arranged.', 'minimises_harm:worse_for_wear_return'],
    ['Returned from missing with two older men at 2am; all fine, as agreed with the manager she is grounded.', 'minimises_harm:worse_for_wear_return'],
    ['Returned from missing at 4am after a night with older males; all fine, RHI booked as agreed.', 'minimises_harm:worse_for_wear_return'],
    ['Located at 3am in a car with a 25 year old man; all good, return interview as planned.', 'minimises_harm:worse_for_wear_return'],
  ])('%s -> %s', found);
});

describe('review 24A: ADULT_OWN_PAST_CUES added to every blames_child / implies_consent / criminalises_child / s', () => {
  it.each([
    ['Jade was described by police as a teenager who chose to go with the men.', 'implies_consent:chose_to'],
    ['Leah was seen by staff as a teenager who puts herself at risk.', 'blames_child:putting_self_at_risk'],
    ['Jade was known to police as a teenager who is promiscuous.', 'criminalises_child:known_to_police'],
    ['Jade was known to police as a teenager who is promiscuous.', 'sexualises:promiscuous'],
    ['The boy was treated by officers as a youngster who had chosen a criminal lifestyle.', 'implies_consent:lifestyle_choice'],
    ['He was labelled at school as a teenager who deals drugs.', 'criminalises_child:drug_dealer'],
    ['She was regarded by staff as a teenager who was asking for it.', 'blames_child:brought_on_self'],
    ['Jade was described in the referral as a teenager who is sexually active with adults.', 'implies_consent:sexually_active'],
    ['Shannon, who was seen as a teenager who was promiscuous, was not offered support.', 'sexualises:promiscuous'],
    ['She was described in every referral as a teenager who is promiscuous and sexually active.', 'sexualises:promiscuous'],
    ['She was described in every referral as a teenager who is promiscuous and sexually active.', 'implies_consent:sexually_active'],
    ['Jade was reported missing 14 times and was seen as a teenager who puts herself at risk.', 'blames_child:putting_self_at_risk'],
    ['She was 14 and, as a teenager, she chose to go with the men to the hotel.', 'implies_consent:chose_to'],
    ['The worker in her youth club says Jade is promiscuous.', 'sexualises:promiscuous'],
    ['He was caught dealing drugs, according to the officer in his youth offending team.', 'criminalises_child:drug_dealer'],
    ['The worker in his youth club said he is a drug dealer.', 'criminalises_child:drug_dealer'],
    ['The girls were seen in their youth club as promiscuous.', 'sexualises:promiscuous'],
    ['In her teens she was described as provocative by staff at the unit.', 'sexualises:provocative'],
    ['Early in her teens she was described as promiscuous by the school.', 'sexualises:promiscuous'],
    ['Chloe is promiscuous, and when she was a teenager of 13 she was already sleeping with adult men.', 'sexualises:promiscuous'],
    ['Chloe is promiscuous, and when she was a teenager of 13 she was already sleeping with adult men.', 'implies_consent:sleeping_with'],
    ['When he was a youngster of 11 he chose to start dealing drugs for the olders.', 'implies_consent:chose_to'],
    ['When he was a youngster of 11 he chose to start dealing drugs for the olders.', 'criminalises_child:dealing_label'],
    ['When he was a youngster of 11 he chose to start dealing drugs for the olders.', 'adult_centred_label:olders'],
    ['He was always viewed as a youngster who was involved in gangs by choice.', 'implies_consent:involved_in'],
    ['He was always viewed as a youngster who was involved in gangs by choice.', 'implies_consent:by_choice'],
    ['The girls were portrayed as teenagers making lifestyle choices; she was regarded as a teenager who consented.', 'implies_consent:lifestyle_choice'],
    ['The girls were portrayed as teenagers making lifestyle choices; she was regarded as a teenager who consented.', 'implies_consent:consented'],
  ])('%s -> %s', found);
});

describe('review 24A: criminal_label: "he\'s|hes a criminal" pattern + veto "not|never|no" narrowed to a direct ', () => {
  it.each([
    'Mum does not believe he is a criminal; she says he has been groomed.',
    'Staff do not accept that he is a criminal.',
    "Nobody at the unit thinks he's a criminal.",
    "He's a criminal, said Jade about her stepdad.",
  ])('not flagged: %s', silent);
});

describe('review 24A: EVERYDAY_CHOICE_CUES: past forms disclosed|told|reported|spoke removed', () => {
  it.each([
    'She disclosed the abuse and chose to go to the sexual health clinic with her carer.',
    "He reported the gang's threats and chose to move to his aunt's address.",
  ])('not flagged: %s', silent);
});

describe('review 24A: RISK_CONTEXT_CUES: debt|debts|loan|loans|owes|owed|takeaway|takeaways', () => {
  it.each([
    'Jade chose to work at the takeaway on Saturdays to save for a phone.',
    'Amy chose to have a takeaway with her foster carers on Friday.',
    'She chose to take out a student loan for university.',
    'Tom chose to buy a takeaway for his mum.',
  ])('not flagged: %s', silent);
});

describe('review 24A: CRITICISM_CUES: "instead of as"', () => {
  it.each([
    ['He should be dealt with as a drug dealer instead of as a child in need.', 'criminalises_child:offender_label_round15'],
    ['In my view he should be treated as an offender instead of as a victim.', 'criminalises_child:offender_label'],
    ['The panel decided to treat him as a criminal instead of as a victim of grooming.', 'criminalises_child:criminal_label'],
    ['He should be seen as a drug dealer instead of as a vulnerable child.', 'criminalises_child:drug_dealer'],
  ])('%s -> %s', found);
});

describe('review 24A: CRITICISM_CUES: "police|officers|staff|record ... used|uses the phrase|word"', () => {
  it.each([
    ['Police used the phrase risky lifestyle in 2019 and Jade continues to make risky lifestyle choices.', 'blames_child:risky_lifestyle'],
    ['Police used the phrase risky lifestyle in 2019 and Jade continues to make risky lifestyle choices.', 'blames_child:poor_choices'],
    ["The officers used the word 'slag' and Jade is known in the area as a slag.", 'sexualises:slurs'],
  ])('%s -> %s', found);
});

describe('review 24A: boyfriend_adult: FRIEND_CUES veto replaced by three "friend\'s partner" cues', () => {
  it.each([
    'Jade went out with her friend Chloe, whose boyfriend is 24.',
    "She stayed with her friend Leah, and Leah's boyfriend, 20, drove them home.",
    "Jade and her friend Mia went to Mia's boyfriend's flat; he is 23.",
    "She went with her friend Chloe to meet Chloe's boyfriend, who is 24.",
    "Her friend Sophie and Sophie's boyfriend, aged 21, gave her a lift home.",
    'She was with her friend and the boyfriend of her friend, aged 22.',
  ])('not flagged: %s', silent);
});

describe('review 24A: prostitution: new veto "girls|boys|friends|old|... on the game"', () => {
  it.each([
    ['She said the girls on the game at the hotel looked after her when the men came.', 'sexualises:prostitution'],
    ['Police found the 14 year old on the game in the red light area.', 'sexualises:prostitution'],
    ['She was seen with the older girls on the game near the station.', 'sexualises:prostitution'],
    ['Her friends on the game introduced her to the punters.', 'sexualises:prostitution'],
    ['Her friends on the game introduced her to the punters.', 'adult_centred_label:punters'],
  ])('%s -> %s', found);
});

describe('review 24A: online_harm_trifled_round24', () => {
  it.each([
    'Mum said the photos on her Instagram are only a few pictures from the party.',
    'The online gaming session was just chat about the match.',
    'The message on the app was just a joke from the youth worker about the rota.',
    "Staff sent only a couple of photos of the day on the setting's app to parents.",
  ])('not flagged: %s', silent);
});

describe('review 24A: happy_working_round24', () => {
  it.each(['Jade is keen to work at the nail bar as part of her college course.', 'He enjoys working at the farm shop with his grandad.'])(
    'not flagged: %s',
    silent,
  );
});

describe('review 24A: lazy_exhausted_round24', () => {
  it.each([
    'He said he felt lazy after the long walk and slept well.',
    'His teacher is lazy about marking, he says, and he falls asleep in lessons because he is bored.',
  ])('not flagged: %s', silent);
});

describe('review 24A: no_concerns_episode_round24', () => {
  it.each([
    'Overnight stay at the hotel for the school trip; no concerns.',
    'No concerns raised at the missing panel about her current placement.',
    'The hotel was inspected by housing; no concerns.',
    'Curfew checks completed; no concerns.',
    'The family stayed overnight at a hotel after the flood; no concerns.',
    'Checked on her overnight at 2am and 4am as per the care plan; no concerns.',
    'Her absence from school was authorised for a family funeral; no concerns.',
    "Jade stayed overnight at her aunt's; no concerns noted.",
  ])('not flagged: %s', silent);
});

describe('review 24A: lad_trifled_round24', () => {
  it.each(['He is a bit of a lad, staff say, but the sexual health session went well.'])('not flagged: %s', silent);
});

describe('review 24A: friend_adult_round24', () => {
  it.each([
    'She talks to her friend who is 18 and at college with her.',
    'Her friend, 18, from sixth form, is also in the drama group.',
    "Jade's new friend is 19 and works at the leisure centre where she swims.",
    'Her friend who is 18 drove them both to college.',
  ])('not flagged: %s', silent);
});

describe('review 24A: friends_adult_round24', () => {
  it.each([
    'Her friends, who are 18 and 19, are in her sixth form class.',
    'His mates from the football team, who are all 18, came to the party.',
    'Her friends who are in their twenties work with her at the cafe.',
    'He went to the park with his friends, who are all 18, after the exams.',
    'His mates, who are both 19, play in his Sunday league team.',
  ])('not flagged: %s', silent);
});

describe('review 24A: pimp_child_round24', () => {
  it.each(["She is a recruiter for the other girls' netball team."])('not flagged: %s', silent);
});

describe('review 24A: likes_being_with_round24', () => {
  it.each(['She likes staying with them at weekends because they buy her treats, she said of her foster carers.'])('not flagged: %s', silent);
});

describe('review 24A: claimed_relative_round24', () => {
  it.each([
    "Jade looks after her younger brother; they don't look alike.",
    'Her cousin paid cash for the room at the hotel for the family party.',
    'Her cousin said the lads do not look alike.',
    'The sister paid cash for a room at the Travelodge for the hen party.',
  ])('not flagged: %s', silent);
});

describe('review 24A: mentor_role_round24', () => {
  it.each([
    "The boy's mentor is a 30 year old man from the Prince's Trust who takes him to the gym.",
    "The boy's mentor at the boxing gym is a 35 year old man who drives him home.",
  ])('not flagged: %s', silent);
});

describe('review 24A: low_level: new requiresNear "contact [with] ... is low-level"', () => {
  it.each(['Contact with dad is low-level and supervised at the centre.', 'Contact with the social worker is low-level now that things are settled.'])(
    'not flagged: %s',
    silent,
  );
});

// What the narrowed cues must still do: an adult's own youth, a return described across the ;, an adult friend by age.
describe('review 24A: the narrowed cues keep their purpose', () => {
  it.each([
    'Mum admitted she was promiscuous as a teenager herself.',
    'Dad says he was a drug dealer in his youth.',
    'Back from contact on time; all fine.',
    'Police found the man on the game.',
    'Moderator: the account that messaged the 12 year old on the game was banned.',
    'Overnight respite went well; no concerns.',
  ])('not flagged: %s', silent);
  it.each([
    ['Her friend, 29, picks her up from school.', 'adult_centred_label:friend_adult_round24'],
    ['Her friends, who are 22 and 25, collect her from college.', 'adult_centred_label:friends_adult_round24'],
    ['She was described by police as a teenager who chose to go with the men.', 'implies_consent:chose_to'],
    ['The worker in her youth club says Jade is promiscuous.', 'sexualises:promiscuous'],
    ['He chose to work at the car wash to pay off his family’s debt.', 'implies_consent:chose_to'],
    ['Returned at 3am with two older men after missing from school; all fine.', 'minimises_harm:return_fine_round16'],
    ['Missed contact with mum; returned at 3am worse for wear with two older males.', 'minimises_harm:worse_for_wear_return'],
  ])('%s -> %s', found);
});

describe('review 24A: the fixes do not reach past their cases', () => {
  it.each([
    'Welfare check at the hotel at 1am; no concerns.',
    'Mum admitted that in her youth she was promiscuous.',
    'He was treated as an offender instead of as a victim.',
  ])('not flagged: %s', silent);
  it.each([
    ["She told her mum and chose to go back to the men's flat.", 'implies_consent:chose_to'],
    ['She went out with friends to meet her boyfriend, who is 25.', 'adult_centred_label:boyfriend_adult'],
    ['She went with her friend to meet her boyfriend, who is 25.', 'adult_centred_label:boyfriend_adult'],
    ['RHI completed; she checked her phone; no concerns.', 'minimises_harm:no_concerns_episode_round24'],
    ["The man said the lad was his nephew but they didn't look alike.", 'adult_centred_label:claimed_relative_round24'],
    ['Mum says Jade is promiscuous, like she was in her youth.', 'sexualises:promiscuous'],
  ])('%s -> %s', found);
});
