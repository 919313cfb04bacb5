// Round 25 (2026-12-01): the wording families of fresh24 (newly a tuning set), in the plain words front-line staff use.
// For every new pattern or veto, ordinary sentences that share its words (hard negatives) sit beside the positives it
// was made for. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('a new, dear item the child comes back or turns up with', () => {
  givesCodes('found', [
    ['RHI: Jade went missing for three nights and came back with a new phone and a cut lip.', ['rg_unexplained_gifts']],
    ['School office: Keira arrived with a new iPhone that she says a man gave her.', ['rg_unexplained_gifts']],
    ['He turned up at school in new designer trainers on Monday.', ['rg_unexplained_gifts']],
    ['Carers say she came home with some expensive perfume.', ['rg_unexplained_gifts']],
    ['Night staff: returned to the unit with a new jacket at 1am.', ['rg_unexplained_gifts']],
  ]);
  lacksCode('explained, or not an item', 'rg_unexplained_gifts', [
    'She came back with a new phone her dad bought her for her birthday.',
    'He arrived with a new phone contract set up by mum.',
    'Reception: the parcel arrived with a new phone case for the office.',
    'She came back with a cut lip and would not say how.',
    'He arrived at school with new trainers from his nan for Eid.',
    'He turned up with new trainers bought with his wages from the bakery.',
  ]);
});

describe('a phone the child must always answer', () => {
  givesCodes('found', [
    ['Ricky said the olders gave him a phone he must answer day and night.', ['te_location_tracked']],
    ['He must answer the phone within a minute or they come looking for him.', ['te_location_tracked']],
    ['She has to pick up the phone whenever they ring, even in lessons.', ['te_location_tracked']],
    ['He is expected to answer his phone at any hour.', ['te_location_tracked']],
  ]);
  lacksCode('a job, a parent, or no duty', 'te_location_tracked', [
    'Reception staff must answer the phone within three rings.',
    'Night porter: must answer the phone at all hours during his shift.',
    'He did not answer the phone at the visit.',
    'GP receptionist: please answer the phone within office hours.',
    'She has to pick up her phone from the office at the end of the day.',
  ]);
});

describe('leaving as soon as a call comes', () => {
  givesCodes('found', [
    ['He gets a call and leaves the house straight away most evenings.', ['te_worrying_calls']],
    ['Taxi marshal: she got a text and then ran off towards the station.', ['te_worrying_calls']],
    ['He received a call and went out without a word.', ['te_worrying_calls']],
  ]);
  lacksCode('an ordinary call', 'te_worrying_calls', [
    'Mum got a call and left work early to collect him.',
    'He gets a call from his manager and leaves for his shift.',
    'She got a text from school and went to the appointment.',
    'Dad received a call and went to pick her up from training.',
  ]);
});

describe('going back to the exploiters whenever they call', () => {
  givesCodes('found', [
    ['He goes when they call, however late it is, and comes back shaking.', ['da_controlled_return']],
    ['Staff worry that if the men ring, she will go back to them despite the safety plan.', ['da_controlled_return']],
    ['In 2023 she kept returning to the house in Keighley however many times the police removed her.', ['da_controlled_return']],
    ['She keeps going back to the flat where the men stay.', ['da_controlled_return']],
    ['He leaves as soon as the olders text him.', ['da_controlled_return']],
  ]);
  lacksCode('family, school or a job', 'da_controlled_return', [
    'He goes when they call him for his shift at the garage.',
    'She goes when they call her in for a shift at the cafe.',
    "She kept returning to her nan's house after school.",
    'She kept returning to the library to finish her coursework.',
    'He goes when they call his name at the clinic.',
  ]);
  givesFlags('the past stays the past', [
    ['In 2023 she kept returning to the house in Keighley however many times the police removed her.', 'da_controlled_return', 'child', false, false, true],
  ]);
});

describe('a pattern of absence from school', () => {
  givesCodes('found', [
    ['DSL log: she has been absent every Friday since half term.', ['am_school_absence']],
    ['Year 10 pupil Jaylen has missed the last two mornings.', ['am_school_absence']],
    ['Attendance officer: absent on Mondays and leaving at lunch.', ['am_school_absence']],
    ['School: he has missed the past three afternoons without explanation.', ['am_school_absence']],
  ]);
  lacksCode('one explained absence, or not school', 'am_school_absence', [
    'School: Jack was absent on Monday with tonsillitis and mum phoned in.',
    'Year 9 pupil missed the last two days with flu; mum phoned in.',
    'He missed the last two mornings of training because of the bus strike.',
    'The teacher was absent every Friday this term for a course.',
    'She has missed the last three days of school after her operation.',
  ]);
});

describe('missed appointments and a worker no longer seen', () => {
  givesCodes('found', [
    ['She missed all three appointments with the sexual health nurse this month.', ['da_not_engaging']],
    ['He stopped seeing his YOT worker last year.', ['da_not_engaging']],
    ['She has stopped seeing her school nurse and will not say why.', ['da_not_engaging']],
    ['He missed both of his CAMHS appointments.', ['da_not_engaging']],
  ]);
  lacksCode('an explained stop or miss', 'da_not_engaging', [
    'She missed all three appointments because she was in hospital.',
    'He missed all his dentist appointments last term.',
    'He stopped seeing his youth worker when the project closed.',
    'She stopped seeing her counsellor when the sessions ended as planned.',
  ]);
});

describe('protection and belonging offered by the group', () => {
  givesCodes('found', [
    ['He may be staying with the group because it makes him feel protected.', ['rg_status_rewards']],
    ['He was told he was family by the older boys as long as he did what they said.', ['rg_status_rewards']],
    ['The olders make him feel untouchable on the estate.', ['rg_status_rewards']],
  ]);
  lacksCode('family, staff or a club', 'rg_status_rewards', [
    'Her foster carers make her feel protected and she is settled.',
    'The youth group makes him feel protected, says his mentor.',
    'He was told he was family by his aunt when he moved in.',
    'The team makes him feel respected, says his coach.',
    'The carers told her she is part of the family now.',
  ]);
});

describe('the adult arrested, not the child', () => {
  lacksCode('the adult found with the child', 'go_arrests', [
    'Police: Rosie, 13, found in a parked car with a 44-year-old man at the services, and the man was arrested.',
    'MFH Lacey found in a flat with three adult men in Burnley, and all three were arrested.',
    'The driver was arrested at the scene and Jade was taken home.',
    'Both men were later arrested and she was taken to the SARC.',
  ]);
  givesCodes('the child arrested', [
    ['He was arrested with two adult men in a car in Leeds.', ['go_arrests']],
    ['She was arrested for shoplifting, and the man was not.', ['go_arrests']],
    ['Jake was arrested last night for robbery.', ['go_arrests']],
    ['Arrested for possession; released under investigation.', ['go_arrests']],
    ['He and his friend were arrested on Saturday.', ['go_arrests']],
  ]);
});

describe('brought to the UK by an adult who is not a parent', () => {
  givesCodes('found', [
    ['Linh came to the UK with a man who is not her father, and the man has since disappeared.', ['fa_unaccompanied_migrant']],
    ['Thanh arrived in a lorry with adults who were not his family.', ['fa_unaccompanied_migrant']],
    ['She travelled to England with a woman who is not her mother.', ['fa_unaccompanied_migrant']],
  ]);
  lacksCode('with a parent, or an adult arriving', 'fa_unaccompanied_migrant', [
    'He came to the UK with his father in 2019.',
    'She arrived with a man who is her uncle, and the relationship is confirmed.',
    'The new teacher came to the school with adults who were not trained.',
  ]);
});

describe('living with adults who are not family', () => {
  givesCodes('found', [
    ['Ravi lives with a man he calls his uncle, who is not related to him.', ['fa_living_with_unrelated_adults']],
    ['Housing: Ellie, 15, is living with a couple she met through a friend in Luton.', ['fa_living_with_unrelated_adults']],
    ['He is staying with a family he met online.', ['fa_living_with_unrelated_adults']],
  ]);
  lacksCode('the adult is the subject or family', 'fa_living_with_unrelated_adults', [
    'He lives with his mum and a man he calls his uncle is a family friend who visits.',
  ]);
});

describe('a named learning disability', () => {
  givesCodes('found', [["Sami has Down's syndrome, and men at the park ask him to hold bags.", ['ep_learning_disability']]]);
});

describe('round 25 regressions caught by older tests', () => {
  lacksCode('a relative who lives with someone', 'fa_living_with_unrelated_adults', [
    'Mum is living with a man she met online.',
    'Her sister has been living with a couple she met through work.',
  ]);
  lacksCode('an ordinary evening', 'te_worrying_calls', ['She got a text and went to bed.', 'He got a call and went upstairs to do his homework.']);
});
