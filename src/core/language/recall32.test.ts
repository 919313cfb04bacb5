import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';

// Round 32, language pass across sets (RESULTS.md): the families found by pooling every error of the dev split and the
// tuning sets, ranked by the number of sets they occur in. Sentences written for this file, none from an eval set. Each
// row is [sentence, entry id or category, found?]; the reference checker must agree with the fast path.

type Row = [string, string, boolean];

function expectRow(text: string, key: string, present: boolean): void {
  const show = (fs: ReturnType<typeof checkLanguage>) => fs.map((f) => `${f.entryId}/${f.category}/${f.quoted ? 'quoted' : 'plain'}/${f.start}`);
  const fast = checkLanguage(text);
  expect(show(referenceCheckLanguage(text))).toEqual(show(fast));
  const hits = fast.filter((f) => f.entryId === key || f.category === key);
  if (present) expect(hits.length).toBeGreaterThan(0);
  else expect(hits).toEqual([]);
}

describe('recall 32: a secondary finding after another in the same sentence, joined by "and" (check.ts trailingAnd)', () => {
  it.each<Row>([
    // The second half of one statement: one finding.
    ['Keyworker: Shannon is her own worst enemy and will not listen to advice from staff.', 'will_not_listen', false],
    ['Keyworker: Shannon is her own worst enemy and will not listen to advice from staff.', 'blaming_idiom_round13', true],
    ['Carer: Dylan is out of control and would not listen to anyone last night.', 'will_not_listen', false],
    ['RHI: Tia went to Oldham of her own accord and was not forced by anyone.', 'nobody_forced', false],
    ['RHI: Tia went to Oldham of her own accord and was not forced by anyone.', 'willingly', true],
    ['Police: the lad is lying about where he was and keeps changing his story.', 'disbelief', false],
    // Alone, first, across a sentence end, across a semicolon or without "and": kept.
    ['Keyworker: Shannon will not listen to advice about the men at the takeaway.', 'will_not_listen', true],
    ['Keyworker: Shannon will not listen to advice and is her own worst enemy.', 'will_not_listen', true],
    ['Carer: Dylan is out of control. He will not listen to anyone about the lads in the Audi.', 'will_not_listen', true],
    ['RHI: Tia went to Oldham of her own accord; nobody forced her, she said.', 'nobody_forced', true],
    ['RHI: Tia went to Oldham of her own accord, nobody forced her.', 'nobody_forced', true],
    // Not a secondary entry: both kept.
    ['Staff feel Maddie is manipulative and plays staff off against each other.', 'plays_the_system', true],
  ])('%s [%s present: %s]', expectRow);
});

describe("recall 32: missing school recorded as the child's choice, not someone else's choice about an event", () => {
  it.each<Row>([
    ['Education welfare: Kyle chooses not to attend and is seen most days with older boys at the arcade.', 'choice_not_to_attend_round32', true],
    ['Head of year: Amira is choosing not to come in and her phone is always ringing.', 'choice_not_to_attend_round32', true],
    ['Attendance log: Reece has chosen to skip lessons every Friday since Easter.', 'choice_over_school_round32', true],
    ['Attendance log: Reece has chosen to miss college since he met the lads from Hull.', 'choice_over_school_round32', true],
    ['Pastoral: Lily chooses to hang around the bus station instead of going to school.', 'choice_over_school_round32', true],
    ['Youth worker: the boys are choosing to deliver for the men rather than attend school.', 'choice_over_school_round32', true],
    ['Mum chose not to attend the review meeting.', 'choice_not_to_attend_round32', false],
    ['The social worker chose not to attend the strategy meeting.', 'choice_not_to_attend_round32', false],
    ['Jade chose not to attend the school trip to France.', 'choice_not_to_attend_round32', false],
    ['He chose to study French rather than Spanish at college.', 'choice_over_school_round32', false],
    ['Kayla chose to go to college instead of taking the apprenticeship.', 'choice_over_school_round32', false],
    ['Ellie chose to walk home rather than take the school bus.', 'choice_over_school_round32', false],
    ['Dad chose not to come in to the school to meet the head.', 'choice_not_to_attend_round32', false],
  ])('%s [%s present: %s]', expectRow);
});

describe('recall 32: running for some lads or for the men, dealing now or to be stopped; races, help and "dealing with"', () => {
  it.each<Row>([
    ['Neighbourhood officer: Callum (14) is running for some lads from Luton most evenings.', 'runs_for_group_round22', true],
    ['Shop manager: the boy (15) has been running for the men in the black Golf.', 'runs_for_group_round22', true],
    ['Mentor: Zak (16) is still dealing for the same people he owed money to.', 'dealing_label', true],
    ['Plan: Tyrone needs to stop dealing before he can move back home.', 'dealing_label', true],
    ["Kai ran for the men's relay team at the county championships.", 'runs_for_group_round22', false],
    ['Jo ran for the lads to get help when the fire started.', 'runs_for_group_round22', false],
    ["Kai is running for some lads' football team on Saturdays.", 'runs_for_group_round22', false],
    ['She needs to stop dealing with everything on her own.', 'dealing_label', false],
    ['Mum is still dealing with the housing office.', 'dealing_label', false],
    ['He is now dealing cards at the youth club poker night.', 'dealing_label', false],
  ])('%s [%s present: %s]', expectRow);
});

describe("recall 32: agreeing to go to the men's place, not to a men's event or group", () => {
  it.each<Row>([
    ["Support worker: Chloe (14) agreed to go to the men's house after the party.", 'agreed_to', true],
    ["Kai agreed to do the men's 5k fun run with his dad.", 'agreed_to', false],
    ["Dad agreed to take Kai to the men's group at the church hall.", 'agreed_to', false],
    ["Nathan (15) agreed to play in the men's football team on Sunday.", 'agreed_to', false],
  ])('%s [%s present: %s]', expectRow);
});
