import { describe, expect, it } from 'vitest';
import { languageIds, hasFinding as found, lacksFinding as notFound } from '../../../test/fixtures/text-checks.ts';

// Regressions the second round-21 code review found (false alarms and lost findings), each with the wording the change
// that caused it was meant to catch, which must still be found. The reference checker must agree.

describe('review 21b H5: reassurance that it was in no way her fault', () => {
  it.each([
    ['Staff reassured her that it was in no way her fault.', 'to_blame'],
    ['It is important that she knows it is in no way her fault.', 'to_blame'],
    ['At no point was it her fault.', 'to_blame'],
    ['Officers explained to Kyra that nothing that happened at the party was her fault.', 'to_blame'],
    ['It was never her fault, the officer told her.', 'to_blame'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Kiara said she didn’t say no so it was her fault.', 'to_blame'],
    ['Nan said she never listens and it’s her own fault if something happens.', 'to_blame'],
  ])('%s -> %s', found);
});

describe('review 21b M13: a parent’s worry written off needs a worry object', () => {
  it.each([
    ['Mum was paranoid and hearing voices after she stopped her medication.', 'parent_worry_dismissed'],
    ['Dad is very overprotective and controlling and does not let her see friends.', 'parent_worry_dismissed'],
    ['Mum is over-anxious and has been referred to talking therapies.', 'parent_worry_dismissed'],
    ['Mum says Chloe is overreacting about the exam results.', 'parent_worry_dismissed'],
  ])('not flagged: %s (%s)', notFound);

  it.each([['Strategy meeting: mum is overreacting about the older men at the park.', 'parent_worry_dismissed']])('%s -> %s', found);
});

describe('review 21b M14: well developed needs a body frame or an age', () => {
  it.each([
    ['She shows well-developed insight into the risks from the men.', 'well_developed'],
    ['She has well-developed coping strategies.', 'well_developed'],
    ['She has a well-developed awareness of online safety.', 'well_developed'],
    ['Her sense of self is well developed.', 'well_developed'],
    ['Her bruising was well developed when she was seen by the paediatrician.', 'well_developed'],
    ['She has a well-developed safety plan with her worker.', 'well_developed'],
    ['Her language is well developed for a 13-year-old.', 'well_developed'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['GP: 13yo, well-developed, presenting for contraception.', 'well_developed'],
    ['The officer noted that she looks 18 and is well developed.', 'well_developed'],
  ])('%s -> %s', found);
});

describe('review 21b M15: a next clause that names the harm or says the record was amended', () => {
  it.each([
    ['Jade put herself at risk again last night; this is exploitation.', 'putting_self_at_risk'],
    ['She chose to go to the flat; police are treating it as exploitation.', 'chose_to'],
    ['She is sexually active with a 19-year-old; this is being investigated as abuse.', 'sexually_active'],
    ['He is a drug dealer; the record has been amended to include his new address.', 'drug_dealer'],
    ['She is sexually active with older men; the chronology has been amended to add the strategy meeting.', 'sexually_active'],
  ])('%s -> a finding', (text) => {
    expect(languageIds(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Poppy calls the 22-year-old her "boyfriend"; officers are treating this as grooming.',
    'The man, 19, claims she wanted it; she is 13 and this is rape.',
    'Review: earlier notes framed her abuse as her choice; the file has been corrected since.',
    'Review: earlier notes framed her abuse as her choice; the file has been amended.',
  ])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });
});

describe('review 21b M16: wannabe only for the child drawn to a gang', () => {
  it.each([
    ['She is a wannabe hairdresser and hopes to go to college.', 'wannabe_label'],
    ['He is a wannabe musician and plays guitar in a band.', 'wannabe_label'],
    ['He was a wannabe mechanic before the accident.', 'wannabe_label'],
    ['He is a wannabe footballer and trains every night.', 'wannabe_label'],
    ['The would-be dealers approached children at the school gates.', 'wannabe_gangster'],
    ['Police say the men are wannabe gangsters who use children to carry.', 'wannabe_gangster'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ["Mentor: he's a wannabe gangster who talks big about his olders.", 'wannabe_gangster'],
    ['Learning mentor: Deji is a wannabe who hangs around the elders on the estate.', 'wannabe_label'],
    ["Year 10 tutor: Reuben thinks he's a gangster and wants to be part of the Oxtree lot.", 'wannabe_label'],
  ])('%s -> %s', found);
});

describe('review 21b L17: back fine from somewhere ordinary', () => {
  it.each([
    ['He came back fine from contact with dad.', 'returned_fine'],
    ['He came back fine from respite.', 'returned_fine'],
    ['She returned home fine from A&E.', 'returned_fine'],
    ['Her blood test results came back fine, the GP said.', 'returned_fine'],
  ])('not flagged: %s (%s)', notFound);

  it.each([['MFH closure: Jade returned home fine and no further action is needed.', 'returned_fine']])('%s -> %s', found);
});

describe('review 21b L18: a bag grabbed or a threat of exclusion is no exploitation context', () => {
  it.each([
    ['He grabbed his bag and left; it was a falling out between friends.', 'violence_as_quarrel'],
    ['The threat of exclusion was discussed; the argument was a falling out between friends.', 'violence_as_quarrel'],
    ['The twins had a falling out over the remote control.', 'violence_as_quarrel'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['School: the boys grabbing girls in the corridor is horseplay.', 'banter'],
    ['Police: the threats between the two groups are a falling out between friends.', 'violence_as_quarrel'],
  ])('%s -> %s', found);
});

describe('review 21b L19: sleeps with most of the lights on', () => {
  it.each([
    ['She sleeps with most of the lights on since the assault.', 'sexualising_labels_round15'],
    ['She has been sleeping with her sister since the move.', 'sexualising_labels_round15'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Nurse to the IRO: "she\'s sleeping with half of Oxtree".', 'sexualising_labels_round15'],
    ['Dad said Courtney has been with loads of lads.', 'sexualising_labels_round15'],
  ])('%s -> %s', found);
});

describe('review 21b L20: a user of an app or service, an adult drug user', () => {
  it.each([
    ['She is a known user of the app and has 3,000 followers.', 'drug_user_label'],
    ['Jade is a known user of the youth service.', 'drug_user_label'],
    ['The man she stays with, 40, is a heavy drug user.', 'drug_user_label'],
    ['Officers recorded that the 14-year-old was mixing with known drug users.', 'drug_user_label'],
    ['She lives with her father, a known drug user, on the Brackenholt estate.', 'drug_user_label'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['GP: 15yo M, recreational drug user, anxiety.', 'drug_user_label'],
    ['Paramedic report: patient a known user, found collapsed behind the takeaway.', 'drug_user_label'],
  ])('%s -> %s', found);
});

describe('review 21b L21: the teachers cannot be bothered', () => {
  it.each([
    ["She says her teachers can't be bothered with her.", 'dismissive_labels_round21'],
    ['Police believe the men at the flat are up to no good.', 'dismissive_labels_round21'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ["Attendance officer: Chantelle can't be bothered to come in and her mum covers for her.", 'dismissive_labels_round21'],
    ['Youth club: Reece and Kyle hang about by the skate park and are up to no good.', 'dismissive_labels_round21'],
    ["Chantelle can't be bothered to go to school.", 'dismissive_labels_round21'],
  ])('%s -> %s', found);
});

describe('review 21b L22: a police interview or a phone line, not a drug line', () => {
  it.each([
    ['The nominal attended voluntarily for interview under caution.', 'willingly'],
    ['She willingly stayed on the line to the call handler until officers arrived.', 'willingly'],
    ['She waited in line willingly at the bus stop with her sister.', 'willingly'],
  ])('not flagged: %s (%s)', notFound);

  it.each([['BTP intelligence: subject (16) is a nominal on the Hollinshaw line and travels willingly.', 'willingly']])('%s -> %s', found);
});

describe('review 21b L23: a parent’s date, a landlord’s rent', () => {
  it.each([
    ['Mum met her date on a dating app; he is 40.', 'date_label'],
    ['Dad’s new girlfriend, his date from the app, is 29.', 'date_label'],
    ['Her date of birth is on the file and her dad, 45, confirmed it.', 'date_label'],
    ['Mum says her landlord has agreed no rent increase this year.', 'landlord_label'],
    ['Her landlord has agreed to repair the boiler for free next week.', 'landlord_label'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Police: Harley met his date, a 34-year-old, at a Travelodge near the M6.', 'date_label'],
    ['The record says Olivia’s date from the app, a man of 35, picked her up from school.', 'date_label'],
    ['Housing: her landlord lets her stay rent-free in return for "favours", she is 16.', 'landlord_label'],
  ])('%s -> %s', found);
});
