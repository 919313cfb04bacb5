// Probe 24 (2026-12-01): synthetic sentences in the style of the records that published reviews describe (CSE, county
// lines, trafficking, missing children, online harm), written for this probe and not taken from any source. Each family
// that was missed or mis-flagged is fixed as a family; its positives sit beside ordinary sentences that share its words.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';

const find = indicatorRows(['code', 'experiencer', 'negated']);
const codes = (note: string) => find(note).map((r) => r[0]);
const flagRowsOf = indicatorRows(['code', 'hypothetical']);
const histRows = indicatorRows(['code', 'historical']);

describe('a video streamed to men, images a child was made to take or sold', () => {
  it.each([
    ['He was made to film himself and the video was streamed to men overseas.', 'te_live_streaming'],
    ['The abuse was livestreamed to paying men abroad.', 'te_live_streaming'],
    ['She sold pictures of herself on an app for money.', 'te_sexual_images'],
    ['He has been selling videos of himself to adults online.', 'te_sexual_images'],
    ['She was pressured to film herself in the bath.', 'te_sexual_images'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['The match was streamed to people at home because of the snow.', 'te_live_streaming'],
    ['The funeral service was streamed to people who could not travel.', 'te_live_streaming'],
    ['She sold pictures of her paintings at the craft fair.', 'te_sexual_images'],
    ['She was told to film the science experiment for her homework.', 'te_sexual_images'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('a demand with the threat after "or"', () => {
  it.each([
    'A man on Instagram is demanding £300 or he will send her photos to her family.',
    'They demanded more money or they would post the video on his school page.',
    'The account wants £50 or else it will share the pictures with her followers.',
  ])('%s', (note) => {
    expect(find(note)).toContainEqual(['te_sextortion', 'child', false]);
  });
  it.each(['The landlord is demanding the rent or he will send the bailiffs.', 'The teacher wants the homework by Friday or she will send a letter home.'])(
    'not: %s',
    (note) => {
      expect(codes(note)).not.toContain('te_sextortion');
    },
  );
});

describe('meeting someone known only from an app, money offered through an app', () => {
  it.each([
    ['She travelled to Leeds to meet someone she had only spoken to on TikTok.', 'te_meeting_online_contacts'],
    ['He went to see a man he has only ever talked to online.', 'te_meeting_online_contacts'],
    ['He was offered £1,000 a week on Instagram to "run errands".', 'te_online_offers'],
    ['She was offered a free phone through Snapchat to hold a bag for a man.', 'te_online_offers'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['She met her cousin, whom she had only spoken to on WhatsApp, at the family wedding.', 'te_meeting_online_contacts'],
    ['She was offered a place on an online course to help with her maths.', 'te_online_offers'],
    ['He was offered support over WhatsApp to help him settle into college.', 'te_online_offers'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('gift cards and game currency sent by someone', () => {
  it.each([
    'A man she met on Roblox has been sending her Amazon gift cards.',
    'Someone online bought him Robux and V-Bucks every week.',
    'He was sent Steam codes by an older player he games with.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('rg_unexplained_gifts');
  });
  it.each([
    'Her nan sent her Amazon gift cards for her birthday.',
    'The school gave him a gift card as an attendance reward.',
    'His dad bought him V-Bucks for Christmas.',
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('rg_unexplained_gifts');
  });
});

describe('drug arrests in a named far town, tickets to far towns', () => {
  it.each([
    'He was stopped by police in Aberystwyth with 30 wraps of heroin.',
    'He was arrested for being concerned in the supply of class A drugs in Norwich, far from his home in Hackney.',
    'He was searched by BTP at Carlisle with crack cocaine in his sock.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('go_drug_arrest_out_of_area');
    expect(codes(note)).not.toContain('go_arrests');
  });
  it.each(['He was stopped by police in Aberystwyth for riding without lights.', 'Police in Leeds arrested the man for supplying drugs.'])(
    'not: %s',
    (note) => {
      expect(codes(note)).not.toContain('go_drug_arrest_out_of_area');
    },
  );
  it.each(['Staff found train tickets to Bournemouth and Weymouth in his room.', 'Her carer found coach tickets to Blackpool in her coat.'])('%s', (note) => {
    expect(find(note)).toContainEqual(['am_found_out_of_area', 'child', false]);
  });
  it.each([
    'Mum has booked train tickets to York for the family holiday.',
    'He had a train ticket to Leeds for his university open day.',
    'She kept her coach ticket to Cardiff from the school trip.',
    "A man bought Kofi's train ticket to Crewe and met him at the other end.",
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('am_found_out_of_area');
  });
});

describe('a relative known to run a line; a relationship with an adult of a stated age; nitrous given', () => {
  it('a brother known to run a line', () => {
    expect(find('Her older brother is known to run a line into Cumbria.')).toContainEqual(['fa_family_links_to_exploitation', 'other', false]);
  });
  it('not a brother known to run a business', () => {
    expect(codes('Her older brother is known to run a café in town.')).not.toContain('fa_family_links_to_exploitation');
  });
  it.each(['Last year she had a relationship with a 26-year-old man.', 'She has started a relationship with a 19-year-old.'])('%s', (note) => {
    expect(codes(note)).toContain('go_older_partner');
  });
  it.each(['Mum has started a relationship with a 40-year-old man from work.', 'Her sister had a relationship with a 35-year-old man.'])(
    'not the child’s: %s',
    (note) => {
      expect(find(note)).not.toContainEqual(['go_older_partner', 'child', false]);
    },
  );
  it.each(['He was given nitrous oxide canisters and spice by the older boys at the park.', 'The men gave her laughing gas at the party.'])('%s', (note) => {
    expect(find(note)).toContainEqual(['ad_substances_given', 'child', false]);
  });
  it.each(['She was given laughing gas by the dentist for her filling.', 'The midwife gave her gas and air and nitrous in labour.'])('not: %s', (note) => {
    expect(codes(note)).not.toContain('ad_substances_given');
  });
});

describe('cars, taxis and drivers collecting or returning a child', () => {
  it.each([
    'DSL: an unknown adult male has been waiting outside the school for her at home time.',
    'Taxi drivers have been dropping her back at the unit in the early hours although she has no money for fares.',
    'A private hire driver has been ferrying her to addresses across the town and not charging her.',
    'Cars with different men driving have been pulling up outside the children’s home to collect her.',
    'A man who gave his name only as "Az" rang the home asking for Lily to come out to his car.',
    'Older men were seen waiting near the gates for him after school.',
  ])('%s', (note) => {
    expect(find(note)).toContainEqual(['go_unknown_adults_collect', 'child', false]);
  });
  it.each([
    'The taxi booked by the council arrived to collect him for school.',
    'Mum sent a taxi to collect her from the party.',
    'The escort drove to the unit to pick him up for contact.',
    'Her dad has been ferrying her to football and back every weekend.',
    'The older men were waiting for the bus outside the shop.',
    'Staff went out to the car to collect the shopping.',
    'Grandad came out to his car to wave her off.',
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('go_unknown_adults_collect');
  });
  it('a taxi someone else paid for is money, not a collection', () => {
    const c = codes('Staff saw her being dropped off at 03:30 by a taxi that someone else had paid for.');
    expect(c).toContain('rg_unexplained_money');
    expect(c).not.toContain('go_unknown_adults_collect');
  });
});

describe('disclosure and authority: changed accounts, fear of being an informer', () => {
  it.each([
    ['Her account of where she had been changed three times during the interview.', 'da_inconsistent_accounts'],
    ['His story of how he got the injury has changed since Monday.', 'da_inconsistent_accounts'],
    ['He said he cannot talk to police because "snitches get stitches".', 'da_fear_of_authorities'],
    ['She is scared of being seen as a grass by the group.', 'da_fear_of_authorities'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['The account of what the school did has changed the policy.', 'da_inconsistent_accounts'],
    ['Her account of where she was is the same as her mum’s.', 'da_inconsistent_accounts'],
    ['He is scared of the grass snakes in the garden.', 'da_fear_of_authorities'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('many partners, cash in notes, an address nobody knew, the back of a takeaway, a hotel with lads', () => {
  it.each([
    ['She said she had "been with" several men in the last month.', 'sh_many_partners'],
    ['She had £200 in twenty pound notes in her bra and said she "found it".', 'rg_unexplained_money'],
    ['She was found at an address in Oldham nobody in the family knew.', 'am_unknown_address'],
    ['She is often seen in the back of the kebab shop with the men who work there late at night.', 'am_found_with_adults'],
    ['She told her carer she stayed at a Premier Inn in Leicester with "some lads".', 'go_taken_to_parties'],
    ['She has only attended 3 of the last 10 days and is often seen in town during lessons.', 'am_school_absence'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['She has been with several friends to the cinema this month.', 'sh_many_partners'],
    ['Her nan gave her £40 in ten pound notes for her birthday.', 'rg_unexplained_money'],
    ['He was paid for the car wash in ten pound notes and gave mum the change.', 'rg_unexplained_money'],
    ['She works in the back of the takeaway with the men on Saturdays and is paid wages.', 'am_found_with_adults'],
    ['She stayed at a hotel in York with her dad and two men from his work.', 'go_taken_to_parties'],
    ['The team stayed at a Travelodge in Derby with the coach and two men from the club.', 'go_taken_to_parties'],
    ['She only attended the first of the last two parents’ evenings.', 'am_school_absence'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('a phone going all the time, a flat dealers took over, arriving alone, work for no wages', () => {
  it.each([
    ['His phone was going constantly through the return interview.', 'te_worrying_calls'],
    ['Her phone rang 30 times during the visit.', 'te_worrying_calls'],
    ['Jake has been staying at a flat that dealers have taken over from a vulnerable tenant.', 'go_cuckooing'],
    ['Vietnamese boy, 15, arrived alone and says he owes £20,000 to the people who brought him.', 'fa_unaccompanied_migrant'],
    ['She arrived alone in the UK in the back of a lorry.', 'fa_unaccompanied_migrant'],
    ['NRM referral: she worked in a nail bar six days a week for no wages and her boss kept her ID card.', 'rg_unpaid_work'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['Her phone rang constantly on results day with friends congratulating her.', 'te_worrying_calls'],
    ['His phone alarm was going off repeatedly in the night.', 'te_worrying_calls'],
    ['The house that the council took over is now a family centre.', 'go_cuckooing'],
    ['She arrived alone at the party and left with her friends.', 'fa_unaccompanied_migrant'],
    ['He arrived alone at school because his brother was ill.', 'fa_unaccompanied_migrant'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
  it('no wages does not negate what follows, nor no ticket the missing episode', () => {
    expect(find('NRM referral: she worked in a nail bar for no wages and her boss kept her ID card.')).toContainEqual(['da_documents_held', 'child', false]);
    expect(find('MFH: Tyler located by BTP at Crewe station with £310 and no ticket, having been missing since Tuesday.')).toContainEqual([
      'am_missing',
      'child',
      false,
    ]);
  });
});

describe('shared words about staff, sport and services (hard negatives)', () => {
  it.each([
    ['Staff found a spare phone charger in the lounge.', 'te_several_phones'],
    ['He has joined a boxing gym and trains with men in their twenties.', 'go_older_friends'],
    ['The staff member was given a new work phone.', 'rg_unexplained_gifts'],
    ['The drugs and alcohol worker ran a session at the unit.', 'ad_drug_use'],
    ['The older girls from the netball team gave her a lift to the tournament with their coach.', 'go_unknown_adults_collect'],
    ['The older girls from the netball team gave her a lift to the tournament with their coach.', 'go_older_friends'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
  it.each([
    ['Staff found a spare phone hidden in his coat.', 'te_several_phones'],
    ['He has been hanging around with men in their twenties at the shisha bar.', 'go_older_friends'],
    ['She was given a new iPhone by a man she met at the bus station.', 'rg_unexplained_gifts'],
    ['Older men have been giving her lifts late at night.', 'go_unknown_adults_collect'],
  ])('still: %s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it('drugs with alcohol misuse is still the child’s', () => {
    expect(codes('There are concerns about her drugs and alcohol misuse.')).toContain('ad_drug_use');
  });
});

describe('substances then waking with a man; sex for things', () => {
  it('given pills, then woke up with a man', () => {
    expect(codes('She said she was given pills at the party and woke up with a man on top of her.')).toEqual(['ad_substances_with_sex']);
  });
  it('woke up with a man on top of her, no substances', () => {
    expect(find('She woke up with a man on top of her in the flat.')).toContainEqual(['sh_sexual_assault', 'child', false]);
  });
  it.each(['She woke up with a man asleep on the sofa next to her bed.', 'She woke up with a headache after the sleepover.'])('not: %s', (note) => {
    expect(codes(note)).not.toContain('sh_sexual_assault');
  });
  it.each(['She said she had to "do stuff" with the men to get cigarettes and a place to sleep.', 'He said he did things for the older men to get weed.'])(
    '%s',
    (note) => {
      expect(codes(note)).toContain('rg_sex_exchange');
    },
  );
  it.each(['She does jobs for the men next door to get pocket money.', 'He did the gardening for the old man to get some money for the trip.'])(
    'not: %s',
    (note) => {
      expect(codes(note)).not.toContain('rg_sex_exchange');
    },
  );
});

describe('violence: a weapon used on the child, a partner arrested for violence to mum, serious violence from the group', () => {
  it.each([
    ['He was hit with a hammer by men he owed money to and needed stitches.', 'ep_injuries_assault', 'child'],
    ['She was beaten with a belt by her "boyfriend".', 'ep_injuries_assault', 'child'],
    ["Mum's partner was arrested for strangling her in front of the children.", 'fa_domestic_abuse', 'other'],
    ['He is at risk of serious violence from the group.', 'go_threats_violence', 'child'],
  ])('%s', (note, code, who) => {
    expect(find(note).map((r) => [r[0], r[1]])).toContainEqual([code, who]);
  });
  it.each([
    ['He was hit with a cricket bat by accident in PE.', 'ep_injuries_assault'],
    ['He was threatened with a knife outside the shop.', 'ep_injuries_assault'],
    ['The man was arrested for assaulting her in the park.', 'fa_domestic_abuse'],
    ['The school is working to reduce serious violence from knife crime in the area.', 'go_threats_violence'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('older boys he hangs around with; images sent to a man; a denial of concealment', () => {
  it.each([
    ['Mum is worried about the older boys he hangs around with.', 'go_older_friends'],
    ['The older lads she goes about with have cars.', 'go_older_friends'],
    ['Unclear whether she has sent images to the man.', 'te_sexual_images'],
    ['He denied carrying anything internally.', 'go_internal_concealment'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['The older boy he hangs around with is his cousin.', 'go_older_friends'],
    ['She sent photos of the car to the man selling it.', 'te_sexual_images'],
    ['She sent pictures of her homework to the teacher.', 'te_sexual_images'],
  ])('not: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
  it('the denial negates', () => {
    expect(find('He denied carrying anything internally.')).toContainEqual(['go_internal_concealment', 'child', true]);
  });
});

describe('second probe: night checks, calls from a saved contact, a drink kept filled, sex for "doing things", papers kept', () => {
  it.each([
    ['Kayla was not in her room at the 02:00 check and her window was open.', 'am_missing'],
    ['Bed empty at the 3am night check; staff called police.', 'am_missing'],
    ['During the visit she received more than 20 calls and messages from a contact saved as "Z".', 'te_worrying_calls'],
    ['She said the men at the house party kept filling her cup with vodka.', 'ad_substances_given'],
    ['She said she gets vapes and weed from the men for "doing things".', 'rg_sex_exchange'],
    ['The people who brought him keep his passport and phone.', 'da_documents_held'],
    ['Police raid: Mr B said the boys had been using his flat to sell from for weeks.', 'go_cuckooing'],
    ['Different taxis have been arriving at the school at lunchtime to take her away.', 'go_unknown_adults_collect'],
    ['A man in a blacked-out car beeps outside the house and she runs out to him.', 'go_unknown_adults_collect'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it('a mum known to associate with the men', () => {
    expect(find('Her mum is known to associate with the men who run the line.')).toContainEqual(['fa_family_links_to_exploitation', 'other', false]);
  });
  it('seeing someone older, denied', () => {
    expect(find('She says she is not seeing anyone older.')).toContainEqual(['go_older_partner', 'child', true]);
  });
  it.each([
    ['She was in her room at the 02:00 check and asleep.', 'am_missing'],
    ['He received more than 20 messages from friends on his birthday.', 'te_worrying_calls'],
    ['Her mum kept filling her glass with water during the heat.', 'ad_substances_given'],
    ['She gets pocket money from her dad for doing things around the house.', 'rg_sex_exchange'],
    ['Mum and dad keep his passport in the safe at home.', 'da_documents_held'],
    ['He has been using his dad’s garage to sell from at the car boot sale.', 'go_cuckooing'],
    ['The minibus arrived at the school to take them off to the sports centre with their teacher.', 'go_unknown_adults_collect'],
    ['Mum is seeing someone older who works at the hospital.', 'go_older_partner'],
  ])('not: %s', (note, code) => {
    expect(find(note)).not.toContainEqual([code, 'child', false]);
  });
});

describe('a carer who reports a car is not a carer who drives', () => {
  it.each([
    'Carers report that a man in a blacked-out car beeps outside the house and she runs out.',
    'The carers said an unknown car was parked outside the house at 2am.',
  ])('%s', (note) => {
    expect(find(note)).toContainEqual(['go_unknown_adults_collect', 'child', false]);
  });
  it.each([
    'Her foster carer picked her up from school in her car.',
    'She got into a car with her carers outside the school gates.',
    'Carers collected her from the station in their car at midnight.',
  ])('not: %s', (note) => {
    expect(codes(note)).not.toContain('go_unknown_adults_collect');
  });
});

describe('found in a place in a named town, with a time between', () => {
  it.each([
    'Reported missing from Oakfield at 19:00; located at 02:30 in a car park in Rochdale.',
    'MFH: found at 04:00 in a block of flats in Bolton by police.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('am_found_out_of_area');
  });
  it.each(['The lost dog was found at 10:00 in a park in Bolton.', 'Her phone was found at 10:00 in a café in York by the owner.'])('not: %s', (note) => {
    expect(codes(note)).not.toContain('am_found_out_of_area');
  });
});

describe('third probe: more record wording', () => {
  it.each([
    ['He has been AWOL from the unit since Sunday evening.', 'am_missing'],
    ['Third episode of being absent without consent from the residential home this week.', 'am_missing'],
    ['Police recovered her from a flat in Longsight where four adult males were present.', 'am_found_with_adults'],
    ["She was discovered hiding in the wardrobe of a 40-year-old man's bedsit.", 'am_found_with_adults'],
    ['Her "partner" is a 32-year-old man who has been buying her clothes.', 'go_older_partner'],
    ['She describes a 24-year-old man called Mo as her boyfriend.', 'go_older_partner'],
    ['He was supplied with cannabis by older teenagers.', 'ad_substances_given'],
    ['The men always had weed and bottles of wine ready for the girls when they arrived.', 'ad_substances_given'],
    ["Bank statements show regular payments of £50 into her account from someone she won't name.", 'rg_unexplained_money'],
    ['She has turned up in Blackpool twice this month with no way of getting home.', 'am_found_out_of_area'],
    ["He was admitted after swallowing a bottle of his nan's tablets.", 'ep_self_harm'],
    ['She was told she would be "done over" if she did not go back.', 'go_threats_violence'],
    ['He was picked up by police for being drunk and disorderly in town.', 'go_arrests'],
    ['He was seen by a PCSO bagging up white powder in the park toilets.', 'go_carrying_drugs'],
    ['Police found a baseball bat and a balaclava in his bag.', 'go_carrying_weapons_money'],
    ['He uses a different phone for "work" and will not let staff see it.', 'te_several_phones'],
    ['He always returns at exactly 6pm and is dropped at the corner.', 'da_controlled_return'],
  ])('%s', (note, code) => {
    expect(find(note)).toContainEqual([code, 'child', false]);
  });
  it.each([
    ['Police attended after mum’s boyfriend threw a chair at her.', 'fa_domestic_abuse'],
    ['Someone put a brick through the family’s window after he refused to do a run.', 'go_threats_violence'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it('the threat is not a condition', () => {
    expect(flagRowsOf('She was told she would be "done over" if she did not go back.')).toContainEqual(['go_threats_violence', false]);
  });
  it.each([
    ['He was given cannabis oil by the GP for his epilepsy.', 'ad_substances_given'],
    ["Mum's partner is a 35-year-old man who works as a mechanic.", 'go_older_partner'],
    ["Her sister's boyfriend is a 24-year-old plumber.", 'go_older_partner'],
    ['The carers took the children to a 40-year-old man’s flat to view a sofa for sale.', 'am_found_with_adults'],
    ['Monthly payments of £20 into her account from her nan.', 'rg_unexplained_money'],
    ['Her wages are paid by transfer into her account from the café.', 'rg_unexplained_money'],
    ['The family turned up in Blackpool for their holiday.', 'am_found_out_of_area'],
    ['Her little brother accidentally swallowed a handful of tablets.', 'ep_self_harm'],
    ['A football came through the window during the match.', 'go_threats_violence'],
    ['The wind blew a brick through the shed window during the storm.', 'go_threats_violence'],
    ['She was bagging up the shopping at the till.', 'go_carrying_drugs'],
    ['He keeps his baseball bat and glove in his bag for the club match.', 'go_carrying_weapons_money'],
    ['She wore a balaclava on the ski trip with school.', 'go_carrying_weapons_money'],
    ['The staff member has a separate phone for work.', 'te_several_phones'],
    ['Dad threw a ball at her in the garden.', 'fa_domestic_abuse'],
    ['He is picked up by his dad from the station at 6pm.', 'go_arrests'],
    ['She gets back home at exactly 4pm after her bus.', 'da_controlled_return'],
  ])('not: %s', (note, code) => {
    expect(find(note)).not.toContainEqual([code, 'child', false]);
  });
});

describe('fourth probe: flags on an adult relationship, drinking every weekend, travel to a far town', () => {
  it.each<[string, string, boolean]>([
    ['No evidence of a relationship with an adult.', 'go_older_partner', true],
    ['She is in a sexual relationship with an adult she met online.', 'go_older_partner', false],
    ['She used to go out with a 21-year-old when she was 14.', 'go_older_partner', false],
    ['She used to drink every weekend when she lived with her dad.', 'ad_alcohol', false],
    ['Concern that he may be travelling to Swansea at weekends.', 'am_found_out_of_area', false],
  ])('%s', (note, code, negated) => {
    expect(find(note)).toContainEqual([code, 'child', negated]);
  });
  it('historical and hypothetical flags', () => {
    expect(flagRowsOf('Concern that he may be travelling to Swansea at weekends.')).toContainEqual(['am_found_out_of_area', true]);
    expect(histRows('She used to go out with a 21-year-old when she was 14.')).toContainEqual(['go_older_partner', true]);
    expect(histRows('Mum was a victim of domestic abuse from her ex-partner when the children were babies.')).toContainEqual(['fa_domestic_abuse', true]);
  });
  it.each([
    ['She has a good relationship with an adult at school whom she trusts.', 'go_older_partner'],
    ['He has no trusted relationship with an adult at home.', 'go_older_partner'],
    ["Mum's sister used to go out with a 30-year-old.", 'go_older_partner'],
    ['He drinks a protein shake every evening after training.', 'ad_alcohol'],
    ['Travelled to Leicester by train alone to visit his dad, who met him at the station.', 'am_found_out_of_area'],
    ['He travels to Swansea at weekends for football with his club.', 'am_found_out_of_area'],
  ])('not: %s', (note, code) => {
    expect(find(note)).not.toContainEqual([code, 'child', false]);
  });
});

describe('review of the probe fixes: the same words in ordinary notes', () => {
  it.each([
    ['Older men were waiting outside the job centre when it opened.', 'go_unknown_adults_collect'],
    ['The taxi driver brought him back to the unit after his college course as arranged.', 'go_unknown_adults_collect'],
    ['He was arrested for being concerned in the supply of cannabis in Leeds, where he lives.', 'go_drug_arrest_out_of_area'],
    ['He is scared of being called a grass at school for reporting bullying to the teacher.', 'da_fear_of_authorities'],
    ['She worked for no wages as a volunteer at the charity shop.', 'rg_unpaid_work'],
    ['He is not in his room at the 9pm check because he is in the lounge watching TV with staff.', 'am_missing'],
    ['The team turned up in Blackpool for the tournament.', 'am_found_out_of_area'],
    ['She gets home at exactly 4pm every day on the school bus.', 'da_controlled_return'],
    ['He was absent without permission from one lesson to see the nurse.', 'am_missing'],
    ['The police officer was AWOL from the meeting.', 'am_missing'],
    ['She received more than 50 messages from friends on her birthday.', 'te_worrying_calls'],
    ['Mum kept filling her cup with juice at the party.', 'ad_substances_given'],
    ['Her parents keep her passport in a drawer at home.', 'da_documents_held'],
    ["Her mum's partner is a 40-year-old bus driver.", 'go_older_partner'],
    ['A football went through the window of the classroom.', 'go_threats_violence'],
    ['He wears a balaclava when he goes skiing with his dad.', 'go_carrying_weapons_money'],
    ['His dad has a separate phone for work.', 'te_several_phones'],
    ['He has a good relationship with an adult mentor at the youth club.', 'go_older_partner'],
    ['He is travelling to Leeds at weekends to see his dad.', 'am_found_out_of_area'],
  ])('not: %s', (note, code) => {
    expect(find(note)).not.toContainEqual([code, 'child', false]);
  });
});
