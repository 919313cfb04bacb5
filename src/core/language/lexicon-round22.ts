import {
  ADULT_AGE_CUES,
  UNTRUTHFUL,
  ADULT_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CCE_CUES,
  DRUG_SUPPLY_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  STRONG_RISK_CUES,
} from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 22: families of wording from the tuning sets (fresh21 first, the others where the same family recurs), each
// written for its inflections and variants and checked against ordinary sentences that share its words
// (round22.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Adults, officials and organisations as the subject nearby: the wording is about them, not the child.
// A child's age as one token ("the 15-year-old").
const CHILD_AGES = Array.from({ length: 8 }, (_, i) => `${i + 10}-year-old`).join('|');
// An adult's age, possessive ("the 29-year-old's flat").
const ADULT_AGE_POSS = Array.from({ length: 42 }, (_, i) => `${i + 18}-year-old's`).join('|');
// An adult's age as one token, for cues.
const AGE_TOKENS_CUE = AGE_TOKENS;
const ADULTS_NEAR = 'man|men|male|males|adult|adults|suspect|suspects|perpetrator|perpetrators|landlord|tenant|dealer|dealers|offender|offenders';

export const ROUND_22_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'character_labels_round22',
    // "Marlon is a hothead", "Theo is a nasty piece of work", "Nico is a bit of a wide boy", "a proper little wide boy",
    // "a wrong 'un", "a little toerag", "no stranger to the police", "has no respect for authority", "was being
    // overdramatic", "playing on his vulnerabilities": the child's character named as the problem.
    patterns: [
      'hothead|hot-head|hotheaded|hot-headed|hotheads',
      'nasty|horrible|right piece of work',
      'wide boy|boys',
      // The tokenizer drops the apostrophe of "wrong 'un".
      'wrong un|uns',
      'wrong-un|wrong-uns|wrongun|wronguns',
      'no stranger to trouble|custody|police',
      'no stranger to the police|custody|cells|courts',
      'has|have|shows|showed|had no respect for authority|adults|staff|anyone|rules|boundaries',
      // Review 22A L2: only the child's own gain ("playing on his vulnerabilities to get a placement move"). Bare, the
      // subject is nearly always the exploiter ("Jay (24) is playing on her vulnerabilities", "playing on her past to
      // keep her at the flat").
      'playing|plays|played on her|his|their [own] vulnerabilities|vulnerability|past|trauma to get|gain|win|obtain a|an|the|more|some|attention|sympathy|money|things|what',
      'playing|plays|played on her|his|their [own] vulnerabilities|vulnerability|past|trauma for attention|sympathy|effect',
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
      'play|role|panto|pantomime|show|character',
      // Temper on a pitch is sport ("a hothead on the football pitch, his coach says").
      'pitch|football|match|game|games|sport|rugby|boxing|training|referee',
      'address|house|flat|property|premises|family|estate|area|school is|are|was|were no stranger',
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
      // Review 22A L3: the child as the one named ("he is a known supplier", "described as a prolific supplier"), not the
      // adult who supplies the child ("her main supplier is Kyle", "owes money to a known supplier").
      'is|was|as|being|been|are|were a|the prolific|main|major|key|regular|active|known|big supplier|suppliers',
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
      // Review 22B L16: the child as subject ("he is a known supplier"): the pattern already needs "is|was a".
      'boy|girl|child|he|she|is|was|been|area|estate|estates|store|stores|shop|shops|shoplifting|stealing|theft|thefts|seen|caught',
      CHILD_AGES,
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'network|networks|gang|gangs|group|groups|groomed|exploited|organised|organized|adults',
      'food|uniform|uniforms|equipment|energy|gas|electricity|company|companies|firm|firms|business|parts|stationery|furniture|contract|contracts',
      // Review 22A L3: "her supplier is a main supplier in the area".
      'her|his|their [main|usual|regular] supplier|suppliers|dealer|dealers is|was|are|were',
    ],
    window: 6,
  },
  {
    id: 'happy_enough_round22',
    // "Ethan seems happy enough to do the trips to Lincoln", "was more than happy to go with the men", "seemed quite
    // happy enough to stay at the flat": a groomed child's compliance read as contentment.
    patterns: [
      'happy|content enough to',
      'more than happy|willing|keen to',
      // "Shay was quite happy staying at the 30-year-old's house".
      'quite|very|more|really|perfectly happy|content staying|going|living|being|sleeping',
    ],
    category: 'implies_consent',
    explanation:
      'Reads a groomed or controlled child’s compliance as contentment. Children who are exploited often appear willing because they are frightened, indebted or groomed.',
    alternatives: [
      'The child did what the adults asked, which can be a trauma response or a sign of control: record what was promised or threatened',
      'It is not clear whether the child is under duress: record who they were with',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    requiresNear: [...STRONG_RISK_CUES, ...CCE_CUES, "trips|runs|drops|deliveries|men's|man's|flat|car|taxi|train", ADULT_AGE_POSS],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|college|class|lesson|club|placement|foster|carer|carers|worker|teacher|nurse|appointment|meeting|support|help|talk|speak|discuss|engage|attend',
      // Review 22c: "really happy being back at his flat after his hospital stay".
      'hospital|ward|holiday',
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
      // Review 22A L14: one man only with what he is let do ("lets the man stay at her flat"), not "let the man in to read
      // the meter".
      'lets|let|letting|allows|allowed|allowing the|these|those|some men|males|adults|olders|elders|dealers',
      'lets|let|letting|allows|allowed|allowing the|this|that man [to] stay|use|take|touch|keep|sleep|store|have|film|photograph|kiss|drive|live|move',
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
      // Review 22B L12: games only; not "borrow", "share" or "play", which are the money-mule and cuckooing case ("lets
      // the men borrow her bank card", "share her flat").
      'win|won|football|game|games|queue',
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
    patterns: [
      'just|only helping|helps|helped|help out',
      'just|only helping|helps|helped|help * out',
      // Session 23: a child's labour for pocket money ("the 14-year-old helps out at the car wash for pocket money").
      'helping|helps|helped|help out [*] [*] [*] [*] for pocket money',
    ],
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
      // Session 23: help the child is said to be happy to give is consent wording (happy_to_help_round39).
      'happy|content|keen|glad|eager to help',
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
      // Review 22A L15: staying in a placement is settled news ("did not try to leave the placement despite being
      // unsettled").
      'placement|placements|unit|foster|hostel',
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

// Violence, injury or an adult's company recast as something ordinary: discipline, a prank, a falling-out, a good time.
export const ROUND_22_HARM_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'harm_recast_round22',
    // "the older men's slaps were only a bit of discipline", "Rio's burns ... were an accident during a prank", "the
    // bruises were girls falling out", "just a prank that went too far".
    patterns: [
      'only|just|merely a bit|spot|touch of discipline|chastisement',
      'only|just|merely discipline|disciplining|chastisement',
      // Review 22A L9: not "an accident in a game of rugby".
      'accident|accidents during|in a prank|pranks',
      'only|just a prank|pranks|joke|jokes',
      'prank|pranks|joke|jokes gone wrong',
      'prank|pranks|joke|jokes that went|got too far',
      'girls|girl|lads|boys falling|fell|fall out',
      'a falling-out|fallout',
      'a falling out',
    ],
    category: 'minimises_harm',
    explanation:
      'Recasts violence or injury as discipline, a joke or a quarrel. Injuries to a child from older people or peers need to be recorded as assaults and looked into.',
    alternatives: [
      'The child was assaulted by [who]: record the injuries and what the child said',
      'Record the injury and who caused it; consider whether the child is being exploited',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    requiresNear: [
      'slap|slaps|slapped|hit|hits|punched|kicked|burn|burns|burned|burnt|bruise|bruises|bruising|injury|injuries|injured|cut|cuts|assault|assaulted|attacked|beaten|stabbed|scald|scalds|scalded|marks|wound|wounds',
    ],
    // A school's or a home's discipline, a prank between friends ("a prank by her friend who pulled her chair away").
    unlessNear: [
      'policy|policies|procedure|procedures|detention|sanction|sanctions|friend|friends|classmate|classmates|sister|brother|cousin',
      // Review 22A L9: a literal fall ("both boys fell out of the bunk bed").
      'falling|fell|fall|falls out of|off',
    ],
    window: 8,
  },
  {
    id: 'good_time_round22',
    // "Precious was having a good time with older men at a house in Leeds": a missing child with adults recorded as fun.
    patterns: ['having|had|have|has a good|great|nice|fun time|laugh with'],
    category: 'minimises_harm',
    explanation:
      'Records a child who was with adults, intoxicated or missing as having fun. Adults use parties, alcohol and attention to groom and exploit children.',
    alternatives: [
      'The child was with [adults, ages] at [where]: record what happened and whether they were given alcohol or drugs',
      'Concern that the child is being groomed or exploited',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    requiresNear: [...ADULT_CUES, 'intoxicated|drunk|missing|mfh|found|flat|hotel'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'cousins|friends|siblings|sisters|brothers|family|mates|classmates',
      'club|trip|trips|staff|carer|carers|foster|school|youth|holiday|holidays|residential|activity|activities|birthday|worker|workers|colleagues|team',
      // Review 22B L13: the venue as the event itself ("at the football"), not "at the flat after the football match".
      'at|to|during the|a|his|her|their football|match|game|wedding|gym|church|mosque|temple|festival|concert',
      'at|during work',
    ],
    window: 8,
  },
  {
    id: 'night_out_round22',
    // "15-year-old found intoxicated in a car park; crew noted she had clearly been out on the town": a child found
    // drunk recorded as an adult's night out.
    patterns: ['out on the town|lash|razz', 'on the lash|razz'],
    category: 'minimises_harm',
    explanation:
      'Records a child found drunk or out at night as if they were an adult on a night out. Adults use alcohol to groom and exploit children: who supplied it and who the child was with matter.',
    alternatives: [
      'The child was found intoxicated at [where]: record who gave them alcohol and who they were with',
      'Concern that the child is being groomed or exploited',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    // Not an adult's or a family's night out ("Mum was out on the town"), nor staff's, nor a birthday plan.
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'family|staff|colleagues|team|birthday|18th|21st|celebrate|celebrated|celebrating|wedding|hen|stag'],
    window: 6,
  },
];

// Exploitation recorded as the child's work, choice, relationship or sexual conduct.
export const ROUND_22_MORE_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'runs_for_group_round22',
    // "Dominic runs for a group from Hackney", "has been running for the olders", "ran for a line": drug running named
    // as the child's job. Not a race, a club or a bus ("runs for the county athletics team", "ran for the bus").
    patterns: [
      'runs|running|ran|run for a|the|an [older] group|gang|crew|firm|line|dealer|dealers|olders|elders|organisation|network|people|lads|men',
      'runs|running|ran|run for olders|elders|dealers|them',
      // Round 32: a group named by a count or "some" ("is running for some lads in Walsall", fresh29).
      'runs|running|ran|run for some|these|those|two|three|four|local [older] group|gang|crew|lads|men|guys|boys|dealers',
    ],
    category: 'criminalises_child',
    explanation: 'Names a child who is made to carry drugs or money for others as a runner for them, as if it were a job.',
    alternatives: [
      'The child is being criminally exploited to carry drugs or money for [who]',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'nspcc', // [E] "working" and "runner" legitimise CCE
    // Round 32: or the men or lads it is done for, named in the match ("is running for the men who come in with the Range
    // Rover", fresh31; "running for some lads", fresh29): not "ran for the bus", "runs for the club" (vetoes below).
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'group|crew|firm|from|olders|elders|dealers|cash|money|police|line',
      // Review 32: only with the running now or habitual, not "ran for the men when the dog got loose" (ran to fetch them).
      'runs|running for the|some|these|those|two|three|four|local [older] lads|men|guys',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'athletics|race|races|club|clubs|parkrun|marathon|charity|team|teams|school|county|bus|train|cover|council|election|office|president|mayor|sponsor|sponsored',
      // Round 32: running to fetch help or to get away ("ran for the lads to get help when the fire started").
      'help|safety|shelter|ambulance|exit|door|doors|escape|life|lives',
      // Review 32: a side in a sport ("ran for the lads in the relay at sports day", "runs for the lads' under-14s").
      'relay|relays|sports|cross-country|heat|heats|medal|trophy|scored|goal|goals|match|matches|league|football|rugby|cricket|hockey|basketball|netball|squad|under*|u12|u13|u14|u15|u16|u18',
    ],
    window: 6,
  },
  {
    id: 'own_back_round22',
    // "a police log from 2020 said Kaiden was dealing off his own back", "selling for himself": drug supply recorded as
    // the child's own enterprise.
    patterns: [
      // Review 22A L13: not "working/running off his own back" (on his own initiative: "working off his own back on his
      // college project").
      'dealing|deals|dealt|selling|sells|sold|shotting off her|his|their own back',
      'dealing|selling|shotting for herself|himself|themselves',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child in drug supply as working for themselves. Children are drawn in and controlled by adults who stay hidden; the question is who supplies them.',
    alternatives: [
      'The child is being criminally exploited in drug supply: record who supplies the drugs and who benefits',
      'Concern that the child is being used by [who]',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR],
    window: 4,
  },
  {
    id: 'shacked_up_round22',
    // "Becky is shacked up with a man in Grantham": a child living with an adult recorded as a couple's choice.
    patterns: ['shacked|shacking|shacks|shack up with'],
    category: 'implies_consent',
    explanation: 'Describes a child living with an adult as a couple moving in together. A child staying with an adult is a sign of sexual exploitation.',
    alternatives: [
      'The child is staying with an adult, [name, age], at [address]: concern of sexual exploitation',
      'An adult aged [age] is keeping the child at his address',
    ],
    source: 'language_matters', // [B] talk about contexts and situations, not relationships
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'her|his|their mum|dad|mother|father|sister|brother|aunt|uncle has|is|was shacked'],
    window: 6,
  },
  {
    id: 'missing_yet_again_round22',
    // "Daisy has gone missing yet again and the placement is struggling to cope with her": the exasperation puts the
    // episodes on the child.
    patterns: ['missing|off|away yet again', 'yet another missing episode|episodes|incident|report'],
    category: 'blames_child',
    explanation:
      'Records the child’s repeated missing episodes with exasperation, as the child’s fault. Children who keep going missing may be trafficked or controlled (Complex Safeguarding Wales: "keep going missing" -> "they have been trafficked").',
    alternatives: [
      'The child has been missing [n] times since [date]: record who they were with and the pattern',
      'Concern that the child is being trafficked or controlled',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
    requiresNear: ['missing|gone|went|goes|run|ran|running|run|taken|mfh|episode|episodes'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'phone|phones|bike|keys|money|purse|wallet|bag|bags|medication|tablets|passport|id|card|cash|items|property|dog|cat|shoe|shoes|coat|uniform',
      // Review 22A L7: a worker or a parent off or away ("her key worker is off yet again").
      'worker|workers|teacher|teachers|carer|carers|manager|nurse|officer|sick|holiday|leave',
    ],
    window: 4,
  },
  {
    id: 'obsessed_with_men_round22',
    // "Lottie is obsessed with older men", "fixated on older boys": the child as seeking adults out.
    patterns: ['obsessed|fixated|infatuated with|on older|grown men|man|males|boys|lads|guys', 'obsessed|fixated|infatuated with|on men|males|adults'],
    category: 'sexualises',
    explanation: 'Presents the child as seeking out adults, which shifts attention from the adults who target and groom children.',
    alternatives: ['Older men are targeting the child: record who they are and how they contact her', 'The child may be being groomed'],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of the child
    // A parent or an adult as the subject ("Mum is obsessed with older men", "The man is obsessed with her").
    unlessNear: ['mum|mother|sister|aunt|nan|gran|carer|woman|man|he|she is|was|has|had [been] [always] [so] obsessed|fixated|infatuated'],
    window: 3,
  },
  {
    id: 'working_line_round22',
    // "Kyle was working on a line in Scarborough when police found him" (the working_drugs entry is vetoed by "working
    // on"). Not a production, phone or bus line, nor a line manager.
    patterns: ['working|works|worked|work on|at a|the line|lines|trap|traphouse|trap-house|deal-line'],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'nspcc', // [E] "working" legitimises CCE; [D]
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'production|assembly|phone|telephone|help|helpline|factory|manager|managers|call|calls|bus|railway|train|fishing|washing|front|frontline|front-line|finishing|start|starting|touch|touchline|sideline',
      // Review 22A L18: a part's lines ("worked on the lines for the school play").
      'lines for the|a|an|her|his|their [school|class|christmas|summer|end-of-term|year] play|plays|show|production|musical|panto|pantomime|performance|audition|drama|assembly|part|role|script',
      'play|script|rehearsal|rehearsals|drama|audition|learning|learned|learnt|learn',
    ],
    window: 3,
  },
  {
    id: 'bringing_men_back_round22',
    // "Jess is always bringing men back to her room", "invites men back": adults' access to the child as her conduct.
    patterns: [
      'bringing|brings|brought|bring [older|different|random|strange|new] men|males|guys|blokes back|home|round',
      'inviting|invites|invited|invite [older|different|random|strange] men|males|guys|blokes back|home|round|over',
    ],
    category: 'sexualises',
    explanation:
      'Describes adults coming to a child’s room or home as the child’s sexual conduct. Adults who seek out a child are abusing or grooming her, whatever the child says.',
    alternatives: [
      'Adult men have been coming to the child’s room or home: record who they are, their ages and what happened',
      'Concern that the child is being sexually exploited',
    ],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of the child
    unlessNear: [...OTHER_PERSON_CUES, 'staff|carer|carers|landlord|woman|worker|workers|police|officers'],
    window: 5,
  },
  {
    id: 'resource_drain_round22',
    // "Mercy's repeated disappearances are a police resource issue", "a drain on resources": the child blamed for the cost
    // of looking for her (the family of "wasting police time").
    // Review 22A L6: the child or her episodes as what is called the issue ("her disappearances are a police resource
    // issue"), not a delay "due to a police resource issue".
    patterns: [
      'is|are|was|were|become|becomes|becoming|been a|an [police|real|major|significant|big] resource|resources issue|issues|problem|drain|burden',
      'drain|burden|strain on [police|our|the|staff|force|service] resources|time',
    ],
    category: 'blames_child',
    explanation:
      'Counts a child’s missing episodes or calls for help as a cost to services. A child who keeps going missing may be trafficked or controlled; each episode is a risk of harm.',
    alternatives: [
      'The child has been missing [n] times: record the risks and who they were with',
      'Concern that the child is being exploited: each episode needs a return home interview',
    ],
    source: 'childrens_society_2018', // the guide's principle; "wasting police time" family
    contextInSentence: true,
    requiresNear: ['missing|disappearance|disappearances|episode|episodes|calls|she|he|her|his|child|girl|boy'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'budget|budgets|funding|cuts|staffing|recruitment|shortage|shortages',
      'there is|was|are|were|has|have|had [been] a|an [police] resource|resources',
      'due|owing to',
    ],
    window: 8,
  },
  {
    id: 'exposing_self_round22',
    // "Amelia was exposing herself on a live stream app": online sexual abuse of a child recorded as her exhibitionism.
    patterns: ['exposing|exposed|exposes|expose herself|himself|themselves'],
    category: 'sexualises',
    explanation:
      'Describes a child made to undress or perform online as exposing herself. Children are coerced, groomed or blackmailed into this; it is sexual abuse by the people watching and directing.',
    alternatives: [
      'Adults online have been sexually abusing the child through [app]: record who and how they contacted the child',
      'The child has been groomed or coerced into sexual activity online',
    ],
    source: 'language_matters', // [B] "Child has been sending explicit pictures to an adult" -> adults are using online technology to abuse the child
    requiresNear: [
      'live|stream|streams|streaming|livestream|camera|webcam|cam|video|videos|app|apps|online|snapchat|instagram|tiktok|chat|call|calls|men|man|adults',
    ],
    // Not an adult who exposed himself to a child, nor exposure to risk ("exposing herself to risk", its own entry).
    // Review 22A L4: an adult exposing himself to the child ("her uncle exposed himself to her over Snapchat").
    unlessNear: [
      ADULTS_NEAR,
      'to risk|risks|danger|harm|situations|infection|infections|sun',
      'risk|danger|dangerous',
      'exposing|exposed|exposes|expose himself|herself|themselves to her|him|them|girls|boys|children|kids|pupils|students|youngsters',
      'driver|uncle|stepdad|stepfather|neighbour|boyfriend|teacher|coach|cousin|brother|father|dad|grandad|lodger|tutor',
    ],
    window: 6,
  },
  {
    id: 'adults_as_friends_round22',
    // "the men are described as Isla's friends, although they are all over 30", "describes the men at the takeaway as her
    // friends", "lists the four adult men only as Chloe's friends": adults named as the child's friends.
    patterns: ['as|are|were * friends|mates|pals', 'as|are|were the|her|his|their * friends|mates|pals'],
    category: 'adult_centred_label',
    explanation: 'Names adults around a child as the child’s friends, which is how abusers present themselves and hides the age gap and the control.',
    alternatives: [
      'Adults, [names, ages], who have contact with the child: record how they met and what they give or ask',
      'Concern that the adults are grooming or exploiting the child',
    ],
    source: 'language_matters', // [B] "spending time with … older men": talk about contexts, not relationships
    requiresNear: ['men|adults|males|man [*] [*] [*] as|are|were', `over ${AGE_NUMBERS}`, ...ADULT_AGE_CUES],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'family|school|class|college|classmates|peers|younger',
      // Review 22B L13: friends from the activity ("her friends from the choir"); a venue where the men are met does not
      // make them friends ("the men from the gym as her friends; they are in their forties").
      'friends|mates|pals from|at the|her|his|their [*] church|choir|club|team|mosque|temple|gym|work',
      'colleagues',
      'girls|boys|children|pupils|peers|lads [*] [*] [*] are|were',
      'friends|mates|pals were|are|had|have|said|say|went|told|call|calls|called',
      // The child's belief, which grooming builds ("she thought the men were her friends"), and "just mates" (minimising,
      // its own entry).
      'thought|thinks|believed|believes|believe|think',
      'just|only friends|mates|pals',
    ],
    window: 8,
  },
  {
    id: 'diminutive_crime_round22',
    // "described Declan as 'a little runner'", "He's one of their little dealers", "the older lads call him their 'little
    // soldier'": a child named by his role in drug supply, made small.
    patterns: ['little|young runner|runners|soldier|soldiers|dealer|dealers|shotter|shotters|earner|earners|grafter|grafters'],
    category: 'criminalises_child',
    explanation: 'Names a child used in drug supply by his role in it, which accepts the exploiters’ view of the child.',
    alternatives: [
      'The child is being criminally exploited to carry or sell drugs for [who]',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited" / "working" -> criminally exploited
    // Review 22A L10: a drug-supply or exploitation context, or the label frame ("described Declan as a little runner"):
    // not a sport, praise or a costume ("a talented young runner", "a little grafter in class", "her little soldier
    // costume").
    requiresNear: [...DRUG_SUPPLY_CUES, ...LABEL_FRAME_CUES, 'their|men|man|lads|boys|adults|police|arrested|arresting|officer|officers|county|cash|debt'],
    // A sport, a toy, or a parent's praise for a brave child ("Mum calls him her little soldier after the operation").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'race|races|marathon|athletics|cross-country|keen|parkrun|harriers|club|sport|sports|team|toy|toys|game|games|figure|figures|lego|hard-working|hardworking',
      'hospital|operation|surgery|brave|treatment|chemo|chemotherapy|illness|injection|injections|jab|jabs',
    ],
    window: 6,
  },
  {
    id: 'winding_up_round22',
    // "Tia had 'wound him up'", "Ebony winds the younger girls up", "Skye is winding staff up to get a reaction": the
    // child as the cause of others' anger or harm.
    patterns: [
      // Review 22A L5: "him" only in the past ("Tia had wound him up", an excuse for an assault): "it winds him up" and
      // "being called names winds him up" are what upsets the child.
      'wound|winds|winding|wind staff|carers|teachers|everyone|people|adults up',
      'wound him up',
      'wound|winds|winding|wind the staff|carers|teachers up',
      'wound|winds|winding|wind the younger|other girls|boys|children|residents|pupils up',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child the cause of other people’s anger or harm. Whoever hurt or exploited the child is responsible; the child’s behaviour may be a sign of distress or of being used.',
    alternatives: [
      'Record what the child did and how others responded: the adult is responsible for what they did',
      'The child may be showing distress: record what may lie behind it',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Others winding the child up ("the boys were winding him up at school") is bullying, not a label on the child.
    unlessNear: [
      'boys|girls|lads|pupils|peers|they|men|man|friends|kids [were|are|was|is|keep|keeps|kept|had|have] wound|winds|winding|wind',
      'it|this|that|which|what|names|comments|remarks|questions|teasing|talk|talking wound him up',
    ],
    window: 4,
  },
  {
    id: 'lucky_lad_round22',
    // "14 y/o boy sleeping with a 31-year-old woman from the gym; dad's view that he is a 'lucky lad' noted": sexual
    // abuse of a boy by a woman recast as good fortune.
    patterns: ['lucky lad|lads|boy|boys|devil|sod|so-and-so|beggar'],
    category: 'minimises_harm',
    explanation:
      'Presents a woman’s sexual contact with a boy as good luck. It is sexual abuse; boys abused by women are often not believed or not protected because of views like this.',
    alternatives: [
      'The child has been sexually abused by an adult aged [age]',
      'An adult woman has had sexual contact with the child: this is abuse and needs a referral',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the abuse
    // Review 22A L11: a sexual cue or an adult's age, not "mum" or "older" alone ("a lucky boy to have such a supportive
    // mum").
    requiresNear: ['woman|women|sex|sexual|sexually|sleeping|slept|sleeps|shagging|shagged|intercourse|affair', AGE_TOKENS_CUE],
    // Not luck at a game, a raffle or a match ("lucky lad won the raffle").
    unlessNear: ['raffle|prize|won|win|wins|lottery|escape|escaped|survived|accident|crash|match|game|goal'],
    window: 14,
  },
  {
    id: 'loved_up_round22',
    // "mum says her daughter is 'loved up' with a 29-year-old": the language of romance for an adult's abuse of a child.
    patterns: ['loved up', 'loved-up'],
    category: 'minimises_harm',
    explanation: 'Uses the language of romance for an adult’s grooming or abuse of a child, which hides the age gap and the control.',
    alternatives: ['An adult aged [age] is grooming or sexually exploiting the child', 'Record the adult’s age and what he gives, asks or controls'],
    source: 'language_matters', // [B] talk about contexts and situations, not relationships
    requiresNear: ADULT_CUES,
    unlessNear: ['mum|dad|mother|father|parents|sister|brother|aunt|uncle|nan|gran|couple [is|are|was|were] [so|very|really] loved'],
    window: 6,
  },
  {
    id: 'doesnt_mind_round22',
    // "Precious said her 'man' is 30 and that she doesn't mind what he asks her to do", "he 'didn't mind' because he
    // needed the money", "he's not fussed": compliance with adults read as the child's indifference.
    patterns: ["doesn't|doesn’t|didn't|didn’t|don't|don’t mind|care", 'does|did|do not mind', "not|isn't|isn’t|wasn't|wasn’t fussed|bothered"],
    category: 'implies_consent',
    explanation:
      'Reads a child’s compliance with adults who use them as indifference or agreement. Children who are groomed, indebted or frightened often say they do not mind.',
    alternatives: [
      'The child did what the adults asked: record what was promised, paid or threatened',
      'Concern that the child is being groomed or exploited by [who]',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    requiresNear: ['what he|they|she asks|asked|wants|wanted|says|said', 'paid|pay|money|cash|earning|drops|runs|olders|line|men|man'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'waiting|wait|queue|school|college|placement|foster|carers|staff|worker|help|helping|sharing|share|lift|lifts|weather|food|meal|cost|costs|price',
      // Review 22A L16: indifference to a thing ("he doesn't care about money", "not bothered about money or clothes").
      'care|cares|cared|bothered|fussed|mind about|for',
    ],
    window: 6,
  },
  {
    id: 'willing_role_round22',
    // "Custody note: DP a willing courier for the Quenbridge group", "a willing recruit": a role in exploitation as the
    // child's free choice. Not a helper or a volunteer ("a willing helper at the food bank").
    // Only "willing": "a keen runner" is a sport.
    patterns: ['willing courier|couriers|runner|runners|mule|mules|member|members|soldier|soldiers'],
    category: 'implies_consent',
    explanation: 'Presents a child used by a group as a willing member of it. Children are groomed, indebted and threatened into these roles.',
    alternatives: [
      'The child is being criminally exploited by [who] to [what]',
      'Concern that the child is controlled by the group: record the debt, threats or rewards',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'club|team|choir|church|charity|school|class|project|volunteer|volunteers|race|marathon|parkrun'],
    window: 5,
  },
  {
    id: 'soliciting_round22',
    // "A 2011 YOT note describes the 15-year-old as 'on the rent' at the coach station": sexual exploitation of a child
    // recorded as sex work ("soliciting" is offender_label_round13, as annotators file it).
    // Not "on the game": a video game as often as not ("talking to strangers on the game").
    patterns: ['on the rent|batter'],
    category: 'sexualises',
    explanation: 'Uses the language of prostitution for the sexual exploitation of a child. A child cannot be a sex worker: adults are abusing them.',
    alternatives: [
      'The child is being sexually exploited at [where]: record who the adults are',
      'Concern that the child is being sexually exploited for money or goods',
    ],
    source: 'ons_terminology', // child prostitution terms removed from legislation and statistics
    // Soliciting other things ("soliciting witnesses", "soliciting donations"), a solicitor, or the game as a game.
    unlessNear: [
      'solicitor|solicitors|witness|witnesses|donation|donations|feedback|views|funds|funding|business|votes|information|bids|quotes|tenders|support|applications|evidence',
      'football|rugby|match|matches|played|playing|play|console|xbox|playstation|board|ball|score|won|lost',
      'book|books|arrears|account|agreement|agreements|payment|payments|tenancy|tenant|landlord|council',
      ADULTS_NEAR,
    ],
    window: 5,
  },
  {
    id: 'chasing_men_round22',
    // "GP entry: teenage girl chasing older men", "has 'always been after older men'": the child as pursuing adults.
    patterns: ['chasing|chases|chased|chase older|grown men|man|males|blokes|guys'],
    category: 'sexualises',
    explanation: 'Presents the child as pursuing adults, which shifts attention from the adults who target and groom children.',
    alternatives: ['Older men are targeting the child: record who they are and how they contact her', 'The child may be being groomed'],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of the child
    unlessNear: ['police|officers|officer|security|staff|dog|dogs', 'mum|mother|sister|aunt|woman|nan|gran is|was|has|had [always] [been] chasing|after'],
    window: 4,
  },
  {
    id: 'attention_wanted_round22',
    // "she wants the wrong kind of attention from the older boys", "is addicted to the attention she gets online from older
    // men", "the kind of girl men notice": adults' interest recast as the child's wish or nature.
    patterns: ['kind|sort|type of girl|boy men|boys|lads notice|like|want'],
    category: 'sexualises',
    explanation: 'Recasts adults’ sexual interest in a child as something the child wants or invites. Adults who seek a child’s attention are grooming her.',
    alternatives: ['Older people are targeting the child: record who and how', 'Concern that the child is being groomed: record the adults’ contact'],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    unlessNear: [...OTHER_PERSON_CUES, 'teacher|teachers|staff|class|classroom|school|parents|baby|dog|puppy'],
    window: 6,
  },
  {
    id: 'after_attention_round22',
    // "she is addicted to the attention she gets online from older men", "has 'always been after older men'": the child
    // blamed for adults' attention (annotators file these as blame).
    patterns: ['addicted|hooked to|on the attention', 'been|is|was|always after older|grown men|males|blokes|guys'],
    category: 'blames_child',
    explanation: 'Blames the child for adults’ attention, as if she sought it out. Adults who give a child attention to draw her in are grooming her.',
    alternatives: ['Older people are targeting the child: record who and how', 'Concern that the child is being groomed: record the adults’ contact'],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    unlessNear: [
      'teacher|teachers|staff|class|classroom|school|parents|baby|dog|puppy|police|officers',
      'mum|mother|sister|aunt|woman|nan|gran is|was|has|had [always] [been] after|addicted|hooked',
    ],
    window: 6,
  },
  {
    id: 'regular_client_round22',
    // "MFH log: Precious has a regular client who collects her from the hostel", "she has a regular who pays for her
    // phone": an abuser named as a sex-work customer.
    patterns: ['regular client|clients|punter|punters|customer|customers|john|johns', 'has|had a regular who|that'],
    category: 'adult_centred_label',
    explanation:
      'Names an adult who sexually exploits a child as a customer, the language of sex work. A child cannot be a sex worker: the adult is abusing them.',
    alternatives: ['An adult, [name, age], is sexually exploiting the child', 'The adult who pays or gives the child things for sex (record name and age)'],
    source: 'ons_terminology', // child prostitution terms removed from legislation and statistics
    // A shop's or a business's regulars, a professional's caseload.
    requiresNear: ['pays|paid|collects|collected|picks|money|sex|sexual|hostel|hotel|phone|gifts'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'shop|shops|cafe|salon|pub|bar|business|company|firm|solicitor|accountant|bank|caseload|service|services|store|takeaway',
    ],
    window: 6,
  },
  {
    id: 'false_allegation_round22',
    // "Kasey made a false allegation against the taxi driver last year, so treat her account with caution": a child's
    // account discounted by an earlier one.
    patterns: ['made|makes|make|making a false allegation|allegations|report|reports|claim|claims', 'made|makes|make false allegations|reports|claims'],
    ...UNTRUTHFUL,
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'driver|teacher|neighbour|boyfriend|partner|suspect'],
    window: 3,
  },
  {
    id: 'beyond_help_round22',
    // "mum feels Kacey is beyond help and wants her moved": the child written off.
    patterns: ['beyond help|saving|redemption|hope'],
    category: 'blames_child',
    explanation: 'Writes the child off. Children who seem beyond help are often those being most harmed or controlled, and need more help, not less.',
    alternatives: ['The current support is not keeping the child safe: record what else is needed', 'Record what the child needs and who is harming them'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: [
      'car|phone|bike|house|building|repair|machine|laptop',
      // Review 22B L15: only a task after "with" ("beyond help with her maths homework"), not "beyond help at this point".
      'beyond help|hope with his|her|their|the maths|math|homework|english|spelling|reading|science|coursework|cooking|technology|computer',
      // Review 22A L12: the writer's negation ("I do not think he is beyond help").
      "not|never|isn't|isn’t|wasn't|wasn’t|aren't|aren’t|nobody|no-one [*] [*] [*] beyond help|saving|redemption|hope",
    ],
    window: 4,
  },
  {
    id: 'idolises_round22',
    // "Josh idolises the dealers and wants to be like them", "looks up to the olders": admiration built by grooming
    // read as the child's choice.
    patterns: [
      'idolises|idolizes|idolised|idolized|idolise|idolize|worships|worshipped|hero-worships the|these|those|older dealers|olders|elders|gang|gangsters|men',
      'looks|looked|look up to the|these|those dealers|olders|elders|gang|gangsters',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child’s admiration for the people exploiting them as a choice. Grooming builds that admiration with money, status and protection.',
    alternatives: ['The child is being groomed by [who] with status, money or protection', 'Concern that older people are drawing the child into exploitation'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    unlessNear: [...OTHER_PERSON_CUES],
    window: 4,
  },
  {
    id: 'life_of_crime_round22',
    // "Tomasz has chosen a life of crime over his education": exploitation recorded as a criminal career.
    patterns: ['a|the life of crime|criminality', 'a|the criminal career', 'career criminal'],
    category: 'criminalises_child',
    explanation: 'Records a child who is being criminally exploited as choosing crime as a career.',
    alternatives: ['The child is being criminally exploited by [who]', 'Concern that older people are drawing the child into crime: consider an NRM referral'],
    source: 'yjlc', // [C] CCE: the child is a victim
    // Keeping a child from it is child-centred ("to protect him from a life of crime").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'protect|protecting|prevent|preventing|avoid|avoiding|save|saving|steer|steering|away|divert|diverting|diversion',
    ],
    window: 5,
  },
  {
    id: 'missing_as_escape_round22',
    // "did a runner from the unit", "described ... as having escaped through her bedroom window", "made off from staff":
    // a missing child recorded in the words of custody.
    patterns: [
      'did|does|do|doing|done a runner|bunk',
      'escaped|escapes|escaping|escape from|through the|her|his unit|home|placement|window|carers|staff|bedroom',
      'made|makes|making|make off from staff|carers',
      'made|makes|making|make off from the unit|home|placement',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child going missing from care in the words used for escape from custody. Children in care are not prisoners; going missing is a risk sign.',
    alternatives: [
      'The child went missing from [placement] at [time]: record who they may be with',
      'The child left the placement without agreement: consider who is drawing them away',
    ],
    source: 'cara_prior_art', // "absconded" (same family)
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ADULTS_NEAR,
      'fire|flood|flooding|smoke|taxi|fare|restaurant|shop|cafe|dog|cat|hamster|pet',
      // Review 22A L8: a child escaping from where she was held is protective, and truanting is not custody language.
      'held|locked|kept|trapped|imprisoned|captive|captors|hostage',
      'window|door of the|a|an|his|their flat|house|car|van|address|property|hotel',
      'school|class|lesson|lessons|college|detention',
    ],
    window: 5,
  },
  {
    id: 'just_another_case_round22',
    // "Officer's handover: just another CSE case, girl won't talk, NFA": the child's case as routine.
    patterns: ['just|only another cse|cce|misper|mfh|missing case|episode|report|job|one', 'just|only another missing episode|report|case'],
    category: 'minimises_harm',
    explanation: 'Treats the child’s case as routine. Each case or episode is a risk of harm to a child and needs its own response.',
    alternatives: ['Record what this episode shows about the risk to the child', 'Review the chronology: repeated episodes are a pattern of risk'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
  },
  {
    id: 'hangover_round22',
    // "the 15-year-old had suffered nothing worse than a hangover after the night at the men's house".
    patterns: ['nothing|no worse than a|an hangover|scratch|headache', 'nothing worse than a few bruises|scratches'],
    // Review 22A L17: an accident's injuries ("after the car crash he had nothing worse than a few bruises").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'wedding|birthday|christmas|party|celebration|festival',
      'crash|crashes|accident|accidents|collision|rtc|rta|fall|fell|tackle|match|game|bike|skateboard|trampoline|sport|sports',
    ],
    window: 12,
    category: 'minimises_harm',
    explanation: 'Measures what happened to the child by its visible after-effects. A night with adults and alcohol may hide sexual abuse or exploitation.',
    alternatives: [
      'Record where the child was, who with, and what they were given',
      'Concern that the child was sexually abused or exploited while intoxicated',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
  },
  {
    id: 'a_domestic_round22',
    // "facial bruising after what the triage nurse called a domestic with her 24-year-old partner": an adult's violence
    // to a child recorded as a couple's row.
    patterns: ['a|the domestic with|between'],
    category: 'minimises_harm',
    explanation: 'Records an adult’s violence towards a child as a couple’s quarrel. An adult who hurts a child they are in contact with is abusing the child.',
    alternatives: ['The child was assaulted by [adult, age]: record the injuries and refer', 'An adult aged [age] has assaulted the child'],
    source: 'childrens_society_2018', // the guide's principle: name the abuse
    requiresNear: [...ADULT_AGE_CUES, 'boyfriend|partner|man|older'],
    unlessNear: [...OTHER_PERSON_CUES, 'neighbours|neighbour|next|door|flat|upstairs|downstairs'],
    window: 8,
  },
  {
    id: 'deep_in_round22',
    // "Connor is deep in the drugs game", "deep into the gang life": the child as a committed player.
    // Not "deep in the game" alone ("deep in the game on his Xbox").
    patterns: ['deep|deeply in|into the drugs|drug|gang|dealing game|scene|life|world|trade'],
    category: 'criminalises_child',
    explanation: 'Presents a child exploited in drug supply as a committed player in it. Children are drawn in and held there by adults, debt and threats.',
    alternatives: ['The child is being criminally exploited in drug supply by [who]', 'Concern that the child is controlled by [who] through debt or threats'],
    source: 'yjlc', // [C] CCE: the child is a victim
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR],
    window: 4,
  },
  {
    id: 'entered_illegally_round22',
    // "NRM referral: the young person entered the UK illegally and worked in a car wash": a trafficked child as an
    // immigration offender.
    patterns: [
      'entered|entering|enters the uk|country|britain|england illegally',
      'came|arrived into|in|to the uk|country|britain|england illegally',
      'entered|came|arrived illegally',
      'illegal immigrant|immigrants|migrant|migrants|entrant|entrants|alien',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child who may have been trafficked or smuggled as an immigration offender. Children brought into the country by others are victims, and may have a defence in law.',
    alternatives: [
      'The child was brought into the UK by [who]: consider trafficking and an NRM referral',
      'An unaccompanied child who arrived in the UK on [date]',
    ],
    source: 'yjlc', // [C] trafficked children may have a defence (Modern Slavery Act 2015 s45)
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'smuggler|smugglers|trafficker|traffickers|agent|agents|driver'],
    window: 4,
  },
  {
    id: 'hook_ups_round22',
    // "reports hook-ups with men he meets on apps": abuse of a child by adults as casual sex.
    patterns: ['hook-ups|hookups|hook-up|hookup with', 'hooking|hooks|hooked|hook up with'],
    category: 'implies_consent',
    explanation: 'Describes adults’ sexual contact with a child as casual sex the child chose. It is sexual abuse, and may be exploitation.',
    alternatives: [
      'Adult men the child met online have had sexual contact with the child: record their ages',
      'The child has been sexually abused by adults he met through [app]',
    ],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'wifi|wi-fi|internet|console|tv|charger|speaker|printer'],
    window: 6,
  },
  {
    id: 'engaging_in_crime_round22',
    // "MACE update: Logan is engaging in county lines activity between Hackney and Margate": exploitation as the child's
    // activity (the CCE counterpart of sexual_activity_with).
    patterns: [
      'engaging|engaged|engages|engage in county lines|criminal|gang|drug|drugs activity|activities|behaviour|behavior|offending|crime|criminality',
      'engaging|engaged|engages|engage in county lines',
    ],
    category: 'implies_consent',
    explanation: 'Describes criminal exploitation as an activity the child takes part in. The child is a victim of exploitation by the people who control it.',
    alternatives: ['The child is being criminally exploited through county lines by [who]', 'The child has been groomed into drug supply by [who]'],
    source: 'yjlc', // [C] "Involved in CSE/CCE" -> victim
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'gang|gangs|group|groups|network|networks|adults|men|man|males|suspect|suspects|offenders|nominals are|is|were|was|been engaging|engaged',
      'not|never|stop|stopped|prevent|preventing|diversion|divert',
      // Review 22B L6: professionals' work on county lines, or a general statement about young people.
      'staff|police|officers|school|schools|team|teams|partners|agencies|services|we|council|professionals are|is|were|was|been|have engaging|engaged|engage',
      'county lines training|awareness|operation|operations|work|session|sessions|programme|programmes|workshop|workshops|prevention|partnership|meeting|meetings|forum|project',
      'young people engaging|engaged',
      'children|teenagers|those engaging|engaged',
    ],
    window: 4,
  },
  {
    id: 'knowing_member_round22',
    // "yp was described at the MACE as a knowing and active member of the group rather than someone being used by it".
    patterns: ['knowing and active|willing member|members|participant|participants', 'active and knowing|willing member|members|participant|participants'],
    category: 'implies_consent',
    explanation: 'Presents a child used by a group as a knowing member of it. Children are groomed, indebted and threatened into these groups.',
    alternatives: [
      'The child is being criminally exploited by the group: record who controls them and how',
      'The child has been groomed into the group by [who]',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    // Review 22B L8: a study or a scheme ("a knowing and willing participant in the research study").
    unlessNear: [...OTHER_PERSON_CUES, ADULTS_NEAR, 'study|studies|research|survey|scheme|programme|trial|project'],
    window: 4,
  },
  {
    id: 'sleepover_round22',
    // "According to the initial log she had a sleepover at the 29-year-old's flat": a child staying at an adult's home
    // recorded as a childhood treat.
    patterns: ['sleepover|sleepovers|sleep-over|sleep-overs'],
    category: 'minimises_harm',
    explanation:
      'Calls a child’s night at an adult’s home a sleepover. A child staying overnight with an adult who is not family is a sign of sexual exploitation.',
    alternatives: [
      'The child stayed overnight at the address of [adult, age]: record what happened and who else was there',
      'Concern that the child is being sexually exploited by [adult]',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise signs of exploitation
    requiresNear: [...ADULT_CUES, ADULT_AGE_POSS, "man's|men's|adult's"],
    // Review 22B L8: a friend's home with a parent there, or the child's cover story ("said she was at a sleepover but
    // was at a man's flat").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'friends|classmates|cousins|school|party|birthday|guides|brownies|scouts|cubs',
      "mate's|mate’s|mates|friend's|friend’s|pal's|pal’s|mum|dad|parent|parents",
      'said|says|told|claimed|claims she|he|they was|were|is|at [at] [a] sleepover|sleepovers',
      'sleepover|sleepovers but|when|whereas',
    ],
    window: 8,
  },
  {
    id: 'works_for_round22',
    // "Mikey says he 'works for Ty' and gets paid in food", "states he works for Ricky to pay back what he owes", "the
    // lads he works for in Stoke are all in their twenties": a child used by older people named as their employee.
    patterns: [
      'works|working|worked|work for * to pay|pay back|pay off',
      'works|working|worked|work for them',
      'works|working|worked|work for *',
      'lads|men|olders|elders|people|guys|man|bloke he|she|they works|work|worked for',
      'lads|men|olders|elders|people|guys|man|bloke he|she|they is|was|are|were working for',
    ],
    category: 'criminalises_child',
    explanation:
      'Names a child who is used by older people as working for them, as if the child were an employee. Debt, payment in goods and older “employers” are signs of criminal exploitation.',
    alternatives: [
      'The child is being criminally exploited by [who, ages]',
      'Older people are using the child to [what]: record what they pay, owe or threaten',
    ],
    source: 'nspcc', // [E] "working" legitimises CCE
    // Review 22B L4: not plain pay or money ("he works for Royal Mail and is paid weekly"): a debt, a payment in kind, or
    // older people.
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'owes|owe|owed|debt|debts|food|trainers|twenties|thirties|olders|elders|pwits|arrested',
      'pay|paying|paid back|off',
      'paid|pays|pay|paying in|with food|trainers|clothes|drugs|weed|cannabis|cigarettes|vapes|phones|phone',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'himself|herself|weekly|fortnightly|monthly|payslip|payslips|tax',
      'spends|spend|spent|saves|save|saved his|her|their money|wages|pay',
      'uncle|garage|shop|shift|shifts|saturday|saturdays|apprenticeship|employer|contract|council|company|firm|charity|nhs|school|salary|wage|wages|payslip|minimum|tesco|hourly|part-time',
      'deliveroo|uber|ubereats|justeat|amazon|evri|dpd|agency|agencies',
      // The slot after "for" is whom the child works for, not a place or a reward ("the 'family' he works for in Hull").
      'works|working|worked|work for in|at|on|with|from|a|an|my|our|his|her|their|its|this|that|every|each|free|nothing|money|cash|food|hours|years|months|weeks|days',
      // Whom the child works for in the drug trade has its own entries ("working for dealers", "for the olders").
      'works|working|worked|work for the|dealers|dealer|gang|gangs|olders|elders|line|lines',
      'she|he|they|mum|dad works|worked|work for the council|nhs|school|police',
    ],
    window: 8,
  },
  {
    id: 'couple_round22',
    // "describes the 14-year-old and the 28-year-old as a couple who have been together for a year": a child and an
    // adult named as a couple.
    patterns: ['as|are|were|is|was a couple|item', 'a couple who|that'],
    category: 'adult_centred_label',
    explanation: 'Names a child and an adult as a couple, the adult’s framing of the abuse as a relationship. It hides the age gap and the grooming.',
    alternatives: [
      'An adult aged [age] is in contact with the child, who is [age]: record the age gap and the power imbalance',
      'The child is being groomed or sexually exploited by [adult, age]',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: [...ADULT_AGE_CUES],
    // Review 22B L5: not two adults (foster carers, "the 28-year-old and his partner") or two pupils beside a parent's
    // age.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'both are|were [over] adults|18',
      'a couple of',
      'couple of',
      'foster|carers|parents|grandparents|landlord|landlady|neighbours|pupils|students|classmates',
      'his|her|their partner are|were a couple',
    ],
    window: 10,
  },
  {
    id: 'benefactor_round22',
    // "the 16-year-old's benefactor pays her rent on the flat", "Dre's sponsor at the boxing club, a man of 40, gives
    // him money", "offered a job by her sponsor in London": an adult who pays for a child named as a patron.
    patterns: ["benefactor|benefactors|benefactor's|benefactor’s", 'sponsor|sponsors'],
    category: 'adult_centred_label',
    explanation:
      'Names an adult who gives a child money, a home or a job as a benefactor or sponsor, the adult’s own framing. Gifts and help from adults are how children are groomed and controlled.',
    alternatives: [
      'An adult (record name and age) who gives the child [what]: record what is expected in return',
      'Concern that the adult is grooming or exploiting the child',
    ],
    source: 'language_matters', // [B] talk about contexts and situations, not relationships
    requiresNear: ['pays|paid|gives|gave|money|rent|job|offered|buys|bought|flat|phone|gifts|cash', ...ADULT_CUES],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'charity|fundraiser|fundraising|sponsored|walk|swim|race|marathon|run|aa|na|meeting|meetings|recovery|visa|visas|sponsorship|school|club|team|scholarship|bursary',
      // Round 29C: as mentor_sponsor_pays, a club's sponsor.
      // Review 29C: not "his main sponsor, a man of 30"; "the main sponsor" of a club still.
      "club's|club’s|team's|team’s|shirt|kit [main] sponsor|sponsors",
      'the main sponsor|sponsors',
    ],
    window: 8,
  },
  // Probe wording in the style published case reviews quote (review 22B follow-up), each narrow.
  {
    id: 'exploiting_self_round22',
    // "She is sexually exploiting herself online": exploitation is done to a child by others.
    patterns: ['exploiting|exploits|exploited|exploit herself|himself|themselves|themself'],
    category: 'blames_child',
    explanation: 'Makes the child the author of their own exploitation. Exploitation is done to a child by others, who gain from it.',
    alternatives: ['The child is being sexually exploited by [who]: record who gains and how', 'Record who is asking for or buying the images'],
    source: 'childrens_society_2018', // the guide's principle: the child is the victim
  },
  {
    id: 'going_with_men_for_money_round22',
    // "She has been going with men for money": abuse recorded as the child's trade.
    patterns: ['going|goes|go|went|gone with men|older|adults|man|punters [men] for money|cash|drugs|gifts|payment'],
    category: 'implies_consent',
    explanation:
      'Records sexual abuse as something the child does for money. A child cannot consent to being sexually exploited; payment is a sign of exploitation.',
    alternatives: ['The child is being sexually exploited by adults who give her money or gifts: record who'],
    source: 'childrens_society_2018', // "prostitution" and transactional framing
  },
  {
    id: 'cannot_have_been_trafficked_round22',
    // "She was paid, so she cannot have been trafficked": payment or agreement does not rule out exploitation.
    patterns: ["cannot|can't|can’t|couldn't|couldn’t have been trafficked|exploited|groomed", 'could not have been trafficked|exploited|groomed'],
    category: 'minimises_harm',
    explanation:
      'Rules out trafficking or exploitation because the child was paid or agreed. Payment and apparent agreement are signs of exploitation, not evidence against it.',
    alternatives: ['Record who paid the child, for what, and who gained: consider an NRM referral'],
    source: 'childrens_society_2018',
    requiresNear: ['paid|pay|payment|money|cash|consented|agreed|willing|willingly|chose|choice|wanted'],
    window: 10,
  },
  {
    id: 'silly_with_men_round22',
    // "She was being silly and immature with the men": the adults' conduct recorded as the child's silliness.
    patterns: ['silly|immature|giddy|daft with [the|those|these|some] [older|two|three] men|adults|males'],
    category: 'blames_child',
    explanation: 'Puts what happened with the adults down to the child’s behaviour. The adults are responsible for their conduct towards a child.',
    alternatives: ['Record what the adults did and said to the child', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018',
    unlessNear: [...OTHER_PERSON_CUES],
  },
  {
    id: 'groupie_round22',
    // "She is a groupie who follows the men around".
    patterns: ['groupie|groupies'],
    category: 'sexualises',
    explanation: 'Names the child as a willing follower of the adults, which sexualises her and hides that the adults are targeting her.',
    alternatives: ['The child is being groomed by [who]: record who contacts her and where she is taken'],
    source: 'childrens_society_2018',
    unlessNear: ['band|bands|concert|concerts|gig|gigs|tour|singer|singers|music|fan|fans|festival|football'],
    window: 8,
  },
  {
    id: 'consented_to_meet_round22',
    // "She could not be a victim because she consented to meet them".
    patterns: ['consented|consents|consenting to meet|meeting|go|going|see|seeing them|him|the'],
    category: 'implies_consent',
    explanation: 'Treats a child agreeing to meet the adults as consent to what followed. Grooming builds that agreement.',
    alternatives: ['It is not clear whether the child is under duress: record who arranged the meeting and what was promised'],
    source: 'childrens_society_2018',
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'worker|workers|social|staff|police|officer|officers|interview|assessment|appointment|nurse|doctor|gp|counsellor|therapist|team|referral|school|teacher',
    ],
    window: 6,
  },
];
