import { ADULT_CUES, SERVICE_ADULTS } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 29 (second pass): families of wording from the tuning sets (fresh28, fresh27, fresh26) that no lexicon pattern
// touched, each written for its inflections and variants, with vetoes for an adult, a relative, a professional or a
// service as the subject and for wording that names what the adults did; checked against ordinary sentences that share
// its words (round29b.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// An adult, a relative or a professional as the subject of the wording ("Dad was drunk again", "the man did it to himself").
const ADULT_SUBJECTS = `mum|mam|mother|dad|father|stepdad|stepmum|grandad|grandma|nan|gran|uncle|aunt|auntie|parent|parents|man|men|woman|women|teacher|teachers|staff|officer|officers|worker|workers|carer|carers|manager|nurse|doctor|coach|${SERVICE_ADULTS}|males|adults|guys|blokes|olders|partner|husband|wife|boyfriend|landlord|landlady|neighbour|driver|tenant|lodger`;
// Adult women, for the labels that name a woman's look or manner ("the woman was dressed like a stripper for the hen do").
const ADULT_WOMEN = 'woman|women|mum|mam|mother|aunt|auntie|grandma|nan|gran|landlady|barmaid|stepmum|wife|lady|ladies|hen|stag';
// Wording that names what the adults did to the child ("the men used her as a honey trap", "told her to dance for them").
const ADULTS_DID =
  'used|using|uses|forced|forcing|coerced|coercing|groomed|grooming|exploited|exploiting|pressured|pressuring|made|making|paid|paying|told|telling|tricked|manipulated';

export const ROUND_29_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'good_time_girl_round29',
    // The child labelled as out for fun with men: "a 40-year-old man who said she is a good-time girl" (fresh28).
    patterns: ['good-time|goodtime|good-times girl|girls|lass|lasses', 'good time girl|girls|lass|lasses'],
    category: 'sexualises',
    explanation: 'Labels the child as sexually available and out for fun. A child with adults who supply drink and parties is being groomed and exploited.',
    alternatives: [
      'The child is being sexually exploited by [adults, ages], who give her [alcohol / lifts / parties]',
      'Adults are targeting the child: record who they are and what they give or promise',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      ADULT_WOMEN,
      'film|films|movie|song|songs|novel|book|musical|album|band|single|dvd',
      // Review 29b: a show, a track or a troupe of that name ("the Good Time Girls dance troupe played the fete").
      'track|tracks|play|theatre|show|series|programme|drama|documentary|character|lyrics|troupe|sugababes',
      // "she had a good time, girl": the phrase, not the label.
      'had|have|having|has a good time',
    ],
    window: 5,
  },
  {
    id: 'honey_trap_round29',
    // The child as bait set by herself: "staff joked that the 16-year-old was a honey trap for the older lads" (fresh28).
    patterns: ['honey trap|traps|trapped|trapping', 'honeytrap|honeytraps|honey-trap|honey-traps|honeytrapped|honeytrapping'],
    category: 'sexualises',
    explanation: 'Casts the child as a sexual lure. Children are used as bait by the adults who exploit them; the child is a victim, not the trap.',
    alternatives: [
      'Adults are using the child to [lure / set up] others: the child is being exploited',
      'The child is being sexually exploited: record who is directing her and who she is sent to',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      `${ADULT_SUBJECTS}|spy|spies|agent|agents|journalist|journalists|reporter [is|was|were|are|as|acted|acts|acting|posed|posing] [as] [a] honey|honeytrap|honey-trap`,
      ADULTS_DID,
      'wasp|wasps|bee|bees|flies|fly|insects|insect|garden|jam|newspaper|tabloid|sting|espionage|film|novel|series|drama|scam|scams|romance',
      // Review 29b: a story or a report about one ("read a book about a honey trap in the Cold War").
      'documentary|book|books|story|stories|podcast|thriller|programme|cold|journalist|journalists|footballer|politician|minister',
    ],
    window: 8,
  },
  {
    id: 'dressed_like_round29',
    // The child's clothes named in a slur: "came back dressed like a hooker", "looks like a porn star in that top" (fresh28).
    patterns: [
      'dressed|dresses|dressing|dress|looks|looked|looking like a|an [little] hooker|hookers|tart|tarts|slapper|slappers|slag|slags|whore|whores|prostitute|prostitutes|stripper|strippers|streetwalker|hussy',
      'dressed|dresses|dressing|dress|looks|looked|looking like a|an [little] porn star|model',
      'dressed|dresses|dressing|dress|looks|looked|looking like a|an [little] working girl',
      'dressed|dresses|dressing|dress|looks|looked|looking like a|an [little] pornstar',
    ],
    category: 'sexualises',
    explanation: 'Describes the child’s appearance in sexual, shaming terms, which moves attention from the adults who target her to how she looks.',
    alternatives: [
      'The child returned [time] in clothes she has not been seen in before: record who may have provided them',
      'Concern the child is being sexually exploited: record where she was and who she was with',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      ADULT_WOMEN,
      // The adult's abuse recorded as such ("the man told her she dressed like a slag").
      'told|tells|telling|called|calls|calling|shouted|shouts|shouting|taunted|taunts|said|says her|him|she|he',
    ],
    window: 6,
  },
  {
    id: 'invites_attention_round29',
    // The child's looks as the cause of adults' conduct: "provokes the men in the park by the way she dresses", "wears too
    // much make-up for school and attracts the men at the bus stop" (fresh28).
    patterns: [
      'provokes|provoked|provoking|provoke|invites|invited|inviting|invite [the|those] [older] men|males|blokes|lads|man',
      'wears|wearing|wore|wear too much make-up|makeup|slap',
      'wears|wearing|wore|wear too much make up',
    ],
    category: 'sexualises',
    explanation:
      'Treats the child’s looks or manner as causing adults’ sexual conduct. Adults are responsible for what they do to a child, whatever she wears.',
    alternatives: [
      'Adult men [where] are showing sexual interest in the child: record who they are and what they do',
      'The child is at risk of sexual exploitation from [who]: what she wears is not the cause',
    ],
    source: 'childrens_society_2018',
    // Her clothes, looks or manner named beside the wording ("by the way she dresses", "with what she wears").
    requiresNear: ['dresses|dressed|dress|clothes|make-up|makeup|skirt|skirts|top|tops|way|wears|wearing|wore|outfit|outfits|looks|flirts|flirting'],
    unlessNear: [
      `${ADULT_WOMEN}|teacher|teachers|staff|officer|nurse|worker|carer [who] wears|wearing|wore|provokes|provoked|invites|invited|attracts|attracted|dresses`,
      ADULTS_DID,
      'fight|fights|argument|arguments|debate|debates|discussion|questions|laughter|visitors|tourists|customers|audience|crowds|crowd|applications|interest in the club|team|workshop|session|class|walk|prayers|singing|service',
      // Review 29b: a stage part or a game at home ("wore too much make-up in the school play", "invites the lads round to
      // play FIFA").
      // A relative's remark about make-up ("she wears too much make-up, says her nan").
      'according|says|said|thinks [to] [her|his] nan|nana|gran|grandma|granny|grandad|mum|mam|dad|sister|brother|aunt|auntie',
      'play|plays|playing|panto|pantomime|clown|clowns|show|stage|halloween|theatre|concert|performance|fifa|xbox|games|football|birthday|sleepover',
    ],
    window: 10,
  },
  {
    id: 'just_a_laugh_round29',
    // Harm recast as fun in the child's or a bystander's words: "it was just a laugh at first, then they filmed it", "it
    // was just a laugh, the man gave us a tenner each to film it" (fresh28, fresh27).
    patterns: ['it|this|that was|is|were just|only a laugh', "it's|its|it’s|twas just|only a laugh", 'just|only for a laugh'],
    category: 'minimises_harm',
    explanation: 'Treats what happened as fun. Filming, payment and harm by older people are signs of exploitation, whatever the child calls it.',
    alternatives: [
      'The child describes it as a joke; [who] filmed / paid for / directed it, which is a sign of exploitation',
      'Record what happened, who filmed or paid, and their ages',
    ],
    source: 'childrens_society_2018',
    requiresNear: [
      'film|filmed|filming|films|video|videos|photo|photos|picture|pictures|pics|recorded|posted|shared|naked|nude|touched|hurt|injured|burned|burnt|burns|stabbed|beaten|punched|kicked|assault|assaulted|sexual|paid|tenner|money|cash',
      ...ADULT_CUES,
    ],
    unlessNear: [
      'quiz|quizzes|game|games|match|panto|comedy|show|play|sketch|party|disco|karaoke|trip|sports|fancy|costume|costumes|photobooth|yearbook',
      // Review 29b: family fun, pets and play ("filmed a dance for her nan", "photos of the dog in a hat", "kicked the
      // ball over the fence").
      'nan|nana|gran|grandma|granny|grandad|grandpa|cousin|cousins|dog|dogs|cat|cats|puppy|pet|pets|ball|tag|faces|hat|hats|silly|tiktok',
      // Review 29b: the older boys' own excuse reported ("the older boys said it was only a laugh when they shared it").
      `${ADULT_SUBJECTS}|boys|lads|youths|olders [said|says|thought|thinks|claimed|claim|claims] [it] [was|is] just|only`,
    ],
    window: 12,
  },
  {
    id: 'drunk_again_round29',
    // The child's intoxication recorded as her habit: "nurse obs: pt 14 drunk again, no change", "16yo drunk again"
    // (fresh28), "found paralytic in a stranger's car, again" (fresh28).
    patterns: [
      'drunk|intoxicated|paralytic|wasted|legless|smashed|plastered|hammered|steaming|mortal again',
      'found|is|was|were|came|comes|arrived|turned paralytic|legless|steaming|mortal',
    ],
    category: 'blames_child',
    explanation:
      'Records the child’s drinking as a habit of hers. Adults give children alcohol to groom and abuse them; an intoxicated child is at serious risk.',
    alternatives: [
      'The child was intoxicated [again]: record who supplied the alcohol and who she was with',
      'Repeated intoxication is a sign the child may be being groomed: record where and with whom',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      `${ADULT_SUBJECTS}|dad's|mum's|father's|mother's|man's [*] [is|was|were|are|got|gets|came|comes|arrived|turned|turns] [up|home|in|back] drunk|intoxicated|paralytic|wasted|legless|smashed|plastered|hammered|steaming|mortal`,
      // The adults' doing ("the men plied her with drink and got her drunk again").
      'plied|give|gives|gave|given|giving|supplied|supplying|provided|providing|bought|buying|fed',
      'made|got|getting|gets her|him|them drunk|intoxicated|paralytic|wasted|legless|smashed',
      'pub|pubs|stag|hen|wedding|christening|wake',
      // Review 29b: a thing smashed ("the phone screen was smashed again after PE").
      'mug|mugs|cup|cups|window|windows|windscreen|phone|phones|screen|screens|vase|plate|plates|tv|ipad|tablet|laptop|mirror|bulb|toy|toys|door|glasses|bottle|bottles',
    ],
    window: 8,
  },
  {
    id: 'did_it_to_self_round29',
    // The harm as the child's own doing: "Ambulance crew: 16yo drunk again, did it to herself" (fresh28).
    patterns: ['did|does|do|done|doing it|this|that to herself|himself|themselves|themself'],
    category: 'blames_child',
    explanation: 'Makes the child the cause of the harm. The adults who supplied, exploited or hurt her are responsible, not the child.',
    alternatives: [
      'The child was harmed: record who supplied the alcohol or drugs and who she was with',
      'Record what happened to the child and who was involved, not who is to blame',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      ADULT_SUBJECTS,
      // The child's own feeling, or a denial ("she says she did it to herself and staff told her it was not her fault").
      'not|never|nothing|fault|blame|blames|blamed|feels|felt|thinks|thought|believes|believed|worries',
      // A child's own task ("she did it to herself with the hair dye").
      'hair|dye|nails|makeup|make-up|tattoo|piercing|haircut|fringe',
      // Review 29b: a little one's or a play accident ("the toddler did it to himself falling off the sofa").
      'toddler|toddlers|baby|babies|infant|puppy|fell|falling|fall|climbing|climbed|tripped|tripping|slipped|slipping|threw|throwing|bike|scooter|trampoline|sofa|tree|fence|toy|toys|hairbrush|accident|accidentally|scissors|paper|papercut',
    ],
    window: 6,
  },
  {
    id: 'routine_episode_round29',
    // A child's going missing or intoxication waved away as her routine: "graded low risk because she does this all the
    // time", "she does this every weekend, she'll be fine", "only missing for six hours, so it was not a real episode"
    // (fresh28).
    patterns: [
      'does|did|do this|it all the time',
      'does|did|do this|it every weekend|week|night|time',
      'not a real|proper|genuine|true episode|missing|disappearance|absence',
    ],
    category: 'minimises_harm',
    explanation: 'Treats a child’s repeated going missing or intoxication as routine. Repeated episodes increase the risk; each one needs a response.',
    alternatives: [
      'The child goes missing / is intoxicated repeatedly: each episode is a risk, and the pattern raises it',
      'Record where the child was, who with, and the plan to keep them safe',
    ],
    source: 'childrens_society_2018',
    requiresNear: [
      "missing|drunk|intoxicated|fine|risk|low|graded|back|again|episode|absent|absconded|mfh|she'll|he'll|she’ll|he’ll|returned|return|police|overdose|od",
    ],
    unlessNear: [
      `${ADULT_SUBJECTS} [always] [just] does|did|do`,
      'swimming|football|homework|practice|club|chores|cooking|baking|training|piano|gym|reading|drawing|dancing|gaming|revision|prayers|church|mosque|chapel|shopping|washing|cleaning|walking|dog',
      'school|attendance|lesson|lessons|class|exam|exams|seizure|seizures|asthma|epilepsy|headache|migraine',
      // Review 29b: family visits, moods, games and shows ("every time we go back to Nan's", "not a real episode of the
      // show", "not a real missing cat").
      "library|nan's|nans|nan|grandma|gran|cousin|cousins|tired|sleep|bedtime|excited|upset|tantrum|tantrums|loses|cards|show|programme|series|season|tv|trailer|podcast|cat|cats|dog|pet|pets|engine|boiler|laptop|computer|printer|wifi|heating",
    ],
    window: 10,
  },
  {
    id: 'sexualised_content_round29',
    // The child's own images or streams as sexual by her choice: "doing sexy dances on livestream for adult viewers", "her
    // TikTok videos are raunchy", "the folder of the 14-year-old's porn selfies", "camming for tokens", "her sexualised
    // presentation invites unwanted attention", "Lily-May is sexualised in how she talks to the male staff" (fresh28,
    // fresh27, fresh26).
    patterns: [
      'sexy|raunchy|seductive|racy|dirty dances|dancing|dance|moves|poses|posing|videos|clips|streams',
      'porn|porno selfies|pics|photos|videos|snaps',
      'videos|clips|photos|pics|posts|streams|outfits are|were|look|looked|looks raunchy|racy|sexy',
      'camming|cammed|cam-girl|camgirl|camgirls|camboy',
      'her|his sexualised|sexualized presentation|appearance|manner|dress|demeanour',
      'is|was|very|so|quite|overly|highly sexualised|sexualized in how|and|around|towards|with',
    ],
    category: 'sexualises',
    explanation:
      'Describes the child’s images or manner as sexual, as if she chose it. Adults who watch, pay for or ask for such content are abusing the child.',
    alternatives: [
      'Adults [viewers / accounts] have been [paying for / asking for] sexual content from the child: this is sexual abuse',
      'The child shows signs of sexual exploitation: record who is in contact with her and what they have asked for',
    ],
    source: 'childrens_society_2018',
    unlessNear: [
      `${ADULT_WOMEN}|adult's|man's|men's|woman's|teacher|singer|singers|artist|artists|actress|actor|model|models|celebrity|celebrities|influencer|star`,
      ADULTS_DID,
      'asked|asking|asks|demanded|demanding|demands|requested|requesting|groomed|forced|sexualised by|sexualized by|images|imagery|material|abuse|indecent',
      // Review 29b: an adult sending or showing it to the child, or an adult described ("the man sent her porn pics", "the
      // man is highly sexualised in how he talks about her").
      'sent|send|sends|sending her',
      `${ADULT_SUBJECTS} [has|had] sent|send|sends|sending`,
      'showed|show|shows|showing|shown',
      `${ADULT_SUBJECTS} [is|was|were|are] [very|so|quite|overly|highly] sexualised|sexualized`,
      'film|films|movie|comedy|novel|book|song|songs|lyrics|music|series|show|advert|adverts|magazine',
      // Review 29b: an adult performer's or a brochure's ("the comedian's raunchy videos", "a documentary on porn videos").
      "comedian|comedians|comedian's|singer's|rapper|rapper's|band|documentary|brochure|catalogue|holiday|perfume",
    ],
    window: 8,
  },
];
