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
    // Not a secondary entry, but joined to the one-word label before it (check.ts joinAdjacent, session 22b: nine
    // tuning-set lines mark "manipulative and plays staff off" as one finding, one marks two).
    ['Staff feel Maddie is manipulative and plays staff off against each other.', 'plays_the_system', false],
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

describe('review 32: a secondary finding after "and" gives way only to the same statement, not to another person\'s view or a new clause', () => {
  it.each<Row>([
    ['Staff said Chloe is sexually active with older men and the police officer told me she is not a victim.', 'not_a_victim', true],
    ['Mum reports Kai is out of control, and his teacher says he will not listen in class.', 'will_not_listen', true],
    ['Carer wrote "she is promiscuous" and I believe she exaggerates what happened at the party.', 'disbelief', true],
    ['The officer described Leah as "streetwise" and said she is not a victim in this.', 'not_a_victim', true],
    ['Jordan was described by the school as a drug runner and by the police as not a victim.', 'not_a_victim', true],
    ['Mia has been sleeping with the men at the flat, and nobody forced her according to her mum.', 'nobody_forced', false],
    ['Ellie is attention seeking and the duty officer felt she exaggerates what happened in the car.', 'disbelief', true],
    ['Tyler is a little dealer according to the neighbours and Mum says he will not listen to anyone.', 'will_not_listen', true],
    ['Aisha was described as "a willing participant" at the meeting and I believe she exaggerates what happened at the flat.', 'disbelief', true],
    ['Kian chose to go with them and, when police found him in Bristol two days later, he would not listen to officers.', 'will_not_listen', true],
    ['The men gave Jess vodka and she is promiscuous and not a victim, the manager wrote.', 'not_a_victim', false],
    ['Keyworker: Sam is out of control and will not listen to staff.', 'will_not_listen', false],
    ['Carer: Ruby is attention seeking and exaggerates what the men did.', 'disbelief', false],
    ['She went willingly and nobody forced her.', 'nobody_forced', false],
  ])('%s [%s present: %s]', expectRow);
});

describe("review 32: missing school as the child's choice; not a session, a relative's choice, going into a place or a detail, a parent choosing a school", () => {
  it.each<Row>([
    ['Attendance: Leon chooses not to attend and is seen in the park with older males.', 'implies_consent', true],
    ['Education: Priya has chosen not to attend since half term.', 'implies_consent', true],
    ['Nathan continues to choose not to attend school, preferring to stay out with friends.', 'implies_consent', true],
    ['Jamie chose to miss lessons to meet the men by the canal.', 'implies_consent', true],
    ['Reece chooses to go to the flat in Gorton instead of school.', 'implies_consent', true],
    ['Tia chooses to stay in bed rather than go to school.', 'implies_consent', true],
    ['Brandon is choosing to bunk off school with the older lads.', 'implies_consent', true],
    ['Attendance record: Leon attended 92% of sessions this term; no unauthorised absence.', 'implies_consent', false],
    ["Parents chose to send Ava to St Anne's rather than the local secondary school.", 'implies_consent', false],
    ['Mum has chosen to home educate Josh instead of sending him to school.', 'implies_consent', false],
    ["Mum chose not to attend parents' evening.", 'implies_consent', false],
    ['Sophie chose not to go into the car when the man offered her a lift, which was a protective decision.', 'implies_consent', false],
    ['Daniel chose not to go in to the house where the older boys were, and rang his mum instead.', 'implies_consent', false],
    ['Zara told me she is scared to go to school because the men wait at the gates, so she has not attended since March.', 'implies_consent', false],
    ['Grandad chose to miss his own hospital appointment to take Liam to school.', 'implies_consent', false],
    ['The family chose to move Liam to a school in Derby rather than keep him at his old school.', 'implies_consent', false],
    ['Kacey chose not to attend the counselling session on Tuesday.', 'choice_not_to_attend_round32', false],
    ['Her brother chose not to attend college and now works with Dad.', 'implies_consent', false],
    ['Carer chose not to go in with him to the exam.', 'implies_consent', false],
    ['Omar chose not to go into detail about the incident.', 'implies_consent', false],
    ['Dad chose to work nights instead of days so he could do the school run.', 'implies_consent', false],
  ])('%s [%s present: %s]', expectRow);
});

describe('review 32: running for the men or dealing now; not a race or a side, running to fetch someone, an adult dealing or the police "dealing"', () => {
  it.each<Row>([
    ['Police: Ashton is running for some men from Birmingham.', 'runs_for_group_round22', true],
    ['Corey runs for those lads from the estate, carrying packages.', 'criminalises_child', true],
    ['Marcus (15) has been running for the men at the car wash.', 'criminalises_child', true],
    ["Dad is running for the men's team at the weekend.", 'criminalises_child', false],
    ['Callum ran for the lads in the relay at sports day.', 'criminalises_child', false],
    ['Stepdad runs for some lads in a five-a-side league on Sundays.', 'criminalises_child', false],
    ['Olly ran for the men at the front door to tell them the baby was ill.', 'criminalises_child', false],
    ['Kane ran for the boys in the cross-country.', 'criminalises_child', false],
    ["The uncle is running for some lads from Leeds, police believe, and uses Kyle's phone.", 'criminalises_child', false],
    ["Noah scored twice when he ran for the lads' under-14s on Saturday.", 'criminalises_child', false],
    ['Frankie was frightened and ran for the men when the dog got loose.', 'criminalises_child', false],
    ['YOT: Deon is still dealing in the town centre.', 'dealing_label', true],
    ['Jack needs to stop dealing if he wants to come home.', 'dealing_label', true],
    ['Police say Aaron is now dealing for a county line.', 'dealing_label', true],
    ["Mum's partner is still dealing from the address, police report.", 'dealing_label', false],
    ['Ryan told the men he wanted to stop dealing for them and they threatened him.', 'dealing_label', false],
    ['Kelsey begged her brother to stop dealing because she was scared the police would come.', 'dealing_label', false],
    ['The adult, Mr K, is believed to be still dealing out of the flat on Park Road.', 'dealing_label', false],
    ['Staff are still dealing with the aftermath of the incident.', 'dealing_label', false],
    ['Police are now dealing.', 'dealing_label', false],
    ['The men told Liam he could never stop dealing for them.', 'dealing_label', false],
  ])('%s [%s present: %s]', expectRow);
});

describe("review 32: agreeing to go to the men's flat; not the men's barber, clinic, shed or trainers", () => {
  it.each<Row>([
    ["Holly agreed to go to the men's flat after they gave her cannabis.", 'agreed_to', true],
    ["Dad agreed to take Josh to the men's barber on Saturday.", 'agreed_to', false],
    ["Mum agreed to buy him men's trainers for his birthday.", 'agreed_to', false],
    ["Uncle agreed to go to the men's health clinic.", 'agreed_to', false],
    ["Caleb agreed to try the men's shed woodwork session with grandad.", 'agreed_to', false],
  ])('%s [%s present: %s]', expectRow);
});
