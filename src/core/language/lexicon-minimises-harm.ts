import {
  ADULT_CUES,
  CCE_CUES,
  DRUG_SUPPLY_CUES,
  EXPLOITATION_CONTEXT_CUES,
  FRIEND_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  PRONOUN_POSS,
  PRONOUN_SELF,
  SEXUAL_CUES,
} from './lexicon-cues.ts';
import { CHILD_AGE_TOKENS } from './lexicon-parts.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that minimises harm (`minimises_harm`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const MINIMISES_HARM_ENTRIES: readonly LexiconEntry[] = [
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
      // Session 22b: the harm done over the debt named ("beaten over a drugs debt"): the writer records the violence.
      'beaten|beat|assaulted|attacked|stabbed|hurt|injured|punished|kidnapped|threatened over|for|because',
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
    // Session 23: the adult named after the child ("sexting between the 14-year-old and the 32-year-old account").
    window: 8,
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
      // Session 22b: an agency's own operation ("the operation was a one-off joint exercise with Lincolnshire").
      'joint|exercise|exercises|operation|operations|initiative|pilot|inspection|audit|training|funding',
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
    // Session 21: "besotted with" and the like are in infatuated_round33 (implies_consent), as three tuning sets mark them.
    patterns: ['puppy love', 'young love', 'teenage romance|crush|infatuation|fling', 'crush|crushes on', 'a crush'],
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
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
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
];
