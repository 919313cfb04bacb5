// Regressions review 3 of indicator round 23 found (2026-12-01, snapshot f190155): each false alarm, lost finding and
// wrong flag it listed, with the expected result. Every sentence is also run through the reference implementation,
// which must mirror the rules.
import { describe } from 'vitest';
import { givesCodes as finds, givesFlags as gives, lacksCode as falseAlarms } from '../../../test/fixtures/text-checks.ts';

describe('da_coached_account: the veto is about who speaks, not the writer or the child', () => {
  finds('someone else answers for the child', [
    ['The interpreter noted that the man who brought him answered for him throughout.', ['da_coached_account']],
    ['The residential carer said the man who collected her answered for her at reception.', ['da_coached_account']],
    ["The foster carer noted that the 'uncle' spoke for her at the clinic.", ['da_coached_account']],
    ["Her social worker noted that the 'cousin' answered for her at every question and she looked anxious.", ['da_coached_account']],
  ]);
});

describe("te_location_tracked: a parent checking the phone does not silence the men's tracking", () => {
  finds('abusers track', [
    ["Mum checked Ellie's phone and found that the older men track her location on Snapchat.", ['te_location_tracked']],
    ['Mum uses the Find My app and says the men also track her location.', ['te_location_tracked']],
  ]);
});

describe('fa_family_breakdown: a refused home, not a curfew', () => {
  finds('refused', [
    ['Mum told him he cannot come home after what happened at the weekend.', ['fa_family_breakdown']],
    ["Mum told her she couldn't come home after the police brought her back drunk.", ['fa_family_breakdown']],
    ['Mum told her she cannot come home until she stops seeing him, and she is sofa surfing.', ['fa_family_breakdown', 'fa_unsuitable_accommodation']],
  ]);
  falseAlarms('several family friends or members while mum is ill', 'fa_family_breakdown', [
    'He is staying with several different family friends while mum is in hospital.',
    "During mum's chemotherapy he has stayed with several different family members on a rota.",
  ]);
});

describe('am_found_with_adults: online chats traced are not a search that found nothing', () => {
  finds('found', [['Found at 2am with unknown adults after her online chats were traced.', ['am_found_with_adults']]]);
});

describe('go_taken_to_parties: parties with people met online, at flats, with drugs or cash', () => {
  finds('parties', [
    ['She has been going to house parties in Oldham with people she met online.', ['go_taken_to_parties']],
    ['Sophie attends parties at a flat in Burnley every Friday where drugs are supplied.', ['go_taken_to_parties', 'ad_drug_use']],
    ['He goes to parties at flats in Rochdale at weekends and comes back with cash.', ['go_taken_to_parties']],
    ['She told staff she goes to parties at a flat above the takeaway most weekends.', ['go_taken_to_parties']],
  ]);
});

describe('ep_eating_problems: tablets from older boys are part of the harm', () => {
  finds('weight loss', [
    ['GP noted weight loss and that she has been taking tablets given to her by older boys.', ['ep_eating_problems']],
    ['She has significant weight loss and says the older boys give her tablets to keep her awake.', ['ep_eating_problems']],
  ]);
});

describe('ConText: "and stays" ends negation, not a condition or a past time', () => {
  gives('flags', [
    ['If she goes missing and stays out overnight, call the police.', 'am_staying_out_late', 'child', false, true, false],
    ['In 2022 she went missing and stayed at a flat in Leeds with older men.', 'am_found_with_adults', 'child', false, false, true],
    ['Last year he went missing and stayed with adult males in a flat in Hull.', 'rg_accommodation_offered', 'child', false, false, true],
  ]);
});

describe('go_arrests: he and his associates known to police', () => {
  finds('arrests', [['He and his associates are known to police.', ['go_arrests']]]);
});

describe('go_carrying_drugs: work or volunteering, handing bags to cars', () => {
  falseAlarms('jobs', 'go_carrying_drugs', [
    "He works at the McDonald's drive-thru, passing bags through car windows.",
    'He volunteers at the food bank, handing bags to people in cars.',
  ]);
});

describe('go_carrying_weapons_money: a razor for self-harm, a work knife', () => {
  falseAlarms('not weapons', 'go_carrying_weapons_money', [
    'Staff caught her self-harming with a razor blade.',
    'He was stopped in the car with a Stanley knife he uses for work.',
  ]);
  finds('self-harm kept', [['Staff caught her self-harming with a razor blade.', ['ep_self_harm']]]);
});

describe('ep_injuries_assault: a swollen lip from an allergy or fillers', () => {
  falseAlarms('not injuries', 'ep_injuries_assault', [
    'She had a swollen lip after an allergic reaction to nuts.',
    'She has swollen lips after getting lip fillers.',
  ]);
});

describe('am_missing: money reported missing', () => {
  falseAlarms('money', 'am_missing', ['Dad reported £50 missing from his wallet.']);
});

describe('go_taken_to_parties: hotel key cards', () => {
  falseAlarms('a family stay', 'go_taken_to_parties', ['Mum found a hotel key card from when the family stayed there at Christmas.']);
  // Left (RESULTS.md round 23): across a ';' the veto cannot see the family's stay ("Mum found a hotel key card; the
  // family stayed there at Christmas" is still a sign), as unlessNear keeps to its clause.
  finds('the Holiday Inn pattern can fire', [['She had a Holiday Inn key card in her bag.', ['go_taken_to_parties']]]);
});

describe('am_school_absence: illness', () => {
  falseAlarms('flu', 'am_school_absence', ['She has not been in school for two weeks because of flu.']);
});
