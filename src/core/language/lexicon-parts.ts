import { AGE_NUMBERS, AGE_TOKENS, CHILD_CENTRED_CCE_CUES, FRIEND_CUES, OTHER_PERSON_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Word lists, cues and shared pieces of entries that the lexicon's category files (lexicon-<category>.ts) and rounds
// 17 to 21 (lexicon-rounds17-21.ts) share, in the grammar of core/text/matcher.ts.

// Session 19: goods a child sells in an ordinary way (selling_for); not food, phones or "stuff", which notes also use of
// drug supply.
export const SOLD_GOODS =
  'clothes|clothing|cakes|sweets|tickets|trainers|shoes|jewellery|jewelry|makeup|make-up|books|toys|crafts|bracelets|earrings|candles|plants|prints|slime|items';

// Relatives who may have a partner of their own (boyfriend_adult, round 23).
export const OTHER_REL =
  'mum|mam|mother|dad|father|sister|sisters|brother|brothers|aunt|auntie|aunty|nan|gran|grandmother|cousin|stepmum|stepdad|carer|carers|uncle';

// A relative's own partner, not a relative who reports the child's ("Harley's mum said Harley's boyfriend is 23", "at her
// 19-year-old boyfriend's house with his mum present"): the relative's possessive, or the relative with, living with or
// bringing their own partner (boyfriend_adult, partner_adult; round 23).
export const RELATIVE_OWN_PARTNER_CUES: readonly string[] = [
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
export const PARTNER_LABELS = 'boyfriend|girlfriend|partner|wife|husband|fiance|fiancé|fiancee|fiancée|gf|bf';
export const ADULT_AGED = `[is|was|aged|who|now] [is|was|aged] [about|around|approx|approximately] ${AGE_NUMBERS}|${AGE_TOKENS}`;
export const possessives = (words: readonly string[]): string => words.flatMap((w) => [`${w}'s`, `${w}’s`]).join('|');
// Review 32: roles no child holds stand alone ("PoP's girlfriend"); roles a child may hold in youth justice or a referral
// need a determiner or an adult word right before ("the suspect's wife", not "the young offender's girlfriend"), and
// "user" only as an adult ("adult user's wife"): "the service user's boyfriend" and "the subject's boyfriend" are often
// the child's.
export const ADULT_OWNER_POSSESSIVES = possessives(['pop', 'rso', 'perpetrator', 'supervisee', 'prisoner', 'detainee', 'driver', 'landlord', 'employer']);
export const ADULT_OWNER_DETERMINERS = 'the|this|that|a|an|adult|male|female|registered|sex|known|convicted';
export const ADULT_OWNER_ROLE_POSSESSIVES = possessives(['nominal', 'suspect', 'offender', 'defendant', 'accused']);
export const ADULT_OWN_PARTNER_AGED_CUES: readonly string[] = [
  `mr|mrs|ms|dr * ${PARTNER_LABELS} ${ADULT_AGED}`,
  `${ADULT_OWNER_POSSESSIVES} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `${ADULT_OWNER_DETERMINERS} ${ADULT_OWNER_ROLE_POSSESSIVES} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `adult ${possessives(['user'])} ${PARTNER_LABELS} ${ADULT_AGED}`,
  `mr|pop|rso|nominal|suspect|offender|defendant|supervisee|driver [*] lives|lived|living|stays|stayed|moved|resides [in] with his ${PARTNER_LABELS} ${ADULT_AGED}`,
  `mrs|ms|woman|female|lady [*] lives|lived|living|stays|stayed|moved|resides [in] with her ${PARTNER_LABELS} ${ADULT_AGED}`,
];

// A child's age as one token ("the 14-year-old"), for wording that names the child by age.
export const CHILD_AGE_TOKENS = Array.from({ length: 8 }, (_, i) => i + 10)
  .flatMap((n) => [`${n}-year-old`, `${n}yo`])
  .join('|');
// Open 34 (runner_label): an adult named as the runner, and the words that show the naming is an apposition.
export const RUNNER_ADULT = `a|an [older|adult|grown] [${AGE_TOKENS}] man|woman|male|female|adult|bloke|${AGE_TOKENS}`;
export const RUNNER_APPOSED = `aged|age|${AGE_NUMBERS}|${AGE_TOKENS}|of|with|was|is|were|are|known|believed|thought|suspected|charged|arrested|remanded|convicted|jailed|sentenced|cautioned|bailed|named|identified|previously`;
export const CHILD_AGE_NUMBERS = '10|11|12|13|14|15|16|17';
// An adult's own partner given a child's age, after the adult (boyfriend_adult: "Mr T's girlfriend is 15", "the RSO has a
// lady friend aged 16").
export const OWN_CHILD_PARTNER = `[new|older|current|latest] [lady|gentleman] boyfriend|girlfriend|gf|partner|friend|wife|husband [is|was|aged] [only|just|a] ${CHILD_AGE_NUMBERS}|${CHILD_AGE_TOKENS}`;

// Selling, holding or carrying drugs for a group (selling_for_group, carrying_for_group): the same reading and guidance.
export const FOR_GROUP = {
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

// Review 22B L11: the behaviour explained as coping with fear ("running off is how Kayden copes when he is scared",
// "absconding is how she copes when she is frightened"). It was a CRITICISM_CUES entry, which silenced every later label
// in the sentence ("..., and she chooses to go to the flat"); now it vetoes only the behaviour label it explains.
export const COPING_CUE =
  'is|was how * cope|copes|coped when|if [he|she|they] [is|are|was|were|feels|feel|felt|gets|get|got] scared|frightened|afraid|anxious|upset|overwhelmed|threatened|panicked';

// Courtship and casual-sex words for an adult with a child (dating_adult, casual_sex_adult) share their replacements and
// vetoes: someone else's partner, a friend, and "men she meets on the dating app" (the app's name, not the label).
export const ADULT_SEXUAL_CONTACT_ALTERNATIVES = [
  'An adult aged [age] is grooming or sexually exploiting the child',
  'The child has been sexually abused by an adult (record their age)',
];
export const ADULT_ROMANCE_VETOES = [...OTHER_PERSON_CUES, ...FRIEND_CUES, 'dating app|apps|site|sites|website|websites|profile|profiles'];

// What fine_on_return and returned_fine (one entry until round 22) tell the writer, with their source: the same
// reasoning as "safe and well" on return.
export const FINE_ON_RETURN = {
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
export const STAFF_PUT_SELF_CUE =
  'staff|worker|workers|officer|officers|member|nurse|carer|carers|manager|teacher|constable|sergeant|paramedic|firefighter|colleague|colleagues|pc|inspector|volunteer|volunteers|mum|mother|dad|father|parent|parents [had|has|have|also|then] put|puts|putting|placed|places|placing|place|got|gets|getting|exposed|exposes|exposing himself|herself|themselves';

// Round 28: a child's labour where trafficked children are put to work (a nail bar, a car wash, a cannabis farm), or to
// pay off the journey ("agreed to work at the nail bar to pay for his journey", "chose to work in the nail bar to pay
// off his family's loan"), for the entries that would call it the child's choice. Not a farm or a debt alone (work
// experience on a farm, an adult paying back arrears), nor paying for a journey (a train fare).
export const LABOUR_EXPLOITATION_CUES: readonly string[] = [
  'work|works|worked|working at|in|for [the|a] nail bar|bars|salon|salons',
  'work|works|worked|working at|in [the|a] car wash|washes',
  'work|works|worked|working at|in|on [the|a] cannabis farm|farms',
  'to pay off|back [his|her|their] [*] journey|passage|crossing',
  'to pay for [his|her|their] passage|crossing',
];

// Review 28: a fee paid back is not the passage a child works off ("agreed to pay back the crossing fees to the council").
export const LABOUR_EXPLOITATION_VETOES: readonly string[] = [
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
