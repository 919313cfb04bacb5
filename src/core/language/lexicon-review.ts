import {
  ADULT_AGE_CUES,
  ADULT_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  ADULT_OR_OTHER_CUES,
  CCE_CUES,
  DRUG_SUPPLY_CUES,
  EVERYDAY_CHOICE_CUES,
  EXPLOITATION_CONTEXT_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  STRONG_RISK_CUES,
  UNTRUTHFUL,
} from './lexicon-cues.ts';
import { ADULT_DID_SEX_CUES } from './lexicon-round37.ts';
import type { LexiconEntry } from './types.ts';
import { SELF_PROTECTION_WORDING } from './lexicon-wording.ts';

const SELF = 'herself|himself|themselves|themself';
const POSS = 'her|his|their';

// Entries for the wording that published case reviews quote from the records of their time (round 11, RESULTS.md):
// harm graded down in officialese ("the risk feels modest", "fell short of grooming"), a return home glossed over ("in
// good spirits", "none the worse"), violence recast as a quarrel ("a catfight", "handbags"), and criminal exploitation
// written up as a career ("his wages", "moving up the ranks"). Most of these words are ordinary English, so each needs
// the context of exploitation in its sentence. Sources: The Children's Society, Victim Support and NPCC guide (2018,
// 2022), and the Youth Justice Legal Centre on children as victims of criminal exploitation (SOURCES.md section 3).

/** A return or a welfare check written up as if nothing had happened. */
const GLOSSED_RETURN = {
  category: 'minimises_harm',
  explanation:
    'Describes how the child seemed on return, not what happened to them. Children who have been abused often appear calm or cheerful; it says nothing about where they were or who they were with.',
  alternatives: [
    'Record where the child was, who with, and what they said in the return home interview',
    'The child presented as [presentation]; this does not rule out harm: record the risks the episode showed',
  ],
  source: 'childrens_society_2022',
} as const satisfies Partial<LexiconEntry>;

/** Harm or risk graded down with no reason given. */
const GRADED_DOWN = {
  category: 'minimises_harm',
  explanation:
    'Grades the harm or the risk down without the evidence for it. Reviews found that low gradings like this closed cases of children being exploited.',
  alternatives: ['Record the evidence for the level of risk, and what would change it', 'Record what happened and the risk it shows, using the screening tool'],
  source: 'childrens_society_2018',
} as const satisfies Partial<LexiconEntry>;

/** What was done to an exploited child recorded as the child's offence. */
const EXPLOITED_AS_OFFENDER = {
  category: 'criminalises_child',
  explanation:
    'Records what was done to an exploited child as the child’s offence. Children who are trafficked or exploited are victims, and may have a defence in law.',
  alternatives: [
    'The child was exploited by [who]: record what the adults made the child do',
    'The child is a victim of exploitation or trafficking: consider an NRM referral',
  ],
  source: 'yjlc',
} as const satisfies Partial<LexiconEntry>;

/** Criminal exploitation written up as the child's job or business. */
const EXPLOITATION_AS_WORK = {
  category: 'criminalises_child',
  explanation:
    'Describes criminal exploitation as the child’s job, business or career. Children used in drug supply are victims of exploitation, whatever they are paid or say about it.',
  alternatives: [
    'The child is being criminally exploited in drug supply by [who]: consider an NRM referral',
    'Adults are paying or rewarding the child to carry or sell drugs: this is how exploitation works',
  ],
  source: 'yjlc',
} as const satisfies Partial<LexiconEntry>;

/** The child's agreement or choice read into what adults did to them. */
const CONSENT_IMPLIED = {
  category: 'implies_consent',
  explanation: 'Suggests the child agreed to or chose what adults did to them. A child cannot consent to their own abuse or exploitation.',
  alternatives: [
    'Record what the adults did and how they groomed, pressured or rewarded the child',
    'The child is being exploited: their apparent agreement is part of the grooming',
  ],
  source: 'childrens_society_2018',
} as const satisfies Partial<LexiconEntry>;

export const REVIEW_WORDING_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'return_glossed',
    ...GLOSSED_RETURN,
    patterns: [
      'appears|appeared|seems|seemed|looked|looks|presented|presents well in herself|himself|themselves',
      'in good|high|fine spirits',
      'back to her|his|their usual|normal [bubbly|cheerful|happy|chatty|cheeky] self',
      'in one piece',
      'no worse for wear',
    ],
    contextInSentence: true,
    // Round 22: a return from a night away or an episode ("returned to the unit at 06:40 in good spirits"). Not "back",
    // which "back to her usual self" holds itself.
    // Round 28: the child unwilling to say where they were ("came home at midnight, in one piece, new trainers on and
    // refused to say where from"), with the child as the subject (not "the courier refused to say where it was stored");
    // not any homecoming ("Mum came home at six in one piece after the operation").
    requiresNear: [
      ...STRONG_RISK_CUES,
      'returned|returns|returning|located|found|mfh|misper|rhi|overnight',
      'and|she|he|they refused|refuses [to] say|tell where',
      'and|she|he|they would|could not say|tell where',
      "and|she|he|they wouldn't|wouldn’t|couldn't|couldn’t say|tell where",
    ],
    // Not a return from an ordinary outing ("returned from the school trip in good spirits"), a visit or an activity
    // (review 22c: "returned from her nan's", "returned from football").
    unlessNear: [
      'trip|trips|holiday|holidays|residential|school|college|hospital|contact|respite|camp|exam|exams|match|wedding',
      "visit|visited|visiting|nan|nan's|gran|gran's|grandma|grandma's|dad's|mum's|aunt's|auntie's|football|training|club|gym|swimming|work|shift",
      // Review 28: an adult or a thing back in one piece ("Dad came back in one piece and would not say where he had
      // been", "the parcel arrived in one piece"), now that not saying where is a cue.
      'dad|mum|father|mother|stepdad|stepmum|grandad|grandma|grandpa|granny|uncle|aunt|auntie|partner|husband|wife|patient came|got|comes|gets|arrived|returned [back|home] in one piece',
      'parcel|package|vase|bike|bicycle|car|van|laptop|furniture|delivery|luggage|suitcase|box|it was|is|arrived|came|got [back|home] in one piece',
    ],
    window: 10,
  },
  {
    id: 'minimising_idiom',
    ...GRADED_DOWN,
    // Idioms that reviews quote as the way harm was waved away; rarely innocent in a note about a child at risk.
    patterns: [
      'right as rain',
      'none the worse [for]',
      'usual|normal|typical teenage|teen stuff|things',
      'a bit of silliness|mischief',
      'just|only him|her|them being a teenager|teen|kid',
      'just|only him|her|them being silly|daft',
      'the risk feels|seems|felt|seemed modest|tolerable',
      'rather than a|an safeguarding|welfare issue|concern|matter',
      'rather than a|an child protection issue|concern|matter',
      'fell|falls|fall short of grooming|exploitation|abuse|cse|cce',
      'nothing to suggest anything improper|untoward|sexual|sinister',
      'a cuddle and a film',
      'in keeping with her|his|their age [group]',
      'a dispute over money',
    ],
  },
  {
    id: 'drink_minimised',
    category: 'minimises_harm',
    patterns: ['a bit|little tipsy|merry|giddy|squiffy', 'nothing worse than a|the hangover', 'just|only a hangover', 'a bit worse for wear'],
    explanation: 'Plays down a child’s intoxication. Adults give children alcohol to groom and abuse them; a drunk child with adults is at serious risk.',
    alternatives: [
      'The child was intoxicated: record who gave them alcohol and who they were with',
      'Consider whether adults are supplying alcohol to groom the child',
    ],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: STRONG_RISK_CUES,
  },
  {
    id: 'graded_down',
    ...GRADED_DOWN,
    patterns: [
      'low concern|concerns',
      'risk|risks feels|feel|felt|seems|seemed|is|was|are|were [to] [be] modest|tolerable|acceptable|manageable',
      'risk|risks judged|deemed|considered|assessed|thought [to] [be] modest|tolerable|acceptable|manageable',
      'nuisance rather than',
      'nothing improper|untoward|sinister',
      'rather than sinister',
      'not sinister',
      'needs|need to go any further',
      'no need to take this|it|things any further',
    ],
    contextInSentence: true,
    requiresNear: STRONG_RISK_CUES,
  },
  {
    id: 'violence_as_quarrel',
    category: 'minimises_harm',
    patterns: [
      'a catfight|cat-fight',
      'a cat fight',
      'handbags',
      'a falling-out|falling-outs|fall-out|tiff',
      'a falling out',
      'a disagreement|row|squabble over money|drugs',
      'a dispute over drugs',
      'a dispute|disagreement|row|squabble over a debt',
      'just|only|probably hot air',
      'empty threats',
      'a blip',
      'a misunderstanding that|which',
    ],
    explanation: 'Recasts violence, threats or abuse as a quarrel or a passing lapse. It hides who holds the power and what the child suffered.',
    alternatives: [
      'Record what was done to the child, by whom, and the injuries',
      'Record the threat and who made it: consider whether it is part of exploitation',
    ],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: [...EXPLOITATION_CONTEXT_CUES, 'stab|stabbed|stabbing|wound|wounds|fight|fighting|attack|attacked|beaten|beating'],
    unlessNear: ['mum|mam|dad|sister|brother|siblings|school|classmate|classmates|playground|netball|football'],
  },
  {
    id: 'teenage_framing',
    category: 'minimises_harm',
    patterns: [
      'just|only being silly',
      'finding|found|find|discovering his|her|their independence|feet',
      'out having fun',
      'having a laugh with',
      'have a laugh with',
      'a normal|ordinary weekend|night away|out',
      'will|she’ll|he’ll turn up when',
      'will|she’ll|he’ll come back|home when',
      "she'll|he'll turn up when",
      "she'll|he'll come back|home when",
      'a few|some errands',
      'a bit of pocket money',
      'only|just sent|sending|shared pictures|photos|images|pics|videos',
      'regretted sex',
      'cheeky but not',
      'over-familiar',
      'overfamiliar',
    ],
    explanation: 'Treats signs of exploitation as ordinary teenage behaviour or as trivial. Adults who exploit children rely on this being overlooked.',
    alternatives: [
      'Record what happened, who the adults were and their ages',
      'Consider whether this is part of a pattern of grooming or exploitation, using the screening tool',
    ],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: STRONG_RISK_CUES,
  },
  {
    id: 'abuse_as_romance',
    category: 'minimises_harm',
    patterns: [
      'a|an committed|serious|steady|stable|loving|genuine|exclusive relationship',
      'relationship appears|appeared|seems|seemed|is|was loving|genuine|stable|settled',
      'appropriate and affectionate',
      'very|really|quite|so protective of her|him',
      'a happy accident',
      'unhealthy|inappropriate friendship',
    ],
    explanation: 'Describes an adult’s abuse of a child as a relationship or as care. A child cannot be in a relationship with an adult who is abusing them.',
    alternatives: [
      'An adult (age?) is sexually abusing the child: record the age gap and the power imbalance',
      'The adult’s attention and control are signs of grooming: record what they do and give',
    ],
    source: 'childrens_society_2018',
    requiresNear: ADULT_CUES,
    unlessNear: OTHER_PERSON_CUES,
    window: 14,
  },
  {
    id: 'age_gap_not_huge',
    category: 'minimises_harm',
    patterns: [
      'was|is|were not huge|big|great|significant|much',
      "wasn't|isn't|weren't|wasn’t|isn’t|weren’t huge|big|great|significant|much",
      'not that|so big|huge|great|significant',
    ],
    explanation: 'Plays down the age gap between a child and an adult. Any sexual activity between an adult and a child is abuse.',
    alternatives: ['Record the age gap and the power imbalance between the adult and the child'],
    source: 'childrens_society_2018',
    requiresNear: ['age gap|difference|gap'],
    window: 14,
  },
  {
    id: 'exploitation_as_career',
    ...EXPLOITATION_AS_WORK,
    patterns: [
      'a|his|her|their life of crime',
      'a|his|her|their criminal career',
      'his|her|their career',
      'moving|moved|moves|move up the ranks|ladder',
      'graduated|graduating|graduates to',
      'drugs|drug portfolio|empire|enterprise',
      'running|runs|ran|run a|his|her|their [little|own|small] business|enterprise',
      'a businessman|businesswoman|entrepreneur',
      'a key player|figure in|of the',
      'his|her|their wages|salary|earnings|workplace',
      'taking|took|takes|take a cut',
      'earning|earns|earned|making|makes|made * a|per day|week|night',
    ],
    // Near the drugs, the line or the network: "his career" and "his wages" are everyday words elsewhere.
    requiresNear: [...DRUG_SUPPLY_CUES, 'network|ocg|men|cash'],
    window: 10,
  },
  {
    id: 'child_as_thief',
    category: 'criminalises_child',
    patterns: [
      // Probe 25: also a shop or station guard's "a known thief", "a persistent shoplifter".
      'a|an [committed|little|young|hardened|proper|known|persistent|serial|regular] thief|shoplifter',
      'a|an proper|hardened|committed|budding|real|right little|young criminal|crook|thief',
      'steals|stealing|stole|steal to order',
      'a|an [willing|knowing|active] accomplice|co-conspirator',
    ],
    explanation: 'Labels an exploited child as an offender. Children who are made to steal or commit crime for adults are victims of criminal exploitation.',
    alternatives: [
      'The child has been made to commit offences by [who]: concern of criminal exploitation',
      'The child is a victim of criminal exploitation: consider an NRM referral',
    ],
    source: 'yjlc',
    // Session 23: an adult named as the thief ("an adult male shoplifter", "the man, a known thief", "a man who is a known
    // shoplifter"), not any adult in reach: the men who send the child or wait outside make the label the child's
    // ("known shoplifter, approx 12 yrs, working with two adult males who waited outside", "a shoplifter who works for the
    // men who wait in the car").
    unlessNear: [
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|dealer|dealers|exploiter|exploiters|offender|offenders [*] [*] [*] [*] thief|thieves|shoplifter|shoplifters|criminal|crook|accomplice|co-conspirator|steals|stealing|stole|steal',
      ...OTHER_PERSON_CUES,
      'not|never|victim',
      // Probe 25: sport ("a real thief on the pitch, always stealing the ball").
      'pitch|ball|match|game|tackle|tackles|midfield|goal|goals',
      // Review 25B: an adult by age ("a persistent shoplifter, a woman in her fifties").
      'woman|women|lady|twenties|thirties|forties|fifties|sixties|seventies',
      // Review 25F: someone the child is with ("a known shoplifter was with her at the tills").
      'thief|shoplifter was|is with her|him|them',
      // Session 21: the child compelled ("is made to steal to order by older girls"): what others do to the child.
      'made|forced|pressured|coerced|ordered|told|sent|used to steal|shoplift',
    ],
    window: 8,
  },
  {
    id: 'exploitation_as_offence',
    ...EXPLOITED_AS_OFFENDER,
    patterns: [
      'arrested|charged|cautioned|convicted for|with immigration offences|offence|offending',
      'soliciting|solicited|loitering',
      'trespassing|trespassed',
      'drunk and incapable',
      'cooking|cooked and|or bagging|bagged',
      'bagging|bagged up|wraps',
      'dealing|deals|dealt vapes|pills|wraps|ket|ketamine|spice|mdma|coke|gear',
      'dealing|deals|dealt for him|them|older|olders',
      'pushing|pushed|pushes wraps|bags|packages|parcels',
      'reducing|reduce his|her|their re-offending|reoffending|offending',
      'drags|dragged|dragging other|younger girls|boys|friends|children [along]',
      'make|makes|making|made money from|off men|punters',
    ],
    contextInSentence: true,
    requiresNear: [...CCE_CUES, 'men|man|adults|adult|older|unit|placement|carers|care|window|illegal|immigration|trafficked|uasc|asylum'],
    unlessNear: ['the man|men|adult|adults|perpetrator|perpetrators|abuser|abusers|suspect|suspects was|were arrested|charged|cautioned'],
  },
  {
    id: 'escaped_from_care',
    ...EXPLOITED_AS_OFFENDER,
    patterns: ['escaped|escapes|escaping through|via [her|his|their|the|a] bedroom|window|windows|door|fence'],
    // Leaving a placement, not getting away from abusers ("she escaped through a window at the men's flat").
    requiresNear: ['unit|placement|carers|care|home|staff|residential'],
    unlessNear: ["men|man|men’s|men's|flat|abusers|perpetrators|captors|traffickers|house"],
    window: 10,
  },
  {
    id: 'trafficked_as_worker',
    ...EXPLOITED_AS_OFFENDER,
    patterns: [
      'working|works|worked for cash|money',
      'working|works|worked out of|from a|the flat|house|hotel|address',
      'the|a farmer|gardener|grower',
      'illegal|illegally working|employed',
    ],
    requiresNear: [
      'illegal|illegally|immigration|immigrant|trafficked|uasc|asylum|prostitute|prostitution|punters|clients|cannabis|skunk|weed|grow|factory|ocg|plants|loft',
      'car wash|nail bar',
    ],
    window: 12,
  },
  {
    id: 'label_as_key_player',
    category: 'criminalises_child',
    patterns: ['a|an suspect|facilitator', 'facilitating|facilitated'],
    explanation: 'Treats a child who is being exploited as one of the offenders. Children are often made to bring others to abusers; they are victims too.',
    alternatives: ['The child is a victim of exploitation who may have been made to involve others: record who controlled them'],
    source: 'yjlc',
    requiresNear: [...LABEL_FRAME_CUES, 'lists|listed'],
    unlessNear: ['man|men|adult|adults|perpetrator|perpetrators|abuser|abusers|offender|offenders'],
    window: 8,
  },
  {
    id: 'abuser_as_suitor',
    category: 'adult_centred_label',
    patterns: [
      'fancy man|men',
      'main squeeze',
      'hubby',
      'her|his intended',
      'gentleman caller|callers',
      'sweetheart|sweethearts',
      'admirer|admirers',
      'big brother figure',
      'chauffeur|chauffeurs',
      'young couple',
      'in-laws',
    ],
    explanation: 'Names an adult who is abusing or exploiting a child in the friendly or romantic terms the adult would choose.',
    alternatives: [
      'An adult (age?) who is sexually exploiting the child: record the age gap and the power imbalance',
      'The man (name, age) who is grooming the child',
    ],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: ADULT_CUES,
    // Round 29C: a parent's own partner ('"Mum's new fancy man is around all the time"').
    unlessNear: ["mum's|mum’s|mam's|mam’s|mother's|mother’s|nan's|gran's|aunt's|auntie's [new] fancy man"],
    window: 12,
  },
  {
    id: 'blame_in_review_wording',
    category: 'blames_child',
    patterns: [
      `placing|placed|places|place|puts|put|putting ${SELF} in the company|path|way of`,
      'courting|courts|courted danger|trouble',
      'shows|showed|showing no willingness to protect',
      'gives|giving|gave|give off the wrong signals|signal|message',
      // Session 23: the adults asked back ("invites the men back ... and then complains"); asking them in or round to the
      // child's home is consent in the tuning sets (invited_adults_in_round39).
      'invites|invited|inviting the|them men|man back',
      'invites|invited|inviting them back',
      'own conduct|behaviour is|was the main risk',
      'contributed|contributes|contributing to the assault|abuse|attack|rape',
      'provoked|provokes|provoking the|an assault|abuse|attack|rape',
      // "keeps walking into dangerous situations with men she hardly knows"
      'walks|walked|walking|walk into danger|trouble',
      'walks|walked|walking|walk into dangerous|risky|unsafe situations|places',
      'leading|led|leads the men|man up|to',
      'goes|went|going out of her|his|their way to be',
      'resistant to leaving',
      'brings|bringing|brought trouble to the|our door',
      'posing for',
      'easily led',
    ],
    explanation: 'Puts the responsibility for the harm on the child. Children cannot be responsible for the abuse or exploitation adults subject them to.',
    alternatives: [
      'Record what the adults did and how the child was groomed or controlled',
      'The child is being exploited: record the risks and the plan to protect them',
    ],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: STRONG_RISK_CUES,
  },
  {
    id: 'consent_in_review_wording',
    patterns: [
      'appeared|appears|seemed|seems to be mutual',
      'paying|paid|pays for her|his bed|keep|rent|room with sex',
      'did not put up a fight',
      "didn’t|didn't put up a fight",
      'is|was comfortable with what happens|happened',
      'at her|his|their invitation',
      'had intercourse|sex with',
      'had been intimate with',
      'chose|chooses|choose the drugs|drug trade|life|lifestyle',
      'chose|chooses|choose the life|lifestyle',
      'got|gets|get a bit carried away',
      'entered|enters into freely|willingly',
      'entered|enters into it freely|willingly',
      'signed|signs on|up with the line|gang|group',
      'knows exactly what he|she|they is|was|are getting', // the past tense is blaming: knew_getting_into (round 16)
      'prefers|preferred the fast|easy money',
      'actively pursues|pursued|seeks|sought relationships|contact|men',
      'nobody|no-one had been|was forced into anything',
      'nobody|no-one was forced into anything',
      'no one had been|was forced into anything',
      'a keen|eager|enthusiastic participant',
      'keeps|kept|keep going back to',
      'taking what is|was offered',
    ],
    ...CONSENT_IMPLIED,
    contextInSentence: true,
    requiresNear: STRONG_RISK_CUES,
    // Round 20: as had_sex_with_adult, the men as the subject or the child's own account ("two men had sex with her",
    // "she says she has had sex with a 20-year-old").
    unlessNear: [
      'men|adults|males have|has|had [had] sex|intercourse with',
      'says|said|disclosed|discloses|told|tells [that] she|he|they has|have|had [been] [had|having] sex|intercourse with',
      // Round 29C: as had_sex_with_adult, one adult as the subject ("after a man aged 22 had sex with her").
      // Review 29C: an age, not any word ("she had sex with a man, she had sex with him for money").
      `man|male|adult [aged] [${AGE_NUMBERS}] have|has|had [had] sex|intercourse with her|him`,
      ...ADULT_DID_SEX_CUES, // session 22b
    ],
  },
  {
    id: 'sexualising_review_wording',
    category: 'sexualises',
    patterns: [
      'is|was|went|goes|gone|going on the rent',
      'will|would go with anyone',
      'knows|knew how to use it',
      'over-developed|overdeveloped',
      'brazen',
      'more worldly',
      'in a tiny|short|little skirt',
      'every inch a woman',
      'acting|acts|acted very|quite|so sexual|sexually',
      `offer|offers|offered|offering ${SELF} to`,
      'plastered in make-up|makeup',
      'loose morals',
      'a string of men|boyfriends|partners',
      `renting|rents|rented ${SELF} out`,
      'dressed to kill',
    ],
    explanation: 'Describes the child in sexual or adult terms, which shifts attention from the adults abusing them to the child’s body or conduct.',
    alternatives: ['Record what the adults did and the child’s age', 'Describe the child’s appearance only where it matters, without judgement'],
    source: 'childrens_society_2018',
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'blame_idiom',
    category: 'blames_child',
    // Judgements that reviews quote, rarely said of a child for any other reason: no context needed, but not when they
    // are said of an adult or a family member.
    patterns: [
      'wind-up merchant',
      'one of our regulars',
      'account|accounts|story|stories|statement|version is|was|were|are full of holes',
      'spin|spins|spinning|spun stories|tales|yarns',
      'tall tale|tales',
      'probably|possibly|likely exaggerated|exaggerating',
      'made her|his|their own bed',
      'lie|lying in the bed she|he|they has|have|had made',
      'unrepentant',
      'rejecting|rejects|rejected every bit of help',
      'rejecting|rejects|rejected all|every help|support|offer',
      'obstructive',
      'wasting my|our time',
      'reaping|reaps|reaped what',
      `not taking ${POSS} own safety seriously`,
      `take|takes|taking ownership of ${POSS} choices|behaviour|actions|decisions`,
      // A denial right before the wording drops it (check.ts deniedLabel); here the "not" is the blame (review 21).
      `not|never|doesn't|didn't|don't|won't take|takes|taking ownership of ${POSS} choices|behaviour|actions|decisions`,
    ],
    explanation:
      'Judges the child instead of describing what is happening to them. Children who are being abused often resist help, change their accounts and return to those who harm them.',
    alternatives: [
      'Record what the child said and did, and what may lie behind it: fear, threats, grooming',
      'The child is being exploited: record the risks and the plan to protect them',
    ],
    source: 'childrens_society_2018',
    unlessNear: [...ADULT_OR_OTHER_CUES, 'sleep|apnoea|apnea|airway|airways|jaundice|uropathy|bowel|breathing'],
    window: 4,
  },
  {
    id: 'consent_idiom',
    patterns: [
      'knows|knew the trade|game|score',
      'free agent',
      'relish|relishes|relished the lifestyle|life|money|attention',
      'had|has a say in who she|he|they sees|see|saw',
      'seems|seemed|appears|appeared to enjoy it',
      'seems|seemed|appears|appeared to enjoy the attention',
      "choosing|chose|chooses to stay in harm’s|harm's way",
      'allowed the photographs|photos|pictures|videos to be taken',
    ],
    ...CONSENT_IMPLIED,
    // Probe 24: school, a club or a placement ("she seems to enjoy it at the new school").
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      // Review 24D: enjoying the place or people, not "goes to the flat after school and seems to enjoy it".
      'at|in|of|from|with|to [the|her|his|their|a|an] [new|local] school|college|club|class|lessons|placement|job|course|team|swimming|football|drama|gym|work|foster|family|teacher|teachers',
    ],
    window: 4,
  },
  // ---- Round 13 (fresh11 and fresh12, tuned on after they had judged rounds 11 and 12): idioms, labels and misspellings
  // from the records that reviews quote, each one kept to the context that gives it the blaming sense.
  {
    id: 'harm_waved_away',
    ...GRADED_DOWN,
    patterns: [
      'par for the course',
      'a storm in a teacup',
      'youthful high spirits|exuberance',
      'boys|lads will be boys|lads',
      'just|only teenage|harmless|innocent flirting|flirtation',
      'just|only flirting',
      'typical|normal|usual adolescent|teenage|teen boundary testing|pushing|rebellion',
      'adolescent|teenage boundary testing|pushing',
      'all kids|teenagers|teens|children his|her|their age',
      'just|only what kids|teenagers|teens|they do [now|nowadays]',
      'rather than a|an genuine|real|serious attempt',
      'all fine now',
      'everything is|was fine now',
      'more of a friend|mate than anything',
      // "the men treat Lauren like a princess" (round 21): a name as well as a pronoun.
      'treats|treated|treat * like a princess|prince|queen|king',
      'otherwise fine|ok|okay',
      'only|just talking|chatting',
      // One word per alternative: "chilling|hanging out|relaxing" asked for "chilling out" or "hanging relaxing" (round 21).
      'just|only been|was chilling|relaxing [out] [there]',
      'just|only been|was hanging out [there]',
      'safe|fit and well',
      'risk|risks was|were|is|are felt|judged|deemed|considered|assessed|thought to be modest|tolerable|acceptable|manageable|low-level|low',
      'not considered|deemed|thought to be cse|cce|exploitation|grooming',
      'not considered cse|cce|exploitation|grooming',
      'silly|innocent|harmless [online] friendship|crush',
      'blown|blowing out of proportion',
      'running errands',
      'a minor matter',
      'seems|seemed|appears|appeared genuinely|really fond of|caring',
      'rough play|horseplay|play-fighting',
      'not a priority',
      'nothing of note',
      'a grey area',
      'only a few years older',
      "he’ll|she’ll|he'll|she'll be back when",
      'just teenagers|kids|teens having fun',
      'only a bit of kissing|touching|fun',
      'probably hormonal',
      'teenage rebellion',
      'horsing around',
      'lads being lads',
      'only holding the bag',
      'what do you expect',
      'well able to handle|cope',
      'enough to look after herself|himself|themselves',
      'short and uneventful',
      'uneventful',
    ],
    contextInSentence: true,
    requiresNear: [...STRONG_RISK_CUES, 'returned|return|missing|mfh|overdose|nudes|images|pictures|messages|injuries|marks|assault|attempt', ...ADULT_CUES],
    // Session 22b: the police's or the fire service's "safe and well check" or "visit", a procedure (28 tuning-set lines,
    // none marked).
    unlessNear: ['safe|fit and well visit|visits|check|checks'],
  },
  {
    id: 'assault_as_scuffle',
    category: 'minimises_harm',
    patterns: ['a scuffle|scrap|spat|tussle|set-to', 'minor domestic [incident|dispute|altercation]'],
    explanation: 'Recasts an assault on a child as a scuffle or a domestic. It hides who was hurt, by whom, and the power they held.',
    alternatives: ['Record what was done to the child, by whom, their ages and the injuries', 'The child was assaulted: consider a strategy discussion'],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: [...STRONG_RISK_CUES, 'injury|injuries|assault|assaulted|owed|debt|lads|19-year-old|20-year-old|21-year-old', ...ADULT_CUES],
  },
  {
    id: 'sexualising_labels_round13',
    category: 'sexualises',
    patterns: [
      'a bit of a goer',
      'trollop|trollops|floozy|floozie|hussy|strumpet|harlot',
      'a flirt',
      'wrap|wraps|wrapped|wrapping [the] men|them|him|lads|boys round|around her|his [little] finger',
      // One word per alternative: "to be noticed|impress|attract|get attention" asked for "to be impress attention" (round 21).
      'dresses|dressed|dressing to be noticed',
      'dresses|dressed|dressing to get attention|it|noticed',
      'dressed|dresses|dressing up to go out with men',
      'very|quite|physically mature|developed physically',
      'very|quite physically mature|developed',
      'been with half|most|all the lads|boys|men|estate|town',
      'out|been|go|goes|going|went escorting',
      "she'll|he'll|she’ll|he’ll go with anyone",
      'been around the block',
      'very|quite|too forward with',
      'provocative pictures|photos|images|selfies|poses',
      'flaunts|flaunting|flaunted herself|himself',
      'likes|loves to show off her|his body|figure',
      'an easy lay',
      'physically mature|developed',
      'skimpy clothing|clothes|outfit|outfits',
      'a sex tape',
      'streetwalking|street-walking',
      'entertain|entertains|entertaining|entertained the men',
      'always after the older boys|men|lads',
    ],
    explanation: 'Describes a child in sexual terms that shift attention from the adults abusing them to the child’s looks or behaviour.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what they give or promise',
      'Concern that adults are targeting the child: record who and when',
    ],
    source: 'childrens_society_2018',
  },
  {
    id: 'blaming_idiom_round13',
    category: 'blames_child',
    patterns: [
      'courts|courted|courting|court danger|trouble',
      'brings|brought|bring trouble to her|his|their own door',
      // Round 29b: "brings trouble on himself", "brought problems upon herself" (the slot had run on into "debt").
      'brings|brought|bring|bringing it|this|trouble|problems on|upon herself|himself|themselves',
      'brought|brings the debt|debts on herself|himself|themselves',
      'does|did|do little|nothing to help herself|himself|themselves',
      'take|takes|taking responsibility for her|his|their own safety',
      // A denial right before the wording drops it (check.ts deniedLabel); here the "not" is the blame.
      "not|never|doesn't|didn't|don't|won't take|takes|taking responsibility for her|his|their own safety",
      'a player in this|it',
      'a player in all this',
      'put|puts|putting|places|placing herslef|himslef|hisself|themselfs at risk',
      'manipulitive|manipulatve|maniplative|manipultive|manipluative',
      'loves|likes|enjoys the drama',
      'showed|shows|showing no remorse',
      'leading|leads|led other girls|boys|children|kids|young people astray',
      'going|goes|went looking for older|adult|grown men|males|lads',
      'no angel',
      'initiated it|contact|this',
      'take|takes|taking responsibility for the company',
      "not|never|doesn't|didn't|don't|won't take|takes|taking responsibility for the company",
      'face|faces|facing the consequences',
      'sabotaging|sabotages|sabotaged|sabotage her|his|their|every|each placement|placements',
      'hard to help',
      'ignores|ignored|ignoring all|any advice',
      'goes|going|went looking for bother|trouble',
      'exposeing|exposing|exposes|exposed herself|himself|themselves to risk',
      'failed|fails|failing to protect herself|himself|themselves',
      // Round 23: "Amira is not protecting herself from the 24-year-old".
      // Review 23A: not "themselves" ("staff are not protecting themselves from burnout").
      'is|was|are|were not protecting herself|himself',
      "isn't|wasn't|aren't|weren't protecting herself|himself",
      'thrives|thrived|thriving on the drama|attention',
      'very|so wilful|headstrong',
      'her|his own worst enemy',
      'brings|brought trouble to the',
      'brings|brought|bring all this|it on herself|himself|themselves',
      'knew what would happen',
      'made her|his bed',
      "i’m|i'm|im not a victim",
    ],
    // Session 22: the literal bed ("Ella made her bed and tidied her room before the visit").
    unlessNear: ['made|makes|make her|his bed and|then tidied|tidy|tidies|cleaned|changed|hoovered'],
    explanation: 'Makes the child responsible for harm that other people choose to do to them. The risk comes from those who exploit the child.',
    alternatives: ['The child is being exploited: record who is harming them and how', 'Record what the adults did, and what the child needs to be safe'],
    source: 'childrens_society_2018',
  },
  {
    id: 'offender_label_round13',
    ...EXPLOITED_AS_OFFENDER,
    patterns: [
      'treated|seen|regarded|viewed|dealt with as the|an offender|aggressor|perpetrator',
      'prolific burglar|burglars|shoplifter|shoplifters|thief|thieves',
      'petty thief|thieves|criminal|criminals',
      'drug|drugs dealing',
      'drug-dealing',
      'does|doing|did|do drops',
      'for soliciting',
      'habitual|persistent absconer|absconder|absconders',
      'persistent|prolific young offender',
      'county lines nominal',
      'a nominal',
      'prolific offender|offenders',
      'is|was|were|been soliciting',
      'a known associate|member of',
      'describes|described|records|recorded|names|named|lists|listed [*] [*] as the|an offender|aggressor|perpetrator',
      'a|an little|young|proper [drug] dealer',
    ],
    // "The prolific burglar, aged 33": an adult offender. Round 20: "police describe the adult as a prolific offender".
    // "The man who exploited Dean is a prolific offender": the adult, described by the writer.
    unlessNear: [
      ...ADULT_AGE_CUES,
      'the|an adult|man|woman|men|adults as',
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|exploiter|exploiters who [had] exploited|exploits|exploit|groomed|grooms|abused|abuses|raped|trafficked',
      // Round 22: soliciting something else ("the charity is soliciting donations", "soliciting witnesses").
      'soliciting witnesses|donations|feedback|views|funds|votes|bids|quotes|tenders|applications|evidence|business|support',
    ],
    window: 6,
  },
  {
    id: 'adult_labels_round13',
    category: 'adult_centred_label',
    patterns: [
      'b f',
      'new bloke|fella|man',
      'missus',
      'his|my misses',
      'line manager|managers',
      "her|his|their|girls|girl's|boys|boy's associates",
      'his|her|their manager|managers',
      'my|her|his sugar',
      'man friend|friends',
      'suger daddy',
      'benefactor|benefactors',
      'seeing|dating an older|adult man|male|guy',
      // Round 20: the adult as the child's possession or customer ("her older man", "has a regular client", "she has a
      // regular who pays for her phone"; five tuning-set lines).
      'her|his|their|my older man|bloke|guy|fella',
      'has|have|had a regular client|clients|punter|punters',
      'she|he has|had a regular who|that',
    ],
    explanation: 'Names an adult who is harming the child by a label that hides their age and what they are doing.',
    alternatives: [
      'An adult aged [age] who is [what they do]: record the age gap and the power imbalance',
      'Record who the adult is and what they give or demand',
    ],
    source: 'nspcc',
    requiresNear: [...ADULT_CUES, ...DRUG_SUPPLY_CUES],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // Round 23: a manager at a real job or apprenticeship ("Chloe's line manager changed her shift so that she finishes
      // before dark"): not an exploiter's title.
      // Review 23A: not "hr" (hours: "works 12 hr days on the line") nor "moved his shift at the trap house".
      'apprentice|apprentices|apprenticeship|apprenticeships|payslip|payslips|appraisal|induction',
      'changed|changes|swapped|reduced her|his|their shift|shifts|hours|rota',
    ],
    window: 10,
  },
  {
    id: 'consent_idiom_round13',
    patterns: [
      'lifestyle decision|decisions',
      'happy with the arrangement|set-up|setup|situation',
      'keeps|kept|keep returning|running back to',
      'regarded|seen|viewed|considered|described|recorded as mutual',
      'wants|wanted|want to be there',
      'wants|wanted|want to be with them|him',
      'opted|opts|opting in',
      'of her|his|their own free will|volition',
      'off her|his|their own bat',
      // Session 21: what the child was doing ("knows full well what he is doing"); "knew full well what would happen"
      // holds the child responsible for a harm and is knew_full_well_bare's (blames_child), as two tuning sets mark it.
      'knows|knew full well what she|he|they|i is|was|are|were|am doing|getting',
      'made|makes the first move',
      'a knowing|willing|active and|or active|willing member|participant',
      'a knowing|willing|active member',
      'entered|enters into an arrangement|agreement with',
      'got|gets|getting herself|himself|themselves mixed up|involved with|in',
      'signed|signs up to|for',
      'decided|decides to stay with',
      'got|gets involved with the',
      'an enthusiastic|eager|active|willing participant',
      'nobody|no-one makes|made me',
      'went|goes along with it',
      'doing it for myself',
      'on her|his|their own terms',
      'under no pressure',
    ],
    quoted: 'sufficient',
    ...CONSENT_IMPLIED,
    contextInSentence: true,
    requiresNear: [
      ...STRONG_RISK_CUES,
      'cash|money|bed|flat|address|images|pictures',
      ...ADULT_CUES,
      // Round 28: going with the group or the lads ("signed up to go to Aberdeen with the group", "a lifestyle choice to run
      // with the Manchester lads"), and children labelled so ("regarded the girls as making lifestyle decisions").
      // Review 28: not "travel", which a ship's crew does ("signed up to travel with the crew on the ferry as a deckhand").
      'go|going|went|run|running|ran [*] [*] [*] with the|that|this [*] group|lads|olders|crew',
      ...LABEL_FRAME_CUES.slice(-1),
    ],
    // Round 22: organisations that sign up ("Local businesses ... have signed up to the awareness scheme").
    // Round 28: a school, a club or the gym with the group ("signed up to go on the trip with the group from school"); not
    // a bare "trip", which is also the run the child is paid for ("paid £50 for each trip and that he opted in").
    unlessNear: [
      'businesses|scheme|schemes|firm|firms|company|companies|takeaways|programme|programmes|newsletter|charter|pledge',
      'school|college|church|club|clubs|team|teams|choir|class|classes|gym|course|courses|residential|camp|holiday|holidays',
      'on the|a [*] trip|trips|outing|outings|visit|visits',
      // Review 28: the group from a club or a school further on ("signed up to go to Wales with the group from the youth
      // club"), or an award's expedition ("signed up to go with the group to Duke of Edinburgh").
      'with the|that|this group|crew|lads from|at|of the|a|his|her|their [*] club|school|college|church|team|gym|work|office|centre|scouts|guides|cadets|youth',
      'duke|dofe|expedition|expeditions',
    ],
  },
  {
    id: 'work_round13',
    ...EXPLOITATION_AS_WORK,
    patterns: [
      'earning|earns|earned|making|makes|made good|decent|big|easy|quick money',
      'gets|got|paid * a|per drop|run|trip',
      'running|runs|ran for a|the line|lines|gang|olders|elders',
      'serving|serves|served up',
      'on the payroll',
      'does|did|doing jobs for',
    ],
    requiresNear: [...DRUG_SUPPLY_CUES, 'debt|debts|network|ocg|cash|paid|runner|trap|pwits'],
    window: 12,
  },
  {
    id: 'reputation_label',
    category: 'sexualises',
    patterns: ['a reputation'],
    explanation: 'Hints that the child is sexually available. It echoes the rumours that adults who exploit children spread, and shifts attention from them.',
    alternatives: [
      'Record what has been said about the child, by whom, and whether adults are targeting them',
      'Concern that the child is being sexually exploited',
    ],
    source: 'childrens_society_2018',
    unlessNear: [...ADULT_OR_OTHER_CUES, 'for|as'],
    window: 4,
  },
  // ---- Round 15 (fresh14, tuned on after it judged round 14): regional and review-era wording the earlier rounds did
  // not list, each kept to the context that gives it the blaming sense.
  {
    id: 'blaming_idiom_round15',
    category: 'blames_child',
    patterns: [
      "thinks|thought he's|she's|they're untouchable",
      'thinks|thought he|she|they is|was|are untouchable',
      'a wee|right|little hallion|hallions',
      'hallion|hallions',
      'thrill-seeker|thrill-seekers|thrill-seeking',
      'thrill seeker|seekers',
      'wouldnae|wouldn’t|disnae|doesnae|willnae engage',
      'making|makes|made it hard|difficult|impossible for us|staff|services|professionals to help|support',
      'does|did|do as he|she|they pleases|please|pleased|likes|liked',
      'gets|got|get a buzz|kick|thrill out of the danger|risk|risks',
      'gets|got|get a buzz|kick|thrill from the danger|risk|risks',
      'attention-based|attention-driven',
      'hell-bent|hellbent on destroying|wrecking|hurting herself|himself|themselves',
      'my|her|his own stupid|silly fault',
      'a drain on [the] police|services|resources|staff [resources|time]',
      'seek|seeks|seeking|sought out older|adult males|men|lads|boys',
      'persistent|repeat nuisance caller|callers',
    ],
    explanation: 'Makes the child responsible for harm that other people do to them, or for the trouble adults have in keeping them safe.',
    alternatives: [
      'The child is being exploited: record who is harming them and how',
      'Describe what the child is doing and what may lie behind it, and what the adults around them are doing',
    ],
    source: 'childrens_society_2018',
    unlessNear: ['suspect|suspects|perpetrator|perpetrators|offender|offenders'],
    window: 4,
  },
  {
    id: 'telling_stories',
    ...UNTRUTHFUL,
    patterns: ['telling|tells|told stories|tales|porkies|fibs'],
    requiresNear: ['credible|credibility|believed|believe|allegation|allegations|account|accounts|witness|disclosure|known|reliable|police'],
    window: 10,
  },
  {
    id: 'consent_idiom_round15',
    ...CONSENT_IMPLIED,
    patterns: [
      'having|had|has|have relations with',
      'taken|took|takes|taking up with',
      'mixed up in|with',
      'off her|his|their own back',
      'keeps|kept|keep going|goes back to',
      'made|makes|making an|a informed|conscious decision|choice',
      'arranged|arranges it|this herself|himself|themselves',
      // One word per alternative: "getting into|in for" asked for "getting into for" (round 21).
      "knows|knaas|kens what he's|she's|they're getting into",
      "knows|knaas|kens what he's|she's|they're in for",
      'knows what he|she|they is|was|are|were getting into',
      'knows what he|she|they is|was|are|were in for',
      'cool|sound with it',
      'asociating|assosiating|assocating|associatting with',
    ],
    quoted: 'sufficient',
    contextInSentence: true,
    requiresNear: [...STRONG_RISK_CUES, ...ADULT_CUES, 'lads|cawn|cawns|flat|flats|house|place|address|mfh|runs|road|trips|cse|cce|exploitation|exploited'],
    unlessNear: EVERYDAY_CHOICE_CUES,
  },
  {
    id: 'consent_in_own_words_round15',
    ...CONSENT_IMPLIED,
    patterns: ["nobody's|nobody|noone|no-one's forcing|forces|forced|making me", 'nobody|no-one is|was forcing|making me'],
    quoted: 'required',
  },
  {
    id: 'voluntary_scare',
    ...CONSENT_IMPLIED,
    patterns: ['voluntary|voluntarily', 'consensual|consenting'],
    quoted: 'scare',
  },
  {
    id: 'adult_labels_round15',
    category: 'adult_centred_label',
    patterns: ['beau|beaux', 'boyf|boyfie', 'her|his young man', 'the|an ex-partner|ex-boyfriend|ex-girlfriend'],
    explanation: 'Names an adult who is harming the child by a label that hides their age and what they are doing.',
    alternatives: [
      'An adult aged [age] who is [what they do]: record the age gap and the power imbalance',
      'Record who the adult is and what they give or demand',
    ],
    source: 'nspcc',
    requiresNear: [
      ...ADULT_CUES,
      `about|around|roughly|approx|approximately ${AGE_NUMBERS}`,
      `ex-partner|ex-boyfriend ${AGE_NUMBERS}`,
      'mid-20s|mid-30s|mid-40s|late-20s|late-30s|early-20s|early-30s|mid-twenties|mid-thirties|late-twenties|late-thirties',
    ],
    window: 7,
  },
  {
    id: 'relationship_scare_round15',
    category: 'adult_centred_label',
    patterns: ['engaged'],
    explanation: 'Takes up the adult’s framing of what they are to the child: an engagement or a family tie that hides grooming and the age gap.',
    alternatives: [
      'An adult aged [age] who the child says is [what the child calls them]: record the age gap and whether there is any family link',
      'An adult (record their age) is grooming the child',
    ],
    source: 'nspcc',
    quoted: 'scare',
  },
  {
    id: 'cousin_claimed',
    category: 'adult_centred_label',
    patterns: ['my|his|her cuz|cuzzy|cuzzie'],
    explanation: 'Takes up the family tie an adult claims with the child. Adults who exploit children often pass themselves off as relatives.',
    alternatives: [
      'The child calls an adult aged [age] their cousin: record whether there is any family link',
      'An adult (record their age) is in contact with the child: concern of grooming',
    ],
    source: 'nspcc',
    quoted: 'required',
    requiresNear: [...ADULT_CUES, 'no family link|links|connection'],
    window: 12,
  },
  {
    id: 'complicit_label',
    ...CONSENT_IMPLIED,
    patterns: ['fully|entirely|wholly|completely|totally complicit'],
    labelFrame: true,
    requiresNear: [...STRONG_RISK_CUES, ...ADULT_CUES],
  },
  {
    id: 'knows_the_score',
    ...CONSENT_IMPLIED,
    patterns: ['knows|knew|knaas|kens the score'],
    unlessNear: ADULT_OR_OTHER_CUES,
    window: 4,
  },
  {
    id: 'offender_label_round15',
    ...EXPLOITED_AS_OFFENDER,
    patterns: [
      'a known [drug] dealer',
      'arrested|charged|treated as a [drug] dealer',
      'dealt with as a [drug] dealer',
      'repeat|serial offender',
      'criminal associates|associate',
      'laundering|launders|laundered money|cash',
      'a runner for them',
      'a runner for the boys|lads|olders|elders|gang|line|men',
      // "a runner for a Liverpool OCG", "a runner for the Pellingham group" (round 21)
      'a runner for a|an|the [*] ocg|ocgs|group|gang|crew|firm|line|network',
      'money|cash laundering',
      'absconed|abscounded|absconsded',
    ],
    unlessNear: [...ADULT_AGE_CUES, 'suspect|suspects|defendant|defendants|bail|warrant|man|men|male|males|adult|adults', ...OTHER_PERSON_CUES],
    window: 5,
  },
  {
    id: 'work_round15',
    ...EXPLOITATION_AS_WORK,
    patterns: [
      'does|did|doing odd jobs|favours|favors for',
      'earning|earns|earned from|off the line|lines|drugs|dealing',
      'doing|does|did the runs',
      'doing|does|did|do shifts',
      'keeping|keeps|kept|keep an eye out|watch|lookout|look-out',
      'on the payroll',
    ],
    quoted: 'sufficient',
    requiresNear: [...DRUG_SUPPLY_CUES, 'debt|debts|network|ocg|cash|paid|pays|money|runner|trap|pwits|top'],
    unlessNear: ['school|shop|café|cafe|supermarket|parkrun|training|babysitting|neighbour|neighbours'],
    window: 12,
  },
  {
    id: 'harm_waved_away_round15',
    ...GRADED_DOWN,
    patterns: [
      'a silly|stupid|daft mistake',
      'an honest mistake',
      'making|makes|made a mountain out of a molehill',
      'teenage|adolescent|youthful high spirits',
      'a passing phase',
      'sees|saw|see no harm in it|that',
      'only|just dabbling|dabbles',
      'nothing out of the ordinary',
      'only|just messing|mucking',
      'high jinks|high-jinks|hijinks',
      'a|lovers tiff',
      'no biggie',
      'fine and dandy',
      'horseplay|horse-play',
      'a storm in a teacup',
      'lads|boys being lads|boys',
    ],
    quoted: 'sufficient',
    contextInSentence: true,
    requiresNear: [
      ...STRONG_RISK_CUES,
      ...ADULT_CUES,
      'returned|return|mfh|overdose|nudes|images|pictures|photos|messages|injuries|marks|assault|attempt|ket|ketamine|pills|spice|groping|groped|touching|touched|incident|involved|logged|log|recorded',
    ],
  },
  {
    id: 'return_glossed_round15',
    ...GLOSSED_RETURN,
    patterns: ['well in herself|himself|themselves', 'fine and dandy', 'no concerns [noted|raised|identified]'],
    requiresNear: ['returned|return|returns|returning|back|mfh|located|found'],
    // Round 22: "no concerns were found about the 18-year-old cousin who collects her" is about someone else.
    unlessNear: [
      'no concerns about|regarding|re|with|over',
      'no concerns were|was found|noted|raised|identified about|regarding|with|over',
      // Round 29C: right after "safe and well", the minimising wording the annotators mark ("returned safe and well, no
      // concerns").
      'safe and well no [further|other] concerns|concern|issues|problems',
    ],
    window: 12,
  },
  {
    id: 'relationship_stable',
    category: 'minimises_harm',
    patterns: ['appears|appeared|seems|seemed|is|was stable|settled|healthy|loving'],
    explanation: 'Describes a relationship between a child and an adult as if it were a settled partnership. The age gap and the adult’s power are the risk.',
    alternatives: [
      'A child of [age] is in contact with an adult of [age]: record the age gap and what the adult gives or asks for',
      'Concern that the adult is grooming the child',
    ],
    source: 'childrens_society_2018',
    requiresNear: [
      'relationship with the|an|a [*] [much] older|adult|man|male|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40',
      `relationship with the|an|a ${AGE_TOKENS}`,
    ],
    unlessNear: OTHER_PERSON_CUES,
    window: 10,
  },
  {
    id: 'sexualising_labels_round15',
    category: 'sexualises',
    patterns: [
      'been with half|most of',
      'slept with half|most of',
      // "she's sleeping with half of Oxtree", "has been with loads of lads" (round 21)
      'sleeping|sleeps with half|most of',
      'been|slept|sleeping with loads|lots|dozens of lads|boys|men|blokes|guys',
      'very|quite|so|physically developed for',
      'well-developed for',
      'be|been taken|mistaken for 18|19|20|21|22|23|24|25|older',
      'be|been taken|mistaken for an adult',
      'be|been taken|mistaken for a woman|man',
      'trades|traded|trading on her|his looks|body|figure',
      'selling|sells|sold her|his|their body|bodies',
      'entertain|entertains|entertaining|entertained men|males|punters|clients',
      'entertain|entertains|entertaining|entertained older men|males',
    ],
    explanation: 'Describes a child in sexual terms that shift attention from the adults abusing them to the child’s looks or behaviour.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what they give or promise',
      'Concern that adults are targeting the child: record who and when',
    ],
    source: 'childrens_society_2018',
    // Review 21b L19: not the lights or the door ("she sleeps with most of the lights on since the assault").
    unlessNear: ['lights|light|lamp|lamps|door|doors|window|windows|curtains|tv|television|radio'],
    window: 4,
  },
  {
    id: 'images_blamed_round15',
    category: 'blames_child',
    patterns: [
      // Not "provocative": "posts provocative pictures" sexualises the child (sexualising_paraphrase), as annotators read it.
      'posting|posts|posted|sending|sends|sent suggestive|sexy|revealing pics|pictures|photos|images|selfies of herself|himself|themselves',
    ],
    explanation: 'Makes the child the actor in the sexual attention adults give them. Adults who contact or exploit a child are responsible for what they do.',
    alternatives: [
      'Adults are contacting the child after images were shared: record who, and consider grooming',
      'Record who asked the child for pictures, who received them and what they did next',
    ],
    source: 'childrens_society_2018',
  },
  // ---- Round 16 (fresh15, tuned on after it judged round 15): wording families that every blind set since fresh8 has
  // missed in some form (RESULTS.md round 16): consent and the child's wish read into a return to the men, a child
  // called a willing sexual actor or a worker beside sex-work words, an adult's label taken from a possessive or a
  // religious ceremony, and a risk graded down or a return closed as fine. Each is held to the context that gives it
  // the blaming sense.
  {
    id: 'knew_getting_into',
    category: 'blames_child',
    // Past tense, as reviews quote it ("she knew exactly what she was getting into when she got in the car"): the child
    // is made to carry what happened next. The present "knows what he's getting into" stays consent (knows_what_doing).
    patterns: [
      'knew [exactly|full] [well] what she|he|they|i was|were getting into',
      'knew [exactly|full] [well] what she|he|they|i was|were in for',
      "knew [exactly|full] [well] what she'd|he'd|they'd|she’d|he’d|they’d got|gotten into",
    ],
    explanation:
      'Says the child knew what would be done to them and so carries the blame for it. Exploited children are groomed, pressured or trapped; the adults are responsible.',
    alternatives: [
      'The child was groomed and exploited by [who]: record what the adults did to draw them in',
      'Record what the child was told or promised, and by whom, before this happened',
    ],
    source: 'durham_scp',
    quoted: 'sufficient',
  },
  {
    id: 'consent_wish_round16',
    ...CONSENT_IMPLIED,
    patterns: ['wants|wanted|want to be there', 'went|goes|going along with it|them|everything', 'did|does not say no', "didn't|didn’t|never said|say no"],
    quoted: 'sufficient',
    unlessNear: [
      'there for',
      'no to',
      'birth|funeral|wedding|graduation|ceremony|exam|exams|appointment|appointments|assessment|interview|meeting|plan|plans|referral|counselling|therapy',
    ],
    window: 5,
  },
  {
    id: 'sexually_active_misspelt',
    category: 'implies_consent',
    patterns: ['sexualy|sexully|sexualley|sexally active|actve|activ', 'sexually actve|activ|actif'],
    explanation:
      'Presents sexual contact as something the child does, when the child may have been groomed, coerced or exploited. It closes the question of who the other person is.',
    alternatives: [
      'The child has described sexual activity; concerns exist that they may have been groomed, coerced or exploited: record the other person’s age and how they met',
      'Possible sexual abuse: record who was involved, their ages and any age gap or power imbalance',
    ],
    source: 'docsbay_alternatives',
  },
  {
    id: 'attention_round16',
    category: 'blames_child',
    patterns: ['to get attention'],
    explanation:
      'Reads what the child does as a bid for attention. Going missing, self-harm and disclosures are signs of harm and distress, not attention seeking.',
    alternatives: [
      'The child went missing / harmed themselves: record what may lie behind it and who they were with',
      'The child may be trying to tell adults something: record what they said and did',
    ],
    source: 'cara_prior_art',
    requiresNear: [...STRONG_RISK_CUES, 'went|goes|ran|run|missing|exaggerating|exaggerated|overdose|self-harm|cutting|disclosure|allegation|from|staff'],
    window: 6,
  },
  {
    id: 'attention_seeking_misspelt',
    category: 'blames_child',
    patterns: ['atention|attension|attenshun|attenton|atension seeking|seeker|seekers', 'atention-seeking|attension-seeking|atension-seeking'],
    explanation: 'Labels the child by the attention adults think they want. Behaviour read as attention seeking is often a sign of harm and distress.',
    alternatives: [
      'Describe the behaviour and what may lie behind it: the child may be being harmed or exploited',
      'The child is showing distress through [behaviour]: record what they said and did',
    ],
    source: 'cara_prior_art',
  },
  {
    id: 'self_protection_blamed_round16',
    patterns: [
      'refusing|refuses|refused|refuse to help herself|himself|themselves',
      'does|did|do little|nothing to help|protect herself|himself|themselves',
      'has|have|had|shows|showed|show no insight into|in the danger|dangers|risk|risks',
      'approaching|approached|approaches|approach the|older|adult men|males|drivers|punters [herself|himself|themselves]',
    ],
    ...SELF_PROTECTION_WORDING,
  },
  {
    id: 'sexualising_labels_round16',
    category: 'sexualises',
    patterns: [
      'sexualised|sexualized dress|dressing|clothing|clothes|outfit|outfits|appearance',
      // Round 25: "is sexualised in her dress and speech" (fresh24, fresh11); "in her behaviour" is blames_child
      // (risky_sexual_behaviour_probe24).
      'sexualised|sexualized in her|his|their [*] dress|dressing|clothing|clothes|outfits|appearance|speech|language|talk',
      'turning|turns|turned|turn tricks',
      'hyper-sexual|hypersexual|hyper-sexualised|hypersexualised|oversexed|over-sexed',
      'amateur|homemade|home-made|self-generated|self-made porn|pornography',
      'sleep|sleeps|sleeping|slept with anyone|anybody|everyone|everybody',
      'looks|looked|look about|around [like] twenty|eighteen|nineteen|twenty-one|twenty-five|thirty',
      'looks|looked|look at least twenty|eighteen|nineteen|twenty-one|twenty-five|thirty',
      'she|he looks|looked twenty|eighteen|nineteen|twenty-one|twenty-five',
    ],
    explanation: 'Describes a child in sexual terms that shift attention from the adults abusing them to the child’s looks, dress or behaviour.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what they give or promise',
      'Images of a child are child sexual abuse material: record who made and shared them',
    ],
    source: 'childrens_society_2018',
    quoted: 'sufficient',
  },
  {
    id: 'loose_label',
    category: 'sexualises',
    patterns: ['loose'],
    explanation: 'Brands a child as sexually loose. It blames the child and hides that they may be abused by several people.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what they give or promise',
      'Concerns that the child has been sexually abused by several people',
    ],
    source: 'childrens_society_2018',
    labelFrame: true,
    requiresNear: [...LABEL_FRAME_CUES, 'loose with', 'reputation'],
    unlessNear: [
      'clothing|clothes|top|tops|trousers|jeans|tooth|teeth|fitting|ends|end|change|leaf|dog|dogs|screw|screws|connection|wire|wires|stool|stools|stitch|stitches|tiles|hair|skin|bandage|dressing|cannon|fit|threads',
      // Session 22: a fitting in a room ("the handle on her wardrobe door is loose").
      'handle|handles|door|doors|hinge|hinges|knob|knobs|floorboard|floorboards|lid|panel|wardrobe|drawer|drawers|shelf|railing|banister',
      'on the loose',
      'let|cut|break|broke|broken|came|come|comes|hang|hangs loose',
    ],
    window: 4,
  },
  {
    id: 'easy_reputation',
    category: 'sexualises',
    patterns: ['easy'],
    explanation: 'Brands a child as sexually available. It blames the child and hides the adults who target them.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what they give or promise',
      'Concern that adults or peers are targeting the child: record who and when',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['reputation|reputed|slag|slags|tart', 'being easy', 'easy with the|older boys|men|lads|males'],
    unlessNear: ['easy to|target|targets|prey|money|access|way|going|option|ride|win|enough|read|reach|work|mark|pickings|cash'],
    window: 6,
  },
  {
    id: 'working_sex_work_round16',
    category: 'criminalises_child',
    // A record that calls the child a sex-work term and says the child was "working" somewhere: the work word beside the
    // sex-work word is a finding of its own (as working_as_sex_work); "working the streets" and "working girl" are one
    // sexualising finding.
    patterns: ['working|works|worked'],
    explanation: 'Calls the sexual exploitation of a child work, which presents abuse as a trade the child carries out.',
    alternatives: ['The child is being sexually exploited by [who]', 'Adults are sexually abusing the child for money: record who'],
    source: 'nspcc',
    requiresNear: [
      'prostitute|prostitutes|punter|punters|escort|escorts',
      'rent boy|boys',
      // Round 28: the child leaves with the adults the "work" serves ("the under-age girls were working the bar area and
      // leaving with guests").
      'leaving|left|leaves|leave|going|went|goes [off] with [the] guests|clients|customers|punters',
    ],
    unlessNear: [
      'working|works|worked the streets|street',
      'working girl|girls',
      // Round 28: not "as", the entry's own frame ("working as a rent boy", "works as an escort"); a job at the agency is.
      'working|works|worked with|on|hard|towards|together|alongside|closely|at|for',
      'working|works|worked as a|an receptionist|driver|cleaner|manager|security|bouncer|barman|barmaid|cook',
      'police|officer|officers|agency|agencies|team|staff|isva|worker|workers|nurse|professionals',
      // Round 28: an adult's job at the hotel or bar where guests leave ("the waiter was working the tables and left with
      // the guests"), now that leaving with guests is a cue.
      'waiter|waiters|waitress|waitresses|receptionist|receptionists|porter|porters|chef|chefs|barman|barmaid|bartender|bartenders|cleaner|cleaners|concierge',
      // Review 28: a guide or a driver who leaves with the clients ("the tour guide worked the Saturday and left with the
      // clients for the castle").
      'guide|guides|rep|reps|host|hosts|steward|stewards|driver|drivers|chauffeur|chauffeurs|instructor|instructors',
      // Round 29: a shift or a rota is a staff member's work ("the escort is working a split shift this term", "the
      // bus escort works the late rota on Fridays").
      'shift|shifts|rota|rotas|overtime',
    ],
    window: 6,
  },
  {
    id: 'work_for_them_quoted',
    ...EXPLOITATION_AS_WORK,
    patterns: ['work|works|working|worked for them|him', 'work|works|working|worked for the olders|elders', 'who i work for', "it's|it’s|its my job"],
    quoted: 'required',
  },
  {
    id: 'partner_possessive_round16',
    category: 'adult_centred_label',
    patterns: ["her|his|my partner's|partner’s", "the girl's|boy's|child's|girl’s|boy’s|child’s partner|boyfriend"],
    explanation: 'An adult is called the child’s partner. That frames the abuse of a child as a relationship between equals and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is sexually exploiting the child',
    ],
    source: 'nspcc',
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'agency|agencies|partnership|partnerships|multi-agency|business|organisation|organisations'],
    window: 10,
  },
  {
    id: 'husband_child_marriage',
    category: 'adult_centred_label',
    patterns: ["husband|husband's|husband’s"],
    explanation:
      'Calls an adult who married a child her husband. A marriage or religious ceremony with a child under 18 is forced marriage and abuse, whatever the family or the child calls it.',
    alternatives: [
      'An adult aged [age] who went through a marriage ceremony with the child: forced marriage and abuse, refer',
      'Record the adult’s age, and who arranged the ceremony',
    ],
    source: 'nspcc',
    requiresNear: ['religious|cultural|islamic|nikah ceremony|ceremonies|marriage|wedding', 'married her|him at|when', 'married at|aged 12|13|14|15|16|17'],
    unlessNear: OTHER_PERSON_CUES,
    window: 14,
  },
  {
    id: 'risk_graded_down_round16',
    ...GRADED_DOWN,
    patterns: [
      'no safeguarding|welfare|cp concerns|concern|issues|issue [identified|raised|noted|found]',
      'not of concern',
      'not at significant|serious|high risk',
      'not at any real risk',
      'not consider|considered the|it|this [latest] [one] significant',
      'just|only a [silly|passing|teenage] phase',
      'a silly|passing|teenage phase she|he|they is|are|will|was|were',
      "a phase she'll|he'll|she’ll|he’ll|they'll grow out of",
      'normal|typical|ordinary|genuine teenage relationship|romance|crush',
      'a personal|private matter',
      'a minor matter',
      'low risk',
    ],
    quoted: 'sufficient',
    // Round 28: overdoses as well as one overdose ("attention-seeking overdoses and I would not consider the latest one
    // significant"); not self-harm, which policies and audits name ("the self-harm policy review noted no issues").
    requiresNear: [
      ...ADULT_CUES,
      'missing|overdose|overdoses|hotel|flat|party|intoxicated|olders|elders|debt|line|gang|men|males|stis|sti',
      // Session 21: a child drunk or intoxicated in an ED note ("15 yo girl, alcohol intox, no safeguarding concerns").
      'intox|drunk',
      'age gap|difference',
    ],
    unlessNear: [
      'no safeguarding concerns about|regarding|re|for|with',
      'not at risk of',
      'at low risk of',
      // Review 28: overdoses as a ward's or a service's subject ("Overdoses ward audit: no safeguarding issues
      // identified", "trains staff on overdoses"), now that the plural is a cue.
      'overdoses|overdose ward|wards|audit|audits|data|statistics|figures|policy|policies',
      'training|trains|trained [staff|workers|carers|volunteers|nurses] on|in|about [opioid|drug] overdoses|overdose',
      'naloxone training|kit|kits|course|courses',
      // Round 29C: the person graded is an adult ("a 40-year-old sex worker ...; she is an adult and no safeguarding
      // concern arises").
      // Review 29C: the verdict right after, not "he is an adult he is 17 low risk", "she is an adult really".
      'she|he is|was an adult and|low|no',
    ],
    window: 12,
  },
  {
    id: 'return_fine_round16',
    ...GLOSSED_RETURN,
    patterns: ['all good|fine|ok|okay [now]', 'otherwise fine|well|ok|okay|unharmed', 'nothing of note', 'nothing more to it'],
    requiresNear: ['returned|return|returns|returning|back|rhi|mfh|located|found|missing|shared|images'],
    // Round 24: the vetoes say how the return went, and the verdict often stands in a clause of its own ("returned to
    // placement on time after contact with mum; all fine"): they count across the ; (types.ts).
    unlessAcrossSemicolon: true,
    unlessNear: [
      // Round 23: a return on time ("returned to the B&B on time and had tea with staff; all fine").
      'on time',
      'as agreed|planned|arranged',
      'all good with',
      'all good|fine at|in school|class',
      'otherwise fit and well|healthy',
    ],
    window: 12,
  },
  {
    id: 'domestic_adult_child',
    category: 'minimises_harm',
    patterns: ['a domestic', 'domestic incident|dispute|row between the couple', 'domestic'],
    explanation:
      'Logs violence by an adult against a child in a relationship with them as a domestic between a couple. A child cannot be in a couple with an adult; this is abuse.',
    alternatives: [
      'An adult aged [age] assaulted the child, aged [age], who he has been sexually exploiting',
      'Record the assault and the age gap: consider a child protection referral',
    ],
    source: 'childrens_society_2018',
    quoted: 'required',
    requiresNear: [...ADULT_AGE_CUES],
    unlessNear: ['mum|mother|dad|father|parents|stepdad|stepfather|abuse|violence|servitude'],
    window: 14,
  },
  {
    id: 'criminalised_round16',
    ...EXPLOITED_AS_OFFENDER,
    patterns: [
      "i'm|i’m|im a soldier",
      'soldier|soldiers for them',
      'soldier|soldiers for the olders|elders|gang|line',
      'one of their|the youngers|youngens|youngins|tinys|tinies',
      'the|a recruiter|recruiters',
      'grafter|grafters',
      'on the graft',
      'a|little|young|proper criminal|thug',
    ],
    quoted: 'sufficient',
    requiresNear: [...DRUG_SUPPLY_CUES, 'girls|boys|drivers|men|knife|drops|runs|deliveries|bad|lot|gang|olders|paid|money|cash|shoplifting|robbery'],
    unlessNear: ['army|cadets|job|employment|agency|recruitment|club|team|squad|football|rugby|school|college|weekend|paper'],
    window: 10,
  },
];
