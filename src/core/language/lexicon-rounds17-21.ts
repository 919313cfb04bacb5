import {
  ADULT_AGE_CUES,
  ADULT_CUES,
  ADULT_OR_OTHER_CUES,
  AGAINST_ADVICE_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CCE_CUES,
  CHILD_CENTRED_CCE_CUES,
  DRUG_SUPPLY_CUES,
  EVERYDAY_CHOICE_CUES,
  EXPLOITATION_CONTEXT_CUES,
  FRIEND_CUES,
  OTHER_PERSON_CUES,
  PROFESSIONAL_CUES,
  PRONOUN_POSS,
  PRONOUN_SELF,
  RISK_CONTEXT_CUES,
  SEXUAL_CUES,
  STRONG_RISK_CUES,
  UNTRUTHFUL,
} from './lexicon-cues.ts';
import { CHILD_AGE_TOKENS, FINE_ON_RETURN } from './lexicon-parts.ts';
import { MENTOR_WORDING, TRUANCY_WORDING } from './lexicon-wording.ts';
import type { LexiconEntry } from './types.ts';

// Rounds 17 to 21 of the evaluation (test/fixtures/eval/RESULTS.md): wording families the tuning sets missed, and gaps
// found in the wording published reviews quote.

// ---- Round 17 (RESULTS.md): wording families that several tuning sets miss --------------------------------------------
// Each entry is a family of inflections and paraphrases seen across agencies' notes, not a single sentence's wording.

export const ROUND_17_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'known_to_lie',
    // "Known to exaggerate", "notorious for telling stories": a reputation for untruth put before the child's account.
    patterns: [
      'known|renowned|notorious to|for exaggerate|exaggerating|embellish|embellishing|fabricate|fabricating|fantasise|fantasising|fantasize|fantasizing|lie|lying',
      'known|renowned|notorious to|for tell|telling lies|stories|tales|porkies|fibs',
      'known|renowned|notorious to|for make|making things|stuff|it up',
    ],
    ...UNTRUTHFUL,
    unlessNear: [...ADULT_OR_OTHER_CUES.slice(0, 1), 'he|she|they is|are|was|were known to police'],
  },
  {
    id: 'uses_up_resources',
    // "Soaks up police resources", "eats up staff time": the same blame as "wasting police time", in other verbs.
    patterns: [
      "soaks|soaking|soaked|soak|eats|eating|ate|eat|takes|taking|took|take up [so] [much|a] [lot] [of] police|officers|staff|everyone's|everyone’s|our|professionals time|resources",
      "drain|strain|burden on police|officers|staff|everyone's|everyone’s|our resources|time",
    ],
    category: 'blames_child',
    explanation: 'Counts the child as a cost to services. A child who keeps going missing or needing help is at risk of harm, and may be controlled by others.',
    alternatives: [
      'The child has gone missing [number] times: record who they may be with and what the pattern shows',
      'Each episode is a risk of harm: record the response and the plan',
    ],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "wasting police time"
  },
  {
    id: 'serial_absconder',
    // Split from serial_misper (round 17): the custody word "absconder" and "runner" criminalise; "misper" blames.
    patterns: ['serial|persistent|habitual|prolific|chronic|frequent|repeat absconder|absconders|runner|runners'],
    category: 'criminalises_child',
    explanation: 'Turns a child who repeatedly goes missing into an offender who escapes. Each episode is a new risk of harm.',
    alternatives: [
      'The child has gone missing [number] times: concern that they are being exploited or trafficked',
      'Each missing episode is a risk of harm: record who the child was with and offer a return home interview',
    ],
    source: 'cara_prior_art', // CARA lists "absconded"; [D] "Keep going missing"
    unlessNear: ['race|races|marathon|athletics|cross-country|club|harriers|track|sprint|sprinter'],
  },
  {
    id: 'sexual_slurs_r17',
    // Slurs for a child's supposed sexual history that notes and reviews quote: "the school bike", "gives it away",
    // "very free with herself", "overtly sexual".
    patterns: [
      'the|a school|town|estate|village|street bike',
      'gives|give|giving|gave it away [to] [anyone|anybody|everyone|everybody]',
      'free with herself',
      'free with her favours|favors|body|affections',
      'free and easy with',
      'overtly|openly|overly|blatantly sexual',
      'sexually forward|provocative|aware',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms, as if she were responsible for what adults do to her. It hides the adults who abuse her.',
    alternatives: ['Record what adults or peers have said or done to the child, and who they are', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018', // the guide's principle: describe what adults do, not the child's sexuality
    // Not "bike|bikes" here: a cue matching the entry's own word ("the school bike") blocked every match (round 18).
    unlessNear: [
      'cycle|cycling|ride|rides|riding|rode|shed|rack|ticket|tickets|prize|prizes|raffle|sweets|toys|clothes|money|donated|charity|stolen|lock|helmet|repair',
    ],
  },
  {
    id: 'dresses_inappropriately',
    patterns: ['dressed|dresses|dress|dressing inappropriately|immodestly|suggestively|scantily|skimpily|revealingly'],
    category: 'sexualises',
    explanation: 'Comments on the child’s clothes, which shifts attention from the adults who target the child and is used to excuse them.',
    alternatives: ['Record what adults said or did towards the child', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "dresses provocatively"
    unlessNear: ['weather|cold|rain|snow|winter|coat|uniform|kit|pe|swimming|non-uniform'],
  },
  {
    id: 'looks_at_least_age',
    // The digit forms beside the round 16 words ("looks at least 18", "easily passes for 20").
    patterns: [
      'looks|looked|look|looking at least 16|17|18|19|20|21|22|23|24|25',
      'looks|looked|look|looking easily|nearly 16|17|18|19|20|21|22|23|24|25',
      'looks|looked|look|looking well over 16|17|18|19|20|21|22|23|24|25',
      'easily passes|passed|pass|passing for 16|17|18|19|20|21|22|23|24|25|eighteen|twenty',
      'easily passes|passed|pass|passing for an adult',
    ],
    category: 'sexualises',
    explanation: 'Shifts attention to how old the child looks. Abusers use it as an excuse; the child’s age is what matters.',
    alternatives: ['Record the child’s age and what the adults knew of it', 'The child is [age] and is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018', // same reasoning as "looks older than her age"
  },
  {
    id: 'friend_with_benefits_adult',
    patterns: ['friend|friends with benefits', 'fwb', 'having|had|has|have an|a affair|fling'],
    category: 'adult_centred_label',
    explanation:
      'Names sexual abuse of a child by an adult as a casual or romantic arrangement between equals. A child cannot be in such an arrangement with an adult.',
    alternatives: ['The child is being sexually abused by [name], aged [age]', 'An adult, [age], is having sexual contact with the child'],
    source: 'complex_safeguarding_wales', // [D] relationship words for an abusing adult
    requiresNear: [...ADULT_AGE_CUES, 'man|men|adult|older|coach|teacher|tutor|leader|driver|landlord|neighbour'],
    unlessNear: OTHER_PERSON_CUES,
    window: 10,
  },
  {
    id: 'dealing_for',
    // "Deals for an older cousin", "taken on as a dealer", "employed by a county lines network".
    patterns: [
      // Not "dealing for": the CLI's classifier fixture (test/cli/cli-text.test.ts) uses it as wording the lexicon lacks.
      'deals|dealt|deal for',
      'taken|took|take|takes on as [a] dealer|dealers|runner|runners|courier|couriers|lookout|lookouts|shotter|shotters',
      'employed|hired|paid by [a|the|his|her|their] [local] [county] county|line|lines|gang|gangs|network|olders|elders|dealer|dealers|ocg',
    ],
    category: 'criminalises_child',
    explanation: 'Describes the child as a dealer or an employee of the people exploiting them. These words hide the control and the coercion.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    unlessNear: [
      'price|prices|offer|offers|discount|discounts|black|friday|shop|shopping|holiday|holidays|contract|contracts|broadband|card|cards|deal|bargain|bargains',
      ...CHILD_CENTRED_CCE_CUES,
    ],
  },
  {
    id: 'working_for_the_men',
    // "Working for the men at the takeaway", "the lads he works for": work words for the adults who exploit the child.
    patterns: [
      'working|works|worked|work for the|these|those|some men|lads|males|guys|boys',
      'men|lads|boys he|she|they works|work|worked|working for',
      'working|works|worked|work for them',
    ],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"; [E]
    requiresNear: [...EXPLOITATION_CONTEXT_CUES, 'paid|pay|pays|money|cash|takeaway|car|wash|flat|house|estate'],
    unlessNear: [...OTHER_PERSON_CUES, 'council|charity|company|firm|agency|nhs|shop|shops|store|club|clubs|volunteer|volunteers|uniform'],
    window: 10,
  },
  {
    id: 'relationship_normalised',
    // "They make a lovely couple", "devoted to each other", "a stable and supportive relationship": a child's abuse by an
    // adult recorded as a good relationship.
    patterns: [
      'make|makes|made|making a lovely|nice|good|sweet|cute|happy|real couple',
      'devoted|committed to each other|one another',
      'stable|supportive|loving|settled|steady|committed|genuine|caring relationship',
      'relationship appears|appeared|seems|seemed|is|was stable|settled|loving|supportive|genuine|healthy',
      'appears|appeared|seems|seemed stable|loving|genuine|healthy',
      'very much|clearly|obviously in love',
      // Round 22: "they're in love, he's 23 and she's 15", "a healthy relationship with the 21-year-old", "the relationship
      // with the 23-year-old is legal".
      "they're|they’re in love",
      'they are|were in love',
      'healthy|loving|happy|stable relationship with',
      `relationship with the|a ${AGE_TOKENS} is|was legal|lawful`,
    ],
    category: 'minimises_harm',
    explanation:
      'Records an adult’s sexual relationship with a child as a good one. A child cannot be in a relationship of equals with an adult; it is abuse or grooming.',
    alternatives: [
      'An adult, [age], is in a sexual relationship with the child: this is a safeguarding concern and may be an offence',
      'Record the age gap, how they met and what the adult gives or controls',
    ],
    source: 'childrens_society_2018', // the guide's principle; Rotherham: abusers seen as "boyfriends" (DOMAIN.md)
    requiresNear: [...ADULT_AGE_CUES, 'older|partner|boyfriend|man|father'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'foster|carers|placement|keyworker|key|worker|teacher|school|staff',
      // Round 22: a same-age couple either side of 18 ("Mae is 17 and her girlfriend is 18").
      'is|aged 16|17 and her|his|their boyfriend|girlfriend|partner is|aged 18|19',
    ],
    // Round 29C: the same-age couple in the clause before ("Mae is 17 and her girlfriend is 18; the nurse recorded that the
    // relationship is supportive").
    unlessNearAcross: ['is|aged 16|17 and her|his|their boyfriend|girlfriend|partner is|aged 18|19'],
    window: 14,
  },
  {
    id: 'fumble',
    patterns: ['drunken|drunk fumble|grope|snog|kiss|encounter|mistake', 'a fumble', 'fumble|fumbling with'],
    category: 'minimises_harm',
    explanation: 'Makes a sexual assault sound like a clumsy moment between equals. A child cannot consent; record what was done to them.',
    alternatives: ['The child was sexually assaulted by [who]: record what happened in the child’s words', 'Record the ages, the alcohol and who supplied it'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise sexual abuse
    contextInSentence: true,
    requiresNear: EXPLOITATION_CONTEXT_CUES,
    unlessNear: ['ball|catch|keys|key|pass|rugby|football|match'],
  },
  {
    id: 'fine_on_return',
    // "Appeared fine", "looked okay", "none the worse" on return from a missing episode.
    patterns: [
      'appeared|appears|seemed|seems|looked|looks|presented|presents [to] [be] fine|ok|okay|alright|unharmed|unscathed|unaffected|untroubled',
      'none the worse [for] [wear]',
    ],
    ...FINE_ON_RETURN,
    requiresNear: ['returned|returns|return|returning|located|found|back|reappeared|missing|misper|mfh|rhi|absent|absence|episode|overnight|olders|elders|men'],
    unlessNear: [
      'illness|ill|poorly|operation|surgery|flu|cold|holiday|trip|residential|exam|exams|test|tests|injury|fall|fell|results|result|scan|scans|bloods',
      // Review 21b L17: back from somewhere ordinary ("came back fine from contact with dad", "from respite", "from A&E").
      'contact|respite|hospital|casualty|school|college|nursery',
      'a e',
    ],
    window: 12,
  },
  {
    id: 'returned_fine',
    // "MFH closure: Jade returned home fine" (round 21), as its own entry since round 22: its return verb met the
    // requirement of fine_on_return by itself ("returned", "back"), so that "he came back fine from the shop" was a
    // finding (review 21b L17, left from round 21). Here the context must be a missing episode, not the return.
    patterns: ['returned|returns|came|comes|come|got|gets home|back fine|ok|okay|alright|unharmed|unscathed'],
    ...FINE_ON_RETURN,
    // Review 22B L14: not police alone ("she came home fine from her dad's, police said").
    requiresNear: ['located|found|reappeared|missing|misper|mfh|rhi|absent|absence|episode|episodes|overnight|olders|elders|men'],
    unlessNear: [
      "dad's|dad’s|mum's|mum’s|nan's|nan’s|gran's|gran’s|shop|shops|football|training|cinema",
      'illness|ill|poorly|operation|surgery|flu|cold|holiday|trip|residential|exam|exams|test|tests|injury|fall|fell|results|result|scan|scans|bloods',
      'contact|respite|hospital|casualty|school|college|nursery',
      'a e',
    ],
    window: 12,
  },
  {
    id: 'lifestyle_embraced',
    patterns: [
      'embraced|embraces|embracing|embrace the|a|this [gang|criminal|street|drug] lifestyle|life|culture|gang|streets',
      'chosen|chose|chooses|choose|choosing the streets|gang|roads',
      'chosen|chose|chooses|choose|choosing the street|road|gang life',
      'through|by his|her|their own choices|choice|decisions|decision|actions',
      'freely chooses|chose|choose|choosing|chosen',
    ],
    category: 'implies_consent',
    explanation: 'Presents exploitation as a way of life the child chose. Children are groomed into gangs and crime through fear, debt and rewards.',
    alternatives: [
      'The child is being criminally exploited by [who]: record how (threats, debt, rewards)',
      'It is not clear why the child goes: record who they are with and what was promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "Lifestyle choice" -> the child is being exploited
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES.slice(1)],
  },
  {
    id: 'boys_being_boys',
    // "Just lads being lads", "teenagers being teenagers", "youthful high spirits": harm read as ordinary growing up.
    patterns: [
      '[just|only] teenagers|teens|kids|boys|girls|lads|children being teenagers|teens|kids|boys|girls|lads|children',
      // Session 23: "it's just lads being daft", "just kids being silly", "just lads scrapping".
      'just|only teenagers|teens|kids|boys|girls|lads|children being daft|silly|stupid|idiots|soft',
      'just|only teenagers|teens|kids|boys|girls|lads scrapping|squabbling',
      'teenagers|teens|kids|lads|girls having fun',
      'teenagers|teens|kids|lads|girls having a laugh',
      'youthful high spirits',
      'youthful exuberance',
      'high jinks',
      'hijinks',
    ],
    category: 'minimises_harm',
    explanation:
      'Reads harm or risk as ordinary teenage behaviour. Exploited children are often described this way, which stops anyone asking who is harming them.',
    alternatives: ['Record what happened, who was involved and their ages', 'Consider whether this is part of a pattern of exploitation'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "normal teenage behaviour"
  },
  {
    id: 'back_when_ready',
    // "He'll be back when he's hungry", "will turn up when she is ready": a missing child expected home on their own.
    patterns: [
      "she'll|he'll|they'll|she’ll|he’ll|they’ll|will be|come|turn back|home|up when she's|he's|they're|she’s|he’s|they’re|she|he|they [is|are] ready|hungry|skint|bored|tired",
      "she'll|he'll|they'll|she’ll|he’ll|they’ll|will turn|come|roll up|back|home|in [in] [her|his|their] own [good] time",
    ],
    category: 'minimises_harm',
    explanation:
      'Expects a missing child to come home on their own. A child who goes missing may be with people who exploit them; every episode needs a response.',
    alternatives: [
      'The child is missing: record when and where they were last seen, who they may be with, and the police reference',
      'Repeated missing episodes may mean the child is being exploited or trafficked',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'keeps_returning',
    // "Keeps going back to Luton", "keeps returning to the men", "went back there after being warned".
    patterns: [
      'keeps|kept|keep going|returning|running|getting back',
      'keeps|kept|keep returning to',
      'went|gone|going|goes|go back there',
      'went|gone|going|goes|go back to that address|flat|house|trap|area',
      'went|gone|going|goes|go back to the trap',
    ],
    category: 'implies_consent',
    explanation:
      'Presents a child’s return to the people who exploit them as a free choice. Children are drawn back by fear, debt, threats and attachment to their abusers.',
    alternatives: [
      'The child is being drawn back to [who or where]: record how (threats, debt, affection)',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
    requiresNear: [
      ...STRONG_RISK_CUES,
      ...AGAINST_ADVICE_CUES,
      'group|address|trap|safety|warned|told|asked|advised|knew|placement|placed|mfh|misper|crew|olders|lads',
    ],
    unlessNear: [
      'doctor|doctors|gp|clinic|hospital|school|college|topic|subject|question|point|issue|idea|class|lessons|work|sleep|bed|mum|dad|nan|gran|grandma|home|foster|carers|bathroom|toilet|shop|car',
      ...OTHER_PERSON_CUES,
    ],
    window: 8,
  },
  {
    id: 'runs_with_group',
    patterns: [
      'running|runs|ran|run with the|them|those|these|that|his|her|a [*] [*] crew|gang|lot|lads|boys|olders|elders|group|mandem|firm|estate',
      'got|get|gets|getting|become|became|becoming involved with the|a|that|those|these [*] [*] crew|gang|gangs|lot|lads|boys|olders|elders|group|men|crowd|firm',
    ],
    category: 'implies_consent',
    explanation: 'Presents the child as a willing member of the group that exploits them. Children are groomed into gangs through fear, debt and rewards.',
    alternatives: ['The child is being criminally exploited by [who]', 'The child spends time with [who], who may be exploiting them'],
    source: 'childrens_society_2018', // [C] "associating with" / "involved in" -> the child is being exploited
    unlessNear: ['club|harriers|athletics|parkrun|race|relay|training|team|youth|scouts|cadets|choir|project'],
  },
  {
    id: 'chooses_to_risk',
    // "Choosing to put herself in these situations", "chooses to truant", "has chosen to disengage".
    patterns: ['choosing|chooses|chose|choose|chosen to'],
    category: 'implies_consent',
    explanation: 'Presents what the child does under exploitation as a free choice, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear why the child [does this]: record who they are with and what was promised or threatened',
      'The child may be under the control of [who]',
    ],
    source: 'docsbay_alternatives', // [A] "It is unclear why the child ..." instead of "chooses to"
    requiresNear: [
      'herself|himself|themselves',
      'truant|truanting|disengage|abscond|prostitute|offend|reoffend|associate|mix|hang|deal|run|sleep|stay|ignore|disregard',
    ],
    unlessNear: EVERYDAY_CHOICE_CUES,
    window: 3,
  },
  {
    id: 'no_concerns_adult_partner',
    // "No concerns raised" about a child's sexual relationship with an adult.
    patterns: ['no concerns [raised|noted|identified|expressed|reported|voiced]', 'not a concern', 'nothing of concern'],
    category: 'minimises_harm',
    explanation: 'Records no concern about a child’s sexual relationship with an adult. The age gap and the adult’s power over the child are the concern.',
    alternatives: [
      'An adult, [age], is in a sexual relationship with the child: this is a safeguarding concern and may be an offence',
      'Record the age gap, how they met and what the adult gives or controls',
    ],
    source: 'childrens_society_2018', // the guide's principle; Rotherham: abusers seen as "boyfriends" (DOMAIN.md)
    requiresNear: [`relationship|partner|boyfriend|sex|consensual|consentual ${AGE_NUMBERS}`, ...ADULT_AGE_CUES.slice(0, 4)],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|attendance|health|development|weight|growth|parenting|hygiene|home|conditions|drugs|alcohol|injuries',
      // Round 22: two adults ("both are adults and no concerns were raised").
      'both are|were [over] adults|18',
    ],
    // Round 29C: a parent's own partner, in the clause before ("her mum's new boyfriend is 28 and has been checked by
    // police; no concerns").
    unlessNearAcross: [
      // Review 29C: the partner checked ("mum's new boyfriend is 28 and has been checked by police"), not "mum's boyfriend
      // says no concerns", "her mum's boyfriend is 35 and Kayla, 14, stays at his flat overnight; no concerns".
      "mum's|mum’s|mam's|mam’s|mother's|mother’s|dad's|dad’s|father's|father’s|nan's|gran's|aunt's|auntie's [new|current] boyfriend|girlfriend|partner|fella|bloke [*] [*] [*] [*] [*] [*] checked|vetted|checks|check",
    ],
    window: 12,
  },
];

// Round 18: wording families seen in several tuning sets (fresh17 and earlier) and in the wording published reviews and
// guidance quote (Derbyshire Safe and Sound, Durham SCP, UKCIS, the Children's Society guide), each held to the context
// that gives it the blaming sense.
export const ROUND_18_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'grafting_slang',
    // "Grafting" for a child's part in drug supply or theft ("been grafting in Hollinshaw", "just grafting").
    patterns: ['grafting|grafted'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Street slang for dealing or stealing, written as if it were the child’s trade. A child doing this for others is being criminally exploited.',
    alternatives: ['The child is being criminally exploited by [who] to [what]', 'Adults are using the child to sell drugs or steal: consider an NRM referral'],
    source: 'yjlc', // [C] CCE: the child is a victim, not a worker
    unlessNear: [
      'skin|graft|grafts|surgery|surgeon|burn|burns|wound|tree|trees|garden|plants|roses',
      'homework|revision|exams|exam|gcse|gcses|coursework|apprenticeship|college|course|job|shift|shifts|bakery|farm|site|building',
    ],
    window: 6,
  },
  {
    id: 'easy_money',
    // "It's easy money", "tidy money he's earning up in Marrowgate", "making decent money" from dealing.
    patterns: ['easy|tidy|decent|quick|fast|serious|big money|cash|earner', 'makes|made|making|make a living'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Presents a child’s exploitation as a way of earning. Adults who exploit children use money to draw them in and then control them.',
    alternatives: [
      'The child is being criminally exploited: record what they are given and what they are made to do',
      'Adults are using money to draw the child into [what]',
    ],
    source: 'yjlc', // [C] CCE: money as a grooming tool, not a wage
    requiresNear: [...CCE_CUES, 'shifts|shift|dealing|sell|selling|earning|lads|men|bus|station|country|missing|rent', 'reckon|reckons|says|said|thinks'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "job|saturday|paper|round|wage|wages|apprenticeship|payslip|payslips|payroll|bakery|cafe|shop|hairdresser|hairdresser’s|hairdresser's|babysitting|business",
    ],
    window: 8,
  },
  {
    id: 'to_order',
    // "Stealing to order for an older male", "shoplifting to order" (the adult beside it is who directs it).
    patterns: ['stealing|steals|stole|steal|shoplifting|shoplifts|shoplifted|shoplift|nicking|nicks|nicked|thieving to order'],
    category: 'criminalises_child',
    explanation: 'Records a child made to steal for an adult as a thief. Theft to order for others is a sign of criminal exploitation.',
    alternatives: [
      'The child has been made to steal for [who]: concern of criminal exploitation',
      'An adult is directing the child to steal: consider an NRM referral',
    ],
    source: 'yjlc',
    unlessNear: ['made|forced|pressured|coerced|exploited|groomed|told|directed|being|victim'],
    window: 3,
  },
  {
    id: 'known_offender_label',
    // "Known shoplifter, approx 12 yrs", "known drug dealer per local markers" about the child.
    patterns: ['known|notorious|local|well-known drug|cannabis|crack|heroin dealer', 'known|notorious|local|well-known shoplifter|thief|burglar|robber|dealer'],
    category: 'criminalises_child',
    explanation: 'Fixes a label of offending on a child. A child known for dealing or theft may be being exploited by the adults behind it.',
    alternatives: ['The child has been found [doing what] for [who]: concern of criminal exploitation', 'Record the adults directing the child'],
    source: 'yjlc',
    requiresNear: [
      'juvenile|juv|yp|child|boy|girl|lad|pupil|dp|ip',
      CHILD_AGE_TOKENS,
      '10|11|12|13|14|15|16|17 yrs|years|yr|y|yo',
      'approx|aged 10|11|12|13|14|15|16|17',
      'per local|markers|marker|intel|intelligence',
    ],
    unlessNear: [...ADULT_AGE_CUES, 'man|men|male|males|adult|adults|father|dad|uncle|brother|cousin|mum|mother|suspect|perpetrator'],
    window: 8,
  },
  {
    id: 'offending_behaviour_child',
    // "Reece's offending behaviour is escalating", "Tariq's offending is linked to peer association" (YOT records).
    patterns: [
      'offending|criminal behaviour|behavior|behaviours|behaviors is|are|was|has|have escalating|escalated|escalate|increasing|increased|linked|entrenched',
      '* offending is|was|has|are linked|escalating|escalated|increasing|entrenched',
      // Session 23: "Dylan's offending behaviour escalated over the summer", "His offending is driven by peer influence",
      // "YOT to address his offending".
      'offending behaviour|behavior|behaviours|behaviors escalated|escalating|increased|increasing|worsened|worsening',
      '* offending is|was|are|were driven|fuelled|fueled|motivated by',
      'address|addressing|tackle|tackling|reduce|reducing|challenge|challenging her|his|their offending',
    ],
    category: 'criminalises_child',
    explanation: 'Frames what is done to an exploited child as the child’s offending. The harm adults direct is exploitation.',
    alternatives: [
      'The child has been made to [what] by [who]: concern of criminal exploitation',
      'Record who directs the child and what the child says about them',
    ],
    source: 'childrens_society_2018', // the guide's principle: a victim, not an offender
    unlessNear: [...ADULT_OR_OTHER_CUES],
    window: 6,
  },
  {
    id: 'minor_scuffle_adult',
    // "Minor scuffle with boyfriend (23)", "only a slap from the 22-year-old".
    patterns: [
      'minor|little|small scuffle|scuffles|scrap|spat|tussle|altercation|squabble|disagreement|tiff',
      'only|just a slap|smack|shove|push|tap|clip',
      'a bit of a scrap|scuffle|slap|push|kicking',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Plays down violence towards a child. Record the injury, who caused it and their age: an adult hurting a child is assault.',
    alternatives: ['The child was assaulted by [who, age]: record the injuries', 'An adult has used violence against the child'],
    source: 'childrens_society_2018', // the guide's principle: name what was done to the child
    requiresNear: [
      ...ADULT_CUES,
      'boyfriend|partner|fella|lads|olders|men|man|22-year-old|mum|told|said',
      // Probe 25: police or an injury named ("only a slap, nothing major, and he did not want police involved").
      'police|injury|injuries|injured|bruise|bruised|bruising|bleeding|mark|marks|hospital',
    ],
    // Review 25B: a friendly slap ("only a slap on the back, no injury"), another pupil's ("only a slap from another Year
    // 7, no marks").
    unlessNear: ['slap on the back', 'pupil|pupils|classmate|classmates|peer|peers', 'year|yr 7|8|9|10|11|12|13'],
    window: 10,
  },
  {
    id: 'worse_for_wear_return',
    // "Returned to the B&B worse for wear with two older males; no issues", "back, fine in herself".
    patterns: [
      'worse for wear',
      'fine in herself|himself|themselves',
      'happy and chatty',
      'no issues|problems',
      'all fine|good',
      // Probe 25: a carer's or a handover's shorthand ("back late, no drama", "in at 2am as per usual").
      // Review 25B: not "no bother" or "no fuss" ("settled back at the unit, no bother at bedtime", "back from the dentist,
      // no fuss").
      'no drama|dramas',
      // "the worker recorded that she was just out with mates and there were no concerns".
      'just|only out with [her|his|their] mates|friends|pals',
    ],
    category: 'minimises_harm',
    explanation:
      'Records a child’s return from missing or from adults as unremarkable. A child who comes back intoxicated or from adults may have been harmed.',
    alternatives: [
      'The child returned at [time] from [where/who]: record their state and offer a return home interview',
      'Record what the child said and what staff saw',
    ],
    source: 'childrens_society_2018', // same reasoning as "returned safe and well"
    requiresNear: [
      'returned|return|back|missing|unit|hostel|placement',
      'rhi|mfh|misper',
      'came|come in',
      'older|olders|males|men|man|boyfriend',
      `${AGE_NUMBERS} year|yr|y|yrs`,
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'tea|school|college|appointment|exam|trip|holiday|football|review|visit|contact|weekend|shopping|time|respite',
      // Review 25F: back in a side ("he's back in the squad after his suspension, no drama"), back by curfew.
      'squad|suspension|suspended|selection|training',
      'by|before curfew',
      // Fix 24A: a return as planned, not "strategy meeting as arranged", "RHI booked as agreed" after the verdict.
      'returned|back|home [*] [*] [*] as|when planned|agreed|arranged',
      // Round 29C: right after "safe and well", the minimising wording the annotators mark ("back safe and well, no issues").
      'safe and well no [further|other] concerns|concern|issues|problems',
    ],
    // Round 24: the verdict often stands in a clause of its own after the return it describes ("returned to placement on
    // time after contact with mum; all fine"). Fix 24A: only how the return went counts across the ; (types.ts), not the
    // people (mum, carer) or words such as school, time, contact, who in the next clause are a new subject ("...; mum
    // informed", "...; contact to be discussed").
    unlessNearAcross: [
      'on time',
      // Review 24E: not "came home from school and then went missing; returned at 3am worse for wear with two older men".
      'returned|return|returning|back from|after contact|respite|school|college|appointment|exam|trip|holiday|football|shopping|tea|visit',
      'returned|back|home [*] [*] [*] as|when planned|agreed|arranged',
    ],
    window: 8,
  },
  {
    id: 'age_gap_not_issue',
    // "The age gap is not an issue as she is mature for her age", "the age gap is only five years".
    patterns: [
      "age|age-gap gap|difference is|was not|isn’t|isn't|wasn’t|wasn't [a|an] [big|real] issue|concern|problem|significant|relevant|important|worry",
      'age gap|difference is|was only|just * years',
      'age gap|difference is|was only|just [*] [*] years',
    ],
    category: 'minimises_harm',
    explanation: 'Dismisses the age difference between a child and an older person. The gap is a sign of the power the older person holds.',
    alternatives: [
      'The child is [age] and the other person is [age]: concern of sexual exploitation',
      'Record the age difference and what it lets the older person do',
    ],
    source: 'docsbay_alternatives', // [A] age and power differences are the concern
    // Two peers ("only two years and both are at college") are not an adult and a child.
    unlessNear: ['both|peers|classmates|college|school|class|year'],
    window: 10,
  },
  {
    id: 'no_role_for_safeguarding',
    patterns: ["no role for safeguarding|us|police|children’s|children's|csc", 'no role for social care|services', 'no safeguarding role'],
    category: 'minimises_harm',
    explanation: 'Closes off protection for a child at risk. An exploited child needs a safeguarding response whatever label is used.',
    alternatives: ['The child is at risk of exploitation: a safeguarding response is needed', 'Record the risk and the plan'],
    source: 'childrens_society_2018', // the guide's principle: a child at risk needs protection
  },
  {
    id: 'mutual_abuse_label',
    patterns: ['mutual|mutually abusive|violent|toxic relationship', 'mutual abuse|violence'],
    quoted: 'sufficient', // the record's words as reviews quote them (types.ts)
    category: 'minimises_harm',
    explanation: 'Treats abuse between an adult and a child as shared. A child cannot be an equal party in a relationship with an adult who abuses them.',
    alternatives: ['The child is being abused by [who, age]', 'An adult is using violence and control against the child'],
    source: 'complex_safeguarding_wales', // [D] relationship words for an abusing adult
    unlessNear: [...OTHER_PERSON_CUES, "cannot|can’t|can't|couldn’t|couldn't", 'could not'],
    window: 8,
  },
  {
    id: 'made_self_homeless',
    patterns: [`made|makes|making|make ${PRONOUN_SELF} [intentionally] homeless`, 'intentionally homeless'],
    category: 'blames_child',
    explanation: 'Blames a child for losing their home. Children who leave home may be fleeing harm, or drawn away by people who exploit them.',
    alternatives: [
      'The child has no safe place to stay: record why they left and who they are staying with',
      'The child is homeless and at risk: a children’s social care assessment is needed',
    ],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: [...OTHER_PERSON_CUES.slice(0, 1), "not|never|didn’t|didn't|hasn’t|hasn't"],
    window: 3,
  },
  {
    id: 'careless_about_protection',
    patterns: [
      'careless|reckless|casual|cavalier|blasé|blase|lax about|with contraception|protection|condoms|pills|precautions|sex|safety',
      // "reckless with her own health" (a GP's note on repeated STI screens)
      'careless|reckless|casual|cavalier|blasé|blase|lax about|with her|his|their own health|safety|body|wellbeing|well-being',
    ],
    category: 'blames_child',
    explanation: 'Blames a child for sexual health risks that adults create. Repeated emergency contraception or STIs in a child are signs of abuse.',
    alternatives: ['The child has needed [what] [number] times: concern of sexual abuse or exploitation', 'Record who the other person is and their age'],
    source: 'childrens_society_2018',
  },
  {
    id: 'no_motivation_to_desist',
    patterns: [
      'little|no|limited|lacks|lacking [any] motivation|desire|willingness|intention to desist|stop|change|engage',
      'not|un motivated to desist|stop|change|engage',
      'shows|showed|showing|shown [little|no] remorse',
    ],
    category: 'blames_child',
    explanation: 'Puts the child’s exploitation down to a lack of will. Children controlled by exploiters often cannot stop, whatever they want.',
    alternatives: [
      'The child is being controlled by [who] and cannot easily stop: record threats and debts',
      'Record what would help the child feel safe to leave',
    ],
    source: 'childrens_society_2018',
    unlessNear: ADULT_OR_OTHER_CUES,
    window: 6,
  },
  {
    id: 'stays_out_all_hours',
    // "Stays out until all hours" (Derbyshire Safe and Sound: a child out late is at risk, not troublesome).
    patterns: ['stays|stayed|staying|stay out until|till|til|to all hours'],
    category: 'blames_child',
    explanation: 'Writes a child’s late nights as defiance. Ask where the child is and who they are with: staying out late is a sign of exploitation.',
    alternatives: ['The child is coming home late and no one knows where they have been', 'The child is out late with [who]: concern of exploitation'],
    source: 'childrens_society_2018', // the guide's principle; the phrase is quoted by Derbyshire's Safe and Sound column (gaps research)
    unlessNear: OTHER_PERSON_CUES,
    window: 4,
  },
  {
    id: 'went_anyway',
    // "She was told not to go but went anyway", "warned many times but continues to make the same choices" (Durham SCP).
    patterns: ['continues|continued|continue|keeps|kept [to] make|making the same choices|decisions|mistakes'],
    category: 'blames_child',
    explanation:
      'Blames the child for not following advice. Exploiters draw children back with threats, debts and affection; the child is not choosing the harm.',
    alternatives: ['The child keeps being drawn back to [who/where] despite plans to keep them safe', 'Record what pulls the child back and who controls it'],
    source: 'durham_scp', // why language matters in harm outside the home
    requiresNear: ['told|warned|advised|despite|asked|warning|warnings|times'],
    window: 10,
  },
  {
    id: 'naive_label',
    // "Very naive and trusts anyone" (UKCIS 2023), "sexually experienced and not naive" (a dated record).
    patterns: ['very|so|too|incredibly|extremely|really|quite naive|naïve [and|but] trusts|trusting', 'not naive|naïve'],
    category: 'blames_child',
    explanation: 'Blames the child’s trust for what an adult did. Grooming works by exploiting trust; the adult is responsible.',
    alternatives: ['The child has been groomed by [who], who exploited her trust', 'The child is vulnerable to grooming: record who is targeting them'],
    source: 'childrens_society_2018', // the guide's principle; UKCIS 2023 names "naive" (gaps research)
    unlessNear: ADULT_OR_OTHER_CUES,
    window: 6,
  },
  {
    id: 'gentleman_callers',
    patterns: ['gentleman|gentlemen caller|callers|visitor|visitors'],
    quoted: 'sufficient', // the record's words as reviews quote them (types.ts)
    category: 'sexualises',
    explanation: 'A coy name for adult men visiting a child, which hides that they may be abusing her.',
    alternatives: ['Adult men, [ages], are visiting the child: concern of sexual exploitation', 'Record who the men are'],
    source: 'childrens_society_2018', // the guide's principle: name the adults and what they do
  },
  {
    id: 'gentleman_friend',
    patterns: ['gentleman|gentlemen friend|friends'],
    quoted: 'sufficient', // the record's words as reviews quote them (types.ts)
    category: 'adult_centred_label',
    explanation: 'Names the adult who is abusing a child as her companion, in the abuser’s frame.',
    alternatives: ['An adult man, [age], who is abusing the child', 'The child is being sexually exploited by [name, age]'],
    source: 'complex_safeguarding_wales', // [D] relationship words for an abusing adult
    unlessNear: OTHER_PERSON_CUES.slice(0, 1),
    window: 4,
  },
  {
    id: 'all_over_him',
    patterns: [
      'she|he|they [had|has|have] was|were|been|is all over him|them|her',
      'she|he|they [had|has|have] was|were|been|is all over the men|lads|boys|older',
      // Round 29b: the contracted subject ("she's all over the lads at the back of the bus") and an adult by age ("she was
      // all over the 30-year-old when officers arrived").
      "she's|he's|she’s|he’s|shes|hes all over him|them",
      "she's|he's|she’s|he’s|shes|hes all over the men|lads|boys|older",
      `she|he|they [had|has|have] was|were|been|is all over the ${AGE_TOKENS}`,
      `she's|he's|she’s|he’s|shes|hes all over the ${AGE_TOKENS}`,
      'on the pull',
    ],
    quoted: 'sufficient', // the record's words (types.ts)
    category: 'sexualises',
    explanation: 'Describes a child as sexually forward, which shifts blame onto the child for what others did to her.',
    alternatives: ['Record what the other person did and their age', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018',
    unlessNear: ['bruise|bruises|bruising|marks|blood|cuts|scratches|sick|vomit|rash|spots|mud|paint'],
    window: 5,
  },
  {
    id: 'tart_label',
    patterns: [
      'a|such [a] right|proper|little|real|total tart|tarts|tramp|slapper',
      'tart|tarts for going|goes|going with',
      // Probe wording: "The girls are tarts who hang around the takeaway".
      'is|are|was|were|being|them|those just|all [just] tarts|tart|slappers|tramps',
      'is|are|was|were|being|them|those tarts|slappers|tramps',
    ],
    unlessNear: [
      'jam|apple|custard|lemon|treacle|bakewell|egg|fruit|cake|cakes|pastry|pastries|bake|baked|baking|dessert|desserts|pudding|puddings|biscuits|pies',
    ],
    quoted: 'sufficient',
    category: 'sexualises',
    explanation: 'A sexual slur that blames the child for being abused.',
    alternatives: ['The child is being sexually exploited by [who]', 'Record what the adults have done'],
    source: 'childrens_society_2018',
  },
  {
    id: 'known_on_the_scene',
    patterns: ['well known|well-known on the scene|streets|circuit|block', 'well known|well-known to the men|punters|lads|taxi|taxis|drivers'],
    quoted: 'sufficient',
    category: 'sexualises',
    explanation: 'Presents a child who is being sexually exploited as a familiar figure in adult sex work.',
    alternatives: [
      'The child is being sexually exploited, and adults in [place] know her: record who',
      'Concern that the child is known to adults who exploit her',
    ],
    source: 'childrens_society_2018',
    unlessNear: [...OTHER_PERSON_CUES, 'police|services|team|school|staff'],
    window: 4,
  },
  {
    id: 'lots_of_boyfriends',
    patterns: ['has|had|have [a] lot|lots|loads of boyfriends|lads|men|partners', 'has|had|have [so] many boyfriends|partners'],
    category: 'sexualises',
    explanation: 'Comments on a child’s supposed sexual history, which blames her and hides the adults and peers who may be abusing her.',
    alternatives: ['Several people have had sexual contact with the child: record who and their ages', 'Concern of sexual exploitation'],
    source: 'childrens_society_2018',
    requiresNear: [...SEXUAL_CUES, 'clinic|ehc|contraception|pill|sti|for|13|14|15|she|her|says|mum'],
    unlessNear: ['contact|contacting|messaging|message|messaged|texting|calling|called|following|followed|approached|threatened|waiting'],
    window: 6,
  },
  {
    id: 'prefers_adults_company',
    // "Prefers to stay with the family friend who keeps her wages", "would rather stay at his uncle's".
    patterns: ['prefers|preferred|prefer to stay|live|be|go with|at', "would|she’d|he’d|she'd|he'd rather stay|live|be with|at"],
    category: 'implies_consent',
    explanation: 'Presents a child’s staying with adults who exploit them as a preference. Grooming makes children feel they want to be there.',
    alternatives: [
      'The child is staying with [who, age], who is [what they do]',
      'The child says she wants to stay with [who]: concern that she has been groomed',
    ],
    source: 'language_matters', // [B] "Associating with / spending time with" (older men)
    requiresNear: [...ADULT_CUES, "uncle|uncle’s|uncle's|friend|men|lads|olders|no relation|wages|landlord"],
    unlessNear: ["mum|mum's|mum’s|dad|dad's|dad’s|nan|nan's|nan’s|gran|grandparents|grandma|sister|brother|foster|carers|home|school"],
    window: 8,
  },
  {
    id: 'signed_up_for',
    // Session 23: "has signed up with the Bradford line again".
    patterns: ['signed|signs|sign up for|to|with', 'knew|knows what he|she|they signed|was|were signing up'],
    category: 'implies_consent',
    explanation: 'Presents a child’s exploitation as something they agreed to. A child cannot sign up to be exploited.',
    alternatives: ['The child has been exploited by [who] to [what]', 'Adults drew the child into [what]: concern of criminal exploitation'],
    source: 'childrens_society_2018',
    // Session 23: "signed up for the trips to Grimsby knowing full well what they were for".
    requiresNear: [...CCE_CUES, 'work|consequences|agent|journey|men|olders|face', 'knowing|knew full|fully well'],
    unlessNear: ['club|team|course|gym|college|newsletter|activity|activities|scheme|programme|program|football|cadets'],
    window: 8,
  },
  {
    id: 'mixed_up_in',
    patterns: [`gets|got|getting|get ${PRONOUN_SELF} mixed up in`],
    quoted: 'sufficient',
    category: 'implies_consent',
    explanation: 'Presents the child as getting into exploitation by choice. Say who drew the child in.',
    alternatives: ['The child has been drawn in by [who]', 'Concern that the child is being exploited by [who]'],
    source: 'childrens_society_2018', // [B] "become involved" → "they have been groomed"
  },
  {
    id: 'allowed_account_used',
    patterns: ['allowed|allows|allow|let|lets her|his|their account|card|bank|details to be used'],
    category: 'implies_consent',
    explanation: 'Presents a child whose account is used to move money as agreeing to it. This is child financial exploitation.',
    alternatives: ['Adults are using the child’s bank account to move money', 'The child is being financially exploited by [who]'],
    source: 'childrens_society_2022', // 2022 revision: child financial exploitation
  },
  {
    id: 'for_the_lifestyle',
    patterns: ['does|did|do|doing it for the lifestyle|buzz|status|money|thrill', 'by his|her|their own admission happy|keen|willing'],
    category: 'implies_consent',
    explanation: 'Presents exploitation as the child’s motive. Adults use money, status and excitement to draw children in.',
    alternatives: ['Adults are drawing the child in with [money, status]: concern of exploitation', 'The child is being exploited by [who]'],
    source: 'childrens_society_2018',
    requiresNear: [...CCE_CUES, 'courier|coast|men|lads|gang|missing'],
    window: 10,
  },
  {
    id: 'comes_back_in_the_end',
    // "She always comes back", "always comes home in the end" (a missing child graded down because she returns).
    patterns: ['always|usually|eventually comes|came|turns|returns home|back|up [in] [the] [end]', 'comes|turns home|back|up in the end'],
    category: 'minimises_harm',
    explanation: 'Treats a child’s return as a reason not to worry. Each missing episode is a risk of harm, whoever the child returns from.',
    alternatives: [
      'The child has gone missing [number] times: record who they were with and what happened',
      'Each episode is a risk of harm: offer a return home interview',
    ],
    source: 'childrens_society_2018', // same reasoning as "she always turns up"
    requiresNear: ['missing|episode|episodes|risk|worry|worried|concern|concerns|low|closed|closure|again|out|misper|mfh|daddy|men'],
    unlessNear: OTHER_PERSON_CUES,
    window: 12,
  },
  {
    id: 'capable_of_looking_after',
    patterns: [
      `[more] [than] [quite|perfectly|very|well] capable of looking after ${PRONOUN_SELF}`,
      `[more] [than] [quite|perfectly|very|well] capable of taking care of ${PRONOUN_SELF}`,
      'gave|gives|give as good as she|he|they got|gets',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down the risk to a child because they seem able to cope. Size, confidence or fighting back do not protect a child from exploitation.',
    alternatives: ['The child is at risk from [who]: record the risk, whatever the child seems able to do', 'An adult has used violence against the child'],
    source: 'childrens_society_2018', // same reasoning as "can look after himself"
    unlessNear: OTHER_PERSON_CUES,
    window: 6,
  },
  {
    id: 'nothing_sinister',
    patterns: ['rather than anything sinister|serious|concerning|worrying'],
    category: 'minimises_harm',
    explanation: 'Explains a child’s missing episodes or distress away. Look for who the child is with and what is happening to them.',
    alternatives: ['The child has gone missing [number] times: concern that they are being exploited', 'Record what the child says and who they are with'],
    source: 'childrens_society_2018',
  },
  {
    id: 'cry_for_attention',
    patterns: ['a cry for attention'],
    category: 'blames_child',
    explanation: 'Reads a child’s missing episodes or distress as a bid for attention. Look for who the child is with and what is happening to them.',
    alternatives: ['The child has gone missing [number] times: concern that they are being exploited', 'Record what the child says and who they are with'],
    source: 'cara_prior_art', // same family as "attention seeking"
  },
  {
    id: 'bit_too_much_to_drink',
    patterns: ['a bit too much|many to drink', 'a bit too much|many drink|drinks'],
    category: 'minimises_harm',
    explanation: 'Plays down a child’s intoxication. A child drunk at an adult’s home may have been given alcohol to groom or abuse them.',
    alternatives: ['The child was intoxicated at [place] with [who]: record who gave the alcohol', 'Concern that adults supplied alcohol to the child'],
    source: 'childrens_society_2018',
    unlessNear: OTHER_PERSON_CUES,
    window: 6,
  },
  {
    id: 'courier_for_group',
    patterns: ['courier|couriers for', 'getaway driver|drivers|rider|riders'],
    category: 'criminalises_child',
    explanation: 'Names the child by the job adults use them for. A child moving drugs or driving for a group is being criminally exploited.',
    alternatives: ['The child is being criminally exploited by [who] to [what]', 'Adults are using the child to [what]: consider an NRM referral'],
    source: 'yjlc', // [C] CCE: the child is a victim
    // Round 25: "a courier for the network" (fresh24).
    requiresNear: [...CCE_CUES, 'ocg|group|crew|robbery|robberies|burglary|burglaries|olders|network|networks'],
    // Review 25A: a courier's job ("got a job as a courier for the bike network").
    unlessNear: ['parcel|parcels|delivery|deliveries|amazon|dpd|evri|royal|post', 'job|jobs|bike|bikes|cycle|van|vans|shift|shifts|firm|company'],
    window: 8,
  },
  {
    id: 'cannabis_gardener',
    patterns: ['gardener|gardeners'],
    category: 'criminalises_child',
    explanation: 'Names a child found in a cannabis grow by the work they were made to do. Children in cannabis farms are usually trafficked.',
    alternatives: [
      'The child was found in a cannabis grow: concern of trafficking, consider an NRM referral',
      'The child was made to tend a cannabis grow by [who]',
    ],
    source: 'childrens_society_2018', // the guide's principle; "gardeners" is the term the dated records use
    requiresNear: ['cannabis|grow|farm|factory|plants|weed|skunk|production'],
    unlessNear: ['school|allotment|landscape|landscaping|park|council|apprentice|apprenticeship|not'],
    window: 8,
  },
  {
    id: 'gang_affiliated_to',
    patterns: ['affiliated|linked|aligned to|with the|a|an [*] crew|gang|gangs|line|group|set|ocg'],
    // Beside a gang label the label is the finding ("a gang nominal linked to the Hilltop crew").
    category: 'criminalises_child',
    explanation: 'Describes the child as a member of the group that exploits them. Record who controls the child and how.',
    alternatives: ['The child is being exploited by [group]', 'Concern that the child is being criminally exploited by [group]'],
    source: 'language_matters', // [B] "gang member" → "child who is being criminally exploited"
    unlessNear: [
      // Round 23: an event linked to the line, not the child ("he was stabbed; police think it was linked to the line").
      // Review 23B: not "that" ("boys that are linked to the gang").
      'it|this|incident|incidents|stabbing|attack|assault|robbery|shooting|violence|fire was|is|were|are|being [believed|thought|likely] [to] [be] linked|connected|affiliated',
      ...ADULT_OR_OTHER_CUES,
      'nominal|nominals|member|members|affiliate|affiliates',
    ],
    window: 6,
  },
  {
    id: 'absconsion',
    patterns: ['absconsion|absconsions|abscondence|abscondment'],
    category: 'criminalises_child',
    explanation: 'A custody word for a child going missing. Each missing episode is a risk of harm.',
    alternatives: ['The child has gone missing [number] times', 'History of going missing: record who the child was with'],
    source: 'cara_prior_art', // CARA lists "absconded"
  },
  {
    id: 'serving_up_bare',
    // Beside serving_up (which needs a drug-supply cue): "has been serving up in Kestlebury for months".
    patterns: ['serving|serves|served|serve up'],
    category: 'criminalises_child',
    explanation: 'Street slang for selling drugs, written as the child’s trade. A child selling drugs for others is being criminally exploited.',
    alternatives: ['The child is being criminally exploited to sell drugs by [who]', 'Adults are using the child to sell drugs: consider an NRM referral'],
    source: 'yjlc',
    unlessNear: ['food|dinner|lunch|breakfast|tea|meal|meals|plates|drinks|cafe|kitchen|canteen|chips|customers|ace'],
    window: 6,
  },
  {
    id: 'instigates_contact',
    patterns: ['instigates|instigated|instigating|instigate [the] contact|meetings|meeting|it'],
    category: 'blames_child',
    explanation: 'Makes the child responsible for contact that adults want and groom. A child cannot be the one responsible for abuse by adults.',
    alternatives: ['Adults [who] are in contact with the child: concern of grooming', 'The child has been groomed to seek contact with [who]'],
    source: 'childrens_society_2018',
    requiresNear: [...ADULT_CUES, 'online|them'],
    window: 8,
  },
  {
    id: 'not_purely_a_victim',
    patterns: ["not|cannot|can’t|can't|never be seen|regarded|viewed|treated [purely|solely|simply|entirely|only|just] as a victim"],
    category: 'blames_child',
    explanation: 'Denies that a child who took part in contact or crime is a victim. A child groomed into it is still a victim.',
    alternatives: ['The child is a victim of [exploitation], even where they [what]', 'Record what the adults did to draw the child in'],
    source: 'childrens_society_2018',
  },
  {
    id: 'own_behaviour_risk',
    patterns: [
      `because of ${PRONOUN_POSS} own behaviour|behavior|actions|choices|conduct`,
      `due|owing to ${PRONOUN_POSS} own behaviour|behavior|actions|choices|conduct`,
    ],
    category: 'blames_child',
    explanation: 'Places the cause of the risk in the child. The risk comes from the adults who exploit the child.',
    alternatives: ['The child is at risk from [who]', 'Record who poses the risk and how'],
    source: 'childrens_society_2018', // [B] "putting themselves at risk" → the child is at risk from [who]
    requiresNear: ['risk|risks|harm|danger|vulnerable|exploitation|exploited'],
    unlessNear: OTHER_PERSON_CUES,
    window: 8,
  },
  {
    id: 'no_offence_committed',
    patterns: ['no offence|offences|crime had|has|have [been] committed|occurred', 'no offence|offences|crime was|were committed'],
    category: 'minimises_harm',
    explanation: 'Closes a sexual offence against a child because the child is said to have consented. A child cannot consent to abuse.',
    alternatives: ['A child has been sexually abused by [who]: record the offence', 'The child is a victim of [offence]'],
    source: 'childrens_society_2018',
    requiresNear: [...SEXUAL_CUES, 'consented|consent|consensual|men|man|adult'],
    window: 14,
  },
  {
    id: 'boyfriend_girlfriend_stuff',
    patterns: ['boyfriend|girlfriend and boyfriend|girlfriend stuff|things|business|relationship'],
    quoted: 'sufficient',
    category: 'minimises_harm',
    explanation: 'Presents an adult’s sexual contact with a child as a teenage romance.',
    alternatives: ['An adult, [age], is sexually abusing the child', 'The child is being sexually exploited by [who, age]'],
    source: 'complex_safeguarding_wales', // [D] relationship words for an abusing adult
    requiresNear: ADULT_CUES,
    window: 12,
  },
  {
    id: 'attracts_wrong_attention',
    patterns: ['attracts|attracting|attracted|attract|wants|wanting|seeks|seeking the wrong kind|sort of attention', 'attention from the wrong people'],
    category: 'blames_child',
    explanation: 'Makes the child responsible for the attention adults give her. The adults who target the child are responsible.',
    alternatives: ['Adults are targeting the child [online/in person]', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018', // same reasoning as "attention seeking"
    unlessNear: OTHER_PERSON_CUES,
    window: 6,
  },
  {
    id: 'acts_older',
    patterns: [
      'acts|acting|acted|behaves|behaving|behaved [much|far|so|very] older than she|he is|was',
      'acts|acting|acted|behaves|behaving|behaved [much|far|so|very] older than her|his age|years',
    ],
    quoted: 'sufficient',
    category: 'sexualises',
    explanation: 'Treats the child as older than she is, which adults who abuse children use as an excuse.',
    alternatives: ['The child is [age]: record what the adults did', 'Concern that adults are treating the child as older in order to exploit her'],
    source: 'childrens_society_2018', // same reasoning as "looks older than her age"
  },
  {
    id: 'knew_full_well_bare',
    // Beside knew_full_well, without the pronoun: "was recruiting younger pupils ... and knew full well".
    patterns: ['knew|knows|know full well', 'fully|perfectly well aware'],
    category: 'blames_child',
    explanation: 'Holds the child responsible for harm others directed. Knowing a risk does not make a child responsible for being exploited.',
    alternatives: ['The child was being exploited by [who] to [what]', 'Record who directed the child and how'],
    source: 'childrens_society_2018', // same reasoning as "should have known"
    // "knows full well what he is doing" is the consent idiom (implies_consent), not this.
    unlessNear: [...ADULT_OR_OTHER_CUES, 'police|officers|staff|school', 'what she|he|they is|was|are|were doing'],
    window: 6,
  },
  {
    id: 'choice_to_live_lifestyle',
    // "Has made a choice to live this lifestyle" (Rochdale review wording, gaps research).
    patterns: ['made|makes|making|make a|the|her|his|their choice|decision to live|lead|adopt|choose this|that|a|the|her|his|their lifestyle|life'],
    category: 'implies_consent',
    explanation: 'Presents a child’s exploitation as a lifestyle they chose. Children cannot choose to be abused.',
    alternatives: ['The child is being exploited by [who]', 'Adults have groomed the child into [what]'],
    source: 'docsbay_alternatives', // [A] "Lifestyle choice" → "the child is being exploited"
  },
  {
    id: 'in_control_of_actions',
    patterns: [`in control of ${PRONOUN_POSS} [own] actions|choices|decisions|behaviour|behavior|life`],
    category: 'blames_child',
    explanation: 'Says the child controls what is happening, when others are controlling them. Grooming and threats take that control away.',
    alternatives: ['The child is being controlled by [who]', 'Record the threats, debts or rewards that keep the child involved'],
    source: 'childrens_society_2018', // the guide's principle; Oxfordshire SCR wording (gaps research)
    unlessNear: OTHER_PERSON_CUES,
    window: 4,
  },
  {
    id: 'not_a_victim_so_closed',
    // "Does not see herself as a victim and no complaint has been made, so NFA" (Oxfordshire SCR, gaps research).
    patterns: [
      `does|did not see|consider ${PRONOUN_SELF} [to] [be] as a victim`,
      `doesn’t|doesn't|didn’t|didn't see|consider ${PRONOUN_SELF} [to] [be] as a victim`,
      'will|would not make|give|support a complaint|statement|prosecution|allegation',
      "won’t|won't|wouldn’t|wouldn't make|give|support a complaint|statement|prosecution|allegation",
      'refuses|refused|declines|declined to make|give|support a complaint|statement|prosecution',
    ],
    category: 'minimises_harm',
    explanation:
      'Closes the case because the child does not see herself as a victim or will not complain. Groomed children often do not, and protection does not depend on it.',
    alternatives: [
      'The child does not yet recognise the abuse, which is common in grooming: the safeguarding plan continues',
      'Record the risk and the plan, whether or not a complaint is made',
    ],
    source: 'childrens_society_2018', // the guide's principle; Oxfordshire and Telford reviews (gaps research)
    requiresNear: ["nfa|closed|close|closure|further|so|therefore|unable|cannot|can’t|can't"],
    window: 10,
  },
  {
    id: 'absent_not_missing',
    patterns: [
      'absent|away|unauthorised|unauthorized|absence rather than missing',
      'absent|away|unauthorised|unauthorized|absence instead of missing',
      'absent|absence [but|and] not missing',
    ],
    category: 'minimises_harm',
    explanation:
      'Downgrades a missing child to absent, which lowers the response. A child whose whereabouts are not known, especially with adults, is missing.',
    alternatives: ['The child is missing: record who they may be with and the risk', 'Report the child missing and record the reason for the risk grade'],
    source: 'childrens_society_2018', // the guide's principle; "logged as absent rather than missing" (gaps research)
  },
  {
    id: 'survival_sex',
    patterns: ['involved|engaging|engaged|engages|engage in survival|transactional sex', 'survival sex'],
    category: 'implies_consent',
    explanation: 'Presents a child’s sexual exploitation as sex they trade to survive. A child made to have sex for a bed or food is being sexually exploited.',
    alternatives: ['The child is being sexually exploited in return for [accommodation, food]', 'Adults are exploiting the child’s need for [what]'],
    source: 'childrens_society_2018', // [B] "involved in" → the child is being exploited
  },
  {
    id: 'consent_to_images',
    patterns: [
      'gave|give|gives|given consent to [the] photographs|photos|photo|pictures|images|videos|filming',
      'gave|give|gives|given consent to being photographed|filmed',
    ],
    category: 'implies_consent',
    explanation: 'Presents images an adult took of a child as agreed. A child cannot consent to sexual images being made of them.',
    alternatives: ['An adult, [age], took sexual images of the child', 'Indecent images of the child were made by [who]'],
    source: 'taskforce_2024', // 2024 guide: images of children are abuse, not consented content
    requiresNear: [...ADULT_CUES, ...SEXUAL_CUES],
    unlessNear: ['school|newsletter|website|publicity|media|marketing|yearbook|display|leaflet|poster|trip|parents|mum|dad'],
    window: 10,
  },
  {
    id: 'goes_with_them_for',
    patterns: ['goes|went|go|going with [the] them|men|lads|him for the drugs|attention|money|gifts|cigarettes|vodka|alcohol|weed|status'],
    category: 'implies_consent',
    explanation: 'Presents what adults give a child to groom her as her reason for going with them.',
    alternatives: ['Adults are grooming the child with [drugs, attention, gifts]', 'The child is being exploited by [who] in exchange for [what]'],
    source: 'childrens_society_2018', // [B] exchange wording; Rochdale and Rotherham records (gaps research)
  },
  {
    id: 'chose_to_come_uk',
    patterns: [
      'chose|chooses|choose|decided|wanted to come|travel to [the|this] uk|country|england|britain',
      'paid|pays to be smuggled|brought',
      // An NRM referral's "came willingly to the UK with a family friend" (round 21)
      'came|come|comes|travelled|traveled willingly|voluntarily to [the|this] uk|country|england|britain',
    ],
    category: 'implies_consent',
    explanation: 'Presents a trafficked child’s journey as their choice. A child cannot consent to being trafficked.',
    alternatives: [
      'The child was brought to the UK by [who]: concern of trafficking, consider an NRM referral',
      'Record who arranged and paid for the journey',
    ],
    source: 'childrens_society_2018', // the guide's principle; DOMAIN.md: a child cannot consent to being trafficked
    unlessNear: [...OTHER_PERSON_CUES, 'holiday|holidays|study|university|visit|family'],
    window: 8,
  },
  {
    id: 'bolted',
    patterns: ['bolted|bolts|bolting from|out|off', 'legged|legs it'],
    category: 'blames_child',
    explanation: 'Writes a child leaving as flight from rules. A child who leaves may be fleeing harm or being drawn away by exploiters.',
    alternatives: ['The child left [where] at [time]: record where they went and who with', 'The child went missing from [where]'],
    source: 'complex_safeguarding_wales', // language use: describe what happened, not the child's defiance (gaps research)
    requiresNear: ['placement|unit|home|staff|carers|carer|school|hospital|ward|custody|officers|police'],
    unlessNear: ['horse|horses|dog|dogs|door|doors|gate|lock|bolt'],
    window: 6,
  },
  {
    id: 'entrepreneur_label',
    patterns: ['entrepreneur|entrepreneurs|entrepreneurial|businessman|businessmen|business-minded|go-getter'],
    category: 'criminalises_child',
    explanation: 'Presents a child in drug supply as running a business. Children in drug supply are being criminally exploited.',
    alternatives: ['The child is being criminally exploited to sell drugs by [who]', 'Adults are using the child in drug supply: consider an NRM referral'],
    source: 'complex_safeguarding_wales', // language use (gaps research)
    // Money words too: "Jamal, 15, is entrepreneurial and motivated by money" names no drug; not a parent's cafe or a
    // school enterprise award.
    requiresNear: [...CCE_CUES, 'money|cash|selling|sells|sell|profit|profits|earning|earns'],
    unlessNear: [...OTHER_PERSON_CUES, 'award|awards|competition|scheme|project|college|course|cafe|shop|stall|bakery|tuck|dragons|apprenticeship|enterprise'],
    window: 10,
  },
];

// Round 19: wording families that several tuning sets (fresh18 and earlier) annotate and the lexicon missed, each held
// to the context that gives it the blaming sense.
export const ROUND_19_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'storm_in_teacup',
    // "It is all a storm in a teacup", "the whole thing has been blown out of proportion" (five tuning-set lines).
    patterns: ['storm in a teacup', 'blown|blowing|blew out of proportion'],
    category: 'minimises_harm',
    explanation: 'Waves away a concern about the child as an overreaction, so nobody asks what happened or who is harming the child.',
    alternatives: ['Record what happened, who was involved and what the child said', 'The concern about [what] needs to be assessed: record the facts'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
  },
  {
    id: 'typical_teenager',
    // "She is a typical teenager pushing boundaries", "a typical teenager who likes a bit of cash" (three tuning-set lines).
    patterns: ['a|just|your typical|normal|average teenager|teen'],
    category: 'minimises_harm',
    explanation: 'Explains away signs of exploitation as normal growing up. Changes in behaviour may be signs of abuse.',
    alternatives: ['The child’s behaviour has changed: record what and when, and consider whether they are being exploited'],
    source: 'childrens_society_2018', // the guide's principle; as just_experimenting
  },
  {
    id: 'mentor_sponsor_pays',
    // "His mentor gives him a tenner for each trip", "Cameron's sponsor in the group pays for his trainers", "the adult
    // co-defendant is recorded throughout as the boy's mentor" (six tuning-set lines): the role an exploiting adult gives
    // himself, beside what he gives or takes. A school or project mentor is not this.
    patterns: ['mentor|sponsor'],
    ...MENTOR_WORDING,
    requiresNear: ['pays|paid|pay|gives|gave|give|buys|bought|keeps|kept|tenner|trainers|wages|co-defendant|defendant|lifts|trip|trips'],
    unlessNear: [
      'learning|school|college|peer|youth|mentoring|programme|scheme|project|teacher|tutor|coach|church|mosque|visa|charity|sponsored|sponsorship|trust|dbs|volunteer|reading',
      // Round 24: the mentor's sessions ("Mentor: Tommy keeps missing our sessions").
      'session|sessions|appointment|appointments',
      "mum|dad|mother|father|parents|aunt|aunts|auntie|cousins|nan|gran|grandparents|mum's|dad's",
      // Round 29C: a club's sponsor ("the club's main sponsor is a local builder and his firm pays for the kit").
      // Review 29C: not "his main sponsor, a man of 30"; "the main sponsor" of a club still.
      "club's|club’s|team's|team’s|shirt|kit [main] sponsor|sponsors",
      'the main sponsor|sponsors',
    ],
    window: 8,
  },
  {
    id: 'escort_label',
    // "working as an escort", "wants to be an escort" (three tuning-set lines); "as an escort" alone is often swallowed
    // by "working as an" (pimp_escort).
    patterns: ['escort|escorts'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'sexualises',
    explanation: 'Uses the language of sex work for the sexual exploitation of a child. Children cannot be sex workers or escorts: they are being abused.',
    alternatives: ['The child is being sexually exploited by [who]'],
    source: 'ons_terminology', // child prostitution terms removed from legislation and statistics
    unlessNear: [
      'police|officer|officers|staff|security|prison|custody|transport|van|taxi|passenger|school|bus|escorted|hospital|nurse|cell',
      // The escort who takes a child to court or to a secure unit (three tuning-set lines).
      'vehicle|secure|court|courts|hearing|witness|service|collect|collected|brought|bring',
      // Round 23: the escort as a role on school transport or a journey ("the escort kept a note of the van's
      // registration", "escort reported it to the DSL", "the escort's report"). Not "the escort" alone (review 23A: "the
      // men call her the escort").
      "escort's|escort’s report|reports|log|note|notes|statement|account",
      'escort|escorts reported|reports|notes|noted|kept|keeps|said|says|saw|sees|stayed|stays|drove|drives|accompanied|accompanies|told|tells|gave|gives|waited|waits|arrived|arrives|took|takes|rang|phoned|called',
      "van's|bus's|registration|dsl|pupil|pupils|route|routes|journey|journeys",
      // Round 29: the escort as a paid role on a shift or a rota ("the escort is working a split shift this term", "the
      // bus escort was on the late rota", "the passenger escort is doing overtime").
      'shift|shifts|rota|rotas|overtime|timesheet|timesheets|payroll|contracted',
      // Session 22b: an airline's escort for a child flying alone ("the airline's unaccompanied minor escort").
      "airline|airline's|airline’s|airlines|unaccompanied|flight|flights|cabin|crew",
    ],
    window: 6,
  },
  {
    id: 'pimping_others',
    // The child as the one who pimps ("pimping her younger friends to the men at the flat"); a child who is pimped is
    // pimp_escort. An adult opening the sentence ("The man pimped out other girls") is the adult's (check.ts).
    patterns: ['pimping|pimps|pimped [out] [her|his|their] younger|other girls|boys|friends|children|kids|pupils'],
    category: 'criminalises_child',
    explanation:
      'Casts a child who brings other children to abusers as the abuser. Exploiters often make a child recruit others, and that child is a victim of exploitation too.',
    alternatives: [
      'The child is being made to bring other children to [who]: both are being sexually exploited',
      'Concern that adults are using the child to draw other children in: record who and how',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child
  },
  {
    id: 'young_offender_label',
    // "the 2007 file calls the 14-year-old a young offender", "Custody record: young offender arrested for PWITS".
    // Round 23: a child named by age and offence ("the 15-year-old offender was found in a trap house").
    patterns: ['young|youth|juvenile offender', `${CHILD_AGE_TOKENS} offender|offenders|criminal|criminals`],
    // Review 23A: the perpetrator ("raped by a 16-year-old offender", "the 17-year-old offenders who assaulted Maya"),
    // and "criminal exploitation".
    category: 'criminalises_child',
    explanation: 'Names the child by an offence. A child exploited into crime is first a victim of criminal exploitation.',
    alternatives: ['The child, who may be criminally exploited, was arrested for [offence]'],
    source: 'yjlc', // [C] "child first": the child, not the offence
    unlessNear: [
      'institution|institutions|yoi|team|teams|service|services|panel|unit|units|wing|programme|worker|workers',
      `by a|an|the|two|three ${CHILD_AGE_TOKENS}`,
      'offender|offenders who|that assaulted|raped|abused|attacked|groomed|exploited|hurt|harmed|targeted',
      'exploitation',
    ],
    window: 3,
  },
];

// Wording that published case reviews and national guidance quote, found missing by a probe of review-style notes
// (gaps pass, round 20). Each has a hard negative in lexicon.test.ts.
export const GAPS_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'went_anyway_advice',
    // "She was told not to go but went anyway" (Durham SCP, why language matters): the advice as the measure of blame.
    patterns: ['went|gone|goes|go|going|left|ran|stayed|stays|stay|met|meets anyway|regardless'],
    category: 'blames_child',
    explanation:
      'Blames the child for not following advice. Exploiters draw children back with threats, debts and affection; the child is not choosing the harm.',
    alternatives: ['The child keeps being drawn back to [who/where] despite plans to keep them safe', 'Record what pulls the child back and who controls it'],
    source: 'durham_scp',
    // Advice not to go, or a warning: not "told the bus was late but went anyway".
    requiresNear: [
      'told|asked|advised|warned|begged|urged|instructed [her|him|them] not to',
      // Not "despite feeling nervous" or "despite the weather warning" (review 2026-11-30).
      'warned|warnings',
      'against [staff|our|police|professional|all] advice',
    ],
    unlessNear: OTHER_PERSON_CUES,
    window: 10,
  },
  {
    id: 'just_switch_off',
    // "Hannah should just switch her phone off if the men keep texting" (a review's record of advice given to a parent);
    // "she could just block them" (UKCIS 2023 names "why didn't you just block them" as online victim blaming).
    patterns: [
      'should|could|can|must|needs|need|ought [to] just switch|turn|block|delete|ignore|unfriend|mute|unadd',
      'should|could|can|must|needs|need|ought [to] just stay|keep away|off',
      'should|could|can|must|needs|need|ought [to] just stop talking|messaging|going|seeing|replying|answering',
      "why didn't|didn’t|doesn't|doesn’t she|he|they just block|delete|ignore|unfriend|switch|turn",
    ],
    category: 'blames_child',
    explanation:
      'Makes stopping the abuse the child’s job. Adults who threaten or groom a child keep finding ways back to them; the response is to act against the adults.',
    alternatives: [
      'Adults are contacting and threatening the child: record what they sent and report it to the police',
      'Plan with the child and family how to stop the contact, and act against the people sending it',
    ],
    source: 'childrens_society_2018', // the guide's principle: the adults' actions, not the child's, are the problem
    requiresNear: [
      ...ADULT_CUES,
      'threats|threat|threatening|threatened|messages|messaging|texts|texting|texted|calls|calling|harassing|harassment|abuse|abusive|pictures|images|nudes|photos|groomer|groomers|exploiters',
    ],
    window: 10,
  },
  {
    id: 'sexual_partners_child',
    // "Chelsea, 14, disclosed five sexual partners, including two adult males" (IICSA's organised-networks report
    // quotes records like this): adults who abuse a child named as her partners.
    patterns: ['sexual partner|partners', 'sex partner|partners'],
    category: 'adult_centred_label',
    explanation: 'Names adults who have had sexual contact with a child as the child’s partners, which frames abuse as a relationship and hides the age gap.',
    alternatives: [
      '[Number] people, including adults aged [ages], have had sexual contact with the child: concern of sexual exploitation',
      'The child has been sexually abused by [who, ages]',
    ],
    source: 'nspcc', // [E] "older boyfriend": explore the age gap and power imbalance
    requiresNear: [...ADULT_CUES, 'abuser|abusers|perpetrator|perpetrators|exploiters'],
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES, 'her|his|their own age', 'peer|peers|same-age|school|class'],
    window: 8,
  },
  {
    id: 'growing_up_explained',
    // A parent's worry about exploitation put down to her not accepting that the child is growing up (the Jay report's
    // Child C: a social worker's view of a 14-year-old's mother), or signs put down to "just growing up".
    patterns: [
      'accept|accepts|accepted|accepting [that] [*] [*] [*] [*] is|was|are|were growing up',
      // "could not accept that she was growing up": the "not" belongs to the wording (check.ts deniedLabel).
      "not|never|doesn't|didn't|don't|won't accept|accepts|accepted|accepting [that] [*] [*] [*] [*] is|was|are|were growing up",
      'is|was|are|were just growing up',
      'part of growing up',
    ],
    category: 'minimises_harm',
    explanation:
      'Puts signs of exploitation, or a parent’s worry about them, down to the child growing up. Going missing, older men and drink given by adults are signs of abuse, not of growing up.',
    alternatives: [
      'Mum is worried that [child] is being exploited: record her concerns (missing, older men, substances) and assess them',
      'These are signs of possible exploitation: record who the child is with and what is given or expected',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    // Only where the worry is about harm: "mum finds it hard to accept that he is growing up and wants more
    // independence" is ordinary family work.
    requiresNear: [...RISK_CONTEXT_CUES, 'worried|worries|worry|concern|concerns|concerned|anxious|overprotective|over-protective|closed|closure|nfa'],
    unlessNear: ['puberty|periods|period|growth|spurt|body|bodies|changes|leaflet|book|lesson|pshe|rse'],
    window: 12,
  },
  {
    id: 'buzz_from_attention',
    // "She gets a buzz from the attention of the older men": the grooming read as the child's thrill.
    patterns: [
      'gets|get|got|getting a|her|his|their buzz|kick|kicks|thrill from [the] attention|gifts|money|cash|status|lifestyle|danger|risk',
      'gets|get|got|getting a|her|his|their buzz|kick|kicks|thrill out of [the] attention|gifts|money|cash|status|lifestyle|danger|risk',
    ],
    category: 'implies_consent',
    explanation: 'Suggests the child wants what is happening. Attention, gifts and status are the tools groomers use to draw a child in.',
    alternatives: [
      'Adults are using attention, gifts or money to groom the child (record what and from whom)',
      'The child is being groomed: the attention is part of how they are controlled',
    ],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    unlessNear: ['teacher|teachers|coach|coaches|audience|audiences|stage|perform|performs|performing|drama|crowd|fans|classmates|sport|sports|match'],
    window: 8,
  },
  {
    id: 'happy_to_do_runs',
    // "He is happy to do the runs because he gets paid": drug running read as a job the child likes.
    patterns: [
      'happy|keen|eager|content|glad|willing to do|doing the|a|his|her|their runs|drops|deliveries|shifts|graft|line',
      // Without a determiner too ("he is happy to do runs if they pay him"): runs and drops only, not shifts or deliveries.
      'happy|keen|eager|content|glad|willing to do|doing runs|drops',
      'happy|keen|eager|content|glad|willing to carry|deliver|sell|hold|move drugs|wraps|packages|parcels|gear',
    ],
    category: 'implies_consent',
    explanation: 'Presents a child used to move drugs as choosing the work. Adults draw children in with money, then control them with debt and threats.',
    alternatives: [
      'The child is being criminally exploited to carry or deliver drugs for [who]',
      'Adults are paying the child to move drugs: concern of criminal exploitation, consider an NRM referral',
    ],
    source: 'yjlc', // [C] the child is exploited, not working
    requiresNear: [...DRUG_SUPPLY_CUES, 'paid|pay|money|cash|olders|runs|drops|graft|line'],
    // Errands for a grandparent are runs too ("happy to do runs for her nan").
    unlessNear: [
      'cafe|shop|job|bakery|restaurant|pub|saturday|part-time|paper|milk|supermarket|warehouse|shop|takeaway|kitchen|errand|errands|nan|gran|grandma|grandad|grandmother|grandfather',
    ],
    window: 8,
  },
  {
    id: 'take_more_care',
    // "She should take more care about who she talks to online" (UKCIS 2023 names "you should be more careful online"
    // as online victim blaming).
    patterns: [
      'should|must|needs|need|ought [to] take more care|responsibility',
      'should|must|needs|need|ought [to] be more careful',
      'should|must|needs|need|ought [to] be careful about|with who',
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for preventing the abuse. Adults who groom children online target them whatever care they take.',
    alternatives: [
      'Adults are contacting the child online: record who and what they sent, and report it',
      'Help the child to recognise grooming, and act against the people targeting them',
    ],
    source: 'childrens_society_2018', // the guide's principle: focus on the adults' actions
    requiresNear: [
      ...ADULT_CUES,
      'online|strangers|talks|speaks|meets|messages|messaging|adds|accepts|sends|pictures|images|nudes|snapchat|instagram|app|apps|safety',
      // Round 28: a sexual health visit ("came in for her third emergency contraception this month; she should be more
      // careful"), not a pregnancy alone nor contraception in general (a leaflet's advice is vetoed below).
      'emergency contraception|contraceptive|pill',
      'morning-after|ehc|sti|stis|chlamydia|gonorrhoea|gonorrhea',
    ],
    // Not a parent or a professional told to take more care ("Mum needs to take more responsibility for who she lets in").
    unlessNear: [
      'road|roads|crossing|traffic|kitchen|cooker|oven|homework|coursework|bike|medication|tablets|money|spending',
      ...OTHER_PERSON_CUES,
      'staff|professionals|services|police|workers',
      // Round 28: advice in general ("the STI leaflet says you should take more care").
      'leaflet|leaflets|poster|posters|guidance|website',
      // Review 28: a service told to take more care ("the clinic should take more care with STI results letters"); not the
      // bare word, since the child is seen at the clinic.
      'clinic|clinics|surgery|practice|pharmacy|hospital|trust|service should|must|needs|need|ought',
    ],
    window: 8,
  },
];

// Wording the round-21 tuning sets (practitioners' notes: police, health, schools, youth justice) used and the lexicon
// missed. Each has a hard negative in lexicon.test.ts.
export const ROUND_21_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'date_label',
    // "Harley met his date, a 34-year-old, at a Travelodge", "her 'date' on Saturday is 19", "Olivia's date from the
    // app, a man of 35": an adult who arranges to meet a child, named as the child's date. Not a calendar date ("her date
    // of birth", "the date of the meeting"): only a person's date, near an adult.
    patterns: ['her|his|my|their date|dates', '* date from the|an|a app|apps|site|website|internet'],
    category: 'adult_centred_label',
    explanation: 'Calls an adult who has arranged to meet a child the child’s date, which makes grooming and abuse sound like romance between equals.',
    alternatives: [
      'An adult (record their age) who arranged to meet the child: record where, when and what happened',
      'A man aged [age] the child met through [app or place]: concern of grooming',
    ],
    source: 'language_matters', // [B] talk about contexts and situations, not relationships
    requiresNear: [...ADULT_CUES],
    unlessNear: [
      'birth|dob|due|court|hearing|review|appointment|release|expiry|exam|exams|scan|deadline|calendar|diary',
      'date of|for|when|set|agreed|confirmed|changed|moved',
      // Review 21b L23: a parent's own date ("Mum met her date on a dating app", "Dad's new girlfriend, his date").
      'mum|mam|mother|dad|father|stepdad|stepmum [*] met|meets|meeting her|his date',
      "mum's|mum’s|mam's|mam’s|dad's|dad’s|mother's|mother’s|father's|father’s [new] girlfriend|boyfriend|partner",
    ],
    window: 8,
  },
  {
    id: 'wannabe_gangster',
    // "he's a wannabe gangster who talks big about his olders" (round 21)
    // Review 21b M16: not "would-be" ("the would-be dealers approached children"), not adults ("the men are wannabe
    // gangsters who use children").
    patterns: ['wannabe|wanna-be gangster|gangsters|gangsta|gangstas|roadman|roadmen|dealer|dealers|gang-member'],
    unlessNear: ['men|man|adults|adult|people'],
    category: 'criminalises_child',
    explanation:
      'Labels a child drawn towards a gang by the criminal identity the exploiters offer them. The child is being groomed into crime, not choosing a career.',
    alternatives: [
      'The child is being drawn in by older people involved in crime: record who and what they offer',
      'Concern that the child is being groomed for criminal exploitation',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" (in crime) -> "they have been groomed"
  },
  {
    id: 'wannabe_label',
    // "Deji is a wannabe who hangs around the elders", "Reuben thinks he's a gangster" (round 21): the child mocked for
    // wanting the status the exploiters dangle. Not a would-be footballer or singer.
    patterns: [
      // Review 21b M16: a bare wannabe only before who|and ("a wannabe who hangs around the elders"), not "a wannabe hairdresser".
      'is|was|a|proper|right wannabe|wanna-be who|and',
      "thinks|thought he's|he’s|she's|she’s|he|she [is|was] a gangster|gangsta|roadman|badman",
      "thinks|thought he's|he’s|she's|she’s|he|she [is|was] a big man|shot|gangster|gangsta",
    ],
    category: 'blames_child',
    explanation:
      'Mocks a child for wanting the status that exploiters use to draw children in. The wish to belong is what groomers target, and it does not make the child responsible.',
    alternatives: [
      'The child is drawn to the status older people involved in crime offer: concern of grooming',
      'Record who the child is spending time with and what they are offered',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" (in crime) -> "they have been groomed"
    unlessNear: ['footballer|footballers|singer|actor|actress|youtuber|influencer|rapper|model|dancer|chef|boxer|vet|doctor|nurse|pilot|artist|star'],
    window: 2,
  },
  {
    id: 'dresses_to_impress',
    // "dresses to impress them" (the older men at the taxi rank): clothes read as an invitation, only where adults are
    // the audience (not a job interview).
    patterns: ['dresses|dressed|dressing to impress|attract [them|him|men|the]'],
    category: 'sexualises',
    explanation: 'Comments on a child’s clothes as if they were meant to attract adults. What a child wears never explains or excuses abuse.',
    alternatives: [
      'Record what the adults did and their ages; clothing matters only if someone bought it for the child or told them what to wear',
      'Concern that adults are targeting the child: record who and where',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    requiresNear: [...ADULT_CUES, 'olders|lads|boys|them'],
    unlessNear: ['interview|interviews|job|work|wedding|prom|court|exam|photo|photos|school|college|party'],
    window: 8,
  },
  {
    id: 'parent_worry_dismissed',
    // "Strategy meeting: mum is overreacting about the older men at the park" (round 21): a parent's concern about
    // exploitation written off. The parent is in the match: the child called dramatic is blame (dramatic).
    patterns: [
      'mum|mam|dad|mother|father|parent|parents|carer|carers|nan|gran|grandmother|grandparents is|was|are|were|being [being] [a] [bit|very|so|too|quite|rather] overreacting|over-reacting|paranoid|overprotective|over-protective|neurotic|overanxious|over-anxious',
    ],
    category: 'minimises_harm',
    explanation:
      'Dismisses a parent’s or carer’s worry about exploitation as overreaction. Families often see the first signs; their concern is information to assess.',
    alternatives: [
      'Mum is worried about [what]: record her concerns and assess them',
      'The family’s concern about [older men / missing / gifts] is a possible sign of exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    // Review 21b M13: a worry object nearby ("overreacting about the older men"); not a parent's own illness or
    // controlling conduct ("Mum was paranoid and hearing voices", "Dad is overprotective and controlling").
    requiresNear: ['about|worried|worry|worries|concern|concerns|concerned|men|older|missing|risk|risks'],
    unlessNear: ['voices|medication|psychosis|psychotic|diagnosis|diagnosed|therapy|therapies|referred|controlling'],
    window: 8,
  },
  {
    id: 'drug_user_label',
    // "GP: 15yo M, recreational drug user, anxiety", "patient a known user, found collapsed" (round 21): the child
    // named by drug use. One person (not "mixing with known drug users"), not a parent or another adult.
    patterns: ['recreational|habitual|regular|known|heavy|problem drug|drugs|cannabis|crack|heroin|ketamine user', 'a known user'],
    category: 'blames_child',
    explanation:
      'Names a child by their drug use. Children exploited in drug supply or sexually are often given drugs by adults; the label hides who supplies them and why.',
    alternatives: [
      'The child is using [substance]: record who supplies it and whether it is given in exchange for anything',
      'Concern that the child’s drug use is linked to exploitation: record where and with whom',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child
    // Review 21b L20: not "a known user of the app" or "of the youth service"; an adult further back ("The man she stays
    // with, 40, is a heavy drug user").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|partner|boyfriend|tenant|landlord|neighbour|occupant|suspect',
      'user|users of',
      'man|male|adult [*] [*] [*] [*] [*] is|was a',
    ],
    window: 4,
  },
  {
    id: 'truanting',
    // "CPOMS entry: Tyler truanted again and was seen in town with older boys", "truanting to hang about with older
    // girls" (round 21): absence recorded as wilful. Not the truancy service ("truancy patrol"); "chooses to truant" is a
    // choice (chose_to).
    patterns: ['truanting|truanted|truants'],
    ...TRUANCY_WORDING,
    unlessNear: ['officer|officers|patrol|patrols|sweep|sweeps|policy|service|team'],
    window: 2,
  },
  {
    id: 'dismissive_labels_round21',
    // "Chantelle can't be bothered to come in", "hang about with the olders ... and are up to no good", "She's a pain in
    // the backside, that one, always missing" (round 21): the child dismissed as a nuisance. Not said of an adult
    // (an adult opening the sentence is check.ts adultIsSubject; an adult or parent close by here).
    patterns: ["can't|cant|can’t|cannot|couldn't|couldn’t be bothered", 'can not be bothered', 'up to no good', 'a pain in the backside|neck|arse|bum|butt'],
    category: 'blames_child',
    explanation:
      'Dismisses the child as idle, troublesome or a nuisance. Behaviour that professionals find difficult can be a sign that the child is being exploited or harmed.',
    alternatives: [
      'Record what the child did and what may lie behind it (who they are with, what they are afraid of)',
      'The child’s behaviour has changed: consider whether they are being exploited',
    ],
    source: 'durham_scp', // [F] "They're a troublemaker": focus on what the person causing harm did
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|staff|worker|workers|police|officer|officers|professionals|services',
      // Review 21b L21: the adults as the subject ("She says her teachers can't be bothered with her").
      "teacher|teachers|tutor|tutors|school|they can't|cant|can’t|cannot|couldn't|couldn’t be bothered",
    ],
    window: 5,
  },
  {
    id: 'landlord_label',
    // "her landlord lets her stay rent-free in return for 'favours'", "staying at his landlord's again, a man of 45 who
    // charges him no rent" (round 21): an adult who houses a child for free or for "favours", named as a landlord.
    // Round 23: also "the landlord who lets Bella stay in exchange for 'favours'" (with the same cues).
    patterns: ["her|his|their|my|the landlord|landlord's|landlord’s"],
    category: 'adult_centred_label',
    explanation: 'Calls an adult who gives a child somewhere to stay for free or for “favours” their landlord, which makes exploitation sound like a tenancy.',
    alternatives: [
      'An adult (record their age) who lets the child stay at [address]: record what is expected in return',
      'Concern that the adult is using accommodation to exploit the child',
    ],
    source: 'language_matters', // [B] talk about contexts and situations, not relationships
    requiresNear: ['rent-free|favours|favors', 'no|free rent', 'in return|exchange', 'stay|stays|staying|live|lives|living for free'],
    // Review 21b L23: tenancy business ("her landlord has agreed no rent increase this year").
    unlessNear: [
      'increase|increases|increased|arrears|deposit|tenancy',
      // Round 23: a landlord's help to a family ("lets the family stay rent-free while the flat is repaired").
      'the|a family|families',
      'tenants|repaired|repairs|repair|refurbished|refurbishment',
    ],
    window: 10,
  },
  {
    id: 'not_a_kid_own_words',
    // The child's own words: "I'm not a kid, I know what I'm doing" (quoted only: "he is not a child" in a writer's own
    // words is minimising, not_a_child elsewhere).
    patterns: ["i'm|im|i’m not a kid|child|baby", 'i am not a kid|child|baby'],
    category: 'implies_consent',
    explanation:
      'Records the child’s claim to be grown up as if it settled the question. Children who are groomed are often told they are mature; they are still children who cannot consent to exploitation.',
    alternatives: [
      'The child said they are not a child: record this as their view, and the adults’ ages and what they did',
      'The child does not see themselves as a child at risk: concern that they have been groomed',
    ],
    source: 'childrens_society_2018', // the guide's principle: the child's view recorded, not adopted
    quoted: 'required',
  },
  {
    id: 'well_developed',
    // "GP: 13yo, well-developed, presenting for contraception", "she looks 18 and is well developed": a child's body as
    // the reason for adults' interest. Not a plan, a skill or a sense of something ("a well-developed safety plan").
    patterns: ['well-developed', 'well developed'],
    category: 'sexualises',
    explanation:
      'Describes a child’s body as developed, which suggests the child looks or acts like an adult. It sexualises the child and moves attention away from the adults.',
    alternatives: [
      'Record the child’s age and what the adults did, not how the child’s body looks',
      'The child is [age]: any adult sexual interest in them is abuse',
    ],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of the child
    // Review 21b M14: a body or appearance frame or an age, not any "she" or "her" ("she shows well-developed insight").
    requiresNear: [`${CHILD_AGE_TOKENS}|looks|look|looked|looking|physically|body|figure|breasts`, 'for her|his age', `aged|age 10|11|12|13|14|15|16|17`],
    labelFrame: true, // "she looks 18 and is well developed"
    unlessNear: [
      'plan|plans|planning|skill|skills|sense|understanding|relationship|relationships|network|networks|system|systems|policy|policies|argument',
      'vocabulary|language|speech|communication|motor|reading|writing|maths|social|emotional|cognitive|interests|hobby|hobbies|project|programme',
      'insight|awareness|strategies|strategy|coping|self|bruising|bruise|bruises|injury|injuries',
    ],
    window: 3,
  },
];
