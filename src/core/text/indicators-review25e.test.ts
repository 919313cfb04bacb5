// Regressions fixer E of indicator round 25 mended (2026-12-01, main at 6a9f3fb against the round's start 2af9d3c): where a
// probe-25 entry repeated a round-25 entry another fixer had already narrowed, the duplicate pattern is gone and the
// narrower entry keeps its vetoes; each fix keeps a positive it must still find. Every sentence is also run through the
// reference implementation, which must mirror the rules.
import { describe } from 'vitest';
import { givesCodes, givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

describe('te_worrying_calls: one entry, with a bus, a doctor or an ordinary outing as vetoes', () => {
  gives('review 25E', [
    ['She got a text and left to meet her boyfriend at the cinema.', []],
    ['gets a text and then leaves for the bus.', []],
    ['She gets a text and then leaves for the bus.', []],
    ['He gets a call and leaves the house straight away.', ['te_worrying_calls child']],
    ['She gets a text and then leaves for the flat.', ['te_worrying_calls child']],
  ]);
  givesCodes('review 25E', [['She got a text and then ran off, and came back at 3am.', ['te_worrying_calls', 'am_staying_out_late']]]);
});

describe('rg_status_rewards: a choir, a band or a sport', () => {
  gives('review 25E', [
    ['The older girls in the choir made her feel respected.', []],
    ['Boxing makes him feel powerful, and the older lads at the gym look out for him.', ['go_older_friends child']],
    ['The lads in the band make him feel special.', []],
    ['Being in the gang makes him feel powerful.', ['rg_status_rewards child']],
    ['The olders made her feel respected and protected.', ['rg_status_rewards child']],
    ['It makes him feel important when the olders ask him.', ['rg_status_rewards child']],
  ]);
});

describe('fa_unsuitable_accommodation: the probe-25 car entry folded into the round-25 one; a converted room', () => {
  gives('review 25E', [
    ["He sleeps in the garage conversion at his dad's.", []],
    ['She sleeps in the converted garage at her nan’s house.', []],
    ['He is sleeping in his car on the retail park.', ['fa_unsuitable_accommodation child']],
    ["He has been sleeping in someone's van since he left.", ['fa_unsuitable_accommodation child']],
    ['She has been living in a tent in the woods.', ['fa_unsuitable_accommodation child']],
  ]);
});

describe('go_older_friends: a family pastime', () => {
  gives('review 25E', [
    ["He spends his weekends with the men at his uncle's allotment.", []],
    ['He spends his evenings with the men at the fishing lake with his grandad.', []],
    ['He spends his evenings with the men at the garage.', ['go_older_friends child']],
    ['She spends her weekends with older men at a flat.', ['go_older_friends child']],
  ]);
});

describe('fa_domestic_servitude: the probe-25 duplicate (maid, the family’s kids) gone', () => {
  gives('review 25E', [
    ["Her older sister looks after the family's kids all day in the holidays.", []],
    ['She works as a maid at the Premier Inn on Saturdays, her first job.', []],
    ['She works as a maid in the hotel on Saturdays.', []],
    ["She looks after the family's three children all day instead of school.", ['fa_domestic_servitude child']],
    ['She worked as a maid for a family in Lagos.', ['fa_domestic_servitude child']],
  ]);
});

describe('ep_change_in_behaviour: one entry; a place that changed', () => {
  gives('review 25E', [
    ['The estate has changed dramatically since the regeneration.', []],
    ['Her street has changed dramatically since the new flats were built.', []],
    ['His mood has changed completely since he started seeing the olders.', ['ep_change_in_behaviour child']],
    ['She has changed dramatically since the summer.', ['ep_change_in_behaviour child']],
  ]);
});

describe('rg_unpaid_work: one "earnings taken" pattern; a probation period', () => {
  gives('review 25E', [
    ['His pay is withheld until he completes his probation, the manager says.', []],
    ['Her earnings are taken from her by the woman who runs the salon.', ['rg_unpaid_work child']],
    ['His wages are docked by the men at the car wash.', ['rg_unpaid_work child']],
    ['The money he earns is taken by his boss.', ['rg_unpaid_work child']],
  ]);
});

describe('go_cuckooing: visiting at all hours only in the round-25 entry (who visits); a sale or a holiday let', () => {
  gives('review 25E', [
    ['There are youths coming and going at all hours at the chip shop.', []],
    ['Lots of cars visiting the house at all hours for the car boot sale.', []],
    ['People coming and going day and night from the house next door, which is an Airbnb.', []],
    ['The police have been visiting the flat at all hours since the burglary.', []],
    ['Paramedics have been visiting the house day and night for her nan.', []],
    ['A group of men visiting the flat at all hours.', ['go_cuckooing child']],
    ['There are lots of visitors at all hours at the flat.', ['go_cuckooing child']],
    ['Lots of people coming and going from the flat at night.', ['go_cuckooing child']],
  ]);
});

describe("sh_sexual_activity: one friend's-relative pattern", () => {
  gives('review 25E', [
    ["Her mum is sleeping with her friend's dad.", []],
    ["She is sleeping with her friend's stepdad.", ['sh_sexual_activity child']],
    ["She is sleeping with her friend's uncle.", ['sh_sexual_activity child']],
  ]);
});

describe('ep_low_self_esteem: trust in a coach or a school', () => {
  gives('review 25E', [
    ['The coach has very little confidence in the new goalkeeper.', []],
    ['Mum has no confidence in the school.', []],
    ['She has very little confidence.', ['ep_low_self_esteem child']],
    ['She has no confidence in herself.', ['ep_low_self_esteem child']],
  ]);
});

describe("ep_learning_disability: one Down's syndrome entry, not others who have it", () => {
  gives('review 25E', [
    ["She volunteers with children with Down's syndrome at the club.", []],
    ['He helps out with adults with Down syndrome at the cafe.', []],
    ["He has Down's syndrome and is very trusting.", ['ep_learning_disability child']],
  ]);
  givesCodes('review 25E', [['He has Down syndrome and the men use him to hold drugs.', ['ep_learning_disability', 'go_carrying_drugs']]]);
});

describe('da_inconsistent_accounts: one changed-each-time pattern', () => {
  gives('review 25E', [
    ['Her answers on the quiz changed each time she was asked.', []],
    ['Her story changed each time she was asked.', ['da_inconsistent_accounts child']],
    ['He gave three different versions of what happened.', ['da_inconsistent_accounts child']],
  ]);
});

describe('am_unknown_address: the probe-25 duplicates folded into the round-25 entries', () => {
  gives('review 25E', [
    ['She did not know which road the new house was on because they had just moved in.', []],
    ['He did not know what street the hotel was on, it was his first time in London with the school.', []],
    ['He cannot say where the house was, as the family moved when he was two.', []],
    ['She did not know which street the flat in Bradford was on.', ['am_unknown_address child']],
    ["He couldn't say what area the house was in where they kept him.", ['am_unknown_address child']],
    ['She cannot say where the house was.', ['am_unknown_address child']],
    ["He couldn't remember where the flat was, only that it had a red door.", ['am_unknown_address child']],
  ]);
});

describe('fa_unaccompanied_migrant: one entry, with a journey to this country as its cue', () => {
  gives('review 25E', [
    ["She came with a woman who is not her mother, a family friend, to parents' evening.", []],
    ["He arrived with a man who is not his father, his mum's partner, for the review meeting.", []],
    ['Travelled with a man who was not his dad to the football match.', []],
    ['Came to the UK with a man who is not her father.', ['fa_unaccompanied_migrant child']],
    ['He travelled with a man who was not his brother, police at Dover said.', ['fa_unaccompanied_migrant child']],
  ]);
});

describe('da_disclosure_withdrawn: one entry, a customer complaint vetoed', () => {
  gives('review 25E', [
    ['He took back his complaint about the bus driver after the company apologised.', []],
    ['She took back her account of the assault.', ['da_disclosure_withdrawn child']],
  ]);
  givesCodes('review 25E', [['He took back his statement after the men threatened his mum.', ['da_disclosure_withdrawn', 'go_threats_violence']]]);
});

describe('go_unknown_adults_collect: a parent’s friends or a faith group', () => {
  gives('review 25E', [
    ["She is collected by different adults each week, her mum's friends from church.", []],
    ['She is collected by different older men each day.', ['go_unknown_adults_collect child']],
  ]);
  givesCodes('review 25E', [['She is collected by different adults each week, men nobody knows.', ['go_unknown_adults_collect']]]);
});

describe('te_live_streaming: a team photo (no finding at the start of the round either)', () => {
  gives('review 25E', [
    ['Told to pose for the camera for the team photo.', []],
    ['He was made to pose for the camera by the men at the flat.', ['te_live_streaming child']],
  ]);
});
