import { describe, expect, it } from 'vitest';
import { languageIds, hasFinding as found, lacksFinding as notFound } from '../../../test/fixtures/text-checks.ts';

// Round 22: each new family of wording with its positives, and ordinary sentences that share its words (an adult's
// own choice, an organisation as the subject, negation, criticism of the wording, a same-age partner, a procedure's
// name) that must get no finding of it. The reference checker must agree with the fast path on every sentence.

describe('round 22: the child’s character named as the problem', () => {
  it.each([
    ['Youth club: Marlon is a hothead and kicks off whenever staff mention the older men.', 'character_labels_round22'],
    ['Nico is a proper little wide boy.', 'character_labels_round22'],
    ['C&F assessment: Nico is a bit of a wide boy and does not like being told what to do.', 'character_labels_round22'],
    ['Theo is a nasty piece of work and the older boys egg him on.', 'character_labels_round22'],
    ["Kai is a right wrong 'un, according to the shop.", 'character_labels_round22'],
    ['Keanu is no stranger to the police and goes missing to avoid them.', 'character_labels_round22'],
    ['Custody: Deon has no respect for authority and would not answer any questions.', 'character_labels_round22'],
    ['Kane was playing on his vulnerabilities to get a placement move.', 'character_labels_round22'],
    ['Nia was being overdramatic about the man at the bus stop.', 'dramatic'],
  ])('%s -> %s', found);

  it.each([
    ['Her stepdad is a hothead and shouts at mum.', 'character_labels_round22'],
    ['The man who runs the flat is a nasty piece of work.', 'character_labels_round22'],
    ['Police said the man is a nasty piece of work.', 'character_labels_round22'],
    ['The address is no stranger to the police.', 'character_labels_round22'],
    ['She is no stranger to the area and knows the bus routes.', 'character_labels_round22'],
    ['Police are no stranger to the family.', 'character_labels_round22'],
    ['The suspect has no respect for authority, according to his probation officer.', 'character_labels_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: an offence named as the child’s trade', () => {
  it.each([
    ['Custody record: Tyrese (15) is described as a prolific supplier in the Hartlepool area.', 'offender_labels_round22'],
    ['Retail security: the boy is a professional thief who has been seen in three stores.', 'offender_labels_round22'],
    ["Step-mum: he's a thieving little sod, stealing to order for them.", 'thieving_slurs_round22'],
    ['PNC note added by the arresting officer: "little toerag, third time this month".', 'thieving_slurs_round22'],
  ])('%s -> %s', found);

  it.each([
    ['The company is the main supplier of school uniforms to the academy.', 'offender_labels_round22'],
    ['Police arrested the main supplier, a 40-year-old man, at the flat.', 'offender_labels_round22'],
    ['The network uses professional criminals to launder the money.', 'offender_labels_round22'],
    ['The firm is a key supplier of gas to the estate.', 'offender_labels_round22'],
    ['She stubbed her toe on the step; the little toe is bruised.', 'thieving_slurs_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: compliance read as contentment, and adults’ acts as the child’s permission', () => {
  it.each([
    ['Police: officers recorded that Ethan seems happy enough to do the trips to Lincoln.', 'happy_enough_round22'],
    ['She was more than happy to go to the flat with the men.', 'happy_enough_round22'],
    ['Home visit: Grace admitted she lets the men take her to parties in Hull.', 'lets_adults_round22'],
    ['Housing: Jordan allowed the men to use his flat for dealing.', 'lets_adults_round22'],
    ['Liam lets the older lads use his room to store drugs.', 'lets_adults_round22'],
    ['AssetPlus: Mikey is deeply entrenched in the local drug scene.', 'entrenched_round22'],
    ['Bank: Chloe lent her account to an older man and was paid £200.', 'lent_account_round22'],
  ])('%s -> %s', found);

  it.each([
    ['Mum is more than happy to attend the meeting.', 'happy_enough_round22'],
    ['She seems happy enough to go to college each day.', 'happy_enough_round22'],
    ['The carers are happy enough to have him back.', 'happy_enough_round22'],
    ['Police are more than happy to meet the family at the station.', 'happy_enough_round22'],
    ['Staff did not let the men in.', 'lets_adults_round22'],
    ['She refused to let the men into the flat.', 'lets_adults_round22'],
    ['The hostel allowed the men to visit without signing in.', 'lets_adults_round22'],
    ['Police let the men go without charge.', 'lets_adults_round22'],
    ['He let the older boys down at football.', 'lets_adults_round22'],
    ['She would not let the men take her phone.', 'lets_adults_round22'],
    ['Her mum lets the men stay at the house.', 'lets_adults_round22'],
    ['County lines is deeply entrenched in the town.', 'entrenched_round22'],
    ['The gang is entrenched in the estate.', 'entrenched_round22'],
    ['Staff are entrenched in their approach to drugs education.', 'entrenched_round22'],
    ['She lent her bank card to her friend for lunch.', 'lent_account_round22'],
    ['Mum lent her account details to her partner.', 'lent_account_round22'],
    ['He lent his account to his brother for the Netflix subscription.', 'lent_account_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: harm made small (help, a love bite), and staying read as doubt', () => {
  it.each([
    ['Labour inspection: the 16-year-olds were only helping out, according to the manager of the car wash.', 'helping_out_round22'],
    ['Social worker: the men just helped Callum out with a phone and a place to stay.', 'helping_out_round22'],
    ['School nurse: the bruising on Callum’s neck was a love bite from a man in his thirties.', 'love_bite_round22'],
    ['NRM: Elira did not try to escape, which raises questions about her account.', 'no_escape_blamed_round22'],
    ['She made no attempt to leave the flat despite having a phone.', 'no_escape_blamed_round22'],
  ])('%s -> %s', found);

  it.each([
    ["She is just helping out at her nan's salon on Saturdays.", 'helping_out_round22'],
    ['The volunteers were only helping out at the car wash fundraiser.', 'helping_out_round22'],
    ['Staff were just helping him out with his phone contract.', 'helping_out_round22'],
    ['Mum is just helping out with lifts.', 'helping_out_round22'],
    ['She has a love bite from her boyfriend, who is also 15.', 'love_bite_round22'],
    ['The man did not try to escape when police arrived.', 'no_escape_blamed_round22'],
    ['She did not try to leave the classroom despite the fire alarm.', 'no_escape_blamed_round22'],
    ['She did not try to escape because the men had threatened her family.', 'no_escape_blamed_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: a writer who removes, questions or refuses the wording', () => {
  it.each([
    ['Hostel key work: the key worker removed a line about Hollie being difficult, because she was frightened, not difficult.', 'difficult'],
    ['Head of year: I do not accept that Theo is a troublemaker; his behaviour changed when the older lads started waiting for him.', 'troublemaker'],
    ['Children’s home: the manager reminded staff that running off is how Kayden copes when he is scared, not bad behaviour.', 'ran_off'],
    ['YOT: Jaden’s case manager asked that the court be told he was groomed, not that he joined a gang.', 'gang_member'],
    ['Police: the sergeant refused to grade Mercy’s disappearance as low risk simply because she has been missing before.', 'risk_graded_down_round16'],
    ['CP conference: the group were asked not to call Louie hard to reach, because he has answered every call from his youth worker.', 'hard_to_reach'],
    ['Residential log: staff challenged the night worker’s entry that called Nia attention seeking; it was rewritten.', 'attention_seeking'],
  ])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });

  it.each([
    // The same words about the child's own doings keep the finding.
    ['She refused to go home and chose to stay with the men at the flat.', 'carry_on_choice'],
    ['She did not accept that she was at risk and chose to go with the men.', 'chose_to'],
    ['He questioned the officers about the men and then chose to go with them.', 'chose_to'],
    ['Staff asked her not to go with the men but she chose to stay at the flat.', 'carry_on_choice'],
  ])('%s -> %s', found);
});

describe('round 22: an adult’s own choice or sale, another person’s partner, a claim the writer reports', () => {
  it.each([
    ['Police: CCTV shows the 34-year-old man chose to approach children outside the youth club on three evenings.', 'chose_to'],
    ['Housing: the tenant, a 48-year-old man, chose to sublet the flat without telling the landlord.', 'chose_to'],
    ['BTP: two adult men were seen selling cannabis on the platform at Wigan North Western.', 'selling_for'],
    ['Border Force: the adult travelling with Mariam claimed to be her uncle; checks showed no family link and police were called.', 'uncle_not_related'],
    ['Control room: the caller’s boyfriend, aged 30, has not come home from his shift at the warehouse.', 'boyfriend_adult'],
    ['Sexual health: Mae is 17 and her girlfriend is 18; the nurse noted they met at college.', 'boyfriend_adult'],
    ['GUM: the 19-year-old partner of Marley (18) was also tested; both are adults and no concerns were raised.', 'partner_adult'],
    ['GUM: the 19-year-old partner of Marley (18) was also tested; both are adults and no concerns were raised.', 'no_concerns_adult_partner'],
    ['MASH: no concerns were found about the 18-year-old cousin who sometimes collects Aria from school with mum’s agreement.', 'return_glossed_round15'],
    ['CP conference: agreed to stop recording Daisy’s missing episodes as a choice; each one is a risk of harm.', 'agreed_to'],
    ['She enjoyed her mum’s attention at the party.', 'enjoys_attention'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Jade chose to go with the 34-year-old man to the flat.', 'chose_to'],
    ['Jade’s boyfriend, aged 30, picks her up from school.', 'boyfriend_adult'],
    ['The victim’s boyfriend, aged 24, collected her from school.', 'boyfriend_adult'],
    ['Mae is 15 and her boyfriend is 19.', 'boyfriend_adult'],
    ['He calls himself her uncle but is not related to her.', 'uncle_not_related'],
    ['Kai was seen selling cannabis at the station for the olders.', 'selling_for'],
    ['She agreed to go to the flat with the men.', 'agreed_to'],
    ['Residential log: Tilly enjoyed the men’s attention and went off with them.', 'enjoys_attention'],
  ])('%s -> %s', found);
});

describe('round 22: violence, injury or adults’ company recast as ordinary', () => {
  it.each([
    ['ED: the older men’s slaps were only a bit of discipline, according to the note from the walk-in centre.', 'harm_recast_round22'],
    ['Social worker: Rio’s burns from the kettle were an accident during a prank according to the older boys at the flat.', 'harm_recast_round22'],
    ['Practice review: the school recorded that Jessie’s bruises were girls falling out.', 'harm_recast_round22'],
    ['MFH log: Precious was having a good time with older men at a house in Leeds.', 'good_time_round22'],
    ['Ambulance: 15-year-old found intoxicated in a car park; crew noted she had clearly been out on the town.', 'night_out_round22'],
    ['Police: grading decision recorded as standard because Nathan can more than take care of himself.', 'can_look_after_self'],
  ])('%s -> %s', found);

  it.each([
    ['The school’s behaviour policy says only discipline that is fair and never physical is used.', 'harm_recast_round22'],
    ['The girls fell out at lunch and Amy went home upset.', 'harm_recast_round22'],
    ['She has a bruise from a fall at school; it was just a prank by her friend who pulled her chair away.', 'harm_recast_round22'],
    ['She had a good time with the staff on the residential trip.', 'good_time_round22'],
    ['She had a great time with her cousins at the party.', 'good_time_round22'],
    ['Mum was out on the town and left the children with a neighbour.', 'night_out_round22'],
    ['He wants to go out on the town for his 18th birthday.', 'night_out_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: exploitation recorded as the child’s work, choice or conduct', () => {
  it.each([
    ['Police: Dominic runs for a group from Hackney.', 'runs_for_group_round22'],
    ['Rapid review: a police log from 2020 said Kaiden was dealing off his own back.', 'own_back_round22'],
    ['Pastoral: Becky is shacked up with a man in Grantham, according to her friends.', 'shacked_up_round22'],
    ['CP conference: Daisy has gone missing yet again and the placement is struggling to cope with her.', 'missing_yet_again_round22'],
    ['GP: mum is worried that Lottie is obsessed with older men and will not listen to her.', 'obsessed_with_men_round22'],
    ['CIN review: Kyle was working on a line in Scarborough when police found him.', 'working_line_round22'],
    ['Hostel key work: Jess is always bringing men back to her room.', 'bringing_men_back_round22'],
    ['Police: Mercy’s repeated disappearances are a police resource issue, not a safeguarding matter.', 'resource_drain_round22'],
    ['CEOP: Amelia was exposing herself on a live stream app.', 'exposing_self_round22'],
  ])('%s -> %s', found);

  it.each([
    ['He runs for the county athletics team.', 'runs_for_group_round22'],
    ['She ran for the bus and missed it.', 'runs_for_group_round22'],
    ['He runs for a charity every year.', 'runs_for_group_round22'],
    ['He did his homework off his own back.', 'own_back_round22'],
    ['The man was dealing off his own back, police said.', 'own_back_round22'],
    ['Her mum has shacked up with a man from Leeds.', 'shacked_up_round22'],
    ['Her phone has gone missing yet again.', 'missing_yet_again_round22'],
    ['The man went missing yet again from his bail address.', 'missing_yet_again_round22'],
    ['Mum is obsessed with older men, Lottie says.', 'obsessed_with_men_round22'],
    ['The man is obsessed with her and keeps messaging.', 'obsessed_with_men_round22'],
    ['She is obsessed with men’s football.', 'obsessed_with_men_round22'],
    ['Mum works on the production line at the factory.', 'working_line_round22'],
    ['He is working on the touchline as a steward.', 'working_line_round22'],
    ['Staff working on the helpline took the call.', 'working_line_round22'],
    ['Mum keeps bringing men back to the house.', 'bringing_men_back_round22'],
    ['Staff brought the men back to the office for interview.', 'bringing_men_back_round22'],
    ['The force has a resources issue because of budget cuts.', 'resource_drain_round22'],
    ['The project has a resource issue with staffing.', 'resource_drain_round22'],
    ['A man was exposing himself to girls outside the school.', 'exposing_self_round22'],
    ['She was exposing herself to sunburn on the trip.', 'exposing_self_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: existing entries reach further (trafficking, an older group, the men’s flat, sexualised beyond her years)', () => {
  it.each([
    ['Leaving care: the council’s note says that Kemi wanted to go back to him; he is the man who trafficked her.', 'went_back_to_him'],
    ['NRM: Ilir came willingly and knew what the work would be.', 'willingly'],
    ['YOT: Jaden got involved with an older group from Leicester last spring.', 'involved_in'],
    ['MASH: the girls were happy to go to the men’s flat, according to the referral.', 'readily'],
    ['Strategy meeting: Keeley is sexualised beyond her years and will often speak of sex.', 'mature_for_age'],
  ])('%s -> %s', found);

  it.each([
    ['NRM referral: the family engaged willingly with the assessment.', 'willingly'],
    ['She gave her account willingly to the NRM first responder.', 'willingly'],
    ['She came willingly to the clinic for her appointment.', 'willingly'],
    ['She got involved with an older group of volunteers at the youth club.', 'involved_in'],
    ['He got involved with older lads at the boxing club, which his coach says has helped him.', 'involved_in'],
    ['Staff were happy to go to the men’s shed project with him.', 'readily'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: adults named as the child’s friends', () => {
  it.each([
    ['C&F assessment: the men are described as Isla’s friends, although they are all over 30.', 'adults_as_friends_round22'],
    ['The 2010 file describes the men at the takeaway as her friends and takes it no further.', 'adults_as_friends_round22'],
    ['The 2010 record lists the four adult men only as Chloe’s friends from the takeaway.', 'adults_as_friends_round22'],
  ])('%s -> %s', found);

  it.each([
    ['The men were her dad’s friends from work.', 'adults_as_friends_round22'],
    ['She went with the men as her friends were going too.', 'adults_as_friends_round22'],
    ['The girls at the party were her friends from school; the men were not known to her.', 'adults_as_friends_round22'],
    ['Police describe the men as friends of the family.', 'adults_as_friends_round22'],
    ['The boys are her friends from the youth club and the men run the club.', 'adults_as_friends_round22'],
    ['Her "sugar daddy", as her friends call him, is 52.', 'adults_as_friends_round22'],
    ['Abbie, 14, went along with it because she thought the men were her friends.', 'adults_as_friends_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: idiom and dialect for company and for waving harm away', () => {
  it.each([
    ['Ring from school: N hanging round with the olders again at dinner.', 'associating_with'],
    ['Assessment: the risk to Brandon comes from his association with older males.', 'associating_with'],
    ['Officers recorded that the 14-year-old was mixing with known drug users but came to no harm.', 'associating_with'],
    ['Foster carer’s email: honestly it was nowt to worry about, she’s just mardy since she came back.', 'nothing_to_worry'],
    ['Dad told the social worker it was nothing to get worked up about.', 'nothing_to_worry'],
    ['Strategy minutes: Dad said Harley is a wrong ’un and the family want nothing more to do with him.', 'character_labels_round22'],
  ])('%s -> %s', found);

  it.each([
    ['GP: it was nowt to worry about, the rash is eczema.', 'nothing_to_worry'],
    ['The charity works in association with older people’s services.', 'associating_with'],
    ['Mum has been mixing with known drug users again, the neighbour says.', 'associating_with'],
    ['He hangs round with his cousins, who are older, at the park.', 'associating_with'],
    ['The family is no stranger to the police.', 'character_labels_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: a role in drug supply made small, winding others up, luck and romance, not minding', () => {
  it.each([
    ['Court report: the arresting officer described Declan as "a little runner" who knew the area better than the police did.', 'diminutive_crime_round22'],
    ["Officer: 'He's one of their little dealers, we see him every week.'", 'diminutive_crime_round22'],
    ['CPOMS: Y7 boy says the older lads call him their “little soldier”.', 'diminutive_crime_round22'],
    ['Placement log: Mum told staff it was “only a slap” from the 22-year-old and that Tia had “wound him up”.', 'winding_up_round22'],
    ['Daily log: Ebony winds the younger girls up and encourages them to go out to the cars.', 'winding_up_round22'],
    ['Handover: Skye is winding staff up to get a reaction.', 'winding_up_round22'],
    ["C-card session: 14 y/o boy sleeping with a 31-year-old woman from the gym; dad's view that he is a 'lucky lad' noted.", 'lucky_lad_round22'],
    ['MASH note: mum says her daughter is “loved up” with a 29-year-old.', 'loved_up_round22'],
    ['Girls’ group: Precious said her “man” is 30 and that she doesn’t mind what he asks her to do.', 'doesnt_mind_round22'],
    ['The 16-year-old said he was paid £50 a day and that he “didn’t mind” because he needed the money.', 'doesnt_mind_round22'],
    ['Dad said Courtney has been with loads of lads and asks for it.', 'brought_on_self'],
  ])('%s -> %s', found);

  it.each([
    ['Mum calls him her little soldier after the operation.', 'diminutive_crime_round22'],
    ['Mia is a keen little runner at the athletics club.', 'diminutive_crime_round22'],
    ['He played with his little soldiers and lego all afternoon.', 'diminutive_crime_round22'],
    ['The boys were winding him up at school about his trainers.', 'winding_up_round22'],
    ['She wound up in hospital after the fall.', 'winding_up_round22'],
    ['The lucky lad won the raffle at the school fair.', 'lucky_lad_round22'],
    ['Mum and her new partner, 45, are loved up.', 'loved_up_round22'],
    ['She doesn’t mind waiting for the bus with the men from the day centre.', 'doesnt_mind_round22'],
    ['He didn’t care about the money his nan gave him.', 'doesnt_mind_round22'],
    ['She asks for it to be kept private when she talks to the nurse.', 'brought_on_self'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: roles, records and relationships (second pass over the tuning sets)', () => {
  it.each([
    ['Custody note: DP a willing courier for the Quenbridge group.', 'willing_role_round22'],
    ["A 2011 YOT note describes the 15-year-old as 'on the rent' at the coach station.", 'soliciting_round22'],
    ['GP entry: teenage girl chasing older men, mum worried.', 'chasing_men_round22'],
    ['SW note: she is addicted to the attention she gets online from older men.', 'after_attention_round22'],
    ['MFH log: Precious has a regular client who collects her from the hostel.', 'regular_client_round22'],
    ['Sexual health: she has a regular who pays for her phone.', 'regular_client_round22'],
    ['Officer’s note: Kasey made a false allegation against the taxi driver last year, so treat her account with caution.', 'false_allegation_round22'],
    ['CIN minutes: mum feels Kacey is beyond help and wants her moved.', 'beyond_help_round22'],
    ['Youth worker: Josh idolises the dealers and wants to be like them.', 'idolises_round22'],
    ['The 2013 YOT record reads that Tomasz has chosen a life of crime over his education.', 'life_of_crime_round22'],
    ['The unit’s logs describe the 13-year-old as having escaped through her bedroom window.', 'missing_as_escape_round22'],
    ['YP made off from staff in the town centre and was seen getting into an unknown car.', 'missing_as_escape_round22'],
    ['Officer’s handover: just another CSE case, girl won’t talk, NFA.', 'just_another_case_round22'],
    ['Police closed the report: the 15-year-old had suffered nothing worse than a hangover after the night at the men’s house.', 'hangover_round22'],
    ['A&E: 15F, facial bruising after what the triage nurse called a domestic with her 24-year-old partner; no referral made.', 'a_domestic_round22'],
    ['Officer’s note: Connor is deep in the drugs game and knows exactly what he’s doing.', 'deep_in_round22'],
    ['NRM referral: the young person entered the UK illegally and worked in a car wash.', 'entered_illegally_round22'],
    ['GP: 16M, reports hook-ups with men he meets on apps, advised re condoms.', 'hook_ups_round22'],
    ['She is loved-up with a 30-year-old.', 'loved_up_round22'],
    ['Police: they’re in love, he is 23 and she is 15.', 'relationship_normalised'],
    ['She can well look after herself with the men, the officer says.', 'can_look_after_self'],
  ])('%s -> %s', found);

  it.each([
    ['She is a willing helper at the food bank.', 'willing_role_round22'],
    ['He is a keen runner and a willing member of the athletics club.', 'willing_role_round22'],
    ['The solicitor was soliciting witnesses for the hearing.', 'offender_label_round13'],
    ['The charity is soliciting donations for the food bank.', 'offender_label_round13'],
    ['She is on the rent book as the tenant.', 'soliciting_round22'],
    ['Police officers chased older men from the park.', 'chasing_men_round22'],
    ['Her aunt has always been after older men, mum says.', 'after_attention_round22'],
    ['The salon where Tia does her work experience has regular clients on Saturdays.', 'regular_client_round22'],
    ['The man made a false allegation against her to the police.', 'false_allegation_round22'],
    ['The car is beyond repair and beyond help.', 'beyond_help_round22'],
    ['He idolises his older brother.', 'idolises_round22'],
    ['He looks up to the older boys at football.', 'idolises_round22'],
    ['The mentor works to steer him away from a life of crime.', 'life_of_crime_round22'],
    ['The man did a runner from the taxi without paying.', 'missing_as_escape_round22'],
    ['She escaped from the men who held her at the flat.', 'missing_as_escape_round22'],
    ['Police were called to a domestic between mum and her partner.', 'a_domestic_round22'],
    ['He was deep in thought about the game.', 'deep_in_round22'],
    ['The agent who brought him entered the UK illegally.', 'entered_illegally_round22'],
    ['He is hooking up the new console for the men’s group.', 'hook_ups_round22'],
    ['Mum and her 40-year-old partner say they are in love.', 'relationship_normalised'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: third pass (activities, members, sleepovers, approximate ages, own free will)', () => {
  it.each([
    ['MACE update: Logan is engaging in county lines activity between Hackney and Margate.', 'engaging_in_crime_round22'],
    ['yp was described at the MACE as a knowing and active member of the group rather than someone being used by it.', 'knowing_member_round22'],
    ['According to the initial log she had a sleepover at the 29-year-old’s flat.', 'sleepover_round22'],
    ['The 2012 note records that the girls were just hanging around the takeaway and there was nothing sinister about it.', 'nothing_to_worry'],
    ['Residential log: Kacey spent the night at her admirer’s place in Oldham, a man aged 30.', 'boyfriend_adult'],
    ['DSL: Poppy (13) says her boyfriend is about 20 and works at the hand car wash.', 'boyfriend_adult'],
    ['ED: 14yo brought in by her bf (approx 25 years) who left before police arrived.', 'boyfriend_adult'],
    ['RHI: Ruby said she went to Blackpool of her own free will and that nobody made her go.', 'willingly'],
    ['The strategy meeting minutes say the girls were "going willingly" to the takeaway most evenings.', 'willingly'],
    ['He is known to be selling his body at Hanley bus station, per a 2015 intelligence log.', 'sells_herself'],
  ])('%s -> %s', found);

  it.each([
    ['The gang is engaging in criminal activity across the town.', 'engaging_in_crime_round22'],
    ['Work is focused on preventing him engaging in criminal activity.', 'engaging_in_crime_round22'],
    ['She had a sleepover at her friend’s house for her birthday.', 'sleepover_round22'],
    ['Police found nothing sinister about the fire.', 'nothing_to_worry'],
    ['She has a secret admirer in Year 9 who leaves notes.', 'boyfriend_adult'],
    ['The flat is about 20 minutes from her boyfriend’s school.', 'boyfriend_adult'],
    ['Her boyfriend moved here about 20 years ago with his parents, mum says.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: back home fine needs a missing episode, not its own return verb (review 21b L17, left from round 21)', () => {
  it.each([
    ['MFH closure: Jade returned home fine and no further action is needed.', 'returned_fine'],
    ['Jade went missing on Friday and came back fine on Sunday.', 'returned_fine'],
    ['RHI: came back fine, would not say where she had been.', 'returned_fine'],
  ])('%s -> %s', found);

  it.each([
    ['He came back fine from the shop with his brother.', 'returned_fine'],
    ['She came back fine from her dad’s at the weekend.', 'returned_fine'],
    ['He got home okay after the cinema.', 'returned_fine'],
    ['He hooks up with his friends online to play games after school.', 'hook_ups_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: self-review of the new entries on ordinary sentences', () => {
  it.each([
    'Mum says the family had a great time with the adults at the wedding.',
    'He had a good laugh with the men at the football on Saturday with his dad.',
    'She enjoyed the trip and had a nice time with the older girls in the choir.',
    'He lets the older boys go first in the lunch queue.',
    'He let the older lads borrow his football.',
    'Staff let the men from the gas board in to fix the boiler.',
    'She is happy enough to go to the dentist now.',
    'He was more than happy to help with the washing up.',
    'He runs for the Harriers and trains three times a week.',
    'She made no attempt to leave the meeting early.',
    'She is a real piece of work in art class, her teacher says admiringly.',
    'He was no stranger to hard work on the farm.',
    'The main supplier of the school meals is changing.',
    'He is a professional footballer in the making, says his coach.',
    'Theo is a hothead on the football pitch, his coach says.',
    'The family friend is just helping out with the school run.',
    'The neighbour just helped her out with the shopping.',
    'Her cat has gone missing yet again.',
    'He is working on the line at the factory with his uncle.',
    'The youth club has a resource issue with staffing.',
    'Mum was out on the town for her 40th.',
    'He lent his bank card to his mum to buy the shopping.',
    'The carers describe the men at the church as her friends from the choir.',
    'She is beyond help with her maths homework, she jokes.',
    'He looks up to his older cousins.',
    'She escaped from the burning car with minor injuries.',
    'Nothing worse than a hangover for Dad after the wedding.',
    'He is deep in the game on his Xbox.',
    'He is hooking up the speakers for the party.',
    'The winding road up to the farm was icy.',
    'The lucky boy won the raffle prize.',
    'She doesn’t mind what the teacher asks her to do.',
    'He asked for it back after lunch.',
    'She has a regular slot with her counsellor.',
    'He is a willing volunteer at the food bank.',
    'Her parents say they are in love after 20 years.',
    'The appointment is at about 20 past two.',
  ])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });

  it('still finds "the main supplier" for a child', () => {
    found('Custody log: the 15-year-old was booked in as "the main supplier" for the estate.', 'offender_labels_round22');
  });
});

describe('round 22: the criticism cues do not silence a child told or a coping explained in passing', () => {
  it.each([
    ['She chose to go with the men and was told not to call the police.', 'chose_to'],
    ['Running off is how she copes, and she chose to go with the older men again.', 'chose_to'],
    ['She deleted the messages from the men and chose to go back to the flat.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 22: deliveries for older lads', () => {
  it.each([
    ['Sam has been doing deliveries for the older lads around the estate.', 'doing_drops'],
    ['He does drops for the olders outside the shop.', 'doing_drops'],
  ])('%s -> %s', found);

  it.each([
    ['He does deliveries for the older men at the day centre.', 'doing_drops'],
    ['She does the school runs for the older boys next door.', 'doing_drops'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: the choice named once, and a same-age couple', () => {
  it.each([
    ['Police: Jade went off with the men of her own accord again on Saturday night.', 'associating_with'],
    ['Mae is 17 and her girlfriend is 18, and the nurse noted the relationship is supportive.', 'relationship_normalised'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Police: Jade went off with the men of her own accord again on Saturday night.', 'willingly'],
    ['Jade went off with the men again on Saturday night.', 'associating_with'],
    ['Mae is 14 and her boyfriend is 19; the nurse noted the relationship is supportive.', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('round 22: hard negatives from the tuning sets that existing entries flagged', () => {
  it.each([
    ['The 2014 YOT report notes that he plugged the Bluetooth speaker in and played music for the younger boys.', 'plugging'],
    ['The 12-year-old was waiting on a low-level wall outside the library for her nan when the car first pulled up.', 'low_level'],
    ['Ellie’s Saturday job is at the bakery; her boss is a family friend who pays her minimum wage and mum collects her at 4.', 'boss'],
    ['Local businesses, including two takeaways and a taxi firm, have signed up to the awareness scheme in Telford.', 'consent_idiom_round13'],
    ['Jorja looks older in her new school photo because she has had her hair cut short.', 'looks_older'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Josh told police "I’m doing it for myself, it’s my business".', 'consent_idiom_round13'],
    ['He was plugging the drugs for the olders when police stopped the car.', 'plugging'],
  ])('%s -> %s', found);
});

describe('round 22: works for someone older, running for the people', () => {
  it.each([
    ['Mikey says he "works for Ty" and gets paid in food.', 'works_for_round22'],
    ['Custody record: 16M arrested PWITS, states he works for Ricky to pay back what he owes, released under investigation.', 'works_for_round22'],
    ['The boy seems content to carry on working for them as long as the trainers keep coming.', 'works_for_round22'],
    ['Daily record: Bilal returned by police unharmed; he has been running for the people in Larkhollow again.', 'runs_for_group_round22'],
  ])('%s -> %s', found);

  it.each([
    ['Mum works for Asda and gets paid weekly.', 'works_for_round22'],
    ['He works for his uncle at the garage and gets paid in cash.', 'works_for_round22'],
    ['She is working for them at the cafe on Saturdays for £5 an hour.', 'works_for_round22'],
    ['He has worked for years to pay off his debt to the bank.', 'works_for_round22'],
    ['He said the "family" he works for in Hull look after him properly and he owes them.', 'works_for_round22'],
    ['She is running for the people’s panel at the youth council election.', 'runs_for_group_round22'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: plural adults opening a sentence without a determiner', () => {
  it.each([['Men chose to target girls outside the school.', 'chose_to']])('not flagged: %s (%s)', notFound);

  it.each([
    ['Men at the flat said she chose to stay with them.', 'carry_on_choice'],
    ['Adults from the estate told police Jade is dealing drugs for the olders.', 'dealing_label'],
  ])('%s -> %s', found);
});

describe('round 22: running off with an adult, sex with an adult described, going back every time', () => {
  it.each([
    ['Chronology entry: Leanne ran off with her 30-year-old lover.', 'associating_with'],
    ['Nurse note: 15 y/o had unprotected sex with 22 y/o male last weekend, states it was consentual.', 'had_sex_with_adult'],
    ['Fostering note: she goes back to him every time, so there is little more the team can do.', 'went_back_to_him'],
  ])('%s -> %s', found);

  it.each([
    ['He ran off with the older boy’s bike.', 'associating_with'],
    ['She had unprotected sex with her boyfriend, who is also 15.', 'had_sex_with_adult'],
    ['He goes back to them every week for football training.', 'went_back_to_him'],
    ['She ran off with her phone when staff asked for it.', 'brought_on_self'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: second self-review on ordinary sentences', () => {
  it.each([
    'He hangs around with friends aged 18 at the skate park.',
    'He mixes with students aged 18 to 25 at college.',
    'She came willingly to the assessment with her foster carer.',
    'He travelled willingly to the contact centre with his social worker.',
    'Her boyfriend was around 18 months older than her, both at college.',
    'Her boyfriend is about 15 and in her class.',
    'He goes back to them every time for his tea at his nan’s.',
    'The girls were happy to go to the men’s final at Wimbledon.',
    'I do not accept that the school has done enough.',
    'He is a little runner and loves parkrun.',
    'Dad wound the clock up before bed.',
    'The company has regular clients in Leeds.',
    'Police are chasing older men who robbed the shop.',
    'She made off from the ice cream van with her change.',
    'The teenager entered the UK with his parents on a visa.',
    'He is a willing helper on the school trip.',
    'He is engaging in positive activities at the youth club.',
    'She had a sleepover at her best friend’s house with two other girls.',
    'He hooked up his phone to the car speaker.',
    'The men in the band are her mates from the music club.',
  ])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });
});

describe('round 22: an adult by age in a phrase ("a man of 28")', () => {
  it.each([
    ['Midwifery: the father of the baby is Shannon’s partner, a man of 28, who attends appointments with her.', 'partner_adult'],
    ['Our lass is courting a lad of 30 from Stennerby, mam says.', 'dating_adult'],
  ])('%s -> %s', found);

  it.each(['The neighbour lives with her partner, a man of 40, and two dogs.', 'Mum’s partner, a man of 45, has moved in.'])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });
});

describe('round 22: a couple, a benefactor or a sponsor, a sweetheart', () => {
  it.each([
    ['The social worker’s 2010 entry describes the 14-year-old and the 28-year-old as a couple who have been together for a year.', 'couple_round22'],
    ['Social worker: the 16-year-old’s benefactor pays her rent on the flat.', 'benefactor_round22'],
    ['College safeguarding: Ayesha was offered a job by her sponsor in London.', 'benefactor_round22'],
    ['The 2011 record says the 14-year-old’s sweetheart, 25, has promised to marry her when she turns 16.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    'Her sponsor at the charity walk, a man of 60, gave £20.',
    'The company is the main sponsor of the youth club and gave money for the trip.',
    'Mum and her 40-year-old partner are a couple.',
    'A couple of 25-year-old men were seen at the park.',
    'The two 15-year-olds are a couple, both at the same school.',
    'The museum has a patron who gave money for the new wing.',
  ])('not flagged: %s', (text) => {
    expect(languageIds(text)).toEqual([]);
  });
});

describe('round 22: in good spirits on a return from an episode, not from a school trip', () => {
  it.each([
    ['The 2010 chronology entry reads only that Bethany returned to the unit at 06:40 in good spirits and went to bed.', 'return_glossed'],
    ['She was found at a party with older men and was in good spirits.', 'return_glossed'],
  ])('%s -> %s', found);

  it.each([
    ['She returned from the school trip in good spirits.', 'return_glossed'],
    ['She is back to her usual bubbly self after the holiday.', 'return_glossed'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 22: quite happy staying at an adult’s house', () => {
  it.each([['Note of the welfare check: Shay was quite happy staying at the 30-year-old’s house and did not want to come home.', 'happy_enough_round22']])(
    '%s -> %s',
    found,
  );

  it.each([
    ['She is quite happy staying at her nan’s for the weekend.', 'happy_enough_round22'],
    ['He is very happy living with his foster carers.', 'happy_enough_round22'],
    ['She is quite happy going to the flat with her friends after college.', 'happy_enough_round22'],
  ])('not flagged: %s (%s)', notFound);
});
