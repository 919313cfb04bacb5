import {
  AGE_NUMBERS,
  AGE_TOKENS,
  ADULT_CUES,
  OTHER_PERSON_CUES,
  FRIEND_CUES,
  SEXUAL_CUES,
  CCE_CUES,
  RISK_CONTEXT_CUES,
  SAME_AGE_PARTNER_CUES,
  EXPLOITATION_CONTEXT_CUES,
  EVERYDAY_CHOICE_CUES,
  PRONOUN_SELF,
  PRONOUN_POSS,
  ADULT_AGE_CUES,
  DRUG_SUPPLY_CUES,
  CHILD_CENTRED_CCE_CUES,
  ADULT_OR_OTHER_CUES,
  STRONG_RISK_CUES,
  AGAINST_ADVICE_CUES,
  PROFESSIONAL_CUES,
  LABEL_FRAME_CUES,
  EVERYDAY_PARTICIPATION_CUES,
  UNTRUTHFUL,
  ADULT_TROUBLE_LABEL,
  ADULT_OWN_PAST_CUES,
  SERVICE_ADULTS,
  ADULT_AGE_WORDS,
} from './lexicon-cues.ts';
import { REVIEW_WORDING_ENTRIES } from './lexicon-review.ts';
import { ROUND_22_ENTRIES, ROUND_22_HARM_ENTRIES, ROUND_22_MORE_ENTRIES } from './lexicon-round22.ts';
import { ROUND_23_ENTRIES } from './lexicon-round23.ts';
import { ROUND_24_ENTRIES } from './lexicon-round24.ts';
import { ROUND_27_ENTRIES } from './lexicon-round27.ts';
import { ROUND_28_ENTRIES } from './lexicon-round28.ts';
import { ROUND_29_ENTRIES } from './lexicon-round29.ts';
import { ROUND_32_ENTRIES } from './lexicon-round32.ts';
import { ROUND_25_ENTRIES } from './lexicon-round25.ts';
import { DEALER_WORDING, MENTOR_WORDING, OFFENDER_WORDING } from './lexicon-wording.ts';
import { PROBE_23_ENTRIES } from './lexicon-probe23.ts';
import { PROBE_24_ENTRIES } from './lexicon-probe24.ts';
import { PROBE_25_ENTRIES } from './lexicon-probe25.ts';
import type { LexiconEntry } from './types.ts';

// Session 19: goods a child sells in an ordinary way (selling_for); not food, phones or "stuff", which notes also use of
// drug supply.
const SOLD_GOODS =
  'clothes|clothing|cakes|sweets|tickets|trainers|shoes|jewellery|jewelry|makeup|make-up|books|toys|crafts|bracelets|earrings|candles|plants|prints|slime|items';

// Relatives who may have a partner of their own (boyfriend_adult, round 23).
const OTHER_REL = 'mum|mam|mother|dad|father|sister|sisters|brother|brothers|aunt|auntie|aunty|nan|gran|grandmother|cousin|stepmum|stepdad|carer|carers|uncle';

// A relative's own partner, not a relative who reports the child's ("Harley's mum said Harley's boyfriend is 23", "at her
// 19-year-old boyfriend's house with his mum present"): the relative's possessive, or the relative with, living with or
// bringing their own partner (boyfriend_adult, partner_adult; round 23).
const RELATIVE_OWN_PARTNER_CUES: readonly string[] = [
  // Review 23C: not "friend" ("her boyfriend, 24, was previously the partner of her friend" is still hers).
  'boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|husband|wife|fella|bloke of her|his|their [older|younger|elder|big|little] sister|brother|mum|mother|cousin|aunt|auntie|dad|father',
  ...OTHER_PERSON_CUES.map((c) =>
    c
      .split('|')
      .filter((w) => w.endsWith("'s"))
      .join('|'),
  ),
  `${OTHER_REL} and|with|has|have|had|is|was|lives|lived|living|stays|stayed|married|marry|marries [got] [a|her|his|their] [new] [older] [${AGE_TOKENS}] boyfriend|boyfriends|girlfriend|girlfriends|partner|husband|wife|fella|bloke|fiance|fiancé`,
  // Review 23B: the relative's own going ("nan lives with her partner", "mum went on holiday with her boyfriend"), not the
  // relative who saw the child with hers ("her uncle saw her with her boyfriend, 25"): no pronoun among the words between.
  `${OTHER_REL} [is|was|has|had|have|and|now|also|still|often|currently|recently|been] [*] [on|in|at|to|out|away|together|abroad|back|off|up|there|nights|days|shifts|late|offshore|full-time|part-time] [holiday|holidays|abroad|together|away|there|home|here] and|with her|his|their [new] [older] [${AGE_TOKENS}] boyfriend|girlfriend|partner|husband|wife|fella|bloke`,
  `${OTHER_REL} is|was|are|were [aged] ${AGE_NUMBERS}|${AGE_TOKENS} and her|his|their boyfriend|girlfriend|partner|husband|wife|fella|bloke`,
  // Review 23B: the relative engaged, pregnant, married or moving in with their own partner ("Mum is now engaged to her
  // boyfriend, 42", "her sister, 20, is expecting a baby with her boyfriend (24)", "Dad lets his partner, 35, discipline
  // the children"); no pronoun between, so not "Mum said she is pregnant by her boyfriend".
  `${OTHER_REL} [is|was|has|had|have|now|recently|got|been|also|just|currently|${AGE_NUMBERS}] [is|was|has|had|have|now|recently|got|been|also|just|currently|${AGE_NUMBERS}] [is|was|has|had|have|now|recently|got|been|also|just|currently] engaged|pregnant|marrying|married|marry|marries|expecting|moved|lets [to|by|with|in|a] [baby|child] [with|by] her|his|their [new] [older] boyfriend|girlfriend|partner|husband|wife|fella|bloke`,
  // Review 23B: the relative tells of their own partner ("Mum told the social worker that her boyfriend, 38, has moved
  // out"), not of the child's by name ("Harley's mum said Harley's boyfriend is 23").
  `${OTHER_REL} says|said|told|tells|reports|reported|states|stated [*] [*] [*] [that] her|his|their [new] boyfriend|girlfriend|partner|husband|wife|fella|bloke`,
  // Review 23B: possessives of relatives the base list does not hold ("her uncle's girlfriend, 28").
  "uncle's|uncle’s|stepdad's|stepdad’s|stepmum's|stepmum’s|grandad's|grandad’s|grandma's|grandma’s|aunty's|aunty’s|step-dad's|step-mum's",
  `${OTHER_REL} [*] [*] [*] has|have|had|lives|lived|living|brought|brings|married|marries [been] [with] [a|her|his|their] [new] [older] boyfriend|girlfriend|partner|husband|wife|fella|bloke`,
];

// Round 32: an adult's own partner, given an adult age ("PoP's girlfriend is 26", "the driver's girlfriend, aged 41",
// "Mr D's partner, aged 34", "Mr W lives with his partner (42)"): an adult named by title, by the role of an offender,
// a person on probation or a worker, owns the partner, who is an adult too. Not a child's partner of an adult age ("her
// boyfriend is 25"), nor an adult's word for a child ("the man said his girlfriend is 19": no reporting verb between).
// Not "the man's girlfriend, 25, was in the car with Chloe, 14" (round 27 keeps a plain adult's partner's label when a
// child is named after it: adultPossessor).
const PARTNER_LABELS = 'boyfriend|girlfriend|partner|wife|husband|fiance|fiancé|fiancee|fiancée|gf|bf';
const ADULT_AGED = `[is|was|aged|who|now] [is|was|aged] [about|around|approx|approximately] ${AGE_NUMBERS}|${AGE_TOKENS}`;
const possessives = (words: readonly string[]): string => words.flatMap((w) => [`${w}'s`, `${w}’s`]).join('|');
// Review 32: roles no child holds stand alone ("PoP's girlfriend"); roles a child may hold in youth justice or a referral
// need a determiner or an adult word right before ("the suspect's wife", not "the young offender's girlfriend"), and
// "user" only as an adult ("adult user's wife"): "the service user's boyfriend" and "the subject's boyfriend" are often
// the child's.
const ADULT_OWNER_POSSESSIVES = possessives(['pop', 'rso', 'perpetrator', 'supervisee', 'prisoner', 'detainee', 'driver', 'landlord', 'employer']);
const ADULT_OWNER_DETERMINERS = 'the|this|that|a|an|adult|male|female|registered|sex|known|convicted';
const ADULT_OWNER_ROLE_POSSESSIVES = possessives(['nominal', 'suspect', 'offender', 'defendant', 'accused']);
const ADULT_OWN_PARTNER_AGED_CUES: readonly string[] = [
  `mr|mrs|ms|dr * ${PARTNER_LABELS} ${ADULT_AGED}`,
  `${ADULT_OWNER_POSSESSIVES} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `${ADULT_OWNER_DETERMINERS} ${ADULT_OWNER_ROLE_POSSESSIVES} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `adult ${possessives(['user'])} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `mr|pop|rso|nominal|suspect|offender|defendant|supervisee|driver [*] lives|lived|living|stays|stayed|moved|resides [in] with his ${PARTNER_LABELS} ${ADULT_AGED}`,
  `mrs|ms|woman|female|lady [*] lives|lived|living|stays|stayed|moved|resides [in] with her ${PARTNER_LABELS} ${ADULT_AGED}`,
];

// A child's age as one token ("the 14-year-old"), for wording that names the child by age.
const CHILD_AGE_TOKENS = Array.from({ length: 8 }, (_, i) => i + 10)
  .flatMap((n) => [`${n}-year-old`, `${n}yo`])
  .join('|');
// Open 34 (runner_label): an adult named as the runner, and the words that show the naming is an apposition.
const RUNNER_ADULT = `a|an [older|adult|grown] [${AGE_TOKENS}] man|woman|male|female|adult|bloke|${AGE_TOKENS}`;
const RUNNER_APPOSED = `aged|age|${AGE_NUMBERS}|${AGE_TOKENS}|of|with|was|is|were|are|known|believed|thought|suspected|charged|arrested|remanded|convicted|jailed|sentenced|cautioned|bailed|named|identified|previously`;
const CHILD_AGE_NUMBERS = '10|11|12|13|14|15|16|17';
// An adult's own partner given a child's age, after the adult (boyfriend_adult: "Mr T's girlfriend is 15", "the RSO has a
// lady friend aged 16").
const OWN_CHILD_PARTNER = `[new|older|current|latest] [lady|gentleman] boyfriend|girlfriend|gf|partner|friend|wife|husband [is|was|aged] [only|just|a] ${CHILD_AGE_NUMBERS}|${CHILD_AGE_TOKENS}`;

// Selling, holding or carrying drugs for a group (selling_for_group, carrying_for_group): the same reading and guidance.
const FOR_GROUP = {
  category: 'criminalises_child',
  explanation: 'Describes a child who is being used to sell or hold drugs for others as a seller, which hides the adults who control the supply.',
  alternatives: [
    'The child is being criminally exploited to sell or hold drugs for [who]',
    'Concern that the child is being used in drug supply by older people: record who',
  ],
  source: 'yjlc', // [C] CCE language: the child is exploited, not "dealing"
  unlessNear: [
    ...CHILD_CENTRED_CCE_CUES,
    'drawn|lured|used|sucked',
    'cakes|clothes|items|tickets|sweets|bike|vinted|ebay|depop|shop|shops|bakery|food|market|stall|door|doors|baby|hand|hands|charity|raffle|school|fair|coats|bags|place|seat|seats|fort|youth|church|scouts|guides|club',
  ],
  window: 5,
} as const satisfies Partial<LexiconEntry>;

export { ADULT_CUES, CCE_CUES, CRITICISM_CUES, EXPLOITATION_CONTEXT_CUES, OTHER_PERSON_CUES, SEXUAL_CUES } from './lexicon-cues.ts';

// The victim-blaming lexicon (issue 4, part 1). Wording, explanations and alternatives are Lantern's own; each entry
// cites the guide it follows (sources.ts, all from shared/SOURCES.md section 3).
// Design rules:
// - Alternatives keep the risk explicit. They never soften a concern away (CARA prior art, `preserveRisk`): an "older
//   boyfriend" becomes an adult whose age and power over the child are recorded, never a "friend".
// - Precision first. Words that are harmless in most notes ("working", "chose to", "boyfriend", "consent") only count
//   near a cue that shows the exploitation context (`requiresNear`), and not near wording that shows another
//   meaning (`unlessNear`). Cue patterns use the same grammar as the entry patterns (core/text/matcher.ts).
// - Patterns cover the tokenizer's view of words: hyphenated words are one token ("attention-seeking"), so both the
//   spaced and the hyphenated spelling are listed.
// - Deliberately NOT entries: "cuckooed"/"cuckooing" (it names what adults do to a home and its occupant, and does not
//   blame the child); "did not attend" and "low risk" (standard clinical and screening terms that the product itself
//   uses); "sexualised behaviour" (a recognised indicator, not a label).

// ---- Entries -------------------------------------------------------------------------------------------------------

// Review 22B L11: the behaviour explained as coping with fear ("running off is how Kayden copes when he is scared",
// "absconding is how she copes when she is frightened"). It was a CRITICISM_CUES entry, which silenced every later label
// in the sentence ("..., and she chooses to go to the flat"); now it vetoes only the behaviour label it explains.
const COPING_CUE =
  'is|was how * cope|copes|coped when|if [he|she|they] [is|are|was|were|feels|feel|felt|gets|get|got] scared|frightened|afraid|anxious|upset|overwhelmed|threatened|panicked';

// Courtship and casual-sex words for an adult with a child (dating_adult, casual_sex_adult) share their replacements and
// vetoes: someone else's partner, a friend, and "men she meets on the dating app" (the app's name, not the label).
const ADULT_SEXUAL_CONTACT_ALTERNATIVES = [
  'An adult aged [age] is grooming or sexually exploiting the child',
  'The child has been sexually abused by an adult (record their age)',
];
const ADULT_ROMANCE_VETOES = [...OTHER_PERSON_CUES, ...FRIEND_CUES, 'dating app|apps|site|sites|website|websites|profile|profiles'];

// What fine_on_return and returned_fine (one entry until round 22) tell the writer, with their source: the same
// reasoning as "safe and well" on return.
const FINE_ON_RETURN = {
  category: 'minimises_harm',
  explanation:
    'Describes how the child seemed on return, not what happened to them. Children who have been abused often appear calm; it says nothing about where they were or who they were with.',
  alternatives: [
    'Record where the child was, who with, and what they said in the return home interview',
    'The child presented as [presentation]; this does not rule out harm: record the risks the episode showed',
  ],
  source: 'childrens_society_2022',
} as const satisfies Pick<LexiconEntry, 'category' | 'explanation' | 'alternatives' | 'source'>;

// Probe 24: staff or a parent as the subject of "put herself at risk" (the cue runs into the wording it vetoes; review
// 24B: up to the reflexive, so "Mum got a call saying she had placed herself at risk" stays the child's).
const STAFF_PUT_SELF_CUE =
  'staff|worker|workers|officer|officers|member|nurse|carer|carers|manager|teacher|constable|sergeant|paramedic|firefighter|colleague|colleagues|pc|inspector|volunteer|volunteers|mum|mother|dad|father|parent|parents [had|has|have|also|then] put|puts|putting|placed|places|placing|place|got|gets|getting|exposed|exposes|exposing himself|herself|themselves';

// Round 28: a child's labour where trafficked children are put to work (a nail bar, a car wash, a cannabis farm), or to
// pay off the journey ("agreed to work at the nail bar to pay for his journey", "chose to work in the nail bar to pay
// off his family's loan"), for the entries that would call it the child's choice. Not a farm or a debt alone (work
// experience on a farm, an adult paying back arrears), nor paying for a journey (a train fare).
const LABOUR_EXPLOITATION_CUES: readonly string[] = [
  'work|works|worked|working at|in|for [the|a] nail bar|bars|salon|salons',
  'work|works|worked|working at|in [the|a] car wash|washes',
  'work|works|worked|working at|in|on [the|a] cannabis farm|farms',
  'to pay off|back [his|her|their] [*] journey|passage|crossing',
  'to pay for [his|her|their] passage|crossing',
];

// Review 28: a fee paid back is not the passage a child works off ("agreed to pay back the crossing fees to the council").
const LABOUR_EXPLOITATION_VETOES: readonly string[] = [
  'journey|passage|crossing fee|fees|toll|tolls',
  // Round 29: a holiday or part-time job at such a place (RESULTS.md round 28, left open: "She chose to work at the nail
  // bar over the summer", "he opted to work at the car wash during the holidays", "she has chosen to take a Saturday
  // job at the salon", "work experience at the nail bar"). From the work itself, so that the time is within reach.
  'work|works|worked|working|job|jobs at|in [the|a] nail bar|bars over|during|in|for the summer|holidays|holiday|half-term|easter',
  'work|works|worked|working|job|jobs at|in [the|a] salon|salons over|during|in|for the summer|holidays|holiday|half-term|easter',
  'work|works|worked|working|job|jobs at|in [the|a] car wash|washes over|during|in|for the summer|holidays|holiday|half-term|easter',
  'summer|holiday|saturday|sunday|weekend|part-time|evening job|jobs',
  'work experience|placement',
];

const ENTRIES: readonly LexiconEntry[] = [
  // ===== Child sexual exploitation: consent, choice and sexualising labels =====
  {
    id: 'promiscuous',
    patterns: ['promiscu*', 'promiscous|promiscious|promiscius'], // common misspellings
    category: 'sexualises',
    explanation:
      'Calls a child who is being sexually abused sexually loose, which puts the blame on the child and hides the adults who are abusing them. Inquiries found this word used about exploited children in Rotherham and elsewhere.',
    alternatives: [
      'The child is being sexually exploited: record who the adults are, their ages and what was given or promised',
      'Concerns that the child has been sexually abused by several people',
    ],
    source: 'childrens_society_2018', // the guide's principle; the word is named in issue 4 from the inquiries
    // Round 29: a network card's mode ("put the wireless adapter into promiscuous mode to capture the traffic",
    // "packet sniffing in promiscuous mode", "the NIC was left in promiscuous mode").
    unlessNear: ['mode|modes|adapter|adapters|adaptor|adaptors|nic|packet|packets|router|routers|sniffing|sniffer|wireshark'],
  },
  {
    id: 'sexually_active_under_13',
    patterns: ['sexually active'],
    category: 'implies_consent',
    explanation: 'A child under 13 cannot consent to any sexual activity in law. Calling them "sexually active" describes rape as a lifestyle.',
    alternatives: [
      'The child has been raped: this needs an immediate police and children’s social care referral',
      'Concerns exist that the child has been coerced, exploited or sexually abused',
    ],
    source: 'docsbay_alternatives', // [A] "Sexually active since" (age under 13)
    requiresNear: [
      'age|aged 8|9|10|11|12',
      '8|9|10|11|12 year|years|yrs old',
      '8-year-old|9-year-old|10-year-old|11-year-old|12-year-old',
      'under 13|thirteen',
      'was|were|is 8|9|10|11|12',
      'age of 8|9|10|11|12',
      'year 7',
    ],
  },
  {
    id: 'sexually_active',
    patterns: ['sexually active'],
    category: 'implies_consent',
    explanation:
      'Presents sexual contact as something the child does, when the child may have been groomed, coerced or exploited. It closes the question of who the other person is.',
    alternatives: [
      'The child has described sexual activity; concerns exist that they may have been groomed, coerced or exploited: record the other person’s age and how they met',
      'Possible sexual abuse: record who was involved, their ages and any age gap or power imbalance',
    ],
    source: 'docsbay_alternatives', // [A]; also CARA prior art
    unlessNear: [
      // Round 23: a partner of the child's own age (SAME_AGE_PARTNER_CUES): not an adult's abuse named as the child's
      // activity.
      ...SAME_AGE_PARTNER_CUES,
    ],
  },
  {
    id: 'sexual_activity_with',
    patterns: [
      'engaging|engaged|engages|engage in sexual activity|activities|acts',
      'sexual activity|activities|relations|contact|acts with',
      'sexual relationship|relationships with',
    ],
    category: 'implies_consent',
    explanation: 'Describes abuse as a shared activity between equals. The child may have been abused, raped or exploited.',
    alternatives: [
      'The child has been sexually abused by [name, age]',
      'Allegation of sexual abuse: the child has described sexual activity, and concerns exist that they were groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    // [A]'s own recommended wording is "Child has described sexual activity, however concerns exist …".
    // The offence is named "sexual activity with a child" (Sexual Offences Act 2003): that is not the child-blaming use.
    unlessNear: [
      'described|describes|describing|disclosed|discloses|disclosing|reported|reports|said|says|told',
      'child|children|minor|minors|suspicion|offence|offences|charged|arrested|convicted|conviction',
    ],
    window: 4,
  },
  {
    id: 'had_sex_with_adult',
    // Round 22: with a word between ("had unprotected sex with 22 y/o male").
    patterns: [
      'has|had|have|having sex with',
      'has|had|have|having unprotected|consensual|regular|casual|oral sex with',
      // Probe 23: without "with", the adults named before ("found in a flat with older men where she had been drinking
      // and having sex").
      // The shorter span loses to "having sex with" where both match.
      'having sex',
      'and|then having|had sex',
    ],
    category: 'implies_consent',
    explanation: 'Describes sexual contact between a child and an adult as mutual. An adult having sexual contact with a child is abuse.',
    alternatives: ['The child has been sexually abused by an adult (record their age)', 'An adult aged [age] has sexually abused the child'],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    requiresNear: ADULT_CUES,
    // Round 19: "she was made to have sex with men at a flat" is what the men did (child-centred wording).
    unlessNear: [
      // Round 23: the adults' act with the child as its object ("the men forced her to have sex with them", "made her
      // have sex with their friends", "paid her to have sex with"). Not "told" (review 23A): "he told her to have sex with
      // his friends" came within reach of the child's own account before it ("she was having sex with the 24-year-old").
      'made|forced|coerced|pressured|pressurised|compelled|persuaded|threatened|paid|expected|got her|him|them|me [to] have|having',

      ...OTHER_PERSON_CUES,
      'made|forced|coerced|pressured|pressurised|compelled to have|having',
      // Round 20: the men as the subject ("several men have had sex with her", "men had sex with her") record what the
      // adults did; the child's account ("Jade says she has had sex with a 19-year-old") is the guide's own wording,
      // "the child has described sexual activity" ([A]), as for sexual_activity_with (four tuning-set lines). Not "described as having sex with", the label frame.
      'men|adults|males have|has|had [had] sex|intercourse with',
      // Round 29C: one adult as the subject ("after a man aged 22 had sex with her last night; this is rape").
      // Review 29C: an age, not any word ("she had sex with a man, she had sex with him for money").
      `man|male|adult [aged] [${AGE_NUMBERS}] have|has|had [had] sex|intercourse with her|him`,
      'says|said|disclosed|discloses|told|tells [that] she|he|they has|have|had [been] [had|having] sex|intercourse with',
      // Probe 23: what adults do to children, said of them ("Adults having sex with children is abuse").
      'sex with a|an|the [young|underage|under-age] child|minor|girl|boy|teenager',
      'sex with [young|underage|under-age] children|minors|kids|girls|boys|teenagers|under-16s|under-13s',
    ],
  },
  {
    id: 'sleeping_with',
    patterns: ['sleeping|slept|sleeps|sleep with'],
    category: 'implies_consent',
    explanation: 'A euphemism that makes sexual abuse by an adult sound like a consensual relationship.',
    alternatives: ['The child is being sexually abused by an adult (record their age)', 'An adult aged [age] is sexually abusing the child'],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'light|lights|teddy|door|window|sister|brother|siblings'],
  },
  {
    id: 'consented',
    labelFrame: true,
    patterns: [
      'consented|consenting',
      'gave|give|gives [her|his|their] consent',
      'willing participant|participants',
      'with her|his|their [full] consent|agreement',
      'consents',
      'said|says|saying yes [to] [it|this|sex]',
    ],
    // Reviews quote the word on its own ('the girls were "consenting"'), with the context in the surrounding text.
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Treats sex as agreed when a child who is groomed, coerced, given substances or abused by someone with power over them cannot freely consent. Under 13, a child cannot consent at all.',
    alternatives: [
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
      'The child has described sexual activity with [name, age]; concerns exist that they were groomed or coerced',
    ],
    source: 'childrens_society_2018', // the guide's principle; "sex seen as consensual" is a Rotherham finding (DOMAIN.md)
    // "Offences", "crime", "charges": the no-further-action decision that reviews found rested on this wording.
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      'relationship|boyfriend|girlfriend|partner|party|flat|hotel|car',
      'offence|offences|crime|crimes|charge|charges|charged|nfa',
      // Round 25: a trafficked child's journey ("consented to being brought to the UK", fresh24).
      // Review 25A: not "transported" ("consented to being transported to A&E by ambulance"), nor brought home, back to
      // the unit or into care: brought into the country.
      'being trafficked|smuggled',
      'being brought to|into [the|this] uk|britain|england|scotland|wales|country',
    ],
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,

      "not|cannot|can’t|can't|couldn't|unable|never|without|no [to] [give] consent|consented|consensual|consenting",
      // Review 23A: consent ruled out ("there is no suggestion that Sophie consented"), here and not sentence-wide.
      'no|little suggestion|evidence|indication that [*]',
      'referral|share|sharing|information|assessment|examination|treatment|medical|procedure|photographs|photograph',
      ...EVERYDAY_PARTICIPATION_CUES,
      // Probe 24: sport and rehearsal ("a willing participant in training").
      'training|practice|practices|rehearsal|rehearsals|coaching|session|sessions|matches|fixtures',
    ],
  },
  {
    id: 'consensual',
    // Common misspellings as notes are typed ("concensual").
    patterns: ['consensual|concensual|consentual|concentual|consensually', '[fully] consensual relationship|sex|contact'],
    category: 'implies_consent',
    explanation:
      'Calls sexual contact with a child consensual. A child who is groomed, coerced, given substances or abused by someone with power over them cannot freely consent, and under 13 cannot consent at all.',
    alternatives: [
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
      'The child has described sexual activity with [name, age]; concerns exist that they were groomed or coerced',
    ],
    source: 'childrens_society_2018', // the guide's principle; "sex seen as consensual" is a Rotherham finding (DOMAIN.md)
    // "It was not consensual" is a disclosure, not a judgement; "consensual sharing of information" is not about sex.
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,

      "not|never|wasn't|isn't|weren't|wasnt|isnt|non|hardly [fully|entirely|truly|really] consensual",
      // Round 24: sharing of information, not "consensual sharing between Maya and a 19 year old" (images).
      'information|referral|assessment|examination|treatment|procedure|photograph|photographs',
      'sharing|share of|with information|data|records|details|the|her|his|their',
    ],
    window: 3,
  },
  {
    id: 'wanted_it',
    patterns: ['i|she|he|they wanted|want it', 'up for it'],
    category: 'implies_consent',
    explanation:
      'Records abuse as something the child wanted. Groomed children often say they wanted it; that is how grooming works, and it does not make it consent.',
    alternatives: [
      'The child has said they wanted this; concerns exist that they have been groomed or coerced: record who and the age gap',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    // "She wanted it to stop", "he wanted it back": not consent.
    unlessNear: ['back|stop|stopped|over|returned|return|fixed|mended|removed|gone|deleted|done|finished|ended|to'],
    window: 2,
  },
  {
    id: 'wanted_to',
    patterns: ['because|cos|coz|cause i|she|he|they wanted to', 'because|cos|coz|cause i|she|he|they want to', 'i|she|he|they|we wanted|wants|want to'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing or going with adults as the child’s own wish, ignoring grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    requiresNear: [...RISK_CONTEXT_CUES, ...SEXUAL_CUES],
    // Wanting to get away from the risk is the opposite of consent.
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      'home|leave|stop|escape|help|die|safe|safety|scared|frightened|afraid|police|see|visit|talk|speak|know|ask|learn|try|sleep|eat|cry',
      'get|got|getting out',
    ],
    window: 6,
  },
  {
    id: 'willingly',
    contextInSentence: true,
    patterns: ['willingly|voluntarily', 'of her|his|their own free will', 'of her|his|their own accord|volition', 'voluntary missing|absence|absences|return'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Suggests the child chose to go with or stay with people who exploit them, ignoring grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling where the child goes',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // "a nominal on the Hollinshaw line and travels willingly" (round 21)
    // Round 22: trafficking ("NRM: Ilir came willingly and knew what the work would be").
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...RISK_CONTEXT_CUES,
      ...SEXUAL_CUES,
      'nominal|nominals',
      'on|for the|a [*] line|lines',
      'trafficked|trafficking|smuggled|smuggling|agent|agents|traffickers',
      // Round 23: taking part in supply, or working off a debt ("willingly took part in the supply", "voluntarily worked
      // at the nail bar to pay back the cost of his journey"). Not "line": "waited in line willingly" (review 21b L22).
      'drug|drugs|crack|heroin|cocaine|cannabis|weed|wraps|county|trap|parcels|packages|supply|supplying|runner|runners',
      // Review 23A: working to pay a debt, not "voluntarily paid back the £40 he took".
      'to pay back|off',
      'came|come|comes|went|go|goes|going|gone|travelled|traveled|travels|arrived|crossed willingly|voluntarily',
      // Round 28: the same journey with the word before the verb ("the child voluntarily travelled from Calais in a
      // lorry"); not "went", which is also a visit ("voluntarily went to the GP").
      'willingly|voluntarily came|travelled|traveled|travels|crossed|arrived',
      // "Ruby said she went to Blackpool of her own free will".
      'went|go|goes|going|gone|came|come|travelled|traveled|left|stayed|stays [*] [*] [*] of her|his|their own',
    ],
    // The going denied earlier in the clause: "did not go with the men willingly" (round 21; a denial right before the
    // word is check.ts deniedLabel).
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      // Review 21b L22: a police interview ("attended voluntarily for interview under caution") or a phone line ("stayed
      // on the line to the call handler"), not a drug line.
      'interview|caution|solicitor|handler|handlers|999|101|operator',
      // Probe 25: the public queuing or volunteering ("the passengers waited willingly in the queue").
      // Review 25B: the public as the ones who were willing, not "other passengers said".
      'queue|queues|queued|queuing|queueing',
      'passengers|customers|volunteers|volunteer|shoppers|commuters [all] [*] [*] willingly',
      // Review 23A: help given to the police ("voluntarily gave them his PIN code", "surrendered the cannabis").
      'pin|passcode|password|surrendered|surrender|pcso|awareness',
      // Review 28: an adult relative or staff who made the journey ("the uncle voluntarily travelled from Krakow to offer
      // kinship care", "staff voluntarily travelled in on their day off"), now that the word before the verb is a cue.
      'staff|family|parents|uncle|aunt|auntie|grandad|grandma|grandparents|relatives|dad|mum|father|mother|witness|witnesses|officer|officers willingly|voluntarily came|travelled|traveled|travels|crossed|arrived',
      // Round 22: a meeting or an assessment the child came to ("came willingly to the assessment").
      'meeting|meetings|assessment|assessments|appointment|appointments|session|sessions|clinic|hospital|station|engaged|account',
      'contact|centre|social|worker|carer|carers|foster|parents',
      'call|phone|telephone|helpline line|handler',
      'stay|stays|stayed|staying|remain|remained|remains on the line',
      'did|does|do|was|were not go|goes|went|come|came|get|got|leave|left|travel|travelled [*] [*] [*] willingly|voluntarily',
      "didn't|didn’t|never go|goes|went|come|came|get|got|leave|left|travel|travelled [*] [*] [*] willingly|voluntarily",
      // Review 22B L2: a return or an ordinary visit ("came home of her own accord at 2am", "went to the GP of her own
      // free will", "has gone willingly to his nan's"): missing-episode wording, not consent.
      'came|come|comes|returned|returns|return|got|gets home|back',
      'went|go|goes|gone home',
      "office|gp|doctor|doctors|doctor's|dentist|placement|nan's|nan’s|nana's|gran's|gran’s|grandma's|grandad's|grandparents|dad's|dad’s|mum's|mum’s|aunt's|auntie's|uncle's",
    ],
  },
  {
    id: 'by_choice',
    // Round 20: "by choice" was one of willingly's and consent_idiom_round13's patterns, and missed wherever the note names the place or the state
    // rather than the men ("stopping at the man's house by choice", "goes off with them by choice", "intoxicated by
    // choice"; three tuning-set lines, none against). In case notes it is nearly always this reading; not "not at the flat
    // by choice", nor a diet or a course.
    patterns: ['by choice'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Records where the child goes, who they stay with or what they take as the child’s free choice, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling where the child goes',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // Not a parent's or another adult's choice: "Mum works nights by choice" (review 2026-11-30).
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      'mum|dad|mother|father|parents|carer|carers|nan|gran works|work|worked|lives|live|lived|is|are|was|were',
      'not|never [*] [*] [*] by choice',
      'vegetarian|vegan|diet|single|home-educated|elective|elected|celibate',
    ],
    window: 4,
  },
  {
    id: 'older_boyfriend',
    patterns: ['[much] older|adult boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|lover|lovers'],
    category: 'adult_centred_label',
    explanation:
      'Gives an adult who is exploiting a child the status of a partner. Perpetrators were seen as "boyfriends" in Rotherham; the label may legitimise an exploitative relationship.',
    alternatives: [
      'An adult aged [age] who has formed a sexual or controlling hold over the child: record the age gap and the power imbalance',
      'An older person (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend"
    unlessNear: [
      // Round 23: someone else's partner ("the older boyfriend of her sister is 25").
      'boyfriend|boyfriends|partner|partners|girlfriend|girlfriends of her|his|their [older|younger|elder|big|little] sister|brother|mum|mother|cousin|aunt|auntie|friend|dad|father',
      // Round 29C: parts in a play ("the older boyfriends in the sixth-form drama were played by Year 13 students").
      // Review 29C: the part or the show named, not "met her older boyfriend at drama club", "he played her music", "her arm
      // in a cast".
      'played|portrayed|acted by',
      'in|from the|a|an|our|this|their [*] [*] drama|musical|panto|pantomime|script',
      'in the|a play from|by|at|about|with',
    ],
  },
  {
    id: 'boyfriend_adult',
    // The span is the label alone ("her boyfriend (aged 26)" flags "boyfriend"), so that a scare-quoted label is marked
    // as quoted. "Partner" only with a possessive: "partner agency" is common.
    patterns: [
      // Round 32: "gf", the shorthand of "bf" ("the adult user states the 14yo is his gf").
      "boyfriend|boyfriends|girlfriend|girlfriends|boyfriend's|girlfriend's|boyfriend’s|girlfriend’s|lover|lovers|fella|bloke|bf|bae|gf|gfs|gf's|gf’s",
      "husband|husband's|husband’s|husband-to-be|wife|wife's|wife’s|wife-to-be|spouse",
      // Round 22: "admirer" on its own (the old "admirer|admirers|gentleman friend|friends" asked for "admirer friend");
      // "the 14-year-old's sweetheart, 25".
      "admirer|admirers|admirer's|admirer’s|sweetheart|sweethearts|sweetheart's|beau|suitor|suitors",
      // Round 32: "lady friend", the other half of "gentleman friend" ("the RSO has a lady friend aged 16").
      'gentleman|lady friend|friends',
      `${PRONOUN_POSS} ex|ex-boyfriend|ex-partner`,
      "fiance|fiancé|fiancee|fiancée|fiance's|fiancé's|fiance’s|fiancé’s",
      `${PRONOUN_POSS}|my|a|new [${AGE_TOKENS}] partner`,
      'my man|fella|bloke|guy',
    ],
    category: 'adult_centred_label',
    explanation: 'An adult is described as the child’s boyfriend, girlfriend or partner. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E]; CARA prior art lists "boyfriend"
    requiresNear: [
      ...ADULT_CUES,
      'groomer|groomers|groomed|grooming|exploiter|exploiters|exploiting|abuser|abusers|cawn|perpetrator|perpetrators',
      // An adult age right after the label: "her boyfriend (22)", "her partner, 31,".
      `boyfriend|girlfriend|partner|bf|gf|lover|fella|bloke|husband|fiance|fiancé|sweetheart|admirer|suitor ${AGE_NUMBERS}`,
      // Round 22: an approximate age ("her boyfriend is about 20", "her bf (approx 25 years)").
      `is|was|he's about|around|approx|approximately|roughly|nearly ${AGE_NUMBERS}`,
      `approx|approximately|about|around|roughly ${AGE_NUMBERS} years|yrs|yo`,
      // Round 32: an adult named by a title or by the role of an offender or a person on probation, whose partner is
      // given a child's age ("Mr T's girlfriend is 15", "Mr D states his girlfriend is 15", "the RSO has a lady friend
      // aged 16", "girlfriend of the nominal, aged 15"). Not a child's partner of a child's age ("her boyfriend is 15").
      // Review 32: the adult's own partner (his possessive, his "has a", his own "says his"), not any partner up to three
      // words on ("Mr Patel says her boyfriend is 16", "Mr K's daughter's boyfriend is 15", "PoP's son's girlfriend"), nor
      // "suspect" as a verb ("staff suspect her boyfriend is only 16") or "the young offender's girlfriend".
      ...[
        `mr *`,
        `pop|pop's|pop’s|rso|rso's|rso’s|supervisee|supervisee's|supervisee’s [${AGE_NUMBERS}]`,
        `${ADULT_OWNER_DETERMINERS} nominal|nominal's|nominal’s|suspect|suspect's|suspect’s|offender|offender's|offender’s`,
      ].flatMap((owner) => [
        `${owner} ${OWN_CHILD_PARTNER}`,
        `${owner} says|said|states|stated|reports|reported|claims|claimed|admits|admitted|told|tells [*] [that] his ${OWN_CHILD_PARTNER}`,
        `${owner} has|had|have [got] a|an ${OWN_CHILD_PARTNER}`,
      ]),
      `boyfriend|girlfriend|gf|partner|wife of the|a|this nominal|suspect|offender|rso|defendant [is|was|aged] [only|just|a] ${CHILD_AGE_NUMBERS}|${CHILD_AGE_TOKENS}`,
    ],
    // "She has no boyfriend": nobody is named. "A man who called himself her boyfriend": the abuser's own word, reported.
    unlessNear: [
      ...RELATIVE_OWN_PARTNER_CUES,
      ...ADULT_OWN_PARTNER_AGED_CUES,
      // Round 24: a friend's partner, not any friend in the window ("her boyfriend, 23, is the brother of her friend" is
      // hers): the friend with a partner ("her friend has a boyfriend", "her friend and her boyfriend", "her friend
      // Amy's boyfriend").
      'friend|friends|mate|mates has|have|had|got|is|was|with [got] [a|an] [new|older] boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      'friend|friends|mate|mates and her|his|their boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      'friend|friends|mate|mates * boyfriend|boyfriends|girlfriend|girlfriends|partner|bf|fella',
      // Fix 24A: the friend named, then her partner ("her friend Chloe, whose boyfriend", "her friend Leah, and Leah's
      // boyfriend", "her friend Mia went to Mia's boyfriend's flat", "the boyfriend of her friend").
      'friend|friends|mate|mates * whose boyfriend|boyfriends|partner|bf|fella',
      "friend|mate * and|to|went [to] [meet] * boyfriend|boyfriend's|boyfriend’s|partner|bf|fella",
      'and|with the boyfriend|boyfriends|partner|bf|fella of her|his|their friend|friends|mate|mates',
      'no boyfriend|boyfriends|girlfriend|girlfriends|partner',
      'called|calls|calling|styled|styles himself|herself',
      // Round 22: a distance or a time, not an age ("about 20 minutes from her boyfriend's school").
      `about|around|approx|approximately|roughly|nearly ${AGE_NUMBERS} minutes|mins|miles|metres|meters|yards|km|times|pounds|quid|people|percent|months|weeks|days|hours`,
      `${AGE_NUMBERS} years|yrs ago`,
      // Review 26: how long they have been together, not an age, now that "a partner of 29" is an adult cue ("her
      // boyfriend of 18 months, who is in her year at school").
      `boyfriend|girlfriend|partner|bf|husband|wife of ${AGE_NUMBERS} months|weeks|days|years|yrs`,
      // Round 22: a same-age couple either side of 18 ("Mae is 17 and her girlfriend is 18"; review 22A: not 16 and 18),
      // or two adults ("both are adults"), or someone else's partner named by their role ("the caller's boyfriend, aged
      // 30").
      'is|aged 17 and her|his|their boyfriend|girlfriend|partner is|aged 18',
      // Round 29C: two adults ("the tenant lives with her partner, both in their fifties"), or a care leaver of 18 or more
      // ("Chantelle, 19, a care leaver, has moved in with her boyfriend of 26").
      // Review 29C: the couple named, not "her boyfriends are all in their twenties", "her boyfriend and his mates, both in
      // their twenties".
      'partner|boyfriend|girlfriend|husband|wife|couple both in their twenties|thirties|forties|fifties|sixties|seventies|eighties',
      // Review 29C: the care leaver's own partner, not "Kayla, 15, stays with her boyfriend, 19, a care leaver".
      '18|19|20|21|22|23|24|25 a|an care leaver [*] [*] [*] with her|his boyfriend|girlfriend|partner',
      // Round 29C: parts in a play ("the older boyfriends in the sixth-form drama were played by Year 13 students").
      // Review 29C: the part or the show named, not "met her older boyfriend at drama club", "he played her music", "her arm
      // in a cast".
      'played|portrayed|acted by',
      'in|from the|a|an|our|this|their [*] [*] drama|musical|panto|pantomime|script',
      'in the|a play from|by|at|about|with',
      // Round 25: the same ages in brackets ("Zoe (17) attended with her boyfriend (18) from college").
      '17 [*] [*] [*] [*] boyfriend|girlfriend|partner [is|aged] 18',
      'both are|were [over] adults|18',
      "caller's|caller’s|neighbour's|neighbour’s|tenant's|tenant’s|woman's|woman’s|witness's|witness’s",
      // Review 22B L3: not the bare nouns, which silenced "her neighbour says her boyfriend is 24"; the pair only.
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues and her|his|their boyfriend|girlfriend|partner',
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues lives|lived|living|stays|stayed with|in her|his|their boyfriend|girlfriend|partner',
      // Round 23: the one whose partner it is is an adult by age ("the 19-year-old bar worker and her partner, 20").
      // Review 23A: "the" only: "found Tia with a 30-year-old man and her boyfriend" is the child's boyfriend.
      `the ${AGE_TOKENS} [*] [*] and her|his|their boyfriend|girlfriend|partner|husband|wife|fiance|fiancé`,
      // Probe 23: another young person's partner ("The older boy's girlfriend is 19"), not "the 14-year-old boy's
      // girlfriend, a woman of 23".
      "older|other|elder|another boy's|boy’s|lad's|lad’s|girl's|girl’s boyfriend|girlfriend|partner|boyfriends|girlfriends",
      // Probe 24: the grooming named as the source of the word ("groomed into believing the 25-year-old was her
      // boyfriend"), and an adult woman's own partner ("the adult woman has a boyfriend aged 40").
      'groomed|manipulated|tricked|deceived|conditioned|led into believing|thinking',
      'made|led|groomed her|him|them to believe|think',
      'adult|grown woman|women|lady|female has|had|have|with a|her boyfriend|partner',
      // Probe 25: an adult customer or guest with her own partner ("the woman came in with her partner to collect his
      // prescription", "the man said the woman was his girlfriend").
      // Review 25B: not a patient, often the child at a GP's ("the patient, 14, came in with her boyfriend who is 24"), nor
      // a guest or tenant whose age is given ("the guest, 15, arrived with her boyfriend who is 30").
      'woman|lady|guest|customer|tenant [adult|older|elderly|regular|female|male|other] came|comes|arrived|arrives|walked|was|is [in] with her|his partner|boyfriend|husband|girlfriend',
      'woman|lady was|is his|her girlfriend|partner|wife',
      'woman|lady|guest|customer|tenant said|says|told [me|us|staff] [that] her|his partner|boyfriend|husband|girlfriend',
      // The abuser's own pretence or description, reported ("groomed her by posing as a boyfriend", "the man, 30,
      // described the girl as his girlfriend in interview").
      'posing|posed|poses|pretending|pretended|pretends as|to [be] [a|her|his] boyfriend|girlfriend',
      // Only the man's word for the girl: "the record describes him as her boyfriend" is the record's label (fresh11).
      // Review 24B: with the man as the subject, not "Her boyfriend, 22, introduced her as his girlfriend" (the record's word).
      'man|men|male|adult|he|suspect|defendant|perpetrator|abuser|offender [*] [*] described|describes|describing|referred|refers|introduced|introduces [to] her|the [girl|child] as his girlfriend',
    ],
    window: 7,
  },
  {
    id: 'relationship_with_adult',
    // Not "in a relationship with": the issue's own alternative for "older boyfriend" uses it (eval README).
    patterns: ['relationship|relationships with an|a|the adult|older', 'romantic relationship|relationships with'],
    category: 'implies_consent',
    explanation:
      'Calls contact between a child and an adult a relationship, which suggests equality and choice. Guidance asks us to describe contexts and situations instead.',
    alternatives: [
      'The child is being groomed or sexually exploited by [name, age]',
      'An adult aged [age] has formed a sexual or controlling hold over the child',
    ],
    source: 'language_matters', // [B] "Associating with / in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
  },
  {
    id: 'dating_adult',
    // Courtship words name the adult as a suitor: adult-centred, as annotators read them (round 21: "yp is dating a
    // 24-year-old", "courting a man in his twenties"); casual sex words imply consent (casual_sex_adult).
    patterns: ['dating|dated|dates', 'going|goes|went|go out with', 'courting'],
    category: 'adult_centred_label',
    explanation: 'Uses the words of adult romance for an adult’s sexual contact with a child, which hides grooming and the age gap.',
    alternatives: ADULT_SEXUAL_CONTACT_ALTERNATIVES,
    source: 'language_matters', // [B] "in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: ADULT_ROMANCE_VETOES,
    window: 5,
  },
  {
    id: 'casual_sex_adult',
    patterns: [
      'hooking|hooked|hooks|hook up with',
      'fling|flings|affair|affairs with',
      'one night stand|stands',
      'one-night stand|stands',
      'one-night-stand|one-night-stands',
    ],
    category: 'implies_consent',
    explanation: 'Uses the words of casual adult sex for an adult’s sexual contact with a child, as if the child chose it as an equal.',
    alternatives: ADULT_SEXUAL_CONTACT_ALTERNATIVES,
    source: 'language_matters', // [B] "in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: ADULT_ROMANCE_VETOES,
    window: 5,
  },
  {
    id: 'older_friends',
    patterns: ['older friend|friends|mate|mates|pal|pals', 'adult friend|friends|mate|mates'],
    category: 'adult_centred_label',
    explanation: 'Calls older people around the child "friends", which presents possible groomers as a normal peer group.',
    alternatives: [
      'Older people (record names and ages) the child spends time with: concern that they are grooming or exploiting the child',
      'Adults aged [ages] are in contact with the child: record how they met and what is given or expected',
    ],
    source: 'language_matters', // [B] "spending time with … older men"
    // Round 23: friends older than the child but children themselves ("older friends from the football club who are 17").
    // Review 23A: after a club or a school year only; "older friends who are 17 and 24", "aged 17 to 30" name adults.
    unlessNear: [
      'club|team|academy|school|college|year|class who|they are|were [all|both|only] 14|15|16|17',
      // Probe 25: a pupil a year or two above ("walks to school with an older friend from Year 11"). Review 25B: the
      // friend's year, not the child's own ("she is in Year 9 and has older friends who are in their twenties").
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in year|yr 8|9|10|11|12|13',
      // Review 25B: the friend from the sixth form, not the child in it ("she is in the sixth form and spends weekends with
      // older friends who are 25").
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in [the] sixth form',
      'friend|friends|girl|girls|boy|boys|pupil|pupils|student|students|lad|lads from|in [the] sixth-form',
      'sixth-former|sixth-formers',
    ],
    window: 8,
  },
  {
    id: 'my_mate_adult',
    patterns: ['my mate|mates|friend|friends|bredrin|pal|pals|bestie|bro'],
    category: 'adult_centred_label',
    explanation:
      'The child’s word for an older person who gives them things or controls them. Recording it without the age and context presents a possible groomer as a peer.',
    alternatives: [
      'Older people (record names and ages) the child calls friends: concern that they are grooming or exploiting the child',
      'An older person (record their age) whom the child trusts: record what they give and what they expect',
    ],
    source: 'language_matters', // [B] "spending time with … older men"; talk about contexts, not relationships
    requiresNear: ADULT_CUES,
    unlessNear: ['school|class|year|college|same|age|younger|primary'],
    window: 5,
  },
  {
    id: 'inappropriate_relationship',
    patterns: ['inappropriate|unhealthy|unsuitable|age-inappropriate relationship|relationships|friendship|friendships [with] [a|an|the] [older|adult]'],
    category: 'minimises_harm',
    explanation: 'Calls sexual abuse or grooming by an adult "inappropriate", a word that suggests bad manners rather than a crime against a child.',
    alternatives: ['An adult aged [age] is grooming or sexually abusing the child', 'The child is being sexually exploited by [name, age]'],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
    requiresNear: [...ADULT_CUES, ...LABEL_FRAME_CUES],
  },
  {
    id: 'sugar_daddy',
    patterns: ['sugar daddy|daddies|baby|babies|mummy|mummies', 'sugar-daddy|sugar-daddies'],
    category: 'adult_centred_label',
    explanation: 'Presents an adult who gives a child money or gifts for sexual contact as a generous partner. This is child sexual exploitation.',
    alternatives: [
      'An adult is giving the child money or gifts and sexually abusing them: this is child sexual exploitation',
      'The child is being sexually exploited by an adult who gives them [what was given]',
    ],
    source: 'language_matters', // [B] contexts of "exchange"
  },
  {
    id: 'prostitution',
    patterns: ['prostitut*', 'rent boy|boys', 'rent-boy|rent-boys', 'on the game', 'working girl|girls'],
    category: 'sexualises',
    explanation:
      'A child cannot be a prostitute. The term was removed from legislation and official statistics because it treats child sexual abuse as work the child does.',
    alternatives: ['The child is being sexually exploited', 'Adults are paying to sexually abuse the child: this is child sexual abuse'],
    source: 'ons_terminology', // "Child prostitute / child prostitution" row, SOURCES.md 3
    // Round 20: "on the game" is also an online game, where adults groom children ("an adult on the game befriended
    // him", "talking to strangers on the game"; two tuning-set lines).
    unlessNear: [
      // Round 23: an adult woman's own work ("the adult woman was working as a prostitute in the flat").
      // Review 23A: the adult as the subject, not "Kayla, 15, was working as a prostitute alongside adult women" or "Amy,
      // 15, and the older woman were working as prostitutes".
      'the|an adult woman|female',
      'woman|mum|mother was|is [working] [as] [a] prostitute|prostitutes',

      'gaming|gamer|gamers|xbox|playstation|ps4|ps5|fortnite|roblox|minecraft|console|headset|server|discord|befriended|befriends|strangers|chatting|talking|messaging|messaged|players',
      'met|meets|meet|someone|somebody [*] [*] on the game',
      // Round 24: a person, account or message right before ("the man on the game", "the comments from the man on the
      // game", "messaged the 12 year old on the game"): the prostitution sense follows a verb ("is on the game").
      // Fix 24A: not girls, boys, friends or "the 14 year old on the game" (the prostitution sense); a child messaged there.
      'man|men|person|people|account|accounts|user|users|player|players|adult|adults|stranger|strangers|comments|comment|messages|message|chat|chats|guy|guys|someone|somebody on the game',
      'messaged|message|messages|messaging|contacted|contacts|chatted|chatting|spoke|talked|talking [to|with] the|a|an [*] [*] [*] old|olds|girl|girls|boy|boys on the game',
    ],
    window: 4,
  },
  {
    id: 'sells_herself',
    patterns: [
      `sells|selling|sold|sell ${PRONOUN_SELF}`,
      `sells|selling|sold|sell ${PRONOUN_POSS} body|bodies`,
      // Round 22: the whole phrase, so that "known to be selling his body" is not read as drug dealing (known_to_deal).
      `known to be selling ${PRONOUN_POSS} body|bodies`,
      'sells|selling|sold|sell sex',
      'sells|selling|sold|sell sexual favours|favors|services',
    ],
    category: 'sexualises',
    explanation: 'Says the child is trading in sex, when adults are buying sexual access to a child. It blames the child for their own exploitation.',
    alternatives: ['Adults are paying to sexually abuse the child', 'The child is being sexually exploited: record who arranges it and who pays'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'exchange_for_sex',
    patterns: [
      'trades|trading|traded|trade|exchanges|exchanging|exchanged|exchange|swaps|swapping|swapped|swap|offers|offering|offered sex|sexual',
      'in return|exchange for sex|sexual',
      'sex for drugs|money|cash|alcohol|gifts|cigarettes|somewhere|accommodation|lifts',
    ],
    category: 'implies_consent',
    explanation:
      'Describes the abuse as a trade the child takes part in. Adults who give a child something and then abuse them are sexually exploiting the child.',
    alternatives: [
      'The child is being sexually exploited: adults give them [what] and then sexually abuse them',
      'Adults are using the child’s need for [what] to sexually abuse them',
    ],
    source: 'docsbay_alternatives', // [A] "Offering her drugs seemingly in return for sex"
  },
  {
    id: 'punters',
    patterns: ['punter|punters|johns', "punter's|punter’s"],
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child "punters" or customers, which makes child sexual abuse sound like a business.',
    alternatives: ['Adults paying to sexually abuse the child (record who they are)', 'Perpetrators of child sexual abuse'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'olders',
    patterns: ['olders|elders', 'the older ones'],
    category: 'adult_centred_label',
    explanation:
      'Street slang from the exploiters’ own hierarchy ("olders" and "youngers"). Recording it accepts their framing; name the people and their ages instead.',
    alternatives: [
      'Older young people or adults (record names and ages) who are criminally exploiting the child',
      'The people controlling the drug line: record who they are and how they control the child',
    ],
    source: 'language_matters', // [B] "Associating with … elders"
    unlessNear: [
      // Round 23: church elders ("the elders run the tuck shop").
      // Review 23B: not a bare "Sunday" ("went missing on Sunday and was found with the olders").
      'tuck|hymn|hymns|prayer|prayers|congregation|parish|minister|vicar|pastor|imam|worship',
      'sunday school|service|services|worship|mass',
      // Round 29b: the place names the faith's elders, not the street's olders ("the boys at the mosque say Hamza is with
      // the olders now").
      'church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribal|village|council|religious|clan|family [*] [*] [*] [*] elders|elder',
      'elders|elder [*] [*] [*] [*] church|chapel|mosque|temple|gurdwara|synagogue|faith|community|tribe|tribal|village|council|religious|clan',
    ],
  },
  {
    id: 'boss',
    patterns: ['boss|bosses|bossman|boss-man|bossmen|gaffer|gaffers', 'boss man|men'],
    category: 'adult_centred_label',
    explanation: 'Calls the adult who runs a drug line the child’s "boss", the exploiters’ own framing of the child as an employee.',
    alternatives: ['The adult (record name and age) who is criminally exploiting the child', 'The person controlling the drug line the child is exploited in'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    // Only in a drug-supply context: drugs, the line's goods and errands, or the care that buys the child ("dropped in
    // Barrow by his boss and told to ring when the bag was empty", "does jobs for his boss ... gets looked after").
    requiresNear: [
      ...CCE_CUES,
      'phone|phones|burner|trap|runner|runners|cash|money|debt|owes|owe|olders|elders',
      'gives|gave|pays|paid him|her|them',
      'bag|bags|package|packages|parcel|parcels|errands|drops',
      'looked after',
      'does|doing|did|do jobs|errands|runs for',
      // Round 23: orders and control from the "boss" ("taking orders from his boss over Snapchat", "Dan's my boss, I do
      // what he says and he looks after me"); not "took orders from his boss" at work.
      'snapchat|whatsapp|telegram',
      'looks|look|looking after',
      'do|does|did what he|she|they says|say|said|tells|told',
      // Round 25: the boss's anger or threats, a child brought across a border with the "boss", or the man the child
      // calls "the boss" ("his boss would be angry if he came back without the money", "Mariam was travelling with her
      // boss", "calls the man in Norwich 'the boss'").
      'angry|punish|punished|punishes|hurt|hurts|threatened|threatens|threats|beat|beaten',
      'travelling|traveling|travelled|traveled|smuggled|trafficked|border|passport|passports|lorry',
      'calls|called the|this|that|an|a [older] man|men|adult|male',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'shop|bakery|café|cafe|restaurant|job|shift|shifts|apprenticeship|saturday|saturdays|sunday|sundays|weekend|weekends|manager|employer|placement|wage|wages|salary|supermarket|garage|site',
      // Review 23A: a real job's boss ("her boss at the vet's added her to a WhatsApp group for rota changes").
      "rota|rotas|vet's|vets|riding|stables|stable|nursery|farm|salon|strict",
      'minimum|payslip|payslips|contract|contracts|hourly',
      // Round 25: an adult's own workplace ("the boss of the taxi firm threatened to sack the driver").
      // Review 25A: not "staff" or "colleague", who hear the child ("he told my colleague that his boss will hurt him").
      'firm|company|sack|sacked|sacking|depot|employees|conference',
      // Review 25A: an ordinary job's boss who is angry ("her boss at Tesco was angry that she was late", "his boss at the
      // football academy said he beat the club record").
      "tesco|asda|aldi|lidl|morrisons|sainsbury's|sainsburys|chippy|academy|record|customers",
      // Review 25F: a Saturday job's shift ("her boss at Primark was angry that she missed a shift").
      "shift|shifts|primark|greggs|costa|boots|mcdonald's|mcdonalds|kfc|nando's|nandos|subway",
      "hairdresser|hairdresser's|hairdressers|salon|barber|barber's|barbers|shop's|café's|cafe's|office",
      'work experience',
      // Round 19: the owner of a car wash where a child works ("the boss keeps his wages").
      'car wash|washes',
      'carwash|carwashes',
    ],
    window: 8,
  },
  {
    id: 'uncle_not_related',
    patterns: ['uncle|uncles|auntie|aunty|aunt|cousin'],
    category: 'adult_centred_label',
    explanation: 'Uses a family title for an adult who is not a relative, the name an abuser gives himself to gain trust and explain why he is with the child.',
    alternatives: [
      'An unrelated adult (record name and age) who has contact with the child',
      'An adult who calls himself a relative of the child: record who he is and how they met',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [
      'not|no related|relation|relative|relatives|family',
      'not a|his|her|their real|actual|blood uncle|relative|aunt|auntie|aunty|cousin',
      'unrelated|so-called',
      'calls|called|calling|refer|refers|referred|known|introduced|introduces himself|herself as',
      // Round 25: an apposition that names a stranger ("lives with her auntie, a woman who met her at Heathrow", fresh24).
      // Review 25A: collected or picked up at a place of arrival, not where relatives collect a child ("her uncle, a man
      // who collected her from school").
      'a|an [older] woman|man who met|found her|him|them',
      'a|an [older] woman|man who collected|picked her|him|them [up] from|at [the|a] [*] airport|heathrow|gatwick|stansted|port|ferry|lorry|border|coach|services',
      // Round 28: the writer doubts the kinship of the adults themselves ("the men are her uncles but they do not seem
      // related"); not things that "do not seem related" (two incidents).
      'they|he|she|who do|does|did not seem|appear|look [to] [be] related',
    ],
    // Round 22: the writer reports the adult's claim and what checks showed ("the adult travelling with Mariam claimed to
    // be her uncle; checks showed no family link").
    unlessNear: [
      'claimed|claims|claiming|claim|purported|purporting|purports|pretended|pretending|pretends to be',
      // Round 29C: the adult's claim in reported words ("the man told her he was the girl's uncle; police later found he
      // was not related").
      // Review 29C: the adult's words, not the child's ("she told staff he is her uncle; he is not related").
      'man|woman|male|female|adult|suspect told [her|him|them|staff|us|police|officers] he|she was|is the|her|his [*] uncle|aunt|auntie|aunty|cousin',
    ],
    window: 8,
  },
  {
    id: 'clients',
    contextInSentence: true,
    patterns: ['client|clients|customer|customers'],
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child "punters" or customers, which makes child sexual abuse sound like a business.',
    alternatives: ['Adults paying to sexually abuse the child (record who they are)', 'Perpetrators of child sexual abuse'],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
    // "Clients" is also social-care speak for service users: only in a context of sexual exploitation or paying.
    requiresNear: [
      ...SEXUAL_CUES,
      'hotel|hotels|travelodge|premier|inn|flat|flats|room|rooms|pimp|pimps|paid|pay|pays|paying|punters|meets|meet|meeting|met|sees|seeing|saw|booked|arranged|exploited|exploitation|cse|trafficked',
    ],
    unlessNear: [
      'solicitor|solicitors|lawyer|lawyers|barrister|accountant|firm|business|advocate',
      // Round 25: a clinic's word for the child it sees ("Sexual health note: client says her partner is 25").
      'client says|said|reports|reported|states|stated|attended|attends|disclosed|discloses|presents|presented|declined|requested|consented|denies|denied',
      'service|services|caseload|worker|workers|support|agency|agencies|team|our|their|shop|bakery|café|cafe|restaurant|bank|salon|store|job|shift|serves|served|serving',
      // Round 18: a business's customers or a seized client list ("the hotel's customers gave statements").
      "list|lists|regular|regulars|shop's|shop’s|hotel's|hotel’s|salon's|salon’s|firm's|firm’s|store's|store’s",
      // Round 29C: a clinic's or a pharmacy's clients ("the adult clinic's clients can now book online"), a customer
      // collecting a prescription, customers barred by a business, and the child as the clinic's client ("client is 14").
      // Review 29C: not "methadone" or "prescription" alone ("the 15-year-old's clients give her methadone").
      "clinic's|clinic’s|pharmacy's|pharmacy’s",
      'customer|customers|client|clients collecting|collects|collected|collect',
      'ban|bans|banned|bar|bars|barred [adult] customers|clients',
      // Review 29C: a consultation's client only, not "the client is 15 and her clients are older men".
      'consultation|appointment|ehc|clinic|pharmacy client is|was|aged 12|13|14|15|16|17',
    ],
  },
  {
    id: 'child_pornography',
    patterns: ['child|children|kiddie|kiddy|underage pornography|porn', 'child-porn|kiddie-porn'],
    category: 'sexualises',
    explanation: 'Pornography suggests consenting adults. Every such image records the sexual abuse of a child.',
    alternatives: ['Child sexual abuse material (CSAM)', 'Images of the sexual abuse of a child'],
    source: 'language_matters', // [B] lists "Child pornography"
  },
  {
    id: 'revenge_porn',
    patterns: ['revenge porn|pornography', 'revenge-porn'],
    category: 'sexualises',
    explanation: 'Suggests the child did something to deserve it. Sexual images of a child are child sexual abuse material, however they were shared.',
    alternatives: ['Sharing of sexual images of the child without consent: child sexual abuse material', 'Image-based sexual abuse of the child'],
    source: 'language_matters', // [B] "Child pornography" row, same reasoning
  },
  {
    id: 'sex_worker',
    patterns: ['sex worker|workers|work|working', 'sex-worker|sex-workers|sex-work'],
    // Round 25: an adult who sells sex ("the adult sex worker who reported the men to police", fresh24; "her mother is a sex
    // worker").
    unlessNear: [...OTHER_PERSON_CUES, 'adult|woman|women [*] sex|sex-worker|sex-workers', 'woman|women|mother|mothers who is|are|was|were a|an|adult sex'],
    category: 'sexualises',
    explanation: 'Treats the sexual abuse of a child as a job. A child cannot be a sex worker.',
    alternatives: [
      'The child is being sexually exploited',
      'Adults are selling the child for sexual abuse: this is child sexual exploitation and may be trafficking',
    ],
    source: 'ons_terminology', // the same reasoning as "child prostitution"
  },
  {
    id: 'provocative_dress',
    patterns: [
      'provocative|provocatively|inappropriately|sexily|seductively|revealingly|scantily dressed|clad',
      'dressed|dresses|dress|dressing provocatively|sexily|seductively|revealingly|older',
      'provocative|revealing|sexy clothing|clothes|outfit|outfits',
      'dressed|dresses|dress like a tart|slag|slut|woman',
      `dressed|dresses|dress|dressing like she's|she’s|shes ${AGE_NUMBERS}`,
      `dressed|dresses|dress|dressing like she is|was ${AGE_NUMBERS}`,
      // "dresses like she's twenty" (round 21)
      "dressed|dresses|dress|dressing like she's|she’s|shes twenty|thirty|forty|twenty-five|twenty-one",
      'dressed|dresses|dress|dressing like an|a adult|grown-up',
      // "the way she was dressed" (Safe and Sound, Derbyshire: comments on clothes as if they invite abuse)
      'the way she|he was|is|were dressed|dresses',
    ],
    category: 'sexualises',
    explanation: 'Comments on a child’s clothes as if they invite abuse. What a child wears never explains or excuses abuse.',
    alternatives: [
      'Describe what happened to the child and who did it; clothing is only relevant if someone bought it for them or told them what to wear',
      'Concern that adults have given the child new clothes (record who and what)',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'flirtatious',
    labelFrame: true,
    patterns: ['flirtatious|flirtatiously|flirty'],
    category: 'sexualises',
    explanation: 'Describes a child in adult sexual terms, which shifts attention from adults who target them to the child’s manner.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child may be showing learned sexualised behaviour, which can be a sign of sexual abuse',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Only about a child's manner towards adults: between children the word is ordinary.
    requiresNear: [...LABEL_FRAME_CUES, ...ADULT_CUES, 'staff|carers|professionals|doctor|doctors|officers|police|workers|him|them'],
    window: 8,
  },
  {
    id: 'flirting_with_adults',
    labelFrame: true,
    patterns: ['flirting|flirts|flirted|flirt with'],
    // Round 7: a driver is an adult in the child's world ("flirting with the van driver").
    category: 'sexualises',
    explanation: 'Describes adults’ sexual interest in a child as the child flirting, which puts the responsibility on the child.',
    alternatives: ['Adults (record who) are showing sexual interest in the child', 'Concern that adults are grooming the child'],
    source: 'durham_scp', // [F]
    requiresNear: [...ADULT_CUES, 'driver|drivers|taxi|van|punters|customers'],
  },
  {
    id: 'seductive',
    patterns: ['seductive|seductress|temptress|lolita|vixen', 'seduced|seduces|seducing|seduce him|them|men|staff|adults'],
    category: 'sexualises',
    explanation: 'Casts the child as the one who caused an adult’s sexual behaviour, which is how abusers excuse themselves.',
    alternatives: ['The adult sexually abused the child (record who)', 'Record what the adult said and did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'sexually_experienced',
    patterns: ['sexually experienced|precocious|advanced|mature|aware|knowledgeable', 'hypersexual|oversexed|over-sexed|nymphomaniac', 'highly sexed'],
    category: 'sexualises',
    explanation:
      'Describes the child as sexually adult, which makes abuse look like the child’s nature. Sexual knowledge beyond a child’s age can itself be a sign of abuse.',
    alternatives: [
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
      'Concern that the child has been sexually abused: record what was seen or said',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
  },
  {
    id: 'sleeps_around',
    patterns: ['sleep|sleeping|slept around', 'sleeps|sleeping|slept around', 'easy|loose girl|girls'],
    category: 'sexualises',
    explanation: 'Slang that brands a child as sexually loose. It blames the child and hides that they may be abused by several people.',
    alternatives: ['Concerns that the child has been sexually abused by several people (record who, if known)', 'The child is being sexually exploited'],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'has_a_reputation',
    // "She has a reputation", "got a bit of a reputation with the lads": gossip about a girl's sexual history. Not "a
    // reputation for" (violence, lateness) or "as" (a good listener), and not in the criminal sense on the estate.
    patterns: ['has|had|got|gets|getting|gained|earned|earning a [bit] [of] [a] [bad] reputation'],
    category: 'sexualises',
    explanation: 'Repeats gossip about a child’s sexual history. It blames the child and can hide that adults or peers are abusing them.',
    alternatives: [
      'The child is being talked about in a sexual way by [who]: concern about sexual harassment or exploitation',
      'Concerns that the child has been sexually abused by several people (record who, if known)',
    ],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: ["for|as|gang|gangs|violence|violent|fighting|fights|estate|road|streets|business|shop|school’s|school's|company|firm"],
    window: 3,
  },
  {
    id: 'easy_label',
    patterns: ['easy'],
    category: 'sexualises',
    explanation: 'Slang that brands a child as sexually available. It blames the child and excuses the people who abuse them.',
    alternatives: [
      'Concerns that the child has been sexually abused by several people (record who, if known)',
      'The child is being sexually harassed: record who said it',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // Only as a label for the child: "seen as easy", "known as easy", "boys say she is easy".
    requiresNear: [
      'known|seen|called|labelled|labeled|described|regarded|thought|reputation|reputed as|for|of [being]',
      'boys|lads|men|males|guys|everyone|everybody say|says|said|think|thinks|thought',
      'slag|slut|slapper|sexual|sexually|sex',
      "she's|she’s|shes [so|really|dead|well|proper]",
      'she is [so|really|dead|well|proper]',
      // Round 23: "known to be easy with the older men", "police record the 14-year-old as easy among the lads".
      'she|girl|girls|yp|child|they was|is|were|are known|thought|said|considered|seen|believed|reputed to be',
      // Review 23B: "as easy among the lads", not "he seems easy among the lads in his team"; "known to the lads as easy".
      'as easy among|with [the] [older] lads|boys|men|males|guys',
      'known to [the] * [*] [*] [*] as easy',
      // Round 24: "Leah is easy according to the other residents".
      'easy according to',
      // Round 26: the label hung on a named child or a pronoun ("a teacher's email described Mollie as \"easy\"", "the men
      // call her \"easy\"").
      'described|describes|describing|labelled|labeled|labels|branded|brands|regarded|regards * as [being]',
      'call|calls|called|calling her',
      // Round 28: the label hung on a girl or a named child by a bare copula ("Girl is easy and goes with anyone",
      // "Kacey is \"easy\" and gets passed around"); a thing that is easy is vetoed below.
      'girl|girls|lass|lasses|yp|child|daughter is|was|are|were [so|really|dead|well|proper|just] easy',
      'is|was easy and|everyone|everybody',
    ],
    // "easy to" after the word, not the "to" of "known to be easy" (round 23). Review 23B: an easy baby, easy company, a
    // journey easy for her or called easy by mum.
    unlessNear: [
      'easy to',
      'infant|baby|babies|toddler|feeding|feeds|feeder|sleeping|sleeper|temperament|company',
      'easy for her|him|them|me|us|you',
      'easy by mum|mam|dad|staff|carers|her|him|them',
      'maths|work|task|tasks|homework|test|exam|question|questions|target|targets|way|life|option|read|reading|going|peasy|win',
      // Review 26: easy money or cash ("he described it as easy money"), a routine or a thing described as easy ("Mum
      // described bedtime as easy since the move"), now that "described * as" is a cue for any word in between.
      'money|cash|pickings',
      'bedtime|bedtimes|mornings|morning|routine|routines|transition|move|visit|visits|journey|lesson|lessons|session|sessions|settling|handover|process|procedure|day|days|week|weeks|term',
      // Round 28: a thing, not a person, as the subject ("it was easy and quick").
      'it|this|that|which|everything|anything|nothing|something|life|parking|access is|was|seems|seemed [so|really|very|quite] easy',
      'form|forms|paperwork|app|website|system|recipe|game|puzzle|walk|drive|route|bus|train|shift|exercise|bed|kit|machine',
    ],
    window: 4,
  },
  {
    id: 'slurs',
    patterns: [
      'slag|slags|slut|sluts|slapper|slappers|whore|whores|skank|skanks|hoe|hoes',
      'a|little tease|temptress|seductress|lolita|jezebel|tart',
      'uses|used|using her looks|body|sexuality',
    ],
    category: 'sexualises',
    explanation: 'A sexual insult. If it records what others called the child, put it in quotation marks and say who said it.',
    alternatives: ['[Name] called the child “…” (record who said it and where)', 'The child is being sexually harassed or bullied'],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'looks_older',
    patterns: [
      `looks|looked|looking|appears|appeared much|far older than ${PRONOUN_POSS} age|years`,
      `looks|looked|looking|appears|appeared older than ${PRONOUN_POSS} age|years`,
      'looks|looked|looking|appears|appeared|seems|seemed [much|far|a|lot|years] [lot] older than 10|11|12|13|14|15|16|17|she|he|they',
      'looks|looked|looking|appears|appeared [much|far] older for her|his|their age',
      'looks|looked|looking|appears|appeared about|around|like|over 16|17|18|19|20|21|22|23|24|25',
      'looks|looked|looking|appears|appeared like an adult|woman',
      // Round 25: "looks like a grown woman", "looked like a grown man" (tune9).
      // Review 25A: not "seems like a grown man when he talks about his diabetes care" (maturity, not looks).
      'looks|looked|looking|appears|appeared like a grown woman|man|adult',
      `well|physically developed for ${PRONOUN_POSS} age`,
      `well-developed for ${PRONOUN_POSS} age`,
      `could|can pass for ${AGE_NUMBERS}`,
      'could|can pass for an adult',
      'looks|looked|looking|appears|appeared|seems|seemed [much|far|way|years|a] [lot] older',
      'looks|looked|looking|appears|appeared|passes|passed|passing 16|17|18|19|20|21|22|23|24|25',
      'passes|passed|passing for [an] 16|17|18|19|20|21|22|23|24|25|adult|woman|man',
      // "14 going on 40": the child's age set beside an adult one.
      '10|11|12|13|14|15|16|17 going on 18|19|20|21|25|30|35|40|50|thirty|forty',
    ],
    // Round 19: "looks older in her new glasses", "in her new school photo" (two tuning-set lines, no finding).
    // Round 25: dressed up for an occasion ("looked like a grown man in his dad's suit at the wedding").
    unlessNear: [
      'glasses|photo|photos|picture|haircut|uniform|spectacles',
      'suit|suits|wedding|costume|graduation|gown',
      // Review 25A: a kit, a prom, or maturity in caring for siblings ("looked like a grown man in his football kit",
      // "appeared like a grown adult in how she managed her little brothers").
      'kit|prom|managed|manages|manage|managing|brothers|sisters|siblings',
    ],
    window: 6, // round 22: "looks older in her new school photo"

    category: 'sexualises',
    explanation: 'Offers the child’s appearance as if it explained an adult’s behaviour. Abusers use it as an excuse; the child’s age is what matters.',
    alternatives: ['The child is [age]: adults who target them know or should know they are a child', 'Record the child’s age and what the adult did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'underage_sex',
    patterns: ['underage|under-age sex|sexual|relationship|relationships|intercourse|activity'],
    category: 'implies_consent',
    explanation: 'Frames sexual contact with a child as a rule the child broke, not as possible abuse. Under 13 it is rape.',
    alternatives: [
      'The child has described sexual activity; concerns exist that they may have been groomed, coerced or exploited: record the other person’s age',
      'Possible sexual abuse of a child aged [age]',
    ],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    // The law or the curriculum named, not a child's contact recorded ("lessons on consent and underage sex",
    // "struggled to distinguish between sexual abuse and underage sexual activity", as reviews write).
    unlessNear: ['distinguish|distinguishing|differentiate|law|laws|lesson|lessons|pshe|rse|curriculum'],
    window: 8,
  },
  {
    id: 'agreed_to',
    contextInSentence: true,
    // Round 23: "agreed to have sex with the men" is one finding, not also had_sex_with_adult's "have sex with".
    patterns: ['agreed|agrees|agreeing|agree to', 'agreed|agrees|agreeing|agree to have|having sex|intercourse [with]'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Says the child agreed to sexual contact or to go with adults, when a groomed or coerced child cannot freely agree.',
    alternatives: [
      'It is not clear whether the child was under duress: record what was said, promised or threatened',
      'The child may have been groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    // Round 32: the men's place ("agreed to go to the men's flat for cigarettes", fresh29).
    requiresNear: [...SEXUAL_CUES, "man|men|males|adults|older|olders|men's|man's|men’s|man’s", ...LABOUR_EXPLOITATION_CUES],
    unlessNear: [
      // Round 32: "men's" naming a kind of event, team or place ("agreed to do the men's 5k fun run with his dad").
      "men's|men’s race|run|5k|10k|team|football|rugby|cricket|match|league|toilets|toilet|changing|clothing|department|section|club|ward|shed|group",
      'referral|referrals|plan|plans|assessment|support|meeting|meetings|appointment|appointments|share|sharing|information|medical|treatment|examination|test|tests|visit|visits|police|talk|speak|tell|interview|statement|help',
      // Round 19: "the church elders have agreed to host an awareness evening".
      'host|hold|run|fund|chair|attend|organise|organize',
      // Round 22: a meeting's decision ("CP conference: agreed to stop recording Daisy's missing episodes as a choice").
      'stop|record|recording|review|escalate|convene|update|monitor|close',
      ...LABOUR_EXPLOITATION_VETOES,
    ],
    window: 4,
  },
  {
    id: 'enjoys_attention',
    patterns: [
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|courts|courting|courted [the] attention|lifestyle|gifts|status|buzz|thrill|excitement',
      // "craves the attention" of the men; a bare "craves attention" is a bid for it (attention_seeking).
      'craves|craved|craving|crave the attention|lifestyle|gifts|status|buzz|thrill|excitement',
      'craves|craved|craving|crave lifestyle|gifts|status|buzz|thrill|excitement',
      // "Tyrone enjoys the gang lifestyle and the money" (round 21): the enjoyment, not only the lifestyle's name.
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|craves|craved the|his|her|their gang|criminal|drug|drugs lifestyle|money|status',
      'enjoys|enjoyed|enjoying|likes|liked|loves|loved|craves the money',
      'enjoy the money',
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved the money|cash and [the] status|attention|lifestyle|gifts',
      // Round 22: whose attention ("Tilly enjoyed the men's attention and went off with them").
      "enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|craves|craved|craving the|their [older] men's|man's attention|gifts|company",
      // Probe 25: "loving the attention", "lapping up the attention", "enjoying herself with the men in room 6".
      // Review 25B: not "the buzz" or "the excitement" of a trip or a match day.
      'loving|revelling|revels|revelled [in] the attention|lifestyle|gifts|status',
      'lapping|laps|lapped|lap up the attention|lifestyle|gifts|status|money',
      // Review 25B: not "lads" or "group" ("enjoying himself with the other lads at football").
      'enjoying|enjoyed|enjoys|enjoy herself|himself|themselves with the|those|these|older|some|two|three|four|a|an [*] men|males|adults|man|male|olders|adult',
    ],
    category: 'implies_consent',
    explanation: 'Suggests the child wants what is happening. Attention, gifts and status are the tools groomers use to draw a child in.',
    alternatives: [
      'Adults are using attention, gifts or money to groom the child (record what and from whom)',
      'The child is being groomed: the gifts and attention are part of how they are controlled',
    ],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    // Gaps pass: the attention of a teacher, an audience or a pet is not grooming ("enjoys the attention of her drama
    // teacher when she performs").
    unlessNear: [
      'teacher|teachers|coach|coaches|audience|audiences|stage|perform|performs|performing|drama|crowd|fans|classmates|baby|puppy|dog',
      // Review 25B: a win ("she was loving the attention after scoring the winner").
      'scoring|scored|goal|goals|winner|winning|won|trophy|award|medal',
      // Review 25F: peers or a show ("lapping up the attention from the other girls in the choir").
      'attention from|of [the|her|his] [other] girls|boys|friends|classmates|teammates|pupils',
      'choir|choirs|band|orchestra|concert|concerts|assembly|nativity|panto|pantomime',
      // Probe 24: gifts from family or carers ("she likes the gifts her mum buys her", "the presents for her birthday").
      // Review 24D: the family as the giver, not a parent or carer reporting ("Mum said she enjoys the attention").
      'her|his|their [foster] mum|mam|mother|dad|father|parents|nan|gran|grandparents|carer|carers|family buys|bought|buy|gives|gave|give|gets|got|sends|sent',
      "from [her|his|their] [foster] mum|mum's|mam|mother|mother's|dad|dad's|father|father's|parents|nan|gran|grandparents|carer|carers|family",
      'for|at [her|his|their] christmas|birthday',
      'christmas|birthday present|presents|gifts|money',
      // "the money she earns from her paper round", not "stopped his paper round" or unexplained savings.
      'earns|earned|earning|earn|makes|made|saves|saved|saving from|at|doing [her|his|their|a] [*] paper|pocket|babysitting|allowance|job|round', // not "from the work he does for the olders"
      'pocket money',
      'wage|wages|babysitting|allowance',
    ],
  },
  {
    id: 'motivated_by_money',
    patterns: ['motivated by money|greed|gifts|status', 'financially motivated', 'in it for the money|gifts', 'money-motivated'],
    category: 'implies_consent',
    explanation: 'Presents the child as choosing exploitation for gain, ignoring that adults created the need, the debt or the fear.',
    alternatives: [
      'Adults are using money or gifts to control the child',
      'The child is being criminally or sexually exploited: record what was given, promised or owed',
    ],
    source: 'childrens_society_2022', // 2022 revision: child financial exploitation
  },
  // ===== Blame and choice =====
  {
    id: 'putting_self_at_risk',
    patterns: [
      `putting|puttin|puts|put|placing|places|placed|place ${PRONOUN_SELF} at [*] risk|harm|danger`,
      `putting|puttin|puts|put|placing|places|placed|place ${PRONOUN_SELF} in [*] danger|harm's|harm’s|harms|risky|dangerous|vulnerable|unsafe`,
      `exposing|exposes|exposed|expose ${PRONOUN_SELF} to [*] risk|harm|danger|exploitation|abuse`,
      `is|was|are|were a [*] risk to ${PRONOUN_SELF}`,
      `leaving|leaves|left|leave ${PRONOUN_SELF} open|vulnerable|exposed to`,
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for harm that other people choose to do to them. The risk comes from those who exploit the child.',
    alternatives: [
      'The child is at increased vulnerability to being abused or exploited; a perpetrator may exploit this',
      'The child may have been groomed: record who they were with and where',
      'This location or situation could give a perpetrator the chance to abuse the child',
    ],
    source: 'docsbay_alternatives', // [A]; [D] (CCE): "they are being forced"; [F]
    // Probe 24: staff or a parent as the subject ("the officer placed himself at risk to rescue the child").
    unlessNear: [STAFF_PUT_SELF_CUE],
  },
  {
    id: 'choices_put_at_risk',
    patterns: ['placing|places|placed|place|putting|puts|put|exposing|exposes|exposed|expose her|him|them at|to [*] risk|danger|harm'],
    category: 'blames_child',
    explanation: 'Says the child’s own choices or behaviour put them at risk. The risk comes from those who exploit the child.',
    alternatives: [
      'The child is at increased vulnerability to being abused or exploited; a perpetrator may exploit this',
      'This location or situation could give a perpetrator the chance to abuse the child',
    ],
    source: 'docsbay_alternatives', // [A] "Putting themselves at risk"; [E] "leading a lifestyle that puts her at risk"
    requiresNear: ['choice|choices|behaviour|behaviours|behavior|behaviors|lifestyle|lifestyles|decisions|decision|actions'],
    unlessNear: OTHER_PERSON_CUES,
    window: 5,
  },
  {
    id: 'risky_behaviour',
    patterns: [
      'risky|reckless|risk-taking behaviour|behaviours|behavior|behaviors',
      'risk taking behaviour|behaviours|behavior|behaviors',
      'engaging|engages|engaged in risky|risk-taking|dangerous behaviour|behaviours|behavior|behaviors|activities|activity',
      'high-risk|unsafe behaviour|behaviours|behavior|behaviors',
      'high risk behaviour|behaviours|behavior|behaviors',
    ],
    category: 'blames_child',
    explanation: 'Locates the danger in the child’s behaviour rather than in the adults who exploit them. Keep the focus on the harm and its impact.',
    alternatives: [
      'The child is being exposed to harm by [who]: record what is happening to them',
      'The child is at increased vulnerability to exploitation: describe the situation and who is present',
    ],
    source: 'nspcc', // [E] "Risky behaviour"
    // Round 23: the adults' behaviour ("the risky behaviour of the adults in her life is the concern").
    unlessNear: [
      // Review 23A: a determiner first, not "her risky behaviour of meeting men" (a verb there).
      'behaviour|behaviours|behavior|behaviors of the|these|those|her|his|their [*] adults|adult|men|man|parents|parent|mum|dad|carers|carer|perpetrators|perpetrator|offenders|offender',
    ],
    window: 6,
  },
  {
    id: 'criminal_lifestyle',
    patterns: [
      'criminal|gang|offending|criminalised|criminalized lifestyle|lifestyles',
      'leads|leading|led|lead a|an criminal|gang|offending lifestyle',
      'career criminal|criminals',
      'criminal career',
    ],
    category: 'criminalises_child',
    explanation: 'Describes a child who is being criminally exploited as someone living a life of crime. The offences are what adults make the child do.',
    alternatives: [
      'The child is being criminally exploited by [who]: record what they are made to do',
      'Adults are using the child to commit offences: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    unlessNear: [
      // Round 23: an adult by age in apposition, or an adult or a relative as its owner ("Kai's older brother, 22, has
      // chosen a criminal lifestyle", "the man, 35, leads a criminal lifestyle", "his dad's criminal lifestyle").
      `${AGE_NUMBERS} has|had|have|leads|led|lives|lived|is|was`,
      // Review 23C: the owner right before it, not "moving to his dad's flat" or "the 20-year-old man's flat" elsewhere;
      // the family's own lifestyle as a subject, not "followed his family's criminal lifestyle".
      "man's|men's|dad's|father's|mum's|mother's|uncle's|brother's|stepdad's|adult's criminal|gang|offending lifestyle|lifestyles",
      "family's criminal|gang|offending lifestyle|lifestyles has|had|is|was|affects|affected|means|meant|puts|put|exposes|exposed",
    ],
  },
  {
    id: 'risky_lifestyle',
    patterns: [
      'risky|chaotic|dangerous|high-risk|party|partying|street|sexualised|sexualized lifestyle|lifestyles',
      'high risk lifestyle|lifestyles',
      'leads|leading|led|lead a [*] [*] lifestyle',
      'lifestyle that puts|put|places her|him|them at risk',
      'lifestyle is|was|seems|appears [very|increasingly|extremely] risky|chaotic|dangerous',
      'lifestyle has|had been [very|increasingly|extremely] risky|chaotic|dangerous',
    ],
    category: 'blames_child',
    explanation: 'Describes exploitation as a way of life the child has taken up. Exploitation is something done to the child.',
    alternatives: ['The child is being exploited: record who is harming them and how', 'The child is exposed to [situation] where adults are harming them'],
    source: 'nspcc', // [E] "leading a lifestyle that puts her at risk"; CARA prior art "risky lifestyle"
  },
  {
    id: 'lifestyle_choice',
    patterns: [
      'lifestyle choice|choices',
      'lifestyle|life|path [that|which] she|he|they|i [has|have|had|is|was] chosen|chose|chooses|choose',
      'choice|choices of lifestyle',
      `chosen|chose|choose|chooses|choosing this|that|a|the|${PRONOUN_POSS} [*] lifestyle|life`,
      'chosen|chose|choose|chooses|choosing to live like this|that',
      // Round 23: "she has chosen this way of life".
      // Review 23B: not "a way of life" (the staff team's for the house); a family's or a parent's is vetoed below.
      'chosen|chose|choose|chooses|choosing this|that|her|his way of life',
      "i|i've chose|chosen|choose this|that",
      "it's|its|it’s my [own] choice|decision|life",
      'it is|was my [own] choice|decision|life',
      'my own choice|decision',
    ],
    category: 'implies_consent',
    explanation: 'Being sexually or criminally exploited is not a lifestyle choice. The phrase was used in Rotherham to explain away abuse.',
    alternatives: [
      'The child is being sexually or criminally exploited',
      'Adults are controlling the child through [threats, debt, substances, affection]: record how',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited, is not a 'lifestyle choice'"
    // Round 23: a parent's own choice ("Dad has made a lifestyle choice to stop drinking").
    unlessNear: [
      'mum|mam|mom|mother|dad|father|stepdad|stepmum|parent|parents|carer|carers|uncle|aunt|gran|grandad has|have|had|is|was made|making a|the lifestyle',
      // Review 23B: a family's or a parent's way of life ("the family are Travellers and have chosen this way of life").
      'mum|mam|mother|dad|father|parent|parents|family|families|they|travellers [*] [*] [*] [*] chosen|chose|choose|chooses|choosing this|that|her|his|their way of life',
      // An adult by age in apposition ("Kai's older brother, 22, has chosen a criminal lifestyle").
      `${AGE_NUMBERS} [has|had|have] chosen|chose|chooses|choose|choosing`,
      // Probe 24: a parent's own ("Mum made a lifestyle choice to move", "Dad's lifestyle choices include drinking").
      'mum|mam|mom|mother|dad|father|stepdad|stepmum|parent|parents|carer|carers|uncle|aunt|gran|grandad made|makes|make a|the lifestyle',
      "mum's|mam's|mother's|dad's|father's|stepdad's|stepmum's|parent's|parents|carer's|uncle's|aunt's|gran's|grandad's lifestyle choice|choices", // review 24B: not "Mum's lifestyle is chaotic and Lily has chosen this lifestyle"
    ],
    window: 6,
  },
  {
    id: 'chose_to',
    contextInSentence: true,
    patterns: [
      'choose|chooses|chose|chosen|choosing to',
      'made|makes|make|making the|a choice to',
      'opted|opts|opting|opt|elected|elects|electing to',
      'prefers|preferred|prefer|preferring to',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Presents going missing, getting into cars or being with adults who harm the child as the child’s free choice. Grooming, threats and trauma limit what a child can choose.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they went with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
      'There is concern that a power imbalance is forcing the child to act in this way',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"; "Concern that there is a power imbalance forcing the child"
    requiresNear: [...RISK_CONTEXT_CUES, ...CCE_CUES, ...AGAINST_ADVICE_CUES, ...LABOUR_EXPLOITATION_CUES],
    // "The men chose to target children": the adults' choice, not the child's.
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,
      ...LABOUR_EXPLOITATION_VETOES,

      ...EVERYDAY_CHOICE_CUES,
      'the|these|those|older|adult men|adults|males|suspects|perpetrators|offenders|abusers|exploiters|groomers chose|choose|chooses|choosing',
      // Round 22: one adult right before the choice ("CCTV shows the 34-year-old man chose to approach children", "the
      // tenant, a 48-year-old man, chose to sublet the flat"). Not "male": a police log's "the male" may be the child.
      // Round 28: not "woman", which front-line staff write of a girl of 15 ("The young woman chose to go with the men");
      // an adult woman as the subject is check.ts roleSubject's.
      'man|tenant|landlord|suspect|offender|abuser|perpetrator|groomer|dealer|driver [has|had|have] chose|chosen|choose|chooses|choosing',
      // Round 23: a parent, carer or professional, or an adult by age, right before the choice ("Jade's mum chose to let
      // the men stay", "the foster carer chose to collect her", "the 40-year-old has chosen to plead not guilty").
      // Review 23C: with what an adult does (let, collect, report, plead ...) or "not": "who lives with her mum, chose
      // to go with the men" is the child's choice (the cue does not see the comma).
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing not`,
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing to let|allow|collect|report|move|plead|share|call|ring|phone|inform|tell|keep|drive|pick|send|bring|contact|refer|close|end|confiscate|remove|give|pay|sublet|apply|arrest|charge|search|visit|drink`,
      // Round 24: "take" only with the child or others as its object ("mum chose to take her to the flat"), not "Jade,
      // with her dad, chose to take the train to the men" (the cue does not see the comma).
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing to take [the] her|him|them|children|child|kids`,
      // Round 23: an everyday act chosen ("chose to sit at the front of the car on the way to contact").
      // Review 23A: not "chose to sit in the car with the two men", "chose to wear the underwear the 30-year-old bought
      // her", "chose to watch porn with the older men": where she sits, what she wears or watches can be the harm.
      'choose|chooses|chose|chosen|choosing to eat|read|draw|sing|paint|cook|bake|revise|cycle',
      // Round 29C: leaving a violent partner, in the speaker's own words ('Mum said "I chose to leave him after the last
      // beating"'; a veto inside a quotation sees only the quotation), and a choice of contraception ("chose to have the
      // implant fitted rather than take the pill").
      // Review 29C: with what follows, not 'Mum said "I chose to leave him", but Kayla chose to go back to the men'.
      'i [have|had] chose|chosen|choose to leave|divorce him after|when|because|as|years|last|in',
      // Round 29C: where a child lives after parents part ("she chose to live with him after the divorce"; the divorce of
      // EVERYDAY_CHOICE_CUES lies one word beyond the window).
      'live|living|stay|staying with [*] after|since the|their divorce|separation',
      // Review 29C: not "take" or "try" a pill, nor "stop the pill" ("chose to take the pill the men gave her at the party").
      'choose|chooses|chose|chosen|choosing|opted|opts|opt to have|get|start|use [the|an|a] implant|pill|coil|injection|jab|vaccine|contraception|contraceptive|depo',
      'choose|chooses|chose|chosen|choosing to sit at the front|back|table',
      // Round 23: an adult given by age in apposition right before the choice, or reporting it as their own ("the man's
      // partner, 29, chose to move in with him", "patient's mum, 38, says she chose to drink tonight"). A child's age
      // (under 18) is not among them: "Jade, 15, chose to go with them" keeps its finding.
      `${AGE_NUMBERS} [has|had|have|also] chose|chosen|choose|chooses|choosing|opted|elected`,
      `${AGE_NUMBERS} says|said|states|stated|reports|reported|explains|explained|admits|admitted [that] she|he|they [has|had|have] chose|chosen|choose|chooses|choosing|opted`,
      // Review 23A: a choice ruled out ("no suggestion that she chose to be abused"), not the next one in the sentence.
      'no|little suggestion|evidence|indication that [*]',
      // Probe 25: a parent's or an adult's own choice in their words ("Mum said 'I chose to leave him after the last
      // beating'", "the 19-year-old woman told officers she chose to go to the festival alone").
      'mum|mam|mother|dad|father|parent|carer|nan|gran|aunt|uncle|woman|man said|says|told|tells|explained|explains [*] [*] i chose|choose|decided|opted',
      `${AGE_TOKENS} woman|man|female|male told|tells|said|says [officers|police|staff|me|us] [that] she|he chose|chooses|choose`,
    ],
    window: 5,
  },
  {
    id: 'chose_not_to',
    patterns: [
      'choose|chooses|chose|chosen|choosing not to disclose|tell|speak|engage|report|return|cooperate|co-operate|help|answer|say|support|give',
      'choose|chooses|chose|chosen|choosing not to come|go home|back',
    ],
    category: 'blames_child',
    explanation:
      'Treats silence or not returning as a free choice. Fear, threats, loyalty to the abuser and trauma responses stop children telling or coming home.',
    alternatives: [
      'The child has not felt able to tell us what happened; fear of the perpetrator or a trauma response may be why',
      'The child did not return home: record who they were with and whether they are being controlled',
    ],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md, "5 F's")
    // Probe 23: a carer's or a professional's own choice ("The foster carer chose not to report the incident until the
    // morning"), the noun right before the verb; not "the carer said she chose not to tell anyone".
    unlessNear: [
      'carer|carers|worker|workers|staff|officer|officers|teacher|teachers|manager|managers|nurse|nurses|doctor|gp|dsl|police|school|council|team|parent|parents|mum|dad|family [has|have|had|then|also|initially] choose|chooses|chose|chosen|choosing not to',
    ],
  },
  {
    id: 'poor_choices',
    patterns: [
      'makes|making|made|make poor|bad|unwise|risky|wrong|unhealthy [relationship|life|lifestyle] choices|choice|decisions|decision',
      'poor|bad|unwise|risky|unhealthy relationship|life choices|choice|decisions',
      'risky|poor|bad|unwise choices',
      'poor|bad decision-making|judgement|judgment',
      'poor|bad|unwise|reckless|risky|impulsive|questionable decisions|decision|judgement|judgment',
    ],
    category: 'blames_child',
    explanation: 'Puts the harm down to the child’s decisions instead of to the people grooming, coercing or exploiting them.',
    alternatives: ['The child is being groomed, coerced or manipulated by [who]', 'Focus on what the person causing harm has done: record their actions'],
    source: 'durham_scp', // [F] "They make poor relationship choices"; [B] risky choices / poor decisions
    unlessNear: [
      // Round 23: an adult's own past ("mum says she made poor choices in her own relationships").
      // Review 23B: a relative's own, not the child's own life ("Jade has made poor decisions in her own life").
      'mum|mam|mother|dad|father|parent|parents|stepdad|stepmum|carer|carers|gran|nan|aunt|uncle [*] [*] [*] [*] [*] [*] in her|his|their own relationships|relationship|life|past|youth',
      'in her|his|their own past|youth',

      'practitioner|practitioners|professional|professionals|agency|agencies|staff|service|services|manager|managers|police|officer|officers|panel|court',
      // A parent's own choices ("mum has made poor choices", "poor decisions by dad"), not a parent reporting the child's
      // ("Mum says Chantelle makes poor relationship choices": the Durham SCP wording, reported).
      "mum|mother|dad|father|parent|parents|mum's|mother's|dad's|father's|parental|parenting [has|have|had|often|always|sometimes|repeatedly] makes|made|make|making",
      "mum's|mother's|dad's|father's|parental|parenting",
      'by|of|from [her|his|their|the] mum|mother|dad|father|parent|parents',
    ],
  },
  {
    id: 'streetwise',
    patterns: ['streetwise|street-wise|streetsmart|street-smart', 'street wise|smart'],
    category: 'blames_child',
    explanation:
      'Suggests the child can look after themselves and is not really at risk. Knowing the streets does not protect a child from adults who exploit them.',
    alternatives: [
      'The child is familiar with [area or people], which may increase their exposure to adults who exploit children',
      'The child is a child: record who is harming them and how',
    ],
    source: 'childrens_society_2018', // the guide's principle; named in issue 4 from the inquiries
    // A service of that name ("the Streetwise young people's project") is not a description of the child.
    unlessNear: [
      // Round 23: an adult worker described ("the youth worker is streetwise and knows the local area").
      'worker|workers|officer|officers|mentor|mentors|coach|coaches|carer|carers|volunteer|volunteers is|are|was|were [very|quite|really] streetwise|street-wise|streetsmart|street-smart',
      'project|service|services|team|charity|clinic|programme|program|centre|center|drop-in',
    ],
    window: 3,
  },
  {
    id: 'knows_what_doing',
    patterns: [
      'knows|knew|know exactly what she|he|they is|was|are|were doing',
      'knows|knew|know what she|he|they is|was|are|were doing',
      "knows|knew|know [exactly] what she's|he's|they're|she’s|he’s|they’re doing",
      // "knew ... getting into" (past) is blaming: knew_getting_into (lexicon-review.ts, round 16).
      'knows|know [exactly] what she|he|they is|was|are|were getting into',
      "knows|knew|know [exactly] what i'm|i’m|im doing",
      'knows|knew|know [exactly] what i am|was doing',
      "knows|know [exactly] what i'm|i’m|im getting into",
      // "Staff believe she is fully aware of what she is getting into" (the same claim, in an assessment's words)
      // Not "fully aware of what she is doing in her coursework" (variants.test.ts).
      'fully|well|perfectly aware of what she|he|they is|are getting into',
    ],
    category: 'implies_consent',
    explanation:
      'Claims the child understood and accepted what would happen to them, which presents abuse that others chose to commit as the child’s informed choice.',
    alternatives: ['The child may have been groomed into believing this was normal', 'Focus on what the person causing harm did: record who, what and where'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    // Probe 25: a member of staff at work ("the new receptionist clearly knew what she was doing with the booking
    // system"), not the child.
    unlessNear: [
      // Review 25B: knew what they were doing, not "the driver knew she was 15".
      `${SERVICE_ADULTS}|staff|nurse|doctor|teacher|coach|manager|officer|cleaner|chef|mechanic|porter|worker|trainee|apprentice [clearly|obviously|really] knows|knew|know what`,
      // Review 25B: what the adult was doing it with, not any booking or rota in the sentence ("she knew what she was doing,
      // the booking was made by the man in room 12").
      'doing with|on the|a|an|our|his|her|their [*] system|systems|computer|computers|till|software|machine|machines|equipment|tools|booking|bookings|rota|recipe|paperwork',
      // Round 29C: a skill in a place ("knows what he is doing in the kitchen and wants a catering apprenticeship").
      // Review 29C: the skill itself after the place, not "in the garage with the older men", "in the studio where the man
      // filmed her".
      'doing in|at the|a|an|his|her|their kitchen|kitchens|workshop|garage|garden|gym|studio|lab|laboratory|salon|pool|ring|nets and|by|already|now|too|so|this|every|but|because',
    ],
  },
  {
    id: 'in_control_of_abuse',
    // Inquiry-era wording: the child said to be in charge of what was being done to them.
    patterns: ['in control of what happens|happened to her|him|them|me', 'in control of what is|was happening to her|him|them|me'],
    category: 'implies_consent',
    explanation: 'Says the child was in charge of what happened to them, which hides the grooming and control of the adults exploiting them.',
    alternatives: [
      'The child may be groomed into believing they are in control: record what the adults did',
      'Record who was with the child, what was promised or threatened',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // What happens to a child's money, plan or education is theirs to control.
    unlessNear: ['money|savings|account|bank|finances|benefits|phone|plan|plans|care|education|school|college|future|medication|treatment|body|health'],
    window: 4,
  },
  {
    id: 'should_have_known',
    patterns: [
      'must|should|would have known what would happen',
      'must|should|would have known what was|were going to happen',
      'must|should have known what would|was|were',
      'must|should have known better',
      "must|should've|must've known better|what",
    ],
    category: 'blames_child',
    explanation: 'Holds the child responsible for foreseeing and avoiding abuse that others chose to commit.',
    alternatives: ['Focus on what the person causing harm did: record who, what and where', 'The child may have been groomed into believing this was normal'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
  },
  {
    id: 'allowed_it',
    patterns: [
      'allowed|allows|allowing|allow|let|lets|letting it|this|that [to] happen',
      `allowed|allows|allowing|allow|let|lets|letting ${PRONOUN_SELF} [to] be|get`,
      `allowed|allows|allowing|allow|let|lets|letting him|them|men|adults [to] touch|abuse|use|have`,
    ],
    category: 'blames_child',
    explanation:
      'Implies the child could have stopped the abuse. Children are groomed, threatened and frozen by fear, and the responsibility lies with the abuser.',
    alternatives: [
      'The child was abused by [who]: record what the abuser did',
      'The child may have been unable to stop this because of fear, threats or a trauma response (freeze)',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Round 23: an adult who let others use a place or a child ("the tenant let men use it to abuse children", "her
    // mum let them have the flat"): the adult's act, not the child's.
    unlessNear: [
      // Review 23A: not "resident", the child in residential care ("the resident let him touch her").
      'tenant|tenants|landlord|landlady|owner|owners|occupier|householder|mum|dad|mother|father|stepdad|parents|carer|uncle let|lets|letting|allowed|allows|allowing men|adults|them|him',
    ],
    window: 3,
  },
  {
    id: 'brought_on_self',
    patterns: [
      `brought|brings|bring|bringing it|this|that on ${PRONOUN_SELF}`,
      // "bringing these problems upon herself" (Oxfordshire SCR 2015 on how the girls were seen)
      `brought|brings|bring|bringing it|this|that|these|those|the|such|her|his|their|all [*] [*] on|upon ${PRONOUN_SELF}`,
      // "asks for it" (round 22: "Dad said Courtney has been with loads of lads and asks for it").
      'asking|asked|asks for it',
      'had it coming',
      'deserved it|this|that',
      'got|gets|get what she|he|they deserved|deserves|deserve',
      `author|architect of ${PRONOUN_POSS} own misfortune|misfortunes|downfall|problems|troubles|harm`,
      `of ${PRONOUN_POSS} own making`,
      `victim|victims of ${PRONOUN_POSS} own behaviour|behavior|actions|choices|lifestyle|conduct`,
      'looking|looks|look|went|goes|go|out for trouble',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the abuse. Nothing a child does makes them responsible for being abused.',
    alternatives: ['The child was abused by [who]: record what the abuser did', 'Focus on what the person causing harm did'],
    source: 'durham_scp', // [F]
    // Round 22: a request, not blame ("she asks for it to be kept private", "asked for it back").
    unlessNear: [
      'asks|asking|asked|ask for it to|back|again|be|please',
      // Someone else asking for a thing ("when staff asked for it").
      // Not "he|they asked for it" (review 22B L1): that is the same blame about a boy.
      'staff|officer|officers|police|teacher|teachers|mum|dad|carer|carers|nurse asked|asks|asking for it',
      // Probe 24: the child's own feeling ("she felt she had brought it on herself, and staff told her it was not her fault");
      // review 24B: not staff's opinion ("Staff feel she has brought this on herself").
      'she|he|they felt|feels|feel|believes|believed|thinks|thought|worries|worried [that] she|he|they [had|has|have] brought|brings|bring',
    ],
    window: 3,
  },
  {
    id: 'vulnerabilities_led',
    patterns: [`${PRONOUN_POSS} vulnerabilities|vulnerability|behaviour|behavior led|leads|lead|made|makes|caused|causes|meant`],
    category: 'blames_child',
    explanation: 'Makes the child’s vulnerability or behaviour the cause of the abuse. Abusers target vulnerability; they cause the harm.',
    alternatives: ['[Who] targeted the child because of [vulnerability]', 'A perpetrator exploited the child’s vulnerability'],
    source: 'durham_scp', // [F] "Their vulnerabilities led to them being abused"
    requiresNear: ['abuse|abused|exploitation|exploited|targeted|groomed|harm|harmed|raped|assaulted'],
  },
  {
    id: 'why_didnt_leave',
    patterns: [
      "why didn’t|didn't she|he|they leave|tell|say|report|fight|go|stop|run",
      'why did she|he|they not leave|tell|say|report|fight|stop|run',
      "why didn’t|didn't she|he|they just leave|tell|say|report|go",
      // "why Aisha didn't leave sooner"; "she could have walked away at any time" (Durham SCP on why children stay)
      "why [*] didn’t|didn't leave|tell|report|fight|run|stop|go [sooner|earlier]",
      'why [*] did not leave|tell|report|fight|run|stop|go [sooner|earlier]',
      "didn’t|didn't|not leave|tell|report sooner|earlier",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] walked|run|got|gone away|out|off",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] said no",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] left [at] any time|whenever|anytime",
    ],
    category: 'blames_child',
    explanation:
      'Asks why the child did not escape instead of why the abuser abused them. Fear, control and trauma responses explain why children stay silent or stay.',
    alternatives: [
      'What stopped the child from leaving or telling: fear, threats, control, or a trauma response (freeze, forget)?',
      'Record what the person causing harm did to keep the child there or silent',
    ],
    source: 'durham_scp', // [F] "Why didn't they leave sooner?"
  },
  {
    id: 'could_have_said_no',
    // The same question with the child named ("Jade could have said no", "Ryan could have walked away at any time"):
    // shorter than why_didnt_leave's patterns, so that entry keeps "she could have ..." where it holds.
    patterns: [
      "could|could've|could’ve [have|of] [just|easily|simply] said no",
      "could|could've|could’ve [have|of] [just|easily|simply] walked away|out|off",
      "could|could've|could’ve [have|of] [just|easily|simply] left [at] any time|whenever|anytime",
    ],
    category: 'blames_child',
    explanation:
      'Suggests the child could have stopped the abuse by refusing or leaving. Fear, control and trauma responses explain why children comply and stay.',
    alternatives: [
      'What stopped the child from refusing or leaving: fear, threats, control, or a trauma response (freeze, appease)?',
      'Record what the person causing harm did to keep the child there',
    ],
    source: 'durham_scp', // [F] "Why didn't they leave sooner?"
    // An adult or a service as the subject ("Mum could have said no to the sleepover"), not "said no to the men".
    unlessNear: [
      "mum|dad|mother|father|parent|parents|carer|carers|nan|gran|aunt|uncle|sister|brother|staff|professionals|police|officers|officer|worker|workers|school|council|services|manager|man|men|adult|adults could|could've|could’ve",
      // Any other adult or body as the subject (review 2026-11-30): "The GP could have said no to the referral".
      "provider|gp|doctor|landlord|judge|court|panel|team|agency|college|hospital|nurse|teacher|head|headteacher|owner|employer|company could|could've|could’ve",
    ],
    window: 3,
  },
  {
    id: 'attention_seeking',
    patterns: [
      'attention seeking|seeker|seekers',
      'attention-seeking|attention-seeker|attention-seekers',
      'seeking|seeks attention',
      'craves|craved|craving|crave attention',
      'just|only wants|wanted attention',
      'for attention',
      'looking|desperate|angling|fishing|crying|begging for attention',
    ],
    category: 'blames_child',
    explanation: 'Dismisses the child’s distress or disclosure as a bid for attention. Victims in Rotherham were written off as "attention seekers".',
    alternatives: [
      'The child is showing distress: record what they said and did, and what may lie behind it',
      'The child needs attention and care from safe adults: ask what is happening to them',
    ],
    source: 'cara_prior_art', // CARA lists "attention seeking"; Rotherham finding (DOMAIN.md)
    // Probe 24: an adult as the subject ("she said the man was attention-seeking and kept messaging her").
    unlessNear: [
      'man|men|woman|women|adult|adults|male|males|perpetrator|perpetrators|abuser|abusers|offender|offenders|mum|mother|dad|father|stepdad|partner was|is|were|are [very|so|really|being] attention-seeking|attention',
    ],
    window: 5,
  },
  {
    id: 'manipulative',
    patterns: [
      'manipulative',
      'manipulates|manipulating|manipulated staff|professionals|carers|adults|people|others|workers|everyone',
      // Round 23: one description, one finding ("a manipulative young man who plays agencies off"), not also
      // plays_the_system. Not "manipulative and playing staff off": the tuning sets mark those two.
      'manipulative [*] [*] who plays|played|playing * off',
    ],
    category: 'blames_child',
    explanation: 'Casts a child as the one who controls others, often when they are being manipulated and controlled themselves.',
    alternatives: [
      'The child is trying to manage a situation they are afraid of: record what they did and why it may be',
      'Concern that the child is being manipulated or controlled by [who]',
    ],
    source: 'cara_prior_art', // CARA lists "manipulative"; [B] "groomed/exploited/coerced/manipulated/controlled"
    // "The abuser was manipulative and controlling towards her": the adult's conduct, not a label on the child.
    unlessNear: [
      // Round 23: an adult by age or noun ("the judge described the 52-year-old man as manipulative and controlling").
      // Review 23B: not "the young man", "the 15-year-old female" (children): an adult age, an older or adult man, or men.
      `${AGE_TOKENS} [man|woman|male|female] as|is|was|are|were [very|highly|extremely|so] manipulative`,
      `${AGE_TOKENS} [man|woman|male|female] was|is|were|are described [*] [*] as [very|highly|extremely|so] manipulative`,
      `men|women|adult|adults as|is|was|are|were [very|highly|extremely|so] manipulative`,
      `older|adult|grown man|woman|male|female|men|women as|is|was|are|were [very|highly|extremely|so] manipulative`,
      'abuser|abusers|perpetrator|perpetrators|offender|offenders|groomer|groomers|exploiter|exploiters|suspect|suspects|defendant|defendants',
      // Probe 24: an adult in charge ("the group leader was manipulative and coercive").
      'leader|leaders|manager|managers|boss|landlord|coach|owner|director was|is|were|are [very|highly|extremely|so] manipulative',
    ],
    window: 4,
  },
  {
    id: 'troublemaker',
    patterns: ['troublemaker|troublemakers|trouble-maker|trouble-makers', 'trouble maker|makers'],
    // Probe 25: an adult by age ("a known troublemaker, a man in his fifties, was banned from the concourse"). Review 25B:
    // not the adults the child is with ("a troublemaker, always with a 25-year-old from the estate").
    unlessNear: [ADULT_AGE_WORDS],
    category: 'blames_child',
    explanation: 'Labels the child by how adults see them. It turns attention away from the harm being done to the child.',
    alternatives: [
      'Describe the behaviour and what may be causing it: the child may be being exploited or harmed',
      'The child is showing distress through [behaviour]',
    ],
    source: 'durham_scp', // [F] "They're a troublemaker"
  },
  {
    id: 'rebellious_adolescent',
    // Derby SCR (2010): girls being groomed and raped were dealt with as "rebellious adolescents".
    patterns: ['rebellious|wayward adolescent|adolescents|teenager|teenagers|teen|teens|youngster|youngsters|girl|girls|boy|boys'],
    // Not a parent about their own youth, nor a story ("Mum says she was a rebellious teenager herself").
    unlessNear: [...OTHER_PERSON_CUES, 'herself|himself|themselves|story|book|novel|film|character|lesson'],
    window: 8,
    category: 'blames_child',
    explanation:
      'Reads a child’s changed behaviour as teenage rebellion. A review found that children being groomed and raped were dealt with this way, so the abuse was missed.',
    alternatives: [
      'The child’s behaviour has changed: consider whether they are being groomed or exploited, and record by whom',
      'The child is showing distress through [behaviour]: record what may be causing it',
    ],
    source: 'derby_scr_2010',
  },
  {
    id: 'out_of_control',
    patterns: ['out of control', 'beyond|outside parental control', 'out of parental control', 'beyond control', 'uncontrollable|unmanageable|ungovernable'],
    category: 'blames_child',
    explanation: 'Describes the child as the problem, when their behaviour may mean that someone else is controlling them.',
    alternatives: [
      'Concern that the child is being controlled by others: record missing episodes, new contacts and what has changed',
      'The child’s behaviour has changed: record what and when, and what may be behind it',
    ],
    source: 'cara_prior_art', // issue 4 and CARA
    unlessNear: [
      // Round 23: a parent or partner out of control ("mum says dad is out of control when he drinks").
      'mum|mam|dad|mother|father|stepdad|stepfather|stepmum|partner|uncle|boyfriend is|was|gets|got|becomes|became [completely|totally|really|very] out of control',
      'fire|fires|car|vehicle|dog|dogs|situation|spending|debt|party',
      // Probe 24: money and things ("the costs are spiralling out of control").
      // Review 24B: the thing as the subject, not "she is out of control and keeps running into traffic".
      'cost|costs|prices|price|bills|budget|budgets|inflation|rent|weeds|traffic|temperature|blaze|flames|asthma|diabetes|epilepsy|eczema|seizures|symptoms|pain|sugars|migraines|allergies [is|are|was|were|has|have|had|got|get|gets] [been|got|gone|getting|going] [spiralling|spiraling|spiralled|spiraled|running|spinning|spun|completely|totally] out of control',
    ],
  },
  {
    id: 'feral',
    patterns: ['feral|wayward|delinquent|delinquents|yob|yobs|thug|thugs|hoodlum|hoodlums|hooligan|hooligans|tearaway|tearaways'],
    category: 'criminalises_child',
    explanation: 'A label that casts the child as a problem or a criminal, not as a child who may be harmed or exploited.',
    alternatives: [
      'Describe the behaviour and what may be causing it: the child may be being criminally exploited',
      'The child needs protection: record who is harming them',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'defiant',
    patterns: ['defiant|gobby|mouthy|lippy|insolent|stroppy|bolshy|bolshie', 'wilful|willful'],
    category: 'blames_child',
    explanation: 'Judges the child’s manner from an adult’s point of view. Hostility to adults is a known sign that a child is being exploited or controlled.',
    alternatives: [
      'The child is wary of adults: record what they said and what might make them feel safer',
      'Distrust of professionals may be a sign of exploitation',
    ],
    source: 'cara_prior_art', // distrust of authority is SAFEGUARD "D" (DOMAIN.md)
    // "oppositional defiant disorder"; "wilful neglect" and "wilful blindness" are said of adults.
    unlessNear: [
      'disorder|odd|neglect|blindness|damage|misconduct|default',
      // Probe 25: a coach's note on losing ("J is defiant when he loses but apologised to the referee").
      // Review 25B: not "lost" ("defiant tonight, she lost her phone to the olders again").
      'loses|losing|referee|ref|umpire|opponent|opponents',
    ],
  },
  {
    id: 'dramatic',
    // "overdramatic" (round 22: "Nia was being overdramatic about the man at the bus stop").
    patterns: [
      'drama queen',
      'overreacting|over-reacting|hysterical|histrionic|melodramatic|overdramatic|over-dramatic',
      'over reacting',
      'being|so|overly dramatic',
      'needy|clingy',
    ],
    category: 'blames_child',
    explanation: 'Dismisses the child’s distress as exaggerated. Distress can be a sign of abuse and needs to be understood.',
    alternatives: ['The child was very distressed: record what they said and did', 'The child is showing distress; explore what may be behind it'],
    source: 'cara_prior_art', // same family as "attention seeking"
    // Review 22A L19: the writer about themselves ("I was overdramatic in my first referral").
    unlessNear: [
      "i|we|i'm|i’m|we're|we’re [am|was|were|are|have|had|may|might|could|can|will|would] [have|be|been|being] [been|being] [a] [bit|little|too|so|rather|slightly] overreacting|over-reacting|hysterical|histrionic|melodramatic|overdramatic|over-dramatic|dramatic|over",
    ],
  },
  {
    id: 'liar',
    patterns: [
      'liar|liars|fantasist|fantasists',
      'compulsive|pathological|habitual lying|lies',
      'tells|told|telling lies',
      'lying|lied|lies about|to',
      'keeps|kept lying',
      // "she's lying again, she always does", "lying again about where he goes".
      'lying|lied again',
      'making|makes|made it|this|things up',
      'she|he|they|child|girl|boy|account|accounts was|is|were|are not credible|believable',
      'unreliable|inconsistent|unconvincing and|but not credible|believable',
      "she|he|they|child|girl|boy|account|accounts isn’t|isn't|wasn’t|wasn't|aren’t|aren't|weren’t|weren't credible|believable",
      'she|he|they|child|girl|boy|account|accounts lacks|lacked|lack credibility',
    ],
    ...UNTRUTHFUL,
    // "The man was lying about his age": the adult deceiving the child, a sign of grooming, not a label on the child.
    unlessNear: [
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|offender|offenders|groomer|groomers [had|has|was|is|were|are] [been] lying|lied|lies',
      // Review 21: a parent lying ("Kyle's dad was lying again"), or lying down again ("lying again on her bed").
      'mum|mam|mother|dad|father|stepdad|stepfather|stepmum|stepmother|parent|parents|carer|carers|partner|boyfriend|uncle|aunt [had|has|was|is|were|are] [been] lying|lied|lies',
      // Probe 25: the adults a front-line writer serves or lives beside ("the tenant was lying about the rent arrears",
      // "the man next door is a compulsive liar").
      // Review 25B: not "lies" ("she told the receptionist lies about her age").
      `${SERVICE_ADULTS} [had|has|was|is|were|are] [been] lying|lied`,
      `${SERVICE_ADULTS}|man|men [next|upstairs|downstairs] [door] is|was|are|were a|an [*] liar|liars|fantasist`,
      'lying again on|in [the|her|his|their|a] [*] bed|beds|sofa|floor|ground|couch|settee|road|grass|pavement|bath|bench|mattress',
      'lying again down|asleep|awake|still|face|flat|unconscious|motionless',
      // Probe 23: an ordinary mistake the child owned ("He made a mistake when he lied to his mum about where he was").
      'made|makes|make a mistake',
    ],
  },
  {
    id: 'lying_label',
    patterns: ['lying|lied'],
    ...UNTRUTHFUL,
    // Round 28: a record of it as a trait ("Mikey has a history of lying so the account ... may not be true").
    requiresNear: [...LABEL_FRAME_CUES, 'history|record|pattern of'],
    unlessNear: ['on|in|down|asleep|awake|still|flat|face|next|around|beside|under|bed|sofa|floor|ground|road|wait'],
    window: 3,
  },

  {
    id: 'unreliable_witness',
    patterns: [
      'unreliable|uncooperative|unco-operative|reluctant|hostile|unwilling|unsupportive|non-supportive witness|victim|complainant',
      'not a credible witness',
      'lacks credibility',
    ],
    category: 'blames_child',
    explanation: 'Judges the child as a witness for the prosecution, not as a child to protect. Children under threat often cannot support a case.',
    alternatives: [
      'The child is frightened to give evidence: record why and what support would help',
      'The child is not yet able to support a prosecution; safeguarding continues',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing
  },
  {
    id: 'complicit',
    patterns: ['complicit|complicity|collusive', 'colluding|colludes|colluded|collude with', 'willing accomplice|partner'],
    // implies_consent since round 17: four of five tuning-set lines that annotate "complicit" read it as consent.
    category: 'implies_consent',
    explanation: 'Suggests the child shares the blame for their own abuse or for the adults’ crimes, when they are being controlled.',
    alternatives: [
      'The child is being controlled by [who]: record how (threats, debt, affection)',
      'The child may be protecting the abuser out of fear or loyalty created by grooming',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // "Staff were complicit in failing to protect him": reviews use it of professionals.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'staff|professionals|practitioners|agencies|services|police|officers|workers|council|authorities [were|was|are|is|had|have|has] [been] complicit|collusive|colluding|colluded|colludes|collude',
      // "coerced, not complicit": the writer rejects the label.
      'not|never complicit|collusive',
    ],
  },
  {
    id: 'aggressive_trauma',
    patterns: ['aggressive|hostile|abusive|rude|obstructive|combative|belligerent|volatile'],
    category: 'blames_child',
    explanation: 'A child who has just been found, arrested or questioned may be showing a fight response to trauma or fear of their exploiters.',
    alternatives: [
      'The child was very distressed when [found or questioned]: this may be a fight response to trauma',
      'The child was frightened and angry: record what happened before and who else was present',
    ],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md, "5 F's")
    requiresNear: [
      'found|located|returned|recovered|arrested|arrest|questioned|interviewed|interview|searched|detained|police|officers|staff|professionals|custody',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|partner|stepfather|dog|dogs|older|olders|relationship|relationships|language|messages|texts',
      'police|officers|officer|staff|professionals|worker|workers were|was|are|is|became|being|appeared|seemed',
      // "Victims found giving evidence in court abusive" (Operation Sanctuary review): the process, not the child.
      'court|courts|trial|trials|cross-examination|evidence',
    ],
    window: 5,
  },
  // ===== Engagement =====
  {
    id: 'refuses_to_engage',
    patterns: [
      'refuses|refused|refusing|refuse|declines|declined|declining|decline|reluctant|unwilling|fails|failed|failing|fail to engage',
      'refused|refuses|refusing|refuse point blank',
      'refused|refuses|refusing|refuse to work with [any|the|all] service|services|professionals|worker|workers|agencies|agency|team',
      'will|would not engage',
      "won't|wouldn't|won’t|wouldn’t engage",
      'not engaging|engaged',
      'non-engagement|non-engaging|nonengagement|non-engager',
      'non engagement|engaging',
      'refuses|refused|refusing|resistant|resists|resisted support|services|help|intervention|interventions',
      'does|did not want help|support',
      "doesn’t|doesn't|didn’t|didn't want help|support",
    ],
    category: 'blames_child',
    explanation:
      'Puts the failure on the child. Children who are exploited are often controlled, frightened or distrustful; it is the service’s job to find a way to reach them.',
    alternatives: [
      'We have not yet found a way to work with the child that feels safe to them: record what was tried',
      'The child may be too frightened or controlled to speak with us; keep trying and record who may be preventing contact',
    ],
    source: 'cara_prior_art', // CARA "refused to engage"; [B] disengaged/hard to reach
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // Probe 24: a manager, landlord or service as the subject ("the landlord has not engaged with the council").
      'manager|managers|landlord|landlords|council|provider|providers|company|firm|practice|hospital|department|headteacher|employer|agency|agencies|school|college is|was|are|were|has|have|had not engaged|engaging|engage', // review 24B: not "the school was not informed"
    ],
    window: 3,
  },
  {
    id: 'will_not_listen',
    secondary: true, // round 32: "... and will not listen" after another finding (check.ts trailingAnd)
    patterns: [
      'will|would|does|did not listen',
      "won't|wouldn't|doesn't|didn't|won’t|wouldn’t|doesn’t|didn’t listen",
      'refuses|refused|refusing|refuse to listen',
      'never listens|listened',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for not following advice about adults who are harming them. Groomed and frightened children often cannot act on advice.',
    alternatives: [
      'Advice has not yet kept the child safe from [who]: record what was said and what the adults are doing',
      'The child may be too frightened or controlled to act on advice: plan how to disrupt the adults',
    ],
    source: 'cara_prior_art', // CARA disengagement family
    unlessNear: [...OTHER_PERSON_CUES, 'music|radio|podcast|podcasts|recording|tape|audio|voicemail|hearing'],
    window: 3,
  },
  {
    id: 'disengaged',
    patterns: ['disengaged|disengaging|disengages|disengagement|disengage', 'dis-engaged'],
    category: 'blames_child',
    explanation: 'Describes the child as the one who stepped away. Exploiters often isolate children from school and services on purpose.',
    alternatives: [
      'The child is not attending [service]: record what gets in the way and whether someone is keeping them away',
      'We have lost contact with the child: consider whether they are being isolated by exploiters',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // "Services had disengaged from her": the professionals stepped away, as reviews write.
    unlessNear: [...OTHER_PERSON_CUES, 'services|agencies|professionals|practitioners|staff|workers|team|teams [had|have|has] disengaged'],
    window: 3,
  },
  {
    id: 'hard_to_reach',
    patterns: ['hard|difficult to reach|engage', 'hard-to-reach|hard-to-engage|difficult-to-reach|difficult-to-engage'],
    category: 'blames_child',
    explanation: 'Names the child as hard to reach instead of naming the services that have not reached them.',
    alternatives: [
      'Services have not yet found a way to reach the child: record what was tried and what may help',
      'The child may be kept away from services by those exploiting them',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // A place that is hard to reach is not a child who is.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'bus|buses|train|trains|transport|road|roads|car|walk|walking|village|location|signal|shelf|cupboard|estate|rural|abroad|overseas|holiday|holidays',
      // "hard to reach during the school holidays": a family away, further along than the window.
      'during|over the [school|summer|easter|christmas|half-term] holiday|holidays|break',
      // "Dad was described as difficult to engage": a parent, further back than the window.
      'mum|dad|mother|father|parent|parents|carer|carers|family|families was|were|is|are|has|have [been] described|seen|felt|found|thought|considered as|to',
    ],
    window: 3,
  },
  {
    id: 'non_compliant',
    patterns: [
      'non-compliant|noncompliant|non-compliance|non-cooperative|uncooperative|unco-operative|unwilling',
      'non compliant|compliance|cooperative',
      'not compliant|cooperative|co-operative',
      // "would not cooperate with the return interview": the "not" inside the match (check.ts deniedLabel).
      'would|will|did|does|do not|never cooperate|co-operate|comply',
      "wouldn't|wouldn’t|won't|won’t|didn't|didn’t|doesn't|doesn’t|don't|don’t cooperate|co-operate|comply",
    ],
    category: 'blames_child',
    explanation: 'Judges the child against adults’ rules. A child may be unable to co-operate because of fear, threats or trauma.',
    alternatives: [
      'The child did not [do what was asked]: record why this may be, including fear or control by others',
      'The child is wary of professionals, which may be a sign of exploitation',
    ],
    source: 'cara_prior_art', // CARA disengagement family
    // Adults who hold evidence: "the hotel manager would not cooperate" (round 21).
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'witness|victim|complainant|medication',
      'manager|managers|landlord|landlords|owner|owners|proprietor|licensee|premises',
      // An organisation or an adult right before the refusal (review 21: "Snapchat would not comply with the data
      // request", "the taxi firm did not cooperate", "her boyfriend, 24, would not cooperate"): right before it only, so
      // that "Jade would not cooperate with the school" keeps its finding. Not "the male": police logs call the child so.
      `hotel|hotels|school|college|firm|company|provider|providers|practice|surgery|clinic|hospital|gp|snapchat|instagram|facebook|tiktok|whatsapp|meta|google|platform|app|council|agency|bank|business|shop|venue|operator|boyfriend|partner|suspect|suspects|accused|offender|perpetrator|man|men|adult|adults|driver|employer|${AGE_TOKENS} would|will|did|does|do|wouldn't|won't|didn't|doesn't|don't`,
      `boyfriend|partner|suspect|accused|offender|perpetrator|man|adult|driver [aged] ${AGE_NUMBERS} would|will|did|does|do|wouldn't|won't|didn't|doesn't|don't`,
    ],
    window: 3,
  },
  {
    id: 'difficult_child',
    patterns: [
      '[very] difficult child|girl|boy|teenager|teen|lad|kid|individual',
      '[very] difficult young person|man|woman|lady',
      'difficult|impossible|hard to work|engage with',
      'difficult to manage|handle',
      'being difficult',
    ],
    ...ADULT_TROUBLE_LABEL,
    source: 'cara_prior_art', // adult-centred labels
    unlessNear: [
      'situation|conversation|decision|question|time|times|period|week|day|year|subject|topic|task|journey|birth',
      'laptop|computer|system|software|app|equipment|machine|device|tool|tools|form|forms',
      // The child's own difficulty ("she finds it hard to work with male staff since the assault"), or facts that are
      // hard to work with ("the information we have") (review 21).
      'find|finds|found|finding it',
      'information|data|evidence|timescale|timescales|material|records|paperwork',
    ],
    window: 2,
  },
  {
    id: 'difficult_label',
    patterns: ['difficult|challenging|troublesome|problematic|uncontrollable|unmanageable'],
    ...ADULT_TROUBLE_LABEL,
    source: 'cara_prior_art', // adult-centred labels, in the frame reviews quote ("described as difficult")
    requiresNear: LABEL_FRAME_CUES,
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'situation|situations|conversation|conversations|decision|decisions|question|questions|time|times|period|week|day|year|subject|topic|task|journey|birth|case|cases|meeting|work|area|context|circumstances|relationship|assessment|process|to',
      // Review 23A: a cause outside the child ("contact was described by the supervisor as challenging because of the
      // venue").
      'because|due of|to [the] roadworks|traffic|weather|delays|delay|parking|venue|road|roads|route|building',
    ],
    window: 5,
  },

  {
    id: 'sabotaging_placement',
    patterns: [`sabotaging|sabotages|sabotaged|sabotage [${PRONOUN_POSS}|the] placement|placements|support|plan|plans`, 'placement wrecker|breaker'],
    category: 'blames_child',
    explanation: 'Blames the child for a placement ending. Exploiters often pull children away from placements on purpose.',
    alternatives: [
      'The placement has broken down: record what happened and whether others are drawing the child away',
      'The child needs a placement that can keep them safe from those exploiting them',
    ],
    source: 'cara_prior_art', // adult-centred labels
  },
  {
    id: 'kicking_off',
    patterns: ['kicking|kicked|kicks|kick off'],
    category: 'blames_child',
    explanation: 'Slang that reduces a child’s distress to bad behaviour.',
    alternatives: ['The child was very distressed: record what happened before and what they said', 'The child was angry and upset; explore what is behind it'],
    source: 'cara_prior_art', // adult-centred labels
    unlessNear: ['match|game|football|shoes|trainers|party|season|meeting', COPING_CUE],
  },
  // ===== Missing =====
  {
    id: 'absconded',
    patterns: ['abscond*'],
    // An adult suspect who absconds from bail or prison is not a child who went missing.
    unlessNear: [
      COPING_CUE,
      'suspect|suspects|defendant|defendants|offender|offenders|perpetrator|perpetrators|prisoner|prisoners|inmate|inmates|bail|warrant',
      AGE_TOKENS,
      // Round 19: "the adult detained with the boy absconded from an approved premises", "the adult male travelling
      // with the girl absconded from the train".
      'adult|approved',
    ],
    category: 'criminalises_child',
    explanation: 'A word from prisons and custody. It treats a child going missing as an escape from lawful control, not as a sign of harm.',
    alternatives: [
      'The child went missing from [placement]: record where they were found, who they were with and how they got there',
      'The child is missing; they may be with people who exploit them',
    ],
    source: 'cara_prior_art', // CARA lists "absconded"
  },
  {
    id: 'ran_off',
    patterns: [
      'ran|runs|run|running off',
      'took|takes|taking off',
      'did a runner',
      'legged it',
      'a|serial|persistent|habitual runaway|runaways',
      // Round 25 (tuner and probe): the child named by age or youth as a runaway ("the 14-year-old runaway was found dealing").
      '10-year-old|11-year-old|12-year-old|13-year-old|14-year-old|15-year-old|16-year-old|17-year-old|teenage|teen|child|young|juvenile|chronic|repeat|frequent runaway|runaways',
    ],
    category: 'blames_child',
    explanation: 'Makes going missing sound like mischief. A child going missing may be under the control of others and is at risk of harm.',
    alternatives: ['The child went missing: record who they may be with and how they travelled', 'It is unclear why the child left; they may be under duress'],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    unlessNear: [
      'dog|dogs|cat|clothes|jacket|coat|top|plane|flight|printer|list|batteries|battery|generator|ball|tap|water|car|lid',
      COPING_CUE,
      // Round 25: a story's runaway ("the film about a teenage runaway was shown in assembly").
      // Review 25B: the work about one, not "took off again after the story she told staff".
      'film|films|book|books|novel|story|stories|song|songs|play|musical|documentary|character about|called|titled|of',
      // Review 25A: a service for young runaways ("referred to the young runaways project", "the teen runaway hotline").
      'project|projects|service|services|helpline|hotline|charity|charities|scheme|refuge',
      // Probe 25: a customer leaving without paying ("the customer did a runner from the cafe without paying").
      'without paying',
      // Review 25B: not "bill" ("did a runner when the old bill turned up").
      'customer|customers|diner|diners|passenger|passengers did|ran|runs|run|took|takes|legged',
      'tab',
    ],
  },
  {
    id: 'awol',
    patterns: ['awol'],
    // Probe 25: a relative's absence from the forces ("his uncle went AWOL from the army years ago").
    unlessNear: ['army|navy|raf|military|regiment|barracks|soldier|soldiers|marines|forces'],
    category: 'criminalises_child',
    explanation: 'A military term for desertion. A missing child is at risk, not absent without permission.',
    alternatives: [
      'The child is missing: record when, where they were last seen and who they may be with',
      'The child went missing and may be with people who exploit them',
    ],
    source: 'cara_prior_art', // same reasoning as "absconded"
  },
  {
    id: 'keeps_going_missing',
    patterns: ['keeps|kept|keep going|running missing|off|away', 'keeps|kept|keep disappearing'],
    category: 'blames_child',
    explanation: 'Treats repeated missing episodes as a habit. A child who goes missing again and again may be being trafficked or controlled.',
    alternatives: [
      'The child has been missing [number] times since [date]: concern that they are being trafficked or controlled',
      'Repeated missing episodes: consider an NRM referral and a return home interview every time',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
  },
  {
    id: 'serial_misper',
    patterns: [
      'serial|persistent|habitual|prolific|chronic|frequent|repeat misper|mispers|runaway',
      'frequent flyer|flier|flyers|fliers',
      'serial|persistent|habitual|prolific|chronic missing person|people|child',
    ],
    // blames_child since round 17: five tuning sets file "serial misper" and "habitual runaway" as blaming; the custody
    // word "absconder" stays criminalising (serial_absconder).
    category: 'blames_child',
    explanation: 'Turns a child who repeatedly goes missing into a category of nuisance. Each episode is a new risk of harm.',
    alternatives: [
      'The child has gone missing [number] times: concern that they are being exploited or trafficked',
      'Each missing episode is a risk of harm: record who the child was with and offer a return home interview',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing"
  },
  {
    id: 'wasting_police_time',
    patterns: [
      "wasting|wasted|waste|wastes police|police’s|police's|officers|everyone’s|everyone's|our|professionals time|resources",
      'waste of police|officers|our time|resources',
      'waste|wastes|wasted|wasting [*] [*] [*] [*] police|officers time',
      'time-waster|time-wasters|timewaster|timewasters|time-wasting|timewasting',
      'time waster|wasters',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the work of keeping them safe. A child who goes missing is at risk, and searching for them is the job.',
    alternatives: [
      'The child has been missing [number] times: each episode is a risk of harm',
      'Concern that the child is being exploited while missing: record who they were with',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing; named in issue 4
    // Probe 25: an adult the writer deals with ("the driver was wasting everyone's time arguing about the fare").
    unlessNear: [`${SERVICE_ADULTS}|man|mum|dad [was|is|were|are|kept|keeps] wasting|wasted|wastes`],
  },
  {
    id: 'returned_safe_and_well',
    patterns: [
      'returned|return|returns|returning|found|located|traced|back|home|came|come|been safe and well',
      // Probe 25: with the time or the place between ("came back at 2am safe and well", "returned to the unit safe and
      // well").
      'returned|back|home|located|found at|by|to|around|about * [*] [*] safe and well',
      // "safe & well", "safe/well": the tokenizer drops the sign, leaving the two words side by side.
      'safe well',
      // Round 29b: text-speak "safe n well".
      'safe n|nd|an well',
      'safe and sound|unharmed',
      'is|was|appeared|appears|seemed|seen|found|be safe and well',
    ],
    category: 'minimises_harm',
    explanation: 'A child who comes back may still have been abused or exploited while missing. "Safe and well" closes questions that need asking.',
    alternatives: [
      'The child has returned: they have no visible injuries, but may have been harmed while missing; offer a return home interview',
      'The child was found at [place] with [who]: record their condition and what they said',
    ],
    source: 'cara_prior_art', // CARA lists "returned safe and well"; return home interviews (SOURCES.md 2f)
    unlessNear: ['check|checks|visit|visits'],
    window: 2,
  },
  {
    id: 'unharmed',
    patterns: ['unharmed|unhurt', 'came|come|comes to no harm', 'no harm came|done', 'no real|lasting|serious harm [done|came]', 'not really harmed|hurt'],
    category: 'minimises_harm',
    explanation: 'Concludes there was no harm without knowing what happened. Sexual and emotional harm are often not visible.',
    alternatives: [
      'No visible injuries; the child may still have been harmed: record what they said and offer a return home interview',
      'It is not yet known what happened to the child while missing',
    ],
    source: 'cara_prior_art', // same reasoning as "returned safe and well"
  },
  {
    id: 'go_back_to_exploiters',
    patterns: [
      'keeps|kept|keep going|running|returning back to him|them',
      'goes|going|went|go|keeps|kept|returns|returning|returned|return back to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'returns|returning|returned|return to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'keeps|kept|keep going|running|returning back to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'keeps|kept|keep going|running|returning|getting back to the|those|these [same] [older] men|males|adults|man|olders|flat|flats|address|addresses|house|hotel|trap',
      'goes|going|went|go|returns|returning|returned|return back to the|those|these [same] [older] men|males|adults|man|olders',
    ],
    category: 'implies_consent',
    explanation: 'Presents the child returning to abusers as their choice, when it is a sign of how strongly they are being controlled.',
    alternatives: [
      'The child is being controlled by [who]: record how (threats, debt, affection, substances)',
      'The abusers are drawing the child back: plan disruption of the adults, not only the child’s movements',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
  },
  // ===== Child criminal exploitation and county lines =====
  {
    id: 'working_for_dealers',
    patterns: [
      'working|works|worked|work for|with|under [*] [*] dealer|dealers|olders|elders|gang|gangs|line|lines|county|ocg|ocgs|usg',
      // Review 23A: "for|under the crew", not "working with the stage crew".
      'working|works|worked|work for|under [*] [*] crew',
      // Probe 25: an older lad named as the one the child works for ("working for an older lad who pays him").
      'working|works|worked|work for|under an|a|the|some older|bigger lad|lads|boy|boys',
      // Round 23: a line named by its town ("was working the Ipswich line"); not a production, phone or picket line.
      'working|works|worked|work a|the|their|his|her * line|lines',
      'working|works|worked|work for|under [the|some|these|those|local] older|adult boys|lads|males|men|man|guys|youths',
      // Round 25: one older lad ("is working for an older lad who pays him to drop parcels off"), and the adults he
      // works for in a relative clause ("the lads he works for in Stoke are all in their twenties").
      'working|works|worked|work for|under a|an|the older|adult lad|boy|male|guy|youth|bloke',
      'lads|olders|elders|dealers|males|guys he|she|they works|worked|work for',
      'working|works|worked|work [a|the|their|his|her] county|trap|deal line|lines|phone|house',
      'working|works|worked|work a|the|their|his|her line|lines',
      'working|works|worked|work county',
    ],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"; [E]
    unlessNear: [
      'worker|workers|youth|social|police|officer|officers|team|teams|maths|homework|school|college|job|shift|shifts',
      'production|assembly|packing|phone|phones|telephone|checkout|helpline|front|picket|finishing|finish|fishing|bottling|dinner|lunch|till|tills|chat|advice',
      // Review 23A: a kitchen's or a factory's line ("works the grill line at McDonald's").
      "grill|fish|food|kitchen|factory|warehouse|restaurant|mcdonald's|mcdonalds",
      // Review 25A: an ordinary job under an older worker ("worked for an older guy who runs the market stall", "the lads
      // he works for at the garage", "working under an older male mentor on the construction course").
      'stall|market|site|building|garage|apprenticeship|apprentice|mentor|course|electrician|electricians|plumber|builder|builders|farm|trade',
    ],
  },
  {
    id: 'working_drugs',
    patterns: ['working|works|worked'],
    category: 'criminalises_child',
    explanation:
      'Calls criminal exploitation "work", as if the child were an employee. These words legitimise child criminal exploitation and hide the control.',
    alternatives: ['The child is being criminally exploited by [who]', 'Adults are forcing or coercing the child to sell or carry drugs'],
    source: 'nspcc', // [E] "working" legitimises CCE; [D]
    requiresNear: [
      'drugs|dealer|dealers|county|crack|heroin|trap|olders|elders|gang|gangs|deal-line',
      'county lines',
      'selling|sell|sells|sold drugs|crack|heroin|cannabis|weed',
      // Round 28: the adults named instead of the drugs ("working for an older group in Stoke", "working most nights for
      // older boys", "working for men who meet outside the mosque").
      'for [an|a|the|some] older|adult men|boys|lads|males|group|gang',
      'for [the] men|olders|elders|gang|dealers',
    ],
    unlessNear: [
      // Round 28: a support or working group, not any group ("working for an older group" is the sign).
      'worker|workers|youth|social|team|teams|maths|homework|school|college|job|shift|shifts|agencies|partners|partnership|operation|support|service|services',
      'support|working|focus|steering|reading|peer|parents|community|interest|user|advisory group|groups',
      'apprentice|apprenticeship|garage|builder|builders|firm|company|business|trade|farm|plumber|electrician|decorator',
      // Round 23: a trade in cars ("he works as a car dealer"). Review 23B: the trade itself, not any car ("working drugs
      // out of cars"); a casino dealer.
      'car|cars|antique|antiques|motor|scrap|second-hand dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'casino|casinos|croupier|blackjack|poker|roulette',
      'dealer|dealers at|in [a|the] casino|casinos',
      'working|works|worked with|on|out|hard|well|towards|through|to|together|closely|alongside',
    ],
    window: 4,
  },
  {
    id: 'recruited',
    patterns: ['recruited|recruiting|recruit|recruits|recruitment', 'recruiter|recruiters'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Borrows the language of a job to describe grooming a child into crime. It hides the coercion and control.',
    alternatives: ['The child has been groomed and criminally exploited by [who]', 'Adults have targeted the child to carry or sell drugs'],
    source: 'complex_safeguarding_wales', // [D] "Recruited" -> "criminally exploited"; [E]
    // "recruited by the Northside group", "recruited by his cousin" (round 21): a named group or a relative who brings the
    // child in; not a youth, support or focus group.
    requiresNear: [
      ...CCE_CUES,
      'exploitation|exploited|crime|criminal|criminality|network|networks|organised|older|olders|adults|men|males',
      'recruited by [his|her|their|the|a] [*] group|crew|firm|ocg|cousin|brother',
      // Round 28: the group the child was taken into ("recruited into the Leeds group at 14"), and a county line named
      // by its two ends ("is recruited and does the Birmingham to Stoke run"); clubs and support groups are vetoed below.
      'into [his|her|their|the|a] [*] group|crew|firm|ocg|network',
      'does|doing|did|do the [*] [*] to [*] [*] run|runs',
    ],
    unlessNear: [
      // Round 23: the group or the adults as the ones recruiting ("the gang has been recruiting children from the estate").
      // Review 23A: the active forms only; "his friendship group were recruited by the olders" is the children's.
      'gang|gangs|group|groups|men|adults|ocg|ocgs|network|networks|dealers|olders|elders has|have|had|are|were|is|was [been] [actively] recruiting',
      'gang|gangs|group|groups|men|adults|ocg|ocgs|network|networks|dealers|olders|elders has|have|had [actively] recruited',
      // Probe 24: the simple past ("the gang recruited younger children"), not "the group were recruited".
      'gang|gangs|men|adults|ocg|ocgs|network|networks|dealers|olders|elders recruited|recruits|recruit',

      'staff|volunteer|volunteers|foster|carers|panel|apprenticeship|job|vacancy|post|team|study|trial|officers|police|mentor|mentors|tutor|tutors',
      'youth|church|support|focus|reading|steering|parents|drama|debating|scout|scouts|guides',
      // Round 28: a university's research group, now that the group one is recruited into is a cue.
      'research|university|uni|phd|lab|laboratory',
      // Review 28: a driving job's run between two towns ("recruited last month and does the Dover to Calais run for a
      // haulage firm"), now that the run is a cue.
      'haulage|freight|lorry|lorries|hgv|coach|coaches|ferry|ferries',
      'delivery|courier|removals|taxi firm|firms|company|companies|driver|drivers',
      // An adult relative as the one recruited ("Uncle Tariq was recruited and does the Leeds to London run").
      'uncle|aunt|auntie|dad|father|mum|mother|stepdad|stepmum|grandad|grandma [*] was|is|has|had|got [been] recruited',
      'squad|squads|academy|choir|band|cadets|cricket|football|rugby|netball|hockey|club|orchestra',
      // Round 18: the adult is the one who recruits ("the older man who recruited children for the line").
      'man|men|male|males|adult|adults|dealer|dealers|gang|perpetrator|perpetrators|offender|offenders who [had] recruited|recruits|recruit',
      // Probe 24: named together with the exploitation ("recruited and exploited by an organised crime group").
      // Review 24B: the passive only, not "he is recruiting and grooming younger boys" (the child's act).
      'recruited and|then|or exploited|groomed|trafficked|coerced',
    ],
    window: 9,
  },
  {
    id: 'drug_runner',
    patterns: [
      'drug|drugs runner|runners|courier|couriers|mule|mules|running',
      'drug-runner|drug-runners|drug-running',
      'running|runs|ran|run drugs|lines|county',
      'running|runs|ran|run a|the line',
      'county lines runner|runners',
      // The child named as the exploiters' runner ("the gang's runner").
      "gang's|dealer's|line's|group's runner|runners",
    ],
    category: 'criminalises_child',
    explanation:
      'Describes the child by the crime adults force on them. A child moving drugs for others is a victim of criminal exploitation and possibly trafficking.',
    alternatives: [
      'The child is being criminally exploited to carry drugs by [who]',
      'Adults are forcing the child to move drugs: consider an NRM referral (county lines can be trafficking)',
    ],
    source: 'complex_safeguarding_wales', // [D] "criminally exploited"; [C] CCE
    unlessNear: [
      // Round 27: a row of something ('runs a line of stalls at the market').
      'line|lines of',
      // Round 23: an adult who ran the line ("the occupant, a 46-year-old man, had been running a line using local children").
      // Review 23B: not "the young man", "the 15-year-old female" (children): an adult by age, noun or role.
      `${AGE_TOKENS} [man|woman|male|female] had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines`,
      `man|woman|male|female of|aged ${AGE_NUMBERS} had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines`,
      'older|adult|grown man|woman|male|female had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines',
      'occupant|tenant|adult|dealer had|has|have|was|is|were [been] running|ran|run|runs the|a line|lines',

      'enquiry|enquiries|inquiry|inquiries|questioning|investigation',
      // The adults are the ones running the line: "a group who are running drugs into Hastings".
      'who|they|adults|men|males|group|gang|gangs|olders are|were|is|was|been running|run|runs',
      // Round 7: "the older males running the line in Barrow have been identified".
      'men|males|adults|olders|elders|dealers running|run|runs the|a line|lines',
      // Round 18: "the man who runs the line", and a child made to run drugs (child-centred wording).
      'who|which ran|runs|run|running the|a line|lines',
      'that ran|runs|run the|a line|lines',
      // Round 19: "by the adult running the line".
      'adult|man|male|woman|dealer running|runs|ran the|a line|lines',
      'used|uses|using|use her|him|them as', // probe 24: "the perpetrators used her as a drug mule" (the adults' act)
      ...CHILD_CENTRED_CCE_CUES,
    ],
    window: 3,
  },
  {
    id: 'runner_label',
    patterns: ['runner|runners|runner-boy|shotter|shotters|youngers'],
    category: 'criminalises_child',
    explanation: 'Street slang for a child exploited in drug supply. Using it in a record accepts the exploiters’ view of the child.',
    alternatives: ['The child is being criminally exploited to carry or sell drugs', 'Adults are using the child in drug supply: consider an NRM referral'],
    source: 'complex_safeguarding_wales', // [D]
    // Round 32: a runner for a group of people or a place ("he is the runner for a group in Coventry", "one of the
    // runners for the flat on Harrow Road", "a lookout and runner for the group"): drug running named as the child's
    // job. A club, a team or a charity vetoes it below.
    // Review 32: a place only by an article ("the runner for the house", not "the runner for her house" at school).
    requiresNear: [
      ...CCE_CUES,
      'runner|runners for the|a|an|some|his|her|their group|gang|crew|firm|line|lads|men|olders|elders|dealers|network',
      'runner|runners for the|a|an|that flat|house|flats|houses',
    ],
    // Round 26: hung on the child by a copula or "as" ("I think he is a runner for someone", "taken on by the older group
    // as a runner"), the label needs no word of drugs beside it (types.ts labelFrame); a sport or a race does not.
    labelFrame: true,
    // A sport: "a keen runner ... came third in the county cross-country".
    unlessNear: [
      'misper|mispers|missing|serial|persistent|frequent|habitual|race|marathon|running|athletics|cross-country|keen|parkrun|harriers',
      'fast|fastest|quick|quicker|good|great|strong|distance|sprint|sprints|sprinter|5k|10k|club|team|training|sports|sport|pe|fun|half-marathon|fun-run|relay|triathlon|charity',
      'used|uses|using|use her|him|them as', // probe 24: "the gang used him as a runner" (the adults' act)
      // Review 26: a job of that name ("a runner at the film studio on work experience", "works as a runner at the law
      // firm") and a school team ("Football coach: he is a runner for the under 14s"), now that the frame needs no drugs word.
      'studio|studios|film|films|filming|tv|television|production|productions|firm|solicitors|office|restaurant|kitchen|experience|apprentice|apprenticeship|internship|wage|wages|market|stall|café|cafe|bakery|garage|salon',
      'football|rugby|hockey|netball|cricket|basketball|squad|wing|winger|scored|goal|goals|match|pitch|under-14s|under-15s|under-16s|under-13s|u13s|u14s|u15s|u16s|14s|15s|16s|13s',
      // Review 32: now that a group or a crew is a cue, a runner for a show or an outing ("a runner for the crew
      // backstage at the school show", "a runner for the group on the DofE expedition").
      'backstage|stage|theatre|rehearsal|rehearsals|concert|festival|wedding|expedition|dofe|scouts|cubs|brownies|guides|cadets|choir|orchestra|orienteering|hike|hiking',
      // Session 19: an adult named beside the runner ("the runner for the group, a man aged 25", "The runner, a
      // 25-year-old, was charged"), not the one a child runs for ("a runner for a man in Leeds"); and a group of
      // another kind ("the runner for the group of bell ringers").
      // Open 34: only an adult in apposition, told by what follows (an age, the runner's own verb), not an adult who
      // tells of the child ("Tom is used as a runner, an adult neighbour told police").
      ...[`runner|runners for the|a|an|their|his|her * ${RUNNER_ADULT}`, `runner|runners ${RUNNER_ADULT}`].flatMap((a) => [
        `${a} ${RUNNER_APPOSED}`,
        `${a} in his|her|their [early|mid|late] twenties|thirties|forties|fifties|20s|30s|40s|50s`,
        `${a} has|had|have been|previous|convictions`,
      ]),
      `runner|runners [aged|age] ${AGE_NUMBERS}|${AGE_TOKENS}`,
      'bell ringers|ringing',
      'ringers|bell-ringers|bellringers|ramblers|rambling|walkers|volunteers|volunteering|litter-pickers|knitting|crafts|bingo|parish|congregation|allotment|gardening|drama|dancers',
    ],
  },
  {
    id: 'drug_dealer',
    patterns: [
      'is|was|been|as a [*] [*] [*] drug|drugs dealer',
      // Round 24: a contracted copula or a naming verb ("He's a drug dealer now", "calls Marcel 'a drug dealer'").
      "he's|she's|hes|shes a [*] [*] drug|drugs dealer",
      'calls|called|call|calling|labelled|labeled|labels|branded|brands * a [*] drug|drugs dealer',
      'small-time|petty|low-level dealer|dealers',
      'drug-dealer|drug-dealing',
      'deals|dealt|dealing|deal drugs|cannabis|crack|heroin|cocaine|weed',
      'selling|sells|sold drugs|cannabis|crack|heroin|cocaine|weed',
      'county lines dealer|dealers',
      'is|was|been|became|become|becoming a|an [*] dealer',
      // Round 23: "he is known to the police as a dealer". Review 23B: known or described as one, not "train as a dealer
      // at the casino".
      'known|described|identified|seen|named|referred|regarded|recorded|flagged [to|by] [the] [*] [to] as a|an [known] dealer',
    ],
    ...DEALER_WORDING,
    unlessNear: [
      // Round 23: adults who took over the child's flat to deal from it ("adults have taken over Kai's flat to deal drugs").
      // Review 23B: the home taken over, not "he has taken over dealing cannabis".
      'taken|took|take|takes over [the|his|her|their|a] [*] [*] flat|flats|home|house|room|bedroom|address|property|place|kitchen',

      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|older|olders|elders|suspect|suspects|perpetrator|perpetrators',
      'forced|forcing|coerced|coercing|exploited|exploiting|made|groomed|pressured|pressure|threatened',
      // Round 23: a trade in cars or antiques ("works as a car dealer"). Review 23B: the trade itself, not "used his
      // phone", "the art block", "the car park"; a casino dealer.
      'car|cars|antique|antiques|art|card|cards|motor|scrap|second-hand dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'used car|cars dealer|dealers|dealership|trade|sales|salesman|showroom|yard',
      'casino|casinos|croupier|blackjack|poker|roulette',
      // Round 23: the dealer given an adult age ("He is a known drug dealer aged 28 who targets children").
      // Review 23A: the dealer's age, not the buyers' ("selling to students aged 18 to 21").
      `dealer|dealers aged ${AGE_NUMBERS}`,
    ],
  },
  {
    id: 'gang_member',
    patterns: [
      'is|was|been|as a [known] gang member|nominal|associate',
      'gang member|nominal|affiliated|affiliate|affiliation|involved|involvement',
      'gang-affiliated|gang-involved|gang-member|gang-related',
      // Probe 25: a youth worker's "a gang kid through and through".
      // Review 25B: not "gang youth worker", nor "gang lads" or "gang boys", who chase or threaten the child.
      // Review 25F: one child, not "gang kids from the other estate chased him home".
      'gang kid',
      'member|members of a|the [*] [*] gang|gangs|crew|ocg',
      'part of a|the [*] [*] gang|crew|ocg',
    ],
    category: 'criminalises_child',
    explanation: 'Labels the child by the group exploiting them. Children in gangs are often groomed, coerced and controlled by older members.',
    alternatives: [
      'The child is being criminally exploited by a gang or organised crime group',
      'The child has been groomed, coerced or controlled by [group]: record how',
    ],
    source: 'language_matters', // [B] "gang/gang members"; "Being exploited by an organised crime gang"
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|men|older|olders|elders|suspects|perpetrator|perpetrators|thirties|twenties|forties',
      // Probe 25: the man described ("the man who exploited him is a known gang member").
      // Review 25B: not any man who speaks ("a known gang member, according to a man who lives nearby").
      // Review 25F: "runs" only with what is run for crime, not "the man who runs the shop said he sells for them".
      'man|woman|male who|whom|that exploited|exploits|groomed|grooms|controls|controlled|recruited|abused|uses|used',
      'man|woman|male who|whom|that runs|ran the|a|his|their line|lines|gang|gangs|group|crew|ocg|trap|network|operation',
    ],
  },
  {
    id: 'joined_gang',
    patterns: ['joined|joins|joining|join a|the [*] gang|gangs', 'signed up to|with a|the gang', 'become|became|becoming a gang member'],
    category: 'criminalises_child',
    explanation: 'Presents gang exploitation as the child signing up. Children are groomed into gangs and controlled once inside.',
    alternatives: ['The child has been groomed into a gang by [who]', 'The child is being exploited by an organised crime gang'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
  },
  {
    id: 'involved_in',
    // The span is "involved in" itself (eval README), so that "involved in child prostitution" is two findings.
    patterns: [
      'involved in|with',
      'become|became|becoming|becomes|got|gets|getting involved [in|with]',
      'involvement in|with',
      'participating|participated|participates|participate in',
      'took|takes|taking|take part in',
    ],
    category: 'implies_consent',
    explanation: 'Makes the child a participant in their own exploitation. A child is a victim of exploitation, not involved in it.',
    alternatives: ['The child is a victim of sexual or criminal exploitation', 'The child has been groomed into [what] by [who]'],
    source: 'yjlc', // [C] "Involved in CSE/CCE" -> victim; [D] "Become involved" -> groomed
    requiresNear: [
      'cse|cce|exploitation|county|lines|gangs|gang|criminality|crime|crimes|prostitution|drugs|drug|dealing|offending|trafficking|robbery|robberies|stabbing|stabbings|violence',
      'sexual|criminal exploitation|activity|activities',
      // Round 23: the goods or the offence named ("got involved in moving packages for a man from the gym").
      // Review 23C: moved for an adult, not "carrying bags for the elderly" or "delivering parcels for the appeal".
      'moving|carrying|holding|delivering|dropping|running packages|parcels|wraps|bags for [a|an|the|some] [older] man|men|male|males|adult|adults|dealer|dealers|gang|olders',
      'moving|carrying|holding|delivering|dropping|running wraps',
      'shoplifting|stealing|burglary|burglaries|theft|thefts',
      // Round 22: "Jaden got involved with an older group from Leicester".
      'older|adult group|groups|gang|gangs|crowd|crew|men|males',
      // Round 28: the supply named ("involved in the supply of cannabis"), or the group by what it does ("involved in the
      // group that hangs around the retail park", "got involved in the group ... the men at a shisha lounge").
      'supply|supplying of|to [class] drugs|crack|heroin|cannabis|cocaine|weed|spice|ketamine|a',
      'group|gang|crew|crowd that|who|which hangs|hang|hung|deals|deal|sells|sell|runs|run',
      'to the men|males|olders|dealers',
    ],
    unlessNear: [
      // Round 23: a session about an offence ("took part in a shoplifting awareness session").
      // Review 23C: not "of course".
      'awareness|session|sessions|workshop|workshops|courses|talk|talks|assembly|programme|project|prevention',
      'a|an|the|this|that course',
      // Review 23C: an offence the child suffered ("a theft of his bike", "a burglary at his home", "stealing back her phone").
      'theft|thefts|burglary|burglaries of|at|from his|her|their [own|family] home|house|flat|bike|phone|bag|room|bedroom|car|address',
      'stealing|steal|stole back',

      'agency|agencies|police|professionals|practitioners|services|service|team|teams|investigation|investigations|operation|partners|enquiry|enquiries|disruption',
      'older|adult group|groups|crowd of|at volunteers|students|pupils|peers|club|school|college|church|project',
      // Review 22A L22: older people at a gym, a place of worship or a club ("involved with older men at the boxing gym").
      'men|males|group|groups|lads|people|adults at|in the|a|his|her|their [*] gym|mosque|temple|gurdwara|synagogue|church|club|football|rugby|cricket|scouts|cadets|boxing|training|choir|band|allotment',
      'adult|adults|men|males|man|perpetrator|perpetrators|people|those|others|suspect|suspects|offender|offenders|individuals|nominals involved',
      // Round 19: "he was ordered to take part in the robbery by a man he owes money to" is what the man did.
      'ordered|forced|made|told|coerced|pressured|pressurised|threatened|instructed to take|participate',
      // Round 20: "who made him take part in the robbery" (the same reading, without "to").
      'made|makes|make|making him|her|them|me take|participate',
      // "Tom has not become involved in crime; he has been groomed": the writer rejects the framing.
      'has|have|had|is|was|are|were not|never become|became|been involved',
      "hasn't|hasn’t|haven't|haven’t|hadn't|hadn’t|wasn't|wasn’t|weren't|weren’t become|became|been involved",
    ],
    window: 3,
  },
  {
    id: 'associating_with',
    patterns: [
      // Not "spending time with": the neutral description a practitioner is asked to use (eval README).
      'associating|associates|associated|associate with',
      'hanging|hangs|hung|hang around|about|out|round with',
      'mixing|mixes|mixed|mix with',
      // Round 22: "the risk comes from his association with older males".
      'her|his|their association|associations with',
      'goes|going|went|go off with',
      'partying|partied|parties with',
      // Round 22: "Leanne ran off with her 30-year-old lover" (the company, not the running: ran_off is shorter).
      'ran|runs|run|running off with',
    ],
    category: 'implies_consent',
    explanation: 'Describes the child as choosing the company of those who exploit them. Talk about the situation and who controls it, not about friendships.',
    alternatives: [
      'The child is being groomed or exploited by [who, ages]',
      'Concern that the child is being exploited by an organised crime group: record where and with whom they are seen',
    ],
    source: 'language_matters', // [B] "Associating with / spending time with" (gang, older men, elders)
    requiresNear: [
      // Round 25: a bad lot ("He's mixing with a bad lot in Oxtree", fresh18); not "crowd", which is wrong_crowd's.
      'bad|dodgy|rough lot|sort|sorts|types',
      'gang|gangs|older|olders|elders|adult|adults|men|males|criminals|criminal|dealer|dealers|nominal|nominals|offenders|exploiter|exploiters|abuser|abusers|perpetrator|perpetrators',
      'known to police',
      // Round 22: "mixing with known drug users"; one adult named by age ("ran off with her 30-year-old lover"), not
      // a group with an age range ("students aged 18 to 25").
      'drug|drugs users|user|dealers',
      `her|his|their|a|an ${AGE_TOKENS}`,
      // Round 28: one unknown man or a stranger ("went off with a man from the bus station", "ran off with a man she met
      // at the fair"); a man known to the family or at a club is vetoed below.
      'with a|an|some man|stranger|strangers',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'youth|worker|workers|staff|carer|carers|teacher|teachers|mentor|coach|team',
      'cousins|brothers|sisters|siblings',
      // Review 25F: a tenant or a named adult ("the tenant mixes with a rough lot from the pub").
      'tenant|tenants|lodger|lodgers|mr|mrs|ms',
      // Review 28: a neighbour or a landlord as the one in company ("her neighbour associating with a man who has a
      // conviction"), now that one man is a cue.
      'neighbour|neighbours|landlord|landlady associating|associates|hangs|hanging|mixes|mixing|goes|going|went',
      // Running off with a thing ("ran off with the older boy's bike").
      'phone|phones|bike|bikes|bag|bags|money|cash|keys|wallet|purse|ball|scooter|trainers|coat|dog|dogs|puppy',
      // Review 22B L9: peers from school ("ran off with the older boys from her class").
      'boys|girls|lads|kids|pupils from|in her|his|their class|year|form|school',
      // Round 22: the choice named right after ("went off with the two men of her own accord"): that is the finding
      // (willingly), as annotators mark it.
      'of her|his|their own accord|volition',
      'of her|his|their own free will',
      // "going to parties with older men" describes where the child is taken; "partying with" is the label.
      'to|at|attend|attends|attended|attending parties|party with',
      // Review 22A L22: older people at a gym, a place of worship or a club, or the writer's praise ("her association with
      // older males at the mosque is positive").
      // Round 28: also one man, and "from" ("hangs out with a man from his football club").
      'man|men|males|group|groups|lads|people|adults at|in|from the|a|his|her|their [*] gym|mosque|temple|gurdwara|synagogue|church|club|football|rugby|cricket|scouts|cadets|boxing|training|choir|band|allotment',
      'is|was|are|were|been positive|helpful',
      'a good influence',
    ],
    window: 5,
  },
  {
    id: 'selling_for',
    patterns: ['selling|sells|sold', 'shotting|shotted'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation:
      'Describes the child as a seller when adults are exploiting them in drug supply. Children in drug supply are victims of criminal exploitation.',
    alternatives: [
      'The child is being criminally exploited to sell drugs by [who]',
      'Adults are forcing or coercing the child to sell drugs: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim
    requiresNear: [
      'drug|drugs|county|crack|heroin|cocaine|cannabis|weed|wraps|trap|olders|elders|line|lines|deal-line|shotter|shotters|nittys|nitties|punters',
      // Round 32: selling with no object from a home is how notes say drug supply ("was selling from the flat", "is
      // selling from his room for the men upstairs"); "selling for" a group is selling_for_group.
      'selling|sells|sold from his|her|their|the flat|room|bedroom|house|address|home|stairwell|hostel|block',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|males|adults|dealers|gang|they|who|olders are|were|is|was|been selling|sell|sells|sold',
      // Round 32: adults as the sellers with no verb between ("neighbours report men selling drugs from the flat"), and
      // the drugs sold with no seller named ("the address where drugs are sold").
      // Review 32: the adults seen or reported selling, or there selling; not the child's company ("out every night with
      // the olders, selling crack", "goes to Bristol with two adults, selling heroin"). And the passive with two
      // auxiliaries ("drugs are being sold from the flat", "cannabis has been sold there").
      'report|reports|reported|reporting|saw|see|sees|seen|observed|noticed|witnessed|spotted|filmed|are|were|where|there [two|three|several|some|older|adult|local|unknown|other] man|men|males|adults|dealers|olders selling|sells|sold',
      'drug|drugs|crack|heroin|cocaine|cannabis|weed are|were|is|was|being|been|get|got|has|have|had [being|been] sold',
      // Round 22: "two adult men were seen selling cannabis on the platform".
      'man|men|males|adults|dealers|olders are|were|is|was|been seen|caught|found|filmed|observed|spotted selling',
      'forced|forcing|coerced|coercing|made|groomed|pressured|threatened|exploited',
      'cakes|clothes|items|tickets|sweets|bike|vinted|ebay|depop|shop|shops|bakery|food|market|stall',
      // Session 19: goods named as what is sold, after where or how it is sold and past the window ("selling from her
      // bedroom online, mostly her old clothes"); not what the selling pays for ("selling on the line for trainers").
      `selling|sells|sold [from|on|at|in|via|through] [her|his|their|the|a] [*] [online|marketplace] [mostly|mainly|just|only|including|like] [her|his|their] [own|old] [old|own|second-hand|secondhand|unwanted|used|spare|handmade|home-made|homemade|vintage] ${SOLD_GOODS}`,
    ],
    window: 5,
  },
  {
    id: 'drunk_and_disorderly',
    patterns: ['drunk and disorderly'],
    // Round 23: an adult described as the one who was ("a man in his forties was drunk and disorderly on the
    // platform"); adults near the child ("after the men left her in the park") are no reason to drop it.
    unlessNear: [
      // Review 23A: the adult's age right before the offence, not "female in her early teens" nor "after a man in his
      // forties gave him vodka".
      'man|woman|male|female|adult|bloke in his|her|their twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s [was|is|were|are|arrested|being] [for|as] [being] drunk',
      'man|woman|bloke|men|women in his|her|their twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s was|were|is|are [arrested] [for] [being] drunk',
      'a|the|an man|woman|bloke|men|women was|were|is|are [arrested] [for] [being] drunk',
      // Probe 25: an adult by a stated age ("a man of 40 was drunk and disorderly in the town centre").
      `man|woman|bloke|male|female of|aged ${AGE_NUMBERS} was|were|is|are [arrested] [for] [being] drunk`,
      // Fresh24 hard negative: a parent ("Rebecca's mum was drunk and disorderly on the night in question").
      // Review 25B: not a brother or sister, who may be children too ("she and her sister were drunk and disorderly").
      // Review 25F: one parent was, not "she and her mum were drunk and disorderly" (the child too).
      "mum|mum's|mam|mother|dad|dad's|father|parent|stepdad|stepmum|carer|aunt|uncle|nan|gran was|is [arrested] [for] [being] drunk",
      'parents were|are [arrested] [for] [being] drunk',
      // Round 32: an adult by that word ("Adult DP was drunk and disorderly", "adult male arrested for being drunk").
      // Review 32: one adult, or the adults as a group, not a child with them ("Kayla (14) and an adult were arrested for
      // being drunk and disorderly", "Jade, 15, and two adults were drunk and disorderly").
      'adult [dp|male|female|man|woman|detainee|prisoner|suspect] was|is|arrested [arrested] [for] [being] drunk',
      'the|these|those|both|all adults were|are|arrested [arrested] [for] [being] drunk',
    ],
    category: 'criminalises_child',
    explanation:
      'Records an intoxicated child as an offender. A child who is drunk in public may have been given alcohol by adults who are grooming or exploiting them.',
    alternatives: [
      'The child was found intoxicated at [place]: record who gave them alcohol and who they were with',
      'The child was very drunk and at risk of harm: consider whether adults are supplying alcohol to groom them',
    ],
    source: 'childrens_society_2018', // the guide's principle: a victim, not an offender
  },
  {
    id: 'plugging',
    patterns: ['plugging|plugged'],
    category: 'criminalises_child',
    explanation: 'Slang that hides the harm of a child being forced to carry drugs inside their body, which is dangerous and abusive.',
    alternatives: [
      'The child was forced or coerced to carry drugs inside their body',
      'The child has been made to conceal drugs internally: a serious risk to their health and a sign of criminal exploitation',
    ],
    source: 'yjlc', // [C] 2022 guide flags "plugging"; 2022 revision spotlight on drugs carried internally
    unlessNear: [
      'plugging|plugged in|into|away|up',
      'charger|socket|laptop|phone|gap|gaps|leak|hole|holes|headphones|earphones|earbuds|computer|cable|lead|speaker|console',
    ],
    window: 3, // round 22: "plugged the Bluetooth speaker in"
  },
  {
    id: 'money_mule',
    patterns: ['money mule|mules|muling', 'money-mule|money-mules'],
    category: 'criminalises_child',
    explanation: 'Names the child by the crime adults use them for. A child whose account is used to move money is being financially exploited.',
    alternatives: [
      'The child is being financially exploited: adults are using the child’s bank account to move money',
      'Adults have targeted the child for financial exploitation (record who and how)',
    ],
    source: 'yjlc', // [C] 2022 guide flags "money mule"; 2022 revision: child financial exploitation
  },
  {
    id: 'drug_debt',
    patterns: ['drug|drugs debt|debts', 'owes|owed|owe|owing [*] [*] money|debt|debts'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Treats a debt to exploiters as the child’s own obligation. Exploiters create debts, often by staging robberies, to control children.',
    alternatives: [
      'The child is being controlled through a debt that the exploiters created (debt bondage)',
      'Adults are using a claimed debt to force the child to [what]',
    ],
    source: 'childrens_society_2022', // 2022 revision: child financial exploitation
    requiresNear: [...CCE_CUES, 'robbed|mugged|taxed|threatened|threats'],
    // Round 19: "owes money to his olders" (two tuning-set lines annotate only "olders", the label, not the debt).
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'exploited|exploiting|exploitation|told|telling|tells',
      'to his|her|their olders|elders',
      // Round 29: the adults who hold the debt named as its subject or by a pronoun ("he now owes them money", "threats
      // from a man she owes money to"): the sentence says who made it. Not "owes a drug debt to older boys" (check.test.ts:
      // the debt is still the child's obligation there).
      'man|men|male|males|dealer|dealers|boys|lads [who|whom|that] she|he|they owe|owes|owed',
      'owes|owed|owe|owing them|him',
    ],
  },
  {
    id: 'earning_money',
    patterns: ['earning|earns|earned|earn|making|makes|made|make [good] [*] money|cash'],
    category: 'implies_consent',
    explanation: 'Presents criminal exploitation as a job that pays. Children in drug supply are controlled, often through debt and violence.',
    alternatives: [
      'The child is being criminally exploited: record what they are given and what they are made to do',
      'Adults are using money to draw the child into drug supply',
    ],
    source: 'nspcc', // [E] "working" legitimises CCE
    requiresNear: CCE_CUES,
    unlessNear: OTHER_PERSON_CUES,
    window: 5,
  },
  {
    id: 'going_country',
    patterns: ['going|goes|gone|went|go country|cunch|OT', 'out country'],
    category: 'criminalises_child',
    explanation: 'Slang that makes trafficking a child to another area to sell drugs sound like a trip.',
    alternatives: [
      'The child has been trafficked to [area] to sell drugs (county lines): consider an NRM referral',
      'The child was taken to another area by adults to sell drugs',
    ],
    source: 'yjlc', // [C] county lines
  },
  {
    id: 'slave',
    patterns: ['slave|slaves'],
    category: 'adult_centred_label',
    explanation: 'Flagged as a problem term in the 2022 guide. Describe the control over the child and the exploitation, not a status.',
    alternatives: [
      'The child is being exploited and controlled: record the methods of control (threats, debt, violence)',
      'The child may be a victim of modern slavery or trafficking: consider an NRM referral',
    ],
    source: 'yjlc', // [C] 2022 guide flags "slave"
  },
  {
    id: 'child_perpetrator',
    patterns: ['child|juvenile perpetrator|perpetrators', 'child-perpetrator'],
    category: 'criminalises_child',
    explanation: 'Casts a child who is being exploited as the one doing harm. The adults exploiting them are the perpetrators.',
    alternatives: ['The child is being exploited by [who] and made to [what]', 'The child is a victim of criminal exploitation; record the adults involved'],
    source: 'language_matters', // [B] lists "child perpetrator"
  },
  {
    id: 'offender_label',
    patterns: ['offender|offenders|perpetrator|criminals|suspect', 'as a criminal'],
    ...OFFENDER_WORDING,
    requiresNear: [...LABEL_FRAME_CUES, 'exploited|exploitation|groomed|trafficked|coerced|victim|county'],
    // Precise cues only: the adults are the offenders ("the offender", "perpetrators of", "an alleged offender").
    unlessNear: [
      'the|his|her|their|alleged|adult|known|sex|sexual|identified|main|principal offender|offenders|perpetrator|criminal|criminals|suspect',
      // ... or the subject of a verb ("a perpetrator may exploit this").
      'offender|offenders|perpetrator|criminal|criminals|suspect of|against|by|who|was|were|is|has|may|might|could|can|will|would',
      'not an|a offender|criminal|perpetrator|suspect',
      'perpetrator|perpetrators|offender|offenders exploited|exploits|exploiting|groomed|grooms|grooming|trafficked|coerced|targeted',
      'adult|adults|man|men|male|males|older|olders|elders|perpetrators',
      // Probe 23: the child-centred reading ("he should be seen as a victim rather than a perpetrator").
      'victim|victims rather than a|an|the offender|offenders|perpetrator|perpetrators|criminal|criminals',
      'victim|victims instead of a|an|the offender|offenders|perpetrator|perpetrators|criminal|criminals',
    ],
    window: 4,
  },
  {
    id: 'suspect_child_named',
    // Round 20: "the suspect, aged 13, was found with cash", "The suspect, a 15-year-old looked-after child", "the
    // 13-year-old is named as a suspect", "juvenile is the perpetrator of the assault" (five tuning-set lines):
    // the child named by the role, right beside the child's age. offender_label leaves "the suspect" alone, as it is
    // usually the adult.
    patterns: [
      'the|a suspect|offender|perpetrator aged 10|11|12|13|14|15|16|17',
      `the|a suspect|offender|perpetrator a|an ${CHILD_AGE_TOKENS}|juvenile|child`,
      `${CHILD_AGE_TOKENS}|juvenile is|was [named|recorded|listed|treated] [as] the|a suspect|offender|perpetrator`,
    ],
    category: 'criminalises_child',
    explanation: 'Names a child, who may be exploited, by the role of offender. The child may have been made to commit the offence and needs protection.',
    alternatives: [
      'The child, who may be criminally exploited, was arrested for [offence]: record who else was involved',
      'The child has been made to commit offences by adults who exploit them: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
  },
  {
    id: 'young_offender',
    patterns: ['young|youth offender|offenders'],
    category: 'criminalises_child',
    explanation: 'Labels an exploited child by offences adults made them commit.',
    alternatives: [
      'The child is a victim of criminal exploitation who has been made to commit offences',
      'The child is being criminally exploited: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
    requiresNear: [...LABEL_FRAME_CUES, ...CCE_CUES, 'exploited|exploitation|groomed|trafficked|coerced|convictions|conviction|carrying|carry|drawn|olders'],
    unlessNear: ['institution|institute|ysi|yoi'],
  },
  {
    id: 'instigator',
    patterns: ['instigator|instigators|ringleader|ringleaders|ring-leader|ring-leaders', 'the main|chief|prime instigator|culprit'],
    category: 'criminalises_child',
    explanation:
      'Casts an exploited child as the one who drives the harm. Children made to bring in or recruit other children are themselves being controlled by the adults who exploit them.',
    alternatives: [
      'The child has been made to introduce other children to [who]: they are a victim of exploitation, record who controls them',
      'Concern that adults are using the child to draw in other children',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child, not the child as offender
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|man|men|male|males|older|olders|perpetrator|perpetrators|fight|fights|fighting|argument|arguments|prank|pranks|game|games',
    ],
  },
  {
    id: 'perpetrator_label',
    // Only as a label hung on someone ("Ethan is a perpetrator of robbery", "recorded as the perpetrator"): notes use
    // the word rightly for the adults who harm children, so an adult or another person nearby rules it out.
    labelFrame: true,
    patterns: ['perpetrator|perpetrators'],
    category: 'criminalises_child',
    explanation: 'Casts an exploited child as the offender. Children made to commit offences by adults who control them are victims of criminal exploitation.',
    alternatives: [
      'The child was made to take part in [offence] by [who]: concern of criminal exploitation',
      'The child is a victim of criminal exploitation: record who controls them and consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    requiresNear: LABEL_FRAME_CUES,
    unlessNear: [
      'man|men|male|males|adult|adults|suspect|suspects|abuser|abusers|exploiter|exploiters|unknown|identified|arrested|charged|older|olders',
      ...OTHER_PERSON_CUES,
      ...ADULT_CUES.slice(1),
      // Probe 23: the child-centred reading ("he should be seen as a victim rather than a perpetrator").
      'victim|victims rather than a|an|the perpetrator|perpetrators',
      'victim|victims instead of a|an|the perpetrator|perpetrators',
    ],
    window: 8,
  },
  {
    id: 'grooming_others',
    patterns: ['grooming|grooms|groomed|recruiting|recruits|recruited other|younger girls|boys|children|friends|peers'],
    category: 'criminalises_child',
    explanation:
      'Casts an exploited child as the abuser of other children. Children made to bring in other children are themselves being controlled by the adults who exploit them.',
    alternatives: [
      'The child has been made to introduce other children to [who]: they are a victim of exploitation, record who controls them',
      'Concern that adults are using the child to draw in other children',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is done to the child, not the child as offender
    // A short window: "the men were grooming other girls" names the adults; "grooming other girls for the men" does not.
    // Probe 24: the gang or the olders as the ones recruiting ("the gang recruited younger children").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'adult|adults|man|men|male|males|perpetrator|perpetrators|who',
      'gang|gangs|olders|elders|dealers|ocg|ocgs|exploiters|network',
    ],
    window: 2,
  },

  // ===== Trafficking =====
  {
    id: 'illegal_immigrant',
    patterns: ['illegal|illegals immigrant|immigrants|migrant|migrants|alien|aliens|entrant|entrants', 'illegally in the uk|country|england|wales|britain'],
    category: 'criminalises_child',
    explanation: 'Treats a child who may have been trafficked as an immigration offender. A child cannot consent to being trafficked.',
    alternatives: [
      'The child may be a victim of trafficking: consider an NRM referral',
      'An unaccompanied child whose immigration status is unresolved; concern that they have been trafficked',
    ],
    source: 'childrens_society_2018', // the guide's principle; "a child cannot consent to being trafficked" (DOMAIN.md)
  },
  {
    id: 'an_illegal',
    // "An illegal" as a noun for a person; not "an illegal substance", "an illegal act" (the word after vetoes).
    patterns: ['an illegal', 'the|these|those illegals'],
    category: 'criminalises_child',
    explanation: 'Names a child who may have been trafficked by an immigration status, as an offender. A child cannot consent to being trafficked.',
    alternatives: [
      'The child may be a victim of trafficking: consider an NRM referral',
      'An unaccompanied child whose immigration status is unresolved; concern that they have been trafficked',
    ],
    source: 'childrens_society_2018', // the guide's principle, as illegal_immigrant
    unlessNear: [
      'substance|substances|drug|drugs|weapon|weapons|firearm|act|acts|activity|activities|entry|search|eviction|tenancy|car|vehicle|knife|blade|move|manoeuvre|download|downloads|copy|stream|rave|party|parties|amount|quantity|item|items|trade|practice|scheme|immigrant|migrant|alien|entrant|worker|workers|job|workplace',
    ],
    window: 1,
  },
  {
    id: 'cannabis_farmer',
    patterns: [
      'cannabis|skunk|weed farmer|farmers|gardener|gardeners|grower|growers',
      'gardening|gardener|tending|watering|working at|in|on|for [a|the] cannabis|skunk|weed farm|farms|factory|factories|grow|house',
      'cannabis|skunk|weed farm|factory worker|workers',
    ],
    category: 'criminalises_child',
    explanation:
      'Names a child found in a cannabis grow by the crime. Children, many of them trafficked, are locked in and made to tend the plants: they are victims of trafficking and modern slavery.',
    alternatives: [
      'The child was found in a cannabis grow where they were being exploited: consider an NRM referral',
      'Concern that the child has been trafficked and forced to work in a cannabis grow',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender (the statutory defence, Modern Slavery Act 2015 s45)
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'addict_label',
    patterns: ['addict|addicts|junkie|junkies|druggie|druggies|druggy|smackhead|smackheads|crackhead|crackheads|alcoholic|alcoholics|alkie|alky|pisshead'],
    category: 'blames_child',
    explanation:
      'Labels the child by their substance use. Adults who exploit children often supply drugs and alcohol to groom and control them: describe the use and who supplies it.',
    alternatives: [
      'The child is using [substance] [how often]: record who supplies it',
      'Concern that the child is being given drugs or alcohol to groom or control them',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is happening to the child, not a label
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'anonymous|aa|na|recovery|service|services|team|worker|workers|clinic|gaming|game|games|sugar|chocolate|phone|tv|adult|adults|man|men|male|males|woman|women',
    ],
  },

  {
    id: 'smuggled',
    patterns: ['smuggled|smuggling into|to [the|this] uk|country|england|wales|britain|scotland', 'was|were|been|got smuggled', 'economic migrant|migrants'],
    category: 'implies_consent',
    explanation: 'Smuggling suggests a deal the child agreed to. A child moved across borders for exploitation is trafficked, whether or not they agreed.',
    alternatives: [
      'The child may have been trafficked into the UK: consider an NRM referral',
      'Concern that the child was moved to be exploited: record who arranged the journey and what is owed',
    ],
    source: 'childrens_society_2018', // the guide's principle; a child cannot consent to being trafficked (DOMAIN.md)
    unlessNear: ['drugs|drug|phone|phones|cigarettes|alcohol|sim|weapons|knife|knives|prison|tobacco'],
  },
  // ===== Online harm =====
  {
    id: 'sending_pictures',
    patterns: [
      'sending|sent|sends|send|sharing|shared|shares|share explicit|nude|naked|sexual|sexualised|indecent|intimate|sexy|topless|provocative|mucky|dirty|rude|naughty pictures|photos|photographs|images|pics|videos|selfies|content',
      'sending|sent|sends|send|sharing|shared|shares|share nudes|nude|naked|explicit|topless|pictures|photos|images|pics|videos',
      'sending|sent|sends|send|sharing|shared|shares|share a|an nude|naked|explicit|topless|sexual|intimate|indecent|sexy selfie|photo|picture|image|video|pic|photograph',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the actor when adults are obtaining sexual images of a child. Guidance asks us to describe what the adult is doing.',
    alternatives: [
      'Adults have been obtaining sexual images of the child',
      'The child is being groomed online: an adult is targeting the child and asking for images',
      'Adults are using online technology to access and abuse the child',
    ],
    source: 'language_matters', // [B] "Child has been sending explicit pictures to an adult"
    // Round 24: a person or account met online ("sent pictures to the person he met on the game").
    requiresNear: [
      ...ADULT_CUES,
      'stranger|strangers|unknown|online|someone|people|snapchat|instagram|whatsapp|telegram|discord',
      `of ${PRONOUN_SELF}`,
      'person|user|account|profile|gamer he|she|they met|knew',
      'met on|online',
    ],
    unlessNear: [
      // Round 19: tied to the recipient or the subject of the pictures, so that a record header ("School police
      // officer: Jess has been sending nudes to older lads") does not block the entry.
      'to|with [the|her|his|a] police|officers|officer|social|worker|school|teacher|teachers|family|mum|mother|dsl',
      'of [the|her|his|a] dog|cat|family|mum|mother',
      'dog|cat|holiday|holidays',
      // The child received the images: "she was sent pictures by an adult" is what the adult did.
      'was|were|been|being|get|gets|got|getting sent|shared',
      // Round 19: "has been pressured by older lads into sending images" is what the lads did.
      ...CHILD_CENTRED_CCE_CUES,
      // Round 20: "a man she met online persuaded her to send images" (the same reading: what the adult did).
      'persuaded|persuades|persuade|persuading|tricked|tricks|manipulated|manipulates|blackmailed|blackmails|convinced|convinces|talked|asked|asks|asking|told|tells|wanted|wants [her|him|them] to|into',
    ],
  },
  {
    id: 'sexting_adults',
    patterns: ['sexting|sexted|sexts|sext'],
    category: 'minimises_harm',
    explanation:
      'Presents an adult’s sexual messages to a child as a mutual exchange. An adult who sends or asks for sexual messages is grooming or abusing the child.',
    alternatives: [
      'An adult is sending sexual messages to the child and/or asking for images',
      'The child is being groomed online by an adult (record who, if known)',
    ],
    source: 'language_matters', // [B] "sending explicit pictures to an adult"
    requiresNear: [...ADULT_CUES, 'stranger|strangers|unknown'],
  },
  {
    id: 'contacting_adults',
    patterns: [
      // Not the noun "contact" ("she has no contact with the men", "no concerns about online contact with adults").
      'contacting|contacted|contacts|messaging|messaged|messages|texting|texted|chatting|chats|chatted|talking|talks|talked|speaking|befriending|befriended [to] [with] [*] [older] [adult] men|males|adults|man|women|females|strangers',
      'contacting|contacted|contacts|messaging|messaged|texting|texted|chatting|talking|speaking|befriending|befriended [with] [to] older|adult [*] men|males|adults|man|women|females|people|boys|lads|guys',
    ],
    category: 'blames_child',
    explanation: 'Reverses who is acting. Adults who contact children online are responsible for that contact.',
    alternatives: [
      'Adult males/females have been contacting the child',
      'The child may be being groomed: an adult is facilitating communication with a child',
      'Others may be using online technology to access or abuse the child',
    ],
    source: 'docsbay_alternatives', // [A] "Have been contacting adult males/females via phone or internet"; [C]
    unlessNear: [
      'police|officers|staff|worker|workers|social|teacher|teachers|nurse|doctor|professionals|helpline|childline',
      // Round 18: the means after a risk phrase ("leaves herself open to exploitation by chatting to strangers"): the
      // tuning sets annotate the risk phrase, not the means.
      'by contacting|messaging|texting|chatting|talking|speaking|befriending',
      // Round 23: messages the adults sent ("mum found messages from adults asking for pictures"): their act.
      // Review 23A: messages found, not "deletes the messages from them" or "replying to texts from strangers".
      'found|finds|saw|sees|discovered|discovers|read|reads [the] messages|message|texts|chats from',
    ],
    window: 4,
  },
  {
    id: 'meeting_adults',
    patterns: [
      'meeting|meets|met|meet up [with] [*] [older] [adult] men|males|adults|man|strangers',
      'meeting|meets|met|meet [up] [with] older|adult [*] men|males|adults|man|people',
      'meeting|meets|met|meet [up] [with] men|males|strangers|man',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the one seeking out adults. Adults who arrange to meet a child they groomed online are responsible.',
    alternatives: ['Adults have been arranging to meet the child', 'The child is being groomed: adults are arranging to meet them (record who and where)'],
    source: 'docsbay_alternatives', // [A] same row as "contacting adult males"
    unlessNear: [
      'police|officers|staff|worker|workers|social|teacher|teachers|nurse|doctor|professionals|youth|mentor|coach',
      // Round 18: "putting herself at risk by meeting men she met online" (six tuning-set lines annotate the risk phrase).
      'by meeting|meets|met|meet',
    ],
    window: 4,
  },
  {
    id: 'online_relationship',
    patterns: [
      'online boyfriend|boyfriends|girlfriend|girlfriends|relationship|relationships|romance|lover|partner',
      'internet boyfriend|girlfriend|relationship',
    ],
    category: 'adult_centred_label',
    explanation: 'Calls online grooming a relationship. Someone the child has only met online may be an adult grooming them.',
    alternatives: [
      'An unknown person online, possibly an adult, is grooming the child',
      'Someone online is using technology to access the child: record the account, platform and what was asked',
    ],
    source: 'docsbay_alternatives', // [A] "Others may be using online technology to access or abuse the child"
  },
  {
    id: 'posting_images',
    patterns: [
      // Not "provocative" pictures: that sexualises the child (sexualising_paraphrase), as annotators read it (round 21).
      'posting|posts|posted|post|uploading|uploads|uploaded|upload [*] sexual|sexualised|sexy|explicit|nude|naked|revealing|topless pictures|photos|images|videos|selfies|content',
      'selling|sells|sold|sell [*] nudes|pictures|photos|images|videos|content',
      'onlyfans',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for sexual images of themselves. Adults who ask for, pay for or view such images are abusing the child, and the images are child sexual abuse material.',
    alternatives: [
      'Adults are obtaining or paying for sexual images of the child: child sexual abuse material',
      'The child is being sexually exploited online (record the platform and the accounts involved)',
    ],
    source: 'language_matters', // [B] "sending explicit pictures" row, same reasoning
  },
  // ===== Minimising =====
  {
    id: 'just_experimenting',
    patterns: [
      'just|only|simply experimenting|exploring|curious',
      'normal|typical teenage|adolescent behaviour|behavior|experimentation|rebellion|stuff',
      'teenage|adolescent experimentation',
      'just|only a phase',
      'just|only being a teenager|teen|kid',
      'typical|usual|normal|ordinary teen|teenager|adolescent|age-appropriate behaviour|behavior|behaviours|behaviors|stuff|rebellion|experimentation',
      'going|goes|went|gone through a [difficult|rebellious|bad|teenage|wild] phase|stage',
      'testing|pushing boundaries',
      'all teenagers|teens|kids|children do it|that',
      'everyone|everybody does it',
      'everyone|everybody is doing it',
      'kids|teenagers|teens will be kids|teenagers|teens',
      'being a typical teenager|teen',
    ],
    category: 'minimises_harm',
    explanation: 'Explains away signs of exploitation as normal growing up. Changes in behaviour, substance use or sexual activity may be signs of abuse.',
    alternatives: [
      'The child’s behaviour has changed: record what and when, and consider whether they are being exploited',
      'Substance use or sexual activity at this age may be a sign of grooming: ask who supplies or is involved',
    ],
    source: 'childrens_society_2018', // the guide's principle; named in the brief for issue 4
  },
  {
    id: 'grow_out_of_it',
    patterns: ["will|would|she'll|he'll|they'll|should|may|might [soon] grow out of it|this|that", 'grows|growing out of it|this|that'],
    category: 'minimises_harm',
    explanation: 'Treats signs of exploitation as a stage the child will pass through on their own, so nobody asks who is harming them.',
    alternatives: [
      'The child’s behaviour has changed: record what and when, and consider whether they are being exploited',
      'This may be a sign of grooming or exploitation: ask who the child is with and what is given or expected',
    ],
    source: 'childrens_society_2018', // the guide's principle; same family as "just a phase"
    // Childhood conditions that children do grow out of, and clothes.
    unlessNear: ['asthma|eczema|allergy|allergies|bedwetting|stammer|stutter|shoes|clothes|uniform|coat|trainers|clothing|tantrums|nightmares'],
    window: 10,
  },
  {
    id: 'only_a_bit_of',
    patterns: [
      'only|just [smoking|having|smoked|had|taking|took|doing|did|drinking|drank|a] a bit|little of weed|cannabis|skunk|puff|draw|bud|fun|drink|booze|vodka|alcohol',
      // One word per alternative (round 21: "bud|a spliff" asked for "only weed spliff").
      'only|just weed|cannabis|skunk|puff|draw|bud',
      'only|just a spliff|joint|smoke|drink',
      'only|just smoking|smoked|smokes weed|cannabis|skunk|puff|draw',
    ],
    category: 'minimises_harm',
    explanation:
      'Plays down substance use that may be how adults are grooming or controlling the child. Who supplies it, and what is expected in return, matters.',
    alternatives: [
      'The child is using [substance]: record who supplies it and whether anything is expected in return',
      'Substance use may be a sign of grooming or exploitation: ask who the child uses with',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm
  },
  {
    id: 'just_sexting',
    patterns: [
      'just|only sexting|sexts|nudes|pictures|pics|photos|selfies|messages|messaging|texts|texting|chatting|snapchat',
      'just|only a nude|picture|pic|photo|selfie',
    ],
    category: 'minimises_harm',
    explanation:
      'Treats sexual messages and images as harmless. Sexual images of a child are child sexual abuse material, and online contact is often how grooming starts.',
    alternatives: [
      'Sexual images or messages involving the child: record who asked for them, who has them and their ages',
      'Online sexual contact with the child: a risk of grooming, sextortion and contact abuse',
    ],
    source: 'language_matters', // [B] "sending explicit pictures" row; [A] online technology used to abuse the child
    requiresNear: [...SEXUAL_CUES, ...ADULT_CUES, "it's|its|it’s|was|everyone|everybody|all|sexting|nudes"],
  },
  {
    id: 'just_helping',
    patterns: [
      'just|only helping|helps|helped|help out',
      'just|only doing|did a favour|favours|favors|jobs|runs',
      // One word per alternative (round 21: "minded|looking after|keeping" asked for "holding keeping the bag").
      'only|just holding|held|minding|minded|keeping [a|the|some] bag|bags|phone|package|parcel|stuff|things|money|cash',
      'only|just looking after [a|the|some] bag|bags|phone|package|parcel|stuff|things|money|cash',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation:
      'Describes a child being used by older people or in drug supply as harmless help. Favours, errands and holding things are how children are drawn into criminal exploitation.',
    alternatives: [
      'The child is being used by [who] to [what]: concern that they are being criminally exploited',
      'Adults or older young people are asking the child to run errands or hold items: record what and for whom',
    ],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"; [E] "working"
    requiresNear: [...CCE_CUES, 'older|olders|lads|boys|men|males|adults|adult|elders|youths|phone|phones|bag|bags|package|parcel|cash|money'],
    unlessNear: [
      'out|with [at] [his|her|their|the|a] mum|mother|dad|father|gran|nan|grandparents|parents|neighbour|neighbours|teacher|teachers|school|fair|charity|church|club|shop|family',
    ],
  },
  {
    id: 'one_off',
    patterns: ['one-off|one-offs', 'one off|offs', 'isolated incident|incidents|episode|event'],
    category: 'minimises_harm',
    explanation:
      'Grades a concern as a single event that needs no action. One incident of abuse is abuse, and exploitation often starts with a single incident that is not followed up.',
    alternatives: [
      'An incident on [date]: record what happened and review it with any earlier or later concerns',
      'Concern that this may be part of a pattern of grooming or exploitation: check the chronology',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // "Not a one-off" names a pattern; "a one-off payment" is not a judgement about harm.
    unlessNear: [
      // Round 23: an accident ("the cut was an accident in food technology; a one-off").
      // Review 23B: "an accident", not "the overdose was accidental and a one-off".
      'accident [*] [*] [*] [*] [*] a|an one-off',

      'not a|an one-off|one',
      'not an isolated',
      'payment|payments|grant|fee|fees|cost|costs|purchase|purchases|session|sessions|event|visit|appointment|treat|trip|charge',
      // Probe 25: an event named before it ("the school trip was a one-off and they hope to run it again").
      // Review 25B: not a party ("the party was a one-off, mum says, although she was given drugs by the men there").
      'trip|trips|event|events|visit|session|match|game|concert|show|holiday|outing|fixture|performance|course was|is|were|will [be] a|an one-off',
    ],
    // Round 29C: an accident named in the clause before ("the cut was an accident in food technology; a one-off"); not
    // "accidental" (review 23B: "the overdose was accidental and a one-off" is flagged).
    unlessNearAcross: ['accident'],
    unlessNearAcrossWindow: 6,
    window: 2,
  },
  {
    id: 'nothing_to_worry',
    patterns: [
      'nothing to worry|worried about',
      'nothing serious',
      'not serious|significant',
      "isn't|wasn't serious",
      'not that|very|too serious|bad',
      'no big deal',
      'not a big deal',
      'harmless',
      'innocent fun',
      'not a safeguarding concern|issue|matter',
      'not a child protection concern|issue|matter',
      'not a concern|worry',
      'no cause for concern',
      'nothing to be concerned|worried about',
      // Round 22: dialect and idiom ("it was nowt to worry about", "nothing to get worked up about", "Nothing to see here").
      'nowt|nothin|nuthin|nuffin to worry|fret about',
      'nothing|nowt to get worked|het|wound up about',
      'nothing|nowt to see here',
      'nothing sinister',
    ],
    // (Round 22: "found nothing sinister about the fire" is an investigation's finding: see unlessNear.)
    category: 'minimises_harm',
    explanation:
      'Concludes that there is no risk without naming what was assessed. It can close down questions about abuse or exploitation that still need asking.',
    alternatives: [
      'Record what was seen, who was involved and why it was judged this way; review it if anything changes',
      'Concern that this may be a sign of grooming or exploitation: record what was seen and who was present',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm and its impact
    // A clinical or professional finding with its basis ("the injury is not serious") is not a minimisation of abuse.
    unlessNear: [
      // Round 23: a household or building fault ("the boiler fault is not serious").
      // Review 23B: not a door, window, crack or fault (men at the door, "not her fault").
      'boiler|repair|repairs|repaired|damp|mould|mold|heating|engine|roof',

      'injury|injuries|wound|wounds|cut|cuts|bruise|bruises|bruising|burn|burns|fracture|condition|illness|infection|rash|allergy|asthma|temperature|bleeding|sprain|graze',
      'dog|dogs|cat|insect|insects|spider|spiders|snake|substance|chemical',
      'fire|fires|death|deaths|vehicle|package|parcel|device|smell|noise|leak|flood',
      'no|not concerns|further|evidence',
      // Review 22B L10: the result of a search or an investigation ("police found nothing sinister", "nothing sinister was
      // found in her phone").
      'found|finds|find|searched|search|examined|checked|investigation|post-mortem [*] [*] nothing sinister',
      'nothing sinister was|has|had|is|were [been] found|identified|seen|noted|recovered',
      'test|tests|results|result|hearing|eyesight|scan|x-ray|blood|check-up|checkup|exam|exams|mock|mocks|grades|smear',
    ],
    window: 5,
  },
  {
    id: 'can_look_after_self',
    patterns: [
      'can|could look after herself|himself|themselves|themself',
      'can|could handle|protect herself|himself|themselves|themself',
      'can|could take care of herself|himself|themselves|themself',
      // Round 22: "can more than take care of himself", "can well look after herself".
      // Probe 25: a slot holds one word, so "look after" and "handle|protect" are written apart ("knows how to handle
      // herself" was never matched).
      'can|could more than look after herself|himself|themselves|themself',
      'can|could more than handle|protect herself|himself|themselves|themself',
      'can|could well look after herself|himself|themselves|themself',
      'can|could well handle|protect herself|himself|themselves|themself',
      'can|could more than take care of herself|himself|themselves|themself',
      'able to look after herself|himself|themselves|themself',
      'knows|knew how to look after herself|himself|themselves|themself',
      // Review 25B: not "knows how to protect herself online" (what safety lessons teach).
      'knows|knew how to handle herself|himself|themselves|themself',
      // "streetwise enough to look after himself" (a duty social worker's plain words).
      'enough to look after herself|himself|themselves|themself',
      'enough to handle|protect herself|himself|themselves|themself',
      'can|could look after myself',
      'can|could handle|protect myself',
      'can|could take care of myself',
      // Round 25: "well able to handle the Birmingham lot", "well able for them older fellas", and the dialect "she can look
      // after hersel'" (fresh12, fresh13, fresh17).
      // Review 25A: not "manage", "cope" or "deal" ("well able to manage his diabetes", "to cope with changes").
      'well able to handle',
      'well able for them|those|these|the older|men|lads|fellas|olders|adults|blokes|boys',
      'can|could look after hersel|himsel|hisself|hersen|hissen',
      'can|could handle hersel|himsel|hisself|hersen|hissen',
    ],
    category: 'minimises_harm',
    explanation: 'Suggests the child is not really at risk because they seem capable. Confidence does not protect a child from adults who exploit them.',
    alternatives: [
      'The child is a child: record who is harming them and how',
      'The child may appear confident, which can hide fear or control by others: record what is known about who they are with',
    ],
    source: 'childrens_society_2018', // the guide's principle; "streetwise" family
    // Everyday independence ("can look after herself in the mornings") is not a risk judgement.
    unlessNear: [
      'morning|mornings|evening|evenings|school|breakfast|lunch|dinner|cooking|cook|meals|hygiene|money|budget|washing|medication|independent|independence|skills',
      // Round 25: left at home ("old enough to look after herself while mum is at work"), babysitting, and sport ("she can
      // handle herself in the boxing ring").
      'old enough',
      // Review 25B: recovery ("well enough to look after herself after discharge", "strong enough to handle herself on the
      // stairs").
      'well|strong|fit|healthy|recovered|mobile|sensible|responsible enough',
      'babysit|babysits|babysitting|babysat',
      // Review 25A: health or an ordinary outing ("well enough to look after herself since the operation", "sensible
      // enough to look after herself for an hour", "confident enough to look after herself on the bus to college").
      'well|fit enough',
      // Review 25F: the bus or the train to college or school, not "she can look after herself on the bus to the men's flat".
      'sensible|recovered|operation|hour|hours|college|work|workload|course|exams|diabetes|asthma|change|changes|timetable|demands',
      'bus|buses|train|trains to|into [the] college|school|work|lessons|class',
      'ring|boxing|bout|sparring|judo|karate|kickboxing|match|pitch|tackle|tackles|scrum',
      // Review 25B: an argument or an interview ("knows how to handle herself in a debate").
      'debate|debates|interview|interviews|argument|arguments|presentation|presentations|exam|exams',
    ],
    window: 3,
  },
  {
    id: 'experimenting_with',
    patterns: ['experimenting|experimented|experiments|experiment with', 'experimenting|experimentation'],
    category: 'minimises_harm',
    explanation:
      'Explains away substance use or sexual activity as a normal stage. It may be a sign of grooming or exploitation: who supplies it and who is involved matter.',
    alternatives: [
      'The child is using [substance] / has described sexual activity: record who supplies it or who is involved, and their ages',
      'Substance use or sexual activity at this age may be a sign of grooming: ask who else is involved',
    ],
    source: 'childrens_society_2018', // the guide's principle; "normal teenage behaviour" family
    requiresNear: [
      'drug|drugs|cannabis|weed|skunk|alcohol|drink|drinking|vodka|pills|ketamine|mdma|cocaine|substances|substance|nitrous|vapes|vaping|sex|sexual|sexually|sexuality',
    ],
    // "Just experimenting" is the just_experimenting entry.
    unlessNear: ['science|chemistry|lab|recipe|recipes|cooking|art|music|hair|make-up|makeup|styles|colours|identity|gender|clothes|just|only'],
    window: 4,
  },
  {
    id: 'just_banter',
    patterns: ['just|only banter', 'harmless banter|fun', 'bit of banter|fun'],
    category: 'minimises_harm',
    explanation: 'Passes off harassment, threats or abuse as play. It tells the child their experience does not count.',
    alternatives: ['The child was harassed or assaulted by [who]: record what was said or done', 'Record exactly what happened and who was involved'],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'only_touched',
    patterns: [
      'only|just touched|touching|kissed|kissing|groped|fondled|flashed|exposed',
      'only|just a kiss|cuddle|hug|grope|touch',
      'only|just a bit of touching',
      'only|just sexual touching',
      'only|just inappropriate touching',
    ],
    category: 'minimises_harm',
    explanation: 'Grades sexual abuse as minor. Any sexual touching of a child by someone with power over them is abuse and can cause lasting harm.',
    alternatives: [
      'The child was sexually assaulted: [describe what happened, in the child’s words if possible]',
      'Record exactly what the child says happened, without judging its seriousness',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'only_online',
    patterns: ['only|just online|messages|messaging|texts|chatting|pictures|photos|images|words'],
    category: 'minimises_harm',
    explanation: 'Treats online abuse as less serious. Online grooming and image abuse are abuse and often lead to contact abuse.',
    alternatives: [
      'The child is being abused online: record the platform, the accounts and what was asked or sent',
      'Online grooming by [who]: a risk of contact abuse',
    ],
    source: 'docsbay_alternatives', // [A] "Others may be using online technology to access or abuse the child"
    requiresNear: [...SEXUAL_CUES, ...ADULT_CUES, 'groom|groomed|grooming|abuse|abused|exploitation'],
    window: 5,
  },
  {
    id: 'only_once',
    patterns: ['only|just once|twice', 'only|just the once', 'only|just a few|couple [of] times', 'only|just happened once|twice'],
    category: 'minimises_harm',
    explanation: 'Suggests abuse matters less because it happened few times. One incident of sexual abuse is abuse.',
    alternatives: ['The child was sexually abused on [number] occasions (record dates if known)', 'The child has described [number] incidents of abuse'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [...SEXUAL_CUES, 'abuse|abused|assault|assaulted|groped|touched|happened|men|man|adult|adults'],
    window: 5,
  },
  {
    id: 'historic_abuse',
    patterns: [
      'historic|historical [sexual|child] abuse|assault|assaults|rape|rapes|cse|exploitation|allegation|allegations|disclosure|disclosures|offence|offences|offending',
    ],
    category: 'minimises_harm',
    explanation: '"Historic" suggests the abuse is over and belongs to the past. Its impact on the child continues, and perpetrators may still pose a risk.',
    alternatives: [
      'Non-recent sexual abuse (record when it happened and its impact now)',
      'Sexual abuse that took place in [year]: the perpetrator may still pose a risk',
    ],
    source: 'language_matters', // [B] lists "historical sexual abuse"
  },
  {
    id: 'low_level',
    contextInSentence: true,
    patterns: ['low level|grade', 'low-level|low-grade'],
    category: 'minimises_harm',
    explanation: 'Grades abuse as minor. What looks low level can be the early stage of grooming.',
    alternatives: ['Record exactly what happened: it may be the early stage of grooming', 'Concern that the child is being groomed: [describe what was seen]'],
    source: 'childrens_society_2018', // the guide's principle; [B] lists risk categories High/Medium/Low
    requiresNear: [
      'abuse|cse|cce|exploitation|sexual|touching|assault|assaults|grooming|groomed|violence|harm|harassment|exploited',
      // Round 24: the verdict itself on a risk or an adult's contact ("the panel felt the risk was low-level and closed
      // the case", "the licensee's contact with the 15-year-old is low-level").
      'risk|risks|concern|concerns was|were|is|are [felt|judged|deemed|assessed|graded|rated|considered|thought] [to] [be] low-level|low',
      // Fix 24A: contact with a child, not "contact with dad is low-level and supervised".
      `contact with the|a|an|this [*] girl|boy|child|pupil|teenager|${CHILD_AGE_TOKENS} is|was|are|were [only] low-level|low`,
    ],
    unlessNear: [
      'staff|conduct|policy|teacher|teachers|adult|adults|allegation|allegations|lado|professional|professionals|employee',
      // Round 22: a low-level wall, shelf or light.
      'wall|walls|shelf|shelves|bed|beds|bridge|lighting|light|lights|unit|units|cupboard|cupboards|table|fence|roof|flooding|noise',
    ],
  },
  {
    id: 'banter',
    contextInSentence: true,
    patterns: [
      'banter|horseplay|rough-and-tumble|play-fighting|play-fight',
      'rough and tumble',
      'play fighting|fight',
      'boys will be boys',
      'messing|mucking about|around',
      'just|only a joke',
      'just|only joking|messing',
    ],
    category: 'minimises_harm',
    explanation: 'Passes off sexual harassment or abuse as play. It tells the child their experience does not count.',
    alternatives: ['The child was sexually harassed or assaulted by [who]: record what was said or done', 'Peer-on-peer sexual abuse: record what happened'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...SEXUAL_CUES,
      'groped|grabbed|harassment|harassed|pictures|images|photos|breasts|bum|bottom|skirt',
      // An assault logged or recorded as play ("police logged the assault as horseplay").
      'assault|assaulted|attack|attacked|stabbed|slashed|beaten|punched|logged|recorded',
      'older|olders boys|lads|males|men',
      // Probe 25: an injury logged as play ("just a bit of horseplay, the lad's nose stopped bleeding", "came in with a
      // black eye but said it was just messing about").
      'bleeding|bled|blood|bloody|bruise|bruised|bruises|bruising|injury|injured|injuries|concussion|concussed',
      // Online harm written off as play ("reported to be just messing around with friends online"). Review 25B: who with
      // online, not any app named ("two Year 7s were just messing about on Snapchat sending silly filters").
      'friends|mates|people|men|olders|lads|someone|strangers online',
      'black eye',
      'split lip',
    ],
  },

  // ===== Broader coverage (2026-12): each family written out with its inflections, pronouns and the forms that
  // inquiry reports quote professionals using. Cues keep the everyday senses out. =====

  // ---- Criminal exploitation framed as the child's trade ----
  {
    id: 'dealing_label',
    patterns: ['dealing|deals|dealt', 'drug|drugs dealing', 'street dealing|dealer|dealers'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation:
      'Describes a child who is being used to sell drugs as a dealer running a trade. Children in drug supply are usually being criminally exploited by the adults who profit.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]: record who supplies the drugs and takes the money',
      'Concern that the child is being used in drug supply by adults or older young people',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not "dealing"
    // Round 19: or the child's dealing placed somewhere or done for someone ("Lewis is dealing at the school gates", "was
    // dealing from a flat", "had been dealing from the flat": four tuning-set lines); the cue holds the entry's own word.
    // Probe 25: "was dealing out of the back of a car on the rank".
    // Review 25B: "out of", not "dealing out the cards".
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'is|was|been|were|are|be|found|caught|seen dealing from|at|for|in|on|around|outside|near|to',
      'is|was|been|were|are|be|found|caught|seen dealing out of',
      // Round 28: an arrest for it, or the dealing again ("arrested for dealing outside the Co-op", "has been dealing
      // again in Blackpool").
      'arrested|charged|caught|stopped|convicted|cautioned|bailed for dealing',
      'been dealing again',
      // Round 29b: police shorthand naming the children by the dealing ("2x juveniles dealing from pushbikes"), and dealing
      // dated from a time ("has been dealing since Year 9").
      'juvenile|juveniles|youth|youths|kids|teens|teenagers|yp|yps dealing',
      'is|was|been|were|are dealing since',
      // Round 32: the dealing now, still or again, or to be stopped ("is now dealing for the same group", fresh29; "needs to
      // stop dealing before he can have home leave", fresh30). Not "stop dealing with it" (the veto "deal with").
      'is|was|been|were|are now|still|also|again dealing',
      'stop|stops|stopped|stopping|quit|quits|quitting dealing',
    ],
    unlessNear: [
      'dealing|deals|dealt|deal with',
      ...ADULT_OR_OTHER_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'cards|card|poker|blackjack|hand|hands',
      // Review 29b: dealing with a feeling or a loss ("has been dealing since Year 9 with her anxiety").
      'anxiety|grief|loss|stress|feelings|emotions|bereavement|trauma|depression|illness|diagnosis|bullying|worries',
      // Review 32: the police or staff handling a matter ("Police are now dealing", "PC Shah is still dealing").
      'police|officer|officers|pc|ps|dc|ds|sergeant|cid|staff|team|school|council|colleague|colleagues|duty is|are|was|were [now|still|also|again] dealing',
    ],
    window: 7,
  },
  {
    id: 'supplying_drugs',
    patterns: ['supplying|supplies|supplied|supply class|drugs|cannabis|crack|heroin|cocaine|weed|ketamine'],
    category: 'criminalises_child',
    explanation: 'Names the child as a supplier, when the child is being made to move or sell drugs for the people who control the supply.',
    alternatives: [
      'The child is being criminally exploited to supply drugs for [who]',
      'Adults are using the child to move or sell drugs: record who, where and what the child was given or threatened with',
    ],
    source: 'yjlc', // [C]
    unlessNear: [
      'to|with her|him|them|children|child|young|pupils|girls|boys',
      'exploited|forced|made|used|coerced|groomed|pressured|intent',
      ...ADULT_OR_OTHER_CUES,
      // Round 25: a conviction on the record, a legal fact and usually an adult's ("has a conviction for supplying class A").
      'conviction|convictions|convicted for|of',
    ],
    window: 4,
  },
  {
    id: 'grafting',
    patterns: ['grafting|graft|grafts|grafted|grafter|hustling|hustle|hustles|hustler|trapping|trapper|trappers', 'on the graft|hustle|trap'],
    category: 'criminalises_child',
    explanation: 'Street words for selling drugs describe criminal exploitation as the child’s own work or enterprise.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited" / "working" -> "criminally exploited"
    // "Grafting for older lads": the older group is the drug-supply context even when no drug is named.
    requiresNear: [...DRUG_SUPPLY_CUES, 'older lads|boys|men|males|group'],
    unlessNear: CHILD_CENTRED_CCE_CUES,
    window: 8,
  },
  {
    id: 'shotting',
    // Drug-selling slang with no everyday sense ("shotting", "a shotter"), and "trapping" followed by a place or the
    // people it is for ("trapping in Cumbria", "trapping for the olders"); "trapped" is left alone ("trapped in the
    // flat" describes a victim).
    patterns: ['shotting|shotted|shotter|shotters', 'trapping in|for|out|down|at'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Street words for selling drugs describe criminal exploitation as the child’s own work or enterprise.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited" / "working" -> "criminally exploited"
    unlessNear: [...CHILD_CENTRED_CCE_CUES, 'animal|animals|rabbit|rabbits|mice|rats|mouse|rat|wasps|flies|heat|moisture|wind'],
    window: 4,
  },
  {
    id: 'doing_drops',
    patterns: [
      'doing|does|did|do|making|makes|made drops|runs|deliveries|drop-offs|jobs',
      'delivering|delivers|delivered|deliver parcels|packages|packs|bags|food|stuff',
      'lookout|lookouts|look-out|look-outs|courier|couriers|couriering|couriered',
    ],
    category: 'criminalises_child',
    explanation: 'Describes the tasks a child is made to do in drug supply as ordinary jobs, which hides that adults are exploiting them.',
    alternatives: [
      'The child is being made to carry or deliver drugs for [who]: concern of criminal exploitation',
      'Adults are using the child to move drugs or money',
    ],
    source: 'complex_safeguarding_wales', // [D]
    // Round 22: for older people ("doing deliveries for the older lads around the estate").
    // (Deliveries only: 'does "jobs" for the older boys' is the scare-quoted word, variants.test.ts.)
    requiresNear: [
      ...DRUG_SUPPLY_CUES,
      'deliveries|drop-offs for the|these|those|some older lads|boys|men|males|youths',
      // Probe 25: a courier for a network or a group ("Nathan's role as a courier for the network").
      // Review 25B: a criminal network, not a job ("a courier for a parcel network at weekends").
      'courier|couriers for the|a|an|their [drug|drugs|county|criminal|crime|local] network|networks|group|groups|gang|gangs|crew|ocg|olders|men',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'restaurant|pizza|paper|papers|milk|centre|church|charity|pharmacy|chemist|neighbours',
      // Review 22B L7: an adult-run business ("deliveries for the older men who run the takeaway").
      'takeaway|takeaways|market|stall|business|café|cafe|parcels|leaflets',
      'who run|runs|own|owns',
      // Review 25A: a delivery firm's network ("the courier for the parcel network").
      'parcel|delivery|postal|bike|cycle network|networks',
    ],
    window: 8,
  },
  {
    id: 'holding_for',
    patterns: [
      'holding|holds|held|hold|stashing|stashes|stashed|stash [a] drugs|weapons|weapon|knives|knife|packages|package|parcels|parcel|gear|food|bags|bag|cash|money for',
      // Two things held: "found holding drugs and money for the older boys".
      'holding|holds|held|hold|stashing|stashes|stashed|stash drugs|weapons|weapon|knives|knife|packages|parcels|gear|cash|money and|or drugs|weapons|weapon|knives|knife|packages|parcels|gear|cash|money for',
    ],
    category: 'criminalises_child',
    explanation:
      'Presents the child as keeping drugs, weapons or money for others by choice. Children are made to hold these items so that adults avoid arrest.',
    alternatives: [
      'Adults are making the child hold [drugs/weapons/money] for them: concern of criminal exploitation',
      'The child is being used by [who] to store [item]',
    ],
    source: 'yjlc', // [C]
    unlessNear: [...OTHER_PERSON_CUES, ...CHILD_CENTRED_CCE_CUES],
  },
  {
    id: 'prolific_offender',
    patterns: [
      'prolific|persistent|repeat|serial|habitual|frequent offender|offenders|shoplifter|shoplifters|criminal|criminals|thief|thieves',
      'known offender|criminal',
    ],
    category: 'criminalises_child',
    explanation:
      'Labels the child by their offending. Exploited children are often made to commit crimes, and a label like this stops professionals asking who is behind it.',
    alternatives: [
      'The child has been arrested [number] times for [offences]: consider whether they are being criminally exploited',
      'The child may be committing offences under the control of others',
    ],
    source: 'complex_safeguarding_wales', // [D]; [B] lists "child perpetrator"
    unlessNear: [
      // ADULT_OR_OTHER_CUES without "offender": the entry's own word silenced "persistent offender" (round 21).
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|dealer|dealers|exploiter|exploiters',
      ...OTHER_PERSON_CUES,
      'sex|sexual|registered|violent',
      // Other people: "associates with known offenders", "The prolific offender, aged 33", "The adult who groomed Dean".
      'known|other|adult|older|local offenders|criminals',
      ...ADULT_AGE_CUES,
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|exploiter|exploiters who [had] exploited|exploits|exploit|groomed|grooms|abused|abuses|raped|trafficked',
      // Someone the child is with (review 21): "in a relationship with a persistent offender", "the home of a prolific
      // offender", "belongs to a prolific offender" (right before the label only: "a prolific offender with a record").
      'with|to|of a|an|the [known] prolific|persistent|repeat|serial|habitual|frequent',
      'relationship|relationships|associates|associating|associated|associate',
    ],
    window: 5,
  },
  {
    id: 'known_to_police',
    patterns: ['known to [the] police|officers', 'well known to [the] police|officers'],
    category: 'criminalises_child',
    explanation:
      'Describes the child by their contact with the police, which reads as an offender label. It says nothing about why the police know them or what is happening to them.',
    alternatives: [
      'Record each police contact and its reason: missing episodes, arrests, or being found with adults',
      'The child has frequent police contact, which may indicate that they are being exploited',
    ],
    source: 'complex_safeguarding_wales', // [D]; named in the brief from inquiry reports
    unlessNear: [
      // Round 23: beside a label that already names the child as an offender or a sex worker ("has a criminal lifestyle
      // and is well known to the police", "a child sex worker known to officers"): the tuning sets mark the label only.
      'lifestyle|worker|workers|prostitute|prostitutes|criminal|criminals',

      ...ADULT_OR_OTHER_CUES,
      'address|addresses|house|flat|premises|family|families|group|groups|vehicle|car|location|venue|associates|nominal|nominals|driver|drivers|owner|occupant|occupants|tenant|resident|residents|boyfriend|partner',
      `friend|gentleman|${AGE_TOKENS}`,
      'landlord|landlords|landlady|manager|shopkeeper', // probe 24: "the landlord is known to police for violence"
      // Probe 23: a parent as the subject of both clauses ("Her mum is a sex worker and is known to the police").
      'mum|mother|dad|father|stepdad|stepfather|stepmum|parent|parents|uncle|aunt|brother|sister|cousin is|was|are|were|has|had [*] [*] [*] and is|are|was|were|has|have [been] [also|well] known',
    ],
    window: 5,
  },
  {
    id: 'overstayer',
    patterns: ['overstayer|overstayers', 'illegal|illegally working|worker|workers|employed', 'working|works|worked|employed illegally'],
    category: 'criminalises_child',
    explanation: 'Frames a child who may have been trafficked by their immigration status or as an illegal worker, not as a child at risk of exploitation.',
    alternatives: [
      'The child may have been trafficked for labour exploitation: consider a National Referral Mechanism referral',
      'Record how the child came to be working and for whom',
    ],
    source: 'complex_safeguarding_wales', // [D]; SOURCES.md 2d: a child cannot consent to being trafficked
  },

  // ---- Consent, choice and agreement ----
  {
    id: 'age_of_consent',
    patterns: ['age of consent', 'old enough to consent', 'able|capable|competent to consent [to] [sex|sexual]', 'capable of consenting|consent'],
    category: 'implies_consent',
    explanation:
      'Reaching the age of consent does not mean a groomed or coerced child agreed. Exploitation can happen at 16 and 17, and consent must be freely given.',
    alternatives: [
      'The child is 16/17; concerns exist that they were groomed, coerced or exploited: record the age gap and power imbalance',
      'A child can be sexually exploited at any age under 18',
    ],
    source: 'childrens_society_2018', // the guide's principle; the Rotherham finding that sex was seen as consensual (DOMAIN.md)
    unlessNear: ["under|below|beneath|not|cannot|can’t|can't|isn’t|isn't|wasn’t|wasn't|too|unable"],
    window: 4,
  },
  {
    id: 'not_a_victim',
    secondary: true, // round 32 (check.ts trailingAnd)
    // Round 16: filed under blaming, not consent. Every blind set that annotates it (fresh8, fresh10, fresh12, fresh13,
    // fresh15, tune6, tune9) reads a denial of victimhood as the child being made responsible (RESULTS.md round 16).
    patterns: [
      'not a|the [real|genuine|true] victim|victims',
      "i'm|im|i’m not a victim",
      "cannot|can’t|can't be seen|regarded|treated|considered as a victim",
      'no longer [just] a victim',
    ],
    category: 'blames_child',
    explanation:
      'Denies that the child is a victim. Inquiries found that exploited children were refused protection because professionals decided they were not victims.',
    alternatives: [
      'The child may not see themselves as a victim, which is common in grooming: record the concerns',
      'Concern that the child is being exploited although they do not recognise it',
    ],
    source: 'childrens_society_2018', // the guide's principle; Rotherham: "victims not seen as victims" (DOMAIN.md)
    unlessNear: ['crime|offence|burglary|theft|robbery|scam|fraud'],
  },
  {
    id: 'nobody_forced',
    secondary: true, // round 32 (check.ts trailingAnd)
    patterns: [
      'nobody|noone|no-one forced|made|pressured|pressurised|pressurized|coerced me|her|him|them',
      'no one forced|made|pressured|pressurised|pressurized|coerced me|her|him|them',
      'not|never forced|pressured|pressurised|pressurized|coerced',
      "wasn't|weren't|wasn’t|weren’t forced|pressured|pressurised|pressurized|coerced",
      // Probe 25: the present and the progressive of carers' and handovers' wording ("nobody forces her to go, she wants
      // the money", "no one was forcing her").
      'nobody|noone|no-one forces|forcing|makes|pressures|pressurises me|her|him|them',
      'no one forces|makes|pressures|pressurises me|her|him|them',
      'nobody|noone|no-one is|was|were|are forcing|making|pressuring me|her|him|them',
      'no one is|was|were|are forcing|making|pressuring me|her|him|them',
    ],
    category: 'implies_consent',
    explanation: 'Taking the absence of force as agreement misses grooming, which works through trust, gifts, debt and fear rather than force.',
    alternatives: [
      'The child does not describe force; concerns exist that they were groomed or coerced: record what was given, promised or threatened',
      'Grooming does not need force: record the age gap and who had power',
    ],
    source: 'docsbay_alternatives', // [A] "concerns exist that the child may have been groomed/coerced"
    unlessNear: [
      // Round 23: an ordinary activity nobody was made to do ("not forced to take part in the survey").
      // Review 23A: not "part", "talk", "attend", "eat" ("nobody forced her to talk to the men online").
      'survey|surveys|session|sessions|lesson|lessons|attendance|activity|activities|vote|research|interview|interviews|questionnaire|exercise',
      'part in the|a|an|this survey|surveys|session|sessions|lesson|lessons|activity|activities|research|interview|questionnaire|vote|study|trial|project|programme|competition|game|match|race',
      'evidence|clear|unclear|know|known|whether|if|sure|certain|yet|established|believe|believed',
      // Probe 25: a hobby or an everyday duty ("nobody forces her to go to the gym, she loves it").
      // Review 25B: school or college only as where the child goes (next line), not "forced her to skip school".
      // Review 25B: a club only with its kind, not "no one forced her to go to the club with the older men".
      'gym|training|practice|church|mosque|swimming|football|dance|drama|choir|homework|revise|revision',
      'youth|football|boxing|swimming|drama|dance|running|rugby|cricket|chess|after-school|sports|book club|clubs',
      'go|goes|going|attend|attends to the|her|his|their [*] gym|training|practice|church|mosque|swimming|football|dance|drama|choir|school|college|lessons',
      // An everyday duty in the present ("nobody forces him to eat his vegetables"), not "was not forced to eat or drink
      // anything" (the men's doing).
      'forces|makes|forcing|making me|her|him|them to eat|sleep|wash|tidy|shower|brush|try|read',
      // Review 25B: treatment, or staying on at a placement or a course ("no one is making her stay at the foster
      // placement", "no one is forcing him to stay on the apprenticeship"), not "stay at the flat". Round 26: her own
      // medicine ("nobody forces her to take her tablets"), not "the tablets the men gave her", which the bare word lost.
      'medication|medicine|meds|prescribed|prescription|treatment',
      'her|his|their tablets|pills',
      'stay|stays|staying at|on|in [the|her|his|their] [foster] placement|apprenticeship|course|job|college|school',
    ],
    window: 4,
    // Round 26: the child's capacity to decide, often in a clause of its own after the treatment ("no one is forcing her
    // to take the tablets; she has capacity to decide"): a circumstance, not a person, so it counts across the ; and a
    // little further off (types.ts). Review 26: 12 words, not 8 ("nobody forced her to take the tablets; she said she has
    // capacity and wanted to").
    unlessNearAcross: ['capacity|competent|gillick|fraser'],
    unlessNearAcrossWindow: 12,
  },
  {
    id: 'her_choice',
    contextInSentence: true,
    patterns: [
      `${PRONOUN_POSS}|my [own] choice|decision|idea`,
      'it was her|his|their|my idea',
      `it's|its|it’s ${PRONOUN_POSS}|my idea`,
      `making|makes|made|make ${PRONOUN_POSS} own choices|decisions`,
      'informed|conscious|deliberate|free choice|choices|decision|decisions',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing or going with adults as the child’s free decision, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s decisions',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // Round 7: "her decision to stay at the address", "which is his own choice" (going back to the same group).
    requiresNear: [...STRONG_RISK_CUES, ...LABEL_FRAME_CUES, 'address|addresses|group'],
    // "Professionals saw her as making her own choices" is how reviews quote the blaming view, so "professional(s)" is
    // not a veto here (it is in PROFESSIONAL_CUES for the neutral "the professionals' decision").
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES.map((c) => c.replace('|professional|professionals', ''))],
    window: 6,
  },
  {
    id: 'decided_to',
    contextInSentence: true,
    patterns: ['decided|decides|deciding|decide to', 'made|makes|make|making the|a|her|his|their [own] decision to'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing, going with adults or taking drugs as the child’s own decision, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear why the child went: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "It is unclear why the child is getting into cars"
    // Review 23C: going with them again or in defiance ("decided to go with them again despite the warnings"), not a trip.
    requiresNear: [...STRONG_RISK_CUES, 'go|goes|going|went with him|them again|anyway|despite|regardless'],
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES, ...OTHER_PERSON_CUES, 'leave|stop|escape|home|safe|safety|away'],
    window: 5,
  },
  {
    id: 'self_placed',
    patterns: ['self-placing|self-placed|self-places|self-place', 'self placing|placed|places'],
    category: 'implies_consent',
    explanation:
      'Says the child placed themselves at an address, as if it were a free choice. Children who stay with adults who exploit them are often drawn or held there.',
    alternatives: [
      'The child is staying at [address] with [who]: concern that adults are harbouring the child',
      'Consider a Child Abduction Warning Notice against the adults at the address',
    ],
    source: 'childrens_society_2018', // the guide's principle; CAWN in SOURCES.md 2e
  },
  {
    id: 'going_along_with',
    contextInSentence: true,
    patterns: [
      'went|goes|go|going|gone along with it|this|that [quite|very] happily|willingly|readily',
      'going|goes|went|go|gone along with it|this|that|them|him|everything|what',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Reads compliance as agreement. Groomed or frightened children often go along with abuse, which is a trauma response and not consent.',
    alternatives: [
      'The child complied, which can be a trauma response (freeze, fright): record who had power',
      'Concerns exist that the child was groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A]; DOMAIN.md: trauma responses
    requiresNear: [...RISK_CONTEXT_CUES, ...SEXUAL_CUES],
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES],
  },
  {
    id: 'doing_it_for',
    patterns: ['does|doing|did|do it|this|that for [the] [some] [extra] money|cash|drugs|gifts|clothes|attention|status|weed|trainers|phone'],
    category: 'implies_consent',
    explanation:
      'Describes exploitation as a trade the child makes for money or things. Gifts and money are tools of grooming, and an exchange does not make it consensual.',
    alternatives: [
      'The child is being given [what] by [who]: concern of sexual or criminal exploitation',
      'Adults are using money or gifts to exploit the child',
    ],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'sex_in_exchange',
    patterns: [
      'sex|sexual [favours|favors|acts|activity] in exchange|return for',
      'transactional sex|sexual|relationship|relationships',
      'sexual favours|favors for|in',
    ],
    category: 'implies_consent',
    explanation: 'Describes the sexual abuse of a child as a trade. Whatever was given, the child was exploited by the adults who gave it.',
    alternatives: ['The child is being sexually exploited by [who], who gave [what]', 'Adults gave the child [what] and sexually abused them'],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
  },
  {
    id: 'likes_older',
    patterns: [
      'likes|liked|prefers|preferred|fancies|fancied older|adult men|males|guys|boys|lads|man|women',
      'attracted|drawn to older|adult men|males|guys|boys|lads|man|women',
      'has|had a thing for older|adult men|males|guys|boys|lads|man',
      // "seeks out older males" is blame as annotators read it (blaming_idiom_round15, the longer match); "seeks out the
      // men" stays here.
      'seeks|seeking|sought|seek out [the] men|males|adults|olders|older',
      'seeks|seeking|sought|seek the company of [older|adult] men|males|adults|older',
    ],
    category: 'implies_consent',
    explanation: 'Makes the child the one who wants the contact with adults. Adults who seek out children are responsible, whatever the child feels.',
    alternatives: ['Adults (record their ages) are targeting the child', 'Concern that the child is being groomed by older people: record who and where'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Older children: "seeks out the older girls in her year for help".
    unlessNear: ['older girls|pupils|students|children|kids|sister|sisters|brother|brothers|cousin|cousins'],
    window: 1,
  },
  {
    id: 'old_enough',
    patterns: [
      `old|mature enough to make ${PRONOUN_POSS}|my own decisions|choices|mind`,
      'old|mature enough to know [better] [what]',
      "i'm|im|i’m old enough",
      'i am old enough',
      'old enough to decide',
    ],
    category: 'implies_consent',
    explanation: 'Treats the child as an adult who can take responsibility for their own exploitation. Children are protected until 18.',
    alternatives: ['The child is [age] and entitled to protection from exploitation until 18', 'Record who is exploiting the child and what they did'],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: PROFESSIONAL_CUES,
  },
  {
    id: 'willing',
    labelFrame: true,
    // One word, so that the pattern does not start on "is" or "was"; "willing to engage" and the like are cues below.
    patterns: ['willing'],
    category: 'implies_consent',
    explanation: 'Reads a groomed child’s compliance as willingness. Grooming works by making children appear to go along with it.',
    alternatives: ['The child appeared to comply; concerns exist that they were groomed or coerced', 'Record what the adults did, gave or threatened'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...RISK_CONTEXT_CUES,
      ...SEXUAL_CUES,
      // "She was 100% willing" (the Oxfordshire review's record): the emphasis is the label, with no other context.
      '100|totally|fully|completely|entirely|perfectly|wholly willing',
    ],
    unlessNear: [
      'engage|talk|speak|attend|accept|work|help|meet|share|discuss|consider|try|disclose|support|listen|answer|cooperate|co-operate|visit|see|return|home',
      ...EVERYDAY_PARTICIPATION_CUES,
      // Round 19: a relative who is willing to have the child to stay, a "willing and helpful" pupil.
      'aunt|auntie|uncle|nan|gran|grandparents|grandmother|grandfather|carers|helpful|class',
      'training|practice|practices|rehearsal|rehearsals|coaching|matches|fixtures', // probe 24: sport and rehearsal
    ],
    window: 6, // round 21: "a willing participant in the school fitness club" reaches "club"
  },

  // ---- Blame, disbelief and character labels ----
  {
    id: 'nuisance',
    patterns: [`nuisance of ${PRONOUN_SELF}|myself`, 'nuisance|nuisances'],
    category: 'blames_child',
    explanation: 'Treats a child at risk as a burden on services. The behaviour may be a sign of exploitation or a trauma response.',
    alternatives: [
      'The child is repeatedly found at [place] late at night: concern that they are being exploited there',
      'Record what the child was doing, where and with whom',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing; named in the brief
    unlessNear: [
      'calls|call|caller|callers|dog|dogs|noise|parking|pigeons|vehicle|vehicles|neighbour|neighbours',
      // Probe 25: an adult a hotel, shop or taxi writer deals with ("a drunk guest was being a nuisance").
      // Review 25B: not "drunk" ("the girl, very drunk, was being a nuisance with the men").
      `${SERVICE_ADULTS}|man|men|drunks [was|were|is|are] [being] [a] [real|right] nuisance|nuisances`,
    ],
  },
  {
    id: 'gets_self_into',
    patterns: [
      // Round 29b: "got himself into a sextortion scam" (the scam is the adults' doing, as the debt is).
      `gets|getting|got|get ${PRONOUN_SELF} into [*] [*] trouble|situations|situation|danger|bother|mess|states|state|scam|scams`,
      // "got himself into debt with the dealers" (The Children's Society on drug debt: the debt is the exploiters' control)
      `gets|getting|got|get ${PRONOUN_SELF} into [*] [drug|drugs] debt|debts`,
      // "gets himself into fights", "got himself arrested again", "got herself hurt" (the same reading)
      `gets|getting|got|get ${PRONOUN_SELF} into [*] fights|fight|scrapes|bother`,
      // Not "got himself hurt on the trampoline" or "got himself excluded for vaping" (review 2026-11-30): harm done by
      // others only, and arrests.
      `gets|getting|got|get ${PRONOUN_SELF} arrested|nicked|stabbed|beaten|assaulted|raped|attacked`,
      'own worst enemy',
      'asking|asks|asked for trouble',
      `makes|making|made|make ${PRONOUN_SELF} vulnerable|available|easy`,
      `makes|making|made|make ${PRONOUN_SELF} a|an [easy] target`,
      `put|puts|putting|placed|places|placing|got|gets|getting ${PRONOUN_SELF} in|into [*] [*] situation|situations|position|positions|predicament|predicaments`,
    ],
    category: 'blames_child',
    explanation: 'Puts the cause of the harm in what the child does. Children do not put themselves in danger: adults target and exploit them.',
    alternatives: [
      'The child is at increased vulnerability to being exploited: record who is targeting them',
      'A perpetrator may be exploiting the child’s vulnerability',
    ],
    source: 'docsbay_alternatives', // [A] "Putting themselves at risk" alternatives
    unlessNear: [STAFF_PUT_SELF_CUE], // probe 24: "the worker put herself in a risky situation by visiting alone"
  },
  {
    id: 'disbelief',
    secondary: true, // round 32 (check.ts trailingAnd)
    patterns: [
      'exaggerates|exaggerating|embellishes|embellishing|embellished|embroiders|embroidering',
      'prone|tends|tendency to exaggerat*|embellish|fabricate|lie|lying',
      `fabricates|fabricating|fabricated [the] [${PRONOUN_POSS}] allegation|allegations|story|stories|account|accounts|disclosure`,
      'made|makes|making up [the] stories|allegations|allegation|lies|story',
      'crying|cried|cries|cry wolf',
      'not telling the truth',
      'untruthful|dishonest|deceitful|devious|sneaky|untrustworthy|evasive',
      'unreliable historian|narrator|account',
      'false|malicious|fabricated allegation|allegations|accusation|accusations|claims',
      // Round 20: a changing account held against the child ("changed her story", "her story keeps changing", "lies
      // constantly", "a history of making allegations"; four tuning-set lines).
      'changed|changes|changing her|his|their story|stories|account|version',
      'her|his|their story|account|version keeps|kept changing',
      'lies|lied constantly|repeatedly',
      'a history of making allegations|accusations|claims',
    ],
    category: 'blames_child',
    explanation:
      'Disbelieves the child. Exploited children often give partial, changing or late accounts because of trauma and fear, and inquiries found that disbelief left them unprotected.',
    alternatives: [
      'The child’s account has changed, which is common after trauma: record each account and when it was given',
      'The child has not yet disclosed fully: record what they said in their own words',
    ],
    source: 'childrens_society_2018', // the guide's principle; DOMAIN.md trauma responses ("inconsistent accounts")
    unlessNear: [
      // Round 23: "there is nothing to suggest she is not telling the truth".
      'nothing to suggest|indicate|think|believe',
      // Review 23B: "no reason to believe that ...", not "no reason to believe her account".
      'no reason|evidence|indication to suggest|indicate|think|believe that|she|he|they|otherwise|anything',
      'no reason|evidence|indication to doubt',
      'nothing suggests|indicates',

      ...ADULT_OR_OTHER_CUES,
      'staff|lado|teacher|teachers|professional|professionals|employee|employees|against',
      // Not "changed her account settings to private".
      'settings|privacy|password|instagram|snapchat|bank|email|username',
    ],
    window: 5,
  },
  {
    id: 'wrong_crowd',
    patterns: [
      'wrong|bad crowd|company|sort|sorts',
      'bad influence|influences',
      'wrong people',
      'undesirables',
      'undesirable|unsavoury|unsavory|dodgy characters|people|peers|associates|company|crowd|types|individuals|elements',
    ],
    category: 'blames_child',
    explanation: 'Blames the child and their friends for falling in with trouble, which hides the adults who target and groom groups of young people.',
    alternatives: [
      'The child and their peers are being targeted by [who]: consider a peer group assessment',
      'Record who the child spends time with, their ages and where',
    ],
    source: 'durham_scp', // [F] "They make poor relationship choices": focus on who causes harm
  },
  {
    id: 'off_the_rails',
    patterns: ['off the rails', 'running|ran|runs wild|riot', 'wild child', `law unto ${PRONOUN_SELF}`],
    category: 'blames_child',
    explanation: 'Describes a change in the child’s behaviour as wildness. A sudden change can be a sign that the child is being groomed or exploited.',
    alternatives: [
      'The child’s behaviour has changed since [when]: consider whether they are being exploited',
      'Record what has changed, when, and who the child is with',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'led_on',
    // "leads men on" casts the child as a sexual tease: sexualises (the reading of three of four annotated uses, round
    // 21); encouraging the adults' advances stays blame (encouraged_advances).
    patterns: ['led|leading|leads|lead him|them|men|boys|lads on', 'led|leading|leads|lead the men|boys|lads on'],
    category: 'sexualises',
    explanation:
      'Casts the child as a tease who draws men on, which sexualises the child and blames them for the adult’s sexual interest. The adult is responsible for what they do, whatever the child did.',
    alternatives: ['Focus on what the adult did: record their actions and their age', 'The adult targeted the child: concern of grooming'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Leading someone on a way: "led the men on to the bridge", "leads them on a tour", "led them on a chase through the
    // estate", "led the boys on a merry dance" (review 21).
    unlessNear: [
      'on to|into|towards|toward|through|along|across|past|up|down',
      'on a|an|the|his|her|their [*] [*] chase|dance|tour|walk|journey|trip|route|ride|hunt|path|mission|run|pursuit',
    ],
    window: 1,
  },
  {
    id: 'encouraged_advances',
    patterns: ['encouraged|encourages|encouraging the|their attention|advances'],
    category: 'blames_child',
    explanation: 'Blames the child for the adult’s sexual interest. The adult is responsible for what they do, whatever the child did.',
    alternatives: ['Focus on what the adult did: record their actions and their age', 'The adult targeted the child: concern of grooming'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'absents_self',
    patterns: [`absents|absented|absenting ${PRONOUN_SELF}`],
    category: 'blames_child',
    explanation: 'Presents going missing as something the child does on purpose. Children may be under pressure or duress to go.',
    alternatives: [
      'The child was missing from [place] between [times]: record who they were with',
      'It is not clear whether the child is under duress to go missing',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
  },
  {
    id: 'not_engaging_more',
    patterns: [
      'not interested in engaging|support|help|services|working',
      'does|did|do not want to engage|engagement',
      "doesn't|didn't|don't|doesn’t|didn’t|don’t want to engage",
      'no engagement',
      'poor|minimal|limited|sporadic|little engagement',
      'avoids|avoiding|avoided professionals|workers|services|staff|contact|appointments',
      'declined|declines|declining|refused|refuses|refusing all support|help|services|offers|intervention',
      'will|would not accept help|support',
      "won't|wouldn't|won’t|wouldn’t accept help|support",
      'does|did|do|will|would not|never engage|engages',
      "doesn't|didn't|don't|doesn’t|didn’t|don’t|never engage|engages",
      'rejects|rejected|rejecting|reject support|help|services|offers|intervention|professionals',
      'pushes|pushed|pushing professionals|workers|staff|support|carers away',
      'refuses|refused|refusing|refuse to comply|cooperate|co-operate',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for the work of keeping them safe. Distrust of professionals is a sign of exploitation, and the task is to keep trying in ways the child can accept.',
    alternatives: [
      'Professionals have not yet found a way to build trust with the child: record what has been tried',
      'The child may be frightened or controlled by others: keep offering support in different ways',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // Engagement of professionals and agencies is recorded in the same words ("poor engagement from partner agencies").
    unlessNear: [...OTHER_PERSON_CUES, 'agency|agencies|partner|partners|practitioners', 'from|by professionals|services|police|health|school|staff'],
    window: 3,
  },

  // ---- Adult-centred labels ----
  {
    id: 'partner_adult',
    patterns: ['partner|partners'],
    category: 'adult_centred_label',
    explanation: 'An adult is called the child’s partner. That frames the abuse of a child as a relationship between equals and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: ADULT_AGE_CUES,
    unlessNear: [
      // Round 23: a relative's own partner, not a relative who reports the child's (as boyfriend_adult).
      ...RELATIVE_OWN_PARTNER_CUES,
      ...ADULT_OWN_PARTNER_AGED_CUES,
      'agency|agencies|partnership|partnerships|multi-agency|safeguarding|police|business|organisation|organisations|organization|statutory|key|delivery|professional|professionals|services|notification|notifications|notified',
      // Round 22: the other person is an adult too ("the 19-year-old partner of Marley (18)", "both are adults"), or a
      // neighbour's or a tenant's partner.
      `partner|partners of * ${AGE_NUMBERS}`,
      'neighbour|neighbours|tenant|tenants|landlady|lodger|lodgers|colleague|colleagues',
      "neighbour's|neighbour’s|tenant's|tenant’s|landlady's|lodger's|colleague's",
      'both are|were [over] adults|18',
      // Round 29C: "lives with her partner, both in their fifties".
      // Review 29C: the couple named, not "her boyfriends are all in their twenties", "her boyfriend and his mates, both in
      // their twenties".
      'partner|boyfriend|girlfriend|husband|wife|couple both in their twenties|thirties|forties|fifties|sixties|seventies|eighties',
      // Round 23: the one whose partner it is is an adult by age ("the 19-year-old bar worker and her partner, 20").
      // Review 23A: "the" only, as in boyfriend_adult ("Ella, 15, with a 22-year-old and her partner").
      `the ${AGE_TOKENS} [*] [*] and her|his|their partner`,
    ],
    window: 5,
  },
  {
    id: 'man_friend',
    patterns: ['man|male friend|friends|mate|mates|pal|pals', 'manfriend|manfriends', `${PRONOUN_POSS} new friend|friends|mate|mates|pal|pals|bestie`],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s friend. A friendship between an adult and a child is how grooming often begins, and the word hides the age gap.',
    alternatives: ['An adult aged [age] who is spending time with the child: concern of grooming', 'Record the adult’s name, age and how the child met them'],
    source: 'language_matters', // [B] "Associating with / in a relationship with / spending time with"
    requiresNear: ADULT_AGE_CUES,
    unlessNear: ['school|class|year|college|same|younger|primary', ...OTHER_PERSON_CUES],
    window: 5,
  },
  {
    id: 'older_associates',
    patterns: ['older|adult associates|associate|acquaintance|acquaintances|companion|companions'],
    category: 'adult_centred_label',
    explanation: 'Calls the adults around the child associates, as if they were the child’s chosen circle. They may be grooming or exploiting the child.',
    alternatives: [
      'Adults (record their ages) who are spending time with the child: concern of grooming or exploitation',
      'Record who the adults are and where the child is with them',
    ],
    source: 'language_matters', // [B] "Associating with ... (gang, older men, elders)"
  },
  {
    id: 'top_boy',
    contextInSentence: true,
    patterns: ['top boy|boys', 'top man|men', 'big man|men|bro|bros', 'bigman|bigmen|bossman', 'main man|guy', 'employer|employers|handler|handlers|runners'],
    category: 'adult_centred_label',
    explanation: 'Uses the exploiters’ own titles for the people who control the child, which makes the exploitation sound like a job with a hierarchy.',
    alternatives: ['The adult (record their age) who is criminally exploiting the child', 'The person controlling the drug line and the child'],
    source: 'complex_safeguarding_wales', // [D]
    // ... or the line's phone or goods passed to the child ("was handed the phone by his top boy", round 21).
    requiresNear: [...DRUG_SUPPLY_CUES, 'handed|hands|gave|gives|given [him|her|them] [the|a|his|her] phone|phones|burner|bag|package|parcel'],
    unlessNear: [...OTHER_PERSON_CUES, 'running|runner|race|athletics|marathon'],
    window: 8,
  },
  {
    id: 'theyre_my_mates',
    patterns: [
      "they're|theyre|they’re [just] [like] my mates|friends|family|bros|brothers|boys|fam",
      "he's|hes|he’s [just] [like] my mate|friend|bro|pal|brother",
    ],
    category: 'adult_centred_label',
    explanation:
      'The child calls the adults or gang who exploit them friends or family, in the words the exploiters taught them. Record it as the child’s words and name the adults.',
    alternatives: [
      'The child describes the adults as friends: record their names and ages, and the concern of grooming',
      'The child sees the group as family: concern of criminal exploitation',
    ],
    source: 'language_matters', // [B] "Associating with ... (gang, older men, elders, their abuser)"
    requiresNear: [...ADULT_CUES, ...CCE_CUES],
    unlessNear: ['school|class|year|college|same|younger|primary'],
  },

  // ---- Minimising ----
  {
    id: 'just_friends',
    patterns: ['just|only friends|mates|pals', 'just|only a friend|mate|pal'],
    category: 'minimises_harm',
    explanation: 'Plays down contact between a child and an adult as friendship. Grooming usually starts with friendship.',
    alternatives: [
      'An adult aged [age] who is spending time with the child: concern of grooming',
      'Record the adult’s age, how they met and what the adult gives the child',
    ],
    source: 'language_matters', // [B]
    requiresNear: ADULT_CUES,
    unlessNear: ['school|class|college|year|same|younger'],
  },
  {
    id: 'recreational',
    patterns: ['recreational|recreationally'],
    category: 'minimises_harm',
    explanation: 'Presents a child’s drug use as a leisure choice. Drugs are often given to children to draw them in, create debt or control them.',
    alternatives: [
      'The child is using [drug]: record who supplies it and whether they owe anyone',
      'Substance use may be a sign of exploitation: ask who provides it',
    ],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: ['drug|drugs|cannabis|weed|skunk|cocaine|ketamine|mdma|ecstasy|pills|spice|nitrous|substance|substances|use|user|using'],
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'minor_incident',
    contextInSentence: true,
    patterns: ['minor|trivial|petty incident|incidents|matter|issue'],
    category: 'minimises_harm',
    explanation: 'Grades sexual or exploitative harm as minor. What looks small can be part of a pattern of grooming.',
    alternatives: [
      'Record exactly what happened: it may be part of a pattern of grooming',
      'Concern that the child is being groomed or exploited: [describe what was seen]',
    ],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...SEXUAL_CUES,
      'abuse|cse|cce|exploitation|exploited|grooming|groomed|images|pictures|photos|nudes',
      // Violence to a child by older boys or a drug line logged as minor (county lines reviews).
      'stabbed|stabbing|slashed|slashing|knifed|assaulted|assault|attacked|attack|beaten|robbed|robbery|taxed|threatened|knife|machete|olders|elders',
    ],
  },
  {
    id: 'helping_out',
    patterns: ['helping|helps|helped|help out', 'doing|does|did|do [a] favour|favours|favors|favor for'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Describes a child doing tasks in drug supply as helping or doing favours. That is how children are drawn into criminal exploitation.',
    alternatives: [
      'The child is being used by [who] to [what]: concern that they are being criminally exploited',
      'Older people are asking the child to run errands or hold items: record what and for whom',
    ],
    source: 'complex_safeguarding_wales', // [D]
    requiresNear: DRUG_SUPPLY_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'school|teacher|teachers|charity|church|club|shop|fair|homework|housework'],
  },
  {
    id: 'exploring_sexuality',
    patterns: [`exploring|explores|explored|explore ${PRONOUN_POSS} sexuality`],
    category: 'minimises_harm',
    explanation: 'Presents sexual contact with adults as the child exploring their sexuality. An adult having sexual contact with a child is abuse.',
    alternatives: [
      'An adult (record their age) has had sexual contact with the child: this is sexual abuse',
      'Concern that the child is being groomed by an adult',
    ],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: ADULT_CUES,
  },

  // ---- Sexualising ----
  {
    id: 'provocative',
    labelFrame: true,
    patterns: ['provocative|provocatively|suggestive|suggestively|seductively'],
    category: 'sexualises',
    explanation: 'Describes the child as sexually provocative, which moves responsibility from the adults to the child.',
    alternatives: ['Focus on what the adults did: record their ages and actions', 'The child is being sexualised by adults: concern of grooming'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...ADULT_CUES,
      ...SEXUAL_CUES,
      'dress|dresses|dressed|dressing|clothes|clothing|outfit|outfits|pose|poses|posing|behaviour|behaviours|behavior|behaves|acts|acting|manner|towards',
    ],
    unlessNear: ['question|questions|comment|comments|remark|remarks|statement|article|title|language|art|debate|ideas'],
  },
  {
    id: 'mature_for_age',
    patterns: [
      `mature|grown-up|advanced beyond ${PRONOUN_POSS} years|age`,
      `mature|grown-up|advanced for ${PRONOUN_POSS} age`,
      'grown up beyond|for her|his|their years|age',
      // Round 22: "Keeley is sexualised beyond her years" (the sexual frame is in the words themselves).
      `sexualised|sexualized|knowing beyond ${PRONOUN_POSS} years|age`,
    ],
    category: 'sexualises',
    explanation: 'Describing an exploited child as mature was used to treat them as an adult and to excuse the adults who abused them.',
    alternatives: ['The child is [age]: record what the adults did', 'Concern that adults are treating the child as older in order to exploit them'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "looks older than her age"
    // Round 21: with the child's age beside it ("the 15-year-old is mature for her age", "describes the 13 y/o as mature
    // beyond her years"): adultification, which reviews found (Child Q, Hackney 2022). Not on a copula alone: "he is
    // mature for his age and wants to be a mechanic" is a school's praise (check.test.ts).
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...ADULT_CUES,
      ...SEXUAL_CUES,
      CHILD_AGE_TOKENS,
      '10|11|12|13|14|15|16|17 y|yo|year|yr|yrs',
      // Round 32: the child's age given in the same breath ("his girlfriend is 15 and mature for her age", "she's only
      // 14 but mature for her age").
      // Review 32: as an adult's partner or played down by "only", not any child's age ("Amir is 17 and mature for his
      // age; he has applied for an apprenticeship", "she is 16 but mature for her age and reliable": praise).
      `boyfriend|girlfriend|gf|partner|wife|friend is|was|aged [only|just] ${CHILD_AGE_NUMBERS} and|but`,
      `only|just ${CHILD_AGE_NUMBERS} and|but`,
      `sexualised|sexualized beyond ${PRONOUN_POSS} years|age`,
    ],
    window: 8,
  },
  {
    id: 'pimp_escort',
    patterns: ['pimp|pimps|pimped|pimping', 'as an escort', 'escort work|agency|agencies|service|services|girl|girls|boy|boys', 'escorting work'],
    category: 'sexualises',
    explanation: 'Uses the language of sex work for the sexual exploitation of a child. Children cannot be sex workers or escorts: they are being abused.',
    alternatives: ['The child is being sexually exploited by [who]', 'The adult who is sexually exploiting the child (record their name and age)'],
    source: 'ons_terminology', // child prostitution terms removed from legislation and statistics
    // A court or custody escort ("the escort service took Liam to the youth court") (round 21).
    unlessNear: ['court|courts|custody|prison|prisoner|secure|transport|ambulance|hospital'],
  },
  {
    id: 'throws_self_at',
    patterns: [`throws|throwing|threw|throw ${PRONOUN_SELF} at`, 'all over the men|older|adults|man'],
    category: 'sexualises',
    explanation: 'Describes the child as pursuing adults sexually. The adults are responsible for any sexual contact with a child.',
    alternatives: ['Adults (record their ages) are targeting the child', 'Concern that the child is being groomed: record what the adults did'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'sexual_conversations',
    patterns: ['engaging|engages|engaged|engage in sexual|sexualised|sexualized|explicit conversations|conversation|chats|chat|talk|messages|messaging'],
    category: 'blames_child',
    explanation: 'Makes the child the actor in sexual conversations with others. Where adults are involved, they are grooming the child.',
    alternatives: ['Adults have been sending sexual messages to the child', 'The child is being groomed online by [who]'],
    source: 'language_matters', // [B] "Child has been sending explicit pictures to an adult"
  },

  // ===== Round 3 (2027-01): concept families written as variants (pronouns, tenses, negation, intensifiers), the
  // child's own words in quotation marks (`quoted: 'required'`), and scare quotes (`quoted: 'scare'`). =====

  // ---- The child's own words (inside quotation marks only) ----
  {
    id: 'own_words_work',
    // "I'm just working", "I work for them", "it's my job": a child describing criminal exploitation as their work.
    // Only inside quotation marks: outside them the working_* entries and their drug-supply cues apply.
    patterns: [
      "i'm|im|i’m|we're|we’re|were [just|only] working|grafting|hustling|shotting|trapping|dealing|selling",
      'i|we am|was|were|are [just|only] working|grafting|hustling|shotting|trapping|dealing|selling',
      "i've|ive|i’ve|we've|we’ve [just|only] been working|grafting|hustling|shotting|trapping|dealing|selling",
      'i|we [just|only] work|sell|deal|shot|graft|hustle for them|him|her|the|my|someone|people',
      'i|we have|got|need [to] keep|carry [on] working|grafting|shotting|selling|dealing',
      "it's|its|it’s|that's|thats|that’s [just|only] [a|my] job|graft|hustle|work",
      'it is|was [just|only] [a|my] job|graft|hustle|work',
      'my graft|hustle|line|earnings',
      'i make|made|making [good|easy|quick|fast|bare|proper] money|cash|ps|p’s',
      "i make|made|making [good|easy|quick|fast|bare|proper] p's",
    ],
    quoted: 'required',
    category: 'criminalises_child',
    explanation:
      'The child’s own words describe criminal exploitation as a job or a business. Exploiters teach children to see it this way; record the words as the child’s and name the exploitation.',
    alternatives: [
      'The child describes this as work; concern that they are being criminally exploited by [who]: record what they are made to do and what they are given',
      'Adults are using the child in drug supply and paying them to keep them involved: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"; [E] "working"
    unlessNear: [
      'shop|bakery|café|cafe|restaurant|saturday|sunday|weekend|weekends|paper|papers|apprenticeship|college|school|homework|maths|coursework|project|manager|chippy|takeaway|tesco|asda|supermarket|market|garage|salon|hairdresser|hairdressers|farm|site|placement|experience|babysitting|gym|football|training',
      'working|work|works on|out|hard|towards|through|together|with',
      'selling|sell|sold|sells clothes|trainers|sweets|cakes|stuff on|online|vinted|depop|ebay',
    ],
    window: 6,
  },
  {
    id: 'own_words_consent',
    // The child's account of agreement: "I said yes", "I let him", "I didn't say no", "it was mutual".
    patterns: [
      'i|we said|say yes',
      "i|we didn't|didn’t|didnt|never say|said no",
      'i|we did not say|said no',
      'i|we let|allowed him|them|it',
      'i|we agreed|agree|offered [to] [it|this]',
      "i|i'm|im|i’m [was|am] [really|very|so] willing|keen|happy",
      'i was|am up for it',
      "it's|its|it’s mutual",
      'it was|is mutual',
      "i'm|im|i’m not|never being|been exploited|groomed|used|forced|made",
      'i am|was not|never being|been exploited|groomed|used|forced|made',
      'nobody|noone|no-one is|was|has|s exploiting|exploited|grooming|groomed|using|used me',
    ],
    quoted: 'required',
    category: 'implies_consent',
    explanation:
      'The child’s own words present the abuse or exploitation as something they agreed to. Groomed children are taught to see it this way, and their agreement is not consent.',
    alternatives: [
      'The child says they agreed; concerns exist that they have been groomed or coerced: record the age gap and what was given, promised or threatened',
      'The child does not see this as abuse, which is common in grooming: record who is involved',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    unlessNear: ['stop|stopped|home|help|police|leave|told|tell|talk|speak|report|support|plan|referral|meeting|interview|statement'],
    window: 4,
  },

  // ---- Scare quotes: a relationship word the author doubts ----
  {
    id: 'scare_quoted_relation',
    patterns: [
      'boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|lover|uncle|uncles|auntie|aunty|aunt|cousin|cousins|bf|daddy|husband|fella|bae|protector|sponsor|benefactor|godfather|godparent',
      'family|older friend|friends|mate|mates',
      'big brother|brothers|bro|sister',
      // Round 26: the exploiter's own job title or pet name for the child in scare quotes ('Leon said his "boss" would
      // not let him come', 'she is "his princess"').
      'boss|bosses|gaffer|employer|manager|princess',
    ],
    quoted: 'scare',
    category: 'adult_centred_label',
    explanation:
      'A relationship word in scare quotes shows that the writer doubts it: the adult is likely not what the word says. Name who the adult is, their age and what they do.',
    alternatives: [
      'An adult (record name and age) who the child calls their [word]: record how they met and what the adult gives or expects',
      'An unrelated adult who has contact with the child: concern of grooming or exploitation',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    // A model of grooming taught in training ("the 'boyfriend' model") names a pattern, not an adult.
    unlessNear: [
      'model|models|method|methods|approach|technique|techniques|tactic|tactics',
      // Review 26: a part in a play, or a parent's pet name ('She played the "princess" in the panto', 'Dad calls her his
      // "princess"').
      'played|plays|playing|play the|a princess',
      'princess in|at the|a play|panto|pantomime|show|musical|production',
      'dad|daddy|father|grandad|granddad|grandpa|grandfather calls|called|call|calling her his',
    ],
    window: 2,
  },
  {
    id: 'scare_quoted_friend',
    // "Friend" in scare quotes is often the child's own word for a peer: only with an adult cue nearby.
    patterns: ['friend|friends|mate|mates|bro|bros|brother|brothers|man|fam|family|carer'],
    quoted: 'scare',
    category: 'adult_centred_label',
    explanation:
      'A word of friendship or family in scare quotes, used of an adult, shows that the writer doubts it. Name who the adult is, their age and what they do.',
    alternatives: [
      'An adult (record name and age) who the child calls their [word]: record how they met and what the adult gives or expects',
      'An unrelated adult who has contact with the child: concern of grooming or exploitation',
    ],
    source: 'language_matters', // [B] "spending time with … older men"; talk about contexts, not relationships
    requiresNear: ADULT_CUES,
    window: 8,
  },
  {
    id: 'scare_quoted_work',
    patterns: ['job|jobs|work|working|errand|errands|favour|favours|favor|favors|business|shift|shifts|deliveries|delivery|runs|drops|missions|mission|graft'],
    quoted: 'scare',
    category: 'criminalises_child',
    explanation:
      'Work words in scare quotes show that the writer doubts them: the child is likely being made to carry, hold or sell for others. Name the criminal exploitation.',
    alternatives: [
      'The child is being made to [carry/hold/sell] for [who]: concern of criminal exploitation',
      'Adults are using the child to move drugs or money: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    unlessNear: [
      // Round 23: "favours" in return for a place to stay are the adult's price (landlord_label), not work.
      'return|exchange for favour|favours|favor|favors',
    ],
  },
  {
    id: 'scare_quoted_choice',
    patterns: ['relationship|relationships|choice|choices|decision|consent|consensual|willing|agreed|dating|romance|affair|love'],
    quoted: 'scare',
    category: 'implies_consent',
    explanation: 'A word of choice or romance in scare quotes shows that the writer doubts it. Say what it is: an adult’s grooming or exploitation of a child.',
    alternatives: [
      'An adult aged [age] is grooming or exploiting the child: record the age gap and the power imbalance',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
  },

  // ---- Blame ----
  {
    id: 'to_blame',
    patterns: [
      `${PRONOUN_SELF} [partly|partially|largely|mainly|entirely|solely] to blame`,
      `only has|have|had ${PRONOUN_SELF} to blame`,
      `${PRONOUN_POSS} [own] fault`,
      'partly|partially|largely|equally|jointly|somewhat to blame|responsible',
      'is|was|are|were|be [partly|partially|largely|equally|also] to blame',
      'responsible|accountable for what happened',
    ],
    category: 'blames_child',
    explanation: 'Places the blame for abuse on the child. Responsibility lies wholly with the adults who abuse or exploit a child.',
    alternatives: [
      'The child is not responsible for the abuse: record what the person causing harm did',
      'Focus on the actions of the adults: who, what, where and when',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // "It was not her fault", "nobody is to blame but the men": the child-centred statement. Not "no" or "never" (round
    // 21: "she didn't say no so it was her fault", "she never listens and it's her own fault"; a denial right before the
    // wording is check.ts deniedLabel), but "nothing that happened at the party was her fault" (phrase, any distance in
    // the window).
    unlessNear: [
      // Round 23: "nothing they did made it their fault".
      // Review 23B: "none of what the men did to her makes it her fault" (seven words between).
      'nothing|none [*] [*] [*] [*] [*] [*] [*] made|makes|make it|this her|his|their [own] fault',
      // Round 24: the blame put on the child by others, reported as theirs ("the girls were repeatedly told they were to
      // blame", "she was made to feel she was to blame"), not the child telling it ("she told police she was to blame").
      'was|were|been|being [repeatedly|often|always] told|made [to] [feel|believe|think] [that] they|she|he',

      "not|isn't|wasn't|isn’t|wasn’t|nobody|nobody's|none|nothing|without",
      'nothing|none [*] [*] [*] [*] [*] [*] was|is|were|are her|his|their [own] fault',
      // Review 21b H5: reassurance ("it was in no way her fault", "at no point was it her fault").
      'in no way',
      'at no point',
      'no part',
      // Probe 23: the child's own feeling, recorded and answered ("She said she felt she was to blame, and I reassured her
      // that she was not").
      'she|he|they|i feel|feels|felt|feeling|believes|believed|thinks|thought [that] she|he|they|i|it',
      'reassured|reassure|reassures|reassuring|reassurance',
      'men|man|adult|adults|perpetrator|perpetrators|abuser|abusers|exploiter|exploiters|offender|offenders|groomer|groomers|suspect|suspects',
      'professionals|agencies|services|police|school|staff|workers|practitioners|parents|mum|dad|carer|carers|manager|council|authority',
      // Probe 25: a coach's or a teacher's sense ("only has himself to blame for being dropped after missing training").
      // Review 25B: "dropped" from a side, not "dropped off at the flat by the men".
      // Review 25B: training, a match or an exam missed, not "she skips training to go to the men's flat".
      'squad|selection|substitute|bench|detention',
      'blame for|after missing|skipping|failing|missed|skipped|failed [*] [*] training|match|fixture|fixtures|exam|exams|session|sessions',
      'dropped from|after|for',
    ],
    window: 4,
  },
  {
    id: 'should_not_have',
    patterns: [
      "she|he|they|i|you should|shouldn't|shouldn’t|should've|should’ve|ought [not] [to] [have] [not] gone|went|got|trusted|drunk|drank|met|sent|stayed|said|known|taken|accepted|agreed|dressed|worn",
      'should have|of said no',
      // "she shouldn't have been on that app" (UKCIS 2023 on online victim blaming)
      "she|he|they should|shouldn't|shouldn’t|ought [not] [to] [have] [not] been on|using|talking|chatting|messaging|drinking|out|there|with",
      "should've|should’ve said no",
      'should have|of known better',
    ],
    category: 'blames_child',
    explanation:
      'Holds the child responsible for preventing abuse that others chose to commit. Children are groomed, pressured and frightened into going along.',
    alternatives: [
      'Focus on what the person causing harm did: record who, what and where',
      'The child may have been groomed or frightened into this: record what the adults did',
    ],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    unlessNear: [
      'help|support|safe|safety|home|police|report|reported|referral|referred|seen|school|hospital|doctor|protected|safeguarded|informed|appointment|medication|medicine|tablets|worker|workers|staff|teacher|nurse',
      // Advice to tell someone ("she should have told someone"), not a child who was told off ("Told Maisie she
      // shouldn't have been on that app": UKCIS 2023 on online victim blaming).
      "should|shouldn't|could|must|would [have|of] told|tell",
      'been told|telling',
    ],
    window: 5,
  },
  {
    id: 'character_labels',
    patterns: [
      'a handful',
      'bad apple|egg',
      'trouble|difficult|problem child|teen|teenager|girl|boy|kid',
      'nothing but trouble',
      'pure trouble',
      'playing|plays|played|play the system|victim',
      'cries|crying|cried|cry rape',
    ],
    category: 'blames_child',
    explanation:
      'Labels the child by the trouble adults have with them. A child described this way may be frightened, controlled or harmed, and the label stops people asking why.',
    alternatives: [
      'Describe the behaviour and what may lie behind it: the child may be being harmed or exploited',
      'The child is showing distress through [behaviour]: record what happened before',
    ],
    source: 'cara_prior_art', // adult-centred labels; [F] "They're a troublemaker"
    // Round 27: a machine playing up ("the booking software is playing the system up again").
    unlessNear: ['toy|toys|film|game|dog|dogs|song|book|not|never', 'software|computer|computers|machine|printer|boiler|heating|up'],
    window: 2,
  },
  {
    id: 'making_choices_variants',
    // The poor-choices family written out: subject, tense, intensifier, adjective, noun.
    patterns: [
      'choosing|chooses|chose|choose to make|making [very|really|quite|extremely|increasingly|some|several|a|the] [series] [of] unsafe|dangerous|unwise|bad|poor|risky|wrong|reckless|questionable|harmful|negative choices|choice|decisions|decision',
      'unsafe|dangerous|harmful|negative|reckless|questionable lifestyle|life choices|choice|decisions|decision',
      'unsafe|dangerous|harmful|negative|questionable choices',
    ],
    category: 'blames_child',
    explanation: 'Puts the harm down to the child’s decisions instead of to the people grooming, coercing or exploiting them.',
    alternatives: ['The child is being groomed, coerced or manipulated by [who]', 'Focus on what the person causing harm has done: record their actions'],
    source: 'durham_scp', // [F] "They make poor relationship choices"
    unlessNear: [
      'practitioner|practitioners|professional|professionals|agency|agencies|staff|service|services|mum|mother|dad|father|parent|parents|manager|managers|police|officer|officers|panel|court|food|diet|eating|financial|money',
    ],
  },

  // ---- Consent and choice ----
  {
    id: 'readily',
    patterns: [
      'freely|readily|happily|gladly|eagerly|keenly',
      'happy|keen|eager|content|glad to go|stay|be|spend|meet|get|see|return|sleep|drink|accompany',
      'quite|very|more|really happy to',
    ],
    category: 'implies_consent',
    explanation: 'Reads a groomed child’s compliance as eagerness. Grooming works by making children appear to want to go along with it.',
    alternatives: [
      'The child complied, which can be a trauma response; concerns exist that they were groomed or coerced: record who they were with',
      'It is not clear whether the child is under duress: record what was promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // Round 22: the adults' place ("the girls were happy to go to the men's flat").
    requiresNear: [...STRONG_RISK_CUES, "men's|man's"],
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      ...PROFESSIONAL_CUES,
      'home|safe|leave|away|foster|carer|carers|family|mum|dad|settled|placement|clinic|health|gp|nurse|doctor|appointment',
      'shed|toilet|toilets|changing|department|section|football|project|team|final|finals|tennis|clothing|wear|race',
    ],
    window: 5,
  },
  {
    id: 'no_resistance',
    patterns: [
      'did not resist|object|protest|fight|complain|refuse|struggle',
      "didn't|didn’t|never resist|object|protest|fight|complain|refuse|struggle",
      'did not|never say no',
      "didn't|didn’t say no",
      'offered no resistance',
      'no resistance|objection|objections|protest|struggle',
      'offered|put up no resistance',
      'went along quietly|willingly|happily',
    ],
    category: 'implies_consent',
    explanation: 'Reads the absence of resistance as agreement. Freezing and going along are common responses to fear and grooming, and they are not consent.',
    alternatives: [
      'The child did not resist, which can be a trauma response (freeze, fright): record who had power',
      'Concerns exist that the child was groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A]; DOMAIN.md: trauma responses (freeze)
    // "did not resist, so no offence was recorded": the absence of resistance weighed against an offence (so, therefore
    // ...), not any offence nearby ("did not object to the crime report being shared", review 21).
    requiresNear: [
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      'car|cars|flat|hotel|party|touched|touch|arrest|arrested',
      'so|therefore|hence|thus|meaning|and no offence|offences|crime|crimes|prosecution|charge|charges',
      "so|therefore|hence|thus|meaning [it] [was] nfa|nfa'd",
    ],
    unlessNear: [
      'placement|plan|referral|assessment|medication|treatment|school',
      'resist arrest|detention|restraint|handcuffing|search',
      // Review 21: "did not resist being searched", "did not refuse the drug test", "did not complain of any pain".
      'searched|test|tests|tested|pain',
    ],
  },
  {
    id: 'mutual',
    patterns: [
      'mutual|mutually relationship|attraction|feelings|consent|agreement|agreed|consensual|decision|interest',
      'was|is|were|appears|appeared|seems|seemed|looks|looked mutual',
    ],
    category: 'implies_consent',
    explanation: 'Calls contact between a child and an adult mutual, which hides the age gap, the power imbalance and the grooming.',
    alternatives: [
      'An adult aged [age] is grooming or sexually exploiting the child: record the age gap and the power imbalance',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
    requiresNear: [...LABEL_FRAME_CUES, ...SEXUAL_CUES, ...ADULT_CUES, 'relationship|boyfriend|girlfriend|partner|dating'],
    unlessNear: ['meeting|meetings|professionals|agencies|plan|plans|information|referral|not|never'],
    window: 6,
  },
  {
    id: 'joined_group',
    patterns: ['joined|joins|joining|join'],
    quoted: 'sufficient',
    category: 'criminalises_child',
    explanation: 'Presents being drawn into a gang or drug line as the child signing up. Children are groomed into these groups and controlled once inside.',
    alternatives: ['The child has been groomed into [group] by [who]', 'The child is being criminally exploited by an organised crime group'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
    requiresNear: [...DRUG_SUPPLY_CUES, 'crew|crews|squad|olders|elders|postcode|ends|opps|affiliated'],
    unlessNear: [
      'club|clubs|team|teams|gym|cadets|scouts|guides|choir|band|class|classes|course|college|school|army|chat|call|meeting|queue|library|youth|group|session|sessions|programme|program|project|us|staff|police|officers',
    ],
    window: 6,
  },

  // ---- Criminal exploitation framed as the child's trade ----
  {
    id: 'holding_line',
    patterns: [
      'holding|holds|held|hold|running|runs|ran|run|manning|manned|answering|answers|answered the|a|his|her|their deal|drug|drugs|burner|work|graft line|phone|lines|phones',
      'bagging|bagged|bags|bag up',
      'cutting|cut|cuts|cooking|cooked|cook up [the] [drugs|crack|heroin|cocaine|rocks]',
      'on a mission|missions',
      'holding|holds|held|manning|manned|answering|answers|answered the|a|his|her|their line|phone|lines|phones',
    ],
    category: 'criminalises_child',
    explanation: 'Uses the drug line’s own words for the tasks a child is made to do, which presents criminal exploitation as the child’s work.',
    alternatives: [
      'The child is being made to [hold the phone/bag drugs] for [who]: concern of criminal exploitation',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE language
    requiresNear: DRUG_SUPPLY_CUES,
    quoted: 'sufficient',
    unlessNear: [
      // Round 23: adults who took over the child's home to do it ("older lads have taken over Ryan's room to bag up drugs").
      // Review 23B: the home taken over, not "Kai has taken over the deal line".
      'taken|took|take|takes over [the|his|her|their|a] [*] [*] flat|flats|home|house|room|bedroom|address|property|place|kitchen',

      ...CHILD_CENTRED_CCE_CUES,
      'shopping|leaves|rubbish|clothes|toys|groceries|hair|paper|cake|cakes|food|dinner|tea|vegetables|call|chat|hold|waiting',
      // The one holding the line uses children: an adult described in the line's words is not a child criminalised.
      'children|kids|youngsters|runners|recruits|recruiting',
    ],
    window: 8,
  },
  {
    id: 'criminal_label',
    patterns: [
      'is|was|as|become|became|becoming|been a|an [young|little|hardened|proper|real|petty|habitual|serious|budding|seasoned|committed] criminal|crook|thug|gangster|gangsta|villain',
      // Round 24: the contracted copula ("Dad said "he's a gangster now, not my problem"").
      "he's|she's|hes|shes a|an [young|little|hardened|proper|real|petty|habitual|serious|budding|seasoned|committed] criminal|crook|thug|gangster|gangsta|villain",
      'a|an known|young|hardened|budding|seasoned|committed|little criminal|crook|gangster|villain',
    ],
    category: 'criminalises_child',
    explanation: 'Labels an exploited child a criminal. Children who are made to commit offences are victims of criminal exploitation.',
    alternatives: [
      'The child has been made to commit offences by [who]: concern of criminal exploitation',
      'The child is a victim of criminal exploitation: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    // Round 24: a denial of the label, not any "not" after it ("he's a gangster now, not my problem"); an adult by age.
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'victim|treated|seen|viewed|criminalised|criminalising|record',
      'not|never|no [a|an] [young|little|real|proper] criminal|crook|thug|gangster|gangsta|villain',
      // Fix 24A: a denial by belief ("does not believe he is a criminal", "Nobody at the unit thinks he's a criminal"); the
      // child's words about an adult after ("He's a criminal, said Jade about her stepdad").
      'not|never believe|believes|believed|accept|accepts|accepted|think|thinks|thought [that] he|she|they',
      'nobody|no-one|noone|none [*] [*] [*] think|thinks|thought|believe|believes|believed|says|said',
      'said|says|told [*] about|of her|his|their stepdad|stepfather|dad|father|uncle|brother|mum|mother|partner|boyfriend|cousin',
      "isn't|wasn't|isn’t|wasn’t|nobody|no-one|none",
      AGE_TOKENS,
    ],
    window: 4,
  },
  {
    id: 'escaped_placement',
    patterns: [
      "escaped|escapes|escaping|escape from [the] [her|his|their] [children's|children’s|residential|care|foster] home|placement|unit|care|carers|hospital|school",
      'on the run',
      'went|goes|gone|going on the run',
    ],
    category: 'criminalises_child',
    explanation: 'Words of escape from custody treat a child who goes missing from care as an escaped offender, not as a child at risk of harm.',
    alternatives: [
      'The child went missing from [placement]: record where they were found and who they were with',
      'The child is missing and may be with people who exploit them',
    ],
    source: 'cara_prior_art', // same reasoning as "absconded"
    unlessNear: ['police|officers|suspect|suspects|man|men|adult|adults|offender|offenders|dog|dogs|horse|horses|fire', 'from police'],
    window: 3,
  },
  {
    id: 'mule_label',
    patterns: ['mule|mules|muling', 'drugs|drug|cash|money carrier|carriers|courier|couriers'],
    category: 'criminalises_child',
    explanation: 'Names the child by the crime adults use them for. A child used to carry drugs or money is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to carry drugs or money for [who]',
      'Adults are using the child to move drugs or money: consider an NRM referral',
    ],
    source: 'yjlc', // [C] 2022 guide flags "money mule"
    unlessNear: [
      'stubborn|donkey|donkeys|farm|horse|horses|slipper|slippers',
      'used|uses|using|use her|him|them as', // probe 24: "the perpetrators used her as a drug mule" (the adults' act)
    ],
  },

  // ---- Minimising ----
  {
    id: 'normal_for_age',
    patterns: [
      'normal|typical|usual|common|natural|standard for a|her|his|their|my age|girl|girls|boy|boys|teenager|teenagers|teens|kids|children|adolescents|someone',
      'what [all] [most] teenagers|teens|kids|girls|boys|adolescents do',
      'what [all] [most] young people do',
      'normal|typical|usual|common|natural for teenagers|teens|kids|children|adolescents|girls|boys|young',
      'part of growing up',
      'a rite of passage',
      'all|most teenagers|teens|kids|girls|boys [his|her|their] [age] do',
    ],
    category: 'minimises_harm',
    explanation: 'Explains away signs of exploitation as normal growing up. Changes in behaviour, substance use or sexual activity may be signs of abuse.',
    alternatives: [
      'The child’s behaviour has changed: record what and when, and consider whether they are being exploited',
      'Substance use or sexual activity at this age may be a sign of grooming: ask who supplies or is involved',
    ],
    source: 'childrens_society_2018', // the guide's principle; "normal teenage behaviour" family
    unlessNear: [
      "not|isn't|wasn't|isn’t|wasn’t|never|un",
      'height|weight|growth|development|developing|range|reading|speech|bmi|puberty|periods|sleep|appetite|attainment|progress|milestones|centile',
    ],
    window: 3,
  },
  {
    id: 'only_missing_briefly',
    patterns: [
      'only|just missing|gone|away|out|absent for [a] [few|couple|short] [of] hours|hour|night|nights|day|days|while|time|evening',
      'only|just missing|gone|away|out|absent overnight|briefly',
      'only|just a few|couple hours',
      'only|just a short time|while',
      'only|just one night',
      'only|just stayed|stays|staying out [late]',
      'only|just late back|home',
    ],
    category: 'minimises_harm',
    explanation: 'Grades a missing episode by its length. A child can be abused or exploited in a few hours, and every episode needs asking about.',
    alternatives: [
      'The child was missing from [time] to [time]: record where they were and who they were with, and offer a return home interview',
      'Every missing episode is a risk of harm, however short',
    ],
    source: 'cara_prior_art', // same reasoning as "returned safe and well"; return home interviews (SOURCES.md 2f)
    requiresNear: ['missing|gone|away|out|overnight|night|late|returned|return|back|home|absent|episode|episodes'],
    unlessNear: ['school|lesson|lessons|class|exam|exams|appointment|hospital|holiday|trip|shop|shops'],
    window: 4,
  },
  {
    id: 'always_comes_back',
    // "She always comes back", "he always turns up in the end": a pattern of missing episodes read as reassurance.
    patterns: ['she|he|they always comes|come|came|returns|returned|turns|turned back|home|up', 'she|he|they always return|returns|returned'],
    category: 'minimises_harm',
    explanation: 'Reads a pattern of going missing as reassurance because the child returns. Repeated missing episodes are a sign of exploitation.',
    alternatives: [
      'The child has been missing [number] times: record where they were and who they were with, and offer a return home interview each time',
      'Repeated missing episodes may mean the child is being exploited or trafficked',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
    // Missing-episode and reassurance words close by. Not "concern": there the note usually already says "not a
    // concern", which is the finding to reword (dev split, L333).
    requiresNear: [
      'missing|worry|worried|worrying|fine|ok|okay|end|eventually|police|report|reported|runs|ran|off|away|night|morning',
      // Round 17: a decision not to act because the child returns ("no need for a strategy meeting as she always comes back").
      'strategy|meeting|referral|need|misper|mfh|rhi|episode|episodes',
    ],
    unlessNear: ['school|college|work|tea|dinner|time|weekend|weekends|holiday|holidays|shift|shifts'],
    window: 6,
  },
  {
    id: 'no_big_deal',
    contextInSentence: true,
    patterns: [
      "isn't|wasn't|ain't|aint|isn’t|wasn’t a big deal|thing",
      'is|was not a big deal|thing',
      'no biggie',
      'not a big thing',
      'no real harm|problem|issue',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down what happened to the child. A judgement that it was nothing can close down questions about abuse or exploitation.',
    alternatives: [
      'Record what happened and who was involved, and why it was judged this way; review it if anything changes',
      'The child may play down what happened out of fear or loyalty: record their words and the concerns',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm and its impact
    requiresNear: [
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      ...CCE_CUES,
      'missing|images|pictures|photos|nudes|messages|touched|abuse|abused|exploitation|exploited|grooming|groomed|party|car|hotel|flat|vodka|alcohol',
    ],
    unlessNear: ['injury|injuries|wound|cut|bruise|fracture|illness|condition|test|tests|results|scan|x-ray'],
    window: 6,
  },
  {
    id: 'puppy_love',
    patterns: ['puppy love', 'young love', 'teenage romance|crush|infatuation|fling', 'crush|crushes on', 'infatuated|besotted|smitten with', 'a crush'],
    category: 'minimises_harm',
    explanation: 'Calls an adult’s grooming of a child a romance or a crush, which hides the age gap and the abuse of power.',
    alternatives: [
      'An adult aged [age] is grooming the child: record how they met and what the adult gives or says',
      'Concern that the child is being groomed by an adult',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
    requiresNear: [...LABEL_FRAME_CUES, ...ADULT_CUES, 'teacher|coach|staff|worker|tutor|instructor|leader'],
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
    window: 8,
  },

  // ---- Sexualising ----
  {
    id: 'boy_mad',
    patterns: [
      'boy-mad|man-mad|boy-crazy|man-crazy|maneater|man-eater|boy-obsessed|man-obsessed',
      'boy|man|men mad|crazy|obsessed|hungry',
      `flaunts|flaunting|flaunted|flaunt ${PRONOUN_SELF}|${PRONOUN_POSS}|body`,
      'sexually available|forward|confident|savvy|mature|knowing|charged',
      'sexualised|sexualized [young] girl|boy|child|teenager|teen',
      'very|highly|overly|quite|extremely sexualised|sexualized',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms, which moves attention from the adults who target them to the child’s nature or manner.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    unlessNear: ['behaviour|behaviours|behavior|behaviors|images|content|material|abuse|language'],
    window: 2,
  },
  // ===== Round 7 (tune6): the note-writers' own wording (slang, shorthand, paraphrase) =====
  // Each entry is written for a wording family, with hard negatives in variants.test.ts (round 7 block).

  // ---- Adult-centred labels ----
  {
    id: 'her_man',
    // "Her man", "her fella", "her lad", "her other half", "b/f" (tokenized "b f"): the words of adult romance for an
    // adult who is abusing the child. "Her man" and "her fella" are adult words on their own; "lad", "other half" and
    // "b/f" need an adult age or adult word nearby, like "boyfriend".
    patterns: ['her|my man|fella|bloke'],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s man or partner, in the words of adult romance. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES, 'husband|married|wife|fiance|fiancé'],
    window: 4,
  },
  {
    id: 'her_lad_adult',
    // "b/f's" (round 22: "stopping at her b/f's flat ... he is 22") is tokenized "b f's".
    patterns: ['her|my lad', 'other half', 'b f', "bf's|bf’s", "b f's|f’s"],
    category: 'adult_centred_label',
    explanation: 'Calls an adult the child’s boyfriend in everyday shorthand. That frames exploitation as a relationship and hides the age gap.',
    alternatives: [
      'An adult aged [age] who the child says they are seeing: record the age gap and the power imbalance',
      'An adult (record their age) is grooming or sexually exploiting the child',
    ],
    source: 'nspcc', // [E]; CARA prior art lists "boyfriend"
    requiresNear: [...ADULT_CUES, ...LABEL_FRAME_CUES, 'describes|calls|refers'],
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
    window: 8,
  },
  {
    id: 'mentor_sponsor',
    // "Like a mentor to him", "his sponsor's place", "the uncles at the car wash": an exploiting adult in the role he
    // gives himself. A school "learning mentor" or a visa sponsor is not this.
    patterns: ['like a|an mentor|sponsor', "his|her|my mentor|sponsor|sponsor's|sponsor’s", 'the uncles'],
    category: 'adult_centred_label',
    explanation:
      'Names an adult who controls or exploits the child by the caring role he claims, such as mentor, sponsor or uncle. That hides what he is doing to the child.',
    alternatives: [
      'An unrelated adult aged [age] who houses or controls the child: concern of exploitation',
      'The adult who is exploiting the child (record their name, age and what they provide or demand)',
    ],
    source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
    requiresNear: [...ADULT_CUES, 'stays|stay|staying|stayed|lives|living|sleep|sleeps|place|flat|house|money|cash|wash|work|works|look|looks'],
    unlessNear: [
      'learning|school|college|peer|youth|mentoring|programme|scheme|project|teacher|tutor|coach|church|mosque|visa|charity|sponsored|sponsorship|football|club',
      "mum|dad|mother|father|parents|aunt|aunts|auntie|cousins|nan|gran|grandparents|mum's|dad's",
    ],
    window: 8,
  },
  {
    id: 'employers_exploiting',
    // "His employers at the nail bar are holding his wages": a child in labour exploitation, named as an employee.
    patterns: ["employer|employers|employer’s|employer's|boss|bosses|gaffer|gaffers"],
    category: 'adult_centred_label',
    explanation: 'Calls adults who exploit a child’s labour the child’s employers or boss, which frames trafficking and forced work as a job.',
    alternatives: [
      'The adults who are exploiting the child’s labour (record who, where and what the child is made to do)',
      'The child may have been trafficked for labour exploitation: consider a National Referral Mechanism referral',
    ],
    source: 'complex_safeguarding_wales', // [D]; SOURCES.md 2d: a child cannot consent to being trafficked
    requiresNear: [
      'wages|documents|passport|passports|id|unpaid|debt|owes|owe|bed|food|sleep|sleeps|tells|decides|holding|keeping|keep|keeps|kept',
      'car wash',
      'nail bar|bars',
      'takeaway|farm|factory',
      'when and where',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'saturday|saturdays|sunday|sundays|weekend|weekends|part-time|apprenticeship|reference|references|interview|contract|payslip|holiday|bakery|café|cafe|supermarket|restaurant|shop|paper|manager|salon|garage|office|late|early|shift|shifts',
      'work experience',
    ],
    window: 8,
  },
  {
    id: 'regulars_customers',
    contextInSentence: true,
    // "The girls' regulars", the child's own "my customers": the men who abuse her named as her trade.
    patterns: ['regulars', 'my|her|their customers|clients|regulars'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'adult_centred_label',
    explanation: 'Calls adults who pay to abuse a child regulars or customers, which makes child sexual abuse sound like a business.',
    alternatives: [
      'Adults who are sexually abusing the child (record who, their ages and what they gave)',
      'The men who are paying to sexually abuse the child',
    ],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
    requiresNear: [
      'hotel|hotels|flat|flats|meet|meetings|meeting|sex|sexual|men|paid|pay|pays|text|texts|girls|punters',
      // Round 26: the child as the one with regulars or as one of them ("Taxi driver: she has regulars who ring the office
      // asking for her", "the girl is one of the regulars"), now that a writer's heading ("Taxi driver:") meets no cue.
      // (Starting at the rarer word: the performance rule.)
      'regulars who|that ring|rang|rings|call|calls|called|phone|phones|phoned|text|texts|texted|ask|asks|asked [*] [*] [*] for|after her|him',
      'girl|lass|lad|boy|yp is|was one of the|his|their regulars',
      // Review 26: a hotel's room named in the note ("Hotel night manager: the girl in room 12 has regulars"), now that the
      // writer's heading meets no cue.
      'room|rooms',
    ],
    unlessNear: [
      'shop|café|cafe|pub|club|youth|market|stall|gym|bakery|salon|business|paper|round|job|saturday|vinted|depop|ebay',
      // Review 26: a child who is one of the regulars at a run, a library, a food bank or a place of worship.
      'parkrun|library|foodbank|food|church|mosque|temple|gurdwara|skatepark|skate|pool|leisure|drop-in|allotment|allotments',
      // Probe 25: adult guests named ("Mr and Mrs T are regulars at the hotel"), a firm's own regulars ("we have regulars
      // who ring the office every Friday for the airport run").
      // Review 25B: the named adults as the regulars, not a girl who comes in with Mr H.
      'mr|mrs|ms [*] [and] [mr|mrs|ms] [*] is|are|was|were|have|has',
      'couple|couples are|were|is|was',
      // Round 26: a business's own regulars ("the hotel's regulars are mostly contractors", "the firm's regulars who phone
      // for the school run"): its customers, not the child's abusers.
      "firm's|company's|office's|hotel's|pub's|club's|shop's|café's|cafe's|bar's|gym's|salon's|firm’s|company’s|hotel’s|pub’s|club’s|shop’s regulars|customers|clients",
      // Review 25B: not "we get regulars who bring young girls to the rooms".
      'we|i|firm|company|office have|has|had [our|its|my] [own] regulars',
    ],
    window: 10,
  },

  // ---- Criminalising ----
  {
    id: 'own_words_drug_role',
    // The child's own words: "I'm just a runner", "I'm a drug dealer", "I'm a grafter", "I graft".
    patterns: [
      "i'm|im|i’m [just|only] a runner|runner-boy|shotter|lookout|dealer|grafter|courier",
      'i am|was [just|only] a runner|runner-boy|shotter|lookout|dealer|grafter|courier',
      "i'm|im|i’m [just|only] a drug|drugs dealer|runner",
      'i am|was [just|only] a drug|drugs dealer|runner',
      'i graft|hustle',
    ],
    quoted: 'required',
    category: 'criminalises_child',
    explanation:
      'The child describes themselves by the role adults give them in drug supply. Record the child’s words, and record that they are being criminally exploited.',
    alternatives: [
      'The child describes being used to carry or sell drugs; record who controls them: concern of criminal exploitation',
      'Record the child’s words as said, and that adults are using the child in drug supply',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
  },
  {
    id: 'scare_quoted_dealer',
    // A referral that calls the child "a dealer" or "a runner" in quotation marks.
    patterns: ['dealer|runner|grafter|shotter|gangster', 'drug dealer|runner', 'gang member'],
    quoted: 'scare',
    category: 'criminalises_child',
    explanation: 'Labels the child by the role adults give them in drug supply. A child selling or carrying drugs for others is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to carry or sell drugs by [who]',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: child is a victim
    unlessNear: ['his|her|their|mum|dad|brother|sister|cousin|uncle|man|men'],
    window: 2,
  },
  {
    id: 'acting_as_lookout',
    // "Acting as a lookout and runner for the group": the task named as the child's role; the second role word in a
    // list ("lookout and runner") is a second label.
    patterns: ['acting|acts|acted|act as a|the lookout|look-out|runner|courier|mule|dealer'],
    category: 'criminalises_child',
    explanation: 'Names the child by a task adults make them do in drug supply or crime. The child is being criminally exploited.',
    alternatives: [
      'The child is being made to keep watch or carry for [who]: concern of criminal exploitation',
      'Adults are using the child in crime: record who and what',
    ],
    source: 'complex_safeguarding_wales', // [D]
    unlessNear: ['race|relay|athletics|marathon|cross-country|football|game|games|play|drama|role|school'],
    window: 4,
  },
  {
    id: 'second_role_word',
    // The second role word in a list ("a lookout and runner for the group").
    patterns: ['and|or [a] runner|courier|dealer|mule'],
    category: 'criminalises_child',
    explanation: 'Names the child by a task adults make them do in drug supply or crime. The child is being criminally exploited.',
    alternatives: [
      'The child is being made to keep watch or carry for [who]: concern of criminal exploitation',
      'Adults are using the child in crime: record who and what',
    ],
    source: 'complex_safeguarding_wales', // [D]
    requiresNear: ['lookout|look-out|lookouts|courier|couriers'],
    window: 3,
  },
  {
    id: 'continues_to_offend',
    patterns: [
      'continues|continued|continuing|continue|keeps|kept to offend|reoffend|re-offend|offending|reoffending',
      'criminality',
      'as a|an co-conspirator|accomplice|accessory',
      'co-conspirator|co-conspirators',
      'young thief|thieves|criminals|shoplifters|robbers|burglars|dealers',
    ],
    category: 'criminalises_child',
    explanation:
      'Describes the child by their offending. Exploited children are often made to commit crimes, and the label stops professionals asking who is behind it.',
    alternatives: [
      'The child has been made to commit offences on behalf of [who]: consider whether they are being criminally exploited',
      'The child is a victim of criminal exploitation who has been made to commit offences',
    ],
    source: 'yjlc', // [C] CCE: victim not offender
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'organised|organized|serious|adult|adults|their|gang|gangs|perpetrator|perpetrators|suspects|exploiters|network|networks|ocg|men|males',
      // Round 29C: "a victim of trafficking for forced criminality" names the exploitation.
      'forced|compelled|coerced criminality',
      // Round 32: what the child was exploited or trafficked for ("exploited for labour and criminality", "trafficked for
      // criminality"): the exploitation named, as in an NRM form.
      'exploited|trafficked|groomed|used|exploitation|trafficking for|into [labour|sexual|criminal|forced] [exploitation] [and] criminality',
    ],
    window: 2,
  },
  {
    id: 'seen_as_aggressor',
    // "Police view Stacey as the aggressor" when she hit back at the man who grabbed her.
    patterns: ['view|views|viewed|treat|treats|treated|treating|saw|see|sees|seen|regard|regards|regarded|recorded [*] as the|an aggressor|instigator'],
    category: 'criminalises_child',
    explanation: 'Treats a child who reacted to abuse as the aggressor. A child who lashes out at an abuser is still the victim of that abuse.',
    alternatives: [
      'The child hit out when [who] grabbed them: record what the adult did first',
      'The child is a victim of [abuse]; record the incident from their account as well as the adult’s',
    ],
    source: 'childrens_society_2018', // the guide's principle: a victim, not an offender
    unlessNear: ADULT_OR_OTHER_CUES,
    window: 2,
  },
  {
    id: 'drug_line_work',
    // The child named as a worker in drug supply: "an established line worker", "a street-level supplier", "doing
    // shifts on a phone line", "on the books of a local dealer", "known to deal", "gets paid in drugs", "selling pills".
    patterns: [
      'line|trap worker|workers',
      'street-level|street supplier|suppliers|seller|sellers|dealer|dealers',
      'street level supplier|suppliers|seller|sellers|dealer|dealers',
      'doing|does|did|do|working|works|worked|work shifts|shift',
      'on the books of|for',
      'paid|pays|pay|paying in drugs|weed|cannabis|gear|crack|pills',
      'selling|sells|sold|sell pills|ket|ketamine|mdma|ecstasy|spice|gear|class|wraps|nos|balloons',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'criminalises_child',
    explanation: 'Describes the child as a worker or trader in drug supply. A child selling or carrying drugs for others is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited to sell or carry drugs for [who]',
      'Adults are using the child in drug supply: record who controls it, and consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales', // [D] "Recruited / working" -> "criminally exploited"
    requiresNear: [...DRUG_SUPPLY_CUES, 'dealer|supply|supplies|supplying|pills|ket|festival|festivals'],
    unlessNear: [
      // Round 23: drugs as the price of sexual abuse ("she was paid in drugs by the men who abused her").
      // Review 23B: the abusers who paid, or drugs for sex; not any abuse in the sentence ("was raped at one last summer").
      'who|that abused|abuse|abuses|raped|rape|rapes|sexually',
      'for|exchange|return|trade for sex|sexual',

      ...OTHER_PERSON_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'shop|supermarket|café|cafe|factory|nursing|ward|hospital|library|production|assembly|front|frontline|help|helpline|support|care|customer|service|bus|train|rail|checkout|football|club|agency|agencies',
    ],
    window: 7,
  },
  {
    id: 'known_to_deal',
    patterns: ['known|believed|thought|suspected to deal|sell|supply', 'known|believed|thought|suspected to be dealing|selling|supplying'],
    category: 'criminalises_child',
    explanation: 'Describes the child as a known dealer. A child selling drugs is being criminally exploited by the people who supply them.',
    alternatives: [
      'The child is being criminally exploited to sell drugs for [who]',
      'Concern that the child is being used in drug supply: record who controls it',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not "dealing"
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'deal|sell|supply with|well|badly|cards|clothes|cakes|food|tickets|sweets|stuff|online|vinted|ebay|depop|meals|information|support|sex|herself|himself|themselves|images|pictures|photos|nudes|content',
    ],
    window: 3,
  },
  {
    id: 'selling_for_group',
    // "Selling for the Birmingham boys", "holding for older lads": selling or holding for a named group, where the
    // adults nearby are the ones the child sells for (selling_for keeps its adult veto for "the men are selling").
    // Round 19: the span ends at "for", and the group is the cue, so that a label for the group ("olders") is its own
    // finding instead of being swallowed (three tuning-set lines annotate both).
    patterns: ['selling|sells|sold|sell|shotting|grafting|holding|holds|held|hold for'],
    requiresNear: ['for [the] * boys|lads|olders|elders|crew|gang|group|man|men', 'for [the] older|olders|elders|lads|boys|them|others|someone'],
    ...FOR_GROUP,
  },
  {
    id: 'carrying_for_group',
    patterns: ['carrying|carried|carry|carries for'],
    // Round 19: carrying for others or for the olders, split from selling_for_group (which also takes "the group").
    // Round 28: an adult named ("carrying for an adult male").
    requiresNear: ['for others|them|someone', 'for [the] older|olders|elders', 'for a|an|the [older] adult|adults|man|men|male|males'],
    ...FOR_GROUP,
  },
  {
    id: 'plug_package',
    patterns: ['plug|plugs [the|a|some] package|packages|parcel|parcels|drugs|wraps|gear|it|them'],
    category: 'criminalises_child',
    explanation: 'Uses the exploiters’ word for drugs hidden inside the body. Children are forced to do this, and it can kill them.',
    alternatives: [
      'The child was made to hide drugs inside their body by [who]: this is a medical emergency and criminal exploitation',
      'Adults forced the child to carry drugs internally',
    ],
    source: 'yjlc', // [C] 2022 guide flags "plugging"; 2022 revision spotlight on drugs carried internally
    requiresNear: [...DRUG_SUPPLY_CUES, 'train|package|packages|parcel|parcels|bus|coach|carry'],
    unlessNear: ['charger|socket|laptop|phone|gap|gaps|leak|hole|holes|in|into|sink|bath'],
    window: 6,
  },
  {
    id: 'working_as_sex_work',
    // "Working as a prostitute": "working" frames the abuse as work (the word after it is the prostitution entry).
    patterns: ['working|works|worked as a|an'],
    category: 'criminalises_child',
    explanation: 'Calls the sexual exploitation of a child work, which presents abuse as a trade the child carries out.',
    alternatives: ['The child is being sexually exploited by [who]', 'Adults are sexually abusing the child for money: record who'],
    source: 'nspcc', // [E] "working" legitimises CCE
    requiresNear: ['prostitute|prostitutes|escort|escorts|hooker|sex'],
    window: 2,
  },

  // ---- Minimising ----
  {
    id: 'age_gap_minimised',
    patterns: [
      'only|just [a] two|three|four|five|six|seven|eight|2|3|4|5|6|7|8 years|year|yrs',
      "isn't|isnt|wasn't|not|isn’t|wasn’t a [very] huge|big|large|significant|massive|great age gap|difference",
      'no huge|big|large|significant|massive age gap|difference',
      'age is just|only a number',
      'age gap|difference is|was not significant|big|huge|large|much',
      "age gap|difference isn’t|isn't|wasn't|wasn’t significant|big|huge|large|much",
      'age gap|difference is|was not an issue|concern',
      "age gap|difference isn’t|isn't|wasn't|wasn’t an issue|concern",
      'age gap|difference is|was not a concern|problem',
      "age gap|difference isn’t|isn't|wasn't|wasn’t a concern|problem",
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Plays down the age gap between a child and an adult. Any adult in a sexual or controlling relationship with a child holds power over them.',
    alternatives: [
      'The adult is [age] and the child is [age]: record the age gap and the power imbalance',
      'An adult aged [age] is in a sexual or controlling relationship with a child: concern of grooming',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: ['age|ages|gap|older|difference|apart|between|number|boyfriend|girlfriend|relationship|19|20|21|22|23|24|25'],
    unlessNear: ['old|ago|later|sentence|sentenced|since|into|prison|custody|service|experience|course|school|college|degree'],
    window: 6,
  },
  {
    id: 'harm_graded_minor',
    contextInSentence: true,
    patterns: [
      'is|are|was|were [only|just|all|fairly|relatively|very] superficial|minor',
      'only|just superficial',
      'a bit of|some pushing|push and shoving|shove',
      'pushing and shoving',
      'storm in a teacup',
      'fuss over|about nothing',
      'but|though|although nothing sexual|serious|inappropriate',
      'peripheral at most',
      'peripheral role|involvement|part|figure|member',
      'minor role|part',
      'on the periphery|fringes|edges',
    ],
    category: 'minimises_harm',
    explanation: 'Grades an assault, an injury or exploitation as small. Minimising wording was found to delay protection for exploited children.',
    alternatives: [
      'Record what happened, the injury and who caused it, without grading it as minor',
      'The child has been harmed by [who]: record the harm and the risk it shows',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm and its impact
    requiresNear: [
      'cut|cuts|cutting|self-harm|harm|harming|injury|injuries|wound|wounds|scratch|scratches|bruise|bruises|bruising|marks|assault|assaulted|hit|punched|slapped|shoved|pushed|incident',
      'police|attended|between|bf|boyfriend|partner|man|men|adult|adults|older|messages|flirty|sexual|images|pictures',
      'disappearance|missing|turned|found|involvement|group|gang|line|lines|carry|carrying|used|exploitation|exploited|drugs',
    ],
    unlessNear: [
      'unit|units|miu|ailment|ailments|surgery|operation|repair|repairs|damage|amendment|changes|road|car|vehicle|grammar|spelling',
      'minor injuries|illness|illnesses|minor',
      // A clinical description of a wound ("superficial, cleaned and dressed by the nurse") is not a grading of harm.
      'nurse|nurses|doctor|gp|paramedic|paramedics|cleaned|dressed|dressing|steri-strips|glued|sutured|stitched|treated|triage|examined|examination',
    ],
    window: 6,
  },
  {
    id: 'lower_end',
    contextInSentence: true,
    // "Only used to carry a couple of times, so this is at the lower end."
    patterns: ['at the lower|low end'],
    category: 'minimises_harm',
    explanation: 'Grades exploitation or abuse as small. Minimising wording was found to delay protection for exploited children.',
    alternatives: [
      'Record what happened and who caused it, without grading it as minor',
      'The child is being exploited by [who]: record the harm and the risk it shows',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm and its impact
    requiresNear: ['carry|carrying|carried|used|exploitation|exploited|abuse|abused|harm|risk|concern|concerns|involvement|assault|grooming|groomed'],
    unlessNear: ['weight|height|bmi|range|price|prices|scale|normal|centile|percentile|budget|salary|reading|ability'],
    window: 12,
  },
  {
    id: 'low_concern_grading',
    // "Low level concerns only", "so the risk is low", "risk assessed as low" when the note has just given a reason to
    // worry. A bare "low risk" is a screening grade (left alone: see the top of the file).
    patterns: [
      'low level|low-level concerns|concern only',
      'so|therefore|thus [the] risk is|was low',
      'so|therefore|thus [the] risk assessed|rated|graded|deemed [as] low',
      'so|therefore|thus low risk',
      'so|therefore|thus no further concerns|concern',
    ],
    category: 'minimises_harm',
    explanation:
      'Grades the risk to the child as low on the strength of something that does not reduce it. Record the concern and what would show it is reducing.',
    alternatives: [
      'Record what is known about the risk and what is not known, and who reviews it when',
      'The child remains at risk of [harm] because [reason]: record the plan',
    ],
    source: 'childrens_society_2018', // the guide's principle; [B] lists risk categories High/Medium/Low
  },
  {
    id: 'no_further_concerns_return',
    patterns: ['no further|other concerns|concern|issues'],
    category: 'minimises_harm',
    explanation: 'Closes a return from a missing episode with no further concern, which hides where the child was and what happened to them.',
    alternatives: [
      'The child returned at [time]; where they were and who with is not known: a return home interview is needed',
      'The child came back after [time] missing: record any injuries, gifts, intoxication and who they were with',
    ],
    source: 'cara_prior_art', // same reasoning as "returned safe and well"; return home interviews (SOURCES.md 2f)
    requiresNear: ['safe and sound|well', 'came|come|comes back|home', 'returned|returns|return|located', 'turned up'],
    // Round 29C: right after "safe and well", which is the minimising wording ("returned safe and well, no further
    // concerns"): the annotators mark that phrase alone.
    unlessNear: ['safe and well no [further|other] concerns|concern|issues|problems'],
    window: 6,
  },
  {
    id: 'keeps_self_safe',
    patterns: [
      `knows|knew|know how to keep ${PRONOUN_SELF} safe`,
      `can|could keep ${PRONOUN_SELF} safe`,
      `able to keep ${PRONOUN_SELF} safe`,
      'free spirit|free-spirited|free-spirit',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation:
      'Treats the child as able to keep themselves safe from adults who harm them. Exploited children cannot protect themselves from the people who groom and control them.',
    alternatives: [
      'The child says they feel able to keep safe; concerns remain that they are being exploited: record the risks',
      'The child is at risk of exploitation by [who] and cannot protect themselves from it alone',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm
    unlessNear: [
      'plan|plans|planning|session|sessions|work|worked|working|taught|teach|teaching|learn|learning|learnt|learned|help|helped|support|discussed|discuss|advice|advised|explored|explore|talked|course|skills|want|wants|wanted|ways',
      'on|about how',
      ...OTHER_PERSON_CUES,
    ],
    window: 4,
  },
  {
    id: 'just_a_crush',
    patterns: ['just|only a crush|fling|phase|infatuation', "will|it’ll|it'll|should|would blow over", "will|it’ll|it'll|should fizzle out"],
    category: 'minimises_harm',
    explanation: 'Calls an adult’s grooming of a child a passing crush or phase. That hides the age gap and the abuse of power.',
    alternatives: [
      'An adult aged [age] is grooming or sexually exploiting the child: record the age gap and the power imbalance',
      'Concern that the child is being groomed by [who]',
    ],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: [...ADULT_CUES, 'lad|lads|boyfriend|relationship|group|gang|olders|crush'],
    unlessNear: [...FRIEND_CUES, "mum's|dad's|sister's|brother's|friend's|cousin's|teacher|teachers|staff|classmate|classmates|band|singer|celebrity|actor"],
    window: 8,
  },
  {
    id: 'errands_for_olders',
    // "Runs errands for the older lads" (drug running in the family's or the note's own soft words). Not errands for
    // a relative, a neighbour or the shop.
    patterns: ['runs|running|ran|run|doing|does|did|do errands|errand|bits|jobs'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Describes a child doing tasks for older people in drug supply as running errands. That is how children are drawn into criminal exploitation.',
    alternatives: [
      'The child is being used by [who] to [what]: concern that they are being criminally exploited',
      'Older people are asking the child to carry or deliver things: record what and for whom',
    ],
    source: 'complex_safeguarding_wales', // [D]
    requiresNear: [...DRUG_SUPPLY_CUES, 'older|olders|elders|lads|men|males|group|flats|estate|paid|dealer'],
    unlessNear: [
      "nan|nan’s|nan's|gran|gran’s|gran's|grandma|grandad|grandparents|mum|dad|mother|father|neighbour|neighbours|aunt|auntie|uncle|teacher|school|shop|church|carer|carers|family|household",
      // Review 23A: volunteering ("keen to do jobs at the allotment with the older volunteers").
      'allotment|allotments|volunteer|volunteers|volunteering',
    ],
    window: 6,
  },
  {
    id: 'just_messing_about',
    contextInSentence: true,
    patterns: [
      'just|only having a laugh|fun|joke|giggle',
      'just|only messing|mucking|fooling|playing about|around',
      'just a kid|boy|girl|lad messing|mucking|fooling|playing about|around',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'minimises_harm',
    explanation: 'Describes contact between adults and a child as play or kindness. Grooming often starts with treats, fun and attention.',
    alternatives: [
      'Adults aged [ages] were with the child in [place]: record what they did and said',
      'An adult aged [age] is giving the child gifts or attention: concern of grooming',
    ],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    requiresNear: [...ADULT_CUES, 'online|messages|messaging|car|cars|park|flat'],
    unlessNear: [...FRIEND_CUES, 'teacher|staff|classmates|siblings|brother|sister|cousins|playground|lesson|class|pe|game|games'],
    window: 8,
  },
  {
    id: 'likes_to_treat',
    // "A family friend who likes to treat her": an unrelated adult's gifts read as kindness.
    patterns: ['likes|like|liked|loves|loved to treat|spoil her|him|them'],
    category: 'minimises_harm',
    explanation: 'Describes an adult’s gifts to a child as kindness. Gifts and treats are how grooming often starts.',
    alternatives: [
      'An adult aged [age] is giving the child gifts: concern of grooming; record what, when and why',
      'Record what the adult has given the child and what they ask in return',
    ],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    requiresNear: ADULT_CUES,
    unlessNear: ['nan|gran|grandma|grandad|grandparents|mum|dad|mother|father|parents|aunt|auntie|uncle|carer|carers|stepdad|stepmum|godmother|godfather'],
    window: 10,
  },
  {
    id: 'only_sent_once',
    requiresNear: ['image|images|photo|photos|picture|pictures|pic|pics|video|videos|nude|nudes|selfie|selfies|clip|clips'],
    patterns: [
      '[was|were] only|just sent|shared|forwarded|shown|seen to|by one|two|three|1|2|3 person|people|boy|boys|girl|girls|man|lad|lads|contact|contacts',
      '[was|were] only|just sent|shared|forwarded|shown|seen to|by a few|couple people|boys|girls|contacts',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down the sharing of a child’s image because few people saw it. Once an image is sent, the child has lost control of it.',
    alternatives: [
      'A sexual image of the child was sent to [who]: record what is known about where it went and the risk of further sharing',
      'An indecent image of the child has been shared: refer to police and consider Report Remove',
    ],
    source: 'childrens_society_2018', // the guide's principle: keep the focus on the harm and its impact
    window: 6,
  },
  {
    id: 'comes_home_on_own',
    patterns: [
      'usually|always|normally|generally|eventually comes|come|returns|turns|gets home|back|up on her|his|their own',
      'usually|always|normally|generally|eventually comes|come|returns|turns|gets home|back|up by herself|himself|themselves',
    ],
    category: 'minimises_harm',
    explanation:
      'Reads a pattern of missing episodes as reassurance because the child comes back. Each episode is a risk, and returning does not mean the child was safe.',
    alternatives: [
      'The child has been missing [number] times; where they go and who with is not known',
      'Repeated missing episodes: concern that the child is being exploited or trafficked',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
    requiresNear: ['missing|misper|mispers|reported|police|episode|episodes|day|days|night|nights|hours|overnight|runs|ran'],
    unlessNear: ['school|college|work|tea|dinner|shift|shifts|club|practice|lessons'],
    window: 6,
  },

  // ---- Blame ----
  {
    id: 'takes_risks',
    patterns: ['take|takes|taking|took risks|chances', 'the|her|his risks she|he|they take|takes|took|is|are|was'],
    category: 'blames_child',
    explanation: 'Describes the harm adults do to the child as risks the child takes. The focus belongs on who is harming the child.',
    alternatives: ['The child is at increased risk of being abused or exploited by [who]', 'Adults are targeting the child: record who, where and when'],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    requiresNear: [...STRONG_RISK_CUES, ...AGAINST_ADVICE_CUES, 'weekend|weekends|night|nights|escalating|cars|car|strangers|online'],
    unlessNear: ['positive|managed|calculated|assessed|professional|professionals|we|our|team|planning'],
    window: 8,
  },
  {
    id: 'accept_responsibility',
    patterns: [
      'accept|accepts|accepted|take|takes|took|bear|bears|share|shares some|partial|part|a|her|his [share] [of] [the] responsibility|blame',
      'has|have|needs|need to accept|take some|partial|part|a responsibility|blame',
    ],
    category: 'blames_child',
    explanation: 'Places part of the responsibility for abuse on the child. Responsibility lies wholly with the adults who abuse or exploit a child.',
    alternatives: [
      'The child has been harmed by [who]; responsibility lies with the adults involved',
      'The child is being exploited: record what the adults did',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'parental|carers|agency|agencies|council|services|staff|professionals|actions|offending|offence|offences|damage|restorative',
    ],
    window: 4,
  },
  {
    id: 'cry_for_help',
    patterns: ['a cry|cries for help'],
    // Round 19: "a cry for help rather than a genuine attempt" (two tuning-set lines annotate the "rather than" as the
    // minimising, not the cry for help).
    unlessNear: ['rather than'],
    category: 'blames_child',
    explanation: 'Treats self-harm or distress as a bid for attention. It is a sign of harm that needs a protective response.',
    alternatives: [
      'The child has self-harmed: record the injury, what they said and the support offered',
      'The child is showing serious distress through [behaviour]',
    ],
    source: 'cara_prior_art', // same family as "attention seeking"
  },
  {
    id: 'savvy_label',
    patterns: ['savvy|street-savvy|worldly|worldly-wise', 'street savvy'],
    category: 'blames_child',
    explanation: 'Describes the child as knowing and able to cope, which suggests they can protect themselves from adults who exploit them.',
    alternatives: [
      'The child has been exposed to [what]; that does not make them able to keep safe from exploitation',
      'The child may be being exploited: record who they are with and what is happening to them',
    ],
    source: 'childrens_society_2018', // the guide's principle; "streetwise" family
    unlessNear: ['tech|technology|computer|computers|digital|media|money|financially|business|it|phone|online|internet'],
    window: 2,
  },
  {
    id: 'plays_the_system',
    patterns: [
      'play|plays|playing|played the system',
      'playing|plays|played|play professionals|staff|agencies|workers|people|carers|us|adults off',
      'plays|playing|played|play them off',
    ],
    category: 'blames_child',
    explanation:
      'Reads a child’s behaviour with professionals as manipulation. Children who are exploited are often controlled, frightened or protecting their abusers.',
    alternatives: [
      'The child is giving different accounts to different people: this is common when a child is frightened or controlled',
      'Record what the child said to whom, and what may lie behind it',
    ],
    source: 'cara_prior_art', // CARA lists "manipulative"; [B] "groomed/exploited/coerced/manipulated/controlled"
    unlessNear: ['football|game|games|music|piano|guitar|sport|match|team', 'software|computer|computers|machine|printer|boiler|heating|up'],
    window: 3,
  },
  {
    id: 'should_have_realised',
    patterns: [
      'should|must have realised|realized|spotted|twigged',
      "should've|must've realised|realized|spotted|twigged",
      'ought to have realised|realized|spotted|twigged',
    ],
    category: 'blames_child',
    explanation: 'Says the child should have known or did know what would happen, which blames the child for harm that adults caused.',
    alternatives: ['The child was targeted by [who]', 'Concern that the child has been groomed: record what the adults did'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    unlessNear: ['staff|professionals|police|school|we|us|agencies|carers|i', ...OTHER_PERSON_CUES],
    window: 3,
  },
  {
    id: 'knew_full_well',
    patterns: [
      'she|he|they|yp|i knew|knows|know full|fully well',
      'she|he|they|yp knew|knows|know|understood|understands the risks|dangers|consequences',
      // Not "the boy understood the risks of carrying a knife after the workshop" (review 21).
      'girl|boy|child|juvenile knew|knows the risks|dangers|consequences',
      // Durham's "They must have known what would happen" (should_have_known) with the risks as its object. Not
      // "should have known": reviews say it of professionals ("her social worker should have known the risks").
      'must have known the risks|dangers|consequences',
    ],
    category: 'blames_child',
    explanation: 'Says the child knew what would happen, which blames the child for harm that adults caused.',
    alternatives: ['The child was targeted by [who]', 'Concern that the child has been groomed: record what the adults did'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    // "He knew full well she was 14, the suspect admitted": the adult's knowledge, not a judgement on the child.
    unlessNear: [
      'staff|professionals|police|school|we|us|agencies|carers',
      'suspect|suspects|perpetrator|perpetrators|offender|offenders|defendant|man|men|adult|adults|abuser|abusers',
      // A professional or a parent who must have known (right before it only: "mum says she must have known the risks"
      // is said of the child), or risks taught to the child (review 21).
      'worker|workers|mum|dad|parent|parents|carer|manager|managers|teacher|teachers|officer|officers|practitioner|practitioners|nurse|gp|doctor|team|service|services must',
      'session|sessions|workshop|workshops|lesson|lessons|assembly|pshe|course',
      // Round 23: health risks of the child's own habits ("he knows the risks of vaping").
      // Review 23A: "the risks of" them, not "knew the risks but kept smoking cannabis with the olders".
      'risk|risks|danger|dangers of vaping|vape|vapes|smoking|cigarettes|sunbathing|climbing|diet',
    ],
    window: 7,
  },
  {
    id: 'exaggerated_account',
    patterns: [
      'what she|he|they report|reports|reported|says|said|tells|told [us|staff|me] is|was|are|were exaggerated|untrue|exaggerating|lies',
      'what she|he|they report|reports|reported|says|said|tells|told [us|staff|me] is|was|are|were made up',
      'deceitful|deceptive|dishonest|sneaky|devious',
      // "Staff think she is exaggerating what happened" (disbelief: Oxfordshire SCR 2015)
      'she|he|they is|was|are|were|has|have|had [been] exaggerating|exaggerates|exaggerated|embellishing|embellishes|embellished',
    ],
    ...UNTRUTHFUL,
    unlessNear: [...ADULT_OR_OTHER_CUES, 'driving|driver|driven|drove|speed|speeding|spending|money|vehicle|car'],
    window: 3,
  },
  {
    id: 'reckless_label',
    patterns: [
      'was|is|been|being [very|so|quite|incredibly|extremely] reckless|foolish|careless|irresponsible',
      // "naive to accept a friend request" (UKCIS 2023: blames the child for being groomed online)
      'was|is|been|being|were|are [very|so|quite|incredibly|extremely|too|really] naive|naïve|stupid|silly to|for',
    ],
    category: 'blames_child',
    explanation: 'Calls the child reckless for what happened, which makes the child responsible for harm that adults caused or could cause.',
    alternatives: [
      'The child was at risk of being harmed by [who] when [what happened]',
      'Concern that the child is being targeted: record who, where and when',
    ],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    unlessNear: [...ADULT_OR_OTHER_CUES, 'driving|driver|driven|drove|speed|speeding|spending|money|vehicle|bike|scooter|cycling|damage'],
    window: 3,
  },
  {
    id: 'naive_to_meet',
    // "naive to meet a man she had only talked to online": reckless_label stands down near the adult named after it, so
    // the blame for meeting or trusting an adult is its own entry (UKCIS 2023, as cited for reckless_label).
    patterns: ['naive|naïve to'],
    category: 'blames_child',
    explanation: 'Calls the child naive for trusting or meeting an adult, which puts the blame on the child instead of the adult who groomed them.',
    alternatives: [
      'The child was groomed by [who], who gained their trust by [how]',
      'An adult (record their age) contacted the child and arranged to meet them',
    ],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    // Two words, so that reckless_label ("was naive to") keeps the span wherever it holds.
    requiresNear: ['meet|trust|believe|accept|add|agree|go|get|send|talk|chat|reply|respond'],
    // Not a writer's "it would be naive to believe the risk has gone" (review text).
    unlessNear: [...OTHER_PERSON_CUES, 'would|it|we|us'],
    window: 3,
  },
  // Wording from published reviews and guidance found missing in a probe (2026-11-30).
  {
    id: 'online_friend',
    patterns: ['online friend|friends|mate|mates|boyfriend|girlfriend|buddy'],
    category: 'adult_centred_label',
    explanation:
      'Calls an adult the child has met only online a friend, which hides grooming. Someone who sends a child money or gifts, or asks to meet, is not a friend.',
    alternatives: [
      'An adult (age?) the child has been in contact with online, who [sends gifts / asks to meet]',
      'A person the child knows only online: record their age and what they have asked of the child',
    ],
    source: 'nspcc', // NSPCC, Why language matters: "online friends" (2024)
    requiresNear: [...ADULT_CUES, 'money|credit|credits|gift|gifts|vouchers|meet|meeting|pictures|photos|images|older'],
  },
  {
    id: 'self_generated',
    patterns: [
      'self-generated images|image|imagery|content|photos|pictures|videos|material|indecent|sexual',
      'self generated images|image|imagery|content|photos|pictures|videos|material|indecent|sexual',
      // "the images were self-generated", "the risks to the girl are largely self-generated": images or risks as the
      // subject, not "the referral was self-generated", "her income is self-generated" (review 21).
      'images|image|imagery|pictures|picture|photos|photo|photographs|videos|video|content|material|nudes|selfies|risks|risk [*] [*] [*] is|was|are|were [largely|mainly|mostly|all|entirely|partly] self-generated',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the author of images (or of the risks to them) when an adult groomed, coerced or tricked them into it.',
    alternatives: ['Sexual images of the child that [who] groomed or coerced them into making', 'Images of the child obtained by [who]'],
    source: 'taskforce_2024', // the 2024 guide on online abuse: record who obtained or demanded the images
    // Generated by a system, not images: "self-generated by the school's own IT system".
    unlessNear: ['system|systems|software|automatically|automated|computer|computers'],
  },
  {
    id: 'age_appropriate_relationship',
    patterns: [
      'age-appropriate relationship|relationships|boyfriend|girlfriend|partner|romance',
      'age appropriate relationship|relationships|boyfriend|girlfriend|partner|romance',
    ],
    category: 'minimises_harm',
    explanation:
      'Treats contact between a child and an older person as a normal relationship. Reviews found an age gap written off this way while the child was being exploited.',
    alternatives: ['The child (age) is in contact with [name], aged [age]: record the age gap and any power imbalance'],
    source: 'childrens_society_2018', // the guide's principle; the Oxfordshire serious case review (2015) reports the wording
  },
  {
    id: 'had_consented',
    patterns: [
      'she|he|they had|has|have [fully|clearly|willingly|freely] consented',
      // "the girl had consented" (Oxfordshire and IICSA): the child named by a noun, not only a pronoun.
      'girl|boy|child|teenager|teen had|has [fully|clearly|willingly|freely] consented',
      // The child as the one who started it: "the 14-year-old initiated sexual intercourse with both men"
      `she|he|they|child|girl|boy|${CHILD_AGE_TOKENS} initiated|initiates|instigated|instigates [the] sex|intercourse|sexual`,
    ],
    category: 'implies_consent',
    explanation:
      'Treats sex as agreed, or as the child’s doing, when a child who is groomed, coerced or abused by someone with power over them cannot freely consent.',
    alternatives: ['The child could not freely agree: record the grooming, coercion, age gap or power imbalance'],
    source: 'childrens_society_2018', // the guide's principle; "had consented" is the Oxfordshire and IICSA finding
    unlessNear: [
      'referral|share|sharing|information|assessment|examination|treatment|medical|procedure|photographs|photograph|plan|support|visit',
      'interview|meeting|intervention|work|programme|appointment|test|tests|screening|contraception|implant|vaccination|vaccine|placement|move',
    ],
  },
  {
    id: 'does_what_she_wants',
    patterns: [
      'does|do|did whatever she|he|they wants|want|wanted|likes|like|liked|pleases|please',
      'does|do|did what she|he|they wants|want|likes|like|pleases',
      'making|makes|made|make it [very|really|extremely|so] difficult|hard|impossible for [the] [team|staff|carers|professionals|us|services|police] to keep her|him|them safe',
      'actively seeks|seeking|sought|seek [the|these|those|older] [men|males|adults|them|olders] out',
      'seeks|seeking|sought|seek the|these|those|older men|males|adults|olders out',
      'actively|often|regularly seeks|seeking|sought|seek out [the|these|those] [older] men|males|adults|olders',
      'rarely|seldom|barely|hardly engages|engaged|engage',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for their own protection and for the harm, when adults are targeting them and professionals are responsible for keeping them safe.',
    alternatives: [
      'Adults are targeting the child; the plan to protect them is [plan]',
      'The child may be being groomed, coerced or controlled: record who is involved',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: ['dinner|tea|food|clothes|hair|homework|music|games|lunch|room|bedroom|holiday|weekend|sport'],
    window: 3,
  },

  // ---- Consent and choice ----
  {
    id: 'happy_to_go',
    patterns: [
      'happy|keen|eager|glad|content to go|get|leave|stay|went with them|him|the|these|those',
      'happily|readily|gladly|eagerly went|goes|go|going|got|gets|left with them|him',
      'prefers|preferred|prefer|preferring the company of',
      'wants|wanted|want to be part of [that|this|the] world|life|scene|group|gang',
      'hooks|hooked|hooking|hook up with',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going with adults who harm the child as the child’s wish. Grooming, gifts, threats and trauma shape what a child appears to want.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they went with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    requiresNear: [...STRONG_RISK_CUES, 'them|him|house|flat|address|group|world|older|men|car|app|online|snapchat'],
    unlessNear: [...OTHER_PERSON_CUES, ...EVERYDAY_CHOICE_CUES, 'carer|carers|staff|worker|social|teacher|school|trip|foster|class|family'],
    window: 6,
  },
  {
    id: 'gave_consent_images',
    patterns: ['gave|give|gives|given her|his|their consent'],
    category: 'implies_consent',
    explanation:
      'Records a child’s consent to images or sexual contact with adults. A child cannot consent to being abused, and the adult’s actions are the concern.',
    alternatives: [
      'Images of the child were taken by [who]: this is child sexual abuse material, whatever the child said',
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
    ],
    source: 'language_matters', // [B] "Child pornography" row, same reasoning
    requiresNear: [...SEXUAL_CUES, 'photos|photo|pictures|picture|images|image|videos|video|filmed|taken'],
    unlessNear: [
      'share|sharing|information|treatment|medical|referral|contraception|fraser|gillick|test|vaccination|assessment|examination|school|trip|data',
      'newsletter|website|publicity|media|marketing|yearbook|display|leaflet|poster',
    ],
    window: 9,
  },
  {
    id: 'went_back_to_him',
    patterns: ['went|goes|go|going|returned|returns|gone back to him|them', 'went|goes|go|going|returned|returns|gone back to the man|men'],
    category: 'implies_consent',
    explanation:
      'Presents the child’s return to an adult who harms them as the child’s choice. Children return to abusers because they are controlled, frightened or groomed.',
    alternatives: [
      'The child is being controlled by [who]: record the hold the adult has over them',
      'Concern that the child is being coerced to return to [who]',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
    requiresNear: [
      'hit|hits|hurt|assaulted|assault|beat|beaten|abused|raped|threatened|violent|violence|again|despite|even|still|whenever|groomed|exploited|control|controlled',
      // Round 22: "Kemi wanted to go back to him; he is the man who trafficked her", "she goes back to him every time".
      'trafficked|trafficking|trafficker|exploiter|groomer|abuser|pimp',
      'every|each time',
      'always|repeatedly|keeps|kept',
      // Round 28: against what the professionals say ("going back to him whatever you lot say", "regardless of the risk").
      'whatever|regardless',
      'no matter',
    ],
    // Round 22: a relative's house or a meal ("goes back to them every time for his tea at his nan's").
    unlessNear: [
      'dad|father|mum|mother|parents|carer|carers|foster|nan|gran|school|class|sleep|bed|work|college',
      "nan's|gran's|mum's|dad's|tea|dinner|lunch|breakfast|football|training|club",
      // Review 28: a thing that went back to an adult ("The ball went back to him whatever the referee said", "the house
      // went back to him regardless of the divorce"), now that "whatever" and "regardless" are cues.
      '[the|a|his|her|their] ball|house|home|car|tenancy|job|keys|key|property|money|dog|cat|case|title|trophy|contract|land|business|shop|flat|role|post|phone|bike|van|papers|letter|parcel|cheque|deposit went|goes|gone|returned|returns|go|going back',
    ],
    window: 8,
  },
  {
    id: 'got_self_involved',
    patterns: [
      `got|gets|getting|get ${PRONOUN_SELF} involved with|in`,
      `aligned|aligns|aligning|align ${PRONOUN_SELF} with`,
      `attached|attaches|attaching ${PRONOUN_SELF} to`,
    ],
    unlessNear: ['club|clubs|play|team|sport|sports|project|volunteering|activities|activity|school|college|drama|music|band'],
    category: 'implies_consent',
    explanation: 'Presents the child as having joined the people who exploit them. The child has been groomed or drawn in by adults or older young people.',
    alternatives: ['The child has been groomed by [who]', 'The child is being exploited by [who]: record how they were drawn in'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
  },
  {
    id: 'willing_member',
    labelFrame: true,
    patterns: ['willing member|members|recruit|recruits|accomplice|accomplices|part|partner|associate|associates'],
    category: 'implies_consent',
    explanation: 'Calls a child a willing member of the group that exploits them. Grooming, debt and threats make children appear willing.',
    alternatives: ['The child has been groomed into the group by [who]', 'Concern that the child is being controlled by [who]'],
    source: 'childrens_society_2018', // the guide's principle; "a child cannot consent to being trafficked" (DOMAIN.md)
    requiresNear: ['group|gang|gangs|line|lines|olders|elders|men|older|crew|network|drugs'],
    unlessNear: EVERYDAY_PARTICIPATION_CUES,
    window: 6,
  },
  {
    id: 'carry_on_choice',
    patterns: [
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to carry on',
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to continue|stay',
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to keep going',
      'made|makes|make|making an|a informed|conscious|deliberate choice|decision',
      "it's|its|it’s her|his|their [own] choice|decision",
      'which is|was her|his|their [own] choice|decision',
      'agreed|agrees|agree to hold|carry|deliver|move|sell|stash|store|take the|a package|packages|parcel|parcels|bag|drugs',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Presents staying in exploitation, or a task done for exploiters, as the child’s free decision. Grooming, debt and threats limit what a child can choose.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they are with and what was promised or threatened',
      'There is concern that a power imbalance is forcing the child to act in this way',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"; "Concern that there is a power imbalance forcing the child"
    requiresNear: [
      ...STRONG_RISK_CUES,
      'life|group|address|flat|house|travel|trip|lads|estate|package|packages|parcel|drugs|line|despite|same|keeps',
      'going back',
    ],
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      ...OTHER_PERSON_CUES,
      'contraception|treatment|medical|medication|fraser|gillick|vaccine|referral|support|placement|care|foster|leave|stop|escape|safe|safety',
      // Probe 25: a household's choice ("the family have chosen to stay in the flat while repairs are done").
      'family|families|household|households|residents|tenant|tenants [have|has|had] [*] chosen|chose|choose|decided|wants|want|wanted',
      'repairs|repair|renovation|renovations|decorating|building',
    ],
    window: 8,
  },

  // ---- Sexualising ----
  {
    id: 'sexualising_descriptions',
    patterns: [
      'gagging for it',
      'knows|knew|know what men|boys|guys|lads|blokes want|like|wanted|liked',
      'early developer|bloomer',
      "attracts|attracted|attracting|attract|draws|drew|gets|got [a] [lot] [of] [lots] male|men’s|men's|adult|older attention",
      'attracts|attracted|attracting|attract|draws|drew attention from men|males|adults|older',
      'teen|teenage|child|underage|young escort|escorts',
      'too|very|overly knowing',
      'a bit of a player|flirt|tease|maneater',
      'a real player|flirt|tease|maneater',
      'such a player|flirt|tease|maneater',
      '[very|quite|overly|really] forward with|towards|around men|boys|males|adults|older',
      'dresses|dressed|dress|dressing much|far|way older',
      'dresses|dressed|dress|dressing a lot older',
      'underwear|lingerie|sexy|saucy|dirty|naughty|topless pics|pic|selfies|snaps',
      'sexual favours|favors|services',
      'offers|offered|offering|offer|trades|traded|trading|exchanged|exchanging sexual favours|favors|services',
      `got|gets|getting ${PRONOUN_SELF} a name|reputation`,
      'always has|had a new lad|boy|man|boyfriend',
      'new lad|boy|man|boyfriend on the go',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms or by their looks and manner, which moves attention from the adults who target them to the child.',
    alternatives: [
      'Record what adults said or did towards the child',
      'The child is being targeted by [who]: record what happened and where',
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    unlessNear: [
      'football|team|game|games|chess|music|piano|guitar|sport|rugby|squad|cricket|tennis|hockey|drama|class|brother|sister|sibling|cold|weather|coat|rain',
      'moved|moving|move|moves|going|carry|carried|taken|brought|put|plan|plans|looking|look|work|project|projects|group',
      'academically|academic|reading|reader|maths|work|schoolwork|emotionally|handled|handles|responsible|sensible',
      // "charged with paying for the sexual services of a child": the adult's offence, as police and CPS word it.
      'paying|paid|pay|pays for the [sexual] services|favours|favors',
    ],
    window: 8,
  },
  {
    id: 'mature_older_looks',
    // "Comes across as very mature and much older than 14", "wearing very little when officers found her".
    patterns: [
      'very|so|really mature',
      'much|far|way older than 12|13|14|15|16',
      'wearing|wore very little',
      'wearing|wore next to nothing',
      'wearing|wore hardly|barely anything',
      'dressed in very little',
    ],
    category: 'sexualises',
    explanation:
      'Describes the child by how grown-up or undressed they look. Comments on a child’s looks and manner were used to excuse the adults who abused them.',
    alternatives: ['Record what adults said or did towards the child', 'The child was found with [who] at [place]: record what happened to them'],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "looks older than her age"
    requiresNear: [
      ...ADULT_CUES.slice(0, 1),
      'comes|came|come across',
      'carries|carry|carried herself|himself',
      'officers|police|found|car|party|flat|hotel|makeup|make-up|dresses|dressed',
    ],
    unlessNear: [
      'brother|sister|sibling|siblings|cousin|cold|weather|coat|rain|snow|emotionally|handled|handles|responsible|sensible|interview|meeting|answers|work|schoolwork',
    ],
    window: 8,
  },
  {
    id: 'precocious_near_adults',
    labelFrame: true,
    patterns: ['precocious'],
    category: 'sexualises',
    explanation: 'Calls a child sexually precocious, which blames the child’s nature for the attention of adults who target them.',
    alternatives: [
      'The child shows sexual knowledge or behaviour beyond their age, which may be a sign of sexual abuse',
      'Record what adults said or did towards the child',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what was done to the child
    requiresNear: [...ADULT_CUES, ...SEXUAL_CUES, 'provocative|provocatively|flirtatious|flirty|flirting|seductive'],
    unlessNear: ['academically|reader|reading|talent|talented|musically|intellectually|vocabulary|maths|chess|language'],
    window: 6,
  },
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
  {
    id: 'crying_wolf',
    patterns: ['crying|cried|cries|cry wolf', 'telling|tells|told|tell porkies|fibs|tales', 'little madam|minx'],
    category: 'blames_child',
    explanation: 'Calls the child a liar or a nuisance. Children who are being exploited often give partial or changing accounts out of fear or loyalty.',
    alternatives: [
      'The child’s account has changed: record what they said each time and what may stop them telling',
      'The child has made an allegation: record it and act on it',
    ],
    source: 'childrens_society_2018', // the guide's principle: a child's account is not a character flaw
  },
  {
    id: 'invited_trouble',
    patterns: [
      `brought|brings|bring|bringing it [all] on ${PRONOUN_SELF}`,
      'invited|invites|inviting|invite [the] attention|comment|comments|trouble',
      'without a thought|care for [the] worry|upset|distress|trouble',
      'should|ought|enough [to] know better',
      "won't|wont|wouldn't be told",
      'will|would not be told',
      "doesn't|didn't want to be helped",
      'does|did not want to be helped',
      'old head on young shoulders',
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for the harm or for the worry it causes. The adults who exploit the child are responsible for it.',
    alternatives: [
      'Record what the adults did and what the child was exposed to',
      'The child is at risk of harm from [who]: record what keeps them going back',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Probe 24: the child's own feeling, as brought_on_self.
    unlessNear: ['she|he|they felt|feels|feel|believes|believed|thinks|thought|worries|worried [that] she|he|they [had|has|have] brought|brings|bring'],
    window: 3,
  },
  {
    id: 'aware_of_what_doing',
    patterns: [
      'well|fully|perfectly|completely aware of what she|he|they [is|are|was|were] doing',
      `choosing|chosen|chose|chooses|choose this|that|a|the|${PRONOUN_POSS} [*] path|road`,
      'out of choice',
      "likes|like|liked|loves|loved|enjoys|enjoyed|craves|craved male|men’s|men's|older attention",
      'keeps|kept|keep returning|going to the|that address|flat|house',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child as knowingly choosing exploitation. Children are groomed, pressured and rewarded into situations they cannot freely choose.',
    alternatives: [
      'The child is being groomed or exploited by [who]: record what they are given, promised or threatened',
      'It is not clear why the child returns: record who is there and what draws them',
    ],
    source: 'language_matters', // [B] "choosing", "lifestyle choice"
    unlessNear: EVERYDAY_CHOICE_CUES,
  },
  {
    id: 'foot_soldier',
    patterns: [
      'foot soldier|soldiers',
      'footsoldier|footsoldiers|foot-soldier|foot-soldiers',
      `pushing|pushes|pushed|push weed|drugs|gear|crack|pills|cannabis|coke|ket`,
      'criminal mindset|mentality',
      'entrenched in offending|crime|criminality|gang|gangs|gang-related',
      'acts|acting|acted|act as [a|the] lookout|look-out',
      'sorts|sorting|sorted|sort [a] [few] bags|bag|wraps|parcels for',
      'employed|hired by [the] [*] line|lines|gang|group|network|olders|crew',
      'bottling|bottled [the] drugs|package|packages|wraps|it',
      'abscound*',
    ],
    category: 'criminalises_child',
    explanation: 'Describes the child as a worker or offender in the group that exploits them. The child is a victim of criminal exploitation.',
    alternatives: ['The child is being criminally exploited by [who]: consider an NRM referral', 'Adults are making the child [hold, move or sell] drugs'],
    source: 'childrens_society_2022', // the guide's principle: CCE language
  },
  {
    id: 'serving_up',
    patterns: ['serving|serves|served|serve up', 'does|doing|did|do runs|drops to'],
    category: 'criminalises_child',
    explanation: 'Uses the supply trade’s own word for what the child is made to do. The child is being criminally exploited.',
    alternatives: ['Adults are making the child sell drugs in [place]: consider an NRM referral'],
    source: 'childrens_society_2022',
    requiresNear: [...DRUG_SUPPLY_CUES, 'found|cash|money|train|coach|weekend|weekends|area|town|city', ...EXPLOITATION_CONTEXT_CUES.slice(0, 1)],
    unlessNear: ['food|meal|meals|dinner|lunch|breakfast|tea|coffee|drinks|customers|tennis|badminton|volleyball|restaurant|cafe|café|canteen'],
    window: 10,
  },
  {
    id: 'minimising_paraphrase',
    patterns: [
      'only|just carrying|holding|had|has [a] small|tiny amount|amounts|quantity',
      'just|only out with [her|his|their] mates|friends',
      'teenagers|kids|boys|girls|lads being teenagers|kids|boys|girls|lads',
      'playground talk|stuff|antics|behaviour',
      'nothing to get worked|het|wound up about|over',
      'flirty|flirtatious but innocent|harmless',
      '[an] unfortunate|simple misunderstanding',
      'a bit of a scrap|scuffle|tussle|ruck',
      'only|just dabbling|dabbles|dabbled',
      'common|normal|usual|typical at|for his|her|their age',
      'safe well',
      'grow|grows|grew out of it',
      "she'll|he'll|they'll|she’ll|he’ll|they’ll grow out of it",
      'age gap|difference is|was small|slight|minimal',
      'just|only doing|did them|him|her [a] favour|favours|favors',
      'sleepover|sleepovers',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down what happened to the child or the risk they face. Exploitation often starts with small asks and harm that is recorded as minor.',
    alternatives: ['Record what happened, who was involved and their ages', 'Consider whether this is part of a pattern of exploitation'],
    source: 'childrens_society_2018',
    contextInSentence: true,
    requiresNear: EXPLOITATION_CONTEXT_CUES,
    unlessNear: ['school|cricket|football|rugby|netball|birthday|cousin|cousins|nan|gran|sleepover|sleepovers club'],
  },
  {
    id: 'sexualising_paraphrase',
    patterns: [
      'came|comes|coming|come on to him|them|men',
      'came|comes|coming|come on to the man|men',
      'touting for business|trade|custom',
      'working|works|worked the streets|street|beat',
      'puts|put|putting it about|around',
      'very|quite|too|so revealing',
      'little flirt|tease',
      'a proper|real flirt',
      'provocative|sexy|suggestive selfies|photos|pictures|pics|poses|photographs',
      'teases|teasing|teased the [older] men|lads|boys|man',
      'looks|look|looked like a grown woman|man|an adult',
      'physically well developed|well-developed|mature',
      'could|would easily pass for',
    ],
    category: 'sexualises',
    explanation: 'Describes the child in sexual terms or by their looks. It shifts attention from the adults who target the child.',
    alternatives: ['Record what adults said or did towards the child', 'The child is at risk of sexual exploitation from [who]'],
    source: 'childrens_society_2018',
    unlessNear: [
      'academic|academically|sport|sports|football|kindness|reliable|reliability|honest|hard-working|teacher|teachers|pupil|pupils|behaviour|behavior|class',
      // Probe 25: a business touting ("the taxi firm was touting for business in the lobby").
      // Review 25B: the firm as the one touting, not "a driver said".
      'firm|firms|company|companies|shop|shops|trader|traders|stall|stalls|restaurant|cab|cabs|drivers|driver|touts [was|were|is|are|been|kept|keep] touting|touts|touted',
    ],
  },
  {
    id: 'reputation',
    patterns: ['has|had|got|gets a reputation'],
    category: 'sexualises',
    explanation: 'Repeats gossip about the child’s sexual behaviour. It labels the child and hides the adults and peers who abuse them.',
    alternatives: ['Record what has been said about the child, by whom, and whether images or rumours are being used to control them'],
    source: 'childrens_society_2018',
    requiresNear: [...SEXUAL_CUES, 'boys|men|lads|older|easy|loose|estate|slag|slut|around'],
    unlessNear: ['late|lateness|punctual|reliable|hard-working|helpful|kind|clever|funny|football|sport|fighting|violence|violent'],
    window: 8,
  },
];

// ---- Round 17 (RESULTS.md): wording families that several tuning sets miss --------------------------------------------
// Each entry is a family of inflections and paraphrases seen across agencies' notes, not a single sentence's wording.

const ROUND_17_ENTRIES: readonly LexiconEntry[] = [
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

/** The whole lexicon: the entries above, the wording that reviews quote (lexicon-review.ts) and round 17's families. */
// Round 18: wording families seen in several tuning sets (fresh17 and earlier) and in the wording published reviews and
// guidance quote (Derbyshire Safe and Sound, Durham SCP, UKCIS, the Children's Society guide), each held to the context
// that gives it the blaming sense.
const ROUND_18_ENTRIES: readonly LexiconEntry[] = [
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
    patterns: ['signed|signs|sign up for|to', 'knew|knows what he|she|they signed|was|were signing up'],
    category: 'implies_consent',
    explanation: 'Presents a child’s exploitation as something they agreed to. A child cannot sign up to be exploited.',
    alternatives: ['The child has been exploited by [who] to [what]', 'Adults drew the child into [what]: concern of criminal exploitation'],
    source: 'childrens_society_2018',
    requiresNear: [...CCE_CUES, 'work|consequences|agent|journey|men|olders|face'],
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
const ROUND_19_ENTRIES: readonly LexiconEntry[] = [
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
const GAPS_ENTRIES: readonly LexiconEntry[] = [
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
const ROUND_21_ENTRIES: readonly LexiconEntry[] = [
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
    category: 'blames_child',
    explanation:
      'Records a child’s absence from school as wilful truancy. Missing education is a recognised sign of exploitation: children may be kept away, collected or sent elsewhere by others.',
    alternatives: [
      'The child was absent from school on [dates]: record where they were and who with',
      'Absence from school may be linked to exploitation: consider who benefits from the child not being there',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is happening to the child
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

// Round 24: the labels, choices and offences that blame, sexualise or criminalise a child are not said of a child when
// the person describes their own youth ("Dad says he was out of control as a teenager", "Mum was promiscuous in her
// teens"): a parent's or an adult's own history (ADULT_OWN_PAST_CUES), added to those entries' vetoes.
const OWN_PAST_CATEGORIES: ReadonlySet<string> = new Set(['blames_child', 'implies_consent', 'criminalises_child', 'sexualises']);
const withOwnPast = (e: LexiconEntry): LexiconEntry =>
  OWN_PAST_CATEGORIES.has(e.category) ? { ...e, unlessNear: [...(e.unlessNear ?? []), ...ADULT_OWN_PAST_CUES] } : e;

export const LEXICON: readonly LexiconEntry[] = [
  ...ENTRIES,
  ...REVIEW_WORDING_ENTRIES,
  ...ROUND_17_ENTRIES,
  ...ROUND_18_ENTRIES,
  ...ROUND_19_ENTRIES,
  ...GAPS_ENTRIES,
  ...ROUND_21_ENTRIES,
  ...ROUND_22_ENTRIES,
  ...ROUND_22_HARM_ENTRIES,
  ...ROUND_22_MORE_ENTRIES,
  ...ROUND_23_ENTRIES,
  ...ROUND_24_ENTRIES,
  ...ROUND_25_ENTRIES,
  ...ROUND_27_ENTRIES,
  ...ROUND_28_ENTRIES,
  ...ROUND_29_ENTRIES,
  ...ROUND_32_ENTRIES,
  ...PROBE_23_ENTRIES,
  ...PROBE_24_ENTRIES,
  ...PROBE_25_ENTRIES,
].map(withOwnPast);
