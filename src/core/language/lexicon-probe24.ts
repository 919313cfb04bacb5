import { ADULT_AGE_CUES, ADULT_CUES, AGE_NUMBERS, AGE_TOKENS, CCE_CUES, OTHER_PERSON_CUES, PRONOUN_POSS, PRONOUN_SELF } from './lexicon-cues.ts';
import { CHILD_AGE_NUMBERS, CHILD_AGE_TOKENS } from './lexicon-parts.ts';
import type { LexiconEntry } from './types.ts';
import { DEALER_WORDING } from './lexicon-wording.ts';

// Probe 24: families of wording of the kind published case reviews and inquiries quote (Rotherham, Rochdale, Oxford,
// Telford, county lines and NRM reviews) that the lexicon missed, each written for its inflections and close variants
// and checked against ordinary sentences that share its words (probe24.test.ts). Sources as in lexicon.ts (sources.ts).

// Adults, staff and services who may be the subject instead of the child.
const ADULT_SUBJECTS =
  'man|men|male|males|adult|adults|woman|women|perpetrator|perpetrators|abuser|abusers|offender|offenders|suspect|suspects|dealer|dealers|gang|gangs|mum|mother|dad|father|parent|parents|stepdad|carer|carers|staff|worker|workers|officer|officers|manager|managers|agency|agencies|services|police|school|council|landlord';
const RELATIONSHIP_WORDS = 'relationship|relationships|sex|sexual|partner|partners|boyfriend|boyfriends|who|friendships';

export const PROBE_24_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'own_choices_about_relationships_probe24',
    // "making informed choices about her relationships", "able to make her own decisions about who she sees", "there
    // through choice", "at risk due to her own behaviours and choices": the adults' abuse recast as the child's decisions.
    patterns: [
      `making|make|makes|made ${PRONOUN_POSS} [own] informed|own choice|choices|decision|decisions about|regarding|around|in [${PRONOUN_POSS}] [*] ${RELATIONSHIP_WORDS}`,
      `making|make|makes|made informed choice|choices|decision|decisions about|regarding|around|in [${PRONOUN_POSS}] [*] ${RELATIONSHIP_WORDS}`,
      'there|present through|by [her|his|their] [own] choice',
      // "at 17 she can make her own choices and we cannot stop her seeing him"; review 24D: seeing someone only, not the
      // gym, the army or a move to Leeds.
      `can|could|able make ${PRONOUN_POSS} own choices|decisions and|so we|police|staff cannot|can't|can’t stop|prevent her|him|them seeing|meeting|visiting|contacting him|her|them|the|these|those|older|adult|men|man|males`,
      `due|owing to ${PRONOUN_POSS} own behaviour|behaviours|behavior|behaviors|choices|choice|decisions|actions`,
      `because of ${PRONOUN_POSS} own behaviour|behaviours|behavior|behaviors|choices|choice|decisions|actions`,
    ],
    category: 'implies_consent',
    explanation:
      'Presents exploitation as the child’s own informed decisions. A child who is groomed, threatened or dependent on the adults is not choosing freely, and the risk comes from the adults.',
    alternatives: [
      'The child is being exploited by [who]: record the adults’ ages and what they do',
      'The child may be groomed or controlled: what looks like a choice may be the result of grooming',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited is not a 'lifestyle choice'"
    // Education and support that help a child to choose ("PSHE sessions on making informed choices about relationships"),
    // and an adult's or a parent's own choices.
    unlessNear: [
      'help|helps|helped|helping|support|supports|supported|supporting|learn|learning|learns|session|sessions|lesson|lessons|pshe|rse|education|workbook|course|encourage|encouraged|encouraging|empower|empowered|empowering',
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} is|are|was|were|has|have|had [been]`,
      'not her|his|their fault',
      // A conversation about choosing, a meeting attended by choice ("talked with her about making her own decisions
      // about relationships when she is older", "present through choice at the meeting").
      'about making|make',
      // Review 24D: as phrases, not any "older", "meeting" or "school" nearby ("missing from school", "at the strategy
      // meeting police said she is making her own choices about her relationships with the men").
      'when|until|once [she|he|they] [is|are|gets|get|grows|grow] older',
      'in [the] future',
      'through|by [her|his|their] [own] choice at|to|in [the|a|her|his|their] [*] meeting|meetings|interview|conference|review|appointment|appointments|session|sessions',
      'attend|attends|attended|attending [the|a|her|his|their] [*] meeting|meetings|interview|conference|review|appointment|appointments|session|sessions',
      'about|regarding|around [her|his|their] [*] college|school|university|uni|job|apprenticeship|gcse|gcses|options|subjects|career|careers|club|team',
    ],
    window: 8,
  },
  {
    id: 'age_of_consent_probe24',
    // "now 16 and can consent", "known CSE victim but
    // consenting": a child of 16 or 17 can still be exploited, and consent given under grooming or control is not free.
    patterns: [
      '16|sixteen|17|seventeen and|so can|could consent',
      'victim but|however consenting|consensual|consents|consented|willing',
      'conscenting|conscented|concenting|concented|conscensual|concensual|consentual|consentin',
    ],
    category: 'implies_consent',
    explanation:
      'Treats the age of consent or apparent agreement as settling the matter. A 16- or 17-year-old can still be sexually exploited; agreement obtained by grooming, gifts, threats or substances is not consent.',
    alternatives: [
      'The child is 16 but may still be sexually exploited: record the adults’ ages, what they gave and what control they have',
      'The child’s agreement may have been obtained by grooming or pressure: consider exploitation',
    ],
    source: 'docsbay_alternatives', // [A] "consenting" -> "being abused / exploited"
    // The law stated against the wording ("being over the age of consent does not mean she cannot be exploited").
    unlessNear: [
      'does|did not mean|make|stop|prevent',
      "doesn't|doesn’t|didn't|didn’t mean|make|stop|prevent",
      'still be|being|is|are exploited|abused|groomed',
      'exploitation|exploited',
      // Consent to treatment or information sharing ("16 and can consent to her own medical treatment"), and the
      // abuser's claim rejected ("the man said she was a victim but consenting; officers rejected this").
      // Review 24D: consent to something named, not any "referral", "health" or "own" nearby ("so police closed the
      // referral", "the sexual health nurse was not concerned"), and the claim rejected by someone, not the child disputing.
      'consent|consenting|consented to|for [her|his|their|the|a|any] [own] [*] [*] treatment|treatments|medical|medication|assessment|examination|procedure|operation|referral|information|sharing|photographs|check|checks|test|tests|testing|implant|injection|surgery|vaccine|vaccination|contraception',
      'gillick|fraser|vaccine|vaccination|vaccinations|immunisation|contraception|contraceptive|dental|dentist|gp|doctor|surgery|medication',
      'police|officer|officers|staff|court|jury|judge|we|worker|review|panel|professionals rejected|rejects|disputed|disputes|denied|challenged',
      'this|that|which|it [was|is] rejected|disputed|denied|challenged',
      'man|men|suspect|suspects|defendant|defendants said|says|claimed|claims|told|stated|insisted', // the cue does not cross ";"
      // Review 24B: medical consent (Gillick) and a victim willing to give evidence or talk.
      'signature',
      'willing to give|support|talk|speak|attend|engage|discuss|tell|share|provide|assist|help|cooperate|co-operate|work',
    ],
    window: 10,
  },
  {
    id: 'adopted_lifestyle_probe24',
    // "she has adopted a lifestyle of drinking and staying out with older men", "appears to be enjoying her lifestyle":
    // exploitation described as a way of living the child took up and likes.
    patterns: [
      'adopted|adopts|adopting|adopt|embraced|embraces|embracing|embrace a|the|this|that|her|his|their [*] [*] lifestyle|lifestyles',
      // The possessive only: "enjoys the gang lifestyle" is enjoys_attention's.
      `enjoying|enjoys|enjoyed|enjoy|likes|liked|loves|loved ${PRONOUN_POSS}|this|that [*] lifestyle|lifestyles`, // review 24D: "likes this lifestyle"
    ],
    category: 'implies_consent',
    explanation:
      'Describes exploitation as a way of life the child has taken up or enjoys. The drinking, missing and adults around the child are signs of abuse, not a lifestyle.',
    alternatives: [
      'The child is being exploited by [who]: record what the adults provide and ask in return',
      'The child’s missing episodes and contact with adults are signs of exploitation',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited is not a 'lifestyle choice'"
    // A healthy or ordinary way of life, or an adult's own ("Dad enjoys his lifestyle", "a healthy lifestyle").
    // Probe 24 (third probe): a sign of exploitation or of risk near the lifestyle, not "enjoys her lifestyle at
    // university".
    requiresNear: [
      ...ADULT_CUES,
      ...CCE_CUES,
      'missing|drinking|alcohol|money|cash|parties|party|insight|risk|risks|risky|criminal|crime|offending|exploitation|exploited|chaotic|street',
      // Review 24D: "this lifestyle" refers back to what the record has described; help refused; the status it brings.
      'this|that lifestyle|lifestyles',
      'not want|wants|wanting to change|stop|leave',
      'unlikely|refuses|refused|refusing|reluctant to change|stop|engage',
      'refuses|refused|refusing|declines|declined all|any help|support',
      'status|designer|trainers|stays|staying|stayed|nights|3am',
    ],
    unlessNear: [
      'healthy|healthier|active|sporty|outdoor|balanced|vegan|vegetarian|student|rural|quiet|settled|independent|new|family',
      'at|to|in|start|starts|started|starting university|uni', // review 24D: not "since dropping out of uni"
      'sober|farm|farming|fitness|gym|army|military|religious|clean|drug-free|alcohol-free|simple|country|eating|diet|travelling', // review 24B
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} is|are|was|were|has|have|had|seems|seem|appears|appear`,
      // Round 29b: "has adopted a criminal lifestyle" is criminal_lifestyle's (criminalises_child), as annotators mark it.
      'criminal|offending|criminalised|criminalized lifestyle|lifestyles',
    ],
    window: 5,
  },
  // Introducing other children to the men: recruits_others_round24 (lexicon-round24.ts) covers the family.
  {
    id: 'enjoys_gifts_attention_probe24',
    // "she seems to like the gifts and the money the men give her", "flattered by the attention of the men", "receiving gifts
    // from men and seems to enjoy it": grooming recorded as something the child wants.
    patterns: [
      'flattered|flattering by|with the|their|his [*] attention|gifts|compliments|interest',
      'likes|liked|like|loves|loved the gifts|presents|money|cash|attention|lifts|drugs|alcohol',
      'seems|seemed|appears|appeared to enjoy|like it|this|that|them',
    ],
    category: 'implies_consent',
    explanation:
      'Records grooming as something the child likes. Gifts, money and attention are how adults draw a child in; record what the adults gave and why.',
    alternatives: ['The adults are giving the child gifts, money and attention: a sign of grooming', 'The child has been groomed by [who] with [what]'],
    source: 'childrens_society_2018', // the guide's principle: describe what the adults did
    requiresNear: [...ADULT_CUES, 'olders|elders|dealer|dealers|gang|punters|strangers|gifts|presents'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'staff|carer|carers|foster|worker|workers|teacher|teachers|school|college|club|christmas|birthday|football|music|film|films|book|books|game|games|school|work',
      'volunteer|volunteers|volunteering|volunteered|centre|placement|job|activity|activities|class|classes|shift|shifts', // review 24B
      `${ADULT_SUBJECTS} is|are|was|were|seems|seem|seemed|appears|appear|appeared|like|likes|liked|loves|loved`,
    ],
    window: 8,
  },
  {
    id: 'risky_sexual_behaviour_probe24',
    // "engages in risky sexual behaviour", "her unsafe sexual activity", "exposes herself to CSE": abuse described as the
    // child's conduct.
    patterns: [
      'risky|unsafe|inappropriate|risk-taking|reckless|high-risk sexual behaviour|behaviours|behavior|behaviors|activity|activities|conduct',
      `exposing|exposes|exposed|expose ${PRONOUN_SELF} to [*] cse|cce|men|males|adults|predators|groomers|abusers|offenders|perpetrators|exploiters|exploitation`,
      'sexualised|sexualized in her|his|their [*] behaviour|behaviours|behavior|behaviors|presentation|manner|conduct',
    ],
    category: 'blames_child',
    explanation:
      'Locates the danger in the child’s sexual behaviour rather than in the adults who abuse them. Sexual activity between a child and an adult is abuse.',
    alternatives: [
      'The child is being sexually abused or exploited by [who]: record what is happening to them',
      'The child’s sexual knowledge or behaviour may be a sign of abuse: record what was seen and said',
    ],
    source: 'nspcc', // [E] "Risky behaviour"
    // The adults' or a parent's behaviour, and services and lessons about it.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} is|are|was|were|has|have|had`,
      "man's|men's|male's|adult's|perpetrator's|abuser's|offender's",
      'lesson|lessons|pshe|rse|session|sessions|course|leaflet|workshop|clinic|prevention|programme|assessment|harmful',
      // Review 24D: talk about the subject in general, not a child "talked to about her risky sexual behaviour".
      'discussed|discuss|discussing|talked|talk|talks|advice|information about|on|regarding risky|unsafe|inappropriate|risk-taking|reckless|high-risk',
      'general terms|information|advice',
      'with|to|in the|a class',
      // Review 24B: behaviour towards someone is the adult's ("the taxi driver's inappropriate sexual behaviour towards
      // her"), and indecent exposure by a suspect.
      'towards|toward her|him|them|children|a|the|girls|boys|pupils|young|staff|women|customers',
      'seen|caught|spotted|reported exposing|exposed himself|herself',
      'suspect|suspects|defendant|defendants|accused|indecent|indecently',
    ],
    window: 4,
  },
  // "In love with" an adult: in_love_adult_round24 (lexicon-round24.ts) covers the family.
  {
    id: 'not_a_good_witness_probe24',
    // "she would not make a good witness", "an unreliable witness", "a poor witness because of her behaviour": a child's
    // account judged by how it will look in court.
    patterns: [
      // Review 24B: the doubt only, not "police believe she would make a credible witness".
      'would|will|could not|never make a|an good|credible|reliable|strong|convincing witness',
      "wouldn't|won't|wouldn’t|won’t|couldn't|couldn’t|wouldnt|wont|couldnt make a|an good|credible|reliable|strong|convincing witness",
      'unreliable|poor|weak|unconvincing|unsatisfactory witness',
    ],
    category: 'blames_child',
    explanation:
      'Judges the child by how their account would look in court instead of by what happened to them. Inconsistent accounts are common after trauma.',
    alternatives: [
      'The child’s account differs in places: this is common after trauma; record each account',
      'Support the child to give their best evidence (special measures, a registered intermediary)',
    ],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md)
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'neighbour|neighbours|man|men|male|adult|adults|woman|driver|shopkeeper|passer-by|suspect|suspects|defendant|defendants|officer|expert',
    ],
    window: 4,
  },
  {
    id: 'free_to_leave_probe24',
    // NRM and trafficking decisions: "he was free to leave", "not under the control of others", "she was able to leave and
    // chose to return": control is often psychological (debt, threats, grooming) and needs no locked door.
    patterns: [
      'was|were|is|are free|able to leave|go at any time',
      'was|were|is|are free|able to leave|go whenever|when [she|he|they] [wanted|wished|liked|pleased]',
      'was|were|is|are free to leave',
      // Review 24B: people as the controllers, not "not under the control of the crews" (a fire, a dog).
      'not under [the] control of [*] others|anyone|anybody|someone|somebody|them|adults|adult|men|man|males|gang|gangs|olders|elders|exploiters|perpetrators',
    ],
    category: 'minimises_harm',
    explanation:
      'Treats a child as not exploited because they could physically leave. Control is often through debt, threats, grooming or fear; a child cannot consent to being trafficked.',
    alternatives: [
      'The child was controlled through [debt, threats, grooming]: record how the adults kept the child returning',
      'The child may be a victim of trafficking even without physical restraint: consider an NRM referral',
    ],
    source: 'childrens_society_2018', // "a child cannot consent to being trafficked" (DOMAIN.md)
    // Release after interview or a placement's ordinary freedom ("he was released and free to go", "free to leave the
    // placement at 18"), and an adult's.
    requiresNear: [
      'nrm|trafficked|trafficking|slavery|exploited|exploitation|victim|reasonable|conclusive|grounds|decision|control|controlled|men|adults|line|debt',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'released|interview|custody|bail|placement|meeting|class|lesson|hospital|18|eighteen',
      // The control named beside it ("free to leave at any time, the court heard, but the men had her passport").
      // Review 24D: the adults holding the papers or threatening, not "she kept her own documents" or "he had not threatened".
      `${ADULT_SUBJECTS}|they|he had|has|have|kept|keeping|took|held|holding [her|his|their] passport|passports|documents|id`,
      `${ADULT_SUBJECTS}|they|he threatened|threatening|threaten`,
      'made|making|received|receiving threats',
      'court|jury|trial',
      'release|station|ward|informal|patient|sectioned|discharge|discharged|fire|dog|dogs|owner', // review 24B
    ],
    window: 10,
  },
  {
    id: 'naive_silly_probe24',
    // "she is naive and silly, getting into cars with strangers", "a silly girl": the child blamed for being groomed.
    patterns: ['naive|naïve and|or silly|stupid|foolish', 'silly|stupid|foolish and|or naive|naïve'],
    category: 'blames_child',
    explanation: 'Blames the child for being groomed. Adults who exploit children target their trust and inexperience.',
    alternatives: ['The child is being targeted by [who]: record what the adults did', 'The child may not recognise the risk because they have been groomed'],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'question|questions|mistake|idea|ideas|joke|jokes',
      // Review 24B: the child's own feeling, reported ("she felt stupid and naive", "described himself as naive").
      'felt|feel|feels|feeling naive|naïve|silly|stupid|foolish',
      'himself|herself|themselves|myself as',
    ],
    window: 3,
  },
  {
    id: 'dealing_for_adults_probe24',
    // "he is dealing drugs for older males", "established drug dealer": the child named as dealing, with the adults named
    // only as the ones he deals for (dealing_label has "for the olders").
    patterns: [
      `dealing|deals|dealt|selling|sells|sold drugs|cannabis|crack|heroin|cocaine|weed for [the|some|two|three|local] [*] older|men|males|adults|lads`,
      `dealing|deals|dealt|selling|sells|sold drugs|cannabis|crack|heroin|cocaine|weed on behalf of [the|some|two|three|local] [*] older|men|males|adults|lads`,
      'is|was|been|as an [*] [*] drug|drugs dealer',
    ],
    ...DEALER_WORDING,
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'forced|forcing|coerced|coercing|exploited|exploiting|made|groomed|pressured|threatened',
      `${ADULT_SUBJECTS} is|are|was|were|has|have|had [been]`,
      `dealer|dealers aged ${AGE_NUMBERS}`,
      'car|cars|antique|antiques|art|casino',
      'defendant|defendants|suspect|suspects|accused|judge|sentenced|sentencing|jailed|convicted', // review 24B: an adult defendant
    ],
    window: 5,
  },
  {
    id: 'pay_his_debt_probe24',
    // "he needs to pay his debt", "she has to pay back what she owes": a debt the exploiters made treated as the child's.
    patterns: [
      'needs|need|has|have|had|ought|must to pay|repay|clear|settle [back|off] her|his|their [drug|drugs] debt|debts',
      'needs|need|has|have|had|must to pay back|off her|his|their [drug|drugs] debt|debts',
      'pay|paying|pays|repay|repaying|work|working|works off|back her|his|their [drug|drugs] debt|debts',
    ],
    category: 'minimises_harm',
    explanation:
      'Treats a debt to exploiters as the child’s own obligation. Debt bondage ("you lost the drugs, you owe us") is how adults control children in criminal exploitation.',
    alternatives: [
      'The adults say the child owes them [amount]: debt bondage, a sign of criminal exploitation',
      'The child is being controlled through a debt the adults created: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] CCE: debt bondage
    requiresNear: [...CCE_CUES, 'owed|owes|owe|lost|robbed|seized|taxed|threatened|threats'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'rent|mortgage|loan|loans|bank|council|energy|bills|arrears|payday',
      'reparation|restorative|shop|library|fine|fines|bus|pass|canteen|lunch|book|books', // review 24B: ordinary debts
    ],
    window: 10,
  },
  {
    id: 'boyfriend_typo_probe24',
    // Misspelt "boyfriend" with an adult's age ("she has a boyfreind aged 26"); the same label as boyfriend_adult.
    patterns: ['boyfreind|boyfreinds|boyfrined|boyfirend|boyfiend|boyfrend|bofriend|boyfried'],
    category: 'adult_centred_label',
    explanation: 'Calls an adult who is abusing a child her “boyfriend”, which makes the abuse sound like an ordinary relationship.',
    alternatives: ['The child is in contact with an adult male, [age]', 'An adult (name, age) who is sexually exploiting the child'],
    source: 'docsbay_alternatives', // [A] "boyfriend" -> "adult male / perpetrator"
    requiresNear: ADULT_AGE_CUES,
    unlessNear: OTHER_PERSON_CUES,
    window: 6,
  },
  {
    id: 'self_images_probe24',
    // "taking indecent photos of herself and sharing them", "makes explicit videos of himself": images adults solicit
    // recorded as the child's act.
    patterns: [
      `taking|takes|took|take|making|makes|made|filming|films|filmed|sharing|shares|shared|posting|posts|posted indecent|explicit|sexual|nude|naked|topless|sexy photos|pictures|pics|images|videos|selfies of ${PRONOUN_SELF}`,
    ],
    category: 'criminalises_child', // as annotated in fresh19 ("was sharing indecent images")
    explanation:
      'Records sexual images of a child as something the child did. Adults solicit and coerce these images; making or sharing them is the adults’ abuse.',
    alternatives: [
      'The child was pressured or groomed into sharing images by [who]: record who asked for them',
      'Sexual images of the child are being shared: report to CEOP and use Report Remove',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what the adults did
    unlessNear: ['forced|coerced|pressured|pressurised|threatened|groomed|blackmailed|told|asked', 'made her|him|them'],
    window: 6,
  },
  {
    id: 'part_of_the_problem_probe24',
    // "she is part of the problem", "he is very much part of the problem now": an exploited child recast as a cause.
    // Review 24B: a pronoun as the subject, not "long waiting lists are part of the problem".
    patterns: [
      'she|he|they is|was|are|were|has|have|had [been] [now|also|very|seen|viewed] [much] part of the problem',
      "she|he|they|she's|he's|they're [now|also|very] [much] part of the problem",
      'she|he|they [now|also] become|becomes|became|becoming part of the problem',
      'and is|was [now|also|very] [much] part of the problem', // "Jess is bringing younger girls ... and is part of the problem"
    ],
    category: 'blames_child',
    explanation: 'Casts the exploited child as a cause of the harm. The adults who exploit children, including through other children, are the problem.',
    alternatives: [
      'The adults are using the child to reach other children: the child is a victim of exploitation',
      'Record what the child has been made to do and by whom',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // A service, a response or an adult as the problem ("the school's response is part of the problem").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS}|response|responses|approach|system|systems|culture|policy|process|housing|placement|it|this|that|drinking|alcohol|drugs|cannabis|phone|debt|poverty|gap|delay|delays`,
      // Review 24B: next to the wording, now that the match starts at its pronoun ("Ellis is not a victim, he is part").
      "not|never|isn’t|isn't|wasn’t|wasn't [a|really|actually|the] part|problem",
      'lack|provision|funding|absence|shortage|waiting|resources|staffing',
      // Review 24D: these as the subject, not "he is part of the problem on the estate".
      'the|this|that|their|our|local [*] list|lists|environment|area|estate|community|services|service|thinking|attitude|attitudes|language|silence is|are|was|were',
    ],
    window: 3,
  },
  {
    id: 'criminally_sophisticated_probe24',
    // "he presents as criminally sophisticated for a 14 year old", "a sophisticated offender", "found cuckooing".
    patterns: [
      'criminally sophisticated|astute|savvy|minded|aware|experienced',
      'sophisticated|seasoned|hardened|experienced offender|offenders|criminal|criminals|dealer|dealers',
      'found|caught|seen|arrested|involved cuckooing',
    ],
    category: 'criminalises_child',
    explanation:
      'Describes a child as an experienced criminal. Children drawn into crime by adults are victims of criminal exploitation; their skill reflects how long they have been exploited.',
    alternatives: [
      'The child has been criminally exploited for some time by [who]',
      'The child is being used by adults in [activity]: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: child is a victim
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'network|networks|gang|gangs|group|groups|ocg|ocgs|operation|operations|men|adults|adult|man|male|males|perpetrator|perpetrators|organisation|organisations|fraud|fraudsters',
      // Review 24D: a defendant may be the child ("the defendant, aged 15, is criminally astute"); an adult one by age.
      'judge|sentencing|sentenced|jailed',
      `adult|${AGE_TOKENS} defendant|defendants`,
      'suspect|suspects|accused|convictions|prisoner|prisoners|inmate|inmates', // review 24B: an adult suspect
      'poker|casino|cards|card|blackjack|roulette', // review 24E: a card dealer
    ],
    window: 4,
  },
  {
    id: 'happy_to_go_probe24',
    // "she was happy to go back to the flat with them", "keen to get in the car" (staying is happy_to_round23, "more
    // than happy" happy_enough_round22).
    patterns: [
      'happy|content|keen|eager to go|come|get|return|head [back] [to|with|in|at|into] [the|a|an|their|his|that|this] flat|flats|house|address|addresses|hotel|car|cars|men|males|them|party|parties',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child as willing to go with the adults. A groomed or frightened child may seem happy; record what the adults did to bring the child there.',
    alternatives: [
      'The child went with [who] to [where]: record the adults’ ages and what they gave or said',
      'The child may have been groomed to go with the adults',
    ],
    source: 'docsbay_alternatives', // [A] "consenting" -> "being abused / exploited"
    requiresNear: [...ADULT_CUES, 'them|they|olders|elders|flat|flats|address|hotel|party|parties|car|cars'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      "not|never|isn't|isn’t|wasn't|wasn’t|unhappy|school|home|placement|foster|college|class|club|trip|holiday|family|hospital",
      'more than|enough',
      'respite|shares|baby|tenancy|welcomed|nan|gran|aunt|grandparents', // review 24B: her own home or flat
    ],
    window: 6,
  },
  {
    id: 'agreement_to_sex_probe24',
    // "she was in agreement to the sex", "in agreement with the sexual activity".
    // Review 24B: sex named, not "in agreement with the contact" or "the sexual health referral".
    patterns: ['in agreement to|with the|this|that|any sex|intercourse', 'in agreement to|with the|this|that|any sexual activity|contact|intercourse|act|acts'],
    category: 'implies_consent',
    explanation: 'Records sexual activity with a child as something the child agreed to. A child cannot consent to their own abuse.',
    alternatives: ['The child was sexually abused by [who]', 'The adult had sexual contact with a child aged [age]: this is abuse'],
    source: 'docsbay_alternatives', // [A] "consenting" -> "being abused / exploited"
  },
  {
    id: 'negative_influence_probe24',
    // "a negative influence on her peers", "a corrupting influence on the younger residents".
    // Review 24B: an influence on other children, not "lockdown had a negative influence on her mental health".
    patterns: [
      'negative|corrupting|toxic|malign|disruptive influence|influences on|over|for [the|her|his|their|other|some|these|those] [*] peers|peer|friends|friend|sister|sisters|brother|brothers|siblings|sibling|residents|children|girls|boys|kids|others|group|classmates|pupils|students|younger|cousins',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the harm to their friends, which hides the adults who target and groom groups of young people.',
    alternatives: [
      'The child and their peers are being targeted by [who]: consider a peer group assessment',
      'Record who the child spends time with, their ages and where',
    ],
    source: 'durham_scp', // [F] focus on who causes harm
    // An adult, a parent, a phone or a place as the influence ("the men are a negative influence on her").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS}|social|media|phone|phones|internet|music|video|videos|games|gaming|tiktok|youtube|film|films|area|estate|environment|stepfather|partner|boyfriend|uncle`,
      // Review 24D: not "her mood is low" after it; screen time as the influence.
      'screen|screens time|use',
    ],
    window: 5,
  },
  {
    id: 'not_considered_victim_probe24',
    // "she was not considered a victim as she was able to leave", "not seen as a victim because she had been drinking":
    // victimhood refused for a reason the writer gives as their own.
    patterns: [
      'not considered|deemed|regarded|seen|treated|accepted|viewed|recognised|recognized [as] a|an [real|genuine|true] victim as|because|since|given|due',
      'not considered|deemed|accepted to be a|an [real|genuine|true] victim as|because|since|given|due',
    ],
    category: 'blames_child',
    explanation:
      'Denies that the child is a victim because of what the child did. Inquiries found that exploited children were refused protection because professionals decided they were not victims.',
    alternatives: [
      'The child is a victim of [sexual / criminal] exploitation: what they did does not change that',
      'Record what the adults did; consider an NRM referral',
    ],
    source: 'childrens_society_2018', // the guide's principle, as not_a_victim
    // Review 24B: an adult or property, and a review criticising the practice.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'shopkeeper|owner|owners|landlord|neighbour|tenant|customer|business|nothing|undamaged',
      'the|her|his|their partner was|is|were|are not',
      'review|reviewer|reviews|inquiry|inspection|audit|panel|report found|finds|concluded|criticised|highlighted|noted',
      'wrongly',
    ],
    window: 10,
  },
  {
    id: 'knows_own_mind_probe24',
    // "a young woman who knows her own mind": a child given an adult's full autonomy over contact with adults.
    patterns: ['young woman|lady|man who|that knows|knew her|his own mind', 'knows|knew her|his own mind'],
    category: 'implies_consent',
    explanation: 'Presents the child as an independent adult making free decisions. A child who is groomed or controlled is not choosing freely.',
    alternatives: [
      'The child is [age]; concern that the adults are influencing their decisions',
      'The child may be groomed: record who they are with and what the adults give them',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited is not a 'lifestyle choice'"
    // Session 23: the child's own age beside it ("she knows her own mind, she's 15", "15yo girl requesting the implant,
    // mature and knows her own mind"): an adult's autonomy given to a child in so many words.
    requiresNear: [
      ...ADULT_CUES,
      'young woman|lady',
      'she|he is|was [*] [a] young woman|lady',
      `she's|he's|shes|hes|she’s|he’s|aged|only|just ${CHILD_AGE_NUMBERS}`,
      CHILD_AGE_TOKENS,
      '10|11|12|13|14|15|16|17 y|yo|year|yr|yrs',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|college|course|career|subjects|options|food|clothes|music|hair',
      // The child an adult ("a young woman of 19 who knows her own mind", "a young woman now, 18"), not the partner's
      // age ("seeing a man aged 30": review 24D).
      `young woman|lady|man of|aged ${AGE_NUMBERS}`,
      `now|turned ${AGE_NUMBERS}`,
      `she|he is|was [now] [aged] ${AGE_NUMBERS}`,
      `leaver|leavers [of|aged] ${AGE_NUMBERS}`, // review 24B: a care leaver of 19
    ],
    window: 8,
  },
  {
    id: 'prostitution_typo_probe24',
    // Misspelt "prostituting" ("prostitueing herself"): the same label as prostitution.
    patterns: ['prostitue*|prostituing|prostituting|prosititut*|prostitition*|prostituion*|prosttut*'],
    category: 'sexualises',
    explanation:
      'A child cannot be a prostitute. The term was removed from legislation and official statistics because it treats child sexual abuse as work the child does.',
    alternatives: ['The child is being sexually exploited by [who]', 'Adults are paying to abuse the child: record who'],
    source: 'ons_terminology', // "Child prostitute / child prostitution" row, SOURCES.md 3
  },
  {
    id: 'defies_warnings_probe24',
    // "she has been told many times not to go there but continues to do so", "having been told not to", "disobeys her
    // carers and goes to the men's flat": a groomed child's return to the adults recorded as defiance.
    patterns: [
      'but|yet [she|he|they] [still] continues|continued|persists|persisted|carries|carried to|on do|doing|go|going so|there|back|anyway',
      'having|has|have|had been told|warned|advised [many|several|numerous|repeatedly|countless] [times] not to',
      'disobeys|disobeyed|disobeying|defies|defied|defying|ignores|ignored|ignoring her|his|their carers|carer|parents|mum|staff|workers|advice|warnings',
    ],
    category: 'blames_child',
    explanation:
      'Records a groomed child’s return to the adults as defiance of warnings. Children who are groomed, threatened or in debt to the adults often cannot stay away; the adults are responsible.',
    alternatives: [
      'The child continues to be drawn back to [who]: record what the adults offer, threaten or demand',
      'Warnings have not kept the child safe: plan how to disrupt the adults',
    ],
    source: 'cara_prior_art', // CARA disengagement family; [F] focus on what the person causing harm did
    requiresNear: [...ADULT_CUES, "men's|man's|olders|elders|flat|address|house|hotel|car|cars|party|parties|boyfriend|online|there|them|him"],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'school|homework|uniform|phone|screen|bedtime|diet|medication|doctor|gp|hospital|brace|inhaler',
      `${ADULT_SUBJECTS} has|have|had|is|are|was|were`,
      // Review 24B: an adult who carried on.
      `${ADULT_SUBJECTS} continued|continues|persisted|carried|ignored|disobeyed`,
      'drive|driving|insurance|licence',
    ],
    window: 10,
  },
  {
    id: 'uses_sex_probe24',
    // "she uses sex to get what she wants", "uses her body to get money and cigarettes".
    patterns: ['uses|used|using|use sex to|for|as', `uses|used|using|use ${PRONOUN_POSS} body|bodies to get|for|as`],
    category: 'sexualises',
    explanation: 'Describes a child being sexually exploited as trading on sex. Adults who give a child things for sex are abusing them.',
    alternatives: ['Adults are giving the child [what] in return for sex: this is sexual exploitation', 'The child is being sexually exploited by [who]'],
    source: 'docsbay_alternatives', // [A] "Promiscuous / sexual activity" -> exploitation
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} uses|used|using|use`,
      'education|lesson|lessons|toys|toy|language|tool|weapon',
      'workshop|workshops|why|discussion|discussed|explained|explored', // review 24B: teaching
      'control|coerce|manipulate|punish|hurt', // review 24B: the adult's act ("uses sex to control her")
    ],
    window: 4,
  },
  {
    id: 'happy_with_situation_probe24',
    // "the case was closed as she is happy with her situation", "he seems content with the arrangement".
    patterns: ['happy|content|settled|comfortable with her|his|their|the|this|that [current] situation|arrangement|arrangements|lifestyle|choices|life'],
    category: 'minimises_harm',
    explanation:
      'Treats a child’s apparent contentment as a reason to step back. A groomed or controlled child may say they are happy; the risk from the adults remains.',
    alternatives: [
      'The child says they are happy, but [adults, risks] remain: record them and keep the case open',
      'The child may be groomed to appear content: record what the adults provide',
    ],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...ADULT_CUES,
      'closed|close|closure|nfa|concerns|risk|cse|cce|exploitation|exploited|missing|line|gang|olders|flat|address',
      'no further action',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'placement|foster|carers|school|college|home|hostel|accommodation|lodgings|supported|plan|support|worker|keyworker|contact|timetable|course|job|new',
      'aunt|auntie|uncle|gran|nan|grandparents|grandmother|grandfather|grandma|grandad|kinship|stopped|ceased', // review 24B: a good outcome
      `${ADULT_SUBJECTS} is|are|was|were|seems|seem|appears|appear`,
    ],
    window: 10,
  },
  {
    id: 'wrong_path_probe24',
    // "he has chosen to go down the wrong path", "decided to go down the gang route" ("chosen a life of crime" is
    // lifestyle_choice and a criminal label, as tune11 marks it).
    // Review 24B: not "the criminal route" (a legal route: "CPS decided to go down the criminal route").
    patterns: [
      // Review 24E: "the wrong road" only as a path of life, not the way home ("...and got lost").
      'chosen|chose|chooses|choosing|choose|decided|decides|deciding to go|head down|along the|a|this|that wrong|criminal|gang path',
      'chosen|chose|chooses|choosing|choose|decided|decides|deciding to go|head down|along the|a|this|that gang road',
      'chosen|chose|chooses|choosing|choose|decided|decides|deciding to go|head down|along the|a|this|that wrong|gang route',
    ],
    category: 'implies_consent',
    explanation: 'Presents criminal exploitation as a path the child chose. Children drawn into crime are groomed, pressured and controlled by adults.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults have drawn the child into [activity]: consider an NRM referral'],
    source: 'complex_safeguarding_wales', // [D] CCE: "choosing this lifestyle" -> "criminally exploited"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} has|have|had|is|are|was|were`,
      'walk|walking|woods|lost|fork|map|satnav|directions', // review 24E: the way itself ("...and got lost")
    ],
    window: 4,
  },
  {
    id: 'member_of_line_probe24',
    // "a trusted member of the line", "an active member of the deal line".
    patterns: ['trusted|active|senior|loyal|willing|established|key|valued|full member|members of the|a|his|their [*] line|lines|deal-line|crew|operation'],
    category: 'criminalises_child',
    explanation: 'Names the child as a member of a drug line or crew. Children used in drug supply are victims of criminal exploitation.',
    alternatives: [
      'The child is being criminally exploited by [who] on the [name] line',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: child is a victim
    unlessNear: [...OTHER_PERSON_CUES, `${ADULT_SUBJECTS} is|are|was|were`, 'staff|team|committee|council|board|club|church|school|helpline|phone'],
    window: 4,
  },
  {
    id: 'married_to_adult_probe24',
    // "she is married to a man of 26 under Islamic law; she is 15", "married to the 30-year-old".
    // Not "married to a 29-year-old man abroad; this is forced marriage" (fresh20): the veto does not reach across the
    // semicolon, so the age alone is left to husband_child_marriage's ceremony cues.
    patterns: ['married|wed|engaged|betrothed|promised to a|an|the|this|that [older] man|male|adult|husband'],
    category: 'adult_centred_label',
    explanation: 'Describes an adult’s abuse of a child as a marriage. A child cannot marry; a marriage of a child is forced marriage and the sex is abuse.',
    alternatives: ['The child is in a forced marriage to [adult, age]: this is abuse', 'An adult (name, age) who is sexually abusing the child'],
    source: 'docsbay_alternatives', // [A] "boyfriend" -> "adult male / perpetrator"; forced marriage (DOMAIN.md)
    // A forced marriage named as such ("was married to a 29-year-old man abroad; this is forced marriage", fresh20).
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'woman|women|lady|widow|divorced',
      `${ADULT_SUBJECTS} is|was|were|are|has|had|got`,
      'forced|forcing|coerced',
      'childminder|tenant|neighbour|teacher|lodger|landlady|nanny', // review 24B: adults
      `${AGE_NUMBERS} herself|himself|themselves`,
    ],
    window: 12,
  },
  // Review 24E dropped lost_cause, sly_label, does_not_want_to_know, choosing_relationships, chasing_men and been_around
  // (probe 24; "been around the block" stays with sexualising_labels_round13):
  // no finding on the pooled tuning sets, and ordinary false alarms even once narrowed (a garden "too far gone", a
  // child "sneaky with the TV remote", "shut everyone out after her grandad died", "chose these men as her mentors").
  {
    id: 'not_taken_seriously_probe24',
    // "her allegations are not to be taken seriously given her history", "cannot be taken seriously".
    patterns: ['not [to] be taken seriously', "can't|cannot|can’t be taken seriously"],
    category: 'blames_child',
    explanation:
      'Dismisses the child’s account. Children who have been abused often give accounts that change or come late; every account must be taken seriously.',
    alternatives: ['Record what the child said and when; inconsistent accounts are common after trauma', 'The child’s account must be investigated'],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md)
    requiresNear: ['allegation|allegations|account|accounts|disclosure|disclosures|claims|claim|she|he|her|his'],
    // Not a view that waits for an investigation ("cannot be taken seriously until it is investigated, and it was referred").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      `${ADULT_SUBJECTS} is|are|was|were|has|have`,
      'threat|threats|warning|warnings|until|unless|investigated|investigation|referred|referral',
      // Review 24D: the child's fear of not being believed ("she feared she would not be taken seriously").
      'would|will|might|may not be taken seriously',
      'worried|worries|worry|feared|fears|fear|afraid|scared|frightened|feel|feels|felt|thinks|thought',
    ],
    window: 6,
  },
  {
    id: 'living_as_partner_probe24',
    // "she is effectively living as the man's partner", "lives as his wife".
    patterns: [
      "living|lives|lived as his|the|a [*] man's|man’s|male's|adult's|partner|wife|girlfriend",
      "living|lives|lived as his|the|a man's|man’s|male's|adult's partner|wife|girlfriend",
    ],
    category: 'adult_centred_label',
    explanation: 'Describes an adult’s abuse of a child as a partnership. A child living with an adult who has sex with them is being abused.',
    alternatives: ['The child is living with [adult, age], who is sexually abusing her', 'An adult (name, age) is controlling and abusing the child'],
    source: 'docsbay_alternatives', // [A] "boyfriend" -> "adult male / perpetrator"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'woman|women|lady|couple|carer|carers|foster',
      // Review 24D: an adult woman, a past marriage, a business partner.
      'stepsister|sister|aunt|auntie|lodger|tenant|ms|mrs|miss|divorce|divorced|years|practice|business|firm|company|retiring|retired',
    ],
    window: 4,
  },
];
