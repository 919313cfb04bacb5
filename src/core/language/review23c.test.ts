import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound } from '../../../test/fixtures/text-checks.ts';

// Regressions review 23C found in the last round-23 tuning commits (f190155 vs 59e3eb2): false alarms and lost
// findings on ordinary wording. languageIds also checks that the reference checker agrees.

describe('review 23C 1: involvement in carrying goods or an offence the child suffered', () => {
  it.each([
    ['He got involved in carrying bags for the elderly at the church fete.', 'involved_in'],
    ['She took part in delivering parcels for the Christmas appeal.', 'involved_in'],
    ["She was involved in running packages to the post office for her mum's shop.", 'involved_in'],
    ['He was involved in a theft of his bike from school.', 'involved_in'],
    ['He was involved in a burglary at his home last year and is still scared.', 'involved_in'],
    ['She is involved in stealing back her phone from her brother, she joked.', 'involved_in'],
  ])('not flagged: %s (%s)', notFound);

  it.each([['Of course he got involved in dealing drugs again.', 'involved_in']])('%s -> %s', found);
});

describe('review 23C 2: the child’s own criminal lifestyle near a relative or a place', () => {
  it.each([
    ["Kai has adopted a criminal lifestyle since moving to his dad's flat.", 'criminal_lifestyle'],
    ["At 15, Kai was living a criminal lifestyle, staying at his mum's and going missing.", 'criminal_lifestyle'],
    ["Kai has drifted into a criminal lifestyle, spending time at his uncle's.", 'criminal_lifestyle'],
    ["Kai is now living a criminal lifestyle at the 20-year-old man's flat.", 'criminal_lifestyle'],
    ["Kai, 15, has followed his family's criminal lifestyle.", 'criminal_lifestyle'],
  ])('%s -> %s', found);
});

describe('review 23C 3: deciding to go with them again or anyway', () => {
  it.each([
    ['She decided to go with them again despite the warnings.', 'decided_to'],
    ['Despite everything, she decided to go with them again.', 'decided_to'],
    ['Kai decided to go with them anyway, taking the train to Stoke.', 'decided_to'],
    ['He decided to go with him again, even after the stabbing.', 'decided_to'],
  ])('%s -> %s', found);
});

describe('review 23C 4: the child chose, not the parent, carer or officer named before a comma', () => {
  it.each([
    ['Jade, who lives with her mum, chose to go with the men to the flat.', 'chose_to'],
    ['She was living with her dad, chose to go missing and was found with men.', 'chose_to'],
    ['Ella ran from her carers, chose to get into the car with the men.', 'chose_to'],
    ['She ran off from the officer, chose to go with the 30-year-old.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('review 23C 5: an adult’s gifts, messages or threats recast as friendliness or talk', () => {
  it.each([
    ['The older lads were only being generous when they bought Tyler, 13, trainers.', 'harm_trifled_round23'],
    ['The older boys were just being friendly when they gave Tyler, 12, cannabis.', 'harm_trifled_round23'],
    ["The taxi driver's messages to Amy, 14, were just him being friendly, according to the firm.", 'harm_trifled_round23'],
    ["Police felt the messages from the man threatening to share Leah's images were all talk.", 'harm_trifled_round23'],
    ["The men's threats to Ava, 14, were all bravado, the officer said.", 'harm_trifled_round23'],
  ])('%s -> %s', found);
});

describe('review 23C 6: a no-concern verdict where the adult is a friend of a relative', () => {
  it.each([
    ['Not considered to be at risk, although the 35-year-old man who drives her is a friend of her uncle.', 'no_concern_verdict_round23'],
    ['Threshold not met as the 29-year-old man is a family friend known to her nan.', 'no_concern_verdict_round23'],
    ['Not thought to be a concern: Kayla, 14, stays with a 24-year-old man who is a friend of her aunt.', 'no_concern_verdict_round23'],
  ])('%s -> %s', found);

  it.each([
    ['Threshold not met as the 45-year-old grandad is caring for her well.', 'no_concern_verdict_round23'],
    ['Threshold not met, she lives with her 52-year-old uncle under a kinship care arrangement.', 'no_concern_verdict_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('review 23C 7: the child’s adult boyfriend who was a friend’s partner', () => {
  it.each([['Her boyfriend, 24, was previously the partner of her friend.', 'boyfriend_adult']])('%s -> %s', found);
});
