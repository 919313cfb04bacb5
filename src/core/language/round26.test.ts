import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 26: structural rules (headings and writers' roles, quotations and reported speech, criticism of a phrase, an
// adult or a place as the subject of the wording), each with sentences it must find and ordinary sentences that share
// its words. The reference checker must agree with the fast path on every sentence (the helpers check it).

describe('round 26: a heading that names the writer’s role meets no requirement (check.ts writerHeadingEnd)', () => {
  it.each([
    'Police officer: Maisie is very mature about managing her diabetes.',
    'Hotel staff briefing: clients of the spa must be over 18.',
    'Taxi driver statement: Sadie agreed to meet the ISVA next Tuesday at the clinic.',
    'Custody officer: he chose to sit with his solicitor during the interview.',
    'Hotel night manager: Ella chose to sit next to her advocate at the review.',
  ])('not flagged: %s', none);

  // A heading that names the episode, or any other heading, is still the context of the wording; the wording's own
  // words still are.
  it.each([
    ['Missing coordinator: Brandon makes his own choices about when he comes back.', 'her_choice'],
    ['Sexual health: 15yo reports three regulars at the address who each give her vodka.', 'regulars_customers'],
    ['Police officer: she chose to get into the car with the men again.', 'chose_to'],
    ['Hotel night manager: the girl chose to go up to room 12 with the men.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 26: a heading that names a record vetoes nothing (check.ts vetoFrom, types.ts HEADING_RECORD_WORDS)', () => {
  it.each([
    ['Carer daily log: came back at 2am, happily got into the car with the men.', 'happily_goes_round25'],
    ['Youth worker notes: went willingly with the men to the flat.', 'willingly'],
  ])('%s -> %s', found);

  // A person as the heading may be the subject when none follows its colon.
  it.each([
    'Hotel manager: would not cooperate with the police.',
    'Mum: uncooperative and hostile at the door.',
    'Landlord: did not cooperate with the police visit.',
  ])('not flagged: %s', none);
});

describe('round 26: a child named by a bare noun after a heading is its subject (types.ts HEADING_CHILD_WORDS)', () => {
  it.each([
    ['Youth worker: yp recruited by older males in the park.', 'recruited'],
    ['Police officer: girl of 14 recruited by older males to sell at school.', 'recruited'],
  ])('%s -> %s', found);

  it.each([
    'Youth worker: yp recruited to the youth council after the election.',
    'Youth worker: girl of 14 recruited to the drama group by her teacher.',
    'Youth worker: boy, 15, recruited as a steward for the youth club fun run.',
  ])('not flagged: %s', none);
});

describe('round 26: a heading of up to six words (check.ts HEADING_WORDS)', () => {
  it.each([
    ['Security guard at the shopping centre: Holly willingly got into the car with the men.', 'willingly'],
    ['Sports coach’s email to the DSL: Callum has been sending pictures to adults he met online.', 'sending_pictures'],
  ])('%s -> %s', found);

  it.each([
    'Security guard at the shopping centre: the men involved chose to target a 13-year-old.',
    'Notes from the school meeting: the man, aged 31, absconded before officers arrived.',
  ])('not flagged: %s', none);
});

describe('round 26: regulars_customers: the child as the one with regulars; a business’s own regulars', () => {
  it.each([
    ['Taxi driver: she has regulars who ring the office asking for her.', 'regulars_customers'],
    ['Hotel night manager: the girl is one of the regulars, always comes in with Mr H from room 9.', 'regulars_customers'],
  ])('%s -> %s', found);

  it.each([
    ['The pub has regulars who ring ahead to book a table.', 'regulars_customers'],
    ['Grandad is one of the regulars on the Sunday bus route.', 'regulars_customers'],
    ['He is one of the regulars at the chess club on Thursdays.', 'regulars_customers'],
    ['Taxi driver: the firm’s regulars who phone for the school run are all parents.', 'regulars_customers'],
    ['Hotel night manager: the hotel’s regulars are mostly contractors working on the bypass.', 'regulars_customers'],
  ])('%s -/-> %s', notFound);
});

describe('round 26: vetoes keep to their clause; a circumstance may count across the ; (cues.ts unlessNearAcrossWindow)', () => {
  it.each([
    ['No one forced her to take the tablets the men gave her.', 'nobody_forced'],
    ['Nobody forced her to go to the flat with the men; she went back the next night.', 'nobody_forced'],
    // A person in the next clause is a new subject: the clause's own vetoes do not reach it.
    ['Nobody made her go with the older men; her youth worker is worried.', 'nobody_forced'],
  ])('%s -> %s', found);

  it.each([
    ['Health: no one is forcing her to take the tablets; she has capacity to decide.', 'nobody_forced'],
    ['Nobody forces her to take her tablets, she knows she needs them.', 'nobody_forced'],
    ['No one is forcing him to take his medication; the GP reviewed it last week.', 'nobody_forced'],
    ['Nobody is making her have the injection; she is Gillick competent and chose it.', 'nobody_forced'],
  ])('%s -/-> %s', notFound);
});

describe('round 26: criticism of a phrase: the crimes it hid, a remark withdrawn, a word replaced (CRITICISM_CUES)', () => {
  it.each([
    'Review finding: records described the men who abused the girls as boyfriends, which the panel said hid the crimes.',
    'Minutes, police: the officer withdrew his earlier remark that she was asking for it and apologised to the meeting.',
    'Strategy meeting minutes: the chair asked that the word promiscuous in the old police log be struck out and replaced with a description of the abuse.',
    'The sergeant retracted the comment that Leah had put herself at risk.',
  ])('not flagged: %s', none);

  // The child's own doings with the same verbs keep the finding.
  it.each([
    ['She withdrew from college and is promiscuous according to mum.', 'promiscuous'],
    ['He hid the drugs in his room for the olders; he is a drug runner.', 'drug_runner'],
    ['She put herself at risk and the boys replaced her phone with a new one.', 'putting_self_at_risk'],
    ['Yasmin withdrew her statement and chose to go back to the men.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 26: a child’s retracted account is no criticism of wording', () => {
  it.each([
    ['Police: she retracted her description of the man and is a known liar.', 'liar'],
    ['He withdrew his words to the officer and is a drug runner for the olders.', 'drug_runner'],
  ])('%s -> %s', found);
});

describe('round 26: adults as the subject: a number and the adults’ decade (check.ts adultOpening)', () => {
  it.each([
    'Station security: two men in their thirties were arrested for dealing cocaine in the station toilets.',
    'The man in his forties chose to drive her to Leeds.',
    'Three men in their twenties were charged with supplying heroin from the flat.',
  ])('not flagged: %s', none);

  // Children as the subject, or a child named after the adults, keep the finding.
  it.each([
    ['Two boys were arrested for dealing cocaine in the station toilets.', 'drug_dealer'],
    ['Two men in their twenties said she chose to go with them.', 'chose_to'],
    ['Two lads in their teens were dealing cocaine at the station.', 'drug_dealer'],
  ])('%s -> %s', found);
});

describe('round 26: a partner whose possessive an adult owns, in a sentence only about adults (check.ts adultPossessor)', () => {
  it.each([
    'Taxi driver statement: the passenger was an adult woman who said her boyfriend would pay the fare at the other end.',
    'Pharmacy counter: a man bought nicotine patches and chatted about his partner’s new job.',
    'The adult chose not to press charges against her ex-partner.',
    'Hotel night manager: a woman in her sixties checked in with her husband for the weekend.',
  ])('not flagged: %s', none);

  // A child, a pronoun or a name in the sentence, an adult of the other sex, or a label hung on someone keeps it.
  it.each([
    ['The woman at the hotel said her boyfriend, who is 30, was upstairs with Jade.', 'boyfriend_adult'],
    ['The man is her boyfriend and he is 34.', 'boyfriend_adult'],
    ['A woman of 45 who she calls her girlfriend collects her from school.', 'boyfriend_adult'],
    ['Hotel night manager: man checked in with his girlfriend, she was in school uniform.', 'boyfriend_adult'],
    ['The man introduced the 14-year-old as his girlfriend.', 'boyfriend_adult'],
    ['Station incident log: female (15) with adult male (40s), described as his girlfriend.', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('round 26: a reporting speaker is not the subject of the wording reported after a name (check.ts reportFrom)', () => {
  it.each([
    ['Strategy meeting minutes: social worker said Aisha is mixing with a group of older men in Bolton.', 'associating_with'],
    ['The youth worker told police that Tia is mixing with older men at the flat.', 'associating_with'],
  ])('%s -> %s', found);

  // A pronoun after the verb may be the speaker, whose own words keep their vetoes.
  it.each([
    'Social care: mum says she made poor choices in her own relationships and wants better for her daughter.',
    'Dad says he was out of control as a teenager and does not want the same for Jordan.',
    'Police: the 19-year-old woman told officers she chose to go to the festival alone and was found safe.',
  ])('not flagged: %s', none);
});

describe('round 26: a verb of the wording used as a noun after a determiner (check.ts nounUse)', () => {
  it.each([
    'Foster carer log: she is frightened of the messages the man keeps sending, and we have kept them for police.',
    'The 12-year-old’s online chats with two adult men were saved by her carer for police.',
    'Police have copies of all messages men sent to her on Snapchat.',
  ])('not flagged: %s', none);

  it.each([
    ['She messages the man every night on Snapchat.', 'contacting_adults'],
    ['Jade chats with older men online until the early hours.', 'contacting_adults'],
    ['Carer log: he talks to men on the gaming site and will not say who they are.', 'contacting_adults'],
  ])('%s -> %s', found);
});

describe('round 26: a pet as the subject of the wording (check.ts animalSubject)', () => {
  it.each([
    'Foster carer log: the dog ran off in the park and came back safe and well.',
    'Our cat went missing for a week and came home in one piece.',
    'The puppy is a nuisance and will not listen to anyone.',
  ])('not flagged: %s', none);

  it.each([
    ['The dog was found with Jade, who came back safe and well.', 'returned_safe_and_well'],
    ['Dog walker: Kayla chose to go with the men to the flat.', 'chose_to'],
    ['The dog barked when she came back safe and well at 3am with two men.', 'returned_safe_and_well'],
  ])('%s -> %s', found);
});

describe('round 26: runner_label hung on the child by a copula or "as" (labelFrame)', () => {
  it.each([
    ['Taxi marshal incident sheet: lad of about 13 with a holdall paid cash to go to Grimsby, I think he is a runner for someone.', 'runner_label'],
    ['Social worker: Zain has been taken on by the older group as a runner, and he now has new trainers.', 'runner_label'],
  ])('%s -> %s', found);

  it.each([
    ['Pharmacy counter: the dispenser has worked here since 2015 and is a runner in the local half-marathon.', 'runner_label'],
    ['PE teacher: Maya is a fast runner and has joined the athletics club.', 'runner_label'],
    ['She is a strong runner and came second in the county relay.', 'runner_label'],
    ['He was a runner-up in the school chess competition.', 'runner_label'],
  ])('%s -/-> %s', notFound);
});

describe('round 26: easy_label hung on a named child or a pronoun by a labelling verb', () => {
  it.each([
    ['School office: a teacher’s email described Mollie as "easy" and passed it round the staff room.', 'easy_label'],
    ['Kelly said the men call her "easy" and she laughs it off.', 'easy_label'],
  ])('%s -> %s', found);

  it.each([
    'Mum described Amy as easy to look after as a baby.',
    'Staff call her easy-going and kind.',
    'The teacher described the test as easy.',
    'Carers described Leo as easy company on the trip.',
  ])('not flagged: %s', none);
});

describe('round 26: the partner’s age in the same phrase (ADULT_CUES: "a partner of 29")', () => {
  it.each([
    ['Housing officer: the 16-year-old in flat 3 has a partner of 29 staying most nights; tenancy is in mum’s name.', 'boyfriend_adult'],
    ['MASH: mum reports yp has had a long-term boyfriend of 20, not thought to be an issue.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    'Mum and her partner of 20 years live in Leeds.',
    'The tenant has lived with her partner of 25 years since 1999.',
    'Jade, 15, has a boyfriend of 16 from her school.',
  ])('not flagged: %s', none);
});

describe('round 26: scare_quoted_relation: a job title or pet name in scare quotes', () => {
  it.each([
    ['Sports coach: Leon said his "boss" would not let him come to the tournament.', 'scare_quoted_relation'],
    ['Foster carer log: Kacey says the man gives her money because she is "his princess".', 'scare_quoted_relation'],
  ])('%s -> %s', found);

  it.each([
    'Work experience: Leon said his boss at the garage was pleased with him.',
    'The shop manager said Kacey was "a real asset to the team, always on time".',
    'She dressed up as a princess for the school play.',
  ])('not flagged: %s', none);
});

describe('round 26: reported words whose pronoun rules the speaker out (check.ts otherThanSpeaker)', () => {
  it.each([
    ['Welsh family support log: Mam says it’s tidy money he’s earning up in Marrowgate and he’s not fussed.', 'easy_money'],
    ['Mum said he is mixing with older men from the estate.', 'associating_with'],
  ])('%s -> %s', found);

  it.each([
    'Dad says he was out of control as a teenager and does not want the same for Jordan.',
    'Mum says she made poor choices in her own relationships.',
    'Mum said she is mixing with older women at her new job.',
  ])('not flagged: %s', none);
});

describe('round 26: an adult’s own account keeps the vetoes that name it (check.ts reportFrom, ADULT_SPEAKER_WORDS)', () => {
  it.each([['The man said she was a victim but consenting; officers rejected this.', 'age_of_consent_probe24']])('%s -/-> %s', notFound);

  it.each([['Mum said Amy is mixing with older men from the estate.', 'associating_with']])('%s -> %s', found);
});
