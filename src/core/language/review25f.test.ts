import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 25F found in the merged round-25 language changes (2af9d3c..27c39a9): ordinary wording of front-line
// writers (role prefixes, carers' logs, housing officers, coaches, strategy minutes) that the new entries and cues
// flagged, and findings the new vetoes and criticism cues silenced. Each sentence is expected to give what it gave
// before round 25. The reference checker must agree.
const gives = (text: string, expected: readonly string[]): void => {
  expect(findings(text)).toEqual(expected);
};

describe('review 25F: fare_evasion: staff training on the offence, an older brother with the tickets, a commuter', () => {
  it.each([
    ['Station security: staff training today covered fare evasion and county lines awareness.', []],
    ['Station staff: two lads jumping the barriers, one said his older brother had the tickets.', []],
    ['Station security: a commuter was fare dodging; the drugs dog indicated on his bag.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: regular_at_address: the police, a stag party or drivers as the regulars', () => {
  it.each([
    ['Police are regular visitors to the flat because of the dealing.', []],
    ['Hotel night staff: the stag party are regular guests at the hotel every summer.', []],
    ['Taxi marshal: the drivers are regular callers at the takeaway on the corner.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: jocular_return: a tenant's, a doctor's or drunk men's tricks, a man described before the verb, bedtime", () => {
  it.each([
    ['Coach: the lads were up to the usual antics on the bus back from the match.', []],
    ['Housing officer: the tenant is back to his old tricks, playing loud music at night.', []],
    ['Receptionist: Dr Patel is back from her travels on Monday.', []],
    ['Taxi marshal: same antics from the drunk men at the rank again tonight.', []],
    ['Taxi marshal: a man in a grey coat did a disappearing act when the police arrived.', []],
    ['Carer daily log: her usual tricks at bedtime, asking for more time on the Xbox.', []],
    ['Carer daily log: the usual tricks again tonight, refusing to go to bed.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: attitude: a parent's partner, a father, older lads, a neighbour's grown-up son", () => {
  it.each([
    ["Mum's boyfriend gave staff loads of attitude when asked to wait at the door.", []],
    ['DS K: father has a real attitude problem with police.', []],
    ['Youth worker: the older lads gave us loads of backchat when we closed the hall.', []],
    ["Housing officer: the neighbour's son, 22, has an attitude problem and plays loud music.", []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: doing_runs: a driver's runs for a service", () => {
  it.each([['Taxi marshal: the driver does runs for the care home and is paid by the council.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: stealing_for_olders: an adult by age', () => {
  it.each([['Her boyfriend, 24, was shoplifting for the older men.', ['adult_centred_label:boyfriend_adult']]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: squatter: people or a family squatting', () => {
  it.each([
    ['Housing officer: the flat next door has people squatting and using crack.', []],
    ['Housing officer: the squatting family in number 4 have drugs paraphernalia all over the flat.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: claims_abuse: staff or a shopkeeper hurt by a child', () => {
  it.each([
    ['Carer daily log: the relief carer claims she was hit by Josh during the restraint.', []],
    ['The security guard claims he was assaulted by the 14-year-old in the shop.', []],
    ['The shopkeeper claimed he was threatened by the boys outside.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: tenancy_offence: a lodger or the household in breach, another flat, the practice in general', () => {
  it.each([
    ['Housing officer: the lodger is in breach of his tenancy for letting the men stay.', []],
    [
      'Housing officer: the family is in breach of the occupancy agreement, the older son is dealing drugs from the flat.',
      ['criminalises_child:dealing_label'],
    ],
    ['Housing officer: the flat upstairs is sub-let to men who deal drugs; the landlord lives abroad.', []],
    ['Housing officer: subletting is common on the estate and the men who do it are known to police.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: worse_for_wear_return: 'no drama' back in a side, back by curfew", () => {
  it.each([
    ["Coach: he's back in the squad after his suspension, no drama.", []],
    ['Carer daily log: back by curfew at 9pm, she was only out with her friends at the park.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: criticism cues: an amended plan, training notes, a parent saying never acceptable, an objection to a move, an account questioned, a task recommended, not to say anything, a repair recorded', () => {
  it.each([
    ['We amended it to add weekly checks as she keeps putting herself at risk at the flat.', ['blames_child:putting_self_at_risk']],
    ['Coach training notes: she has been sleeping around with older lads from the club.', ['sexualises:sleeps_around']],
    [
      'Housing officer: mum said this was never acceptable, but the girl keeps inviting the men in and is sleeping around.',
      // Session 23: inviting the men in is consent in the tuning sets (invited_adults_in_round39).
      ['implies_consent:invited_adults_in_round39', 'sexualises:sleeps_around'],
    ],
    ['SW objected to the move as she is promiscuous and will go straight back to the men.', ['sexualises:promiscuous']],
    ["Carer daily log: she said she was at Chloe's, which was questioned as Chloe's mum said she wasn't there, so she is lying again.", ['blames_child:liar']],
    ['The GP recommended that staff record her weight weekly, and she is sexually active with older men.', ['implies_consent:sexually_active']],
    ['Police recommend that staff call 101 when she goes missing as she is putting herself at risk.', ['blames_child:putting_self_at_risk']],
    ['I asked staff not to say anything to mum as she is terrified and keeps putting herself at risk.', ['blames_child:putting_self_at_risk']],
    ['Housing officer: the repair should not have been recorded as urgent, she is a troublemaker anyway.', ['blames_child:troublemaker']],
    [
      'Referral (Police): the incident was logged as a fight, which was later challenged, and she is a drug runner for the olders.',
      ['criminalises_child:drug_runner', 'adult_centred_label:olders'],
    ],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: can_look_after_self: the bus to the men's flat is no everyday outing", () => {
  it.each([["Housing officer: she can look after herself on the bus to the men's flat.", ['minimises_harm:can_look_after_self']]] as [string, string[]][])(
    '%s -> %j',
    gives,
  );
});

describe('review 25F: enjoys_attention: attention from peers', () => {
  it.each([['Station staff: she was lapping up the attention from the other girls in the choir.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: gang_member: 'gang kids' who chase the child; the man who runs the shop", () => {
  it.each([
    ['Youth worker: gang kids from the other estate chased him home.', []],
    ['DS K: Tyler is a known gang member, the man who runs the shop said he sells for them.', ['criminalises_child:gang_member']],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: service adults: 'the young woman' may be a girl of 14 or 15", () => {
  it.each([
    ['DS K: the young woman clearly knew what she was doing, she is 15.', ['implies_consent:knows_what_doing']],
    ['Hotel night staff: the young woman was being a nuisance to other guests; she is 15.', ['blames_child:nuisance']],
    ['Station staff: the young woman was lying about her age, she is 14.', ['blames_child:liar']],
    ['Pharmacy counter: the young woman has been lying to staff about her age; she is 15 and with an older man.', ['blames_child:liar']],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: drunk_and_disorderly: the child and her mum were', () => {
  it.each([
    ['Police: she and her mum were drunk and disorderly outside the pub.', ['criminalises_child:drunk_and_disorderly']],
    ['Police: Kayla and her mum were drunk and disorderly in town on Saturday night.', ['criminalises_child:drunk_and_disorderly']],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: brought_trouble: a tenant or a lodger brought it', () => {
  it.each([
    ['Housing officer: the tenant brought the trouble to the block by letting the dealers in.', ['implies_consent:lets_adults_round22']],
    ['Housing officer: the lodger has brought this trouble to the house with his drug use.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: hard_work: mornings, a team, drunk lads at the rank, a named adult', () => {
  it.each([
    ["Carer daily log: she's hard work in the mornings, won't get up for school.", []],
    ['Coach: the under-14s are hard work but great lads.', []],
    ['Taxi marshal: the drunk lads at the rank are hard work on a Friday.', []],
    ['Housing officer: Mr P is hard work and keeps complaining about the noise.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: meeting_up_adult: a workmate, a sports club', () => {
  it.each([
    ['Youth worker: she met up with her mate from work, who is 18, at the cinema.', []],
    ['Coach: she is meeting up with a 22-year-old from the running club for training.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: adult_mate: adults' own mates", () => {
  it.each([
    ['Taxi marshal: the lads and their mates, all in their twenties, were fighting at the rank.', []],
    ['Hotel night staff: the stag party, men in their thirties, brought their mates back to the rooms.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: recorded_as_choice: a children's club", () => {
  it.each([['School attendance: it was recorded as his own choice to leave the after-school club.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: bit_of_fun: an adult pushy with customers', () => {
  it.each([['Pharmacy counter: the man at the shop next door is a bit pushy with customers.', ['adult_centred_label:clients']]] as [string, string[]][])(
    '%s -> %j',
    gives,
  );
});

describe("review 25F: agreed_to_carry: a driver's errand for a passenger", () => {
  it.each([['Taxi marshal: the driver offered to take the parcel to the station for the passenger.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: happily_goes: an old man into a taxi', () => {
  it.each([['Taxi marshal: the old man happily got into the taxi after a long wait.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: will_not_help_self: a named adult', () => {
  it.each([["Housing officer: Mr P won't help himself, the flat is a risk to his health.", []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: frequents_place: a tenant or a couple', () => {
  it.each([
    ['Housing officer: the tenant frequents the bookies on the corner.', []],
    ['Hotel night staff: the couple in room 12 frequent the hotel bar most nights.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: friend_adult: a distance or a time, not an age', () => {
  it.each([
    ['Taxi marshal: her friend, who is about 20 minutes away, is coming to pick her up.', []],
    ['School reception: her mate, who is about 25 miles away in Leeds, texted her.', []],
  ] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: child_as_thief: a known shoplifter the child is with', () => {
  it.each([['Shop security: a known shoplifter was with her at the tills; we banned him last year.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe("review 25F: boss: a Saturday job's shift", () => {
  it.each([['Carer daily log: her boss at Primark was angry that she missed a shift.', []]] as [string, string[]][])('%s -> %j', gives);
});

describe('review 25F: associating_with: a tenant mixing with a rough lot', () => {
  it.each([['Housing officer: the tenant mixes with a rough lot from the pub.', []]] as [string, string[]][])('%s -> %j', gives);
});
