import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as silent } from '../../../test/fixtures/text-checks.ts';

// Regressions review rev-probe-1 found in the probe-24 language changes (probe-lang24 at 5b64599): false alarms of the
// new probe-24 entries on ordinary wording, and findings lost to widened vetoes and criticism cues. The helpers also
// check that the reference checker agrees.

describe('review 24B: age_of_consent_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    "She is 16 and can consent to her own dental treatment without mum's signature.",
    'He is 17 and can consent to treatment, so the GP saw him alone.',
    'She is the victim but willing to give a video interview to police next week.',
    'He is a victim but willing to support the prosecution.',
    'She was a victim but willing to talk about what happened at the next visit.',
  ])('not flagged: %s', silent);
});

describe('review 24B: adopted_lifestyle_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'He has embraced a sober lifestyle since leaving the army, said his father.',
    'Gran has adopted a healthier way of eating, and Mia has embraced the farm lifestyle.',
  ])('not flagged: %s', silent);
});

describe('review 24B: bringing_others_to_men_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'Amy introduced the other girls to the house and showed the new resident round.',
    'Josh introduced his friends to the older residents at the care home where he volunteers.',
  ])('not flagged: %s', silent);
});

describe('review 24B: enjoys_gifts_attention_probe24 (lexicon-probe24.ts)', () => {
  it.each(['She volunteers at the day centre with older adults and seems to enjoy it.'])('not flagged: %s', silent);
});

describe('review 24B: risky_sexual_behaviour_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    "The taxi driver's inappropriate sexual behaviour towards her was reported to the council licensing team.",
    "The landlord's inappropriate sexual behaviour towards her has been reported to police.",
    "The 30-year-old's risky sexual behaviour towards children has been reported to police.",
    'He was seen exposing himself to men in the park, police said of the suspect, aged 40.',
  ])('not flagged: %s', silent);
});

describe('review 24B: not_a_good_witness_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'Police believe she would make a credible witness and special measures have been agreed.',
    'She will make a good witness with the support of a registered intermediary.',
    'The duty manager who saw the incident would make a good witness.',
    'The childminder would make a good witness as she saw the car.',
  ])('not flagged: %s', silent);
});

describe('review 24B: naive_silly_probe24 (lexicon-probe24.ts)', () => {
  it.each(['She said she felt stupid and naive for believing what he told her.', 'He described himself as naive and foolish for trusting them.'])(
    'not flagged: %s',
    silent,
  );
});

describe('review 24B: part_of_the_problem_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'Long waiting lists for CAMHS are part of the problem.',
    'Lack of youth provision in the village is part of the problem.',
    'Transport to college is also part of the problem.',
    "Her dad's lack of supervision is very much part of the problem.",
    'Missed appointments are part of the problem, the GP said.',
  ])('not flagged: %s', silent);
});

describe('review 24B: criminally_sophisticated_probe24 (lexicon-probe24.ts)', () => {
  it.each(['The suspect is an experienced offender with convictions for violence.'])('not flagged: %s', silent);
});

describe('review 24B: dealing_for_adults_probe24 (lexicon-probe24.ts)', () => {
  it.each(['The defendant is an experienced drug dealer, the judge said.'])('not flagged: %s', silent);
});

describe('review 24B: happy_to_go_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'She was happy to go back to the house after respite and they welcomed her.',
    'She was keen to return to the flat she shares with her baby, and staff helped her move.',
  ])('not flagged: %s', silent);
});

describe('review 24B: agreement_to_sex_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'Both parents are in agreement with this activity plan for the holidays.',
    'Both parents are in agreement with the contact.',
    'She is in agreement with the sexual health referral and the school nurse will book it.',
    'Lily is in agreement with the sexual health nurse seeing her at school.',
  ])('not flagged: %s', silent);
});

describe('review 24B: negative_influence_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'Lockdown had a negative influence on her mental health.',
    'Cannabis has a negative influence on his mood and sleep.',
    'Exam stress has had a negative influence on her attendance.',
    'The new medication had a negative influence on his sleep.',
    "The older man's malign influence over her is clear from the messages.",
  ])('not flagged: %s', silent);
});

describe('review 24B: not_considered_victim_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'The shopkeeper was not treated as a victim as nothing was taken.',
    'The owner of the car was not considered a victim because the car was returned undamaged.',
    'The partner was not considered a victim as he had started the fight.',
    'She was not seen as a victim because she had been drinking, the review found.',
  ])('not flagged: %s', silent);
});

describe('review 24B: knows_own_mind_probe24 (lexicon-probe24.ts)', () => {
  it.each(['The care leaver, now 19, is a young woman who knows her own mind and has chosen her own flat.'])('not flagged: %s', silent);
});

describe('review 24B: choosing_relationships_probe24 (lexicon-probe24.ts)', () => {
  it.each(['He can now choose his friendships and spends time with peers from the youth club.'])('not flagged: %s', silent);
});

describe('review 24B: wrong_path_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'CPS decided to go down the criminal route rather than a civil injunction.',
    'Police decided to go down the criminal route against the adult.',
    'He chose to go down the criminal route to get justice for his brother, by reporting the attack.',
  ])('not flagged: %s', silent);
});

describe('review 24B: does_not_want_to_know_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    "She did not want to know the baby's sex at the scan.",
    'She did not want to know about the court date until nearer the time, which staff respected.',
    "She didn't want to know what was in the report, so her advocate summarised it.",
  ])('not flagged: %s', silent);
});

describe('review 24B: married_to_adult_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'The childminder is married to a man with a conviction for assault.',
    'The tenant is married to a man known to police.',
    'She is engaged to a man of 19 and is 18 herself.',
  ])('not flagged: %s', silent);
});

describe('review 24B: free_to_leave_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'He was free to leave the police station after the decision to release him under investigation.',
    'As an informal patient she is free to leave the ward at any time; the decision was explained to her.',
    'The fire was not under the control of the crews for an hour, and the men were evacuated.',
    'The dog was not under the control of the owner when it bit the man, the decision notes.',
  ])('not flagged: %s', silent);
});

describe('review 24B: pay_his_debt_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'The YOT worker helped him to work off his debt to the shop through reparation after he lost the stock.',
    'He lost his bus pass and has to pay his debt at the library before he can borrow again.',
  ])('not flagged: %s', silent);
});

describe('review 24B: uses_sex_probe24 (lexicon-probe24.ts)', () => {
  it.each(['Relationships workshop: why some people use sex to get approval.', 'The 23-year-old uses sex to control her.'])('not flagged: %s', silent);
});

describe('review 24B: defies_warnings_probe24 (lexicon-probe24.ts)', () => {
  it.each(['Having been warned not to drive without insurance, the man continued to do so and was arrested.'])('not flagged: %s', silent);
  it.each([
    'She disobeys her carers; the review rejects this.',
    "She disobeys her carers and goes to the men's flat, the old record says, and the review rejects this wording.",
    'She is promiscuous and the review rejected this description.',
  ])('not flagged: %s', silent);
  it.each([['The panel rejected this placement and she continues to choose to go to the flat.', 'chose_to']])('%s -> %s', found);
});

describe('review 24B: happy_with_situation_probe24 (lexicon-probe24.ts)', () => {
  it.each([
    'She is happy with the current arrangement and missing episodes have stopped; her aunt is caring for her.',
    "He is settled with the arrangement at his grandparents' and no further action is needed.",
  ])('not flagged: %s', silent);
});

describe("review 24B: brought_on_self / invited_trouble new unlessNear 'felt|thinks|thought ... she [had] brought' (lexicon.ts)", () => {
  it.each([
    ['Staff feel she has brought this on herself by going back to the flat.', 'brought_on_self'],
    ['The officer thought she had brought it on herself by getting in the car.', 'brought_on_self'],
    ['She keeps going back; the worker felt she brings it on herself.', 'brought_on_self'],
  ])('%s -> %s', found);
});

describe('review 24B: putting_self_at_risk STAFF_PUT_SELF_CUE (lexicon.ts)', () => {
  it.each([['Mum got a call saying she had placed herself at risk at the party.', 'putting_self_at_risk']])('%s -> %s', found);
});

describe("review 24B: out_of_control new unlessNear 'rent|traffic|costs...' (lexicon.ts)", () => {
  it.each([
    ['She is out of control and keeps running into traffic when staff try to talk to her.', 'out_of_control'],
    ['The rent is overdue and she is out of control at home.', 'out_of_control'],
  ])('%s -> %s', found);
});

describe("review 24B: refuses_to_engage new unlessNear 'school|college ... has|was not' (lexicon.ts)", () => {
  it.each([
    ['She refused to engage and the school was not informed of the missing episode.', 'refuses_to_engage'],
    ['He refuses to engage, and the school has not seen him since March.', 'refuses_to_engage'],
  ])('%s -> %s', found);
});

describe("review 24B: recruited new unlessNear 'recruiting and grooming' / 'gang recruited' (lexicon.ts)", () => {
  it.each([
    ['He is recruiting and grooming younger boys for the line.', 'recruited'],
    ['He is recruiting and grooming younger boys for the line.', 'recruits_others_round24'], // the round-24 entry's family
  ])('%s -> %s', found);
  it.each([['The gang recruited younger children and he is now recruiting for them too.', 'grooming_others']])('%s lacks %s', notFound);
});

describe(`review 24B: lifestyle_choice new unlessNear "mum's ... lifestyle" (lexicon.ts)`, () => {
  it.each([
    ["Mum's lifestyle is chaotic and Lily has chosen this lifestyle herself.", 'risky_lifestyle'],
    ["Mum's lifestyle is chaotic and Lily has chosen this lifestyle herself.", 'lifestyle_choice'],
  ])('%s -> %s', found);
});

describe("review 24B: boyfriend_adult new unlessNear 'introduced her as his girlfriend' (lexicon.ts)", () => {
  it.each([['Her boyfriend, 22, introduced her as his girlfriend to his friends at the flat.', 'boyfriend_adult']])('%s -> %s', found);
});

describe('review 24B: CRITICISM_CUES additions (lexicon-cues.ts)', () => {
  it.each([
    ['She concealed that she had been with the men again and she is sexually active with them.', 'sexually_active'],
    ['Staff were told they should not log her as missing as she is with her 24-year-old boyfriend.', 'boyfriend_adult'],
    ['The accused suggested a lift, and she is promiscuous according to the file.', 'promiscuous'],
    ['The court rejected the application and she continues to choose to go to the flat.', 'chose_to'],
    ['Not that she was harmed: she consented to sex with the 20-year-old.', 'consented'],
    ['She no longer records her feelings in her diary and is sexually active with older men.', 'sexually_active'],
  ])('%s -> %s', found);
});

// Positives the narrowed entries and cues must keep, and hard negatives for the new vetoes.
describe('review 24B: the narrowed probe-24 entries still find the child-blaming wording', () => {
  it.each([
    ['She is a negative influence on her peers.', 'negative_influence_probe24'],
    ['He is a corrupting influence on the younger residents.', 'negative_influence_probe24'],
    ['She is very much part of the problem now.', 'part_of_the_problem_probe24'],
    ['Strategy discussion: Ellis is not a victim, he is part of the problem.', 'part_of_the_problem_probe24'],
    ['Police feel she would not make a good witness.', 'not_a_good_witness_probe24'],
    ["She won't make a credible witness because of her drinking.", 'not_a_good_witness_probe24'],
    ['She was in agreement to the sex.', 'agreement_to_sex_probe24'],
    ['She said she was in agreement with the sexual activity.', 'agreement_to_sex_probe24'],
    ['She was happy to go back to the flat with the men.', 'happy_to_go_probe24'],
    ['He was not under the control of the men, the NRM decision says.', 'free_to_leave_probe24'],
    ['He is an experienced offender at 15, police said.', 'criminally_sophisticated_probe24'],
    ['Staff feel she is naive and silly getting into cars with men.', 'naive_silly_probe24'],
    ['He uses sex to get cigarettes from the older men.', 'uses_sex_probe24'],
    ['The worker felt she brings it on herself.', 'brought_on_self'],
    ['He no longer attends the youth club and is recruiting younger boys for the olders.', 'grooming_others'],
    ['She was not considered a victim as her partner was 19.', 'not_considered_victim_probe24'],
    ['She was not seen as a victim because she got in the car willingly.', 'not_considered_victim_probe24'],
    ['She is a victim but willing to meet the men again.', 'age_of_consent_probe24'],
    ['She is 16 and can consent to sex with the 24-year-old, police said.', 'age_of_consent_probe24'],
    ['She uses sex to get drugs from people at the flat.', 'uses_sex_probe24'],
    ['She was happy to go to the flat on her own with the men.', 'happy_to_go_probe24'],
  ])('%s -> %s', found);
  it.each([
    'She felt stupid and naive, said mum.',
    'Mum put herself at risk to get her back.',
    'We now record that she was exploited, not that she was sexually active.',
    'Staff should not record this as a lifestyle choice.',
    'The judge rejected the defence’s claim that she was promiscuous.',
    'The lack of staff is part of the problem.',
    'Poor sleep has had a negative influence on her concentration.',
    'She did not want to know the results of the test.',
    'He is 16 and can consent to a sexual health check.',
    'She is 17 and can consent to contraception without her parents knowing.',
  ])('not flagged: %s', silent);
});
