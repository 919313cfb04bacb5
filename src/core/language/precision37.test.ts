import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';

// Session 22b (fewer false alarms): general causes of false alarms in the pooled tuning sets and the main dev split,
// and the findings that must stay. Invented sentences. Rows: [sentence, entry id or category, found?]; the reference
// checker must agree with the fast one.

type Row = [string, string, boolean];

function findings(text: string): ReturnType<typeof checkLanguage> {
  const show = (fs: ReturnType<typeof checkLanguage>) => fs.map((f) => `${f.entryId}/${f.category}/${f.start}/${f.end}`);
  const fast = checkLanguage(text);
  expect(show(referenceCheckLanguage(text))).toEqual(show(fast));
  return fast;
}

function expectRow(text: string, key: string, present: boolean): void {
  expect(findings(text).some((f) => f.entryId === key || f.category === key)).toBe(present);
}

describe('session 22b: a one-word label of blame and what it shows, joined by "and", is one finding', () => {
  it.each<[string, number]>([
    ['Carer: Jade is devious and plays the staff off against each other.', 1],
    ['Unit log: Tom is a hothead and kicks off when the men are mentioned.', 1],
    ['Officer: she was mouthy and wasting our time.', 2],
  ])('%s -> %i', (text, n) => {
    expect(findings(text).filter((f) => f.category === 'blames_child')).toHaveLength(n);
  });
});

describe('session 22b: an offence beside a victim frame', () => {
  it.each<Row>([
    ['BTP: lad of 15 found holding drugs for older males; treated as a possible victim.', 'criminalises_child', false],
    ['Custody: boy detained with wraps plugged, NRM referral submitted the same day.', 'criminalises_child', false],
    ['Police: Reece is a known drug dealer and was not treated as a victim.', 'criminalises_child', true],
    ['Police: he was regarded as an offender, not a victim.', 'criminalises_child', true],
    ['Border Force logged the boy as an overstayer before the NRM referral was made.', 'criminalises_child', true],
    ['Police: Reece was found holding drugs for the older lads at the park.', 'criminalises_child', true],
  ])('%s [%s present: %s]', expectRow);
});

describe('session 22b: a word in its ordinary sense, an adult as the subject, the category most sets give', () => {
  it.each<Row>([
    ['Key worker: Tyler let them use his room for cash, he says he is fine with it.', 'lends_to_adults_round37', true],
    ['Key worker: Tyler let them use his room for cash, he says he is fine with it.', 'blames_child', false],
    ['Gran let them use her flat for the christening.', 'implies_consent', false],
    ['Youth worker: risk that he will let them use his bank card for money.', 'implies_consent', false],
    ['Neighbour: the kids on that estate are feral, he said.', 'feral_label_round37', true],
    ['Neighbour: the kids on that estate are feral, he said.', 'criminalises_child', false],
    ['Airline log: the 14-year-old flew with the unaccompanied minor escort.', 'sexualises', false],
    ['Chapel newsletter: the elders and the deacon ran the bake sale.', 'adult_centred_label', false],
    ['Police: the county lines day of action was a one-off joint exercise.', 'minimises_harm', false],
    ['Strategy: the assault at the flat was a one-off.', 'one_off', true],
    ['Strategy: her pimp is known to police.', 'known_to_police', false],
    ['Strategy: the older lads from the park, who are known to police, give him cash.', 'known_to_police', false],
    ['Police: Tom, 15, is well known to police in Leeds and goes missing with the men.', 'known_to_police', true],
    ['ED: boy of 15 beaten over a drug debt, referral made.', 'drug_debt', false],
    ['Kyle owes a drug debt to the men in Hull and was robbed.', 'drug_debt', true],
    ['Clinic: she said a male of 23 had sex with her in the car.', 'implies_consent', false],
    ['Police: men at the flat had sex with her.', 'implies_consent', false],
    ['She had sex with a man of 25 in his car.', 'had_sex_with_adult', true],
  ])('%s [%s present: %s]', expectRow);
});

describe('session 22b: a quoted minimising remark that justifies the one before it joins it', () => {
  it.each<[string, number]>([
    ['Uncle said "it is only a bit of weed, everyone does it".', 1],
    ['Casey told me "it was just sexting, everybody does it".', 1],
    ['Stepdad: "it is just lads being lads, he will grow out of it."', 1],
    ['The log reads "nothing serious, she came back safe and well".', 2],
  ])('%s -> %i', (text, n) => {
    expect(findings(text).filter((f) => f.category === 'minimises_harm')).toHaveLength(n);
  });
});

describe('session 22b: a quoted blame that follows a verdict joins it; labels stay two', () => {
  it.each<[string, number]>([
    ['Gran said "she is out of control, she does what she likes".', 1],
    ['Riley told the worker "it\'s all my fault, I shouldn\'t have gone to the flat".', 1],
    ['Dad said "he is a liar and a nuisance".', 2],
  ])('%s -> %i', (text, n) => {
    expect(findings(text).filter((f) => f.category === 'blames_child')).toHaveLength(n);
  });
});

describe('session 22b: a procedure, a wish about family, the writer correcting the child', () => {
  it.each<Row>([
    ['Fire service: during the safe and well visit the crew saw a girl of 13 with two adult men.', 'minimises_harm', false],
    ['MFH: returned at 4am safe and well after a night with the older men.', 'minimises_harm', true],
    ['Guardian: Kai told me "I want to move to my dad" and has said so for a year.', 'implies_consent', false],
    ['RHI: she said "I wanted to go with the men, it was a party".', 'implies_consent', true],
    ['Youth worker: Ola thinks it was her fault; I told her it was not.', 'blames_child', false],
    ['Youth worker: Ola thinks it was her fault; I told her it was not safe to go back.', 'blames_child', true],
  ])('%s [%s present: %s]', expectRow);
});

describe('session 22b: the child playing the big man', () => {
  it.each<Row>([
    ['Mentor: Dion likes acting the big man with the cash.', 'big_man_self_round37', true],
    ['Mentor: Dion likes acting the big man with the cash.', 'adult_centred_label', false],
    ['Dion says the big man pays for his phone.', 'top_boy', true],
  ])('%s [%s present: %s]', expectRow);
});

describe('session 22b: a denial, a retraction reported, someone else lying, a relative’s offence', () => {
  it.each<Row>([
    ['School nurse: Mia denies having an older boyfriend.', 'adult_centred_label', false],
    ['CAMHS: Tom has no older friends; his friends are in his class.', 'adult_centred_label', false],
    ['RHI: she denies any sexual contact with the men at the flat.', 'implies_consent', false],
    ['School nurse: Mia has an older boyfriend who is 24.', 'adult_centred_label', true],
    ['She told her teacher about the man, then said she had made it up.', 'liar', false],
    ['Staff said she made it up to get attention.', 'liar', true],
    ['SENCO: he finds it hard to tell when people are lying to him.', 'liar', false],
    ['YOT: his older brother runs a line out of Hull.', 'criminalises_child', false],
    ['YOT: Tyler runs a line out of Hull for the older lads.', 'criminalises_child', true],
  ])('%s [%s present: %s]', expectRow);
});
