// Round 29 (2026-12-02): coverage for wording of fresh28 that no pattern matched, each family written in the words of
// several professions, beside ordinary sentences that share its words (a school trip, a pet, a game, a job), which must
// give no finding of the code. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe("an adult holding the child's documents or bank card", () => {
  givesCodes('documents held by someone else', [
    ['PA: the man has her bank card and ID.', ['da_documents_held']],
    ['Border Force: the man held both children’s passports and would not hand them over.', ['da_documents_held']],
    ["Kayla's ex-partner is 35; he still has her bank card.", ['da_documents_held']],
    ['The men have all the boys’ passports.', ['da_documents_held']],
    ['Her boyfriend keeps her BRP and bank card.', ['da_documents_held']],
  ]);
  givesFlags('no one holds them', [
    ["Social worker: no one is holding Ahmed's documents; he keeps them himself.", 'da_documents_held', 'child', true, false, false],
  ]);
  lacksCode('their own, a family, a bank or a school trip', 'da_documents_held', [
    'Mum has her bank card and ID.',
    'The woman at the bank has her card details.',
    'The bank has her card on hold.',
    'The teacher holds all the passports for the school trip.',
    'Dad has his passport ready for the holiday.',
    'She has her own bank card now.',
    'He still has his bank card from the old account.',
    'The man at the post office is holding her parcel and ID.',
    "The coach is holding the boys' passports for the tournament.",
  ]);
});

describe('arrived in the country without parents, or with adults who are not family', () => {
  givesCodes('an unaccompanied arrival', [
    ['Home Office: Ahmed, 16, arrived at Heathrow without his parents.', ['fa_unaccompanied_migrant']],
    ['He came into the UK without his family, in a lorry.', ['fa_unaccompanied_migrant']],
    ['Border Force: the girl, 15, was travelling with adults who are not her family.', ['fa_unaccompanied_migrant']],
    ['Interpreter: she came with a couple who are not her parents, on a flight to Gatwick.', ['fa_unaccompanied_migrant']],
  ]);
  givesFlags('possible, or not alone', [
    ['Border Force: possible that the adults with the girl are not her parents.', 'fa_unaccompanied_migrant', 'child', false, true, false],
    ['Border Force: the boy is not travelling alone; both parents are with him.', 'fa_unaccompanied_migrant', 'child', true, false, false],
  ]);
  lacksCode('arriving somewhere ordinary without a parent', 'fa_unaccompanied_migrant', [
    'He arrived at school without his parents.',
    'She arrived at the party without her parents.',
    'He arrived at the appointment without his mum.',
    'She came to the session without her family.',
    'He travelled to Spain without his parents on the school trip.',
    'She was travelling with adults who are not her family, the school staff, on the trip to France.',
    'Her nan travelled alone from Pakistan by plane.',
    'He travels alone to school on the bus.',
    'She arrived alone at the airport to meet her dad.',
  ]);
});

describe('an adult from online arranging to meet the child', () => {
  givesCodes('a meeting arranged', [
    ['Gaming report: the adult player arranged to meet Finn at the park.', ['te_meeting_online_contacts']],
    ['The man she talks to on Snapchat asked to meet her in town.', ['te_meeting_online_contacts']],
    ['A 30-year-old gamer wanted to meet up with him after school.', ['te_meeting_online_contacts']],
    ['Police: the older man suggested meeting up at the retail park.', ['te_meeting_online_contacts']],
  ]);
  lacksCode('workers, family, sellers and adults meeting each other', 'te_meeting_online_contacts', [
    'Mum arranged to meet him at the station.',
    'The social worker arranged to meet her at school.',
    'The man from the housing office arranged to meet her at the flat.',
    'The men arranged to meet at the pub.',
    'The youth worker offered to meet him after school.',
    'The buyer asked to meet him at the car park to collect the bike.',
    'The estate agent wants to meet them at the house for a viewing.',
    'The police officer asked to meet him at the station.',
    'A man suggested meeting at the café to talk about the job interview.',
  ]);
});

describe('calls all night or all through the day', () => {
  givesCodes('calls at all hours', [
    ['Teacher via school nurse: Tyler gets calls all through lessons and walks out.', ['te_worrying_calls']],
    ['He is getting calls all day from numbers he will not name.', ['te_worrying_calls']],
    ['Carers: her phone rings all night.', ['te_worrying_calls']],
    ['Custody: his phone was buzzing constantly in the cell.', ['te_worrying_calls']],
  ]);
  givesFlags('in the past', [['School nurse: she used to get calls all night in Year 9.', 'te_worrying_calls', 'child', false, false, true]]);
  lacksCode('work, family, news and the office', 'te_worrying_calls', [
    'Dad gets calls all day for work.',
    'Mum gets phone calls all the time from the bank.',
    'He got calls all day on his birthday.',
    'Her phone was ringing all day with congratulations after her results.',
    'The office phone rings all day.',
    'She takes calls all evening in her job at the call centre.',
  ]);
});

describe('up all night', () => {
  givesCodes('awake through the night', [
    ['YOT: Reece is up all night on the phone and sleeps through the day.', ['ep_exhaustion']],
    ['HV: the girl is often up all night.', ['ep_exhaustion']],
    ['Residential staff: he regularly stays up all nights gaming with men online.', ['ep_exhaustion']],
  ]);
  lacksCode('a baby, revision, illness, a pet or a celebration', 'ep_exhaustion', [
    'The baby was up all night teething.',
    'She was up all night revising for her exam.',
    'He was up all night with toothache.',
    'The carers were up all night with the new puppy.',
    'They stayed up all night at the sleepover.',
    'He was up all night being sick.',
    'Mum was up all night with the baby.',
    'She stayed up all night on Christmas Eve.',
  ]);
});

describe('cannot name the town or find the place again', () => {
  givesCodes('the place not known', [
    ['Police: the 14-year-old had no idea which town the house was in.', ['am_unknown_address']],
    ['He does not know the name of the town where the house is.', ['am_unknown_address']],
    ['He stayed in a flat he cannot find again.', ['am_unknown_address']],
    ["She couldn't tell the name of the street where the flat was.", ['am_unknown_address']],
  ]);
  lacksCode('an adult, a school, a map or a lost thing', 'am_unknown_address', [
    'Grandad had no idea which town he was in after the stroke.',
    'He had no idea which house he was in for sports day.',
    'She had no idea what area the new school was in.',
    'The driver had no idea which street the address was on without his sat nav.',
    'He could not remember the name of the town on the geography map.',
    'She does not know the name of the street where the new school is.',
    'I lost my keys in a flat I cannot find again.',
  ]);
});

describe('paid for sex', () => {
  givesCodes('payment for sex', [
    ['SHC: Leah was paid £50 by a man at the station for sex.', ['rg_sex_exchange']],
    ['Men pay her for sex at the flat.', ['rg_sex_exchange']],
    ['He said a man paid him for sex in the car park.', ['rg_sex_exchange']],
  ]);
  lacksCode('education, a film and adults', 'rg_sex_exchange', [
    'He paid for sex education books for the library.',
    'The film is about a man who paid for sex.',
    'The man was fined for paying a woman for sex.',
    'The clinic paid for sexual health leaflets.',
  ]);
});

describe('pay, or the picture goes to the family', () => {
  givesCodes('a demand with images', [
    ['Online safety: Ollie was told to pay £500 or the picture would go to his family.', ['te_sextortion']],
    ['They said to send £100 or the photos get posted on his story.', ['te_sextortion']],
    ['The account wants gift cards or else the video will be sent to her school.', ['te_sextortion']],
  ]);
  lacksCode('school photos and forms', 'te_sextortion', [
    'Send the form by Friday or the photos will not be printed.',
    'Pay for the yearbook or the pictures will go in the bin.',
    'Enter the competition or your photos will not be shown.',
  ]);
});

describe('saw a parent assault the other', () => {
  givesCodes('witnessed violence at home', [
    ['AssetPlus: Jayden saw his dad assault his mum.', ['fa_domestic_abuse']],
    ['She witnessed her stepdad hitting her mother.', ['fa_domestic_abuse']],
    ["He has heard his mum's boyfriend threatening her.", ['fa_domestic_abuse']],
  ]);
  lacksCode('games and stories', 'fa_domestic_abuse', [
    'He saw his dad beat his mum at chess.',
    'She watched her mum hit the ball over the fence.',
    'He saw his dad hit the car in the car park.',
    'In the film the boy saw his dad attack his mum.',
  ]);
});

describe('needs the men or the group for the drug', () => {
  givesCodes('the supply controlled', [
    ["YOT: Reece needs the olders for his weed and can't stop.", ['ad_supply_controlled']],
    ['NRM: Lan said the men gave her heroin and now she needs them for it.', ['ad_supply_controlled']],
    ['She is reliant on the dealers for her crack.', ['ad_supply_controlled']],
  ]);
  givesFlags('possible', [['CAMHS: he may depend on the group for his supply.', 'ad_supply_controlled', 'child', false, true, false]]);
  lacksCode('lifts, shifts, medicine and glasses', 'ad_supply_controlled', [
    'He needs the men for his weekend shifts.',
    'She depends on the group for her lifts to college.',
    'He relies on Mum for his insulin supply.',
    'She needs them for it, she says about her glasses.',
    'The group relies on the men for its supply of food parcels.',
  ]);
});

describe('a possibility inside the finding (open from round 28)', () => {
  givesFlags('a modal after the subject', [
    ['The olders could be supplying him with cannabis.', 'ad_substances_given', 'child', false, true, false],
    ['The men may have given her vodka.', 'ad_substances_given', 'child', false, true, false],
  ]);
});

describe('open from round 28: a lodger and a pet', () => {
  lacksCode("the lodger's job", 'fa_living_with_unrelated_adults', ['Our lodger is a nurse.', 'The lodger was a student at the college.']);
  lacksCode("a pet found at a man's flat", 'am_found_with_adults', [
    "The cat was found at a man's flat.",
    "The dog was found at a man's house after it ran off.",
    "Police found the missing cat at a man's flat.",
  ]);
});
