import { describe, expect, it } from 'vitest';
import { expectLanguageRow } from '../../../test/fixtures/text-checks.ts';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';

// Session 19: two items review 32 left open, mended as lexicon data (lexicon.ts selling_for, runner_label). Goods named
// as what is sold, after where or how, veto "selling" as drug supply; an adult named beside "the runner", or a group of
// another kind, vetoes the label. Each row is [sentence, entry id or category, found?]; the reference checker must agree.

type Row = [string, string, boolean];

describe('session 19: goods named as what the child sells', () => {
  it.each<Row>([
    ['She has been selling from her bedroom online, mostly her old clothes.', 'selling_for', false],
    ['Mum says Leah (15) has been selling from her bedroom online, mostly her old clothes and make-up.', 'criminalises_child', false],
    ['Ruby (14) sold from her bedroom online, just second-hand books.', 'selling_for', false],
    ['Tia has been selling from her room online, mainly handmade earrings.', 'selling_for', false],
    ['He is selling drugs.', 'criminalises_child', true],
    ['He is selling for the older boys.', 'criminalises_child', true],
    ['He is selling on the line.', 'selling_for', true],
    ['He is selling on the line for trainers.', 'selling_for', true],
    ['He was selling from the flat to buy trainers.', 'selling_for', true],
    ['Kai (15) has been selling from his bedroom, mostly cannabis, for the olders.', 'selling_for', true],
    ['She has been selling from her bedroom online.', 'selling_for', true],
  ])('%s [%s present: %s]', expectLanguageRow);
});

describe('session 19: "the runner" who is an adult, or runs for a group of another kind', () => {
  it.each<Row>([
    ['He is the runner for the group, a man aged 25.', 'runner_label', false],
    ['Police: the runner for the group, a man aged 25, was charged with supply.', 'runner_label', false],
    ['Police: the runner for the line, an adult male, was remanded.', 'runner_label', false],
    ['He is the runner for the group of bell ringers.', 'runner_label', false],
    ['She is the runner for her group of walkers on Sundays.', 'runner_label', false],
    ['He is the runner for the group.', 'runner_label', true],
    ['Reece (14) is the runner for the group at the trap house.', 'runner_label', true],
    ['He is a runner for a man in Leeds.', 'runner_label', true],
    ['He is the runner for the olders and a man called Dee.', 'runner_label', true],
    ['Police believe he is the runner for the group; the man, aged 25, was arrested.', 'runner_label', true],
    ['PCSO: Kai (15) is a runner for the house on Mill Lane.', 'criminalises_child', true],
  ])('%s [%s present: %s]', expectLanguageRow);
});

// Open 34: an adult named after "runner" vetoes runner_label only as the runner (an apposition: an age, the runner's own
// verb), not as the one who tells of the child (lexicon.ts RUNNER_APPOSED). Rows: [sentence, entry id or category,
// found?]; the reference checker must agree.
describe('open 34: an adult who tells of the runner', () => {
  it.each<Row>([
    ['He is a runner for the Blackpool line, his mum told police.', 'criminalises_child', true],
    ['Tom is used as a runner, the youth worker said.', 'runner_label', true],
    ['Tom is used as a runner, an adult neighbour told police.', 'runner_label', true],
    ['He is a runner for the gang, an adult witness said.', 'runner_label', true],
    ['He is a runner, a 40-year-old neighbour said.', 'runner_label', true],
    ['The runner for the line, a man in his thirties, was charged.', 'runner_label', false],
    ['The runner, a 19-year-old male, was charged.', 'runner_label', false],
    ['He is the runner for the group, a man with previous convictions.', 'runner_label', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});

// Session 21 (fresh33 as a tuning set): infatuation with an adult is read as consent (three sets mark it so); a child
// "sex worker" with "underage" is one sexualising label; "knew full well what would happen" blames; compelled stealing,
// the older group as the bad influence and a professional's "without speaking to" are not the child's; two single words
// of one entry joined by "and" are one finding. Rows: [sentence, entry id or category, found?].
describe('session 21: families the tuning sets mark alike', () => {
  it.each<Row>([
    ['Staff say she is smitten with a man of 30 she met online.', 'implies_consent', true],
    ['Staff say she is smitten with a man of 30 she met online.', 'minimises_harm', false],
    ['Mum says she is besotted with her new puppy.', 'infatuated_round33', false],
    ['Police found the underage sex worker in a flat in Derby.', 'sexualises', true],
    ['Police found the underage sex worker in a flat in Derby.', 'underage_sex', false],
    ['He knows full well what he is doing when he goes to the flat with the men.', 'implies_consent', true],
    ['Teacher: he is made to steal to order by a man in a van.', 'child_as_thief', false],
    ['Teacher: he steals to order.', 'child_as_thief', true],
    ['Nan says the older boys are a bad influence on him.', 'wrong_crowd', false],
    ['Nan says he is a bad influence on his cousins.', 'wrong_crowd', true],
    ['The officer closed the log without talking to the older men.', 'contacting_adults', false],
    ['She keeps messaging older men on Snapchat.', 'contacting_adults', true],
    // wording families several sets miss alike
    ['Carer: his staying out is teenage rebellion.', 'teenage_rebellion_round33', true],
    ['The assault was historic and he has moved on.', 'harm_historic_moved_on_round33', true],
    ['The assault was historic and is on the police file.', 'harm_historic_moved_on_round33', false],
    ['Staff: he keeps bragging about his new trainers.', 'bragging_gifts_round33', true],
    ['Staff: he keeps bragging about his football.', 'bragging_gifts_round33', false],
    ['Teacher: she self-sabotages whenever things go well.', 'sabotaging_placement', true],
    ['Carer: the customers text him late at night.', 'clients', true],
    ['The customers at the chip shop text their orders in.', 'clients', false],
    ['He said "they are my family" about the men at the flat.', 'theyre_my_mates', true],
    ['She said "he is my daddy, he looks after me".', 'theyre_my_mates', true],
    ['She said "he is my daddy" about her father.', 'theyre_my_mates', false],
    ['His bredrins are all in their thirties.', 'theyre_my_mates', true],
    ['ED: 14 yo, alcohol intox, no safeguarding concerns, home with a friend.', 'risk_graded_down_round16', true],
    ['ED: 14 yo, sprained ankle, no safeguarding concerns, home with mum.', 'risk_graded_down_round16', false],
  ])('%s [%s present: %s]', expectLanguageRow);

  it.each<[string, string[]]>([
    ['Carer: she is clingy and needy around the men.', ['clingy and needy']],
    ['Carer: she is clingy, and needy around the men.', ['clingy', 'needy']],
  ])('%s', (text, spans) => {
    expect(checkLanguage(text).map((f) => f.text)).toEqual(spans);
    expect(referenceCheckLanguage(text).map((f) => f.text)).toEqual(spans);
  });
});

// Session 21: "Male, 15," in a police log is the child, so the adult word vetoes nothing; an adult inside what the
// child is said to know, right after the wording, is its object and vetoes nothing either.
describe('session 21: the child named by sex and age; an adult as the object', () => {
  it.each<Row>([
    ['Male, 15, arrested as a drug dealer.', 'criminalises_child', true],
    ['Female (14) arrested as a drug dealer.', 'criminalises_child', true],
    ['Male aged 15 arrested as a drug dealer.', 'criminalises_child', true],
    ['A male, 30, was arrested as a drug dealer.', 'criminalises_child', false],
    ['Male, 15, arrested as a drug dealer with two adult males.', 'criminalises_child', false],
    ['She knows full well what the men want.', 'blames_child', true],
    ['He knows full well what the older males expect from him.', 'blames_child', true],
    ['The men knew full well what they were doing.', 'blames_child', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});
