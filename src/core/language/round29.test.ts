import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 29: false alarms on the dev split and the tuning sets that new authors' sentences share (RESULTS.md "Round
// 29"): wording about an adult, wording quoted to be avoided, and senses of a word that have nothing to do with a
// child. Each change with the ordinary sentences that share its words, and the signs that must still be found. The
// reference checker must agree with the fast path on every sentence.

describe('round 29: an adult given by age opens a sentence with no child in it (check.ts adultAgedSubject)', () => {
  it.each([
    'Custody record: DP aged 47 detained for being drunk and disorderly; released at 0900hrs.',
    'STORM 0105hrs: male aged 38 absconded from the mental health ward, police assisting staff.',
    'Probation: the defendant, aged 34, has a long history of dealing cocaine and poor compliance with supervision.',
    'Probation: adult supervisee Mr H described himself as a former gang member who now mentors at the boxing gym.',
    'A&E discharge: RTC, driver (44) brought it on himself by not wearing a seatbelt, per the paramedic.',
    'Police log: a 38-year-old woman working as a sex worker reported a robbery; the officer took a full statement.',
    'Custody: detained person aged 52 arrested for dealing heroin from his flat.',
    'Court: the defendant, 29, is a known drug dealer and was remanded.',
    'Hostel: Mr Okafor, 61, absconded from the ward last night and was found at the station.',
    'Custody: a 45-year-old man was charged with being drunk and disorderly outside the pub.',
    'Probation: a 33-year-old female supervisee admits dealing cannabis to pay her rent.',
  ])('not flagged: %s', none);
  it.each([
    // A child in the sentence: the wording may be about them.
    ['Police: a man aged 22 was with the 14-year-old, who is a known drug dealer.', 'drug_dealer'],
    ['Custody: a 38-year-old and a 15-year-old girl were arrested; the girl absconded from the unit.', 'absconded'],
    // Someone else after the adult: a pronoun, a name or a reporting verb.
    ['Police: a 30-year-old man and Jade were seen; she chose to get in the car with him and the older men.', 'chose_to'],
    ['Jade, 15, chose to go with the 30-year-old to the flat.', 'chose_to'],
    // No adult's noun phrase before the age: the age is someone else's.
    ['Minutes say Lily-Rose sees the 27-year-old on her own terms and is under no pressure.', 'consent_idiom_round13'],
  ])('%s -> %s', found);
  it.each([
    // The minimising wording is about what happened, whoever the subject: it stays.
    ['GP: the patient is a 40-year-old sex worker who attends for screening; low risk, nothing to worry about.', 'sex_worker'],
  ])('%s: no %s', notFound);
});

describe('round 29: wording named by training or guidance as wording to avoid (CRITICISM_CUES)', () => {
  it.each([
    'Training slide for ED staff: the phrase "putting herself at risk" shifts blame; describe what the adults did instead.',
    'DSL log: the training slide says never to write that a child "chose" to be abused; describe what the adult did.',
    'Supervision: we agreed the term "child prostitute" must not be used in any record.',
    'Guidance: language such as "risky behaviour" places the responsibility on the child.',
    'Briefing for new staff: do not record that a girl is "promiscuous"; record what the men did.',
    'Practice note: the word "consensual" puts the blame on victims of grooming.',
  ])('not flagged: %s', none);
  it.each([
    // Not wording about wording: the child's own doings stay.
    ['The men told her not to say anything, and she chose to go back to the flat with them and the older men.', 'chose_to'],
    ['She is manipulative and shifts the blame onto the other girls.', 'manipulative'],
    ['Staff are not to use restraint and she chose to go with the older men.', 'chose_to'],
    ['She puts herself at risk and places blame on staff.', 'putting_self_at_risk'],
    ['She was told not to record the calls, and she chooses to go to the flat with the older men.', 'chose_to'],
    ['The flat must not be used by her again as she is a willing participant.', 'consented'],
  ])('%s -> %s', found);
});

describe('round 29: senses of a word that have nothing to do with a child', () => {
  it.each([
    // A network card's mode (promiscuous).
    'Digital forensics: the examiner put the wireless adapter into promiscuous mode to capture the router traffic.',
    'IT: the NIC was left in promiscuous mode after the packet capture.',
    // An escort on school transport, on a shift or a rota (escort_label, working_sex_work_round16).
    'School transport: the escort is working a split shift this term and the route now starts at Oldfield Road.',
    'The bus escort was on the late rota and works Fridays.',
    'Council: the passenger escort worked overtime on the Tuesday run.',
    // A holiday or part-time job at a nail bar, salon or car wash (chose_to: RESULTS.md round 28, left open).
    'She chose to work at the nail bar over the summer.',
    'He opted to work at the car wash during the holidays to save for a bike.',
    'She has chosen to take a Saturday job at the salon.',
    'She chose to do her work experience at the salon.',
  ])('not flagged: %s', none);
  it.each([
    ['The 2012 note described her as promiscuous.', 'promiscuous'],
    ['Aged 15, she was working as an escort from a flat in Cardiff.', 'escort_label'],
    ['He chose to work at the nail bar to pay off his journey.', 'chose_to'],
    ['The Vietnamese boy chose to work in the nail bar and lives above it.', 'chose_to'],
    ['He chose to work at the nail bar in the evenings for the men.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 29: a debt named with the adults who hold it (drug_debt)', () => {
  it.each([
    ['School nurse: Leon says older boys give him cannabis for free and he now owes them money.', 'drug_debt'],
    ['Triage: 15F, took 20 paracetamol after threats from a man she owes money to.', 'drug_debt'],
    ['YOT: the dealers Kai owes money to have threatened his mum after the robbery.', 'drug_debt'],
  ])('%s: no %s', notFound);
  it.each([
    ['He has a drug debt so he has to keep running for the line.', 'drug_debt'],
    ['Pre-sentence report: Devon chose to commit a robbery to pay back a drug debt to older men.', 'drug_debt'],
    ['She owes money after being robbed of the drugs, so it is her debt to pay.', 'drug_debt'],
  ])('%s -> %s', found);
});
