import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 28: listed wording that new authors' context did not meet (RESULTS.md "Round 28": half of fresh27's misses had a
// pattern of the right category, dropped by its entry's requiresNear cues). Each requirement widened with the ordinary
// sentences that share its new cue. The reference checker must agree with the fast path on every sentence.

describe('round 28: "working" for older people named instead of the drugs (working_drugs)', () => {
  it.each([
    ['Referral form: Mason has been working for an older group in Stoke and has £200 in cash.', 'working_drugs'],
    ['School nurse: Harley is working most nights for older boys and falls asleep in lessons.', 'working_drugs'],
    ['Faith leader: the boy is working for men who meet outside the mosque after prayers.', 'working_drugs'],
  ])('%s -> %s', found);
  it.each([
    'He is working for an older man at the garage as an apprentice.',
    'She works for a support group for older men.',
    'Dad is working for the men at the garage.',
  ])('not flagged: %s', none);
});

describe('round 28: "easy" hung on a girl by a bare copula (easy_label)', () => {
  it.each([
    ['Review quoting a 2006 police log: "Girl is easy and goes with anyone."', 'easy_label'],
    ['DSL log: Kacey’s friend said Kacey is "easy" and gets passed around.', 'easy_label'],
    ['Faith leader: the pastor says the 15-year-old girl is easy and that the young men should keep away.', 'easy_label'],
  ])('%s -> %s', found);
  it.each([
    'It was easy and quick to book.',
    'The form is easy and the staff help.',
    'The maths test was easy and she passed.',
    'The journey is easy and takes an hour.',
  ])('not flagged: %s', none);
});

describe('round 28: "involved in" a group by what it does, or in the supply of drugs (involved_in)', () => {
  it.each([
    ['Football coach: Jayden has become involved in the group that hangs around the retail park after training.', 'involved_in'],
    ['C&F assessment: Reuben is involved in the supply of cannabis on the Brackenholt estate.', 'involved_in'],
    ['He is involved in the supply of class A in the town.', 'involved_in'],
  ])('%s -> %s', found);
  it.each([
    'She is involved in the group that meets at the church on Sundays.',
    'He got involved in the charity sales of cakes.',
    'He is involved in the supply of food parcels to families.',
    'Mum is involved in the sale of the house.',
  ])('not flagged: %s', none);
});

describe('round 28: "working as" a rent boy or an escort, an arrest for dealing, carrying for an adult', () => {
  it.each([
    ['Youth worker: boy, 15, thought to be working as a rent boy round the bus station in Leicester.', 'working_sex_work_round16'],
    ['GUM note: pt works as an escort in Marlhaven, aged 16.', 'working_sex_work_round16'],
    ['Supported accommodation key worker: Danny (16) was arrested for dealing outside the Co-op and is on bail.', 'dealing_label'],
    ['Residential handover: Ryan has been dealing again in Blackpool according to the police.', 'dealing_label'],
    ['BTP officer: the juvenile was carrying for an adult male and had 30 wraps in his sock.', 'carrying_for_group'],
  ])('%s -> %s', found);
  it.each([
    'He was carrying for the man next door who had hurt his back.',
    'Dad has been dealing again with the council about the repairs.',
    'She was arrested for dealing with the complaint too slowly, the manager joked.',
  ])('not flagged: %s', none);
  it('a job at the agency is not the child working', () => {
    notFound('She works as a receptionist for an escort agency.', 'working_sex_work_round16');
  });
});

describe('round 28: "young woman" is often a girl of 15; an adult woman as the subject is roleSubject’s (chose_to)', () => {
  it.each([['Hotel night staff: the young woman chose to go with the men to the hotel.', 'chose_to']])('%s -> %s', found);
  it.each(['The woman chose to go with the men to the hotel.', 'The woman, 34, chose to leave with her husband.'])('not flagged: %s', none);
});

// Round 28 (hB): context-dropped misses of the tuning sets, entry by entry. Each new cue with ordinary sentences that
// share it and must stay silent.
describe('round 28 (hB): going off with one unknown man or a stranger (associating_with)', () => {
  it.each([
    ['Carer log: Demi went off with a man she met outside the chip shop and was found in Bolton.', 'associating_with'],
    ['RHI: he ran off with a stranger from the station car park.', 'associating_with'],
  ])('%s -> %s', found);
  it.each([
    'Mum went off with a man from work and left the children with gran.',
    'He hangs out with a man from his football club on Saturdays.',
    'She went off with a man from the church to help at the fete.',
    'The lodger hangs around with a man from the pub.',
    "The dog ran off with a man's glove in the park.",
  ])('not flagged: %s', none);
});

describe('round 28 (hB): an adult "in his late twenties" counts from its first word (ADULT_CUES, boyfriend_adult)', () => {
  it.each([["Carer: Amira's boyfriend, who works at the garage, is in his late twenties.", 'boyfriend_adult']])('%s -> %s', found);
  it.each([
    'Her boyfriend is 15 and his dad, who drives a taxi, is in his late forties.',
    "Mum's boyfriend is in his late thirties and works nights.",
    'Her friend has a boyfriend who is in his early twenties.',
    'She and her boyfriend are both at college; her tutor is in his late fifties.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): "working" where the child then leaves with guests (working_sex_work_round16)', () => {
  it.each([['Hotel manager: two girls of 15 were working the lobby and went off with guests to the rooms.', 'working_sex_work_round16']])('%s -> %s', found);
  it.each([
    'The waiter was working the tables and left with the guests at midnight.',
    'The receptionist worked late and left with the guests for the airport.',
    'Dad works at the bar and goes off with the customers to the match.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): a trafficked child "agreed" or "chose" to work at a nail bar or to pay off the journey (agreed_to, chose_to)', () => {
  it.each([
    ['Bao (15) agreed to work in a nail salon in Leeds.', 'agreed_to'],
    ['Minh, 16, agreed to work at a car wash in Derby.', 'agreed_to'],
    ['The 15-year-old agreed to pay off his passage by working nights.', 'agreed_to'],
    ['Carer log: Lin (16) chose to work in the nail bar rather than stay at the foster home.', 'chose_to'],
  ])('%s -> %s', found);
  it.each([
    'Mum agreed to work at the nail bar on Saturdays.',
    'Zoe chose to pay for the train journey home herself.',
    'The tenant agreed to pay back the debt in instalments.',
    'He chose to work on the farm for his work experience.',
    'Dad agreed to pay off the loan by Christmas.',
    'The owner agreed to work in the car wash while staff were off sick.',
    'She chose to take a Saturday job at the nail bar.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): "voluntarily travelled", the word before the journey (willingly)', () => {
  it.each([['NRM: the girl voluntarily came to the UK with the agent.', 'willingly']])('%s -> %s', found);
  it.each([
    'She voluntarily went to the GP about her asthma.',
    'The 40-year-old voluntarily travelled to the station to be interviewed.',
    'He voluntarily came into the office to hand in the form.',
    'Dad voluntarily travelled to Leeds to pick her up.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): recruited into a group or onto a run between two towns (recruited)', () => {
  it.each([
    ['PSR: Kayden was recruited into the Bradford group at 13.', 'recruited'],
    ['PRU: Leon is recruited and does the Derby to Skegness run most weekends.', 'recruited'],
  ])('%s -> %s', found);
  it.each([
    'She was recruited into the reading group at the library.',
    "Mum was recruited into the parents' group at school.",
    'He was recruited into the research group at the university.',
    'She was recruited to help with the school run.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): fare dodging with a man (fare_evasion_probe25)', () => {
  it.each([['Station log: two boys fare dodging to Crewe again, with a man who buys their food.', 'fare_evasion_probe25']])('%s -> %s', found);
  it.each([
    'A man was caught fare dodging at Leeds.',
    'The inspector dealt with the man who was fare dodging.',
    'Fare evasion notice issued to the man at platform 2.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): going with the group or the lads, children labelled as deciding (consent_idiom_round13)', () => {
  it.each([
    ['Review: the notes say the boy had signed up to go to Hull with the group.', 'consent_idiom_round13'],
    ['Social services minutes regarded the boys as making lifestyle decisions.', 'consent_idiom_round13'],
    ['Ellis made a lifestyle decision to run with the Salford lads.', 'consent_idiom_round13'],
  ])('%s -> %s', found);
  it.each([
    'She signed up for the trip with the group from school.',
    'She signed up to go on the trip with the group from school.',
    'Dad signed up to go to Spain with the lads from work.',
    'He signed up to the gym with the lads.',
    'Her move to veganism was described as a lifestyle decision.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): a minimised overdose among several (risk_graded_down_round16)', () => {
  it.each([['GP letter: she has had three overdoses since June and I would not consider this one significant.', 'risk_graded_down_round16']])(
    '%s -> %s',
    found,
  );
  it.each([
    'Mum has had two overdoses in the past; no safeguarding concerns for the children.',
    'The pharmacist did not consider the overdose risk of the inhaler significant.',
    'Two overdoses were reported in the town last year; the council says it is low risk for the festival.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): adults whose kinship the writer doubts (uncle_not_related)', () => {
  it.each([['Youth worker: the girl says the two men are her uncles, but they do not seem related to her.', 'uncle_not_related']])('%s -> %s', found);
  it.each([
    'Her uncle has been ill and missed two visits; the two things do not seem related.',
    'Her aunt visited on Monday; the bruises and the fall do not appear related.',
    'Her aunt came to the review; the two incidents do not seem related to each other.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): "a history of lying" as a trait (lying_label)', () => {
  it.each([['RHI: Kieran has a history of lying so his account of the trip to Margate was not followed up.', 'lying_label']])('%s -> %s', found);
  it.each([
    'She has a history of lying down after lunch because of her illness.',
    'The patient has a history of lying awake at night.',
    'The witness, aged 40, has a record of lying under oath.',
    'The dog has a pattern of lying in the sun all afternoon.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): "in one piece" when the child will not say where they were (return_glossed)', () => {
  it.each([
    ['Carer log: J came home at 2am in one piece, with a new phone, and would not say where he had been.', 'return_glossed'],
    ['Carer log: she turned up in one piece and refused to tell where she had been.', 'return_glossed'],
  ])('%s -> %s', found);
  it.each([
    'The parcel arrived in one piece, but the courier refused to say where it had been stored.',
    'Grandad came home in one piece from the hospital and refused to tell where he left his glasses.',
    'Mum came home at six in one piece after the operation.',
    'He got home late from the match in one piece.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): told to be more careful after a sexual health visit (take_more_care)', () => {
  it.each([['Pharmacy: she was in for emergency contraception again this week; she should be more careful.', 'take_more_care']])('%s -> %s', found);
  it.each([
    'The clinic ran out of emergency contraception; staff should be more careful with stock.',
    'Mum has chlamydia and should be more careful.',
    'The STI leaflet says you should take more care with antibiotics.',
    'Her sister had an STI last year and needs to be more careful.',
  ])('not flagged: %s', none);
});

describe('round 28 (hB): going back to him whatever anyone says (went_back_to_him)', () => {
  it.each([
    ['RHI: Demi said she is "going back to him whatever the police think".', 'went_back_to_him'],
    ['Youth worker: Kai went back to them regardless of the warnings.', 'went_back_to_him'],
  ])('%s -> %s', found);
  it.each([
    'Mum is going back to him whatever anyone says.',
    "Whatever happens, he went back to them for his tea at his nan's.",
    'She went back to them after work, no matter how tired she was.',
  ])('not flagged: %s', none);
});
