import { ADULT_CUES, SERVICE_ADULTS } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Round 28: families of wording from the tuning sets (fresh27, fresh26, fresh25) that no lexicon pattern touched, each
// written for its inflections and variants and made strict with cues, then checked against ordinary sentences that share
// its words (round28-families.test.ts). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Adults a child is exploited by, in the words front-line writers use.
const ADULT_WORDS = 'man|men|male|males|adult|adults|older|stranger|strangers|guy|guys|bloke|blokes|boyfriend';
// An adult, a relative or a professional as the subject of the wording ("Dad snuck out", "the man is obsessed").
const ADULT_SUBJECTS = `mum|mam|mother|dad|father|stepdad|stepmum|grandad|grandma|nan|gran|uncle|aunt|auntie|parent|parents|man|men|woman|women|teacher|staff|officer|officers|worker|workers|carer|carers|manager|nurse|doctor|coach|${SERVICE_ADULTS}|males|adults|guys|blokes|olders`;
// Children of the child's own age, and the child's own family.
const PEERS = 'friend|friends|mate|mates|classmate|classmates|peers|sister|brother|cousin|siblings|team|class|club|pupils|students';

export const ROUND_28_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'sneaked_out_round28',
    // The child as slipping away to adults: "Aimee snuck out again to meet her older boyfriend", "was sneaking out at
    // lunch to meet the man in the car" (fresh27, fresh25).
    patterns: ['sneak|sneaks|sneaked|snuck|sneaking|creeps|crept|creeping out|off|away'],
    category: 'blames_child',
    explanation: 'Frames the child as deceiving carers. Adults who arrange to meet a child in secret are grooming them; the secrecy is theirs.',
    alternatives: [
      'The child left [placement / school] to meet an adult [age, description] who is arranging to see them in secret',
      'An adult is arranging secret meetings with the child: record who, where and how contact is made',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not make the child responsible for adults' grooming
    requiresNear: [ADULT_WORDS, ...ADULT_CUES.slice(1)],
    unlessNear: [
      PEERS,
      `${ADULT_SUBJECTS} [who|that] sneak|sneaks|sneaked|snuck|sneaking|creeps|crept|creeping`,
      'cat|dog|cats|dogs|puppy|kitten|pet|mouse|fox|film|films|movie|game|match|meeting|lecture|assembly|concert|gig',
      'groomed|exploited|coerced|pressured|lured|told|made|forced|encouraged|persuaded|asked|urged',
    ],
    window: 10,
  },
  {
    id: 'obsessed_addicted_round28',
    // The child as fixated on the adult or the group: "Daisy is addicted to the older boys' group chat", "obsessed with
    // that gaming man", "obsessed with her phone and the man who messages her" (fresh26, fresh25).
    patterns: ['obsessed|addicted|hooked|fixated|infatuated with|to|on'],
    category: 'blames_child',
    explanation: 'Makes the child’s attachment the problem. Adults build that dependence on purpose when they groom a child; the tie is a sign of grooming.',
    alternatives: [
      'An adult [age, account] is in constant contact with the child and has built a strong hold over them',
      'The child is being groomed by [adult / group]: record the contact and how it is kept up',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['man|men|adult|adults|older|stranger|strangers|guy|guys|bloke|blokes'],
    unlessNear: [
      `${ADULT_SUBJECTS}|who is|was|are|were|has|had|seems|seemed|got|gets|became|become [been] [always] [so] [really] obsessed|addicted|hooked|fixated|infatuated`,
      'brother|sister|cousin|friend|friends|mate|mates|team|footballer|footballers|player|players|singer|band|actor|youtuber|character|characters|series|show|film|films|book|books',
      'alcohol|drink|drinking|gambling|heroin|crack|drugs|painkillers|opioids|cigarettes',
      'groomed|grooming|exploited|exploiting|coerced|manipulated',
      // The adult's doing, not the child's ("a man who has made her obsessed with keeping in touch").
      'made|making|makes|got|gets|getting|keeps|kept|keeping her|him|them obsessed|addicted|hooked|fixated|infatuated',
      // A child's hobby, with an adult only as the guide or driver ("fixated on dinosaurs and asks the older man at the museum").
      'dinosaurs|trains|planes|lego|minecraft|fishing|horses|museum|railway|space|stamps',
    ],
    window: 7,
  },
  {
    id: 'not_credible_round28',
    // The child's account dismissed: "the complainant, a 14-year-old boy, changed his story twice and is not credible",
    // "the child gave no credible account of how he came to be in the van" (fresh26).
    patterns: ['not|never credible|believable', 'no credible|believable account|accounts|explanation|story|disclosure|version'],
    category: 'blames_child',
    explanation:
      'Dismisses the child’s account. Children who have been exploited often disclose in pieces and change details out of fear or trauma; that is not a sign they are untruthful.',
    alternatives: [
      'The child’s account has changed over time; this is common after trauma and fear of the adults involved',
      'The child has not yet been able to give a full account: record what they have said and what may be stopping them',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['child|girl|boy|complainant|victim|teenager|teen|juvenile|minor|pupil|story|disclosure|allegation|allegations|changed'],
    unlessNear: [
      "man|men|woman|women|man's|man’s|adult|adult's|adult’s|suspect|suspects|suspect's|defendant|defendants|defendant's|accused|perpetrator|alibi|offender|offenders|witness|witnesses|mum|dad|mother|father|parent|parents|driver|neighbour|landlord",
      'threat|threats|intelligence|evidence|risk|source|sources|plan|plans|option|options|alternative|alternatives|bid|theory|claim|rumour|rumours|report|reports',
      'newspaper|newspapers|paper|papers|article|news|press|headline|website',
      ...ADULT_CUES.slice(1),
    ],
    window: 10,
  },
  {
    id: 'encouraged_men_round28',
    // The child as inviting the adults' contact: "Chloe encourages the men and then cries about it", "Evie encouraged the
    // man by replying to his messages" (fresh27, fresh26).
    patterns: [
      'encouraged|encourages|encouraging|encourage the|these|those|that|older [older] man|men|male|males|adult|adults|guy|guys|bloke|blokes',
      'encouraged|encourages|encouraging|encourage him|them by|with',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the adults’ behaviour. Adults are responsible for their contact with a child, whatever the child says or does.',
    alternatives: [
      'The adult [age] continued to contact the child and sent [messages / requests]',
      'The child replied to messages from an adult who is grooming them; the adult is responsible for the contact',
    ],
    source: 'childrens_society_2018',
    requiresNear: [
      'messages|message|messaging|replying|replied|reply|texting|texted|texts|flirting|flirts|flirted|cries|crying|complains|complained|sex|sexual|pictures|photos|images|online|chat|snapchat|car|cars|party|parties|flat|house|hotel|then',
    ],
    unlessNear: [
      `${ADULT_SUBJECTS}|police|charity|campaign|service|services|clinic|scheme|programme|council|government|nhs|gp|leaflet|poster|advert|we|i|they encouraged|encourages|encouraging|encourage`,
      'charity|campaign|service|services|clinic|scheme|programme|council|government|nhs|leaflet|poster|advert|club|gym|course|church|mosque|team',
      'men|man|adults|males to leave|stop|go|get|train|apply|join|attend|vote|talk|speak|report|seek|take|check|read|share|use|register|sign|come|help|volunteer|call',
      "men's|mens|men’s",
      'groomed|exploited|coerced|pressured|manipulated',
    ],
    window: 8,
  },
  {
    id: 'places_self_with_round28',
    // The child as seeking the adults out: "Leah continues to place herself with older males despite advice", "keeps
    // putting herself around older men" (fresh27).
    patterns: [
      'place|places|placed|placing|put|puts|putting|position|positions|positioned|positioning herself|himself|themselves|themself with|around|among|near|alongside',
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for where adults find them. Adults seek out and groom children; the child does not choose to be harmed.',
    alternatives: [
      'Older males [ages] continue to seek the child out despite interventions',
      'The child continues to be targeted by adults: record who, where, and the disruption plan for the adults',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['man|men|male|males|adult|adults|older|olders|stranger|strangers|guy|guys|bloke|blokes|gang|gangs|elders|dealers'],
    unlessNear: [
      `${ADULT_SUBJECTS} [who|that] place|places|placed|placing|put|puts|putting|position|positions|positioned|positioning`,
      // The adults or a practitioner as the subject ("Older males keep putting themselves near the home", "The PCSO positioned himself near").
      `${ADULT_SUBJECTS}|pcso|pcsos|police|olders|elders|dealers [who|that] keep|keeps|kept|continue|continues|continued [to] place|placing|put|putting|position|positioning`,
      'pcso|pcsos|police|officer|officers|constable|sergeant place|places|placed|placing|put|puts|putting|position|positions|positioned|positioning',
      'pupils|students|club|team|group|choir|class|bowls|darts|football|rugby|cricket|table|queue|photo|picture|family|relatives|volunteers|residents|patients',
    ],
    window: 8,
  },
  {
    id: 'resistant_to_help_round28',
    // The child as refusing safety: "Keeley is resistant to help and the panel will step down", "resistant to support"
    // (fresh27).
    patterns: [
      'resistant|resistance|resists|resisted|resisting to [accepting|accept|any|all|the|our] help|support|intervention|interventions|services|engagement|engaging|advice|safeguarding|safety|professionals|work',
    ],
    category: 'blames_child',
    explanation:
      'Puts the failure to keep the child safe on the child. Exploited children are often controlled or frightened by adults; services must find a way to reach them.',
    alternatives: [
      'The child has not yet engaged with support; record what has been tried and what may be stopping them, including control by adults',
      'Professionals have not yet found a way to work with the child that feels safe to them',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['she|he|they|child|girl|boy|young|teenager|missing|panel|mase|exploitation|cse|cce|risk|older|men|placement|home'],
    unlessNear: [
      `${ADULT_SUBJECTS}|family|families|household|system|software|school|schools|council|board|governors is|was|are|were|remains|remained|seems|seemed|has|have|had [been] [very] [quite] [so] resistant|resists|resisted|resisting`,
      "dad's|mum's|father's|mother's|dad’s|mum’s|father’s|mother’s|family's|family’s|man's|man’s|software|system|staff|management|governors|board",
      'drinking|alcohol|gambling|depression',
      'his|her own',
      'bacteria|virus|antibiotics|infection|treatment|medication|weather|water|fire|rust|pests',
    ],
    window: 8,
  },
  {
    id: 'self_destructive_round28',
    // The child's response to harm labelled as self-inflicted: "Her self-destructive behaviour puts her at risk", "a
    // self-destructive lifestyle with older men" (fresh26).
    patterns: [
      'self-destructive|selfdestructive behaviour|behaviours|behavior|behaviors|lifestyle|choices|streak|path|tendencies|ways',
      'self destructive behaviour|behaviours|behavior|behaviors|lifestyle|choices|streak|path|tendencies|ways',
    ],
    category: 'blames_child',
    explanation: 'Locates the risk in the child. The behaviour is often a response to abuse and exploitation by adults, who create the risk.',
    alternatives: [
      'The child is at risk of exploitation from [adults / group]; their behaviour may be a response to harm',
      'Record the harm the child has experienced and which adults are exposing them to danger',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['risk|risks|danger|dangerous|harm|men|older|missing|exploitation|exploited|drugs|alcohol|cars|sex|sexual|puts|putting'],
    unlessNear: [
      "dad's|mum's|father's|mother's|dad’s|mum’s|father’s|mother’s|man's|man’s|adult's|adult’s|adults|actor|actor's|character|character's|hero|novel|film|book|song|album|singer|star",
      "men's|men’s|uncle's|uncle’s|aunt's|aunt’s|grandad's|grandad’s|grandma's|grandma’s|nan's|nan’s|stepdad's|stepdad’s|parent's|parent’s|brother's|brother’s|sister's|sister’s|carer's|carer’s",
      'his|her own',
      `${ADULT_SUBJECTS} has|had|have|shows|showed|with|whose [a] [long] [history] [of] self-destructive|self|selfdestructive`,
      'in adults|among adults|adult patients',
    ],
    window: 10,
  },
  {
    id: 'refuses_school_with_men_round28',
    // Absence from school recorded as the child's refusal while adults hold them: "Josh refuses to attend and spends his
    // days at the tower block with older men", "will not go to school and is out with older males" (fresh27).
    patterns: [
      'refuses|refused|refusing|refuse to attend|go',
      // "won't" is one token: its own pattern, not an alternative to "will" before "not".
      "won't|won’t|wont attend|go [to] [school|college]",
      'will not attend|go [to] [school|college]',
    ],
    category: 'blames_child',
    explanation:
      'Makes the absence the child’s refusal. A child kept from school by adults who exploit them is being controlled; the absence is a sign of that.',
    alternatives: [
      'The child is not in school and is spending time with older males [ages] who may be exploiting them',
      'Adults are keeping the child away from school: record who, where and what the child is being asked to do',
    ],
    source: 'childrens_society_2018',
    requiresNear: ['older men|males|lads|guys|blokes', 'with|by|for men|males|adults|olders'],
    unlessNear: [
      `${ADULT_SUBJECTS} [who|that] refuses|refused|refusing|refuse|won't|won’t|wont|will`,
      'groomed|exploited|coerced|pressured|threatened|frightened|scared|afraid|bullied|bullying|anxiety|anxious|unwell|ill|illness',
      'church|mosque|temple|synagogue|meeting|meetings|appointment|appointments|party|wedding|funeral|match|training|gym',
      'dentist|doctor|doctors|hospital|gp|clinic|optician|camping|camp|course',
      // The adults waiting at school, which is why the child stays away ("older men were waiting at the gates").
      'men|males|lads|guys|blokes|adults was|were|is|are waiting|outside|there',
      // The child refusing the adults ("refused to go with the older men", "won't go back to the flat").
      'go|attend with|in|into|near|back|home|anywhere',
      'refuses|refused|refusing|refuse to go|get|be with|in|into|near',
    ],
    window: 12,
  },
  {
    id: 'lets_men_in_round28',
    // Adults' access to the child recorded as the child's permission: "Nikita is allowing men into her flat at night",
    // "boy of 15 hosts older men at the flat for parties", "she lets them take pictures of her" (fresh27, fresh25).
    patterns: [
      'allowing|allows|allowed|allow|lets|letting|let|invites|invited|inviting|invite [older] men|males|adults|guys|blokes into|in|round|over|to',
      'hosts|hosted|hosting|host [older] men|males|adults|guys|blokes at|in',
      'lets|letting|allows|allowing|allowed them|him|men [to] take|film|photograph|touch|photo',
    ],
    category: 'implies_consent',
    explanation:
      'Implies the child consents to adults’ access. A child cannot consent to their own exploitation; the adults are taking over the child’s home or body.',
    alternatives: [
      'Adult males [ages] are coming to the child’s flat at night; this may be cuckooing or sexual exploitation',
      'Adults have taken pictures of the child and given them alcohol: this is sexual exploitation',
    ],
    source: 'childrens_society_2018',
    requiresNear: [
      'flat|flats|room|bedroom|house|home|placement|accommodation|night|nights|parties|party|pictures|photos|videos|images|vodka|alcohol|drugs|cash|money',
    ],
    unlessNear: [
      `${ADULT_SUBJECTS}|landlord|hostel|club|gym|pub|bar|shop|church|mosque|charity|service|centre|scheme|council|school|staff [who|that] allowing|allows|allowed|allow|lets|letting|let|invites|invited|inviting|invite|hosts|hosted|hosting|host`,
      "mum's|dad's|mum’s|dad’s|mother's|father's|mother’s|father’s|parents|family|wedding|birthday|christmas|barbecue|bbq|funeral|meeting|event|quiz|match|game|tour",
      'baby|babies|puppy|puppies|dog|cat|kitten|nativity|play|concert|prom|graduation',
      'groomed|exploited|coerced|pressured|forced|threatened|cuckooed|cuckooing',
      'took|takes|taking|taken over',
    ],
    window: 10,
  },
];
