import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound } from '../../../test/fixtures/text-checks.ts';

// Round 32: fresh31's language errors and the pooled false alarms (RESULTS.md "Round 32 language tuning"), by family:
// partner labels on a child named by an adult's title or offender role, an adult's own partner of an adult age,
// "selling" as drug supply and adults as the sellers, a panel or the writer correcting the wording in the next clause,
// "runner" for a group, and "criminality" or "drunk and disorderly" that name the exploitation or an adult. Each row
// can fail; the helpers check that the reference checker agrees with the fast path.

describe('round 32: partner labels on a child', () => {
  it.each([
    // "gf" and "lady friend" as variants of the existing labels.
    ['Online safety: the adult user says the 13yo is his gf.', 'boyfriend_adult'],
    ['Police: the 40-year-old man calls her his gf and drives her to school.', 'boyfriend_adult'],
    ['Probation: the man, 52, has a lady friend aged 15 who visits the hostel.', 'boyfriend_adult'],
    // An adult by title or offender role, the partner given a child's age.
    ['Probation: Mr K says his girlfriend is 16 and stays over at weekends.', 'boyfriend_adult'],
    ['Probation: Mr R says his partner is 15 and pregnant.', 'boyfriend_adult'],
    ['Intelligence: the RSO has a new girlfriend aged 14 from the estate.', 'boyfriend_adult'],
    ['Briefing: girlfriend of the suspect is a 15-year-old from Gorton.', 'boyfriend_adult'],
    // A child's age beside "mature for her age".
    ['Probation: Mr K says his girlfriend is 15 and mature for her age.', 'mature_for_age'],
  ])('%s -> %s', found);
  it.each([
    // A child's partner of a child's age: no adult named.
    ['School nurse: Amy (14) says her boyfriend is 15 and they met at youth club.', 'boyfriend_adult'],
    ['Mentor: Tom talks a lot about his gf, who is in Year 10 with him.', 'boyfriend_adult'],
    // Praise, with no age beside it.
    ['School report: he is mature for his age and wants to be a mechanic.', 'mature_for_age'],
  ])('%s: no %s', notFound);
});

describe("round 32: an adult's own partner of an adult age", () => {
  it.each([
    ["Probation: PoP's girlfriend is 34 and works nights at the hospital.", 'boyfriend_adult'],
    ["Licensing: the driver's wife, aged 45, is named on the operator licence.", 'boyfriend_adult'],
    ["Probation: Mr A's partner, aged 39, drives him to appointments.", 'partner_adult'],
    ['OASys: Mr J lives with his partner (51) in a rented flat.', 'boyfriend_adult'],
  ])('%s: no %s', notFound);
  it.each([
    // The child's partner of an adult age: the possessive is hers.
    ['Pharmacy: the girl, 14, said her boyfriend is 26.', 'boyfriend_adult'],
    // A child's age on the partner of an adult.
    ["Probation: Mr A's girlfriend is 15 and attends the local school.", 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('round 32: selling as drug supply, and adults as the sellers', () => {
  it.each([
    ['Housing: the 16-year-old was selling from his room according to staff.', 'selling_for'],
    ['Supported housing: staff think Kai (16) is selling from the flat most nights.', 'selling_for'],
  ])('%s -> %s', found);
  it.each([
    ['Neighbourhood team: residents report adults selling cannabis outside the flat where the 14-year-old lives.', 'selling_for'],
    ['Police: the address is one where crack is sold; a 15-year-old was seen going in.', 'selling_for'],
    // Selling things, not drugs.
    ['School: she was selling cakes from the stall for the charity.', 'selling_for'],
  ])('%s: no %s', notFound);
});

describe('round 32: the wording corrected in the next clause', () => {
  it.each([
    ['Strategy meeting: Dad described the messages from the 30-year-old as harmless; the panel disagreed and made a referral.', 'nothing_to_worry'],
    ['Advocate: Ella said the men told her it was her fault; we told her the adults are responsible.', 'to_blame'],
  ])('%s: no %s', notFound);
  it.each([
    // A parent disagreeing with the child, not with the wording.
    ['Foster carer: Jade chose to go to the flat; mum disagreed.', 'chose_to'],
    // The next clause names nothing true about the wording.
    ['Advocate: Ella said it was her fault; I told her we would meet again on Tuesday.', 'to_blame'],
  ])('%s -> %s', found);
});

describe('round 32: "runner" for a group or a place', () => {
  it.each([
    ['College: Kyle says he is the runner for a crew in Wolverhampton.', 'runner_label'],
    ['PCSO: the boy is one of the runners for the house on Mill Lane.', 'runner_label'],
  ])('%s -> %s', found);
  it.each([
    ['PE: Kyle is the fastest runner for the club this season.', 'runner_label'],
    ['School: she was a runner for the charity team at the fun run.', 'runner_label'],
  ])('%s: no %s', notFound);
});

describe('round 32: "criminality" that names the exploitation, an adult drunk and disorderly', () => {
  it.each([
    ['NRM referral: the 16-year-old was trafficked for criminality and labour.', 'continues_to_offend'],
    ['NRM form: the boy has been exploited for labour and criminality by the men.', 'continues_to_offend'],
    ['Custody: Adult detainee was drunk and disorderly at the bus station; no children at home.', 'drunk_and_disorderly'],
  ])('%s: no %s', notFound);
  it.each([
    ['YOT: his criminality is escalating since he moved to the hostel.', 'continues_to_offend'],
    ['Police: the 15-year-old was drunk and disorderly at the bus station.', 'drunk_and_disorderly'],
  ])('%s -> %s', found);
});
