// Session 23 (indicator round 39): wordings of signs from the pooled errors of the main dev split and the tuning sets
// (phrases/round39.ts), and the ConText rules of the round. Sentences are invented for this file, not taken from the
// evaluation sets. want: y the child's sign (not negated, hypothetical or historical); h the child's, hypothetical; o
// at least one finding of the code, all about another person; n no finding of the code.
import { describe, expect, it } from 'vitest';
import { findingLines, flagRows, givesFindings, type SignWant, signTable } from '../../../test/fixtures/text-checks.ts';

// Abuse placed in early childhood is previous abuse (historical by definition), and not also a current assault.
const PREVIOUS_ABUSE: readonly string[] = [
  'Health summary: physical abuse by an uncle at age five, anxiety since Year 7.',
  'Key worker: Mason was beaten as a child by his mum’s ex.',
  'She told the nurse her cousin abused her when she was small.',
  'Kira was abused in her last foster placement, the file says.',
  'She was sexually abused when she was seven.',
];

// A partner named by age in an earlier year is the child's, historical.
const HISTORICAL_PARTNER: readonly string[] = ['Chronology: in 2019, at 13, she was going out with a 29 year old.'];

const CASES: readonly [string, string, SignWant][] = [
  ['He was beaten up outside the chip shop on Friday.', 'fa_previous_abuse', 'n'],
  ['She was sexually abused when she was seven.', 'sh_sexual_assault', 'n'],
  // a place the child has no tie to
  ['BTP: the boy was left in Crewe, where he knows nobody.', 'am_found_out_of_area', 'y'],
  ['Police: stopped in Skegness with no reason to be there.', 'am_found_out_of_area', 'y'],
  ['Custody: lives in Hackney, no link to Swindon.', 'am_found_out_of_area', 'y'],
  // the man she is seeing, named by his age
  ['A&E: she says the man she is seeing is 29.', 'go_older_partner', 'y'],
  ['She calls him her man and he is 31.', 'go_older_partner', 'y'],
  ['She has a new boyfriend; she says he is 33.', 'go_older_partner', 'y'],
  ['Mum has a new boyfriend; he is 33.', 'go_older_partner', 'n'],
  ['He is 25 and works at the garage with his dad.', 'go_older_partner', 'n'],
  // adults messaging the child
  ['Carer: a man in his forties keeps messaging Tia on Snapchat.', 'te_adults_contact_online', 'y'],
  ['The swimming coach has been texting him late at night.', 'te_adults_contact_online', 'y'],
  ['He gets abusive messages on TikTok from boys in his year.', 'te_adults_contact_online', 'n'],
  // school, family, threats, images, mood, a place to stay
  ['Private fostering: the girl has never been enrolled at school.', 'am_school_absence', 'y'],
  ['EWO: Leah has not attended since half term.', 'am_school_absence', 'y'],
  ['School: attendence concerns raised again.', 'am_school_absence', 'y'],
  ['She has not attended her CAMHS sessions since May.', 'am_school_absence', 'n'],
  ['Parents have split and Jo is refusing contact.', 'fa_family_breakdown', 'y'],
  ['He started carrying a knife after his dad left.', 'fa_family_breakdown', 'y'],
  ['After his dad left the meeting he rang back.', 'fa_family_breakdown', 'n'],
  ['Children in care: he has moved placement five times this year.', 'fa_family_breakdown', 'y'],
  ['The relationship with her mum broke down in the spring.', 'fa_family_breakdown', 'y'],
  ['YOT: Dion was told he’d be stabbed if he stopped selling.', 'go_threats_violence', 'y'],
  ['Kyle was told the flat would be torched if he talked.', 'go_threats_violence', 'y'],
  ['A man asked Mia to send photos in her underwear.', 'te_sexual_images', 'y'],
  ['Police: a man of 30 has videos of her on his phone.', 'te_sexual_images', 'y'],
  ['Mum has pictures of her from the school trip.', 'te_sexual_images', 'n'],
  ['Counsellor: she feels nothing matters any more.', 'ep_low_mood', 'y'],
  ['Form tutor: he has been really down since Christmas.', 'ep_low_mood', 'y'],
  ['Police: a man at the chip shop told her she can stay at his flat.', 'rg_accommodation_offered', 'y'],
  ['The man lets the boys sleep on his sofa and gives them weed.', 'rg_accommodation_offered', 'y'],
  ['Her nan says she can stay at their house at weekends.', 'rg_accommodation_offered', 'n'],
  // second look: taxis paid for, collections, speaking up for the men, no one to rely on, a home taken over, papers
  // held, living with adults the child met
  ['Carer: Amy gets taxis home that somebody else pays for.', 'rg_unexplained_money', 'y'],
  ['School: she gets taxis that somebody else pays for.', 'rg_unexplained_money', 'y'],
  ['Her taxi to school is paid for by the council.', 'rg_unexplained_money', 'n'],
  ['Reception: a driver collected the 13-year-old from her school twice this week.', 'go_unknown_adults_collect', 'y'],
  ['Night staff: different cars collect Jess after ten.', 'go_unknown_adults_collect', 'y'],
  ['YOT: Kai says the olders look after him.', 'da_protects_abusers', 'y'],
  ['She won’t hear a bad word about him, she told police.', 'da_protects_abusers', 'y'],
  ['Tom would not name the men because he did not want them in trouble.', 'da_protects_abusers', 'y'],
  ['Care leaver: never had anyone he could rely on, he says.', 'fa_no_trusted_adult', 'y'],
  ['Housing: dealers moved into the flat in March.', 'go_cuckooing', 'y'],
  ["Housing: older lads are using Kai's bedsit room to deal from.", 'go_cuckooing', 'y'],
  ['Interpreter: his papers were taken by the driver in France.', 'da_documents_held', 'y'],
  ["Solicitor: the agent still has our client's ID card.", 'da_documents_held', 'y'],
  ['His passport was kept safe by his foster carer.', 'da_documents_held', 'n'],
  ['PA: she lodges with a man she met at the bus station.', 'fa_living_with_unrelated_adults', 'y'],
  ["Helpline: he lives with his girlfriend's family.", 'fa_living_with_unrelated_adults', 'y'],
  // third look: travel arranged by others, partners named by age, new things that come back with a sign
  ['Border Force: she said a man in Belgium arranged her journey.', 'am_moved_by_others', 'y'],
  ['BTP: tickets for the 13-year-old were bought by a man on his phone.', 'am_moved_by_others', 'y'],
  ['County lines debrief: he was driven from Luton to Ipswich by two men.', 'am_moved_by_others', 'y'],
  ['Her mum arranged her travel to Poland for the summer.', 'am_moved_by_others', 'n'],
  ['Midwife: 15, pregnant by a man of 31 who brings her to clinic.', 'go_older_partner', 'y'],
  ['Her sister is pregnant by a man of 31.', 'go_older_partner', 'n'],
  ['Probation: Mr K says his 15-year-old girlfriend stays at weekends.', 'go_older_partner', 'y'],
  ['Night log: Leo missing overnight, returned at 0800 with new trainers nobody bought him.', 'rg_unexplained_gifts', 'y'],
  ['Coach: he turns up with new boots and a watch every week.', 'rg_unexplained_gifts', 'y'],
  ['He has new trainers from his nan for his birthday.', 'rg_unexplained_gifts', 'n'],
  // fourth look: changing accounts, missed help, status promised, going back, late hours, time away
  ['Hotel: the girl first said the man was her uncle, then her cousin.', 'da_inconsistent_accounts', 'y'],
  ['Age assessment: the dates in his account do not fit together.', 'da_inconsistent_accounts', 'y'],
  ['BTP: he gave three different reasons for being in Exeter.', 'da_inconsistent_accounts', 'y'],
  ['Clinic: Mia missed her second appointment this month.', 'da_not_engaging', 'y'],
  ['Clinic: Mia missed her second appointment this month.', 'da_not_engaging', 'y'],
  ['She missed her appointment because she was ill.', 'da_not_engaging', 'n'],
  ['Police: the gang promised Ali protection if he held bags.', 'rg_status_rewards', 'y'],
  ['Youth worker: the older boys called him their little bro and promised him a share.', 'rg_status_rewards', 'y'],
  ['Every time she is moved, the men find her and she goes back.', 'da_controlled_return', 'y'],
  ['He returns to the trap house as soon as he is released.', 'da_controlled_return', 'y'],
  ["Mum: he didn't come back till 3 again.", 'am_staying_out_late', 'y'],
  ['Residential: she returned at 0245 smelling of cannabis.', 'am_staying_out_late', 'y'],
  ['Dad got home at 0200 after his night shift.', 'am_staying_out_late', 'n'],
  ['Police: girl, 13, missing 3 days, found in a flat in Leeds.', 'am_missing', 'y'],
  ['Paeds ward: he left the ward without telling staff at midnight.', 'am_missing', 'y'],
  // fifth look: children left to feed themselves, operations nobody explains, work for a pittance, debts worked off,
  // accounts used, offers through an app
  ['Police: dad drinks all day and the boys cook for themselves.', 'fa_neglect', 'y'],
  ['School nurse: Jay comes to school hungry and in dirty uniform.', 'fa_neglect', 'y'],
  ['The Scouts cook for themselves on camp.', 'fa_neglect', 'n'],
  ['UASC health: scar near his kidney; he says a doctor in Libya operated on him.', 'ep_unexplained_surgery', 'y'],
  ['Assessment: he had an operation in Libya and does not know what was done.', 'ep_unexplained_surgery', 'y'],
  ['She had an operation on her knee after the accident.', 'ep_unexplained_surgery', 'n'],
  ['Licensing: a 14-year-old works in the kitchen until 1am for £10 a night.', 'rg_unpaid_work', 'y'],
  ['He was made to beg and hand over everything he was given.', 'rg_unpaid_work', 'y'],
  ['NRM: he must work off the cost of the journey.', 'rg_debt_bondage', 'y'],
  ['He has to keep running to pay back the drugs he lost.', 'rg_debt_bondage', 'y'],
  ["Bank: money moved through the 15-year-old's account and out the same day.", 'rg_bank_account_used', 'y'],
  ['Mentor: Sian\'s bank card is used by her "friend".', 'rg_bank_account_used', 'y'],
  ['BTP: a Snapchat account offered him £300 to take a bag to Hull.', 'te_online_offers', 'y'],
  // sixth look: oral sex forced, weapons or cash kept for others, unsafe places to sleep, taken to flats and rooms
  ['Youth worker: a man forced her to give him oral sex in the car.', 'sh_sexual_assault', 'y'],
  ['YOT: he keeps a knife under his bed for the olders.', 'go_carrying_weapons_money', 'y'],
  ['He was given a machete to hold by the older boys.', 'go_carrying_weapons_money', 'y'],
  ['BTP: boy at Euston carrying a rucksack of cash for a man.', 'go_carrying_weapons_money', 'y'],
  ['The chef keeps a knife in the kitchen for the apprentices.', 'go_carrying_weapons_money', 'n'],
  ['PA: Zara, 17, is in a B&B with adult men while a place is found.', 'fa_unsuitable_accommodation', 'y'],
  ['UASC, placed by the Home Office in a hotel with adults.', 'fa_unsuitable_accommodation', 'y'],
  ['Street team: boy, 15, sleeping in the bus shelter again.', 'fa_unsuitable_accommodation', 'y'],
  ['YOT: he is staying with whoever will have him.', 'fa_unsuitable_accommodation', 'y'],
  ['We slept in a tent on the Scouts camp.', 'fa_unsuitable_accommodation', 'n'],
  ['Taxi licensing: the driver took the 13-year-old to a flat in Oldham and gave her vodka.', 'go_taken_to_parties', 'y'],
  ['Hotel: two men booked a room for a girl who said she was 16.', 'go_taken_to_parties', 'y'],
  ['Her dad took the children to a hotel in York for the weekend.', 'go_taken_to_parties', 'n'],
  // seventh look: adults talking to the child online, found at an adult's address
  ['GP: a man of about 50 talks to her online every night.', 'te_adults_contact_online', 'y'],
  ['Her nan talks to her online every night from Spain.', 'te_adults_contact_online', 'n'],
  ['Police: girl, 14, found at address of 41yo male.', 'am_found_with_adults', 'y'],
  // a parent or carer hitting the child
  ['School: Kai says his nan hits him with a slipper.', 'fa_domestic_abuse', 'y'],
  ['Nursery: she hits him when he takes her toys.', 'fa_domestic_abuse', 'n'],
  // the older people who took the place of friends
  ['Youth worker: no friends his own age now, only the men from the car wash.', 'go_older_friends', 'y'],
  ['She has no adult she trusts, apart from the men at the flat.', 'go_older_friends', 'y'],
];

describe('session 23: indicator round 39', () => {
  signTable('note', CASES);
});

describe('session 23: abuse in early childhood', () => {
  it.each(PREVIOUS_ABUSE)('%s', (note) => {
    const rows = flagRows(note).filter((r) => r[0] === 'fa_previous_abuse');
    expect(rows, JSON.stringify(flagRows(note))).toContainEqual(['fa_previous_abuse', 'child', false, false, true]);
  });
});

describe('session 23: an older partner in the past', () => {
  it.each(HISTORICAL_PARTNER)('%s', (note) => {
    expect(flagRows(note), JSON.stringify(flagRows(note))).toContainEqual(['go_older_partner', 'child', false, false, true]);
  });
});

describe('session 23: exception words and isolation beside older friends', () => {
  it('keeps isolation and the older people who took its place as two signs, the second neither negated nor a friend’s', () => {
    expect(findingLines('Jay has no friends his own age, only the lads from the gym.')).toEqual(['ep_isolated child', 'go_older_friends child']);
  });
});

describe('session 23: a parent hitting the child, and the state of a clause with no subject', () => {
  givesFindings('findings', [
    ['Mum admitted she hits her when drunk.', ['fa_domestic_abuse child', 'fa_parental_substance_misuse other']],
    ['Dad shouts at him when drunk.', ['fa_parental_substance_misuse other']],
  ]);
});

describe('session 23: no friends his own age, then what he does instead', () => {
  givesFindings('findings', [
    ['Youth club: Dan has no friends his own age and spends his weekends with the men at the car wash.', ['ep_isolated child', 'go_older_friends child']],
  ]);
});

describe('session 23: domestic abuse told as violence between the adults or as an incident', () => {
  givesFindings('findings', [
    ['Health visitor: police were called twice in May for DA between mum and her partner.', ['fa_domestic_abuse other']],
    ['Police: domestic incident at the address last night, mum injured.', ['fa_domestic_abuse other', 'ep_injuries_assault other']],
    ['Mia has grown up with domestic abuse between her parents.', ['fa_domestic_abuse child']],
    ['He has witnessed violence between his mum and stepdad.', ['fa_domestic_abuse child']],
  ]);
});
