// Review 29 of the round-29 indicator changes (3dd5921): everyday case-note, school, health, police, housing, travel,
// sport and family sentences that share the words of the ten new families, the lodger and pet vetoes and the game veto,
// which must give no finding of the code; the signs in other professionals' words with their flags; and facts seen or
// heard on CCTV or through a wall, which are not possibilities. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('review 29: ordinary sentences that share the words of the round-29 families', () => {
  lacksCode('documents held for a trip, a booking, a desk or a till', 'da_documents_held', [
    'The solicitor has her passport for the visa renewal.',
    'The man at the travel agent has her passport while the visa is processed.',
    'Her partner has her passport because they are flying to Spain together.',
    'The landlord has her ID on file from the tenancy check.',
    'The woman at reception is holding his ID until he returns the key.',
    'The gym instructor was holding her bank card while she swam.',
    'The receptionist was holding the papers for the meeting.',
    'The adult leader is holding the passports for the Scouts jamboree.',
    'The woman has her bank card in her hand at the till.',
    'He still has her passport photo on his phone from the application.',
  ]);
  lacksCode('an exchange, a visit or an adult arriving', 'fa_unaccompanied_migrant', [
    'The exchange student arrived at the airport without her parents, met by her host family.',
    'The French exchange pupil arrived at Gatwick without her parents and was met by her host.',
    'Grandma arrived at Heathrow without her family for a visit.',
    'He flew with adults who are not his parents on the Duke of Edinburgh expedition to Iceland.',
    'The uncle arrived at Manchester airport without his wife.',
    'Mum arrived at the airport alone to pick up the cousins.',
    'She is travelling alone to the airport by taxi for her gap year.',
    'The man arrived at Luton airport without his parents for a stag party.',
    'She came home without her parents after the party.',
    'She came into school without her mum today.',
  ]);
  lacksCode('a teacher, a seller or teammates arranging to meet', 'te_meeting_online_contacts', [
    'The PE teacher arranged to meet him at the park for extra practice.',
    'The man from the football club arranged to meet them at the ground.',
    'The online seller asked to meet her at the station to hand over the bike.',
    'The adult learner asked to meet him in the library for tutoring.',
    'The player arranged to meet his teammates at the park on Saturday.',
    'The man suggested meeting at the cafe to discuss the car sale.',
    'The contact from Gumtree offered to meet her at the station with the pram.',
    'The gamers arranged to meet at the convention in Birmingham with their parents.',
  ]);
  lacksCode('calls from a friend, a hospital, a club or a cause', 'te_worrying_calls', [
    'He gets calls all night from his gaming friend in Canada.',
    'She receives calls all through the day from the hospital about her nan.',
    'His phone rings all night with group chat messages about the football.',
    'Her phone buzzes constantly with Instagram notifications.',
    'He took calls all evening about the lost dog.',
    'She gets calls all the time from her best friend.',
    'The phone rang all day about the fundraiser.',
    'Her phone rings all day with calls from her best mate about the prom.',
  ]);
  lacksCode('up all night with a baby, an illness, a game, homework or the sky', 'ep_exhaustion', [
    'He is up all night with his newborn sister crying.',
    'She was up all night with a migraine.',
    'He stays up all night playing Fortnite at weekends.',
    'She was up all night finishing her coursework.',
    'They were up all night at the sleepover.',
    'The baby was up all night.',
    'He is often up all night reading under the covers.',
    'She stayed up all night to watch the meteor shower.',
    'Mum has been up all night with the twins.',
    'He was up all night with hay fever.',
  ]);
  lacksCode('a tourist, a venue, a birthplace or a sale', 'am_unknown_address', [
    'The lost tourist had no idea which town she was in.',
    'He could not tell the name of the street where his new friend lives.',
    'She did not know the name of the village where the wedding was.',
    "He doesn't know the name of the road his school is on yet.",
    "She can't say the name of the town where she was born.",
    "The house they can't find again is the one from the car boot sale.",
    'He had no idea which street the party was on.',
    'The pupil had no idea what area the museum was in.',
  ]);
  lacksCode('paid for sex education, health or a film', 'rg_sex_exchange', [
    'The actor was paid for sex scenes in the film.',
    'She paid for sex education resources for the school.',
    'He paid the fee for sexual health training.',
    'The council pays for sexual health clinics.',
    'He paid £20 for his sex education textbook.',
    'Her parents pay for sexual health appointments privately.',
    'She was paid for sex education sessions she ran as a nurse.',
    'The documentary showed women paid for sex in the 1800s.',
  ]);
  lacksCode('school photos and competitions', 'te_sextortion', [
    'Pay the fee or the photo will not be printed in the yearbook.',
    'Send the form back or the pictures will not be sent out.',
    'Pay the deposit or the photos go to the next customer.',
    'Send the money for the school photos or the pictures will be sent back.',
    'Pay by Friday or your picture will not be in the calendar.',
    'Order by Monday or the school photos will be sent back to the photographer.',
    'Pay for the class photo or the pictures go back on Friday.',
    'Send your entry or your picture will not be shown in the competition.',
  ]);
  lacksCode('a game won or play between parents', 'fa_domestic_abuse', [
    'She saw her dad beat her mum at chess.',
    'He watched his dad beat his mum at Mario Kart.',
    'She heard her mum threaten her dad with a takeaway ban.',
    "He saw his dad hit his mum's car with the trolley.",
    'She saw her mum hit her dad with a pillow in a pillow fight.',
    'He watched his stepdad beat his mum in the race at sports day.',
    "He saw his dad punch his mum's arm gently as a joke.",
    "She heard her dad hurt his mum's feelings by forgetting her birthday.",
  ]);
  lacksCode('a supply of goods, support or a course', 'ad_supply_controlled', [
    'He needs his inhaler for his asthma.',
    'She needs the group for her support with cannabis withdrawal.',
    'He depends on the group for his recovery from drugs.',
    'She relies on them for it, meaning her lift to college.',
    'The team needs the men for their supply of kit.',
    'He needs the line for his fix of gossip.',
    'He relies on the group for his drugs awareness course.',
    'The shop depends on the dealers for its supply of trainers.',
  ]);
  lacksCode("a lodger's job", 'fa_living_with_unrelated_adults', [
    'Our lodger is a nurse and works nights.',
    'The lodger was a student at the university.',
    'The lodger is a builder and leaves at six.',
  ]);
  lacksCode("a pet found at a man's home", 'am_found_with_adults', [
    "The dog was found at a man's flat two streets away.",
    "The kitten was found at a man's house after it went missing.",
    "The cat was found at a man's flat in the next road.",
  ]);
});

describe('review 29: the signs in other words, with their flags', () => {
  givesFlags('round-29 signs', [
    ['Police: the older man keeps her passport and bank card at his flat.', 'da_documents_held', 'child', false, false, false],
    ['Nurse: she said her boyfriend has her ID and will not give it back.', 'da_documents_held', 'child', false, false, false],
    ['Social worker: the man may have her passport, she is not sure.', 'da_documents_held', 'child', false, true, false],
    ['In 2023 her ex-partner held her passport and bank card.', 'da_documents_held', 'child', false, false, true],
    ['No adult holds his passport; he keeps it in his bag.', 'da_documents_held', 'child', true, false, false],
    ['Border Force: the boy, 14, arrived at Stansted without his parents.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['Interpreter: he entered the UK without his family in the back of a lorry.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['The boy may have arrived at Heathrow without his parents, the airline said.', 'fa_unaccompanied_migrant', 'child', false, true, false],
    ['She may have come into the UK without her family, the interpreter said.', 'fa_unaccompanied_migrant', 'child', false, true, false],
    ['She did not arrive in the UK without her parents; her mum was with her at the border.', 'fa_unaccompanied_migrant', 'child', true, false, false],
    ['School: an adult gamer asked to meet him at the shopping centre after school.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['Police: a man she met on Snapchat asked to meet her at the station.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['The men want to meet her at the park, Snapchat shows.', 'te_meeting_online_contacts', 'child', false, false, false],
    ['Teacher: he gets calls all through lessons and walks out to take them.', 'te_worrying_calls', 'child', false, false, false],
    ['Foster carer: her phone rings all night and she goes out after.', 'te_worrying_calls', 'child', false, false, false],
    ['Last year he used to get calls all night from withheld numbers.', 'te_worrying_calls', 'child', false, false, true],
    ['Foster carer: Reece is up all night on his phone and sleeps in class.', 'ep_exhaustion', 'child', false, false, false],
    ['Carer: he was up all night again and would not say where he had been.', 'ep_exhaustion', 'child', false, false, false],
    ['Residential staff: he regularly stays up all nights gaming with men online.', 'ep_exhaustion', 'child', false, false, false],
    ['Police: she had no idea which town the flat was in.', 'am_unknown_address', 'child', false, false, false],
    ['She stayed in a house she cannot find again.', 'am_unknown_address', 'child', false, false, false],
    ['He could not tell the name of the estate he was driven to.', 'am_unknown_address', 'child', false, false, false],
    ['Police: she was paid £50 by a man at the station for sex.', 'rg_sex_exchange', 'child', false, false, false],
    ['She has not been paid for sex, she told the nurse.', 'rg_sex_exchange', 'child', true, false, false],
    ['Police: she was paid for sex by men at a flat in 2024.', 'rg_sex_exchange', 'child', false, false, true],
    ['She might be paid for sex by the olders, her friend fears.', 'rg_sex_exchange', 'child', false, true, false],
    ['He was told to pay £500 or the picture would go to his family.', 'te_sextortion', 'child', false, false, false],
    ['CEOP: pay £200 or your nudes will be posted to your school.', 'te_sextortion', 'child', false, false, false],
    ['She was told to send £100 or her pictures would be shared with her school.', 'te_sextortion', 'child', false, false, false],
    ['School nurse: she saw her dad assault her mum last week.', 'fa_domestic_abuse', 'child', false, false, false],
    ['Social worker: he has watched his stepdad beat his mother many times.', 'fa_domestic_abuse', 'child', false, false, false],
    ['When he was 6 he witnessed his father punching his mum.', 'fa_domestic_abuse', 'child', false, false, true],
    ['He did not see his dad hit his mum, he told the teacher.', 'fa_domestic_abuse', 'other', true, false, false],
    ['Youth worker: he needs the olders for his weed and cannot stop.', 'ad_supply_controlled', 'child', false, false, false],
    ['Drug worker: she depends on the group for her supply of ket.', 'ad_supply_controlled', 'child', false, false, false],
    ['Drug worker: he may be reliant on the olders for his cannabis.', 'ad_supply_controlled', 'child', false, true, false],
    ["Police: she was found at a man's flat at 3am.", 'am_found_with_adults', 'child', false, false, false],
  ]);
  givesFlags('seen or heard is a fact, not a possibility', [
    ['CCTV: the men could be seen giving her drugs in the car.', 'ad_substances_given', 'child', false, false, false],
    ['On CCTV the older males could be seen supplying him with cannabis.', 'ad_substances_given', 'child', false, false, false],
    ['The man could be seen holding her passport outside the flat.', 'da_documents_held', 'child', false, false, false],
    ['The olders could be heard threatening him on the video.', 'go_threats_violence', 'child', false, false, false],
    ['Dad could be heard hitting mum through the wall.', 'fa_domestic_abuse', 'other', false, false, false],
    ['The men may have given her drugs.', 'ad_substances_given', 'child', false, true, false],
  ]);
});
