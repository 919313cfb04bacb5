// Regressions review 2 of indicator round 23 found (2026-12-01, snapshot 9c8ea39): each false alarm, lost finding and
// wrong flag it listed, with the expected result. Every sentence is also run through the reference implementation,
// which must mirror the rules.
import { describe, expect, it } from 'vitest';
import {
  codesOf as codes,
  flagRows as find,
  givesExactly as exactly,
  givesFlags as gives,
  lacksCode as falseAlarms,
} from '../../../test/fixtures/text-checks.ts';

describe("fa_living_with_unrelated_adults: not relatives, a children's home, a mentor, adopters", () => {
  exactly('relatives and schemes', [
    ['Ella stays with an adult family member at weekends.', []],
    ['Ella is staying with an adult member of her family.', []],
    ['Ella is living with a male relative.', []],
    ["Ella lives with adults at the children's home.", ['fa_in_care']],
    ["Kai lives with adult staff at the children's home.", ['fa_in_care']],
    ["Ella is staying with adults from her mum's side of the family.", []],
    ['Kai stays with an adult mentor once a month as part of the scheme.', []],
    ['Ella lives with an adult couple who adopted her.', []],
  ]);
});

describe("sh_sexual_activity: not a bare UPSI; a lodger, not a parent's", () => {
  falseAlarms('UPSI', 'sh_sexual_activity', [
    'Mum disclosed UPSI with her partner and is pregnant.',
    'Ella is 15 and had UPSI with her 15-year-old boyfriend.',
    'Ella reported UPSI at the weekend and attended the sexual health clinic.',
  ]);
  it('Mum disclosed UPSI with her partner and is pregnant: pregnancy only', () => {
    expect(codes('Mum disclosed UPSI with her partner and is pregnant.')).toEqual(['sh_pregnancy']);
  });
  // Low confidence in the report: mum's lodger is still an adult in the child's household.
  it('Mum had sex with the lodger: the lodger is an adult in the household', () => {
    expect(find('Mum had sex with the lodger and Ella found out.')).toEqual([['fa_living_with_unrelated_adults', 'child', false, false, false]]);
  });
  gives('the lodger with the child', [['Mum reported that the lodger had sexual contact with Ella.', 'sh_sexual_activity', 'child', false, false, false]]);
});

describe('am_moved_by_others: not the police, a team or club, housing, a vehicle or an adult driven', () => {
  exactly('ordinary travel', [
    ['Kai was taken around different areas by the police on a drive-along.', []],
    ['Ella was taken round different towns on a youth club tour.', []],
    ['Taxis took the team from Hull to Leeds for the tournament.', []],
    // Expected "am_moved_by_others[O] (or none)": none.
    ['The man was driven between Hull and Leeds.', []],
    // Both wrong before (base too).
    ['Ella has moved between addresses several times due to housing issues.', []],
    ['Ella was moved between towns by the police for her safety.', []],
    ['Ella was driven between Hull and Leeds by her youth worker.', []],
    ['The lorry was driven between Dover and Calais.', []],
  ]);
  gives('a ticket or fare to a park or an event is still travel paid for', [
    ["A man paid for Ella's taxi to the park.", 'am_moved_by_others', 'child', false, false, false],
    ["An older man paid for Ella's taxi from the park to his flat.", 'am_moved_by_others', 'child', false, false, false],
    ["A man paid for Kai's taxi to the park where the men were waiting.", 'am_moved_by_others', 'child', false, false, false],
    ["An adult paid for Kai's bus fare to the park where he was found.", 'am_moved_by_others', 'child', false, false, false],
    ["Station records show a man bought Ella's train ticket to Carlisle.", 'am_moved_by_others', 'child', false, false, false],
    ["Someone paid for Kai's train to the event in London.", 'am_moved_by_others', 'child', false, false, false],
  ]);
  exactly('a heading that names the setting still vetoes', [
    ['School trip: a man bought Kai a train ticket to London.', []],
    ['Family holiday: a man bought Kai a train ticket to London.', []],
  ]);
});

describe('go_unknown_adults_collect: goods, not a child', () => {
  exactly('goods', [
    ["A man turned up to collect Ella's bike.", []],
    ["Someone came to collect Ella's dog.", []],
    ["Adults came to collect Ella's things after the placement ended.", ['fa_family_breakdown']],
    ["A man came to pick up Kai's old bike.", []],
    // Both wrong before (base too).
    ['A man in a van collects rubbish from the house.', []],
    ['A man in a car picks up food for Ella.', []],
    ["A man in a car collects Kai's laptop for repair.", []],
  ]);
  falseAlarms('drugs', 'go_unknown_adults_collect', ['A man in a black car picks up drugs from the house.']);
});

describe('da_controlled_return: not an ordinary outing, nor a parent going back to her abuser', () => {
  exactly('ordinary', [
    ['Within a day of being returned home, Jay went back to school.', []],
    ['Within an hour of being brought home Jay went off to bed.', []],
    ['Within an hour of being dropped back Ella went out to see her friends at the park.', []],
  ]);
  falseAlarms('a parent', 'da_controlled_return', ['Mum went back to the man who abused her.']);
});

describe("a parent in a crack house is the parent's drug use", () => {
  it("Jay's mum lives in a crack house", () => {
    expect(find("Jay's mum lives in a crack house on the estate.")).toEqual([['fa_parental_substance_misuse', 'other', false, false, false]]);
  });
  it('Mum is an addict and has been sleeping at a crack house', () => {
    expect([...new Set(codes('Mum is an addict and has been sleeping at a crack house.'))]).toEqual(['fa_parental_substance_misuse']);
  });
  // Judgement call: going in and out of a trap house is still a sign (README: drugs carried for others at a trap house).
  gives('a trap house', [['Kai was seen going in and out of the trap house on Elm Street.', 'go_carrying_drugs', 'child', false, false, false]]);
});

describe('possession with intent: vetoed only by the arrest or charge for it', () => {
  gives('kept', [
    ['No arrest was made although officers believe Jay was in possession with intent to supply.', 'go_arrests', 'child', true, false, false],
    ['No arrest was made although officers believe Jay was in possession with intent to supply.', 'go_carrying_drugs', 'child', false, false, false],
    ['Jay was released without charge but the amount of crack suggests possession with intent to supply.', 'go_carrying_drugs', 'child', false, false, false],
    [
      'Jay was stopped in Hull with crack cocaine; he is on bail for an unrelated burglary but this is possession with intent.',
      'go_carrying_drugs',
      'child',
      false,
      false,
      false,
    ],
    ['Kai told his support worker he was holding for the elders and could face PWITS charges if caught.', 'go_carrying_drugs', 'child', false, true, false],
  ]);
  // Judgement call: the tuner's annotation (eight tuning-set lines) reads the offence in an arrest as the arrest alone.
  it("Kai's dad was arrested for possession with intent to supply: the arrest", () => {
    expect(codes("Kai's dad was arrested for possession with intent to supply and Kai was at the address.")).toEqual(['go_arrests']);
  });
});

describe('hypothetical: "a chance that", not "by chance that evening"', () => {
  gives('by chance', [['By chance that evening, police found Kai in a car with two older men.', 'am_found_with_adults', 'child', false, false, false]]);
});

describe('fa_domestic_abuse: the child\'s and a parent\'s, joined by "and her mum", are two signs', () => {
  const both = (note: string) => {
    const rows = find(note).filter((r) => r[0] === 'fa_domestic_abuse');
    expect(rows).toContainEqual(['fa_domestic_abuse', 'child', false, false, false]);
    expect(rows).toContainEqual(['fa_domestic_abuse', 'other', false, false, false]);
  };
  it.each([
    'Ella is a victim of domestic abuse by her boyfriend and her mum is also a victim of domestic abuse by her partner.',
    'Ella is in an abusive relationship with an older man and her mum is in an abusive relationship too.',
  ])('%s', both);
  it('the older partner is kept', () => {
    expect(codes('Ella is in an abusive relationship with an older man and her mum is in an abusive relationship too.')).toContain('go_older_partner');
  });
  // Judgement call: as the round 23 commit intended, one sign about the parent when the child is not the new subject.
  it("Mum said there is domestic abuse at home and Ella saw dad hit mum: one sign, the parent's", () => {
    expect(find('Mum said there is domestic abuse at home and Ella saw dad hit mum.')).toEqual([['fa_domestic_abuse', 'other', false, false, false]]);
  });
});

describe("relatives' debts and moves are not exploitation", () => {
  exactly('ordinary', [
    ['Her brother owes money to the bank.', []],
    ['Mum owes money to her friend.', []],
    ['The family moved between addresses after the eviction.', ['fa_unsuitable_accommodation']],
    ['His sister is being moved between addresses by her landlord.', []],
  ]);
});
