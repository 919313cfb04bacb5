// Round 28 (2026-12-01): coverage for wording of fresh27, fresh26 and fresh25 that no pattern matched. Each family sits
// beside ordinary sentences that use the same words in an everyday sense (an adult's confusion, a film, a stomach
// bug, a holiday), which must give no finding of the code. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

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
