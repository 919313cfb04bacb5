// ConText triggers as data (context.ts runs them), in the matcher grammar. Sources: Harkema et al. 2009 (ConText),
// Chapman et al. 2001 (NegEx), adapted to safeguarding case-note wording.

export type TriggerKind = 'negation' | 'hypothetical' | 'historical' | 'other' | 'pseudo' | 'terminator' | 'blocker' | 'year';
type Direction = 'pre' | 'post' | 'both';
// family: a relative or the household (a finding about them maps to a familial code); adult: an unnamed adult, often the
// one exploiting the child ("the men", "the adult"), whose acts on children stay the child's findings (indicators.ts).
// sibling: a brother, sister or cousin (family, but a parent's codes such as parental substance misuse are not theirs).
// peer: the child's friends or other children (what happens to them in exploitation is a sign about the child's peers).
// pronoun: a blocker that is a pronoun (a new subject).
export type Trigger = {
  kind: TriggerKind;
  dir: Direction;
  scope: number;
  family?: boolean;
  sibling?: boolean;
  adult?: boolean;
  peer?: boolean;
  pronoun?: boolean;
  keepsSubject?: boolean;
  negationOnly?: boolean; // a terminator that ends only negation scopes (Review 23C)
  // Session 22: another person whose trigger takes in the start of the finding and still governs it: a relative owning up
  // to what they do ("Mum admitted she drinks every night": the trigger ends with "drinks").
  ownsVerb?: boolean;
};

const t = (kind: TriggerKind, dir: Direction, scope: number, patterns: string[], family?: boolean) => ({
  patterns,
  value: family === undefined ? { kind, dir, scope } : { kind, dir, scope, family },
});

// The minutes of a time of day ("14:30" is the tokens 14 and 30).
const MINUTES = Array.from({ length: 60 }, (_, m) => String(m).padStart(2, '0')).join('|');

const PERSON_SIBLINGS = [
  "brother|brother's|brothers|sister|sister's|sisters|sibling|siblings|cousin|cousins",
  'stepbrother|stepsister|step-brother|step-sister|half-brother|half-sister',
];

const PERSON_FAMILY = [
  "mum|mums|mum's|mummy|mom|mother|mother's|dad|dad's|daddy|father|father's|stepdad|stepdad's|step-dad|step-dad's|stepfather|step-father|stepmum|step-mum|stepmother|step-mother",
  "parent|parents|parent's|carer|carers|carer's|uncle|uncle's|aunt|aunty|auntie",
  'grandmother|grandma|gran|nan|nanna|nana|grandfather|grandad|granddad|grandpa|grandparents',
  // Session 22: the Welsh, Scots and Irish words for them (fresh37: "Her da is on the gear again", "Nain").
  "mam|mam's|mammy|da|da's|nain|taid|granny|granda|grandda",
  "mum's|mother's|dad's|father's partner|boyfriend|girlfriend|husband|wife",
  'boyfriend|partner of mum|mother',
  'the family|household',
];

/**
 * The trigger lexicon as data, in the matcher grammar (matcher.ts). Longer triggers mask the shorter ones they overlap
 * ("not only" masks "not"; "no further action" masks "no"), which is how pseudo-triggers work.
 */
// Reporting verbs and relatives of the pronoun rule below ("Mum said he and his brother ...").
const REPORTING = 'told|tells|said|says|explained|explains|disclosed|discloses|reported|reports|shared|described|describes';
const KIN = 'brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|stepbrother|stepsister';
// Verbs of owning up to something about oneself (round 24).
const SELF_DISCLOSING = 'admitted|admits|admit|disclosed|discloses|confessed|confesses|acknowledged|acknowledges';
// Review 24-1: ... followed by what the speaker does or did, not "had no idea", "did not know", "had let".
const SELF_DOING =
  'is|was|were|uses|used|drinks|drank|takes|took|smokes|smoked|sells|sold|deals|dealt|buys|bought|injects|injected|hits|hit|cuts|relapsed|self-harms|self-harmed|struggles|struggled|owes|owed|still|also|sometimes|often|regularly|started|starts';
// Rev-ind-3: what was done to the child, told by the relative ("Mum disclosed to police that she was being sexually
// exploited", "that she was found at a flat", "Dad disclosed that he is carrying a knife"): a longer pseudo-trigger
// (below) masks the owning-up rule, so the sign stays the child's.
const DONE_TO =
  'being|found|raped|assaulted|exploited|abused|groomed|taken|trafficked|attacked|threatened|carrying|missing|seen|picked|collected|sent|forced|targeted|approached|contacted|messaged|beaten|kicked|stabbed|robbed|touched';
const SELF_DONE = 'been|also|started|relapsed|used|taken|drunk|smoked|sold|dealt|self-harmed|hit|injected|struggled';
export const CONTEXT_TRIGGERS: readonly { patterns: readonly string[]; value: Trigger }[] = [
  // Negation, pre. Short triggers govern a few words ("no phone"); list-style ones a whole clause.
  t('negation', 'pre', 5, ['no', 'not', 'never', 'without', 'nil', 'none', 'neither', 'nor', 'absence of', 'free of', 'negative for']),
  t('negation', 'pre', 6, [
    'has|have|had|did|does|do|is|was|were|are not',
    "hasn't|haven't|hadn't|didn't|doesn't|don't|isn't|wasn't|weren't|aren't",
    'never been|had',
  ]),
  // Round 17: "no longer staying out late" says the sign has stopped (four tuning sets annotate it as negated, none as
  // historical); it was a historical trigger before. Close by only: in "she no longer has contact with her friends and
  // spends time with older men" the older men are not ruled out.
  t('negation', 'pre', 3, ['no longer']),
  // A negated subject negates what it did, close by: "nobody gives him drink", "no one has asked her for pictures".
  t('negation', 'pre', 3, ['nobody|no-one', 'no one']),
  t('negation', 'pre', 15, [
    'no concern|concerns [raised|noted|reported|identified] [about|re|regarding|around|with|for|of]',
    'no concern|concerns [raised|noted|reported|identified] in relation to',
    'no evidence|signs|sign|indication|indications|suggestion|reports|report|disclosure|history|record [of]',
    'not aware of [any]',
    'unaware of [any]',
    'denies|denied|deny|denying',
    'nothing to suggest|indicate|show',
    // Case-note forms of NegEx's list-style triggers: "no intelligence to suggest", "no reports of".
    'no intelligence|information|indication|indications to suggest|indicate [that]',
    'no known|current|recent|further|new concerns|reports|incidents|episodes [of|about|regarding|re|around]',
    'no worries [about|re|regarding]',
    // "not in" alone is a pseudo-trigger ("not in school" is itself a sign); contact is denied over a list.
    'not in contact|touch with [any]',
    'no contact with [any]',
    'no current concerns',
    // "no change" alone is a pseudo-trigger ("no change: she still goes missing"); "no change in her presentation" is not.
    'no change|changes in',
  ]),
  // Negation, post: "drug use denied", "CSE ruled out", "STI screen negative".
  t('negation', 'post', 8, ['ruled out', 'not a concern', 'not a current concern', 'not an issue', 'no concerns', 'denied', 'not present', 'not indicated']),
  // Round 24: a sign that has stopped, said after it ("Dad's drinking is no longer a concern"; fresh23). Review 24-1:
  // only the sign it follows, not one in an earlier clause ("went missing and her attendance is no longer a concern").
  t('negation', 'post', 2, ['no longer a|an concern|issue|worry|problem']),
  // Round 26: "clear" only as a result ("the urine screen was clear", "STI screen came back clear", "all clear"), not
  // visible ("though the bruises are clear").
  t('negation', 'post', 4, [
    'screen|screens|screening|test|tests|swab|swabs|x-ray|xray|scan|scans|result|results|check|checks|bloods [was|were|is|are|came|comes|come] [back] [all] clear',
    'came|come|comes back [all] clear',
    'all clear',
    'not confirmed',
    'unfounded',
    'not substantiated',
  ]),
  // Round 25: a test result a few words on ("a pregnancy test at the clinic was negative"), and what was not needed
  // ("emergency contraception was not needed this time"; pharmacy and sexual health notes).
  // Review 25C: four words, as before, unless the words between name where the test was done: a drug test six words on
  // is not about the cannabis he was found with ("found with cannabis and his drug test was negative").
  t('negation', 'post', 4, ['negative']),
  t('negation', 'post', 2, ['at|in|from|by the clinic|surgery|pharmacy|hospital|lab|laboratory|gp|centre|sarc was|were|came [back] negative']),
  // Review 25C: right after the sign, not a treatment a few words on ("She cut her arms and stitches were not needed").
  t('negation', 'post', 0, ['was|is|were not needed|required']),

  // Pseudo-triggers: look like triggers, are not.
  t('pseudo', 'both', 0, [
    // A threat is real even when it is put as a condition: "the men told him they would burn his mum's house down".
    'told|threatened|warned him|her|them [that] they|he|she would|will hurt|kill|stab|burn|beat|shoot|harm|smash|cut|find|come',
    // Round 17: the same threat without the object, in the passive, or with the condition named ("he was told they would
    // stab his mum if he went to the police", "his sister would be hurt if he did not make the drop"). The condition is
    // the child's silence or compliance, not whether the harm is real; "if he keeps carrying" is a present fact.
    'told|threatened|warned [that] they|he|she would|will hurt|kill|stab|burn|beat|shoot|harm|smash|cut|find|come',
    'would|will be hurt|stabbed|killed|harmed|beaten|burned|shot|attacked',
    // Probe 24: the same threat in street words ("she was told she would be 'done over' if she did not go back").
    'would|will|gonna [get] [be] done over|in',
    'if she|he|they talks|talk|talked|tells|tell|grassed|grasses|snitched|snitches',
    'if she|he|they went|goes|go to the police',
    'if she|he|they did|does not pay|make|send|deliver|drop',
    "if she|he|they didn't|doesn't pay|make|send|deliver|drop",
    'if she|he|they keeps|keep|continues|continue',
    // "She keeps none of the money": the "none" is the sign (unpaid work), not a negation of it.
    'keeps|keep|kept|gets|get|got none|nothing of|from',
    // "Adults he does not know in real life are contacting him": the not-knowing is part of the sign.
    'does|do|did not know [*] in real life',
    // "in the past 18 months", "over the last two weeks": the current period, not an earlier one.
    'in|over|during|within the past|last [*] weeks|months|days|year|fortnight',
    // "since last spring" is an ongoing state; "at 11 weeks", "at 14:00" are not ages.
    'since last summer|spring|autumn|winter|christmas|easter|year',
    'at 8|9|10|11|12|13|14|15 weeks|week|wks|months|days|am|pm|hours|hrs|mins|minutes|gestation',
    'not only',
    'not just',
    // Probe 23: "woke up with no clothes on and does not remember what happened": the sign, negating nothing after it.
    'with no clothes|clothing|underwear|knickers|pants|trousers [on]',
    // Probe 24: "worked for no wages and her boss kept her ID card": unpaid work is the sign, negating nothing after it;
    // "with £310 and no ticket, having been missing since Tuesday" does not deny the missing episode.
    'no pay|wages|wage|salary',
    // Rev-ind-3: not a list ("found with no tickets, cash or drugs" still denies the drugs).
    'with|and no ticket|tickets|coat|shoes|jacket and|having|on|in|at|but|when|after|before|since',
    // Round 22 (review of round 21, L26): "not far from the flat" is near it, not a negation of what follows.
    // Review 22a I18: not "not so far" alone, which means "not yet" ("has not so far been reported missing").
    'not [too|very|that] far',
    'not so far from|away|off|out',
    'no further action|actions',
    'nfa',
    'not sure|certain|known|clear',
    // … but not what nobody knows or can say ("nobody knew where she was" is the sign itself).
    'nobody|no-one knows|knew|know|could|can|seems|seemed',
    'no one knows|knew|know|could|can|seems|seemed',
    'no explanation|reason|idea|account|answer|response',
    'without explanation|reason|permission|consent',
    'did|could|would|will|can not|never explain|say|account|tell|disclose',
    "didn't|couldn't|wouldn't|won't|can't|cannot explain|say|account|tell|disclose",
    'unable to explain|say|account',
    'no fixed abode',
    'not attending|attended|engaging|engaged|returned|home|in',
    'could|would|will not',
    "couldn't|wouldn't|won't",
    'would often|usually|regularly|frequently|always|sometimes',
    'not been seen',
    'not allowed',
    'no doubt',
    'no change',
    'negative impact|effect|influence|peer|peers|relationship|relationships',
    'clear that|signs',
    'all clear',
    'not in school|education',
    'in|since|during|until|by|of|early|late|mid may',
    'may 19*|20*',
    'if any',
    // Review 24-1: a time, not a risk clause ("graded high risk that evening after going missing").
    'risk|danger that night|evening|day|morning|afternoon|weekend|week|time',
    // Review 24-1: what a relative did not know happened ("Mum did not know Jess had been self-harming").
    // Rev-ind-3: not "did not notice any bruising", "did not know of any missing episodes" (the sign was absent).
    'did|had not know|realise|realised|realize|realized|notice|noticed [that] she|he|they|about|what|how|where|why|when|whether|if|until|was|were|and|then|but',
    'did|had not know|realise|realised|realize|realized|notice|noticed * had|has|was|were|is|are',
    "didn't|hadn't know|realise|realised|realize|realized|notice|noticed [that] she|he|they|about|what|how|where|why|when|whether|if|until|was|were|and|then|but",
    "didn't|hadn't know|realise|realised|realize|realized|notice|noticed * had|has|was|were|is|are",
    // Round 25: a person nobody recognised is the sign, not its absence ("a man we did not recognise came to pick her up",
    // "a man staff did not know tried to collect Aisha"; school reception logs).
    'man|men|male|males|adult|adults|woman|women|car|cars|driver|drivers|lad|lads [that|who|whom] we|staff|she|he|they|i|reception|school|mum|dad|carers did|do|does not know|recognise|recognize',
    "man|men|male|males|adult|adults|woman|women|car|cars|driver|drivers|lad|lads [that|who|whom] we|staff|she|he|they|i|reception|school|mum|dad|carers didn't|don't|doesn't know|recognise|recognize",
    'did|do|does not recognise|recognize',
    "didn't|don't|doesn't recognise|recognize",
    'is|are|am|currently|now in year',
    // Round 24: how the child is doing in the school year now ("is doing well in Year 10"; fresh23).
    'doing|coping|settling|settled|struggling|thriving|happy|achieving|working [well|hard] in year',
    'without [the|a|an] man|adult|men|adults|person|people|someone|permission',
    'been|being|was|were|is|are|be used to', // passive "used to move money" is not "used to" (in the past)
    // "did not return to the children's home": the negation is of the return (itself a finding), not of what follows.
    'did|does|has|had not return|returned|come|came',
    "didn't|doesn't|hasn't|hadn't return|returned|come|came",
  ]),

  // Hypothetical or possible.
  // A condition or a reported suspicion governs its whole clause, which in case notes runs past 8 words ("If Darnell
  // does not return by 22:00 the carers will report him missing"; "it is suspected that the men at the flat are
  // giving her cannabis"): ConText lets such triggers run to the end of the sentence; here up to a terminator or 15.
  t('hypothetical', 'pre', 15, [
    'if',
    'unless',
    'in case',
    'in the event',
    'possible|possibly|likely that',
    'may|might|could be that',
    'suspect|suspects|suspected that',
    'suspicion|suspicions that',
    'wonder|wonders|wondered|wondering whether|if',
    // Round 23: "there is a possibility Ben is being made to strip on camera".
    'there is|was a [real|strong|clear|distinct|high] possibility|chance [that]',
    // Review 23B: "a chance that", not "by chance that evening".
    'possibility that',
    'a [real|strong|clear|distinct|high] chance that',
  ]),
  // "It is possible the adult supplied the pills" (masks the post-trigger "is possible", which looks back).
  t('hypothetical', 'pre', 15, ['it|this is|was|seems|seemed|appears|appeared possible|likely|probable [that]']),
  // Round 22: a fear or a risk named as such ("it is feared the men may hurt his mum", "there is a risk Tommy will be
  // moved to another town", "concern that the man from TikTok wants to meet Lily").
  // Review 22b I1-I2: a risk only with a clause after it ("risk that", "risk Tommy will"), not "risk assessment", "risk
  // management plan" or "risk to her:"; and a concern only about what may or will happen ("concerns that he is carrying
  // a knife were confirmed" and "concerns that she is going missing" report a present pattern).
  t('hypothetical', 'pre', 15, [
    'it is|was feared [that]',
    'there is|was a [real|significant|high|serious|clear] risk that',
    'there is|was a [real|significant|high|serious|clear] risk * will|may|might|could|would',
    'concern|concerns that [*] [*] [*] [*] [*] will|may|might|could|would|wants|want|intends|intend|plans|plan',
    'concern|concerns that [*] [*] [*] [*] [*] is|are|was|were going to',
  ]),
  // ... but "No concern that he lacks a trusted adult" denies it (the longer trigger masks "concern that").
  t('negation', 'pre', 12, ['no|nil concern|concerns that']),
  // Round 17: what nobody knows yet ("it is not known whether any images were shared", "unclear who holds her
  // passport"), a plan to ask ("staff to ask about the new nails"), a choice being weighed ("weighing up a termination")
  // and a worry about what will happen ("worried she will stop attending").
  t('hypothetical', 'pre', 15, ['not known|clear|certain|sure whether|if', 'unclear who|where|how|what', 'not clear who|where|how|what']),
  t('hypothetical', 'pre', 8, [
    'to ask [her|him|them] about|whether|if',
    'to check whether|if|for',
    'weighing|weighs|weighed up',
    // Alternatives are single words: "considering moving her", "thinking about running away", "deciding whether to go".
    // Not a bare "considering": "Considering that the men gave her cocaine, a strategy meeting was called" is a fact.
    'considering|considers|contemplating whether|if|moving|going|leaving|running|placing|a|an|referring|applying',
    'thinking|deciding about|whether',
    'worried|worries|worry|concerned|fear|fears|risk [that] she|he|they will',
  ]),
  // Round 24: a plan for what staff will do ("he is to be reported missing", "she is to be offered a test"), a risk named
  // at the start ("Risk that his mood will drop further"), and what is only thought or believed ("she is thought to be
  // staying with the men").
  // Review 24-1: only the planned or believed thing itself, not a finding after it ("is to be interviewed about the
  // knife found in his bag", "the flat, believed to be used by the line, is where he was found with £500").
  t('hypothetical', 'pre', 1, ['is|are to be']),
  t('hypothetical', 'pre', 8, ['risk|danger that']),
  t('hypothetical', 'pre', 3, ['thought|believed to be|have']),
  // Intentions are not yet events: "plans to meet someone she met online".
  t('hypothetical', 'pre', 8, ['plans|planning|planned|intends|intending|intended|arranging|arranged to']),
  // Round 25: "may now be dependent": the "now" inside the possibility does not end it (it masks the terminator).
  t('hypothetical', 'pre', 8, ['may|might|could now|currently|also|still be|have']),
  t('hypothetical', 'pre', 8, [
    'should',
    'may',
    'might',
    'could',
    'would',
    'possible',
    'possibly',
    'potential',
    'potentially',
    'whether',
    'at [high|significant|increased|medium|low|serious|some] risk of|from',
    'risk of',
    'vulnerable to',
    "cannot|can't rule out",
    'not ruled out',
    'suspect|suspects|suspected|suspicion|suspicions [of]',
    'query|queried|querying',
    'to prevent|avoid',
    'prevention of',
  ]),
  t('hypothetical', 'pre', 6, [
    'test|tested|testing|screen|screened|screening|check|checked|checking|assess|assessed|assessing for',
    // A plan to watch for a sign: "staff are to look for any bruising".
    'look|looks|looking|watch|watching for any|signs',
    // Round 18: "staff to look out for any new jewellery".
    'look|looks|looking|keep|keeping out for|an',
    // Round 15: a plan to keep watch or find out ("teachers to monitor for any change", "carers to log any calls",
    // "police to establish who else lives at the flat").
    'monitor|monitors|monitoring|monitored for [any|signs]',
    'log|record|note|report any',
    'establish|ascertain|find out who|whether|where',
    'advice|advised|information|leaflet|leaflets|education|awareness|sign-posted|signposted [given] about|on|re|regarding|around',
  ]),
  t('hypothetical', 'post', 6, ['is possible', 'not ruled out', 'cannot be ruled out', 'to be explored', 'to be considered']),
  // The sign named first, the uncertainty after it: "Cuckooing of the family home is suspected", "CSE is queried".
  t('hypothetical', 'post', 8, ['is|are|was|were|remains|remain suspected|queried|unconfirmed|possible|likely']),
  // A modal right after the sign it is about: "Gifts may be coming from the man at the shop", "the debt may be used".
  // Only when adjacent (scope 0): "bruises that may be from a fall" keeps the bruises. The same words are pre-triggers
  // below (same length, so neither masks the other: "she may be using cannabis").
  t('hypothetical', 'post', 0, ['may', 'might', 'could']),

  // Historical: both directions within the clause.
  t('historical', 'both', 12, [
    'previously',
    'previous',
    'formerly',
    'former',
    'historic*',
    'last year',
    'years ago',
    'as a child',
    'history of',
    'hx of',
    'used to',
    'when|while younger',
    // "when she was younger", and with the child's name: "when Ellie was a baby".
    // … and "when the children were small" (two words for the subject).
    'when [*] * was|were younger|little|small|young',
    'when [*] * was|were a|an baby|toddler|infant',
    // Probe 24: the plural ("when the children were babies").
    'when [*] * were babies|toddlers|infants',
    'when [*] * was|were at primary',
    'as a teenager|teen',
    // Round 17: "when she was a teenager" (mum's own history), "last summer", "from age 4 to 9".
    'when [*] * was|were a|an teenager|teen|child|kid|girl|boy',
    'last summer|spring|autumn|winter|christmas|easter',
    'from [the] age [of] 1|2|3|4|5|6|7|8|9|10|11|12|13|14',
    'when * was|were [aged] 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen',
    // Research pass: an earlier period that ended at an age ("was in foster care until she was 6").
    'until * was|were [aged] 1|2|3|4|5|6|7|8|9|10|11|12|13|14|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen',
    // Review 29b: ... or at a move ("had no adult she trusted until she was placed with Mrs B at 14").
    'until * was|were placed|adopted|removed|accommodated|rehomed',
    'in year 1|2|3|4|5|6|7|8|9|10|11|12|13|reception',
    'as a baby|toddler|infant',
    'as a younger|young child',
    'at|in primary school',
    'in the past',
    'in her|his|their past',
    'past history',
    // "Back in Romania she was forced to beg", "Mum says back in London he ...": the past; not a return or a place
    // ("arrived back in an Uber", "slashed across the back in Peckham", "was back in Bolton within days": pseudo below).
    'back in',
    'back in the day',
    // Where the child used to be: "when she lived with her aunt", "at his previous school", "in early childhood".
    'when * lived in|with|at',
    'when * was|were living in|with|at',
    'at|in [her|his|their|a] previous|old|former|last school|schools|placement|placements|home|address|foster',
    'prior to',
    // Round 24: before a migrant child's arrival ("Before she came to the UK she was forced to work"; fresh23).
    // Review 24-1: not "before he came in this morning", "before she came to this placement yesterday".
    'before she|he|they came|arrived|travelled|moved to|in [the] uk|england|britain|scotland|wales|here',
    'before she|he|they came|arrived|travelled|moved to this country',
    'before she|he|they came|arrived here',
    'in|during [early] childhood',
    'at the age of',
  ]),
  // Round 17: an earlier age after the sign ("pregnant at 13", "took an overdose at 13"), or opening the clause ("At 13
  // she was ..."). Not "aged 15", which is usually the child's age now.
  // Round 26: nor "at 14", "at 15": the age of most children in the notes now ("12 weeks pregnant at 14", "arrived in the
  // UK alone at 15", "second termination in a year at 15"; tuning sets pooled: historical 548/52/42 -> 545/43/45).
  t('historical', 'post', 6, ['at 8|9|10|11|12|13']),
  // Round 18: the child's age at the time of a dated record ("the girl, then 14, had a termination"; six tuning-set
  // lines, all historical). Digits only: "then two men arrived" is not an age.
  t('historical', 'both', 15, ['then [aged] 6|7|8|9|10|11|12|13|14|15|16|17']),
  t('historical', 'pre', 12, ['at 8|9|10|11|12|13|14 she|he|they was|were|had|became|got']),
  // ... but not a time of day ("found at 14:30", "home at 11 pm", "at 10 o'clock").
  t('pseudo', 'both', 0, [`at 8|9|10|11|12|13|14|15 ${MINUTES}|am|pm|hrs|hours|h|o'clock|oclock|ish|tonight|today|yesterday`]),
  // "back in" after a verb of arriving or being is a return or a place, not the past ("turned up back in Coventry",
  // "is back in custody"); after "the|his|her" it is the body ("slashed across the back in Peckham").
  t('pseudo', 'both', 0, [
    'arrived|arrives|arriving|arrive|was|were|is|are|be|been|being|got|get|gets|getting|came|come|comes|coming|went|go|goes|going|up|found|returned|returns|returning|brought|taken|dropped|put|sent|moved|moves|seen|spotted|ended|ends|stay|stays|stayed|staying|lives|lived|living|placed|remanded|locked|let|home|climbed|jumped|ran|walked|stepped|headed [now|again|safely|straight|right] back in',
    'the|his|her|their|my|lower|upper back in',
    'back in [a|an|the|his|her|their] car|cars|taxi|uber|van|vehicle|custody|touch|contact',
  ]),
  // Review 29: what was seen or heard is a fact, not a possibility ("CCTV: the men could be seen giving her drugs", "Dad
  // could be heard hitting mum through the wall"): it masks the modal, before the finding or inside it.
  t('pseudo', 'both', 0, ['could|can be seen|heard|observed|spotted|watched|identified|made']),
  // ... nor a house number ("arrested at 14 Church Lane").
  t('pseudo', 'both', 0, [
    'at 8|9|10|11|12|13|14|15 [*] street|road|lane|avenue|close|drive|way|court|place|crescent|grove|terrace|gardens|walk|row|house|flats|park',
  ]),
  // "was reported missing" is an event, not someone reporting: it does not stop another person's scope as the reporting
  // verb "reported" does ("His friend Kaden was reported missing and found in Scarborough").
  t('pseudo', 'both', 0, ['was|were|been|being|is|are reported missing|absent|lost']),
  // A date of birth is not when anything happened: "Jade (DOB 12/05/2011) went missing on Friday".
  t('pseudo', 'both', 0, ['dob|born|birth [on|in] [*] [*] [*] 19*|20*', 'date of birth [*] [*] [*] 19*|20*']),
  // Round 25: "since 2022" is an ongoing state up to now ("has been looked after since 2022"), as "since last summer" is.
  t('pseudo', 'both', 0, ['since [early|late|mid] [january|february|march|april|may|june|july|august|september|october|november|december] 19*|20*']),
  // Round 25: other pupils' school year, not the child's past ("bullied on WhatsApp by boys in Year 10").
  t('pseudo', 'both', 0, ['by|from boys|girls|pupils|students|lads|others|children|kids in year 7|8|9|10|11|12|13']),
  // "in the past two months", "in the past year": a recent stretch up to now, not the past (it masks "in the past").
  t('pseudo', 'both', 0, ['in|over|during the past|last [*] day|days|week|weeks|month|months|year|fortnight']),
  // A year after a time preposition ("in 2019", "during 2018"); with a current year every earlier year counts.
  t('year', 'both', 12, [
    'in|during|until|summer|winter|spring|autumn|early|late|mid|throughout 19*|20*',
    'of|before|between 19*|20*',
    'in|during|until|throughout [early|late|mid] january|february|march|april|may|june|july|august|september|october|november|december 19*|20*',
    'january|february|march|april|may|june|july|august|september|october|november|december 19*|20*',
    '19*|20*',
  ]),
  // A record dated by its year ("A 2009 health visitor note records ...", "The 2013 police log shows ..."): what the
  // record says happened then, across a long review sentence.
  t('year', 'post', 40, ['a|an|the 19*|20*']),

  // Another person as the subject of the clause ("mum drinks heavily").
  t('other', 'pre', 8, PERSON_FAMILY, true),
  { patterns: PERSON_SIBLINGS, value: { kind: 'other', dir: 'pre', scope: 8, family: true, sibling: true } },
  { patterns: ['the adult|adults|man|male|men|males|perpetrator|perpetrators|suspect|suspects'], value: { kind: 'other', dir: 'pre', scope: 8, adult: true } },
  // A neighbour's flat taken over by dealers is about the neighbour (round 17: four tuning sets).
  t('other', 'pre', 8, ['her|his boyfriend|girlfriend|partner', "neighbour|neighbours|neighbour's|neighbour’s|neighbor|neighbors|neighbor's"]),
  // The child's friends, and other children named by where they are from ("two boys from his year were arrested").
  {
    patterns: [
      'her|his friend|friends|mate|mates|pal|pals',
      // Round 24: a friend's partner, phone or flat ("Her friend's boyfriend is 25").
      "her|his|their [best|close|older|younger] friend's|friend’s|mate's|mate’s",
      'her|his|their best|close|older|younger friend|friends|mate|mates|pal|pals',
      'friend|friends|mates|peers|pals',
      // Plural, or singular with a word that makes it another child: "child in the unit tonight" is the child the note is about.
      '[two|three|four|several|some|other|older|younger] boys|girls|lads|pupils|students|children from|in [his|her|their|the|same] class|year|school|form|estate|unit',
      'a|an|another|one [older|younger] boy|girl|pupil|student|child from|in [his|her|their|the|same] class|year|school|form|estate|unit',
      '[two|three|four|several|some|other] boys|girls|lads|friends|people in his|her|their friendship group|circle',
    ],
    value: { kind: 'other', dir: 'pre', scope: 8, peer: true },
  },
  // Stops an other-person trigger: a new subject or a reporting verb ("mum said she drinks" is about the child).
  // A pronoun is never masked by a longer trigger that holds it ("Mum is worried she will start drinking": context.ts).
  { patterns: ['she|he|they|i|we|her|him|them|herself|himself|themselves'], value: { kind: 'blocker', dir: 'both', scope: 0, pronoun: true } },
  t('blocker', 'both', 0, [
    'report|reports|reported|reporting|say|says|said|state|states|stated|told|tell|tells|informed|informs|disclosed|discloses',
    'worried|concerned|worries|thinks|thought|believes|believed|feels|felt|explained|explains|found|finds|noticed|saw|seen|discovered',
    'called|rang|phoned|contacted|asked|alleged|alleges|confirmed|confirms|suspects|suspected|knows|knew|heard|that|whether',
    // Round 25: the plural ("Neighbours think the flat may have been cuckooed").
    // Review 25C: fear, worry and know only before a clause; with an object they are the other person's own verb ("Her
    // friends fear the olders and sell cannabis for them").
    'think|believe|suspect',
    'fear|fears|feared|worry|know that',
  ]),
  // A family member's home or belongings is a place, not the subject: "Mum's flat has been cuckooed", "the men use
  // dad's car" are about the child's household, not about mum or dad themselves.
  t('pseudo', 'both', 0, [
    "mum's|mother's|mam's|dad's|father's|parent's|nan's|gran's|grandma's|grandad's|carer's|family's|aunt's|auntie's|uncle's|brother's|sister's|cousin's flat|house|home|address|place|property|car|garden|bedroom|room",
    // Round 26: "the family home is being used to deal from" is the child's home.
    'the family flat|house|home|address|property|car',
  ]),
  // "she and her friends were drinking" is about the child too, as is "the men let her and her friends use the flat":
  // the child is named with them, so this is a blocker (a new subject), not another person.
  t('blocker', 'both', 0, ['she|he|her|him and her|his friends|mates|friend|peers']),
  // Round 22 (review of round 21, L25): "He and his cousin arrived unaccompanied" is about the child too.
  t('blocker', 'both', 0, ['she|he|her|him and her|his brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|stepbrother|stepsister']),
  // Review 22a I19: … but after a reporting verb the pronoun is usually the speaker ("Mum told me she and her sister
  // were abused by their father", "Dad said he and his brother were in care"): the parent's own history stays theirs.
  t('pseudo', 'both', 0, [
    'told|tells|said|says|explained|explains|disclosed|discloses|reported|reports|shared|described|describes [me|us|staff|workers] [that] she|he and her|his brother|brothers|sister|sisters|sibling|siblings|cousin|cousins|stepbrother|stepsister',
  ]),
  // Round 23: … unless the pronoun cannot be the speaker ("Mum said he and his brother go missing most weekends" is
  // about the child): longer, so it masks both the speaker and the pseudo-trigger above.
  t('blocker', 'both', 0, [
    `mum|mother|mam|mom|nan|nana|gran|grandma|grandmother|aunt|auntie|aunty|stepmum|step-mum|stepmother ${REPORTING} [me|us|staff|workers] [that] he and his ${KIN}`,
    `dad|father|stepdad|step-dad|stepfather|grandad|granddad|grandfather|uncle ${REPORTING} [me|us|staff|workers] [that] she and her ${KIN}`,
  ]),
  // Round 24 (left from round 23): a relative who admits or discloses something about herself or himself ("Mum disclosed
  // she is using heroin again", "Dad admitted he had been drinking"): the pronoun of the speaker's sex after a verb of
  // owning up is the speaker. Longer, so it masks the reporting verb and the pronoun that would stop the relative.
  // Not "said" or "told" ("Mum said she drinks" is about the child). Review 24-1: only a pronoun that does the sign
  // ("she is using", "he had been drinking"), not one that did not know of it or allowed it ("Mum admitted she had no
  // idea Chloe was using cannabis", "she had let Keira stay out"). Review 24c: so a two-word listener is allowed again
  // ("Mum disclosed to the social worker that she is drinking again"; not "admitted to the YOT officer that she had let").
  {
    patterns: [
      `mum|mother|mam|mom|nan|nana|gran|grandma|grandmother|aunt|auntie|aunty|stepmum|step-mum|stepmother ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] she ${SELF_DOING}`,
      `mum|mother|mam|mom|nan|nana|gran|grandma|grandmother|aunt|auntie|aunty|stepmum|step-mum|stepmother ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] she has|had|have ${SELF_DONE}`,
      `dad|father|stepdad|step-dad|stepfather|grandad|granddad|grandfather|uncle ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] he ${SELF_DOING}`,
      `dad|father|stepdad|step-dad|stepfather|grandad|granddad|grandfather|uncle ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] he has|had|have ${SELF_DONE}`,
      // "Mum told the social worker that she herself had an STI": the reflexive names the speaker whatever the verb.
      `mum|mother|mam|mom|nan|nana|gran|grandma|grandmother|aunt|auntie|aunty|stepmum|step-mum|stepmother ${REPORTING}|${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] she herself`,
      `dad|father|stepdad|step-dad|stepfather|grandad|granddad|grandfather|uncle ${REPORTING}|${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] he himself`,
    ],
    value: { kind: 'other', dir: 'pre', scope: 8, family: true, ownsVerb: true },
  },
  // Rev-ind-3: ... not what was done to the child (DONE_TO), which the relative tells.
  t('pseudo', 'both', 0, [
    `mum|mother|mam|mom|nan|nana|gran|grandma|grandmother|aunt|auntie|aunty|stepmum|step-mum|stepmother ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] she is|was|were ${DONE_TO}`,
    `dad|father|stepdad|step-dad|stepfather|grandad|granddad|grandfather|uncle ${SELF_DISCLOSING} [to] [me|us|staff|workers|police|the|her|his] [*] [*] [that] he is|was|were ${DONE_TO}`,
  ]),
  // Session 23: "no friends his own age" is the child's isolation, a sign in itself (README: the "no" is part of it), and
  // neither negates what the child does instead nor makes it the friends' ("has no friends his own age and spends all
  // his time with the men at the garage": the older friends are the child's).
  t('pseudo', 'both', 0, ['no friends|mates|pals [of] [his|her|their] own age']),
  // Session 23: an object pronoun before a clause with no subject of its own ("Mum hits her when drunk", "Dad shouts at
  // him while high") is not a new subject: the state is the subject's, whom the pronoun would otherwise stop.
  t('pseudo', 'both', 0, ['her|him|them when|while|whenever drunk|high|intoxicated|stoned|drinking|using|wasted|hammered|under']),
  // Round 24 (left from round 23): a grown-up named by title ("Mr Khan was arrested", "Ms Reid uses cocaine") is
  // another person, an adult (what adults do to the child stays the child's: indicators.ts ADULT_ACTS).
  { patterns: ['mr|mrs|ms *'], value: { kind: 'other', dir: 'pre', scope: 8, adult: true } },
  // Review 24-1: not a professional named by title, who only reports ("Mrs Green, the school nurse, noted Abbie has an
  // STI", "Mr Ali, the YOT officer, found £500 in cash in Kieran's jacket").
  t('pseudo', 'both', 0, [
    'mr|mrs|ms|miss|dr * the|our|her|his|a [*] [*] nurse|officer|teacher|worker|doctor|gp|manager|head|headteacher|practitioner|lead|caseworker|keyworker|mentor|advocate|senco|coordinator|dsl|sergeant|constable|detective|paramedic|counsellor|tutor',
  ]),
  // Round 24: a friend's home where the child goes is a place, not the subject ("She stays at her friend's house and
  // comes back with new clothes"); "Her friend's flat was taken over" stays the friend's.
  t('pseudo', 'both', 0, [
    "at|to|from|in|near|outside|round|around her|his|their [best|close] friend's|friend’s|friends|mate's|mate’s|mates [house|flat|home|place|address|bedroom]",
  ]),
  t('pseudo', 'both', 0, [
    'with her|his friends|mates|friend|peers|boyfriend|girlfriend',
    'with her|his|their best|close|older|younger friend|friends|mate|mates',
  ]),

  // Terminators end every scope. These ones start a new clause with the same subject, or only move the time, so they
  // end negation, hypothetical and historical scopes but not another person's: in "Mum has bipolar disorder and was
  // sectioned", "Mum now drinks heavily", the sectioning and the drinking are still mum's (a new subject after "and"
  // is a blocker: "and she").
  {
    patterns: [
      'and was|is|has|had|then|later|now|also|subsequently',
      'then',
      'now',
      'currently',
      'today',
      'this week|month|morning|evening|afternoon',
      'recently',
      // Not "again": "if the men contact him again he is likely to go straight back to them" keeps its condition.
    ],
    value: { kind: 'terminator', dir: 'both', scope: 0, keepsSubject: true },
  },
  // Probe 23: "is not registered with a GP, and lives with adults who are not her family": a new clause. Review 23C:
  // it ends only a negation, not a condition or a past time ("If she goes missing and stays out overnight", "In 2022
  // she went missing and stayed at a flat").
  {
    // Round 26: nor a negation across a new clause with its own subject ("worked in a car wash without pay before he
    // was found in Hull").
    patterns: ['and lives|lived|stays|stayed|sleeps|slept', 'before|after|until|because|when|whenever she|he|they'],
    value: { kind: 'terminator', dir: 'both', scope: 0, keepsSubject: true, negationOnly: true },
  },
  t('terminator', 'both', 0, [
    'and she|he|they',
    'but',
    'however',
    'although',
    'though',
    'except',
    'excepting',
    'which',
    'who',
    'whereas',
    'yet',
    'apart|aside from',
    'other than',
    'since then',
  ]),
];

/** Words that give a finding its own polarity: a trigger running into a finding that holds one does not govern it. */
export const POLARITY_WORDS: readonly string[] = [
  'no',
  'not',
  'never',
  'without',
  'nil',
  'none',
  'neither',
  'nor',
  "hasn't",
  "haven't",
  "hadn't",
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "wasn't",
  "weren't",
  "aren't",
];

/**
 * Probe 23: a reporting verb that opens a finding is between the person before it and the sign, as one before the
 * finding is: "Mum reported Tom missing" is Tom's episode (the finding "reported Tom missing" starts at the verb). Only
 * in that construction (the finding holds "missing" after its object): "Her sister reported sex with an older man" stays hers.
 */
export const REPORT_WORDS: readonly string[] = ['report', 'reports', 'reported', 'reporting'];
/**
 * Round 26: a finding that opens with a verb of saying and a pronoun ("Mum says he owes someone money": the finding
 * "says he owes someone money") has a new subject inside it: the person before is the speaker, as when the verb and
 * pronoun come before the finding ("mum said she drinks" is about the child).
 */
export const SAYING_WORDS: readonly string[] = ['said', 'says', 'say', 'told', 'tells', 'states', 'stated', 'claims', 'claimed'];
export const SUBJECT_PRONOUNS: readonly string[] = ['she', 'he', 'they'];

/**
 * Session 23: a finding that opens with a word of exception ("no friends his own age, only the men from the gym", "has
 * no one, except the lads at the flat") names what the child does have: the negation and the person before it (his
 * friends) are what the exception sets it against, and govern neither.
 */
export const EXCEPTION_WORDS: readonly string[] = ['only', 'except', 'apart', 'aside', 'besides'];

/**
 * Session 22: words of time or frequency that may stand between a person and what they do ("and mum now drinks heavily",
 * "Dad still uses cannabis"): they do not end that person's scope, as they end a later clause's.
 */
export const SUBJECT_ADVERBS: readonly string[] = [
  'now',
  'still',
  'also',
  'currently',
  'regularly',
  'often',
  'sometimes',
  'frequently',
  'always',
  'reportedly',
  'allegedly',
];
/** Words before a person at the start of a sentence that keep the person its subject ("Her mother", "The family"). */
export const SUBJECT_DETERMINERS: readonly string[] = ['her', 'his', 'their', 'the', 'my', 'a', 'an'];
/** Words that may stand between such a determiner and the person ("Her younger brother", "His eldest sister"). */
export const SUBJECT_ADJECTIVES: readonly string[] = ['younger', 'older', 'little', 'big', 'baby', 'elder', 'eldest', 'oldest', 'youngest', 'twin'];
