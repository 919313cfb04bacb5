import type { LexiconEntry } from './types.ts';

// The cue patterns of the victim-blaming lexicon (lexicon.ts, lexicon-review.ts): the contexts that make a word a
// finding (`requiresNear`) or show another meaning (`unlessNear`), in the grammar of core/text/matcher.ts, and the
// shared parts of entries that several entries use.

export const ADULT_AGES = Array.from({ length: 42 }, (_, i) => i + 18); // 18..59
export const AGE_NUMBERS = ADULT_AGES.join('|');
export const AGE_TOKENS = ADULT_AGES.flatMap((n) => [`${n}-year-old`, `${n}-years-old`, `${n}-yr-old`, `${n}yo`, `${n}yrs`]).join('|');

/** Cues that the other person is an adult: words for adults, or an adult age. */
export const ADULT_CUES: readonly string[] = [
  'man|men|male|males|adult|adults|older|woman|women|guy|guys',
  // Round 24: informal writers drop the apostrophe or give a rough age ("her boyfriend hes about 30", "hes 29").
  `aged|age|is|was|he's|she's|who's|hes|shes|whos [only|just|nearly|almost|about|around] ${AGE_NUMBERS}`,
  // Probe 25: a front-line writer's estimate of the adult ("her boyfriend, who looked about 40", "her partner, who must
  // be about 35", "he looks about 30"), not of the child ("she looks about 20 with make-up on").
  // Review 25B: 25 or over, not the girl's own look ("the girl, who looked about 20, was with her boyfriend").
  `who|who's|who’s|whos [must|might|would|could|will] [have] looked|looks|look|seemed|seems|appeared|appears|be about|around|roughly|maybe|over ${ADULT_AGES.filter((n) => n >= 25).join('|')}`,
  `${AGE_NUMBERS} year|years|yr|yrs old`,
  AGE_TOKENS,
  'twenties|thirties|forties|fifties|20s|30s|40s|50s|twenty-odd|thirty-odd|forty-odd|fifty-odd|thirtysomething|fortysomething',
  // "a boyfriend in his mid-twenties" (Operation Augusta review, 2020): the hyphenated age range is one token.
  'mid-twenties|mid-thirties|mid-forties|mid-fifties|late-twenties|late-thirties|late-forties|early-twenties|early-thirties|early-forties|mid-20s|mid-30s|mid-40s|late-20s|late-30s|early-20s|early-30s',
  'over 18|eighteen',
  // Round 28: the spaced age range as a phrase, so that it counts from its first word ("her lover is thought to be in his
  // late twenties": the decade alone lies past the window).
  'in his|her|their late|early|mid twenties|thirties|forties|fifties|20s|30s|40s|50s',
  // Round 22: "a man of 28", "a lad of 30" (an adult by age in a phrase).
  `man|woman|lad|bloke|guy|fella|male|female of ${AGE_NUMBERS}`,
  // Round 26: the partner's own age in the same phrase ("the 16-year-old has a partner of 29 staying most nights").
  `partner|boyfriend|girlfriend|husband of ${AGE_NUMBERS}`,
  // Clinic and custody shorthand: "22 y/o male", "a 19 yo" (the tokenizer splits "y/o" into "y" and "o").
  `${AGE_NUMBERS} y o`,
  `${AGE_NUMBERS} yo|yr|yrs|y`,
];

/**
 * Probe 25: the adults that front-line writers outside social care serve, work beside or live beside (hotel guests, taxi
 * passengers, tenants, shop customers, drivers, neighbours), as the subject of a label that would blame a child.
 * Review 25F: not "woman" or "lady", which front-line writers use of a girl of 15 or 16 too ("the young woman was lying
 * about her age, she is 14"); entries name an adult woman where they need one.
 */
export const SERVICE_ADULTS =
  'tenant|tenants|landlord|landlady|lodger|neighbour|neighbours|guest|guests|customer|customers|passenger|passengers|driver|drivers|caller|commuter|commuters|shopper|shoppers|diner|diners|receptionist|gentleman';

/** Probe 25: an adult's age in words ("a man in his forties"), a front-line writer's way of saying the person is an adult. */
// One word, so that no cue starts with "in" (matcher cost).
export const ADULT_AGE_WORDS = 'twenties|thirties|forties|fifties|sixties|seventies|20s|30s|40s|50s|60s|70s';

/** Cues that a relationship word belongs to someone else in the family or network, not to the child. */
export const OTHER_PERSON_CUES: readonly string[] = [
  "mum|mum's|mums|mam|mam's|mother|mother's|dad|dad's|father|father's|parent|parent's|parents|stepmum|stepdad|carer|carer's",
  "sister|sister's|brother|brother's|aunt|aunt's|auntie|auntie's|nan|nan's|gran|gran's|grandmother|grandmother's|cousin|cousin's|friend's",
  // Review 25B: an adult the front-line writer serves or lives beside ("the tenant's fella, who is 29, stays over").
  "tenant's|tenant’s|lodger's|lodger’s|neighbour's|neighbour’s|landlord's|landlady's|guest's|guest’s|customer's|customer’s|passenger's|passenger’s",
];

/** Cues that the relationship described is a friend's, not the child's. */
export const FRIEND_CUES: readonly string[] = ['friend|friends|mate|mates'];

/** Cues of a sexual context. */
export const SEXUAL_CUES: readonly string[] = [
  'sex|sexual|sexually|intercourse|kiss|kissed|kissing|touched|touching|oral|rape|raped|naked|nude|nudes|explicit|indecent|intimate|slept|penetrat*',
];

/** Cues of drug supply, county lines and gangs (child criminal exploitation). */
export const CCE_CUES: readonly string[] = [
  'drug|drugs|dealer|dealers|dealing|county|crack|heroin|cocaine|cannabis|weed|wraps|trap|olders|elders|gang|gangs|line|lines|deal-line',
];

/** Cues that a choice is about going missing, adults, substances or sex: the contexts where "choice" blames. */
export const RISK_CONTEXT_CUES: readonly string[] = [
  'missing|car|cars|men|males|man|adults|older|olders|drugs|drink|drinking|alcohol|sex|sexual|gang|gangs|dealer|dealers|party|parties|hotel|hotels|flat|address',
  'exploit*|abuse|abused|abuser|abusers|perpetrator|perpetrators|boyfriend|risk|risks|danger|dangerous|unsafe|strangers',
  'stay|stayed|staying|stays out',
  'run|ran|running|runs away|off',
  'go|went|going|return|returned|returning back',
  'with him|them',
  'with the|that|this group|lads|olders',
  // Round 24: a debt worked off or a takeaway ("chose to work in the nail bar to pay off his family's loan", "regarded as
  // having chosen to return to the takeaway").
  // Fix 24A: a debt owed or worked off, a return to the takeaway; not a Saturday job, a takeaway tea or a student loan.
  'pay|pays|paid|paying|work|working off|back [the|a|his|her|their] [*] debt|debts|loan|loans',
  'owes|owed|owe [them|him|the|a] [*] money|debt|debts',
  'debt|debts bondage',
  'return|returned|returning|go|went|back to the takeaway|takeaways',
];

/**
 * Words of exploitation, adults, drugs, sex, money and harm: any of them in the sentence shows the context for entries
 * marked `contextInSentence` (types.ts). Broad on purpose; only entries whose wording is rarely innocent take it.
 */
export const EXPLOITATION_CONTEXT_CUES: readonly string[] = [
  'exploit*|groom*|cse|cce|abuse|abused|abuser|abusers|trafficked|trafficking|county|drug|drugs|crack|heroin|cocaine|cannabis|weed|parcels|packages|trap|gang|gangs|olders|elders',
  'men|man|male|males|adult|adults|older|sex|sexual|sexually|missing|hotel|taxi|taxis|car|cars|money|cash|debt|owes|assault|assaulted|rape|raped|robbery|knife|threatened',
  'slap|slapped|punched|kicked|hit|hurt|injury|injuries|bruise|bruises|bruising|cuts|boyfriend|partner|owed',
  // Threats and unwanted touching ("the threats between the two groups", "the boys grabbing girls") (round 21). Not
  // "threat" ("the threat of exclusion") or "grabbed" ("he grabbed his bag and left"): review 21b L18.
  'threats|threatening|grabbing|groping|groped',
  // Images of the child (online abuse: "sent the pictures willingly").
  'pictures|pics|photos|images|nudes|nude|selfies|videos',
  AGE_TOKENS,
];

/**
 * A partner of the child's own age, 15 to 17 ("with her boyfriend who is 16", "her boyfriend, 16,", "with a 16-year-old
 * from college", "both are 16", "a girl his own age"): consent or sex between peers of that age is not an adult's abuse
 * named as the child's choice (round 23). Not a younger child's partner: under 15 the wording stays a finding.
 */
export const SAME_AGE_PARTNER_CUES: readonly string[] = [
  'with her|his|their [*] boyfriend|girlfriend|partner [who] [is|aged] [also] 15|16|17',
  'her|his|their boyfriend|girlfriend|partner 15|16|17',
  'with a|an|her|his|their 15-year-old|16-year-old|17-year-old|15yo|16yo|17yo',
  'same|similar age|year',
  'her|his|their own age',
  'both are|aged 16|17',
  'both 16|17',
];

/**
 * An adult describing their own youth ("Dad says he was out of control as a teenager", "Mum was sexually active in her
 * teens", "when she was a teenager she ran away"): the words are not said of the child (round 24; fresh23 hard
 * negatives keep a parent's own history). Past tense or a possessive only: "as a teenager in care, Jade is ..." is not
 * among them.
 */
// Fix 24A: the adult named as the subject (a parent or relative, or the writer), since "was described by police as a
// teenager who", "in her teens she was described as", "when she was a teenager of 13" and "in her youth club" are said
// of the child.
const OWN_PAST_ADULT =
  'mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|nan|gran|grandma|grandad|grandmother|grandfather|aunt|auntie|uncle|i';
const OWN_PAST_SAYS = '[*] [says|said|admits|admitted|told|tells|explained|explains|recalls|recalled|remembers] [that]';
export const ADULT_OWN_PAST_CUES: readonly string[] = [
  // Not "teen": "was advertised as a teen escort".
  `${OWN_PAST_ADULT} ${OWN_PAST_SAYS} [she|he|they|i] was|were [*] [*] [*] [*] as a teenager|youngster`,
  `${OWN_PAST_ADULT} ${OWN_PAST_SAYS} [she|he|they|i] was|were|had|has|did|got [*] [*] [*] [*] in her|his|their|my youth|teens`,
  `${OWN_PAST_ADULT} ${OWN_PAST_SAYS} [that] when she|he|they|i was|were a teenager|teen|youngster`,
  `${OWN_PAST_ADULT} ${OWN_PAST_SAYS} [that] in her|his|their|my youth|teens`,
  // Review 24E: an adult named before it ("her mum was groomed as a teenager herself"), not "As a teenager herself,
  // Chloe (15) ..." of the child.
  `${OWN_PAST_ADULT} [*] [*] [*] [*] [*] as a teenager|youngster|teen herself|himself|myself|themselves`,
  'in her|his|their|my own youth|teens',
  'in her|his|their|my younger years|days',
  `${OWN_PAST_ADULT} ${OWN_PAST_SAYS} [she|he|they|i] was|were|had|has|did|got [*] [*] [*] [*] in her|his|their|my teenage years|days`,
];

/** Everyday choices that are not a risk context. */
export const EVERYDAY_CHOICE_CUES: readonly string[] = [
  'college|school|university|uni|course|class|lesson|lessons|study|studying|apprenticeship|job|homework|gcse|gcses|subject|subjects|option|options|career',
  'sandwich|lunch|breakfast|dinner|tea|meal|food|football|club|gym|sport|sports|swimming|music|art|volunteer|volunteering|counselling|therapy',
  // Round 24: the acts themselves ("chose to tell", "decided to report"), not a past telling before the choice: "after
  // her teacher spoke to her, Jade chose to get into the car with the men", "she told staff she chose to go".
  'disclose|tell|report|speak',
  // Fix 24A: a protective choice after a disclosure ("disclosed the abuse and chose to go to the clinic").
  // Not "told her mum and chose to go back to the men's flat".
  'disclosed|reported [*] [*] [*] [*] and chose|decided|opted',
  'divorce|separation|separated',
  // Round 23: an outing ("decided to go with them to the cinema").
  // Review 23B: not "shopping" ("went willingly with the 30-year-old to the shopping centre").
  'cinema|bowling|theatre|museum|zoo|concert|panto|pantomime',
];

export const PRONOUN_SELF = 'herself|himself|themselves|themself|yourself|myself|hisself|theirselves';
export const PRONOUN_POSS = 'her|his|their|my';

/** Adult cues that are ages only, for entries whose own words ("male friend", "older associates") are adult words. */
export const ADULT_AGE_CUES: readonly string[] = ADULT_CUES.slice(1);

/** Drug supply cues without the verbs the CCE entries themselves use ("dealing", "selling", "working"). */
export const DRUG_SUPPLY_CUES: readonly string[] = [
  'drug|drugs|county|crack|heroin|cocaine|cannabis|weed|wraps|olders|elders|gang|gangs|line|lines|deal-line|parcels|packages|trap|pwits|shotter|shotters|dealers|dealer',
];

/** Child-centred wording of criminal exploitation ("made to deliver", "exploited to sell"): the CCE labels do not apply. */
export const CHILD_CENTRED_CCE_CUES: readonly string[] = ['exploited|forced|made|coerced|groomed|pressured|pressurised|trafficked|compelled|threatened'];

/** Adults, family and other people: for entries about the child that are often written about someone else. */
export const ADULT_OR_OTHER_CUES: readonly string[] = [
  'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|dealer|dealers|exploiter|exploiters|offender|offenders',
  ...OTHER_PERSON_CUES,
];

/** Cues that a decision is about going with adults, missing or exploitation, narrower than RISK_CONTEXT_CUES. */
export const STRONG_RISK_CUES: readonly string[] = [
  'missing|men|males|adults|olders|elders|gang|gangs|dealer|dealers|exploiters|abusers|hotel|party|parties|drugs|alcohol|sex|sexual|county',
  'older man|men|males|boys|lads',
  'in|into the|a car|cars',
  // Round 29b: a missing child found again and again elsewhere ("she keeps being found in Luton").
  // Review 29b: found somewhere or with someone, not "keeps getting found asleep in class".
  'keeps|kept|keep being|getting found|located|recovered in|at|with',
];

/**
 * "Despite being warned", "carry on offending": a choice word next to these is the blaming sense even where the note
 * does not name the adults or the place (a choice word followed by "carry on offending" or "despite warnings").
 */
export const AGAINST_ADVICE_CUES: readonly string[] = ['despite|regardless|warned|warning|warnings', 'offending|offend|offences|reoffending'];

/** Professionals, procedures and medical decisions: the contexts where "decision", "choice" and "consent" are neutral. */
export const PROFESSIONAL_CUES: readonly string[] = [
  'police|officer|officers|worker|workers|social|team|manager|managers|strategy|meeting|conference|panel|mash|agency|agencies|professional|professionals|court|school|college',
  'contraception|contraceptive|treatment|medical|medication|fraser|gillick|vaccine|vaccination|test|testing|referral|disclose|disclosed|tell|report|support|help',
];

/**
 * Wording that hangs a label on the child ("described as", "seen as", "regarded as", "dismissed as"). Reviews quote
 * professionals' labels in this frame ("she was regarded as a willing participant"), usually without the context cue a
 * label entry needs in a running note, and the frame itself shows that the word is a label for the child. Only label
 * entries take it; words with an everyday meaning ("working", "choice") still need their own cues.
 */
export const LABEL_FRAME_CUES: readonly string[] = [
  'described|describes|describe|seen|saw|see|sees|regarded|regards|viewed|views|perceived|portrayed|characterised|characterized|treated|treats|dismissed|labelled|labeled|branded|painted|recorded|known [*] as',
  'referred|refers to [*] as',
  'considered|deemed|judged|labelled|labeled|branded|called [to] [be]',
  'thought|believed|assessed|felt|found to be',
  // Round 23: the record or the person between the verb and "as" ("described in the OASys as mature for her age",
  // "described by the police officer as teenage drama").
  'described|recorded|logged|documented|characterised|characterized|portrayed|labelled|labeled in|by [the|a|an|her|his|their] [*] [*] as',
  // Round 24: a group of children named between the verb and "as" ("described the Somali girls as mature for their
  // age", "saw these boys as willing").
  'described|describes|describe|regarded|regards|seen|saw|viewed|views|perceived|portrayed|characterised|characterized|treated|labelled|labeled|branded the|these|those|both|some|all|many [*] [*] girls|boys|children|girl|boy|child|teenagers|teenager|teens|pupils|people as',
];

/** School, club and volunteering wording: there "willing" or "a willing participant" is praise, not consent. */
export const EVERYDAY_PARTICIPATION_CUES: readonly string[] = [
  'class|classes|lesson|lessons|discussion|discussions|club|clubs|project|projects|volunteer|volunteers|helper|helpers|learner|learners|sport|sports|game|games|team|teams|research|study|survey|play|plays|drama|choir|trip|trips|event|events|assembly|workshop|workshops',
];

/** "Liar", "lying", "not credible": the wording shared by the entries that call the child untruthful. */
export const UNTRUTHFUL = {
  category: 'blames_child',
  explanation: 'Labels the child as untruthful. Inconsistent accounts are common after trauma (forget, freeze) and from children under threat.',
  alternatives: [
    'The child’s accounts differ: this is common after trauma or when a child is frightened; record each account',
    'The child may be under pressure not to tell: record what they said and when',
  ],
  source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md)
} as const satisfies Partial<LexiconEntry>;

/** "Difficult", "challenging": the wording shared by the entries that label the child by adults' trouble with them. */
export const ADULT_TROUBLE_LABEL = {
  category: 'blames_child',
  explanation: 'Labels the child by the trouble adults have with them, not by what is happening to the child.',
  alternatives: [
    'Describe the behaviour and what may lie behind it: the child may be being harmed or exploited',
    'The child is showing distress through [behaviour]',
  ],
} as const satisfies Partial<LexiconEntry>;

/**
 * Words of a writer who criticises the wording they report ("The reviewer notes that the girls were described as making
 * their own choices", "the thematic review criticises the YOT for describing the boys as working for the dealers"): no finding in such a sentence is the
 * writer's own wording. The whole sentence is searched (CONTEXT_IN_SENTENCE_WINDOW tokens each side).
 */
export const CRITICISM_CUES: readonly string[] = [
  'criticised|criticises|criticized|criticizes|criticising|criticizing|criticism|criticisms|condemned|condemns|condemning|wrongly|mislabelled|mislabeled|mislabelling|mislabeling|labelling|labeling|victim-blaming|reviewer|reviewers',
  // Round 13: a writer who forbids or corrects the wording ("we must not write that she put herself at risk", "described
  // as criminally exploited rather than as a drug runner", "the review is critical that the file called them boyfriends").
  'must|should|will|do not|never describe|write|refer',
  "mustn’t|mustn't|shouldn’t|shouldn't|won’t|won't|don’t|don't describe|write|refer",
  'must|should not|never call',
  "mustn’t|mustn't|shouldn’t|shouldn't call",
  'rather than as',
  // Round 24: "treated the girls as troublesome instead of as children being abused". Fix 24A: what was done, not the
  // writer's own "should be treated as an offender instead of as a victim".
  'was|were|been|has|have|had|they|police|staff|professionals|agencies|services|officers|workers|school|schools treated|saw|seen|viewed|regarded|described|labelled|labeled|dealt|responded [*] [*] [*] [*] [*] [*] instead of as',
  'is|was|were critical',
  'rejects|rejected|challenged|challenges|corrected|corrects the way|entry|entries|wording|description|term|label',
  'should|must have never|not described|called|written|recorded',
  'should have described|called|written',
  'nobody|no-one should',
  'no one should',
  'was|is wrong and harmful',
  // "the guide says we should avoid saying a child is putting herself at risk" (training and supervision notes)
  'avoid|avoids|avoiding saying|using|describing|writing|calling',
  'wrong to call|describe|label|refer',
  'hid|hides|hide|hiding the abuse|exploitation',
  // Round 26: the crimes the wording hid ("described the men who abused the girls as boyfriends, which the panel said hid
  // the crimes"); a remark withdrawn or a word replaced in a record ("the officer withdrew his earlier remark that she
  // was asking for it", "asked that the word promiscuous be struck out and replaced with a description of the abuse").
  // Tied to a record's or a speaker's words, not to the child's doings ("she withdrew from college", "he hid the drugs").
  // Review 26: said of a label or the record, not of the child ("which the panel said hid the crimes", not "Tyler hid the
  // crimes he was involved in" or "she hid the grooming from her mum").
  'which|label|labels|labelling|term|terms|word|words|wording|language|phrase|phrases|description|descriptions|record|records|entry|entries [*] [*] [said|says|say|found|felt|agreed|thought] hid|hides|hide|hiding the|their crime|crimes|grooming|rape|rapes',
  // (Not a description or words: "she retracted her description of the man" is the child's account.)
  'withdrew|withdraws|withdrawn|withdraw|retracted|retracts|retract his|their|the|that [earlier|previous|original] remark|remarks|comment|comments|label|wording|language|term|phrase',
  // Review 26: not "her comment", which is often the child's own account ("she retracted her comment that the lads were
  // grooming her"); her remark or label is a speaker's ("Mum withdrew her remark that ...").
  'withdrew|withdraws|withdrawn|withdraw|retracted|retracts|retract her [earlier|previous|original] remark|remarks|label|wording|language|term|phrase',
  'replaced|replace with|by a|an [accurate|proper|full] description|account of the|her|his|their abuse|exploitation|harm|grooming',
  'they were|are children|victims',
  // Round 16: a writer who counts, retires or challenges a record's term ("the review counts forty uses of the phrase
  // risky behaviour", "the partnership has stopped using the term older boyfriend", "challenged the earlier entry
  // calling her streetwise", "record that she was raped, not that she had sex with them").
  'the phrase|phrases|term|terms|label|labels|word|words [*] [*] [*] in|from [her|his|their|the] file|files|record|records|notes|log',
  'uses|use of the phrase|term|label|word',
  // Tied to a word about wording: "she stopped using cannabis", "he stopped calling his mum" and "not that she cares"
  // are the child's doings, not a writer retiring a term (found in review).
  'stopped|stop|stops|ceased using|describing|calling|writing [her|him|them|children|young] the|that|this [*] term|phrase|label|word|wording|language',
  'no longer uses|use|used the|that|this [*] term|phrase|label|word|wording|language',
  'challenged|challenges|challenge|corrected|corrects the|an|that earlier|previous|old|original entry|record|note|description|label|wording',
  // "The IRO challenged the 2012 entry that called Leah promiscuous" (round 21)
  'challenged|challenges|challenge|corrected|corrects|questioned|questions the|an|that 19*|20* entry|entries|record|records|note|notes|description|label|wording',
  'not that she|he|they had|has|have sex|consented|consents|chose|choose|agreed|agrees',
  // Round 29: training and guidance that name wording to avoid ("the training slide says never to write that a child
  // 'chose' to be abused", "the phrase 'putting herself at risk' shifts blame onto the child", "language such as 'risky
  // behaviour' places the responsibility on the victim", "the term 'child prostitute' must not be used"). Tied to writing
  // or to a word about wording: not "told her not to say anything", nor "she shifts the blame onto others".
  // Review 22A: not "told not to record the men's details" (advice to the child).
  // Review 29: of wording only ("never to write that a child 'chose'"), not "advised never to record the men's numbers".
  'never to write|describe|record that|as',
  'not to write|describe that|as',
  'do not record that|as',
  'never record that|as',
  'phrase|phrases|term|terms|word|words|wording|language|label|labels|expression|expressions [*] [*] [*] [*] [*] shifts|shift|shifted|shifting|puts|put|putting|places|placed|placing blame|responsibility',
  'phrase|phrases|term|terms|word|words|wording|language|label|labels|expression|expressions [*] [*] [*] [*] [*] shifts|shift|shifted|shifting|puts|put|putting|places|placed|placing the blame|responsibility',
  'blame|responsibility onto|on the child|children|victim|victims|young person',
  // Review 24E: said of a term, not of a thing ("the flat must not be used by her again", "her phone should not be used").
  'phrase|phrases|term|terms|word|words|wording|language|label|labels|expression|expressions [*] [*] [*] [*] should|must not be used|written|recorded',
  "phrase|phrases|term|terms|word|words|wording|language|label|labels|expression|expressions [*] [*] [*] [*] shouldn't|mustn't|shouldn’t|mustn’t be used|written|recorded",
  // Round 22: "asked that the court be told he was groomed, not that he joined a gang".
  // Review 22A L21: after the harm the writer names ("he was groomed, not that he joined"), not a sentence that opens
  // "Not that she wanted to go, but she chose to stay".
  'groomed|exploited|coerced|forced|trafficked|threatened|pressured|targeted|victim|victims [*] not that she|he|they joined|wanted|decided|volunteered',
  // Round 17: a writer who apologises for, withdraws, rejects or counts a record's wording, names the harm it hid, or
  // states the law against it ("the force apologised to her family", "the entry was later withdrawn", "the review
  // rejects every use of it", "appears 43 times", "stopped officers from seeing the abuse", "a child cannot consent").
  // Each is tied to wording about records or the law, not to the child's doings ("she apologised to staff", "she was
  // withdrawn", "he used cannabis three times" are not cues).
  'apologised|apologized|apologises|apologizes|apology|apologies to [*] [*] family|families|victim|victims|girl|girls|boy|boys',
  'was|were|has|have [been] later|since|subsequently withdrawn|corrected|amended|retracted|removed|deleted|struck',
  'misconduct hearing|hearings|investigation|investigations|proceedings|notice',
  'ever described|called|recorded|labelled|labeled|treated|written',
  'a|an serious error|failing|failure',
  'reflected|reflects|reflect|showed|shows a|the failure|failures',
  // A verdict on the wording ("calling him a drug runner would be wrong", "the review says this was wrong"), not "this
  // was wrong" on its own: "he chose to carry the knife, and he accepts that this was wrong" is the child's regret.
  'would be wrong',
  'review|reviews|reviewer|panel|report|inquiry|inspection says|said|found|finds|concluded|concludes|agrees|agreed [that] this|that|it was|is|were wrong',
  'as wrong|inaccurate|victim-blaming|unacceptable|harmful',
  'rejects|rejected|rejecting every|each|any|all use|uses|usage',
  'appears|appeared|occurs|occurred [*] times',
  'from seeing the|her|him|them [as] abuse|exploitation|harm|child|children|victim|victims|rape|risk',
  // A failure to see the child as a child, not a view that did ("police saw her as a child at risk and took her home").
  'failed|fail|fails|failing|failure|unable|refused to see|recognise|recognize them|her|him as children|victims',
  'failed|fail|fails|failing|failure|unable|refused to see|recognise|recognize them|her|him as a child|victim',
  'ignored|ignores|ignoring [both] [the] law|age',
  'ignored|ignores|ignoring her|his|their age',
  'disguised|disguises|masked|masks|obscured|obscures|concealed [*] rape|rapes|abuse|exploitation|grooming',
  "cannot|can't|can’t consent|choose|agree",
  "cannot|can't|can’t be a|an consenting|willing",
  'not [*] [*] but children|victims',
  'not a|an young woman|man|adult',
  'treated|recorded|logged|described the rape|rapes|abuse|exploitation of',
  // Round 18: a writer who asks for the wording to be rewritten, says it shifted attention from the adults, rejects the
  // view a record took, or says it ignored the child's age ("asked for them to be rewritten", "shifted attention away
  // from the adults", "the panel rejected the 2010 view that", "ignored the fact that he was 14", "as the 2003 notes
  // had it", "should not be described as", "could not have been", "should have been challenged"). Each is tied to
  // wording about a record or a view, not to the child's doings ("she rejected the offer", "he ignored staff").
  'rewritten|reworded|rephrased|re-written|re-worded',
  'shifted|shifts|shifting|shift|moved|moves|diverted|diverts|deflected|deflects attention|focus|blame|responsibility away|from|onto',
  'rejected|rejects|rejecting|challenged|challenges|questioned|questions|disputed|disputes the|that|this|an [*] [*] view|views|idea|notion|assumption|assumptions|belief|suggestion|characterisation|characterization|reliance',
  'reliance on the|that|this idea|notion|term|language|label|view',
  // The child's age or status ignored, not any fact ("his mum ignored the fact that he had cash").
  'ignored|ignores|ignoring|overlooked|overlooks|missed the fact that [*] was|were|is|are [only|just] 10|11|12|13|14|15|16|17|under',
  'ignored|ignores|ignoring|overlooked|overlooks|missed the fact that [*] was|were|is|are a child|minor|victim',
  'as the [*] [*] note|notes|record|records|file|files|entry|entries|log|logs|minutes|report|reports had|have it',
  'should|must not be described|called|recorded|labelled|labeled|written|referred|seen|treated|viewed',
  'which|it|this|that could|can not|never have been',
  'could|can not|never be consensual|consent|voluntary',
  "cannot|can't|can’t be in a|an [*] [*] relationship|relationships",
  'should|must have been challenged|questioned|corrected|reworded|rewritten',
  'asked|told|reminded|instructed|advised|encouraged [*] staff|workers|officers|colleagues|practitioners|professionals|everyone|teachers to stop|avoid writing|describing|calling|recording|saying|using',
  'the language of the|that|this|a [*] [*] report|record|records|note|notes|file|entry|log|minute|minutes',
  'led|leads|lead to [the] her|him|them|child|girl|boy|children|girls|boys being treated|seen|viewed|regarded|dealt|blamed|criminalised|criminalized',
  'noted|notes with concern',
  'which|this|that is|was [sexual|criminal] exploitation|abuse|rape|grooming|trafficking',
  'which|this|that amounts|amounted to [sexual|criminal] exploitation|abuse|rape|grooming|trafficking',
  // Round 19: a writer who asks a named professional to stop a wording, or counts where a term was used ("asked the
  // nurse to stop describing", "the term out of control was used in 31 records").
  'asked|told|reminded|instructed|advised the|a nurse|doctor|clinician|worker|teacher|officer|author|writer|gp to stop|avoid',
  'the term|phrase|label|wording [*] [*] [*] [*] was|were|is|are used|written|recorded|found',
  // Round 20: a verdict on what the wording did ("says this hid her sexual abuse", "this wording missed that she was a
  // child being abused", "this contempt left them unprotected"), or the law stated against it ("no child of 14 can make
  // a free decision"). Tied to the child's abuse, status or protection, not to what the child hid or missed ("she hid
  // her phone", "he missed the bus").
  // Not "she hid her abuse from mum" (review 2026-11-30): the wording is the subject.
  'this|it|which|language|wording|term|terms|label|labels hid|hides|hide|hiding her|his|their [sexual|criminal] abuse|exploitation|rape|rapes',
  'missed|misses|overlooked|overlooks|ignored|ignores that she|he|they was|were|is|are [only] a|children|victims|child|victim',
  'left|leaves|leaving them|her|him|children|girls|boys unprotected',
  'no child|children [of|under|aged] [*] can|could',
  // Round 21 (published reviews, res-lang probe): a writer who says the wording hid signs of abuse, names the term as
  // a term, or states the guidance ("put down to normal teenage behaviour when they were signs of grooming", "a term
  // now recognised as abusive", "the wrong word", "avoid phrases suggesting", "children do not make lifestyle choices",
  // "seen as rebellious when they were being raped", "treated it as sexual harassment"). Not "dismissed as" alone: "the
  // touching was dismissed as banter" is a note recording the minimising (variants.test.ts). Not "such as calling" nor
  // "previously labelled": a review quoting old records keeps the quoted finding ("previous records describe her as
  // 'promiscuous'", eval README).
  'when|while|whereas they|it|this were|was|are|is [clear] signs|sign|evidence|indicators|indicator of [sexual|criminal] abuse|exploitation|grooming|harm',
  'term|terms|word|words|label|labels|phrase|phrases now recognised|recognized|seen|considered|understood|regarded|known',
  // Not "the inappropriate language he used to staff".
  'the|a wrong|incorrect word|term|label|phrase|language',
  'the|a inappropriate word|term|label|phrase',
  'avoid|avoids|avoiding phrases|words|language|terms|wording|labels',
  // Not "children do not go to the youth club any more".
  'children|people do not choose|make|consent|put|place|become|keep',
  "children|people don't|don’t|never choose|make|consent|put|place|become|keep",
  'when|while|whereas they|she|he were|was being [sexually|criminally] abused|raped|exploited|groomed|trafficked|controlled',
  // After "but": "police recorded it as sexual assault; her boyfriend, 25, was arrested" is a note.
  'but|whereas [the] [*] treated|recorded|logged|described it|this as [sexual|criminal] harassment|abuse|exploitation|assault|rape|grooming',
  'blamed|blames|blaming the|a child|children|victim|victims',
  // "treated as offenders rather than victims", "describes the word as dehumanising", "which the review identified as
  // adultification bias", "interpreted as choosing not to engage" (not "read as": "the message read as a threat"), "left them
  // feeling responsible for their abuse", "are often deemed culpable".
  // Not "rather than a child": "saw her as 'a little trollop' rather than a child" keeps its quoted finding (fresh12).
  'rather than victims|children',
  // Probe 23: only after a frame ("treated him as an offender rather than a victim", "seen as complicit rather than a
  // victim"): "he is a perpetrator rather than a victim" is the wording itself (perpetrator_not_victim_probe23).
  'as [a|an] [*] [*] [*] rather than a|an victim',
  'as dehumanising|dehumanizing|demeaning|stigmatising|stigmatizing|offensive|outdated|blaming',
  'adultification|adultified|adultifying|adultify',
  'misread|misinterpreted|misconstrued|interpreted|construed as',
  'responsible for their|her|his [own] abuse|exploitation|rape|rapes|harm',
  // Not "she was deemed responsible for her debt".
  'deemed|judged culpable|blameworthy',
  // "officers should never have described a 14-year-old as consenting", "the file's description of him as a drug dealer
  // was corrected by the YOT".
  'should|must never have described|called|written|recorded|labelled|labeled|treated',
  // Not "retracted by": an allegation retracted by the child is no correction of the wording.
  'was|were|been corrected|amended|reworded|rewritten by',
  // Guidance as reviews and training notes quote it: "young people are not putting themselves at risk: they are being
  // forced", "were not seen as victims", "language that suggests a child is complicit", "instead of saying 'involved in
  // CSE'", "even when the activity appears consensual" (Home Office definition of exploitation).
  'children|people are|were not putting|placing|recruited|involved|choosing|making|consenting|criminals|offenders|prostitutes',
  // Plural only: "Kai is a known drug dealer and was not treated as a victim" keeps its finding (tune4).
  'not|never seen|treated|recognised|recognized|regarded|viewed as victims|children',
  'language|wording|words|terms|phrases that|which suggest|suggests|suggested|imply|implies|implied',
  'instead of saying|writing|using|describing|calling|recording',
  // Not "even when it seems": "even when it seems she is happy with her boyfriend (30)" is a note.
  'even if|when the activity|contact appears|appear|seems|seem',
  // Round 22: a writer who removes, questions or refuses the wording ("removed a line about Hollie being difficult",
  // "I do not accept that Theo is a troublemaker", "refused to grade her disappearance as low risk", "were asked not to
  // call Louie hard to reach", "challenged the night worker's entry that called Nia attention seeking"), or explains the
  // behaviour as coping ("running off is how Kayden copes when he is scared"). Each is tied to wording about a record or
  // to the writer's own voice ("I", "we"): not "she did not accept the offer", "he refused to go".
  // (The coping explanation is now COPING_CUE in lexicon.ts, on the labels it explains: review 22B L11.)
  'removed|deleted|struck|crossed a|the|an line|entry|sentence|comment|reference|note|word|words about|calling|describing|that',
  // Probe 25: minutes in which a member withdraws a word or the chair strikes it out ("DS K withdrew the word
  // 'consensual'", "the chair struck out 'putting herself at risk'"). A chair or a wording noun, not "she struck out at
  // staff" or "he withdrew from college".
  // Review 25B: not the child's own retraction ("she retracted her description of the man").
  'withdrew|withdraws|withdrawn|retracted|retracts the|that|this word|words|term|terms|phrase|phrases|label|remark|comment',
  'chair|chairs|chairperson|minute-taker|minutes struck|strikes|crossed|crosses out',
  'struck|crossed out the|that|this word|words|term|terms|phrase|phrases|label|description',
  // Probe 25: more of how minutes, training notes and reviews retire a quoted term ("the chair corrected this to",
  // "SW objected to 'boyfriend'", "the word 'runner' was crossed out", "replaced with 'child exploited ...'", "reminded
  // members not to use", "withdrew it after discussion", "should never have appeared in her file", "we agreed not to
  // call her a runaway", "has stopped describing children as", "which the chair challenged", "Training note: avoid").
  // Each is tied to a member, a wording noun or a describing verb, not to the child's doings.
  // Review 25B: a member or the minutes, not "she amended it to say she went willingly".
  // Review 25F: "amended" only by a member or the minutes, not "we amended it to add weekly checks".
  'chair|chairs|sw|member|members|minutes|we|i corrected|corrects this|it|that to',
  'chair|chairs|sw|member|members|minutes amended|amends this|it|that to',
  // Review 25B: a member of the meeting, not "police objected to bail" or "school objected to the move".
  // Review 25F: not an objection to a plan ("SW objected to the move as she is promiscuous"); an objection to a word is
  // the older cue below ("objected to the word").
  'sw|chair|chairs|member|members|i|we objected|objects|objecting to the|that|this|their|his|her term|terms|label|labels|description|wording',
  // A member's request for other words ("SW objected to 'boyfriend' and asked that he be called the 24-year-old man").
  'asked|asks that he|she|they|it|this be called|described|referred|recorded',
  'replaced|replace|replaces|replacing with [a|an|the] adult|abuser|exploited|abused|groomed|raped|victim|child|children|perpetrator|offender|man|male',
  'withdrew|withdraws|withdrawn|retracted it|this|that after|following discussion|challenge|challenges',
  // Review 25B: a reminder to members, not "she asked staff not to say anything to mum".
  // Review 25F: not "say" ("I asked staff not to say anything to mum as she is terrified").
  'reminded|reminds|advised|advises|urged|urges|instructed members|staff|colleagues|coaches|officers|everyone|professionals|practitioners|workers|carers|teams|agencies not to use|write',
  'reminded|reminds|advised|advises|urged|urges|instructed members|staff|colleagues|coaches|officers|everyone|professionals|practitioners|workers|carers|teams|agencies not to say he|she|they|that|it|the|word|words',
  'i|we|chair|sw told|tell|asked|ask [the] [other|all] members|staff|colleagues|coaches|officers|everyone|professionals|practitioners|workers|carers|teams|agencies not to use|write',
  'i|we|chair|sw told|tell|asked|ask [the] [other|all] members|staff|colleagues|coaches|officers|everyone|professionals|practitioners|workers|carers|teams|agencies not to say he|she|they|that|it|the|word|words',
  // Review 25B: in a record, not "he should not have appeared in court alone".
  'should|must never|not have appeared in her|his|their|the|a file|files|record|records|notes|report|reports|minutes|log|logs|referral',
  // Review 25B: the words as what was used, not "she should not have been used as a lookout".
  // Review 25F: "recorded" only with "never", not "the repair should not have been recorded as urgent".
  'should|must never have been written|recorded|said',
  'should|must not have been written|said',
  'word|words|term|terms|phrase|phrases|label|labels|wording|language should|must never|not have been used',
  'agreed|agree|agrees|decided|decide not to describe|label',
  // Review 25B: not "agreed not to call him as he is 25".
  'agreed|agree|agrees|decided|decide not to call [her|him|them|the|this|that] [*] a|an',
  // Review 25B: "calling" only with children as its object, not "she stopped calling her mum as her boyfriend said not to".
  'stopped|stop|stops|ceased describing|labelling|labeling children|young|her|him|them|girls|boys [*] as',
  'stopped|stop|stops|ceased calling children|young|girls|boys [*] as',
  'stopped|stop|stops|ceased describing|labelling|labeling * as',
  // A verdict on the words ("called the girls 'prostitutes' ... and said this was never acceptable"), a report's
  // recommendation on wording ("recommends that practitioners describe children who go missing as"), and the words to
  // write in place of others ("staff write 'missing from education' rather than 'truanting'").
  // Review 25B: a verdict on the words, not "he was told this is never acceptable".
  'wording|term|terms|words|description|descriptions|label|labels was|is|were|are never acceptable',
  // Review 25F: not "said" ("mum said this was never acceptable, but the girl keeps inviting the men in").
  'agreed|agrees|found|finds|concluded|concludes|noted|notes [that] this|that|such was|is|were|are never acceptable',
  'review|reviewer|panel|chair|inspector|inspection|report|audit|iro|court|judge said|says [that] this|that|such was|is|were|are never acceptable',
  // Review 25B: not the child's own language ("her language was not acceptable tonight").
  'wording|term|terms|words|description|descriptions|label|labels was|is|were|are not acceptable',
  'this|that|such language was|is|were|are not|never acceptable',
  // Review 25B: a recommendation on wording, not "the doctor recommended that staff monitor her".
  // Review 25F: the words, not a task ("the GP recommended that staff record her weight", "police recommend that staff
  // call 101 when she goes missing").
  'recommends|recommended|recommend that practitioners|staff|professionals|officers|workers|agencies|schools|police describe|write|say|avoid',
  'staff|we|practitioners|officers|professionals|workers write|say|use|record [*] [*] [*] [*] [*] rather than|instead of',
  // Review 25B: not a manager challenging the child ("she ran off again, which the manager challenged her about").
  'which|this|that the|a chair|chairs|member|members|panel|review|reviewer|iro challenged|questioned|disputed|rejected|corrected',
  // Review 25B: not "the boy that was questioned at the station".
  // Review 25F: by a member, not any account questioned ("she said she was at Chloe's, which was questioned as Chloe's mum
  // said she wasn't there", "logged as a fight, which was later challenged").
  'which|this was|were|is [later|then] challenged|questioned|disputed|rejected|corrected by [the|a] chair|chairs|member|members|panel|review|reviewer|iro|sw',
  // Review 25B: not "GP practice notes say she is sexually active".
  // Review 25F: not "training notes", a coach's heading ("Coach training notes: she has been sleeping around").
  'training note|guide|briefing',
  'guidance note|notes|guide|briefing',
  'practice guide|guidance|briefing',
  // A review's verdict that the words hid the harm ("'mature for her age', which the review said hid the grooming").
  'said|says|found|finds|concluded|concludes [that] [it|this|the|these|those|such] [words|wording|term|terms|label|labels|description] hid|hides|masked|masks|obscured|obscures the|her|his|their grooming|abuse|exploitation|rape|harm',
  // Review 25B: the verdict after the label ("said she had an attitude problem, which hid the grooming").
  'which|that hid|hides|masked|masks|obscured|obscures the|her|his|their grooming|abuse|exploitation|rape|harm',
  'i|we do|did not accept|agree that',
  "i|we don't|don’t|didn't|didn’t accept|agree that",
  // Review 22A L20: the writer's own refusal, or a refusal to grade or record the child's episode as something small or
  // as her choice. Not the child's refusal ("she refused to describe the men"), nor a refusal that used the blaming
  // reason ("the officer refused to treat it as abuse because she is streetwise": the writer reports it).
  'i|we refused|refuse|declined|decline to grade|record|class|classify|log|describe|treat|call|label',
  'refused|refuses|declined|declines to grade|downgrade',
  'refused|refuses|declined|declines to record|class|classify|log|describe|treat|label [her|him|them|it|this|that] [*] [*] [*] as low|lower|medium|standard|no|nfa|consensual|consenting|voluntary|willing|promiscuous|streetwise|absent|absconding|lifestyle',
  'refused|refuses|declined|declines to record|class|classify|log|describe|treat|label [her|him|them|it|this|that] [*] [*] [*] as a|an|her|his|their choice|choices|lifestyle|runaway|absconder|offender|criminal|prostitute|perpetrator',
  // Review 22A L1: professionals told not to use a word, or anyone told not to use the word itself. Not the child told
  // not to use drugs or an app, or not to record the men's details. Review 22B L17: no bare "use" ("officers were told
  // not to use force"); "use" needs the wording object of the next line.
  'staff|officers|officer|workers|colleagues|professionals|practitioners|everyone|team|teams|carers|group|members|panel|agencies|police [were|are|was|is|have|has|had] [been] asked|told|reminded|instructed|advised not to describe|label|write|record',
  'asked|told|reminded|instructed|advised staff|officers|workers|colleagues|professionals|practitioners|everyone|teams|carers|members|agencies not to describe|label|write|record',
  // Review 22B L17: "call" needs a label after the person ("not to call her promiscuous", "not to call Louie hard to
  // reach"), not "told not to call her mum" or "the police".
  'staff|officers|officer|workers|colleagues|professionals|practitioners|everyone|team|teams|carers|group|members|panel|agencies|police [were|are|was|is|have|has|had] [been] asked|told|reminded|instructed|advised not to call * [*] a|an|promiscuous|streetwise|hard|difficult|attention|attention-seeking|risky|manipulative|sexualised|sexualized|challenging|aggressive|naughty|liar|troublemaker|prostitute|prostitutes|consenting|willing|absconder|mature|precocious|wild|feral|troubled|problem',
  'asked|told|reminded|instructed|advised staff|officers|workers|colleagues|professionals|practitioners|everyone|teams|carers|members|agencies not to call * [*] a|an|promiscuous|streetwise|hard|difficult|attention|attention-seeking|risky|manipulative|sexualised|sexualized|challenging|aggressive|naughty|liar|troublemaker|prostitute|prostitutes|consenting|willing|absconder|mature|precocious|wild|feral|troubled|problem',
  'asked|told|reminded|instructed|advised [*] [*] not to use|write|record|say the|that|this|such|those|these [*] term|terms|phrase|phrases|word|words|label|labels|language|wording',
  'challenged|challenges|questioned|questions|disputed|disputes|corrected|corrects the|an|that [*] [*] entry|entries|note|notes|record|records|description|label|wording',
  // Round 23: a writer who challenges or removes a word of a record ("the manager challenged the word 'uncooperative'
  // in the CIN minutes", "asked that the word 'runner' be removed from the minutes"), names the language of a record
  // ("the language in the 2021 referral, which described Shannon as ..."), reframes the behaviour as a sign of harm
  // ("wrote an addendum describing it as a sign of distress"), or rules out consent ("there is no suggestion that
  // Sophie consented"). Not "she questioned the word of the officer" (no record word): a wording noun is needed.
  // Review 23A: not "questioned the language used by the officer but she still chose to go" (a word is named), nor the
  // record's language "is clear: Amy chose to go" (it must go on to describe the child), nor "described this as a
  // response to trauma, but she is promiscuous" (the addendum's "describing it as"). "No suggestion that she
  // consented" is the entries' own veto (consented, chose_to): it does not reach "but she chose to go back".
  'challenged|challenges|challenge|questioned|questions|queried|queries|disputed|disputes the|that|this word|words|phrase|phrases|terminology',
  'objected|objects|objecting to the|that|this word|words|phrase|phrases|language|terminology',
  'the|that|this word|term|phrase|label|wording * [*] [*] be|been|was|were|is removed|replaced|deleted|struck|changed',
  'the language|wording|terminology in|of the|that|this|a|an [*] [*] referral|referrals|assessment|assessments|chronology|report|record|records|note|notes|file|entry|log|minutes which|that described|describes|called|calls|labelled|labels|framed|frames',
  'describing|reframing it|this|them as a|an sign|signs|symptom|symptoms|expression|response of|to distress|trauma|abuse|exploitation|harm|fear',
  // Round 24: a writer who removes, replaces, lists or counts a term as a term ("removes the term 'sugar daddy' and
  // names the man", "the minutes used the phrase child prostitution", "lists 'prostitute' ... as words to avoid", "the
  // audit found the phrase lifestyle choices in eleven files"), asks others to stop a description, says it should not
  // have been used, or that it ignored the grooming ("calling Mo a gang member ignored that he had been groomed").
  // Tied to a wording noun or a describing verb, not to the child's doings ("she removed her coat", "he stopped going").
  'removes|removed|remove|removing|replaces|replaced|replace|replacing|drops|dropped|deletes|deleted the|that|this term|terms|phrase|phrases|word|words|label|labels',
  // A record or a professional that used it, not the child ("Jade used the phrase 'my boyfriend' about the man").
  // An audit or a review that found it, not "Jade found the phrase 'you're mine' in his messages".
  'lists|listed the|that|this phrase|phrases',
  'audit|audits|review|reviewer|reviewers|panel|inspection|inspectors|report found|finds the|that|this phrase|phrases|term|terms|word|words',
  // Fix 24A: a record, not people ("Police used the phrase risky lifestyle in 2019 and Jade continues to make risky
  // lifestyle choices" is also the writer's own).
  'minutes|record|records|notes|note|file|files|report|reports|entry|entries|log|logs|referral|referrals|review used|uses|using the|that|this phrase|phrases|term|terms|word|words',
  'the|that|this phrase|phrases|term|terms|word|words [*] [*] [*] in [*] [*] file|files|record|records|notes|minutes|entries|referrals|reports',
  'words|terms|phrases|labels|language to avoid',
  // With the label frame after the person ("to stop describing Nikita as ..."), not "to stop describing sex acts".
  'to stop|avoid describing|labelling|labeling * [*] [*] as',
  // With the label after the person ("should not have called the boy a drug runner"), not "she should not have called
  // him, he is her boyfriend".
  'should|must not|never have called|described|labelled|labeled|branded [the|her|him|them] [*] a|an|as',
  "shouldn't|shouldn’t have called|described|labelled|labeled|branded [the|her|him|them] [*] a|an|as",
  // The wording as the subject ("calling Mo a gang member ignored that he had been groomed"), not "Mum ignored that
  // she was being exploited".
  'this|it|which|label|labels|term|terms|wording|language|description|member|runner|dealer|offender|criminal ignored|ignores|overlooked|overlooks that she|he|they had been|was|were groomed|exploited|trafficked|coerced|abused',
  // Probe 24: a verdict that the wording hid how vulnerable the child was or what was being done to them ("which the
  // review says hid how vulnerable she was", "obscured that she was being raped"); the child seen as a troublemaker
  // "rather than seen as a victim"; a writer who forbids, accepts as wrong, apologises for, replaces or counts the
  // wording ("should not record that", "accepts that describing her as", "apologised for describing her as", "replaces
  // boyfriend with adult male", "counted 14 records that called"); terms listed in training ("why terms such as");
  // a court's rejection of the defence's wording ("the jury rejected this"). Not "she hid how scared she was" (the child's).
  'which|label|labels|wording|term|terms|language|description|descriptions [*] [*] [*] hid|hides|hide|masked|masks|obscured|obscures|concealed|conceals how',
  // Review 24B: not "concealed", which is what a child does ("she concealed that she had been with the men").
  // Review 24E: the wording as the subject ("calling a 12-year-old sexually active obscured that"), not the child's
  // own hiding ("she masked that she had been drinking").
  'calling|describing|labelling|labeling|which|label|labels|wording|term|terms|language|description|descriptions|word|words|phrase|phrases [*] [*] [*] [*] [*] obscured|obscures|masked|masks|disguised|disguises that she|he|they was|were|is|are|had being|been',
  'rather than [being] seen|treated|viewed|recognised|recognized|regarded|protected as [a|an] victims|victim',
  // Review 24B: the wording itself, not a practice ("should not log her as missing").
  'should|must not|never record|write|use that|this|these|the|such word|words|term|terms|phrase|phrases|language|label|labels',
  'should|must not|never record|write that|this',
  'should|must not|never label|describe|call|term',
  // Review 24E: the label frame ("admits calling her a", "apologised for describing her as", "for using the term"),
  // not the child's own calls and conduct ("she admits calling the men", "apologised for using bad language").
  'accepts|accepted|accept|acknowledges|acknowledged|admits|admitted|recognises|recognised [that] describing|calling|labelling|labeling|recording [the|this|that] [*] a|an|as',
  'accepts|accepted|accept|acknowledges|acknowledged|admits|admitted|recognises|recognised [that] describing|calling|labelling|labeling|recording the|this|that|a [*] girl|boy|child|teenager|victim a|an|as',
  'accepts|accepted|accept|acknowledges|acknowledged|admits|admitted|recognises|recognised [that] treating [the] her|him|them|child|children|girl|boy|victim|victims as|like',
  'apologised|apologized|apologises|apologizes|apologising|apologizing|apology|apologies for describing|calling|labelling|labeling|recording|referring [to] [the|this|that] [*] a|an|as',
  'apologised|apologized|apologises|apologizes|apologising|apologizing|apology|apologies for describing|calling|labelling|labeling|recording|referring [to] the|this|that|a [*] girl|boy|child|teenager|victim a|an|as',
  'apologised|apologized|apologises|apologizes|apologising|apologizing|apology|apologies for treating [the] her|him|them|child|children|girl|boy|victim|victims as|like',
  'apologised|apologized|apologises|apologizes|apologising|apologizing|apology|apologies for recording|writing|using the|that|this|such|those word|words|term|terms|phrase|phrases|language|label|labels|wording|description',
  // Review 24E: a term replaced, not "replaced her school friends with a man she met online".
  'replace|replaces|replaced|replacing * [*] [*] with adult|abuser|exploited|abused|groomed|raped|victim|child|perpetrator|offender|man|male|exploitation|abuse|grooming|rape',
  'replace|replaces|replaced|replacing [the|that|this|each|every|all] word|words|term|terms|phrase|phrases|label|labels|wording|boyfriend|girlfriend|relationship|prostitute|prostitution|promiscuous|consent|consensual [*] [*] with [an|a|the] adult|abuser|exploited|abused|groomed|raped|victim|child|perpetrator|offender|man|male|exploitation|abuse|grooming|rape',
  'counted|counts|count|identified|identifies * [*] records|entries|notes|files|logs|references|instances that|which|where',
  'why terms|words|phrases|labels|language such|like',
  // Review 24E: a term not to be used, not "the flat must not be used by her again".
  'word|words|term|terms|phrase|phrases|language|label|labels|wording|description|descriptions [*] [*] [*] [*] must|should not|never be used',
  "word|words|term|terms|phrase|phrases|language|label|labels|wording|description|descriptions [*] [*] [*] [*] mustn't|mustn’t|shouldn't|shouldn’t be used",
  // Review 24B: the defence's wording, not "the court rejected the application".
  'jury|court|judge|magistrates rejected|rejects|dismissed|dismisses|disbelieved this|that',
  "jury|court|judge|magistrates rejected|rejects|dismissed|dismisses|disbelieved the|his|her|their defence|defence's|defense|defendant's|defendant’s|suggestion|suggestions|claim|claims|argument|arguments|account|description|characterisation|version",
  'which the|a jury|court|judge|panel|review|reviewer|inquiry rejected|rejects|dismissed',
  // Review 24B: a review rejecting the record's wording ("the old record says; the review rejects this").
  'review|reviewer|reviewers|inquiry|panel|audit rejects|rejected|rejecting the|this|these|such|that wording|description|descriptions|label|labels|term|terms|language',
  // Review 24B: a claim about the child, not "the accused suggested a lift".
  'defendant|defendants|defence|accused claimed|claims|argued|argues|alleged|insisted|suggested that|she|he|they|the|her|his',
  // Probe 24 (second probe): staff who no longer use the wording, a record that now names the harm instead ("not that
  // she was sexually active"), guidance ("we do not call children prostitutes"), an audit's count, a defence barrister's
  // suggestion.
  // Review 24B: the wording, not "she no longer records her feelings"; a harm named before it, not "Not that she was
  // harmed: she consented".
  'no longer describe|describes|call|calls|record|records|label|labels|refer|refers [to] [*] [*] as',
  'no longer use|uses the|this|that|such word|words|term|terms|label|labels|phrase|phrases|language',
  'exploited|abused|raped|groomed|harmed|coerced|trafficked|assaulted|victim not that she|he|they was|were|is|are|had',
  // Review 24E: a child so called, not "staff do not call a taxi".
  'we|staff|officers|professionals do not|never call|describe|label|term children|young',
  'we|staff|officers|professionals do not|never call|describe|label|term a|any child|children|young|girl|girls|boy|boys|victim|victims|teenager|teenagers|person|people',
  'audit|review|reviewer|inspection|report|panel found|counted|identified * references|instances|uses|mentions|examples',
  'defence|defense barrister|barristers|counsel|lawyer|lawyers|solicitor|team suggested|claimed|argued|alleged|put',
  // Round 25 (fresh24): a writer who has stopped a description ("we have stopped describing Jayden as streetwise"), a
  // recommendation on how to describe children ("recommends that practitioners describe children who go missing as
  // 'at risk of harm'"), a finding that professionals had labelled the children ("the review found that staff had
  // called the girls 'prostitutes'"), a record changed ("changed its behaviour log so that staff write ..."). Not
  // "calling" after "stopped" ("he stopped calling his mum as she was at work"), nor a person as the object of "called"
  // ("police found that officers had called her mum").
  // Review 25A: the writer's service, not the child or a parent ("she has stopped describing the man as her boyfriend, but
  // she is still putting herself at risk", "mum stopped referring to him as her baby").
  'we|staff|officers|police|practitioners|professionals|workers|agencies|services|team|teams|school|schools|service [have|has|had] stopped|stops|ceased|ceases describing|labelling|labeling|referring [to] * [*] [*] as',
  'recommends|recommended|recommend|recommending|advises|advised|advise [that] practitioners|staff|professionals|officers|workers|colleagues|agencies|teams|everyone describe|describes|label|labels',
  // Review 25A: an audit's or a review's finding about the children as a group, not what a log shows, nor one girl ("the
  // log shows that staff have described the boys as drug runners and Tyler is a drug runner", "police found that
  // officers had described the girl as missing, and she is now a drug runner for the men").
  'found|finds|noted|notes [that] staff|officers|police|professionals|practitioners|workers|agencies|teachers|carers had|have called|described|labelled|labeled|branded the|these|those [*] girls|boys|children|teenagers|victims',
  'changed|changes|change|amended|amends|updated|updates its|their|the [*] [*] log|logs|form|forms|template|templates|policy|guidance|wording so that',
];
