import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';

// Review 32 of the round-32 language changes (57af322..819a839): 110 probes written for the review, none from an
// eval set. Each row is [sentence, entry id or category, found?, quoted?]; the reference checker must agree with the
// fast path, quoted flags included.
//
// Left open (wrong before and after the round, or a new false alarm not mended):
// - Mended in session 19 (open33.test.ts): "Mum says Leah (15) has been selling from her bedroom online, mostly her old
//   clothes and make-up." (selling_for) and "Police: the runner for the group, a man aged 25, was charged with supply."
//   (runner_label).
// - "OASys: Mr L's partner is just 16 and is pregnant.", "Police: Mr H, 58, describes Lily (13) as his lady friend.",
//   "Taxi licensing: the driver's girlfriend is 17 and rides with him at night." and "Youth court: the defendant (15)
//   attended; the defendant's boyfriend, aged 25, sat in the gallery." (boyfriend_adult, partner_adult): not found.

type Row = [string, string, boolean, boolean?];

function expect32(text: string, key: string, present: boolean, quoted?: boolean): void {
  const show = (fs: ReturnType<typeof checkLanguage>) => fs.map((f) => `${f.entryId}/${f.category}/${f.quoted ? 'quoted' : 'plain'}/${f.start}`);
  const fast = checkLanguage(text);
  expect(show(referenceCheckLanguage(text))).toEqual(show(fast));
  const hits = fast.filter((f) => f.entryId === key || f.category === key);
  if (!present) {
    expect(hits).toEqual([]);
    return;
  }
  expect(hits.length).toBeGreaterThan(0);
  if (quoted !== undefined) expect(hits.some((f) => f.quoted === quoted)).toBe(true);
}

describe('review 32: "gf" and "lady friend" as partner labels, and their ordinary senses (ground floor, gluten free, a relative\'s partner)', () => {
  it.each<Row>([
    ['Police: the 34-year-old man refers to Mia (14) as his gf on Snapchat.', 'boyfriend_adult', true],
    ['CSC: Kayla, 15, says her gf is 22 and has her own flat.', 'boyfriend_adult', true],
    ['YOT: Josh (16) told me his gf is 24 and pays for his phone.', 'boyfriend_adult', true],
    ["Health visitor: the 15yo's 'gf' is a woman of 27.", 'boyfriend_adult', true, true],
    ['Kai (14) said "my gf is 19, she looks after me".', 'boyfriend_adult', true, true],
    ['Probation: the supervisee, 47, has a lady friend aged 14 whom he met online.', 'boyfriend_adult', true],
    ['gf 23 picks her up from school most days', 'boyfriend_adult', true],
    ['Housing: Mr T, 45, lives in the GF flat below Jade (14).', 'boyfriend_adult', false],
    ['Housing: the family moved to a GF flat; Jade (15) shares with her sister, 19, and a lodger aged 30.', 'boyfriend_adult', false],
    ['School kitchen: Amy (13) is GF and DF; her dad, 38, sends a packed lunch.', 'boyfriend_adult', false],
    ['Youth worker: Ryan (15) has a gf in Year 10; both are 15.', 'boyfriend_adult', false],
    ["Dad's lady friend, aged 41, collects Ellie from school on Fridays.", 'boyfriend_adult', false],
    ["Mum's gf (38) has moved into the family home.", 'boyfriend_adult', false],
    ['Foster carer: Tom (14) met his gf at the skate park; she is also 14.', 'boyfriend_adult', false],
    ['Care home: Nan (79) has a lady friend of 82 who visits daily; Jack (12) stays with her on Sundays.', 'boyfriend_adult', false],
    ['Mum (42) went out with her lady friends and left Ellie (12) with a neighbour.', 'boyfriend_adult', false],
    ['Housing: GF two-bed flat; mum (35) and Kai (14) moved in last week.', 'boyfriend_adult', false],
    ['Dietitian: Amy (13) is GF; her dad, 40, cooks separately.', 'boyfriend_adult', false],
    ["YP's gf, 19, has been buying her vapes and alcohol.", 'boyfriend_adult', true],
  ])('%s [%s present: %s]', expect32);
});

describe("review 32: an adult by title or offender role whose own partner has a child's age, not a child's partner named near a title", () => {
  it.each<Row>([
    ['Probation: PoP states his girlfriend is 15 and they met at the bus station.', 'boyfriend_adult', true],
    ["Intel: the nominal's gf is 16 and is often seen in his car.", 'boyfriend_adult', true],
    ["MAPPA: the offender's new girlfriend, aged 15, has been staying at his flat.", 'boyfriend_adult', true],
    ['Police: girlfriend of the suspect is only 14 and lives locally.', 'boyfriend_adult', true],
    ['Head of Year: Mr Patel says her boyfriend is 16 and in Year 12.', 'boyfriend_adult', false],
    ['Pastoral: staff suspect her new boyfriend is only 16.', 'boyfriend_adult', false],
    ["YOT: the young offender's girlfriend is 15 and attends the same PRU.", 'boyfriend_adult', false],
    ["Probation: Mr K's daughter's boyfriend is 16 and Mr K does not approve.", 'boyfriend_adult', false],
    ["Mr Jones says Tom's girlfriend is 15 and they are in the same form.", 'boyfriend_adult', false],
    ["Foster carer Mr Ahmed: Leo's girlfriend is 15 and visits at weekends.", 'boyfriend_adult', false],
    ["Probation: PoP's son's girlfriend is 15 and stays at the family home.", 'boyfriend_adult', false],
    ['School: Mr Evans is the form tutor; her boyfriend is 15.', 'boyfriend_adult', false],
  ])('%s [%s present: %s]', expect32);
});

describe("review 32: an adult's own partner of an adult age, not a child's partner whose owner is a service user or a referral's subject", () => {
  it.each<Row>([
    ["Probation: the PoP's wife, aged 44, is supportive of his licence conditions.", 'adult_centred_label', false],
    ["Police: the suspect's girlfriend is 29 and has no previous convictions.", 'adult_centred_label', false],
    ['Probation: Mr B lives with his partner (37) and her two children.', 'adult_centred_label', false],
    ["Custody: the detainee's wife, 52, brought in his medication.", 'adult_centred_label', false],
    ["CSC: the service user's boyfriend is 24 and collects her from school.", 'boyfriend_adult', true],
    ["MASH: the subject's boyfriend, aged 22, has convictions for supply.", 'boyfriend_adult', true],
    ['Ellie (15) lives with her partner (24) in a flat in Hull.', 'adult_centred_label', true],
    ["Police: the girl's boyfriend is 26; the driver's wife is 40.", 'adult_centred_label', true],
    ["Youth court: the young offender's boyfriend is 25 and collects her after court.", 'boyfriend_adult', true],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: "mature for her age" beside a child\'s bare age: played down or an adult\'s partner, not praise', () => {
  it.each<Row>([
    ['Police: the man, 31, says she is 14 but mature for her age.', 'mature_for_age', true],
    ['CSE screening: she is 13 and mature for her age, and mixes with older lads.', 'mature_for_age', true],
    ['Probation: Mr K says his girlfriend is 15 and mature for her age.', 'mature_for_age', true],
    ['PoP describes the girl as 14 but mature beyond her years.', 'mature_for_age', true],
    ["She's only 14 but mature for her age, according to the men at the flat.", 'mature_for_age', true],
    ['Careers: Amir is 17 and mature for his age; he has applied for an apprenticeship.', 'mature_for_age', false],
    ['School report: Josh is 16 and mature for his age, a prefect who helps in Year 7 reading.', 'mature_for_age', false],
    ['Reference: she is 16 but mature for her age and reliable with younger children.', 'mature_for_age', false],
    ['Mum said Lily is 12 and mature for her age, so she lets her get the bus alone.', 'mature_for_age', false],
    ['Paediatric: he is 11 and mature for his age in how he manages his diabetes.', 'mature_for_age', false],
    ['Police: a man was seen with Tia (14); Tia is only 14 and mature for her age.', 'mature_for_age', true],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: "selling" from a home as drug supply; adults as the sellers, not as the child\'s company', () => {
  it.each<Row>([
    ['Supported lodgings: staff believe Connor (16) is selling from his room.', 'selling_for', true],
    ['Police: Aisha, 15, has been selling from the stairwell of the block most evenings.', 'selling_for', true],
    ['Kai (16) is selling from the flat to pay off what he owes.', 'selling_for', true],
    ['YOT: Kai (15) is out every night with the olders, selling crack in the park.', 'selling_for', true],
    ['He goes to Bristol with two adults, selling heroin from a trap house.', 'selling_for', true],
    ['She told me "I was selling from the flat cos I owed them".', 'criminalises_child', true, true],
    ['Hostel: he has been selling from his room again and has more cash than his benefits allow.', 'selling_for', true],
    ['He is selling from home on Depop to save for a car.', 'selling_for', false],
    ['The family are selling the house; Kai (14) is worried about moving school.', 'selling_for', false],
    ['Police: drugs are being sold from the flat where Ruby (14) stays.', 'selling_for', false],
    ['Neighbours report that crack is sold from the flat; a 14-year-old was seen leaving.', 'selling_for', false],
    ['ASB team: residents say a woman is selling from the flat above Kai (15).', 'selling_for', false],
    ['Dad has been selling from the flat for years; Jade (15) lives there.', 'selling_for', false],
    ['Tenancy: the landlord sold the house last year, so Kai (16) and mum moved to the hostel.', 'selling_for', false],
    ['School: Year 9 were selling from a stall at the Christmas fair.', 'selling_for', false],
    ['Intel: cannabis was sold from the address; Tyler (15) was seen at the door.', 'selling_for', false],
    ['Residents report men selling drugs from the flat where Kai (15) stays.', 'selling_for', false],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: a panel or the writer correcting the wording in the next clause, not questioning a person or a referral', () => {
  it.each<Row>([
    ['Minutes: the school described Jade as promiscuous; the panel disagreed and referred to CSC.', 'sexualises', false],
    ['Strategy: Dad described it as just a phase; the conference challenged that view.', 'minimises_harm', false],
    ['The men told him it was his own fault; I reassured him it was not his fault.', 'blames_child', false],
    ['Jade said she chose to go; we explained to her the adults are responsible.', 'implies_consent', false],
    ['Jade chose to go back to the flat; professionals questioned her about who drives her there.', 'chose_to', true],
    ['Tom is streetwise; the meeting queried whether a referral to the NRM had been made.', 'blames_child', true],
    ['She is sexually active with older men; panel rejected the referral as threshold not met.', 'sexually_active', true],
    ['He was out of control at the unit; practitioners challenged him about the damage.', 'blames_child', true],
    ['Ellie is promiscuous; the chair queried whether sexual health had been offered.', 'promiscuous', true],
    ['Kayla is attention seeking; conference questioned mum about her drinking.', 'blames_child', true],
    ['Kai has been absconding from placement; I reassured him it was not his fault that contact was cancelled.', 'criminalises_child', true],
    ['He is a drug runner for the olders; I told him it is not his fault his mum is unwell.', 'criminalises_child', true],
    ['She chose to stay at the flat again; meeting agreed a safety plan and professionals challenged mum.', 'implies_consent', true],
    ["Mum said Jade chose to go with him; the panel challenged mum's view.", 'implies_consent', false],
    ['Minutes: school describe Kai as a drug runner; professionals challenged this and the label was removed.', 'criminalises_child', false],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: "runner" for a group or a place, not for a school house, a show or an outing', () => {
  it.each<Row>([
    ['Police: Kyle (15) is a runner for the olders on the estate.', 'criminalises_child', true],
    ['YOT: he is one of the runners for the line in Swindon.', 'runner_label', true],
    ['Intel: the 14-year-old acts as a runner for a crew from Birmingham.', 'criminalises_child', true],
    ['CSC: she has become a runner for the flat on Park Road.', 'runner_label', true],
    ['Lee (15) is a runner for the men who use the flat.', 'runner_label', true],
    ['PE: Maya will be the runner for her house on Friday.', 'runner_label', false],
    ['Drama: Ollie is a runner for the crew backstage at the school show.', 'runner_label', false],
    ['DofE: she volunteers as a runner for the group on the expedition.', 'runner_label', false],
    ['Music: Ava (13) is the runner for the group at choir, taking music between rooms.', 'runner_label', false],
    ['Work experience: Liam (16) is a runner for a firm of solicitors in town.', 'runner_label', false],
    ['She said "I\'m just a runner for the lads".', 'criminalises_child', true, true],
    ['PCSO: Kai (15) is a runner for the house on Mill Lane.', 'criminalises_child', true],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: "criminality" as what a child was exploited for, not the writer\'s own word', () => {
  it.each<Row>([
    ['NRM: Reece (15) was groomed into criminality.', 'continues_to_offend', false],
    ['NRM referral: concerns he was trafficked for criminal exploitation and criminality.', 'continues_to_offend', false],
    ['YOT: his criminality has escalated since he was exploited in Hull.', 'continues_to_offend', true],
    ['AssetPlus: his criminality is linked to his cannabis use; he was previously exploited for labour.', 'continues_to_offend', true],
    ['PSR: he was used for criminality and his criminality continues to escalate.', 'continues_to_offend', true],
    ['Pre-sentence report: he continues to offend despite support.', 'continues_to_offend', true],
  ])('%s [%s present: %s]', expect32);
});

describe('review 32: "drunk and disorderly" of adults, not of a child arrested with them', () => {
  it.each<Row>([
    ['Custody: adult male arrested for being drunk and disorderly; his daughter, 15, was collected by mum.', 'drunk_and_disorderly', false],
    ['Police: the adults were drunk and disorderly at the party where Ella (14) was found.', 'drunk_and_disorderly', false],
    ['Adult DP was drunk and disorderly; the 13-year-old with him was taken home.', 'drunk_and_disorderly', false],
    ['Police: Kayla (14) and an adult were arrested for being drunk and disorderly.', 'drunk_and_disorderly', true],
    ['Police: Jade, 15, and two adults were drunk and disorderly in the park.', 'drunk_and_disorderly', true],
    ['Kai (16) was drunk and disorderly in town; an adult was with him.', 'drunk_and_disorderly', true],
    ['The 15-year-old was arrested for being drunk and disorderly after adults gave her vodka.', 'drunk_and_disorderly', true],
    ['Custody: Tia (15) was arrested with an adult male; both were drunk and disorderly.', 'drunk_and_disorderly', true],
    ['Police: the adults were arrested for being drunk and disorderly; the 12-year-old was taken to gran.', 'drunk_and_disorderly', false],
  ])('%s [%s present: %s]', expect32);
});
