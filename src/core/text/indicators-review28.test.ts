// Review 28 of the round-28 indicator changes (86f429d..eb3a1e1 in indicator-phrases.ts) and of older entries the round
// named as flagging ordinary sentences on their own: everyday case-note sentences that share the words of those entries
// and say nothing about the child (adults' work and lives, family life, school, pets, objects, events streamed for
// relatives), and the signs themselves in new wording, with their flags. Every sentence is also run through the
// reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('review 28: ordinary sentences that share the words of the entries', () => {
  lacksCode('am_unknown_address', 'am_unknown_address', [
    'The tourist did not know which city she was in after the night bus.',
    'Nan does not know what area she is in when she wakes from a nap.',
    'He did not know which room he was in for the mock exam.',
    'She could not tell us which area she was in on the map during geography.',
    'He has no idea of the address of the new dentist.',
    'She had no idea which town the festival was in until she looked it up.',
    'The new supply teacher did not know which class he was in.',
    'He did know what town he was in and named the street.',
    'She does know which area she is in and gave staff the postcode.',
    'They do know which city they are in because the signs are clear.',
    'The driver had no idea which town the depot was in.',
    'The retired man did not know which area he was in after the diversion.',
    'He did know what town he was in and named the street.',
    'She does know which area she is in and gave staff the postcode.',
  ]);
  lacksCode('fa_domestic_abuse', 'fa_domestic_abuse', [
    'In the novel her husband is controlling towards his wife.',
    'The horse was violent to the mother mare after the foal was born.',
    'The swan was violent towards her mate at the pond.',
  ]);
  lacksCode('fa_unaccompanied_migrant', 'fa_unaccompanied_migrant', [
    "Dad's colleague travelled alone from Pakistan for a conference.",
    'She came without her parents to the UK on a language exchange.',
    'The teacher travelled without her family to the UK for the job.',
    'She came to the UK with two women who are not teachers but youth leaders on the exchange.',
    'Grandad came to the UK with two men who were not related in 1960.',
    'He came to the UK with a man who is not a relative on a school trip.',
    "The chef arrived alone from Vietnam to work in his cousin's restaurant.",
    "Her dad's cousin travelled alone from Iraq for a wedding.",
    'She travelled alone to see her nan in Leeds on the train.',
    'He travelled alone to the away match with his season ticket.',
    'Grandad travelled alone to Spain for his holiday.',
  ]);
  lacksCode('fa_neglect', 'fa_neglect', [
    'He has not eaten since breakfast because he had a dentist appointment.',
    'She had not eaten since lunchtime and was grumpy before tea.',
    'The dog has not eaten for two days and is going to the vet.',
    'He has not eaten since yesterday because of tonsillitis.',
    'The kids come in hungry after football on Saturdays.',
    'She had not eaten for a whole day because of the blood test.',
    'The children arrived hungry at the barbecue after the long walk.',
    'He has not eaten since Friday because of a stomach bug.',
    'The tenant had not eaten for two days when the landlord found him.',
  ]);
  lacksCode('ep_low_mood', 'ep_low_mood', [
    'The painting is low in mood with greys and blues.',
    'The mural in the corridor is flat in mood.',
    'Her teacher is low in mood after her divorce.',
    "The playlist is low in mood for the leavers' assembly.",
    'Her tutor is low in mood since the cuts, colleagues say.',
  ]);
  lacksCode('am_moved_by_others', 'am_moved_by_others', [
    'The crates were moved between farms by the tractor.',
    'She was taken to Leeds on most weekends to see her dad.',
    'He is driven to Manchester every weekend for his swimming squad.',
    'The paintings were moved between galleries.',
    'She is taken to Bristol every weekend for her violin lessons.',
    'The lambs are moved between farms in spring.',
    'He is driven to Birmingham on weekends by his uncle for cricket.',
    'The cattle are driven between farms for grazing.',
    'She is driven to Cardiff most weekends for gymnastics competitions.',
    'The dog moved between houses when the family split.',
    'The cat moved between houses on the street.',
    'The hamster moved between houses in the classroom.',
  ]);
  lacksCode('ep_eating_problems', 'ep_eating_problems', [
    'Her weight has dropped by 2kg since the diet started, Mum says about herself.',
    "The lorry's weight has dropped since the load was taken off.",
    'The cat may be losing weight because of her thyroid.',
    'His weight has fallen since he started boxing training.',
    "The baby's weight has dropped below the centile the health visitor expected.",
    'Dad may be losing weight on his new running plan.',
    'His weight has dropped since he started marathon training with Dad.',
    'The suitcase weight has dropped to 20kg after he removed the books.',
  ]);
  lacksCode('te_worrying_calls', 'te_worrying_calls', [
    'He kept getting calls from the dentist about his appointment.',
    'She keeps receiving texts from the phone company.',
    'Mum kept getting calls from the school about his uniform.',
    'He kept getting messages from his football team about Saturday.',
    'Someone kept ringing him about his car insurance; it was a scam.',
    'She keeps getting calls from recruiters about jobs.',
    'He kept getting texts from the pizza place about offers.',
    'He keeps getting texts from the gym about his membership.',
    'Someone kept ringing him about his energy bill.',
    'She keeps getting messages from the dentist about the check-up.',
    'The doctor rang from a withheld number to give the results.',
  ]);
  lacksCode('fa_family_breakdown', 'fa_family_breakdown', [
    'Mum had six placement moves as a student nurse.',
    'The breakdown of the student placement meant she had to find another school.',
    'She had three placement moves during her teacher training.',
    'The breakdown of the work placement was due to the office closing.',
    'The breakdown of her university placement was due to the strike.',
  ]);
  lacksCode('te_online_bullying', 'te_online_bullying', [
    'The teacher was sexually harassed by pupils, so the school excluded them.',
    'The painting of nudes was shared in the art class.',
    "The gallery's famous nudes were posted on the museum website.",
    'Mum was sexually harassed by men at work and raised a grievance.',
    "The sculpture of nudes was posted on the gallery's account.",
  ]);
  lacksCode('go_forced_theft_begging', 'go_forced_theft_begging', [
    'The older boys made the younger ones steal bases in rounders.',
    'The striker stole the show for the older team.',
    'The shoplifting was organised by the adults in the drama role play.',
    'Her brother steals sweets from the cupboard for the older kids as a joke.',
    'He steals the show for the older team every match.',
  ]);
  lacksCode('te_live_streaming', 'te_live_streaming', [
    'The wedding was streamed live for strangers who could not attend.',
    'The school play was filmed live for parents at home.',
    'The funeral was streamed live for the men who worked with grandad.',
    'The church service is filmed live for viewers online every Sunday.',
    'The football match was streamed live to viewers online.',
    'The carol service was filmed live for viewers who could not come.',
    'The school assembly was streamed live on the school website.',
    'The cup final was streamed live in the community centre.',
    'The choir concert was streamed live so grandparents could watch.',
  ]);
  lacksCode('sh_sexual_assault', 'sh_sexual_assault', [
    'The class learned what it means to be touched sexually without consent.',
    'In the PSHE session they explained how a person can be assaulted sexually.',
    'The vet explained the dog was not abused sexually, just scratched.',
    'The vet said the dog had not been abused sexually.',
  ]);
  lacksCode('ep_isolated', 'ep_isolated', [
    'She spends every lunch on her own in the library reading.',
    'The caretaker spends every break on his own.',
    'He spends every lunchtime alone at chess club by choice.',
    'Mum spends every lunch break alone in her car.',
    'He spends every break alone practising the piano.',
    'The teacher spends all her lunchtimes alone marking.',
    'The lollipop lady spends every break on her own in her car.',
    'The receptionist spends every lunch alone at her desk.',
  ]);
  lacksCode('da_controlled_return', 'da_controlled_return', [
    "The police went back to the traffickers' address with a warrant.",
    "Officers returned to the abuser's address to arrest him.",
    "The police officers went back to the traffickers' house to search it.",
  ]);
  lacksCode('sh_many_partners', 'sh_many_partners', [
    'She slept with many girls in the dormitory on the school trip.',
    'They slept with several boys in the tent at scout camp.',
    'He slept with many lads on the floor of the hall at the sleepover.',
    'The campers slept with several lads in the big tent.',
  ]);
  lacksCode('ad_substances_with_sex', 'ad_substances_with_sex', [
    'The men gave the dog water before the assault course.',
    'He gave them drinks before they attacked the hill on the bikes.',
  ]);
  lacksCode('ad_substances_given', 'ad_substances_given', [
    'The barman handed the men vodka at the pub.',
    'The nurse handed him pills for his pain.',
    'The shop supplied the adults with alcohol for the wedding.',
    'They handed the guests wine at the party.',
    'The pharmacist supplied him with pills on prescription.',
  ]);
  lacksCode('am_school_absence', 'am_school_absence', [
    'He missed three days of school with flu.',
    'She missed five days of college because of her operation.',
    'He missed school all week because of chickenpox.',
    'The teacher missed ten days of school with her back injury.',
    "She missed school the whole week after her grandad's funeral.",
    'He missed college all term after breaking his leg in a fracture clinic visit.',
    'She missed four days of school with a virus.',
    'He missed school the whole week because of his appendicitis.',
  ]);
  lacksCode('te_adults_contact_online', 'te_adults_contact_online', [
    'Mum was contacted by a man on Tinder who turned out to be a scammer.',
    'Her aunt was messaged by older men on Bumble.',
    'Dad was approached by a man on Hinge selling tickets.',
    'Grandad was contacted by older men on Tinder who were scammers.',
  ]);
  lacksCode('fa_in_care', 'fa_in_care', [
    'The dog is being looked after by the neighbours.',
    'She was looked after well during her stay in hospital.',
    'The plants are being looked after while we are away.',
    'He was looked after at nursery today.',
    'Nan is being looked after in the care home.',
    'The baby is being looked after by the childminder.',
    'She is looked after on Tuesdays by her aunt.',
    'Mum is looking at entering care work after college.',
    'He is entering care as a support worker.',
    'Grandad is entering care in a nursing home next month.',
    'Nan is looked after by the carers from the agency.',
    'The garden is being looked after by the neighbours.',
    'She is being looked after by her nan tonight.',
  ]);
  lacksCode('ep_low_self_esteem', 'ep_low_self_esteem', [
    'Mum has little sense of her own worth after the divorce, she says.',
    'The old painting had little sense of its own value, the critic joked.',
  ]);
  lacksCode('fa_domestic_servitude', 'fa_domestic_servitude', [
    'She cooks and cleans for them every day as her paid job at the hotel.',
    "She looks after the landlord's children all day as a nanny and is paid well.",
    'He cooks and cleans for his mum every day because she is disabled.',
    "He looked after the couple's baby all night as a babysitter.",
    'She cooks and cleans for them every day at the hotel where she is paid.',
  ]);
  lacksCode('rg_sex_exchange', 'rg_sex_exchange', [
    'The nurse gives out condoms for sex education lessons.',
    'The clinic offers free advice for sexual health.',
  ]);
  lacksCode('go_internal_concealment', 'go_internal_concealment', [
    'The drugs were hidden inside his sock.',
    'The parcels were stored inside the locker.',
    'The package was put inside his rucksack.',
    'The drugs were concealed inside his coat.',
  ]);
  lacksCode('fa_parental_substance_misuse', 'fa_parental_substance_misuse', [
    "Mum's drug screen came back clear.",
    "Dad's beer habit is a joke in the family.",
    "Mum's partner drinks a glass of wine with dinner.",
  ]);
  lacksCode('go_taken_to_parties', 'go_taken_to_parties', [
    'She went to parties at the hotel with her family.',
    "He has been to parties at the flat of his friend's parents for birthdays.",
    'Mum goes to parties at the hotel for work.',
    'She went to parties at the hotel for Christmas with staff.',
    'He went to parties at the hotel with staff from his work.',
  ]);
  lacksCode('go_older_partner', 'go_older_partner', ['She calls the 40-year-old man her boyfriend in the play.']);
  lacksCode('rg_unpaid_work', 'rg_unpaid_work', [
    'The men pay him nothing to help with the church garden as a volunteer.',
    'He was told to wait without pay until his trial shift.',
    'She was expected to tidy her room without pay.',
    'They pay him nothing for walking their dog because he loves it.',
    'The men pay him nothing for helping at the mosque.',
    'She was expected to do her homework without pay, she joked.',
    'Dad was made to work the late shift.',
    'Mum was made to work weekends by her new manager.',
  ]);
  lacksCode('rg_unexplained_money', 'rg_unexplained_money', [
    'The taxis are paid by the council for school transport.',
    'His taxi was paid for by the hospital.',
    'The fares are paid by the school.',
    'The tickets were paid by someone from the club for the match.',
    'The taxi fare was paid by a man from the insurance company.',
    'The taxi was paid for by the school for the trip.',
  ]);
  lacksCode('ad_intoxication_hospital', 'ad_intoxication_hospital', [
    'He was brought in after taking paracetamol for his toothache as prescribed.',
    'She was taken in after drinking bleach by accident.',
  ]);
  lacksCode('da_not_engaging', 'da_not_engaging', [
    'She missed her third CAMHS appointment because she was ill.',
    'He missed his therapy appointment because of the train strike.',
    'She missed her counselling session due to snow.',
    'He stopped meeting his mentor because the mentoring programme ended.',
    'She stopped meeting her youth worker when the case closed.',
    'He missed his YOT appointment because he was ill.',
  ]);
  lacksCode('fa_living_with_unrelated_adults', 'fa_living_with_unrelated_adults', [
    "She lives with her mother's friend's dog while they are away.",
    'Her teacher lives with a woman who is not related to her.',
    'The twins play with two children who are not related to them at the park.',
    'He plays football with boys who are not related.',
  ]);
  lacksCode('rg_status_rewards', 'rg_status_rewards', [
    'The choir is like family to her.',
    'The football squad call him family.',
    'The men at church are like a family to Dad.',
    'The band call her family.',
    'The rugby team call him family.',
    'The school band is like a family to him.',
  ]);
  lacksCode('rg_accommodation_offered', 'rg_accommodation_offered', [
    'The chippy gives the nurses free chips.',
    'The kebab shop gave the staff free food on the last day.',
    'The takeaway gives customers free pizza on Tuesdays.',
    'The takeaway gave the volunteers free food after the fundraiser.',
  ]);
  lacksCode('da_not_disclosing', 'da_not_disclosing', [
    'The courier would not give the address over the phone.',
    'The bank would not tell the address.',
    'The delivery driver would not give the address to the customer.',
  ]);
  lacksCode('go_older_friends', 'go_older_friends', ['Mum was befriended by a man at bowls.', 'The stray dog was befriended by a man in the park.']);
  lacksCode('rg_unexplained_gifts', 'rg_unexplained_gifts', ['He wore new boots no one here bought him, a birthday present from his dad.']);
  lacksCode('ep_change_in_behaviour', 'ep_change_in_behaviour', [
    "The school's grades have dropped this year.",
    "Mum's grades have slipped on her nursing course.",
    'The national grades have fallen since the pandemic.',
    "The dog's marks have dropped at obedience class.",
    "The cohort's grades have dropped this year.",
  ]);
  lacksCode('te_online_offers', 'te_online_offers', [
    'She was offered a discount on her phone bill on WhatsApp.',
    'The shop offered him money off via the app.',
    'She was offered work experience via Facebook by the college.',
    'A company on TikTok is offering girls modelling discounts.',
    'He was offered a refund via the app.',
  ]);
  lacksCode('am_found_with_adults', 'am_found_with_adults', ["Her bag was found in the driver's car when she reported it missing."]);
  lacksCode('ad_alcohol', 'ad_alcohol', ['The alcohol wipes are kept in the first aid box.', 'The science lesson covered how alcohol is made.']);
  lacksCode('go_unknown_adults_collect', 'go_unknown_adults_collect', [
    'Mum came to the meeting with a man from the housing association.',
    'She came to school with a man from the taxi firm.',
  ]);
  lacksCode('ad_drug_use', 'ad_drug_use', [
    'He has been prescribed ketamine as an anaesthetic for the operation.',
    'The heroin in the film was fake.',
    'She read a book about cannabis farms for her project.',
  ]);
});

describe('review 28: the signs, with their flags', () => {
  givesFlags('round-28 signs in new wording', [
    ['After he came back Reece said he did not know which city he was in.', 'am_unknown_address', 'child', false, false, false],
    ['She does not know the area she was driven to by the men.', 'am_unknown_address', 'child', false, false, false],
    ['In 2024 she did not know which city she was in when police found her.', 'am_unknown_address', 'child', false, false, true],
    ['The father was abusive towards the mother when the children were small.', 'fa_domestic_abuse', 'other', false, false, true],
    ['Dad is in prison for violence towards his partner.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Samir fled alone from Sudan and reached the UK in a lorry.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['He came to the UK with a man who is not a relative and who now holds his papers.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['Jordan had not eaten since Saturday and there was nothing in the fridge.', 'fa_neglect', 'child', false, false, false],
    ['The children come into school hungry most mornings and mum is asleep when they leave.', 'fa_neglect', 'child', false, false, false],
    ['Maisie has been very low in mood since the men stopped contacting her.', 'ep_low_mood', 'child', false, false, false],
    ['She is not low in mood at present, her worker says.', 'ep_low_mood', 'child', true, false, false],
    ['Mum has been flat in mood and not getting out of bed.', 'fa_parental_mental_health', 'other', false, false, false],
    ['He was moved between cannabis farms in three different counties.', 'am_moved_by_others', 'child', false, false, false],
    ['She is taken to Blackpool most weekends by the older men.', 'am_moved_by_others', 'child', false, false, false],
    ['Her weight has dropped by 5kg since she started going to the flat.', 'ep_eating_problems', 'child', false, false, false],
    ['Staff think he may be losing weight; he skips meals at the home.', 'ep_eating_problems', 'child', false, true, false],
    ['She kept getting calls late at night and would not say who they were from.', 'te_worrying_calls', 'child', false, false, false],
    ['Someone keeps phoning him and he goes outside to answer.', 'te_worrying_calls', 'child', false, false, false],
    ['Kian has had nine placement moves in two years.', 'fa_family_breakdown', 'child', false, false, false],
    ['Her nudes were sent round the year group.', 'te_online_bullying', 'child', false, false, false],
    ['She is sexually harassed by boys on the school bus.', 'te_online_bullying', 'child', false, false, false],
    ['The men make the younger kids shoplift from the supermarket.', 'go_forced_theft_begging', 'child', false, false, false],
    ['He shoplifts from the supermarket for the olders.', 'go_forced_theft_begging', 'child', false, false, false],
    ['She was filmed live for men online in the flat.', 'te_live_streaming', 'child', false, false, false],
    ['She was touched sexually by a man on the tram.', 'sh_sexual_assault', 'child', false, false, false],
    ['Noah spends every lunchtime on his own since the rumours started.', 'ep_isolated', 'child', false, false, false],
    ['Each time she is placed somewhere new she goes back to her exploiters.', 'da_controlled_return', 'child', false, false, false],
    ['She has had sex with several men she met at the flat.', 'sh_many_partners', 'child', false, false, false],
    ['He gave her vodka before he raped her.', 'ad_substances_with_sex', 'child', false, false, false],
    ['The men hand her pills at the parties.', 'ad_substances_given', 'child', false, false, false],
    ['She has missed twelve days of school since the older boys started collecting her.', 'am_school_absence', 'child', false, false, false],
    ['He was contacted by older men on Grindr.', 'te_adults_contact_online', 'child', false, false, false],
    ['Since entering care he has gone missing four times.', 'fa_in_care', 'child', false, false, false],
    ['She has no sense of her own worth.', 'ep_low_self_esteem', 'child', false, false, false],
    ['She cooks and cleans for them every day and is not allowed out.', 'fa_domestic_servitude', 'child', false, false, false],
    ['The men give her cigarettes and vodka for sex.', 'rg_sex_exchange', 'child', false, false, false],
    ['He was made to hide drugs inside himself on the train.', 'go_internal_concealment', 'child', false, false, false],
    ["The stepdad's heroin use is getting worse.", 'fa_parental_substance_misuse', 'other', false, false, false],
    ['She has been going to parties at the flats with older men.', 'go_taken_to_parties', 'child', false, false, false],
    ['She calls the 33-year-old man her boyfriend.', 'go_older_partner', 'child', false, false, false],
    ['He was made to pack boxes at the warehouse without pay.', 'rg_unpaid_work', 'child', false, false, false],
    ['He comes home in taxis someone else has paid for.', 'rg_unexplained_money', 'child', false, false, false],
    ['He was brought in unresponsive after taking ketamine.', 'ad_intoxication_hospital', 'child', false, false, false],
    ['She has stopped meeting her youth worker since she met the man.', 'da_not_engaging', 'child', false, false, false],
    ['She lives with a couple who are not relatives.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['He says the olders are like family to him.', 'rg_status_rewards', 'child', false, false, false],
    ['She would not give the address where she had been staying.', 'da_not_disclosing', 'child', false, false, false],
    ['He has been befriended by a 30-year-old man at the gym.', 'go_older_friends', 'child', false, false, false],
    ['He has a new jacket that nobody at home bought him.', 'rg_unexplained_gifts', 'child', false, false, false],
    ['Her grades have dropped since she started seeing the older boys.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['He was offered free weed on Snapchat.', 'te_online_offers', 'child', false, false, false],
    ["After she was reported missing she was found at a stranger's flat.", 'am_found_with_adults', 'child', false, false, false],
    ['Last year she was very low in mood after the assault.', 'ep_low_mood', 'child', false, false, true],
    ['Tyler is looked after and lives in a residential home.', 'fa_in_care', 'child', false, false, false],
    ['There is no evidence that her weight has dropped since the summer.', 'ep_eating_problems', 'child', true, false, false],
    ['If the men offer her money for sex again she will tell staff.', 'rg_sex_exchange', 'child', false, true, false],
    ['Her brother has missed ten days of school this term.', 'am_school_absence', 'other', false, false, false],
    ['If they kept ringing him he would block the number.', 'te_worrying_calls', 'child', false, true, false],
    ['In 2023 the burglaries were organised by the olders.', 'go_forced_theft_begging', 'child', false, false, true],
    ['The father was violent to the mother before they separated.', 'fa_domestic_abuse', 'other', false, false, false],
    ['In 2021 her dad was controlling towards her mum.', 'fa_domestic_abuse', 'other', false, false, true],
    ['She no longer spends every break on her own.', 'ep_isolated', 'child', true, false, false],
    ['In 2019 he travelled alone from Eritrea and was held by smugglers in Libya.', 'fa_unaccompanied_migrant', 'child', false, false, true],
    ["Her friend's nudes were shared around the school.", 'te_online_bullying', 'other', false, false, false],
    ['Her friend Tia has had sex with several men, she told staff.', 'sh_many_partners', 'other', false, false, false],
  ]);
});
