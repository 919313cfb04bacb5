// Regressions review A of indicator round 23 found (2026-12-01, items 1-7): each lost finding, false alarm and wrong
// flag it listed, as the exact findings the sentence must give. Every sentence is also run through the reference
// implementation, which must mirror the rules.
import { describe, expect, it } from 'vitest';
import { findingLines as read, givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

/** The code is not the child's (another person's or none). */
function notChilds(title: string, code: string, notes: readonly string[]) {
  it.each(notes)(`${title}: %s`, (note) => {
    expect(read(note)).not.toContain(`${code} child`);
  });
}

describe('1: leave to stay in a flat or car is a place to stay; a stray "school" or "brother" is not a veto', () => {
  gives('missed signs', [
    ['The men let her stay in their flat over the weekend.', ['rg_accommodation_offered child']],
    ['An older man lets him stay in his flat when he goes missing.', ['rg_accommodation_offered child', 'am_missing child']],
    ['A 25-year-old man has been letting her sleep in his car.', ['rg_accommodation_offered child']],
    ['The adult male lets her stay in the spare room and buys her vodka.', ['rg_accommodation_offered child', 'ad_substances_given child']],
    ['Dealers let him stay in a flat in Southend while he sells.', ['rg_accommodation_offered child']],
    ['The men let them stay in the flat and sleep on the floor.', ['rg_accommodation_offered child']],
    ['A man lets him and his mates stay at the flat and they stay in all weekend smoking.', ['rg_accommodation_offered child']],
    ['A man she met outside school lets her stay at his flat.', ['rg_accommodation_offered child']],
    ["Her boyfriend's brother lets her stay at his flat, he is 27.", ['rg_accommodation_offered child']],
  ]);
  gives('kept improvements', [
    ["Mum lets her stay at her friend's house on Saturdays.", []],
    ['Dad lets him stay at his flat every other weekend.', []],
    ['Staff let her stay in her room when she is upset.', []],
    ['The school let him stay in at lunchtime to finish work.', []],
  ]);
});

describe('2: round 23 leave, room, use of a place and free rent: to a child, at a place, not to adults', () => {
  gives('false alarms', [
    ['Older pupils are not allowed to hang around the front gates.', []],
    ['The older girls would not let her hang out with them.', ['go_older_friends child']],
    ['The older boys let him hang around with them at the park.', ['go_older_friends child']],
    ['Older children let the younger ones chill in the common room.', []],
    ['The adults allowed the children to stay and watch the fireworks.', []],
    ['The adults let the children stay outside to play until dark.', []],
    ['The men at the mosque let the boys stay for the evening prayer.', []],
    ['Police allowed the man to stay at the address overnight.', []],
    ['The landlord allowed the tenants to stay until the end of the month.', []],
    ['Bail conditions: the man is not allowed to stay at the address.', []],
    ['The receptionist gave the man a room on the ground floor.', []],
    ['The nurse gave the man a bed on the ward.', []],
    ['The landlord let them use the garage for storage.', []],
    ['Her boyfriend lets her use his address for her post.', []],
    ['The man has free rent from his employer.', []],
    ['The landlord offers free rent in return for work on the house.', []],
  ]);
});

describe('3: adults giving with a helper verb: the word after the giving is the child, not the drugs', () => {
  gives('the adults’ own supply or purchase', [
    ['The man was supplying crack cocaine in the area.', ['ad_substances_given other']],
    ['Her boyfriend is supplying crack cocaine in Hull.', ['ad_substances_given other']],
    ['Her boyfriend has been supplying the cannabis to local boys.', ['ad_substances_given other']],
    ['Her boyfriend had bought some cannabis for himself.', ['ad_drug_use other']],
    ['The males were buying their weed from a dealer in Leeds.', ['ad_drug_use other']],
    ['The men had bought cheap cider and were drinking in the park.', ['ad_alcohol other']],
    ['The men were buying their drinks at the off licence.', []],
    ['The man was buying some lager for the barbecue.', []],
    ['The man had bought some whisky for himself.', []],
    ['People have been buying cheap vodka from the van.', []],
    ['The people were buying more beer for the party.', []],
    ['The lads were buying cheap cider at the park.', []],
    ['The men were supplying this cocaine across the county.', []],
    ['Dealers are supplying pure cocaine to the town.', []],
    ['The adult was given a drink by the ambulance crew.', []],
  ]);
  notChilds('what the adults were given, or gave to others', 'ad_substances_given', [
    'The men were given some cannabis by Tyler.',
    'The man was supplying some cannabis to her friends.',
  ]);
});

// The drugs found are not carried by the child; the other findings of these sentences are left as they were (the
// report's "other" for Mr Khan's arrest needs a title to count as a person, which the experiencer rules do not do).
describe('4: drugs found on a date, a title, a procedure, a number or a partner are not drugs carried', () => {
  it.each([
    'Pills were found on Mr Patel, the lodger.',
    'Wraps were found on Mr Khan when he was arrested.',
    "Pills were found on Mia's boyfriend.",
    "Pills were found on Mia's partner, aged 24.",
    'Pills were found on 12 March in the bathroom.',
    'Pills were found on searching the bedroom.',
    'Pills were found on admission to the ward.',
    'Pills were found on CCTV review.',
    'Substances were found on analysis of the sample.',
    'Substances were found on swabs taken from the car.',
    'Wraps were found on several occasions in the garden.',
  ])('%s', (note) => {
    expect(read(note).filter((r) => r.startsWith('go_carrying_drugs'))).toEqual([]);
  });
  gives('the other findings stay', [
    ['Pills were found on Mr Patel, the lodger.', ['fa_living_with_unrelated_adults child']],
    ["Pills were found on Mia's partner, aged 24.", ['go_older_partner child']],
    ["Pills were found on Mia's boyfriend.", []],
  ]);
});

// "Back in Leeds" and "back in the summer" (the report's arguable rows) read as the past, as the README's historical
// triggers do with "back in" that opens or follows a clause.
describe('5: "back in" opening a clause is the past; after a verb of arriving or being it is a return', () => {
  gives('historical', [
    ['Back in the old days Dad was a heavy drinker.', ['fa_parental_substance_misuse other historical']],
    ['Back in her home country she was trafficked by a gang.', ['am_moved_by_others child historical']],
    ['Back in his home country he was forced to sell drugs.', ['go_carrying_drugs child historical']],
    [
      'Back in Romania she had been forced to beg on the streets.',
      ['go_forced_theft_begging child historical', 'fa_unsuitable_accommodation child historical'],
    ],
    ['Back in Vietnam she was forced to work in a nail bar.', ['rg_unpaid_work child historical']],
    ['Back in Afghanistan he was beaten by the Taliban.', ['ep_injuries_assault child historical']],
    ['Back in the care home she was going missing every night.', ['am_missing child historical']],
    ['Mum says back in London he was carrying knives for older boys.', ['go_carrying_weapons_money child historical']],
    ['Back in Leeds she went missing most weekends.', ['am_missing child historical']],
    ['Back in the summer he was arrested for robbery.', ['go_arrests child historical']],
  ]);
  gives('current', [
    ['She turned up back in Coventry and was arrested for robbery.', ['go_arrests child']],
    ['He is back in custody after he was arrested for robbery.', ['go_arrests child']],
    ['She was back in Bolton within days and was arrested for robbery.', ['da_controlled_return child', 'go_arrests child']],
  ]);
});

describe('6: a relative heading with a date: the relative stays the subject, the date is the entry’s own', () => {
  gives('the relative’s', [
    ['Mum at 22:30 on 12/03: drunk and abusive to the children.', ['fa_parental_substance_misuse other']],
    ['Mum 12/03/2024 14:10: drinking again and shouting at the children.', ['fa_parental_substance_misuse other']],
    ['Dad (12/03/2024 14:10): drinking again.', ['fa_parental_substance_misuse other']],
    ["Mum's partner 12/03/2024: drinking again.", ['fa_parental_substance_misuse other']],
    ['Stepdad 12/03/2024 09:00: arrested for assault.', ['go_arrests other']],
    ['Her brother 12/03/2024 14:10: arrested for robbery.', ['go_arrests other']],
    ['Dad 12/03/2024 14:10: was arrested for supplying drugs.', ['go_arrests other']],
  ]);
  gives('the child’s after a dated heading', [
    ['Dad 12/03/2024 14:10: Kai has been drinking again.', ['ad_alcohol child']],
    // Both wrong in the review: the heading's record kind is dropped when a subject follows its date and colon.
    ['MFH 03/02/2024 14:10: Jaden was found in Leeds.', ['am_found_out_of_area child']],
  ]);
});

// Item 7 (ambiguous, no regression): the README's rule reads the pronoun as not the speaker when its sex rules her out,
// so "Nan said he and his brother ..." is the child's (the review guessed the father's history; it cannot be told).
describe('7: a grandmother reporting "he and his brother" reports about the child (README rule)', () => {
  gives('child', [['Nan said he and his brother were beaten by their father as children.', ['fa_previous_abuse child historical']]]);
});

describe('both wrong in the review: drugs found on a date, a title, a procedure or two men are not the child’s use', () => {
  gives('none', [
    ['Drugs were found on 3 March at the property.', []],
    ['Drugs were found on 5th January in his room.', []],
    ['Drugs were found on school premises.', []],
    ['Drugs were found on Mr Jones, 34.', []],
    ['Drugs were found on two occasions in the garden.', []],
    ['Drugs were found on inspection of the car.', []],
    ['Drugs were found on examination of the bag.', []],
    ['Drugs were found on searching the car.', []],
    ['Drugs were found on CCTV.', []],
    ['Class A drugs were found on Mr Smith.', []],
    ['Class A drugs were found on two men in the car.', []],
  ]);
  gives('drugs found on the child stay carried', [
    ['Drugs were found on him when he was searched.', ['go_carrying_drugs child']],
    ['Cannabis was found on Kian when he was searched at the station.', ['go_carrying_drugs child']],
  ]);
});

describe('5 (more): a return "back in" a car or "now back in" is current', () => {
  gives('current', [
    ['She climbed back in the car with the men and was arrested.', ['am_found_with_adults child', 'go_arrests child']],
    ['He is now back in school and was arrested for robbery.', ['go_arrests child']],
  ]);
});

describe('both wrong in the review: men named further back giving the girls drink', () => {
  gives('child', [
    ['Men at the house were giving the girls vodka.', ['ad_substances_given child']],
    ['The men at the flat have been giving the boys cannabis.', ['ad_substances_given child']],
  ]);
  gives('not staff', [['Staff were giving the children cider at the party.', []]]);
});
