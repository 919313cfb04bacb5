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
