import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 29, second pass: the families of lexicon-round29.ts (wording no lexicon pattern touched in fresh28, fresh27 and
// fresh26), and the context conditions widened for new authors' wording. Each family is written in other professionals'
// words, with ordinary sentences that share its words. The reference checker must agree with the fast path on every one.

describe('round 29b: a child called a "good-time girl" (good_time_girl_round29)', () => {
  it.each([
    ['Police log: the man in the flat said the 15-year-old is a good-time girl who comes round for the parties.', 'good_time_girl_round29'],
    ['Residential shift log: staff overheard the taxi driver calling Leah a good time girl.', 'good_time_girl_round29'],
    ['GP NOTE: 14YO, MOTHER OF BOYFRIEND SAYS SHE IS A GOOD-TIME GIRL.', 'good_time_girl_round29'],
    ['dictated: the lads at the garage say she is a goodtime girl full stop', 'good_time_girl_round29'],
  ])('%s -> %s', found);
  it.each([
    'We watched the film Good Time Girl at the library group.',
    'The girls had a good time at the youth club disco.',
    'She said she had a good time, girl, and waved.',
    'The woman next door was a good-time girl in her youth, says her sister.',
    'A good time was had by all the girls on the trip.',
    'The girl had a good time at her nan’s on Sunday.',
  ])('not flagged: %s', none);
});

describe('round 29b: a child called a "honey trap" (honey_trap_round29)', () => {
  it.each([
    ['Youth offending: officers described the 15-year-old girl as a honey trap for the rival group.', 'honey_trap_round29'],
    ['School DSL note: rumour that Jess is a honeytrap for the older boys in the park.', 'honey_trap_round29'],
    ['CUSTODY: 16YO FEMALE, HONEY TRAP FOR THE ROBBERY.', 'honey_trap_round29'],
  ])('%s -> %s', found);
  it.each([
    'We set a honey trap for the wasps in the garden.',
    'The newspaper ran a honey trap sting on the MP.',
    'The men used the girl as a honey trap to lure the other boys: she is being exploited.',
    'The woman was a honey trap in the romance scam.',
    'The spy novel is about a honey trap in Berlin.',
    'The jam jar made a good honey trap for flies.',
  ])('not flagged: %s', none);
});

describe("round 29b: a child's clothes named in a slur (dressed_like_round29)", () => {
  it.each([
    ['Residential care: Molly came back at 0300 dressed like a hooker, staff concerned.', 'dressed_like_round29'],
    ["Housing officer: the tenant's 14-year-old daughter dresses like a slapper when the men visit.", 'dressed_like_round29'],
    ['SCHOOL: YR9 GIRL LOOKS LIKE A PORN STAR IN THAT TOP.', 'dressed_like_round29'],
    ['Police: the 15-year-old was dressed like a stripper at the party.', 'dressed_like_round29'],
  ])('%s -> %s', found);
  it.each([
    'She dressed like a princess for the school play.',
    'He came to the party dressed like a pirate.',
    'The woman was dressed like a stripper for the hen do.',
    'The man told her she dressed like a slag, which is abuse.',
    'She looks like a model in the school photo, said Nan.',
    'The girl was dressed like a nurse for World Book Day.',
  ])('not flagged: %s', none);
});

describe("round 29b: the child's looks as the cause of adults' conduct (invites_attention_round29)", () => {
  it.each([
    ['YJS report: Kelly provokes the men in the park by the way she dresses.', 'invites_attention_round29'],
    ['School nurse: Year 8 girl wears too much make-up for school and the men at the bus stop notice.', 'invites_attention_round29'],
    ['Housing: the girl in flat 4 invites the older men in with what she wears.', 'invites_attention_round29'],
    ['youth worker: shes 13 and wears too much makeup, older lads all over her', 'invites_attention_round29'],
  ])('%s -> %s', found);
  it.each([
    'The teacher wears too much make-up, the boys say.',
    'Mum wears too much make-up for the school run.',
    'The quiz invites the older men from the club to take part.',
    'He provoked a fight with the men outside the pub.',
    'The session invites men to talk about their health.',
    'The play invites the audience to think about the way she dresses.',
  ])('not flagged: %s', none);
});

describe('round 29b: harm recast as "just a laugh" (just_a_laugh_round29)', () => {
  it.each([
    ['SARC: the boy said "it was just a laugh at first, then they filmed it".', 'just_a_laugh_round29'],
    ['Youth club worker: Zac said "it was just a laugh, the man gave us a tenner each to film it".', 'just_a_laugh_round29'],
    ["Police: witness says it's just a laugh, the older lads burned him with a lighter.", 'just_a_laugh_round29'],
    ['SCHOOL: BOYS SAY IT WAS ONLY A LAUGH, THE NAKED PHOTO WENT ROUND.', 'just_a_laugh_round29'],
  ])('%s -> %s', found);
  it.each([
    'The quiz was just a laugh and everyone joined in.',
    'It was just a laugh at the panto with her sister.',
    'The teacher said it was just a laugh and the class carried on.',
    'We did the fancy dress run just for a laugh.',
    'It was just a laugh with her friends at lunch.',
    'He said it was only a laugh and apologised to his brother.',
  ])('not flagged: %s', none);
});

describe("round 29b: the child's intoxication recorded as a habit (drunk_again_round29)", () => {
  it.each([
    ['nurse obs: pt 14 drunk again, no change.', 'drunk_again_round29'],
    ['Review quoting a 2018 ED note: "found paralytic in a stranger\'s car, again".', 'drunk_again_round29'],
    ['Residential log: Tia, 15, came in legless again at 0400.', 'drunk_again_round29'],
    ['POLICE: JUVENILE FEMALE INTOXICATED AGAIN, CONVEYED HOME.', 'drunk_again_round29'],
  ])('%s -> %s', found);
  it.each([
    'Dad was drunk again when the worker visited.',
    'Mum came home drunk again and the children were scared.',
    'The men plied her with vodka and she was drunk again by midnight: she is being groomed.',
    'Her partner got drunk again at the wedding.',
    'The men got her drunk again at the flat.',
    'The driver was drunk again and lost his licence.',
  ])('not flagged: %s', none);
});

describe("round 29b: harm as the child's own doing (did_it_to_self_round29, blaming_idiom_round13)", () => {
  it.each([
    ['Ambulance crew: 16yo drunk again, did it to herself.', 'did_it_to_self_round29'],
    ['Custody: juvenile male, stabbing, does this to himself by running for them.', 'did_it_to_self_round29'],
    ['A&E: 15F OD, DID IT TO HERSELF, D/C.', 'did_it_to_self_round29'],
    ['Care leaver: the host said "he brings trouble on himself by letting the lads in".', 'blaming_idiom_round13'],
    ['Housing officer: the 17-year-old brings problems upon herself with the men she lets in.', 'blaming_idiom_round13'],
  ])('%s -> %s', found);
  it.each([
    'She did it herself with no help.',
    'Dad did it to himself, said the paramedic.',
    'She did it to herself with the hair dye.',
    'She says she did it to herself and staff told her it was not her fault.',
    'He did it to his sister first, said Mum.',
    'The man did it to himself while drunk.',
  ])('not flagged: %s', none);
});

describe('round 29b: going missing or intoxication as routine (routine_episode_round29)', () => {
  it.each([
    ['MPC note: graded low risk because she does this all the time.', 'routine_episode_round29'],
    ['Ambulance crew recorded the friend\'s words: "she does this every weekend, she\'ll be fine".', 'routine_episode_round29'],
    ['MPC: she was only missing for six hours, so it was not a real episode.', 'routine_episode_round29'],
    ['Police: yp missing again, does it every weekend, back by Monday.', 'routine_episode_round29'],
  ])('%s -> %s', found);
  it.each([
    'She does this every weekend at swimming club.',
    'Mum does this all the time when she is tired.',
    'He does it every week with the homework and is fine.',
    'She does this all the time in maths, so the teacher sits with her.',
    'It was not a real gun, the officer said.',
    'She does it every night before bed and reads.',
  ])('not flagged: %s', none);
});

describe("round 29b: a child's images or manner as sexual by her choice (sexualised_content_round29)", () => {
  it.each([
    ['Trust and safety review: the 13-year-old was doing sexy dances on livestream for adult viewers.', 'sexualised_content_round29'],
    ["Online harm report: the 13-year-old's TikTok videos are raunchy and she has 20,000 followers.", 'sexualised_content_round29'],
    ["Digital forensics: the folder of the 14-year-old's porn selfies was sent to an adult.", 'sexualised_content_round29'],
    ['Trust and safety: the 12-year-old had been camming for tokens from adult viewers.', 'sexualised_content_round29'],
    ['CAMHS letter: her sexualised presentation invites unwanted attention from men.', 'sexualised_content_round29'],
    ["Children's home shift log: Lily-May is sexualised in how she talks to the male staff.", 'sexualised_content_round29'],
  ])('%s -> %s', found);
  it.each([
    "The singer's videos are raunchy, her mum said.",
    'The men asked her for sexy dances on the stream: this is sexual abuse.',
    'The film is raunchy and rated 18.',
    'Indecent images were sexualised by the adult and shared.',
    "The adult's porn videos were found on his laptop.",
    "The woman's sexualised manner was noted by the panel.",
  ])('not flagged: %s', none);
});

describe('round 29b: widened context, "got himself into" a scam and "all over" an adult by age', () => {
  it.each([
    ['Online safety lead: Ollie, 14, got himself into a sextortion scam by sending a picture to a girl online.', 'gets_self_into'],
    ['Police: officers noted she was all over the 30-year-old when they arrived at the flat.', 'all_over_him'],
    ['School transport escort: the driver said "she\'s all over the lads at the back of the bus".', 'all_over_him'],
  ])('%s -> %s', found);
  it.each([
    'Mum got herself into a scam with a fake bank call.',
    "She's all over the place this week with exams.",
    'He was all over the news after the match.',
    'The paint was all over the 30-year-old carpet.',
    "She's all over the timetable, said the teacher.",
    'The flyers were all over the men’s changing room.',
  ])('not flagged: %s', (s) => {
    notFound(s, 'gets_self_into');
    notFound(s, 'all_over_him');
  });
});

describe('round 29b: "adopted a criminal lifestyle" is the criminal label, not a chosen way of life (criminal_lifestyle)', () => {
  it.each([
    ['YOT case worker: Reece has adopted a criminal lifestyle and shows little victim empathy.', 'criminal_lifestyle'],
    ['YOT assessment: Tyrese has adopted a criminal lifestyle since leaving school.', 'criminal_lifestyle'],
    ['POLICE: 15YO HAS ADOPTED AN OFFENDING LIFESTYLE SINCE EXCLUSION.', 'criminal_lifestyle'],
  ])('%s -> %s', found);
  it.each([
    'CIN review: he has embraced the gang lifestyle and stays out till 3am with older men.',
    'Youth worker: Kacey, 15, has adopted a party lifestyle with the men from the takeaway.',
  ])('the chosen way of life keeps its own entry: %s', (s) => {
    found(s, 'adopted_lifestyle_probe24');
  });
  it.each([
    'Dad has adopted a criminal lifestyle, according to the probation officer.',
    'The novel follows a man who adopted a criminal lifestyle.',
    'The family adopted a vegan lifestyle last year.',
    'She has adopted a healthier lifestyle and walks the dog.',
    'He adopted a quieter lifestyle after retiring.',
    'Mum has embraced a simple lifestyle in the country.',
  ])('not flagged as the child: %s', (s) => {
    notFound(s, 'adopted_lifestyle_probe24');
  });
});

describe('round 29b: "easily led" beside a missing child found again and again (STRONG_RISK_CUES)', () => {
  it.each([
    ["Guardian's report: Taylor is easily led and this is why she keeps being found in Luton.", 'blame_in_review_wording'],
    ['Police: Kayden is easily led, he keeps getting found in Southend by the BTP.', 'blame_in_review_wording'],
    ['RESIDENTIAL: YP EASILY LED, KEEPS BEING LOCATED IN BIRMINGHAM.', 'blame_in_review_wording'],
  ])('%s -> %s', found);
  it.each([
    'He keeps getting found out when he copies homework.',
    'She is easily led in games, her teacher says.',
    'Lost property keeps being found in the hall.',
    'The keys keep being found in the car.',
    'Her glasses keep getting found under the sofa.',
    'The cat keeps being found in the neighbour’s shed.',
  ])('not flagged: %s', none);
});

describe('round 29b: children named by the dealing, or dealing dated from a time (dealing_label)', () => {
  it.each([
    ['STORM 0215hrs: caller reports 2x juveniles dealing from pushbikes outside the Spar, units attending.', 'dealing_label'],
    ['Court report: Cameron has been dealing since Year 9 and earns more than his teachers.', 'dealing_label'],
    ['Housing officer: youths dealing by the bins again on Thursday night.', 'dealing_label'],
    ['School: Jay is dealing since Christmas, per the DSL.', 'dealing_label'],
  ])('%s -> %s', found);
  it.each([
    'The youths dealing with the complaint were helpful.',
    'The juveniles dealing cards at the youth club were noisy.',
    'She has been dealing since her mum died with a lot of grief.',
    'The teens dealing with exam stress met the counsellor.',
    'Dad has been dealing since he left prison, the police say.',
    'The kids were dealing out the cards for the game.',
  ])('not flagged: %s', (s) => {
    notFound(s, 'dealing_label');
  });
});

describe('round 29b: a cannabis grow or a bag as what the child "volunteered" for (agreed_to_carry_round25)', () => {
  it.each([
    ['NRM first responder: the Vietnamese boy says he volunteered to tend the plants in the house in Stoke.', 'agreed_to_carry_round25'],
    ['DSL log: Amir said "I volunteered to take the bag, they didn\'t make me".', 'agreed_to_carry_round25'],
    ['Youth worker: 15yo agreed to water the cannabis plants at the address in Hull.', 'agreed_to_carry_round25'],
    ['HOUSING: TENANT REPORTS BOY, 14, OFFERED TO GUARD THE GROW IN THE LOFT.', 'agreed_to_carry_round25'],
  ])('%s -> %s', found);
  it.each([
    'She volunteered to water the plants at school.',
    'He offered to carry the bags for his nan.',
    'The boy volunteered to tend the plants in the church garden.',
    'She agreed to take the bag to the charity shop.',
    'He volunteered to water the plants at the food bank.',
    'The neighbour offered to water the plants while they were away.',
  ])('not flagged: %s', (s) => {
    notFound(s, 'agreed_to_carry_round25');
  });
});

describe('round 29b: text-speak "safe n well" on a return (returned_safe_and_well)', () => {
  it.each([
    ['0215hrs yp back at placement, safe n well, smelt of weed, to bed.', 'returned_safe_and_well'],
    ['MFH: located 0400 safe nd well, no RHI.', 'returned_safe_and_well'],
    ['RESI LOG: BACK 3AM SAFE N WELL.', 'returned_safe_and_well'],
  ])('%s -> %s', found);
  it.each([
    'The safe is well hidden in the office.',
    'She is safe now and doing well at school.',
    'Safe sleeping advice given, baby well.',
    'A safe and warm room was found for her.',
    'Home safety: the safe is now well secured.',
    'Staff did a safe and well check at the flat.',
  ])('not flagged: %s', (s) => {
    notFound(s, 'returned_safe_and_well');
  });
});

describe('round 29b: a faith setting vetoes its own elders, not the street\'s "olders" (olders)', () => {
  it.each([
    ['Faith youth worker: the boys at the mosque say Hamza is with the olders now and has money.', 'olders'],
    ['Church youth leader: Josh says he owes the olders from the estate £300.', 'olders'],
    ['SCHOOL CHAPLAIN: LEWIS SAYS THE OLDERS PICK HIM UP AFTER CHURCH.', 'olders'],
    ['Daily log: Kyle told staff "the elders look after me, they\'re family".', 'olders'],
  ])('%s -> %s', found);
  it.each([
    'The elders at the mosque run a youth club.',
    'The mosque elders agreed to host a session for parents.',
    'The elders said the church roof needs fixing before winter.',
    'Village elders met the council about the bus route.',
    'The community elders held a meeting in the hall.',
    'The elders of the chapel arranged a coffee morning.',
  ])('not flagged: %s', (s) => {
    notFound(s, 'olders');
  });
});
