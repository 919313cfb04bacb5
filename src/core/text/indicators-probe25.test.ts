// Probe 25 (2026-12-01): synthetic sentences written for this probe in the styles the round-25 focus names (front-line
// staff outside social care with their role as a prefix, multi-agency referral forms in sections, strategy-meeting
// minutes), annotated by the rules of test/fixtures/eval/README.md; not taken from any evaluation set. Each line gives
// exactly the findings listed (code, experiencer and flags); hard negatives give none. Lines the spotter still gets
// wrong are listed at the end, with their annotation, for a later round.
import { describe } from 'vitest';
import { givesFindings } from '../../../test/fixtures/text-checks.ts';

describe('Carer daily log: hard negatives', () => {
  givesFindings('Carer daily log: hard negatives', [
    ["Carer daily log: Chloe stayed at her friend's for a sleepover, agreed with her mum.", []],
    ['Carer daily log: she was picked up by her social worker for contact with mum.', []],
    ["Carer daily log: Jess's phone screen cracked and she got a replacement through the insurance.", []],
    ['Carer daily log: staff were low on milk so bought more.', []],
    ['Carer daily log: Kayleigh came back from the cinema with a few friends.', []],
    ['Carer daily log: Freya took her tablets as prescribed.', []],
    ["Carer daily log: Holly returned from her dad's at 6pm as planned.", []],
    ['Carer daily log: staff used a knife to cut the birthday cake.', []],
    ['Carer daily log: she was sick after lunch with the stomach bug going round.', []],
    ['Carer daily log: her nan dropped Megan back at 6pm and came in for a cup of tea.', []],
    ['Carer daily log: Mum shares her location with Ellie through Life360 so she knows she got to school.', []],
    ['Carer daily log: she denies being given anything by the men.', []],
    ['Carer daily log: she has a rash on her neck from a new washing powder.', []],
    ['Carer daily log: he gave three different reasons for wanting a new bike.', []],
    ['Carer daily log: he was brought back by his dad at 7pm after contact.', []],
    ["Carer daily log: she has been sleeping at her friend's house at weekends, agreed with mum.", []],
  ]);
});

describe('Carer daily log: signs', () => {
  givesFindings('Carer daily log: signs', [
    ['Carer daily log: Chloe came back at 2am smelling of alcohol and would not say where she had been.', ['ad_alcohol child', 'am_staying_out_late child']],
    ['Carer daily log: Ben did not return from school; reported missing to police at 10pm.', ['am_missing child']],
    ['Carer daily log: she was picked up by an unknown male in a black car at the end of the road.', ['go_unknown_adults_collect child']],
    ['Carer daily log: Jess has three phones and hides them when staff come in.', ['te_several_phones child']],
    ['Carer daily log: Sasha was very low tonight and said nobody would miss her.', ['ep_low_mood child']],
    ['Carer daily log: Sasha said she hates herself and is ugly and worthless.', ['ep_low_self_esteem child']],
    ['Carer daily log: Kayleigh came back with love bites and said she had been with "a few lads".', ['sh_sexual_activity child']],
    ['Carer daily log: Erin says the older boys said she\'s "family" now and they\'ll look after her.', ['go_older_friends child']],
    ['Carer daily log: Freya took an overdose of her tablets tonight and was taken to A&E.', ['ep_self_harm child']],
    ['Carer daily log: Holly returned at 6am, said she\'d been "out", and wouldn\'t say who with.', ['am_staying_out_late child', 'da_not_disclosing child']],
    ['Carer daily log: staff searched her bag and found a knife and a burner phone.', ['go_carrying_weapons_money child', 'te_several_phones child']],
    ['Carer daily log: Ruby (9) keeps talking about sex acts that a child her age should not know about.', ['sh_sexualised_behaviour child']],
    ['Carer daily log: she has been throwing up after meals and hiding food.', ['ep_eating_problems child']],
    ['Carer daily log: Rosie returned at 3am in a car nobody recognised.', ['am_staying_out_late child']],
    ['Carer daily log: she was tearful and said she wants to die.', ['ep_low_mood child', 'ep_self_harm child']],
    ['Carer daily log: she was missing for three hours on Saturday and came back with cigarettes.', ['am_missing child']],
    ['Carer daily log: the men track her on Life360, which they made her install.', ['te_location_tracked child']],
    ['Carer daily log: Amber was missing overnight and came back in a taxi.', ['am_missing child']],
    ["Carer daily log: Tyler didn't come home last night and his phone was off.", ['am_missing child']],
    ['Carer daily log: she has bruises on her neck that look like fingermarks.', ['ep_injuries_assault child']],
    ['Carer daily log: he gave three different versions of where he had been tonight.', ['da_inconsistent_accounts child']],
    ['Carer daily log: she told staff she tried to take her own life last night.', ['ep_self_harm child']],
    ["Carer daily log: he keeps coming home with cash and won't say where from.", ['rg_unexplained_money child']],
    ['Carer daily log: carers say a man in a white van collected her from the end of the road.', ['go_unknown_adults_collect child']],
    ["Carer daily log: she says she has been sleeping with her friend's uncle.", ['sh_sexual_activity child']],
  ]);
});

describe('Cleaner: hard negatives', () => {
  givesFindings('Cleaner: hard negatives', [
    ["Cleaner: found a guest's wallet under the bed and handed it to reception.", []],
    ['Cleaner: I was exhausted after a double shift.', []],
    ['Cleaner: cleaned up after the builders left plasterboard and nails.', []],
    ['Cleaner: I clean the rooms on the second floor and get paid weekly.', []],
    ['Cleaner: the Saturday girl at the café is 16 and gets paid the proper rate.', []],
    ['Cleaner: he volunteers at the food bank and gets food instead of pay, as agreed with the charity.', []],
    ['Cleaner: found cling film and sandwich bags in the staff kitchen.', []],
  ]);
});

describe('Cleaner: signs', () => {
  givesFindings('Cleaner: signs', [
    ['Cleaner: the girl in room 8 looked exhausted and had bruises on her arms.', ['ep_exhaustion child', 'ep_injuries_assault child']],
    ['Cleaner: a young girl was cleaning the rooms with no pay and the manager said she was his niece.', ['rg_unpaid_work child']],
    ['Cleaner: I found a boy hiding in the storeroom who said he had nowhere to go.', ['fa_unsuitable_accommodation child']],
    ["Cleaner: a girl of about 15 was working in the kitchen of the takeaway late at night and said she doesn't get paid.", ['rg_unpaid_work child']],
    ['Cleaner: there was no alcohol in the room.', ['ad_alcohol child negated']],
    ['Cleaner: found scales, cling film and lots of small bags in the room the teenagers used.', ['go_carrying_drugs child']],
  ]);
});

describe('Coach: hard negatives', () => {
  givesFindings('Coach: hard negatives', [
    ['Coach: Josh was tired after the cup final and rested on Sunday.', []],
    ['Coach: Jayden is running the 400m for the county on Saturday.', []],
    ['Coach: the under-14s travelled to Bristol for the tournament with parents.', []],
    ['Coach: parents were messaged on WhatsApp about the kit order.', []],
    ['Coach: Bella was forced to miss the race with an injury.', []],
    ['Coach: the team got free pizza after winning the cup.', []],
    ['Coach: Harry was threatened with being dropped for being late.', []],
    ['Coach: Ellis stayed out late at the school disco with permission.', []],
    ['Coach: the girls were made to do sit-ups as a punishment for being late.', []],
    ['Coach: Reece was very low today after the team lost the final.', []],
    ['Coach: the club secretary messaged the players on WhatsApp about the fixtures.', []],
    ['Coach: Dad returned at 2am from his night shift at the depot.', []],
    ['Coach: the lads were handed drinks and medals at the end-of-season presentation.', []],
    ['Coach: he kept getting calls from his mum during training asking when he would be home.', []],
    ['Coach: Kyle was hit by the ball in the face during training and has a bruise.', []],
    ['Coach: he turned up to training covered in mud from the last game.', []],
    ["Coach: the match was live streamed to parents who couldn't travel.", []],
    ['Coach: he said "they\'ll batter us" about the other team before the match.', []],
    ['Coach: his knee has a bruise from the tackle; he told me where it happened.', []],
    ['Coach: his mum has been drinking more water since the marathon training started.', []],
    ['Coach: he has a sugar habit and drinks too much fizzy pop.', []],
    ['Coach: she pulled a hamstring in the race and will miss the next fixture.', []],
    ['Coach: the winger was flashing his new boots at training.', []],
    ['Coach: the other team are going to do us in the final, says the captain.', []],
    ['Coach: she has stopped coming to Tuesday sessions because of her exams.', []],
    ["Coach: mum won't answer my messages about the kit order.", []],
    ['Coach: he took his own life savings to buy the new bike.', []],
    ['Coach: the club makes him feel safe and wanted, mum says.', []],
    ['Coach: mum said she would cut his fringe before the photos.', []],
    ['Coach: he has a cut lip from a fall in training.', []],
  ]);
});

describe('Coach: signs', () => {
  givesFindings('Coach: signs', [
    ['Coach: Josh has stopped coming to training and looks thin and tired all the time.', ['ep_exhaustion child']],
    ['Coach: one of the lads said Jayden is running drugs for a gang in town.', ['go_carrying_drugs child']],
    ['Coach: Mo has been turning up with a black eye and a cut lip and says he fell.', ['ep_injuries_assault child']],
    ['Coach: Bella told me an older lad forced her to do sexual things.', ['sh_sexual_assault child']],
    ['Coach: Ali says he gets free food and cigarettes from the men at the takeaway.', ['rg_unexplained_gifts child']],
    ["Coach: Harry said someone threatened to hurt his little sister if he didn't keep selling.", ['go_threats_violence child']],
    ['Coach: Dean says the olders give him status and he gets to ride in their cars.', ['rg_status_rewards child']],
    ["Coach: he turned up to training covered in bruises and wouldn't say how he got them.", ['ep_injuries_assault child']],
    ['Coach: her dad had a drink problem years ago.', ['fa_parental_substance_misuse other historical']],
    ['Coach: his mum has been drinking heavily since his dad died.', ['fa_parental_substance_misuse other']],
    ["Coach: she always has money for new kit but mum says she doesn't give her any.", ['rg_unexplained_money child']],
    ["Coach: she has stopped coming to every session and won't answer my messages.", ['da_not_engaging child']],
  ]);
});

describe('Education: hard negatives', () => {
  givesFindings('Education: hard negatives', [
    ['Education: Sophie was excluded from the team photo because she was absent that day.', []],
    ['Education: he fell asleep on the coach home from the trip.', []],
    ['Education: Sam has changed schools after the family moved.', []],
    ['Education: the family moved to a new house on Church Street; address updated.', []],
    ["Education: staff get lots of messages about parents' evening.", []],
    ['Education: Ruby was isolating with Covid for five days.', []],
    ['Education: Brandon talked to the police officer at the careers fair.', []],
    ["Education: the school has no concerns about Alfie's safety.", []],
    ['Education: the school withdrew the offer of a place after the appeal.', []],
    ["Education: he won't talk to anyone about football since his team went down.", []],
    ['Education: the class watched a live stream of the rocket launch.', []],
    ["Education: he's carrying a lot of books around for his exams.", []],
    ["Education: she isn't in school because she looks after her mum, who has MS.", []],
    ['Education: he has been telling other pupils about the school trip.', []],
    ['Education: she has been sharing pictures of her holiday with friends.', []],
    ['Education: the PSHE lesson was about the drug problem in the town.', []],
    ['Education: Harley was threatened with detention for his phone.', []],
    ["Education: Mia's friend said Mia sells vapes at school.", []],
    ['Education: she says her teammates are her friends and they look after her at away games.', []],
    ['Education: a boy in Year 10 shared a photo of the school trip around the year group.', []],
    ['Education: the maths did not add up on his worksheet.', []],
    ["Education: he doesn't know which street his new school is on yet.", []],
    ['Education: the timetable has changed completely this term.', []],
  ]);
});

describe('Education: signs', () => {
  givesFindings('Education: signs', [
    ['Education: Sophie has been permanently excluded and now attends a PRU.', ['am_school_exclusion child']],
    ['Education: he is falling asleep in lessons and has no energy.', ['ep_exhaustion child']],
    ["Education: Sam's behaviour has changed a lot, he is angry, secretive and his friends have changed.", ['ep_change_in_behaviour child']],
    ['Education: she has told staff she gets horrible messages every night and people post about her online.', ['te_online_bullying child']],
    ["Education: Ruby has been self-isolating and doesn't talk to anyone in class anymore.", ['ep_isolated child']],
    ["Education: she doesn't talk to anyone in class anymore and sits alone at lunch.", ['ep_isolated child']],
    ["Education: he won't talk to anyone about what happened at the party.", ['da_not_disclosing child']],
    ["Education: she won't talk to anyone about the men in the car.", ['da_not_disclosing child']],
    ['Education: she was made to do things on a video call while men watched.', ['te_live_streaming child']],
    ['Education: he has an EHCP for autism and struggles to understand who is safe.', ['ep_learning_disability child']],
    ['Education: he has been telling other pupils he can get them weed.', ['go_carrying_drugs child']],
    ["Education: she hasn't been excluded and her attendance is fine now.", ['am_school_exclusion child negated']],
    ['Education: her best friend has been sent nudes by a man online.', ['te_sexual_images other']],
    ['Education: Mia\'s friend said Mia is doing "stuff" with older boys for vapes.', ['rg_sex_exchange child']],
    ['Education: she says the men are her friends and they look after her.', ['da_protects_abusers child']],
    ["Education: he has Down's syndrome and is easily led.", ['ep_learning_disability child']],
    ['Education: she has changed completely since she met the older boys.', ['ep_change_in_behaviour child']],
  ]);
});

describe('Family: hard negatives', () => {
  givesFindings('Family: hard negatives', [
    ['Family: Mum and dad separated amicably and share care.', []],
    ['Family: Dad works in the prison service as an officer.', []],
    ['Family: mum went to work and the children were with their nan.', []],
    ['Family: her sister is away at university in Leeds.', []],
    ['Family: mum is married to a man from work.', []],
    ['Family: dad left for work before the children got up.', []],
    ['Family: nan has dementia and lives with them.', []],
    ['Family: dad gets loud when his team loses.', []],
    ['Family: mum works as a domestic at the hospital.', []],
  ]);
});

describe('Family: signs', () => {
  givesFindings('Family: signs', [
    ["Family: Mum drinks every day and often doesn't get up.", ['fa_parental_substance_misuse other']],
    ['Family: Mum has bipolar disorder and was sectioned last year.', ['fa_parental_mental_health other', 'fa_parental_mental_health other historical']],
    ['Family: Dad hit mum in front of the children; police were called.', ['fa_domestic_abuse other']],
    ["Family: mum's new partner is a known drug dealer who uses the house.", ['fa_family_links_to_exploitation other']],
    ['Family: the children were left alone for days with no food and mum was out.', ['fa_neglect child']],
    ['Family: Mum uses heroin and the house is full of people using.', ['fa_parental_substance_misuse other']],
    ['Family: Mum used to use drugs but has been clean for ten years.', ['fa_parental_substance_misuse other historical']],
    ['Family: no history of domestic abuse in the household.', ['fa_domestic_abuse child negated']],
    ['Family: social care were involved when the children were babies due to neglect.', ['fa_neglect child historical']],
    ['Family: mum and dad split up last year and Kian has been moving between the two houses.', ['fa_family_breakdown child historical']],
    ['Family: dad left when she was 5 and she has had no contact since.', ['fa_family_breakdown child historical']],
    ['Family: she has no one at home she can talk to.', ['fa_no_trusted_adult child']],
    ['Family: his parents divorced when he was 3 and he lives with mum.', ['fa_family_breakdown child historical']],
    ['Family: her brother was in a gang when he lived in London.', ['fa_family_links_to_exploitation other historical']],
    ['Family: dad is always drunk and shouts at the children.', ['fa_parental_substance_misuse other']],
  ]);
});

describe('GP receptionist: hard negatives', () => {
  givesFindings('GP receptionist: hard negatives', [
    ['GP receptionist: mum booked her own smear test and asked about the flu jab.', []],
    ["GP receptionist: patient's dad rang to cancel his blood test as he is at work.", []],
    ['GP receptionist: the practice nurse is off on maternity leave.', []],
    ["GP receptionist: the receptionist's daughter was off sick.", []],
    ['GP receptionist: an elderly patient could not remember her date of birth.', []],
    ['GP receptionist: the elderly patient could not remember her address.', []],
    ['GP receptionist: she came with her aunt, who helped with translating at the appointment.', []],
  ]);
});

describe('GP receptionist: signs', () => {
  givesFindings('GP receptionist: signs', [
    ['GP receptionist: Amira (15) phoned asking for the morning after pill for the second time this month.', ['sh_emergency_contraception child']],
    ['GP receptionist: the 14-year-old came in with an older man who answered every question for her.', ['da_coached_account child', 'go_older_friends child']],
    ['GP receptionist: Mum brought in Anna, who has had a miscarriage; Anna is 15.', ['sh_termination child']],
    ['GP receptionist: mum says her daughter was abused by her uncle when she was little.', ['fa_previous_abuse child historical']],
    ['GP receptionist: the man with her said he was her uncle but they looked nothing alike and he held her passport.', ['da_documents_held child']],
    ['GP receptionist: no sign of any pregnancy.', ['sh_pregnancy child negated']],
  ]);
});

describe('Handover: hard negatives', () => {
  givesFindings('Handover: hard negatives', [
    ['Handover: Leon earned £40 doing a paper round this week.', []],
    ['Handover: Amy ate all her dinner and asked for seconds.', []],
    ["Handover: staff found Ryan's lost PE kit in the garden.", []],
    ['Handover: Jake says he was told to hold the door for the delivery man.', []],
    ['Handover: Noah has a new learning mentor at college.', []],
    ["Handover: Keira didn't want to go to the dentist.", []],
    ["Handover: Maya's sex education lesson was on puberty.", []],
    ['Handover: Dylan was sent homework videos by his teacher on Teams.', []],
    ['Handover: staff had a drink at the leaving do.', []],
    ['Handover: Shay took his hay fever pills before the park trip.', []],
    ['Handover: Zac came back from his football match happy.', []],
    ['Handover: Ollie took his hay fever tablets before the trip to the farm.', []],
    ['Handover: staff found a knife in the kitchen drawer that was missing from the cutlery set.', []],
    ['Handover: Jordan says he has to go back to school on Monday.', []],
    ['Handover: he came back with a cut on his hand from carving pumpkins with staff.', []],
    ["Handover: Kian is scared of the dentist and wouldn't go in.", []],
    ['Handover: staff used the kitchen scales and cling film to prepare the cake.', []],
    ['Handover: she screamed with excitement at the theme park.', []],
    ["Handover: her aunt keeps messaging her on Snapchat telling her she's beautiful.", []],
    ["Handover: staff know where he was staying; it was his nan's.", []],
    ["Handover: she gets a call from mum and then leaves for her dad's as planned.", []],
  ]);
});

describe('Handover: signs', () => {
  givesFindings('Handover: signs', [
    ['Handover: Leon returned at 11pm with £200 in cash and a new jacket.', ['rg_unexplained_gifts child', 'rg_unexplained_money child']],
    ['Handover: Amy has not eaten properly for three days and is throwing up after meals.', ['ep_eating_problems child']],
    ["Handover: staff found cannabis in Ryan's room.", ['ad_drug_use child']],
    ['Handover: night staff report Mason was on his phone all night getting calls from withheld numbers.', ['te_worrying_calls child']],
    ["Handover: Noah has a learning disability and doesn't understand money or danger.", ['ep_learning_disability child']],
    ['Handover: Keira refused to speak to the police and swore at the officer.', ['da_hostile child', 'da_not_engaging child']],
    ['Handover: Dylan was sent videos of a sexual nature by an adult on Discord.', ['te_adults_contact_online child', 'te_sexual_images child']],
    ["Handover: Theo's been drinking every day and is drunk most nights.", ['ad_alcohol child']],
    ['Handover: Shay was sick in his room after taking pills at a party.', ['ad_drug_use child']],
    ["Handover: Zac came back with a new tattoo and won't say who paid for it.", ['rg_unexplained_gifts child']],
    ['Handover: Demi swallowed a packet of paracetamol in the bathroom.', ['ep_self_harm child']],
    ['Handover: a search of his room found a machete under the mattress.', ['go_carrying_weapons_money child']],
    ['Handover: Leah was not missing last night; she was in bed by 10.', ['am_missing child negated']],
    ["Handover: Kian says he's scared to go out because people are looking for him.", ['go_threats_violence child']],
    ['Handover: she screamed at staff and threw a chair when asked where she had been.', ['da_hostile child']],
    ['Handover: he came back shaking and would not say what had happened.', ['da_not_disclosing child']],
    ['Handover: she gets a call and then leaves, and comes back hours later.', ['te_worrying_calls child']],
    ['Handover: he is angry with everyone in authority and refuses to talk.', ['da_hostile child', 'da_not_engaging child']],
  ]);
});

describe('Health: hard negatives', () => {
  givesFindings('Health: hard negatives', [
    ['Health: attended A&E with a broken wrist after falling off her bike, mum present.', []],
    ['Health: she has lost weight as planned with the dietitian.', []],
    ['Health: the clinic terminated the contract with the cleaning company.', []],
    ['Health: she took paracetamol for a headache.', []],
    ['Health: brought in by ambulance after a car crash; parents present.', []],
    ['Health: he was hurt by a ball when he was younger and still has a scar on his knee.', []],
    ['Health: she has a scar from her appendix operation in 2023.', []],
    ['Health: he came into A&E with a cut from a kitchen knife while cooking.', []],
    ['Health: the school nurse ran a session on puberty and periods.', []],
    ['Health: the swab at the clinic found an infection, and she said she had been with older men.', []],
  ]);
});

describe('Health: signs', () => {
  givesFindings('Health: signs', [
    ['Health: chlamydia positive at the sexual health clinic; second STI this year.', ['sh_sti child']],
    ['Health: STI screen negative.', ['sh_sti child negated']],
    ['Health: she has lost a lot of weight and skips meals.', ['ep_eating_problems child']],
    ['Health: she had a termination in June and is now asking for the pill.', ['sh_termination child']],
    ['Health: she was seen in the walk-in centre after taking 20 paracetamol.', ['ep_self_harm child']],
    ['Health: presented with an STI and said she has had sex with older men for money.', ['rg_sex_exchange child', 'sh_sti child']],
    ['Health: has chlamydia and gonorrhoea; says she has had several partners she met through a friend.', ['sh_many_partners child', 'sh_sti child']],
    ['Health: heavily intoxicated, found unconscious in the park and brought in by ambulance.', ['ad_intoxication_hospital child']],
    ['Health: the nurse reported images of a sexual nature on a shared laptop at the adult ward.', ['te_sexual_images child']],
    ['Health: he has been in a foster placement since March.', ['fa_in_care child']],
    ['Health: she was abused by her stepdad when she was little, and he went to prison.', ['fa_previous_abuse child historical']],
    ['Health: she was given vodka and then the men had sex with her.', ['ad_substances_with_sex child']],
    ['Health: she tested positive for gonorrhoea at the clinic.', ['sh_sti child']],
    ['Health: she seemed flat and tearful and said she has no energy.', ['ep_low_mood child']],
    ['Health: she used to self-harm when she was in Year 8 but says she stopped.', ['ep_self_harm child historical']],
    ['Health: mum says she has anxiety and depression and is on medication.', ['ep_low_mood child']],
    ['Health: he came into A&E with a stab wound to his leg and refused to say what happened.', ['da_not_disclosing child', 'ep_injuries_assault child']],
    ['Health: she is pregnant for the second time and is only 15.', ['sh_pregnancy child']],
    ['Health: she had an abortion last year and is now pregnant again.', ['sh_pregnancy child', 'sh_termination child historical']],
    ["Health: she has a broken nose and won't say how.", ['da_not_disclosing child', 'ep_injuries_assault child']],
    ['Health: she said more than one man had sex with her at the party.', ['sh_many_partners child']],
  ]);
});

describe('Hotel night manager: hard negatives', () => {
  givesFindings('Hotel night manager: hard negatives', [
    ['Hotel night manager: a family with two children checked in late after their flight was delayed.', []],
    ['Hotel night manager: the staff Christmas party ran until 1am in the function room.', []],
    ['Hotel night manager: a youth football team stayed with their coaches for the tournament.', []],
    ['Hotel night manager: no children were seen with the party of adult guests.', []],
    ['Hotel night manager: at the wedding reception drinks were handed out to the guests.', []],
    ["Hotel night manager: I'm not sure if the girl was under 18.", []],
  ]);
});

describe('Hotel night manager: signs', () => {
  givesFindings('Hotel night manager: signs', [
    ['Hotel night manager: two men brought three girls of about 14 to a party in room 210.', ['go_taken_to_parties child']],
  ]);
});

describe('Housing officer: hard negatives', () => {
  givesFindings('Housing officer: hard negatives', [
    ['Housing officer: the tenant asked for a repair to the boiler.', []],
    ['Housing officer: the family were moved to a bigger house after the baby was born.', []],
    ['Housing officer: the house is small but clean and the children have their own beds.', []],
    ["Housing officer: Aaron's family rented a flat above the shops.", []],
    ['Housing officer: mum would not give her new address for safety reasons.', []],
    ['Housing officer: Nan lives in a care home and the children visit on Sundays.', []],
    ['Housing officer: the flat has very low water pressure.', []],
    ["Housing officer: she lives with her mum and her mum's partner.", []],
    ['Housing officer: no signs that anyone else is living at the flat.', []],
    ["Housing officer: a teenage girl is staying at her grandad's flat on the third floor while mum is in hospital.", []],
    ['Housing officer: carers are coming and going from the flat to look after the tenant.', []],
  ]);
});

describe('Housing officer: signs', () => {
  givesFindings('Housing officer: signs', [
    [
      "Housing officer: Kian (16) is sofa surfing between friends' houses and has no fixed address.",
      ['fa_unsuitable_accommodation child', 'fa_unsuitable_accommodation child'],
    ],
    ['Housing officer: the flat is overcrowded, damp and has no beds for the children.', ['fa_unsuitable_accommodation child']],
    ['Housing officer: a group of older lads have taken over the flat of a vulnerable adult and Aaron (15) is there daily.', ['go_cuckooing child']],
    ['Housing officer: Tom (17) has been placed in a B&B with adults after leaving care.', ['fa_in_care child', 'fa_unsuitable_accommodation child']],
    ['Housing officer: she is living with two adult men who are not related to her.', ['fa_living_with_unrelated_adults child']],
    [
      'Housing officer: the girl said she sleeps on the sofa in a flat with four older men.',
      ['am_found_with_adults child', 'fa_unsuitable_accommodation child'],
    ],
    ['Housing officer: Callum (17) is sleeping in his car on the retail park.', ['fa_unsuitable_accommodation child']],
    ['Housing officer: neighbours say there are people coming and going from the flat at all hours.', ['go_cuckooing child']],
    ['Housing officer: she is living with a couple she met through a friend.', ['fa_living_with_unrelated_adults child']],
    ["Housing officer: the girl looks after the family's four children all day and does not go to school.", ['fa_domestic_servitude child']],
  ]);
});

describe('Pharmacy: hard negatives', () => {
  givesFindings('Pharmacy: hard negatives', [
    ['Pharmacy: the pharmacist ran a stop smoking clinic for adults on Tuesday.', []],
    ['Pharmacy: he tried to buy codeine for the third time this week and had cash in a roll.', []],
    ['Pharmacy: the delivery driver dropped off the prescription to the care home.', []],
    ['Pharmacy: regular customer, an adult, buying methadone under supervision.', []],
    ['Pharmacy: he asked for clean needles and said they were for his cousin.', []],
    ['Pharmacy: condoms are free on the C-Card scheme for young people.', []],
    ['Pharmacy: the customer owed £2 and paid the next day.', []],
    ['Pharmacy: customer took 2 paracetamol at the counter for a headache.', []],
    ['Pharmacy: the shop is asking customers for money to take part in the charity raffle.', []],
    ['Pharmacy: she said her mum keeps her passport in a safe place at home.', []],
  ]);
});

describe('Pharmacy: signs', () => {
  givesFindings('Pharmacy: signs', [
    ['Pharmacy: staff think she may be pregnant; she bought two tests.', ['sh_pregnancy child hypothetical']],
    ['Pharmacy: he said he needs the money for someone he owes.', ['rg_debt_bondage child']],
    ['Pharmacy: she came in for the morning after pill and said "it\'s the third time, he doesn\'t like condoms".', ['sh_emergency_contraception child']],
    ['Pharmacy: she said she is not on any drugs.', ['ad_drug_use child negated']],
    ['Pharmacy: a man in his 40s keeps buying vodka for the girls outside.', ['ad_substances_given child']],
  ]);
});

describe('Police: hard negatives', () => {
  givesFindings('Police: hard negatives', [
    ['Police: officers attended a burglary at the school over the weekend.', []],
    ["Police: Ethan plays in a five-a-side league with older men from his dad's work.", []],
    ['Police: a car was found abandoned at the retail park.', []],
    ['Police: officers found the missing dog in the park.', []],
    ["Police: the shop's account of the theft was consistent with CCTV.", []],
    ['Police: the 14-year-old from Bradford was on a school trip to Torquay with her class.', []],
    ["Police: Ella's mum was found in the back of her car after the crash.", []],
    ['Police: Tom was seen handing leaflets to people outside the shop for the charity.', []],
    ['Police: she let officers see the CCTV on her phone.', []],
    ['Police: she was driven to netball matches in Leeds, Bradford and Hull by her coach.', []],
    ['Police: she let officers look at her phone and showed them the messages.', []],
  ]);
});

describe('Police: signs', () => {
  givesFindings('Police: signs', [
    [
      'Police: Marcus was arrested in Plymouth with 20 wraps of crack hidden internally.',
      ['go_carrying_drugs child', 'go_drug_arrest_out_of_area child', 'go_internal_concealment child'],
    ],
    ["Police: Marcus's dad was arrested for drink driving in 2021.", ['go_arrests other historical']],
    ['Police: no evidence that Kai is carrying weapons.', ['go_carrying_weapons_money child negated']],
    ['Police: officers found Demi in a car with three adult men at 1am.', ['am_found_with_adults child']],
    ['Police: intelligence suggests Harvey may be holding weapons for an OCG.', ['go_carrying_weapons_money child hypothetical']],
    ["Police: Anya's account changed three times about where she was staying.", ['da_inconsistent_accounts child']],
    ['Police: she said the men told her what to say if police stopped the car.', ['da_coached_account child']],
    ["Police: she says the man is her boyfriend and she won't hear a word against him.", ['da_protects_abusers child']],
    ['Police: dad has convictions for supplying class A drugs.', ['fa_family_links_to_exploitation other']],
    ['Police: no reports of her going missing since the summer.', ['am_missing child negated']],
    ["Police: his mum's partner was arrested for dealing last month.", ['go_arrests other']],
    ['Police: Ella was found in the back of a car with two men in their 30s at 1am.', ['am_found_with_adults child']],
    ['Police: she was threatened by the men after giving evidence at court.', ['go_threats_violence child']],
    ['Police: Tom was seen handing small packages to people in cars outside the shop.', ['go_carrying_drugs child']],
    ['Police: she refused to let officers see her phone.', ['da_not_disclosing child']],
    ['Police: she was driven to hotels in Leeds, Bradford and Hull by the same men.', ['go_taken_to_parties child']],
    ["Police: she won't let the police see her phone and deleted her chats.", ['da_not_disclosing child']],
    ['Police: her story about the journey did not add up.', ['da_inconsistent_accounts child']],
    ['Police: she took back her statement about the man in the car.', ['da_disclosure_withdrawn child']],
    ['Police: she did not know which street the flat in Bradford was on.', ['am_unknown_address child']],
    ['Police: officers found her at 2am in a flat with two adult men.', ['am_found_with_adults child']],
    ['Police: she says money was exchanged for sex at the flat.', ['rg_sex_exchange child']],
    ['Police: nobody knows where he was staying last week.', ['am_unknown_address child']],
    ['Police: she cannot say where the flat was.', ['am_unknown_address child']],
  ]);
});

describe('Reason for referral: hard negatives', () => {
  givesFindings('Reason for referral: hard negatives', [
    ['Reason for referral: Lily needs a school place after moving to the area.', []],
    ['Reason for referral: family holiday to Spain planned; passports are with mum.', []],
    ['Reason for referral: Olivia was pressured into joining the netball team.', []],
    ['Reason for referral: the social worker is on sick leave.', []],
    ['Reason for referral: Education - Ryan is in Year 9 and doing well in English.', []],
    ['Reason for referral: Lola (14) is in a relationship with a boy in her year.', []],
    ["Reason for referral: Education - Kacey's Year 7 results are above average.", []],
  ]);
});

describe('Reason for referral: signs', () => {
  givesFindings('Reason for referral: signs', [
    ['Reason for referral: Lily (14) has been going missing overnight and is seen with men in their twenties.', ['am_missing child', 'go_older_friends child']],
    ['Reason for referral: Olivia was pressured into sending nude pictures to a boy in Year 11.', ['te_sexual_images child']],
    ['Reason for referral: mother has long-standing depression and rarely leaves the flat.', ['fa_parental_mental_health other']],
    ['Reason for referral: Nadia (16) was married to an adult man abroad and is now pregnant.', ['go_older_partner child', 'sh_pregnancy child']],
    ["Reason for referral: Demi's mum is pregnant with her fourth child.", ['sh_pregnancy other']],
    [
      'Reason for referral: mum reports Kayla has been going missing for a few hours at a time and comes back with alcohol on her breath.',
      ['ad_alcohol child', 'am_missing child'],
    ],
    ['Reason for referral: Mum is worried Skye might be seeing an older man she met online.', ['go_older_partner child hypothetical']],
    ['Reason for referral: in 2023 she was found at a house with adult men in Stoke.', ['am_found_with_adults child historical']],
    ['Reason for referral: Health - attended A&E twice in May after drinking until she passed out.', ['ad_intoxication_hospital child']],
    ['Reason for referral: Police - intelligence that Nia is being taken to hotels in Manchester by men.', ['go_taken_to_parties child']],
    [
      'Reason for referral: YOT - on a referral order for shoplifting; says older boys told him what to take.',
      ['go_arrests child', 'go_forced_theft_begging child'],
    ],
    ['Reason for referral: Lola (14) is in a relationship with a 20-year-old.', ['go_older_partner child']],
    ['Reason for referral: Health - Kacey has been self-harming by burning herself with lighters.', ['ep_self_harm child']],
    ['Reason for referral: Linh came to the UK with a man who is not her father and lives with him.', ['fa_unaccompanied_migrant child']],
  ]);
});

describe('School attendance officer: hard negatives', () => {
  givesFindings('School attendance officer: hard negatives', [
    ['School attendance officer: Tia missed two days with tonsillitis, note from mum, attendance otherwise 97%.', []],
    ['School attendance officer: the Year 9 trip to York was cancelled because of the coach strike.', []],
    ['School attendance officer: she helps her mum with the shopping on Saturdays.', []],
    ['School attendance officer: Kyle lives with his grandparents.', []],
    ['School attendance officer: parents wait at the gates at 3pm.', []],
    ['School attendance officer: attendance is 96% and improving.', []],
    ['School attendance officer: he has missed 3 days this year, all for hospital appointments.', []],
    ['School attendance officer: he has missed 12 days this term after his operation.', []],
    ['School attendance officer: Leah is being home educated and the EHE officer visited last week.', []],
    ['School attendance officer: Demi is absent every Friday morning for her hospital treatment, agreed with school.', []],
  ]);
});

describe('School attendance officer: signs', () => {
  givesFindings('School attendance officer: signs', [
    ["School attendance officer: Kayla's attendance has dropped to 61% this term and she leaves after registration most days.", ['am_school_absence child']],
    ['School attendance officer: Jordan keeps walking out of school at lunch and not coming back.', ['am_school_absence child']],
    ['School attendance officer: he has been on a reduced timetable since October after the exclusion.', ['am_school_exclusion child']],
    ['School attendance officer: no concerns about attendance, which is 99%.', ['am_school_absence child negated']],
    ['School attendance officer: Chantelle has been out of education since she moved here from Romania.', ['am_school_absence child']],
    ['School attendance officer: Amira has been missing from lessons after lunch every day this week.', ['am_school_absence child']],
    ['School attendance officer: her attendance is 52% and mum says she is "with friends" most days.', ['am_school_absence child']],
    ['School attendance officer: he has missed 30 days this year and is seen around town in school hours.', ['am_school_absence child']],
    ['School attendance officer: she has missed 25 days since September with no reason given.', ['am_school_absence child']],
    ["School attendance officer: Demi is absent every Friday and mum doesn't know where she goes.", ['am_school_absence child']],
  ]);
});

describe('School reception: hard negatives', () => {
  givesFindings('School reception: hard negatives', [
    ['School reception: Grandad collected Leah at 3pm as arranged with mum.', []],
    ['School reception: the office staff bought a new printer for the reception area.', []],
    ['School reception: the taxi for the SEN pupils was booked by the council.', []],
    ["School reception: she came to school with a man who is not her father but is on the contact list as mum's partner.", []],
  ]);
});

describe('School reception: signs', () => {
  givesFindings('School reception: signs', [
    ["School reception: Ellie came in wearing a new designer coat and says she doesn't know who paid for it.", ['rg_unexplained_gifts child']],
    ['School reception: she was collected by a different older man each day this week.', ['go_unknown_adults_collect child']],
    ["School reception: mum rang to say Precious hasn't been home since Friday.", ['am_missing child']],
    ['School reception: a man in a black Audi collected her at lunchtime.', ['go_unknown_adults_collect child']],
  ]);
});

describe('Shop security: hard negatives', () => {
  givesFindings('Shop security: hard negatives', [['Shop security: the store had a delivery of spirits and wine for Christmas.', []]]);
});

describe('Shop security: signs', () => {
  givesFindings('Shop security: signs', [['Shop security: an older lad told him to steal the vapes.', ['go_forced_theft_begging child']]]);
});

describe('Shopping centre security: hard negatives', () => {
  givesFindings('Shopping centre security: hard negatives', [['Shopping centre security: the manager gave the staff a free lunch for the busy weekend.', []]]);
});

describe('Station security: hard negatives', () => {
  givesFindings('Station security: hard negatives', [
    ['Station security: a staff member cut his hand on the broken ticket machine.', []],
    ['Station security: the lost property office holds three phones handed in this week.', []],
    ['Station security: a school group from London came to see the museum.', []],
    ['Station security: a busker was playing guitar by the ticket office.', []],
    ['Station security: staff counted the cash from the ticket machines.', []],
    ['Station security: the guard gave the lost child a drink of water.', []],
    ['Station security: the school told the pupils to get the train to Leeds for the university open day.', []],
    ['Station security: the boy said he had never been to Bristol before.', []],
    ['Station security: the boy had a ticket to Margate his mum bought online for his holiday.', []],
    ['Station security: his mum has his passport because they are flying tomorrow.', []],
    ['Station security: passengers were sleeping in the station waiting for the delayed train.', []],
  ]);
});

describe('Station security: signs', () => {
  givesFindings('Station security: signs', [
    ['Station security: a boy aged about 14 was stopped with a knife in his bag on the Leeds train.', ['go_carrying_weapons_money child']],
    ['Station security: two boys from London were found on the train with no tickets and lots of cash.', ['rg_unexplained_money child']],
    ['Station security: a girl was begging for money by the ticket office and a man was watching her from the café.', ['go_forced_theft_begging child']],
    ['Station security: Louis was stopped with £900 in cash and three phones.', ['go_carrying_weapons_money child', 'te_several_phones child']],
    [
      'Station security: a 13-year-old said he had been given a train ticket by a man and told to go to Exeter.',
      ['am_moved_by_others child', 'rg_unexplained_gifts child'],
    ],
    ['Station security: a man bought him a ticket and told him to go to Swansea with a bag.', ['am_moved_by_others child']],
    ['Station security: a boy of about 12 was begging near the exit with a man standing nearby taking the money.', ['go_forced_theft_begging child']],
    ['Station security: the boy had a train ticket to Margate bought online by someone else.', ['am_moved_by_others child']],
    ['Station security: a 16-year-old was sleeping in the bus station overnight.', ['fa_unsuitable_accommodation child']],
  ]);
});

describe('Strategy meeting minutes: hard negatives', () => {
  givesFindings('Strategy meeting minutes: hard negatives', [
    ['Strategy meeting minutes: SW said mum is engaging well and the home is clean.', []],
    ['Strategy meeting minutes: Chair thanked everyone for attending.', []],
    ['Strategy meeting minutes: School said she attended the prom and had a lovely time.', []],
    ['Strategy meeting minutes: the chair said there is no evidence he is being exploited at this time.', []],
    ['Strategy meeting minutes: Housing - the family have rent arrears.', []],
    ['Strategy meeting minutes: Chair - the meeting was withdrawn from the diary.', []],
    ['Strategy meeting minutes: Police - no further action; the boy was a witness.', []],
    ['Strategy meeting minutes: Police - there is no intelligence that Maya is being exploited; School - attendance is good.', []],
  ]);
});

describe('Strategy meeting minutes: signs', () => {
  givesFindings('Strategy meeting minutes: signs', [
    [
      'Strategy meeting minutes: Police said Zara was found in a flat in Hull with two adult men; school said attendance is 40%.',
      ['am_found_with_adults child', 'am_school_absence child'],
    ],
    ["Strategy meeting minutes: Health said she is 12 weeks pregnant and won't say who the father is.", ['da_not_disclosing child', 'sh_pregnancy child']],
    ['Strategy meeting minutes: School nurse said there were no concerns about self-harm.', ['ep_self_harm child negated']],
    ['Strategy meeting minutes: YOT worker said he was threatened with a machete over a drug debt.', ['go_threats_violence child', 'rg_debt_bondage child']],
    ['Strategy meeting minutes: the housing officer said if Leah goes missing again she should be reported straight away.', ['am_missing child hypothetical']],
    [
      'Strategy meeting minutes: Police said she was found at a party with older men where drugs and alcohol were given out.',
      ['ad_substances_given child', 'am_found_with_adults child'],
    ],
    [
      "Strategy meeting minutes: Health - injuries consistent with an assault; Police - she won't say who did it.",
      ['da_not_disclosing child', 'ep_injuries_assault child'],
    ],
    [
      "Strategy meeting minutes: SW reported that the children's home says she was brought back by a man who waited outside.",
      ['da_controlled_return child', 'fa_in_care child'],
    ],
    ["Strategy meeting minutes: SW reported the children's home has a new manager.", ['fa_in_care child']],
    [
      'Strategy meeting minutes: Education said no concerns about attendance; Police said no recent missing episodes.',
      ['am_missing child negated', 'am_school_absence child negated'],
    ],
    ['Strategy meeting minutes: Health said she denies any sexual activity.', ['sh_sexual_activity child negated']],
    ["Strategy meeting minutes: Youth worker - he's wearing new clothes and jewellery and says he doesn't need school.", ['rg_unexplained_gifts child']],
    ['Strategy meeting minutes: Chair - Tanya has withdrawn what she said about the men in the car.', ['da_disclosure_withdrawn child']],
    [
      'Strategy meeting minutes: SW - Jade has had three missing episodes in a month; School - she is on a part-time timetable; Health - she has chlamydia.',
      ['am_missing child', 'am_school_exclusion child', 'sh_sti child'],
    ],
    [
      'Strategy meeting minutes: Police - Kai was arrested in possession of a knife and £600; YOT - he says he owes money.',
      ['go_arrests child', 'go_carrying_weapons_money child', 'rg_debt_bondage child'],
    ],
    ['Strategy meeting minutes: School nurse - no concerns about her weight or eating.', ['ep_eating_problems child negated']],
    ['Strategy meeting minutes: Youth worker - she says her boyfriend is 19 and "treats her well".', ['go_older_partner child']],
    ['Strategy meeting minutes: SW - Mum is struggling with her mental health and has not been getting up.', ['fa_parental_mental_health other']],
    [
      'Strategy meeting minutes: Health - she has attended the GP four times with "stomach pains" and asked for the morning after pill twice.',
      ['sh_emergency_contraception child'],
    ],
    ['Strategy meeting minutes: YOT - he has been given a phone by the olders and has to keep it on.', ['rg_unexplained_gifts child']],
  ]);
});

describe('Taxi driver: hard negatives', () => {
  givesFindings('Taxi driver: hard negatives', [
    ['Taxi driver: regular school run for two children to their special school, booked by the council.', []],
    ['Taxi driver: I drive kids to school for the council every morning.', []],
    ['Taxi driver: the girl said her dad was paying for the taxi home from work.', []],
    ["Taxi driver: I don't think the lad was carrying anything.", []],
  ]);
});

describe('Taxi driver: signs', () => {
  givesFindings('Taxi driver: signs', [
    ['Taxi driver: I picked up a girl of about 13 from a house at midnight and the man paid the fare in cash.', ['am_moved_by_others child']],
    ['Taxi driver: the boy kept getting calls and seemed scared, said he had to deliver something or he would be in trouble.', ['te_worrying_calls child']],
  ]);
});

describe('Taxi marshal: hard negatives', () => {
  givesFindings('Taxi marshal: hard negatives', [
    ['Taxi marshal: the queue was long because of the football match.', []],
    ['Taxi marshal: the taxi firm tracks its cars with GPS.', []],
  ]);
});

describe('Taxi marshal: signs', () => {
  givesFindings('Taxi marshal: signs', [
    ['Taxi marshal: the boy said a man was tracking his phone and knew where he was all the time.', ['te_location_tracked child']],
  ]);
});

describe('YOT: hard negatives', () => {
  givesFindings('YOT: hard negatives', [
    ['YOT: he attends the boxing gym three times a week and enjoys it.', []],
    ['YOT: he was unable to attend because of a hospital appointment and rang ahead.', []],
    ["YOT: he says he can't leave the football team because they need a keeper.", []],
  ]);
});

describe('YOT: signs', () => {
  givesFindings('YOT: signs', [
    ['YOT: Connor has previous convictions for robbery in 2023.', ['go_arrests child historical']],
    ["YOT: Connor's cousin was arrested last week for shoplifting.", ['go_arrests other']],
    ['YOT: he is being told by older boys what to say to the police.', ['da_coached_account child']],
    ['YOT: he has a clean record and has never been arrested.', ['go_arrests child negated']],
    ["YOT: Liam's girlfriend's brother is known to police for supplying.", ['go_arrests other']],
    ['YOT: he says the people he works for will hurt him if he talks to us.', ['go_threats_violence child']],
    ['YOT: if he breaches his curfew again he will go back to court.', ['am_staying_out_late child hypothetical']],
  ]);
});

describe('Youth worker: hard negatives', () => {
  givesFindings('Youth worker: hard negatives', [
    ['Youth worker: Tyler owes his brother a tenner for the cinema.', []],
    ['Youth worker: Mia cut her hair short for the summer.', []],
    ['Youth worker: he trusts his nan and talks to her every day.', []],
    ['Youth worker: Reece bought new trainers with his birthday money.', []],
    ['Youth worker: Leo posted his football pictures online.', []],
    ["Youth worker: Maisie's mum is going out with a man from work.", []],
    ["Youth worker: Kane's mates play football every Thursday.", []],
    ['Youth worker: the youth club held a party for the end of term.', []],
    ['Youth worker: her aunt offered Jodie a room while mum is in hospital.', []],
    ['Youth worker: he opened a bank account with his mum to save his wages.', []],
    ['Youth worker: Precious enjoys cooking with her mum on Sundays.', []],
    ['Youth worker: the RSE session talked about sex and consent in an age-appropriate way.', []],
    ['Youth worker: his teacher told him what to say in the assembly.', []],
    ['Youth worker: a girl from her class she chats to on Snapchat wants to meet at the park.', []],
    ['Youth worker: he asked his mum to lend him her bank card for the school trip.', []],
    ['Youth worker: he feels respected by the younger players he coaches on Saturdays.', []],
    ['Youth worker: she defended her friend who was being picked on in the canteen.', []],
    ['Youth worker: he saw an advert on Instagram for a Saturday job at the garden centre and applied with mum.', []],
    ['Youth worker: several of his friends are in the same five-a-side team.', []],
    ['Youth worker: she did her art lesson on a video call while other pupils watched.', []],
    ["Youth worker: she doesn't get paid for helping her mum with the shopping.", []],
    ['Youth worker: the older girls told her what to take for her GCSE options.', []],
    ['Youth worker: he helps his uncle moving boxes between houses for a removals firm.', []],
    ['Youth worker: he is always buying food for everyone with his wages from the chip shop.', []],
    ['Youth worker: his grandad bought him a new bike for passing his exams.', []],
    ['Youth worker: the police are looking for him and he is scared to come back.', []],
    ['Youth worker: his uncle bought him new trainers for his birthday.', []],
    ['Youth worker: she said the story she told in English class was made up.', []],
    ["Youth worker: she set up an account for the youth club's Instagram page.", []],
    ['Youth worker: he was offered a Saturday job at Tesco after his interview.', []],
    ['Youth worker: she says her teacher will blame her for the broken window.', []],
    ["Youth worker: he won't answer my messages this week because his phone is broken.", []],
    ['Youth worker: she missed all three appointments because she was in hospital with appendicitis.', []],
    ['Youth worker: he stopped seeing his YOT worker when the order was completed.', []],
    ['Youth worker: his friend asked him to hold his coat and bag for him during the match.', []],
    ['Youth worker: they exchanged numbers for the football team group chat.', []],
    ["Youth worker: he spends his evenings with the men from his dad's team at the cricket club.", []],
    ['Youth worker: her aunt took the cousins to a birthday party at the bowling alley.', []],
  ]);
});

describe('Youth worker: signs', () => {
  givesFindings('Youth worker: signs', [
    ['Youth worker: Tyler says he owes money to older boys and has to work it off.', ['rg_debt_bondage child']],
    ['Youth worker: Mia has started self-harming again, cutting her arms.', ['ep_self_harm child']],
    ['Youth worker: Leo told me someone posted his pictures online and they are asking him for money to take them down.', ['te_sextortion child']],
    ['Youth worker: Maisie is going out with an older lad who has a car; she is 14 and he is 19.', ['go_older_partner child']],
    ['Youth worker: Kane told me his mates are being made to sell drugs too.', ['go_peers_exploited other']],
    ['Youth worker: Jaden said he was raped by a man at a party last month.', ['sh_sexual_assault child']],
    ['Youth worker: a man offered Jodie a place to stay in his flat if she "does him favours".', ['rg_accommodation_offered child']],
    ["Youth worker: he's been given a fake bank account and told to let money go through it.", ['rg_bank_account_used child']],
    ['Youth worker: Ava has stopped seeing her friends and spends all her time with a man called K.', ['ep_isolated child']],
    ['Youth worker: Jess says an adult man forced her to do sexual stuff at his flat.', ['sh_sexual_assault child']],
    ['Youth worker: she has taken back everything she said about the men at the flat.', ['da_disclosure_withdrawn child']],
    ['Youth worker: a man is asking him for money to take the photos down from Instagram.', ['te_sextortion child']],
    ['Youth worker: she said the older boys at the party were popping pills and she joined in.', ['ad_drug_use child']],
    ['Youth worker: at the flat, vodka and weed were passed round to the girls.', ['ad_substances_given child']],
    ['Youth worker: the men told him to let money go through his account and keep £50.', ['rg_bank_account_used child']],
    ['Youth worker: she kept getting messages from withheld numbers and looked frightened.', ['te_worrying_calls child']],
    ['Youth worker: he says being with the older lads makes him feel respected and like somebody.', ['rg_status_rewards child']],
    ["Youth worker: she keeps defending him and says he's the only one who cares about her.", ['da_protects_abusers child']],
    ['Youth worker: a man on Instagram offered him £500 a week to work for him.', ['te_online_offers child']],
    ['Youth worker: several of his friends are being used to sell drugs for the same group.', ['go_peers_exploited other']],
    ['Youth worker: the men keep him supplied with weed so he has to keep coming back.', ['ad_supply_controlled child']],
    [
      'Youth worker: he has been hit and threatened by the boys he owes money to.',
      ['ep_injuries_assault child', 'go_threats_violence child', 'rg_debt_bondage child'],
    ],
    ['Youth worker: no concerns about drugs or alcohol at the moment.', ['ad_alcohol child negated', 'ad_drug_use child negated']],
    ['Youth worker: she used to drink a lot when she was 13 but has stopped.', ['ad_alcohol child historical']],
    ['Youth worker: if he goes back to the flat he could be arrested.', ['go_arrests child hypothetical']],
    ['Youth worker: his older sister was sexually exploited when she was younger.', ['fa_family_links_to_exploitation other historical']],
    ['Youth worker: he has never been arrested.', ['go_arrests child negated']],
    ["Youth worker: she says she doesn't trust the police or social workers.", ['da_fear_of_authorities child']],
    ['Youth worker: an older lad bought him a new bike and now says he owes him.', ['rg_debt_bondage child', 'rg_unexplained_gifts child']],
    ["Youth worker: he always has money now and won't say where it comes from.", ['rg_unexplained_money child']],
    ['Youth worker: the older lads bought her a new phone and clothes.', ['rg_unexplained_gifts child']],
    ['Youth worker: she told me about the men and then said the next day that she made it all up.', ['da_disclosure_withdrawn child']],
    ["Youth worker: she says she won't go to the police because they'll just blame her.", ['da_fear_of_authorities child']],
    ["Youth worker: he won't talk to social workers because of what happened to his brother.", ['da_not_engaging child']],
    ['Youth worker: someone set up a fake account pretending to be her and posted horrible things.', ['te_online_bullying child']],
    ['Youth worker: he was offered a "job" on Snapchat that pays £300 a day.', ['te_online_offers child']],
    ['Youth worker: she smells of weed most days and is very paranoid.', ['ad_drug_use child']],
    ['Youth worker: someone posted horrible things about her on TikTok after the party.', ['te_online_bullying child']],
    ['Youth worker: she has missed all three appointments with me this month.', ['da_not_engaging child']],
    ['Youth worker: she was made to perform on camera for men online.', ['te_live_streaming child']],
    ['Youth worker: she has very little confidence and says she is useless.', ['ep_low_self_esteem child']],
    ['Youth worker: his earnings are taken by the men he works for.', ['rg_unpaid_work child']],
    ['Youth worker: she has a man of 26 she calls her boyfriend.', ['go_older_partner child']],
    ['Youth worker: back home she worked as a maid for a family from the age of 11.', ['fa_domestic_servitude child historical']],
    ['Youth worker: he says the gang makes him feel protected and respected.', ['rg_status_rewards child']],
    ['Youth worker: he has to answer the phone within two minutes or they come looking for him.', ['te_location_tracked child']],
    ['Youth worker: he spends his evenings with the men at the car wash.', ['go_older_friends child']],
    ["Youth worker: a man told him he would cut his brother's face if he talked.", ['go_threats_violence child']],
    ['Youth worker: she says she has no adult to turn to at home.', ['fa_no_trusted_adult child']],
    ['Youth worker: she no longer sees any of her friends from school.', ['ep_isolated child']],
  ]);
});

// Known misses (annotation, then what the spotter gives):
// School reception: a man in a grey Audi comes to collect Leah most afternoons; he is not on her contact list.
//   expected: go_unknown_adults_collect child; gives: (none)
// GP receptionist: Lacey asked for a pregnancy test and said her boyfriend is 23.
//   expected: go_older_partner child; sh_pregnancy child hypothetical; gives: go_older_partner child; sh_pregnancy child
// Pharmacy: a girl in school uniform bought emergency contraception and was collected by a man in his thirties.
//   expected: go_unknown_adults_collect child; sh_emergency_contraception child; gives: go_peers_exploited other; sh_emergency_contraception other
// Hotel night manager: a 14-year-old girl was brought in at 2am by two men who booked the room in cash.
//   expected: am_found_with_adults child; gives: (none)
// Taxi marshal: a young lad was dropped off by a man in a BMW and told to get in a taxi to Grimsby with a parcel.
//   expected: am_moved_by_others child; go_carrying_drugs child hypothetical; gives: da_controlled_return child; go_unknown_adults_collect child; go_unknown_adults_collect child
// Station security: found a 15-year-old from Birmingham sleeping on the platform at 3am.
//   expected: am_found_out_of_area child; gives: (none)
// Shop security: the boy was caught stealing to order; he said older lads make him take bottles of spirits.
//   expected: go_forced_theft_begging child; go_older_friends child; gives: go_older_friends child
// Housing officer: a man has moved into mum's flat and uses it to sell drugs; the boys are scared of him.
//   expected: go_cuckooing child; gives: go_carrying_drugs child
// Housing officer: neighbours report lots of people coming and going at all hours from the flat where Jade stays.
//   expected: go_cuckooing child hypothetical; gives: go_cuckooing child
// Youth worker: he doesn't trust anyone and says there is no adult he can talk to.
//   expected: fa_no_trusted_adult child; gives: fa_no_trusted_adult child; fa_no_trusted_adult child negated
// Youth worker: Reece has started wearing expensive trainers and has a new phone he won't explain.
//   expected: rg_unexplained_gifts child; gives: rg_unexplained_gifts child; te_several_phones child
// Carer daily log: Ben was quiet at tea but watched a film with staff.
//   expected: (none); gives: da_not_disclosing child
// Health: attended A&E drunk and unconscious at 1am, brought in by friends.
//   expected: ad_intoxication_hospital child; gives: ad_alcohol child; ad_intoxication_hospital child
// Family: older brother is in a gang and has been stabbed.
//   expected: ep_injuries_assault other; fa_family_links_to_exploitation other; gives: ep_injuries_assault child; fa_family_links_to_exploitation other
// YOT: he says he carries a knife for protection because people are after him.
//   expected: go_carrying_weapons_money child; go_threats_violence child; gives: go_carrying_weapons_money child
// YOT: he was convicted of possession with intent to supply in Norwich, far from home.
//   expected: go_carrying_drugs child; go_drug_arrest_out_of_area child; gives: go_carrying_drugs child
// Youth worker: Grace says a man she met on Snapchat wants to meet her in town.
//   expected: te_adults_contact_online child; te_meeting_online_contacts child hypothetical; gives: te_meeting_online_contacts child
// Youth worker: Grace met her Snapchat friend from school in town.
//   expected: (none); gives: te_meeting_online_contacts child
// Coach: a man who isn't a parent keeps messaging the girls on Instagram and offering them lifts.
//   expected: te_adults_contact_online child; gives: (none)
// Handover: Jake says he has been told to hold a bag for someone and if he loses it he'll have to pay.
//   expected: go_carrying_drugs child; rg_debt_bondage child hypothetical; gives: go_carrying_drugs child
// Reason for referral: concerns Aisha is being trafficked; she arrived alone from Eritrea and her passport is held by an adult.
//   expected: am_moved_by_others child hypothetical; da_documents_held child; fa_unaccompanied_migrant child; gives: am_moved_by_others child; da_documents_held child; fa_unaccompanied_migrant child
// Police: Ethan (15) is known to associate with older males who are involved in county lines.
//   expected: go_older_friends child; gives: go_carrying_drugs child; go_older_friends child
// Family: Dad is in prison for supplying drugs and his associates still visit the house.
//   expected: fa_family_links_to_exploitation other; gives: ad_substances_given other; fa_family_links_to_exploitation other
// School reception: a taxi turns up for Kelsey at lunchtime and nobody knows who booked it.
//   expected: go_unknown_adults_collect child; gives: (none)
// GP receptionist: caller said she is 16 and wants to know about getting an abortion without her mum knowing.
//   expected: sh_termination child hypothetical; gives: sh_termination child
// Pharmacy: the pharmacist advised an adult customer about the morning after pill.
//   expected: (none); gives: sh_emergency_contraception child
// Taxi driver: the lad asked me to wait while he dropped a package at three houses and then paid with a £50 note.
//   expected: go_carrying_drugs child; gives: (none)
// Coach: Mo got a black eye from a clash of heads in the match.
//   expected: (none); gives: ep_injuries_assault child
// Reason for referral: Rhys (13) has been seen sitting in cars with men at the retail park.
//   expected: am_found_with_adults child; gives: go_unknown_adults_collect child
// YOT: he says he doesn't want to work with us and won't attend appointments.
//   expected: da_not_engaging child; gives: (none)
// School attendance officer: she was previously missing from school for a whole term in Year 7.
//   expected: am_school_absence child historical; gives: am_missing child historical; am_school_absence child historical
// Handover: Maya talks about sex in a way that isn't normal for a 10-year-old and touches other children.
//   expected: sh_sexualised_behaviour child; gives: (none)
// Reason for referral: he was found by police in a drug house in Swansea, 150 miles from home.
//   expected: am_found_out_of_area child; go_cuckooing child; gives: ad_drug_use child; am_found_out_of_area child
// Police: she was reported missing by her foster carer and found two days later in Blackpool.
//   expected: am_found_out_of_area child; am_missing child; fa_in_care child; gives: am_found_out_of_area other; am_missing child; fa_in_care child
// Education: he says he is moving to live with his uncle in London but we have no address.
//   expected: am_unknown_address child; gives: (none)
// School attendance officer: Kyle is living with a man who is not family, at an address mum won't give.
//   expected: am_unknown_address child; fa_living_with_unrelated_adults child; gives: am_unknown_address child negated; fa_living_with_unrelated_adults child
// Family: her sister went missing last year and was found in a flat in Leeds.
//   expected: am_missing other historical; gives: am_found_out_of_area other; am_missing other historical
// YOT: he was arrested for possession of cannabis on Friday.
//   expected: ad_drug_use child; go_arrests child; gives: go_arrests child
// GP receptionist: the girl with the older man could not give her address or date of birth.
//   expected: am_unknown_address child; go_older_friends child; gives: am_unknown_address child
// Taxi driver: picked up two girls from the children's home and took them to a party in a flat; a man paid.
//   expected: am_moved_by_others child; fa_in_care child; go_taken_to_parties child; gives: fa_in_care child; go_taken_to_parties child
// Youth worker: Precious said she was brought to the UK by a man she calls uncle and has to cook and clean for his family.
//   expected: fa_domestic_servitude child; fa_unaccompanied_migrant child; gives: (none)
// Reason for referral: Kieran's older brother was stabbed in a drugs dispute and Kieran now says he needs protection.
//   expected: ep_injuries_assault other; fa_family_links_to_exploitation other; gives: ad_drug_use other; ep_injuries_assault other
// Police: Jamal was found in possession of a large amount of cash and two mobile phones in Margate.
//   expected: go_carrying_weapons_money child; te_several_phones child; gives: rg_unexplained_money child; te_several_phones child
// Housing officer: the flat smells of cannabis and mum's partner deals from the back door.
//   expected: fa_family_links_to_exploitation other; gives: ad_drug_use child
// Youth worker: Priya says she has a boyfriend she met online who is "about 25".
//   expected: go_older_partner child; te_meeting_online_contacts child; gives: te_meeting_online_contacts child
// Coach: Luke says an older lad keeps asking him to bring his mate's bank card.
//   expected: rg_bank_account_used child hypothetical; gives: rg_bank_account_used child
// Education: Brandon said he doesn't want to talk to the police because "they'll deport my mum".
//   expected: da_fear_of_authorities child; gives: da_not_engaging child
// Health: Sienna told the nurse she was made to have sex with his friends.
//   expected: sh_many_partners child; sh_sexual_assault child; gives: sh_sexual_assault child
// Youth worker: Ava said she would never send nudes to anyone.
//   expected: te_sexual_images child negated; gives: te_sexual_images child negated hypothetical
// Coach: Ellis has been missing training and his mum says he stays out until 3am.
//   expected: am_staying_out_late child; gives: am_missing child; am_staying_out_late child
// Family: Dad has been violent to her in the past and she is scared of him.
//   expected: fa_previous_abuse child historical; gives: (none)
// YOT: he is in a care placement 60 miles from home and keeps going back to his old area.
//   expected: fa_in_care child; gives: am_found_out_of_area child; da_controlled_return child; fa_in_care child
// Strategy meeting minutes: Police - Harley has been linked to a line selling in Cornwall; Education - he has been off for three weeks.
//   expected: am_school_absence child; go_carrying_drugs child; gives: (none)
// School reception: Kyle's mum will not give us an address for him.
//   expected: am_unknown_address child; gives: am_unknown_address other
// Youth worker: a boy she talks to on TikTok wants to meet her at the station.
//   expected: te_meeting_online_contacts child hypothetical; gives: te_meeting_online_contacts child
// Handover: Tia came back with a new phone and won't say who bought it.
//   expected: rg_unexplained_gifts child; gives: te_several_phones child
// Handover: Tia won't say who paid for her taxi home from the cinema.
//   expected: (none); gives: da_not_disclosing child; rg_unexplained_money child
// School attendance officer: the register shows the class teacher was absent from school on Monday.
//   expected: (none); gives: am_school_absence child
// Coach: a man who is not on the club list keeps messaging the boys on Snapchat.
//   expected: te_adults_contact_online child; gives: te_adults_contact_online child negated
// Housing officer: the boy works long hours at the car wash for his "uncle" and is given food instead of wages.
//   expected: rg_unpaid_work child; gives: (none)
// Carer daily log: a car dropped Megan back at the end of the road and the driver watched until she went in.
//   expected: da_controlled_return child; gives: (none)
// Carer daily log: she says the men always know where she is because they put an app on her phone.
//   expected: te_location_tracked child; gives: (none)
// Police: he was found with drugs hidden inside his body in Exeter.
//   expected: go_internal_concealment child; gives: go_carrying_drugs child; go_internal_concealment child
// Health: she has a scar from an operation she says she had abroad but can't explain.
//   expected: ep_unexplained_surgery child; gives: (none)
// Police: the 14-year-old from Bradford was found in a flat in Torquay at 4am.
//   expected: am_found_out_of_area child; am_found_with_adults child; gives: am_found_out_of_area child
// Police: arrested in Scarborough, far from his home in Leeds, with a quantity of crack.
//   expected: go_drug_arrest_out_of_area child; gives: go_carrying_drugs child; go_drug_arrest_out_of_area child
// Health: she was tested for gonorrhoea and the result was negative.
//   expected: sh_sti child negated; gives: sh_sti child negated hypothetical
// Reason for referral: Demi (15) is pregnant by a 24-year-old man she met at a party.
//   expected: go_older_partner child; sh_pregnancy child; gives: go_older_partner child
// Police: Jay was robbed and stabbed in the leg by a rival group last week.
//   expected: ep_injuries_assault child; go_threats_violence child; gives: ep_injuries_assault child
// Education: he's carrying a lot of money around and says it's from his "job".
//   expected: go_carrying_weapons_money child; gives: rg_unexplained_money child
// Strategy meeting minutes: School - Tyler has been excluded twice this term; YOT - he was arrested in Ipswich with wraps of heroin; Police - his phone shows contact with known dealers.
//   expected: am_school_exclusion child; go_carrying_drugs child; go_drug_arrest_out_of_area child; gives: am_school_exclusion child; go_drug_arrest_out_of_area child
// Strategy meeting minutes: Health - she has been to the sexual health clinic four times this year for STI tests; SW - mum says she has a new boyfriend she won't name.
//   expected: go_older_partner child hypothetical; sh_sti child; gives: da_not_disclosing child; sh_sti child
// Strategy meeting minutes: Youth service - he has a new phone, new trainers and cash, and says a friend bought them.
//   expected: rg_unexplained_gifts child; rg_unexplained_money child; gives: rg_unexplained_gifts child
// YOT: he was stopped by police in a car with two adults and £2,000 in cash.
//   expected: am_found_with_adults child; go_carrying_weapons_money child; gives: am_found_with_adults child; go_unknown_adults_collect child
// GP receptionist: she came with a woman who said she was her aunt and would not let her speak.
//   expected: da_coached_account child; gives: da_coached_account child; go_unknown_adults_collect child
// Hotel night manager: a man booked two rooms and teenage girls were coming and going all night; one looked drunk.
//   expected: ad_alcohol child; go_taken_to_parties child; gives: ad_alcohol child; go_cuckooing child
// Taxi driver: the girl said she was going to see her "boyfriend" who is 30 and he was paying for the taxi.
//   expected: am_moved_by_others child; go_older_partner child; gives: go_older_partner child
// Housing officer: the tenant is a vulnerable adult with learning needs and young people are using his flat to deal.
//   expected: go_cuckooing child; gives: ep_learning_disability child; go_cuckooing child
// Carer daily log: she came back with a bag of new clothes and a £100 phone top-up she can't explain.
//   expected: rg_unexplained_gifts child; gives: rg_unexplained_gifts child; te_several_phones child
// Carer daily log: she came back with a bag of new clothes from the shopping trip with staff.
//   expected: (none); gives: rg_unexplained_gifts child
// Handover: Jordan says he has to go back to them or they'll hurt his little brother.
//   expected: da_controlled_return child; go_threats_violence child; gives: go_threats_violence child
// Family: her cousin is in care in another county.
//   expected: fa_in_care other; gives: fa_in_care child
// Health: she appeared withdrawn and flat at the appointment and said she can't sleep.
//   expected: ep_change_in_behaviour child; ep_low_mood child; gives: ep_low_mood child
// Health: the withdrawn medicine was returned to the pharmacy.
//   expected: (none); gives: ep_change_in_behaviour child
// Handover: the older boys keep him supplied with cigarettes and lifts, staff think.
//   expected: (none); gives: ad_substances_given child
// Family: her aunt is pregnant by her new partner, who is 30.
//   expected: sh_pregnancy other; gives: go_older_partner child; sh_pregnancy other
// Education: the PSHE lesson covered how people can get drugs online.
//   expected: (none); gives: ad_drug_use child
// YOT: there's a chance he is holding drugs for the older boys.
//   expected: go_carrying_drugs child hypothetical; gives: go_carrying_drugs child
// School attendance officer: mum thinks he could be skipping school to meet older lads.
//   expected: am_school_absence child hypothetical; go_older_friends child hypothetical; gives: am_school_absence child hypothetical
// Strategy meeting minutes: Chair asked whether anyone had seen Ryan with older males; Police - yes, twice last week in the park.
//   expected: go_older_friends child; gives: go_older_friends child hypothetical
// Strategy meeting minutes: Housing - the family are being evicted and may end up in a B&B.
//   expected: fa_unsuitable_accommodation child hypothetical; gives: fa_unsuitable_accommodation child
// Reason for referral: Family - mum has a new partner who has a conviction for violence against a previous partner.
//   expected: fa_domestic_abuse other historical; gives: fa_domestic_abuse child
// Youth worker: Jay says he has been given a "job" moving bags between flats and gets paid in weed.
//   expected: ad_substances_given child; go_carrying_drugs child; gives: am_moved_by_others child; rg_unpaid_work child
// Youth worker: Jay has a job moving furniture with his uncle at weekends and gets paid cash.
//   expected: (none); gives: rg_unexplained_money other
// Carer daily log: she was tearful after saying goodbye to her mum at contact.
//   expected: (none); gives: ep_low_mood child
// Handover: he came back with a cut on his hand and said "don't ask".
//   expected: da_not_disclosing child; ep_injuries_assault child; gives: (none)
// Education: she has been sharing pictures of herself in her underwear with boys in Year 11.
//   expected: te_sexual_images child; gives: te_sexual_images child historical
// Health: says she has been sleeping with lots of different people for somewhere to stay.
//   expected: rg_sex_exchange child; sh_many_partners child; gives: sh_many_partners child
// Pharmacy: a man in his 40s keeps buying vodka for his wife's birthday party.
//   expected: (none); gives: ad_substances_given child
// Taxi driver: the girl was crying and said they had taken her phone and her money.
//   expected: go_threats_violence child; gives: (none)
// Station security: he said he was told to come to Exeter and wait at the station for a call.
//   expected: am_moved_by_others child; te_worrying_calls child hypothetical; gives: am_moved_by_others child
// Housing officer: the flat has been taken over by people from out of town who sell drugs there.
//   expected: go_cuckooing child; gives: ad_drug_use child; go_cuckooing child
// Carer daily log: she has started wearing lots of make-up and going out in clothes staff haven't seen before.
//   expected: ep_change_in_behaviour child; rg_unexplained_gifts child; gives: (none)
// Handover: the TV remote was missing for two days until it turned up under the sofa.
//   expected: (none); gives: am_missing child
// Family: grandad was violent to a previous partner, nan says, but that was before she was born.
//   expected: fa_domestic_abuse other historical; gives: fa_domestic_abuse other
// Youth worker: he was threatened with being stabbed if he stopped selling.
//   expected: go_threats_violence child; gives: ep_injuries_assault child; go_threats_violence child
// Housing officer: the family were threatened with eviction over the rent arrears.
//   expected: (none); gives: fa_unsuitable_accommodation child
// Youth worker: he has injuries to his face and says the older boys did it.
//   expected: ep_injuries_assault child; gives: ep_injuries_assault child; go_older_friends child
// Carer daily log: Tyler didn't come home for tea because he was at football, as agreed.
//   expected: (none); gives: am_missing child
// Youth worker: he is always flashing cash and buying food for everyone.
//   expected: rg_unexplained_money child; gives: rg_unexplained_gifts child; rg_unexplained_money child
// Housing officer: a teenage girl is staying at the flat of a man in his 50s on the third floor.
//   expected: am_found_with_adults child; gives: fa_living_with_unrelated_adults child
// GP receptionist: she said she needs the test because she's "late" and her boyfriend is older.
//   expected: go_older_partner child; sh_pregnancy child hypothetical; gives: (none)
// Pharmacy: she asked whether you can get the pill without your parents knowing; she is 13.
//   expected: sh_sexual_activity child hypothetical; gives: (none)
// Hotel night manager: two lads of about 15 were carrying large holdalls to a room booked by a man who paid cash.
//   expected: go_carrying_drugs child hypothetical; gives: rg_unexplained_money child
// Taxi driver: took a girl, maybe 14, to a house in Burnley; she seemed drunk and a man came out and paid.
//   expected: ad_alcohol child; am_moved_by_others child; gives: ad_alcohol child
// Housing officer: the lock on the door has been broken and strange men are coming in and out.
//   expected: go_cuckooing child hypothetical; gives: (none)
// Youth worker: she says she has to answer her phone whenever he calls or she gets in trouble.
//   expected: go_threats_violence child; te_location_tracked child; gives: te_location_tracked child
// Youth worker: she has to answer her phone to her mum by 9pm as part of the house rules.
//   expected: (none); gives: te_location_tracked child
// Coach: he was crying and said someone was going to "do him in" if he didn't pay up.
//   expected: go_threats_violence child; rg_debt_bondage child; gives: go_threats_violence child
// YOT: he says he can't leave the group because they know where his family live.
//   expected: go_threats_violence child; gives: go_threats_violence other
// Strategy meeting minutes: Police - she was picked up in Blackpool by BTP at 2am with an adult male; School - she has not been in for two weeks.
//   expected: am_found_out_of_area child; am_found_with_adults child; am_school_absence child; gives: am_found_out_of_area child
// Reason for referral: Police - Shay was found in a crack house in Luton with two older men; Family - dad is in prison.
//   expected: am_found_out_of_area child; am_found_with_adults child; go_cuckooing child; gives: am_found_with_adults child
// Carer daily log: Sam didn't come home last night as he was at a sleepover agreed with his social worker.
//   expected: (none); gives: am_missing child
// Carer daily log: Sam hasn't been home since Friday and nobody knows where he is.
//   expected: am_missing child; gives: am_missing child; am_missing child negated
// Youth worker: he always has money because he works at the garage on Saturdays.
//   expected: (none); gives: rg_unexplained_money child
// Youth worker: he is hiding at his nan's because men are looking for him over a debt.
//   expected: go_threats_violence child; gives: go_threats_violence child; rg_debt_bondage child
// Youth worker: she does jobs for her neighbour for cash to buy vapes.
//   expected: (none); gives: ad_substances_given other
// GP receptionist: a man keeps ringing to ask if she has been in and what she said.
//   expected: da_controlled_return child hypothetical; gives: (none)
// Pharmacy: she said her "boyfriend" keeps her passport and bank card.
//   expected: da_documents_held child; rg_bank_account_used child; gives: da_documents_held child
// Station security: he had no ID and said someone else had his passport.
//   expected: da_documents_held child; gives: da_documents_held child negated
// Handover: a man keeps messaging her on Snapchat telling her she's beautiful and asking for pictures.
//   expected: te_adults_contact_online child; te_sexual_images child hypothetical; gives: te_adults_contact_online child; te_sexual_images child
// Education: a boy in Year 10 shared a nude photo of her around the school.
//   expected: te_sexual_images child; gives: te_sexual_images other
// School attendance officer: Leah is being home educated but nobody has seen her for weeks.
//   expected: am_school_absence child; gives: (none)
// Housing officer: the family of six are in a two-bed flat waiting for a transfer.
//   expected: fa_unsuitable_accommodation child; gives: (none)
// Youth worker: the stairwell smells of weed most days, residents say.
//   expected: (none); gives: ad_drug_use child
// Carer daily log: she was brought back by police at 3am, very drunk.
//   expected: ad_alcohol child; am_missing child; am_staying_out_late child; gives: ad_alcohol child; am_missing child
// Taxi driver: the girl was about 13 and kept asking me not to tell anyone where I took her.
//   expected: da_not_disclosing child; gives: (none)
// Youth worker: he said he made it all up about scoring the winning goal.
//   expected: (none); gives: da_disclosure_withdrawn child
// Education: the school set up a fake account for the online safety lesson to show pupils the risks.
//   expected: (none); gives: te_adults_contact_online child
// Coach: he would not say what happened in the match when the ref asked.
//   expected: (none); gives: da_not_disclosing child
// Carer daily log: he came home with money from his shift at the chip shop.
//   expected: (none); gives: rg_unexplained_gifts child
// Coach: the team were told to perform on camera for the club's promo video.
//   expected: (none); gives: te_live_streaming child
// Youth worker: the scouts slept in a tent on the camping trip.
//   expected: (none); gives: fa_unsuitable_accommodation child
// Youth worker: he has stopped seeing his YOT worker and won't say why.
//   expected: da_not_engaging child; gives: da_not_disclosing child; da_not_engaging child
// School reception: a man in a black Audi collected her at lunchtime; it was her dad, as arranged.
//   expected: (none); gives: go_unknown_adults_collect child
// Youth worker: his earnings are taxed and his mum helps him save.
//   expected: (none); gives: go_threats_violence child
// Reason for referral: police found internal packages when he was searched in custody.
//   expected: go_internal_concealment child; gives: go_arrests child; go_internal_concealment child
// Housing officer: she is living with a foster family she met last year at the placement.
//   expected: fa_in_care child; gives: fa_in_care child historical
// Youth worker: the men asked him to hold bags for them at his house.
//   expected: go_carrying_drugs child; gives: go_carrying_drugs other
