// Regressions review A of indicator round 22 found (2026-12-01, items I1-I19): each false alarm, lost finding and
// wrong flag it listed, and the findings the narrowed patterns were made for. Every sentence is also run through the
// reference implementation, which must mirror the rules.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';
import { findIndicators } from './indicators.ts';

const find = indicatorRows(['code', 'experiencer', 'negated', 'historical']);

const codes = (note: string) => find(note).map((r) => r[0]);

/** False alarms: the sentence must not give the code. */
function falseAlarms(title: string, code: string, notes: readonly string[]) {
  it.each(notes)(`${title}: %s`, (note) => {
    expect(codes(note)).not.toContain(code);
  });
}

/** The narrowed pattern's intended findings: the child's, current, asserted. */
function keeps(title: string, code: string, notes: readonly string[]) {
  it.each(notes)(`${title} (kept): %s`, (note) => {
    expect(find(note)).toContainEqual([code, 'child', false, false]);
  });
}

describe('I1: sh_many_partners needs "having sex" or "sleeping with"', () => {
  falseAlarms('men in a property', 'sh_many_partners', [
    'Three men were sleeping in the front room when police arrived.',
    'Four men were having an argument outside the flat.',
    'Several adults were having a party downstairs.',
    'Several men were having a drink at the house.',
    'Several adults have been sleeping at the flat.',
  ]);
  keeps('many partners', 'sh_many_partners', [
    'Several of the men at the house had sex with her over the weekend.',
    'Other men have had sexual contact with Jasmine.',
    'Several men have been sleeping with her at the flat.',
    'Three men were having sex with her at the party.',
  ]);
});

describe('I2: te_location_tracked needs the person her location goes to; police checking a seized phone', () => {
  falseAlarms('a parent or carer, the police', 'te_location_tracked', [
    'She has to share her location with mum.',
    'Mum says she has to share her location with her.',
    'She has to share her location with her carers.',
    'Police seized her phone and they checked the phone and found messages.',
  ]);
  keeps('tracked by the men', 'te_location_tracked', [
    'Shay has to send the men his location every hour.',
    "Mum: the men track Shannon's phone and know where she is.",
    'She has to share her location with the men.',
    'The men check her phone every night.',
  ]);
});

describe('I3: da_protects_abusers needs the men defended', () => {
  falseAlarms('reassurance, her own view, an ordinary boyfriend', 'da_protects_abusers', [
    'I told her she had done nothing wrong.',
    'She says she has done nothing wrong.',
    'She says her boyfriend is nice and she loves him.',
    'She says her boyfriend is lovely.',
    'She says the man is alright.',
  ]);
  keeps('defending the men', 'da_protects_abusers', [
    'Police: Ruby says the man is lovely and did nothing wrong.',
    'Social worker: Joel said the olders are alright.',
    'She says the men have done nothing wrong.',
    'She insists the man is harmless.',
  ]);
});

describe('I4: ad_supply_controlled: kit, and carers holding a phone', () => {
  falseAlarms('no drugs', 'ad_supply_controlled', [
    'He only gets his gear when he goes to training.',
    'Staff hold her phone overnight and they decide when she gets it back.',
    'They decided when she gets it.',
  ]);
  keeps('supply on the men’s terms', 'ad_supply_controlled', [
    'Zara needs crack from the men and they decide when she gets it.',
    'Carys only gets her weed if she does what they say.',
    'He only gets his gear when he runs drugs for the dealer.',
    'The olders decide when he gets it.',
  ]);
});

describe('I5, I6: am_moved_by_others: theft, a relative’s house, a pastime', () => {
  falseAlarms('not moved by others', 'am_moved_by_others', [
    'A man took £20 from her purse.',
    "He was taken to nan's again.",
    'He was driven to football again.',
  ]);
  keeps('driven between towns', 'am_moved_by_others', [
    'A man drove her from Oxtree to Brackenford and back on the same night.',
    'The men took her from Leeds to Bradford.',
    'Kyla says men drive her between Corrowby and Stavenholme most weekends.',
    'He was taken to Norwich again.',
  ]);
});

describe('I7: fa_family_breakdown: a school exclusion', () => {
  falseAlarms('the school', 'fa_family_breakdown', ["The school told mum that he can't come back."]);
  keeps('shut out of home', 'fa_family_breakdown', ['Mum has told Connor he cannot come home after a row.']);
});

describe('I8: te_worrying_calls needs the lesson', () => {
  falseAlarms('an ordinary call', 'te_worrying_calls', ['She got a text and went to bed.', 'He received a call and then left for work.']);
  keeps('leaving lessons', 'te_worrying_calls', ['Keira gets texts during lessons and then leaves.']);
});

describe('I9: da_not_engaging: "didn’t speak to me" is a fact', () => {
  falseAlarms('a fact', 'da_not_engaging', ["He didn't speak to me on the phone because he was at work."]);
  keeps('refusals', 'da_not_engaging', [
    'Tanisha will not meet with me and hides when I visit.',
    'He refused to speak to me.',
    'She does not engage with professionals.',
  ]);
});

describe('I10: fa_no_trusted_adult: peers, cooking', () => {
  falseAlarms('not the lack of a trusted adult', 'fa_no_trusted_adult', ['No one at school likes her.', 'No one in the house bothers to cook.']);
  keeps('nobody who cares', 'fa_no_trusted_adult', ['Keanu said nobody at the home cares about him.', 'No one at home bothers about her.']);
});

describe('I11: am_school_absence: walking off site and going home', () => {
  keeps('truanting home', 'am_school_absence', ['He walked off site and went home.', 'She walked off site at lunchtime and went home.']);
  falseAlarms('a session walked out of', 'am_school_absence', ['He walked off site during his reparation session.']);
});

describe('I12: rg_status_rewards is vetoed only by a service as the giver', () => {
  keeps('protection from the olders', 'rg_status_rewards', [
    'In a session with his worker he said the olders give him respect and protection.',
    'He said the gang give him protection because he was a witness.',
  ]);
  falseAlarms('a service protects', 'rg_status_rewards', [
    'The police offered her protection from the older men.',
    'Police offered protection through an Osman warning to the men.',
  ]);
});

describe('I13: a chronology heading does not make a current episode historical', () => {
  it.each([
    'Chronology update: she is currently missing from home.',
    'Chronology: he went missing last night and is still missing.',
    'Chronology of current concerns: she is going missing most weekends.',
  ])('%s', (note) => {
    expect(find(note)).toContainEqual(['am_missing', 'child', false, false]);
  });
  it.each(['Chronology: Chloe was missing for four days and was found in Leeds.', 'Chronology: she went missing in 2019.'])(
    'keeps a chronology entry historical: %s',
    (note) => {
      expect(find(note)).toContainEqual(['am_missing', 'child', false, true]);
    },
  );
});

describe('I14: te_live_streaming: a meeting, a security camera', () => {
  falseAlarms('not abuse', 'te_live_streaming', [
    'The council meeting had been streamed online.',
    'The court hearing had been streamed online.',
    'She was naked on the doorbell camera footage.',
  ]);
  it.each([
    ['A man made her undress on a video call.', false],
    ['Strategy meeting: query whether Ellie has been streamed on the same site.', true],
  ] as const)('kept: %s', (note, hypothetical) => {
    const f = findIndicators(note, { currentYear: 2026 }).find((x) => x.code === 'te_live_streaming');
    expect(f?.hypothetical).toBe(hypothetical);
    find(note);
  });
});

describe('I15: rg_bank_account_used: her own wages, card theft', () => {
  falseAlarms('an account used as meant, a card stolen', 'rg_bank_account_used', [
    'Her account is used to receive her wages.',
    'Someone used her card on Roblox.',
  ]);
  keeps('her account used by others', 'rg_bank_account_used', [
    "Bank: Harvey's account was used to move £4,000 in a week.",
    "An adult has been moving money through Jake's account.",
    "Other people are using Chloe's account.",
    'Her account is used to receive money for the men.',
  ]);
});

describe('I16: ep_change_in_behaviour: a document’s presentation', () => {
  falseAlarms('a report', 'ep_change_in_behaviour', ['There was a change in the presentation of the report.']);
  it.each(["Unclear whether the change in Mia's behaviour is linked to the men.", 'There has been a change in her presentation since she met the men.'])(
    'kept: %s',
    (note) => {
      expect(codes(note)).toContain('ep_change_in_behaviour');
    },
  );
});

describe('I17: ep_low_mood "tearful" is vetoed only by a bereavement', () => {
  it('keeps low mood beside death threats', () => {
    const rows = find('She was tearful about the death threats from the men.');
    expect(rows).toContainEqual(['ep_low_mood', 'child', false, false]);
    expect(rows.map((r) => r[0])).toContain('go_threats_violence');
  });
  keeps('tearful', 'ep_low_mood', ['She was tearful and said the man passed her number to his friends.', 'She was tearful when talking about the men.']);
  falseAlarms('a bereavement', 'ep_low_mood', ['She was tearful after the death of her nan.']);
});

describe('I18: "not so far" negates again', () => {
  it.each([
    ['He has not so far been reported missing.', 'am_missing'],
    ['She has not so far disclosed any sexual abuse.', 'sh_sexual_assault'],
  ])('%s', (note, code) => {
    const rows = find(note).filter((r) => r[0] === code);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[2])).toBe(true);
  });
  it('"not far" and "not so far from" are nearness, not negation', () => {
    expect(find('He was stopped by police not far from the trap house carrying cash.').some((r) => r[2])).toBe(false);
    expect(find('She was seen not so far from the flat where the men sell drugs.').some((r) => r[2])).toBe(false);
  });
});

describe('I19: a parent’s own childhood stays the parent’s', () => {
  it.each([
    ['Mum told me she and her sister were sexually abused by their father.', 'fa_previous_abuse'],
    ['Dad said he and his brother were in care and went missing a lot as teenagers.', 'am_missing'],
  ])('%s', (note, code) => {
    const rows = find(note).filter((r) => r[0] === code);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[1] === 'other')).toBe(true);
  });
  it.each([
    ['He and his cousin arrived unaccompanied.', 'fa_unaccompanied_migrant'],
    ['She and her sister go missing together most weekends.', 'am_missing'],
  ])('keeps the child with a sibling: %s', (note, code) => {
    expect(find(note).filter((r) => r[0] === code && r[1] === 'child').length).toBeGreaterThan(0);
  });
});
