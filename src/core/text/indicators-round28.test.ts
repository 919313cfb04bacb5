// Round 28 (2026-12-01): coverage for wording of fresh27, fresh26 and fresh25 that no pattern matched. Each family sits
// beside ordinary sentences that use the same words in an everyday sense (an adult's confusion, a film, a stomach
// bug, a holiday), which must give no finding of the code. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe, expect, it } from 'vitest';
import { codesOf, givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('not knowing the town or the address', () => {
  givesCodes('the child cannot name the place', [
    ['On return Nico said he did not know what town he was in.', ['am_unknown_address']],
    ['Kayden does not know the town he was taken to.', ['am_unknown_address']],
    ['He could not tell us which town he was in when staff asked.', ['am_unknown_address']],
    ['She was moved between flats and has no idea of the addresses.', ['am_unknown_address']],
  ]);
  lacksCode('an adult, a school group or an event', 'am_unknown_address', [
    'Grandad did not know what town he was in after the stroke.',
    'He did not know which year group he was in at the new school.',
    "He didn't know which house he was in for sports day.",
    'She did not know what town the match was in until the coach left.',
    'The lorry driver did not know which town he was in without his sat nav.',
  ]);
});

describe("a parent's violence to the other parent", () => {
  givesCodes('violence between the adults at home', [
    ['The father was violent to the mother before they separated.', ['fa_domestic_abuse']],
    ["The mother's depression and Dad's violence to her mean Poppy has moved twice.", ['fa_domestic_abuse']],
    ["Mum's partner is controlling and violent towards her, police say.", ['fa_domestic_abuse']],
    ['Her father was in prison for violence to her mother.', ['fa_domestic_abuse']],
  ]);
  lacksCode('a story, a pet or a lesson', 'fa_domestic_abuse', [
    'In the film the father is violent to the mother and the children run away.',
    "In the soap, the father's violence to the mother is the main storyline.",
    'The documentary showed a father in prison for violence to the mother of his children.',
    'The drama lesson was about a stepdad who is controlling towards the mother.',
  ]);
});

describe('travelled to the country alone', () => {
  givesCodes('a journey without family to the UK', [
    ['Ahmed travelled alone from Afghanistan and was found at Glasgow bus station.', ['fa_unaccompanied_migrant']],
    ['He owes the driver for his journey, travelled without his family and fears he will be deported.', ['fa_unaccompanied_migrant']],
    ['She came alone from Eritrea and claimed asylum in Kent.', ['fa_unaccompanied_migrant']],
  ]);
  lacksCode('ordinary travel alone or without the family', 'fa_unaccompanied_migrant', [
    'She travelled alone from Manchester to see her nan.',
    'He travelled without his family to the football tournament in Spain.',
    'Her aunt travelled alone from Pakistan for the wedding.',
    'He arrived alone at the session and left with his friends.',
    'She came without her parents on the school trip to the UK parliament.',
  ]);
});

describe('not eaten for days, children arriving hungry', () => {
  givesCodes('no food at home', [
    ['The girl has not eaten for two days and says her mum is drunk most of the time.', ['fa_neglect']],
    ['The boy said he had not eaten since Friday and his mum was out.', ['fa_neglect']],
    ['Mum is drinking heavily again and the children come in hungry.', ['fa_neglect']],
  ]);
  lacksCode('illness, fasting, sport and adults', 'fa_neglect', [
    'He has not eaten for two days because of a stomach bug; mum has called the GP.',
    'She had not eaten since Monday at home as she is fasting before surgery.',
    'The boys came in hungry after football.',
    'She had not eaten since breakfast at home because of exam nerves.',
    'The patient had not eaten since Friday; his daughter brought food.',
    'The children come in hungry after PE on Tuesdays.',
  ]);
});

describe('low in mood', () => {
  givesCodes('the child, and a relative', [
    ['Shift log: Kai very low in mood and stayed in his room all day.', ['ep_low_mood']],
    ['She has been flat in mood since the move.', ['ep_low_mood']],
    ['Mum is low in mood again.', ['fa_parental_mental_health']],
  ]);
  lacksCode('music and rooms', 'ep_low_mood', [
    'The song is low in mood but the chorus lifts it.',
    'The album she chose is low in mood, which she likes.',
    'The lighting in the room was flat in mood for the photo project.',
  ]);
});

describe('moved between places of work, taken to a town at weekends', () => {
  givesCodes('moved about by others', [
    ['NRM referral: Minh was moved between cannabis farms and worked there for no pay.', ['am_moved_by_others']],
    ['She was moved between nail bars in Leeds and Bradford.', ['am_moved_by_others']],
    ['Dylan is taken to Stoke at weekends and owes the line money.', ['am_moved_by_others']],
  ]);
  lacksCode('rooms, wards, family visits and sport', 'am_moved_by_others', [
    'The class was moved between rooms while the hall was painted.',
    'The patients were moved between wards overnight.',
    'He is taken to Leeds at weekends by his dad to watch the football.',
    'She is driven to Manchester every weekend for gymnastics competitions.',
    'The furniture was moved between houses by the removal firm.',
  ]);
});

describe('a weight loss told as a figure', () => {
  givesCodes('the weight falls', [
    ["GP notes: Tia's weight has dropped by 6kg since the summer.", ['ep_eating_problems']],
    ['Reggie may be losing weight; staff will weigh him with the nurse.', ['ep_eating_problems']],
  ]);
  lacksCode('an adult, a baby, a diet or a load', 'ep_eating_problems', [
    "Mum's weight has dropped since she started the diet.",
    "The baby's weight has dropped a centile, the health visitor says.",
    'His weight has dropped to make the boxing weigh-in.',
    'The load weight has dropped since we took the boxes off the lorry.',
    'Grandad may be losing weight, the GP thinks.',
  ]);
});

describe('calls that keep coming', () => {
  givesCodes('the child gets calls', [
    ['The girl kept getting calls and then rushed out of the lobby.', ['te_worrying_calls']],
    ['Someone kept ringing him telling him to hurry.', ['te_worrying_calls']],
    ['Leo got a call from a withheld number and ran out of reception.', ['te_worrying_calls']],
  ]);
  lacksCode('offices, parents and sales calls', 'te_worrying_calls', [
    'The school office kept getting calls about the trip.',
    'Mum kept getting calls from the bank about her loan.',
    'He keeps getting calls from recruiters since he posted his CV.',
    'The landlord kept ringing her about the repairs.',
    'He kept getting calls all afternoon; it was the dentist about his filling.',
  ]);
});

describe('placement moves and breakdowns', () => {
  givesCodes('care placements that end', [
    ['CAMHS: Leah has had seven placement moves in two years.', ['fa_family_breakdown']],
    ['The breakdown of the kinship placement with the aunt led to the application.', ['fa_family_breakdown']],
  ]);
  lacksCode('work, study and training placements', 'fa_family_breakdown', [
    'The student nurse has had three placement changes this year.',
    'The breakdown of his work placement at the garage was about the hours.',
    'The college arranged two placement moves for the nursing students.',
  ]);
});

describe('sexual harassment by peers, nudes shared', () => {
  givesCodes('harassed or images shared', [
    ['Jade is sexually harassed by boys in the common room.', ['te_online_bullying']],
    ['Her nudes were shared in the year group chat.', ['te_online_bullying']],
  ]);
  lacksCode('staff, lessons and art', 'te_online_bullying', [
    'The teacher was sexually harassed by pupils and has left the school.',
    'The lesson covered what to do if nudes are shared.',
    'The nude paintings were shared with the gallery for the exhibition.',
    'The RSE session explained that being sexually harassed by boys is never your fault.',
  ]);
});

describe('made to steal for the adults', () => {
  givesCodes('theft for others', [
    ['The men make the younger boys shoplift from the retail park.', ['go_forced_theft_begging']],
    ['The boy steals from the tills for the men outside.', ['go_forced_theft_begging']],
    ['The robbery was ordered by the olders, Kane says.', ['go_forced_theft_begging']],
  ]);
  lacksCode('games, films and ordinary life', 'go_forced_theft_begging', [
    'The coach made the younger boys steal bases in rounders practice.',
    'In the film the men make the boys rob a bank.',
    'He steals from the fridge for the lads at the sleepover, mum jokes.',
    'The burglary was reported by the men next door.',
  ]);
});

describe('filmed live for adults', () => {
  givesCodes('live images for men', [['Linh was filmed live for men online in the house.', ['te_live_streaming']]]);
  lacksCode('events streamed to viewers', 'te_live_streaming', [
    'The match was filmed live for viewers at home.',
    'The school concert was filmed live for parents.',
    'The funeral was filmed live for strangers who knew him from the club.',
  ]);
});

describe('touched or assaulted "sexually"', () => {
  givesCodes('the act told after the verb', [
    ['DSL chronology: pupil said she was touched sexually by a taxi driver on the school run.', ['sh_sexual_assault']],
    ['Ffion may have been assaulted sexually at the caravan, police are unsure.', ['sh_sexual_assault']],
  ]);
  lacksCode('teaching about consent', 'sh_sexual_assault', [
    'The RSE lesson explained what to do if someone is touched sexually without consent.',
    'The assembly talked about how the law protects anyone assaulted sexually.',
    'The workshop covered what counts as being touched sexually.',
  ]);
});

describe('alone at every break', () => {
  givesCodes('on their own', [['Residential log: Reggie spends every break on his own and says the others avoid him.', ['ep_isolated']]]);
  lacksCode('adults, and a chosen activity', 'ep_isolated', [
    'The teacher spends every break on her own marking.',
    'Dad spends every lunch alone in the van.',
    'He spends every break on his own in the library reading, which he enjoys.',
    'She spends every lunchtime alone at chess club practising.',
  ]);
});

describe('back to the traffickers', () => {
  givesCodes('return to the exploiters', [['NRM referral: Huong went back to the traffickers.', ['da_controlled_return']]]);
  lacksCode('other returns', 'da_controlled_return', [
    'The police went back to the traffickers’ address with a warrant.',
    'She went back to the shop to return the traffic cone.',
    'He went back to the abuse helpline number to ring it again.',
  ]);
});

describe('sex with several men', () => {
  givesCodes('many partners', [['She said she has slept with several men in the flats since she left the home.', ['sh_many_partners']]]);
  lacksCode('sleeping arrangements', 'sh_many_partners', [
    'On the trip she slept in a tent; the leaders slept with several boys in the hall.',
    'At the shelter he slept with several men in the same room.',
    'The dog slept with several boys on the camp floor.',
  ]);
});

describe('drugs or drink given before a sexual assault', () => {
  givesCodes('substances before the assault', [
    ['The man gave Poppy cannabis before he raped her.', ['ad_substances_with_sex']],
    ['The man gave Hannah pills before he had sex with her.', ['ad_substances_with_sex']],
    ['She told me the men had sex with her at the party and gave her drugs first.', ['ad_substances_with_sex']],
  ]);
  lacksCode('ordinary giving before other acts', 'ad_substances_with_sex', [
    'The nurse gave her pills before the operation.',
    'Dad gave him a drink before bed.',
    'He gave her wine before dinner at the restaurant for her 18th.',
  ]);
});

describe('drugs or drink handed over by the men', () => {
  givesCodes('men supply the child', [
    ['Fast-food manager: the men upstairs hand the boy spliffs.', ['ad_substances_given']],
    ['The men in the Golf could be supplying the girls with vodka.', ['ad_substances_given']],
  ]);
  lacksCode('medication, licensed sale and supplies', 'ad_substances_given', [
    'The nurse hands him pills for his prescribed medication.',
    'The men at the bar are supplying the wedding guests with wine from the licensed shop.',
    'The man hands the girl her coat and bag.',
    'The men are supplying the school with hand gel.',
  ]);
});

describe('school missed by days or the week', () => {
  givesCodes('counted absence', [
    ['Aisha has missed eleven days of college since half term.', ['am_school_absence']],
    ['Morven missed school all week and meets men she talks to online.', ['am_school_absence']],
  ]);
  lacksCode('illness, bereavement and adults', 'am_school_absence', [
    'She missed five days of school with chickenpox.',
    'He missed school all week after his operation.',
    'The teacher missed school all week with flu.',
    'She missed three days of college for her grandad’s funeral.',
  ]);
});

describe('adult men contacting the child on an app', () => {
  givesCodes('contact by men online', [['Ben has been contacted by adult men on Grindr.', ['te_adults_contact_online']]]);
  lacksCode('clubs and selling', 'te_adults_contact_online', [
    'The youth worker was contacted by adult men on Tinder after her profile was cloned.',
    'The club was contacted by older men on Grindr selling tickets.',
    'She was messaged by adult men on Vinted who wanted to buy her old coat.',
  ]);
});

describe('"looked after" as the care status', () => {
  givesCodes('a child in care', [
    ['Kai is looked after, has lost weight and has become quiet and jumpy.', ['fa_in_care']],
    ['The girl said she is looked after and lives with carers in Wigan.', ['fa_in_care']],
    ['Logan is looked after at home on a compulsory supervision order.', ['fa_in_care']],
  ]);
  lacksCode('looked after by family, while ill, a pet or a patient', 'fa_in_care', [
    'She is looked after by her nan after school.',
    'He is well looked after at home.',
    'The dog is looked after when the family go on holiday.',
    'She was looked after on the ward by the nurses.',
    'Grandad is looked after at home by mum.',
    'He is being looked after tonight while mum is at work.',
  ]);
});

describe('little sense of their own worth', () => {
  givesCodes('low self-worth', [['Taylor has little sense of her own worth.', ['ep_low_self_esteem']]]);
  lacksCode('a parent', 'ep_low_self_esteem', [
    'Mum has little sense of her own worth since the divorce.',
    'The worker says dad has no sense of his own value at work.',
    'The support worker has little sense of her own worth in the team.',
  ]);
});

describe('kept as a servant, cooking and cleaning for adults who are not family', () => {
  givesCodes('domestic servitude', [
    ['The girl was kept as a domestic servant in a house in Ilford.', ['fa_domestic_servitude']],
    ['Huong lives with a couple who are not related to her, cooks and cleans for them every day.', ['fa_domestic_servitude']],
    ["She does the cooking and cleaning for her dad's friends when she stays at his flat and is not paid.", ['fa_domestic_servitude']],
    ["The 14-year-old looks after the landlord's three children all day.", ['fa_domestic_servitude']],
  ]);
  lacksCode('young carers, paid jobs and camps', 'fa_domestic_servitude', [
    'She cooks and cleans for her mum every day because mum is disabled.',
    'He cooks and cleans for the team every night at the residential camp.',
    "She looks after the landlord's two children all day on Saturdays as a paid babysitting job.",
    'He does the cooking and cleaning for his family friends on the chores rota.',
  ]);
});

describe('given things "for sex"', () => {
  givesCodes('the exchange', [['The men give the 14-year-old food and cigarettes for sex.', ['rg_sex_exchange']]]);
  lacksCode('health advice', 'rg_sex_exchange', [
    'The clinic gave her condoms and advice for sex education.',
    'The school nurse gave the class leaflets for sexual health week.',
    'They offered the youth group a talk on consent for sex education.',
  ]);
});

describe('drugs inside the body', () => {
  givesCodes('internal concealment', [
    ['The boy said drugs were hidden inside him by the men.', ['go_internal_concealment']],
    ['BTP officer: the boy said drugs were inside him and was taken to hospital.', ['go_internal_concealment']],
  ]);
  lacksCode('drugs in clothing or bags', 'go_internal_concealment', [
    'Drugs were hidden inside her bag in the locker.',
    'The pills were inside his coat pocket.',
    'Drugs were found inside her room during the search.',
  ]);
});

describe("a parent's drug or drink use named as the parent's", () => {
  givesCodes("the parent's use", [["Guardian's report: the stepfather's cannabis use is daily.", ['fa_parental_substance_misuse']]]);
  lacksCode('ordinary, medical or long past', 'fa_parental_substance_misuse', [
    "Dad's cannabis use is prescribed for his pain.",
    "Mum's diazepam use is prescribed and within the normal dose.",
    "Dad's steroids use is prescribed by his consultant.",
  ]);
});

describe('parties at the flats', () => {
  givesCodes('the party setting', [['Holly has chlamydia and is going to parties at the flats.', ['go_taken_to_parties']]]);
  lacksCode('family, work and birthday parties', 'go_taken_to_parties', [
    'Mum went to parties at the hotel for work at Christmas.',
    'She has been to parties at the flats for her cousin’s birthday.',
    'He goes to parties at the hotel with the football club.',
  ]);
});

describe('an adult named as the partner', () => {
  givesCodes('older partner', [['Chloe (14) calls the 41-year-old man her boyfriend.', ['go_older_partner']]]);
  lacksCode('adults and relatives', 'go_older_partner', [
    'Nan calls the 60-year-old man her boyfriend.',
    'Mum calls the 35-year-old her partner.',
    'Her grandmother describes the 58-year-old as her partner.',
  ]);
});

describe('work for nothing', () => {
  givesCodes('unpaid work', [
    ['Harvey has autism and the men pay him nothing to wash their cars.', ['rg_unpaid_work']],
    ['The boy was made to tend the cannabis plants without pay.', ['rg_unpaid_work']],
  ]);
  lacksCode('volunteering, chores and trials', 'rg_unpaid_work', [
    'The men pay him nothing to help at the charity shop; he is a volunteer.',
    'He was told to tidy his room without pocket money this week.',
    'He was told to wash the car for no money as one of his chores.',
    'He was expected to help at the church fete without payment like the other volunteers.',
  ]);
});

describe('taxis paid by someone else', () => {
  givesCodes('rides paid for', [
    ['Keira comes back in taxis someone else has paid for.', ['rg_unexplained_money']],
    ['Taxis are paid for on his account, housing reported.', ['rg_unexplained_money']],
  ]);
  lacksCode('arranged transport', 'rg_unexplained_money', [
    'The school taxis are paid for by the council transport team.',
    'Her taxi to hospital was paid by the NHS.',
    'Dad says his taxis are paid for on his work account.',
  ]);
});

describe('brought into hospital after a drug', () => {
  givesCodes('intoxication', [['A&E: 13yo M brought in drowsy and confused after taking ketamine.', ['ad_intoxication_hospital']]]);
  lacksCode('accidents and medication', 'ad_intoxication_hospital', [
    'She was brought in after taking her prescribed pills twice by mistake.',
    'He was brought in after a fall on the stairs.',
    'She was brought in after taking paracetamol for a headache.',
  ]);
});

describe('missed therapy appointments, a worker no longer met', () => {
  givesCodes('not engaging', [
    ['Nikita missed her third CAMHS appointment.', ['da_not_engaging']],
    ['Youth offending worker: Kane has stopped meeting his worker.', ['da_not_engaging']],
  ]);
  lacksCode('explained absences', 'da_not_engaging', [
    'She missed her CAMHS appointment because the bus was cancelled in the snow.',
    'He missed his therapy session as he was ill.',
    'She stopped meeting her mentor when the scheme ended and the worker was off sick.',
  ]);
});

describe('living with adults who are not relatives', () => {
  givesCodes('private fostering', [
    ['Samuel (12) lives with a woman who is not a relative.', ['fa_living_with_unrelated_adults']],
    ["Jade lived with her mother's friend for a year with no assessment.", ['fa_living_with_unrelated_adults']],
  ]);
  lacksCode('adults and approved placements', 'fa_living_with_unrelated_adults', [
    "Dad lived with his mother's friend when he was at university.",
    "The teacher lives with her mum's friends in a shared house.",
    'Grandad lives with a woman who is not a relative.',
    'She lives with a family who are not related to her in an approved foster placement.',
  ]);
});

describe('belonging offered by the group', () => {
  givesCodes('family talk from the olders', [
    ['Faith youth worker: the men told Hamza he is family now.', ['rg_status_rewards']],
    ['The lads say the olders give them weed and call them family.', ['rg_status_rewards']],
    ['Police log: Kofi says the group is like family.', ['rg_status_rewards']],
  ]);
  lacksCode('foster families, teams and congregations', 'rg_status_rewards', [
    'The foster carers told Hamza he is family now.',
    'He says the football team is like family to him.',
    'The men at the mosque call him family and ask after his mum.',
    'She says her choir group is like a family.',
    'The lads at work call him fam.',
  ]);
});

describe('free food from the takeaway', () => {
  givesCodes('food as the hook', [['MASE minutes: the takeaway gives the children free food and a room upstairs.', ['rg_accommodation_offered']]]);
  lacksCode('offers, charity and staff meals', 'rg_accommodation_offered', [
    'The takeaway gives the staff free food at the end of the shift.',
    'The takeaway gives customers free chips on opening night.',
    'The chippy gives the children free meals in the holiday scheme run by the council.',
    'The chippy gives the nurses free chips during the strike.',
  ]);
});

describe('the address withheld', () => {
  givesCodes('not saying where', [['Found in a flat in Blackpool with two men; she would not give the address.', ['da_not_disclosing']]]);
  lacksCode('adults and services', 'da_not_disclosing', [
    'Dad would not give the address of his new flat.',
    'The caller would not give her address to the office.',
    'The bank will not give the address over the phone.',
    'The delivery driver did not give his address when asked.',
  ]);
});

describe('befriended by an adult', () => {
  givesCodes('adults befriending children', [
    ['Maisie has a learning disability and she was befriended by an older man at the bus stop.', ['go_older_friends']],
    ['Older lads with cars have befriended the Year 8 boys at the skate park.', ['go_older_friends']],
  ]);
  lacksCode('adults befriending adults, pets', 'go_older_friends', [
    'Grandad was befriended by an older man at the bowls club.',
    'The new teacher was befriended by an older colleague.',
    'The stray dog was befriended by a man in the park.',
    'Grandma was befriended by a man on the allotment.',
  ]);
});

describe('new things nobody at home bought', () => {
  givesCodes('unexplained gifts', [
    ['Residential log: Zak returned at 0900 with new trainers nobody bought him.', ['rg_unexplained_gifts']],
    ['He has new designer trainers that neither the carers nor his mum bought him.', ['rg_unexplained_gifts']],
  ]);
  lacksCode('lost property, loans and forgetting', 'rg_unexplained_gifts', [
    'The new football nobody bought turned up in lost property.',
    'The new pencil case that nobody bought was lent by the school.',
    'The new book that no one bought was borrowed from the library.',
  ]);
});

describe('entering care', () => {
  givesCodes('into care', [['He has had six placement moves since entering care.', ['fa_in_care']]]);
  lacksCode('care work and care homes', 'fa_in_care', [
    'Grandad is entering care at the nursing home next month.',
    'Mum is entering care work as an assistant.',
    'She hopes to enter care as a job after college.',
  ]);
});

describe('fares paid by someone else', () => {
  givesCodes('rides paid for', [['The same taxi firm has collected her three times and the fares were paid by someone else.', ['rg_unexplained_money']]]);
  lacksCode('trips and arranged travel', 'rg_unexplained_money', [
    'The tickets for the match were paid by someone at the club.',
    'The fares were paid by someone from the council transport team.',
    'Her cinema ticket was paid by somebody else in the group as a birthday treat.',
  ]);
});

// A second set of ordinary sentences, written after the families above, that each once tripped one of them.
describe('round 28: ordinary sentences that share the families’ words', () => {
  it.each([
    ['Grandad came alone from Iran in 1979 and ran a shop.', 'fa_unaccompanied_migrant'],
    ['The weather was low in mood and grey all week.', 'ep_low_mood'],
    ['The weight has dropped off the scales display after the battery died.', 'ep_eating_problems'],
    ['Her weight has dropped since her braces were fitted.', 'ep_eating_problems'],
    ['Mum may be losing weight since she started running.', 'ep_eating_problems'],
    ['The supply teacher has had three placement changes in the school this year.', 'fa_family_breakdown'],
    ['The student nurse has had three placement moves this year.', 'fa_family_breakdown'],
    ['He was contacted by older men on Tinder about his car advert.', 'te_adults_contact_online'],
    ['He has a new bike that nobody bought, it was a prize.', 'rg_unexplained_gifts'],
    ['The tickets were paid by someone else in the family.', 'rg_unexplained_money'],
    ['The men pay him nothing to walk their dog because he loves dogs.', 'rg_unpaid_work'],
    ["He does the cooking and cleaning for his mum's friends at the christening.", 'fa_domestic_servitude'],
    ['She cooks and cleans for her grandad every day because he is disabled.', 'fa_domestic_servitude'],
    ['He slept with several pillows because of his back.', 'sh_many_partners'],
    ['The office kept getting calls about the broken boiler.', 'te_worrying_calls'],
    ['He kept getting calls from his coach about the match.', 'te_worrying_calls'],
    ['The staff were sexually harassed by customers at the bar.', 'te_online_bullying'],
    ['He spends every break on his own practising the piano, which he loves.', 'ep_isolated'],
    ['She missed three days of school with a stomach bug.', 'am_school_absence'],
    ['The garden is looked after by the volunteers.', 'fa_in_care'],
    ['Grandma is entering care next week.', 'fa_in_care'],
    ['Dad would not give the address of the hotel.', 'da_not_disclosing'],
    ['He was brought in after taking a tumble on his bike.', 'ad_intoxication_hospital'],
    ['She missed her counselling appointment because she was in hospital.', 'da_not_engaging'],
    ['The team is like family to her.', 'rg_status_rewards'],
    ['Mum did not know which town the new dentist was in.', 'am_unknown_address'],
    ['The tourist did not know what city he was in after the overnight flight.', 'am_unknown_address'],
  ])('%s has no %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
});

describe('grades that have fallen', () => {
  givesCodes('a change at school', [["Lola's grades have dropped and she is being contacted by a 30-year-old on Discord.", ['ep_change_in_behaviour']]]);
  lacksCode('boundaries, cohorts and relatives', 'ep_change_in_behaviour', [
    'The exam grade boundaries have dropped this year.',
    "Mum's grades at college have dropped.",
    'The national average marks have fallen in maths.',
    "The school's grades have slipped in the league table.",
  ]);
});

describe('offers made on an app', () => {
  givesCodes('an online offer', [
    ['Supported accommodation: Danny was offered free weed on Telegram.', ['te_online_offers']],
    ['An account on TikTok is offering girls money to model and Amber has been messaged.', ['te_online_offers']],
  ]);
  lacksCode('sales, discounts and things for sale', 'te_online_offers', [
    'The shop offered her money off on Instagram.',
    'A man on Facebook has offered the cot for free.',
    'Someone on Vinted offered money for her old trainers at a discount.',
    'The brand is offering free vapes on TikTok in a competition.',
  ]);
});

// A third set of ordinary sentences, after the fifth batch: a vet's check, luggage, a training case study, a case
// closed, overtime at work, paid garden jobs, and the families' other everyday uses.
describe('round 28: a third set of ordinary sentences', () => {
  it.each([
    ['The dog was touched sexually by nobody; it was a vet check.', 'sh_sexual_assault'],
    ['The parcels were hidden inside her suitcase.', 'go_internal_concealment'],
    ['Drugs were hidden inside the car’s door panel.', 'go_internal_concealment'],
    ['The father was violent to the mother in the case study discussed at the training.', 'fa_domestic_abuse'],
    ['He stopped meeting his worker when the case closed.', 'da_not_engaging'],
    ['He was made to stay late without pay by his manager at work.', 'rg_unpaid_work'],
    ['The men pay him little to cut their hedges, which he enjoys.', 'rg_unpaid_work'],
    ['The older men made the younger boys steal the ball back in the park game.', 'go_forced_theft_begging'],
    ['The burglary was organised by the men in the heist film they watched.', 'go_forced_theft_begging'],
    ['The wedding was filmed live for guests online.', 'te_live_streaming'],
    ['He gave her wine before dinner then they went out.', 'ad_substances_with_sex'],
    ['The youth worker offered the group pizza for sexual health week.', 'rg_sex_exchange'],
    ["She has been to parties at the hotel for her aunt's wedding.", 'go_taken_to_parties'],
    ['Nan calls the 70-year-old man her boyfriend.', 'go_older_partner'],
    ['The waiting staff were moved between restaurants during the refit.', 'am_moved_by_others'],
    ['He is taken to Leeds every weekend for football.', 'am_moved_by_others'],
    ['The children come in hungry after swimming.', 'fa_neglect'],
    ['The men at the mosque call him family.', 'rg_status_rewards'],
    ['Her nudes were shared by the artist in the gallery exhibition.', 'te_online_bullying'],
    ['Someone kept calling the office about the parking.', 'te_worrying_calls'],
    ['She missed her third CAMHS appointment because of the train strike.', 'da_not_engaging'],
    ['The taxis are paid for by the council on the school run.', 'rg_unexplained_money'],
    ['She was brought in after drinking bleach by accident.', 'ad_intoxication_hospital'],
    ['He is looked after at weekends by his gran.', 'fa_in_care'],
    ["He does the cooking and cleaning for his dad's friends at the barbecue.", 'fa_domestic_servitude'],
  ])('%s has no %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
});

describe("found at a man's flat or a room he booked", () => {
  givesCodes('found with adults', [
    ["Kelly went missing from the children's home and was found at a taxi driver's flat.", ['am_found_with_adults']],
    ['Police found the missing girl in a room booked by a man of 52.', ['am_found_with_adults']],
  ]);
  lacksCode('things and pets found', 'am_found_with_adults', [
    "Her lost phone was found at a taxi driver's house by police.",
    'The missing cat was found in a room booked by a man at the hotel.',
    "Police said the stolen bike was found at a stranger's flat.",
  ]);
});

describe('came to the country with an adult who is not a relative', () => {
  givesCodes('an unrelated adult on the journey', [['Elira came to the UK with a man who is not a relative.', ['fa_unaccompanied_migrant']]]);
  lacksCode('relatives and trips', 'fa_unaccompanied_migrant', [
    "Mum came to the UK with a man who is not her husband's relative.",
    'The team came to the UK with two adults who are not related for the tournament.',
    'The couple came to this country with two adults who were not related, on a work visa for their jobs.',
  ]);
});
