import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 29, third pass: false alarms that the first pass left open on the dev split and the tuning sets, each mended by
// narrowing an existing entry (a veto), never by a new entry. Each mend with the ordinary sentences that share its
// wording, and the signs of blame in other professionals' words that must still be found. The reference checker must
// agree with the fast path on every sentence.

describe('round 29C: clients and customers of a business, and the child as a clinic client (clients)', () => {
  it.each([
    'Sexual health: the adult clinic’s clients can now book online.',
    "Sexual health: the adult clinic's clients can meet the nurse on Tuesdays.",
    'Pharmacist: the customer collecting methadone this morning was a 50-year-old man known to the team.',
    'Pharmacy: a customer collected a prescription for a man of 40 and paid at the till.',
    'Fast-food manager: we ban adult customers from sitting with children they do not know and call police if they refuse to leave.',
    'Pharmacy EHC consultation: client is 14, advice given and a follow-up booked with the school nurse.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'clients');
  });
  it.each([
    ['Police log: clients paid to meet the girl at the flat.', 'clients'],
    ['Referral: she is 15 and men she calls "clients" meet her at a hotel.', 'clients'],
    ['CSE MEETING: CLIENTS MET HER AT THE TRAVELODGE.', 'clients'],
    ['The girl, 14, was taken to a flat where customers paid to have sex with her.', 'clients'],
  ])('%s -> %s', found);
});

describe('round 29C: knowing what one is doing at a skill in a place (knows_what_doing)', () => {
  it.each([
    'YOT assessment: Lewis knows what he is doing in the kitchen and wants a catering apprenticeship.',
    'Mentor: she really knows what she is doing in the gym and is training for a competition.',
    'Boxing coach: he knows what he is doing in the ring and helps the younger ones.',
    'Work placement: Jordan knew what he was doing in the workshop by the second week.',
    'Art teacher: she knows what she is doing in the studio and wants to go to college.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'knows_what_doing');
  });
  it.each([
    ['Police: the girl knows what she is doing when she gets in the cars with the men.', 'knows_what_doing'],
    ['Minutes: "he knows exactly what he is doing" with the older men in the flat.', 'knows_what_doing'],
    ['OFFICER: SHE KNEW WHAT SHE WAS DOING, SHE WENT TO THE HOTEL WITH THEM.', 'knows_what_doing'],
  ])('%s -> %s', found);
});

describe('round 29C: parts in a play (older_boyfriend, boyfriend_adult)', () => {
  it.each([
    'Youth worker: the older boyfriends in the sixth-form drama were played by Year 13 students.',
    'Drama teacher: Year 10 cast the older boyfriend in the play from the sixth form.',
    'School newsletter: the older boyfriend in the musical is played by a Year 12 student.',
    'The panto has an older boyfriend character played by a teacher aged 30.',
    'Rehearsal notes: the older boyfriend, aged 25 in the script, enters in act two.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'older_boyfriend');
    notFound(text, 'boyfriend_adult');
  });
  it.each([
    ['Residential log: believed to be with her older boyfriend, who is 24.', 'older_boyfriend'],
    ['Police: Jade, 14, went to the flat with her older boyfriend and his friends.', 'older_boyfriend'],
    ['MUM SAYS HER OLDER BOYFRIEND PICKS HER UP FROM SCHOOL.', 'older_boyfriend'],
    ['School nurse: she says her boyfriend is 25 and picks her up from the play rehearsal.', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('round 29C: two adults, or a care leaver of 18 or more, with a partner (boyfriend_adult, partner_adult)', () => {
  it.each([
    'Housing officer: the tenant at flat 3 lives with her partner, both in their fifties, and the rent is up to date.',
    'Neighbour dispute: the woman at number 8 and her boyfriend, both in their thirties, were given advice.',
    'Housing: the couple at flat 2, a tenant and her partner, both in their sixties, have asked for a new boiler.',
    'Personal adviser: Chantelle, 19, a care leaver, has moved in with her boyfriend of 26; I will keep visiting monthly.',
    'Pathway plan: Kayleigh, 20, a care leaver, lives with her boyfriend, 27, and is working at the bakery.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'boyfriend_adult');
    notFound(text, 'partner_adult');
  });
  it.each([
    ['Police: Chantelle, 14, has moved in with her boyfriend of 26.', 'boyfriend_adult'],
    ['Police: the 14-year-old and her partner, 31, were stopped in the car.', 'boyfriend_adult'],
    ['MASH: HER BOYFRIEND IS 31 AND SHE IS 13.', 'boyfriend_adult'],
    ['Social worker: the care leaver’s sister, 15, stays with her boyfriend, 27, at weekends.', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('round 29C: an illness out of control (out_of_control)', () => {
  it.each([
    "School nurse: Kieran's asthma is out of control this winter, and the GP has increased his preventer.",
    'Diabetes nurse: her diabetes is out of control since the move and she needs a review.',
    'GP: his eczema has got out of control and he is scratching at night.',
    'Epilepsy clinic: her seizures are out of control on the current dose.',
    'Paediatrician: the pain was out of control after the operation, so the dose was changed.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'out_of_control');
  });
  it.each([
    ['MASH: mum says she is out of control since Christmas and stays out with older men.', 'out_of_control'],
    ['School: Kieran is out of control and has asthma, per the head of year.', 'out_of_control'],
    ['Police log: "girl is out of control", per the officer.', 'out_of_control'],
    ['CARER: SHE IS COMPLETELY OUT OF CONTROL.', 'out_of_control'],
  ])('%s -> %s', found);
});

describe('round 29C: "no concerns" or "no issues" right after "safe and well" (return wording)', () => {
  it.each([
    ['MFH closing note: returned safe and well, no concerns.', 'return_glossed_round15'],
    ['Night staff wrote "Callum back safe and well, no concerns".', 'return_glossed_round15'],
    ['Response officer log: MFH Demi (14) returned safe and well, no further concerns, closed.', 'no_further_concerns_return'],
    ['Review quoting a 2011 MFH record: "Returned safe and well, no issues."', 'worse_for_wear_return'],
    ["Children's home shift log: Jade back at 02:10 safe and well, no issues, straight to bed.", 'worse_for_wear_return'],
  ])('%s: no %s, "safe and well" is found', (text, id) => {
    notFound(text, id);
    notFound(text, 'no_concerns_episode_round24');
    found(text, 'returned_safe_and_well');
  });
  it.each([
    ['Came back to the home at 6am safe and sound, no further concerns.', 'no_further_concerns_return'],
    ['MFH: returned at 03:00, no concerns, she was with the older males in the park.', 'return_glossed_round15'],
    ['Night log: back from the men’s flat at 4am, no issues.', 'worse_for_wear_return'],
    ['MFH: RETURNED AT 2AM, NO CONCERNS.', 'return_glossed_round15'],
  ])('%s -> %s', found);
});

describe('round 29C: an accident named in the clause before "a one-off" (one_off)', () => {
  it.each([
    "ED: the cut on Marcus's hand was an accident in food technology; a one-off, and mum was with him.",
    'School: the burn was an accident at the cooker; a one-off.',
    'GP: the fall was an accident on the stairs; a one-off, no further action.',
    'ED: the sprain was an accident at football training; a one-off, and dad was there.',
    'Nursery: the bump was an accident in the garden; a one-off.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'one_off');
  });
  it.each([
    ['Police: the assault at the flat was seen as a one-off and not followed up.', 'one_off'],
    ['MASE: the men taking her to the hotel was a one-off, per the officer.', 'one_off'],
    ['SOCIAL WORKER: THE ABUSE WAS A ONE-OFF.', 'one_off'],
    ['DSL: the touching by the coach was a one-off; the school will monitor.', 'one_off'],
  ])('%s -> %s', found);
});

describe('round 29C: a parent leaving a violent partner, and a choice of contraception (chose_to)', () => {
  it.each([
    'Mum said "I chose to leave him after the last beating, and it was the best thing I ever did".',
    'Nan told the worker "I chose to leave him when the drinking got worse", and the children stay with her.',
    'Sexual health clinic: Jasmin chose to have the implant fitted rather than take the pill, after a full discussion.',
    'School nurse: she opted to have the injection rather than the pill and was given leaflets.',
    'Clinic: after talking to the nurse about the older boys at school, she chose to start the pill.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'chose_to');
  });
  it.each([
    ['Police: she chose to go back to the men’s flat after the party.', 'chose_to'],
    ['Jade said "I chose to go with them, the older men look after me".', 'chose_to'],
    ['YOT: HE CHOSE TO CARRY THE DRUGS FOR THE OLDER LADS.', 'chose_to'],
    ['Social worker: she chose to go back to the flat where the older men are, after the party.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 29C: a parent’s own partner (no_concerns_adult_partner, no_concerns_episode_round24, abuser_as_suitor)', () => {
  it.each([
    "Her mum's new boyfriend is 28 and has been checked by police; no concerns.",
    "Mum's partner, 35, has moved in and checks were done; no concerns.",
    "Dad's new girlfriend is 31 and has been DBS checked; no concerns.",
    'Review quoting a 2003 health visitor note: "Mum\'s new fancy man is around all the time."',
    "Health visitor: nan's fancy man, who is 60, visits on Sundays.",
  ])('not flagged: %s', none);
  it.each([
    ['Her boyfriend is 28 and has been checked by police; no concerns.', 'no_concerns_adult_partner'],
    ['MASH: the 14-year-old is seeing a 25-year-old; no concerns raised.', 'no_concerns_adult_partner'],
    ['Review quoting a 2003 police note: "Her fancy man is 40 and picks her up from school."', 'abuser_as_suitor'],
    ['POLICE: HER FANCY MAN IS 35.', 'abuser_as_suitor'],
  ])('%s -> %s', found);
});

describe('round 29C: a club’s sponsor (mentor_sponsor_pays, benefactor_round22)', () => {
  it.each([
    "Sports coach: the club's main sponsor is a local builder and his firm pays for the kit.",
    "Football club: the team's shirt sponsor, a man of 50 who runs the garage, paid for the new goals.",
    'Newsletter: our kit sponsor is a local firm owned by a 45-year-old dad, and they pay for the minibus.',
    'Rugby: the club’s sponsors, two local men, bought the kit and pay for the coach to away games.',
    'Cricket: the main sponsor, a builder aged 60, pays for the nets.',
  ])('not flagged: %s', none);
  it.each([
    ['Intel: his sponsor, a man of 30, pays him to carry the bags to the flat.', 'mentor_sponsor'],
    ['YOT: HIS SPONSOR PAYS HIM £50 A TRIP, HE IS 35.', 'mentor_sponsor'],
    ['Police: the boy’s sponsor, a man of 40, buys him trainers.', 'mentor_role_round24'],
  ])('%s -> %s', found);
});

describe('round 29C: an adult’s claim to be a relative, in reported words (uncle_not_related, claimed_relative_round24)', () => {
  it.each([
    "Hotel staff statement: the staff member said the man told her he was the girl's uncle; police later found he was not related.",
    "Airport: the man told staff he was the boy's uncle; checks showed no family link.",
    'Border Force: the adult told us he was his cousin; no relation was found.',
    "Hostel: the man told police he was the girl's uncle; they are not related.",
    'Port: the woman told them she was the girl’s aunt; she is not related.',
  ])('not flagged: %s', none);
  it.each([
    ['Social worker: she calls the man her uncle, but he is not related and is 40.', 'uncle_not_related'],
    ['Police: the girl’s so-called uncle, aged 45, gave her money and a phone.', 'uncle_not_related'],
    ['Intel: Amira, 14, stays with her "uncle", a man of 40 who is not related.', 'uncle_not_related'],
  ])('%s -> %s', found);
});

describe('round 29C: forced criminality named (continues_to_offend)', () => {
  it.each([
    'NRM: the conclusive grounds decision found that Hoang was a victim of trafficking for forced criminality.',
    'Home Office: the boy was trafficked for forced criminality in cannabis farms.',
    'First responder: indicators of forced criminality were recorded for the 15-year-old.',
    'NRM referral: the girl was exploited through forced criminality by the men in Leeds.',
    'Review: the NRM found forced criminality and labour exploitation.',
  ])('not flagged: %s', none);
  it.each([
    ['YOT: his criminality is escalating and he is 15.', 'continues_to_offend'],
    ['Police: the girl’s criminality has become more serious.', 'continues_to_offend'],
    ['Court report: HIS CRIMINALITY IS A CHOICE.', 'continues_to_offend'],
  ])('%s -> %s', found);
});

describe('round 29C: one adult as the subject of "had sex with her" (had_sex_with_adult, consent_in_review_wording)', () => {
  it.each([
    'A&E triage: 13yo F with vaginal bleeding after a man aged 22 had sex with her last night; this is rape and the police are attending.',
    'Police: a man aged 40 had sex with him at the flat; this is rape of a child.',
    'SARC: an adult had sex with her while she was drunk.',
    'ED: a male aged 30 has had sex with her, police informed.',
    'Police: the 14-year-old says a man had intercourse with her at the party.',
  ])('not flagged: %s', none);
  it.each([
    ['Sexual health: she has had sex with a 25-year-old man.', 'had_sex_with_adult'],
    ['Police: the girl had sex with two adult men at the flat.', 'had_sex_with_adult'],
    ['Review quoting a 2005 note: "she is having sex with older men for money".', 'had_sex_with_adult'],
  ])('%s -> %s', found);
});

describe('round 29C: a same-age couple in the clause before (relationship_normalised)', () => {
  it.each([
    'Sexual health: Mae is 17 and her girlfriend is 18; the nurse recorded that the relationship is supportive.',
    'Clinic: Sam is 16 and his boyfriend is 18; the relationship is stable and loving.',
    'Youth worker: Ali is 17 and her partner is 19; the relationship appears healthy.',
    'Sexual health: Jo is aged 17 and her boyfriend is aged 18; both families say it is a loving relationship.',
    'College: Kai is 16 and his girlfriend is 18; they are in love.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'relationship_normalised');
  });
  it.each([
    ['Police: she is 14 and her boyfriend is 25; they make a lovely couple.', 'relationship_normalised'],
    ['Police: THEY ARE IN LOVE, HE IS 23 AND SHE IS 15.', 'relationship_normalised'],
    ['Social worker: she is 13 and he is 20; "they are in love", mum says.', 'relationship_normalised'],
  ])('%s -> %s', found);
});

describe('round 29C: the person graded is an adult (risk_graded_down_round16)', () => {
  it.each([
    'GP: the patient is a 40-year-old sex worker who attends for regular screening; she is an adult and no safeguarding concern arises.',
    'GP: the patient is 52 and drinks heavily; he is an adult and there are no safeguarding concerns about the hotel stays.',
    'Housing: the tenant, 30, goes missing for days; she is an adult and low risk.',
    'Police: the woman, 25, was found at the hotel with men; she is an adult, low risk.',
    'Hostel: the resident, 45, was drunk at the flat party; he is an adult, no safeguarding issues.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'risk_graded_down_round16');
  });
  it.each([
    ['Police: 15-year-old at the hotel with men, low risk.', 'risk_graded_down_round16'],
    ['Missing log: she is 14, with older males, low risk.', 'risk_graded_down_round16'],
    ['MFH: LOW RISK, SHE IS WITH HER OLDERS.', 'risk_graded_down_round16'],
  ])('%s -> %s', found);
});

describe('round 29C: where a child lives after parents part (chose_to)', () => {
  it.each([
    "Maddie's dad says she chose to live with him after the divorce and she is settled and doing well.",
    'Court welfare report: Leo chose to live with his mum after the separation and sees dad on Saturdays.',
    'Family court: Amy chose to live with her nan after their separation, with contact with both parents.',
    'Social worker: he opted to stay with dad after the divorce and is doing well at school.',
    'Family court: Sam chose to live with dad after the divorce and is settled.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'chose_to');
  });
  it.each([
    ['Police: she chose to live with the 30-year-old man after leaving care.', 'chose_to'],
    ['Police: she chose to go back to the flat with the older men after the divorce.', 'chose_to'],
    ['MASH: SHE CHOSE TO GO WITH THE OLDER MEN TO THE HOTEL.', 'chose_to'],
  ])('%s -> %s', found);
});
