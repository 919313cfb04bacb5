import { ADULT_AGE_CUES, DRUG_SUPPLY_CUES, EVERYDAY_CHOICE_CUES, OTHER_PERSON_CUES, PRONOUN_SELF, STRONG_RISK_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Session 23 (language round 39): the families of wording that the pooled errors of the main dev split and the tuning
// sets showed the lexicon missing, each with its inflections and common phrasings, not one sentence. Sources as in
// lexicon.ts (sources.ts, shared/SOURCES.md section 3).

/** Adults, an adult's place, or drug supply near the wording: the context where a child's compliance is read as a wish. */
const ADULT_OR_SUPPLY_CUES: readonly string[] = [
  "man|men|male|males|man's|men's|male's|older|olders|lads|bloke|blokes|guy|guys|dealer|dealers|adult|adults",
  ...ADULT_AGE_CUES,
  ...DRUG_SUPPLY_CUES,
];

export const ROUND_39_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'happy_to_help_round39',
    // "the boys were happy to help the man move boxes", "was happy to sell vapes for the older man", "happy to stay at the
    // male's address", "were told to do it by older lads and were happy to do it": compliance with adults read as the
    // child's contentment (happy_to_round23 and happy_to_go take staying and going with the adults).
    patterns: [
      'is|was|are|were|seems|seemed|appears|appeared|looked|looks happy|content|keen|eager to help|sell|carry|hold|deliver|do|stay',
      'quite|very|more|really|perfectly happy|content|keen|eager to help|sell|carry|hold|deliver|do|stay',
      // A police log's clipped form ("Female (14) happy to stay at the male's address").
      'happy|content to stay at|with|round',
    ],
    category: 'implies_consent',
    explanation:
      'Reads a child’s compliance with adults as contentment or consent. Grooming, gifts and threats make children appear happy to do what the people exploiting them ask.',
    alternatives: [
      'The child is doing tasks for [adult, age]: record what the adult gives, asks and threatens',
      'The child’s apparent willingness may be the result of grooming or control',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // Also the owner or employer of a place where children are put to work ("lives above the salon with her employers and is
    // happy to help out for pocket money").
    requiresNear: [...ADULT_OR_SUPPLY_CUES, 'employer|employers|owner|owners|boss|bosses'],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'staff|worker|workers|officer|officers|police|teacher|teachers|school|nurse|we|i|carer|carers|foster|volunteer|volunteers|project|club|charity',
      // A host, a hostel or a trip's leaders, as happy_to_round23 ("happy to stay at the supported lodgings with his adult
      // host").
      "lodgings|host|hosts|refuge|hostel|leaders|dofe|trip|supported|children's|respite|placement",
    ],
    window: 8,
  },

  {
    id: 'invited_adults_in_round39',
    // "the 16-year-old invited the men into her flat and now they won't leave", "Ruby invited the men round to the flat",
    // "the tenant invites the older men into her flat", "invited them in and let them use the flat": the adults' entry to a
    // child's home recorded as the child's invitation (the tuning sets mark it as consent; "invites the men back" after
    // what happens stays blame, blame_in_review_wording).
    patterns: [
      'invites|invited|inviting|invite the|some|these|those [older|adult] men|man|males|lads|adults in|into|round|over|inside|to',
      'invites|invited|inviting|invite older|adult men|males|lads in|into|round|over|inside|to',
      'invites|invited|inviting|invite them|him in|into|round|over|inside',
    ],
    category: 'implies_consent',
    explanation:
      'Presents adults’ use of a child’s home as the child’s invitation. Adults who take over a young person’s home, or come round for sex or drugs, use grooming, gifts and threats to get in.',
    alternatives: [
      'Adults [who, ages] are coming into the child’s home: record what they do there and how they got in',
      'Concern that the child’s home is being taken over (cuckooing) or used to exploit them',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    requiresNear: ['flat|flats|house|home|room|bedroom|address|place|property|tenancy|men|males|older|adults|drugs|carer|mum|out'],
    unlessNear: [
      'party|birthday|wedding|tea|dinner|meeting|review|interview|school|church|friends|mates',
      // Her looks named as the cause ("invites the older men in with what she wears"): invites_attention_round29.
      'dresses|dressed|dress|clothes|make-up|makeup|skirt|outfit|way|wears|wearing|wore|looks',
    ],
    window: 8,
  },
  {
    id: 'begging_for_adults_round39',
    // "Teenager (16) begging for the men in the van", "was begging outside Tesco for money for the men", "was logged as
    // begging at the ticket machines; a man was watching him": a child made to beg for adults recorded as begging, an
    // offence of the child's, not as exploitation. Not begging seen and reported as a concern ("seen begging with an
    // adult; a strategy discussion was held").
    patterns: [
      'begging|begs|begged for the|these|those|some [older|adult] men|man|males|lads|adults|olders|gang',
      'begging|begs|begged for them|older|adult men|man|males|lads|adults|olders|gang',
      'begging|begs|begged [*] [*] [*] for money|cash for the|these|those|some [older|adult] men|man|males|lads|adults|olders|gang',
      'begging|begs|begged [*] [*] [*] for money|cash for them|older|adult men|man|males|lads|adults|olders|gang',
      'logged|recorded|described|treated|classed|arrested|cautioned as|for begging',
    ],
    category: 'criminalises_child',
    explanation:
      'Records a child who is made to beg for adults as begging, an offence of the child’s. Forced begging is a form of child criminal exploitation and trafficking.',
    alternatives: [
      'The child is being made to beg by [adults]: concern of criminal exploitation, consider an NRM referral',
      'Adults are using the child to collect money: record who they are and what the child said',
    ],
    source: 'yjlc', // [C] CCE language: the child is exploited, not an offender
    window: 6,
  },

  {
    id: 'led_him_on_round39',
    // "The girl led him on", "she led him on" (a court report and a stepfather, quoted): one man's abuse of the child made
    // the child's doing (led_on keeps "leads men on", a label of the child as a tease, as sexualising).
    patterns: ['led|leading|leads|lead him on'],
    category: 'blames_child',
    explanation: 'Makes the child responsible for what an adult did to them. The adult is responsible for his actions, whatever the child said or did.',
    alternatives: ['Focus on what the adult did: record his actions and his age', 'The adult targeted the child: concern of grooming'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Leading him on a way ("led him on to the bridge", "led him on a chase"), as led_on.
    unlessNear: [
      'on to|into|towards|toward|through|along|across|past|up|down',
      'on a|an|the|his|her|their [*] [*] chase|dance|tour|walk|journey|trip|route|ride|hunt|path|mission|run|pursuit',
    ],
    window: 1,
  },

  {
    id: 'tarted_up_round39',
    // "Jade was tarted up when she left with the older woman", "the girls (13) tart themselves up to hang about with the
    // drivers": the slur of tart_label as a verb, for a child dressed or made up before meeting adults.
    patterns: [`tarted|tarting|tarts|tart ${PRONOUN_SELF}|her|them up`, 'tarted|tarting up', 'all|dead|right tarted up'],
    category: 'sexualises',
    explanation:
      'A sexual slur for how a child is dressed or made up, which sexualises the child and blames her for the adults’ interest. Record what the adults did and what the child was wearing only if it matters, in neutral words.',
    alternatives: [
      'The child left with [who, age]: record where they went and what the adults did',
      'Concern that adults are grooming the child: record the gifts, clothes or make-up they provide',
    ],
    source: 'childrens_society_2018', // the guide's principle: no sexualising descriptions of children
  },
  {
    id: 'multiple_partners_round39',
    // "15yo presents requesting STI screen, has multiple partners", "GUM note: multiple sexual partners reported": a
    // child's sexual history recorded as a count, as lots_of_boyfriends does ("sexually active with multiple partners"
    // stays sexually_active's).
    patterns: ['has|have multiple [sexual] partners', 'multiple|numerous sexual partners reported|noted|disclosed|recorded'],
    category: 'sexualises',
    explanation: 'Comments on a child’s supposed sexual history, which blames the child and hides the adults and peers who may be abusing them.',
    alternatives: [
      'Several people have had sexual contact with the child: record who and their ages',
      'Concern of sexual exploitation: record the ages of the people involved',
    ],
    source: 'childrens_society_2018',
    // A parent's or an adult's own partners ("Mum has had several partners since the separation").
    unlessNear: [...OTHER_PERSON_CUES, 'man|men|woman|women|adult|adults|mr|mrs|ms|business|company|firm|partners in'],
    window: 4,
  },

  {
    id: 'wants_to_go_round39',
    // "the operator's email says the girl 'wanted to go with him'", "Ben wants to go to the flat in Stoke and will not be
    // told otherwise", "she wants to go to them flats": going to the adults or their address recorded as the child's wish
    // (wanted_to takes "I/she wanted to" beside a risk).
    patterns: [
      'wants|wanted|want to go|be with him|them',
      'wants|wanted|want to go|be with the|those|these men|lads|olders|group',
      'wants|wanted|want to go [back] to the|them|that|those|his|their flat|flats|house|address|hotel|caravan|trap',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going with adults who harm the child, or to their address, as the child’s own wish, ignoring grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they go to and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    requiresNear: [...STRONG_RISK_CUES, 'flat|flats|house|address|hotel|caravan|trap|taxi|driver|drivers|him|them|told|otherwise|again|keeps|cash'],
    // A parent's or a relative's home, a family visit, school or a trip ("wants to go to the house to see his dad").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      ...EVERYDAY_CHOICE_CUES,
      "home|nan's|gran's|mum's|dad's|dad|mum|nan|gran|family|foster|carers|trip|holiday|see|visit|safe|scared|frightened|afraid",
      // Not wanting to go is the opposite ("did not want to go back, they scare me").
      "not|never|didn't|don't|doesn't|didnt|dont|doesnt want|wanted|wants",
      // A pronoun as the subject is wanted_to's ("he wanted to be with the men").
      'i|she|he|they|we wanted|wants|want',
    ],
    window: 8,
  },

  {
    id: 'teenage_phase_round39',
    // "a teenage thing he'll grow out of", "Mam says it's 'a teenage thing'", "Maya's self-harm is a phase she will grow out
    // of": signs of harm read as a stage of growing up (just_experimenting takes "just a phase", grow_out_of_it "he'll
    // grow out of it").
    patterns: [
      '[just|only] a teenage|teen thing|phase',
      "a phase|stage [that|which] she'll|he'll|they'll|she’ll|he’ll|they’ll grow out of",
      'a phase|stage [that|which] she|he|they will|would|should grow out of',
    ],
    category: 'minimises_harm',
    explanation: 'Treats signs of harm or exploitation as a stage the child will pass through on their own, so nobody asks who is harming them.',
    alternatives: [
      'The child’s behaviour has changed: record what and when, and consider whether they are being exploited',
      'This may be a sign of grooming or exploitation: ask who the child is with and what is given or expected',
    ],
    source: 'childrens_society_2018', // the guide's principle; same family as "just a phase"
    // Childhood conditions that children do grow out of, as grow_out_of_it.
    unlessNear: ['asthma|eczema|allergy|allergies|bedwetting|stammer|stutter|shoes|clothes|uniform|coat|trainers|clothing|tantrums|nightmares'],
    window: 10,
  },

  {
    id: 'up_for_it_round39',
    // "she was up for it, according to the 19-year-old", "the girls are up for it, according to one lad": the adults' or a
    // witness's claim that the child wanted it, reported with its source (wanted_it stops at a "to" right after it, for
    // "wanted it to stop").
    patterns: ['is|was|are|were|seemed|seems|looked [well|all|totally] up for it'],
    category: 'implies_consent',
    explanation:
      'Records abuse as something the child wanted. Groomed children often appear willing; that is how grooming works, and it does not make it consent.',
    alternatives: [
      'Concerns exist that the child has been groomed or coerced: record who said this, the adults’ ages and what happened',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "concerns exist that the child may have been groomed/coerced"
    // Not an adult's or an event's readiness ("the staff were up for it", "the team is up for it").
    unlessNear: ['staff|team|teams|class|squad|players|parents|volunteers|crowd|audience|everyone|everybody|challenge|trip|match|game|party'],
    window: 4,
  },
];
