// Regressions review rev-ind-2 found in the indicator tuner's last commits of round 24 (fa6ff67..1cccf1b, 2026-12-01):
// every sentence it listed, with the expected result, and the wording the narrowed entries must still find.
// Where the code before the tuner's commit was already wrong (da_hostile on "kicked off the campaign", an earlier NEG
// from "had not known"), only the new false alarm is checked.
import { describe, expect, it } from 'vitest';
import {
  codesOf as codes,
  flagRows as find,
  givesExactly as exactly,
  givesFlags as gives,
  lacksCode as falseAlarms,
} from '../../../test/fixtures/text-checks.ts';

describe('Review 24c: go_older_friends', () => {
  exactly('as before the tuner’s commit', [
    ['The older girls told the head of year that Amy had been lying.', []],
    ['The older girls told the teacher that Mia had started the fight.', []],
  ]);
});
describe("Review 24c: go_older_friends new entry 'much|far|lot older new friends|mates|lads|group|crowd' (indicator-phrases.ts) (1)", () => {
  exactly('as before the tuner’s commit', [['At the new school she is in a much older new group for reading.', []]]);
});
describe('Review 24c: go_unknown_adults_collect new entry', () => {
  exactly('as before the tuner’s commit', [
    ['Neighbours have seen someone collecting them, the bins, on Tuesday.', []],
    ['I have seen someone picking them up, the cigarette ends, outside the unit.', []],
    ['Staff have not seen anyone picking them up, the parcels, from reception.', []],
    ['The men who collected her from the party were the police.', []],
    ['She is picked up from college by the same older lads from her course to go to the gym.', []],
    ["She is picked up from training by the same man, the club's volunteer driver.", []],
    ['People who collected donations from the school took them to the food bank.', []],
    ['The men who collected furniture from the flat were from the British Heart Foundation.', []],
    ['Unknown men were seen picking apples in the orchard behind the school.', []],
  ]);
});
describe('Review 24c: te_meeting_online_contacts new entry', () => {
  exactly('as before the tuner’s commit', [
    ['Police met the man in person at the station to return his phone.', []],
    ['I met the man in person at the hearing.', []],
    ['Jay met the man in person at his job interview.', []],
    ['Her barrister travelled from London to meet her before the trial.', []],
    ['The youth offending officer came down from Doncaster to meet him.', []],
    ['Her CAMHS nurse drove from Leeds to meet her.', []],
    ['The football scout drove up from Birmingham to meet him.', []],
    ['The judge came from Leeds to meet him before the hearing.', []],
    ['He met someone from a games company at the careers fair.', []],
    ['He met a man from a gaming shop about a Saturday job.', []],
  ]);
});
describe('Review 24c: am_unknown_address new entry', () => {
  exactly('as before the tuner’s commit', [
    ["Staff checked whether he knows the address of the children's home in case he gets lost.", ['fa_in_care']],
    ['We went over whether she knows the address of her new foster placement.', ['fa_in_care']],
    ['His safety plan asks whether he knows the postcode of where he lives.', []],
    ['Staff asked if she knew the address of her new college.', []],
    ['It is unclear whether Kayla knows the address of her youth club.', []],
    ['Staff asked whether he knows the address of the youth offending service.', []],
    ['We checked if she knew the postcode of her new home for the taxi.', []],
    ['The review asked whether Jay knows the address of his foster home if he gets lost.', []],
    ['They moved into a house they did not know had damp.', []],
    ['She was placed in a house she did not know anyone in.', []],
    ['Mum moved into a flat she did not know was above a pub.', []],
    ['He went to a house he did not know to deliver leaflets for the youth club.', []],
  ]);
});
describe('Review 24c: ad_substances_with_sex new entry', () => {
  exactly('as before the tuner’s commit', [
    ['She was too drunk to stand when police found her in the park.', ['ad_alcohol']],
    ['She was too drunk to walk when her friends brought her home.', ['ad_alcohol']],
    ['He was too drunk to speak when he was brought into custody.', ['ad_alcohol']],
    ['After they had given him drink he was sick in the park.', []],
    ['She was given pills and then woke up in the hospital.', ['ad_substances_given']],
    ['She was given ketamine and woke up in A&E with no memory.', ['ad_substances_given']],
    ["She was given vodka and woke up on her friend's sofa with a hangover.", ['ad_alcohol', 'ad_substances_given', 'fa_unsuitable_accommodation']],
    ['He was given cannabis and then woke up at home with a headache.', ['ad_substances_given']],
  ]);
  falseAlarms('base false alarm left as it was, the new one gone', 'ad_substances_with_sex', [
    'Once they had given him pills for his headache the nurse let him sleep.',
  ]);
});
describe('Review 24c: te_sexual_images new entry', () => {
  exactly('as before the tuner’s commit', [
    ["Photos were taken at the leavers' party.", []],
    ['Photos were taken at her christening.', []],
    ['Pictures were taken at the awards evening.', []],
    ['Photos were taken for her new bus pass.', []],
    ['Photos were sent to the estate agent on Monday.', []],
    ['Photos are being kept on her file by the care home.', []],
    ['Pictures of Jade were shared on the missing persons appeal.', ['am_missing']],
    ['Videos are being shared of the fight outside the chip shop.', []],
    ['Videos were posted of him doing tricks on his scooter.', []],
  ]);
});
describe('Review 24c: ep_self_harm new entry', () => {
  exactly('as before the tuner’s commit', [
    ['She spoke about ending it because the counselling was not helping.', []],
    ['She talked about ending it early as she is bored of the course.', []],
    ['He is thinking about ending it, the apprenticeship, after two weeks.', []],
    ['Staff talked about ending it early because of the snow.', []],
    ['The band talked about ending it all on a high.', []],
    ['She has a history of cutting lessons.', []],
    ['He has a history of cutting school and hanging around the shops.', []],
    ['She has a history of cutting her hair short.', []],
  ]);
});
describe('Review 24c: ep_injuries_assault new entry, passive', () => {
  exactly('as before the tuner’s commit', [
    // Session 22: out of college is an exclusion (phrases/round36.ts), not a family breakdown.
    ['He was kicked out of college last week.', ['am_school_exclusion']],
    ['He got kicked off the course for poor attendance.', ['am_school_absence', 'da_hostile']],
    ['She got kicked out of the house party at 11pm.', ['fa_family_breakdown']],
    ['He got kicked out by the bouncers at the club.', ['fa_family_breakdown']],
    ['The family was hit by the benefit cap.', []],
    ['Mum was hit with a council tax bill of £900.', []],
    ['He was hit with a £100 fine for riding without a ticket.', []],
    ['She was slapped with a detention for answering back.', []],
    ['Their flat was hit by lightning in the storm.', []],
    ['He was hit by a scooter in the school corridor.', []],
    ['He was hit by a van while crossing the road.', []],
  ]);
  falseAlarms('base false alarm left as it was, the new one gone', 'ep_injuries_assault', ['They have kicked off the campaign at the youth club.']);
  falseAlarms('base false alarm left as it was, the new one gone', 'ep_injuries_assault', ['She gets hit for six by every cold going round the class.']);
});
describe('Review 24c: ep_injuries_assault new entry, active', () => {
  exactly('as before the tuner’s commit', [
    ['They beat Leeds United 2-1 at the weekend.', []],
    ['On Saturday they hit the shops in town.', []],
    ['They hit the road at 6am for the residential trip.', []],
    ['Someone hit the fire alarm during the assembly.', []],
    ['Someone kicked the bin over in the corridor.', []],
    ['They have hit a problem with the funding for her placement.', []],
    ['Someone punched the code into the keypad and let him in.', []],
    ['They beat the deadline for the EHCP application.', ['ep_learning_disability']],
  ]);
});
describe('Review 24c: am_found_with_adults new entry', () => {
  exactly('as before the tuner’s commit', [
    ["Police were at the man's house for three hours executing the warrant.", []],
    ["The police officer was at the man's flat when she rang.", []],
    ["Officers were at the 32-year-old's address when Jade arrived home.", []],
    ["The PCSO was at the man's flat about the noise complaint.", []],
    ["The cleaner was at the man's house on the estate.", []],
    ["The plumber was at the adult's flat when the fire started.", []],
    ["He was at the man's house to mow the lawn for his Duke of Edinburgh volunteering.", []],
    ["She has been at the man's house who runs the chip shop for her work experience.", []],
    ["He was at the man's place for his paper round collection.", []],
    ["She was at the man's house to babysit his children.", []],
    ["He was at the man's house for a tutoring session.", []],
    ["She has been at the 18-year-old's house playing on the Xbox with her classmates.", []],
    ["He was at the 18-year-old's house for a sleepover with his team mates.", []],
    ["He was at the man's house to collect his bike that he had bought on eBay.", []],
    ["She has been at the man's house next door to feed his cat.", []],
  ]);
});
describe('Review 24c: a relative owning up, past a two-word listener', () => {
  gives('what the relative allowed or found stays the child’s', [
    ['Mum admitted to the social worker that she had let Chloe stay out all night.', 'am_staying_out_late', 'child', false, false, false],
    ['Mum admitted to the YOT officer that she had let Jay stay out until 3am.', 'am_staying_out_late', 'child', false, false, false],
    ["Dad admitted to the youth worker that he had found £400 in cash in Kai's room.", 'rg_unexplained_money', 'child', false, false, false],
  ]);
  it('what the relative did not know stays the child’s', () => {
    const rows = find('Dad confessed to the police officer that he had not known Kai was missing from school.');
    expect(rows.filter((r) => r[0] === 'am_missing').map((r) => r[1])).toEqual(['child']);
  });
  gives('what the relative does is the relative’s', [
    ['Mum disclosed to the social worker that she is drinking again.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['Dad admitted to the youth worker that he has been using cocaine.', 'fa_parental_substance_misuse', 'other', false, false, false],
  ]);
  gives('"said" leaves the child the subject', [['Mum said she drinks vodka at the weekends.', 'ad_alcohol', 'child', false, false, false]]);
});

describe('Review 24c: the narrowed entries still find', () => {
  gives('found', [
    ['She has much older new mates from the estate.', 'go_older_friends', 'child', false, false, false],
    ['Staff have not seen anyone collecting him from the unit.', 'go_unknown_adults_collect', 'child', true, false, false],
    ['She is being collected from school by the same older men most days.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['He met the man in person after chatting to him on Snapchat for weeks.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['A man she had been messaging on Instagram drove up from Reading to meet her.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['She went to meet someone from an online game.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['She woke up at an address she does not know.', 'am_unknown_address', 'child', false, false, false],
    ['She was too drunk to stand when the men had sex with her.', 'ad_substances_with_sex', 'child', false, false, false],
    ['She was given vodka and a pill and then woke up with a man on top of her.', 'ad_substances_with_sex', 'child', false, false, false],
    ['Images of Lacey are being kept by the older boy.', 'te_sexual_images', 'child', false, false, false],
    ['Pictures are being kept by the older boy on his phone.', 'te_sexual_images', 'child', false, false, false],
    ['Naked pictures were sent to the man.', 'te_sexual_images', 'child', false, false, false],
    ['She has thought about ending it.', 'ep_self_harm', 'child', false, false, false],
    // Review 24d: "history of" is historical (eval README).
    ['She has a history of cutting from Year 7.', 'ep_self_harm', 'child', false, false, true],
    ['The olders hit him when he lost some of the gear.', 'ep_injuries_assault', 'child', false, false, false],
    ['He was punched by two men outside the shop.', 'ep_injuries_assault', 'child', false, false, false],
    ["She was found at a man's flat on the estate.", 'am_found_with_adults', 'child', false, false, false],
    ["She had been at a 29-year-old's flat in Calderwick.", 'am_found_with_adults', 'child', false, false, false],
  ]);
  gives('the vetoes added for the review do not silence these', [
    ['He was hit but says he is fine.', 'ep_injuries_assault', 'child', false, false, false],
    ['He was beaten over a drug debt.', 'ep_injuries_assault', 'child', false, false, false],
    ['He was beaten in the back of a van by the olders.', 'ep_injuries_assault', 'child', false, false, false],
    ['He was hit by a man in a black cap.', 'ep_injuries_assault', 'child', false, false, false],
    ['She was kicked in the stomach by the man.', 'ep_injuries_assault', 'child', false, false, false],
    ['The man who collected her from the clinic was known to police.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Unknown men have been seen collecting her from school.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['She told staff she has thought about ending it.', 'ep_self_harm', 'child', false, false, false],
    ['She talked about ending it all while high.', 'ep_self_harm', 'child', false, false, false],
    ["She was at the man's flat doing work for him.", 'am_found_with_adults', 'child', false, false, false],
    ["He was at the man's house to collect a package for the olders.", 'am_found_with_adults', 'child', false, false, false],
    ['Staff asked whether he knows the address where he was kept.', 'am_unknown_address', 'child', false, true, false],
    ['She was taken to a house she did not know and made to sleep there.', 'am_unknown_address', 'child', false, false, false],
    ['She was given vodka and woke up with no clothes on.', 'ad_substances_with_sex', 'child', false, false, false],
    ['Possible that images were taken at the party.', 'te_sexual_images', 'child', false, true, false],
    ['Videos were sent to the man she met online.', 'te_sexual_images', 'child', false, false, false],
    ['A man drove from Manchester to meet her after they met on Snapchat.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['She has far older new friends who pick her up in cars.', 'go_older_friends', 'child', false, false, false],
  ]);
  exactly('hard negatives for the narrowed entries', [
    ['Photos were taken of the team at the awards night.', []],
    ['Videos of the fight were posted on TikTok.', []],
    ['The paramedic came up from Derby to meet him at the hospital.', []],
    ['She has a history of cutting classes.', []],
    ['He was hit by a moped on the zebra crossing.', []],
    ['The older girls told the PE teacher that he had hurt his ankle.', []],
  ]);
  it('asked whether anyone had hit him, by name', () => {
    expect(codes('Staff asked whether anyone had hit Callum.')).toContain('ep_injuries_assault');
  });
});
