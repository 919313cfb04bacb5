import { ADULT_AGES, ADULT_CUES, AGE_NUMBERS, CCE_CUES, OTHER_PERSON_CUES, RISK_CONTEXT_CUES, SEXUAL_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Session 22 (fresh36, a paraphrase-heavy tuning set): families of idioms and euphemisms that blame, recast or play down
// without the textbook phrases ("brings it all on herself", "voted with her feet", "her patron", "runs parcels", "a bit
// of a fracas", "could pass for eighteen"). Each entry lists a family with its inflections, not one sentence. Sources as
// in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

const OLDER_AGES = ADULT_AGES.filter((n) => n >= 25).join('|');

// Objects a child may go looking for or stir: the literal senses of the idioms below.
const LITERAL_OBJECTS = 'phone|keys|key|bag|coat|jacket|shoes|dog|cat|purse|wallet|charger|book|books|homework|pan|pot|sauce|soup|mixture|paint|tea';

export const ROUND_36_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'own_undoing_round36',
    // "is her own undoing", "the author of her own misfortune", "too clever for her own good", "a magnet for trouble",
    // "more trouble than he's worth", "brings trouble to the door", "invites the chaos", "went looking for it" (fresh36):
    // the Durham list's "They're a troublemaker" in the idioms writers reach for instead.
    patterns: [
      'her|his|their own undoing|downfall',
      'author|authors|architect of her|his|their own misfortune|misfortunes|downfall',
      'too clever|smart|sharp|cocky|big for her|his|their own good',
      'magnet|magnets for trouble|bother|problems|drama',
      "more trouble|bother|hassle than she's|he's|they're|shes|hes|theyre|she’s|he’s|they’re worth",
      'more trouble|bother|hassle than she|he|they is|are|was|were worth',
      'brings|brought|bringing|bring trouble|bother|problems to the|her|his|their door',
      'invites|invited|inviting|invite [the|this|all] chaos|trouble|drama',
      'went|goes|go|going|gone looking for it|trouble',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child the cause of what happens to them. The harm is done by the people who exploit the child, and the child’s behaviour is often a response to it.',
    alternatives: [
      'Adults are targeting the child: record who, where and what they do',
      'The child’s behaviour may be a response to harm: describe what happened and what the child needs',
    ],
    source: 'durham_scp', // "They're a troublemaker" and the other phrases that blame
    unlessNear: [LITERAL_OBJECTS],
    window: 4,
  },
  {
    id: 'eyes_open_round36',
    // "walked into it with her eyes open", "set herself up by going back to the party" (fresh36): the child made to have
    // foreseen and so owned the harm (Durham: "They must have known what would happen").
    patterns: [
      'walked|walks|walk|walking|went|go|goes|going into it|this|that with her|his|their eyes [wide] open',
      'set|sets|setting herself|himself|themselves up',
    ],
    category: 'blames_child',
    explanation:
      'Says the child saw the harm coming and so is responsible for it. Children who are groomed cannot foresee or escape what adults plan for them.',
    alternatives: [
      'The child was groomed and exploited by [who]: record what the adults did',
      'The child could not be expected to protect themselves from adults who targeted them',
    ],
    source: 'durham_scp', // "They must have known what would happen when they got into that car"
    requiresNear: [...RISK_CONTEXT_CUES, 'rescuing|rescue|warned|again|incident|first'],
    unlessNear: ['business|shop|stall|account|accounts|profile|tent|camp|stage|equipment|game|games|console|laptop|room|bedroom|for life|well'],
    window: 10,
  },
  {
    id: 'untruthful_idioms_round36',
    // "economical with the truth", "a history of crying wolf", "tells tales about the taxi drivers",
    // "twists adults round her little finger", "a chancer" (fresh36): the child's account
    // discredited in idiom.
    patterns: [
      'economical with the truth',
      'crying|cries|cried|cry wolf',
      'tells|told|telling|tell tales',
      'twists|twisted|twisting|twist [the|all|every] * round|around her|his|their little finger',
      'chancer|chancers',
    ],
    category: 'blames_child',
    explanation:
      'Casts doubt on the child’s word. Children who are exploited often give partial or changing accounts out of fear, shame or loyalty, and every account should be recorded and checked.',
    alternatives: [
      'The child’s account is [what they said]: record it in their words and what has been done to check it',
      'The child may not feel safe to give a full account yet',
    ],
    source: 'docsbay_alternatives', // [A] describe the circumstances, not the child's character
    unlessNear: ['story|stories|storytelling|book|books|library|fairy|folk|film|play|assembly|mum|dad|mother|father|carer|carers'],
    window: 4,
  },
  {
    id: 'shuts_out_help_round36',
    // "keeps slamming the door on help", "being awkward with officers", "can't keep his mouth shut", "stirs things up",
    // "treats the place like a hotel", "seems to enjoy the drama", "attention-hungry" (fresh36): a trauma response written
    // as a character flaw.
    patterns: [
      'slams|slammed|slamming|slam|shuts|shut|shutting the|a door on help|support|services|workers|professionals|us|everyone|staff',
      'being|was|is|were|very awkward|obstructive with|towards officers|police|staff|carers|workers|professionals|us',
      "can't|cannot|couldn't|can’t|couldn’t keep her|his|their mouth|trap|gob shut",
      'stirs|stirred|stirring|stir things|it up',
      'treats|treated|treating|treat the|this|her|his|their place|home|house|unit|placement like a hotel|hostel',
      'enjoy|enjoys|enjoyed|enjoying [all] the drama',
      'attention-hungry|attention-craving',
      'attention hungry|craving',
    ],
    category: 'blames_child',
    explanation:
      'Describes how the child reacts to harm as a fault in them. Anger, silence and chaos are common responses to exploitation and fear of those who control the child.',
    alternatives: [
      'The child is finding it hard to trust professionals: record what has been offered and what might help',
      'The child’s behaviour may be a response to fear or harm: describe what happened',
    ],
    source: 'complex_safeguarding_wales', // language use: describe behaviour, not character
    unlessNear: [LITERAL_OBJECTS, 'cooking|cooked|recipe|baking|mix|bowl|spoon|sugar|milk'],
    window: 8,
  },
  {
    id: 'freely_given_round36',
    // "went freely", "voted with her feet", "has thrown her lot in with the older group", "gave himself over to the lads",
    // "prefers life at the flat", "climbs into the cars without any persuasion", "is a party to what
    // goes on at the flat" (fresh36): the "lifestyle choice" the guides reject, in other words.
    patterns: [
      'went|goes|go|going|gone freely',
      'voted|votes|voting|vote with her|his|their feet',
      'thrown|threw|throws|throwing|throw her|his|their lot in with',
      'gave|give|gives|giving|given herself|himself|themselves over to',
      'prefers|preferred|prefer life|living|being|staying at|with',
      'without [any|much|a] persuasion|persuading|coaxing|prompting|protest',
      'is|was|were|are|be|being|been a party to',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child’s presence with the people exploiting them as the child’s free choice. Being exploited is not a lifestyle choice, and a groomed child is not free to choose.',
    alternatives: [
      'The child is being drawn to [where] by people who exploit them: record who and how',
      'The child may be under the control of [who]; it is unclear whether they feel able to leave',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited is not a 'lifestyle choice'"
    requiresNear: [...RISK_CONTEXT_CUES, ...ADULT_CUES, 'window|climbed|consequences|group|lads|olders|flat|goes'],
    unlessNear: [
      // An adult by age ("He is 20 and can make his own choices").
      `he|she is|was [now] [aged] ${AGE_NUMBERS}`,
      `he's|she's|hes|shes [now] ${AGE_NUMBERS}`,
      'refuge|college|course|courses|options|school|subjects|gcse|gcses|meal|menu|food|proceedings|hearing|application|agreement|contract|court|case|litigation',
    ],
    window: 8,
  },
  {
    id: 'grown_lad_round36',
    // "he's a grown lad, he can look after himself" (a mother's text in fresh29), "he's a grown lad, he can handle a few
    // slaps" (fresh30): a child's age written up to wave away harm.
    patterns: ["he's|she's|hes|shes|he’s|she’s a grown lad|boy|girl|lass", 'is|was a grown lad|lass'],
    category: 'minimises_harm',
    explanation: 'Treats the child as old enough to handle harm. A child is a child in law and in need, whatever their size or manner.',
    alternatives: ['He is [age] and is being harmed by [who]: record what happened', 'The child needs protection from [who]'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
  },
  {
    id: 'likes_older_men_round36',
    // "I like older men, they treat me better" (fresh36), "she likes older lads": the child's attraction offered as the
    // reason adults abuse her.
    patterns: ['likes|like|liked|liking older men|lads|boys|guys|males'],
    category: 'implies_consent',
    explanation:
      'Presents the child’s attraction to older people as the explanation for abuse. Adults who groom children cultivate that attraction, and the responsibility is theirs.',
    alternatives: [
      'Older men have targeted the child and made her feel special: record who they are and what they give',
      'The child has been groomed by adults',
    ],
    source: 'language_matters', // [B] talk about the abuse, not the child's relationships
    unlessNear: ['music|films|film|clothes|style|games|football'],
    window: 4,
  },
  {
    id: 'partner_euphemism_round36',
    // "her bloke's place", "his patron in Leeds", "her provider, a man of 47", "Jade's squeeze, a man of 33", "the bloke
    // she's seeing", "the big lads, all in their twenties", "his business partners in Walsall, men in their thirties"
    // (fresh36): an abusing adult named as the child's partner, sponsor or associate.
    patterns: [
      "her|his bloke's|bloke’s",
      'her|his|their patron|patrons|provider|providers|sponsor|sponsors',
      // "Skye's provider, a man of 47", "Dre's sponsor at the boxing club, a man of 40" (fresh11), "her daughter's sponsor
      // in Dubai pays for her phone" (fresh31): after a name, only with an adult's age, look or gifts beside it.
      'patron|provider|sponsor',
      'squeeze',
      "bloke|man|guy|fella|lad she's|she’s|shes|he's|he’s|hes seeing|courting",
      'bloke|man|guy|fella|lad she|he is|was seeing|courting',
      'the big lads|men|boys',
      'business partner|partners|associate|associates',
    ],
    category: 'adult_centred_label',
    explanation: 'Names an adult who is abusing or exploiting the child as a partner, sponsor or associate, which is how the adult would describe it.',
    alternatives: [
      'A [age]-year-old man who is sexually exploiting the child',
      'An adult aged [age] who has power over the child: record what he gives and asks',
    ],
    source: 'nspcc', // [E] "older boyfriend" may be legitimising an exploitative relationship
    // Also an adult's look or gifts ("he looks about 30", "who pays for his trainers").
    requiresNear: [...ADULT_CUES, ...CCE_CUES, `looks|looked|look about|around|maybe|over ${OLDER_AGES}`, 'pays|paid|buys|bought|spoils|spoilt|keeps|treats'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'lemon|orange|juice|hand|hands|tube|energy|broadband|gas|electricity|insurance|housing|care|health|service|school|college|club|team',
      "club's|firm|kit|company|event|charity|shirt|shirts|main|nets|cricket|football|rugby|netball|builder",
    ],
    window: 8,
  },
  {
    id: 'cce_trade_round36',
    // "acting as a go-between for the dealers", "runs parcels between Hull and Grimsby", "the money man for the group",
    // "employed by a Manchester line", "holding for an adult male", "earning for the men", "a known nominal", "juvenile
    // pusher", "stashes the drugs for them", "in the game now" (fresh36): the trade's own words for what the child is made
    // to do.
    patterns: [
      'acting|acts|act|acted as a|the go-between|middleman|middle-man|go-betweens',
      'runs|ran|running|run parcels|packages|bags|bits|gear',
      'the|a money man|moneyman',
      'employed|hired by a|the * line|gang|crew|network',
      'employed|hired by a|the line|gang|crew|network',
      'holding|holds|held for an|a|the adult|adults|male|males|man|men|older|olders|dealer|dealers|gang|line',
      'earning|earns|earned|earn for the|them|older|olders|men|gang|dealers',
      'known|gang nominal',
      'pusher|pushers',
      'stashes|stashed|stashing|stash [the|their] drugs|gear|weapons|knives|knife|parcels',
      'stashes|stashed|stashing|stash * for them|him|the',
    ],
    category: 'criminalises_child',
    explanation:
      'Describes the child in the words of the drug trade, as a worker or dealer. A child who carries, holds or sells for others is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited by [who] to carry or hold drugs or money',
      'Adults are using the child in drug supply: consider an NRM referral',
    ],
    source: 'yjlc', // [C] "Recruited"/"working" legitimise CCE; use "criminally exploited"
    unlessNear: [...OTHER_PERSON_CUES, 'pen|pram|trolley|buggy|pushchair|paper|pencil|questioning|interview|ransom|football|match|team|score|scored'],
    window: 6,
  },
  {
    id: 'in_the_game_round36',
    // "Jermaine is in the game now and the older ones trust him with the phone" (fresh36): the trade's word for the child's
    // place in drug supply; not a match or a team.
    patterns: ['is|was|are|were|been|deep [now] in the game'],
    category: 'criminalises_child',
    explanation: 'Describes the child as a player in the drug trade. A child in drug supply is being criminally exploited.',
    alternatives: [
      'The child is being criminally exploited by [who] in drug supply',
      'Adults are using the child to sell or carry drugs: consider an NRM referral',
    ],
    source: 'yjlc', // [C] words that legitimise CCE
    requiresNear: [...CCE_CUES, 'older|olders|lads|phone|phones|trust|trusts|money'],
    unlessNear: [
      'football|rugby|cricket|match|team|squad|score|scored|minute|minutes|whistle|pitch|played|playing|play|cup|league|referee|coach|xbox|playstation|console|online|level',
    ],
    window: 10,
  },
  {
    id: 'escaped_from_care_round36',
    // "ESCAPED FROM CHILDRENS HOME", "escaped from the unit" (fresh36): the custody word for a child leaving a placement.
    patterns: [
      "escaped|escapes|escaping|escape from [the|her|his|a] unit|units|placement|placements|children's|childrens|children’s|residential|secure|care|hostel",
    ],
    category: 'criminalises_child',
    explanation:
      'Writes a child leaving a placement as an escape from custody. A child who leaves may be fleeing harm or drawn away by people who exploit them.',
    alternatives: [
      'The child went missing from [placement] at [time]: record where they went and who with',
      'The child left the placement; it is unclear whether they were under duress',
    ],
    source: 'childrens_society_2018', // "absconded" is a custody term; describe the child as missing
    window: 6,
  },
  {
    id: 'harm_idioms_round36',
    // "nothing to get excited about", "a bit of a fracas", "risk has settled", "teenage silliness", "scored as minimal",
    // "all's well that ends well", "gets a bit handsy", "small beer" (fresh36): harm waved away in idiom.
    patterns: [
      'nothing to get excited about',
      'nothing to get worked|het up about',
      'a bit of a fracas|scuffle|kerfuffle|barney|ding-dong|set-to|to-do|tussle',
      'risk|risks|concern|concerns has|have|had [now] settled|subsided|eased',
      'teenage|youthful|adolescent|childish silliness|tomfoolery|high-jinks|hijinks',
      'scored|rated|graded|assessed|deemed as|at minimal|negligible',
      "all's|alls|all’s well that ends well",
      'handsy',
      'small beer|potatoes',
    ],
    category: 'minimises_harm',
    explanation: 'Plays down abuse, violence or risk to a child. Minimising the harm delays protection and tells the child that what happened does not matter.',
    alternatives: ['Describe exactly what happened to the child and who did it', 'The concern remains: record the risk and what is being done about it'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    unlessNear: ['money|cost|costs|price|prices|budget|fee|fees|spend|spent'],
    window: 6,
  },
  {
    id: 'play_framing_round36',
    // "the touching on the bus was horseplay", "the sexual contact was playful", "boys letting off steam" when a child was
    // chased and slapped (fresh36): assault framed as play, only where the note shows touching, sex or violence.
    patterns: ['horseplay|horse-play|play-fighting|roughhousing|rough-housing', 'was|is|being|were playful', 'letting|lets|let off steam'],
    category: 'minimises_harm',
    explanation: 'Frames sexual touching or violence against a child as play. It is abuse or assault, and calling it play hides the harm.',
    alternatives: ['The child was touched without consent by [who]: record it as a sexual assault', 'The child was assaulted by [who]'],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: [...SEXUAL_CUES, 'slapped|punched|hit|chased|kicked|assault|assaulted|older|men|sixth|former|bruising|bruises'],
    window: 8,
  },
  {
    id: 'sexual_reputation_round36',
    // "could pass for eighteen", "looks well older than 14", "has a name for herself", "dresses far too old for thirteen",
    // "a provocative young lady", "knows her way around men", "a pretty boy the older men like", "mature beyond her years
    // in the way she dresses" (fresh36): the child's looks, dress or reputation offered as the reason adults target her.
    patterns: [
      'could|can|would|might pass for eighteen|18|nineteen|19|twenty|20|21|older',
      'could|can|would|might pass for an|a adult|woman|grown-up',
      'looks|look|looked|looking well|way|much|far|lot older than',
      'has|had|got|have a name for herself|himself',
      'has|had|got|have a bit of a name for herself|himself',
      'dresses|dressed|dressing|dress [far|much|way|a|bit] too old|mature|grown-up|adult|provocatively',
      'provocative|seductive|flirty young lady|girl|woman|madam',
      'knows|knew|know her|his|their way around|round men|boys|lads|males',
      'pretty boy|pretty-boy',
      'mature|grown-up beyond her|his|their years',
    ],
    category: 'sexualises',
    explanation: 'Describes the child’s looks, dress or sexual reputation. It shifts attention from the adults who abuse the child and is used to excuse them.',
    alternatives: ['The child is [age]: adults have targeted her', 'Record what the adults did and said, not how the child looked or dressed'],
    source: 'childrens_society_2018',
    requiresNear: [
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      'dress*|make-up|clothes|attention|men|lads|boys|reputation|thirteen|fourteen|fifteen|12|13|14|15|teacher|wrote|report|town|estate|area|girl',
    ],
    unlessNear: [...OTHER_PERSON_CUES, 'photo|photograph|picture|glasses|uniform|height|tall'],
    window: 8,
  },
  {
    id: 'fast_forward_round36',
    // "Staff describe Tina as fast", "taxi drivers describe Kelsey as forward with them" (fresh36): the older sexual slang
    // for a girl, as a label.
    patterns: [
      'describe|describes|described|seen|known|regarded|considered|called * as fast|forward',
      'as|is|was|very|too fast|forward with|around men|males|lads|boys|them|drivers|staff',
      // "has a lot of boyfriends and is very forward" (fresh34)
      'is|was very|so|quite|really forward',
    ],
    category: 'sexualises',
    explanation: 'Labels the child as sexually forward. It blames the child and hides that adults are targeting and abusing her.',
    alternatives: ['Adults are targeting the child: record who they are and what they do', 'The child may be being sexually exploited by [who]'],
    source: 'childrens_society_2018',
    requiresNear: [...SEXUAL_CUES, 'men|man|older|drivers|males|lads|boyfriends'],
    unlessNear: [
      'learner|learners|runner|runners|asleep|track|food|pace|plays|position|striker|winger|team|football|thinking|planning|progress|lane|train|internet|broadband',
    ],
    window: 8,
  },
];
