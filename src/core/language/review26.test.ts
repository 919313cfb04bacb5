import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 26 found in the round-26 language changes (731800a..6fb8ee5): plain professional wording the new
// rules and patterns flagged, or findings they lost. Each sentence gives what it gave before round 26 (or, where the round
// meant to find it, still does). The reference checker must agree.
const gives = (text: string, expected: readonly string[]): void => {
  expect(findings(text)).toEqual(expected);
};
type Case = [string, string[]];

describe('review 26: runner_label hung by a copula: a job of that name, a school team', () => {
  it.each([
    ['He has been a runner at the film studio on his work experience placement.', []],
    ['Kai works as a runner at the law firm on Saturdays.', []],
    ['Football coach: he is a runner for the under 14s.', []],
    ['Staff believe Leon is a runner for the men at the flat.', ['criminalises_child:runner_label']],
    ['The older group took him on as a runner.', ['criminalises_child:runner_label']],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: easy_label 'described * as': a routine described as easy", () => {
  it.each([
    ['Mum described bedtime as easy since the move.', []],
    ['The foster carer described mornings as easy now she has her own room.', []],
    ['School described the transition as easy for the class.', []],
    ['A teacher’s email described Mollie as "easy".', ['sexualises:easy_label']],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: scare_quoted_relation "princess": a part in a play, a father’s pet name', () => {
  it.each([
    ['Dad calls her his "princess" and she loves it.', []],
    ['She played the "princess" in the school panto.', []],
    ['She said she is "his princess" and he buys her things.', ['adult_centred_label:scare_quoted_relation']],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: regulars_customers 'is one of the regulars' at an ordinary place", () => {
  it.each([
    ['The lad is one of the regulars at parkrun on Saturdays.', []],
    ['The girl is one of the regulars at the food bank with her mum.', []],
    ['The boy is one of the regulars at the library on Thursdays.', []],
    ['Hotel night manager: the girl in room 12 has regulars.', ['adult_centred_label:regulars_customers']],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: criticism cue 'hid the crimes' is said of a label, not of the child", () => {
  it.each([
    [
      'Tyler hid the crimes he was involved in from staff; he is a willing participant in the dealing.',
      ['implies_consent:involved_in', 'implies_consent:consented'],
    ],
    ['The review found the label of prostitute hid the crimes against her.', []],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: animalSubject: a capitalised animal word with no determiner is a name', () => {
  it.each([
    ['Cat chose to go with the men to the flat.', ['implies_consent:chose_to']],
    ['The dog ran off in the park and came back safe and well.', []],
    ['Our cat went missing for a week.', []],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: adultPossessor: a young woman may be a child', () => {
  it.each([
    ['A young woman checked in with her boyfriend, who was much older.', ['adult_centred_label:boyfriend_adult']],
    ['The passenger was an adult woman who said her boyfriend would pay.', []],
    ['The tenant at flat 3 lives with her partner.', []],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: 'a boyfriend of 18 months' is how long, not an age (ADULT_CUES 'partner of <age>')", () => {
  it.each([
    ['She has been with her boyfriend of 18 months, who is in her year at school.', []],
    ['Kayla, 15, and her boyfriend of 20 weeks go to the same college.', []],
    ['Her boyfriend of 19 months is in Year 11 with her.', []],
    ['The 15-year-old has a boyfriend of 24 who picks her up from school.', ['adult_centred_label:boyfriend_adult']],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: easy_label 'described * as': easy money", () => {
  it.each([
    ['He described it as easy money on the phone to his friend.', []],
    ['Staff described the cash as easy pickings for the older boys.', []],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: nobody_forced: her capacity a little further into the next clause', () => {
  it.each([
    ['Nobody forced her to take the tablets; she said she has capacity and wanted to.', []],
    ['No one is forcing her to take the medication; she has capacity.', []],
    ['No one forced her to take the pills the men gave her.', ['implies_consent:nobody_forced']],
  ] as Case[])('%s -> %j', gives);
});

describe("review 26: criticism cue 'retracted her comment' is the child's own account", () => {
  it.each([
    ['She retracted her comment that the lads were grooming her and says she is promiscuous.', ['sexualises:promiscuous']],
    ['Mum withdrew her remark that Jade was asking for it and apologised.', []],
    ['The teacher withdrew the comment that Leah was promiscuous after speaking to the DSL.', []],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: runner_label: a runner at a market stall', () => {
  it.each([
    ['Social worker: Jamie is a runner at the Saturday market stall his uncle runs.', []],
    ['He is a runner at the café on Sundays and saves his wages.', []],
    ['Mum said Leon is a runner for some older boys and comes back with cash.', ['criminalises_child:runner_label']],
  ] as Case[])('%s -> %j', gives);
});

describe('review 26: runner_label: a record heading vetoes nothing, so the match itself names the sport', () => {
  it.each([
    ['Football club report: he is a runner on the wing and scored twice.', []],
    ['Rugby club log: he was a runner in the match and set up a goal.', []],
    ['Rugby club log: staff believe Leon is a runner for the men at the flat.', ['criminalises_child:runner_label']],
  ] as Case[])('%s -> %j', gives);
});
