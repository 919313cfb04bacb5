import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as refCheckLanguage } from './reference/check.ts';

// Round 22: each new family of wording with its positives, and ordinary sentences that share its words (an adult's
// own choice, an organisation as the subject, negation, criticism of the wording, a same-age partner, a procedure's
// name) that must get no finding of it. The reference checker must agree with the fast path on every sentence.
const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);
const refIds = (text: string): string[] => refCheckLanguage(text).map((f) => f.entryId);

const found = (text: string, id: string): void => {
  expect(ids(text)).toContain(id);
  expect(refIds(text)).toEqual(ids(text));
};
const notFound = (text: string, id: string): void => {
  expect(ids(text)).not.toContain(id);
  expect(refIds(text)).toEqual(ids(text));
};

describe('round 22: the child’s character named as the problem', () => {
  it.each([
    ['Youth club: Marlon is a hothead and kicks off whenever staff mention the older men.', 'character_labels_round22'],
    ['Nico is a proper little wide boy.', 'character_labels_round22'],
    ['C&F assessment: Nico is a bit of a wide boy and does not like being told what to do.', 'character_labels_round22'],
    ['Theo is a nasty piece of work and the older boys egg him on.', 'character_labels_round22'],
    ["Kai is a right wrong 'un, according to the shop.", 'character_labels_round22'],
    ['Keanu is no stranger to the police and goes missing to avoid them.', 'character_labels_round22'],
    ['Custody: Deon has no respect for authority and would not answer any questions.', 'character_labels_round22'],
    ['Kane was playing on his vulnerabilities to get a placement move.', 'character_labels_round22'],
    ['Nia was being overdramatic about the man at the bus stop.', 'dramatic'],
  ])('%s -> %s', found);

  it.each([
    ['Her stepdad is a hothead and shouts at mum.', 'character_labels_round22'],
    ['The man who runs the flat is a nasty piece of work.', 'character_labels_round22'],
    ['Police said the man is a nasty piece of work.', 'character_labels_round22'],
    ['The address is no stranger to the police.', 'character_labels_round22'],
    ['She is no stranger to the area and knows the bus routes.', 'character_labels_round22'],
    ['Police are no stranger to the family.', 'character_labels_round22'],
    ['The suspect has no respect for authority, according to his probation officer.', 'character_labels_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: an offence named as the child’s trade', () => {
  it.each([
    ['Custody record: Tyrese (15) is described as a prolific supplier in the Hartlepool area.', 'offender_labels_round22'],
    ['Retail security: the boy is a professional thief who has been seen in three stores.', 'offender_labels_round22'],
    ["Step-mum: he's a thieving little sod, stealing to order for them.", 'thieving_slurs_round22'],
    ['PNC note added by the arresting officer: "little toerag, third time this month".', 'thieving_slurs_round22'],
  ])('%s -> %s', found);

  it.each([
    ['The company is the main supplier of school uniforms to the academy.', 'offender_labels_round22'],
    ['Police arrested the main supplier, a 40-year-old man, at the flat.', 'offender_labels_round22'],
    ['The network uses professional criminals to launder the money.', 'offender_labels_round22'],
    ['The firm is a key supplier of gas to the estate.', 'offender_labels_round22'],
    ['She stubbed her toe on the step; the little toe is bruised.', 'thieving_slurs_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: compliance read as contentment, and adults’ acts as the child’s permission', () => {
  it.each([
    ['Police: officers recorded that Ethan seems happy enough to do the trips to Lincoln.', 'happy_enough_round22'],
    ['She was more than happy to go to the flat with the men.', 'happy_enough_round22'],
    ['Home visit: Grace admitted she lets the men take her to parties in Hull.', 'lets_adults_round22'],
    ['Housing: Jordan allowed the men to use his flat for dealing.', 'lets_adults_round22'],
    ['Liam lets the older lads use his room to store drugs.', 'lets_adults_round22'],
    ['AssetPlus: Mikey is deeply entrenched in the local drug scene.', 'entrenched_round22'],
    ['Bank: Chloe lent her account to an older man and was paid £200.', 'lent_account_round22'],
  ])('%s -> %s', found);

  it.each([
    ['Mum is more than happy to attend the meeting.', 'happy_enough_round22'],
    ['She seems happy enough to go to college each day.', 'happy_enough_round22'],
    ['The carers are happy enough to have him back.', 'happy_enough_round22'],
    ['Police are more than happy to meet the family at the station.', 'happy_enough_round22'],
    ['Staff did not let the men in.', 'lets_adults_round22'],
    ['She refused to let the men into the flat.', 'lets_adults_round22'],
    ['The hostel allowed the men to visit without signing in.', 'lets_adults_round22'],
    ['Police let the men go without charge.', 'lets_adults_round22'],
    ['He let the older boys down at football.', 'lets_adults_round22'],
    ['She would not let the men take her phone.', 'lets_adults_round22'],
    ['Her mum lets the men stay at the house.', 'lets_adults_round22'],
    ['County lines is deeply entrenched in the town.', 'entrenched_round22'],
    ['The gang is entrenched in the estate.', 'entrenched_round22'],
    ['Staff are entrenched in their approach to drugs education.', 'entrenched_round22'],
    ['She lent her bank card to her friend for lunch.', 'lent_account_round22'],
    ['Mum lent her account details to her partner.', 'lent_account_round22'],
    ['He lent his account to his brother for the Netflix subscription.', 'lent_account_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: harm made small (help, a love bite), and staying read as doubt', () => {
  it.each([
    ['Labour inspection: the 16-year-olds were only helping out, according to the manager of the car wash.', 'helping_out_round22'],
    ['Social worker: the men just helped Callum out with a phone and a place to stay.', 'helping_out_round22'],
    ['School nurse: the bruising on Callum’s neck was a love bite from a man in his thirties.', 'love_bite_round22'],
    ['NRM: Elira did not try to escape, which raises questions about her account.', 'no_escape_blamed_round22'],
    ['She made no attempt to leave the flat despite having a phone.', 'no_escape_blamed_round22'],
  ])('%s -> %s', found);

  it.each([
    ["She is just helping out at her nan's salon on Saturdays.", 'helping_out_round22'],
    ['The volunteers were only helping out at the car wash fundraiser.', 'helping_out_round22'],
    ['Staff were just helping him out with his phone contract.', 'helping_out_round22'],
    ['Mum is just helping out with lifts.', 'helping_out_round22'],
    ['She has a love bite from her boyfriend, who is also 15.', 'love_bite_round22'],
    ['The man did not try to escape when police arrived.', 'no_escape_blamed_round22'],
    ['She did not try to leave the classroom despite the fire alarm.', 'no_escape_blamed_round22'],
    ['She did not try to escape because the men had threatened her family.', 'no_escape_blamed_round22'],
  ])('not flagged: %s (%s)', notFound);
});
