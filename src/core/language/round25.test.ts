import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 25: each family of wording with its positives, and ordinary sentences that share its words (an adult's own
// act, a job's ordinary words, criticism of a record's wording) that must get no finding of it. The reference checker
// must agree with the fast path on every sentence (the helpers check it).

describe('round 25: a writer who stops, recommends, finds or changes the wording (CRITICISM_CUES)', () => {
  it.each([
    'We have stopped describing Jayden as streetwise; he is a 14-year-old who is being groomed by older men.',
    'The team ceased labelling the girls as promiscuous after the review.',
    'Staff stopped referring to Kai as a drug runner in March.',
    'The report recommends that practitioners describe children who go missing as "at risk of harm", not "choosing to run away".',
    'The guidance advised staff describe the boys as exploited rather than as dealers.',
    'The 2014 review found that staff had called the girls "prostitutes" and "promiscuous" and said this was never acceptable.',
    'The inquiry noted police had described the children as consenting.',
    'The school changed its behaviour log so that staff write "missing from education" rather than "truanting".',
    'The college amended the incident form so that nobody records a child as absconding.',
  ])('not flagged: %s', none);

  // The child's own doings and ordinary words with the same verbs keep the finding.
  it.each([
    ['He stopped calling his mum as he chose to stay with the olders.', 'chose_to'],
    ['Police found that officers had called her mum and she chose to go with the men.', 'chose_to'],
    ['She stopped answering her phone and chose to go with the men.', 'chose_to'],
    ['Staff noted she had changed her clothes and chose to go with the men.', 'chose_to'],
    ['The nurse recommended a chlamydia test; Jade is promiscuous according to her mum.', 'promiscuous'],
    ['Carers updated the log at 22:00: she chose to get into the car with the men again.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 25: a name in the possessive before a parent opens the sentence (check.ts namePossessive)', () => {
  it.each([
    "Rebecca's mum was drunk and disorderly on the night in question and has been referred to the alcohol service.",
    "Kai's dad chose to let the men use the flat.",
    "Jade's mother has chosen to move in with her new partner.",
  ])('not flagged: %s', none);

  it.each([
    // The child's own offence or choice: the parent is not the subject.
    ["Rebecca's mum said she was drunk and disorderly.", 'drunk_and_disorderly'],
    ['Rebecca was drunk and disorderly in the town centre with two men.', 'drunk_and_disorderly'],
    ["Kai's friend chose to go with the men.", 'chose_to'],
    // Not capitalised: not a name ("the boy's mum" opens with a determiner that is not a parent's).
    ["The boys' friend chose to go with the men.", 'chose_to'],
  ])('%s -> %s', found);
});

describe("round 25: a parent named by the child's name keeps other entries", () => {
  it.each([
    ["Kai's dad chose to let the men use the flat, and Kai is now a drug runner for them.", 'chose_to'],
    ["Mia's mum was drunk and disorderly again; Mia was at home.", 'drunk_and_disorderly'],
  ])('not flagged: %s (%s)', notFound);
});

describe("round 25: a denial outside the quotation marks is the writer's", () => {
  it.each([
    'The social worker said Kelly was not being "difficult", she was scared, and asked for the case to stay open.',
    'She is not "promiscuous" and nobody should write that.',
    'He is not a "drug runner", he is a child who was groomed.',
  ])('not flagged: %s', none);

  // The denial inside the child's own words keeps the label as quoted; a label without a denial stays.
  it.each([
    ['She said "I am not a slag".', 'slurs'],
    ['Kelly is being "difficult" again and will not come down for tea.', 'difficult_child'],
    ['Night staff: she was being "difficult" and not in her room by 23:00.', 'difficult_child'],
  ])('%s -> %s', found);
});
