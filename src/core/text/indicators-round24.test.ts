// Round 24 (2026-12-01): the wording families of fresh23 (newly a tuning set) and the items left from round 23. For every
// new pattern or rule, ordinary sentences that share its words (hard negatives) sit beside the positives it was made
// for. Every sentence is also run through the reference implementation (text-checks.ts), which must mirror the rules.
import { describe, expect, it } from 'vitest';
import { codesOf, givesCodes, givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('a care heading that names the writer is who wrote, whatever follows its colon', () => {
  lacksCode('the heading is not the sign', 'fa_in_care', [
    'Foster carer: no signs of self-harm this week.',
    'Foster carer: shes using ket, we found it in her bag.',
    'Foster carer: found a second phone hidden in his room.',
    'Foster carer: when he came to us he was badly neglected as a baby.',
    'Foster carers: he is really low and stays in his room.',
    'Foster mum: she came back at 2am.',
    // Round 31: a heading naming the home or unit that keeps the record, with or without a subject after it.
    "Children's home log: came back at 3am smelling of cannabis.",
    "Children's home night log: Abi returned at 0330 and would not say where she had been.",
    "Secure children's home: he has settled and is attending education.",
    'Residential unit: she was collected by a taxi nobody had booked.',
  ]);
  givesCodes('the care status named elsewhere stays', [
    ['Foster carer: Leo has lived with his foster carer in Gateshead since March.', ['fa_in_care']],
    ["Children's home log: she has lived in the children's home since March.", ['fa_in_care']],
    ['Looked after child: stayed out overnight, returned with cash.', ['fa_in_care']],
    ["Update: she was moved to a children's home in Leeds last week.", ['fa_in_care']],
    ["Placement: children's home, since May.", ['fa_in_care']],
    ['She has lived with her foster carer since 2022.', ['fa_in_care']],
  ]);
  it('the signs after the heading stay, also a broad one next to it', () => {
    expect(codesOf('Foster carer: Kayden has new trainers and a North Face coat.')).toContain('rg_unexplained_gifts');
    expect(codesOf('Foster carer: found a second phone hidden in his room.')).toContain('te_several_phones');
    expect(codesOf('Foster carer: no signs of self-harm this week.')).toContain('ep_self_harm');
  });
  givesCodes('a gift beside the care status is still a gift', [
    ['In foster care since May; has new trainers and will not say where from.', ['fa_in_care', 'rg_unexplained_gifts']],
  ]);
  lacksCode('an explained gift in care stays explained', 'rg_unexplained_gifts', ['Her foster carer bought her new trainers for her birthday.']);
});

describe('round 24 wording families', () => {
  givesCodes('found', [
    ['Foster carer: Jack stays at an address we dont know most weekends.', ['am_unknown_address']],
    ['Police: Kyle is staying somewhere nobody knows and will not give an address.', ['am_unknown_address']],
    ['She has been sleeping at addresses in Leeds that staff do not know.', ['am_unknown_address']],
    ['He is really low and stays in his room crying.', ['ep_low_mood']],
    ['She has seemed very low since the men stopped calling.', ['ep_low_mood']],
    ['Coach: Reece is shattered all the time, cant finish a session.', ['ep_exhaustion']],
    ['She is always knackered in lessons.', ['ep_exhaustion']],
    ['Kallum has cut off from his old friends and sits alone at lunch.', ['ep_isolated']],
    ['Teacher: Bilal gets calls at night that scare him.', ['te_worrying_calls']],
    ['She keeps getting messages which frighten her.', ['te_worrying_calls']],
    ["Mum found messages from a 40 year old man on her son's Xbox.", ['te_adults_contact_online']],
    ['Moderator: an adult was messaging the 12 year old on the game.', ['te_adults_contact_online']],
    ['Theo met a man he knew from Discord in Manchester.', ['te_meeting_online_contacts']],
    ['She went out to meet someone she knows from Snapchat.', ['te_meeting_online_contacts']],
    ['Before she came to the UK she was forced to work in a restaurant.', ['rg_unpaid_work']],
    ['Tuan was working in a nail bar without pay.', ['rg_unpaid_work']],
    ['Previously he carried cash for the group.', ['go_carrying_weapons_money']],
    ['Charlie let someone use his bank card for £200.', ['rg_bank_account_used']],
    ['He lent his bank card to an older lad he met at the park.', ['rg_bank_account_used']],
    ['The Albanian boy said his ID was taken by the men.', ['da_documents_held']],
    ['Kai back at 05:30 in a taxi someone else paid for.', ['da_controlled_return']],
    ['Taxi marshal: the lad keeps getting dropped at the rank by older blokes in a BMW.', ['go_unknown_adults_collect']],
    ['Staff are worried the man is coaching her before visits.', ['da_coached_account']],
    ['Her boyfriend coached her on what to say to police.', ['da_coached_account']],
    ['Coach: Reece brags that the olders made him feel important.', ['rg_status_rewards']],
    ['Nurse: unexplained breast enhancement noted on the 15 year old.', ['ep_unexplained_surgery']],
    ['GP: Amira had a tooth extraction she will not explain.', ['ep_unexplained_surgery']],
  ]);
  lacksCode('an address that is known or arranged', 'am_unknown_address', [
    'He is staying at an address in Leeds with his aunt.',
    'She stays at an address in Hull arranged by the council.',
    'She is staying at an address in Leeds that staff have visited and checked.',
  ]);
  lacksCode('a low level, score or risk', 'ep_low_mood', [
    'The risk is very low.',
    'His attendance is really low this term.',
    'Her phone battery was very low so she could not call.',
    'Concern about exploitation is very low at present.',
    'His iron was quite low at the last blood test.',
  ]);
  lacksCode('tired for an ordinary reason, once', 'ep_exhaustion', ['The team were shattered after the final.', 'The window was shattered by a ball.']);
  lacksCode('cut off as a service or a line', 'ep_isolated', [
    'The phone was cut off from the network.',
    'The village was cut off from the town by the flood.',
  ]);
  lacksCode('an ordinary call', 'te_worrying_calls', ['She gets calls from her nan that cheer her up.']);
  lacksCode('an adult in the family or a professional messaging', 'te_adults_contact_online', [
    'Messages from a 40 year old man, her dad, wishing her happy birthday.',
    'The teacher was messaging the 12 year old about homework on the school app.',
  ]);
  lacksCode('meeting someone known in person', 'te_meeting_online_contacts', ['She met a friend she knew from school at the park.']);
  lacksCode('work that is not forced', 'rg_unpaid_work', [
    'The students were forced to work together on the project.',
    'He was suspended without pay from his job at the garage.',
    'She volunteers at the charity shop without pay.',
    'She was forced to work harder by her teacher before the exams.',
  ]);
  lacksCode('a card lent in the family or not a bank card', 'rg_bank_account_used', [
    'He let his mum use his bank card for the shopping.',
    'She let her friend use her library card.',
    'He gave his bus pass to his brother.',
  ]);
  lacksCode('papers held by a service', 'da_documents_held', [
    "Tuan's passport is held by his solicitor for his asylum claim, with his agreement.",
    'His ID was taken by the bouncer at the door because he is 15.',
  ]);
  lacksCode('a taxi arranged by carers', 'da_controlled_return', [
    'She came back at 23:00 in a taxi paid for by the council.',
    'He came home in a taxi his mum booked.',
  ]);
  lacksCode('dropped by family, staff or a club', 'go_unknown_adults_collect', [
    'She was dropped at the station by her dad.',
    'The team were dropped at the ground by the coach drivers.',
  ]);
  lacksCode('a coach in sport or school', 'da_coached_account', [
    'The man is coaching her before the swimming gala.',
    'Her teacher coached her on what to say at the college interview.',
  ]);
  lacksCode('praise that makes a child feel important', 'rg_status_rewards', [
    'Being made captain of the team made him feel important.',
    'Her teacher made her feel important by giving her a job in class.',
  ]);
  lacksCode('an explained procedure', 'ep_unexplained_surgery', ['She had a tooth extraction at the dentist last week.']);
});

describe('domestic abuse told from a relative’s partner is between the adults', () => {
  givesFlags('about another person', [
    ["Mum's ex-partner was violent towards her throughout Jade's early childhood.", 'fa_domestic_abuse', 'other', false, false, false],
    ["Mum's ex assaulted her in 2021.", 'fa_domestic_abuse', 'other', false, false, true],
    ["Mum's partner hit her in front of the children on Sunday.", 'fa_domestic_abuse', 'other', false, false, false],
  ]);
  givesFlags('the child living with it stays the child’s', [
    ['Ellie has grown up with domestic abuse at home.', 'fa_domestic_abuse', 'child', false, false, false],
    ['Lives with ongoing domestic abuse between mum and her partner.', 'fa_domestic_abuse', 'child', false, false, false],
  ]);
  lacksCode('the child’s own boyfriend is not domestic abuse at home', 'fa_domestic_abuse', ['Her boyfriend was violent towards her.']);
  givesFlags('an adult who hurt the child, not mum', [["Mum's partner gave her cannabis.", 'ad_substances_given', 'child', false, false, false]]);
});

describe('flags: a sign that has stopped, the school year now', () => {
  givesFlags('no longer a concern is negated', [
    ["Dad's drinking is no longer a concern; he has been sober for four years.", 'fa_parental_substance_misuse', 'other', true, false, false],
    ['Her self-harm is no longer an issue, CAMHS say.', 'ep_self_harm', 'child', true, false, false],
  ]);
  givesFlags('still a concern is not', [["Mum's drinking is still a concern.", 'fa_parental_substance_misuse', 'other', false, false, false]]);
  givesFlags('doing well in Year 10 is now', [['Dylan is not excluded and is doing well in Year 10.', 'am_school_exclusion', 'child', true, false, false]]);
  givesFlags('an earlier school year is the past', [
    ['He was excluded in Year 7.', 'am_school_exclusion', 'child', false, false, true],
    ['She went missing three times in Year 8 and is now settled.', 'am_missing', 'child', false, false, true],
  ]);
  lacksCode('a separation that went well', 'fa_family_breakdown', [
    "Nathan's parents separated amicably years ago and he sees both weekly.",
    'His parents divorced in 2019 and co-parent well.',
  ]);
  givesCodes('a separation otherwise', [
    ['Her parents separated last month after a row.', ['fa_family_breakdown']],
    ['His parents have split up and he is sofa surfing.', ['fa_family_breakdown']],
  ]);
});

describe('who the finding is about: owning up, and a grown-up named by title', () => {
  givesFlags('a relative owning up to her or his own use', [
    ['Mum disclosed she is using heroin again.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['Mum disclosed to staff that she is drinking every day.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['Dad admitted he had been drinking heavily.', 'fa_parental_substance_misuse', 'other', false, false, false],
  ]);
  it('saying, or a pronoun of the other sex, leaves the child', () => {
    expect(codesOf('Mum said she drinks most nights.')).not.toContain('fa_parental_substance_misuse');
    expect(codesOf('Mum disclosed he is using cannabis.')).toContain('ad_drug_use');
  });
  givesFlags('a grown-up named by title', [
    ['Mr Khan was arrested after wraps were found on him.', 'go_arrests', 'other', false, false, false],
    ['Ms Reid was arrested for supplying heroin.', 'go_arrests', 'other', false, false, false],
  ]);
  givesFlags('what the grown-up does to the child stays the child’s', [['Mr Khan gave her cannabis.', 'ad_substances_given', 'child', false, false, false]]);
  givesFlags('the child after a grown-up who reports', [
    ['Mrs Patel, her teacher, said she went missing on Friday.', 'am_missing', 'child', false, false, false],
  ]);
});

describe('left from round 23: a curfew, staff who act, the child defending a man', () => {
  lacksCode('a time to be in by is no refused home', 'fa_family_breakdown', [
    'Mum told him he cannot come home after 10pm.',
    'Dad has told her she cannot come back after midnight on school nights.',
  ]);
  givesCodes('a refused home stays', [
    ['Mum has told Connor he cannot come home.', ['fa_family_breakdown']],
    ['Mum told him he cannot come home after what he did to his sister.', ['fa_family_breakdown']],
  ]);
  givesFlags('staff who will act do not veto the man who collects', [
    ['If a man turns up at the college to collect Precious, staff will ring 999.', 'go_unknown_adults_collect', 'child', false, true, false],
  ]);
  lacksCode('staff who collect', 'go_unknown_adults_collect', [
    'A member of staff came to collect Precious from college.',
    'Staff came to collect him in a car.',
  ]);
  // Review 24c: the pronoun form ("She says he did nothing wrong") was dropped: it found nothing on the pooled tuning
  // sets and "he" is as often a brother, a friend or a player; the men named as subject still count.
  givesCodes('the child defending the men', [['She says the man did nothing wrong and wants to see him.', ['da_protects_abusers']]]);
  lacksCode('a pronoun, a parent’s view or the child about herself', 'da_protects_abusers', [
    'She says he did nothing wrong.',
    'She insists that he has done nothing wrong and wants to see him.',
    'She says he did nothing wrong; the referee made a bad call.',
    'She says he did nothing wrong at work and was unfairly sacked.',
    'Mum says he did nothing wrong in the fight.',
    'She says she did nothing wrong.',
  ]);
});

describe('round 24, second pass: families from the older tuning sets', () => {
  givesFlags('a sibling’s or friend’s older partner is theirs', [
    ["Her sister's new boyfriend is 31 and drives her to school.", 'go_older_partner', 'other', false, false, false],
    ["Her friend's boyfriend is 25.", 'go_older_partner', 'other', false, false, false],
    // Moved from indicators-cues.test.ts, where they were hard negatives: the eval README (tune9) annotates a sibling's
    // older partner as go_older_partner about another person, never the child's.
    ["Her sister's boyfriend is 25.", 'go_older_partner', 'other', false, false, false],
    ["Her sister's partner is a 30-year-old man.", 'go_older_partner', 'other', false, false, false],
  ]);
  lacksCode('a parent’s partner is not an older partner', 'go_older_partner', [
    "Mum's boyfriend, aged 34, lives at the address.",
    "Girls' group: Precious talked about her mum's new boyfriend, who is 40 and makes her laugh.",
  ]);
  givesFlags('a friend’s home is a place the child goes', [
    ["She stays at her friend's house and comes back with new clothes.", 'rg_unexplained_gifts', 'child', false, false, false],
    ['She stays at her friends and comes back with new clothes.', 'rg_unexplained_gifts', 'child', false, false, false],
  ]);
  givesFlags('a friend’s own flat is the friend’s', [["Her friend's flat was taken over by dealers.", 'go_cuckooing', 'other', false, false, false]]);
  givesCodes('drugs inside the body', [
    ['She had drugs hidden inside her when stopped.', ['go_internal_concealment']],
    ['ED: Marley, 15, had drugs wrapped in cling film inside his body.', ['go_internal_concealment']],
    ['ED: X-ray shows packages in the abdomen; 15 y/o boy.', ['go_internal_concealment']],
    ['Police: Mo said the men made him plug the drugs before the train.', ['go_internal_concealment']],
  ]);
  givesFlags('none found on examination is negated', [
    ['Custody nurse: no drugs concealed on examination.', 'go_internal_concealment', 'child', true, false, false],
  ]);
  lacksCode('drugs hidden in a room or a bag', 'go_internal_concealment', [
    'Police found drugs concealed in his bedroom wardrobe.',
    'Cannabis was hidden in a bag in the shed.',
  ]);
  givesCodes('an account that keeps changing', [
    ["Police: Ruby's accounts of where she was keep changing.", ['da_inconsistent_accounts']],
    ['Her account of where she had been changed three times during the interview.', ['da_inconsistent_accounts']],
    ['Her account of the weekend has now changed three times.', ['da_inconsistent_accounts']],
  ]);
  lacksCode('other things that changed', 'da_inconsistent_accounts', [
    'He has changed schools three times since Year 7.',
    'Her phone number has changed several times this year, mum said.',
    'The plan has changed three times, the social worker said.',
  ]);
  givesCodes('a friend exploited', [
    ["Residential: Chloe's friend Abbie is being exploited by the same men.", ['go_peers_exploited']],
    ['His friends have been groomed by the same group.', ['go_peers_exploited']],
  ]);
  lacksCode('not a friend exploited', 'go_peers_exploited', [
    'Her friend is not being exploited, police say.',
    'PSHE session on how friends are groomed online.',
  ]);
  givesCodes('a room offered by the men', [
    ['Outreach: the men offered Carly a room at their flat.', ['rg_accommodation_offered']],
    ['Should she be offered a room by an adult, she is to tell the hostel staff.', ['rg_accommodation_offered']],
  ]);
  lacksCode('a room from a service or family', 'rg_accommodation_offered', [
    'The council offered Carly a room in a hostel.',
    'She was offered a room by the foster carer’s family for the weekend.',
    'Her aunt offered her a bed for the night.',
  ]);
});

describe('hypothetical: a plan, a risk named first, what is only thought', () => {
  givesFlags('not yet a fact', [
    ['Should Kai not return by 22:00 he is to be reported missing to police.', 'am_missing', 'child', false, true, false],
    ['Risk that his mood will drop further after the court date.', 'ep_low_mood', 'child', false, true, false],
    ['She is thought to be staying with the men in Leeds.', 'fa_living_with_unrelated_adults', 'child', false, true, false],
    ['He was believed to have been carrying a knife.', 'go_carrying_weapons_money', 'child', false, true, false],
  ]);
  givesFlags('a fact stays a fact', [
    ['She is to be seen by CAMHS about her self-harm.', 'ep_self_harm', 'child', false, false, false],
    ['Police believe she was raped.', 'sh_sexual_assault', 'child', false, false, false],
    ['He went missing on Friday and is to be seen by the police today.', 'am_missing', 'child', false, false, false],
  ]);
});

describe('care orders', () => {
  lacksCode('a special guardianship order ends care', 'fa_in_care', [
    'Ben lives with his grandparents under a special guardianship order.',
    "Kevin has moved to his aunt's in Cardiff under a special guardianship order.",
  ]);
  givesCodes('care itself stays', [
    ['He has been in foster care since 2022 under a care order.', ['fa_in_care']],
    ['She is looked after under section 20.', ['fa_in_care']],
  ]);
});

describe('round 24, third pass', () => {
  givesCodes('found', [
    ['Robel arrived alone in a lorry at Dover.', ['fa_unaccompanied_migrant']],
    ['He came alone on a small boat in 2023.', ['fa_unaccompanied_migrant']],
    ['Amy protects the men and will not name them.', ['da_protects_abusers']],
    ['She is very protective of her boyfriend, who is 24.', ['da_protects_abusers']],
    ['Foster carer: the man she calls her fella is about 35.', ['go_older_partner']],
    ['Her boyfriend is around 30, her friends say.', ['go_older_partner']],
    ['Social care: the girls were taken by car between Oxford and Reading by the men.', ['am_moved_by_others']],
    ['If he is sent to Norwich again an NRM referral will follow.', ['am_moved_by_others']],
    ["The Romanian girl said she has to look after the man's children and clean all day.", ['fa_domestic_servitude']],
    ['She is made to cook every night for the men.', ['fa_domestic_servitude']],
    ['Should Jade be picked up by the silver car again, staff will ring 999.', ['go_unknown_adults_collect']],
    ['She has been picked up by the same men three nights running.', ['go_unknown_adults_collect']],
    ['She says she has a debt to someone she will not name.', ['rg_debt_bondage']],
  ]);
  givesFlags('a debt denied is negated', [['No debt to anyone, Ryan says, and his mum agrees.', 'rg_debt_bondage', 'child', true, false, false]]);
  givesFlags('before the child came to the UK is the past', [
    ['Before she came to the UK she was forced to work in a restaurant.', 'rg_unpaid_work', 'child', false, false, true],
  ]);
  lacksCode('arriving alone at an ordinary place', 'fa_unaccompanied_migrant', [
    'She arrived alone at the clinic for her appointment.',
    'He came alone on the bus to school.',
  ]);
  lacksCode('protecting in an ordinary sense', 'da_protects_abusers', [
    'Police protected the men from the crowd outside court.',
    'She is protective of her little brother.',
  ]);
  lacksCode('a parent’s partner by age', 'go_older_partner', ["Mum's partner is about 40 and works nights."]);
  lacksCode('a trip, a hospital or family', 'am_moved_by_others', [
    'The team were taken by coach between Leeds and York for the tournament.',
    'He was sent to Leeds for a hospital appointment.',
    'She is sent to Manchester to stay with her nan most holidays.',
    'He was taken by car between Oxford and Reading by his dad.',
  ]);
  lacksCode('housework at home', 'fa_domestic_servitude', [
    'She has to clean her room every day as part of the house rota.',
    'He has to look after the family’s children when mum works, as his older sister does.',
  ]);
  lacksCode('collected by a known person', 'go_unknown_adults_collect', [
    'She was picked up by the same taxi the council books every day.',
    'He was picked up by his dad in the car again after football.',
  ]);
  givesFlags('arriving now stays current', [['He arrived in the UK alone last week.', 'fa_unaccompanied_migrant', 'child', false, false, false]]);
});

describe('a fear of the authorities the men put into the child', () => {
  givesFlags('told now, not a possibility', [
    [
      'Border Force: the 16-year-old said the man told her she would be deported if she spoke to officials.',
      'da_fear_of_authorities',
      'child',
      false,
      false,
      false,
    ],
    ['UASC: the men told Hamid that immigration officers would deport him.', 'da_fear_of_authorities', 'child', false, false, false],
    [
      'Immigration solicitor: client believes social workers will send him back because the agent told him so.',
      'da_fear_of_authorities',
      'child',
      false,
      false,
      false,
    ],
  ]);
  givesCodes('the condition is telling', [['The men told her she would be arrested for prostitution if she went to the police.', ['da_fear_of_authorities']]]);
  lacksCode('a bail condition or a police warning', 'da_fear_of_authorities', [
    'Police told him he would be arrested if he breached his bail.',
    'Officers warned him he would be arrested if he went back to the address.',
  ]);
});

describe('sex in exchange, with more words between', () => {
  givesCodes('found', [
    ['The strategy minutes say the girl was made to have sex with men at the flat in return for cannabis.', ['rg_sex_exchange']],
    ['Police: Mya was given £50 after each time the man had sex with her.', ['rg_sex_exchange']],
    ['RHI: Keisha said the men give her vodka and a bed if she has sex with their friends.', ['rg_sex_exchange']],
  ]);
  lacksCode('a reward or pay for something else', 'rg_sex_exchange', [
    'Mum gives her £5 if she has a good week at school.',
    'He gets paid after each shift at the cafe.',
    'Sex education at school in return for attendance credits.',
  ]);
});

describe('holding or carrying for others', () => {
  givesCodes('found', [
    ['Stop and search: Jamal, 15, had a machete in his rucksack.', ['go_carrying_weapons_money']],
    ['He was bringing in a knife he says he was holding for an older lad.', ['go_carrying_weapons_money']],
    ['He was stopped and a knife on him was recovered.', ['go_carrying_weapons_money']],
    ['Dean says the older lads promised to look after him if he carries for them.', ['go_carrying_drugs']],
    ['He was made to hold the drugs for the olders.', ['go_carrying_drugs']],
  ]);
  givesFlags('flags', [
    ['School: query whether Marley is being used to hold a knife for older boys.', 'go_carrying_weapons_money', 'child', false, true, false],
    ['Police: the search found no weapons on Reece.', 'go_carrying_weapons_money', 'child', true, false, false],
    ['Staff should check his bag for knives should he come back late.', 'go_carrying_weapons_money', 'child', false, true, false],
  ]);
  givesFlags('a cousin made to carry is a family link', [
    ['His cousin was made to carry drugs for the men.', 'fa_family_links_to_exploitation', 'other', false, false, false],
  ]);
  lacksCode('a knife in an ordinary place', 'go_carrying_weapons_money', [
    "Police found a knife on the kitchen table at mum's.",
    'He was made to carry the knives to the kitchen for the chef.',
    'He saw a knife on TikTok and was searched at school on Friday.',
  ]);
  lacksCode('carrying for others in an ordinary sense, or inside the body', 'go_carrying_drugs', [
    'He carries the shopping for them.',
    'Told to hide the drugs inside himself before the coach to Exeter.',
    'She was asked to hold the prescribed medication for her nan.',
  ]);
});

describe('a gift named by its brand, or given by a man', () => {
  givesCodes('found', [
    ['She has a new North Face coat and will not say who bought it.', ['rg_unexplained_gifts']],
    ['Social worker visit: he was wearing the new Nike tech suit again.', ['rg_unexplained_gifts']],
    ['Chronology 03/07/2023: Chloe was given a MacBook by a man from the shop.', ['rg_unexplained_gifts']],
  ]);
  lacksCode('a branded gift explained, or from family', 'rg_unexplained_gifts', [
    'He got new Nike trainers from his nan for his birthday.',
    'Mum bought her a new North Face coat with her Christmas money.',
    'She was given a laptop by the school for her coursework.',
  ]);
});

describe('signs only the child can show, whoever does them', () => {
  givesFlags('the child’s', [
    ['SW: the man answered every question for Grace at the visit.', 'da_coached_account', 'child', false, false, false],
    ["Trafficking referral: the 'uncle' keeps his passport and will not give it back.", 'da_documents_held', 'child', false, false, false],
    ['CPOMS: Y11 boy says the men on his phone won’t stop calling and he has to go straight away.', 'te_worrying_calls', 'child', false, false, false],
    ['Chronology 20/09/2023: the man Chloe met on TikTok drove up from Leicester to meet her.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['Unclear whether the men gave Kayla money; she would not say.', 'rg_unexplained_money', 'child', false, true, false],
  ]);
  givesFlags('a relative’s own call or meeting stays theirs', [
    ['Her sister met a man she knew from Snapchat in Leeds.', 'te_meeting_online_contacts', 'other', false, false, false],
  ]);
  givesFlags('the men’s own money stays theirs', [['The men had rolls of cash at the flat.', 'rg_unexplained_money', 'other', false, false, false]]);
});

describe('a reflexive after a reporting verb names the speaker', () => {
  givesFlags('the speaker’s own', [
    ['Mum told the social worker that she herself had an STI last year.', 'sh_sti', 'other', false, false, true],
    ['Mum disclosed to the social worker that she is drinking again.', 'fa_parental_substance_misuse', 'other', false, false, false],
  ]);
  givesFlags('without the reflexive, the child', [['Mum told the social worker that she had an STI last year.', 'sh_sti', 'child', false, false, true]]);
});

describe('older friends and collecting, in more words', () => {
  givesFlags('found', [
    ['She may have older friends she has not told anyone about.', 'go_older_friends', 'child', false, true, false],
    ["The social worker's note says she may have much older new friends.", 'go_older_friends', 'child', false, true, false],
    [
      'Residential log: a man in a grey Audi, not known to staff, picks him up from the unit most evenings.',
      'go_unknown_adults_collect',
      'child',
      false,
      false,
      false,
    ],
    ['She is being collected from school by the same men most days.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Police: no unknown adults have been seen collecting Dion from the home.', 'go_unknown_adults_collect', 'child', true, false, false],
    ['Staff have not seen anyone collecting him from the gate this term.', 'go_unknown_adults_collect', 'child', true, false, false],
  ]);
  lacksCode('older friends who are the agents of another sign', 'go_older_friends', ['The older girls told her to steal from the shop.']);
  lacksCode('collected by family or a service', 'go_unknown_adults_collect', [
    'A man in a grey Audi, her uncle, picks her up from school on Fridays.',
    'She was collected from school by the same taxi the council books.',
    'Staff have seen someone collecting him: his dad, as agreed.',
  ]);
});

describe('meeting someone from online, and knowing the address, in other words', () => {
  givesFlags('found', [
    ['She met a man she’d been talking to on Wizz at the retail park.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['He went to meet someone from an online game in another town.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['A man she met on Omegle drove up from Reading to meet her.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['Has never met up with anyone from online, she says.', 'te_meeting_online_contacts', 'child', true, false, false],
    ['The school’s referral says he has never met anyone he talks to online.', 'te_meeting_online_contacts', 'child', true, false, false],
    ['There is no evidence that Tomasz has met the adult in person.', 'te_meeting_online_contacts', 'child', true, false, false],
    ['Ask him at the RHI whether he knows the address where he was kept.', 'am_unknown_address', 'child', false, true, false],
    ["Doesn't know the adress of the house he was kept at in Southend.", 'am_unknown_address', 'child', false, false, false],
    ['She woke at an address she does not know.', 'am_unknown_address', 'child', false, false, false],
  ]);
  lacksCode('meeting family or a classmate', 'te_meeting_online_contacts', [
    'Her nan drove up from Leeds to meet her.',
    'She met a friend she chats to on Snapchat from school.',
  ]);
  lacksCode('an address for a service', 'am_unknown_address', ['Unclear whether she knows the address of the new dentist.']);
});

describe('drink or drugs with sex, images, self-harm and being hit, in other words', () => {
  givesFlags('found', [
    ['She was given vodka and a pill and then woke up with a man on top of her.', 'ad_substances_with_sex', 'child', false, false, false],
    ['She was raped by two men at a flat in Telford, after they had given her vodka.', 'ad_substances_with_sex', 'child', false, false, false],
    ['The nurse will ask whether she has been given drink or drugs before sex.', 'ad_substances_with_sex', 'child', false, true, false],
    ['There is no evidence of images being shared.', 'te_sexual_images', 'child', true, false, false],
    ['Police: it is possible that images were taken at the party.', 'te_sexual_images', 'child', false, true, false],
    ['She says she has thought about ending it.', 'ep_self_harm', 'child', false, false, false],
    ['She denies being hit and there are no marks.', 'ep_injuries_assault', 'child', true, false, false],
    ['The dentist asked whether anyone had hit Callum.', 'ep_injuries_assault', 'child', false, true, false],
  ]);
  lacksCode('drink without sex', 'ad_substances_with_sex', ['She was given vodka by the older girls and then went home.']);
  lacksCode('ordinary photos', 'te_sexual_images', ['Photos of the school trip were shared with parents.', 'Pictures of the new baby were sent to her nan.']);
  lacksCode('hit in sport, an accident or a game', 'ep_injuries_assault', [
    'He was hit by a ball in PE.',
    'The car was hit by a van.',
    'They hit it off at the club.',
  ]);
  lacksCode('ending something else', 'ep_self_harm', ['She talked about ending it with her boyfriend.']);
});

describe('at an adult’s place', () => {
  givesCodes('found', [
    ["Tiegan back, said she had been at a 29-year-old's flat in Calderwick.", ['am_found_with_adults']],
    ["Police found her at a man's house at 3am.", ['am_found_with_adults']],
  ]);
  lacksCode('a relative’s or a known adult’s place', 'am_found_with_adults', [
    "She stayed at her uncle's house, a man's house she knows well, with her mum.",
    "He was at his friend's house; the friend's dad was there.",
  ]);
});
