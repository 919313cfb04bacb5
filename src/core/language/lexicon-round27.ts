import { ADULT_AGE_CUES, AGE_NUMBERS, CHILD_CENTRED_CCE_CUES, PRONOUN_SELF } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 27: families of wording from the tuning sets (fresh26 first) that no entry covered, each written for its
// inflections and variants and checked against ordinary sentences that share its words (round27.test.ts). Sources as
// in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Online contact with adults: an app, a game, images.
const ONLINE_ADULT_CUES = [
  'online|internet|snapchat|snap|instagram|insta|whatsapp|tiktok|discord|telegram|facebook|kik|omegle|game|games|gaming|fortnite|roblox|minecraft|xbox|playstation|app|apps|account|live|stream|livestream|webcam',
  'man|men|male|males|adult|adults|older|stranger|strangers|guy|guys|bloke',
];
// Children of the child's own age: pictures or chat between peers is another matter.
const PEER_CUES = ['friend|friends|mate|mates|classmate|classmates|peers|peer|girlfriend|boyfriend|sister|brother|cousin|year'];
// The child's pictures, videos and chat with adults.
const IMAGE_WORDS = 'pics|pictures|photos|photographs|images|nudes|selfies|videos|vids|snaps';
// Adults and groups a child is exploited by.
const EXPLOITERS = 'olders|elders|men|gang|gangs|dealers|line|crew|firm';
// Review 27: a relative or friend with an adult age in apposition ("Her brother, 24, is a senior member of the gang"):
// the wording is said of that adult.
const RELATIVE_ADULT_AGE = `brother|sister|cousin|uncle|aunt|auntie|friend|partner|boyfriend|girlfriend [aged] ${AGE_NUMBERS}`;
// Review 27: an adult relative as the one named ("Dad describes himself as a risk taker", "accused Dad of milking the
// system").
const ADULT_RELATIVES = 'mum|mam|mother|dad|father|stepdad|stepmum|grandad|grandma|nan|gran|uncle|aunt|auntie|parent|parents';

// What adults call a pain or a nightmare besides a child.
const NUISANCE_THINGS =
  'traffic|parking|journey|wait|waiting|weather|paperwork|system|process|commute|move|building|roadworks|printer|computer|queue|form|forms|rota|snow|rain';

export const ROUND_27_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'risk_taker_round27',
    // The child labelled by the risks others expose them to: "Fern is a risk taker who likes older men", "a thrill-seeker
    // who gets into cars" (fresh26 judgement call).
    patterns: [
      'risk-taker|risk-takers|risktaker|thrill-seeker|thrill-seekers|thrillseeker',
      'risk|thrill taker|takers|seeker|seekers',
      'adrenaline junkie|junkies',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the source of the danger. Children are groomed into risky situations by adults; the label hides who creates the risk.',
    alternatives: [
      'The child is being exposed to risk by [adults / group]: record who and how',
      'The child is at risk of exploitation from adults they are spending time with',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not make the child responsible for risk
    requiresNear: ['men|man|males|adults|older|olders|missing|cars|car|drugs|drink|alcohol|sex|sexual|gang|parties|party|hotel|strangers|online'],
    contextInSentence: true,
    labelFrame: true,
    unlessNear: [
      'business|investor|investors|entrepreneur|sport|sports|climbing|skiing|surfing|trading|market|markets',
      // Review 27: an adult's self-description or own past ("Dad describes himself as", "she was a risk taker at his age").
      `${ADULT_RELATIVES} describes|described|calls|called|considers|considered himself|herself`,
      'at her|his|my|their|your age',
    ],
    window: 8,
  },
  {
    id: 'gave_out_details_round27',
    // Contact details recorded as something the child handed out to an adult: "Logan gave out his number to a man on
    // Fortnite", "she gives her Snapchat to older boys" (fresh26 judgement call).
    patterns: [
      'gave|gives|give|giving|handed|hands|hand|handing out [her|his|their] number|numbers|snapchat|snap|address|details|location|socials',
      'gave|gives|give|giving|handed|hands|hand|handing her|his|their number|snapchat|snap|address|details|location|socials to',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for an adult’s contact. Adults who seek out children’s numbers and accounts are grooming them; the adult is responsible.',
    alternatives: [
      'An adult [age, account] obtained the child’s number / account and has been contacting them',
      'Record who asked for the details and what they have sent since',
    ],
    source: 'childrens_society_2018',
    requiresNear: ONLINE_ADULT_CUES,
    unlessNear: [
      ...PEER_CUES,
      'school|teacher|teachers|staff|worker|social|police|officer|gp|doctor|nurse|office|reception|carer|carers|college|job|employer|dentist|clinic',
      // Review 27: the adults' own numbers ("the men gave out their numbers at the party").
      'men|man|adults|adult|males|women|woman gave|gives|give|giving|handed|hands|hand|handing [out] their|his|her',
    ],
    window: 10,
  },
  {
    id: 'involved_self_round27',
    // The child recorded as having involved themselves with adults: "Macy involved herself with older men", "he has
    // embroiled himself in the line" (fresh26 judgement call; the family of "got himself mixed up with").
    patterns: [`involved|involves|involving|involve|embroiled|embroils|entangled|entangles|immersed|inserted|attached ${PRONOUN_SELF} with|in|into`],
    category: 'implies_consent',
    explanation: 'Says the child brought the adults into their life. Adults target and draw children in; the child’s involvement is the result of grooming.',
    alternatives: ['The child has been drawn in by [adults / group]: record who and how', 'The child is being groomed by adults (record their ages)'],
    source: 'childrens_society_2018',
    requiresNear: ['men|man|males|adults|older|olders|elders|gang|gangs|dealers|drugs|line|group|crowd|crew|sex|sexual'],
    contextInSentence: true,
    unlessNear: [
      'club|clubs|team|teams|sport|sports|activities|activity|project|projects|church|volunteering|school|college|council|choir|band',
      // Review 27: an adult's own dealings ("Her partner has entangled himself with a group of older men from the pub").
      `${ADULT_RELATIVES}|partner|boyfriend|husband|wife has|had|have [*] involved|embroiled|entangled|immersed|inserted|attached`,
    ],
    window: 8,
  },
  {
    id: 'trading_images_round27',
    // Images taken from a child recorded as a swap: "Josh has been trading pics with a man he met on Roblox", "she
    // exchanges photos with older men for credit" (fresh26 judgement call).
    patterns: [
      `trading|trades|traded|trade|swapping|swaps|swapped|swap|exchanging|exchanges|exchanged|exchange [sexual|explicit|naked|nude|intimate] ${IMAGE_WORDS}`,
    ],
    category: 'implies_consent',
    explanation: 'Presents an adult obtaining images of a child as an exchange between equals. An adult who asks a child for images is abusing them.',
    alternatives: [
      'An adult [age, account] has been obtaining images of the child',
      'The child has been groomed into sending images: report to police and CEOP',
    ],
    source: 'childrens_society_2018', // the guide: "sending pictures to adults" becomes "adults obtaining images of the child"
    requiresNear: [ONLINE_ADULT_CUES[1]!, ...ADULT_AGE_CUES],
    // Review 27: a hobby's pictures ("trading photos of old steam trains with other men online").
    unlessNear: [
      ...PEER_CUES,
      'holiday|holidays|family|wedding|football|cards|stickers|pokemon|collection|collectors|art|camera|club',
      'train|trains|steam|railway|railways|stamps|coins|birds|wildlife|garden|gardening|allotment|vintage|classic|hobby|forum',
    ],
    window: 10,
  },
  {
    id: 'talking_dirty_round27',
    // Sexual talk an adult draws from a child recorded as the child's: "Freddie was talking dirty to a man on Discord",
    // "she talks sexy to older men online" (fresh26 judgement call).
    patterns: ['talking|talks|talked|talk dirty|sexy|filthy|rude to|with', 'dirty|sexy|filthy talk|chat|chats|talking|messages'],
    category: 'sexualises',
    explanation: 'Describes the child in adult sexual terms. An adult who draws a child into sexual talk is grooming and abusing them.',
    alternatives: [
      'An adult [age, account] has been sending sexual messages to the child / drawing the child into sexual talk',
      'The child is being groomed online: report to police and CEOP',
    ],
    source: 'childrens_society_2018',
    requiresNear: ONLINE_ADULT_CUES,
    // Review 27: talk between adults ("Dad admitted he had been talking dirty to a woman he met online").
    unlessNear: [...PEER_CUES, 'teacher|teachers|staff|class|lesson|lessons|swearing|swore|language', 'woman|women|wife|husband'],
    window: 10,
  },
  {
    id: 'senior_in_group_round27',
    // A child ranked inside the group that exploits them: "Leon (14) is a senior member of the group and gives orders to
    // younger boys", "a high-ranking runner on the line" (fresh26 judgement call).
    patterns: [
      'senior|high-ranking|high|top|key|leading|trusted|established|core|main member|members|figure|figures|player|players|runner|runners|lieutenant|lieutenants of|in|within the|a|that|their gang|group|network|crew|firm|organisation|organization|set',
      'high-ranking|senior|top-ranking|ranking gang|group|line|crew member|members|figure|runner',
    ],
    category: 'criminalises_child',
    explanation: 'Ranks the child inside the group that exploits them. Children who rise in a group are still being used by the adults who run it.',
    alternatives: [
      'The child is being criminally exploited by [group] and used to control other children',
      'Record who directs the child and what the child is made to do',
    ],
    source: 'complex_safeguarding_wales',
    unlessNear: [
      ...ADULT_AGE_CUES,
      'staff|school|church|youth|sports|football|club|clergy|council|committee|family|band|orchestra|choir|team',
      RELATIVE_ADULT_AGE,
    ],
    window: 6,
  },
  {
    id: 'runs_trap_round27',
    // A child said to run the place he is exploited in: "the juvenile runs a trap house in Ipswich" (fresh26 judgement
    // call; a line run by a child is drug_runner's).
    patterns: [
      'runs|ran|running|run|manages|managed|managing|operates|operated|operating a|the|his|her|their [own] trap|traphouse|trap-house|traphouses|traps',
    ],
    category: 'criminalises_child',
    explanation: 'Makes the child the organiser of the harm done to them. Children found at trap houses or on lines are placed there and controlled by adults.',
    alternatives: [
      'The child is being criminally exploited at [address / line]: record who placed them there',
      'The child is a suspected victim of county lines exploitation: consider an NRM referral',
    ],
    source: 'complex_safeguarding_wales',
    unlessNear: [
      ...ADULT_AGE_CUES,
      ...CHILD_CENTRED_CCE_CUES,
      'man|men|male|males|adult|adults|suspect|suspects|nominal|nominals|dealer|dealers',
      // Review 27: a trap for shooting or for animals ("runs his own trap shooting range").
      'shooting|clay|pigeon|pigeons|range|fox|foxes|rabbit|rabbits|rat|rats|mice|wasp|wasps|speed',
    ],
    window: 6,
  },
  {
    id: 'happy_to_go_along_round27',
    // Compliance under control recorded as willingness: "Sian (17) was happy to go along with the plan to collect the
    // parcels", "keen to help the olders out" (fresh26 judgement call).
    patterns: [
      'happy|willing|keen|eager|content|glad|pleased to go|went|going along with',
      'happy|willing|keen|eager|content|glad to help|helping|help out the|his|her|their olders|elders|men|gang|dealers',
      // Review 27: older people, not any older ones ("glad to help out the older residents at the care home").
      'happy|willing|keen|eager|content|glad to help|helping|help out the|his|her|their older men|lads|boys|males|guys|ones',
    ],
    category: 'implies_consent',
    explanation: 'Presents compliance as free will. Children go along with adults who groom, threaten or owe-bond them; the adults are responsible.',
    alternatives: [
      'The child has been drawn into [activity] by [adults / group]: record what they are told, given and threatened with',
      'The child is being criminally or sexually exploited',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['parcel|parcels|packages|package|bags|drugs|cash|money|men|man|adults|olders|elders|gang|line|dealers|older|car|cars|hotel|flat|plan'],
    contextInSentence: true,
    unlessNear: ['homework|school|lesson|lessons|class|placement|foster|carers|staff|worker|social|team|club|trip|activity|activities'],
    window: 6,
  },
  {
    id: 'stays_out_to_party_round27',
    // Missing episodes recorded as partying: "Keeley (15) stays out to party and turns up after a few days" (fresh26
    // judgement call).
    patterns: ['stays|stayed|staying|stay out [all|late] [night] to party|drink|drinking|partying', 'goes|went|going|go missing to party|drink|partying'],
    category: 'implies_consent',
    explanation: 'Records a missing child as out for fun. Children who go missing are at risk of exploitation; ask where they were and with whom.',
    alternatives: [
      'The child has been missing [number] times: record where they were found and who they were with',
      'Concern that the child is being exploited while missing',
    ],
    source: 'childrens_society_2018',
    unlessNear: ['prom|birthday|wedding|christmas|holiday|festival|permission|allowed'],
    window: 6,
  },
  {
    id: 'working_the_system_round27',
    // An exploited or trafficked child recorded as gaming the services: "Kristian is exploiting the system to stay in the
    // UK", "she plays the system" (fresh26 judgement call).
    patterns: [
      'exploiting|exploits|exploited|exploit|abusing|abuses|abused|abuse|playing|plays|played|play|gaming|games|gamed|working|works|worked|work|milking|milks|milked|manipulating|manipulates the|our system|systems',
    ],
    category: 'blames_child',
    explanation:
      'Casts a child seeking help as dishonest. Children who are trafficked or exploited often give partial accounts out of fear; the task is to find out what has happened to them.',
    alternatives: [
      'The child’s account is not yet clear: record what has been said and what support is in place',
      'Consider whether the child has been trafficked or coached by adults',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      'computer|software|it|booking|online|heating|ventilation|filing|appointment|appointments',
      // Review 27: adults' own dealings ("a director was exploiting the system for expenses", "accused Dad of milking the
      // system") and professionals working it for a child ("Staff are working the system hard to find a placement").
      'director|directors|company|companies|landlord|landlords|employer|employers|expenses|tax|fraud',
      `${ADULT_RELATIVES} of`,
      'staff|we|professionals|colleagues|workers are|were|have|had [been] working|worked|work',
    ],
    window: 4,
  },
  {
    id: 'showing_off_online_round27',
    // Online abuse recorded as a child showing off: "Nadia was showing off on TikTok Live when the men started asking her
    // to undress" (fresh26 judgement call).
    patterns: [
      'showing|shows|showed|show off [herself|himself|themselves] on|online|live|camera|webcam|stream',
      'showing|shows|showed|show off [herself|himself|themselves] to|for [the] men|adults|males',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for what adults did online. Adults who ask a child to undress or perform on camera are abusing them.',
    alternatives: [
      'Adults [accounts] asked the child to undress / perform on a livestream: report to police and CEOP',
      'The child is being sexually abused online',
    ],
    source: 'childrens_society_2018',
    requiresNear: ONLINE_ADULT_CUES,
    unlessNear: [...PEER_CUES, 'skateboard|skating|dance|dancing|talent|art|drawing|guitar|singing|music|football|skills|trick|tricks|family'],
    window: 10,
  },
  {
    id: 'should_have_known_round27',
    // Hindsight hung on the child: "Aaron should have known not to send the video after the assembly", "she ought to know
    // better by now" (fresh26 judgement call).
    patterns: ['should|ought [to] have known|realised|realized|known better', 'should|ought [to] know better', 'should|ought [to] have known not to'],
    category: 'blames_child',
    explanation:
      'Holds the child responsible for not seeing through an adult’s grooming. Grooming works because children are manipulated; the responsibility lies with the adult.',
    alternatives: ['The child was manipulated by [adult]: record how the adult gained their trust', 'Record what the adult asked for and how'],
    source: 'childrens_society_2018',
    requiresNear: [
      'video|videos|pics|pictures|photos|images|nudes|man|men|adult|adults|older|online|car|cars|went|go|going|met|meet|send|sent|drugs|risk|risks|danger',
    ],
    contextInSentence: true,
    unlessNear: [
      'we|i|you|staff|school|police|services|agency|agencies|professionals|worker|workers|social|team|carer|carers|parents|mum|dad|council|they',
      'man|men|adult|adults|perpetrator|perpetrators|abuser|abusers|offender|offenders should',
    ],
    window: 3,
  },
  {
    id: 'made_money_from_images_round27',
    // Images obtained from a child recorded as the child's earnings: "the 15-year-old made money from the images the man
    // asked for", "earns cash selling pictures to men" (fresh26 judgement call).
    patterns: [
      `made|makes|making|make|earned|earns|earning|earn money|cash|credit|tokens from|for|by|selling [her|his|their|the] [own] [sexual|naked|nude|explicit] ${IMAGE_WORDS}`,
      `selling|sells|sold [her|his|their] [own] [sexual|naked|nude|explicit] ${IMAGE_WORDS} to`,
    ],
    category: 'implies_consent',
    explanation: 'Presents adults buying images of a child as the child’s business. Paying a child for images is sexual exploitation.',
    alternatives: ['Adults have been paying the child for sexual images: report to police and CEOP', 'The child is being sexually exploited online'],
    source: 'childrens_society_2018',
    unlessNear: [
      'etsy|ebay|art|artwork|prints|photography|portfolio|wedding|weddings|stock|business|shop|landscape|landscapes|pet|pets',
      // Review 27: an adult's published photos ("Mum's friend, 34, made money from selling her own photos to a magazine").
      'magazine|magazines|newspaper|newspapers|gallery|exhibition|agency',
      RELATIVE_ADULT_AGE,
    ],
    window: 8,
  },
  {
    id: 'in_with_olders_round27',
    // Membership of the group that exploits a child recorded as standing: "He is in with the older lads at the
    // takeaway", "she's well in with the olders" (fresh26 judgement call).
    patterns: [
      `is|was|are|were|got|gets|getting|get|he's|she's|they're|being [well|really|very|quite|firmly|now] in with the|a|some|those|these ${EXPLOITERS}`,
      "is|was|are|were|got|gets|getting|get|he's|she's|they're|being [well|really|very|quite|firmly|now] in with the|a|some|those|these older lads|boys|males|men|crowd",
    ],
    category: 'implies_consent',
    explanation: 'Presents being drawn into a group of older people as belonging. Older people who befriend a child are often grooming them.',
    alternatives: [
      'The child is spending time with [adults / group] (record ages): concern of exploitation',
      'Record who the child is with, where and what is given or asked',
    ],
    source: 'language_matters',
    unlessNear: ['church|choir|team|club|youth|family|neighbours|staff'],
    window: 6,
  },
  {
    id: 'working_in_brothel_round27',
    // A child sexually exploited in a brothel recorded as working there: "the girl has been working in a brothel in
    // Leicester" (fresh26 judgement call: criminalises).
    patterns: ['working|works|worked|work|employed in|at|from|for a|the|an brothel|brothels|massage|sauna|saunas|parlour|parlours|parlor|parlors'],
    category: 'criminalises_child',
    explanation: 'Records a child who is sexually exploited as working. A child in a brothel is a victim of sexual exploitation and trafficking.',
    alternatives: [
      'The child has been sexually exploited at a brothel: consider an NRM referral',
      'The child is a suspected victim of trafficking for sexual exploitation',
    ],
    source: 'childrens_society_2018',
    unlessNear: [...ADULT_AGE_CUES, 'man|men|woman|women|adult|adults|therapist|therapists|masseuse|licensed|staff|owner|manager|receptionist'],
    window: 6,
  },
  // ---- Round 27, second batch: fresh25's misses that round 26 left ----
  {
    id: 'nuisance_label_round27',
    // The child named by the work they cause adults: "To be honest she's a pain, every weekend we're out looking for
    // her", "Kyle has been a nightmare since Christmas, turning up with a new bike", "Maya is trouble, she keeps bringing
    // older lads to the gate" (fresh25 judgement calls).
    patterns: [
      "she's|he's|shes|hes|is|was|been|being [a] [real|right|complete|total|absolute|proper|bit|bloody] [of] [a] pain|nightmare|menace|liability|headache",
      "she's|he's|shes|hes|is|was|been|being [real|big|serious] trouble",
    ],
    category: 'blames_child',
    explanation:
      'Names the child by the work they cause adults. Repeated missing episodes, new money and older people around a child are signs of exploitation, not of a difficult child.',
    alternatives: [
      'The child is going missing / showing signs of exploitation: record what has changed and who is around them',
      'Record the behaviour and what may lie behind it',
    ],
    source: 'cara_prior_art', // adult-centred labels; [F] "They're a troublemaker"
    requiresNear: [
      'missing|looking|found|police|older|olders|men|man|adults|lads|car|cars|cash|money|bike|trainers|phone|drugs|drink|weed|gate|nights|weekend|weekends|christmas',
    ],
    contextInSentence: true,
    unlessNear: [
      NUISANCE_THINGS,
      // Review 27: a thing as the subject further back ("The parking at the school has been a nightmare since Christmas",
      // "Finding a placement over Christmas was a nightmare").
      `${NUISANCE_THINGS}|placement|finding|getting [*] [*] [*] [*] is|was|has|have|been|being|are|were`,
      'in|no|any|real|chest|stomach|back|tooth|toothache|head|tummy|abdominal|relief|killers|painkillers|pains',
      'for|to|with|in trouble',
      // Review 27: an adult named ("the manager said Dad was a nightmare to work with").
      `${ADULT_RELATIVES}|partner|boyfriend|manager|landlord|landlady|neighbour|boss is|was|has|been|being`,
    ],
    window: 3,
  },
  {
    id: 'hangs_about_place_round27',
    // Time spent where adults gather recorded as loitering: "Skye hangs around the takeaway with older men", "the girls
    // were hanging about the car park with men in cars again" (fresh25 judgement calls; "hangs around with" is
    // associating_with's).
    patterns: [
      'hangs|hanging|hung|hang around|round|about the|a|that|this [*] [*] with [the|some|older|unknown] [older] men|man|adults|males|olders|lads|guys',
    ],
    category: 'blames_child',
    explanation:
      'Records the child as loitering where adults gather. Adults who spend time with children in such places are a sign of grooming and exploitation.',
    alternatives: [
      'The child has been seen at [place] with adults (record ages and vehicles): concern of exploitation',
      'Record who the adults are and what they give or ask',
    ],
    source: 'language_matters', // [B] "Associating with / spending time with"
    window: 4,
  },
  {
    id: 'invited_men_round27',
    // Adults who take over a child's home recorded as invited: "the 16-year-old invited the men into her flat and now they
    // won't leave" (fresh25 judgement call).
    patterns: [
      'invited|invites|inviting|invite|lets|let|letting|allowed|allows the|these|those|older|some [older] men|man|adults|males|olders|elders|dealers in|into|round|back|to stay',
    ],
    category: 'implies_consent',
    explanation: 'Presents adults moving in on a child as the child’s invitation. Adults who take over a young person’s home are exploiting them (cuckooing).',
    alternatives: ['Adults have taken over the child’s home (cuckooing): record who and since when', 'The child is being exploited by adults using the flat'],
    source: 'childrens_society_2018',
    unlessNear: [
      'police|officers|paramedics|engineer|engineers|workers|staff|plumber|electrician|builders|decorators|family|relatives|uncles|neighbours|removal',
    ],
    window: 4,
  },
  {
    id: 'puts_self_about_round27',
    // Sexual exploitation described as the child's conduct: "Tiana puts herself about with older lads from the estate"
    // (fresh25 judgement call; round 26 left it).
    patterns: [`puts|putting|put ${PRONOUN_SELF} about|around`, 'been|gone round the block'],
    category: 'sexualises',
    explanation: 'Slang that brands the child as sexually available. The adults and older young people involved are responsible for the abuse.',
    alternatives: ['Concern that the child is being sexually exploited by [people]: record who', 'The child is at risk of sexual exploitation'],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of the child
    unlessNear: [
      'forward|case|name|hand|hands|view|views|ideas|effort',
      // Review 27: an adult getting noticed ("The manager puts himself about at the events", "Dad puts himself around").
      `${ADULT_RELATIVES}|manager|boss|director|partner|boyfriend|husband|wife|man puts|putting|put`,
    ],
    window: 2,
  },
  {
    id: 'kick_out_of_round27',
    // Distress read as enjoyment: "R gets a kick out of going missing and watching us panic" (fresh25 judgement call).
    patterns: ['gets|get|got|getting a|the kick|kicks|buzz|thrill out of|from'],
    category: 'blames_child',
    explanation: 'Reads going missing or risk as thrill-seeking. Children who go missing are at risk of exploitation; ask what is drawing them away.',
    alternatives: ['The child goes missing repeatedly: record where they are found and who with', 'Concern that the child is being exploited while missing'],
    source: 'childrens_society_2018',
    requiresNear: ['missing|running|away|panic|police|men|older|olders|dealers|drugs|cars|car|gang|search|searching|looking'],
    contextInSentence: true,
    unlessNear: ['football|music|sport|sports|game|games|climbing|swimming|dance|drama|coding|reading|art|rollercoaster|rides|film|films'],
    window: 6,
  },
  {
    id: 'gives_signals_round27',
    // Grooming described as the child's signals: "Shannon gives out mixed messages to the older lads", "the girl was
    // giving the men the eye in the car" (fresh25 judgement calls).
    patterns: [
      'gives|giving|gave|give|sends|sending|sent|send [out] [the] mixed|wrong signals|messages|vibes',
      'gives|giving|gave|give the|them|him|men|man|lads|older [men|lads|man] the [glad] eye|come-on',
      'gives|giving|gave|give them|him|men|the men|lads the come-on|eye',
    ],
    category: 'sexualises',
    explanation: 'Puts adults’ sexual interest down to the child’s signals. Adults are responsible for their behaviour towards a child.',
    alternatives: ['Adults / older young people are showing a sexual interest in the child: record who', 'Concern that the child is being groomed'],
    source: 'childrens_society_2018',
    requiresNear: ['men|man|male|males|adult|adults|older|lads|guys|driver|boys|him|them'],
    unlessNear: ['manager|managers|team|staff|school|parents|mum|dad|policy|leadership|government|council|agencies'],
    window: 8,
  },
  {
    id: 'running_with_crowd_round27',
    // Being drawn into a group recorded as running with it: "Harley is running with a rough crowd of older lads and loves
    // it" (fresh25 judgement call).
    patterns: ['running|runs|ran|run with a|the|that|this [rough|bad|wrong|older|dodgy|local] crowd|gang|olders|elders|older|group|crew|lads|boys'],
    category: 'implies_consent',
    explanation: 'Presents a child drawn into a group as a willing member. Older people who befriend a child are often grooming them.',
    alternatives: ['The child is spending time with [group] (record ages): concern of exploitation', 'Record who the child is with and what is given or asked'],
    source: 'language_matters',
    // Review 27: an adult relative's own company ("Her brother, 20, runs with a rough crowd", "Mum used to run with").
    unlessNear: ['club|harriers|parkrun|athletics|cross-country|race|marathon|training|team|dog|dogs|school', RELATIVE_ADULT_AGE, `${ADULT_RELATIVES} used`],
    window: 4,
  },
  {
    id: 'in_a_gang_round27',
    // Gang membership hung on the child: "P is in a gang and comes back with knife cuts" (fresh25 judgement call; "a
    // member of the gang" is gang_member's).
    patterns: ["is|was|are|were|been|he's|she's|hes|shes|being in a|the gang|gangs"],
    category: 'criminalises_child',
    explanation: 'Labels the child a gang member. Children in gangs are often groomed, threatened or in debt to the adults who run them.',
    alternatives: ['The child is being criminally exploited by [group]: record who, and any threats or debts', 'Concern that the child is at risk from a gang'],
    source: 'complex_safeguarding_wales',
    unlessNear: [...ADULT_AGE_CUES, ...CHILD_CENTRED_CCE_CUES, 'man|men|adult|adults|mum|dad|brother|sister|cousin|uncle|father|drama|film|play|book|game'],
    window: 4,
  },
  {
    id: 'fancies_adult_round27',
    // An adult's interest recorded as a crush returned: "Sienna says she fancies the 30-year-old barber and he fancies her
    // back" (fresh25 judgement call).
    patterns: ['fancies|fancied|fancy|fancying'],
    category: 'implies_consent',
    explanation: 'Presents an adult’s sexual interest in a child as mutual attraction. The adult is responsible, whatever the child feels.',
    alternatives: ['An adult [age] is showing a sexual interest in the child: concern of grooming', 'Record the adult’s name, age and contact with the child'],
    source: 'nspcc', // [E] "Older boyfriend": explore the age gap and power imbalance
    requiresNear: ADULT_AGE_CUES,
    unlessNear: ['dress|food|drink|meal|chips|pizza|going|doing|trip|cake|outfit|tea|coffee|a|some'],
    window: 6,
  },
  {
    id: 'seemed_happy_round27',
    // A child with an adult recorded as content: "the girl seemed happy enough and the man said he was her uncle"
    // (fresh25 judgement call).
    patterns: ['seemed|seems|looked|looks|appeared|appears|was happy|fine|content|okay|ok enough'],
    category: 'minimises_harm',
    explanation: 'Takes a child’s calm manner with an adult as a sign that all is well. Groomed and controlled children often appear content.',
    alternatives: ['The child was with [adult, age] who said [relationship]: record what was checked', 'Concern that the child may be groomed or controlled'],
    source: 'childrens_society_2018',
    requiresNear: ['man|men|male|adult|adults|older|uncle|hotel|room|car|taxi|flat|olders'],
    contextInSentence: true,
    unlessNear: [
      'school|class|lesson|placement|foster|carers|mum|dad|family|friends|contact|visit|meal|birthday|trip|holiday|medication',
      // Review 27: an adult content ("The man seemed happy enough to talk to police", "Grandad appeared content enough in
      // the care home").
      'man|men|male|males|adult|adults|driver|grandad|grandma|nan|gran seemed|seems|looked|looks|appeared|appears|was',
      'residents|ward',
    ],
    window: 6,
  },
];
