import { ADULT_CUES, CCE_CUES, DRUG_SUPPLY_CUES, LABEL_FRAME_CUES, OTHER_PERSON_CUES, STRONG_RISK_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 22: families of wording from the tuning sets (fresh21 first, the others where the same family recurs), each
// written for its inflections and variants and checked against ordinary sentences that share its words
// (round22.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Adults, officials and organisations as the subject nearby: the wording is about them, not the child.
const ADULTS_NEAR = 'man|men|male|males|adult|adults|suspect|suspects|perpetrator|perpetrators|landlord|tenant|dealer|dealers|offender|offenders';

export const ROUND_22_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'character_labels_round22',
    // "Marlon is a hothead", "Theo is a nasty piece of work", "Nico is a bit of a wide boy", "a proper little wide boy",
    // "a wrong 'un", "a little toerag", "no stranger to the police", "has no respect for authority", "was being
    // overdramatic", "playing on his vulnerabilities": the child's character named as the problem.
    patterns: [
      'hothead|hot-head|hotheaded|hot-headed|hotheads',
      'nasty|horrible|right|real piece of work',
      'wide boy|boys',
      // The tokenizer drops the apostrophe of "wrong 'un".
      'wrong un|uns',
      'wrong-un|wrong-uns|wrongun|wronguns',
      'no stranger to trouble|custody|police',
      'no stranger to the police|custody|cells|courts',
      'has|have|shows|showed|had no respect for authority|adults|staff|anyone|rules|boundaries',
      'playing|plays|played on her|his|their vulnerabilities|vulnerability|past|trauma',
    ],
    category: 'blames_child',
    explanation:
      'Names the child’s character as the problem. Anger, defiance and distress are common in children who are being exploited or harmed; the label hides what is happening to them and who is doing it.',
    alternatives: [
      'Describe what the child did and what may lie behind it (who they are with, what they are afraid of)',
      'The child’s behaviour may be a response to harm or exploitation: record the concerns',
    ],
    source: 'durham_scp', // [F] "They're a troublemaker": focus on what the person causing harm did
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'stepdad|stepfather|boyfriend|partner|uncle|landlord|officer|officers|teacher|manager|staff',
      // Not a part in a play or a sentence about the address ("the address is no stranger to the police").
      'play|role|panto|pantomime|show|character|address|house|flat|property|premises|family|estate|area',
    ],
    window: 3,
  },
  {
    id: 'thieving_slurs_round22',
    // "he's a thieving little sod, stealing to order for them", a PNC note's "little toerag, third time this month": a
    // slur for a child who steals, as annotators file it (criminalises).
    patterns: ['thieving little sod|toerag|toe-rag|git|scrote|bugger|tyke', 'little toerag|toe-rag|scrote', 'toerag|toe-rag|toerags|scrote|scrotes'],
    category: 'criminalises_child',
    explanation:
      'Names a child who steals with a slur, as an offender. Children who steal to order or repeatedly are often being made to by others: a sign of criminal exploitation.',
    alternatives: [
      'The child has been stealing [what]: record for whom and what happens if they do not',
      'Concern that the child is being criminally exploited to steal',
    ],
    source: 'yjlc', // [C] the child is exploited, not an offender
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'my|her|his toe|toes'],
    window: 5,
  },
  {
    id: 'offender_labels_round22',
    // "a prolific supplier in the Hartlepool area", "the main supplier", "the boy is a professional thief", "a seasoned
    // shoplifter": the child named by an offence as a trade.
    patterns: [
      'professional|career|seasoned|hardened|accomplished|serial thief|thieves|shoplifter|shoplifters|burglar|burglars|criminal|criminals|dealer|dealers',
      'prolific|main|major|key|regular|active|known|big supplier|suppliers',
    ],
    category: 'criminalises_child',
    explanation:
      'Names the child by an offence as if it were their trade. Children who steal or move drugs are often made to by adults: this is a sign of criminal exploitation.',
    alternatives: [
      'The child is being criminally exploited: record who benefits from what the child is made to do',
      'Concern that the child is being used by [who] to [what]: consider an NRM referral',
    ],
    source: 'yjlc', // [C] the child is exploited, not an offender
    // The supplier of what: drugs, or the label frame ("described as a prolific supplier").
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      ...LABEL_FRAME_CUES,
      'boy|girl|child|he|she|is|was|been|area|store|stores|shop|shops|shoplifting|stealing|theft|thefts',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'network|networks|gang|gangs|group|groups|groomed|exploited|organised|organized|adults',
      'food|uniform|uniforms|equipment|energy|gas|electricity|company|companies|firm|firms|business|parts|stationery|furniture|contract|contracts',
    ],
    window: 6,
  },
  {
    id: 'happy_enough_round22',
    // "Ethan seems happy enough to do the trips to Lincoln", "was more than happy to go with the men", "seemed quite
    // happy enough to stay at the flat": a groomed child's compliance read as contentment.
    patterns: ['happy|content enough to', 'more than happy|willing|keen to'],
    category: 'implies_consent',
    explanation:
      'Reads a groomed or controlled child’s compliance as contentment. Children who are exploited often appear willing because they are frightened, indebted or groomed.',
    alternatives: [
      'The child went along with it, which can be a trauma response or a sign of control: record what was promised or threatened',
      'It is not clear whether the child is under duress: record who they were with',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    requiresNear: [...STRONG_RISK_CUES, ...CCE_CUES, "trips|runs|drops|deliveries|men's|man's|flat|car|taxi|train"],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|college|class|lesson|club|placement|foster|carer|carers|worker|teacher|nurse|appointment|meeting|support|help|talk|speak|discuss|engage|attend',
      // Professionals as the subject ("Police are more than happy to meet the family"), not a note's source ("Police:
      // officers recorded that Ethan seems happy enough to ...").
      'police|officer|officers|staff|team|agency|agencies|professional|professionals are|is|were|was|seem|seems|seemed [more|quite|very] [than] happy|content',
    ],
    window: 8,
  },
  {
    id: 'lets_adults_round22',
    // "Grace admitted she lets the men take her to parties", "Jordan allowed the men to use his flat", "lets the older
    // lads use his room": what adults do recorded as the child's permission.
    patterns: [
      'lets|let|letting|allows|allowed|allowing the|these|those|some older men|man|males|lads|boys|adults|olders|elders|dealers',
      'lets|let|letting|allows|allowed|allowing the|these|those|some men|man|males|adults|olders|elders|dealers',
      'lets|let|letting|allows|allowed|allowing older men|man|males|lads|boys|adults',
    ],
    category: 'implies_consent',
    explanation:
      'Records what adults do to the child or with the child’s home as the child’s permission. A child who is groomed, indebted or threatened cannot freely refuse.',
    alternatives: [
      'The adults are [what they do]: record how they control the child',
      'Concern that the child is being exploited by [who]: record what was promised or threatened',
    ],
    source: 'language_matters', // [B] "Young person is being groomed/exploited/coerced/manipulated/controlled"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // Staff, police, a landlord or a business who let someone in or go; a refusal ("refused to let the men in").
      'staff|hostel|hotel|landlord|manager|security|police|officer|officers|custody|court|bail|school|carer|carers|worker|workers|home|council',
      "refused|refuses|refuse|refusing|stopped|stop|prevent|prevented|wouldn’t|wouldn't|won’t|won't",
      'go|down|off|know|pass',
      'eviction|evicted|evict|tenancy|notice',
    ],
    window: 5,
  },
  {
    id: 'entrenched_round22',
    // "Mikey is deeply entrenched in the local drug scene", "is entrenched in the gang": the child as a committed member.
    patterns: ['[deeply|firmly|heavily|fully|very|increasingly|now] entrenched in|within'],
    category: 'implies_consent',
    explanation:
      'Presents the child as a committed member of the group that exploits them. Children are drawn in by grooming, debt and threats; the adults hold them there.',
    alternatives: [
      'The child is being criminally exploited by [who], who control them through [debt, threats]',
      'The child has been groomed into [what] by [who]',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    requiresNear: [...CCE_CUES, 'scene|crime|criminal|criminality|network|networks|group|world|culture|exploitation|sex|sexual'],
    // The problem itself as the subject: "County lines is entrenched in the town", "the gang is embedded in the estate".
    unlessNear: [
      'gang|gangs|group|groups|network|networks|lines|dealing|exploitation|problem|culture|violence|supply|market is|are|was|were|has|have|had [become|been] [deeply|firmly|heavily|fully|very|increasingly|now] entrenched|embedded',
      'practice|practices|policy|staff|team|teams|school|community|services|approach|training',
      // A stronger label beside it is the finding ("entrenched in a criminal lifestyle").
      'lifestyle|lifestyles|decision|choice|choices',
    ],
    window: 6,
  },
  {
    id: 'helping_out_round22',
    // "the 16-year-olds were only helping out, according to the manager of the car wash", "the man (44) ... is a family
    // friend who is just helping out", "the men just helped Callum out with a phone and a place to stay": adults' use of
    // a child, or an adult's hold over a child, recorded as help.
    contextInSentence: true,
    patterns: ['just|only helping|helps|helped|help out', 'just|only helping|helps|helped|help * out'],
    category: 'minimises_harm',
    explanation:
      'Describes an adult’s hold over a child, or a child’s work for adults, as harmless help. Gifts, favours and unpaid work are how children are drawn into exploitation.',
    alternatives: [
      'The adult is giving the child [what]: record what is expected in return',
      'The child is working for [who] at [where]: concern that the child is being exploited for labour',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    requiresNear: ['car|wash|carwash|salon|nail|nails|factory|farm|unpaid|labour|takeaway|kitchen|manager|boss|shifts|phone|stay|lifts'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'volunteer|volunteers|volunteering|charity|church|club|fete|fair|event|events|school|teacher|teachers|staff|worker|workers|nurse|carer|carers|officer|officers|neighbour|neighbours',
    ],
    window: 10,
  },
  {
    id: 'love_bite_round22',
    // "the bruising on Callum's neck was a love bite from a man in his thirties": an adult's mark on a child named as
    // affection.
    patterns: ['love bite|bites', 'lovebite|lovebites|love-bite|love-bites|hickey|hickeys|hickies'],
    category: 'minimises_harm',
    explanation: 'Calls a mark an adult left on a child a love bite, which makes sexual abuse sound like affection between equals.',
    alternatives: [
      'The child has a bruise on [where] caused by [adult, age]: this is a sign of sexual abuse',
      'An adult aged [age] has sexually assaulted the child',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the abuse
    requiresNear: ADULT_CUES,
    window: 10,
  },
  {
    id: 'no_escape_blamed_round22',
    // "Elira did not try to escape, which raises questions about her account", "made no attempt to leave": a controlled
    // child's staying read as doubt about the abuse (Durham: "Why didn't they leave sooner?").
    patterns: [
      'did|does|do not try|tried|attempt|attempted to escape|leave|flee',
      "didn't|didn’t|doesn't|doesn’t|never try|tried|attempt|attempted to escape|leave|flee",
      'made|makes|make no attempt|effort to escape|leave|flee',
    ],
    category: 'blames_child',
    explanation:
      'Treats a child’s not escaping as doubt about the abuse. Children who are trafficked or controlled stay because they are frightened, indebted, watched or groomed.',
    alternatives: [
      'The child did not leave: record what held them there (threats, debt, control of documents or money)',
      'Concern that the child was controlled by [who]',
    ],
    source: 'durham_scp', // [F] "Why didn't they leave sooner?"
    requiresNear: [
      'account|credibility|questions|doubt|doubts|believe|believed|credible|consistent|suggests|shows|free|could|despite|chance|chances|opportunity|opportunities',
    ],
    unlessNear: [
      ADULTS_NEAR,
      ...OTHER_PERSON_CUES,
      'because|scared|frightened|afraid|terrified|fear|feared|threatened|threats|controlled|locked|watched|debt',
      'class|classroom|lesson|school|room|meeting|hospital|ward|appointment',
    ],
    window: 10,
  },
  {
    id: 'lent_account_round22',
    // "Chloe lent her account to an older man and was paid £200": a child used as a money mule recorded as lending.
    patterns: ['lent|lends|lend|lending|loaned|loans|loan|loaning her|his|their|my [bank] account|accounts|card|cards|details'],
    category: 'implies_consent',
    explanation:
      'Records a child whose bank account is used to move money as lending it. Adults recruit children as money mules with cash and threats: this is financial exploitation.',
    alternatives: [
      'An adult (record their age) is using the child’s bank account to move money: concern of financial exploitation',
      'The child has been paid or pressured to let [who] use their account',
    ],
    source: 'childrens_society_2022', // the 2022 revision's spotlight on child financial exploitation
    contextInSentence: true,
    requiresNear: ['paid|money|cash|man|men|older|adult|adults'],
    unlessNear: [...OTHER_PERSON_CUES, 'friend|friends|lunch|sister|brother|netflix|spotify|game|games|console'],
    window: 10,
  },
];
