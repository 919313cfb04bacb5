import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../text/matcher.ts';
import { checkLanguage } from './check.ts';
import { LEXICON } from './lexicon.ts';
import { LANGUAGE_SOURCES } from './sources.ts';
import { LANGUAGE_CATEGORIES, LANGUAGE_CATEGORY_KEYS } from './types.ts';

const SOURCE_KEYS = new Set(Object.keys(LANGUAGE_SOURCES));
// Words an alternative must never use: they are the wording the checker exists to replace (issue 4).
const BANNED_IN_ALTERNATIVES: [string, RegExp][] = [
  ['promiscuous', /promiscu/i],
  ['prostitut*', /prostitut/i],
  ['chose to', /\bchose to\b/i],
  ['lifestyle', /lifestyle/i],
  ['putting * at risk', /\bputting \w+ at\b.*\brisk\b/i],
  ['a friend', /\bfriend\b/i],
];

describe('lexicon data', () => {
  it('has at least 80 entries with unique ids', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(80);
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
  });

  it('covers every category, each with several entries', () => {
    const counts = Object.fromEntries(LANGUAGE_CATEGORY_KEYS.map((k) => [k, LEXICON.filter((e) => e.category === k).length]));
    expect(counts).toMatchInlineSnapshot(`
      {
        "adult_centred_label": 53,
        "blames_child": 165,
        "criminalises_child": 120,
        "implies_consent": 137,
        "minimises_harm": 125,
        "sexualises": 73,
      }
    `);
    for (const k of LANGUAGE_CATEGORY_KEYS) expect(counts[k]).toBeGreaterThanOrEqual(5);
  });

  it('labels every category in plain words', () => {
    for (const k of LANGUAGE_CATEGORY_KEYS) expect(LANGUAGE_CATEGORIES[k].label).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('has sources with a title, and only https/http URLs from SOURCES.md section 3', () => {
    for (const s of Object.values(LANGUAGE_SOURCES) as { title: string; url?: string }[]) {
      expect(s.title.length).toBeGreaterThan(10);
      if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
    }
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))('%s is complete and valid', (_id, e) => {
    expect(e.id).toMatch(/^[a-z0-9_]+$/);
    expect(e.patterns.length).toBeGreaterThan(0);
    expect(LANGUAGE_CATEGORY_KEYS).toContain(e.category);
    expect(e.explanation.length).toBeGreaterThan(40);
    expect(e.explanation).toMatch(/[.!?]$/);
    expect(e.alternatives.length).toBeGreaterThanOrEqual(1);
    expect(e.alternatives.length).toBeLessThanOrEqual(3);
    for (const a of e.alternatives) expect(a.trim().length).toBeGreaterThan(10);
    expect(SOURCE_KEYS.has(e.source)).toBe(true);
    if (e.window !== undefined) expect(e.window).toBeGreaterThanOrEqual(1);
    // Every pattern and every context cue compiles on its own (the matcher throws, naming the bad pattern).
    expect(() => compilePatterns([{ patterns: e.patterns, value: e.id }])).not.toThrow();
    for (const cue of [...(e.requiresNear ?? []), ...(e.unlessNear ?? [])]) expect(() => compilePatterns([{ patterns: [cue], value: cue }])).not.toThrow();
  });

  it.each(LEXICON.flatMap((e) => e.alternatives.map((a) => [e.id, a] as const)))('%s: alternative "%s" keeps clear of banned wording', (_id, alternative) => {
    for (const [, re] of BANNED_IN_ALTERNATIVES) expect(alternative).not.toMatch(re);
  });

  it.each(LEXICON.flatMap((e) => e.alternatives.map((a) => [e.id, a] as const)))('%s: alternative "%s" passes the checker itself', (_id, alternative) => {
    expect(checkLanguage(alternative).map((f) => `${f.entryId}: ${f.text}`)).toEqual([]);
  });
});

// Gaps pass (round 20): wording that case reviews and national guidance quote, each with a hard negative. Sentences
// written for these tests (invented names), not taken from the reviews or the evaluation sets.
describe('review wording (gaps pass)', () => {
  const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);
  it.each([
    ['Dad says Tayla makes poor relationship choices.', 'poor_choices'],
    ['Told Keeley she shouldn’t have been on that app in the first place.', 'should_not_have'],
    ["Officer told Amira she shouldn't have been chatting to the men.", 'should_not_have'],
    ['Police note says the girl had consented and was 100% willing.', 'had_consented'],
    ['Police note says the girl had consented and was 100% willing.', 'willing'],
    ['Ellie was told not to go to the flat but went anyway.', 'went_anyway_advice'],
    ['Despite warnings from staff he goes regardless.', 'went_anyway_advice'],
    ['Dion, 15, is entrepreneurial and sees selling cannabis as a business.', 'entrepreneur_label'],
    ['The YOT report calls him a young entrepreneur with an eye for cash.', 'entrepreneur_label'],
    ['Advised dad that Poppy should just switch her phone off if the men keep messaging.', 'just_switch_off'],
    ['Why doesn’t she just block them, the officer asked, when the man sent more threats.', 'just_switch_off'],
    ['Shannon, 14, disclosed six sexual partners, three of them adult males.', 'sexual_partners_child'],
    ['Her sexual partner is 25; she is 14.', 'sexual_partners_child'],
    ['The worker thought mum was worried about the men only because she could not accept that Nia was growing up.', 'growing_up_explained'],
    ['Dad says going missing and drinking with older lads is just part of growing up.', 'growing_up_explained'],
    ['Staff think she gets a buzz from the attention of the men at the takeaway.', 'buzz_from_attention'],
    ['Kian, 15, is happy to do the runs because the olders pay him.', 'happy_to_do_runs'],
    ['Jay says he is happy to do runs if they pay him.', 'happy_to_do_runs'],
    ['She should take more care about who she adds on Snapchat.', 'take_more_care'],
    ['Reggie was found holding drugs and cash for the older lads.', 'holding_for'],
    // A "not" that is the blame itself survives the denial rule (check.ts deniedLabel).
    ['Staff say Nia does not take responsibility for her own safety when she is with the men.', 'blaming_idiom_round13'],
    // Round 21: the entry's own word no longer silences it; "youth offender" as a label.
    ['Kai is a persistent offender and should be left for the police to manage.', 'prolific_offender'],
    ['Custody: youth offender, 14, from Grimsby, arrested for criminal damage.', 'young_offender_label'],
    ['School log: Kelsey craves attention and has posted again about the men messaging her.', 'attention_seeking'],
    ['Staff feel she craves the attention the men at the takeaway give her.', 'enjoys_attention'],
    ['Door staff say she leads men on at the club.', 'led_on'],
    ['Officers felt she had encouraged their advances at the party.', 'encouraged_advances'],
    // Round 21 wording (fresh sets written by practitioners), each with a hard negative below.
    ['Dad said "she\'s lying again, she always does."', 'liar'],
    ['Residential log: Tyrese would not cooperate with the return interview.', 'non_compliant'],
    ["Ellie won't cooperate with the officers about the men.", 'non_compliant'],
    ['Leah has been impossible to work with since the summer.', 'difficult_child'],
    ['Kirsty continues to seek out older males in the town centre.', 'blaming_idiom_round15'],
    ['Amber must have known the risks when she got into the car.', 'knew_full_well'],
    ['The log says the girl knows the risks of meeting strangers.', 'knew_full_well'],
    ['DSL: the images were self-generated, so her phone was taken.', 'self_generated'],
    ['GP: 15yo attending for a fourth STI screen, reckless with her own health.', 'careless_about_protection'],
    ['Police: the girl did not resist, so no offence was recorded.', 'no_resistance'],
    ['Police: Ellie provoked the assault by arguing with the men.', 'blame_in_review_wording'],
    ['Niamh keeps walking into dangerous situations with men she hardly knows.', 'blame_in_review_wording'],
    ['Custody: "juvenile is a runner for a Liverpool OCG".', 'offender_label_round15'],
    ['Bank referral: Amber, 16, flagged for money laundering after cash passed through her account.', 'offender_label_round15'],
    ['Police say she has been pimping her younger friends to the men at the flat.', 'pimping_others'],
    ['Police: Harley met his date, a 34-year-old, at a Travelodge near the M6.', 'date_label'],
    ['The record says Olivia’s date from the app, a man of 35, picked her up from school.', 'date_label'],
    ['School nurse: 13 y/o describes her "date" on Saturday with a man from an app.', 'date_label'],
    ['GP: 13yo, well-developed, presenting for contraception.', 'well_developed'],
    ['Dad said "he knows what he\'s getting into, he\'s not daft".', 'consent_idiom_round15'],
    ['NRM referral: Mihai (15) says he came willingly to the UK with an agent who found him work.', 'chose_to_come_uk'],
    ['Chronology entry read out at the panel: "happy to accompany the men".', 'readily'],
    ['BTP intelligence: subject (16) is a nominal on the Hollinshaw line and travels willingly.', 'willingly'],
    ['Tasha: “I’m not a kid, I know what I’m doing.”', 'not_a_kid_own_words'],
    ['Found at the address of a 40-year-old man, the officer notes she had just been chilling there.', 'harm_waved_away'],
    ['Police found her with two men at the flat; she had just been hanging out there.', 'harm_waved_away'],
    ['Family support: dad says Aimee wraps the men round her little finger.', 'sexualising_labels_round13'],
    ['Police: yp is dating a 24-year-old with a flat in Slough.', 'dating_adult'],
    ['She hooks up with men in their thirties she meets online.', 'casual_sex_adult'],
    // Threats and unwanted touching are exploitation context (EXPLOITATION_CONTEXT_CUES, round 21).
    ['School: the boys grabbing girls in the corridor is horseplay.', 'banter'],
    ['Police: the threats between the two groups are a falling out between friends.', 'violence_as_quarrel'],
    ['MFH closure: Jade returned home fine and no further action is needed.', 'returned_fine'],
    ['Youth justice: Deshawn was handed the phone by his top boy.', 'top_boy'],
    ['Police: Tyrese was recruited by the Northside group last year.', 'recruited'],
    ['Kiara said she didn’t say no so it was her fault.', 'to_blame'],
    ["Mentor: he's a wannabe gangster who talks big about his olders.", 'wannabe_gangster'],
    ['Learning mentor: Deji is a wannabe who hangs around the elders on the estate.', 'wannabe_label'],
    ["Year 10 tutor: Reuben thinks he's a gangster and wants to be part of the Oxtree lot.", 'wannabe_label'],
    ['Outreach: 16yo F, advertised by the men through an escort agency.', 'pimp_escort'],
    // Patterns that never matched their own wording (one word per alternative, round 21).
    ['Shanice is a lovely girl but dresses to be noticed when the older lads are about.', 'sexualising_labels_round13'],
    ['Mum said she "dresses like she’s twenty".', 'provocative_dress'],
    ['Chantelle (16) hangs about the taxi rank and dresses to impress the older men.', 'dresses_to_impress'],
    ['Officer: the 12-year-old was only holding the bag for them.', 'just_helping'],
    ['He says it is only weed and the older lads give it to him.', 'only_a_bit_of'],
    ['Social worker: the men treat Lauren like a princess, buying her nails and hair done.', 'harm_waved_away'],
    ['She did not go home that night and left with the men willingly.', 'willingly'],
    ['Strategy meeting: mum is overreacting about the older men at the park.', 'parent_worry_dismissed'],
    ['AssetPlus: Tyrone enjoys the gang lifestyle and the money.', 'enjoys_attention'],
    ['GP: 15yo M, recreational drug user, anxiety.', 'drug_user_label'],
    ['CPOMS entry: Tyler truanted again and was seen in town with older boys in a car.', 'truanting'],
    ["Attendance officer: Chantelle can't be bothered to come in and her mum covers for her.", 'dismissive_labels_round21'],
    ['Youth club: Reece and Kyle hang about by the skate park and are up to no good.', 'dismissive_labels_round21'],
    ['Nurse to the IRO: "she\'s sleeping with half of Oxtree".', 'sexualising_labels_round15'],
    ['Dad said Courtney has been with loads of lads.', 'sexualising_labels_round15'],
    ['Housing: her landlord lets her stay rent-free in return for "favours", she is 16.', 'landlord_label'],
    ['Paramedic report: patient a known user, found collapsed behind the takeaway.', 'drug_user_label'],
    ['Nan said she never listens and it’s her own fault if something happens.', 'to_blame'],
    ['The officer noted that she looks 18 and is well developed.', 'well_developed'],
    ['Social media check: Rosie posts provocative pictures of herself on Instagram.', 'sexualising_paraphrase'],
    ['Marcus was dropped in Barrow by his boss and told to ring when the bag was empty.', 'boss'],
    ['Aleksander works twelve hours a day at the car wash and his gaffer keeps his passport.', 'employers_exploiting'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['Mum has made poor choices in partners and knows it.', 'poor_choices'],
    ['The review found poor decisions by dad about who stayed at the house.', 'poor_choices'],
    ['She should have told someone sooner, she says, and wishes she had.', 'should_not_have'],
    ['The 15-year-old had consented to the referral to the exploitation team.', 'had_consented'],
    ['She is 100% willing to engage with the youth worker.', 'willing'],
    ['The bus was cancelled but we went anyway.', 'went_anyway_advice'],
    ['Mum was told not to visit the unit but went anyway.', 'went_anyway_advice'],
    ['Her mum is entrepreneurial and runs a cafe that makes good money.', 'entrepreneur_label'],
    ['She won a young enterprise award and is very entrepreneurial.', 'entrepreneur_label'],
    ['She should just switch her phone off at night to help her sleep.', 'just_switch_off'],
    ['She has had two sexual partners, both boys her own age.', 'sexual_partners_child'],
    ['Her mum’s sexual partner, aged 40, moved in last month.', 'sexual_partners_child'],
    ['She was hard to reach during the school holidays because the family were abroad.', 'hard_to_reach'],
    ['Mum is worried she might be going to parties with older men.', 'associating_with'],
    ['Mum finds it hard to accept that her son is growing up and wants more independence.', 'growing_up_explained'],
    ['The PSHE lesson covered the body changes that are part of growing up.', 'growing_up_explained'],
    ['Lily gets a buzz from the crowd when she plays in the match.', 'buzz_from_attention'],
    ['Sophie enjoys the attention of her drama teacher when she performs.', 'enjoys_attention'],
    ['He is happy to do shifts at the cafe because he gets paid.', 'happy_to_do_runs'],
    ['She is happy to do runs for her nan when she is paid her pocket money.', 'happy_to_do_runs'],
    ['He is happy to do deliveries if they pay him.', 'happy_to_do_runs'],
    ['She should take more care crossing the road by the school.', 'take_more_care'],
    ['She was holding food and drinks for the party.', 'holding_for'],
    ['Harley associates with known offenders from the estate.', 'prolific_offender'],
    ['The man is a persistent offender with a string of convictions.', 'prolific_offender'],
    ['He was referred to the youth offender panel after the caution.', 'young_offender_label'],
    ['Sophie craves the attention of her drama teacher when she performs.', 'enjoys_attention'],
    ['The path led the men on to the bridge.', 'led_on'],
    ['The patient was lying in bed when the nurse came again.', 'liar'],
    ['Police: the hotel manager would not cooperate until the warrant was shown.', 'non_compliant'],
    ['The new laptop is impossible to work with offline.', 'difficult_child'],
    ['She seeks out the older girls in her year for help with maths.', 'likes_older'],
    ['The clinic explained the risks of the procedure and mum understood.', 'knew_full_well'],
    ['The report says the content was self-generated by the school’s own IT system.', 'self_generated'],
    ['He is reckless with his own money and spends it on trainers.', 'careless_about_protection'],
    ['He did not resist arrest and no offence was found.', 'no_resistance'],
    ['The teacher provoked a lively debate in class.', 'blame_in_review_wording'],
    ['She walked into the office to hand in her homework.', 'blame_in_review_wording'],
    ['He is a runner for the Harriers club in Preston.', 'offender_label_round15'],
    ['Mia is a keen runner and came third in the county cross-country.', 'runner_label'],
    ['She was pimped out by her boyfriend, aged 24.', 'pimping_others'],
    ['Her date of birth is on the file and her dad, 45, confirmed it.', 'date_label'],
    ['Mum, 38, asked the court for his release date and the date of the hearing.', 'date_label'],
    ['She has a well-developed safety plan with her worker.', 'well_developed'],
    ['He knows what he is getting for his birthday.', 'consent_idiom_round15'],
    ['She came willingly to the clinic with her mum.', 'chose_to_come_uk'],
    ['Mum was happy to accompany her to the appointment.', 'readily'],
    ['She waited in line willingly at the bus stop with her sister.', 'willingly'],
    ['The worker noted that he is not a kid who likes football.', 'not_a_kid_own_words'],
    ['She had just been chilling at home with her mum watching TV.', 'harm_waved_away'],
    ['He wraps the presents round the tree with his sister.', 'sexualising_labels_round13'],
    ['Jade is going out with a lad from her tutor group, who is also 14.', 'dating_adult'],
    ['He hooks up with his friends online to play games after school.', 'casual_sex_adult'],
    ['Two boys were spoken to about horseplay in the corridor before lunch.', 'banter'],
    ['The twins had a falling out over the remote control.', 'violence_as_quarrel'],
    ['Her blood test results came back fine, the GP said.', 'returned_fine'],
    ['He was top boy in the spelling test and was handed a certificate.', 'top_boy'],
    ['She was recruited by the youth group to help at the summer fair.', 'recruited'],
    ['He was recruited by his brother to the five-a-side team.', 'recruited'],
    ['GP: his asthma is well controlled and he is a willing participant in the school fitness club.', 'willing'],
    ['Officers explained to Kyra that nothing that happened at the party was her fault.', 'to_blame'],
    ['It was never her fault, the officer told her.', 'to_blame'],
    ['He is a wannabe footballer and trains every night.', 'wannabe_label'],
    ["She thinks he's a big help at home since his dad left.", 'wannabe_label'],
    ['The escort service took Liam to the youth court and stayed with him.', 'pimp_escort'],
    ['She dresses to impress at interviews for her Saturday job.', 'dresses_to_impress'],
    ['Mum says she is only holding a bake sale on Friday for the school.', 'just_helping'],
    ['Police: the 15-year-old did not go with the men willingly; CCTV shows her being pulled into the car.', 'willingly'],
    ['Mum says Chloe is overreacting about the exam results.', 'parent_worry_dismissed'],
    ['He enjoys the street life of the city when he visits his gran in London.', 'enjoys_attention'],
    ['She enjoys the drama club lifestyle at college.', 'enjoys_attention'],
    ['She lives with her father, a known drug user, on the Brackenholt estate.', 'drug_user_label'],
    ['The truanting patrol stopped two pupils in the town centre.', 'truanting'],
    ["Mum can't be bothered to come to the meetings, the worker says.", 'dismissive_labels_round21'],
    ['Police believe the men at the flat are up to no good.', 'dismissive_labels_round21'],
    ['She has been sleeping with her sister since the move.', 'sexualising_labels_round15'],
    ['Her landlord has agreed to repair the boiler for free next week.', 'landlord_label'],
    ['Officers recorded that the 14-year-old was mixing with known drug users.', 'drug_user_label'],
    ['Her language is well developed for a 13-year-old.', 'well_developed'],
    ['His boss at the bakery gave him a lift home after his Saturday shift.', 'boss'],
  ])('not flagged: %s (%s)', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  // Round 23: partying with adults is flagged as minimising (partying_round23), as four tuning-set lines annotate it.
  it('still flags partying with adults', () => {
    expect(ids('Jade is partying with older men at the flat most weekends.')).toContain('partying_round23');
  });
});

// Published-reviews pass (round 21): wording that later reviews and inquiries quote, and the criticism they write
// around it. Sentences written for these tests (invented names), not taken from the reviews or the evaluation sets.
describe('review wording (published-reviews pass)', () => {
  const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);
  it.each([
    ['Staff described Tamsin as a rebellious adolescent who would not follow the home’s rules.', 'rebellious_adolescent'],
    ['The unit sees Mae, 13, as a wayward teenager who goes off with the lads from the garage.', 'rebellious_adolescent'],
    ['Jade was naive to meet a man she had only talked to online.', 'naive_to_meet'],
    ['Officer felt Kiera was naïve to trust the men at the flat.', 'naive_to_meet'],
    ['Paige is manipulative and plays staff off against each other.', 'manipulative'],
    ['Ava was lying about the men, according to the officer.', 'liar'],
    ['Shannon has disengaged from CAMHS.', 'disengaged'],
    ['Connor is complicit in his own exploitation.', 'complicit'],
    ['Care records note that Kelsey, 14, has a boyfriend in his mid-twenties.', 'boyfriend_adult'],
    ['Officer described it as underage sex between Nia (14) and a 22-year-old man.', 'underage_sex'],
    ['Ellie was aggressive with officers when she was found at the flat.', 'aggressive_trauma'],
    ['Panel notes: the age difference is fine because the 14-year-old is mature for her age.', 'mature_for_age'],
    ['The school nurse describes the 12 y/o as mature beyond her years.', 'mature_for_age'],
    ['Mia, 14, says her boyfriend is 33 and calls her every night.', 'boyfriend_adult'],
    ['Police think Lewis, 15, is complicit with the men who run the line.', 'complicit'],
    ['Dean, 15, is a prolific offender, according to the panel.', 'prolific_offender'], // round 21: the first entry no longer silenced by its own word,
    ['Kai, 16, is a known drug dealer and was not treated as a victim.', 'drug_dealer'],
    ['Jade could have said no to the men at the flat.', 'could_have_said_no'],
    ['Ryan could have walked away at any time, according to the YOT note.', 'could_have_said_no'],
    ['Staff believe Shannon is fully aware of what she is getting into.', 'knows_what_doing'],
    ['Connor got himself arrested again in Norwich.', 'gets_self_into'],
    ['Previous records describe Kelsey as "promiscuous" and her 30-year-old boyfriend as her partner.', 'promiscuous'],
    ['The message read as a threat from her boyfriend, who is 31.', 'boyfriend_adult'],
    ['Even when it seems she is happy, her boyfriend is 30 and controls her phone.', 'boyfriend_adult'],
    ['Police recorded it as sexual assault and her boyfriend, 25, was arrested.', 'boyfriend_adult'],
    ['Pastoral log: Ellis gets himself into fights with the older lads.', 'gets_self_into'],
    ['Kai has become involved in crime with older youths.', 'involved_in'],
    ['Strategy meeting: Leah is puttin herself at risk by going to the garage at night.', 'putting_self_at_risk'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'The abuser was manipulative and controlling towards Paige.',
    'Ava said the man was lying about his age.',
    'The review asked why services had disengaged from Shannon when she needed them most.',
    'The review found staff were complicit in failing to protect Connor.',
    'The review found the girls were seen as rebellious adolescents when they were being raped.',
    'Both girls were treated as rebellious teenagers rather than as children being abused.',
    'Mum was naive to trust the landlord with the deposit.',
    'Changes in behaviour were put down to normal teenage behaviour when they were signs of grooming.',
    'The inquiry noted that children were once called child prostitutes, a term now recognised as abusive.',
    'The review found the language in the records, which called a 13-year-old promiscuous, blamed the child.',
    'Practitioners must avoid phrases suggesting a child is putting themselves at risk.',
    'Children do not make lifestyle choices to be exploited; they are groomed.',
    'The CPS said consensual was the wrong word for what happened to a 13-year-old.',
    'The boys called it banter, but the school treated it as sexual harassment.',
    'Both girls ended up with convictions and were treated as offenders rather than victims.',
    'Services colluded with the man who was abusing Anna, the review found.',
    'Victims found giving evidence in court abusive and destructive.',
    'The guide describes the word plugging as dehumanising.',
    'Black girls were seen as more streetwise and less innocent, which the review identified as adultification bias.',
    'Difficulties with appointments were interpreted as choosing not to engage.',
    'Inspectors found some victims were still described as promiscuous, which left them feeling responsible for their abuse.',
    'Children who are unwilling to engage with professionals are often deemed culpable.',
    'Professionals struggled to distinguish between sexual abuse, sexual exploitation and underage sexual activity.',
    'The school delivers lessons on the law on consent and underage sex.',
    'Her reading is well beyond her years, the teacher says.',
    'Tutor report: Sam is mature for his age and a help to younger pupils.',
    'The inspection says staff should never have described a 13-year-old as consenting to sex with a man of 30.',
    'The old record calling him a drug dealer was corrected by the exploitation team last year.',
    'Mia was groomed by a man of 33 who called himself her boyfriend.',
    'The officer recorded that Lewis, 15, was controlled, not complicit.',
    'The 47-year-old was convicted of paying for the sexual services of a child.',
    'Children were not seen as victims but were treated as perpetrators.',
    'Wording that suggests a child is complicit in their abuse must be challenged.',
    'Young people are not putting themselves at risk: they are being forced.',
    'Instead of saying "involved in CSE", write that the child is being sexually exploited.',
    'Exploitation can happen even when the activity appears consensual.',
    'The adult who groomed Dean is a prolific offender.',
    'Mum could have said no to the sleepover.',
    'The school could have said no to the managed move.',
    'She is fully aware of what the college course involves.',
    'Tom has not become involved in crime; he has been groomed by older boys.',
    "Tom hasn't become involved in crime; he is being groomed.",
    'Exploitation can happen even if the activity seems consensual.',
    "Lily's father was described as difficult to engage by the health visitor.",
  ])('not flagged: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('patterns written with phrases as alternatives, repaired (2026-11-30)', () => {
  // An alternative is one word: "it's|it was mutual" once read as the slots "it's|it" "was" "mutual" and missed "it's
  // mutual". Each repaired pattern, as the wording is written.
  it.each([
    ['She said "it\'s mutual" when asked about the 24-year-old.', "it's mutual"],
    ['Mum said the age gap is not significant and he is 26.', 'age gap is not significant'],
    ['He is a player in all this, according to the YOT worker.', 'a player in all this'],
    ['She says she wants to be with them, the men at the flat.', 'wants to be with them'],
    ['He works as a soldier for the olders on the estate.', 'soldier for the olders'],
    ['She gave consent to being photographed by the 30-year-old man at the flat.', 'gave consent to being photographed'],
  ])('%s', (note, text) => {
    expect(checkLanguage(note).map((f) => f.text)).toContain(text);
  });
});

describe('false alarms and silenced findings a review of the research pass found (2026-11-30)', () => {
  it.each([
    'Mum works nights by choice so that she can do the school run.',
    'Despite feeling nervous, Amy went anyway and enjoyed the college open day.',
    'Mum needs to take more responsibility for who she lets into the home.',
    'Mum says she was a rebellious teenager herself.',
    'He got himself hurt on the trampoline at the leisure centre.',
    'The GP could have said no to the referral.',
    'It would be naive to believe that the risk from the older males has gone away.',
    'Kayla changed her account settings to private.',
  ])('no finding: %s', (note) => {
    expect(checkLanguage(note)).toEqual([]);
  });
  it.each([
    'The allegation was retracted by Jade, who is putting herself at risk by returning to the 25-year-old.',
    'She hid her abuse from mum because she is in a relationship with the 30-year-old and is putting herself at risk.',
    'Children do not go to the youth club any more and she is putting herself at risk with older men.',
  ])('the criticism cues no longer silence: %s', (note) => {
    expect(checkLanguage(note).map((f) => f.text)).toContain('putting herself at risk');
  });
});
