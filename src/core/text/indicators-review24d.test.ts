// Regressions review rev-ind-3 found in the round-24 indicator changes as merged (51fcb59, 2026-12-01): every sentence
// it listed, with the expected result.
import { describe } from 'vitest';
import { givesCodes as has, givesExactly as exactly, givesFlags as gives, lacksCode as falseAlarms } from '../../../test/fixtures/text-checks.ts';

describe("Review 24d A1: 'did not notice|know' only before a clause", () => {
  gives('the sign was absent', [
    ['The school nurse did not notice any bruising on her arms.', 'ep_injuries_assault', 'child', true, false, false],
    ['Mum had not noticed any weight loss.', 'ep_eating_problems', 'child', true, false, false],
    ['Staff did not notice any signs of alcohol when she returned.', 'ad_alcohol', 'child', true, false, false],
    // Negated again; mum as the experiencer is as on the base tree (f4c34c8).
    ["Mum didn't notice any injuries when he came home.", 'ep_injuries_assault', 'other', true, false, false],
    ['Police did not know of any missing episodes.', 'am_missing', 'child', true, false, false],
  ]);
});
describe('Review 24d A2: a relative owning up, not a passive about the child', () => {
  gives('the child’s', [
    ['Mum disclosed to the social worker that she was found at a flat with older men.', 'am_found_with_adults', 'child', false, false, false],
    ['Mum disclosed to police that she was being sexually exploited by the men at the takeaway.', 'sh_sexual_assault', 'child', false, false, false],
    [
      'Mum disclosed to the school nurse that she was raped at the party on Saturday, Chloe told her this last night.',
      'sh_sexual_assault',
      'child',
      false,
      false,
      false,
    ],
    ['Dad disclosed to staff that he is carrying a knife, he found it in his bag.', 'go_carrying_weapons_money', 'child', false, false, false],
  ]);
});
describe("Review 24d A3: 'with no ticket|shoes|jacket' does not end a list's negation", () => {
  gives('still denied', [
    ['He was searched on the train and found with no tickets, cash or drugs.', 'ad_drug_use', 'child', true, false, false],
    ['She came back with no shoes, injuries or signs of drink.', 'ep_injuries_assault', 'child', true, false, false],
    ['The search found him with no jacket, knife or drugs.', 'ad_drug_use', 'child', true, false, false],
  ]);
});
describe("Review 24d B1: 'was at the man's house' for a lesson, an errand or a charity", () => {
  falseAlarms('ordinary visits', 'am_found_with_adults', [
    "She was at the man's house for her piano lesson.",
    "He was at the older man's house for his guitar lesson.",
    "He was at the man's house to return a football that went over the fence.",
    "She was at the man's house collecting for the school charity raffle.",
    "She was at the man's house as part of her Duke of Edinburgh volunteering.",
  ]);
});
describe("Review 24d B2: 'history of cutting' is historical (eval README)", () => {
  gives('historical', [
    ['Her school file records a history of cutting to her thighs.', 'ep_self_harm', 'child', false, false, true],
    ['She has a history of cutting her wrists and her hair is falling out.', 'ep_self_harm', 'child', false, false, true],
  ]);
});
describe('Review 24d B3: the gift after the men who collected her', () => {
  has('both', [
    ['The older men who collected her from the park bought her new clothes on a shopping trip.', ['go_unknown_adults_collect', 'rg_unexplained_gifts']],
  ]);
});
describe("Review 24d C1: 'will be done in|over' is scheduling", () => {
  falseAlarms('no threat', 'go_threats_violence', [
    'The kitchen will be done over the summer holidays.',
    'The assessment will be done over the next two weeks.',
    'The drug test will be done in clinic on Monday.',
    'Her review would be done in March by the IRO.',
    'The home visit will be done in the evening so mum can attend.',
    'Checks will be done in the morning, and if she goes missing police will be called.',
    'The referral will be done in the next few days; he has been going missing.',
  ]);
  has('missing kept', [
    ['Checks will be done in the morning, and if she goes missing police will be called.', ['am_missing']],
    ['The referral will be done in the next few days; he has been going missing.', ['am_missing']],
  ]);
});
describe('Review 24d C2: bricks or fireworks thrown by the child', () => {
  falseAlarms('no attack on the home', 'go_threats_violence', [
    'He and his friends were throwing rocks at the windows of the empty factory.',
    'He threw a brick through the school window and was excluded.',
    'She was caught throwing fireworks at the door of a neighbour.',
    'Kids on the estate threw fireworks at the windows of the bus.',
  ]);
  has('exclusion kept', [['He threw a brick through the school window and was excluded.', ['am_school_exclusion']]]);
});
describe('Review 24d C3: men present at worship, a damaged car', () => {
  falseAlarms('not found with adults', 'am_found_with_adults', [
    'She was found at the mosque after prayers where several men were present.',
    'She was found at a christening where several adult men were present.',
    "Police were called after a 50-year-old man's car was damaged by the boys.",
  ]);
});
describe('Review 24d C4: drinks from staff or carers', () => {
  falseAlarms('soft drinks', 'ad_substances_given', [
    'The children were provided with drinks by staff on the trip.',
    'Staff had drinks ready for the children when they got back from the walk.',
    'She was supplied with drinks by the school at sports day.',
    'Foster carer has hot drinks waiting for them after school.',
  ]);
  has('in care kept', [['Foster carer has hot drinks waiting for them after school.', ['fa_in_care']]]);
});
describe("Review 24d C5: 'turned up in TOWN' for a visit or a day out", () => {
  falseAlarms('not out of area', 'am_found_out_of_area', [
    'She turned up in Leeds to see her dad.',
    'He turned up at Manchester Airport to meet his uncle off the plane.',
    'She turned up in Blackpool with her mates for the illuminations.',
  ]);
});
describe('Review 24d C6: swallowing one’s own tablets', () => {
  falseAlarms('no overdose', 'ep_self_harm', [
    'She has difficulty swallowing tablets, so she takes liquid medication.',
    'He swallows his tablets with water each morning before school.',
    'She finds swallowing her medication tablets difficult and the GP has changed them.',
  ]);
});
describe("Review 24d C7: 'picked up by police for' her safety", () => {
  falseAlarms('no arrest', 'go_arrests', [
    'She was picked up by police for her own safety and taken to the hospital.',
    'He was picked up by police for a welfare check after his mum rang.',
  ]);
});
describe("Review 24d C8: 'bagging up' as a job or a chore", () => {
  falseAlarms('no drugs', 'go_carrying_drugs', [
    'He earns money bagging up at the market stall with his uncle.',
    'He enjoys bagging up the compost with nan at the allotment.',
  ]);
});
describe('Review 24d C9: a balaclava worn for cold or sport', () => {
  falseAlarms('no weapon', 'go_carrying_weapons_money', [
    'Police searched his bag and found a balaclava; he wears it cycling to school.',
    'A balaclava was found in his coat pocket; he uses it on his paper round when it is freezing.',
    'A cricket bat and a balaclava were found in his wardrobe; he plays for the under-15s and goes skiing.',
  ]);
});
describe('Review 24d C10: a phone for an ordinary job', () => {
  falseAlarms('not several phones', 'te_several_phones', [
    'He has a separate phone for work at the garage.',
    'He has a second phone for work which his boss gave him.',
  ]);
});
describe('Review 24d C11: a small child throwing something at mum', () => {
  falseAlarms('no domestic abuse', 'fa_domestic_abuse', [
    'The toddler threw a cup at mum during a tantrum.',
    'Her little brother threw a toy at mum when he was told off.',
  ]);
});
describe('Review 24d C12: home at exactly the time agreed', () => {
  falseAlarms('compliance', 'da_controlled_return', [
    'He returns home at exactly the time agreed with his foster carer.',
    'She came home at exactly 10pm as agreed.',
  ]);
});
describe("Review 24d C13: 'relationship with an adult' who is safe", () => {
  falseAlarms('no older partner', 'go_older_partner', [
    'She has a strong relationship with an adult at school.',
    'He would benefit from a relationship with an adult mentor.',
    'He lacks a relationship with an adult role model.',
    'She has built a relationship with an adult volunteer at the youth club.',
  ]);
});
describe("Review 24d C14: 'drink every evening' made for the child", () => {
  exactly('no alcohol', [
    ['Staff make her a drink every evening before bed.', []],
    ['She has a hot chocolate drink every evening.', []],
  ]);
});
describe("Review 24d C15: 'travels to TOWN' for sport or music", () => {
  falseAlarms('not out of area', 'am_found_out_of_area', [
    'He travels to Liverpool most weekends to watch matches with his mates.',
    'She travels to London alone for her dance competitions.',
    'He travels to Manchester at weekends to play in a band.',
    'Staff are concerned that he travels to Birmingham for his boxing fights.',
  ]);
});
describe('Review 24d D: other probe-24 entries', () => {
  falseAlarms('collect', 'go_unknown_adults_collect', [
    'The taxi driver brought him back from his respite placement at 6pm.',
    'Someone from the football club came late at night to pick him up after the away game.',
  ]);
  falseAlarms('calls', 'te_worrying_calls', [
    'Her phone rang four times during the night; it was her dad checking on her.',
    'His phone went off 10 times in the lesson, all from the class group chat.',
    'She gets more than 100 messages a day from her netball team chat.',
  ]);
  falseAlarms('documents', 'da_documents_held', ['The school will take his passport for the trip to France.']);
  falseAlarms('online offers', 'te_online_offers', ['He was offered a trial on Instagram to play for a semi-pro team.']);
  falseAlarms('images', 'te_sexual_images', [
    'She sells photos of herself wearing her own jewellery designs on Etsy.',
    'She was told to film herself doing the exercises by the physio.',
    'He was told to record himself reading by his English teacher.',
    'She was pressured to photograph herself for the yearbook.',
  ]);
  falseAlarms('sex exchange', 'rg_sex_exchange', ['He gets paid for doing stuff for the old man next door, like cutting his grass.']);
  falseAlarms('night check', 'am_missing', [
    'She was not in her room at the 2am check as she was in the bath.',
    'He was not in his bed at the night check; he was found asleep on the sofa.',
  ]);
  falseAlarms('money', 'rg_unexplained_money', ['He had £200 in twenty pound notes from selling his PlayStation.']);
  falseAlarms('address', 'am_unknown_address', ['The family moved to a house nobody in the family knew, in a new area.']);
  falseAlarms('with adults', 'am_found_with_adults', ['He was sitting in the back of the shop with the adult men from the mosque after prayers.']);
  falseAlarms('attendance', 'am_school_absence', ['She only attended 9 of the last 10 days, which is good for her.']);
  falseAlarms('older partner', 'go_older_partner', [
    'She is seeing someone a lot older for her maths tutoring.',
    'She is seeing someone older, her counsellor, each Thursday.',
  ]);
  falseAlarms('cuckooing', 'go_cuckooing', ['Mum uses the house to sell from; she runs an Avon business.']);
  falseAlarms('moved', 'am_moved_by_others', ['He was made to work for no pay at the car wash; he was sent to Coventry by the men after he complained.']);
  has('unpaid work kept', [['He was made to work for no pay at the car wash; he was sent to Coventry by the men after he complained.', ['rg_unpaid_work']]]);
  falseAlarms('assault', 'ep_injuries_assault', ["The boxing coach said he will get battered in the ring if he doesn't train."]);
});
describe('Review 24d: what the narrowed rules and entries must still find', () => {
  gives('kept', [
    ['Mum did not know Jess had been self-harming.', 'fa_parental_mental_health', 'other', false, false, false],
    ['Dad disclosed that he is drinking again.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['Mum disclosed to the social worker that she is using cocaine.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['She was found with £310 and no ticket, having been missing since Tuesday.', 'am_missing', 'child', false, false, false],
    ['She has a history of cutting.', 'ep_self_harm', 'child', false, false, true],
    ['Kayla was not in her room at the 02:00 check and her window was open.', 'am_missing', 'child', false, false, false],
  ]);
  has('kept', [
    ['He was warned he would get done in if he grassed.', ['go_threats_violence']],
    ["They put a brick through the family's window.", ['go_threats_violence']],
    ['They threw fireworks at the door of her house.', ['go_threats_violence']],
    ['Police found a baseball bat in his bag.', ['go_carrying_weapons_money']],
    ['She turned up in Blackpool twice this month.', ['am_found_out_of_area']],
    ['He travels to Swansea alone at weekends.', ['am_found_out_of_area']],
    ['The older men who bought her new clothes collected her from the park.', ['rg_unexplained_gifts']],
    ['The boys had been using his flat to sell from for weeks.', ['go_cuckooing']],
    ['He has been selling videos of himself to adults online.', ['te_sexual_images']],
    ['Her phone rang 30 times during the visit.', ['te_worrying_calls']],
  ]);
});
describe('Review 24d: threats and clause ends the narrowed entries keep', () => {
  has('threat kept', [
    ['He said he would get done over if he did not go back to the flat.', ['go_threats_violence']],
    ['She is worried she will get done in by her ex if she goes missing again.', ['go_threats_violence']],
    ['He would be done over by the olders if he talked, he says; he has not been carrying a knife.', ['go_threats_violence']],
  ]);
  gives('not negated past "did not know,"', [
    ['He woke in a house he did not know, was given drugs, and was moved to another flat.', 'ad_substances_given', 'child', false, false, false],
  ]);
});
describe("Review 24d: the relative's own doings stay the relative's", () => {
  gives('other', [
    ['Dad disclosed to staff that he was arrested for dealing cocaine last year.', 'go_arrests', 'other', false, false, true],
    ['Mum admitted to police that she was drinking heavily.', 'fa_parental_substance_misuse', 'other', false, false, false],
    // Round 29b: abuse as a teenager is fa_previous_abuse (fresh28's wording), still the relative's and in the past.
    ['Nan disclosed that she was sexually exploited as a teenager.', 'fa_previous_abuse', 'other', false, false, true],
  ]);
});
